/*
** The reader table: every format kolit reads, in priority order, each with
** the function that recognises it and the one that reads it. lit_parse()
** and lit_parse_binary() ask every reader of their kind for a score and hand
** the document to the best one; a tie goes to the reader listed first.
**
** A reader's detect() looks at the head of the document only
** (lit_detect_head(): the first LIT_DETECT_BYTES, cut at a line end), so
** that recognising a large page costs no pass over all of it per reader;
** every format shows its markers at the top. Scores:
**   0  not this format
**   1  a weak sign (a KIET metadata line, KoreaScience's "/" bullets)
**   2  a strong marker (a header, a query line, a record start)
**   3  a marker no other format can show (a file signature)
** Without any score the document is LIT_FORMAT_UNKNOWN, with an error that
** says what was looked for.
**
** Adding a format: write ext/docs/parse_<format>.c with a detect and a
** parse function (declared in docs_internal.h), and add one row below.
*/
#include "docs/docs_internal.h"
#include <stdio.h>
#include <stdlib.h>

typedef struct lit_reader {
  lit_format format;
  int binary;              /* reads the raw bytes, not decoded text */
  int (*detect)(const char *text, size_t len);
  void (*parse)(lit_ctx *c, const char *text, size_t len);
} lit_reader;

static const lit_reader lit_readers[] = {
  { LIT_FORMAT_KIET,         0, lit_detect_kiet,         lit_parse_kiet },
  { LIT_FORMAT_KOREASCIENCE, 0, lit_detect_koreascience, lit_parse_koreascience },
  { LIT_FORMAT_KOREASCIENCE_ARTICLE, 0, lit_detect_koreascience_article, lit_parse_koreascience_article },
  { LIT_FORMAT_KCI_ARTICLE, 0, lit_detect_kci_article, lit_parse_kci_article },
  { LIT_FORMAT_KCI_ISSUE, 0, lit_detect_kci_issue, lit_parse_kci_issue },
  { LIT_FORMAT_RISS_EXCEL,   0, lit_detect_riss_excel,   lit_parse_riss_excel },
  { LIT_FORMAT_CSV,          0, lit_detect_csv,          lit_parse_csv },
  { LIT_FORMAT_RISS_EXCEL,   1, lit_detect_riss_excel_xls, lit_parse_riss_excel },
  { LIT_FORMAT_CSV,          1, lit_detect_csv_xls,      lit_parse_csv },
  { LIT_FORMAT_RIS,          0, lit_detect_ris,          lit_parse_ris },
  { LIT_FORMAT_BIBTEX,       0, lit_detect_bibtex,       lit_parse_bibtex },
  { LIT_FORMAT_CSL_JSON,     0, lit_detect_csl_json,     lit_parse_csl_json },
  { LIT_FORMAT_HTML_META,    0, lit_detect_html_meta,    lit_parse_html_meta },
};
#define LIT_N_READERS (sizeof lit_readers / sizeof lit_readers[0])

/* The lit_documents.format name of each format. */
static const char *const lit_format_names[LIT_FORMAT_COUNT] = {
  [LIT_FORMAT_UNKNOWN] = "unknown",
  [LIT_FORMAT_KIET] = "kiet_page",
  [LIT_FORMAT_KOREASCIENCE] = "koreascience_search",
  [LIT_FORMAT_KOREASCIENCE_ARTICLE] = "koreascience_article",
  [LIT_FORMAT_KCI_ARTICLE] = "kci_article",
  [LIT_FORMAT_KCI_ISSUE] = "kci_issue",
  [LIT_FORMAT_HTML_META] = "html_meta",
  [LIT_FORMAT_RIS] = "ris",
  [LIT_FORMAT_BIBTEX] = "bibtex",
  [LIT_FORMAT_CSL_JSON] = "csl_json",
  [LIT_FORMAT_RISS_EXCEL] = "riss_excel",
  [LIT_FORMAT_CSV] = "csv",
};

size_t lit_detect_head(const char *text, size_t len){
  if( len <= LIT_DETECT_BYTES ) return len;
  const char *nl = memchr(text + LIT_DETECT_BYTES, '\n', len - LIT_DETECT_BYTES);
  return nl ? (size_t)(nl - text) + 1 : len;
}

size_t lit_detect_top(const char *text, size_t len){
  if( len <= LIT_DETECT_TOP_BYTES ) return len;
  const char *nl = memchr(text + LIT_DETECT_TOP_BYTES, '\n', len - LIT_DETECT_TOP_BYTES);
  return nl ? (size_t)(nl - text) + 1 : len;
}

