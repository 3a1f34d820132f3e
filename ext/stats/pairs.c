/*
** Co-occurrence counts (pairs.h).
*/
#include "stats/pairs.h"
#include <stdlib.h>
#include <string.h>

typedef struct kp_row { int64_t group; uint32_t item; } kp_row;

struct kp_counter {
  char **name;            /* item id -> its text (NUL-ended) */
  size_t *name_len;
  uint32_t n_item, cap_item;
  uint32_t *slot;         /* open-addressing table of item ids + 1 (0: empty) */
  uint32_t n_slot;        /* a power of two, at least twice n_item */
  kp_row *row;
  size_t n_row, cap_row;
};

static uint64_t kp_hash(const char *s, size_t n){
  uint64_t h = 1469598103934665603ULL;          /* FNV-1a */
  for( size_t i = 0; i < n; i++ ){ h ^= (unsigned char)s[i]; h *= 1099511628211ULL; }
  return h;
}

kp_counter *kp_new(void){
  kp_counter *c = calloc(1, sizeof *c);
  if( !c ) return NULL;
  c->n_slot = 64;
  c->slot = calloc(c->n_slot, sizeof *c->slot);
  if( !c->slot ){ free(c); return NULL; }
  return c;
}

void kp_free(kp_counter *c){
  if( !c ) return;
  for( uint32_t i = 0; i < c->n_item; i++ ) free(c->name[i]);
  free(c->name);
  free(c->name_len);
  free(c->slot);
  free(c->row);
  free(c);
}

static int kp_grow_slots(kp_counter *c){
  uint32_t n = c->n_slot * 2;
  uint32_t *s = calloc(n, sizeof *s);
  if( !s ) return -1;
  for( uint32_t i = 0; i < c->n_item; i++ ){
    uint32_t h = (uint32_t)kp_hash(c->name[i], c->name_len[i]) & (n - 1);
    while( s[h] ) h = (h + 1) & (n - 1);
    s[h] = i + 1;
  }
  free(c->slot);
  c->slot = s;
  c->n_slot = n;
  return 0;
}

/* The id of item[0..n), interned on first sight; -1 when out of memory. */
static int64_t kp_intern(kp_counter *c, const char *item, size_t n){
  uint32_t h = (uint32_t)kp_hash(item, n) & (c->n_slot - 1);
  while( c->slot[h] ){
    uint32_t id = c->slot[h] - 1;
    if( c->name_len[id] == n && memcmp(c->name[id], item, n) == 0 ) return id;
    h = (h + 1) & (c->n_slot - 1);
  }
  if( c->n_item == UINT32_MAX / 4 ) return -1;
  if( c->n_item == c->cap_item ){
    uint32_t cap = c->cap_item ? c->cap_item * 2 : 16;
    char **nm = realloc(c->name, cap * sizeof *nm);
    if( !nm ) return -1;
    c->name = nm;
    size_t *nl = realloc(c->name_len, cap * sizeof *nl);
    if( !nl ) return -1;
    c->name_len = nl;
    c->cap_item = cap;
  }
  char *s = malloc(n + 1);
  if( !s ) return -1;
  if( n ) memcpy(s, item, n);
  s[n] = 0;
  uint32_t id = c->n_item++;
  c->name[id] = s;
  c->name_len[id] = n;
  c->slot[h] = id + 1;
  if( c->n_item * 2 > c->n_slot && kp_grow_slots(c) != 0 ) return -1;
  return id;
}

int kp_add(kp_counter *c, int64_t group, const char *item, size_t n){
  int64_t id = kp_intern(c, item, n);
  if( id < 0 ) return -1;
  if( c->n_row == c->cap_row ){
    size_t cap = c->cap_row ? c->cap_row * 2 : 1024;
    kp_row *r = realloc(c->row, cap * sizeof *r);
    if( !r ) return -1;
    c->row = r;
    c->cap_row = cap;
  }
  c->row[c->n_row].group = group;
  c->row[c->n_row].item = (uint32_t)id;
  c->n_row++;
  return 0;
}

