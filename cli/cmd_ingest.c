/*
** cmd_ingest.c — `sima ingest`: articles or already-coded events into the
** event store.
**
** Event lines (--input events, or sniffed: a JSON object with "code" and
** "source") are grouped by their "doc" field; each group is one document,
** written whole or not at all; a reader thread parses while the main
** thread writes.  Articles go through the coding pipeline first.  A
** progress line goes to stderr when it is a terminal.
*/
#include "cli.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

const char cmd_ingest_summary[] = "code articles or load coded events into "
                                  "the event store (SQLite)";
const char cmd_ingest_help[] =
    "usage: sima ingest [--db sima.db] [--input events|text|jsonl|auto]\n"
    "                   [--date YYYY-MM-DD] [--dict FILE]... [--lines]\n"
    "                   [--no-title] [--batch N] [--wait MS] [--quiet]\n"
    "                   FILE...|-\n"
    "\n"
    "Writes documents, the sentences that carry events, actors and events\n"
    "into an SQLite database (schema: docs/store.md).  Input is either\n"
    "articles, coded on the way in, or already-coded JSONL event lines (the\n"
    "output of `sima code`, docs/output.md).  Without --input, a file whose\n"
    "first line is a JSON object with \"code\" and \"source\" is read as "
    "events.\n"
    "\n"
    "Each document is written in one transaction with all its events; a\n"
    "document already stored with the same id and content is skipped, one\n"
    "with changed content is replaced.  Event lines of one document must be\n"
    "consecutive.  An invalid line rejects its whole document (reported\n"
    "with file:line and the field); the rest goes on.\n"
    "\n"
    "  --db PATH        database (default sima.db; created if missing)\n"
    "  --input KIND     events, text, jsonl or auto (default auto)\n"
    "  --date DATE      article date when the record has none\n"
    "  --dict FILE      extra actor dictionary for coding (repeatable)\n"
    "  --lines          plain text: one article per line\n"
    "  --no-title       take no title from the text (first line, glued headline)\n"
    "  --batch N        documents per transaction (default 20000, at most\n"
    "                   100000 events)\n"
    "  --wait MS        wait this long for a locked database (default 5000)\n"
    "  --quiet          no progress line and no summary\n"
    "\n"
    "Exit: 0 ok, 1 some input rejected or the database failed, 2 usage.\n";

typedef struct ingest {
  sima_store *store;
  int quiet, progress;
  int rc;
  int fatal;
  /* statistics */
  uint64_t docs_new, docs_same, docs_repl, events, rejected;
  uint64_t bytes_done, bytes_total;
  double t0, tlast;
  /* documents seen in this run (hashes of their ids) */
  uint64_t *seen;
  size_t nseen, capseen;
} ingest;

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void progress(ingest *g, int final) {
  if (!g->progress)
    return;
  double t = now();
  if (!final && t - g->tlast < 0.5)
    return;
  g->tlast = t;
  double el = t - g->t0 > 1e-6 ? t - g->t0 : 1e-6;
  uint64_t docs = g->docs_new + g->docs_same + g->docs_repl;
  fprintf(stderr,
          "\r\033[Ksima ingest: %llu docs (%.0f/s), %llu events "
          "(%.0f/s)",
          (unsigned long long)docs, (double)docs / el,
          (unsigned long long)g->events, (double)g->events / el);
  if (g->bytes_total && g->bytes_done) {
    double frac = (double)g->bytes_done / (double)g->bytes_total;
    if (frac > 1)
      frac = 1;
    fprintf(stderr, ", %.0f%%, ETA %.0f s", 100 * frac,
            el / frac - el > 0 ? el / frac - el : 0);
  }
  if (final)
    fputc('\n', stderr);
}

/* A set of 64-bit hashes, to notice a document whose lines are split. */
static int seen_add(ingest *g, uint64_t h) {
  if (2 * (g->nseen + 1) > g->capseen) {
    size_t nc = g->capseen ? 2 * g->capseen : 4096;
    uint64_t *ns = calloc(nc, sizeof *ns);
    if (!ns)
      return -1;
    for (size_t i = 0; i < g->capseen; i++)
      if (g->seen[i]) {
        size_t j = (size_t)g->seen[i] & (nc - 1);
        while (ns[j])
          j = (j + 1) & (nc - 1);
        ns[j] = g->seen[i];
      }
    free(g->seen);
    g->seen = ns;
    g->capseen = nc;
  }
  if (!h)
    h = 1;
  size_t j = (size_t)h & (g->capseen - 1);
  while (g->seen[j]) {
    if (g->seen[j] == h)
      return 1;
    j = (j + 1) & (g->capseen - 1);
  }
  g->seen[j] = h;
  g->nseen++;
  return 0;
}

