/*
** test_dedup.c — RULE C-DUP-DOC (src/dedup.c): which events repeat an
** earlier event of their document.  First the key on hand-made events (no
** parse: dates, moods, negation, codes, counts, the group's date), then
** through the whole pipeline on sentences of our own: a headline and its
** lead, the same act on two days, a denial, two documents.
*/
#include "harness.h"
#include "sima.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the key, on hand-made events ---- */

static sima_doc *hand_doc(uint32_t n) {
  sima_doc *d = sima_doc_new("x", 1, "h", "2025-11-30", NULL, NULL);
  if (!d)
    return NULL;
  d->events = sima_arena_alloc(d->arena, n * sizeof *d->events);
  d->nevents = n;
  return d;
}

/* An event of sentence s: RUS 111 CHN, asserted, the document's date. */
static void hand_event(sima_event *e, uint32_t s) {
  memset(e, 0, sizeof *e);
  e->sentence = s;
  e->date = "2025-11-30";
  e->source.code = "RUS";
  e->target.code = "CHN";
  memcpy(e->code, "111", 4);
  e->verb_tok = e->source_tok = e->target_tok = -1;
}

/* Gives e a date of its own (a time expression's). */
static void own_date(sima_event *e, const char *date, const char *precision) {
  e->date = date;
  e->date_rule = "D-TIMEX";
  e->date_precision = precision;
  e->date_start = 0;
  e->date_end = 1;
}

static int mark(sima_doc *d) {
  sima_error err;
  if (sima_events_mark_duplicates(d, &err) != SIMA_OK) {
    FAILF("mark: %s", err.msg);
    return -1;
  }
  return 0;
}

TEST(same_event_twice) {
  sima_doc *d = hand_doc(3);
  hand_event(&d->events[0], 0);
  hand_event(&d->events[1], 1);
  hand_event(&d->events[2], 1);
  memcpy(d->events[1].code, "173", 4); /* sentence 1: 173, then 111 */
  if (mark(d) == 0) {
    INT_EQ(d->events[0].duplicate, 0);
    INT_EQ(d->events[1].duplicate, 0);
    INT_EQ(d->events[2].duplicate, 1);
    INT_EQ(d->events[2].dup_sentence, 0);
    INT_EQ(d->events[2].dup_event, 0);
  }
  /* the mark points into a sentence: event 1 of sentence 1 */
  hand_event(&d->events[0], 0);
  hand_event(&d->events[1], 1);
  hand_event(&d->events[2], 2);
  memcpy(d->events[0].code, "173", 4);
  memcpy(d->events[1].code, "173", 4);
  memcpy(d->events[2].code, "111", 4);
  d->events[0].sentence = d->events[1].sentence = 1;
  memcpy(d->events[0].code, "042", 4);
  if (mark(d) == 0) {
    INT_EQ(d->events[1].duplicate, 0);
    INT_EQ(d->events[2].duplicate, 0);
  }
  memcpy(d->events[1].code, "111", 4);
  if (mark(d) == 0) {
    INT_EQ(d->events[2].duplicate, 1);
    INT_EQ(d->events[2].dup_sentence, 1);
    INT_EQ(d->events[2].dup_event, 1);
  }
  sima_doc_free(d);
}

TEST(key_fields_must_agree) {
  sima_doc *d = hand_doc(2);
  for (int k = 0; k < 7; k++) {
    hand_event(&d->events[0], 0);
    hand_event(&d->events[1], 1);
    sima_event *e = &d->events[1];
    switch (k) {
    case 0:
      e->negated = 1; /* denied vs asserted */
      break;
    case 1:
      e->mood = SIMA_MOOD_PLANNED;
      break;
    case 2:
      memcpy(e->code, "1111", 5); /* a subcode: no repeat (docs/output.md) */
      break;
    case 3:
      memcpy(e->code, "112", 4); /* another code of the same root */
      break;
    case 4:
      e->source.code = "RUSGOV";
      break;
    case 5:
      e->target.code = NULL;
      break;
    case 6:
      e->target.code = "RUS";
      e->source.code = "CHN"; /* the other direction */
      break;
    }
    if (mark(d) == 0 && d->events[1].duplicate)
      FAILF("case %d marked", k);
  }
  sima_doc_free(d);
}

