/*
** cmd_trend.c — `sima trend SRC TGT`: a dyad's events per period, both
** directions, as a table or CSV, and optionally a plot.
**
** Counts are of one-a-day events (docs/store.md), with the alert mark of
** the rolling z-score computed on the printed series.
*/
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char cmd_trend_summary[] = "events of a dyad per day, week or month, "
                                 "with a plot";
const char cmd_trend_help[] =
    "usage: sima trend SRC TGT [--db sima.db] [--by day|week|month]\n"
    "                  [--mood M] [--count MODE] [--from DATE] [--to DATE]\n"
    "                  [--format table|csv] [--plot out.svg|out.png]\n"
    "\n"
    "For each period, in both directions (SRC->TGT and TGT->SRC): events\n"
    "by quad class (1 verbal cooperation, 2 material cooperation, 3 verbal\n"
    "conflict, 4 material conflict), Goldstein sum and mean, and the\n"
    "conflict/cooperation index (q1 + q2 - q3 - q4) / events, from -1 (all\n"
    "conflict) to +1 (all cooperation).  Events are counted once per day,\n"
    "source, target and CAMEO code however many articles report them, or\n"
    "an article tells them (--count); negated events are not counted.\n"
    "The alert column marks periods whose\n"
    "Goldstein sum departs from the 26 periods before it (z-score, see\n"
    "`sima help alerts`): - for conflict, + for cooperation.\n"
    "\n"
    "SRC and TGT are countries (CHN), full codes (CHNGOV) or globs (CHN*).\n"
    "\n"
    "  --by UNIT       day, week (Monday first; default) or month\n"
    "  --mood M        only events reported with this mood (e.g. asserted)\n"
    "  --count MODE    one-a-day (default): an act (day, source, target,\n"
    "                  code) once however many reports tell it; reports:\n"
    "                  each article's act once (its repeats in the same\n"
    "                  article, duplicate_of, are not counted); all: every\n"
    "                  coded event, repeats included\n"
    "  --from, --to    date range (default: the dyad's own)\n"
    "  --format F      table (default) or csv\n"
    "  --plot FILE     also draw the trend to FILE (.svg or .png)\n"
    "  --db PATH       database (default sima.db)\n"
    "\n"
    "Exit: 0 ok, 1 database error or unknown actor, 2 usage.\n";

static int parse_mood(const char *v) {
  for (int m = 0; m < SIMA_NMOOD; m++)
    if (!strcmp(v, sima_mood_name((sima_mood)m)))
      return m;
  return -1;
}

static void row(FILE *o, int csv, const char *period, const char *dir,
                const sima_period *p) {
  const char *al = p->alert < 0 ? "-" : p->alert > 0 ? "+" : "";
  if (csv)
    fprintf(o, "%s,%s,%u,%u,%u,%u,%u,%.2f,%.3f,%.3f,%s\n", period, dir, p->n[0],
            p->n[1], p->n[2], p->n[3], p->n[4], p->gsum, p->gmean, p->cci, al);
  else
    fprintf(o,
            "%-10s  %-15s  %6u  %5u  %5u  %5u  %5u  %9.1f  %6.2f  %6.2f  %s\n",
            period, dir, p->n[0], p->n[1], p->n[2], p->n[3], p->n[4], p->gsum,
            p->gmean, p->cci, al);
}

