/*
** Shared declarations for kolit's SQL glue (ext/kolit.c and ext/sql_*.c).
** Only glue files include sqlite3ext.h; the domain layers never see SQLite.
*/
#ifndef KOLIT_SQL_GLUE_H
#define KOLIT_SQL_GLUE_H
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT3

/* Each SQL feature file exports one registration function with this shape.
** It returns an SQLite result code and, on error, may set *pzErr to a
** message from sqlite3_mprintf(). */
typedef int (*kolit_register_fn)(sqlite3 *db, char **pzErr);

int kolit_register_version(sqlite3 *db, char **pzErr);
int kolit_register_documents(sqlite3 *db, char **pzErr);
int kolit_register_tokenizer(sqlite3 *db, char **pzErr);
int kolit_register_korean_tokens(sqlite3 *db, char **pzErr);

/* The korean tokenizer's options (sql_tokenizer.c), shared with
** korean_tokens(): parses key/value pairs into *cfg; with "userdict" reads the
** table into *pUser (the caller frees it with kr_userdict_free). On error
** returns an SQLite code and sets *pzErr (sqlite3_mprintf). */
struct kr_config;
struct kr_userdict;
int kolit_korean_options(sqlite3 *db, const char **az, int n, struct kr_config *cfg,
                         struct kr_userdict **pUser, char **pzErr);

#endif
