/*
** Keywords of cluster-policy research in Korean and English text.
**
**   SELECT keywords('독일의 혁신클러스터와 smart specialisation');
**     -- ["innovation_cluster","smart_specialization"]
**   SELECT * FROM keyword_tags('regional innovation systems and lock-ins');
**   SELECT * FROM lit_vocabulary WHERE concept = 'lock_in';
**   CREATE TABLE my_terms(concept TEXT, term TEXT);
**   SELECT keywords(abstract, 'my_terms') FROM ...;
**
**   keywords(text [, vocabulary])
**       JSON array of the concept ids found in text, in order of first mention,
**       each once; NULL for NULL text. vocabulary is 'cluster_policy' (the
**       built-in one, also the default) or the name of any table or view with
**       columns concept and term; it is compiled once per statement (cached on
**       the argument), and rows with a NULL or empty concept or term are
**       skipped. The two-argument form reads a table, so it is SQLITE_DIRECTONLY:
**       not usable from triggers and views (the one-argument form is).
**   keyword_tags(text [, vocabulary]) behaves like
**     CREATE TABLE keyword_tags(
**       concept    TEXT,     -- concept id
**       term       TEXT,     -- the vocabulary's term that matched
**       matched    TEXT,     -- the mention as written (with its inflection)
**       start      INTEGER,  -- byte offset in text
**       end        INTEGER,  -- byte offset just after the mention
**       text       HIDDEN,   -- argument 1 (required)
**       vocabulary HIDDEN    -- argument 2 (default 'cluster_policy')
**     );
**   lit_vocabulary behaves like
**     CREATE TABLE lit_vocabulary(vocabulary TEXT, concept TEXT, broader TEXT, lang TEXT, term TEXT);
**     -- the built-in vocabulary, one row per term; broader is NULL at the top
**
** Matching rules (case, compounds, inflection, longest match, nested
** concepts) are in ext/tag/vocab.h; this file reads vocabularies and makes
** values and rows.
*/
#include "sql_glue.h"
#include "tag/tag_data.h"
#include "tag/vocab.h"
#include <stdlib.h>
#include <string.h>

#define BUILTIN_NAME KOLIT_VOCAB_BUILTIN

/* Compiles the vocabulary table or view `name`. Returns it, or NULL with
** *pzErr set (sqlite3_mprintf) naming the vocabulary and the reason
** (declared in sql_glue.h: korean_query reads vocabularies too). */
kt_vocab *kolit_vocab_from_table(sqlite3 *db, const char *fn, const char *name, char **pzErr){
  char *sql = sqlite3_mprintf("SELECT concept, term FROM \"%w\"", name);
  *pzErr = 0;  /* stays NULL when out of memory: the caller reports SQLITE_NOMEM */
  if( sql == 0 ) return 0;
  sqlite3_stmt *st = 0;
  int rc = sqlite3_prepare_v2(db, sql, -1, &st, 0);
  sqlite3_free(sql);
  if( rc != SQLITE_OK ){
    if( rc != SQLITE_NOMEM ){
      *pzErr = sqlite3_mprintf("%s: cannot read vocabulary \"%s\": %s", fn, name, sqlite3_errmsg(db));
    }
    return 0;
  }
  kt_vocab *v = kt_vocab_new();
  if( v == 0 ){
    sqlite3_finalize(st);
    *pzErr = sqlite3_mprintf("%s: cannot build vocabulary \"%s\": out of memory or no ICU data", fn, name);
    return 0;
  }
  while( (rc = sqlite3_step(st)) == SQLITE_ROW ){
    const char *c = (const char *)sqlite3_column_text(st, 0);
    int cn = sqlite3_column_bytes(st, 0);
    const char *t = (const char *)sqlite3_column_text(st, 1);
    int tn = sqlite3_column_bytes(st, 1);
    if( (c == 0 && sqlite3_column_type(st, 0) != SQLITE_NULL)
     || (t == 0 && sqlite3_column_type(st, 1) != SQLITE_NULL) ){ rc = SQLITE_NOMEM; break; }
    if( c == 0 || t == 0 || cn == 0 || tn == 0 ) continue;
    if( kt_vocab_add(v, c, (size_t)cn, t, (size_t)tn) < 0 ){ rc = SQLITE_NOMEM; break; }
  }
  if( rc != SQLITE_DONE ){
    if( rc != SQLITE_NOMEM ){
      *pzErr = sqlite3_mprintf("%s: cannot read vocabulary \"%s\": %s", fn, name, sqlite3_errmsg(db));
    }
    sqlite3_finalize(st);
    kt_vocab_free(v);
    return 0;
  }
  sqlite3_finalize(st);
  if( kt_vocab_compile(v) ){
    *pzErr = sqlite3_mprintf("%s: cannot build vocabulary \"%s\": out of memory", fn, name);
    kt_vocab_free(v);
    return 0;
  }
  return v;
}

const kt_vocab *kolit_vocab_builtin(const char *fn, char **pzErr){
  char err[128];
  const kt_vocab *v = kt_vocab_cluster_policy(err, sizeof(err));
  if( v == 0 ) *pzErr = sqlite3_mprintf("%s: cannot build vocabulary \"" BUILTIN_NAME "\": %s", fn, err);
  return v;
}

