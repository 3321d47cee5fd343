/*
** test_pipeline.c — sima_pipeline_run's selective parsing: with the coder
** in the run, only sentences with enough actor mentions are parsed, and
** the events are byte for byte those of a run that parsed every sentence
** first (on the bundled example articles, the golden-test articles and
** hand-written sentences; with and without allow_single_actor).  And the
** coder's shortcut (coder_code_doc): not coding the sentences
** sima_code_candidates rules out gives the events and why-not records of
** coding every sentence; and the repairs skipped in a sentence without
** their word change nothing there.
*/
#include "coder_int.h"
#include "harness.h"
#include "repair.h"
#include "sima.h"

#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The events of text as JSON lines (malloc'ed); parse_all: run the
** parse stage on every sentence before the rest.  NULL on failure. */
static char *events_of(const sima_pipeline *p, const char *text,
                       int parse_all, sima_doc **keep) {
  sima_error err;
  sima_doc *doc = sima_doc_new(text, strlen(text), "t", "2025-11-30", NULL,
                               NULL);
  if (!doc)
    return NULL;
  if ((parse_all && sima_pipeline_run(p, doc, SIMA_STAGE_PARSE, &err)) ||
      sima_pipeline_run(p, doc, SIMA_STAGE_ALL, &err)) {
    FAILF("pipeline: %s", err.msg);
    sima_doc_free(doc);
    return NULL;
  }
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  for (uint32_t i = 0; f && i < doc->nevents; i++)
    sima_event_write_json(f, doc, &doc->events[i]);
  if (f)
    fclose(f);
  if (keep)
    *keep = doc;
  else
    sima_doc_free(doc);
  return buf;
}

/* Appends to out[*n] (malloc'ed copies) the texts of the documents the
** reader finds in path, at most cap in all. */
static void texts_of(const char *path, char **out, size_t *n, size_t cap) {
  sima_error err;
  sima_reader *r = sima_reader_new(NULL, &err);
  if (!r || sima_reader_open(r, path, &err) != SIMA_OK) {
    FAILF("%s: %s", path, err.msg);
    sima_reader_free(r);
    return;
  }
  sima_doc *d;
  sima_status st;
  while ((st = sima_reader_next(r, &d, &err)) != SIMA_DONE && *n < cap) {
    if (st == SIMA_OK)
      out[(*n)++] = strdup(d->text);
    sima_doc_free(d);
  }
  sima_reader_free(r);
}

TEST(same_events_as_full_parse) {
  sima_error err;
  for (int single = 0; single < 2; single++) {
    sima_pipeline_opts o = {0};
    o.allow_single_actor = single;
    sima_pipeline *p = sima_pipeline_new(&o, &err);
    if (!p) {
      FAILF("pipeline: %s", err.msg);
      return;
    }
    char *texts[64];
    size_t n = 0;
    texts_of("examples/article.txt", texts, &n, 62);
    texts_of("test/golden/code/articles.jsonl", texts, &n, 62);
    texts_of("examples/articles.jsonl", texts, &n, 62);
    texts[n++] = strdup("Russia condemned China. The weather was fine. "
                        "Officials said he had met the minister in Kabul.");
    OK(n >= 5, "test texts read");
    size_t nevents = 0;
    for (size_t i = 0; i < n; i++) {
      char *a = events_of(p, texts[i], 0, NULL);
      char *b = events_of(p, texts[i], 1, NULL);
      OK(a && b && strcmp(a, b) == 0, "events equal a full parse's");
      for (char *q = a; q && (q = strchr(q, '\n')); q++)
        nevents++;
      free(a);
      free(b);
    }
    OK(nevents > 5, "the texts yield events");
    for (size_t i = 0; i < n; i++)
      free(texts[i]);
    sima_pipeline_free(p);
  }
}

TEST(sentences_without_actors_unparsed) {
  sima_error err;
  sima_pipeline *p = sima_pipeline_new(NULL, &err);
  if (!p) {
    FAILF("pipeline: %s", err.msg);
    return;
  }
  sima_doc *doc = NULL;
  char *ev = events_of(p,
                       "Russia condemned China on Monday. "
                       "The weather was fine and the sea was calm.",
                       0, &doc);
  OK(ev && strstr(ev, "\"code\":\"111\"") != NULL, "the event is coded");
  OK(doc && doc->nsents == 2, "two sentences");
  if (doc && doc->nsents == 2) {
    uint32_t roots[2] = {0, 0};
    for (uint32_t s = 0; s < 2; s++)
      for (uint32_t i = 0; i < doc->sents[s].count; i++)
        roots[s] += doc->syn[doc->sents[s].first + i].head < 0;
    INT_EQ(roots[0], 1);                  /* parsed: one root */
    INT_EQ(roots[1], doc->sents[1].count); /* not parsed: heads -1 */
  }
  free(ev);
  sima_doc_free(doc);
  sima_pipeline_free(p);
}

