/*
** Unit tests of ext/chart: bar() as DuckDB defines it, display width and
** padding, label widths, the SVG charts' positions, escaping, empty input,
** one row and ten thousand rows, every SVG parsed as XML by Python's
** xml.dom.minidom, and every allocation failure handled.
*/
#include "check.h"
#include "chart/chart.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- helpers -------------------------------------------------------- */

/* 1 when python3's minidom parses the document and its root is <svg>. */
static int xml_ok(const char *svg, size_t n){
  FILE *p = popen("/usr/bin/python3 -c 'import sys, xml.dom.minidom as m; "
                  "d = m.parse(sys.stdin.buffer); sys.exit(d.documentElement.tagName != \"svg\")'", "w");
  if( p == 0 ) return 0;
  fwrite(svg, 1, n, p);
  return pclose(p) == 0;
}

static size_t count(const char *s, const char *what){
  size_t k = 0, n = strlen(what);
  for(const char *p = strstr(s, what); p; p = strstr(p + n, what)) k++;
  return k;
}

static kc_data *rows1(const char *const *a, const double *v, size_t n){
  kc_data *d = kc_data_new(&kc_libc);
  for(size_t i = 0; i < n; i++) kc_data_add(d, a[i], strlen(a[i]), 0, 0, 0, v[i]);
  return d;
}

static const kc_options plain = { 0, 0, 0, KC_SORT_NONE };

/* ---- text ----------------------------------------------------------- */

static void check_bar(double x, double min, double max, double width, const char *want){
  char out[KC_BAR_MAX], err[100];
  int n = kc_bar(x, min, max, width, out, err, sizeof err);
  CHECK_INT(n, (int)strlen(want));
  CHECK_STR(out, want);
}

static void test_bar(void){
  check_bar(5, 0, 20, 10, "\u2588\u2588\u258C");            /* the example: ██▌ */
  check_bar(0, 0, 20, 10, "");
  check_bar(-3, 0, 20, 10, "");                              /* clamped to min */
  check_bar(20, 0, 20, 10, "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588");
  check_bar(99, 0, 20, 4, "\u2588\u2588\u2588\u2588");       /* clamped to max */
  check_bar(1, 0, 80, 10, "\u258F");                         /* one eighth */
  check_bar(7, 0, 80, 10, "\u2589");                         /* 0.875: seven eighths */
  check_bar(1, 0, 1, 1.5, "\u2588\u258C");                   /* a width need not be whole */
  check_bar(5, 10, 0, 10, "");                               /* min above max: x <= min */
  check_bar(NAN, 0, 1, 10, "");
  char out[KC_BAR_MAX], err[100];
  CHECK_INT(kc_bar(1, 0, 2, 0.5, out, err, sizeof err), -1);
  CHECK_STR(err, "width must be between 1 and 1000");
  CHECK_INT(kc_bar(1, 0, 2, 1001, out, err, sizeof err), -1);
  CHECK_INT(kc_bar(1, 0, 1, 1000, out, err, sizeof err), 3000);
  CHECK_INT(kc_bar(1, -INFINITY, 2, 10, out, err, sizeof err), -1);
  CHECK_STR(err, "the bar's width is not finite (min or max is infinite)");
}

static void check_pad(const char *s, size_t width, int right, const char *want){
  size_t n;
  char *p = kc_pad(&kc_libc, s, strlen(s), width, right, &n);
  CHECK_STR(p, want);
  CHECK_INT(n, strlen(want));
  CHECK_INT(kc_display_width(p, n), width);
  free(p);
}

static void test_width(void){
  CHECK_INT(kc_display_width("abc", 3), 3);
  CHECK_INT(kc_display_width("독일", 6), 4);
  CHECK_INT(kc_display_width("\uFF34\uFF21\uFF2D\uFF21", 12), 8);          /* ＴＡＭＡ: Fullwidth */
  CHECK_INT(kc_display_width("e\u0301", 3), 1);                            /* combining acute */
  CHECK_INT(kc_display_width("\u1112\u1161\u11AB", 9), 2);                 /* 한 in NFD (macOS) */
  CHECK_INT(kc_display_width("a\u200Bb", 5), 2);                           /* zero width space */
  CHECK_INT(kc_display_width("\xFF" "a", 2), 2);                           /* invalid byte: one column */
  CHECK_INT(kc_display_width("a\tb\n", 4), 2);
  CHECK_INT(kc_display_width("漢字", 6), 4);
  CHECK_INT(kc_display_width("Baden-Württemberg", strlen("Baden-Württemberg")), 17);
  check_pad("독일", 6, 0, "독일  ");
  check_pad("독일", 6, 1, "  독일");
  check_pad("Korea", 5, 0, "Korea");
  check_pad("지역혁신클러스터", 7, 0, "지역혁\u2026");
  check_pad("독일독일", 4, 0, "독\u2026 ");
  check_pad("abc", 0, 0, "");
  check_pad("", 3, 1, "   ");
}