static void count(ingest *g, sima_ingest_outcome o, size_t nev) {
  if (o == SIMA_INGEST_NEW)
    g->docs_new++;
  else if (o == SIMA_INGEST_SAME)
    g->docs_same++;
  else
    g->docs_repl++;
  if (o != SIMA_INGEST_SAME)
    g->events += nev;
}

static void fatal(ingest *g, const sima_error *err) {
  fprintf(stderr, "%ssima ingest: %s\n", g->progress ? "\n" : "", err->msg);
  g->fatal = 1;
  g->rc = EXIT_REJECTED;
}

/* ---- events ----
**
** Two threads: a reader parses lines into groups (one document each) and
** hands them over through a small queue; the main thread writes them to
** the store.  Parsing is a fifth of the work, so overlapping it with the
** database writes raises the ingest rate on two cores.  Groups are
** recycled through a free list; each owns an arena for its strings.
*/

typedef struct group {
  sima_arena *arena;
  sima_event_rec *recs; /* malloc'd */
  size_t n, cap;
  char *doc;     /* id of the group (arena) */
  uint64_t hash; /* of its lines */
  uint64_t first_line;
  uint64_t bytes; /* input bytes read when the group was complete */
  int bad;        /* a line failed: reject the group */
} group;

#define QCAP  8   /* chunks in flight */
#define CHUNK 128 /* groups per chunk: one lock and wake-up per chunk */

typedef struct chunk {
  group *g[CHUNK];
  size_t n;
} chunk;

typedef struct pipeq {
  pthread_mutex_t mu;
  pthread_cond_t changed;
  chunk *ring[QCAP];
  size_t head, len;
  group **spare; /* recycled groups */
  size_t nspare, capspare;
  int done; /* the reader has finished */
  int stop; /* the writer asks the reader to stop */
  /* reader side */
  FILE *f;
  const char *path;
  char *first;
  size_t nfirst;
  int progress;
  uint64_t rejected, bytes;
  int rc, oom;
} pipeq;

static group *group_get(pipeq *q) {
  group *gr = NULL;
  pthread_mutex_lock(&q->mu);
  if (q->nspare)
    gr = q->spare[--q->nspare];
  pthread_mutex_unlock(&q->mu);
  if (!gr) {
    gr = calloc(1, sizeof *gr);
    if (gr && !(gr->arena = sima_arena_new(NULL))) {
      free(gr);
      gr = NULL;
    }
  }
  return gr;
}

static void group_free(group *gr) {
  if (!gr)
    return;
  sima_arena_free(gr->arena);
  free(gr->recs);
  free(gr);
}

/* Returns a used group to the spare list (or frees it). */
static void group_put(pipeq *q, group *gr) {
  sima_arena_reset(gr->arena);
  gr->n = 0;
  gr->doc = NULL;
  gr->hash = 0;
  gr->bad = 0;
  pthread_mutex_lock(&q->mu);
  if (q->nspare == q->capspare) {
    size_t nc = q->capspare ? 2 * q->capspare : 2 * QCAP;
    group **ns = realloc(q->spare, nc * sizeof *ns);
    if (ns) {
      q->spare = ns;
      q->capspare = nc;
    }
  }
  if (q->nspare < q->capspare) {
    q->spare[q->nspare++] = gr;
    gr = NULL;
  }
  pthread_mutex_unlock(&q->mu);
  group_free(gr);
}

static void chunk_free(chunk *c) {
  for (size_t i = 0; c && i < c->n; i++)
    group_free(c->g[i]);
  free(c);
}

/* Reader side: queues a chunk of complete groups (taking it); returns -1
** when told to stop. */
static int push_chunk(pipeq *q, chunk *c) {
  pthread_mutex_lock(&q->mu);
  while (q->len == QCAP && !q->stop)
    pthread_cond_wait(&q->changed, &q->mu);
  int stop = q->stop;
  if (!stop) {
    q->ring[(q->head + q->len++) % QCAP] = c;
    pthread_cond_broadcast(&q->changed);
  }
  pthread_mutex_unlock(&q->mu);
  if (stop)
    chunk_free(c);
  return stop ? -1 : 0;
}

