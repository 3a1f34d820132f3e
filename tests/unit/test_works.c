/*
** Unit tests of the duplicate matcher (ext/works): title keys, DOIs, the
** family-name table, authors across scripts, the merge rules, the traps that
** must stay apart, the user's decisions, and the best fields of a work.
*/
#include "check.h"
#include "works/works.h"
#include "works/works_internal.h"
#include "works/surnames.h"
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static void key_is(const char *title, const char *want, const char *want_main, int line){
  char *k, *m;
  if( kw_title_key(title, strlen(title), &k, &m) ){ check_failed++; fprintf(stderr, "line %d: oom\n", line); return; }
  if( (k == 0 && want == 0) || (k && want && strcmp(k, want) == 0) ) check_passed++;
  else{ check_failed++; fprintf(stderr, "line %d: key of \"%s\" is \"%s\", expected \"%s\"\n", line, title, k ? k : "NULL", want ? want : "NULL"); }
  if( (m == 0 && want_main == 0) || (m && want_main && strcmp(m, want_main) == 0) ) check_passed++;
  else{ check_failed++; fprintf(stderr, "line %d: main key of \"%s\" is \"%s\", expected \"%s\"\n", line, title, m ? m : "NULL", want_main ? want_main : "NULL"); }
  free(k);
  free(m);
}
#define KEY(t, k, m) key_is(t, k, m, __LINE__)

static void test_title_keys(void){
  KEY("판교 클러스터의 진화와 정책과제", "판교클러스터의진화와정책과제", NULL);
  /* punctuation of every script, spacing */
  KEY("「지역혁신」과 클러스터ㆍ정책", "지역혁신과클러스터정책", NULL);
  KEY("‘선택과 집중’의 종언", "선택과집중의종언", NULL);
  KEY("지역·산업 “정책”의 《평가》", "지역산업정책의평가", NULL);
  /* the subtitle after : ： - and the -부제- form */
  KEY("독일의 지역 혁신클러스터 정책: 바덴-뷔르템베르크주를 중심으로", "독일의지역혁신클러스터정책바덴뷔르템베르크주를중심으로", "독일의지역혁신클러스터정책");
  KEY("독일의 지역 혁신클러스터 정책：바덴", "독일의지역혁신클러스터정책바덴", "독일의지역혁신클러스터정책");
  KEY("독일정부의 클러스터정책에 관한 연구 -연방정부와 주정부간 연계정책을 중심으로-",
      "독일정부의클러스터정책에관한연구연방정부와주정부간연계정책을중심으로", "독일정부의클러스터정책에관한연구");
  KEY("Clusters - A Review", "clustersareview", "clusters");
  KEY("바덴-뷔르템베르크주", "바덴뷔르템베르크주", NULL);   /* a hyphen inside a word is no subtitle */
  /* Hanja read as Hangul (word readings, initial-sound rule) */
  KEY("韓國의 地域産業 政策", "한국의지역산업정책", NULL);
  KEY("地域革新과 클러스터", "지역혁신과클러스터", NULL);
  /* a gloss in the other script is dropped: 혁신도시(革新都市), 革新都市(혁신도시) */
  KEY("혁신도시(革新都市)의 성장 요인", "혁신도시의성장요인", NULL);
  KEY("革新都市 （혁신도시） 의 성장 요인", "혁신도시의성장요인", NULL);
  KEY("혁신도시(도시재생)의 성장", "혁신도시도시재생의성장", NULL);   /* Hangul in parentheses is no gloss */
  KEY("(革新) 지역혁신", "혁신지역혁신", NULL);                   /* nothing before it to gloss */
  KEY("혁신도시(革新都市 의 성장", "혁신도시혁신도시의성장", NULL);   /* never closed */
  /* Latin: case, diacritics, full-width forms, Roman numerals */
  KEY("The Evolution of the Pangyo Cluster and Its Policy Tasks", "theevolutionofthepangyoclusteranditspolicytasks", NULL);
  KEY("Baden-Württemberg’s Clusters", "badenwurttembergsclusters", NULL);
  KEY("ＲＩＳ와 ＴＡＭＡ", "ris와tama", NULL);
  KEY("지역산업정책 Ⅱ", "지역산업정책ii", NULL);
  /* '&' between Latin letters reads and */
  KEY("Science & Technology Parks", "scienceandtechnologyparks", NULL);
  KEY("Science and Technology Parks", "scienceandtechnologyparks", NULL);
  KEY("R&D 투자와 R & D 정책", "randd투자와randd정책", NULL);
  KEY("산업 & 기술", "산업기술", NULL);
  /* NFD (macOS) composes */
  KEY("\xe1\x84\x8f\xe1\x85\xb3\xe1\x86\xaf\xe1\x84\x85\xe1\x85\xa5\xe1\x84\x89\xe1\x85\xb3\xe1\x84\x90\xe1\x85\xa5 정책", "클러스터정책", NULL);
  KEY("― ·· ―", NULL, NULL);
  KEY(": 부제만", "부제만", NULL);

  CHECK(kw_title_is_common("서평"));
  CHECK(kw_title_is_common("editorial"));
  CHECK(kw_title_is_common("bookreview"));
  CHECK(kw_title_is_common("권두언"));
  CHECK(!kw_title_is_common("지역경제"));
  CHECK(kw_title_is_common("지역"));          /* too short */
  CHECK(!kw_title_is_common("판교클러스터의진화"));
}

static void test_doi(void){
  char out[64];
  CHECK_INT(kw_doi_normalize("https://doi.org/10.1234/ABC.5", 29, out, sizeof out), 13);
  CHECK_STR(out, "10.1234/abc.5");
  CHECK_INT(kw_doi_normalize("doi:10.5555/x1 ", 15, out, sizeof out), 10);
  CHECK_STR(out, "10.5555/x1");
  CHECK_INT(kw_doi_normalize("ISBN 978-89", 11, out, sizeof out), 0);
  CHECK_INT(kw_doi_normalize("10.1234", 7, out, sizeof out), 0);
}

