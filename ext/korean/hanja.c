/*
** Hanja read as Hangul (hanja.h), for the tokenizer (korean.c, flush_hanja)
** and the duplicate matcher's title keys alike.
*/
#include "korean/hanja.h"
#include "korean/lexicon.h"
#include <string.h>

int kr_is_hanja(uint32_t cp){
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)
      || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3134F);
}

/* 두음법칙 on the reading of a word-initial character. */
static uint32_t initial_sound(uint32_t syl){
  uint32_t x = syl - 0xAC00, l = x / 588, v = (x / 28) % 21, tail = x % 28;
  int iy = v == 2 || v == 6 || v == 7 || v == 12 || v == 17 || v == 20;   /* ㅑㅕㅖㅛㅠㅣ */
  if( l == 5 ) l = iy ? 11 : 2;        /* ㄹ -> ㅇ / ㄴ */
  else if( l == 2 && iy ) l = 11;      /* ㄴ -> ㅇ */
  return 0xAC00 + (l * 21 + v) * 28 + tail;
}

static uint32_t char_reading(uint32_t cp){
  uint32_t lo = 0, hi = kl_hanja_chars_count;
  while( lo < hi ){
    uint32_t mid = (lo + hi) / 2;
    if( kl_hanja_chars[mid][0] < cp ) lo = mid + 1;
    else hi = mid;
  }
  return lo < kl_hanja_chars_count && kl_hanja_chars[lo][0] == cp ? kl_hanja_chars[lo][1] : 0;
}

void kr_hanja_read(const uint32_t *hz, int n, uint32_t *out){
  for( int i = 0; i < n; ){
    uint32_t v;
    int len = n - i < 4 ? n - i : 4;
    while( len >= 2 && !kl_find(&kl_hanja_words, hz + i, len, &v) ) len--;
    if( len >= 2 ){
      memcpy(out + i, kl_units + v, sizeof(uint32_t) * (size_t)len);
      i += len;
      continue;
    }
    uint32_t r = char_reading(hz[i]);
    if( r && i == 0 ) r = initial_sound(r);
    out[i] = r;
    i++;
  }
}
