/* libFuzzer target: the compound-file + BIFF8 reader (ext/docs/xls.c) on
** hostile bytes, then the binary readers (riss_excel, csv) on the same
** bytes. Checks that every cell lies inside the pool, every cell and sheet
** name is valid UTF-8, cells are in row/column order, and every record
** field is valid UTF-8. Seeds: the .xls fixtures (tests/fixtures/, copied
** by tests/fuzz/run.sh) and tests/fuzz/corpus/fuzz_xls/. */
#include "docs/docs.h"
#include "docs/grid.h"
#include "text/utf8.h"
#include <stdlib.h>
#include <string.h>

static void check_span(const char *p, size_t n){
  if( kt_utf8_valid_prefix((const unsigned char*)p, n) != n ) abort();
  if( memchr(p, 0, n) ) abort();
}
static void check_str(const char *s){ if( s ) check_span(s, strlen(s)); }

static void check_grid(const lit_grid *g){
  size_t total = 0;
  for( int i = 0; i < g->n_sheet; i++ ){
    const lit_sheet *s = &g->sheet[i];
    if( s->first != total || s->name_off + s->name_len > g->pool_n ) abort();
    check_span(g->pool + s->name_off, s->name_len);
    for( size_t k = 0; k < s->n; k++ ){
      const lit_cell *x = &g->cell[s->first + k];
      if( x->off + x->len > g->pool_n || x->len == 0 ) abort();
      check_span(g->pool + x->off, x->len);
      if( k > 0 ){
        const lit_cell *p = x - 1;
        if( p->row > x->row || (p->row == x->row && p->col > x->col) ) abort();
      }
    }
    total += s->n;
  }
  if( total != g->n_cell ) abort();
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size){
  for( uint32_t max_rows = 0; max_rows < 2; max_rows++ ){
    lit_document d;
    memset(&d, 0, sizeof d);
    lit_ctx c;
    memset(&c, 0, sizeof c);
    c.doc = &d;
    lit_grid g;
    memset(&g, 0, sizeof g);
    if( lit_xls_read(&c, data, size, &g, max_rows) == 0 ) check_grid(&g);
    else if( !c.oom && !g.err[0] ) abort();   /* a failure always says why */
    lit_grid_free(&g);
    free(c.err);
  }
  lit_document doc;
  if( lit_parse_binary(data, size, &doc) == 0 ){
    check_str(doc.error);
    for( int i = 0; i < doc.n_rec; i++ ){
      const lit_record *r = &doc.rec[i];
      if( r->ordinal != i + 1 ) abort();
      const char *f[] = {r->title, r->title_ko, r->title_foreign, r->authors, r->journal, r->journal_ko,
        r->journal_foreign, r->volume, r->issue, r->page_first, r->page_last, r->page_count, r->year,
        r->date, r->abstract, r->abstract_ko, r->abstract_foreign, r->language, r->type, r->publisher,
        r->url, r->source_id, r->doi, r->issn, r->eissn};
      for( size_t k = 0; k < sizeof f / sizeof f[0]; k++ ) check_str(f[k]);
      for( int k = 0; k < r->n_keyword; k++ ){ if( !r->keyword[k] || !r->keyword[k][0] ) abort(); check_str(r->keyword[k]); }
      for( int j = 0; j < r->n_author; j++ ){
        if( !r->author[j].name ) abort();
        check_str(r->author[j].name); check_str(r->author[j].name_ko); check_str(r->author[j].name_latin);
        check_str(r->author[j].family); check_str(r->author[j].given);
      }
    }
    lit_document_free(&doc);
  }
  return 0;
}
