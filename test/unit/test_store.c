/*
** test_store.c — unit tests of the event-line parser (src/event_json.c)
** and the event store (src/store.c) through the public API: validation
** messages that name the field, round trips, idempotent re-ingest,
** replacement, the one-a-day rule, read-only use and schema migration.
*/
#include "harness.h"
#include "store.h"

#include <stdlib.h>
#include <unistd.h>

static const char *line1 =
    "{\"doc\": \"a1\", \"sentence\": 0, \"text\": \"Beijing blocked "
    "Taiwanese imports.\", \"date\": \"2025-07-01\", \"source\": "
    "{\"code\":\"CHNGOV\",\"country\":\"CHN\",\"sector\":\"GOV\",\"text\":"
    "\"Beijing\",\"span\":[0,7]}, \"target\": {\"code\":\"TWNBUS\","
    "\"country\":\"TWN\",\"sector\":\"BUS\",\"text\":\"Taiwanese\",\"span\":"
    "[16,25]}, \"code\": \"1622\", \"root\": \"16\", \"quad_class\": 4, "
    "\"goldstein\": -5.6, \"plover\": \"REDUCE\", \"mood\": \"asserted\", "
    "\"negated\": false, \"attribution\": {\"text\": \"sources\", \"code\": "
    "null, \"span\": [40, 47]}, \"verb\": {\"text\":\"blocked\",\"lemma\":"
    "\"block\",\"span\":[8,15]}, \"rule\": \"V-1622.1\", \"location\": null, "
    "\"quantities\": [{\"text\":\"$400m\",\"value\":400e6,\"unit\":\"USD\","
    "\"span\":[30,35]}], \"future_field\": {\"x\": [1, 2, {\"y\": null}]}}";

TEST(parse_valid) {
  sima_arena *a = sima_arena_new(NULL);
  sima_event_rec r;
  sima_error err = {0};
  INT_EQ(sima_event_parse_json(a, line1, strlen(line1), &r, &err), SIMA_OK);
  STR_EQ(r.doc, "a1");
  STR_EQ(r.text, "Beijing blocked Taiwanese imports.");
  STR_EQ(r.ev.date, "2025-07-01");
  STR_EQ(r.ev.source.code, "CHNGOV");
  STR_EQ(r.ev.target.country, "TWN");
  INT_EQ(r.ev.target.start, 16);
  STR_EQ(r.ev.code, "1622");
  INT_EQ(r.ev.root, 16);
  INT_EQ(r.ev.quad_class, 4);
  OK(r.ev.goldstein == -5.6, "goldstein");
  INT_EQ(r.ev.mood, SIMA_MOOD_ASSERTED);
  INT_EQ(r.ev.has_attribution, 1);
  STR_EQ(r.ev.attribution.text, "sources");
  OK(r.ev.attribution.code == NULL, "attribution code null");
  STR_EQ(r.ev.verb_lemma, "block");
  INT_EQ(r.ev.nquantities, 1);
  OK(r.ev.quantities[0].value == 400e6, "quantity value");
  STR_EQ(r.ev.rule, "V-1622.1");
  sima_arena_free(a);
}

TEST(parse_escapes) {
  const char *l =
      "{\"doc\":\"d\\u00e9\",\"sentence\":1,\"text\":\"caf\\u00e9 "
      "\\ud83d\\ude00"
      " \\\"q\\\" \\\\ \\/\",\"date\":null,\"source\":{\"code\":\"X\"},"
      "\"target\":null,\"code\":\"010\",\"quad_class\":1,\"goldstein\":0,"
      "\"mood\":\"planned\",\"negated\":true}";
  sima_arena *a = sima_arena_new(NULL);
  sima_event_rec r;
  sima_error err = {0};
  INT_EQ(sima_event_parse_json(a, l, strlen(l), &r, &err), SIMA_OK);
  STR_EQ(r.doc, "d\xc3\xa9");
  STR_EQ(r.text, "caf\xc3\xa9 \xf0\x9f\x98\x80 \"q\" \\ /");
  OK(r.ev.target.code == NULL, "no target");
  OK(r.ev.date == NULL, "no date");
  INT_EQ(r.ev.negated, 1);
  INT_EQ(r.ev.mood, SIMA_MOOD_PLANNED);
  sima_arena_free(a);
}

