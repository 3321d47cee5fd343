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
/* Is s[0..n) one of the words of set (a NULL-terminated array of
** NUL-terminated words), ASCII case aside (A-Z as a-z, other bytes as
** they are)?  That is: is there a word w in set with strlen(w) == n
** whose bytes equal s's after folding both?
** The words of a set mostly differ from s at the first byte, so each is
** first tested there alone, against s's first byte folded once (x0); a
** word that passes is compared in full.  The test is the first step of
** the full comparison: a word it rejects differs from s at byte 0 (s is
** not empty, so byte 0 is compared), and would have failed there.  An
** empty s skips the test (it equals only an empty word).  test_words
** checks it against the plain comparison of every word. */
static inline int sima_word_in_set(const char *s, size_t n,
                                   const char *const *set) {
  const unsigned char *a = (const unsigned char *)s;
  int x0 = n ? sima_ascii_lower(a[0]) : -1;
  for (; *set; set++) {
    const unsigned char *b = (const unsigned char *)*set;
    if (x0 >= 0 && sima_ascii_lower(b[0]) != x0)
      continue;
    size_t k = 0;
    while (k < n && b[k] && sima_ascii_lower(a[k]) == sima_ascii_lower(b[k]))
      k++;
    if (k == n && b[k] == 0)
      return 1;
  }
  return 0;
}

#define SIMA_WORDS_IN(list, s)                                                 \
  sima_words_in(list, sizeof list / sizeof *list, s)

#endif
