/*
** The article-page readers (KoreaScience article pages, KCI article pages
** and issue lists) against the fixtures written for them from formats.md.
** Every field of every record is checked.
**
**   ksa_korean.txt          Korean page: DOI QR header, Korean then English title, romanized
**                           and Hangul authors with " ;", a nested affiliation, 투고/심사/발행,
**                           초록, Korean then English abstract
**   ksa_korean_german.txt   no header, German other-language title, one Hangul author, only
**                           발행, no 초록 line, only a Korean abstract
**   ksa_english.txt         English page: English title first, authors twice (romanized with
**                           English affiliations, then Hangul), Received/Accepted/Published,
**                           Abstract, English then Korean abstract
**   ksa_dash.txt            dash layout: journal "국문 (English)", 제9권2호, Pages., year,
**                           pISSN/eISSN, dash titles and authors, dates, 초록
**   ksa_conference.txt      conference paper: a title with a subtitle between dashes and
**                           "Published :" only
**   ksa_cut_off.txt         a Korean page that ends after its authors
**   ks_abstracts_paragraphs.txt
**                           a KoreaScience search page that kept only its abstracts, one
**                           paragraph per line: unknown
*/
#include "docs_check.h"

#define FIX "tests/fixtures/"

static void test_koreascience_article(void){
  {
    static const exp_record want[] = {{
      .title = "경기도 지역혁신클러스터의 네트워크 구조와 성과", .title_ko = "경기도 지역혁신클러스터의 네트워크 구조와 성과",
      .title_foreign = "Network Structure and Performance of Regional Innovation Clusters in Gyeonggi Province",
      .authors = "Park, Min-Ji; 이서연; Kim, Tae-Ho", .n_author = 3,
      .author = {{ "Park, Min-Ji", "Park", "Min-Ji", 0, "Department of Geography, Seoul National University" },
                 { "이서연", "이", "서연", 0, "(재)경기테크노파크 기술정책팀 (정책기획실)" },
                 { "Kim, Tae-Ho", "Kim", "Tae-Ho", 0, "Korea Institute for Industrial Economics and Trade" }},
      .year = "2019", .date = "2019-06-30",
      .abstract = "본 연구는 경기도 지역혁신클러스터의 기업 간 네트워크 구조를 분석하고 네트워크 중심성이 기업 성과에 미치는 영향을 검토하였다.\n\n"
                  "This study analyzes the inter-firm network structure of regional innovation clusters in Gyeonggi Province "
                  "and examines how network centrality affects firm performance.",
      .language = "mixed", .type = "article-journal",
      .abstract_ko = "본 연구는 경기도 지역혁신클러스터의 기업 간 네트워크 구조를 분석하고 네트워크 중심성이 기업 성과에 미치는 영향을 검토하였다.",
      .abstract_foreign = "This study analyzes the inter-firm network structure of regional innovation clusters in Gyeonggi Province "
                          "and examines how network centrality affects firm performance.",
      .received = "2019-03-03", .accepted = "2019-04-28", .published = "2019-06-30" }};
    check_document(FIX "ksa_korean.txt", LIT_FORMAT_KOREASCIENCE_ARTICLE, NULL, NULL, -1, NULL, want, 1);
  }
  {
    static const exp_record want[] = {{
      .title = "독일 바이에른주의 클러스터 정책과 지역 거버넌스", .title_ko = "독일 바이에른주의 클러스터 정책과 지역 거버넌스",
      .title_foreign = "Clusterpolitik und regionale Governance in Bayern",
      .authors = "안영진", .n_author = 1, .author = {{ "안영진", "안", "영진", 0, "전남대학교 지리학과" }},
      .year = "2016", .date = "2016-12-31",
      .abstract = "바이에른주는 1990년대 후반부터 주정부 주도의 클러스터 정책을 추진하였으며 본 논문은 그 거버넌스 구조를 검토한다.",
      .language = "ko",
      .abstract_ko = "바이에른주는 1990년대 후반부터 주정부 주도의 클러스터 정책을 추진하였으며 본 논문은 그 거버넌스 구조를 검토한다.",
      .published = "2016-12-31" }};
    check_document(FIX "ksa_korean_german.txt", LIT_FORMAT_KOREASCIENCE_ARTICLE, NULL, NULL, -1, NULL, want, 1);
  }
  {
    static const exp_record want[] = {{
      .title = "Smart Specialization and Regional Industrial Policy in Korea", .title_ko = "한국의 스마트 전문화와 지역산업정책",
      .title_foreign = "Smart Specialization and Regional Industrial Policy in Korea",
      .authors = "Choi, Hyun-Woo; Jung, Da-Eun", .n_author = 2,
      .author = {{ "Choi, Hyun-Woo", "Choi", "Hyun-Woo", 0, "Department of Urban Planning, Hanyang University", "최현우", "Choi, Hyun-Woo" },
                 { "Jung, Da-Eun", "Jung", "Da-Eun", 0, "Science and Technology Policy Institute (STEPI)", "정다은", "Jung, Da-Eun" }},
      .year = "2020", .date = "2020-12-31",
      .abstract = "This paper reviews how Korean regional industrial policy adopted smart specialization after 2018.\n\n"
                  "본 논문은 2018년 이후 한국의 지역산업정책이 스마트 전문화를 어떻게 수용하였는지 검토한다.",
      .language = "mixed", .type = "article-journal",
      .abstract_ko = "본 논문은 2018년 이후 한국의 지역산업정책이 스마트 전문화를 어떻게 수용하였는지 검토한다.",
      .abstract_foreign = "This paper reviews how Korean regional industrial policy adopted smart specialization after 2018.",
      .received = "2020-09-01", .accepted = "2020-11-15", .published = "2020-12-31" }};
    check_document(FIX "ksa_english.txt", LIT_FORMAT_KOREASCIENCE_ARTICLE, NULL, NULL, -1, NULL, want, 1);
  }
  {
    static const exp_record want[] = {{
      .title = "지역혁신체계론의 비판적 검토", .title_ko = "지역혁신체계론의 비판적 검토",
      .title_foreign = "A Critical Review of Regional Innovation Systems Theory",
      .authors = "김민수; 황보영수", .n_author = 2,
      .author = {{ "김민수", "김", "민수", 0, "서울대학교 환경대학원" }, { "황보영수", "황보", "영수", 0, "국토연구원" }},
      .journal = "한국지역개발학회지", .volume = "9", .issue = "2", .page_first = "101", .page_last = "118",
      .year = "2011", .date = "2011-06-30",
      .abstract = "지역혁신체계론은 1990년대 이후 지역정책의 이론적 근거가 되었으나 그 경험적 기반은 취약하다.\n\n"
                  "Regional innovation systems theory has guided regional policy since the 1990s, but its empirical basis is weak.",
      .language = "mixed", .type = "article-journal",
      .journal_ko = "한국지역개발학회지", .journal_foreign = "Journal of the Korean Regional Development Association",
      .issn = "1234-5678", .eissn = "2345-6789",
      .abstract_ko = "지역혁신체계론은 1990년대 이후 지역정책의 이론적 근거가 되었으나 그 경험적 기반은 취약하다.",
      .abstract_foreign = "Regional innovation systems theory has guided regional policy since the 1990s, but its empirical basis is weak.",
      .received = "2011-03-02", .accepted = "2011-04-15", .published = "2011-06-30" }};
    check_document(FIX "ksa_dash.txt", LIT_FORMAT_KOREASCIENCE_ARTICLE, NULL, NULL, -1, NULL, want, 1);
  }
  {
    static const exp_record want[] = {{
      .title = "일본의 산업 클러스터 계획 -TAMA 클러스터의 사례를 중심으로-",
      .title_ko = "일본의 산업 클러스터 계획 -TAMA 클러스터의 사례를 중심으로-",
      .year = "2005", .date = "2005-08-25", .type = "paper-conference", .published = "2005-08-25" }};
    check_document(FIX "ksa_conference.txt", LIT_FORMAT_KOREASCIENCE_ARTICLE, NULL, NULL, -1, NULL, want, 1);
  }
  {
    static const exp_record want[] = {{
      .title = "산업단지 구조고도화 사업의 성과 평가", .title_ko = "산업단지 구조고도화 사업의 성과 평가",
      .title_foreign = "Evaluating the Performance of the Industrial Complex Upgrading Program",
      .authors = "한다은; 윤서진", .n_author = 2,
      .author = {{ "한다은", "한", "다은", 0, "산업연구원" }, { "윤서진", "윤", "서진", 0, "한국산업단지공단" }},
      .partial = 1 }};
    check_document(FIX "ksa_cut_off.txt", LIT_FORMAT_KOREASCIENCE_ARTICLE, NULL, NULL, -1,
                   "record 1 is incomplete: the page ends before its dates", want, 1);
  }
  check_document(FIX "ks_abstracts_paragraphs.txt", LIT_FORMAT_UNKNOWN, NULL, NULL, -1,
                 "a koreascience search page with only abstracts (3 lines of text, one paragraph per line) and "
                 "no record lines (no author, bibliographic or abstract bullets): not a result list", NULL, 0);
}

