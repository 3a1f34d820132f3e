/*
** The parsers' rules one by one, on small pages built in the test: author
** splitting and family/given names, the language thresholds, title splits,
** dates, KoreaScience bibliographic shapes and format detection.
*/
#include "check.h"
#include "docs/docs.h"
#include "docs/docs_internal.h"
#include <stdio.h>
#include <stdlib.h>

static lit_document parse_str(const char *s){
  lit_document d;
  CHECK_INT(lit_parse(s, strlen(s), &d), 0);
  return d;
}

/* A KIET page whose metadata line names the given authors. */
static lit_document kiet_with_authors(const char *authors){
  char page[1024];
  snprintf(page, sizeof page,
    "Research ReportsKIET Korea Institute for Industrial Economics and Trade\n\n"
    "A Title\n\nAuthor %s Date 2020.01.02 Page 10\n\nAn abstract.\n", authors);
  return parse_str(page);
}

typedef struct person { const char *name, *family, *given; int et_al; } person;

static void check_authors(const char *authors, int n, const person *want){
  lit_document d = kiet_with_authors(authors);
  int failed_before = check_failed;
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec == 1 ){
    const lit_record *r = &d.rec[0];
    CHECK_STR(r->authors, authors);
    CHECK_INT(r->n_author, n);
    for( int i = 0; i < n && i < r->n_author; i++ ){
      CHECK_STR(r->author[i].name, want[i].name);
      CHECK_STR(r->author[i].family, want[i].family);
      CHECK_STR(r->author[i].given, want[i].given);
      CHECK_INT(r->author[i].et_al, want[i].et_al);
    }
  }
  if( check_failed != failed_before ) fprintf(stderr, "  ^ authors \"%s\"\n", authors);
  lit_document_free(&d);
}

