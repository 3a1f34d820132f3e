/* Unit tests of the term pairs mined from bilingual text (ext/search/mine.c):
** the exact pairs of 한국어(English) parentheses and of keyword lists. */
#include "check.h"
#include "search/mine.h"
#include <stdlib.h>

typedef struct Out { char buf[2048]; size_t n; } Out;

static int collect(void *ctx, const char *ko, int nko, const char *en, int nen){
  Out *o = ctx;
  int w = snprintf(o->buf + o->n, sizeof o->buf - o->n, "%s%.*s=%.*s", o->n ? " | " : "", nko, ko, nen, en);
  if( w > 0 && o->n + (size_t)w < sizeof o->buf ) o->n += (size_t)w;
  return 0;
}

static kr_tokenizer t;

static const char *paren(const char *text){
  static Out o;
  o.n = 0; o.buf[0] = 0;
  kr_config cfg = { 0, 1, 0 };
  kr_tokenizer_init(&t, &cfg);
  kq_mine_parentheses(&t, text, (int)strlen(text), &o, collect);
  return o.buf;
}

static const char *lists(const char *const *items, int n){
  static Out o;
  int len[16];
  o.n = 0; o.buf[0] = 0;
  for(int i = 0; i < n; i++) len[i] = (int)strlen(items[i]);
  kq_mine_lists(items, len, n, &o, collect);
  return o.buf;
}

static int stop_at_first(void *ctx, const char *ko, int nko, const char *en, int nen){
  (void)ko; (void)nko; (void)en; (void)nen;
  ++*(int *)ctx;
  return 7;
}

int main(void){
  /* the Korean side: whole words without particles, as many nouns as the
  ** English has content words (for an acronym, letters) */
  CHECK_STR(paren("유럽연합의 스마트 전문화(smart specialization) 전략"), "스마트 전문화=smart specialization");
  CHECK_STR(paren("독일의 지역 혁신 체계(regional innovation system)"), "지역 혁신 체계=regional innovation system");
  CHECK_STR(paren("지역혁신체계(RIS)는"), "지역혁신체계=RIS");
  CHECK_STR(paren("최근 스마트시티(smart city) 논의"), "스마트시티=smart city");
  CHECK_STR(paren("산학연협력( industry-university-research cooperation )과"), "산학연협력=industry-university-research cooperation");
  CHECK_STR(paren("정책 학습(policy learning)과 정책 이전(policy transfer)"), "정책 학습=policy learning | 정책 이전=policy transfer");
  CHECK_STR(paren("수도권 집중(concentration in the capital region)"), "수도권 집중=concentration in the capital region");
  CHECK_STR(paren("‘고착’(lock-in)"), "");
  CHECK_STR(paren("‘고착(lock-in)’"), "고착=lock-in");
  /* citations, notes, years, non-Latin content, a particle before the
  ** parenthesis, a word glued to Latin letters: no pair */
  CHECK_STR(paren("발전하였다(Porter, 1990)."), "");
  CHECK_STR(paren("시기(2003-2008)에"), "");
  CHECK_STR(paren("분석 결과(그림 2)"), "");
  CHECK_STR(paren("이 연구(e.g. Cooke)"), "");
  CHECK_STR(paren("클러스터를(cluster)"), "");
  CHECK_STR(paren("OECD클러스터(cluster)"), "");
  CHECK_STR(paren("뷔르템베르크주(Württemberg)"), "");
  CHECK_STR(paren("발전(development)과 성장(growth"), "발전=development");
  CHECK_STR(paren("(cluster)"), "");
  CHECK_STR(paren(""), "");
  /* a non-zero return stops the scan and is returned */
  int calls = 0;
  kr_config cfg = { 0, 1, 0 };
  kr_tokenizer_init(&t, &cfg);
  const char *two = "정책 학습(policy learning)과 정책 이전(policy transfer)";
  CHECK_INT(kq_mine_parentheses(&t, two, (int)strlen(two), &calls, stop_at_first), 7);
  CHECK_INT(calls, 1);
  /* keyword lists: Korean and English items in the same order, as many */
  const char *a[] = { "클러스터 정책", "지역혁신", "cluster policy", "regional innovation" };
  CHECK_STR(lists(a, 4), "클러스터 정책=cluster policy | 지역혁신=regional innovation");
  const char *b[] = { "클러스터 정책", "cluster policy", "지역혁신", "regional innovation", "2015" };
  CHECK_STR(lists(b, 5), "클러스터 정책=cluster policy | 지역혁신=regional innovation");
  const char *c[] = { "스마트 전문화", "기업가적 발견", "smart specialisation", "entrepreneurial discovery", "EU" };
  CHECK_STR(lists(c, 5), "");
  const char *d[] = { "cluster" };
  CHECK_STR(lists(d, 1), "");
  CHECK_STR(lists(d, 0), "");
  /* concept ids */
  char buf[64];
  CHECK_INT(kq_concept_of("  Smart   Specialization ", 25, buf), 20);
  CHECK_STR(buf, "smart specialization");
  return CHECK_DONE();
}
