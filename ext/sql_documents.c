/*
** lit_documents, lit_records, lit_authors: saved pages as SQL tables.
**
**   SELECT path, format, record_count FROM lit_documents('seeds');
**   SELECT year, title FROM lit_records('seeds/0*.txt') ORDER BY year;
**   SELECT name, family, given FROM lit_authors('seeds');
**   SELECT title FROM lit_records('my label', readfile('page.txt'));
**
** Each is an eponymous table-valued function; the two trailing columns are
** HIDDEN arguments:
**
**   CREATE TABLE lit_documents(path TEXT, format TEXT, series TEXT, query TEXT,
**     result_count INTEGER, record_count INTEGER, encoding TEXT, bytes INTEGER,
**     error TEXT, source HIDDEN, content HIDDEN);
**   CREATE TABLE lit_records(path TEXT, ordinal INTEGER, title TEXT,
**     title_ko TEXT, title_foreign TEXT, authors TEXT, author_count INTEGER,
**     journal TEXT, volume, issue TEXT, series_no TEXT, page_first, page_last,
**     page_count, issue_no, year, date TEXT, abstract TEXT, language TEXT,
**     has_pdf INTEGER, partial INTEGER, type TEXT, journal_ko TEXT,
**     journal_foreign TEXT, doi TEXT, issn TEXT, eissn TEXT, publisher TEXT,
**     keywords TEXT, abstract_ko TEXT, abstract_foreign TEXT, received TEXT,
**     accepted TEXT, published TEXT, url TEXT, source_id TEXT,
**     source HIDDEN, content HIDDEN);
**   CREATE TABLE lit_authors(path TEXT, ordinal INTEGER, position INTEGER,
**     name TEXT, family TEXT, given TEXT, et_al INTEGER, affiliation TEXT,
**     name_ko TEXT, name_latin TEXT, source HIDDEN, content HIDDEN);
**
** keywords is a JSON array of the author keywords as given (NULL when the
** source gives none); received, accepted and published are ISO dates. csl
** is the record as one CSL-JSON item (ext/cite/csl.c), with id = a citation
** key unique within the document (to_ris and to_bibtex read it).
**
** source is a file, a directory (its regular files, recursively, skipping
** hidden ones and directories already being read (a symbolic link loop), in
** path order) or a glob (a pattern that matches nothing gives no rows). Paths
** are reported as the source spells them, joined with the names below it
** ('pages/./' and 'pages/' give 'pages/a.txt'). A file of a folder or glob
** that cannot be read (a broken symbolic link, a file that vanished or is
** unreadable) is a lit_documents row with the reason in error, and the scan
** goes on; a source that does not exist is the statement's error.
**
**   lit_source(source)   the real path of a file or directory, or of a glob's
**                        folder joined with its pattern: one key however the
**                        source is spelled ('pages', './pages/', '/abs/pages').
**                        An error names a source that holds nothing to read
**                        (missing, an empty folder, a glob matching nothing). When content is given (text or blob) it is the document,
** and source is only the label reported in path. Numeric fields (volume,
** pages, year, issue_no) are integers when the page gives digits, else text.
**
** How it works: xFilter expands source into a list of paths; each step of
** the cursor reads one file, decodes it to NFC UTF-8 (ext/text) and parses
** it (ext/docs), so memory holds one document at a time. The tables read
** files, so they are SQLITE_VTAB_DIRECTONLY: a view or trigger in an
** untrusted database cannot use them.
*/
#include "sql_glue.h"
#include "docs/docs.h"
#include "cite/cite.h"
#include "text/text.h"
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <limits.h>
#include <unistd.h>

typedef enum { LIT_DOCUMENTS, LIT_RECORDS, LIT_AUTHORS } lit_kind;

