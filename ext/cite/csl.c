/*
** The CSL item of a record (lit_records.csl) and the citation keys.
**
** One item per record; the mapping and why is in cite.h and
** docs/citations.md. In short: CSL's own variables carry the main
** language (the Korean title when there is one, as KCI and RISS cite
** Korean papers), the other language's title, abstract and journal go into
** "custom" (the CSL-JSON 1.0.2 extension object) so that nothing is lost,
** and a Hangul name is a {"literal"}: styles and writers never split it.
*/
#include "cite/cite.h"
#include "text/utf8.h"
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Hangul syllables or jamo, and no Latin letter. */
static int hangul_only(const char *s){
  if( !s ) return 0;
  size_t n = strlen(s), i = 0;
  int h = 0;
  while( i < n ){
    uint32_t cp;
    int k = kt_utf8_decode((const unsigned char*)s + i, n - i, &cp);
    if( k <= 0 ){ i++; continue; }
    if( kt_is_hangul_syllable(cp) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F) ) h = 1;
    else if( (cp < 0x80 && ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')) || (cp >= 0xC0 && cp <= 0x24F) ) return 0;
    i += (size_t)k;
  }
  return h;
}

/* ---- building the item ------------------------------------------------------ */

typedef struct item { json_t *o; int fail; } item;

static void put(item *it, json_t *o, const char *key, json_t *v){
  if( !v || json_object_set_new(o, key, v) != 0 ) it->fail = 1;
}
static void put_str(item *it, json_t *o, const char *key, const char *v){
  if( v && *v ) put(it, o, key, json_string(v));
}

static int digits(const char *s, size_t n){
  if( !s || strlen(s) < n ) return 0;
  for( size_t i = 0; i < n; i++ ) if( s[i] < '0' || s[i] > '9' ) return 0;
  return 1;
}

/* {"date-parts": [[Y, M, D]]} from "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
static json_t *date_parts(const char *iso){
  if( !digits(iso, 4) ) return NULL;
  json_t *parts = json_array(), *outer = json_array(), *d = json_object();
  if( !parts || !outer || !d ){ json_decref(parts); json_decref(outer); json_decref(d); return NULL; }
  int fail = json_array_append_new(parts, json_integer(atoi(iso))) != 0;
  size_t n = strlen(iso);
  if( n >= 7 && iso[4] == '-' && digits(iso + 5, 2) ) fail |= json_array_append_new(parts, json_integer(atoi(iso + 5))) != 0;
  if( n >= 10 && iso[7] == '-' && digits(iso + 8, 2) ) fail |= json_array_append_new(parts, json_integer(atoi(iso + 8))) != 0;
  fail |= json_array_append_new(outer, parts) != 0;
  fail |= json_object_set_new(d, "date-parts", outer) != 0;
  if( fail ){ json_decref(d); return NULL; }
  return d;
}

static json_t *name_of(item *it, const lit_author *a){
  json_t *o = json_object();
  if( !o ){ it->fail = 1; return NULL; }
  const char *name = a->name ? a->name : "";
  int hangul = hangul_only(name);
  if( a->family && !hangul ){
    put_str(it, o, "family", a->family);
    put_str(it, o, "given", a->given);
  }else{
    put_str(it, o, "literal", hangul && a->name_ko ? a->name_ko : name);
  }
  /* the same person in the other script */
  const char *other = NULL, *lang = NULL;
  if( hangul && a->name_latin && strcmp(a->name_latin, name) != 0 ){ other = a->name_latin; lang = "en"; }
  else if( !hangul && a->name_ko && strcmp(a->name_ko, name) != 0 ){ other = a->name_ko; lang = "ko"; }
  if( other ){
    json_t *alt = json_object(), *key = json_object(), *multi = json_object();
    if( !alt || !key || !multi ){ json_decref(alt); json_decref(key); json_decref(multi); it->fail = 1; return o; }
    put_str(it, alt, "literal", other);
    put(it, key, lang, alt);
    put(it, multi, "_key", key);
    put(it, o, "multi", multi);
  }
  return o;
}