/* Each bad line must fail, with a message containing the expected text. */
static const struct {
  const char *from, *to, *want;
} bad_cases[] = {
    {"\"doc\": \"a1\"", "\"doc\": 7", "field \"doc\": expected a string"},
    {"\"doc\": \"a1\", ", "", "field \"doc\": missing"},
    {"\"span\":[0,7]", "\"span\":[7,0]", "field \"source.span\""},
    {"\"span\":[0,7]", "\"span\":[0]", "field \"source.span\""},
    {"\"code\":\"CHNGOV\"", "\"code\":\"\"", "field \"source.code\""},
    {"\"code\":\"CHNGOV\",", "", "field \"source.code\": missing"},
    {"\"mood\": \"asserted\"", "\"mood\": \"sure\"", "field \"mood\""},
    {"\"date\": \"2025-07-01\"", "\"date\": \"2025-02-30\"", "field \"date\""},
    {"\"code\": \"1622\"", "\"code\": \"16a2\"", "field \"code\""},
    {"\"code\": \"1622\"", "\"code\": \"2522\"", "field \"code\": root"},
    {"\"root\": \"16\"", "\"root\": \"17\"", "field \"root\""},
    {"\"quad_class\": 4", "\"quad_class\": 5", "field \"quad_class\""},
    {"\"quad_class\": 4", "\"quad_class\": 4.5", "field \"quad_class\""},
    {"\"goldstein\": -5.6", "\"goldstein\": -12", "field \"goldstein\""},
    {"\"goldstein\": -5.6", "\"goldstein\": \"-5\"", "field \"goldstein\""},
    {"\"negated\": false", "\"negated\": 0", "field \"negated\""},
    {"\"sentence\": 0", "\"sentence\": -1", "field \"sentence\""},
    {"\"text\": \"Beijing", "\"text\": \"Beij\\x", "invalid JSON"},
    {"\"text\": \"Beijing", "\"text\": \"\\ud800 Beijing", "surrogate"},
    {"\"rule\": \"V-1622.1\"", "\"rule\": \"V-1622.1\", \"rule\": \"x\"",
     "field \"rule\": appears twice"},
    {"\"goldstein\": -5.6", "\"goldstein\": -05.6", "invalid JSON"},
    {"\"negated\": false", "\"negated\": fals", "field \"negated\""},
    {"\"location\": null", "\"location\": {\"span\": [1, 2]}",
     "field \"location.text\": missing"},
    {"\"value\":400e6", "\"value\":\"many\"", "field \"quantities.value\""},
};

static char *replace(const char *s, const char *from, const char *to) {
  const char *p = strstr(s, from);
  if (!p)
    return NULL;
  size_t n = strlen(s) - strlen(from) + strlen(to);
  char *r = malloc(n + 1);
  size_t k = (size_t)(p - s);
  memcpy(r, s, k);
  memcpy(r + k, to, strlen(to));
  strcpy(r + k + strlen(to), p + strlen(from));
  return r;
}

