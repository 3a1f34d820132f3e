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
int kolit_register_countries(sqlite3 *db, char **pzErr);
int kolit_register_keywords(sqlite3 *db, char **pzErr);

/* The korean tokenizer's options (sql_tokenizer.c), shared with
** korean_tokens(): parses key/value pairs into *cfg; with "userdict" reads the
** table into *pUser (the caller frees it with kr_userdict_free). On error
** returns an SQLite code and sets *pzErr (sqlite3_mprintf). */
struct kr_config;
struct kr_userdict;
int kolit_korean_options(sqlite3 *db, const char **az, int n, struct kr_config *cfg,
                         struct kr_userdict **pUser, char **pzErr);

/* Functions that mark their result as JSON (sqlite3_result_subtype) say so
** to SQLite versions that ask (3.45 and later); 3.40 has no such flag. */
#ifdef SQLITE_RESULT_SUBTYPE
# define KOLIT_JSON_RESULT SQLITE_RESULT_SUBTYPE
#else
# define KOLIT_JSON_RESULT 0
#endif

/* Reports msg (from sqlite3_mprintf; freed here) as the function's error,
** or SQLITE_NOMEM when msg is NULL because it could not be allocated. */
static inline void kolit_result_error(sqlite3_context *ctx, char *msg){
  if( msg == 0 ){ sqlite3_result_error_nomem(ctx); return; }
  sqlite3_result_error(ctx, msg, -1);
  sqlite3_free(msg);
}

/* xBestIndex of a table-valued function whose nargs arguments are the
** HIDDEN columns first..first+nargs-1, the first nrequired of them required
** (ext/sql_tvf.c). */
int kolit_tvf_best_index(sqlite3_index_info *info, int first, int nargs, int nrequired);

/* In xFilter: SQLITE_OK when the plan has the nrequired first arguments;
** otherwise sets the error "<name>: missing <arg> argument: use <usage>"
** (name is usage up to its parenthesis) and returns SQLITE_ERROR. */
int kolit_tvf_missing(sqlite3_vtab *vtab, int idxNum, int nrequired, const char *arg, const char *usage);

/* Copies a non-NULL argument's text into *out (sqlite3_malloc, NUL-ended),
** its length in bytes into *n: a table-valued function keeps its input for
** the rows that point into it. SQLITE_NOMEM when out of memory. */
int kolit_copy_text(sqlite3_value *v, char **out, int *n);

#endif
