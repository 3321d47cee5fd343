/*
** timex.h — what the date resolver (timex.c) knows of calendar words,
** for the other stages (internal): the coder's place rule (C-LOC) must
** not take "in October" or "on Monday" for a place, nor its quantities
** and speakers a year.
*/
#ifndef SIMA_TIMEX_H
#define SIMA_TIMEX_H

#include "sima.h"

/* Index of token t's word (its norm, ASCII case aside) in words[0..n), or
** -1. */
int timex_word_index(const sima_token *t, const char *const *words, int n);

/* 1 when token t is, case aside, the full name of a month or a weekday. */
int timex_calendar_name(const sima_token *t);

/* The year 1900-2099 that number token t writes ("2016"), or -1. */
int timex_year(const sima_token *t);

/* RULE C-DUP-DOC (src/dedup.c) in a document without a date: 1, *day
** (days since 1970-01-01, the first of the period) and *precision ("day",
** "month", ...) when a time expression of ev's sentence dates ev,
** resolved against the stand-in reference day ref as sima_dates_resolve
** would resolve it against the document date; 0 when none does. */
int timex_event_day(const sima_doc *doc, const sima_event *ev, int32_t ref,
                    int32_t *day, const char **precision);

#endif
