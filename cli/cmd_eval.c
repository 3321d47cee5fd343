/*
** cmd_eval.c — `sima eval GSR`: scores the whole pipeline on the PLOVER
** gold-standard records (a JSON array of {text, date, source[], target[],
** event}): event-type accuracy (CAMEO root through the PLOVER category,
** and the 2021 PLOVER category), source and target country accuracy, and
** extra events per sentence.
*/
#include "cli.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

const char cmd_eval_summary[] = "score the coder on PLOVER gold records";
const char cmd_eval_help[] =
    "usage: sima eval [--verbose] [--allow-single-actor] [--ignore-dates]\n"
    "                 GSR.json\n"
    "\n"
    "Codes the text of every record of a PLOVER gold-standard file (e.g.\n"
    "../shared/data/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt) and\n"
    "prints, over the records that describe an event:\n"
    "  type_root   records with an event whose CAMEO root is the gold\n"
    "              category's root (DEMAND: 10, FIGHT: 19, ...)\n"
    "  type_plover records with an event whose 2021 PLOVER category equals\n"
    "              the gold one (older names mapped: DEMAND -> REQUEST,\n"
    "              DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT)\n"
    "  source      records whose matched event has a gold source actor\n"
    "              (its code, or its country, starts with the gold code;\n"
    "              the gold's JAP, ITL, VTN read as JPN, ITA, VNM, and\n"
    "              sima's EUR for the EU matches CAMEO's IGO/IGOEUR)\n"
    "  target      the same for the target, over records with a gold target\n"
    "  all_three   records whose matched event has all of type, source and\n"
    "              target right (type and source when no gold target)\n"
    "  extra       scored events the record does not describe, per\n"
    "              record: all but the matched one, or, when the gold has\n"
    "              compound actors, all but one per gold source-target\n"
    "              pair whose event has the right type and actors\n"
    "  extra_strict scored events beyond one per record\n"
    "A record's matched event is the scored event of its sentence that\n"
    "agrees with it best: right type first, then right source, then right\n"
    "target; the earliest on ties.  Each record matches at most one event.\n"
    "Negated, hypothetical and possible events are not scored (counted\n"
    "apart as `unscored`).  A record with no scored event counts as wrong\n"
    "in every accuracy.\n"
    "\n"
    "records by outcome: each record once, by the first that applies:\n"
    "  no-event (no scored event), wrong-type, wrong-source, wrong-target\n"
    "  (of the matched event), else ok.\n"
    "\n"
    "  --verbose   print every record with its outcome and events\n"
    "  --ignore-dates  code every record as undated, so a person is coded\n"
    "              by the title the text gives him (\"President X\") over\n"
    "              all his dated roles; the PLOVER records' dates are all\n"
    "              2000-01-01, a placeholder that leaves leaders of other\n"
    "              years uncoded (as `sima actors --eval-gsr` does)\n"
    "Exit: 0 ok, 1 the file could not be read, 2 usage.\n";

/* GSR 0.5 category -> CAMEO roots it covers (0-terminated). */
static const struct {
  const char *cat;
  int roots[4];
  const char *plover; /* its 2021 name */
} cats[] = {
    {"AGREE", {3, 0}, "AGREE"},         {"CONSULT", {4, 0}, "CONSULT"},
    {"SUPPORT", {5, 0}, "SUPPORT"},     {"COOPERATE", {6, 0}, "COOPERATE"},
    {"AID", {7, 0}, "AID"},             {"CONCEDE", {8, 0}, "CONCEDE"},
    {"RETREAT", {8, 0}, "RETREAT"},     {"INVESTIGATE", {9, 0}, "ACCUSE"},
    {"DEMAND", {10, 0}, "REQUEST"},     {"REQUEST", {2, 10, 0}, "REQUEST"},
    {"DISAPPROVE", {11, 0}, "ACCUSE"},  {"ACCUSE", {11, 0}, "ACCUSE"},
    {"REJECT", {12, 0}, "REJECT"},      {"THREATEN", {13, 0}, "THREATEN"},
    {"PROTEST", {14, 0}, "PROTEST"},    {"MOBILIZE", {15, 0}, "MOBILIZE"},
    {"SANCTION", {16, 0}, "SANCTION"},  {"COERCE", {17, 0}, "COERCE"},
    {"ASSAULT", {18, 20, 0}, "ASSAULT"}, {"FIGHT", {19, 0}, "ASSAULT"},
};

/* The number of gold actors with a code in an array (at least 1). */
static size_t n_coded(json_t *gold) {
  size_t i, k = 0;
  json_t *a;
  if (!json_is_array(gold))
    return 1;
  json_array_foreach(gold, i, a) {
    const char *c = json_string_value(json_object_get(a, "code"));
    k += c && *c;
  }
  return k ? k : 1;
}

static int cat_index(const char *c) {
  for (size_t i = 0; i < sizeof cats / sizeof *cats; i++)
    if (!strcmp(cats[i].cat, c))
      return (int)i;
  return -1;
}

