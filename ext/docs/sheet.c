/*
** Sheets of records -> records: the header row names the columns, each
** later row is one record. Shared by the RISS export reader
** (parse_riss_excel.c: RISS's own column names and cell conventions) and
** the general spreadsheet reader (parse_csv.c: column names in Korean or
** English), for .xls workbooks (xls.c) and CSV text (csv.c) alike.
**
** Cells are cleaned the same way everywhere: character references decoded
** (ext/text/entity.c), &nbsp;, CR, tabs and runs of spaces turned into one
** space, both ends trimmed. A multi-line cell (an abstract) keeps its lines
** as paragraphs, separated by one blank line.
**
** Nothing is dropped silently: a column that no rule places, a value under
** no header, or a value that does not have its column's shape is named in
** the document's error, with the sheet, the row (1-based, the header being
** row 1, as a spreadsheet shows it) and the column letter.
*/
#include "docs/grid.h"
#include "docs/sheet.h"
#include "text/entity.h"
#include "text/utf8.h"
#include <stdio.h>
#include <stdlib.h>

/* ---- column names ---------------------------------------------------------- */

typedef struct lit_column { const char *name; lit_field field; } lit_column;

/* RISS's export columns (formats.md), journal articles and theses. */
static const lit_column riss_columns[] = {
  {"제목", F_TITLE_EQ}, {"저자", F_AUTHORS_RISS}, {"발행기관", F_PUBLISHER},
  {"학술지명", F_JOURNAL_PAREN}, {"권호사항", F_VOLISSUE}, {"발행연도", F_YEAR},
  {"작성언어", F_LANGUAGE}, {"주제어", F_KEYWORDS_RISS}, {"발행기관 URL", F_URL},
  {"수록면", F_PAGES}, {"국문 초록 (Abstract)", F_ABSTRACT_KO},
  {"다국어 초록 (Multilingual Abstract)", F_ABSTRACT_FOREIGN},
  {"발행사항", F_PUBINFO}, {"형태사항", F_EXTENT}, {"UCI식별코드", F_SOURCE_ID},
  /* RISS's library and catalogue columns: known, not part of a record */
  {"KDC", F_SKIP}, {"DDC", F_SKIP}, {"등재정보", F_SKIP}, {"자료형태", F_SKIP},
  {"KCI 피인용횟수", F_SKIP}, {"비고", F_SKIP}, {"중단사유", F_SKIP}, {"제공처", F_SKIP},
  {"소장기관", F_SKIP}, {"목차", F_SKIP}, {"학위논문사항", F_SKIP}, {"일반주기명", F_SKIP},
  {"지도교수/심사위원", F_SKIP},
};

/* Column names of spreadsheets in general, compared without case. */
static const lit_column csv_columns[] = {
  {"title", F_TITLE}, {"제목", F_TITLE}, {"논문명", F_TITLE}, {"논문제목", F_TITLE},
  {"article title", F_TITLE}, {"document title", F_TITLE},
  {"title_ko", F_TITLE_KO}, {"국문제목", F_TITLE_KO}, {"한글제목", F_TITLE_KO},
  {"title_foreign", F_TITLE_FOREIGN}, {"영문제목", F_TITLE_FOREIGN}, {"english title", F_TITLE_FOREIGN},
  {"author", F_AUTHORS}, {"authors", F_AUTHORS}, {"저자", F_AUTHORS}, {"저자명", F_AUTHORS},
  {"creator", F_AUTHORS},
  {"year", F_YEAR}, {"발행연도", F_YEAR}, {"발행년도", F_YEAR}, {"출판연도", F_YEAR}, {"연도", F_YEAR},
  {"publication year", F_YEAR},
  {"date", F_DATE}, {"발행일", F_DATE}, {"publication date", F_DATE},
  {"journal", F_JOURNAL}, {"학술지명", F_JOURNAL}, {"학술지", F_JOURNAL}, {"저널", F_JOURNAL},
  {"journal title", F_JOURNAL}, {"source title", F_JOURNAL}, {"publication title", F_JOURNAL},
  {"volume", F_VOLUME}, {"vol", F_VOLUME}, {"권", F_VOLUME},
  {"issue", F_ISSUE}, {"number", F_ISSUE}, {"no", F_ISSUE}, {"호", F_ISSUE},
  {"pages", F_PAGES}, {"page", F_PAGES}, {"페이지", F_PAGES}, {"수록면", F_PAGES}, {"쪽", F_PAGES},
  {"start page", F_PAGE_FIRST}, {"시작페이지", F_PAGE_FIRST}, {"end page", F_PAGE_LAST}, {"끝페이지", F_PAGE_LAST},
  {"doi", F_DOI}, {"issn", F_ISSN}, {"eissn", F_EISSN}, {"e-issn", F_EISSN},
  {"keywords", F_KEYWORDS}, {"keyword", F_KEYWORDS}, {"author keywords", F_KEYWORDS},
  {"키워드", F_KEYWORDS}, {"주제어", F_KEYWORDS},
  {"abstract", F_ABSTRACT}, {"초록", F_ABSTRACT}, {"요약", F_ABSTRACT},
  {"abstract_ko", F_ABSTRACT_KO}, {"국문초록", F_ABSTRACT_KO}, {"국문 초록", F_ABSTRACT_KO},
  {"abstract_foreign", F_ABSTRACT_FOREIGN}, {"영문초록", F_ABSTRACT_FOREIGN}, {"영문 초록", F_ABSTRACT_FOREIGN},
  {"publisher", F_PUBLISHER}, {"발행기관", F_PUBLISHER}, {"출판사", F_PUBLISHER}, {"발행처", F_PUBLISHER},
  {"url", F_URL}, {"link", F_URL}, {"링크", F_URL},
  {"language", F_LANGUAGE}, {"언어", F_LANGUAGE}, {"작성언어", F_LANGUAGE},
};