static void test_surnames(void){
  CHECK(kw_is_romanized_surname("Kim", 3));
  CHECK(kw_is_romanized_surname("RHEE", 4));
  CHECK(kw_is_romanized_surname("Namgoong", 8));
  CHECK(!kw_is_romanized_surname("Smith", 5));
  CHECK(!kw_is_romanized_surname("Kim-", 4));
  CHECK(!kw_is_romanized_surname("", 0));
  CHECK(kw_surname_romanized_as("이", 3, "Lee", 3));
  CHECK(kw_surname_romanized_as("이", 3, "Rhee", 4));
  CHECK(kw_surname_romanized_as("박", 3, "Pak", 3));
  CHECK(kw_surname_romanized_as("정", 3, "Chung", 5));
  CHECK(kw_surname_romanized_as("류", 3, "Yoo", 3));
  CHECK(kw_surname_romanized_as("남궁", 6, "Nam-goong", 9));
  CHECK(!kw_surname_romanized_as("김", 3, "Lee", 3));
  CHECK(!kw_surname_romanized_as("홍길", 6, "Hong", 4));
  /* the table is sorted: every name is found */
  for( int i = 0; i < kw_surnames_count; i++ ){
    CHECK(kw_surname_romanizations(kw_surnames[i].hangul, strlen(kw_surnames[i].hangul)) == kw_surnames[i].latin);
  }
  for( int i = 1; i < kw_surname_latin_count; i++ ) CHECK(strcmp(kw_surname_latin[i-1], kw_surname_latin[i]) < 0);
  CHECK(kw_surnames_count >= 100);
  CHECK(kw_surname_variants("choi", "choe"));
  CHECK(kw_surname_variants("lee", "rhee"));
  CHECK(!kw_surname_variants("kim", "lee"));
  CHECK(!kw_surname_variants("smith", "smyth"));
}

/* Two authors from one-author JSON records. */
static int compare_names(const char *a, const char *b){
  kw_set *s = kw_set_new();
  char ja[300], jb[300], err[200];
  snprintf(ja, sizeof ja, "{\"authors\":[%s]}", a);
  snprintf(jb, sizeof jb, "{\"authors\":[%s]}", b);
  int r = -9;
  if( kw_set_add_json(s, 1, ja, strlen(ja), err, sizeof err) == 0 && kw_set_add_json(s, 2, jb, strlen(jb), err, sizeof err) == 0 ){
    r = kw_author_compare(&s->rec[0].authors[0], &s->rec[1].authors[0]);
  }else fprintf(stderr, "%s\n", err);
  kw_set_free(s);
  return r;
}

static void test_authors(void){
  CHECK_INT(compare_names("\"김민수\"", "\"김민수\""), 2);
  CHECK_INT(compare_names("\"김민수\"", "\"김민준\""), -1);
  CHECK_INT(compare_names("\"김 민수\"", "{\"family\":\"김\",\"given\":\"민수\"}"), 2);
  CHECK_INT(compare_names("\"Kim, Min-Su\"", "\"Min-Su Kim\""), 2);
  CHECK_INT(compare_names("\"Kim, Min-Su\"", "\"Kim Minsu\""), 2);
  CHECK_INT(compare_names("\"Kim, Min-Su\"", "\"M. S. Kim\""), 1);
  CHECK_INT(compare_names("\"Kim, Min-Su\"", "\"Kim, Jae-Ho\""), 0);
  /* across scripts: the table of family names and the given name's initials */
  CHECK_INT(compare_names("\"김민수\"", "\"Kim, Min-Su\""), 1);
  CHECK_INT(compare_names("\"김민수\"", "\"Gim Minsu\""), 1);
  CHECK_INT(compare_names("\"이정호\"", "\"Rhee, Jung-Ho\""), 1);
  CHECK_INT(compare_names("\"김민수\"", "\"Kim, Jae-Ho\""), 0);
  CHECK_INT(compare_names("\"김민수\"", "\"Park, Min-Su\""), 0);
  CHECK_INT(compare_names("\"김민수\"", "\"Kim, Min-Ho Jun\""), 0);   /* three initials, two syllables */
  CHECK_INT(compare_names("\"오영진\"", "\"Oh, Young-Jin\""), 1);      /* ㅇ + ㅕ written "you" */
  /* two spellings of one family name, the same given name */
  CHECK_INT(compare_names("\"Choe, Sang-Chuel\"", "\"Sang-Chuel Choi\""), 1);
  CHECK_INT(compare_names("\"Choe, Sang-Chuel\"", "\"Sang-Min Choi\""), 0);
  CHECK_INT(compare_names("\"Smyth, John\"", "\"Smith, John\""), 0);
  CHECK_INT(compare_names("\"한상우\"", "\"Han, Sang-Woo\""), 1);
  /* names in Hanja are read as names: 金 is the family name 김, 李 is 이 */
  CHECK_INT(compare_names("\"金英鎬\"", "\"김영호\""), 2);
  CHECK_INT(compare_names("\"李正浩\"", "\"이정호\""), 2);
  CHECK_INT(compare_names("\"李正浩\"", "\"Lee, Jung-Ho\""), 1);
  /* an affiliation in parentheses is not part of the name */
  CHECK_INT(compare_names("\"김민수(산업연구원)\"", "\"김민수\""), 2);
  CHECK_INT(compare_names("\"Kim, Min-Su (KIET)\"", "\"Min-Su Kim\""), 2);
  /* NFD names compose */
  CHECK_INT(compare_names("\"\u1100\u1175\u11b7\u1109\u1165\u11bc\u1112\u1169\"", "\"김성호\""), 2);
  /* the pair a record gives */
  CHECK_INT(compare_names("{\"name\":\"김민수\",\"name_latin\":\"Kim, Minsoo\"}", "\"Kim, Minsoo\""), 2);
  CHECK_INT(compare_names("{\"name\":\"남궁민\",\"name_latin\":\"Namkoong, Min\"}", "\"남궁민\""), 2);
  /* a name given in both scripts meets another romanization through its Hangul */
  CHECK_INT(compare_names("{\"name\":\"강태훈\",\"name_latin\":\"Tae-Hoon Kang\"}", "\"Gang, Taehun\""), 1);
  CHECK_INT(compare_names("\"Gang, Taehun\"", "{\"name\":\"강태훈\",\"name_latin\":\"Tae-Hoon Kang\"}"), 1);
  CHECK_INT(compare_names("{\"name\":\"강태훈\",\"name_latin\":\"Tae-Hoon Kang\"}", "\"Gang, Minsu\""), 0);
  CHECK_INT(compare_names("{\"name\":\"강태훈\",\"name_latin\":\"Tae-Hoon Kang\"}", "\"Park, Taehun\""), 0);
  CHECK_INT(compare_names("\"Kang, Tae-Hoon\"", "\"Gang, Taehun\""), 0);   /* no Hangul: two spellings of the given name too */
}

