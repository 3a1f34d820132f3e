/*
** The country gazetteer (see gazetteer.h) and its boundary rules.
**
** A name found by the matcher becomes a mention only if the text around it
** agrees (docs/tagging.md has the full rules):
**   - Hangul names must begin a word (no Hangul syllable before them), so
**     정책수단 is never Sudan. Their end depends on the name's rule: free
**     (anything may follow: 독일연방, 대덕연구단지), strict (the word ends, or
**     only particles follow: 독일의, 바이에른주의, or a compound noun: 독일정부),
**     particle (이란, 인도, 가나: words that are traps only when bare or glued
**     to what precedes: 이란과, 인도에서는 count; 이란 무엇인가 does not),
**     ambiguous (common Korean words: 수단, 말리, 오만; they count only before
**     a country suffix (수단 정부, 오만공화국) or next to another country in a
**     list (한국과 수단, 말리·나이지리아)); particle names that stand bare
**     follow the ambiguous rule.
**   - Latin-script names need a word boundary on both sides (Hangul may
**     follow: TAMA클러스터) and their capital letters (Chad, not chad; US, not
**     us; TAMA, not Tama... unless the name itself is Tama).
**   - Han and Kana names (韓國, 日本) match anywhere.
** Overlapping mentions: the leftmost wins, then the longest (South Korea, not
** Korea; 남수단, not 수단; Latin America hides America).
*/
#include "tag/gazetteer.h"
#include "text/text.h"
#include "tag/boundary.h"
#include "tag/matcher.h"
#include "tag/tag_data.h"
#include "text/utf8.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

typedef struct entry {
  char code[3];         /* "" for a blocking or cancelled name */
  unsigned char rule, prio, first_script, last_script;
  const char *name;
  size_t len;
  const char *source;
} entry;

typedef struct english { char code[3]; char *name; } english;

static struct {
  kt_matcher *m;
  entry *e;
  size_t n, cap;
  english *en;
  size_t nen;
  char **owned;   /* every string the gazetteer allocated */
  size_t nowned;
  char error[200];
} G;
static pthread_once_t g_once = PTHREAD_ONCE_INIT;

/* The gazetteer is built once and kept for the life of the process (the
** extension is linked -z nodelete, so it stays reachable after an unload).
** Its strings are all listed in G.owned, whether a name kept them or not. */
static char *keep(char *p){
  if( p == 0 ) return 0;
  char **no = realloc(G.owned, (G.nowned + 1) * sizeof(char *));
  if( no == 0 ){ free(p); return 0; }
  G.owned = no;
  G.owned[G.nowned++] = p;
  return p;
}

static char *dup_str(const char *s, size_t n){
  char *p = malloc(n + 1);
  if( p ){ memcpy(p, s, n); p[n] = 0; }
  return keep(p);
}

/* Adds one name; resolves a clash with an existing name by priority.
** Returns 0 or -1 (out of memory, G.error set). */
static int add_name(const char *code, const char *name, size_t len, int rule, int prio, const char *source){
  if( G.n == G.cap ){
    size_t nc = G.cap ? G.cap * 2 : 1024;
    entry *ne = realloc(G.e, nc * sizeof(entry));
    if( ne == 0 ) goto nomem;
    G.e = ne; G.cap = nc;
  }
  entry *e = &G.e[G.n];
  memset(e, 0, sizeof(*e));
  if( strcmp(code, "-") != 0 ) memcpy(e->code, code, 2);
  e->rule = (unsigned char)rule;
  e->prio = (unsigned char)prio;
  e->name = name;
  e->len = len;
  e->source = source;
  e->first_script = (unsigned char)kt_first_script(name, len);
  e->last_script = (unsigned char)kt_last_script(name, len);
  if( e->first_script == KT_SCRIPT_NONE ) return 0;
  int32_t old = -1;
  int rc = kt_matcher_add(G.m, name, len, (int32_t)G.n, &old);
  if( rc == KT_ADD_OK ){ G.n++; return 0; }
  if( rc == KT_ADD_DUPLICATE ){
    entry *o = &G.e[old];
    if( prio > o->prio ){
      *o = *e;
    }else if( prio == o->prio && memcmp(o->code, e->code, 2) != 0 ){
      o->code[0] = 0;  /* two countries claim the name: it tags neither */
      o->source = "cancelled: names of two countries";
    }
    return 0;
  }
  if( rc == KT_ADD_EMPTY || rc == KT_ADD_TOO_LONG ) return 0;
nomem:
  snprintf(G.error, sizeof(G.error), "out of memory building the gazetteer");
  return -1;
}

