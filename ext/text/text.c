/*
** Encoding detection, conversion to UTF-8 and NFC normalization (ICU).
** See text.h for the contract. The common case, valid NFC UTF-8 with LF
** line ends, is recognised without copying the input.
*/
#include "text/text.h"
#include "text/utf8.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicode/ucnv.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

static void set_reason(kt_text *t, const char *fmt, size_t at){
  t->encoding = NULL;
  t->text = "";
  t->len = 0;
  snprintf(t->reason, sizeof t->reason, fmt, at);
}

static int icu_fail(char *err, size_t errlen, const char *what, UErrorCode st){
  snprintf(err, errlen, "%s failed: %s", what, u_errorName(st));
  return -1;
}

/* UTF-16 (host order) -> NFC -> UTF-8 into a new malloc'ed buffer. */
static int utf16_to_nfc_utf8(const UChar *u, int32_t ulen, kt_text *out, char *err, size_t errlen){
  UErrorCode st = U_ZERO_ERROR;
  const UNormalizer2 *nfc = unorm2_getNFCInstance(&st);
  if( U_FAILURE(st) ) return icu_fail(err, errlen, "unorm2_getNFCInstance", st);
  int32_t yes = unorm2_spanQuickCheckYes(nfc, u, ulen, &st);
  if( U_FAILURE(st) ) return icu_fail(err, errlen, "unorm2_spanQuickCheckYes", st);
  UChar *norm = NULL;
  const UChar *src = u;
  int32_t srclen = ulen;
  if( yes < ulen ){
    int32_t cap = ulen + 16;
    for(int attempt = 0; attempt < 2; attempt++){
      norm = malloc(sizeof(UChar) * (size_t)cap);
      if( !norm ){ snprintf(err, errlen, "out of memory"); return -1; }
      memcpy(norm, u, sizeof(UChar) * (size_t)yes);
      st = U_ZERO_ERROR;
      int32_t k = unorm2_normalize(nfc, u + yes, ulen - yes, norm + yes, cap - yes, &st);
      if( st == U_BUFFER_OVERFLOW_ERROR && attempt == 0 ){
        free(norm); norm = NULL;
        cap = yes + k + 1;
        continue;
      }
      if( U_FAILURE(st) ){ free(norm); return icu_fail(err, errlen, "unorm2_normalize", st); }
      srclen = yes + k;
      break;
    }
    src = norm;
    out->normalized = (srclen != ulen || memcmp(norm, u, sizeof(UChar)*(size_t)ulen) != 0);
  }
  st = U_ZERO_ERROR;
  int32_t blen = 0;
  u_strToUTF8(NULL, 0, &blen, src, srclen, &st);
  if( st != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(st) ){ free(norm); return icu_fail(err, errlen, "u_strToUTF8", st); }
  char *b = malloc((size_t)blen + 1);
  if( !b ){ free(norm); snprintf(err, errlen, "out of memory"); return -1; }
  st = U_ZERO_ERROR;
  u_strToUTF8(b, blen + 1, NULL, src, srclen, &st);
  free(norm);
  if( U_FAILURE(st) ){ free(b); return icu_fail(err, errlen, "u_strToUTF8", st); }
  free(out->owned);
  out->owned = b;
  out->text = b;
  out->len = (size_t)blen;
  return 0;
}

/* Converts valid UTF-8 s[0..n) to a new UTF-16 buffer. */
static int utf8_to_utf16(const char *s, size_t n, UChar **pu, int32_t *pulen, char *err, size_t errlen){
  UErrorCode st = U_ZERO_ERROR;
  int32_t ulen = 0;
  u_strFromUTF8(NULL, 0, &ulen, s, (int32_t)n, &st);
  if( st != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(st) ) return icu_fail(err, errlen, "u_strFromUTF8", st);
  UChar *u = malloc(sizeof(UChar) * ((size_t)ulen + 1));
  if( !u ){ snprintf(err, errlen, "out of memory"); return -1; }
  st = U_ZERO_ERROR;
  u_strFromUTF8(u, ulen + 1, NULL, s, (int32_t)n, &st);
  if( U_FAILURE(st) ){ free(u); return icu_fail(err, errlen, "u_strFromUTF8", st); }
  *pu = u;
  *pulen = ulen;
  return 0;
}