TEST(dates) {
  sima_doc *d = hand_doc(3);
  /* two own dates: equal repeats, different do not */
  hand_event(&d->events[0], 0);
  hand_event(&d->events[1], 1);
  own_date(&d->events[0], "2025-11-24", "day");
  own_date(&d->events[1], "2025-11-25", "day");
  d->nevents = 2;
  if (mark(d) == 0)
    INT_EQ(d->events[1].duplicate, 0);
  own_date(&d->events[1], "2025-11-24", "day");
  if (mark(d) == 0)
    INT_EQ(d->events[1].duplicate, 1);
  /* one with the document's date only: compatible either way */
  hand_event(&d->events[1], 1);
  if (mark(d) == 0)
    INT_EQ(d->events[1].duplicate, 1);
  /* a month holds a day of it ("in November", "on November 24") */
  own_date(&d->events[0], "2025-11-01", "month");
  own_date(&d->events[1], "2025-11-24", "day");
  if (mark(d) == 0)
    INT_EQ(d->events[1].duplicate, 1);
  own_date(&d->events[1], "2025-12-01", "day");
  if (mark(d) == 0)
    INT_EQ(d->events[1].duplicate, 0);
  /* the group takes the first own date it meets: the headline (document
  ** date), "on Monday" repeats it, "on Tuesday" then is another act */
  d->nevents = 3;
  hand_event(&d->events[0], 0);
  hand_event(&d->events[1], 1);
  hand_event(&d->events[2], 2);
  own_date(&d->events[1], "2025-11-24", "day");
  own_date(&d->events[2], "2025-11-25", "day");
  if (mark(d) == 0) {
    INT_EQ(d->events[1].duplicate, 1);
    INT_EQ(d->events[2].duplicate, 0);
  }
  sima_doc_free(d);
}

TEST(counts_apart) {
  sima_doc *d = hand_doc(2);
  sima_quantity q8 = {"eight", 8, "people", 0, 0};
  sima_quantity q40 = {"40", 40, "people", 0, 0};
  sima_quantity usd = {"$40", 40, "USD", 0, 0};
  hand_event(&d->events[0], 0);
  hand_event(&d->events[1], 1);
  d->events[0].quantities = &q8;
  d->events[0].nquantities = 1;
  d->events[1].quantities = &q40;
  d->events[1].nquantities = 1;
  if (mark(d) == 0)
    INT_EQ(d->events[1].duplicate, 0);
  d->events[1].quantities = &q8; /* the same count: a repeat */
  if (mark(d) == 0)
    INT_EQ(d->events[1].duplicate, 1);
  d->events[1].quantities = &usd; /* no count in the same unit */
  if (mark(d) == 0)
    INT_EQ(d->events[1].duplicate, 1);
  d->events[1].nquantities = 0;
  if (mark(d) == 0)
    INT_EQ(d->events[1].duplicate, 1);
  sima_doc_free(d);
}

/* ---- through the pipeline ---- */

static sima_pipeline *P;

/* Codes a titled document; NULL on failure. */
static sima_doc *coded(const char *id, const char *title, const char *body) {
  sima_error err;
  sima_doc *d =
      title ? sima_doc_new_titled(title, strlen(title), body, strlen(body), id,
                                  "2025-11-30", NULL, NULL)
            : sima_doc_new(body, strlen(body), id, "2025-11-30", NULL, NULL);
  if (!d || sima_pipeline_run(P, d, SIMA_STAGE_ALL, &err) != SIMA_OK) {
    FAILF("pipeline: %s", d ? err.msg : "out of memory");
    sima_doc_free(d);
    return NULL;
  }
  return d;
}

/* "s:code:dup" per event, dup "-" or "k.i", joined by spaces. */
static void summary(const sima_doc *d, char *out, size_t cap) {
  size_t n = 0;
  out[0] = 0;
  for (uint32_t i = 0; i < d->nevents && n < cap; i++) {
    const sima_event *e = &d->events[i];
    char dup[24] = "-";
    if (e->duplicate)
      snprintf(dup, sizeof dup, "%u.%u", e->dup_sentence, e->dup_event);
    n += (size_t)snprintf(out + n, cap - n, "%s%u:%s:%s", i ? " " : "",
                          e->sentence, e->code, dup);
  }
}

