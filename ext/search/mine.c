/*
** Term pairs mined from bilingual text (see mine.h for the rules).
*/
#include "search/mine.h"
#include "text/utf8.h"
#include <string.h>

#define MAX_EN 120          /* bytes of the English side at most */
#define MAX_EN_WORDS 8
#define MAX_KO_WORDS 8

static int is_latin(unsigned c){ return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_digit(unsigned c){ return c >= '0' && c <= '9'; }

/* English words that carry no content: not counted against the Korean side */
static int is_function_word(const unsigned char *z, int n){
  static const char *const list[] = { "of", "for", "the", "a", "an", "and", "in", "on", "to", "with", "by", 0 };
  for(int i = 0; list[i]; i++){
    int k = (int)strlen(list[i]);
    if( k != n ) continue;
    int j = 0;
    while( j < n && (z[j] | 0x20) == (unsigned char)list[i][j] ) j++;
    if( j == n ) return 1;
  }
  return 0;
}

/* The words of the English side z[0..n), or 0 when it is none (see mine.h).
** *acronym gets its letter count when it is one word of capitals. */
static int english_words(const unsigned char *z, int n, int *acronym){
  int words = 0, letters = 0, capitals = 0, digits_run = 0, in_word = 0;
  *acronym = 0;
  if( n == 0 || n > MAX_EN ) return 0;
  for(int i = 0; i < n; i++){
    unsigned c = z[i];
    if( c == ' ' ){ in_word = 0; digits_run = 0; continue; }
    if( !is_latin(c) && !is_digit(c) && c != '-' && c != '\'' && c != '&' && c != '/' ) return 0;
    if( !in_word ){
      int e = i;
      while( e < n && z[e] != ' ' ) e++;
      words += !is_function_word(z + i, e - i);
      in_word = 1;
    }
    if( is_latin(c) ){ letters++; capitals += c <= 'Z'; digits_run = 0; }
    if( is_digit(c) && ++digits_run >= 4 ) return 0;   /* a year: a citation */
  }
  if( letters == 0 || words == 0 || words > MAX_EN_WORDS ) return 0;
  if( words == 1 && capitals == letters && letters >= 2 ) *acronym = letters;
  return words;
}

static int hangul_at(const unsigned char *z, int n, int i){
  uint32_t cp;
  return i >= 0 && i < n && kt_utf8_decode(z + i, (size_t)(n - i), &cp) == 3 && kt_is_hangul_syllable(cp);
}

/* The analysis of a Hangul word: whether its last token ends where the word
** ends (no particle or ending was taken off), and how many of its tokens are
** of two syllables or more (전문화 has one, 스마트시티 two). */
typedef struct word_acc { int end, nouns; } word_acc;

static int word_token(void *ctx, int flags, const char *tok, int n, int start, int end){
  (void)tok; (void)start;
  word_acc *b = ctx;
  if( end > b->end ) b->end = end;
  if( !(flags & KR_COLOCATED) && n >= 6 ) b->nouns++;
  return 0;
}

/* The number of nouns of w[0..n) when it has no particle or ending, else -1. */
static int bare_nouns(kr_tokenizer *t, const char *w, int n){
  word_acc b = { 0, 0 };
  kr_tokenize(t, KR_QUERY, w, n, &b, word_token);
  return b.end == n ? (b.nouns ? b.nouns : 1) : -1;
}



int kq_mine_parentheses(kr_tokenizer *t, const char *text, int n, void *ctx, kq_pair_fn fn){
  const unsigned char *z = (const unsigned char *)text;
  for(int p = 0; p < n; p++){
    if( z[p] != '(' || !hangul_at(z, n, p - 3) ) continue;
    int q = p + 1;
    while( q < n && q - p <= MAX_EN + 1 && z[q] != ')' && z[q] != '(' ) q++;
    if( q >= n || z[q] != ')' ) continue;
    /* the English side, trimmed */
    int eb = p + 1, ee = q;
    while( eb < ee && z[eb] == ' ' ) eb++;
    while( ee > eb && z[ee - 1] == ' ' ) ee--;
    int acronym, nen = english_words(z + eb, ee - eb, &acronym);
    if( nen == 0 ) continue;
    int max_words = acronym ? acronym : nen;   /* nouns of the Korean side at most */
    /* the Korean side: whole Hangul words without particles, back from the
    ** parenthesis; the word right before it must be one */
    int kb = p, words = 0, nouns = 0, end = p;
    for(;;){
      int s = end;
      while( hangul_at(z, n, s - 3) ) s -= 3;
      if( s == end ) break;
      /* a whole word: it starts the text or follows a space, an opening
      ** bracket or quote, or a character outside ASCII that is no Hangul
      ** (‘ 「); not a letter, a digit or a closing bracket (…)과) */
      unsigned pc = s > 0 ? z[s - 1] : ' ';
      if( !(pc == ' ' || pc == '\n' || pc == '\t' || pc == '\r' || pc == '(' || pc == '[' || pc == '"'
            || pc == '\'' || pc >= 0x80) ){ if( words == 0 ) kb = -1; break; }
      int k = bare_nouns(t, text + s, end - s);
      if( k < 0 || (words > 0 && nouns + k > max_words) ) break;
      kb = s;
      words++;
      nouns += k;
      if( s < 1 || z[s - 1] != ' ' || words == MAX_KO_WORDS ) break;
      end = s - 1;
    }
    if( words == 0 || kb < 0 ) continue;
    int rc = fn(ctx, text + kb, p - kb, text + eb, ee - eb);
    if( rc ) return rc;
    p = q;
  }
  return 0;
}

static int has_hangul(const char *s, int n){
  const unsigned char *z = (const unsigned char *)s;
  for(int i = 0; i + 2 < n; i++) if( hangul_at(z, n, i) ) return 1;
  return 0;
}

static int has_latin(const char *s, int n){
  for(int i = 0; i < n; i++) if( is_latin((unsigned char)s[i]) ) return 1;
  return 0;
}

int kq_mine_lists(const char *const *items, const int *len, int n, void *ctx, kq_pair_fn fn){
  int nko = 0, nen = 0;
  for(int i = 0; i < n; i++){
    if( has_hangul(items[i], len[i]) ) nko++;
    else if( has_latin(items[i], len[i]) ) nen++;
  }
  if( nko == 0 || nko != nen ) return 0;
  int k = 0, e = 0;
  for(int pair = 0; pair < nko; pair++){
    while( !has_hangul(items[k], len[k]) ) k++;
    while( has_hangul(items[e], len[e]) || !has_latin(items[e], len[e]) ) e++;
    int rc = fn(ctx, items[k], len[k], items[e], len[e]);
    if( rc ) return rc;
    k++;
    e++;
  }
  return 0;
}

int kq_concept_of(const char *en, int n, char *out){
  int m = 0, space = 0;
  for(int i = 0; i < n; i++){
    unsigned char c = (unsigned char)en[i];
    if( c == ' ' || c == '\t' || c == '\n' || c == '\r' ){ space = m > 0; continue; }
    if( space ){ out[m++] = ' '; space = 0; }
    out[m++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  out[m] = 0;
  return m;
}
