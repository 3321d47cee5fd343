/*
** cmd_test_spec.c — `sima test-spec FILE...`: runs the coding-rule spec
** files (test/spec/NAME.txt; format in test/spec/README.md) through the whole
** pipeline (raw text -> tokens -> parse -> actors -> events) and compares
** the events with the expected `SRC TGT CODE` lines.  With --rules it also
** checks that every rule id listed in docs/rules.md has an example.  Ends
** with "N passed, N failed"; known failures marked `xfail` are counted
** apart.
*/
#include "cli.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

const char cmd_test_spec_summary[] = "run coding-rule spec examples";
const char cmd_test_spec_help[] =
    "usage: sima test-spec [--verbose] [--rules docs/rules.md] [--explain]\n"
    "                      FILE...\n"
    "\n"
    "Runs every ```~~~ example rule=ID``` block of the spec FILEs (format:\n"
    "test/spec/README.md) through the full pipeline and compares the events\n"
    "produced with the expected ones (source, target, code; optionally\n"
    "mood, negation, attribution).  Blocks marked `xfail` are known\n"
    "failures: counted apart, and reported as XPASS when they pass.\n"
    "\n"
    "  --rules FILE   fail for every rule id of FILE (a table row starting\n"
    "                 with `ID`) that has no example in the spec files\n"
    "  --verbose      print every example's result\n"
    "  --explain      with a failure, print sima_event_explain for the\n"
    "                 events produced\n"
    "\n"
    "The last line reads \"N passed, N failed\".\n"
    "Exit: 0 all passed, 1 some failed, 2 usage or missing data.\n";

#define MAX_WANT 16

typedef struct want {
  char src[32], tgt[32], code[8];
  int mood;    /* -1: not checked */
  int negated; /* -1: not checked */
  char attr[64];
  double qty;  /* 0: not checked */
  int nqty; /* qtys=N: exactly N quantities; -1: not checked */
  char loc[64];     /* "" not checked; "!" no location; "Miami@USA" */
  char moodrule[32], negrule[32]; /* "" not checked */
  char on[16];                    /* the event's date; "" not checked */
  int dup; /* dup=K.I: repeats event I of sentence K (C-DUP-DOC); !dup: no
           ** repeat; -1: not checked */
  unsigned dup_sentence, dup_event;
} want;

typedef struct example {
  const char *file;
  unsigned line;
  char rule[64];
  int xfail, single, noevent;
  char date[16];
  char *text;
  size_t ntext;
  want w[MAX_WANT];
  int nw;
} example;

typedef struct ids {
  char **v;
  size_t n, cap;
} ids;

static void ids_add(ids *s, const char *id) {
  for (size_t i = 0; i < s->n; i++)
    if (!strcmp(s->v[i], id))
      return;
  if (s->n == s->cap) {
    s->cap = s->cap ? s->cap * 2 : 64;
    char **nv = realloc(s->v, s->cap * sizeof *nv);
    if (!nv)
      abort();
    s->v = nv;
  }
  s->v[s->n++] = strdup(id);
}

static int ids_has(const ids *s, const char *id) {
  for (size_t i = 0; i < s->n; i++)
    if (!strcmp(s->v[i], id))
      return 1;
  return 0;
}

static int mood_id(const char *s) {
  for (int m = 0; m < SIMA_NMOOD; m++)
    if (!strcmp(sima_mood_name((sima_mood)m), s))
      return m;
  return -2;
}

