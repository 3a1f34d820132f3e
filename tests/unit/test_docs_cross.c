/*
** Precision across formats: every reader is fed the fixtures of every other
** format (lit_parse_as, no detection) and prose written for this test, and
** must give no record. A reader that finds "a title" in anything would make
** records out of other sites' pages the moment detection is wrong.
**
** The table lists every file of tests/fixtures/ with the format lit_parse
** gives it (LIT_FORMAT_UNKNOWN: no reader's); a fixture missing from the
** table fails the test, so a new fixture gets its row when it is added.
** Fixtures that are not text (.xls workbooks, a PNG) go to the binary
** readers as raw bytes, as lit_documents sends them.
*/
#include "docs_check.h"
#include <dirent.h>

#define FIX "tests/fixtures/"

static const struct { const char *file; lit_format format; } fixtures[] = {
  { "empty.txt",                               LIT_FORMAT_UNKNOWN },
  { "not_text.png",                            LIT_FORMAT_UNKNOWN },
  { "unknown_prose.txt",                       LIT_FORMAT_UNKNOWN },
  { "kiet_cut_off.txt",                        LIT_FORMAT_KIET },
  { "kiet_issues_analysis_empty_issue_no.txt", LIT_FORMAT_KIET },
  { "kiet_monthly_issue_no.txt",               LIT_FORMAT_KIET },
  { "kiet_occasional_paper.txt",               LIT_FORMAT_KIET },
  { "kiet_other_site.txt",                     LIT_FORMAT_KIET },
  { "kiet_other_site_euckr.txt",               LIT_FORMAT_KIET },
  { "kiet_other_site_buttons.txt",             LIT_FORMAT_KIET },
  { "kiet_other_site_two_authors.txt",         LIT_FORMAT_KIET },
  { "kiet_research_reports.txt",               LIT_FORMAT_KIET },
  { "ks_abstracts_only.txt",                   LIT_FORMAT_KOREASCIENCE },
  { "ks_biblio_variants.txt",                  LIT_FORMAT_KOREASCIENCE },
  { "ks_comma_authors.txt",                    LIT_FORMAT_KOREASCIENCE },
  { "ks_comma_authors_bom.txt",                LIT_FORMAT_KOREASCIENCE },
  { "ks_comma_authors_crlf.txt",               LIT_FORMAT_KOREASCIENCE },
  { "ks_comma_authors_nfd.txt",                LIT_FORMAT_KOREASCIENCE },
  { "ks_comma_authors_utf16le.txt",            LIT_FORMAT_KOREASCIENCE },
  { "ks_cut_off.txt",                          LIT_FORMAT_KOREASCIENCE },
  { "ks_starts_mid_record.txt",                LIT_FORMAT_KOREASCIENCE },
  { "ks_titles_latex.txt",                     LIT_FORMAT_KOREASCIENCE },
  { "ks_abstracts_paragraphs.txt",             LIT_FORMAT_UNKNOWN },
  { "ksa_korean.txt",                          LIT_FORMAT_KOREASCIENCE_ARTICLE },
  { "ksa_korean_german.txt",                   LIT_FORMAT_KOREASCIENCE_ARTICLE },
  { "ksa_english.txt",                         LIT_FORMAT_KOREASCIENCE_ARTICLE },
  { "ksa_dash.txt",                            LIT_FORMAT_KOREASCIENCE_ARTICLE },
  { "ksa_conference.txt",                      LIT_FORMAT_KOREASCIENCE_ARTICLE },
  { "ksa_cut_off.txt",                         LIT_FORMAT_KOREASCIENCE_ARTICLE },
  { "kci_article_en.txt",                      LIT_FORMAT_KCI_ARTICLE },
  { "kci_article_ko.txt",                      LIT_FORMAT_KCI_ARTICLE },
  { "kci_article_cut_off.txt",                 LIT_FORMAT_KCI_ARTICLE },
  { "kci_issue.txt",                           LIT_FORMAT_KCI_ISSUE },
  { "kci_issue_no_abstract.txt",               LIT_FORMAT_KCI_ISSUE },
  { "csv_english_header.csv",                  LIT_FORMAT_CSV },
  { "csv_korean_semicolon.csv",                LIT_FORMAT_CSV },
  { "csv_prose_commas.txt",                    LIT_FORMAT_UNKNOWN },
  { "csv_tab.tsv",                             LIT_FORMAT_CSV },
  { "csv_unterminated.csv",                    LIT_FORMAT_CSV },
  { "riss_journal.csv",                        LIT_FORMAT_RISS_EXCEL },
  { "riss_journal.xls",                        LIT_FORMAT_RISS_EXCEL },
  { "riss_journal_bom.csv",                    LIT_FORMAT_RISS_EXCEL },
  { "riss_journal_resaved.xls",                LIT_FORMAT_RISS_EXCEL },
  { "riss_journal_small.xls",                  LIT_FORMAT_RISS_EXCEL },
  { "riss_thesis.xls",                         LIT_FORMAT_RISS_EXCEL },
  { "riss_thesis_cp949.csv",                   LIT_FORMAT_RISS_EXCEL },
  { "riss_thesis_utf16.txt",                   LIT_FORMAT_RISS_EXCEL },
  { "sheet_generic.xls",                       LIT_FORMAT_CSV },
  { "bib_errors.bib",                          LIT_FORMAT_BIBTEX },
  { "bib_jabref.bib",                          LIT_FORMAT_BIBTEX },
  { "bib_kci.bib",                             LIT_FORMAT_BIBTEX },
  { "bib_zotero_utf16le.bib",                  LIT_FORMAT_BIBTEX },
  { "csl_broken.json",                         LIT_FORMAT_CSL_JSON },
  { "csl_one_item_bom.json",                   LIT_FORMAT_CSL_JSON },
  { "csl_zotero.json",                         LIT_FORMAT_CSL_JSON },
  { "ris_bom_crlf_cut_off.ris",                LIT_FORMAT_RIS },
  { "ris_cp949.ris",                           LIT_FORMAT_RIS },
  { "ris_zotero.ris",                          LIT_FORMAT_RIS },
  { "html_kci_lang_twins.html",                LIT_FORMAT_HTML_META },
  { "html_koreascience.html",                  LIT_FORMAT_HTML_META },
  { "html_dbpia.html",                         LIT_FORMAT_HTML_META },
  { "html_publisher_dc_prism.html",            LIT_FORMAT_HTML_META },
  { "html_jsonld.html",                        LIT_FORMAT_HTML_META },
  { "html_jsonld_graph.html",                  LIT_FORMAT_HTML_META },
  { "html_search_results.html",                LIT_FORMAT_UNKNOWN },
  { "html_home_og_only.html",                  LIT_FORMAT_UNKNOWN },
  { "html_euckr.html",                         LIT_FORMAT_HTML_META },
  { "html_chrome_qp.mhtml",                    LIT_FORMAT_HTML_META },
  { "html_ie_base64_euckr.mhtml",              LIT_FORMAT_HTML_META },
  { "html_cut_off.html",                       LIT_FORMAT_HTML_META },
};
#define N_FIXTURES (int)(sizeof fixtures / sizeof fixtures[0])

