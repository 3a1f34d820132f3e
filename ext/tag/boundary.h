/*
** Where a name or a term may begin and end in Korean and English text: the
** rules shared by the country gazetteer and the keyword vocabularies. They
** look at the original UTF-8 text around a match the matcher reported.
*/
#ifndef KOLIT_TAG_BOUNDARY_H
#define KOLIT_TAG_BOUNDARY_H
#include <stddef.h>
#include <stdint.h>

/* Script classes for boundary decisions. */
#define KT_SCRIPT_NONE   0  /* not a letter or digit: a boundary */
#define KT_SCRIPT_HANGUL 1  /* Hangul syllables and jamo */
#define KT_SCRIPT_CJK    2  /* Han, Hiragana, Katakana: no word boundaries */
#define KT_SCRIPT_ALPHA  3  /* other letters and digits (Latin, Cyrillic, ...) */

int kt_script_of(uint32_t cp);

/* The code point before byte offset i (0 at the start of the text) and the
** code point at byte offset i (0 at the end). */
uint32_t kt_cp_before(const char *s, size_t i);
uint32_t kt_cp_at(const char *s, size_t n, size_t i);

/* The script of the first and of the last letter or digit of s[0..n). */
int kt_first_script(const char *s, size_t n);
int kt_last_script(const char *s, size_t n);

/* Korean: after a name that ends at byte i, is there only a chain of
** particles (의, 과, 에서, 으로...) up to the end of the word? Returns 1 also
** when no Hangul follows at all. */
int kt_ko_particles_to_word_end(const char *s, size_t n, size_t i);

/* Korean: does one of the nouns that commonly follow a place name in a
** compound start at byte i (정부, 연방, 기업, 경제, 지역, 주, 식, 형, 인, 어...)? */
int kt_ko_compound_suffix(const char *s, size_t n, size_t i);

/* Korean: does a suffix that makes a place name unmistakable start at byte
** i (정부, 공화국, 왕국, 국민, 대통령, 총리, 연방, 대사관; 시 for cities)? */
int kt_ko_country_suffix(const char *s, size_t n, size_t i);

/* Korean and punctuation: is s[a..b) only what separates items of a list
** (spaces, commas, middle dots, slashes, 과/와/및/또는/그리고/이나/나)? */
int kt_ko_list_gap(const char *s, size_t a, size_t b);

/* English: the length of an inflection (s, es, ed, ing, ings) at byte i that
** runs to the end of the word, 0 when the word ends at i, -1 otherwise. */
int kt_en_inflection(const char *s, size_t n, size_t i);

/* Do the capital letters of the name appear as capitals in the text? Letters
** are compared in order; a lower-case letter of the name matches either. */
int kt_capitals_match(const char *name, size_t nlen, const char *text, size_t tlen);

#endif
