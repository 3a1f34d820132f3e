/*
** Co-occurrence counts: how many groups (records, works) hold each pair of
** items (concepts, countries, keywords). The numbers behind a co-occurrence
** network (bibliometrix's biblioNetwork, VOSviewer's co-occurrence map), kept
** apart from the drawing (ext/chart). Plain C, no SQLite: the aggregate
** pair_counts() (ext/sql_pairs.c), the unit tests and the benchmarks call it.
**
** Rows (group, item) come in any order; an item twice in one group counts
** once. Each unordered pair of distinct items is counted once per group that
** holds both. Items are interned in a hash table and the pairs of a group
** are counted in another, so the cost is the rows sorted once plus the pairs
** themselves: no join of the rows with themselves.
*/
#ifndef KOLIT_STATS_PAIRS_H
#define KOLIT_STATS_PAIRS_H
#include <stddef.h>
#include <stdint.h>

typedef struct kp_counter kp_counter;

typedef struct kp_pair {
  const char *a, *b;   /* a < b in byte order; owned by the counter */
  int64_t n;           /* groups holding both */
} kp_pair;

/* NULL when out of memory. */
kp_counter *kp_new(void);
/* Adds item[0..n) to group. Returns 0, or -1 when out of memory (the counter
** stays usable for kp_free). */
int kp_add(kp_counter *c, int64_t group, const char *item, size_t n);
/* Counts the pairs held by at least min_count groups, sorted by count
** (highest first), then a, then b. *out (from malloc, the caller frees it;
** the strings stay the counter's) holds *n_out pairs. Returns 0, or -1 when
** out of memory. */
int kp_count(kp_counter *c, int64_t min_count, kp_pair **out, size_t *n_out);
void kp_free(kp_counter *c);

#endif