static void test_text_width(void){
  CHECK(fabs(kc_text_width("독일", 6, 12) - 24) < 1e-9);
  CHECK(fabs(kc_text_width("Germany", 7, 12) - 50.232) < 1e-9);
  CHECK(fabs(kc_text_width("독일 Germany", strlen("독일 Germany"), 12) - (24 + 2.688 + 50.232)) < 1e-9);
  CHECK(fabs(kc_text_width("é", 2, 10) - 6) < 1e-9);
  CHECK(fabs(kc_text_width("e\u0301", 3, 10) - 5.38) < 1e-9);
  CHECK(fabs(kc_text_width("\u2026\u00D7", 5, 10) - 20) < 1e-9);       /* full width in CJK fonts */
  CHECK(kc_text_width("", 0, 12) == 0);
}

/* ---- bars ----------------------------------------------------------- */

static void test_bars(void){
  const char *a[] = { "A", "B" };
  double v[] = { 10, 5 };
  kc_data *d = rows1(a, v, 2);
  size_t n;
  char *svg = kc_render_bars(d, &plain, &n);
  CHECK(svg != 0);
  CHECK_INT(n, strlen(svg));
  /* left = margin 10 + label 8 + gap 8; plot = 640 - 26 - 6 - value 14 - margin 10 */
  CHECK(strstr(svg, "<rect x=\"26\" y=\"12.8\" width=\"584\" height=\"16.5\"") != 0);
  CHECK(strstr(svg, "<rect x=\"26\" y=\"34.8\" width=\"292\" height=\"16.5\"") != 0);
  CHECK(strstr(svg, "<title>A: 10</title>") != 0);
  CHECK(strstr(svg, "<text x=\"614\" y=\"25\">10</text>") != 0);
  CHECK(strstr(svg, "width=\"640\" height=\"64\"") != 0);
  CHECK(strstr(svg, "<title>Bar chart</title>") != 0);
  CHECK(xml_ok(svg, n));
  free(svg);
  /* sort by value, a title; duplicate labels add up */
  kc_data_add(d, "B", 1, 0, 0, 0, 7);
  kc_options o = { "Records <by> year & \"source\"", 0, 0, KC_SORT_VALUE };
  svg = kc_render_bars(d, &o, &n);
  CHECK(strstr(svg, "<title>Records &lt;by&gt; year &amp; &quot;source&quot;</title>") != 0);
  const char *pb = strstr(svg, "<title>B: 12</title>"), *pa = strstr(svg, "<title>A: 10</title>");
  CHECK(pb && pa && pb < pa);
  CHECK(xml_ok(svg, n));
  free(svg);
  kc_data_free(d);

  /* Korean labels size the chart: the left margin follows the widest label */
  const char *ko[] = { "지역혁신클러스터정책", "EU" };
  double kv[] = { 3, 1 };
  d = rows1(ko, kv, 2);
  svg = kc_render_bars(d, &plain, &n);
  CHECK(strstr(svg, "<rect x=\"138\" ") != 0);                 /* 10 + 120 + 8 */
  CHECK(strstr(svg, "text-anchor=\"end\">지역혁신클러스터정책</text>") != 0);
  free(svg);
  kc_data_free(d);

  /* escaping: markup, quotes, controls, invalid bytes, U+FFFF */
  const char *bad[] = { "<a&\"b'>", "x\x01y\xFFz\xEF\xBF\xBF\tw\r\nv" };
  double bv[] = { 1, 2 };
  d = rows1(bad, bv, 2);
  svg = kc_render_bars(d, &plain, &n);
  CHECK(strstr(svg, ">&lt;a&amp;&quot;b&#39;&gt;</text>") != 0);
  CHECK(strstr(svg, ">xy\uFFFDz w  v</text>") != 0);
  CHECK(strstr(svg, "\x01") == 0);
  CHECK(xml_ok(svg, n));
  free(svg);
  kc_data_free(d);

  /* a long label is cut with an ellipsis, whole in its title */
  char longl[400];
  memset(longl, 'm', 399); longl[399] = 0;
  const char *ll[] = { longl };
  double lv[] = { 1 };
  d = rows1(ll, lv, 1);
  svg = kc_render_bars(d, &plain, &n);
  CHECK(strstr(svg, "m\u2026</text>") != 0);
  CHECK(strstr(svg, longl) != 0);
  free(svg);
  kc_data_free(d);
}

/* ---- lines ---------------------------------------------------------- */

