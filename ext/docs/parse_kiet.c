/*
** KIET publication page -> one record.
**
** The layout (kiet.re.kr, saved as text), top to bottom:
**
**   Go to the Mian menu                      navigation noise, usually twice
**   Research ReportsKIET Korea Institute for Industrial Economics and Trade
**     • home                                 breadcrumbs
**     • Publications
**     • Research Reports
**   <title, one line>
**   Author Byeon, Changuk et al. Date 2018.12.14 Page 171
**   File pdf                                 optional
**   <abstract: paragraphs split by blank lines or single newlines>
**
** The header glues the series to the institute's name with no space; the
** series may itself start with "KIET" ("KIET Monthly Industrial Economics"),
** so the series is the header minus the institute's name at its end. The
** metadata line ends with "Page <n>" or "Issue No <n>", either value may be
** empty. Another KIET site puts the date at the end of the title line and
** the author on its own line as "Author : Name (Division)"; that page has no
** page count or issue number, and the error says what it lacks.
*/
#define _GNU_SOURCE  /* memmem */
#include "docs/docs_internal.h"
#include <stdlib.h>

#define KIET_INSTITUTE "KIET Korea Institute for Industrial Economics and Trade"

/* Finds the label w in s as a word: at the start or after a space, and
** followed by the end, a space or a colon. Returns its offset or s.n. */
static size_t kiet_find_label(lit_span s, size_t from, const char *w){
  size_t wn = strlen(w);
  while( from < s.n ){
    const char *hit = memmem(s.p + from, s.n - from, w, wn);
    if( !hit ) break;
    size_t at = (size_t)(hit - s.p), end = at + wn;
    if( (at == 0 || s.p[at - 1] == ' ') && (end == s.n || s.p[end] == ' ' || s.p[end] == ':') ) return at;
    from = at + 1;
  }
  return s.n;
}

static int lit_kiet_is_noise(lit_span t){
  return lit_span_eq(t, "Go to the Mian menu") || lit_span_eq(t, "Go to the Main menu");
}

static int lit_kiet_is_header(lit_span t){
  return lit_span_ends(t, KIET_INSTITUTE);
}

/* Drops a ":" that follows a label ("Date : 2021.06.30"). */
static lit_span kiet_label_value(lit_span s){
  s = lit_trim(s);
  if( s.n && s.p[0] == ':' ) s = lit_trim(lit_span_of(s.p + 1, s.n - 1));
  return s;
}

typedef struct kiet_meta {
  lit_span authors, date, page, issue_no;
  int has_page, has_issue_no;
} kiet_meta;

/* Reads "Author <names> Date <date> Page <n>" (or "Issue No <n>"). The line
** must start with the Author label and hold a Date label or a final Page or
** Issue No label; author names never contain those words as labels. */
static int kiet_parse_meta(lit_span t, kiet_meta *m){
  memset(m, 0, sizeof *m);
  if( !lit_span_starts(t, "Author") || (t.n > 6 && t.p[6] != ' ') ) return 0;
  lit_span body = lit_span_of(t.p + 6, t.n - 6), rest = lit_trim(body);
  if( rest.n && rest.p[0] == ':' ) return 0;   /* the other site's "Author :" */
  size_t date_at = kiet_find_label(body, 0, "Date");
  size_t after_date = date_at < body.n ? date_at + 4 : 0;
  size_t page_at = kiet_find_label(body, after_date, "Page");
  size_t issue_at = kiet_find_label(body, after_date, "Issue No");
  size_t last_at = page_at < issue_at ? page_at : issue_at;
  if( date_at == body.n && last_at == body.n ) return 0;
  size_t names_end = date_at < last_at ? date_at : last_at;
  m->authors = lit_trim(lit_span_of(body.p, names_end));
  if( date_at < body.n ) m->date = kiet_label_value(lit_span_of(body.p + after_date, last_at - after_date));
  if( last_at < body.n ){
    size_t label_n = last_at == page_at ? 4 : 8;
    lit_span v = kiet_label_value(lit_span_of(body.p + last_at + label_n, body.n - last_at - label_n));
    if( last_at == page_at ){ m->has_page = 1; m->page = v; }
    else{ m->has_issue_no = 1; m->issue_no = v; }
  }
  return 1;
}

