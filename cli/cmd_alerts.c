/*
** cmd_alerts.c — `sima alerts`: dyads whose recent weekly Goldstein sum
** departs from their own baseline, with the events that drive the change.
**
** The statistic (rolling z-score) is computed in the library
** (sima_store_alerts, src/agg.c) and documented in docs/store.md.
*/
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char cmd_alerts_summary[] = "dyads whose conflict level departs from "
                                  "their baseline";
const char cmd_alerts_help[] =
    "usage: sima alerts [--db sima.db] [--since DATE] [--dyad SRC,TGT]\n"
    "                   [--mood M] [--baseline WEEKS] [--z Z] [--min-sd SD]\n"
    "                   [--min-events N] [--min-baseline N] [--evidence K]\n"
    "                   [--count MODE] [--format table|jsonl]\n"
    "\n"
    "Method: for each country dyad (source country -> target country; an\n"
    "actor without a country stands for itself) and each week (Monday\n"
    "first) from --since on, x = the week's Goldstein sum over one-a-day\n"
    "events.  Over the BASELINE weeks before it (empty weeks count as 0),\n"
    "m = mean and sd = standard deviation of the weekly sums, and\n"
    "    z = (x - m) / max(sd, MIN_SD).\n"
    "An alert fires when |z| >= Z, the week has at least MIN_EVENTS events\n"
    "and the baseline at least MIN_BASELINE: z < 0 is a turn towards\n"
    "conflict, z > 0 towards cooperation.  Alerts are listed by |z|, each\n"
    "with the week's most extreme events (the ones that drive the change)\n"
    "and the sentence of their first report.\n"
    "\n"
    "  --since DATE       first week examined (default: the last 4 whole\n"
    "                     weeks of data; a week in progress is left out)\n"
    "  --dyad SRC,TGT     only this dyad (actor patterns)\n"
    "  --mood asserted    only events with an asserted mention\n"
    "  --count MODE       one-a-day (default), reports (each article's act\n"
    "                     once) or all (every coded event, repeats\n"
    "                     included); the last two scan the mentions\n"
    "  --baseline WEEKS   baseline length (default 26)\n"
    "  --z Z              threshold on |z| (default 3.5)\n"
    "  --min-sd SD        floor of the baseline sd (default 5)\n"
    "  --min-events N     events in the alert week (default 10)\n"
    "  --min-baseline N   events in the baseline (default 10)\n"
    "  --evidence K       driving events listed per alert (default 3)\n"
    "  --format F         table (default) or jsonl\n"
    "  --db PATH          database (default sima.db)\n"
    "\n"
    "Exit: 0 ok (with or without alerts), 1 database error, 2 usage.\n";

static int parse_mood(const char *v) {
  for (int m = 0; m < SIMA_NMOOD; m++)
    if (!strcmp(v, sima_mood_name((sima_mood)m)))
      return m;
  return -1;
}

static int num(const char *v, double lo, double hi, double *out) {
  char *end;
  double x = strtod(v, &end);
  if (*end || end == v || !(x >= lo && x <= hi))
    return -1;
  *out = x;
  return 0;
}

