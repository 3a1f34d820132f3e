/*
** The Korean analyzer (see korean.h for what it emits). One pass over the
** bytes: ASCII is classified inline, other code points by range, and only
** code points outside Hangul, Hanja and Latin ask ICU for their category.
** Characters gather into runs of one script; a run is analysed when a
** separator or another script ends it.
**
** Hangul words are analysed on syllables (a particle or ending of ko.aff
** always starts at a syllable boundary once contractions into the stem's
** last syllable, which hunspell-ko allows only after pronouns and in rare
** colloquial forms, are left aside). For every split of the word into
** stem + valid suffix, the stem is segmented into lexicon nouns by dynamic
** programming, and the cheapest analysis wins (costs below).
*/
#include "korean/korean.h"
#include "korean/hanja.h"
#include "korean/lexicon.h"
#include "text/utf8.h"
#include <unicode/uchar.h>
#include <stdlib.h>
#include <string.h>

enum { C_SEP, C_HANGUL, C_JAMO, C_LATIN, C_DIGIT, C_HANJA, C_OTHER, C_MARK, C_HALF };

#define INF 1000000
#define MAX_PIECE 20       /* longest lexicon entry tried (gen_lexicon.py MAX_NOUN) */
#define MAX_SUFFIX 10      /* longest suffix tried (gen_lexicon.py MAX_SUFFIX) */
#define MAX_WORD 24        /* longer runs are text without spaces: no suffix to strip */
#define SUFFIX_COST 6      /* a 3-syllable noun (15) beats a 2-syllable one + particle (16) */
#define SUFFIX_NOUN_COST 8
#define COST_CONTRACTED 5  /* the copula's 자 after a vowel (의무자 is not 의무(이)자) */
#define UNKNOWN_COST 100   /* any analysis into known nouns beats an unknown stem */
#define FALLBACK_MAX 12    /* unknown stems longer than this are not searched for known ends */

/* ---- user dictionary: an open-addressing hash of syllable strings ---- */
typedef struct ud_entry { uint32_t s[MAX_PIECE]; int n; uint32_t split; } ud_entry;
struct kr_userdict { ud_entry *e; int n, cap; uint32_t *slots; uint32_t mask; };

kr_userdict *kr_userdict_new(void){
  return calloc(1, sizeof(kr_userdict));
}

void kr_userdict_free(kr_userdict *d){
  if( d == 0 ) return;
  free(d->e);
  free(d->slots);
  free(d);
}

int kr_userdict_count(const kr_userdict *d){ return d ? d->n : 0; }

static int ud_find(const kr_userdict *d, const uint32_t *s, int n, uint32_t *split){
  if( d->slots == 0 ) return 0;
  uint32_t h = kl_hash(s, n) & d->mask;
  for(;;){
    uint32_t i = d->slots[h];
    if( i == 0 ) return 0;
    const ud_entry *e = &d->e[i - 1];
    if( e->n == n && memcmp(e->s, s, sizeof(uint32_t) * (size_t)n) == 0 ){ *split = e->split; return 1; }
    h = (h + 1) & d->mask;
  }
}

static int ud_rehash(kr_userdict *d, uint32_t size){
  uint32_t *slots = calloc(size, sizeof(uint32_t));
  if( slots == 0 ) return -1;
  for(int i = 0; i < d->n; i++){
    uint32_t h = kl_hash(d->e[i].s, d->e[i].n) & (size - 1);
    while( slots[h] ) h = (h + 1) & (size - 1);
    slots[h] = (uint32_t)i + 1;
  }
  free(d->slots);
  d->slots = slots;
  d->mask = size - 1;
  return 0;
}

int kr_userdict_add(kr_userdict *d, const char *word, int n){
  ud_entry e;
  memset(&e, 0, sizeof e);
  const unsigned char *z = (const unsigned char *)word;
  int i = 0;
  while( i < n ){
    uint32_t cp;
    int len = kt_utf8_decode(z + i, (size_t)(n - i), &cp);
    if( len <= 0 ) return 1;
    i += len;
    if( cp == ' ' || cp == '+' ){
      if( e.n > 0 ) e.split |= 1u << (e.n - 1);
      continue;
    }
    if( !kt_is_hangul_syllable(cp) || e.n == MAX_PIECE ) return 1;
    e.s[e.n++] = cp;
  }
  if( e.n == 0 ) return 1;
  e.split &= (1u << (e.n - 1)) - 1;   /* a trailing separator is no split */
  uint32_t old;
  if( ud_find(d, e.s, e.n, &old) ){
    for(int k = 0; k < d->n; k++){
      if( d->e[k].n == e.n && memcmp(d->e[k].s, e.s, sizeof(uint32_t) * (size_t)e.n) == 0 ) d->e[k].split = e.split;
    }
    return 0;
  }
  if( d->n == d->cap ){
    int cap = d->cap ? d->cap * 2 : 16;
    ud_entry *ne = realloc(d->e, sizeof(ud_entry) * (size_t)cap);
    if( ne == 0 ) return -1;
    d->e = ne;
    d->cap = cap;
  }
  d->e[d->n++] = e;
  if( (uint32_t)d->n * 2 > (d->slots ? d->mask + 1 : 0) ){
    uint32_t size = 32;
    while( size < (uint32_t)d->n * 4 ) size *= 2;
    if( ud_rehash(d, size) ){ d->n--; return -1; }
  }else{
    uint32_t h = kl_hash(e.s, e.n) & d->mask;
    while( d->slots[h] ) h = (h + 1) & d->mask;
    d->slots[h] = (uint32_t)d->n;
  }
  return 0;
}