static void vocab_free_aux(void *p){ kt_vocab_free(p); }

static const char *keyword_concept(const void *m, size_t i){ return ((const kt_keyword_mention *)m)[i].concept; }

static void keywords_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const kt_vocab *v = 0;
  kt_vocab *compiled = 0;   /* compiled here: handed to auxdata at the end */
  char *zErr = 0;
  if( argc > 1 ){
    if( sqlite3_value_type(argv[1]) != SQLITE_TEXT ){
      sqlite3_result_error(ctx, "keywords: the vocabulary must be a table or view name", -1);
      return;
    }
    const char *name = (const char *)sqlite3_value_text(argv[1]);
    if( name == 0 ){ sqlite3_result_error_nomem(ctx); return; }
    if( strcmp(name, BUILTIN_NAME) == 0 ){
      v = kolit_vocab_builtin("keywords", &zErr);
    }else if( (v = sqlite3_get_auxdata(ctx, 1)) == 0 ){
      v = compiled = kolit_vocab_from_table(sqlite3_context_db_handle(ctx), "keywords", name, &zErr);
    }
  }else{
    v = kolit_vocab_builtin("keywords", &zErr);
  }
  if( v == 0 ){
    kolit_result_error(ctx, zErr);
    return;
  }
  if( sqlite3_value_type(argv[0]) != SQLITE_NULL ){
    const char *t = (const char *)sqlite3_value_text(argv[0]);
    kt_keyword_mention *m = 0;
    size_t k = 0;
    if( t == 0 || kt_vocab_find(v, t, (size_t)sqlite3_value_bytes(argv[0]), &m, &k) ){
      sqlite3_result_error_nomem(ctx);
    }else{
      kolit_result_json_set(ctx, m, k, keyword_concept);
      free(m);
    }
  }
  /* Last, because SQLite may free the vocabulary at once (then the next row
  ** compiles it again). */
  if( compiled ) sqlite3_set_auxdata(ctx, 1, compiled, vocab_free_aux);
}

/* ---- keyword_tags --------------------------------------------------- */

#define KT_COL_CONCEPT 0
#define KT_COL_TERM 1
#define KT_COL_MATCHED 2
#define KT_COL_START 3
#define KT_COL_END 4
#define KT_COL_TEXT 5
#define KT_COL_VOCABULARY 6

/* The rows are kt_keyword_mention (ext/tag/vocab.h). */
typedef struct kw_cursor {
  kolit_tvf_cursor base;
  char *vocab_name;          /* name of the cached user vocabulary (sqlite3_malloc) */
  kt_vocab *user;            /* compiled once per cursor, i.e. per statement */
  const kt_vocab *v;         /* the vocabulary of the current scan */
} kw_cursor;

static int kw_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                      sqlite3_vtab **ppVtab, char **pzErr){
  (void)aux; (void)argc; (void)argv; (void)pzErr;
  return kolit_tvf_connect(db, "CREATE TABLE x(concept TEXT, term TEXT, matched TEXT, "
                               "start INTEGER, end INTEGER, text HIDDEN, vocabulary HIDDEN)",
                           0, sizeof(kw_cursor), ppVtab);
}

static int kw_best_index(sqlite3_vtab *v, sqlite3_index_info *info){
  (void)v;
  return kolit_tvf_best_index(info, KT_COL_TEXT, 2, 1);
}

static int kw_close(sqlite3_vtab_cursor *cur){
  kw_cursor *c = (kw_cursor *)cur;
  kt_vocab_free(c->user);
  sqlite3_free(c->vocab_name);
  return kolit_tvf_close(cur);
}

/* idxNum: bit 0 = text given, bit 1 = vocabulary given (kolit_tvf_best_index). */
static int kw_filter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr, int argc, sqlite3_value **argv){
  (void)idxStr;
  kw_cursor *c = (kw_cursor *)cur;
  kolit_tvf_reset(&c->base);
  int rc = kolit_tvf_missing(cur->pVtab, idxNum, 1, "text", "keyword_tags(text [, vocabulary])");
  if( rc != SQLITE_OK ) return rc;
  char *zErr = 0;
  if( (idxNum & 2) && argc > 1 ){
    if( sqlite3_value_type(argv[1]) != SQLITE_TEXT ){
      return kolit_tvf_error(cur->pVtab, sqlite3_mprintf("keyword_tags: the vocabulary must be a table or view name"));
    }
    const char *name = (const char *)sqlite3_value_text(argv[1]);
    if( name == 0 ) return SQLITE_NOMEM;
    if( strcmp(name, BUILTIN_NAME) == 0 ){
      c->v = kolit_vocab_builtin("keyword_tags", &zErr);
    }else if( c->user && strcmp(c->vocab_name, name) == 0 ){
      c->v = c->user;
    }else{
      kt_vocab_free(c->user);
      sqlite3_free(c->vocab_name);
      c->user = 0;
      c->vocab_name = sqlite3_mprintf("%s", name);
      if( c->vocab_name == 0 ) return SQLITE_NOMEM;
      c->v = c->user = kolit_vocab_from_table(((kolit_tvf_vtab *)cur->pVtab)->db, "keyword_tags", name, &zErr);
    }
  }else{
    c->v = kolit_vocab_builtin("keyword_tags", &zErr);
  }
  if( c->v == 0 ) return kolit_tvf_error(cur->pVtab, zErr);
  rc = kolit_tvf_text(&c->base, argc, argv);
  if( rc != SQLITE_OK || c->base.text == 0 ) return rc;
  kt_keyword_mention *m;
  size_t k;
  if( kt_vocab_find(c->v, c->base.text, (size_t)c->base.ntext, &m, &k) ) return SQLITE_NOMEM;
  c->base.rows = m;
  c->base.n = k;
  return SQLITE_OK;
}

