/*
** test_lemma.c — the lemmatizer with models/lemma.bin: irregular verbs
** (met->meet, sent->send, fled->flee, said->say, was->be), regular
** inflection by suffix rules, proper nouns keeping their case, and words
** never seen in training.
*/
#include "harness.h"
#include "lemma.h"
#include "sima.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static lemma_model lm;

static void check(const char *w, unsigned xpos, const char *want) {
  char out[256];
  lemma_apply(&lm, w, strlen(w), xpos, out, sizeof out);
  if (strcmp(out, want) != 0)
    FAILF("lemma(%s/%s) = %s, want %s", w, sima_xpos_name(xpos), out, want);
}

TEST(irregular_verbs) {
  check("met", SIMA_XPOS_VBD, "meet");
  check("sent", SIMA_XPOS_VBD, "send");
  check("sent", SIMA_XPOS_VBN, "send");
  check("fled", SIMA_XPOS_VBD, "flee");
  check("said", SIMA_XPOS_VBD, "say");
  check("was", SIMA_XPOS_VBD, "be");
  check("were", SIMA_XPOS_VBD, "be");
  check("is", SIMA_XPOS_VBZ, "be");
  check("'s", SIMA_XPOS_VBZ, "be");
  check("n't", SIMA_XPOS_RB, "not");
  check("fought", SIMA_XPOS_VBD, "fight");
  check("seized", SIMA_XPOS_VBN, "seize");
  check("withdrew", SIMA_XPOS_VBD, "withdraw");
  check("overthrew", SIMA_XPOS_VBD, "overthrow");
  check("Said", SIMA_XPOS_VBD, "say");
}

TEST(regular_rules) {
  check("attacks", SIMA_XPOS_NNS, "attack");
  check("militias", SIMA_XPOS_NNS, "militia");
  check("casualties", SIMA_XPOS_NNS, "casualty");
  check("bombed", SIMA_XPOS_VBD, "bomb");
  check("shelling", SIMA_XPOS_VBG, "shell");
  check("condemns", SIMA_XPOS_VBZ, "condemn");
  check("negotiated", SIMA_XPOS_VBN, "negotiate");
  check("larger", SIMA_XPOS_JJR, "large");
  check("The", SIMA_XPOS_DT, "the");
  check("children", SIMA_XPOS_NNS, "child");
}

/* A typographic apostrophe reads as ': "it’ll" is "will", "we’d"
** "would", "they’re" "be", "don’t" "not" (news uses both). */
TEST(typographic_apostrophes) {
  check("\xe2\x80\x99" "ll", SIMA_XPOS_MD, "will");
  check("\xe2\x80\x99" "d", SIMA_XPOS_MD, "would");
  check("\xe2\x80\x99" "re", SIMA_XPOS_VBP, "be");
  check("n\xe2\x80\x99" "t", SIMA_XPOS_RB, "not");
  check("'ll", SIMA_XPOS_MD, "will");
}

TEST(unseen_words) {
  /* invented words: only the suffix rules can know these */
  check("zorbulated", SIMA_XPOS_VBD, "zorbulate");
  check("frimbles", SIMA_XPOS_NNS, "frimble");
  check("Qaim", SIMA_XPOS_NNP, "Qaim");
  check("Kandahar", SIMA_XPOS_NNP, "Kandahar");
}

TEST(long_and_odd_words) {
  char big[300];
  memset(big, 'a', sizeof big - 1);
  big[sizeof big - 1] = 0;
  char out[64];
  size_t n = lemma_apply(&lm, big, strlen(big), SIMA_XPOS_NN, out, sizeof out);
  OK(n < sizeof out, "output bounded by cap");
  n = lemma_apply(&lm, "", 0, SIMA_XPOS_NN, out, sizeof out);
  INT_EQ(n, 0);
}

/* 1 when s holds only whole UTF-8 sequences (lead byte, then its
** continuation bytes). */
static int whole_utf8(const char *s) {
  for (size_t i = 0; s[i];) {
    unsigned char b = (unsigned char)s[i];
    size_t len = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3
                 : (b & 0xF8) == 0xF0 ? 4 : 0;
    if (!len)
      return 0;
    for (size_t k = 1; k < len; k++)
      if (((unsigned char)s[i + k] & 0xC0) != 0x80)
        return 0;
    i += len;
  }
  return 1;
}