/* ---- costs of stem pieces ----
** Two-syllable nouns cost 10, longer ones more than the sum of their parts
** (L*L+8), so a compound of known nouns is split (산업단지 -> 산업 단지)
** while a single known noun is never cut into syllables. One-syllable pieces
** are either a noun-deriving suffix right after a longer piece (4), or a
** one-syllable noun at the start of the stem (25, 차산업혁명); never two in a
** row, so an unknown word is not chopped into one-syllable nouns. */
#define COST_SUFFIX_PIECE 4
#define COST_SINGLE 25
#define COST_SINGLE_AFTER 14
#define COST_PREFIX 8       /* 신문+의 (16) beats 신+문의 (18): a prefix needs evidence */

#define SINO_MAX 6          /* longest entry of kl_sino (gen_lexicon.py MAX_SINO) */
#define COST_HANJA 5        /* a Hanja word of libhangul's table that ko.dic lacks */
#define COST_EXTRA_PART 2   /* each part after the first: 스타일+로 beats 스타+일로 */

static int noun_cost(int len){
  return len == 2 ? 10 : len == 3 ? 15 : len * len + 8;
}

/* Cost of s[j..i) (length 2 or more) as one piece, INF when it is none;
** *split receives its explicit split points (user dictionary, curated terms). */
static int piece_cost(const kr_tokenizer *t, const uint32_t *s, int j, int i, uint32_t *split){
  int len = i - j;
  uint32_t v;
  *split = 0;
  if( t->cfg.user && ud_find(t->cfg.user, s + j, len, split) ) return 1;
  if( len == 1 ) return INF;
  if( kl_find(&kl_nouns, s + j, len, &v) ){
    if( v >> KL_SPLIT_SHIFT ){ *split = v >> KL_SPLIT_SHIFT; return 2; }
    if( v & (KL_NOUN | KL_FIELD) ) return noun_cost(len);
  }else if( len >= 3 && len <= SINO_MAX && kl_find(&kl_sino, s + j, len, &v) ){
    return noun_cost(len) + COST_HANJA;
  }
  /* 비급여: a meaning-bearing prefix stays on the noun it negates */
  if( len >= 3 && kl_find(&kl_nouns, s + j, 1, &v) && (v & KL_PREFIX)
      && kl_find(&kl_nouns, s + j + 1, len - 1, &v) && (v & (KL_NOUN | KL_FIELD)) ){
    return noun_cost(len - 1) + COST_PREFIX;
  }
  return INF;
}

/* Segments s[0..n) into known pieces. Sets cut[k] = 1 where a part starts
** (cut[0] = 1) and returns the cost, or INF when s is not covered. The
** dynamic programme keeps three states per position: the last piece was long
** (or nothing yet); it was one syllable; it was a suffix after a one-syllable
** piece (간호사+분+들), after which only a long piece may come. */
#define NST 3

static int min_state(const int *c){
  int b = 0;
  for(int st = 1; st < NST; st++) if( c[st] < c[b] ) b = st;
  return b;
}

