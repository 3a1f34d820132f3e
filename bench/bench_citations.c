/*
** Citation files benchmark: bash bench/citations.sh
**
**   bench_citations [MB]
**
** Generates, in memory, RIS, BibTeX and CSL-JSON files of bilingual records
** (Korean title and translated title, Hangul and romanized authors, journal,
** volume, issue, pages, DOI, ISSN, keywords, a Korean and an English
** abstract paragraph: about 1.4 KB a record) of MB megabytes each (default
** 50), and times (CPU seconds of this process: the machine may be shared),
** median of 3 runs, on one thread:
**   lit_parse of each file, in MB/s;
**   libbtparse (Debian libbtparse-dev, the library the design named) on the
**   same BibTeX in the same run, when the build found it, as the reference;
**   lit_csl_item over 100,000 records; lit_csl_to_ris and
**   lit_csl_to_bibtex over their 100,000 CSL items, in seconds.
** bench/citations.sh also times to_ris / to_bibtex over 100,000 rows in SQL.
*/
#include "cite/cite.h"
#include "docs/docs.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef KOLIT_BENCH_BTPARSE
#include <btparse.h>
#endif

static double now(void){
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);   /* CPU time: the machine may be shared */
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef struct buf { char *p; size_t n, cap; } buf;
static void add(buf *b, const char *s){
  size_t n = strlen(s);
  if( b->n + n + 1 > b->cap ){
    b->cap = (b->n + n + 1) * 2;
    b->p = realloc(b->p, b->cap);
    if( !b->p ){ fprintf(stderr, "out of memory\n"); exit(1); }
  }
  memcpy(b->p + b->n, s, n + 1);
  b->n += n;
}

static const char *const ko_words[] = { "지역", "산업", "클러스터", "정책", "혁신", "네트워크", "대학", "기업", "성과", "분석", "중소기업", "연구개발" };
static const char *const en_words[] = { "regional", "industrial", "cluster", "policy", "innovation", "network", "university", "firms", "performance", "analysis", "small", "research" };
static const char *const families[] = { "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon" };
static const char *const hangul[] = { "김민수", "이지은", "박서연", "최현우", "정하늘", "강지민", "조은비", "윤도현" };

static void words(buf *b, const char *const *w, unsigned seed, int n){
  for( int i = 0; i < n; i++ ){
    if( i ) add(b, " ");
    add(b, w[(seed + (unsigned)i * 7u) % 12u]);
  }
}

/* One record in format f: 0 RIS, 1 BibTeX, 2 CSL-JSON. */
static void record(buf *b, int f, unsigned i){
  char num[64];
  buf t = { 0, 0, 0 }, e = { 0, 0, 0 }, ak = { 0, 0, 0 }, ae = { 0, 0, 0 };
  words(&t, ko_words, i, 6);
  words(&e, en_words, i, 8);
  for( int s = 0; s < 4; s++ ){ words(&ak, ko_words, i + (unsigned)s, 12); add(&ak, "이다. "); }
  for( int s = 0; s < 4; s++ ){ words(&ae, en_words, i + (unsigned)s, 16); add(&ae, ". "); }
  const char *h = hangul[i % 8], *fam = families[(i / 8) % 8];
  if( f == 0 ){
    snprintf(num, sizeof num, "TY  - JOUR\nID  - ART%09u\n", i); add(b, num);
    add(b, "TI  - "); add(b, t.p); add(b, "\nTT  - "); add(b, e.p); add(b, "\n");
    add(b, "AU  - "); add(b, h); add(b, "\nAU  - "); add(b, fam); add(b, ", Min-Ji\n");
    add(b, "T2  - 한국지역개발학회지\n");
    snprintf(num, sizeof num, "PY  - %u\nVL  - %u\nIS  - %u\nSP  - %u\nEP  - %u\n", 1990 + i % 35, i % 40 + 1, i % 4 + 1, i % 200 + 1, i % 200 + 20);
    add(b, num);
    snprintf(num, sizeof num, "DO  - 10.1234/kdj.%u\nSN  - 1229-3431\n", i); add(b, num);
    add(b, "KW  - 클러스터\nKW  - cluster policy\nAB  - "); add(b, ak.p); add(b, "\nAB  - "); add(b, ae.p); add(b, "\nER  - \n\n");
  }else if( f == 1 ){
    snprintf(num, sizeof num, "@article{ART%09u,\n", i); add(b, num);
    add(b, "title={"); add(b, t.p); add(b, "},\ntitleaddon={"); add(b, e.p); add(b, "},\n");
    add(b, "author={"); add(b, h); add(b, " and "); add(b, fam); add(b, ", Min-Ji},\n");
    add(b, "journal={한국지역개발학회지},\n");
    snprintf(num, sizeof num, "year={%u},\nvolume={%u},\nnumber={%u},\npages={%u--%u},\n", 1990 + i % 35, i % 40 + 1, i % 4 + 1, i % 200 + 1, i % 200 + 20);
    add(b, num);
    snprintf(num, sizeof num, "doi={10.1234/kdj.%u},\nissn={1229-3431},\n", i); add(b, num);
    add(b, "keywords={클러스터, cluster policy},\nabstract={"); add(b, ak.p); add(b, "\\par "); add(b, ae.p); add(b, "}\n}\n\n");
  }else{
    snprintf(num, sizeof num, "%s{\"id\":\"ART%09u\",\"type\":\"article-journal\",\"title\":\"", i ? ",\n" : "[", i); add(b, num);
    add(b, t.p); add(b, "\",\"custom\":{\"title-foreign\":\""); add(b, e.p); add(b, "\"},\"author\":[{\"literal\":\"");
    add(b, h); add(b, "\"},{\"family\":\""); add(b, fam); add(b, "\",\"given\":\"Min-Ji\"}],\"container-title\":\"한국지역개발학회지\",");
    snprintf(num, sizeof num, "\"issued\":{\"date-parts\":[[%u]]},\"volume\":\"%u\",", 1990 + i % 35, i % 40 + 1); add(b, num);
    snprintf(num, sizeof num, "\"issue\":\"%u\",\"page\":\"%u-%u\",", i % 4 + 1, i % 200 + 1, i % 200 + 20); add(b, num);
    snprintf(num, sizeof num, "\"DOI\":\"10.1234/kdj.%u\",\"ISSN\":\"1229-3431\",", i); add(b, num);
    add(b, "\"keyword\":\"클러스터, cluster policy\",\"abstract\":\""); add(b, ak.p); add(b, "\\n\\n"); add(b, ae.p); add(b, "\"}");
  }
  free(t.p); free(e.p); free(ak.p); free(ae.p);
}

