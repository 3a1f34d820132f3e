/*
** kolit_version(): what was loaded.
**
**   SELECT kolit_version();
**   -- kolit 0.1.0 (sqlite 3.40.1, icu 72.1, unicode 15.0)
**
** The SQLite and ICU versions are the ones the extension runs with, read at
** call time, not the ones it was compiled against.
*/
#include "sql_glue.h"
#include <unicode/uversion.h>
#include <unicode/uchar.h>

static void version_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  (void)argc; (void)argv;
  UVersionInfo icu, uni;
  char zIcu[U_MAX_VERSION_STRING_LENGTH], zUni[U_MAX_VERSION_STRING_LENGTH];
  u_getVersion(icu);
  u_versionToString(icu, zIcu);
  u_getUnicodeVersion(uni);
  u_versionToString(uni, zUni);
  char *z = sqlite3_mprintf("kolit %s (sqlite %s, icu %s, unicode %s)",
      KOLIT_VERSION, sqlite3_libversion(), zIcu, zUni);
  if( z == 0 ){ sqlite3_result_error_nomem(ctx); return; }
  sqlite3_result_text(ctx, z, -1, sqlite3_free);
}

int kolit_register_version(sqlite3 *db, char **pzErr){
  (void)pzErr;
  return sqlite3_create_function(db, "kolit_version", 0,
      SQLITE_UTF8|SQLITE_DETERMINISTIC|SQLITE_INNOCUOUS, 0, version_func, 0, 0);
}
