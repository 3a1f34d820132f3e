/*
** The best value of each field of a work, and the matcher's result as JSON
** (works.h, kw_result_json).
**
** A work's records are ranked by how complete they are (fields known, then
** authors), then by id. Each field comes from one record, named in the
** result: titles and abstracts from the record with the longest one (a
** title with its subtitle beats one without), type, year, DOI, journal,
** volume, issue, first page and URL from the first ranked record that has
** them, the author list from the record with the most authors (then the most
** affiliations, then the most names in both scripts). Keywords are the union
** of the records' keywords (one of each normalised key), with the records
** that gave them.
*/
#include "works/works_internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct buf { char *p; size_t n, cap; int oom; } buf;

static void put(buf *b, const char *s, size_t n){
  if( b->oom ) return;
  if( b->n + n + 1 > b->cap ){
    size_t cap = b->cap ? b->cap : 4096;
    while( cap < b->n + n + 1 ) cap *= 2;
    char *np = realloc(b->p, cap);
    if( np == 0 ){ b->oom = 1; return; }
    b->p = np;
    b->cap = cap;
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = 0;
}
static void puts_(buf *b, const char *s){ put(b, s, strlen(s)); }
static void put_int(buf *b, long long v){
  char t[32];
  put(b, t, (size_t)snprintf(t, sizeof t, "%lld", v));
}
static void put_str(buf *b, const char *s){
  static const char hex[] = "0123456789abcdef";
  put(b, "\"", 1);
  const char *run = s;
  for( const char *p = s; ; p++ ){
    unsigned char c = (unsigned char)*p;
    if( c && c >= 0x20 && c != '"' && c != '\\' ) continue;
    put(b, run, (size_t)(p - run));
    if( c == 0 ) break;
    if( c == '"' ) put(b, "\\\"", 2);
    else if( c == '\\' ) put(b, "\\\\", 2);
    else if( c == '\n' ) put(b, "\\n", 2);
    else if( c == '\t' ) put(b, "\\t", 2);
    else{
      char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
      put(b, u, 6);
    }
    run = p + 1;
  }
  put(b, "\"", 1);
}
/* "key": */
static void put_key(buf *b, const char *k){ put_str(b, k); put(b, ":", 1); }

/* ---- ranking ---------------------------------------------------------------- */

static int completeness(const kw_record *r){
  const char *f[] = { r->type, r->title_ko, r->title_foreign, r->doi, r->journal, r->volume, r->issue,
                      r->page_first, r->abstract_ko, r->abstract_foreign, r->url };
  int k = r->year ? 1 : 0;
  for( size_t i = 0; i < sizeof f / sizeof f[0]; i++ ) k += f[i] != 0;
  return k;
}

typedef struct member { int64_t work, id; int idx, score; } member;

static int cmp_member(const void *a, const void *b){
  const member *x = a, *y = b;
  if( x->work != y->work ) return x->work < y->work ? -1 : 1;
  if( x->score != y->score ) return y->score - x->score;
  return x->id < y->id ? -1 : x->id > y->id;
}

typedef const char *(*field_fn)(const kw_record *);
#define FIELD(name) static const char *f_##name(const kw_record *r){ return r->name; }
FIELD(type) FIELD(title_ko) FIELD(title_foreign) FIELD(doi) FIELD(journal) FIELD(journal_ko)
FIELD(journal_foreign) FIELD(volume) FIELD(issue) FIELD(page_first) FIELD(url) FIELD(abstract_ko)
FIELD(abstract_foreign)

static void put_field(buf *b, const char *name, const char *value, int64_t id){
  put(b, ",", 1);
  put_key(b, name);
  puts_(b, "{\"value\":");
  put_str(b, value);
  puts_(b, ",\"record_id\":");
  put_int(b, id);
  put(b, "}", 1);
}

/* The first ranked record with the field (longest: the longest value). */
static void best_text(buf *b, const kw_set *s, const member *m, int k, const char *name, field_fn f, int longest){
  int best = -1;
  size_t len = 0;
  for( int i = 0; i < k; i++ ){
    const char *v = f(&s->rec[m[i].idx]);
    if( !v ) continue;
    size_t l = strlen(v);
    if( best < 0 || (longest && l > len) ){ best = i; len = l; }
  }
  if( best >= 0 ) put_field(b, name, f(&s->rec[m[best].idx]), m[best].id);
}

static void put_author(buf *b, const kw_author *a){
  const struct { const char *k, *v; } f[] = {
    {"name", a->name}, {"family", a->family}, {"given", a->given}, {"name_ko", a->name_ko},
    {"name_latin", a->name_latin}, {"affiliation", a->affiliation},
  };
  put(b, "{", 1);
  int first = 1;
  for( size_t i = 0; i < sizeof f / sizeof f[0]; i++ ){
    if( !f[i].v ) continue;
    if( !first ) put(b, ",", 1);
    put_key(b, f[i].k);
    put_str(b, f[i].v);
    first = 0;
  }
  put(b, "}", 1);
}

static void best_authors(buf *b, const kw_set *s, const member *m, int k){
  int best = -1, bn = 0, baff = 0, both = 0;
  for( int i = 0; i < k; i++ ){
    const kw_record *r = &s->rec[m[i].idx];
    if( r->nauthors == 0 ) continue;
    int aff = 0, two = 0;
    for( int j = 0; j < r->nauthors; j++ ){
      aff += r->authors[j].affiliation != 0;
      two += r->authors[j].ko_family && r->authors[j].lat_family;
    }
    if( best < 0 || r->nauthors > bn || (r->nauthors == bn && (aff > baff || (aff == baff && two > both))) ){
      best = i; bn = r->nauthors; baff = aff; both = two;
    }
  }
  if( best < 0 ) return;
  const kw_record *r = &s->rec[m[best].idx];
  puts_(b, ",\"authors\":{\"value\":[");
  for( int j = 0; j < r->nauthors; j++ ){
    if( j ) put(b, ",", 1);
    put_author(b, &r->authors[j]);
  }
  puts_(b, "],\"record_id\":");
  put_int(b, m[best].id);
  put(b, "}", 1);
}

/* The union of keywords, one per normalised key. Returns -1 when out of memory. */
static int union_keywords(buf *b, const kw_set *s, const member *m, int k){
  int total = 0;
  for( int i = 0; i < k; i++ ) total += s->rec[m[i].idx].nkeywords;
  if( total == 0 ) return 0;
  char **keys = calloc((size_t)total, sizeof(char *));
  int64_t *from = malloc(sizeof(int64_t) * (size_t)k);
  if( !keys || !from ){ free(keys); free(from); return -1; }
  int nk = 0, nfrom = 0, rc = 0;
  puts_(b, ",\"keywords\":{\"value\":[");
  for( int i = 0; i < k && rc == 0; i++ ){
    const kw_record *r = &s->rec[m[i].idx];
    int gave = 0;
    for( int j = 0; j < r->nkeywords; j++ ){
      char *key;
      if( kw_title_key(r->keywords[j], strlen(r->keywords[j]), &key, 0) ){ rc = -1; break; }
      if( key == 0 ) continue;
      int seen = 0;
      for( int q = 0; q < nk && !seen; q++ ) seen = strcmp(keys[q], key) == 0;
      if( seen ){ free(key); continue; }
      keys[nk++] = key;
      if( nk > 1 ) put(b, ",", 1);
      put_str(b, r->keywords[j]);
      gave = 1;
    }
    if( gave ) from[nfrom++] = m[i].id;
  }
  puts_(b, "],\"record_ids\":[");
  for( int i = 0; i < nfrom; i++ ){
    if( i ) put(b, ",", 1);
    put_int(b, from[i]);
  }
  puts_(b, "]}");
  for( int q = 0; q < nk; q++ ) free(keys[q]);
  free(keys);
  free(from);
  return rc;
}

static int put_work(buf *b, const kw_set *s, const member *m, int k){
  puts_(b, "{\"work_id\":");
  put_int(b, m[0].work);
  puts_(b, ",\"record_count\":");
  put_int(b, k);
  puts_(b, ",\"records\":[");
  /* ids in ascending order: the members are ranked, so sort a copy */
  int64_t small[64], *ids = k <= 64 ? small : malloc(sizeof(int64_t) * (size_t)k);
  if( ids == 0 ) return -1;
  for( int i = 0; i < k; i++ ){
    int64_t v = m[i].id;
    int j = i;
    while( j > 0 && ids[j-1] > v ){ ids[j] = ids[j-1]; j--; }
    ids[j] = v;
  }
  for( int i = 0; i < k; i++ ){
    if( i ) put(b, ",", 1);
    put_int(b, ids[i]);
  }
  if( ids != small ) free(ids);
  put(b, "]", 1);
  best_text(b, s, m, k, "type", f_type, 0);
  best_text(b, s, m, k, "title_ko", f_title_ko, 1);
  best_text(b, s, m, k, "title_foreign", f_title_foreign, 1);
  for( int i = 0; i < k; i++ ){
    const kw_record *r = &s->rec[m[i].idx];
    if( !r->year ) continue;
    puts_(b, ",\"year\":{\"value\":");
    put_int(b, r->year);
    puts_(b, ",\"record_id\":");
    put_int(b, m[i].id);
    put(b, "}", 1);
    break;
  }
  best_text(b, s, m, k, "doi", f_doi, 0);
  best_text(b, s, m, k, "journal", f_journal, 0);
  best_text(b, s, m, k, "journal_ko", f_journal_ko, 0);
  best_text(b, s, m, k, "journal_foreign", f_journal_foreign, 0);
  best_text(b, s, m, k, "volume", f_volume, 0);
  best_text(b, s, m, k, "issue", f_issue, 0);
  best_text(b, s, m, k, "page_first", f_page_first, 0);
  best_text(b, s, m, k, "url", f_url, 0);
  best_text(b, s, m, k, "abstract_ko", f_abstract_ko, 1);
  best_text(b, s, m, k, "abstract_foreign", f_abstract_foreign, 1);
  if( union_keywords(b, s, m, k) ) return -1;
  best_authors(b, s, m, k);
  put(b, "}", 1);
  return 0;
}

int kw_result_json(const kw_set *s, char **out, size_t *len){
  *out = 0;
  *len = 0;
  buf b = {0};
  member *m = malloc(sizeof(member) * (size_t)(s->n ? s->n : 1));
  if( m == 0 ) return -1;
  puts_(&b, "{\"records\":[");
  for( int i = 0; i < s->n; i++ ){
    if( i ) put(&b, ",", 1);
    puts_(&b, "{\"record_id\":");
    put_int(&b, s->rec[i].id);
    puts_(&b, ",\"work_id\":");
    put_int(&b, kw_work_of(s, i));
    put(&b, "}", 1);
    m[i] = (member){kw_work_of(s, i), s->rec[i].id, i, completeness(&s->rec[i]) * 1000 + s->rec[i].nauthors};
  }
  puts_(&b, "],\"merges\":[");
  for( int i = 0; i < s->nmerges; i++ ){
    const kw_merge *g = &s->merges[i];
    if( i ) put(&b, ",", 1);
    puts_(&b, "{\"work_id\":");
    put_int(&b, g->work);
    puts_(&b, ",\"record_a\":");
    put_int(&b, g->a);
    puts_(&b, ",\"record_b\":");
    put_int(&b, g->b);
    puts_(&b, ",\"evidence\":");
    put_str(&b, g->evidence);
    put(&b, "}", 1);
  }
  puts_(&b, "],\"versions\":[");
  for( int i = 0; i < s->nversions; i++ ){
    const kw_merge *g = &s->versions[i];
    if( i ) put(&b, ",", 1);
    puts_(&b, "{\"work_id\":");
    put_int(&b, g->a);
    puts_(&b, ",\"version_of\":");
    put_int(&b, g->b);
    puts_(&b, ",\"evidence\":");
    put_str(&b, g->evidence);
    put(&b, "}", 1);
  }
  puts_(&b, "],\"works\":[");
  qsort(m, (size_t)s->n, sizeof(member), cmp_member);
  int rc = 0;
  for( int i = 0; i < s->n && rc == 0; ){
    int j = i + 1;
    while( j < s->n && m[j].work == m[i].work ) j++;
    if( i ) put(&b, ",", 1);
    rc = put_work(&b, s, m + i, j - i);
    i = j;
  }
  puts_(&b, "]}");
  free(m);
  if( rc || b.oom ){
    free(b.p);
    return -1;
  }
  *out = b.p;
  *len = b.n;
  return 0;
}