static int segment(const kr_tokenizer *t, const uint32_t *s, int n, unsigned char *cut){
  int cost[KR_RUN + 1][NST], from[KR_RUN + 1][NST];
  unsigned char fromst[KR_RUN + 1][NST];
  uint32_t split[KR_RUN + 1][NST];
  for(int st = 0; st < NST; st++) cost[0][st] = st ? INF : 0;
#define RELAX(I, ST, C, J, FST, SP) RELAX_IF(I, ST, C, J, FST, SP, <)
#define RELAX_IF(I, ST, C, J, FST, SP, OP) do{ int c_ = (C); if( c_ OP cost[I][ST] ){ \
    cost[I][ST] = c_; from[I][ST] = (J); fromst[I][ST] = (unsigned char)(FST); split[I][ST] = (SP); } }while(0)
  for(int i = 1; i <= n; i++){
    for(int st = 0; st < NST; st++){ cost[i][st] = INF; from[i][st] = 0; fromst[i][st] = 0; split[i][st] = 0; }
    /* one-syllable piece s[i-1] */
    uint32_t v, sp = 0;
    int j = i - 1, bj = min_state(cost[j]);
    if( t->cfg.user && ud_find(t->cfg.user, s + j, 1, &sp) ){
      if( cost[j][bj] < INF ) RELAX(i, 0, cost[j][bj] + 1, j, bj, 0);
    }else if( kl_find(&kl_nouns, s + j, 1, &v) ){
      if( j >= 2 && cost[j][0] < INF && (v & (KL_SUFFIX | KL_NOUN | KL_FIELD)) ){
        RELAX(i, 1, cost[j][0] + ((v & KL_SUFFIX) ? COST_SUFFIX_PIECE : COST_SINGLE_AFTER) + COST_EXTRA_PART, j, 0, 0);
      }
      if( j >= 3 && cost[j][1] < INF && (v & KL_SUFFIX) ){
        RELAX(i, 2, cost[j][1] + COST_SUFFIX_PIECE + COST_EXTRA_PART, j, 1, 0);
      }
      if( j == 0 && (v & (KL_NOUN | KL_FIELD)) && (t->single_start || n == 1) ) RELAX(i, 1, COST_SINGLE, 0, 0, 0);
    }
    for(j = i - 2; j >= 0 && i - j <= MAX_PIECE; j--){
      bj = min_state(cost[j]);
      if( cost[j][bj] >= INF ) continue;
      int c = piece_cost(t, s, j, i, &sp);
      if( c >= INF ) continue;
      if( j > 0 ) c += COST_EXTRA_PART;
      RELAX_IF(i, 0, cost[j][bj] + c, j, bj, sp, <=);
    }
  }
#undef RELAX
#undef RELAX_IF
  int st = min_state(cost[n]);
  if( cost[n][st] >= INF ) return INF;
  int total = cost[n][st];
  memset(cut, 0, (size_t)n + 1);
  for(int i = n; i > 0; ){
    int j = from[i][st];
    cut[j] = 1;
    for(int k = 0; k < i - j - 1; k++){
      if( split[i][st] & (1u << k) ) cut[j + k + 1] = 1;
    }
    st = fromst[i][st];
    i = j;
  }
  return total;
}

static int first_part_len(const unsigned char *cut, int n){
  int k = 1;
  while( k < n && !cut[k] ) k++;
  return k;
}

static int last_part_len(const unsigned char *cut, int n){
  int k = n - 1;
  while( k > 0 && !cut[k] ) k--;
  return n - k;
}

/* A stem the lexicon does not cover: kept whole, except that known nouns
** (of 2+ syllables) ending or starting it are split off when 2+ unknown
** syllables remain, which stay one part (카카오클러스터 -> 카카오 클러스터,
** 롯데마트 -> 롯데 마트). The cost does not depend on the parts. */
static int unknown_stem(const kr_tokenizer *t, const uint32_t *s, int n, unsigned char *cut){
  unsigned char tmp[KR_RUN + 1];
  memset(cut, 0, (size_t)n + 1);
  cut[0] = 1;
  if( n >= 4 && n <= FALLBACK_MAX ){
    for(int j = 2; j <= n - 2; j++){
      if( segment(t, s + j, n - j, tmp) < INF && first_part_len(tmp, n - j) >= 2 ){
        memcpy(cut + j, tmp, (size_t)(n - j));
        return UNKNOWN_COST + 10 * n;
      }
    }
    for(int e = n - 2; e >= 2; e--){
      if( segment(t, s, e, tmp) < INF && last_part_len(tmp, e) >= 2 ){
        memcpy(cut, tmp, (size_t)e);
        cut[e] = 1;
        return UNKNOWN_COST + 10 * n;
      }
    }
  }
  /* 김범수씨, 이씨, 선수들: an honorific or the plural suffix after an
  ** unknown name or noun is its own part; the rest stays whole */
  if( n >= 2 && n <= FALLBACK_MAX && (s[n - 1] == 0xC528 || s[n - 1] == 0xB2D8 || s[n - 1] == 0xB4E4) ){
    uint32_t v;
    if( n >= 3 || (s[n - 1] != 0xB4E4 && kl_find(&kl_nouns, s, 1, &v) && (v & KL_NOUN)) ){
      cut[n - 1] = 1;
      return UNKNOWN_COST + 10 * n;
    }
  }
  /* 밑부분, 등번호, 국밥집: a one-syllable noun glued to one known noun is
  ** its own part (both parts are words) */
  if( n >= 3 && n <= FALLBACK_MAX ){
    uint32_t v;
    if( kl_find(&kl_nouns, s, 1, &v) && (v & KL_NOUN)
        && segment(t, s + 1, n - 1, tmp) < INF && first_part_len(tmp, n - 1) == n - 1 ){
      memcpy(cut + 1, tmp, (size_t)(n - 1));
      return UNKNOWN_COST + 10 * n;
    }
    if( kl_find(&kl_nouns, s + n - 1, 1, &v) && (v & KL_NOUN)
        && segment(t, s, n - 1, tmp) < INF && last_part_len(tmp, n - 1) == n - 1 ){
      memcpy(cut, tmp, (size_t)(n - 1));
      cut[n - 1] = 1;
      return UNKNOWN_COST + 10 * n;
    }
  }
  return UNKNOWN_COST + 10 * n;
}