TEST(parse_invalid) {
  sima_arena *a = sima_arena_new(NULL);
  for (size_t i = 0; i < sizeof bad_cases / sizeof bad_cases[0]; i++) {
    char *l = replace(line1, bad_cases[i].from, bad_cases[i].to);
    sima_event_rec r;
    sima_error err = {0};
    if (!l) {
      FAILF("case %zu: '%s' not in the line", i, bad_cases[i].from);
      continue;
    }
    sima_status st = sima_event_parse_json(a, l, strlen(l), &r, &err);
    if (st != SIMA_ERR_FORMAT || !strstr(err.msg, bad_cases[i].want))
      FAILF("case %zu: status %d, message \"%s\", want \"%s\"", i, (int)st,
            err.msg, bad_cases[i].want);
    free(l);
    sima_arena_reset(a);
  }
  /* truncations at every byte never crash and always fail */
  size_t n = strlen(line1), fails = 0;
  for (size_t k = 0; k < n; k++) {
    sima_event_rec r;
    sima_error err = {0};
    fails += sima_event_parse_json(a, line1, k, &r, &err) != SIMA_OK;
    sima_arena_reset(a);
  }
  INT_EQ(fails, n);
  /* trailing garbage */
  char *l = replace(line1, "[1, 2, {\"y\": null}]}}", "[1]}} x");
  sima_event_rec r;
  sima_error err = {0};
  INT_EQ(sima_event_parse_json(a, l, strlen(l), &r, &err), SIMA_ERR_FORMAT);
  OK(strstr(err.msg, "text after the object") != NULL, "trailing text");
  free(l);
  sima_arena_free(a);
}

/* write_json then parse gives the same record. */
TEST(json_round_trip) {
  sima_arena *a = sima_arena_new(NULL);
  sima_event_rec r, r2;
  sima_error err = {0};
  INT_EQ(sima_event_parse_json(a, line1, strlen(line1), &r, &err), SIMA_OK);
  /* a place with its country, and a count that %.6g would round */
  r.ev.location = "Taipei";
  r.ev.loc_country = "TWN";
  r.ev.loc_start = 3;
  r.ev.loc_end = 9;
  char *buf = NULL;
  size_t len = 0;
  FILE *m = open_memstream(&buf, &len);
  sima_event_rec_write_json(m, &r);
  fclose(m);
  INT_EQ(sima_event_parse_json(a, buf, len, &r2, &err), SIMA_OK);
  STR_EQ(r2.text, r.text);
  STR_EQ(r2.ev.source.code, r.ev.source.code);
  INT_EQ(r2.ev.source.end, r.ev.source.end);
  STR_EQ(r2.ev.code, r.ev.code);
  OK(r2.ev.goldstein == r.ev.goldstein, "goldstein");
  STR_EQ(r2.ev.attribution.text, "sources");
  OK(r2.ev.quantities[0].value == 400e6, "quantity");
  OK(strstr(buf, "\"goldstein\":-5.6,") != NULL, "shortest number form");
  OK(strstr(buf, "\"value\":400000000,") != NULL, "integers in full");
  STR_EQ(r2.ev.location, "Taipei");
  STR_EQ(r2.ev.loc_country, "TWN");
  INT_EQ(r2.ev.loc_end, 9);
  free(buf);
  buf = NULL;
  r.ev.quantities[0].value = 1234567;
  m = open_memstream(&buf, &len);
  sima_event_rec_write_json(m, &r);
  fclose(m);
  OK(strstr(buf, "\"value\":1234567,") != NULL, "no rounding of counts");
  free(buf);
  sima_arena_free(a);
}

/* ---- the store ---- */

static char dbpath[64];

static void fresh_db(void) {
  char p[80];
  snprintf(dbpath, sizeof dbpath, "/tmp/sima-test-store-%d.db", (int)getpid());
  unlink(dbpath);
  snprintf(p, sizeof p, "%s-wal", dbpath);
  unlink(p);
  snprintf(p, sizeof p, "%s-shm", dbpath);
  unlink(p);
}

