/*
** The helpers every reader shares: allocation (with fault injection for the
** tests), strings, the document's problems, records and their fields,
** trimming, bullets, scripts and language, titles and dates. The readers
** (parse_*.c) call these; the reader table and the dispatch are in
** readers.c, so no reader depends on another.
*/
#include "docs/docs_internal.h"
#include "text/utf8.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>

long lit_test_alloc_budget = -1;

/* ---- allocation ---------------------------------------------------------- */

static int lit_alloc_allowed(lit_ctx *c){
  if( c->oom ) return 0;
  if( lit_test_alloc_budget >= 0 ){
    if( lit_test_alloc_budget == 0 ){ c->oom = 1; return 0; }
    lit_test_alloc_budget--;
  }
  return 1;
}

void *lit_malloc(lit_ctx *c, size_t n){
  if( !lit_alloc_allowed(c) ) return NULL;
  void *p = malloc(n ? n : 1);
  if( !p ) c->oom = 1;
  return p;
}

void *lit_realloc(lit_ctx *c, void *p, size_t n){
  if( !lit_alloc_allowed(c) ) return NULL;
  void *q = realloc(p, n ? n : 1);
  if( !q ) c->oom = 1;
  return q;
}

char *lit_dup(lit_ctx *c, const char *p, size_t n){
  char *s = lit_malloc(c, n + 1);
  if( !s ) return NULL;
  if( n ) memcpy(s, p, n);
  s[n] = 0;
  return s;
}

void lit_set(lit_ctx *c, char **field, lit_span s){
  if( *field || s.n == 0 ) return;
  *field = lit_dup(c, s.p, s.n);
}

void lit_err_add(lit_ctx *c, const char *p, size_t n){
  if( c->err_n + n + 1 > c->err_cap ){
    size_t cap = c->err_cap ? c->err_cap : 128;
    while( cap < c->err_n + n + 1 ) cap *= 2;
    char *e = lit_realloc(c, c->err, cap);
    if( !e ) return;
    c->err = e;
    c->err_cap = cap;
  }
  memcpy(c->err + c->err_n, p, n);
  c->err_n += n;
  c->err[c->err_n] = 0;
}

void lit_problem(lit_ctx *c, const char *fmt, ...){
  c->n_problem++;
  if( c->n_problem > LIT_MAX_PROBLEMS ) return;
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if( n < 0 ) return;
  if( (size_t)n >= sizeof msg ) n = (int)sizeof msg - 1;
  /* a message cut at the buffer's end must not end inside a character */
  n = (int)kt_utf8_valid_prefix((const unsigned char*)msg, (size_t)n);
  if( c->err_n ) lit_err_add(c, "; ", 2);
  lit_err_add(c, msg, (size_t)n);
}

lit_record *lit_new_record(lit_ctx *c){
  lit_document *d = c->doc;
  if( d->n_rec == c->cap_rec ){
    if( c->cap_rec > (1 << 28) ){ c->oom = 1; return NULL; }
    int cap = c->cap_rec ? c->cap_rec * 2 : 8;
    lit_record *r = lit_realloc(c, d->rec, (size_t)cap * sizeof *r);
    if( !r ) return NULL;
    d->rec = r;
    c->cap_rec = cap;
  }
  lit_record *r = &d->rec[d->n_rec++];
  memset(r, 0, sizeof *r);
  r->ordinal = d->n_rec;
  return r;
}

/* ---- spans ----------------------------------------------------------------- */

/* Length of an invisible space at s[0..n), 0 when there is none. */
static size_t lit_space_len(const unsigned char *s, size_t n){
  if( n == 0 ) return 0;
  if( s[0] == ' ' || s[0] == '\t' || s[0] == '\r' || s[0] == '\v' || s[0] == '\f' ) return 1;
  if( n >= 2 && s[0] == 0xC2 && s[1] == 0xA0 ) return 2;                      /* U+00A0 */
  if( n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80 ) return 3;      /* U+3000 */
  if( n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x8B ) return 3;      /* U+200B */
  if( n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF ) return 3;      /* U+FEFF */
  return 0;
}

