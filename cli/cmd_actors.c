/*
** cmd_actors.c — `sima actors`: the actor recognizer on articles, printing
** every mention with its span, code, country, sector and resolution; and
** `--eval-gsr FILE`, its score on the PLOVER gold-standard records.
*/
#include "cli.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

const char cmd_actors_summary[] = "print the actor mentions of articles";
const char cmd_actors_help[] =
    "usage: sima actors [--date YYYY-MM-DD] [--input text|jsonl|petrxml]\n"
    "                   [--format jsonl|tsv] [--dict FILE]... [--no-default]\n"
    "                   [--lenient] [--stats] FILE...|-\n"
    "       sima actors --eval-gsr PLOVER_GSR_CAMEO.txt [--verbose]\n"
    "                   [--ignore-dates]\n"
    "\n"
    "Finds the actors of each article (countries, people, organisations,\n"
    "agents and their compositions, coreference) with the dictionaries in\n"
    "data/dict/ (docs/dictionaries.md) and prints one record per mention:\n"
    "document, mention index, byte span [start, end), token span, text,\n"
    "code (null when uncoded), country, sector, how it was resolved (dict,\n"
    "composed, title, pronoun, nominal, uncoded), the antecedent mention\n"
    "(-1: none) and the dictionary entries used (file:line).\n"
    "\n"
    "  --format jsonl|tsv  output format (default jsonl; tsv has a header)\n"
    "  --date YYYY-MM-DD   document date when the record has none; codes\n"
    "                      are those valid on that date (no date: the\n"
    "                      latest open-ended code, or a former official's\n"
    "                      latest office; a title picks its period)\n"
    "  --input, --lines, --no-title   as for `sima tokenize`\n"
    "  --dict FILE         load FILE as well (repeatable)\n"
    "  --no-default        do not load the shipped dictionaries\n"
    "  --lenient           warn about malformed dictionary lines and skip "
    "them\n"
    "  --uncoded           print only uncoded candidates (to grow "
    "dictionaries)\n"
    "  --stats             print to stderr the usual stats line and an\n"
    "                      actors line: dictionary load time, mentions,\n"
    "                      mentions/s and sentences/s of the recognizer\n"
    "                      alone\n"
    "  --quiet             print no records\n"
    "  --eval-gsr FILE     score actor country and country+sector against\n"
    "                      the PLOVER gold-standard records (JSON)\n"
    "  --verbose           with --eval-gsr: print every miss\n"
    "  --ignore-dates      with --eval-gsr: treat every record as undated\n"
    "                      (the gold's dates are all 2000-01-01)\n"
    "\n"
    "Exit: 0 ok, 1 some input rejected (reported with file:line), 2 usage.\n";

typedef struct run {
  sima_dict *dict;
  cli_format fmt;
  int header_done, failed, quiet, uncoded_only;
  unsigned long long docs, mentions, tokens, sentences;
  double actor_secs; /* time inside sima_actors_find only */
  double actor_cpu;  /* CPU seconds inside it */
  cli_stats stats;
} run;

static void put_str_or_null(FILE *o, const char *s) {
  if (s)
    sima_json_write_str(o, s, strlen(s));
  else
    fputs("null", o);
}

static void print_mention(run *r, const sima_doc *doc, uint32_t i) {
  const sima_mention *m = &doc->mentions[i];
  FILE *o = stdout;
  const char *id = doc->id ? doc->id : "";
  if (r->fmt == FMT_TSV) {
    if (!r->header_done) {
      fputs("doc\tmention\tstart\tend\ttext\tcode\tcountry\tsector\thow\t"
            "antecedent\tentry\n",
            o);
      r->header_done = 1;
    }
    sima_tsv_write_field(o, id, strlen(id));
    fprintf(o, "\t%u\t%u\t%u\t", i, m->start, m->end);
    sima_tsv_write_field(o, doc->text + m->start, m->end - m->start);
    fprintf(o, "\t%s\t%s\t%s\t%s\t%d\t", m->code ? m->code : "", m->country,
            m->sector, sima_resolution_name(m->how), m->antecedent);
    sima_tsv_write_field(o, m->entry, strlen(m->entry));
    putc('\n', o);
    return;
  }
  fputs("{\"doc\":", o);
  sima_json_write_str(o, id, strlen(id));
  fprintf(o, ",\"mention\":%u,\"span\":[%u,%u],\"tokens\":[%u,%u],\"text\":", i,
          m->start, m->end, m->first, m->count);
  sima_json_write_str(o, doc->text + m->start, m->end - m->start);
  fputs(",\"code\":", o);
  put_str_or_null(o, m->code);
  fputs(",\"country\":", o);
  put_str_or_null(o, m->country);
  fputs(",\"sector\":", o);
  put_str_or_null(o, m->sector);
  fprintf(o, ",\"how\":\"%s\",\"antecedent\":%d,\"entry\":",
          sima_resolution_name(m->how), m->antecedent);
  put_str_or_null(o, m->entry);
  fputs("}\n", o);
}