static const struct {
  const char *name;
  const char *schema;
  int nCol;  /* visible columns; the hidden source and content follow */
  const char *usage;
} lit_tables[] = {
  {"lit_documents",
   "CREATE TABLE x(path TEXT, format TEXT, series TEXT, query TEXT, result_count INTEGER,"
   " record_count INTEGER, encoding TEXT, bytes INTEGER, error TEXT,"
   " source HIDDEN, content HIDDEN)", 9, "lit_documents(source [, content])"},
  {"lit_records",
   "CREATE TABLE x(path TEXT, ordinal INTEGER, title TEXT, title_ko TEXT, title_foreign TEXT,"
   " authors TEXT, author_count INTEGER, journal TEXT, volume, issue TEXT, series_no TEXT,"
   " page_first, page_last, page_count, issue_no, year, date TEXT, abstract TEXT,"
   " language TEXT, has_pdf INTEGER, partial INTEGER, type TEXT, journal_ko TEXT,"
   " journal_foreign TEXT, doi TEXT, issn TEXT, eissn TEXT, publisher TEXT, keywords TEXT,"
   " abstract_ko TEXT, abstract_foreign TEXT, received TEXT, accepted TEXT, published TEXT,"
   " url TEXT, source_id TEXT, csl TEXT, source HIDDEN, content HIDDEN)", 37,
   "lit_records(source [, content])"},
  {"lit_authors",
   "CREATE TABLE x(path TEXT, ordinal INTEGER, position INTEGER, name TEXT, family TEXT,"
   " given TEXT, et_al INTEGER, affiliation TEXT, name_ko TEXT, name_latin TEXT,"
   " source HIDDEN, content HIDDEN)", 10, "lit_authors(source [, content])"},
};

typedef struct lit_vtab {
  sqlite3_vtab base;
  sqlite3 *db;
  lit_kind kind;
} lit_vtab;

typedef struct lit_cursor {
  sqlite3_vtab_cursor base;
  char **paths;            /* documents to read, in order */
  int nPath, nAlloc;
  char *readError;         /* why the loaded document could not be read, or NULL */
  int iPath;               /* index of the loaded document, -1 before the first */
  unsigned char *content;  /* the content argument, copied; NULL when reading files */
  sqlite3_int64 nContent;
  sqlite3_int64 nBytes;    /* bytes of the loaded document */
  kt_text text;
  lit_document doc;
  char **keys;             /* citation keys of doc's records, made on the first csl read */
  int iRec, iAuthor;       /* the current row within the loaded document */
  sqlite3_int64 rowid;
  int eof;
} lit_cursor;

static const char *table_name(sqlite3_vtab_cursor *c){
  return lit_tables[((lit_vtab*)c->pVtab)->kind].name;
}

/* Sets the statement's error message (the previous one is freed first). */
static int cursor_error(lit_cursor *cur, int rc, const char *fmt, ...){
  sqlite3_vtab *v = cur->base.pVtab;
  va_list ap;
  va_start(ap, fmt);
  char *msg = sqlite3_vmprintf(fmt, ap);
  va_end(ap);
  sqlite3_free(v->zErrMsg);
  v->zErrMsg = msg ? sqlite3_mprintf("%s: %s", table_name(&cur->base), msg) : 0;
  sqlite3_free(msg);
  return msg ? rc : SQLITE_NOMEM;
}

static int lit_connect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                       sqlite3_vtab **ppVtab, char **pzErr){
  (void)argc; (void)argv; (void)pzErr;
  lit_kind kind = (lit_kind)(size_t)pAux;
  int rc = sqlite3_declare_vtab(db, lit_tables[kind].schema);
  if( rc != SQLITE_OK ) return rc;
  rc = sqlite3_vtab_config(db, SQLITE_VTAB_DIRECTONLY);
  if( rc != SQLITE_OK ) return rc;
  lit_vtab *v = sqlite3_malloc(sizeof *v);
  if( !v ) return SQLITE_NOMEM;
  memset(v, 0, sizeof *v);
  v->db = db;
  v->kind = kind;
  *ppVtab = &v->base;
  return SQLITE_OK;
}

/* The plan (ext/sql_tvf.c): idxNum bit 0 = source given (argv[0]),
** bit 1 = content given (argv[1]). */
static int lit_best_index(sqlite3_vtab *pVtab, sqlite3_index_info *info){
  return kolit_tvf_best_index(info, lit_tables[((lit_vtab*)pVtab)->kind].nCol, 2, 1);
}

static int lit_open(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor){
  (void)pVtab;
  lit_cursor *cur = sqlite3_malloc(sizeof *cur);
  if( !cur ) return SQLITE_NOMEM;
  memset(cur, 0, sizeof *cur);
  cur->eof = 1;
  *ppCursor = &cur->base;
  return SQLITE_OK;
}

