/*
** Sheets of records (sheet.c): the column names each reader knows and the
** mapping of rows to records, shared by parse_riss_excel.c and parse_csv.c.
*/
#ifndef KOLIT_DOCS_SHEET_H
#define KOLIT_DOCS_SHEET_H
#include "docs/grid.h"

typedef enum lit_field {
  F_NONE = 0,        /* no header above the cell */
  F_UNKNOWN,         /* a header no rule places: reported */
  F_SKIP,            /* a known column that is not part of a record (library holdings) */
  F_TITLE, F_TITLE_EQ, F_TITLE_KO, F_TITLE_FOREIGN,
  F_AUTHORS, F_AUTHORS_RISS,
  F_JOURNAL, F_JOURNAL_PAREN, F_VOLISSUE, F_VOLUME, F_ISSUE,
  F_YEAR, F_DATE, F_LANGUAGE, F_KEYWORDS, F_KEYWORDS_RISS, F_URL,
  F_PAGES, F_PAGE_FIRST, F_PAGE_LAST,
  F_ABSTRACT, F_ABSTRACT_KO, F_ABSTRACT_FOREIGN,
  F_PUBLISHER, F_PUBINFO, F_EXTENT, F_SOURCE_ID, F_DOI, F_ISSN, F_EISSN,
  F_COUNT
} lit_field;

/* What the first sheet's header row is. */
enum { LIT_SHEET_NONE = 0, LIT_SHEET_GENERIC, LIT_SHEET_RISS_JOURNAL, LIT_SHEET_RISS_THESIS };

/* The field of a column name: RISS's exact names (riss = 1), or the
** general names in Korean or English, without case (riss = 0). */
lit_field lit_column_field(lit_span name, int riss);
/* The kind of the header row of the grid's first sheet. */
int lit_sheet_kind(const lit_grid *g);
/* The kind of a document: reads only its header row (an .xls workbook by
** its signature, else CSV text; binary = 1: only a workbook). -1 when
** memory ran out. */
int lit_document_sheet_kind(const char *text, size_t len, int binary);
/* Reads a document's cells into g: a workbook (xls = 1) or CSV text. Any
** reason it cannot is a document problem. Returns 0 or -1. */
int lit_document_grid(lit_ctx *c, const char *text, size_t len, lit_grid *g, int *xls);
/* One record per row under the header of each sheet; riss: RISS's
** columns and conventions; csv: the problems say row and column only. */
void lit_read_sheets(lit_ctx *c, const lit_grid *g, int riss, int csv);
/* A cell's text cleaned (references decoded, spaces collapsed, trimmed;
** with lines = 1 its lines kept as paragraphs); NULL when empty. */
char *lit_clean_cell(lit_ctx *c, lit_span in, int lines);

#endif