/* Builds an event record in arena a. */
static sima_event_rec mk(sima_arena *a, const char *doc, uint32_t sent,
                         const char *date, const char *src, const char *tgt,
                         const char *code, int quad, double g, sima_mood mood,
                         int neg) {
  sima_event_rec r;
  memset(&r, 0, sizeof r);
  r.doc = doc;
  r.text = sima_arena_strndup(a, "Some sentence.", 14);
  r.ev.sentence = sent;
  r.ev.date = date;
  r.ev.source.code = src;
  r.ev.source.country = sima_arena_strndup(a, src, 3);
  r.ev.source.sector = "";
  if (tgt) {
    r.ev.target.code = tgt;
    r.ev.target.country = sima_arena_strndup(a, tgt, 3);
    r.ev.target.sector = "";
  }
  snprintf(r.ev.code, sizeof r.ev.code, "%s", code);
  r.ev.root = (code[0] - '0') * 10 + (code[1] - '0');
  r.ev.quad_class = quad;
  r.ev.goldstein = g;
  r.ev.mood = mood;
  r.ev.negated = neg;
  return r;
}

typedef struct cnt {
  size_t n;
  uint32_t maxmentions;
} cnt;

static int count_cb(void *ud, const sima_event_rec *r) {
  cnt *c = ud;
  c->n++;
  if (r->nmentions > c->maxmentions)
    c->maxmentions = r->nmentions;
  return 0;
}

static size_t count(sima_store *s, const char *src, const char *tgt,
                    uint32_t *maxm) {
  sima_query q;
  sima_query_init(&q);
  q.source = src;
  q.target = tgt;
  cnt c = {0, 0};
  sima_error err = {0};
  if (sima_store_query(s, &q, count_cb, &c, &err))
    FAILF("query: %s", err.msg);
  if (maxm)
    *maxm = c.maxmentions;
  return c.n;
}

static double week_sum(sima_store *s, const char *src, const char *tgt,
                       uint32_t *n) {
  sima_trend_opts o = {src, tgt, SIMA_BY_MONTH, -1,
                       NULL, NULL, SIMA_COUNT_ONE_A_DAY};
  sima_series f, b;
  sima_error err = {0};
  double g = 0;
  *n = 0;
  if (sima_store_trend(s, &o, &f, &b, &err)) {
    FAILF("trend: %s", err.msg);
    return 0;
  }
  for (size_t i = 0; i < f.n; i++) {
    g += f.p[i].gsum;
    *n += f.p[i].n[0];
  }
  sima_series_free(&f);
  sima_series_free(&b);
  return g;
}

