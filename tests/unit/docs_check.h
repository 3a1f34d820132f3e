/*
** Helpers of the page-parser tests: read a file through the text layer and
** parse it, and compare a record with the values a person wrote down.
*/
#ifndef KOLIT_TEST_DOCS_CHECK_H
#define KOLIT_TEST_DOCS_CHECK_H
#include "check.h"
#include "docs/docs.h"
#include "docs/docs_internal.h"  /* lit_test_alloc_budget */
#include "text/text.h"
#include <stdlib.h>

typedef struct exp_author {
  const char *name, *family, *given;
  int et_al;
  const char *affiliation, *name_ko, *name_latin;
} exp_author;

/* Every field of a record; a NULL string means the field must be NULL. */
typedef struct exp_record {
  const char *title, *title_ko, *title_foreign, *authors;
  int n_author;
  exp_author author[6];
  const char *journal, *volume, *issue, *series_no, *page_first, *page_last;
  const char *page_count, *issue_no, *year, *date, *abstract, *language;
  int has_pdf, partial;
  const char *type, *journal_ko, *journal_foreign, *doi, *issn, *eissn, *publisher;
  const char *keywords;   /* the keywords joined with "|", NULL for none */
  const char *abstract_ko, *abstract_foreign, *received, *accepted, *published, *url, *source_id;
} exp_record;

/* A parsed file: the decoded text stays alive as long as the document. */
typedef struct parsed_file {
  char *bytes;
  kt_text text;
  lit_document doc;
  int ok;
} parsed_file;

static inline parsed_file parse_file(const char *path){
  parsed_file f;
  memset(&f, 0, sizeof f);
  FILE *fp = fopen(path, "rb");
  if( !fp ){ fprintf(stderr, "cannot open %s\n", path); CHECK(fp != NULL); return f; }
  fseek(fp, 0, SEEK_END);
  long n = ftell(fp);
  fseek(fp, 0, SEEK_SET);
  f.bytes = malloc((size_t)n + 1);
  size_t got = fread(f.bytes, 1, (size_t)n, fp);
  fclose(fp);
  CHECK_INT(got, n);
  char err[200] = "";
  int rc = kt_decode(f.bytes, (size_t)n, &f.text, err, sizeof err);
  CHECK_INT(rc, 0);
  if( rc ){ fprintf(stderr, "%s: %s\n", path, err); return f; }
  CHECK_INT(lit_parse(f.text.text, f.text.len, &f.doc), 0);
  f.ok = 1;
  return f;
}

static inline void parsed_file_free(parsed_file *f){
  lit_document_free(&f->doc);
  kt_text_free(&f->text);
  free(f->bytes);
}

/* Makes allocation 0, 1, 2, ... of a parse fail until a parse succeeds: each
** failed parse returns -1 and leaves a zeroed document (nothing leaks: ASan
** and valgrind run the unit tests), the first that succeeds gives the
** document an unlimited parse gives. */
static inline int document_is_zero(const lit_document *d){
  lit_document zero;
  memset(&zero, 0, sizeof zero);
  return memcmp(d, &zero, sizeof zero) == 0;
}

static inline void check_out_of_memory(const char *path){
  parsed_file f = parse_file(path);
  if( !f.ok ) return;
  long fails = 0, k;
  for( k = 0; k < 100000; k++ ){
    lit_document d;
    lit_test_alloc_budget = k;
    int rc = lit_parse(f.text.text, f.text.len, &d);
    lit_test_alloc_budget = -1;
    if( rc == 0 ){
      CHECK_INT(d.n_rec, f.doc.n_rec);
      CHECK_STR(d.error, f.doc.error);
      lit_document_free(&d);
      break;
    }
    CHECK_INT(rc, -1);
    CHECK(document_is_zero(&d));
    fails++;
  }
  CHECK(fails > 0);
  CHECK(k < 100000);
  parsed_file_free(&f);
}

