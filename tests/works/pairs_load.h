/*
** Loads the labelled test set of the duplicate matcher (tests/works/pairs_*.json:
** an array of {"note", "a": record, "b": record}, each record a JSON object with
** an "id" and kolit's column names) for the unit test and bench/bench_works.c.
** Header-only; needs Jansson.
*/
#ifndef KOLIT_TESTS_WORKS_PAIRS_LOAD_H
#define KOLIT_TESTS_WORKS_PAIRS_LOAD_H
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct lp_record { long long id; char *json; } lp_record;
typedef struct lp_pair { long long a, b; int same; char *note; } lp_pair;
typedef struct lp_set {
  lp_record *rec; int nrec;
  lp_pair *pair; int npair;
} lp_set;

/* Appends the pairs of path (labelled same or not); 0, or -1 with a message on stderr. */
static int lp_load(lp_set *s, const char *path, int same){
  json_error_t e;
  json_t *arr = json_load_file(path, 0, &e);
  if( arr == 0 || !json_is_array(arr) ){
    fprintf(stderr, "%s:%d: %s\n", path, e.line, arr ? "not an array" : e.text);
    json_decref(arr);
    return -1;
  }
  size_t n = json_array_size(arr);
  s->rec = realloc(s->rec, sizeof(lp_record) * ((size_t)s->nrec + 2 * n));
  s->pair = realloc(s->pair, sizeof(lp_pair) * ((size_t)s->npair + n));
  if( !s->rec || !s->pair ){ json_decref(arr); return -1; }
  for( size_t i = 0; i < n; i++ ){
    json_t *p = json_array_get(arr, i);
    json_t *ab[2] = { json_object_get(p, "a"), json_object_get(p, "b") };
    const char *note = json_string_value(json_object_get(p, "note"));
    long long ids[2];
    for( int k = 0; k < 2; k++ ){
      json_t *id = json_object_get(ab[k], "id");
      if( !json_is_object(ab[k]) || !json_is_integer(id) || !note ){
        fprintf(stderr, "%s: pair %zu: needs a note and records a and b with an integer id\n", path, i + 1);
        json_decref(arr);
        return -1;
      }
      ids[k] = json_integer_value(id);
      s->rec[s->nrec].id = ids[k];
      s->rec[s->nrec].json = json_dumps(ab[k], JSON_COMPACT);
      s->nrec++;
    }
    s->pair[s->npair++] = (lp_pair){ids[0], ids[1], same, strdup(note)};
  }
  json_decref(arr);
  return 0;
}

static void lp_free(lp_set *s){
  for( int i = 0; i < s->nrec; i++ ) free(s->rec[i].json);
  for( int i = 0; i < s->npair; i++ ) free(s->pair[i].note);
  free(s->rec);
  free(s->pair);
}

/* Pairwise precision and recall of a clustering: work[i] is the work of
** s->rec[i]; the true pairs are the pairs labelled same, every other pair of
** records is two papers. */
static void lp_score(const lp_set *s, const long long *work, double *precision, double *recall,
                     long *tp, long *predicted, long *truth){
  long t = 0, p = 0, ok = 0;
  for( int i = 0; i < s->npair; i++ ) t += s->pair[i].same;
  for( int i = 0; i < s->nrec; i++ ){
    for( int j = i + 1; j < s->nrec; j++ ){
      if( work[i] != work[j] ) continue;
      p++;
      for( int k = 0; k < s->npair; k++ ){
        const lp_pair *q = &s->pair[k];
        if( q->same && ((q->a == s->rec[i].id && q->b == s->rec[j].id) || (q->a == s->rec[j].id && q->b == s->rec[i].id)) ){
          ok++;
          break;
        }
      }
    }
  }
  *precision = p ? (double)ok / (double)p : 1.0;
  *recall = t ? (double)ok / (double)t : 1.0;
  *tp = ok; *predicted = p; *truth = t;
}

#endif
