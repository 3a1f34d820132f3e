/*
** Blocking, the rules for a pair of records, and clustering (works.h).
**
** Blocking: each record gives keys (its DOI, its KCI and KoreaScience ids,
** the first 12 characters of its title key and its main-title key in each
** script); records that share a key are compared, within one year of each
** other for title keys. A common title gives only a key of itself with its
** volume, issue and first page.
**
** A pair is one work when (first that holds; precision first):
**   user      the user said same
**   doi       the same DOI
**   kci_id / koreascience_id   the same article id of the source
**   title_ko+year+author (title_foreign+...)
**             the same full title key in one script, not a common title,
**             years known and at most one apart, an author in common
**   title_ko+year+pages
**             the same full title key, the same year, no author to compare
**             on one side, the same first page and volume or issue
**   title_ko_main+year+author+pages
**             one title is the other's main title without its subtitle,
**             the same year, an author in common, the same first page
**   title_ko+year+author+pages+volume
**             a common title (서평, Editorial, too short): the same year,
**             author, volume, issue and first page (and journal when known)
** Two different DOIs or source ids rule out every rule but the user's; the
** title rules also need that nothing else contradicts them: years more than
** one apart (any two years for two reports or two theses), different kinds (a journal article and a conference paper are
** versions of each other, not one work), different volume, issue, first
** page, series number or issue number, or Korean titles that differ. The
** guards hold for whole clusters too: union-find refuses to join two
** clusters with different DOIs, source ids or kinds, a year span over one,
** Korean titles of two papers (an English-only twin cannot join two Korean
** papers that share a translated title), a report or thesis of two years, or a pair
** the user said is different.
*/
#include "works/works_internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CLASS_USER, CLASS_DOI, CLASS_SOURCE, CLASS_TITLE };

/* evidence parts */
#define EV_USER        0x0001
#define EV_DOI         0x0002
#define EV_KCI         0x0004
#define EV_KS          0x0008
#define EV_TITLE_KO    0x0010
#define EV_TITLE_KO_M  0x0020
#define EV_TITLE_FO    0x0040
#define EV_TITLE_FO_M  0x0080
#define EV_YEAR        0x0100
#define EV_AUTHOR      0x0200
#define EV_PAGES       0x0400
#define EV_VOLUME      0x0800
#define EV_COMMON      0x1000   /* internal: the same common title */

typedef struct edge { int a, b; int cls; unsigned ev; } edge;
typedef struct edges { edge *p; int n, cap; } edges;

/* versions by work ids, then the evidence that names the most */
static int cmp_version(const void *a, const void *b){
  const kw_merge *x = a, *y = b;
  if( x->a != y->a ) return x->a < y->a ? -1 : 1;
  if( x->b != y->b ) return x->b < y->b ? -1 : 1;
  size_t lx = strlen(x->evidence), ly = strlen(y->evidence);
  if( lx != ly ) return lx > ly ? -1 : 1;
  return strcmp(x->evidence, y->evidence);
}

static int edge_push(edges *e, int a, int b, int cls, unsigned ev){
  if( e->n == e->cap ){
    int cap = e->cap ? e->cap * 2 : 256;
    edge *np = realloc(e->p, sizeof(edge) * (size_t)cap);
    if( np == 0 ) return -1;
    e->p = np;
    e->cap = cap;
  }
  if( a > b ){ int t = a; a = b; b = t; }
  e->p[e->n++] = (edge){a, b, cls, ev};
  return 0;
}

static int same_text(const char *a, const char *b){ return a && b && strcmp(a, b) == 0; }
static int differ(const char *a, const char *b){ return a && b && strcmp(a, b) != 0; }

/* Numbers written differently ("04" and "4", "19" and "Vol. 19") compare
** by their digits when both have some. */
static int differ_num(const char *a, const char *b){
  if( !a || !b ) return 0;
  char da[32], db[32];
  size_t ka = 0, kb = 0;
  for( const char *p = a; *p && ka < 31; p++ ) if( *p >= '0' && *p <= '9' && !(ka == 0 && *p == '0') ) da[ka++] = *p;
  for( const char *p = b; *p && kb < 31; p++ ) if( *p >= '0' && *p <= '9' && !(kb == 0 && *p == '0') ) db[kb++] = *p;
  da[ka] = db[kb] = 0;
  if( ka && kb ) return strcmp(da, db) != 0;
  return strcmp(a, b) != 0;
}

