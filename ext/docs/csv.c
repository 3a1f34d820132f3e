/*
** CSV text -> a grid of cells (grid.h), RFC 4180: fields separated by the
** delimiter, records by line ends (LF, or CR LF when the text layer did not
** see the document), a field in double quotes may hold the delimiter, line
** ends and "" for a quote. Lenient where spreadsheets are: text after a
** closing quote belongs to the field, a quote inside an unquoted field is
** kept, and a quoted field that never closes runs to the end (reported).
*/
#include "docs/grid.h"

char lit_csv_delimiter(const char *text, size_t len){
  size_t comma = 0, semi = 0, tab = 0;
  int quoted = 0;
  for( size_t i = 0; i < len; i++ ){
    char ch = text[i];
    if( ch == '"' ) quoted = !quoted;
    else if( quoted ) continue;
    else if( ch == '\n' ) break;
    else if( ch == ',' ) comma++;
    else if( ch == ';' ) semi++;
    else if( ch == '\t' ) tab++;
  }
  if( tab > comma && tab > semi ) return '\t';
  if( semi > comma ) return ';';
  if( comma ) return ',';
  return 0;
}

int lit_csv_read(lit_ctx *c, const char *text, size_t len, char delim, lit_grid *g,
                 uint32_t max_rows, uint32_t *unterminated){
  *unterminated = 0;
  if( lit_grid_add_sheet(c, g, "", 0) ) return -1;
  uint32_t row = 0, col = 0;
  size_t i = 0;
  /* where the row began: a row whose quoted field is never closed is taken
  ** back whole (its last field would be the rest of the file) */
  size_t row_cells = g->n_cell, row_pool = g->pool_n;
  while( i < len && !c->oom ){
    if( max_rows && row >= max_rows ) break;
    /* one field */
    size_t off = g->pool_n, flen;
    if( text[i] == '"' ){
      i++;
      for(;;){
        const char *q = memchr(text + i, '"', len - i);
        if( !q ){
          *unterminated = row + 1;
          g->sheet[g->n_sheet - 1].n -= g->n_cell - row_cells;
          g->n_cell = row_cells;
          g->pool_n = row_pool;
          return 0;
        }
        size_t k = (size_t)(q - (text + i));
        lit_grid_add_text(c, g, text + i, k);
        i += k + 1;
        if( i < len && text[i] == '"' ){ lit_grid_add_text(c, g, "\"", 1); i++; continue; }
        break;
      }
      /* anything up to the delimiter still belongs to the field */
      size_t j = i;
      while( j < len && text[j] != delim && text[j] != '\n' ) j++;
      size_t e = j;
      if( e > i && text[e - 1] == '\r' && e == j && j < len && text[j] == '\n' ) e--;
      lit_grid_add_text(c, g, text + i, e - i);
      i = j;
    }else{
      size_t j = i;
      while( j < len && text[j] != delim && text[j] != '\n' ) j++;
      size_t e = j;
      if( e > i && text[e - 1] == '\r' && j < len && text[j] == '\n' ) e--;
      lit_grid_add_text(c, g, text + i, e - i);
      i = j;
    }
    if( c->oom ) return -1;
    flen = g->pool_n - off;
    if( flen ) lit_grid_add_cell(c, g, row, col, off, flen);
    else g->pool_n = off;
    if( i < len && text[i] == delim ){
      i++;
      col++;
      if( i == len ) break;
    }else{
      if( i < len ) i++;   /* the line end */
      row++;
      col = 0;
      row_cells = g->n_cell;
      row_pool = g->pool_n;
    }
  }
  return c->oom ? -1 : 0;
}