/* Analyses the syllables s[0..n): returns the stem length and fills cut[]
** (part starts) for it. With allow_suffix 0, s is a bare stem. */
static int analyze(const kr_tokenizer *t, const uint32_t *s, int n, int allow_suffix,
                   unsigned char *cut, int *pcost){
  unsigned char tmp[KR_RUN + 1];
  int best = INF, best_k = n;
  if( n > MAX_WORD ) allow_suffix = 0;
  for(int k = n; k >= 1 && n - k <= MAX_SUFFIX; k--){
    uint32_t sv = KL_COMMON | KL_DERIV;
    int extra = 0;
    if( k < n ){
      if( !allow_suffix ) break;
      if( !kl_find(&kl_suffixes, s + k, n - k, &sv) ) continue;
      uint32_t coda = (s[k - 1] - 0xAC00) % 28;
      if( !(sv & (coda == 0 ? KL_AFTER_VOWEL : coda == 8 ? KL_AFTER_RIEUL : KL_AFTER_CODA)) ) continue;
      extra = SUFFIX_COST;
      /* 의무자, 소수자: the copula's 이자 keeps its 이 after a vowel in
      ** writing (가수이자 배우), so a final 자 is rather the Sino-Korean
      ** 者 (person) of an unlisted noun than the copula form 자 */
      if( n - k == 1 && s[k] == 0xC790 && coda == 0 ) extra += COST_CONTRACTED;
      /* 소녀시대: a "suffix" that is also a noun of 2+ syllables (시대, an
      ** honorific ending too) needs to beat the compound reading */
      uint32_t nv;
      if( n - k >= 2 && !(sv & (KL_COMMON | KL_DERIV)) && kl_find(&kl_nouns, s + k, n - k, &nv) && (nv & KL_NOUN) ){
        extra += SUFFIX_NOUN_COST;
      }
    }
    int c = segment(t, s, k, tmp);
    if( c >= INF ){
      /* unknown stems lose only common particles and 하다/되다 forms, and
      ** never shrink to one syllable */
      if( k < n && (!(sv & (KL_COMMON | KL_DERIV)) || k == 1) ) continue;
      c = unknown_stem(t, s, k, tmp);
    }
    if( c + extra <= best ){
      best = c + extra;
      best_k = k;
      memcpy(cut, tmp, (size_t)k + 1);
    }
  }
  if( best >= INF ){   /* only reached with n == 0 */
    memset(cut, 0, (size_t)n + 1);
    cut[0] = 1;
  }
  if( pcost ) *pcost = best;
  return best_k;
}

/* ---- emission ---- */
typedef struct emitter {
  kr_tokenizer *t;
  int mode;
  void *ctx;
  kr_token_fn fn;
  int prev_class;   /* class of the previous run of the same word, C_SEP at a word start */
} emitter;

static int put(emitter *e, int flags, const uint32_t *cp, int n, int start, int end){
  char *o = e->t->tok;
  int len = 0;
  for(int i = 0; i < n; i++) len += kt_utf8_encode(cp[i], o + len);
  return e->fn(e->ctx, flags, o, len, start, end);
}

static const uint32_t choseong_jamo[19] = {
  0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141, 0x3142, 0x3143, 0x3145,
  0x3146, 0x3147, 0x3148, 0x3149, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E };

static uint32_t initial_of(uint32_t syllable){
  return choseong_jamo[(syllable - 0xAC00) / 588];
}

/* Emits the parts of s[0..k) given by cut[], with offsets from run[]. For
** Hanja (surface != NULL) the document side indexes the Hanja as written and
** its reading colocated, the query side only the reading, so 韓國 and 한국
** find both. On the document side each Hangul token is followed by its
** colocated initials (choseong). */
static int put_parts(emitter *e, const uint32_t *s, int k, const unsigned char *cut,
                     const kr_char *run, const uint32_t *surface){
  uint32_t ini[KR_RUN];
  for(int b = 0; b < k; ){
    int x = b + 1;
    while( x < k && !cut[x] ) x++;
    int rc, doc = e->mode == KR_DOCUMENT;
    if( surface && doc ){
      rc = put(e, 0, surface + b, x - b, run[b].start, run[x - 1].end);
      if( rc ) return rc;
    }
    rc = put(e, surface && doc ? KR_COLOCATED : 0, s + b, x - b, run[b].start, run[x - 1].end);
    if( rc ) return rc;
    if( doc && e->t->cfg.choseong ){
      for(int i = b; i < x; i++) ini[i - b] = initial_of(s[i]);
      rc = put(e, KR_COLOCATED, ini, x - b, run[b].start, run[x - 1].end);
      if( rc ) return rc;
    }
    b = x;
  }
  return 0;
}

