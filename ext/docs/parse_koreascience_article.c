/*
** KoreaScience article page -> one record.
**
** The page a search result links to, saved as text, in three layouts:
**
**   Korean page (?lang=ko)                 English page (?lang=en)
**   DOI QR코드            optional header  DOI QR Code
**   DOI QR Code
**   <Korean title>                         <English title>
**                                          <Korean title>
**   <other-language title>                   • Choi, Hyun-Woo (Dept. ..., Univ.) ;
**     • Park, Min-Ji (Affiliation) ;         • Jung, Da-Eun (Institute)
**     • 이서연 ((재)경기테크노파크 ...)         • 최현우 (한양대학교 ...) ;
**     • 투고 : 2019.03.03   received         • 정다은 (과학기술정책연구원)
**     • 심사 : 2019.04.28   accepted         • Received : 2020.09.01
**     • 발행 : 2019.06.30   published        • Accepted / • Published : ...
**   초록                  optional         Abstract
**   <Korean abstract>                      <English abstract>
**   <English abstract>                     <Korean abstract>
**
**   Dash layout (an older template): "- " lines instead of bullets, opening
**   with the journal and its issue:
**   - 한국지역개발학회지 (Journal of ...)    journal, journal_ko, journal_foreign
**   - 제9권2호                              volume 9, issue 2
**   - /   - Pages.101-118   - 2011         pages, year
**   - 1234-5678(pISSN)   - 2345-6789(eISSN)
**   - <Korean title>   - <English title>   (dash lines or plain lines)
**   - 김민수 (서울대학교 ...) ;   - 투고 : ...   초록   <abstracts>
**
**   Conference paper: the title (a subtitle between dashes) and
**   "Published : 2005.08.25", no author.
**
** Authors are "Name (Affiliation)", the affiliation being the last balanced
** parenthesis group (it may nest: "((재)경기테크노파크 (정책기획실))"). On the
** English page (its first title is not Korean) every person is listed
** twice, romanized then in Hangul, in the same order: when its author items
** split into two equal halves, the first only Latin and the second only
** Hangul, they are paired into one author whose name, family, given and
** affiliation come from the first half (the page's language; the Korean
** affiliation only when the first gives none) and who has both name_latin
** and name_ko. A Korean page lists everyone once, whatever the scripts. A name given once
** leaves name_ko and name_latin NULL: name holds it.
**
** title is the first title (the page's language); title_ko and
** title_foreign are the Korean and the other one. Abstract paragraphs go to
** abstract in page order and to abstract_ko / abstract_foreign by script.
** year and date come from the publication date. type: article-journal when
** the page shows review dates or a journal issue; paper-conference when it
** shows only a publication date, no author and no journal; else NULL.
*/
#include "docs/docs_internal.h"
#include <stdlib.h>

#define KSA_MAX_TITLES 2

/* UTF-8 of the Korean labels */
#define KSA_RECEIVED "\xED\x88\xAC\xEA\xB3\xA0"                /* 투고 */
#define KSA_ACCEPTED "\xEC\x8B\xAC\xEC\x82\xAC"                /* 심사 */
#define KSA_PUBLISHED "\xEB\xB0\x9C\xED\x96\x89"               /* 발행 */
#define KSA_ABSTRACT_KO "\xEC\xB4\x88\xEB\xA1\x9D"             /* 초록 */
#define KSA_JE "\xEC\xA0\x9C"                                  /* 제 */
#define KSA_GWON "\xEA\xB6\x8C"                                /* 권 */
#define KSA_HO "\xED\x98\xB8"                                  /* 호 */

typedef struct ksa_person { lit_span name, affiliation; } ksa_person;

enum { KSA_HEAD, KSA_TITLES, KSA_AUTHORS, KSA_DATES, KSA_ABSTRACT, KSA_DONE };

static int ksa_is_qr(lit_span t){
  return lit_span_eq(t, "DOI QR\xEC\xBD\x94\xEB\x93\x9C") || lit_span_eq(t, "DOI QR Code");   /* DOI QR코드 */
}

