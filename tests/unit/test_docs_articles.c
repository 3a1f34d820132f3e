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
**   kci_article_en.txt      KCI article page: skip link, Home, English title, journal, Abbr,
**                           "2019, 8(2), pp.201-219", DOI, Publisher, Research Area, English
**                           month dates, numbered authors and glued numbered affiliations,
**                           Accredited, ABSTRACT of two paragraphs, Citation status after it
**   kci_article_ko.txt      Korean title, "Skip to main content", Hangul names, an author with
**                           two affiliations "1,2", no DOI, no Accepted
**   kci_article_cut_off.txt the page ends after the DOI bullet
**   kci_issue.txt           KCI issue list: header, numbered entries, "PARK, JI-HOON", a Korean
**                           entry, the last entry cut off before its abstract
**   kci_issue_no_abstract.txt  an entry without an abstract inside the page
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

  /* a Korean page with a romanized and a Hangul author: two people */
  page = "DOI QR Code\n클러스터 정책\n  • Kim, Min-Ho (KIET) ;\n  • 이서연 (국토연구원)\n  • 발행 : 2020.01.05\n";
  CHECK_INT(lit_parse(page, strlen(page), &d), 0);
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec ){
    CHECK_INT(d.rec[0].n_author, 2);
    CHECK_STR(d.rec[0].authors, "Kim, Min-Ho; 이서연");
  }
  lit_document_free(&d);
  /* an English page whose halves are Latin then Hangul, without affiliations on the first */
  page = "DOI QR Code\nCluster Policy\n클러스터 정책\n  • Kim, Min-Ho ;\n  • 김민호 (산업연구원)\n  • Published : 2020.01.05\n";
  CHECK_INT(lit_parse(page, strlen(page), &d), 0);
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec && d.rec[0].n_author == 1 ){
    CHECK_STR(d.rec[0].author[0].name_ko, "김민호");
    CHECK_STR(d.rec[0].author[0].affiliation, "산업연구원");
  }
  CHECK_INT(d.n_rec ? d.rec[0].n_author : -1, 1);
  lit_document_free(&d);

  /* an English page whose Hangul list is shorter: the romanized people only */
  page = "DOI QR Code\nCluster Policy\n클러스터 정책\n  • Kim, Min-Ho ;\n  • Lee, Ji-Won ;\n  • 김민호\n"
         "  • Published : 2020.01.05\n";
  CHECK_INT(lit_parse(page, strlen(page), &d), 0);
  CHECK_INT(d.n_rec ? d.rec[0].n_author : -1, 2);
  CHECK_STR(d.n_rec ? d.rec[0].authors : NULL, "Kim, Min-Ho; Lee, Ji-Won");
  CHECK_STR(d.error, "record 1: the romanized and the Hangul author lists differ in length (2 and 1): "
                     "the Hangul names were not paired");
  lit_document_free(&d);

  /* a line of text between the authors and the dates: the dates are still read */
  page = "DOI QR Code\n클러스터 정책\n  • 김민호 (산업연구원)\n이 논문은 학술대회 발표문을 수정한 것이다.\n"
         "  • 투고 : 2020.01.05\n  • 발행 : 2020.03.30\n";
  CHECK_INT(lit_parse(page, strlen(page), &d), 0);
  if( d.n_rec ){
    CHECK_STR(d.rec[0].received, "2020-01-05");
    CHECK_STR(d.rec[0].published, "2020-03-30");
    CHECK_STR(d.rec[0].abstract, "이 논문은 학술대회 발표문을 수정한 것이다.");
  }
  CHECK_INT(d.n_rec, 1);
  lit_document_free(&d);

  /* a heading before each abstract */
  page = "DOI QR Code\n클러스터 정책\n  • 김민호\n  • 발행 : 2020.03.30\n초록\n한국어 초록이다.\nAbstract\nThe English abstract.\n";
  CHECK_INT(lit_parse(page, strlen(page), &d), 0);
  if( d.n_rec ){
    CHECK_STR(d.rec[0].abstract, "한국어 초록이다.\n\nThe English abstract.");
    CHECK_STR(d.rec[0].abstract_ko, "한국어 초록이다.");
    CHECK_STR(d.rec[0].abstract_foreign, "The English abstract.");
  }
  CHECK_INT(d.n_rec, 1);
  lit_document_free(&d);

  /* a header and nothing else: no record */
  page = "DOI QR코드\nDOI QR Code\n";
  CHECK_INT(lit_parse(page, strlen(page), &d), 0);
  CHECK_INT(d.format, LIT_FORMAT_KOREASCIENCE_ARTICLE);
  CHECK_INT(d.n_rec, 0);
  CHECK_STR(d.error, "the page ends before its record: no title, author or date found");
  lit_document_free(&d);
}