static int is_numeral(uint32_t syl){
  return syl == 0xC2ED || syl == 0xBC31 || syl == 0xCC9C || syl == 0xB9CC || syl == 0xC5B5 || syl == 0xC870;
}

static int is_small_numeral(uint32_t syl){ return syl == 0xC2ED || syl == 0xBC31 || syl == 0xCC9C; }  /* 십 백 천 */
static int is_large_numeral(uint32_t syl){ return syl == 0xB9CC || syl == 0xC5B5 || syl == 0xC870; }  /* 만 억 조 */

static const unsigned char one_part[1] = { 1 };

/* Whether s[0..m) is a number written in Hangul: numerals of
** data/korean_numerals.txt in a row (삼십, 이천오백, 열두, 수십). *kind gets
** the KL_NUM_* bits of the last one. */
#define MAX_NUMBER 8   /* longest Hangul number tried, in syllables */

static int is_hangul_number(const uint32_t *s, int m, uint32_t *kind){
  unsigned char reach[MAX_NUMBER + 1] = { 1 };
  uint32_t v;
  *kind = 0;
  for(int i = 0; i < m; i++){
    if( !reach[i] ) continue;
    for(int len = 1; len <= 2 && i + len <= m; len++){
      if( kl_find(&kl_nouns, s + i, len, &v) && (v & (KL_NUM_SINO | KL_NUM_NATIVE)) ){
        reach[i + len] = 1;
        if( i + len == m ) *kind |= v & (KL_NUM_SINO | KL_NUM_NATIVE);
      }
    }
  }
  return reach[m];
}

#define COST_COUNTER 10   /* a counter after a number, priced as a two-syllable noun */

/* Whether s[0..n) is empty or a common particle (을, 의, 에서). */
static int no_or_common_particle(const uint32_t *s, int n){
  uint32_t v;
  return n == 0 || (n <= MAX_SUFFIX && kl_find(&kl_suffixes, s, n, &v) && (v & KL_COMMON));
}

/* 천원을, 십대, 두번, 두배우: the length of the Hangul number that starts a
** word the lexicon does not know, or 0. A counter of the number's kind (its
** length in *pc; 두 번, 삼 층, not 네 일) may follow it, alone or with a
** common particle (세명의 -> 세 명), or before a known stem that starts with
** a longer noun (몇분동안 -> 몇 분 동안), except after a one-syllable
** Sino-Korean numeral, which is too often something else (이건아니잖아,
** 사달라고). A native numeral may also stand before one known noun and a
** common particle (두배우의 -> 두 배우, *pc = 0), when that reading is
** cheaper (두주인공 -> 두 주인공, not 두 주 인공). */
static int hangul_number_len(kr_tokenizer *t, const uint32_t *s, int n, int *pc){
  unsigned char cut[KR_RUN + 1];
  uint32_t v, kind;
  /* most words start with no numeral at all */
  if( !(kl_find(&kl_nouns, s, 1, &v) && (v & (KL_NUM_SINO | KL_NUM_NATIVE)))
      && !(n >= 2 && kl_find(&kl_nouns, s, 2, &v) && (v & (KL_NUM_SINO | KL_NUM_NATIVE))) ) return 0;
  t->single_start = 0;
  for(int m = n - 1 < MAX_NUMBER ? n - 1 : MAX_NUMBER; m >= 1; m--){
    if( !is_hangul_number(s, m, &kind) ) continue;
    uint32_t takes = ((kind & KL_NUM_SINO) ? KL_COUNTER_SINO : 0) | ((kind & KL_NUM_NATIVE) ? KL_COUNTER_NATIVE : 0);
    int best = INF, best_c = 0;
    if( kind == KL_NUM_NATIVE ){
      int rest, k = analyze(t, s + m, n - m, 1, cut, &rest);
      if( rest < UNKNOWN_COST && k >= 2 && first_part_len(cut, k) == k && no_or_common_particle(s + m + k, n - m - k) ){
        best = rest;
      }
    }
    for(int c = 3; c >= 1; c--){
      int r = m + c, after = 0;
      if( r > n || !kl_find(&kl_nouns, s + m, c, &v) || !(v & takes) ) continue;
      if( n - r == 1 && kl_find(&kl_nouns, s + r, 1, &v) && (v & KL_SUFFIX) ){
        after = COST_SUFFIX_PIECE;   /* 몇년간, 열두번째 */
      }else if( !no_or_common_particle(s + r, n - r) ){
        if( m == 1 && kind == KL_NUM_SINO ) continue;
        int k = analyze(t, s + r, n - r, 1, cut, &after);
        if( after >= UNKNOWN_COST || first_part_len(cut, k) < 2 ) continue;
      }
      if( COST_COUNTER + after <= best ){ best = COST_COUNTER + after; best_c = c; }
    }
    if( best < INF ){ *pc = best_c; return m; }
  }
  return 0;
}

