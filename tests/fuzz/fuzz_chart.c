/* libFuzzer target: the charts, through the SQL functions (so that the
** options' JSON goes through the glue's checks) and the chart layer itself.
** The input, split at its first NUL byte: before it, the options given to
** every chart aggregate; after it, rows of tab-separated fields (label,
** label, number) one per line, at most 2000. Checks what a page relies on:
** every chart is one <svg> document of valid UTF-8 without control
** characters but LF; padding always gives the width asked for. */
#include "chart/chart.h"
#include "text/utf8.h"
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

int sqlite3_kolit_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

static const char *const charts[] = {
  "SELECT chart_bars(a, v, ?1) FROM r",
  "SELECT chart_bars(a, v) FROM r",
  "SELECT chart_lines(v, a, length(b), ?1) FROM r",
  "SELECT chart_heatmap(a, b, v, ?1) FROM r",
  "SELECT chart_network(a, b, v, ?1) FROM r",
  "SELECT chart_network(a, b, abs(v)) FROM r",
  "SELECT bar(v, -10, 100, 1 + abs(v) % 999), bar(v, 0, 1), display_pad(a, abs(v) % 200, 'right'), display_width(b) FROM r",
};

static void check_svg(const unsigned char *s, int n){
  if( n < 14 || memcmp(s, "<svg ", 5) != 0 || memcmp(s + n - 7, "</svg>\n", 7) != 0 ) abort();
  if( kt_utf8_valid_prefix(s, (size_t)n) != (size_t)n ) abort();
  for(int i = 0; i < n; i++) if( s[i] < 0x20 && s[i] != '\n' ) abort();
}

static void run(sqlite3 *db, const char *sql, const void *opt, int nopt, int is_chart){
  sqlite3_stmt *st = 0;
  if( sqlite3_prepare_v2(db, sql, -1, &st, 0) != SQLITE_OK ){ sqlite3_finalize(st); return; }
  sqlite3_bind_text(st, 1, opt, nopt, SQLITE_STATIC);
  while( sqlite3_step(st) == SQLITE_ROW ){
    if( is_chart ) check_svg(sqlite3_column_text(st, 0), sqlite3_column_bytes(st, 0));
    else for(int i = 0; i < sqlite3_column_count(st); i++) (void)sqlite3_column_text(st, i);
  }
  sqlite3_finalize(st);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size){
  static int registered;
  if( !registered ){
    sqlite3_auto_extension((void(*)(void))sqlite3_kolit_init);
    registered = 1;
  }
  const unsigned char *nul = memchr(data, 0, size);
  size_t nopt = nul ? (size_t)(nul - data) : 0;
  const unsigned char *rows = nul ? nul + 1 : data;
  size_t nrows = size - (size_t)(rows - data);

  /* the chart layer: padding keeps its promise on valid text */
  if( kt_utf8_valid_prefix(rows, nrows) == nrows ){
    size_t n, w = nrows % 50;
    char *p = kc_pad(&kc_libc, (const char *)rows, nrows, w, nrows & 1, &n);
    if( p == 0 ) abort();
    if( kc_display_width(p, n) != w ) abort();
    free(p);
  }

  sqlite3 *db;
  if( sqlite3_open(":memory:", &db) != SQLITE_OK ){ sqlite3_close(db); return 0; }
  sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 1 << 24);
  sqlite3_exec(db, "CREATE TABLE r(a, b, v)", 0, 0, 0);
  sqlite3_stmt *ins = 0;
  sqlite3_prepare_v2(db, "INSERT INTO r VALUES (?1, ?2, ?3)", -1, &ins, 0);
  size_t i = 0;
  for(int k = 0; ins && i < nrows && k < 2000; k++){
    const unsigned char *line = rows + i, *end = memchr(line, '\n', nrows - i);
    size_t len = end ? (size_t)(end - line) : nrows - i;
    i += len + 1;
    const unsigned char *f[3] = { line, 0, 0 };
    size_t fl[3] = { len, 0, 0 };
    for(int j = 0; j < 2; j++){
      const unsigned char *t = memchr(f[j], '\t', fl[j]);
      if( !t ) break;
      f[j + 1] = t + 1; fl[j + 1] = fl[j] - (size_t)(t + 1 - f[j]); fl[j] = (size_t)(t - f[j]);
    }
    sqlite3_bind_text(ins, 1, (const char *)f[0], (int)fl[0], SQLITE_STATIC);
    if( f[1] ) sqlite3_bind_text(ins, 2, (const char *)f[1], (int)fl[1], SQLITE_STATIC);
    else sqlite3_bind_null(ins, 2);
    /* the number as SQLite reads it: numeric text becomes a number */
    if( f[2] ) sqlite3_bind_text(ins, 3, (const char *)f[2], (int)fl[2], SQLITE_STATIC);
    else sqlite3_bind_int(ins, 3, (int)len);
    sqlite3_step(ins);
    sqlite3_reset(ins);
  }
  sqlite3_finalize(ins);
  sqlite3_exec(db, "UPDATE r SET v = CAST(v AS REAL) WHERE typeof(v) = 'text' AND CAST(v AS REAL) || '' = v", 0, 0, 0);
  for(size_t c = 0; c < sizeof charts / sizeof charts[0]; c++)
    run(db, charts[c], data, (int)nopt, c + 1 < sizeof charts / sizeof charts[0]);
  sqlite3_close(db);
  return 0;
}