/* Length of an invisible space ending at s[n), 0 when there is none. */
static size_t lit_space_len_back(const unsigned char *s, size_t n){
  if( n == 0 ) return 0;
  unsigned char c = s[n - 1];
  if( c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' ) return 1;
  if( n >= 2 && s[n - 2] == 0xC2 && c == 0xA0 ) return 2;
  if( n >= 3 ){
    const unsigned char *t = s + n - 3;
    if( (t[0] == 0xE3 && t[1] == 0x80 && t[2] == 0x80) || (t[0] == 0xE2 && t[1] == 0x80 && t[2] == 0x8B)
     || (t[0] == 0xEF && t[1] == 0xBB && t[2] == 0xBF) ) return 3;
  }
  return 0;
}

lit_span lit_trim(lit_span s){
  const unsigned char *p = (const unsigned char*)s.p;
  size_t n = s.n, k;
  while( (k = lit_space_len(p, n)) > 0 ){ p += k; n -= k; }
  while( (k = lit_space_len_back(p, n)) > 0 ) n -= k;
  return lit_span_of((const char*)p, n);
}

/* The bullet markers of saved pages: U+2022 (the sites' own), and what pages
** saved or copied elsewhere carry instead: EUC-KR has no U+2022, so such
** pages use U+00B7, U+318D or "o"; text editors and mail use "*" and "-".
** A marker other than U+2022 counts only followed by a space or the end of
** the line (ㆍ between two words, -연방정부와 or "online" are text). */
static const struct { const char *m; size_t n; } lit_markers[] = {
  {LIT_BULLET, 3}, {"\xC2\xB7", 2}, {"\xE3\x86\x8D", 3}, {"*", 1}, {"-", 1}, {"o", 1},
};

int lit_bullet_marker(lit_span line, int *indent, lit_span *text){
  size_t i = 0, col = 0;
  for(; i < line.n && (line.p[i] == ' ' || line.p[i] == '\t'); i++) col += line.p[i] == '\t' ? 2 : 1;
  for(size_t k = 0; k < sizeof lit_markers / sizeof lit_markers[0]; k++){
    size_t n = lit_markers[k].n;
    if( line.n - i < n || memcmp(line.p + i, lit_markers[k].m, n) != 0 ) continue;
    /* U+2022 is a bullet whatever follows; the others need a space after */
    if( k > 0 && i + n < line.n && line.p[i + n] != ' ' && line.p[i + n] != '\t' ) continue;
    *indent = col > 1000 ? 1000 : (int)col;
    *text = lit_trim(lit_span_of(line.p + i + n, line.n - i - n));
    return (int)k;
  }
  return -1;
}

int lit_bullet(lit_span line, int *indent, lit_span *text){
  lit_span t;
  int in;
  if( lit_bullet_marker(line, &in, &t) != 0 ) return 0;
  *indent = in;
  *text = t;
  return 1;
}

int lit_bullet_style(const char *text, size_t len){
  size_t count[sizeof lit_markers / sizeof lit_markers[0]] = {0};
  lit_lines it = { text, len, 0 };
  lit_span line;
  while( lit_next_line(&it, &line) ){
    int indent;
    lit_span t;
    int k = lit_bullet_marker(line, &indent, &t);
    if( k == 0 ) return 0;  /* the sites' own marker: no other is a bullet then */
    if( k > 0 ) count[k]++;
  }
  int best = 0;
  for(size_t k = 1; k < sizeof count / sizeof count[0]; k++) if( count[k] > count[best] ) best = (int)k;
  return best;
}

int lit_bullet_as(int style, lit_span line, int *indent, lit_span *text){
  return lit_bullet_marker(line, indent, text) == style;
}

/* ---- scripts and language ---------------------------------------------- */

static int lit_is_hangul(uint32_t cp){
  return kt_is_hangul_syllable(cp) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F);
}

static int lit_is_latin_letter(uint32_t cp){
  if( cp < 0x80 ) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7;
}

void lit_script_count(const char *p, size_t n, size_t *hangul, size_t *latin){
  const unsigned char *s = (const unsigned char*)p;
  size_t h = 0, l = 0, i = 0;
  while( i < n ){
    unsigned c = s[i];
    if( c < 0x80 ){
      l += ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
      i++;
      continue;
    }
    uint32_t cp;
    int k = kt_utf8_decode(s + i, n - i, &cp);
    if( k <= 0 ){ i++; continue; }
    if( lit_is_hangul(cp) ) h++;
    else if( lit_is_latin_letter(cp) ) l++;
    i += (size_t)k;
  }
  *hangul = h;
  *latin = l;
}

