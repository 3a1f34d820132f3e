/*
** Duplicate matcher benchmark: bash bench/works.sh
**
**   bench_works PAIRS_SAME.json PAIRS_DIFFERENT.json [N [EXTENSION]]
**
** 1. Quality on the labelled test set (tests/works/pairs_*.json): all records
**    matched together; pairwise precision and recall of kolit's matcher
**    (ext/works) and, on the same records, of Zotero's rule as the issue
**    states it: the same DOI; or the same normalised title (diacritics
**    removed, ASCII punctuation and spaces as one space, lower case; the
**    record's title field, else title_ko, else title_foreign, as a citation
**    manager holds one title), years at most one apart when both are known,
**    different DOIs never, and one creator with the same family name and
**    first initial (records without creators match only each other; a
**    Hangul name in one field is a family name with no initial, as Zotero
**    stores it); clusters by union-find, as kolit's.
** 2. Speed: N (default 100,000) generated records, 10 % of them duplicates of
**    another (spacing and punctuation changed, the English twin with
**    romanized authors, the year one later, a shared DOI), through
**    kw_set_add_json, kw_match and kw_result_json: seconds of each, peak
**    memory (ru_maxrss), and the pairwise precision and recall on them.
** 3. With EXTENSION: the same records through SQL, SELECT works_match(id,
**    record) over a table of them in an in-memory database, in seconds.
*/
#include "works/works.h"
#include "works/surnames.h"
#include "korean/lexicon.h"
#include "text/text.h"
#include "text/utf8.h"
#include "../tests/works/pairs_load.h"
#include <jansson.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static double now(void){
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- Zotero's rule ------------------------------------------------------------ */

typedef struct zcreator { char last[64]; char initial; } zcreator;
typedef struct zitem { char title[512]; char doi[128]; int year; zcreator c[8]; int nc; } zitem;