static char *clean(lit_ctx *c, lit_span in, int lines, int decode);
static char *clean_text(lit_ctx *c, lit_span in){ return clean(c, in, 0, 0); }

static int lit_ascii_ieq(lit_span s, const char *lit){
  size_t n = strlen(lit);
  if( s.n != n ) return 0;
  for( size_t i = 0; i < n; i++ ){
    int a = (unsigned char)s.p[i], b = (unsigned char)lit[i];
    if( a >= 'A' && a <= 'Z' ) a += 32;
    if( a != b ) return 0;
  }
  return 1;
}

lit_field lit_column_field(lit_span name, int riss){
  name = lit_trim(name);
  if( riss ){
    for( size_t i = 0; i < sizeof riss_columns / sizeof riss_columns[0]; i++ )
      if( lit_span_eq(name, riss_columns[i].name) ) return riss_columns[i].field;
    return F_UNKNOWN;
  }
  for( size_t i = 0; i < sizeof csv_columns / sizeof csv_columns[0]; i++ )
    if( lit_ascii_ieq(name, csv_columns[i].name) ) return csv_columns[i].field;
  return F_UNKNOWN;
}

/* The first row of the first sheet that has cells: its cells. */
static int header_cells(const lit_grid *g, const lit_sheet *s, size_t *first, size_t *n){
  if( s->n == 0 ) return 0;
  uint32_t row = g->cell[s->first].row;
  size_t k = 0;
  while( k < s->n && g->cell[s->first + k].row == row ) k++;
  *first = s->first;
  *n = k;
  return 1;
}

int lit_sheet_kind(const lit_grid *g){
  if( g->n_sheet == 0 ) return LIT_SHEET_NONE;
  size_t first, n;
  if( !header_cells(g, &g->sheet[0], &first, &n) ) return LIT_SHEET_NONE;
  int title = 0, author = 0, volissue = 0, journal = 0, pubinfo = 0, degree = 0, known = 0, titled = 0;
  for( size_t i = 0; i < n; i++ ){
    lit_span t = lit_trim(lit_cell_text(g, &g->cell[first + i]));
    if( lit_span_eq(t, "제목") ) title = 1;
    else if( lit_span_eq(t, "저자") ) author = 1;
    else if( lit_span_eq(t, "권호사항") ) volissue = 1;
    else if( lit_span_eq(t, "학술지명") ) journal = 1;
    else if( lit_span_eq(t, "발행사항") ) pubinfo = 1;
    else if( lit_span_eq(t, "학위논문사항") ) degree = 1;
    lit_field f = lit_column_field(t, 0);
    if( f != F_UNKNOWN ) known++;
    if( f == F_TITLE || f == F_TITLE_KO || f == F_TITLE_FOREIGN ) titled = 1;
  }
  if( title && author && pubinfo && degree ) return LIT_SHEET_RISS_THESIS;
  if( title && author && volissue && journal ) return LIT_SHEET_RISS_JOURNAL;
  if( titled && known >= 2 ) return LIT_SHEET_GENERIC;
  return LIT_SHEET_NONE;
}

/* ---- cleaning cells ---------------------------------------------------------- */

/* Length of a space-like character at s (0 when none): ASCII white space,
** U+00A0 (&nbsp;), U+3000, U+200B, U+FEFF. A line feed is reported as -1
** when lines are kept. */
static int space_at(const unsigned char *s, size_t n, int keep_lines){
  if( s[0] == '\n' ) return keep_lines ? -1 : 1;
  if( s[0] == ' ' || s[0] == '\t' || s[0] == '\r' || s[0] == '\v' || s[0] == '\f' ) return 1;
  if( n >= 2 && s[0] == 0xC2 && s[1] == 0xA0 ) return 2;
  if( n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80 ) return 3;
  if( n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x8B ) return 3;
  if( n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF ) return 3;
  return 0;
}

