/*
** gen_events.c — synthetic coded events for the store's benchmark and tests.
**
**   build/tools/gen_events [-n EVENTS] [--seed S] [--start DATE] [--days D]
**                          [--plant SRC,TGT,DATE] > events.jsonl
**
** Writes JSONL event lines in the coder's output format (docs/output.md),
** grouped by document (1-6 events each), in date order.  Actor dyads follow
** a Zipf law over 60 countries, so a few pairs are busy every day and most
** are rare, as in news.  --plant adds, from DATE on, a burst of material
** conflict from SRC to TGT (the alert test's planted shift).  The output is
** a pure function of the options (seeded xorshift PRNG).
*/
#include "sima.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state = 88172645463325252ULL;

static uint64_t rnd(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  return rng_state = x;
}

static double unif(void) {
  return (double)(rnd() >> 11) * 0x1.0p-53;
}

static const char *const countries[] = {
    "USA", "CHN", "RUS", "UKR", "ISR", "PSE", "IRN", "TWN", "GBR", "FRA",
    "DEU", "IND", "PAK", "JPN", "KOR", "PRK", "SYR", "TUR", "SAU", "EGY",
    "IRQ", "AFG", "BRA", "MEX", "COL", "VEN", "NGA", "ZAF", "ETH", "SDN",
    "YEM", "LBN", "JOR", "QAT", "ARE", "ITA", "ESP", "POL", "CAN", "AUS",
    "IDN", "PHL", "VNM", "THA", "MMR", "BGD", "KEN", "SOM", "LBY", "MLI",
    "ARG", "CHL", "PER", "CUB", "HUN", "SRB", "GEO", "ARM", "AZE", "BLR"};
#define NCOUNTRY (sizeof countries / sizeof countries[0])

static const char *const sectors[] = {"GOV", "MIL", "BUS", "MED",
                                      "OPP", "CVL", "REB", "JUD"};
#define NSECTOR (sizeof sectors / sizeof sectors[0])

static const struct {
  const char *code, *plover, *verb;
  int quad;
  double g;
} codes[] = {{"010", "CONSULT", "said", 1, 0.0},
             {"020", "AGREE", "appealed", 1, 3.0},
             {"036", "AGREE", "offered", 1, 4.0},
             {"040", "CONSULT", "met", 1, 1.0},
             {"042", "CONSULT", "visited", 1, 1.9},
             {"046", "CONSULT", "negotiated", 1, 7.0},
             {"051", "SUPPORT", "praised", 1, 3.4},
             {"057", "AGREE", "signed", 1, 8.0},
             {"061", "COOPERATE", "cooperated", 2, 6.4},
             {"071", "AID", "aided", 2, 7.4},
             {"073", "AID", "supplied", 2, 7.4},
             {"081", "CONCEDE", "eased", 2, 5.0},
             {"090", "INVESTIGATE", "probed", 3, -2.0},
             {"111", "REJECT", "criticized", 3, -2.0},
             {"112", "ACCUSE", "accused", 3, -2.0},
             {"120", "REJECT", "rejected", 3, -4.0},
             {"130", "THREATEN", "threatened", 3, -4.4},
             {"141", "PROTEST", "protested", 3, -6.5},
             {"163", "REDUCE", "embargoed", 4, -8.0},
             {"1622", "REDUCE", "blocked", 4, -5.6},
             {"172", "COERCE", "sanctioned", 4, -5.0},
             {"173", "COERCE", "arrested", 4, -5.0},
             {"180", "ASSAULT", "attacked", 4, -9.0},
             {"190", "ASSAULT", "shelled", 4, -10.0},
             {"193", "ASSAULT", "fought", 4, -10.0},
             {"195", "ASSAULT", "bombed", 4, -10.0}};
#define NCODE (sizeof codes / sizeof codes[0])

static const char *const moods[] = {"asserted", "planned",      "expected",
                                    "possible", "hypothetical", "requested"};

static double zipf_cdf[NCOUNTRY];

