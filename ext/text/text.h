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

/* NFC of UTF-8 text with a map back to the input's byte offsets, for code
** that must report offsets into the text as given (the taggers): text NFD
** (macOS file names, some PDFs) is matched in NFC, and every offset found in
** the NFC text is mapped back. Invalid UTF-8 bytes are kept as they are. */
typedef struct kt_nfc {
  const char *text;  /* NFC UTF-8: the input itself when it is NFC (no copy) */
  size_t len;        /* bytes in text */
  unsigned *map;     /* NULL when text is the input; else len + 1 entries: the input
                     ** offset of the normalization segment each byte comes from */
  size_t n;          /* bytes in the input */
} kt_nfc;

/* Fills *m for s[0..n). Returns 0, or -1 with a message in err (out of
** memory, an ICU error). kt_nfc_free() releases it in every case. */
int kt_nfc_map(const char *s, size_t n, kt_nfc *m, char *err, size_t errlen);
void kt_nfc_free(kt_nfc *m);
/* The input offset of a span that starts (ends) at offset off of m->text: a
** span that starts or ends inside a segment (ü from u + U+0308, a syllable
** from its jamo) covers the whole segment. */
size_t kt_nfc_start(const kt_nfc *m, size_t off);
size_t kt_nfc_end(const kt_nfc *m, size_t off);
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