static int root_ok(int ci, const sima_event *e) {
  for (int k = 0; k < 4 && cats[ci].roots[k]; k++)
    if (cats[ci].roots[k] == e->root)
      return 1;
  return 0;
}

static int plover_ok(int ci, const sima_event *e) {
  return e->plover && !strcmp(e->plover, cats[ci].plover);
}

/* Gold codes that are not ISO alpha-3 in the file. */
static const char *fix_code(const char *c) {
  if (!strcmp(c, "JAP"))
    return "JPN";
  if (!strcmp(c, "ITL"))
    return "ITA";
  if (!strcmp(c, "VTN"))
    return "VNM";
  return c;
}

/* Does actor r match one of the gold actors (array of {code})? */
static int actor_ok(json_t *gold, const sima_actor_ref *r) {
  if (!json_is_array(gold) || !r->code)
    return 0;
  size_t i;
  json_t *a;
  json_array_foreach(gold, i, a) {
    const char *c = json_string_value(json_object_get(a, "code"));
    if (!c || !*c)
      continue;
    c = fix_code(c);
    if ((r->country && !strcmp(r->country, c)) ||
        !strncmp(r->code, c, strlen(c)))
      return 1;
    /* the EU: sima codes it as the pseudo-country EUR (docs/
    ** dictionaries.md), CAMEO as an IGO (IGOEUREEC) */
    if (!strncmp(r->code, "EUR", 3) && !strncmp(c, "IGO", 3) &&
        (strlen(c) == 3 || !strncmp(c, "IGOEUR", 6)))
      return 1;
  }
  return 0;
}

/* Events that count: not negated, not hypothetical or merely possible
** (CAMEO codes what happened or was said, not what did not). */
static int scored(const sima_event *e) {
  return !e->negated && e->mood != SIMA_MOOD_HYPOTHETICAL &&
         e->mood != SIMA_MOOD_POSSIBLE;
}

static void show(const sima_doc *doc) {
  for (uint32_t i = 0; i < doc->nevents; i++) {
    const sima_event *e = &doc->events[i];
    printf("    %s %s %s %s %s%s [%s]\n",
           e->source.code ? e->source.code : "-",
           e->target.code ? e->target.code : "-", e->code,
           e->plover ? e->plover : "-", sima_mood_name(e->mood),
           e->negated ? " negated" : "", e->rule ? e->rule : "");
  }
}

int cmd_eval(int argc, char **argv) {
  int verbose = 0, single = 0, undated = 0;
  const char *path = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--verbose"))
      verbose = 1;
    else if (!strcmp(argv[i], "--allow-single-actor"))
      single = 1;
    else if (!strcmp(argv[i], "--ignore-dates"))
      undated = 1;
    else if (argv[i][0] == '-')
      return cli_usage_error("eval", "unknown option '%s'", argv[i]);
    else if (!path)
      path = argv[i];
    else
      return cli_usage_error("eval", "one gold file only");
  }
  if (!path)
    return cli_usage_error("eval", "no gold file given");
  json_error_t je;
  json_t *root = json_load_file(path, 0, &je);
  if (!root || !json_is_array(root)) {
    fprintf(stderr, "sima eval: %s:%d: %s\n", path, je.line,
            root ? "not a JSON array" : je.text);
    json_decref(root);
    return EXIT_REJECTED;
  }
  sima_error err;
  char *dir = strdup(cli_data_dir());
  sima_pipeline_opts po;
  memset(&po, 0, sizeof po);
  po.data_dir = dir;
  po.allow_single_actor = single;
  sima_pipeline *p = sima_pipeline_new(&po, &err);
  if (!p) {
    fprintf(stderr, "sima eval: %s\n", err.msg);
    free(dir);
    json_decref(root);
    return EXIT_REJECTED;
  }
  static const char *const buckets[] = {"ok", "no-event", "wrong-type",
                                         "wrong-source", "wrong-target"};