static size_t zipf(void) {
  double u = unif();
  size_t lo = 0, hi = NCOUNTRY - 1;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (zipf_cdf[mid] < u)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

static int country_index(const char *c) {
  for (size_t i = 0; i < NCOUNTRY; i++)
    if (!strcmp(countries[i], c))
      return (int)i;
  return -1;
}

/* The sentence text names the first event coded in it; later events of
** the same sentence repeat it, as a coder's output would. */
static char sent_text[160];

static void put_event(unsigned long long doc, unsigned sent, int new_sent,
                      const char *date, size_t sc, size_t ss, size_t tc,
                      size_t ts, size_t k, const char *mood, int neg) {
  char src[8], tgt[8];
  snprintf(src, sizeof src, "%s%s", countries[sc], sectors[ss]);
  snprintf(tgt, sizeof tgt, "%s%s", countries[tc], sectors[ts]);
  if (new_sent)
    snprintf(sent_text, sizeof sent_text,
             "Officials of %s %s %s in a statement on %s.", src, codes[k].verb,
             tgt, date);
  printf("{\"doc\":\"gen-%llu\",\"sentence\":%u,\"text\":\"%s\","
         "\"date\":\"%s\","
         "\"source\":{\"code\":\"%s\",\"country\":\"%s\",\"sector\":\"%s\","
         "\"text\":\"%s\",\"span\":[13,19]},"
         "\"target\":{\"code\":\"%s\",\"country\":\"%s\",\"sector\":\"%s\","
         "\"text\":\"%s\",\"span\":[%zu,%zu]},"
         "\"code\":\"%s\",\"root\":\"%.2s\",\"quad_class\":%d,"
         "\"goldstein\":%.1f,\"plover\":\"%s\",\"mood\":\"%s\","
         "\"negated\":%s,\"attribution\":null,"
         "\"verb\":{\"text\":\"%s\",\"lemma\":\"%s\",\"span\":[20,30]},"
         "\"rule\":\"GEN-%s\"}\n",
         doc, sent, sent_text, date, src, countries[sc], sectors[ss], src, tgt,
         countries[tc], sectors[ts], tgt,
         (size_t)20 + strlen(codes[k].verb) + 1,
         (size_t)26 + strlen(codes[k].verb), codes[k].code, codes[k].code,
         codes[k].quad, codes[k].g, codes[k].plover, mood,
         neg ? "true" : "false", codes[k].verb, codes[k].verb, codes[k].code);
}

int main(int argc, char **argv) {
  unsigned long long n = 100000, seed = 1;
  long days = 1826;
  const char *start = "2020-01-01";
  const char *plant = NULL;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (!strcmp(a, "-n") && v)
      n = strtoull(argv[++i], NULL, 10);
    else if (!strcmp(a, "--seed") && v)
      seed = strtoull(argv[++i], NULL, 10);
    else if (!strcmp(a, "--days") && v)
      days = strtol(argv[++i], NULL, 10);
    else if (!strcmp(a, "--start") && v)
      start = argv[++i];
    else if (!strcmp(a, "--plant") && v)
      plant = argv[++i];
    else {
      fprintf(stderr, "usage: gen_events [-n EVENTS] [--seed S] [--start DATE] "
                      "[--days D] [--plant SRC,TGT,DATE]\n");
      return 2;
    }
  }
  int32_t day0, plant_day = INT32_MAX;
  int psrc = -1, ptgt = -1;
  if (!sima_day_parse(start, strlen(start), &day0) || days < 1) {
    fprintf(stderr, "gen_events: bad --start or --days\n");
    return 2;
  }
  if (plant) {
    char s[8] = {0}, t[8] = {0}, d[16] = {0};
    if (sscanf(plant, "%3[A-Z],%3[A-Z],%10s", s, t, d) != 3 ||
        (psrc = country_index(s)) < 0 || (ptgt = country_index(t)) < 0 ||
        !sima_day_parse(d, strlen(d), &plant_day)) {
      fprintf(stderr, "gen_events: --plant wants SRC,TGT,YYYY-MM-DD with "
                      "known country codes\n");
      return 2;
    }
  }
  rng_state ^= seed * 0x9e3779b97f4a7c15ULL;
  for (int i = 0; i < 20; i++)
    rnd();
  double tot = 0;
  for (size_t i = 0; i < NCOUNTRY; i++)
    tot += 1.0 / pow((double)(i + 1), 1.1);
  double acc = 0;
  for (size_t i = 0; i < NCOUNTRY; i++) {
    acc += 1.0 / pow((double)(i + 1), 1.1) / tot;
    zipf_cdf[i] = acc;
  }
  zipf_cdf[NCOUNTRY - 1] = 1.0;
  static char date[11];
  unsigned long long done = 0, doc = 0;
  int32_t last_planted = INT32_MIN;
  while (done < n) {
    /* Documents advance through the date range evenly. */
    int32_t day = day0 + (int32_t)((double)days * (double)done / (double)n);
    sima_day_format(day, date);
    if (plant && day >= plant_day && day != last_planted) {
      /* the planted shift: six extra attacks a day, distinct events
      ** (actors and codes vary, so the one-a-day rule keeps them) */
      last_planted = day;
      doc++;
      for (unsigned k = 0; k < 6 && done < n; k++, done++)
        put_event(doc, k, 1, date, (size_t)psrc, k % NSECTOR, (size_t)ptgt,
                  (3 * k + 1) % NSECTOR, NCODE - 1 - k % 4, "asserted", 0);
      continue;
    }
    doc++;
    unsigned nev = 1 + (unsigned)(rnd() % 6);
    unsigned sent = 0;
    for (unsigned e = 0; e < nev && done < n; e++, done++) {
      size_t sc = zipf(), tc;
      do
        tc = zipf();
      while (tc == sc);
      size_t k = (size_t)(rnd() % NCODE);
      double u = unif();
      const char *mood = u < 0.8 ? moods[0] : moods[1 + rnd() % 5];
      int neg = unif() < 0.03;
      int new_sent = e == 0 || rnd() % 2;
      if (new_sent && e)
        sent++;
      put_event(doc, sent, new_sent, date, sc, (size_t)(rnd() % NSECTOR), tc,
                (size_t)(rnd() % NSECTOR), k, mood, neg);
    }
  }
  return 0;
}
