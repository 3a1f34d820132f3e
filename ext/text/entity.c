/*
** HTML character references (entity.h).
*/
#include "text/entity.h"
#include "text/utf8.h"
#include <string.h>

static const struct { const char *name; const char *utf8; } kt_named[] = {
  {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"},
  {"nbsp", "\xC2\xA0"}, {"middot", "\xC2\xB7"}, {"bull", "\xE2\x80\xA2"},
  {"ndash", "\xE2\x80\x93"}, {"mdash", "\xE2\x80\x94"}, {"lsquo", "\xE2\x80\x98"},
  {"rsquo", "\xE2\x80\x99"}, {"ldquo", "\xE2\x80\x9C"}, {"rdquo", "\xE2\x80\x9D"},
  {"hellip", "\xE2\x80\xA6"},
};

static int kt_hex(char c){
  if( c >= '0' && c <= '9' ) return c - '0';
  if( (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ) return (c | 0x20) - 'a' + 10;
  return -1;
}

/* Decodes the reference at s[0..n) (s[0] == '&'); returns the bytes it
** takes (0: not a reference) and writes its UTF-8 to out. */
static size_t kt_reference(const char *s, size_t n, char *out, int *out_n, char lost){
  if( n >= 3 && s[1] == '#' ){
    size_t i = 2;
    int hex = 0;
    if( s[i] == 'x' || s[i] == 'X' ){ hex = 1; i++; }
    size_t start = i;
    unsigned long cp = 0;
    while( i < n && i - start < 8 ){
      int d = hex ? kt_hex(s[i]) : (s[i] >= '0' && s[i] <= '9' ? s[i] - '0' : -1);
      if( d < 0 ) break;
      cp = cp * (hex ? 16 : 10) + (unsigned long)d;
      i++;
    }
    if( i == start || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ) return 0;
    if( i < n && ((s[i] >= '0' && s[i] <= '9') || (hex && kt_hex(s[i]) >= 0)) ) return 0;  /* too long */
    if( i < n && s[i] == ';' ) i++;
    else if( lost && i < n && s[i] == lost ) i++;
    *out_n = kt_utf8_encode((uint32_t)cp, out);
    return i;
  }
  for( size_t k = 0; k < sizeof kt_named / sizeof kt_named[0]; k++ ){
    size_t l = strlen(kt_named[k].name);
    if( n >= l + 2 && memcmp(s + 1, kt_named[k].name, l) == 0 && s[l + 1] == ';' ){
      *out_n = (int)strlen(kt_named[k].utf8);
      memcpy(out, kt_named[k].utf8, (size_t)*out_n);
      return l + 2;
    }
  }
  return 0;
}

size_t kt_decode_references(const char *s, size_t n, char *out, char lost_semicolon){
  size_t i = 0, o = 0;
  while( i < n ){
    const char *amp = memchr(s + i, '&', n - i);
    size_t k = amp ? (size_t)(amp - (s + i)) : n - i;
    memmove(out + o, s + i, k);
    o += k;
    i += k;
    if( i >= n ) break;
    char u[4];
    int un = 0;
    size_t used = kt_reference(s + i, n - i, u, &un, lost_semicolon);
    if( used == 0 ){ out[o++] = '&'; i++; continue; }
    memcpy(out + o, u, (size_t)un);
    o += (size_t)un;
    i += used;
  }
  return o;
}
