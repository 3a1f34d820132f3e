/* libFuzzer target: the SQL surface, through the extension registered in an
** in-memory database. The input is split at the first NUL byte: before it, a
** SQL statement template run with the rest bound as ?1 (text) and ?2 (blob);
** a few fixed statements also run with the input as the document. */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

int sqlite3_kolit_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

static const char *const fixed[] = {
  "SELECT count(*), group_concat(title), group_concat(abstract) FROM lit_records('fuzz', ?2)",
  "SELECT format, error, encoding FROM lit_documents('fuzz', ?2)",
  "SELECT name, family, given FROM lit_authors('fuzz', ?1)",
  /* the citation writers on hostile JSON, and on the items of what was read */
  "SELECT to_ris(?1), to_bibtex(?1), to_bibtex(?1, 'k')",
  "SELECT csl, to_ris(csl), to_bibtex(csl) FROM lit_records('fuzz', ?2)",
  /* a name (no '/', no '*': one folder, no deep glob) resolved as a source */
  "SELECT lit_source('tests/fixtures/' || replace(replace(?1, '/', ''), '*', ''))",
  /* the korean tokenizer: what it emits, a query built from the input, and an
  ** FTS5 index that must stay consistent */
  "SELECT token, start, \"end\", position, colocated FROM korean_tokens(?1, 'choseong 1')",
  "SELECT korean_query(?1)",
  "SELECT korean_query(?1, 'cluster_policy')",
  "SELECT concept, lang, term, source FROM term_pairs(?1, ?1)",
  /* co-occurrence counts over the input's bytes cut into items, in groups */
  ("WITH RECURSIVE t(k, rest) AS (SELECT 0, ?1 UNION ALL SELECT k + 1, substr(rest, 3) FROM t WHERE rest <> '' AND k < 500) "
   "SELECT pair_counts(k % 7, substr(rest, 1, 2)), pair_counts(k / 3, substr(rest, 1, 1), 2) FROM t"),
  "CREATE VIRTUAL TABLE k USING fts5(x, tokenize='porter korean choseong 1')",
  "INSERT INTO k(x) VALUES (?1), (?2)",
  /* (a query of the first 2,000 bytes: FTS5's highlight() is quadratic in the
  ** phrases of a query and a document, 26 s for a 48 KB query of 5,000 phrases
  ** on a 48 KB row; korean_query itself is linear and fuzzed whole above) */
  "SELECT rowid, highlight(k, 0, '[', ']') FROM k WHERE k MATCH korean_query(substr(?1, 1, 2000))",
  "SELECT rowid FROM k WHERE k MATCH korean_query(substr(?1, 1, 2000), 'cluster_policy')",
  "DELETE FROM k WHERE rowid = 1",
  "INSERT INTO k(k) VALUES ('integrity-check')",
  "SELECT countries(?1), keywords(?1), countries(?2)",
  "SELECT code, name, matched, start, end FROM country_tags(?1)",
  "SELECT concept, term, matched, start, end FROM keyword_tags(?1)",
  /* the duplicate matcher: the input as a record and as decisions */
  "SELECT works_match(x, ?1) FROM (SELECT 1 AS x UNION ALL SELECT 2)",
  "SELECT works_match(x, json_object('title', ?1, 'year', 2000), ?1) FROM (SELECT 1 AS x UNION ALL SELECT 2)",
};

static void run(sqlite3 *db, const char *sql, const void *p, int n){
  sqlite3_stmt *st = 0;
  if( sqlite3_prepare_v2(db, sql, -1, &st, 0) != SQLITE_OK ) return;
  sqlite3_bind_text(st, 1, p, n, SQLITE_STATIC);
  sqlite3_bind_blob(st, 2, p, n, SQLITE_STATIC);
  int steps = 0;
  while( sqlite3_step(st) == SQLITE_ROW && ++steps < 10000 ){
    for(int i = 0; i < sqlite3_column_count(st); i++) (void)sqlite3_column_text(st, i);
  }
  sqlite3_finalize(st);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size){
  static int registered;
  if( !registered ){
    sqlite3_auto_extension((void(*)(void))sqlite3_kolit_init);
    registered = 1;
  }
  sqlite3 *db;
  if( sqlite3_open(":memory:", &db) != SQLITE_OK ){ sqlite3_close(db); return 0; }
  /* keep the fuzzer inside its input: no files, no long queries */
  sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 1 << 20);
  const unsigned char *nul = memchr(data, 0, size);
  if( nul && nul - data < 2000 ){
    char sql[2001];
    size_t k = (size_t)(nul - data);
    memcpy(sql, data, k);
    sql[k] = 0;
    /* the fuzzer may write any SQL but may not read the machine's files */
    if( !strstr(sql, "lit_") && !strstr(sql, "load_extension") && !strstr(sql, "ATTACH")
        && !strstr(sql, "attach") && !strstr(sql, "readfile") ){
      run(db, sql, nul + 1, (int)(size - k - 1));
    }
  }
  for(size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) run(db, fixed[i], data, (int)size);
  sqlite3_close(db);
  return 0;
}
