/*
** test_sentence.c — the sentence splitter on news cases: abbreviations,
** initials, closing quotes, datelines and titles.
*/
#include "harness.h"
#include "sima.h"

/* Splits `in` and joins sentence texts with " || ", each prefixed by T:
** for a title and D: for a dateline. */
static char *sents(const char *in, int titled) {
  static char out[4096];
  sima_doc *doc;
  if (titled) {
    const char *nl = strstr(in, "\n\n");
    doc = sima_doc_new_titled(in, (size_t)(nl - in), nl + 2, strlen(nl + 2),
                              "t", NULL, NULL, NULL);
  } else {
    doc = sima_doc_new(in, strlen(in), "t", NULL, NULL, NULL);
  }
  sima_error err;
  out[0] = '\0';
  if (!doc || sima_tokenize(doc, &err) || sima_split(doc, &err))
    return out;
  size_t o = 0;
  for (uint32_t s = 0; s < doc->nsents; s++) {
    size_t a, b;
    sima_sentence_span(doc, s, &a, &b);
    if (s) {
      memcpy(out + o, " || ", 4);
      o += 4;
    }
    if (doc->sents[s].kind == SIMA_SENT_TITLE)
      out[o++] = 'T', out[o++] = ':';
    if (doc->sents[s].kind == SIMA_SENT_DATELINE)
      out[o++] = 'D', out[o++] = ':';
    memcpy(out + o, doc->text + a, b - a);
    o += b - a;
  }
  out[o] = '\0';
  sima_doc_free(doc);
  return out;
}

static const struct {
  const char *in, *want;
} cases[] = {
    {"Mr. Xi met Gen. Smith. They talked.",
     "Mr. Xi met Gen. Smith. || They talked."},
    {"He flew to the U.S. The talks failed.",
     "He flew to the U.S. || The talks failed."},
    {"The U.S. Navy sailed.", "The U.S. Navy sailed."},
    {"J. K. Rowling wrote it. Then she left.",
     "J. K. Rowling wrote it. || Then she left."},
    {"\"We will fight.\" He left.", "\"We will fight.\" || He left."},
    {"\"Why?\" he asked. Nobody knew.", "\"Why?\" he asked. || Nobody knew."},
    {"It happened on Jan. 5 in Kyiv. Russia denied it.",
     "It happened on Jan. 5 in Kyiv. || Russia denied it."},
    {"Lt. Col. Jones spoke at 5 p.m. Nobody listened.",
     "Lt. Col. Jones spoke at 5 p.m. || Nobody listened."},
    {"BEIJING (Reuters) - China warned Taiwan on Monday. It was angry.",
     "D:BEIJING (Reuters) - || China warned Taiwan on Monday. || It was "
     "angry."},
    {"WASHINGTON, Sept. 26 (AP) \xE2\x80\x94 The Senate voted.",
     "D:WASHINGTON, Sept. 26 (AP) \xE2\x80\x94 || The Senate voted."},
    {"KABUL, Afghanistan (AP) -- Taliban fighters attacked.",
     "D:KABUL, Afghanistan (AP) -- || Taliban fighters attacked."},
    {"LONDON \xE2\x80\x94 Britain said no.",
     "D:LONDON \xE2\x80\x94 || Britain said no."},
    {"NATO - the alliance - met.", "NATO - the alliance - met."},
    {"BEIJING (sima example) - China staged drills.",
     "D:BEIJING (sima example) - || China staged drills."},
    {"UN Secretary-General Guterres spoke.",
     "UN Secretary-General Guterres spoke."},
    {"PORT-AU-PRINCE, Haiti (AP) - Gangs attacked.",
     "D:PORT-AU-PRINCE, Haiti (AP) - || Gangs attacked."},
    {"First line without stop\n\nSecond paragraph.",
     "First line without stop || Second paragraph."},
    {"Prices rose 3.5% to $400m. Analysts were surprised.",
     "Prices rose 3.5% to $400m. || Analysts were surprised."},
    {"Wait... what happened?", "Wait... what happened?"},
};

TEST(news_cases) {
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const char *got = sents(cases[i].in, 0);
    if (strcmp(got, cases[i].want) != 0)
      FAILF("case %zu:\n  in:   %s\n  got:  %s\n  want: %s", i, cases[i].in,
            got, cases[i].want);
  }
}

TEST(title_kept_apart) {
  STR_EQ(sents("China Warns U.S. Over Taiwan\n\nBEIJING (Reuters) - China "
               "warned. It was angry.",
               1),
         "T:China Warns U.S. Over Taiwan || D:BEIJING (Reuters) - || China "
         "warned. || It was angry.");
}

/* T-HEADLINE: a first line in title case glued to the body is its title;
** one that is the whole text, a sentence in plain case, or an address
** line is not. */
TEST(headline_glued) {
  STR_EQ(sents("Honduras Arrests Member of Prominent Drug Clan. Police "
               "arrested him on Monday.",
               0),
         "T:Honduras Arrests Member of Prominent Drug Clan. || Police "
         "arrested him on Monday.");
  STR_EQ(sents("Honduras Arrests Member of Prominent Drug Clan.", 0),
         "Honduras Arrests Member of Prominent Drug Clan.");
  STR_EQ(sents("Honduras arrests member of prominent drug clan. Police "
               "arrested him.",
               0),
         "Honduras arrests member of prominent drug clan. || Police "
         "arrested him.");
  STR_EQ(sents("Posted By Anthony Beavers At 07:18 Today. He wrote more.", 0),
         "Posted By Anthony Beavers At 07:18 Today. || He wrote more.");
}

int main(void) {
  RUN(news_cases);
  RUN(title_kept_apart);
  RUN(headline_glued);
  return harness_done();
}
