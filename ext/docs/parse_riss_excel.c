/*
** RISS's export (riss_excel): the "엑셀" button of a RISS search gives an
** Excel 97-2003 workbook (BIFF8, written by Apache POI) with one sheet, a
** header row of RISS's Korean column names and one row per record; users
** also save it as CSV. Both are read here (the workbook by xls.c, the CSV
** by csv.c); the cell conventions are in sheet.c and formats.md:
**   제목      "국문 제목 = English title", or one of them
**   저자      "김하늘(Ha-Neul Kim),이도윤(Do-Yun Lee)": one author each,
**             with name_ko and name_latin
**   학술지명  "국문명(English name)" -> journal_ko, journal_foreign, journal
**   권호사항  "Vol.12No.3[2021]", "-" for a missing part
**   수록면    "101-118";  주제어: keywords of both languages, joined by ","
**   발행사항  of a thesis: "City : University graduate school, Year"
** Journal exports give type 'article-journal', thesis exports 'thesis'.
*/
#include "docs/sheet.h"
#include <stdlib.h>

static int detect(const char *text, size_t len, int binary){
  int kind = lit_document_sheet_kind(text, len, binary);
  /* Out of memory: claim the document weakly, so that the parse runs out
  ** too and lit_parse() reports it, instead of an unknown format. */
  if( kind < 0 ) return 1;
  return kind == LIT_SHEET_RISS_JOURNAL || kind == LIT_SHEET_RISS_THESIS ? 3 : 0;
}

int lit_detect_riss_excel(const char *text, size_t len){ return detect(text, len, 0); }
int lit_detect_riss_excel_xls(const char *bytes, size_t len){ return detect(bytes, len, 1); }

void lit_parse_riss_excel(lit_ctx *c, const char *text, size_t len){
  lit_grid g;
  int xls;
  if( lit_document_grid(c, text, len, &g, &xls) == 0 ){
    int kind = lit_sheet_kind(&g);
    if( kind == LIT_SHEET_RISS_JOURNAL || kind == LIT_SHEET_RISS_THESIS ) lit_read_sheets(c, &g, 1, !xls);
    else lit_problem(c, "not a riss export: the first row does not hold RISS's columns (제목, 저자 and 권호사항, 학술지명 or 발행사항, 학위논문사항)");
  }
  lit_grid_free(&g);
}
