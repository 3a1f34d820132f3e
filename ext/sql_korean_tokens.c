/*
** korean_tokens(text [, options]): what the korean tokenizer emits.
** korean_query(text): a MATCH expression from what a person types.
**
**   SELECT token, start, end, position, colocated FROM korean_tokens('클러스터정책은');
**   -- 클러스터|0|12|0|0
**   -- 정책|12|18|1|0
**   SELECT * FROM korean_tokens('地域産業', 'choseong 1');
**   SELECT korean_query('클러스터정책 ㅋㄹㅅㅌ 클러스ㅌ');
**   -- "클러스터 정책" "ㅋㄹㅅㅌ" "클러스"*
**
** korean_tokens behaves like
**   CREATE TABLE korean_tokens(token TEXT, start INT, "end" INT, position INT,
**     colocated INT, text HIDDEN, options HIDDEN);
** start and end are byte offsets into text (end exclusive); position is the
** FTS5 token position (colocated tokens share the position of the token before
** them); options are the tokenizer's, written the same way ('choseong 1 hanja 0',
** 'userdict my_words'). Tokens are those of the document side.
**
** korean_query(text) is kq_build() of ext/search/query.c, which documents the
** language: words (ANDed), OR, AND, NOT, "phrases", parentheses, column:
** filters, prefixes (클러스* and 클러스ㅌ); each word an OR of the ways a
** document may write it (glued to its neighbour or cut in two). Text with
** nothing searchable gives "" (matches no row); NULL gives NULL.
** korean_query(text, vocabulary): words that are a term of a concept of the
** vocabulary ('cluster_policy' or a table or view of concept, term, as for
** keywords()) become an OR of every term of that concept.
*/
#include "sql_glue.h"
#include "korean/korean.h"
#include "search/query.h"
#include "tag/vocab.h"
#include <stdlib.h>
#include <string.h>

/* ---- collecting tokens into memory ---- */
typedef struct TokRow { int off, n, start, end, pos, colocated; } TokRow;
typedef struct TokList {
  TokRow *rows; int nrows, caprows;
  char *text; int ntext, captext;
  int pos;
} TokList;

static void toklist_free(TokList *l){
  sqlite3_free(l->rows);
  sqlite3_free(l->text);
  memset(l, 0, sizeof *l);
}

static int toklist_add(void *ctx, int flags, const char *tok, int n, int start, int end){
  TokList *l = ctx;
  if( l->nrows == l->caprows ){
    int cap = l->caprows ? l->caprows * 2 : 32;
    TokRow *r = sqlite3_realloc64(l->rows, sizeof(TokRow) * (sqlite3_uint64)cap);
    if( r == 0 ) return SQLITE_NOMEM;
    l->rows = r;
    l->caprows = cap;
  }
  if( l->ntext + n > l->captext ){
    int cap = l->captext ? l->captext * 2 : 256;
    while( cap < l->ntext + n ) cap *= 2;
    char *t = sqlite3_realloc64(l->text, (sqlite3_uint64)cap);
    if( t == 0 ) return SQLITE_NOMEM;
    l->text = t;
    l->captext = cap;
  }
  if( !(flags & KR_COLOCATED) && l->nrows > 0 ) l->pos++;
  TokRow *r = &l->rows[l->nrows++];
  r->off = l->ntext;
  r->n = n;
  r->start = start;
  r->end = end;
  r->pos = l->pos;
  r->colocated = (flags & KR_COLOCATED) != 0;
  memcpy(l->text + l->ntext, tok, (size_t)n);
  l->ntext += n;
  return SQLITE_OK;
}

/* ---- korean_tokens ---- */
typedef struct TokVtab { sqlite3_vtab base; sqlite3 *db; } TokVtab;
typedef struct TokCursor { sqlite3_vtab_cursor base; TokList list; int i; } TokCursor;

enum { COL_TOKEN, COL_START, COL_END, COL_POSITION, COL_COLOCATED, COL_TEXT, COL_OPTIONS };

