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
** korean_query splits what a person types at spaces. Each word becomes the
** phrase of its query-side tokens ("클러스터 정책"); a word whose last syllable
** is only typed as its initial consonant (클러스ㅌ) becomes a prefix phrase of
** the syllables before it ("클러스"*). Words are ANDed. FTS5 syntax in the
** input (quotes, -, :, parentheses, NOT) is only text. NULL when nothing
** searchable is left.
*/
#include "sql_glue.h"
#include "korean/korean.h"
#include "text/utf8.h"
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
typedef struct QueryBuf { sqlite3_str *out; int words, colocated; } QueryBuf;

static int query_token(void *ctx, int flags, const char *tok, int n, int start, int end){
  (void)start; (void)end;
  QueryBuf *q = ctx;
  if( flags & KR_COLOCATED ){ q->colocated = 1; return SQLITE_OK; }
  sqlite3_str_appendf(q->out, q->words++ ? " %.*s" : "%.*s", n, tok);
  return SQLITE_OK;
}

/* Appends the phrase of text[0..n) (query-side tokens) to out, nothing when
** it has no tokens; prefix adds the FTS5 prefix marker. A word whose tokens
** have a colocated alternative (히어로 read as 히어 + 로, and as itself) is
** quoted as typed, so that the table's tokenizer reads both again. Returns
** an SQLite code (SQLITE_NOMEM when the phrase could not be built). */
static int query_phrase(kr_tokenizer *t, sqlite3_str *out, const char *text, int n, int prefix){
  sqlite3_str *words = sqlite3_str_new(0);
  QueryBuf q = { words, 0, 0 };
  kr_tokenize(t, KR_QUERY, text, n, &q, query_token);
  int rc = sqlite3_str_errcode(words);
  char *z = sqlite3_str_finish(words);
  if( rc == SQLITE_OK && q.words > 0 && z ){
    if( sqlite3_str_length(out) ) sqlite3_str_appendchar(out, 1, ' ');
    if( q.colocated ){
      sqlite3_str_appendchar(out, 1, '"');
      for(int i = 0; i < n; i++){
        if( text[i] == '"' ) sqlite3_str_appendchar(out, 1, '"');
        sqlite3_str_appendchar(out, 1, text[i]);
      }
      sqlite3_str_appendf(out, "\"%s", prefix ? "*" : "");
    }else{
      sqlite3_str_appendf(out, "\"%s\"%s", z, prefix ? "*" : "");
    }
  }
  sqlite3_free(z);
  return rc;
}

static int is_compat_consonant(uint32_t cp){ return cp >= 0x3131 && cp <= 0x314E; }

static void korean_query_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  (void)argc;
  const char *text = (const char *)sqlite3_value_text(argv[0]);
  int n = sqlite3_value_bytes(argv[0]);
  if( text == 0 ){
    if( sqlite3_value_type(argv[0]) != SQLITE_NULL ) sqlite3_result_error_nomem(ctx);
    return;
  }
  kr_tokenizer *t = sqlite3_malloc(sizeof *t);
  if( t == 0 ){ sqlite3_result_error_nomem(ctx); return; }
  kr_config cfg = { 0, 1, 0 };
  kr_tokenizer_init(t, &cfg);
  sqlite3_str *out = sqlite3_str_new(sqlite3_context_db_handle(ctx));
  const unsigned char *z = (const unsigned char *)text;
  int i = 0;
  while( i < n ){
    while( i < n && (z[i] == ' ' || z[i] == '\t' || z[i] == '\n' || z[i] == '\r') ) i++;
    int b = i;
    while( i < n && !(z[i] == ' ' || z[i] == '\t' || z[i] == '\n' || z[i] == '\r') ) i++;
    if( i == b ) break;
    /* 클러스ㅌ: syllables, then initial consonants typed for the syllable to come */
    int k = i, last_syllable = 0;
    uint32_t cp;
    while( k > b ){
      int j = k - 1;
      while( j > b && (z[j] & 0xC0) == 0x80 ) j--;
      if( kt_utf8_decode(z + j, (size_t)(k - j), &cp) <= 0 || !is_compat_consonant(cp) ) break;
      k = j;
    }
    if( k < i && k > b ){
      int j = k - 1;
      while( j > b && (z[j] & 0xC0) == 0x80 ) j--;
      last_syllable = kt_utf8_decode(z + j, (size_t)(k - j), &cp) > 0 && kt_is_hangul_syllable(cp);
    }
    int rc = last_syllable ? query_phrase(t, out, text + b, k - b, 1)
                           : query_phrase(t, out, text + b, i - b, 0);
    if( rc != SQLITE_OK ){
      sqlite3_free(t);
      sqlite3_free(sqlite3_str_finish(out));
      sqlite3_result_error_code(ctx, rc);
      return;
    }
  }
  sqlite3_free(t);
  int rc = sqlite3_str_errcode(out);
  int len = sqlite3_str_length(out);
  char *r = sqlite3_str_finish(out);
  if( rc != SQLITE_OK ){ sqlite3_free(r); sqlite3_result_error_code(ctx, rc); return; }
  if( len == 0 ){ sqlite3_free(r); return; }   /* NULL: nothing to search */
  sqlite3_result_text(ctx, r, len, sqlite3_free);
}

int kolit_register_korean_tokens(sqlite3 *db, char **pzErr){
  (void)pzErr;
  int rc = sqlite3_create_module(db, "korean_tokens", &korean_tokens_module, 0);
  if( rc != SQLITE_OK ) return rc;
  return sqlite3_create_function(db, "korean_query", 1,
      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, 0, korean_query_func, 0, 0);
}
