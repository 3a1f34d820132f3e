/* libFuzzer target: the taggers on arbitrary bytes (valid UTF-8 or not).
** Checks what callers rely on: mentions in text order, not overlapping,
** inside the text, on code point boundaries of valid text; country codes of
** two capitals; every concept a vocabulary concept. The input's first lines
** also become a user vocabulary that scans the whole input. */
#include "tag/gazetteer.h"
#include "tag/vocab.h"
#include "text/utf8.h"
#include <stdlib.h>
#include <string.h>

static int boundary(const unsigned char *s, size_t n, size_t i){
  return i == 0 || i == n || (s[i] & 0xC0) != 0x80;
}

static void check_spans(const unsigned char *s, size_t n, int valid, size_t start, size_t end, size_t *last){
  if( start >= end || end > n || start < *last ) abort();
  if( valid && (!boundary(s, n, start) || !boundary(s, n, end)) ) abort();
  *last = end;
}

static void check_keywords(const kt_vocab *v, const unsigned char *s, size_t n, int valid){
  kt_keyword_mention *m; size_t k, last = 0;
  if( kt_vocab_find(v, (const char *)s, n, &m, &k) ) return;
  for(size_t i = 0; i < k; i++){
    check_spans(s, n, valid, m[i].start, m[i].end, &last);
    if( m[i].concept == 0 || m[i].term == 0 || m[i].concept[0] == 0 ) abort();
  }
  free(m);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size){
  int valid = kt_utf8_valid_prefix(data, size) == size;
  char err[200];
  kt_country_mention *c; size_t k, last = 0;
  if( kt_countries_find((const char *)data, size, &c, &k, err, sizeof err) == 0 ){
    for(size_t i = 0; i < k; i++){
      check_spans(data, size, valid, c[i].start, c[i].end, &last);
      if( c[i].code[0] < 'A' || c[i].code[0] > 'Z' || c[i].code[1] < 'A' || c[i].code[1] > 'Z' || c[i].code[2] ) abort();
      if( kt_country_english_name(c[i].code) == 0 ) abort();
    }
    free(c);
  }
  const kt_vocab *cp = kt_vocab_cluster_policy(err, sizeof err);
  if( cp ) check_keywords(cp, data, size, valid);
  /* Lines "concept<TAB>term" (or just a term) of the input as a vocabulary. */
  kt_vocab *v = kt_vocab_new();
  if( v == 0 ) return 0;
  size_t i = 0;
  for(int lines = 0; i < size && lines < 64; lines++){
    const unsigned char *nl = memchr(data + i, '\n', size - i);
    size_t e = nl ? (size_t)(nl - data) : size;
    const unsigned char *tab = memchr(data + i, '\t', e - i);
    size_t ce = tab ? (size_t)(tab - data) : e, ts = tab ? ce + 1 : i;
    if( ce > i && e > ts ) kt_vocab_add(v, (const char *)data + i, ce - i, (const char *)data + ts, e - ts);
    i = e + 1;
  }
  if( kt_vocab_compile(v) == 0 ) check_keywords(v, data, size, valid);
  kt_vocab_free(v);
  return 0;
}
