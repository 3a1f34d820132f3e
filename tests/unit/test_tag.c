/*
** Unit tests of ext/tag: the fold, the matcher, the country gazetteer with
** its boundary rules, and the keyword vocabularies. Fixture files in
** tests/tagging/ hold hand-written expectations; the precision and recall
** they give are printed.
*/
#include "check.h"
#include "tag/boundary.h"
#include "tag/gazetteer.h"
#include "tag/matcher.h"
#include "tag/vocab.h"
#include <stdlib.h>

static void check_fold(const char *in, const char *want){
  char *out; size_t n;
  CHECK_INT(kt_fold(in, strlen(in), &out, &n), 0);
  CHECK_MEM(out, n, want);
  free(out);
}

static void test_fold(void){
  check_fold("Baden-Württemberg", "badenwurttemberg");
  check_fold("클러스터 정책", "클러스터정책");
  check_fold("  Silicon \t Valley\n", "silicon valley");
  check_fold("ＴＡＭＡ클러스터", "tama클러스터");
  check_fold("Côte d’Ivoire", "cote d'ivoire");
  check_fold("한국 Korea", "한국 korea");
  check_fold("바덴-뷔르템베르크 주", "바덴뷔르템베르크주");
}

typedef struct hits { char buf[512]; } hits;
static int record(void *p, int32_t v, size_t s, size_t e){
  hits *h = p;
  size_t k = strlen(h->buf);
  snprintf(h->buf + k, sizeof(h->buf) - k, "%d:%zu-%zu ", (int)v, s, e);
  return 0;
}

static const char *scan(kt_matcher *m, const char *text, hits *h){
  h->buf[0] = 0;
  CHECK_INT(kt_matcher_scan(m, text, strlen(text), record, h), 0);
  return h->buf;
}

/* For kt_matcher_find: keeps every value but *p; value 0 grows by a byte and
** is flagged. */
static int accept_but(void *p, int32_t v, size_t s, size_t *e, int *flag){
  (void)s;
  if( v == *(const int32_t *)p ) return 0;
  if( v == 0 ){ *e += 1; *flag = 1; }
  return 1;
}

static const char *find(kt_matcher *m, const char *text, int32_t drop, hits *h){
  kt_span *sp;
  size_t k;
  h->buf[0] = 0;
  CHECK_INT(kt_matcher_find(m, text, strlen(text), accept_but, &drop, &sp, &k), 0);
  for(size_t i = 0; i < k; i++){
    size_t n = strlen(h->buf);
    snprintf(h->buf + n, sizeof(h->buf) - n, "%d:%zu-%zu%s ", (int)sp[i].value, sp[i].start, sp[i].end,
             sp[i].flag ? "*" : "");
  }
  free(sp);
  return h->buf;
}

/* Pattern i is "t%05dx" at byte 8*i: counts matches out of place. */
struct counter { int n, bad; };
static int count_in_order(void *p, int32_t v, size_t s, size_t e){
  struct counter *c = p;
  if( v != c->n || s != (size_t)v * 8 || e != s + 7 ) c->bad++;
  c->n++;
  return 0;
}