/* ---- matching ---------------------------------------------------------------- */

typedef struct rec { int64_t id; const char *json; } rec;

/* Matches the records; returns the set (the caller frees it) or NULL. */
static kw_set *match(const rec *r, int n, const char *decisions){
  kw_set *s = kw_set_new();
  char err[300];
  for( int i = 0; i < n; i++ ){
    if( kw_set_add_json(s, r[i].id, r[i].json, strlen(r[i].json), err, sizeof err) ){
      fprintf(stderr, "record %lld: %s\n", (long long)r[i].id, err);
      kw_set_free(s);
      return 0;
    }
  }
  if( decisions && kw_set_decide_json(s, decisions, strlen(decisions), err, sizeof err) ){
    fprintf(stderr, "%s\n", err);
    kw_set_free(s);
    return 0;
  }
  if( kw_match(s, err, sizeof err) ){ fprintf(stderr, "%s\n", err); kw_set_free(s); return 0; }
  return s;
}

/* The evidence that joined records a and b, "" when they are in one work by
** a path of several merges, NULL when they are two works. */
static const char *evidence(const kw_set *s, int64_t a, int64_t b){
  int ia = -1, ib = -1;
  for( int i = 0; i < kw_set_count(s); i++ ){
    if( s->rec[i].id == a ) ia = i;
    if( s->rec[i].id == b ) ib = i;
  }
  if( ia < 0 || ib < 0 || kw_work_of(s, ia) != kw_work_of(s, ib) ) return NULL;
  for( int k = 0; k < kw_merge_count(s); k++ ){
    const kw_merge *m = kw_merge_at(s, k);
    if( (m->a == a && m->b == b) || (m->a == b && m->b == a) ) return m->evidence;
  }
  return "";
}

static void pair_is(const rec *r, int n, const char *decisions, const char *want, int line){
  kw_set *s = match(r, n, decisions);
  if( s == 0 ){ check_failed++; fprintf(stderr, "line %d: matching failed\n", line); return; }
  const char *got = evidence(s, r[0].id, r[1].id);
  if( (got == 0 && want == 0) || (got && want && strcmp(got, want) == 0) ) check_passed++;
  else{
    check_failed++;
    fprintf(stderr, "line %d: records %lld and %lld: %s, expected %s\n", line, (long long)r[0].id, (long long)r[1].id,
            got ? got : "two works", want ? want : "two works");
  }
  kw_set_free(s);
}
#define PAIR(want, ...) do{ rec r_[] = {__VA_ARGS__}; pair_is(r_, (int)(sizeof r_ / sizeof r_[0]), NULL, want, __LINE__); }while(0)
#define PAIR_DECIDED(want, dec, ...) do{ rec r_[] = {__VA_ARGS__}; pair_is(r_, (int)(sizeof r_ / sizeof r_[0]), dec, want, __LINE__); }while(0)

