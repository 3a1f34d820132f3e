/*
** Charts from plain SQL: text bars for the shell, SVG documents for pages.
**
**   SELECT year, count(*) AS n, bar(count(*), 0, 10, 20) FROM records GROUP BY year;
**   SELECT display_pad(journal, 30) || ' ' || count(*) FROM records GROUP BY journal;
**   SELECT chart_bars(year, n, '{"title": "Records per year"}')
**     FROM (SELECT year, count(*) AS n FROM records GROUP BY year ORDER BY year);
**
**   bar(x, min, max [, width])   DuckDB's bar: width (default 80) * (x - min) / (max - min)
**                                columns of full and eighth blocks, x clamped to [min, max];
**                                NULL when an argument is NULL
**   display_width(text)          the columns text takes in a terminal (Hangul, Hanja and
**                                fullwidth forms 2, combining marks 0)
**   display_pad(text, width [, align])
**                                text padded with spaces to exactly width columns, at the
**                                right ('left', the default) or the left ('right'); text
**                                wider than width is cut and ends with an ellipsis
**   chart_bars(label, value [, options])          aggregate: bars, one per distinct label
**   chart_lines(x, series, y [, options])         aggregate: one line per series
**   chart_heatmap(row, col, value [, options])    aggregate: a grid of coloured cells
**   chart_network(a, b, weight [, options])       aggregate: nodes and weighted links
**
** Each aggregate returns one self-contained SVG document of the rows it
** aggregated; rows with a NULL argument are left out; labels are text (a
** number is drawn as SQLite prints it); values must be numbers. options,
** read from the first row, is a JSON object of
**   title   text, drawn at the top and the chart's <title>
**   width   pixels, 100 to 20000 (the chart widens when its labels need it)
**   height  pixels, 100 to 20000
**   sort    'none' (the rows' order, the default), 'value' (largest first) or 'label'
** (null for any of them: its default). The drawing is ext/chart/ (plain C); this file checks arguments and options.
*/
#include "sql_glue.h"
#include "chart/chart.h"
#include <string.h>

/* What the chart layer allocates comes from SQLite, so that the SVG is
** handed over as it is and the out-of-memory test reaches every allocation. */
static void *sql_realloc(void *p, size_t n){ return sqlite3_realloc64(p, n ? n : 1); }
static void sql_free(void *p){ sqlite3_free(p); }
static const kc_mem sqlite_mem = { sql_realloc, sql_free };

/* 1 when v is an integer or a real (after SQLite's own text-to-number
** conversion, which sqlite3_value_numeric_type applies to an argument). */
static int is_number(sqlite3_value *v){
  int t = sqlite3_value_numeric_type(v);
  return t == SQLITE_INTEGER || t == SQLITE_FLOAT;
}

/* The bytes of t to show in a message: at most 40, not cutting a character. */
static int shown(const char *t){
  int n = 0;
  while( t[n] && n < 40 ) n++;
  if( t[n] ) while( n > 0 && (t[n] & 0xC0) == 0x80 ) n--;
  return n;
}

/* "'text'" of a value for an error message, cut at 40 bytes. */
static char *quoted(sqlite3_value *v){
  if( sqlite3_value_type(v) == SQLITE_BLOB ) return sqlite3_mprintf("a blob");
  const char *t = (const char *)sqlite3_value_text(v);
  if( t == 0 ) return 0;
  return sqlite3_mprintf("'%.*s'", shown(t), t);
}

static void number_error(sqlite3_context *ctx, const char *fn, const char *arg, sqlite3_value *v){
  char *q = quoted(v);
  if( q == 0 ){ sqlite3_result_error_nomem(ctx); return; }
  kolit_result_error(ctx, sqlite3_mprintf("%s: %s must be a number, not %s", fn, arg, q));
  sqlite3_free(q);
}

/* ---- bar, display_width, display_pad --------------------------------- */

