/*
** A multi-pattern matcher: an Aho-Corasick automaton over folded text.
**
** Patterns and text go through the same fold, one code point at a time:
** case folding; Latin letters lose their diacritics (Württemberg matches
** Wurttemberg); fullwidth Latin becomes ASCII; typographic apostrophes become
** '; dashes, soft hyphens and format characters are dropped (Baden-Württemberg
** = BadenWürttemberg, 바덴-뷔르템베르크 = 바덴뷔르템베르크); a run of white space
** becomes one space, and none at all between two Hangul syllables, because
** Korean spacing varies (클러스터 정책 = 클러스터정책).
**
** One pass over the text reports every occurrence of every pattern, with
** byte offsets into the original UTF-8 text, whatever the number of
** patterns. What counts as a word boundary is the caller's business: the
** gazetteer and the vocabularies look at the original text around each
** occurrence (see boundary.h).
*/
#ifndef KOLIT_TAG_MATCHER_H
#define KOLIT_TAG_MATCHER_H
#include <stddef.h>
#include <stdint.h>

typedef struct kt_matcher kt_matcher;

/* kt_matcher_add() results. */
#define KT_ADD_OK         0
#define KT_ADD_DUPLICATE  1   /* the folded pattern exists: *existing holds its value */
#define KT_ADD_EMPTY      2   /* nothing left after folding (only spaces or dashes) */
#define KT_ADD_NOMEM     -1
#define KT_ADD_TOO_LONG  -2   /* more than KT_MATCHER_MAX_LEN code points after folding */

#define KT_MATCHER_MAX_LEN 256

/* Returns a new empty matcher, or NULL when out of memory or when ICU could
** not provide the folding data (kt_matcher_init_error() says why). */
kt_matcher *kt_matcher_new(void);
void kt_matcher_free(kt_matcher *m);
const char *kt_matcher_init_error(void);

/* Adds the UTF-8 pattern p[0..n) with a caller-chosen value >= 0. */
int kt_matcher_add(kt_matcher *m, const char *p, size_t n, int32_t value, int32_t *existing);

/* Builds the automaton; no more patterns may be added. Returns 0, or -1 when
** out of memory. */
int kt_matcher_compile(kt_matcher *m);

size_t kt_matcher_count(const kt_matcher *m);

/* Called for each occurrence: value of the pattern and the byte range
** [start, end) in the text. A nonzero return stops the scan. */
typedef int (*kt_match_fn)(void *ctx, int32_t value, size_t start, size_t end);

/* Scans text[0..n) (UTF-8; an invalid byte is a separator). Returns 0, or
** the first nonzero value returned by fn. The matcher must be compiled; it
** is read-only here, so threads may share it. */
int kt_matcher_scan(const kt_matcher *m, const char *text, size_t n, kt_match_fn fn, void *ctx);

/* An occurrence kept by kt_matcher_find(): the pattern's value, its byte
** range [start, end) and a flag the caller's accept function may set. */
typedef struct kt_span { int32_t value; size_t start, end; int flag; } kt_span;

/* Decides on one occurrence of the pattern with this value at [start, *end):
** returns 1 to keep it (it may move *end, e.g. over an inflection, and set
** *flag, which starts at 0), 0 to drop it. */
typedef int (*kt_accept_fn)(void *ctx, int32_t value, size_t start, size_t *end, int *flag);

/* Scans text[0..n) like kt_matcher_scan() and returns the accepted
** occurrences without overlaps, leftmost first and, among those that start
** there, the longest, in text order: a malloc'd array (*out, freed by the
** caller with free(); NULL when *count is 0). Returns 0, or -1 when out of
** memory. */
int kt_matcher_find(const kt_matcher *m, const char *text, size_t n, kt_accept_fn accept, void *ctx,
                    kt_span **out, size_t *count);

/* kt_matcher_find_nfc(): like kt_matcher_find(), but returns KT_FIND_NOT_NFC
** (no occurrence) as soon as the text holds a code point that is not
** NFC_Quick_Check=Yes, which NFC may change (NFD Hangul jamo, a combining
** mark): the caller then scans the NFC of the text (kt_nfc_map, text.h) with
** kt_matcher_find() and maps the offsets back. On NFC text it costs what
** kt_matcher_find() costs: the fold already looks every code point up. */
#define KT_FIND_NOT_NFC 1
int kt_matcher_find_nfc(const kt_matcher *m, const char *text, size_t n, kt_accept_fn accept, void *ctx,
                        kt_span **out, size_t *count);

/* The fold of s[0..n) as UTF-8, in malloc'd memory (*out, *outlen); for
** tests and documentation. Returns 0, or -1 when out of memory. */
int kt_fold(const char *s, size_t n, char **out, size_t *outlen);

#endif
