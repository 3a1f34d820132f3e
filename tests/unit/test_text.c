/* Unit tests of the text layer: encoding detection, NFC, line ends. */
#include "check.h"
#include "text/text.h"
#include "text/utf8.h"
#include <stdlib.h>

static kt_text dec(const char *bytes, size_t n){
  kt_text t;
  char err[200] = "";
  int rc = kt_decode(bytes, n, &t, err, sizeof err);
  CHECK_INT(rc, 0);
  if( rc ) fprintf(stderr, "kt_decode: %s\n", err);
  return t;
}

/* kt_nfc_map: NFC with offsets back into the input. */
static void test_nfc_map(void){
  char err[100];
  kt_nfc m;
  /* NFC input: no copy, offsets unchanged */
  const char *nfc = "독일과 Baden-Württemberg";
  CHECK_INT(kt_nfc_map(nfc, strlen(nfc), &m, err, sizeof err), 0);
  CHECK(m.text == nfc);
  CHECK(m.map == NULL);
  CHECK_INT(kt_nfc_start(&m, 3), 3);
  CHECK_INT(kt_nfc_end(&m, 6), 6);
  kt_nfc_free(&m);
  /* NFD: 독 = U+1103 U+1169 U+11A8 (9 bytes), 일, 과; ü = u U+0308 */
  const char nfd[] = "\xE1\x84\x83\xE1\x85\xA9\xE1\x86\xA8\xE1\x84\x8B\xE1\x85\xB5\xE1\x86\xAF"
                     "\xE1\x84\x80\xE1\x85\xAA" " Wu\xCC\x88rt";
  CHECK_INT(kt_nfc_map(nfd, sizeof nfd - 1, &m, err, sizeof err), 0);
  CHECK_MEM(m.text, m.len, "독일과 Würt");
  CHECK(m.map != NULL);
  CHECK_INT(kt_nfc_start(&m, 0), 0);   /* 독 */
  CHECK_INT(kt_nfc_end(&m, 6), 18);    /* 독일 ends after the 6 jamo */
  CHECK_INT(kt_nfc_start(&m, 6), 18);  /* 과 starts at its jamo */
  CHECK_INT(kt_nfc_end(&m, 9), 24);
  CHECK_INT(kt_nfc_start(&m, 10), 25); /* W */
  CHECK_INT(kt_nfc_start(&m, 11), 26); /* ü = u + U+0308 */
  CHECK_INT(kt_nfc_end(&m, 13), 29);   /* after ü: after the combining mark */
  CHECK_INT(kt_nfc_end(&m, 12), 29);   /* inside ü (its second byte): the whole segment */
  CHECK_INT(kt_nfc_end(&m, m.len), sizeof nfd - 1);
  kt_nfc_free(&m);
  /* Invalid bytes are kept, each mapped to itself; the NFD around them is composed */
  const char bad[] = "\xFF" "a\xCC\x81" "\xC3";
  CHECK_INT(kt_nfc_map(bad, sizeof bad - 1, &m, err, sizeof err), 0);
  CHECK_MEM(m.text, m.len, "\xFF" "á" "\xC3");
  CHECK_INT(kt_nfc_start(&m, 1), 1);
  CHECK_INT(kt_nfc_end(&m, 3), 4);
  CHECK_INT(kt_nfc_start(&m, 3), 4);
  CHECK_INT(kt_nfc_end(&m, 4), 5);
  kt_nfc_free(&m);
  /* Empty text */
  CHECK_INT(kt_nfc_map("", 0, &m, err, sizeof err), 0);
  CHECK_INT(m.len, 0);
  kt_nfc_free(&m);
}

