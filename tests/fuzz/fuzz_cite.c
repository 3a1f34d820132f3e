/* libFuzzer target: the round trip of the citation writers on generated
** records. The input is cut at 0x00 bytes into fields (type, title, authors
** cut at 0x01 — a part "Family\x02Given" is a split name —, journal, volume,
** issue, pages, year/month/day, DOI, ISSN, keywords cut at 0x01, abstract
** with 0x03 between paragraphs, URL, publisher), cleaned the way every
** reader cleans text (valid UTF-8, no control characters, single spaces,
** trimmed), and turned into a CSL item. Read back as CSL-JSON it gives the
** record R; the property, as tests/bindings/test_citations_roundtrip.py
** states it for the fixtures:
**   - R's CSL item read back as CSL-JSON gives the very same item;
**   - to_ris(item) and to_bibtex(item) read back give R's fields (type, both
**     titles, authors, journal names, volume, issue, pages, year, date, DOI,
**     ISSN, e-ISSN, publisher, keywords, abstract, both abstracts, URL, key).
** What the formats cannot hold is kept out of the generated fields, each
** for its reason: ";" in names (RIS separates names with it), "," and ";"
** in keywords and names of a BibTeX list; an issue "0" is RIS's "no issue". */
#include "cite/cite.h"
#include "docs/docs.h"
#include "text/utf8.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct buf { char *p; size_t n, cap; } buf;
static void add(buf *b, const char *s, size_t n){
  if( b->n + n + 1 > b->cap ){
    b->cap = (b->n + n + 1) * 2;
    b->p = realloc(b->p, b->cap);
    if( !b->p ) abort();
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = 0;
}
static void adds(buf *b, const char *s){ add(b, s, strlen(s)); }

/* A JSON string of s[0..n) cleaned as a reader leaves text: valid UTF-8
** only, control characters and the characters in drop become spaces,
** trimmed (white space inside is kept as it is); 0x03 (paragraphs) becomes
** "\n\n" when para is set. */
static void json_text(buf *b, const unsigned char *s, size_t n, const char *drop, int para){
  buf t = { 0, 0, 0 };
  size_t i = 0;
  int space = 0;
  while( i < n ){
    uint32_t cp;
    int k = kt_utf8_decode(s + i, n - i, &cp);
    if( k <= 0 ){ i++; continue; }
    int is_space = cp < 0x20 || cp == 0x7F || (cp < 0x80 && drop && strchr(drop, (int)cp))
                   || cp == 0xA0 || cp == 0x3000 || cp == 0x200B || cp == 0xFEFF || (cp >= 0x2000 && cp <= 0x200A)
                   || cp == 0x2028 || cp == 0x2029 || cp == 0x85;
    if( para && cp == 3 ){
      while( t.n && t.p[t.n - 1] == ' ' ) t.n--;
      if( t.n && t.p[t.n - 1] != '\n' ) add(&t, "\n\n", 2);
      space = 0;
    }else if( is_space && cp != 0xA0 && cp != 0x3000 && cp != 0x200B && cp != 0xFEFF ){
      /* a space at the start of a paragraph is trimmed by every reader */
      if( t.n && t.p[t.n - 1] != '\n' ) add(&t, " ", 1);
    }else if( is_space ){
      space = 1;   /* invisible spaces: trimmed at the ends, so kept out */
    }else{
      (void)space;
      add(&t, (const char*)s + i, (size_t)k);
    }
    i += (size_t)k;
  }
  while( t.n && (t.p[t.n - 1] == ' ' || t.p[t.n - 1] == '\n') ) t.n--;
  adds(b, "\"");
  for( size_t j = 0; j < t.n; j++ ){
    char ch = t.p[j];
    if( ch == '"' || ch == '\\' ){ char e[3] = { '\\', ch, 0 }; adds(b, e); }
    else if( ch == '\n' ) adds(b, "\\n");
    else add(b, &ch, 1);
  }
  adds(b, "\"");
  free(t.p);
}

typedef struct field { const unsigned char *p; size_t n; } field;

static int split(const unsigned char *p, size_t n, unsigned char sep, field *out, int max){
  int k = 0;
  size_t st = 0;
  for( size_t i = 0; i <= n && k < max; i++ ){
    if( i < n && p[i] != sep ) continue;
    out[k].p = p + st;
    out[k].n = i - st;
    k++;
    st = i + 1;
  }
  return k;
}

static int digits_of(field f, int max){
  unsigned v = 0;
  for( size_t i = 0; i < f.n && i < 6; i++ ) v = v * 31u + f.p[i];
  return max ? (int)(v % (unsigned)max) : 0;
}

static const char *const types[] = { "article-journal", "paper-conference", "report", "thesis", "book", "chapter", "document" };

/* The generated CSL item (an array of one). */
static char *generate(const unsigned char *data, size_t size){
  field f[16];
  memset(f, 0, sizeof f);
  split(data, size, 0, f, 16);
  buf b = { 0, 0, 0 };
  adds(&b, "[{\"type\":\"");
  adds(&b, types[digits_of(f[0], 7)]);
  adds(&b, "\",\"title\":");
  json_text(&b, f[1].p, f[1].n, NULL, 0);
  adds(&b, ",\"author\":[");
  field a[8];
  int na = f[2].n ? split(f[2].p, f[2].n, 1, a, 8) : 0;
  for( int i = 0; i < na; i++ ){
    field fg[2];
    int parts = split(a[i].p, a[i].n, 2, fg, 2);
    if( i ) adds(&b, ",");
    if( parts == 2 ){
      adds(&b, "{\"family\":"); json_text(&b, fg[0].p, fg[0].n, ";,", 0);
      adds(&b, ",\"given\":"); json_text(&b, fg[1].p, fg[1].n, ";,", 0);
      adds(&b, "}");
    }else{
      adds(&b, "{\"literal\":"); json_text(&b, a[i].p, a[i].n, ";,", 0); adds(&b, "}");
    }
  }
  adds(&b, "],\"container-title\":"); json_text(&b, f[3].p, f[3].n, NULL, 0);
  adds(&b, ",\"volume\":"); json_text(&b, f[4].p, f[4].n, NULL, 0);
  adds(&b, ",\"issue\":"); json_text(&b, f[5].p, f[5].n, NULL, 0);
  /* pages: letters and digits on each side of one "-" */
  char page[40];
  snprintf(page, sizeof page, "%d-%d", digits_of(f[6], 500) + 1, digits_of(f[6], 500) + 501);
  if( f[6].n ){ adds(&b, ",\"page\":\""); adds(&b, f[6].n % 2 ? page : "e12"); adds(&b, "\""); }
  if( f[7].n ){
    char d[64];
    int y = 1900 + digits_of(f[7], 200), m = f[7].n > 1 ? f[7].p[1] % 13 : 0, day = f[7].n > 2 ? f[7].p[2] % 29 : 0;
    if( m && day ) snprintf(d, sizeof d, ",\"issued\":{\"date-parts\":[[%d,%d,%d]]}", y, m, day);
    else if( m ) snprintf(d, sizeof d, ",\"issued\":{\"date-parts\":[[%d,%d]]}", y, m);
    else snprintf(d, sizeof d, ",\"issued\":{\"date-parts\":[[%d]]}", y);
    adds(&b, d);
  }
  adds(&b, ",\"DOI\":"); json_text(&b, f[8].p, f[8].n, NULL, 0);
  if( f[9].n ){
    char issn[32];
    snprintf(issn, sizeof issn, ",\"ISSN\":\"%04d-%04d\"", digits_of(f[9], 10000), digits_of(f[9], 9999) + 1);
    adds(&b, issn);
  }
  adds(&b, ",\"custom\":{\"keywords\":[");
  field k[8];
  int nk = f[10].n ? split(f[10].p, f[10].n, 1, k, 8) : 0;
  for( int i = 0; i < nk; i++ ){ if( i ) adds(&b, ","); json_text(&b, k[i].p, k[i].n, ",;", 0); }
  adds(&b, "]},\"abstract\":"); json_text(&b, f[11].p, f[11].n, NULL, 1);
  adds(&b, ",\"URL\":"); json_text(&b, f[12].p, f[12].n, NULL, 0);
  adds(&b, ",\"publisher\":"); json_text(&b, f[13].p, f[13].n, NULL, 0);
  adds(&b, "}]");
  return b.p;
}

static void same(const char *what, const char *a, const char *b, const char *fmt, const char *item){
  if( (a == NULL) != (b == NULL) || (a && strcmp(a, b) != 0) ){
    fprintf(stderr, "%s: %s differs: \"%s\" vs \"%s\"\nitem: %s\n", fmt, what, a ? a : "NULL", b ? b : "NULL", item);
    abort();
  }
}

static int hangul_only(const char *s){
  int h = 0;
  size_t n = strlen(s), i = 0;
  while( i < n ){
    uint32_t cp;
    int k = kt_utf8_decode((const unsigned char*)s + i, n - i, &cp);
    if( k <= 0 ){ i++; continue; }
    if( kt_is_hangul_syllable(cp) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F) ) h = 1;
    else if( (cp < 0x80 && (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || (cp >= 0xC0 && cp <= 0x24F) ) return 0;
    i += (size_t)k;
  }
  return h;
}

/* A person as compared: RIS keeps the name as written; the others keep
** family and given of a split romanized name, else the one string. */
static void person(const lit_author *a, int ris, char *out, size_t n){
  if( ris || !a->family || hangul_only(a->name) ) snprintf(out, n, "%s", a->name ? a->name : "");
  else snprintf(out, n, "%s|%s", a->family, a->given ? a->given : "");
}
static void written(const lit_author *a, char *out, size_t n){
  if( a->family && !hangul_only(a->name) ) snprintf(out, n, "%s%s%s", a->family, a->given ? ", " : "", a->given ? a->given : "");
  else snprintf(out, n, "%s", a->name ? a->name : "");
}

static void compare(const lit_record *r, const lit_record *b, const char *key, const char *fmt, const char *item){
  int ris = strcmp(fmt, "ris") == 0;
  same("type", r->type, b->type, fmt, item);
  same("title_ko", r->title_ko, b->title_ko, fmt, item);
  same("title_foreign", r->title_foreign, b->title_foreign, fmt, item);
  if( !r->title_ko && !r->title_foreign ) same("title", r->title, b->title, fmt, item);
  if( r->n_author != b->n_author ){ fprintf(stderr, "%s: %d authors, not %d\nitem: %s\n", fmt, b->n_author, r->n_author, item); abort(); }
  for( int i = 0; i < r->n_author; i++ ){
    char x[1024], y[1024];
    if( ris ) written(&r->author[i], x, sizeof x); else person(&r->author[i], 0, x, sizeof x);
    person(&b->author[i], ris, y, sizeof y);
    same("author", x, y, fmt, item);
  }
  same("journal", r->journal, b->journal, fmt, item);
  same("journal_ko", r->journal_ko, b->journal_ko, fmt, item);
  same("journal_foreign", r->journal_foreign, b->journal_foreign, fmt, item);
  same("volume", r->volume, b->volume, fmt, item);
  /* "IS  - 0" is RIS's way of saying "no issue" */
  same("issue", ris && r->issue && !strcmp(r->issue, "0") ? NULL : r->issue, b->issue, fmt, item);
  same("page_first", r->page_first, b->page_first, fmt, item);
  same("page_last", r->page_last, b->page_last, fmt, item);
  same("year", r->year, b->year, fmt, item);
  same("date", r->date, b->date, fmt, item);
  same("published", r->published, b->published, fmt, item);
  same("doi", r->doi, b->doi, fmt, item);
  same("issn", r->issn, b->issn, fmt, item);
  same("publisher", r->publisher, b->publisher, fmt, item);
  same("abstract", r->abstract, b->abstract, fmt, item);
  same("abstract_ko", r->abstract_ko, b->abstract_ko, fmt, item);
  same("abstract_foreign", r->abstract_foreign, b->abstract_foreign, fmt, item);
  same("url", r->url, b->url, fmt, item);
  same("key", key, b->source_id, fmt, item);
  if( r->n_keyword != b->n_keyword ){ fprintf(stderr, "%s: %d keywords, not %d\nitem: %s\n", fmt, b->n_keyword, r->n_keyword, item); abort(); }
  for( int i = 0; i < r->n_keyword; i++ ) same("keyword", r->keyword[i], b->keyword[i], fmt, item);
}

static void read_back(const char *text, lit_format f, lit_document *d){
  if( lit_parse_as(f, text, strlen(text), d) != 0 ) abort();
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size){
  if( size > 4096 ) return 0;
  char *gen = generate(data, size);
  lit_document d;
  read_back(gen, LIT_FORMAT_CSL_JSON, &d);
  free(gen);
  if( d.n_rec != 1 ){ lit_document_free(&d); return 0; }
  char **keys = lit_cite_keys(&d);
  if( !keys ) abort();
  const lit_record *r = &d.rec[0];
  char *item = lit_csl_item(r, keys[0]);
  if( !item ) abort();
  /* CSL-JSON: the same item */
  buf arr = { 0, 0, 0 };
  adds(&arr, "[");
  adds(&arr, item);
  adds(&arr, "]");
  lit_document c;
  read_back(arr.p, LIT_FORMAT_CSL_JSON, &c);
  if( c.n_rec != 1 ) abort();
  char **ck = lit_cite_keys(&c);
  char *again = ck ? lit_csl_item(&c.rec[0], ck[0]) : NULL;
  if( !again ) abort();
  same("csl item", item, again, "csl_json", item);
  compare(r, &c.rec[0], keys[0], "csl_json", item);
  free(again);
  lit_cite_keys_free(ck, c.n_rec);
  lit_document_free(&c);
  free(arr.p);
  /* RIS and BibTeX */
  char err[200];
  for( int k = 0; k < 2; k++ ){
    char *out = NULL;
    int rc = k == 0 ? lit_csl_to_ris(item, strlen(item), &out, err, sizeof err)
                    : lit_csl_to_bibtex(item, strlen(item), NULL, &out, err, sizeof err);
    if( rc != 0 ){ fprintf(stderr, "writer failed: %s\n", err); abort(); }
    lit_document w;
    read_back(out, k == 0 ? LIT_FORMAT_RIS : LIT_FORMAT_BIBTEX, &w);
    if( w.n_rec != 1 || w.error ){ fprintf(stderr, "%d records, error %s\n%s\nitem: %s\n", w.n_rec, w.error ? w.error : "none", out, item); abort(); }
    compare(r, &w.rec[0], keys[0], k == 0 ? "ris" : "bibtex", item);
    lit_document_free(&w);
    free(out);
  }
  free(item);
  lit_cite_keys_free(keys, d.n_rec);
  lit_document_free(&d);
  return 0;
}
