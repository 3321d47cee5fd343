/*
** cmd_query.c — `sima query`: events from the store, filtered, each with
** the sentence it was coded from.
**
** Output is an aligned table on a terminal, JSONL otherwise (the event-line
** format, so the output can be ingested again), or CSV.
*/
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char cmd_query_summary[] = "find events in the store, with their "
                                 "sentences";
const char cmd_query_help[] =
    "usage: sima query [--db sima.db] [filters] [--format table|jsonl|csv]\n"
    "                  [--limit N]\n"
    "\n"
    "Prints every stored event mention that passes all the filters, in date\n"
    "order, with the sentence it was coded from.\n"
    "\n"
    "Actor patterns: a country (CHN) or a full code (CHNGOV); with * or ?\n"
    "a glob on the full code (CHN*, *MIL).\n"
    "  --actor P          source or target matches P\n"
    "  --source P         source matches P\n"
    "  --target P         target matches P\n"
    "  --dyad SRC,TGT     source and target (directed)\n"
    "  --code C           CAMEO code, or a glob (16*)\n"
    "  --root R           CAMEO root, 1..20\n"
    "  --quad Q           quad class, 1..4\n"
    "  --mood M           asserted, planned, expected, possible,\n"
    "                     hypothetical or requested\n"
    "  --negated yes|no   negated events only, or none of them\n"
    "  --from DATE        events on or after DATE (YYYY-MM-DD)\n"
    "  --to DATE          events on or before DATE\n"
    "  --text QUERY       full-text search on the sentence (FTS5 syntax:\n"
    "                     words, \"a phrase\", OR, NOT, prefix*)\n"
    "  --format F         table (default on a terminal), jsonl (default\n"
    "                     otherwise) or csv\n"
    "  --limit N          at most N events (table: 1000 unless given)\n"
    "  --db PATH          database (default sima.db)\n"
    "\n"
    "Exit: 0 ok (also when nothing matches), 1 database error, 2 usage.\n";

enum { OUT_TABLE, OUT_JSONL, OUT_CSV };

#define NCOL 11

typedef struct qrun {
  int fmt;
  size_t n;
  /* table: rows kept to align the columns */
  char **cells;
  size_t cap;
  int oom;
} qrun;

static void csv_field(FILE *o, const char *s) {
  if (!s)
    return;
  if (!strpbrk(s, ",\"\r\n")) {
    fputs(s, o);
    return;
  }
  putc('"', o);
  for (; *s; s++) {
    if (*s == '"')
      putc('"', o);
    putc(*s, o);
  }
  putc('"', o);
}

static char *dupf(const char *s) {
  return strdup(s ? s : "");
}

static void fmt_row(const sima_event_rec *r, char f[NCOL][64]) {
  const sima_event *ev = &r->ev;
  snprintf(f[0], 64, "%s", ev->date ? ev->date : "-");
  snprintf(f[1], 64, "%s", ev->source.code ? ev->source.code : "-");
  snprintf(f[2], 64, "%s", ev->target.code ? ev->target.code : "-");
  snprintf(f[3], 64, "%s", ev->code);
  snprintf(f[4], 64, "%d", ev->quad_class);
  snprintf(f[5], 64, "%.1f", ev->goldstein);
  snprintf(f[6], 64, "%s", sima_mood_name(ev->mood));
  snprintf(f[7], 64, "%s", ev->negated ? "yes" : "no");
  snprintf(f[8], 64, "%u", r->nmentions);
  snprintf(f[9], 64, "%.40s", r->doc ? r->doc : "");
  snprintf(f[10], 64, "%u", ev->sentence);
}

