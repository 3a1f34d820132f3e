/*
** A minimal unit-test harness for kolit's plain-C layers. Each test file is
** its own executable: CHECK* macros count failures and print where they
** happened; CHECK_DONE() prints "N passed, N failed" and sets the exit code.
*/
#ifndef KOLIT_TEST_CHECK_H
#define KOLIT_TEST_CHECK_H
#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond) do{ if(cond){ check_passed++; }else{ check_failed++; \
  fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); } }while(0)

#define CHECK_INT(got, want) do{ long long g_ = (long long)(got), w_ = (long long)(want); \
  if(g_ == w_){ check_passed++; }else{ check_failed++; \
  fprintf(stderr, "%s:%d: %s is %lld, expected %lld\n", __FILE__, __LINE__, #got, g_, w_); } }while(0)

/* Compares a possibly-NULL string; want NULL means "expected NULL". */
#define CHECK_STR(got, want) do{ const char *g_ = (got), *w_ = (want); \
  if((g_ == NULL && w_ == NULL) || (g_ && w_ && strcmp(g_, w_) == 0)){ check_passed++; }else{ check_failed++; \
  fprintf(stderr, "%s:%d: %s is %s%s%s, expected %s%s%s\n", __FILE__, __LINE__, #got, \
    g_?"\"":"", g_?g_:"NULL", g_?"\"":"", w_?"\"":"", w_?w_:"NULL", w_?"\"":""); } }while(0)

/* Compares n bytes at got with the string want. */
#define CHECK_MEM(got, n, want) do{ const char *g_ = (got), *w_ = (want); size_t n_ = (n); \
  if(n_ == strlen(w_) && memcmp(g_, w_, n_) == 0){ check_passed++; }else{ check_failed++; \
  fprintf(stderr, "%s:%d: %s is \"%.*s\", expected \"%s\"\n", __FILE__, __LINE__, #got, (int)n_, g_, w_); } }while(0)

#define CHECK_DONE() (printf("%d passed, %d failed\n", check_passed, check_failed), check_failed ? 1 : 0)

#endif