/* Language of an abstract from the share of Hangul words among words, a
** word being a run of Hangul or of Latin letters ("TAMA클러스터의" is one of
** each). Words, not letters: a Hangul syllable carries two to three letters'
** worth, so letter counts would make Korean with English terms look mixed.
**   share >= 0.60  "ko"     (Korean with English terms such as "TAMA" or
**                            "Critical Mass" stays well above it)
**   share <= 0.10  "en"     (English quoting a Korean term or two)
**   otherwise      "mixed"  (bilingual abstracts land between 0.2 and 0.5)
** No letters at all (digits, symbols): NULL, the language is not known. */
const char *lit_language(const char *p, size_t n){
  const unsigned char *s = (const unsigned char*)p;
  size_t h = 0, l = 0, i = 0;
  int prev = 0;   /* script of the previous character: 0 other, 1 Hangul, 2 Latin */
  while( i < n ){
    unsigned c = s[i];
    int script;
    if( c < 0x80 ){
      /* ASCII, most of an English abstract: one compare per byte */
      script = (unsigned)((c | 0x20) - 'a') < 26u ? 2 : 0;
      i++;
    }else{
      uint32_t cp;
      int k = kt_utf8_decode(s + i, n - i, &cp);
      if( k <= 0 ){ cp = 0; k = 1; }
      script = lit_is_hangul(cp) ? 1 : lit_is_latin_letter(cp) ? 2 : 0;
      i += (size_t)k;
    }
    if( script != prev ){
      if( script == 1 ) h++;
      else if( script == 2 ) l++;
      prev = script;
    }
  }
  if( h + l == 0 ) return NULL;
  if( h * 10 >= (h + l) * 6 ) return "ko";
  if( h * 10 <= (h + l) * 1 ) return "en";
  return "mixed";
}

/* ---- titles ------------------------------------------------------------- */

/* Korean text: some Hangul, and Hangul at least a quarter of the letters
** (a syllable weighs two to three Latin letters, so "R&D 클러스터" counts). */
static int lit_is_korean_text(size_t h, size_t l){ return h > 0 && h * 4 >= h + l; }
/* Foreign text: Latin letters with no or few Hangul (under a tenth). */
static int lit_is_foreign_text(size_t h, size_t l){ return l > 0 && h * 10 < h + l; }

/* Titles are "English", "한국어", or "English (한국어)". The Korean part may
** hold parentheses of its own, so the split is at the last top-level
** parenthesis group that ends the line, found in one left-to-right pass with
** a depth counter (no recursion, linear in the line). Unbalanced parentheses
** mean no split. The split happens only when the outside part is foreign and
** the inside part is Korean. */
void lit_set_title(lit_ctx *c, lit_record *r, lit_span t){
  t = lit_trim(t);
  if( t.n == 0 || r->title ) return;
  r->title = lit_dup(c, t.p, t.n);
  if( t.p[t.n - 1] == ')' ){
    size_t depth = 0, open = 0;
    int balanced = 1;
    for( size_t i = 0; i < t.n; i++ ){
      if( t.p[i] == '(' ){
        if( depth == 0 ) open = i;
        depth++;
      }else if( t.p[i] == ')' ){
        if( depth == 0 ){ balanced = 0; break; }
        depth--;
      }
    }
    if( balanced && depth == 0 && open > 0 ){
      lit_span out = lit_trim(lit_span_of(t.p, open));
      lit_span in = lit_trim(lit_span_of(t.p + open + 1, t.n - open - 2));
      size_t oh, ol, ih, il;
      lit_script_count(out.p, out.n, &oh, &ol);
      lit_script_count(in.p, in.n, &ih, &il);
      if( out.n && in.n && lit_is_foreign_text(oh, ol) && lit_is_korean_text(ih, il) ){
        r->title_foreign = lit_dup(c, out.p, out.n);
        r->title_ko = lit_dup(c, in.p, in.n);
        return;
      }
    }
  }
  size_t h, l;
  lit_script_count(t.p, t.n, &h, &l);
  if( lit_is_korean_text(h, l) ) r->title_ko = lit_dup(c, t.p, t.n);
  else if( l > 0 ) r->title_foreign = lit_dup(c, t.p, t.n);
}

/* ---- dates ---------------------------------------------------------------- */

/* Reads 1-2 digits at s[*i]; returns the number or -1. */
static int lit_small_number(lit_span s, size_t *i){
  size_t j = *i;
  int v = 0;
  while( j < s.n && j - *i < 2 && lit_is_digit(s.p[j]) ) v = v * 10 + (s.p[j++] - '0');
  if( j == *i ) return -1;
  *i = j;
  return v;
}

int lit_parse_date(lit_span s, char iso[11], char year[5]){
  iso[0] = 0;
  year[0] = 0;
  if( s.n && s.p[s.n - 1] == '.' ) s.n--;
  if( s.n < 7 ) return 0;
  for( int k = 0; k < 4; k++ ) if( !lit_is_digit(s.p[k]) ) return 0;
  char sep = s.p[4];
  if( sep != '.' && sep != '-' && sep != '/' ) return 0;
  size_t i = 5;
  int month = lit_small_number(s, &i);
  if( month < 1 || month > 12 ) return 0;
  int day = 0;
  if( i < s.n ){
    if( s.p[i] != sep ) return 0;
    i++;
    day = lit_small_number(s, &i);
    if( day < 1 || day > 31 || i != s.n ) return 0;
  }
  memcpy(year, s.p, 4);
  year[4] = 0;
  if( day ) snprintf(iso, 11, "%.4s-%02d-%02d", s.p, month, day);
  return 1;
}

