/*
** KCI journal-site article page -> one record.
**
** The layout (a journal's page on the KCI platform, saved as text):
**
**   본문 바로가기                           skip link (or "Skip to main content")
**     • Home
**   <title, usually English>
**     • Journal of Regional Studies         journal: the first unlabelled bullet
**     • Abbr : JRS                          (the abbreviation is not kept)
**     • 2019, 8(2), pp.201-219              year, volume(issue), pages
**     • DOI : 10.23456/jrs.2019.8.2.201
**     • Publisher : Korean Association of Regional Studies
**     • Research Area : Social Science > Geography    (not kept)
**     • Received : March 3, 2019            English month names
**     • Accepted : April 28, 2019
**   Min-Ji Park 1 Hyun Woo Choi 2           each name followed by its number(s)
**   1서울대학교 지리학과                      numbered affiliations, the number glued
**   2국토연구원
**   Accredited                              (any line up to ABSTRACT is skipped)
**   ABSTRACT
**   <abstract paragraphs>
**   Citation status                         later sections: not part of the record
**
** Names contain no digits, so a run of digits (maybe "1,2") ends a name and
** gives the numbers of its affiliations; an author with several numbers
** gets the affiliations joined with "; ". authors joins the names with
** "; ". The abstract ends at a later section's heading: a known one
** ("Citation status", "References", ...) or any short line without a full
** stop (a heading, never a paragraph).
*/
#define _GNU_SOURCE  /* memmem */
#include "docs/docs_internal.h"
#include <stdio.h>
#include <stdlib.h>

#define KCI_MAX_AFF 64

enum { KCI_HEAD, KCI_TITLE, KCI_BIBLIO, KCI_AUTHORS, KCI_BEFORE_ABSTRACT, KCI_ABSTRACT, KCI_DONE };

static int kci_is_skip_link(lit_span t){
  return lit_span_eq(t, "\xEB\xB3\xB8\xEB\xAC\xB8 \xEB\xB0\x94\xEB\xA1\x9C\xEA\xB0\x80\xEA\xB8\xB0")   /* 본문 바로가기 */
      || lit_span_eq(t, "Skip to main content") || lit_span_eq(t, "Skip to content")
      || lit_span_eq(t, "Skip navigation");
}

/* "Label : value": the value, or NULL span when t has another label. */
static int kci_label(lit_span t, const char *label, lit_span *value){
  if( !lit_span_starts(t, label) ) return 0;
  lit_span v = lit_trim(lit_span_of(t.p + strlen(label), t.n - strlen(label)));
  if( v.n == 0 || v.p[0] != ':' ) return 0;
  *value = lit_trim(lit_span_of(v.p + 1, v.n - 1));
  return 1;
}

/* "2019, 8(2), pp.201-219" */
static int kci_citation(lit_ctx *c, lit_record *r, lit_span s){
  const char *pp = NULL;
  for( size_t i = 0; i + 5 <= s.n; i++ ){
    if( memcmp(s.p + i, ", pp.", 5) == 0 ){ pp = s.p + i; break; }
  }
  lit_span head = pp ? lit_span_of(s.p, (size_t)(pp - s.p)) : s;
  lit_record tmp;
  memset(&tmp, 0, sizeof tmp);
  if( s.n < 6 || s.p[4] != ',' || !lit_year_volume_issue(c, &tmp, head) ){ lit_record_clear(&tmp); return 0; }
  lit_set_str(c, &r->year, tmp.year);
  lit_set_str(c, &r->volume, tmp.volume);
  lit_set_str(c, &r->issue, tmp.issue);
  lit_record_clear(&tmp);
  if( pp ) lit_set_pages(c, r, lit_span_of(pp + 5, (size_t)(s.p + s.n - pp - 5)));
  return 1;
}

