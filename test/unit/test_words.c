/*
** test_words.c — src/words.h: sima_casecmp, the inline stand-in for
** strcasecmp that the stages' word tests use, must agree with the C
** library's strcasecmp in the C locale (sima never calls setlocale) in
** sign on every pair of strings, and sima_words_in must find exactly the
** words of a sorted list.
*/
#include "harness.h"
#include "words.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static int sign(int x) { return (x > 0) - (x < 0); }

/* Every pair of one- and two-byte strings over a set of bytes that has
** both cases, the bytes between 'Z' and 'a', high bytes and the empty
** string. */
TEST(casecmp_agrees_with_strcasecmp) {
  static const unsigned char bytes[] = {'A', 'Z',  'a',  'z',  'M',  'm',
                                        '[', '_',  '`',  '@',  '{',  '0',
                                        ' ', 0x80, 0xC3, 0xE9, 0xFF, '\''};
  enum { NB = sizeof bytes };
  char s[NB * (NB + 1) + 1][3];
  size_t n = 0;
  s[n++][0] = '\0';
  for (size_t i = 0; i < NB; i++) {
    s[n][0] = (char)bytes[i];
    s[n++][1] = '\0';
    for (size_t j = 0; j < NB; j++) {
      s[n][0] = (char)bytes[i];
      s[n][1] = (char)bytes[j];
      s[n++][2] = '\0';
    }
  }
  size_t bad = 0;
  for (size_t i = 0; i < n; i++)
    for (size_t j = 0; j < n; j++)
      if (sign(sima_casecmp(s[i], s[j])) != sign(strcasecmp(s[i], s[j])))
        bad++;
  INT_EQ(bad, 0);
  OK(sima_casecmp("Said", "sAID") == 0, "case aside");
  OK(sima_casecmp("say", "said") > 0, "y after i");
  OK(sima_casecmp("sa", "said") < 0, "a prefix first");
}

/* Every byte, 0x80-0xFF included: all pairs of one-byte strings, and
** each byte after a common first letter in either case ("a" + b against
** "A" + c), agree with strcasecmp in sign (a fold of the high bytes, as
** a Latin-1 locale has, fails here; the two-byte set above has too few
** high bytes to tell). */
TEST(casecmp_every_byte) {
  size_t bad = 0;
  for (int i = 1; i < 256; i++)
    for (int j = 0; j < 256; j++) {
      char a[3] = {(char)i, 0, 0}, b[3] = {(char)j, 0, 0};
      if (sign(sima_casecmp(a, b)) != sign(strcasecmp(a, b)))
        bad++;
      char c[3] = {'a', (char)i, 0}, d[3] = {'A', (char)j, 0};
      if (sign(sima_casecmp(c, d)) != sign(strcasecmp(c, d)))
        bad++;
    }
  INT_EQ(bad, 0);
}

TEST(ascii_lower) {
  for (int b = 0; b < 256; b++)
    if (sima_ascii_lower((unsigned char)b) != tolower(b))
      FAILF("byte 0x%02x: %d, tolower %d", b,
            sima_ascii_lower((unsigned char)b), tolower(b));
  INT_EQ(sima_ascii_lower('A'), 'a');
  INT_EQ(sima_ascii_lower('Z'), 'z');
  INT_EQ(sima_ascii_lower('a'), 'a');
  INT_EQ(sima_ascii_lower('['), '[');
  INT_EQ(sima_ascii_lower(0xC9), 0xC9); /* no locale: high bytes stay */
}

TEST(words_in) {
  static const char *const list[] = {"accuse", "allege", "claim", "deny",
                                     "say",    "tell",   "warn"};
  OK(SIMA_WORDS_IN(list, "say"), "a word");
  OK(SIMA_WORDS_IN(list, "SAY"), "any case");
  OK(SIMA_WORDS_IN(list, "accuse"), "the first");
  OK(SIMA_WORDS_IN(list, "Warn"), "the last");
  OK(!SIMA_WORDS_IN(list, "sa"), "a prefix is not a word");
  OK(!SIMA_WORDS_IN(list, "says"), "nor a longer word");
  OK(!SIMA_WORDS_IN(list, ""), "nor the empty string");
  OK(!SIMA_WORDS_IN(list, NULL), "nor NULL");
  OK(!SIMA_WORDS_IN(list, "zzz"), "after the last");
}

/* The word-by-word comparison sima_word_in_set stands for (actor.c's
** tok_in before the first-byte test). */
static int in_set_plain(const char *s, size_t n, const char *const *set) {
  const unsigned char *a = (const unsigned char *)s;
  for (; *set; set++) {
    const unsigned char *b = (const unsigned char *)*set;
    size_t k = 0;
    for (; k < n; k++) {
      int x = a[k], y = b[k];
      if (y == 0)
        break;
      if (x >= 'A' && x <= 'Z')
        x += 'a' - 'A';
      if (y >= 'A' && y <= 'Z')
        y += 'a' - 'A';
      if (x != y)
        break;
    }
    if (k == n && b[k] == 0)
      return 1;
  }
  return 0;
}