static void test_authors(void){
  CHECK(lit_surname_table_ok());
  CHECK(lit_is_korean_surname("Kim", 3));
  CHECK(lit_is_korean_surname("PARK", 4));
  CHECK(lit_is_korean_surname("Nahm", 4));
  static const char *const common[] = {
    "Kim", "Lee", "Park", "Choi", "Jung", "Jeong", "Kang", "Cho", "Jo", "Yoon", "Jang", "Lim", "Han", "Oh",
    "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Yang", "Son", "Bae",
    "Baek", "Heo", "Nam", "Sim", "Noh", "Ha", "Kwak", "Sung", "Cha", "Joo", "Woo", "Koo", "Gu", "Na", "Min",
    "Ryu", "Yu", "Jin", "Ji", "Eom", "Chae", "Won", "Cheon", "Bang", "Gong", "Hyun", "Byeon", "Byun", "Choo",
    "Chu", "Nahm", "Yeom", "Yeo", "Do", "Seok", "Pyo", "Wi", "Myung", "Ki", "Ban", "Tak", "Namkoong", "Rhee",
  };
  for( size_t i = 0; i < sizeof common / sizeof common[0]; i++ ){
    if( !lit_is_korean_surname(common[i], strlen(common[i])) ) fprintf(stderr, "surname %s not known\n", common[i]);
    CHECK(lit_is_korean_surname(common[i], strlen(common[i])));
  }
  CHECK(!lit_is_korean_surname("Sunbae", 6));
  CHECK(!lit_is_korean_surname("Kim-", 4));
  CHECK(!lit_is_korean_surname("", 0));
  CHECK(!lit_is_korean_surname("Kimkimkimkimkimkim", 18));
  CHECK(!lit_is_korean_surname("Maria", 5));

  check_authors("Byeon, Changuk et al.", 1, (person[]){{ "Byeon, Changuk", "Byeon", "Changuk", 1 }});
  check_authors("Kim, Sunbae et al", 1, (person[]){{ "Kim, Sunbae", "Kim", "Sunbae", 1 }});
  check_authors("Kim Sunbae, Lee Doohee, Kim Yunsoo", 3, (person[]){
    { "Kim Sunbae", "Kim", "Sunbae", 0 }, { "Lee Doohee", "Lee", "Doohee", 0 }, { "Kim Yunsoo", "Kim", "Yunsoo", 0 }});
  check_authors("Jaegon Park, Changuk Byun, Sang-ho Lee", 3, (person[]){
    { "Jaegon Park", "Park", "Jaegon", 0 }, { "Changuk Byun", "Byun", "Changuk", 0 }, { "Sang-ho Lee", "Lee", "Sang-ho", 0 }});
  check_authors("이두희", 1, (person[]){{ "이두희", "이", "두희", 0 }});
  check_authors("이 두희", 1, (person[]){{ "이 두희", "이", "두희", 0 }});
  check_authors("제갈공명", 1, (person[]){{ "제갈공명", "제갈", "공명", 0 }});
  check_authors("선우용", 1, (person[]){{ "선우용", "선우", "용", 0 }});
  check_authors("이두희 외", 1, (person[]){{ "이두희", "이", "두희", 1 }});
  check_authors("류태수;김민호", 2, (person[]){{ "류태수", "류", "태수", 0 }, { "김민호", "김", "민호", 0 }});
  check_authors("Diez, Maria Angeles", 1, (person[]){{ "Diez, Maria Angeles", "Diez", "Maria Angeles", 0 }});
  check_authors("Young-Jin Ahn;Ji-Yeung Gu", 2, (person[]){
    { "Young-Jin Ahn", "Ahn", "Young-Jin", 0 }, { "Ji-Yeung Gu", "Gu", "Ji-Yeung", 0 }});
  check_authors("Seo, Jeong-Soo;Kwon, Jae-Woong", 2, (person[]){
    { "Seo, Jeong-Soo", "Seo", "Jeong-Soo", 0 }, { "Kwon, Jae-Woong", "Kwon", "Jae-Woong", 0 }});
  check_authors("Park, Jae-Su, Kim, Min-Ho", 2, (person[]){
    { "Park, Jae-Su", "Park", "Jae-Su", 0 }, { "Kim, Min-Ho", "Kim", "Min-Ho", 0 }});
  /* Neither word is a Korean surname: given-first, the order of English journals. */
  check_authors("Maria Diez", 1, (person[]){{ "Maria Diez", "Diez", "Maria", 0 }});
  /* "Ha Jin" alone is ambiguous; its list is family-first. */
  check_authors("Kim Sunbae, Ha Jin", 2, (person[]){{ "Kim Sunbae", "Kim", "Sunbae", 0 }, { "Ha Jin", "Ha", "Jin", 0 }});
  check_authors("Jaegon Park, Ha Jin", 2, (person[]){{ "Jaegon Park", "Park", "Jaegon", 0 }, { "Ha Jin", "Jin", "Ha", 0 }});
  /* One romanized word, five Hangul syllables, mixed scripts: not split. */
  check_authors("Kim", 1, (person[]){{ "Kim", NULL, NULL, 0 }});
  check_authors("김 Sunbae", 1, (person[]){{ "김 Sunbae", NULL, NULL, 0 }});
  check_authors("가나다라마", 1, (person[]){{ "가나다라마", NULL, NULL, 0 }});
  /* Empty parts are skipped. */
  check_authors("Lee Doohee;;Kim Yunsoo;", 2, (person[]){
    { "Lee Doohee", "Lee", "Doohee", 0 }, { "Kim Yunsoo", "Kim", "Yunsoo", 0 }});
}

static const char *language_of(const char *abstract){
  static char lang[16];
  char page[4096];
  snprintf(page, sizeof page,
    "Research ReportsKIET Korea Institute for Industrial Economics and Trade\n\n"
    "A Title\n\nAuthor Kim Sunbae Date 2020.01.02 Page 10\n\n%s\n", abstract);
  lit_document d = parse_str(page);
  CHECK_INT(d.n_rec, 1);
  const char *l = d.n_rec == 1 && d.rec[0].language ? d.rec[0].language : "NULL";
  snprintf(lang, sizeof lang, "%s", l);
  lit_document_free(&d);
  return lang;
}

