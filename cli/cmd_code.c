/*
** cmd_code.c — `sima code`: raw news in, one JSON object per event out.
**
** The main thread reads documents into a ring of documents in flight;
** --threads workers take them in order and run the whole pipeline on
** each; the main thread writes each document's events as soon as it and
** all before it are done, so reading, coding and writing overlap and the
** output is the same whatever the number of threads.
*/
#include "cli.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char cmd_code_summary[] = "code events from news (the main job)";
const char cmd_code_help[] =
    "usage: sima code [--date YYYY-MM-DD] [--input text|jsonl|petrxml] [--lines]\n"
    "                 [--format jsonl|tsv|petrarch|gdelt|plover]\n"
    "                 [--dict PATH]... [--threads N] [--parser dense|sparse]\n"
    "                 [--allow-single-actor] [--explain] [--why-not]\n"
    "                 [--lenient] [--stats] [--quiet] FILE...|-\n"
    "\n"
    "Reads articles and writes one record per coded event: who did what to\n"
    "whom (CAMEO code, Goldstein, quad class, PLOVER), when, with mood,\n"
    "negation, attribution, location, quantities, byte spans and the id of\n"
    "the rule that fired (docs/output.md).\n"
    "\n"
    "  --format jsonl|tsv    output (default jsonl; tsv has a header);\n"
    "                        petrarch, gdelt (with a header), plover:\n"
    "                        docs/compat.md\n"
    "  --dict PATH           add a dictionary: a file whose name contains\n"
    "                        \"verb\" adds verb patterns, any other actors\n"
    "  --threads N           worker threads (default: the number of cores)\n"
    "  --parser dense|sparse dependency parser (default dense, or\n"
    "                        SIMA_PARSER): dense needs models/dparser.bin\n"
    "  --allow-single-actor  also code events with one actor (no target,\n"
    "                        or no source)\n"
    "  --explain             after each event, the tokens, parse edges and\n"
    "                        pattern behind it (for people, not JSONL)\n"
    "  --why-not             also a line for every sentence that yields no\n"
    "                        event, in document order: its actors, uncoded\n"
    "                        names and why (too few actors, no trigger, no\n"
    "                        pattern matched, or the rule that dropped the\n"
    "                        event; docs/output.md); jsonl only\n"
    "  --lenient             warn about and skip malformed dictionary lines\n"
    "  --stats               throughput and peak memory on stderr\n"
    "  --quiet               write no events (with --stats: a benchmark)\n"
    "  --date, --input, --lines, --no-title   as for `sima sentences`\n"
    "\n"
    "Exit: 0 ok, 1 some input rejected (reported with file:line), 2 usage\n"
    "or unloadable dictionaries/models.\n";

/* Documents in flight: read but not yet written.  Enough to keep the
** workers busy while the main thread writes and reads; few enough that
** their arenas stay in the arena pool (src/arena.c). */
#define RING 64

enum { SLOT_QUEUED = 1, SLOT_DONE = 2 };

/* The documents in flight, in input order: [head, tail) have been read,
** [head, next) taken by a worker, head is the next to write.  Indices
** grow without bound; slot i lives at i % RING. */
typedef struct ring {
  pthread_mutex_t mu;
  pthread_cond_t work, done;
  sima_doc *docs[RING];
  sima_status st[RING];
  sima_error err[RING];
  int state[RING];
  unsigned long head, next, tail;
  int eof;
} ring;

typedef struct run {
  const sima_pipeline *pipe;
  cli_format fmt;
  void (*wr)(FILE *, const sima_doc *, const sima_event *); /* compat */
  void (*hdr)(FILE *);
  int threads, explain, why_not, quiet, header_done, failed;
  ring q;
  cli_stats stats;
} run;

/* A worker: takes the oldest unclaimed document, runs the pipeline on it,
** marks it done; returns when the input has ended and nothing is left. */
static void *worker(void *arg) {
  run *r = arg;
  ring *q = &r->q;
  pthread_mutex_lock(&q->mu);
  for (;;) {
    while (q->next == q->tail && !q->eof)
      pthread_cond_wait(&q->work, &q->mu);
    if (q->next == q->tail)
      break;
    size_t k = q->next++ % RING;
    pthread_mutex_unlock(&q->mu);
    sima_status st = sima_pipeline_run(r->pipe, q->docs[k], SIMA_STAGE_ALL,
                                       &q->err[k]);
    pthread_mutex_lock(&q->mu);
    q->st[k] = st;
    q->state[k] = SLOT_DONE;
    pthread_cond_signal(&q->done);
  }
  pthread_mutex_unlock(&q->mu);
  return NULL;
}

