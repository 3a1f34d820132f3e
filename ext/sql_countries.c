/*
** Countries mentioned in Korean and English text.
**
**   SELECT countries('독일의 클러스터 정책과 TAMA클러스터');    -- ["DE","JP"]
**   SELECT * FROM country_tags('Clusters in Germany (독일)');
**   SELECT country_name('DE', 'ko');                          -- 독일
**
**   countries(text)            JSON array of ISO 3166-1 alpha-2 codes ("EU" for the
**                              European Union) in order of first mention, each once;
**                              NULL for NULL
**   country_name(code [, locale])
**                              the region's name in locale (default 'en') from ICU's
**                              CLDR data; NULL when ICU has no name for it
**   country_tags(text) behaves like
**     CREATE TABLE country_tags(
**       code    TEXT,     -- ISO 3166-1 alpha-2, or EU
**       name    TEXT,     -- English name (ICU)
**       matched TEXT,     -- the mention as written
**       start   INTEGER,  -- byte offset of the mention in text
**       end     INTEGER,  -- byte offset just after it
**       text    HIDDEN    -- the argument (required)
**     );
**   one row per mention, in text order.
**
** The gazetteer, the matcher and the boundary rules live in ext/tag/; this
** file only checks arguments and produces values and rows.
*/
#include "sql_glue.h"
#include "tag/gazetteer.h"
#include <stdlib.h>
#include <string.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

/* Runs the gazetteer over a value's text; 1 on success, 0 after reporting
** the error on ctx. */
static int find_countries(sqlite3_context *ctx, const char *fn, sqlite3_value *v,
                          kt_country_mention **m, size_t *k){
  const char *t = (const char *)sqlite3_value_text(v);
  if( t == 0 ){ sqlite3_result_error_nomem(ctx); return 0; }
  size_t n = (size_t)sqlite3_value_bytes(v);
  char err[200];
  if( kt_countries_find(t, n, m, k, err, sizeof(err)) ){
    kolit_result_error(ctx, sqlite3_mprintf("%s: %s", fn, err));
    return 0;
  }
  return 1;
}

static const char *country_code(const void *m, size_t i){ return ((const kt_country_mention *)m)[i].code; }

static void countries_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  (void)argc;
  if( sqlite3_value_type(argv[0]) == SQLITE_NULL ) return;
  kt_country_mention *m;
  size_t k;
  if( !find_countries(ctx, "countries", argv[0], &m, &k) ) return;
  kolit_result_json_set(ctx, m, k, country_code);
  free(m);
}

static void country_name_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  if( sqlite3_value_type(argv[0]) == SQLITE_NULL ) return;
  if( argc > 1 && sqlite3_value_type(argv[1]) == SQLITE_NULL ) return;
  const char *code = (const char *)sqlite3_value_text(argv[0]);
  if( code == 0 ){ sqlite3_result_error_nomem(ctx); return; }
  char up[3];
  if( strlen(code) != 2 || !((code[0] | 0x20) >= 'a' && (code[0] | 0x20) <= 'z')
   || !((code[1] | 0x20) >= 'a' && (code[1] | 0x20) <= 'z') ){
    kolit_result_error(ctx, sqlite3_mprintf("country_name: not a two-letter region code: %s", code));
    return;
  }
  up[0] = (char)(code[0] & ~0x20); up[1] = (char)(code[1] & ~0x20); up[2] = 0;
  const char *locale = "en";
  if( argc > 1 ){
    locale = (const char *)sqlite3_value_text(argv[1]);
    if( locale == 0 ){ sqlite3_result_error_nomem(ctx); return; }
    if( locale[0] == 0 || strlen(locale) > ULOC_FULLNAME_CAPACITY ){
      kolit_result_error(ctx, sqlite3_mprintf("country_name: not a locale: '%s'", locale));
      return;
    }
  }
  char loc[8];
  memcpy(loc, "und_", 4);
  memcpy(loc + 4, up, 3);
  UChar buf[256];
  UErrorCode st = U_ZERO_ERROR;
  int32_t len = uloc_getDisplayCountry(loc, locale, buf, 256, &st);
  if( U_FAILURE(st) ){
    kolit_result_error(ctx, sqlite3_mprintf("country_name: icu: %s", u_errorName(st)));
    return;
  }
  if( st == U_USING_DEFAULT_WARNING || len == 0 ) return;
  char out[1024];
  int32_t olen = 0;
  UErrorCode st2 = U_ZERO_ERROR;
  u_strToUTF8(out, sizeof(out), &olen, buf, len, &st2);
  if( U_FAILURE(st2) ){
    kolit_result_error(ctx, sqlite3_mprintf("country_name: icu: %s", u_errorName(st2)));
    return;
  }
  if( olen == 2 && memcmp(out, up, 2) == 0 ) return;  /* ICU echoes codes it cannot name */
  sqlite3_result_text(ctx, out, olen, SQLITE_TRANSIENT);
}