/* removeDiacritics, then runs of [ !-/:-@[-`{-~] as one space, trimmed, lower case */
static void z_title(const char *s, char *out, size_t cap){
  kt_text t;
  char err[200];
  const char *p = s;
  size_t n = strlen(s);
  if( kt_decode(s, n, &t, err, sizeof err) == 0 && t.encoding ){ p = t.text; n = t.len; }
  size_t k = 0, i = 0;
  int space = 0;
  while( i < n && k + 8 < cap ){
    uint32_t cp;
    int len = kt_utf8_decode((const unsigned char *)p + i, n - i, &cp);
    if( len <= 0 ){ i++; continue; }
    i += (size_t)len;
    if( cp >= 0xC0 && cp < 0x250 && kl_latin_fold[cp - 0xC0] ) cp = kl_latin_fold[cp - 0xC0];
    if( cp < 0x80 && !((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') && !(cp >= '0' && cp <= '9') ){ space = 1; continue; }
    if( space && k ) out[k++] = ' ';
    space = 0;
    if( cp >= 'A' && cp <= 'Z' ) cp += 32;
    k += (size_t)kt_utf8_encode(cp, out + k);
  }
  out[k] = 0;
  if( p != s ) kt_text_free(&t);
}

static int has_hangul(const char *s){
  for( const unsigned char *p = (const unsigned char *)s; *p; p++ ) if( *p >= 0xE0 ) return 1;
  return 0;
}

static void z_creator(zitem *z, const char *family, const char *given, const char *name){
  if( z->nc == 8 ) return;
  zcreator *c = &z->c[z->nc];
  char tmp[128];
  if( !family && name ){
    const char *comma = strchr(name, ',');
    const char *sp = strrchr(name, ' ');
    if( comma ){
      snprintf(tmp, sizeof tmp, "%.*s", (int)(comma - name), name);
      family = tmp;
      given = comma + 1;
    }else if( sp && !has_hangul(name) ){
      family = sp + 1;
      given = name;
    }else{
      family = name;
      given = "";
    }
  }
  if( !family ) return;
  size_t k = 0;
  for( const char *p = family; *p && k + 1 < sizeof c->last; p++ ) c->last[k++] = (*p >= 'A' && *p <= 'Z') ? (char)(*p + 32) : *p;
  c->last[k] = 0;
  while( given && *given == ' ' ) given++;
  c->initial = given && *given ? (char)(*given | 0x20) : 0;
  z->nc++;
}

static void z_item(const char *json, zitem *z){
  memset(z, 0, sizeof *z);
  json_t *o = json_loads(json, 0, 0);
  const char *t = json_string_value(json_object_get(o, "title"));
  if( !t ) t = json_string_value(json_object_get(o, "title_ko"));
  if( !t ) t = json_string_value(json_object_get(o, "title_foreign"));
  if( t ) z_title(t, z->title, sizeof z->title);
  const char *d = json_string_value(json_object_get(o, "doi"));
  if( d ) kw_doi_normalize(d, strlen(d), z->doi, sizeof z->doi);
  json_t *y = json_object_get(o, "year");
  z->year = json_is_integer(y) ? (int)json_integer_value(y) : 0;
  json_t *a = json_object_get(o, "authors");
  if( json_is_string(a) ){
    char buf[512];
    snprintf(buf, sizeof buf, "%s", json_string_value(a));
    for( char *p = strtok(buf, ";"); p; p = strtok(0, ";") ){
      while( *p == ' ' ) p++;
      z_creator(z, 0, 0, p);
    }
  }
  for( size_t i = 0; json_is_array(a) && i < json_array_size(a); i++ ){
    json_t *v = json_array_get(a, i);
    if( json_is_string(v) ) z_creator(z, 0, 0, json_string_value(v));
    else z_creator(z, json_string_value(json_object_get(v, "family")), json_string_value(json_object_get(v, "given")),
                   json_string_value(json_object_get(v, "name")));
  }
  json_decref(o);
}

static int z_same(const zitem *a, const zitem *b){
  if( a->doi[0] && b->doi[0] ) return strcmp(a->doi, b->doi) == 0;
  if( !a->title[0] || strcmp(a->title, b->title) != 0 ) return 0;
  if( a->year && b->year && abs(a->year - b->year) > 1 ) return 0;
  if( !a->nc && !b->nc ) return 1;
  if( !a->nc || !b->nc ) return 0;
  for( int i = 0; i < a->nc; i++ ) for( int j = 0; j < b->nc; j++ ){
    if( strcmp(a->c[i].last, b->c[j].last) == 0 && a->c[i].initial == b->c[j].initial ) return 1;
  }
  return 0;
}

static int uf_find(int *p, int x){ while( p[x] != x ){ p[x] = p[p[x]]; x = p[x]; } return x; }

/* ---- the generated library ------------------------------------------------------- */

static uint64_t rng = 88172645463325252ull;
static unsigned rnd(unsigned n){ rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17; return (unsigned)(rng % n); }

static const char *const region[] = { "판교", "대덕", "구미", "창원", "울산", "광주", "대구", "부산", "인천", "수원",
  "오송", "원주", "전주", "포항", "여수", "청주", "천안", "김해", "안산", "시흥", "경기", "강원", "충북", "전남",
  "경북", "제주", "세종", "서울", "평택", "구로" };
static const char *const topic[] = { "클러스터", "산업단지", "혁신도시", "연구개발특구", "테크노파크", "지역혁신체계",
  "산학협력", "창업생태계", "벤처기업", "중소기업", "제조업", "소프트웨어산업", "바이오산업", "자동차산업", "조선산업",
  "섬유산업", "관광산업", "물류산업", "에너지산업", "반도체산업", "디스플레이산업", "기계산업", "농식품산업",
  "해양산업", "문화산업", "의료산업", "항공산업", "철강산업", "석유화학산업", "로봇산업", "콘텐츠산업", "금융산업",
  "스마트시티", "도시재생", "지역대학", "공공기관", "지식서비스", "플랫폼경제", "녹색산업", "수소산업" };
static const char *const aspect[] = { "진화와 정책과제", "형성 요인", "네트워크 구조", "성과 평가", "고용 효과",
  "입지 요인", "경쟁력 분석", "거버넌스", "지식 확산", "구조 변화", "발전 방안", "정책 효과", "혁신 역량",
  "공간 분포", "생산성 분석", "협력 관계", "회복력", "전환 과정", "재구조화", "성장 경로", "제도적 기반", "역할 변화",
  "투자 효과", "기업 이동", "인력 수급", "기술 이전", "연계 구조", "지원 정책", "특성 분석", "사례 연구" };
static const char *const region_en[] = { "Pangyo", "Daedeok", "Gumi", "Changwon", "Ulsan", "Gwangju", "Daegu",
  "Busan", "Incheon", "Suwon", "Osong", "Wonju", "Jeonju", "Pohang", "Yeosu", "Cheongju", "Cheonan", "Gimhae",
  "Ansan", "Siheung", "Gyeonggi", "Gangwon", "Chungbuk", "Jeonnam", "Gyeongbuk", "Jeju", "Sejong", "Seoul",
  "Pyeongtaek", "Guro" };
static const char *const aspect_en[] = { "Evolution and Policy Tasks", "Formation Factors", "Network Structure",
  "Performance Evaluation", "Employment Effects", "Location Factors", "Competitiveness", "Governance",
  "Knowledge Diffusion", "Structural Change", "Development Strategies", "Policy Effects", "Innovation Capacity",
  "Spatial Distribution", "Productivity", "Cooperation", "Resilience", "Transition", "Restructuring",
  "Growth Paths", "Institutional Foundations", "Changing Roles", "Investment Effects", "Firm Relocation",
  "Labour Supply", "Technology Transfer", "Linkages", "Support Policy", "Characteristics", "A Case Study" };
static const char *const subtitle[] = { "", "", "", ": 기업 네트워크를 중심으로", ": 사례 비교", " -2000년대 이후를 중심으로-",
  ": 패널 자료 분석", ": 정책 평가" };
/* given-name syllables and their usual romanization */
static const char *const syl[][2] = { {"민", "Min"}, {"수", "Su"}, {"지", "Ji"}, {"원", "Won"}, {"영", "Young"},
  {"호", "Ho"}, {"준", "Jun"}, {"서", "Seo"}, {"현", "Hyun"}, {"우", "Woo"}, {"진", "Jin"}, {"성", "Sung"},
  {"은", "Eun"}, {"재", "Jae"}, {"희", "Hee"}, {"태", "Tae"}, {"승", "Seung"}, {"연", "Yeon"}, {"혜", "Hye"},
  {"동", "Dong"}, {"상", "Sang"}, {"정", "Jung"}, {"윤", "Yoon"}, {"철", "Chul"}, {"경", "Kyung"}, {"하", "Ha"},
  {"나", "Na"}, {"석", "Seok"}, {"용", "Yong"}, {"기", "Ki"} };
#define NSYL ((unsigned)(sizeof syl / sizeof syl[0]))

typedef struct gauthor { int fam; unsigned g1, g2; } gauthor;
typedef struct gpaper {
  unsigned region, topic, aspect, sub; int year, volume, issue, page; int english; int doi;
  gauthor a[3]; int na; int common; int id;
} gpaper;

static void first_rom(const char *latin, char *out, size_t cap){
  size_t k = 0;
  for( const char *p = latin; *p && *p != ' ' && k + 1 < cap; p++ ) { out[k] = (char)(k == 0 ? *p - 32 : *p); k++; }
  out[k] = 0;
}

/* A record of paper g as JSON: the original (variant 0) or one of the
** duplicates' variants. */
static int record_json(const gpaper *g, int variant, char *out, size_t cap){
  char title[400], authors[600], extra[200];
  int n;
  if( g->common ) n = snprintf(title, sizeof title, "\"title_ko\":\"서평\"");
  else if( variant == 2 ){
    n = snprintf(title, sizeof title, "\"title\":\"%s of Sector %u in %s\"", aspect_en[g->aspect], g->topic, region_en[g->region]);
  }else{
    const char *sp = variant == 1 ? "" : " ";
    n = snprintf(title, sizeof title, "\"title_ko\":\"%s%s%s의 %s%s\"", region[g->region], sp, topic[g->topic],
                 aspect[g->aspect], subtitle[g->sub]);
    if( g->english && variant == 0 ){
      n += snprintf(title + n, sizeof title - (size_t)n, ",\"title_foreign\":\"%s of Sector %u in %s\"",
                    aspect_en[g->aspect], g->topic, region_en[g->region]);
    }
  }
  (void)n;
  size_t k = (size_t)snprintf(authors, sizeof authors, "[");
  for( int i = 0; i < g->na; i++ ){
    const gauthor *a = &g->a[i];
    if( variant == 2 || (variant == 3 && i == 0) ){
      char fam[16];
      first_rom(kw_surnames[a->fam].latin, fam, sizeof fam);
      k += (size_t)snprintf(authors + k, sizeof authors - k, "%s\"%s, %s-%c%s\"", i ? "," : "", fam,
                            syl[a->g1][1], syl[a->g2][1][0] + 32, syl[a->g2][1] + 1);
    }else{
      k += (size_t)snprintf(authors + k, sizeof authors - k, "%s\"%s%s%s\"", i ? "," : "", kw_surnames[a->fam].hangul,
                            syl[a->g1][0], syl[a->g2][0]);
    }
  }
  snprintf(authors + k, sizeof authors - k, "]");
  int year = g->year + (variant == 3 ? 1 : 0);
  extra[0] = 0;
  if( g->doi ) snprintf(extra, sizeof extra, ",\"doi\":\"10.5555/gen.%d.%d\"", g->year, g->id);
  return snprintf(out, cap, "{%s,\"year\":%d,\"volume\":\"%d\",\"issue\":\"%d\",\"page_first\":\"%d\",\"authors\":%s%s}",
                  title, year, g->volume, g->issue, g->page, authors, variant == 3 ? "" : extra);
}

static int cmp_ll2(const void *a, const void *b){
  const long long *x = a, *y = b;
  if( x[0] != y[0] ) return x[0] < y[0] ? -1 : 1;
  return x[1] < y[1] ? -1 : x[1] > y[1];
}

/* pairwise precision/recall of predicted work ids against true paper ids */
static void score_clusters(const long long *pred, const long long *truth, int n, double *p, double *r){
  long long *pt = malloc(sizeof(long long) * 2 * (size_t)n);
  double tp = 0, np = 0, nt = 0;
  for( int pass = 0; pass < 3; pass++ ){
    for( int i = 0; i < n; i++ ){
      pt[2*i] = pass == 1 ? truth[i] : pred[i];
      pt[2*i+1] = pass == 0 ? truth[i] : 0;
    }
    qsort(pt, (size_t)n, 2 * sizeof(long long), cmp_ll2);
    for( int i = 0; i < n; ){
      int j = i + 1;
      while( j < n && pt[2*j] == pt[2*i] && pt[2*j+1] == pt[2*i+1] ) j++;
      double c = (double)(j - i) * (double)(j - i - 1) / 2;
      if( pass == 0 ) tp += c; else if( pass == 1 ) nt += c; else np += c;
      i = j;
    }
  }
  free(pt);
  *p = np ? tp / np : 1;
  *r = nt ? tp / nt : 1;
}

int main(int argc, char **argv){
  if( argc < 3 ){ fprintf(stderr, "usage: bench_works PAIRS_SAME.json PAIRS_DIFFERENT.json [N]\n"); return 2; }
  int N = argc > 3 ? atoi(argv[3]) : 100000;
  /* 1. the labelled test set */
  lp_set t = {0};
  if( lp_load(&t, argv[1], 1) || lp_load(&t, argv[2], 0) ) return 1;
  kw_set *s = kw_set_new();
  char err[300];
  for( int i = 0; i < t.nrec; i++ ){
    if( kw_set_add_json(s, t.rec[i].id, t.rec[i].json, strlen(t.rec[i].json), err, sizeof err) ){ fprintf(stderr, "%s\n", err); return 1; }
  }
  if( kw_match(s, err, sizeof err) ){ fprintf(stderr, "%s\n", err); return 1; }
  long long *work = malloc(sizeof(long long) * (size_t)t.nrec);
  for( int i = 0; i < t.nrec; i++ ) work[i] = kw_work_of(s, i);
  double p, r;
  long tp, pred, truth;
  lp_score(&t, work, &p, &r, &tp, &pred, &truth);
  int same = 0;
  for( int k = 0; k < t.npair; k++ ) same += t.pair[k].same;
  printf("test set: %d records, %d pairs labelled same, %d labelled different\n", t.nrec, same, t.npair - same);
  printf("  kolit       pairwise precision %.3f (%ld/%ld)  recall %.3f (%ld/%ld)\n", p, tp, pred, r, tp, truth);
  kw_set_free(s);
  zitem *z = malloc(sizeof(zitem) * (size_t)t.nrec);
  int *par = malloc(sizeof(int) * (size_t)t.nrec);
  for( int i = 0; i < t.nrec; i++ ){ z_item(t.rec[i].json, &z[i]); par[i] = i; }
  for( int i = 0; i < t.nrec; i++ ) for( int j = i + 1; j < t.nrec; j++ ){
    if( z_same(&z[i], &z[j]) ) par[uf_find(par, j)] = uf_find(par, i);
  }
  for( int i = 0; i < t.nrec; i++ ) work[i] = uf_find(par, i);
  lp_score(&t, work, &p, &r, &tp, &pred, &truth);
  printf("  zotero rule pairwise precision %.3f (%ld/%ld)  recall %.3f (%ld/%ld)\n", p, tp, pred, r, tp, truth);
  free(z); free(par); free(work);
  lp_free(&t);

  /* 2. speed on a generated library */
  int nunique = N - N / 10;
  gpaper *g = malloc(sizeof(gpaper) * (size_t)nunique);
  for( int i = 0; i < nunique; i++ ){
    gpaper *q = &g[i];
    q->region = rnd(30); q->topic = rnd(40); q->aspect = rnd(30); q->sub = rnd(8);
    q->year = 1995 + (int)rnd(30); q->volume = 1 + (int)rnd(40); q->issue = 1 + (int)rnd(4); q->page = 1 + (int)rnd(300);
    q->english = rnd(3) == 0; q->doi = rnd(4) == 0; q->common = rnd(100) == 0;
    q->na = 1 + (int)rnd(3);
    q->id = i;
    for( int k = 0; k < q->na; k++ ) q->a[k] = (gauthor){(int)rnd(40), rnd(NSYL), rnd(NSYL)};
  }
  char *buf = malloc(2048);
  sqlite3 *db = 0;
  sqlite3_stmt *ins = 0;
  if( argc > 4 ){
    char *zErr = 0;
    if( sqlite3_open(":memory:", &db) || sqlite3_enable_load_extension(db, 1)
        || sqlite3_load_extension(db, argv[4], 0, &zErr)
        || sqlite3_exec(db, "CREATE TABLE t(id INTEGER PRIMARY KEY, record TEXT)", 0, 0, 0)
        || sqlite3_prepare_v2(db, "INSERT INTO t VALUES (?1, ?2)", -1, &ins, 0) ){
      fprintf(stderr, "%s: %s\n", argv[4], zErr ? zErr : sqlite3_errmsg(db));
      return 1;
    }
    sqlite3_exec(db, "BEGIN", 0, 0, 0);
  }
  long long *truth_id = malloc(sizeof(long long) * (size_t)N);
  double t0 = now();
  s = kw_set_new();
  size_t bytes = 0;
  for( int i = 0; i < N; i++ ){
    int paper, variant;
    if( i < nunique ){ paper = i; variant = 0; }
    else{
      paper = (int)rnd((unsigned)nunique);
      variant = 1 + (int)rnd(3);
      if( g[paper].common ) variant = 1;
      if( variant == 2 && !g[paper].english ) variant = 1;
    }
    int n = record_json(&g[paper], variant, buf, 2048);
    bytes += (size_t)n;
    truth_id[i] = paper;
    if( kw_set_add_json(s, i + 1, buf, (size_t)n, err, sizeof err) ){ fprintf(stderr, "%s\n%s\n", err, buf); return 1; }
    if( ins ){
      double tin = now();
      sqlite3_bind_int(ins, 1, i + 1);
      sqlite3_bind_text(ins, 2, buf, n, SQLITE_TRANSIENT);
      if( sqlite3_step(ins) != SQLITE_DONE || sqlite3_reset(ins) ){ fprintf(stderr, "%s\n", sqlite3_errmsg(db)); return 1; }
      t0 += now() - tin;   /* the table's inserts are not the matcher's time */
    }
  }
  double t1 = now();
  if( kw_match(s, err, sizeof err) ){ fprintf(stderr, "%s\n", err); return 1; }
  double t2 = now();
  char *json;
  size_t len;
  if( kw_result_json(s, &json, &len) ){ fprintf(stderr, "out of memory\n"); return 1; }
  double t3 = now();
  long long *pw = malloc(sizeof(long long) * (size_t)N);
  long long works = 0;
  for( int i = 0; i < N; i++ ){ pw[i] = kw_work_of(s, i); works += pw[i] == i + 1; }
  score_clusters(pw, truth_id, N, &p, &r);
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  printf("generated: %d records (%d duplicates, %.1f MB of JSON), %lld works, %d merges\n", N, N - nunique,
         (double)bytes / 1e6, works, kw_merge_count(s));
  printf("  read %.2f s, match %.2f s, result JSON %.2f s (%.1f MB); total %.2f s; peak memory %.0f MB\n",
         t1 - t0, t2 - t1, t3 - t2, (double)len / 1e6, t3 - t0, (double)ru.ru_maxrss / 1024);
  printf("  pairwise precision %.4f  recall %.4f on the generated duplicates\n", p, r);
  free(json); free(pw); free(truth_id); free(buf); free(g);
  kw_set_free(s);
  if( db ){
    sqlite3_finalize(ins);
    sqlite3_exec(db, "COMMIT", 0, 0, 0);
    sqlite3_stmt *st;
    double q0 = now();
    if( sqlite3_prepare_v2(db, "SELECT length(works_match(id, record)) FROM t", -1, &st, 0) || sqlite3_step(st) != SQLITE_ROW ){
      fprintf(stderr, "%s\n", sqlite3_errmsg(db));
      return 1;
    }
    double q1 = now();
    printf("  through SQL: SELECT works_match(id, record) over the %d rows: %.2f s (%.1f MB of JSON)\n", N, q1 - q0,
           (double)sqlite3_column_int64(st, 0) / 1e6);
    sqlite3_finalize(st);
    sqlite3_close(db);
  }
  return 0;
}