static void test_duplicates(void){
  /* the example: Korean + English titles by Kim, Min-Su; the same by 김민수 */
  PAIR("title_ko+year+author",
    {1, "{\"title_ko\":\"판교 클러스터의 진화와 정책과제\",\"title_foreign\":\"The Evolution of the Pangyo Cluster and Its Policy Tasks\","
        "\"year\":2019,\"authors\":[\"Kim, Min-Su\"]}"},
    {2, "{\"title\":\"판교 클러스터의 진화와 정책과제\",\"year\":2019,\"authors\":[{\"name\":\"김민수\"}]}"});
  /* a record with only the English title matches the other's title_foreign */
  PAIR("title_foreign+year+author+pages",
    {3, "{\"title_ko\":\"판교 클러스터의 진화와 정책과제\",\"title_foreign\":\"The Evolution of the Pangyo Cluster and Its Policy Tasks\","
        "\"year\":2019,\"page_first\":\"33\",\"authors\":[{\"name\":\"김민수\",\"name_latin\":\"Kim, Min-Su\"}]}"},
    {4, "{\"title\":\"The evolution of the Pangyo cluster and its policy tasks\",\"year\":2019,\"page_first\":33,\"authors\":\"Minsu Kim\"}"});
  PAIR("doi",
    {5, "{\"title\":\"A\",\"doi\":\"https://doi.org/10.1234/KCI.2019.5\"}"},
    {6, "{\"title\":\"B\",\"doi\":\"10.1234/kci.2019.5\"}"});
  PAIR("kci_id",
    {7, "{\"title_ko\":\"지역혁신\",\"url\":\"https://www.kci.go.kr/kciportal/ci/sereArticleSearch/ciSereArtiView.kci?sereArticleSearchBean.artiId=ART002512345\"}"},
    {8, "{\"title_foreign\":\"Regional innovation\",\"kci_id\":\"ART002512345\"}"});
  PAIR("koreascience_id",
    {9, "{\"url\":\"https://koreascience.kr/article/JAKO201912345678901.page\"}"},
    {10, "{\"url\":\"http://koreascience.or.kr/article/JAKO201912345678901.pdf\"}"});
  /* Hanja in one copy, the year one apart (online first), NFD */
  PAIR("title_ko+year+author",
    {11, "{\"title_ko\":\"韓國 地域産業政策의 評價\",\"year\":2010,\"authors\":[\"이정호\"]}"},
    {12, "{\"title_ko\":\"한국 지역산업정책의 평가\",\"year\":2011,\"authors\":[\"Rhee, Jung-Ho\"]}"});
  /* the subtitle missing in one copy: same year, author, first page */
  PAIR("title_ko_main+year+author+pages",
    {13, "{\"title_ko\":\"독일의 지역 혁신클러스터 정책: 바덴-뷔르템베르크주를 중심으로\",\"year\":2023,\"page_first\":\"1\",\"authors\":[\"안영진\",\"구지영\"]}"},
    {14, "{\"title_ko\":\"독일의 지역 혁신클러스터 정책\",\"year\":2023,\"page_first\":\"1\",\"authors\":\"Young-Jin Ahn; Ji-Yeung Gu\"}"});
  /* no author on one side: the journal data decides */
  PAIR("title_ko+year+pages",
    {15, "{\"title_ko\":\"산업클러스터의 네트워크 구조 분석\",\"year\":2015,\"volume\":\"18\",\"issue\":\"2\",\"page_first\":\"45\"}"},
    {16, "{\"title_ko\":\"산업 클러스터의 네트워크 구조 분석\",\"year\":2015,\"volume\":\"Vol. 18\",\"issue\":\"No. 2\",\"page_first\":\"45\",\"authors\":[\"박지훈\"]}"});
  /* a common title at the same place of one issue, by the same author */
  PAIR("title_ko+year+author+pages+volume",
    {17, "{\"title_ko\":\"서평\",\"year\":2018,\"journal\":\"지역연구\",\"volume\":\"34\",\"issue\":\"2\",\"page_first\":\"201\",\"authors\":[\"이민호\"]}"},
    {18, "{\"title_ko\":\"서 평\",\"year\":2018,\"volume\":\"34\",\"issue\":\"2\",\"page_first\":\"201\",\"authors\":[\"Lee, Min-Ho\"]}"});
  /* a common Korean title with an English title that is not common */
  PAIR("title_foreign+year+author",
    {19, "{\"title_ko\":\"서평\",\"title_foreign\":\"Review of The Economics of Clusters\",\"year\":2018,\"authors\":[\"이민호\"]}"},
    {20, "{\"title_ko\":\"서평\",\"title_foreign\":\"Review of the economics of clusters\",\"year\":2018,\"authors\":[\"Lee, Min-Ho\"]}"});
  /* a romanization the table cannot guess (지 as Gee), learnt from a third
  ** record that gives the name in both scripts */
  PAIR(NULL,
    {35, "{\"title_ko\":\"지역 혁신 거버넌스의 재구성\",\"year\":2020,\"authors\":[\"구지영\"]}"},
    {36, "{\"title_ko\":\"지역 혁신 거버넌스의 재구성\",\"year\":2020,\"authors\":[\"Koo, Gee-Young\"]}"});
  PAIR("title_ko+year+author",
    {35, "{\"title_ko\":\"지역 혁신 거버넌스의 재구성\",\"year\":2020,\"authors\":[\"구지영\"]}"},
    {36, "{\"title_ko\":\"지역 혁신 거버넌스의 재구성\",\"year\":2020,\"authors\":[\"Koo, Gee-Young\"]}"},
    {37, "{\"title_ko\":\"혁신도시의 미래\",\"year\":2012,\"authors\":[{\"name\":\"구지영\",\"name_latin\":\"Koo, Gee-Young\"}]}"});
  /* a chain: the English twin joins through the Korean one */
  {
    rec r[] = {
      {21, "{\"title_ko\":\"클러스터 정책의 성과 평가\",\"title_foreign\":\"Evaluating Cluster Policy Outcomes\",\"year\":2018,\"authors\":[\"최유진\"]}"},
      {22, "{\"title_foreign\":\"Evaluating cluster policy outcomes\",\"year\":2018,\"authors\":[\"Choi, Yu-Jin\"]}"},
      {23, "{\"title_ko\":\"클러스터 정책의 성과 평가\",\"year\":2018,\"authors\":[\"최유진\"]}"},
    };
    kw_set *s = match(r, 3, NULL);
    CHECK(s != 0);
    if( s ){
      CHECK_INT(kw_work_of(s, 0), 21);
      CHECK_INT(kw_work_of(s, 1), 21);
      CHECK_INT(kw_work_of(s, 2), 21);
      CHECK_INT(kw_merge_count(s), 2);
      kw_set_free(s);
    }
  }
}

