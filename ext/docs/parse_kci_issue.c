/*
** KCI journal-site issue list -> one record per entry.
**
** The layout (the table of contents of one issue, saved as text):
**
**   2019, Vol.8, No.2                                  header: year, volume, issue
**     • 1.                                             an entry's number
**   Cluster Policy and Regional Resilience in Korea    title
**   Park Min-Ji | PARK, JI-HOON | 2019, 8(2) | pp.101~117
**                                                      authors, year, volume(issue), pages
**   This study examines ...                            abstract, one long line
**     • 2.
**   ...
**
** The journal's name is not on the saved part: journal stays NULL. Names
** written in capitals with a comma ("PARK, JI-HOON") are family, given.
** authors joins the names with "; ". An entry without its metadata line, or
** the last one when the page ends before its abstract, is partial.
*/
#include "docs/docs_internal.h"
#include <stdlib.h>

static size_t kci_i_digits(lit_span s, size_t i){
  while( i < s.n && lit_is_digit(s.p[i]) ) i++;
  return i;
}

/* "2019, Vol.8, No.2" */
static int kci_issue_header(lit_span t, lit_span *year, lit_span *vol, lit_span *iss){
  if( kci_i_digits(t, 0) != 4 || !lit_span_starts(lit_span_of(t.p + 4, t.n - 4), ", Vol.") ) return 0;
  size_t i = 10, j = kci_i_digits(t, i);
  if( j == i || !lit_span_starts(lit_span_of(t.p + j, t.n - j), ", No.") ) return 0;
  size_t k = kci_i_digits(t, j + 5);
  if( k == j + 5 || k != t.n ) return 0;
  *year = lit_span_of(t.p, 4);
  *vol = lit_span_of(t.p + i, j - i);
  *iss = lit_span_of(t.p + j + 5, k - j - 5);
  return 1;
}

/* "1." */
static int kci_entry_number(lit_span bt){
  size_t i = kci_i_digits(bt, 0);
  return i > 0 && i + 1 == bt.n && bt.p[i] == '.';
}

/* "A | B | 2019, 8(2) | pp.101~117": 1 when it has that shape (at least
** the year part and the pages, or the year part last). Fills r. */
static int kci_meta_line(lit_ctx *c, lit_record *r, lit_span t){
  if( !memchr(t.p, '|', t.n) ) return 0;
  /* the parts, split at " | " (and "|") */
  lit_span part[64];
  int n = 0;
  size_t start = 0;
  for( size_t i = 0; i <= t.n; i++ ){
    if( i < t.n && t.p[i] != '|' ) continue;
    if( n == 64 ) return 0;
    part[n++] = lit_trim(lit_span_of(t.p + start, i - start));
    start = i + 1;
  }
  int last = n - 1;
  lit_span pages = { 0, 0 };
  if( lit_span_starts(part[last], "pp.") ){ pages = part[last]; last--; }
  if( last < 0 ) return 0;
  lit_record tmp;
  memset(&tmp, 0, sizeof tmp);
  int ok = part[last].n > 4 && part[last].p[4] == ',' && lit_year_volume_issue(c, &tmp, part[last]);
  if( ok ){
    lit_set_str(c, &r->year, tmp.year);
    lit_set_str(c, &r->volume, tmp.volume);
    lit_set_str(c, &r->issue, tmp.issue);
  }
  lit_record_clear(&tmp);
  if( !ok ) return 0;
  if( pages.n ) lit_set_pages(c, r, lit_span_of(pages.p + 3, pages.n - 3));
  lit_buf names = { 0, 0, 0 };
  for( int i = 0; i < last; i++ ){
    if( !part[i].n ) continue;
    lit_add_person(c, r, part[i]);
    lit_buf_add(c, &names, "; ", part[i]);
  }
  if( !r->authors ) r->authors = names.p; else free(names.p);
  return 1;
}

/* A part "2019, 8(2)" or "2019, 8" (no allocation: detection). */
static int kci_year_part(lit_span p){
  p = lit_trim(p);
  if( kci_i_digits(p, 0) != 4 || !lit_span_starts(lit_span_of(p.p + 4, p.n - 4), ", ") ) return 0;
  size_t j = kci_i_digits(p, 6);
  if( j == p.n ) return j > 6;
  if( p.p[j] != '(' ) return 0;
  size_t k = kci_i_digits(p, j + 1);
  return k > j + 1 && k + 1 == p.n && p.p[k] == ')';
}

/* A metadata line: parts split by "|", one of them a year part. */
static int kci_meta_shape(lit_span t){
  size_t start = 0;
  int bars = 0;
  for( size_t i = 0; i <= t.n; i++ ){
    if( i < t.n && t.p[i] != '|' ) continue;
    if( bars++ && kci_year_part(lit_span_of(t.p + start, i - start)) ) return 1;
    start = i + 1;
  }
  return 0;
}

