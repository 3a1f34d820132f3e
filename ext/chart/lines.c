/*
** Lines: one line per series through its (x, y) points in order of x, with
** a point mark per row, y from zero (or below, for negative values), a grid
** at round values and the series' legend at the right.
**
**   width 640, height 320 by default; wider for the labels, taller for the legend
**   series beyond the palette's eight colours are dashed
*/
#define _GNU_SOURCE  /* qsort_r */
#include "chart/chart_internal.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct pt_ctx { const kc_data *d; const size_t *pos; } pt_ctx;

static int point_cmp(const void *pa, const void *pb, void *arg){
  const pt_ctx *c = arg;
  size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
  const kc_row *ra = &c->d->rows[a], *rb = &c->d->rows[b];
  if( c->pos[ra->a] != c->pos[rb->a] ) return c->pos[ra->a] < c->pos[rb->a] ? -1 : 1;
  if( ra->x != rb->x ) return ra->x < rb->x ? -1 : 1;
  return a < b ? -1 : a > b;
}

static void tick_label(kc_buf *b, double x, double y, const char *anchor, double v){
  char t[40]; size_t k = kc_format_value(v, t);
  kc_svg_text(b, x, y, anchor, t, k, 0, KC_FONT);
}

static const char *const dashes[4] = { 0, "6 3", "2 2", "8 3 2 3" };

