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
/* A bullet line: spaces, U+2022, text. Sets the indent (leading spaces) and
** the trimmed text after the bullet. */
int lit_bullet(lit_span line, int *indent, lit_span *text);

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

/* The end of the head of a document that detect functions look at: the
** first LIT_DETECT_BYTES, extended to the end of the line. */
size_t lit_detect_head(const char *text, size_t len);

/* The readers, one pair per format (readers.c lists them): detect returns
** a score (0 no, 1 weak, 2 strong, 3 certain); parse fills c->doc. */
int lit_detect_kiet(const char *text, size_t len);
void lit_parse_kiet(lit_ctx *c, const char *text, size_t len);
int lit_detect_koreascience(const char *text, size_t len);
void lit_parse_koreascience(lit_ctx *c, const char *text, size_t len);
int lit_detect_html_meta(const char *text, size_t len);
void lit_parse_html_meta(lit_ctx *c, const char *text, size_t len);

#endif
