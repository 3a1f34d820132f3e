/*
** Author strings -> people, with family and given names when the shape of
** a name tells them apart. Shared by the KIET and KoreaScience parsers.
**
** Strings met on the pages:
**   KIET          "Byeon, Changuk et al."  "Kim, Sunbae et al"
**                 "Kim Sunbae, Lee Doohee, Kim Yunsoo"
**                 "Jaegon Park, Changuk Byun, Sang-ho Lee"   "이두희"
**   KoreaScience  "Young-Jin Ahn;Ji-Yeung Gu"  "Seo, Jeong-Soo;Kwon, Jae-Woong"
**                 "Diez, Maria Angeles"  "류태수"  and ","-separated exports
**
** Splitting into people:
**   1. A trailing "et al." / "et al" / "외" is removed and sets et_al on the
**      last person.
**   2. With a ";" anywhere, ";" separates people and a "," inside a part
**      separates family name from given name ("Park, Jae-Su").
**   3. Otherwise "," separates people, except that a part made of a single
**      capitalised Latin word followed by a part of one to three capitalised
**      Latin words is one person written family-first: "Byeon, Changuk",
**      "Diez, Maria Angeles". "Kim Sunbae, Lee Doohee" has two words before
**      the comma, so it is two people.
** Family and given names of one person:
**   - "Family, Given": split at the comma.
**   - Hangul: the first syllable is the family name, except the two-syllable
**     family names (남궁, 황보, 제갈, 선우, 독고, 사공, 서문, 동방) in names of three
**     or four syllables; a name written with a space splits at the space.
**     Names longer than four syllables are not Korean names: not split.
**   - Romanized, two or more words: the order is read from the first and
**     last word. A hyphenated word is a given name ("Sang-ho Lee", "Lee
**     Sang-ho"); else a word in the table of romanized Korean surnames below
**     is the family name when the other end word is not ("Kim Sunbae",
**     "Jaegon Park"). When both or neither rule decides, the order most
**     names of the same list have is used, and given-first (the order of
**     English-language journals) when none decides.
**   - One romanized word, or mixed scripts: family and given stay NULL.
*/
#include "docs/docs_internal.h"
#include "text/utf8.h"
#include "works/surnames.h"
#include <stdlib.h>

/* Romanized Korean family names: the one table of the extension,
** data/korean_surnames.tsv (ext/works/surnames.h), which the duplicate
** matcher also reads. */
int lit_surname_table_ok(void){
  for( int i = 1; i < kw_surname_latin_count; i++ ){
    if( strcmp(kw_surname_latin[i - 1], kw_surname_latin[i]) >= 0 ) return 0;
  }
  return 1;
}

int lit_is_korean_surname(const char *w, size_t n){
  return kw_is_romanized_surname(w, n);
}

/* Two-syllable Hangul family names, UTF-8. */
static const char *const compound_surname[] = {
  "남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방",
};

/* ---- word shapes ----------------------------------------------------------- */