/* "투고 : 2019.03.03", "Received : 2020.09.01": which date (0 received, 1
** accepted, 2 published) and its value; -1 when t is no such item. */
static int ksa_date_item(lit_span t, lit_span *value){
  static const char *const labels[][2] = {
    { KSA_RECEIVED, "Received" }, { KSA_ACCEPTED, "Accepted" }, { KSA_PUBLISHED, "Published" },
  };
  for( int k = 0; k < 3; k++ ){
    for( int l = 0; l < 2; l++ ){
      if( !lit_span_starts(t, labels[k][l]) ) continue;
      lit_span v = lit_trim(lit_span_of(t.p + strlen(labels[k][l]), t.n - strlen(labels[k][l])));
      if( v.n == 0 || v.p[0] != ':' ) continue;
      v = lit_trim(lit_span_of(v.p + 1, v.n - 1));
      char iso[11], year[5];
      if( !lit_parse_date(v, iso, year) ) continue;
      *value = v;
      return k;
    }
  }
  return -1;
}

/* A dash item "- text": the text. */
static int ksa_dash(lit_span line, lit_span *text){
  if( line.n < 2 || line.p[0] != '-' || line.p[1] != ' ' ) return 0;
  *text = lit_trim(lit_span_of(line.p + 2, line.n - 2));
  return 1;
}

static size_t ksa_digits(lit_span s, size_t i){
  while( i < s.n && lit_is_digit(s.p[i]) ) i++;
  return i;
}

/* "제9권2호", "제9권 제2호", "제9권": volume and issue. */
static int ksa_volume_issue(lit_span s, lit_span *vol, lit_span *iss){
  if( !lit_span_starts(s, KSA_JE) ) return 0;
  size_t i = 3, j = ksa_digits(s, 3);
  if( j == i || !lit_span_starts(lit_span_of(s.p + j, s.n - j), KSA_GWON) ) return 0;
  *vol = lit_span_of(s.p + i, j - i);
  iss->n = 0;
  i = j + 3;
  while( i < s.n && s.p[i] == ' ' ) i++;
  if( i == s.n ) return 1;
  if( lit_span_starts(lit_span_of(s.p + i, s.n - i), KSA_JE) ) i += 3;
  j = ksa_digits(s, i);
  if( j == i || j + 3 != s.n || !lit_span_starts(lit_span_of(s.p + j, s.n - j), KSA_HO) ) return 0;
  *iss = lit_span_of(s.p + i, j - i);
  return 1;
}

/* "1234-5678(pISSN)", "2345-678X (eISSN)": 1 print, 2 electronic. */
static int ksa_issn(lit_span s, lit_span *issn){
  if( s.n < 9 ) return 0;
  for( int k = 0; k < 9; k++ ){
    char ch = s.p[k];
    if( k == 4 ? ch != '-' : !(lit_is_digit(ch) || (k == 8 && (ch == 'X' || ch == 'x'))) ) return 0;
  }
  lit_span tag = lit_trim(lit_span_of(s.p + 9, s.n - 9));
  *issn = lit_span_of(s.p, 9);
  if( lit_span_eq(tag, "(pISSN)") ) return 1;
  if( lit_span_eq(tag, "(eISSN)") ) return 2;
  return 0;
}

static int ksa_all_digits(lit_span s){
  if( s.n == 0 ) return 0;
  for( size_t i = 0; i < s.n; i++ ) if( !lit_is_digit(s.p[i]) ) return 0;
  return 1;
}

/* A bibliographic dash item of the head; 1 when it was one. */
static int ksa_biblio(lit_ctx *c, lit_record *r, lit_span s){
  lit_span a, b;
  if( lit_span_eq(s, "/") ) return 1;
  if( ksa_volume_issue(s, &a, &b) ){
    lit_set(c, &r->volume, a);
    lit_set(c, &r->issue, b);
    return 1;
  }
  if( lit_span_starts(s, "Pages.") && s.n > 6 ){
    lit_set_pages(c, r, lit_span_of(s.p + 6, s.n - 6));
    return 1;
  }
  if( s.n == 4 && ksa_all_digits(s) ){
    lit_set(c, &r->year, s);
    return 1;
  }
  int k = ksa_issn(s, &a);
  if( k ){
    lit_set(c, k == 1 ? &r->issn : &r->eissn, a);
    return 1;
  }
  return 0;
}

