/*
** Keyword vocabularies (see vocab.h).
*/
#include "tag/vocab.h"
#include "text/text.h"
#include "tag/boundary.h"
#include "tag/matcher.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct term {
  const char *concept, *text;
  unsigned char first_script, last_script;
} term;

struct kt_vocab {
  kt_matcher *m;
  term *t;
  size_t n, cap;
  char **blocks;        /* the strings it owns, packed into 64 KB blocks */
  size_t nblock, blockcap, used;  /* used: bytes taken in the last block */
};

#define BLOCK 65536

kt_vocab *kt_vocab_new(void){
  kt_vocab *v = calloc(1, sizeof(*v));
  if( v == 0 ) return 0;
  v->m = kt_matcher_new();
  if( v->m == 0 ){ free(v); return 0; }
  return v;
}

void kt_vocab_free(kt_vocab *v){
  if( v == 0 ) return;
  kt_matcher_free(v->m);
  for(size_t i = 0; i < v->nblock; i++) free(v->blocks[i]);
  free(v->blocks);
  free(v->t);
  free(v);
}

size_t kt_vocab_terms(const kt_vocab *v){ return v->n; }

void kt_vocab_term(const kt_vocab *v, size_t i, const char **concept, const char **term){
  *concept = v->t[i].concept;
  *term = v->t[i].text;
}

/* A copy of s[0..n) in the vocabulary's blocks (a long string gets a block
** of its own). */
static char *own(kt_vocab *v, const char *s, size_t n){
  if( v->nblock == 0 || v->used + n + 1 > BLOCK ){
    if( v->nblock == v->blockcap ){
      size_t nc = v->blockcap ? v->blockcap * 2 : 16;
      char **nb = realloc(v->blocks, nc * sizeof(char *));
      if( nb == 0 ) return 0;
      v->blocks = nb; v->blockcap = nc;
    }
    char *b = malloc(n + 1 > BLOCK ? n + 1 : BLOCK);
    if( b == 0 ) return 0;
    v->blocks[v->nblock++] = b;
    v->used = 0;
  }
  char *p = v->blocks[v->nblock - 1] + v->used;
  memcpy(p, s, n);
  p[n] = 0;
  v->used += n + 1;
  return p;
}

/* Adds one more spelling of term i; a spelling another term has is ignored. */
static int add_form(kt_vocab *v, const char *s, size_t n, int32_t i){
  int rc = kt_matcher_add(v->m, s, n, i, 0);
  return rc == KT_ADD_NOMEM ? -1 : 0;
}

int kt_vocab_add(kt_vocab *v, const char *concept, size_t clen, const char *text, size_t tlen){
  /* Concept ids are handed out as C strings: one with a NUL inside, or an
  ** empty one, could not be told apart from another. */
  if( clen == 0 || memchr(concept, 0, clen) ) return 1;
  if( v->n == v->cap ){
    size_t nc = v->cap ? v->cap * 2 : 256;
    term *nt = realloc(v->t, nc * sizeof(term));
    if( nt == 0 ) return -1;
    v->t = nt; v->cap = nc;
  }
  /* Rows of one concept usually come together: share its string. */
  const char *c = (v->n && strlen(v->t[v->n - 1].concept) == clen
                   && memcmp(v->t[v->n - 1].concept, concept, clen) == 0)
                  ? v->t[v->n - 1].concept : own(v, concept, clen);
  const char *t = own(v, text, tlen);
  if( c == 0 || t == 0 ) return -1;
  int32_t idx = (int32_t)v->n;
  int rc = kt_matcher_add(v->m, t, tlen, idx, 0);
  if( rc == KT_ADD_NOMEM ) return -1;
  if( rc != KT_ADD_OK ) return 1;
  term *e = &v->t[v->n++];
  e->concept = c;
  e->text = t;
  e->first_script = (unsigned char)kt_first_script(t, tlen);
  e->last_script = (unsigned char)kt_last_script(t, tlen);
  /* Spellings people also write: hyphens as spaces (lock-in, lock in) and
  ** the -ies plural of a term in consonant + y (policy, policies). */
  char buf[1024];
  if( tlen + 3 < sizeof(buf) ){
    if( memchr(t, '-', tlen) ){
      memcpy(buf, t, tlen);
      for(size_t k = 0; k < tlen; k++) if( buf[k] == '-' ) buf[k] = ' ';
      if( add_form(v, buf, tlen, idx) ) return -1;
    }
    if( tlen >= 3 && (t[tlen - 1] | 0x20) == 'y' && e->last_script == KT_SCRIPT_ALPHA
     && !strchr("aeiouAEIOU", t[tlen - 2]) ){
      memcpy(buf, t, tlen - 1);
      memcpy(buf + tlen - 1, "ies", 3);
      if( add_form(v, buf, tlen + 2, idx) ) return -1;
    }
  }
  return 0;
}

