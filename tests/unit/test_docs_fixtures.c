/*
** The page parsers against the variant fixtures in tests/fixtures/ (pages
** written for the tests in the layouts of formats.md; the SQL golden tests
** read them too). Every field of every record is checked.
**
**   kiet_research_reports.txt      Research Reports; "Kim Sunbae, Lee Doohee, Kim Yunsoo"
**                                  (family-first, three people); Page 214; File pdf;
**                                  paragraphs split by single newlines, a leading space,
**                                  "○" bullets, trailing spaces
**   kiet_occasional_paper.txt      Occasional Paper Series; "Jaegon Park, Changuk Byun,
**                                  Sang-ho Lee" (given-first); empty Page; no File pdf;
**                                  date 2019.7.2; curly apostrophes; blank-line paragraphs
**   kiet_monthly_issue_no.txt      KIET Monthly Industrial Economics; "Kim, Sunbae et al"
**                                  (no period); Issue No 290
**   kiet_issues_analysis_empty_issue_no.txt
**                                  i-KIET Issues & Analysis; Hangul author 이두희; empty
**                                  Issue No; Korean title and abstract; File pdf
**   kiet_other_site.txt            the other KIET site: title and date on one line,
**                                  "Author : 남궁민수 (Regional Industry Division)"
**   kiet_other_site_euckr.txt      the same page in EUC-KR
**   kiet_other_site_buttons.txt    the other site as saved today: "<title> 2021-06-30 문서
**                                  미리보기문서 다운로드", "Author : Kim, Minsu (Division)",
**                                  the text opening with "1. Introduction"
**   kiet_other_site_two_authors.txt  two "Family, Given (Division)" people; the button
**                                  labels with a space between them; numbered headings
**   kiet_cut_off.txt               a KIET page that ends after its metadata line
**   ks_comma_authors.txt           Search Result 1,772; ","-separated authors: "Park, Jae-Su,
**                                  Kim, Min-Ho", "김민호, 이서연, 남궁민수", "Lee Min-Ho, Choi Ji-Won"
**   ks_comma_authors_{crlf,bom,utf16le,nfd}.txt
**                                  the same page with CRLF, a UTF-8 BOM, as UTF-16LE, in NFD
**   ks_biblio_variants.txt         no volume line; proceedings issue 2000.12a; series number
**                                  s.31 without pages or year; a volume without issue
**   ks_titles_latex.txt            nested parentheses and quotes in the Korean title; Korean
**                                  title with its own nested group; "(Part 2)"; unbalanced
**                                  parentheses; LaTeX in an abstract; a mixed-language abstract
**   ks_cut_off.txt                 the page ends inside the bibliographic lines of record 2
**   ks_abstracts_only.txt          titles and abstracts without author or bibliographic lines
**   ks_starts_mid_record.txt       the page begins inside a record (no header, no title)
**   unknown_prose.txt              plain prose: not a page kolit knows
**   empty.txt                      an empty file
*/
#include "docs_check.h"

#define FIX "tests/fixtures/"

