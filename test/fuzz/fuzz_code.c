/*
** fuzz_code.c — libFuzzer target for the whole `sima code` pipeline on
** arbitrary bytes: reader -> tokenizer -> sentences -> tagger/parser ->
** actors -> coder -> dates, then every event checked and written.
**
** Byte 0 picks the form: bits 0-1 plain text, one document per line,
** JSONL, or plain text with no title line; bit 2 a document date (or
** none); bit 3 allow_single_actor; bits 4-5 the reader's chunk size; bit 6
** the why-not trace (`--why-not`: its records checked and written).  The
** rest is the input.  The pipelines (models, CAMEO table, dictionaries)
** load once, from the repository found as the other targets find
** data/cameo/cameo.txt: the working directory, else the directories above
** the executable.  Any broken invariant aborts with the reason;
** FUZZ_CODE_VERBOSE=1 prints each document's counts.  Run after `make
** fuzz`: build/fuzz/fuzz_code -dict=test/fuzz/fuzz_code.dict -timeout=10
** -rss_limit_mb=4096 test/fuzz/corpus/fuzz_code
*/
#include "sima.h"

#include <jansson.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void nowarn(void *ud, const char *msg) {
  (void)ud;
  (void)msg;
}

#define CHECK(cond, ...)                                                       \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "fuzz_code: %s: ", #cond);                               \
      fprintf(stderr, __VA_ARGS__);                                            \
      fputc('\n', stderr);                                                     \
      abort();                                                                 \
    }                                                                          \
  } while (0)

/* The repository root: "." when data/cameo/cameo.txt is there (make test
** runs from the root), else the nearest directory above the executable
** that has it; NULL when none does. */
static const char *repo_root(void) {
  static char dir[PATH_MAX];
  if (access("data/cameo/cameo.txt", R_OK) == 0 && access("models", R_OK) == 0)
    return ".";
  ssize_t n = readlink("/proc/self/exe", dir, sizeof dir - 1);
  if (n <= 0)
    return NULL;
  dir[n] = '\0';
  char probe[PATH_MAX + 32];
  char *slash;
  while ((slash = strrchr(dir, '/')) != NULL) {
    *slash = '\0';
    snprintf(probe, sizeof probe, "%s/data/cameo/cameo.txt",
             dir[0] ? dir : "");
    if (access(probe, R_OK) == 0)
      return dir[0] ? dir : "/";
  }
  return NULL;
}

typedef struct loaded {
  sima_pipeline *pipe[4]; /* [allow_single_actor + 2 * why_not] */
  sima_cameo *cameo;
} loaded;

/* Loads the two pipelines and the CAMEO table once for the process. */
static const loaded *load_once(void) {
  static int tried;
  static loaded L;
  if (tried)
    return L.pipe[0] && L.pipe[1] && L.pipe[2] && L.pipe[3] ? &L : NULL;
  tried = 1;
  const char *root = repo_root();
  if (!root) {
    fprintf(stderr, "fuzz_code: no data/cameo/cameo.txt here or above the "
                    "executable; run from the repository root\n");
    return NULL;
  }
  for (int single = 0; single < 4; single++) {
    sima_pipeline_opts po;
    memset(&po, 0, sizeof po);
    po.data_dir = root;
    po.allow_single_actor = single & 1;
    po.why_not = single >> 1;
    po.warn = nowarn;
    sima_error err = {0};
    L.pipe[single] = sima_pipeline_new(&po, &err);
    if (!L.pipe[single]) {
      fprintf(stderr, "fuzz_code: %s\n", err.msg);
      return NULL;
    }
  }
  char path[PATH_MAX + 32];
  snprintf(path, sizeof path, "%s/data/cameo/cameo.txt", root);
  sima_error err = {0};
  L.cameo = sima_cameo_load(path, &err); /* NULL: codes not checked */
  return &L;
}

/* A byte span [start, end) of an event lies inside the document text. */
static void check_span(const sima_doc *d, uint32_t start, uint32_t end,
                       const char *what) {
  CHECK(start <= end && end <= d->len, "%s span [%u,%u) in a text of %zu",
        what, start, end, d->len);
}

static void check_tok(const sima_doc *d, int32_t t, const char *what) {
  CHECK(t >= -1 && (t < 0 || (uint32_t)t < d->ntokens),
        "%s token %d of %u", what, t, d->ntokens);
}

/* A surface text, when there is one, is the document's text at its span. */
static void check_text(const sima_doc *d, const char *text, uint32_t start,
                       uint32_t end, const char *what) {
  check_span(d, start, end, what);
  if (text && end > start)
    CHECK(strlen(text) == end - start &&
              memcmp(text, d->text + start, end - start) == 0,
          "%s text '%s' is not the text at [%u,%u)", what, text, start, end);
}

static void check_actor(const sima_doc *d, const sima_actor_ref *a,
                        const char *what) {
  if (a->code || a->text)
    check_text(d, a->text, a->start, a->end, what);
}

