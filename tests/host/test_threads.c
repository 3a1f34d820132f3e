/*
** Threads: 8 threads, each with its own connection, load the extension and
** run the same workload at once (read the pages, tag, index and search, as
** the features allow); every thread's results must be identical to a
** single-threaded run's. Built once more under ThreadSanitizer in CI, it
** shows races in the one-time initialisation of shared read-only data.
**
** Usage: test_threads EXTENSION   (run from the repository's top folder)
*/
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N_THREADS 8
#define ROUNDS 3

/* The workload: statements whose every result row is folded into a digest. */
static const char *const workload[] = {
  "SELECT path, format, record_count, encoding, error FROM lit_documents('seeds')",
  "SELECT path, ordinal, title, title_ko, title_foreign, authors, year, abstract FROM lit_records('seeds')",
  "SELECT path, ordinal, position, name, family, given FROM lit_authors('seeds')",
  /* the korean tokenizer over the records' titles and abstracts */
  "SELECT token, start, \"end\", position, colocated FROM lit_records('seeds') AS r, "
  "korean_tokens(r.title || ' ' || coalesce(r.abstract, ''), 'choseong 1')",
  "CREATE VIRTUAL TABLE IF NOT EXISTS temp.k USING fts5(x, tokenize='porter korean')",
  "DELETE FROM temp.k",
  "INSERT INTO temp.k(x) SELECT title || ' ' || coalesce(abstract, '') FROM lit_records('seeds')",
  "SELECT rowid, highlight(k, 0, '[', ']') FROM temp.k WHERE k MATCH korean_query('클러스터정책 독일')",
  "SELECT path, ordinal, countries(title || ' ' || coalesce(abstract, '')), "
  "keywords(title || ' ' || coalesce(abstract, '')) FROM lit_records('seeds')",
  "SELECT r.ordinal, t.code, t.matched, t.start FROM lit_records('seeds') AS r, country_tags(r.abstract) AS t",
  "SELECT r.ordinal, t.concept, t.matched, t.start FROM lit_records('seeds') AS r, keyword_tags(r.abstract) AS t",
  "SELECT works_match(rowid, json_object('title', title, 'title_ko', title_ko, 'title_foreign', title_foreign, "
  "'year', year, 'authors', authors)) FROM (SELECT row_number() OVER () AS rowid, * FROM lit_records('seeds'))",
  /* the citation readers (BibTeX's macros are per document) and writers */
  "SELECT path, ordinal, csl, to_ris(csl), to_bibtex(csl) FROM lit_records('tests/fixtures')",
};

typedef struct {
  const char *ext;
  unsigned long long digest;
  long long rows;
  char error[512];
} job;

static unsigned long long fold(unsigned long long h, const void *p, size_t n){
  const unsigned char *b = p;
  for(size_t i = 0; i < n; i++){ h ^= b[i]; h *= 1099511628211ULL; }  /* FNV-1a */
  return h;
}

static void *work(void *arg){
  job *j = arg;
  j->digest = 14695981039346656037ULL;
  sqlite3 *db = 0;
  char *zErr = 0;
  if( sqlite3_open(":memory:", &db) != SQLITE_OK
   || sqlite3_enable_load_extension(db, 1) != SQLITE_OK
   || sqlite3_load_extension(db, j->ext, 0, &zErr) != SQLITE_OK ){
    snprintf(j->error, sizeof j->error, "load: %s", zErr ? zErr : sqlite3_errmsg(db));
    sqlite3_free(zErr);
    sqlite3_close(db);
    return 0;
  }
  for(int round = 0; round < ROUNDS; round++){
    for(size_t s = 0; s < sizeof workload / sizeof workload[0]; s++){
      sqlite3_stmt *st = 0;
      int rc = sqlite3_prepare_v2(db, workload[s], -1, &st, 0);
      while( rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW ){
        j->rows++;
        for(int c = 0; c < sqlite3_column_count(st); c++){
          const unsigned char *t = sqlite3_column_text(st, c);
          j->digest = fold(j->digest, t ? (const char*)t : "\1NULL", t ? (size_t)sqlite3_column_bytes(st, c) : 5);
          j->digest = fold(j->digest, "\0", 1);
        }
        rc = SQLITE_OK;
      }
      if( rc != SQLITE_DONE && !j->error[0] ){
        snprintf(j->error, sizeof j->error, "%s: %s", workload[s], sqlite3_errmsg(db));
      }
      sqlite3_finalize(st);
    }
  }
  sqlite3_close(db);
  return 0;
}

int main(int argc, char **argv){
  if( argc != 2 ){ fprintf(stderr, "usage: test_threads EXTENSION\n"); return 2; }
  if( !sqlite3_threadsafe() ){ fprintf(stderr, "SQLite is not thread-safe\n"); return 1; }
  job jobs[N_THREADS];
  pthread_t tid[N_THREADS];
  for(int i = 0; i < N_THREADS; i++){
    memset(&jobs[i], 0, sizeof jobs[i]);
    jobs[i].ext = argv[1];
    if( pthread_create(&tid[i], 0, work, &jobs[i]) != 0 ){ fprintf(stderr, "pthread_create failed\n"); return 1; }
  }
  for(int i = 0; i < N_THREADS; i++) pthread_join(tid[i], 0);
  /* The reference run comes after the threads, so that they meet the shared
  ** lexicon and gazetteer uninitialised and race to set them up. */
  job single = { .ext = argv[1] };
  work(&single);
  int passed = 0, failed = 0;
  if( single.error[0] || single.rows == 0 ){
    fprintf(stderr, "FAILED: single-threaded run: %s (%lld rows)\n", single.error, single.rows);
    failed++;
  }else{
    passed++;
  }
  for(int i = 0; i < N_THREADS; i++){
    if( jobs[i].error[0] || jobs[i].digest != single.digest || jobs[i].rows != single.rows ){
      fprintf(stderr, "FAILED: thread %d: %s digest %016llx rows %lld, single-threaded %016llx rows %lld\n",
              i, jobs[i].error, jobs[i].digest, jobs[i].rows, single.digest, single.rows);
      failed++;
    }else{
      passed++;
    }
  }
  printf("%d threads x %d rounds, %lld rows each, digest %016llx\n", N_THREADS, ROUNDS, single.rows, single.digest);
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
