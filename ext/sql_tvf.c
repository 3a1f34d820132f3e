/*
** Shared xBestIndex for kolit's table-valued functions: eponymous virtual
** tables whose arguments are HIDDEN columns at the end of the schema.
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

int kolit_tvf_missing(sqlite3_vtab *vtab, int idxNum, int nrequired, const char *arg, const char *usage){
  int need = (1 << nrequired) - 1;
  if( (idxNum & need) == need ) return SQLITE_OK;
  sqlite3_free(vtab->zErrMsg);
  vtab->zErrMsg = sqlite3_mprintf("%.*s: missing %s argument: use %s",
                                  (int)strcspn(usage, "("), usage, arg, usage);
  return vtab->zErrMsg ? SQLITE_ERROR : SQLITE_NOMEM;
}

int kolit_copy_text(sqlite3_value *v, char **out, int *n){
  const char *t = (const char *)sqlite3_value_text(v);
  if( t == 0 ) return SQLITE_NOMEM;
  *n = sqlite3_value_bytes(v);
  *out = sqlite3_malloc(*n + 1);
  if( *out == 0 ) return SQLITE_NOMEM;
  memcpy(*out, t, (size_t)*n + 1);
  return SQLITE_OK;
}
