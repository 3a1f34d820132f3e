/*
** The keys of one record as text (works.h, kw_record_keys_json): of the keys
** match.c blocks with, those every rule needs two records to share (the DOI,
** the source ids, the full and the main title key per script (one tag: a
** title without its subtitle meets the other's full title), and a common title with its volume, issue and
** first page), not the 12-character title prefixes that only widen the
** blocks; written out so that a library can store them and find which
** records a refresh can reach. Title keys carry a
** year: a record of year y gives the key with y and with y + 1, so that two
** records share one exactly when their years are at most one apart, as the
** blocking compares them.
*/
#include "works/works_internal.h"
#include "works/surnames.h"
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int add(json_t *arr, const char *tag, const char *s, size_t n, int year){
  size_t cap = strlen(tag) + n + 16;
  char *buf = malloc(cap);
  if( buf == 0 ) return -1;
  int rc = 0;
  for( int k = 0; k < (year ? 2 : 1) && rc == 0; k++ ){
    int len = year ? snprintf(buf, cap, "%s:%d:%.*s", tag, year + k, (int)n, s)
                   : snprintf(buf, cap, "%s:%.*s", tag, (int)n, s);
    json_t *v = json_stringn_nocheck(buf, (size_t)len);
    if( v == 0 || json_array_append_new(arr, v) ) rc = -1;
  }
  free(buf);
  return rc;
}

/* The digits of a number without leading zeros, as match.c compares pages;
** the text itself when it has none. */
static void num_key(const char *a, char *out, size_t cap){
  size_t k = 0;
  for( const char *p = a; *p && k + 1 < cap; p++ ) if( *p >= '0' && *p <= '9' && !(k == 0 && *p == '0') ) out[k++] = *p;
  out[k] = 0;
  if( k == 0 ) snprintf(out, cap, "%s", a);
}

/* The names an author can be matched by: the Hangul family name; a Latin
** family name, the Hangul family names the table writes so, and the given
** name when it sorts first (two words may have been read in the other
** order). Each once. */
typedef struct classes { const char *v[64]; int n; } classes;
static void class_add(classes *c, const char *v){
  if( v == 0 || v[0] == 0 ) return;
  for( int i = 0; i < c->n; i++ ) if( strcmp(c->v[i], v) == 0 ) return;
  if( c->n < 64 ) c->v[c->n++] = v;
}
static int author_classes(const kw_record *r, classes *c){
  for( int i = 0; i < r->nauthors; i++ ){
    const kw_author *au = &r->authors[i];
    class_add(c, au->ko_family);
    if( au->lat_family ){
      class_add(c, au->lat_family);
      /* read in the other order, the other record's family name is this
      ** given name: the smaller of the two is enough to meet it */
      if( au->lat_given[0] && strcmp(au->lat_given, au->lat_family) < 0 ) class_add(c, au->lat_given);
      for( int k = 0; k < kw_surnames_count; k++ ){
        const kw_surname *h = &kw_surnames[k];
        if( kw_surname_romanized_as(h->hangul, strlen(h->hangul), au->lat_family, strlen(au->lat_family)) ) class_add(c, h->hangul);
      }
    }
  }
  return c->n == 64;   /* full: the caller gives the plain title key */
}

/* The keys of one title key t (full or main, tag m or M): with each author
** class (the title rules need an author in common), and with the first page
** (the rule for a record without authors), or the title alone when the
** record has more authors' names than kept here. */
static int title_keys(const kw_record *r, const char *tag, const char *t, const classes *c, int overflow, json_t *arr){
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
    /* the same year only: that rule wants it */
    snprintf(pt, sizeof pt, "%sp:%d", tag, r->year);
    int rc = add(arr, pt, buf, (size_t)len, 0);
    free(buf);
    if( rc ) return -1;
  }
  return 0;
}

static int keys(const kw_record *r, json_t *arr){
  if( r->doi && add(arr, "doi", r->doi, strlen(r->doi), 0) ) return -1;
  if( r->kci_id && add(arr, "kci", r->kci_id, strlen(r->kci_id), 0) ) return -1;
  if( r->ks_id && add(arr, "ks", r->ks_id, strlen(r->ks_id), 0) ) return -1;
  if( !r->year ) return 0;
  classes c = {{0}, 0};
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

int kw_record_keys_json(const char *json, size_t n, char **out, size_t *len, char *err, size_t errlen){
  *out = 0;
  *len = 0;
  kw_set *s = kw_set_new();
  if( s == 0 ) return -1;
  int rc = kw_set_add_json(s, 0, json, n, err, errlen);
  if( rc > 0 && strncmp(err, "record 0: ", 10) == 0 ) memmove(err, err + 10, strlen(err + 10) + 1);
  if( rc == 0 ){
    json_t *arr = json_array();
    rc = arr == 0 || keys(&s->rec[0], arr) ? -1 : 0;
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