int kt_vocab_compile(kt_vocab *v){ return kt_matcher_compile(v->m); }

typedef struct scan_ctx { const kt_vocab *v; const char *s; size_t n; } scan_ctx;

/* A short Korean term (two syllables or fewer) found inside a word whose
** last syllable is also a particle is most likely the end of another noun
** plus that particle: 중요성과 is 중요성 + 과, not 성과 (performance). */
static int ko_particle_split(const term *t, const char *s, size_t start){
  static const char *const tails[] = {"과", "와", "가", "이", "의", "도", "로", "는", "은", "을", "를", "에", "나", 0};
  if( kt_script_of(kt_cp_before(s, start)) != KT_SCRIPT_HANGUL ) return 0;
  size_t n = strlen(t->text);
  if( n > 6 || n < 3 ) return 0;  /* two Hangul syllables are 6 bytes */
  for(int k = 0; tails[k]; k++) if( memcmp(t->text + n - 3, tails[k], 3) == 0 ) return 1;
  return 0;
}

/* Whether the text around a term found at [start, *end) makes it a
** mention; an English term's end moves over its inflection. */
static int accept_term(void *p, int32_t ti, size_t start, size_t *end, int *flag){
  (void)flag;
  scan_ctx *x = p;
  const term *t = &x->v->t[ti];
  if( t->first_script == KT_SCRIPT_HANGUL && ko_particle_split(t, x->s, start) ) return 0;
  if( t->first_script == KT_SCRIPT_ALPHA
   && kt_script_of(kt_cp_before(x->s, start)) == KT_SCRIPT_ALPHA ) return 0;
  if( t->last_script == KT_SCRIPT_ALPHA ){
    int k = kt_en_inflection(x->s, x->n, *end);
    if( k < 0 ) return 0;
    *end += (size_t)k;
  }
  return 1;
}

int kt_vocab_find(const kt_vocab *v, const char *in, size_t n, kt_keyword_mention **out, size_t *count){
  *out = 0;
  *count = 0;
  /* Text that may not be NFC (NFD jamo, combining marks) is tagged in NFC,
  ** and the offsets go back to the text as given. */
  kt_nfc nfc = {in, n, 0, n};
  scan_ctx x = {v, in, n};
  kt_span *c;
  size_t k;
  int rc = kt_matcher_find_nfc(v->m, in, n, accept_term, &x, &c, &k);
  if( rc == KT_FIND_NOT_NFC ){
    char err[80];
    if( kt_nfc_map(in, n, &nfc, err, sizeof err) ){ kt_nfc_free(&nfc); return -1; }
    x = (scan_ctx){v, nfc.text, nfc.len};
    rc = kt_matcher_find(v->m, nfc.text, nfc.len, accept_term, &x, &c, &k);
  }
  if( rc ){ kt_nfc_free(&nfc); return -1; }
  if( k == 0 ){ kt_nfc_free(&nfc); return 0; }
  kt_keyword_mention *m = malloc(k * sizeof(kt_keyword_mention));
  if( m == 0 ){ free(c); kt_nfc_free(&nfc); return -1; }
  for(size_t i = 0; i < k; i++){
    m[i].concept = v->t[c[i].value].concept;
    m[i].term = v->t[c[i].value].text;
    m[i].start = kt_nfc_start(&nfc, c[i].start);
    m[i].end = kt_nfc_end(&nfc, c[i].end);
  }
  free(c);
  kt_nfc_free(&nfc);
  *out = m;
  *count = k;
  return 0;
}

/* ---- the built-in vocabulary ---------------------------------------- */

static kt_vocab *builtin;    /* built once, kept for the process (see gazetteer.c) */
static char builtin_error[128];
static pthread_once_t builtin_once = PTHREAD_ONCE_INIT;

static void builtin_build(void){
  kt_vocab *v = kt_vocab_new();
  if( v == 0 ){
    const char *why = kt_matcher_init_error();
    snprintf(builtin_error, sizeof(builtin_error), "%s", why ? why : "out of memory");
    return;
  }
  for(size_t i = 0; i < kt_cluster_policy_count; i++){
    const kt_vocab_row *r = &kt_cluster_policy[i];
    if( kt_vocab_add(v, r->concept, strlen(r->concept), r->term, strlen(r->term)) < 0 ) goto nomem;
  }
  if( kt_vocab_compile(v) ) goto nomem;
  builtin = v;
  return;
nomem:
  kt_vocab_free(v);
  snprintf(builtin_error, sizeof(builtin_error), "out of memory");
}

const kt_vocab *kt_vocab_cluster_policy(char *err, size_t errlen){
  pthread_once(&builtin_once, builtin_build);
  if( builtin == 0 ) snprintf(err, errlen, "%s", builtin_error);
  return builtin;
}
