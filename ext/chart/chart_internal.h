/*
** What the chart files share (the files of ext/chart only): the rows, a growing
** output buffer with XML escaping and number formatting, the palette, the
** SVG frame every chart starts and ends with.
*/
#ifndef KOLIT_CHART_INTERNAL_H
#define KOLIT_CHART_INTERNAL_H
#include "chart/chart.h"

typedef struct kc_row { uint32_t a, b; double x, v; } kc_row;

struct kc_data {
  const kc_mem *mem;
  kc_row *rows; size_t n, cap;
  /* distinct labels, each once: bytes in one arena, offsets and lengths */
  char *arena; size_t arena_n, arena_cap;
  size_t *off; size_t *len; size_t nlabels, labels_cap;
  uint32_t *slots; size_t nslots;   /* open addressing: label index + 1, 0 free */
};

#define KC_NO_LABEL UINT32_MAX

typedef struct kc_buf {
  const kc_mem *mem;
  char *p; size_t n, cap;
  int oom;
} kc_buf;

void kc_buf_init(kc_buf *b, const kc_mem *mem);
void kc_buf_add(kc_buf *b, const char *s, size_t n);
void kc_buf_str(kc_buf *b, const char *s);
/* A coordinate or size: rounded to 0.1, without a trailing ".0". */
void kc_buf_num(kc_buf *b, double v);
/* A data value as a person reads it: integers whole, others to 3 significant
** decimals at most (trailing zeros dropped), no exponent below 1e15. */
void kc_buf_value(kc_buf *b, double v);
/* Text as XML character data or attribute value: & < > " ' escaped, invalid
** UTF-8 as U+FFFD, tab, LF and CR as a space (a label is one line), the other
** controls and U+FFFE, U+FFFF (which XML 1.0 forbids) dropped. */
void kc_buf_xml(kc_buf *b, const char *s, size_t n);
/* The result: NUL-ended, owned by the caller; NULL (and the buffer freed) after an
** out-of-memory. */
char *kc_buf_finish(kc_buf *b, size_t *len);

/* Formats a value into out (at least 32 bytes) as kc_buf_value does; returns its length. */
size_t kc_format_value(double v, char *out);

/* Okabe-Ito's eight colours (colour-blind safe), for series; and viridis at t in [0, 1]. */
extern const char *const kc_palette[8];
void kc_viridis(double t, char out[8]);

/* <svg ...> with its <title> (the option's, else fallback), a white
** background and the visible title; returns the y where the chart may start. */
double kc_svg_open(kc_buf *b, const kc_options *o, const char *fallback, double width, double height);
void kc_svg_close(kc_buf *b);
/* The text "no data" in the middle of an otherwise empty chart. */
char *kc_svg_empty(const kc_data *d, const kc_options *o, const char *fallback, size_t *len);
/* <text x y [anchor]>label</text>, escaped, cut with an ellipsis to max_px (0: no cut). */
void kc_svg_text(kc_buf *b, double x, double y, const char *anchor, const char *s, size_t n,
                 double max_px, double font_size);

#define KC_FONT 12.0
#define KC_MARGIN 10.0
#define KC_TITLE_H 26.0
/* The longest label a chart draws in full (pixels); longer ones are cut with
** an ellipsis and given whole in the mark's <title>. */
#define KC_LABEL_MAX 320.0

/* Label order: 1 when both are numbers, with their values. */
int kc_label_number(const char *s, size_t n, double *v);
int kc_label_cmp(const kc_data *d, uint32_t a, uint32_t b);

void *kc_alloc_array(const kc_mem *mem, size_t n, size_t size);  /* zeroed; NULL on overflow or OOM */


/* The distinct labels of the rows' first (col 0) or second (col 1) label,
** in the order sort says: first appearance, largest total of v first (then
** by label), or by label. *labels lists their indices, *pos maps a label
** index to its place (SIZE_MAX when not in that column), *total gives each
** place's sum of v (any of pos and total may be NULL when not wanted).
** 0, or -1 when out of memory (nothing to free then). */
int kc_labels(const kc_data *d, int col, int sort, uint32_t **labels, size_t *n,
              size_t **pos, double **total);

/* Axis ticks: a step of 1, 2 or 5 times a power of ten giving about `target`
** ticks between lo and hi, which are widened to multiples of it. */
double kc_nice_step(double lo, double hi, int target);
#endif
