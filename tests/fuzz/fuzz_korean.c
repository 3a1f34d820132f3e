/* libFuzzer target: the Korean analyzer (kr_tokenize), both sides, with and
** without choseong. Checks what the tokenizer promises: every token is
** non-empty valid UTF-8 whose byte range lies inside the input on UTF-8
** boundaries, and the same text always gives the same tokens. */
#include "korean/korean.h"
#include "text/utf8.h"
#include <stdint.h>
#include <stdlib.h>

typedef struct Seen { const unsigned char *z; int n; uint64_t digest; long count; } Seen;

static int check(void *ctx, int flags, const char *tok, int n, int start, int end){
  Seen *s = ctx;
  if( n <= 0 || start < 0 || end > s->n || start >= end ) abort();
  /* the range is whole characters: valid UTF-8 from start to end (invalid
  ** bytes separate tokens, so a stray continuation byte may follow a token) */
  if( kt_utf8_valid_prefix(s->z + start, (size_t)(end - start)) != (size_t)(end - start) ) abort();
  if( kt_utf8_valid_prefix((const unsigned char *)tok, (size_t)n) != (size_t)n ) abort();
  for(int i = 0; i < n; i++) s->digest = (s->digest ^ (unsigned char)tok[i]) * 1099511628211ULL;
  s->digest = (s->digest ^ (uint64_t)(start * 31 + end * 7 + flags)) * 1099511628211ULL;
  s->count++;
  return 0;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size){
  static kr_tokenizer t;
  if( size > (1u << 20) ) return 0;
  for(int mode = 0; mode < 2; mode++){
    for(int choseong = 0; choseong < 2; choseong++){
      kr_config cfg = { choseong, 1, 0 };
      Seen a = { data, (int)size, 1469598103934665603ULL, 0 }, b = a;
      kr_tokenizer_init(&t, &cfg);
      kr_tokenize(&t, mode, (const char *)data, (int)size, &a, check);
      kr_tokenize(&t, mode, (const char *)data, (int)size, &b, check);
      if( a.digest != b.digest || a.count != b.count ) abort();
    }
  }
  return 0;
}