static void test_kiet(void){
  {
    static const exp_record want[] = {{ .type = "report",
      .title = "Smart Specialization Strategies for Regional Manufacturing Hubs",
      .title_foreign = "Smart Specialization Strategies for Regional Manufacturing Hubs",
      .authors = "Kim Sunbae, Lee Doohee, Kim Yunsoo", .n_author = 3,
      .author = {{ "Kim Sunbae", "Kim", "Sunbae", 0 }, { "Lee Doohee", "Lee", "Doohee", 0 },
                 { "Kim Yunsoo", "Kim", "Yunsoo", 0 }},
      .journal = "Research Reports", .page_count = "214", .year = "2021", .date = "2021-03-05",
      .abstract = "This study reviews how regional manufacturing hubs adopted smart specialization after 2015.\n\n"
                  "The analysis covers five metropolitan regions and their anchor industries.\n\n"
                  "○ First, hubs with strong university links diversified faster.\n\n"
                  "○ Second, hubs that depended on one large firm lost employment.\n\n"
                  "Policy should fund cross-regional networks rather than single projects.",
      .language = "en", .has_pdf = 1 }};
    check_document(FIX "kiet_research_reports.txt", LIT_FORMAT_KIET, "Research Reports", NULL, -1, NULL, want, 1);
  }
  {
    static const exp_record want[] = {{ .type = "report",
      .title = "Korea’s Semiconductor Supply Chain and the Role of Regional Clusters",
      .title_foreign = "Korea’s Semiconductor Supply Chain and the Role of Regional Clusters",
      .authors = "Jaegon Park, Changuk Byun, Sang-ho Lee", .n_author = 3,
      .author = {{ "Jaegon Park", "Park", "Jaegon", 0 }, { "Changuk Byun", "Byun", "Changuk", 0 },
                 { "Sang-ho Lee", "Lee", "Sang-ho", 0 }},
      .journal = "Occasional Paper Series", .year = "2019", .date = "2019-07-02",
      .abstract = "Korea’s semiconductor industry relies on a small number of regional clusters.\n\n"
                  "This paper asks whether the clusters’ suppliers can absorb new demand.",
      .language = "en" }};
    check_document(FIX "kiet_occasional_paper.txt", LIT_FORMAT_KIET, "Occasional Paper Series", NULL, -1, NULL, want, 1);
  }
  {
    static const exp_record want[] = {{ .type = "report",
      .title = "Recent Trends in Regional Employment and Industrial Restructuring",
      .title_foreign = "Recent Trends in Regional Employment and Industrial Restructuring",
      .authors = "Kim, Sunbae et al", .n_author = 1, .author = {{ "Kim, Sunbae", "Kim", "Sunbae", 1 }},
      .journal = "KIET Monthly Industrial Economics", .issue_no = "290", .year = "2022", .date = "2022-11-30",
      .abstract = "Regional employment recovered unevenly in 2022.\n\n"
                  "Manufacturing regions in the southeast lagged behind the capital area.",
      .language = "en" }};
    check_document(FIX "kiet_monthly_issue_no.txt", LIT_FORMAT_KIET, "KIET Monthly Industrial Economics", NULL, -1,
                   NULL, want, 1);
  }
  {
    static const exp_record want[] = {{ .type = "report",
      .title = "지역 산업클러스터의 디지털 전환 현황과 과제", .title_ko = "지역 산업클러스터의 디지털 전환 현황과 과제",
      .authors = "이두희", .n_author = 1, .author = {{ "이두희", "이", "두희", 0 }},
      .journal = "i-KIET Issues & Analysis", .year = "2023", .date = "2023-05-15",
      .abstract = "○ 지역 산업클러스터 입주기업의 디지털 전환 수준은 업종별로 큰 차이를 보인다.\n\n"
                  "○ 정부는 클러스터 단위의 공동 데이터 플랫폼 구축을 지원할 필요가 있다.",
      .language = "ko", .has_pdf = 1 }};
    check_document(FIX "kiet_issues_analysis_empty_issue_no.txt", LIT_FORMAT_KIET, "i-KIET Issues & Analysis", NULL,
                   -1, NULL, want, 1);
  }
  {
    static const exp_record want[] = {{ .type = "report",
      .title = "지역균형발전을 위한 산업위기지역 지원제도 개선방안", .title_ko = "지역균형발전을 위한 산업위기지역 지원제도 개선방안",
      .authors = "남궁민수", .n_author = 1, .author = {{ "남궁민수", "남궁", "민수", 0, "Regional Industry Division" }},
      .year = "2020", .date = "2020-08-31",
      .abstract = "산업위기대응특별지역 지정 이후 지역경제의 회복 속도는 지역마다 달랐다.\n\n"
                  "본 연구는 지원제도의 성과를 점검하고 개선방안을 제시한다.",
      .language = "ko" }};
    const char *error = NULL;   /* the site shows no series, page count or issue number: NULL */
    check_document(FIX "kiet_other_site.txt", LIT_FORMAT_KIET, NULL, NULL, -1, error, want, 1);
    check_document(FIX "kiet_other_site_euckr.txt", LIT_FORMAT_KIET, NULL, NULL, -1, error, want, 1);
  }
  {
    static const exp_record want[] = {{ .type = "report",
      .title = "지역 제조업 혁신거점의 성과와 과제", .title_ko = "지역 제조업 혁신거점의 성과와 과제",
      .authors = "Kim, Minsu", .n_author = 1, .author = {{ "Kim, Minsu", "Kim", "Minsu", 0, "Regional Industry Division" }},
      .year = "2021", .date = "2021-06-30",
      .abstract = "1. Introduction\n\n지역 제조업 혁신거점은 2015년 이후 광역시도마다 지정되었다.\n\n"
                  "본 보고서는 거점별 고용과 투자 성과를 비교하고 과제를 제시한다.",
      .language = "ko" }};
    check_document(FIX "kiet_other_site_buttons.txt", LIT_FORMAT_KIET, NULL, NULL, -1, NULL, want, 1);
  }
  {
    static const exp_record want[] = {{ .type = "report",
      .title = "Regional Supply Chains after the Pandemic", .title_foreign = "Regional Supply Chains after the Pandemic",
      .authors = "Lee, Jiwon, Park, Sora", .n_author = 2,
      .author = {{ "Lee, Jiwon", "Lee", "Jiwon", 0, "Industrial Policy Division" },
                 { "Park, Sora", "Park", "Sora", 0, "Regional Industry Division" }},
      .year = "2022", .date = "2022-03-15",
      .abstract = "1. Introduction\n\nThe pandemic exposed how regional supply chains depend on a few suppliers abroad.\n\n"
                  "2. Findings\n\nFirms in the Gyeongnam machinery cluster diversified their suppliers within two years.",
      .language = "en" }};
    check_document(FIX "kiet_other_site_two_authors.txt", LIT_FORMAT_KIET, NULL, NULL, -1, NULL, want, 1);
  }
  {
    static const exp_record want[] = {{ .type = "report",
      .title = "Industrial Complex Renewal and Local Innovation Capacity",
      .title_foreign = "Industrial Complex Renewal and Local Innovation Capacity",
      .authors = "Choi Minji", .n_author = 1, .author = {{ "Choi Minji", "Choi", "Minji", 0 }},
      .journal = "Research Reports", .page_count = "180", .year = "2017", .date = "2017-12-29",
      .partial = 1 }};
    check_document(FIX "kiet_cut_off.txt", LIT_FORMAT_KIET, "Research Reports", NULL, -1,
                   "record 1 is incomplete: the page ends before its abstract", want, 1);
  }
}

