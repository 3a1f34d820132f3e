/*
** korean_query's parser (see query.h for the language). Three steps: the
** input is cut into lexemes (words, quoted phrases, parentheses, operators,
** column names); a recursive-descent parser builds a tree with FTS5's
** precedence (OR < AND < NOT), where every word is a leaf holding its readings
** (FTS5 phrases); the tree, with its empty parts removed, is printed as an
** FTS5 expression that is always valid: implicit AND only between two bare
** phrases (FTS5 refuses `"a" ("b" OR "c")`), parentheses around every
** operator below another one.
*/
#include "search/query.h"
#include "korean/korean.h"
#include "tag/vocab.h"
#include "text/utf8.h"
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 32        /* parentheses nested deeper are ignored */
#define MAX_SPLIT_WORD 24   /* longer words (in syllables) are not cut in two */

/* ---- growing strings ---- */
typedef struct kq_str { char *z; size_t n, cap; int oom; } kq_str;

static void s_add(kq_str *s, const char *z, size_t n){
  if( s->oom ) return;
  if( s->n + n + 1 > s->cap ){
    size_t cap = s->cap ? s->cap * 2 : 64;
    while( cap < s->n + n + 1 ) cap *= 2;
    char *p = realloc(s->z, cap);
    if( p == 0 ){ s->oom = 1; return; }
    s->z = p;
    s->cap = cap;
  }
  memcpy(s->z + s->n, z, n);
  s->n += n;
  s->z[s->n] = 0;
}
static void s_cstr(kq_str *s, const char *z){ s_add(s, z, strlen(z)); }

/* ---- lexemes ---- */
enum { L_END, L_WORD, L_QUOTED, L_LP, L_RP, L_OR, L_AND, L_NOT, L_COL };
typedef struct lexeme { int type, b, e, prefix; } lexeme;

static int is_space_at(const unsigned char *z, int n, int i, int *len){
  unsigned c = z[i];
  if( c == ' ' || (c >= '\t' && c <= '\r') ){ *len = 1; return 1; }
  if( c == 0xC2 && i + 1 < n && z[i + 1] == 0xA0 ){ *len = 2; return 1; }   /* U+00A0 */
  if( c == 0xE3 && i + 2 < n && z[i + 1] == 0x80 && z[i + 2] == 0x80 ){ *len = 3; return 1; }   /* U+3000 */
  *len = 0;
  return 0;
}

