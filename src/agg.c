/*
** agg.c — aggregation: daily dyad rows -> period series, and the alert
** statistic.
**
** The store (store.c) hands over per-day rows already reduced by the
** one-a-day rule; this file knows nothing of SQL.  It buckets days into
** days, ISO weeks (Monday first) or calendar months, fills empty periods
** so series have no gaps, and computes the rolling z-score of Goldstein
** sums used by `sima alerts` and the plot's alert marks (docs/store.md).
*/
#include "arena.h"
#include "calendar.h"
#include "store.h"

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- calendar (proleptic Gregorian, days since 1970-01-01) ---- */

int sima_day_parse(const char *s, size_t len, int32_t *day) {
  if (!s || !sima_date_valid(s, len))
    return 0;
  int y = atoi(s), m = (s[5] - '0') * 10 + (s[6] - '0');
  int d = (s[8] - '0') * 10 + (s[9] - '0');
  *day = calendar_days(y, m, d);
  return 1;
}

void sima_day_format(int32_t day, char out[11]) {
  int y, m, d;
  calendar_date(day, &y, &m, &d);
  char buf[32];
  snprintf(buf, sizeof buf, "%04u-%02u-%02u", (unsigned)y % 10000u,
           (unsigned)m % 100u, (unsigned)d % 100u);
  memcpy(out, buf, 11);
}

static int32_t floor_mod7(int32_t x) {
  return ((x % 7) + 7) % 7;
}

int32_t agg_period_start(int32_t day, sima_period_unit by) {
  int y, m, d;
  switch (by) {
  case SIMA_BY_WEEK:
    return day - floor_mod7(day + 3); /* 1970-01-01 was a Thursday */
  case SIMA_BY_MONTH:
    calendar_date(day, &y, &m, &d);
    return calendar_days(y, m, 1);
  default:
    return day;
  }
}

int32_t agg_period_next(int32_t start, sima_period_unit by) {
  int y, m, d;
  switch (by) {
  case SIMA_BY_WEEK:
    return start + 7;
  case SIMA_BY_MONTH:
    calendar_date(start, &y, &m, &d);
    return m == 12 ? calendar_days(y + 1, 1, 1)
                   : calendar_days(y, m + 1, 1);
  default:
    return start + 1;
  }
}

/* ---- series ---- */

void sima_series_free(sima_series *s) {
  if (!s)
    return;
  free(s->p);
  s->p = NULL;
  s->n = 0;
}

static void add_rows(sima_series *s, const agg_day *rows, size_t n,
                     int32_t first, sima_period_unit by) {
  /* Periods are contiguous from `first`; find each row's by bisection on
  ** the period starts. */
  for (size_t i = 0; i < n; i++) {
    int32_t ps = agg_period_start(rows[i].day, by);
    size_t lo = 0, hi = s->n;
    (void)first;
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (s->p[mid].day < ps)
        lo = mid + 1;
      else
        hi = mid;
    }
    if (lo >= s->n || s->p[lo].day != ps)
      continue; /* outside [from, to] */
    sima_period *p = &s->p[lo];
    for (int k = 0; k < 5; k++)
      p->n[k] += rows[i].n[k];
    p->gsum += rows[i].gsum;
  }
  for (size_t i = 0; i < s->n; i++) {
    sima_period *p = &s->p[i];
    uint32_t coop = p->n[1] + p->n[2], conf = p->n[3] + p->n[4];
    p->gmean = p->n[0] ? p->gsum / p->n[0] : 0.0;
    p->cci = p->n[0] ? ((double)coop - (double)conf) / p->n[0] : 0.0;
  }
}

static void range_of(const agg_day *r, size_t n, int32_t *lo, int32_t *hi) {
  for (size_t i = 0; i < n; i++) {
    if (r[i].day < *lo)
      *lo = r[i].day;
    if (r[i].day > *hi)
      *hi = r[i].day;
  }
}

