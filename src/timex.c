/*
** timex.c — resolves time expressions to dates, after the coder.
**
** News dates events relative to the article: "on Monday", "yesterday",
** "last week", "this summer", "two days ago", "on Jan. 5", "in March",
** "in 2019".  This stage finds such expressions in each sentence, resolves
** them against doc->date, and gives every event of the sentence the date of
** the expression that modifies its verb's clause (D-TIMEX-SCOPE; in the
** token order when there is no parse).  An event with no expression keeps the
** document date.  A reference to the past ("in 2019" in a 2025 article) is
** thereby dated in the past, not coded as current.
**
** Worked example, doc->date = 2025-09-15 (a Monday):
**   "Mr Trump blocked $400m in aid this summer" -> 2025-06-01, season
**   "China staged drills on Saturday"           -> 2025-09-13, day
**   "the 2019 attack", "attacked in 2019"       -> 2019-01-01, year
**   "drills on Monday, three days after X met Y" -> met: 2025-09-12, day
**                                                  (RULE D-INTERVAL)
*/
#include "arena.h"
#include "calendar.h"
#include "timex.h"
#include "words.h"

#include <stdlib.h>
#include <string.h>

typedef struct timex {
  uint32_t first, count; /* token span */
  int32_t day;           /* days since 1970-01-01 */
  const char *precision; /* "day" "week" "month" "season" "year" "decade" */
  int32_t only;          /* >= 0: dates only the event of this noun */
  int wday;              /* a plain weekday ("on Tuesday"): 0-6, else -1 */
  int noyear;            /* a day of a month with no year ("on May 3") */
  int noun;              /* only: an event noun it follows (D-TIMEX-EVENT-NOUN) */
  const char *rule;      /* the rule that resolved it, NULL: D-TIMEX */
} timex;

/* The weekday of day (days since 1970-01-01, a Thursday): 0 Monday ... 6
** Sunday, the order of weekdays[]. */
static int weekday_of(int32_t day) { return (int)(((day % 7) + 7 + 3) % 7); }

/* Is t's normalized form, with A-Z folded, exactly the n bytes w[0..n)
** (lower-case)?  The lengths first. */
static int tok_ieq_n(const sima_token *t, const char *w, size_t n) {
  if (t->nnorm != n)
    return 0;
  for (size_t i = 0; i < n; i++) {
    char c = t->norm[i];
    if (c >= 'A' && c <= 'Z')
      c = (char)(c - 'A' + 'a');
    if (c != w[i])
      return 0;
  }
  return 1;
}

/* tok_ieq_n with w's length; inline, so that a literal's is counted by
** the compiler. */
static inline int tok_ieq(const sima_token *t, const char *w) {
  return tok_ieq_n(t, w, strlen(w));
}

/* tok_ieq(t, w) without w's strlen (w's NUL ends the comparison): equal
** when each of t's nnorm bytes, A-Z folded, is w's byte there, no NUL of
** w comes first, and w ends right after.  Most words differ at once. */
static int tok_ieq_s(const sima_token *t, const char *w) {
  size_t n = t->nnorm;
  for (size_t i = 0; i < n; i++) {
    char c = t->norm[i];
    if (c >= 'A' && c <= 'Z')
      c = (char)(c - 'A' + 'a');
    if (w[i] == '\0' || c != w[i])
      return 0;
  }
  return w[n] == '\0';
}

int timex_word_index(const sima_token *t, const char *const *words, int n) {
  for (int i = 0; i < n; i++)
    if (tok_ieq_s(t, words[i]))
      return i;
  return -1;
}

static const char *const weekdays[] = {"monday", "tuesday", "wednesday",
                                       "thursday", "friday", "saturday",
                                       "sunday"};
static const char *const months[] = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
static const char *const month_abbr[] = {"jan.", "feb.", "mar.", "apr.",
                                         "may",  "jun.", "jul.", "aug.",
                                         "sep.", "oct.", "nov.", "dec."};

int timex_calendar_name(const sima_token *t) {
  return timex_word_index(t, months, 12) >= 0 || timex_word_index(t, weekdays, 7) >= 0;
}

/* Month 1..12 of token t, or 0.  "May" counts only when capitalised and
** `strict` is off (callers set strict when nothing else vouches for it). */
static int month_of(const sima_token *t, int strict) {
  int m = timex_word_index(t, months, 12);
  if (m < 0)
    m = timex_word_index(t, month_abbr, 12);
  if (m < 0 && tok_ieq(t, "sept."))
    m = 8;
  if (m < 0)
    return 0;
  if (!(t->flags & SIMA_TOKF_CAPITAL))
    return 0;
  if (m == 4 && strict)
    return 0;
  return m + 1;
}

static int number_of(const sima_token *t, int lo, int hi) {
  if (t->kind != SIMA_TOK_NUMBER || t->nnorm > 4)
    return -1;
  int v = 0;
  for (uint32_t i = 0; i < t->nnorm; i++) {
    char c = t->norm[i];
    if (c < '0' || c > '9')
      return -1;
    v = v * 10 + (c - '0');
  }
  return v >= lo && v <= hi ? v : -1;
}

int timex_year(const sima_token *t) { return number_of(t, 1900, 2099); }

/* Day of month: "5", "5th", "21st". */
static int mday_of(const sima_token *t) {
  if (t->kind != SIMA_TOK_NUMBER || t->nnorm > 4)
    return -1;
  int v = 0;
  uint32_t i = 0;
  for (; i < t->nnorm && t->norm[i] >= '0' && t->norm[i] <= '9'; i++)
    v = v * 10 + (t->norm[i] - '0');
  if (i == 0 || (i < t->nnorm && t->nnorm - i != 2))
    return -1;
  return v >= 1 && v <= 31 ? v : -1;
}

static const char *const small_numbers[] = {"a",    "one",  "two",  "three",
                                            "four", "five", "six",  "seven",
                                            "eight", "nine", "ten"};

static int count_of(const sima_token *t) {
  int v = number_of(t, 1, 999);
  if (v > 0)
    return v;
  int k = timex_word_index(t, small_numbers, 11);
  return k == 0 ? 1 : k; /* "a week ago" */
}

/* "N days|weeks|months|years|decades" at t[0], t[1]: the unit (0 days,
** 1 weeks, 2 months, 3 years, 4 decades) with *n its count, or -1. */
static int period_at(const sima_token *t, int *n) {
  static const char *const units[] = {"day",    "days",   "week", "weeks",
                                      "month",  "months", "year", "years",
                                      "decade", "decades"};
  *n = count_of(&t[0]);
  int u = timex_word_index(&t[1], units, 10);
  return *n > 0 && u >= 0 ? u / 2 : -1;
}

/* Sets x->day and x->precision to `n` units (period_at's) from `day` (n
** below 0: before it): a day or a week exactly, a month or a year as the
** first day of that month or year. */
static void period_shift(int32_t day, int unit, int n, timex *x) {
  int y, m, d;
  calendar_date(day, &y, &m, &d);
  if (unit == 0) {
    x->day = day + n;
    x->precision = "day";
  } else if (unit == 1) {
    x->day = day + 7 * n;
    x->precision = "week";
  } else if (unit == 2) {
    int mm = y * 12 + (m - 1) + n;
    x->day = calendar_days(mm / 12, mm % 12 + 1, 1);
    x->precision = "month";
  } else if (unit == 3) {
    x->day = calendar_days(y + n, 1, 1);
    x->precision = "year";
  } else {
    x->day = calendar_days(y + 10 * n, 1, 1);
    x->precision = "decade";
  }
}

/* The first year of the decade token t names ("1980s", "1980's", "'90s",
** "mid-1990s": with a part, *part gets 0 for early, 4 for mid, 7 for
** late), or -1.  A two-digit decade is the latest one not after year
** `ry` ("the '20s" of 2025 are the 2020s). */
static int decade_of(const sima_token *t, int ry, int *part) {
  static const struct {
    const char *w;
    int part;
  } pre[] = {{"early-", 0}, {"mid-", 4}, {"late-", 7}};
  const char *s = t->norm;
  size_t n = t->nnorm;
  for (size_t i = 0; i < 3; i++) {
    size_t l = strlen(pre[i].w);
    if (n > l && !strncmp(s, pre[i].w, l)) {
      *part = pre[i].part;
      s += l;
      n -= l;
      break;
    }
  }
  /* a two-digit decade opens with an apostrophe, straight or curly */
  size_t ap = n >= 1 && s[0] == '\''                    ? 1
              : n >= 3 && !memcmp(s, "\xe2\x80\x99", 3) ? 3
                                                        : 0;
  int two = ap > 0;
  s += ap;
  n -= ap;
  size_t d = 0;
  while (d < n && s[d] >= '0' && s[d] <= '9')
    d++;
  size_t rest = n - d;
  if (!(rest == 1 && s[d] == 's') &&
      !(rest == 2 && s[d] == '\'' && s[d + 1] == 's'))
    return -1;
  int v = 0;
  for (size_t i = 0; i < d; i++)
    v = v * 10 + (s[i] - '0');
  if (two && d == 2 && v % 10 == 0)
    return 2000 + v <= ry ? 2000 + v : 1900 + v;
  if (!two && d == 4 && v % 10 == 0 && v >= 1800 && v <= 2090)
    return v;
  return -1;
}

