/* libFuzzer target: the duplicate matcher on arbitrary bytes. Each input line
** is a record's JSON (its id the line number); a line starting with '[' is
** also read as the user's decisions. Checks what callers rely on: a bad record
** is refused with a message and nothing else changes; every record gets a
** work id that is the smallest id of its work; each merge joins two records of
** one work; the result is JSON that Jansson reads back, with one entry per
** record; title keys of every line are valid UTF-8; a record's blocking keys
** (kw_record_keys_json) are given exactly when the record is accepted, as a
** JSON array of integers, and two records merged by a rule share one (two
** keys at most one apart). */
#include "works/works.h"
#include "text/utf8.h"
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size){
  kw_set *s = kw_set_new();
  if( s == 0 ) return 0;
  char err[300];
  int added = 0;
  long long ids[512];
  json_t *keys[512];
  size_t i = 0;
  for( long long line = 1; i < size && line <= 512; line++ ){
    const unsigned char *nl = memchr(data + i, '\n', size - i);
    size_t n = nl ? (size_t)(nl - (data + i)) : size - i;
    const char *p = (const char *)data + i;
    int before = kw_set_count(s);
    int rc = kw_set_add_json(s, line, p, n, err, sizeof err);
    if( rc > 0 && (err[0] == 0 || kw_set_count(s) != before) ) abort();
    char *kj;
    size_t kn;
    int krc = kw_record_keys_json(p, n, 0, &kj, &kn, err, sizeof err);
    if( krc >= 0 && rc >= 0 && (krc == 0) != (rc == 0) ) abort();
    json_t *ka = 0;
    if( krc == 0 ){
      json_error_t e;
      ka = json_loadb(kj, kn, 0, &e);
      if( ka == 0 || !json_is_array(ka) ) abort();
      for( size_t q = 0; q < json_array_size(ka); q++ ) if( !json_is_integer(json_array_get(ka, q)) ) abort();
      free(kj);
    }
    if( rc == 0 ){ if( kw_set_count(s) != before + 1 ) abort(); keys[added] = ka; ids[added++] = line; }
    else json_decref(ka);
    if( n && p[0] == '[' ) (void)kw_set_decide_json(s, p, n, err, sizeof err);
    char *key, *main;
    if( kw_title_key(p, n, &key, &main) == 0 ){
      if( key && kt_utf8_valid_prefix((const unsigned char *)key, strlen(key)) != strlen(key) ) abort();
      if( main && (!key || strlen(main) >= strlen(key)) ) abort();
      free(key);
      free(main);
    }
    i += n + 1;
  }
  if( kw_match(s, err, sizeof err) == 0 ){
    for( int k = 0; k < added; k++ ){
      long long w = kw_work_of(s, k);
      if( w > ids[k] ) abort();
      int found = 0;
      for( int q = 0; q < added && !found; q++ ) found = ids[q] == w && kw_work_of(s, q) == w;
      if( !found ) abort();
    }
    for( int m = 0; m < kw_merge_count(s); m++ ){
      const kw_merge *g = kw_merge_at(s, m);
      long long wa = -1, wb = -2;
      for( int k = 0; k < added; k++ ){
        if( ids[k] == g->a ) wa = kw_work_of(s, k);
        if( ids[k] == g->b ) wb = kw_work_of(s, k);
      }
      if( wa != wb || wa != g->work || !g->evidence[0] ) abort();
      json_t *ka = 0, *kb = 0;
      for( int k = 0; k < added; k++ ){
        if( ids[k] == g->a ) ka = keys[k];
        if( ids[k] == g->b ) kb = keys[k];
      }
      if( strcmp(g->evidence, "user") != 0 && ka && kb ){
        int shared = 0;
        for( size_t x = 0; x < json_array_size(ka) && !shared; x++ )
          for( size_t y = 0; y < json_array_size(kb) && !shared; y++ )
            shared = json_integer_value(json_array_get(ka, x)) - json_integer_value(json_array_get(kb, y)) >= -1
                  && json_integer_value(json_array_get(ka, x)) - json_integer_value(json_array_get(kb, y)) <= 1;
        if( !shared ) abort();
      }
    }
    char *json;
    size_t len;
    if( kw_result_json(s, &json, &len) == 0 ){
      json_error_t e;
      json_t *o = json_loadb(json, len, 0, &e);
      if( o == 0 || json_array_size(json_object_get(o, "records")) != (size_t)added ) abort();
      json_decref(o);
      free(json);
    }
  }
  for( int k = 0; k < added; k++ ) json_decref(keys[k]);
  kw_set_free(s);
  return 0;
}