static void test_language(void){
  CHECK_STR(language_of("본 연구는 TAMA 클러스터의 Critical Mass 확보 전략을 분석하였다."), "ko");
  CHECK_STR(language_of("This study analyses the strategy of the TAMA cluster."), "en");
  CHECK_STR(language_of("This study traces how the slogan '선택과 집중' shaped the cluster policy of "
                        "the 2000s, and how regional governments adapted it to their own industries."), "en");
  CHECK_STR(language_of("본 연구는 클러스터를 분석한다. This study analyses clusters in the capital region."), "mixed");
  CHECK_STR(language_of("2019 - 2023 (%)"), "NULL");
  /* The thresholds themselves, in words: 6 Hangul words of 10 is "ko",
  ** 5 is "mixed", 1 is "en", 2 is "mixed"; a run of one script is one word. */
  CHECK_STR(lit_language("가 나 다 라 마 바 a b c d", strlen("가 나 다 라 마 바 a b c d")), "ko");
  CHECK_STR(lit_language("가 나 다 라 마 a b c d e", strlen("가 나 다 라 마 a b c d e")), "mixed");
  CHECK_STR(lit_language("가 a b c d e f g h i", strlen("가 a b c d e f g h i")), "en");
  CHECK_STR(lit_language("가 나 a b c d e f g h", strlen("가 나 a b c d e f g h")), "mixed");
  CHECK_STR(lit_language("TAMA클러스터", strlen("TAMA클러스터")), "mixed");
  CHECK_STR(lit_language("\xFF\xFE", 2), NULL);
  CHECK_STR(lit_language("Länder", strlen("Länder")), "en");
}

/* Parses a KoreaScience page with one record of the given title. */
static void check_title(const char *title, const char *foreign, const char *ko){
  char page[2048];
  snprintf(page, sizeof page,
    "• Title/Summary/Keyword: x\n\nSearch Result 1, Processing Time 0.01 seconds\n\n%s\n\n"
    "  • Kim, Min-Ho\n    • Journal\n    • /\n    • 2001\n  • An abstract of the record.\n", title);
  lit_document d = parse_str(page);
  int failed_before = check_failed;
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec == 1 ){
    CHECK_STR(d.rec[0].title, title);
    CHECK_STR(d.rec[0].title_foreign, foreign);
    CHECK_STR(d.rec[0].title_ko, ko);
  }
  if( check_failed != failed_before ) fprintf(stderr, "  ^ title \"%s\"\n", title);
  lit_document_free(&d);
}

static void test_titles(void){
  check_title("Policy (정책 (제1권))", "Policy", "정책 (제1권)");
  check_title("Cluster \"Policy\" (클러스터 \"정책\")", "Cluster \"Policy\"", "클러스터 \"정책\"");
  check_title("Policy (Part 1) and Growth (성장)", "Policy (Part 1) and Growth", "성장");
  check_title("Policy (English only)", "Policy (English only)", NULL);
  check_title("정책 연구 (English)", NULL, "정책 연구 (English)");
  check_title("(클러스터)", NULL, "(클러스터)");
  check_title("Cluster Policy (클러스터", "Cluster Policy (클러스터", NULL);
  check_title("Cluster Policy 클러스터)", "Cluster Policy 클러스터)", NULL);
  check_title("Cluster Policy) (클러스터)", "Cluster Policy) (클러스터)", NULL);
  check_title("2020", NULL, NULL);
}

