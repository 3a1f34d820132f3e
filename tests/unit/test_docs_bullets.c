/*
** Bullet variants of the saved pages: the same page with its U+2022 bullets
** written as "*", "-", "o", U+00B7 or U+318D (an EUC-KR page has no U+2022),
** indented with tabs or one space per level, or in EUC-KR with U+318D, gives
** exactly the records of the original, every field. A KoreaScience page that
** lost its indentation (every bullet at one indent) gives no record and an
** error that says why: no invented record.
*/
#include "check.h"
#include "docs/docs.h"
#include "text/text.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ucnv.h>

static char *read_all(const char *path, size_t *n){
  char full[1024];
  snprintf(full, sizeof full, "%s/%s", KOLIT_SOURCE_DIR, path);
  FILE *f = fopen(full, "rb");
  if( !f ){ fprintf(stderr, "cannot read %s\n", full); exit(1); }
  fseek(f, 0, SEEK_END);
  long len = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *p = malloc((size_t)len + 1);
  if( !p || fread(p, 1, (size_t)len, f) != (size_t)len ){ fprintf(stderr, "cannot read %s\n", full); exit(1); }
  fclose(f);
  p[len] = 0;
  *n = (size_t)len;
  return p;
}

/* text with every U+2022 replaced by marker, and the leading spaces of each
** line rewritten: indent 0 keeps them, 1 gives one tab per two spaces, 2 one
** space per two spaces, 3 drops them (flat). */
static char *variant(const char *text, size_t n, const char *marker, int indent, size_t *out_n){
  char *out = malloc(n * 3 + 1);
  size_t k = 0, i = 0;
  size_t ml = strlen(marker);
  while( i < n ){
    size_t sp = 0;
    while( i + sp < n && text[i + sp] == ' ' ) sp++;
    if( indent == 0 ) for(size_t j = 0; j < sp; j++) out[k++] = ' ';
    if( indent == 1 ){ for(size_t j = 0; j < sp / 2; j++) out[k++] = '\t'; if( sp % 2 ) out[k++] = ' '; }
    if( indent == 2 ){ for(size_t j = 0; j < (sp + 1) / 2; j++) out[k++] = ' '; }
    i += sp;
    while( i < n && text[i] != '\n' ){
      if( n - i >= 3 && memcmp(text + i, "\xE2\x80\xA2", 3) == 0 ){
        memcpy(out + k, marker, ml);
        k += ml;
        i += 3;
      }else{
        out[k++] = text[i++];
      }
    }
    if( i < n ) out[k++] = text[i++];
  }
  out[k] = 0;
  *out_n = k;
  return out;
}

static int same(const char *a, const char *b){
  return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
}

/* Every field of every record of b equals a's. */
static void check_same(const char *what, const lit_document *a, const lit_document *b){
  int ok = a->format == b->format && a->n_rec == b->n_rec && same(a->series, b->series)
        && same(a->query, b->query) && a->result_count == b->result_count && same(a->error, b->error);
  for(int i = 0; ok && i < a->n_rec; i++){
    const lit_record *x = &a->rec[i], *y = &b->rec[i];
    const char *const fx[] = {x->title, x->title_ko, x->title_foreign, x->authors, x->journal, x->volume,
      x->issue, x->series_no, x->page_first, x->page_last, x->page_count, x->issue_no, x->year, x->date,
      x->abstract, x->language, x->type, x->journal_ko, x->journal_foreign, x->doi, x->issn, x->eissn,
      x->publisher, x->abstract_ko, x->abstract_foreign, x->received, x->accepted, x->published, x->url,
      x->source_id};
    const char *const fy[] = {y->title, y->title_ko, y->title_foreign, y->authors, y->journal, y->volume,
      y->issue, y->series_no, y->page_first, y->page_last, y->page_count, y->issue_no, y->year, y->date,
      y->abstract, y->language, y->type, y->journal_ko, y->journal_foreign, y->doi, y->issn, y->eissn,
      y->publisher, y->abstract_ko, y->abstract_foreign, y->received, y->accepted, y->published, y->url,
      y->source_id};
    for(size_t f = 0; ok && f < sizeof fx / sizeof fx[0]; f++){
      if( !same(fx[f], fy[f]) ){
        fprintf(stderr, "%s: record %d field %zu: \"%s\" vs \"%s\"\n", what, i + 1, f,
                fx[f] ? fx[f] : "NULL", fy[f] ? fy[f] : "NULL");
        ok = 0;
      }
    }
    ok = ok && x->ordinal == y->ordinal && x->has_pdf == y->has_pdf && x->partial == y->partial
            && x->n_author == y->n_author && x->n_keyword == y->n_keyword;
    for(int j = 0; ok && j < x->n_author; j++){
      ok = same(x->author[j].name, y->author[j].name) && same(x->author[j].family, y->author[j].family)
        && same(x->author[j].given, y->author[j].given) && x->author[j].et_al == y->author[j].et_al;
    }
  }
  if( !ok ){
    fprintf(stderr, "%s: %d records (%s) vs %d (%s)\n", what, a->n_rec, a->error ? a->error : "no error",
            b->n_rec, b->error ? b->error : "no error");
  }
  CHECK(ok);
}