static void test_lines(void){
  kc_data *d = kc_data_new(&kc_libc);
  kc_data_add(d, "KR", 2, 0, 0, 2012, 4);
  kc_data_add(d, "KR", 2, 0, 0, 2010, 2);
  kc_data_add(d, "DE", 2, 0, 0, 2010, 1);
  size_t n;
  char *svg = kc_render_lines(d, &plain, &n);
  CHECK(svg != 0);
  /* y 0..4 step 1, left = 10 + 7 + 6; plot 640 - 23 - 16 - legend 42 - 10 wide, 320 - 16 - 26 - 10 high */
  CHECK(strstr(svg, "points=\"23,150 572,16\"") != 0);
  CHECK(strstr(svg, "points=\"23,217\"") != 0);
  CHECK(strstr(svg, "<title>KR, 2010: 2</title>") != 0);
  CHECK(strstr(svg, "<title>DE, 2010: 1</title>") != 0);
  CHECK(strstr(svg, ">2011</text>") != 0);
  CHECK(strstr(svg, "stroke=\"#E69F00\"") != 0);                /* the second series' colour */
  CHECK_INT(count(svg, "<circle"), 3);
  CHECK(xml_ok(svg, n));
  free(svg);
  kc_data_free(d);
}

/* ---- heatmap -------------------------------------------------------- */

static void test_heatmap(void){
  kc_data *d = kc_data_new(&kc_libc);
  kc_data_add(d, "KR", 2, "2010", 4, 0, 1);
  kc_data_add(d, "KR", 2, "2010", 4, 0, 2);
  kc_data_add(d, "독일", 6, "2012", 4, 0, 6);
  size_t n;
  char *svg = kc_render_heatmap(d, &plain, &n);
  CHECK(svg != 0);
  CHECK(strstr(svg, "<title>KR \u00D7 2010: 3</title>") != 0);
  CHECK(strstr(svg, "<title>독일 \u00D7 2012: 6</title>") != 0);
  /* left = 10 + 24 + 6; cells as wide as "2010" (27 + 8); header 18 under margin 10 */
  CHECK(strstr(svg, "<rect x=\"75\" y=\"50\" width=\"35\" height=\"22\" fill=\"#fde725\"") != 0);
  CHECK(strstr(svg, "<rect x=\"40\" y=\"28\" width=\"35\" height=\"22\" fill=\"#21918c\"") != 0);
  CHECK(strstr(svg, "<text x=\"57.5\" y=\"23\" text-anchor=\"middle\">2010</text>") != 0);
  CHECK_INT(count(svg, "<title>"), 3);
  CHECK(xml_ok(svg, n));
  free(svg);
  kc_data_free(d);
}

/* ---- network -------------------------------------------------------- */

static void test_network(void){
  kc_data *d = kc_data_new(&kc_libc);
  const char *w[] = { "cluster", "클러스터 정책", "innovation", "산학협력", "R&D", "지역혁신", "lock-in" };
  for(int i = 0; i < 7; i++)
    for(int j = i + 1; j < 7; j++)
      if( (i + j) % 3 != 0 ) kc_data_add(d, w[i], strlen(w[i]), w[j], strlen(w[j]), 0, (double)(1 + (i * j) % 4));
  kc_data_add(d, "cluster", 7, "cluster", 7, 0, 5);   /* a loop is no link */
  size_t n, n2;
  char *svg = kc_render_network(d, &plain, &n);
  char *again = kc_render_network(d, &plain, &n2);
  CHECK(svg && again && n == n2 && memcmp(svg, again, n) == 0);   /* deterministic */
  CHECK(strstr(svg, ">R&amp;D</text>") != 0);
  CHECK(strstr(svg, "<title>cluster \u2013 cluster") == 0);
  CHECK(strstr(svg, "stroke-width=\"6\"") != 0);                   /* the heaviest link */
  CHECK(xml_ok(svg, n));
  free(svg); free(again);

  kc_network net;
  CHECK_INT(kc_network_layout(d, &plain, &net), 0);
  CHECK_INT(net.n, 7);
  int shown = 0, overlaps = 0, outside = 0;
  for(size_t i = 0; i < net.n; i++){
    const kc_node *p = &net.nodes[i];
    if( i > 0 ) CHECK(p->strength <= net.nodes[i - 1].strength);
    if( p->x - p->r < 0 || p->x + p->r > net.width || p->y - p->r < 0 || p->y + p->r > net.height ) outside++;
    if( !p->shown ) continue;
    shown++;
    if( p->lx < 0 || p->lx + p->lw > net.width || p->ly < 0 || p->ly + p->lh > net.height ) outside++;
    for(size_t j = 0; j < net.n; j++){
      const kc_node *q = &net.nodes[j];
      if( j != i && q->shown && p->lx < q->lx + q->lw && q->lx < p->lx + p->lw
          && p->ly < q->ly + q->lh && q->ly < p->ly + p->lh ) overlaps++;
      if( j != i && p->lx < q->x + q->r && q->x - q->r < p->lx + p->lw
          && p->ly < q->y + q->r && q->y - q->r < p->ly + p->lh ) overlaps++;
    }
  }
  CHECK_INT(shown, 7);
  CHECK_INT(overlaps, 0);
  CHECK_INT(outside, 0);
  /* 산학협력 (4 wide characters) is measured at 48 px */
  for(size_t i = 0; i < net.n; i++){
    size_t k; const char *s = kc_data_label(d, net.nodes[i].label, &k);
    if( k == strlen("산학협력") && memcmp(s, "산학협력", k) == 0 ) CHECK(fabs(net.nodes[i].lw - 48) < 1e-9);
  }
  kc_network_free(d, &net);
  kc_data_free(d);

  /* more nodes than drawn: the strongest 60, and the chart says so */
  d = kc_data_new(&kc_libc);
  char a[16], b[16];
  for(int i = 0; i < 100; i++){
    snprintf(a, sizeof a, "n%d", i); snprintf(b, sizeof b, "n%d", (i * 7 + 1) % 100);
    kc_data_add(d, a, strlen(a), b, strlen(b), 0, 100 - i);
  }
  svg = kc_render_network(d, &plain, &n);
  CHECK(strstr(svg, ">60 of 100 nodes, the strongest</text>") != 0);
  CHECK_INT(count(svg, "<circle"), 60);
  CHECK(xml_ok(svg, n));
  free(svg);
  kc_data_free(d);
}