static int run_doc(run *r, sima_doc *doc) {
  sima_error err = {0};
  if (sima_tokenize(doc, &err) != SIMA_OK || sima_split(doc, &err) != SIMA_OK) {
    fprintf(stderr, "sima actors: %s\n", err.msg);
    r->failed = 1;
    return -1;
  }
  double t0 = cli_now();
  clock_t c0 = clock();
  sima_status st = sima_actors_find(r->dict, doc, &err);
  r->actor_cpu += (double)(clock() - c0) / CLOCKS_PER_SEC;
  r->actor_secs += cli_now() - t0;
  if (st != SIMA_OK) {
    fprintf(stderr, "sima actors: %s\n", err.msg);
    r->failed = 1;
    return -1;
  }
  r->docs++;
  r->tokens += doc->ntokens;
  r->sentences += doc->nsents;
  r->mentions += doc->nmentions;
  r->stats.docs++;
  r->stats.bytes += doc->len;
  r->stats.sentences += doc->nsents;
  r->stats.tokens += doc->ntokens;
  r->stats.events += doc->nmentions;
  return 0;
}

static int per_doc(void *ud, sima_doc *doc) {
  run *r = ud;
  if (run_doc(r, doc) != 0 || r->quiet)
    return 0;
  for (uint32_t i = 0; i < doc->nmentions; i++)
    if (!r->uncoded_only || doc->mentions[i].how == SIMA_RES_UNCODED)
      print_mention(r, doc, i);
  return 0;
}

/* ---- --eval-gsr ---------------------------------------------------------- */

/* Old CAMEO country codes in the gold records (JAP, ITL, VTN) and the EU's
** pseudo-country, mapped to what the gold standard calls them. */
static void eval_country(const char *code, char out[4]) {
  out[0] = '\0';
  if (!code || strlen(code) < 3)
    return;
  memcpy(out, code, 3);
  out[3] = '\0';
  if (!strcmp(out, "JAP"))
    strcpy(out, "JPN");
  else if (!strcmp(out, "ITL"))
    strcpy(out, "ITA");
  else if (!strcmp(out, "VTN"))
    strcpy(out, "VNM");
  else if (!strcmp(out, "EUR"))
    strcpy(out, "IGO");
}

/* The gold's sector labels in sima's (CAMEO) terms: it writes CIV as well
** as CVL for civilians, JRN for the news media (CAMEO's MED) and MED for
** medical workers (CAMEO's HLH). */
static void eval_sector(char s[4]) {
  if (!strcmp(s, "CIV"))
    strcpy(s, "CVL");
  else if (!strcmp(s, "MED"))
    strcpy(s, "HLH");
  else if (!strcmp(s, "JRN"))
    strcpy(s, "MED");
}

/* Case-insensitive search for needle[0..n) in hay, treating any run of
** spaces in the needle as matching one or more spaces. */
static int is_alnum(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
         (ch >= '0' && ch <= '9') || (unsigned char)ch >= 0x80;
}