static char *clean(lit_ctx *c, lit_span in, int lines, int decode){
  if( in.n == 0 ) return NULL;
  char *tmp = lit_malloc(c, in.n + 1);
  if( !tmp ) return NULL;
  size_t n;
  if( decode ) n = kt_decode_references(in.p, in.n, tmp, 0);
  else{ memcpy(tmp, in.p, in.n); n = in.n; }
  /* In place: collapse spaces, keep line breaks as paragraph breaks. The
  ** output is never longer than n except for "\n\n" per line break, which
  ** replaces at least one byte: write to a second buffer of 2n. */
  char *out = lit_malloc(c, 2 * n + 1);
  if( !out ){ free(tmp); return NULL; }
  const unsigned char *s = (const unsigned char*)tmp;
  size_t o = 0, i = 0;
  int pending = 0;      /* 1 space, 2 paragraph break waiting for text */
  while( i < n ){
    unsigned char b = s[i];
    /* most bytes: not white space and not the lead of an invisible space */
    if( b > 0x20 && b != 0xC2 && b != 0xE2 && b != 0xE3 && b != 0xEF ){
      if( pending && o > 0 ){
        if( pending == 2 ){ out[o++] = '\n'; out[o++] = '\n'; }
        else out[o++] = ' ';
      }
      pending = 0;
      out[o++] = (char)b;
      i++;
      while( i < n && s[i] > 0x20 && s[i] != 0xC2 && s[i] != 0xE2 && s[i] != 0xE3 && s[i] != 0xEF ) out[o++] = (char)s[i++];
      continue;
    }
    int k = space_at(s + i, n - i, lines);
    if( k == -1 ){ pending = 2; i++; continue; }
    if( k > 0 ){ if( !pending ) pending = 1; i += (size_t)k; continue; }
    if( pending && o > 0 ){
      if( pending == 2 ){ out[o++] = '\n'; out[o++] = '\n'; }
      else out[o++] = ' ';
    }
    pending = 0;
    out[o++] = (char)s[i++];
  }
  free(tmp);
  if( o == 0 ){ free(out); return NULL; }
  out[o] = 0;
  return out;
}

char *lit_clean_cell(lit_ctx *c, lit_span in, int lines){ return clean(c, in, lines, 1); }

/* The length of s[0..n) cut to at most max bytes at a character boundary,
** for quoting a value in a message without breaking its UTF-8. */
static int cut(const char *s, size_t n, size_t max){
  if( n <= max ) return (int)n;
  size_t k = max;
  while( k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80 ) k--;
  return (int)k;
}
#define CUT(s, max) cut((s), strlen(s), (max)), (s)

/* Column letters: A..Z, AA.. */
static void col_name(uint32_t col, char out[8]){
  char t[8];
  int k = 0;
  uint32_t v = col + 1;
  while( v > 0 && k < 7 ){ v--; t[k++] = (char)('A' + v % 26); v /= 26; }
  for( int i = 0; i < k; i++ ) out[i] = t[k - 1 - i];
  out[k] = 0;
}

/* "sheet 'X' row 3 column E (권호사항)" into buf. */
static void where(const lit_grid *g, const lit_sheet *s, int csv, uint32_t row, uint32_t col,
                  lit_span header, char *buf, size_t n){
  char letters[8];
  col_name(col, letters);
  lit_span name = lit_sheet_name(g, s);
  int hl = cut(header.p, header.n, 80);
  if( csv ) snprintf(buf, n, "row %u", row + 1);
  else snprintf(buf, n, "sheet '%.*s' row %u", cut(name.p, name.n, 80), name.p, row + 1);
  if( col != UINT32_MAX ){
    size_t l = strlen(buf);
    snprintf(buf + l, n - l, " column %s", letters);
  }
  if( header.n ){
    size_t l = strlen(buf);
    snprintf(buf + l, n - l, " (%.*s)", hl, header.p);
  }
}

/* ---- values ------------------------------------------------------------------- */

static void set_owned(char **field, char *s){
  if( !s ) return;
  if( *field ){ free(s); return; }
  *field = s;
}

static void set_span(lit_ctx *c, char **field, lit_span s){
  s = lit_trim(s);
  if( s.n ) lit_set(c, field, s);
}

static int hangul_of(lit_span s){ size_t h, l; lit_script_count(s.p, s.n, &h, &l); return h > 0; }
static int latin_only(lit_span s){ size_t h, l; lit_script_count(s.p, s.n, &h, &l); return h == 0 && l > 0; }
static int korean_text(lit_span s){ size_t h, l; lit_script_count(s.p, s.n, &h, &l); return h > 0 && h * 4 >= h + l; }

/* "Korean (English)" at the end of s: splits when the outside has Hangul and
** the inside is Latin only. */
static int paren_split(lit_span s, lit_span *out, lit_span *in){
  s = lit_trim(s);
  if( s.n < 3 || s.p[s.n - 1] != ')' ) return 0;
  size_t depth = 0, i = s.n;
  while( i > 0 ){
    i--;
    if( s.p[i] == ')' ) depth++;
    else if( s.p[i] == '(' && --depth == 0 ) break;
  }
  if( depth != 0 || i == 0 ) return 0;
  *out = lit_trim(lit_span_of(s.p, i));
  *in = lit_trim(lit_span_of(s.p + i + 1, s.n - i - 2));
  return out->n && in->n && hangul_of(*out) && latin_only(*in);
}