/* Finds one expression starting at token k of [k, e); returns tokens used
** (0: none) and fills x. `ref` is the document day. */
static uint32_t match_at(const sima_doc *doc, uint32_t k, uint32_t e,
                         int32_t ref, timex *x) {
  const sima_token *t = doc->tokens;
  int ry, rm, rd;
  calendar_date(ref, &ry, &rm, &rd);
  int rwd = weekday_of(ref);
  /* yesterday / today / tomorrow / tonight */
  static const char *const rel_days[] = {"yesterday", "today", "tomorrow",
                                         "tonight"};
  static const int rel_off[] = {-1, 0, 1, 0};
  int r = timex_word_index(&t[k], rel_days, 4);
  if (r >= 0) {
    x->day = ref + rel_off[r];
    x->precision = "day";
    return 1;
  }
  /* [last|next|this] weekday */
  int dir = 0; /* -1 last, +1 next, 0 plain */
  uint32_t j = k;
  if (tok_ieq(&t[j], "last") || tok_ieq(&t[j], "past"))
    dir = -1, j++;
  else if (tok_ieq(&t[j], "next") || tok_ieq(&t[j], "coming"))
    dir = 1, j++;
  else if (tok_ieq(&t[j], "this"))
    dir = 2, j++;
  if (j < e) {
    int wd = timex_word_index(&t[j], weekdays, 7);
    if (wd >= 0 && (t[j].flags & SIMA_TOKF_CAPITAL)) {
      int back = (rwd - wd + 7) % 7; /* days since the last such weekday */
      if (dir == 1)
        x->day = ref + ((wd - rwd + 7) % 7 ? (wd - rwd + 7) % 7 : 7);
      else if (dir == -1)
        x->day = ref - (back ? back : 7);
      else
        x->day = ref - back; /* news: "on Monday" is the last Monday */
      if (dir == 0)
        x->wday = wd; /* (D-TIMEX-AHEAD: the coming one for a plan) */
      /* RULE D-TIMEX-WEEKDAY-WEEK: a weekday that "next week" or "last
      ** week" follows closely ("on Thursday and Friday next week") is
      ** that week's */
      for (uint32_t q = j + 1; dir == 0 && q + 1 < e && q <= j + 4; q++) {
        int nw = tok_ieq(&t[q], "next"), lw = tok_ieq(&t[q], "last");
        if ((nw || lw) && tok_ieq(&t[q + 1], "week")) {
          x->day = ref - rwd + (nw ? 7 : -7) + wd;
          x->wday = -1;
          x->precision = "day";
          x->rule = "D-TIMEX-WEEKDAY-WEEK";
          return q + 2 - k;
        }
      }
      x->precision = "day";
      return j - k + 1;
    }
    /* last/next/this week|month|year|season */
    static const char *const periods[] = {"week",   "weekend", "month",
                                          "year",   "summer",  "winter",
                                          "spring", "autumn",  "fall"};
    int p = dir ? timex_word_index(&t[j], periods, 9) : -1;
    /* RULE D-TIMEX (the last year of): "the last year of the Obama
    ** presidency", "the first week of March", is a part of what follows,
    ** not a time counted from the article */
    if (p >= 0 && k > 0 && tok_ieq(&t[k - 1], "the") && j + 1 < e &&
        tok_ieq(&t[j + 1], "of"))
      return 0;
    /* RULE D-TIMEX-STORY-NEXT: "the next year" (month, week, summer ...)
    ** counts from the story's own time, not the article's ("Curiously, the
    ** next year, the government passed a bill", "early the next year";
    ** "next year" with no article is the writer's): it dates nothing, so
    ** the act keeps the document date rather than a year still to come */
    if (p >= 0 && tok_ieq(&t[k], "next") && k > 0 && tok_ieq(&t[k - 1], "the"))
      return 0;
    if (p >= 0) {
      int step = dir == 2 ? 0 : dir;
      if (p <= 1) {
        x->day = ref + 7 * step - (p == 1 ? 0 : rwd);
        /* RULE D-TIMEX-PAST-WEEK: "the past week", "this past week" are
        ** the seven days up to the article, the week (Monday) of their
        ** middle day; and a Sunday paper's "last week" is the week that
        ** ends that day, not the one before it */
        if (p == 0 && tok_ieq(&t[k], "past")) {
          x->day = (ref - 3) - weekday_of(ref - 3);
          x->rule = "D-TIMEX-PAST-WEEK";
        } else if (p == 0 && step < 0 && rwd == 6) {
          x->day = ref - rwd;
          x->rule = "D-TIMEX-PAST-WEEK";
        }
        x->precision = "week";
      } else if (p == 2) {
        int m = rm + step, y = ry;
        if (m < 1)
          m += 12, y--;
        if (m > 12)
          m -= 12, y++;
        x->day = calendar_days(y, m, 1);
        x->precision = "month";
      } else if (p == 3) {
        x->day = calendar_days(ry + step, 1, 1);
        x->precision = "year";
      } else {
        /* seasons, northern hemisphere: spring Mar, summer Jun, autumn
        ** Sep, winter Dec (of the year before for Jan/Feb) */
        int sm = p == 4 ? 6 : p == 5 ? 12 : p == 6 ? 3 : 9;
        /* Months counted from year 0: a season of year Y starts at
        ** Y*12+sm-1 and lasts three months. */
        int ref_m = ry * 12 + rm - 1;
        int y = ry - (sm == 12 && rm <= 2); /* this winter began last Dec */
        if (step < 0) {
          y = ry;
          while (y * 12 + sm - 1 + 3 > ref_m)
            y--; /* the latest season already over */
        } else if (step > 0) {
          y = ry - 1;
          while (y * 12 + sm - 1 <= ref_m)
            y++; /* the first season not yet begun */
        }
        x->day = calendar_days(y, sm, 1);
        x->precision = "season";
      }
      return j - k + 1;
    }
  }
  /* N days/weeks/months/years ago */
  if (k + 2 < e && tok_ieq(&t[k + 2], "ago")) {
    int n, u = period_at(&t[k], &n);
    if (u >= 0) {
      period_shift(ref, u, -n, x);
      return 3;
    }
  }
  /* YYYY-MM-DD (the tokenizer splits it at the hyphens) */
  if (k + 4 < e && number_of(&t[k], 1900, 2099) > 0 &&
      tok_ieq(&t[k + 1], "-") && tok_ieq(&t[k + 3], "-")) {
    int y = number_of(&t[k], 1900, 2099), m = number_of(&t[k + 2], 1, 12),
        d = number_of(&t[k + 4], 1, 31);
    if (m > 0 && d > 0 && t[k + 2].nnorm == 2 && t[k + 4].nnorm == 2) {
      x->day = calendar_days(y, m, d);
      x->precision = "day";
      return 5;
    }
  }
  /* Month [day][,] [year]  |  day Month [year]  |  Month year */
  int lead_in = k > 0 && (tok_ieq(&t[k - 1], "in") || tok_ieq(&t[k - 1], "on") ||
                          tok_ieq(&t[k - 1], "since") ||
                          tok_ieq(&t[k - 1], "by") || tok_ieq(&t[k - 1], "early") ||
                          tok_ieq(&t[k - 1], "late") || tok_ieq(&t[k - 1], "until"));
  int m = month_of(&t[k], !lead_in && !(k + 1 < e && mday_of(&t[k + 1]) > 0));
  if (m) {
    uint32_t used = 1;
    int d = 0, y = ry;
    if (k + 1 < e && mday_of(&t[k + 1]) > 0) {
      d = mday_of(&t[k + 1]);
      used = 2;
      uint32_t q = k + 2;
      if (q < e && tok_ieq(&t[q], ","))
        q++;
      if (q < e && number_of(&t[q], 1900, 2099) > 0) {
        y = number_of(&t[q], 1900, 2099);
        used = q - k + 1;
      }
    } else if (k + 1 < e && number_of(&t[k + 1], 1900, 2099) > 0) {
      y = number_of(&t[k + 1], 1900, 2099);
      used = 2;
    } else if (!lead_in) {
      return 0;
    }
    if (used == 1 || (d == 0 && used == 2 && y == ry)) {
      /* "in March": the latest March not after the document month */
      if (m > rm && used == 1)
        y--;
    }
    x->day = calendar_days(y, m, d ? d : 1);
    x->precision = d ? "day" : "month";
    x->noyear = d > 0 && used == 2;
    return used;
  }
  if (k + 1 < e && mday_of(&t[k]) > 0 && (m = month_of(&t[k + 1], 0)) != 0) {
    int y = ry;
    uint32_t used = 2;
    if (k + 2 < e && number_of(&t[k + 2], 1900, 2099) > 0) {
      y = number_of(&t[k + 2], 1900, 2099);
      used = 3;
    }
    x->day = calendar_days(y, m, mday_of(&t[k]));
    x->precision = "day";
    x->noyear = used == 2;
    return used;
  }
  /* RULE D-TIMEX (decades): "the 1980s", "in the early '90s", "during the
  ** mid-1990s", "the late 2000s": the decade's first year (early), its
  ** fifth (mid) or eighth (late), precision decade */
  {
    static const char *const parts[] = {"early", "mid", "late"};
    static const int part_year[] = {0, 4, 7};
    uint32_t q = k;
    int part = 0, pw = timex_word_index(&t[k], parts, 3);
    if (pw >= 0 && k + 1 < e) {
      part = part_year[pw];
      q = k + 1;
    }
    /* (not "since the 1970s", which says how long a state has lasted) */
    int dec = k > 1 && tok_ieq(&t[k - 1], "the") && !tok_ieq(&t[k - 2], "since")
                  ? decade_of(&t[q], ry, &part)
                  : -1;
    if (dec > 0) {
      x->day = calendar_days(dec + part, 1, 1);
      x->precision = "decade";
      /* "the crime wave of the 1980s" dates the wave, not the sentence's
      ** other events */
      if (tok_ieq(&t[k - 2], "of")) {
        int32_t h = doc->syn ? doc->syn[q].head : -1;
        x->only = h >= 0 && (uint32_t)h < doc->ntokens ? h : (int32_t)k - 3;
      }
      return q - k + 1;
    }
  }
  /* RULE D-TIMEX-YEAR-PART: a part of a year after "in" or "during" ("in
  ** late 2015, suicide bombers attacked Paris", "in early 2013", "during
  ** mid-2014", "in mid 2016") dates its act in that year, precision year,
  ** as "in 2015" does; before, the part word hid the year and the act took
  ** the article's date */
  if (k > 0 && (tok_ieq(&t[k - 1], "in") || tok_ieq(&t[k - 1], "during"))) {
    static const char *const year_parts[] = {"early", "late", "mid"};
    int yp = -1;
    uint32_t used = 0;
    if (timex_word_index(&t[k], year_parts, 3) >= 0 && k + 1 < e &&
        t[k + 1].nnorm == 4 && (yp = number_of(&t[k + 1], 1900, 2099)) > 0)
      used = 2;
    else if (t[k].nnorm == 8 && !strncmp(t[k].norm, "mid-", 4)) {
      yp = 0;
      for (uint32_t i = 4; i < 8 && yp >= 0; i++)
        yp = t[k].norm[i] >= '0' && t[k].norm[i] <= '9'
                 ? yp * 10 + (t[k].norm[i] - '0')
                 : -1;
      used = yp >= 1900 && yp <= 2099 ? 1 : 0;
    }
    if (used) {
      x->day = calendar_days(yp, 1, 1);
      x->precision = "year";
      x->rule = "D-TIMEX-YEAR-PART";
      return used;
    }
  }
  /* in|since|during|by YEAR, and "the 2019 attack" (a year before a noun) */
  int y = number_of(&t[k], 1900, 2099);
  /* "the 2019 attack" is a year, "the 2000 troops" a count: a number
  ** the parser reads as counting a plural noun ("the 2003 invasion", with
  ** the year as nummod of a singular noun, is still a year) */
  int counted = 0;
  if (doc->syn && doc->syn[k].deprel == SIMA_DEP_NUMMOD) {
    int32_t h = doc->syn[k].head;
    counted = h < 0 || (uint32_t)h >= doc->ntokens ||
              doc->syn[h].xpos == SIMA_XPOS_NNS ||
              doc->syn[h].xpos == SIMA_XPOS_NNPS;
  }
  /* RULE D-TIMEX-POSS-YEAR: a year between a possessive and its noun
  ** ("Obama's 2013 deal with Putin", "Chapo's 2014 arrest") dates that
  ** noun as "the 2013 deal" does, so A-EVENT-DATE names its people in
  ** the roles they held then (Obama USAGOV, not the former president of
  ** a 2018 article); only a year the parse hangs on a singular noun
  ** (nummod, compound or amod: "Mexico's 2000 troops" is a count) */
  int poss = 0;
  if (doc->syn && k > 0 && !counted) {
    static const char *const poss_marks[] = {"'s", "\xe2\x80\x99s", "'",
                                             "\xe2\x80\x99"};
    int32_t h = doc->syn[k].head;
    unsigned rel = sima_deprel_base(doc->syn[k].deprel);
    poss = timex_word_index(&t[k - 1], poss_marks, 4) >= 0 && h > (int32_t)k &&
           (uint32_t)h < doc->ntokens &&
           (rel == SIMA_DEP_NUMMOD || rel == SIMA_DEP_COMPOUND ||
            rel == SIMA_DEP_AMOD) &&
           doc->syn[h].xpos == SIMA_XPOS_NN;
  }
  /* RULE D-TIMEX-WHEN (bare year): a year right before ", when" ("there
  ** are echoes of 2003, when Turkey refused ...") is the time the
  ** when-clause tells of, whatever precedes it */
  int when_next =
      k + 1 < e && (tok_ieq(&t[k + 1], "when") ||
                    (k + 2 < e && tok_ieq(&t[k + 1], ",") &&
                     tok_ieq(&t[k + 2], "when")));
  if (y > 0 && t[k].nnorm == 4 && k > 0 &&
      (tok_ieq(&t[k - 1], "in") || tok_ieq(&t[k - 1], "during") ||
       tok_ieq(&t[k - 1], "since") || poss || (when_next && !counted) ||
       (tok_ieq(&t[k - 1], "the") && !counted))) {
    x->day = calendar_days(y, 1, 1);
    x->precision = "year";
    /* "the 2003 invasion" dates the invasion, not the sentence's other
    ** events ("accused Moscow of breaching the 1997 treaty") */
    if (poss) {
      x->only = doc->syn[k].head;
      x->rule = "D-TIMEX-POSS-YEAR";
    } else if (tok_ieq(&t[k - 1], "the")) {
      int32_t h = doc->syn ? doc->syn[k].head : (int32_t)k + 1;
      x->only = h >= 0 && (uint32_t)h < doc->ntokens ? h : (int32_t)k + 1;
    }
    return 1;
  }
  return 0;
}

