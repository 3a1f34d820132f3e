/*
** The parsers on hostile input: a million bullets, 100,000 nested
** parentheses, 10 MB lines, 100,000 authors, random bytes. Each must parse
** to the right result without deep recursion. Time is not asserted here (the
** suite also runs under valgrind and on loaded machines): KOLIT_TEST_TIMES=1
** prints each parse's time, and bench/limits.py measures linearity. And out-of-memory:
** every allocation of a parse is made to fail in turn; lit_parse must then
** return -1 with the document zeroed, and no leak (ASan checks that).
*/
#include "docs_check.h"
#include "docs/docs_internal.h"
#include <time.h>

static double now(void){
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* A growing text buffer for building pages. */
typedef struct page { char *p; size_t n, cap; } page;
static void put(page *b, const char *s, size_t n){
  if( b->n + n + 1 > b->cap ){
    b->cap = (b->n + n + 1) * 2;
    b->p = realloc(b->p, b->cap);
    if( !b->p ){ fprintf(stderr, "out of memory\n"); exit(2); }
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = 0;
}
static void puts_(page *b, const char *s){ put(b, s, strlen(s)); }
static void repeat(page *b, const char *s, size_t times){ size_t n = strlen(s); for( size_t i = 0; i < times; i++ ) put(b, s, n); }

static lit_document timed_parse(const char *what, const page *b, double *secs){
  lit_document d;
  double t0 = now();
  CHECK_INT(lit_parse(b->p, b->n, &d), 0);
  *secs = now() - t0;
  if( getenv("KOLIT_TEST_TIMES") ) fprintf(stderr, "%s took %.2f s\n", what, *secs);
  return d;
}

static void test_million_bullets(void){
  double secs;
  page b = { 0, 0, 0 };
  puts_(&b, "• Title/Summary/Keyword: x\nA Title\n  • Kim, Min-Ho\n");
  repeat(&b, "    • /\n", 1000000);
  puts_(&b, "  • The abstract comes after a million separators.\n");
  lit_document d = timed_parse("a million indent-4 bullets", &b, &secs);
  CHECK_INT(d.format, LIT_FORMAT_KOREASCIENCE);
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec ){
    CHECK_STR(d.rec[0].abstract, "The abstract comes after a million separators.");
    CHECK_STR(d.rec[0].journal, NULL);
  }
  lit_document_free(&d);

  /* A million indent-2 bullets with blank lines: the first two are read as
  ** author and abstract, the rest belong to no field. */
  b.n = 0;
  puts_(&b, "Search Result 1, Processing Time 1 seconds\nT\n");
  repeat(&b, "  • x\n\n", 1000000);
  d = timed_parse("a million indent-2 bullets", &b, &secs);
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec ){ CHECK_STR(d.rec[0].authors, "x"); CHECK_STR(d.rec[0].abstract, "x"); }
  lit_document_free(&d);

  /* A million bullets and nothing else is not a page. */
  b.n = 0;
  repeat(&b, "  • \n", 1000000);
  d = timed_parse("a million bare bullets", &b, &secs);
  CHECK_INT(d.format, LIT_FORMAT_UNKNOWN);
  lit_document_free(&d);

  /* 50,000 records without record lines: the error names ten, then counts. */
  b.n = 0;
  puts_(&b, "Search Result 1, Processing Time 1 seconds\n");
  repeat(&b, "Title\n", 50000);
  d = timed_parse("50,000 bare titles", &b, &secs);
  CHECK_INT(d.n_rec, 50000);
  CHECK(d.error && strstr(d.error, "; and 49990 more problems") != NULL);
  CHECK(d.error && strncmp(d.error, "record 1 has no author line and no bibliographic lines; record 2 ", 65) == 0);
  lit_document_free(&d);
  free(b.p);
}

static void test_nested_parentheses(void){
  double secs;
  page b = { 0, 0, 0 };
  puts_(&b, "Search Result 1, Processing Time 1 seconds\n\nCluster Policy ");
  repeat(&b, "(", 100000);
  puts_(&b, "클러스터");
  repeat(&b, ")", 100000);
  puts_(&b, "\n  • Kim, Min-Ho\n    • J\n    • /\n    • 2001\n  • An abstract of the record follows here.\n");
  lit_document d = timed_parse("100,000 nested parentheses", &b, &secs);
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec ){
    CHECK_STR(d.rec[0].title_foreign, "Cluster Policy");
    CHECK_INT(d.rec[0].title_ko ? strlen(d.rec[0].title_ko) : 0, 2 * 99999 + strlen("클러스터"));
  }
  lit_document_free(&d);

  /* Unbalanced: 100,000 opened, one closed. */
  b.n = 0;
  puts_(&b, "Search Result 1, Processing Time 1 seconds\n\nCluster Policy ");
  repeat(&b, "(", 100000);
  puts_(&b, "클러스터)\n");
  d = timed_parse("100,000 unbalanced parentheses", &b, &secs);
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec ) CHECK_STR(d.rec[0].title_ko, NULL);
  lit_document_free(&d);
  free(b.p);
}

