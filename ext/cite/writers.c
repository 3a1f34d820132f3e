/*
** RIS and BibTeX from one CSL item (JSON text). The writers read only the
** item, as citation-js's output plugins do, so any CSL item (kolit's csl
** column, Zotero's, citation-js's) can be written.
**
** RIS: one "XX  - value" line per value; values are made single-line (a
** newline becomes a space) and paragraphs of the abstract are AB lines of
** their own, which kolit's RIS reader joins again (and sorts into
** abstract_ko / abstract_foreign by language).
** BibTeX: every value in braces; the characters LaTeX treats specially are
** escaped (\{ \} \$ \& \% \# \_ \textbackslash{} \textasciitilde{}
** \textasciicircum{}), "--" in text is written "-{}-" so that no reader
** turns it into a dash, paragraphs are joined with \par, a space after a
** space is "\ " (BibTeX would make the run one space); text stays UTF-8
** (biber, citation-js and Better BibTeX read it). A literal name is braced
** whole ({World Health Organization}, {김민수}) so that no reader splits it.
*/
#include "cite/cite.h"
#include "cite/json.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct sbuf { char *p; size_t n, cap; int oom; } sbuf;

static void sb_add(sbuf *b, const char *s, size_t n){
  if( b->oom ) return;
  if( b->n + n + 1 > b->cap ){
    size_t cap = b->cap ? b->cap : 512;
    while( cap < b->n + n + 1 ) cap *= 2;
    char *q = realloc(b->p, cap);
    if( !q ){ b->oom = 1; return; }
    b->p = q;
    b->cap = cap;
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = 0;
}
static void sb_str(sbuf *b, const char *s){ sb_add(b, s, strlen(s)); }

/* The item is read with json.h: values of one parsed document. */
typedef const kj_value json_t;

static json_t *get(json_t *o, const char *key){ return kj_get(o, key); }

/* A variable as text (strings, and integers as Zotero writes "issue": 2). */
static const char *var(json_t *o, const char *key, char num[32]){
  (void)num;
  json_t *v = get(o, key);
  if( v && v->type == KJ_STRING ) return v->len ? v->str : NULL;
  if( v && v->type == KJ_NUMBER && v->integer ) return v->str;
  return NULL;
}

/* Parses the item; 1 with err when it is not an object. */
static int load(const char *csl, size_t n, kj_doc *doc, json_t **item, char *err, size_t errlen){
  int rc = kj_parse(doc, csl, n, err, errlen);
  if( rc ){ kj_free(doc); return rc; }
  if( doc->v[0].type != KJ_OBJECT ){
    kj_free(doc);
    snprintf(err, errlen, "not a CSL item: the JSON is not an object");
    return 1;
  }
  *item = &doc->v[0];
  return 0;
}

/* The date-parts of a date variable: year, month, day (0 when absent). */
static int date_of(json_t *d, int v[3]){
  v[0] = v[1] = v[2] = 0;
  json_t *parts = kj_first(get(d, "date-parts"));
  int k = 0;
  for( json_t *x = kj_first(parts); x && k < 3; x = kj_next(x), k++ ){
    if( (x->type == KJ_NUMBER && x->integer) || x->type == KJ_STRING ){
      long long y = atoll(x->str);
      v[k] = y < -99999 || y > 99999 ? 0 : (int)y;
    }
  }
  if( v[0] < 1000 || v[0] > 9999 ){ v[0] = 0; return 0; }
  if( v[1] < 1 || v[1] > 12 ) v[1] = v[2] = 0;
  if( v[2] < 1 || v[2] > 31 ) v[2] = 0;
  return 1;
}

/* The main title's language and the other title (custom.title-foreign /
** title-ko, else original-title). */
static const char *other_title(json_t *item){
  json_t *custom = get(item, "custom");
  char num[32];
  const char *t = var(custom, "title-foreign", num);
  if( !t ) t = var(custom, "title-ko", num);
  if( !t ) t = var(item, "original-title", num);
  return t;
}
static const char *other_journal(json_t *item){
  json_t *custom = get(item, "custom");
  char num[32];
  const char *main = var(item, "container-title", num);
  const char *ko = var(custom, "journal-ko", num), *fo = var(custom, "journal-foreign", num);
  if( main && ko && strcmp(main, ko) == 0 ) return fo;
  if( main && fo && strcmp(main, fo) == 0 ) return ko;
  return NULL;
}

/* The keywords: custom.keywords (the array), else keyword split at "," or ";". */
typedef void (*kw_fn)(void *arg, const char *kw, size_t n);
static void each_keyword(json_t *item, kw_fn fn, void *arg){
  json_t *arr = get(get(item, "custom"), "keywords");
  if( !arr || arr->type != KJ_ARRAY ) arr = get(item, "keyword");
  if( arr && arr->type == KJ_ARRAY ){
    for( json_t *x = kj_first(arr); x; x = kj_next(x) ) if( x->type == KJ_STRING && x->len ) fn(arg, x->str, x->len);
    return;
  }
  if( !arr || arr->type != KJ_STRING ) return;
  const char *s = arr->str;
  char sep = strchr(s, ';') ? ';' : ',';
  while( *s ){
    const char *e = strchr(s, sep);
    size_t n = e ? (size_t)(e - s) : strlen(s);
    const char *p = s;
    size_t m = n;
    while( m && *p == ' ' ){ p++; m--; }
    while( m && p[m - 1] == ' ' ) m--;
    if( m ) fn(arg, p, m);
    s += n + (e ? 1 : 0);
  }
}

/* ---- RIS -------------------------------------------------------------------------- */

static const struct { const char *csl, *ris, *bib; } types[] = {
  { "article-journal", "JOUR", "article" }, { "article", "JOUR", "article" },
  { "article-magazine", "MGZN", "article" }, { "paper-conference", "CONF", "inproceedings" },
  { "report", "RPRT", "techreport" }, { "thesis", "THES", "thesis" }, { "book", "BOOK", "book" },
  { "chapter", "CHAP", "incollection" },
};

/* One tag line; newlines and tabs in the value become spaces. */
static void ris_line(sbuf *b, const char *tag, const char *v, size_t n){
  while( n && (*v == ' ' || *v == '\n' || *v == '\t' || *v == '\r') ){ v++; n--; }
  while( n && (v[n - 1] == ' ' || v[n - 1] == '\n' || v[n - 1] == '\t' || v[n - 1] == '\r') ) n--;
  if( !n ) return;
  sb_str(b, tag);
  sb_str(b, "  - ");
  size_t st = 0;
  for( size_t i = 0; i < n; i++ ){
    if( v[i] == '\n' || v[i] == '\r' || v[i] == '\t' ){
      sb_add(b, v + st, i - st);
      if( i + 1 < n && v[i + 1] != '\n' && v[i + 1] != '\r' ) sb_add(b, " ", 1);
      st = i + 1;
    }
  }
  sb_add(b, v + st, n - st);
  sb_add(b, "\n", 1);
}
static void ris_str(sbuf *b, const char *tag, const char *v){ if( v ) ris_line(b, tag, v, strlen(v)); }
static void ris_kw(void *arg, const char *kw, size_t n){ ris_line(arg, "KW", kw, n); }

static void ris_name(sbuf *b, json_t *a){
  char num[32];
  const char *lit = var(a, "literal", num);
  if( lit ){ ris_str(b, "AU", lit); return; }
  const char *fam = var(a, "family", num);
  char num2[32];
  const char *giv = var(a, "given", num2);
  if( !fam && !giv ) return;
  sbuf n = { 0, 0, 0, 0 };
  if( fam ) sb_str(&n, fam);
  if( fam && giv ) sb_str(&n, ", ");
  if( giv ) sb_str(&n, giv);
  if( n.oom ) b->oom = 1;
  else ris_str(b, "AU", n.p);
  free(n.p);
}

/* Paragraphs (blank-line separated) as lines of one tag. */
static void paragraphs(sbuf *b, const char *tag, const char *s){
  if( !s ) return;
  while( *s ){
    const char *e = strstr(s, "\n\n");
    size_t n = e ? (size_t)(e - s) : strlen(s);
    ris_line(b, tag, s, n);
    s += n;
    while( *s == '\n' ) s++;
  }
}

int lit_csl_to_ris(const char *csl, size_t n, char **out, char *err, size_t errlen){
  *out = NULL;
  kj_doc doc;
  json_t *it;
  int rc = load(csl, n, &doc, &it, err, errlen);
  if( rc ) return rc;
  sbuf b = { 0, 0, 0, 0 };
  char num[32];
  const char *type = var(it, "type", num), *ty = "GEN";
  for( size_t k = 0; type && k < sizeof types / sizeof types[0]; k++ ) if( !strcmp(types[k].csl, type) ) ty = types[k].ris;
  ris_str(&b, "TY", ty);
  ris_str(&b, "ID", var(it, "id", num));
  ris_str(&b, "TI", var(it, "title", num));
  ris_str(&b, "TT", other_title(it));
  json_t *authors = get(it, "author");
  for( json_t *a = authors && authors->type == KJ_ARRAY ? kj_first(authors) : NULL; a; a = kj_next(a) ) ris_name(&b, a);
  ris_str(&b, "T2", var(it, "container-title", num));
  ris_str(&b, "JO", other_journal(it));
  int d[3];
  if( date_of(get(it, "issued"), d) ){
    char y[8], da[16];
    snprintf(y, sizeof y, "%04d", d[0]);
    ris_str(&b, "PY", y);
    /* DA too: some readers (citation-js for CONF) take the date from DA only */
    if( d[2] ) snprintf(da, sizeof da, "%04d/%02d/%02d/", d[0], d[1], d[2]);
    else if( d[1] ) snprintf(da, sizeof da, "%04d/%02d", d[0], d[1]);
    else snprintf(da, sizeof da, "%04d", d[0]);
    ris_str(&b, "DA", da);
  }
  ris_str(&b, "VL", var(it, "volume", num));
  ris_str(&b, "IS", var(it, "issue", num));
  const char *page = var(it, "page", num);
  if( page ){
    const char *dash = strchr(page, '-');
    if( dash && dash > page ){
      ris_line(&b, "SP", page, (size_t)(dash - page));
      while( *dash == '-' ) dash++;
      ris_str(&b, "EP", dash);
    }else{
      ris_str(&b, "SP", page);
    }
  }
  ris_str(&b, "DO", var(it, "DOI", num));
  ris_str(&b, "SN", var(it, "ISSN", num));
  ris_str(&b, "SN", var(get(it, "custom"), "eissn", num));
  each_keyword(it, ris_kw, &b);
  paragraphs(&b, "AB", var(it, "abstract", num));
  ris_str(&b, "UR", var(it, "URL", num));
  ris_str(&b, "PB", var(it, "publisher", num));
  ris_str(&b, "LA", var(it, "language", num));
  sb_str(&b, "ER  - \n");
  kj_free(&doc);
  if( b.oom ){ free(b.p); return -1; }
  *out = b.p;
  return 0;
}

/* ---- BibTeX ------------------------------------------------------------------------ */

/* Text as a braced BibTeX value. */
static void bib_text(sbuf *b, const char *s, size_t n){
  size_t st = 0;
  for( size_t i = 0; i < n; i++ ){
    const char *rep = NULL;
    size_t skip = 1;
    switch( s[i] ){
      case '{': rep = "\\{"; break;
      case '}': rep = "\\}"; break;
      case '\\': rep = "\\textbackslash{}"; break;
      case '$': rep = "\\$"; break;
      case '&': rep = "\\&"; break;
      case '%': rep = "\\%"; break;
      case '#': rep = "\\#"; break;
      case '_': rep = "\\_"; break;
      case '~': rep = "\\textasciitilde{}"; break;
      case '^': rep = "\\textasciicircum{}"; break;
      case '-': if( i + 1 < n && s[i + 1] == '-' ) rep = "-{}"; break;
      case '\n':
        if( i + 1 < n && s[i + 1] == '\n' ){
          rep = "\\par ";
          while( i + skip < n && s[i + skip] == '\n' ) skip++;
        }else rep = " ";
        break;
      case '\r': case '\t': rep = " "; break;
      /* BibTeX makes a run of spaces one: the second and later are "\ " */
      case ' ': if( i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t') ) rep = "\\ "; break;
    }
    if( !rep ) continue;
    sb_add(b, s + st, i - st);
    sb_str(b, rep);
    st = i + skip;
    i += skip - 1;
  }
  sb_add(b, s + st, n - st);
}

static void bib_field(sbuf *b, const char *name, const char *v){
  if( !v || !*v ) return;
  sb_str(b, "  ");
  sb_str(b, name);
  sb_str(b, " = {");
  bib_text(b, v, strlen(v));
  sb_str(b, "},\n");
}

typedef struct kw_list { sbuf *b; int n; char sep; } kw_list;
static void bib_kw(void *arg, const char *kw, size_t n){
  kw_list *k = arg;
  if( k->n++ ){ sb_add(k->b, &k->sep, 1); sb_add(k->b, " ", 1); }
  bib_text(k->b, kw, n);
}
static void kw_has_comma(void *arg, const char *kw, size_t n){ if( memchr(kw, ',', n) ) *(int*)arg = 1; }

/* "and" separates names, so a literal name is braced whole; a family or
** given name holding "," or " and " is braced too. */
static void bib_name_part(sbuf *b, const char *s, int brace){
  if( brace ) sb_str(b, "{");
  bib_text(b, s, strlen(s));
  if( brace ) sb_str(b, "}");
}
static int needs_brace(const char *s){
  if( strchr(s, ',') ) return 1;
  /* the word "and" (any case) anywhere: at an end it would meet the separator */
  for( const char *p = s; *p; ){
    while( *p == ' ' || *p == '\t' ) p++;
    const char *w = p;
    while( *p && *p != ' ' && *p != '\t' ) p++;
    if( p - w == 3 && (w[0] | 0x20) == 'a' && (w[1] | 0x20) == 'n' && (w[2] | 0x20) == 'd' ) return 1;
  }
  return 0;
}

int lit_csl_to_bibtex(const char *csl, size_t n, const char *key, char **out, char *err, size_t errlen){
  *out = NULL;
  kj_doc doc;
  json_t *it;
  int rc = load(csl, n, &doc, &it, err, errlen);
  if( rc ) return rc;
  sbuf b = { 0, 0, 0, 0 };
  char num[32];
  const char *type = var(it, "type", num), *bt = "misc";
  for( size_t k = 0; type && k < sizeof types / sizeof types[0]; k++ ) if( !strcmp(types[k].csl, type) ) bt = types[k].bib;
  sb_str(&b, "@");
  sb_str(&b, bt);
  sb_str(&b, "{");
  if( !key ) key = var(it, "id", num);
  /* a key holds no space, comma or brace: such characters become "_" */
  for( const char *p = key ? key : ""; *p; p++ ) sb_add(&b, strchr(" \t\n,{}()=\"#%'\\~", *p) ? "_" : p, 1);
  sb_str(&b, ",\n");
  json_t *authors = get(it, "author");
  if( authors && authors->type == KJ_ARRAY && kj_first(authors) ){
    sb_str(&b, "  author = {");
    size_t written = 0;
    for( json_t *a = kj_first(authors); a; a = kj_next(a) ){
      char n1[32], n2[32], n3[32];
      const char *lit = var(a, "literal", n1), *fam = var(a, "family", n2), *giv = var(a, "given", n3);
      if( !lit && !fam && !giv ) continue;
      if( written++ ) sb_str(&b, " and ");
      if( lit || !fam ){ bib_name_part(&b, lit ? lit : giv, 1); continue; }
      /* "Family, Given"; a family name alone is "Family," (BibTeX's form) */
      bib_name_part(&b, fam, needs_brace(fam));
      sb_str(&b, giv ? ", " : ",");
      if( giv ) bib_name_part(&b, giv, needs_brace(giv));
    }
    sb_str(&b, "},\n");
  }
  bib_field(&b, "title", var(it, "title", num));
  bib_field(&b, "titleaddon", other_title(it));
  int is_book = type && (!strcmp(type, "paper-conference") || !strcmp(type, "chapter"));
  bib_field(&b, is_book ? "booktitle" : "journal", var(it, "container-title", num));
  bib_field(&b, is_book ? "booktitleaddon" : "journaltitleaddon", other_journal(it));
  int d[3];
  if( date_of(get(it, "issued"), d) ){
    char y[8], da[16];
    snprintf(y, sizeof y, "%04d", d[0]);
    bib_field(&b, "year", y);
    if( d[1] ){
      if( d[2] ) snprintf(da, sizeof da, "%04d-%02d-%02d", d[0], d[1], d[2]);
      else snprintf(da, sizeof da, "%04d-%02d", d[0], d[1]);
      bib_field(&b, "date", da);
    }
  }
  bib_field(&b, "volume", var(it, "volume", num));
  bib_field(&b, "number", var(it, "issue", num));
  const char *page = var(it, "page", num);
  if( page ){
    /* pages = {101--120}: the range dash, not text */
    const char *dash = strchr(page, '-');
    sb_str(&b, "  pages = {");
    if( dash && dash > page ){
      bib_text(&b, page, (size_t)(dash - page));
      sb_str(&b, "--");
      while( *dash == '-' ) dash++;
      bib_text(&b, dash, strlen(dash));
    }else{
      bib_text(&b, page, strlen(page));
    }
    sb_str(&b, "},\n");
  }
  bib_field(&b, "doi", var(it, "DOI", num));
  const char *issn = var(it, "ISSN", num);
  char n2[32];
  const char *eissn = var(get(it, "custom"), "eissn", n2);
  if( issn && eissn ){
    char both[128];
    snprintf(both, sizeof both, "%s, %s", issn, eissn);
    bib_field(&b, "issn", both);
  }else bib_field(&b, "issn", issn ? issn : eissn);
  int comma = 0;
  each_keyword(it, kw_has_comma, &comma);
  kw_list kl = { &b, 0, comma ? ';' : ',' };
  size_t before = b.n;
  sb_str(&b, "  keywords = {");
  each_keyword(it, bib_kw, &kl);
  if( kl.n ) sb_str(&b, "},\n");
  else{ b.n = before; if( b.p ) b.p[b.n] = 0; }
  bib_field(&b, "abstract", var(it, "abstract", num));
  bib_field(&b, "url", var(it, "URL", num));
  const char *pub = var(it, "publisher", num);
  bib_field(&b, type && !strcmp(type, "thesis") ? "school" : type && !strcmp(type, "report") ? "institution" : "publisher", pub);
  const char *lang = var(it, "language", num);
  if( lang ) bib_field(&b, "langid", !strcmp(lang, "ko") ? "korean" : !strcmp(lang, "en") ? "english" : lang);
  /* the last field's "," is allowed by BibTeX; close the entry */
  sb_str(&b, "}\n");
  kj_free(&doc);
  if( b.oom ){ free(b.p); return -1; }
  *out = b.p;
  return 0;
}
