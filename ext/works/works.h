/*
** The duplicate matcher: which records are one paper (a work), why, and the
** best value of each field of a work. Plain C, no SQLite: the SQL aggregate
** works_match() (ext/sql_works.c), the unit tests, bench/ and the fuzz target
** all call it.
**
** Pipeline (one file per stage):
**   record.c     a record from a JSON object with kolit's column names
**                (lit_records: type, title, title_ko, title_foreign, year, doi,
**                journal, journal_ko, journal_foreign, volume, issue, series_no,
**                issue_no, page_first, abstract, abstract_ko, abstract_foreign,
**                keywords, url, authors [{name, family, given, name_ko,
**                name_latin, affiliation}]); the keys each field gives
**   normalize.c  title keys (NFC, Hanja read as Hangul, case, diacritics,
**                spacing and punctuation of every script dropped, the
**                subtitle after ':' or ' - ' as a key of its own), DOIs,
**                source ids, author names in Hangul and in Latin letters
**   match.c      blocking (DOI, source id, title-key prefixes per script;
**                never all pairs), the rules for a pair, union-find with the
**                guards that keep a cluster consistent, the user's decisions
**   merge.c      the best value of each field of a work, the JSON result
**
** What counts as the same paper (docs/works.md says it for users): the same
** DOI; the same KCI or KoreaScience article id; or the same normalised title
** in one script (Korean to Korean, foreign to foreign), years at most one
** apart, and a shared author (across scripts through the name_ko/name_latin
** pairs any record gives, or the table of Korean family names), with no
** contradicting DOI, source id, type, volume, issue, first page, series or
** issue number. A common title (editorial, 서평, ...) merges only by DOI,
** source id or a user's decision. A journal article and a conference paper
** that would otherwise match are two works, versions of each other.
*/
#ifndef KOLIT_WORKS_WORKS_H
#define KOLIT_WORKS_WORKS_H
#include <stddef.h>
#include <stdint.h>

typedef struct kw_set kw_set;

/* A new empty set of records, or NULL when out of memory. */
kw_set *kw_set_new(void);
void kw_set_free(kw_set *s);

/* Adds the record id described by the JSON object json[0..n). Returns 0; 1
** when the JSON is not such an object (err says why, naming the record and
** the field); -1 when out of memory. Unknown keys are ignored; NULL and
** missing fields are unknown. */
int kw_set_add_json(kw_set *s, int64_t id, const char *json, size_t n, char *err, size_t errlen);

/* A user's decision about two records: same (1) or different (0). Returns 0,
** 1 when it contradicts an earlier decision about the same pair (err says
** so), -1 when out of memory. Decisions about ids not in the set are kept
** and have no effect. */
int kw_set_decide(kw_set *s, int64_t a, int64_t b, int same, char *err, size_t errlen);

/* Adds the decisions of the JSON array json[0..n) of objects
** {"a": id, "b": id, "decision": "same"|"different"}. Returns as
** kw_set_decide. */
int kw_set_decide_json(kw_set *s, const char *json, size_t n, char *err, size_t errlen);

int kw_set_count(const kw_set *s);

/* Matches the records. Returns 0; 1 when two records have one id (err says
** which); -1 when out of memory. Afterwards the accessors below give the
** result; matching again after adding records or decisions recomputes it. */
int kw_match(kw_set *s, char *err, size_t errlen);

/* The work id of the record added i-th (0-based): the smallest record id of
** its work. */
int64_t kw_work_of(const kw_set *s, int i);

/* The merges: the pairs of records whose evidence joined two parts of a work
** (a spanning tree of each work), in the order they were accepted. */
typedef struct kw_merge {
  int64_t work;            /* the work they are part of */
  int64_t a, b;            /* record ids */
  const char *evidence;    /* "doi", "kci_id", "title_ko+year+author+pages", "user", ... */
} kw_merge;
int kw_merge_count(const kw_set *s);
const kw_merge *kw_merge_at(const kw_set *s, int i);

/* Pairs of works that are versions of each other (a journal article and a
** conference paper of the same title and authors): work and a are the first
** work's id, b the other's (a < b). */
int kw_version_count(const kw_set *s);
const kw_merge *kw_version_at(const kw_set *s, int i);

/* The result as JSON (malloc'd, NUL-terminated; the caller frees it):
**   {"records":  [{"record_id", "work_id"}, ...]            in the order added,
**    "merges":   [{"work_id", "record_a", "record_b", "evidence"}, ...],
**    "versions": [{"work_id", "version_of", "evidence"}, ...],
**    "works":    [{"work_id", "records": [ids], "record_count",
**                  "<field>": {"value", "record_id"}, ...,
**                  "keywords": {"value": [...], "record_ids": [...]},
**                  "authors": {"value": [{...}], "record_id"}}, ...]}  by work id.
** Fields: type, title_ko, title_foreign, year, doi, journal, journal_ko,
** journal_foreign, volume, issue, page_first, url, abstract_ko,
** abstract_foreign; a field no record has is absent. Returns 0, or -1 when out
** of memory. Call after kw_match. */
int kw_result_json(const kw_set *s, char **out, size_t *len);

/* The keys of one record (the JSON object of kw_set_add_json) as a JSON
** array (malloc'd, NUL-terminated; the caller frees it): two records that
** kw_match merges or calls versions of each other share a key (the DOI, a
** source id, the full or main title key of a script with an author's name or
** the first page, or a common title with its volume, issue and first page).
** A key is a text and a year (0 for the DOI and the ids); two records share
** one when the texts are equal and the years at most one apart. With as_text,
** the texts ("tag:year:text"); else integers, a hash of the text times 4096
** plus the year modulo 4096, so that shared keys differ by at most one (a hash
** collision only makes more keys look shared). A caller that keeps the keys
** can match again only the records a change can reach (sql/library.sql).
** Returns 0; 1 when the JSON is not such an object (err says why); -1 when
** out of memory. */
int kw_record_keys_json(const char *json, size_t n, int as_text, char **out, size_t *len, char *err, size_t errlen);

/* ---- the normalisation, for tests and tools ---- */

/* The normalised key of a title (or any text) s[0..n): NFC, Hanja read as
** Hangul, Latin in lower case without diacritics, full-width forms and Roman
** numerals as ASCII, everything but letters and digits dropped. With
** main != NULL, *main gets the key of the part before the subtitle (NULL
** when there is no subtitle). Keys are malloc'd UTF-8 (the caller frees
** them); returns 0, or -1 when out of memory. */
int kw_title_key(const char *s, size_t n, char **key, char **main);

/* 1 when a normalised title key is a title many papers share (editorial,
** 서평, 권두언, book review, ...) or too short to tell papers apart. */
int kw_title_is_common(const char *key);

/* A DOI without a resolver prefix, in lower case, into out (cap bytes);
** returns its length, or 0 when s is not a DOI (10.xxxx/...). */
size_t kw_doi_normalize(const char *s, size_t n, char *out, size_t cap);

#endif