/* ---- authors and keywords of a record ------------------------------------- */

lit_author *lit_new_author(lit_ctx *c, lit_record *r){
  if( r->n_author == r->cap_author ){
    if( r->cap_author > (1 << 20) ){ c->oom = 1; return NULL; }
    int cap = r->cap_author ? r->cap_author * 2 : 4;
    if( cap < r->n_author ) cap = r->n_author + 4;
    lit_author *a = lit_realloc(c, r->author, (size_t)cap * sizeof *a);
    if( !a ) return NULL;
    r->author = a;
    r->cap_author = cap;
  }
  lit_author *a = &r->author[r->n_author++];
  memset(a, 0, sizeof *a);
  return a;
}

void lit_add_keyword(lit_ctx *c, lit_record *r, lit_span kw){
  kw = lit_trim(kw);
  if( kw.n == 0 ) return;
  if( r->n_keyword == r->cap_keyword ){
    if( r->cap_keyword > (1 << 20) ){ c->oom = 1; return; }
    int cap = r->cap_keyword ? r->cap_keyword * 2 : 8;
    char **k = lit_realloc(c, r->keyword, (size_t)cap * sizeof *k);
    if( !k ) return;
    r->keyword = k;
    r->cap_keyword = cap;
  }
  char *s = lit_dup(c, kw.p, kw.n);
  if( s ) r->keyword[r->n_keyword++] = s;
}

/* ---- freeing ------------------------------------------------------------- */

void lit_record_clear(lit_record *r){
  free(r->title); free(r->title_ko); free(r->title_foreign); free(r->authors);
  for( int i = 0; i < r->n_author; i++ ){
    lit_author *a = &r->author[i];
    free(a->name); free(a->family); free(a->given);
    free(a->affiliation); free(a->name_ko); free(a->name_latin);
  }
  free(r->author);
  free(r->journal); free(r->volume); free(r->issue); free(r->series_no);
  free(r->page_first); free(r->page_last); free(r->page_count); free(r->issue_no);
  free(r->year); free(r->date); free(r->abstract); free(r->language);
  free(r->type); free(r->journal_ko); free(r->journal_foreign); free(r->doi);
  free(r->issn); free(r->eissn); free(r->publisher);
  for( int i = 0; i < r->n_keyword; i++ ) free(r->keyword[i]);
  free(r->keyword);
  free(r->abstract_ko); free(r->abstract_foreign);
  free(r->received); free(r->accepted); free(r->published);
  free(r->url); free(r->source_id);
  memset(r, 0, sizeof *r);
}

void lit_document_free(lit_document *doc){
  if( !doc ) return;
  for( int i = 0; i < doc->n_rec; i++ ) lit_record_clear(&doc->rec[i]);
  free(doc->rec);
  free(doc->series);
  free(doc->query);
  free(doc->error);
  memset(doc, 0, sizeof *doc);
}


/* ---- helpers of the article-page readers ---------------------------------- */

int lit_paren_tail(lit_span t, lit_span *before, lit_span *inside){
  t = lit_trim(t);
  if( t.n < 2 || t.p[t.n - 1] != ')' ) return 0;
  size_t depth = 0, open = 0;
  for( size_t i = 0; i < t.n; i++ ){
    if( t.p[i] == '(' ){
      if( depth == 0 ) open = i;
      depth++;
    }else if( t.p[i] == ')' ){
      if( depth == 0 ) return 0;
      depth--;
    }
  }
  if( depth != 0 ) return 0;
  *before = lit_trim(lit_span_of(t.p, open));
  *inside = lit_trim(lit_span_of(t.p + open + 1, t.n - open - 2));
  return 1;
}

int lit_is_korean(lit_span s){
  size_t h, l;
  lit_script_count(s.p, s.n, &h, &l);
  return lit_is_korean_text(h, l);
}

void lit_set_date_field(lit_ctx *c, char **field, lit_span s){
  char iso[11], year[5];
  s = lit_trim(s);
  if( !lit_parse_date(s, iso, year) || !iso[0] ) return;
  lit_set(c, field, lit_span_of(iso, strlen(iso)));
}

