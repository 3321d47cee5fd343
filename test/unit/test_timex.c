/*
** test_timex.c — time expressions resolved against the document date.
** Builds documents with one hand-made event per sentence (the verb is the
** token "X"), so the resolver is tested apart from the coder.
*/
#include "harness.h"
#include "sima.h"
#include "timex.h"

/* Resolves the date of an event on the token "X" of `text`. */
static const char *resolve(const char *text, const char *docdate,
                           const char **prec) {
  static char out[16];
  sima_doc *doc = sima_doc_new(text, strlen(text), "t", docdate, NULL, NULL);
  sima_error err;
  sima_tokenize(doc, &err);
  sima_split(doc, &err);
  sima_event ev;
  memset(&ev, 0, sizeof ev);
  ev.verb_tok = -1;
  for (uint32_t k = 0; k < doc->ntokens; k++)
    if (doc->tokens[k].nnorm == 1 && doc->tokens[k].norm[0] == 'X')
      ev.verb_tok = (int32_t)k;
  ev.date = doc->date;
  doc->events = &ev;
  doc->nevents = 1;
  sima_dates_resolve(doc, &err);
  snprintf(out, sizeof out, "%s", ev.date ? ev.date : "-");
  *prec = ev.date_precision ? ev.date_precision : "-";
  doc->events = NULL;
  sima_doc_free(doc);
  return out;
}

static const struct {
  const char *text, *want, *prec;
} cases[] = {
    /* 2025-09-15 is a Monday */
    {"Trump X aid this summer.", "2025-06-01", "season"},
    {"Trump X aid last summer.", "2025-06-01", "season"},
    {"Trump X aid next summer.", "2026-06-01", "season"},
    {"China X drills on Saturday.", "2025-09-13", "day"},
    {"China X drills on Monday.", "2025-09-15", "day"},
    {"China X drills last Monday.", "2025-09-08", "day"},
    {"China will X next Monday.", "2025-09-22", "day"},
    {"They X yesterday.", "2025-09-14", "day"},
    {"They X it two days ago.", "2025-09-13", "day"},
    {"They X it three years ago.", "2022-01-01", "year"},
    {"They X it 14 months ago.", "2024-07-01", "month"},
    {"They X it a week ago.", "2025-09-08", "week"},
    {"They X it last month.", "2025-08-01", "month"},
    {"They X it last year.", "2024-01-01", "year"},
    {"They X it on Jan. 5.", "2025-01-05", "day"},
    {"They X it on March 3, 2019.", "2019-03-03", "day"},
    {"They X it on 3 March 2019.", "2019-03-03", "day"},
    {"They X it in March.", "2025-03-01", "month"},
    {"They X it in November.", "2024-11-01", "month"},
    {"They X it in 2019.", "2019-01-01", "year"},
    {"They X it on 2024-02-29.", "2024-02-29", "day"},
    {"They X it.", "2025-09-15", "-"},
    {"You may X it.", "2025-09-15", "-"}, /* "may" is not May */
    /* decades */
    {"They X it in the 1980s.", "1980-01-01", "decade"},
    {"They X it in the early 2000s.", "2000-01-01", "decade"},
    {"They X it during the mid-1990s.", "1994-01-01", "decade"},
    {"They X it in the late '90s.", "1997-01-01", "decade"},
    {"They X it in the late \xe2\x80\x99"
     "20s.",
     "2027-01-01", "decade"},
    {"They X it two decades ago.", "2005-01-01", "decade"},
    {"Allies since the 1970s, they X it.", "2025-09-15", "-"},
    /* RULE D-INTERVAL */
    {"China staged drills on Monday, three days after Taiwan's president X "
     "the delegation.",
     "2025-09-12", "day"},
    {"China staged drills on Monday, a day before Taiwan's president X the "
     "delegation.",
     "2025-09-16", "day"},
    {"Two weeks after the vote on Monday, the army X the town.", "2025-09-29",
     "week"},
    {"They X it two months after the March 3 vote.", "2025-05-01", "month"},
    {"They X it on Monday, a day before the vote.", "2025-09-15", "day"},
    {"They X it in 2019, two years after the coup.", "2019-01-01", "year"},
    {"Three days after the vote in March, they X it.", "2025-03-01", "month"},
    {"On Monday, China X large-scale drills three days after the vote.",
     "2025-09-15", "day"},
    {"Envoys will X on Monday for the first talks in six weeks after "
     "Turkey mediated a truce.",
     "2025-09-15", "day"},
    {"Killings doubled in the three years after Calderon X his assault, "
     "rising from 1,119 in 2007.",
     "2007-01-01", "year"},
    {"Three days after the army X the town, talks began on Monday.",
     "2025-09-15", "day"},
};

TEST(relative_dates) {
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const char *prec;
    const char *got = resolve(cases[i].text, "2025-09-15", &prec);
    if (strcmp(got, cases[i].want) || strcmp(prec, cases[i].prec))
      FAILF("\"%s\" -> %s (%s), want %s (%s)", cases[i].text, got, prec,
            cases[i].want, cases[i].prec);
  }
}

TEST(winter_across_the_year) {
  const char *prec;
  STR_EQ(resolve("Snow X this winter.", "2026-01-10", &prec), "2025-12-01");
  STR_EQ(resolve("Snow X last winter.", "2026-01-10", &prec), "2024-12-01");
  STR_EQ(resolve("Snow X next winter.", "2026-01-10", &prec), "2026-12-01");
}

TEST(no_document_date) {
  const char *prec;
  STR_EQ(resolve("They X it yesterday.", NULL, &prec), "-");
}

/* timex_word_index against the comparison it stands for (the token's
** bytes, A-Z folded, equal to a word of strlen(word) bytes), on tokens
** that are words of the list in any case, their prefixes and
** extensions, a NUL inside, and the empty token. */
static int index_plain(const sima_token *t, const char *const *w, int n) {
  for (int i = 0; i < n; i++) {
    size_t len = strlen(w[i]), k = 0;
    if (t->nnorm != len)
      continue;
    for (; k < len; k++) {
      char c = t->norm[k];
      if (c >= 'A' && c <= 'Z')
        c = (char)(c - 'A' + 'a');
      if (c != w[i][k])
        break;
    }
    if (k == len)
      return i;
  }
  return -1;
}

TEST(word_index_agrees) {
  static const char *const words[] = {"may", "mayday", "jan.",
                                      "x",   "",       "sept."};
  static const char *const forms[] = {
      "may",  "May",  "MAY",  "ma",    "mayd",  "mayday", "MayDay",
      "jan.", "JAN.", "jan",  "x",     "X",     "",       "sept.",
      "Sept", "m",    "mayX", "jan.x", "may\0", "ma\0y"};
  static const size_t flen[] = {3, 3, 3, 2, 4, 6, 6, 4, 4, 3,
                                1, 1, 0, 5, 4, 1, 4, 5, 4, 4};
  size_t nbad = 0;
  for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++)
    for (int n = 0; n <= 6; n++) {
      sima_token t;
      memset(&t, 0, sizeof t);
      t.norm = forms[f];
      t.nnorm = (uint32_t)flen[f];
      int got = timex_word_index(&t, words, n),
          want = index_plain(&t, words, n);
      if (got != want) {
        FAILF("'%s' among %d words: %d, want %d", forms[f], n, got, want);
        nbad++;
      }
    }
  INT_EQ(nbad, 0);
}

int main(void) {
  RUN(relative_dates);
  RUN(winter_across_the_year);
  RUN(no_document_date);
  RUN(word_index_agrees);
  return harness_done();
}