static int parse_year(lit_span s, char year[5]){
  s = lit_trim(s);
  if( s.n != 4 ) return 0;
  for( int i = 0; i < 4; i++ ) if( !lit_is_digit(s.p[i]) ) return 0;
  memcpy(year, s.p, 4);
  year[4] = 0;
  return 1;
}

/* "101-118", "77", "pp. 10-25", "e12~e19" */
static int parse_pages(lit_ctx *c, lit_record *r, lit_span s){
  s = lit_trim(s);
  if( lit_span_starts(s, "pp.") ) s = lit_trim(lit_span_of(s.p + 3, s.n - 3));
  else if( lit_span_starts(s, "p.") ) s = lit_trim(lit_span_of(s.p + 2, s.n - 2));
  size_t i = 0;
  while( i < s.n && s.p[i] != '-' && s.p[i] != '~' && (unsigned char)s.p[i] != 0xE2 ) i++;
  lit_span a = lit_trim(lit_span_of(s.p, i)), b = lit_span_of(s.p + s.n, 0);
  if( i < s.n ){
    size_t skip = (unsigned char)s.p[i] == 0xE2 ? 3 : 1;   /* U+2013 en dash */
    if( skip == 3 && !(i + 3 <= s.n && (unsigned char)s.p[i + 1] == 0x80 && (unsigned char)s.p[i + 2] == 0x93) ) return 0;
    b = lit_trim(lit_span_of(s.p + i + skip, s.n - i - skip));
    if( b.n == 0 ) return 0;
  }
  if( a.n == 0 || a.n > 12 || b.n > 12 ) return 0;
  for( size_t k = 0; k < a.n; k++ ) if( !lit_is_digit(a.p[k]) && !((a.p[k] | 0x20) == 'e' && k == 0) ) return 0;
  for( size_t k = 0; k < b.n; k++ ) if( !lit_is_digit(b.p[k]) && !((b.p[k] | 0x20) == 'e' && k == 0) ) return 0;
  set_span(c, &r->page_first, a);
  set_span(c, &r->page_last, b);
  return 1;
}

/* RISS 권호사항: "Vol.33No.2[2021]", "-" for a missing part. */
static int parse_volissue(lit_ctx *c, lit_record *r, lit_span s, char year[5]){
  s = lit_trim(s);
  year[0] = 0;
  if( !lit_span_starts(s, "Vol.") ) return 0;
  const char *no = NULL;
  for( size_t i = 4; i + 3 <= s.n; i++ ) if( memcmp(s.p + i, "No.", 3) == 0 ){ no = s.p + i; break; }
  if( !no ) return 0;
  lit_span vol = lit_trim(lit_span_of(s.p + 4, (size_t)(no - s.p) - 4));
  const char *rest = no + 3, *end = s.p + s.n;
  const char *br = memchr(rest, '[', (size_t)(end - rest));
  lit_span iss = lit_trim(lit_span_of(rest, (size_t)((br ? br : end) - rest)));
  if( br ){
    if( end[-1] != ']' ) return 0;
    lit_span y = lit_trim(lit_span_of(br + 1, (size_t)(end - br - 2)));
    if( !(y.n == 1 && y.p[0] == '-') && !parse_year(y, year) ) return 0;
  }
  if( !(vol.n == 1 && vol.p[0] == '-') ) set_span(c, &r->volume, vol);
  if( !(iss.n == 1 && iss.p[0] == '-') ) set_span(c, &r->issue, iss);
  return 1;
}

static const struct { const char *name; const char *code; } languages[] = {
  {"korean", "ko"}, {"한국어", "ko"}, {"ko", "ko"}, {"kor", "ko"}, {"english", "en"}, {"영어", "en"},
  {"en", "en"}, {"eng", "en"}, {"japanese", "ja"}, {"일본어", "ja"}, {"chinese", "zh"}, {"중국어", "zh"},
  {"german", "de"}, {"독일어", "de"}, {"french", "fr"}, {"프랑스어", "fr"},
};

