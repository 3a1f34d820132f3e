/*
** The matcher on its labelled test set (tests/works/pairs_same.json, 42
** duplicate pairs across sources and scripts; pairs_different.json, 42 hard
** non-duplicates): all records are matched together, as in one library.
** Every pair labelled same must be one work and every other pair two
** (pairwise precision 1.0, recall at least 0.99); the pairs labelled
** different of two kinds must be versions of each other.
*/
#include "check.h"
#include "works/works.h"
#include "../works/pairs_load.h"

int main(void){
  lp_set t = {0};
  CHECK_INT(lp_load(&t, KOLIT_SOURCE_DIR "/tests/works/pairs_same.json", 1), 0);
  CHECK_INT(lp_load(&t, KOLIT_SOURCE_DIR "/tests/works/pairs_different.json", 0), 0);
  CHECK(t.npair >= 84);
  kw_set *s = kw_set_new();
  char err[300];
  for( int i = 0; i < t.nrec; i++ ){
    int rc = kw_set_add_json(s, t.rec[i].id, t.rec[i].json, strlen(t.rec[i].json), err, sizeof err);
    if( rc ) fprintf(stderr, "%s\n", err);
    CHECK_INT(rc, 0);
  }
  CHECK_INT(kw_match(s, err, sizeof err), 0);
  long long *work = malloc(sizeof(long long) * (size_t)t.nrec);
  for( int i = 0; i < t.nrec; i++ ) work[i] = kw_work_of(s, i);
  /* each pair on its own, with its note when it fails */
  for( int k = 0; k < t.npair; k++ ){
    long long wa = -1, wb = -2;
    for( int i = 0; i < t.nrec; i++ ){
      if( t.rec[i].id == t.pair[k].a ) wa = work[i];
      if( t.rec[i].id == t.pair[k].b ) wb = work[i];
    }
    if( (wa == wb) == t.pair[k].same ) check_passed++;
    else{
      check_failed++;
      fprintf(stderr, "records %lld and %lld: %s, labelled %s: %s\n", t.pair[k].a, t.pair[k].b,
              wa == wb ? "one work" : "two works", t.pair[k].same ? "same" : "different", t.pair[k].note);
    }
  }
  /* pairs of records of different labelled pairs that were merged */
  for( int i = 0; i < t.nrec; i++ ) for( int j = i + 1; j < t.nrec; j++ ){
    if( work[i] != work[j] ) continue;
    int labelled = 0;
    for( int k = 0; k < t.npair && !labelled; k++ ){
      labelled = (t.pair[k].a == t.rec[i].id && t.pair[k].b == t.rec[j].id) || (t.pair[k].a == t.rec[j].id && t.pair[k].b == t.rec[i].id);
    }
    if( !labelled ) fprintf(stderr, "records %lld and %lld of different pairs are one work\n", t.rec[i].id, t.rec[j].id);
  }
  double p, r;
  long tp, pred, truth;
  lp_score(&t, work, &p, &r, &tp, &pred, &truth);
  printf("pairwise precision %.3f (%ld/%ld), recall %.3f (%ld/%ld)\n", p, tp, pred, r, tp, truth);
  CHECK(p == 1.0);
  CHECK(r >= 0.99);
  /* journal article / conference paper / report / thesis / chapter traps are versions */
  int versions = 0;
  for( int v = 0; v < kw_version_count(s); v++ ){
    const kw_merge *m = kw_version_at(s, v);
    for( int k = 0; k < t.npair; k++ ) versions += m->a == t.pair[k].a && m->b == t.pair[k].b;
  }
  CHECK_INT(versions, 6);
  CHECK_INT(kw_version_count(s), 6);
  free(work);
  kw_set_free(s);
  lp_free(&t);
  return CHECK_DONE();
}
