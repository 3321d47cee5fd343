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

#endif
