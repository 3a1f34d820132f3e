/*
** Helpers shared by the readers (record.c: records and fields; authors.c:
** names), the readers' detect and parse functions (parse_<format>.c) and the
** reader table (readers.c). Not part of the public interface.
**
** Memory: every allocation goes through lit_malloc/lit_realloc, which count
** against lit_test_alloc_budget so the unit tests can make the n-th
** allocation fail. A failed allocation sets ctx->oom; parsers keep going
** (every later allocation is skipped) and lit_parse() frees the document and
** returns -1 at the end, so no parser needs an error path of its own.
*/
#ifndef KOLIT_DOCS_DOCS_INTERNAL_H
#define KOLIT_DOCS_DOCS_INTERNAL_H
#include "docs/docs.h"
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* UTF-8 bytes of the bullet both sites print, U+2022. */
#define LIT_BULLET "\xE2\x80\xA2"

/* Allocations left before lit_malloc fails; negative means no limit. Set
** only by tests (fault injection); the parsers never write it. */
extern long lit_test_alloc_budget;

typedef struct lit_span { const char *p; size_t n; } lit_span;

typedef struct lit_ctx {
  lit_document *doc;
  int oom;          /* an allocation failed: the result is dropped */
  int cap_rec;      /* allocated entries of doc->rec */
  char *err;        /* document error being built, joined with "; " */
  size_t err_n, err_cap;
  int n_problem;    /* problems reported, including those past the cap */
} lit_ctx;

/* Iterates over the LF-terminated lines of text[0..len); the last line need
** not end with LF. Each line is found with memchr, so a page is one pass. */
typedef struct lit_lines { const char *text; size_t len, pos; } lit_lines;

static inline int lit_next_line(lit_lines *it, lit_span *line){
  if( it->pos >= it->len ) return 0;
  const char *s = it->text + it->pos;
  size_t rest = it->len - it->pos;
  const char *nl = memchr(s, '\n', rest);
  size_t n = nl ? (size_t)(nl - s) : rest;
  line->p = s;
  line->n = n;
  it->pos += n + (nl ? 1 : 0);
  return 1;
}

static inline lit_span lit_span_of(const char *p, size_t n){ lit_span s = { p, n }; return s; }
static inline int lit_span_eq(lit_span s, const char *lit){
  size_t n = strlen(lit);
  return s.n == n && memcmp(s.p, lit, n) == 0;
}
static inline int lit_span_starts(lit_span s, const char *lit){
  size_t n = strlen(lit);
  return s.n >= n && memcmp(s.p, lit, n) == 0;
}
static inline int lit_span_ends(lit_span s, const char *lit){
  size_t n = strlen(lit);
  return s.n >= n && memcmp(s.p + s.n - n, lit, n) == 0;
}
static inline int lit_is_digit(char c){ return c >= '0' && c <= '9'; }
/* The first byte of a line after its ASCII spaces and tabs, 0 for a blank
** line: detect functions look at it before doing any work on the line. */
static inline unsigned char lit_first_byte(lit_span line){
  for( size_t i = 0; i < line.n; i++ ){
    if( line.p[i] != ' ' && line.p[i] != '\t' ) return (unsigned char)line.p[i];
  }
  return 0;
}
/* The same after a leading bullet (U+2022) and its spaces, when there is one. */
static inline unsigned char lit_first_item_byte(lit_span line){
  size_t i = 0;
  while( i < line.n && (line.p[i] == ' ' || line.p[i] == '\t') ) i++;
  if( i + 3 <= line.n && memcmp(line.p + i, "\xE2\x80\xA2", 3) == 0 ){
    i += 3;
    while( i < line.n && (line.p[i] == ' ' || line.p[i] == '\t') ) i++;
  }
  return i < line.n ? (unsigned char)line.p[i] : 0;
}

/* The document error names at most this many problems, then a count, so a
** broken page of a million records does not make a megabyte of message. */
#define LIT_MAX_PROBLEMS 10
/* How much of a document a reader's detect function looks at. */
#define LIT_DETECT_BYTES 65536

