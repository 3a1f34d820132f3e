/*
** One row per paper: the duplicate matcher as an aggregate.
**
**   SELECT works_match(id, json_object('title_ko', title_ko, 'year', year, ...))
**   FROM records;
**   SELECT works_match(id, record_json, decisions_json) FROM ...;
**
**   works_match(record_id, record_json [, decisions_json])
**     record_id       INTEGER, unique among the rows
**     record_json     a JSON object with kolit's column names (lit_records and
**                     lit_authors: type, title, title_ko, title_foreign, year,
**                     doi, journal, journal_ko, journal_foreign, volume, issue,
**                     series_no, issue_no, page_first, abstract, abstract_ko,
**                     abstract_foreign, keywords, url, authors [{name, family,
**                     given, name_ko, name_latin, affiliation}])
**     decisions_json  the user's decisions, the same on every row:
**                     [{"a": id, "b": id, "decision": "same"|"different"}]
**   returns one JSON object (subtype JSON, for json_each and json_extract):
**     {"records":  [{record_id, work_id}],
**      "merges":   [{work_id, record_a, record_b, evidence}],
**      "versions": [{work_id, version_of, evidence}],
**      "works":    [{work_id, record_count, records, <field>: {value, record_id}, ...}]}
**   NULL rows (record_id or record_json NULL) are skipped. A record's work id
**   is the smallest record id of its work.
**
**   work_keys(record_json [, 'number' | 'text'])
**     the record's blocking keys, a JSON array of integers (two records share
**     a key when two of theirs differ by at most one), or the texts they are
**     hashes of, each with its year: records that share no key are never
**     merged (sql/library.sql matches again only the records a refresh can
**     reach through them)
**
** The matcher lives in ext/works/ (works.h): this file collects the rows,
** checks the arguments and returns the text.
*/
#include "sql_glue.h"
#include "works/works.h"
#include <stdlib.h>
#include <string.h>

typedef struct agg {
  kw_set *set;
  char *decisions;      /* sqlite3_malloc'd copy of the first decisions_json */
  int ndecisions;
  int failed;           /* an error was reported: later rows are ignored */
} agg;

static void fail(sqlite3_context *ctx, agg *a, char *msg){
  a->failed = 1;
  kolit_result_error(ctx, msg);
}

static void works_step(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  agg *a = sqlite3_aggregate_context(ctx, sizeof(agg));
  if( a == 0 ){ sqlite3_result_error_nomem(ctx); return; }
  if( a->failed ) return;
  if( a->set == 0 && (a->set = kw_set_new()) == 0 ){ a->failed = 1; sqlite3_result_error_nomem(ctx); return; }
  if( argc > 2 && sqlite3_value_type(argv[2]) != SQLITE_NULL ){
    const char *d = (const char *)sqlite3_value_text(argv[2]);
    if( d == 0 ){ a->failed = 1; sqlite3_result_error_nomem(ctx); return; }
    int n = sqlite3_value_bytes(argv[2]);
    if( a->decisions == 0 ){
      if( (a->decisions = sqlite3_malloc(n + 1)) == 0 ){ a->failed = 1; sqlite3_result_error_nomem(ctx); return; }
      memcpy(a->decisions, d, (size_t)n + 1);
      a->ndecisions = n;
    }else if( n != a->ndecisions || memcmp(d, a->decisions, (size_t)n) != 0 ){
      fail(ctx, a, sqlite3_mprintf("works_match: decisions_json differs between rows: pass the same decisions on every row"));
      return;
    }
  }
  if( sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL ) return;
  if( sqlite3_value_type(argv[0]) != SQLITE_INTEGER ){
    fail(ctx, a, sqlite3_mprintf("works_match: record_id is not an integer: %s", sqlite3_value_text(argv[0])));
    return;
  }
  sqlite3_int64 id = sqlite3_value_int64(argv[0]);
  const char *j = (const char *)sqlite3_value_text(argv[1]);
  if( j == 0 ){ a->failed = 1; sqlite3_result_error_nomem(ctx); return; }
  char err[300];
  int rc = kw_set_add_json(a->set, id, j, (size_t)sqlite3_value_bytes(argv[1]), err, sizeof err);
  if( rc < 0 ){ a->failed = 1; sqlite3_result_error_nomem(ctx); return; }
  if( rc > 0 ) fail(ctx, a, sqlite3_mprintf("works_match: %s", err));
}