static void test_long_lines(void){
  double secs;
  page b = { 0, 0, 0 };
  /* A 10 MB abstract line. */
  puts_(&b, "Search Result 1, Processing Time 1 seconds\n\nT\n  • Kim, Min-Ho\n    • J\n    • /\n    • 2001\n  • ");
  repeat(&b, "클러스터 정책 ", 10 * 1024 * 1024 / 20);
  puts_(&b, "\n");
  lit_document d = timed_parse("a 10 MB abstract", &b, &secs);
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec ){ CHECK_STR(d.rec[0].language, "ko"); CHECK(d.rec[0].abstract && strlen(d.rec[0].abstract) > 10000000); }
  lit_document_free(&d);

  /* A 10 MB KIET metadata line full of "Date" words, and one without newline. */
  b.n = 0;
  puts_(&b, "Go to the Mian menu\nT\nAuthor Kim");
  repeat(&b, " Date x", 10 * 1024 * 1024 / 7);
  puts_(&b, " Date 2020.01.01 Page 5\nText.");
  d = timed_parse("a 10 MB metadata line", &b, &secs);
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec ){ CHECK_STR(d.rec[0].authors, "Kim"); CHECK_STR(d.rec[0].page_count, "5"); }
  lit_document_free(&d);

  /* A 10 MB title of spaces between two words; a 10 MB line of NBSPs. */
  b.n = 0;
  puts_(&b, "Go to the Mian menu\nA");
  repeat(&b, " ", 10 * 1024 * 1024);
  puts_(&b, "B\n");
  repeat(&b, "\xC2\xA0", 5 * 1024 * 1024);
  d = timed_parse("10 MB of spaces", &b, &secs);
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec ) CHECK_STR(d.rec[0].abstract, NULL);
  lit_document_free(&d);

  /* 200,000 comma-separated parts naming 100,001 people. */
  b.n = 0;
  puts_(&b, "Go to the Mian menu\nT\nAuthor ");
  repeat(&b, "Kim, Sunbae, ", 100000);
  puts_(&b, "Lee Doohee et al. Date 2020.01.01 Page 5\nText.\n");
  d = timed_parse("200,000 author parts", &b, &secs);
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec ){
    CHECK_INT(d.rec[0].n_author, 100001);
    if( d.rec[0].n_author == 100001 ){
      CHECK_STR(d.rec[0].author[0].family, "Kim");
      CHECK_STR(d.rec[0].author[100000].family, "Lee");
      CHECK_INT(d.rec[0].author[100000].et_al, 1);
    }
  }
  lit_document_free(&d);
  free(b.p);
}

/* Random bytes, and random pages made of the markers' pieces: no crash. */
static void test_garbage(void){
  static const char *const pieces[] = {
    "\n", "  ", "    ", "• ", "/", "(", ")", "클러스터", "Kim, ", "Sunbae", ";", "Author ", " Date ", "2005.08a",
    "Page ", "Issue No", "Go to the Mian menu", "KIET Korea Institute for Industrial Economics and Trade",
    "Search Result 1,7", "Title/Summary/Keyword:", "pp.", "-", "v.", "no.", "s.", "PDF", "\xC2\xA0", "\xE2\x80",
    "\xFF", "et al", "외", "남궁", ":", "File pdf",
  };
  unsigned seed = 12345;
  page b = { 0, 0, 0 };
  for( int round = 0; round < 300; round++ ){
    b.n = 0;
    int len = 1 + round * 7;
    for( int i = 0; i < len; i++ ){
      seed = seed * 1103515245u + 12345u;
      if( round % 3 == 0 ){ char ch = (char)(seed >> 16); put(&b, &ch, 1); }
      else puts_(&b, pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])]);
    }
    lit_document d;
    CHECK_INT(lit_parse(b.p, b.n, &d), 0);
    if( d.format == LIT_FORMAT_UNKNOWN ) CHECK_INT(d.n_rec, 0);
    for( int i = 0; i < d.n_rec; i++ ) CHECK_INT(d.rec[i].ordinal, i + 1);
    lit_document_free(&d);
  }
  free(b.p);
}


