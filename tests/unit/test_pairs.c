/* The co-occurrence counter (ext/stats/pairs.c): exact counts, order, ties,
** duplicates within a group, groups in any order, and a brute-force check on
** generated rows. */
#include "check.h"
#include "stats/pairs.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void add(kp_counter *c, int64_t g, const char *item){ CHECK_INT(kp_add(c, g, item, strlen(item)), 0); }

static void test_small(void){
  kp_counter *c = kp_new();
  CHECK(c != NULL);
  add(c, 2, "b"); add(c, 1, "b"); add(c, 1, "a"); add(c, 1, "a"); add(c, 2, "a"); add(c, 2, "c");
  add(c, 9, "z");
  kp_pair *p;
  size_t n;
  CHECK_INT(kp_count(c, 1, &p, &n), 0);
  CHECK_INT(n, 3);
  if( n == 3 ){
    CHECK_STR(p[0].a, "a"); CHECK_STR(p[0].b, "b"); CHECK_INT(p[0].n, 2);
    CHECK_STR(p[1].a, "a"); CHECK_STR(p[1].b, "c"); CHECK_INT(p[1].n, 1);
    CHECK_STR(p[2].a, "b"); CHECK_STR(p[2].b, "c"); CHECK_INT(p[2].n, 1);
  }
  free(p);
  CHECK_INT(kp_count(c, 2, &p, &n), 0);
  CHECK_INT(n, 1);
  free(p);
  kp_free(c);
  /* nothing added: no pair */
  c = kp_new();
  CHECK_INT(kp_count(c, 1, &p, &n), 0);
  CHECK_INT(n, 0);
  CHECK(p == NULL);
  kp_free(c);
}

/* Many groups and items against counting every pair of a matrix. */
static void test_brute_force(void){
  enum { G = 3000, I = 40 };
  static unsigned char has[G][I];
  static int64_t want[I][I];
  kp_counter *c = kp_new();
  unsigned seed = 12345;
  char name[16];
  for( int g = 0; g < G; g++ ){
    for( int k = 0; k < 6; k++ ){
      seed = seed * 1103515245u + 12345u;
      int i = (int)((seed >> 16) % I);
      has[g][i] = 1;
      snprintf(name, sizeof name, "item%02d", i);
      add(c, (int64_t)(g * 7919 % G), name);   /* groups out of order */
    }
  }
  /* the counter saw group g * 7919 % G, a permutation of 0..G-1 (7919 is prime) */
  for( int g = 0; g < G; g++ )
    for( int i = 0; i < I; i++ ) for( int j = i + 1; j < I; j++ ) if( has[g][i] && has[g][j] ) want[i][j]++;
  kp_pair *p;
  size_t n;
  CHECK_INT(kp_count(c, 1, &p, &n), 0);
  size_t expected = 0;
  for( int i = 0; i < I; i++ ) for( int j = i + 1; j < I; j++ ) expected += want[i][j] > 0;
  CHECK_INT(n, expected);
  int ok = 1;
  for( size_t k = 0; k < n; k++ ){
    int i = atoi(p[k].a + 4), j = atoi(p[k].b + 4);
    if( i >= j || want[i][j] != p[k].n ) ok = 0;
    if( k && (p[k - 1].n < p[k].n || (p[k - 1].n == p[k].n && strcmp(p[k - 1].a, p[k].a) > 0)) ) ok = 0;
  }
  CHECK(ok);
  free(p);
  kp_free(c);
}

int main(void){
  test_small();
  test_brute_force();
  return CHECK_DONE();
}
