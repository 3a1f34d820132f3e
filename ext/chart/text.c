/*
** Text for terminals and charts: DuckDB's bar(), display width, padding,
** and the estimated advance of a label in an SVG.
*/
#include "chart/chart_internal.h"
#include "text/utf8.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

static void *libc_realloc(void *p, size_t n){ return realloc(p, n ? n : 1); }
const kc_mem kc_libc = { libc_realloc, free };

/* ---- bar ------------------------------------------------------------ */

/* DuckDB's UnicodeBar: index i is i eighths of a column. */
static const char *const eighths[8] = {
  "", "\xE2\x96\x8F", "\xE2\x96\x8E", "\xE2\x96\x8D", "\xE2\x96\x8C", "\xE2\x96\x8B", "\xE2\x96\x8A", "\xE2\x96\x89"
};
#define FULL_BLOCK "\xE2\x96\x88"

int kc_bar(double x, double min, double max, double width, char *out, char *err, size_t errlen){
  out[0] = 0;
  if( !isfinite(width) || width < 1 || width > 1000 ){
    snprintf(err, errlen, "width must be between 1 and 1000");
    return -1;
  }
  double w;
  if( isnan(x) || isnan(min) || isnan(max) || x <= min ) w = 0;
  else if( x >= max ) w = width;
  else w = width * (x - min) / (max - min);
  if( !isfinite(w) ){   /* an infinite min or max */
    snprintf(err, errlen, "the bar's width is not finite (min or max is infinite)");
    return -1;
  }
  int eighth = (int)(w * 8);
  size_t n = 0;
  for(int i = 0; i < eighth / 8; i++){ memcpy(out + n, FULL_BLOCK, 3); n += 3; }
  const char *part = eighths[eighth % 8];
  size_t k = strlen(part);
  memcpy(out + n, part, k);
  n += k;
  out[n] = 0;
  return (int)n;
}

/* ---- display width -------------------------------------------------- */

/* ICU's property getters take no UErrorCode: a code point outside Unicode
** gives the default value, which is what a terminal shows for it too. */
int kc_char_width(uint32_t cp){
  if( cp < 0x20 || (cp >= 0x7F && cp < 0xA0) ) return 0;
  if( cp < 0x300 ) return 1;
  int8_t type = u_charType((UChar32)cp);
  if( type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR ) return 0;
  int32_t hst = u_getIntPropertyValue((UChar32)cp, UCHAR_HANGUL_SYLLABLE_TYPE);
  if( hst == U_HST_VOWEL_JAMO || hst == U_HST_TRAILING_JAMO ) return 0;  /* joins the leading consonant */
  int32_t ea = u_getIntPropertyValue((UChar32)cp, UCHAR_EAST_ASIAN_WIDTH);
  return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
}

size_t kc_display_width(const char *s, size_t n){
  const unsigned char *u = (const unsigned char *)s;
  size_t w = 0, i = 0;
  while( i < n ){
    if( u[i] >= 0x20 && u[i] < 0x7F ){ w++; i++; continue; }
    uint32_t cp;
    int k = kt_utf8_decode(u + i, n - i, &cp);
    if( k <= 0 ){ w++; i++; continue; }
    w += (size_t)kc_char_width(cp);
    i += (size_t)k;
  }
  return w;
}

char *kc_pad(const kc_mem *mem, const char *s, size_t n, size_t width, int align_right, size_t *outlen){
  const unsigned char *u = (const unsigned char *)s;
  size_t w = kc_display_width(s, n), keep = n, kept_w = w;
  int ellipsis = 0;
  if( w > width ){
    /* the longest prefix of at most width - 1 columns, then U+2026 */
    size_t i = 0, cw = 0;
    ellipsis = width > 0;
    size_t room = width > 0 ? width - 1 : 0;
    while( i < n ){
      uint32_t cp; int k = kt_utf8_decode(u + i, n - i, &cp);
      int c = k <= 0 ? 1 : kc_char_width(cp);
      if( k <= 0 ) k = 1;
      if( cw + (size_t)c > room ) break;
      cw += (size_t)c; i += (size_t)k;
    }
    keep = i; kept_w = cw + (ellipsis ? 1 : 0);
  }
  size_t spaces = width > kept_w ? width - kept_w : 0;
  size_t total = keep + (ellipsis ? 3 : 0) + spaces;
  char *out = mem->realloc(0, total + 1);
  if( out == 0 ) return 0;
  size_t o = 0;
  if( align_right ){ memset(out, ' ', spaces); o = spaces; }
  memcpy(out + o, s, keep); o += keep;
  if( ellipsis ){ memcpy(out + o, "\xE2\x80\xA6", 3); o += 3; }
  if( !align_right ){ memset(out + o, ' ', spaces); o += spaces; }
  out[o] = 0;
  *outlen = o;
  return out;
}

/* ---- advance in an SVG ---------------------------------------------- */

/* Advance widths of ASCII 0x20..0x7E in thousandths of an em, of Noto Sans
** CJK KR (Debian's fonts-noto-cjk, first in the charts' font list) as
** Chromium lays it out. Wide characters are taken as 1 em (Hangul is 0.92
** in that font), other East Asian Ambiguous ones too (an ellipsis, a
** multiplication sign are full width in CJK fonts) except Latin letters. */
static const unsigned short ascii_advance[95] = {
  224,323,474,555,555,921,680,278,338,338,407,555,278,347,278,365,      /*  !"#$%&'()*+,-./ */
  555,555,555,555,555,555,555,555,555,555,278,278,555,555,555,460,      /* 0-9 :;<=>? */
  946,634,657,638,688,589,514,689,728,293,535,646,543,812,723,742,      /* @A-O */
  585,742,631,596,491,717,532,856,562,429,585,338,392,338,555,559,      /* P-Z [\]^_ */
  606,563,602,499,620,538,303,546,607,275,275,541,284,926,610,590,      /* `a-o */
  604,620,361,468,338,607,499,791,487,499,449,338,270,338,555           /* p-z {|}~ */
};

double kc_text_width(const char *s, size_t n, double font_size){
  const unsigned char *u = (const unsigned char *)s;
  double em = 0;
  size_t i = 0;
  while( i < n ){
    if( u[i] >= 0x20 && u[i] < 0x7F ){ em += ascii_advance[u[i] - 0x20] / 1000.0; i++; continue; }
    uint32_t cp;
    int k = kt_utf8_decode(u + i, n - i, &cp);
    if( k <= 0 ){ em += 1.0; i++; continue; }   /* shown as U+FFFD */
    int c = kc_char_width(cp);
    int latin_letter = cp >= 0xC0 && cp < 0x250 && cp != 0xD7 && cp != 0xF7;
    if( c == 1 && !latin_letter
        && u_getIntPropertyValue((UChar32)cp, UCHAR_EAST_ASIAN_WIDTH) == U_EA_AMBIGUOUS ) c = 2;
    em += c == 2 ? 1.0 : c == 1 ? 0.6 : 0.0;
    i += (size_t)k;
  }
  return em * font_size;
}