/* The other site's author line, "Author : Name (Division)": the names. */
static int kiet_other_author(lit_span t, lit_span *names){
  if( !lit_span_starts(t, "Author") ) return 0;
  lit_span v = lit_trim(lit_span_of(t.p + 6, t.n - 6));
  if( v.n == 0 || v.p[0] != ':' ) return 0;
  *names = kiet_label_value(v);
  return 1;
}

/* The other site's button labels, glued to the end of the title line. */
static const char *const kiet_buttons[] = {
  "\xEB\xAC\xB8\xEC\x84\x9C \xEB\xAF\xB8\xEB\xA6\xAC\xEB\xB3\xB4\xEA\xB8\xB0",   /* 문서 미리보기 */
  "\xEB\xAC\xB8\xEC\x84\x9C \xEB\x8B\xA4\xEC\x9A\xB4\xEB\xA1\x9C\xEB\x93\x9C",   /* 문서 다운로드 */
};

/* Strips the button labels from the end of t; returns how many it removed. */
static int kiet_strip_buttons(lit_span *t){
  int n = 0;
  for( int again = 1; again; ){
    again = 0;
    for( size_t i = 0; i < sizeof kiet_buttons / sizeof kiet_buttons[0]; i++ ){
      if( lit_span_ends(*t, kiet_buttons[i]) ){
        t->n -= strlen(kiet_buttons[i]);
        *t = lit_trim(*t);
        n++;
        again = 1;
      }
    }
  }
  return n;
}

/* The other site's title line ends with its date and maybe the button
** labels: "<title> 2021-06-30 문서 미리보기문서 다운로드", "<title> 2021.06.30",
** the date maybe after a separator ("|", "-", "·") or a "Date" label. */
static int kiet_title_with_date(lit_span t, lit_span *title, lit_span *date){
  kiet_strip_buttons(&t);
  size_t sp = t.n;
  while( sp > 0 && t.p[sp - 1] != ' ' && t.p[sp - 1] != '\t' ) sp--;
  if( sp == 0 ) return 0;
  lit_span d = lit_span_of(t.p + sp, t.n - sp);
  char iso[11], year[5];
  if( !lit_parse_date(d, iso, year) ) return 0;
  lit_span rest = lit_trim(lit_span_of(t.p, sp));
  for(;;){
    if( rest.n && strchr("|-:/,", rest.p[rest.n - 1]) ) rest.n--;
    else if( lit_span_ends(rest, "\xC2\xB7") ) rest.n -= 2;           /* U+00B7 middle dot */
    else if( lit_span_ends(rest, " Date") ) rest.n -= 5;
    else break;
    rest = lit_trim(rest);
  }
  if( rest.n == 0 ) return 0;
  *title = rest;
  *date = d;
  return 1;
}

static void kiet_set_date(lit_ctx *c, lit_record *r, lit_span d){
  char iso[11], year[5];
  if( !lit_parse_date(d, iso, year) ) return;
  lit_set(c, &r->date, lit_span_of(iso, strlen(iso)));
  lit_set(c, &r->year, lit_span_of(year, strlen(year)));
}

/* The other site's author value, "Family, Given (Division)", or several
** such groups ("Kim, Minsu (A), Lee, Jiwon (B)"; one division may follow
** several names): people with the division as their affiliation. authors
** keeps the names as written without the divisions. */
static void kiet_other_authors(lit_ctx *c, lit_record *r, lit_span s){
  /* each segment adds at most itself and ", " (segments may touch: "a(b)c") */
  char *names = lit_malloc(c, 3 * s.n + 1);
  if( !names ) return;
  size_t n = 0, i = 0;
  while( i < s.n && !c->oom ){
    /* one segment: up to the end of a top-level parenthesis group, or the end */
    size_t depth = 0, j = i, close = 0;
    for( ; j < s.n; j++ ){
      if( s.p[j] == '(' ) depth++;
      else if( s.p[j] == ')' && depth && --depth == 0 ){ close = j + 1; break; }
    }
    lit_span seg = lit_trim(lit_span_of(s.p + i, (close ? close : s.n) - i));
    i = close ? close : s.n;
    while( i < s.n && (s.p[i] == ',' || s.p[i] == ';' || s.p[i] == ' ') ) i++;
    lit_span who = seg, division = { 0, 0 };
    if( close && !lit_paren_tail(seg, &who, &division) ){ who = seg; division.n = 0; }
    if( who.n == 0 ) continue;
    if( n ){ names[n++] = ','; names[n++] = ' '; }
    memcpy(names + n, who.p, who.n);
    n += who.n;
    lit_record tmp;
    memset(&tmp, 0, sizeof tmp);
    lit_parse_authors(c, &tmp, who);
    for( int k = 0; k < tmp.n_author; k++ ){
      lit_author *a = lit_new_author(c, r);
      if( !a ){ free(tmp.author[k].name); free(tmp.author[k].family); free(tmp.author[k].given); continue; }
      *a = tmp.author[k];
      if( division.n ) a->affiliation = lit_dup(c, division.p, division.n);
    }
    free(tmp.author);
    free(tmp.authors);
  }
  names[n] = 0;
  if( n && !r->authors ) r->authors = names; else free(names);
}

