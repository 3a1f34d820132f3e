/* libFuzzer target: encoding detection and conversion to NFC UTF-8.
** Checks what kt_decode promises: valid UTF-8 out, no CR, NFC idempotence. */
#include "text/text.h"
#include "text/utf8.h"
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size){
  kt_text t;
  char err[200];
  if( kt_decode(data, size, &t, err, sizeof err) == 0 ){
    if( kt_utf8_valid_prefix((const unsigned char*)t.text, t.len) != t.len ) abort();
    if( memchr(t.text, '\r', t.len) ) abort();
    if( t.encoding == NULL && t.len != 0 ) abort();
    if( t.encoding ){
      kt_text again;
      if( kt_decode(t.text, t.len, &again, err, sizeof err) == 0 ){
        /* decoding NFC UTF-8 again changes nothing (a leading U+FEFF aside) */
        if( again.encoding && strcmp(again.encoding, "utf-8") == 0
            && (again.len != t.len || memcmp(again.text, t.text, t.len) != 0) ) abort();
        kt_text_free(&again);
      }
    }
  }
  kt_text_free(&t);
  return 0;
}