static void test_kci_article(void){
  {
    static const exp_record want[] = {{
      .title = "Regional Innovation Policy and Cluster Governance in Korea",
      .title_foreign = "Regional Innovation Policy and Cluster Governance in Korea",
      .authors = "Min-Ji Park; Hyun Woo Choi", .n_author = 2,
      .author = {{ "Min-Ji Park", "Park", "Min-Ji", 0, "서울대학교 지리학과" },
                 { "Hyun Woo Choi", "Choi", "Hyun Woo", 0, "국토연구원" }},
      .journal = "Journal of Regional Studies", .volume = "8", .issue = "2", .page_first = "201", .page_last = "219",
      .year = "2019",
      .abstract = "This paper examines how regional innovation policy changed the governance of industrial clusters in Korea after 2004.\n\n"
                  "The analysis compares three metropolitan clusters and finds that local networks grew where universities took part.",
      .language = "en", .type = "article-journal", .doi = "10.23456/jrs.2019.8.2.201",
      .publisher = "Korean Association of Regional Studies",
      .abstract_foreign = "This paper examines how regional innovation policy changed the governance of industrial clusters in Korea after 2004.\n\n"
                          "The analysis compares three metropolitan clusters and finds that local networks grew where universities took part.",
      .received = "2019-03-03", .accepted = "2019-04-28" }};
    check_document(FIX "kci_article_en.txt", LIT_FORMAT_KCI_ARTICLE, NULL, NULL, -1, NULL, want, 1);
  }
  {
    static const exp_record want[] = {{
      .title = "산업클러스터 정책의 지역별 성과 비교", .title_ko = "산업클러스터 정책의 지역별 성과 비교",
      .authors = "박민지; 최현우; 이서연", .n_author = 3,
      .author = {{ "박민지", "박", "민지", 0, "서울대학교 지리학과" },
                 { "최현우", "최", "현우", 0, "서울대학교 지리학과; 서울대학교 국토문제연구소" },
                 { "이서연", "이", "서연", 0, "국토연구원" }},
      .journal = "한국경제지리학회지", .volume = "24", .issue = "1", .page_first = "45", .page_last = "67", .year = "2021",
      .abstract = "본 연구는 산업클러스터 정책의 성과를 광역시도별로 비교하였다. 분석 결과 지역 간 격차가 확대되었다.",
      .language = "ko", .type = "article-journal", .publisher = "한국경제지리학회",
      .abstract_ko = "본 연구는 산업클러스터 정책의 성과를 광역시도별로 비교하였다. 분석 결과 지역 간 격차가 확대되었다.",
      .received = "2020-12-21" }};
    check_document(FIX "kci_article_ko.txt", LIT_FORMAT_KCI_ARTICLE, NULL, NULL, -1, NULL, want, 1);
  }
  {
    static const exp_record want[] = {{
      .title = "Knowledge Networks of the Daedeok Innopolis", .title_foreign = "Knowledge Networks of the Daedeok Innopolis",
      .journal = "Journal of Technology Innovation", .volume = "26", .issue = "3", .page_first = "1", .page_last = "24",
      .year = "2018", .partial = 1, .type = "article-journal", .doi = "10.14386/SIME.2018.26.3.1" }};
    check_document(FIX "kci_article_cut_off.txt", LIT_FORMAT_KCI_ARTICLE, NULL, NULL, -1,
                   "record 1 is incomplete: the page ends before its author line", want, 1);
  }
  /* a name with a digit in it is no author line; a bad date is not stored */
  lit_document d;
  const char *page = "Skip to content\n  • Home\nTitle\n  • Journal\n  • 2019, 8(2), pp.1-2\n"
                     "  • Received : Mars 3, 2019\nKim2 Minsu 1\nABSTRACT\nAn abstract of the paper.\n";
  CHECK_INT(lit_parse(page, strlen(page), &d), 0);
  CHECK_INT(d.format, LIT_FORMAT_KCI_ARTICLE);
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec ){
    CHECK_INT(d.rec[0].n_author, 0);
    CHECK_STR(d.rec[0].received, NULL);
    CHECK_STR(d.rec[0].abstract, "An abstract of the paper.");
    CHECK_INT(d.rec[0].partial, 0);
  }
  lit_document_free(&d);
}