/* Where the parser is on the page. */
enum { KIET_HEAD, KIET_AFTER_TITLE, KIET_AFTER_META, KIET_ABSTRACT };

/* Strong: the navigation noise, the series header, or the other site's
** button labels ending a line; weak: a metadata line "Author ... Date ...",
** or the other site's "Author : Name" right under a title line that ends
** with a date. Bullets are breadcrumbs, never markers. */
/* A metadata line as the site prints it: the date a date (or empty), the page
** count or issue number digits (or empty). Prose that happens to hold
** "Author ... Date ..." has words there. */
static int kiet_meta_is_clean(const kiet_meta *m){
  char iso[11], year[5];
  if( m->date.n && !lit_parse_date(m->date, iso, year) ) return 0;
  lit_span v = m->has_page ? m->page : m->issue_no;
  for( size_t i = 0; i < v.n; i++ ) if( !lit_is_digit(v.p[i]) ) return 0;
  return 1;
}

int lit_detect_kiet(const char *text, size_t len){
  lit_lines it = { text, lit_detect_head(text, len), 0 };
  lit_span line, prev = { 0, 0 };
  int weak = 0;
  while( lit_next_line(&it, &line) ){
    lit_span t = lit_trim(line);
    if( t.n == 0 ) continue;
    int indent;
    lit_span bt;
    if( lit_bullet_marker(line, &indent, &bt) >= 0 ){ prev = bt; continue; }
    if( lit_kiet_is_noise(t) || lit_kiet_is_header(t) ) return 2;
    lit_span title, date, buttons = t;
    if( kiet_strip_buttons(&buttons) == 2 && kiet_title_with_date(t, &title, &date) ) return 2;
    if( !weak && line.p[0] == 'A' ){
      kiet_meta m;
      lit_span names;
      if( kiet_parse_meta(t, &m) && kiet_meta_is_clean(&m) ) weak = 1;
      else if( kiet_other_author(t, &names) && prev.n && kiet_title_with_date(prev, &title, &date) ) weak = 1;
    }
    prev = t;
  }
  return weak;
}

/* The breadcrumbs' marker: that of the first bullet line, as the crumbs come
** first on the page (an abstract's "- " lines are text then). */
static int kiet_crumb_style(const char *text, size_t len){
  lit_lines it = { text, len, 0 };
  lit_span line, bt;
  int indent;
  while( lit_next_line(&it, &line) ){
    int k = lit_bullet_marker(line, &indent, &bt);
    if( k >= 0 ) return k;
  }
  return 0;
}