/* Chunks of about this many bytes are quick-checked at a time, so checking
** needs a small buffer whatever the size of the document. */
#define NFC_CHUNK 32768

/* True when a chunk may end before s[0]: an ASCII character, a precomposed
** Hangul syllable or a CJK unified ideograph never combines with, or
** reorders against, what precedes it. */
static int safe_boundary(const unsigned char *s, size_t n){
  if( s[0] < 0x80 ) return 1;
  uint32_t cp;
  return kt_utf8_decode(s, n, &cp) == 3 && (kt_is_hangul_syllable(cp) || (cp >= 0x4E00 && cp <= 0x9FFF));
}

/* Returns 1 when valid UTF-8 s[0..n) is NFC, 0 when it may not be, -1 on an
** ICU error. Pure ASCII needs no look; the rest is quick-checked chunk by
** chunk, each chunk ending at a safe boundary. */
static int utf8_is_nfc(const char *s, size_t n, char *err, size_t errlen){
  UErrorCode st = U_ZERO_ERROR;
  const UNormalizer2 *nfc = unorm2_getNFCInstance(&st);
  if( U_FAILURE(st) ) return icu_fail(err, errlen, "unorm2_getNFCInstance", st);
  UChar buf[NFC_CHUNK + 8];
  size_t i = 0;
  while( i < n ){
    size_t start = i;
    while( i < n && (unsigned char)s[i] < 0x80 ) i++;  /* ASCII is always NFC */
    if( i == n ) break;
    if( i > start ) start = i;
    /* extend to NFC_CHUNK bytes, then on to the next safe boundary */
    size_t end = start + 1;
    while( end < n && (end - start < NFC_CHUNK - 4
                       || !safe_boundary((const unsigned char*)s + end, n - end)) ){
      end++;
      if( end - start >= 16 * NFC_CHUNK ) return 0;  /* no boundary at all: check the whole */
    }
    int32_t ulen = 0;
    UChar *u = buf;
    UChar *big = NULL;
    if( end - start > NFC_CHUNK ){
      if( utf8_to_utf16(s + start, end - start, &big, &ulen, err, errlen) ) return -1;
      u = big;
    }else{
      st = U_ZERO_ERROR;
      u_strFromUTF8(buf, NFC_CHUNK + 8, &ulen, s + start, (int32_t)(end - start), &st);
      if( U_FAILURE(st) ) return icu_fail(err, errlen, "u_strFromUTF8", st);
    }
    st = U_ZERO_ERROR;
    int32_t yes = unorm2_spanQuickCheckYes(nfc, u, ulen, &st);
    free(big);
    if( U_FAILURE(st) ) return icu_fail(err, errlen, "unorm2_spanQuickCheckYes", st);
    if( yes < ulen ) return 0;
    i = end;
  }
  return 1;
}

/* Valid UTF-8 -> NFC UTF-8: only text that is not NFC is rewritten. */
static int utf8_to_nfc(const char *s, size_t n, kt_text *out, char *err, size_t errlen){
  out->text = s;
  out->len = n;
  int is_nfc = utf8_is_nfc(s, n, err, errlen);
  if( is_nfc != 0 ) return is_nfc < 0 ? -1 : 0;
  UChar *u = NULL;
  int32_t ulen = 0;
  if( utf8_to_utf16(s, n, &u, &ulen, err, errlen) ) return -1;
  int rc = utf16_to_nfc_utf8(u, ulen, out, err, errlen);
  free(u);
  return rc;
}

