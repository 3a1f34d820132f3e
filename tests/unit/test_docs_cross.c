/*
** Cross-format test: every reader is fed the fixtures of every other format
** (with lit_parse_as, no detection) and must find no record in them, and
** detection must give each fixture its own format. One row per fixture;
** reader engineers add theirs (the table is merged by the lead).
**
** In this branch (issue 11) the readers under test are the citation-file
** readers: the KIET and KoreaScience readers, run without detection, take
** any text for a page (they were written to be called after detection), and
** the issue-10 branch makes them refuse other formats; when it is merged,
** readers_under_test becomes every reader with lit_has_reader().
*/
#include "docs_check.h"
#include "docs/docs_internal.h"

#define FIX "tests/fixtures/"

static const struct { const char *file; lit_format format; } fixtures[] = {
  { "kiet_research_reports.txt", LIT_FORMAT_KIET },
  { "kiet_occasional_paper.txt", LIT_FORMAT_KIET },
  { "kiet_monthly_issue_no.txt", LIT_FORMAT_KIET },
  { "kiet_issues_analysis_empty_issue_no.txt", LIT_FORMAT_KIET },
  { "kiet_other_site.txt", LIT_FORMAT_KIET },
  { "kiet_other_site_euckr.txt", LIT_FORMAT_KIET },
  { "kiet_cut_off.txt", LIT_FORMAT_KIET },
  { "ks_comma_authors.txt", LIT_FORMAT_KOREASCIENCE },
  { "ks_comma_authors_utf16le.txt", LIT_FORMAT_KOREASCIENCE },
  { "ks_biblio_variants.txt", LIT_FORMAT_KOREASCIENCE },
  { "ks_titles_latex.txt", LIT_FORMAT_KOREASCIENCE },
  { "ks_cut_off.txt", LIT_FORMAT_KOREASCIENCE },
  { "ks_abstracts_only.txt", LIT_FORMAT_KOREASCIENCE },
  { "ks_starts_mid_record.txt", LIT_FORMAT_KOREASCIENCE },
  { "ris_zotero.ris", LIT_FORMAT_RIS },
  { "ris_bom_crlf_cut_off.ris", LIT_FORMAT_RIS },
  { "ris_cp949.ris", LIT_FORMAT_RIS },
  { "bib_kci.bib", LIT_FORMAT_BIBTEX },
  { "bib_jabref.bib", LIT_FORMAT_BIBTEX },
  { "bib_errors.bib", LIT_FORMAT_BIBTEX },
  { "bib_zotero_utf16le.bib", LIT_FORMAT_BIBTEX },
  { "csl_zotero.json", LIT_FORMAT_CSL_JSON },
  { "csl_one_item_bom.json", LIT_FORMAT_CSL_JSON },
  { "unknown_prose.txt", LIT_FORMAT_UNKNOWN },
};

/* Prose that mentions the formats' markers without being one of them. */
static const char *const prose[] = {
  "Export your references as RIS: each record starts with TY and ends with ER.\n"
  "In BibTeX an entry looks like @article, and CSL-JSON has \"type\" and \"title\" keys.\n",
  "{\"name\": \"not a citation\", \"type\": \"report\"}\n",
  "E-mail me at kim@example.org {or call}.\n",
};

static const lit_format readers_under_test[] = { LIT_FORMAT_RIS, LIT_FORMAT_BIBTEX, LIT_FORMAT_CSL_JSON };

static int under_test(int fmt){
  for( size_t k = 0; k < sizeof readers_under_test / sizeof readers_under_test[0]; k++ ){
    if( (int)readers_under_test[k] == fmt ) return lit_has_reader((lit_format)fmt);
  }
  return 0;
}

int main(void){
  int n = (int)(sizeof fixtures / sizeof fixtures[0]);
  for( int i = 0; i < n; i++ ){
    char path[256];
    snprintf(path, sizeof path, FIX "%s", fixtures[i].file);
    parsed_file f = parse_file(path);
    if( !f.ok ) continue;
    if( f.doc.format != fixtures[i].format ) fprintf(stderr, "%s: detected as %s\n", path, lit_format_name(f.doc.format));
    CHECK_INT(f.doc.format, fixtures[i].format);
    for( int fmt = 1; fmt < LIT_FORMAT_COUNT; fmt++ ){
      if( fmt == (int)fixtures[i].format || !under_test(fmt) ) continue;
      lit_document d;
      CHECK_INT(lit_parse_as((lit_format)fmt, f.text.text, f.text.len, &d), 0);
      if( d.n_rec ) fprintf(stderr, "%s: the %s reader found %d records\n", path, lit_format_name((lit_format)fmt), d.n_rec);
      CHECK_INT(d.n_rec, 0);
      lit_document_free(&d);
    }
    parsed_file_free(&f);
  }
  for( size_t i = 0; i < sizeof prose / sizeof prose[0]; i++ ){
    lit_document d;
    CHECK_INT(lit_parse(prose[i], strlen(prose[i]), &d), 0);
    CHECK_INT(d.format, LIT_FORMAT_UNKNOWN);
    lit_document_free(&d);
    for( int fmt = 1; fmt < LIT_FORMAT_COUNT; fmt++ ){
      if( !under_test(fmt) ) continue;
      CHECK_INT(lit_parse_as((lit_format)fmt, prose[i], strlen(prose[i]), &d), 0);
      if( d.n_rec ) fprintf(stderr, "prose %zu: the %s reader found %d records\n", i, lit_format_name((lit_format)fmt), d.n_rec);
      CHECK_INT(d.n_rec, 0);
      lit_document_free(&d);
    }
  }
  return CHECK_DONE();
}
