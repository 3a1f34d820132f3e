/*
** Horizontal bars: one bar per distinct label (the sum of its values), the
** labels left of the axis, each value at the end of its bar.
**
**   width  640 by default; wider when the labels and values need it
**   height 22 px per bar by default; a given height shares itself among the bars
*/
#include "chart/chart_internal.h"
#include <math.h>
#include <string.h>

#define ROW_H 22.0

char *kc_render_bars(const kc_data *d, const kc_options *o, size_t *len){
  if( d->n == 0 ) return kc_svg_empty(d, o, "Bar chart: no data", len);
  const kc_mem *m = d->mem;
  uint32_t *labels; size_t n; double *total;
  if( kc_labels(d, 0, o->sort, &labels, &n, 0, &total) ) return 0;

  double label_w = 0, value_w = 0, lo = 0, hi = 0;
  for(size_t i = 0; i < n; i++){
    size_t k; const char *s = kc_data_label(d, labels[i], &k);
    double w = kc_text_width(s, k, KC_FONT);
    if( w > label_w ) label_w = w;
    char t[40]; size_t tk = kc_format_value(total[i], t);
    w = kc_text_width(t, tk, KC_FONT);
    if( w > value_w ) value_w = w;
    if( total[i] < lo ) lo = total[i];
    if( total[i] > hi ) hi = total[i];
  }
  if( label_w > KC_LABEL_MAX ) label_w = KC_LABEL_MAX;
  if( hi == lo ) hi = lo + 1;
  double top = KC_MARGIN + (o->title && o->title[0] ? KC_TITLE_H : 0);
  double left = KC_MARGIN + ceil(label_w) + 8;
  double width = o->width > 0 ? o->width : 640;
  double plot_w = width - left - 6 - ceil(value_w) - KC_MARGIN;
  if( plot_w < 120 ){ plot_w = 120; width = left + plot_w + 6 + ceil(value_w) + KC_MARGIN; }
  double row_h = ROW_H;
  if( o->height > 0 ){
    row_h = (o->height - top - KC_MARGIN) / (double)n;
    if( row_h < 2 ) row_h = 2;
  }
  double height = top + row_h * (double)n + KC_MARGIN;
  if( o->height > 0 && height < o->height ) height = o->height;

  kc_buf b;
  kc_buf_init(&b, m);
  kc_svg_open(&b, o, "Bar chart", width, height);
  double scale = plot_w / (hi - lo), x0 = left + (0 - lo) * scale;
  int show_text = row_h >= 12;
  for(size_t i = 0; i < n; i++){
    size_t k; const char *s = kc_data_label(d, labels[i], &k);
    double y = top + row_h * (double)i;
    double x1 = left + (total[i] - lo) * scale;
    double bx = x1 < x0 ? x1 : x0, bw = fabs(x1 - x0);
    kc_buf_str(&b, "<g><title>");
    kc_buf_xml(&b, s, k);
    kc_buf_str(&b, ": ");
    kc_buf_value(&b, total[i]);
    kc_buf_str(&b, "</title><rect x=\""); kc_buf_num(&b, bx);
    kc_buf_str(&b, "\" y=\""); kc_buf_num(&b, y + row_h * 0.125);
    kc_buf_str(&b, "\" width=\""); kc_buf_num(&b, bw);
    kc_buf_str(&b, "\" height=\""); kc_buf_num(&b, row_h * 0.75);
    kc_buf_str(&b, "\" fill=\""); kc_buf_str(&b, kc_palette[0]); kc_buf_str(&b, "\"/>\n");
    if( show_text ){
      double ty = y + row_h / 2 + 4;
      kc_svg_text(&b, left - 8, ty, "end", s, k, KC_LABEL_MAX, KC_FONT);
      char t[40]; size_t tk = kc_format_value(total[i], t);
      if( total[i] >= 0 ) kc_svg_text(&b, (x1 > x0 ? x1 : x0) + 4, ty, 0, t, tk, 0, KC_FONT);
      else kc_svg_text(&b, x0 + 4, ty, 0, t, tk, 0, KC_FONT);
    }
    kc_buf_str(&b, "</g>\n");
  }
  kc_buf_str(&b, "<line x1=\""); kc_buf_num(&b, x0);
  kc_buf_str(&b, "\" y1=\""); kc_buf_num(&b, top);
  kc_buf_str(&b, "\" x2=\""); kc_buf_num(&b, x0);
  kc_buf_str(&b, "\" y2=\""); kc_buf_num(&b, top + row_h * (double)n);
  kc_buf_str(&b, "\" stroke=\"#444444\"/>\n");
  kc_svg_close(&b);
  m->free(labels); m->free(total);
  return kc_buf_finish(&b, len);
}
