/*
** pair_counts(group, item [, min_count]): how many groups hold each pair of
** items, the numbers of a co-occurrence network (ext/stats/pairs.c).
**
**   SELECT j.value ->> 0 AS a, j.value ->> 1 AS b, j.value ->> 2 AS records
**   FROM json_each((SELECT pair_counts(record_id, concept) FROM record_keywords)) AS j;
**
** An aggregate over rows (group, item): group an integer (a record or work
** id), item text; a row with a NULL is skipped, an item twice in one group
** counts once. The result is a JSON array of [a, b, n] (a < b in byte order),
** the pairs held by at least min_count groups (default 1), most frequent
** first, then by a and b: "[]" for no pair. It replaces a join of the rows
** with themselves, whose millions of pairs SQLite has to sort.
*/
#include "sql_glue.h"
#include "stats/pairs.h"
#include <stdlib.h>
#include <string.h>

typedef struct pairs_agg {
  kp_counter *c;
  sqlite3_int64 min_count;
  int failed;           /* an error was reported: the final result is dropped */
} pairs_agg;

static void pairs_step(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  pairs_agg *a = sqlite3_aggregate_context(ctx, sizeof *a);
  if( a == 0 ){ sqlite3_result_error_nomem(ctx); return; }
  if( a->failed ) return;
  if( a->c == 0 ){
    a->min_count = 1;
    if( argc == 3 && sqlite3_value_type(argv[2]) != SQLITE_NULL ){
      if( sqlite3_value_type(argv[2]) != SQLITE_INTEGER || sqlite3_value_int64(argv[2]) < 1 ){
        a->failed = 1;
        sqlite3_result_error(ctx, "pair_counts: min_count must be a whole number of at least 1", -1);
        return;
      }
      a->min_count = sqlite3_value_int64(argv[2]);
    }
    a->c = kp_new();
    if( a->c == 0 ){ a->failed = 1; sqlite3_result_error_nomem(ctx); return; }
  }
  if( sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL ) return;
  if( sqlite3_value_type(argv[0]) != SQLITE_INTEGER ){
    a->failed = 1;
    sqlite3_result_error(ctx, "pair_counts: group must be an integer (a record or work id)", -1);
    return;
  }
  const char *item = (const char *)sqlite3_value_text(argv[1]);
  int n = sqlite3_value_bytes(argv[1]);
  if( item == 0 || kp_add(a->c, sqlite3_value_int64(argv[0]), item, (size_t)n) != 0 ){
    a->failed = 1;
    sqlite3_result_error_nomem(ctx);
  }
}

static void pairs_final(sqlite3_context *ctx){
  pairs_agg *a = sqlite3_aggregate_context(ctx, 0);
  if( a && a->failed ){ kp_free(a->c); a->c = 0; return; }
  kp_pair *p = 0;
  size_t n = 0;
  if( a && a->c && kp_count(a->c, a->min_count, &p, &n) != 0 ){
    kp_free(a->c);
    a->c = 0;
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_str *s = sqlite3_str_new(0);
  sqlite3_str_appendchar(s, 1, '[');
  for( size_t i = 0; i < n; i++ ){
    if( i ) sqlite3_str_appendchar(s, 1, ',');
    sqlite3_str_appendchar(s, 1, '[');
    kolit_json_string(s, p[i].a);
    sqlite3_str_appendchar(s, 1, ',');
    kolit_json_string(s, p[i].b);
    sqlite3_str_appendf(s, ",%lld]", (long long)p[i].n);
  }
  sqlite3_str_appendchar(s, 1, ']');
  free(p);
  if( a ){ kp_free(a->c); a->c = 0; }
  int rc = sqlite3_str_errcode(s);
  char *z = sqlite3_str_finish(s);
  if( rc != SQLITE_OK || z == 0 ){ sqlite3_free(z); sqlite3_result_error_nomem(ctx); return; }
  sqlite3_result_text(ctx, z, -1, sqlite3_free);
}

int kolit_register_pairs(sqlite3 *db, char **pzErr){
  (void)pzErr;
  const int pure = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  int rc = sqlite3_create_function(db, "pair_counts", 2, pure, 0, 0, pairs_step, pairs_final);
  if( rc == SQLITE_OK ) rc = sqlite3_create_function(db, "pair_counts", 3, pure, 0, 0, pairs_step, pairs_final);
  return rc;
}
