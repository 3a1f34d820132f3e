/*
** Shared declarations for kolit's SQL glue (ext/kolit.c and ext/sql_*.c).
** Only glue files include sqlite3ext.h; the domain layers never see SQLite.
*/
#ifndef KOLIT_SQL_GLUE_H
#define KOLIT_SQL_GLUE_H
#include <sqlite3ext.h>
#include <stddef.h>
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
int kolit_register_term_pairs(sqlite3 *db, char **pzErr);
int kolit_register_works(sqlite3 *db, char **pzErr);
int kolit_register_cite(sqlite3 *db, char **pzErr);
int kolit_register_chart(sqlite3 *db, char **pzErr);
int kolit_register_pairs(sqlite3 *db, char **pzErr);

/* The korean tokenizer's options (sql_tokenizer.c), shared with
** korean_tokens(): parses key/value pairs into *cfg; with "userdict" reads the
** table into *pUser (the caller frees it with kr_userdict_free). On error
** returns an SQLite code and sets *pzErr (sqlite3_mprintf). */
struct kr_config;
struct kr_userdict;
int kolit_korean_options(sqlite3 *db, const char **az, int n, struct kr_config *cfg,
                         struct kr_userdict **pUser, char **pzErr);

/* Keyword vocabularies (sql_keywords.c), shared with korean_query(text,
** vocabulary): the built-in "cluster_policy", or a table or view with columns
** concept and term compiled (the caller frees it with kt_vocab_free). NULL
** with *pzErr set (sqlite3_mprintf, "<fn>: ...") on error, or NULL with
** *pzErr NULL when out of memory. */
#define KOLIT_VOCAB_BUILTIN "cluster_policy"
struct kt_vocab;
const struct kt_vocab *kolit_vocab_builtin(const char *fn, char **pzErr);
struct kt_vocab *kolit_vocab_from_table(sqlite3 *db, const char *fn, const char *name, char **pzErr);

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

/* Sets msg (from sqlite3_mprintf, owned by SQLite from here) as the
** virtual table's error; returns SQLITE_ERROR, or SQLITE_NOMEM when msg is
** NULL because it could not be allocated. */
int kolit_tvf_error(sqlite3_vtab *vtab, char *msg);

/* ---- the cursor of a table-valued function (ext/sql_tvf.c) ----------
** A table-valued function that makes its rows at once in xFilter (the
** mentions a domain layer finds in its text argument, or a static table)
** walks them with this cursor. A feature's own cursor starts with it and
** may add fields (see keyword_tags); its vtab is a kolit_tvf_vtab, which
** knows the cursor's size, so xOpen, xNext, xEof and xRowid are shared. */
typedef struct kolit_tvf_vtab {
  sqlite3_vtab base;
  sqlite3 *db;           /* the connection, for xFilter to read tables from */
  size_t cursor_size;    /* sizeof the feature's cursor */
} kolit_tvf_vtab;

typedef struct kolit_tvf_cursor {
  sqlite3_vtab_cursor base;
  char *text;            /* copy of the text argument (sqlite3_malloc), NULL for NULL */
  int ntext;             /* its length in bytes */
  void *rows;            /* the rows, malloc'd by the domain layer (free()), or NULL */
  size_t n, i;           /* number of rows, current row */
} kolit_tvf_cursor;

/* xConnect: declares schema, applies the sqlite3_vtab_config option config
** (SQLITE_VTAB_INNOCUOUS, ...; 0 for none), makes a kolit_tvf_vtab whose
** cursors have cursor_size bytes (at least sizeof(kolit_tvf_cursor)). */
int kolit_tvf_connect(sqlite3 *db, const char *schema, int config, size_t cursor_size,
                      sqlite3_vtab **ppVtab);
int kolit_tvf_disconnect(sqlite3_vtab *vtab);
/* xOpen: a zeroed cursor of the vtab's cursor_size. */
int kolit_tvf_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **ppCursor);
/* xClose for a cursor that owns nothing more than text and rows; a feature
** with more frees its own fields, then calls it. */
int kolit_tvf_close(sqlite3_vtab_cursor *cur);
int kolit_tvf_next(sqlite3_vtab_cursor *cur);
int kolit_tvf_eof(sqlite3_vtab_cursor *cur);
/* xRowid: the row number, from 1. */
int kolit_tvf_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid);

/* The sqlite3_module of such a table-valued function: the feature's own
** xConnect, xBestIndex, xClose (kolit_tvf_close unless it owns more),
** xFilter and xColumn, the shared rest; eponymous-only (no xCreate). */
#define KOLIT_TVF_MODULE(connect, best_index, close, filter, column) { \
  .xConnect = connect, .xBestIndex = best_index, .xDisconnect = kolit_tvf_disconnect, \
  .xOpen = kolit_tvf_open, .xClose = close, .xFilter = filter, .xNext = kolit_tvf_next, \
  .xEof = kolit_tvf_eof, .xColumn = column, .xRowid = kolit_tvf_rowid }

/* In xFilter, first: frees the previous scan's text and rows. */
void kolit_tvf_reset(kolit_tvf_cursor *c);

/* In xFilter: copies the text argument argv[0], when there is one and it is
** not NULL, into c->text and c->ntext (a table-valued function keeps its
** input for the rows that point into it); c->text stays NULL otherwise.
** SQLITE_NOMEM when out of memory. */
int kolit_tvf_text(kolit_tvf_cursor *c, int argc, sqlite3_value **argv);

/* The taggers' scalar functions (countries, keywords): sets the result to
** the JSON array of the distinct strings name(items, i), i < k, in order of
** first appearance, with subtype 'J' as json() gives. */
void kolit_result_json_set(sqlite3_context *ctx, const void *items, size_t k,
                           const char *(*name)(const void *items, size_t i));
/* Appends z as a JSON string (quoted, escaped). */
void kolit_json_string(sqlite3_str *s, const char *z);
/* The same JSON array as text from sqlite3_malloc (NULL when out of
** memory), for a column that holds it. */
char *kolit_json_array(const void *items, size_t k, const char *(*name)(const void *items, size_t i));

/* The columns of a mention in the text argument, which every mention table
** has in this order: the mention as written, its start and end byte
** offsets, the text (HIDDEN). */
#define KOLIT_TVF_MATCHED 0
#define KOLIT_TVF_START   1
#define KOLIT_TVF_END     2
#define KOLIT_TVF_TEXT    3
void kolit_tvf_span_column(sqlite3_context *ctx, const kolit_tvf_cursor *c, int which,
                           size_t start, size_t end);

#endif
