/*
** Text layer: turns the bytes of a saved page into NFC UTF-8 with LF line
** ends, and says which encoding it found. Thin wrappers over ICU.
**
** Detection order: a BOM (UTF-8, UTF-16LE, UTF-16BE); NUL bytes (binary, or
** BOM-less UTF-16 of mostly Latin text); valid UTF-8; CP949 (reported as
** "euc-kr" when every double-byte character lies in the EUC-KR (KS X 1001)
** range, else "cp949"). Anything else is not text and is reported with the
** offset of the first byte that fits no encoding.
*/
#ifndef KOLIT_TEXT_TEXT_H
#define KOLIT_TEXT_TEXT_H
#include <stddef.h>

typedef struct kt_text {
  const char *text;     /* NFC UTF-8, LF line ends, no BOM; never NULL */
  size_t len;           /* bytes in text */
  const char *encoding; /* "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "euc-kr",
                        ** "cp949", or NULL when the input is not text */
  int normalized;       /* 1 when NFC normalization changed the text */
  int crlf;             /* 1 when CR or CRLF line ends were turned into LF */
  char reason[160];     /* when encoding is NULL: why the bytes are not text */
  char *owned;          /* internal: buffer to free, or NULL */
} kt_text;

/* Decodes n bytes. Returns 0 on success (including "not text", which sets
** encoding to NULL and fills reason) and -1 on failure (out of memory, or an
** ICU error), with a message in err. The result may point into the input
** bytes, which must outlive it. kt_text_free() releases it in every case. */
int kt_decode(const void *bytes, size_t n, kt_text *out, char *err, size_t errlen);
void kt_text_free(kt_text *t);

/* Decodes n bytes that declare their charset (a MIME part's header, an HTML
** meta charset). NULL, UTF-8 and the Korean charsets (euc-kr, cp949,
** ks_c_5601-1987, ...) are detected as kt_decode() does; another charset ICU
** knows (iso-8859-1, windows-1252, shift_jis, ...) is converted from that
** charset, its encoding reported as "declared"; a charset ICU does not know
** is ignored (detected as by kt_decode()). Same contract as kt_decode(). */
int kt_decode_charset(const void *bytes, size_t n, const char *charset, kt_text *out,
                      char *err, size_t errlen);

/* The largest input kt_decode accepts (ICU counts in int32_t UTF-16 units). */
#define KT_MAX_INPUT ((size_t)0x3FFFFFFF)

#endif
