/*
** KoreaScience search results page -> one record per result.
**
** The layout (koreascience.kr, saved as text):
**
**   • Title/Summary/Keyword: 클러스터정책
**   Search Result 1,772, Processing Time 0.029 seconds
**   <title>                                  column 0, not a bullet
**     • Park, Jae-Su;Kim, Min-Ho             authors, bullet at indent 2
**       • Journal of ...                     bibliographic lines, indent 4,
**       • /                                  separated by "/" bullets:
**       • v.19 no.4   (or s.20, 2005.08a)    journal, volume/issue or series
**       • /                                  number or proceedings issue,
**       • pp.52-59                           pages, year; any may be missing
**       • /
**       • 2005
**     • <abstract, one long line>            indent 2
**     • PDF                                  optional marker, indent 2
**
** Each bibliographic item is identified by its shape, never its position.
** A title line starts a record; bullets before any title belong to a record
** without a title (the page was saved from the middle of a record). An
** indent-2 bullet right after the title is the author line when indent-4
** lines follow it or when it looks like a list of names; otherwise it is the
** abstract of a record saved without its record lines. What a record lacks
** is reported in the document error and the record is flagged partial.
*/
#define _GNU_SOURCE  /* memmem */
#include "docs/docs_internal.h"
#include <stdlib.h>

/* Parts of a record in page order; a record lacks a part when a later one is
** present, and is cut off when the page ends before a part. */
enum { KS_TITLE, KS_AUTHOR, KS_BIBLIO, KS_ABSTRACT, KS_NPART };
static const char *const ks_part_name[KS_NPART] = {
  "title", "author line", "bibliographic lines", "abstract"
};

typedef struct ks_state {
  lit_record *r;              /* the current record, NULL before the first */
  int has[KS_NPART];
  int ended_in_separator;     /* the last line read was a "/" bullet */
} ks_state;

static int ks_all_digits(lit_span s){
  if( s.n == 0 ) return 0;
  for( size_t i = 0; i < s.n; i++ ) if( !lit_is_digit(s.p[i]) ) return 0;
  return 1;
}

/* Sets the language, flags the record partial and reports what it lacks. */
static void ks_finish(lit_ctx *c, ks_state *k, int at_end){
  lit_record *r = k->r;
  if( !r ) return;
  /* A record with bibliographic lines is a journal article unless its issue
  ** is a proceedings issue ("2005.08a", set in ks_biblio); without them the
  ** kind is not known. */
  if( k->has[KS_BIBLIO] && !r->type ) r->type = lit_dup(c, "article-journal", 15);
  if( r->abstract ){
    const char *lang = lit_language(r->abstract, strlen(r->abstract));
    if( lang ) r->language = lit_dup(c, lang, strlen(lang));
  }
  int last = -1;
  for( int i = 0; i < KS_NPART; i++ ) if( k->has[i] ) last = i;
  /* Inside the page a record must have its title, author line and
  ** bibliographic lines (some records have no abstract on the site); the
  ** last record lacks only what comes before its last part, and is cut off
  ** after it. */
  int lacks_until = at_end ? last : KS_ABSTRACT;
  char missing[160] = "";
  for( int i = 0; i < lacks_until; i++ ){
    if( k->has[i] ) continue;
    if( missing[0] ) strcat(missing, " and no ");
    strcat(missing, ks_part_name[i]);
  }
  if( missing[0] ){
    r->partial = 1;
    lit_problem(c, "record %d has no %s", r->ordinal, missing);
  }
  if( at_end && last < KS_ABSTRACT ){
    r->partial = 1;
    if( last == KS_BIBLIO && k->ended_in_separator ){
      lit_problem(c, "record %d is incomplete: the page ends inside its bibliographic lines", r->ordinal);
    }else{
      lit_problem(c, "record %d is incomplete: the page ends before its %s", r->ordinal, ks_part_name[last + 1]);
    }
  }
}

static void ks_begin(lit_ctx *c, ks_state *k){
  ks_finish(c, k, 0);
  memset(k, 0, sizeof *k);
  k->r = lit_new_record(c);
}