/* "March 3, 2019" -> "2019-03-03" */
static void kci_date(lit_ctx *c, char **field, lit_span s){
  static const char *const months[] = { "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December" };
  for( int m = 0; m < 12; m++ ){
    size_t mn = strlen(months[m]);
    if( s.n < mn + 7 || memcmp(s.p, months[m], mn) != 0 || s.p[mn] != ' ' ) continue;
    size_t i = mn + 1;
    int day = 0;
    while( i < s.n && lit_is_digit(s.p[i]) && day < 100 ) day = day * 10 + (s.p[i++] - '0');
    if( day < 1 || day > 31 || i + 6 != s.n || s.p[i] != ',' || s.p[i + 1] != ' ' ) return;
    for( int k = 0; k < 4; k++ ) if( !lit_is_digit(s.p[i + 2 + k]) ) return;
    char iso[16];
    snprintf(iso, sizeof iso, "%.4s-%02d-%02d", s.p + i + 2, m + 1, day);
    lit_set(c, field, lit_span_of(iso, strlen(iso)));
    return;
  }
}

typedef struct kci_person { lit_span name, numbers; } kci_person;

/* "Min-Ji Park 1 Hyun Woo Choi 2" -> people (p may be NULL: count only).
** 0 unless every name is followed by its numbers. */
static int kci_author_line(lit_span t, kci_person *p, int *n){
  *n = 0;
  size_t i = 0, name_start = 0;
  int in_name = 0;
  while( i < t.n ){
    while( i < t.n && t.p[i] == ' ' ) i++;
    if( i == t.n ) break;
    size_t j = i;
    while( j < t.n && t.p[j] != ' ' ) j++;
    lit_span w = lit_span_of(t.p + i, j - i);
    int numbers = lit_is_digit(w.p[0]);
    for( size_t k = 0; k < w.n && numbers; k++ ) if( !lit_is_digit(w.p[k]) && w.p[k] != ',' ) numbers = 0;
    if( numbers ){
      if( !in_name ) return 0;
      if( p ){
        p[*n].name = lit_trim(lit_span_of(t.p + name_start, i - name_start));
        p[*n].numbers = w;
      }
      (*n)++;
      in_name = 0;
    }else{
      for( size_t k = 0; k < w.n; k++ ) if( lit_is_digit(w.p[k]) ) return 0;
      if( !in_name ){ in_name = 1; name_start = i; }
    }
    i = j;
  }
  return *n > 0 && !in_name;
}

/* "1서울대학교 지리학과": the number and the affiliation. */
static int kci_affiliation_line(lit_span t, int *num, lit_span *aff){
  size_t i = 0;
  int v = 0;
  while( i < t.n && lit_is_digit(t.p[i]) && i < 3 ) v = v * 10 + (t.p[i++] - '0');
  if( i == 0 || i == t.n || lit_is_digit(t.p[i]) ) return 0;
  *num = v;
  *aff = lit_trim(lit_span_of(t.p + i, t.n - i));
  return aff->n > 0 && (unsigned char)aff->p[0] != '.' && aff->p[0] != ')';
}

static int kci_is_stop(lit_span t){
  static const char *const stops[] = {
    "Citation status", "References", "Similar articles", "Cited by", "Keywords", "Keyword",
    "\xEC\xB0\xB8\xEA\xB3\xA0\xEB\xAC\xB8\xED\x97\x8C",       /* 참고문헌 */
    "\xED\x82\xA4\xEC\x9B\x8C\xEB\x93\x9C",                   /* 키워드 */
  };
  for( size_t i = 0; i < sizeof stops / sizeof stops[0]; i++ ) if( lit_span_eq(t, stops[i]) ) return 1;
  /* a heading: short, no sentence punctuation */
  if( t.n > 40 ) return 0;
  char last = t.p[t.n - 1];
  if( last == '.' || last == '?' || last == '!' ) return 0;
  return 1;
}

static size_t kci_digits(lit_span s, size_t i){
  while( i < s.n && lit_is_digit(s.p[i]) ) i++;
  return i;
}