/* Reader side: adds a group to the pending chunk, queueing it when full. */
static int push(pipeq *q, chunk **pending, group *gr) {
  if (!*pending && !(*pending = calloc(1, sizeof **pending))) {
    group_free(gr);
    q->oom = 1;
    return -1;
  }
  (*pending)->g[(*pending)->n++] = gr;
  if ((*pending)->n < CHUNK)
    return 0;
  chunk *c = *pending;
  *pending = NULL;
  return push_chunk(q, c);
}

/* Writer side: the next chunk, or NULL when the reader is done. */
static chunk *pop(pipeq *q) {
  pthread_mutex_lock(&q->mu);
  while (!q->len && !q->done)
    pthread_cond_wait(&q->changed, &q->mu);
  chunk *c = NULL;
  if (q->len) {
    c = q->ring[q->head];
    q->head = (q->head + 1) % QCAP;
    q->len--;
    pthread_cond_broadcast(&q->changed);
  }
  pthread_mutex_unlock(&q->mu);
  return c;
}

/* The document id of an event line without a full parse, when the line
** starts {"doc":"ID" with a plain ID (the field order of docs/output.md);
** NULL otherwise. */
static const char *peek_doc(const char *l, size_t n, size_t *len) {
  size_t k = 0;
  while (k < n && (l[k] == ' ' || l[k] == '\t'))
    k++;
  static const char pre[] = "{\"doc\":";
  if (n - k < sizeof pre || memcmp(l + k, pre, sizeof pre - 1) != 0)
    return NULL;
  k += sizeof pre - 1;
  while (k < n && l[k] == ' ')
    k++;
  if (k >= n || l[k] != '"')
    return NULL;
  size_t b = ++k;
  while (k < n && l[k] != '"' && l[k] != '\\')
    k++;
  if (k >= n || l[k] != '"' || k == b)
    return NULL;
  *len = k - b;
  return l + b;
}

static void *reader_main(void *arg) {
  pipeq *q = arg;
  group *gr = NULL;
  chunk *pending = NULL;
  sima_arena *scratch = sima_arena_new(NULL);
  char *line = NULL;
  size_t cap = 0;
  uint64_t lineno = 0;
  if (!scratch)
    q->oom = 1;
  while (!q->oom) {
    ssize_t nr;
    char *l;
    size_t n;
    if (q->first) {
      l = q->first;
      n = q->nfirst;
      q->first = NULL;
    } else {
      if ((nr = getline(&line, &cap, q->f)) < 0)
        break;
      l = line;
      n = (size_t)nr;
    }
    lineno++;
    q->bytes += n;
    while (n && (l[n - 1] == '\n' || l[n - 1] == '\r'))
      n--;
    size_t k = 0;
    while (k < n && (l[k] == ' ' || l[k] == '\t'))
      k++;
    if (k == n)
      continue; /* blank line */
    sima_error err = {0};
    sima_event_rec rec;
    size_t dlen = 0;
    const char *doc = peek_doc(l, n, &dlen);
    sima_status st = SIMA_OK;
    int parsed = 0;
    if (!doc) { /* unusual layout: parse aside to learn the id */
      sima_arena_reset(scratch);
      st = sima_event_parse_json(scratch, l, n, &rec, &err);
      parsed = 1;
      doc = rec.doc;
      dlen = doc ? strlen(doc) : 0;
      if (st && !doc && gr)
        doc = gr->doc, dlen = strlen(gr->doc); /* rejects the current one */
    }
    if (doc &&
        (!gr || strlen(gr->doc) != dlen || memcmp(doc, gr->doc, dlen) != 0)) {
      if (gr) {
        gr->bytes = q->bytes - n;
        int stopped = push(q, &pending, gr);
        gr = NULL;
        if (stopped)
          break;
      }
      if (!(gr = group_get(q)) ||
          !(gr->doc = sima_arena_strndup(gr->arena, doc, dlen))) {
        q->oom = 1;
        break;
      }
      gr->first_line = lineno;
    }
    if (!parsed || st == SIMA_OK) {
      if (gr->n == gr->cap) {
        size_t nc = gr->cap ? 2 * gr->cap : 16;
        sima_event_rec *nv = realloc(gr->recs, nc * sizeof *nv);
        if (!nv) {
          q->oom = 1;
          break;
        }
        gr->recs = nv;
        gr->cap = nc;
      }
      st = sima_event_parse_json(gr->arena, l, n, &gr->recs[gr->n], &err);
    }
    if (st) {
      fprintf(stderr, "%ssima ingest: %s:%llu: %s%s%s%s\n",
              q->progress ? "\n" : "", q->path, (unsigned long long)lineno,
              err.msg, doc ? "; document \"" : "", gr && doc ? gr->doc : "",
              doc ? "\" rejected" : "");
      q->rc = EXIT_REJECTED;
      if (st == SIMA_ERR_NOMEM)
        q->oom = 1;
      if (doc)
        gr->bad = 1;
      else
        q->rejected++;
      continue;
    }
    if (gr->bad)
      continue;
    gr->n++;
    gr->hash = sima_hash64(gr->hash, l, n);
    gr->hash = sima_hash64(gr->hash, "\n", 1);
  }
  if (ferror(q->f)) {
    fprintf(stderr, "sima ingest: %s: read error\n", q->path);
    q->rc = EXIT_REJECTED;
  }
  if (gr) {
    gr->bytes = q->bytes;
    if (push(q, &pending, gr) == 0 && pending)
      push_chunk(q, pending);
  } else if (pending) {
    push_chunk(q, pending);
  }
  free(line);
  sima_arena_free(scratch);
  pthread_mutex_lock(&q->mu);
  q->done = 1;
  pthread_cond_broadcast(&q->changed);
  pthread_mutex_unlock(&q->mu);
  return NULL;
}

