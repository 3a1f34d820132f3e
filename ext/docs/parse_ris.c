/*
** RIS citation files -> one record per TY ... ER block.
**
**   TY  - JOUR                       a record starts: its CSL type
**   TI  - 독일의 지역산업 클러스터정책   title (T1 too); TT the translated title
**   AU  - 김민수                      one author per AU/A1 line, or several
**   AU  - Park, Min-Ji; Lee, Ji-Eun   separated by ";" on one line
**   T2  - 한국지역개발학회지            journal (JF, JO, BT; JA, J2 when none of them)
**   PY  - 2019                       year; DA/Y1 "YYYY/MM/DD/", "YYYY/MM"
**   VL  - 31      IS  - 2            IS 0 means no issue
**   SP  - 101     EP  - 120          or SP 101-120
**   DO, SN (ISSN, e-ISSN), KW (one keyword per line), AB (one paragraph each;
**   Korean paragraphs in a row are abstract_ko, English ones abstract_foreign;
**   N2 the same, and N2 equal to AB is the same abstract once),
**   UR, PB, LA, ID (the record's key)
**   ER  -                            the record ends
**
** A tag line is two characters (a capital, then a capital or a digit), two
** spaces (one is tolerated), "-", and the value. A line that is not a tag
** line inside a record continues the value of the tag before it (exporters
** wrap long abstracts). Titles, journals and abstracts are sorted by script
** into the Korean and the foreign field (record.c). Tags kolit has no
** column for are named once in the document error ("tags not read: N1, CY"),
** so nothing is dropped silently; text outside any record and a file that
** ends inside a record (no ER) are reported with the record and its line.
*/
#include "docs/docs_internal.h"
#include <stdio.h>
#include <stdlib.h>

/* A tag line: sets the tag (2 bytes) and the trimmed value. */
static int ris_tag_line(lit_span line, char tag[3], lit_span *value){
  if( line.n < 5 ) return 0;
  const char *p = line.p;
  if( !(p[0] >= 'A' && p[0] <= 'Z') || !((p[1] >= 'A' && p[1] <= 'Z') || lit_is_digit(p[1])) ) return 0;
  size_t i = 2;
  if( p[i] != ' ' ) return 0;
  i++;
  if( i < line.n && p[i] == ' ' ) i++;
  if( i >= line.n || p[i] != '-' ) return 0;
  i++;
  if( i < line.n && p[i] != ' ' ) return 0;
  tag[0] = p[0]; tag[1] = p[1]; tag[2] = 0;
  *value = lit_trim(lit_span_of(p + i, line.n - i));
  return 1;
}

int lit_detect_ris(const char *text, size_t len){
  size_t head = lit_detect_head(text, len);
  lit_lines it = { text, head, 0 };
  lit_span line, v;
  char tag[3];
  int first = 1;
  while( lit_next_line(&it, &line) ){
    lit_span t = lit_trim(line);
    if( t.n == 0 ) continue;
    if( ris_tag_line(t, tag, &v) && strcmp(tag, "TY") == 0 && v.n >= 3 ) return first ? 3 : 2;
    first = 0;
  }
  return 0;
}

#define RIS_MAX_UNREAD 24

typedef struct ris_state {
  lit_ctx *c;
  lit_record *r;           /* the open record, NULL between records */
  int rec_line;            /* line of its TY */
  char tag[3];             /* the pending tag line, tag[0] == 0 when none */
  const char *val, *val_end;
  char *buf;               /* the pending value with wrapped lines joined */
  size_t buf_cap;
  char *title, *translated;   /* applied at ER, in this order */
  char *journal[2], *abbrev;  /* two full names (T2, JF, JO, BT), an abbreviation (JA, J2) */
  char *abstract, *n2;        /* the AB lines and the N2 lines, "\n\n"-joined */
  size_t ab_len, ab_cap, n2_len, n2_cap;
  char unread[RIS_MAX_UNREAD][3];
  int n_unread;
} ris_state;

static void ris_unread(ris_state *s, const char *tag){
  for( int i = 0; i < s->n_unread; i++ ) if( strcmp(s->unread[i], tag) == 0 ) return;
  if( s->n_unread < RIS_MAX_UNREAD ) memcpy(s->unread[s->n_unread++], tag, 3);
}

