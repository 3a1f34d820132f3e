/* Unit tests of the Korean analyzer (ext/korean): exact tokens, offsets and
** robustness, through kr_tokenize(), the code path FTS5 uses. */
#include "check.h"
#include "korean/korean.h"
#include "text/utf8.h"
#include <stdlib.h>
#include <stdint.h>

/* Tokens rendered as "token start-end" joined by " | ", colocated ones
** marked "+token". */
typedef struct Out { char buf[4096]; size_t n; } Out;

static int collect(void *ctx, int flags, const char *tok, int n, int start, int end){
  Out *o = ctx;
  int w = snprintf(o->buf + o->n, sizeof o->buf - o->n, "%s%s%.*s %d-%d",
                   o->n ? " | " : "", (flags & KR_COLOCATED) ? "+" : "", n, tok, start, end);
  if( w > 0 && o->n + (size_t)w < sizeof o->buf ) o->n += (size_t)w;
  return 0;
}

/* Tokens only, space-separated (colocated ones marked "+"). */
static int collect_words(void *ctx, int flags, const char *tok, int n, int start, int end){
  (void)start; (void)end;
  Out *o = ctx;
  int w = snprintf(o->buf + o->n, sizeof o->buf - o->n, "%s%s%.*s",
                   o->n ? " " : "", (flags & KR_COLOCATED) ? "+" : "", n, tok);
  if( w > 0 && o->n + (size_t)w < sizeof o->buf ) o->n += (size_t)w;
  return 0;
}

static kr_config cfg_default = { 0, 1, 0 };

static const char *run(const kr_config *cfg, int mode, const char *text, int offsets){
  static Out o;
  static kr_tokenizer t;
  o.n = 0;
  o.buf[0] = 0;
  kr_tokenizer_init(&t, cfg);
  kr_tokenize(&t, mode, text, (int)strlen(text), &o, offsets ? collect : collect_words);
  return o.buf;
}

#define DOC(text) run(&cfg_default, KR_DOCUMENT, text, 0)
#define QRY(text) run(&cfg_default, KR_QUERY, text, 0)

/* Checks that every token lies inside the input on UTF-8 boundaries. */
typedef struct Bounds { const unsigned char *z; int n, bad, count; uint64_t sum; } Bounds;

static int check_bounds(void *ctx, int flags, const char *tok, int n, int start, int end){
  Bounds *b = ctx;
  b->count++;
  /* inside the input, whole characters (valid UTF-8 from start to end) */
  if( start < 0 || end > b->n || start >= end || n <= 0
      || kt_utf8_valid_prefix(b->z + start, (size_t)(end - start)) != (size_t)(end - start)
      || kt_utf8_valid_prefix((const unsigned char *)tok, (size_t)n) != (size_t)n ) b->bad++;
  for(int i = 0; i < n; i++) b->sum = b->sum * 31 + (unsigned char)tok[i];
  b->sum = b->sum * 31 + (uint64_t)start * 7 + (uint64_t)end + (uint64_t)flags;
  return 0;
}

static Bounds bounds(const char *text, int n){
  static kr_tokenizer t;
  kr_config cfg = { 1, 1, 0 };
  Bounds b = { (const unsigned char *)text, n, 0, 0, 0 };
  kr_tokenizer_init(&t, &cfg);
  kr_tokenize(&t, KR_DOCUMENT, text, n, &b, check_bounds);
  return b;
}

static int stop_after_two(void *ctx, int flags, const char *tok, int n, int start, int end){
  (void)flags; (void)tok; (void)n; (void)start; (void)end;
  int *count = ctx;
  return ++*count == 2 ? 99 : 0;
}