/* Writer side: stores one document's group. */
static void group_store(ingest *g, group *gr, const char *path) {
  uint64_t h = sima_hash64(0, gr->doc, strlen(gr->doc));
  int dup = seen_add(g, h);
  if (dup < 0) {
    sima_error e;
    sima_error_set(&e, SIMA_ERR_NOMEM, "out of memory");
    fatal(g, &e);
  } else if (dup) {
    fprintf(stderr,
            "sima ingest: %s:%llu: document \"%s\" was already read in this "
            "run: its event lines must be consecutive; rejected\n",
            path, (unsigned long long)gr->first_line, gr->doc);
    g->rejected++;
    g->rc = EXIT_REJECTED;
  } else if (gr->bad) {
    g->rejected++;
  } else if (gr->n) {
    sima_error err = {0};
    sima_ingest_outcome o;
    if (sima_store_ingest_events(g->store, gr->recs, gr->n, gr->hash, &o, &err))
      fatal(g, &err);
    else
      count(g, o, gr->n);
  }
}

/* Reads event lines from `f`.  `first`/`nfirst` is a line already read
** (the sniffed one) or NULL. */
static void ingest_events(ingest *g, FILE *f, const char *path, char *first,
                          size_t nfirst) {
  pipeq q;
  memset(&q, 0, sizeof q);
  pthread_mutex_init(&q.mu, NULL);
  pthread_cond_init(&q.changed, NULL);
  q.f = f;
  q.path = path;
  q.first = first;
  q.nfirst = nfirst;
  q.progress = g->progress;
  pthread_t th;
  uint64_t base = g->bytes_done;
  if (pthread_create(&th, NULL, reader_main, &q) != 0) {
    sima_error e;
    sima_error_set(&e, SIMA_ERR_NOMEM, "cannot start the reader thread");
    fatal(g, &e);
    return;
  }
  chunk *c;
  while ((c = pop(&q))) {
    for (size_t i = 0; i < c->n; i++) {
      group *gr = c->g[i];
      if (!g->fatal) {
        group_store(g, gr, path);
        g->bytes_done = base + gr->bytes;
        progress(g, 0);
      }
      group_put(&q, gr);
    }
    free(c);
    if (g->fatal) {
      pthread_mutex_lock(&q.mu);
      q.stop = 1;
      pthread_cond_broadcast(&q.changed);
      pthread_mutex_unlock(&q.mu);
    }
  }
  pthread_join(th, NULL);
  g->bytes_done = base + q.bytes;
  g->rejected += q.rejected;
  if (q.rc)
    g->rc = q.rc;
  if (q.oom && !g->fatal) {
    sima_error e;
    sima_error_set(&e, SIMA_ERR_NOMEM, "out of memory reading %s", path);
    fatal(g, &e);
  }
  for (size_t i = 0; i < q.nspare; i++)
    group_free(q.spare[i]);
  free(q.spare);
  pthread_cond_destroy(&q.changed);
  pthread_mutex_destroy(&q.mu);
}

/* ---- articles ---- */

typedef struct artctx {
  ingest *g;
  sima_pipeline *p;
} artctx;

