/*
** CSL-JSON citation files -> one record per item.
**
**   [{"id": "ART002345678", "type": "article-journal",
**     "title": "독일의 지역산업 클러스터정책",
**     "author": [{"literal": "김민수"}, {"family": "Park", "given": "Min-Ji"}],
**     "issued": {"date-parts": [[2019, 5, 30]]},
**     "container-title": "한국지역개발학회지", "volume": "31", "issue": "2",
**     "page": "101-120", "DOI": "10.1234/abc", "ISSN": "1229-3431",
**     "abstract": "...", "keyword": "클러스터, cluster policy", "language": "ko",
**     "URL": "https://...", "publisher": "...",
**     "custom": {"title-foreign": "...", "abstract-foreign": "...", ...}}]
**
** An array of items (Zotero, citation-js, pandoc) or one item. Authors are
** {family, given} or {literal} (a Hangul literal is one name, name_ko); a
** CSL-M "multi" name ({"multi": {"_key": {"ko": {"literal": "박민지"}}}})
** gives the other form of the name. issued is date-parts, or "raw" /
** "literal" text. keyword is a string (comma or semicolon separated) or an
** array. The other-language title, abstract and journal come from
** "original-title" or from the "custom" object kolit writes (ext/cite/
** csl.c: title-ko, title-foreign, abstract-ko, abstract-foreign, journal-ko,
** journal-foreign, eissn, accepted, keywords); "submitted" is the received
** date, "number" the KIET issue number, "collection-number" the series
** number, "number-of-pages" the page count. The id is source_id. Variables kolit has no column for are named
** once in the document error.
**
** JSON is read by Debian's jansson (libjansson, thread-safe for separate
** documents, reports line and column of a syntax error). A syntax error
** leaves no record: JSON cannot be resynchronised reliably, and the error
** says where the file broke.
*/
#include "docs/docs_internal.h"
#include "text/utf8.h"
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>

