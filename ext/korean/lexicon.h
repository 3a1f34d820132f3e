/*
** The Korean analyzer's compiled lexicon: tables generated at build time by
** gen_lexicon.py (see build.cmake) from hunspell-ko, libhangul-data and
** data/korean_*.txt. All static const: shared by every connection and table
** at no cost, nothing to initialise.
*/
#ifndef KOLIT_KOREAN_LEXICON_H
#define KOLIT_KOREAN_LEXICON_H
#include <stdint.h>

/* An open-addressing hash table of code-point strings. slots[h] holds entry
** index + 1 (0 = empty); entry i is kl_units[off[i] .. off[i]+len[i]) with
** value val[i]. */
typedef struct kl_table {
  const uint32_t *slots;
  uint32_t mask;
  const uint32_t *off;
  const uint8_t *len;
  const uint32_t *val;
  uint32_t count;
} kl_table;

/* kl_nouns values */
#define KL_NOUN    1u   /* a noun of ko.dic */
#define KL_FIELD   2u   /* a curated field term (data/korean_field_terms.txt) */
#define KL_SUFFIX  4u   /* a noun-deriving suffix that may end a compound (적, 화) */
#define KL_PREFIX  8u   /* a meaning-bearing prefix kept attached (비, 탈) */
#define KL_HANJA  16u   /* kl_sino: the reading of a Hanja word of libhangul's table */
#define KL_NUM_SINO    32u  /* a numeral followed by Sino-Korean counters (data/korean_numerals.txt) */
#define KL_NUM_NATIVE  64u  /* a numeral followed by native counters, or standing before a noun */
#define KL_COUNTER_SINO   128u  /* a counter after Sino-Korean numerals: 년 원 층 */
#define KL_COUNTER_NATIVE 256u  /* a counter after native numerals: 번 명 개 */
#define KL_SPLIT_SHIFT 12 /* bits above: explicit split points, bit i = after syllable i */

/* kl_suffixes values */
#define KL_AFTER_VOWEL 1u  /* may follow a syllable without a final consonant */
#define KL_AFTER_CODA  2u  /* may follow a syllable with a final consonant */
#define KL_COMMON      4u  /* a common particle: stripped from unknown nouns too */
#define KL_DERIV       8u  /* a form of 하다/되다/시키다...: 발전하는 -> 발전 */
#define KL_PARTICLE   16u  /* a particle or copula form of ko.aff */
#define KL_AFTER_RIEUL 32u /* may follow a syllable ending in ㄹ (길로, like 바다로) */

extern const uint32_t kl_units[];
extern const kl_table kl_nouns, kl_sino, kl_suffixes, kl_hanja_words;
extern const uint32_t kl_hanja_chars[][2];  /* sorted (hanja, reading syllable) */
extern const uint32_t kl_hanja_chars_count;
/* ASCII base letter (lower case) of U+00C0..U+024F then U+1E00..U+1EFF, or 0
** for a code point there that is not a letter. */
extern const unsigned char kl_latin_fold[];

/* FNV-1a over code points; gen_lexicon.py computes the same. */
static inline uint32_t kl_hash(const uint32_t *s, int n){
  uint32_t h = 2166136261u;
  for(int i = 0; i < n; i++){ h ^= s[i]; h *= 16777619u; }
  return h;
}

/* Looks s[0..n) up; returns 1 and sets *val when found. */
static inline int kl_find(const kl_table *t, const uint32_t *s, int n, uint32_t *val){
  uint32_t h = kl_hash(s, n) & t->mask;
  for(;;){
    uint32_t e = t->slots[h];
    if( e == 0 ) return 0;
    e--;
    if( t->len[e] == n ){
      const uint32_t *k = kl_units + t->off[e];
      int i = 0;
      while( i < n && k[i] == s[i] ) i++;
      if( i == n ){ *val = t->val[e]; return 1; }
    }
    h = (h + 1) & t->mask;
  }
}

#endif