static int cmp_namepair(const void *a, const void *b){
  const kw_namepair *x = a, *y = b;
  int c = strcmp(x->ko, y->ko);
  if( c == 0 ) c = strcmp(x->family, y->family);
  if( c == 0 ) c = strcmp(x->given, y->given);
  return c;
}

/* The name pairs the records give, sorted, once each. */
static int collect_pairs(kw_set *s){
  int n = 0;
  for( int i = 0; i < s->n; i++ ){
    for( int j = 0; j < s->rec[i].nauthors; j++ ){
      const kw_author *a = &s->rec[i].authors[j];
      n += a->ko_family && a->lat_family;
    }
  }
  if( n == 0 ) return 0;
  s->pairs = malloc(sizeof(kw_namepair) * (size_t)n);
  if( s->pairs == 0 ) return -1;
  char ko[128];
  for( int i = 0; i < s->n; i++ ){
    for( int j = 0; j < s->rec[i].nauthors; j++ ){
      const kw_author *a = &s->rec[i].authors[j];
      if( !a->ko_family || !a->lat_family ) continue;
      int k = snprintf(ko, sizeof ko, "%s%s", a->ko_family, a->ko_given);
      const char *copy = kw_strndup(&s->result, ko, (size_t)k);
      if( copy == 0 ) return -1;
      s->pairs[s->npairs++] = (kw_namepair){copy, a->lat_family, a->lat_given};
    }
  }
  qsort(s->pairs, (size_t)s->npairs, sizeof(kw_namepair), cmp_namepair);
  int w = 0;
  for( int i = 0; i < s->npairs; i++ ){
    if( w && cmp_namepair(&s->pairs[w-1], &s->pairs[i]) == 0 ) continue;
    s->pairs[w++] = s->pairs[i];
  }
  s->npairs = w;
  return 0;
}

/* 1 when some record gives the Hangul name of k with the romanized name of l. */
static int paired(const kw_set *s, const kw_author *k, const kw_author *l){
  if( s->npairs == 0 || !k->ko_family || k->lat_family || !l->lat_family || l->ko_family || !l->lat_given[0] ) return 0;
  char ko[128];
  snprintf(ko, sizeof ko, "%s%s", k->ko_family, k->ko_given);
  kw_namepair key = {ko, l->lat_family, l->lat_given};
  return bsearch(&key, s->pairs, (size_t)s->npairs, sizeof(kw_namepair), cmp_namepair) != 0;
}

/* Best author evidence between two records: 2, 1, or 0. */
static int authors_agree(const kw_set *s, const kw_record *x, const kw_record *y){
  int best = 0;
  for( int i = 0; i < x->nauthors; i++ ){
    for( int j = 0; j < y->nauthors; j++ ){
      const kw_author *a = &x->authors[i], *b = &y->authors[j];
      int c = kw_author_compare(a, b);
      if( c < 2 && (paired(s, a, b) || paired(s, b, a)) ) c = 2;
      if( c > best ) best = c;
      if( best == 2 ) return 2;
    }
  }
  return best;
}

/* Title evidence in one script: EV full / EV main, or 0; *conflict when
** both keys exist and are unrelated. */
static unsigned titles(const char *ka, const char *ma, int ca, const char *kb, const char *mb, int cb,
                       unsigned full, unsigned main, int *conflict){
  if( !ka || !kb ) return 0;
  if( strcmp(ka, kb) == 0 ) return ca || cb ? (full | EV_COMMON) : full;
  /* one title without subtitle is the other's main title */
  if( (!ma && mb && strcmp(ka, mb) == 0) || (!mb && ma && strcmp(kb, ma) == 0) ){
    const char *m = ma ? ma : mb;
    return kw_title_is_common(m) ? 0 : main;
  }
  *conflict = 1;
  return 0;
}

