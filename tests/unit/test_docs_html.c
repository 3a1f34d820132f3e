/*
** The html_meta reader (ext/docs/parse_html_meta.c) against its fixtures and
** small pages written inline. Every field of every record is checked,
** including the fields of the second wave (type, journal_ko, doi, issn,
** keywords, both abstracts, published, url; affiliation, name_ko,
** name_latin).
**
**   html_kci_lang_twins.html       KCI: every tag twice, with lang="en" and without;
**                                  citation_author_institution; DOI as https://doi.org/
**   html_koreascience.html         KoreaScience: "English (한국어)" title, "Park, Jae-Su",
**                                  2013.11, Vol.19 / No.4, doi:, two citation_issn,
**                                  "산업클러스터(industrial cluster)" keywords, canonical link
**   html_dbpia.html                DBpia: "[논문]" kind, authors joined by ";" with a
**                                  trailing ";", firstpage "33-58", og:url; "</head>" in a style
**   html_publisher_dc_prism.html   DC.* and prism.* only, entities, XML declaration
**   html_jsonld.html               JSON-LD ScholarlyArticle in the head, isPartOf chain
**   html_jsonld_graph.html         JSON-LD @graph in the body
**   html_search_results.html       three citation_title: not one record
**   html_home_og_only.html         og:title only: no record
**   html_euckr.html                EUC-KR bytes, meta charset=euc-kr
**   html_chrome_qp.mhtml           Chrome "Webpage, single file", quoted-printable, CRLF
**   html_ie_base64_euckr.mhtml     an .mht with a base64 part in ks_c_5601-1987; a report
**   html_cut_off.html              ends inside an attribute of the head
*/
#include "docs_check.h"
#include "docs/docs_internal.h"
#include <time.h>

#define FIX "tests/fixtures/"

typedef struct exp_person { const char *affiliation, *name_ko, *name_latin; } exp_person;

/* The fields exp_record does not hold; keywords joined by " | ". */
typedef struct exp_html {
  exp_record r;
  exp_person person[6];
  const char *type, *journal_ko, *journal_foreign, *doi, *issn, *eissn, *publisher, *keywords;
  const char *abstract_ko, *abstract_foreign, *received, *accepted, *published, *url, *source_id;
} exp_html;

static void check_html_record(const char *where, const lit_record *r, const exp_html *e){
  /* check_record (docs_check.h) checks every field: the second wave's come
  ** from exp_html, its keywords joined with " | " there and "|" here */
  exp_record full = e->r;
  for( int i = 0; i < e->r.n_author && i < 6; i++ ){
    full.author[i].affiliation = e->person[i].affiliation;
    full.author[i].name_ko = e->person[i].name_ko;
    full.author[i].name_latin = e->person[i].name_latin;
  }
  char kw[1024] = "";
  if( e->keywords ){
    for( const char *p = e->keywords; *p && strlen(kw) + 2 < sizeof kw; ){
      if( strncmp(p, " | ", 3) == 0 ){ strcat(kw, "|"); p += 3; }
      else{ strncat(kw, p, 1); p++; }
    }
  }
  full.type = e->type; full.journal_ko = e->journal_ko; full.journal_foreign = e->journal_foreign;
  full.doi = e->doi; full.issn = e->issn; full.eissn = e->eissn; full.publisher = e->publisher;
  full.keywords = e->keywords ? kw : NULL;
  full.abstract_ko = e->abstract_ko; full.abstract_foreign = e->abstract_foreign;
  full.received = e->received; full.accepted = e->accepted; full.published = e->published;
  full.url = e->url; full.source_id = e->source_id;
  check_record(where, r, &full);
}

static void check_html_doc(const char *where, const lit_document *d, lit_format format, const char *error,
                           const exp_html *e){
  int failed_before = check_failed;
  CHECK_INT(d->format, format);
  CHECK_STR(d->error, error);
  CHECK_INT(d->n_rec, e ? 1 : 0);
  if( check_failed != failed_before ) fprintf(stderr, "  ^ in %s\n", where);
  if( e && d->n_rec == 1 ){
    CHECK_INT(d->rec[0].ordinal, 1);
    check_html_record(where, &d->rec[0], e);
  }
}