/* Tree distance from token a up to token b (b an ancestor of a), or -1. */
static int up_distance(const sima_doc *doc, int32_t a, int32_t b) {
  int d = 0;
  while (a >= 0 && d < 8) {
    if (a == b)
      return d;
    a = doc->syn[a].head;
    d++;
  }
  return -1;
}

/* RULE D-TIMEX-POSS: an expression in the possessive ("Saturday's
** chemical attack", "last week's talks") dates the noun it possesses
** only, not the sentence's other events ("visited Ghouta and rejected
** claims that the government was behind Saturday's attack": the visit
** is not Saturday's).  p is the token after the expression, e the
** sentence's end; sets x->only to the possessed noun (its head in the
** parse, else the next noun). */
static void possessive_only(const sima_doc *doc, uint32_t p, uint32_t e,
                            timex *x) {
  static const char *const poss[] = {"'s", "\xe2\x80\x99s", "'",
                                     "\xe2\x80\x99"};
  if (p >= e || timex_word_index(&doc->tokens[p], poss, 4) < 0)
    return;
  int32_t n = -1;
  if (doc->syn && doc->syn[p].deprel != 0) {
    int32_t h = doc->syn[p].head; /* 's hangs on the possessor */
    if (h >= (int32_t)x->first && h < (int32_t)(x->first + x->count) &&
        sima_deprel_base(doc->syn[h].deprel) == SIMA_DEP_NMOD)
      n = doc->syn[h].head;
  }
  if (n < 0) /* no parse: the next noun */
    for (uint32_t k = p + 1; k < e && k < p + 6 && n < 0; k++)
      if (doc->syn && (doc->syn[k].upos == SIMA_UPOS_NOUN))
        n = (int32_t)k;
  if (n >= 0 && (uint32_t)n < e && n > (int32_t)p)
    x->only = n;
}