/* The pending value, wrapped lines joined with one space. */
static lit_span ris_value(ris_state *s){
  size_t n = (size_t)(s->val_end - s->val);
  if( !memchr(s->val, '\n', n) ) return lit_trim(lit_span_of(s->val, n));
  if( n + 1 > s->buf_cap ){
    char *b = lit_realloc(s->c, s->buf, n + 1);
    if( !b ) return lit_span_of("", 0);
    s->buf = b;
    s->buf_cap = n + 1;
  }
  size_t out = 0;
  lit_lines it = { s->val, n, 0 };
  lit_span line;
  while( lit_next_line(&it, &line) ){
    line = lit_trim(line);
    if( line.n == 0 ) continue;
    if( out ) s->buf[out++] = ' ';
    memcpy(s->buf + out, line.p, line.n);
    out += line.n;
  }
  return lit_span_of(s->buf, out);
}

static void ris_keep(ris_state *s, char **slot, lit_span v){
  if( !*slot && v.n ) *slot = lit_dup(s->c, v.p, v.n);
}

/* An AU line: several names separated by ";". */
static void ris_authors(ris_state *s, lit_span v){
  size_t start = 0;
  for( size_t i = 0; i <= v.n; i++ ){
    if( i < v.n && v.p[i] != ';' ) continue;
    lit_add_citation_author(s->c, s->r, lit_trim(lit_span_of(v.p + start, i - start)), 0);
    start = i + 1;
  }
}

/* One AB or N2 line: a paragraph of that tag's abstract. The buffer grows
** by doubling (len and cap beside it), so a record of many lines stays linear. */
static void ris_abstract(ris_state *s, char **acc, size_t *len, size_t *cap, lit_span v){
  size_t m = *len, need = m + 2 + v.n + 1;
  if( need > *cap ){
    size_t c = *cap ? *cap : 256;
    while( c < need ) c *= 2;
    char *q = lit_realloc(s->c, *acc, c);
    if( !q ) return;
    *acc = q;
    *cap = c;
  }
  char *q = *acc;
  if( m ){ memcpy(q + m, "\n\n", 2); m += 2; }
  memcpy(q + m, v.p, v.n);
  q[m + v.n] = 0;
  *len = m + v.n;
}

static void ris_flush(ris_state *s){
  if( !s->tag[0] ) return;
  char t[3];
  memcpy(t, s->tag, 3);
  lit_record *r = s->r;
  lit_ctx *c = s->c;
  lit_span v = ris_value(s);
  s->tag[0] = 0;
  if( !r || v.n == 0 ) return;
  if( !strcmp(t, "TY") ){
    const char *type = lit_csl_type(v.p, v.n);
    if( type ) lit_set(c, &r->type, lit_span_of(type, strlen(type)));
  }else if( !strcmp(t, "TI") || !strcmp(t, "T1") ){
    ris_keep(s, &s->title, v);
  }else if( !strcmp(t, "TT") ){
    ris_keep(s, &s->translated, v);
  }else if( !strcmp(t, "T2") || !strcmp(t, "JF") || !strcmp(t, "JO") || !strcmp(t, "BT") ){
    if( !s->journal[0] ) ris_keep(s, &s->journal[0], v);
    else if( !lit_span_eq(v, s->journal[0]) && !s->journal[1] ) ris_keep(s, &s->journal[1], v);
  }else if( !strcmp(t, "JA") || !strcmp(t, "J2") ){
    ris_keep(s, &s->abbrev, v);
  }else if( !strcmp(t, "AU") || !strcmp(t, "A1") ){
    ris_authors(s, v);
  }else if( !strcmp(t, "KW") ){
    lit_add_keyword(c, r, v);   /* one keyword per line: a ";" is part of it */
  }else if( !strcmp(t, "AB") ){
    ris_abstract(s, &s->abstract, &s->ab_len, &s->ab_cap, v);
  }else if( !strcmp(t, "N2") ){
    ris_abstract(s, &s->n2, &s->n2_len, &s->n2_cap, v);
  }else if( !strcmp(t, "PY") || !strcmp(t, "Y1") || !strcmp(t, "DA") ){
    if( !lit_set_citation_date(c, r, v) ) ris_unread(s, t);
  }else if( !strcmp(t, "VL") ){
    lit_set(c, &r->volume, v);
  }else if( !strcmp(t, "IS") ){
    if( !lit_span_eq(v, "0") ) lit_set(c, &r->issue, v);
  }else if( !strcmp(t, "SP") ){
    lit_set_pages(c, r, v);
  }else if( !strcmp(t, "EP") ){
    lit_set(c, &r->page_last, v);
  }else if( !strcmp(t, "DO") ){
    lit_set_doi(c, r, v);
  }else if( !strcmp(t, "SN") ){
    if( !lit_add_issn(c, r, v) ) ris_unread(s, t);
  }else if( !strcmp(t, "UR") ){
    lit_set(c, &r->url, v);
  }else if( !strcmp(t, "PB") ){
    lit_set(c, &r->publisher, v);
  }else if( !strcmp(t, "LA") ){
    const char *code = lit_language_code(v);
    if( code ) lit_set(c, &r->language, lit_span_of(code, 2));
    else ris_unread(s, t);
  }else if( !strcmp(t, "ID") ){
    lit_set(c, &r->source_id, v);
  }else{
    ris_unread(s, t);
  }
}

