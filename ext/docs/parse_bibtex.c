/*
** BibTeX citation files -> one record per entry.
**
**   @string{kdj = {한국지역개발학회지}}
**   @article{ART002345678,
**   title={독일의 지역산업 클러스터정책},
**   author={김민수 and 이지은},
**   journal=kdj # { 제31권},  year={2019}, volume={31}, number={2},
**   pages={101--120}, issn={1229-3431}, doi={10.1234/kdj.2019.31.2.101}
**   }
**
** What it reads: entries with {braces} or (parentheses); braced, quoted,
** numeric and macro values joined by "#"; @string macros (and the month
** macros jan..dec); @comment and @preamble are skipped, text between entries
** is a comment (BibTeX's rule). Values are turned from LaTeX into Unicode:
** protecting braces go, accents ({\"a}, \'{e}, \c{c}, \v{s}, \u{g}, \H{o}, and
** math \ddot{a}, \acute{e}) and letters (\ss, \o, \ae, \l, \i) become the
** letter, escaped specials (\& \% \$ \# \_ \{ \} \textbackslash ...) the
** character, "--" an en dash and "---" an em dash, \par a paragraph break
** (an abstract's Korean and English paragraphs give abstract_ko and
** abstract_foreign); a command kolit does not
** know stays as written. Authors are split at "and" outside braces; a name
** wrapped whole in braces ({World Health Organization}) is one literal name,
** a Hangul name one name (name_ko). KCI's blocks (key = the ART id, one
** field per line, the same key twice: English, then Korean) give one record
** per entry: issue 12 merges them. The key is source_id.
**
** Errors name the entry (ordinal, key, line): a syntax error keeps the
** fields read so far (partial = 1) and resumes at the next line starting
** with "@"; an unclosed brace stops at such a line too. Fields without a
** column are named once ("fields not read: note, address").
**
** Why not Debian's libbtparse (the design's choice, measured 2026-12 on
** bookworm's libbtparse2 0.89): it keeps UTF-8 Hangul and duplicate keys and
** parses 69-70 MB/s of bench/citations.sh's BibTeX (this reader: 117-125
** MB/s in the same run, fields read and LaTeX decoded), but (1) its lexer
** and its macro table are process-wide static state: its manual says two
** files cannot be parsed interleaved ("will result in a fatal error that
** will crash your program"), and kolit's
** readers run in several connections and threads at once (tests/host/
** test_threads.c); macros of one document would leak into the next; (2) it
** reads a FILE*, not the decoded text in memory; (3) after a syntax error it
** lost the entry that followed (an unclosed brace in entry 3 dropped entry 4
** without a word) and it prints errors on stderr; (4) it does not turn LaTeX
** into Unicode (bt_get_text returns {\"a} as written). This parser is one
** pass over the text with no global state.
*/
#include "docs/docs_internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>