static void check_html_file(const char *path, lit_format format, const char *error, const exp_html *e){
  parsed_file f = parse_file(path);
  if( !f.ok ) return;
  check_html_doc(path, &f.doc, format, error, e);
  parsed_file_free(&f);
}

/* Parses a page written inline (already UTF-8). */
static void check_html_text(const char *where, const char *page, lit_format format, const char *error,
                            const exp_html *e){
  lit_document d;
  CHECK_INT(lit_parse(page, strlen(page), &d), 0);
  check_html_doc(where, &d, format, error, e);
  lit_document_free(&d);
}

static void test_fixtures(void){
  {
    static const exp_html e = {
      .r = { .title = "지역혁신체계의 진화와 클러스터 정책: 경기도 사례를 중심으로",
             .title_ko = "지역혁신체계의 진화와 클러스터 정책: 경기도 사례를 중심으로",
             .title_foreign = "The Evolution of Regional Innovation Systems and Cluster Policy: The Case of Gyeonggi Province",
             .authors = "김민수; 이지은", .n_author = 2,
             .author = { { "김민수", "김", "민수", 0 }, { "이지은", "이", "지은", 0 } },
             .journal = "한국경제지리학회지", .volume = "22", .issue = "2", .page_first = "201", .page_last = "219",
             .year = "2019",
             .abstract = "본 연구는 경기도 지역혁신체계의 진화 과정을 분석하고 클러스터 정책의 성과를 평가하였다.\n\n"
                         "This study analyzes the evolution of the regional innovation system of Gyeonggi Province "
                         "and evaluates its cluster policy.",
             .language = "ko", .has_pdf = 1 },
      .person = { { "서울대학교 지리학과", "김민수", "Min-Su Kim" }, { NULL, "이지은", "Ji-Eun Lee" } },
      .type = "article-journal", .journal_ko = "한국경제지리학회지",
      .journal_foreign = "Journal of the Economic Geographical Society of Korea",
      .doi = "10.23841/egsk.2019.22.2.201", .issn = "1226-1289", .publisher = "한국경제지리학회",
      .keywords = "지역혁신체계 | 클러스터 정책 | 경기도 | regional innovation system | cluster policy | Gyeonggi Province",
      .abstract_ko = "본 연구는 경기도 지역혁신체계의 진화 과정을 분석하고 클러스터 정책의 성과를 평가하였다.",
      .abstract_foreign = "This study analyzes the evolution of the regional innovation system of Gyeonggi Province "
                          "and evaluates its cluster policy.",
      .published = "2019-06",
      .url = "https://www.kci.go.kr/kciportal/ci/sereArticleSearch/ciSereArtiView.kci?sereArticleSearchBean.artiId=ART002480001",
      .source_id = "ART002480001",
    };
    check_html_file(FIX "html_kci_lang_twins.html", LIT_FORMAT_HTML_META, NULL, &e);
  }
  {
    static const exp_html e = {
      .r = { .title = "Industrial Clusters and Knowledge Spillovers in Daedeok (대덕 산업클러스터와 지식파급)",
             .title_ko = "대덕 산업클러스터와 지식파급",
             .title_foreign = "Industrial Clusters and Knowledge Spillovers in Daedeok",
             .authors = "Park, Jae-Su; Choi, Ji-Won", .n_author = 2,
             .author = { { "Park, Jae-Su", "Park", "Jae-Su", 0 }, { "Choi, Ji-Won", "Choi", "Ji-Won", 0 } },
             .journal = "Journal of Regional Studies", .volume = "19", .issue = "4", .page_first = "52",
             .page_last = "59", .year = "2013",
             .abstract = "This paper estimates knowledge spillovers among firms in the Daedeok cluster using patent "
                         "citations & surveys.\n\n이 논문은 특허 인용과 설문으로 대덕 클러스터 기업 간 지식파급을 추정한다.",
             .language = "mixed" },
      .type = "article-journal", .doi = "10.5392/JRS.2013.19.4.052", .issn = "1225-6285", .eissn = "2288-5625",
      .publisher = "Korean Regional Science Association",
      .keywords = "산업클러스터 | industrial cluster | 지식파급 | knowledge spillover | 대덕",
      .abstract_ko = "이 논문은 특허 인용과 설문으로 대덕 클러스터 기업 간 지식파급을 추정한다.",
      .abstract_foreign = "This paper estimates knowledge spillovers among firms in the Daedeok cluster using patent "
                          "citations & surveys.",
      .published = "2013-11", .url = "https://koreascience.kr/article/JAKO201334567890123.page",
      .source_id = "JAKO201334567890123",
    };
    check_html_file(FIX "html_koreascience.html", LIT_FORMAT_HTML_META, NULL, &e);
  }
  {
    static const exp_html e = {
      .r = { .title = "판교 테크노밸리의 혁신 네트워크와 벤처 생태계", .title_ko = "판교 테크노밸리의 혁신 네트워크와 벤처 생태계",
             .authors = "남궁민수; 황보지연; Lee, Sang-Ho", .n_author = 3,
             .author = { { "남궁민수", "남궁", "민수", 0 }, { "황보지연", "황보", "지연", 0 },
                         { "Lee, Sang-Ho", "Lee", "Sang-Ho", 0 } },
             .journal = "지역연구", .volume = "37", .issue = "1", .page_first = "33", .page_last = "58",
             .year = "2021", .date = "2021-03-30" },
      .type = "article-journal", .publisher = "한국지역학회", .keywords = "혁신 네트워크 | 벤처 생태계 | 판교",
      .published = "2021-03-30", .url = "https://www.dbpia.co.kr/journal/articleDetail?nodeId=NODE10543210",
    };
    check_html_file(FIX "html_dbpia.html", LIT_FORMAT_HTML_META, NULL, &e);
  }
  {
    static const exp_html e = {
      .r = { .title = "Smart Specialisation and Cluster Policy in Baden-Württemberg",
             .title_foreign = "Smart Specialisation and Cluster Policy in Baden-Württemberg",
             .authors = "Müller, Anna; Ahn, Young-Jin", .n_author = 2,
             .author = { { "Müller, Anna", "Müller", "Anna", 0 }, { "Ahn, Young-Jin", "Ahn", "Young-Jin", 0 } },
             .journal = "Regional Science Review", .volume = "52", .issue = "7", .page_first = "1123",
             .page_last = "1140", .year = "2018", .date = "2018-07-15",
             .abstract = "We compare the cluster policies of Baden-Württemberg and Korea's regions since 2000.",
             .language = "en" },
      .type = "article-journal", .doi = "10.1016/j.rsr.2018.07.004", .issn = "0034-3404", .eissn = "1360-0591",
      .publisher = "Example Academic Press", .keywords = "smart specialisation | cluster policy | Germany",
      .abstract_foreign = "We compare the cluster policies of Baden-Württemberg and Korea's regions since 2000.",
      .published = "2018-07-15", .url = "https://journals.example.org/doi/10.1016/j.rsr.2018.07.004",
    };
    check_html_file(FIX "html_publisher_dc_prism.html", LIT_FORMAT_HTML_META, NULL, &e);
  }
  {
    static const exp_html e = {
      .r = { .title = "클러스터 정책의 평가: 이론과 방법", .title_ko = "클러스터 정책의 평가: 이론과 방법",
             .title_foreign = "Evaluating Cluster Policy: Theory and Methods",
             .authors = "정태훈; Han, Seo-Yeon", .n_author = 2,
             .author = { { "정태훈", "정", "태훈", 0 }, { "Han, Seo-Yeon", "Han", "Seo-Yeon", 0 } },
             .journal = "산업경제연구", .volume = "31", .issue = "4", .page_first = "1601", .page_last = "1624",
             .year = "2016", .date = "2016-12-31",
             .abstract = "본 연구는 클러스터 정책 평가의 이론과 방법을 정리하였다.", .language = "ko" },
      .person = { { "산업연구원", NULL, NULL } },
      .type = "article-journal", .doi = "10.22793/KIEA.2016.31.4.1601", .issn = "1229-3431", .eissn = "2713-8372",
      .publisher = "한국산업경제학회", .keywords = "클러스터 정책 | cluster policy | 정책 평가",
      .abstract_ko = "본 연구는 클러스터 정책 평가의 이론과 방법을 정리하였다.", .published = "2016-12-31",
      .url = "https://example.re.kr/articles/1601",
    };
    check_html_file(FIX "html_jsonld.html", LIT_FORMAT_HTML_META, NULL, &e);
  }
  {
    static const exp_html e = {
      .r = { .title = "Technology Transfer and University-Industry Linkages in Changwon",
             .title_foreign = "Technology Transfer and University-Industry Linkages in Changwon",
             .authors = "Yoon, Hee-Jin", .n_author = 1, .author = { { "Yoon, Hee-Jin", "Yoon", "Hee-Jin", 0 } },
             .year = "2020", .abstract = "A study of technology transfer offices in Changwon's machinery cluster.",
             .language = "en" },
      .doi = "10.1234/cw.2020.5", .keywords = "technology transfer | university-industry linkages",
      .abstract_foreign = "A study of technology transfer offices in Changwon's machinery cluster.",
      .published = "2020-05",
    };
    check_html_file(FIX "html_jsonld_graph.html", LIT_FORMAT_HTML_META, NULL, &e);
  }
  check_html_file(FIX "html_search_results.html", LIT_FORMAT_UNKNOWN,
    "a page listing several articles (3 citation_title tags): a search result or table of contents is not one record", NULL);
  check_html_file(FIX "html_home_og_only.html", LIT_FORMAT_UNKNOWN,
    "an HTML page without citation_*, DC.* or prism.* meta tags nor a JSON-LD ScholarlyArticle (it has only og:* tags): "
    "not a record", NULL);
  {
    static const exp_html e = {
      .r = { .title = "산업단지와 지역 고용: 구미 사례", .title_ko = "산업단지와 지역 고용: 구미 사례",
             .authors = "최서연; 강지훈", .n_author = 2,
             .author = { { "최서연", "최", "서연", 0 }, { "강지훈", "강", "지훈", 0 } },
             .journal = "국토연구", .volume = "62", .year = "2009" },
      .type = "article-journal", .keywords = "산업단지 | 지역 고용 | 구미", .published = "2009-08",
    };
    parsed_file f = parse_file(FIX "html_euckr.html");
    CHECK_STR(f.text.encoding, "euc-kr");
    parsed_file_free(&f);
    check_html_file(FIX "html_euckr.html", LIT_FORMAT_HTML_META, NULL, &e);
  }
  {
    static const exp_html e = {
      .r = { .title = "춘천 지역의 창조경제 현황과 시사점", .title_ko = "춘천 지역의 창조경제 현황과 시사점",
             .authors = "오현우", .n_author = 1, .author = { { "오현우", "오", "현우", 0 } },
             .journal = "강원연구", .volume = "9", .issue = "1", .page_first = "7", .page_last = "30",
             .year = "2015", .date = "2015-02-27",
             .abstract = "이 글은 춘천 지역 창조경제 정책의 현황을 점검하고 시사점을 제시한다. 정책의 성과는 아직 제한적이다.",
             .language = "ko" },
      .type = "article-journal",
      .abstract_ko = "이 글은 춘천 지역 창조경제 정책의 현황을 점검하고 시사점을 제시한다. 정책의 성과는 아직 제한적이다.",
      .published = "2015-02-27", .url = "https://example.re.kr/article/view/1234",
    };
    check_html_file(FIX "html_chrome_qp.mhtml", LIT_FORMAT_HTML_META, NULL, &e);
  }
  {
    static const exp_html e = {
      .r = { .title = "울산 자동차 공급망의 재편", .title_ko = "울산 자동차 공급망의 재편", .authors = "윤서준",
             .n_author = 1, .author = { { "윤서준", "윤", "서준", 0 } }, .year = "2011" },
      .type = "report", .publisher = "산업연구원", .url = "https://www.example.re.kr/report/2011-07.html",
    };
    check_html_file(FIX "html_ie_base64_euckr.mhtml", LIT_FORMAT_HTML_META, NULL, &e);
  }
  {
    static const exp_html e = {
      .r = { .title = "균형발전 정책의 회고와 과제", .title_ko = "균형발전 정책의 회고와 과제", .authors = "임하늘",
             .n_author = 1, .author = { { "임하늘", "임", "하늘", 0 } }, .journal = "지역발전연구", .volume = "31",
             .year = "2022", .date = "2022-09-15", .partial = 1 },
      .type = "article-journal", .published = "2022-09-15",
    };
    check_html_file(FIX "html_cut_off.html", LIT_FORMAT_HTML_META,
      "record 1 is incomplete: the page ends before </body> or </html> (cut off)", &e);
  }
}