static int flush_hangul(emitter *e, kr_char *run, int n){
  uint32_t buf[KR_RUN] = {0}, *s = buf;
  unsigned char cut[KR_RUN + 1];
  uint32_t v;
  for(int i = 0; i < n; i++) s[i] = run[i].cp;
  /* 753만원, 2천290만: after digits, the numerals 십 백 천 만 억 조 are
  ** their own parts, and what follows is read as after digits again */
  int b = 0;
  while( e->prev_class == C_DIGIT && b < n - 1 && is_numeral(s[b]) ){
    /* 4천만, 3백억: 십 백 천 before 만 억 조 make one numeral */
    int len = is_small_numeral(s[b]) && is_large_numeral(s[b + 1]) ? 2 : 1;
    static const unsigned char two_part[2] = { 1, 0 };
    int rc = put_parts(e, s + b, len, len == 2 ? two_part : one_part, run + b, 0);
    if( rc ) return rc;
    b += len;
  }
  if( b == n ) return 0;
  s += b; run += b; n -= b;
  /* 4차산업혁명: a one-syllable noun may start a compound only right after
  ** digits or Latin letters; elsewhere 코다리찜 is not 코 다리 찜 */
  e->t->single_start = e->prev_class == C_DIGIT || e->prev_class == C_LATIN;
  int cost, k = analyze(e->t, s, n, 1, cut, &cost);
  /* 천원, 십대, 이층: a number written in Hangul at the start of an unknown
  ** word is its own part, then its counter; what follows is analysed alone */
  if( e->prev_class == C_SEP && cost >= UNKNOWN_COST ){
    int c, m = hangul_number_len(e->t, s, n, &c);
    if( m > 0 ){
      memset(cut, 0, (size_t)n + 1);
      cut[0] = cut[m] = 1;
      int rc = put_parts(e, s, m + c, cut, run, 0);
      m += c;
      if( rc || no_or_common_particle(s + m, n - m) ) return rc;
      k = analyze(e->t, s + m, n - m, 1, cut, &cost);
      return put_parts(e, s + m, k, cut, run + m, 0);
    }
  }
  /* 3일, 1발의, 24만: after digits, a one-syllable noun (a counter or a
  ** unit) followed by a particle, unless the word starts with a longer
  ** known noun (19세기, 2020년도), which must then be the whole stem when the
  ** particle is a common one (1일부터 is 일 + 부터, not 일부 + 터) */
  if( e->prev_class == C_DIGIT
      && (cost >= UNKNOWN_COST || first_part_len(cut, k) < 2
          || (first_part_len(cut, k) < k && n - 1 <= MAX_SUFFIX && kl_find(&kl_suffixes, s + 1, n - 1, &v) && (v & KL_COMMON)))
      && kl_find(&kl_nouns, s, 1, &v) && (v & KL_NOUN)
      && (n == 1 || (n - 1 <= MAX_SUFFIX && kl_find(&kl_suffixes, s + 1, n - 1, &v))) ){
    return put_parts(e, s, 1, one_part, run, 0);
  }
  /* 4년간, 6년차, 2호선: after digits, a counter followed by a known stem
  ** of its own (a suffix or a one-syllable noun) is its own part */
  if( e->prev_class == C_DIGIT && (cost >= UNKNOWN_COST || first_part_len(cut, k) < 2)
      && n >= 2 && kl_find(&kl_nouns, s, 1, &v) && (v & KL_NOUN) ){
    int c2, k2 = analyze(e->t, s + 1, n - 1, 1, cut + 1, &c2);
    if( c2 < UNKNOWN_COST ){
      int rc = put_parts(e, s, 1, one_part, run, 0);
      if( rc ) return rc;
      return put_parts(e, s + 1, k2, cut + 1, run + 1, 0);
    }
  }
  /* 5일간, 10분전, 3명중: after digits, a two-syllable noun made of a counter
  ** and 간 중 전 후 (일간 日刊, 분전 奮戰, 명중 命中) is read as the two */
  if( e->prev_class == C_DIGIT && cost < UNKNOWN_COST && k >= 2 && first_part_len(cut, k) == 2
      && kl_find(&kl_nouns, s, 1, &v) && (v & (KL_COUNTER_SINO | KL_COUNTER_NATIVE))
      && (s[1] == 0xAC04 || s[1] == 0xC911 || s[1] == 0xC804 || s[1] == 0xD6C4)
      && !(kl_find(&kl_nouns, s, 2, &v) && (v & (KL_COUNTER_SINO | KL_COUNTER_NATIVE))) ){   /* 시간 */
    cut[1] = 1;
  }
  /* CEO가, 韓國의: a common particle glued to another script belongs to it */
  if( e->prev_class != C_SEP && e->prev_class != C_HANGUL && n <= MAX_SUFFIX
      && kl_find(&kl_suffixes, s, n, &v) && (v & KL_COMMON) ){
    return 0;
  }
  int rc = put_parts(e, s, k, cut, run, 0);
  /* 히어로: an unknown word that lost a one-syllable common particle without
  ** a final consonant (가 도 로 와 의 에 이) may end in that syllable (히어로 is
  ** not 히어 + 로), so the whole word is also a token at the same position,
  ** on both sides: 히어로 then finds 히어로가 (히어로 + 가) and back */
  if( rc == 0 && cost >= UNKNOWN_COST && n - k == 1 && k >= 2 && first_part_len(cut, k) == k
      && (s[k] - 0xAC00) % 28 == 0 && kl_find(&kl_suffixes, s + k, 1, &v) && (v & KL_COMMON) ){
    rc = put(e, KR_COLOCATED, s, n, run[0].start, run[n - 1].end);
  }
  return rc;
}