/* Precomposed letters of the LaTeX accents (accent, base, UTF-8). */
typedef struct bib_accent { char accent, base; const char *utf8; } bib_accent;
static const bib_accent bib_accents[] = {
  {'\"','A',"\xC3\x84"}, {'\"','E',"\xC3\x8B"}, {'\"','H',"\xE1\xB8\xA6"}, {'\"','I',"\xC3\x8F"},
  {'\"','O',"\xC3\x96"}, {'\"','U',"\xC3\x9C"}, {'\"','W',"\xE1\xBA\x84"},
  {'\"','X',"\xE1\xBA\x8C"}, {'\"','Y',"\xC5\xB8"}, {'\"','a',"\xC3\xA4"}, {'\"','e',"\xC3\xAB"},
  {'\"','h',"\xE1\xB8\xA7"}, {'\"','i',"\xC3\xAF"}, {'\"','o',"\xC3\xB6"},
  {'\"','t',"\xE1\xBA\x97"}, {'\"','u',"\xC3\xBC"}, {'\"','w',"\xE1\xBA\x85"},
  {'\"','x',"\xE1\xBA\x8D"}, {'\"','y',"\xC3\xBF"}, {'\'','A',"\xC3\x81"}, {'\'','C',"\xC4\x86"},
  {'\'','E',"\xC3\x89"}, {'\'','G',"\xC7\xB4"}, {'\'','I',"\xC3\x8D"}, {'\'','K',"\xE1\xB8\xB0"},
  {'\'','L',"\xC4\xB9"}, {'\'','M',"\xE1\xB8\xBE"}, {'\'','N',"\xC5\x83"}, {'\'','O',"\xC3\x93"},
  {'\'','P',"\xE1\xB9\x94"}, {'\'','R',"\xC5\x94"}, {'\'','S',"\xC5\x9A"}, {'\'','U',"\xC3\x9A"},
  {'\'','W',"\xE1\xBA\x82"}, {'\'','Y',"\xC3\x9D"}, {'\'','Z',"\xC5\xB9"}, {'\'','a',"\xC3\xA1"},
  {'\'','c',"\xC4\x87"}, {'\'','e',"\xC3\xA9"}, {'\'','g',"\xC7\xB5"}, {'\'','i',"\xC3\xAD"},
  {'\'','k',"\xE1\xB8\xB1"}, {'\'','l',"\xC4\xBA"}, {'\'','m',"\xE1\xB8\xBF"},
  {'\'','n',"\xC5\x84"}, {'\'','o',"\xC3\xB3"}, {'\'','p',"\xE1\xB9\x95"}, {'\'','r',"\xC5\x95"},
  {'\'','s',"\xC5\x9B"}, {'\'','u',"\xC3\xBA"}, {'\'','w',"\xE1\xBA\x83"}, {'\'','y',"\xC3\xBD"},
  {'\'','z',"\xC5\xBA"}, {'`','A',"\xC3\x80"}, {'`','E',"\xC3\x88"}, {'`','I',"\xC3\x8C"},
  {'`','N',"\xC7\xB8"}, {'`','O',"\xC3\x92"}, {'`','U',"\xC3\x99"}, {'`','W',"\xE1\xBA\x80"},
  {'`','Y',"\xE1\xBB\xB2"}, {'`','a',"\xC3\xA0"}, {'`','e',"\xC3\xA8"}, {'`','i',"\xC3\xAC"},
  {'`','n',"\xC7\xB9"}, {'`','o',"\xC3\xB2"}, {'`','u',"\xC3\xB9"}, {'`','w',"\xE1\xBA\x81"},
  {'`','y',"\xE1\xBB\xB3"}, {'^','A',"\xC3\x82"}, {'^','C',"\xC4\x88"}, {'^','E',"\xC3\x8A"},
  {'^','G',"\xC4\x9C"}, {'^','H',"\xC4\xA4"}, {'^','I',"\xC3\x8E"}, {'^','J',"\xC4\xB4"},
  {'^','O',"\xC3\x94"}, {'^','S',"\xC5\x9C"}, {'^','U',"\xC3\x9B"}, {'^','W',"\xC5\xB4"},
  {'^','Y',"\xC5\xB6"}, {'^','Z',"\xE1\xBA\x90"}, {'^','a',"\xC3\xA2"}, {'^','c',"\xC4\x89"},
  {'^','e',"\xC3\xAA"}, {'^','g',"\xC4\x9D"}, {'^','h',"\xC4\xA5"}, {'^','i',"\xC3\xAE"},
  {'^','j',"\xC4\xB5"}, {'^','o',"\xC3\xB4"}, {'^','s',"\xC5\x9D"}, {'^','u',"\xC3\xBB"},
  {'^','w',"\xC5\xB5"}, {'^','y',"\xC5\xB7"}, {'^','z',"\xE1\xBA\x91"}, {'~','A',"\xC3\x83"},
  {'~','E',"\xE1\xBA\xBC"}, {'~','I',"\xC4\xA8"}, {'~','N',"\xC3\x91"}, {'~','O',"\xC3\x95"},
  {'~','U',"\xC5\xA8"}, {'~','V',"\xE1\xB9\xBC"}, {'~','Y',"\xE1\xBB\xB8"}, {'~','a',"\xC3\xA3"},
  {'~','e',"\xE1\xBA\xBD"}, {'~','i',"\xC4\xA9"}, {'~','n',"\xC3\xB1"}, {'~','o',"\xC3\xB5"},
  {'~','u',"\xC5\xA9"}, {'~','v',"\xE1\xB9\xBD"}, {'~','y',"\xE1\xBB\xB9"}, {'=','A',"\xC4\x80"},
  {'=','E',"\xC4\x92"}, {'=','G',"\xE1\xB8\xA0"}, {'=','I',"\xC4\xAA"}, {'=','O',"\xC5\x8C"},
  {'=','U',"\xC5\xAA"}, {'=','Y',"\xC8\xB2"}, {'=','a',"\xC4\x81"}, {'=','e',"\xC4\x93"},
  {'=','g',"\xE1\xB8\xA1"}, {'=','i',"\xC4\xAB"}, {'=','o',"\xC5\x8D"}, {'=','u',"\xC5\xAB"},
  {'=','y',"\xC8\xB3"}, {'.','A',"\xC8\xA6"}, {'.','B',"\xE1\xB8\x82"}, {'.','C',"\xC4\x8A"},
  {'.','D',"\xE1\xB8\x8A"}, {'.','E',"\xC4\x96"}, {'.','F',"\xE1\xB8\x9E"}, {'.','G',"\xC4\xA0"},
  {'.','H',"\xE1\xB8\xA2"}, {'.','I',"\xC4\xB0"}, {'.','M',"\xE1\xB9\x80"},
  {'.','N',"\xE1\xB9\x84"}, {'.','O',"\xC8\xAE"}, {'.','P',"\xE1\xB9\x96"},
  {'.','R',"\xE1\xB9\x98"}, {'.','S',"\xE1\xB9\xA0"}, {'.','T',"\xE1\xB9\xAA"},
  {'.','W',"\xE1\xBA\x86"}, {'.','X',"\xE1\xBA\x8A"}, {'.','Y',"\xE1\xBA\x8E"},
  {'.','Z',"\xC5\xBB"}, {'.','a',"\xC8\xA7"}, {'.','b',"\xE1\xB8\x83"}, {'.','c',"\xC4\x8B"},
  {'.','d',"\xE1\xB8\x8B"}, {'.','e',"\xC4\x97"}, {'.','f',"\xE1\xB8\x9F"}, {'.','g',"\xC4\xA1"},
  {'.','h',"\xE1\xB8\xA3"}, {'.','m',"\xE1\xB9\x81"}, {'.','n',"\xE1\xB9\x85"},
  {'.','o',"\xC8\xAF"}, {'.','p',"\xE1\xB9\x97"}, {'.','r',"\xE1\xB9\x99"},
  {'.','s',"\xE1\xB9\xA1"}, {'.','t',"\xE1\xB9\xAB"}, {'.','w',"\xE1\xBA\x87"},
  {'.','x',"\xE1\xBA\x8B"}, {'.','y',"\xE1\xBA\x8F"}, {'.','z',"\xC5\xBC"}, {'u','A',"\xC4\x82"},
  {'u','E',"\xC4\x94"}, {'u','G',"\xC4\x9E"}, {'u','I',"\xC4\xAC"}, {'u','O',"\xC5\x8E"},
  {'u','U',"\xC5\xAC"}, {'u','a',"\xC4\x83"}, {'u','e',"\xC4\x95"}, {'u','g',"\xC4\x9F"},
  {'u','i',"\xC4\xAD"}, {'u','o',"\xC5\x8F"}, {'u','u',"\xC5\xAD"}, {'v','A',"\xC7\x8D"},
  {'v','C',"\xC4\x8C"}, {'v','D',"\xC4\x8E"}, {'v','E',"\xC4\x9A"}, {'v','G',"\xC7\xA6"},
  {'v','H',"\xC8\x9E"}, {'v','I',"\xC7\x8F"}, {'v','K',"\xC7\xA8"}, {'v','L',"\xC4\xBD"},
  {'v','N',"\xC5\x87"}, {'v','O',"\xC7\x91"}, {'v','R',"\xC5\x98"}, {'v','S',"\xC5\xA0"},
  {'v','T',"\xC5\xA4"}, {'v','U',"\xC7\x93"}, {'v','Z',"\xC5\xBD"}, {'v','a',"\xC7\x8E"},
  {'v','c',"\xC4\x8D"}, {'v','d',"\xC4\x8F"}, {'v','e',"\xC4\x9B"}, {'v','g',"\xC7\xA7"},
  {'v','h',"\xC8\x9F"}, {'v','i',"\xC7\x90"}, {'v','j',"\xC7\xB0"}, {'v','k',"\xC7\xA9"},
  {'v','l',"\xC4\xBE"}, {'v','n',"\xC5\x88"}, {'v','o',"\xC7\x92"}, {'v','r',"\xC5\x99"},
  {'v','s',"\xC5\xA1"}, {'v','t',"\xC5\xA5"}, {'v','u',"\xC7\x94"}, {'v','z',"\xC5\xBE"},
  {'H','O',"\xC5\x90"}, {'H','U',"\xC5\xB0"}, {'H','o',"\xC5\x91"}, {'H','u',"\xC5\xB1"},
  {'c','C',"\xC3\x87"}, {'c','D',"\xE1\xB8\x90"}, {'c','E',"\xC8\xA8"}, {'c','G',"\xC4\xA2"},
  {'c','H',"\xE1\xB8\xA8"}, {'c','K',"\xC4\xB6"}, {'c','L',"\xC4\xBB"}, {'c','N',"\xC5\x85"},
  {'c','R',"\xC5\x96"}, {'c','S',"\xC5\x9E"}, {'c','T',"\xC5\xA2"}, {'c','c',"\xC3\xA7"},
  {'c','d',"\xE1\xB8\x91"}, {'c','e',"\xC8\xA9"}, {'c','g',"\xC4\xA3"}, {'c','h',"\xE1\xB8\xA9"},
  {'c','k',"\xC4\xB7"}, {'c','l',"\xC4\xBC"}, {'c','n',"\xC5\x86"}, {'c','r',"\xC5\x97"},
  {'c','s',"\xC5\x9F"}, {'c','t',"\xC5\xA3"}, {'k','A',"\xC4\x84"}, {'k','E',"\xC4\x98"},
  {'k','I',"\xC4\xAE"}, {'k','O',"\xC7\xAA"}, {'k','U',"\xC5\xB2"}, {'k','a',"\xC4\x85"},
  {'k','e',"\xC4\x99"}, {'k','i',"\xC4\xAF"}, {'k','o',"\xC7\xAB"}, {'k','u',"\xC5\xB3"},
  {'r','A',"\xC3\x85"}, {'r','U',"\xC5\xAE"}, {'r','a',"\xC3\xA5"}, {'r','u',"\xC5\xAF"},
  {'r','w',"\xE1\xBA\x98"}, {'r','y',"\xE1\xBA\x99"}, {'d','A',"\xE1\xBA\xA0"},
  {'d','B',"\xE1\xB8\x84"}, {'d','D',"\xE1\xB8\x8C"}, {'d','E',"\xE1\xBA\xB8"},
  {'d','H',"\xE1\xB8\xA4"}, {'d','I',"\xE1\xBB\x8A"}, {'d','K',"\xE1\xB8\xB2"},
  {'d','L',"\xE1\xB8\xB6"}, {'d','M',"\xE1\xB9\x82"}, {'d','N',"\xE1\xB9\x86"},
  {'d','O',"\xE1\xBB\x8C"}, {'d','R',"\xE1\xB9\x9A"}, {'d','S',"\xE1\xB9\xA2"},
  {'d','T',"\xE1\xB9\xAC"}, {'d','U',"\xE1\xBB\xA4"}, {'d','V',"\xE1\xB9\xBE"},
  {'d','W',"\xE1\xBA\x88"}, {'d','Y',"\xE1\xBB\xB4"}, {'d','Z',"\xE1\xBA\x92"},
  {'d','a',"\xE1\xBA\xA1"}, {'d','b',"\xE1\xB8\x85"}, {'d','d',"\xE1\xB8\x8D"},
  {'d','e',"\xE1\xBA\xB9"}, {'d','h',"\xE1\xB8\xA5"}, {'d','i',"\xE1\xBB\x8B"},
  {'d','k',"\xE1\xB8\xB3"}, {'d','l',"\xE1\xB8\xB7"}, {'d','m',"\xE1\xB9\x83"},
  {'d','n',"\xE1\xB9\x87"}, {'d','o',"\xE1\xBB\x8D"}, {'d','r',"\xE1\xB9\x9B"},
  {'d','s',"\xE1\xB9\xA3"}, {'d','t',"\xE1\xB9\xAD"}, {'d','u',"\xE1\xBB\xA5"},
  {'d','v',"\xE1\xB9\xBF"}, {'d','w',"\xE1\xBA\x89"}, {'d','y',"\xE1\xBB\xB5"},
  {'d','z',"\xE1\xBA\x93"},
};
#define BIB_N_ACCENTS (sizeof bib_accents / sizeof bib_accents[0])