/* No rule cuts a character in two, whatever the tag, and a long word cut
** to the output's size ends on a whole character (fuzz_code found a
** U+FFFD token whose lemma lost its last byte). */
TEST(whole_characters) {
  static const char *const words[] = {
      "\xEF\xBF\xBD", "caf\xC3\xA9s", "na\xC3\xAFve",
      "\xE2\x80\x99s", "Bogot\xC3\xA1", "\xE4\xB8\xAD\xE5\x9B\xBD"};
  char out[64];
  for (size_t w = 0; w < sizeof words / sizeof *words; w++)
    for (unsigned x = 0; x < SIMA_NXPOS; x++) {
      lemma_apply(&lm, words[w], strlen(words[w]), x, out, sizeof out);
      if (!whole_utf8(out))
        FAILF("lemma(%s/%s) cuts a character", words[w], sima_xpos_name(x));
    }
  char big[300] = "";
  while (strlen(big) + 2 < sizeof big)
    strcat(big, "\xC3\xA9");
  lemma_apply(&lm, big, strlen(big), SIMA_XPOS_NN, out, 8);
  OK(whole_utf8(out), "a long word cut on a character boundary");
}

/* lemma_wn_knows: the check of rule T-WORDNET (src/tagger.c). */
TEST(wordnet_knows) {
  static const struct {
    const char *w;
    unsigned xpos;
    int want;
  } cases[] = {
      {"refugees", SIMA_XPOS_NNS, 1}, {"refugees", SIMA_XPOS_VBZ, 0},
      {"tolerate", SIMA_XPOS_VB, 1},  {"tolerate", SIMA_XPOS_JJ, 0},
      {"imminent", SIMA_XPOS_JJ, 1},  {"imminent", SIMA_XPOS_NN, 0},
      {"fled", SIMA_XPOS_VBD, 1},     {"retaken", SIMA_XPOS_VBN, 1},
      {"withdrew", SIMA_XPOS_VBD, 1}, {"withdrew", SIMA_XPOS_VBN, 1},
      {"tony", SIMA_XPOS_JJS, 0},     /* no form of "good" */
      {"toolbar", SIMA_XPOS_VBG, 0},  /* no form of "tool" */
      {"refugees", SIMA_XPOS_RB, -1}, /* WordNet's adverbs are not loaded */
      {"Paris", SIMA_XPOS_NNP, -1}};
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    int got = lemma_wn_knows(&lm, cases[k].w, strlen(cases[k].w), cases[k].xpos);
    if (got != cases[k].want)
      FAILF("lemma_wn_knows(%s/%s) = %d, want %d", cases[k].w,
            sima_xpos_name(cases[k].xpos), got, cases[k].want);
  }
  INT_EQ(lemma_wn_knows(NULL, "war", 3, SIMA_XPOS_NN), -1);
}

/* A text of n made-up and real words, in a malloc'd buffer: more
** (word, XPOS) pairs than the memo has slots, so slots are shared and
** refilled; each word appears more than once. */
static char *many_words(size_t n) {
  static const char *const ends[] = {"s", "ed", "ing", "ies", "er", "est",
                                     "", "men", "ches", "ied"};
  static const char *const real[] = {"met", "was", "Said", "attacks",
                                     "fled", "it\xe2\x80\x99ll", "2,000",
                                     "UN", "running", "better"};
  char *t = malloc(n * 48 + 1);
  size_t o = 0;
  if (!t)
    return NULL;
  for (size_t k = 0; k < n; k++) {
    size_t j = (k * 7919) % (n / 2 + 1); /* each word about twice */
    if (j % 5 == 0)
      o += (size_t)sprintf(t + o, "%s ", real[j / 5 % 10]);
    else
      o += (size_t)sprintf(t + o, "%sq%c%c%c%s ", j % 3 ? "" : "Z",
                           'a' + (int)(j % 26), 'a' + (int)(j / 26 % 26),
                           'a' + (int)(j / 676 % 26), ends[j % 10]);
  }
  t[o] = 0;
  return t;
}

