/*
** Term pairs mined from bilingual text: the vocabulary a library already
** holds, so that terms no one curated still cross languages. Plain C, no
** SQLite: term_pairs() (ext/sql_term_pairs.c), the unit tests and the fuzz
** target call these.
**
** Two sources:
**  - parentheses in Korean prose, 한국어(English): 스마트 전문화(smart
**    specialization) gives (스마트 전문화, smart specialization). The English
**    side is 1 to 8 words of Latin letters (digits, - ' & / allowed), an
**    acronym included (RIS), and nothing that marks a citation or a note: no
**    comma, semicolon, period, year. The Korean side ends right at the
**    parenthesis and is the words before it, Hangul only, with no particle
**    or ending (the analyzer says so), at most as many words as the English
**    has (for an acronym, as it has letters): 독일의 지역 혁신 체계(regional
**    innovation system) gives 지역 혁신 체계.
**  - two keyword lists given in the same order (RISS, KCI), read from one list
**    of items: the items with Hangul are the Korean list, those with Latin
**    letters and no Hangul the English one; when both have the same length,
**    the i-th of each is a pair; otherwise they cannot be aligned and give
**    nothing.
** The concept of a pair is its English term folded to ASCII lower case with
** single spaces (smart specialization), so pairs from many records that share
** an English term make one concept with all its Korean spellings.
*/
#ifndef KOLIT_SEARCH_MINE_H
#define KOLIT_SEARCH_MINE_H
#include "korean/korean.h"

/* Receives a pair: the Korean and the English term (byte ranges of the input,
** not NUL-terminated). A non-zero return stops the scan and is returned. */
typedef int (*kq_pair_fn)(void *ctx, const char *ko, int nko, const char *en, int nen);

/* The 한국어(English) pairs of text[0..n), in text order. t is scratch for the
** analyzer. Returns 0 or fn's first non-zero return. */
int kq_mine_parentheses(kr_tokenizer *t, const char *text, int n, void *ctx, kq_pair_fn fn);

/* The pairs of the keyword lists items[0..n) (item i is items[i][0..len[i])).
** Returns 0 or fn's first non-zero return. */
int kq_mine_lists(const char *const *items, const int *len, int n, void *ctx, kq_pair_fn fn);

/* The concept id of an English term: ASCII letters lower-cased, runs of
** spaces one space, no space at the ends; written to out (at least n + 1
** bytes), NUL-terminated. Returns its length. */
int kq_concept_of(const char *en, int n, char *out);

#endif