int main(void){
  test_nfc_map();
  /* plain UTF-8 is not copied */
  const char *s = "클러스터 policy\n";
  kt_text t = dec(s, strlen(s));
  CHECK_STR(t.encoding, "utf-8");
  CHECK(t.text == s);
  CHECK_INT(t.normalized, 0);
  kt_text_free(&t);

  /* BOM and CRLF */
  const char bom[] = "\xEF\xBB\xBF" "a\r\nb\rc\n";
  t = dec(bom, sizeof bom - 1);
  CHECK_STR(t.encoding, "utf-8-bom");
  CHECK_MEM(t.text, t.len, "a\nb\nc\n");
  CHECK_INT(t.crlf, 1);
  kt_text_free(&t);

  /* NFD Hangul (macOS) becomes NFC: 한 = U+1112 U+1161 U+11AB */
  const char nfd[] = "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB" "국";
  t = dec(nfd, sizeof nfd - 1);
  CHECK_MEM(t.text, t.len, "한국");
  CHECK_INT(t.normalized, 1);
  kt_text_free(&t);

  /* CJK compatibility ideograph is mapped by NFC (U+F900 -> U+8C48) */
  t = dec("\xEF\xA4\x80", 3);
  CHECK_MEM(t.text, t.len, "\xE8\xB1\x88");
  kt_text_free(&t);

  /* Long texts are checked chunk by chunk: a decomposed syllable far from the
  ** start, right after a chunk's worth of precomposed ones, is still found. */
  size_t reps = 40000;
  char *big = malloc(reps * 3 + 16);
  for(size_t i = 0; i < reps; i++) memcpy(big + 3*i, "한", 3);
  memcpy(big + 3*reps, "\xE1\x84\x92\xE1\x85\xA1", 6);  /* 하 as jamo */
  t = dec(big, 3*reps + 6);
  CHECK_INT(t.normalized, 1);
  CHECK_INT(t.len, 3*reps + 3);
  CHECK_MEM(t.text + 3*reps, 3, "하");
  kt_text_free(&t);
  /* ... and a precomposed text of that size is not copied */
  t = dec(big, 3*reps);
  CHECK(t.text == big);
  kt_text_free(&t);
  /* a combining mark after ASCII at a chunk's start composes: e + U+0301 */
  memset(big, 'e', 40000);
  memcpy(big + 40000, "\xCC\x81", 2);
  t = dec(big, 40002);
  CHECK_INT(t.len, 40001);
  CHECK_MEM(t.text + 39999, 2, "\xC3\xA9");
  kt_text_free(&t);
  free(big);

  /* UTF-16LE and BE with BOM */
  const char le[] = "\xFF\xFE" "\x5C\xD5" "\x6D\xAD" "\x0D\x00\x0A\x00";  /* 한국\r\n */
  t = dec(le, sizeof le - 1);
  CHECK_STR(t.encoding, "utf-16le");
  CHECK_MEM(t.text, t.len, "한국\n");
  kt_text_free(&t);
  const char be[] = "\xFE\xFF" "\xD5\x5C" "\x00\x41";
  t = dec(be, sizeof be - 1);
  CHECK_STR(t.encoding, "utf-16be");
  CHECK_MEM(t.text, t.len, "한A");
  kt_text_free(&t);

  /* EUC-KR: 한국 = C7 D1 B1 B9; CP949-only syllable 똠 = 8C 63 */
  t = dec("\xC7\xD1\xB1\xB9 ok", 7);
  CHECK_STR(t.encoding, "euc-kr");
  CHECK_MEM(t.text, t.len, "한국 ok");
  kt_text_free(&t);
  t = dec("\x8C\x63\xC7\xD1", 4);
  CHECK_STR(t.encoding, "cp949");
  CHECK_MEM(t.text, t.len, "똠한");
  kt_text_free(&t);

  /* not text */
  t = dec("ab\0cd", 5);
  CHECK_STR(t.encoding, NULL);
  CHECK_STR(t.reason, "binary file: NUL byte at offset 2");
  CHECK_INT(t.len, 0);
  kt_text_free(&t);
  t = dec("ab\xC7\x20", 4);
  CHECK_STR(t.encoding, NULL);
  CHECK_STR(t.reason, "not text: invalid utf-8 at byte 2, and not euc-kr/cp949 either");
  kt_text_free(&t);
  t = dec("\xEF\xBB\xBF" "a\xC7\xD1", 6);
  CHECK_STR(t.reason, "invalid utf-8 after a utf-8 byte order mark at byte 4");
  kt_text_free(&t);
  t = dec("\x01\x02\x03" "abc", 6);
  CHECK_STR(t.reason, "binary file: control characters in 1% or more of the bytes");
  kt_text_free(&t);
  t = dec("\xFF\xFE" "A", 3);
  CHECK_STR(t.reason, "utf-16 text with an odd number of bytes (3)");
  kt_text_free(&t);

  /* empty input is empty UTF-8 text */
  t = dec("", 0);
  CHECK_STR(t.encoding, "utf-8");
  CHECK_INT(t.len, 0);
  kt_text_free(&t);

  /* utf8 primitives */
  uint32_t cp = 0;
  CHECK_INT(kt_utf8_decode((const unsigned char*)"\xEA\xB0\x80", 3, &cp), 3);
  CHECK_INT(cp, 0xAC00);
  CHECK_INT(kt_utf8_decode((const unsigned char*)"\xC0\x80", 2, &cp), -1);
  CHECK_INT(kt_utf8_decode((const unsigned char*)"\xED\xA0\x80", 3, &cp), -1);
  CHECK_INT(kt_utf8_decode((const unsigned char*)"\xEA\xB0", 2, &cp), -1);
  char buf[4];
  CHECK_INT(kt_utf8_encode(0x1F600, buf), 4);
  CHECK_MEM(buf, 4, "\xF0\x9F\x98\x80");
  return CHECK_DONE();
}