static void bar_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  static const char *const names[4] = { "x", "min", "max", "width" };
  for(int i = 0; i < argc; i++) if( sqlite3_value_type(argv[i]) == SQLITE_NULL ) return;
  for(int i = 0; i < argc; i++){
    if( !is_number(argv[i]) ){ number_error(ctx, "bar", names[i], argv[i]); return; }
  }
  double width = argc > 3 ? sqlite3_value_double(argv[3]) : 80;
  char out[KC_BAR_MAX], err[100];
  int n = kc_bar(sqlite3_value_double(argv[0]), sqlite3_value_double(argv[1]),
                 sqlite3_value_double(argv[2]), width, out, err, sizeof err);
  if( n < 0 ){
    if( !(width >= 1 && width <= 1000) ) kolit_result_error(ctx, sqlite3_mprintf("bar: %s, not %s", err, sqlite3_value_text(argv[3])));
    else kolit_result_error(ctx, sqlite3_mprintf("bar: %s", err));
    return;
  }
  sqlite3_result_text(ctx, out, n, SQLITE_TRANSIENT);
}

static void display_width_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  (void)argc;
  if( sqlite3_value_type(argv[0]) == SQLITE_NULL ) return;
  const char *t = (const char *)sqlite3_value_text(argv[0]);
  if( t == 0 ){ sqlite3_result_error_nomem(ctx); return; }
  sqlite3_result_int64(ctx, (sqlite3_int64)kc_display_width(t, (size_t)sqlite3_value_bytes(argv[0])));
}

#define PAD_MAX 10000

static void display_pad_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  for(int i = 0; i < argc; i++) if( sqlite3_value_type(argv[i]) == SQLITE_NULL ) return;
  if( sqlite3_value_numeric_type(argv[1]) != SQLITE_INTEGER
   || sqlite3_value_int64(argv[1]) < 0 || sqlite3_value_int64(argv[1]) > PAD_MAX ){
    char *q = quoted(argv[1]);
    if( q == 0 ){ sqlite3_result_error_nomem(ctx); return; }
    kolit_result_error(ctx, sqlite3_mprintf("display_pad: width must be an integer from 0 to %d, not %s", PAD_MAX, q));
    sqlite3_free(q);
    return;
  }
  int right = 0;
  if( argc > 2 ){
    const char *a = (const char *)sqlite3_value_text(argv[2]);
    if( a == 0 ){ sqlite3_result_error_nomem(ctx); return; }
    if( strcmp(a, "right") == 0 ) right = 1;
    else if( strcmp(a, "left") != 0 ){
      kolit_result_error(ctx, sqlite3_mprintf("display_pad: align must be 'left' or 'right', not '%.*s'", shown(a), a));
      return;
    }
  }
  const char *t = (const char *)sqlite3_value_text(argv[0]);
  if( t == 0 ){ sqlite3_result_error_nomem(ctx); return; }
  size_t n;
  char *out = kc_pad(&sqlite_mem, t, (size_t)sqlite3_value_bytes(argv[0]),
                     (size_t)sqlite3_value_int64(argv[1]), right, &n);
  if( out == 0 ){ sqlite3_result_error_nomem(ctx); return; }
  sqlite3_result_text64(ctx, out, n, sqlite3_free, SQLITE_UTF8);
}

/* ---- the chart aggregates ------------------------------------------- */

typedef char *(*render_fn)(const kc_data *, const kc_options *, size_t *);

/* One aggregate: its name, its arguments (labels first, then numbers, in
** the order of the SQL call), how each row becomes a kc_data row. */
typedef struct chart_def {
  const char *name;
  int nargs;               /* without the options */
  const char *args[3];
  render_fn render;
} chart_def;

static const chart_def charts[] = {
  { "chart_bars",    2, { "label", "value", 0 },  kc_render_bars },
  { "chart_lines",   3, { "x", "series", "y" },   kc_render_lines },
  { "chart_heatmap", 3, { "row", "col", "value" }, kc_render_heatmap },
  { "chart_network", 3, { "a", "b", "weight" },   kc_render_network },
};
#define CHART_LINES 1

typedef struct chart_agg {
  kc_data *data;
  kc_options options;
  char *title;             /* sqlite3_malloc'd copy of the title option */
  int read_options;        /* 1 once the first row's options were read */
} chart_agg;