/* A romanized name word: starts with an ASCII capital or a Latin-1 capital
** (Á..Þ), then letters, "-", "'", "." (initials). */
static int word_is_latin_name(lit_span w){
  if( w.n == 0 ) return 0;
  const unsigned char *s = (const unsigned char*)w.p;
  if( !((s[0] >= 'A' && s[0] <= 'Z') || (s[0] == 0xC3 && w.n > 1 && s[1] >= 0x80 && s[1] <= 0x9E)) ) return 0;
  for( size_t i = 0; i < w.n; i++ ){
    unsigned ch = s[i];
    if( ch >= 0x80 ) continue;   /* accented letters of European names */
    if( !((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') && ch != '-' && ch != '\'' && ch != '.' ) return 0;
  }
  return 1;
}

/* Splits s at spaces into at most max words; returns the number of words,
** or max + 1 when there are more. */
static int split_words(lit_span s, lit_span *w, int max){
  int n = 0;
  size_t i = 0;
  while( i < s.n ){
    while( i < s.n && s.p[i] == ' ' ) i++;
    if( i == s.n ) break;
    size_t j = i;
    while( j < s.n && s.p[j] != ' ' ) j++;
    if( n == max ) return max + 1;
    w[n++] = lit_span_of(s.p + i, j - i);
    i = j;
  }
  return n;
}

/* 1..max romanized name words, and nothing else. */
static int is_latin_names(lit_span s, int max){
  lit_span w[4];
  int n = split_words(s, w, 3);
  if( n < 1 || n > max ) return 0;
  for( int i = 0; i < n; i++ ) if( !word_is_latin_name(w[i]) ) return 0;
  return 1;
}

/* Number of Hangul syllables when s is only Hangul syllables and spaces
** (at most one space run, at most one split), else -1. */
static int hangul_syllables(lit_span s, size_t *space_at){
  int n = 0;
  size_t i = 0;
  *space_at = 0;
  while( i < s.n ){
    if( s.p[i] == ' ' ){
      if( *space_at ) return -1;
      *space_at = i;
      while( i < s.n && s.p[i] == ' ' ) i++;
      continue;
    }
    uint32_t cp;
    int k = kt_utf8_decode((const unsigned char*)s.p + i, s.n - i, &cp);
    if( k <= 0 || !kt_is_hangul_syllable(cp) ) return -1;
    n++;
    i += (size_t)k;
  }
  return n;
}

/* ---- one person -------------------------------------------------------------- */

enum { ORDER_UNKNOWN = 0, ORDER_FAMILY_FIRST = 1, ORDER_GIVEN_FIRST = -1 };

static int has_hyphen(lit_span w){ return memchr(w.p, '-', w.n) != NULL; }

/* The order a romanized name of two or more words shows by itself. */
static int latin_order(lit_span first, lit_span last){
  int hf = has_hyphen(first), hl = has_hyphen(last);
  if( hf && !hl ) return ORDER_GIVEN_FIRST;
  if( hl && !hf ) return ORDER_FAMILY_FIRST;
  int sf = lit_is_korean_surname(first.p, first.n), sl = lit_is_korean_surname(last.p, last.n);
  if( sf && !sl ) return ORDER_FAMILY_FIRST;
  if( sl && !sf ) return ORDER_GIVEN_FIRST;
  return ORDER_UNKNOWN;
}

/* Romanized "First ... Last" with 2-6 words: its first and last word. */
static int latin_ends(lit_span name, lit_span *first, lit_span *last){
  lit_span w[6];
  int n = split_words(name, w, 6);
  if( n < 2 || n > 6 ) return 0;
  for( int i = 0; i < n; i++ ) if( !word_is_latin_name(w[i]) ) return 0;
  *first = w[0];
  *last = w[n - 1];
  return 1;
}

static void set_name_part(lit_ctx *c, char **field, lit_span s){
  s = lit_trim(s);
  if( s.n ) *field = lit_dup(c, s.p, s.n);
}

/* Fills family and given of one person; list_order decides ambiguous
** romanized names. */
static void resolve_person(lit_ctx *c, lit_author *a, lit_span name, int list_order){
  const char *comma = memchr(name.p, ',', name.n);
  if( comma ){
    size_t at = (size_t)(comma - name.p);
    set_name_part(c, &a->family, lit_span_of(name.p, at));
    set_name_part(c, &a->given, lit_span_of(comma + 1, name.n - at - 1));
    return;
  }
  size_t space_at;
  int syl = hangul_syllables(name, &space_at);
  if( syl >= 2 && syl <= 5 ){
    size_t split;
    if( space_at ){
      split = space_at;
    }else if( syl > 4 ){
      return;
    }else{
      split = 3;   /* one syllable is three UTF-8 bytes */
      if( syl >= 3 ){
        for( size_t i = 0; i < sizeof compound_surname / sizeof compound_surname[0]; i++ ){
          if( memcmp(name.p, compound_surname[i], 6) == 0 ){ split = 6; break; }
        }
      }
    }
    set_name_part(c, &a->family, lit_span_of(name.p, split));
    set_name_part(c, &a->given, lit_span_of(name.p + split, name.n - split));
    return;
  }
  lit_span first, last;
  if( !latin_ends(name, &first, &last) ) return;
  int order = latin_order(first, last);
  if( order == ORDER_UNKNOWN ) order = list_order;
  if( order == ORDER_FAMILY_FIRST ){
    set_name_part(c, &a->family, first);
    set_name_part(c, &a->given, lit_span_of(first.p + first.n, (size_t)(name.p + name.n - (first.p + first.n))));
  }else{
    set_name_part(c, &a->family, last);
    set_name_part(c, &a->given, lit_span_of(name.p, (size_t)(last.p - name.p)));
  }
}

/* ---- the list ------------------------------------------------------------------ */

/* Removes a trailing "et al." / "et al" / "외"; returns 1 when there was one. */
static int strip_et_al(lit_span *s){
  static const char *const marks[] = { "et al.", "et al", "Et al.", "Et al", "ET AL.", "ET AL", "\xEC\x99\xB8" /* 외 */ };
  for( size_t i = 0; i < sizeof marks / sizeof marks[0]; i++ ){
    size_t n = strlen(marks[i]);
    if( s->n > n && lit_span_ends(*s, marks[i]) && (s->p[s->n - n - 1] == ' ' || s->p[s->n - n - 1] == ',') ){
      s->n -= n;
      while( s->n && (s->p[s->n - 1] == ' ' || s->p[s->n - 1] == ',') ) s->n--;
      return 1;
    }
  }
  return 0;
}

void lit_parse_authors(lit_ctx *c, lit_record *r, lit_span s){
  s = lit_trim(s);
  if( s.n == 0 || r->authors ) return;
  r->authors = lit_dup(c, s.p, s.n);
  int et_al = strip_et_al(&s);
  if( s.n == 0 ) return;

  char sep = memchr(s.p, ';', s.n) ? ';' : ',';
  size_t max_parts = 1;
  for( size_t i = 0; i < s.n; i++ ) max_parts += (s.p[i] == sep);
  lit_span *part = lit_malloc(c, max_parts * sizeof *part);
  if( !part ) return;
  size_t n_part = 0, start = 0;
  for( size_t i = 0; i <= s.n; i++ ){
    if( i < s.n && s.p[i] != sep ) continue;
    lit_span p = lit_trim(lit_span_of(s.p + start, i - start));
    if( p.n ) part[n_part++] = p;
    start = i + 1;
  }
  /* "Byeon, Changuk", "Diez, Maria Angeles": one person written family-first. */
  if( sep == ',' ){
    size_t out = 0;
    for( size_t i = 0; i < n_part; i++ ){
      if( i + 1 < n_part && is_latin_names(part[i], 1) && is_latin_names(part[i + 1], 3) ){
        part[out++] = lit_span_of(part[i].p, (size_t)(part[i + 1].p + part[i + 1].n - part[i].p));
        i++;
      }else{
        part[out++] = part[i];
      }
    }
    n_part = out;
  }
  if( n_part == 0 ){ free(part); return; }

  /* The order most romanized names of the list show decides the others. */
  int votes = 0;
  for( size_t i = 0; i < n_part; i++ ){
    lit_span first, last;
    if( !memchr(part[i].p, ',', part[i].n) && latin_ends(part[i], &first, &last) ) votes += latin_order(first, last);
  }
  int list_order = votes > 0 ? ORDER_FAMILY_FIRST : ORDER_GIVEN_FIRST;

  r->author = lit_malloc(c, n_part * sizeof *r->author);
  if( r->author ){
    memset(r->author, 0, n_part * sizeof *r->author);
    r->n_author = r->cap_author = (int)n_part;
    for( size_t i = 0; i < n_part; i++ ){
      lit_author *a = &r->author[i];
      a->name = lit_dup(c, part[i].p, part[i].n);
      resolve_person(c, a, part[i], list_order);
    }
    r->author[n_part - 1].et_al = et_al;
  }
  free(part);
}

lit_author *lit_add_person(lit_ctx *c, lit_record *r, lit_span name){
  name = lit_trim(name);
  if( name.n == 0 ) return NULL;
  lit_author *a = lit_new_author(c, r);
  if( !a ) return NULL;
  a->name = lit_dup(c, name.p, name.n);
  resolve_person(c, a, name, ORDER_GIVEN_FIRST);
  return a;
}
