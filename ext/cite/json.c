/*
** The writers' JSON reader (json.h): one recursive-descent pass, values in
** one array, unescaped strings in one buffer no longer than the input.
*/
#include "cite/json.h"
#include "text/utf8.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define KJ_MAX_DEPTH 200

typedef struct kj_parser {
  kj_doc *d;
  const char *s;
  size_t n, i, out;
  char *err;
  size_t errlen;
  int oom;
} kj_parser;

static int fail(kj_parser *p, const char *what){
  if( p->err[0] ) return 0;
  int line = 1;
  size_t col = 0;
  for( size_t k = 0; k < p->i && k < p->n; k++ ){
    if( p->s[k] == '\n' ){ line++; col = 0; } else col++;
  }
  snprintf(p->err, p->errlen, "not valid JSON at line %d, column %zu: %s", line, col + 1, what);
  return 0;
}

static void space(kj_parser *p){
  while( p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\t' || p->s[p->i] == '\n' || p->s[p->i] == '\r') ) p->i++;
}

static int new_value(kj_parser *p, kj_type t){
  kj_doc *d = p->d;
  if( d->n == d->cap ){
    int cap = d->cap ? d->cap * 2 : 64;
    kj_value *v = realloc(d->v, (size_t)cap * sizeof *v);
    if( !v ){ p->oom = 1; return -1; }
    d->v = v;
    d->cap = cap;
  }
  kj_value *v = &d->v[d->n];
  memset(v, 0, sizeof *v);
  v->type = t;
  v->first = v->next = -1;
  return d->n++;
}

static int hex4(const char *s, unsigned *u){
  *u = 0;
  for( int k = 0; k < 4; k++ ){
    char c = s[k];
    unsigned x = c >= '0' && c <= '9' ? (unsigned)(c - '0') : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
               : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10) : 16u;
    if( x == 16u ) return 0;
    *u = *u * 16 + x;
  }
  return 1;
}

/* A string at p->i (the opening quote): unescaped into the buffer. */
static int string(kj_parser *p, const char **out, size_t *len){
  p->i++;
  char *o = p->d->buf + p->out, *start = o;
  while( p->i < p->n ){
    unsigned char c = (unsigned char)p->s[p->i];
    if( c == '"' ){
      p->i++;
      *o = 0;
      *out = start;
      *len = (size_t)(o - start);
      p->out += *len + 1;
      return 1;
    }
    if( c < 0x20 ) return fail(p, "control character in a string");
    if( c == '\\' ){
      if( p->i + 1 >= p->n ) break;
      char e = p->s[p->i + 1];
      p->i += 2;
      switch( e ){
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '/': *o++ = '/'; break;
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'u': {
          unsigned u, lo;
          if( p->i + 4 > p->n || !hex4(p->s + p->i, &u) ) return fail(p, "invalid \\u escape");
          p->i += 4;
          if( u >= 0xD800 && u <= 0xDBFF ){
            if( p->i + 6 > p->n || p->s[p->i] != '\\' || p->s[p->i + 1] != 'u' || !hex4(p->s + p->i + 2, &lo)
                || lo < 0xDC00 || lo > 0xDFFF ) return fail(p, "invalid \\u escape: a lone surrogate");
            p->i += 6;
            u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
          }else if( u >= 0xDC00 && u <= 0xDFFF ){
            return fail(p, "invalid \\u escape: a lone surrogate");
          }
          if( u == 0 ) return fail(p, "\\u0000 is not allowed");
          o += kt_utf8_encode(u, o);
          break;
        }
        default: p->i -= 2; return fail(p, "invalid escape");
      }
      continue;
    }
    if( c < 0x80 ){ *o++ = (char)c; p->i++; continue; }
    uint32_t cp;
    int k = kt_utf8_decode((const unsigned char*)p->s + p->i, p->n - p->i, &cp);
    if( k <= 0 ) return fail(p, "invalid UTF-8");
    memcpy(o, p->s + p->i, (size_t)k);
    o += k;
    p->i += (size_t)k;
  }
  return fail(p, "the text ends inside a string");
}

static int value(kj_parser *p, int depth);

/* Appends child c to the children of v (tracking the last child). */
static void link(kj_parser *p, int v, int *last, int c){
  if( *last < 0 ) p->d->v[v].first = c; else p->d->v[*last].next = c;
  *last = c;
}