/* Sentences of d the pipeline parsed (those that could yield an event):
** a parsed sentence has a root relation; the others keep relation 0. */
static uint64_t parsed_sentences(const sima_doc *d) {
  uint64_t n = 0;
  for (uint32_t s = 0; d->syn && s < d->nsents; s++)
    for (uint32_t i = 0; i < d->sents[s].count; i++)
      if (d->syn[d->sents[s].first + i].deprel != 0) {
        n++;
        break;
      }
  return n;
}

/* Writes one event in the chosen format (and its --explain). */
static void write_event(const run *r, FILE *o, const sima_doc *d,
                        const sima_event *ev) {
  if (r->wr)
    r->wr(o, d, ev);
  else if (r->fmt == FMT_TSV)
    sima_event_write_tsv(o, d, ev);
  else
    sima_event_write_json(o, d, ev);
  if (r->explain) {
    sima_event_explain(o, d, ev);
    putc('\n', o);
  }
}

/* Writes the events of a coded document (or its error) and frees it. */
static void write_doc(run *r, sima_doc *d, sima_status st,
                      const sima_error *err) {
  FILE *o = stdout;
  if (st != SIMA_OK) {
    fprintf(stderr, "sima code: %s: %s\n", d->id ? d->id : "(document)",
            err->msg);
    r->failed = 1;
  } else {
    r->stats.docs++;
    r->stats.bytes += d->len;
    r->stats.sentences += d->nsents;
    r->stats.tokens += d->ntokens;
    r->stats.events += d->nevents;
    r->stats.parsed += parsed_sentences(d);
    if (!r->quiet) {
      if ((r->fmt == FMT_TSV || r->hdr) && !r->header_done) {
        (r->hdr ? r->hdr : sima_event_write_tsv_header)(o);
        r->header_done = 1;
      }
      /* with --why-not, sentence by sentence: its events, or the line
      ** that says why it has none */
      uint32_t e = 0;
      for (uint32_t s = 0; r->why_not && s < d->nsents; s++) {
        if (e < d->nevents && d->events[e].sentence == s)
          for (; e < d->nevents && d->events[e].sentence == s; e++)
            write_event(r, o, d, &d->events[e]);
        else
          sima_why_write_json(o, d, s);
      }
      for (; e < d->nevents; e++)
        write_event(r, o, d, &d->events[e]);
    }
  }
  sima_doc_free(d);
}

/* Writes the finished documents at the head of the ring, in input order;
** with `all`, waits until every document read so far is written.  Only
** the main thread writes, so the output is the same for any number of
** workers. */
static void drain(run *r, int all) {
  ring *q = &r->q;
  pthread_mutex_lock(&q->mu);
  while (q->head < q->tail) {
    size_t k = q->head % RING;
    if (q->state[k] != SLOT_DONE) {
      if (!all && q->tail - q->head < RING)
        break;
      pthread_cond_wait(&q->done, &q->mu);
      continue;
    }
    pthread_mutex_unlock(&q->mu);
    write_doc(r, q->docs[k], q->st[k], &q->err[k]);
    pthread_mutex_lock(&q->mu);
    q->state[k] = 0;
    q->head++;
  }
  pthread_mutex_unlock(&q->mu);
}

/* The reader's callback: queues the document for the workers, first
** writing what is done (and, with the ring full, waiting for room). */
static int per_doc(void *ud, sima_doc *doc) {
  run *r = ud;
  ring *q = &r->q;
  drain(r, 0);
  pthread_mutex_lock(&q->mu);
  size_t k = q->tail % RING;
  q->docs[k] = doc;
  q->state[k] = SLOT_QUEUED;
  q->tail++;
  pthread_cond_signal(&q->work);
  pthread_mutex_unlock(&q->mu);
  return CLI_KEEP;
}

static int default_threads(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : (n > 64 ? 64 : (int)n);
}