/* "pp.52-59", "pp.e12-e19", "pp.52" */
static void ks_pages(lit_ctx *c, lit_record *r, lit_span s){
  s = lit_trim(lit_span_of(s.p + 3, s.n - 3));
  size_t dash = 0, dash_n = 0;
  for( size_t i = 0; i < s.n; i++ ){
    if( s.p[i] == '-' ){ dash = i; dash_n = 1; break; }
    if( i + 3 <= s.n && memcmp(s.p + i, "\xE2\x80\x93", 3) == 0 ){ dash = i; dash_n = 3; break; }  /* en dash */
  }
  if( !dash_n ){
    lit_set(c, &r->page_first, s);
    return;
  }
  lit_set(c, &r->page_first, lit_trim(lit_span_of(s.p, dash)));
  lit_set(c, &r->page_last, lit_trim(lit_span_of(s.p + dash + dash_n, s.n - dash - dash_n)));
}

/* "v.19 no.4", "v.19", "no.4": every word must be a v. or no. item. The
** issue is the number ("4"), as citation formats have it. */
static int ks_volume_issue(lit_ctx *c, lit_record *r, lit_span s){
  lit_span vol = { 0, 0 }, iss = { 0, 0 };
  size_t i = 0;
  while( i < s.n ){
    size_t j = i;
    while( j < s.n && s.p[j] != ' ' ) j++;
    lit_span w = lit_span_of(s.p + i, j - i);
    if( lit_span_starts(w, "v.") && w.n > 2 && !vol.n ) vol = lit_span_of(w.p + 2, w.n - 2);
    else if( lit_span_starts(w, "no.") && w.n > 3 && !iss.n ) iss = lit_span_of(w.p + 3, w.n - 3);
    else return 0;
    while( j < s.n && s.p[j] == ' ' ) j++;
    i = j;
  }
  if( !vol.n && !iss.n ) return 0;
  lit_set(c, &r->volume, vol);
  lit_set(c, &r->issue, iss);
  return 1;
}

/* "2005.08a", "2000.12a": the issue of a proceedings volume. */
static int ks_proceedings_issue(lit_span s){
  if( s.n < 6 || !ks_all_digits(lit_span_of(s.p, 4)) || s.p[4] != '.' ) return 0;
  size_t i = 5;
  while( i < s.n && i < 7 && lit_is_digit(s.p[i]) ) i++;
  if( i == 5 ) return 0;
  while( i < s.n && s.p[i] >= 'a' && s.p[i] <= 'z' ) i++;
  return i == s.n;
}

static void ks_biblio(lit_ctx *c, lit_record *r, lit_span s){
  if( lit_span_starts(s, "pp.") ) ks_pages(c, r, s);
  else if( ks_volume_issue(c, r, s) ) return;
  else if( s.n > 2 && s.p[0] == 's' && s.p[1] == '.' && ks_all_digits(lit_span_of(s.p + 2, s.n - 2)) ) lit_set(c, &r->series_no, s);
  else if( ks_proceedings_issue(s) ){
    lit_set(c, &r->issue, s);
    if( !r->type ) r->type = lit_dup(c, "paper-conference", 16);
  }
  else if( s.n == 4 && ks_all_digits(s) ) lit_set(c, &r->year, s);
  else lit_set(c, &r->journal, s);
}

/* An indent-2 bullet right after a title, with no bibliographic lines under
** it: names ("Park, Jae-Su;Kim, Min-Ho", "류태수") or a saved abstract?
** Names are few words, or listed with ";"; an abstract is sentences. */
static int ks_looks_like_authors(lit_span s){
  if( memchr(s.p, ';', s.n) ) return s.n < 2000;
  size_t words = 1;
  for( size_t i = 0; i < s.n; i++ ) if( s.p[i] == ' ' ) words++;
  if( words > 8 ) return 0;
  char last = s.p[s.n - 1];
  if( words >= 4 && (last == '.' || last == '?' || last == '!') && !lit_span_ends(s, "al.") ) return 0;
  return 1;
}

/* The indents of a page's record bullets: the author line, abstract and PDF
** one level in (2 on the site), the bibliographic lines a level deeper (4).
** A page saved or copied elsewhere may indent with tabs or one space, or
** lose its indentation: the levels are read off the page, the author level
** from the first bullet after a title, the bibliographic level from the "/"
** separators. When the separators are no deeper than the author lines the
** levels are lost (flat). */
typedef struct ks_levels { int record, biblio, flat; } ks_levels;
static int lit_ks_is_result_line(lit_span t);