/* Prose and lists of no format: notes a researcher keeps next to the pages,
** with the bullets, dashes, numbers, dates and labels the readers look for. */
static const char *const prose[] = {
  "Notes on cluster policy\n\nRegional cluster policy in Korea began with the industrial complexes.\n"
    "Later programmes tried to link firms, universities and research institutes.\n",
  "클러스터 정책 메모\n\n산업단지 구조고도화 사업은 2005년에 시작되었다.\n\n"
    "지역혁신체계와 클러스터의 관계를 정리할 것.\n",
  "Reading list\n  • Porter 1998\n  • Asheim and Gertler 2005\n    • /\n  • Cooke (2001) ;\n",
  "- 읽을 것\n- 제3장 (클러스터 이론)\n- Pages to copy: 10-20\n- 2011\n- Kim (Seoul) ;\n",
  "To do\nAuthor: me\n1. Introduction\n2. Method\n3. Results 2019.03.03\nDate 2020.01.02\n",
  "Meeting 2021-06-30\nPark Min-Ji 1 Choi Hyun-Woo 2\n1 agenda item\n2 agenda items\nABSTRACT ideas\n",
  "Received : yesterday\nAccepted : maybe\nPublished : soon\n투고 : 아직\nAbstract\nnothing yet\n",
  "2019, Vol.8, No.2 of my notebook\n  • 1.\nsomething | other | thing\n",
  "The title, author and year of each paper were noted, with the journal, volume and pages.\n"
    "Title: a note. Author: nobody. 제목, 저자, 발행연도 are the columns RISS uses.\n",
  "title\nauthor\nyear\n",
  "Vol.12No.3[2021]\n101-118\n김하늘(Ha-Neul Kim),이도윤(Do-Yun Lee)\n",
  "Export your references as RIS: each record starts with TY and ends with ER.\n"
    "In BibTeX an entry looks like @article, and CSL-JSON has \"type\" and \"title\" keys.\n",
  "{\"name\": \"not a citation\", \"type\": \"report\"}\n",
  "E-mail me at kim@example.org {or call}.\n",
  "This note explains how to save a page. Open it, choose Save as, and pick \"Webpage, complete\".\n"
    "The <html> element holds the <head> and the <body>; Google Scholar reads citation_title and\n"
    "citation_author tags there.\n",
  "클러스터 정책은 1990년대 이후 지역혁신의 중심 수단이 되었다. 이 글은 그 흐름을 정리한다.\n\n"
    "Author 김민수 Date 2020.01.02 같은 줄은 본문에도 나올 수 있다.\n",
  "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nA mail, not a saved page.\n",
  "<p>A fragment of HTML with a <b>bold</b> word and <meta name=\"citation_title\" content=\"X\"> quoted as text.\n",
};
#define N_PROSE (int)(sizeof prose / sizeof prose[0])