static void unload_document(lit_cursor *cur){
  lit_cite_keys_free(cur->keys, cur->doc.n_rec);
  cur->keys = 0;
  lit_document_free(&cur->doc);
  kt_text_free(&cur->text);
  memset(&cur->doc, 0, sizeof cur->doc);
  sqlite3_free(cur->readError);
  cur->readError = 0;
}

static void reset_cursor(lit_cursor *cur){
  unload_document(cur);
  for(int i = 0; i < cur->nPath; i++) sqlite3_free(cur->paths[i]);
  sqlite3_free(cur->paths);
  sqlite3_free(cur->content);
  cur->paths = 0;
  cur->nPath = cur->nAlloc = 0;
  cur->content = 0;
  cur->nContent = 0;
  cur->iPath = -1;
  cur->rowid = 0;
  cur->eof = 1;
}

static int lit_close(sqlite3_vtab_cursor *pCur){
  reset_cursor((lit_cursor*)pCur);
  sqlite3_free(pCur);
  return SQLITE_OK;
}

/* Appends a copy of path (zPath of nPath bytes, -1 for strlen). */
static int add_path(lit_cursor *cur, const char *zPath){
  if( cur->nPath == cur->nAlloc ){
    int n = cur->nAlloc ? cur->nAlloc * 2 : 16;
    char **p = sqlite3_realloc64(cur->paths, sizeof(char*) * (sqlite3_uint64)n);
    if( !p ) return SQLITE_NOMEM;
    cur->paths = p;
    cur->nAlloc = n;
  }
  char *z = sqlite3_mprintf("%s", zPath);
  if( !z ) return SQLITE_NOMEM;
  cur->paths[cur->nPath++] = z;
  return SQLITE_OK;
}

/* The directories being read, from the source down: a directory already on
** this stack (reached again through a symbolic link) is not read twice. */
typedef struct dir_stack { dev_t dev; ino_t ino; const struct dir_stack *up; } dir_stack;

/* The length of dir without trailing '/' and '/.' (keeping a lone '/'). */
static size_t dir_length(const char *dir){
  size_t n = strlen(dir);
  for(;;){
    if( n > 1 && dir[n-1] == '/' ){ n--; continue; }
    if( n > 2 && dir[n-1] == '.' && dir[n-2] == '/' ){ n -= 2; continue; }
    if( n == 1 && dir[0] == '.' ) return 0;  /* "./" -> names alone, as "." gives */
    return n;
  }
}

/* Adds the regular files below dir, recursively, skipping names that start
** with a dot. Order is fixed later by sorting all paths. A name that cannot
** be looked at (a broken link, a file that vanished) is added anyway: reading
** it gives its document row the reason. */
static int add_directory(lit_cursor *cur, const char *dir, const struct stat *dst, const dir_stack *up){
  for(const dir_stack *s = up; s; s = s->up){
    if( s->dev == dst->st_dev && s->ino == dst->st_ino ) return SQLITE_OK;
  }
  dir_stack here = { dst->st_dev, dst->st_ino, up };
  DIR *d = opendir(dir);
  if( !d ){
    if( up ) return add_path(cur, dir);  /* inside a folder: a row with its error */
    return cursor_error(cur, SQLITE_ERROR, "cannot read directory '%s': %s", dir, strerror(errno));
  }
  int rc = SQLITE_OK;
  size_t n = dir_length(dir);
  struct dirent *e;
  while( rc == SQLITE_OK && (e = readdir(d)) != 0 ){
    if( e->d_name[0] == '.' ) continue;
    char *child = n == 0 ? sqlite3_mprintf("%s", e->d_name)
                : n == 1 && dir[0] == '/' ? sqlite3_mprintf("/%s", e->d_name)
                : sqlite3_mprintf("%.*s/%s", (int)n, dir, e->d_name);
    if( !child ){ rc = SQLITE_NOMEM; break; }
    struct stat st;
    if( stat(child, &st) != 0 ){
      rc = add_path(cur, child);
    }else if( S_ISDIR(st.st_mode) ){
      rc = add_directory(cur, child, &st, &here);
    }else if( S_ISREG(st.st_mode) ){
      rc = add_path(cur, child);
    }
    sqlite3_free(child);
  }
  closedir(d);
  return rc;
}

static int compare_paths(const void *a, const void *b){
  return strcmp(*(char *const*)a, *(char *const*)b);
}