/* RULE D-TIMEX-EVENT-NOUN: an expression right after a noun of an event
** ("the chemical attack in the Syrian capital last Saturday", "an
** incident in Salisbury on 4 March 2018", "a military campaign inside
** Syria last weekend"), with at most a phrase of place between them, dates
** that noun's event, however the parse hangs it: not a verb above the
** noun ("agreed to work on their response to the attack ... last
** Saturday", "requested assistance in relation to an incident ... on 4
** March").  The noun's own verb keeps it when the noun is its argument
** ("launched an offensive on Afrin on 20 January", "the attacks in Paris
** in 2015 killed 130 people"): nearest_timex.  Sorted (words.h). */
static const char *const event_nouns[] = {
    "airstrike", "assault",   "attack",   "bombardment", "bombing",
    "campaign",  "coup",      "election", "incident",    "incursion",
    "invasion",  "massacre",  "offensive", "raid",       "shelling",
    "strike"};

/* The event noun that expression x of sentence [b, e) follows (a place
** phrase between them: in, inside, at, near, outside and the words of a
** name), or -1. */
static int32_t event_noun_before(const sima_doc *doc, const timex *x,
                                 uint32_t b) {
  static const char *const lead[] = {"at", "during", "in", "on"};
  static const char *const place[] = {"at", "in", "inside", "near",
                                      "outside"};
  if (!doc->syn || x->first <= b)
    return -1;
  uint32_t k = x->first - 1;
  if (timex_word_index(&doc->tokens[k], lead, 4) >= 0) {
    if (k <= b)
      return -1;
    k--;
  }
  /* a place phrase: "in the Syrian capital", "inside Syria" */
  for (uint32_t q = k, n = 0; q > b && n < 6; q--, n++) {
    unsigned u = doc->syn[q].upos;
    if (timex_word_index(&doc->tokens[q], place, 5) >= 0) {
      k = q - 1;
      break;
    }
    if (u != SIMA_UPOS_PROPN && u != SIMA_UPOS_DET && u != SIMA_UPOS_ADJ &&
        u != SIMA_UPOS_NOUN)
      break;
  }
  const sima_syntax *w = &doc->syn[k];
  if ((w->xpos == SIMA_XPOS_NN || w->xpos == SIMA_XPOS_NNS) && w->lemma &&
      SIMA_WORDS_IN(event_nouns, w->lemma))
    return (int32_t)k;
  return -1;
}

/* The time expressions of sentence s, in token order, into xs (at most
** cap); returns how many. */
static int find_timexes(const sima_doc *doc, uint32_t s, int32_t ref,
                        timex *xs, int cap) {
  int nx = 0;
  uint32_t b = doc->sents[s].first, e = b + doc->sents[s].count;
  for (uint32_t k = b; k < e && nx < cap;) {
    timex x;
    x.only = -1;
    x.wday = -1;
    x.noyear = 0;
    x.noun = 0;
    x.rule = NULL;
    uint32_t used = match_at(doc, k, e, ref, &x);
    /* RULE D-TIMEX-SINCE: "since 2014" starts a span that runs to the
    ** article's day ("have supported them since 2014", "has wielded its
    ** veto six times since February 2017"): it dates no event, which
    ** keeps the document date, the day the span was reported as of */
    if (used && k > b && tok_ieq(&doc->tokens[k - 1], "since")) {
      k += used;
      continue;
    }
    if (used) {
      x.first = k;
      x.count = used;
      possessive_only(doc, k + used, e, &x);
      if (x.only < 0) {
        int32_t n = event_noun_before(doc, &x, b);
        if (n >= 0) {
          x.only = n;
          x.noun = 1;
        }
      }
      xs[nx++] = x;
      k += used;
    } else {
      k++;
    }
  }
  return nx;
}

/* RULE D-TIMEX-SCOPE: an expression dates the clause it modifies, so one
** in a clause of its own dates nothing outside it.  Going up from the
** expression, the first clause head met (a verb, or a word in a clausal
** relation) is its clause (the anchor; the event's
** own token when that is met first: "attacked on Monday", "the 2019
** attack", tree distance).  Then:
**  - an anchor below the event's verb, in a lower clause, ranks by its
**    tree distance like any other: setting lower clauses aside lost right
**    dates wherever the parser hangs a phrase low ("promised to set up a
**    committee in January", "sent the air force to prop up Assad in
**    September 2015"); dates_other_act sets aside the lower clauses that
**    are surely another act's (D-TIMEX-ASKED, D-TIMEX-REPORTED,
**    D-TIMEX-AFTER), and D-TIMEX-POSS a possessive ("was behind
**    Saturday's attack");
**  - an expression in a relative or participial clause (acl, acl:relcl)
**    that does not hold the event dates nothing outside it ("Putin, whose
**    military intervened in 2015, welcomed the move", "a bargain struck in
**    March 2016"), except a participle on the event's own noun or object
**    ("launched an offensive spearheaded by its allies on Saturday");
**  - nor does one in a coordinated clause with a subject of its own date
**    the clause it is coordinated with (own_conjunct);
**  - nor is an event in such a clause, below the clause the expression
**    modifies, dated by it ("the army fighting Isis ..., before returning
**    to the UK in November 2015");
**  - other expressions rank by token distance, after the tree links, as
**    they did before this rule: the parse of long sentences is too often
**    wrong ("Last month Turkey sent troops" with "sent" a relative clause
**    of "month") for the tree alone to decide.
** Without a parse the nearest expression in token order is taken. */

/* 1 when token t heads a clause: a verb, or a word in a clausal relation
** (a nominal predicate: "was behind Saturday's attack"). */
static int clause_head(const sima_doc *doc, int32_t t) {
  switch (doc->syn[t].deprel) {
  case SIMA_DEP_ACL:
  case SIMA_DEP_ACL_RELCL:
  case SIMA_DEP_ADVCL:
  case SIMA_DEP_CCOMP:
  case SIMA_DEP_XCOMP:
  case SIMA_DEP_CSUBJ:
  case SIMA_DEP_PARATAXIS:
    return 1;
  default:
    return doc->syn[t].upos == SIMA_UPOS_VERB;
  }
}

/* The first clause head above token t (its clause), or ev_tok when that
** is met first, or the root; *up counts the steps; -1 past 8 steps. */
static int32_t timex_anchor(const sima_doc *doc, int32_t t, int32_t ev_tok,
                            int *up) {
  int d = 0;
  while (t >= 0 && d <= 8) {
    if (t == ev_tok || (d > 0 && clause_head(doc, t)) || doc->syn[t].head < 0) {
      *up = d;
      return t;
    }
    t = doc->syn[t].head;
    d++;
  }
  return -1;
}

/* 1 when a is b or above it (within 32 steps). */
static int dominates(const sima_doc *doc, int32_t a, int32_t b) {
  for (int d = 0; b >= 0 && d < 32; d++, b = doc->syn[b].head)
    if (b == a)
      return 1;
  return 0;
}

/* 1 when token c heads a relative clause (acl:relcl with a relative
** word: who, which, whose, where, that; or a conjunct with a relative
** pronoun and no coordinator) or a participle (acl, VBN or VBG) in
** sentence [b, e).  A finite verb labelled acl, or a relative clause
** with no relative word, is too often the parser's mistake for the main
** clause ("The largest shipment ... happened on December 3") to count. */
static int relative_clause(const sima_doc *doc, int32_t c, uint32_t b,
                           uint32_t e) {
  unsigned r = doc->syn[c].deprel, x = doc->syn[c].xpos;
  if (r == SIMA_DEP_ACL) {
    /* (a gerund right after a common noun that is not its head is the
    ** second half of a compound the tagger split: "a hearing on drug
    ** trafficking this week", "money laundering in 2006") */
    if (x == SIMA_XPOS_VBG && (uint32_t)c > b && doc->syn[c - 1].head != c &&
        doc->syn[c].head != c - 1 &&
        (doc->syn[c - 1].xpos == SIMA_XPOS_NN ||
         doc->syn[c - 1].xpos == SIMA_XPOS_NNS))
      return 0;
    return x == SIMA_XPOS_VBN || x == SIMA_XPOS_VBG;
  }
  /* (a conjunct with a relative pronoun of its own and no coordinator is
  ** a relative clause the parser took for one: "the camp in which the son
  ** died last week", hung on the main verb) */
  if (r == SIMA_DEP_CONJ && doc->syn[c].upos == SIMA_UPOS_VERB) {
    int rel = 0;
    for (uint32_t k = b; k < e && (int32_t)k < c; k++) {
      unsigned kx = doc->syn[k].xpos;
      if (doc->syn[k].head == c &&
          sima_deprel_base(doc->syn[k].deprel) == SIMA_DEP_CC)
        return 0;
      if ((kx == SIMA_XPOS_WDT || kx == SIMA_XPOS_WP ||
           kx == SIMA_XPOS_WP_S) &&
          dominates(doc, c, (int32_t)k))
        rel = 1;
    }
    return rel;
  }
  /* RULE D-TIMEX-SCOPE (relative subject): an adverbial or paratactic
  ** clause whose subject is "which" or "who" is a relative clause the
  ** parser hung on the verb ("worked with the army in the district of
  ** Sheikh Maqsood, which was liberated from al-Nusra in 2016": the
  ** cooperation is not of 2016) */
  if ((r == SIMA_DEP_ADVCL || r == SIMA_DEP_PARATAXIS) &&
      doc->syn[c].upos == SIMA_UPOS_VERB) {
    for (uint32_t k = b; k < e && (int32_t)k < c; k++)
      if (doc->syn[k].head == c &&
          sima_deprel_base(doc->syn[k].deprel) == SIMA_DEP_NSUBJ &&
          (doc->syn[k].xpos == SIMA_XPOS_WDT ||
           doc->syn[k].xpos == SIMA_XPOS_WP) &&
          (tok_ieq(&doc->tokens[k], "which") ||
           tok_ieq(&doc->tokens[k], "who")))
        return 1;
    return 0;
  }
  if (r != SIMA_DEP_ACL_RELCL)
    return 0;
  for (uint32_t k = b; k < e && (int32_t)k < c; k++) {
    unsigned kx = doc->syn[k].xpos;
    if ((kx == SIMA_XPOS_WDT || kx == SIMA_XPOS_WP || kx == SIMA_XPOS_WP_S ||
         kx == SIMA_XPOS_WRB) &&
        dominates(doc, c, (int32_t)k))
      return 1;
  }
  return 0;
}

