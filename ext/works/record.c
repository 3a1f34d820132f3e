/*
** A record for matching from a JSON object with kolit's column names (the
** lit_records columns, built in SQL with json_object), parsed with Jansson.
**
**   {"type": "article-journal", "title_ko": "...", "title_foreign": "...",
**    "year": 2019, "doi": "10.1234/x", "journal": "...", "volume": "19",
**    "issue": "4", "page_first": 33, "keywords": ["클러스터", "cluster"],
**    "url": "https://www.kci.go.kr/...ART002512345", "authors": [
**      {"name": "김민수", "name_latin": "Kim, Min-Su", "affiliation": "..."}]}
**
** Text fields are strings (numbers are taken as written); keywords and
** authors are arrays, or strings holding such an array as JSON text (a
** column that stores JSON), or "a; b" lists. title without title_ko or
** title_foreign fills the one its script says; abstract likewise.
** Explicit "kci_id" and "koreascience_id" fields, when present, win over the
** ids found in url.
*/
#include "works/works_internal.h"
#include "text/text.h"
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct rd { kw_arena *a; int64_t id; char *err; size_t errlen; } rd;

static int bad(rd *r, const char *field, const char *what){
  snprintf(r->err, r->errlen, "record %lld: %s %s", (long long)r->id, field, what);
  return 1;
}

/* s[0..n) in NFC (the text layer; macOS files hold NFD) into the arena. */
static int nfc_copy(rd *r, const char *s, size_t n, const char **out){
  kt_text t;
  char err[200];
  if( kt_decode(s, n, &t, err, sizeof err) ) return -1;
  if( t.encoding && t.normalized ){ s = t.text; n = t.len; }
  *out = kw_strndup(r->a, s, n);
  kt_text_free(&t);
  return *out ? 0 : -1;
}