void lit_buf_add(lit_ctx *c, lit_buf *b, const char *sep, lit_span s){
  if( s.n == 0 ) return;
  size_t sn = b->n ? strlen(sep) : 0, need = b->n + sn + s.n + 1;
  if( need > b->cap ){
    size_t cap = b->cap ? b->cap : 256;
    while( cap < need ) cap *= 2;
    char *p = lit_realloc(c, b->p, cap);
    if( !p ) return;
    b->p = p;
    b->cap = cap;
  }
  memcpy(b->p + b->n, sep, sn);
  memcpy(b->p + b->n + sn, s.p, s.n);
  b->n += sn + s.n;
  b->p[b->n] = 0;
}

void lit_buf_para(lit_ctx *c, lit_buf *b, lit_span para){ lit_buf_add(c, b, "\n\n", para); }

void lit_abstract_para(lit_ctx *c, lit_abstracts *ab, lit_span para){
  para = lit_trim(para);
  if( para.n == 0 ) return;
  lit_buf_para(c, &ab->all, para);
  lit_buf_para(c, lit_is_korean(para) ? &ab->ko : &ab->foreign, para);
}

void lit_abstract_store(lit_ctx *c, lit_record *r, lit_abstracts *ab){
  if( !r->abstract && ab->all.n ){
    r->abstract = ab->all.p;
    ab->all.p = NULL;
    const char *lang = lit_language(r->abstract, ab->all.n);
    if( lang && !r->language ) r->language = lit_dup(c, lang, strlen(lang));
  }
  if( !r->abstract_ko && ab->ko.n ){ r->abstract_ko = ab->ko.p; ab->ko.p = NULL; }
  if( !r->abstract_foreign && ab->foreign.n ){ r->abstract_foreign = ab->foreign.p; ab->foreign.p = NULL; }
  free(ab->all.p); free(ab->ko.p); free(ab->foreign.p);
  memset(ab, 0, sizeof *ab);
}

void lit_set_str(lit_ctx *c, char **field, const char *s){
  if( s ) lit_set(c, field, lit_span_of(s, strlen(s)));
}

int lit_year_volume_issue(lit_ctx *c, lit_record *r, lit_span s){
  s = lit_trim(s);
  if( s.n < 4 ) return 0;
  for( int k = 0; k < 4; k++ ) if( !lit_is_digit(s.p[k]) ) return 0;
  if( s.n == 4 ){ lit_set(c, &r->year, s); return 1; }
  if( s.p[4] != ',' ) return 0;
  lit_span rest = lit_trim(lit_span_of(s.p + 5, s.n - 5)), vol = { 0, 0 }, iss = { 0, 0 };
  size_t i = 0;
  while( i < rest.n && lit_is_digit(rest.p[i]) ) i++;
  vol = lit_span_of(rest.p, i);
  if( i < rest.n ){
    if( rest.p[i] != '(' || rest.p[rest.n - 1] != ')' ) return 0;
    iss = lit_trim(lit_span_of(rest.p + i + 1, rest.n - i - 2));
    for( size_t k = 0; k < iss.n; k++ ) if( !lit_is_digit(iss.p[k]) ) return 0;
  }
  if( !vol.n && !iss.n ) return 0;
  lit_set(c, &r->year, lit_span_of(s.p, 4));
  lit_set(c, &r->volume, vol);
  lit_set(c, &r->issue, iss);
  return 1;
}
int lit_utf8_cut(const char *p, size_t n, size_t max){
  if( n > max ){
    n = max;
    while( n > 0 && ((unsigned char)p[n] & 0xC0) == 0x80 ) n--;
  }
  return (int)n;
}

/* ---- fields of the citation files (RIS, BibTeX, CSL-JSON) -------------------- */

/* 1 when s has Hangul and no Latin letter: a name or text in Korean only. */
int lit_is_hangul_only(lit_span s){
  size_t h, l;
  lit_script_count(s.p, s.n, &h, &l);
  return h > 0 && l == 0;
}

void lit_add_title(lit_ctx *c, lit_record *r, lit_span t){
  t = lit_trim(t);
  if( t.n == 0 ) return;
  if( !r->title ){ lit_set_title(c, r, t); return; }
  size_t h, l;
  lit_script_count(t.p, t.n, &h, &l);
  if( lit_is_korean_text(h, l) ) lit_set(c, &r->title_ko, t);
  else if( l > 0 ) lit_set(c, &r->title_foreign, t);
}

