/*
** Normalised keys for matching: titles, DOIs, source ids, author names.
**
** A title key is what is left of a title that no copy of the paper writes
** differently: NFC (the text layer; NFD titles of macOS files compose), Hanja
** read as Hangul (the tokenizer's tables, korean/hanja.h), Latin in lower
** case without diacritics, full-width letters and Roman numerals as ASCII,
** and nothing else: spaces and the punctuation of every script (· ㆍ ‘’ “”
** 「」 《》 ： – —) are dropped, so 「지역혁신」과 클러스터ㆍ정책 and
** 지역혁신과 클러스터 정책 have one key; a gloss in parentheses, 혁신도시(革新都市),
** is dropped and '&' between Latin words reads "and". The part before the first subtitle
** separator (':', '：', ' - ', ' – ', ' — ', or ' -' opening the -부제-
** form) is a key of its own.
*/
#include "works/works_internal.h"
#include "works/surnames.h"
#include "korean/hanja.h"
#include "korean/lexicon.h"
#include "text/text.h"
#include "text/utf8.h"
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

/* ---- arena ---------------------------------------------------------------- */

void *kw_alloc(kw_arena *a, size_t n){
  n = (n + 7) & ~(size_t)7;
  kw_chunk *c = a->head;
  if( c == 0 || c->cap - c->used < n ){
    size_t cap = n > 60000 ? n : 60000;
    kw_chunk *nc = malloc(sizeof(kw_chunk) + cap);
    if( nc == 0 ) return 0;
    nc->used = 0;
    nc->cap = cap;
    if( c && n > 60000 ){      /* a big block goes behind the current chunk */
      nc->next = c->next;
      c->next = nc;
    }else{
      nc->next = c;
      a->head = nc;
    }
    c = nc;
  }
  void *p = c->data + c->used;
  c->used += n;
  return p;
}

