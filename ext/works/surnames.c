/*
** Look-ups in the compiled table of Korean family names (surnames.h).
*/
#include "works/surnames.h"
#include <string.h>

static int cmp_bytes(const char *a, size_t an, const char *b){
  size_t bn = strlen(b);
  int c = memcmp(a, b, an < bn ? an : bn);
  if( c ) return c;
  return an < bn ? -1 : an > bn ? 1 : 0;
}

const char *kw_surname_romanizations(const char *h, size_t n){
  int lo = 0, hi = kw_surnames_count - 1;
  while( lo <= hi ){
    int mid = (lo + hi) / 2, c = cmp_bytes(h, n, kw_surnames[mid].hangul);
    if( c == 0 ) return kw_surnames[mid].latin;
    if( c < 0 ) hi = mid - 1; else lo = mid + 1;
  }
  return 0;
}

/* Lower-case ASCII letters of w[0..n) into out (size cap); -1 when w has
** anything but letters (and, unless strict, hyphens, spaces and
** apostrophes, which are skipped), or is too long. */
static int fold_latin(const char *w, size_t n, char *out, size_t cap, int strict){
  size_t k = 0;
  for( size_t i = 0; i < n; i++ ){
    char ch = w[i];
    if( !strict && (ch == '-' || ch == ' ' || ch == '\'') ) continue;
    if( ch >= 'A' && ch <= 'Z' ) ch = (char)(ch + 32);
    if( ch < 'a' || ch > 'z' || k + 1 >= cap ) return -1;
    out[k++] = ch;
  }
  out[k] = 0;
  return (int)k;
}

static int latin_index(const char *w, size_t n){
  char low[24];
  if( fold_latin(w, n, low, sizeof low, 1) <= 0 ) return -1;
  int lo = 0, hi = kw_surname_latin_count - 1;
  while( lo <= hi ){
    int mid = (lo + hi) / 2, c = strcmp(low, kw_surname_latin[mid]);
    if( c == 0 ) return mid;
    if( c < 0 ) hi = mid - 1; else lo = mid + 1;
  }
  return -1;
}

int kw_is_romanized_surname(const char *w, size_t n){
  return latin_index(w, n) >= 0;
}

const char *const *kw_surname_hangul_of(const char *w, size_t n){
  int i = latin_index(w, n);
  return i < 0 ? 0 : kw_surname_latin_hangul[i];
}

/* 1 when w is a word of the space-separated list. */
static int in_list(const char *list, const char *w){
  size_t n = strlen(w);
  for( const char *p = list; *p; ){
    const char *e = strchr(p, ' ');
    size_t len = e ? (size_t)(e - p) : strlen(p);
    if( len == n && memcmp(p, w, n) == 0 ) return 1;
    p += len;
    if( *p == ' ' ) p++;
  }
  return 0;
}

int kw_surname_romanized_as(const char *h, size_t hn, const char *latin, size_t ln){
  const char *roms = kw_surname_romanizations(h, hn);
  char low[24];
  int k = fold_latin(latin, ln, low, sizeof low, 0);
  if( roms == 0 || k <= 0 ) return 0;
  return in_list(roms, low);
}

int kw_surname_variants(const char *a, const char *b){
  if( !kw_is_romanized_surname(a, strlen(a)) || !kw_is_romanized_surname(b, strlen(b)) ) return 0;
  for( int i = 0; i < kw_surnames_count; i++ ){
    if( in_list(kw_surnames[i].latin, a) && in_list(kw_surnames[i].latin, b) ) return 1;
  }
  return 0;
}
