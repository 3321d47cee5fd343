/*
** test_tokenize.c — the tokenizer on hand-written news cases, and the
** tiling property on random text.
*/
#include "harness.h"
#include "sima.h"

#include <stdlib.h>

/* Tokenizes `in` and joins the token texts with '|'. */
static char *toks(const char *in) {
  static char out[4096];
  sima_doc *doc = sima_doc_new(in, strlen(in), "t", NULL, NULL, NULL);
  sima_error err;
  out[0] = '\0';
  if (!doc || sima_tokenize(doc, &err) != SIMA_OK)
    return out;
  size_t o = 0;
  for (uint32_t k = 0; k < doc->ntokens && o + 64 < sizeof out; k++) {
    if (k)
      out[o++] = '|';
    memcpy(out + o, doc->text + doc->tokens[k].off, doc->tokens[k].len);
    o += doc->tokens[k].len;
  }
  out[o] = '\0';
  sima_doc_free(doc);
  return out;
}

static const struct {
  const char *in, *want;
} cases[] = {
    /* titles and abbreviations */
    {"Mr Xi met Mrs May.", "Mr|Xi|met|Mrs|May|."},
    {"Mr. Xi and Dr. Li", "Mr.|Xi|and|Dr.|Li"},
    {"Gen. Smith and Lt. Col. Jones", "Gen.|Smith|and|Lt.|Col.|Jones"},
    {"Sen. Warren said", "Sen.|Warren|said"},
    {"on Jan. 5, 2024", "on|Jan.|5|,|2024"},
    {"No. 10 Downing", "No.|10|Downing"},
    {"said no. Then", "said|no|.|Then"},
    /* dotted acronyms */
    {"the U.S. and the U.K. at the U.N.", "the|U.S.|and|the|U.K.|at|the|U.N."},
    {"e.g. this", "e.g.|this"},
    /* numbers and money */
    {"1,200 troops", "1,200|troops"},
    {"up 3.5% today", "up|3.5|%|today"},
    {"blocked $400m in aid", "blocked|$|400m|in|aid"},
    {"a \xC2\xA3" "7.6bn deal", "a|\xC2\xA3|7.6bn|deal"},
    {"in the 1990s", "in|the|1990s"},
    {"the 21st century", "the|21st|century"},
    /* hyphenated compounds (UD EWT splits them; prefixes stay) */
    {"a 110-mile front", "a|110|-|mile|front"},
    {"Biden-era rules", "Biden|-|era|rules"},
    {"anti-war protests", "anti-war|protests"},
    {"call 713-654-0365 now", "call|713-654-0365|now"},
    /* clitics as in Universal Dependencies */
    {"China's army", "China|'s|army"},
    {"China\xE2\x80\x99s army", "China|\xE2\x80\x99s|army"},
    {"they don't", "they|do|n't"},
    {"we can't and won't", "we|ca|n't|and|wo|n't"},
    {"I cannot", "I|can|not"},
    {"we're here, I'll go, they've", "we|'re|here|,|I|'ll|go|,|they|'ve"},
    {"O'Brien said", "O'Brien|said"},
    /* web forms */
    {"see https://example.com/a?b=1.", "see|https://example.com/a?b=1|."},
    {"www.reuters.com reports", "www.reuters.com|reports"},
    {"mail press@un.org today", "mail|press@un.org|today"},
    {"@POTUS wrote #Taiwan", "@POTUS|wrote|#Taiwan"},
    /* initials, ellipses, dashes, quotes */
    {"J. K. Rowling", "J.|K.|Rowling"},
    {"wait... what", "wait|...|what"},
    {"wait\xE2\x80\xA6 what", "wait|\xE2\x80\xA6|what"},
    {"Smith\xE2\x80\x94who left\xE2\x80\x94said", "Smith|\xE2\x80\x94|who|left|\xE2\x80\x94|said"},
    {"peace -- or war", "peace|--|or|war"},
    {"\"We are ready,\" he said", "\"|We|are|ready|,|\"|he|said"},
    {"\xE2\x80\x9C" "No\xE2\x80\x9D", "\xE2\x80\x9C|No|\xE2\x80\x9D"},
    {"Why?! Really", "Why|?!|Really"},
    {"", ""},
    {"   \n\t ", ""},
};

TEST(news_cases) {
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const char *got = toks(cases[i].in);
    if (strcmp(got, cases[i].want) != 0)
      FAILF("case %zu: \"%s\" -> \"%s\", want \"%s\"", i, cases[i].in, got,
            cases[i].want);
  }
}

TEST(norm_folds_quotes_and_dashes) {
  const char *in = "\xE2\x80\x9C" "China\xE2\x80\x99s\xE2\x80\x9D \xE2\x80\x94";
  sima_doc *doc = sima_doc_new(in, strlen(in), "t", NULL, NULL, NULL);
  sima_error err;
  OK(doc && sima_tokenize(doc, &err) == SIMA_OK, "tokenize");
  INT_EQ(doc->ntokens, 5);
  STR_EQ(doc->tokens[0].norm, "\"");
  STR_EQ(doc->tokens[1].norm, "China");
  STR_EQ(doc->tokens[2].norm, "'s");
  STR_EQ(doc->tokens[3].norm, "\"");
  STR_EQ(doc->tokens[4].norm, "--");
  /* spans still point at the original bytes */
  INT_EQ(doc->tokens[2].off, 8);
  INT_EQ(doc->tokens[2].len, 4);
  sima_doc_free(doc);
}