static void test_matcher(void){
  kt_matcher *m = kt_matcher_new();
  CHECK(m != 0);
  int32_t old = -1;
  CHECK_INT(kt_matcher_add(m, "he", 2, 0, 0), KT_ADD_OK);
  CHECK_INT(kt_matcher_add(m, "she", 3, 1, 0), KT_ADD_OK);
  CHECK_INT(kt_matcher_add(m, "his", 3, 2, 0), KT_ADD_OK);
  CHECK_INT(kt_matcher_add(m, "hers", 4, 3, 0), KT_ADD_OK);
  CHECK_INT(kt_matcher_add(m, "HERS", 4, 9, &old), KT_ADD_DUPLICATE);
  CHECK_INT(old, 3);
  CHECK_INT(kt_matcher_add(m, " - ", 3, 9, 0), KT_ADD_EMPTY);
  CHECK_INT(kt_matcher_add(m, "정책", strlen("정책"), 4, 0), KT_ADD_OK);
  CHECK_INT(kt_matcher_add(m, "터정", strlen("터정"), 5, 0), KT_ADD_OK);
  CHECK_INT(kt_matcher_count(m), 6);
  CHECK_INT(kt_matcher_compile(m), 0);
  hits h;
  /* Every occurrence, overlapping ones included, longest first at an end. */
  CHECK_STR(scan(m, "uSHers", &h), "1:1-4 0:2-4 3:2-6 ");
  /* Byte offsets in the original text, across a dropped space and a hyphen. */
  CHECK_STR(scan(m, "클러스터 정책", &h), "5:9-16 4:13-19 ");
  CHECK_STR(scan(m, "h-e", &h), "0:0-3 ");
  CHECK_STR(scan(m, "", &h), "");
  /* Leftmost, then longest, no overlaps; what accept drops or moves counts. */
  CHECK_STR(find(m, "uSHers", -1, &h), "1:1-4 ");
  CHECK_STR(find(m, "uSHers", 1, &h), "3:2-6 ");
  CHECK_STR(find(m, "he she", -1, &h), "0:0-3* 1:3-6 ");
  CHECK_STR(find(m, "he she", 1, &h), "0:0-3* 0:4-7* ");
  CHECK_STR(find(m, "", -1, &h), "");
  kt_matcher_free(m);

  /* Ten thousand patterns, each found once in their concatenation. */
  m = kt_matcher_new();
  char *text = malloc(10000 * 16);
  size_t tn = 0;
  for(int i = 0; i < 10000; i++){
    char p[32];
    int k = snprintf(p, sizeof(p), "t%05dx", i);
    CHECK_INT(kt_matcher_add(m, p, (size_t)k, i, 0), KT_ADD_OK);
    memcpy(text + tn, p, (size_t)k); tn += (size_t)k;
    text[tn++] = ' ';
  }
  CHECK_INT(kt_matcher_compile(m), 0);
  struct counter c = {0, 0};
  CHECK_INT(kt_matcher_scan(m, text, tn, count_in_order, &c), 0);
  CHECK_INT(c.n, 10000);
  CHECK_INT(c.bad, 0);
  free(text);
  kt_matcher_free(m);
}

/* "DE,JP" for the countries of text, in order of first mention, each once. */
static void codes_of(const char *text, char *out, size_t cap){
  kt_country_mention *m; size_t k; char err[200];
  out[0] = 0;
  if( kt_countries_find(text, strlen(text), &m, &k, err, sizeof(err)) ){
    snprintf(out, cap, "error: %s", err);
    return;
  }
  for(size_t i = 0; i < k; i++){
    char code[4];
    snprintf(code, sizeof(code), "%s", m[i].code);
    if( strstr(out, code) ) continue;
    size_t n = strlen(out);
    snprintf(out + n, cap - n, "%s%s", n ? "," : "", code);
  }
  if( out[0] == 0 ) snprintf(out, cap, "-");
  free(m);
}

/* Counts (line, code) pairs: found and expected, found but not expected,
** expected but not found. */
typedef struct prf { int tp, fp, fn; } prf;

static int in_list(const char *list, const char *code){
  size_t n = strlen(code);
  for(const char *p = list; (p = strstr(p, code)) != 0; p += n){
    if( (p == list || p[-1] == ',') && (p[n] == 0 || p[n] == ',') ) return 1;
  }
  return 0;
}

static void score(const char *want, const char *got, prf *s){
  char buf[1024];
  if( strlen(got) >= sizeof(buf) || strlen(want) >= sizeof(buf) ){ s->fn++; return; }
  memcpy(buf, got, strlen(got) + 1);
  for(char *save = 0, *c = strtok_r(buf, ",", &save); c; c = strtok_r(0, ",", &save)){
    if( strcmp(c, "-") == 0 ) continue;
    if( in_list(want, c) ) s->tp++; else s->fp++;
  }
  memcpy(buf, want, strlen(want) + 1);
  for(char *save = 0, *c = strtok_r(buf, ",", &save); c; c = strtok_r(0, ",", &save)){
    if( strcmp(c, "-") != 0 && !in_list(got, c) ) s->fn++;
  }
}

/* "innovation_cluster,cluster" for the concepts of text, like keywords(). */
static void concepts_of(const kt_vocab *v, const char *text, char *out, size_t cap){
  kt_keyword_mention *m; size_t k;
  out[0] = 0;
  if( kt_vocab_find(v, text, strlen(text), &m, &k) ){ snprintf(out, cap, "error"); return; }
  for(size_t i = 0; i < k; i++){
    int seen = 0;
    for(size_t j = 0; j < i && !seen; j++) seen = strcmp(m[i].concept, m[j].concept) == 0;
    if( seen ) continue;
    size_t n = strlen(out);
    snprintf(out + n, cap - n, "%s%s", n ? "," : "", m[i].concept);
  }
  if( out[0] == 0 ) snprintf(out, cap, "-");
  free(m);
}