/* 1 when token c is a verb coordinated (conj) with an earlier clause, with
** a subject of its own and a coordinator before expression token t, in
** sentence [b, e): a clause of its own, whose time is not its first
** conjunct's ("the PUK sided with Tehran, and in 1987 the PUK and KDP
** united": the siding is not of 1987).  A conjunct with no subject shares
** its first conjunct's subject and time ("met on Monday and signed a
** deal"); an expression before the coordinator belongs to the first
** conjunct whatever the parse says ("talked by phone on Friday, and
** Erdogan later said"); and a conjunct with a subordinator of its own
** ("and in 2011, just before he stepped down, the PGR exonerated him") is
** an adverbial clause the parser took for one. */
static int own_conjunct(const sima_doc *doc, int32_t c, int32_t t, uint32_t b,
                        uint32_t e) {
  if (doc->syn[c].deprel != SIMA_DEP_CONJ ||
      doc->syn[c].upos != SIMA_UPOS_VERB || doc->syn[c].head >= c)
    return 0;
  int subj = 0, cc = 0;
  for (uint32_t k = b; k < e; k++) {
    if (doc->syn[k].head != c)
      continue;
    unsigned r = sima_deprel_base(doc->syn[k].deprel);
    if (r == SIMA_DEP_NSUBJ)
      subj = 1;
    else if (r == SIMA_DEP_CC && (int32_t)k < t)
      cc = 1;
    else if (r == SIMA_DEP_MARK)
      return 0;
  }
  return subj && cc;
}

/* RULE D-TIMEX-WHEN: a when-clause right after an expression tells what
** happened then: "in March 2015, when soldiers and police killed 14
** villagers" dates the killings March 2015 (tree distance 0). */
static int when_clause_of(const sima_doc *doc, int32_t ev, const timex *x) {
  static const char *const comma[] = {","}, *const when[] = {"when"};
  uint32_t w = x->first + x->count;
  if (w < doc->ntokens && timex_word_index(&doc->tokens[w], comma, 1) >= 0)
    w++;
  if (w >= doc->ntokens || timex_word_index(&doc->tokens[w], when, 1) < 0)
    return 0;
  /* RULE D-TIMEX-WHEN (open complement): and the act in the when-verb's
  ** open complement ("echoes of 2003, when Turkey refused to back the
  ** invasion": the backing refused is of 2003), up to three xcomp links */
  for (int i = 0; i < 4 && ev >= 0; i++) {
    if (doc->syn[w].head == ev)
      return 1;
    if (doc->syn[ev].deprel != SIMA_DEP_XCOMP)
      return 0;
    ev = doc->syn[ev].head;
  }
  return 0;
}

/* RULE D-TIMEX-OWN-ADVCL: an adverbial clause of contrast, cause or span
** with a subject of its own ("while Turkey launched an offensive on Afrin
** in January", "because ...", "although ...") tells another act, with its
** own time, and one opened by "since" starts a span that runs to the
** article's day, subject or not ("had been pressing Turkey to extradite
** him since he was detained two years ago", "has threatened to push
** deeper since sending troops into Afrin in February"): an expression
** inside such a clause dates nothing outside it.  Temporal clauses
** (when, after, before, as) are not: "When the US ceased arming the
** rebels in March 1975, Talabani fled" shares their time; nor is a
** "while" clause before the event's verb, which is mostly one of time
** ("While the president is in Lima next week, his minister will visit
** Quito").  Sorted. */
static const char *const own_time_marks[] = {"although", "because", "since",
                                             "though", "whereas", "while"};

/* 1 when token c heads such a clause of sentence [b, e), for the event
** whose verb is v. */
static int own_time_advcl(const sima_doc *doc, int32_t c, int32_t v,
                          uint32_t b, uint32_t e) {
  if (doc->syn[c].deprel != SIMA_DEP_ADVCL)
    return 0;
  int mark = -1, subj = 0;
  for (uint32_t k = b; k < e; k++) {
    if (doc->syn[k].head != c)
      continue;
    unsigned r = sima_deprel_base(doc->syn[k].deprel);
    if (r == SIMA_DEP_MARK && doc->syn[k].lemma && mark < 0)
      mark = !SIMA_WORDS_IN(own_time_marks, doc->syn[k].lemma)    ? -2
             : !sima_casecmp(doc->syn[k].lemma, "since")          ? 1
             : !sima_casecmp(doc->syn[k].lemma, "while") && c < v ? -2
                                                                  : 0;
    else if (r == SIMA_DEP_NSUBJ)
      subj = 1;
  }
  return mark == 1 || (mark == 0 && subj);
}

/* Participles of publishing (D-TIMEX-SCOPE).  Sorted (words.h). */
static const char *const published[] = {
    "air",  "broadcast", "circulate", "date", "distribute", "hang",  "issue",
    "post", "publish",   "release",   "send", "sign",       "upload"};

/* RULE D-TIMEX-SCOPE (relative event): an act told in a relative clause
** (with a relative word; not a participle) is background to the clause
** it hangs in, and a time outside the relative clause does not date it
** ("Turkey announced the assault in January, after the US said it would
** raise a force from militias that had fought Isis and liberated Raqqa":
** Raqqa was not liberated in January), as a time inside one dates nothing
** outside it.  1 when, going up from the event's verb ev to the first
** word above expression token t, a relative clause is passed, in
** sentence [b, e). */
static int relative_event(const sima_doc *doc, int32_t t, int32_t ev,
                          uint32_t b, uint32_t e) {
  static const char *const rel[] = {"that", "which", "who", "whom"};
  for (int32_t c = ev, steps = 0; c >= 0 && steps < 32 && !dominates(doc, c, t);
       c = doc->syn[c].head, steps++) {
    if (doc->syn[c].deprel == SIMA_DEP_ACL || !relative_clause(doc, c, b, e))
      continue;
    /* (only a relative word that is the clause's subject or object: one
    ** in a phrase, "a treaty in which Iran agreed to help", "a sting
    ** during which 23 men were arrested", or "where" and "when", tells
    ** the antecedent's content or circumstances, at its time; and the
    ** antecedent must carry no time of its own: "the same year that the
    ** government expelled the agents") */
    int32_t n = doc->syn[c].head;
    if (n >= 0 && dominates(doc, n, t))
      continue;
    for (uint32_t k = b; k < e && (int32_t)k < c; k++) {
      unsigned r = sima_deprel_base(doc->syn[k].deprel);
      if (doc->syn[k].head == c &&
          (r == SIMA_DEP_NSUBJ || r == SIMA_DEP_OBJ) &&
          timex_word_index(&doc->tokens[k], rel, 4) >= 0)
        return 1;
    }
  }
  return 0;
}

