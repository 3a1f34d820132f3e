/*
** kolit: a SQLite loadable extension for Korean research literature.
**
**   .load ./build/kolit
**   SELECT kolit_version();
**
** This file is the entry point and the registration table: every SQL
** feature lives in its own ext/sql_*.c file and is registered here, in
** order. A failure registering any feature fails the load with its message.
*/
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1
#include "sql_glue.h"
#include <pthread.h>
#include <stddef.h>

static const struct {
  const char *name;
  kolit_register_fn fn;
} kolit_features[] = {
  {"version", kolit_register_version},
  {"documents", kolit_register_documents},
  {"korean tokenizer", kolit_register_tokenizer},
  {"korean_tokens", kolit_register_korean_tokens},
  {"countries", kolit_register_countries},
  {"keywords", kolit_register_keywords},
  {"term_pairs", kolit_register_term_pairs},
  {"works_match", kolit_register_works},
  {"citation writers", kolit_register_cite},
  {"charts", kolit_register_chart},
  {"pair_counts", kolit_register_pairs},
};

#ifdef _WIN32
__declspec(dllexport)
#endif
__attribute__((visibility("default")))
int sqlite3_kolit_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi){
  /* Every connection that loads kolit passes the same routines; storing
  ** them again while other threads call through them is a data race, so the
  ** pointer is written once, under a lock every loader takes. */
  static pthread_mutex_t api_lock = PTHREAD_MUTEX_INITIALIZER;
  pthread_mutex_lock(&api_lock);
  if( sqlite3_api != pApi ){
    SQLITE_EXTENSION_INIT2(pApi);
  }
  pthread_mutex_unlock(&api_lock);
  for(size_t i = 0; i < sizeof(kolit_features)/sizeof(kolit_features[0]); i++){
    char *zErr = 0;
    int rc = kolit_features[i].fn(db, &zErr);
    if( rc != SQLITE_OK ){
      if( pzErrMsg ){
        *pzErrMsg = sqlite3_mprintf("kolit: cannot register %s: %s",
            kolit_features[i].name, zErr ? zErr : sqlite3_errstr(rc));
      }
      sqlite3_free(zErr);
      return rc;
    }
  }
  return SQLITE_OK;
}