static const exp_record ks_comma_authors[] = {
  { .type = "article-journal", .title = "Innovation Networks in the Daedeok Research Complex (대덕연구단지의 혁신 네트워크)",
    .title_ko = "대덕연구단지의 혁신 네트워크", .title_foreign = "Innovation Networks in the Daedeok Research Complex",
    .authors = "Park, Jae-Su, Kim, Min-Ho", .n_author = 2,
    .author = {{ "Park, Jae-Su", "Park", "Jae-Su", 0 }, { "Kim, Min-Ho", "Kim", "Min-Ho", 0 }},
    .journal = "Journal of Regional Studies", .volume = "12", .issue = "3", .page_first = "45", .page_last = "67",
    .year = "2010",
    .abstract = "This paper maps the innovation networks among research institutes and firms in the Daedeok complex.",
    .language = "en", .has_pdf = 1 },
  { .type = "article-journal", .title = "산학협력 기반 지역혁신체계의 형성 과정", .title_ko = "산학협력 기반 지역혁신체계의 형성 과정",
    .authors = "김민호, 이서연, 남궁민수", .n_author = 3,
    .author = {{ "김민호", "김", "민호", 0 }, { "이서연", "이", "서연", 0 }, { "남궁민수", "남궁", "민수", 0 }},
    .journal = "지역연구", .volume = "30", .issue = "1", .page_first = "1", .page_last = "20", .year = "2014",
    .abstract = "본 연구는 산학협력을 통해 지역혁신체계가 형성되는 과정을 분석하였다. 분석 결과 대학의 역할이 가장 컸다.",
    .language = "ko" },
  { .type = "article-journal", .title = "Knowledge Spillovers and Cluster Growth", .title_foreign = "Knowledge Spillovers and Cluster Growth",
    .authors = "Lee Min-Ho, Choi Ji-Won", .n_author = 2,
    .author = {{ "Lee Min-Ho", "Lee", "Min-Ho", 0 }, { "Choi Ji-Won", "Choi", "Ji-Won", 0 }},
    .journal = "Asian Journal of Innovation Policy", .volume = "5", .issue = "2", .page_first = "101",
    .page_last = "118", .year = "2016",
    .abstract = "We estimate knowledge spillovers between firms located in the same industrial cluster using patent citations.",
    .language = "en" },
};