/* Writes ev with `wr` to memory; returns the output (caller frees) and its
** length, after checking it is one line ending in a newline. */
static char *render(const sima_doc *d, const sima_event *ev,
                    void (*wr)(FILE *, const sima_doc *, const sima_event *),
                    size_t *len, const char *what) {
  char *buf = NULL;
  size_t n = 0;
  FILE *m = open_memstream(&buf, &n);
  if (!m)
    return NULL;
  wr(m, d, ev);
  fclose(m);
  CHECK(n > 0 && buf[n - 1] == '\n' && memchr(buf, '\n', n - 1) == NULL &&
            memchr(buf, '\0', n) == NULL,
        "%s output is not one line: %.*s", what, (int)n, buf);
  *len = n;
  return buf;
}

/* Every invariant of one event, then its JSON (must parse), TSV (one field
** per header column) and the compatibility writers. */
static void check_event(const sima_doc *d, const sima_cameo *c,
                        const sima_event *ev) {
  CHECK(ev->sentence < d->nsents, "sentence %u of %u", ev->sentence,
        d->nsents);
  const sima_sentence *s = &d->sents[ev->sentence];
  CHECK(ev->code[0] != '\0' && memchr(ev->code, '\0', sizeof ev->code),
        "empty or unterminated code");
  if (c) {
    const sima_cameo_code *cc = sima_cameo_find(c, ev->code);
    CHECK(cc != NULL, "code %s not in the CAMEO table", ev->code);
    CHECK(ev->root == cc->root && ev->quad_class == cc->quad_class,
          "code %s: root %d quad %d, table %d %d", ev->code, ev->root,
          ev->quad_class, cc->root, cc->quad_class);
  }
  CHECK((unsigned)ev->mood < SIMA_NMOOD, "mood %d", (int)ev->mood);
  /* allow_single_actor also codes target-only events (coder.c C-DYAD) */
  CHECK(ev->source.code != NULL || ev->target.code != NULL,
        "event %s has no actor", ev->code);
  check_actor(d, &ev->source, "source");
  check_actor(d, &ev->target, "target");
  if (ev->has_attribution)
    check_actor(d, &ev->attribution, "attribution");
  check_text(d, ev->verb_text, ev->verb_start, ev->verb_end, "verb");
  CHECK(ev->goldstein >= -10.0 && ev->goldstein <= 10.0, "goldstein %g",
        ev->goldstein);
  if (ev->location)
    check_span(d, ev->loc_start, ev->loc_end, "location");
  check_span(d, ev->date_start, ev->date_end, "date");
  CHECK(ev->nquantities == 0 || ev->quantities, "quantities NULL");
  for (uint32_t q = 0; q < ev->nquantities; q++)
    check_span(d, ev->quantities[q].start, ev->quantities[q].end, "quantity");
  check_tok(d, ev->verb_tok, "verb");
  check_tok(d, ev->source_tok, "source");
  check_tok(d, ev->target_tok, "target");
  if (ev->verb_tok >= 0)
    CHECK((uint32_t)ev->verb_tok >= s->first &&
              (uint32_t)ev->verb_tok < s->first + s->count,
          "verb token %d outside sentence %u [%u,+%u)", ev->verb_tok,
          ev->sentence, s->first, s->count);

  size_t n;
  char *js = render(d, ev, sima_event_write_json, &n, "JSON");
  if (js) {
    json_error_t jerr;
    json_t *j = json_loadb(js, n, 0, &jerr);
    CHECK(j != NULL && json_is_object(j), "JSON does not parse (%s): %s",
          jerr.text, js);
    json_decref(j);
    free(js);
  }
  char *tsv = render(d, ev, sima_event_write_tsv, &n, "TSV");
  if (tsv) {
    size_t tabs = 0;
    for (size_t i = 0; i < n; i++)
      tabs += tsv[i] == '\t';
    CHECK(tabs == 18, "TSV has %zu tabs, the header 18: %s", tabs, tsv);
    free(tsv);
  }
  FILE *null = fopen("/dev/null", "w");
  if (null) {
    sima_event_write_petrarch(null, d, ev);
    sima_event_write_gdelt(null, d, ev);
    sima_event_write_plover(null, d, ev);
    sima_event_explain(null, d, ev);
    fclose(null);
  }
}