TEST(kinds_and_flags) {
  const char *in = "Costs rose 3.5% to $400m.\n\nNew para";
  sima_doc *doc = sima_doc_new(in, strlen(in), "t", NULL, NULL, NULL);
  sima_error err;
  OK(doc && sima_tokenize(doc, &err) == SIMA_OK, "tokenize");
  INT_EQ(doc->tokens[2].kind, SIMA_TOK_NUMBER);
  INT_EQ(doc->tokens[3].kind, SIMA_TOK_PERCENT);
  INT_EQ(doc->tokens[5].kind, SIMA_TOK_MONEY);
  INT_EQ(doc->tokens[6].kind, SIMA_TOK_NUMBER);
  OK(doc->tokens[8].flags & SIMA_TOKF_PARA_BEFORE, "blank line flagged");
  OK(doc->tokens[8].flags & SIMA_TOKF_CAPITAL, "capital flagged");
  OK(!(doc->tokens[1].flags & SIMA_TOKF_CAPITAL), "lower not capital");
  sima_doc_free(doc);
}

TEST(joined_hyphen) {
  const char *in = "Iranian-backed militias - and";
  sima_doc *doc = sima_doc_new(in, strlen(in), "t", NULL, NULL, NULL);
  sima_error err;
  OK(doc && sima_tokenize(doc, &err) == SIMA_OK, "tokenize");
  OK(doc->tokens[1].flags & SIMA_TOKF_JOINED, "hyphen joined");
  OK(doc->tokens[2].flags & SIMA_TOKF_JOINED, "part after joined");
  OK(!(doc->tokens[4].flags & SIMA_TOKF_JOINED), "spaced dash not joined");
  sima_doc_free(doc);
}

static int nwarn;
static void count_warn(void *ud, const char *msg) {
  (void)ud;
  (void)msg;
  nwarn++;
}

/* Property: tokens are in order, do not overlap, never cover white space,
** and every non-space byte is inside a token (they tile the text). */
static int tiles(const sima_doc *doc) {
  size_t pos = 0;
  for (uint32_t k = 0; k < doc->ntokens; k++) {
    const sima_token *t = &doc->tokens[k];
    if (t->off < pos || t->len == 0 || t->off + t->len > doc->len)
      return 0;
    for (size_t i = pos; i < t->off; i++) {
      unsigned char c = (unsigned char)doc->text[i];
      if (!(c == ' ' || c == '\n' || c == '\t' || c == '\r' || c >= 0x80 ||
            c < 0x20))
        return 0;
    }
    pos = t->off + t->len;
  }
  for (size_t i = pos; i < doc->len; i++) {
    unsigned char c = (unsigned char)doc->text[i];
    if (!(c == ' ' || c == '\n' || c == '\t' || c == '\r' || c >= 0x80 ||
          c < 0x20))
      return 0;
  }
  return 1;
}

TEST(tiling_property_random) {
  static const char *const pieces[] = {
      "Mr.", "U.S.", "China's", "don't", " ", "  ", "\n", "\n\n", ".", ",",
      "\"", "\xE2\x80\x9C", "\xE2\x80\x94", "-", "--", "$", "400m", "3.5%",
      "http://x.org/", "a@b.co", "@x", "#y", "...", "\xE2\x80\xA6", "(",
      ")", "word", "Word", "110-mile", "\xC3\xA9t\xC3\xA9", "?!", "'", "\xF0\x9F\x98\x80",
      "J.", "\xFF", "\xC3", ":)", "***", "'73"};
  unsigned seed = 12345;
  char buf[2048];
  for (int round = 0; round < 2000; round++) {
    size_t o = 0;
    int n = (int)(seed % 40) + 1;
    for (int k = 0; k < n; k++) {
      seed = seed * 1103515245u + 12345u;
      const char *p = pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])];
      size_t l = strlen(p);
      if (o + l >= sizeof buf)
        break;
      memcpy(buf + o, p, l);
      o += l;
    }
    sima_doc *doc = sima_doc_new(buf, o, "r", NULL, count_warn, NULL);
    sima_error err;
    if (!doc || sima_tokenize(doc, &err) != SIMA_OK || !tiles(doc)) {
      FAILF("round %d: spans do not tile \"%.*s\"", round, (int)o, buf);
      sima_doc_free(doc);
      return;
    }
    OK(sima_split(doc, &err) == SIMA_OK, "split");
    /* sentences cover the tokens in order */
    uint32_t next = 0;
    for (uint32_t s = 0; s < doc->nsents; s++) {
      if (doc->sents[s].first != next || doc->sents[s].count == 0)
        FAILF("round %d: sentence %u does not continue at token %u", round, s,
              next);
      next = doc->sents[s].first + doc->sents[s].count;
    }
    INT_EQ(next, doc->ntokens);
    sima_doc_free(doc);
  }
}

TEST(pathological_long_line) {
  size_t n = 1 << 20;
  char *big = malloc(n);
  for (size_t i = 0; i < n; i++)
    big[i] = (i % 7 == 6) ? ' ' : 'a';
  sima_doc *doc = sima_doc_new(big, n, "big", NULL, NULL, NULL);
  sima_error err;
  OK(doc && sima_tokenize(doc, &err) == SIMA_OK, "tokenize 1 MB");
  OK(sima_split(doc, &err) == SIMA_OK, "split 1 MB");
  OK(doc->nsents > 100, "long run cut into bounded sentences");
  for (uint32_t s = 0; s < doc->nsents; s++)
    if (doc->sents[s].count > 500)
      FAILF("sentence %u has %u tokens", s, doc->sents[s].count);
  sima_doc_free(doc);
  free(big);
}

int main(void) {
  RUN(news_cases);
  RUN(norm_folds_quotes_and_dashes);
  RUN(kinds_and_flags);
  RUN(joined_hyphen);
  RUN(tiling_property_random);
  RUN(pathological_long_line);
  return harness_done();
}