/* Strong: the header "2019, Vol.8, No.2"; weak: an entry bullet "1." with
** a title line and a metadata line under it. */
int lit_detect_kci_issue(const char *text, size_t len){
  lit_lines it = { text, lit_detect_top(text, len), 0 };
  lit_span line, y, v, i;
  int weak = 0, since_entry = -1;   /* lines read since an entry bullet */
  while( lit_next_line(&it, &line) ){
    /* only bullets, the header (a digit first) and the lines under an entry matter */
    unsigned char b0 = lit_first_byte(line);
    if( b0 == 0 ) continue;
    if( b0 == 0xE2 && !lit_is_digit((char)lit_first_item_byte(line)) ){ since_entry = -1; continue; }
    if( b0 != 0xE2 && !lit_is_digit((char)b0) && since_entry < 0 ) continue;
    lit_span t = lit_trim(line), bt;
    int indent;
    if( lit_bullet(line, &indent, &bt) ){
      since_entry = kci_entry_number(bt) ? 0 : -1;
      continue;
    }
    if( kci_issue_header(t, &y, &v, &i) ) return 2;
    if( since_entry >= 0 && ++since_entry == 2 && kci_meta_shape(t) ) weak = 1;
  }
  return weak;
}

enum { KCI_E_TITLE, KCI_E_META, KCI_E_ABSTRACT, KCI_E_AFTER };

typedef struct kci_entry {
  lit_record *r;
  int stage;          /* the next part expected */
  lit_abstracts ab;
} kci_entry;

static void kci_entry_finish(lit_ctx *c, kci_entry *e, int at_end){
  lit_record *r = e->r;
  if( !r ) return;
  lit_abstract_store(c, r, &e->ab);
  if( e->stage <= KCI_E_META ){
    r->partial = 1;
    if( at_end ) lit_problem(c, "record %d is incomplete: the page ends before its %s", r->ordinal,
                             e->stage == KCI_E_TITLE ? "title" : "author and citation line");
    else lit_problem(c, "record %d has no %s", r->ordinal, e->stage == KCI_E_TITLE ? "title" : "author and citation line");
  }else if( at_end && e->stage == KCI_E_ABSTRACT ){
    r->partial = 1;
    lit_problem(c, "record %d is incomplete: the page ends before its abstract", r->ordinal);
  }
  e->r = NULL;
}

void lit_parse_kci_issue(lit_ctx *c, const char *text, size_t len){
  lit_span year = { 0, 0 }, vol = { 0, 0 }, iss = { 0, 0 };
  kci_entry e;
  memset(&e, 0, sizeof e);
  lit_span pending = { 0, 0 };   /* an entry number whose record has no line yet */
  lit_lines it = { text, len, 0 };
  lit_span line;
  while( lit_next_line(&it, &line) && !c->oom ){
    lit_span t = lit_trim(line), bt, y, v, i;
    if( t.n == 0 ) continue;
    int indent;
    if( lit_bullet(line, &indent, &bt) ){
      if( !kci_entry_number(bt) ) continue;
      kci_entry_finish(c, &e, 0);
      pending = bt;
      continue;
    }
    if( pending.n ){
      /* the entry's first line: its record begins */
      pending.n = 0;
      e.r = lit_new_record(c);
      if( !e.r ) break;
      e.stage = KCI_E_TITLE;
    }
    if( !e.r ){
      if( !year.n && kci_issue_header(t, &y, &v, &i) ){ year = y; vol = v; iss = i; }
      continue;
    }
    lit_record *r = e.r;
    switch( e.stage ){
      case KCI_E_TITLE:
        if( kci_meta_line(c, r, t) ){ e.stage = KCI_E_ABSTRACT; break; }
        r->title = lit_dup(c, t.p, t.n);
        if( lit_is_korean(t) ) lit_set(c, &r->title_ko, t); else lit_set(c, &r->title_foreign, t);
        e.stage = KCI_E_META;
        break;
      case KCI_E_META:
        if( kci_meta_line(c, r, t) ){ e.stage = KCI_E_ABSTRACT; break; }
        e.stage = KCI_E_AFTER;   /* no metadata line: this is the abstract */
        lit_abstract_para(c, &e.ab, t);
        r->partial = 1;
        lit_problem(c, "record %d has no author and citation line", r->ordinal);
        break;
      default:
        lit_abstract_para(c, &e.ab, t);
        e.stage = KCI_E_AFTER;
        break;
    }
  }
  /* the header's year, volume and issue for entries without their own */
  for( int k = 0; k < c->doc->n_rec && !c->oom; k++ ){
    lit_record *r = &c->doc->rec[k];
    if( k == c->doc->n_rec - 1 && e.r ) kci_entry_finish(c, &e, 1);
    lit_set(c, &r->year, year);
    lit_set(c, &r->volume, vol);
    lit_set(c, &r->issue, iss);
    if( !r->type ) r->type = lit_dup(c, "article-journal", 15);
  }
  if( e.r ) kci_entry_finish(c, &e, 1);
  if( pending.n ) lit_problem(c, "the page ends after the number of entry %.*s", (int)pending.n - 1, pending.p);
}