static int is_alpha(unsigned c){ return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_ident(unsigned c){ return is_alpha(c) || (c >= '0' && c <= '9') || c == '_'; }

/* Appends the lexemes of a bare word z[b..e): an operator, a column name
** (title: or title:term), or a word whose trailing stars make it a prefix. */
static int lex_word(const unsigned char *z, int b, int e, lexeme *out){
  int k = 0, len = e - b;
  if( len == 2 && memcmp(z + b, "OR", 2) == 0 ){ out[0].type = L_OR; return 1; }
  if( len == 3 && memcmp(z + b, "AND", 3) == 0 ){ out[0].type = L_AND; return 1; }
  if( len == 3 && memcmp(z + b, "NOT", 3) == 0 ){ out[0].type = L_NOT; return 1; }
  if( is_alpha(z[b]) ){
    int i = b + 1;
    while( i < e && is_ident(z[i]) ) i++;
    /* title: and title:클러스터, not http://, not a::b */
    if( i < e && z[i] == ':' && (i + 1 == e || (z[i + 1] != '/' && z[i + 1] != ':')) ){
      out[k].type = L_COL; out[k].b = b; out[k].e = i; out[k].prefix = 0; k++;
      b = i + 1;
      if( b == e ) return k;
    }
  }
  int w = e;
  while( w > b && z[w - 1] == '*' ) w--;
  out[k].type = L_WORD; out[k].b = b; out[k].e = w; out[k].prefix = w < e && w > b;
  return k + 1;
}

/* Cuts z[0..n) into lexemes; out has room for n + 2. Returns their count,
** the last one L_END. */
static int lex(const unsigned char *z, int n, lexeme *out){
  int k = 0, i = 0, sp;
  while( i < n ){
    if( is_space_at(z, n, i, &sp) ){ i += sp; continue; }
    lexeme *x = &out[k];
    x->prefix = 0; x->b = i; x->e = i + 1;
    if( z[i] == '(' ){ x->type = L_LP; k++; i++; continue; }
    if( z[i] == ')' ){ x->type = L_RP; k++; i++; continue; }
    if( z[i] == '"' ){
      int j = i + 1;
      while( j < n && z[j] != '"' ) j++;
      x->type = L_QUOTED; x->b = i + 1; x->e = j;
      i = j < n ? j + 1 : n;
      while( i < n && z[i] == '*' ){ x->prefix = 1; i++; }
      k++;
      continue;
    }
    int j = i;
    while( j < n && z[j] != '(' && z[j] != ')' && z[j] != '"' && !is_space_at(z, n, j, &sp) ) j++;
    k += lex_word(z, i, j, x);
    i = j;
  }
  out[k].type = L_END; out[k].b = out[k].e = n; out[k].prefix = 0;
  return k + 1;
}

/* ---- the tree ---- */
enum { N_LEAF, N_AND, N_OR, N_NOT, N_COL };
typedef struct node node;
struct node {
  int kind;
  node **kid; int nkid, capkid;
  unsigned char *glued;      /* N_AND: glued[i] = kid i and i+1 stood side by side */
  int b, e;                  /* N_LEAF: the typed text; N_COL: the column name */
  int plain, stop;           /* N_LEAF: a plain word; a function word */
  int bare;                  /* N_LEAF: a plain word with no particle or ending */
  int stem_end;              /* N_LEAF: where its last token ends in the input */
  char **reading; int nread, capread;   /* N_LEAF: FTS5 phrases, ORed */
  node *next_alloc;
};

typedef struct builder {
  const unsigned char *z; int n;
  lexeme *lx; int nlx, pos;
  node *nodes;               /* every node, for freeing */
  kr_tokenizer tk;
  int oom, depth;
  const kt_vocab *vocab;
  kt_keyword_mention *ment; size_t nment;   /* the vocabulary's terms in the input */
} builder;

static node *new_node(builder *B, int kind){
  node *x = calloc(1, sizeof *x);
  if( x == 0 ){ B->oom = 1; return 0; }
  x->kind = kind;
  x->next_alloc = B->nodes;
  B->nodes = x;
  return x;
}

static void free_nodes(builder *B){
  node *x = B->nodes;
  while( x ){
    node *nx = x->next_alloc;
    for(int i = 0; i < x->nread; i++) free(x->reading[i]);
    free(x->reading);
    free(x->kid);
    free(x->glued);
    free(x);
    x = nx;
  }
  B->nodes = 0;
}

static void add_kid(builder *B, node *p, node *k, int glued){
  if( B->oom ) return;
  if( p->nkid == p->capkid ){
    int cap = p->capkid ? p->capkid * 2 : 4;
    node **nk = realloc(p->kid, sizeof(node *) * (size_t)cap);
    if( nk == 0 ){ B->oom = 1; return; }
    p->kid = nk;
    unsigned char *g = realloc(p->glued, (size_t)cap);
    if( g == 0 ){ B->oom = 1; return; }
    p->glued = g;
    p->capkid = cap;
  }
  if( p->nkid > 0 ) p->glued[p->nkid - 1] = (unsigned char)glued;
  p->glued[p->nkid] = 0;
  p->kid[p->nkid++] = k;
}

/* Adds an FTS5 phrase to a leaf's readings unless it is there already;
** takes ownership of r. */
static void add_reading(builder *B, node *x, char *r){
  if( r == 0 ) return;
  for(int i = 0; i < x->nread; i++){
    if( strcmp(x->reading[i], r) == 0 ){ free(r); return; }
  }
  if( x->nread == x->capread ){
    int cap = x->capread ? x->capread * 2 : 4;
    char **nr = realloc(x->reading, sizeof(char *) * (size_t)cap);
    if( nr == 0 ){ free(r); B->oom = 1; return; }
    x->reading = nr;
    x->capread = cap;
  }
  x->reading[x->nread++] = r;
}

/* ---- phrases from text ---- */
typedef struct phrase_acc {
  kq_str s;
  int ntok, colocated;
  int cut, nleft;            /* tokens starting before byte cut */
  char tok0[64]; int ntok0;  /* the first token (when short) */
  int stem_end;              /* where the last token ends (its particle or ending follows) */
} phrase_acc;

static int acc_token(void *ctx, int flags, const char *tok, int n, int start, int end){
  phrase_acc *a = ctx;
  if( end > a->stem_end ) a->stem_end = end;
  if( flags & KR_COLOCATED ){ a->colocated = 1; return 0; }
  if( a->ntok == 0 && n < (int)sizeof a->tok0 ){ memcpy(a->tok0, tok, (size_t)n); a->ntok0 = n; }
  if( a->ntok++ ) s_add(&a->s, " ", 1);
  s_add(&a->s, tok, (size_t)n);
  if( start < a->cut ) a->nleft++;
  return 0;
}

/* Analyses text[0..n) as a query; the phrase's tokens in a->s. */
static void analyse(builder *B, const char *text, int n, int cut, phrase_acc *a){
  memset(a, 0, sizeof *a);
  a->cut = cut;
  kr_tokenize(&B->tk, KR_QUERY, text, n, a, acc_token);
}

/* Compares the tokens FTS5 will read from the phrase text z[0..n) with the
** tokens of a: the table's tokenizer analyses each space-separated token
** again, and 신고서 alone is not read as in 탈퇴신고서를. */
typedef struct recheck { const char *want; size_t nwant, at; int same; } recheck;

static int recheck_token(void *ctx, int flags, const char *tok, int n, int start, int end){
  (void)start; (void)end;
  recheck *r = ctx;
  if( flags & KR_COLOCATED ){ r->same = 0; return 1; }
  size_t need = (r->at ? 1 : 0) + (size_t)n;
  if( r->at + need > r->nwant || (r->at && r->want[r->at] != ' ')
      || memcmp(r->want + r->at + (r->at ? 1 : 0), tok, (size_t)n) != 0 ){ r->same = 0; return 1; }
  r->at += need;
  return 0;
}

/* A reading: its key (the tokens, and a star for a prefix), NUL, and the FTS5
** phrase, NUL, in one allocation. The phrase is "tok tok" when FTS5 reads
** exactly those tokens from it again; otherwise (a token read another way
** alone, or a colocated reading such as 히어로, read both whole and as 히어 + 로)
** it is the text as typed, which the table's tokenizer analyses as in a
** document. NULL when a has no tokens. */
static char *phrase_of(builder *B, phrase_acc *a, const char *text, int n, int prefix){
  kq_str o = { 0, 0, 0, 0 };
  if( a->s.oom ){ B->oom = 1; free(a->s.z); return 0; }
  if( a->ntok == 0 ){ free(a->s.z); return 0; }
  s_add(&o, a->s.z, a->s.n);
  if( prefix ) s_add(&o, "*", 1);
  s_add(&o, "", 1);   /* the key's NUL */
  s_add(&o, "\"", 1);
  recheck r = { a->s.z, a->s.n, 0, !a->colocated };
  if( r.same ){
    kr_tokenize(&B->tk, KR_QUERY, a->s.z, (int)a->s.n, &r, recheck_token);
    if( r.at != r.nwant ) r.same = 0;
  }
  if( r.same ){
    s_add(&o, a->s.z, a->s.n);
  }else{
    /* valid UTF-8 only: invalid bytes and control characters (which separate
    ** words for the tokenizer too) become spaces */
    const unsigned char *z = (const unsigned char *)text;
    for(int i = 0; i < n; ){
      uint32_t cp;
      int len = kt_utf8_decode(z + i, (size_t)(n - i), &cp);
      if( len <= 0 || cp < 0x20 || cp == 0x7F ){ s_add(&o, " ", 1); i += len > 0 ? len : 1; continue; }
      if( cp == '"' ) s_add(&o, "\"", 1);
      s_add(&o, text + i, (size_t)len);
      i += len;
    }
  }
  s_add(&o, prefix ? "\"*" : "\"", prefix ? 2 : 1);
  free(a->s.z);
  if( o.oom ){ free(o.z); B->oom = 1; return 0; }
  return o.z;
}

static const char *phrase_text(const char *reading){ return reading + strlen(reading) + 1; }

/* ---- function words and question forms ---- */
static int in_list(const char *z, int n, const char *const *list){
  for(int i = 0; list[i]; i++){
    if( (int)strlen(list[i]) == n && memcmp(list[i], z, (size_t)n) == 0 ) return 1;
  }
  return 0;
}

/* question words: the first token of 언제부터, 무엇인가, 어디에서 */
static const char *const interrogatives[] = {
  "언제", "무엇", "무얼", "뭐", "어디", "누구", "왜", "어떻게", "어떤", "어느", "얼마", "몇",
  "무슨", "어째서", "어찌", 0 };
/* words that carry no content of their own (as typed) */
static const char *const function_words[] = {
  "누가", "및", "또는", "혹은", "그리고", "그러나", "하지만", "또한", "즉", "그", "이", "저",
  "이런", "그런", "저런", "이러한", "그러한", "대한", "관한", "위한", "통한", "따른", "의한",
  "대해", "관해", "위해", "통해", "따라", "의해", "대하여", "관하여", "위하여", "통하여",
  "의하여", "것은", "것이", "것을", "등의", "등은", "등을", "때문", "때문에", 0 };
/* nouns among them, which a writer may glue to the next word (등가축, 때맛) */
static const char *const bound_nouns[] = { "것", "수", "등", "때", 0 };
/* endings of questions (and of the plain statement) after a verb stem */
static const char *const question_endings[] = {
  "는가요", "는가", "는지", "나요", "습니까", "을까요", "을까", "을지", "느냐", "냐", "니", "다",
  0 };
/* stems of 있다, 없다, 하다, 되다, 이다 before those endings */
static const char *const function_stems[] = {
  "있", "없", "하", "되", "했", "됐", "였", "있었", "없었", "하였", "되었", "이었", "이", "인",
  0 };

/* Whether the word z[0..n) is a function word (see query.h): 2 for a bound
** noun, 1 for another, 0 for none, given its analysis a; *stem_len gets the length of a verb stem the lexicon does not
** know, when the word is such a stem and a question ending (else 0). */
static int classify_word(const char *z, int n, const phrase_acc *a, int *stem_len){
  *stem_len = 0;
  if( a->ntok >= 1 && in_list(a->tok0, a->ntok0, interrogatives) ) return 1;
  if( in_list(z, n, bound_nouns) ) return 2;
  if( in_list(z, n, function_words) ) return 1;
  for(int i = 0; question_endings[i]; i++){
    int el = (int)strlen(question_endings[i]);
    if( el >= n || memcmp(z + n - el, question_endings[i], (size_t)el) != 0 ) continue;
    if( in_list(z, n - el, function_stems) ) return 1;
    /* 달라졌는가: kept whole by the analyzer, so a verb; its stem is searched */
    if( a->ntok == 1 && a->ntok0 == n && memcmp(a->tok0, z, (size_t)n) == 0 && n - el >= 6
        && el >= 6 ){
      *stem_len = n - el;
    }
    break;
  }
  return 0;
}

/* ---- leaves ---- */
static int is_compat_consonant(uint32_t cp){ return cp >= 0x3131 && cp <= 0x314E; }

/* Whether z[b..e) ends in a syllable then initial consonants (클러스ㅌ);
** returns the end of the syllables, or 0. */
static int half_typed(const unsigned char *z, int b, int e){
  int k = e;
  uint32_t cp;
  while( k > b ){
    int j = k - 1;
    while( j > b && (z[j] & 0xC0) == 0x80 ) j--;
    if( kt_utf8_decode(z + j, (size_t)(k - j), &cp) <= 0 || !is_compat_consonant(cp) ) break;
    k = j;
  }
  if( k == e || k == b ) return 0;
  int j = k - 1;
  while( j > b && (z[j] & 0xC0) == 0x80 ) j--;
  return kt_utf8_decode(z + j, (size_t)(k - j), &cp) > 0 && kt_is_hangul_syllable(cp) ? k : 0;
}

static int hangul_at(const unsigned char *z, int n, int i){
  uint32_t cp;
  return i < n && kt_utf8_decode(z + i, (size_t)(n - i), &cp) == 3 && kt_is_hangul_syllable(cp);
}

static int hangul_before(const unsigned char *z, int i){
  return i >= 3 && hangul_at(z, i, i - 3);
}

/* The readings of text with a space inserted at byte cut (0: none). */
static char *reading_cut(builder *B, const char *w, int n, int cut){
  char buf[MAX_SPLIT_WORD * 3 * 2 + 8];
  if( n + 1 > (int)sizeof buf ) return 0;
  memcpy(buf, w, (size_t)cut);
  buf[cut] = ' ';
  memcpy(buf + cut + 1, w + cut, (size_t)(n - cut));
  phrase_acc a;
  analyse(B, buf, n + 1, cut, &a);
  if( a.nleft == 0 || a.nleft == a.ntok ){ free(a.s.z); return 0; }   /* a side with nothing */
  return phrase_of(B, &a, buf, n + 1, 0);
}

/* Adds the readings of w[0..n) (analysed in a) cut in two where a writer may
** have put a space: between two syllables of the stem (not before its
** particle or ending: not 클러스터|의), a stem of 3 syllables or more (독일의
** is not 독 일의), with a word the lexicon knows on one side at least
** (스마트|전문화, not 클|러스터정책). */
static void add_cuts(builder *B, node *L, const char *w, int n, const phrase_acc *a){
  const unsigned char *z = (const unsigned char *)w;
  int syl = 0;
  for(int i = 0; i < a->stem_end; i++) syl += hangul_at(z, n, i);
  if( syl < 3 || syl > MAX_SPLIT_WORD ) return;
  for(int i = 3; i < a->stem_end; i++){
    if( !hangul_at(z, n, i) || !hangul_before(z, i) ) continue;
    if( !kr_known_word(&B->tk, w, i) && !kr_known_word(&B->tk, w + i, n - i) ) continue;
    add_reading(B, L, reading_cut(B, w, n, i));
  }
}

static node *make_leaf(builder *B, const lexeme *x){
  node *L = new_node(B, N_LEAF);
  if( L == 0 ) return 0;
  const char *w = (const char *)B->z + x->b;
  int n = x->e - x->b;
  L->b = x->b; L->e = x->e;
  phrase_acc a;
  if( x->type == L_QUOTED || x->prefix ){
    analyse(B, w, n, 0, &a);
    add_reading(B, L, phrase_of(B, &a, w, n, x->prefix));
    return L;
  }
  int k = half_typed(B->z, x->b, x->e);
  if( k ){
    analyse(B, w, k - x->b, 0, &a);
    add_reading(B, L, phrase_of(B, &a, w, k - x->b, 1));
    return L;
  }
  analyse(B, w, n, 0, &a);
  int stem = 0;
  L->stop = classify_word(w, n, &a, &stem);
  if( stem ){
    free(a.s.z);
    analyse(B, w, stem, 0, &a);
    add_reading(B, L, phrase_of(B, &a, w, stem, 1));
    return L;
  }
  add_reading(B, L, phrase_of(B, &a, w, n, 0));
  if( L->nread == 0 ) return L;
  L->plain = 1;
  add_cuts(B, L, w, n, &a);
  L->bare = a.stem_end == n;
  L->stem_end = x->b + a.stem_end;
  return L;
}

/* Adds to two plain words side by side the reading of both written as one
** (스마트 전문화 -> 스마트전문화). */
static void glue(builder *B, node *l, node *r){
  int nl = l->e - l->b, nr = r->e - r->b;
  if( nl + nr > MAX_SPLIT_WORD * 3 * 2 ) return;
  if( !hangul_before(B->z + l->b, nl) || !hangul_at(B->z, r->e, r->b) ) return;
  char buf[MAX_SPLIT_WORD * 3 * 2 + 8];
  memcpy(buf, B->z + l->b, (size_t)nl);
  memcpy(buf + nl, B->z + r->b, (size_t)nr);
  phrase_acc a;
  analyse(B, buf, nl + nr, 0, &a);
  char *p = phrase_of(B, &a, buf, nl + nr, 0);
  if( p == 0 ) return;
  size_t len = strlen(p) + 1;
  len += strlen(p + len) + 1;
  char *q = malloc(len);
  if( q == 0 ){ free(p); B->oom = 1; return; }
  memcpy(q, p, len);
  add_reading(B, l, p);
  add_reading(B, r, q);
}

/* ---- vocabulary terms ---- */
/* Adds the readings of one term of a concept: its tokens, and for a Korean
** term its other spacing (스마트 특성화 glued, 스마트전문화 cut). */
static void add_term(builder *B, node *X, const char *term){
  int n = (int)strlen(term);
  phrase_acc a;
  analyse(B, term, n, 0, &a);
  add_reading(B, X, phrase_of(B, &a, term, n, 0));
  if( n > MAX_SPLIT_WORD * 3 * 2 ) return;
  const unsigned char *z = (const unsigned char *)term;
  char buf[MAX_SPLIT_WORD * 3 * 2 + 8];
  int m = 0, spaced = 0;
  for(int i = 0; i < n; i++){
    if( term[i] == ' ' && i >= 3 && hangul_before(z, i) && hangul_at(z, n, i + 1) ){ spaced = 1; continue; }
    buf[m++] = term[i];
  }
  if( spaced ){
    analyse(B, buf, m, 0, &a);
    add_reading(B, X, phrase_of(B, &a, buf, m, 0));
  }else if( memchr(term, ' ', (size_t)n) == 0 ){
    add_cuts(B, X, term, n, &a);   /* a keeps the analysis' stem_end */
  }
}

/* Words side by side kid[i..] that are a vocabulary term (the term starts
** the first word and ends the last, before at most a particle or ending)
** become one leaf: every term of the concept. */
static void expand_terms(builder *B, node *x){
  if( B->nment == 0 ) return;
  for(int i = 0; i < x->nkid; i++){
    node *k = x->kid[i];
    if( !(k && k->kind == N_LEAF && k->plain) ) continue;
    const kt_keyword_mention *m = 0;
    for(size_t q = 0; q < B->nment; q++){
      if( (int)B->ment[q].start == k->b ){ m = &B->ment[q]; break; }
    }
    if( m == 0 ) continue;
    int j = i;
    while( (int)m->end > x->kid[j]->e && j + 1 < x->nkid && x->glued[j]
           && x->kid[j + 1] && x->kid[j + 1]->kind == N_LEAF && x->kid[j + 1]->plain ) j++;
    if( (int)m->end > x->kid[j]->e || (int)m->end < x->kid[j]->stem_end ) continue;
    node *X = new_node(B, N_LEAF);
    if( X == 0 ) return;
    X->b = k->b; X->e = x->kid[j]->e;
    for(size_t t = 0; t < kt_vocab_terms(B->vocab); t++){
      const char *c, *term;
      kt_vocab_term(B->vocab, t, &c, &term);
      if( strcmp(c, m->concept) == 0 ) add_term(B, X, term);
    }
    x->kid[i] = X;
    for(int r = i + 1; r <= j; r++) x->kid[r] = 0;
    i = j;
  }
}

/* ---- the parser ---- */
static int cur(builder *B){ return B->lx[B->pos].type; }
static int starts_primary(int t){ return t == L_WORD || t == L_QUOTED || t == L_LP || t == L_COL; }

static node *parse_or(builder *B);

static node *parse_primary(builder *B){
  int t = cur(B);
  if( t == L_COL ){
    const lexeme *x = &B->lx[B->pos++];
    if( !starts_primary(cur(B)) ) return 0;
    node *kid = parse_primary(B);
    if( kid == 0 ) return 0;
    node *c = new_node(B, N_COL);
    if( c == 0 ) return 0;
    c->b = x->b; c->e = x->e;
    add_kid(B, c, kid, 0);
    return c;
  }
  if( t == L_LP ){
    B->pos++;
    if( B->depth >= MAX_DEPTH ) return 0;
    B->depth++;
    node *inner = parse_or(B);
    B->depth--;
    if( cur(B) == L_RP ) B->pos++;
    return inner;
  }
  if( t == L_WORD || t == L_QUOTED ) return make_leaf(B, &B->lx[B->pos++]);
  return 0;
}

/* a NOT b NOT c: one node, kid 0 minus the others. A NOT with nothing on its
** left takes its right side with it (nothing is searched for it). */
static node *parse_not(builder *B){
  while( cur(B) == L_NOT ){
    B->pos++;
    if( starts_primary(cur(B)) ) (void)parse_primary(B);
  }
  if( !starts_primary(cur(B)) ) return 0;
  node *left = parse_primary(B);
  node *x = 0;
  while( cur(B) == L_NOT ){
    B->pos++;
    if( !starts_primary(cur(B)) ) break;
    node *right = parse_primary(B);
    if( x == 0 ){
      x = new_node(B, N_NOT);
      if( x == 0 ) return 0;
      add_kid(B, x, left, 0);
    }
    add_kid(B, x, right, 0);
  }
  return x ? x : left;
}

static int is_plain_leaf(const node *x){ return x && x->kind == N_LEAF && x->plain; }

static node *parse_and(builder *B){
  node *x = new_node(B, N_AND);
  if( x == 0 ) return 0;
  int side_by_side = 0;
  for(;;){
    if( cur(B) == L_AND ){ B->pos++; side_by_side = 0; continue; }
    if( !starts_primary(cur(B)) && cur(B) != L_NOT ) break;
    int before = B->pos;
    node *k = parse_not(B);
    if( B->oom ) return 0;
    if( B->pos == before ) break;
    add_kid(B, x, k, side_by_side);
    side_by_side = 1;
  }
  /* vocabulary terms; glue plain words written side by side; then drop
  ** function words when something else is searched */
  expand_terms(B, x);
  int content = 0;
  for(int i = 0; i < x->nkid; i++){
    node *k = x->kid[i];
    if( k && !(k->kind == N_LEAF && k->stop) ) content = 1;
    node *r = i + 1 < x->nkid ? x->kid[i + 1] : 0;
    if( x->glued[i] && is_plain_leaf(k) && k->bare && k->stop != 1 && is_plain_leaf(r) && r->stop != 1 ){
      glue(B, k, x->kid[i + 1]);
    }
  }
  if( content ){
    for(int i = 0; i < x->nkid; i++){
      if( x->kid[i] && x->kid[i]->kind == N_LEAF && x->kid[i]->stop ) x->kid[i] = 0;
    }
  }
  return x;
}

static node *parse_or(builder *B){
  node *x = new_node(B, N_OR);
  if( x == 0 ) return 0;
  for(;;){
    int t = cur(B);
    if( t == L_OR ){ B->pos++; continue; }
    if( !starts_primary(t) && t != L_AND && t != L_NOT ) break;
    int before = B->pos;
    node *k = parse_and(B);
    if( B->oom ) return 0;
    if( B->pos == before ) break;
    add_kid(B, x, k, 0);
  }
  return x;
}

/* ---- simplify and print ---- */
/* Removes empty leaves and operators left with nothing; returns the node or
** NULL when nothing is searched. */
static node *simplify(node *x){
  if( x == 0 ) return 0;
  if( x->kind == N_LEAF ) return x->nread ? x : 0;
  int m = 0;
  for(int i = 0; i < x->nkid; i++){
    node *k = simplify(x->kid[i]);
    if( x->kind == N_NOT && i == 0 && k == 0 ) return 0;   /* nothing to exclude from */
    if( k ) x->kid[m++] = k;
  }
  x->nkid = m;
  if( m == 0 ) return 0;
  if( m == 1 && x->kind != N_COL ) return x->kid[0];
  return x;
}

/* Prints x; returns 1 when the output is one phrase (possibly with its
** column filter), which may stand beside another with an implicit AND. */
static int print(builder *B, kq_str *o, const node *x, int top){
  int simple = 1;
  switch( x->kind ){
    case N_LEAF:
      if( x->nread == 1 ){ s_cstr(o, phrase_text(x->reading[0])); return 1; }
      s_add(o, "(", 1);
      for(int i = 0; i < x->nread; i++){
        if( i ) s_add(o, " OR ", 4);
        s_cstr(o, phrase_text(x->reading[i]));
      }
      s_add(o, ")", 1);
      return 0;
    case N_COL:
      s_add(o, (const char *)B->z + x->b, (size_t)(x->e - x->b));
      s_add(o, " : ", 3);
      if( x->kid[0]->kind == N_LEAF ) return print(B, o, x->kid[0], 0) ;
      s_add(o, "(", 1);
      print(B, o, x->kid[0], 1);
      s_add(o, ")", 1);
      return 0;
    default: break;
  }
  if( !top ) s_add(o, "(", 1);
  int prev = 0;
  for(int i = 0; i < x->nkid; i++){
    kq_str part = { 0, 0, 0, 0 };
    int s = print(B, &part, x->kid[i], 0);
    if( part.oom ){ o->oom = 1; free(part.z); return 0; }
    if( i ){
      if( x->kind == N_OR ) s_add(o, " OR ", 4);
      else if( x->kind == N_NOT ) s_add(o, " NOT ", 5);
      else s_cstr(o, prev && s ? " " : " AND ");
    }
    s_add(o, part.z, part.n);
    free(part.z);
    prev = s;
  }
  if( !top ) s_add(o, ")", 1);
  simple = 0;
  return simple;
}

int kq_build(const char *text, int n, const kt_vocab *vocab, char **out, int *nout){
  *out = 0;
  *nout = 0;
  if( text == 0 || n < 0 ) n = 0;
  builder *B = calloc(1, sizeof *B);
  if( B == 0 ) return -1;
  B->z = (const unsigned char *)(text ? text : "");
  B->n = n;
  B->lx = malloc(sizeof(lexeme) * ((size_t)n + 2));
  if( B->lx == 0 ){ free(B); return -1; }
  kr_config cfg = { 0, 1, 0 };
  kr_tokenizer_init(&B->tk, &cfg);
  B->nlx = lex(B->z, n, B->lx);
  B->vocab = vocab;
  if( vocab && n > 0 && kt_vocab_find(vocab, (const char *)B->z, (size_t)n, &B->ment, &B->nment) ){
    free(B->lx);
    free(B);
    return -1;
  }
  /* stray `)` and operators at the top are skipped; what is around them is ANDed */
  node *top = new_node(B, N_AND);
  while( !B->oom && cur(B) != L_END ){
    int before = B->pos;
    node *k = parse_or(B);
    if( k ) add_kid(B, top, k, 0);
    if( B->pos == before ) B->pos++;
  }
  kq_str o = { 0, 0, 0, 0 };
  if( !B->oom ){
    node *r = simplify(top);
    if( r ) print(B, &o, r, 1);
    else s_add(&o, "\"\"", 2);
  }
  int oom = B->oom || o.oom;
  free_nodes(B);
  free(B->ment);
  free(B->lx);
  free(B);
  if( oom ){ free(o.z); return -1; }
  *out = o.z;
  *nout = (int)o.n;
  return 0;
}
