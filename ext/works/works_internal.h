/*
** The matcher's record model and what its stages share (works.h is the
** public side).
*/
#ifndef KOLIT_WORKS_INTERNAL_H
#define KOLIT_WORKS_INTERNAL_H
#include "works/works.h"
#include <stddef.h>
#include <stdint.h>

/* Bump allocator: every string of a set lives in its chunks. */
typedef struct kw_chunk { struct kw_chunk *next; size_t used, cap; char data[]; } kw_chunk;
typedef struct kw_arena { kw_chunk *head; } kw_arena;
void *kw_alloc(kw_arena *a, size_t n);
char *kw_strndup(kw_arena *a, const char *s, size_t n);
void kw_arena_free(kw_arena *a);

typedef struct kw_author {
  /* as given */
  const char *name, *family, *given, *name_ko, *name_latin, *affiliation;
  /* derived (normalize.c, kw_author_derive): NULL when the script is absent */
  const char *ko_family, *ko_given;   /* Hangul, without spaces */
  const char *lat_family, *lat_given; /* lower-case ASCII letters only */
  char lat_initials[8];               /* first letter of each part of the given name */
} kw_author;

/* Kinds of work (CSL types): two records of different known kinds are never
** one work. */
enum { KW_KIND_UNKNOWN, KW_KIND_ARTICLE, KW_KIND_CONFERENCE, KW_KIND_REPORT, KW_KIND_THESIS,
       KW_KIND_BOOK, KW_KIND_CHAPTER, KW_KIND_OTHER };

typedef struct kw_record {
  int64_t id;
  const char *type, *title_ko, *title_foreign, *doi_raw, *journal, *journal_ko, *journal_foreign,
             *volume, *issue, *series_no, *issue_no, *page_first, *abstract_ko, *abstract_foreign, *url;
  int year;                     /* 0 when unknown */
  const char **keywords; int nkeywords;
  kw_author *authors; int nauthors;
  /* derived keys */
  const char *doi;              /* normalised, or NULL */
  const char *kci_id, *ks_id;   /* ART001234567, JAKO201012345678901, or NULL */
  const char *key_ko, *key_ko_main;           /* title keys, NULL when absent */
  const char *key_foreign, *key_foreign_main; /* key_*_main NULL: no subtitle */
  unsigned char common_ko, common_foreign;    /* kw_title_is_common */
  unsigned char kind;                         /* KW_KIND_* */
} kw_record;

typedef struct kw_decision { int64_t a, b; int same; } kw_decision;

/* A person's name in both scripts as some record gave it (name_ko with
** name_latin): the other records' authors in one script are matched through
** it (match.c). */
typedef struct kw_namepair { const char *ko, *family, *given; } kw_namepair;

struct kw_set {
  kw_arena arena;               /* the records' strings */
  kw_record *rec; int n, cap;
  kw_decision *dec; int ndec, capdec;
  /* the result of kw_match */
  int matched;
  int *parent;                  /* union-find, then each record's root */
  int64_t *work;                /* per record: its work id */
  kw_merge *merges; int nmerges;
  kw_merge *versions; int nversions;
  kw_namepair *pairs; int npairs;
  kw_arena result;              /* evidence strings, the name pairs' Hangul names */
};

/* The letters a romanization of the Hangul given name g may start with (its
** first syllable's; every letter for an empty g), as kw_author_compare
** compares a Hangul name with initials; NULL when g does not start with a
** Hangul syllable. */
const char *kw_given_letters(const char *g);

/* normalize.c */
int kw_author_derive(kw_arena *a, kw_author *au);
int kw_kind_of(const char *type);
/* Copies the KCI (ART + 9 digits) and KoreaScience (JAKO + 15 digits) ids
** found in s into *kci / *ks. Returns -1 when out of memory. */
int kw_source_ids(kw_arena *a, const char *s, const char **kci, const char **ks);
/* Title keys into the arena; *key NULL when s has no letter or digit. */
int kw_title_keys(kw_arena *a, const char *s, const char **key, const char **main);
/* 1 when s has a Hangul syllable or a Hanja. */
int kw_has_korean(const char *s);
/* Compares two authors: 2 the same name in one script, 1 compatible (family
** name and initials, or across scripts through the table of family names),
** 0 no evidence, -1 different people. */
int kw_author_compare(const kw_author *x, const kw_author *y);

#endif
