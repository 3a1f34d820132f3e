/*
** Out-of-memory test: SQLite's allocator (sqlite3_config(SQLITE_CONFIG_MALLOC))
** is made to fail at the N-th allocation, for N = 1, 2, ... until a run
** completes without reaching N, in two modes: the failure persists (every
** later allocation fails too) or it is transient (only the N-th fails). Each
** run opens a connection, loads the extension and runs one statement of one
** feature to the end. Every run must end with SQLITE_OK, SQLITE_NOMEM or
** another error message, never a crash; the sanitizer build checks for leaks
** and bad accesses on every failure path.
**
** Usage: test_oom EXTENSION   (run from the repository's top folder)
*/
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static sqlite3_mem_methods orig;
static long long fail_at = -1;   /* allocation number that fails, -1: none */
static long long n_alloc;
static int persistent, failed_once;

static int should_fail(void){
  n_alloc++;
  if( fail_at >= 0 && (n_alloc == fail_at || (persistent && n_alloc > fail_at)) ){
    failed_once = 1;
    return 1;
  }
  return 0;
}
static void *oom_malloc(int n){ return should_fail() ? NULL : orig.xMalloc(n); }
static void *oom_realloc(void *p, int n){ return should_fail() ? NULL : orig.xRealloc(p, n); }

