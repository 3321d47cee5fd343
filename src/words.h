/*
** words.h — sorted word lists (internal).
**
** The stages keep their closed word lists (verbs of speech, nouns of
** place, ...) as static arrays sorted in strcasecmp order; test_coder
** checks the order of the coder's.  One binary search serves them all.
*/
#ifndef SIMA_WORDS_H
#define SIMA_WORDS_H

#include <stddef.h>
#include <strings.h>

/* strcasecmp(a, b) as the C locale computes it (sima never calls
** setlocale): the bytes compared after folding A-Z to a-z, other bytes
** as they are; returns their difference at the first mismatch, 0 when
** equal.  Inline, it costs a few instructions where most words differ at
** the first byte, against ~40 for the library call with its locale
** lookup; the stages call it millions of times per megabyte of text.
** Neither argument may be NULL. */
static inline int sima_casecmp(const char *a, const char *b) {
  const unsigned char *x = (const unsigned char *)a;
  const unsigned char *y = (const unsigned char *)b;
  for (;; x++, y++) {
    int cx = *x, cy = *y;
    if (cx >= 'A' && cx <= 'Z')
      cx += 'a' - 'A';
    if (cy >= 'A' && cy <= 'Z')
      cy += 'a' - 'A';
    if (cx != cy || cx == 0)
      return cx - cy;
  }
}

/* The C locale's tolower of byte c: A-Z to a-z, the rest as they are. */
static inline int sima_ascii_lower(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* Is s (case-insensitively) in list, n words sorted in strcasecmp order?
** NULL s is in no list. */
static inline int sima_words_in(const char *const *list, size_t n,
                                const char *s) {
  size_t lo = 0, hi = n;
  if (!s)
    return 0;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = sima_casecmp(list[mid], s);
    if (c == 0)
      return 1;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return 0;
}
#define SIMA_WORDS_IN(list, s)                                                 \
  sima_words_in(list, sizeof list / sizeof *list, s)

#endif
