/*
** The keys of one record (works.h, kw_record_keys_json): of the keys match.c
** blocks with, those every rule needs two records to share (the DOI, the
** source ids, the full and the main title key per script (one tag: a title
** without its subtitle meets the other's full title), and a common title with
** its volume, issue and first page), not the 12-character title prefixes that
** only widen the blocks; written out so that a library can store them and
** find which records a refresh can reach.
**
** A key is a text and the record's year (0 for the DOI and the ids). Two
** records share a key when the texts are equal and the years at most one
** apart, as the rules compare them. As numbers (what a library stores) a key
** is a 51-bit hash of the text times 4096 plus the year modulo 4096, so that
** two records share one when the numbers differ by at most one: one row and a
** range look-up per key, not a row for each year. A hash that two texts share,
** or the year 4095 beside the next hash's 0, only widens what a refresh
** reaches, never narrows it.
*/
#include "works/works_internal.h"
#include "works/surnames.h"
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct sink { json_t *arr; int as_text; } sink;

static int add(sink *k, const char *tag, const char *s, size_t n, int year){
  json_t *v;
  if( k->as_text ){
    size_t cap = strlen(tag) + n + 16;
    char *buf = malloc(cap);
    if( buf == 0 ) return -1;
    int len = year ? snprintf(buf, cap, "%s:%d:%.*s", tag, year, (int)n, s)
                   : snprintf(buf, cap, "%s:%.*s", tag, (int)n, s);
    v = json_stringn_nocheck(buf, (size_t)len);
    free(buf);
  }else{
    /* FNV-1a over the tag, a separator and the text */
    uint64_t h = 1469598103934665603ULL;
    for( const char *p = tag; *p; p++ ){ h ^= (unsigned char)*p; h *= 1099511628211ULL; }
    h ^= ':'; h *= 1099511628211ULL;
    for( size_t i = 0; i < n; i++ ){ h ^= (unsigned char)s[i]; h *= 1099511628211ULL; }
    h ^= h >> 29;
    long long key = (long long)(h >> 13) * 4096 + (year & 4095);
    v = json_integer(key);
  }
  if( v == 0 || json_array_append_new(k->arr, v) ) return -1;
  return 0;
}

/* The digits of a number without leading zeros, as match.c compares pages;
** the text itself when it has none. */
static void num_key(const char *a, char *out, size_t cap){
  size_t k = 0;
  for( const char *p = a; *p && k + 1 < cap; p++ ) if( *p >= '0' && *p <= '9' && !(k == 0 && *p == '0') ) out[k++] = *p;
  out[k] = 0;
  if( k == 0 ) snprintf(out, cap, "%s", a);
}

/* The names an author can be matched by (kw_author_compare): a family name
** and a letter the given name starts with. The family name: a Hangul one; for
** a romanized one, the Hangul names the table writes so (two spellings of one
** name meet there), or the name itself when the table has none. The letter:
** for a Hangul given name, each its first syllable may be romanized with (every
** letter when there is none, '~' when it is not a syllable); for a romanized
** one, its first letter and its first initial (a given name that starts with
** a letter outside ASCII). With a given name that sorts before the family
** name, the same the other way round (two words may have been read in the
** other order: the smaller of the two is in both records' classes). A name
** without initials is compared with nobody. Each class once. */
#define NCLASS 64
typedef struct classes { char v[NCLASS][40]; int n; } classes;
static void class_add(classes *c, const char *fam, char letter){
  if( c->n > NCLASS ) return;
  char t[40];
  snprintf(t, sizeof t, "%.36s.%c", fam, letter);
  for( int i = 0; i < c->n; i++ ) if( strcmp(c->v[i], t) == 0 ) return;
  if( c->n < NCLASS ) memcpy(c->v[c->n++], t, sizeof t);
  else c->n = NCLASS + 1;
}
static void latin_add(classes *c, const char *fam, char l1, char l2){
  const char *const *h = kw_surname_hangul_of(fam, strlen(fam));
  for( int k = 0; k < 2; k++ ){
    char l = k ? l2 : l1;
    if( l == 0 || (k && l2 == l1) ) continue;
    if( h == 0 ) class_add(c, fam, l);
    else for( const char *const *q = h; *q; q++ ) class_add(c, *q, l);
  }
}
static int author_classes(const kw_record *r, classes *c){
  for( int i = 0; i < r->nauthors && c->n <= NCLASS; i++ ){
    const kw_author *au = &r->authors[i];
    if( au->ko_family ){
      const char *l = kw_given_letters(au->ko_given);
      if( l == 0 ) class_add(c, au->ko_family, '~');
      else for( ; *l; l++ ) class_add(c, au->ko_family, *l);
    }
    if( au->lat_family && (au->lat_initials[0] || au->lat_given[0]) ){
      latin_add(c, au->lat_family, au->lat_initials[0], au->lat_given[0]);
      if( au->lat_given[0] && strcmp(au->lat_given, au->lat_family) < 0 ) latin_add(c, au->lat_given, au->lat_family[0], 0);
    }
  }
  return c->n > NCLASS;   /* full: the caller gives the plain title key */
}