int cmd_code(int argc, char **argv) {
  static run r; /* large (a ring of errors): keep it off the stack */
  memset(&r, 0, sizeof r);
  r.fmt = FMT_JSONL;
  r.threads = default_threads();
  cli_reading rd;
  memset(&rd, 0, sizeof rd);
  char **files = argv + 1;
  int nfiles = 0, want_stats = 0, lenient = 0, single = 0;
  const char **dicts = calloc((size_t)argc, sizeof *dicts);
  size_t ndicts = 0;
  if (!dicts)
    return EXIT_USAGE;
  for (int i = 1; i < argc; i++) {
    int c = cli_reading_flag("code", &rd, argc, argv, &i);
    if (c < 0)
      goto usage;
    if (c)
      continue;
    if ((c = cli_parser_flag("code", argc, argv, &i)) < 0)
      goto usage;
    if (c)
      continue;
    const char *a = argv[i];
    if (!strcmp(a, "--format") || !strcmp(a, "--dict") ||
        !strcmp(a, "--threads")) {
      if (i + 1 >= argc) {
        cli_usage_error("code", "%s needs a value", a);
        goto usage;
      }
      const char *v = argv[++i];
      if (a[2] == 'f') {
        if (!strcmp(v, "jsonl"))
          r.fmt = FMT_JSONL;
        else if (!strcmp(v, "tsv"))
          r.fmt = FMT_TSV;
        else if (!strcmp(v, "petrarch")) /* docs/compat.md */
          r.fmt = FMT_OTHER, r.wr = sima_event_write_petrarch;
        else if (!strcmp(v, "gdelt"))
          r.fmt = FMT_OTHER, r.wr = sima_event_write_gdelt,
          r.hdr = sima_event_write_gdelt_header;
        else if (!strcmp(v, "plover"))
          r.fmt = FMT_OTHER, r.wr = sima_event_write_plover;
        else {
          cli_usage_error("code", "--format '%s': want jsonl, tsv, petrarch, "
                          "gdelt or plover", v);
          goto usage;
        }
      } else if (a[2] == 'd') {
        dicts[ndicts++] = v;
      } else {
        char *end;
        long t = strtol(v, &end, 10);
        if (*end || t < 1 || t > 64) {
          cli_usage_error("code", "--threads '%s': want 1 to 64", v);
          goto usage;
        }
        r.threads = (int)t;
      }
    } else if (!strcmp(a, "--explain")) {
      r.explain = 1;
    } else if (!strcmp(a, "--why-not")) {
      r.why_not = 1;
    } else if (!strcmp(a, "--lenient")) {
      lenient = 1;
    } else if (!strcmp(a, "--allow-single-actor")) {
      single = 1;
    } else if (!strcmp(a, "--stats")) {
      want_stats = 1;
    } else if (!strcmp(a, "--quiet")) {
      r.quiet = 1;
    } else if (a[0] == '-' && a[1] != '\0') {
      cli_usage_error("code", "unknown option '%s'", a);
      goto usage;
    } else {
      files[nfiles++] = argv[i];
    }
  }
  if (r.why_not && r.fmt != FMT_JSONL) {
    /* the why-not lines are JSON objects: a TSV, PETRARCH, GDELT or
    ** PLOVER stream has no place for them */
    cli_usage_error("code", "--why-not writes JSON lines: it needs --format "
                    "jsonl");
    goto usage;
  }
  rd.files = files;
  rd.nfiles = nfiles;
  cli_stats_start(&r.stats);
  r.stats.count_parsed = 1;
  sima_pipeline_opts po;
  memset(&po, 0, sizeof po);
  po.data_dir = cli_data_dir();
  po.dicts = dicts;
  po.ndicts = ndicts;
  po.lenient = lenient;
  po.allow_single_actor = single;
  po.why_not = r.why_not;
  sima_error err = {0};
  sima_pipeline *p = sima_pipeline_new(&po, &err);
  if (!p) {
    fprintf(stderr, "sima code: %s\n", err.msg);
    free(dicts);
    return EXIT_USAGE;
  }
  r.pipe = p;
  /* r.threads workers code while this thread reads and writes */
  pthread_mutex_init(&r.q.mu, NULL);
  pthread_cond_init(&r.q.work, NULL);
  pthread_cond_init(&r.q.done, NULL);
  pthread_t tid[64];
  int started = 0;
  for (int t = 0; t < r.threads; t++)
    if (pthread_create(&tid[started], NULL, worker, &r) == 0)
      started++;
  int rc = EXIT_REJECTED;
  if (started == 0) {
    fprintf(stderr, "sima code: cannot start a worker thread\n");
  } else {
    rc = cli_read_all("code", &rd, per_doc, &r);
  }
  pthread_mutex_lock(&r.q.mu);
  r.q.eof = 1;
  pthread_cond_broadcast(&r.q.work);
  pthread_mutex_unlock(&r.q.mu);
  drain(&r, 1);
  for (int t = 0; t < started; t++)
    pthread_join(tid[t], NULL);
  pthread_cond_destroy(&r.q.work);
  pthread_cond_destroy(&r.q.done);
  pthread_mutex_destroy(&r.q.mu);
  if (want_stats)
    cli_stats_print("code", &r.stats);
  sima_pipeline_free(p);
  free(dicts);
  if (fflush(stdout) != 0) {
    fprintf(stderr, "sima code: write error on standard output\n");
    return EXIT_REJECTED;
  }
  return rc != EXIT_OK ? rc : (r.failed ? EXIT_REJECTED : EXIT_OK);
usage:
  free(dicts);
  return EXIT_USAGE;
}