/* The journal "한국어 이름 (English name)". journal is the Korean name. */
static void ksa_journal(lit_ctx *c, lit_record *r, lit_span s){
  lit_span ko, foreign;
  if( lit_paren_tail(s, &ko, &foreign) && ko.n && foreign.n && lit_is_korean(ko) && !lit_is_korean(foreign) ){
    lit_set(c, &r->journal, ko);
    lit_set(c, &r->journal_ko, ko);
    lit_set(c, &r->journal_foreign, foreign);
    return;
  }
  lit_set(c, &r->journal, s);
}

/* "Name (Affiliation) ;" -> name and affiliation. */
static ksa_person ksa_person_of(lit_span s){
  ksa_person p = { s, { 0, 0 } };
  if( lit_span_ends(s, ";") ) s = lit_trim(lit_span_of(s.p, s.n - 1));
  p.name = s;
  lit_span name, aff;
  if( lit_paren_tail(s, &name, &aff) && name.n ){
    p.name = name;
    p.affiliation = aff;
  }
  return p;
}

/* Script of a name: 1 Hangul only, 2 Latin only, 0 other. */
static int ksa_script(lit_span s){
  size_t h, l;
  lit_script_count(s.p, s.n, &h, &l);
  return h && !l ? 1 : l && !h ? 2 : 0;
}

/* Could this dash item be an author rather than a title? A name of one to
** four words (Hangul, or capitalised Latin words, or "Family, Given"). */
static int ksa_is_person_shaped(lit_span s){
  if( lit_span_ends(s, ";") ) return 1;
  ksa_person p = ksa_person_of(s);
  lit_span n = p.name;
  size_t words = 1;
  for( size_t i = 0; i < n.n; i++ ){
    if( n.p[i] == ' ' ) words++;
    else if( n.p[i] == ':' || n.p[i] == '?' ) return 0;
  }
  if( words > 4 ) return 0;
  int sc = ksa_script(n);
  if( sc == 1 ) return n.n <= 5 * 3 + 1;
  if( sc != 2 ) return 0;
  /* every word capitalised */
  size_t i = 0;
  while( i < n.n ){
    while( i < n.n && n.p[i] == ' ' ) i++;
    if( i < n.n && !(n.p[i] >= 'A' && n.p[i] <= 'Z') ) return 0;
    while( i < n.n && n.p[i] != ' ' ) i++;
  }
  return 1;
}

static int ksa_is_stop_heading(lit_span t){
  static const char *const stops[] = {
    "\xED\x82\xA4\xEC\x9B\x8C\xEB\x93\x9C",                           /* 키워드 */
    "Keywords", "Keyword",
    "\xEC\xB0\xB8\xEA\xB3\xA0\xEB\xAC\xB8\xED\x97\x8C",               /* 참고문헌 */
    "References",
    "\xEA\xB3\xBC\xEC\xA0\x9C\xEC\xA0\x95\xEB\xB3\xB4",               /* 과제정보 */
    "Acknowledgement", "Cited by",
    "\xEC\x9D\xB8\xEC\x9A\xA9\xEB\xAC\xB8\xED\x97\x8C",               /* 인용문헌 */
  };
  for( size_t i = 0; i < sizeof stops / sizeof stops[0]; i++ ) if( lit_span_eq(t, stops[i]) ) return 1;
  return 0;
}

/* Certain: the "DOI QR" header. Strong: a date item with a YYYY.MM.DD date
** ("투고 : 2019.03.03", "Published : 2005.08.25"), a dash item "제9권2호" or
** "1234-5678(pISSN)". */
int lit_detect_koreascience_article(const char *text, size_t len){
  lit_lines it = { text, lit_detect_top(text, len), 0 };
  lit_span line;
  int score = 0;
  while( lit_next_line(&it, &line) ){
    /* markers start with D(OI), a bullet, "- ", or a date label: 투 심 발 R A P */
    unsigned char b0 = lit_first_item_byte(line);
    if( !strchr("D-RAP", b0 ? b0 : 'x') && b0 != 0xED && b0 != 0xEC && b0 != 0xEB ) continue;
    lit_span t = lit_trim(line), item, v, a, b;
    if( t.n == 0 ) continue;
    if( ksa_is_qr(t) ) return 3;
    int indent;
    if( !lit_bullet(line, &indent, &item) && !ksa_dash(t, &item) ) item = t;
    if( ksa_date_item(item, &v) >= 0 ) score = 2;
    else if( item.p != t.p && (ksa_volume_issue(item, &a, &b) || ksa_issn(item, &a)) ) score = 2;
  }
  return score;
}