static int flush_hanja(emitter *e, kr_char *run, int n){
  uint32_t hz[KR_RUN], rd[KR_RUN];
  unsigned char cut[KR_RUN + 1];
  for(int i = 0; i < n; i++) hz[i] = run[i].cp;
  if( !e->t->cfg.hanja ) return put(e, 0, hz, n, run[0].start, run[n - 1].end);
  /* word readings first, then character readings with the initial-sound
  ** rule (두음법칙) at the word start: 羅列 is 나열, 李 is 이 */
  kr_hanja_read(hz, n, rd);
  /* read stretches are analysed as Hangul stems; a character without a
  ** reading is its own token */
  for(int b = 0; b < n; ){
    int rc;
    if( rd[b] == 0 ){
      rc = put(e, 0, hz + b, 1, run[b].start, run[b].end);
      if( rc ) return rc;
      b++;
      continue;
    }
    int x = b;
    while( x < n && rd[x] ) x++;
    e->t->single_start = 1;   /* each Hanja is a word of its own */
    analyze(e->t, rd + b, x - b, 0, cut, 0);
    rc = put_parts(e, rd + b, x - b, cut, run + b, hz + b);
    if( rc ) return rc;
    b = x;
  }
  return 0;
}

static int flush(emitter *e){
  kr_tokenizer *t = e->t;
  int n = t->nrun, rc = 0;
  if( n == 0 ) return 0;
  t->nrun = 0;
  uint32_t cp[KR_RUN];
  kr_char *run = t->run;
  switch( t->run_class ){
    case C_HANGUL:
      rc = flush_hangul(e, run, n);
      break;
    case C_HANJA:
      rc = flush_hanja(e, run, n);
      break;
    case C_HALF:   /* 클러스ㅌ typed in a query: its initials, ㅋㄹㅅㅌ */
      for(int i = 0; i < n; i++) cp[i] = kt_is_hangul_syllable(run[i].cp) ? initial_of(run[i].cp) : run[i].cp;
      rc = put(e, 0, cp, n, run[0].start, run[n - 1].end);
      break;
    default:       /* Latin (folded as read), digits, jamo, other scripts */
      for(int i = 0; i < n; i++) cp[i] = run[i].cp;
      rc = put(e, 0, cp, n, run[0].start, run[n - 1].end);
      break;
  }
  e->prev_class = t->run_class;
  return rc;
}

/* Peeks at the code point at *pi; when it lies in [lo, hi] consumes it. */
static int take(const unsigned char *z, int n, int *pi, uint32_t lo, uint32_t hi, uint32_t *cp){
  if( *pi >= n || z[*pi] < 0x80 ) return 0;
  int len = kt_utf8_decode(z + *pi, (size_t)(n - *pi), cp);
  if( len <= 0 || *cp < lo || *cp > hi ) return 0;
  *pi += len;
  return 1;
}

