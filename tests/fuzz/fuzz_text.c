/* libFuzzer target: encoding detection and conversion to NFC UTF-8.
** Checks what kt_decode promises: valid UTF-8 out, no CR, NFC idempotence;
** and kt_nfc_map's offset map (in bounds, in order, the same NFC). */
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

  /* kt_nfc_map on the raw bytes: offsets map back inside the input, in order,
  ** a start never after its end; valid UTF-8 in gives the NFC kt_decode gives. */
  kt_nfc m;
  if( kt_nfc_map((const char *)data, size, &m, err, sizeof err) == 0 ){
    size_t last = 0;
    for(size_t i = 0; i <= m.len; i++){
      size_t a = kt_nfc_start(&m, i), b = kt_nfc_end(&m, i);
      if( a > size || b > size || a < last || b < a ) abort();
      last = a;
    }
    if( kt_nfc_end(&m, m.len) != size ) abort();
    if( kt_utf8_valid_prefix(data, size) == size && !memchr(data, '\r', size)
        && (size < 3 || memcmp(data, "\xEF\xBB\xBF", 3) != 0) && !memchr(data, 0, size) ){
      kt_text d;
      if( kt_decode(data, size, &d, err, sizeof err) == 0 && d.encoding
          && (d.len != m.len || memcmp(d.text, m.text, m.len) != 0) ) abort();
      kt_text_free(&d);
    }
  }
  kt_nfc_free(&m);
  return 0;
}
