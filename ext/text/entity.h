/*
** HTML character references in text that came out of web pages and their
** exports: "&#8901;", "&#x22C5;", "&amp;", "&nbsp;". Plain C, no ICU.
*/
#ifndef KOLIT_TEXT_ENTITY_H
#define KOLIT_TEXT_ENTITY_H
#include <stddef.h>

/* Decodes the character references of s[0..n) into out, which must hold n
** bytes (the result is never longer than the input); returns the length
** written. Numeric references (decimal and hex) may have lost their ';'
** (a web form's habit): they then end at the first non-digit. When
** lost_semicolon is not 0, that character right after a numeric reference
** without ';' is taken for the lost ';' and dropped (RISS joins keywords
** with ',' after cutting the ';': "산&#8901,학 협력" is "산⋅학 협력"). Named
** references need their ';': the common ones of HTML (amp lt gt quot apos
** nbsp middot bull ndash mdash lsquo rsquo ldquo rdquo hellip). &nbsp;
** becomes U+00A0. A reference to no character (0, a surrogate, past
** U+10FFFF) or an unknown name stays as written. */
size_t kt_decode_references(const char *s, size_t n, char *out, char lost_semicolon);

#endif