int main(void){
  /* particles, endings and copulas are stripped */
  CHECK_STR(DOC("클러스터는 클러스터의 클러스터에서 클러스터이다"), "클러스터 클러스터 클러스터 클러스터");
  CHECK_STR(DOC("정부가 지역을 기업들과"), "정부 지역 기업 들");
  /* 로 follows a final ㄹ as it follows a vowel; 하다 contracted (해) */
  CHECK_STR(DOC("건물로 활용해 협력했다 개발하기보다는"), "건물 활용 협력 개발");
  /* 하다/되다/적 derivations */
  CHECK_STR(DOC("발전하는 발전된 발전적 발전시킨"), "발전 발전 발전 적 발전");
  /* compound nouns split into their nouns, at consecutive positions */
  CHECK_STR(run(&cfg_default, KR_DOCUMENT, "지역산업클러스터정책은", 1),
            "지역 0-6 | 산업 6-12 | 클러스터 12-24 | 정책 24-30");
  CHECK_STR(QRY("클러스터정책"), "클러스터 정책");
  CHECK_STR(DOC("젓갈클러스터"), "젓갈 클러스터");
  /* an unknown word stays whole, never chopped into one-syllable nouns; a
  ** known noun ending or starting an unknown compound is split off */
  CHECK_STR(DOC("하그리브스를 오바마가 코다리찜이"), "하그리브스 오바마 +오바마가 코다리찜 +코다리찜이");
  CHECK_STR(DOC("카카오클러스터 롯데마트에서"), "카카오 클러스터 롯데 마트");
  /* a particle that is also a noun needs to beat the compound reading */
  CHECK_STR(DOC("소녀시대의"), "소녀 시대");
  /* numerals and counters after digits */
  CHECK_STR(DOC("753만원 19세기 3일에"), "753 만 원 19 세기 3 일");
  /* a counter before a suffix or another one-syllable noun; thousands
  ** separators inside a number */
  CHECK_STR(DOC("4년간 6년차 21만1,828건"), "4 년 간 6 년 차 21 만 1828 건");
  CHECK_STR(DOC("4천만원 3억5천만"), "4 천만 원 3 억 5 천만");
  /* a counter and 간 중 전 후 after digits are two parts, not the noun they
  ** spell (日刊, 命中, 奮戰), but counters of two syllables stay (시간) */
  CHECK_STR(DOC("5일간의 3명중 10분전 2시간 19세기"), "5 일 간 3 명 중 10 분 전 2 시간 19 세기");
  /* a counter and a common particle, not a longer noun and a leftover (회부, 일부) */
  CHECK_STR(DOC("1회부터 1월1일부터 2020년도"), "1 회 1 월 1 일 2020 년도");
  /* a number written in Hangul is split from its counter when the lexicon
  ** does not know the word; the counter must suit the numeral (두 번, 일 년,
  ** but 세일 is a sale, not 세 일) */
  CHECK_STR(DOC("천원을 십대 이층 일년이 열번 두번째 몇년간"), "천 원 십 대 이 층 일 년 열 번 두 번째 몇 년 간");
  CHECK_STR(DOC("세명의 한두번 삼십분 수십개"), "세 명 한두 번 삼십 분 수십 개");
  CHECK_STR(DOC("세일 사회 이상 만원 일주일"), "세일 사회 이상 만원 일주일");
  /* after a counter, a known stem (두시간동안); a native numeral also
  ** stands before one noun, whichever reading is cheaper (두여배우: 두 여배우,
  ** not 두 여 배우) */
  CHECK_STR(DOC("두시간동안 두배우의 두여배우 한장면"), "두 시간 동안 두 배우 두 여배우 한 장면");
  /* a one-syllable Sino-Korean numeral takes only a counter and a particle:
  ** 이건아니잖아 and 사달라고 are not numbers */
  CHECK_STR(DOC("이건아니잖아 사달라고 두근거리고"), "이건아니잖아 사달라고 두근거리고");
  /* 팀 ends compounds like a suffix, including ko.dic's (대표팀, 우승팀) */
  CHECK_STR(DOC("국가대표팀과 우승팀은 팀장은"), "국가 대표 팀 우승 팀 팀장");
  /* a final 자 after a vowel is 者, not the copula (which keeps 이: 가수이자) */
  CHECK_STR(DOC("부양의무자 소수자 가수이자"), "부양 의무자 소수자 가수");
  /* a tie between readings goes to the longer last part */
  CHECK_STR(DOC("법학전문대학원 영화제작사"), "법학 전문 대학원 영화 제작사");
  CHECK_STR(run(&cfg_default, KR_DOCUMENT, "1,000원 3,5", 1), "1000 0-5 | 원 5-8 | 3 9-10 | 5 11-12");
  /* honorific and plural suffixes after unknown names; a one-syllable noun
  ** glued to one known noun; Sino-Korean words of hanja.txt stay whole,
  ** and so do ko.dic's nouns in 력, 비, 부 */
  CHECK_STR(DOC("김범수씨의 이씨는 등번호는"), "김범수 씨 이 씨 등 번호");
  CHECK_STR(DOC("음악원 행정안전부는 경쟁력이 관리비"), "음악원 행정 안전부 경쟁력 관리비");
  /* meaning-bearing prefixes stay */
  CHECK_STR(DOC("비급여"), "비급여");
  /* script changes and list separators split; a particle after Latin goes */
  CHECK_STR(run(&cfg_default, KR_DOCUMENT, "TAMA클러스터의", 1), "tama 0-4 | 클러스터 4-16");
  CHECK_STR(DOC("4차산업혁명 R&D투자 CEO가"), "4 차 산업 혁명 r d 투자 ceo");
  CHECK_STR(DOC("혁신ㆍ산업·지역/정책"), "혁신 산업 지역 정책");
  /* Latin: case folding, diacritics */
  CHECK_STR(DOC("Baden-Württemberg ÉCOLE Straße"), "baden wurttemberg ecole strase");
  /* Hanja: word readings at the same position as the Hanja (document side) */
  CHECK_STR(run(&cfg_default, KR_DOCUMENT, "韓國 地域産業", 1),
            "韓國 0-6 | +한국 0-6 | 地域 7-13 | +지역 7-13 | 産業 13-19 | +산업 13-19");
  CHECK_STR(QRY("地域産業"), "지역 산업");
  /* character readings with the initial-sound rule: 羅 is 라, but 나 first */
  CHECK_STR(QRY("羅"), "나");
  kr_config nohanja = { 0, 0, 0 };
  CHECK_STR(run(&nohanja, KR_DOCUMENT, "韓國", 0), "韓國");
  /* NFD Hangul is composed, offsets stay in the input */
  CHECK_STR(run(&cfg_default, KR_DOCUMENT,
            "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB\xE1\x84\x80\xE1\x85\xAE\xE1\x86\xA8\xE1\x84\x8B\xE1\x85\xB4", 1),
            "한국 0-18");
  /* choseong: initials colocated on the document side; half-typed queries */
  kr_config cho = { 1, 1, 0 };
  CHECK_STR(run(&cho, KR_DOCUMENT, "클러스터정책", 0), "클러스터 +ㅋㄹㅅㅌ 정책 +ㅈㅊ");
  CHECK_STR(run(&cho, KR_QUERY, "클러스ㅌ ㅋㄹㅅㅌ", 0), "ㅋㄹㅅㅌ ㅋㄹㅅㅌ");
  CHECK_STR(run(&cho, KR_DOCUMENT, "삼십분동안", 1), "삼십 0-6 | +ㅅㅅ 0-6 | 분 6-9 | +ㅂ 6-9 | 동안 9-15 | +ㄷㅇ 9-15");
  CHECK_STR(run(&cfg_default, KR_QUERY, "ㅋㄹㅅㅌ", 0), "ㅋㄹㅅㅌ");
  /* user dictionary: kept whole, or split as written */
  kr_userdict *ud = kr_userdict_new();
  CHECK(ud != 0);
  CHECK_INT(kr_userdict_add(ud, "지역산업", (int)strlen("지역산업")), 0);
  CHECK_INT(kr_userdict_add(ud, "스타+벅스", (int)strlen("스타+벅스")), 0);
  CHECK_INT(kr_userdict_add(ud, "하그리 브스", (int)strlen("하그리 브스")), 0);
  CHECK_INT(kr_userdict_add(ud, "abc", 3), 1);
  CHECK_INT(kr_userdict_count(ud), 3);
  kr_config user = { 0, 1, ud };
  CHECK_STR(run(&user, KR_QUERY, "하그리브스를", 0), "하그리 브스");
  CHECK_STR(run(&user, KR_DOCUMENT, "지역산업클러스터의 스타벅스가", 0), "지역산업 클러스터 스타 벅스");
  CHECK_STR(run(&cfg_default, KR_DOCUMENT, "지역산업클러스터의", 0), "지역 산업 클러스터");
  kr_userdict_free(ud);

  /* robustness: empty input, invalid UTF-8, NUL bytes, emoji, marks */
  CHECK_STR(DOC(""), "");
  const char bad[] = "\xFF\xFE\xC3" "클\x00러스터\xE2\x82" "a\xCC\x81" "😀👍🏽";
  Bounds b = bounds(bad, (int)sizeof bad - 1);
  CHECK_INT(b.bad, 0);
  CHECK_STR(run(&cfg_default, KR_DOCUMENT, "Cafe\xCC\x81 😀 가\xCC\x81나", 1), "cafe 0-6 | 가나 12-20");
  /* a 10 MB line without spaces: valid tokens, same tokens each time */
  int big = 10 * 1000 * 1000;
  char *line = malloc((size_t)big);
  CHECK(line != 0);
  if( line ){
    const char *pat[] = { "클러스터정책", "abc", "地域", "😀", "\xCC\x81", "\xE1\x84\x92\xE1\x85\xA1", "\xFF" };
    int n = 0, k = 0;
    while( n < big - 16 ){
      const char *p = pat[(k * 7 + k / 3) % 7];
      size_t l = strlen(p);
      memcpy(line + n, p, l);
      n += (int)l;
      k++;
    }
    Bounds b1 = bounds(line, n);
    CHECK_INT(b1.bad, 0);
    CHECK(b1.count > 1000000);
    /* determinism on the first megabyte (keeps the test quick under valgrind) */
    Bounds b2 = bounds(line, 1000000), b3 = bounds(line, 1000000);
    CHECK(b2.sum == b3.sum && b2.count == b3.count && b2.count > 0);
    free(line);
  }
  /* random mixes of Hangul, NFD jamo, Hanja, Latin with marks, emoji, digits,
  ** separators and broken bytes: valid ranges, the same tokens twice */
  {
    const char *piece[] = { "클러스터", "정책은", "\xE1\x84\x8F", "\xE1\x85\xB3", "\xE1\x86\xAB", "韓", "國",
      "a", "\xCC\x88", "😀", "4", "ㆍ", "ㅋ", " ", "\x00", "\xF0\x9F", "\xED\xA0\x80", "\xC0\xAF", "하는", "의" };
    uint32_t seed = 12345;
    int bad = 0, differ = 0;
    for(int round = 0; round < 3000; round++){
      char buf[512];
      int n = 0;
      int parts = (int)(seed % 40);
      for(int p = 0; p < parts; p++){
        seed = seed * 1103515245u + 12345u;
        const char *x = piece[(seed >> 16) % 20];
        size_t l = (seed >> 16) % 20 == 14 ? 1 : strlen(x);
        if( n + (int)l > (int)sizeof buf ) break;
        memcpy(buf + n, x, l);
        n += (int)l;
      }
      seed = seed * 1103515245u + 12345u;
      Bounds x1 = bounds(buf, n), x2 = bounds(buf, n);
      bad += x1.bad;
      differ += x1.sum != x2.sum || x1.count != x2.count;
    }
    CHECK_INT(bad, 0);
    CHECK_INT(differ, 0);
  }
  /* one tokenizer instance stays far below the 64 KB budget (no heap) */
  CHECK(sizeof(kr_tokenizer) <= 64 * 1024);
  /* the callback's error code stops the tokenizer at once */
  kr_tokenizer t;
  int count = 0;
  kr_tokenizer_init(&t, &cfg_default);
  CHECK_INT(kr_tokenize(&t, KR_DOCUMENT, "하나 둘 셋 넷", (int)strlen("하나 둘 셋 넷"), &count, stop_after_two), 99);
  CHECK_INT(count, 2);
  /* kr_known_word: a word the lexicon covers (korean_query cuts compounds
  ** next to one) */
  {
    static kr_tokenizer kt;
    kr_tokenizer_init(&kt, &cfg_default);
#define KNOWN(w) kr_known_word(&kt, w, (int)strlen(w))
    CHECK_INT(KNOWN("전문화"), 1);
    CHECK_INT(KNOWN("정책은"), 1);
    CHECK_INT(KNOWN("지역혁신클러스터정책"), 1);
    CHECK_INT(KNOWN("러스터"), 0);
    CHECK_INT(KNOWN("테크노"), 0);
    CHECK_INT(KNOWN(""), 0);
    CHECK_INT(KNOWN("R&D"), 0);
    CHECK_INT(KNOWN("정책 평가"), 0);
#undef KNOWN
  }
  return CHECK_DONE();
}