/* Expands source into cur->paths: an existing file or directory is taken as
** it is (a name may contain glob characters); otherwise a pattern with glob
** characters is a glob, and anything else is a missing file. */
static int expand_source(lit_cursor *cur, const char *source){
  struct stat st;
  int rc;
  if( stat(source, &st) == 0 ){
    if( S_ISDIR(st.st_mode) ){
      rc = add_directory(cur, source, &st, 0);
    }else if( S_ISREG(st.st_mode) ){
      rc = add_path(cur, source);
    }else{
      rc = cursor_error(cur, SQLITE_ERROR, "'%s' is not a regular file or a directory", source);
    }
  }else if( strpbrk(source, "*?[") ){
    glob_t g;
    int grc = glob(source, 0, NULL, &g);
    if( grc == GLOB_NOMATCH ) return SQLITE_OK;
    if( grc != 0 ){
      globfree(&g);
      return grc == GLOB_NOSPACE ? SQLITE_NOMEM
           : cursor_error(cur, SQLITE_ERROR, "cannot expand '%s': read error", source);
    }
    rc = SQLITE_OK;
    for(size_t i = 0; rc == SQLITE_OK && i < g.gl_pathc; i++){
      /* glob() lists a broken link too: a row with its error */
      if( stat(g.gl_pathv[i], &st) != 0 ) rc = add_path(cur, g.gl_pathv[i]);
      else if( S_ISDIR(st.st_mode) ) rc = add_directory(cur, g.gl_pathv[i], &st, 0);
      else if( S_ISREG(st.st_mode) ) rc = add_path(cur, g.gl_pathv[i]);
    }
    globfree(&g);
  }else{
    rc = cursor_error(cur, SQLITE_ERROR, "cannot read '%s': %s", source, strerror(errno));
  }
  if( rc == SQLITE_OK && cur->nPath > 1 ){
    qsort(cur->paths, (size_t)cur->nPath, sizeof(char*), compare_paths);
  }
  return rc;
}

/* Why path cannot be read, from errno e, in cur->readError: a broken link
** says where it points. Returns SQLITE_OK, or SQLITE_NOMEM. */
static int read_error(lit_cursor *cur, const char *path, int e){
  char target[512];
  ssize_t k = e == ENOENT ? readlink(path, target, sizeof target - 1) : -1;
  if( k >= 0 ){
    target[k] = 0;
    cur->readError = sqlite3_mprintf("cannot read: a symbolic link to '%s', which does not exist", target);
  }else{
    cur->readError = sqlite3_mprintf("cannot read: %s", strerror(e));
  }
  return cur->readError ? SQLITE_OK : SQLITE_NOMEM;
}

/* Reads a whole file into a buffer from sqlite3_malloc64. A file that cannot
** be opened or read leaves *pBuf NULL and the reason in cur->readError (the
** document's row reports it); a file over the length limits fails the
** statement. */
static int read_file(lit_cursor *cur, const char *path, unsigned char **pBuf, sqlite3_int64 *pn){
  sqlite3 *db = ((lit_vtab*)cur->base.pVtab)->db;
  *pBuf = 0;
  *pn = 0;
  FILE *f = fopen(path, "rb");
  if( !f ) return read_error(cur, path, errno);
  struct stat st;
  if( fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode) ){
    int e = S_ISDIR(st.st_mode) ? EISDIR : errno;
    fclose(f);
    return read_error(cur, path, e);
  }
  sqlite3_int64 limit = sqlite3_limit(db, SQLITE_LIMIT_LENGTH, -1);
  sqlite3_int64 n = (sqlite3_int64)st.st_size;
  if( n > limit || (sqlite3_uint64)n > KT_MAX_INPUT ){
    fclose(f);
    if( n > limit ){
      return cursor_error(cur, SQLITE_TOOBIG, "'%s' is %lld bytes, over SQLite's length limit of %lld bytes",
                          path, n, limit);
    }
    return cursor_error(cur, SQLITE_TOOBIG, "'%s' is %lld bytes, over kolit's limit of %lld bytes",
                        path, n, (sqlite3_int64)KT_MAX_INPUT);
  }
  unsigned char *buf = sqlite3_malloc64((sqlite3_uint64)n + 1);
  if( !buf ){ fclose(f); return SQLITE_NOMEM; }
  size_t got = fread(buf, 1, (size_t)n, f);
  int bad = ferror(f), e = errno;
  fclose(f);
  if( bad || (sqlite3_int64)got != n ){
    sqlite3_free(buf);
    if( bad ) return read_error(cur, path, e);
    cur->readError = sqlite3_mprintf("cannot read: the file changed size while being read");
    return cur->readError ? SQLITE_OK : SQLITE_NOMEM;
  }
  *pBuf = buf;
  *pn = n;
  return SQLITE_OK;
}