/* Parses "SRC TGT CODE [mood=X] [negated|asserted-not] [attr=T]". */
static int parse_want(char *line, want *w) {
  memset(w, 0, sizeof *w);
  w->mood = -1;
  w->negated = -1;
  w->nqty = -1;
  w->dup = -1;
  char *f[16];
  int k = 0;
  for (char *t = strtok(line, " \t"); t && k < 16; t = strtok(NULL, " \t"))
    f[k++] = t;
  if (k < 3)
    return -1;
  snprintf(w->src, sizeof w->src, "%s", f[0]);
  snprintf(w->tgt, sizeof w->tgt, "%s", f[1]);
  snprintf(w->code, sizeof w->code, "%s", f[2]);
  for (int i = 3; i < k; i++) {
    if (!strncmp(f[i], "mood=", 5)) {
      w->mood = mood_id(f[i] + 5);
      if (w->mood < -1)
        return -1;
    } else if (!strcmp(f[i], "negated")) {
      w->negated = 1;
    } else if (!strcmp(f[i], "!negated")) {
      w->negated = 0;
    } else if (!strncmp(f[i], "attr=", 5)) {
      snprintf(w->attr, sizeof w->attr, "%s", f[i] + 5);
    } else if (!strcmp(f[i], "!attr")) {
      snprintf(w->attr, sizeof w->attr, "!");
    } else if (!strncmp(f[i], "qty=", 4)) {
      w->qty = strtod(f[i] + 4, NULL);
    } else if (!strncmp(f[i], "qtys=", 5)) {
      w->nqty = atoi(f[i] + 5);
    } else if (!strncmp(f[i], "loc=", 4)) {
      snprintf(w->loc, sizeof w->loc, "%s", f[i] + 4);
    } else if (!strcmp(f[i], "!loc")) {
      snprintf(w->loc, sizeof w->loc, "!");
    } else if (!strncmp(f[i], "on=", 3)) {
      snprintf(w->on, sizeof w->on, "%s", f[i] + 3);
    } else if (!strncmp(f[i], "moodrule=", 9)) {
      snprintf(w->moodrule, sizeof w->moodrule, "%s", f[i] + 9);
    } else if (!strncmp(f[i], "negrule=", 8)) {
      snprintf(w->negrule, sizeof w->negrule, "%s", f[i] + 8);
    } else if (!strncmp(f[i], "dup=", 4)) {
      if (sscanf(f[i] + 4, "%u.%u", &w->dup_sentence, &w->dup_event) != 2)
        return -1;
      w->dup = 1;
    } else if (!strcmp(f[i], "!dup")) {
      w->dup = 0;
    } else {
      return -1;
    }
  }
  return 0;
}

/* An actor matches the expected code when equal or a prefix of it
** ("CHN" matches "CHNGOV"); "-" means no actor. */
static int actor_ok(const char *want_code, const sima_actor_ref *r) {
  if (!strcmp(want_code, "-"))
    return r->code == NULL;
  return r->code && !strncmp(r->code, want_code, strlen(want_code));
}

static int event_ok(const want *w, const sima_event *e) {
  if (strcmp(w->code, e->code) || !actor_ok(w->src, &e->source) ||
      !actor_ok(w->tgt, &e->target))
    return 0;
  if (w->mood >= 0 && (int)e->mood != w->mood)
    return 0;
  if (w->negated >= 0 && !!e->negated != w->negated)
    return 0;
  if (w->on[0] && !(e->date && !strcmp(e->date, w->on)))
    return 0;
  if (w->dup == 0 && e->duplicate)
    return 0;
  if (w->dup == 1 &&
      !(e->duplicate && e->dup_sentence == w->dup_sentence &&
        e->dup_event == w->dup_event))
    return 0;
  if (w->moodrule[0] &&
      !(e->mood_cue.rule && !strcmp(e->mood_cue.rule, w->moodrule)))
    return 0;
  if (w->negrule[0] &&
      !(e->neg_cue.rule && !strcmp(e->neg_cue.rule, w->negrule)))
    return 0;
  if (w->qty > 0) {
    int hit = 0;
    for (uint32_t i = 0; i < e->nquantities; i++)
      if (e->quantities[i].value == w->qty)
        hit = 1;
    if (!hit)
      return 0;
  }
  if (w->nqty >= 0 && e->nquantities != (uint32_t)w->nqty)
    return 0;
  if (!strcmp(w->loc, "!") && e->location)
    return 0;
  if (w->loc[0] && strcmp(w->loc, "!")) {
    /* "NAME" or "NAME@CCC": the place's text holds NAME, its country is
    ** CCC */
    char name[64];
    snprintf(name, sizeof name, "%s", w->loc);
    char *at = strchr(name, '@');
    if (at)
      *at++ = 0;
    if (!e->location || !strstr(e->location, name))
      return 0;
    if (at && !(e->loc_country && !strcmp(e->loc_country, at)))
      return 0;
  }
  if (!strcmp(w->attr, "!") && e->has_attribution)
    return 0;
  if (w->attr[0] && strcmp(w->attr, "!")) {
    if (!e->has_attribution)
      return 0;
    const sima_actor_ref *a = &e->attribution;
    if (!(a->text && strstr(a->text, w->attr)) &&
        !(a->code && !strncmp(a->code, w->attr, strlen(w->attr))))
      return 0;
  }
  return 1;
}