/* Keywords: RISS joins them with ",", and cut the ";" of character
** references, so a "," right after "&#digits" is that ";", not a separator.
** Other sheets: ";" separates when there is one, else ",". */
static void add_keywords(lit_ctx *c, lit_record *r, lit_span s, int riss){
  char sep = ',';
  if( !riss ){
    for( size_t i = 0; i < s.n; i++ ) if( s.p[i] == ';' ){
      /* a ';' that ends a reference is not a separator */
      size_t j = i;
      while( j > 0 && (lit_is_digit(s.p[j - 1]) || ((s.p[j - 1] | 0x20) >= 'a' && (s.p[j - 1] | 0x20) <= 'z')) ) j--;
      if( j > 0 && s.p[j - 1] == '#' ) j--;
      if( j > 0 && s.p[j - 1] == '&' && j < i ) continue;
      sep = ';';
      break;
    }
  }
  size_t start = 0;
  for( size_t i = 0; i <= s.n; i++ ){
    if( i < s.n && s.p[i] != sep ) continue;
    if( i < s.n && sep == ',' ){
      /* "&#8901," or "&#x22C5,": the lost ';' of a reference */
      size_t j = i;
      while( j > start && ((s.p[j - 1] >= '0' && s.p[j - 1] <= '9') || ((s.p[j - 1] | 0x20) >= 'a' && (s.p[j - 1] | 0x20) <= 'f')) ) j--;
      if( j < i ){
        size_t k = j;
        if( k > start && (s.p[k - 1] | 0x20) == 'x' ) k--;
        if( k >= start + 2 && s.p[k - 1] == '#' && s.p[k - 2] == '&' ){
          int digits = 1;
          if( k == j ) for( size_t t = j; t < i; t++ ) digits &= lit_is_digit(s.p[t]);
          if( digits ) continue;
        }
      }
    }
    lit_span part = lit_span_of(s.p + start, i - start);
    char *tmp = lit_malloc(c, part.n + 1);
    if( tmp ){
      size_t m = kt_decode_references(part.p, part.n, tmp, riss ? ',' : 0);
      char *clean = clean_text(c, lit_span_of(tmp, m));
      free(tmp);
      if( clean ){ lit_add_keyword(c, r, lit_span_of(clean, strlen(clean))); free(clean); }
    }
    start = i + 1;
  }
}

/* RISS 저자: people joined by ",", each "김하늘(Ha-Neul Kim)", "박민지" or
** "Hans Weber". One author per person, with the Hangul and the romanized
** form; family and given come from the name as for every reader. */
static void add_riss_authors(lit_ctx *c, lit_record *r, lit_span s){
  size_t start = 0;
  int depth = 0;
  for( size_t i = 0; i <= s.n; i++ ){
    if( i < s.n ){
      if( s.p[i] == '(' ) depth++;
      else if( s.p[i] == ')' && depth > 0 ) depth--;
      if( s.p[i] != ',' || depth > 0 ) continue;
    }
    lit_span person = lit_trim(lit_span_of(s.p + start, i - start));
    start = i + 1;
    if( person.n == 0 ) continue;
    lit_span ko, latin;
    if( paren_split(person, &ko, &latin) ){
      lit_author *a = lit_add_person(c, r, ko);
      if( a ){ a->name_ko = lit_dup(c, ko.p, ko.n); a->name_latin = lit_dup(c, latin.p, latin.n); }
    }else{
      lit_author *a = lit_add_person(c, r, person);
      if( a && hangul_of(person) ) a->name_ko = lit_dup(c, person.p, person.n);
      else if( a && latin_only(person) ) a->name_latin = lit_dup(c, person.p, person.n);
    }
  }
}

/* Thesis 발행사항: "City : University graduate school, Year". */
static void parse_pubinfo(lit_ctx *c, lit_record *r, lit_span s, char year[5]){
  year[0] = 0;
  const char *colon = NULL;
  for( size_t i = 0; i + 3 <= s.n; i++ ) if( memcmp(s.p + i, " : ", 3) == 0 ){ colon = s.p + i + 3; break; }
  lit_span pub = colon ? lit_span_of(colon, (size_t)(s.p + s.n - colon)) : s;
  size_t k = pub.n;
  while( k > 0 && pub.p[k - 1] != ',' ) k--;
  if( k > 0 && parse_year(lit_span_of(pub.p + k, pub.n - k), year) ) pub.n = k - 1;
  set_span(c, &r->publisher, pub);
}

/* 형태사항: "vi, 210 p. : 삽화 ; 26 cm" -> 210 */
static void parse_extent(lit_ctx *c, lit_record *r, lit_span s){
  for( size_t i = 0; i < s.n; i++ ){
    if( !lit_is_digit(s.p[i]) || (i > 0 && lit_is_digit(s.p[i - 1])) ) continue;
    size_t j = i;
    while( j < s.n && lit_is_digit(s.p[j]) ) j++;
    size_t k = j;
    while( k < s.n && s.p[k] == ' ' ) k++;
    if( k < s.n && (s.p[k] == 'p' || s.p[k] == 'P') && (k + 1 == s.n || !((s.p[k + 1] | 0x20) >= 'a' && (s.p[k + 1] | 0x20) <= 'z')) ){
      set_span(c, &r->page_count, lit_span_of(s.p + i, j - i));
      return;
    }
  }
}

/* ---- rows -> records ---------------------------------------------------------- */

/* Appends "a\n\nb". */
static char *join_paragraphs(lit_ctx *c, const char *a, const char *b){
  if( !a ) return b ? lit_dup(c, b, strlen(b)) : NULL;
  if( !b ) return lit_dup(c, a, strlen(a));
  size_t na = strlen(a), nb = strlen(b);
  char *s = lit_malloc(c, na + nb + 3);
  if( !s ) return NULL;
  memcpy(s, a, na);
  memcpy(s + na, "\n\n", 2);
  memcpy(s + na + 2, b, nb + 1);
  return s;
}

