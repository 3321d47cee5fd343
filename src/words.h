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

/* Is s (case-insensitively) in list, n words sorted in strcasecmp order?
** NULL s is in no list. */
static inline int sima_words_in(const char *const *list, size_t n,
                                const char *s) {
  size_t lo = 0, hi = n;
  if (!s)
    return 0;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcasecmp(list[mid], s);
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