/* 1 when records of kinds a and b (0 unknown) are of one kind that is dated
** to the year: reports and theses. */
static int one_year_kind(int a, int b){
  if( a && b && a != b ) return 0;
  int k = a ? a : b;
  return k == KW_KIND_REPORT || k == KW_KIND_THESIS;
}

/* The rules for records i and j (see the top of the file): pushes an edge,
** or a version pair, or nothing. */
static int compare(const kw_set *s, int i, int j, edges *out, edges *versions){
  const kw_record *x = &s->rec[i], *y = &s->rec[j];
  if( x->doi && y->doi ){
    if( strcmp(x->doi, y->doi) == 0 ) return edge_push(out, i, j, CLASS_DOI, EV_DOI);
    return 0;
  }
  if( differ(x->kci_id, y->kci_id) || differ(x->ks_id, y->ks_id) ) return 0;
  if( same_text(x->kci_id, y->kci_id) ) return edge_push(out, i, j, CLASS_SOURCE, EV_KCI);
  if( same_text(x->ks_id, y->ks_id) ) return edge_push(out, i, j, CLASS_SOURCE, EV_KS);
  if( !x->year || !y->year ) return 0;
  int dy = x->year > y->year ? x->year - y->year : y->year - x->year;
  if( dy > 1 ) return 0;
  /* a report or a thesis has no online-first year before a print one: two of
  ** one kind a year apart are two works (a yearly report of one title) */
  if( dy && one_year_kind(x->kind, y->kind) ) return 0;
  if( differ_num(x->volume, y->volume) || differ_num(x->issue, y->issue) || differ_num(x->page_first, y->page_first)
      || differ_num(x->series_no, y->series_no) || differ_num(x->issue_no, y->issue_no) ) return 0;
  int conflict_ko = 0, conflict_fo = 0;
  unsigned tko = titles(x->key_ko, x->key_ko_main, x->common_ko, y->key_ko, y->key_ko_main, y->common_ko,
                        EV_TITLE_KO, EV_TITLE_KO_M, &conflict_ko);
  unsigned tfo = titles(x->key_foreign, x->key_foreign_main, x->common_foreign, y->key_foreign,
                        y->key_foreign_main, y->common_foreign, EV_TITLE_FO, EV_TITLE_FO_M, &conflict_fo);
  if( conflict_ko ) return 0;
  /* a title both records share that many papers have (서평, Editorial)
  ** counts only when the other script gives no title evidence, and then only
  ** at the same place of one issue, by the same author */
  unsigned common = (tko & EV_COMMON) ? tko : (tfo & EV_COMMON) ? tfo : 0;
  if( tko & EV_COMMON ) tko = 0;
  if( tfo & EV_COMMON ) tfo = 0;
  if( !tko && !tfo ){
    if( !common || dy || !x->page_first || !y->page_first || !x->volume || !y->volume || !x->issue || !y->issue ) return 0;
    if( differ(x->journal, y->journal) || authors_agree(s, x, y) < 1 ) return 0;
    if( x->kind && y->kind && x->kind != y->kind ) return 0;
    return edge_push(out, i, j, CLASS_TITLE, (common & ~EV_COMMON) | EV_YEAR | EV_AUTHOR | EV_PAGES | EV_VOLUME);
  }
  /* a full title in either script is enough (translations of the foreign
  ** title vary); a main-title match must not meet differing foreign titles */
  unsigned title = (tko & EV_TITLE_KO) ? tko : (tfo & EV_TITLE_FO) ? tfo : tko ? tko : tfo;
  int full = (title & (EV_TITLE_KO | EV_TITLE_FO)) != 0;
  if( !full && conflict_fo ) return 0;
  int au = authors_agree(s, x, y);
  int pages = x->page_first && y->page_first && !differ_num(x->page_first, y->page_first);
  int volume = x->volume && y->volume && (!differ_num(x->volume, y->volume) || (x->issue && y->issue && !differ_num(x->issue, y->issue)));
  unsigned ev = 0;
  if( full && au >= 1 ){
    ev = title | EV_YEAR | EV_AUTHOR | (pages ? EV_PAGES : 0);
  }else if( full && dy == 0 && (x->nauthors == 0 || y->nauthors == 0) && pages && volume ){
    ev = title | EV_YEAR | EV_PAGES;
  }else if( !full && dy == 0 && au >= 1 && pages ){
    ev = title | EV_YEAR | EV_AUTHOR | EV_PAGES;
  }
  if( !ev ) return 0;
  if( x->kind && y->kind && x->kind != y->kind ){
    return (ev & EV_AUTHOR) && full ? edge_push(versions, i, j, CLASS_TITLE, ev) : 0;
  }
  return edge_push(out, i, j, CLASS_TITLE, ev);
}