/* Where a cell is, for its problems; the text is made only when one is. */
typedef struct cell_where {
  const lit_grid *g; const lit_sheet *sh; int csv;
  uint32_t row, col; lit_span header;
} cell_where;

#define CELL_PROBLEM(fmt, ...) do{ char at[256]; \
  where(w->g, w->sh, w->csv, w->row, w->col, w->header, at, sizeof at); \
  lit_problem(c, "%s: " fmt, at, __VA_ARGS__); }while(0)

static void put_field(lit_ctx *c, lit_record *r, lit_field f, lit_span raw, const cell_where *w, char year_from[5]){
  int lines = f == F_ABSTRACT || f == F_ABSTRACT_KO || f == F_ABSTRACT_FOREIGN;
  if( f == F_KEYWORDS_RISS || f == F_KEYWORDS ){ add_keywords(c, r, raw, f == F_KEYWORDS_RISS); return; }
  char *v = lit_clean_cell(c, raw, lines);
  if( !v ) return;
  lit_span s = lit_span_of(v, strlen(v));
  char year[5];
  switch( f ){
    case F_TITLE_EQ: {
      const char *eq = strstr(v, " = ");
      if( eq ){
        lit_span ko = lit_trim(lit_span_of(v, (size_t)(eq - v)));
        lit_span fo = lit_trim(lit_span_of(eq + 3, strlen(eq + 3)));
        if( ko.n && fo.n && korean_text(ko) && !korean_text(fo) ){
          set_span(c, &r->title, s);
          set_span(c, &r->title_ko, ko);
          set_span(c, &r->title_foreign, fo);
          break;
        }
      }
      lit_set_title(c, r, s);
      break;
    }
    case F_TITLE: lit_set_title(c, r, s); break;
    case F_TITLE_KO: set_span(c, &r->title_ko, s); if( !r->title ) set_span(c, &r->title, s); break;
    case F_TITLE_FOREIGN: set_span(c, &r->title_foreign, s); break;
    case F_AUTHORS_RISS:
      if( !r->authors ){ r->authors = v; v = NULL; add_riss_authors(c, r, s); }
      break;
    case F_AUTHORS:
      if( !r->authors ) lit_parse_authors(c, r, s);
      break;
    case F_JOURNAL_PAREN: {
      lit_span ko, fo;
      if( paren_split(s, &ko, &fo) ){
        set_span(c, &r->journal, ko);
        set_span(c, &r->journal_ko, ko);
        set_span(c, &r->journal_foreign, fo);
      }else set_span(c, &r->journal, s);
      break;
    }
    case F_JOURNAL: set_span(c, &r->journal, s); break;
    case F_VOLISSUE:
      if( parse_volissue(c, r, s, year) ){ if( year[0] && !year_from[0] ) memcpy(year_from, year, 5); }
      else CELL_PROBLEM("'%.*s' is not a volume and issue (Vol.N No.N [YYYY])", CUT(v, 60));
      break;
    case F_YEAR:
      if( parse_year(s, year) ) set_span(c, &r->year, lit_span_of(year, 4));
      else CELL_PROBLEM("'%.*s' is not a year", CUT(v, 60));
      break;
    case F_DATE: {
      char iso[11];
      if( lit_parse_date(s, iso, year) ){
        if( iso[0] ) set_span(c, &r->date, lit_span_of(iso, 10));
        if( !year_from[0] ) memcpy(year_from, year, 5);
      }else if( parse_year(s, year) ){
        if( !year_from[0] ) memcpy(year_from, year, 5);
      }else CELL_PROBLEM("'%.*s' is not a date", CUT(v, 60));
      break;
    }
    case F_LANGUAGE: {
      const char *code = NULL;
      for( size_t i = 0; i < sizeof languages / sizeof languages[0] && !code; i++ )
        if( lit_ascii_ieq(s, languages[i].name) ) code = languages[i].code;
      if( code ) set_span(c, &r->language, lit_span_of(code, strlen(code)));
      else CELL_PROBLEM("language '%.*s' not known, not read", CUT(v, 40));
      break;
    }
    case F_URL: set_span(c, &r->url, s); break;
    case F_PAGES:
      if( !parse_pages(c, r, s) ) CELL_PROBLEM("'%.*s' is not a page range", CUT(v, 60));
      break;
    case F_PAGE_FIRST: set_span(c, &r->page_first, s); break;
    case F_PAGE_LAST: set_span(c, &r->page_last, s); break;
    case F_VOLUME: set_span(c, &r->volume, s); break;
    case F_ISSUE: set_span(c, &r->issue, s); break;
    case F_ABSTRACT_KO: set_owned(&r->abstract_ko, v); v = NULL; break;
    case F_ABSTRACT_FOREIGN: set_owned(&r->abstract_foreign, v); v = NULL; break;
    case F_ABSTRACT: set_owned(&r->abstract, v); v = NULL; break;
    case F_PUBLISHER: set_span(c, &r->publisher, s); break;
    case F_PUBINFO:
      parse_pubinfo(c, r, s, year);
      if( year[0] && !year_from[0] ) memcpy(year_from, year, 5);
      break;
    case F_EXTENT: parse_extent(c, r, s); break;
    case F_SOURCE_ID: set_span(c, &r->source_id, s); break;
    case F_DOI: {
      static const char *const prefixes[] = { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                                              "http://dx.doi.org/", "doi:", "DOI:", "DOI " };
      for( size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++ )
        if( lit_span_starts(s, prefixes[i]) ){ s = lit_trim(lit_span_of(s.p + strlen(prefixes[i]), s.n - strlen(prefixes[i]))); break; }
      if( lit_span_starts(s, "10.") ) set_span(c, &r->doi, s);
      else CELL_PROBLEM("'%.*s' is not a DOI", CUT(v, 60));
      break;
    }
    case F_ISSN: set_span(c, &r->issn, s); break;
    case F_EISSN: set_span(c, &r->eissn, s); break;
    case F_KEYWORDS: case F_KEYWORDS_RISS: case F_SKIP: case F_UNKNOWN: case F_NONE: case F_COUNT: break;
  }
  free(v);
}