/* Shapes the fixtures do not show. */
static void test_koreascience_article_rules(void){
  lit_document d;
  /* the dash layout with "제9권 제2호", plain-line titles and a page cut after 초록 */
  const char *page = "- 지역연구 (Journal of Regional Studies)\n- 제12권 제3호\n- Pages.5\n"
                     "클러스터의 진화\nThe Evolution of Clusters\n- Kim, Min-Ho (KIET) ;\n- Lee, Ji-Won\n"
                     "- 투고 : 2020.1.5\n초록\n";
  CHECK_INT(lit_parse(page, strlen(page), &d), 0);
  CHECK_INT(d.format, LIT_FORMAT_KOREASCIENCE_ARTICLE);
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec ){
    lit_record *r = &d.rec[0];
    CHECK_STR(r->journal, "지역연구");
    CHECK_STR(r->journal_foreign, "Journal of Regional Studies");
    CHECK_STR(r->volume, "12");
    CHECK_STR(r->issue, "3");
    CHECK_STR(r->page_first, "5");
    CHECK_STR(r->page_last, NULL);
    CHECK_STR(r->title_ko, "클러스터의 진화");
    CHECK_STR(r->title_foreign, "The Evolution of Clusters");
    CHECK_INT(r->n_author, 2);
    if( r->n_author == 2 ){
      CHECK_STR(r->author[0].affiliation, "KIET");
      CHECK_STR(r->author[1].name, "Lee, Ji-Won");
      CHECK_STR(r->author[1].affiliation, NULL);
    }
    CHECK_STR(r->received, "2020-01-05");
    CHECK_STR(r->year, NULL);
    CHECK_INT(r->partial, 1);
  }
  CHECK_STR(d.error, "record 1 is incomplete: the page ends after its abstract heading");
  lit_document_free(&d);

  /* authors twice but the halves in the same script: four people, not paired */
  page = "DOI QR Code\nTitle of a Paper\n  • Kim, Min-Ho ;\n  • Lee, Ji-Won ;\n  • Park, Su-Jin ;\n  • Choi, Da-Eun\n"
         "  • Received : 2020.01.05\n";
  CHECK_INT(lit_parse(page, strlen(page), &d), 0);
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec ){
    CHECK_INT(d.rec[0].n_author, 4);
    if( d.rec[0].n_author == 4 ) CHECK_STR(d.rec[0].author[0].name_ko, NULL);
    CHECK_STR(d.rec[0].type, "article-journal");
  }
  lit_document_free(&d);

  /* a header and nothing else: no record */
  page = "DOI QR코드\nDOI QR Code\n";
  CHECK_INT(lit_parse(page, strlen(page), &d), 0);
  CHECK_INT(d.format, LIT_FORMAT_KOREASCIENCE_ARTICLE);
  CHECK_INT(d.n_rec, 0);
  CHECK_STR(d.error, "the page ends before its record: no title, author or date found");
  lit_document_free(&d);
}

int main(void){
  test_koreascience_article();
  test_koreascience_article_rules();
  return CHECK_DONE();
}