/* Commands that are one character or word, and the accents by name. */
static const struct { const char *name, *utf8; } bib_words[] = {
  { "ss", "\xC3\x9F" }, { "o", "\xC3\xB8" }, { "O", "\xC3\x98" }, { "ae", "\xC3\xA6" },
  { "AE", "\xC3\x86" }, { "oe", "\xC5\x93" }, { "OE", "\xC5\x92" }, { "aa", "\xC3\xA5" },
  { "AA", "\xC3\x85" }, { "l", "\xC5\x82" }, { "L", "\xC5\x81" }, { "i", "\xC4\xB1" },
  { "j", "\xC8\xB7" }, { "textbackslash", "\\" }, { "textasciitilde", "~" },
  { "textasciicircum", "^" }, { "textendash", "\xE2\x80\x93" }, { "textemdash", "\xE2\x80\x94" },
  { "ldots", "\xE2\x80\xA6" }, { "dots", "\xE2\x80\xA6" }, { "textquoteleft", "\xE2\x80\x98" },
  { "textquoteright", "\xE2\x80\x99" }, { "textquotedblleft", "\xE2\x80\x9C" },
  { "textquotedblright", "\xE2\x80\x9D" }, { "textbar", "|" }, { "textless", "<" },
  { "textgreater", ">" }, { "textunderscore", "_" }, { "S", "\xC2\xA7" }, { "P", "\xC2\xB6" },
  { "copyright", "\xC2\xA9" }, { "pounds", "\xC2\xA3" }, { "par", "\n\n" },
};
static const struct { const char *name; char accent; } bib_named_accents[] = {
  { "c", 'c' }, { "v", 'v' }, { "u", 'u' }, { "H", 'H' }, { "k", 'k' }, { "r", 'r' }, { "d", 'd' },
  { "ddot", '"' }, { "acute", '\'' }, { "grave", '`' }, { "hat", '^' }, { "tilde", '~' },
  { "bar", '=' }, { "dot", '.' }, { "breve", 'u' }, { "check", 'v' },
};

