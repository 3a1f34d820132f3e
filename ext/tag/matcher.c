/*
** Aho-Corasick over folded code points (see matcher.h).
**
** Layout, chosen for the scan loop: folded code points map to dense symbol
** numbers through a two-level page table (only pages that patterns use are
** allocated); the root has a dense transition array over all symbols; other
** states keep their transitions sorted in one shared array (binary search).
** While patterns are added, the trie is kept as sibling lists, which makes
** adding 10,000 terms a matter of milliseconds.
** A ring buffer remembers the byte offset where each of the last
** max-pattern-length symbols began, which gives every match its start.
*/
#include "tag/matcher.h"
#include "text/utf8.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utypes.h>

/* ---- folding -------------------------------------------------------- */

#define FOLD_DROP 0u      /* in fold_bmp: the code point is skipped */
#define FOLD_SPACE 0x20u  /* in fold_bmp: the code point is white space */
#define FOLD_NFC 1u       /* in fold_bmp: not NFC_Quick_Check=Yes (a combining mark, a
                          ** conjoining jamo, a compatibility ideograph): the text
                          ** may not be NFC. U+0001 folds to a space, so 1 is free. */

static uint16_t fold_bmp[0x10000];
static pthread_once_t fold_once = PTHREAD_ONCE_INIT;
static char fold_error[128];

static int is_hangul(uint32_t c){ return kt_is_hangul_syllable(c); }

/* The fold of c, whose base letter is f (c itself but for Latin letters with
** diacritics). */
static uint32_t fold_plain(uint32_t c, uint32_t f){
  f = (uint32_t)u_foldCase((UChar32)f, U_FOLD_CASE_DEFAULT);
  if( f > 0xFFFF || f == FOLD_DROP || f == FOLD_SPACE || f == FOLD_NFC ) f = c;
  return f;
}

