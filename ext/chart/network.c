/*
** Network: the links between labels (co-occurrence counts, say) as nodes
** and edges. Node area grows with strength (the sum of its links' weights),
** edge width with weight. Only the KC_NETWORK_MAX_NODES strongest nodes are
** drawn (the chart says so when it cuts).
**
** Layout, deterministic: nodes start on a circle, strongest first, and move
** for a fixed number of Fruchterman-Reingold iterations (repulsion between
** every pair, attraction along links by weight, a pull to the centre that
** keeps separate groups in the frame), then the drawing is fitted to the
** frame. Labels are placed strongest first, right of the node, else left,
** above or below, wherever they overlap no label, no node and stay inside;
** a label that fits nowhere is left out (the node's <title> still names it).
**
**   width 640, height 480 by default
*/
#define _GNU_SOURCE  /* qsort_r */
#include "chart/chart_internal.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define ITERATIONS 300
#define LABEL_H 14.0
#define NET_LABEL_MAX 160.0

typedef struct edge { uint32_t a, b; double w; } edge;

static int edge_cmp(const void *pa, const void *pb){
  const edge *a = pa, *b = pb;
  if( a->a != b->a ) return a->a < b->a ? -1 : 1;
  if( a->b != b->b ) return a->b < b->b ? -1 : 1;
  return 0;
}
static int edge_weight_cmp(const void *pa, const void *pb){
  const edge *a = pa, *b = pb;
  if( a->w != b->w ) return a->w < b->w ? -1 : 1;
  return edge_cmp(pa, pb);
}

typedef struct node_ctx { const kc_data *d; const double *strength; } node_ctx;
static int node_cmp(const void *pa, const void *pb, void *arg){
  const node_ctx *c = arg;
  uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
  if( c->strength[a] != c->strength[b] ) return c->strength[a] > c->strength[b] ? -1 : 1;
  return kc_label_cmp(c->d, a, b);
}

/* The merged links between distinct labels (a < b), positive finite weights. */
static int collect_edges(const kc_data *d, edge **out, size_t *n){
  edge *e = kc_alloc_array(d->mem, d->n, sizeof *e);
  if( e == 0 ) return -1;
  size_t k = 0;
  for(size_t r = 0; r < d->n; r++){
    const kc_row *row = &d->rows[r];
    if( row->b == KC_NO_LABEL || row->a == row->b || !(row->v > 0) || !isfinite(row->v) ) continue;
    e[k++] = (edge){ row->a < row->b ? row->a : row->b, row->a < row->b ? row->b : row->a, row->v };
  }
  qsort(e, k, sizeof *e, edge_cmp);
  size_t m = 0;
  for(size_t i = 0; i < k; i++){
    if( m > 0 && e[m - 1].a == e[i].a && e[m - 1].b == e[i].b ) e[m - 1].w += e[i].w;
    else e[m++] = e[i];
  }
  *out = e; *n = m;
  return 0;
}

static int boxes_overlap(double ax, double ay, double aw, double ah, double bx, double by, double bw, double bh){
  return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
}

