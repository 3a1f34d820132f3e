/*
** The rows of a chart, and the SVG writing every chart shares: a growing
** buffer, XML escaping, numbers, colours, the frame.
*/
#define _GNU_SOURCE  /* qsort_r */
#include "chart/chart_internal.h"
#include "text/utf8.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *kc_alloc_array(const kc_mem *mem, size_t n, size_t size){
  if( n == 0 ) n = 1;
  if( n > SIZE_MAX / size ) return 0;
  void *p = mem->realloc(0, n * size);
  if( p ) memset(p, 0, n * size);
  return p;
}

/* ---- rows ----------------------------------------------------------- */

kc_data *kc_data_new(const kc_mem *mem){
  kc_data *d = mem->realloc(0, sizeof *d);
  if( d == 0 ) return 0;
  memset(d, 0, sizeof *d);
  d->mem = mem;
  return d;
}

void kc_data_free(kc_data *d){
  if( d == 0 ) return;
  const kc_mem *m = d->mem;
  m->free(d->rows); m->free(d->arena); m->free(d->off); m->free(d->len); m->free(d->slots);
  m->free(d);
}

size_t kc_data_rows(const kc_data *d){ return d->n; }

const char *kc_data_label(const kc_data *d, uint32_t i, size_t *n){
  *n = d->len[i];
  return d->arena + d->off[i];
}

static uint32_t hash_bytes(const char *s, size_t n){
  uint32_t h = 2166136261u;
  for(size_t i = 0; i < n; i++){ h ^= (unsigned char)s[i]; h *= 16777619u; }
  return h;
}

static int grow(const kc_mem *m, void **p, size_t *cap, size_t need, size_t size){
  if( need <= *cap ) return 0;
  size_t c = *cap ? *cap : 16;
  while( c < need ){ if( c > SIZE_MAX / 2 / size ) return -1; c *= 2; }
  void *q = m->realloc(*p, c * size);
  if( q == 0 ) return -1;
  *p = q; *cap = c;
  return 0;
}

static int rehash(kc_data *d, size_t nslots){
  uint32_t *s = kc_alloc_array(d->mem, nslots, sizeof *s);
  if( s == 0 ) return -1;
  for(size_t i = 0; i < d->nlabels; i++){
    size_t j = hash_bytes(d->arena + d->off[i], d->len[i]) & (nslots - 1);
    while( s[j] ) j = (j + 1) & (nslots - 1);
    s[j] = (uint32_t)i + 1;
  }
  d->mem->free(d->slots);
  d->slots = s; d->nslots = nslots;
  return 0;
}

/* The index of label s[0..n), added when new; KC_NO_LABEL when out of memory. */
static uint32_t intern(kc_data *d, const char *s, size_t n){
  if( (d->nlabels + 1) * 2 > d->nslots && rehash(d, d->nslots ? d->nslots * 2 : 64) ) return KC_NO_LABEL;
  size_t j = hash_bytes(s, n) & (d->nslots - 1);
  while( d->slots[j] ){
    uint32_t i = d->slots[j] - 1;
    if( d->len[i] == n && memcmp(d->arena + d->off[i], s, n) == 0 ) return i;
    j = (j + 1) & (d->nslots - 1);
  }
  if( d->nlabels >= KC_NO_LABEL - 1 ) return KC_NO_LABEL;
  size_t cap = d->labels_cap;
  if( grow(d->mem, (void **)&d->off, &cap, d->nlabels + 1, sizeof *d->off) ) return KC_NO_LABEL;
  cap = d->labels_cap;
  if( grow(d->mem, (void **)&d->len, &cap, d->nlabels + 1, sizeof *d->len) ) return KC_NO_LABEL;
  d->labels_cap = cap;
  if( n > SIZE_MAX - d->arena_n - 1
   || grow(d->mem, (void **)&d->arena, &d->arena_cap, d->arena_n + n + 1, 1) ) return KC_NO_LABEL;
  memcpy(d->arena + d->arena_n, s, n);
  d->arena[d->arena_n + n] = 0;
  d->off[d->nlabels] = d->arena_n;
  d->len[d->nlabels] = n;
  d->arena_n += n + 1;
  d->slots[j] = (uint32_t)d->nlabels + 1;
  return (uint32_t)d->nlabels++;
}

int kc_data_add(kc_data *d, const char *a, size_t na, const char *b, size_t nb, double x, double v){
  uint32_t ia = intern(d, a ? a : "", a ? na : 0);
  if( ia == KC_NO_LABEL ) return -1;
  uint32_t ib = KC_NO_LABEL;
  if( b ){ ib = intern(d, b, nb); if( ib == KC_NO_LABEL ) return -1; }
  if( grow(d->mem, (void **)&d->rows, &d->cap, d->n + 1, sizeof *d->rows) ) return -1;
  d->rows[d->n++] = (kc_row){ ia, ib, x, v };
  return 0;
}