/* CP949 / EUC-KR bytes -> UTF-16, or 1 when they are not valid CP949. */
static int cp949_to_utf16(const char *s, size_t n, UChar **pu, int32_t *pulen, char *err, size_t errlen){
  UErrorCode st = U_ZERO_ERROR;
  UConverter *cv = ucnv_open("windows-949", &st);
  if( U_FAILURE(st) ) return icu_fail(err, errlen, "ucnv_open(windows-949)", st);
  ucnv_setToUCallBack(cv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &st);
  if( U_FAILURE(st) ){ ucnv_close(cv); return icu_fail(err, errlen, "ucnv_setToUCallBack", st); }
  int32_t cap = (int32_t)n + 1;  /* CP949 never yields more UTF-16 units than bytes */
  UChar *u = malloc(sizeof(UChar) * (size_t)cap);
  if( !u ){ ucnv_close(cv); snprintf(err, errlen, "out of memory"); return -1; }
  int32_t k = ucnv_toUChars(cv, u, cap, s, (int32_t)n, &st);
  ucnv_close(cv);
  if( st == U_ILLEGAL_CHAR_FOUND || st == U_INVALID_CHAR_FOUND || st == U_TRUNCATED_CHAR_FOUND ){
    free(u);
    return 1;
  }
  if( U_FAILURE(st) ){ free(u); return icu_fail(err, errlen, "ucnv_toUChars(windows-949)", st); }
  *pu = u;
  *pulen = k;
  return 0;
}

/* True when every byte >= 0x80 pairs into a KS X 1001 (EUC-KR) character. */
static int is_plain_euckr(const unsigned char *s, size_t n){
  for(size_t i = 0; i < n; i++){
    if( s[i] < 0x80 ) continue;
    if( i + 1 >= n || s[i] < 0xA1 || s[i] > 0xFE || s[i+1] < 0xA1 || s[i+1] > 0xFE ) return 0;
    i++;
  }
  return 1;
}

/* Rewrites CRLF and lone CR as LF, copying the text when it is not owned. */
static int normalize_newlines(kt_text *t, char *err, size_t errlen){
  const char *cr = memchr(t->text, '\r', t->len);
  if( !cr ) return 0;
  char *b = t->owned;
  if( !b ){
    b = malloc(t->len + 1);
    if( !b ){ snprintf(err, errlen, "out of memory"); return -1; }
    memcpy(b, t->text, t->len);
    b[t->len] = 0;
  }
  size_t j = (size_t)(cr - t->text);
  for(size_t i = j; i < t->len; i++){
    if( b[i] == '\r' ){
      b[j++] = '\n';
      if( i + 1 < t->len && b[i+1] == '\n' ) i++;
    }else{
      b[j++] = b[i];
    }
  }
  b[j] = 0;
  t->owned = b;
  t->text = b;
  t->len = j;
  t->crlf = 1;
  return 0;
}

