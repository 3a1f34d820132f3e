/*
** to_ris(csl), to_bibtex(csl [, key]): one record's CSL-JSON item (the csl
** column of lit_records, or any CSL item) as RIS or BibTeX text.
**
**   SELECT to_ris(csl) FROM lit_records('refs/');
**   SELECT group_concat(to_bibtex(csl), char(10)) FROM lit_records('refs/');
**   SELECT to_bibtex(csl, 'kim2019') FROM lit_records('refs/') WHERE ordinal = 1;
**
** The writers are in ext/cite/ and read only the item. A NULL csl gives
** NULL; text that is no CSL item is an error naming the argument. Pure
** functions: SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS.
*/
#include "sql_glue.h"
#include "cite/cite.h"
#include <stdlib.h>
#include <string.h>

static void cite_result(sqlite3_context *ctx, const char *fn, int rc, char *out, const char *err){
  if( rc == 0 ){
    sqlite3_result_text(ctx, out, -1, SQLITE_TRANSIENT);
    free(out);
  }else if( rc < 0 ){
    sqlite3_result_error_nomem(ctx);
  }else{
    kolit_result_error(ctx, sqlite3_mprintf("%s: argument 1 (csl) is %s", fn, err));
  }
}

static void to_ris_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  (void)argc;
  if( sqlite3_value_type(argv[0]) == SQLITE_NULL ) return;
  const char *csl = (const char*)sqlite3_value_text(argv[0]);
  if( !csl ){ sqlite3_result_error_nomem(ctx); return; }
  char *out = NULL, err[200] = "";
  int rc = lit_csl_to_ris(csl, (size_t)sqlite3_value_bytes(argv[0]), &out, err, sizeof err);
  cite_result(ctx, "to_ris", rc, out, err);
}

static void to_bibtex_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  if( sqlite3_value_type(argv[0]) == SQLITE_NULL ) return;
  const char *csl = (const char*)sqlite3_value_text(argv[0]);
  if( !csl ){ sqlite3_result_error_nomem(ctx); return; }
  const char *key = NULL;
  if( argc > 1 && sqlite3_value_type(argv[1]) != SQLITE_NULL ){
    key = (const char*)sqlite3_value_text(argv[1]);
    if( !key ){ sqlite3_result_error_nomem(ctx); return; }
    if( !*key ){ sqlite3_result_error(ctx, "to_bibtex: argument 2 (key) is empty: give a key or NULL for the item's id", -1); return; }
  }
  char *out = NULL, err[200] = "";
  int rc = lit_csl_to_bibtex(csl, (size_t)sqlite3_value_bytes(argv[0]), key, &out, err, sizeof err);
  cite_result(ctx, "to_bibtex", rc, out, err);
}

int kolit_register_cite(sqlite3 *db, char **pzErr){
  (void)pzErr;
  const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  int rc = sqlite3_create_function(db, "to_ris", 1, flags, 0, to_ris_fn, 0, 0);
  if( rc == SQLITE_OK ) rc = sqlite3_create_function(db, "to_bibtex", 1, flags, 0, to_bibtex_fn, 0, 0);
  if( rc == SQLITE_OK ) rc = sqlite3_create_function(db, "to_bibtex", 2, flags, 0, to_bibtex_fn, 0, 0);
  return rc;
}