static int tok_connect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                       sqlite3_vtab **ppVtab, char **pzErr){
  (void)pAux; (void)argc; (void)argv; (void)pzErr;
  int rc = sqlite3_declare_vtab(db,
      "CREATE TABLE x(token TEXT, start INT, \"end\" INT, position INT, colocated INT,"
      " text HIDDEN, options HIDDEN)");
  if( rc != SQLITE_OK ) return rc;
  /* pure: usable from views and triggers even when the schema is untrusted */
  rc = sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  if( rc != SQLITE_OK ) return rc;
  TokVtab *v = sqlite3_malloc(sizeof *v);
  if( v == 0 ) return SQLITE_NOMEM;
  memset(v, 0, sizeof *v);
  v->db = db;
  *ppVtab = &v->base;
  return SQLITE_OK;
}

/* The plan (ext/sql_tvf.c): idxNum bit 0 = text given (argv[0]), bit 1 =
** options given (argv[1]). */
static int tok_best_index(sqlite3_vtab *p, sqlite3_index_info *info){
  (void)p;
  return kolit_tvf_best_index(info, COL_TEXT, 2, 1);
}

static int tok_open(sqlite3_vtab *p, sqlite3_vtab_cursor **pp){
  (void)p;
  TokCursor *c = sqlite3_malloc(sizeof *c);
  if( c == 0 ) return SQLITE_NOMEM;
  memset(c, 0, sizeof *c);
  *pp = &c->base;
  return SQLITE_OK;
}

static int tok_close(sqlite3_vtab_cursor *p){
  TokCursor *c = (TokCursor *)p;
  toklist_free(&c->list);
  sqlite3_free(c);
  return SQLITE_OK;
}

/* Splits an options string at ASCII spaces into at most 16 words, in buf. */
static int split_options(char *buf, const char **az){
  int n = 0;
  char *s = buf;
  while( *s && n < 16 ){
    while( *s == ' ' || *s == '\t' || *s == '\n' ) *s++ = 0;
    if( *s == 0 ) break;
    az[n++] = s;
    while( *s && *s != ' ' && *s != '\t' && *s != '\n' ) s++;
  }
  return n;
}

static int tok_filter(sqlite3_vtab_cursor *p, int idxNum, const char *idxStr, int argc, sqlite3_value **argv){
  (void)idxStr;
  TokCursor *c = (TokCursor *)p;
  TokVtab *v = (TokVtab *)p->pVtab;
  toklist_free(&c->list);
  c->i = 0;
  int rc = kolit_tvf_missing(p->pVtab, idxNum, 1, "text", "korean_tokens(text [, options])");
  if( rc != SQLITE_OK ) return rc;
  const char *text = (const char *)sqlite3_value_text(argv[0]);
  int ntext = sqlite3_value_bytes(argv[0]);
  if( text == 0 ){
    return sqlite3_value_type(argv[0]) == SQLITE_NULL ? SQLITE_OK : SQLITE_NOMEM;
  }
  kr_config cfg;
  kr_userdict *user = 0;
  char *zErr = 0;
  const char *az[16];
  int naz = 0;
  char *opts = 0;
  if( (idxNum & 2) && argc >= 2 && sqlite3_value_type(argv[1]) != SQLITE_NULL ){
    opts = sqlite3_mprintf("%s", (const char *)sqlite3_value_text(argv[1]));
    if( opts == 0 ) return SQLITE_NOMEM;
    naz = split_options(opts, az);
  }
  rc = kolit_korean_options(v->db, az, naz, &cfg, &user, &zErr);
  sqlite3_free(opts);
  if( rc != SQLITE_OK ){
    sqlite3_free(v->base.zErrMsg);
    v->base.zErrMsg = zErr;
    return rc;
  }
  /* the tokenizer holds ~2 KB of buffers: on the heap, not the stack */
  kr_tokenizer *t = sqlite3_malloc(sizeof *t);
  if( t == 0 ){ kr_userdict_free(user); return SQLITE_NOMEM; }
  kr_tokenizer_init(t, &cfg);
  rc = kr_tokenize(t, KR_DOCUMENT, text, ntext, &c->list, toklist_add);
  sqlite3_free(t);
  kr_userdict_free(user);
  return rc;
}

static int tok_next(sqlite3_vtab_cursor *p){
  ((TokCursor *)p)->i++;
  return SQLITE_OK;
}

