/*
** Citations out: the CSL item of a record (lit_records.csl) and the RIS and
** BibTeX writers, which read only a CSL item (never the record), as
** citation-js does. Plain C, no SQLite; JSON through jansson.
**
** The mapping (docs/citations.md has the whole table and the reasons):
**   title            the record's main title: the Korean one when it has one
**   custom.title-foreign / custom.title-ko   the other title (both given)
**   author           {"family", "given"} for a romanized name that was split;
**                    {"literal"} for a Hangul name (so no writer cuts 김민수
**                    into 김 / 민수) and for any name not split; the other
**                    script's form in CSL-M "multi": {"_key": {"ko": {...}}}
**   abstract         every abstract as written (Korean and English
**                    paragraphs); custom.abstract-ko / abstract-foreign
**   container-title  journal; custom.journal-ko / journal-foreign (both given)
**   issued           date, else published (year-month), else year
**   submitted        received; custom.accepted
**   ISSN, custom.eissn, DOI, URL, publisher, volume, issue, page,
**   number (KIET issue no), collection-number (series no),
**   number-of-pages (page count), keyword (", "-joined) and custom.keywords
**   (the array), language ("ko", "en"), id (the citation key)
**   RIS:    TI main title, TT the other; AU per person; T2 journal, JO the
**           other name; AB one per paragraph; SN per ISSN; KW per keyword
**   BibTeX: title + titleaddon; journal + journaltitleaddon; abstract with
**           \par between paragraphs; issn "p, e"; date and year; langid
*/
#ifndef KOLIT_CITE_CITE_H
#define KOLIT_CITE_CITE_H
#include "docs/docs.h"
#include <stddef.h>

/* The citation keys of every record of d, in order: the source's own key
** or id (KCI's ART id, a BibTeX key, a CSL id) when it is a usable key,
** else family name + year + first title word ("kim2019regional"); a key
** met before in the document gets "b", "c", ... Returns an array of
** d->n_rec malloc'd strings (free with lit_cite_keys_free), NULL when out
** of memory. Deterministic: the same document gives the same keys. */
char **lit_cite_keys(const lit_document *d);
void lit_cite_keys_free(char **keys, int n);

/* The CSL-JSON item of r (compact JSON, UTF-8) with id = key; malloc'd,
** NULL when out of memory. */
char *lit_csl_item(const lit_record *r, const char *key);

/* One CSL item (JSON text) as RIS ("TY  - ..." to "ER  - ", CRLF-free,
** ending with a newline) or BibTeX ("@article{key,\n  field = {value},\n...}\n").
** key NULL: the item's id. Returns 0 and a malloc'd *out, -1 when out of
** memory, 1 when csl is not a CSL item (err says why, naming line and
** column of a JSON error). */
int lit_csl_to_ris(const char *csl, size_t n, char **out, char *err, size_t errlen);
int lit_csl_to_bibtex(const char *csl, size_t n, const char *key, char **out, char *err, size_t errlen);

#endif