static void test_traps(void){
  /* the same author's other paper on the subject two years later */
  PAIR(NULL,
    {1, "{\"title_ko\":\"판교 클러스터의 진화와 정책과제\",\"year\":2019,\"authors\":[\"김민수\"]}"},
    {2, "{\"title_ko\":\"판교 클러스터 정책의 진화: 기업 네트워크를 중심으로\",\"year\":2021,\"authors\":[\"김민수\"]}"});
  /* near-identical title, the next year, another volume */
  PAIR(NULL,
    {3, "{\"title_ko\":\"지역혁신체계의 진화와 정책과제\",\"year\":2019,\"volume\":\"22\",\"authors\":[\"김민수\"]}"},
    {4, "{\"title_ko\":\"지역혁신체계의 진화와 정책과제\",\"year\":2020,\"volume\":\"23\",\"authors\":[\"김민수\"]}"});
  /* the main title alone, another year: a follow-up, not the same paper */
  PAIR(NULL,
    {5, "{\"title_ko\":\"판교 클러스터의 진화\",\"year\":2019,\"page_first\":\"1\",\"authors\":[\"김민수\"]}"},
    {6, "{\"title_ko\":\"판교 클러스터의 진화: 기업 네트워크를 중심으로\",\"year\":2020,\"page_first\":\"1\",\"authors\":[\"김민수\"]}"});
  /* two reports of one series in one year */
  PAIR(NULL,
    {7, "{\"type\":\"report\",\"title_ko\":\"지역산업 동향과 전망\",\"year\":2020,\"series_no\":\"2020-01\",\"authors\":[\"Kim, Sunbae\"]}"},
    {8, "{\"type\":\"report\",\"title_ko\":\"지역산업 동향과 전망\",\"year\":2020,\"series_no\":\"2020-07\",\"authors\":[\"Kim, Sunbae\"]}"});
  /* a yearly report of one title, or two theses of one title, a year apart
  ** (no online-first year for them); the same report in one year merges */
  PAIR(NULL,
    {51, "{\"type\":\"report\",\"title\":\"Regional Industrial Competitiveness of Korea\",\"year\":2021,\"authors\":[\"Kim Sunbae\"]}"},
    {52, "{\"type\":\"report\",\"title\":\"Regional Industrial Competitiveness of Korea\",\"year\":2022,\"authors\":[\"Kim Sunbae\"]}"});
  PAIR(NULL,
    {53, "{\"type\":\"report\",\"title\":\"Regional Industrial Competitiveness of Korea\",\"year\":2021,\"authors\":[\"Kim Sunbae\"]}"},
    {54, "{\"title\":\"Regional Industrial Competitiveness of Korea\",\"year\":2022,\"authors\":[\"Kim, Sunbae\"]}"});
  PAIR(NULL,
    {55, "{\"type\":\"thesis\",\"title_ko\":\"산업클러스터 정책이 지역 혁신에 미친 영향\",\"year\":2018,\"authors\":[\"정유진\"]}"},
    {56, "{\"type\":\"thesis\",\"title_ko\":\"산업클러스터 정책이 지역 혁신에 미친 영향\",\"year\":2019,\"authors\":[\"정유진\"]}"});
  PAIR("title_foreign+year+author",
    {57, "{\"type\":\"report\",\"title\":\"Regional Industrial Competitiveness of Korea\",\"year\":2021,\"authors\":[\"Kim Sunbae\"]}"},
    {58, "{\"type\":\"report\",\"title\":\"Regional industrial competitiveness of Korea\",\"year\":2021,\"authors\":[\"Kim, Sunbae\"]}"});
  PAIR("title_foreign+year+author",   /* two journal copies: online first, then print */
    {59, "{\"type\":\"article-journal\",\"title\":\"Regional Industrial Competitiveness of Korea\",\"year\":2021,\"authors\":[\"Kim Sunbae\"]}"},
    {60, "{\"type\":\"article-journal\",\"title\":\"Regional Industrial Competitiveness of Korea\",\"year\":2022,\"authors\":[\"Kim, Sunbae\"]}"});
  /* ... nor can a third record chain them */
  {
    rec r[] = {
      {61, "{\"type\":\"report\",\"title\":\"Regional Industrial Competitiveness of Korea\",\"year\":2021,\"authors\":[\"Kim Sunbae\"]}"},
      {62, "{\"title\":\"Regional Industrial Competitiveness of Korea\",\"year\":2021,\"authors\":[\"Kim, Sunbae\"]}"},
      {63, "{\"type\":\"report\",\"title\":\"Regional Industrial Competitiveness of Korea\",\"year\":2022,\"authors\":[\"Kim Sunbae\"]}"},
    };
    kw_set *s = match(r, 3, NULL);
    CHECK(s && kw_work_of(s, 0) == 61 && kw_work_of(s, 1) == 61);
    CHECK(s && kw_work_of(s, 2) == 63);
    kw_set_free(s);
  }
  PAIR(NULL,
    {9, "{\"title_ko\":\"월간 산업경제 동향\",\"year\":2020,\"issue_no\":\"3\",\"authors\":[\"Kim, Sunbae\"]}"},
    {10, "{\"title_ko\":\"월간 산업경제 동향\",\"year\":2020,\"issue_no\":\"4\",\"authors\":[\"Kim, Sunbae\"]}"});
  /* a journal article and a conference paper: two works, versions */
  {
    rec r[] = {
      {11, "{\"type\":\"article-journal\",\"title_ko\":\"혁신도시 클러스터의 형성 요인\",\"year\":2016,\"authors\":[\"정수민\"]}"},
      {12, "{\"type\":\"paper-conference\",\"title_ko\":\"혁신도시 클러스터의 형성 요인\",\"year\":2016,\"authors\":[\"Jung, Su-Min\"]}"},
    };
    kw_set *s = match(r, 2, NULL);
    CHECK(s && evidence(s, 11, 12) == 0);
    CHECK(s && kw_version_count(s) == 1);
    if( s && kw_version_count(s) == 1 ){
      CHECK_INT(kw_version_at(s, 0)->a, 11);
      CHECK_INT(kw_version_at(s, 0)->b, 12);
      CHECK_STR(kw_version_at(s, 0)->evidence, "title_ko+year+author");
    }
    kw_set_free(s);
  }
  /* common titles */
  PAIR(NULL,
    {13, "{\"title_ko\":\"서평\",\"year\":2018,\"journal\":\"지역연구\",\"authors\":[\"이민호\"]}"},
    {14, "{\"title_ko\":\"서평\",\"year\":2018,\"journal\":\"지역연구\",\"authors\":[\"이민호\"]}"});
  PAIR(NULL,
    {15, "{\"title\":\"Editorial\",\"year\":2018,\"authors\":[\"Park, Jun\"]}"},
    {16, "{\"title\":\"EDITORIAL\",\"year\":2018,\"authors\":[\"Park, Jun\"]}"});
  PAIR(NULL,
    {17, "{\"title_ko\":\"권두언\",\"year\":2021,\"authors\":[\"한지원\"]}"},
    {18, "{\"title_ko\":\"권 두 언\",\"year\":2021,\"authors\":[\"한지원\"]}"});
  /* ... also with the same issue but another first page, or no author */
  PAIR(NULL,
    {31, "{\"title_ko\":\"서평\",\"year\":2018,\"volume\":\"34\",\"issue\":\"2\",\"page_first\":\"201\",\"authors\":[\"이민호\"]}"},
    {32, "{\"title_ko\":\"서평\",\"year\":2018,\"volume\":\"34\",\"issue\":\"2\",\"page_first\":\"207\",\"authors\":[\"이민호\"]}"});
  PAIR(NULL,
    {33, "{\"title\":\"Editorial\",\"year\":2018,\"volume\":\"34\",\"issue\":\"2\",\"page_first\":\"1\"}"},
    {34, "{\"title\":\"Editorial\",\"year\":2018,\"volume\":\"34\",\"issue\":\"2\",\"page_first\":\"1\"}"});
  /* a book review names its book: the full titles differ */
  PAIR(NULL,
    {19, "{\"title_ko\":\"서평: 클러스터의 경제학\",\"year\":2018,\"authors\":[\"이민호\"]}"},
    {20, "{\"title_ko\":\"서평: 지역혁신의 지리학\",\"year\":2018,\"authors\":[\"이민호\"]}"});
  /* different DOIs never merge, whatever the titles */
  PAIR(NULL,
    {21, "{\"title_ko\":\"스마트 전문화 전략의 비교\",\"year\":2017,\"doi\":\"10.1/a\",\"authors\":[\"윤서연\"]}"},
    {22, "{\"title_ko\":\"스마트 전문화 전략의 비교\",\"year\":2017,\"doi\":\"10.1/b\",\"authors\":[\"윤서연\"]}"});
  /* the same title by other people */
  PAIR(NULL,
    {23, "{\"title_ko\":\"지역혁신체계 연구의 동향과 과제\",\"year\":2012,\"authors\":[\"김민수\"]}"},
    {24, "{\"title_ko\":\"지역혁신체계 연구의 동향과 과제\",\"year\":2012,\"authors\":[\"김민준\"]}"});
  /* the same English title, different Korean titles */
  PAIR(NULL,
    {25, "{\"title_ko\":\"지역혁신정책의 평가\",\"title_foreign\":\"Evaluation of Regional Innovation Policy\",\"year\":2014,\"authors\":[\"Lee, Min\"]}"},
    {26, "{\"title_ko\":\"지역혁신사업의 평가\",\"title_foreign\":\"Evaluation of Regional Innovation Policy\",\"year\":2014,\"authors\":[\"Lee, Min\"]}"});
  /* ... and an English-only record that matches both cannot chain them */
  {
    rec r[] = {
      {41, "{\"title_ko\":\"지역혁신정책의 평가\",\"title_foreign\":\"Evaluation of Regional Innovation Policy\",\"year\":2014,\"authors\":[\"Lee, Min\"]}"},
      {42, "{\"title_ko\":\"지역혁신사업의 평가\",\"title_foreign\":\"Evaluation of Regional Innovation Policy\",\"year\":2014,\"authors\":[\"Lee, Min\"]}"},
      {43, "{\"title\":\"Evaluation of regional innovation policy\",\"year\":2014,\"authors\":[\"Min Lee\"]}"},
    };
    kw_set *s = match(r, 3, NULL);
    CHECK(s && kw_work_of(s, 0) != kw_work_of(s, 1));
    CHECK(s && kw_work_of(s, 2) == 41);
    kw_set_free(s);
  }
  /* no year: a title alone is not enough */
  PAIR(NULL,
    {27, "{\"title_ko\":\"창조경제혁신센터의 성과\",\"authors\":[\"홍길동\"]}"},
    {28, "{\"title_ko\":\"창조경제혁신센터의 성과\",\"authors\":[\"홍길동\"]}"});
}

