/*
** Chart layer: text bars and SVG charts from rows of labels and numbers.
** Plain C, no SQLite: the SQL glue (ext/sql_chart.c) collects an aggregate's
** rows into a kc_data and asks for one SVG document; the unit tests, the
** fuzz target and the benchmarks call the same functions.
**
**   kc_bar            DuckDB's bar(x, min, max, width): Unicode full and eighth blocks
**   kc_display_width  terminal columns of UTF-8 text (East Asian Wide and Fullwidth 2,
**                     combining marks 0), from ICU's character properties
**   kc_pad            text padded (or cut with an ellipsis) to a number of columns
**   kc_text_width     estimated advance of text in an SVG (CJK 1 em, Latin by letter)
**   kc_render_*       bars, lines, heatmap, network: one self-contained SVG document
**
** Every allocation goes through a kc_mem, so that what the glue returns to
** SQLite comes from sqlite3_malloc (and the out-of-memory test reaches it).
** A render returns NULL only when memory runs out.
*/
#ifndef KOLIT_CHART_CHART_H
#define KOLIT_CHART_CHART_H
#include <stddef.h>
#include <stdint.h>

typedef struct kc_mem {
  void *(*realloc)(void *p, size_t n);   /* realloc(NULL, n) allocates; NULL when out of memory */
  void (*free)(void *p);
} kc_mem;
extern const kc_mem kc_libc;             /* the C library's realloc and free */

/* ---- text ----------------------------------------------------------- */

/* The longest bar: 1000 full blocks of 3 bytes, and the terminating NUL. */
#define KC_BAR_MAX 3001
/* bar(x, min, max, width) as DuckDB defines it: width * (x - min) / (max - min)
** columns (0 when x <= min, width when x >= max), drawn as full blocks (U+2588)
** and one of the seven eighth blocks U+2589..U+258F for the remaining eighths,
** rounded down. kolit leaves out DuckDB's trailing spaces. Writes a NUL-ended
** string into out (KC_BAR_MAX bytes) and returns its length in bytes; -1 when
** width is not between 1 and 1000 or the bar's width comes out infinite (an
** infinite min or max), with the reason in err. A NaN gives an empty bar. */
int kc_bar(double x, double min, double max, double width, char *out, char *err, size_t errlen);

/* Columns a code point takes in a terminal: 0 (combining and enclosing marks,
** format characters, Hangul medial vowels and final consonants, controls),
** 2 (East Asian Wide and Fullwidth), else 1. */
int kc_char_width(uint32_t cp);
/* Columns of n bytes of UTF-8 text; an invalid byte counts as one column (U+FFFD). */
size_t kc_display_width(const char *s, size_t n);
/* s padded with spaces to exactly width columns, on the right (align_right 0)
** or the left (1); text wider than width is cut to width - 1 columns and
** ends with an ellipsis (U+2026). Returns a NUL-ended string from mem and
** its length in *outlen; NULL when out of memory. */
char *kc_pad(const kc_mem *mem, const char *s, size_t n, size_t width, int align_right, size_t *outlen);

/* Estimated width in pixels of n bytes of UTF-8 text at font_size pixels:
** ASCII by the advances of Noto Sans CJK KR, wide and (but Latin letters)
** East Asian Ambiguous characters 1 em, zero-width ones 0, others 0.6 em. */
double kc_text_width(const char *s, size_t n, double font_size);

/* ---- data ----------------------------------------------------------- */

/* The rows of one chart: up to two labels and two numbers per row.
**   bars     a = label, v = value
**   lines    a = series, x = x, v = y
**   heatmap  a = row, b = column, v = value
**   network  a, b = the two nodes, v = weight of their link */
typedef struct kc_data kc_data;
kc_data *kc_data_new(const kc_mem *mem);
/* Appends a row (b may be NULL for charts of one label). 0, or -1 when out of memory. */
int kc_data_add(kc_data *d, const char *a, size_t na, const char *b, size_t nb, double x, double v);
size_t kc_data_rows(const kc_data *d);
void kc_data_free(kc_data *d);

#define KC_SORT_NONE  0   /* in the order the rows came (first appearance) */
#define KC_SORT_VALUE 1   /* largest value (or total) first, then by label */
#define KC_SORT_LABEL 2   /* by label, numbers by value before text */

typedef struct kc_options {
  const char *title;   /* NUL-ended UTF-8, or NULL: drawn at the top and the chart's <title> */
  double width;        /* pixels, 0 for the chart's default; the chart widens to fit its labels */
  double height;       /* pixels, 0 for the chart's default (sized to its rows) */
  int sort;            /* KC_SORT_*, for the chart's labels (bars, heatmap rows, lines'
                       ** series); heatmap columns are in label order, the network's
                       ** nodes by strength, always */
} kc_options;
#define KC_MIN_SIZE 100
#define KC_MAX_SIZE 20000

/* One SVG document (UTF-8, NUL-ended, length in *len) from mem, or NULL
** when out of memory. Empty data gives a chart that says "no data". */
char *kc_render_bars(const kc_data *d, const kc_options *o, size_t *len);
char *kc_render_lines(const kc_data *d, const kc_options *o, size_t *len);
char *kc_render_heatmap(const kc_data *d, const kc_options *o, size_t *len);
char *kc_render_network(const kc_data *d, const kc_options *o, size_t *len);

/* The network's layout, for tests: nodes kept (the KC_NETWORK_MAX_NODES of
** greatest strength), their centres and radii, and each label's box when it
** is drawn (labels never overlap one another, a node or the frame; a label
** that fits nowhere is left to the node's <title>). */
#define KC_NETWORK_MAX_NODES 60
typedef struct kc_node {
  uint32_t label;       /* index of the label (kc_data_label) */
  double strength;      /* sum of the weights of its links */
  double x, y, r;
  int shown;            /* 1 when its label is drawn */
  double lx, ly, lw, lh; /* label box: left, top, width, height */
} kc_node;
typedef struct kc_network {
  kc_node *nodes; size_t n;     /* strongest first */
  size_t total_nodes;           /* before the cut to KC_NETWORK_MAX_NODES */
  double width, height;
} kc_network;
/* 0, or -1 when out of memory; kc_network_free releases it either way. */
int kc_network_layout(const kc_data *d, const kc_options *o, kc_network *net);
void kc_network_free(const kc_data *d, kc_network *net);
const char *kc_data_label(const kc_data *d, uint32_t i, size_t *n);

#endif