/* Loads document i (a file, or the content argument): decode, then parse. */
static int load_document(lit_cursor *cur, int i){
  unload_document(cur);
  cur->iPath = i;
  cur->iRec = 0;
  cur->iAuthor = 0;
  unsigned char *buf = cur->content;
  sqlite3_int64 n = cur->nContent;
  int rc;
  if( !cur->content ){
    rc = read_file(cur, cur->paths[i], &buf, &n);
    if( rc != SQLITE_OK ) return rc;
    if( cur->readError ){
      cur->nBytes = 0;
      cur->doc.result_count = -1;
      return SQLITE_OK;  /* a document row with the reason, no record */
    }
  }
  cur->nBytes = n;
  char err[200] = "";
  rc = kt_decode(buf, (size_t)n, &cur->text, err, sizeof err);
  if( rc == 0 && cur->text.encoding ){
    rc = lit_parse(cur->text.text, cur->text.len, &cur->doc);
    if( rc != 0 ) snprintf(err, sizeof err, "out of memory");
  }else if( rc == 0 ){
    /* Not text: a binary reader (a workbook) may know it; else the text
    ** layer's reason is the error. */
    rc = lit_parse_binary(buf, (size_t)n, &cur->doc);
    if( rc != 0 ) snprintf(err, sizeof err, "out of memory");
  }
  /* The parsed document owns copies; the decoded text may point into buf. */
  if( rc == 0 ) kt_text_free(&cur->text);
  if( buf != cur->content ) sqlite3_free(buf);
  if( rc != 0 ){
    if( strcmp(err, "out of memory") == 0 ) return SQLITE_NOMEM;
    return cursor_error(cur, SQLITE_ERROR, "cannot decode '%s': %s", cur->paths[i], err);
  }
  return SQLITE_OK;
}

/* Moves to the next row: the next record or author of the loaded document,
** or the first row of the next document that has one. */
static int advance(lit_cursor *cur){
  lit_kind kind = ((lit_vtab*)cur->base.pVtab)->kind;
  int started = cur->iPath >= 0;
  if( started && kind == LIT_RECORDS ){
    cur->iRec++;
  }else if( started && kind == LIT_AUTHORS ){
    cur->iAuthor++;
  }
  for(;;){
    if( cur->iPath >= 0 ){
      if( kind == LIT_DOCUMENTS && !started ) break;
      if( kind == LIT_RECORDS && cur->iRec < cur->doc.n_rec ) break;
      if( kind == LIT_AUTHORS ){
        while( cur->iRec < cur->doc.n_rec && cur->iAuthor >= cur->doc.rec[cur->iRec].n_author ){
          cur->iRec++;
          cur->iAuthor = 0;
        }
        if( cur->iRec < cur->doc.n_rec ) break;
      }
    }
    if( cur->iPath + 1 >= cur->nPath ){
      unload_document(cur);
      cur->eof = 1;
      return SQLITE_OK;
    }
    int rc = load_document(cur, cur->iPath + 1);
    if( rc != SQLITE_OK ) return rc;
    started = 0;
  }
  cur->rowid++;
  return SQLITE_OK;
}

