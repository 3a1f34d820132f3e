/*
** FTS5 tokenizer `korean`: Korean-aware full-text search.
**
**   CREATE VIRTUAL TABLE papers USING fts5(title, abstract, tokenize='korean');
**   SELECT title FROM papers WHERE papers MATCH '클러스터';   -- finds 지역산업클러스터정책은
**   CREATE VIRTUAL TABLE p2 USING fts5(body, tokenize='korean choseong 1');
**   CREATE VIRTUAL TABLE p3 USING fts5(body, tokenize='korean userdict my_words');
**   CREATE VIRTUAL TABLE p4 USING fts5(body, tokenize='porter korean');  -- English stems too
**
** Options, as key/value pairs after the name:
**   choseong 0|1    1: index each Hangul token's initial consonants at the
**                   same position, so ㅋㄹㅅㅌ and 클러스ㅌ find 클러스터 (default 0)
**   hanja 0|1       0: keep Hanja as written instead of reading it (default 1)
**   userdict TABLE  words of TABLE's column "word", read when the FTS5 table is
**                   opened, are kept whole ("산학연협력") or split where written
**                   with spaces or '+' ("산학연+협력")
** Unknown options and bad values are refused. FTS5 3.40 reports any
** constructor failure as "error in tokenizer constructor"; the precise message
** goes to sqlite3_log() and korean_tokens(text, options) shows it.
**
** The analysis itself lives in ext/korean/ (kr_tokenize): the same code runs
** on documents and on queries, so what a person types finds what is written.
*/
#include "sql_glue.h"
#include "korean/korean.h"
#include <string.h>

typedef struct KoreanTokenizer {
  kr_tokenizer t;
  kr_userdict *user;
} KoreanTokenizer;

static int parse_bool(const char *key, const char *val, int *out, char **pzErr){
  if( strcmp(val, "0") == 0 ){ *out = 0; return SQLITE_OK; }
  if( strcmp(val, "1") == 0 ){ *out = 1; return SQLITE_OK; }
  *pzErr = sqlite3_mprintf("korean: option \"%s\" must be 0 or 1, not \"%s\"", key, val);
  return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
}

