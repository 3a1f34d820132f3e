/*
** A small JSON reader for the writers (ext/cite/writers.c), which read one
** CSL item per call, 100,000 times in one export: the whole document is
** parsed into one array of values and one buffer of unescaped strings (two
** allocations per item). jansson, which builds the CSL items, took 60% of
** to_ris's time reading them back (bench/citations.sh): a hash table and an
** allocation per value. Strict RFC 8259: UTF-8 only, no NUL (\u0000), no
** lone surrogate, no trailing text; nesting is limited to 200 levels.
** Errors say line and column, like jansson's. Internal to ext/cite.
*/
#ifndef KOLIT_CITE_JSON_H
#define KOLIT_CITE_JSON_H
#include <stddef.h>

typedef enum { KJ_NULL, KJ_FALSE, KJ_TRUE, KJ_NUMBER, KJ_STRING, KJ_ARRAY, KJ_OBJECT } kj_type;

typedef struct kj_value {
  kj_type type;
  const char *key;     /* the member's name in an object (NUL-terminated), else NULL */
  const char *str;     /* KJ_STRING: the unescaped text, NUL-terminated; KJ_NUMBER: its digits */
  size_t len;          /* bytes of str */
  int integer;         /* KJ_NUMBER: 1 when it has no fraction or exponent */
  int first, next;     /* first child, next sibling: indexes, -1 for none (while parsing) */
  const struct kj_value *child, *sibling;  /* the same as pointers, set when parsing ends */
} kj_value;

typedef struct kj_doc { kj_value *v; int n, cap; char *buf; } kj_doc;

/* Parses text[0..n). 0 on success (the root is d->v[0]), 1 when it is not
** JSON (err says where and why), -1 when out of memory. kj_free in every case. */
int kj_parse(kj_doc *d, const char *text, size_t n, char *err, size_t errlen);
void kj_free(kj_doc *d);

/* The member key of object o (NULL when o is NULL, no object, or has none:
** the first member of that name). */
const kj_value *kj_get(const kj_value *o, const char *key);
/* The first child of an array or object, and the next sibling; NULL at the end. */
const kj_value *kj_first(const kj_value *v);
const kj_value *kj_next(const kj_value *v);

#endif