static int kp_row_cmp(const void *x, const void *y){
  const kp_row *a = x, *b = y;
  if( a->group != b->group ) return a->group < b->group ? -1 : 1;
  return a->item < b->item ? -1 : a->item > b->item;
}

/* The table of pair counts: key (a << 32 | b) + 1, 0 for an empty slot. */
typedef struct kp_table { uint64_t *key; int64_t *n; size_t n_slot, used; } kp_table;

static int kp_table_add(kp_table *t, uint64_t key){
  if( (t->used + 1) * 2 > t->n_slot ){
    size_t n = t->n_slot ? t->n_slot * 2 : 1024;
    uint64_t *k = calloc(n, sizeof *k);
    int64_t *v = calloc(n, sizeof *v);
    if( !k || !v ){ free(k); free(v); return -1; }
    for( size_t i = 0; i < t->n_slot; i++ ){
      if( !t->key[i] ) continue;
      size_t h = (size_t)((t->key[i] * 0x9E3779B97F4A7C15ULL) >> 17) & (n - 1);
      while( k[h] ) h = (h + 1) & (n - 1);
      k[h] = t->key[i];
      v[h] = t->n[i];
    }
    free(t->key);
    free(t->n);
    t->key = k;
    t->n = v;
    t->n_slot = n;
  }
  key += 1;
  size_t h = (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 17) & (t->n_slot - 1);
  while( t->key[h] && t->key[h] != key ) h = (h + 1) & (t->n_slot - 1);
  if( !t->key[h] ){ t->key[h] = key; t->used++; }
  t->n[h]++;
  return 0;
}

static int kp_pair_cmp(const void *x, const void *y){
  const kp_pair *a = x, *b = y;
  if( a->n != b->n ) return a->n > b->n ? -1 : 1;
  int k = strcmp(a->a, b->a);
  return k ? k : strcmp(a->b, b->b);
}

int kp_count(kp_counter *c, int64_t min_count, kp_pair **out, size_t *n_out){
  *out = NULL;
  *n_out = 0;
  if( c->n_row > 1 ) qsort(c->row, c->n_row, sizeof *c->row, kp_row_cmp);
  kp_table t = { NULL, NULL, 0, 0 };
  int rc = 0;
  for( size_t i = 0; i < c->n_row && rc == 0; ){
    size_t j = i;
    while( j < c->n_row && c->row[j].group == c->row[i].group ) j++;
    /* the distinct items of the group, in id order (rows are sorted) */
    for( size_t x = i; x < j && rc == 0; x++ ){
      if( x > i && c->row[x].item == c->row[x - 1].item ) continue;
      for( size_t y = x + 1; y < j && rc == 0; y++ ){
        if( c->row[y].item == c->row[y - 1].item ) continue;
        rc = kp_table_add(&t, (uint64_t)c->row[x].item << 32 | c->row[y].item);
      }
    }
    i = j;
  }
  size_t n = 0;
  kp_pair *p = NULL;
  if( rc == 0 && t.used ){
    p = malloc(t.used * sizeof *p);
    if( !p ) rc = -1;
  }
  for( size_t i = 0; rc == 0 && i < t.n_slot; i++ ){
    if( !t.key[i] || t.n[i] < min_count ) continue;
    uint64_t key = t.key[i] - 1;
    const char *a = c->name[key >> 32], *b = c->name[key & 0xFFFFFFFFu];
    if( strcmp(a, b) > 0 ){ const char *s = a; a = b; b = s; }
    p[n].a = a;
    p[n].b = b;
    p[n].n = t.n[i];
    n++;
  }
  free(t.key);
  free(t.n);
  if( rc != 0 ){ free(p); return -1; }
  if( n > 1 ) qsort(p, n, sizeof *p, kp_pair_cmp);
  *out = p;
  *n_out = n;
  return 0;
}