static void test_dates(void){
  char iso[11], year[5];
  CHECK(lit_parse_date(lit_span_of("2018.12.14", 10), iso, year));
  CHECK_STR(iso, "2018-12-14"); CHECK_STR(year, "2018");
  CHECK(lit_parse_date(lit_span_of("2019-7-2.", 9), iso, year));
  CHECK_STR(iso, "2019-07-02");
  CHECK(lit_parse_date(lit_span_of("2005.08", 7), iso, year));
  CHECK_STR(iso, ""); CHECK_STR(year, "2005");
  CHECK(!lit_parse_date(lit_span_of("2005.13.01", 10), iso, year));
  CHECK(!lit_parse_date(lit_span_of("2005.08a", 8), iso, year));
  CHECK(!lit_parse_date(lit_span_of("2018.12.14x", 11), iso, year));

  /* A standard KIET title may end with a date: the metadata line's date wins
  ** and the title stays whole. */
  lit_document t = parse_str("Go to the Mian menu\nOutlook for 2021.01.01\n"
                             "Author Kim Sunbae Date 2020.12.30 Page 3\nText.\n");
  CHECK_INT(t.n_rec, 1);
  if( t.n_rec ){ CHECK_STR(t.rec[0].title, "Outlook for 2021.01.01"); CHECK_STR(t.rec[0].date, "2020-12-30"); }
  CHECK_STR(t.error, NULL);
  lit_document_free(&t);
  /* The other site with a separator before the date and a "Date :" line. */
  t = parse_str("Go to the Mian menu\nCluster Outlook | 2021.01.05\nAuthor : Kim Sunbae (Division A), Lee Doohee (B)\n"
                "Text.\n");
  CHECK_INT(t.n_rec, 1);
  if( t.n_rec ){
    CHECK_STR(t.rec[0].title, "Cluster Outlook");
    CHECK_STR(t.rec[0].date, "2021-01-05");
    CHECK_STR(t.rec[0].authors, "Kim Sunbae, Lee Doohee");
    CHECK_INT(t.rec[0].n_author, 2);
  }
  lit_document_free(&t);
  t = parse_str("Go to the Mian menu\nCluster Outlook\nDate : 2021.01.05\nAuthor : Kim Sunbae\n");
  CHECK_INT(t.n_rec, 1);
  if( t.n_rec ){ CHECK_STR(t.rec[0].title, "Cluster Outlook"); CHECK_STR(t.rec[0].date, "2021-01-05"); CHECK_INT(t.rec[0].partial, 1); }
  CHECK_STR(t.error, "record 1 (the other KIET site's layout) has no text");
  lit_document_free(&t);

  /* A KIET month without a day gives the year only. */
  lit_document d = parse_str("Research ReportsKIET Korea Institute for Industrial Economics and Trade\n"
                             "T\nAuthor Kim Sunbae Date 2015.06 Page 3\nText.\n");
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec ){ CHECK_STR(d.rec[0].date, NULL); CHECK_STR(d.rec[0].year, "2015"); CHECK_STR(d.rec[0].page_count, "3"); }
  lit_document_free(&d);
}

static void test_biblio_shapes(void){
  lit_document d = parse_str(
    "Search Result 12,345,678, Processing Time 1 seconds\n\nT\n"
    "  • Kim, Min-Ho\n    • 2004\n    • /\n    • pp.e12-e19\n    • /\n    • no.3\n    • /\n    • Journal\n"
    "  • The items come in an unusual order here, and each is still found by its shape.\n");
  CHECK_INT(d.result_count, 12345678);
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec ){
    const lit_record *r = &d.rec[0];
    CHECK_STR(r->journal, "Journal");
    CHECK_STR(r->year, "2004");
    CHECK_STR(r->page_first, "e12");
    CHECK_STR(r->page_last, "e19");
    CHECK_STR(r->volume, NULL);
    CHECK_STR(r->issue, "3");
    CHECK_INT(r->partial, 0);
  }
  CHECK_STR(d.error, NULL);
  lit_document_free(&d);

  /* Cut off right after the author line, and after the title. */
  d = parse_str("Search Result 2, Processing Time 1 seconds\n\nFirst\n  • Kim, Min-Ho\n\nSecond\n");
  CHECK_INT(d.n_rec, 2);
  CHECK_STR(d.error, "record 1 has no bibliographic lines; "
                     "record 2 is incomplete: the page ends before its author line");
  if( d.n_rec == 2 ){ CHECK_INT(d.rec[0].partial, 1); CHECK_INT(d.rec[1].partial, 1); }
  lit_document_free(&d);
  d = parse_str("Search Result 2, Processing Time 1 seconds\n\nFirst\n  • Kim, Min-Ho\n");
  CHECK_STR(d.error, "record 1 is incomplete: the page ends before its bibliographic lines");
  lit_document_free(&d);
  d = parse_str("Search Result 2, Processing Time 1 seconds\n\nFirst\n  • Kim, Min-Ho\n    • J\n    • /\n    • 2001\n");
  CHECK_STR(d.error, "record 1 is incomplete: the page ends before its abstract");
  lit_document_free(&d);
}

