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

/* A NULL-terminated word set grouped by first byte (A-Z as a-z), for a
** large set asked often: sima_word_in_index(ix, s, n) is
** sima_word_in_set(s, n, set) looking only at the words whose first
** byte folds as s's does (any other word differs from s at byte 0).  A
** set of more than SIMA_WORD_INDEX_MAX words, and an empty s, are looked
** up in the set itself.  Build once (pthread_once for a shared index);
** read-only after.  test_words checks it against sima_word_in_set. */
#define SIMA_WORD_INDEX_MAX 256
typedef struct sima_word_index {
  const char *const *set;
  int ok; /* built from the set (0: too many words, use the set) */
  /* the words whose first byte folds to b: w[start[b]..start[b + 1]) */
  unsigned short start[257];
  const char *w[SIMA_WORD_INDEX_MAX];
} sima_word_index;

static inline void sima_word_index_build(sima_word_index *ix,
                                         const char *const *set) {
  size_t n = 0;
  while (set[n])
    n++;
  ix->set = set;
  ix->ok = n <= SIMA_WORD_INDEX_MAX;
  if (!ix->ok)
    return;
  unsigned short count[257] = {0};
  for (size_t k = 0; k < n; k++)
    count[sima_ascii_lower((unsigned char)set[k][0]) + 1]++;
  ix->start[0] = 0;
  for (int b = 1; b <= 256; b++)
    ix->start[b] = (unsigned short)(ix->start[b - 1] + count[b]);
  unsigned short fill[256];
  for (int b = 0; b < 256; b++)
    fill[b] = ix->start[b];
  for (size_t k = 0; k < n; k++)
    ix->w[fill[sima_ascii_lower((unsigned char)set[k][0])]++] = set[k];
}

static inline int sima_word_in_index(const sima_word_index *ix, const char *s,
                                     size_t n) {
  if (!ix->ok || n == 0)
    return sima_word_in_set(s, n, ix->set);
  const unsigned char *a = (const unsigned char *)s;
  int b0 = sima_ascii_lower(a[0]);
  for (unsigned k = ix->start[b0]; k < ix->start[b0 + 1]; k++) {
    const unsigned char *b = (const unsigned char *)ix->w[k];
    size_t i = 0;
    while (i < n && b[i] && sima_ascii_lower(a[i]) == sima_ascii_lower(b[i]))
      i++;
    if (i == n && b[i] == 0)
      return 1;
  }
  return 0;
}

#define SIMA_WORDS_IN(list, s)                                                 \
  sima_words_in(list, sizeof list / sizeof *list, s)

#endif