/* "2019, 8(2), pp." at the start of s (no allocation: detection). */
static int kci_citation_shape(lit_span s){
  size_t i = kci_digits(s, 0);
  if( i != 4 || !lit_span_starts(lit_span_of(s.p + 4, s.n - 4), ", ") ) return 0;
  size_t j = kci_digits(s, 6);
  if( j == s.n || s.p[j] != '(' ) return 0;
  size_t k = kci_digits(s, j + 1);
  if( k == s.n || s.p[k] != ')' ) return 0;
  return lit_span_starts(lit_span_of(s.p + k + 1, s.n - k - 1), ", pp.");
}

/* Strong: a bullet "Abbr : ..." or "2019, 8(2), pp.201-219"; or the skip
** link with a "• Home" bullet right after it. */
int lit_detect_kci_article(const char *text, size_t len){
  lit_lines it = { text, lit_detect_top(text, len), 0 };
  lit_span line;
  int after_skip = 0;
  while( lit_next_line(&it, &line) ){
    /* only bullets and the skip link (S..., 본...) matter */
    unsigned char b0 = lit_first_byte(line);
    if( b0 == 0 ) continue;
    if( b0 == 0xE2 ){
      unsigned char i0 = lit_first_item_byte(line);   /* Home, Abbr, a year */
      if( i0 != 'H' && i0 != 'A' && !lit_is_digit((char)i0) ){ after_skip = 0; continue; }
    }else if( b0 != 'S' && b0 != 0xEB ){ after_skip = 0; continue; }
    lit_span t = lit_trim(line), bt, v;
    int indent;
    if( lit_bullet(line, &indent, &bt) ){
      if( (after_skip && lit_span_eq(bt, "Home")) || kci_label(bt, "Abbr", &v) ) return 2;
      if( kci_citation_shape(bt) ) return 2;
    }
    after_skip = kci_is_skip_link(t);
  }
  return 0;
}