char *lit_csl_item(const lit_record *r, const char *key){
  item it = { json_object(), 0 };
  if( !it.o ) return NULL;
  json_t *custom = json_object();
  if( !custom ){ json_decref(it.o); return NULL; }
  put_str(&it, it.o, "id", key);
  put_str(&it, it.o, "type", r->type ? r->type : "document");
  /* titles: the Korean one is the title when there is one */
  const char *title = r->title_ko ? r->title_ko : r->title_foreign ? r->title_foreign : r->title;
  put_str(&it, it.o, "title", title);
  if( r->title_ko && r->title_foreign ) put_str(&it, custom, "title-foreign", r->title_foreign);
  if( r->n_author ){
    json_t *authors = json_array();
    if( !authors ) it.fail = 1;
    for( int i = 0; authors && i < r->n_author; i++ ){
      json_t *n = name_of(&it, &r->author[i]);
      if( !n || json_array_append_new(authors, n) != 0 ) it.fail = 1;
    }
    if( authors ) put(&it, it.o, "author", authors);
  }
  const char *issued = r->date ? r->date : r->published ? r->published : r->year;
  if( digits(issued, 4) ) put(&it, it.o, "issued", date_parts(issued));
  if( digits(r->received, 4) ) put(&it, it.o, "submitted", date_parts(r->received));
  put_str(&it, custom, "accepted", r->accepted);
  put_str(&it, it.o, "container-title", r->journal);
  if( r->journal_ko && r->journal_foreign ){
    put_str(&it, custom, "journal-ko", r->journal_ko);
    put_str(&it, custom, "journal-foreign", r->journal_foreign);
  }
  put_str(&it, it.o, "volume", r->volume);
  put_str(&it, it.o, "issue", r->issue);
  if( r->page_first ){
    char *page = malloc(strlen(r->page_first) + (r->page_last ? strlen(r->page_last) : 0) + 2);
    if( !page ) it.fail = 1;
    else{
      sprintf(page, "%s%s%s", r->page_first, r->page_last ? "-" : "", r->page_last ? r->page_last : "");
      put_str(&it, it.o, "page", page);
      free(page);
    }
  }
  put_str(&it, it.o, "number-of-pages", r->page_count);
  put_str(&it, it.o, "number", r->issue_no);
  put_str(&it, it.o, "collection-number", r->series_no);
  if( r->doi ){
    size_t start, len;
    lit_doi_bare(r->doi, strlen(r->doi), &start, &len);
    char *doi = malloc(len + 1);
    if( !doi ) it.fail = 1;
    else{
      memcpy(doi, r->doi + start, len);
      doi[len] = 0;
      if( len ) put_str(&it, it.o, "DOI", doi);
      free(doi);
    }
  }
  put_str(&it, it.o, "ISSN", r->issn);
  put_str(&it, custom, "eissn", r->eissn);
  put_str(&it, it.o, "abstract", r->abstract);
  /* The two abstracts where a reader of the item could not derive them
  ** from abstract's paragraphs (lit_abstract_split), so that an item read
  ** back and written again is the same item. */
  if( r->abstract_ko || r->abstract_foreign ){
    char *ko, *foreign;
    if( lit_abstract_split(r->abstract, &ko, &foreign) != 0 ){
      it.fail = 1;
    }else{
      int same_ko = (!r->abstract_ko && !ko) || (r->abstract_ko && ko && strcmp(r->abstract_ko, ko) == 0);
      int same_foreign = (!r->abstract_foreign && !foreign)
                      || (r->abstract_foreign && foreign && strcmp(r->abstract_foreign, foreign) == 0);
      if( !same_ko || !same_foreign ){
        put_str(&it, custom, "abstract-ko", r->abstract_ko);
        put_str(&it, custom, "abstract-foreign", r->abstract_foreign);
      }
    }
    free(ko);
    free(foreign);
  }
  if( r->n_keyword ){
    size_t n = 0;
    int comma = 0;
    for( int i = 0; i < r->n_keyword; i++ ){ n += strlen(r->keyword[i]) + 2; comma |= strchr(r->keyword[i], ',') != NULL; }
    char *joined = malloc(n + 1);
    json_t *arr = json_array();
    if( !joined || !arr ) it.fail = 1;
    else{
      joined[0] = 0;
      size_t k = 0;
      for( int i = 0; i < r->n_keyword; i++ ){
        k += (size_t)sprintf(joined + k, "%s%s", i ? (comma ? "; " : ", ") : "", r->keyword[i]);
        if( json_array_append_new(arr, json_string(r->keyword[i])) != 0 ) it.fail = 1;
      }
      put_str(&it, it.o, "keyword", joined);
    }
    free(joined);
    if( arr ) put(&it, custom, "keywords", arr);
  }
  if( r->language && (!strcmp(r->language, "ko") || !strcmp(r->language, "en")) ) put_str(&it, it.o, "language", r->language);
  put_str(&it, it.o, "URL", r->url);
  put_str(&it, it.o, "publisher", r->publisher);
  if( json_object_size(custom) ) put(&it, it.o, "custom", custom);
  else json_decref(custom);
  char *out = it.fail ? NULL : json_dumps(it.o, JSON_COMPACT | JSON_PRESERVE_ORDER);
  json_decref(it.o);
  return out;
}

/* ---- keys ------------------------------------------------------------------------ */

/* A key BibTeX, biber and citation managers accept as it is. */
static int usable_key(const char *k){
  if( !k || !*k || strlen(k) > 100 ) return 0;
  for( const unsigned char *p = (const unsigned char*)k; *p; p++ ){
    if( *p <= ' ' || strchr("{}(),=\"#%'\\~", *p) ) return 0;
  }
  return 1;
}