static int per_article(void *ud, sima_doc *doc) {
  artctx *a = ud;
  sima_error err = {0};
  if (sima_pipeline_run(a->p, doc, SIMA_STAGE_ALL, &err)) {
    fprintf(stderr, "sima ingest: %s: %s; not stored\n",
            doc->id ? doc->id : "?", err.msg);
    a->g->rc = EXIT_REJECTED;
    a->g->rejected++;
    return 0;
  }
  sima_ingest_outcome o;
  if (sima_store_ingest_doc(a->g->store, doc, &o, &err)) {
    fatal(a->g, &err);
    return 1;
  }
  count(a->g, o, doc->nevents);
  progress(a->g, 0);
  return 0;
}

/* Does the first line look like an event line? */
static int is_event_line(const char *l, size_t n) {
  size_t k = 0;
  while (k < n && (l[k] == ' ' || l[k] == '\t' || l[k] == '\r'))
    k++;
  if (k == n || l[k] != '{')
    return 0;
  /* A cheap test that agrees with the contract: both keys appear as
  ** object keys.  A full parse decides later. */
  (void)n; /* getline's buffer is NUL-terminated */
  return strstr(l, "\"code\"") && strstr(l, "\"source\"") &&
         strstr(l, "\"doc\"");
}

static void warn_cb(void *ud, const char *msg) {
  (void)ud;
  fprintf(stderr, "sima ingest: warning: %s\n", msg);
}