static void test_decisions(void){
  /* the user's same joins what nothing else would */
  PAIR_DECIDED("user", "[{\"a\":2,\"b\":1,\"decision\":\"same\"}]",
    {1, "{\"title_ko\":\"서평\",\"year\":2018}"}, {2, "{\"title_ko\":\"서평\",\"year\":2018}"});
  /* the user's different keeps apart what the rules would join */
  PAIR_DECIDED(NULL, "[{\"a\":3,\"b\":4,\"decision\":\"different\"}]",
    {3, "{\"doi\":\"10.9/x\"}"}, {4, "{\"doi\":\"10.9/X\"}"});
  /* ... also through a third record */
  {
    rec r[] = {
      {5, "{\"doi\":\"10.9/y\"}"}, {6, "{\"doi\":\"10.9/y\"}"}, {7, "{\"doi\":\"10.9/y\"}"},
    };
    const char *d = "[{\"a\":5,\"b\":7,\"decision\":\"different\"}]";
    kw_set *s = match(r, 3, d);
    CHECK(s && kw_work_of(s, 0) != kw_work_of(s, 2));
    CHECK(s && kw_work_of(s, 0) == kw_work_of(s, 1));
    kw_set_free(s);
  }
  /* contradicting decisions and bad input are errors */
  kw_set *s = kw_set_new();
  char err[200];
  CHECK_INT(kw_set_decide(s, 1, 2, 1, err, sizeof err), 0);
  CHECK_INT(kw_set_decide(s, 2, 1, 0, err, sizeof err), 1);
  CHECK_STR(err, "records 1 and 2 are decided both same and different");
  CHECK_INT(kw_set_decide_json(s, "[{\"a\":1}]", 9, err, sizeof err), 1);
  CHECK_STR(err, "decisions: element 1 is not {\"a\": id, \"b\": id, \"decision\": \"same\" or \"different\"}");
  CHECK_INT(kw_set_add_json(s, 9, "[1]", 3, err, sizeof err), 1);
  CHECK_STR(err, "record 9: not a JSON object");
  CHECK_INT(kw_set_add_json(s, 9, "{\"year\":\"19x\"}", 14, err, sizeof err), 1);
  CHECK_STR(err, "record 9: year is not a year");
  CHECK_INT(kw_set_add_json(s, 9, "{\"title\":[1]}", 13, err, sizeof err), 1);
  CHECK_STR(err, "record 9: title is not text or a number");
  CHECK_INT(kw_set_add_json(s, 9, "{\"title\":", 9, err, sizeof err), 1);
  CHECK(strncmp(err, "record 9: not JSON: ", 20) == 0);
  CHECK_INT(kw_set_add_json(s, 9, "{}", 2, err, sizeof err), 0);
  CHECK_INT(kw_set_add_json(s, 9, "{}", 2, err, sizeof err), 0);
  CHECK_INT(kw_match(s, err, sizeof err), 1);
  CHECK_STR(err, "record 9 is given twice");
  kw_set_free(s);
}