/* ---- blocking --------------------------------------------------------------- */

enum { KEY_EXACT, KEY_TITLE };
typedef struct bkey { uint64_t h; int year; int idx; int kind; } bkey;

static uint64_t hash_key(char tag, const char *s, size_t limit_cp){
  uint64_t h = 1469598103934665603ull;
  h ^= (unsigned char)tag; h *= 1099511628211ull;
  size_t cp = 0;
  for( const unsigned char *p = (const unsigned char *)s; *p; p++ ){
    if( (*p & 0xC0) != 0x80 && cp++ == limit_cp ) break;
    h ^= *p; h *= 1099511628211ull;
  }
  return h;
}

static int cmp_bkey(const void *a, const void *b){
  const bkey *x = a, *y = b;
  if( x->h != y->h ) return x->h < y->h ? -1 : 1;
  if( x->year != y->year ) return x->year < y->year ? -1 : 1;
  return x->idx - y->idx;
}

static int cmp_edge(const void *a, const void *b){
  const edge *x = a, *y = b;
  if( x->cls != y->cls ) return x->cls - y->cls;
  if( x->a != y->a ) return x->a - y->a;
  if( x->b != y->b ) return x->b - y->b;
  return x->ev < y->ev ? -1 : x->ev > y->ev;
}

#define PREFIX_CP 12
#define MAX_BLOCK_PAIRS 200000   /* comparisons in one block at most */

static int block_keys(const kw_set *s, bkey **out, size_t *nout){
  size_t cap = (size_t)s->n * 8 + 1, n = 0;
  bkey *k = malloc(sizeof(bkey) * cap);
  if( k == 0 ) return -1;
  for( int i = 0; i < s->n; i++ ){
    const kw_record *r = &s->rec[i];
    if( r->doi ) k[n++] = (bkey){hash_key('d', r->doi, (size_t)-1), 0, i, KEY_EXACT};
    if( r->kci_id ) k[n++] = (bkey){hash_key('k', r->kci_id, (size_t)-1), 0, i, KEY_EXACT};
    if( r->ks_id ) k[n++] = (bkey){hash_key('s', r->ks_id, (size_t)-1), 0, i, KEY_EXACT};
    if( !r->year ) continue;
    if( r->key_ko && !r->common_ko ){
      k[n++] = (bkey){hash_key('t', r->key_ko, PREFIX_CP), r->year, i, KEY_TITLE};
      const char *m = r->key_ko_main ? r->key_ko_main : r->key_ko;
      k[n++] = (bkey){hash_key('m', m, (size_t)-1), r->year, i, KEY_TITLE};
    }
    /* a common title blocks with the place it has in an issue */
    if( ((r->key_ko && r->common_ko) || (r->key_foreign && r->common_foreign)) && r->volume && r->issue && r->page_first ){
      uint64_t h = hash_key('c', r->common_ko ? r->key_ko : r->key_foreign, (size_t)-1);
      h ^= hash_key('v', r->volume, (size_t)-1) * 31 ^ hash_key('i', r->issue, (size_t)-1) * 17 ^ hash_key('p', r->page_first, (size_t)-1);
      k[n++] = (bkey){h, r->year, i, KEY_TITLE};
    }
    if( r->key_foreign && !r->common_foreign ){
      k[n++] = (bkey){hash_key('T', r->key_foreign, PREFIX_CP), r->year, i, KEY_TITLE};
      const char *m = r->key_foreign_main ? r->key_foreign_main : r->key_foreign;
      k[n++] = (bkey){hash_key('M', m, (size_t)-1), r->year, i, KEY_TITLE};
    }
  }
  qsort(k, n, sizeof(bkey), cmp_bkey);
  *out = k;
  *nout = n;
  return 0;
}

