/*
** A page saved from a browser (HTML, or MHTML "Webpage, single file") whose
** head carries citation metadata -> one record.
**
**   <meta name="citation_title" content="지역혁신체계의 진화">
**   <meta name="citation_title" lang="en" content="The Evolution of ...">
**   <meta name="citation_author" content="김민수">          one per author, or
**   <meta name="citation_author" content="김민수;이지은;">   several joined by ";"
**   <meta name="citation_publication_date" content="2013/11">
**   <meta name="DC.creator" ...>  <meta name="prism.volume" ...>
**   <script type="application/ld+json">{"@type": "ScholarlyArticle", ...}</script>
**
** Read with Debian's libgumbo (an HTML5 parser: entities, quoting and
** malformed markup as a browser reads them) and jansson (JSON-LD).
**
** Tags read (the first one given wins; "|" lists alternatives in order):
**   title      citation_title | DC.title | dcterms.title; a twin with lang="en"
**              (any lang other than ko) is the other-language title; a bracketed
**              kind before the title ("[논문]", "[보고서]", see hm_kinds) is
**              stripped and may give the type
**   authors    citation_author (each split at ";") | citation_authors | DC.creator;
**              the lang="en" twins, when as many, pair by position with the
**              others: one author with name_ko and name_latin;
**              citation_author_institution is the affiliation of the author
**              before it
**   date       citation_publication_date | citation_date | prism.publicationDate |
**              prism.coverDate | DC.date.issued | dcterms.issued | DC.date:
**              "2013", "2013/11", "2013-11-30", "2013.11" -> year, published
**              ("2013-11" or "2013-11-30") and date (only with a day)
**   journal    citation_journal_title | prism.publicationName |
**              citation_conference_title (lang twins: journal_ko, journal_foreign)
**   volume, issue, pages   citation_volume | prism.volume, citation_issue |
**              prism.number | prism.issueIdentifier, citation_firstpage |
**              prism.startingPage, citation_lastpage | prism.endingPage
**   doi        citation_doi | prism.doi | DC.identifier (a DOI only), without
**              "https://doi.org/" or "doi:"
**   issn       prism.issn | the first citation_issn; eissn: prism.eIssn | a
**              second, different citation_issn (publishers list print first)
**   keywords   citation_keywords | DC.subject | prism.keyword, each split at ";"
**              (or "," when there is no ";"); "한국어(English)" is two keywords
**   abstract   citation_abstract | DC.description | dcterms.abstract (every one,
**              in page order; abstract_ko and abstract_foreign by script)
**   language   citation_language | DC.language ("ko", "en", ...), else the
**              abstract's language
**   has_pdf    citation_pdf_url;  publisher  citation_publisher | DC.publisher |
**              citation_dissertation_institution | citation_technical_report_institution
**   url        citation_abstract_html_url | <link rel="canonical"> | og:url |
**              the MHTML file's Content-Location
**   source_id  KCI's ART id or KoreaScience's JAKO id in the url (or the
**              citation_pdf_url)
**   type       citation_dissertation_institution thesis,
**              citation_technical_report_institution report,
**              citation_conference_title paper-conference, a journal
**              article-journal, else the bracketed kind
** Without any of these tags, a JSON-LD ScholarlyArticle (alone or in an
** @graph) gives the record: headline/name, alternativeHeadline, author,
** datePublished, isPartOf (PublicationIssue, PublicationVolume,
** Periodical with its issn), pageStart/pageEnd, publisher, keywords,
** abstract/description, inLanguage, url, a DOI in identifier or sameAs.
**
** No record, format unknown, with an error: a page without such tags (a
** home page with only og:title), a page listing several articles (several
** citation_title tags or ScholarlyArticle objects: a search result or a
** table of contents), a page whose tags give no title, or DC.* tags without
** an author, date, journal or DOI (many sites put DC.title on every page).
** A page that ends before </body> or </html> is cut off: partial = 1.
**
** Speed: gumbo is handed only the head (up to </head>, <body> or the first
** tag that cannot be in a head, found by hm_head_end()), plus the JSON-LD
** script elements of the body when the head has no tags of ours. Parsing
** whole bodies with gumbo runs at ~25 MB/s and deeply nested markup is
** quadratic in it (100,000 nested <div> take 9 s); the head is small and
** flat.
*/
#define _GNU_SOURCE  /* memrchr */
#include "docs/docs_internal.h"
#include "text/text.h"
#include "text/utf8.h"
#include <gumbo.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>

/* ---- small string helpers ---------------------------------------------- */

