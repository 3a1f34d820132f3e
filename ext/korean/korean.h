/*
** The Korean analyzer: turns UTF-8 text into search tokens. Pure C, no
** SQLite: the FTS5 tokenizer `korean`, korean_tokens(), korean_query(), the
** unit tests and bench/ all call kr_tokenize(), so they all see the same
** tokens.
**
** What a token is:
**  - Hangul: each word (eojeol) loses its particles, endings and copula
**    (클러스터는 -> 클러스터, 발전하는 -> 발전) and its stem is split into
**    the nouns of the compiled lexicon, at consecutive positions
**    (지역산업클러스터정책은 -> 지역 산업 클러스터 정책). A stem the lexicon
**    cannot cover is kept whole, except that known nouns at its end or start
**    are split off when 2+ unknown syllables remain (카카오클러스터), a
**    one-syllable noun glued to one known noun is split off (등번호), and so
**    is an honorific or plural suffix (김범수씨).
**  - Script changes split a word (TAMA클러스터의 -> tama 클러스터,
**    4차산업혁명 -> 4 차 산업 혁명); a Hangul tail that is only a particle is
**    dropped (CEO가 -> ceo). Punctuation, symbols, emoji, ㆍ · / separate.
**  - Latin: lower case, diacritics removed (Württemberg -> wurttemberg).
**  - Hanja: read as Hangul (word readings of libhangul's table first, then
**    character readings with the initial-sound rule) and analysed as Hangul;
**    the document side indexes the Hanja as written with its reading
**    colocated, the query side only the reading.
**  - Compatibility jamo (ㅋㄹㅅㅌ, ㅋㅋ) are kept as typed. With the
**    choseong option, every Hangul token is followed (document side) by a
**    colocated token of its initial consonants, and a query word whose last
**    syllable is only typed as a consonant (클러스ㅌ) becomes one.
**  - NFD Hangul (conjoining jamo) is composed on the fly; token offsets are
**    byte offsets of the original input.
** Invalid UTF-8 bytes separate words. Words longer than KR_RUN characters
** are cut into KR_RUN-character pieces.
*/
#ifndef KOLIT_KOREAN_KOREAN_H
#define KOLIT_KOREAN_KOREAN_H
#include <stddef.h>
#include <stdint.h>

#define KR_RUN 64            /* characters analysed as one word at most */

/* kr_tokenize() modes */
#define KR_DOCUMENT 0
#define KR_QUERY    1        /* no colocated tokens; half-typed syllables (choseong) */

/* token flags */
#define KR_COLOCATED 1       /* same position as the previous token */

/* Words a user adds: kept whole, or split where the user says. */
typedef struct kr_userdict kr_userdict;

/* Returns a new empty dictionary or NULL when out of memory. */
kr_userdict *kr_userdict_new(void);
void kr_userdict_free(kr_userdict *d);
/* Adds word (n bytes of UTF-8): its parts are separated by spaces or '+'
** ("지역 혁신", "지역+혁신"); one part means "keep whole". Only Hangul
** syllables are allowed. Returns 0, or -1 when out of memory and 1 when the
** word is not made of Hangul syllables (nothing is added). */
int kr_userdict_add(kr_userdict *d, const char *word, int n);
int kr_userdict_count(const kr_userdict *d);

typedef struct kr_config {
  int choseong;              /* 1: initial-consonant tokens (see above) */
  int hanja;                 /* 1: read Hanja as Hangul (default); 0: keep it as written */
  const kr_userdict *user;   /* or NULL; must outlive the tokenizer */
} kr_config;

/* Receives each token: flags (KR_COLOCATED), the token text (UTF-8, not
** NUL-terminated, valid only during the call) and its byte range
** [start, end) in the input. A non-zero return stops kr_tokenize(), which
** returns that value. */
typedef int (*kr_token_fn)(void *ctx, int flags, const char *token, int n, int start, int end);

typedef struct kr_char { uint32_t cp; int start, end; } kr_char;

/* One tokenizer: configuration and scratch buffers, no heap memory. */
typedef struct kr_tokenizer {
  kr_config cfg;
  kr_char run[KR_RUN + 8];
  int nrun, run_class;
  int single_start;          /* the word being analysed may start with a one-syllable noun */
  char tok[KR_RUN * 8 + 16];
} kr_tokenizer;

void kr_tokenizer_init(kr_tokenizer *t, const kr_config *cfg);

/* Tokenizes text[0..n) in mode KR_DOCUMENT or KR_QUERY. Returns 0 or the
** first non-zero value returned by fn. */
int kr_tokenize(kr_tokenizer *t, int mode, const char *text, int n, void *ctx, kr_token_fn fn);

/* Whether text[0..n), Hangul syllables only, is one word the lexicon
** covers: known nouns, with or without a particle or ending (정책은, 전문화;
** not 러스터, not a name the lexicon lacks). */
int kr_known_word(kr_tokenizer *t, const char *text, int n);

#endif