static void parse_text(const char *text, size_t n, lit_document *d){
  kt_text t;
  char err[200];
  memset(d, 0, sizeof *d);
  if( kt_decode(text, n, &t, err, sizeof err) != 0 || !t.encoding ){ CHECK(0); return; }
  CHECK_INT(lit_parse(t.text, t.len, d), 0);
  kt_text_free(&t);
}

/* UTF-8 -> EUC-KR with ICU; NULL when a character has no EUC-KR form. */
static char *to_euckr(const char *s, size_t n, size_t *out_n){
  UErrorCode st = U_ZERO_ERROR;
  UConverter *to = ucnv_open("EUC-KR", &st);
  if( U_FAILURE(st) ) return NULL;
  ucnv_setFromUCallBack(to, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &st);
  UConverter *from = ucnv_open("UTF-8", &st);
  char *out = malloc(n * 2 + 16);
  char *t = out;
  const char *src = s;
  ucnv_convertEx(to, from, &t, out + n * 2 + 16, &src, s + n, NULL, NULL, NULL, NULL, 1, 1, &st);
  ucnv_close(to);
  ucnv_close(from);
  if( U_FAILURE(st) ){ free(out); return NULL; }
  *out_n = (size_t)(t - out);
  return out;
}

static const char *const markers[] = {"*", "-", "o", "\xC2\xB7", "\xE3\x86\x8D"};

static void test_page(const char *path, int is_ks, int euckr){
  size_t n;
  char *text = read_all(path, &n);
  lit_document base;
  parse_text(text, n, &base);
  CHECK(base.n_rec > 0);
  char what[300];
  for(size_t m = 0; m < sizeof markers / sizeof markers[0]; m++){
    for(int indent = 0; indent <= 2; indent++){
      size_t vn;
      char *v = variant(text, n, markers[m], indent, &vn);
      lit_document d;
      parse_text(v, vn, &d);
      snprintf(what, sizeof what, "%s with \"%s\" bullets, indent style %d", path, markers[m], indent);
      check_same(what, &base, &d);
      lit_document_free(&d);
      free(v);
    }
  }
  size_t vn;
  char *v = variant(text, n, "\xE2\x80\xA2", 1, &vn);  /* tabs, original bullets */
  lit_document d;
  parse_text(v, vn, &d);
  snprintf(what, sizeof what, "%s indented with tabs", path);
  check_same(what, &base, &d);
  lit_document_free(&d);
  free(v);
  if( euckr ){
    /* As a Korean browser saves it in EUC-KR: U+318D bullets. */
    v = variant(text, n, "\xE3\x86\x8D", 0, &vn);
    size_t en;
    char *e = to_euckr(v, vn, &en);
    if( !e ) fprintf(stderr, "%s: no EUC-KR form\n", path);
    CHECK(e != NULL);
    if( e ){
      kt_text t;
      char err[200];
      CHECK_INT(kt_decode(e, en, &t, err, sizeof err), 0);
      CHECK_STR(t.encoding, "euc-kr");
      memset(&d, 0, sizeof d);
      CHECK_INT(lit_parse(t.text, t.len, &d), 0);
      snprintf(what, sizeof what, "%s in EUC-KR with U+318D bullets", path);
      check_same(what, &base, &d);
      lit_document_free(&d);
      kt_text_free(&t);
      free(e);
    }
    free(v);
  }
  if( is_ks ){
    /* Every bullet at one indent: nothing is read, and the error says why. */
    v = variant(text, n, "\xE2\x80\xA2", 3, &vn);
    parse_text(v, vn, &d);
    CHECK_INT(d.format, LIT_FORMAT_KOREASCIENCE);
    CHECK_INT(d.n_rec, 0);
    CHECK_STR(d.error, "no record read: the page's bullets are all at one indent, so author lines, "
                       "bibliographic lines and abstracts cannot be told apart (save the page again "
                       "from the browser as text, or copy it with its indentation)");
    CHECK_STR(d.query, base.query);
    CHECK_INT(d.result_count, base.result_count);
    lit_document_free(&d);
    free(v);
  }
  lit_document_free(&base);
  free(text);
}