int cmd_ingest(int argc, char **argv) {
  const char *db = "sima.db";
  cli_reading rd;
  memset(&rd, 0, sizeof rd);
  const char **dicts = calloc((size_t)argc, sizeof *dicts);
  char **files = calloc((size_t)argc, sizeof *files);
  size_t ndicts = 0;
  int nfiles = 0, events_only = 0, quiet = 0, input_set = 0;
  sima_store_opts so = {0};
  int rc = EXIT_USAGE;
  if (!dicts || !files) {
    fprintf(stderr, "sima ingest: out of memory\n");
    free(dicts);
    free(files);
    return EXIT_REJECTED;
  }
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    int r;
    if (!strcmp(a, "--db") || !strcmp(a, "--dict") || !strcmp(a, "--batch") ||
        !strcmp(a, "--wait")) {
      if (i + 1 >= argc) {
        cli_usage_error("ingest", "%s needs a value", a);
        goto out;
      }
      const char *v = argv[++i];
      if (a[2] == 'd' && a[3] == 'b')
        db = v;
      else if (a[2] == 'd')
        dicts[ndicts++] = v;
      else {
        char *end;
        long x = strtol(v, &end, 10);
        if (*end || x <= 0 || x > 100000000) {
          cli_usage_error("ingest", "%s '%s': want a positive number", a, v);
          goto out;
        }
        if (a[2] == 'b')
          so.batch_docs = (size_t)x;
        else
          so.busy_timeout_ms = (int)x;
      }
    } else if (!strcmp(a, "--input") && i + 1 < argc &&
               !strcmp(argv[i + 1], "events")) {
      events_only = 1;
      input_set = 1;
      i++;
    } else if (!strcmp(a, "--quiet") || !strcmp(a, "-q")) {
      quiet = 1;
    } else if ((r = cli_reading_flag("ingest", &rd, argc, argv, &i)) != 0) {
      if (r < 0)
        goto out;
      if (!strcmp(a, "--input"))
        input_set = 1;
    } else if (a[0] == '-' && a[1]) {
      cli_usage_error("ingest", "unknown option %s", a);
      goto out;
    } else {
      files[nfiles++] = argv[i];
    }
  }
  (void)input_set;
  if (!nfiles) {
    static char dash[] = "-";
    files[nfiles++] = dash;
  }
  signal(SIGXFSZ, SIG_IGN); /* a file size limit: a write error, not death */

  ingest g;
  memset(&g, 0, sizeof g);
  g.quiet = quiet;
  g.progress = !quiet && isatty(2);
  g.t0 = g.tlast = now();
  for (int f = 0; f < nfiles; f++) {
    struct stat sb;
    if (strcmp(files[f], "-") && stat(files[f], &sb) == 0 &&
        S_ISREG(sb.st_mode))
      g.bytes_total += (uint64_t)sb.st_size;
  }
  sima_error err = {0};
  g.store = sima_store_open(db, &so, &err);
  if (!g.store) {
    fprintf(stderr, "sima ingest: %s\n", err.msg);
    rc = EXIT_REJECTED;
    goto out;
  }
  sima_pipeline *pipe = NULL;
  rc = EXIT_OK;
  for (int f = 0; f < nfiles && !g.fatal; f++) {
    const char *path = files[f];
    int is_stdin = !strcmp(path, "-");
    FILE *in = is_stdin ? stdin : fopen(path, "rb");
    if (!in) {
      fprintf(stderr, "sima ingest: %s: cannot open: %s\n", path,
              strerror(errno));
      g.rc = EXIT_REJECTED;
      continue;
    }
    char *first = NULL;
    size_t cap = 0;
    ssize_t nfirst = 0;
    int as_events = events_only;
    if (!events_only && rd.opts.input == SIMA_INPUT_AUTO) {
      nfirst = getline(&first, &cap, in);
      as_events = nfirst > 0 && is_event_line(first, (size_t)nfirst);
    }
    if (as_events) {
      ingest_events(&g, in, is_stdin ? "-" : path, nfirst > 0 ? first : NULL,
                    nfirst > 0 ? (size_t)nfirst : 0);
      free(first);
      if (!is_stdin)
        fclose(in);
      continue;
    }
    /* Articles: read through the reader from the start. */
    if (!pipe) {
      sima_pipeline_opts po;
      memset(&po, 0, sizeof po);
      po.data_dir = cli_data_dir();
      po.dicts = dicts;
      po.ndicts = ndicts;
      po.warn = warn_cb;
      pipe = sima_pipeline_new(&po, &err);
      if (!pipe) {
        fprintf(stderr, "sima ingest: %s: cannot code articles: %s\n", path,
                err.msg);
        g.rc = EXIT_REJECTED;
        free(first);
        if (!is_stdin)
          fclose(in);
        break;
      }
    }
    artctx ac = {&g, pipe};
    if (is_stdin) {
      /* The sniffed line is gone from the stream: read stdin whole. */
      size_t len = nfirst > 0 ? (size_t)nfirst : 0, bcap = len + 65536;
      char *buf = malloc(bcap);
      if (buf && len)
        memcpy(buf, first, len);
      size_t k;
      while (buf && (k = fread(buf + len, 1, bcap - len, in)) > 0) {
        len += k;
        if (len == bcap) {
          char *nb = realloc(buf, bcap *= 2);
          if (!nb) {
            free(buf);
            buf = NULL;
          }
          buf = nb;
        }
      }
      sima_reader *r = buf ? sima_reader_new(&rd.opts, &err) : NULL;
      if (!r || sima_reader_open_mem(r, "-", buf, len, &err)) {
        fprintf(stderr, "sima ingest: -: %s\n",
                buf ? err.msg : "out of memory");
        g.rc = EXIT_REJECTED;
      } else {
        sima_doc *doc;
        sima_status st;
        while (!g.fatal &&
               (st = sima_reader_next(r, &doc, &err)) != SIMA_DONE) {
          if (st) {
            fprintf(stderr, "sima ingest: %s\n", err.msg);
            g.rc = EXIT_REJECTED;
            if (st == SIMA_ERR_NOMEM || st == SIMA_ERR_IO)
              break;
            continue;
          }
          per_article(&ac, doc);
          sima_doc_free(doc);
        }
      }
      sima_reader_free(r);
      free(buf);
    } else {
      fclose(in);
      cli_reading one = rd;
      one.nfiles = 1;
      one.files = &files[f];
      if (cli_read_all("ingest", &one, per_article, &ac) != EXIT_OK)
        g.rc = EXIT_REJECTED;
      struct stat sb;
      if (stat(path, &sb) == 0)
        g.bytes_done += (uint64_t)sb.st_size;
    }
    free(first);
  }
  if (pipe)
    sima_pipeline_free(pipe);
  if (g.fatal) {
    sima_store_abort(g.store);
    fprintf(stderr, "sima ingest: stopped; documents committed before the "
                    "error are kept, the rest of the batch was rolled back\n");
  } else if (sima_store_close(g.store, &err)) {
    fatal(&g, &err);
  }
  progress(&g, 1);
  if (!quiet && !g.fatal) {
    double el = now() - g.t0;
    fprintf(stderr,
            "sima ingest: %llu documents (%llu new, %llu replaced, %llu "
            "unchanged), %llu events, %llu rejected, %.2f s\n",
            (unsigned long long)(g.docs_new + g.docs_repl + g.docs_same),
            (unsigned long long)g.docs_new, (unsigned long long)g.docs_repl,
            (unsigned long long)g.docs_same, (unsigned long long)g.events,
            (unsigned long long)g.rejected, el);
  }
  free(g.seen);
  rc = g.rc;
out:
  free(dicts);
  free(files);
  return rc;
}