/* sima_word_in_set against the plain comparison: every string of up to
** three bytes over letters of both cases, bytes next to the letters,
** a high byte and NUL (inside the length), against sets that hold the
** empty word, words that share a first byte in another case, prefixes
** and extensions of each other. */
TEST(word_in_set_agrees) {
  static const char *const sets[][8] = {
      {"the", "a", "an", "THE", NULL},
      {"", "x", NULL},
      {"ab", "aB", "abc", "b", "Z", "[", "@", NULL},
      {"\xc3\xa9", "\xc3", "'s", "-", NULL},
      {NULL}};
  static const char bytes[] = {'a', 'A', 'b',        'B',        'c',  'z', 'Z',
                               '@', '[', '`',        '{',        '\'', 's', '-',
                               'x', 'e', (char)0xc3, (char)0xa9, '\0'};
  enum { NB = sizeof bytes };
  size_t bad = 0, hits = 0;
  char w[4];
  for (size_t set = 0; set < sizeof sets / sizeof sets[0]; set++)
    for (size_t len = 0; len <= 3; len++) {
      for (size_t v = 0, total = h_strings(NB, len); v < total; v++) {
        h_nth_string(bytes, NB, len, v, w);
        int got = sima_word_in_set(w, len, sets[set]);
        int want = in_set_plain(w, len, sets[set]);
        bad += (size_t)(got != want);
        hits += (size_t)want;
      }
    }
  INT_EQ(bad, 0);
  OK(hits > 10, "the sets are found");
  static const char *const stop[] = {"the", "of", "'s", NULL};
  OK(sima_word_in_set("The", 3, stop), "case aside");
  OK(sima_word_in_set("OF", 2, stop), "all capitals");
  OK(sima_word_in_set("'S", 2, stop), "a mark first");
  OK(!sima_word_in_set("th", 2, stop), "a prefix is not a word");
  OK(!sima_word_in_set("then", 4, stop), "nor a longer word");
  OK(!sima_word_in_set("", 0, stop), "nor the empty string");
  OK(sima_word_in_set("theX", 3, stop), "only n bytes count");
}

/* sima_word_in_index against sima_word_in_set: the same strings and
** sets as word_in_set_agrees, a set of capitals and one too big for an
** index (looked up in the set). */
TEST(word_in_index_agrees) {
  static const char *const sets[][8] = {
      {"the", "a", "an", "THE", NULL},
      {"", "x", NULL},
      {"ab", "aB", "abc", "b", "Z", "[", "@", NULL},
      {"\xc3\xa9", "\xc3", "'s", "-", NULL},
      {"Ab", "ZZ", "z", NULL},
      {NULL}};
  static char big_words[SIMA_WORD_INDEX_MAX + 1][4];
  static const char *big[SIMA_WORD_INDEX_MAX + 2];
  for (int k = 0; k <= SIMA_WORD_INDEX_MAX; k++) {
    snprintf(big_words[k], sizeof big_words[k], "%c%c", 'a' + k % 26,
             'a' + k / 26);
    big[k] = big_words[k];
  }
  big[SIMA_WORD_INDEX_MAX + 1] = NULL;
  static const char bytes[] = {'a', 'A', 'b',        'B',        'c',  'z', 'Z',
                               '@', '[', '`',        '{',        '\'', 's', '-',
                               'x', 'e', (char)0xc3, (char)0xa9, '\0'};
  enum { NB = sizeof bytes, NS = sizeof sets / sizeof sets[0] };
  static sima_word_index ix[NS + 1];
  for (size_t k = 0; k < NS; k++)
    sima_word_index_build(&ix[k], sets[k]);
  sima_word_index_build(&ix[NS], big);
  OK(!ix[NS].ok && ix[0].ok, "too big a set is not indexed");
  size_t nbad = 0, hits = 0;
  char w[4];
  for (size_t set = 0; set <= NS; set++)
    for (size_t len = 0; len <= 3; len++) {
      for (size_t v = 0, total = h_strings(NB, len); v < total; v++) {
        h_nth_string(bytes, NB, len, v, w);
        const char *const *st = set < NS ? sets[set] : big;
        int got = sima_word_in_index(&ix[set], w, len);
        int want = sima_word_in_set(w, len, st);
        nbad += (size_t)(got != want);
        hits += (size_t)want;
      }
    }
  INT_EQ(nbad, 0);
  OK(hits > 10, "the sets are found");
  OK(sima_word_in_index(&ix[0], "The", 3), "case aside");
  OK(sima_word_in_index(&ix[4], "zz", 2), "a capital word, a small token");
}

int main(void) {
  RUN(casecmp_agrees_with_strcasecmp);
  RUN(casecmp_every_byte);
  RUN(ascii_lower);
  RUN(words_in);
  RUN(word_in_set_agrees);
  RUN(word_in_index_agrees);
  return harness_done();
}