static void works_final(sqlite3_context *ctx){
  agg *a = sqlite3_aggregate_context(ctx, 0);
  kw_set *own = 0;
  kw_set *set = a ? a->set : 0;
  if( a && a->failed ) goto done;
  if( set == 0 && (set = own = kw_set_new()) == 0 ){ sqlite3_result_error_nomem(ctx); goto done; }
  char err[300];
  int rc = 0;
  if( a && a->decisions ){
    rc = kw_set_decide_json(set, a->decisions, (size_t)a->ndecisions, err, sizeof err);
    if( rc == 0 ) rc = kw_match(set, err, sizeof err);
  }else{
    rc = kw_match(set, err, sizeof err);
  }
  if( rc < 0 ){ sqlite3_result_error_nomem(ctx); goto done; }
  if( rc > 0 ){ kolit_result_error(ctx, sqlite3_mprintf("works_match: %s", err)); goto done; }
  char *json;
  size_t len;
  if( kw_result_json(set, &json, &len) ){ sqlite3_result_error_nomem(ctx); goto done; }
  sqlite3_result_text64(ctx, json, (sqlite3_uint64)len, SQLITE_TRANSIENT, SQLITE_UTF8);
  sqlite3_result_subtype(ctx, 'J');
  free(json);
done:
  kw_set_free(own);
  if( a ){
    kw_set_free(a->set);
    a->set = 0;
    sqlite3_free(a->decisions);
    a->decisions = 0;
  }
}

/* work_keys(record_json [, form]): the record's blocking keys, a JSON array
** (kw_record_keys_json): integers, or with form 'text' the texts they are
** hashes of; NULL for NULL. */
static void work_keys_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  int as_text = 0;
  if( argc == 2 ){
    const char *f = (const char *)sqlite3_value_text(argv[1]);
    if( f && strcmp(f, "text") == 0 ) as_text = 1;
    else if( f == 0 || strcmp(f, "number") != 0 ){
      if( f == 0 && sqlite3_value_type(argv[1]) != SQLITE_NULL ){ sqlite3_result_error_nomem(ctx); return; }
      kolit_result_error(ctx, sqlite3_mprintf("work_keys: the form is 'number' or 'text', not %s",
                                              f ? f : "NULL"));
      return;
    }
  }
  if( sqlite3_value_type(argv[0]) == SQLITE_NULL ) return;
  const char *j = (const char *)sqlite3_value_text(argv[0]);
  if( j == 0 ){ sqlite3_result_error_nomem(ctx); return; }
  char err[300], *out;
  size_t len;
  int rc = kw_record_keys_json(j, (size_t)sqlite3_value_bytes(argv[0]), as_text, &out, &len, err, sizeof err);
  if( rc < 0 ){ sqlite3_result_error_nomem(ctx); return; }
  if( rc > 0 ){ kolit_result_error(ctx, sqlite3_mprintf("work_keys: %s", err)); return; }
  sqlite3_result_text64(ctx, out, (sqlite3_uint64)len, SQLITE_TRANSIENT, SQLITE_UTF8);
  sqlite3_result_subtype(ctx, 'J');
  free(out);
}

int kolit_register_works(sqlite3 *db, char **pzErr){
  (void)pzErr;
  const int pure = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS | KOLIT_JSON_RESULT;
  int rc = sqlite3_create_function(db, "works_match", 2, pure, 0, 0, works_step, works_final);
  if( rc == SQLITE_OK ) rc = sqlite3_create_function(db, "works_match", 3, pure, 0, 0, works_step, works_final);
  if( rc == SQLITE_OK ) rc = sqlite3_create_function(db, "work_keys", 1, pure, 0, work_keys_fn, 0, 0);
  if( rc == SQLITE_OK ) rc = sqlite3_create_function(db, "work_keys", 2, pure, 0, work_keys_fn, 0, 0);
  return rc;
}