static inline void check_record(const char *where, const lit_record *r, const exp_record *e){
  int failed_before = check_failed;
  CHECK_STR(r->title, e->title);
  CHECK_STR(r->title_ko, e->title_ko);
  CHECK_STR(r->title_foreign, e->title_foreign);
  CHECK_STR(r->authors, e->authors);
  CHECK_INT(r->n_author, e->n_author);
  for( int i = 0; i < r->n_author && i < e->n_author; i++ ){
    CHECK_STR(r->author[i].name, e->author[i].name);
    CHECK_STR(r->author[i].family, e->author[i].family);
    CHECK_STR(r->author[i].given, e->author[i].given);
    CHECK_INT(r->author[i].et_al, e->author[i].et_al);
    CHECK_STR(r->author[i].affiliation, e->author[i].affiliation);
    CHECK_STR(r->author[i].name_ko, e->author[i].name_ko);
    CHECK_STR(r->author[i].name_latin, e->author[i].name_latin);
  }
  CHECK_STR(r->journal, e->journal);
  CHECK_STR(r->volume, e->volume);
  CHECK_STR(r->issue, e->issue);
  CHECK_STR(r->series_no, e->series_no);
  CHECK_STR(r->page_first, e->page_first);
  CHECK_STR(r->page_last, e->page_last);
  CHECK_STR(r->page_count, e->page_count);
  CHECK_STR(r->issue_no, e->issue_no);
  CHECK_STR(r->year, e->year);
  CHECK_STR(r->date, e->date);
  CHECK_STR(r->abstract, e->abstract);
  CHECK_STR(r->language, e->language);
  CHECK_INT(r->has_pdf, e->has_pdf);
  CHECK_INT(r->partial, e->partial);
  CHECK_STR(r->type, e->type);
  CHECK_STR(r->journal_ko, e->journal_ko);
  CHECK_STR(r->journal_foreign, e->journal_foreign);
  CHECK_STR(r->doi, e->doi);
  CHECK_STR(r->issn, e->issn);
  CHECK_STR(r->eissn, e->eissn);
  CHECK_STR(r->publisher, e->publisher);
  char kw[2048] = "";
  for( int i = 0; i < r->n_keyword; i++ ){
    if( i ) strncat(kw, "|", sizeof kw - strlen(kw) - 1);
    strncat(kw, r->keyword[i], sizeof kw - strlen(kw) - 1);
  }
  CHECK_STR(r->n_keyword ? kw : NULL, e->keywords);
  CHECK_STR(r->abstract_ko, e->abstract_ko);
  CHECK_STR(r->abstract_foreign, e->abstract_foreign);
  CHECK_STR(r->received, e->received);
  CHECK_STR(r->accepted, e->accepted);
  CHECK_STR(r->published, e->published);
  CHECK_STR(r->url, e->url);
  CHECK_STR(r->source_id, e->source_id);
  if( check_failed != failed_before ) fprintf(stderr, "  ^ in %s, record %d\n", where, r->ordinal);
}

/* Checks the records of a document against a list, in order. */
static inline void check_records(const char *where, const lit_document *d, const exp_record *e, int n){
  CHECK_INT(d->n_rec, n);
  for( int i = 0; i < d->n_rec && i < n; i++ ){
    CHECK_INT(d->rec[i].ordinal, i + 1);
    check_record(where, &d->rec[i], &e[i]);
  }
}

/* Parses a file and checks the document and every field of every record. */
static inline void check_document(const char *path, lit_format format, const char *series, const char *query,
                           long long result_count, const char *error, const exp_record *want, int n){
  parsed_file f = parse_file(path);
  if( !f.ok ) return;
  int failed_before = check_failed;
  CHECK_INT(f.doc.format, format);
  CHECK_STR(f.doc.series, series);
  CHECK_STR(f.doc.query, query);
  CHECK_INT(f.doc.result_count, result_count);
  CHECK_STR(f.doc.error, error);
  if( check_failed != failed_before ) fprintf(stderr, "  ^ in %s\n", path);
  check_records(path, &f.doc, want, n);
  parsed_file_free(&f);
}

#endif
