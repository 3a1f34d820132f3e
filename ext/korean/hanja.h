/*
** Hanja read as Hangul, for the tokenizer (korean.c, flush_hanja) and the
** duplicate matcher's title keys: word readings of libhangul's table first
** (up to four characters), then character readings, with the initial-sound
** rule on the first character (李 -> 이, 羅列 -> 나열).
*/
#ifndef KOLIT_KOREAN_HANJA_H
#define KOLIT_KOREAN_HANJA_H
#include <stdint.h>

/* 1 for a code point of the CJK ideograph blocks the tokenizer reads. */
int kr_is_hanja(uint32_t cp);

/* Reads hz[0..n) into out[0..n): one syllable per character, 0 for a
** character without a reading. */
void kr_hanja_read(const uint32_t *hz, int n, uint32_t *out);

#endif