/* Share of C0 control characters (other than tab, LF, CR, FF) that marks a
** file as binary: text pages have none, binaries have many. */
static int looks_binary(const char *s, size_t n){
  size_t ctl = 0;
  for(size_t i = 0; i < n; i++){
    unsigned char c = (unsigned char)s[i];
    if( c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' ) ctl++;
  }
  return ctl > 0 && ctl * 100 >= n;  /* 1 % or more */
}

int kt_decode(const void *bytes, size_t n, kt_text *out, char *err, size_t errlen){
  const unsigned char *b = bytes;
  memset(out, 0, sizeof *out);
  out->text = "";
  if( n > KT_MAX_INPUT ){
    snprintf(err, errlen, "input of %zu bytes is over the limit of %zu bytes", n, KT_MAX_INPUT);
    return -1;
  }
  int rc = 0;
  if( n >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)) ){
    int le = b[0] == 0xFF;
    out->encoding = le ? "utf-16le" : "utf-16be";
    size_t units = (n - 2) / 2;
    if( (n - 2) % 2 ){ set_reason(out, "utf-16 text with an odd number of bytes (%zu)", n); return 0; }
    UChar *u = malloc(sizeof(UChar) * (units + 1));
    if( !u ){ snprintf(err, errlen, "out of memory"); return -1; }
    for(size_t i = 0; i < units; i++){
      const unsigned char *p = b + 2 + 2*i;
      u[i] = le ? (UChar)(p[0] | (p[1] << 8)) : (UChar)((p[0] << 8) | p[1]);
      if( u[i] == 0 ){ free(u); set_reason(out, "NUL character in utf-16 text at byte %zu", 2 + 2*i); return 0; }
    }
    /* unpaired surrogates are not text */
    for(size_t i = 0; i < units; i++){
      if( U16_IS_LEAD(u[i]) && i + 1 < units && U16_IS_TRAIL(u[i+1]) ){ i++; continue; }
      if( U16_IS_SURROGATE(u[i]) ){ free(u); set_reason(out, "unpaired surrogate in utf-16 text at byte %zu", 2 + 2*i); return 0; }
    }
    rc = utf16_to_nfc_utf8(u, (int32_t)units, out, err, errlen);
    free(u);
  }else{
    const char *s = (const char *)b;
    int bom = 0;
    if( n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ){
      out->encoding = "utf-8-bom";
      bom = 1;
      s += 3; n -= 3;
    }else{
      out->encoding = "utf-8";
    }
    const char *nul = memchr(s, 0, n);
    if( nul ){ set_reason(out, "binary file: NUL byte at offset %zu", (size_t)(nul - (const char*)b)); return 0; }
    size_t bad = kt_utf8_valid_prefix((const unsigned char*)s, n);
    if( bad == n ){
      rc = utf8_to_nfc(s, n, out, err, errlen);
    }else if( bom ){  /* a UTF-8 BOM promised UTF-8 */
      set_reason(out, "invalid utf-8 after a utf-8 byte order mark at byte %zu", bad + 3);
      return 0;
    }else{
      UChar *u = NULL;
      int32_t ulen = 0;
      rc = cp949_to_utf16(s, n, &u, &ulen, err, errlen);
      if( rc < 0 ) return -1;
      if( rc == 1 ){
        set_reason(out, "not text: invalid utf-8 at byte %zu, and not euc-kr/cp949 either", bad);
        return 0;
      }
      out->encoding = is_plain_euckr(b, n) ? "euc-kr" : "cp949";
      rc = utf16_to_nfc_utf8(u, ulen, out, err, errlen);
      free(u);
    }
  }
  if( rc ) return rc;
  if( looks_binary(out->text, out->len) ){
    kt_text_free(out);
    set_reason(out, "binary file: control characters in %zu%% or more of the bytes", (size_t)1);
    return 0;
  }
  return normalize_newlines(out, err, errlen);
}

void kt_text_free(kt_text *t){
  if( t ){
    free(t->owned);
    t->owned = NULL;
    t->text = "";
    t->len = 0;
  }
}

/* ---- NFC with an offset map (kt_nfc_map) ------------------------------ */

/* Bit c set: BMP code point c is not NFC_Quick_Check=Yes (it may compose
** with what precedes it, or never appears in NFC). Built once per process. */
static unsigned char nfc_not_yes[0x10000 / 8];
static pthread_once_t nfc_once = PTHREAD_ONCE_INIT;

static void nfc_table_init(void){
  for(UChar32 c = 0x300; c < 0x10000; c++){
    if( u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES ) nfc_not_yes[c >> 3] |= (unsigned char)(1 << (c & 7));
  }
}

/* 1 when s[0..n) is valid UTF-8 whose every code point is NFC_Quick_Check=Yes
** (so the text is NFC), 0 when it may not be. One pass, no ICU call for the
** common scripts: ASCII and Latin-1 need no look; a precomposed Hangul
** syllable is recognised from its bytes; the rest is looked up in a table. */
static int utf8_surely_nfc(const unsigned char *s, size_t n){
  pthread_once(&nfc_once, nfc_table_init);
  size_t i = 0;
  while( i < n ){
    unsigned c = s[i];
    if( c < 0x80 ){ i++; continue; }
    if( c >= 0xEA && c <= 0xED && i + 2 < n && (s[i+1] & 0xC0) == 0x80 && (s[i+2] & 0xC0) == 0x80 ){
      unsigned c1 = s[i+1];
      /* U+AC00..U+D7A3: EA B0 80 .. ED 9E A3 */
      if( (c == 0xEA && c1 >= 0xB0) || c == 0xEB || c == 0xEC || (c == 0xED && c1 < 0x9E) ){ i += 3; continue; }
    }
    uint32_t cp;
    int k = kt_utf8_decode(s + i, n - i, &cp);
    if( k <= 0 ) return 0;
    i += (size_t)k;
    if( cp < 0x300 ) continue;
    if( cp < 0x10000 ){
      if( nfc_not_yes[cp >> 3] & (1 << (cp & 7)) ) return 0;
    }else if( u_getIntPropertyValue((UChar32)cp, UCHAR_NFC_QUICK_CHECK) != UNORM_YES ){
      return 0;
    }
  }
  return 1;
}