/* The layout, and the kept edges (node places, a < b) in *edges when asked. */
static int layout(const kc_data *d, const kc_options *o, kc_network *net, edge **kept, size_t *nkept){
  const kc_mem *m = d->mem;
  memset(net, 0, sizeof *net);
  net->width = o->width > 0 ? o->width : 640;
  net->height = o->height > 0 ? o->height : 480;
  edge *e; size_t ne;
  if( collect_edges(d, &e, &ne) ) return -1;
  size_t nl = d->nlabels;
  double *strength = kc_alloc_array(m, nl, sizeof *strength);
  uint32_t *order = kc_alloc_array(m, nl, sizeof *order);
  size_t *place = kc_alloc_array(m, nl, sizeof *place);
  if( !strength || !order || !place ){ m->free(e); m->free(strength); m->free(order); m->free(place); return -1; }
  for(size_t i = 0; i < nl; i++) place[i] = SIZE_MAX;   /* 0 once seen, until the places are given */
  size_t total = 0;
  for(size_t i = 0; i < ne; i++){ strength[e[i].a] += e[i].w; strength[e[i].b] += e[i].w; }
  for(size_t r = 0; r < d->n; r++){
    uint32_t l[2] = { d->rows[r].a, d->rows[r].b };
    for(int j = 0; j < 2; j++){
      if( l[j] == KC_NO_LABEL || place[l[j]] != SIZE_MAX ) continue;
      place[l[j]] = 0;
      order[total++] = l[j];
    }
  }
  node_ctx c = { d, strength };
  qsort_r(order, total, sizeof *order, node_cmp, &c);
  size_t n = total < KC_NETWORK_MAX_NODES ? total : KC_NETWORK_MAX_NODES;
  for(size_t i = 0; i < nl; i++) place[i] = SIZE_MAX;
  for(size_t i = 0; i < n; i++) place[order[i]] = i;
  net->total_nodes = total;
  net->nodes = kc_alloc_array(m, n, sizeof *net->nodes);
  double *dx = kc_alloc_array(m, n, sizeof *dx), *dy = kc_alloc_array(m, n, sizeof *dy);
  if( !net->nodes || !dx || !dy ){
    m->free(e); m->free(strength); m->free(order); m->free(place); m->free(dx); m->free(dy);
    return -1;
  }
  net->n = n;
  /* the links between kept nodes, as places */
  size_t k = 0;
  double wmax = 0, smax = 0;
  for(size_t i = 0; i < ne; i++){
    size_t pa = place[e[i].a], pb = place[e[i].b];
    if( pa == SIZE_MAX || pb == SIZE_MAX ) continue;
    e[k++] = (edge){ (uint32_t)(pa < pb ? pa : pb), (uint32_t)(pa < pb ? pb : pa), e[i].w };
    if( e[i].w > wmax ) wmax = e[i].w;
  }
  ne = k;
  for(size_t i = 0; i < n; i++){
    net->nodes[i].label = order[i];
    net->nodes[i].strength = strength[order[i]];
    if( strength[order[i]] > smax ) smax = strength[order[i]];
  }
  m->free(strength); m->free(order); m->free(place);

  double top = KC_MARGIN + (o->title && o->title[0] ? KC_TITLE_H : 0);
  double W = net->width, H = net->height;
  double fw = W - 2 * KC_MARGIN, fh = H - top - KC_MARGIN - 16;  /* 16: the note under the drawing */
  double cx = KC_MARGIN + fw / 2, cy = top + fh / 2;
  double R = (fw < fh ? fw : fh) * 0.4;
  for(size_t i = 0; i < n; i++){
    double a = n > 1 ? 2 * M_PI * (double)i / (double)n : 0;
    net->nodes[i].x = n > 1 ? cx + R * cos(a) : cx;
    net->nodes[i].y = n > 1 ? cy + R * sin(a) : cy;
  }
  double kk = n > 0 ? sqrt(fw * fh / (double)n) * 0.6 : 1;
  for(int it = 0; it < ITERATIONS && n > 1; it++){
    double temp = fw / 10 * (1 - (double)it / ITERATIONS);
    for(size_t i = 0; i < n; i++){ dx[i] = (cx - net->nodes[i].x) * 0.05 * kk / R; dy[i] = (cy - net->nodes[i].y) * 0.05 * kk / R; }
    for(size_t i = 0; i < n; i++){
      for(size_t j = i + 1; j < n; j++){
        double ex = net->nodes[i].x - net->nodes[j].x, ey = net->nodes[i].y - net->nodes[j].y;
        double dist = sqrt(ex * ex + ey * ey);
        if( dist < 0.01 ){ ex = 0.01; ey = 0; dist = 0.01; }
        double f = kk * kk / dist / dist;
        dx[i] += ex * f; dy[i] += ey * f;
        dx[j] -= ex * f; dy[j] -= ey * f;
      }
    }
    for(size_t q = 0; q < ne; q++){
      kc_node *a = &net->nodes[e[q].a], *b = &net->nodes[e[q].b];
      double ex = a->x - b->x, ey = a->y - b->y;
      double dist = sqrt(ex * ex + ey * ey);
      double f = dist / kk * (0.3 + 0.7 * e[q].w / wmax);
      dx[e[q].a] -= ex * f; dy[e[q].a] -= ey * f;
      dx[e[q].b] += ex * f; dy[e[q].b] += ey * f;
    }
    for(size_t i = 0; i < n; i++){
      double len = sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
      if( len > temp ){ dx[i] *= temp / len; dy[i] *= temp / len; }
      net->nodes[i].x += dx[i];
      net->nodes[i].y += dy[i];
    }
  }
  m->free(dx); m->free(dy);
  /* fit into the frame, leaving room for labels at the sides */
  double minx = INFINITY, maxx = -INFINITY, miny = INFINITY, maxy = -INFINITY;
  for(size_t i = 0; i < n; i++){
    kc_node *p = &net->nodes[i];
    p->r = 4 + 10 * sqrt(smax > 0 ? p->strength / smax : 0);
    if( p->x < minx ) minx = p->x;
    if( p->x > maxx ) maxx = p->x;
    if( p->y < miny ) miny = p->y;
    if( p->y > maxy ) maxy = p->y;
  }
  double padx = fw * 0.12 + 14, pady = 14 + 8;
  double ax = KC_MARGIN + padx, aw = fw - 2 * padx, ay = top + pady, ah = fh - 2 * pady;
  if( aw < 10 ) aw = 10;
  if( ah < 10 ) ah = 10;
  for(size_t i = 0; i < n; i++){
    kc_node *p = &net->nodes[i];
    p->x = maxx > minx ? ax + (p->x - minx) / (maxx - minx) * aw : ax + aw / 2;
    p->y = maxy > miny ? ay + (p->y - miny) / (maxy - miny) * ah : ay + ah / 2;
  }
  /* labels, strongest first */
  for(size_t i = 0; i < n; i++){
    kc_node *p = &net->nodes[i];
    size_t sk; const char *s = kc_data_label(d, p->label, &sk);
    double lw = kc_text_width(s, sk, KC_FONT);
    if( lw > NET_LABEL_MAX ) lw = NET_LABEL_MAX;
    double cand[4][2] = {
      { p->x + p->r + 3, p->y - LABEL_H / 2 },
      { p->x - p->r - 3 - lw, p->y - LABEL_H / 2 },
      { p->x - lw / 2, p->y - p->r - 2 - LABEL_H },
      { p->x - lw / 2, p->y + p->r + 2 },
    };
    for(int ci = 0; ci < 4 && !p->shown; ci++){
      double x = cand[ci][0], y = cand[ci][1];
      if( x < 2 || y < top || x + lw > W - 2 || y + LABEL_H > H - 2 ) continue;
      int clash = 0;
      for(size_t j = 0; j < n && !clash; j++){
        kc_node *q = &net->nodes[j];
        if( j != i && boxes_overlap(x, y, lw, LABEL_H, q->x - q->r, q->y - q->r, 2 * q->r, 2 * q->r) ) clash = 1;
        if( j < i && q->shown && boxes_overlap(x, y, lw, LABEL_H, q->lx, q->ly, q->lw, q->lh) ) clash = 1;
      }
      if( !clash ){ p->shown = 1; p->lx = x; p->ly = y; p->lw = lw; p->lh = LABEL_H; }
    }
  }
  if( kept ){ *kept = e; *nkept = ne; }
  else m->free(e);
  return 0;
}

