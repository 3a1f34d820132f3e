/*
** Tagging benchmark: bash bench/tagging.sh
**
**   bench_tagging EXTENSION NSMC_SAMPLE SEED_FIXTURE
**
** Builds two corpora in an in-memory database:
**   ko  Korean: the lines of NSMC_SAMPLE (Korean web text) in rows of about
**       1.5 KB, every fifth row led by a Korean seed abstract, so that names
**       and terms do occur;
**   en  English: the English seed abstracts, sentences reshuffled, rows of
**       about 1.5 KB, about 4 MB.
** Then times, in the same run (median of 3):
**   countries(body) and keywords(body) over each corpus, in MB/s;
**   the same search as a chain of instr(body, name) calls in SQL, one per
**   gazetteer name (countries) or vocabulary term (keywords), over the first
**   rows of the corpus, in MB/s, and the ratio;
**   keywords('...', 'v10k'): compiling a 10,000-term user vocabulary from a
**   table, in ms (and the bare C compile, kt_vocab_compile, for reference).
*/
#include "tag/gazetteer.h"
#include "tag/tag_data.h"
#include "tag/vocab.h"
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void){
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void die(const char *what, sqlite3 *db){
  fprintf(stderr, "bench_tagging: %s: %s\n", what, db ? sqlite3_errmsg(db) : "");
  exit(1);
}

static void exec(sqlite3 *db, const char *sql){
  char *err = 0;
  if( sqlite3_exec(db, sql, 0, 0, &err) != SQLITE_OK ){
    fprintf(stderr, "bench_tagging: %s\n  in: %.200s\n", err, sql);
    exit(1);
  }
}

/* Runs a one-value query three times; returns the median seconds. */
static double time_query(sqlite3 *db, const char *sql){
  double t[3];
  for(int r = 0; r < 3; r++){
    sqlite3_stmt *st;
    if( sqlite3_prepare_v2(db, sql, -1, &st, 0) != SQLITE_OK ) die("prepare", db);
    double a = now();
    while( sqlite3_step(st) == SQLITE_ROW ){}
    t[r] = now() - a;
    if( sqlite3_finalize(st) != SQLITE_OK ) die("step", db);
  }
  for(int i = 0; i < 3; i++) for(int j = i + 1; j < 3; j++) if( t[j] < t[i] ){ double x = t[i]; t[i] = t[j]; t[j] = x; }
  return t[1];
}

static double bytes_of(sqlite3 *db, const char *table, int limit){
  char *sql = sqlite3_mprintf("SELECT sum(length(CAST(body AS BLOB))) FROM (SELECT body FROM %s LIMIT %d)", table, limit);
  sqlite3_stmt *st;
  if( sqlite3_prepare_v2(db, sql, -1, &st, 0) != SQLITE_OK ) die("prepare", db);
  sqlite3_free(sql);
  double b = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_double(st, 0) : 0;
  sqlite3_finalize(st);
  return b;
}

/* A balanced sum of (instr(body, 'name') > 0): a left-deep chain of 2,000
** terms would exceed SQLite's expression depth limit. */
static void instr_tree(sqlite3_str *s, char **names, int lo, int hi){
  if( hi - lo == 1 ){
    sqlite3_str_appendf(s, "(instr(body,%Q)>0)", names[lo]);
    return;
  }
  int mid = lo + (hi - lo) / 2;
  sqlite3_str_appendchar(s, 1, '(');
  instr_tree(s, names, lo, mid);
  sqlite3_str_appendchar(s, 1, '+');
  instr_tree(s, names, mid, hi);
  sqlite3_str_appendchar(s, 1, ')');
}

static char *instr_query(char **names, int n, const char *table, int limit){
  sqlite3_str *s = sqlite3_str_new(0);
  sqlite3_str_appendall(s, "SELECT sum(");
  instr_tree(s, names, 0, n);
  sqlite3_str_appendf(s, ") FROM (SELECT body FROM %s LIMIT %d)", table, limit);
  return sqlite3_str_finish(s);
}

static int has_hangul(const char *s){
  int h = 0, a = 0;
  for(const unsigned char *p = (const unsigned char *)s; *p; p++){
    if( *p == 0xEA || *p == 0xEB || *p == 0xEC || *p == 0xED ) h++;
    else if( *p < 0x80 && ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') ) a++;
  }
  return h * 6 > a;  /* a Hangul syllable is 3 bytes, an English word about 6 letters */
}

static unsigned long long rng = 88172645463325252ULL;
static unsigned next_rand(void){ rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17; return (unsigned)rng; }

int main(int argc, char **argv){
  if( argc != 4 ){ fprintf(stderr, "usage: bench_tagging EXTENSION NSMC_SAMPLE SEED_FIXTURE\n"); return 2; }
  sqlite3 *db;
  if( sqlite3_open(":memory:", &db) != SQLITE_OK ) die("open", db);
  sqlite3_enable_load_extension(db, 1);
  char *err = 0;
  if( sqlite3_load_extension(db, argv[1], 0, &err) != SQLITE_OK ){ fprintf(stderr, "load: %s\n", err); return 1; }
  exec(db, "CREATE TABLE ko(body TEXT); CREATE TABLE en(body TEXT); BEGIN");

  /* Seed abstracts, split by language. */
  char *ko_seed[16], *en_sent[512];
  int nko = 0, nen = 0;
  static char line[1 << 16];
  FILE *f = fopen(argv[3], "r");
  if( f == 0 ){ perror(argv[3]); return 1; }
  while( fgets(line, sizeof(line), f) ){
    if( line[0] == '#' ) continue;
    line[strcspn(line, "\n")] = 0;
    char *t = strchr(line, '\t');
    if( t == 0 ) continue;
    t++;
    if( has_hangul(t) ){ if( nko < 16 ) ko_seed[nko++] = strdup(t); continue; }
    for(char *save = 0, *s = strtok_r(t, ".", &save); s && nen < 512; s = strtok_r(0, ".", &save)){
      if( strlen(s) > 20 ) en_sent[nen++] = strdup(s);
    }
  }
  fclose(f);
  if( nko == 0 || nen == 0 ){ fprintf(stderr, "bench_tagging: no seed abstracts in %s\n", argv[3]); return 1; }

  sqlite3_stmt *ins_ko, *ins_en;
  if( sqlite3_prepare_v2(db, "INSERT INTO ko VALUES(?)", -1, &ins_ko, 0) != SQLITE_OK ) die("prepare", db);
  if( sqlite3_prepare_v2(db, "INSERT INTO en VALUES(?)", -1, &ins_en, 0) != SQLITE_OK ) die("prepare", db);
  f = fopen(argv[2], "r");
  if( f == 0 ){ perror(argv[2]); return 1; }
  sqlite3_str *row = sqlite3_str_new(0);
  int rows = 0;
  while( fgets(line, sizeof(line), f) ){
    if( sqlite3_str_length(row) == 0 && rows % 5 == 0 ){
      sqlite3_str_appendall(row, ko_seed[(rows / 5) % nko]);
      sqlite3_str_appendchar(row, 1, '\n');
    }
    sqlite3_str_appendall(row, line);
    if( sqlite3_str_length(row) >= 1500 ){
      char *z = sqlite3_str_finish(row);
      sqlite3_bind_text(ins_ko, 1, z, -1, sqlite3_free);
      if( sqlite3_step(ins_ko) != SQLITE_DONE ) die("insert", db);
      sqlite3_reset(ins_ko);
      row = sqlite3_str_new(0);
      rows++;
    }
  }
  sqlite3_free(sqlite3_str_finish(row));
  fclose(f);
  size_t en_bytes = 0;
  while( en_bytes < 4u << 20 ){
    row = sqlite3_str_new(0);
    while( sqlite3_str_length(row) < 1500 ){
      sqlite3_str_appendall(row, en_sent[next_rand() % (unsigned)nen]);
      sqlite3_str_appendall(row, ". ");
    }
    en_bytes += (size_t)sqlite3_str_length(row);
    char *z = sqlite3_str_finish(row);
    sqlite3_bind_text(ins_en, 1, z, -1, sqlite3_free);
    if( sqlite3_step(ins_en) != SQLITE_DONE ) die("insert", db);
    sqlite3_reset(ins_en);
  }
  sqlite3_finalize(ins_ko);
  sqlite3_finalize(ins_en);
  exec(db, "COMMIT");

  /* The names the instr() chains search: every gazetteer name, every term. */
  char gerr[200];
  if( kt_gazetteer_init(gerr, sizeof(gerr)) ){ fprintf(stderr, "gazetteer: %s\n", gerr); return 1; }
  size_t ng = kt_gazetteer_size();
  char **gnames = malloc(ng * sizeof(char *));
  int ngn = 0;
  for(size_t i = 0; i < ng; i++){
    const char *code, *name, *source; int rule;
    kt_gazetteer_entry(i, &code, &name, &rule, &source);
    if( code[0] ) gnames[ngn++] = (char *)name;
  }
  char **terms = malloc(kt_cluster_policy_count * sizeof(char *));
  for(size_t i = 0; i < kt_cluster_policy_count; i++) terms[i] = (char *)kt_cluster_policy[i].term;

  printf("corpus: ko %.1f MB (%d rows), en %.1f MB; %d gazetteer names, %zu vocabulary terms\n",
         bytes_of(db, "ko", 1 << 30) / 1e6, rows, bytes_of(db, "en", 1 << 30) / 1e6, ngn, kt_cluster_policy_count);
  printf("%-10s %-9s %12s %14s %8s\n", "corpus", "function", "kolit MB/s", "instr() MB/s", "ratio");
  const char *tables[] = {"ko", "en"};
  for(int t = 0; t < 2; t++){
    double all = bytes_of(db, tables[t], 1 << 30);
    char *bq = sqlite3_mprintf("SELECT sum(length(body)) FROM %s", tables[t]);
    double base = time_query(db, bq);
    sqlite3_free(bq);
    for(int fn = 0; fn < 2; fn++){
      char *q = sqlite3_mprintf("SELECT sum(length(%s(body))) FROM %s", fn ? "keywords" : "countries", tables[t]);
      double secs = time_query(db, q);
      sqlite3_free(q);
      int limit = 300;  /* about 0.45 MB: the chain is slow */
      char *iq = fn ? instr_query(terms, (int)kt_cluster_policy_count, tables[t], limit)
                    : instr_query(gnames, ngn, tables[t], limit);
      double isecs = time_query(db, iq);
      sqlite3_free(iq);
      double ibytes = bytes_of(db, tables[t], limit);
      double mbs = all / 1e6 / secs, imbs = ibytes / 1e6 / isecs;
      printf("%-10s %-9s %12.1f %14.2f %7.0fx\n", tables[t], fn ? "keywords" : "countries", mbs, imbs, mbs / imbs);
    }
    printf("%-10s %-9s %12.1f   (reading the rows only)\n", tables[t], "length", all / 1e6 / base);
  }

  /* A 10,000-term user vocabulary: 5,000 Korean and 5,000 English terms. */
  exec(db, "CREATE TABLE v10k(concept TEXT, term TEXT); BEGIN");
  sqlite3_stmt *iv;
  if( sqlite3_prepare_v2(db, "INSERT INTO v10k VALUES(?, ?)", -1, &iv, 0) != SQLITE_OK ) die("prepare", db);
  kt_vocab *cv = kt_vocab_new();
  for(int i = 0; i < 10000; i++){
    char term[64], concept[32];
    int k = 0;
    if( i % 2 ){
      for(int s = 0; s < 3; s++){
        unsigned cp = 0xAC00 + next_rand() % 11172;
        term[k++] = (char)(0xE0 | (cp >> 12)); term[k++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        term[k++] = (char)(0x80 | (cp & 0x3F));
      }
      k += snprintf(term + k, sizeof(term) - (size_t)k, "정책%d", i);
    }else{
      for(int s = 0; s < 8; s++) term[k++] = (char)('a' + next_rand() % 26);
      k += snprintf(term + k, sizeof(term) - (size_t)k, " policy %d", i);
    }
    snprintf(concept, sizeof(concept), "c%d", i / 3);
    sqlite3_bind_text(iv, 1, concept, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(iv, 2, term, k, SQLITE_TRANSIENT);
    if( sqlite3_step(iv) != SQLITE_DONE ) die("insert", db);
    sqlite3_reset(iv);
    kt_vocab_add(cv, concept, strlen(concept), term, (size_t)k);
  }
  sqlite3_finalize(iv);
  exec(db, "COMMIT");
  double ms = time_query(db, "SELECT keywords('probe', 'v10k')") * 1e3;
  double a = now();
  kt_vocab_compile(cv);
  double cms = (now() - a) * 1e3;
  printf("10,000-term user vocabulary: keywords(text, 'v10k') compiles in %.1f ms "
         "(reading the table included; %zu terms; the C compile alone %.1f ms)\n", ms, kt_vocab_terms(cv), cms);
  /* Compiled once per statement: 2,000 rows cost about one compile more than the scans. */
  double per = time_query(db, "SELECT count(keywords(body, 'v10k')) FROM (SELECT body FROM en LIMIT 2000)") * 1e3;
  printf("keywords(body, 'v10k') over 2,000 rows: %.1f ms in all\n", per);
  kt_vocab_free(cv);
  sqlite3_close(db);
  return 0;
}
