/* libFuzzer target: the page parsers, fed through the text layer as the
** SQL tables do. Checks that every record field is valid UTF-8 and that the
** record and author counts are consistent. */
#include "docs/docs.h"
#include "text/text.h"
#include "text/utf8.h"
#include <stdlib.h>
#include <string.h>

static void check_str(const char *s){
  if( s && kt_utf8_valid_prefix((const unsigned char*)s, strlen(s)) != strlen(s) ) abort();
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size){
  kt_text t;
  char err[200];
  if( kt_decode(data, size, &t, err, sizeof err) != 0 ) return 0;
  lit_document doc;
  if( lit_parse(t.text, t.len, &doc) == 0 ){
    if( doc.n_rec < 0 || (doc.n_rec > 0 && !doc.rec) ) abort();
    if( doc.format == LIT_FORMAT_UNKNOWN && doc.n_rec != 0 ) abort();
    check_str(doc.series); check_str(doc.query); check_str(doc.error);
    for(int i = 0; i < doc.n_rec; i++){
      const lit_record *r = &doc.rec[i];
      if( r->ordinal != i + 1 || r->n_author < 0 ) abort();
      const char *f[] = {r->title, r->title_ko, r->title_foreign, r->authors, r->journal, r->volume,
        r->issue, r->series_no, r->page_first, r->page_last, r->page_count, r->issue_no, r->year,
        r->date, r->abstract, r->language, r->type, r->journal_ko, r->journal_foreign, r->doi, r->issn,
        r->eissn, r->publisher, r->abstract_ko, r->abstract_foreign, r->received, r->accepted, r->published,
        r->url, r->source_id};
      for(size_t k = 0; k < sizeof f / sizeof f[0]; k++) check_str(f[k]);
      if( r->n_keyword < 0 || (r->n_keyword > 0 && !r->keyword) ) abort();
      for(int j = 0; j < r->n_keyword; j++){ if( !r->keyword[j] || !r->keyword[j][0] ) abort(); check_str(r->keyword[j]); }
      for(int j = 0; j < r->n_author; j++){
        check_str(r->author[j].name); check_str(r->author[j].family); check_str(r->author[j].given);
        check_str(r->author[j].affiliation); check_str(r->author[j].name_ko); check_str(r->author[j].name_latin);
        if( !r->author[j].name ) abort();
      }
    }
    lit_document_free(&doc);
  }
  kt_text_free(&t);
  return 0;
}