void lit_add_journal(lit_ctx *c, lit_record *r, lit_span j){
  j = lit_trim(j);
  if( j.n == 0 ) return;
  size_t h, l;
  lit_script_count(j.p, j.n, &h, &l);
  if( !r->journal ){
    r->journal = lit_dup(c, j.p, j.n);
    return;
  }
  if( strlen(r->journal) == j.n && memcmp(r->journal, j.p, j.n) == 0 ) return;
  /* A second name in the other script: the journal's two names. */
  size_t h0, l0;
  lit_script_count(r->journal, strlen(r->journal), &h0, &l0);
  int ko0 = lit_is_korean_text(h0, l0), ko1 = lit_is_korean_text(h, l);
  if( ko0 == ko1 || r->journal_ko ) return;
  lit_set(c, &r->journal_ko, ko0 ? lit_span_of(r->journal, strlen(r->journal)) : j);
  lit_set(c, &r->journal_foreign, ko0 ? j : lit_span_of(r->journal, strlen(r->journal)));
}

/* Appends text to *field, separated by sep; returns 0 when out of memory. */
static int lit_append(lit_ctx *c, char **field, const char *sep, lit_span s){
  size_t old = *field ? strlen(*field) : 0, k = old ? strlen(sep) : 0;
  char *p = lit_realloc(c, *field, old + k + s.n + 1);
  if( !p ) return 0;
  memcpy(p + old, sep, k);
  memcpy(p + old + k, s.p, s.n);
  p[old + k + s.n] = 0;
  *field = p;
  return 1;
}

/* 1 when field holds exactly s. */
static int lit_field_is(const char *field, lit_span s){
  return field && strlen(field) == s.n && memcmp(field, s.p, s.n) == 0;
}

static void lit_split_abstract(lit_ctx *c, lit_record *r, lit_span a);

void lit_add_abstract(lit_ctx *c, lit_record *r, lit_span a0){
  a0 = lit_trim(a0);
  if( a0.n == 0 ) return;
  /* Paragraphs: a line break (one or more, with any spaces around) ends a
  ** paragraph; they are kept trimmed, one blank line apart, as every
  ** reader writes abstract. */
  char *norm = lit_malloc(c, a0.n * 2 + 1);
  if( !norm ) return;
  size_t k = 0, i = 0;
  while( i < a0.n ){
    size_t j = i;
    while( j < a0.n && a0.p[j] != '\n' ) j++;
    lit_span line = lit_trim(lit_span_of(a0.p + i, j - i));
    if( line.n ){
      if( k ){ norm[k++] = '\n'; norm[k++] = '\n'; }
      memcpy(norm + k, line.p, line.n);
      k += line.n;
    }
    i = j + 1;
  }
  norm[k] = 0;
  lit_span a = lit_span_of(norm, k);
  /* the same abstract under two tags or fields is one */
  if( lit_field_is(r->abstract, a) || lit_field_is(r->abstract_ko, a) || lit_field_is(r->abstract_foreign, a) ){
    free(norm);
    return;
  }
  if( !lit_append(c, &r->abstract, "\n\n", a) ){ free(norm); return; }
  lit_split_abstract(c, r, a);
  free(norm);
}

static void lit_split_abstract(lit_ctx *c, lit_record *r, lit_span a){
  size_t i;
  /* Paragraphs (split at blank lines) of one language in a row are one
  ** abstract: the first Korean run is abstract_ko, the first English run
  ** abstract_foreign; a mixed paragraph ends a run. */
  lit_span run = { NULL, 0 };
  const char *run_lang = NULL;
  i = 0;
  while( i < a.n ){
    size_t j = i;
    while( j < a.n && !(a.p[j] == '\n' && j + 1 < a.n && a.p[j + 1] == '\n') ) j++;
    lit_span para = lit_trim(lit_span_of(a.p + i, j - i));
    const char *lang = para.n ? lit_language(para.p, para.n) : NULL;
    if( lang && strcmp(lang, "mixed") == 0 ) lang = NULL;
    if( para.n && run.p && lang && lang == run_lang ){
      run.n = (size_t)(para.p + para.n - run.p);
    }else if( para.n ){
      if( run.p && run_lang ) lit_set(c, strcmp(run_lang, "ko") == 0 ? &r->abstract_ko : &r->abstract_foreign, run);
      run = para;
      run_lang = lang;
    }
    while( j < a.n && a.p[j] == '\n' ) j++;
    i = j;
  }
  if( run.p && run_lang ) lit_set(c, strcmp(run_lang, "ko") == 0 ? &r->abstract_ko : &r->abstract_foreign, run);
}

void lit_finish_language(lit_ctx *c, lit_record *r){
  if( r->language || !r->abstract ) return;
  const char *lang = lit_language(r->abstract, strlen(r->abstract));
  if( lang ) r->language = lit_dup(c, lang, strlen(lang));
}