static void expect_doc(const char *title, const char *body, const char *want) {
  sima_doc *d = coded("t", title, body);
  if (!d)
    return;
  char got[512];
  summary(d, got, sizeof got);
  STR_EQ(got, want);
  sima_doc_free(d);
}

TEST(pipeline_headline_and_lead) {
  expect_doc("Russia Condemns China",
             "Russia condemned China on Monday over a clash on the border.",
             "0:111:- 1:111:0.0");
}

TEST(pipeline_two_days) {
  /* the same act on two days, and once more ("again") */
  expect_doc(NULL,
             "Kenyan police arrested eight protesters on Monday. Kenyan "
             "police arrested eight protesters on Tuesday.",
             "0:173:- 1:173:-");
  expect_doc("Russia Condemns China",
             "Russia condemned China on Monday over a clash on the border. "
             "Russia condemned China again on Tuesday after a second clash.",
             "0:111:- 1:111:0.0 2:111:-");
}

TEST(pipeline_negated) {
  expect_doc("Russia Condemns China",
             "Russia did not condemn China over the clash on the border.",
             "0:111:- 1:111:-");
}

TEST(pipeline_two_documents) {
  /* the mark never crosses documents (that is the store's one-a-day) */
  sima_doc *a = coded("a", NULL, "Russia condemned China over the clash.");
  sima_doc *b = coded("b", NULL, "Russia condemned China over the clash.");
  if (a && b) {
    INT_EQ(a->nevents, 1);
    INT_EQ(b->nevents, 1);
    if (b->nevents)
      INT_EQ(b->events[0].duplicate, 0);
  }
  sima_doc_free(a);
  sima_doc_free(b);
}

TEST(json_round_trip) {
  sima_doc *d = coded("t", "Russia Condemns China",
                      "Russia condemned China on Monday over a clash.");
  if (!d || d->nevents != 2) {
    FAILF("expected two events");
    sima_doc_free(d);
    return;
  }
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  sima_event_write_json(f, d, &d->events[0]);
  sima_event_write_json(f, d, &d->events[1]);
  fclose(f);
  OK(strstr(buf, "\"duplicate_of\":null}\n") != NULL, "null mark");
  OK(strstr(buf, "\"duplicate_of\":{\"sentence\":0,\"event\":0}}\n") != NULL,
     "the mark");
  char *second = strchr(buf, '\n') + 1;
  sima_arena *a = sima_arena_new(NULL);
  sima_event_rec rec;
  sima_error err;
  if (sima_event_parse_json(a, second, strlen(second) - 1, &rec, &err))
    FAILF("parse: %s", err.msg);
  else {
    INT_EQ(rec.ev.duplicate, 1);
    INT_EQ(rec.ev.dup_sentence, 0);
    INT_EQ(rec.ev.dup_event, 0);
  }
  /* a mark must point back, and have both members */
  static const char *const bad[] = {
      "{\"doc\":\"d\",\"sentence\":0,\"text\":\"t\",\"source\":null,"
      "\"code\":\"111\",\"quad_class\":3,\"goldstein\":-2,\"mood\":"
      "\"asserted\",\"duplicate_of\":{\"sentence\":1,\"event\":0}}",
      "{\"doc\":\"d\",\"sentence\":2,\"text\":\"t\",\"source\":null,"
      "\"code\":\"111\",\"quad_class\":3,\"goldstein\":-2,\"mood\":"
      "\"asserted\",\"duplicate_of\":{\"sentence\":1}}"};
  for (size_t i = 0; i < 2; i++)
    OK(sima_event_parse_json(a, bad[i], strlen(bad[i]), &rec, &err) ==
           SIMA_ERR_FORMAT,
       bad[i]);
  sima_arena_free(a);
  free(buf);
  sima_doc_free(d);
}

int main(void) {
  RUN(same_event_twice);
  RUN(key_fields_must_agree);
  RUN(dates);
  RUN(counts_apart);
  sima_error err;
  sima_pipeline_opts o = {0};
  P = sima_pipeline_new(&o, &err);
  if (!P) {
    fprintf(stderr, "pipeline: %s\n", err.msg);
    return 1;
  }
  RUN(pipeline_headline_and_lead);
  RUN(pipeline_two_days);
  RUN(pipeline_negated);
  RUN(pipeline_two_documents);
  RUN(json_round_trip);
  sima_pipeline_free(P);
  return harness_done();
}