typedef struct nfc_out { char *text; unsigned *map; size_t len, cap; } nfc_out;

static int nfc_reserve(nfc_out *o, size_t more){
  if( o->len + more + 1 <= o->cap ) return 0;
  size_t cap = o->cap ? o->cap : 256;
  while( cap < o->len + more + 1 ) cap *= 2;
  char *t = realloc(o->text, cap);
  if( !t ) return -1;
  o->text = t;
  unsigned *m = realloc(o->map, cap * sizeof(unsigned));
  if( !m ) return -1;
  o->map = m;
  o->cap = cap;
  return 0;
}

/* Appends the NFC of segment s[0..k) (valid UTF-8), every byte mapped to at. */
static int nfc_segment(nfc_out *o, const UNormalizer2 *nfc, const char *s, size_t k, unsigned at,
                       char *err, size_t errlen){
  UChar small[64], nsmall[96];
  UChar *u = small, *nu = nsmall;
  int32_t ulen = 0, cap = 96;
  int rc = -1;
  UErrorCode st = U_ZERO_ERROR;
  if( k > 48 ){
    if( utf8_to_utf16(s, k, &u, &ulen, err, errlen) ) return -1;
  }else{
    u_strFromUTF8(small, 64, &ulen, s, (int32_t)k, &st);
    if( U_FAILURE(st) ) return icu_fail(err, errlen, "u_strFromUTF8", st);
  }
  if( ulen * 3 > cap ){
    cap = ulen * 3;
    nu = malloc(sizeof(UChar) * (size_t)cap);
    if( !nu ){ snprintf(err, errlen, "out of memory"); goto done; }
  }
  st = U_ZERO_ERROR;
  int32_t nlen = unorm2_normalize(nfc, u, ulen, nu, cap, &st);
  if( U_FAILURE(st) ){ icu_fail(err, errlen, "unorm2_normalize", st); goto done; }
  if( nfc_reserve(o, (size_t)nlen * 3) ){ snprintf(err, errlen, "out of memory"); goto done; }
  int32_t blen = 0;
  st = U_ZERO_ERROR;
  u_strToUTF8(o->text + o->len, (int32_t)(o->cap - o->len), &blen, nu, nlen, &st);
  if( U_FAILURE(st) ){ icu_fail(err, errlen, "u_strToUTF8", st); goto done; }
  for(int32_t j = 0; j < blen; j++) o->map[o->len + (size_t)j] = at;
  o->len += (size_t)blen;
  rc = 0;
done:
  if( u != small ) free(u);
  if( nu != nsmall ) free(nu);
  return rc;
}

int kt_nfc_map(const char *s, size_t n, kt_nfc *m, char *err, size_t errlen){
  m->text = s;
  m->len = n;
  m->map = NULL;
  m->n = n;
  if( n > KT_MAX_INPUT ){ snprintf(err, errlen, "text of %zu bytes is over kolit's limit", n); return -1; }
  /* The common case: NFC already, and said so without a copy. Text that may
  ** not be (a combining mark, a jamo, invalid UTF-8) is walked segment by
  ** segment below; a segment already in NFC comes out the same. */
  if( utf8_surely_nfc((const unsigned char *)s, n) ) return 0;
  UErrorCode st = U_ZERO_ERROR;
  const UNormalizer2 *nfc = unorm2_getNFCInstance(&st);
  if( U_FAILURE(st) ) return icu_fail(err, errlen, "unorm2_getNFCInstance", st);
  nfc_out o = {0, 0, 0, 0};
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  while( i < n ){
    size_t start = i;
    uint32_t cp;
    int k = kt_utf8_decode(u + i, n - i, &cp);
    if( k <= 0 || cp < 0x80 ){
      /* an invalid byte, or ASCII not followed by a combining character */
      uint32_t next;
      int k2 = k > 0 ? kt_utf8_decode(u + i + 1, n - i - 1, &next) : -1;
      if( k <= 0 || k2 <= 0 || unorm2_hasBoundaryBefore(nfc, (UChar32)next) ){
        if( nfc_reserve(&o, 1) ) goto nomem;
        o.text[o.len] = s[i];
        o.map[o.len++] = (unsigned)i;
        i++;
        continue;
      }
    }
    i += (size_t)k;
    while( i < n ){
      int k2 = kt_utf8_decode(u + i, n - i, &cp);
      if( k2 <= 0 || unorm2_hasBoundaryBefore(nfc, (UChar32)cp) ) break;
      i += (size_t)k2;
    }
    if( nfc_segment(&o, nfc, s + start, i - start, (unsigned)start, err, errlen) ) goto fail;
  }
  if( nfc_reserve(&o, 0) ) goto nomem;
  o.text[o.len] = 0;
  o.map[o.len] = (unsigned)n;
  m->text = o.text;
  m->len = o.len;
  m->map = o.map;
  return 0;
nomem:
  snprintf(err, errlen, "out of memory");
fail:
  free(o.text);
  free(o.map);
  return -1;
}