int kc_network_layout(const kc_data *d, const kc_options *o, kc_network *net){
  return layout(d, o, net, 0, 0);
}

void kc_network_free(const kc_data *d, kc_network *net){
  d->mem->free(net->nodes);
  net->nodes = 0; net->n = 0;
}

char *kc_render_network(const kc_data *d, const kc_options *o, size_t *len){
  const kc_mem *m = d->mem;
  if( d->n == 0 ) return kc_svg_empty(d, o, "Network: no data", len);
  kc_network net; edge *e; size_t ne;
  if( layout(d, o, &net, &e, &ne) ){ kc_network_free(d, &net); return 0; }
  double wmax = 0;
  for(size_t i = 0; i < ne; i++) if( e[i].w > wmax ) wmax = e[i].w;
  qsort(e, ne, sizeof *e, edge_weight_cmp);   /* the heaviest drawn last, on top */
  kc_buf b;
  kc_buf_init(&b, m);
  kc_svg_open(&b, o, "Network", net.width, net.height);
  for(size_t i = 0; i < ne; i++){
    const kc_node *a = &net.nodes[e[i].a], *z = &net.nodes[e[i].b];
    size_t ka, kz;
    const char *sa = kc_data_label(d, a->label, &ka), *sz = kc_data_label(d, z->label, &kz);
    kc_buf_str(&b, "<line x1=\""); kc_buf_num(&b, a->x);
    kc_buf_str(&b, "\" y1=\""); kc_buf_num(&b, a->y);
    kc_buf_str(&b, "\" x2=\""); kc_buf_num(&b, z->x);
    kc_buf_str(&b, "\" y2=\""); kc_buf_num(&b, z->y);
    kc_buf_str(&b, "\" stroke=\"#7f7f7f\" stroke-opacity=\"0.55\" stroke-width=\"");
    kc_buf_num(&b, 1 + 5 * e[i].w / wmax);
    kc_buf_str(&b, "\"><title>");
    kc_buf_xml(&b, sa, ka); kc_buf_str(&b, " \xE2\x80\x93 "); kc_buf_xml(&b, sz, kz);
    kc_buf_str(&b, ": "); kc_buf_value(&b, e[i].w);
    kc_buf_str(&b, "</title></line>\n");
  }
  for(size_t i = net.n; i-- > 0; ){   /* the strongest drawn last, on top */
    const kc_node *p = &net.nodes[i];
    size_t sk; const char *s = kc_data_label(d, p->label, &sk);
    kc_buf_str(&b, "<circle cx=\""); kc_buf_num(&b, p->x);
    kc_buf_str(&b, "\" cy=\""); kc_buf_num(&b, p->y);
    kc_buf_str(&b, "\" r=\""); kc_buf_num(&b, p->r);
    kc_buf_str(&b, "\" fill=\""); kc_buf_str(&b, kc_palette[0]);
    kc_buf_str(&b, "\" fill-opacity=\"0.85\" stroke=\"#ffffff\"><title>");
    kc_buf_xml(&b, s, sk); kc_buf_str(&b, ": "); kc_buf_value(&b, p->strength);
    kc_buf_str(&b, "</title></circle>\n");
  }
  /* labels with a white halo, legible over the links */
  kc_buf_str(&b, "<g stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\" fill=\"#1f2328\">\n");
  for(size_t i = 0; i < net.n; i++){
    const kc_node *p = &net.nodes[i];
    if( !p->shown ) continue;
    size_t sk; const char *s = kc_data_label(d, p->label, &sk);
    kc_svg_text(&b, p->lx, p->ly + LABEL_H - 3, 0, s, sk, NET_LABEL_MAX, KC_FONT);
  }
  kc_buf_str(&b, "</g>\n");
  if( net.total_nodes > net.n ){
    char t[96];
    size_t k = 0;
    char v[40]; size_t vk = kc_format_value((double)net.n, v);
    memcpy(t, v, vk); k = vk;
    memcpy(t + k, " of ", 4); k += 4;
    vk = kc_format_value((double)net.total_nodes, v);
    memcpy(t + k, v, vk); k += vk;
    const char *tail = " nodes, the strongest";
    memcpy(t + k, tail, strlen(tail)); k += strlen(tail);
    kc_svg_text(&b, KC_MARGIN, net.height - KC_MARGIN, 0, t, k, 0, KC_FONT);
  }
  kc_svg_close(&b);
  m->free(e);
  kc_network_free(d, &net);
  return kc_buf_finish(&b, len);
}