static void test_koreascience(void){
  check_document(FIX "ks_comma_authors.txt", LIT_FORMAT_KOREASCIENCE, NULL, "혁신클러스터", 1772, NULL,
                 ks_comma_authors, 3);
  {
    static const exp_record want[] = {
      { .type = "article-journal", .title = "Cluster Policy Learning in Korean Provinces", .title_foreign = "Cluster Policy Learning in Korean Provinces",
        .authors = "Jung, Hyun-Woo", .n_author = 1, .author = {{ "Jung, Hyun-Woo", "Jung", "Hyun-Woo", 0 }},
        .journal = "Korean Journal of Policy Studies", .page_first = "77", .page_last = "95", .year = "2009",
        .abstract = "Provincial governments learned cluster policy from each other through national programmes.",
        .language = "en" },
      { .type = "paper-conference", .title = "Regional Innovation Forum Proceedings Review (지역혁신포럼 발표논문 검토)",
        .title_ko = "지역혁신포럼 발표논문 검토", .title_foreign = "Regional Innovation Forum Proceedings Review",
        .authors = "Oh, Se-Young", .n_author = 1, .author = {{ "Oh, Se-Young", "Oh", "Se-Young", 0 }},
        .journal = "Proceedings of the Korea Technology Innovation Society Conference", .issue = "2000.12a",
        .year = "2000",
        .abstract = "This review summarizes the regional innovation papers presented at the winter conference.",
        .language = "en", .has_pdf = 1 },
      { .type = "article-journal", .title = "Software Clusters outside the Capital Region", .title_foreign = "Software Clusters outside the Capital Region",
        .authors = "Han, Da-Eun", .n_author = 1, .author = {{ "Han, Da-Eun", "Han", "Da-Eun", 0 }},
        .journal = "Journal of Software Industry", .series_no = "s.31",
        .abstract = "Software firms outside the capital region cluster around universities rather than around large firms.",
        .language = "en" },
      { .type = "article-journal", .title = "Venture Ecosystems and Cluster Policy in Pangyo",
        .title_foreign = "Venture Ecosystems and Cluster Policy in Pangyo",
        .authors = "Yoon, Seo-Jin;Kang, Tae-Hoon", .n_author = 2,
        .author = {{ "Yoon, Seo-Jin", "Yoon", "Seo-Jin", 0 }, { "Kang, Tae-Hoon", "Kang", "Tae-Hoon", 0 }},
        .journal = "Journal of Venture Innovation", .volume = "8",
        .abstract = "This study examines the Pangyo Techno Valley as a venture ecosystem shaped by cluster policy.",
        .language = "en" },
    };
    check_document(FIX "ks_biblio_variants.txt", LIT_FORMAT_KOREASCIENCE, NULL, "cluster policy", 27, NULL, want, 4);
  }
  {
    static const exp_record want[] = {
      { .type = "article-journal", .title = "Cluster Policy Revisited (클러스터 정책의 재검토 (1): '선택과 집중' 이후 \"지역\" 산업정책)",
        .title_ko = "클러스터 정책의 재검토 (1): '선택과 집중' 이후 \"지역\" 산업정책",
        .title_foreign = "Cluster Policy Revisited",
        .authors = "Shin, Ho-Jin", .n_author = 1, .author = {{ "Shin, Ho-Jin", "Shin", "Ho-Jin", 0 }},
        .journal = "Journal of Korean Regional Development", .volume = "22", .issue = "1", .page_first = "3",
        .page_last = "28", .year = "2012",
        .abstract = "We revisit the Korean cluster policy of the 2000s with $L{\\ddot{a}}nder$-level comparisons "
                    "and the measure $\\alpha \\cdot \\beta$.",
        .language = "en", .has_pdf = 1 },
      { .type = "article-journal", .title = "지역산업정책의 전환 (산업클러스터 (제2판))", .title_ko = "지역산업정책의 전환 (산업클러스터 (제2판))",
        .authors = "황보영수", .n_author = 1, .author = {{ "황보영수", "황보", "영수", 0 }},
        .journal = "산업경제연구", .volume = "3", .issue = "2", .page_first = "10", .page_last = "30", .year = "1998",
        .abstract = "이 논문은 지역산업정책의 전환을 다룬다. This paper discusses the turn in regional industrial policy, "
                    "summarised in English for international readers.",
        .language = "mixed" },
      { .type = "article-journal", .title = "Clusters and Growth (Part 2)", .title_foreign = "Clusters and Growth (Part 2)",
        .authors = "Ahn, Mi-Ra", .n_author = 1, .author = {{ "Ahn, Mi-Ra", "Ahn", "Mi-Ra", 0 }},
        .journal = "Regional Science Review", .volume = "9", .issue = "4", .page_first = "201", .page_last = "219",
        .year = "2008", .abstract = "Cluster growth depends on the depth of local supplier networks.",
        .language = "en", .has_pdf = 1 },
      { .type = "article-journal", .title = "Cluster Policy) and Growth (클러스터 정책)", .title_foreign = "Cluster Policy) and Growth (클러스터 정책)",
        .authors = "Gu, Bon-Ho", .n_author = 1, .author = {{ "Gu, Bon-Ho", "Gu", "Bon-Ho", 0 }},
        .journal = "Regional Science Review", .volume = "10", .issue = "1", .page_first = "1", .page_last = "9",
        .year = "2009", .abstract = "An unbalanced parenthesis keeps this title whole.", .language = "en" },
    };
    check_document(FIX "ks_titles_latex.txt", LIT_FORMAT_KOREASCIENCE, NULL, "클러스터", 4, NULL, want, 4);
  }
  {
    static const exp_record want[] = {
      { .type = "article-journal", .title = "Regional Innovation Systems in Transition (전환기의 지역혁신체계)", .title_ko = "전환기의 지역혁신체계",
        .title_foreign = "Regional Innovation Systems in Transition",
        .authors = "Moon, Ji-Hye", .n_author = 1, .author = {{ "Moon, Ji-Hye", "Moon", "Ji-Hye", 0 }},
        .journal = "Journal of Regional Innovation", .volume = "4", .issue = "2", .page_first = "33",
        .page_last = "52", .year = "2011",
        .abstract = "Regional innovation systems in Korea moved from state-led programmes to networked governance.",
        .language = "en", .has_pdf = 1 },
      { .type = "article-journal", .title = "The Geography of Start-up Clusters (창업 클러스터의 지리)", .title_ko = "창업 클러스터의 지리",
        .title_foreign = "The Geography of Start-up Clusters",
        .authors = "Baek, Seung-Hoon", .n_author = 1, .author = {{ "Baek, Seung-Hoon", "Baek", "Seung-Hoon", 0 }},
        .journal = "Journal of Regional Innovation", .volume = "7", .issue = "1", .partial = 1 },
    };
    check_document(FIX "ks_cut_off.txt", LIT_FORMAT_KOREASCIENCE, NULL, "regional innovation", 215,
                   "record 2 is incomplete: the page ends inside its bibliographic lines", want, 2);
  }
  {
    static const exp_record want[] = {
      { .title = "Cluster Governance and Local Politics (클러스터 거버넌스와 지역 정치)",
        .title_ko = "클러스터 거버넌스와 지역 정치", .title_foreign = "Cluster Governance and Local Politics",
        .abstract = "This article examines how local political coalitions shaped the governance of industrial "
                    "clusters in three Korean cities.",
        .language = "en", .has_pdf = 1, .partial = 1 },
      { .title = "산업단지 구조고도화 사업의 성과 분석", .title_ko = "산업단지 구조고도화 사업의 성과 분석",
        .abstract = "산업단지 구조고도화 사업은 노후 산업단지의 경쟁력을 높이기 위해 추진되었으며 본 연구는 그 성과를 분석하였다.",
        .language = "ko", .partial = 1 },
    };
    check_document(FIX "ks_abstracts_only.txt", LIT_FORMAT_KOREASCIENCE, NULL, "클러스터 정책", 96,
                   "record 1 has no author line and no bibliographic lines; "
                   "record 2 has no author line and no bibliographic lines", want, 2);
  }
  {
    static const exp_record want[] = {
      { .type = "article-journal", .page_first = "12", .page_last = "30", .year = "2019",
        .abstract = "The record above this line was not saved; only its last bibliographic lines and abstract were.",
        .language = "en", .partial = 1 },
      { .type = "article-journal", .title = "Cluster Upgrading in Changwon (창원 클러스터의 고도화)", .title_ko = "창원 클러스터의 고도화",
        .title_foreign = "Cluster Upgrading in Changwon",
        .authors = "Kwak, Do-Yeon", .n_author = 1, .author = {{ "Kwak, Do-Yeon", "Kwak", "Do-Yeon", 0 }},
        .journal = "Journal of Regional Innovation", .volume = "9", .issue = "3", .page_first = "55",
        .page_last = "70", .year = "2020",
        .abstract = "The machinery cluster of Changwon upgraded through smart factory programmes.", .language = "en" },
    };
    check_document(FIX "ks_starts_mid_record.txt", LIT_FORMAT_KOREASCIENCE, NULL, NULL, -1,
                   "record 1 has no title and no author line", want, 2);
  }
}

