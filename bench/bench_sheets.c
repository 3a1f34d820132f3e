/*
** Spreadsheet readers' speed: MB/s of the .xls reader (compound file +
** BIFF8 -> cells, then the riss_excel reader with detection, as
** lit_records runs it) and of the CSV path (text layer, then the reader),
** on the files bench/spreadsheets.sh generates. The reference, measured in
** the same run: the text layer alone on the CSV (what every text reader
** pays before parsing), and a memchr pass over the same bytes.
** Usage: bench_sheets FILE.xls FILE.csv
*/
#include "docs/docs.h"
#include "docs/grid.h"
#include "text/text.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void){
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static char *slurp(const char *path, size_t *n){
  FILE *f = fopen(path, "rb");
  if( !f ){ perror(path); exit(2); }
  fseek(f, 0, SEEK_END);
  long k = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *b = malloc((size_t)k + 1);
  *n = fread(b, 1, (size_t)k, f);
  fclose(f);
  return b;
}

typedef int (*job)(const char *b, size_t n);
static int records;

static int xls_cells(const char *b, size_t n){
  lit_document d; memset(&d, 0, sizeof d);
  lit_ctx c; memset(&c, 0, sizeof c); c.doc = &d;
  lit_grid g; memset(&g, 0, sizeof g);
  int rc = lit_xls_read(&c, (const unsigned char*)b, n, &g, 0);
  records = (int)g.n_cell;
  lit_grid_free(&g);
  free(c.err);
  return rc;
}
static int xls_records(const char *b, size_t n){
  lit_document d;
  int rc = lit_parse_binary((const unsigned char*)b, n, &d);
  records = d.n_rec;
  lit_document_free(&d);
  return rc;
}
static int csv_records(const char *b, size_t n){
  kt_text t;
  char err[200];
  if( kt_decode(b, n, &t, err, sizeof err) ) return -1;
  lit_document d;
  int rc = lit_parse(t.text, t.len, &d);
  records = d.n_rec;
  lit_document_free(&d);
  kt_text_free(&t);
  return rc;
}
static int text_layer(const char *b, size_t n){
  kt_text t;
  char err[200];
  int rc = kt_decode(b, n, &t, err, sizeof err);
  kt_text_free(&t);
  return rc;
}
static int memchr_pass(const char *b, size_t n){
  int k = 0;
  for( const char *p = b; (p = memchr(p, '\n', (size_t)(b + n - p))) != NULL; p++ ) k++;
  records = k;
  return 0;
}

static void run(const char *name, job f, const char *b, size_t n){
  double best = 1e9;
  for( int rep = 0; rep < 5; rep++ ){
    double t0 = now();
    if( f(b, n) ){ fprintf(stderr, "%s failed\n", name); exit(1); }
    double t = now() - t0;
    if( t < best ) best = t;
  }
  printf("%-28s %8.1f MB/s  %7.2f ms  (%d)\n", name, (double)n / best / 1e6, best * 1e3, records);
}

int main(int argc, char **argv){
  if( argc != 3 ){ fprintf(stderr, "usage: bench_sheets FILE.xls FILE.csv\n"); return 2; }
  size_t nx, nc;
  char *x = slurp(argv[1], &nx), *c = slurp(argv[2], &nc);
  printf("%s: %zu bytes; %s: %zu bytes (best of 5)\n", argv[1], nx, argv[2], nc);
  run("xls: cells (lit_xls_read)", xls_cells, x, nx);
  run("xls: records (riss_excel)", xls_records, x, nx);
  run("csv: records (riss_excel)", csv_records, c, nc);
  run("csv: text layer only", text_layer, c, nc);
  run("csv: memchr lines", memchr_pass, c, nc);
  free(x);
  free(c);
  return 0;
}
