/*
** calendar.h — the proleptic Gregorian calendar as days since 1970-01-01
** (internal), for the date resolver (timex.c) and the aggregation of the
** store's days into weeks and months (agg.c).
*/
#ifndef SIMA_CALENDAR_H
#define SIMA_CALENDAR_H

#include <stdint.h>

/* The day (days since 1970-01-01) of year y, month m (1-12), day d. */
int32_t calendar_days(int y, int m, int d);

/* The year, month (1-12) and day of day z (days since 1970-01-01), in
** *y, *m and *d. */
void calendar_date(int32_t z, int *y, int *m, int *d);

#endif