/* What the detector claims, and what it leaves to the other readers. */
static void test_detect(void){
  static const struct { const char *text; int score; } cases[] = {
    { "<!DOCTYPE html>\n<html><head>", 2 },
    { "<!doctype HTML><title>x</title>", 2 },
    { "\n\n  <!-- saved from url=(0030)https://www.kci.go.kr/ -->\n<html lang=\"ko\">", 2 },
    { "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">", 2 },
    { "<HEAD><META name=citation_title content=x>", 2 },
    { "<meta charset=\"utf-8\">", 2 },
    { "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"b\"\n\n--b\n", 2 },
    { "From: <Saved by Blink>\nMIME-Version: 1.0\nContent-Type: Multipart/Related;\n\ttype=\"text/html\"\n\n", 2 },
    { "MIME-Version: 1.0\nContent-Type: text/plain\n\nhello", 0 },
    { "Content-Type: multipart/related; boundary=b\n\n", 0 },
    { "Research ReportsKIET Korea Institute for Industrial Economics and Trade\n<html>", 0 },
    { "The <html> element is the root of a page.", 0 },
    { "<htmlx>", 0 },
    { "<!-- a comment that never ends", 0 },
    { "  • Title/Summary/Keyword: 클러스터\nSearch Result 3, Processing Time 0.1 seconds\n", 0 },
    { "", 0 },
  };
  for( size_t i = 0; i < sizeof cases / sizeof cases[0]; i++ ){
    int got = lit_detect_html_meta(cases[i].text, strlen(cases[i].text));
    if( got != cases[i].score ) fprintf(stderr, "detect case %zu: \"%s\"\n", i, cases[i].text);
    CHECK_INT(got, cases[i].score);
  }
}

#define HEAD "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
#define TAIL "</head><body><p>text</p></body></html>"

static void test_rules(void){
  /* twins with different numbers of authors: no pairing, said in the error */
  {
    static const exp_html e = {
      .r = { .title = "산학협력과 지역 혁신", .title_ko = "산학협력과 지역 혁신",
             .title_foreign = "University-Industry Cooperation and Regional Innovation",
             .authors = "김하늘; 박서준", .n_author = 2,
             .author = { { "김하늘", "김", "하늘", 0 }, { "박서준", "박", "서준", 0 } } },
    };
    check_html_text("unpaired twins", HEAD
      "<meta name=\"citation_title\" lang=\"en\" content=\"University-Industry Cooperation and Regional Innovation\">"
      "<meta name=\"citation_title\" content=\"산학협력과 지역 혁신\">"
      "<meta name=\"citation_author\" content=\"김하늘\"><meta name=\"citation_author\" content=\"박서준\">"
      "<meta name=\"citation_author\" lang=\"en\" content=\"Ha-Neul Kim\">" TAIL, LIT_FORMAT_HTML_META,
      "record 1: 2 authors in the page's language and 1 in another: the other names are not paired", &e);
  }
  /* dates: year only, a month, a day with a time; an impossible month gives nothing and the next tag is read */
  {
    static const exp_html e = { .r = { .title = "A", .title_foreign = "A", .year = "2013" } };
    check_html_text("year", HEAD "<meta name=citation_title content=A><meta name=citation_date content=2013>" TAIL,
                    LIT_FORMAT_HTML_META, NULL, &e);
  }
  {
    static const exp_html e = { .r = { .title = "A", .title_foreign = "A", .year = "2014", .date = "2014-03-09" },
                                .published = "2014-03-09" };
    check_html_text("date and time", HEAD "<meta name=citation_title content=A>"
      "<meta name=citation_publication_date content=\"2013-13\">"
      "<meta name=prism.publicationDate content=\"2014-03-09T10:00:00+09:00\">" TAIL, LIT_FORMAT_HTML_META, NULL, &e);
  }
  /* a thesis: the university is the publisher; a bracketed kind that is only a label */
  {
    static const exp_html e = {
      .r = { .title = "창원 기계산업 클러스터의 진화", .title_ko = "창원 기계산업 클러스터의 진화", .authors = "서지민",
             .n_author = 1, .author = { { "서지민", "서", "지민", 0 } }, .year = "2012" },
      .type = "thesis", .publisher = "경남대학교 대학원",
    };
    check_html_text("thesis", HEAD "<meta name=citation_title content=\"[특집] 창원 기계산업 클러스터의 진화\">"
      "<meta name=citation_author content=\"서지민;\"><meta name=citation_publication_date content=2012>"
      "<meta name=citation_dissertation_institution content=\"경남대학교 대학원\">" TAIL, LIT_FORMAT_HTML_META, NULL, &e);
  }
  /* a conference paper; a bracketed kind that tells a type gives way to the tags */
  {
    static const exp_html e = {
      .r = { .title = "Innovation Networks in Busan", .title_foreign = "Innovation Networks in Busan",
             .journal = "Proceedings of the Technology Innovation Conference", .year = "2005" },
      .type = "paper-conference",
    };
    check_html_text("conference", HEAD "<meta name=citation_title content=\"[보고서] Innovation Networks in Busan\">"
      "<meta name=citation_conference_title content=\"Proceedings of the Technology Innovation Conference\">"
      "<meta name=citation_date content=2005>" TAIL, LIT_FORMAT_HTML_META, NULL, &e);
  }
  {
    static const exp_html e = { .r = { .title = "지역 거버넌스", .title_ko = "지역 거버넌스" }, .type = "report" };
    check_html_text("kind", HEAD "<meta name=citation_title content=\"[보고서] 지역 거버넌스\">" TAIL,
                    LIT_FORMAT_HTML_META, NULL, &e);
  }
  /* "</head>" inside a script of the head does not end it */
  {
    static const exp_html e = { .r = { .title = "B", .title_foreign = "B" }, .doi = "10.1/b" };
    check_html_text("script", HEAD "<script>var s = '</head><body>';</script>"
      "<meta name=citation_title content=B><meta name=citation_doi content=\"DOI: 10.1/b\">" TAIL,
      LIT_FORMAT_HTML_META, NULL, &e);
  }
  /* a tracking pixel in <noscript> and a stray <div> before the tags: gumbo
  ** ends the head there, the tags are read all the same */
  {
    static const exp_html e = { .r = { .title = "G", .title_foreign = "G", .authors = "Kim, Min-Su", .n_author = 1,
                                       .author = { { "Kim, Min-Su", "Kim", "Min-Su", 0 } } } };
    check_html_text("noscript", HEAD "<noscript><img height=\"1\" src=\"https://example.com/px?id=1\"></noscript>"
      "<div id=\"fb-root\"></div><meta name=citation_title content=G>"
      "<meta name=citation_author content=\"Kim, Min-Su\">" TAIL, LIT_FORMAT_HTML_META, NULL, &e);
  }
  /* the KCI id from the PDF link when the page gives no url; a short id is none */
  {
    static const exp_html e = { .r = { .title = "H", .title_foreign = "H", .has_pdf = 1 }, .source_id = "ART001234567" };
    check_html_text("pdf id", HEAD "<meta name=citation_title content=H><meta name=citation_pdf_url "
      "content=\"https://www.kci.go.kr/x.kci?artiId=ART001234567&amp;a=1\">" TAIL, LIT_FORMAT_HTML_META, NULL, &e);
  }
  {
    static const exp_html e = { .r = { .title = "I", .title_foreign = "I" },
                                .url = "https://www.kci.go.kr/x.kci?artiId=ART00123" };
    check_html_text("short id", HEAD "<meta name=citation_title content=I><meta name=citation_abstract_html_url "
      "content=\"https://www.kci.go.kr/x.kci?artiId=ART00123\">" TAIL, LIT_FORMAT_HTML_META, NULL, &e);
  }
  /* a third ISSN is named in the error, cut at a character boundary */
  {
    static const exp_html e = { .r = { .title = "J", .title_foreign = "J" }, .issn = "1234-5678", .eissn = "2345-6789" };
    check_html_text("third issn", HEAD "<meta name=citation_title content=J><meta name=citation_issn content=1234-5678>"
      "<meta name=citation_issn content=2345-6789><meta name=citation_issn content=\"1111-가가가가가가가\">" TAIL,
      LIT_FORMAT_HTML_META, "record 1: a third ISSN 1111-가가가가가 is not kept", &e);
  }
  /* no title, DC.title alone, several JSON-LD articles, bad JSON-LD */
  check_html_text("no title", HEAD "<meta name=citation_author content=\"Kim, Min-Su\">" TAIL, LIT_FORMAT_UNKNOWN,
    "an HTML page with citation_*, DC.* or prism.* meta tags but no title among them (citation_title or DC.title): "
    "not a record", NULL);
  check_html_text("DC.title only", HEAD "<meta name=\"DC.title\" content=\"한국과학기술정보연구원\">"
    "<meta name=\"DC.language\" content=\"ko\">" TAIL, LIT_FORMAT_UNKNOWN,
    "an HTML page whose DC.* tags give a title but no author, date, journal or DOI: not an article", NULL);
  check_html_text("two ScholarlyArticle", HEAD "<script type=\"application/ld+json\">[{\"@type\":\"ScholarlyArticle\","
    "\"name\":\"A\"},{\"@type\":\"ScholarlyArticle\",\"name\":\"B\"}]</script>" TAIL, LIT_FORMAT_UNKNOWN,
    "a page listing several articles (2 JSON-LD ScholarlyArticle objects): a search result or table of contents "
    "is not one record", NULL);
  check_html_text("bad JSON-LD", HEAD "<script type=\"application/ld+json\">{\"@type\": \"ScholarlyArticle\",</script>"
    TAIL, LIT_FORMAT_UNKNOWN,
    "a JSON-LD script is not valid JSON (line 1: string or '}' expected near end of file); an HTML page without "
    "citation_*, DC.* or prism.* meta tags nor a JSON-LD ScholarlyArticle: not a record", NULL);
  /* the same title twice (a site that repeats its tags) is one record */
  {
    static const exp_html e = { .r = { .title = "C", .title_foreign = "C" } };
    check_html_text("repeated", HEAD "<meta name=citation_title content=C><meta name=CITATION_TITLE content=\" C \">"
                    TAIL, LIT_FORMAT_HTML_META, NULL, &e);
  }
}

static void test_mhtml(void){
  /* a declared charset that is not Korean: windows-1252, quoted-printable */
  {
    static const exp_html e = {
      .r = { .title = "Clusters in Württemberg", .title_foreign = "Clusters in Württemberg",
             .authors = "Müller, Jörg", .n_author = 1, .author = { { "Müller, Jörg", "Müller", "Jörg", 0 } } },
      .url = "https://example.de/a",
    };
    check_html_text("windows-1252 part", "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"XX\"\n\n"
      "--XX\nContent-Type: text/html; charset=windows-1252\nContent-Transfer-Encoding: quoted-printable\n"
      "Content-Location: https://example.de/a\n\n"
      "<html><head><meta name=3D\"citation_title\" content=3D\"Clusters in W=FCrttemberg\">\n"
      "<meta name=3D\"citation_author\" content=3D\"M=FCller, J=F6rg\"></head><body></body></html>\n--XX--\n",
      LIT_FORMAT_HTML_META, NULL, &e);
  }
  /* the file ends inside the HTML part */
  {
    static const exp_html e = { .r = { .title = "D", .title_foreign = "D", .partial = 1 } };
    check_html_text("cut MHTML", "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=XX\n\n--XX\n"
      "Content-Type: text/html\n\n<html><head><meta name=citation_title content=D></head><body></body></html>\n",
      LIT_FORMAT_HTML_META, "record 1 is incomplete: the MHTML file ends inside its HTML part (cut off)", &e);
  }
  check_html_text("no html part", "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=XX\n\n--XX\n"
    "Content-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--XX--\n", LIT_FORMAT_UNKNOWN,
    "an MHTML file without a text/html part", NULL);
  check_html_text("no boundary", "MIME-Version: 1.0\nContent-Type: multipart/related\n\n<html>", LIT_FORMAT_UNKNOWN,
    "an MHTML file without a boundary in its Content-Type header: no part to read", NULL);
  check_html_text("base64 not text", "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=XX\n\n--XX\n"
    "Content-Type: text/html\nContent-Transfer-Encoding: base64\n\nAAAAAAAA\n--XX--\n", LIT_FORMAT_UNKNOWN,
    "the HTML part of the MHTML file is not text: binary file: NUL byte at offset 0", NULL);
}

/* Pages that would make gumbo slow if it read their bodies. */
static void test_hostile(void){
  size_t reps = 200000;
  const char *open = "<div>";
  size_t n = strlen(HEAD) + 200 + reps * strlen(open);
  char *p = malloc(n);
  CHECK(p != NULL);
  if( !p ) return;
  strcpy(p, HEAD "<meta name=citation_title content=E></head><body>");
  size_t len = strlen(p);
  for( size_t i = 0; i < reps; i++ ){ memcpy(p + len, open, 5); len += 5; }
  clock_t t0 = clock();
  lit_document d;
  CHECK_INT(lit_parse(p, len, &d), 0);
  CHECK_INT(d.n_rec, 1);
  CHECK_INT(d.rec[0].partial, 1);  /* no </body> or </html> */
  lit_document_free(&d);
  /* no </head> and no <body>: the head ends at the 65th <div> */
  memcpy(p + strlen(HEAD "<meta name=citation_title content=E>"), "       ", 7);
  CHECK_INT(lit_parse(p, len, &d), 0);
  CHECK_INT(d.n_rec, 1);
  lit_document_free(&d);
  /* the same nesting without any tag of ours: searched for JSON-LD, not parsed */
  memcpy(p + strlen(HEAD), "<meta name=x content=E>", 23);
  CHECK_INT(lit_parse(p, len, &d), 0);
  CHECK_INT(d.n_rec, 0);
  lit_document_free(&d);
  if( getenv("KOLIT_TEST_TIMES") ) fprintf(stderr, "nested divs: %.2f s\n", (double)(clock() - t0) / CLOCKS_PER_SEC);
  free(p);
  /* 100,000 authors in one head */
  size_t m = 100000;
  p = malloc(m * 60 + 200);
  CHECK(p != NULL);
  if( !p ) return;
  strcpy(p, HEAD "<meta name=citation_title content=F>");
  len = strlen(p);
  for( size_t i = 0; i < m; i++ ) len += (size_t)sprintf(p + len, "<meta name=citation_author content=\"김%zu\">", i % 10);
  strcpy(p + len, TAIL);
  len += strlen(TAIL);
  CHECK_INT(lit_parse(p, len, &d), 0);
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec ) CHECK_INT(d.rec[0].n_author, (long long)m);
  lit_document_free(&d);
  free(p);
}


static void test_out_of_memory(void){
  static const char *const files[] = { "html_kci_lang_twins.html", "html_koreascience.html", "html_dbpia.html",
    "html_publisher_dc_prism.html", "html_jsonld.html", "html_jsonld_graph.html", "html_search_results.html",
    "html_home_og_only.html", "html_chrome_qp.mhtml", "html_ie_base64_euckr.mhtml", "html_cut_off.html" };
  char path[256];
  for( size_t i = 0; i < sizeof files / sizeof files[0]; i++ ){
    snprintf(path, sizeof path, FIX "%s", files[i]);
    check_out_of_memory(path);
  }
}

int main(void){
  test_fixtures();
  test_detect();
  test_rules();
  test_mhtml();
  test_hostile();
  test_out_of_memory();
  return CHECK_DONE();
}