static void test_best_fields(void){
  rec r[] = {
    {30, "{\"title_ko\":\"판교 클러스터의 진화와 정책과제\",\"year\":2019,\"journal\":\"지역연구\","
         "\"abstract_ko\":\"판교의 진화를 본다.\",\"keywords\":[\"클러스터\",\"판교\"],\"authors\":[\"김민수\"]}"},
    {31, "{\"title_ko\":\"판교 클러스터의 진화와 정책과제\",\"title_foreign\":\"The Evolution of the Pangyo Cluster\","
         "\"year\":2019,\"doi\":\"10.5/pg\",\"abstract\":\"We study Pangyo.\",\"keywords\":\"[\\\"Cluster\\\",\\\"클러스터\\\",\\\"policy\\\"]\","
         "\"authors\":[{\"name\":\"Kim, Min-Su\",\"name_ko\":\"김민수\",\"affiliation\":\"KIET\"},{\"name\":\"Lee, Ji-Won\"}]}"},
  };
  kw_set *s = match(r, 2, NULL);
  CHECK(s != 0);
  if( s == 0 ) return;
  char *json;
  size_t len;
  CHECK_INT(kw_result_json(s, &json, &len), 0);
  CHECK_STR(json,
    "{\"records\":[{\"record_id\":30,\"work_id\":30},{\"record_id\":31,\"work_id\":30}],"
    "\"merges\":[{\"work_id\":30,\"record_a\":30,\"record_b\":31,\"evidence\":\"title_ko+year+author\"}],"
    "\"versions\":[],"
    "\"works\":[{\"work_id\":30,\"record_count\":2,\"records\":[30,31],"
    "\"title_ko\":{\"value\":\"판교 클러스터의 진화와 정책과제\",\"record_id\":31},"
    "\"title_foreign\":{\"value\":\"The Evolution of the Pangyo Cluster\",\"record_id\":31},"
    "\"year\":{\"value\":2019,\"record_id\":31},"
    "\"doi\":{\"value\":\"10.5/pg\",\"record_id\":31},"
    "\"journal\":{\"value\":\"지역연구\",\"record_id\":30},"
    "\"abstract_ko\":{\"value\":\"판교의 진화를 본다.\",\"record_id\":30},"
    "\"abstract_foreign\":{\"value\":\"We study Pangyo.\",\"record_id\":31},"
    "\"keywords\":{\"value\":[\"Cluster\",\"클러스터\",\"policy\",\"판교\"],\"record_ids\":[31,30]},"
    "\"authors\":{\"value\":[{\"name\":\"Kim, Min-Su\",\"name_ko\":\"김민수\",\"affiliation\":\"KIET\"},{\"name\":\"Lee, Ji-Won\"}],\"record_id\":31}}]}");
  CHECK_INT(len, strlen(json));
  free(json);
  kw_set_free(s);
}

/* Fields as SQL builds them: numbers, ';' lists, JSON text in a string;
** what the result escapes. */
static void test_fields(void){
  rec r[] = {
    {40, "{\"title_ko\":\"지역 \\\"혁신\\\"\\n정책\",\"year\":2019.0,\"page_first\":7,\"volume\":12,"
         "\"keywords\":\"혁신; 정책 ;\",\"authors\":\"김민수; et al.\",\"url\":\"x JAKO2019123456789012 ART00123456789\"}"},
  };
  kw_set *s = match(r, 1, NULL);
  CHECK(s != 0);
  if( s == 0 ) return;
  CHECK_INT(s->rec[0].year, 2019);
  CHECK_STR(s->rec[0].page_first, "7");
  CHECK_STR(s->rec[0].volume, "12");
  CHECK_INT(s->rec[0].nkeywords, 2);
  CHECK_STR(s->rec[0].keywords[1], "정책");
  CHECK_INT(s->rec[0].nauthors, 1);
  CHECK_STR(s->rec[0].authors[0].ko_family, "김");
  CHECK_STR(s->rec[0].authors[0].ko_given, "민수");
  /* a 16-digit JAKO and a 11-digit ART are no ids */
  CHECK_STR(s->rec[0].ks_id, NULL);
  CHECK_STR(s->rec[0].kci_id, NULL);
  char *json;
  size_t len;
  CHECK_INT(kw_result_json(s, &json, &len), 0);
  CHECK(strstr(json, "\"title_ko\":{\"value\":\"지역 \\\"혁신\\\"\\n정책\",\"record_id\":40}") != 0);
  CHECK(strstr(json, "\"keywords\":{\"value\":[\"혁신\",\"정책\"],\"record_ids\":[40]}") != 0);
  free(json);
  kw_set_free(s);
  char err[200];
  s = kw_set_new();
  CHECK_INT(kw_set_add_json(s, 1, "{\"year\":2019.5}", 15, err, sizeof err), 1);
  CHECK_STR(err, "record 1: year is not a year");
  CHECK_INT(kw_set_add_json(s, 1, "{\"authors\":\"[1,\"}", 17, err, sizeof err), 1);
  CHECK_STR(err, "record 1: authors is text that starts like a JSON array but is not one");
  CHECK_INT(kw_set_add_json(s, 1, "{\"authors\":[true]}", 18, err, sizeof err), 1);
  CHECK_STR(err, "record 1: authors has an element that is not text or an object");
  CHECK_INT(kw_set_count(s), 0);
  kw_set_free(s);
}