static int kw_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col){
  const kw_cursor *c = (const kw_cursor *)cur;
  const kt_keyword_mention *m = (const kt_keyword_mention *)c->base.rows + c->base.i;
  switch( col ){
    case KT_COL_CONCEPT: sqlite3_result_text(ctx, m->concept, -1, SQLITE_TRANSIENT); break;
    case KT_COL_TERM: sqlite3_result_text(ctx, m->term, -1, SQLITE_TRANSIENT); break;
    case KT_COL_MATCHED: case KT_COL_START: case KT_COL_END: case KT_COL_TEXT:
      kolit_tvf_span_column(ctx, &c->base, col - KT_COL_MATCHED, m->start, m->end);
      break;
    case KT_COL_VOCABULARY:
      sqlite3_result_text(ctx, c->v == c->user && c->user ? c->vocab_name : BUILTIN_NAME, -1, SQLITE_TRANSIENT);
      break;
  }
  return SQLITE_OK;
}

static sqlite3_module keyword_tags_module = KOLIT_TVF_MODULE(kw_connect, kw_best_index, kw_close, kw_filter, kw_column);

/* ---- lit_vocabulary ------------------------------------------------- */

/* A static table: no text argument, no rows to free; the cursor only
** counts through kt_cluster_policy. */
static int lv_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                      sqlite3_vtab **ppVtab, char **pzErr){
  (void)aux; (void)argc; (void)argv; (void)pzErr;
  return kolit_tvf_connect(db, "CREATE TABLE x(vocabulary TEXT, concept TEXT, broader TEXT, lang TEXT, term TEXT)",
                           SQLITE_VTAB_INNOCUOUS, sizeof(kolit_tvf_cursor), ppVtab);
}

/* Always a full scan of a few hundred rows in memory. */
static int lv_best_index(sqlite3_vtab *v, sqlite3_index_info *info){
  (void)v;
  info->estimatedCost = (double)kt_cluster_policy_count;
  info->estimatedRows = (sqlite3_int64)kt_cluster_policy_count;
  return SQLITE_OK;
}

static int lv_filter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr, int argc, sqlite3_value **argv){
  (void)idxNum; (void)idxStr; (void)argc; (void)argv;
  kolit_tvf_cursor *c = (kolit_tvf_cursor *)cur;
  c->i = 0;
  c->n = kt_cluster_policy_count;
  return SQLITE_OK;
}

static int lv_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col){
  const kt_vocab_row *r = &kt_cluster_policy[((kolit_tvf_cursor *)cur)->i];
  switch( col ){
    case 0: sqlite3_result_text(ctx, BUILTIN_NAME, -1, SQLITE_STATIC); break;
    case 1: sqlite3_result_text(ctx, r->concept, -1, SQLITE_STATIC); break;
    case 2: if( strcmp(r->broader, "-") != 0 ) sqlite3_result_text(ctx, r->broader, -1, SQLITE_STATIC); break;
    case 3: sqlite3_result_text(ctx, r->lang, -1, SQLITE_STATIC); break;
    case 4: sqlite3_result_text(ctx, r->term, -1, SQLITE_STATIC); break;
  }
  return SQLITE_OK;
}

static sqlite3_module lit_vocabulary_module = KOLIT_TVF_MODULE(lv_connect, lv_best_index, kolit_tvf_close, lv_filter, lv_column);

int kolit_register_keywords(sqlite3 *db, char **pzErr){
  if( kolit_vocab_builtin("keywords", pzErr) == 0 ) return SQLITE_ERROR;
  int rc = sqlite3_create_function(db, "keywords", 1,
      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS | KOLIT_JSON_RESULT, 0, keywords_func, 0, 0);
  if( rc == SQLITE_OK ) rc = sqlite3_create_function(db, "keywords", 2,
      SQLITE_UTF8 | SQLITE_DIRECTONLY | KOLIT_JSON_RESULT, 0, keywords_func, 0, 0);
  if( rc == SQLITE_OK ) rc = sqlite3_create_module(db, "keyword_tags", &keyword_tags_module, 0);
  if( rc == SQLITE_OK ) rc = sqlite3_create_module(db, "lit_vocabulary", &lit_vocabulary_module, 0);
  return rc;
}