/* The events (JSON lines) and why-not records of doc coded by
** coder_code_doc, malloc'ed; NULL on failure.  every: every sentence,
** looking every lemma up; else only the candidates, with the candidate
** set and lemma ids of coder_code_candidates, as the pipeline does. */
static char *coded(const sima_verbs *v, const sima_cameo *c, sima_doc *doc,
                   int single, int every) {
  sima_error err;
  sima_code_opts o = {single, 1};
  unsigned char *want = NULL;
  uint32_t *lids = NULL;
  if (!every) {
    want = malloc(doc->nsents ? doc->nsents : 1);
    lids = malloc((doc->ntokens ? doc->ntokens : 1) * sizeof *lids);
    if (!want || !lids) {
      free(want);
      free(lids);
      return NULL;
    }
    coder_code_candidates(v, &o, doc, want, lids);
  }
  sima_status st = coder_code_doc(v, c, &o, doc, want, lids, every, &err);
  free(want);
  free(lids);
  if (st != SIMA_OK) {
    FAILF("coder: %s", err.msg);
    return NULL;
  }
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  if (!f)
    return NULL;
  for (uint32_t i = 0; i < doc->nevents; i++)
    sima_event_write_json(f, doc, &doc->events[i]);
  for (uint32_t i = 0; i < doc->nwhy; i++) {
    const sima_why *w = &doc->why[i];
    fprintf(f, "why %u %d %s %d %s %s %s %s\n", w->sentence, (int)w->stage,
            w->rule ? w->rule : "-", (int)w->tok,
            w->pattern ? w->pattern : "-", w->code ? w->code : "-",
            w->missing ? w->missing : "-", w->detail ? w->detail : "-");
  }
  fclose(f);
  return buf;
}

/* Appends to out[*n] (malloc'ed, at most cap in all) one text per file of
** test/spec: its examples' sentences (between "~~~ example" and "."),
** a paragraph each. */
static void spec_texts(char **out, size_t *n, size_t cap) {
  glob_t g;
  memset(&g, 0, sizeof g);
  if (glob("test/spec/*.txt", 0, NULL, &g) != 0)
    return;
  for (size_t i = 0; i < g.gl_pathc && *n < cap; i++) {
    FILE *f = fopen(g.gl_pathv[i], "r");
    char *buf = NULL, line[4096];
    size_t len = 0;
    FILE *m = f ? open_memstream(&buf, &len) : NULL;
    int in = 0;
    while (m && fgets(line, sizeof line, f)) {
      if (!strncmp(line, "~~~ example", 11))
        in = 1;
      else if (in && !strcmp(line, ".\n"))
        in = 0;
      else if (in)
        fprintf(m, "%s\n", line);
    }
    if (m) {
      fclose(m);
      if (len > 0)
        out[(*n)++] = buf;
      else
        free(buf);
    }
    if (f)
      fclose(f);
  }
  globfree(&g);
}

TEST(coder_skips_only_eventless_sentences) {
  sima_error err;
  sima_cameo *c = sima_cameo_load("data/cameo/cameo.txt", &err);
  glob_t g;
  memset(&g, 0, sizeof g);
  sima_verbs *v = NULL;
  if (c && glob("data/dict/verbs/*.txt", 0, NULL, &g) == 0)
    v = sima_verbs_load((const char *const *)g.gl_pathv, g.gl_pathc, c, 0,
                        NULL, NULL, &err);
  globfree(&g);
  sima_pipeline *p = sima_pipeline_new(NULL, &err);
  if (!c || !v || !p) {
    FAILF("load: %s", err.msg);
    sima_pipeline_free(p);
    sima_verbs_free(v);
    sima_cameo_free(c);
    return;
  }
  char *texts[256];
  size_t n = 0;
  texts_of("examples/article.txt", texts, &n, 62);
  texts_of("test/golden/code/articles.jsonl", texts, &n, 62);
  texts_of("examples/articles.jsonl", texts, &n, 62);
  spec_texts(texts, &n, 254);
  texts[n++] = strdup("Russia condemned China. The weather was fine. "
                      "Officials said he had met the minister in Kabul. "
                      "Iran must stop. Russia attacked.");
  size_t skipped = 0, nevents = 0;
  for (size_t i = 0; i < n; i++)
    for (int full = 0; full < 2; full++) /* the pipeline's parse, or all */
      for (int single = 0; single < 2; single++) {
        sima_doc *doc = sima_doc_new(texts[i], strlen(texts[i]), "t",
                                     "2025-11-30", NULL, NULL);
        if (!doc ||
            (full && sima_pipeline_run(p, doc, SIMA_STAGE_PARSE, &err)) ||
            sima_pipeline_run(p, doc, SIMA_STAGE_ALL, &err)) {
          FAILF("pipeline: %s", err.msg);
          sima_doc_free(doc);
          continue;
        }
        /* the repairs skipped without their word would change nothing */
        for (uint32_t s = 0; full && s < doc->nsents; s++)
          if (repair_check_gates(doc, doc->sents[s].first,
                                 doc->sents[s].count) != 0)
            FAILF("a gated repair changes sentence %u of text %zu", s, i);
        unsigned char want[4096];
        if (doc->nsents <= sizeof want) {
          sima_code_opts o = {single, 0};
          sima_code_candidates(v, &o, doc, want);
          for (uint32_t s = 0; s < doc->nsents; s++)
            skipped += !want[s];
        }
        char *a = coded(v, c, doc, single, 0);
        char *b = coded(v, c, doc, single, 1);
        OK(a && b && strcmp(a, b) == 0,
           "events and why-not records equal coding every sentence");
        for (char *q = a; q && (q = strstr(q, "{\"")); q++)
          nevents++;
        free(a);
        free(b);
        sima_doc_free(doc);
      }
  OK(skipped > 500, "sentences are skipped");
  OK(nevents > 1000, "the texts yield events");
  for (size_t i = 0; i < n; i++)
    free(texts[i]);
  sima_pipeline_free(p);
  sima_verbs_free(v);
  sima_cameo_free(c);
}

int main(void) {
  RUN(same_events_as_full_parse);
  RUN(sentences_without_actors_unparsed);
  RUN(coder_skips_only_eventless_sentences);
  return harness_done();
}
