/*
** kt_decode_charset(): bytes that declare their charset (an MHTML part's
** header, a meta charset), decoded by that charset or, for UTF-8 and the
** Korean charsets, detected as kt_decode() does.
*/
#include "check.h"
#include "text/text.h"

static void check_decode(const char *bytes, size_t n, const char *charset, const char *want_text,
                         const char *want_encoding){
  kt_text t;
  char err[160] = "";
  CHECK_INT(kt_decode_charset(bytes, n, charset, &t, err, sizeof err), 0);
  CHECK_STR(t.encoding, want_encoding);
  if( t.encoding ) CHECK_MEM(t.text, t.len, want_text);
  kt_text_free(&t);
}

int main(void){
  /* windows-1252 and iso-8859-1: converted, CRLF made LF, NFC */
  check_decode("M\xFCller\r\nCaf\xE9 \x93quoted\x94", 21, "windows-1252", "Müller\nCafé “quoted”", "declared");
  check_decode("Gr\xFC\xDF" "e", 5, "ISO-8859-1", "Grüße", "declared");
  /* Korean charsets and UTF-8 are detected: EUC-KR bytes under any Korean name */
  check_decode("\xC7\xD1\xB1\xB9", 4, "ks_c_5601-1987", "한국", "euc-kr");
  check_decode("\xC7\xD1\xB1\xB9", 4, "EUC-KR", "한국", "euc-kr");
  check_decode("\xED\x95\x9C", 3, "utf-8", "한", "utf-8");
  /* a UTF-8 part mislabelled euc-kr is still UTF-8 */
  check_decode("\xED\x95\x9C", 3, "euc-kr", "한", "utf-8");
  /* no charset, or one ICU does not know: detected */
  check_decode("\xC7\xD1", 2, NULL, "한", "euc-kr");
  check_decode("plain", 5, "x-no-such-charset", "plain", "utf-8");
  /* not text under a declared charset: a NUL */
  kt_text t;
  char err[160] = "";
  CHECK_INT(kt_decode_charset("a\0b", 3, "windows-1252", &t, err, sizeof err), 0);
  CHECK(t.encoding == NULL);
  CHECK_STR(t.reason, "NUL character in the text at unit 1");
  kt_text_free(&t);
  return CHECK_DONE();
}