/* ---- country_tags --------------------------------------------------- */

#define COL_CODE 0
#define COL_NAME 1
#define COL_MATCHED 2
#define COL_START 3
#define COL_END 4
#define COL_TEXT 5

/* The rows are kt_country_mention (ext/tag/gazetteer.h). */
static int tags_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                        sqlite3_vtab **ppVtab, char **pzErr){
  (void)aux; (void)argc; (void)argv; (void)pzErr;
  return kolit_tvf_connect(db,
      "CREATE TABLE x(code TEXT, name TEXT, matched TEXT, start INTEGER, end INTEGER, text HIDDEN)",
      SQLITE_VTAB_INNOCUOUS, sizeof(kolit_tvf_cursor), ppVtab);
}

static int tags_best_index(sqlite3_vtab *v, sqlite3_index_info *info){
  (void)v;
  return kolit_tvf_best_index(info, COL_TEXT, 1, 1);
}

static int tags_filter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr, int argc, sqlite3_value **argv){
  (void)idxStr;
  kolit_tvf_cursor *c = (kolit_tvf_cursor *)cur;
  kolit_tvf_reset(c);
  int rc = kolit_tvf_missing(cur->pVtab, idxNum, 1, "text", "country_tags(text)");
  if( rc == SQLITE_OK ) rc = kolit_tvf_text(c, argc, argv);
  if( rc != SQLITE_OK || c->text == 0 ) return rc;
  kt_country_mention *m;
  size_t k;
  char err[200];
  if( kt_countries_find(c->text, (size_t)c->ntext, &m, &k, err, sizeof(err)) ){
    return kolit_tvf_error(cur->pVtab, sqlite3_mprintf("country_tags: %s", err));
  }
  c->rows = m;
  c->n = k;
  return SQLITE_OK;
}

static int tags_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col){
  const kolit_tvf_cursor *c = (const kolit_tvf_cursor *)cur;
  const kt_country_mention *m = (const kt_country_mention *)c->rows + c->i;
  switch( col ){
    case COL_CODE: sqlite3_result_text(ctx, m->code, -1, SQLITE_TRANSIENT); break;
    case COL_NAME: {
      const char *name = kt_country_english_name(m->code);
      if( name ) sqlite3_result_text(ctx, name, -1, SQLITE_STATIC);
      break;
    }
    case COL_MATCHED: case COL_START: case COL_END: case COL_TEXT:
      kolit_tvf_span_column(ctx, c, col - COL_MATCHED, m->start, m->end);
      break;
  }
  return SQLITE_OK;
}

static sqlite3_module country_tags_module = KOLIT_TVF_MODULE(tags_connect, tags_best_index, kolit_tvf_close, tags_filter, tags_column);

int kolit_register_countries(sqlite3 *db, char **pzErr){
  /* Build the gazetteer now: a broken ICU data set fails the load with its
  ** reason instead of failing the first query. */
  char err[200];
  if( kt_gazetteer_init(err, sizeof(err)) ){
    *pzErr = sqlite3_mprintf("%s", err);
    return SQLITE_ERROR;
  }
  const int pure = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  int rc = sqlite3_create_function(db, "countries", 1, pure | KOLIT_JSON_RESULT, 0, countries_func, 0, 0);
  if( rc == SQLITE_OK ) rc = sqlite3_create_function(db, "country_name", 1, pure, 0, country_name_func, 0, 0);
  if( rc == SQLITE_OK ) rc = sqlite3_create_function(db, "country_name", 2, pure, 0, country_name_func, 0, 0);
  if( rc == SQLITE_OK ) rc = sqlite3_create_module(db, "country_tags", &country_tags_module, 0);
  return rc;
}