/* The rank of expression token t (its head outside the expression), whose
** clause is a (timex_anchor), for the event at ev in sentence [b, e):
** lower is nearer; -1: it does not date the event. */
static int scope_rank(const sima_doc *doc, int32_t t, int32_t a, int32_t ev,
                      uint32_t b, uint32_t e) {
  if (a >= 0 && a != ev) {
    /* the clauses above the anchor, up to one that holds the event */
    int steps = 0; /* (bounded: a malformed tree may have a cycle) */
    for (int32_t c = a; c >= 0 && steps++ < 64 && !dominates(doc, c, ev);
         c = doc->syn[c].head) {
      if (own_conjunct(doc, c, t, b, e) || own_time_advcl(doc, c, ev, b, e))
        return -1;
      if (!relative_clause(doc, c, b, e))
        continue;
      int32_t n = doc->syn[c].head; /* the participle's noun */
      int own = n >= 0 && doc->syn[c].deprel == SIMA_DEP_ACL &&
                (n == ev || (doc->syn[n].head == ev &&
                             doc->syn[n].deprel == SIMA_DEP_OBJ));
      /* (a message's publication is when it says what it says: "a banner
      ** posted in 2011 implored the government to ...", "a statement
      ** issued on Tuesday accused ...") */
      own |= n >= 0 && doc->syn[c].xpos == SIMA_XPOS_VBN &&
             sima_deprel_base(doc->syn[n].deprel) == SIMA_DEP_NSUBJ &&
             doc->syn[n].head >= 0 && dominates(doc, doc->syn[n].head, ev) &&
             SIMA_WORDS_IN(published, doc->syn[c].lemma);
      if (!own)
        return -1;
    }
  }
  if (ev >= 0 && relative_event(doc, t, ev, b, e))
    return -1;
  int d = up_distance(doc, t, ev);
  if (d >= 0)
    return d;
  int32_t dist = t - ev;
  return 100 + (dist < 0 ? -dist : dist);
}

/* 1 when verb v has a dependent by base relation rel in [b, e), with
** lemma w (any lemma when w is NULL). */
static int has_dep_lemma(const sima_doc *doc, int32_t v, unsigned rel,
                         const char *w, uint32_t b, uint32_t e) {
  for (uint32_t k = b; k < e; k++)
    if (doc->syn[k].head == v && sima_deprel_base(doc->syn[k].deprel) == rel &&
        (!w || (doc->syn[k].lemma && !sima_casecmp(doc->syn[k].lemma, w))))
      return 1;
  return 0;
}

/* The kind of aside bound token k of doc is: 1 "(", 2 ")", 3 a dash as
** written ("--", an em or en dash; not a spaced hyphen, which the news
** puts in "Policia Nacional Civil - PNC"), 0 none. */
static int aside_mark(const sima_doc *doc, uint32_t k) {
  const sima_token *t = &doc->tokens[k];
  const char *w = doc->text + t->off;
  if (t->len == 1 && (w[0] == '(' || w[0] == ')'))
    return w[0] == '(' ? 1 : 2;
  if ((t->len == 2 && !memcmp(w, "--", 2)) ||
      (t->len == 3 && (!memcmp(w, "\xe2\x80\x94", 3) ||
                       !memcmp(w, "\xe2\x80\x93", 3))))
    return 3;
  return 0;
}

/* The aside that bound k of sentence [b, e) opens or closes: its bounds
** (*p0, *p1), the nearest matching bound on the other side (a dash pairs
** with the next dash after it or, failing that, the one before); 0 when
** it has none. */
static int aside_pair(const sima_doc *doc, uint32_t k, uint32_t b, uint32_t e,
                      int32_t *p0, int32_t *p1) {
  int m = aside_mark(doc, k);
  int32_t j = -1;
  if (m == 1 || m == 3)
    for (uint32_t q = k + 1; q < e && j < 0; q++)
      if (aside_mark(doc, q) == (m == 1 ? 2 : 3))
        j = (int32_t)q;
  if (m == 2 || (m == 3 && j < 0))
    for (uint32_t q = k; q-- > b && j < 0;)
      if (aside_mark(doc, q) == (m == 2 ? 1 : 3))
        j = (int32_t)q;
  if (j < 0)
    return 0;
  *p0 = j < (int32_t)k ? j : (int32_t)k;
  *p1 = j < (int32_t)k ? (int32_t)k : j;
  return 1;
}

/* RULE D-TIMEX-ASIDE: an aside between two dashes or in parentheses is a
** clause of its own: a time outside it does not date an event inside it
** ("Isis had emerged out of a dispute with al-Qaida in 2014 - they
** continue to execute each other's fighters - and retained ..."), nor a
** time inside it an event outside ("prosecuted 19 people involved in the
** truce -- negotiated in 2012 between the MS13 and Barrio 18 -- for
** conspiring").  An event inside needs a subject inside: "announced it
** would accept - but prosecute - any adult members" is no aside of its
** own.  1 when expression token t and the event's verb v of sentence
** [b, e) are on different sides of a bound of such an aside. */
static int aside_apart(const sima_doc *doc, int32_t t, int32_t v, uint32_t b,
                       uint32_t e) {
  int32_t lo = t < v ? t : v, hi = t < v ? v : t;
  for (int32_t k = lo + 1; k < hi; k++) {
    int32_t p0, p1;
    if (!aside_mark(doc, (uint32_t)k) ||
        !aside_pair(doc, (uint32_t)k, b, e, &p0, &p1))
      continue;
    int tin = t > p0 && t < p1, vin = v > p0 && v < p1;
    if (tin == vin)
      continue;
    /* (an event inside must have a subject inside: "accept - but
    ** prosecute -" shares the announcement's time) */
    if (!vin)
      return 1;
    for (int32_t q = p0 + 1; q < p1; q++)
      if (sima_deprel_base(doc->syn[q].deprel) == SIMA_DEP_NSUBJ)
        return 1;
  }
  return 0;
}

/* RULE D-TIMEX-CONTENT: a time inside what the event's verb says or
** thinks (its ccomp, a clause with a subject of its own), after the verb,
** dates what is said, not the saying: "Moscow has acknowledged that
** several dozen of its nationals were killed ... two weeks ago".  Only
** after the verb: a time before it is the parser's to misplace ("In 2015,
** prosecutors said that they were investigating").  a is the expression
** token t's clause, v the event's verb, [b, e) the sentence. */
static int content_time(const sima_doc *doc, int32_t a, int32_t t, int32_t v,
                        uint32_t b, uint32_t e) {
  if (t < v)
    return 0;
  for (int32_t c = a, steps = 0; c >= 0 && steps < 32;
       c = doc->syn[c].head, steps++) {
    if (doc->syn[c].head != v)
      continue;
    return sima_deprel_base(doc->syn[c].deprel) == SIMA_DEP_CCOMP &&
           (has_dep_lemma(doc, c, SIMA_DEP_NSUBJ, NULL, b, e) ||
            has_dep_lemma(doc, c, SIMA_DEP_CSUBJ, NULL, b, e));
  }
  return 0;
}

/* 1 when expression token t of x (its head outside the expression), whose
** clause is a (timex_anchor), dates another act than event ev of sentence
** [b, e), whatever its rank:
**  - RULE D-TIMEX-ASKED: it is in the open complement (xcomp) of the
**    event's verb, and that verb has an object, the one asked or told to
**    act: the time is the asked act's ("asking Turkey to meet on 11
**    September" is not asked on the 11th; "summoned 18 people to appear
**    in court on October 21"; "promised to set up a committee in
**    January", no object, keeps it);
**  - RULE D-TIMEX-REPORTED: the event is possible or hypothetical, the
**    expression's clause is above the event's, and the way up from the
**    event to it passes a content clause (ccomp, csubj, parataxis, or a
**    clause on a noun: acl): the time is the saying's or claiming's, not
**    that of the act said to be possible ("Macron claimed on Thursday
**    that Assad used chemical weapons", "said in March that if the US
**    struck Syria ...").  A planned, expected or requested event keeps
**    the time its plan or request was voiced ("Trump tweeted on Sunday
**    that the allies should put them on trial": the request is
**    Sunday's), as CAMEO dates an intent or a demand when it is made.
**    Open complements and adverbial clauses share their verb's time
**    ("are believed to have ambushed miners on October 14", "arrested
**    in 2009 for allegedly providing weapons");
**  - RULE D-TIMEX-AFTER: a day ("Wednesday", "on 3 May") does not date an
**    event in an after/before/until clause below the expression's clause
**    ("hit back Friday after agreeing to close his foundation"); a
**    coarser time often does ("ended in 2002 after the FARC took a plane
**    hostage"). */
static int dates_other_act(const sima_doc *doc, int32_t t, int32_t a,
                           const timex *x, const sima_event *ev, uint32_t b,
                           uint32_t e) {
  static const char *const seq[] = {"after", "before", "until"};
  int32_t v = ev->verb_tok;
  if (a < 0 || a == v)
    return 0;
  if (doc->syn[a].deprel == SIMA_DEP_XCOMP && doc->syn[a].head == v &&
      (has_dep_lemma(doc, v, SIMA_DEP_OBJ, NULL, b, e) ||
       has_dep_lemma(doc, v, SIMA_DEP_IOBJ, NULL, b, e)))
    return 1;
  if (content_time(doc, a, t, v, b, e) || aside_apart(doc, t, v, b, e))
    return 1;
  if (!dominates(doc, a, v))
    return 0;
  int day = !strcmp(x->precision, "day");
  for (int32_t c = v, steps = 0; c >= 0 && c != a && steps < 32;
       c = doc->syn[c].head, steps++) {
    unsigned r = sima_deprel_base(doc->syn[c].deprel);
    if ((ev->mood == SIMA_MOOD_POSSIBLE ||
         ev->mood == SIMA_MOOD_HYPOTHETICAL) &&
        (r == SIMA_DEP_CCOMP || r == SIMA_DEP_CSUBJ ||
         r == SIMA_DEP_PARATAXIS || r == SIMA_DEP_ACL))
      return 1;
    if (day && r == SIMA_DEP_ADVCL)
      for (size_t k = 0; k < sizeof seq / sizeof *seq; k++)
        if (has_dep_lemma(doc, c, SIMA_DEP_MARK, seq[k], b, e))
          return 1;
  }
  return 0;
}