/* add_name() and, for a name with hyphens, the same name with spaces
** (Baden-Württemberg is also written Baden Württemberg; the fold already
** makes it equal to BadenWürttemberg). */
static int add_name_forms(const char *code, const char *name, size_t len, int rule, int prio, const char *source){
  if( add_name(code, name, len, rule, prio, source) ) return -1;
  if( memchr(name, '-', len) == 0 ) return 0;
  char *v = dup_str(name, len);
  if( v == 0 ){ snprintf(G.error, sizeof(G.error), "out of memory building the gazetteer"); return -1; }
  for(size_t i = 0; i < len; i++) if( v[i] == '-' ) v[i] = ' ';
  return add_name(code, v, len, rule, prio, source);
}

static int hangul_syllables(const char *s, size_t n){
  int k = 0;
  for(size_t i = 0; i < n; ){
    uint32_t c;
    int len = kt_utf8_decode((const unsigned char *)s + i, n - i, &c);
    if( len <= 0 ){ i++; continue; }
    if( c >= 0xAC00 && c <= 0xD7A3 ) k++;
    i += (size_t)len;
  }
  return k;
}

/* ICU display name of region code in locale, as UTF-8 in malloc'd memory;
** NULL when ICU has no name there (it would answer with the code itself). */
static char *icu_region_name(const char *code, const char *locale, int *failed){
  char loc[16];
  snprintf(loc, sizeof(loc), "und_%s", code);
  UChar buf[256];
  UErrorCode st = U_ZERO_ERROR;
  int32_t len = uloc_getDisplayCountry(loc, locale, buf, 256, &st);
  if( U_FAILURE(st) ){
    snprintf(G.error, sizeof(G.error), "icu: uloc_getDisplayCountry(%s, %s): %s", code, locale, u_errorName(st));
    *failed = 1;
    return 0;
  }
  if( st == U_USING_DEFAULT_WARNING || len == 0 ) return 0;
  char out[1024];
  int32_t olen = 0;
  UErrorCode st2 = U_ZERO_ERROR;
  u_strToUTF8(out, sizeof(out) - 1, &olen, buf, len, &st2);
  if( U_FAILURE(st2) ){
    snprintf(G.error, sizeof(G.error), "icu: u_strToUTF8: %s", u_errorName(st2));
    *failed = 1;
    return 0;
  }
  out[olen] = 0;
  if( strcmp(out, code) == 0 ) return 0;
  char *p = dup_str(out, (size_t)olen);
  if( p == 0 ){ snprintf(G.error, sizeof(G.error), "out of memory building the gazetteer"); *failed = 1; }
  return p;
}