TEST(store_ingest_replace) {
  fresh_db();
  sima_error err = {0};
  sima_store *s = sima_store_open(dbpath, NULL, &err);
  OK(s != NULL, err.msg);
  if (!s)
    return;
  sima_arena *a = sima_arena_new(NULL);
  sima_event_rec d1[2] = {mk(a, "d1", 0, "2025-01-06", "CHNGOV", "TWNGOV",
                             "112", 3, -2.0, SIMA_MOOD_ASSERTED, 0),
                          mk(a, "d1", 1, "2025-01-07", "CHNMIL", "TWNMIL",
                             "190", 4, -10.0, SIMA_MOOD_ASSERTED, 0)};
  sima_event_rec d2[2] = {
      mk(a, "d2", 0, "2025-01-06", "CHNGOV", "TWNGOV", "112", 3, -2.0,
         SIMA_MOOD_PLANNED, 0), /* same one-a-day event as d1[0] */
      mk(a, "d2", 1, "2025-01-08", "CHNGOV", "TWNGOV", "057", 1, 8.0,
         SIMA_MOOD_ASSERTED, 1)}; /* negated: kept, not counted */
  sima_ingest_outcome o;
  INT_EQ(sima_store_ingest_events(s, d1, 2, 11, &o, &err), SIMA_OK);
  INT_EQ(o, SIMA_INGEST_NEW);
  INT_EQ(sima_store_ingest_events(s, d2, 2, 22, &o, &err), SIMA_OK);
  INT_EQ(sima_store_ingest_events(s, d1, 2, 11, &o, &err), SIMA_OK);
  INT_EQ(o, SIMA_INGEST_SAME);
  uint32_t n, maxm;
  INT_EQ(count(s, "CHN", "TWN", &maxm), 4);
  INT_EQ(maxm, 2);
  double g = week_sum(s, "CHN", "TWN", &n);
  INT_EQ(n, 2);
  OK(g == -12.0, "one-a-day: 112 once, 190 once");
  /* code-level pattern takes the events-table path: same answer here */
  g = week_sum(s, "CHN*", "TWNGOV", &n);
  INT_EQ(n, 1);
  OK(g == -2.0, "CHN* -> TWNGOV");
  /* mood filter: the 112 has an asserted and a planned mention */
  sima_trend_opts to = {"CHN", "TWN", SIMA_BY_WEEK, SIMA_MOOD_PLANNED,
                        NULL,  NULL,  SIMA_COUNT_ONE_A_DAY};
  sima_series f, b;
  INT_EQ(sima_store_trend(s, &to, &f, &b, &err), SIMA_OK);
  INT_EQ(f.n, 1);
  INT_EQ(f.p[0].n[0], 1);
  sima_series_free(&f);
  sima_series_free(&b);

  /* replace d1 with one different event; commit in between */
  INT_EQ(sima_store_commit(s, &err), SIMA_OK);
  sima_event_rec d1b[1] = {mk(a, "d1", 0, "2025-01-07", "CHNMIL", "TWNMIL",
                              "180", 4, -9.0, SIMA_MOOD_ASSERTED, 0)};
  INT_EQ(sima_store_ingest_events(s, d1b, 1, 33, &o, &err), SIMA_OK);
  INT_EQ(o, SIMA_INGEST_REPLACED);
  INT_EQ(count(s, "CHN", "TWN", &maxm), 3);
  INT_EQ(maxm, 1);
  g = week_sum(s, "CHN", "TWN", &n);
  INT_EQ(n, 2); /* 112 (from d2 now) and 180 */
  OK(g == -11.0, "after replacement");
  INT_EQ(sima_store_close(s, &err), SIMA_OK);

  /* reopen read-only: the data is there, writing is refused */
  sima_store_opts ro = {SIMA_STORE_READONLY, 0, 0, 0};
  s = sima_store_open(dbpath, &ro, &err);
  OK(s != NULL, err.msg);
  if (s) {
    INT_EQ(count(s, "CHN", "TWN", NULL), 3);
    OK(sima_store_ingest_events(s, d1, 2, 44, &o, &err) != SIMA_OK,
       "read-only refuses writes");
    sima_store_close(s, NULL);
  }
  sima_arena_free(a);
  fresh_db();
}

/* An old (version 1) database is migrated forward on open. */
TEST(store_migration) {
  fresh_db();
  sima_error err = {0};
  sima_store *s = store_open_version(dbpath, NULL, 1, &err);
  OK(s != NULL, err.msg);
  sima_store_close(s, NULL);
  sima_store_opts ro = {SIMA_STORE_READONLY, 0, 0, 0};
  s = sima_store_open(dbpath, &ro, &err);
  OK(s == NULL, "read-only open of an old schema fails");
  OK(strstr(err.msg, "needs migrating") != NULL, err.msg);
  s = sima_store_open(dbpath, NULL, &err);
  OK(s != NULL, err.msg);
  if (s) {
    sima_arena *a = sima_arena_new(NULL);
    sima_event_rec r = mk(a, "x", 0, "2025-01-06", "RUSMIL", "UKRMIL", "190", 4,
                          -10.0, SIMA_MOOD_ASSERTED, 0);
    INT_EQ(sima_store_ingest_events(s, &r, 1, 1, NULL, &err), SIMA_OK);
    uint32_t n;
    OK(week_sum(s, "RUS", "UKR", &n) == -10.0, "works after migration");
    sima_store_close(s, NULL);
    sima_arena_free(a);
  }
  fresh_db();
}

