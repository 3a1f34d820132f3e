/*
** term_pairs(text [, keywords]): Korean-English term pairs mined from a
** record, so that a library's own terms cross languages in korean_query().
**
**   SELECT * FROM term_pairs('스마트 전문화(smart specialization) 전략은 ...');
**   -- smart specialization|ko|스마트 전문화|parenthesis
**   -- smart specialization|en|smart specialization|parenthesis
**   SELECT * FROM term_pairs(NULL, '["기술이전","산학협력","technology transfer","industry-university cooperation"]');
**   CREATE VIEW library_terms AS
**     SELECT DISTINCT p.concept, p.term FROM records AS r, term_pairs(r.abstract, r.keywords) AS p;
**   SELECT korean_query('smart specialization', 'library_terms');
**
** term_pairs behaves like
**   CREATE TABLE term_pairs(
**     concept  TEXT,     -- the English term, ASCII lower case, single spaces
**     lang     TEXT,     -- 'ko' or 'en'
**     term     TEXT,     -- the term as written
**     source   TEXT,     -- 'parenthesis' (한국어(English) in text) or 'keywords'
**     text     HIDDEN,   -- argument 1 (required; NULL for none)
**     keywords HIDDEN    -- argument 2: a JSON array of keywords in both languages
**   );
** two rows per pair, Korean first, pairs in text order, then in list order.
** The rules are in ext/search/mine.h. Pure: usable from views and triggers.
*/
#include "sql_glue.h"
#include "korean/korean.h"
#include "search/mine.h"
#include <stdlib.h>
#include <string.h>

enum { TP_CONCEPT, TP_LANG, TP_TERM, TP_SOURCE, TP_TEXT, TP_KEYWORDS };

typedef struct tp_row { int concept, term; char ko, parenthesis; } tp_row;

typedef struct tp_cursor {
  kolit_tvf_cursor base;     /* rows: tp_row (malloc) */
  char *buf; int nbuf, capbuf;   /* the strings of the rows, NUL-terminated */
  size_t caprows;
  int parenthesis;           /* the source of the pairs being added */
} tp_cursor;

static int tp_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                      sqlite3_vtab **ppVtab, char **pzErr){
  (void)aux; (void)argc; (void)argv; (void)pzErr;
  return kolit_tvf_connect(db, "CREATE TABLE x(concept TEXT, lang TEXT, term TEXT, source TEXT, "
                               "text HIDDEN, keywords HIDDEN)",
                           SQLITE_VTAB_INNOCUOUS, sizeof(tp_cursor), ppVtab);
}

/* idxNum: bit 0 = text given, bit 1 = keywords given (kolit_tvf_best_index). */
static int tp_best_index(sqlite3_vtab *v, sqlite3_index_info *info){
  (void)v;
  return kolit_tvf_best_index(info, TP_TEXT, 2, 1);
}

static int tp_close(sqlite3_vtab_cursor *cur){
  tp_cursor *c = (tp_cursor *)cur;
  free(c->buf);
  return kolit_tvf_close(cur);
}

/* Appends s[0..n) and a NUL to the strings; returns its offset or -1. */
static int tp_str(tp_cursor *c, const char *s, int n){
  if( c->nbuf + n + 1 > c->capbuf ){
    int cap = c->capbuf ? c->capbuf * 2 : 1024;
    while( cap < c->nbuf + n + 1 ) cap *= 2;
    char *b = realloc(c->buf, (size_t)cap);
    if( b == 0 ) return -1;
    c->buf = b;
    c->capbuf = cap;
  }
  int off = c->nbuf;
  memcpy(c->buf + off, s, (size_t)n);
  c->buf[off + n] = 0;
  c->nbuf += n + 1;
  return off;
}

static int tp_pair(void *ctx, const char *ko, int nko, const char *en, int nen){
  tp_cursor *c = ctx;
  if( c->base.n + 2 > c->caprows ){
    size_t cap = c->caprows ? c->caprows * 2 : 16;
    tp_row *r = realloc(c->base.rows, cap * sizeof(tp_row));
    if( r == 0 ) return SQLITE_NOMEM;
    c->base.rows = r;
    c->caprows = cap;
  }
  char *folded = malloc((size_t)nen + 1);
  if( folded == 0 ) return SQLITE_NOMEM;
  int nf = kq_concept_of(en, nen, folded);
  int concept = tp_str(c, folded, nf);
  free(folded);
  int k = tp_str(c, ko, nko), e = tp_str(c, en, nen);
  if( concept < 0 || k < 0 || e < 0 ) return SQLITE_NOMEM;
  tp_row *r = (tp_row *)c->base.rows + c->base.n;
  r[0].concept = r[1].concept = concept;
  r[0].term = k; r[0].ko = 1;
  r[1].term = e; r[1].ko = 0;
  r[0].parenthesis = r[1].parenthesis = (char)c->parenthesis;
  c->base.n += 2;
  return SQLITE_OK;
}