/* Statements, one feature each, that together reach every entry point. */
static const char *const statements[] = {
  "SELECT kolit_version()",
  "SELECT count(*), sum(length(path)) FROM lit_documents('seeds')",
  "SELECT title, authors, abstract, year, page_first FROM lit_records('seeds')",
  "SELECT name, family, given FROM lit_authors('seeds/0*.txt')",
  "SELECT title FROM lit_records('label', 'Research ReportsKIET Korea Institute for Industrial "
    "Economics and Trade\n\nTitle\n\nAuthor Kim, Sunbae et al Date 2020.01.02 Page 3\n\nText.')",
  "SELECT * FROM lit_records('no/such/file')",
  /* the article-page readers, every column of records and authors */
  "SELECT * FROM lit_records('tests/fixtures/ksa_*.txt')",
  "SELECT * FROM lit_authors('tests/fixtures/ksa_english.txt')",
  "SELECT * FROM lit_records('tests/fixtures/kci_*.txt')",
  "SELECT * FROM lit_authors('tests/fixtures/kci_article_ko.txt')",
  "SELECT r.*, a.affiliation FROM lit_records('tests/fixtures/kiet_other_site_two_authors.txt') AS r "
    "JOIN lit_authors('tests/fixtures/kiet_other_site_two_authors.txt') AS a USING (path, ordinal)",
  "SELECT title_ko, keywords, abstract_ko, publisher FROM lit_records('tests/fixtures/riss_thesis.xls')",
  "SELECT name, name_ko, name_latin FROM lit_authors('mine.csv', 'title,author,year' || char(10) || 'A,\"Kim, Ha-Neul\",2001')",
  "SELECT title, authors, keywords, abstract_ko FROM lit_records('tests/fixtures/ris_zotero.ris')",
  "SELECT title, source_id FROM lit_records('tests/fixtures/bib_jabref.bib')",
  "SELECT name, name_ko FROM lit_authors('tests/fixtures/csl_zotero.json')",
  "SELECT csl, to_ris(csl), to_bibtex(csl), to_bibtex(csl, 'k') FROM lit_records('tests/fixtures/bib_kci.bib')",
  "SELECT lit_source('seeds'), lit_source('./seeds/0*.txt'), lit_source('seeds/000_aa1e9265ac47af7f.txt')",
  "SELECT lit_source('no/such/file')",
  "SELECT title, title_ko, title_foreign, authors, doi, keywords, published FROM lit_records('tests/fixtures/html_*')",
  "SELECT name, name_ko, name_latin, affiliation FROM lit_authors('page.html', '<html><head>"
    "<meta name=\"citation_title\" content=\"지역 고용\"><meta name=\"citation_author\" content=\"박민지\">"
    "<meta name=\"citation_author\" lang=\"en\" content=\"Park, Min-Ji\"></head></html>')",
  "SELECT countries('독일의 TAMA클러스터와 Korea, 한국과 인도'), country_name('DE', 'ko')",
  "SELECT code, name, matched, start, end FROM country_tags('Germany and 바이에른주의 뮌헨')",
  "SELECT keywords('혁신클러스터 and cluster policies'), keywords('lock-in, 고착', 'lit_vocabulary')",
  "SELECT concept, term, matched FROM keyword_tags('lock-ins and 산학연', 'lit_vocabulary')",
  "SELECT count(*), count(broader) FROM lit_vocabulary",
  "SELECT token, start, \"end\", position, colocated FROM korean_tokens('지역산업클러스터정책은 韓國 TAMA클러스터의', 'choseong 1')",
  "SELECT korean_query('클러스터정책 클러스ㅌ \"R&D\"')",
  "SELECT korean_query('(독일 OR 일본) title: \"혁신 클러스터\" NOT 클러스* 히어로 언제부터')",
  "SELECT korean_query('smart specialization 기술이전의', 'cluster_policy')",
  "SELECT concept, lang, term, source FROM term_pairs('스마트 전문화(smart specialization)와 지역혁신체계(RIS)',"
    " '[\"기술이전\",\"technology transfer\"]')",
  "CREATE TABLE my_terms(concept TEXT, term TEXT); INSERT INTO my_terms VALUES ('s3', '스마트전문화'), ('s3', 'smart specialisation');"
    "SELECT korean_query('스마트 전문화 OR smart specialisation', 'my_terms')",
  "SELECT w.value ->> '$.work_id', w.value ->> '$.title_ko.value' FROM json_each((SELECT works_match(x, "
    "json_object('title_ko', '판교 클러스터의 진화와 정책과제', 'year', 2019, 'authors', json_array(a))) "
    "FROM (SELECT 1 AS x, '김민수' AS a UNION ALL SELECT 2, 'Kim, Min-Su')), '$.works') AS w",
  "SELECT k.value FROM json_each(work_keys(json_object('title_ko', '판교 클러스터의 진화: 정책', 'year', 2019, "
    "'doi', '10.1234/X', 'source_id', 'ART002512345', 'title_foreign', 'Editorial', 'volume', 3, 'issue', 1, 'page_first', 9), 'text')) AS k",
  "SELECT sum(k.value % 4096) FROM json_each(work_keys(json_object('title_foreign', 'Cluster Policy', 'year', 2001, "
    "'authors', json_array('Smith, Adam', 'Minsu Lee', '정재훈')))) AS k",
  "SELECT works_match(x, '{\"title\":\"Editorial\"}', '[{\"a\":1,\"b\":2,\"decision\":\"same\"}]') "
    "FROM (SELECT 1 AS x UNION ALL SELECT 2)",
  "SELECT bar(5, 0, 20, 10), bar(3, 0, 4), display_width('독일 Korea'), display_pad('지역혁신클러스터', 7), display_pad('독일', 6, 'right')",
  "SELECT chart_bars(value, key, '{\"title\": \"막대 <bars>\", \"sort\": \"value\"}') FROM json_each('[\"독일\",\"Japan\",\"독일\"]')",
  "SELECT chart_lines(key, value % 2, key * key, '{\"width\": 400}') FROM json_each('[1,2,3,4]')",
  "SELECT chart_heatmap(a.value, b.value, a.key + b.key) FROM json_each('[\"KR\",\"DE\"]') AS a, json_each('[2010,2011]') AS b",
  "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 200) "
    "SELECT pair_counts(x % 17, 'concept ' || (x % 11)), pair_counts(x % 5, '클러스터' || (x % 3), 2) FROM n",
  "SELECT chart_network(a.value, b.value, a.key + 1) FROM json_each('[\"cluster\",\"혁신\",\"R&D\"]') AS a, "
    "json_each('[\"cluster\",\"혁신\",\"R&D\"]') AS b WHERE a.key < b.key",
  "SELECT chart_bars('a', 1) WHERE 0",
  "CREATE TABLE words(word TEXT); INSERT INTO words VALUES ('젓갈클러스터'), ('산학+연');"
    "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='porter korean userdict words');"
    "INSERT INTO t VALUES ('지역산업클러스터정책은 발전하는 地域産業'), ('젓갈클러스터의 clusters');"
    "UPDATE t SET x = '클러스터 정책의 평가' WHERE rowid = 1;"
    "SELECT rowid, highlight(t, 0, '[', ']'), snippet(t, 0, '[', ']', '…', 4) FROM t WHERE t MATCH korean_query('클러스터');"
    "DELETE FROM t WHERE rowid = 2;"
    "INSERT INTO t(t) VALUES ('integrity-check')",
};