static int per_event(void *ud, const sima_event_rec *r) {
  qrun *q = ud;
  char f[NCOL][64];
  q->n++;
  if (q->fmt == OUT_JSONL) {
    sima_event_rec_write_json(stdout, r);
    return 0;
  }
  fmt_row(r, f);
  if (q->fmt == OUT_CSV) {
    for (int i = 0; i < NCOL; i++) {
      csv_field(stdout, f[i]);
      putchar(',');
    }
    csv_field(stdout, r->text);
    putchar('\n');
    return 0;
  }
  if ((q->n) * (NCOL + 1) > q->cap) {
    size_t nc = q->cap ? 2 * q->cap : 64 * (NCOL + 1);
    char **nv = realloc(q->cells, nc * sizeof *nv);
    if (!nv) {
      q->oom = 1;
      return 1;
    }
    q->cells = nv;
    q->cap = nc;
  }
  char **row = q->cells + (q->n - 1) * (NCOL + 1);
  for (int i = 0; i < NCOL; i++)
    row[i] = dupf(f[i]);
  row[NCOL] = dupf(r->text);
  return 0;
}

static const char *const head[NCOL + 1] = {"DATE", "SOURCE", "TARGET", "CODE",
                                           "Q",    "GOLD",   "MOOD",   "NEG",
                                           "N",    "DOC",    "SENT",   "TEXT"};

/* Prints at most `max` bytes of s, cut at a UTF-8 boundary. */
static void put_cut(const char *s, size_t max) {
  size_t n = strlen(s);
  if (n <= max) {
    fputs(s, stdout);
    return;
  }
  while (max && ((unsigned char)s[max] & 0xc0) == 0x80)
    max--;
  fwrite(s, 1, max, stdout);
  fputs("...", stdout);
}

static void print_table(qrun *q) {
  size_t w[NCOL];
  for (int i = 0; i < NCOL; i++)
    w[i] = strlen(head[i]);
  for (size_t r = 0; r < q->n; r++)
    for (int i = 0; i < NCOL; i++) {
      size_t l = strlen(q->cells[r * (NCOL + 1) + (size_t)i]);
      if (l > w[i])
        w[i] = l;
    }
  for (int i = 0; i < NCOL; i++)
    printf("%-*s  ", (int)w[i], head[i]);
  printf("%s\n", head[NCOL]);
  for (size_t r = 0; r < q->n; r++) {
    char **row = q->cells + r * (NCOL + 1);
    for (int i = 0; i < NCOL; i++)
      printf(i == 4 || i == 5 || i == 8 || i == 10 ? "%*s  " : "%-*s  ",
             (int)w[i], row[i]);
    put_cut(row[NCOL], 160);
    putchar('\n');
  }
  printf("(%zu event%s)\n", q->n, q->n == 1 ? "" : "s");
}

static int parse_mood(const char *v) {
  for (int m = 0; m < SIMA_NMOOD; m++)
    if (!strcmp(v, sima_mood_name((sima_mood)m)))
      return m;
  return -1;
}