static const char *find_ci(const char *hay, const char *needle, size_t n) {
  for (const char *h = hay; *h; h++) {
    if (h > hay && is_alnum(h[-1]) && is_alnum(needle[0]))
      continue; /* whole words only: "US" is not in "refused" */
    const char *p = h;
    size_t i = 0;
    while (i < n && *p) {
      if (needle[i] == ' ') {
        if (*p != ' ')
          break;
        while (i < n && needle[i] == ' ')
          i++;
        while (*p == ' ')
          p++;
        continue;
      }
      char a = *p, b = needle[i];
      if (a >= 'A' && a <= 'Z')
        a = (char)(a + 32);
      if (b >= 'A' && b <= 'Z')
        b = (char)(b + 32);
      if (a != b)
        break;
      p++, i++;
    }
    if (i == n && !(is_alnum(needle[n - 1]) && is_alnum(*p)))
      return h;
  }
  return NULL;
}

/* Locates a gold actor text in the document: as written, else without
** surrounding spaces and case, else its part before "..", "(" or a double
** space (the gold marks some discontinuous spans "U.S. ... negotiators").
** Sets [*s, *t) and returns 1, or returns 0. */
static int locate(const char *text, const char *at, uint32_t *s, uint32_t *t) {
  while (*at == ' ')
    at++;
  size_t n = strlen(at);
  while (n && at[n - 1] == ' ')
    n--;
  const char *cut = NULL;
  for (size_t i = 0; i + 1 < n && !cut; i++)
    if ((at[i] == '.' && at[i + 1] == '.') || at[i] == '(' ||
        (at[i] == ' ' && at[i + 1] == ' '))
      cut = at + i;
  for (int pass = 0; pass < 2; pass++) {
    size_t len = pass ? (cut ? (size_t)(cut - at) : 0) : n;
    while (len && at[len - 1] == ' ')
      len--;
    if (len < 2)
      continue;
    const char *h = find_ci(text, at, len);
    if (h) {
      *s = (uint32_t)(h - text);
      *t = *s + (uint32_t)len;
      return 1;
    }
  }
  return 0;
}

typedef struct evalsum {
  unsigned gold, located, predicted, c_ok, gold_s, predicted_s, cs_ok;
} evalsum;