void lit_parse_kiet(lit_ctx *c, const char *text, size_t len){
  lit_document *d = c->doc;
  /* Run without detection (lit_parse_as), the reader still reads only a
  ** page that shows a KIET marker: any text has "a title". */
  lit_record rec;
  memset(&rec, 0, sizeof rec);
  lit_lines it = { text, len, 0 };
  lit_span line, crumb = { 0, 0 };
  lit_buf abstract = { 0, 0, 0 };
  lit_span title_line = { 0, 0 };
  int stage = KIET_HEAD, has_meta = 0, other_layout = 0, n_crumb = 0;
  int style = kiet_crumb_style(text, len);

  while( lit_next_line(&it, &line) ){
    lit_span t = lit_trim(line);
    if( t.n == 0 ) continue;
    int indent;
    lit_span bt;
    if( lit_kiet_is_noise(t) ) continue;
    if( stage == KIET_HEAD && lit_kiet_is_header(t) ){
      if( !d->series ) lit_set(c, &d->series, lit_trim(lit_span_of(t.p, t.n - strlen(KIET_INSTITUTE))));
      continue;
    }
    if( stage == KIET_HEAD && lit_bullet_as(style, line, &indent, &bt) ){
      crumb = bt;
      n_crumb++;
      continue;
    }
    if( stage != KIET_HEAD && (lit_span_eq(t, "File pdf") || lit_span_eq(t, "File PDF")) ){
      rec.has_pdf = 1;
      continue;
    }
    if( stage < KIET_ABSTRACT ){
      kiet_meta m;
      if( !has_meta && kiet_parse_meta(t, &m) ){
        has_meta = 1;
        if( m.authors.n ) lit_parse_authors(c, &rec, m.authors);
        kiet_set_date(c, &rec, m.date);
        if( m.has_page ) lit_set(c, &rec.page_count, m.page);
        if( m.has_issue_no ) lit_set(c, &rec.issue_no, m.issue_no);
        stage = KIET_AFTER_META;
        continue;
      }
      lit_span other_names;
      if( !rec.authors && kiet_other_author(t, &other_names) ){
        kiet_other_authors(c, &rec, other_names);
        other_layout = 1;
        stage = KIET_AFTER_META;
        continue;
      }
      if( !rec.date && lit_span_starts(t, "Date") && (t.n == 4 || t.p[4] == ' ' || t.p[4] == ':') ){
        lit_span dv = kiet_label_value(lit_span_of(t.p + 4, t.n - 4));
        char iso[11], year[5];
        if( lit_parse_date(dv, iso, year) ){
          kiet_set_date(c, &rec, dv);
          continue;
        }
      }
      if( stage == KIET_HEAD ){
        title_line = t;
        stage = KIET_AFTER_TITLE;
        continue;
      }
    }
    stage = KIET_ABSTRACT;
    lit_buf_para(c, &abstract, t);
  }

  /* A title line ending with a date is the other site's layout only when
  ** the page has no metadata line: a title may end with a date of its own. */
  lit_span title, title_date;
  if( title_line.n && !has_meta && kiet_title_with_date(title_line, &title, &title_date) ){
    lit_set_title(c, &rec, title);
    kiet_set_date(c, &rec, title_date);
    other_layout = 1;
  }else if( title_line.n ){
    lit_set_title(c, &rec, title_line);
  }

  /* The breadcrumbs end with the series when the header is missing. */
  if( !d->series && n_crumb >= 3 && !lit_span_eq(crumb, "Publications") ) lit_set(c, &d->series, crumb);

  if( !rec.title && !has_meta && !rec.authors && !rec.date && !abstract.n ){
    lit_problem(c, "the page ends before its record: no title, metadata line or abstract");
    /* what was read (a year from a "Date 2021.03" line) goes with the record */
    free(abstract.p);
    lit_record_clear(&rec);
    return;
  }
  lit_record *r = lit_new_record(c);
  if( !r ){
    free(abstract.p);
    lit_record_clear(&rec);
    return;
  }
  rec.ordinal = r->ordinal;
  *r = rec;
  r->abstract = abstract.p;
  if( r->abstract ){
    const char *lang = lit_language(r->abstract, abstract.n);
    if( lang ) r->language = lit_dup(c, lang, strlen(lang));
  }
  if( d->series ) r->journal = lit_dup(c, d->series, strlen(d->series));
  r->type = lit_dup(c, "report", 6);

  if( other_layout && !has_meta ){
    /* The other site shows no series, page count or issue number: those
    ** stay NULL. What it shows and the page lacks is reported. */
    char missing[200] = "";
    if( !r->title ) strcat(missing, " and no title");
    if( !r->authors ) strcat(missing, " and no author line");
    if( !r->year ) strcat(missing, " and no date");
    if( !r->abstract ) strcat(missing, " and no text");
    if( missing[0] ){
      lit_problem(c, "record 1 (the other KIET site's layout) has %s", missing + 5);
      r->partial = 1;
    }
    return;
  }
  if( !r->title ){
    r->partial = 1;
    lit_problem(c, "record 1 has no title");
  }
  if( !has_meta ){
    r->partial = 1;
    if( r->abstract ) lit_problem(c, "record 1 has no \"Author ... Date ...\" metadata line");
    else lit_problem(c, "record 1 is incomplete: the page ends before its metadata line");
  }else if( !r->abstract ){
    r->partial = 1;
    lit_problem(c, "record 1 is incomplete: the page ends before its abstract");
  }
}