static int lit_is_blank(const char *text, size_t len){
  lit_lines it = { text, len, 0 };
  lit_span line;
  while( lit_next_line(&it, &line) ) if( lit_trim(line).n ) return 0;
  return 1;
}

static const lit_reader *lit_choose(const char *text, size_t len, int binary){
  const lit_reader *best = NULL;
  int best_score = 0;
  for( size_t i = 0; i < LIT_N_READERS; i++ ){
    const lit_reader *r = &lit_readers[i];
    if( r->binary != binary ) continue;
    int score = r->detect(text, len);
    if( score > best_score ){ best = r; best_score = score; }
  }
  return best;
}

/* Runs reader r (or records why there is none) and finishes the document. */
static int lit_run(const lit_reader *r, const char *text, size_t len, lit_document *doc, const char *none){
  lit_ctx ctx;
  memset(&ctx, 0, sizeof ctx);
  ctx.doc = doc;
  if( r ){
    doc->format = r->format;
    r->parse(&ctx, text, len);
  }else{
    doc->format = LIT_FORMAT_UNKNOWN;
    if( none ) lit_problem(&ctx, "%s", none);
  }
  if( ctx.n_problem > LIT_MAX_PROBLEMS ){
    char more[64];
    snprintf(more, sizeof more, "; and %d more problems", ctx.n_problem - LIT_MAX_PROBLEMS);
    lit_err_add(&ctx, more, strlen(more));
  }
  doc->error = ctx.err;
  if( ctx.oom ){
    lit_document_free(doc);
    return -1;
  }
  return 0;
}

/* Why a text no reader recognised is unknown, naming the formats tried. */
static const char *lit_unknown_message(char *buf, size_t size){
  size_t k = (size_t)snprintf(buf, size, "not a page or citation file kolit reads: none of its readers recognised it (");
  int seen[LIT_FORMAT_COUNT] = {0};
  for( size_t i = 0; i < LIT_N_READERS && k < size; i++ ){
    lit_format f = lit_readers[i].format;
    if( lit_readers[i].binary || seen[f] ) continue;
    seen[f] = 1;
    k += (size_t)snprintf(buf + k, size - k, "%s%s", k && buf[k - 1] != '(' ? ", " : "", lit_format_name(f));
  }
  if( k < size ) snprintf(buf + k, size - k, ")");
  return buf;
}

int lit_parse(const char *text, size_t len, lit_document *doc){
  memset(doc, 0, sizeof *doc);
  doc->result_count = -1;
  if( !text ) len = 0;
  const lit_reader *r = lit_choose(text, len, 0);
  char why[512];
  return lit_run(r, text, len, doc, lit_is_blank(text, len) ? "empty document"
    : lit_unknown_message(why, sizeof why));
}

int lit_parse_binary(const unsigned char *bytes, size_t len, lit_document *doc){
  memset(doc, 0, sizeof *doc);
  doc->result_count = -1;
  if( !bytes ) len = 0;
  const lit_reader *r = lit_choose((const char*)bytes, len, 1);
  /* A compound file that no reader takes: say what is wrong with it. */
  char why[256];
  return lit_run(r, (const char*)bytes, len, doc, r ? NULL : lit_binary_reason(bytes, len, why, sizeof why));
}

int lit_parse_as(lit_format f, const char *text, size_t len, lit_document *doc){
  memset(doc, 0, sizeof *doc);
  doc->result_count = -1;
  if( !text ) len = 0;
  const lit_reader *r = NULL;
  for( size_t i = 0; i < LIT_N_READERS && !r; i++ ) if( lit_readers[i].format == f ) r = &lit_readers[i];
  if( !r ) return lit_run(NULL, text, len, doc, "no reader for this format");
  /* A reader reads only what shows at least a weak sign of its format, as
  ** lit_parse() would hand it: any text has "a title". */
  if( r->detect(text, len) == 0 ){
    char why[128];
    snprintf(why, sizeof why, "not a %s document: none of its markers found", lit_format_name(f));
    return lit_run(NULL, text, len, doc, why);
  }
  return lit_run(r, text, len, doc, NULL);
}

int lit_has_reader(lit_format f){
  for( size_t i = 0; i < LIT_N_READERS; i++ ) if( lit_readers[i].format == f ) return 1;
  return 0;
}

const char *lit_format_name(lit_format f){
  if( (int)f < 0 || f >= LIT_FORMAT_COUNT || !lit_format_names[f] ) return "unknown";
  return lit_format_names[f];
}