/* Each line of a fixture: expected<TAB>text. Every line must match exactly.
** With a vocabulary the lines are keyword cases, without one country cases. */
static void test_fixture(const char *name, const kt_vocab *v){
  char path[512];
  snprintf(path, sizeof(path), "%s/tests/tagging/%s", KOLIT_SOURCE_DIR, name);
  FILE *f = fopen(path, "r");
  CHECK(f != 0);
  if( f == 0 ) return;
  static char line[1 << 16];
  prf s = {0, 0, 0};
  int lines = 0;
  while( fgets(line, sizeof(line), f) ){
    if( line[0] == '#' || line[0] == '\n' ) continue;
    line[strcspn(line, "\n")] = 0;
    char *tab = strchr(line, '\t');
    CHECK(tab != 0);
    if( tab == 0 ) continue;
    *tab = 0;
    char got[256];
    if( v ) concepts_of(v, tab + 1, got, sizeof(got));
    else codes_of(tab + 1, got, sizeof(got));
    if( strcmp(got, line) != 0 ){
      fprintf(stderr, "%s: \"%.60s\": got %s, expected %s\n", name, tab + 1, got, line);
    }
    CHECK_STR(got, line);
    score(line, got, &s);
    lines++;
  }
  fclose(f);
  printf("%s: %d lines, precision %.3f, recall %.3f (tp %d, fp %d, fn %d)\n", name, lines,
         s.tp + s.fp ? (double)s.tp / (s.tp + s.fp) : 1.0,
         s.tp + s.fn ? (double)s.tp / (s.tp + s.fn) : 1.0, s.tp, s.fp, s.fn);
}

static void check_mentions(const char *text, const char *want){
  kt_country_mention *m; size_t k; char err[200], got[512] = "";
  CHECK_INT(kt_countries_find(text, strlen(text), &m, &k, err, sizeof(err)), 0);
  for(size_t i = 0; i < k; i++){
    size_t n = strlen(got);
    snprintf(got + n, sizeof(got) - n, "%s %zu-%zu %.*s; ", m[i].code, m[i].start, m[i].end,
             (int)(m[i].end - m[i].start), text + m[i].start);
  }
  CHECK_STR(got, want);
  free(m);
}

static void test_gazetteer(void){
  char err[200];
  CHECK_INT(kt_gazetteer_init(err, sizeof(err)), 0);
  CHECK(kt_gazetteer_size() > 1500);
  CHECK_STR(kt_country_english_name("DE"), "Germany");
  CHECK_STR(kt_country_english_name("KR"), "South Korea");
  CHECK_STR(kt_country_english_name("EU"), "European Union");
  CHECK_STR(kt_country_english_name("XX"), NULL);
  check_mentions("독일의 TAMA클러스터", "DE 0-6 독일; JP 10-14 TAMA; ");
  check_mentions("바덴-뷔르템베르크주를", "DE 0-28 바덴-뷔르템베르크주; ");
  check_mentions("New South Wales and Wales", "AU 0-15 New South Wales; GB 20-25 Wales; ");
  check_mentions("정책수단", "");
  check_mentions("", "");
  test_fixture("countries_seed.tsv", 0);
  test_fixture("countries_cases.tsv", 0);
}

static void check_keywords(const kt_vocab *v, const char *text, const char *want){
  kt_keyword_mention *m; size_t k; char got[1024] = "";
  CHECK_INT(kt_vocab_find(v, text, strlen(text), &m, &k), 0);
  for(size_t i = 0; i < k; i++){
    size_t n = strlen(got);
    snprintf(got + n, sizeof(got) - n, "%s(%s) %zu-%zu %.*s; ", m[i].concept, m[i].term, m[i].start,
             m[i].end, (int)(m[i].end - m[i].start), text + m[i].start);
  }
  CHECK_STR(got, want);
  free(m);
}