/* The lemma memo (lemma_sentence_memo) gives lemma_sentence's lemmas:
** cold, warm, and with slots taken in turn by different words. */
/* lemma_wn_knows as it was written before it checked the ending first
** and took a listed word's lemma from its own lookup: lemma_apply on
** every word, then the checks. */
static int wn_knows_ref(const lemma_model *m, const char *w, size_t n,
                        unsigned xpos) {
  unsigned pos;
  switch (xpos) {
  case SIMA_XPOS_NN: case SIMA_XPOS_NNS: pos = LEMMA_WN_NOUN; break;
  case SIMA_XPOS_VB: case SIMA_XPOS_VBD: case SIMA_XPOS_VBG:
  case SIMA_XPOS_VBN: case SIMA_XPOS_VBP: case SIMA_XPOS_VBZ:
    pos = LEMMA_WN_VERB;
    break;
  case SIMA_XPOS_JJ: case SIMA_XPOS_JJR: case SIMA_XPOS_JJS:
    pos = LEMMA_WN_ADJ;
    break;
  default:
    return -1;
  }
  if (!m || !m->wn_keys || n == 0 || n >= LEMMA_MAXWORD)
    return -1;
  char lo[LEMMA_MAXWORD], lem[LEMMA_MAXWORD];
  for (size_t i = 0; i < n; i++)
    lo[i] = (w[i] >= 'A' && w[i] <= 'Z') ? (char)(w[i] + 32) : w[i];
  int listed = lemma_find(m->lex_keys, m->lex_mask,
                          lemma_lex_key(lo, n, xpos)) >= 0;
  unsigned use = xpos;
  if (!listed && (xpos == SIMA_XPOS_VBD || xpos == SIMA_XPOS_VBN)) {
    unsigned other = xpos == SIMA_XPOS_VBD ? SIMA_XPOS_VBN : SIMA_XPOS_VBD;
    if (lemma_find(m->lex_keys, m->lex_mask, lemma_lex_key(lo, n, other)) >=
        0) {
      listed = 1;
      use = other;
    }
  }
  size_t len = lemma_apply(m, w, n, use, lem, sizeof lem);
  if (!listed) {
    static const struct {
      unsigned xpos;
      const char *end;
    } ends[] = {{SIMA_XPOS_VBG, "ing"}, {SIMA_XPOS_VBD, "ed"},
                {SIMA_XPOS_VBD, "t"},   {SIMA_XPOS_VBN, "ed"},
                {SIMA_XPOS_VBN, "en"},  {SIMA_XPOS_VBN, "n"},
                {SIMA_XPOS_VBN, "t"},   {SIMA_XPOS_VBZ, "s"},
                {SIMA_XPOS_NNS, "s"},   {SIMA_XPOS_JJR, "er"},
                {SIMA_XPOS_JJS, "est"}};
    int inflected = 0, fits = 0;
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
      if (ends[k].xpos != xpos)
        continue;
      size_t e = strlen(ends[k].end);
      inflected = 1;
      fits |= n > e && memcmp(lo + n - e, ends[k].end, e) == 0;
    }
    if (!inflected) {
      if (len != n || memcmp(lem, lo, n) != 0)
        return 0;
    } else if (!fits || len < 3 || memcmp(lem, lo, 3) != 0) {
      return 0;
    }
  }
  return lemma_wn_has(m, lem, len, pos) ? 1 : 0;
}

/* lemma_wn_knows gives the reference's answer for every XPOS, on words
** listed, unlisted, irregular, capitalised, without the ending, with a
** typographic apostrophe, and too long. */
TEST(wordnet_knows_reference) {
  static const char *const words[] = {
      "withdrew", "retaken", "tony",     "toolbar",  "stopped",  "xyzing",
      "rallies",  "tolerate", "Serb",    "refugees", "arrested", "met",
      "went",     "better",   "biggest", "greener",  "sent",     "ran",
      "running",  "flies",    "taken",   "Extradites", "it\xe2\x80\x99s",
      "quixotic", "snorkelling", "kerfuffles", "a", "be", "men", "women",
      "boxes",    "churches", "happier", "happiest", "hopped", "seen",
      "spent",    "n",        "ed",      "est",      "2,000",  "co-operate"};
  size_t bad = 0, yes = 0;
  for (size_t k = 0; k < sizeof words / sizeof *words; k++)
    for (unsigned x = 0; x < SIMA_NXPOS; x++) {
      int a = lemma_wn_knows(&lm, words[k], strlen(words[k]), x);
      int b = wn_knows_ref(&lm, words[k], strlen(words[k]), x);
      yes += a == 1;
      if (a != b) {
        bad++;
        FAILF("%s as %s: %d, want %d", words[k], sima_xpos_name(x), a, b);
      }
    }
  char longw[200];
  memset(longw, 'a', sizeof longw);
  INT_EQ(lemma_wn_knows(&lm, longw, sizeof longw, SIMA_XPOS_NN), -1);
  INT_EQ(bad, 0);
  OK(yes > 20, "many forms known");
}