void lit_set_pages(lit_ctx *c, lit_record *r, lit_span p){
  p = lit_trim(p);
  if( p.n == 0 ) return;
  /* "30-42", "30--42", "30–42" (U+2013), "30~42" */
  for( size_t i = 0; i < p.n; i++ ){
    size_t k = 0;
    if( p.p[i] == '-' || p.p[i] == '~' ){
      k = 1;
      while( i + k < p.n && p.p[i + k] == '-' ) k++;
    }else if( i + 2 < p.n && memcmp(p.p + i, "\xE2\x80\x93", 3) == 0 ){
      k = 3;
    }
    if( k && i > 0 ){
      lit_set(c, &r->page_first, lit_trim(lit_span_of(p.p, i)));
      lit_set(c, &r->page_last, lit_trim(lit_span_of(p.p + i + k, p.n - i - k)));
      return;
    }
  }
  lit_set(c, &r->page_first, p);
}

int lit_set_citation_date(lit_ctx *c, lit_record *r, lit_span s){
  s = lit_trim(s);
  /* RIS writes "YYYY/MM/DD/other", "YYYY/MM/DD/", "YYYY/MM", "YYYY//" */
  while( s.n && (s.p[s.n - 1] == '/' || s.p[s.n - 1] == ' ') ) s.n--;
  const char *slash3 = NULL;
  int slashes = 0;
  for( size_t i = 0; i < s.n; i++ ) if( s.p[i] == '/' && ++slashes == 3 ){ slash3 = s.p + i; break; }
  if( slash3 ) s.n = (size_t)(slash3 - s.p);
  while( s.n && s.p[s.n - 1] == '/' ) s.n--;
  if( s.n < 4 ) return 0;
  for( int k = 0; k < 4; k++ ) if( !lit_is_digit(s.p[k]) ) return 0;
  if( s.n > 4 && lit_is_digit(s.p[4]) ) return 0;
  char iso[11], year[5];
  lit_set(c, &r->year, lit_span_of(s.p, 4));
  if( s.n == 4 ) return 1;
  if( lit_parse_date(s, iso, year) ){
    if( iso[0] ){
      lit_set(c, &r->date, lit_span_of(iso, 10));
      lit_set(c, &r->published, lit_span_of(iso, 10));
    }else{
      /* a month: "YYYY-MM" */
      size_t i = 5;
      int m = 0;
      while( i < s.n && i < 7 && lit_is_digit(s.p[i]) ) m = m * 10 + (s.p[i++] - '0');
      if( m < 1 || m > 12 ) return 1;
      char ym[16];
      snprintf(ym, sizeof ym, "%.4s-%02d", s.p, m);
      lit_set(c, &r->published, lit_span_of(ym, 7));
    }
  }
  return 1;
}

void lit_doi_bare(const char *doi, size_t n, size_t *start, size_t *len){
  lit_span d = lit_trim(lit_span_of(doi, n));
  static const char *const prefix[] = { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                                        "http://dx.doi.org/", "doi:", "DOI:", "DOI " };
  /* every prefix, however many ("https://doi.org/doi:10..."): the bare DOI
  ** is the same however often it is taken */
  for( size_t i = 0; i < sizeof prefix / sizeof prefix[0]; i++ ){
    if( lit_span_starts(d, prefix[i]) ){
      size_t k = strlen(prefix[i]);
      d = lit_trim(lit_span_of(d.p + k, d.n - k));
      i = (size_t)-1;
    }
  }
  *start = (size_t)(d.p - doi);
  *len = d.n;
}

void lit_set_doi(lit_ctx *c, lit_record *r, lit_span d){
  size_t start, len;
  lit_doi_bare(d.p, d.n, &start, &len);
  lit_set(c, &r->doi, lit_span_of(d.p + start, len));
}

/* "1234-5678" or "12345678" (X check digit allowed), anywhere in s. */
int lit_add_issn(lit_ctx *c, lit_record *r, lit_span s){
  int found = 0;
  for( size_t i = 0; i + 8 <= s.n; i++ ){
    if( i > 0 && (lit_is_digit(s.p[i - 1]) || s.p[i - 1] == '-') ) continue;
    size_t j = i, nd = 0;
    char d[9];
    while( j < s.n && nd < 8 ){
      char ch = s.p[j];
      if( lit_is_digit(ch) || (nd == 7 && (ch == 'X' || ch == 'x')) ) d[nd++] = ch == 'x' ? 'X' : ch;
      else if( ch == '-' && nd == 4 && j > i && s.p[j - 1] != '-' ) { j++; continue; }
      else break;
      j++;
    }
    if( nd != 8 || (j < s.n && (lit_is_digit(s.p[j]) || s.p[j] == '-')) ) continue;
    char issn[10];
    snprintf(issn, sizeof issn, "%.4s-%.4s", d, d + 4);
    if( !r->issn ) lit_set(c, &r->issn, lit_span_of(issn, 9));
    else if( strcmp(r->issn, issn) != 0 ) lit_set(c, &r->eissn, lit_span_of(issn, 9));
    found = 1;
    i = j - 1;
  }
  return found;
}