static void test_detection(void){
  static const struct { const char *page; lit_format format; const char *error; } cases[] = {
    { "", LIT_FORMAT_UNKNOWN, "empty document" },
    { " \n\n\t\n", LIT_FORMAT_UNKNOWN, "empty document" },
    { "Go to the Mian menu\n", LIT_FORMAT_KIET, "the page ends before its record: no title, metadata line or abstract" },
    { "Research ReportsKIET Korea Institute for Industrial Economics and Trade", LIT_FORMAT_KIET,
      "the page ends before its record: no title, metadata line or abstract" },
    { "Some Title\nAuthor Kim Sunbae Date 2020.01.01 Page 3\nText.\n", LIT_FORMAT_KIET, NULL },
    { "Go to the Mian menu\nSome Title\n", LIT_FORMAT_KIET,
      "record 1 is incomplete: the page ends before its metadata line" },
    { "Go to the Mian menu\nSome Title\nText without a metadata line.\n", LIT_FORMAT_KIET,
      "record 1 has no \"Author ... Date ...\" metadata line" },
    { "Go to the Mian menu\nAuthor Kim Sunbae Date 2020.01.01 Page 3\nText.\n", LIT_FORMAT_KIET,
      "record 1 has no title" },
    { "Search Result 0, Processing Time 0.001 seconds\n", LIT_FORMAT_KOREASCIENCE, NULL },
    { "• Title/Summary/Keyword: 클러스터\n", LIT_FORMAT_KOREASCIENCE, NULL },
    { "  • Title/Summary/Keyword: 클러스터\n", LIT_FORMAT_KOREASCIENCE, NULL },
    { "T\n  • Kim, Min-Ho\n    • J\n    • /\n    • 2001\n  • An abstract of the record follows here.\n",
      LIT_FORMAT_KOREASCIENCE, NULL },
    { "Shopping list\n  • milk\n    • whole\n", LIT_FORMAT_UNKNOWN,
      "not a page or citation file kolit reads: none of its readers recognised it (kiet_page, koreascience_search, koreascience_article, kci_article, kci_issue, riss_excel, csv, ris, bibtex, csl_json, html_meta)" },
    { "Author Attribution in Korean Texts\n", LIT_FORMAT_UNKNOWN,
      "not a page or citation file kolit reads: none of its readers recognised it (kiet_page, koreascience_search, koreascience_article, kci_article, kci_issue, riss_excel, csv, ris, bibtex, csl_json, html_meta)" },
  };
  for( size_t i = 0; i < sizeof cases / sizeof cases[0]; i++ ){
    lit_document d = parse_str(cases[i].page);
    CHECK_INT(d.format, cases[i].format);
    CHECK_STR(d.error, cases[i].error);
    if( cases[i].format == LIT_FORMAT_UNKNOWN ) CHECK_INT(d.n_rec, 0);
    lit_document_free(&d);
  }
  CHECK_STR(lit_format_name(LIT_FORMAT_UNKNOWN), "unknown");
  CHECK_STR(lit_format_name(LIT_FORMAT_KIET), "kiet_page");
  CHECK_STR(lit_format_name(LIT_FORMAT_KOREASCIENCE), "koreascience_search");

  /* A NULL text is an empty document. */
  lit_document d;
  CHECK_INT(lit_parse(NULL, 0, &d), 0);
  CHECK_STR(d.error, "empty document");
  lit_document_free(&d);
}

int main(void){
  test_authors();
  test_language();
  test_titles();
  test_dates();
  test_biblio_shapes();
  test_detection();
  return CHECK_DONE();
}