static int eval_gsr(run *r, const char *path, int verbose, int no_dates) {
  json_error_t je;
  json_t *root = json_load_file(path, 0, &je);
  if (!root || !json_is_array(root)) {
    fprintf(stderr, "sima actors: %s:%d: %s\n", path, je.line,
            root ? "not a JSON array" : je.text);
    json_decref(root);
    return EXIT_REJECTED;
  }
  evalsum e = {0};
  size_t idx;
  json_t *rec;
  json_array_foreach(root, idx, rec) {
    const char *text = json_string_value(json_object_get(rec, "text"));
    if (!text)
      continue;
    const char *id = json_string_value(json_object_get(rec, "id"));
    const char *date =
        no_dates ? NULL : json_string_value(json_object_get(rec, "date"));
    sima_doc *doc = sima_doc_new(text, strlen(text), id, date, NULL, NULL);
    if (!doc || run_doc(r, doc) != 0) {
      sima_doc_free(doc);
      continue;
    }
    const char *seen[64];
    size_t nseen = 0;
    for (int side = 0; side < 2; side++) {
      json_t *list = json_object_get(rec, side ? "target" : "source");
      size_t j;
      json_t *a;
      if (!json_is_array(list))
        continue;
      json_array_foreach(list, j, a) {
        const char *at = json_string_value(json_object_get(a, "actorText"));
        const char *gc = json_string_value(json_object_get(a, "code"));
        const char *gs = json_string_value(json_object_get(a, "sector"));
        if (!at || !gc || !*at)
          continue;
        int dup = 0;
        for (size_t q = 0; q < nseen; q++)
          if (!strcmp(seen[q], at))
            dup = 1;
        if (dup || nseen == 64)
          continue;
        seen[nseen++] = at;
        e.gold++;
        char gold_c[4], gold_s[4] = "";
        eval_country(gc, gold_c);
        int score_s = !(gs && gs[0] == '*');
        if (gs && score_s)
          for (int q = 0; q < 3 && gs[q]; q++) {
            gold_s[q] =
                (char)(gs[q] >= 'a' && gs[q] <= 'z' ? gs[q] - 32 : gs[q]);
            gold_s[q + 1] = '\0';
          }
        eval_sector(gold_s);
        if (score_s)
          e.gold_s++;
        uint32_t s, t;
        if (!locate(doc->text, at, &s, &t)) {
          if (verbose)
            printf("unlocated\t%s\t%s\t%s\n", id ? id : "", at, gc);
          continue;
        }
        e.located++;
        const sima_mention *best = NULL;
        uint32_t bestov = 0;
        for (uint32_t q = 0; q < doc->nmentions; q++) {
          const sima_mention *m = &doc->mentions[q];
          uint32_t lo = m->start > s ? m->start : s;
          uint32_t hi = m->end < t ? m->end : t;
          if (hi > lo && m->code && hi - lo > bestov) {
            best = m;
            bestov = hi - lo;
          }
        }
        char pc[4] = "";
        const char *ps = "";
        if (best) {
          e.predicted++;
          if (score_s)
            e.predicted_s++;
          if (best->country[0] || strlen(best->code) >= 3)
            eval_country(best->country[0] ? best->country : best->code, pc);
          if (!best->country[0] && strncmp(best->code, "IGO", 3) &&
              strncmp(best->code, "NGO", 3) && strncmp(best->code, "IMG", 3))
            pc[0] = '\0';
          ps = best->sector;
        }
        int cok = best && !strcmp(pc, gold_c);
        int sok = cok && score_s && !strcmp(ps, gold_s);
        e.c_ok += (unsigned)cok;
        e.cs_ok += (unsigned)sok;
        if (verbose && (!cok || (score_s && !sok)))
          printf("%s\t%s\t%s|%s\tgot %s (%.*s)\t%s\n", cok ? "sector" : "miss",
                 at, gc, gs ? gs : "", best ? best->code : "-",
                 best ? (int)(best->end - best->start) : 1,
                 best ? doc->text + best->start : "-", id ? id : "");
      }
    }
    sima_doc_free(doc);
  }
  json_decref(root);
  printf("gold actors: %u (located in the text: %u)\n", e.gold, e.located);
  printf("country:        recall %.1f%%  precision %.1f%%  (%u correct, "
         "%u coded predictions)\n",
         e.gold ? 100.0 * e.c_ok / e.gold : 0.0,
         e.predicted ? 100.0 * e.c_ok / e.predicted : 0.0, e.c_ok, e.predicted);
  printf("country+sector: recall %.1f%%  precision %.1f%%  (%u correct of "
         "%u gold with a sector judgement, %u predictions)\n",
         e.gold_s ? 100.0 * e.cs_ok / e.gold_s : 0.0,
         e.predicted_s ? 100.0 * e.cs_ok / e.predicted_s : 0.0, e.cs_ok,
         e.gold_s, e.predicted_s);
  return EXIT_OK;
}

/* ---- main ---------------------------------------------------------------- */

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