int kc_label_number(const char *s, size_t n, double *v){
  size_t i = 0;
  int neg = 0, digits = 0;
  double r = 0, scale = 1;
  if( i < n && s[i] == '-' ){ neg = 1; i++; }
  while( i < n && s[i] >= '0' && s[i] <= '9' && digits < 18 ){ r = r * 10 + (s[i] - '0'); i++; digits++; }
  if( i < n && s[i] == '.' ){
    i++;
    while( i < n && s[i] >= '0' && s[i] <= '9' && digits < 18 ){ scale /= 10; r += (s[i] - '0') * scale; i++; digits++; }
  }
  if( digits == 0 || i != n ) return 0;
  *v = neg ? -r : r;
  return 1;
}

int kc_label_cmp(const kc_data *d, uint32_t a, uint32_t b){
  size_t na, nb;
  const char *sa = kc_data_label(d, a, &na), *sb = kc_data_label(d, b, &nb);
  double va, vb;
  int ka = kc_label_number(sa, na, &va), kb = kc_label_number(sb, nb, &vb);
  if( ka && kb && va != vb ) return va < vb ? -1 : 1;
  if( ka != kb ) return ka ? -1 : 1;
  int c = memcmp(sa, sb, na < nb ? na : nb);
  if( c ) return c;
  return na < nb ? -1 : na > nb ? 1 : 0;
}

/* ---- buffer --------------------------------------------------------- */

void kc_buf_init(kc_buf *b, const kc_mem *mem){ memset(b, 0, sizeof *b); b->mem = mem; }