static int lit_filter(sqlite3_vtab_cursor *pCur, int idxNum, const char *idxStr,
                      int argc, sqlite3_value **argv){
  (void)idxStr; (void)argc;
  lit_cursor *cur = (lit_cursor*)pCur;
  reset_cursor(cur);
  int rc = kolit_tvf_missing(pCur->pVtab, idxNum, 1, "source", lit_tables[((lit_vtab*)pCur->pVtab)->kind].usage);
  if( rc != SQLITE_OK ) return rc;
  const char *source = (const char*)sqlite3_value_text(argv[0]);
  if( !source ){
    if( sqlite3_value_type(argv[0]) != SQLITE_NULL ) return SQLITE_NOMEM;
    return cursor_error(cur, SQLITE_ERROR, "source is NULL: give a file, a directory or a glob");
  }
  if( (idxNum & 2) && sqlite3_value_type(argv[1]) != SQLITE_NULL ){
    int n = sqlite3_value_bytes(argv[1]);
    const void *p = sqlite3_value_blob(argv[1]);
    if( !p && n > 0 ) return SQLITE_NOMEM;
    cur->content = sqlite3_malloc64((sqlite3_uint64)n + 1);
    if( !cur->content ) return SQLITE_NOMEM;
    if( n > 0 ) memcpy(cur->content, p, (size_t)n);
    cur->nContent = n;
    rc = add_path(cur, source);
  }else if( idxNum & 2 ){
    return cursor_error(cur, SQLITE_ERROR, "content is NULL for '%s': pass the document's text or bytes, "
                        "or leave content out to read the file", source);
  }else{
    rc = expand_source(cur, source);
  }
  if( rc != SQLITE_OK ) return rc;
  cur->eof = 0;
  return advance(cur);
}

static int lit_next(sqlite3_vtab_cursor *pCur){
  return advance((lit_cursor*)pCur);
}

static int lit_eof(sqlite3_vtab_cursor *pCur){
  return ((lit_cursor*)pCur)->eof;
}

static int lit_rowid(sqlite3_vtab_cursor *pCur, sqlite_int64 *pRowid){
  *pRowid = ((lit_cursor*)pCur)->rowid;
  return SQLITE_OK;
}

static void result_text(sqlite3_context *ctx, const char *z){
  if( z ) sqlite3_result_text(ctx, z, -1, SQLITE_TRANSIENT);
}

/* Digits (up to 18 of them) become an integer; anything else stays text. */
static void result_number_or_text(sqlite3_context *ctx, const char *z){
  if( !z ) return;
  size_t n = strlen(z);
  if( n == 0 || n > 18 || strspn(z, "0123456789") != n ){
    sqlite3_result_text(ctx, z, -1, SQLITE_TRANSIENT);
    return;
  }
  sqlite3_int64 v = 0;
  for(size_t i = 0; i < n; i++) v = v * 10 + (z[i] - '0');
  sqlite3_result_int64(ctx, v);
}

static const char *keyword_at(const void *items, size_t i){ return ((char *const*)items)[i]; }