char *kw_strndup(kw_arena *a, const char *s, size_t n){
  char *p = kw_alloc(a, n + 1);
  if( p == 0 ) return 0;
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

void kw_arena_free(kw_arena *a){
  kw_chunk *c = a->head;
  while( c ){
    kw_chunk *next = c->next;
    free(c);
    c = next;
  }
  a->head = 0;
}

/* ---- title keys ------------------------------------------------------------ */

/* A growing code-point buffer that spills to the heap. */
typedef struct cpbuf { uint32_t *p; int n, cap; uint32_t local[256]; } cpbuf;

static void cp_init(cpbuf *b){ b->p = b->local; b->n = 0; b->cap = 256; }
static void cp_free(cpbuf *b){ if( b->p != b->local ) free(b->p); }
static int cp_push(cpbuf *b, uint32_t cp){
  if( b->n == b->cap ){
    int cap = b->cap * 2;
    uint32_t *np = malloc(sizeof(uint32_t) * (size_t)cap);
    if( np == 0 ) return -1;
    memcpy(np, b->p, sizeof(uint32_t) * (size_t)b->n);
    if( b->p != b->local ) free(b->p);
    b->p = np;
    b->cap = cap;
  }
  b->p[b->n++] = cp;
  return 0;
}

static const char *const roman_numeral[16] = {
  "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "l", "c", "d", "m",
};

/* Appends the key characters of cp (0, 1 or more) to b. */
static int key_char(cpbuf *b, uint32_t cp){
  if( cp >= 0xFF01 && cp <= 0xFF5E ) cp -= 0xFEE0;           /* full-width ASCII */
  if( cp < 0x80 ){
    if( cp >= 'A' && cp <= 'Z' ) return cp_push(b, cp + 32);
    if( (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') ) return cp_push(b, cp);
    return 0;
  }
  if( kt_is_hangul_syllable(cp) ) return cp_push(b, cp);
  if( cp >= 0x2160 && cp <= 0x217F ){                          /* Ⅰ Ⅱ ... ⅰ ⅱ */
    for( const char *r = roman_numeral[(cp - 0x2160) % 16]; *r; r++ ) if( cp_push(b, (uint32_t)*r) ) return -1;
    return 0;
  }
  if( cp >= 0xC0 && cp < 0x250 ){
    unsigned char f = kl_latin_fold[cp - 0xC0];
    return f ? cp_push(b, f) : 0;
  }
  if( cp >= 0x1E00 && cp < 0x1F00 ){
    unsigned char f = kl_latin_fold[0x250 - 0xC0 + (cp - 0x1E00)];
    return f ? cp_push(b, f) : 0;
  }
  if( cp == 0x318D || cp == 0x00B7 ) return 0;                 /* ㆍ · */
  if( u_isalnum((UChar32)cp) ) return cp_push(b, (uint32_t)u_tolower((UChar32)cp));
  return 0;
}

/* The byte length of a parenthesised gloss at t[0..n) (t[0] is '(' or
** '（'): a group of Hanja only (and spaces) when want_hanja, else of Hangul
** only, closed by ')' or '）'; 0 when t holds no such group. */
static size_t gloss_len(const unsigned char *t, size_t n, int want_hanja){
  size_t i = t[0] == '(' ? 1 : 3;
  int letters = 0;
  while( i < n ){
    uint32_t cp;
    int k = kt_utf8_decode(t + i, n - i, &cp);
    if( k <= 0 ) return 0;
    if( cp == ')' || cp == 0xFF09 ) return letters ? i + (size_t)k : 0;
    if( want_hanja ? kr_is_hanja(cp) : kt_is_hangul_syllable(cp) ) letters++;
    else if( cp != ' ' ) return 0;
    i += (size_t)k;
  }
  return 0;
}

/* 1 when the next character of t[0..n) that is not a space is an ASCII letter. */
static int latin_follows(const unsigned char *t, size_t n){
  size_t i = 0;
  while( i < n && t[i] == ' ' ) i++;
  return i < n && ((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z');
}

/* The key of t[0..n) (NFC) appended to b; Hanja runs are read as Hangul. A
** gloss of a word in the other script, 혁신도시(革新都市) or 革新都市(혁신도시),
** is dropped (copies of a paper give it or not); '&' between Latin letters
** reads "and" (Science & Technology, Science and Technology). */
static int key_of(cpbuf *b, const unsigned char *t, size_t n){
  uint32_t hz[64], rd[64];
  int nh = 0, last = 0;   /* last letter kept: 1 Hangul, 2 Hanja */
  size_t i = 0;
  for(;;){
    uint32_t cp = 0;
    int k = i < n ? kt_utf8_decode(t + i, n - i, &cp) : 0;
    int hanja = k > 0 && kr_is_hanja(cp);
    if( nh && (!hanja || nh == 64) ){
      kr_hanja_read(hz, nh, rd);
      for( int j = 0; j < nh; j++ ) if( cp_push(b, rd[j] ? rd[j] : hz[j]) ) return -1;
      nh = 0;
    }
    if( k == 0 ) break;
    if( k < 0 ){ i++; continue; }
    if( (cp == '(' || cp == 0xFF08) && last ){
      size_t g = gloss_len(t + i, n - i, last == 1);
      if( g ){ i += g; continue; }
    }
    i += (size_t)k;
    if( hanja ){ hz[nh++] = cp; last = 2; continue; }
    if( (cp == '&' || cp == 0xFF06) && b->n && b->p[b->n-1] >= 'a' && b->p[b->n-1] <= 'z' && latin_follows(t + i, n - i) ){
      if( cp_push(b, 'a') || cp_push(b, 'n') || cp_push(b, 'd') ) return -1;
      continue;
    }
    int before = b->n;
    if( key_char(b, cp) ) return -1;
    if( b->n > before ) last = kt_is_hangul_syllable(cp) ? 1 : 0;
    else if( cp != ' ' ) last = 0;
  }
  return 0;
}

/* Byte offset of the first subtitle separator in t[0..n) and the offset
** where the subtitle starts, or 0 when there is none. */
static size_t subtitle_at(const char *t, size_t n, size_t *sub){
  for( size_t i = 1; i < n; i++ ){
    unsigned char c = (unsigned char)t[i];
    if( c == ':' ){ *sub = i + 1; return i; }
    if( c == 0xEF && i + 2 < n && (unsigned char)t[i+1] == 0xBC && (unsigned char)t[i+2] == 0x9A ){  /* ： */
      *sub = i + 3; return i;
    }
    if( c != ' ' ) continue;
    /* ' - ' ' – ' ' — ' ' ― ', and ' -X' of the -부제- form */
    size_t dash = 0;
    if( i + 1 < n && t[i+1] == '-' ) dash = 1;
    else if( i + 3 < n && (unsigned char)t[i+1] == 0xE2 && (unsigned char)t[i+2] == 0x80
             && ((unsigned char)t[i+3] == 0x93 || (unsigned char)t[i+3] == 0x94 || (unsigned char)t[i+3] == 0x95) ) dash = 3;
    if( dash && i + 1 + dash < n ){ *sub = i + 1 + dash; return i; }
  }
  return 0;
}

static int key_string(cpbuf *b, char **out){
  char *s = malloc((size_t)b->n * 4 + 1);
  if( s == 0 ) return -1;
  size_t k = 0;
  for( int i = 0; i < b->n; i++ ) k += (size_t)kt_utf8_encode(b->p[i], s + k);
  s[k] = 0;
  *out = s;
  return 0;
}

int kw_title_key(const char *s, size_t n, char **key, char **main){
  *key = 0;
  if( main ) *main = 0;
  kt_text t;
  char err[200];
  if( kt_decode(s, n, &t, err, sizeof err) ) return -1;
  const char *p = t.encoding ? t.text : s;
  size_t len = t.encoding ? t.len : n;
  cpbuf b;
  cp_init(&b);
  int rc = key_of(&b, (const unsigned char *)p, len);
  if( rc == 0 && b.n ) rc = key_string(&b, key);
  if( rc == 0 && main && *key ){
    size_t sub, at = subtitle_at(p, len, &sub);
    if( at ){
      cpbuf m;
      cp_init(&m);
      rc = key_of(&m, (const unsigned char *)p, at);
      /* a subtitle counts when both parts have letters or digits */
      if( rc == 0 && m.n && m.n < b.n ) rc = key_string(&m, main);
      cp_free(&m);
    }
  }
  cp_free(&b);
  kt_text_free(&t);
  if( rc ){
    free(*key);
    *key = 0;
    if( main ){ free(*main); *main = 0; }
  }
  return rc;
}

int kw_title_keys(kw_arena *a, const char *s, const char **key, const char **main){
  char *k, *m;
  *key = *main = 0;
  if( kw_title_key(s, strlen(s), &k, &m) ) return -1;
  int rc = 0;
  if( k && (*key = kw_strndup(a, k, strlen(k))) == 0 ) rc = -1;
  if( m && (*main = kw_strndup(a, m, strlen(m))) == 0 ) rc = -1;
  free(k);
  free(m);
  return rc;
}

/* Keys of titles that many different papers have. */
static const char *const common_titles[] = {
  "서평", "서평논문", "권두언", "편집후기", "편집자주", "편집자의글", "발간사", "발간사를내며", "머리말",
  "서문", "축사", "논평", "총설", "특집", "좌담", "좌담회", "대담", "인터뷰", "정책제언", "요약", "목차",
  "부록", "결론", "서론", "책소개", "신간소개", "학회소식", "학회동정", "회고", "추모사", "정오표",
  "editorial", "editorialnote", "editorsnote", "fromtheeditor", "bookreview", "bookreviews", "review",
  "preface", "introduction", "foreword", "erratum", "corrigendum", "commentary", "comment",
  "letterstotheeditor", "lettertotheeditor", "interview", "summary", "abstract", "contents",
  "tableofcontents", "appendix", "conclusion", "conclusions", "obituary", "reply", "response",
  "discussion", "newsandnotes", "errata", "correction",
};

int kw_title_is_common(const char *key){
  size_t ncp = 0;
  for( const unsigned char *p = (const unsigned char *)key; *p; p++ ) if( (*p & 0xC0) != 0x80 ) ncp++;
  int hangul = (unsigned char)key[0] >= 0x80;
  if( ncp < (size_t)(hangul ? 4 : 8) ) return 1;
  for( size_t i = 0; i < sizeof common_titles / sizeof common_titles[0]; i++ ){
    if( strcmp(key, common_titles[i]) == 0 ) return 1;
  }
  return 0;
}

int kw_has_korean(const char *s){
  const unsigned char *p = (const unsigned char *)s;
  size_t n = strlen(s), i = 0;
  while( i < n ){
    uint32_t cp;
    int k = kt_utf8_decode(p + i, n - i, &cp);
    if( k <= 0 ){ i++; continue; }
    if( kt_is_hangul_syllable(cp) || kr_is_hanja(cp) || (cp >= 0x1100 && cp <= 0x11FF) ) return 1;
    i += (size_t)k;
  }
  return 0;
}

/* ---- DOIs, kinds, source ids ----------------------------------------------- */

size_t kw_doi_normalize(const char *s, size_t n, char *out, size_t cap){
  while( n && (*s == ' ' || *s == '\t') ){ s++; n--; }
  while( n && (s[n-1] == ' ' || s[n-1] == '\t' || s[n-1] == '.') ) n--;
  static const char *const prefixes[] = {
    "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "doi:", "doi ",
  };
  for( size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++ ){
    size_t k = strlen(prefixes[i]);
    if( n >= k && strncasecmp(s, prefixes[i], k) == 0 ){ s += k; n -= k; break; }
  }
  while( n && *s == ' ' ){ s++; n--; }
  if( n < 4 || s[0] != '1' || s[1] != '0' || s[2] != '.' || memchr(s, '/', n) == 0 || n >= cap ) return 0;
  for( size_t i = 0; i < n; i++ ){
    char c = s[i];
    if( (unsigned char)c <= ' ' ) return 0;
    out[i] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
  }
  out[n] = 0;
  return n;
}

int kw_kind_of(const char *type){
  if( type == 0 || type[0] == 0 ) return KW_KIND_UNKNOWN;
  static const struct { const char *t; int k; } kinds[] = {
    {"article-journal", KW_KIND_ARTICLE}, {"article", KW_KIND_ARTICLE},
    {"paper-conference", KW_KIND_CONFERENCE}, {"report", KW_KIND_REPORT},
    {"thesis", KW_KIND_THESIS}, {"book", KW_KIND_BOOK}, {"chapter", KW_KIND_CHAPTER},
  };
  for( size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++ ) if( strcmp(type, kinds[i].t) == 0 ) return kinds[i].k;
  return KW_KIND_OTHER;
}

/* The first "prefix" followed by digits digits in s, into the arena. */
static int find_id(kw_arena *a, const char *s, const char *prefix, int digits, const char **out){
  size_t pl = strlen(prefix);
  for( const char *p = strstr(s, prefix); p; p = strstr(p + 1, prefix) ){
    int k = 0;
    while( k < digits && p[pl + (size_t)k] >= '0' && p[pl + (size_t)k] <= '9' ) k++;
    if( k == digits && !(p[pl + (size_t)k] >= '0' && p[pl + (size_t)k] <= '9') ){
      *out = kw_strndup(a, p, pl + (size_t)digits);
      return *out ? 0 : -1;
    }
  }
  return 0;
}

int kw_source_ids(kw_arena *a, const char *s, const char **kci, const char **ks){
  if( s == 0 ) return 0;
  if( *kci == 0 && find_id(a, s, "ART", 9, kci) ) return -1;
  if( *ks == 0 && find_id(a, s, "JAKO", 15, ks) ) return -1;
  return 0;
}

/* ---- authors --------------------------------------------------------------- */

/* Hangul syllables of s without spaces, dots and ㆍ into out (cap bytes); 0
** when s has anything else (a Latin letter, a digit) or no syllable. */
static size_t hangul_name(const char *s, char *out, size_t cap, size_t *space_at){
  const unsigned char *p = (const unsigned char *)s;
  size_t n = strlen(s), i = 0, k = 0;
  *space_at = 0;
  while( i < n ){
    uint32_t cp;
    int len = kt_utf8_decode(p + i, n - i, &cp);
    if( len <= 0 ) return 0;
    if( kt_is_hangul_syllable(cp) ){
      if( k + 3 >= cap ) return 0;
      memcpy(out + k, p + i, 3);
      k += 3;
    }else if( cp == '(' || cp == '[' || cp == 0xFF08 ){
      break;                 /* 김민수(산업연구원): the rest is an affiliation */
    }else if( cp == ' ' || cp == 0x00B7 || cp == 0x318D || cp == '.' ){
      if( cp == ' ' && k && !*space_at ) *space_at = k;
    }else{
      return 0;
    }
    i += (size_t)len;
  }
  out[k] = 0;
  return k;
}

/* A name written in Hanja (金英鎬) read as Hangul into out (cap bytes), as a
** name: 金 at the start is the family name 김 (not 금), the other characters
** take the tokenizer's readings. Returns out, or s when s has no Hanja. */
static const char *hanja_name(const char *s, char *out, size_t cap){
  const unsigned char *p = (const unsigned char *)s;
  size_t n = strlen(s), i = 0, k = 0;
  uint32_t hz[16], rd[16];
  int nh = 0, any = 0;
  for(;;){
    uint32_t cp = 0;
    int len = i < n ? kt_utf8_decode(p + i, n - i, &cp) : 0;
    int hanja = len > 0 && kr_is_hanja(cp);
    if( nh && (!hanja || nh == 16) ){
      kr_hanja_read(hz, nh, rd);
      if( hz[0] == 0x91D1 && k == 0 ) rd[0] = 0xAE40;   /* 金 -> 김 */
      for( int j = 0; j < nh; j++ ){
        if( k + 4 >= cap ) return s;
        k += (size_t)kt_utf8_encode(rd[j] ? rd[j] : hz[j], out + k);
      }
      nh = 0;
    }
    if( len <= 0 ) break;
    if( hanja ){ hz[nh++] = cp; any = 1; }
    else{
      if( k + (size_t)len >= cap ) return s;
      memcpy(out + k, p + i, (size_t)len);
      k += (size_t)len;
    }
    i += (size_t)len;
  }
  out[k] = 0;
  return any ? out : s;
}

static int has_latin_letter(const char *s){
  for( ; *s; s++ ) if( (*s | 0x20) >= 'a' && (*s | 0x20) <= 'z' ) return 1;
  return 0;
}

/* Lower-case ASCII letters of s[0..n) (diacritics dropped) into the arena. */
static const char *latin_letters(kw_arena *a, const char *s, size_t n){
  char buf[128];
  size_t k = 0, i = 0;
  const unsigned char *p = (const unsigned char *)s;
  while( i < n && k + 1 < sizeof buf ){
    uint32_t cp;
    int len = kt_utf8_decode(p + i, n - i, &cp);
    if( len <= 0 ){ i++; continue; }
    i += (size_t)len;
    if( cp >= 'A' && cp <= 'Z' ) buf[k++] = (char)(cp + 32);
    else if( cp >= 'a' && cp <= 'z' ) buf[k++] = (char)cp;
    else if( cp >= 0xC0 && cp < 0x250 && kl_latin_fold[cp - 0xC0] ) buf[k++] = (char)kl_latin_fold[cp - 0xC0];
  }
  if( k == 0 ) return "";
  return kw_strndup(a, buf, k);
}

/* Initials of the given name: the first letter of each part between
** hyphens, spaces and dots ("Min-Su" ms, "M. S." ms, "Minsu" m). */
static void initials(const char *g, size_t n, char out[8]){
  int k = 0, start = 1;
  for( size_t i = 0; i < n && k < 7; i++ ){
    char c = g[i];
    if( c == '-' || c == ' ' || c == '.' || c == '\'' ){ start = 1; continue; }
    if( start && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ){ out[k++] = (char)(c | 0x20); start = 0; }
    else start = 0;
  }
  out[k] = 0;
}

/* Splits a romanized name into family and given parts: "Family, Given";
** otherwise the hyphenated word is the given name, else a word in the table
** of Korean family names at one end is the family name, else the last word
** (given-first, as English-language journals write). */
static void latin_parts(const char *s, size_t n, const char **fam, size_t *fn, const char **giv, size_t *gn){
  const char *paren = memchr(s, '(', n);
  if( paren ) n = (size_t)(paren - s);    /* Kim, Min-Su (KIET) */
  const char *comma = memchr(s, ',', n);
  while( n && s[n-1] == ' ' ) n--;
  while( n && *s == ' ' ){ s++; n--; }
  if( comma ){
    *fam = s; *fn = (size_t)(comma - s);
    *giv = comma + 1; *gn = n - *fn - 1;
    return;
  }
  const char *last_sp = 0, *first_sp = memchr(s, ' ', n);
  for( size_t i = n; i-- > 0; ) if( s[i] == ' ' ){ last_sp = s + i; break; }
  if( first_sp == 0 ){ *fam = s; *fn = n; *giv = s + n; *gn = 0; return; }
  size_t w0 = (size_t)(first_sp - s);
  const char *wl = last_sp + 1;
  size_t wln = n - (size_t)(wl - s);
  int h0 = memchr(s, '-', w0) != 0, hl = memchr(wl, '-', wln) != 0;
  int s0 = kw_is_romanized_surname(s, w0), sl = kw_is_romanized_surname(wl, wln);
  int family_first = (h0 && !hl) ? 0 : (hl && !h0) ? 1 : (s0 && !sl) ? 1 : 0;
  if( family_first ){
    *fam = s; *fn = w0; *giv = first_sp + 1; *gn = n - w0 - 1;
  }else{
    *fam = wl; *fn = wln; *giv = s; *gn = (size_t)(last_sp - s);
  }
}

static const char *two_syllable_family[] = { "남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방" };

int kw_author_derive(kw_arena *a, kw_author *au){
  /* Hangul: name_ko, else name or family+given when written in Hangul */
  char hb[64], fb[64], rb[64];
  size_t space_at = 0, hn = 0;
  if( au->name_ko ) hn = hangul_name(hanja_name(au->name_ko, rb, sizeof rb), hb, sizeof hb, &space_at);
  if( hn == 0 && au->name ) hn = hangul_name(hanja_name(au->name, rb, sizeof rb), hb, sizeof hb, &space_at);
  size_t famlen = 0;
  if( hn == 0 && au->family && (famlen = hangul_name(au->family, hb, sizeof hb, &space_at)) > 0 ){
    size_t gl = au->given ? hangul_name(au->given, fb, sizeof fb, &space_at) : 0;
    if( gl && famlen + gl < sizeof hb ){
      memcpy(hb + famlen, fb, gl + 1);
      hn = famlen + gl;
    }else famlen = 0;
    space_at = 0;
  }else if( hn && au->family && !au->name_ko ){
    size_t sp;
    size_t fl = hangul_name(au->family, fb, sizeof fb, &sp);
    if( fl && fl < hn && memcmp(hb, fb, fl) == 0 ) famlen = fl;
  }
  if( hn >= 6 ){
    if( famlen == 0 && space_at && space_at < hn ) famlen = space_at;
    if( famlen == 0 ){
      famlen = 3;
      if( hn >= 9 ){
        for( size_t i = 0; i < sizeof two_syllable_family / sizeof two_syllable_family[0]; i++ ){
          if( memcmp(hb, two_syllable_family[i], 6) == 0 ){ famlen = 6; break; }
        }
      }
    }
    if( (au->ko_family = kw_strndup(a, hb, famlen)) == 0 ) return -1;
    if( (au->ko_given = kw_strndup(a, hb + famlen, hn - famlen)) == 0 ) return -1;
  }
  /* Latin: name_latin, else family/given or name when romanized */
  const char *fam = 0, *giv = 0;
  size_t fn = 0, gn = 0;
  if( au->name_latin && has_latin_letter(au->name_latin) && !kw_has_korean(au->name_latin) ){
    latin_parts(au->name_latin, strlen(au->name_latin), &fam, &fn, &giv, &gn);
  }else if( au->family && has_latin_letter(au->family) && !kw_has_korean(au->family) ){
    fam = au->family; fn = strlen(fam);
    giv = au->given ? au->given : ""; gn = strlen(giv);
  }else if( au->name && has_latin_letter(au->name) && !kw_has_korean(au->name) ){
    latin_parts(au->name, strlen(au->name), &fam, &fn, &giv, &gn);
  }
  if( fam ){
    const char *f = latin_letters(a, fam, fn), *g = latin_letters(a, giv, gn);
    if( f == 0 || g == 0 ) return -1;
    if( f[0] ){
      au->lat_family = f;
      au->lat_given = g;
      initials(giv, gn, au->lat_initials);
    }
  }
  return 0;
}

/* Letters a romanization of a syllable with initial consonant l (0..18) and
** vowel v (0..20) may start with. */
static const char *syllable_letters(unsigned l, unsigned v){
  static const char *const by_initial[19] = {
    "gk", "kg", "n", "dt", "td", "rln", "m", "bp", "bp", "s", "s", 0, "jc", "jc", "cj", "k", "t", "p", "h",
  };
  if( l != 11 ) return by_initial[l];
  /* ㅇ: the vowel's letter; ㅑㅒㅕㅖㅛㅠ y, ㅘㅙㅝㅞㅟ w, ㅓㅡ e/u/o, ㅜ u/o/w (Woo), ㅣ i/e/y */
  static const char *const by_vowel[21] = {
    "a", "a", "y", "y", "eou", "e", "y", "y", "o", "w", "w", "ow", "y", "uow", "w", "w", "w", "y", "eu", "uey", "iey",
  };
  return by_vowel[v];
}

const char *kw_given_letters(const char *g){
  if( g[0] == 0 ) return "abcdefghijklmnopqrstuvwxyz";
  uint32_t cp;
  int len = kt_utf8_decode((const unsigned char *)g, strlen(g), &cp);
  if( len <= 0 || !kt_is_hangul_syllable(cp) ) return 0;
  unsigned x = cp - 0xAC00;
  return syllable_letters(x / 588, (x / 28) % 21);
}

/* 1 when the Hangul given name g can be romanized with the initials ini. */
static int given_compatible(const char *g, const char *ini){
  if( ini[0] == 0 ) return 1;
  const unsigned char *p = (const unsigned char *)g;
  size_t n = strlen(g), i = 0;
  int k = 0, nsyl = (int)(n / 3);
  int ninit = (int)strlen(ini);
  if( ninit > 1 && ninit != nsyl ) return 0;
  while( i < n && ini[k] ){
    uint32_t cp;
    int len = kt_utf8_decode(p + i, n - i, &cp);
    if( len <= 0 || !kt_is_hangul_syllable(cp) ) return 0;
    unsigned x = cp - 0xAC00;
    if( strchr(syllable_letters(x / 588, (x / 28) % 21), ini[k]) == 0 ) return 0;
    i += (size_t)len;
    k++;
  }
  return 1;
}

static int initials_compatible(const char *a, const char *b){
  if( a[0] == 0 || b[0] == 0 ) return 0;
  if( a[0] != b[0] ) return 0;
  if( a[1] && b[1] && strcmp(a, b) != 0 ) return 0;
  return 1;
}

int kw_author_compare(const kw_author *x, const kw_author *y){
  if( x->ko_family && y->ko_family ){
    if( strcmp(x->ko_family, y->ko_family) == 0 && strcmp(x->ko_given, y->ko_given) == 0 ) return 2;
    return -1;
  }
  if( x->lat_family && y->lat_family ){
    if( strcmp(x->lat_family, y->lat_family) != 0 ){
      /* the order of two words may have been read differently */
      if( x->lat_given[0] && strcmp(x->lat_family, y->lat_given) == 0 && strcmp(x->lat_given, y->lat_family) == 0 ) return 2;
      /* two spellings of one Korean family name (Choi, Choe) and one given name */
      if( x->lat_given[0] && strcmp(x->lat_given, y->lat_given) == 0 && kw_surname_variants(x->lat_family, y->lat_family) ) return 1;
      /* 강태훈(Tae-Hoon Kang) and Gang Taehun: two romanizations; the one
      ** with the Hangul name is compared by it, below */
      if( !x->ko_family && !y->ko_family ) return 0;
    }else{
      if( x->lat_given[0] && strcmp(x->lat_given, y->lat_given) == 0 ) return 2;
      return initials_compatible(x->lat_initials, y->lat_initials) ? 1 : 0;
    }
  }
  const kw_author *k = x->ko_family ? x : y->ko_family ? y : 0;
  const kw_author *l = k == x ? y : x;
  if( k && l->lat_family ){
    if( !kw_surname_romanized_as(k->ko_family, strlen(k->ko_family), l->lat_family, strlen(l->lat_family)) ) return 0;
    if( l->lat_initials[0] == 0 ) return 0;
    return given_compatible(k->ko_given, l->lat_initials) ? 1 : 0;
  }
  return 0;
}