void lit_parse_koreascience_article(lit_ctx *c, const char *text, size_t len){
  lit_record rec;
  memset(&rec, 0, sizeof rec);
  lit_abstracts ab;
  memset(&ab, 0, sizeof ab);
  lit_span title[KSA_MAX_TITLES];
  int n_title = 0, stage = KSA_HEAD, n_biblio = 0, has_heading = 0, n_dates = 0;
  ksa_person *person = NULL;
  int n_person = 0, cap_person = 0;
  lit_lines it = { text, len, 0 };
  lit_span line;

  while( lit_next_line(&it, &line) && !c->oom && stage != KSA_DONE ){
    lit_span t = lit_trim(line), item, v;
    if( t.n == 0 ) continue;
    if( stage == KSA_HEAD && ksa_is_qr(t) ) continue;
    int indent, is_dash = 0, is_item = lit_bullet(line, &indent, &item);
    if( !is_item ) is_item = is_dash = ksa_dash(t, &item);
    if( is_item && item.n == 0 ) continue;
    if( is_item && !has_heading ){
      /* a date item, even after a paragraph the page put before its dates */
      int k = ksa_date_item(item, &v);
      if( k >= 0 ){
        char **field = k == 0 ? &rec.received : k == 1 ? &rec.accepted : &rec.published;
        lit_set_date_field(c, field, v);
        if( k == 2 ){
          char iso[11], year[5];
          lit_parse_date(v, iso, year);
          lit_set(c, &rec.year, lit_span_of(year, strlen(year)));
          lit_set(c, &rec.date, lit_span_of(iso, strlen(iso)));
        }
        n_dates++;
        if( stage < KSA_DATES ) stage = KSA_DATES;
        continue;
      }
    }
    if( is_item && stage < KSA_ABSTRACT ){
      if( is_dash && stage == KSA_HEAD && n_title == 0 ){
        if( ksa_biblio(c, &rec, item) ){ n_biblio++; continue; }
        if( !rec.journal && n_biblio == 0 ){ ksa_journal(c, &rec, item); continue; }
      }
      if( stage > KSA_AUTHORS ) continue;   /* an item among the dates: not read */
      /* dash layout: the titles may be dash items too */
      if( is_dash && n_title < KSA_MAX_TITLES && n_person == 0
          && (n_title == 0 || (!ksa_is_person_shaped(item) && lit_is_korean(item) != lit_is_korean(title[0]))) ){
        title[n_title++] = item;
        stage = KSA_TITLES;
        continue;
      }
      if( n_person == cap_person ){
        int cap = cap_person ? cap_person * 2 : 8;
        if( cap > (1 << 20) ){ c->oom = 1; break; }
        ksa_person *p = lit_realloc(c, person, (size_t)cap * sizeof *p);
        if( !p ) break;
        person = p;
        cap_person = cap;
      }
      person[n_person++] = ksa_person_of(item);
      stage = KSA_AUTHORS;
      continue;
    }
    if( lit_span_eq(t, KSA_ABSTRACT_KO) || lit_span_eq(t, "Abstract") || lit_span_eq(t, "ABSTRACT") ){
      /* a second heading ("초록" then "Abstract") is no paragraph either */
      stage = KSA_ABSTRACT;
      has_heading = 1;
      continue;
    }
    if( ksa_is_stop_heading(t) ){ stage = KSA_DONE; continue; }
    if( stage <= KSA_TITLES && n_person == 0 && n_dates == 0 ){
      if( n_title < KSA_MAX_TITLES ){ title[n_title++] = t; stage = KSA_TITLES; }
      else lit_problem(c, "record 1: a third title line was not read");
      continue;
    }
    if( stage >= KSA_AUTHORS ){
      stage = KSA_ABSTRACT;
      lit_abstract_para(c, &ab, is_item ? item : t);
    }
  }

  if( !n_title && !n_person && !n_dates && !rec.journal ){
    lit_problem(c, "the page ends before its record: no title, author or date found");
    free(person);
    lit_abstract_store(c, &rec, &ab);
    lit_record_clear(&rec);
    return;
  }

  /* titles */
  if( n_title ){
    rec.title = lit_dup(c, title[0].p, title[0].n);
    for( int i = 0; i < n_title; i++ ){
      size_t h, l;
      lit_script_count(title[i].p, title[i].n, &h, &l);
      if( lit_is_korean(title[i]) ) lit_set(c, &rec.title_ko, title[i]);
      else if( l ) lit_set(c, &rec.title_foreign, title[i]);
    }
  }

  /* authors: two halves in different scripts are one list given twice */
  int half = 0;
  if( n_person >= 2 && n_person % 2 == 0 && n_title && !lit_is_korean(title[0]) ){
    int h = n_person / 2;
    half = h;
    for( int i = 0; i < n_person && half; i++ ){
      if( ksa_script(person[i].name) != (i < h ? 2 : 1) ) half = 0;
    }
  }
  int n_listed = half ? half : n_person;
  if( !half && n_person >= 2 && n_title && !lit_is_korean(title[0]) && ksa_script(person[0].name) == 2 ){
    /* an English page whose romanized list is followed by a Hangul list of
    ** another length: the same people twice, but who is who is not known */
    int k = 0;
    while( k < n_person && ksa_script(person[k].name) == 2 ) k++;
    int m = k;
    while( m < n_person && ksa_script(person[m].name) == 1 ) m++;
    if( k < n_person && m == n_person ){
      lit_problem(c, "record 1: the romanized and the Hangul author lists differ in length (%d and %d): "
                  "the Hangul names were not paired", k, n_person - k);
      n_listed = k;
    }
  }
  size_t names_n = 0;
  for( int i = 0; i < n_listed; i++ ) names_n += person[i].name.n + 2;
  char *names = n_listed ? lit_malloc(c, names_n + 1) : NULL;
  size_t w = 0;
  for( int i = 0; i < n_listed && !c->oom; i++ ){
    ksa_person *p = &person[i];
    lit_author *a = lit_add_person(c, &rec, p->name);
    if( !a ) continue;
    lit_span aff = p->affiliation;
    if( half ){
      ksa_person *q = &person[i + half];
      if( !aff.n ) aff = q->affiliation;
      a->name_latin = lit_dup(c, p->name.p, p->name.n);
      a->name_ko = lit_dup(c, q->name.p, q->name.n);
    }
    if( aff.n ) a->affiliation = lit_dup(c, aff.p, aff.n);
    if( names ){
      if( w ){ names[w++] = ';'; names[w++] = ' '; }
      memcpy(names + w, p->name.p, p->name.n);
      w += p->name.n;
    }
  }
  if( names ){ names[w] = 0; rec.authors = names; }
  free(person);

  lit_abstract_store(c, &rec, &ab);

  if( rec.received || rec.accepted || rec.volume || rec.issue || rec.issn || rec.eissn ){
    rec.type = lit_dup(c, "article-journal", 15);
  }else if( rec.published && !n_person && !rec.journal ){
    rec.type = lit_dup(c, "paper-conference", 16);
  }

  lit_record *r = lit_new_record(c);
  if( !r ){ lit_record_clear(&rec); return; }
  rec.ordinal = r->ordinal;
  *r = rec;
  if( !r->title ){
    r->partial = 1;
    lit_problem(c, "record 1 has no title");
  }
  if( n_dates == 0 && !r->abstract ){
    r->partial = 1;
    lit_problem(c, "record 1 is incomplete: the page ends before its dates");
  }else if( has_heading && !r->abstract ){
    r->partial = 1;
    lit_problem(c, "record 1 is incomplete: the page ends after its abstract heading");
  }
}