/* A text field: a string or a number as written; NULL/absent leave *out. */
static int text_field(rd *r, json_t *o, const char *field, const char **out){
  json_t *v = json_object_get(o, field);
  if( v == 0 || json_is_null(v) ) return 0;
  char num[32];
  const char *s;
  size_t n;
  if( json_is_string(v) ){
    s = json_string_value(v);
    n = json_string_length(v);
  }else if( json_is_integer(v) ){
    snprintf(num, sizeof num, "%lld", (long long)json_integer_value(v));
    s = num; n = strlen(num);
  }else if( json_is_real(v) ){
    snprintf(num, sizeof num, "%.15g", json_real_value(v));
    s = num; n = strlen(num);
  }else{
    return bad(r, field, "is not text or a number");
  }
  if( memchr(s, 0, n) ) return bad(r, field, "holds a NUL character");
  while( n && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') ){ s++; n--; }
  while( n && (s[n-1] == ' ' || s[n-1] == '\t' || s[n-1] == '\n' || s[n-1] == '\r') ) n--;
  if( n == 0 ) return 0;
  return nfc_copy(r, s, n, out);
}

/* An array field, or a string holding one as JSON text; *arr gets a new
** reference (or NULL), *str a ';'-separated string that is not JSON. */
static int array_field(rd *r, json_t *o, const char *field, json_t **arr, const char **str){
  *arr = 0; *str = 0;
  json_t *v = json_object_get(o, field);
  if( v == 0 || json_is_null(v) ) return 0;
  if( json_is_array(v) ){ *arr = json_incref(v); return 0; }
  if( !json_is_string(v) ) return bad(r, field, "is not an array or text");
  const char *s = json_string_value(v);
  while( *s == ' ' ) s++;
  if( *s == '[' ){
    json_error_t e;
    json_t *p = json_loads(s, 0, &e);
    if( p == 0 || !json_is_array(p) ){
      json_decref(p);
      return bad(r, field, "is text that starts like a JSON array but is not one");
    }
    *arr = p;
    return 0;
  }
  *str = s;
  return 0;
}

/* Splits s at ';' into trimmed non-empty parts. */
static int split_list(rd *r, const char *s, const char ***out, int *n){
  int cap = 1;
  for( const char *p = s; *p; p++ ) if( *p == ';' ) cap++;
  const char **v = kw_alloc(r->a, sizeof(char *) * (size_t)cap);
  if( v == 0 ) return -1;
  int k = 0;
  for( const char *p = s; ; ){
    const char *e = strchr(p, ';');
    size_t len = e ? (size_t)(e - p) : strlen(p);
    const char *b = p;
    while( len && *b == ' ' ){ b++; len--; }
    while( len && b[len-1] == ' ' ) len--;
    if( len ){
      if( nfc_copy(r, b, len, &v[k]) ) return -1;
      k++;
    }
    if( !e ) break;
    p = e + 1;
  }
  *out = v;
  *n = k;
  return 0;
}

static int keywords(rd *r, json_t *o, kw_record *rec){
  json_t *arr;
  const char *str;
  int rc = array_field(r, o, "keywords", &arr, &str);
  if( rc ) return rc;
  if( str ) return split_list(r, str, &rec->keywords, &rec->nkeywords);
  if( arr == 0 ) return 0;
  size_t n = json_array_size(arr);
  rec->keywords = kw_alloc(r->a, sizeof(char *) * (n ? n : 1));
  if( rec->keywords == 0 ){ json_decref(arr); return -1; }
  for( size_t i = 0; i < n && rc == 0; i++ ){
    json_t *k = json_array_get(arr, i);
    if( !json_is_string(k) ){ rc = bad(r, "keywords", "has an element that is not text"); break; }
    const char *s = json_string_value(k);
    if( s[0] == 0 ) continue;
    if( nfc_copy(r, s, strlen(s), &rec->keywords[rec->nkeywords]) ) rc = -1;
    else rec->nkeywords++;
  }
  json_decref(arr);
  return rc;
}

static int authors(rd *r, json_t *o, kw_record *rec){
  json_t *arr;
  const char *str;
  int rc = array_field(r, o, "authors", &arr, &str);
  if( rc ) return rc;
  if( str ){
    const char **names;
    int n;
    if( split_list(r, str, &names, &n) ) return -1;
    rec->authors = kw_alloc(r->a, sizeof(kw_author) * (size_t)(n ? n : 1));
    if( rec->authors == 0 ) return -1;
    memset(rec->authors, 0, sizeof(kw_author) * (size_t)(n ? n : 1));
    for( int i = 0; i < n; i++ ){
      if( strcmp(names[i], "et al.") == 0 || strcmp(names[i], "et al") == 0 ) continue;
      kw_author *au = &rec->authors[rec->nauthors++];
      au->name = names[i];
      if( kw_author_derive(r->a, au) ) return -1;
    }
    return 0;
  }
  if( arr == 0 ) return 0;
  size_t n = json_array_size(arr);
  rec->authors = kw_alloc(r->a, sizeof(kw_author) * (n ? n : 1));
  if( rec->authors == 0 ){ json_decref(arr); return -1; }
  memset(rec->authors, 0, sizeof(kw_author) * (n ? n : 1));
  for( size_t i = 0; i < n && rc == 0; i++ ){
    json_t *v = json_array_get(arr, i);
    kw_author *au = &rec->authors[rec->nauthors];
    if( json_is_string(v) ){
      const char *s = json_string_value(v);
      if( s[0] == 0 ) continue;
      if( nfc_copy(r, s, strlen(s), &au->name) ){ rc = -1; break; }
    }else if( json_is_object(v) ){
      if( (rc = text_field(r, v, "name", &au->name)) ) break;
      if( (rc = text_field(r, v, "family", &au->family)) ) break;
      if( (rc = text_field(r, v, "given", &au->given)) ) break;
      if( (rc = text_field(r, v, "name_ko", &au->name_ko)) ) break;
      if( (rc = text_field(r, v, "name_latin", &au->name_latin)) ) break;
      if( (rc = text_field(r, v, "affiliation", &au->affiliation)) ) break;
      json_t *et = json_object_get(v, "et_al");
      if( et && json_is_true(et) && !au->name && !au->family ) continue;
      if( !au->name && !au->family && !au->name_ko && !au->name_latin ) continue;
    }else{
      rc = bad(r, "authors", "has an element that is not text or an object");
      break;
    }
    if( kw_author_derive(r->a, au) ){ rc = -1; break; }
    rec->nauthors++;
  }
  json_decref(arr);
  return rc;
}

static int year_field(rd *r, json_t *o, int *year){
  json_t *v = json_object_get(o, "year");
  if( v == 0 || json_is_null(v) ) return 0;
  long long y;
  if( json_is_integer(v) ) y = json_integer_value(v);
  else if( json_is_real(v) && json_real_value(v) >= 1 && json_real_value(v) <= 9999
           && json_real_value(v) == (double)(long long)json_real_value(v) ) y = (long long)json_real_value(v);
  else if( json_is_string(v) ){
    const char *s = json_string_value(v);
    if( s[0] == 0 ) return 0;
    char *end;
    y = strtoll(s, &end, 10);
    if( end == s || end - s != 4 ) return bad(r, "year", "is not a year");
  }else return bad(r, "year", "is not a year");
  if( y < 1 || y > 9999 ) return bad(r, "year", "is not a year between 1 and 9999");
  *year = (int)y;
  return 0;
}

static int fields(rd *r, json_t *o, kw_record *rec){
  const char *title = 0, *abstract = 0, *doi = 0, *kci = 0, *ks = 0;
  struct { const char *name; const char **to; } text[] = {
    {"type", &rec->type}, {"title", &title}, {"title_ko", &rec->title_ko},
    {"title_foreign", &rec->title_foreign}, {"doi", &doi}, {"journal", &rec->journal},
    {"journal_ko", &rec->journal_ko}, {"journal_foreign", &rec->journal_foreign},
    {"volume", &rec->volume}, {"issue", &rec->issue}, {"series_no", &rec->series_no},
    {"issue_no", &rec->issue_no}, {"page_first", &rec->page_first}, {"abstract", &abstract},
    {"abstract_ko", &rec->abstract_ko}, {"abstract_foreign", &rec->abstract_foreign},
    {"url", &rec->url}, {"kci_id", &kci}, {"koreascience_id", &ks},
  };
  int rc;
  for( size_t i = 0; i < sizeof text / sizeof text[0]; i++ ){
    if( (rc = text_field(r, o, text[i].name, text[i].to)) ) return rc;
  }
  if( (rc = year_field(r, o, &rec->year)) ) return rc;
  if( (rc = keywords(r, o, rec)) ) return rc;
  if( (rc = authors(r, o, rec)) ) return rc;
  if( title ){
    if( kw_has_korean(title) ){ if( !rec->title_ko ) rec->title_ko = title; }
    else if( !rec->title_foreign ) rec->title_foreign = title;
  }
  if( abstract ){
    if( kw_has_korean(abstract) ){ if( !rec->abstract_ko ) rec->abstract_ko = abstract; }
    else if( !rec->abstract_foreign ) rec->abstract_foreign = abstract;
  }
  rec->doi_raw = doi;
  if( doi ){
    char buf[256];
    size_t n = kw_doi_normalize(doi, strlen(doi), buf, sizeof buf);
    if( n && (rec->doi = kw_strndup(r->a, buf, n)) == 0 ) return -1;
  }
  if( kci && kw_source_ids(r->a, kci, &rec->kci_id, &rec->ks_id) ) return -1;
  if( ks && kw_source_ids(r->a, ks, &rec->kci_id, &rec->ks_id) ) return -1;
  if( kw_source_ids(r->a, rec->url, &rec->kci_id, &rec->ks_id) ) return -1;
  if( rec->title_ko ){
    if( kw_title_keys(r->a, rec->title_ko, &rec->key_ko, &rec->key_ko_main) ) return -1;
    rec->common_ko = rec->key_ko ? (unsigned char)kw_title_is_common(rec->key_ko) : 0;
  }
  if( rec->title_foreign ){
    if( kw_title_keys(r->a, rec->title_foreign, &rec->key_foreign, &rec->key_foreign_main) ) return -1;
    rec->common_foreign = rec->key_foreign ? (unsigned char)kw_title_is_common(rec->key_foreign) : 0;
  }
  rec->kind = (unsigned char)kw_kind_of(rec->type);
  return 0;
}

int kw_set_add_json(kw_set *s, int64_t id, const char *json, size_t n, char *err, size_t errlen){
  rd r = { &s->arena, id, err, errlen };
  json_error_t e;
  json_t *o = json_loadb(json, n, 0, &e);
  if( o == 0 ){
    if( json_error_code(&e) == json_error_out_of_memory ) return -1;
    snprintf(err, errlen, "record %lld: not JSON: %s at character %d", (long long)id, e.text, e.position);
    return 1;
  }
  if( !json_is_object(o) ){
    json_decref(o);
    snprintf(err, errlen, "record %lld: not a JSON object", (long long)id);
    return 1;
  }
  if( s->n == s->cap ){
    int cap = s->cap ? s->cap * 2 : 64;
    kw_record *nr = realloc(s->rec, sizeof(kw_record) * (size_t)cap);
    if( nr == 0 ){ json_decref(o); return -1; }
    s->rec = nr;
    s->cap = cap;
  }
  kw_record *rec = &s->rec[s->n];
  memset(rec, 0, sizeof *rec);
  rec->id = id;
  int rc = fields(&r, o, rec);
  json_decref(o);
  if( rc == 0 ){
    s->n++;
    s->matched = 0;
  }
  return rc;
}

int kw_set_decide_json(kw_set *s, const char *json, size_t n, char *err, size_t errlen){
  json_error_t e;
  json_t *a = json_loadb(json, n, 0, &e);
  if( a == 0 ){
    if( json_error_code(&e) == json_error_out_of_memory ) return -1;
    snprintf(err, errlen, "decisions: not JSON: %s at character %d", e.text, e.position);
    return 1;
  }
  int rc = 0;
  if( !json_is_array(a) ){
    snprintf(err, errlen, "decisions: not a JSON array");
    rc = 1;
  }
  for( size_t i = 0; rc == 0 && i < json_array_size(a); i++ ){
    json_t *d = json_array_get(a, i);
    json_t *ra = json_object_get(d, "a"), *rb = json_object_get(d, "b"), *dv = json_object_get(d, "decision");
    const char *v = json_string_value(dv);
    if( !json_is_integer(ra) || !json_is_integer(rb) || !v || (strcmp(v, "same") && strcmp(v, "different")) ){
      snprintf(err, errlen, "decisions: element %zu is not {\"a\": id, \"b\": id, \"decision\": \"same\" or \"different\"}", i + 1);
      rc = 1;
      break;
    }
    rc = kw_set_decide(s, json_integer_value(ra), json_integer_value(rb), strcmp(v, "same") == 0, err, errlen);
  }
  json_decref(a);
  return rc;
}