static void fold_init(void){
  UErrorCode st = U_ZERO_ERROR;
  const UNormalizer2 *nfkd = unorm2_getNFKDInstance(&st);
  if( U_FAILURE(st) ){
    strcpy(fold_error, "icu: cannot load NFKD data: ");
    strncat(fold_error, u_errorName(st), sizeof(fold_error) - strlen(fold_error) - 1);
    return;
  }
  for(uint32_t c = 0; c < 0x10000; c++){
    uint32_t f = c;
    if( c >= 0xD800 && c <= 0xDFFF ){ fold_bmp[c] = (uint16_t)c; continue; }
    if( u_isUWhiteSpace((UChar32)c) || (c < 0x20) || (c >= 0x7F && c < 0xA0) ){
      fold_bmp[c] = FOLD_SPACE; continue;
    }
    if( u_hasBinaryProperty((UChar32)c, UCHAR_DASH) || c == 0x00AD
     || u_charType((UChar32)c) == U_FORMAT_CHAR ){
      fold_bmp[c] = FOLD_DROP; continue;
    }
    if( c == 0x2018 || c == 0x2019 || c == 0x02BC || c == 0x2032 ){ fold_bmp[c] = '\''; continue; }
    /* Latin letters with diacritics and fullwidth ASCII: the first code
    ** point of the compatibility decomposition is the base letter. */
    if( (c >= 0xC0 && c < 0x250) || (c >= 0x1E00 && c < 0x1F00) || (c >= 0xFF01 && c <= 0xFF5E) ){
      UChar src[1] = {(UChar)c}, dst[8];
      UErrorCode e = U_ZERO_ERROR;
      int32_t k = unorm2_normalize(nfkd, src, 1, dst, 8, &e);
      if( U_SUCCESS(e) && k > 0 && !U16_IS_SURROGATE(dst[0]) && u_isalnum(dst[0]) ) f = dst[0];
    }
    if( c >= 0x300 && u_getIntPropertyValue((UChar32)c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES ){
      fold_bmp[c] = FOLD_NFC; continue;
    }
    fold_bmp[c] = (uint16_t)fold_plain(c, f);
  }
}

const char *kt_matcher_init_error(void){
  pthread_once(&fold_once, fold_init);
  return fold_error[0] ? fold_error : 0;
}

/* The fold as an iterator: yields folded code points with the byte range of
** the original code point (for a space, the first white space of the run). */
typedef struct fold_iter {
  const unsigned char *s;
  size_t n, i;
  uint32_t last;     /* last code point yielded, 0 before the first */
  int pending;       /* white space seen since the last yield */
  size_t pend_start, pend_end;
  int stop_not_nfc;  /* end the scan at a code point that is not NFC_QC=Yes */
  int not_nfc;       /* such a code point was seen */
} fold_iter;

static inline uint32_t fold_cp(uint32_t c){
  if( c < 0x10000 ) return fold_bmp[c];
  if( u_getIntPropertyValue((UChar32)c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES ) return FOLD_NFC;
  return (uint32_t)u_foldCase((UChar32)c, U_FOLD_CASE_DEFAULT);
}

/* A code point that is not NFC_QC=Yes: ends the scan (returns 0) when asked
** to, else gives its plain fold. Out of line: the common path stays small. */
static __attribute__((noinline)) int fold_not_nfc(fold_iter *it, uint32_t c, uint32_t *f){
  it->not_nfc = 1;
  if( it->stop_not_nfc ){ it->i = it->n; return 0; }
  *f = c < 0x10000 ? fold_plain(c, c) : (uint32_t)u_foldCase((UChar32)c, U_FOLD_CASE_DEFAULT);
  return 1;
}

/* Returns 1 and fills *cp, *start, *end, or 0 at the end. A space is yielded
** only between two yielded code points, and never between two Hangul
** syllables. */
static inline __attribute__((always_inline)) int fold_next(fold_iter *it, uint32_t *cp, size_t *start, size_t *end){
  for(;;){
    if( it->i >= it->n ) return 0;
    size_t at = it->i;
    uint32_t c;
    if( it->s[at] < 0x80 ){
      c = it->s[at];
      it->i++;
    }else{
      int k = kt_utf8_decode(it->s + at, it->n - at, &c);
      if( k <= 0 ){ c = 0xFFFD; k = 1; }
      it->i += (size_t)k;
    }
    uint32_t f = fold_cp(c);
    if( f <= FOLD_NFC ){  /* one test on the common path for both rare cases */
      if( f == FOLD_DROP ) continue;
      if( !fold_not_nfc(it, c, &f) ) return 0;
    }
    if( f == FOLD_SPACE ){
      if( !it->pending ){ it->pending = 1; it->pend_start = at; it->pend_end = it->i; }
      continue;
    }
    if( it->pending ){
      it->pending = 0;
      if( it->last != 0 && !(is_hangul(it->last) && is_hangul(f)) ){
        /* Yield the space now and the code point on the next call. */
        it->i = at;
        it->last = FOLD_SPACE;
        *cp = FOLD_SPACE; *start = it->pend_start; *end = it->pend_end;
        return 1;
      }
    }
    it->last = f;
    *cp = f; *start = at; *end = it->i;
    return 1;
  }
}

static void fold_iter_init(fold_iter *it, const char *s, size_t n){
  memset(it, 0, sizeof(*it));
  it->s = (const unsigned char *)s;
  it->n = n;
}

int kt_fold(const char *s, size_t n, char **out, size_t *outlen){
  pthread_once(&fold_once, fold_init);
  char *buf = malloc(n * 4 + 1);  /* a fold never needs more than 4 bytes per input byte */
  if( buf == 0 ) return -1;
  size_t k = 0, a, b;
  uint32_t c;
  fold_iter it;
  fold_iter_init(&it, s, n);
  while( fold_next(&it, &c, &a, &b) ) k += (size_t)kt_utf8_encode(c, buf + k);
  buf[k] = 0;
  *out = buf;
  *outlen = k;
  return 0;
}

/* ---- the automaton -------------------------------------------------- */

#define NPAGES (0x110000 >> 8)

typedef struct edge { uint32_t sym; int32_t to; } edge;

struct kt_matcher {
  uint32_t *pages[NPAGES];  /* folded code point -> symbol (0: in no pattern) */
  uint32_t nsym;            /* symbols are 1..nsym */
  int32_t nnode;
  int32_t *out;             /* per node: pattern value, or -1 */
  uint16_t *depth;          /* per node: length in symbols */
  int32_t *fail, *dict;     /* failure link; next node with an output on the failure chain */
  int32_t *root_next;       /* [nsym + 1]: the root's children by symbol (built while adding) */
  uint32_t *first;          /* per node: start of its edges in edges[] (nnode + 1 entries) */
  edge *edges;
  size_t npattern, nedge;
  unsigned maxlen;
  int compiled;
  /* While building, children other than the root's are sibling lists:
  ** patterns mostly share short prefixes, so the lists are short, and new
  ** nodes are appended in order (cache-friendly for large vocabularies). */
  int32_t *child, *sibling;
  uint32_t *sym;            /* the symbol on the edge into each node */
  size_t node_cap, root_cap;
};

kt_matcher *kt_matcher_new(void){
  if( kt_matcher_init_error() ) return 0;
  kt_matcher *m = calloc(1, sizeof(*m));
  if( m == 0 ) return 0;
  m->node_cap = 64;
  m->out = malloc(m->node_cap * sizeof(int32_t));
  m->depth = malloc(m->node_cap * sizeof(uint16_t));
  m->child = malloc(m->node_cap * sizeof(int32_t));
  m->sibling = malloc(m->node_cap * sizeof(int32_t));
  m->sym = malloc(m->node_cap * sizeof(uint32_t));
  m->root_cap = 256;
  m->root_next = calloc(m->root_cap, sizeof(int32_t));
  if( !m->out || !m->depth || !m->child || !m->sibling || !m->sym || !m->root_next ){
    kt_matcher_free(m);
    return 0;
  }
  m->nnode = 1;
  m->out[0] = -1;
  m->depth[0] = 0;
  m->child[0] = m->sibling[0] = -1;
  m->sym[0] = 0;
  return m;
}

void kt_matcher_free(kt_matcher *m){
  if( m == 0 ) return;
  for(size_t i = 0; i < NPAGES; i++) free(m->pages[i]);
  free(m->out); free(m->depth); free(m->fail); free(m->dict); free(m->root_next);
  free(m->first); free(m->edges); free(m->child); free(m->sibling); free(m->sym);
  free(m);
}

size_t kt_matcher_count(const kt_matcher *m){ return m->npattern; }

static inline uint32_t sym_of(const kt_matcher *m, uint32_t c){
  const uint32_t *p = m->pages[c >> 8];
  return p ? p[c & 0xFF] : 0;
}

/* The symbol of c, made if new (0 when out of memory). */
static uint32_t sym_make(kt_matcher *m, uint32_t c){
  uint32_t **p = &m->pages[c >> 8];
  if( *p == 0 && (*p = calloc(256, sizeof(uint32_t))) == 0 ) return 0;
  if( (*p)[c & 0xFF] == 0 ){
    if( m->nsym + 1 >= m->root_cap ){
      size_t nc = m->root_cap * 2;
      int32_t *r = realloc(m->root_next, nc * sizeof(int32_t));
      if( r == 0 ) return 0;
      memset(r + m->root_cap, 0, (nc - m->root_cap) * sizeof(int32_t));
      m->root_next = r;
      m->root_cap = nc;
    }
    (*p)[c & 0xFF] = ++m->nsym;
  }
  return (*p)[c & 0xFF];
}

static int32_t node_new(kt_matcher *m, unsigned depth, uint32_t sym){
  if( (size_t)m->nnode == m->node_cap ){
    size_t nc = m->node_cap * 2;
    int32_t *o = realloc(m->out, nc * sizeof(int32_t));
    if( o == 0 ) return -1;
    m->out = o;
    uint16_t *d = realloc(m->depth, nc * sizeof(uint16_t));
    if( d == 0 ) return -1;
    m->depth = d;
    int32_t *c = realloc(m->child, nc * sizeof(int32_t));
    if( c == 0 ) return -1;
    m->child = c;
    int32_t *sb = realloc(m->sibling, nc * sizeof(int32_t));
    if( sb == 0 ) return -1;
    m->sibling = sb;
    uint32_t *sy = realloc(m->sym, nc * sizeof(uint32_t));
    if( sy == 0 ) return -1;
    m->sym = sy;
    m->node_cap = nc;
  }
  int32_t v = m->nnode++;
  m->out[v] = -1;
  m->depth[v] = (uint16_t)depth;
  m->child[v] = m->sibling[v] = -1;
  m->sym[v] = sym;
  return v;
}

int kt_matcher_add(kt_matcher *m, const char *p, size_t n, int32_t value, int32_t *existing){
  if( m->compiled ) return KT_ADD_NOMEM;
  uint32_t cps[KT_MATCHER_MAX_LEN];
  unsigned len = 0;
  fold_iter it;
  fold_iter_init(&it, p, n);
  uint32_t c;
  size_t a, b;
  while( fold_next(&it, &c, &a, &b) ){
    if( len == KT_MATCHER_MAX_LEN ) return KT_ADD_TOO_LONG;
    cps[len++] = c;
  }
  if( len == 0 ) return KT_ADD_EMPTY;
  int32_t node = 0;
  for(unsigned i = 0; i < len; i++){
    uint32_t sym = sym_make(m, cps[i]);
    if( sym == 0 ) return KT_ADD_NOMEM;
    int32_t next;
    if( node == 0 ){
      next = m->root_next[sym];
      if( next == 0 ){
        if( (next = node_new(m, i + 1, sym)) < 0 ) return KT_ADD_NOMEM;
        m->root_next[sym] = next;
        m->nedge++;
      }
    }else{
      next = m->child[node];
      while( next >= 0 && m->sym[next] != sym ) next = m->sibling[next];
      if( next < 0 ){
        if( (next = node_new(m, i + 1, sym)) < 0 ) return KT_ADD_NOMEM;
        m->sibling[next] = m->child[node];
        m->child[node] = next;
        m->nedge++;
      }
    }
    node = next;
  }
  if( m->out[node] >= 0 ){
    if( existing ) *existing = m->out[node];
    return KT_ADD_DUPLICATE;
  }
  m->out[node] = value;
  m->npattern++;
  if( len > m->maxlen ) m->maxlen = len;
  return KT_ADD_OK;
}

static int edge_cmp(const void *x, const void *y){
  const edge *a = x, *b = y;
  return a->sym < b->sym ? -1 : a->sym > b->sym;
}

/* The child of node on sym, or -1 (not for the root, which is dense). */
static inline int32_t go(const kt_matcher *m, int32_t node, uint32_t sym){
  uint32_t lo = m->first[node], hi = m->first[node + 1];
  if( hi - lo <= 8 ){
    for(uint32_t i = lo; i < hi; i++) if( m->edges[i].sym == sym ) return m->edges[i].to;
    return -1;
  }
  while( lo < hi ){
    uint32_t mid = lo + (hi - lo) / 2;
    if( m->edges[mid].sym < sym ) lo = mid + 1;
    else hi = mid;
  }
  return (lo < m->first[node + 1] && m->edges[lo].sym == sym) ? m->edges[lo].to : -1;
}

int kt_matcher_compile(kt_matcher *m){
  if( m->compiled ) return 0;
  size_t nn = (size_t)m->nnode;
  m->first = calloc(nn + 1, sizeof(uint32_t));
  m->edges = malloc((m->nedge ? m->nedge : 1) * sizeof(edge));
  m->fail = calloc(nn, sizeof(int32_t));
  m->dict = malloc(nn * sizeof(int32_t));
  int32_t *queue = malloc(nn * sizeof(int32_t));
  if( !m->first || !m->edges || !m->fail || !m->dict || !queue ){
    free(queue);
    return -1;
  }
  /* Edges in one array, each node's sorted by symbol; the root's come from
  ** its dense array, already in symbol order. */
  uint32_t k = 0;
  for(size_t u = 0; u < nn; u++){
    m->first[u] = k;
    if( u == 0 ){
      for(uint32_t sy = 1; sy <= m->nsym; sy++){
        if( m->root_next[sy] ){ edge e = {sy, m->root_next[sy]}; m->edges[k++] = e; }
      }
      continue;
    }
    for(int32_t v = m->child[u]; v >= 0; v = m->sibling[v]){
      edge e = {m->sym[v], v};
      m->edges[k++] = e;
    }
    if( k - m->first[u] > 1 ) qsort(m->edges + m->first[u], k - m->first[u], sizeof(edge), edge_cmp);
  }
  m->first[nn] = k;
  free(m->child); m->child = 0;
  free(m->sibling); m->sibling = 0;
  free(m->sym); m->sym = 0;

  /* Breadth-first failure links. */
  size_t qh = 0, qt = 0;
  m->dict[0] = -1;
  for(uint32_t i = m->first[0]; i < m->first[1]; i++){
    int32_t v = m->edges[i].to;
    m->fail[v] = 0;
    m->dict[v] = -1;
    queue[qt++] = v;
  }
  while( qh < qt ){
    int32_t u = queue[qh++];
    for(uint32_t i = m->first[u]; i < m->first[u + 1]; i++){
      uint32_t sym = m->edges[i].sym;
      int32_t v = m->edges[i].to, f = m->fail[u], t = -1;
      while( f != 0 && (t = go(m, f, sym)) < 0 ) f = m->fail[f];
      if( f == 0 ) t = m->root_next[sym];
      m->fail[v] = t;
      m->dict[v] = m->out[t] >= 0 ? t : m->dict[t];
      queue[qt++] = v;
    }
  }
  free(queue);
  m->compiled = 1;
  return 0;
}

/* kt_matcher_scan(); with stop_not_nfc, the scan ends at the first code
** point that is not NFC_Quick_Check=Yes and *not_nfc is set. */
static int scan(const kt_matcher *m, const char *text, size_t n, kt_match_fn fn, void *ctx,
                int stop_not_nfc, int *not_nfc){
  if( !m->compiled || m->npattern == 0 ) return 0;
  size_t ring[KT_MATCHER_MAX_LEN * 2];
  size_t mask = 1;
  while( mask <= m->maxlen ) mask <<= 1;
  mask -= 1;
  fold_iter it;
  fold_iter_init(&it, text, n);
  it.stop_not_nfc = stop_not_nfc;
  int32_t state = 0;
  size_t idx = 0, a, b;
  uint32_t c;
  while( fold_next(&it, &c, &a, &b) ){
    ring[idx & mask] = a;
    uint32_t sym = sym_of(m, c);
    if( sym == 0 ){
      state = 0;
    }else{
      int32_t t = -1;
      while( state != 0 && (t = go(m, state, sym)) < 0 ) state = m->fail[state];
      state = state == 0 ? m->root_next[sym] : t;
      for(int32_t s = m->out[state] >= 0 ? state : m->dict[state]; s > 0; s = m->dict[s]){
        size_t start = ring[(idx + 1 - m->depth[s]) & mask];
        int rc = fn(ctx, m->out[s], start, b);
        if( rc ) return rc;
      }
    }
    idx++;
  }
  if( not_nfc ) *not_nfc = it.not_nfc;
  return 0;
}

int kt_matcher_scan(const kt_matcher *m, const char *text, size_t n, kt_match_fn fn, void *ctx){
  return scan(m, text, n, fn, ctx, 0, 0);
}

/* ---- leftmost-longest ----------------------------------------------- */

typedef struct find_ctx {
  kt_accept_fn accept;
  void *ctx;
  kt_span *s;
  size_t n, cap;
} find_ctx;

static int on_occurrence(void *p, int32_t value, size_t start, size_t end){
  find_ctx *x = p;
  int flag = 0;
  if( !x->accept(x->ctx, value, start, &end, &flag) ) return 0;
  if( x->n == x->cap ){
    size_t nc = x->cap ? x->cap * 2 : 16;
    kt_span *s = realloc(x->s, nc * sizeof(kt_span));
    if( s == 0 ) return -1;
    x->s = s; x->cap = nc;
  }
  kt_span *s = &x->s[x->n++];
  s->value = value; s->start = start; s->end = end; s->flag = flag;
  return 0;
}

static int span_cmp(const void *a, const void *b){
  const kt_span *x = a, *y = b;
  if( x->start != y->start ) return x->start < y->start ? -1 : 1;
  if( x->end != y->end ) return x->end > y->end ? -1 : 1;
  return 0;
}

static int find(const kt_matcher *m, const char *text, size_t n, kt_accept_fn accept, void *ctx,
                kt_span **out, size_t *count, int stop_not_nfc){
  *out = 0;
  *count = 0;
  find_ctx x = {accept, ctx, 0, 0, 0};
  int not_nfc = 0;
  if( scan(m, text, n, on_occurrence, &x, stop_not_nfc, &not_nfc) ){ free(x.s); return -1; }
  if( not_nfc && stop_not_nfc ){ free(x.s); return KT_FIND_NOT_NFC; }
  if( x.n == 0 ) return 0;
  qsort(x.s, x.n, sizeof(kt_span), span_cmp);
  size_t k = 0, last_end = 0;
  for(size_t i = 0; i < x.n; i++){
    if( k > 0 && x.s[i].start < last_end ) continue;
    x.s[k++] = x.s[i];
    last_end = x.s[i].end;
  }
  *out = x.s;
  *count = k;
  return 0;
}

int kt_matcher_find(const kt_matcher *m, const char *text, size_t n, kt_accept_fn accept, void *ctx,
                    kt_span **out, size_t *count){
  return find(m, text, n, accept, ctx, out, count, 0);
}

int kt_matcher_find_nfc(const kt_matcher *m, const char *text, size_t n, kt_accept_fn accept, void *ctx,
                        kt_span **out, size_t *count){
  return find(m, text, n, accept, ctx, out, count, 1);
}
