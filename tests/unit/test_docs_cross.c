/*
** Cross-format test: every reader is fed the fixtures of every other format
** (lit_parse_as, no detection) and prose of our own, and must give no
** record. Then lit_parse (with detection) must give each fixture its own
** format. Binary fixtures (.xls) go to the readers as raw bytes, text ones
** through the text layer, as the SQL tables do.
**
** Every file in tests/fixtures/ has a row here (a missing row fails).
**
** The readers checked with lit_parse_as are those of checked_reader[]: on
** this branch (issue 11b) riss_excel and csv. The KIET and KoreaScience
** readers still take any text for a record (issue 10 makes them strict and
** adds them here); when the tables are merged, the list names them all.
*/
#include "check.h"
#include "docs/docs.h"
#include "text/text.h"
#include <dirent.h>
#include <stdlib.h>

static const struct { const char *file; lit_format format; } fixtures[] = {
  { "csv_english_header.csv", LIT_FORMAT_CSV },
  { "csv_korean_semicolon.csv", LIT_FORMAT_CSV },
  { "csv_prose_commas.txt", LIT_FORMAT_UNKNOWN },
  { "csv_tab.tsv", LIT_FORMAT_CSV },
  { "csv_unterminated.csv", LIT_FORMAT_CSV },
  { "empty.txt", LIT_FORMAT_UNKNOWN },
  { "kiet_cut_off.txt", LIT_FORMAT_KIET },
  { "kiet_issues_analysis_empty_issue_no.txt", LIT_FORMAT_KIET },
  { "kiet_monthly_issue_no.txt", LIT_FORMAT_KIET },
  { "kiet_occasional_paper.txt", LIT_FORMAT_KIET },
  { "kiet_other_site.txt", LIT_FORMAT_KIET },
  { "kiet_other_site_euckr.txt", LIT_FORMAT_KIET },
  { "kiet_research_reports.txt", LIT_FORMAT_KIET },
  { "ks_abstracts_only.txt", LIT_FORMAT_KOREASCIENCE },
  { "ks_biblio_variants.txt", LIT_FORMAT_KOREASCIENCE },
  { "ks_comma_authors.txt", LIT_FORMAT_KOREASCIENCE },
  { "ks_comma_authors_bom.txt", LIT_FORMAT_KOREASCIENCE },
  { "ks_comma_authors_crlf.txt", LIT_FORMAT_KOREASCIENCE },
  { "ks_comma_authors_nfd.txt", LIT_FORMAT_KOREASCIENCE },
  { "ks_comma_authors_utf16le.txt", LIT_FORMAT_KOREASCIENCE },
  { "ks_cut_off.txt", LIT_FORMAT_KOREASCIENCE },
  { "ks_starts_mid_record.txt", LIT_FORMAT_KOREASCIENCE },
  { "ks_titles_latex.txt", LIT_FORMAT_KOREASCIENCE },
  { "not_text.png", LIT_FORMAT_UNKNOWN },
  { "riss_journal.csv", LIT_FORMAT_RISS_EXCEL },
  { "riss_journal.xls", LIT_FORMAT_RISS_EXCEL },
  { "riss_journal_bom.csv", LIT_FORMAT_RISS_EXCEL },
  { "riss_journal_resaved.xls", LIT_FORMAT_RISS_EXCEL },
  { "riss_journal_small.xls", LIT_FORMAT_RISS_EXCEL },
  { "riss_thesis.xls", LIT_FORMAT_RISS_EXCEL },
  { "riss_thesis_cp949.csv", LIT_FORMAT_RISS_EXCEL },
  { "riss_thesis_utf16.txt", LIT_FORMAT_RISS_EXCEL },
  { "sheet_generic.xls", LIT_FORMAT_CSV },
  { "unknown_prose.txt", LIT_FORMAT_UNKNOWN },
};
#define N_FIXTURES (sizeof fixtures / sizeof fixtures[0])

/* Prose of our own: text no reader may take for a record. */
static const char *const prose[] = {
  "The title, author and year of each paper were noted, with the journal, volume and pages.\n"
  "Title: a note. Author: nobody. 제목, 저자, 발행연도 are the columns RISS uses.\n",
  "title\nauthor\nyear\n",
  "제목\t저자\n",
  "Vol.12No.3[2021]\n101-118\n김하늘(Ha-Neul Kim),이도윤(Do-Yun Lee)\n",
};

