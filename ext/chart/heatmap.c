/*
** Heatmap: a grid of row labels by column labels, each cell coloured by the
** sum of its values on the viridis scale (dark for small, yellow for large),
** its value written in it when it fits; a legend of the scale at the right.
** Cells without rows stay empty (light grey). sort orders the rows; the
** columns are in label order always (numbers by value: years ascend).
**
**   cells 22 px high and as wide as the column labels (24 to 64 px) by default; a given width or height shares itself among them
**   column labels that do not fit their cell are turned upright
*/
#define _GNU_SOURCE  /* qsort_r */
#include "chart/chart_internal.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct cell { size_t r, c; double v; } cell;

static int cell_cmp(const void *pa, const void *pb){
  const cell *a = pa, *b = pb;
  if( a->r != b->r ) return a->r < b->r ? -1 : 1;
  if( a->c != b->c ) return a->c < b->c ? -1 : 1;
  return 0;
}

#define LEGEND_STEPS 6

char *kc_render_heatmap(const kc_data *d, const kc_options *o, size_t *len){
  const kc_mem *m = d->mem;
  size_t n = 0;
  for(size_t r = 0; r < d->n; r++) if( d->rows[r].b != KC_NO_LABEL && isfinite(d->rows[r].v) ) n++;
  if( n == 0 ) return kc_svg_empty(d, o, "Heatmap: no data", len);
  uint32_t *rl, *cl; size_t nr, nc; size_t *rpos, *cpos;
  if( kc_labels(d, 0, o->sort, &rl, &nr, &rpos, 0) ) return 0;
  if( kc_labels(d, 1, KC_SORT_LABEL, &cl, &nc, &cpos, 0) ){ m->free(rl); m->free(rpos); return 0; }
  cell *cells = kc_alloc_array(m, n, sizeof *cells);
  if( cells == 0 ){ m->free(rl); m->free(rpos); m->free(cl); m->free(cpos); return 0; }
  size_t k = 0;
  for(size_t r = 0; r < d->n; r++){
    const kc_row *row = &d->rows[r];
    if( row->b == KC_NO_LABEL || !isfinite(row->v) ) continue;
    cells[k++] = (cell){ rpos[row->a], cpos[row->b], row->v };
  }
  qsort(cells, n, sizeof *cells, cell_cmp);
  size_t nk = 0;   /* one cell per (row, column): the sum */
  for(size_t i = 0; i < n; i++){
    if( nk > 0 && cells[nk - 1].r == cells[i].r && cells[nk - 1].c == cells[i].c ) cells[nk - 1].v += cells[i].v;
    else cells[nk++] = cells[i];
  }
  double vmin = 0, vmax = 0;
  for(size_t i = 0; i < nk; i++){
    if( cells[i].v < vmin ) vmin = cells[i].v;
    if( cells[i].v > vmax ) vmax = cells[i].v;
  }
  if( vmax == vmin ) vmax = vmin + 1;
  /* the legend's steps: whole numbers when every cell is one (counts) */
  int integral = 1;
  for(size_t i = 0; i < nk && integral; i++) if( cells[i].v != floor(cells[i].v) ) integral = 0;
  int steps = LEGEND_STEPS;
  if( integral && vmax - vmin + 1 < LEGEND_STEPS ) steps = (int)(vmax - vmin + 1);
  double legend_value[LEGEND_STEPS];
  for(int i = 0; i < steps; i++){
    double v = vmin + (vmax - vmin) * i / (steps - 1);
    legend_value[i] = integral ? round(v) : v;
  }

  double rw = 0, cw = 0, vw = 0;
  for(size_t i = 0; i < nr; i++){
    size_t sk; const char *s = kc_data_label(d, rl[i], &sk);
    double w = kc_text_width(s, sk, KC_FONT);
    if( w > rw ) rw = w;
  }
  for(size_t i = 0; i < nc; i++){
    size_t sk; const char *s = kc_data_label(d, cl[i], &sk);
    double w = kc_text_width(s, sk, KC_FONT);
    if( w > cw ) cw = w;
  }
  for(int i = 0; i < steps; i++){
    char t[40]; size_t tk = kc_format_value(legend_value[i], t);
    double w = kc_text_width(t, tk, KC_FONT);
    if( w > vw ) vw = w;
  }
  if( rw > KC_LABEL_MAX ) rw = KC_LABEL_MAX;
  if( cw > KC_LABEL_MAX ) cw = KC_LABEL_MAX;
  double top = KC_MARGIN + (o->title && o->title[0] ? KC_TITLE_H : 0);
  double left = KC_MARGIN + ceil(rw) + 6;
  double legend_w = 16 + 14 + 4 + ceil(vw);
  double cell_w = ceil(cw) + 8, cell_h = 22;   /* by default as wide as the column labels */
  if( cell_w < 24 ) cell_w = 24;
  if( cell_w > 64 ) cell_w = 64;
  if( o->width > 0 ) cell_w = (o->width - left - legend_w - KC_MARGIN) / (double)nc;
  if( cell_w < 2 ) cell_w = 2;
  int upright = cw + 6 > cell_w;
  double header = upright ? ceil(cw) + 8 : 18;
  if( upright && cell_w < 10 ) header = 8;   /* too narrow for any label: titles only */
  if( o->height > 0 ) cell_h = (o->height - top - header - KC_MARGIN) / (double)nr;
  if( cell_h < 2 ) cell_h = 2;
  double width = left + cell_w * (double)nc + legend_w + KC_MARGIN;
  if( o->width > width ) width = o->width;
  double gy = top + header;
  double height = gy + cell_h * (double)nr + KC_MARGIN;
  double legend_h = 16.0 * LEGEND_STEPS + KC_MARGIN;
  if( gy + legend_h > height ) height = gy + legend_h;
  if( o->height > height ) height = o->height;

  kc_buf b;
  kc_buf_init(&b, m);
  kc_svg_open(&b, o, "Heatmap", width, height);
  int row_text = cell_h >= 12, col_text = cell_w >= 10;
  for(size_t i = 0; i < nr; i++){
    if( !row_text ) break;
    size_t sk; const char *s = kc_data_label(d, rl[i], &sk);
    kc_svg_text(&b, left - 6, gy + cell_h * (double)i + cell_h / 2 + 4, "end", s, sk, KC_LABEL_MAX, KC_FONT);
  }
  for(size_t i = 0; i < nc; i++){
    if( !col_text ) break;
    size_t sk; const char *s = kc_data_label(d, cl[i], &sk);
    double cx = left + cell_w * (double)i + cell_w / 2;
    if( upright ){
      kc_buf_str(&b, "<g transform=\"translate("); kc_buf_num(&b, cx + 4);
      kc_buf_str(&b, ","); kc_buf_num(&b, gy - 4);
      kc_buf_str(&b, ") rotate(-90)\">");
      kc_svg_text(&b, 0, 0, 0, s, sk, KC_LABEL_MAX, KC_FONT);
      kc_buf_str(&b, "</g>\n");
    }else{
      kc_svg_text(&b, cx, gy - 5, "middle", s, sk, 0, KC_FONT);
    }
  }
  kc_buf_str(&b, "<rect x=\""); kc_buf_num(&b, left);
  kc_buf_str(&b, "\" y=\""); kc_buf_num(&b, gy);
  kc_buf_str(&b, "\" width=\""); kc_buf_num(&b, cell_w * (double)nc);
  kc_buf_str(&b, "\" height=\""); kc_buf_num(&b, cell_h * (double)nr);
  kc_buf_str(&b, "\" fill=\"#f2f2f2\"/>\n");
  for(size_t i = 0; i < nk; i++){
    const cell *c = &cells[i];
    double t = (c->v - vmin) / (vmax - vmin);
    char colour[8]; kc_viridis(t, colour);
    size_t rk, ck;
    const char *rs = kc_data_label(d, rl[c->r], &rk), *cs = kc_data_label(d, cl[c->c], &ck);
    double x = left + cell_w * (double)c->c, y = gy + cell_h * (double)c->r;
    kc_buf_str(&b, "<rect x=\""); kc_buf_num(&b, x);
    kc_buf_str(&b, "\" y=\""); kc_buf_num(&b, y);
    kc_buf_str(&b, "\" width=\""); kc_buf_num(&b, cell_w);
    kc_buf_str(&b, "\" height=\""); kc_buf_num(&b, cell_h);
    kc_buf_str(&b, "\" fill=\""); kc_buf_str(&b, colour);
    kc_buf_str(&b, "\" stroke=\"#ffffff\" stroke-width=\"0.5\"><title>");
    kc_buf_xml(&b, rs, rk); kc_buf_str(&b, " \xC3\x97 "); kc_buf_xml(&b, cs, ck);
    kc_buf_str(&b, ": "); kc_buf_value(&b, c->v);
    kc_buf_str(&b, "</title></rect>\n");
    char v[40]; size_t vk = kc_format_value(c->v, v);
    if( cell_h >= 14 && kc_text_width(v, vk, 11) + 4 <= cell_w ){
      kc_buf_str(&b, "<text x=\""); kc_buf_num(&b, x + cell_w / 2);
      kc_buf_str(&b, "\" y=\""); kc_buf_num(&b, y + cell_h / 2 + 4);
      kc_buf_str(&b, "\" text-anchor=\"middle\" font-size=\"11\" fill=\"");
      kc_buf_str(&b, t < 0.6 ? "#ffffff" : "#000000");
      kc_buf_str(&b, "\">"); kc_buf_add(&b, v, vk); kc_buf_str(&b, "</text>\n");
    }
  }
  /* the scale, from the smallest value (top) to the largest */
  double lx = left + cell_w * (double)nc + 16;
  for(int i = 0; i < steps; i++){
    double t = (legend_value[i] - vmin) / (vmax - vmin);
    char colour[8]; kc_viridis(t, colour);
    double ly = gy + 16.0 * i;
    kc_buf_str(&b, "<rect x=\""); kc_buf_num(&b, lx);
    kc_buf_str(&b, "\" y=\""); kc_buf_num(&b, ly);
    kc_buf_str(&b, "\" width=\"14\" height=\"14\" fill=\""); kc_buf_str(&b, colour);
    kc_buf_str(&b, "\"/>\n");
    char v[40]; size_t vk = kc_format_value(legend_value[i], v);
    kc_svg_text(&b, lx + 18, ly + 11, 0, v, vk, 0, KC_FONT);
  }
  kc_svg_close(&b);
  m->free(rl); m->free(rpos); m->free(cl); m->free(cpos); m->free(cells);
  return kc_buf_finish(&b, len);
}