/* One run: opens a connection, loads the extension, runs sql (one or more
** statements) and stores the final result code in *rcOut. */
static int run(const char *ext, const char *sql, int *rcOut){
  sqlite3 *db = 0;
  int rc = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE|SQLITE_OPEN_CREATE, 0);
  if( rc == SQLITE_OK ){
    rc = sqlite3_enable_load_extension(db, 1);
  }
  char *zErr = 0;
  if( rc == SQLITE_OK ){
    rc = sqlite3_load_extension(db, ext, 0, &zErr);
    sqlite3_free(zErr);
  }
  /* the statements of sql, in order, until one fails */
  while( rc == SQLITE_OK && sql && *sql ){
    sqlite3_stmt *st = 0;
    rc = sqlite3_prepare_v2(db, sql, -1, &st, &sql);
    if( !st ) break;  /* only white space was left */
    while( rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW ){
      for(int i = 0; i < sqlite3_column_count(st); i++) (void)sqlite3_column_text(st, i);
      rc = SQLITE_OK;
    }
    if( rc == SQLITE_DONE ) rc = SQLITE_OK;
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  *rcOut = rc;
  return 0;
}

int main(int argc, char **argv){
  if( argc != 2 ){ fprintf(stderr, "usage: test_oom EXTENSION\n"); return 2; }
  sqlite3_config(SQLITE_CONFIG_GETMALLOC, &orig);
  sqlite3_mem_methods m = orig;
  m.xMalloc = oom_malloc;
  m.xRealloc = oom_realloc;
  if( sqlite3_config(SQLITE_CONFIG_MALLOC, &m) != SQLITE_OK ){
    fprintf(stderr, "sqlite3_config(SQLITE_CONFIG_MALLOC) failed\n");
    return 1;
  }
  int passed = 0, failed = 0;
  for(size_t s = 0; s < sizeof statements / sizeof statements[0]; s++){
    for(persistent = 0; persistent < 2; persistent++){
      long long runs = 0;
      int nomem = 0, ok = 0, other = 0;
      for(fail_at = 1; ; fail_at++){
        n_alloc = 0;
        failed_once = 0;
        int rc;
        run(argv[1], statements[s], &rc);
        runs++;
        if( rc == SQLITE_OK ) ok++;
        else if( rc == SQLITE_NOMEM ) nomem++;
        else other++;
        if( !failed_once ) break;  /* the run finished before allocation N */
        if( runs > 200000 ){ fprintf(stderr, "too many allocations\n"); return 1; }
      }
      /* The last run, with no failure injected, must succeed unless the
      ** statement is meant to fail (the missing file). */
      int expect_error = strstr(statements[s], "no/such/file") != NULL;
      n_alloc = 0; fail_at = -1;
      int rc;
      run(argv[1], statements[s], &rc);
      if( (rc == SQLITE_OK) != !expect_error ){
        failed++;
        fprintf(stderr, "FAILED: %s: rc %d without injected failures\n", statements[s], rc);
      }else{
        passed++;
      }
      printf("%-60.60s %s: %lld runs (%d ok, %d nomem, %d other error)\n",
             statements[s], persistent ? "persistent" : "transient", runs, ok, nomem, other);
    }
  }
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