/* Checks that every event of doc says why it has its facets: a mood other
** than asserted names its rule, and so does a negation, each with a cue
** word inside the sentence; and that every rule named (mood, negation,
** attribution, date, place) is one of `listed` (docs/rules.md) when given.
** Prints a FAIL line for each miss; returns their number. */
static int facets_ok(const char *id, const sima_doc *doc, const ids *listed) {
  int bad = 0;
  for (uint32_t i = 0; i < doc->nevents; i++) {
    const sima_event *e = &doc->events[i];
    const char *why[5] = {e->mood_cue.rule, e->neg_cue.rule, e->attr_rule,
                          e->date_rule, e->loc_rule};
    const char *what = NULL, *unlisted = NULL;
    if (e->mood != SIMA_MOOD_ASSERTED && !e->mood_cue.rule)
      what = "a mood without its rule";
    else if (e->negated && !e->neg_cue.rule)
      what = "a negation without its rule";
    else if (e->has_attribution && !e->attr_rule)
      what = "an attribution without its rule";
    else if (e->location && !e->loc_rule)
      what = "a place without its rule";
    for (int k = 0; k < 5 && !what && !unlisted; k++)
      if (why[k] && listed && listed->n && !ids_has(listed, why[k]))
        unlisted = why[k];
    if (!what && !unlisted && e->mood_cue.text &&
        e->sentence < doc->nsents) {
      size_t a, b;
      sima_sentence_span(doc, e->sentence, &a, &b);
      if (e->mood_cue.start < a || e->mood_cue.end > b)
        what = "a mood cue outside the sentence";
    }
    if (what || unlisted) {
      printf("FAIL  %s: event %s %s %s: %s%s\n", id,
             e->source.code ? e->source.code : "-",
             e->target.code ? e->target.code : "-", e->code,
             what ? what : unlisted, what ? "" : " is not in the rules file");
      bad++;
    }
  }
  return bad;
}

/* Distinct (source, target, code) events of a doc: duplicates are
** compared once. */
static int same_triple(const sima_event *a, const sima_event *b) {
  return !strcmp(a->code, b->code) &&
         ((a->source.code == NULL && b->source.code == NULL) ||
          (a->source.code && b->source.code &&
           !strcmp(a->source.code, b->source.code))) &&
         ((a->target.code == NULL && b->target.code == NULL) ||
          (a->target.code && b->target.code &&
           !strcmp(a->target.code, b->target.code)));
}

static void print_events(FILE *o, const sima_doc *doc) {
  if (doc->nevents == 0)
    fprintf(o, "      (no events)\n");
  for (uint32_t i = 0; i < doc->nevents; i++) {
    const sima_event *e = &doc->events[i];
    fprintf(o, "      %s %s %s mood=%s%s%s%s [%s]\n",
            e->source.code ? e->source.code : "-",
            e->target.code ? e->target.code : "-", e->code,
            sima_mood_name(e->mood), e->negated ? " negated" : "",
            e->has_attribution ? " attr=" : "",
            e->has_attribution && e->attribution.text ? e->attribution.text
                                                       : "",
            e->rule ? e->rule : "");
  }
}

/* Compares the doc's events with the example: every expected line
** matches its own event, and no other distinct event was produced (an
** event with the triple of a matched one counts as expected, so a
** triple produced twice needs one line, or one line per event when the
** lines tell them apart: `dup=`). */
static int check(const example *ex, const sima_doc *doc) {
  int used[256] = {0};
  uint32_t n = doc->nevents < 256 ? doc->nevents : 256;
  for (int i = 0; i < ex->nw; i++) {
    int hit = 0;
    for (uint32_t j = 0; j < n && !hit; j++)
      if (!used[j] && event_ok(&ex->w[i], &doc->events[j]))
        used[j] = hit = 1;
    if (!hit)
      return 0;
  }
  for (uint32_t j = 0; j < n; j++) {
    int seen = used[j];
    for (uint32_t k = 0; k < n && !seen; k++) /* a duplicate of a match */
      seen = used[k] == 1 && same_triple(&doc->events[k], &doc->events[j]);
    if (!seen)
      return 0;
  }
  return 1;
}

/* Frees the n examples of exs and the array. */
static void free_examples(example *exs, size_t n) {
  for (size_t i = 0; i < n; i++)
    free(exs[i].text);
  free(exs);
}

