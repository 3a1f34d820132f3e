/*
** Shared parts of kolit's table-valued functions: eponymous virtual tables
** whose arguments are HIDDEN columns at the end of the schema. The plan
** (xBestIndex), the errors of xFilter, and the cursor of those that make
** their rows at once in xFilter (country_tags, keyword_tags, lit_vocabulary;
** see kolit_tvf_cursor in sql_glue.h). Also the JSON array that the
** taggers' scalar functions return (kolit_result_json_set).
**
** The plan, in idxNum: bit i is set when argument i (column first + i) has a
** usable equality constraint; those constraints are handed to xFilter in
** argument order. A required argument whose constraint is not usable yet makes
** the plan SQLITE_CONSTRAINT, so SQLite picks another join order. A required
** argument that is not given at all still gets a (very costly) plan, so that
** xFilter can say what is missing (kolit_tvf_missing) instead of SQLite's
** "no query solution".
*/
#include "sql_glue.h"
#include <stdlib.h>
#include <string.h>

int kolit_tvf_best_index(sqlite3_index_info *info, int first, int nargs, int nrequired){
  int where[8], unusable[8];
  int idxNum = 0, missing = 0;
  if( nargs > 8 ) nargs = 8;
  if( nrequired > nargs ) nrequired = nargs;
  for(int a = 0; a < 8; a++) where[a] = -1, unusable[a] = 0;
  for(int i = 0; i < info->nConstraint; i++){
    const struct sqlite3_index_constraint *c = &info->aConstraint[i];
    int a = c->iColumn - first;
    if( a < 0 || a >= nargs || c->op != SQLITE_INDEX_CONSTRAINT_EQ ) continue;
    if( !c->usable ){ unusable[a] = 1; continue; }
    if( where[a] < 0 ){ where[a] = i; idxNum |= 1 << a; }
  }
  for(int a = 0; a < nrequired; a++){
    if( where[a] >= 0 ) continue;
    if( unusable[a] ) return SQLITE_CONSTRAINT;
    missing = 1;
  }
  int argv = 1;
  for(int a = 0; a < nargs; a++){
    if( where[a] < 0 ) continue;
    info->aConstraintUsage[where[a]].argvIndex = argv++;
    info->aConstraintUsage[where[a]].omit = 1;
  }
  info->idxNum = idxNum;
  info->estimatedCost = missing ? 1e12 : 10.0;
  info->estimatedRows = 10;
  return SQLITE_OK;
}

int kolit_tvf_error(sqlite3_vtab *vtab, char *msg){
  sqlite3_free(vtab->zErrMsg);
  vtab->zErrMsg = msg;
  return msg ? SQLITE_ERROR : SQLITE_NOMEM;
}

int kolit_tvf_missing(sqlite3_vtab *vtab, int idxNum, int nrequired, const char *arg, const char *usage){
  int need = (1 << nrequired) - 1;
  if( (idxNum & need) == need ) return SQLITE_OK;
  return kolit_tvf_error(vtab, sqlite3_mprintf("%.*s: missing %s argument: use %s",
                                               (int)strcspn(usage, "("), usage, arg, usage));
}

/* ---- the cursor ----------------------------------------------------- */

int kolit_tvf_connect(sqlite3 *db, const char *schema, int config, size_t cursor_size,
                      sqlite3_vtab **ppVtab){
  int rc = sqlite3_declare_vtab(db, schema);
  if( rc != SQLITE_OK ) return rc;
  if( config != 0 ){
    rc = sqlite3_vtab_config(db, config);
    if( rc != SQLITE_OK ) return rc;
  }
  kolit_tvf_vtab *v = sqlite3_malloc(sizeof(*v));
  if( v == 0 ) return SQLITE_NOMEM;
  memset(v, 0, sizeof(*v));
  v->db = db;
  v->cursor_size = cursor_size < sizeof(kolit_tvf_cursor) ? sizeof(kolit_tvf_cursor) : cursor_size;
  *ppVtab = &v->base;
  return SQLITE_OK;
}

int kolit_tvf_disconnect(sqlite3_vtab *vtab){
  sqlite3_free(vtab);
  return SQLITE_OK;
}

