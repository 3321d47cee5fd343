/*
** utf8.h — UTF-8 decoding and character classes shared by the tokenizer,
** the sentence splitter and the dictionary matchers.
*/
#ifndef SIMA_UTF8_H
#define SIMA_UTF8_H

#include "sima.h"

/* Decodes one code point at s (len > 0 bytes available).  Returns the bytes
** consumed (1 for an invalid byte, with *cp = -1). */
size_t utf8_decode(const unsigned char *s, size_t len, int32_t *cp);
/* Writes cp as UTF-8 into out (4 bytes of room); returns the length. */
size_t utf8_encode(int32_t cp, char *out);

int utf8_is_space(int32_t cp); /* ASCII and Unicode spaces, BOM, ZWSP */
int utf8_is_alpha(int32_t cp); /* letters and combining marks */
int utf8_is_upper(int32_t cp);
int utf8_is_lower(int32_t cp);
int utf8_is_digit(int32_t cp);

#endif
