/*
** store.h — private interface between store.c (the SQLite event store) and
** agg.c (statistics on series), plus test hooks.
**
** store.c holds all SQL; agg.c turns daily rows into period series and
** runs the alert statistic on plain arrays, so it can be tested without a
** database.
*/
#ifndef SIMA_STORE_H
#define SIMA_STORE_H

#include "sima.h"

/* One day of a dyad: events (one-a-day) by quad class and Goldstein sum. */
typedef struct agg_day {
  int32_t day;
  uint32_t n[5]; /* [0] all, [1..4] quad classes */
  double gsum;
} agg_day;

/* Period start of `day` for unit `by` (weeks start on Monday). */
int32_t agg_period_start(int32_t day, sima_period_unit by);
/* Start of the period after the one starting at `start`. */
int32_t agg_period_next(int32_t start, sima_period_unit by);

/* Builds dense series over [from, to] (days; INT32_MIN/INT32_MAX: the data's
** own range) from daily rows of both directions (any order).  Returns
** SIMA_ERR_NOMEM or SIMA_OK. */
sima_status agg_build(const agg_day *fwd, size_t nfwd, const agg_day *back,
                      size_t nback, int32_t from, int32_t to,
                      sima_period_unit by, sima_series *sfwd,
                      sima_series *sback);

/* The alert statistic on a dense series x[0..n) with event counts cnt[]:
** for each i >= first, z[i], mean[i], sd[i] over the baseline window
** [i - baseline, i) clipped at 0, and flag[i] = -1/+1/0.  Windows shorter
** than half the baseline never alert.  Returns the number of alerts. */
size_t agg_zscore(const double *x, const uint32_t *cnt, size_t n, size_t first,
                  const sima_alert_opts *opts, double *z, double *mean,
                  double *sd, int *flag);

/* Fills defaults into a copy of the options. */
void agg_alert_defaults(const sima_alert_opts *in, sima_alert_opts *out);

/* Test hook: opens like sima_store_open but migrates only up to
** `max_version` (creating a fresh database at that version). */
sima_store *store_open_version(const char *path, const sima_store_opts *opts,
                               int max_version, sima_error *err);

#endif
