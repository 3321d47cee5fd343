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
    "usage: sima eval [--verbose] [--allow-single-actor] GSR.json\n"
    "\n"
    "Codes the text of every record of a PLOVER gold-standard file (e.g.\n"
    "../shared/data/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt) and\n"
    "prints, over the records that describe an event:\n"
    "  type_root   records with an event whose CAMEO root is the gold\n"
    "              category's root (DEMAND: 10, FIGHT: 19, ...)\n"
    "  type_plover records with an event whose 2021 PLOVER category equals\n"
    "              the gold one (older names mapped: DEMAND -> REQUEST,\n"
    "              DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT)\n"
    "  source      records whose matched event (the first of the right\n"
    "              type, else the first) has a gold source country\n"
    "  target      the same for the target, over records with a gold target\n"
    "  extra       events beyond one per record, per record\n"
    "Negated, hypothetical and possible events are not scored (counted\n"
    "apart as `unscored`).  A record with no scored event counts as wrong\n"
    "in every accuracy.\n"
    "\n"
    "  --verbose   print every record with its events\n"
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
  int verbose = 0, single = 0;
  const char *path = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--verbose"))
      verbose = 1;
    else if (!strcmp(argv[i], "--allow-single-actor"))
      single = 1;
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
  long n = 0, with_event = 0, ok_root = 0, ok_plover = 0, ok_src = 0,
       ok_tgt = 0, n_tgt = 0, events = 0, unscored = 0;
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
    const char *date = json_string_value(json_object_get(rec, "date"));
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

    const sima_event *best = NULL, *best_any = NULL;
    int r_ok = 0, p_ok = 0;
    uint32_t counted = 0;
    for (uint32_t k = 0; k < doc->nevents; k++) {
      const sima_event *e = &doc->events[k];
      if (!scored(e))
        continue;
      counted++;
      if (!best_any)
        best_any = e;
      if (root_ok(ci, e) && !r_ok) {
        r_ok = 1;
        best = e;
      }
      if (plover_ok(ci, e))
        p_ok = 1;
    }
    if (!best)
      best = best_any;
    int s_ok = best && actor_ok(gsrc, &best->source);
    int t_ok = best && has_tgt && actor_ok(gtgt, &best->target);
    with_event += counted > 0;
    events += counted;
    unscored += doc->nevents - counted;
    ok_root += r_ok;
    ok_plover += p_ok;
    ok_src += s_ok;
    ok_tgt += t_ok;
    if (verbose) {
      printf("%s %s root=%s src=%s tgt=%s\n  %s\n", id ? id : "?", cat,
             r_ok ? "ok" : "NO", s_ok ? "ok" : "NO",
             has_tgt ? (t_ok ? "ok" : "NO") : "-", text);
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
  long matched = ok_root; /* at most one matched event per record */
  printf("records      %ld\n", n);
  printf("with_event   %ld (%.1f%%)\n", with_event, 100.0 * (double)with_event / (double)n);
  printf("type_root    %.1f%% (%ld/%ld)\n", 100.0 * (double)ok_root / (double)n, ok_root, n);
  printf("type_plover  %.1f%% (%ld/%ld)\n", 100.0 * (double)ok_plover / (double)n, ok_plover, n);
  printf("source       %.1f%% (%ld/%ld)\n", 100.0 * (double)ok_src / (double)n, ok_src, n);
  printf("target       %.1f%% (%ld/%ld)\n", n_tgt ? 100.0 * (double)ok_tgt / (double)n_tgt : 0.0, ok_tgt, n_tgt);
  printf("source_if_event %.1f%% (%ld/%ld records with a scored event)\n",
         with_event ? 100.0 * (double)ok_src / (double)with_event : 0.0,
         ok_src, with_event);
  printf("events       %ld (%.2f per record)\n", events, (double)events / (double)n);
  printf("unscored     %ld (negated or hypothetical events, not counted)\n",
         unscored);
  printf("extra        %.2f per record\n",
         (double)(events - matched) / (double)n);
  return EXIT_OK;
}
