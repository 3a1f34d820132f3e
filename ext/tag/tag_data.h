/*
** Tables compiled from data/ and CLDR by ext/tag/gen_tag_data.py (see
** ext/tag/build.cmake). Strings are UTF-8.
*/
#ifndef KOLIT_TAG_DATA_H
#define KOLIT_TAG_DATA_H
#include <stddef.h>

typedef struct kt_name_row {
  const char *code;    /* ISO 3166-1 alpha-2, "EU", or "-" (a blocking name) */
  const char *name;
  int rule;            /* KT_RULE_* in gazetteer.h; 0 = the default */
  const char *source;  /* where the name comes from */
} kt_name_row;

typedef struct kt_region_languages {
  const char *code;      /* territory */
  const char *languages; /* official languages, space-separated */
} kt_region_languages;

typedef struct kt_vocab_row {
  const char *concept, *broader, *lang, *term; /* broader "-" when none */
} kt_vocab_row;

extern const kt_name_row kt_curated_names[];
extern const size_t kt_curated_names_count;
extern const kt_name_row kt_subdivision_names[];
extern const size_t kt_subdivision_names_count;
extern const kt_region_languages kt_official_languages[];
extern const size_t kt_official_languages_count;
extern const kt_vocab_row kt_cluster_policy[];
extern const size_t kt_cluster_policy_count;

#endif