static char hm_lower(char ch){ return (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch; }
static int hm_is_space(char ch){ return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f'; }
static int hm_is_alpha(char ch){ ch = hm_lower(ch); return ch >= 'a' && ch <= 'z'; }

/* 1 when p[0..n) starts with lit, ignoring ASCII case. */
static int hm_starts_ci(const char *p, size_t n, const char *lit){
  size_t k = strlen(lit);
  if( n < k ) return 0;
  for( size_t i = 0; i < k; i++ ) if( hm_lower(p[i]) != lit[i] ) return 0;
  return 1;
}

static int hm_eq_ci(const char *s, const char *lit){
  if( !s ) return 0;
  size_t n = strlen(s);
  return n == strlen(lit) && hm_starts_ci(s, n, lit);
}

/* Finds lit (lower case) in p[0..n), ignoring ASCII case; returns its offset
** or n. The next lower- and upper-case first letters are each found once
** with memchr and kept until passed, so the search is one pass. */
static size_t hm_find_ci(const char *p, size_t n, const char *lit){
  size_t k = strlen(lit);
  if( !p || n < k ) return n;
  char lo = lit[0], up = (char)(lo >= 'a' && lo <= 'z' ? lo - 32 : lo);
  const char *end = p + n, *a = p, *b = lo != up ? p : end;
  int a_ok = 0, b_ok = lo == up;
  size_t i = 0;
  while( i + k <= n ){
    if( !a_ok || a < p + i ){ a = memchr(p + i, lo, n - i); if( !a ) a = end; a_ok = 1; }
    if( !b_ok || b < p + i ){ b = memchr(p + i, up, n - i); if( !b ) b = end; b_ok = 1; }
    const char *q = a < b ? a : b;
    if( q == end ) return n;
    i = (size_t)(q - p);
    if( i + k <= n && hm_starts_ci(p + i, n - i, lit) ) return i;
    i++;
  }
  return n;
}

/* lit_trim, and line feeds too (attribute values and headers may hold them). */
static lit_span hm_trim(lit_span s){
  for(;;){
    s = lit_trim(s);
    if( s.n && s.p[0] == '\n' ){ s.p++; s.n--; continue; }
    if( s.n && s.p[s.n - 1] == '\n' ){ s.n--; continue; }
    return s;
  }
}
/* At most max bytes of p[0..n), ending at a character boundary (for messages). */
static int hm_cut(const char *p, size_t n, size_t max){
  if( n > max ) n = max;
  return (int)kt_utf8_valid_prefix((const unsigned char*)p, n);
}

static lit_span hm_span(const char *s){ return hm_trim(lit_span_of(s, s ? strlen(s) : 0)); }

static int hm_has_hangul(lit_span s){
  size_t h, l;
  lit_script_count(s.p, s.n, &h, &l);
  return h > 0;
}

/* ---- detection ------------------------------------------------------------ */

/* Header block of an MIME file (lines up to the first empty one) holding
** MIME-Version and a multipart/related Content-Type. */
static int hm_is_mhtml(const char *text, size_t n){
  lit_lines it = { text, n, 0 };
  lit_span line;
  int version = 0, related = 0, lines = 0;
  while( lit_next_line(&it, &line) && lines++ < 64 ){
    if( lit_trim(line).n == 0 ) break;
    if( hm_starts_ci(line.p, line.n, "mime-version:") ) version = 1;
    else if( hm_starts_ci(line.p, line.n, "content-type:") ){
      lit_span v = lit_trim(lit_span_of(line.p + 13, line.n - 13));
      if( hm_starts_ci(v.p, v.n, "multipart/related") ) related = 1;
    }
  }
  return version && related;
}

/* Offset after leading white space, comments and an XML declaration. */
static size_t hm_skip_prolog(const char *text, size_t n){
  size_t i = 0;
  for(;;){
    while( i < n && hm_is_space(text[i]) ) i++;
    if( hm_starts_ci(text + i, n - i, "<!--") ){
      size_t e = hm_find_ci(text + i + 4, n - i - 4, "-->");
      if( e == n - i - 4 ) return n;
      i += 4 + e + 3;
    }else if( hm_starts_ci(text + i, n - i, "<?xml") ){
      const char *gt = memchr(text + i, '>', n - i);
      if( !gt ) return n;
      i = (size_t)(gt - text) + 1;
    }else{
      return i;
    }
  }
}

/* "<name" followed by a space, ">" or "/". */
static int hm_starts_tag(const char *p, size_t n, const char *tag){
  size_t k = strlen(tag);
  return hm_starts_ci(p, n, tag) && n > k && (hm_is_space(p[k]) || p[k] == '>' || p[k] == '/');
}

int lit_detect_html_meta(const char *text, size_t len){
  size_t n = lit_detect_head(text, len);
  if( hm_is_mhtml(text, n) ) return 2;
  size_t i = hm_skip_prolog(text, n);
  const char *p = text + i;
  size_t rest = n - i;
  if( hm_starts_tag(p, rest, "<!doctype") && hm_starts_ci(p + 10, rest - 10, "html") ) return 2;
  if( hm_starts_tag(p, rest, "<html") || hm_starts_tag(p, rest, "<head") || hm_starts_tag(p, rest, "<meta")
   || hm_starts_tag(p, rest, "<title") ) return 2;
  return 0;
}

/* ---- the end of the head ------------------------------------------------ */

/* Elements a head may hold; any other start tag begins the body. */
static int hm_head_tag(const char *name){
  static const char *const tags[] = { "html", "head", "meta", "link", "base", "title", "script",
    "style", "noscript", "basefont", "bgsound" };
  for( size_t i = 0; i < sizeof tags / sizeof tags[0]; i++ ) if( strcmp(name, tags[i]) == 0 ) return 1;
  return 0;
}

/* Offset just after the tag that starts at text[i] ('<' + name), with
** quoted attribute values skipped as HTML reads them; n when it does not end. */
static size_t hm_tag_end(const char *t, size_t n, size_t i){
  size_t j = i + 1;
  while( j < n && !hm_is_space(t[j]) && t[j] != '>' && t[j] != '/' ) j++;
  for(;;){
    while( j < n && (hm_is_space(t[j]) || t[j] == '/') ) j++;
    if( j >= n ) return n;
    if( t[j] == '>' ) return j + 1;
    j++;  /* attribute name, whose first character may be "=" */
    while( j < n && !hm_is_space(t[j]) && t[j] != '/' && t[j] != '>' && t[j] != '=' ) j++;
    while( j < n && hm_is_space(t[j]) ) j++;
    if( j < n && t[j] == '=' ){
      j++;
      while( j < n && hm_is_space(t[j]) ) j++;
      if( j < n && (t[j] == '"' || t[j] == '\'') ){
        const char *q = memchr(t + j + 1, t[j], n - j - 1);
        if( !q ) return n;
        j = (size_t)(q - t) + 1;
      }else{
        while( j < n && !hm_is_space(t[j]) && t[j] != '>' ) j++;
      }
    }
  }
}

/* Where the head of an HTML text ends: after </head>, or before <body>,
** </body>, </html> or the 65th start tag a head cannot hold (a stray <div> or
** the <img> of a tracking pixel in <noscript> does not end the search, a body
** of markup does); n when none is found. Comments and the content of
** <script>, <style>, <title> and <noscript> are skipped whole. This only
** chooses what gumbo reads (a bounded, almost flat part of the page); gumbo
** does the parsing, and finds the meta tags wherever its tree puts them. */
static size_t hm_head_end(const char *t, size_t n){
  size_t i = 0;
  int strays = 0;
  const char *lt;
  while( i < n && (lt = memchr(t + i, '<', n - i)) != NULL ){
    i = (size_t)(lt - t);
    const char *p = t + i;
    size_t rest = n - i;
    if( hm_starts_ci(p, rest, "<!--") ){
      size_t e = hm_find_ci(p + 4, rest - 4, "-->");
      if( e == rest - 4 ) return n;
      i += 4 + e + 3;
      continue;
    }
    if( rest >= 2 && (p[1] == '!' || p[1] == '?') ){
      const char *gt = memchr(p, '>', rest);
      if( !gt ) return n;
      i = (size_t)(gt - t) + 1;
      continue;
    }
    int closing = rest >= 2 && p[1] == '/';
    size_t k = i + 1 + (size_t)closing;
    if( k >= n || !hm_is_alpha(t[k]) ){ i++; continue; }
    char name[12];
    size_t m = 0;
    while( k < n && !hm_is_space(t[k]) && t[k] != '>' && t[k] != '/' ){
      if( m < sizeof name - 1 ) name[m] = hm_lower(t[k]);
      m++;
      k++;
    }
    if( m >= sizeof name ) m = sizeof name - 1, name[0] = '-';  /* too long for a head tag */
    name[m] = 0;
    if( closing ){
      if( strcmp(name, "head") == 0 ){
        const char *gt = memchr(p, '>', rest);
        return gt ? (size_t)(gt - t) + 1 : n;
      }
      if( strcmp(name, "body") == 0 || strcmp(name, "html") == 0 ) return i;
      const char *gt = memchr(p, '>', rest);
      if( !gt ) return n;
      i = (size_t)(gt - t) + 1;
      continue;
    }
    if( strcmp(name, "body") == 0 || (!hm_head_tag(name) && ++strays > 64) ) return i;
    i = hm_tag_end(t, n, i);
    if( strcmp(name, "script") == 0 || strcmp(name, "style") == 0 || strcmp(name, "title") == 0
     || strcmp(name, "noscript") == 0 ){
      char close[16];
      snprintf(close, sizeof close, "</%s", name);
      size_t e = hm_find_ci(t + i, n - i, close);
      if( e == n - i ) return n;
      i += e;
    }
  }
  return n;
}

/* 1 when the text holds </html> or </body>: the page was saved whole. */
static int hm_has_end(const char *t, size_t n){
  size_t i = n;
  while( i > 0 ){
    const char *lt = memrchr(t, '<', i);
    if( !lt ) return 0;
    size_t k = (size_t)(lt - t);
    if( hm_starts_ci(lt, n - k, "</html") || hm_starts_ci(lt, n - k, "</body") ) return 1;
    i = k;
  }
  return 0;
}

/* ---- what the page holds ------------------------------------------------ */

typedef struct hm_meta {
  const char *key;    /* name or property, as written (compared ignoring case) */
  const char *val;    /* content, trimmed later */
  int foreign;        /* lang (or xml:lang) given and not Korean */
} hm_meta;

typedef struct hm_json { const char *p; size_t n; } hm_json;

typedef struct hm_page {
  hm_meta *meta;
  int n_meta, cap_meta;
  hm_json *json;      /* JSON-LD script texts */
  int n_json, cap_json;
  const char *canonical;
  int ours;           /* meta tags of citation_*, DC.*, dcterms.* or prism.* */
  int og;             /* og:* tags */
  char *location;     /* MHTML Content-Location (lit_malloc) */
  int cut;            /* the page was cut off */
} hm_page;

static int hm_our_key(const char *k){
  return hm_starts_ci(k, strlen(k), "citation_") || hm_starts_ci(k, strlen(k), "dc.")
      || hm_starts_ci(k, strlen(k), "dcterms.") || hm_starts_ci(k, strlen(k), "prism.");
}

static void hm_add_meta(lit_ctx *c, hm_page *pg, const char *key, const char *val, int foreign){
  if( pg->n_meta == pg->cap_meta ){
    if( pg->cap_meta > (1 << 24) ){ c->oom = 1; return; }
    int cap = pg->cap_meta ? pg->cap_meta * 2 : 32;
    hm_meta *m = lit_realloc(c, pg->meta, (size_t)cap * sizeof *m);
    if( !m ) return;
    pg->meta = m;
    pg->cap_meta = cap;
  }
  hm_meta *m = &pg->meta[pg->n_meta++];
  m->key = key;
  m->val = val;
  m->foreign = foreign;
}

static void hm_add_json(lit_ctx *c, hm_page *pg, const char *p, size_t n){
  if( pg->n_json == pg->cap_json ){
    if( pg->cap_json > (1 << 20) ){ c->oom = 1; return; }
    int cap = pg->cap_json ? pg->cap_json * 2 : 4;
    hm_json *j = lit_realloc(c, pg->json, (size_t)cap * sizeof *j);
    if( !j ) return;
    pg->json = j;
    pg->cap_json = cap;
  }
  pg->json[pg->n_json].p = p;
  pg->json[pg->n_json].n = n;
  pg->n_json++;
}

static const char *hm_attr(const GumboElement *e, const char *name){
  const GumboAttribute *a = gumbo_get_attribute(&e->attributes, name);
  return a ? a->value : NULL;
}

static const GumboVector *hm_children(const GumboNode *node){
  if( node->type == GUMBO_NODE_DOCUMENT ) return &node->v.document.children;
  if( node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE ) return &node->v.element.children;
  return NULL;
}

static void hm_visit(lit_ctx *c, hm_page *pg, const GumboNode *node){
  const GumboElement *e = &node->v.element;
  if( e->tag == GUMBO_TAG_META ){
    const char *key = hm_attr(e, "name");
    if( !key ) key = hm_attr(e, "property");
    const char *val = hm_attr(e, "content");
    if( !key || !val ) return;
    if( hm_starts_ci(key, strlen(key), "og:") ){ pg->og = 1; hm_add_meta(c, pg, key, val, 0); return; }
    if( !hm_our_key(key) ) return;
    const char *lang = hm_attr(e, "lang");
    if( !lang ) lang = hm_attr(e, "xml:lang");
    int foreign = lang && *lang && !hm_starts_ci(lang, strlen(lang), "ko");
    if( hm_span(val).n ) pg->ours = 1;
    hm_add_meta(c, pg, key, val, foreign);
  }else if( e->tag == GUMBO_TAG_LINK ){
    const char *rel = hm_attr(e, "rel"), *href = hm_attr(e, "href");
    if( rel && href && hm_eq_ci(rel, "canonical") && !pg->canonical ) pg->canonical = href;
  }else if( e->tag == GUMBO_TAG_SCRIPT ){
    lit_span type = hm_span(hm_attr(e, "type"));
    if( type.n != 19 || !hm_starts_ci(type.p, type.n, "application/ld+json") ) return;
    if( e->children.length == 1 ){
      const GumboNode *t = e->children.data[0];
      if( t->type == GUMBO_NODE_TEXT || t->type == GUMBO_NODE_CDATA ){
        hm_add_json(c, pg, t->v.text.text, strlen(t->v.text.text));
      }
    }
  }
}

/* Visits every element, depth first, without recursion. */
static void hm_walk(lit_ctx *c, hm_page *pg, const GumboNode *root){
  const GumboNode *node = root;
  while( node ){
    if( node->type == GUMBO_NODE_ELEMENT ) hm_visit(c, pg, node);
    const GumboVector *ch = hm_children(node);
    if( ch && ch->length > 0 ){ node = ch->data[0]; continue; }
    for(;;){
      if( node == root ){ node = NULL; break; }
      const GumboNode *parent = node->parent;
      const GumboVector *sib = parent ? hm_children(parent) : NULL;
      size_t next = node->index_within_parent + 1;
      if( sib && next < sib->length ){ node = sib->data[next]; break; }
      node = parent;
      if( !node ) break;
    }
  }
}

/* ---- looking tags up -------------------------------------------------------- */

/* The first non-empty value of key: of the page's own language when primary
** is 1, of another language when 0, any when -1. */
static lit_span hm_get(const hm_page *pg, const char *key, int primary){
  for( int i = 0; i < pg->n_meta; i++ ){
    const hm_meta *m = &pg->meta[i];
    if( primary >= 0 && m->foreign == primary ) continue;
    if( !hm_eq_ci(m->key, key) ) continue;
    lit_span v = hm_span(m->val);
    if( v.n ) return v;
  }
  return lit_span_of(NULL, 0);
}

/* The first of several keys (a NULL-terminated list) that has a value. */
static lit_span hm_get_any(const hm_page *pg, const char *const *keys, int primary){
  for( int k = 0; keys[k]; k++ ){
    lit_span v = hm_get(pg, keys[k], primary);
    if( v.n ) return v;
  }
  return lit_span_of(NULL, 0);
}

/* 1 when key has two different values in the same language class. */
static int hm_several(const hm_page *pg, const char *key, int *count){
  lit_span first[2] = { { NULL, 0 }, { NULL, 0 } };
  int several = 0;
  *count = 0;
  for( int i = 0; i < pg->n_meta; i++ ){
    const hm_meta *m = &pg->meta[i];
    if( !hm_eq_ci(m->key, key) ) continue;
    lit_span v = hm_span(m->val);
    if( !v.n ) continue;
    if( !m->foreign ) (*count)++;
    lit_span *f = &first[m->foreign];
    if( !f->n ) *f = v;
    else if( f->n != v.n || memcmp(f->p, v.p, v.n) != 0 ) several = 1;
  }
  return several;
}

/* ---- fields ---------------------------------------------------------------- */

static void hm_set_str(lit_ctx *c, char **field, const char *s){
  if( !*field && s ) *field = lit_dup(c, s, strlen(s));
}

/* Kinds a Korean site writes in brackets before a title, and the type each
** tells (NULL: a label only). */
static const struct { const char *kind, *type; } hm_kinds[] = {
  { "논문", "article-journal" }, { "학술논문", "article-journal" }, { "학술지논문", "article-journal" },
  { "학술지", "article-journal" }, { "연구논문", "article-journal" }, { "일반논문", "article-journal" },
  { "학위논문", "thesis" }, { "석사학위논문", "thesis" }, { "박사학위논문", "thesis" },
  { "보고서", "report" }, { "연구보고서", "report" }, { "학술대회", "paper-conference" },
  { "학술대회자료", "paper-conference" }, { "학술대회논문", "paper-conference" },
  { "회의자료", "paper-conference" }, { "발표논문", "paper-conference" }, { "단행본", "book" },
  { "도서", "book" }, { "특집", NULL }, { "기획", NULL }, { "연구노트", NULL }, { "서평", NULL },
};

/* Strips a known bracketed kind ("[논문] ") from t; *type gets its type. */
static lit_span hm_strip_kind(lit_span t, const char **type){
  if( t.n < 2 || t.p[0] != '[' ) return t;
  const char *close = memchr(t.p, ']', t.n);
  if( !close ) return t;
  lit_span kind = hm_trim(lit_span_of(t.p + 1, (size_t)(close - t.p) - 1));
  for( size_t i = 0; i < sizeof hm_kinds / sizeof hm_kinds[0]; i++ ){
    if( lit_span_eq(kind, hm_kinds[i].kind) ){
      if( hm_kinds[i].type ) *type = hm_kinds[i].type;
      size_t at = (size_t)(close - t.p) + 1;
      lit_span rest = hm_trim(lit_span_of(t.p + at, t.n - at));
      return rest.n ? rest : t;
    }
  }
  return t;
}

/* Title from the page's own and the other-language title. */
static void hm_titles(lit_ctx *c, lit_record *r, lit_span own, lit_span other, const char **kind_type){
  own = hm_strip_kind(own, kind_type);
  other = hm_strip_kind(other, kind_type);
  if( !own.n ){ own = other; other = lit_span_of(NULL, 0); }
  lit_set_title(c, r, own);
  if( !other.n || (other.n == own.n && memcmp(other.p, own.p, own.n) == 0) ) return;
  if( hm_has_hangul(other) ){
    if( !r->title_ko ) r->title_ko = lit_dup(c, other.p, other.n);
  }else if( !r->title_foreign ){
    r->title_foreign = lit_dup(c, other.p, other.n);
  }
}

/* "2013", "2013/11", "2013-11-30", "2013.11", "2013-11-30T09:00:00+09:00". */
static int hm_date(lit_ctx *c, lit_record *r, lit_span s){
  s = hm_trim(s);
  size_t t = 0;
  while( t < s.n && s.p[t] != 'T' && s.p[t] != ' ' ) t++;
  s.n = t;
  if( s.n && s.p[s.n - 1] == '.' ) s.n--;
  if( s.n < 4 ) return 0;
  for( int k = 0; k < 4; k++ ) if( !lit_is_digit(s.p[k]) ) return 0;
  if( s.n > 4 && (lit_is_digit(s.p[4]) || (s.p[4] != '.' && s.p[4] != '-' && s.p[4] != '/')) ) return 0;
  int v[2] = { 0, 0 }, parts = 0;
  size_t i = 4;
  for( ; parts < 2 && i < s.n; parts++ ){
    if( s.p[i] != s.p[4] ) return 0;
    i++;
    size_t j = i;
    while( j < s.n && j - i < 2 && lit_is_digit(s.p[j]) ) v[parts] = v[parts] * 10 + (s.p[j++] - '0');
    if( j == i ) return 0;
    i = j;
  }
  if( i != s.n ) return 0;
  int month = v[0], day = v[1];
  if( (parts >= 1 && (month < 1 || month > 12)) || (parts == 2 && (day < 1 || day > 31)) ) return 0;
  char buf[32];
  lit_set(c, &r->year, lit_span_of(s.p, 4));
  if( day ){
    snprintf(buf, sizeof buf, "%.4s-%02d-%02d", s.p, month, day);
    lit_set(c, &r->date, lit_span_of(buf, 10));
    lit_set(c, &r->published, lit_span_of(buf, 10));
  }else if( month ){
    snprintf(buf, sizeof buf, "%.4s-%02d", s.p, month);
    lit_set(c, &r->published, lit_span_of(buf, 7));
  }
  return 1;
}

/* A DOI without its resolver; strict: only "10." DOIs (for DC.identifier). */
static lit_span hm_doi(lit_span s, int strict){
  static const char *const prefixes[] = { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
    "http://dx.doi.org/", "doi.org/", "doi:", "doi " };
  s = hm_trim(s);
  for( size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++ ){
    if( hm_starts_ci(s.p, s.n, prefixes[i]) ){
      size_t k = strlen(prefixes[i]);
      s = hm_trim(lit_span_of(s.p + k, s.n - k));
      break;
    }
  }
  if( strict && !lit_span_starts(s, "10.") ) return lit_span_of(NULL, 0);
  return s;
}

/* Strips "Vol." / "No." / "제 ... 권|호" around a volume or issue number. */
static lit_span hm_number(lit_span s){
  static const char *const prefixes[] = { "vol.", "vol", "v.", "no.", "no", "n." };
  s = hm_trim(s);
  for( size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++ ){
    size_t k = strlen(prefixes[i]);
    if( hm_starts_ci(s.p, s.n, prefixes[i]) && s.n > k && (lit_is_digit(s.p[k]) || s.p[k] == ' ') ){
      s = hm_trim(lit_span_of(s.p + k, s.n - k));
      break;
    }
  }
  if( lit_span_starts(s, "제") && (lit_span_ends(s, "권") || lit_span_ends(s, "호")) && s.n > 6 ){
    s = hm_trim(lit_span_of(s.p + 3, s.n - 6));
  }
  return s;
}

static void hm_keyword(lit_ctx *c, lit_record *r, lit_span kw){
  kw = hm_trim(kw);
  if( !kw.n ) return;
  if( r->n_keyword < 256 ){
    for( int i = 0; i < r->n_keyword; i++ ){
      if( strlen(r->keyword[i]) == kw.n && memcmp(r->keyword[i], kw.p, kw.n) == 0 ) return;
    }
  }
  lit_add_keyword(c, r, kw);
}

/* One keyword, or the two of "한국어(English)" / "English(한국어)". */
static void hm_keyword_pair(lit_ctx *c, lit_record *r, lit_span kw){
  kw = hm_trim(kw);
  if( kw.n > 2 && kw.p[kw.n - 1] == ')' ){
    const char *open = NULL;
    for( size_t i = 0; i + 1 < kw.n; i++ ) if( kw.p[i] == '(' ) open = kw.p + i;
    if( open ){
      lit_span a = hm_trim(lit_span_of(kw.p, (size_t)(open - kw.p)));
      lit_span b = hm_trim(lit_span_of(open + 1, (size_t)(kw.p + kw.n - 1 - open - 1)));
      size_t ah, al, bh, bl;
      lit_script_count(a.p, a.n, &ah, &al);
      lit_script_count(b.p, b.n, &bh, &bl);
      if( a.n && b.n && !memchr(b.p, '(', b.n) && ((ah && !bh && bl) || (bh && !ah && al)) ){
        hm_keyword(c, r, a);
        hm_keyword(c, r, b);
        return;
      }
    }
  }
  hm_keyword(c, r, kw);
}

/* A keyword list: split at ";" when there is one, else at ",". */
static void hm_keywords(lit_ctx *c, lit_record *r, lit_span s){
  char sep = memchr(s.p, ';', s.n) ? ';' : ',';
  size_t i = 0;
  while( i <= s.n ){
    const char *e = i < s.n ? memchr(s.p + i, sep, s.n - i) : NULL;
    size_t j = e ? (size_t)(e - s.p) : s.n;
    hm_keyword_pair(c, r, lit_span_of(s.p + i, j - i));
    i = j + 1;
  }
}

/* Appends an abstract (as a new paragraph) unless the same text is there. */
static void hm_abstract(lit_ctx *c, lit_record *r, lit_span a){
  a = hm_trim(a);
  if( !a.n ) return;
  const char *lang = lit_language(a.p, a.n);
  if( r->abstract ){
    size_t n = strlen(r->abstract);
    /* already there as a whole paragraph (a lang twin repeating it)? */
    for( const char *q = r->abstract; q; ){
      const char *end = strstr(q, "\n\n");
      size_t len = end ? (size_t)(end - q) : strlen(q);
      if( len == a.n && memcmp(q, a.p, a.n) == 0 ) return;
      q = end ? end + 2 : NULL;
    }
    char *b = lit_realloc(c, r->abstract, n + 2 + a.n + 1);
    if( !b ) return;
    memcpy(b + n, "\n\n", 2);
    memcpy(b + n + 2, a.p, a.n);
    b[n + 2 + a.n] = 0;
    r->abstract = b;
  }else{
    r->abstract = lit_dup(c, a.p, a.n);
  }
  if( lang && strcmp(lang, "ko") == 0 ) lit_set(c, &r->abstract_ko, a);
  else if( lang && strcmp(lang, "en") == 0 ) lit_set(c, &r->abstract_foreign, a);
}

/* "ko", "kor", "Korean", "한국어" -> "ko"; "en", "eng", "English", "영어" -> "en";
** a two-letter code (with a region) as given, lower-cased; else NULL. */
static void hm_language(lit_ctx *c, lit_record *r, lit_span s){
  static const struct { const char *name, *code; } names[] = {
    { "ko", "ko" }, { "kor", "ko" }, { "korean", "ko" }, { "한국어", "ko" }, { "국문", "ko" },
    { "en", "en" }, { "eng", "en" }, { "english", "en" }, { "영어", "en" }, { "영문", "en" },
    { "ja", "ja" }, { "jpn", "ja" }, { "japanese", "ja" }, { "zh", "zh" }, { "chi", "zh" },
    { "de", "de" }, { "ger", "de" }, { "deu", "de" }, { "german", "de" }, { "fr", "fr" }, { "fre", "fr" },
  };
  s = hm_trim(s);
  size_t n = s.n;
  if( n > 3 && s.p[2] == '-' && hm_is_alpha(s.p[0]) && hm_is_alpha(s.p[1]) ) n = 2;  /* "ko-KR" */
  for( size_t i = 0; i < sizeof names / sizeof names[0]; i++ ){
    size_t k = strlen(names[i].name);
    if( k == n && hm_starts_ci(s.p, n, names[i].name) ){ hm_set_str(c, &r->language, names[i].code); return; }
  }
  if( n == 2 && hm_is_alpha(s.p[0]) && hm_is_alpha(s.p[1]) ){
    char code[3] = { hm_lower(s.p[0]), hm_lower(s.p[1]), 0 };
    hm_set_str(c, &r->language, code);
  }
}

/* The id a site's own URL carries: KCI's "artiId=ART002480001" (ART and nine
** digits), KoreaScience's "/article/JAKO201334567890123" (JAKO and fifteen
** digits). */
static void hm_source_id(lit_ctx *c, lit_record *r, lit_span url){
  static const struct { const char *before, *prefix; size_t digits; } ids[] = {
    { "artiid=", "ART", 9 }, { "/article/", "JAKO", 15 },
  };
  if( !url.n ) return;
  for( size_t k = 0; k < sizeof ids / sizeof ids[0] && !r->source_id; k++ ){
    size_t at = hm_find_ci(url.p, url.n, ids[k].before);
    if( at == url.n ) continue;
    lit_span rest = lit_span_of(url.p + at + strlen(ids[k].before), url.n - at - strlen(ids[k].before));
    size_t p = strlen(ids[k].prefix), n = p + ids[k].digits;
    if( rest.n < n || memcmp(rest.p, ids[k].prefix, p) != 0 ) continue;
    size_t i = p;
    while( i < n && lit_is_digit(rest.p[i]) ) i++;
    if( i == n && (rest.n == n || !lit_is_digit(rest.p[n])) ) lit_set(c, &r->source_id, lit_span_of(rest.p, n));
  }
}

/* ---- the record from meta tags ---------------------------------------- */

/* Names of one language class, split at ";", with the affiliation that
** follows each (citation_author_institution). */
typedef struct hm_names { lit_span *name; lit_span *aff; int n, cap; } hm_names;

static void hm_names_add(lit_ctx *c, hm_names *l, lit_span s){
  s = hm_trim(s);
  if( !s.n ) return;
  if( l->n == l->cap ){
    if( l->cap > (1 << 20) ){ c->oom = 1; return; }
    int cap = l->cap ? l->cap * 2 : 8;
    lit_span *a = lit_realloc(c, l->name, (size_t)cap * sizeof *a);
    if( !a ) return;
    l->name = a;
    lit_span *b = lit_realloc(c, l->aff, (size_t)cap * sizeof *b);
    if( !b ) return;
    l->aff = b;
    l->cap = cap;
  }
  l->name[l->n] = s;
  l->aff[l->n] = lit_span_of(NULL, 0);
  l->n++;
}

static void hm_collect_names(lit_ctx *c, const hm_page *pg, int foreign, hm_names *l){
  static const char *const keys[] = { "citation_author", "citation_authors", "dc.creator", "dcterms.creator", NULL };
  for( int k = 0; keys[k] && l->n == 0; k++ ){
    for( int i = 0; i < pg->n_meta; i++ ){
      const hm_meta *m = &pg->meta[i];
      if( m->foreign != foreign ) continue;
      if( hm_eq_ci(m->key, keys[k]) ){
        lit_span v = hm_span(m->val);
        size_t a = 0;
        while( a < v.n ){
          const char *e = memchr(v.p + a, ';', v.n - a);
          size_t b = e ? (size_t)(e - v.p) : v.n;
          hm_names_add(c, l, lit_span_of(v.p + a, b - a));
          a = b + 1;
        }
      }else if( k == 0 && hm_eq_ci(m->key, "citation_author_institution") && l->n > 0 && !l->aff[l->n - 1].n ){
        l->aff[l->n - 1] = hm_span(m->val);
      }
    }
  }
}

static void hm_names_free(hm_names *l){ free(l->name); free(l->aff); }

static void hm_authors(lit_ctx *c, lit_record *r, const hm_page *pg){
  hm_names own = { 0 }, other = { 0 };
  hm_collect_names(c, pg, 0, &own);
  hm_collect_names(c, pg, 1, &other);
  hm_names *main = own.n ? &own : &other;
  int paired = own.n && other.n == own.n;
  if( own.n && other.n && other.n != own.n ){
    lit_problem(c, "record %d: %d authors in the page's language and %d in another: the other names are not paired",
                r->ordinal, own.n, other.n);
  }
  size_t len = 0;
  for( int i = 0; i < main->n; i++ ) len += main->name[i].n + 2;
  char *all = main->n ? lit_malloc(c, len + 1) : NULL;
  size_t at = 0;
  for( int i = 0; i < main->n && !c->oom; i++ ){
    if( all ){
      if( at ){ memcpy(all + at, "; ", 2); at += 2; }
      memcpy(all + at, main->name[i].p, main->name[i].n);
      at += main->name[i].n;
    }
    lit_author *a = lit_add_person(c, r, main->name[i]);
    if( !a ) continue;
    lit_span aff = main->aff[i];
    if( !aff.n && paired ) aff = other.aff[i];
    lit_set(c, &a->affiliation, aff);
    if( paired ){
      lit_span x = own.name[i], y = other.name[i];
      if( x.n == y.n && memcmp(x.p, y.p, x.n) == 0 ) continue;
      int xh = hm_has_hangul(x), yh = hm_has_hangul(y);
      if( xh && !yh ){ lit_set(c, &a->name_ko, x); lit_set(c, &a->name_latin, y); }
      else if( yh && !xh ){ lit_set(c, &a->name_ko, y); lit_set(c, &a->name_latin, x); }
    }
  }
  if( all ){
    all[at] = 0;
    r->authors = all;
  }
  hm_names_free(&own);
  hm_names_free(&other);
}

static void hm_from_meta(lit_ctx *c, hm_page *pg){
  static const char *const title_keys[] = { "citation_title", "dc.title", "dcterms.title", NULL };
  int count = 0;
  const char *title_key = NULL;
  for( int k = 0; title_keys[k] && !title_key; k++ ) if( hm_get(pg, title_keys[k], -1).n ) title_key = title_keys[k];
  if( !title_key ){
    c->doc->format = LIT_FORMAT_UNKNOWN;
    lit_problem(c, "an HTML page with citation_*, DC.* or prism.* meta tags but no title among them "
                "(citation_title or DC.title): not a record");
    return;
  }
  if( hm_several(pg, title_key, &count) ){
    c->doc->format = LIT_FORMAT_UNKNOWN;
    lit_problem(c, "a page listing several articles (%d %s tags): a search result or table of contents "
                "is not one record", count, strcmp(title_key, "citation_title") == 0 ? "citation_title" : "DC.title");
    return;
  }
  static const char *const date_keys[] = { "citation_publication_date", "citation_date", "prism.publicationdate",
    "prism.coverdate", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", NULL };
  static const char *const journal_keys[] = { "citation_journal_title", "prism.publicationname", NULL };
  static const char *const doi_keys[] = { "citation_doi", "prism.doi", NULL };
  if( strcmp(title_key, "citation_title") != 0 ){
    static const char *const evidence[] = { "dc.creator", "dcterms.creator", "prism.publicationname",
      "prism.doi", "prism.volume", NULL };
    int any = hm_get_any(pg, evidence, -1).n || hm_get_any(pg, date_keys, -1).n
           || hm_doi(hm_get(pg, "dc.identifier", -1), 1).n;
    if( !any ){
      c->doc->format = LIT_FORMAT_UNKNOWN;
      lit_problem(c, "an HTML page whose DC.* tags give a title but no author, date, journal or DOI: not an article");
      return;
    }
  }
  lit_record *r = lit_new_record(c);
  if( !r ) return;
  const char *kind_type = NULL;
  hm_titles(c, r, hm_get(pg, title_key, 1), hm_get(pg, title_key, 0), &kind_type);
  hm_authors(c, r, pg);
  for( int k = 0; date_keys[k]; k++ ){
    lit_span v = hm_get(pg, date_keys[k], -1);
    if( v.n && hm_date(c, r, v) ) break;
  }
  /* the journal, its other-language name, and the type */
  lit_span journal = hm_get_any(pg, journal_keys, 1), journal_other = hm_get_any(pg, journal_keys, 0);
  lit_span conference = hm_get(pg, "citation_conference_title", -1);
  lit_span thesis = hm_get(pg, "citation_dissertation_institution", -1);
  lit_span report = hm_get(pg, "citation_technical_report_institution", -1);
  if( !journal.n ){ journal = journal_other; journal_other = lit_span_of(NULL, 0); }
  if( thesis.n ) hm_set_str(c, &r->type, "thesis");
  else if( report.n ) hm_set_str(c, &r->type, "report");
  else if( conference.n ) hm_set_str(c, &r->type, "paper-conference");
  else if( journal.n ) hm_set_str(c, &r->type, "article-journal");
  else if( kind_type ) hm_set_str(c, &r->type, kind_type);
  if( !journal.n ) journal = conference;
  lit_set(c, &r->journal, journal);
  if( journal_other.n && !(journal_other.n == journal.n && memcmp(journal_other.p, journal.p, journal.n) == 0) ){
    int jh = hm_has_hangul(journal), oh = hm_has_hangul(journal_other);
    if( jh && !oh ){ lit_set(c, &r->journal_ko, journal); lit_set(c, &r->journal_foreign, journal_other); }
    else if( oh && !jh ){ lit_set(c, &r->journal_ko, journal_other); lit_set(c, &r->journal_foreign, journal); }
  }
  static const char *const volume_keys[] = { "citation_volume", "prism.volume", NULL };
  static const char *const issue_keys[] = { "citation_issue", "prism.number", "prism.issueidentifier", NULL };
  static const char *const first_keys[] = { "citation_firstpage", "prism.startingpage", NULL };
  static const char *const last_keys[] = { "citation_lastpage", "prism.endingpage", NULL };
  lit_set(c, &r->volume, hm_number(hm_get_any(pg, volume_keys, -1)));
  lit_set(c, &r->issue, hm_number(hm_get_any(pg, issue_keys, -1)));
  lit_span first = hm_get_any(pg, first_keys, -1), last = hm_get_any(pg, last_keys, -1);
  const char *dash = first.n ? memchr(first.p, '-', first.n) : NULL;
  if( dash && !last.n ){
    last = hm_trim(lit_span_of(dash + 1, (size_t)(first.p + first.n - dash - 1)));
    first = hm_trim(lit_span_of(first.p, (size_t)(dash - first.p)));
  }
  lit_set(c, &r->page_first, first);
  lit_set(c, &r->page_last, last);
  lit_span doi = hm_doi(hm_get_any(pg, doi_keys, -1), 0);
  if( !doi.n ) doi = hm_doi(hm_get(pg, "dc.identifier", -1), 1);
  if( !doi.n ) doi = hm_doi(hm_get(pg, "dcterms.identifier", -1), 1);
  lit_set(c, &r->doi, doi);
  /* ISSNs: prism names them; citation_issn lists print first */
  lit_set(c, &r->issn, hm_get(pg, "prism.issn", -1));
  lit_set(c, &r->eissn, hm_get(pg, "prism.eissn", -1));
  for( int i = 0; i < pg->n_meta; i++ ){
    if( !hm_eq_ci(pg->meta[i].key, "citation_issn") ) continue;
    lit_span v = hm_span(pg->meta[i].val);
    if( !v.n ) continue;
    if( (r->issn && strlen(r->issn) == v.n && memcmp(r->issn, v.p, v.n) == 0)
     || (r->eissn && strlen(r->eissn) == v.n && memcmp(r->eissn, v.p, v.n) == 0) ) continue;
    if( !r->issn ) lit_set(c, &r->issn, v);
    else if( !r->eissn ) lit_set(c, &r->eissn, v);
    else lit_problem(c, "record %d: a third ISSN %.*s is not kept", r->ordinal, hm_cut(v.p, v.n, 20), v.p);
  }
  /* keywords and abstracts: every tag, in page order */
  static const char *const kw_keys[] = { "citation_keywords", "dc.subject", "prism.keyword", NULL };
  for( int k = 0; kw_keys[k] && r->n_keyword == 0; k++ ){
    for( int i = 0; i < pg->n_meta; i++ ){
      if( hm_eq_ci(pg->meta[i].key, kw_keys[k]) ) hm_keywords(c, r, hm_span(pg->meta[i].val));
    }
  }
  static const char *const abs_keys[] = { "citation_abstract", "dc.description", "dcterms.abstract", NULL };
  for( int k = 0; abs_keys[k] && !r->abstract; k++ ){
    for( int i = 0; i < pg->n_meta; i++ ){
      if( hm_eq_ci(pg->meta[i].key, abs_keys[k]) ) hm_abstract(c, r, hm_span(pg->meta[i].val));
    }
  }
  static const char *const lang_keys[] = { "citation_language", "dc.language", "dcterms.language", NULL };
  hm_language(c, r, hm_get_any(pg, lang_keys, -1));
  if( !r->language && r->abstract ){
    const char *lang = lit_language(r->abstract, strlen(r->abstract));
    hm_set_str(c, &r->language, lang);
  }
  if( hm_get(pg, "citation_pdf_url", -1).n ) r->has_pdf = 1;
  static const char *const pub_keys[] = { "citation_publisher", "dc.publisher", "dcterms.publisher",
    "prism.publisher", NULL };
  lit_span pub = hm_get_any(pg, pub_keys, 1);
  if( !pub.n ) pub = hm_get_any(pg, pub_keys, -1);
  if( !pub.n ) pub = thesis.n ? thesis : report;
  lit_set(c, &r->publisher, pub);
  lit_span url = hm_get(pg, "citation_abstract_html_url", -1);
  if( !url.n && pg->canonical ) url = hm_span(pg->canonical);
  if( !url.n ) url = hm_get(pg, "og:url", -1);
  if( !url.n && pg->location ) url = hm_span(pg->location);
  lit_set(c, &r->url, url);
  hm_source_id(c, r, url);
  if( !r->source_id ) hm_source_id(c, r, hm_get(pg, "citation_pdf_url", -1));
}

/* ---- the record from JSON-LD ---------------------------------------- */

static const char *hm_jstr(json_t *o, const char *key){
  json_t *v = json_is_object(o) ? json_object_get(o, key) : NULL;
  if( json_is_array(v) ) v = json_array_get(v, 0);
  if( json_is_object(v) ) v = json_object_get(v, "name");
  return json_is_string(v) ? json_string_value(v) : NULL;
}

/* A number or string field as text (issueNumber may be 4 or "4"). */
static void hm_jset(lit_ctx *c, char **field, json_t *o, const char *key){
  json_t *v = json_object_get(o, key);
  if( json_is_integer(v) ){
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", (long long)json_integer_value(v));
    lit_set(c, field, lit_span_of(buf, strlen(buf)));
  }else if( json_is_string(v) ){
    lit_set(c, field, hm_span(json_string_value(v)));
  }
}

static int hm_jtype(json_t *o, const char *type){
  json_t *t = json_object_get(o, "@type");
  if( json_is_string(t) ) return strcmp(json_string_value(t), type) == 0;
  size_t i;
  json_t *v;
  json_array_foreach(t, i, v) if( json_is_string(v) && strcmp(json_string_value(v), type) == 0 ) return 1;
  return 0;
}

/* ScholarlyArticle objects at the top, in a top-level array or in @graph. */
static void hm_jarticles(json_t *v, json_t **found, int *n){
  if( json_is_array(v) ){
    size_t i;
    json_t *e;
    json_array_foreach(v, i, e) if( json_is_object(e) ) hm_jarticles(e, found, n);
    return;
  }
  if( !json_is_object(v) ) return;
  if( hm_jtype(v, "ScholarlyArticle") ){
    if( (*n)++ == 0 ) *found = v;
  }
  json_t *g = json_object_get(v, "@graph");
  if( json_is_array(g) ){
    size_t i;
    json_t *e;
    json_array_foreach(g, i, e) if( json_is_object(e) && hm_jtype(e, "ScholarlyArticle") && (*n)++ == 0 ) *found = e;
  }
}

static void hm_jdoi(lit_ctx *c, lit_record *r, json_t *v){
  if( json_is_array(v) ){
    size_t i;
    json_t *e;
    json_array_foreach(v, i, e) hm_jdoi(c, r, e);
    return;
  }
  if( json_is_object(v) ){
    const char *id = hm_jstr(v, "propertyID");
    json_t *val = json_object_get(v, "value");
    if( id && hm_eq_ci(id, "doi") && json_is_string(val) ) lit_set(c, &r->doi, hm_doi(hm_span(json_string_value(val)), 0));
    return;
  }
  if( !json_is_string(v) ) return;
  lit_span s = hm_span(json_string_value(v));
  size_t at = hm_find_ci(s.p, s.n, "doi.org/");
  if( at < s.n ) s = lit_span_of(s.p + at + 8, s.n - at - 8);
  lit_set(c, &r->doi, hm_doi(s, 1));
}

static void hm_jauthor(lit_ctx *c, lit_record *r, json_t *a, char **all, size_t *len){
  lit_span s = lit_span_of(NULL, 0);
  char *built = NULL;
  if( json_is_string(a) ) s = hm_span(json_string_value(a));
  else if( json_is_object(a) ){
    s = hm_span(hm_jstr(a, "name"));
    lit_span given = hm_span(hm_jstr(a, "givenName")), family = hm_span(hm_jstr(a, "familyName"));
    if( !s.n && family.n ){
      /* "Family, Given", which lit_add_person splits at the comma */
      built = lit_malloc(c, family.n + 2 + given.n + 1);
      if( !built ) return;
      memcpy(built, family.p, family.n);
      size_t k = family.n;
      if( given.n ){ memcpy(built + k, ", ", 2); memcpy(built + k + 2, given.p, given.n); k += 2 + given.n; }
      built[k] = 0;
      s = lit_span_of(built, k);
    }
  }
  if( s.n ){
    lit_author *au = lit_add_person(c, r, s);
    if( au && json_is_object(a) ) lit_set(c, &au->affiliation, hm_span(hm_jstr(a, "affiliation")));
    char *b = au ? lit_realloc(c, *all, *len + s.n + 3) : NULL;
    if( b ){
      if( *len ){ memcpy(b + *len, "; ", 2); *len += 2; }
      memcpy(b + *len, s.p, s.n);
      *len += s.n;
      b[*len] = 0;
      *all = b;
    }
  }
  free(built);
}

static void hm_from_json(lit_ctx *c, json_t *a){
  lit_record *r = lit_new_record(c);
  if( !r ) return;
  const char *kind_type = NULL;
  lit_span title = hm_span(hm_jstr(a, "headline"));
  if( !title.n ) title = hm_span(hm_jstr(a, "name"));
  hm_titles(c, r, title, hm_span(hm_jstr(a, "alternativeHeadline")), &kind_type);
  json_t *au = json_object_get(a, "author");
  char *all = NULL;
  size_t len = 0;
  if( json_is_array(au) ){
    size_t i;
    json_t *e;
    json_array_foreach(au, i, e) hm_jauthor(c, r, e, &all, &len);
  }else if( au ){
    hm_jauthor(c, r, au, &all, &len);
  }
  r->authors = all;
  const char *date = hm_jstr(a, "datePublished");
  if( date ) hm_date(c, r, hm_span(date));
  /* isPartOf: issue -> volume -> periodical, a few levels */
  json_t *p = json_object_get(a, "isPartOf");
  for( int depth = 0; depth < 6 && p; depth++ ){
    if( json_is_array(p) ) p = json_array_get(p, 0);
    if( !json_is_object(p) ) break;
    if( hm_jtype(p, "PublicationIssue") ) hm_jset(c, &r->issue, p, "issueNumber");
    else if( hm_jtype(p, "PublicationVolume") ) hm_jset(c, &r->volume, p, "volumeNumber");
    else if( hm_jtype(p, "Periodical") ){
      lit_set(c, &r->journal, hm_span(hm_jstr(p, "name")));
      json_t *issn = json_object_get(p, "issn");
      if( json_is_string(issn) ) lit_set(c, &r->issn, hm_span(json_string_value(issn)));
      else if( json_is_array(issn) ){
        lit_set(c, &r->issn, hm_span(json_string_value(json_array_get(issn, 0))));
        lit_set(c, &r->eissn, hm_span(json_string_value(json_array_get(issn, 1))));
      }
      hm_set_str(c, &r->type, "article-journal");
    }
    p = json_object_get(p, "isPartOf");
  }
  if( !r->type && kind_type ) hm_set_str(c, &r->type, kind_type);
  hm_jset(c, &r->page_first, a, "pageStart");
  hm_jset(c, &r->page_last, a, "pageEnd");
  lit_set(c, &r->publisher, hm_span(hm_jstr(a, "publisher")));
  json_t *kw = json_object_get(a, "keywords");
  if( json_is_string(kw) ) hm_keywords(c, r, hm_span(json_string_value(kw)));
  else if( json_is_array(kw) ){
    size_t i;
    json_t *e;
    json_array_foreach(kw, i, e) if( json_is_string(e) ) hm_keyword_pair(c, r, hm_span(json_string_value(e)));
  }
  const char *abs = hm_jstr(a, "abstract");
  if( !abs ) abs = hm_jstr(a, "description");
  if( abs ) hm_abstract(c, r, hm_span(abs));
  json_t *lang = json_object_get(a, "inLanguage");
  if( json_is_object(lang) ) lang = json_object_get(lang, "alternateName");
  if( json_is_string(lang) ) hm_language(c, r, hm_span(json_string_value(lang)));
  if( !r->language && r->abstract ) hm_set_str(c, &r->language, lit_language(r->abstract, strlen(r->abstract)));
  hm_jdoi(c, r, json_object_get(a, "identifier"));
  hm_jdoi(c, r, json_object_get(a, "sameAs"));
  lit_set(c, &r->url, hm_span(hm_jstr(a, "url")));
}

/* The JSON-LD of the page: 1 when it gave the record or a reason for none. */
static int hm_json_ld(lit_ctx *c, hm_page *pg){
  json_t *docs[64];
  int n_docs = 0, n_art = 0;
  json_t *art = NULL;
  for( int i = 0; i < pg->n_json && n_docs < 64; i++ ){
    json_error_t err;
    json_t *v = json_loadb(pg->json[i].p, pg->json[i].n, 0, &err);
    if( !v ){
      lit_problem(c, "a JSON-LD script is not valid JSON (line %d: %.*s)", err.line,
                  hm_cut(err.text, strlen(err.text), 200), err.text);
      continue;
    }
    docs[n_docs++] = v;
    hm_jarticles(v, &art, &n_art);
  }
  int done = 1;
  if( n_art > 1 ){
    c->doc->format = LIT_FORMAT_UNKNOWN;
    lit_problem(c, "a page listing several articles (%d JSON-LD ScholarlyArticle objects): a search result or "
                "table of contents is not one record", n_art);
  }else if( n_art == 1 ){
    hm_from_json(c, art);
  }else{
    done = 0;
  }
  for( int i = 0; i < n_docs; i++ ) json_decref(docs[i]);
  return done;
}

/* ---- reading a page ----------------------------------------------------- */

/* Copies the JSON-LD script elements after the head into buf (after the
** head itself), so that gumbo reads them without the body. */
static char *hm_with_body_scripts(lit_ctx *c, const char *t, size_t n, size_t head, size_t *out_n){
  char *buf = NULL;
  size_t len = 0, i = head;
  int found = 0;
  while( i < n && found < 64 ){
    size_t at = hm_find_ci(t + i, n - i, "application/ld+json");
    if( at == n - i ) break;
    size_t hit = i + at;
    i = hit + 19;
    const char *lt = memrchr(t + head, '<', hit - head);
    if( !lt ) continue;
    size_t start = (size_t)(lt - t);
    if( !hm_starts_tag(lt, n - start, "<script") || memchr(lt, '>', hit - start) ) continue;
    size_t close = hm_find_ci(t + i, n - i, "</script");
    if( close == n - i ) break;
    const char *gt = memchr(t + i + close, '>', n - i - close);
    size_t end = gt ? (size_t)(gt - t) + 1 : n;
    if( !buf ){
      buf = lit_malloc(c, head + 1);
      if( !buf ) return NULL;
      memcpy(buf, t, head);
      len = head;
    }
    char *b = lit_realloc(c, buf, len + (end - start) + 2);
    if( !b ){ free(buf); return NULL; }
    buf = b;
    buf[len++] = '\n';
    memcpy(buf + len, t + start, end - start);
    len += end - start;
    i = end;
    found++;
  }
  *out_n = len;
  return buf;
}

static void hm_read_html(lit_ctx *c, const char *t, size_t n, hm_page *pg){
  if( !hm_has_end(t, n) ) pg->cut = 1;
  size_t head = hm_head_end(t, n);
  const GumboOptions *opt = &kGumboDefaultOptions;
  GumboOptions o = *opt;
  o.max_errors = 0;
  GumboOutput *out = gumbo_parse_with_options(&o, t, head);
  if( !out ){ c->oom = 1; return; }
  hm_walk(c, pg, out->document);
  GumboOutput *out2 = NULL;
  char *buf = NULL;
  if( !pg->ours && pg->n_json == 0 && head < n && !c->oom ){
    size_t blen = 0;
    buf = hm_with_body_scripts(c, t, n, head, &blen);
    if( buf ){
      out2 = gumbo_parse_with_options(&o, buf, blen);
      if( !out2 ) c->oom = 1;
      else{
        pg->n_meta = 0;
        pg->og = 0;
        pg->canonical = NULL;
        hm_walk(c, pg, out2->document);
      }
    }
  }
  if( c->oom ){
    /* nothing to build */
  }else if( pg->ours ){
    hm_from_meta(c, pg);
  }else if( !hm_json_ld(c, pg) ){
    c->doc->format = LIT_FORMAT_UNKNOWN;
    lit_problem(c, "an HTML page without citation_*, DC.* or prism.* meta tags nor a JSON-LD ScholarlyArticle%s: "
                "not a record", pg->og ? " (it has only og:* tags)" : "");
  }
  if( c->doc->n_rec > 0 && pg->cut ){
    c->doc->rec[0].partial = 1;
    lit_problem(c, "record 1 is incomplete: the page ends before </body> or </html> (cut off)");
  }
  if( out2 ) gumbo_destroy_output(&o, out2);
  free(buf);
  gumbo_destroy_output(&o, out);
}

/* ---- MHTML --------------------------------------------------------------- */

/* The value of a header in a block of header lines, with folded lines. */
static lit_span hm_header(lit_span block, const char *name){
  lit_lines it = { block.p, block.n, 0 };
  lit_span line;
  size_t k = strlen(name);
  while( lit_next_line(&it, &line) ){
    if( line.n > k && hm_starts_ci(line.p, line.n, name) && line.p[k] == ':' ){
      const char *start = line.p + k + 1;
      size_t end = it.pos;
      lit_span more;
      size_t save = it.pos;
      while( lit_next_line(&it, &more) && more.n && (more.p[0] == ' ' || more.p[0] == '\t') ) save = it.pos;
      end = save;
      const char *stop = block.p + end;
      return hm_trim(lit_span_of(start, (size_t)(stop - start)));
    }
  }
  return lit_span_of(NULL, 0);
}

/* A parameter of a header value: boundary="...", charset=utf-8. */
static lit_span hm_param(lit_span v, const char *name){
  size_t k = strlen(name);
  for( size_t i = 0; i + k < v.n; i++ ){
    if( (i == 0 || v.p[i - 1] == ';' || hm_is_space(v.p[i - 1])) && hm_starts_ci(v.p + i, v.n - i, name)
     && v.p[i + k] == '=' ){
      size_t j = i + k + 1;
      if( j < v.n && v.p[j] == '"' ){
        const char *q = memchr(v.p + j + 1, '"', v.n - j - 1);
        if( !q ) return lit_span_of(NULL, 0);
        return lit_span_of(v.p + j + 1, (size_t)(q - v.p) - j - 1);
      }
      size_t e = j;
      while( e < v.n && v.p[e] != ';' && !hm_is_space(v.p[e]) ) e++;
      return lit_span_of(v.p + j, e - j);
    }
  }
  return lit_span_of(NULL, 0);
}

static int hm_hex(char ch){
  if( ch >= '0' && ch <= '9' ) return ch - '0';
  ch = hm_lower(ch);
  if( ch >= 'a' && ch <= 'f' ) return ch - 'a' + 10;
  return -1;
}

/* Quoted-printable -> bytes (the text layer already made line ends LF). */
static size_t hm_unqp(const char *s, size_t n, char *out){
  size_t j = 0;
  for( size_t i = 0; i < n; i++ ){
    if( s[i] != '=' ){ out[j++] = s[i]; continue; }
    size_t k = i + 1;
    while( k < n && (s[k] == ' ' || s[k] == '\t') ) k++;
    if( k < n && s[k] == '\n' ){ i = k; continue; }   /* soft line break */
    if( k == n ){ i = k; continue; }
    int a = i + 1 < n ? hm_hex(s[i + 1]) : -1, b = i + 2 < n ? hm_hex(s[i + 2]) : -1;
    if( a >= 0 && b >= 0 ){ out[j++] = (char)(a * 16 + b); i += 2; }
    else out[j++] = '=';
  }
  return j;
}

static size_t hm_unbase64(const char *s, size_t n, char *out, int *bad){
  size_t j = 0;
  unsigned v = 0;
  int bits = 0;
  for( size_t i = 0; i < n; i++ ){
    char ch = s[i];
    int d;
    if( ch >= 'A' && ch <= 'Z' ) d = ch - 'A';
    else if( ch >= 'a' && ch <= 'z' ) d = ch - 'a' + 26;
    else if( ch >= '0' && ch <= '9' ) d = ch - '0' + 52;
    else if( ch == '+' ) d = 62;
    else if( ch == '/' ) d = 63;
    else if( ch == '=' ) break;
    else{ if( !hm_is_space(ch) ) (*bad)++; continue; }
    v = (v << 6) | (unsigned)d;
    bits += 6;
    if( bits >= 8 ){ bits -= 8; out[j++] = (char)((v >> bits) & 0xFF); }
  }
  return j;
}

/* The charset a decoded HTML part names in its first bytes (meta charset). */
static void hm_sniff_charset(const char *p, size_t n, char *cs, size_t cap){
  if( n > 4096 ) n = 4096;
  size_t at = hm_find_ci(p, n, "charset=");
  if( at == n ) return;
  size_t i = at + 8, k = 0;
  if( i < n && (p[i] == '"' || p[i] == '\'') ) i++;
  while( i < n && k + 1 < cap && (hm_is_alpha(p[i]) || lit_is_digit(p[i]) || p[i] == '-' || p[i] == '_') ) cs[k++] = p[i++];
  cs[k] = 0;
}

static void hm_read_mhtml(lit_ctx *c, const char *t, size_t n, hm_page *pg){
  lit_lines it = { t, n, 0 };
  lit_span line;
  while( lit_next_line(&it, &line) && lit_trim(line).n ) {}
  lit_span headers = lit_span_of(t, it.pos);
  lit_span boundary = hm_param(hm_header(headers, "content-type"), "boundary");
  lit_span loc = hm_header(headers, "snapshot-content-location");
  if( !boundary.n || boundary.n > 200 ){
    c->doc->format = LIT_FORMAT_UNKNOWN;
    lit_problem(c, "an MHTML file without a boundary in its Content-Type header: no part to read");
    return;
  }
  char delim[208];
  snprintf(delim, sizeof delim, "--%.*s", (int)boundary.n, boundary.p);
  size_t dn = strlen(delim);
  /* the first text/html part: its headers, then its content up to the LF
  ** before the next delimiter line */
  while( lit_next_line(&it, &line) ){
    if( line.n < dn || memcmp(line.p, delim, dn) != 0 ) continue;
    if( lit_span_starts(lit_span_of(line.p + dn, line.n - dn), "--") ) break;  /* the last delimiter */
    size_t ph = it.pos;
    lit_span pl;
    while( lit_next_line(&it, &pl) && lit_trim(pl).n ) {}
    lit_span part_headers = lit_span_of(t + ph, it.pos - ph);
    lit_span type = hm_header(part_headers, "content-type");
    if( !hm_starts_ci(type.p, type.n, "text/html") ) continue;
    const char *part = t + it.pos;
    size_t part_n = n - it.pos;
    int closed = 0;
    while( lit_next_line(&it, &pl) ){
      if( pl.n >= dn && memcmp(pl.p, delim, dn) == 0 ){
        part_n = (size_t)(pl.p - part);
        if( part_n && part[part_n - 1] == '\n' ) part_n--;
        closed = 1;
        break;
      }
    }
    lit_span enc = hm_header(part_headers, "content-transfer-encoding");
    lit_span ploc = hm_header(part_headers, "content-location");
    if( ploc.n ) loc = ploc;
    if( loc.n ) pg->location = lit_dup(c, loc.p, loc.n);
    char charset[48] = "";
    lit_span cs = hm_param(type, "charset");
    if( cs.n && cs.n < sizeof charset ){ memcpy(charset, cs.p, cs.n); charset[cs.n] = 0; }
    int qp = hm_starts_ci(enc.p, enc.n, "quoted-printable"), b64 = hm_starts_ci(enc.p, enc.n, "base64");
    char *bytes = NULL;
    kt_text text;
    memset(&text, 0, sizeof text);
    if( qp || b64 ){
      bytes = lit_malloc(c, part_n + 1);
      if( !bytes ) return;
      int bad = 0;
      size_t bn = qp ? hm_unqp(part, part_n, bytes) : hm_unbase64(part, part_n, bytes, &bad);
      if( bad ) lit_problem(c, "the HTML part's base64 has %d characters outside the alphabet (skipped)", bad);
      if( !charset[0] ) hm_sniff_charset(bytes, bn, charset, sizeof charset);
      char err[160];
      if( kt_decode_charset(bytes, bn, charset[0] ? charset : NULL, &text, err, sizeof err) ){
        free(bytes);
        c->oom = 1;
        return;
      }
      if( !text.encoding ){
        c->doc->format = LIT_FORMAT_UNKNOWN;
        lit_problem(c, "the HTML part of the MHTML file is not text: %s", text.reason);
        kt_text_free(&text);
        free(bytes);
        return;
      }
      part = text.text;
      part_n = text.len;
    }
    /* 7bit, 8bit, binary: the text layer has decoded the whole file already */
    hm_read_html(c, part, part_n, pg);
    if( !closed && c->doc->n_rec > 0 && !c->doc->rec[0].partial ){
      c->doc->rec[0].partial = 1;
      lit_problem(c, "record 1 is incomplete: the MHTML file ends inside its HTML part (cut off)");
    }
    kt_text_free(&text);
    free(bytes);
    return;
  }
  c->doc->format = LIT_FORMAT_UNKNOWN;
  lit_problem(c, "an MHTML file without a text/html part");
}

void lit_parse_html_meta(lit_ctx *c, const char *text, size_t len){
  hm_page pg;
  memset(&pg, 0, sizeof pg);
  if( !lit_detect_html_meta(text, len) ){
    /* run without detection (lit_parse_as): a text that does not start as a
    ** page does, even one quoting a meta tag, is not read */
    c->doc->format = LIT_FORMAT_UNKNOWN;
    lit_problem(c, "not an HTML page: no <!DOCTYPE html>, <html>, <head> or <meta> at the start, "
                "and no MHTML header");
    return;
  }
  if( hm_is_mhtml(text, lit_detect_head(text, len)) ) hm_read_mhtml(c, text, len, &pg);
  else hm_read_html(c, text, len, &pg);
  free(pg.meta);
  free(pg.json);
  free(pg.location);
}
