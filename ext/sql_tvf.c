/*
** Shared xBestIndex for kolit's table-valued functions: eponymous virtual
** tables whose arguments are HIDDEN columns at the end of the schema.
**
** The plan, in idxNum: bit i is set when argument i (column first + i) has a
** usable equality constraint; those constraints are handed to xFilter in
** argument order. A required argument without a usable constraint makes the
** plan SQLITE_CONSTRAINT, so SQLite picks another join order or reports
** "no query solution".
*/
#include "sql_glue.h"

int kolit_tvf_best_index(sqlite3_index_info *info, int first, int nargs, int nrequired){
  int where[8];
  int idxNum = 0;
  for(int a = 0; a < nargs && a < 8; a++) where[a] = -1;
  for(int i = 0; i < info->nConstraint; i++){
    const struct sqlite3_index_constraint *c = &info->aConstraint[i];
    int a = c->iColumn - first;
    if( a < 0 || a >= nargs || c->op != SQLITE_INDEX_CONSTRAINT_EQ ) continue;
    if( !c->usable ) continue;
    if( where[a] < 0 ){ where[a] = i; idxNum |= 1 << a; }
  }
  for(int a = 0; a < nrequired; a++){
    if( where[a] < 0 ) return SQLITE_CONSTRAINT;
  }
  int argv = 1;
  for(int a = 0; a < nargs; a++){
    if( where[a] < 0 ) continue;
    info->aConstraintUsage[where[a]].argvIndex = argv++;
    info->aConstraintUsage[where[a]].omit = 1;
  }
  info->idxNum = idxNum;
  info->estimatedCost = 10.0;
  info->estimatedRows = 10;
  return SQLITE_OK;
}