/* A line that starts with another marker than the page's is text: a
** KoreaScience title "- A Study ..." on a page of U+2022 bullets, a KIET
** abstract's "- " lines on a page whose breadcrumbs are U+00B7. */
static void test_other_markers(void){
  size_t n;
  char *text = read_all("tests/fixtures/ks_comma_authors.txt", &n);
  lit_document base, d;
  parse_text(text, n, &base);
  /* the second record's title gets a leading "- " */
  const char *second = base.n_rec > 1 ? base.rec[1].title : NULL;
  CHECK(second != NULL);
  if( second ){
    char *at = strstr(text, second);
    CHECK(at != NULL);
    if( at ){
      size_t off = (size_t)(at - text), vn = n + 2;
      char *v = malloc(vn + 1);
      memcpy(v, text, off);
      memcpy(v + off, "- ", 2);
      memcpy(v + off + 2, text + off, n - off + 1);
      parse_text(v, vn, &d);
      CHECK_INT(d.n_rec, base.n_rec);
      if( d.n_rec > 1 ){
        char want[1024];
        snprintf(want, sizeof want, "- %s", second);
        CHECK_STR(d.rec[1].title, want);
        CHECK_STR(d.rec[1].authors, base.rec[1].authors);
        CHECK_STR(d.rec[0].journal, base.rec[0].journal);
      }
      lit_document_free(&d);
      free(v);
    }
  }
  lit_document_free(&base);
  free(text);

  text = read_all("tests/fixtures/kiet_occasional_paper.txt", &n);
  parse_text(text, n, &base);
  size_t vn;
  char *v = variant(text, n, "\xC2\xB7", 0, &vn);
  /* every abstract paragraph (a line after the metadata line) starts with "- " */
  char *w = malloc(vn * 2 + 1);
  size_t k = 0;
  int after_meta = 0, dashed = 0;
  for(size_t i = 0; i < vn; ){
    size_t e = i;
    while( e < vn && v[e] != '\n' ) e++;
    if( after_meta && e > i ){ memcpy(w + k, "- ", 2); k += 2; dashed++; }
    memcpy(w + k, v + i, e - i + (e < vn));
    k += e - i + (e < vn);
    if( strncmp(v + i, "Author", 6) == 0 ) after_meta = 1;
    i = e + 1;
  }
  w[k] = 0;
  CHECK(dashed >= 2);
  parse_text(w, k, &d);
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec == 1 && base.n_rec == 1 ){
    CHECK_STR(d.rec[0].title, base.rec[0].title);
    CHECK_STR(d.rec[0].authors, base.rec[0].authors);
    CHECK_STR(d.series, base.series);
  }
  lit_document_free(&d);
  lit_document_free(&base);
  free(w);
  free(v);
  free(text);
}

int main(void){
  test_other_markers();
  test_page("seeds/003_0d10feb63e2a0cac.txt", 1, 0);   /* ö, ü: no EUC-KR form */
  test_page("tests/fixtures/ks_comma_authors.txt", 1, 1);
  test_page("tests/fixtures/ks_biblio_variants.txt", 1, 1);
  test_page("tests/fixtures/ks_titles_latex.txt", 1, 1);
  test_page("tests/fixtures/ks_cut_off.txt", 1, 1);
  test_page("tests/fixtures/ks_starts_mid_record.txt", 1, 1);
  test_page("seeds/000_aa1e9265ac47af7f.txt", 0, 0);   /* a no-break space: no EUC-KR form */
  test_page("tests/fixtures/kiet_research_reports.txt", 0, 1);
  test_page("tests/fixtures/kiet_occasional_paper.txt", 0, 1);
  test_page("tests/fixtures/kiet_issues_analysis_empty_issue_no.txt", 0, 1);
  return CHECK_DONE();
}