sima_status agg_build(const agg_day *fwd, size_t nfwd, const agg_day *back,
                      size_t nback, int32_t from, int32_t to,
                      sima_period_unit by, sima_series *sf, sima_series *sb) {
  memset(sf, 0, sizeof *sf);
  memset(sb, 0, sizeof *sb);
  int32_t lo = INT32_MAX, hi = INT32_MIN;
  range_of(fwd, nfwd, &lo, &hi);
  range_of(back, nback, &lo, &hi);
  if (from != INT32_MIN)
    lo = from;
  if (to != INT32_MAX)
    hi = to;
  if (lo > hi)
    return SIMA_OK; /* no data: empty series */
  int32_t first = agg_period_start(lo, by);
  size_t np = 0;
  for (int32_t d = first; d <= hi; d = agg_period_next(d, by))
    np++;
  if (np > 10u * 1000 * 1000)
    return SIMA_ERR_LIMIT;
  sf->p = calloc(np, sizeof *sf->p);
  sb->p = calloc(np, sizeof *sb->p);
  if (!sf->p || !sb->p) {
    sima_series_free(sf);
    sima_series_free(sb);
    return SIMA_ERR_NOMEM;
  }
  int32_t d = first;
  for (size_t i = 0; i < np; i++, d = agg_period_next(d, by))
    sf->p[i].day = sb->p[i].day = d;
  sf->n = sb->n = np;
  add_rows(sf, fwd, nfwd, first, by);
  add_rows(sb, back, nback, first, by);
  return SIMA_OK;
}

/* ---- alerts ---- */

void agg_alert_defaults(const sima_alert_opts *in, sima_alert_opts *o) {
  if (in)
    *o = *in;
  else {
    memset(o, 0, sizeof *o);
    o->mood = -1;
  }
  if (!o->baseline)
    o->baseline = 26;
  if (o->z <= 0)
    o->z = 3.5;
  if (o->min_sd <= 0)
    o->min_sd = 5.0;
  if (!o->min_events)
    o->min_events = 10;
  if (!o->min_baseline)
    o->min_baseline = 10;
  if (!o->nevidence)
    o->nevidence = 3;
}

/* The baseline window is short (12 weeks by default), so its mean and
** variance are recomputed with two passes for every week: O(n * baseline),
** exact, with none of the cancellation of running sums of squares. */
size_t agg_zscore(const double *x, const uint32_t *cnt, size_t n, size_t first,
                  const sima_alert_opts *in, double *z, double *mean,
                  double *sd, int *flag) {
  sima_alert_opts o;
  agg_alert_defaults(in, &o);
  size_t nalerts = 0;
  for (size_t i = first; i < n; i++) {
    size_t b0 = i >= o.baseline ? i - o.baseline : 0;
    size_t w = i - b0;
    double m = 0, v = 0;
    uint64_t bev = 0;
    for (size_t k = b0; k < i; k++) {
      m += x[k];
      bev += cnt[k];
    }
    if (w)
      m /= (double)w;
    for (size_t k = b0; k < i; k++)
      v += (x[k] - m) * (x[k] - m);
    double s = w ? sqrt(v / (double)w) : 0.0;
    /* Floor: a sum of k events whose scores spread by about 5 varies by
    ** about 5 sqrt(k) from counting noise alone, so quiet baselines with
    ** few events do not make every busier week an alert. */
    double kbar = w ? (double)bev / (double)w : 0.0;
    double floor_sd = o.min_sd > 5.0 * sqrt(kbar) ? o.min_sd : 5.0 * sqrt(kbar);
    double se = s > floor_sd ? s : floor_sd;
    double zz = (x[i] - m) / se;
    int f = 0;
    if (2 * w >= o.baseline && cnt[i] >= o.min_events &&
        bev >= o.min_baseline && fabs(zz) >= o.z)
      f = zz < 0 ? -1 : 1;
    if (z)
      z[i] = zz;
    if (mean)
      mean[i] = m;
    if (sd)
      sd[i] = s;
    if (flag)
      flag[i] = f;
    nalerts += f != 0;
  }
  return nalerts;
}

size_t sima_series_mark_alerts(sima_series *s, const sima_alert_opts *opts) {
  if (!s || !s->n)
    return 0;
  double *x = malloc(s->n * sizeof *x);
  uint32_t *c = malloc(s->n * sizeof *c);
  int *f = malloc(s->n * sizeof *f);
  size_t na = 0;
  if (x && c && f) {
    for (size_t i = 0; i < s->n; i++) {
      x[i] = s->p[i].gsum;
      c[i] = s->p[i].n[0];
    }
    na = agg_zscore(x, c, s->n, 0, opts, NULL, NULL, NULL, f);
    for (size_t i = 0; i < s->n; i++)
      s->p[i].alert = f[i];
  }
  free(x);
  free(c);
  free(f);
  return na;
}