/* Class of a non-ASCII code point; may fold *pcp (Latin, other scripts) or
** compose conjoining jamo that follow it (NFD Hangul), advancing *pi. */
static int classify(uint32_t *pcp, const unsigned char *z, int n, int *pi){
  uint32_t cp = *pcp, x;
  if( cp >= 0xAC00 && cp <= 0xD7A3 ){
    if( (cp - 0xAC00) % 28 == 0 && take(z, n, pi, 0x11A8, 0x11C2, &x) ) *pcp = cp + (x - 0x11A7);
    return C_HANGUL;
  }
  if( cp >= 0x1100 && cp <= 0x11FF ){
    if( cp <= 0x1112 && take(z, n, pi, 0x1161, 0x1175, &x) ){
      uint32_t syl = 0xAC00 + ((cp - 0x1100) * 21 + (x - 0x1161)) * 28;
      if( take(z, n, pi, 0x11A8, 0x11C2, &x) ) syl += x - 0x11A7;
      *pcp = syl;
      return C_HANGUL;
    }
    return C_JAMO;
  }
  if( cp >= 0x3131 && cp <= 0x318E ) return cp == 0x318D ? C_SEP : C_JAMO;   /* ㆍ lists */
  if( (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)
      || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3134F) ) return C_HANJA;
  if( cp >= 0xC0 && cp < 0x250 ){
    unsigned char f = kl_latin_fold[cp - 0xC0];
    if( f ){ *pcp = f; return C_LATIN; }
    return C_SEP;   /* × ÷ */
  }
  if( cp >= 0x1E00 && cp < 0x1F00 ){
    unsigned char f = kl_latin_fold[0x250 - 0xC0 + (cp - 0x1E00)];
    if( f ){ *pcp = f; return C_LATIN; }
    return C_SEP;
  }
  if( cp >= 0x300 && cp < 0x370 ) return C_MARK;
  switch( u_charType((UChar32)cp) ){
    case U_NON_SPACING_MARK: case U_ENCLOSING_MARK: case U_COMBINING_SPACING_MARK:
      return C_MARK;
    case U_DECIMAL_DIGIT_NUMBER:
      return C_DIGIT;
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER: case U_LETTER_NUMBER: case U_OTHER_NUMBER:
      *pcp = (uint32_t)u_foldCase((UChar32)cp, U_FOLD_CASE_DEFAULT);
      return C_OTHER;
    default:
      return C_SEP;
  }
}

int kr_known_word(kr_tokenizer *t, const char *text, int n){
  uint32_t s[KR_RUN];
  unsigned char cut[KR_RUN + 1];
  const unsigned char *z = (const unsigned char *)text;
  int m = 0;
  for(int i = 0; i < n; ){
    uint32_t cp;
    int len = kt_utf8_decode(z + i, (size_t)(n - i), &cp);
    if( len <= 0 || !kt_is_hangul_syllable(cp) || m == KR_RUN ) return 0;
    s[m++] = cp;
    i += len;
  }
  if( m == 0 ) return 0;
  int cost;
  t->single_start = 0;
  analyze(t, s, m, 1, cut, &cost);
  return cost < UNKNOWN_COST;
}

void kr_tokenizer_init(kr_tokenizer *t, const kr_config *cfg){
  memset(t, 0, sizeof *t);
  if( cfg ) t->cfg = *cfg;
}

int kr_tokenize(kr_tokenizer *t, int mode, const char *text, int n, void *ctx, kr_token_fn fn){
  emitter e = { t, mode, ctx, fn, C_SEP };
  const unsigned char *z = (const unsigned char *)text;
  int i = 0, rc;
  t->nrun = 0;
  t->run_class = C_SEP;
  while( i < n ){
    int start = i, cls;
    uint32_t cp = z[i];
    if( cp < 0x80 ){
      i++;
      if( cp >= 'a' && cp <= 'z' ) cls = C_LATIN;
      else if( cp >= 'A' && cp <= 'Z' ){ cp += 32; cls = C_LATIN; }
      else if( cp >= '0' && cp <= '9' ) cls = C_DIGIT;
      else cls = C_SEP;
    }else{
      int len = kt_utf8_decode(z + i, (size_t)(n - i), &cp);
      if( len < 0 ){ i++; cls = C_SEP; }
      else{ i += len; cls = classify(&cp, z, n, &i); }
    }
    /* 1,828: a thousands separator between digits (exactly three follow)
    ** does not end the number, which is one token (1828) */
    if( cp == ',' && t->run_class == C_DIGIT && t->nrun > 0 && i + 3 <= n
        && z[i] >= '0' && z[i] <= '9' && z[i + 1] >= '0' && z[i + 1] <= '9'
        && z[i + 2] >= '0' && z[i + 2] <= '9' && (i + 3 == n || z[i + 3] < '0' || z[i + 3] > '9') ){
      continue;
    }
    if( cls == C_SEP ){
      rc = flush(&e);
      if( rc ) return rc;
      t->run_class = C_SEP;
      e.prev_class = C_SEP;
      continue;
    }
    if( cls == C_MARK ){   /* a combining mark belongs to the character before it */
      if( t->nrun ) t->run[t->nrun - 1].end = i;
      continue;
    }
    if( cls != t->run_class ){
      if( mode == KR_QUERY && t->cfg.choseong && t->run_class == C_HANGUL && cls == C_JAMO ){
        t->run_class = C_HALF;
      }else if( !(t->run_class == C_HALF && cls == C_JAMO) ){
        rc = flush(&e);
        if( rc ) return rc;
        t->run_class = cls;
      }
    }
    if( t->nrun == KR_RUN ){   /* a word without end: analysed in pieces */
      rc = flush(&e);
      if( rc ) return rc;
    }
    t->run[t->nrun].cp = cp;
    t->run[t->nrun].start = start;
    t->run[t->nrun].end = i;
    t->nrun++;
  }
  return flush(&e);
}