static int lit_column(sqlite3_vtab_cursor *pCur, sqlite3_context *ctx, int i){
  lit_cursor *cur = (lit_cursor*)pCur;
  const lit_document *d = &cur->doc;
  const char *path = cur->paths[cur->iPath];
  switch( ((lit_vtab*)pCur->pVtab)->kind ){
    case LIT_DOCUMENTS:
      switch( i ){
        case 0: result_text(ctx, path); break;
        case 1: result_text(ctx, lit_format_name(d->format)); break;
        case 2: result_text(ctx, d->series); break;
        case 3: result_text(ctx, d->query); break;
        case 4: if( d->result_count >= 0 ) sqlite3_result_int64(ctx, d->result_count); break;
        case 5: sqlite3_result_int(ctx, d->n_rec); break;
        case 6: result_text(ctx, cur->text.encoding); break;
        case 7: sqlite3_result_int64(ctx, cur->nBytes); break;
        case 8:
          if( cur->readError ) result_text(ctx, cur->readError);
          else result_text(ctx, cur->text.encoding || d->format != LIT_FORMAT_UNKNOWN || d->error ? d->error : cur->text.reason);
          break;
      }
      break;
    case LIT_RECORDS: {
      const lit_record *r = &d->rec[cur->iRec];
      switch( i ){
        case 0: result_text(ctx, path); break;
        case 1: sqlite3_result_int(ctx, r->ordinal); break;
        case 2: result_text(ctx, r->title); break;
        case 3: result_text(ctx, r->title_ko); break;
        case 4: result_text(ctx, r->title_foreign); break;
        case 5: result_text(ctx, r->authors); break;
        case 6: sqlite3_result_int(ctx, r->n_author); break;
        case 7: result_text(ctx, r->journal); break;
        case 8: result_number_or_text(ctx, r->volume); break;
        case 9: result_text(ctx, r->issue); break;
        case 10: result_text(ctx, r->series_no); break;
        case 11: result_number_or_text(ctx, r->page_first); break;
        case 12: result_number_or_text(ctx, r->page_last); break;
        case 13: result_number_or_text(ctx, r->page_count); break;
        case 14: result_number_or_text(ctx, r->issue_no); break;
        case 15: result_number_or_text(ctx, r->year); break;
        case 16: result_text(ctx, r->date); break;
        case 17: result_text(ctx, r->abstract); break;
        case 18: result_text(ctx, r->language); break;
        case 19: sqlite3_result_int(ctx, r->has_pdf); break;
        case 20: sqlite3_result_int(ctx, r->partial); break;
        case 21: result_text(ctx, r->type); break;
        case 22: result_text(ctx, r->journal_ko); break;
        case 23: result_text(ctx, r->journal_foreign); break;
        case 24: result_text(ctx, r->doi); break;
        case 25: result_text(ctx, r->issn); break;
        case 26: result_text(ctx, r->eissn); break;
        case 27: result_text(ctx, r->publisher); break;
        case 28:
          if( r->n_keyword ){
            char *json = kolit_json_array(r->keyword, (size_t)r->n_keyword, keyword_at);
            if( !json ) return SQLITE_NOMEM;
            sqlite3_result_text(ctx, json, -1, sqlite3_free);
          }
          break;
        case 29: result_text(ctx, r->abstract_ko); break;
        case 30: result_text(ctx, r->abstract_foreign); break;
        case 31: result_text(ctx, r->received); break;
        case 32: result_text(ctx, r->accepted); break;
        case 33: result_text(ctx, r->published); break;
        case 34: result_text(ctx, r->url); break;
        case 35: result_text(ctx, r->source_id); break;
        case 36: {
          if( !cur->keys ){
            cur->keys = lit_cite_keys(d);
            if( !cur->keys ) return SQLITE_NOMEM;
          }
          char *csl = lit_csl_item(r, cur->keys[cur->iRec]);
          if( !csl ) return SQLITE_NOMEM;
          sqlite3_result_text(ctx, csl, -1, SQLITE_TRANSIENT);
          free(csl);
          break;
        }
      }
      break;
    }
    case LIT_AUTHORS: {
      const lit_record *r = &d->rec[cur->iRec];
      const lit_author *a = &r->author[cur->iAuthor];
      switch( i ){
        case 0: result_text(ctx, path); break;
        case 1: sqlite3_result_int(ctx, r->ordinal); break;
        case 2: sqlite3_result_int(ctx, cur->iAuthor + 1); break;
        case 3: result_text(ctx, a->name); break;
        case 4: result_text(ctx, a->family); break;
        case 5: result_text(ctx, a->given); break;
        case 6: sqlite3_result_int(ctx, a->et_al); break;
        case 7: result_text(ctx, a->affiliation); break;
        case 8: result_text(ctx, a->name_ko); break;
        case 9: result_text(ctx, a->name_latin); break;
      }
      break;
    }
  }
  return SQLITE_OK;
}

static sqlite3_module lit_module = {
  0,                /* iVersion */
  0,                /* xCreate: eponymous only */
  lit_connect,
  lit_best_index,
  kolit_tvf_disconnect,
  0,                /* xDestroy */
  lit_open,
  lit_close,
  lit_filter,
  lit_next,
  lit_eof,
  lit_column,
  lit_rowid,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
};

/* ---- lit_source ----------------------------------------------------- */

/* realpath() of path into a string from sqlite3_malloc (NULL and errno set
** when it fails; errno ENOMEM when out of memory). */
static char *real_path(const char *path){
  char *r = realpath(path, 0);
  if( !r ) return 0;
  char *z = sqlite3_mprintf("%s", r);
  free(r);
  if( !z ) errno = ENOMEM;
  return z;
}

static void source_error(sqlite3_context *ctx, int e, const char *fmt, const char *source){
  if( e == ENOMEM ){ sqlite3_result_error_nomem(ctx); return; }
  char *msg = sqlite3_mprintf(fmt, source, strerror(e));
  if( !msg ){ sqlite3_result_error_nomem(ctx); return; }
  sqlite3_result_error(ctx, msg, -1);
  sqlite3_free(msg);
}