static void test_kci_issue(void){
  {
    static const exp_record want[] = {
      { .title = "Cluster Policy and Regional Resilience in Korea", .title_foreign = "Cluster Policy and Regional Resilience in Korea",
        .authors = "Park Min-Ji; PARK, JI-HOON", .n_author = 2,
        .author = {{ "Park Min-Ji", "Park", "Min-Ji", 0 }, { "PARK, JI-HOON", "PARK", "JI-HOON", 0 }},
        .volume = "8", .issue = "2", .page_first = "101", .page_last = "117", .year = "2019",
        .abstract = "This study examines how cluster policy affected the resilience of Korean regions after the 2008 crisis.",
        .language = "en", .type = "article-journal",
        .abstract_foreign = "This study examines how cluster policy affected the resilience of Korean regions after the 2008 crisis." },
      { .title = "지역혁신체계의 진화와 정책 과제", .title_ko = "지역혁신체계의 진화와 정책 과제",
        .authors = "김민수", .n_author = 1, .author = {{ "김민수", "김", "민수", 0 }},
        .volume = "8", .issue = "2", .page_first = "119", .page_last = "140", .year = "2019",
        .abstract = "본 연구는 지역혁신체계의 진화 과정을 검토하고 정책 과제를 제시한다.", .language = "ko",
        .type = "article-journal", .abstract_ko = "본 연구는 지역혁신체계의 진화 과정을 검토하고 정책 과제를 제시한다." },
      { .title = "Smart Specialization in Provincial Economies", .title_foreign = "Smart Specialization in Provincial Economies",
        .authors = "Lee, Ji-Won; Choi Hyun-Woo", .n_author = 2,
        .author = {{ "Lee, Ji-Won", "Lee", "Ji-Won", 0 }, { "Choi Hyun-Woo", "Choi", "Hyun-Woo", 0 }},
        .volume = "8", .issue = "2", .page_first = "141", .page_last = "160", .year = "2019", .partial = 1,
        .type = "article-journal" },
    };
    check_document(FIX "kci_issue.txt", LIT_FORMAT_KCI_ISSUE, NULL, NULL, -1,
                   "record 3 is incomplete: the page ends before its abstract", want, 3);
  }
  {
    static const exp_record want[] = {
      { .title = "Editorial: Ten Years of Cluster Studies", .title_foreign = "Editorial: Ten Years of Cluster Studies",
        .authors = "KIM, SOO-JIN", .n_author = 1, .author = {{ "KIM, SOO-JIN", "KIM", "SOO-JIN", 0 }},
        .volume = "9", .issue = "1", .page_first = "1", .page_last = "3", .year = "2020", .type = "article-journal" },
      { .title = "산업단지 재생사업의 평가", .title_ko = "산업단지 재생사업의 평가",
        .authors = "한다은; 윤서진", .n_author = 2, .author = {{ "한다은", "한", "다은", 0 }, { "윤서진", "윤", "서진", 0 }},
        .volume = "9", .issue = "1", .page_first = "5", .page_last = "30", .year = "2020",
        .abstract = "산업단지 재생사업의 성과를 고용과 입주기업 수로 평가하였다.", .language = "ko", .type = "article-journal",
        .abstract_ko = "산업단지 재생사업의 성과를 고용과 입주기업 수로 평가하였다." },
    };
    check_document(FIX "kci_issue_no_abstract.txt", LIT_FORMAT_KCI_ISSUE, NULL, NULL, -1, NULL, want, 2);
  }
  /* an entry without its metadata line, and one cut after its number */
  lit_document d;
  const char *page = "2019, Vol.8, No.2\n  • 1.\nA Title\nAn abstract without a metadata line above it.\n  • 2.\n";
  CHECK_INT(lit_parse(page, strlen(page), &d), 0);
  CHECK_INT(d.format, LIT_FORMAT_KCI_ISSUE);
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec == 1 ){
    CHECK_STR(d.rec[0].abstract, "An abstract without a metadata line above it.");
    CHECK_STR(d.rec[0].year, "2019");
    CHECK_INT(d.rec[0].partial, 1);
  }
  CHECK_STR(d.error, "record 1 has no author and citation line; the page ends after the number of entry 2");
  lit_document_free(&d);
}

int main(void){
  test_koreascience_article();
  test_kci_article();
  test_kci_issue();
  test_koreascience_article_rules();
  return CHECK_DONE();
}
