/*
** test_agg.c — unit tests of src/agg.c: calendar arithmetic, period
** series, and the alert statistic on synthetic series (a planted shift is
** found, a stationary series stays quiet).
*/
#include "harness.h"
#include "store.h"

#include <math.h>
#include <stdlib.h>

static uint64_t rng = 0x2545f4914f6cdd1dULL;
static double unif(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (double)(rng >> 11) * 0x1.0p-53;
}
static double gauss(void) {
  double u = unif(), v = unif();
  if (u < 1e-300)
    u = 1e-300;
  return sqrt(-2 * log(u)) * cos(2 * M_PI * v);
}

TEST(days_round_trip) {
  char buf[11];
  int32_t d;
  OK(sima_day_parse("1970-01-01", 10, &d), "epoch parses");
  INT_EQ(d, 0);
  OK(sima_day_parse("2025-07-01", 10, &d), "a date parses");
  INT_EQ(d, 20270);
  OK(!sima_day_parse("2025-02-29", 10, &d), "no 29 Feb 2025");
  OK(sima_day_parse("2024-02-29", 10, &d), "29 Feb 2024");
  /* every day of 1900..2100 formats back to itself */
  int32_t a, b;
  sima_day_parse("1900-01-01", 10, &a);
  sima_day_parse("2100-12-31", 10, &b);
  int bad = 0;
  for (int32_t x = a; x <= b; x++) {
    int32_t y;
    sima_day_format(x, buf);
    if (!sima_day_parse(buf, 10, &y) || y != x)
      bad++;
  }
  INT_EQ(bad, 0);
}

TEST(periods) {
  int32_t d;
  char buf[11];
  sima_day_parse("2025-07-03", 10, &d); /* a Thursday */
  sima_day_format(agg_period_start(d, SIMA_BY_WEEK), buf);
  STR_EQ(buf, "2025-06-30");
  sima_day_format(agg_period_start(d, SIMA_BY_MONTH), buf);
  STR_EQ(buf, "2025-07-01");
  sima_day_parse("1969-12-28", 10, &d); /* a Sunday, before the epoch */
  sima_day_format(agg_period_start(d, SIMA_BY_WEEK), buf);
  STR_EQ(buf, "1969-12-22");
  sima_day_parse("2024-12-15", 10, &d);
  sima_day_format(
      agg_period_next(agg_period_start(d, SIMA_BY_MONTH), SIMA_BY_MONTH), buf);
  STR_EQ(buf, "2025-01-01");
}

/* Property: for random daily rows, the per-day series summed by month
** equals the per-month series (counts exactly, sums to rounding). */
TEST(day_totals_sum_to_months) {
  enum { N = 3000 };
  agg_day *rows = calloc(N, sizeof *rows);
  int32_t d0;
  sima_day_parse("2023-11-20", 10, &d0);
  for (size_t i = 0; i < N; i++) {
    rows[i].day = d0 + (int32_t)(unif() * 500);
    int q = 1 + (int)(unif() * 4);
    rows[i].n[0] = 1 + (uint32_t)(unif() * 3);
    rows[i].n[q] = rows[i].n[0];
    rows[i].gsum = (unif() * 20 - 10) * rows[i].n[0];
  }
  sima_series df, db, mf, mb;
  INT_EQ(agg_build(rows, N / 2, rows + N / 2, N - N / 2, INT32_MIN, INT32_MAX,
                   SIMA_BY_DAY, &df, &db),
         SIMA_OK);
  INT_EQ(agg_build(rows, N / 2, rows + N / 2, N - N / 2, INT32_MIN, INT32_MAX,
                   SIMA_BY_MONTH, &mf, &mb),
         SIMA_OK);
  INT_EQ(df.n, db.n);
  OK(mf.n >= 16 && mf.n <= 18, "about 17 months");
  size_t k = 0;
  int bad = 0;
  uint64_t total = 0;
  for (size_t m = 0; m < mf.n; m++) {
    uint32_t n[5] = {0, 0, 0, 0, 0};
    double g = 0;
    int32_t next = agg_period_next(mf.p[m].day, SIMA_BY_MONTH);
    for (; k < df.n && df.p[k].day < next; k++) {
      for (int q = 0; q < 5; q++)
        n[q] += df.p[k].n[q];
      g += df.p[k].gsum;
    }
    for (int q = 0; q < 5; q++)
      bad += n[q] != mf.p[m].n[q];
    bad += fabs(g - mf.p[m].gsum) > 1e-6;
    total += n[0];
  }
  INT_EQ(k, df.n);
  INT_EQ(bad, 0);
  uint64_t want = 0;
  for (size_t i = 0; i < N / 2; i++)
    want += rows[i].n[0];
  INT_EQ(total, want);
  sima_series_free(&df);
  sima_series_free(&db);
  sima_series_free(&mf);
  sima_series_free(&mb);
  free(rows);
}