void kt_nfc_free(kt_nfc *m){
  if( m->map ){
    free((char *)m->text);
    free(m->map);
  }
  m->map = NULL;
  m->text = "";
  m->len = 0;
}

size_t kt_nfc_start(const kt_nfc *m, size_t off){
  if( !m->map ) return off;
  return off >= m->len ? m->n : m->map[off];
}

size_t kt_nfc_end(const kt_nfc *m, size_t off){
  if( !m->map ) return off;
  if( off >= m->len ) return m->n;
  if( off == 0 || m->map[off] != m->map[off - 1] ) return m->map[off];
  while( off < m->len && m->map[off] == m->map[off - 1] ) off++;
  return m->map[off];
}

/* Charsets kt_decode() already tells apart by itself. */
static int is_detected_charset(const char *cs){
  static const char *const names[] = { "utf-8", "utf8", "us-ascii", "ascii", "euc-kr", "euckr",
    "cp949", "ks_c_5601-1987", "ks_c_5601", "windows-949", "x-windows-949", "uhc", "ms949" };
  for(size_t i = 0; i < sizeof names / sizeof names[0]; i++) if( strcasecmp(cs, names[i]) == 0 ) return 1;
  return 0;
}

int kt_decode_charset(const void *bytes, size_t n, const char *charset, kt_text *out,
                      char *err, size_t errlen){
  if( !charset || !*charset || is_detected_charset(charset) || n > KT_MAX_INPUT || n == 0 ){
    return kt_decode(bytes, n, out, err, errlen);
  }
  UErrorCode st = U_ZERO_ERROR;
  UConverter *cv = ucnv_open(charset, &st);
  if( U_FAILURE(st) ){
    if( cv ) ucnv_close(cv);
    return kt_decode(bytes, n, out, err, errlen);
  }
  memset(out, 0, sizeof *out);
  out->text = "";
  out->encoding = "declared";
  int32_t ulen = ucnv_toUChars(cv, NULL, 0, bytes, (int32_t)n, &st);
  if( st != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(st) ){
    ucnv_close(cv);
    return icu_fail(err, errlen, "ucnv_toUChars", st);
  }
  UChar *u = malloc(sizeof(UChar) * ((size_t)ulen + 1));
  if( !u ){ ucnv_close(cv); snprintf(err, errlen, "out of memory"); return -1; }
  st = U_ZERO_ERROR;
  ucnv_toUChars(cv, u, ulen + 1, bytes, (int32_t)n, &st);
  ucnv_close(cv);
  if( U_FAILURE(st) ){ free(u); return icu_fail(err, errlen, "ucnv_toUChars", st); }
  for(int32_t i = 0; i < ulen; i++){
    if( u[i] == 0 ){ free(u); set_reason(out, "NUL character in the text at unit %zu", (size_t)i); return 0; }
  }
  int rc = utf16_to_nfc_utf8(u, ulen, out, err, errlen);
  free(u);
  if( rc ) return rc;
  if( looks_binary(out->text, out->len) ){
    kt_text_free(out);
    set_reason(out, "binary file: control characters in %zu%% or more of the bytes", (size_t)1);
    return 0;
  }
  return normalize_newlines(out, err, errlen);
}