/* The one-a-day cache is bounded (src/store.c EVCACHE_MAX, 16,384 events)
** and a document's event rows are written after all its events are
** counted in it.  After the fill the cache holds the 10,000 events of
** 2024-01-02; the document then loads 2024-01-01 (20,000 in the cache),
** meets a new day, and comes back to its first event: clearing the cache
** at the new day would forget that count (a duplicate row: the document
** fails).  The event must count once, with both mentions kept. */
TEST(store_cache_full) {
  fresh_db();
  sima_error err = {0};
  sima_store *s = sima_store_open(dbpath, NULL, &err);
  OK(s != NULL, err.msg);
  if (!s)
    return;
  sima_arena *a = sima_arena_new(NULL);
  static const char *const srcs[] = {"AFG", "ALB", "DZA", "AGO", "ARG",
                                     "ARM", "AUS", "AUT", "AZE", "BHR"};
  char name[32];
  int ok = 1;
  for (int i = 0; i < 20000 && ok; i++) {
    char code[8];
    snprintf(name, sizeof name, "fill-%d", i);
    int pair = i / 200 % 50; /* 10,000 events a day, on two days */
    snprintf(code, sizeof code, "%03d", 10 + i % 200);
    sima_event_rec r =
        mk(a, name, 0, i < 10000 ? "2024-01-01" : "2024-01-02",
           srcs[pair % 10], srcs[pair / 10], code, 1, 1.0, SIMA_MOOD_ASSERTED,
           0);
    ok = sima_store_ingest_events(s, &r, 1, (uint64_t)i + 1, NULL, &err) ==
         SIMA_OK;
    sima_arena_reset(a);
  }
  OK(ok, err.msg);
  sima_event_rec v[3] = {
      mk(a, "span", 0, "2024-01-01", "RUSGOV", "UKRGOV", "112", 3, -2.0,
         SIMA_MOOD_ASSERTED, 0),
      mk(a, "span", 1, "2024-02-02", "RUSGOV", "UKRGOV", "190", 4, -10.0,
         SIMA_MOOD_ASSERTED, 0),
      mk(a, "span", 2, "2024-01-01", "RUSGOV", "UKRGOV", "112", 3, -2.0,
         SIMA_MOOD_POSSIBLE, 0)};
  INT_EQ(sima_store_ingest_events(s, v, 3, 7, NULL, &err), SIMA_OK);
  uint32_t maxm = 0, n = 0;
  INT_EQ(count(s, "RUS", "UKR", &maxm), 3); /* all mentions kept */
  INT_EQ(maxm, 2);                         /* 112 on 01-01: two mentions */
  OK(week_sum(s, "RUS", "UKR", &n) == -12.0, "112 counted once, 190 once");
  INT_EQ(n, 2);
  INT_EQ(sima_store_close(s, &err), SIMA_OK);
  sima_arena_free(a);
  fresh_db();
}

TEST(store_bad_paths) {
  sima_error err = {0};
  sima_store *s = sima_store_open("/nonexistent-dir/x.db", NULL, &err);
  OK(s == NULL, "no such directory");
  OK(strstr(err.msg, "/nonexistent-dir/x.db") != NULL, err.msg);
  /* not a database */
  fresh_db();
  FILE *f = fopen(dbpath, "w");
  fputs("this is not an SQLite database, just text that is long enough to "
        "fill the header of one, so that SQLite looks at it............",
        f);
  fclose(f);
  s = sima_store_open(dbpath, NULL, &err);
  OK(s == NULL, "a text file is refused");
  OK(strstr(err.msg, "not a sima database") || strstr(err.msg, "not a "),
     err.msg);
  fresh_db();
}

int main(void) {
  RUN(parse_valid);
  RUN(parse_escapes);
  RUN(parse_invalid);
  RUN(json_round_trip);
  RUN(store_ingest_replace);
  RUN(store_migration);
  RUN(store_cache_full);
  RUN(store_bad_paths);
  return harness_done();
}