/* CSL types this project uses (design.md), from the names the formats give. */
const char *lit_csl_type(const char *name, size_t n){
  static const struct { const char *from, *to; } map[] = {
    /* RIS */
    { "JOUR", "article-journal" }, { "JFULL", "article-journal" }, { "EJOUR", "article-journal" },
    { "MGZN", "article-journal" }, { "CONF", "paper-conference" }, { "CPAPER", "paper-conference" },
    { "RPRT", "report" }, { "THES", "thesis" }, { "BOOK", "book" }, { "EBOOK", "book" },
    { "CHAP", "chapter" }, { "ECHAP", "chapter" },
    /* BibTeX / biblatex */
    { "article", "article-journal" }, { "inproceedings", "paper-conference" },
    { "conference", "paper-conference" }, { "techreport", "report" }, { "report", "report" },
    { "phdthesis", "thesis" }, { "mastersthesis", "thesis" }, { "thesis", "thesis" },
    { "book", "book" }, { "incollection", "chapter" }, { "inbook", "chapter" },
    /* CSL */
    { "article-journal", "article-journal" }, { "paper-conference", "paper-conference" },
    { "chapter", "chapter" },
  };
  for( size_t i = 0; i < sizeof map / sizeof map[0]; i++ ){
    if( strlen(map[i].from) == n && strncasecmp(map[i].from, name, n) == 0 ) return map[i].to;
  }
  return NULL;
}

/* "ko" / "en" from the language names the formats give, else NULL. */
const char *lit_language_code(lit_span s){
  static const struct { const char *from, *to; } map[] = {
    { "ko", "ko" }, { "kor", "ko" }, { "korean", "ko" }, { "ko-KR", "ko" }, { "ko_KR", "ko" },
    { "\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4", "ko" }, /* 한국어 */
    { "\xEA\xB5\xAD\xEC\x96\xB4", "ko" },             /* 국어 */
    { "en", "en" }, { "eng", "en" }, { "english", "en" }, { "en-US", "en" }, { "en-GB", "en" },
    { "\xEC\x98\x81\xEC\x96\xB4", "en" },             /* 영어 */
  };
  s = lit_trim(s);
  for( size_t i = 0; i < sizeof map / sizeof map[0]; i++ ){
    if( strlen(map[i].from) == s.n && strncasecmp(map[i].from, s.p, s.n) == 0 ) return map[i].to;
  }
  return NULL;
}

void lit_add_citation_author(lit_ctx *c, lit_record *r, lit_span name, int literal){
  name = lit_trim(name);
  if( name.n == 0 ) return;
  lit_author *a;
  if( literal && !lit_is_hangul_only(name) ){
    a = lit_new_author(c, r);
    if( !a ) return;
    a->name = lit_dup(c, name.p, name.n);
  }else{
    a = lit_add_person(c, r, name);
    if( !a ) return;
  }
  if( lit_is_hangul_only(name) ) a->name_ko = lit_dup(c, name.p, name.n);
}

void lit_join_authors(lit_ctx *c, lit_record *r){
  if( r->authors || r->n_author == 0 ) return;
  /* one allocation: joining name by name would copy the list once per name */
  size_t n = 0;
  for( int i = 0; i < r->n_author; i++ ) if( r->author[i].name ) n += strlen(r->author[i].name) + 2;
  if( n == 0 ) return;
  char *s = lit_malloc(c, n + 1);
  if( !s ) return;
  size_t k = 0;
  for( int i = 0; i < r->n_author; i++ ){
    const char *name = r->author[i].name;
    if( !name ) continue;
    if( k ){ s[k++] = ';'; s[k++] = ' '; }
    size_t m = strlen(name);
    memcpy(s + k, name, m);
    k += m;
  }
  s[k] = 0;
  r->authors = s;
}

int lit_abstract_split(const char *abstract, char **ko, char **foreign){
  *ko = *foreign = NULL;
  if( !abstract ) return 0;
  lit_ctx c;
  memset(&c, 0, sizeof c);
  lit_record r;
  memset(&r, 0, sizeof r);
  lit_split_abstract(&c, &r, lit_span_of(abstract, strlen(abstract)));
  if( c.oom ){
    lit_record_clear(&r);
    return -1;
  }
  *ko = r.abstract_ko;
  *foreign = r.abstract_foreign;
  return 0;
}