void lit_read_sheets(lit_ctx *c, const lit_grid *g, int riss, int csv){
  for( int si = 0; si < g->n_sheet && !c->oom; si++ ){
    const lit_sheet *sh = &g->sheet[si];
    size_t hfirst, hn;
    if( !header_cells(g, sh, &hfirst, &hn) ) continue;
    if( si > 0 && lit_sheet_kind(&(lit_grid){ .pool = g->pool, .cell = g->cell, .sheet = (lit_sheet*)sh, .n_sheet = 1 }) == LIT_SHEET_NONE ){
      lit_span name = lit_sheet_name(g, sh);
      lit_problem(c, "sheet '%.*s': no header of bibliographic columns in its first row, not read",
                  cut(name.p, name.n, 80), name.p);
      continue;
    }
    uint32_t hrow = g->cell[hfirst].row;
    uint32_t ncol = g->cell[hfirst + hn - 1].col + 1;
    lit_field *fields = lit_malloc(c, ncol * sizeof *fields);
    size_t *hidx = lit_malloc(c, ncol * sizeof *hidx);
    if( !fields || !hidx ){ free(fields); free(hidx); return; }
    for( uint32_t k = 0; k < ncol; k++ ){ fields[k] = F_NONE; hidx[k] = (size_t)-1; }
    unsigned char taken[F_COUNT];
    memset(taken, 0, sizeof taken);
    for( size_t i = 0; i < hn; i++ ){
      const lit_cell *x = &g->cell[hfirst + i];
      lit_span name = lit_trim(lit_cell_text(g, x));
      fields[x->col] = lit_column_field(name, riss);
      hidx[x->col] = hfirst + i;
      if( fields[x->col] == F_UNKNOWN ){
        char at[256];
        where(g, sh, csv, x->row, x->col, lit_span_of(NULL, 0), at, sizeof at);
        lit_problem(c, "%s: column '%.*s' is not a bibliographic column kolit knows, not read", at,
                    cut(name.p, name.n, 80), name.p);
      }else if( fields[x->col] != F_SKIP && fields[x->col] != F_KEYWORDS && fields[x->col] != F_KEYWORDS_RISS ){
        /* a second column for a field that holds one value: not read */
        if( taken[fields[x->col]] ){
          char at[256];
          where(g, sh, csv, x->row, x->col, lit_span_of(NULL, 0), at, sizeof at);
          lit_problem(c, "%s: column '%.*s' holds the same field as an earlier column, not read", at,
                      cut(name.p, name.n, 80), name.p);
          fields[x->col] = F_SKIP;
        }else taken[fields[x->col]] = 1;
      }
    }
    int thesis = riss && lit_sheet_kind(&(lit_grid){ .pool = g->pool, .cell = g->cell, .sheet = (lit_sheet*)sh, .n_sheet = 1 }) == LIT_SHEET_RISS_THESIS;
    int orphan_reported = 0;
    size_t i = hfirst + hn, end = sh->first + sh->n;
    while( i < end && !c->oom ){
      uint32_t row = g->cell[i].row;
      size_t j = i;
      while( j < end && g->cell[j].row == row ) j++;
      /* the row's cells are [i, j) */
      lit_record *r = lit_new_record(c);
      if( !r ) break;
      char year_from[5] = "";
      int placed = 0;
      for( size_t k = i; k < j; k++ ){
        const lit_cell *x = &g->cell[k];
        if( x->row == hrow ) continue;
        if( x->col >= ncol || fields[x->col] == F_NONE ){
          if( !orphan_reported ){
            char at[256];
            where(g, sh, csv, x->row, x->col, lit_span_of(NULL, 0), at, sizeof at);
            lit_problem(c, "%s: a value under no header, not read", at);
            orphan_reported = 1;
          }
          continue;
        }
        cell_where w = { g, sh, csv, x->row, x->col, lit_trim(lit_cell_text(g, &g->cell[hidx[x->col]])) };
        put_field(c, r, fields[x->col], lit_cell_text(g, x), &w, year_from);
        if( fields[x->col] != F_SKIP && fields[x->col] != F_UNKNOWN ) placed++;
      }
      if( placed == 0 ){
        /* values only in columns that are not read: no record */
        char at[256];
        where(g, sh, csv, row, UINT32_MAX, lit_span_of(NULL, 0), at, sizeof at);
        lit_problem(c, "%s: no value in a column kolit reads, no record", at);
        lit_record_clear(r);
        c->doc->n_rec--;
        i = j;
        continue;
      }
      if( !r->year && year_from[0] ) r->year = lit_dup(c, year_from, 4);
      if( !r->abstract && (r->abstract_ko || r->abstract_foreign) ){
        r->abstract = join_paragraphs(c, r->abstract_ko, r->abstract_foreign);
      }
      if( !r->language && r->abstract ){
        const char *l = lit_language(r->abstract, strlen(r->abstract));
        if( l ) r->language = lit_dup(c, l, strlen(l));
      }
      if( riss ){
        const char *t = thesis ? "thesis" : "article-journal";
        r->type = lit_dup(c, t, strlen(t));
      }
      if( !r->title ){
        char at[256];
        where(g, sh, csv, row, UINT32_MAX, lit_span_of(NULL, 0), at, sizeof at);
        lit_problem(c, "%s: no title", at);
      }
      i = j;
    }
    free(fields);
    free(hidx);
  }
}