static int is_alnum(unsigned ch){ return ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') || (ch >= '0' && ch <= '9'); }

/* Appends the letters and digits of the first word of s (ASCII lower-cased,
** other letters as they are), at most max bytes, whole characters. */
static void add_word(char *out, size_t *k, size_t cap, const char *s, size_t max){
  if( !s ) return;
  size_t n = strlen(s), i = 0, start = *k;
  /* skip what is not a letter or digit, then take one word */
  while( i < n ){
    unsigned char ch = (unsigned char)s[i];
    if( ch >= 0x80 || is_alnum(ch) ) break;
    i++;
  }
  while( i < n ){
    unsigned char ch = (unsigned char)s[i];
    if( ch < 0x80 ){
      if( !is_alnum(ch) ) break;
      if( *k - start + 1 > max || *k + 2 > cap ) break;
      out[(*k)++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
      i++;
      continue;
    }
    uint32_t cp;
    int len = kt_utf8_decode((const unsigned char*)s + i, n - i, &cp);
    if( len <= 0 ) break;
    /* punctuation and spaces outside ASCII end the word */
    if( (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) || cp == 0xA0 || (cp >= 0xFF00 && cp <= 0xFF0F) ) break;
    if( *k - start + (size_t)len > max || *k + (size_t)len + 1 > cap ) break;
    memcpy(out + *k, s + i, (size_t)len);
    *k += (size_t)len;
    i += (size_t)len;
  }
  out[*k] = 0;
}

static void base_key(const lit_record *r, char *out, size_t cap){
  size_t k = 0;
  out[0] = 0;
  if( r->n_author ){
    const lit_author *a = &r->author[0];
    add_word(out, &k, cap, a->family ? a->family : a->name, 24);
  }
  if( r->year && digits(r->year, 4) && k + 5 < cap ){ memcpy(out + k, r->year, 4); k += 4; out[k] = 0; }
  const char *title = r->title_ko ? r->title_ko : r->title_foreign ? r->title_foreign : r->title;
  add_word(out, &k, cap, title, 24);
  if( k == 0 ) snprintf(out, cap, "record");
}

/* A set of strings (open addressing) for de-duplicating keys. */
typedef struct key_set { char **slot; size_t cap; } key_set;

static size_t key_hash(const char *s){
  size_t h = 1469598103934665603ull;
  for( ; *s; s++ ){ h ^= (unsigned char)*s; h *= 1099511628211ull; }
  return h;
}
static int key_has(const key_set *ks, const char *s){
  for( size_t i = key_hash(s) & (ks->cap - 1);; i = (i + 1) & (ks->cap - 1) ){
    if( !ks->slot[i] ) return 0;
    if( strcmp(ks->slot[i], s) == 0 ) return 1;
  }
}
static void key_add(key_set *ks, char *s){
  size_t i = key_hash(s) & (ks->cap - 1);
  while( ks->slot[i] ) i = (i + 1) & (ks->cap - 1);
  ks->slot[i] = s;
}

void lit_cite_keys_free(char **keys, int n){
  if( !keys ) return;
  for( int i = 0; i < n; i++ ) free(keys[i]);
  free(keys);
}

char **lit_cite_keys(const lit_document *d){
  int n = d->n_rec;
  char **keys = calloc((size_t)(n ? n : 1), sizeof *keys);
  key_set ks = { NULL, 16 };
  while( ks.cap < (size_t)n * 2 + 16 ) ks.cap *= 2;
  ks.slot = calloc(ks.cap, sizeof *ks.slot);
  if( !keys || !ks.slot ){ free(keys); free(ks.slot); return NULL; }
  char prev[160] = "";
  int prev_dup = 1;
  for( int i = 0; i < n; i++ ){
    const lit_record *r = &d->rec[i];
    char base[160];
    if( usable_key(r->source_id) ) snprintf(base, sizeof base, "%s", r->source_id);
    else base_key(r, base, sizeof base - 16);
    char key[192];
    snprintf(key, sizeof key, "%s", base);
    /* a key met before: "b", "c", ... "z", then "-27", "-28", ... */
    /* (the same base as the record before starts after its suffix, so a
    ** run of equal keys costs no quadratic search) */
    int dup = strcmp(base, prev) == 0 ? prev_dup : 1;
    while( key_has(&ks, key) || (dup > 1 && strcmp(key, base) == 0) ){
      dup++;
      if( dup <= 26 ) snprintf(key, sizeof key, "%s%c", base, 'a' + dup - 1);
      else snprintf(key, sizeof key, "%s-%d", base, dup);
    }
    snprintf(prev, sizeof prev, "%s", base);
    prev_dup = dup;
    keys[i] = strdup(key);
    if( !keys[i] ){ lit_cite_keys_free(keys, n); free(ks.slot); return NULL; }
    key_add(&ks, keys[i]);
  }
  free(ks.slot);
  return keys;
}