/* Reads examples from a spec file; returns the count or -1. */
static int read_spec(const char *path, example **out, size_t *nout,
                     size_t *cap) {
  FILE *f = fopen(path, "r");
  if (!f) {
    fprintf(stderr, "sima test-spec: %s: cannot open\n", path);
    return -1;
  }
  char line[4096];
  unsigned ln = 0;
  example *ex = NULL;
  int state = 0; /* 0 outside, 1 text, 2 expected */
  int bad = 0;
  while (fgets(line, sizeof line, f)) {
    ln++;
    size_t l = strlen(line);
    while (l && (line[l - 1] == '\n' || line[l - 1] == '\r'))
      line[--l] = 0;
    if (state == 0) {
      if (strncmp(line, "~~~ example", 11) != 0)
        continue;
      if (*nout == *cap) {
        *cap = *cap ? *cap * 2 : 256;
        example *ne = realloc(*out, *cap * sizeof *ne);
        if (!ne)
          abort();
        *out = ne;
      }
      ex = &(*out)[(*nout)++];
      memset(ex, 0, sizeof *ex);
      ex->file = path;
      ex->line = ln;
      for (char *t = strtok(line + 11, " \t"); t; t = strtok(NULL, " \t")) {
        if (!strncmp(t, "rule=", 5))
          snprintf(ex->rule, sizeof ex->rule, "%s", t + 5);
        else if (!strcmp(t, "xfail"))
          ex->xfail = 1;
        else if (!strcmp(t, "single"))
          ex->single = 1;
        else if (!strncmp(t, "date=", 5))
          snprintf(ex->date, sizeof ex->date, "%s", t + 5);
        else {
          fprintf(stderr, "%s:%u: unknown example option '%s'\n", path, ln,
                  t);
          bad = 1;
        }
      }
      if (!ex->rule[0]) {
        fprintf(stderr, "%s:%u: example without rule=\n", path, ln);
        bad = 1;
      }
      state = 1;
    } else if (state == 1) {
      if (!strcmp(line, ".")) {
        state = 2;
        continue;
      }
      size_t add = l + 1;
      char *nt = realloc(ex->text, ex->ntext + add + 1);
      if (!nt)
        abort();
      ex->text = nt;
      if (ex->ntext)
        ex->text[ex->ntext++] = ' ';
      memcpy(ex->text + ex->ntext, line, l);
      ex->ntext += l;
      ex->text[ex->ntext] = 0;
    } else {
      if (!strcmp(line, "~~~")) {
        if (!ex->noevent && ex->nw == 0) {
          fprintf(stderr, "%s:%u: example expects nothing: write %%%%NOEVENT\n",
                  path, ex->line);
          bad = 1;
        }
        state = 0;
        continue;
      }
      if (!line[0])
        continue;
      if (!strcmp(line, "%%NOEVENT")) {
        ex->noevent = 1;
        continue;
      }
      if (ex->nw >= MAX_WANT || parse_want(line, &ex->w[ex->nw]) != 0) {
        fprintf(stderr, "%s:%u: bad expected event '%s'\n", path, ln, line);
        bad = 1;
        continue;
      }
      ex->nw++;
    }
  }
  fclose(f);
  if (state != 0) {
    fprintf(stderr, "%s: unterminated example at line %u\n", path,
            ex ? ex->line : ln);
    bad = 1;
  }
  return bad ? -1 : 0;
}

/* Rule ids of docs/rules.md: table rows "| `ID` | ...". */
static int read_rules(const char *path, ids *out) {
  FILE *f = fopen(path, "r");
  if (!f) {
    fprintf(stderr, "sima test-spec: %s: cannot open\n", path);
    return -1;
  }
  char line[2048];
  while (fgets(line, sizeof line, f)) {
    if (strncmp(line, "| `", 3) != 0)
      continue;
    char *e = strchr(line + 3, '`');
    if (!e)
      continue;
    *e = 0;
    const char *id = line + 3;
    if (isupper((unsigned char)id[0]) && strchr(id, '-'))
      ids_add(out, id);
  }
  fclose(f);
  return 0;
}