/* Adds a CLDR name and the forms people write: without a parenthesis
** ("Myanmar (Burma)" -> Myanmar, and Burma when it is one word), with "and"
** for "&", "Saint" for "St.". */
static int add_cldr_name(const char *code, char *name, int prio, const char *source, int own){
  size_t len = strlen(name);
  if( own && kt_first_script(name, len) == KT_SCRIPT_ALPHA && len < 4 ) return 0;
  if( add_name_forms(code, name, len, KT_RULE_DEFAULT, prio, source) ) return -1;
  const char *open = strstr(name, " (");
  size_t skip = 2;
  if( open == 0 ){ open = strstr(name, "("); skip = 1; }
  if( open == 0 ){ open = strstr(name, "\xEF\xBC\x88"); skip = 3; }  /* fullwidth ( */
  if( open ){
    /* Copies, so that every name is a C string of its own. */
    char *head = dup_str(name, (size_t)(open - name));
    if( head == 0 || add_name_forms(code, head, strlen(head), KT_RULE_DEFAULT, prio, source) ) return -1;
    const char *in = open + skip;
    const char *close = strpbrk(in, ")\xEF");
    if( close && !memchr(in, ' ', (size_t)(close - in)) ){
      size_t n = (size_t)(close - in);
      int cps = 0;
      for(size_t i = 0; i < n; i++) if( ((unsigned char)in[i] & 0xC0) != 0x80 ) cps++;
      char *inner = dup_str(in, n);
      if( inner == 0 ) return -1;
      if( cps >= 3 && add_name_forms(code, inner, n, KT_RULE_DEFAULT, prio, source) ) return -1;
    }
  }
  const char *amp = strstr(name, " & ");
  const char *st = strstr(name, "St. ");
  if( amp || st ){
    char buf[512];
    size_t k = 0;
    for(const char *p = name; *p && k + 8 < sizeof(buf); ){
      if( p == amp ){ memcpy(buf + k, " and ", 5); k += 5; p += 3; }
      else if( p == st ){ memcpy(buf + k, "Saint ", 6); k += 6; p += 4; }
      else buf[k++] = *p++;
    }
    char *v = dup_str(buf, k);
    if( v == 0 || add_name_forms(code, v, k, KT_RULE_DEFAULT, prio, source) ) return -1;
  }
  return 0;
}

static int add_english(const char *code, char *name){
  english *ne = realloc(G.en, (G.nen + 1) * sizeof(english));
  if( ne == 0 ) return -1;
  G.en = ne;
  memcpy(G.en[G.nen].code, code, 3);
  G.en[G.nen].name = name;
  G.nen++;
  return 0;
}

/* The names of one region: Korean, English, official languages. Returns 0,
** or -1 with G.error set. */
static int add_region(const char *code){
  int failed = 0;
  char *en = icu_region_name(code, "en", &failed);
  if( failed ) return -1;
  if( en == 0 ) return 0;  /* a code ICU has no name for */
  if( add_english(code, en) ){ snprintf(G.error, sizeof(G.error), "out of memory building the gazetteer"); return -1; }
  char *ko = icu_region_name(code, "ko", &failed);
  if( failed ) return -1;
  if( ko && add_cldr_name(code, ko, 3, "ICU CLDR display name (ko)", 0) ) return -1;
  if( add_cldr_name(code, en, 3, "ICU CLDR display name (en)", 0) ) return -1;
  for(size_t j = 0; j < kt_official_languages_count; j++){
    if( strcmp(kt_official_languages[j].code, code) != 0 ) continue;
    char langs[256];
    snprintf(langs, sizeof(langs), "%s", kt_official_languages[j].languages);
    for(char *save = 0, *l = strtok_r(langs, " ", &save); l; l = strtok_r(0, " ", &save)){
      if( strcmp(l, "en") == 0 || strcmp(l, "ko") == 0 ) continue;
      char *own = icu_region_name(code, l, &failed);
      if( failed ) return -1;
      if( own == 0 ) continue;
      char *src = keep(malloc(64));
      if( src == 0 ){ snprintf(G.error, sizeof(G.error), "out of memory building the gazetteer"); return -1; }
      snprintf(src, 64, "ICU CLDR display name (%s, official language)", l);
      if( add_cldr_name(code, own, 2, src, 1) ) return -1;
    }
  }
  return 0;
}

/* Fills the gazetteer. Returns 0, or -1 (G.error says why when it can). */
static int gazetteer_fill(void){
  G.m = kt_matcher_new();
  if( G.m == 0 ){
    const char *why = kt_matcher_init_error();
    if( why ) snprintf(G.error, sizeof(G.error), "%s", why);
    return -1;
  }
  for(size_t i = 0; i < kt_curated_names_count; i++){
    const kt_name_row *r = &kt_curated_names[i];
    if( add_name_forms(r->code, r->name, strlen(r->name), r->rule, 4, r->source) ) return -1;
  }
  /* Every region ICU knows, and the European Union. */
  const char *const *iso = uloc_getISOCountries();
  for(size_t i = 0; iso[i]; i++) if( add_region(iso[i]) ) return -1;
  if( add_region("EU") ) return -1;
  for(size_t i = 0; i < kt_subdivision_names_count; i++){
    const kt_name_row *r = &kt_subdivision_names[i];
    if( add_name_forms(r->code, r->name, strlen(r->name), r->rule, 1, r->source) ) return -1;
  }
  for(size_t i = 0; i < G.n; i++){
    entry *e = &G.e[i];
    if( e->rule == KT_RULE_DEFAULT ){
      e->rule = hangul_syllables(e->name, e->len) >= 4 ? KT_RULE_FREE : KT_RULE_STRICT;
    }
  }
  return kt_matcher_compile(G.m);
}