#define NBUCKET (sizeof buckets / sizeof *buckets)
  long nbucket[NBUCKET] = {0};
  long n = 0, with_event = 0, ok_root = 0, ok_plover = 0, ok_src = 0,
       ok_tgt = 0, n_tgt = 0, events = 0, unscored = 0, ok_all = 0,
       matched = 0;
  size_t i;
  json_t *rec;
  json_array_foreach(root, i, rec) {
    const char *text = json_string_value(json_object_get(rec, "text"));
    const char *cat = json_string_value(json_object_get(rec, "event"));
    if (!text || !cat)
      continue;
    int ci = cat_index(cat);
    if (ci < 0)
      continue; /* DOCUMENT and unknown categories */
    const char *date =
        undated ? NULL : json_string_value(json_object_get(rec, "date"));
    const char *id = json_string_value(json_object_get(rec, "id"));
    sima_doc *doc =
        sima_doc_new(text, strlen(text), id, date && sima_date_valid(date,
                     strlen(date)) ? date : NULL, NULL, NULL);
    if (!doc)
      continue;
    n++;
    if (sima_pipeline_run(p, doc, SIMA_STAGE_ALL, &err) != SIMA_OK) {
      fprintf(stderr, "sima eval: %s: %s\n", id ? id : "?", err.msg);
      sima_doc_free(doc);
      continue;
    }
    json_t *gsrc = json_object_get(rec, "source");
    json_t *gtgt = json_object_get(rec, "target");
    int has_tgt = json_is_array(gtgt) && json_array_size(gtgt) > 0;
    n_tgt += has_tgt;

    /* the record's event: the scored event that agrees with it best,
    ** type first, then source, then target (earliest on ties) */
    const sima_event *best = NULL;
    int best_sc = -1, p_ok = 0;
    uint32_t counted = 0, full = 0;
    for (uint32_t k = 0; k < doc->nevents; k++) {
      const sima_event *e = &doc->events[k];
      if (!scored(e))
        continue;
      counted++;
      int sc = 4 * root_ok(ci, e) + 2 * actor_ok(gsrc, &e->source) +
               (has_tgt && actor_ok(gtgt, &e->target));
      if (sc == 7 || (sc == 6 && !has_tgt))
        full++; /* an event the record describes */
      if (sc > best_sc) {
        best_sc = sc;
        best = e;
      }
      if (plover_ok(ci, e))
        p_ok = 1;
    }
    int r_ok = best && root_ok(ci, best);
    int s_ok = best && actor_ok(gsrc, &best->source);
    int t_ok = best && has_tgt && actor_ok(gtgt, &best->target);
    /* all three right on one event (no gold target: type and source) */
    int all_ok = r_ok && s_ok && (t_ok || !has_tgt);
    /* events the record describes: one, or one per gold source-target
    ** pair ("Russia and China condemned X": two); the rest are extra */
    long pairs = (long)n_coded(gsrc) * (has_tgt ? (long)n_coded(gtgt) : 1);
    long described = (long)full < pairs ? (long)full : pairs;
    if (described < r_ok)
      described = r_ok;
    matched += described;
    /* the record's miss, by cause (the first that applies) */
    const char *why = counted == 0                 ? "no-event"
                      : !r_ok                      ? "wrong-type"
                      : !s_ok                      ? "wrong-source"
                      : has_tgt && !t_ok           ? "wrong-target"
                                                   : "ok";
    for (size_t b = 0; b < NBUCKET; b++)
      if (!strcmp(buckets[b], why))
        nbucket[b]++;
    with_event += counted > 0;
    events += counted;
    unscored += doc->nevents - counted;
    ok_root += r_ok;
    ok_plover += p_ok;
    ok_src += s_ok;
    ok_tgt += t_ok;
    ok_all += all_ok;
    if (verbose) {
      printf("%s %s root=%s src=%s tgt=%s %s\n  %s\n", id ? id : "?", cat,
             r_ok ? "ok" : "NO", s_ok ? "ok" : "NO",
             has_tgt ? (t_ok ? "ok" : "NO") : "-", why, text);
      show(doc);
      printf("    actors:");
      for (uint32_t k = 0; k < doc->nmentions; k++)
        printf(" %.*s=%s", (int)(doc->mentions[k].end - doc->mentions[k].start),
               doc->text + doc->mentions[k].start,
               doc->mentions[k].code ? doc->mentions[k].code : "?");
      printf("\n");
    }
    sima_doc_free(doc);
  }
  sima_pipeline_free(p);
  free(dir);
  json_decref(root);
  if (n == 0) {
    fprintf(stderr, "sima eval: %s: no event records\n", path);
    return EXIT_REJECTED;
  }
  printf("records      %ld\n", n);
  printf("with_event   %ld (%.1f%%)\n", with_event, 100.0 * (double)with_event / (double)n);
  printf("type_root    %.1f%% (%ld/%ld)\n", 100.0 * (double)ok_root / (double)n, ok_root, n);
  printf("type_plover  %.1f%% (%ld/%ld)\n", 100.0 * (double)ok_plover / (double)n, ok_plover, n);
  printf("source       %.1f%% (%ld/%ld)\n", 100.0 * (double)ok_src / (double)n, ok_src, n);
  printf("target       %.1f%% (%ld/%ld)\n", n_tgt ? 100.0 * (double)ok_tgt / (double)n_tgt : 0.0, ok_tgt, n_tgt);
  printf("all_three    %.1f%% (%ld/%ld records whose matched event has type, source and target right)\n",
         100.0 * (double)ok_all / (double)n, ok_all, n);
  printf("source_if_event %.1f%% (%ld/%ld records with a scored event)\n",
         with_event ? 100.0 * (double)ok_src / (double)with_event : 0.0,
         ok_src, with_event);
  printf("events       %ld (%.2f per record)\n", events, (double)events / (double)n);
  printf("unscored     %ld (negated or hypothetical events, not counted)\n",
         unscored);
  printf("extra        %.2f per record (events the gold record does not "
         "describe)\n", (double)(events - matched) / (double)n);
  printf("extra_strict %.2f per record (events beyond one per record)\n",
         (double)(events - ok_root) / (double)n);
  printf("records by outcome:");
  for (size_t b = 0; b < NBUCKET; b++)
    printf(" %s %ld", buckets[b], nbucket[b]);
  printf("\n");
  return EXIT_OK;
}