int cmd_test_spec(int argc, char **argv) {
  int verbose = 0, explain = 0;
  const char *rules = NULL;
  example *exs = NULL;
  size_t nex = 0, cap = 0;
  int nfiles = 0, bad = 0;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--verbose"))
      verbose = 1;
    else if (!strcmp(argv[i], "--explain"))
      explain = 1;
    else if (!strcmp(argv[i], "--rules") && i + 1 < argc)
      rules = argv[++i];
    else if (argv[i][0] == '-') {
      free_examples(exs, nex);
      return cli_usage_error("test-spec", "unknown option '%s'", argv[i]);
    }
    else {
      nfiles++;
      if (read_spec(argv[i], &exs, &nex, &cap) != 0)
        bad = 1;
    }
  }
  if (!nfiles)
    return cli_usage_error("test-spec", "no spec files given");
  if (bad) {
    free_examples(exs, nex);
    fprintf(stderr, "sima test-spec: malformed spec file\n");
    return EXIT_USAGE;
  }
  sima_error err;
  char *dir = strdup(cli_data_dir());
  sima_pipeline_opts po;
  memset(&po, 0, sizeof po);
  po.data_dir = dir;
  sima_pipeline *pipe[2] = {NULL, NULL};
  pipe[0] = sima_pipeline_new(&po, &err);
  if (!pipe[0]) {
    fprintf(stderr, "sima test-spec: %s\n", err.msg);
    free(dir);
    free_examples(exs, nex);
    return EXIT_USAGE;
  }
  int passed = 0, failed = 0, xfailed = 0, xpassed = 0;
  ids seen = {0}, listed = {0};
  int listed_ok = rules && read_rules(rules, &listed) == 0;
  for (size_t i = 0; i < nex; i++) {
    example *ex = &exs[i];
    ids_add(&seen, ex->rule);
    int single = ex->single;
    if (single && !pipe[1]) {
      po.allow_single_actor = 1;
      pipe[1] = sima_pipeline_new(&po, &err);
      if (!pipe[1]) {
        fprintf(stderr, "sima test-spec: %s\n", err.msg);
        break;
      }
    }
    char id[600];
    snprintf(id, sizeof id, "%s:%u", ex->file, ex->line);
    /* (date=none: an undated document, as --lines input) */
    sima_doc *doc = sima_doc_new(
        ex->text ? ex->text : "", ex->ntext, id,
        !strcmp(ex->date, "none") ? NULL
        : ex->date[0]             ? ex->date
                                  : "2024-01-15",
        NULL, NULL);
    int ok = 0;
    if (doc &&
        sima_pipeline_run(pipe[single], doc, SIMA_STAGE_ALL, &err) == SIMA_OK) {
      ok = check(ex, doc);
      /* (an xfail example's events still explain themselves) */
      int nf = facets_ok(id, doc, listed_ok ? &listed : NULL);
      failed += nf;
    }
    if (ok && !ex->xfail) {
      passed++;
      if (verbose)
        printf("ok    %s rule=%s\n", id, ex->rule);
    } else if (ok && ex->xfail) {
      passed++;
      xpassed++;
      printf("XPASS %s rule=%s (marked xfail, now passes)\n", id, ex->rule);
    } else if (ex->xfail) {
      xfailed++;
      if (verbose) {
        printf("xfail %s rule=%s\n    %s\n", id, ex->rule, ex->text);
        if (doc)
          print_events(stdout, doc);
      }
    } else {
      failed++;
      printf("FAIL  %s rule=%s\n    %s\n    want:", id, ex->rule, ex->text);
      if (ex->noevent)
        printf(" %%%%NOEVENT");
      for (int k = 0; k < ex->nw; k++)
        printf(" [%s %s %s]", ex->w[k].src, ex->w[k].tgt, ex->w[k].code);
      printf("\n    got:\n");
      if (doc) {
        print_events(stdout, doc);
        if (explain)
          for (uint32_t k = 0; k < doc->nevents; k++)
            sima_event_explain(stdout, doc, &doc->events[k]);
      }
    }
    sima_doc_free(doc);
  }
  if (rules) {
    if (!listed_ok) {
      failed++;
    } else {
      for (size_t i = 0; i < listed.n; i++)
        if (!ids_has(&seen, listed.v[i])) {
          printf("FAIL  rule %s (%s) has no example\n", listed.v[i], rules);
          failed++;
        }
      printf("rules: %zu listed in %s\n", listed.n, rules);
    }
    for (size_t i = 0; i < listed.n; i++)
      free(listed.v[i]);
    free(listed.v);
  }
  for (size_t i = 0; i < seen.n; i++)
    free(seen.v[i]);
  free(seen.v);
  free_examples(exs, nex);
  sima_pipeline_free(pipe[0]);
  sima_pipeline_free(pipe[1]);
  free(dir);
  printf("%d xfail (known failures, not counted as passes), %d xpass\n",
         xfailed, xpassed);
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? EXIT_REJECTED : EXIT_OK;
}