/* The keys of one title key t (full or main, tag m or M): with each author
** class (the title rules need an author in common), and with the first page
** (the rule for a record without authors), or the title alone when the
** record has more authors' names than kept here. */
static int title_keys(const kw_record *r, const char *tag, const char *t, const classes *c, int overflow, sink *arr){
  size_t tn = strlen(t);
  if( overflow ) return add(arr, tag, t, tn, r->year);
  char pt[8];
  snprintf(pt, sizeof pt, "%sa", tag);
  for( int i = 0; i < c->n; i++ ){
    size_t n = tn + strlen(c->v[i]) + 2;
    char *buf = malloc(n);
    if( buf == 0 ) return -1;
    int len = snprintf(buf, n, "%s|%s", t, c->v[i]);
    int rc = add(arr, pt, buf, (size_t)len, r->year);
    free(buf);
    if( rc ) return -1;
  }
  if( r->page_first ){
    char page[40];
    num_key(r->page_first, page, sizeof page);
    size_t n = tn + strlen(page) + 2;
    char *buf = malloc(n);
    if( buf == 0 ) return -1;
    int len = snprintf(buf, n, "%s|%s", t, page);
    /* (that rule wants the same year: one apart only widens the reach) */
    snprintf(pt, sizeof pt, "%sp", tag);
    int rc = add(arr, pt, buf, (size_t)len, r->year);
    free(buf);
    if( rc ) return -1;
  }
  return 0;
}

static int keys(const kw_record *r, sink *arr){
  if( r->doi && add(arr, "doi", r->doi, strlen(r->doi), 0) ) return -1;
  if( r->kci_id && add(arr, "kci", r->kci_id, strlen(r->kci_id), 0) ) return -1;
  if( r->ks_id && add(arr, "ks", r->ks_id, strlen(r->ks_id), 0) ) return -1;
  if( !r->year ) return 0;
  classes c;
  c.n = 0;
  int overflow = author_classes(r, &c);
  if( r->key_ko && !r->common_ko ){
    if( title_keys(r, "m", r->key_ko, &c, overflow, arr) ) return -1;
    if( r->key_ko_main && title_keys(r, "m", r->key_ko_main, &c, overflow, arr) ) return -1;
  }
  if( ((r->key_ko && r->common_ko) || (r->key_foreign && r->common_foreign)) && r->volume && r->issue && r->page_first ){
    const char *t = r->common_ko ? r->key_ko : r->key_foreign;
    size_t n = strlen(t) + strlen(r->volume) + strlen(r->issue) + strlen(r->page_first) + 4;
    char *buf = malloc(n);
    if( buf == 0 ) return -1;
    int len = snprintf(buf, n, "%s|%s|%s|%s", t, r->volume, r->issue, r->page_first);
    int rc = add(arr, "c", buf, (size_t)len, r->year);
    free(buf);
    if( rc ) return -1;
  }
  if( r->key_foreign && !r->common_foreign ){
    if( title_keys(r, "M", r->key_foreign, &c, overflow, arr) ) return -1;
    if( r->key_foreign_main && title_keys(r, "M", r->key_foreign_main, &c, overflow, arr) ) return -1;
  }
  return 0;
}

int kw_record_keys_json(const char *json, size_t n, int as_text, char **out, size_t *len, char *err, size_t errlen){
  *out = 0;
  *len = 0;
  kw_set *s = kw_set_new();
  if( s == 0 ) return -1;
  int rc = kw_set_add_json(s, 0, json, n, err, errlen);
  if( rc > 0 && strncmp(err, "record 0: ", 10) == 0 ) memmove(err, err + 10, strlen(err + 10) + 1);
  if( rc == 0 ){
    json_t *arr = json_array();
    sink k = {arr, as_text};
    rc = arr == 0 || keys(&s->rec[0], &k) ? -1 : 0;
    if( rc == 0 ){
      *out = json_dumps(arr, JSON_COMPACT);
      if( *out == 0 ) rc = -1;
      else *len = strlen(*out);
    }
    json_decref(arr);
  }
  kw_set_free(s);
  return rc;
}