static void gazetteer_build(void){
  /* Every failure leaves a message: a gazetteer half built must not pass
  ** for one that found no country. */
  if( gazetteer_fill() && G.error[0] == 0 ){
    snprintf(G.error, sizeof(G.error), "out of memory building the gazetteer");
  }
}

int kt_gazetteer_init(char *err, size_t errlen){
  pthread_once(&g_once, gazetteer_build);
  if( G.error[0] ){
    snprintf(err, errlen, "%s", G.error);
    return -1;
  }
  return 0;
}

size_t kt_gazetteer_size(void){
  char err[8];
  return kt_gazetteer_init(err, sizeof(err)) ? 0 : G.n;
}

int kt_gazetteer_entry(size_t i, const char **code, const char **name, int *rule, const char **source){
  if( i >= kt_gazetteer_size() ) return 0;
  *code = G.e[i].code;
  *name = G.e[i].name;
  *rule = G.e[i].rule;
  *source = G.e[i].source;
  return 1;
}

const char *kt_country_english_name(const char *code){
  char err[8];
  if( kt_gazetteer_init(err, sizeof(err)) ) return 0;
  for(size_t i = 0; i < G.nen; i++){
    if( strcmp(G.en[i].code, code) == 0 ) return G.en[i].name;
  }
  return 0;
}

/* ---- scanning ------------------------------------------------------- */

typedef struct scan_ctx { const char *t; size_t n; } scan_ctx;

/* The fold ignores spaces between Hangul syllables, so 한 국가 ("one
** country") folds to 한국가. A mention may span a space only after two
** syllables or more (유럽 연합, 실리콘 밸리), not after a one-syllable word
** (한, 각, 이, 그, 전: determiners). */
static int ko_spaced_word(const char *t, size_t start, size_t end){
  int syllables = 0;
  for(size_t i = start; i < end; ){
    uint32_t c;
    int k = kt_utf8_decode((const unsigned char *)t + i, end - i, &c);
    if( k <= 0 ){ i++; continue; }
    if( c == ' ' || c == '\t' || c == '\n' ){
      if( syllables < 2 ) return 1;
      syllables = 0;
    }else if( kt_is_hangul_syllable(c) ){
      syllables++;
    }
    i += (size_t)k;
  }
  return 0;
}