int lit_detect_csl_json(const char *text, size_t len){
  size_t head = lit_detect_head(text, len), i = 0;
  while( i < head && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') ) i++;
  if( i >= head || (text[i] != '[' && text[i] != '{') ) return 0;
  /* a CSL item's own variables, as keys */
  static const char *const keys[] = { "\"type\"", "\"title\"", "\"author\"", "\"issued\"", "\"container-title\"", "\"id\"" };
  int found = 0;
  for( size_t k = 0; k < sizeof keys / sizeof keys[0]; k++ ){
    size_t n = strlen(keys[k]);
    for( size_t j = i; j + n <= head; j++ ){
      if( text[j] == '"' && memcmp(text + j, keys[k], n) == 0 ){ found++; break; }
    }
  }
  return found >= 2 ? 2 : 0;
}

#define CSL_MAX_UNREAD 16

typedef struct csl_state {
  lit_ctx *c;
  char unread[CSL_MAX_UNREAD][32];
  int n_unread;
  char num[32];
} csl_state;

static void csl_unread(csl_state *s, const char *name){
  for( int i = 0; i < s->n_unread; i++ ) if( strcmp(s->unread[i], name) == 0 ) return;
  if( s->n_unread < CSL_MAX_UNREAD ){
    snprintf(s->unread[s->n_unread++], sizeof s->unread[0], "%.*s", lit_utf8_cut(name, strlen(name), sizeof s->unread[0] - 1), name);
  }
}

/* A string or a number as text; an empty span for anything else. */
static lit_span csl_text(csl_state *s, json_t *v){
  if( json_is_string(v) ) return lit_trim(lit_span_of(json_string_value(v), json_string_length(v)));
  if( json_is_integer(v) ){
    int n = snprintf(s->num, sizeof s->num, "%lld", (long long)json_integer_value(v));
    return lit_span_of(s->num, (size_t)n);
  }
  return lit_span_of("", 0);
}

static lit_span csl_get(csl_state *s, json_t *o, const char *key){ return csl_text(s, json_object_get(o, key)); }

static void csl_name(csl_state *s, lit_record *r, json_t *a){
  lit_ctx *c = s->c;
  if( json_is_string(a) ){ lit_add_citation_author(c, r, csl_text(s, a), 0); return; }
  if( !json_is_object(a) ) return;
  lit_span lit = csl_get(s, a, "literal");
  lit_author *au = NULL;
  if( lit.n ){
    lit_add_citation_author(c, r, lit, 1);
    if( r->n_author ) au = &r->author[r->n_author - 1];
  }else{
    lit_span fam = csl_get(s, a, "family"), giv = csl_get(s, a, "given");
    if( !fam.n && !giv.n ) return;
    au = lit_new_author(c, r);
    if( !au ) return;
    lit_set(c, &au->family, fam);
    lit_set(c, &au->given, giv);
    size_t n = fam.n + giv.n + 2;
    au->name = lit_malloc(c, n + 1);
    int hangul = lit_is_hangul_only(fam) && (!giv.n || lit_is_hangul_only(giv));
    if( au->name ){
      if( fam.n && giv.n && hangul ) snprintf(au->name, n + 1, "%.*s%.*s", (int)fam.n, fam.p, (int)giv.n, giv.p);
      else if( fam.n && giv.n ) snprintf(au->name, n + 1, "%.*s, %.*s", (int)fam.n, fam.p, (int)giv.n, giv.p);
      else snprintf(au->name, n + 1, "%.*s", (int)(fam.n ? fam.n : giv.n), fam.n ? fam.p : giv.p);
    }
    if( lit_is_hangul_only(lit_span_of(au->name ? au->name : "", au->name ? strlen(au->name) : 0)) )
      lit_set(c, &au->name_ko, lit_span_of(au->name, strlen(au->name)));
  }
  if( !au ) return;
  /* CSL-M: the same person in another script */
  json_t *multi = json_object_get(json_object_get(a, "multi"), "_key");
  const char *lang;
  json_t *alt;
  json_object_foreach(multi, lang, alt){
    lit_span l = csl_get(s, alt, "literal");
    char both[512];
    if( !l.n ){
      lit_span f = csl_get(s, alt, "family"), g = csl_get(s, alt, "given");
      int n = snprintf(both, sizeof both, "%.*s%s%.*s", (int)f.n, f.p, f.n && g.n ? ", " : "", (int)g.n, g.p);
      l = lit_span_of(both, n < 0 ? 0 : (size_t)n < sizeof both ? (size_t)n : sizeof both - 1);
    }
    if( !l.n ) continue;
    if( lit_is_hangul_only(l) ) lit_set(c, &au->name_ko, l);
    else lit_set(c, &au->name_latin, l);
  }
  if( au->name_ko && au->name && strcmp(au->name_ko, au->name) != 0 ) lit_set(c, &au->name_latin, lit_span_of(au->name, strlen(au->name)));
}

/* issued / submitted: date-parts [[Y, M, D]], or raw / literal text. */
static int csl_date(csl_state *s, json_t *d, char iso[11], char ym[8], char year[5]){
  iso[0] = ym[0] = year[0] = 0;
  if( !json_is_object(d) ) return 0;
  json_t *parts = json_array_get(json_object_get(d, "date-parts"), 0);
  if( json_is_array(parts) && json_array_size(parts) >= 1 ){
    long long v[3] = { 0, 0, 0 };
    size_t n = json_array_size(parts);
    for( size_t k = 0; k < n && k < 3; k++ ){
      json_t *x = json_array_get(parts, k);
      if( json_is_integer(x) ) v[k] = json_integer_value(x);
      else if( json_is_string(x) ) v[k] = atoll(json_string_value(x));
    }
    if( v[0] < 1000 || v[0] > 9999 ) return 0;
    snprintf(year, 5, "%04lld", v[0]);
    if( v[1] >= 1 && v[1] <= 12 ) snprintf(ym, 8, "%04lld-%02lld", v[0], v[1]);
    if( ym[0] && v[2] >= 1 && v[2] <= 31 ) snprintf(iso, 11, "%04lld-%02lld-%02lld", v[0], v[1], v[2]);
    return 1;
  }
  lit_span t = csl_get(s, d, "raw");
  if( !t.n ) t = csl_get(s, d, "literal");
  if( t.n < 4 ) return 0;
  lit_record tmp;
  memset(&tmp, 0, sizeof tmp);
  int ok = lit_set_citation_date(s->c, &tmp, t);
  if( ok && tmp.year ) snprintf(year, 5, "%s", tmp.year);
  if( ok && tmp.published ) snprintf(ym, 8, "%.7s", tmp.published);
  if( ok && tmp.date ) snprintf(iso, 11, "%s", tmp.date);
  lit_record_clear(&tmp);
  return ok && year[0];
}

static void csl_keywords(csl_state *s, lit_record *r, json_t *k){
  if( json_is_array(k) ){
    size_t i;
    json_t *x;
    json_array_foreach(k, i, x) lit_add_keyword(s->c, r, csl_text(s, x));
    return;
  }
  lit_span v = csl_text(s, k);
  if( !v.n ) return;
  char sep = memchr(v.p, ';', v.n) ? ';' : ',';
  size_t st = 0;
  for( size_t i = 0; i <= v.n; i++ ){
    if( i < v.n && v.p[i] != sep ) continue;
    lit_add_keyword(s->c, r, lit_span_of(v.p + st, i - st));
    st = i + 1;
  }
}

/* Variables of an item this reader knows (and the ones it reads elsewhere). */
static const char *const csl_known[] = {
  "id", "type", "title", "original-title", "author", "issued", "container-title", "volume", "issue",
  "page", "page-first", "DOI", "ISSN", "abstract", "keyword", "language", "URL", "publisher",
  "submitted", "custom", "citation-key", "number-of-pages", "collection-title", "number",
  "collection-number",
};

static void csl_item(csl_state *s, json_t *it, int ordinal){
  lit_ctx *c = s->c;
  if( !json_is_object(it) ){
    lit_problem(c, "item %d: not an object", ordinal);
    return;
  }
  /* an item: a CSL variable of its own, or an id with a CSL type */
  lit_span ty0 = csl_get(s, it, "type");
  int typed = json_object_get(it, "id") && (lit_csl_type(ty0.p, ty0.n) || lit_span_eq(ty0, "document"));
  if( !typed && !json_object_get(it, "title") && !json_object_get(it, "author") && !json_object_get(it, "issued")
   && !json_object_get(it, "container-title") && !json_object_get(it, "DOI") ){
    lit_problem(c, "item %d: no title, author, issued, container-title or DOI: not a CSL item", ordinal);
    return;
  }
  lit_record *r = lit_new_record(c);
  if( !r ) return;
  json_t *custom = json_object_get(it, "custom");
  lit_span id = csl_get(s, it, "citation-key");
  if( !id.n ) id = csl_get(s, it, "id");
  lit_set(c, &r->source_id, id);
  lit_span type = csl_get(s, it, "type");
  const char *t = lit_csl_type(type.p, type.n);
  /* "document", CSL's type for no type in particular, is kolit's NULL */
  if( t ) r->type = lit_dup(c, t, strlen(t));
  else if( type.n && !lit_span_eq(type, "document") ) lit_set(c, &r->type, type);
  lit_add_title(c, r, csl_get(s, it, "title"));
  lit_add_title(c, r, csl_get(s, custom, "title-ko"));
  lit_add_title(c, r, csl_get(s, custom, "title-foreign"));
  lit_add_title(c, r, csl_get(s, it, "original-title"));
  json_t *authors = json_object_get(it, "author");
  if( json_is_array(authors) ){
    size_t i;
    json_t *a;
    json_array_foreach(authors, i, a) csl_name(s, r, a);
  }else if( authors ){
    lit_problem(c, "item %d%s%.*s%s: author is not an array", ordinal, id.n ? " (" : "", lit_utf8_cut(id.p, id.n, 60), id.p, id.n ? ")" : "");
  }
  lit_join_authors(c, r);
  lit_add_journal(c, r, csl_get(s, it, "container-title"));
  lit_add_journal(c, r, csl_get(s, custom, "journal-ko"));
  lit_add_journal(c, r, csl_get(s, custom, "journal-foreign"));
  lit_set(c, &r->volume, csl_get(s, it, "volume"));
  lit_set(c, &r->issue, csl_get(s, it, "issue"));
  lit_set_pages(c, r, csl_get(s, it, "page"));
  lit_set(c, &r->page_first, csl_get(s, it, "page-first"));
  lit_set(c, &r->page_count, csl_get(s, it, "number-of-pages"));
  lit_set(c, &r->issue_no, csl_get(s, it, "number"));
  lit_set(c, &r->series_no, csl_get(s, it, "collection-number"));
  lit_set(c, &r->journal, csl_get(s, it, "collection-title"));
  char iso[11], ym[8], year[5];
  json_t *issued = json_object_get(it, "issued");
  if( csl_date(s, issued, iso, ym, year) ){
    lit_set(c, &r->year, lit_span_of(year, strlen(year)));
    lit_set(c, &r->date, lit_span_of(iso, strlen(iso)));
    lit_set(c, &r->published, lit_span_of(iso[0] ? iso : ym, strlen(iso[0] ? iso : ym)));
  }else if( issued ){
    lit_problem(c, "item %d%s%.*s%s: issued is not a date", ordinal, id.n ? " (" : "", lit_utf8_cut(id.p, id.n, 60), id.p, id.n ? ")" : "");
  }
  if( csl_date(s, json_object_get(it, "submitted"), iso, ym, year) )
    lit_set(c, &r->received, lit_span_of(iso[0] ? iso : ym, strlen(iso[0] ? iso : ym)));
  lit_set(c, &r->accepted, csl_get(s, custom, "accepted"));
  lit_set_doi(c, r, csl_get(s, it, "DOI"));
  lit_add_issn(c, r, csl_get(s, it, "ISSN"));
  lit_add_issn(c, r, csl_get(s, custom, "eissn"));
  /* kolit's own two abstracts first: the whole abstract does not override them */
  lit_set(c, &r->abstract_ko, csl_get(s, custom, "abstract-ko"));
  lit_set(c, &r->abstract_foreign, csl_get(s, custom, "abstract-foreign"));
  lit_add_abstract(c, r, csl_get(s, it, "abstract"));
  json_t *kw = json_object_get(custom, "keywords");
  csl_keywords(s, r, kw ? kw : json_object_get(it, "keyword"));
  lit_span lang = csl_get(s, it, "language");
  const char *code = lit_language_code(lang);
  if( code ) lit_set(c, &r->language, lit_span_of(code, 2));
  else if( lang.n ) csl_unread(s, "language");
  lit_set(c, &r->url, csl_get(s, it, "URL"));
  lit_set(c, &r->publisher, csl_get(s, it, "publisher"));
  lit_finish_language(c, r);
  const char *key;
  json_t *v;
  json_object_foreach(it, key, v){
    int known = 0;
    for( size_t k = 0; k < sizeof csl_known / sizeof csl_known[0] && !known; k++ ) known = strcmp(key, csl_known[k]) == 0;
    if( !known ) csl_unread(s, key);
  }
}

void lit_parse_csl_json(lit_ctx *c, const char *text, size_t len){
  json_error_t e;
  json_t *root = json_loadb(text, len, JSON_DECODE_ANY | JSON_REJECT_DUPLICATES, &e);
  if( !root ){
    /* jansson quotes the token it stopped at: keep only whole characters */
    lit_problem(c, "not valid JSON at line %d, column %d: %.*s", e.line, e.column,
                (int)kt_utf8_valid_prefix((const unsigned char*)e.text, strlen(e.text)), e.text);
    return;
  }
  csl_state s;
  memset(&s, 0, sizeof s);
  s.c = c;
  if( json_is_array(root) ){
    size_t i;
    json_t *it;
    json_array_foreach(root, i, it){
      csl_item(&s, it, (int)i + 1);
      if( c->oom ) break;
    }
  }else if( json_is_object(root) ){
    csl_item(&s, root, 1);
  }else{
    lit_problem(c, "not a CSL-JSON array or item");
  }
  json_decref(root);
  if( s.n_unread ){
    char msg[CSL_MAX_UNREAD * 34 + 32] = "variables not read:";
    size_t k = strlen(msg);
    for( int i = 0; i < s.n_unread; i++ ) k += (size_t)snprintf(msg + k, sizeof msg - k, "%s %s", i ? "," : "", s.unread[i]);
    lit_problem(c, "%s", msg);
  }
}