int cmd_query(int argc, char **argv) {
  sima_query q;
  sima_query_init(&q);
  const char *db = "sima.db";
  int fmt = isatty(1) ? OUT_TABLE : OUT_JSONL;
  char *dyad = NULL;
  int rc = EXIT_USAGE, limit_set = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (a[0] != '-' || !a[1])
      return cli_usage_error("query", "unexpected argument '%s'", a);
    if (i + 1 >= argc)
      return cli_usage_error("query", "%s needs a value (or is unknown)", a);
    const char *v = argv[++i];
    long x;
    char *end;
    if (!strcmp(a, "--db"))
      db = v;
    else if (!strcmp(a, "--actor"))
      q.actor = v;
    else if (!strcmp(a, "--source"))
      q.source = v;
    else if (!strcmp(a, "--target"))
      q.target = v;
    else if (!strcmp(a, "--dyad")) {
      free(dyad);
      dyad = strdup(v);
      char *c = dyad ? strchr(dyad, ',') : NULL;
      if (!c || c == dyad || !c[1]) {
        free(dyad);
        return cli_usage_error("query", "--dyad wants SRC,TGT, not '%s'", v);
      }
      *c = '\0';
      q.source = dyad;
      q.target = c + 1;
    } else if (!strcmp(a, "--code"))
      q.code = v;
    else if (!strcmp(a, "--root") || !strcmp(a, "--quad") ||
             !strcmp(a, "--limit")) {
      x = strtol(v, &end, 10);
      int isroot = a[2] == 'r', isquad = a[2] == 'q';
      if (*end || x < (isquad || isroot ? 1 : 0) ||
          x > (isroot   ? 20
               : isquad ? 4
                        : 1000000000L)) {
        free(dyad);
        return cli_usage_error("query", "%s: bad value '%s'", a, v);
      }
      if (isroot)
        q.root = (int)x;
      else if (isquad)
        q.quad = (int)x;
      else {
        q.limit = (size_t)x;
        limit_set = 1;
      }
    } else if (!strcmp(a, "--mood")) {
      if ((q.mood = parse_mood(v)) < 0) {
        free(dyad);
        return cli_usage_error("query", "--mood: unknown mood '%s'", v);
      }
    } else if (!strcmp(a, "--negated")) {
      if (strcmp(v, "yes") && strcmp(v, "no")) {
        free(dyad);
        return cli_usage_error("query", "--negated wants yes or no");
      }
      q.negated = v[0] == 'y';
    } else if (!strcmp(a, "--from") || !strcmp(a, "--to")) {
      if (!sima_date_valid(v, strlen(v))) {
        free(dyad);
        return cli_usage_error("query", "%s: '%s' is not a date YYYY-MM-DD", a,
                               v);
      }
      if (a[2] == 'f')
        q.from = v;
      else
        q.to = v;
    } else if (!strcmp(a, "--text"))
      q.text = v;
    else if (!strcmp(a, "--format")) {
      if (!strcmp(v, "table"))
        fmt = OUT_TABLE;
      else if (!strcmp(v, "jsonl"))
        fmt = OUT_JSONL;
      else if (!strcmp(v, "csv"))
        fmt = OUT_CSV;
      else {
        free(dyad);
        return cli_usage_error("query", "--format: table, jsonl or csv");
      }
    } else {
      free(dyad);
      return cli_usage_error("query", "unknown option %s", a);
    }
  }
  /* the table is aligned in memory: keep it to a screenful or so */
  if (fmt == OUT_TABLE && !limit_set)
    q.limit = 1000;
  sima_error err = {0};
  sima_store_opts so = {SIMA_STORE_READONLY, 0, 0, 0};
  sima_store *s = sima_store_open(db, &so, &err);
  if (!s) {
    fprintf(stderr, "sima query: %s\n", err.msg);
    free(dyad);
    return EXIT_REJECTED;
  }
  qrun run = {fmt, 0, NULL, 0, 0};
  if (fmt == OUT_CSV) {
    for (int i = 0; i <= NCOL; i++)
      printf("%s%s", i ? "," : "",
             (const char *[]){"date", "source", "target", "code", "quad_class",
                              "goldstein", "mood", "negated", "mentions", "doc",
                              "sentence", "text"}[i]);
    putchar('\n');
  }
  sima_status st = sima_store_query(s, &q, per_event, &run, &err);
  if (st) {
    fprintf(stderr, "sima query: %s\n", err.msg);
    rc = st == SIMA_ERR_USAGE ? EXIT_USAGE : EXIT_REJECTED;
  } else if (run.oom) {
    fprintf(stderr, "sima query: out of memory\n");
    rc = EXIT_REJECTED;
  } else {
    if (fmt == OUT_TABLE) {
      print_table(&run);
      if (!limit_set && run.n == q.limit)
        printf("(the first %zu; --limit N for more, --format jsonl|csv for "
               "all)\n",
               q.limit);
    }
    rc = EXIT_OK;
  }
  for (size_t i = 0; i < run.n * (NCOL + 1) && run.cells; i++)
    free(run.cells[i]);
  free(run.cells);
  sima_store_close(s, NULL);
  free(dyad);
  return rc;
}