static int interval_shift(const sima_doc *doc, uint32_t s, int32_t v,
                          const timex *x, timex *out);

/* 1 when noun n (or the first conjunct of its coordination) is the
** object, subject or oblique of verb v: "launched a fresh ground and air
** offensive on Sunday", "acquiesced in Erdogan's incursion in 2016"
** (D-TIMEX-EVENT-NOUN). */
static int noun_argument(const sima_doc *doc, int32_t n, int32_t v) {
  if (doc->syn[n].deprel == SIMA_DEP_CONJ && doc->syn[n].head >= 0)
    n = doc->syn[n].head;
  unsigned r = sima_deprel_base(doc->syn[n].deprel);
  return doc->syn[n].head == v &&
         (r == SIMA_DEP_OBJ || r == SIMA_DEP_NSUBJ || r == SIMA_DEP_OBL);
}

/* The expression of xs that dates ev (D-TIMEX-SCOPE, D-TIMEX-WHEN: *when
** set; one that D-INTERVAL relates to the event's clause is kept), or
** -1. */
static int nearest_timex(const sima_doc *doc, uint32_t s, const sima_event *ev,
                         const timex *xs, int nx, int *when) {
  int best = -1, bestd = 1 << 30;
  *when = 0;
  uint32_t b = doc->sents[s].first, e = b + doc->sents[s].count;
  int parsed =
      doc->syn && ev->verb_tok >= 0 && doc->syn[ev->verb_tok].deprel != 0;
  for (int q = 0; q < nx; q++) {
    int d = -1;
    int w = parsed && when_clause_of(doc, ev->verb_tok, &xs[q]);
    if (xs[q].only >= 0 && xs[q].only != ev->verb_tok && !w &&
        !(xs[q].noun && parsed && noun_argument(doc, xs[q].only, ev->verb_tok)))
      continue;
    if (w) {
      d = 0;
    } else if (parsed) {
      uint32_t xe = xs[q].first + xs[q].count;
      for (uint32_t t = xs[q].first; t < xe; t++) {
        int32_t h = doc->syn[t].head;
        if (h >= (int32_t)xs[q].first && h < (int32_t)xe)
          continue;
        int up = 0;
        int32_t a = timex_anchor(doc, (int32_t)t, ev->verb_tok, &up);
        int dd = dates_other_act(doc, (int32_t)t, a, &xs[q], ev, b, e)
                     ? -1
                     : scope_rank(doc, (int32_t)t, a, ev->verb_tok, b, e);
        timex sh;
        if (dd < 0 && interval_shift(doc, s, ev->verb_tok, &xs[q], &sh))
          dd = 100; /* D-INTERVAL relates the two clauses */
        if (dd >= 0 && (d < 0 || dd < d))
          d = dd;
      }
    } else if (ev->verb_tok >= 0) {
      int32_t a = (int32_t)xs[q].first - ev->verb_tok;
      d = 100 + (a < 0 ? -a : a); /* token distance */
    }
    if (d >= 0 && d < bestd) {
      bestd = d;
      best = q;
      *when = w;
    }
  }
  return best;
}

/* 1 when token t ends a clause for D-INTERVAL: , ; : or a dash (not a
** hyphen: "large-scale" is split at it). */
static int clause_punct(const sima_token *t) {
  static const char *const p[] = {",", ";", ":", "--", "\xe2\x80\x94",
                                  "\xe2\x80\x93"};
  return timex_word_index(t, p, 6) >= 0;
}

/* RULE D-INTERVAL: "N days|weeks|months|years after|before" relates two
** times.  An event in the phrase the interval introduces, dated by an
** expression outside it, is that interval away from it ("China staged
** drills on Monday, three days after Taiwan's president met the
** delegation": the meeting is Monday - 3 days; an expression after the
** phrase may belong to any clause, and is not used so); an event outside the
** phrase, dated by an expression inside it, likewise ("two weeks after the
** vote on March 3, the army attacked": March 17).  The phrase runs from
** after/before to the next comma, semicolon, colon or dash, and with a
** parse over the subtree of the word after/before marks ("three days
** after Trump and the Turkish leader, Erdogan, spoke by phone"), and
** past a name set off by commas, an apposition the parse may have lost
** ("On Friday, three days after the Mexican president and his
** Guatemalan counterpart, Jimmy Morales, met in Tapachula, ...").  Days shift a
** day, weeks give a week, months a month, years a year; a shift that
** would be finer than the expression ("three days after ... in March") is
** not made, nor is one whose number follows a word of duration ("the
** first talks in eight months after ...", "in the three years after").
** Returns 1 and fills *out (span: the interval and the
** expression) when it applies. */
static int interval_shift(const sima_doc *doc, uint32_t s, int32_t v,
                          const timex *x, timex *out) {
  const sima_token *t = doc->tokens;
  uint32_t b = doc->sents[s].first, e = b + doc->sents[s].count;
  if (v < 0 || (uint32_t)v < b || (uint32_t)v >= e)
    return 0;
  for (uint32_t k = b + 2; k < e; k++) {
    int after = tok_ieq(&t[k], "after"), before = tok_ieq(&t[k], "before");
    if (!after && !before)
      continue;
    int n, u = period_at(&t[k - 2], &n);
    if (u < 0)
      continue;
    /* not a duration: "the first talks in eight months after ..." */
    static const char *const spans[] = {"in",   "for",  "within", "over",
                                        "of",   "past", "last",   "next",
                                        "first", "than", "the"};
    if (k >= b + 3 && timex_word_index(&t[k - 3], spans, 11) >= 0)
      continue;
    uint32_t pe = k + 1; /* the phrase is (k, pe) */
    while (pe < e && !clause_punct(&t[pe]))
      pe++;
    /* (past a name in commas, an apposition: "after the Mexican president
    ** and his Guatemalan counterpart, Jimmy Morales, met in Tapachula") */
    while (pe < e && doc->syn && tok_ieq(&t[pe], ",")) {
      uint32_t q = pe + 1;
      while (q < e && q < pe + 6 && doc->syn[q].upos == SIMA_UPOS_PROPN)
        q++;
      if (q == pe + 1 || q >= e || !tok_ieq(&t[q], ","))
        break;
      pe = q + 1;
      while (pe < e && !clause_punct(&t[pe]))
        pe++;
    }
    uint32_t xe = x->first + x->count;
    int v_in = (uint32_t)v > k && (uint32_t)v < pe;
    int x_in = x->first > k && xe <= pe;
    /* or, with a parse, the subtree of the word after/before marks, which
    ** runs on past an apposition's or a relative clause's commas */
    if (doc->syn && doc->syn[k].head >= 0 &&
        (doc->syn[k].deprel == SIMA_DEP_CASE ||
         doc->syn[k].deprel == SIMA_DEP_MARK)) {
      int32_t h = doc->syn[k].head;
      v_in |= (uint32_t)v > k && up_distance(doc, v, h) >= 0;
      x_in |= x->first > k && up_distance(doc, (int32_t)x->first, h) >= 0;
    }
    int x_out = xe <= k - 2; /* (after the phrase it may be any clause's) */
    int dir;
    if (v_in && x_out)
      dir = after ? -1 : 1; /* the event is before/after the time */
    else if (x_in && !v_in)
      dir = after ? 1 : -1;
    else
      continue;
    int is_day = !strcmp(x->precision, "day");
    int is_month = !strcmp(x->precision, "month");
    if (u <= 1 && !is_day)
      return 0;
    if (u == 2 && !is_day && !is_month)
      return 0;
    *out = *x;
    period_shift(x->day, u, dir * n, out);
    out->first = x->first < k - 2 ? x->first : k - 2;
    out->count = (xe > k + 1 ? xe : k + 1) - out->first;
    return 1;
  }
  return 0;
}