int cmd_trend(int argc, char **argv) {
  sima_trend_opts o;
  memset(&o, 0, sizeof o);
  o.by = SIMA_BY_WEEK;
  o.mood = -1;
  const char *db = "sima.db", *plot = NULL;
  int csv = 0;
  const char *pos[2];
  int npos = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (a[0] != '-' || !a[1]) {
      if (npos == 2)
        return cli_usage_error("trend", "unexpected argument '%s'", a);
      pos[npos++] = a;
      continue;
    }
    if (i + 1 >= argc)
      return cli_usage_error("trend", "%s needs a value (or is unknown)", a);
    const char *v = argv[++i];
    if (!strcmp(a, "--db"))
      db = v;
    else if (!strcmp(a, "--plot"))
      plot = v;
    else if (!strcmp(a, "--by")) {
      if (!strcmp(v, "day"))
        o.by = SIMA_BY_DAY;
      else if (!strcmp(v, "week"))
        o.by = SIMA_BY_WEEK;
      else if (!strcmp(v, "month"))
        o.by = SIMA_BY_MONTH;
      else
        return cli_usage_error("trend", "--by: day, week or month");
    } else if (!strcmp(a, "--mood")) {
      if ((o.mood = parse_mood(v)) < 0)
        return cli_usage_error("trend", "--mood: unknown mood '%s'", v);
    } else if (!strcmp(a, "--count")) {
      int c = cli_count_mode(v);
      if (c < 0)
        return cli_usage_error("trend", "--count: one-a-day, reports or all");
      o.count = (sima_count_mode)c;
    } else if (!strcmp(a, "--from") || !strcmp(a, "--to")) {
      if (!sima_date_valid(v, strlen(v)))
        return cli_usage_error("trend", "%s: '%s' is not a date YYYY-MM-DD", a,
                               v);
      if (a[2] == 'f')
        o.from = v;
      else
        o.to = v;
    } else if (!strcmp(a, "--format")) {
      if (!strcmp(v, "csv"))
        csv = 1;
      else if (!strcmp(v, "table"))
        csv = 0;
      else
        return cli_usage_error("trend", "--format: table or csv");
    } else {
      return cli_usage_error("trend", "unknown option %s", a);
    }
  }
  if (npos != 2)
    return cli_usage_error("trend", "give two actors: SRC TGT");
  o.src = pos[0];
  o.tgt = pos[1];
  sima_error err = {0};
  sima_store_opts so = {SIMA_STORE_READONLY, 0, 0, 0};
  sima_store *s = sima_store_open(db, &so, &err);
  if (!s) {
    fprintf(stderr, "sima trend: %s\n", err.msg);
    return EXIT_REJECTED;
  }
  sima_series f, b;
  sima_status st = sima_store_trend(s, &o, &f, &b, &err);
  sima_store_close(s, NULL);
  if (st) {
    fprintf(stderr, "sima trend: %s\n", err.msg);
    return st == SIMA_ERR_USAGE ? EXIT_USAGE : EXIT_REJECTED;
  }
  sima_series_mark_alerts(&f, NULL);
  sima_series_mark_alerts(&b, NULL);
  char fd[96], bd[96];
  snprintf(fd, sizeof fd, "%s>%s", o.src, o.tgt);
  snprintf(bd, sizeof bd, "%s>%s", o.tgt, o.src);
  if (csv)
    printf("period,direction,events,q1,q2,q3,q4,gsum,gmean,cci,alert\n");
  else
    printf("%-10s  %-15s  %6s  %5s  %5s  %5s  %5s  %9s  %6s  %6s  %s\n",
           "PERIOD", "DIRECTION", "EVENTS", "Q1", "Q2", "Q3", "Q4", "GSUM",
           "GMEAN", "CCI", "ALERT");
  for (size_t i = 0; i < f.n; i++) {
    char d[11];
    sima_day_format(f.p[i].day, d);
    if (o.by == SIMA_BY_MONTH)
      d[7] = '\0';
    row(stdout, csv, d, fd, &f.p[i]);
    row(stdout, csv, d, bd, &b.p[i]);
  }
  if (!f.n && !csv)
    printf("(no events between %s and %s)\n", o.src, o.tgt);
  int rc = EXIT_OK;
  if (plot && sima_plot_trend(plot, o.src, o.tgt, o.by, &f, &b, &err)) {
    fprintf(stderr, "sima trend: %s\n", err.msg);
    rc = EXIT_REJECTED;
  }
  sima_series_free(&f);
  sima_series_free(&b);
  return rc;
}