static int candidates(const kw_set *s, edges *out, edges *versions){
  bkey *k;
  size_t n;
  if( block_keys(s, &k, &n) ) return -1;
  int rc = 0;
  for( size_t b = 0; b < n && rc == 0; ){
    size_t e = b + 1;
    while( e < n && k[e].h == k[b].h ) e++;
    long budget = MAX_BLOCK_PAIRS;
    for( size_t i = b; i < e && rc == 0 && budget > 0; i++ ){
      for( size_t j = i + 1; j < e && rc == 0 && budget > 0; j++ ){
        if( k[i].kind == KEY_TITLE && k[j].year - k[i].year > 1 ) break;
        if( k[i].idx == k[j].idx ) continue;
        budget--;
        rc = compare(s, k[i].idx, k[j].idx, out, versions);
      }
    }
    b = e;
  }
  free(k);
  return rc;
}

/* ---- clustering ---------------------------------------------------------------- */

typedef struct croot {
  const char *doi, *kci, *ks;
  const char *ko, *ko_main;     /* the Korean title keys of the cluster's first record that has one */
  int ymin, ymax;
  int kind;
} croot;

/* 1 when two Korean title keys (with their main-title keys) are of two
** papers: neither equal nor one the other's main title (as compare()). */
static int ko_conflict(const char *ka, const char *ma, const char *kb, const char *mb){
  if( !ka || !kb || strcmp(ka, kb) == 0 ) return 0;
  if( !ma && mb && strcmp(ka, mb) == 0 ) return 0;
  if( !mb && ma && strcmp(kb, ma) == 0 ) return 0;
  return 1;
}

static int find(int *p, int x){
  while( p[x] != x ){ p[x] = p[p[x]]; x = p[x]; }
  return x;
}

typedef struct byid { int64_t id; int idx; } byid;