TEST(lemma_memo) {
  sima_error err;
  char *text = many_words(12000);
  OK(text != NULL, "text");
  if (!text)
    return;
  sima_doc *doc = sima_doc_new(text, strlen(text), "m", NULL, NULL, NULL);
  OK(doc && !sima_tokenize(doc, &err), "tokenize");
  uint32_t n = doc ? doc->ntokens : 0;
  sima_syntax *a = calloc(n ? n : 1, sizeof *a);
  sima_syntax *b = calloc(n ? n : 1, sizeof *b);
  lemma_cache c = {0};
  static const unsigned xs[] = {SIMA_XPOS_NNS, SIMA_XPOS_VBD, SIMA_XPOS_VBG,
                                SIMA_XPOS_NN,  SIMA_XPOS_JJR, SIMA_XPOS_NNP,
                                SIMA_XPOS_VBZ, SIMA_XPOS_CD,  SIMA_XPOS_JJS,
                                SIMA_XPOS_VBN, SIMA_XPOS_RB};
  if (doc && a && b) {
    for (uint32_t i = 0; i < n; i++)
      a[i].xpos = b[i].xpos = (uint16_t)xs[(i * 31 + i / 7) % 11];
    INT_EQ(lemma_sentence(&lm, doc, 0, n, a), 0);
    for (int pass = 0; pass < 2; pass++) {
      INT_EQ(lemma_sentence_memo(&lm, &c, doc, 0, n, b), 0);
      size_t bad = 0;
      for (uint32_t i = 0; i < n; i++)
        if (strcmp(a[i].lemma, b[i].lemma) != 0 && bad++ < 5)
          FAILF("pass %d token %u: %s, memo %s", pass, i, a[i].lemma,
                b[i].lemma);
    }
    OK(c.slot != NULL, "memo allocated");
    size_t used = 0;
    for (size_t k = 0; c.slot && k < LEMMA_MSLOTS; k++)
      used += c.slot[k].len != 0;
    OK(used > LEMMA_MSLOTS / 2, "most slots used");
  }
  lemma_cache_free(&c);
  free(a);
  free(b);
  sima_doc_free(doc);
  free(text);
  /* a word read as NNS and NNP in turn (as the slot hash stands, a
  ** word's readings never share a slot, but the slot checks the XPOS),
  ** and two words that share a slot as NNS, taking turns in it */
  char w1[16] = "", w2[16] = "", w3[16] = "";
  uint32_t seen[LEMMA_MSLOTS];
  memset(seen, 0xff, sizeof seen);
  memcpy(w1, "qbcdes", 7);
  for (uint32_t k = 0; k < 26 * 26 * 26 * 26 && !w2[0]; k++) {
    char w[16];
    snprintf(w, sizeof w, "q%c%c%c%cs", 'a' + (int)(k % 26),
             'a' + (int)(k / 26 % 26), 'a' + (int)(k / 676 % 26),
             'a' + (int)(k / 17576 % 26));
    uint32_t s1 = lemma_memo_slot(w, 6, SIMA_XPOS_NNS);
    if (!w2[0] && seen[s1] != UINT32_MAX) {
      uint32_t j = seen[s1];
      snprintf(w3, sizeof w3, "q%c%c%c%cs", 'a' + (int)(j % 26),
               'a' + (int)(j / 26 % 26), 'a' + (int)(j / 676 % 26),
               'a' + (int)(j / 17576 % 26));
      memcpy(w2, w, sizeof w);
    }
    seen[s1] = k;
  }
  OK(w2[0] != 0, "found words sharing a slot");
  char t2[128];
  snprintf(t2, sizeof t2, "%s %s %s %s %s %s %s %s", w1, w1, w1, w1, w2, w3,
           w2, w3);
  sima_doc *d2 = sima_doc_new(t2, strlen(t2), "s", NULL, NULL, NULL);
  OK(d2 && !sima_tokenize(d2, &err) && d2->ntokens == 8, "tokenize");
  sima_syntax s2[8], s3[8];
  memset(s2, 0, sizeof s2);
  memset(s3, 0, sizeof s3);
  for (int i = 0; i < 8; i++)
    s2[i].xpos = s3[i].xpos =
        (uint16_t)(i < 4 && i % 2 ? SIMA_XPOS_NNP : SIMA_XPOS_NNS);
  if (d2 && d2->ntokens == 8) {
    INT_EQ(lemma_sentence(&lm, d2, 0, 8, s2), 0);
    INT_EQ(lemma_sentence_memo(&lm, &c, d2, 0, 8, s3), 0);
    for (int i = 0; i < 8; i++)
      STR_EQ(s3[i].lemma, s2[i].lemma);
    OK(strcmp(s2[0].lemma, s2[1].lemma) != 0, "NNS and NNP lemmas differ");
  }
  lemma_cache_free(&c);
  sima_doc_free(d2);
}

int main(void) {
  sima_error err;
  if (lemma_load(&lm, "models/lemma.bin", &err) != SIMA_OK) {
    fprintf(stderr, "FAIL: %s\n", err.msg);
    printf("0 passed, 1 failed\n");
    return 1;
  }
  RUN(irregular_verbs);
  RUN(typographic_apostrophes);
  RUN(regular_rules);
  RUN(unseen_words);
  RUN(long_and_odd_words);
  RUN(whole_characters);
  RUN(wordnet_knows);
  RUN(wordnet_knows_reference);
  RUN(lemma_memo);
  lemma_free(&lm);
  return harness_done();
}