TEST(build_fills_gaps) {
  agg_day r[2] = {{0, {1, 1, 0, 0, 0}, 3.0}, {20, {2, 0, 0, 0, 2}, -20.0}};
  sima_series f, b;
  INT_EQ(agg_build(r, 2, NULL, 0, INT32_MIN, INT32_MAX, SIMA_BY_WEEK, &f, &b),
         SIMA_OK);
  /* 1970-01-01 is in the week of 1969-12-29; day 20 in that of day 18 */
  INT_EQ(f.n, 4);
  INT_EQ(b.n, 4);
  INT_EQ(f.p[0].day, -3);
  INT_EQ(f.p[0].n[0], 1);
  INT_EQ(f.p[1].n[0], 0);
  INT_EQ(f.p[3].n[4], 2);
  OK(fabs(f.p[3].gmean + 10.0) < 1e-9, "mean -10");
  OK(fabs(f.p[3].cci + 1.0) < 1e-9, "all conflict: -1");
  OK(fabs(f.p[0].cci - 1.0) < 1e-9, "all cooperation: +1");
  INT_EQ(b.p[2].n[0], 0);
  sima_series_free(&f);
  sima_series_free(&b);
}

/* A dyad with ~30 events a week and Goldstein sums around -20 (sd 25):
** weeks 0..59 stationary, weeks 60..63 shifted by -200 (a turn to
** conflict).  The statistic must flag week 60 and nothing before. */
TEST(alert_planted_shift) {
  enum { N = 64 };
  double x[N], z[N], m[N], sd[N];
  uint32_t c[N];
  int flag[N];
  rng = 42;
  for (int i = 0; i < N; i++) {
    x[i] = -20 + 25 * gauss() + (i >= 60 ? -200 : 0);
    c[i] = 30 + (i >= 60 ? 30 : 0);
  }
  size_t na = agg_zscore(x, c, N, 0, NULL, z, m, sd, flag);
  INT_EQ(flag[60], -1);
  OK(z[60] < -5, "strong negative z at the shift");
  int before = 0;
  for (int i = 0; i < 60; i++)
    before += flag[i] != 0;
  INT_EQ(before, 0);
  OK(na >= 1 && na <= 4, "alerts only at the shift");
}

/* Many stationary series (Poisson-like counts, noisy sums): the default
** thresholds keep false alarms rare (< 0.5% of dyad-weeks). */
TEST(alert_stationary_quiet) {
  enum { N = 52, SERIES = 200 };
  double x[N];
  uint32_t c[N];
  int flag[N];
  size_t total = 0;
  rng = 7;
  for (int s = 0; s < SERIES; s++) {
    double lambda = 10 + 40 * unif();
    for (int i = 0; i < N; i++) {
      c[i] = (uint32_t)(lambda + sqrt(lambda) * gauss() + 0.5);
      x[i] = -0.5 * c[i] + 6.0 * sqrt((double)c[i]) * gauss();
    }
    total += agg_zscore(x, c, N, 12, NULL, NULL, NULL, NULL, flag);
  }
  OK(total * 200 < (size_t)SERIES * (N - 12), "false alarm rate < 0.5%");
  /* and a constant series never alerts */
  for (int i = 0; i < N; i++) {
    x[i] = -50;
    c[i] = 20;
  }
  INT_EQ(agg_zscore(x, c, N, 0, NULL, NULL, NULL, NULL, flag), 0);
}

TEST(alert_min_volume) {
  /* a jump made of 3 events is noise under the minimum-volume rule */
  double x[20];
  uint32_t c[20];
  int flag[20];
  for (int i = 0; i < 20; i++) {
    x[i] = 0;
    c[i] = 2;
  }
  x[19] = -30;
  c[19] = 3;
  INT_EQ(agg_zscore(x, c, 20, 0, NULL, NULL, NULL, NULL, flag), 0);
  sima_alert_opts o;
  memset(&o, 0, sizeof o);
  o.min_events = 1;
  o.min_baseline = 1;
  o.min_sd = 1;
  INT_EQ(agg_zscore(x, c, 20, 0, &o, NULL, NULL, NULL, flag), 1);
  INT_EQ(flag[19], -1);
}

int main(void) {
  RUN(days_round_trip);
  RUN(periods);
  RUN(day_totals_sum_to_months);
  RUN(build_fills_gaps);
  RUN(alert_planted_shift);
  RUN(alert_stationary_quiet);
  RUN(alert_min_volume);
  return harness_done();
}