/* 1 when directory dir (of stat st) holds a regular file, or a name that
** cannot be looked at (a row of its own), at any depth; 0 when none; -1 when
** it cannot be read. */
static int holds_file(const char *dir, const struct stat *dst, const dir_stack *up){
  for(const dir_stack *s = up; s; s = s->up){
    if( s->dev == dst->st_dev && s->ino == dst->st_ino ) return 0;
  }
  dir_stack here = { dst->st_dev, dst->st_ino, up };
  DIR *d = opendir(dir);
  if( !d ) return up ? 1 : -1;
  int found = 0;
  struct dirent *e;
  while( !found && (e = readdir(d)) != 0 ){
    if( e->d_name[0] == '.' ) continue;
    char *child = sqlite3_mprintf("%s/%s", dir, e->d_name);
    if( !child ){ found = -2; break; }
    struct stat st;
    if( stat(child, &st) != 0 || S_ISREG(st.st_mode) ) found = 1;
    else if( S_ISDIR(st.st_mode) ) found = holds_file(child, &st, &here);
    sqlite3_free(child);
  }
  closedir(d);
  return found;
}

static void lit_source_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  (void)argc;
  if( sqlite3_value_type(argv[0]) == SQLITE_NULL ) return;
  const char *source = (const char*)sqlite3_value_text(argv[0]);
  if( !source ){ sqlite3_result_error_nomem(ctx); return; }
  if( source[0] == 0 ){
    sqlite3_result_error(ctx, "lit_source: the source is empty: give a file, a directory or a glob", -1);
    return;
  }
  struct stat st;
  char *key = 0;
  if( stat(source, &st) == 0 ){
    if( !S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode) ){
      source_error(ctx, 0, "lit_source: '%s' is not a regular file or a directory", source);
      return;
    }
    key = real_path(source);
    if( !key ){ source_error(ctx, errno, "lit_source: cannot resolve '%s': %s", source); return; }
    if( S_ISDIR(st.st_mode) ){
      int found = holds_file(key, &st, 0);
      if( found == -2 ){ sqlite3_free(key); sqlite3_result_error_nomem(ctx); return; }
      if( found <= 0 ){
        sqlite3_free(key);
        source_error(ctx, 0, found < 0 ? "lit_source: cannot read directory '%s'"
                                       : "lit_source: '%s' holds no file to read", source);
        return;
      }
    }
  }else if( strpbrk(source, "*?[") ){
    /* The folder part before the first pattern character is resolved; the
    ** rest of the pattern is kept as written. */
    size_t cut = 0;
    for(size_t i = 0; i < (size_t)(strpbrk(source, "*?[") - source); i++) if( source[i] == '/' ) cut = i + 1;
    char *dir = cut ? sqlite3_mprintf("%.*s", (int)cut, source) : sqlite3_mprintf(".");
    if( !dir ){ sqlite3_result_error_nomem(ctx); return; }
    char *real = real_path(dir);
    int e = errno;
    sqlite3_free(dir);
    if( !real ){ source_error(ctx, e, "lit_source: cannot resolve the folder of '%s': %s", source); return; }
    key = sqlite3_mprintf("%s%s%s", real, strcmp(real, "/") ? "/" : "", source + cut);
    sqlite3_free(real);
    if( !key ){ sqlite3_result_error_nomem(ctx); return; }
    glob_t g;
    int grc = glob(key, 0, NULL, &g);
    globfree(&g);
    if( grc != 0 ){
      sqlite3_free(key);
      if( grc == GLOB_NOSPACE ){ sqlite3_result_error_nomem(ctx); return; }
      source_error(ctx, 0, "lit_source: nothing matches '%s'", source);
      return;
    }
  }else{
    source_error(ctx, errno, "lit_source: cannot read '%s': %s", source);
    return;
  }
  sqlite3_result_text(ctx, key, -1, sqlite3_free);
}

int kolit_register_documents(sqlite3 *db, char **pzErr){
  (void)pzErr;
  int rc = sqlite3_create_function(db, "lit_source", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, 0,
                                   lit_source_func, 0, 0);
  if( rc != SQLITE_OK ) return rc;
  for(size_t k = 0; k < sizeof(lit_tables)/sizeof(lit_tables[0]); k++){
    rc = sqlite3_create_module(db, lit_tables[k].name, &lit_module, (void*)k);
    if( rc != SQLITE_OK ) return rc;
  }
  return SQLITE_OK;
}