/* ---- empty, one row, many rows -------------------------------------- */

typedef char *(*render_fn)(const kc_data *, const kc_options *, size_t *);
static const render_fn renders[4] = { kc_render_bars, kc_render_lines, kc_render_heatmap, kc_render_network };

static void test_sizes(void){
  kc_data *d = kc_data_new(&kc_libc);
  for(int r = 0; r < 4; r++){
    size_t n;
    char *svg = renders[r](d, &plain, &n);
    CHECK(svg && strstr(svg, ">no data</text>") != 0);
    CHECK(xml_ok(svg, n));
    free(svg);
  }
  kc_data_add(d, "한국", 6, "Korea", 5, 2020, 3);
  for(int r = 0; r < 4; r++){
    size_t n;
    char *svg = renders[r](d, &plain, &n);
    CHECK(svg && strstr(svg, "no data") == 0);
    CHECK(xml_ok(svg, n));
    free(svg);
  }
  kc_data_free(d);
  /* ten thousand rows: 2,000 labels, 5 series or columns */
  d = kc_data_new(&kc_libc);
  for(int i = 0; i < 10000; i++){
    char a[32], b[32];
    int na = snprintf(a, sizeof a, "주제 %d", i % 2000), nb = snprintf(b, sizeof b, "%d", 2000 + i % 5);
    kc_data_add(d, a, (size_t)na, b, (size_t)nb, 2000 + i % 25, i % 97);
  }
  CHECK_INT(kc_data_rows(d), 10000);
  for(int r = 0; r < 4; r++){
    size_t n;
    char *svg = renders[r](d, &plain, &n);
    CHECK(svg != 0);
    if( svg && r == 0 ) CHECK_INT(count(svg, "<title>"), 2001);   /* the chart's and one per bar */
    if( svg ) CHECK(xml_ok(svg, n));
    free(svg);
  }
  kc_data_free(d);
}

/* ---- out of memory -------------------------------------------------- */

static long fail_at, n_alloc;
static void *failing_realloc(void *p, size_t n){
  if( ++n_alloc == fail_at ) return 0;
  return realloc(p, n ? n : 1);
}
static const kc_mem failing = { failing_realloc, free };

static void test_oom(void){
  for(int r = 0; r < 4; r++){
    int completed = 0;
    for(fail_at = 1; fail_at < 10000 && !completed; fail_at++){
      n_alloc = 0;
      kc_data *d = kc_data_new(&failing);
      int ok = d != 0;
      for(int i = 0; ok && i < 40; i++){
        char a[16], b[16];
        int na = snprintf(a, sizeof a, "a%d", i % 9), nb = snprintf(b, sizeof b, "b%d", i % 4);
        ok = kc_data_add(d, a, (size_t)na, b, (size_t)nb, i, i + 1) == 0;
      }
      size_t n;
      char *svg = ok ? renders[r](d, &plain, &n) : 0;
      if( svg ) completed = 1;
      free(svg);
      kc_data_free(d);
    }
    CHECK(completed);
  }
  fail_at = 1; n_alloc = 0;
  size_t n;
  CHECK(kc_pad(&failing, "abc", 3, 5, 0, &n) == 0);
}

int main(void){
  test_bar();
  test_width();
  test_text_width();
  test_bars();
  test_lines();
  test_heatmap();
  test_network();
  test_sizes();
  test_oom();
  return CHECK_DONE();
}