static const lit_format checked_reader[] = { LIT_FORMAT_RISS_EXCEL, LIT_FORMAT_CSV };

static int checked(int f){
  for( size_t i = 0; i < sizeof checked_reader / sizeof checked_reader[0]; i++ ) if( (int)checked_reader[i] == f ) return 1;
  return 0;
}

typedef struct doc_bytes { char *bytes; size_t n; kt_text text; int binary; } doc_bytes;

static int load(const char *file, doc_bytes *d){
  char path[512];
  snprintf(path, sizeof path, "tests/fixtures/%s", file);
  memset(d, 0, sizeof *d);
  FILE *fp = fopen(path, "rb");
  if( !fp ) return 0;
  fseek(fp, 0, SEEK_END);
  long n = ftell(fp);
  fseek(fp, 0, SEEK_SET);
  d->bytes = malloc((size_t)n + 1);
  d->n = fread(d->bytes, 1, (size_t)n, fp);
  fclose(fp);
  char err[200];
  if( kt_decode(d->bytes, d->n, &d->text, err, sizeof err) != 0 ) return 0;
  d->binary = d->text.encoding == NULL;
  return 1;
}

static void unload(doc_bytes *d){ kt_text_free(&d->text); free(d->bytes); }

static const char *input(const doc_bytes *d, size_t *n){
  if( d->binary ){ *n = d->n; return d->bytes; }
  *n = d->text.len;
  return d->text.text;
}

int main(void){
  /* every fixture has a row */
  DIR *dir = opendir("tests/fixtures");
  CHECK(dir != NULL);
  struct dirent *e;
  while( dir && (e = readdir(dir)) != NULL ){
    if( e->d_name[0] == '.' ) continue;
    int found = 0;
    for( size_t i = 0; i < N_FIXTURES; i++ ) found |= strcmp(fixtures[i].file, e->d_name) == 0;
    if( !found ) fprintf(stderr, "tests/fixtures/%s has no row in test_docs_cross.c\n", e->d_name);
    CHECK(found);
  }
  if( dir ) closedir(dir);

  for( size_t i = 0; i < N_FIXTURES; i++ ){
    doc_bytes d;
    CHECK(load(fixtures[i].file, &d));
    size_t n;
    const char *p = input(&d, &n);
    /* with detection: its own format */
    lit_document doc;
    CHECK_INT(d.binary ? lit_parse_binary((const unsigned char*)p, n, &doc) : lit_parse(p, n, &doc), 0);
    if( doc.format != fixtures[i].format ) fprintf(stderr, "%s: read as %s\n", fixtures[i].file, lit_format_name(doc.format));
    CHECK_INT(doc.format, fixtures[i].format);
    lit_document_free(&doc);
    /* every other reader: no record */
    for( int f = 1; f < LIT_FORMAT_COUNT; f++ ){
      if( (lit_format)f == fixtures[i].format || !lit_has_reader((lit_format)f) || !checked(f) ) continue;
      CHECK_INT(lit_parse_as((lit_format)f, p, n, &doc), 0);
      if( doc.n_rec ) fprintf(stderr, "%s: %d records from the %s reader\n", fixtures[i].file, doc.n_rec, lit_format_name((lit_format)f));
      CHECK_INT(doc.n_rec, 0);
      lit_document_free(&doc);
    }
    unload(&d);
  }
  for( size_t i = 0; i < sizeof prose / sizeof prose[0]; i++ ){
    for( int f = 1; f < LIT_FORMAT_COUNT; f++ ){
      if( !lit_has_reader((lit_format)f) || !checked(f) ) continue;
      lit_document doc;
      CHECK_INT(lit_parse_as((lit_format)f, prose[i], strlen(prose[i]), &doc), 0);
      if( doc.n_rec ) fprintf(stderr, "prose %zu: %d records from the %s reader\n", i, doc.n_rec, lit_format_name((lit_format)f));
      CHECK_INT(doc.n_rec, 0);
      lit_document_free(&doc);
    }
  }
  for( size_t i = 0; i < sizeof checked_reader / sizeof checked_reader[0]; i++ ) CHECK(lit_has_reader(checked_reader[i]));
  return CHECK_DONE();
}