int cmd_actors(int argc, char **argv) {
  const char *name = "actors";
  run r;
  memset(&r, 0, sizeof r);
  r.fmt = FMT_JSONL;
  cli_reading rd;
  memset(&rd, 0, sizeof rd);
  char **files = argv + 1;
  int nfiles = 0, lenient = 0, no_default = 0, want_stats = 0, verbose = 0,
      no_dates = 0;
  const char *extra[64];
  int nextra = 0;
  const char *gsr = NULL;
  for (int i = 1; i < argc; i++) {
    int c = cli_reading_flag(name, &rd, argc, argv, &i);
    if (c < 0)
      return EXIT_USAGE;
    if (c)
      continue;
    const char *a = argv[i];
    if (!strcmp(a, "--format") || !strcmp(a, "--dict") ||
        !strcmp(a, "--eval-gsr")) {
      if (i + 1 >= argc)
        return cli_usage_error(name, "%s needs a value", a);
      const char *v = argv[++i];
      if (!strcmp(a, "--dict")) {
        if (nextra == 64)
          return cli_usage_error(name, "too many --dict files (max 64)");
        extra[nextra++] = v;
      } else if (!strcmp(a, "--eval-gsr")) {
        gsr = v;
      } else if (!strcmp(v, "jsonl")) {
        r.fmt = FMT_JSONL;
      } else if (!strcmp(v, "tsv")) {
        r.fmt = FMT_TSV;
      } else {
        return cli_usage_error(name, "--format '%s': want jsonl or tsv", v);
      }
      continue;
    }
    if (!strcmp(a, "--lenient"))
      lenient = 1;
    else if (!strcmp(a, "--no-default"))
      no_default = 1;
    else if (!strcmp(a, "--stats"))
      want_stats = 1;
    else if (!strcmp(a, "--quiet"))
      r.quiet = 1;
    else if (!strcmp(a, "--uncoded"))
      r.uncoded_only = 1;
    else if (!strcmp(a, "--verbose"))
      verbose = 1;
    else if (!strcmp(a, "--ignore-dates"))
      no_dates = 1;
    else if (a[0] == '-' && a[1] != '\0')
      return cli_usage_error(name, "unknown option '%s'", a);
    else
      files[nfiles++] = argv[i];
  }
  if (no_default && nextra == 0)
    return cli_usage_error(name, "--no-default needs at least one --dict");
  rd.files = files;
  rd.nfiles = nfiles;

  double t0 = now_ms();
  clock_t c0 = clock();
  sima_error err = {0};
  sima_dict_opts o = {lenient, NULL, NULL};
  r.dict = sima_dict_new(&o, &err);
  if (!r.dict) {
    fprintf(stderr, "sima actors: %s\n", err.msg);
    return EXIT_REJECTED;
  }
  for (size_t i = 0; !no_default && sima_dict_default_file(i); i++) {
    const char *p = cli_data_path(sima_dict_default_file(i));
    if (sima_dict_add_file(r.dict, p, &err) != SIMA_OK) {
      fprintf(stderr, "sima actors: %s\n", err.msg);
      sima_dict_free(r.dict);
      return EXIT_REJECTED;
    }
  }
  for (int i = 0; i < nextra; i++)
    if (sima_dict_add_file(r.dict, extra[i], &err) != SIMA_OK) {
      fprintf(stderr, "sima actors: %s\n", err.msg);
      sima_dict_free(r.dict);
      return EXIT_REJECTED;
    }
  double t1 = now_ms();
  double load_cpu_ms = (double)(clock() - c0) * 1e3 / CLOCKS_PER_SEC;

  cli_stats_start(&r.stats);
  int rc;
  if (gsr)
    rc = eval_gsr(&r, gsr, verbose, no_dates);
  else
    rc = cli_read_all(name, &rd, per_doc, &r);
  if (want_stats) {
    sima_dict_stats st;
    sima_dict_stats_get(r.dict, &st);
    double secs = r.actor_secs > 0 ? r.actor_secs : 1e-9;
    double cpu = r.actor_cpu > 0 ? r.actor_cpu : 1e-9;
    cli_stats_print(name, &r.stats); /* events= counts mentions here */
    fprintf(stderr,
            "actors: load_ms=%.2f load_cpu_ms=%.2f actors=%u countries=%u "
            "phrases=%u "
            "agent_phrases=%u trie_nodes=%u dict_kib=%zu docs=%llu "
            "sentences=%llu mentions=%llu actor_seconds=%.4f "
            "mentions_per_s=%.0f sentences_per_s=%.0f "
            "mentions_per_cpu_s=%.0f sentences_per_cpu_s=%.0f\n",
            t1 - t0, load_cpu_ms, st.nactors, st.ncountries, st.nsenses,
            st.nagents, st.nnodes, st.bytes / 1024, r.docs, r.sentences,
            r.mentions, secs, (double)r.mentions / secs,
            (double)r.sentences / secs, (double)r.mentions / cpu,
            (double)r.sentences / cpu);
  }
  sima_dict_free(r.dict);
  if (fflush(stdout) != 0) {
    fprintf(stderr, "sima actors: write error on standard output\n");
    return EXIT_REJECTED;
  }
  return rc != EXIT_OK ? rc : (r.failed ? EXIT_REJECTED : EXIT_OK);
}
