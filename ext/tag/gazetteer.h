/*
** The country gazetteer: every name that tags a country, and the scan that
** finds them in Korean and English text.
**
** Names, by priority (a name that folds to the same text as a name of higher
** priority is dropped; two names of equal priority for different countries
** cancel out and tag nothing):
**   4  data/countries.tsv (curated: short forms, Hanja, demonyms, cities, clusters)
**   3  ICU's CLDR display names of every region in Korean and English
**   2  ICU's CLDR display names in each country's official languages
**   1  CLDR subdivision names (first level) in Korean and English
** The gazetteer is built once per process, on first use, by any thread.
*/
#ifndef KOLIT_TAG_GAZETTEER_H
#define KOLIT_TAG_GAZETTEER_H
#include <stddef.h>

#define KT_RULE_DEFAULT   0   /* strict up to 3 Hangul syllables, free from 4 */
#define KT_RULE_FREE      1
#define KT_RULE_STRICT    2
#define KT_RULE_AMBIGUOUS 3
#define KT_RULE_PARTICLE  4

typedef struct kt_country_mention {
  char code[3];       /* ISO 3166-1 alpha-2 or "EU" */
  size_t start, end;  /* byte range of the mention in the text */
} kt_country_mention;

/* Builds the gazetteer if needed. Returns 0, or -1 with a message in err. */
int kt_gazetteer_init(char *err, size_t errlen);

/* The mentions of countries in text[0..n), in text order, in a malloc'd
** array (*out, freed by the caller with free(); NULL when *count is 0).
** Returns 0, or -1 with a message in err. */
int kt_countries_find(const char *text, size_t n, kt_country_mention **out, size_t *count,
                      char *err, size_t errlen);

/* The English name of a code the gazetteer tags ("Germany"), or NULL. */
const char *kt_country_english_name(const char *code);

/* Number of names in the gazetteer (after priorities are applied). */
size_t kt_gazetteer_size(void);

/* The i-th name: code ("" for a blocking name), name, rule after defaults,
** and source. Returns 0 when i is out of range. */
int kt_gazetteer_entry(size_t i, const char **code, const char **name, int *rule, const char **source);

#endif