/* RULE D-TIMEX-AHEAD: a plain weekday in the clause of a planned,
** expected or requested event is the coming one, not the last: "Bolton
** is expected to hold talks in Ankara on Tuesday", in an article of
** Monday 7 January, is Tuesday 8 January (the same day when the article
** is of that weekday).  Only when the weekday hangs below the event's
** own word ("said on Monday it would send troops" keeps the Monday of
** the saying).  Re-dates *x and returns 1 when it applies. */
static int weekday_ahead(const sima_doc *doc, const sima_event *ev, timex *x,
                         int32_t ref) {
  if (x->wday < 0 || ev->verb_tok < 0 || !doc->syn ||
      (ev->mood != SIMA_MOOD_PLANNED && ev->mood != SIMA_MOOD_EXPECTED &&
       ev->mood != SIMA_MOOD_REQUESTED))
    return 0;
  int below = 0;
  for (uint32_t t = x->first; t < x->first + x->count && !below; t++)
    below = up_distance(doc, (int32_t)t, ev->verb_tok) >= 0;
  if (!below)
    return 0;
  int rwd = weekday_of(ref);
  x->day = ref + (x->wday - rwd + 7) % 7;
  return 1;
}

/* RULE D-TIMEX-PAST-DAY: a day of a month with no year ("On November
** 24, the president signed the accord", "was captured on October 26")
** that would fall after the document's day is last year's when the act
** is told in the past: a past tense verb (VBD, or VBN with no will,
** shall or would), not planned, expected or requested, as "in March" is
** the latest March not after the article.  A plan keeps the coming day
** ("the vote will be held on November 24").  Re-dates *x and returns 1
** when it applies. */
static int past_day(const sima_doc *doc, const sima_event *ev, timex *x,
                    int32_t ref) {
  int32_t v = ev->verb_tok;
  if (!x->noyear || x->day <= ref || !doc->syn || v < 0 ||
      (uint32_t)v >= doc->ntokens || ev->mood == SIMA_MOOD_PLANNED ||
      ev->mood == SIMA_MOOD_EXPECTED || ev->mood == SIMA_MOOD_REQUESTED)
    return 0;
  unsigned xp = doc->syn[v].xpos;
  if (xp != SIMA_XPOS_VBD && xp != SIMA_XPOS_VBN)
    return 0;
  uint32_t b = doc->sents[ev->sentence].first,
           e = b + doc->sents[ev->sentence].count;
  static const char *const ahead_aux[] = {"shall", "will", "would"};
  for (size_t i = 0; i < sizeof ahead_aux / sizeof *ahead_aux; i++)
    if (has_dep_lemma(doc, v, SIMA_DEP_AUX, ahead_aux[i], b, e))
      return 0;
  int y, m, d;
  calendar_date(x->day, &y, &m, &d);
  x->day = calendar_days(y - 1, m, d);
  return 1;
}

/* RULE C-MOOD-AHEAD: an act the sentence dates wholly after the
** document's day has not happened yet ("three days of talks between Peru
** and Bolivia in Santiago next week", "the two ministers meet in La Paz
** next Tuesday"): planned, not asserted, with the time
** expression as its cue.  Not an intent or a threat (roots 03, 13: the
** announcement is the act, already coded asserted, C-INTENT), and only
** when the whole period ("next week", "next month", a coming day) lies
** after the document date ("this week" does not), named so by a word of
** the expression (next, coming, tomorrow, upcoming).  1 when event ev,
** dated by time expression x, is such an act. */
static int ahead_act(const sima_doc *doc, const sima_event *ev,
                     const timex *x, int32_t ref) {
  if (ev->mood != SIMA_MOOD_ASSERTED || x->day <= ref ||
      !strncmp(ev->code, "03", 2) || !strncmp(ev->code, "13", 2))
    return 0;
  /* (a verb in the past tense done ahead is a time misplaced: "feared an
  ** attack might come next week"; "the next year" tells a story's
  ** following year, not the writer's) */
  int32_t v = ev->verb_tok;
  if (doc->syn && v >= 0 && (uint32_t)v < doc->ntokens &&
      (doc->syn[v].xpos == SIMA_XPOS_VBD || doc->syn[v].xpos == SIMA_XPOS_VBN))
    return 0;
  if (x->first > 0 && tok_ieq(&doc->tokens[x->first - 1], "the"))
    return 0;
  /* (the expression must point ahead in its own words: a day of a month
  ** with no year, "on June 20", may be last year's) */
  static const char *const ahead[] = {"coming", "next", "tomorrow",
                                      "upcoming"};
  for (uint32_t k = x->first; k < x->first + x->count && k < doc->ntokens; k++)
    if (timex_word_index(&doc->tokens[k], ahead, 4) >= 0)
      return 1;
  return 0;
}

/* The time of event ev of sentence s, whose expressions are xs[0..nx),
** against reference day ref: 1, the expression that dates ev as resolved
** (D-TIMEX-PAST-DAY, D-TIMEX-AHEAD, D-INTERVAL applied) in *use and the
** rule that dated it in *rule; 0 when no expression dates ev or its
** day falls outside the years 1-9999.  The one
** resolution that sima_dates_resolve and timex_event_day share. */
static int event_time(const sima_doc *doc, uint32_t s, const sima_event *ev,
                      const timex *xs, int nx, int32_t ref, timex *use,
                      const char **rule) {
  int when;
  int best = nearest_timex(doc, s, ev, xs, nx, &when);
  if (best < 0)
    return 0;
  timex shifted, base = xs[best];
  *use = xs[best];
  *rule = when ? "D-TIMEX-WHEN" : use->rule ? use->rule : "D-TIMEX";
  if (past_day(doc, ev, &base, ref)) {
    *use = base;
    *rule = "D-TIMEX-PAST-DAY";
  }
  if (weekday_ahead(doc, ev, use, ref))
    *rule = "D-TIMEX-AHEAD";
  if (interval_shift(doc, s, ev->verb_tok, &base, &shifted)) {
    *use = shifted;
    *rule = "D-INTERVAL";
  }
  int y, mo, dd;
  calendar_date(use->day, &y, &mo, &dd);
  return y >= 1 && y <= 9999; /* ISO dates have four-digit years */
}

int timex_event_day(const sima_doc *doc, const sima_event *ev, int32_t ref,
                    int32_t *day, const char **precision) {
  if (ev->sentence >= doc->nsents)
    return 0;
  timex xs[16], use;
  const char *rule;
  int nx = find_timexes(doc, ev->sentence, ref, xs, 16);
  if (!event_time(doc, ev->sentence, ev, xs, nx, ref, &use, &rule))
    return 0;
  *day = use.day;
  *precision = use.precision;
  return 1;
}

sima_status sima_dates_resolve(sima_doc *doc, sima_error *err) {
  if (!doc->date || doc->nevents == 0)
    return SIMA_OK;
  int32_t ref = calendar_days(atoi(doc->date), atoi(doc->date + 5),
                              atoi(doc->date + 8));
  /* Events come in sentence order: each sentence is scanned once, when
  ** its first event is met. */
  timex xs[16];
  int nx = 0;
  uint32_t scanned = UINT32_MAX;
  for (uint32_t i = 0; i < doc->nevents; i++) {
    sima_event *ev = &doc->events[i];
    if (ev->sentence >= doc->nsents)
      continue;
    if (ev->sentence != scanned) {
      scanned = ev->sentence;
      nx = find_timexes(doc, scanned, ref, xs, 16);
    }
    timex use;
    const char *rule;
    if (!event_time(doc, scanned, ev, xs, nx, ref, &use, &rule))
      continue;
    char buf[11];
    int y, mo, dd;
    calendar_date(use.day, &y, &mo, &dd);
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, dd);
    char *d = sima_arena_strndup(doc->arena, buf, 10);
    if (!d)
      return sima_error_set(err, SIMA_ERR_NOMEM, "%s: out of memory",
                            doc->id ? doc->id : "(document)");
    ev->date = d;
    ev->date_rule = rule;
    ev->date_precision = use.precision;
    const sima_token *f = &doc->tokens[use.first];
    const sima_token *l = &doc->tokens[use.first + use.count - 1];
    ev->date_start = f->off;
    ev->date_end = l->off + l->len;
    if (ahead_act(doc, ev, &use, ref)) {
      /* C-MOOD-AHEAD: the time expression is the cue */
      ev->mood = SIMA_MOOD_PLANNED;
      ev->mood_cue.rule = "C-MOOD-AHEAD";
      ev->mood_cue.start = ev->date_start;
      ev->mood_cue.end = ev->date_end;
      ev->mood_cue.text = sima_arena_strndup(
          doc->arena, doc->text + ev->date_start, ev->date_end - ev->date_start);
      if (!ev->mood_cue.text)
        return sima_error_set(err, SIMA_ERR_NOMEM, "%s: out of memory",
                              doc->id ? doc->id : "(document)");
    }
  }
  return SIMA_OK;
}