int kolit_tvf_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **ppCursor){
  size_t size = ((kolit_tvf_vtab *)vtab)->cursor_size;
  kolit_tvf_cursor *c = sqlite3_malloc64(size);
  if( c == 0 ) return SQLITE_NOMEM;
  memset(c, 0, size);
  *ppCursor = &c->base;
  return SQLITE_OK;
}

void kolit_tvf_reset(kolit_tvf_cursor *c){
  sqlite3_free(c->text);
  free(c->rows);
  c->text = 0; c->ntext = 0; c->rows = 0; c->n = c->i = 0;
}

int kolit_tvf_close(sqlite3_vtab_cursor *cur){
  kolit_tvf_reset((kolit_tvf_cursor *)cur);
  sqlite3_free(cur);
  return SQLITE_OK;
}

int kolit_tvf_next(sqlite3_vtab_cursor *cur){
  ((kolit_tvf_cursor *)cur)->i++;
  return SQLITE_OK;
}

int kolit_tvf_eof(sqlite3_vtab_cursor *cur){
  const kolit_tvf_cursor *c = (const kolit_tvf_cursor *)cur;
  return c->i >= c->n;
}

int kolit_tvf_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid){
  *rowid = (sqlite3_int64)((kolit_tvf_cursor *)cur)->i + 1;
  return SQLITE_OK;
}

int kolit_tvf_text(kolit_tvf_cursor *c, int argc, sqlite3_value **argv){
  if( argc < 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL ) return SQLITE_OK;
  const char *t = (const char *)sqlite3_value_text(argv[0]);
  if( t == 0 ) return SQLITE_NOMEM;
  int n = sqlite3_value_bytes(argv[0]);
  c->text = sqlite3_malloc(n + 1);
  if( c->text == 0 ) return SQLITE_NOMEM;
  memcpy(c->text, t, (size_t)n + 1);
  c->ntext = n;
  return SQLITE_OK;
}

void kolit_tvf_span_column(sqlite3_context *ctx, const kolit_tvf_cursor *c, int which,
                           size_t start, size_t end){
  switch( which ){
    case KOLIT_TVF_MATCHED:
      sqlite3_result_text(ctx, c->text + start, (int)(end - start), SQLITE_TRANSIENT);
      break;
    case KOLIT_TVF_START: sqlite3_result_int64(ctx, (sqlite3_int64)start); break;
    case KOLIT_TVF_END: sqlite3_result_int64(ctx, (sqlite3_int64)end); break;
    case KOLIT_TVF_TEXT: sqlite3_result_text(ctx, c->text, -1, SQLITE_TRANSIENT); break;
  }
}

void kolit_json_string(sqlite3_str *s, const char *z){
  sqlite3_str_appendchar(s, 1, '"');
  for(; *z; z++){
    unsigned char c = (unsigned char)*z;
    if( c == '"' || c == '\\' ) sqlite3_str_appendf(s, "\\%c", c);
    else if( c < 0x20 ) sqlite3_str_appendf(s, "\\u%04x", c);
    else sqlite3_str_appendchar(s, 1, (char)c);
  }
  sqlite3_str_appendchar(s, 1, '"');
}

char *kolit_json_array(const void *items, size_t k, const char *(*name)(const void *items, size_t i)){
  sqlite3_str *s = sqlite3_str_new(0);
  sqlite3_str_appendchar(s, 1, '[');
  int first = 1;
  for(size_t i = 0; i < k; i++){
    const char *z = name(items, i);
    int seen = 0;
    for(size_t j = 0; j < i && !seen; j++) seen = strcmp(z, name(items, j)) == 0;
    if( seen ) continue;
    if( !first ) sqlite3_str_appendchar(s, 1, ',');
    kolit_json_string(s, z);
    first = 0;
  }
  sqlite3_str_appendchar(s, 1, ']');
  int rc = sqlite3_str_errcode(s);
  char *r = sqlite3_str_finish(s);
  if( rc != SQLITE_OK ){ sqlite3_free(r); return 0; }
  return r;
}

void kolit_result_json_set(sqlite3_context *ctx, const void *items, size_t k,
                           const char *(*name)(const void *items, size_t i)){
  char *r = kolit_json_array(items, k, name);
  if( r == 0 ){ sqlite3_result_error_nomem(ctx); return; }
  sqlite3_result_text(ctx, r, -1, sqlite3_free);
  sqlite3_result_subtype(ctx, 'J');
}