void lit_parse_kci_article(lit_ctx *c, const char *text, size_t len){
  lit_record rec;
  memset(&rec, 0, sizeof rec);
  lit_abstracts ab;
  memset(&ab, 0, sizeof ab);
  kci_person *person = NULL;
  int n_person = 0, stage = KCI_HEAD, has_heading = 0;
  lit_span aff[KCI_MAX_AFF + 1];
  memset(aff, 0, sizeof aff);
  lit_lines it = { text, len, 0 };
  lit_span line;
  while( lit_next_line(&it, &line) && stage != KCI_DONE && !c->oom ){
    lit_span t = lit_trim(line), bt, v;
    if( t.n == 0 ) continue;
    int indent, bullet = lit_bullet(line, &indent, &bt);
    if( stage == KCI_HEAD ){
      if( kci_is_skip_link(t) || (bullet && lit_span_eq(bt, "Home")) ) continue;
      if( bullet ) continue;   /* other navigation */
      lit_set(c, &rec.title, t);
      if( lit_is_korean(t) ) lit_set(c, &rec.title_ko, t); else lit_set(c, &rec.title_foreign, t);
      stage = KCI_TITLE;
      continue;
    }
    if( stage == KCI_TITLE && !bullet && rec.title && lit_is_korean(t) != lit_is_korean(lit_span_of(rec.title, strlen(rec.title))) ){
      if( lit_is_korean(t) ) lit_set(c, &rec.title_ko, t); else lit_set(c, &rec.title_foreign, t);
      continue;
    }
    if( bullet && stage <= KCI_BIBLIO ){
      stage = KCI_BIBLIO;
      if( bt.n == 0 || kci_label(bt, "Abbr", &v) || kci_label(bt, "Research Area", &v) ) continue;
      if( kci_label(bt, "DOI", &v) ){ lit_set(c, &rec.doi, v); continue; }
      if( kci_label(bt, "Publisher", &v) ){ lit_set(c, &rec.publisher, v); continue; }
      if( kci_label(bt, "Received", &v) ){ kci_date(c, &rec.received, v); continue; }
      if( kci_label(bt, "Accepted", &v) ){ kci_date(c, &rec.accepted, v); continue; }
      if( kci_citation(c, &rec, bt) ) continue;
      if( !rec.journal ) lit_set(c, &rec.journal, bt);
      continue;
    }
    if( lit_span_eq(t, "ABSTRACT") || lit_span_eq(t, "Abstract")
        || lit_span_eq(t, "\xEC\xB4\x88\xEB\xA1\x9D") ){   /* 초록 */
      if( stage <= KCI_ABSTRACT ){ stage = KCI_ABSTRACT; has_heading = 1; continue; }   /* a second heading too */
    }
    if( stage == KCI_ABSTRACT ){
      if( kci_is_stop(t) ){ stage = KCI_DONE; continue; }
      lit_abstract_para(c, &ab, t);
      continue;
    }
    int n;
    if( stage <= KCI_BIBLIO && !n_person && kci_author_line(t, NULL, &n) ){
      person = lit_malloc(c, (size_t)n * sizeof *person);
      if( person ) kci_author_line(t, person, &n_person);
      stage = KCI_AUTHORS;
      continue;
    }
    int num;
    lit_span a;
    if( stage == KCI_AUTHORS && kci_affiliation_line(t, &num, &a) ){
      if( num >= 1 && num <= KCI_MAX_AFF && !aff[num].n ) aff[num] = a;
      continue;
    }
    if( stage >= KCI_BIBLIO ) stage = KCI_BEFORE_ABSTRACT;   /* "Accredited" and the like */
  }

  if( !rec.title && !rec.journal && !n_person ){
    lit_problem(c, "the page ends before its record: no title, bibliographic line or author found");
    free(person);
    lit_abstract_store(c, &rec, &ab);
    lit_record_clear(&rec);
    return;
  }

  /* authors and their affiliations */
  size_t names_n = 0;
  for( int i = 0; i < n_person; i++ ) names_n += person[i].name.n + 2;
  char *names = n_person ? lit_malloc(c, names_n + 1) : NULL;
  size_t w = 0;
  for( int i = 0; i < n_person && !c->oom; i++ ){
    lit_author *au = lit_add_person(c, &rec, person[i].name);
    if( names ){
      if( w ){ names[w++] = ';'; names[w++] = ' '; }
      memcpy(names + w, person[i].name.p, person[i].name.n);
      w += person[i].name.n;
    }
    if( !au ) continue;
    lit_buf b = { 0, 0, 0 };
    lit_span nums = person[i].numbers;
    size_t k = 0;
    while( k < nums.n ){
      int v = 0;
      size_t k0 = k;
      while( k < nums.n && lit_is_digit(nums.p[k]) && k - k0 < 3 ) v = v * 10 + (nums.p[k++] - '0');
      while( k < nums.n && nums.p[k] != ',' ) k++;
      k++;
      if( v < 1 || v > KCI_MAX_AFF || !aff[v].n ) continue;
      lit_buf_add(c, &b, "; ", aff[v]);
    }
    au->affiliation = b.p;
  }
  if( names ){ names[w] = 0; rec.authors = names; }
  free(person);

  lit_abstract_store(c, &rec, &ab);
  rec.type = lit_dup(c, "article-journal", 15);
  lit_record *r = lit_new_record(c);
  if( !r ){ lit_record_clear(&rec); return; }
  rec.ordinal = r->ordinal;
  *r = rec;
  if( !r->title ){
    r->partial = 1;
    lit_problem(c, "record 1 has no title");
  }
  if( !r->abstract ){
    if( has_heading ){
      r->partial = 1;
      lit_problem(c, "record 1 is incomplete: the page ends after its abstract heading");
    }else if( stage < KCI_BEFORE_ABSTRACT ){
      r->partial = 1;
      lit_problem(c, "record 1 is incomplete: the page ends before its %s", n_person ? "abstract" : "author line");
    }
  }
}