static int load_userdict(sqlite3 *db, const char *table, kr_userdict **pUser, char **pzErr){
  sqlite3_stmt *st = 0;
  char *sql = sqlite3_mprintf("SELECT word FROM \"%w\"", table);
  if( sql == 0 ) return SQLITE_NOMEM;
  int rc = sqlite3_prepare_v2(db, sql, -1, &st, 0);
  sqlite3_free(sql);
  if( rc != SQLITE_OK ){
    *pzErr = sqlite3_mprintf("korean: cannot read userdict \"%s\": %s", table, sqlite3_errmsg(db));
    return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  kr_userdict *d = kr_userdict_new();
  if( d == 0 ){ sqlite3_finalize(st); return SQLITE_NOMEM; }
  while( (rc = sqlite3_step(st)) == SQLITE_ROW ){
    const char *w = (const char *)sqlite3_column_text(st, 0);
    int n = sqlite3_column_bytes(st, 0);
    if( w == 0 ){
      if( sqlite3_errcode(db) == SQLITE_NOMEM ){ rc = SQLITE_NOMEM; break; }
      continue;   /* NULL rows are no words */
    }
    int r = kr_userdict_add(d, w, n);
    if( r < 0 ){ rc = SQLITE_NOMEM; break; }
    if( r > 0 ){
      *pzErr = sqlite3_mprintf("korean: userdict word \"%s\" is not made of Hangul syllables", w);
      rc = *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
      break;
    }
  }
  if( rc == SQLITE_DONE ) rc = SQLITE_OK;
  else if( rc != SQLITE_NOMEM && *pzErr == 0 ){
    *pzErr = sqlite3_mprintf("korean: cannot read userdict \"%s\": %s", table, sqlite3_errmsg(db));
    if( *pzErr == 0 ) rc = SQLITE_NOMEM;
  }
  int rc2 = sqlite3_finalize(st);
  if( rc == SQLITE_OK && rc2 != SQLITE_OK ) rc = rc2;
  if( rc != SQLITE_OK ){ kr_userdict_free(d); return rc; }
  *pUser = d;
  return SQLITE_OK;
}

int kolit_korean_options(sqlite3 *db, const char **az, int n, kr_config *cfg,
                         kr_userdict **pUser, char **pzErr){
  memset(cfg, 0, sizeof *cfg);
  cfg->hanja = 1;
  *pUser = 0;
  *pzErr = 0;
  int rc = SQLITE_OK;
  for(int i = 0; i < n && rc == SQLITE_OK; i += 2){
    const char *key = az[i], *val = i + 1 < n ? az[i + 1] : 0;
    if( strcmp(key, "choseong") != 0 && strcmp(key, "hanja") != 0 && strcmp(key, "userdict") != 0 ){
      *pzErr = sqlite3_mprintf("korean: unknown option \"%s\" (options: choseong, hanja, userdict)", key);
      rc = *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
    }else if( val == 0 ){
      *pzErr = sqlite3_mprintf("korean: option \"%s\" needs a value", key);
      rc = *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
    }else if( strcmp(key, "choseong") == 0 ){
      rc = parse_bool(key, val, &cfg->choseong, pzErr);
    }else if( strcmp(key, "hanja") == 0 ){
      rc = parse_bool(key, val, &cfg->hanja, pzErr);
    }else if( *pUser ){
      *pzErr = sqlite3_mprintf("korean: option \"userdict\" given twice");
      rc = *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
    }else{
      rc = load_userdict(db, val, pUser, pzErr);
    }
  }
  if( rc != SQLITE_OK ){
    kr_userdict_free(*pUser);
    *pUser = 0;
  }
  cfg->user = *pUser;
  return rc;
}

static void korean_delete(Fts5Tokenizer *p){
  KoreanTokenizer *k = (KoreanTokenizer *)p;
  if( k ){
    kr_userdict_free(k->user);
    sqlite3_free(k);
  }
}

static int korean_create(void *pCtx, const char **azArg, int nArg, Fts5Tokenizer **ppOut){
  sqlite3 *db = (sqlite3 *)pCtx;
  kr_config cfg;
  kr_userdict *user = 0;
  char *zErr = 0;
  *ppOut = 0;
  int rc = kolit_korean_options(db, azArg, nArg, &cfg, &user, &zErr);
  if( rc != SQLITE_OK ){
    if( zErr ) sqlite3_log(rc, "%s", zErr);
    sqlite3_free(zErr);
    return rc;
  }
  KoreanTokenizer *k = sqlite3_malloc(sizeof *k);
  if( k == 0 ){ kr_userdict_free(user); return SQLITE_NOMEM; }
  kr_tokenizer_init(&k->t, &cfg);
  k->user = user;
  *ppOut = (Fts5Tokenizer *)k;
  return SQLITE_OK;
}

static int korean_tokenize(Fts5Tokenizer *p, void *pCtx, int flags, const char *pText, int nText,
    int (*xToken)(void*, int, const char*, int, int, int)){
  KoreanTokenizer *k = (KoreanTokenizer *)p;
  /* KR_COLOCATED == FTS5_TOKEN_COLOCATED: xToken takes the analyzer's tokens as they are */
  int mode = (flags & FTS5_TOKENIZE_QUERY) ? KR_QUERY : KR_DOCUMENT;
  if( pText == 0 || nText <= 0 ) return SQLITE_OK;
  return kr_tokenize(&k->t, mode, pText, nText, pCtx, xToken);
}

int kolit_register_tokenizer(sqlite3 *db, char **pzErr){
  fts5_api *api = 0;
  sqlite3_stmt *st = 0;
  int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, 0);
  if( rc != SQLITE_OK ){
    *pzErr = sqlite3_mprintf("fts5 is not available: %s", sqlite3_errmsg(db));
    return rc;
  }
  rc = sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", 0);
  if( rc == SQLITE_OK ){
    rc = sqlite3_step(st);
    rc = rc == SQLITE_ROW ? SQLITE_OK : rc;
  }
  int rc2 = sqlite3_finalize(st);
  if( rc == SQLITE_OK ) rc = rc2;
  if( rc != SQLITE_OK ) return rc;
  if( api == 0 || api->iVersion < 2 ){
    *pzErr = sqlite3_mprintf("fts5 api version 2 or later needed");
    return SQLITE_ERROR;
  }
  static fts5_tokenizer tok = { korean_create, korean_delete, korean_tokenize };
  /* the context is the connection (for userdict); it outlives the
  ** tokenizer, so there is nothing to free (no xDestroy) */
  return api->xCreateTokenizer(api, "korean", (void *)db, &tok, 0);
}