int cmd_alerts(int argc, char **argv) {
  sima_alert_opts o;
  memset(&o, 0, sizeof o);
  o.mood = -1;
  const char *db = "sima.db";
  int jsonl = 0;
  char *dyad = NULL;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (i + 1 >= argc || a[0] != '-') {
      free(dyad);
      return cli_usage_error("alerts", "unexpected argument '%s'", a);
    }
    const char *v = argv[++i];
    double x;
    int bad = 0;
    if (!strcmp(a, "--db"))
      db = v;
    else if (!strcmp(a, "--since")) {
      if (!sima_date_valid(v, strlen(v)))
        bad = 1;
      o.since = v;
    } else if (!strcmp(a, "--dyad")) {
      free(dyad);
      dyad = strdup(v);
      char *c = dyad ? strchr(dyad, ',') : NULL;
      if (!c || c == dyad || !c[1])
        bad = 1;
      else {
        *c = '\0';
        o.src = dyad;
        o.tgt = c + 1;
      }
    } else if (!strcmp(a, "--mood"))
      bad = (o.mood = parse_mood(v)) < 0;
    else if (!strcmp(a, "--count")) {
      int c = cli_count_mode(v);
      bad = c < 0;
      o.count = c < 0 ? SIMA_COUNT_ONE_A_DAY : (sima_count_mode)c;
    }
    else if (!strcmp(a, "--baseline"))
      bad = num(v, 2, 520, &x) || !(o.baseline = (unsigned)x);
    else if (!strcmp(a, "--z"))
      bad = num(v, 0.1, 1000, &o.z);
    else if (!strcmp(a, "--min-sd"))
      bad = num(v, 0.001, 1e9, &o.min_sd);
    else if (!strcmp(a, "--min-events"))
      bad = num(v, 1, 1e9, &x) || !(o.min_events = (unsigned)x);
    else if (!strcmp(a, "--min-baseline"))
      bad = num(v, 1, 1e9, &x) || !(o.min_baseline = (unsigned)x);
    else if (!strcmp(a, "--evidence"))
      bad = num(v, 1, 100, &x) || !(o.nevidence = (unsigned)x);
    else if (!strcmp(a, "--format")) {
      if (!strcmp(v, "jsonl"))
        jsonl = 1;
      else if (strcmp(v, "table"))
        bad = 1;
    } else {
      free(dyad);
      return cli_usage_error("alerts", "unknown option %s", a);
    }
    if (bad) {
      free(dyad);
      return cli_usage_error("alerts", "%s: bad value '%s'", a, v);
    }
  }
  sima_error err = {0};
  sima_store_opts so = {SIMA_STORE_READONLY, 0, 0, 0};
  sima_store *s = sima_store_open(db, &so, &err);
  if (!s) {
    fprintf(stderr, "sima alerts: %s\n", err.msg);
    free(dyad);
    return EXIT_REJECTED;
  }
  sima_alert_list l;
  sima_status st = sima_store_alerts(s, &o, &l, &err);
  sima_store_close(s, NULL);
  free(dyad);
  if (st) {
    fprintf(stderr, "sima alerts: %s\n", err.msg);
    return st == SIMA_ERR_USAGE ? EXIT_USAGE : EXIT_REJECTED;
  }
  if (!jsonl)
    printf("%-8s  %-8s  %-10s  %6s  %9s  %9s  %7s  %7s  %s\n", "SOURCE",
           "TARGET", "WEEK", "EVENTS", "GSUM", "BASELINE", "SD", "Z", "TURN");
  for (size_t i = 0; i < l.n; i++) {
    const sima_alert *al = &l.a[i];
    char wk[11];
    sima_day_format(al->week, wk);
    const char *turn = al->z < 0 ? "conflict" : "cooperation";
    if (jsonl) {
      printf("{\"source\":");
      sima_json_write_str(stdout, al->src, strlen(al->src));
      printf(",\"target\":");
      sima_json_write_str(stdout, al->tgt, strlen(al->tgt));
      printf(",\"week\":\"%s\",\"events\":%u,\"gsum\":%.2f,"
             "\"baseline_mean\":%.3f,\"baseline_sd\":%.3f,\"z\":%.3f,"
             "\"turn\":\"%s\",\"method\":\"rolling z-score of weekly "
             "Goldstein sums\",\"evidence\":[",
             wk, al->count, al->value, al->mean, al->sd, al->z, turn);
      for (size_t k = 0; k < al->nevidence; k++) {
        /* event lines end in a newline: strip it by writing to a buffer */
        char *buf = NULL;
        size_t len = 0;
        FILE *m = open_memstream(&buf, &len);
        if (m) {
          sima_event_rec_write_json(m, &al->evidence[k]);
          fclose(m);
          if (len && buf[len - 1] == '\n')
            buf[--len] = '\0';
          printf("%s%s", k ? "," : "", buf);
        }
        free(buf);
      }
      printf("]}\n");
      continue;
    }
    printf("%-8s  %-8s  %-10s  %6u  %9.1f  %9.1f  %7.1f  %7.2f  %s\n", al->src,
           al->tgt, wk, al->count, al->value, al->mean, al->sd, al->z, turn);
    for (size_t k = 0; k < al->nevidence; k++) {
      const sima_event_rec *r = &al->evidence[k];
      printf("    %s  %s -> %s  %s  %+.1f  (%u mention%s)  %s: ",
             r->ev.date ? r->ev.date : "-", r->ev.source.code,
             r->ev.target.code ? r->ev.target.code : "-", r->ev.code,
             r->ev.goldstein, r->nmentions, r->nmentions == 1 ? "" : "s",
             r->doc);
      const char *t = r->text ? r->text : "";
      size_t n = strlen(t);
      if (n > 140) {
        n = 140;
        while (n && ((unsigned char)t[n] & 0xc0) == 0x80)
          n--;
      }
      printf("%.*s%s\n", (int)n, t, n < strlen(t) ? "..." : "");
    }
  }
  if (!jsonl)
    printf("(%zu alert%s)\n", l.n, l.n == 1 ? "" : "s");
  sima_alert_list_free(&l);
  return EXIT_OK;
}