/* Reads a JSON object of options into a; 0, or -1 after reporting the error on ctx. */
static int read_options(sqlite3_context *ctx, const char *fn, sqlite3_value *v, chart_agg *a){
  sqlite3 *db = sqlite3_context_db_handle(ctx);
  sqlite3_stmt *st = 0;
  int rc = sqlite3_prepare_v2(db, "SELECT CASE WHEN json_valid(?1) THEN json_type(?1) END", -1, &st, 0);
  if( rc == SQLITE_OK ) rc = sqlite3_bind_value(st, 1, v);
  if( rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW ) rc = SQLITE_OK;
  const char *type = rc == SQLITE_OK ? (const char *)sqlite3_column_text(st, 0) : 0;
  if( rc == SQLITE_OK && (type == 0 || strcmp(type, "object") != 0) ){
    if( sqlite3_errcode(db) == SQLITE_NOMEM ){ sqlite3_finalize(st); sqlite3_result_error_nomem(ctx); return -1; }
    char *q = quoted(v);
    if( q ) kolit_result_error(ctx, sqlite3_mprintf("%s: options must be a JSON object, not %s", fn, q));
    else sqlite3_result_error_nomem(ctx);
    sqlite3_free(q);
    sqlite3_finalize(st);
    return -1;
  }
  sqlite3_finalize(st);
  st = 0;
  if( rc == SQLITE_OK ) rc = sqlite3_prepare_v2(db, "SELECT key, type, value FROM json_each(?1)", -1, &st, 0);
  if( rc == SQLITE_OK ) rc = sqlite3_bind_value(st, 1, v);
  while( rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW ){
    rc = SQLITE_OK;
    const char *key = (const char *)sqlite3_column_text(st, 0);
    const char *kind = (const char *)sqlite3_column_text(st, 1);
    if( key == 0 || kind == 0 ){ rc = SQLITE_NOMEM; break; }
    char *msg = 0;
    int is_num = strcmp(kind, "integer") == 0 || strcmp(kind, "real") == 0;
    int known = strcmp(key, "title") == 0 || strcmp(key, "width") == 0 || strcmp(key, "height") == 0
             || strcmp(key, "sort") == 0;
    if( known && strcmp(kind, "null") == 0 ){
      /* null: the default */
    }else if( strcmp(key, "title") == 0 ){
      if( strcmp(kind, "text") != 0 ){
        msg = sqlite3_mprintf("%s: option title must be text", fn);
      }else{
        sqlite3_free(a->title);
        a->title = sqlite3_mprintf("%s", (const char *)sqlite3_column_text(st, 2));
        if( a->title == 0 ){ rc = SQLITE_NOMEM; break; }
        a->options.title = a->title;
      }
    }else if( strcmp(key, "width") == 0 || strcmp(key, "height") == 0 ){
      double px = sqlite3_column_double(st, 2);
      if( !is_num || !(px >= KC_MIN_SIZE && px <= KC_MAX_SIZE) ){
        const char *given = (const char *)sqlite3_column_text(st, 2);
        if( given == 0 ) given = "null";
        msg = sqlite3_mprintf(strcmp(kind, "text") == 0 ? "%s: option %s must be a number of pixels from %d to %d, not '%.*s'"
                              : "%s: option %s must be a number of pixels from %d to %d, not %.*s",
                              fn, key, KC_MIN_SIZE, KC_MAX_SIZE, shown(given), given);
      }else if( key[0] == 'w' ) a->options.width = px;
      else a->options.height = px;
    }else if( strcmp(key, "sort") == 0 ){
      const char *s = strcmp(kind, "text") == 0 ? (const char *)sqlite3_column_text(st, 2) : "";
      if( s && strcmp(s, "none") == 0 ) a->options.sort = KC_SORT_NONE;
      else if( s && strcmp(s, "value") == 0 ) a->options.sort = KC_SORT_VALUE;
      else if( s && strcmp(s, "label") == 0 ) a->options.sort = KC_SORT_LABEL;
      else msg = sqlite3_mprintf("%s: option sort must be 'none', 'value' or 'label'", fn);
    }else{
      msg = sqlite3_mprintf("%s: unknown option '%.*s' (use title, width, height, sort)", fn, shown(key), key);
    }
    if( msg || sqlite3_errcode(db) == SQLITE_NOMEM ){
      sqlite3_finalize(st);
      if( msg ) kolit_result_error(ctx, msg);
      else sqlite3_result_error_nomem(ctx);
      return -1;
    }
  }
  if( rc == SQLITE_DONE ) rc = SQLITE_OK;
  if( rc != SQLITE_OK ){
    char *msg = rc == SQLITE_NOMEM ? 0 : sqlite3_mprintf("%s: options: %s", fn, sqlite3_errmsg(db));
    sqlite3_finalize(st);
    kolit_result_error(ctx, msg);
    return -1;
  }
  sqlite3_finalize(st);
  return 0;
}