static void test_vocabulary(void){
  char err[128];
  const kt_vocab *cp = kt_vocab_cluster_policy(err, sizeof(err));
  CHECK(cp != 0);
  if( cp == 0 ) return;
  /* Every row of data/cluster_policy.tsv is a distinct term once folded. */
  CHECK_INT(kt_vocab_terms(cp), kt_cluster_policy_count);
  /* Inflections, the -ies plural, hyphen or space, longest match. */
  check_keywords(cp, "Clusters, clustering; cluster policies.",
      "cluster(cluster) 0-8 Clusters; cluster(cluster) 10-20 clustering; "
      "cluster_policy(cluster policy) 22-38 cluster policies; ");
  check_keywords(cp, "lock in, lock-ins",
      "lock_in(lock-in) 0-7 lock in; lock_in(lock-in) 9-17 lock-ins; ");
  /* Korean: inside a compound, before particles, across spacing. */
  check_keywords(cp, "지역혁신클러스터의 클러스터 정책",
      "innovation_cluster(지역혁신클러스터) 0-24 지역혁신클러스터; "
      "cluster_policy(클러스터정책) 28-47 클러스터 정책; ");
  check_keywords(cp, "중요성과", "");
  check_keywords(cp, "", "");
  test_fixture("keywords_cases.tsv", cp);

  /* A user vocabulary: first concept keeps a duplicate term. */
  kt_vocab *v = kt_vocab_new();
  CHECK(v != 0);
  CHECK_INT(kt_vocab_add(v, "kimchi", 6, "김치", strlen("김치")), 0);
  CHECK_INT(kt_vocab_add(v, "kimchi", 6, "kimchi", 6), 0);
  CHECK_INT(kt_vocab_add(v, "food", 4, "KIMCHI", 6), 1);
  CHECK_INT(kt_vocab_add(v, "food", 4, "kimchi stew", 11), 0);
  CHECK_INT(kt_vocab_add(v, "food", 4, " - ", 3), 1);
  CHECK_INT(kt_vocab_compile(v), 0);
  CHECK_INT(kt_vocab_terms(v), 3);
  check_keywords(v, "KIMCHI STEWS and 김치찌개, Kimchi",
      "food(kimchi stew) 0-12 KIMCHI STEWS; kimchi(김치) 17-23 김치; kimchi(kimchi) 31-37 Kimchi; ");
  kt_vocab_free(v);
}

/* NFD text (macOS file names, some PDFs) is tagged as its NFC, with offsets
** into the text as given. */
static void test_nfd(void){
  /* 독일과 일본 in NFD jamo; Baden-Württemberg with u + U+0308 */
  const char ko[] = "\xE1\x84\x83\xE1\x85\xA9\xE1\x86\xA8\xE1\x84\x8B\xE1\x85\xB5\xE1\x86\xAF"
                    "\xE1\x84\x80\xE1\x85\xAA" " "
                    "\xE1\x84\x8B\xE1\x85\xB5\xE1\x86\xAF\xE1\x84\x87\xE1\x85\xA9\xE1\x86\xAB";
  const char de[] = "Baden-Wu\xCC\x88rttemberg innovation clusters";
  kt_country_mention *m; size_t k; char err[200];
  CHECK_INT(kt_countries_find(ko, sizeof ko - 1, &m, &k, err, sizeof err), 0);
  CHECK_INT(k, 2);
  if( k == 2 ){
    CHECK_STR(m[0].code, "DE"); CHECK_INT(m[0].start, 0); CHECK_INT(m[0].end, 18);
    CHECK_STR(m[1].code, "JP"); CHECK_INT(m[1].start, 25); CHECK_INT(m[1].end, 43);
  }
  free(m);
  CHECK_INT(kt_countries_find(de, sizeof de - 1, &m, &k, err, sizeof err), 0);
  CHECK_INT(k, 1);
  if( k == 1 ){ CHECK_STR(m[0].code, "DE"); CHECK_INT(m[0].start, 0); CHECK_INT(m[0].end, 19); }
  free(m);
  const kt_vocab *v = kt_vocab_cluster_policy(err, sizeof err);
  CHECK(v != NULL);
  if( !v ) return;
  kt_keyword_mention *w;
  CHECK_INT(kt_vocab_find(v, de, sizeof de - 1, &w, &k), 0);
  CHECK_INT(k, 1);
  if( k == 1 ){ CHECK_STR(w[0].concept, "innovation_cluster"); CHECK_INT(w[0].start, 20); CHECK_INT(w[0].end, 39); }
  free(w);
  /* 혁신클러스터 in NFD: 15 jamo, 45 bytes */
  const char ko2[] = "\xE1\x84\x92\xE1\x85\xA7\xE1\x86\xA8\xE1\x84\x89\xE1\x85\xB5\xE1\x86\xAB"
                     "\xE1\x84\x8F\xE1\x85\xB3\xE1\x86\xAF\xE1\x84\x85\xE1\x85\xA5"
                     "\xE1\x84\x89\xE1\x85\xB3\xE1\x84\x90\xE1\x85\xA5";
  CHECK_INT(kt_vocab_find(v, ko2, sizeof ko2 - 1, &w, &k), 0);
  CHECK_INT(k, 1);
  if( k == 1 ){ CHECK_STR(w[0].concept, "innovation_cluster"); CHECK_INT(w[0].start, 0); CHECK_INT(w[0].end, sizeof ko2 - 1); }
  free(w);
}

int main(void){
  test_nfd();
  test_fold();
  test_matcher();
  test_gazetteer();
  test_vocabulary();
  return CHECK_DONE();
}