static int in_table(const char *name){
  for( int i = 0; i < N_FIXTURES; i++ ) if( strcmp(fixtures[i].file, name) == 0 ) return 1;
  return 0;
}

/* Every file of tests/fixtures/ is in the table. */
static void test_table_complete(void){
  DIR *d = opendir(FIX);
  CHECK(d != NULL);
  if( !d ) return;
  struct dirent *e;
  while( (e = readdir(d)) != NULL ){
    if( e->d_name[0] == '.' ) continue;
    if( !in_table(e->d_name) ) fprintf(stderr, "tests/fixtures/%s is not in the table\n", e->d_name);
    CHECK(in_table(e->d_name));
  }
  closedir(d);
}

/* Decodes a fixture; 0 when it is not text (*bytes, *n then hold the raw
** bytes, for the binary readers), -1 when it cannot be read. */
static int read_fixture(const char *file, char **bytes, size_t *nbytes, kt_text *t){
  char path[256];
  snprintf(path, sizeof path, FIX "%s", file);
  FILE *fp = fopen(path, "rb");
  CHECK(fp != NULL);
  if( !fp ) return -1;
  fseek(fp, 0, SEEK_END);
  long n = ftell(fp);
  fseek(fp, 0, SEEK_SET);
  *bytes = malloc((size_t)n + 1);
  CHECK_INT(fread(*bytes, 1, (size_t)n, fp), n);
  fclose(fp);
  *nbytes = (size_t)n;
  char err[200];
  if( kt_decode(*bytes, (size_t)n, t, err, sizeof err) != 0 ){ free(*bytes); return -1; }
  if( !t->encoding ){ kt_text_free(t); return 0; }
  return 1;
}

static void test_fixtures(void){
  for( int i = 0; i < N_FIXTURES; i++ ){
    char *bytes;
    size_t nbytes;
    kt_text t;
    lit_document doc;
    int text = read_fixture(fixtures[i].file, &bytes, &nbytes, &t);
    CHECK(text >= 0);
    if( text < 0 ) continue;
    if( text == 0 ){
      /* not text: the binary readers (workbooks) decide, as in lit_documents */
      CHECK_INT(lit_parse_binary((const unsigned char*)bytes, nbytes, &doc), 0);
      if( doc.format != fixtures[i].format ) fprintf(stderr, "  ^ %s\n", fixtures[i].file);
      CHECK_INT(doc.format, fixtures[i].format);
      lit_document_free(&doc);
      free(bytes);
      continue;
    }
    CHECK_INT(lit_parse(t.text, t.len, &doc), 0);
    if( doc.format != fixtures[i].format ) fprintf(stderr, "  ^ %s\n", fixtures[i].file);
    CHECK_INT(doc.format, fixtures[i].format);
    lit_document_free(&doc);
    for( int f = 1; f < LIT_FORMAT_COUNT; f++ ){
      if( f == (int)fixtures[i].format || !lit_has_reader((lit_format)f) ) continue;
      CHECK_INT(lit_parse_as((lit_format)f, t.text, t.len, &doc), 0);
      if( doc.n_rec ) fprintf(stderr, "  ^ %s read as %s\n", fixtures[i].file, lit_format_name((lit_format)f));
      CHECK_INT(doc.n_rec, 0);
      if( !doc.error ) fprintf(stderr, "  ^ %s read as %s: no record and no error\n", fixtures[i].file, lit_format_name((lit_format)f));
      CHECK(doc.error != NULL);
      lit_document_free(&doc);
    }
    kt_text_free(&t);
    free(bytes);
  }
}

static void test_prose(void){
  for( int i = 0; i < N_PROSE; i++ ){
    lit_document doc;
    CHECK_INT(lit_parse(prose[i], strlen(prose[i]), &doc), 0);
    if( doc.format != LIT_FORMAT_UNKNOWN ) fprintf(stderr, "  ^ prose %d read as %s\n", i, lit_format_name(doc.format));
    CHECK_INT(doc.format, LIT_FORMAT_UNKNOWN);
    lit_document_free(&doc);
    for( int f = 1; f < LIT_FORMAT_COUNT; f++ ){
      if( !lit_has_reader((lit_format)f) ) continue;
      CHECK_INT(lit_parse_as((lit_format)f, prose[i], strlen(prose[i]), &doc), 0);
      if( doc.n_rec ) fprintf(stderr, "  ^ prose %d read as %s\n", i, lit_format_name((lit_format)f));
      CHECK_INT(doc.n_rec, 0);
      lit_document_free(&doc);
    }
  }
}

int main(void){
  test_table_complete();
  test_fixtures();
  test_prose();
  return CHECK_DONE();
}