/* The index of the record with id, or -1 (order sorted by id). */
static int index_of(const byid *order, int n, int64_t id){
  int lo = 0, hi = n - 1;
  while( lo <= hi ){
    int mid = (lo + hi) / 2;
    if( order[mid].id == id ) return order[mid].idx;
    if( order[mid].id < id ) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}

static int cmp_by_id(const void *a, const void *b){
  const byid *x = a, *y = b;
  return x->id < y->id ? -1 : x->id > y->id;
}

/* 1 when joining roots ra and rb breaks a guard. */
static int guarded(const croot *c, int ra, int rb, int user){
  const croot *x = &c[ra], *y = &c[rb];
  if( user ) return 0;
  if( differ(x->doi, y->doi) || differ(x->kci, y->kci) || differ(x->ks, y->ks) ) return 1;
  if( x->kind && y->kind && x->kind != y->kind ) return 1;
  if( ko_conflict(x->ko, x->ko_main, y->ko, y->ko_main) ) return 1;
  if( x->ymin && y->ymin ){
    int lo = x->ymin < y->ymin ? x->ymin : y->ymin, hi = x->ymax > y->ymax ? x->ymax : y->ymax;
    if( hi - lo > (one_year_kind(x->kind, y->kind) ? 0 : 1) ) return 1;
  }
  return 0;
}

static void join(croot *c, int *p, int ra, int rb){
  croot *x = &c[ra], *y = &c[rb];
  if( !x->doi ) x->doi = y->doi;
  if( !x->kci ) x->kci = y->kci;
  if( !x->ks ) x->ks = y->ks;
  if( !x->kind ) x->kind = y->kind;
  if( !x->ko ){ x->ko = y->ko; x->ko_main = y->ko_main; }
  if( y->ymin ){
    if( !x->ymin || y->ymin < x->ymin ) x->ymin = y->ymin;
    if( y->ymax > x->ymax ) x->ymax = y->ymax;
  }
  p[rb] = ra;
}

static const char *evidence_text(kw_arena *a, unsigned ev){
  static const struct { unsigned bit; const char *name; } parts[] = {
    {EV_USER, "user"}, {EV_DOI, "doi"}, {EV_KCI, "kci_id"}, {EV_KS, "koreascience_id"},
    {EV_TITLE_KO, "title_ko"}, {EV_TITLE_KO_M, "title_ko_main"}, {EV_TITLE_FO, "title_foreign"},
    {EV_TITLE_FO_M, "title_foreign_main"}, {EV_YEAR, "year"}, {EV_AUTHOR, "author"}, {EV_PAGES, "pages"},
    {EV_VOLUME, "volume"},
  };
  char buf[160];
  size_t k = 0;
  for( size_t i = 0; i < sizeof parts / sizeof parts[0]; i++ ){
    if( !(ev & parts[i].bit) ) continue;
    size_t len = strlen(parts[i].name);
    if( k ) buf[k++] = '+';
    memcpy(buf + k, parts[i].name, len);
    k += len;
  }
  return kw_strndup(a, buf, k);
}

static void clear_result(kw_set *s){
  free(s->parent); s->parent = 0;
  free(s->work); s->work = 0;
  free(s->merges); s->merges = 0; s->nmerges = 0;
  free(s->versions); s->versions = 0; s->nversions = 0;
  free(s->pairs); s->pairs = 0; s->npairs = 0;
  kw_arena_free(&s->result);
  s->matched = 0;
}

void kw_set_free(kw_set *s){
  if( s == 0 ) return;
  clear_result(s);
  kw_arena_free(&s->arena);
  free(s->rec);
  free(s->dec);
  free(s);
}

kw_set *kw_set_new(void){
  return calloc(1, sizeof(kw_set));
}

int kw_set_count(const kw_set *s){ return s->n; }

int kw_set_decide(kw_set *s, int64_t a, int64_t b, int same, char *err, size_t errlen){
  if( a > b ){ int64_t t = a; a = b; b = t; }
  for( int i = 0; i < s->ndec; i++ ){
    if( s->dec[i].a == a && s->dec[i].b == b ){
      if( s->dec[i].same == same ) return 0;
      snprintf(err, errlen, "records %lld and %lld are decided both same and different", (long long)a, (long long)b);
      return 1;
    }
  }
  if( s->ndec == s->capdec ){
    int cap = s->capdec ? s->capdec * 2 : 16;
    kw_decision *nd = realloc(s->dec, sizeof(kw_decision) * (size_t)cap);
    if( nd == 0 ) return -1;
    s->dec = nd;
    s->capdec = cap;
  }
  s->dec[s->ndec++] = (kw_decision){a, b, same ? 1 : 0};
  s->matched = 0;
  return 0;
}

int kw_match(kw_set *s, char *err, size_t errlen){
  clear_result(s);
  int n = s->n, rc = -1;
  byid *order = malloc(sizeof(byid) * (size_t)(n ? n : 1));
  croot *c = malloc(sizeof(croot) * (size_t)(n ? n : 1));
  s->parent = malloc(sizeof(int) * (size_t)(n ? n : 1));
  s->work = malloc(sizeof(int64_t) * (size_t)(n ? n : 1));
  edges e = {0}, v = {0};
  int *diff = 0, ndiff = 0;
  if( !order || !c || !s->parent || !s->work ) goto done;
  for( int i = 0; i < n; i++ ){
    order[i] = (byid){s->rec[i].id, i};
    s->parent[i] = i;
    const kw_record *r = &s->rec[i];
    c[i] = (croot){r->doi, r->kci_id, r->ks_id, r->key_ko, r->key_ko_main, r->year, r->year, r->kind};
  }
  qsort(order, (size_t)n, sizeof(byid), cmp_by_id);
  for( int i = 1; i < n; i++ ){
    if( order[i].id == order[i-1].id ){
      snprintf(err, errlen, "record %lld is given twice", (long long)order[i].id);
      rc = 1;
      goto done;
    }
  }
  /* the user's decisions: same ones are edges, different ones guards */
  diff = malloc(sizeof(int) * 2 * (size_t)(s->ndec ? s->ndec : 1));
  if( diff == 0 ) goto done;
  for( int d = 0; d < s->ndec; d++ ){
    int a = index_of(order, n, s->dec[d].a), b = index_of(order, n, s->dec[d].b);
    if( a < 0 || b < 0 || a == b ) continue;
    if( s->dec[d].same ){
      if( edge_push(&e, a, b, CLASS_USER, EV_USER) ) goto done;
    }else{
      diff[2 * ndiff] = a;
      diff[2 * ndiff + 1] = b;
      ndiff++;
    }
  }
  if( collect_pairs(s) || candidates(s, &e, &v) ) goto done;
  if( e.n ) qsort(e.p, (size_t)e.n, sizeof(edge), cmp_edge);
  for( int k = 0; k < e.n; k++ ){
    int ra = find(s->parent, e.p[k].a), rb = find(s->parent, e.p[k].b);
    if( ra == rb ) continue;
    if( guarded(c, ra, rb, e.p[k].cls == CLASS_USER) ) continue;
    int blocked = 0;
    for( int d = 0; d < ndiff && !blocked; d++ ){
      int da = find(s->parent, diff[2 * d]), db = find(s->parent, diff[2 * d + 1]);
      blocked = (da == ra && db == rb) || (da == rb && db == ra);
    }
    if( blocked ) continue;
    if( ra > rb ){ int t = ra; ra = rb; rb = t; }
    join(c, s->parent, ra, rb);
    if( s->nmerges % 256 == 0 ){
      kw_merge *nm = realloc(s->merges, sizeof(kw_merge) * (size_t)(s->nmerges + 256));
      if( nm == 0 ) goto done;
      s->merges = nm;
    }
    const char *ev = evidence_text(&s->result, e.p[k].ev);
    if( ev == 0 ) goto done;
    s->merges[s->nmerges++] = (kw_merge){e.p[k].a, s->rec[e.p[k].a].id, s->rec[e.p[k].b].id, ev};
  }
  /* work ids: the smallest record id of each cluster */
  for( int i = 0; i < n; i++ ) s->work[i] = INT64_MAX;
  for( int i = 0; i < n; i++ ){
    int r = find(s->parent, i);
    if( s->rec[i].id < s->work[r] ) s->work[r] = s->rec[i].id;
  }
  for( int i = 0; i < n; i++ ){
    int r = find(s->parent, i);
    s->parent[i] = r;
    s->work[i] = s->work[r];
  }
  for( int k = 0; k < s->nmerges; k++ ) s->merges[k].work = s->work[s->merges[k].work];  /* index -> id */
  /* versions: pairs of different works, once */
  for( int k = 0; k < v.n; k++ ){
    int64_t wa = s->work[v.p[k].a], wb = s->work[v.p[k].b];
    if( wa == wb ) continue;
    if( (s->nversions & 63) == 0 ){
      kw_merge *nv = realloc(s->versions, sizeof(kw_merge) * (size_t)(s->nversions + 64));
      if( nv == 0 ) goto done;
      s->versions = nv;
    }
    const char *ev = evidence_text(&s->result, v.p[k].ev);
    if( ev == 0 ) goto done;
    if( wa > wb ){ int64_t t = wa; wa = wb; wb = t; }
    s->versions[s->nversions++] = (kw_merge){wa, wa, wb, ev};
  }
  if( s->nversions ){
    qsort(s->versions, (size_t)s->nversions, sizeof(kw_merge), cmp_version);
    int w = 0;
    for( int k = 0; k < s->nversions; k++ ){
      if( w && s->versions[w-1].a == s->versions[k].a && s->versions[w-1].b == s->versions[k].b ) continue;
      s->versions[w++] = s->versions[k];
    }
    s->nversions = w;
  }
  s->matched = 1;
  rc = 0;
done:
  free(order);
  free(c);
  free(diff);
  free(e.p);
  free(v.p);
  if( rc ) clear_result(s);
  return rc;
}

int64_t kw_work_of(const kw_set *s, int i){ return s->matched ? s->work[i] : s->rec[i].id; }
int kw_merge_count(const kw_set *s){ return s->nmerges; }
const kw_merge *kw_merge_at(const kw_set *s, int i){ return &s->merges[i]; }
int kw_version_count(const kw_set *s){ return s->nversions; }
const kw_merge *kw_version_at(const kw_set *s, int i){ return &s->versions[i]; }