static void test_out_of_memory(void){
  check_out_of_memory("seeds/000_aa1e9265ac47af7f.txt");
  check_out_of_memory("seeds/003_0d10feb63e2a0cac.txt");
  check_out_of_memory("tests/fixtures/kiet_other_site.txt");
  check_out_of_memory("tests/fixtures/kiet_cut_off.txt");
  check_out_of_memory("tests/fixtures/ks_abstracts_only.txt");
  check_out_of_memory("tests/fixtures/ks_starts_mid_record.txt");
  check_out_of_memory("tests/fixtures/unknown_prose.txt");
  static const char *const more[] = {
    "kiet_other_site_two_authors.txt", "ks_abstracts_paragraphs.txt", "ksa_korean.txt", "ksa_english.txt",
    "ksa_dash.txt", "ksa_conference.txt", "ksa_cut_off.txt", "kci_article_en.txt", "kci_article_ko.txt",
    "kci_article_cut_off.txt", "kci_issue.txt", "kci_issue_no_abstract.txt",
  };
  for( size_t i = 0; i < sizeof more / sizeof more[0]; i++ ){
    char path[128];
    snprintf(path, sizeof path, "tests/fixtures/%s", more[i]);
    check_out_of_memory(path);
  }
}

/* The article-page readers on pages far larger than real ones. */
static void test_large_article_pages(void){
  double secs;
  page b = { 0, 0, 0 };
  /* 100,000 author bullets on an English page: two halves paired */
  puts_(&b, "DOI QR Code\nA Title\n한국어 제목\n");
  repeat(&b, "  • Kim, Min-Ho (KIET) ;\n", 50000);
  repeat(&b, "  • 김민호 (산업연구원) ;\n", 50000);
  puts_(&b, "  • Published : 2020.01.02\nAbstract\nText.\n");
  lit_document d = timed_parse("100,000 koreascience author bullets", &b, &secs);
  CHECK_INT(d.format, LIT_FORMAT_KOREASCIENCE_ARTICLE);
  CHECK_INT(d.n_rec ? d.rec[0].n_author : -1, 50000);
  lit_document_free(&d);

  /* 100,000 KCI issue entries */
  b.n = 0;
  puts_(&b, "2019, Vol.8, No.2\n");
  repeat(&b, "  • 1.\nA Title\nKim Min-Ho | 2019, 8(2) | pp.1~2\nAn abstract.\n", 100000);
  d = timed_parse("100,000 kci issue entries", &b, &secs);
  CHECK_INT(d.format, LIT_FORMAT_KCI_ISSUE);
  CHECK_INT(d.n_rec, 100000);
  CHECK_STR(d.error, NULL);
  lit_document_free(&d);

  /* a KCI author line of 100,000 names */
  b.n = 0;
  puts_(&b, "Skip to content\n  • Home\nTitle\n  • 2019, 8(2), pp.1-2\n");
  repeat(&b, "Min-Ji Park 1 ", 100000);
  puts_(&b, "\nABSTRACT\nText.\n");
  d = timed_parse("a kci author line of 100,000 names", &b, &secs);
  CHECK_INT(d.format, LIT_FORMAT_KCI_ARTICLE);
  CHECK_INT(d.n_rec ? d.rec[0].n_author : -1, 100000);
  lit_document_free(&d);

  /* an "Author :" line of 100,000 people with divisions on the other KIET site */
  b.n = 0;
  puts_(&b, "Title 2021-06-30 문서 미리보기문서 다운로드\nAuthor : ");
  repeat(&b, "Kim, Minsu (Division), ", 100000);
  puts_(&b, "\nText.\n");
  d = timed_parse("100,000 kiet authors with divisions", &b, &secs);
  CHECK_INT(d.format, LIT_FORMAT_KIET);
  CHECK_INT(d.n_rec ? d.rec[0].n_author : -1, 100000);
  lit_document_free(&d);
  free(b.p);
}

int main(void){
  test_million_bullets();
  test_large_article_pages();
  test_nested_parentheses();
  test_long_lines();
  test_garbage();
  test_out_of_memory();
  return CHECK_DONE();
}