static void ris_end_record(ris_state *s){
  ris_flush(s);
  lit_record *r = s->r;
  if( !r ) return;
  if( s->title ) lit_add_title(s->c, r, lit_span_of(s->title, strlen(s->title)));
  if( s->translated ) lit_add_title(s->c, r, lit_span_of(s->translated, strlen(s->translated)));
  /* JA/J2, an abbreviation, names the journal only when no full name does */
  for( int i = 0; i < 2; i++ ) if( s->journal[i] ) lit_add_journal(s->c, r, lit_span_of(s->journal[i], strlen(s->journal[i])));
  if( !s->journal[0] && s->abbrev ) lit_add_journal(s->c, r, lit_span_of(s->abbrev, strlen(s->abbrev)));
  else if( s->abbrev ) ris_unread(s, "JA");
  /* EndNote writes the abstract under both AB and N2: the same text is one */
  if( s->abstract ) lit_add_abstract(s->c, r, lit_span_of(s->abstract, strlen(s->abstract)));
  if( s->n2 && !(s->abstract && strcmp(s->abstract, s->n2) == 0) ) lit_add_abstract(s->c, r, lit_span_of(s->n2, strlen(s->n2)));
  free(s->title); free(s->translated); free(s->journal[0]); free(s->journal[1]); free(s->abbrev); free(s->abstract); free(s->n2);
  s->title = s->translated = s->journal[0] = s->journal[1] = s->abbrev = s->abstract = s->n2 = NULL;
  s->ab_len = s->ab_cap = s->n2_len = s->n2_cap = 0;
  lit_join_authors(s->c, r);
  lit_finish_language(s->c, r);
  s->r = NULL;
}

void lit_parse_ris(lit_ctx *c, const char *text, size_t len){
  ris_state s;
  memset(&s, 0, sizeof s);
  s.c = c;
  lit_lines it = { text, len, 0 };
  lit_span line, v;
  char tag[3];
  int line_no = 0, outside_line = 0, n_outside = 0;
  while( lit_next_line(&it, &line) ){
    line_no++;
    lit_span t = lit_trim(line);
    int is_tag = ris_tag_line(t, tag, &v);
    if( is_tag && !strcmp(tag, "TY") ){
      if( s.r ){
        lit_problem(c, "record %d (line %d): no ER line before the next TY at line %d", s.r->ordinal, s.rec_line, line_no);
        s.r->partial = 1;
        ris_end_record(&s);
      }
      s.r = lit_new_record(c);
      if( !s.r ) break;
      s.rec_line = line_no;
    }
    if( is_tag && !strcmp(tag, "ER") ){
      if( s.r ) ris_end_record(&s);
      continue;
    }
    if( !s.r ){
      if( t.n && !n_outside++ ) outside_line = line_no;
      continue;
    }
    if( is_tag ){
      ris_flush(&s);
      memcpy(s.tag, tag, 3);
      s.val = v.p;
      s.val_end = v.p + v.n;
    }else if( s.tag[0] && t.n ){
      s.val_end = t.p + t.n;   /* a wrapped line of the value before */
    }
  }
  if( s.r ){
    lit_problem(c, "record %d (line %d): the file ends before its ER line", s.r->ordinal, s.rec_line);
    s.r->partial = 1;
    ris_end_record(&s);
  }
  if( n_outside ) lit_problem(c, "%d line%s outside any record, the first at line %d", n_outside,
                              n_outside == 1 ? "" : "s", outside_line);
  if( s.n_unread ){
    char msg[RIS_MAX_UNREAD * 4 + 32] = "tags not read:";
    size_t k = strlen(msg);
    for( int i = 0; i < s.n_unread; i++ ) k += (size_t)snprintf(msg + k, sizeof msg - k, "%s %s", i ? "," : "", s.unread[i]);
    lit_problem(c, "%s", msg);
  }
  if( c->doc->n_rec == 0 && c->n_problem == 0 ) lit_problem(c, "no RIS record (TY  - ... ER  -) found");
  free(s.buf);
}