static int cmp(const void *a, const void *b){ double x = *(const double*)a, y = *(const double*)b; return x < y ? -1 : x > y; }
static double median3(double t[3]){ qsort(t, 3, sizeof t[0], cmp); return t[1]; }

int main(int argc, char **argv){
  double mb = argc > 1 ? atof(argv[1]) : 50;
  static const char *const names[] = { "RIS", "BibTeX", "CSL-JSON" };
  buf file[3] = { { 0, 0, 0 }, { 0, 0, 0 }, { 0, 0, 0 } };
  for( int f = 0; f < 3; f++ ){
    for( unsigned i = 0; file[f].n < (size_t)(mb * 1e6); i++ ) record(&file[f], f, i);
    if( f == 2 ) add(&file[f], "]\n");
  }
  printf("records of about 1.4 KB: Korean and translated title, Hangul and romanized authors, two abstracts\n");
  lit_document keep;
  memset(&keep, 0, sizeof keep);
  for( int f = 0; f < 3; f++ ){
    double t[3];
    int n = 0;
    for( int run = 0; run < 3; run++ ){
      lit_document d;
      double t0 = now();
      if( lit_parse(file[f].p, file[f].n, &d) != 0 ){ fprintf(stderr, "out of memory\n"); return 1; }
      t[run] = now() - t0;
      n = d.n_rec;
      if( f == 0 && run == 2 ) keep = d; else lit_document_free(&d);
    }
    double s = median3(t);
    printf("read %-8s %7.1f MB  %7d records  %6.3f s  %7.1f MB/s\n", names[f], file[f].n / 1e6, n, s, file[f].n / 1e6 / s);
  }
#ifdef KOLIT_BENCH_BTPARSE
  {
    /* the reference: libbtparse on the same BibTeX, through a FILE* as it reads */
    double t[3];
    int n = 0;
    bt_initialize();
    for( int run = 0; run < 3; run++ ){
      FILE *fp = fmemopen(file[1].p, file[1].n, "r");
      boolean ok;
      AST *e;
      n = 0;
      double t0 = now();
      while( (e = bt_parse_entry(fp, "bench.bib", 0, &ok)) != NULL ){ if( ok ) n++; bt_free_ast(e); }
      t[run] = now() - t0;
      fclose(fp);
    }
    bt_cleanup();
    double s = median3(t);
    printf("libbtparse BibTeX  %7.1f MB  %7d entries  %6.3f s  %7.1f MB/s  (reference, parse only: no LaTeX to Unicode, no fields read)\n",
           file[1].n / 1e6, n, s, file[1].n / 1e6 / s);
  }
#endif
  /* the writers over 100,000 records (of the RIS file read above) */
  int n = keep.n_rec < 100000 ? keep.n_rec : 100000;
  char **keys = lit_cite_keys(&keep);
  char **items = malloc(sizeof(char*) * (size_t)n);
  double t0 = now();
  for( int i = 0; i < n; i++ ) items[i] = lit_csl_item(&keep.rec[i], keys[i]);
  double t_item = now() - t0;
  double t_w[2];
  size_t bytes[2] = { 0, 0 };
  for( int w = 0; w < 2; w++ ){
    char err[200];
    t0 = now();
    for( int i = 0; i < n; i++ ){
      char *out = NULL;
      int rc = w == 0 ? lit_csl_to_ris(items[i], strlen(items[i]), &out, err, sizeof err)
                      : lit_csl_to_bibtex(items[i], strlen(items[i]), NULL, &out, err, sizeof err);
      if( rc ){ fprintf(stderr, "writer: %s\n", err); return 1; }
      bytes[w] += strlen(out);
      free(out);
    }
    t_w[w] = now() - t0;
  }
  printf("csl item  %d records  %6.3f s\n", n, t_item);
  printf("to_ris    %d records  %6.3f s  (%.1f MB written)\n", n, t_w[0], bytes[0] / 1e6);
  printf("to_bibtex %d records  %6.3f s  (%.1f MB written)\n", n, t_w[1], bytes[1] / 1e6);
  for( int i = 0; i < n; i++ ) free(items[i]);
  free(items);
  lit_cite_keys_free(keys, keep.n_rec);
  lit_document_free(&keep);
  for( int f = 0; f < 3; f++ ) free(file[f].p);
  return 0;
}
