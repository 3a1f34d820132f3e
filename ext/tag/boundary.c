/*
** Boundary rules (see boundary.h and docs/tagging.md).
**
** The word lists are short and closed on purpose: a particle list that is
** too generous lets 수단으로 ("as a means") through as Sudan, one that is too
** short loses 독일에서의. They are the particles and nouns that follow place
** names in the abstracts of this literature.
*/
#include "tag/boundary.h"
#include "text/utf8.h"
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

int kt_script_of(uint32_t c){
  if( c == 0 ) return KT_SCRIPT_NONE;
  if( c < 0x80 ){
    if( (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ) return KT_SCRIPT_ALPHA;
    return KT_SCRIPT_NONE;
  }
  if( kt_is_hangul_syllable(c) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F) ){
    return KT_SCRIPT_HANGUL;
  }
  if( !u_isalnum((UChar32)c) ) return KT_SCRIPT_NONE;
  UErrorCode st = U_ZERO_ERROR;
  UScriptCode sc = uscript_getScript((UChar32)c, &st);
  if( U_SUCCESS(st) && (sc == USCRIPT_HAN || sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA) ){
    return KT_SCRIPT_CJK;
  }
  return KT_SCRIPT_ALPHA;
}

uint32_t kt_cp_before(const char *s, size_t i){
  if( i == 0 ) return 0;
  size_t j = i - 1;
  while( j > 0 && i - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80 ) j--;
  uint32_t c;
  int k = kt_utf8_decode((const unsigned char *)s + j, i - j, &c);
  return (k > 0 && (size_t)k == i - j) ? c : 0xFFFD;
}

uint32_t kt_cp_at(const char *s, size_t n, size_t i){
  if( i >= n ) return 0;
  uint32_t c;
  int k = kt_utf8_decode((const unsigned char *)s + i, n - i, &c);
  return k > 0 ? c : 0xFFFD;
}

static int script_scan(const char *s, size_t n, int last){
  int found = KT_SCRIPT_NONE;
  size_t i = 0;
  while( i < n ){
    uint32_t c;
    int k = kt_utf8_decode((const unsigned char *)s + i, n - i, &c);
    if( k <= 0 ){ i++; continue; }
    int sc = kt_script_of(c);
    if( sc != KT_SCRIPT_NONE ){
      found = sc;
      if( !last ) return sc;
    }
    i += (size_t)k;
  }
  return found;
}
int kt_first_script(const char *s, size_t n){ return script_scan(s, n, 0); }
int kt_last_script(const char *s, size_t n){ return script_scan(s, n, 1); }

static int starts_with(const char *s, size_t n, size_t i, const char *w){
  size_t k = strlen(w);
  return i + k <= n && memcmp(s + i, w, k) == 0;
}

static int hangul_at(const char *s, size_t n, size_t i){
  return kt_script_of(kt_cp_at(s, n, i)) == KT_SCRIPT_HANGUL;
}

/* Particles and endings that may follow a noun within its word. */
static const char *const ko_particles[] = {
  "의", "과", "와", "에", "에서", "에게", "에는", "에서는", "에도", "에서도", "에의", "에서의",
  "은", "는", "이", "가", "을", "를", "도", "로", "으로", "로서", "으로서", "로부터", "으로부터",
  "로의", "으로의", "만", "까지", "부터", "보다", "처럼", "과의", "와의", "과는", "와는", "이나", "나",
  "이며", "이고", "이다", "이었다", "였다", "이라는", "라는", "등", "등의", "및", "간", "간의",
  "내", "내의", "뿐", "만의", "에서만", "으로는", "로는", "이라고", "라고", "이야", "야", 0
};

static int particles_rec(const char *s, size_t n, size_t i, int depth){
  if( !hangul_at(s, n, i) ) return 1;
  if( depth == 3 ) return 0;
  for(int k = 0; ko_particles[k]; k++){
    if( starts_with(s, n, i, ko_particles[k])
     && particles_rec(s, n, i + strlen(ko_particles[k]), depth + 1) ) return 1;
  }
  return 0;
}

