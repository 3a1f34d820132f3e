/* libFuzzer target: korean_query's parser (kq_build), with and without the
** built-in vocabulary, and the term pairs mined from the same input (as text,
** and as a keyword list of its lines): every pair is two non-empty ranges of
** the input. For the parser it checks what it
** promises: a non-empty, valid UTF-8 expression whose quotes and parentheses
** are balanced (quotes as FTS5 reads them: "" inside a phrase is a quote),
** nothing outside phrases but operators, column filters, parentheses and
** prefix stars, and the same text always gives the same expression. That
** FTS5 accepts it is checked by fuzz_sql, which runs MATCH korean_query(?1). */
#include "search/mine.h"
#include "search/query.h"
#include "tag/vocab.h"
#include "text/utf8.h"
#include <stdlib.h>
#include <string.h>

static void check(const char *q, int n){
  if( n <= 0 || (int)strlen(q) != n ) abort();
  if( kt_utf8_valid_prefix((const unsigned char *)q, (size_t)n) != (size_t)n ) abort();
  int depth = 0;
  for(int i = 0; i < n; ){
    char c = q[i];
    if( c == '"' ){
      i++;
      for(;;){
        if( i >= n ) abort();                /* an open phrase */
        if( q[i] == '"' ){
          if( i + 1 < n && q[i + 1] == '"' ){ i += 2; continue; }
          i++;
          break;
        }
        i++;
      }
      if( i < n && q[i] == '*' ) i++;
      continue;
    }
    if( c == '(' ) depth++;
    else if( c == ')' ){ if( --depth < 0 ) abort(); }
    else if( c == ' ' || c == ':' || c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ){}
    else abort();                            /* bare text outside a phrase */
    i++;
  }
  if( depth != 0 ) abort();
}

typedef struct Span { const char *z; size_t n; } Span;

static int pair_inside(void *ctx, const char *ko, int nko, const char *en, int nen){
  const Span *s = ctx;
  if( nko <= 0 || nen <= 0 || ko < s->z || en < s->z || ko + nko > s->z + s->n || en + nen > s->z + s->n ) abort();
  char folded[256];
  if( nen < (int)sizeof folded && kq_concept_of(en, nen, folded) > nen ) abort();
  return 0;
}

static void mine(const unsigned char *data, size_t size){
  static kr_tokenizer t;
  kr_config cfg = { 0, 1, 0 };
  kr_tokenizer_init(&t, &cfg);
  Span s = { (const char *)data, size };
  kq_mine_parentheses(&t, (const char *)data, (int)size, &s, pair_inside);
  const char *items[64];
  int len[64], n = 0;
  size_t b = 0;
  for(size_t i = 0; i <= size && n < 64; i++){
    if( i == size || data[i] == '\n' ){
      items[n] = (const char *)data + b;
      len[n++] = (int)(i - b);
      b = i + 1;
    }
  }
  kq_mine_lists(items, len, n, &s, pair_inside);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size){
  if( size > (1u << 16) ) return 0;
  mine(data, size);
  char *a = 0, *b = 0;
  int na = 0, nb = 0;
  /* inputs with an odd first byte also run with the built-in vocabulary */
  char err[128];
  const kt_vocab *v = size && (data[0] & 1) ? kt_vocab_cluster_policy(err, sizeof err) : 0;
  if( kq_build((const char *)data, (int)size, v, &a, &na) != 0 ) return 0;
  check(a, na);
  if( kq_build((const char *)data, (int)size, v, &b, &nb) == 0 ){
    if( na != nb || memcmp(a, b, (size_t)na) != 0 ) abort();
  }
  free(a);
  free(b);
  return 0;
}