/* The keywords of a JSON array (its string items), mined as two lists. */
static int tp_keywords(tp_cursor *c, sqlite3 *db, sqlite3_value *json, char **pzErr){
  sqlite3_stmt *st = 0;
  int rc = sqlite3_prepare_v2(db, "SELECT value FROM json_each(?1) WHERE type = 'text'", -1, &st, 0);
  if( rc != SQLITE_OK ) return rc;
  rc = sqlite3_bind_value(st, 1, json);
  const char **items = 0;
  int *len = 0, n = 0, cap = 0;
  char *store = 0;
  while( rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW ){
    const char *v = (const char *)sqlite3_column_text(st, 0);
    int nv = sqlite3_column_bytes(st, 0);
    if( v == 0 ){ rc = SQLITE_NOMEM; break; }
    if( n == cap ){
      cap = cap ? cap * 2 : 16;
      const char **ni = realloc(items, sizeof(char *) * (size_t)cap);
      if( ni ) items = ni;
      int *nl = realloc(len, sizeof(int) * (size_t)cap);
      if( nl ) len = nl;
      if( ni == 0 || nl == 0 ){ rc = SQLITE_NOMEM; break; }
    }
    /* the values live in one growing buffer; items take offsets first */
    size_t used = 0;
    for(int i = 0; i < n; i++) used += (size_t)len[i] + 1;
    char *ns = realloc(store, used + (size_t)nv + 1);
    if( ns == 0 ){ rc = SQLITE_NOMEM; break; }
    store = ns;
    memcpy(store + used, v, (size_t)nv);
    store[used + (size_t)nv] = 0;
    len[n++] = nv;
    rc = SQLITE_OK;
  }
  if( rc == SQLITE_DONE ) rc = SQLITE_OK;
  if( rc != SQLITE_OK && rc != SQLITE_NOMEM ){
    *pzErr = sqlite3_mprintf("term_pairs: keywords must be a JSON array: %s", sqlite3_errmsg(db));
  }
  sqlite3_finalize(st);
  if( rc == SQLITE_OK && n > 0 ){
    size_t used = 0;
    for(int i = 0; i < n; i++){ items[i] = store + used; used += (size_t)len[i] + 1; }
    c->parenthesis = 0;
    rc = kq_mine_lists(items, len, n, c, tp_pair);
  }
  free(items);
  free(len);
  free(store);
  return rc;
}

static int tp_filter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr, int argc, sqlite3_value **argv){
  (void)idxStr;
  tp_cursor *c = (tp_cursor *)cur;
  kolit_tvf_reset(&c->base);
  c->nbuf = 0;
  c->caprows = 0;
  int rc = kolit_tvf_missing(cur->pVtab, idxNum, 1, "text", "term_pairs(text [, keywords])");
  if( rc != SQLITE_OK ) return rc;
  rc = kolit_tvf_text(&c->base, argc, argv);
  if( rc != SQLITE_OK ) return rc;
  if( c->base.text ){
    /* the analyzer holds ~2 KB of buffers: on the heap, not the stack */
    kr_tokenizer *t = malloc(sizeof *t);
    if( t == 0 ) return SQLITE_NOMEM;
    kr_config cfg = { 0, 1, 0 };
    kr_tokenizer_init(t, &cfg);
    c->parenthesis = 1;
    rc = kq_mine_parentheses(t, c->base.text, c->base.ntext, c, tp_pair);
    free(t);
    if( rc != SQLITE_OK ) return rc;
  }
  if( (idxNum & 2) && argc > 1 && sqlite3_value_type(argv[1]) != SQLITE_NULL ){
    char *zErr = 0;
    rc = tp_keywords(c, ((kolit_tvf_vtab *)cur->pVtab)->db, argv[1], &zErr);
    if( zErr ) return kolit_tvf_error(cur->pVtab, zErr);
  }
  return rc;
}

static int tp_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col){
  const tp_cursor *c = (const tp_cursor *)cur;
  const tp_row *r = (const tp_row *)c->base.rows + c->base.i;
  switch( col ){
    case TP_CONCEPT: sqlite3_result_text(ctx, c->buf + r->concept, -1, SQLITE_TRANSIENT); break;
    case TP_LANG: sqlite3_result_text(ctx, r->ko ? "ko" : "en", -1, SQLITE_STATIC); break;
    case TP_TERM: sqlite3_result_text(ctx, c->buf + r->term, -1, SQLITE_TRANSIENT); break;
    case TP_SOURCE: sqlite3_result_text(ctx, r->parenthesis ? "parenthesis" : "keywords", -1, SQLITE_STATIC); break;
    default: break;   /* hidden arguments read back as NULL */
  }
  return SQLITE_OK;
}

static sqlite3_module term_pairs_module = KOLIT_TVF_MODULE(tp_connect, tp_best_index, tp_close, tp_filter, tp_column);

int kolit_register_term_pairs(sqlite3 *db, char **pzErr){
  (void)pzErr;
  return sqlite3_create_module(db, "term_pairs", &term_pairs_module, 0);
}