/* record.c: allocation, strings, problems, records */
void *lit_malloc(lit_ctx *c, size_t n);
void *lit_realloc(lit_ctx *c, void *p, size_t n);
char *lit_dup(lit_ctx *c, const char *p, size_t n);   /* always a copy, "" for n == 0 */
/* Stores a copy of s in *field when *field is still NULL and s is not empty:
** the first value a page gives for a field wins. */
void lit_set(lit_ctx *c, char **field, lit_span s);
/* Adds "; "-separated text to the document error; after a cap, only counts. */
void lit_problem(lit_ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends raw text to the document error (no separator, no cap). */
void lit_err_add(lit_ctx *c, const char *p, size_t n);
/* Appends a new zeroed record (ordinal set); NULL when out of memory. The
** pointer is valid until the next call. */
lit_record *lit_new_record(lit_ctx *c);
/* Frees every field of a record and zeroes it. */
void lit_record_clear(lit_record *r);
/* Appends a zeroed author to r; NULL when out of memory. The pointer is
** valid until the next call. (lit_parse_authors() splits a whole author
** line instead; lit_resolve_author() fills family and given.) */
lit_author *lit_new_author(lit_ctx *c, lit_record *r);
/* Appends a trimmed copy of kw to r's keywords; an empty kw is skipped. */
void lit_add_keyword(lit_ctx *c, lit_record *r, lit_span kw);

/* Strips ASCII white space and the invisible spaces saved pages carry
** (U+00A0, U+3000, U+200B, U+FEFF) from both ends. */
lit_span lit_trim(lit_span s);
/* A bullet line of the sites' own marker: spaces or tabs, U+2022, text. Sets
** the indent (leading columns, a tab counting as two: one level of the sites'
** two-space indents) and the trimmed text after the marker. */
int lit_bullet(lit_span line, int *indent, lit_span *text);
/* A bullet line of any marker a saved page may use (U+2022, U+00B7, U+318D,
** or "*", "-", "o" followed by a space): the marker's number (0 for U+2022;
** see lit_bullet_style), or -1. The KIET and KoreaScience search readers read
** pages of any marker with it; the other readers know only U+2022 (a line
** "- 2011" of KoreaScience's dash layout is not a bullet). */
int lit_bullet_marker(lit_span line, int *indent, lit_span *text);
/* The bullet marker of a whole page: U+2022 when any line carries it, else the
** marker most lines carry (a title "- A Study" on a page of U+00B7 bullets is
** a title). lit_bullet_as() reads a bullet of that marker only. */
int lit_bullet_style(const char *text, size_t len);
int lit_bullet_as(int style, lit_span line, int *indent, lit_span *text);

/* Counts Hangul (syllables and jamo) and Latin letters (ASCII and the
** Latin-1/Extended-A/B letters of German, French, Spanish names). Invalid
** bytes count as neither. */
void lit_script_count(const char *p, size_t n, size_t *hangul, size_t *latin);
/* "ko", "en", "mixed" or NULL (no letters); see the thresholds in parse.c. */
const char *lit_language(const char *p, size_t n);

/* Fills title, title_ko, title_foreign from a title line (parse.c). */
void lit_set_title(lit_ctx *c, lit_record *r, lit_span title);

/* Parses a "YYYY.MM.DD" date (also "-" or "/" separated, one- or two-digit
** month and day, an optional trailing "."). Writes the ISO date into iso
** (11 bytes, "" when no day is given) and the year into year (5 bytes).
** Returns 1 when s is such a date or a "YYYY.MM" month. */
int lit_parse_date(lit_span s, char iso[11], char year[5]);

/* A text buffer of paragraphs joined by one blank line. */
typedef struct lit_buf { char *p; size_t n, cap; } lit_buf;
void lit_buf_para(lit_ctx *c, lit_buf *b, lit_span para);
/* Appends s, after sep when the buffer is not empty; an empty s is skipped. */
void lit_buf_add(lit_ctx *c, lit_buf *b, const char *sep, lit_span s);
/* Abstract paragraphs in page order, and the same sorted by language:
** Korean paragraphs (lit_is_korean) to ko, the others to foreign. */
typedef struct lit_abstracts { lit_buf all, ko, foreign; } lit_abstracts;
void lit_abstract_para(lit_ctx *c, lit_abstracts *ab, lit_span para);
/* Moves the paragraphs into r->abstract (with its language), abstract_ko
** and abstract_foreign (fields already set are kept) and frees the rest. */
void lit_abstract_store(lit_ctx *c, lit_record *r, lit_abstracts *ab);
/* The last top-level balanced parenthesis group that ends t: "Name (Aff
** (x))" gives before "Name" and inside "Aff (x)". 0 when t does not end
** with such a group (unbalanced parentheses: no group). */
int lit_paren_tail(lit_span t, lit_span *before, lit_span *inside);
/* 1 when s is Korean text (the rule lit_set_title uses). */
int lit_is_korean(lit_span s);
/* Stores the ISO form of a "YYYY.MM.DD" date in *field (a month alone or
** anything else is not stored). */
void lit_set_date_field(lit_ctx *c, char **field, lit_span s);
/* KCI's "2019, 8(2)" (also "2019, 8", "2019, (2)", "2019"): year, volume
** and issue. 0, and nothing set, when s has another shape. */
int lit_year_volume_issue(lit_ctx *c, lit_record *r, lit_span s);
/* lit_set for a NUL-terminated string (NULL: nothing). */
void lit_set_str(lit_ctx *c, char **field, const char *s);

/* authors.c: sets r->authors (as written), r->author, r->n_author. */
void lit_parse_authors(lit_ctx *c, lit_record *r, lit_span s);
/* Appends one person (name as written, family and given when its shape
** tells them: "Park, Min-Ji", "박민지", "Min-Ji Park"; an ambiguous romanized
** name is read given-first). NULL for an empty name or out of memory. Does
** not set r->authors: a reader that adds people one by one sets it too. */
lit_author *lit_add_person(lit_ctx *c, lit_record *r, lit_span name);
/* 1 when the ASCII word w (any case) is a romanized Korean surname. */
int lit_is_korean_surname(const char *w, size_t n);
/* 1 when the surname table is sorted as the binary search needs. */
int lit_surname_table_ok(void);

/* record.c: the fields of the citation files (RIS, BibTeX, CSL-JSON). */
/* The length of p[0..n) cut to at most max bytes without splitting a UTF-8
** character, as an int for "%.*s" in messages. */
int lit_utf8_cut(const char *p, size_t n, size_t max);
/* 1 when s has Hangul and no Latin letter. */
int lit_is_hangul_only(lit_span s);
/* The first title sets title (lit_set_title); a later one (a translated
** title) fills title_ko or title_foreign, whichever its script is, if empty. */
void lit_add_title(lit_ctx *c, lit_record *r, lit_span t);
/* The first name sets journal; a second one in the other script gives
** journal_ko and journal_foreign. */
void lit_add_journal(lit_ctx *c, lit_record *r, lit_span j);
/* Appends an abstract to abstract (blank-line separated; a repeated one is
** skipped), its paragraphs (ended by any line break) trimmed and one blank
** line apart. Its paragraphs of one language in a row give abstract_ko (the
** first Korean run) and abstract_foreign (the first English run), so one
** field holding "Korean paragraphs, blank line, English paragraphs" gives
** both. */
void lit_add_abstract(lit_ctx *c, lit_record *r, lit_span a);
/* Sets language from the abstract when no reader set it. */
void lit_finish_language(lit_ctx *c, lit_record *r);
/* "30-42", "30--42", "30–42" (U+2013), "30~42" or one page: page_first and
** page_last. */
void lit_set_pages(lit_ctx *c, lit_record *r, lit_span p);
/* "YYYY", "YYYY/MM/DD/", "YYYY/MM", "YYYY-MM-DD": year, date (a day given),
** published ("YYYY-MM" or the date). Returns 0 when s is no such date. */
int lit_set_citation_date(lit_ctx *c, lit_record *r, lit_span s);
/* A DOI without its resolver prefix. */
void lit_set_doi(lit_ctx *c, lit_record *r, lit_span d);
/* Every ISSN in s: the first fills issn, another eissn. 0 when none. */
int lit_add_issn(lit_ctx *c, lit_record *r, lit_span s);
/* The CSL type of a RIS TY, BibTeX entry type or CSL type; NULL if none. */
const char *lit_csl_type(const char *name, size_t n);
/* "ko" or "en" from "Korean", "kor", "한국어", "English", "en-US", ...; else NULL. */
const char *lit_language_code(lit_span s);
/* One person of a citation file: a Hangul name stays one name (name_ko set;
** family and given as lit_add_person finds them); literal = 1 for a name the
** file marks as one string ({literal} in CSL, {braced} in BibTeX): no split. */
void lit_add_citation_author(lit_ctx *c, lit_record *r, lit_span name, int literal);
/* authors = the names joined with "; ", when the file gave no author line. */
void lit_join_authors(lit_ctx *c, lit_record *r);

/* The end of the head of a document that detect functions look at: the
** first LIT_DETECT_BYTES, extended to the end of the line. */
size_t lit_detect_head(const char *text, size_t len);
/* The top of a page, for formats whose markers open the page (the article
** and issue pages): the first LIT_DETECT_TOP_BYTES, extended to the end of
** the line. Reading less keeps detection cheap on other formats' pages. */
#define LIT_DETECT_TOP_BYTES 16384
size_t lit_detect_top(const char *text, size_t len);

/* The readers, one pair per format (readers.c lists them): detect returns
** a score (0 no, 1 weak, 2 strong, 3 certain); parse fills c->doc. */
int lit_detect_kiet(const char *text, size_t len);
void lit_parse_kiet(lit_ctx *c, const char *text, size_t len);
int lit_detect_koreascience(const char *text, size_t len);
void lit_parse_koreascience(lit_ctx *c, const char *text, size_t len);
int lit_detect_koreascience_article(const char *text, size_t len);
void lit_parse_koreascience_article(lit_ctx *c, const char *text, size_t len);
int lit_detect_kci_article(const char *text, size_t len);
void lit_parse_kci_article(lit_ctx *c, const char *text, size_t len);
int lit_detect_kci_issue(const char *text, size_t len);
void lit_parse_kci_issue(lit_ctx *c, const char *text, size_t len);
/* riss_excel and csv read both .xls bytes and CSV text (sheet.c); the
** _xls detect functions recognise only workbooks (the binary readers). */
int lit_detect_riss_excel(const char *text, size_t len);
int lit_detect_riss_excel_xls(const char *bytes, size_t len);
int lit_detect_csv_xls(const char *bytes, size_t len);
/* Why bytes that no binary reader takes are not a workbook it reads, when
** they are a compound file (into buf); NULL when they are not one. */
const char *lit_binary_reason(const unsigned char *b, size_t n, char *buf, size_t size);
void lit_parse_riss_excel(lit_ctx *c, const char *text, size_t len);
int lit_detect_csv(const char *text, size_t len);
void lit_parse_csv(lit_ctx *c, const char *text, size_t len);
int lit_detect_ris(const char *text, size_t len);
void lit_parse_ris(lit_ctx *c, const char *text, size_t len);
int lit_detect_bibtex(const char *text, size_t len);
void lit_parse_bibtex(lit_ctx *c, const char *text, size_t len);
int lit_detect_csl_json(const char *text, size_t len);
void lit_parse_csl_json(lit_ctx *c, const char *text, size_t len);
int lit_detect_html_meta(const char *text, size_t len);
void lit_parse_html_meta(lit_ctx *c, const char *text, size_t len);

#endif