static ks_levels ks_find_levels(const char *text, size_t len, int style){
  lit_lines it = { text, len, 0 };
  lit_span line;
  int rec = -1, sep = -1, after_title = 0;
  while( lit_next_line(&it, &line) ){
    lit_span t = lit_trim(line);
    if( t.n == 0 ) continue;
    int indent;
    lit_span bt;
    if( !lit_bullet_as(style, line, &indent, &bt) ){
      after_title = !lit_ks_is_result_line(t);
      continue;
    }
    if( lit_span_eq(bt, "/") && (sep < 0 || indent < sep) ) sep = indent;
    if( after_title && !lit_span_eq(bt, "PDF") && (rec < 0 || indent < rec) ) rec = indent;
    after_title = 0;
  }
  ks_levels l = { rec >= 0 ? rec : 2, sep >= 0 ? sep : 4, 0 };
  if( sep < 0 && rec >= 0 ) l.biblio = rec + 2;
  if( l.biblio <= l.record ) l.flat = 1;
  return l;
}

/* Is the next non-blank line a bibliographic bullet? The lines looked at
** are blank ones read again later, so the pass stays linear. */
static int ks_next_is_biblio(const lit_lines *it, int style, int biblio){
  lit_lines peek = *it;
  lit_span line;
  while( lit_next_line(&peek, &line) ){
    if( lit_trim(line).n == 0 ) continue;
    int indent;
    lit_span bt;
    return lit_bullet_as(style, line, &indent, &bt) && indent >= biblio;
  }
  return 0;
}

static int lit_ks_is_query(lit_span bullet){
  return lit_span_starts(bullet, "Title/Summary/Keyword:");
}

static int lit_ks_is_result_line(lit_span t){
  return lit_span_starts(t, "Search Result ") && t.n > 14 && lit_is_digit(t.p[14]);
}

/* "Search Result 1,772, Processing Time ..." -> 1772 */
static long long ks_result_count(lit_span t){
  long long v = 0;
  for( size_t i = 14; i < t.n; i++ ){
    char ch = t.p[i];
    if( lit_is_digit(ch) ){
      if( v > 100000000000000LL ) return -1;
      v = v * 10 + (ch - '0');
    }else if( ch == ',' && i + 3 < t.n && lit_is_digit(t.p[i + 1]) && lit_is_digit(t.p[i + 2]) && lit_is_digit(t.p[i + 3]) ){
      continue;   /* a thousands separator, not the "," that ends the number */
    }else{
      break;
    }
  }
  return v;
}

/* Strong: the query bullet "• Title/Summary/Keyword: ..." or the line
** "Search Result <n>, ..."; weak: a "/" separator bullet right under a
** bibliographic item, indented, or two of them (a page that lost its
** indents; whatever the bullet marker, see lit_bullet). */
int lit_detect_koreascience(const char *text, size_t len){
  lit_lines it = { text, lit_detect_head(text, len), 0 };
  lit_span line;
  int weak = 0, separators = 0;
  int prev_item = -1;  /* indent of the bullet before when it was no separator, else -1 */
  while( lit_next_line(&it, &line) ){
    lit_span t = lit_trim(line);
    if( t.n == 0 ) continue;
    int indent;
    lit_span bt;
    if( lit_bullet_marker(line, &indent, &bt) >= 0 ){
      if( lit_ks_is_query(bt) ) return 2;
      /* a separator right under a bibliographic item of its own level */
      int sep = lit_span_eq(bt, "/");
      if( sep && prev_item >= indent && (indent >= 1 || ++separators >= 2) ) weak = 1;
      prev_item = sep ? -1 : indent;
      continue;
    }
    prev_item = -1;
    if( lit_ks_is_result_line(t) ) return 2;
  }
  return weak;
}

/* Is there a bullet at indent 2 or more (an author, bibliographic, abstract
** or PDF line)? The bullets are found with memmem, so a page with record
** lines answers at its first record. */
static int ks_has_record_line(const char *text, size_t len){
  const char *p = text, *end = text + len;
  while( p < end ){
    const char *hit = memmem(p, (size_t)(end - p), LIT_BULLET, 3);
    if( !hit ) return 0;
    const char *q = hit;
    while( q > text && (q[-1] == ' ' || q[-1] == '\t') ) q--;
    if( (q == text || q[-1] == '\n') && hit - q >= 2 ) return 1;
    p = hit + 3;
  }
  return 0;
}