static int container(kj_parser *p, int depth, int object){
  if( depth >= KJ_MAX_DEPTH ) return fail(p, "nested too deep");
  int v = new_value(p, object ? KJ_OBJECT : KJ_ARRAY);
  if( v < 0 ) return 0;
  char close = object ? '}' : ']';
  p->i++;
  space(p);
  int last = -1;
  if( p->i < p->n && p->s[p->i] == close ){ p->i++; return 1; }
  for(;;){
    const char *key = NULL;
    size_t klen;
    space(p);
    if( object ){
      if( p->i >= p->n || p->s[p->i] != '"' ) return fail(p, "a member name expected");
      if( !string(p, &key, &klen) ) return 0;
      space(p);
      if( p->i >= p->n || p->s[p->i] != ':' ) return fail(p, "':' expected");
      p->i++;
    }
    int c = p->d->n;
    if( !value(p, depth + 1) ) return 0;
    p->d->v[c].key = key;
    link(p, v, &last, c);
    space(p);
    if( p->i < p->n && p->s[p->i] == ',' ){ p->i++; continue; }
    if( p->i < p->n && p->s[p->i] == close ){ p->i++; return 1; }
    return fail(p, object ? "',' or '}' expected" : "',' or ']' expected");
  }
}

static int literal(kj_parser *p, const char *word, kj_type t){
  size_t n = strlen(word);
  if( p->n - p->i < n || memcmp(p->s + p->i, word, n) != 0 ) return fail(p, "unexpected token");
  p->i += n;
  return new_value(p, t) >= 0;
}

static int number(kj_parser *p){
  size_t st = p->i;
  int integer = 1;
  if( p->i < p->n && p->s[p->i] == '-' ) p->i++;
  if( p->i >= p->n || p->s[p->i] < '0' || p->s[p->i] > '9' ) return fail(p, "unexpected token");
  if( p->s[p->i] == '0' ) p->i++;
  else while( p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9' ) p->i++;
  if( p->i < p->n && p->s[p->i] == '.' ){
    integer = 0;
    p->i++;
    size_t f = p->i;
    while( p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9' ) p->i++;
    if( p->i == f ) return fail(p, "invalid number");
  }
  if( p->i < p->n && (p->s[p->i] == 'e' || p->s[p->i] == 'E') ){
    integer = 0;
    p->i++;
    if( p->i < p->n && (p->s[p->i] == '+' || p->s[p->i] == '-') ) p->i++;
    size_t e = p->i;
    while( p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9' ) p->i++;
    if( p->i == e ) return fail(p, "invalid number");
  }
  int v = new_value(p, KJ_NUMBER);
  if( v < 0 ) return 0;
  /* the digits are copied so that str is NUL-terminated like a string's */
  char *o = p->d->buf + p->out;
  size_t len = p->i - st;
  memcpy(o, p->s + st, len);
  o[len] = 0;
  p->out += len + 1;
  p->d->v[v].str = o;
  p->d->v[v].len = len;
  p->d->v[v].integer = integer && len <= 18;
  return 1;
}

static int value(kj_parser *p, int depth){
  space(p);
  if( p->i >= p->n ) return fail(p, "a value expected near end of text");
  switch( p->s[p->i] ){
    case '{': return container(p, depth, 1);
    case '[': return container(p, depth, 0);
    case '"': {
      int v = new_value(p, KJ_STRING);
      if( v < 0 ) return 0;
      const char *s;
      size_t len;
      if( !string(p, &s, &len) ) return 0;
      p->d->v[v].str = s;
      p->d->v[v].len = len;
      return 1;
    }
    case 't': return literal(p, "true", KJ_TRUE);
    case 'f': return literal(p, "false", KJ_FALSE);
    case 'n': return literal(p, "null", KJ_NULL);
    default: return number(p);
  }
}

int kj_parse(kj_doc *d, const char *text, size_t n, char *err, size_t errlen){
  memset(d, 0, sizeof *d);
  /* unescaped strings and copied numbers, each with its NUL, fit in n + 1 */
  d->buf = malloc(n + 2);
  if( !d->buf ) return -1;
  kj_parser p = { d, text, n, 0, 0, err, errlen, 0 };
  err[0] = 0;
  if( !value(&p, 0) ) return p.oom ? -1 : 1;
  space(&p);
  if( p.i < n ){ fail(&p, "text after the value"); return 1; }
  for( int k = 0; k < d->n; k++ ){
    d->v[k].child = d->v[k].first >= 0 ? &d->v[d->v[k].first] : NULL;
    d->v[k].sibling = d->v[k].next >= 0 ? &d->v[d->v[k].next] : NULL;
  }
  return 0;
}

void kj_free(kj_doc *d){
  free(d->v);
  free(d->buf);
  memset(d, 0, sizeof *d);
}

const kj_value *kj_first(const kj_value *v){
  if( !v || (v->type != KJ_ARRAY && v->type != KJ_OBJECT) ) return NULL;
  return v->child;
}

const kj_value *kj_next(const kj_value *v){
  return v ? v->sibling : NULL;
}

const kj_value *kj_get(const kj_value *o, const char *key){
  if( !o || o->type != KJ_OBJECT ) return NULL;
  for( const kj_value *c = o->child; c; c = c->sibling ) if( strcmp(c->key, key) == 0 ) return c;
  return NULL;
}