/* ---- the output buffer ---------------------------------------------------- */

typedef struct bib_buf { char *p; size_t n, cap; } bib_buf;

static void buf_add(lit_ctx *c, bib_buf *b, const char *p, size_t n){
  if( b->n + n + 1 > b->cap ){
    size_t cap = b->cap ? b->cap : 256;
    while( cap < b->n + n + 1 ) cap *= 2;
    char *q = lit_realloc(c, b->p, cap);
    if( !q ) return;
    b->p = q;
    b->cap = cap;
  }
  memcpy(b->p + b->n, p, n);
  b->n += n;
  b->p[b->n] = 0;
}

/* ---- LaTeX -> Unicode --------------------------------------------------------- */

static int bib_alpha(char ch){ return (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z'; }
static int bib_space(char ch){ return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r'; }

/* The argument of an accent at s[*i]: "{x}", "{\i}", "x"; writes the letter
** (or the UTF-8 character) and advances. Returns its byte length, 0 if none. */
static size_t bib_accent_arg(const char *s, size_t n, size_t *i, const char **arg){
  size_t j = *i;
  while( j < n && s[j] == ' ' ) j++;
  int braced = j < n && s[j] == '{';
  if( braced ) j++;
  while( braced && j < n && s[j] == ' ' ) j++;
  if( j >= n ) return 0;
  size_t len;
  if( s[j] == '\\' && j + 1 < n && (s[j + 1] == 'i' || s[j + 1] == 'j') && (j + 2 >= n || !bib_alpha(s[j + 2])) ){
    *arg = s[j + 1] == 'i' ? "i" : "j";
    len = 1;
    j += 2;
  }else if( (unsigned char)s[j] >= 0x80 ){
    len = 1;
    while( j + len < n && ((unsigned char)s[j + len] & 0xC0) == 0x80 ) len++;
    *arg = s + j;
    j += len;
  }else if( s[j] == '{' || s[j] == '}' || s[j] == '\\' ){
    return 0;
  }else{
    *arg = s + j;
    len = 1;
    j++;
  }
  if( braced ){
    while( j < n && s[j] == ' ' ) j++;
    if( j >= n || s[j] != '}' ) return 0;
    j++;
  }
  *i = j;
  return len;
}

static void bib_put_accent(lit_ctx *c, bib_buf *out, char accent, const char *arg, size_t len){
  if( len == 1 ){
    for( size_t k = 0; k < BIB_N_ACCENTS; k++ ){
      if( bib_accents[k].accent == accent && bib_accents[k].base == arg[0] ){
        buf_add(c, out, bib_accents[k].utf8, strlen(bib_accents[k].utf8));
        return;
      }
    }
  }
  buf_add(c, out, arg, len);   /* no such letter: the base letter, the accent is lost only here */
}

/* Appends the Unicode text of LaTeX s[0..n) to out; white space runs become
** one space. */
static void bib_latex(lit_ctx *c, bib_buf *out, const char *s, size_t n){
  size_t i = 0;
  int space = 0;
  while( i < n ){
    char ch = s[i];
    if( bib_space(ch) || ch == '~' ){ space = 1; i++; continue; }
    if( ch == '{' || ch == '}' ){ i++; continue; }
    if( space ){ if( out->n && out->p[out->n - 1] != '\n' ) buf_add(c, out, " ", 1); space = 0; }
    if( ch == '-' && i + 1 < n && s[i + 1] == '-' ){
      if( i + 2 < n && s[i + 2] == '-' ){ buf_add(c, out, "\xE2\x80\x94", 3); i += 3; }
      else{ buf_add(c, out, "\xE2\x80\x93", 3); i += 2; }
      continue;
    }
    if( ch != '\\' || i + 1 >= n ){ buf_add(c, out, s + i, 1); i++; continue; }
    char nx = s[i + 1];
    if( strchr("\"'`^~=.", nx) ){
      size_t j = i + 2;
      const char *arg;
      size_t len = bib_accent_arg(s, n, &j, &arg);
      if( len ){ bib_put_accent(c, out, nx, arg, len); i = j; continue; }
      buf_add(c, out, s + i + 1, 1);   /* "\^" alone: the character */
      i += 2;
      continue;
    }
    if( !bib_alpha(nx) ){
      /* \& \% \$ \# \_ \{ \} and "\ ": the character; \\ a space; \- nothing */
      if( nx == '\\' ) space = 1;
      else if( nx != '-' ) buf_add(c, out, s + i + 1, 1);
      i += 2;
      continue;
    }
    size_t j = i + 1;
    while( j < n && bib_alpha(s[j]) ) j++;
    const char *name = s + i + 1;
    size_t nn = j - i - 1;
    int done = 0;
    for( size_t k = 0; k < sizeof bib_named_accents / sizeof bib_named_accents[0] && !done; k++ ){
      if( strlen(bib_named_accents[k].name) == nn && memcmp(bib_named_accents[k].name, name, nn) == 0 ){
        size_t j2 = j;
        const char *arg;
        size_t len = bib_accent_arg(s, n, &j2, &arg);
        if( len ){ bib_put_accent(c, out, bib_named_accents[k].accent, arg, len); i = j2; done = 1; }
      }
    }
    for( size_t k = 0; k < sizeof bib_words / sizeof bib_words[0] && !done; k++ ){
      if( strlen(bib_words[k].name) == nn && memcmp(bib_words[k].name, name, nn) == 0 ){
        if( bib_words[k].utf8[0] == '\n' ){   /* \par: no space before the break, none after */
          while( out->n && out->p[out->n - 1] == ' ' ) out->p[--out->n] = 0;
          space = 0;
        }
        buf_add(c, out, bib_words[k].utf8, strlen(bib_words[k].utf8));
        i = j;
        /* the space or "{}" that ends a command word is not text */
        if( i + 1 < n && s[i] == '{' && s[i + 1] == '}' ) i += 2;
        else if( i < n && s[i] == ' ' ) i++;
        done = 1;
      }
    }
    if( !done ){ buf_add(c, out, s + i, j - i); i = j; }   /* unknown: as written */
  }
}

/* ---- the parser ---------------------------------------------------------------- */

typedef struct bib_macro { char *name; char *value; } bib_macro;

#define BIB_MAX_UNREAD 16

typedef struct bib_state {
  lit_ctx *c;
  const char *s;
  size_t n, i;
  size_t line_pos;       /* line_no is the line of byte line_pos */
  int line_no;
  bib_macro *macro;      /* open addressing, n_macro_cap a power of two */
  size_t n_macro, cap_macro;
  bib_buf raw;           /* the raw LaTeX of the value being read */
  bib_buf text;          /* its Unicode text */
  int n_entry;           /* entries seen (including @string), for messages */
  char unread[BIB_MAX_UNREAD][24];
  int n_unread;
} bib_state;

static int bib_line(bib_state *b, size_t pos){
  if( pos < b->line_pos ){ b->line_pos = 0; b->line_no = 1; }
  for( const char *p = b->s + b->line_pos, *e = b->s + pos; p < e; ){
    const char *nl = memchr(p, '\n', (size_t)(e - p));
    if( !nl ) break;
    b->line_no++;
    p = nl + 1;
  }
  b->line_pos = pos;
  return b->line_no;
}

static uint32_t bib_hash(const char *p, size_t n){
  uint32_t h = 2166136261u;
  for( size_t i = 0; i < n; i++ ){ h ^= (unsigned char)(p[i] | 0x20); h *= 16777619u; }
  return h;
}

static bib_macro *bib_find_macro(bib_state *b, const char *p, size_t n){
  if( !b->cap_macro ) return NULL;
  size_t mask = b->cap_macro - 1;
  for( size_t k = bib_hash(p, n) & mask;; k = (k + 1) & mask ){
    bib_macro *m = &b->macro[k];
    if( !m->name ) return m;
    if( strlen(m->name) == n && strncasecmp(m->name, p, n) == 0 ) return m;
  }
}

static void bib_define(bib_state *b, const char *p, size_t n, const char *v, size_t vn){
  if( (b->n_macro + 1) * 2 > b->cap_macro ){
    size_t cap = b->cap_macro ? b->cap_macro * 2 : 32;
    bib_macro *old = b->macro;
    size_t old_cap = b->cap_macro;
    bib_macro *m = lit_malloc(b->c, cap * sizeof *m);
    if( !m ) return;
    memset(m, 0, cap * sizeof *m);
    b->macro = m;
    b->cap_macro = cap;
    for( size_t k = 0; k < old_cap; k++ ){
      if( !old[k].name ) continue;
      *bib_find_macro(b, old[k].name, strlen(old[k].name)) = old[k];
    }
    free(old);
  }
  bib_macro *m = bib_find_macro(b, p, n);
  if( !m ) return;
  char *value = lit_dup(b->c, v, vn);
  if( !value ) return;
  if( m->name ){ free(m->value); m->value = value; return; }
  m->name = lit_dup(b->c, p, n);
  if( !m->name ){ free(value); return; }
  m->value = value;
  b->n_macro++;
}

static void bib_skip_space(bib_state *b){
  while( b->i < b->n ){
    char ch = b->s[b->i];
    if( bib_space(ch) ){ b->i++; continue; }
    if( ch == '%' ){   /* a comment to the end of the line */
      const char *nl = memchr(b->s + b->i, '\n', b->n - b->i);
      b->i = nl ? (size_t)(nl - b->s) + 1 : b->n;
      continue;
    }
    break;
  }
}

/* 1 when an entry starts at the beginning of the line at pos: spaces, "@",
** letters, then "{" or "(". */
static int bib_entry_line(const bib_state *b, size_t pos){
  size_t j = pos;
  while( j < b->n && (b->s[j] == ' ' || b->s[j] == '\t') ) j++;
  if( j >= b->n || b->s[j] != '@' ) return 0;
  j++;
  size_t k = j;
  while( j < b->n && bib_alpha(b->s[j]) ) j++;
  if( j == k ) return 0;
  while( j < b->n && (b->s[j] == ' ' || b->s[j] == '\t') ) j++;
  return j < b->n && (b->s[j] == '{' || b->s[j] == '(');
}

/* Reads a delimited value at b->i ("{" or "\""), appending its raw inside to
** b->raw. Returns 0 with b->i at the line where an entry starts when the
** value does not end before it (an unclosed brace or quote). */
static int bib_delimited(bib_state *b){
  char open = b->s[b->i];
  size_t start = ++b->i;
  int depth = 0;
  while( b->i < b->n ){
    char ch = b->s[b->i];
    if( ch == '\\' && b->i + 1 < b->n ){ b->i += 2; continue; }
    if( ch == '{' ) depth++;
    else if( ch == '}' ){
      if( depth == 0 ){
        if( open == '{' ){ buf_add(b->c, &b->raw, b->s + start, b->i - start); b->i++; return 1; }
        return 0;   /* an unbalanced "}" inside quotes */
      }
      depth--;
    }else if( ch == '"' && open == '"' && depth == 0 ){
      buf_add(b->c, &b->raw, b->s + start, b->i - start);
      b->i++;
      return 1;
    }else if( ch == '\n' && bib_entry_line(b, b->i + 1) ){
      b->i++;
      return 0;
    }
    b->i++;
  }
  return 0;
}

static int bib_ident_char(char ch){
  return ch > ' ' && !strchr("\"#%'(),={}", ch) && ch != 0x7F;
}

/* name = value: reads the value (parts joined with "#") into b->raw. Returns
** 0 on a syntax error, with a message in err. */
static int bib_value(bib_state *b, char *err, size_t errlen){
  b->raw.n = 0;
  if( b->raw.p ) b->raw.p[0] = 0;
  for(;;){
    bib_skip_space(b);
    if( b->i >= b->n ){ snprintf(err, errlen, "the file ends inside a value"); return 0; }
    char ch = b->s[b->i];
    if( ch == '{' || ch == '"' ){
      size_t at = b->i;
      if( !bib_delimited(b) ){
        snprintf(err, errlen, "the %s opened at line %d is not closed", ch == '{' ? "brace" : "quote", bib_line(b, at));
        return 0;
      }
    }else if( lit_is_digit(ch) ){
      size_t st = b->i;
      while( b->i < b->n && lit_is_digit(b->s[b->i]) ) b->i++;
      buf_add(b->c, &b->raw, b->s + st, b->i - st);
    }else if( bib_ident_char(ch) ){
      size_t st = b->i;
      while( b->i < b->n && bib_ident_char(b->s[b->i]) ) b->i++;
      bib_macro *m = bib_find_macro(b, b->s + st, b->i - st);
      if( m && m->name ) buf_add(b->c, &b->raw, m->value, strlen(m->value));
      else lit_problem(b->c, "line %d: macro '%.*s' is not defined (its value is left empty)", bib_line(b, st),
                       lit_utf8_cut(b->s + st, b->i - st, 40), b->s + st);
    }else{
      snprintf(err, errlen, "expected a value at line %d", bib_line(b, b->i));
      return 0;
    }
    bib_skip_space(b);
    if( b->i < b->n && b->s[b->i] == '#' ){ b->i++; continue; }
    return 1;
  }
}

static void bib_unread(bib_state *b, lit_span name){
  name.n = (size_t)lit_utf8_cut(name.p, name.n, sizeof b->unread[0] - 1);
  for( int i = 0; i < b->n_unread; i++ ){
    if( strlen(b->unread[i]) == name.n && strncasecmp(b->unread[i], name.p, name.n) == 0 ) return;
  }
  if( b->n_unread < BIB_MAX_UNREAD ){
    memcpy(b->unread[b->n_unread], name.p, name.n);
    b->unread[b->n_unread][name.n] = 0;
    for( size_t k = 0; k < name.n; k++ ) if( b->unread[b->n_unread][k] >= 'A' && b->unread[b->n_unread][k] <= 'Z' ) b->unread[b->n_unread][k] += 32;
    b->n_unread++;
  }
}

/* The decoded text of b->raw (or of raw[0..n)). */
static lit_span bib_text(bib_state *b, const char *raw, size_t n){
  b->text.n = 0;
  if( b->text.p ) b->text.p[0] = 0;
  bib_latex(b->c, &b->text, raw, n);
  return lit_trim(lit_span_of(b->text.p ? b->text.p : "", b->text.n));
}

/* Splits the raw author list at " and " outside braces. */
static void bib_authors(bib_state *b, lit_record *r, const char *raw, size_t n){
  size_t start = 0;
  int depth = 0;
  for( size_t i = 0; i <= n; i++ ){
    int cut = i == n;
    if( !cut ){
      char ch = raw[i];
      if( ch == '\\' && i + 1 < n ){ i++; continue; }   /* \{ \} are no group */
      if( ch == '{' ) depth++;
      else if( ch == '}' && depth > 0 ) depth--;
      else if( depth == 0 && bib_space(ch) && i + 4 < n && (raw[i + 1] | 0x20) == 'a' && (raw[i + 2] | 0x20) == 'n'
               && (raw[i + 3] | 0x20) == 'd' && bib_space(raw[i + 4]) ) cut = 1;
    }
    if( !cut ) continue;
    lit_span part = lit_trim(lit_span_of(raw + start, i - start));
    /* {Name} wrapped whole: one literal name */
    int literal = 0;
    if( part.n >= 2 && part.p[0] == '{' && part.p[part.n - 1] == '}' ){
      int d = 0;
      literal = 1;
      for( size_t k = 0; k < part.n - 1; k++ ){
        if( part.p[k] == '\\' ){ k++; continue; }
        if( part.p[k] == '{' ) d++;
        else if( part.p[k] == '}' && --d == 0 ){ literal = 0; break; }
      }
    }
    if( part.n && !(part.n == 6 && strncasecmp(part.p, "others", 6) == 0) ){
      lit_span name = bib_text(b, part.p, part.n);
      lit_add_citation_author(b->c, r, name, literal);
    }else if( part.n && r->n_author ){
      r->author[r->n_author - 1].et_al = 1;
    }
    start = i + 5;
    i += 4;
  }
}

static int bib_month(lit_span m){
  static const char *const names[] = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
  m = lit_trim(m);
  if( m.n >= 1 && m.n <= 2 && lit_is_digit(m.p[0]) && (m.n == 1 || lit_is_digit(m.p[1])) ){
    int v = m.n == 1 ? m.p[0] - '0' : (m.p[0] - '0') * 10 + (m.p[1] - '0');
    return v >= 1 && v <= 12 ? v : 0;
  }
  if( m.n < 3 ) return 0;
  for( int k = 0; k < 12; k++ ) if( strncasecmp(m.p, names[k], 3) == 0 ) return k + 1;
  return 0;
}

static int bib_is(lit_span name, const char *lit){ return name.n == strlen(lit) && strncasecmp(name.p, lit, name.n) == 0; }

typedef struct bib_pending { char *title, *addon, *journal, *journal_addon, *month; } bib_pending;

static void bib_keep(lit_ctx *c, char **slot, lit_span v){ if( !*slot && v.n ) *slot = lit_dup(c, v.p, v.n); }

static void bib_field(bib_state *b, lit_record *r, bib_pending *pd, lit_span name){
  lit_ctx *c = b->c;
  const char *raw = b->raw.p ? b->raw.p : "";
  size_t rn = b->raw.n;
  if( bib_is(name, "author") ){ if( !r->n_author ) bib_authors(b, r, raw, rn); return; }
  lit_span v = bib_text(b, raw, rn);
  if( v.n == 0 ) return;
  if( bib_is(name, "title") ) bib_keep(c, &pd->title, v);
  else if( bib_is(name, "titleaddon") ) bib_keep(c, &pd->addon, v);
  else if( bib_is(name, "journal") || bib_is(name, "journaltitle") || bib_is(name, "booktitle") ) bib_keep(c, &pd->journal, v);
  else if( bib_is(name, "journaltitleaddon") || bib_is(name, "booktitleaddon") ) bib_keep(c, &pd->journal_addon, v);
  else if( bib_is(name, "year") ){ if( !lit_set_citation_date(c, r, v) ) lit_set(c, &r->year, v); }
  else if( bib_is(name, "date") ){ if( !lit_set_citation_date(c, r, v) ) bib_unread(b, name); }
  else if( bib_is(name, "month") ) bib_keep(c, &pd->month, v);
  else if( bib_is(name, "volume") ) lit_set(c, &r->volume, v);
  else if( bib_is(name, "number") || bib_is(name, "issue") ) lit_set(c, &r->issue, v);
  else if( bib_is(name, "pages") ) lit_set_pages(c, r, v);
  else if( bib_is(name, "doi") ) lit_set_doi(c, r, v);
  else if( bib_is(name, "issn") ){ if( !lit_add_issn(c, r, v) ) bib_unread(b, name); }
  else if( bib_is(name, "url") ) lit_set(c, &r->url, v);
  else if( bib_is(name, "publisher") || bib_is(name, "school") || bib_is(name, "institution") ) lit_set(c, &r->publisher, v);
  else if( bib_is(name, "abstract") ) lit_add_abstract(c, r, v);
  else if( bib_is(name, "keywords") || bib_is(name, "keyword") ){
    size_t st = 0;
    char sep = memchr(v.p, ';', v.n) ? ';' : ',';
    for( size_t i = 0; i <= v.n; i++ ){
      if( i < v.n && v.p[i] != sep ) continue;
      lit_add_keyword(c, r, lit_span_of(v.p + st, i - st));
      st = i + 1;
    }
  }else if( bib_is(name, "language") || bib_is(name, "langid") ){
    const char *code = lit_language_code(v);
    if( code ) lit_set(c, &r->language, lit_span_of(code, 2));
    else bib_unread(b, name);
  }else bib_unread(b, name);
}

static void bib_finish(bib_state *b, lit_record *r, bib_pending *pd){
  lit_ctx *c = b->c;
  if( pd->title ) lit_add_title(c, r, lit_span_of(pd->title, strlen(pd->title)));
  if( pd->addon ) lit_add_title(c, r, lit_span_of(pd->addon, strlen(pd->addon)));
  if( pd->journal ) lit_add_journal(c, r, lit_span_of(pd->journal, strlen(pd->journal)));
  if( pd->journal_addon ) lit_add_journal(c, r, lit_span_of(pd->journal_addon, strlen(pd->journal_addon)));
  if( pd->month ){
    int m = bib_month(lit_span_of(pd->month, strlen(pd->month)));
    if( m && r->year && strlen(r->year) == 4 && !r->published ){
      char ym[8];
      snprintf(ym, sizeof ym, "%.4s-%02d", r->year, m);
      lit_set(c, &r->published, lit_span_of(ym, 7));
    }else if( !m ) bib_unread(b, lit_span_of("month", 5));
  }
  free(pd->title); free(pd->addon); free(pd->journal); free(pd->journal_addon); free(pd->month);
  memset(pd, 0, sizeof *pd);
  lit_join_authors(c, r);
  lit_finish_language(c, r);
}

/* Moves b->i to the start of the next line that starts an entry. */
static void bib_resync(bib_state *b){
  while( b->i < b->n ){
    const char *nl = memchr(b->s + b->i, '\n', b->n - b->i);
    if( !nl ){ b->i = b->n; return; }
    b->i = (size_t)(nl - b->s) + 1;
    if( bib_entry_line(b, b->i) ) return;
  }
}

/* Skips a balanced {...} or (...) body (comment, preamble). */
static void bib_skip_body(bib_state *b, char close){
  int depth = 0;
  while( b->i < b->n ){
    char ch = b->s[b->i++];
    if( ch == '{' || (close == ')' && ch == '(') ) depth++;
    else if( ch == '}' || (close == ')' && ch == ')') ){
      if( depth == 0 && ch == close ) return;
      depth--;
    }
  }
}

/* One entry from after its "{" or "(": a record, or @string definitions. */
static void bib_entry(bib_state *b, lit_span type, char close, int entry_line){
  lit_ctx *c = b->c;
  int is_string = bib_is(type, "string");
  lit_record *r = NULL;
  bib_pending pd;
  memset(&pd, 0, sizeof pd);
  char err[160] = "";
  lit_span key = lit_span_of("", 0);
  b->n_entry++;
  if( !is_string ){
    bib_skip_space(b);
    size_t st = b->i;
    while( b->i < b->n && b->s[b->i] != ',' && !bib_space(b->s[b->i]) && b->s[b->i] != close && b->s[b->i] != '}' ) b->i++;
    key = lit_span_of(b->s + st, b->i - st);
    r = lit_new_record(c);
    if( !r ) return;
    const char *t = lit_csl_type(type.p, type.n);
    if( t ) r->type = lit_dup(c, t, strlen(t));
    lit_set(c, &r->source_id, key);
    if( key.n == 0 ) lit_problem(c, "entry %d (line %d): no key", r->ordinal, entry_line);
  }
  for(;;){
    bib_skip_space(b);
    if( b->i >= b->n ){ snprintf(err, sizeof err, "the file ends inside the entry"); break; }
    char ch = b->s[b->i];
    if( ch == close ){ b->i++; break; }
    if( ch == ',' ){ b->i++; continue; }
    size_t st = b->i;
    while( b->i < b->n && bib_ident_char(b->s[b->i]) ) b->i++;
    lit_span name = lit_span_of(b->s + st, b->i - st);
    if( name.n == 0 ){
      int k = 1;   /* the whole character */
      while( st + (size_t)k < b->n && k < 4 && ((unsigned char)b->s[st + (size_t)k] & 0xC0) == 0x80 ) k++;
      snprintf(err, sizeof err, "unexpected '%.*s' at line %d", k, b->s + st, bib_line(b, st));
      break;
    }
    bib_skip_space(b);
    if( b->i >= b->n || b->s[b->i] != '=' ){
      snprintf(err, sizeof err, "expected '=' after '%.*s' at line %d", lit_utf8_cut(name.p, name.n, 40), name.p, bib_line(b, st));
      break;
    }
    b->i++;
    if( !bib_value(b, err, sizeof err) ) break;
    if( is_string ) bib_define(b, name.p, name.n, b->raw.p ? b->raw.p : "", b->raw.n);
    else bib_field(b, r, &pd, name);
    bib_skip_space(b);
    if( b->i < b->n && b->s[b->i] != ',' && b->s[b->i] != close ){
      snprintf(err, sizeof err, "expected ',' or '%c' at line %d", close, bib_line(b, b->i));
      break;
    }
  }
  if( err[0] ){
    if( is_string ){
      lit_problem(c, "@string at line %d: %s", entry_line, err);
    }else{
      lit_problem(c, "entry %d (%.*s, line %d): %s; the fields before it are kept", r->ordinal,
                  lit_utf8_cut(key.p, key.n, 60), key.p, entry_line, err);
      r->partial = 1;
    }
    if( b->i < b->n && !bib_entry_line(b, b->i) ) bib_resync(b);
  }
  if( r ) bib_finish(b, r, &pd);
  else{ free(pd.title); free(pd.addon); free(pd.journal); free(pd.journal_addon); free(pd.month); }
}

static void bib_init_months(bib_state *b){
  static const char *const m[][2] = {
    { "jan", "January" }, { "feb", "February" }, { "mar", "March" }, { "apr", "April" },
    { "may", "May" }, { "jun", "June" }, { "jul", "July" }, { "aug", "August" },
    { "sep", "September" }, { "oct", "October" }, { "nov", "November" }, { "dec", "December" },
  };
  for( int k = 0; k < 12; k++ ) bib_define(b, m[k][0], 3, m[k][1], strlen(m[k][1]));
}

/* An entry type known to BibTeX or biblatex at text[i] ("@article{"). */
static int bib_entry_at(const char *s, size_t n, size_t i, lit_span *type, size_t *body){
  size_t j = i + 1, k = j;
  while( j < n && bib_alpha(s[j]) ) j++;
  if( j == k || j - k > 20 ) return 0;
  *type = lit_span_of(s + k, j - k);
  while( j < n && (s[j] == ' ' || s[j] == '\t') ) j++;
  if( j >= n || (s[j] != '{' && s[j] != '(') ) return 0;
  *body = j;
  return 1;
}

int lit_detect_bibtex(const char *text, size_t len){
  static const char *const types[] = { "article", "book", "inproceedings", "incollection", "inbook",
    "techreport", "phdthesis", "mastersthesis", "misc", "string", "comment", "preamble", "report",
    "thesis", "conference", "proceedings", "online", "unpublished", "manual", "booklet" };
  size_t head = lit_detect_head(text, len);
  lit_lines it = { text, head, 0 };
  lit_span line;
  int first = 1;
  while( lit_next_line(&it, &line) ){
    lit_span t = lit_trim(line);
    if( t.n == 0 || t.p[0] == '%' ) continue;
    lit_span type;
    size_t body;
    if( t.p[0] == '@' && bib_entry_at(t.p, t.n, 0, &type, &body) ){
      for( size_t k = 0; k < sizeof types / sizeof types[0]; k++ ) if( bib_is(type, types[k]) ) return first ? 3 : 2;
    }
    first = 0;
  }
  return 0;
}

void lit_parse_bibtex(lit_ctx *c, const char *text, size_t len){
  bib_state b;
  memset(&b, 0, sizeof b);
  b.c = c;
  b.s = text;
  b.n = len;
  b.line_no = 1;
  bib_init_months(&b);
  while( b.i < b.n ){
    const char *at = memchr(b.s + b.i, '@', b.n - b.i);
    if( !at ) break;
    size_t i = (size_t)(at - b.s), body;
    lit_span type;
    if( !bib_entry_at(b.s, b.n, i, &type, &body) ){ b.i = i + 1; continue; }
    char close = b.s[body] == '{' ? '}' : ')';
    int line = bib_line(&b, i);
    b.i = body + 1;
    if( bib_is(type, "comment") || bib_is(type, "preamble") ){ bib_skip_body(&b, close); continue; }
    bib_entry(&b, type, close, line);
    if( c->oom ) break;
  }
  if( b.n_unread ){
    char msg[BIB_MAX_UNREAD * 26 + 32] = "fields not read:";
    size_t k = strlen(msg);
    for( int i = 0; i < b.n_unread; i++ ) k += (size_t)snprintf(msg + k, sizeof msg - k, "%s %s", i ? "," : "", b.unread[i]);
    lit_problem(c, "%s", msg);
  }
  if( c->doc->n_rec == 0 && c->n_problem == 0 ) lit_problem(c, "no BibTeX entry (@type{key, ...}) found");
  for( size_t k = 0; k < b.cap_macro; k++ ){ free(b.macro[k].name); free(b.macro[k].value); }
  free(b.macro);
  free(b.raw.p);
  free(b.text.p);
}
