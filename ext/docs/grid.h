/*
** A sheet of cells, read from an Excel 97-2003 workbook (xls.c) or from
** CSV text (csv.c), for the readers that map columns to record fields
** (parse_riss_excel.c, parse_csv.c). Knows nothing of bibliography.
**
** Every cell's text is UTF-8 in one pool (numbers written as text: "2021",
** "3.25"); cells are in row order, then column order, one per non-empty
** cell. Rows and columns count from 0. All memory comes from lit_realloc
** (fault injection), all of it freed by lit_grid_free().
*/
#ifndef KOLIT_DOCS_GRID_H
#define KOLIT_DOCS_GRID_H
#include "docs/docs_internal.h"

typedef struct lit_cell { uint32_t row, col; size_t off, len; } lit_cell;

typedef struct lit_sheet {
  size_t name_off, name_len;  /* the sheet's name in the pool ("" for CSV) */
  size_t first, n;            /* its cells: grid->cell[first .. first + n) */
} lit_sheet;

typedef struct lit_grid {
  char *pool; size_t pool_n, pool_cap;
  lit_cell *cell; size_t n_cell, cap_cell;
  lit_sheet *sheet; int n_sheet, cap_sheet;
  char err[200];              /* why the workbook could not be read (xls_read) */
} lit_grid;

/* The text of a cell or a sheet name. */
static inline lit_span lit_cell_text(const lit_grid *g, const lit_cell *x){
  return lit_span_of(g->pool + x->off, x->len);
}
static inline lit_span lit_sheet_name(const lit_grid *g, const lit_sheet *s){
  return lit_span_of(g->pool + s->name_off, s->name_len);
}

void lit_grid_free(lit_grid *g);
/* Appends bytes to the pool; returns their offset (garbage when c->oom). */
size_t lit_grid_add_text(lit_ctx *c, lit_grid *g, const char *p, size_t n);
/* Starts a sheet (its name copied into the pool); 0, or -1 out of memory. */
int lit_grid_add_sheet(lit_ctx *c, lit_grid *g, const char *name, size_t n);
/* Appends a cell to the last sheet. */
int lit_grid_add_cell(lit_ctx *c, lit_grid *g, uint32_t row, uint32_t col, size_t off, size_t len);

/* xls.c: 1 when bytes start with the compound-file signature. */
int lit_xls_signature(const unsigned char *b, size_t n);
/* Reads every worksheet of a BIFF8 workbook (in a compound file) into g.
** With max_rows > 0, reads only the first max_rows rows of each sheet (the
** header, for detection). Returns 0, or -1 when the bytes are not a
** workbook it can read (g->err says why) or memory ran out (c->oom). */
int lit_xls_read(lit_ctx *c, const unsigned char *b, size_t n, lit_grid *g, uint32_t max_rows);

/* csv.c: the delimiter of CSV text (',', ';' or '\t'), found on its first
** line; 0 when the first line holds none of them. */
char lit_csv_delimiter(const char *text, size_t len);
/* Reads CSV text (RFC 4180 quoting; quoted fields may hold the delimiter,
** "" and line ends) into one sheet of g. With max_rows > 0, only the first
** max_rows rows. Returns 0, or -1 out of memory. *unterminated is set to
** the 1-based row of a quoted field that never ends (0 when none): that row
** and the rest of the text are not read (the field would swallow them). */
int lit_csv_read(lit_ctx *c, const char *text, size_t len, char delim, lit_grid *g,
                 uint32_t max_rows, uint32_t *unterminated);

#endif