int kt_ko_particles_to_word_end(const char *s, size_t n, size_t i){
  return particles_rec(s, n, i, 0);
}

/* Nouns that head a compound after a place name: 독일정부, 한국경제, 바이에른주,
** 일본식, 한국인, 독일어. Deliberately absent: 도 and 시 (그리스도, 카타르시스;
** the CLDR and curated names already carry 도 and 시 where they belong). */
static const char *const ko_compound[] = {
  "정부", "연방", "공화국", "왕국", "국민", "대통령", "총리", "경제", "산업", "기업", "지역", "사회",
  "정책", "클러스터", "모델", "모형", "사례", "시장", "기술", "대학", "특구", "밸리", "단지", "연구",
  "중앙", "지방", "국가", "학계", "문화", "전역", "전체", "측", "주", "식", "형", "산", "어", "인", "계",
  "대사관", "역", 0
};

int kt_ko_compound_suffix(const char *s, size_t n, size_t i){
  for(int k = 0; ko_compound[k]; k++) if( starts_with(s, n, i, ko_compound[k]) ) return 1;
  return 0;
}

static const char *const ko_country[] = {
  "정부", "공화국", "왕국", "국민", "대통령", "총리", "수상", "연방", "대사관", "시", 0
};

int kt_ko_country_suffix(const char *s, size_t n, size_t i){
  for(int k = 0; ko_country[k]; k++) if( starts_with(s, n, i, ko_country[k]) ) return 1;
  return 0;
}

int kt_ko_list_gap(const char *s, size_t a, size_t b){
  /* Words allowed between items, after separators are removed. */
  static const char *const words[] = {"과", "와", "및", "또는", "그리고", "이나", "나", 0};
  size_t i = a;
  int nword = 0;
  while( i < b ){
    uint32_t c;
    int k = kt_utf8_decode((const unsigned char *)s + i, b - i, &c);
    if( k <= 0 ) return 0;
    if( c == ' ' || c == '\t' || c == '\n' || c == ',' || c == '/' || c == 0xB7 || c == 0x30FB
     || c == 0x3001 || c == 0x318D || c == 0x2027 || c == 0xFF0C ){
      i += (size_t)k;
      continue;
    }
    int hit = 0;
    for(int w = 0; words[w]; w++){
      size_t len = strlen(words[w]);
      if( i + len <= b && memcmp(s + i, words[w], len) == 0 ){ i += len; hit = 1; break; }
    }
    if( !hit || ++nword > 2 ) return 0;
  }
  return 1;
}

int kt_en_inflection(const char *s, size_t n, size_t i){
  static const char *const endings[] = {"s", "es", "ed", "ing", "ings", 0};
  if( kt_script_of(kt_cp_at(s, n, i)) != KT_SCRIPT_ALPHA ) return 0;
  for(int k = 0; endings[k]; k++){
    size_t len = strlen(endings[k]);
    if( i + len > n ) continue;
    size_t j = 0;
    while( j < len && (s[i + j] | 0x20) == endings[k][j] ) j++;
    if( j == len && kt_script_of(kt_cp_at(s, n, i + len)) != KT_SCRIPT_ALPHA ) return (int)len;
  }
  return -1;
}

/* The next letter of z[0..n) from *pi on (advancing *pi past it), 0 at the end. */
static uint32_t next_letter(const char *z, size_t n, size_t *pi){
  while( *pi < n ){
    uint32_t c;
    int k = kt_utf8_decode((const unsigned char *)z + *pi, n - *pi, &c);
    if( k <= 0 ){ (*pi)++; continue; }
    *pi += (size_t)k;
    if( u_isalpha((UChar32)c) ) return c;
  }
  return 0;
}

int kt_capitals_match(const char *name, size_t nlen, const char *text, size_t tlen){
  size_t i = 0, j = 0;
  for(;;){
    uint32_t a = next_letter(name, nlen, &i), b = next_letter(text, tlen, &j);
    if( a == 0 || b == 0 ) return 1;
    if( u_isupper((UChar32)a) && !u_isupper((UChar32)b) ) return 0;
  }
}