/* The keys a record gives, and that two records the matcher merges share one. */
static void keys_are(const char *json, const char *want, int line){
  char err[300], *out = 0;
  size_t len;
  int rc = kw_record_keys_json(json, strlen(json), 1, &out, &len, err, sizeof err);
  if( rc == 0 && strcmp(out, want) == 0 && strlen(out) == len ){ check_passed++; }
  else{ check_failed++; fprintf(stderr, "line %d: keys of %s are %s, expected %s\n", line, json, rc == 0 ? out : err, want); }
  free(out);
}

/* 1 when two arrays of integer keys have two that differ by at most one */
static int keys_meet(const char *a, const char *b){
  json_error_t e;
  json_t *x = json_loads(a, 0, &e), *y = json_loads(b, 0, &e);
  int meet = 0;
  for( size_t i = 0; i < json_array_size(x); i++ )
    for( size_t k = 0; k < json_array_size(y); k++ ){
      json_int_t d = json_integer_value(json_array_get(x, i)) - json_integer_value(json_array_get(y, k));
      if( d >= -1 && d <= 1 ) meet = 1;
    }
  json_decref(x);
  json_decref(y);
  return meet;
}

static void test_record_keys(void){
  keys_are("{\"title\":\"서평\",\"year\":2019,\"volume\":35,\"issue\":\"2\",\"page_first\":\"201\",\"doi\":\"DOI:10.5/X\"}",
           "[\"doi:10.5/x\",\"c:2019:서평|35|2|201\"]", __LINE__);
  /* a Latin family name by the Hangul names the table writes so */
  keys_are("{\"title_foreign\":\"Cluster Policy: A Review\",\"year\":2001,\"source_id\":\"JAKO200111111111111\","
           "\"authors\":[\"Choe, Sang-Chuel\"]}",
           "[\"ks:JAKO200111111111111\",\"Ma:2001:clusterpolicyareview|최.s\",\"Ma:2001:clusterpolicy|최.s\"]", __LINE__);
  /* one the table does not list by itself; a given name that sorts first too */
  keys_are("{\"title_foreign\":\"Cluster Policy\",\"year\":2001,\"authors\":[\"Smith, Adam\",\"Minsu Lee\"]}",
           "[\"Ma:2001:clusterpolicy|smith.a\",\"Ma:2001:clusterpolicy|adam.s\",\"Ma:2001:clusterpolicy|이.m\"]",
           __LINE__);
  /* a Hangul given name by each letter its first syllable may be written with
  ** (재: j or c); a romanized one by its first letter and its first initial */
  keys_are("{\"title_foreign\":\"Cluster Policy\",\"year\":2001,\"authors\":[\"정재훈\",\"Dupont, Élodie Marie\"]}",
           "[\"Ma:2001:clusterpolicy|정.j\",\"Ma:2001:clusterpolicy|정.c\",\"Ma:2001:clusterpolicy|dupont.m\","
           "\"Ma:2001:clusterpolicy|dupont.e\"]", __LINE__);
  keys_are("{\"title_ko\":\"혁신도시\",\"url\":\"https://www.kci.go.kr/x?sereArticleSearchBean.artiId=ART002512345\"}",
           "[\"kci:ART002512345\"]", __LINE__);          /* no year: no title key */
  keys_are("{\"title\":\"판교 클러스터\",\"year\":2019,\"page_first\":\"033\"}",
           "[\"mp:2019:판교클러스터|33\"]", __LINE__);   /* no author: the first page */
  char err[300], *out;
  size_t len;
  CHECK_INT(kw_record_keys_json("[1]", 3, 0, &out, &len, err, sizeof err), 1);
  CHECK_STR(err, "not a JSON object");
  CHECK_INT(kw_record_keys_json("{\"year\":\"x\"}", 12, 0, &out, &len, err, sizeof err), 1);
  CHECK_STR(err, "year is not a year");
  CHECK_INT(kw_record_keys_json("{\"year\":2E19}", 13, 0, &out, &len, err, sizeof err), 1);   /* no cast out of range (UBSan) */
  CHECK_STR(err, "year is not a year");
  /* as numbers: 김민수 and Kim, Min-Su one year apart share a key (numbers one
  ** apart); two years apart, and with another author, none */
  const char *a = "{\"title_ko\":\"판교 클러스터의 진화\",\"year\":2019,\"authors\":[\"김민수\"]}";
  const char *b = "{\"title_ko\":\"판교 클러스터의 진화\",\"year\":2020,\"authors\":[\"Kim, Min-Su\"]}";
  const char *c = "{\"title_ko\":\"판교 클러스터의 진화\",\"year\":2021,\"authors\":[\"김민수\"]}";
  const char *d = "{\"title_ko\":\"판교 클러스터의 진화\",\"year\":2019,\"authors\":[\"박지훈\"]}";
  char *ka, *kb, *kc, *kd;
  CHECK_INT(kw_record_keys_json(a, strlen(a), 0, &ka, &len, err, sizeof err), 0);
  CHECK_INT(kw_record_keys_json(b, strlen(b), 0, &kb, &len, err, sizeof err), 0);
  CHECK_INT(kw_record_keys_json(c, strlen(c), 0, &kc, &len, err, sizeof err), 0);
  CHECK_INT(kw_record_keys_json(d, strlen(d), 0, &kd, &len, err, sizeof err), 0);
  CHECK_INT(keys_meet(ka, kb), 1);
  CHECK_INT(keys_meet(kb, kc), 1);
  CHECK_INT(keys_meet(ka, kc), 0);
  CHECK_INT(keys_meet(ka, kd), 0);
  json_error_t e;
  json_t *x = json_loads(ka, 0, &e);
  CHECK_INT((int)json_array_size(x), 1);
  CHECK_INT((int)(json_integer_value(json_array_get(x, 0)) % 4096), 2019 % 4096);
  CHECK(json_integer_value(json_array_get(x, 0)) > 0);
  json_decref(x);
  free(ka);
  free(kb);
  free(kc);
  free(kd);
}

int main(void){
  test_title_keys();
  test_record_keys();
  test_doi();
  test_surnames();
  test_authors();
  test_duplicates();
  test_traps();
  test_decisions();
  test_best_fields();
  test_fields();
  return CHECK_DONE();
}