void kc_buf_add(kc_buf *b, const char *s, size_t n){
  if( b->oom ) return;
  if( n > SIZE_MAX - b->n - 1 || grow(b->mem, (void **)&b->p, &b->cap, b->n + n + 1, 1) ){
    b->oom = 1;
    return;
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
}

void kc_buf_str(kc_buf *b, const char *s){ kc_buf_add(b, s, strlen(s)); }

/* Writes a non-negative integer of at most 19 digits; returns its length. */
static size_t put_uint(unsigned long long v, char *out){
  char t[24]; size_t k = 0;
  do{ t[k++] = (char)('0' + v % 10); v /= 10; }while( v );
  for(size_t i = 0; i < k; i++) out[i] = t[k - 1 - i];
  return k;
}

/* v with at most `decimals` decimals, trailing zeros dropped (no locale: a dot). */
static size_t put_fixed(double v, int decimals, char *out){
  size_t n = 0;
  double scale = decimals == 1 ? 10 : decimals == 2 ? 100 : decimals == 3 ? 1000 : 1;
  double r = round(v * scale);
  if( r < 0 ){ out[n++] = '-'; r = -r; }
  unsigned long long whole = (unsigned long long)(r / scale);
  unsigned long long frac = (unsigned long long)(r - (double)whole * scale);
  n += put_uint(whole, out + n);
  if( frac ){
    char f[4]; int k = decimals;
    for(int i = decimals - 1; i >= 0; i--){ f[i] = (char)('0' + frac % 10); frac /= 10; }
    while( k > 0 && f[k - 1] == '0' ) k--;
    out[n++] = '.';
    memcpy(out + n, f, (size_t)k); n += (size_t)k;
  }
  if( n == 2 && out[0] == '-' && out[1] == '0' ){ out[0] = '0'; n = 1; }
  return n;
}

void kc_buf_num(kc_buf *b, double v){
  char t[40];
  if( !isfinite(v) ) v = 0;
  if( v > 1e15 ) v = 1e15;
  if( v < -1e15 ) v = -1e15;
  kc_buf_add(b, t, put_fixed(v, 1, t));
}

size_t kc_format_value(double v, char *out){
  if( isnan(v) ){ memcpy(out, "NaN", 4); return 3; }
  if( isinf(v) ){ if( v < 0 ){ memcpy(out, "-inf", 5); return 4; } memcpy(out, "inf", 4); return 3; }
  double a = fabs(v);
  if( a >= 1e15 || (a > 0 && a < 0.001) ){
    int n = snprintf(out, 32, "%.3e", v);   /* digits and 'e' only; a locale's comma is put back */
    for(int i = 0; i < n; i++) if( out[i] == ',' ) out[i] = '.';
    return (size_t)n;
  }
  int decimals = a >= 100 ? 1 : a >= 10 ? 2 : 3;
  if( v == floor(v) ) decimals = 0;
  size_t n = put_fixed(v, decimals, out);
  out[n] = 0;
  return n;
}

void kc_buf_value(kc_buf *b, double v){
  char t[40];
  kc_buf_add(b, t, kc_format_value(v, t));
}

void kc_buf_xml(kc_buf *b, const char *s, size_t n){
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, run = 0;   /* bytes from i - run to i are copied as they are */
  while( i < n ){
    unsigned c = u[i];
    const char *rep = 0;
    size_t skip = 1;
    if( c >= 0x80 ){
      uint32_t cp;
      int k = kt_utf8_decode(u + i, n - i, &cp);
      if( k <= 0 ) rep = "\xEF\xBF\xBD";
      else if( cp == 0xFFFE || cp == 0xFFFF ){ rep = ""; skip = (size_t)k; }
      else { i += (size_t)k; run += (size_t)k; continue; }
    }else if( c == '&' ) rep = "&amp;";
    else if( c == '<' ) rep = "&lt;";
    else if( c == '>' ) rep = "&gt;";
    else if( c == '"' ) rep = "&quot;";
    else if( c == '\'' ) rep = "&#39;";
    else if( c == '\t' || c == '\n' || c == '\r' ) rep = " ";   /* a label is one line */
    else if( c < 0x20 || c == 0x7F ) rep = "";
    if( rep == 0 ){ i++; run++; continue; }
    kc_buf_add(b, s + i - run, run);
    kc_buf_str(b, rep);
    run = 0;
    i += skip;
  }
  kc_buf_add(b, s + i - run, run);
}

char *kc_buf_finish(kc_buf *b, size_t *len){
  kc_buf_add(b, "", 0);
  if( b->oom || b->p == 0 ){ b->mem->free(b->p); b->p = 0; *len = 0; return 0; }
  b->p[b->n] = 0;
  *len = b->n;
  return b->p;
}

/* ---- colours -------------------------------------------------------- */

const char *const kc_palette[8] = {
  "#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000"
};

/* viridis sampled at 0, 0.1, ..., 1 (matplotlib's table) */
static const unsigned char viridis[11][3] = {
  {0x44,0x01,0x54}, {0x48,0x24,0x75}, {0x41,0x44,0x87}, {0x35,0x5f,0x8d}, {0x2a,0x78,0x8e},
  {0x21,0x91,0x8c}, {0x22,0xa8,0x84}, {0x44,0xbf,0x70}, {0x7a,0xd1,0x51}, {0xbd,0xdf,0x26},
  {0xfd,0xe7,0x25}
};

void kc_viridis(double t, char out[8]){
  if( !(t >= 0) ) t = 0;
  if( t > 1 ) t = 1;
  double p = t * 10;
  int i = (int)p;
  if( i >= 10 ) i = 9;
  double f = p - i;
  static const char hex[] = "0123456789abcdef";
  out[0] = '#';
  for(int c = 0; c < 3; c++){
    int v = (int)lround(viridis[i][c] + (viridis[i + 1][c] - viridis[i][c]) * f);
    out[1 + 2 * c] = hex[v >> 4];
    out[2 + 2 * c] = hex[v & 15];
  }
  out[7] = 0;
}

/* ---- frame ---------------------------------------------------------- */

/* Hangul and Latin from one font (Noto Sans CJK, Debian's fonts-noto-cjk),
** so the estimate of kc_text_width holds for both. */
#define KC_FONT_FAMILY "'Noto Sans CJK KR','Noto Sans KR','Apple SD Gothic Neo','Malgun Gothic',sans-serif"

double kc_svg_open(kc_buf *b, const kc_options *o, const char *fallback, double width, double height){
  kc_buf_str(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"");
  kc_buf_num(b, width);
  kc_buf_str(b, "\" height=\"");
  kc_buf_num(b, height);
  kc_buf_str(b, "\" viewBox=\"0 0 ");
  kc_buf_num(b, width); kc_buf_str(b, " "); kc_buf_num(b, height);
  kc_buf_str(b, "\" role=\"img\" font-family=\"" KC_FONT_FAMILY "\" font-size=\"12\">\n<title>");
  const char *t = o->title && o->title[0] ? o->title : fallback;
  kc_buf_xml(b, t, strlen(t));
  kc_buf_str(b, "</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
  if( o->title && o->title[0] ){
    kc_buf_str(b, "<text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"bold\" fill=\"#222222\">");
    kc_buf_xml(b, o->title, strlen(o->title));
    kc_buf_str(b, "</text>\n");
    return KC_MARGIN + KC_TITLE_H;
  }
  return KC_MARGIN;
}

void kc_svg_close(kc_buf *b){ kc_buf_str(b, "</svg>\n"); }

char *kc_svg_empty(const kc_data *d, const kc_options *o, const char *fallback, size_t *len){
  kc_buf b;
  kc_buf_init(&b, d->mem);
  double w = o->width > 0 ? o->width : 320, h = o->height > 0 ? o->height : 120;
  double top = kc_svg_open(&b, o, fallback, w, h);
  kc_buf_str(&b, "<text x=\""); kc_buf_num(&b, w / 2);
  kc_buf_str(&b, "\" y=\""); kc_buf_num(&b, (top + h) / 2);
  kc_buf_str(&b, "\" text-anchor=\"middle\" fill=\"#666666\">no data</text>\n");
  kc_svg_close(&b);
  return kc_buf_finish(&b, len);
}

void kc_svg_text(kc_buf *b, double x, double y, const char *anchor, const char *s, size_t n,
                 double max_px, double font_size){
  kc_buf_str(b, "<text x=\""); kc_buf_num(b, x);
  kc_buf_str(b, "\" y=\""); kc_buf_num(b, y);
  kc_buf_str(b, "\"");
  if( anchor ){ kc_buf_str(b, " text-anchor=\""); kc_buf_str(b, anchor); kc_buf_str(b, "\""); }
  kc_buf_str(b, ">");
  if( max_px > 0 && kc_text_width(s, n, font_size) > max_px ){
    /* whole code points while they fit, then an ellipsis */
    const unsigned char *u = (const unsigned char *)s;
    double room = max_px - kc_text_width("\xE2\x80\xA6", 3, font_size);
    size_t i = 0;
    double used = 0;
    while( i < n ){
      uint32_t cp; int k = kt_utf8_decode(u + i, n - i, &cp);
      if( k <= 0 ) k = 1;
      double w = kc_text_width(s + i, (size_t)k, font_size);
      if( used + w > room ) break;
      used += w;
      i += (size_t)k;
    }
    kc_buf_xml(b, s, i);
    kc_buf_str(b, "\xE2\x80\xA6");
  }else{
    kc_buf_xml(b, s, n);
  }
  kc_buf_str(b, "</text>\n");
}

/* ---- label order ---------------------------------------------------- */

typedef struct order_ctx { const kc_data *d; const double *total; const size_t *first; int sort; } order_ctx;

static int order_cmp(const void *pa, const void *pb, void *arg){
  const order_ctx *c = arg;
  uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
  if( c->sort == KC_SORT_VALUE && c->total[a] != c->total[b] ) return c->total[a] > c->total[b] ? -1 : 1;
  if( c->sort != KC_SORT_NONE ){
    int k = kc_label_cmp(c->d, a, b);
    if( k ) return k;
  }
  return c->first[a] < c->first[b] ? -1 : c->first[a] > c->first[b];
}

int kc_labels(const kc_data *d, int col, int sort, uint32_t **labels, size_t *n,
              size_t **pos, double **total){
  const kc_mem *m = d->mem;
  size_t nl = d->nlabels;
  double *tot = kc_alloc_array(m, nl, sizeof *tot);
  size_t *first = kc_alloc_array(m, nl, sizeof *first);
  uint32_t *out = kc_alloc_array(m, nl, sizeof *out);
  size_t *where = kc_alloc_array(m, nl, sizeof *where);
  double *ptot = kc_alloc_array(m, nl, sizeof *ptot);
  if( !tot || !first || !out || !where || !ptot ){
    m->free(tot); m->free(first); m->free(out); m->free(where); m->free(ptot);
    return -1;
  }
  for(size_t i = 0; i < nl; i++){ first[i] = SIZE_MAX; where[i] = SIZE_MAX; }
  size_t k = 0;
  for(size_t r = 0; r < d->n; r++){
    uint32_t l = col ? d->rows[r].b : d->rows[r].a;
    if( l == KC_NO_LABEL ) continue;
    if( first[l] == SIZE_MAX ){ first[l] = r; out[k++] = l; }
    if( isfinite(d->rows[r].v) ) tot[l] += d->rows[r].v;
  }
  order_ctx c = { d, tot, first, sort };
  qsort_r(out, k, sizeof *out, order_cmp, &c);
  for(size_t i = 0; i < k; i++){ where[out[i]] = i; ptot[i] = tot[out[i]]; }
  m->free(tot); m->free(first);
  *labels = out; *n = k;
  if( pos ) *pos = where; else m->free(where);
  if( total ) *total = ptot; else m->free(ptot);
  return 0;
}

double kc_nice_step(double lo, double hi, int target){
  double range = hi - lo;
  if( !(range > 0) || !isfinite(range) ) return 1;
  double raw = range / target;
  double mag = pow(10, floor(log10(raw)));
  double f = raw / mag;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
}
