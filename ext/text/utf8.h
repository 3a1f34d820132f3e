/*
** UTF-8 primitives shared by every layer. Header-only and inline: they sit
** on the tokenizer's and the parsers' hot paths.
*/
#ifndef KOLIT_TEXT_UTF8_H
#define KOLIT_TEXT_UTF8_H
#include <stddef.h>
#include <stdint.h>

/* Decodes the code point at s[0..n). Returns its length in bytes (1-4) and
** stores it in *cp; returns 0 when n == 0 and -1 for an invalid, overlong,
** surrogate or truncated sequence (the caller skips one byte). */
static inline int kt_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp){
  if( n == 0 ) return 0;
  unsigned c = s[0];
  if( c < 0x80 ){ *cp = c; return 1; }
  if( c < 0xC2 ) return -1;
  if( c < 0xE0 ){
    if( n < 2 || (s[1] & 0xC0) != 0x80 ) return -1;
    *cp = ((c & 0x1F) << 6) | (s[1] & 0x3F);
    return 2;
  }
  if( c < 0xF0 ){
    if( n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ) return -1;
    uint32_t v = ((c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    if( v < 0x800 || (v >= 0xD800 && v <= 0xDFFF) ) return -1;
    *cp = v;
    return 3;
  }
  if( c < 0xF5 ){
    if( n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80 ) return -1;
    uint32_t v = ((c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12)
               | ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
    if( v < 0x10000 || v > 0x10FFFF ) return -1;
    *cp = v;
    return 4;
  }
  return -1;
}

/* Encodes cp into out (at least 4 bytes); returns the number of bytes. */
static inline int kt_utf8_encode(uint32_t cp, char *out){
  if( cp < 0x80 ){ out[0] = (char)cp; return 1; }
  if( cp < 0x800 ){ out[0] = (char)(0xC0 | (cp >> 6)); out[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
  if( cp < 0x10000 ){
    out[0] = (char)(0xE0 | (cp >> 12)); out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F)); return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18)); out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* Returns the offset of the first invalid byte in s[0..n), or n if valid. */
static inline size_t kt_utf8_valid_prefix(const unsigned char *s, size_t n){
  size_t i = 0;
  while( i < n ){
    if( s[i] < 0x80 ){ i++; continue; }
    uint32_t cp;
    int k = kt_utf8_decode(s + i, n - i, &cp);
    if( k < 0 ) return i;
    i += (size_t)k;
  }
  return n;
}

static inline int kt_is_hangul_syllable(uint32_t cp){ return cp >= 0xAC00 && cp <= 0xD7A3; }

#endif
