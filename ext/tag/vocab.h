/*
** Keyword vocabularies: concepts and the terms that name them, compiled
** into one matcher, and the scan that finds them in Korean and English text.
**
** Matching is case-insensitive (the matcher's fold). Korean terms match
** anywhere, inside compounds and before particles (혁신클러스터의 -> 혁신클러스터),
** except a term of two syllables or fewer, inside a word, whose last syllable
** is also a particle: 중요성과 is 중요성 + 과, not 성과 (performance).
** English terms need a word start and a word end, where the end may carry an
** inflection (s, es, ed, ing, ings: clusters, clustering) and a term ending in
** consonant + y also matches its -ies plural (policy -> policies).
** Overlaps: the leftmost match wins, then the longest; a shorter concept
** nested inside a longer match is not reported (regional innovation system
** gives regional_innovation_system, not also innovation_system).
*/
#ifndef KOLIT_TAG_VOCAB_H
#define KOLIT_TAG_VOCAB_H
#include <stddef.h>
#include "tag/tag_data.h"

typedef struct kt_vocab kt_vocab;

typedef struct kt_keyword_mention {
  const char *concept;   /* owned by the vocabulary */
  const char *term;      /* the vocabulary's term that matched, as written there */
  size_t start, end;     /* byte range in the text, inflection included */
} kt_keyword_mention;

kt_vocab *kt_vocab_new(void);  /* NULL when out of memory or ICU data is missing */
void kt_vocab_free(kt_vocab *v);

/* Adds a term of a concept (strings are copied). Returns 0; 1 when the term
** was ignored (empty after folding, a term already in the vocabulary: the
** first concept keeps it, or an empty concept or one with a NUL byte); -1
** when out of memory. */
int kt_vocab_add(kt_vocab *v, const char *concept, size_t clen, const char *term, size_t tlen);

/* Builds the matcher; no more terms after it. Returns 0, or -1 (no memory). */
int kt_vocab_compile(kt_vocab *v);

size_t kt_vocab_terms(const kt_vocab *v);

/* Term i (0 <= i < kt_vocab_terms(v)) as written, and its concept; both
** owned by the vocabulary. */
void kt_vocab_term(const kt_vocab *v, size_t i, const char **concept, const char **term);

/* The mentions in text[0..n), in text order, malloc'd (*out, free() it).
** Returns 0, or -1 when out of memory. */
int kt_vocab_find(const kt_vocab *v, const char *text, size_t n, kt_keyword_mention **out, size_t *count);

/* The built-in vocabulary "cluster_policy" (data/cluster_policy.tsv), built
** once per process. NULL with a message in err on failure. */
const kt_vocab *kt_vocab_cluster_policy(char *err, size_t errlen);

#endif
