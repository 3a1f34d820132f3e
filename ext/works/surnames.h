/*
** Korean family names and their usual romanizations (data/korean_surnames.tsv,
** compiled in by gen_surnames.py): 김 kim gim, 이 lee yi rhee ..., 남궁 namgung
** namkoong .... One table for the whole extension: the matcher compares
** authors across scripts with it, and it says whether a romanized word is a
** Korean family name (ext/docs/authors.c reads names with it).
*/
#ifndef KOLIT_WORKS_SURNAMES_H
#define KOLIT_WORKS_SURNAMES_H
#include <stddef.h>

typedef struct kw_surname {
  const char *hangul;   /* UTF-8, one or two syllables */
  const char *latin;    /* its romanizations, lower case, separated by one space */
} kw_surname;

extern const kw_surname kw_surnames[];          /* sorted by the bytes of hangul */
extern const int kw_surnames_count;
extern const char *const kw_surname_latin[];    /* every romanization once, sorted */
extern const int kw_surname_latin_count;
/* for each of kw_surname_latin, the Hangul names written so (NULL after the last) */
extern const char *const kw_surname_latin_hangul[][8];

/* The romanizations of the Hangul family name h[0..n), or NULL when the
** table does not have it. */
const char *kw_surname_romanizations(const char *h, size_t n);

/* 1 when w[0..n) (ASCII letters only, any case) is a romanization of a
** Korean family name in the table. */
int kw_is_romanized_surname(const char *w, size_t n);

/* The Hangul family names the table writes w[0..n) (ASCII letters only, any
** case), NULL-terminated (the table's own strings); NULL when none. */
const char *const *kw_surname_hangul_of(const char *w, size_t n);

/* 1 when the Hangul family name h[0..hn) is written latin[0..ln) (ASCII
** letters, any case; hyphens, spaces and apostrophes ignored) in the table. */
int kw_surname_romanized_as(const char *h, size_t hn, const char *latin, size_t ln);

/* 1 when the romanized family names a and b (lower-case letters) are two
** spellings of one Korean family name of the table (choi and choe, lee and
** rhee). */
int kw_surname_variants(const char *a, const char *b);

#endif
