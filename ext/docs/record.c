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
  return lit_bullet_marker(line, indent, text) >= 0;
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