static void test_unknown_and_empty(void){
  check_document(FIX "unknown_prose.txt", LIT_FORMAT_UNKNOWN, NULL, NULL, -1,
                 "not a page or citation file kolit reads: none of its readers recognised it (kiet_page, koreascience_search, koreascience_article, kci_article, kci_issue, riss_excel, csv, ris, bibtex, csl_json, html_meta)",
                 NULL, 0);
  check_document(FIX "empty.txt", LIT_FORMAT_UNKNOWN, NULL, NULL, -1, "empty document", NULL, 0);
}

/* The same page saved with CRLF, a BOM, as UTF-16LE, or in NFD parses to the
** same records as the UTF-8 NFC page; the EUC-KR page is checked above. */
static void test_encodings(void){
  static const struct { const char *file, *encoding; int crlf, normalized; } variant[] = {
    { FIX "ks_comma_authors_crlf.txt", "utf-8", 1, 0 },
    { FIX "ks_comma_authors_bom.txt", "utf-8-bom", 0, 0 },
    { FIX "ks_comma_authors_utf16le.txt", "utf-16le", 0, 0 },
    { FIX "ks_comma_authors_nfd.txt", "utf-8", 0, 1 },
  };
  for( size_t i = 0; i < sizeof variant / sizeof variant[0]; i++ ){
    parsed_file f = parse_file(variant[i].file);
    if( !f.ok ) continue;
    CHECK_STR(f.text.encoding, variant[i].encoding);
    CHECK_INT(f.text.crlf, variant[i].crlf);
    CHECK_INT(f.text.normalized, variant[i].normalized);
    parsed_file_free(&f);
    check_document(variant[i].file, LIT_FORMAT_KOREASCIENCE, NULL, "혁신클러스터", 1772, NULL, ks_comma_authors, 3);
  }
  parsed_file f = parse_file(FIX "kiet_other_site_euckr.txt");
  if( f.ok ) CHECK_STR(f.text.encoding, "euc-kr");
  parsed_file_free(&f);
}