/* A paragraph, not a title: five words or more ending with a full stop, a
** question or an exclamation mark. */
static int ks_is_paragraph(lit_span t){
  char last = t.p[t.n - 1];
  if( last != '.' && last != '?' && last != '!' ) return 0;
  size_t words = 1;
  for( size_t i = 0; i < t.n && words < 5; i++ ) words += t.p[i] == ' ';
  return words >= 5;
}

/* The number of lines of text (not bullets, not the result-count line)
** when every one of them is a paragraph, else 0. */
static size_t ks_paragraph_lines(const char *text, size_t len){
  size_t n = 0;
  lit_lines it = { text, len, 0 };
  lit_span line;
  while( lit_next_line(&it, &line) ){
    lit_span t = lit_trim(line), bt;
    int indent;
    if( !t.n || lit_bullet_marker(line, &indent, &bt) >= 0 || lit_ks_is_result_line(t) ) continue;
    if( !ks_is_paragraph(t) ) return 0;
    n++;
  }
  return n;
}

void lit_parse_koreascience(lit_ctx *c, const char *text, size_t len){
  lit_document *d = c->doc;
  /* Run without detection (lit_parse_as), the reader still reads only a
  ** page that shows a result-list marker: any text has "a title". */
  size_t n_para;
  if( !ks_has_record_line(text, len) && (n_para = ks_paragraph_lines(text, len)) > 0 ){
    /* Only paragraphs under the header: a search page saved with its
    ** abstracts alone. A paragraph is not a title: no record is made. */
    d->format = LIT_FORMAT_UNKNOWN;
    lit_problem(c, "a koreascience search page with only abstracts (%zu lines of text, one paragraph per line) "
                "and no record lines (no author, bibliographic or abstract bullets): not a result list", n_para);
    return;
  }
  ks_state k;
  memset(&k, 0, sizeof k);
  int style = lit_bullet_style(text, len);
  ks_levels lv = ks_find_levels(text, len, style);
  lit_lines it = { text, len, 0 };
  lit_span line;
  while( lit_next_line(&it, &line) && !c->oom ){
    lit_span t = lit_trim(line);
    if( t.n == 0 ) continue;
    int indent;
    lit_span bt;
    if( !lit_bullet_as(style, line, &indent, &bt) ){
      if( lit_ks_is_result_line(t) ){
        if( d->result_count < 0 ) d->result_count = ks_result_count(t);
        continue;
      }
      if( lv.flat ) continue;
      ks_begin(c, &k);
      if( !k.r ) break;
      lit_set_title(c, k.r, t);
      k.has[KS_TITLE] = 1;
      continue;
    }
    if( lit_ks_is_query(bt) ){
      lit_set(c, &d->query, lit_trim(lit_span_of(bt.p + 22, bt.n - 22)));
      continue;
    }
    if( lv.flat ) continue;  /* no record read: the error says why */
    if( indent < lv.record && !lit_span_eq(bt, "PDF") ) continue;   /* other search-form fields */
    if( !k.r ){
      ks_begin(c, &k);
      if( !k.r ) break;
    }
    if( lit_span_eq(bt, "PDF") ){
      k.r->has_pdf = 1;
      continue;
    }
    if( indent >= lv.biblio ){
      k.has[KS_BIBLIO] = 1;
      k.ended_in_separator = lit_span_eq(bt, "/");
      if( !k.ended_in_separator && bt.n ) ks_biblio(c, k.r, bt);
      continue;
    }
    k.ended_in_separator = 0;
    if( !k.has[KS_AUTHOR] && !k.has[KS_BIBLIO] && !k.has[KS_ABSTRACT] && bt.n
        && (ks_next_is_biblio(&it, style, lv.biblio) || ks_looks_like_authors(bt)) ){
      lit_parse_authors(c, k.r, bt);
      k.has[KS_AUTHOR] = 1;
    }else if( !k.has[KS_ABSTRACT] && bt.n ){
      lit_set(c, &k.r->abstract, bt);
      k.has[KS_ABSTRACT] = 1;
    }
  }
  ks_finish(c, &k, 1);
  if( lv.flat ){
    lit_problem(c, "no record read: the page's bullets are all at one indent, so author lines, "
                   "bibliographic lines and abstracts cannot be told apart (save the page again "
                   "from the browser as text, or copy it with its indentation)");
  }
}