/* The why-not records (none without the trace): in sentence order, with
** a valid stage and trigger token inside their sentence; and the line of
** every sentence without an event is one line of JSON. */
static void check_why(const sima_doc *d) {
  CHECK(d->nwhy == 0 || d->why, "no why-not array");
  for (uint32_t i = 0; i < d->nwhy; i++) {
    const sima_why *w = &d->why[i];
    CHECK(w->sentence < d->nsents, "why-not sentence %u of %u", w->sentence,
          d->nsents);
    CHECK(i == 0 || d->why[i - 1].sentence <= w->sentence,
          "why-not record %u out of sentence order", i);
    CHECK((unsigned)w->stage < SIMA_NWHY, "why-not stage %d", (int)w->stage);
    check_tok(d, w->tok, "why-not trigger");
    if (w->tok >= 0 && w->sentence < d->nsents)
      CHECK((uint32_t)w->tok >= d->sents[w->sentence].first &&
                (uint32_t)w->tok < d->sents[w->sentence].first +
                                       d->sents[w->sentence].count,
            "why-not trigger %d outside sentence %u", w->tok, w->sentence);
  }
  if (d->nwhy == 0)
    return;
  uint32_t e = 0;
  for (uint32_t s = 0; s < d->nsents; s++) {
    int coded = 0;
    while (e < d->nevents && d->events[e].sentence == s)
      e++, coded = 1;
    if (coded)
      continue;
    char *buf = NULL;
    size_t n = 0;
    FILE *m = open_memstream(&buf, &n);
    if (!m)
      return;
    sima_why_write_json(m, d, s);
    fclose(m);
    CHECK(n > 0 && buf[n - 1] == '\n' && memchr(buf, '\n', n - 1) == NULL,
          "why-not output is not one line: %.*s", (int)n, buf);
    json_error_t jerr;
    json_t *j = json_loadb(buf, n, 0, &jerr);
    CHECK(j != NULL && json_is_object(j) &&
              json_array_size(json_object_get(j, "why")) > 0,
          "why-not line does not parse or has no reason (%s): %s", jerr.text,
          buf);
    json_decref(j);
    free(buf);
  }
}

/* Runs the whole pipeline on one document and checks what it made. */
static void code_doc(const sima_pipeline *p, const sima_cameo *c,
                     sima_doc *d) {
  sima_error err = {0};
  sima_status st = sima_pipeline_run(p, d, SIMA_STAGE_ALL, &err);
  if (st != SIMA_OK) {
    CHECK(err.msg[0] != '\0', "status %d without a message", (int)st);
    return;
  }
  CHECK(d->nsents == 0 || d->sents, "no sentence array");
  for (uint32_t s = 0; s < d->nsents; s++)
    CHECK(d->sents[s].first <= d->ntokens &&
              d->sents[s].count <= d->ntokens - d->sents[s].first,
          "sentence %u [%u,+%u) of %u tokens", s, d->sents[s].first,
          d->sents[s].count, d->ntokens);
  for (uint32_t t = 0; t < d->ntokens; t++)
    check_span(d, d->tokens[t].off, d->tokens[t].off + d->tokens[t].len,
               "token");
  for (uint32_t m = 0; m < d->nmentions; m++) {
    const sima_mention *me = &d->mentions[m];
    CHECK(me->first <= d->ntokens && me->count <= d->ntokens - me->first,
          "mention %u tokens [%u,+%u) of %u", m, me->first, me->count,
          d->ntokens);
    check_span(d, me->start, me->end, "mention");
  }
  for (uint32_t e = 1; e < d->nevents; e++)
    CHECK(d->events[e - 1].sentence <= d->events[e].sentence,
          "event %u (sentence %u) after one of sentence %u", e,
          d->events[e].sentence, d->events[e - 1].sentence);
  CHECK(d->nevents == 0 || d->events, "no event array");
  if (getenv("FUZZ_CODE_VERBOSE"))
    fprintf(stderr, "%s: %u sentences, %u mentions, %u events\n",
            d->id ? d->id : "(doc)", d->nsents, d->nmentions, d->nevents);
  for (uint32_t e = 0; e < d->nevents; e++)
    check_event(d, c, &d->events[e]);
  check_why(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1 || size > (1u << 16))
    return 0;
  const loaded *L = load_once();
  if (!L)
    abort(); /* nothing would be tested: say so loudly */
  unsigned opt = data[0];
  static const size_t chunks[4] = {0, 1, 7, 300};
  sima_reader_opts o;
  memset(&o, 0, sizeof o);
  o.input = (opt & 3) == 2 ? SIMA_INPUT_JSONL : SIMA_INPUT_TEXT;
  o.lines = (opt & 3) == 1;
  o.no_title = (opt & 3) == 3;
  o.date = (opt & 4) ? "2024-03-15" : NULL;
  o.chunk = chunks[(opt >> 4) & 3];
  o.warn = nowarn;
  const sima_pipeline *p = L->pipe[((opt >> 3) & 1) | ((opt >> 5) & 2)];
  sima_error err = {0};
  sima_reader *r = sima_reader_new(&o, &err);
  if (!r)
    return 0;
  if (sima_reader_open_mem(r, "fuzz", (const char *)data + 1, size - 1,
                           &err) == SIMA_OK) {
    sima_doc *doc;
    sima_status st;
    int guard = 0;
    while ((st = sima_reader_next(r, &doc, &err)) != SIMA_DONE) {
      CHECK(guard++ < 100000, "the reader does not end");
      if (st != SIMA_OK)
        continue;
      code_doc(p, L->cameo, doc);
      sima_doc_free(doc);
    }
  }
  sima_reader_free(r);
  return 0;
}