/* The other site's author value with name groups that touch ("(A)Lee"): the
** names as written, each group joined by ", " (found by fuzz_docs: the joined
** names outgrew the value). */
static void test_kiet_touching_authors(void){
  static const char page[] =
    "Regional Supply Chains after the Pandemic 2022-03-15\n"
    "Author : Kim, Minsu (A)Lee, Jiwon (B)Park(C)Oh\n\n"
    "1. Introduction\nThe pandemic exposed how regional supply chains depend on a few suppliers abroad.\n";
  lit_document d;
  CHECK_INT(lit_parse(page, sizeof page - 1, &d), 0);
  CHECK_INT(d.format, LIT_FORMAT_KIET);
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec == 1 ){
    CHECK_STR(d.rec[0].authors, "Kim, Minsu, Lee, Jiwon, Park, Oh");
    CHECK_INT(d.rec[0].n_author, 4);
    if( d.rec[0].n_author == 4 ){
      CHECK_STR(d.rec[0].author[0].affiliation, "A");
      CHECK_STR(d.rec[0].author[2].affiliation, "C");
      CHECK(d.rec[0].author[3].affiliation == NULL);
    }
  }
  lit_document_free(&d);
}

int main(void){
  test_kiet();
  test_kiet_touching_authors();
  test_koreascience();
  test_unknown_and_empty();
  test_encodings();
  return CHECK_DONE();
}