/* Whether the text around a name found at [start, end) makes it a mention;
** *pending: only if a confirmed country stands next to it in a list. */
static int accept_name(void *p, int32_t v, size_t start, size_t *pend, int *ppending){
  scan_ctx *x = p;
  size_t end = *pend;
  const entry *e = &G.e[v];
  int before = kt_script_of(kt_cp_before(x->t, start));
  int after = kt_script_of(kt_cp_at(x->t, x->n, end));
  int pending = 0;
  if( e->first_script == KT_SCRIPT_HANGUL && before == KT_SCRIPT_HANGUL ) return 0;
  if( e->first_script == KT_SCRIPT_HANGUL && ko_spaced_word(x->t, start, end) ) return 0;
  if( e->first_script == KT_SCRIPT_ALPHA ){
    if( before == KT_SCRIPT_ALPHA ) return 0;
    if( !kt_capitals_match(e->name, e->len, x->t + start, end - start) ) return 0;
  }
  if( e->last_script == KT_SCRIPT_ALPHA && after == KT_SCRIPT_ALPHA ) return 0;
  if( e->last_script == KT_SCRIPT_HANGUL && after == KT_SCRIPT_HANGUL ){
    if( e->rule == KT_RULE_STRICT ){
      if( !kt_ko_particles_to_word_end(x->t, x->n, end) && !kt_ko_compound_suffix(x->t, x->n, end) ) return 0;
    }else if( e->rule == KT_RULE_PARTICLE ){
      if( !kt_ko_particles_to_word_end(x->t, x->n, end) && !kt_ko_country_suffix(x->t, x->n, end) ) return 0;
    }else if( e->rule == KT_RULE_AMBIGUOUS ){
      if( !kt_ko_country_suffix(x->t, x->n, end) ){
        if( !kt_ko_particles_to_word_end(x->t, x->n, end) ) return 0;
        pending = 1;
      }
    }
  }else if( e->last_script == KT_SCRIPT_HANGUL
         && (e->rule == KT_RULE_AMBIGUOUS || e->rule == KT_RULE_PARTICLE) ){
    /* A bare word (인도 위를) is no evidence either, unless a country suffix
    ** follows after the space (수단 정부). */
    size_t j = end;
    while( j < x->n && (x->t[j] == ' ' || x->t[j] == '\t' || x->t[j] == '\n') ) j++;
    /* 시 only when glued (구미시): 오만 시간 is "fifty thousand hours". */
    pending = !kt_ko_country_suffix(x->t, x->n, j) || (j > end && j + 3 <= x->n && memcmp(x->t + j, "시", 3) == 0);
  }
  *ppending = pending;
  return 1;
}

int kt_countries_find(const char *in, size_t n, kt_country_mention **out, size_t *count,
                      char *err, size_t errlen){
  *out = 0;
  *count = 0;
  if( kt_gazetteer_init(err, errlen) ) return -1;
  /* Text that may not be NFC (NFD jamo, combining marks) is tagged in NFC,
  ** and the offsets go back to the text as given. */
  kt_nfc nfc = {in, n, 0, n};
  const char *text = in;
  scan_ctx x = {text, n};
  kt_span *c;
  size_t k;
  int rc = kt_matcher_find_nfc(G.m, text, n, accept_name, &x, &c, &k);
  if( rc == KT_FIND_NOT_NFC ){
    if( kt_nfc_map(in, n, &nfc, err, errlen) ){ kt_nfc_free(&nfc); return -1; }
    text = nfc.text;
    n = nfc.len;
    x = (scan_ctx){text, n};
    rc = kt_matcher_find(G.m, text, n, accept_name, &x, &c, &k);
  }
  if( rc ){
    kt_nfc_free(&nfc);
    snprintf(err, errlen, "out of memory");
    return -1;
  }
  if( k == 0 ){ kt_nfc_free(&nfc); return 0; }
  /* Ambiguous names need a confirmed neighbour in a list; confirmation
  ** spreads along the list (인도, 가나와 중국). */
  for(int changed = 1; changed; ){
    changed = 0;
    for(size_t i = 0; i < k; i++){
      if( !c[i].flag ) continue;
      int ok = 0;
      if( i > 0 && !c[i - 1].flag && G.e[c[i - 1].value].code[0]
       && kt_ko_list_gap(text, c[i - 1].end, c[i].start) ) ok = 1;
      if( i + 1 < k && !c[i + 1].flag && G.e[c[i + 1].value].code[0]
       && kt_ko_list_gap(text, c[i].end, c[i + 1].start) ) ok = 1;
      if( ok ){ c[i].flag = 0; changed = 1; }
    }
  }
  kt_country_mention *m = malloc(k * sizeof(kt_country_mention));
  if( m == 0 ){ free(c); kt_nfc_free(&nfc); snprintf(err, errlen, "out of memory"); return -1; }
  size_t j = 0;
  for(size_t i = 0; i < k; i++){
    const entry *e = &G.e[c[i].value];
    if( c[i].flag || e->code[0] == 0 ) continue;
    memcpy(m[j].code, e->code, 2);
    m[j].code[2] = 0;
    m[j].start = kt_nfc_start(&nfc, c[i].start);
    m[j].end = kt_nfc_end(&nfc, c[i].end);
    j++;
  }
  free(c);
  kt_nfc_free(&nfc);
  if( j == 0 ){ free(m); return 0; }
  *out = m;
  *count = j;
  return 0;
}