char *kc_render_lines(const kc_data *d, const kc_options *o, size_t *len){
  size_t n = 0;
  for(size_t r = 0; r < d->n; r++) if( isfinite(d->rows[r].x) && isfinite(d->rows[r].v) ) n++;
  if( n == 0 ) return kc_svg_empty(d, o, "Line chart: no data", len);
  const kc_mem *m = d->mem;
  uint32_t *series; size_t ns; size_t *pos;
  if( kc_labels(d, 0, o->sort, &series, &ns, &pos, 0) ) return 0;
  size_t *pts = kc_alloc_array(m, n, sizeof *pts);
  if( pts == 0 ){ m->free(series); m->free(pos); return 0; }
  double xmin = INFINITY, xmax = -INFINITY, ymin = 0, ymax = 0;
  int integral_x = 1;
  size_t k = 0;
  for(size_t r = 0; r < d->n; r++){
    const kc_row *row = &d->rows[r];
    if( !isfinite(row->x) || !isfinite(row->v) ) continue;
    pts[k++] = r;
    if( row->x < xmin ) xmin = row->x;
    if( row->x > xmax ) xmax = row->x;
    if( row->v < ymin ) ymin = row->v;
    if( row->v > ymax ) ymax = row->v;
    if( row->x != floor(row->x) ) integral_x = 0;
  }
  pt_ctx c = { d, pos };
  qsort_r(pts, n, sizeof *pts, point_cmp, &c);
  if( xmin == xmax ){ xmin -= 1; xmax += 1; }
  if( ymin == ymax ) ymax = ymin + 1;
  double ystep = kc_nice_step(ymin, ymax, 5);
  ymin = floor(ymin / ystep) * ystep;
  ymax = ceil(ymax / ystep) * ystep;
  double xstep = kc_nice_step(xmin, xmax, 6);
  if( integral_x && xstep < 1 ) xstep = 1;

  double ylabel_w = 0;
  int guard = 0;
  for(double v = ymin; v <= ymax + ystep / 2 && guard < 100; v += ystep, guard++){
    char t[40]; size_t tk = kc_format_value(v, t);
    double w = kc_text_width(t, tk, KC_FONT);
    if( w > ylabel_w ) ylabel_w = w;
  }
  double legend_w = 0;
  for(size_t i = 0; i < ns; i++){
    size_t sk; const char *s = kc_data_label(d, series[i], &sk);
    double w = kc_text_width(s, sk, KC_FONT);
    if( w > legend_w ) legend_w = w;
  }
  if( legend_w > KC_LABEL_MAX ) legend_w = KC_LABEL_MAX;
  legend_w = ceil(legend_w) + 26;

  double top = KC_MARGIN + (o->title && o->title[0] ? KC_TITLE_H : 0) + 6;
  double left = KC_MARGIN + ceil(ylabel_w) + 6, bottom = 26;
  double width = o->width > 0 ? o->width : 640;
  double plot_w = width - left - 16 - legend_w - KC_MARGIN;
  if( plot_w < 160 ){ plot_w = 160; width = left + plot_w + 16 + legend_w + KC_MARGIN; }
  double height = o->height > 0 ? o->height : 320;
  double plot_h = height - top - bottom - KC_MARGIN;
  if( plot_h < 80 ){ plot_h = 80; height = top + plot_h + bottom + KC_MARGIN; }
  if( top + 18.0 * (double)ns + KC_MARGIN > height ) height = top + 18.0 * (double)ns + KC_MARGIN;
  double sx = plot_w / (xmax - xmin), sy = plot_h / (ymax - ymin);
#define PX(v) (left + ((v) - xmin) * sx)
#define PY(v) (top + plot_h - ((v) - ymin) * sy)

  kc_buf b;
  kc_buf_init(&b, m);
  kc_svg_open(&b, o, "Line chart", width, height);
  /* grid and axes */
  guard = 0;
  for(double v = ymin; v <= ymax + ystep / 2 && guard < 100; v += ystep, guard++){
    kc_buf_str(&b, "<line x1=\""); kc_buf_num(&b, left);
    kc_buf_str(&b, "\" y1=\""); kc_buf_num(&b, PY(v));
    kc_buf_str(&b, "\" x2=\""); kc_buf_num(&b, left + plot_w);
    kc_buf_str(&b, "\" y2=\""); kc_buf_num(&b, PY(v));
    kc_buf_str(&b, "\" stroke=\"#e3e3e3\"/>\n");
    tick_label(&b, left - 6, PY(v) + 4, "end", v);
  }
  double x = ceil(xmin / xstep) * xstep;
  for(guard = 0; x <= xmax + xstep * 1e-9 && guard < 100; x += xstep, guard++){
    kc_buf_str(&b, "<line x1=\""); kc_buf_num(&b, PX(x));
    kc_buf_str(&b, "\" y1=\""); kc_buf_num(&b, top + plot_h);
    kc_buf_str(&b, "\" x2=\""); kc_buf_num(&b, PX(x));
    kc_buf_str(&b, "\" y2=\""); kc_buf_num(&b, top + plot_h + 4);
    kc_buf_str(&b, "\" stroke=\"#444444\"/>\n");
    tick_label(&b, PX(x), top + plot_h + 17, "middle", x);
  }
  kc_buf_str(&b, "<line x1=\""); kc_buf_num(&b, left);
  kc_buf_str(&b, "\" y1=\""); kc_buf_num(&b, top + plot_h);
  kc_buf_str(&b, "\" x2=\""); kc_buf_num(&b, left + plot_w);
  kc_buf_str(&b, "\" y2=\""); kc_buf_num(&b, top + plot_h);
  kc_buf_str(&b, "\" stroke=\"#444444\"/>\n");

  /* one group per series: its line, its points, its legend entry */
  size_t i = 0;
  for(size_t si = 0; si < ns; si++){
    size_t sk; const char *s = kc_data_label(d, series[si], &sk);
    size_t j = i;
    while( j < n && pos[d->rows[pts[j]].a] == si ) j++;
    if( j == i ) continue;
    const char *colour = kc_palette[si % 8];
    const char *dash = dashes[(si / 8) % 4];
    kc_buf_str(&b, "<g><title>"); kc_buf_xml(&b, s, sk); kc_buf_str(&b, "</title>\n");
    kc_buf_str(&b, "<polyline fill=\"none\" stroke=\""); kc_buf_str(&b, colour);
    kc_buf_str(&b, "\" stroke-width=\"2\"");
    if( dash ){ kc_buf_str(&b, " stroke-dasharray=\""); kc_buf_str(&b, dash); kc_buf_str(&b, "\""); }
    kc_buf_str(&b, " points=\"");
    for(size_t p = i; p < j; p++){
      const kc_row *row = &d->rows[pts[p]];
      if( p > i ) kc_buf_str(&b, " ");
      kc_buf_num(&b, PX(row->x)); kc_buf_str(&b, ","); kc_buf_num(&b, PY(row->v));
    }
    kc_buf_str(&b, "\"/>\n");
    for(size_t p = i; p < j; p++){
      const kc_row *row = &d->rows[pts[p]];
      kc_buf_str(&b, "<circle cx=\""); kc_buf_num(&b, PX(row->x));
      kc_buf_str(&b, "\" cy=\""); kc_buf_num(&b, PY(row->v));
      kc_buf_str(&b, "\" r=\"2.5\" fill=\""); kc_buf_str(&b, colour);
      kc_buf_str(&b, "\"><title>"); kc_buf_xml(&b, s, sk);
      kc_buf_str(&b, ", "); kc_buf_value(&b, row->x);
      kc_buf_str(&b, ": "); kc_buf_value(&b, row->v);
      kc_buf_str(&b, "</title></circle>\n");
    }
    double ly = top + 18.0 * (double)si;
    double lx = left + plot_w + 16;
    kc_buf_str(&b, "<line x1=\""); kc_buf_num(&b, lx);
    kc_buf_str(&b, "\" y1=\""); kc_buf_num(&b, ly + 8);
    kc_buf_str(&b, "\" x2=\""); kc_buf_num(&b, lx + 18);
    kc_buf_str(&b, "\" y2=\""); kc_buf_num(&b, ly + 8);
    kc_buf_str(&b, "\" stroke=\""); kc_buf_str(&b, colour);
    kc_buf_str(&b, "\" stroke-width=\"2\"");
    if( dash ){ kc_buf_str(&b, " stroke-dasharray=\""); kc_buf_str(&b, dash); kc_buf_str(&b, "\""); }
    kc_buf_str(&b, "/>\n");
    kc_svg_text(&b, lx + 24, ly + 12, 0, s, sk, KC_LABEL_MAX, KC_FONT);
    kc_buf_str(&b, "</g>\n");
    i = j;
  }
#undef PX
#undef PY
  kc_svg_close(&b);
  m->free(series); m->free(pos); m->free(pts);
  return kc_buf_finish(&b, len);
}