static int tok_eof(sqlite3_vtab_cursor *p){
  TokCursor *c = (TokCursor *)p;
  return c->i >= c->list.nrows;
}

static int tok_column(sqlite3_vtab_cursor *p, sqlite3_context *ctx, int col){
  TokCursor *c = (TokCursor *)p;
  const TokRow *r = &c->list.rows[c->i];
  switch( col ){
    case COL_TOKEN: sqlite3_result_text(ctx, c->list.text + r->off, r->n, SQLITE_TRANSIENT); break;
    case COL_START: sqlite3_result_int(ctx, r->start); break;
    case COL_END: sqlite3_result_int(ctx, r->end); break;
    case COL_POSITION: sqlite3_result_int(ctx, r->pos); break;
    case COL_COLOCATED: sqlite3_result_int(ctx, r->colocated); break;
    default: break;   /* hidden arguments read back as NULL */
  }
  return SQLITE_OK;
}

static int tok_rowid(sqlite3_vtab_cursor *p, sqlite_int64 *pRowid){
  *pRowid = ((TokCursor *)p)->i + 1;
  return SQLITE_OK;
}

static sqlite3_module korean_tokens_module = {
  0, 0, tok_connect, tok_best_index, kolit_tvf_disconnect, 0, tok_open, tok_close,
  tok_filter, tok_next, tok_eof, tok_column, tok_rowid,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
};

/* ---- korean_query ---- */
/* The parser lives in ext/search/query.c (plain C, malloc); its result is
** copied into SQLite's memory. korean_query(text, vocabulary) takes the
** vocabulary as keywords() does: 'cluster_policy' or a table or view of
** (concept, term), compiled once per statement (auxdata of argument 2). */
static void vocab_free_aux(void *p){ kt_vocab_free(p); }

static void korean_query_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const kt_vocab *v = 0;
  kt_vocab *compiled = 0;   /* compiled here: handed to auxdata at the end */
  if( argc > 1 ){
    char *zErr = 0;
    if( sqlite3_value_type(argv[1]) != SQLITE_TEXT ){
      sqlite3_result_error(ctx, "korean_query: the vocabulary must be a table or view name", -1);
      return;
    }
    const char *name = (const char *)sqlite3_value_text(argv[1]);
    if( name == 0 ){ sqlite3_result_error_nomem(ctx); return; }
    if( strcmp(name, KOLIT_VOCAB_BUILTIN) == 0 ){
      v = kolit_vocab_builtin("korean_query", &zErr);
    }else if( (v = sqlite3_get_auxdata(ctx, 1)) == 0 ){
      v = compiled = kolit_vocab_from_table(sqlite3_context_db_handle(ctx), "korean_query", name, &zErr);
    }
    if( v == 0 ){ kolit_result_error(ctx, zErr); return; }
  }
  const char *text = (const char *)sqlite3_value_text(argv[0]);
  int n = sqlite3_value_bytes(argv[0]);
  if( text == 0 ){
    if( sqlite3_value_type(argv[0]) != SQLITE_NULL ) sqlite3_result_error_nomem(ctx);
  }else{
    char *q = 0;
    int nq = 0;
    if( kq_build(text, n, v, &q, &nq) != 0 ){
      sqlite3_result_error_nomem(ctx);
    }else{
      sqlite3_result_text(ctx, q, nq, SQLITE_TRANSIENT);
      free(q);
    }
  }
  /* last: SQLite may free the vocabulary at once (the next row compiles it again) */
  if( compiled ) sqlite3_set_auxdata(ctx, 1, compiled, vocab_free_aux);
}

int kolit_register_korean_tokens(sqlite3 *db, char **pzErr){
  (void)pzErr;
  int rc = sqlite3_create_module(db, "korean_tokens", &korean_tokens_module, 0);
  if( rc != SQLITE_OK ) return rc;
  rc = sqlite3_create_function(db, "korean_query", 1,
      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, 0, korean_query_func, 0, 0);
  /* reads a table: not from triggers and views, like keywords(text, vocabulary) */
  if( rc == SQLITE_OK ) rc = sqlite3_create_function(db, "korean_query", 2,
      SQLITE_UTF8 | SQLITE_DIRECTONLY, 0, korean_query_func, 0, 0);
  return rc;
}
