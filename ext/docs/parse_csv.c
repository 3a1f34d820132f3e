/*
** Spreadsheets in general (csv): CSV text (',', ';' or tab delimited) or an
** Excel 97-2003 sheet whose first row names bibliographic columns in
** Korean or English (title/제목/논문명, author/저자/저자명, year/발행연도,
** journal/학술지명, volume/권, issue/호, pages/페이지/수록면, doi,
** keywords/키워드/주제어, abstract/초록, ...: sheet.c lists them). Detection
** is strict: the first line must be such a header, with a title column and
** at least one more known column, every cell short; prose with commas is
** never a sheet. A column no rule places is named in the error. RISS's own
** export is the riss_excel reader's.
*/
#include "docs/sheet.h"
#include <stdlib.h>

static int detect(const char *text, size_t len, int binary){
  int kind = lit_document_sheet_kind(text, len, binary);
  if( kind < 0 ) return 1;   /* out of memory: see lit_detect_riss_excel */
  return kind == LIT_SHEET_GENERIC ? 2 : 0;
}

int lit_detect_csv(const char *text, size_t len){ return detect(text, len, 0); }
int lit_detect_csv_xls(const char *bytes, size_t len){ return detect(bytes, len, 1); }

void lit_parse_csv(lit_ctx *c, const char *text, size_t len){
  lit_grid g;
  int xls;
  if( lit_document_grid(c, text, len, &g, &xls) == 0 ){
    int kind = lit_sheet_kind(&g);
    if( kind == LIT_SHEET_GENERIC ) lit_read_sheets(c, &g, 0, !xls);
    else if( kind != LIT_SHEET_NONE ) lit_problem(c, "a riss export: read by the riss_excel reader");
    else lit_problem(c, "not a sheet of records: the first row names no title column and another bibliographic column");
  }
  lit_grid_free(&g);
}