/* ---- documents ----------------------------------------------------------------- */

int lit_document_grid(lit_ctx *c, const char *text, size_t len, lit_grid *g, int *xls){
  memset(g, 0, sizeof *g);
  *xls = lit_xls_signature((const unsigned char*)text, len);
  if( *xls ){
    if( lit_xls_read(c, (const unsigned char*)text, len, g, 0) ){
      if( !c->oom ) lit_problem(c, "%s", g->err);
      return -1;
    }
    return 0;
  }
  /* CSV is text: the text layer gives UTF-8; raw bytes handed to this
  ** reader directly must be too */
  size_t valid = kt_utf8_valid_prefix((const unsigned char*)text, len);
  if( valid != len ){ lit_problem(c, "not a sheet: invalid UTF-8 at byte %zu", valid); return -1; }
  char d = lit_csv_delimiter(text, len);
  if( !d ){ lit_problem(c, "not a sheet: no ',', ';' or tab in the first line"); return -1; }
  uint32_t open_row = 0;
  if( lit_csv_read(c, text, len, d, g, 0, &open_row) ) return -1;
  if( open_row ) lit_problem(c, "row %u: a quoted field is not closed before the end of the file: the file is read up to that row", open_row);
  return 0;
}

int lit_document_sheet_kind(const char *text, size_t len, int binary){
  if( binary && !lit_xls_signature((const unsigned char*)text, len) ) return LIT_SHEET_NONE;
  lit_document doc;
  lit_ctx ctx;
  memset(&doc, 0, sizeof doc);
  memset(&ctx, 0, sizeof ctx);
  ctx.doc = &doc;
  lit_grid g;
  memset(&g, 0, sizeof g);
  int kind = LIT_SHEET_NONE;
  if( lit_xls_signature((const unsigned char*)text, len) ){
    if( lit_xls_read(&ctx, (const unsigned char*)text, len, &g, 1) == 0 ) kind = lit_sheet_kind(&g);
  }else if( text ){
    size_t head = lit_detect_head(text, len);
    const char *nl = memchr(text, '\n', head);
    size_t first = nl ? (size_t)(nl - text) : head;
    char d = kt_utf8_valid_prefix((const unsigned char*)text, first) == first ? lit_csv_delimiter(text, first) : 0;
    uint32_t open_row;
    /* the header row: short cells only, no quoted line ends */
    if( d && first <= 4096 && lit_csv_read(&ctx, text, first, d, &g, 1, &open_row) == 0 && !open_row ){
      int ok = 1;
      for( size_t i = 0; i < g.n_cell && ok; i++ ) ok = g.cell[i].len <= 64;
      if( ok ) kind = lit_sheet_kind(&g);
    }
  }
  lit_grid_free(&g);
  free(ctx.err);
  return ctx.oom ? -1 : kind;
}

const char *lit_binary_reason(const unsigned char *b, size_t n, char *buf, size_t size){
  if( !lit_xls_signature(b, n) ) return NULL;
  lit_document doc;
  lit_ctx ctx;
  memset(&doc, 0, sizeof doc);
  memset(&ctx, 0, sizeof ctx);
  ctx.doc = &doc;
  lit_grid g;
  memset(&g, 0, sizeof g);
  int rc = lit_xls_read(&ctx, b, n, &g, 1);
  if( rc == 0 ) snprintf(buf, size, "a workbook whose first sheet has no header of bibliographic columns in its first row");
  else if( ctx.oom ) snprintf(buf, size, "out of memory");
  else snprintf(buf, size, "%s", g.err);
  lit_grid_free(&g);
  free(ctx.err);
  return buf;
}