static void chart_step(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const chart_def *def = sqlite3_user_data(ctx);
  chart_agg *a = sqlite3_aggregate_context(ctx, sizeof *a);
  if( a == 0 ){ sqlite3_result_error_nomem(ctx); return; }
  if( !a->read_options ){
    a->read_options = 1;
    if( argc > def->nargs && sqlite3_value_type(argv[def->nargs]) != SQLITE_NULL
        && read_options(ctx, def->name, argv[def->nargs], a) ) return;
  }
  if( a->data == 0 ){
    a->data = kc_data_new(&sqlite_mem);
    if( a->data == 0 ){ sqlite3_result_error_nomem(ctx); return; }
  }
  for(int i = 0; i < def->nargs; i++) if( sqlite3_value_type(argv[i]) == SQLITE_NULL ) return;
  /* the numbers: the last argument; for chart_lines also x, the first */
  int last = def->nargs - 1;
  if( !is_number(argv[last]) ){ number_error(ctx, def->name, def->args[last], argv[last]); return; }
  double x = 0, v = sqlite3_value_double(argv[last]);
  const char *la, *lb = 0;
  int na, nb = 0;
  if( def == &charts[CHART_LINES] ){
    if( !is_number(argv[0]) ){ number_error(ctx, def->name, def->args[0], argv[0]); return; }
    x = sqlite3_value_double(argv[0]);
    la = (const char *)sqlite3_value_text(argv[1]);
    na = sqlite3_value_bytes(argv[1]);
    if( la == 0 ){ sqlite3_result_error_nomem(ctx); return; }
  }else{
    la = (const char *)sqlite3_value_text(argv[0]);
    na = sqlite3_value_bytes(argv[0]);
    if( la == 0 ){ sqlite3_result_error_nomem(ctx); return; }
    if( def->nargs == 3 ){
      lb = (const char *)sqlite3_value_text(argv[1]);
      nb = sqlite3_value_bytes(argv[1]);
      if( lb == 0 ){ sqlite3_result_error_nomem(ctx); return; }
    }
  }
  if( kc_data_add(a->data, la, (size_t)na, lb, (size_t)nb, x, v) ) sqlite3_result_error_nomem(ctx);
}

static void chart_final(sqlite3_context *ctx){
  const chart_def *def = sqlite3_user_data(ctx);
  chart_agg *a = sqlite3_aggregate_context(ctx, 0);
  chart_agg none = { 0, { 0, 0, 0, KC_SORT_NONE }, 0, 0 };
  if( a == 0 ) a = &none;
  /* xFinal runs after an error in xStep too: it frees what the rows left */
  kc_data *d = a->data ? a->data : kc_data_new(&sqlite_mem);
  size_t n;
  char *svg = d ? def->render(d, &a->options, &n) : 0;
  kc_data_free(d);
  a->data = 0;
  sqlite3_free(a->title);
  a->title = 0;
  a->options.title = 0;
  if( svg == 0 ){ sqlite3_result_error_nomem(ctx); return; }
  sqlite3_result_text64(ctx, svg, n, sqlite3_free, SQLITE_UTF8);
}

int kolit_register_chart(sqlite3 *db, char **pzErr){
  (void)pzErr;
  const int pure = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  int rc = sqlite3_create_function(db, "bar", 3, pure, 0, bar_func, 0, 0);
  if( rc == SQLITE_OK ) rc = sqlite3_create_function(db, "bar", 4, pure, 0, bar_func, 0, 0);
  if( rc == SQLITE_OK ) rc = sqlite3_create_function(db, "display_width", 1, pure, 0, display_width_func, 0, 0);
  if( rc == SQLITE_OK ) rc = sqlite3_create_function(db, "display_pad", 2, pure, 0, display_pad_func, 0, 0);
  if( rc == SQLITE_OK ) rc = sqlite3_create_function(db, "display_pad", 3, pure, 0, display_pad_func, 0, 0);
  for(size_t i = 0; rc == SQLITE_OK && i < sizeof charts / sizeof charts[0]; i++){
    void *def = (void *)&charts[i];
    rc = sqlite3_create_function(db, charts[i].name, charts[i].nargs, pure, def, 0, chart_step, chart_final);
    if( rc == SQLITE_OK )
      rc = sqlite3_create_function(db, charts[i].name, charts[i].nargs + 1, pure, def, 0, chart_step, chart_final);
  }
  return rc;
}
