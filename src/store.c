/*
** store.c — the event store: coded events in an embedded SQLite database.
**
** This is the only file that includes sqlite3.h.  It owns the schema and
** its forward migrations (PRAGMA user_version), writes documents whole in
** batched WAL transactions, keeps the one-a-day event table and two
** pre-aggregated tables (cday for trends, cweek for alerts) in step at
** ingest, and answers queries, trends and alerts.  docs/store.md describes
** the schema, the duplicate rule and the statistics; agg.c does the
** arithmetic on series.
**
** Aggregates are maintained incrementally: a mention that makes its
** one-a-day event count go 0 -> 1 adds the event to cday/cweek, one
** that makes it go 1 -> 0 (replacing a document) subtracts it.  The deltas
** are summed in memory (struct aggmap) and written in key order before
** COMMIT (or when the map fills), in the same transaction, so a crash
** loses all or nothing.
**
** Ingest speed (docs/store.md "Speed"): the writer numbers its rows itself
** (it holds the write lock), so a document row is written once with its
** ranges; a document's sentences and mentions go in multi-row INSERTs; an
** in-memory cache of the days' one-a-day events says whether an event is
** new (a multi-row INSERT) or one more mention (an UPDATE), with no
** lookup; a mention's unfiltered fields are one JSON column.
*/
#include "arena.h"
#include "store.h"

#include <fnmatch.h>
#include <jansson.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#define STORE_VERSION 3
#define STORE_APP_ID  0x53494d41 /* "SIMA" */

/* ---- small hash maps ---- */

/* Aggregate deltas keyed by four ints. */
typedef struct aggent {
  int32_t k[4];
  int32_t n[2][5]; /* [0] all events, [1] asserted ones; [.][0] all quads */
  int64_t g[2];    /* Goldstein sums in hundredths: integer sums are exact
                   ** and do not depend on how documents fall into batches */
  int used;
} aggent;

typedef struct aggmap {
  aggent *e;
  size_t cap, len;
} aggmap;

static uint64_t mix4(const int32_t k[4]) {
  uint64_t h = 0x9e3779b97f4a7c15ULL;
  for (int i = 0; i < 4; i++) {
    h ^= (uint64_t)(uint32_t)k[i];
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
  }
  return h;
}

static int aggmap_add(aggmap *m, const int32_t k[4], int set, int quad,
                      int sign, double g) {
  if (2 * (m->len + 1) > m->cap) {
    size_t ncap = m->cap ? m->cap * 2 : 1024;
    aggent *ne = calloc(ncap, sizeof *ne);
    if (!ne)
      return -1;
    for (size_t i = 0; i < m->cap; i++)
      if (m->e[i].used) {
        size_t j = (size_t)mix4(m->e[i].k) & (ncap - 1);
        while (ne[j].used)
          j = (j + 1) & (ncap - 1);
        ne[j] = m->e[i];
      }
    free(m->e);
    m->e = ne;
    m->cap = ncap;
  }
  size_t j = (size_t)mix4(k) & (m->cap - 1);
  while (m->e[j].used && memcmp(m->e[j].k, k, sizeof m->e[j].k) != 0)
    j = (j + 1) & (m->cap - 1);
  aggent *e = &m->e[j];
  if (!e->used) {
    e->used = 1;
    memcpy(e->k, k, sizeof e->k);
    m->len++;
  }
  e->n[set][0] += sign;
  if (quad >= 1 && quad <= 4)
    e->n[set][quad] += sign;
  e->g[set] += sign * llround(g * 100.0);
  return 0;
}

static void aggmap_clear(aggmap *m) {
  if (m->e)
    memset(m->e, 0, m->cap * sizeof *m->e);
  m->len = 0;
}

/* Actor cache: code -> (id, ckey).  Keys are malloc'd. */
typedef struct actent {
  char *code;
  int64_t id, ckey;
} actent;

typedef struct actmap {
  actent *e;
  size_t cap, len;
} actmap;

static uint64_t strhash(const char *s) {
  return sima_hash64(0, s, strlen(s));
}

static actent *actmap_find(actmap *m, const char *code) {
  if (!m->cap)
    return NULL;
  size_t j = (size_t)strhash(code) & (m->cap - 1);
  while (m->e[j].code) {
    if (!strcmp(m->e[j].code, code))
      return &m->e[j];
    j = (j + 1) & (m->cap - 1);
  }
  return NULL;
}

static int actmap_put(actmap *m, const char *code, int64_t id, int64_t ckey) {
  if (2 * (m->len + 1) > m->cap) {
    size_t ncap = m->cap ? m->cap * 2 : 256;
    actent *ne = calloc(ncap, sizeof *ne);
    if (!ne)
      return -1;
    for (size_t i = 0; i < m->cap; i++)
      if (m->e[i].code) {
        size_t j = (size_t)strhash(m->e[i].code) & (ncap - 1);
        while (ne[j].code)
          j = (j + 1) & (ncap - 1);
        ne[j] = m->e[i];
      }
    free(m->e);
    m->e = ne;
    m->cap = ncap;
  }
  char *k = strdup(code);
  if (!k)
    return -1;
  size_t j = (size_t)strhash(code) & (m->cap - 1);
  while (m->e[j].code)
    j = (j + 1) & (m->cap - 1);
  m->e[j].code = k;
  m->e[j].id = id;
  m->e[j].ckey = ckey;
  m->len++;
  return 0;
}

static void actmap_clear(actmap *m) {
  for (size_t i = 0; i < m->cap; i++)
    free(m->e[i].code);
  free(m->e);
  memset(m, 0, sizeof *m);
}

/* One-a-day events of the days touched by an ingest, so that counting a
** mention needs no lookup statement: a day is read whole from the events
** table the first time it is met, and from then on the cache is exact for
** it (every write goes through it).  Input is mostly in date order, so
** few days are live; past EVCACHE_MAX entries the cache starts afresh
** (kept small: a table of a few MB stays in cache and is not faulted in
** anew; a cleared day costs one indexed read of its events).
** Cleared on rollback and before a document is replaced. */
#define EVCACHE_MAX ((size_t)16 * 1024)

typedef struct event {
  int32_t day, src, tgt;
  char code[8];
  int32_t n, nm[SIMA_NMOOD];
  int32_t quad;
  double g;
  int used;
} event;

typedef struct evcache {
  event *e;
  size_t cap, len;
  int32_t *days; /* days loaded, unsorted */
  size_t ndays, capdays;
} evcache;

static uint64_t evhash(int32_t day, int32_t src, int32_t tgt,
                       const char *code) {
  int32_t k[4] = {day, src, tgt, 0};
  uint64_t h = mix4(k);
  for (const char *c = code; *c; c++)
    h = (h ^ (unsigned char)*c) * 0x100000001b3ULL;
  h ^= h >> 29; /* FNV leaves the low bits, the ones masked, weak */
  h *= 0xbf58476d1ce4e5b9ULL;
  return h ^ (h >> 32);
}

static event *evcache_find(evcache *c, int32_t day, int32_t src, int32_t tgt,
                           const char *code) {
  if (!c->cap)
    return NULL;
  size_t j = (size_t)evhash(day, src, tgt, code) & (c->cap - 1);
  while (c->e[j].used) {
    event *e = &c->e[j];
    if (e->day == day && e->src == src && e->tgt == tgt &&
        !strcmp(e->code, code))
      return e;
    j = (j + 1) & (c->cap - 1);
  }
  return NULL;
}

/* Adds an entry (not present); returns it, or NULL when out of memory. */
static event *evcache_add(evcache *c, int32_t day, int32_t src, int32_t tgt,
                          const char *code) {
  if (2 * (c->len + 1) > c->cap) {
    size_t ncap = c->cap ? 2 * c->cap : 4096;
    event *ne = calloc(ncap, sizeof *ne);
    if (!ne)
      return NULL;
    for (size_t i = 0; i < c->cap; i++)
      if (c->e[i].used) {
        event *o = &c->e[i];
        size_t j = (size_t)evhash(o->day, o->src, o->tgt, o->code) & (ncap - 1);
        while (ne[j].used)
          j = (j + 1) & (ncap - 1);
        ne[j] = *o;
      }
    free(c->e);
    c->e = ne;
    c->cap = ncap;
  }
  size_t j = (size_t)evhash(day, src, tgt, code) & (c->cap - 1);
  while (c->e[j].used)
    j = (j + 1) & (c->cap - 1);
  event *e = &c->e[j];
  memset(e, 0, sizeof *e);
  e->used = 1;
  e->day = day;
  e->src = src;
  e->tgt = tgt;
  snprintf(e->code, sizeof e->code, "%s", code);
  c->len++;
  return e;
}

static void evcache_clear(evcache *c) {
  if (c->e)
    memset(c->e, 0, c->cap * sizeof *c->e);
  c->len = 0;
  c->ndays = 0;
}

static void evcache_free(evcache *c) {
  free(c->e);
  free(c->days);
  memset(c, 0, sizeof *c);
}

/* ---- the store ---- */

enum {
  Q_BEGIN,
  Q_COMMIT,
  Q_ROLLBACK,
  Q_DOC_FIND,
  Q_DOC_INSERT,
  Q_DOC_UPDATE,
  Q_ACTOR_FIND,
  Q_ACTOR_INSERT,
  Q_CKEY_FIND,
  Q_CKEY_INSERT,
  Q_OLD_MENTIONS,
  Q_EVENT_DEC,
  Q_EVENT_DEL,
  Q_MENTIONS_DEL,
  Q_FTS_DEL,
  Q_SENTS_DEL,
  Q_EVENT_DAY,
  Q_MAX_IDS,
  Q_EVENT_INC,
  Q_N
};

/* Multi-row statements (see multi_get). */
enum { M_SENT, M_FTS, M_MENTION, M_EVENT, M_CDAY, M_CWEEK, M_N };
#define MULTI_MAX 16
#define AGG_FLUSH_AT ((size_t)4 * 1024) /* aggregate keys held in memory */

/* ORDER Q_ */
static const char *const sql_text[Q_N] = {
    "BEGIN IMMEDIATE",
    "COMMIT",
    "ROLLBACK",
    "SELECT id, hash, m_first, m_count, s_first, s_count FROM documents "
    "WHERE name = ?1",
    "INSERT INTO documents(id, name, date, source, url, title, hash, nevents, "
    "m_first, m_count, s_first, s_count) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, "
    "?8, ?9, ?10, ?11, ?12) ON CONFLICT(name) DO NOTHING",
    "UPDATE documents SET date = ?3, source = ?4, url = ?5, title = ?6, "
    "hash = ?7, nevents = ?8, m_first = ?9, m_count = ?10, s_first = ?11, "
    "s_count = ?12 WHERE id = ?1 AND name = ?2",
    "SELECT id, ckey FROM actors WHERE code = ?1",
    "INSERT INTO actors(code, country, sector, ckey) VALUES(?1, ?2, ?3, ?4)",
    "SELECT id FROM ckeys WHERE key = ?1",
    "INSERT INTO ckeys(key) VALUES(?1)",
    "SELECT day, src, tgt, code, mood FROM mentions WHERE id BETWEEN ?1 AND "
    "?2 AND counted",
    "UPDATE events SET n = n - 1, n0 = n0 - (?5 = 0), n1 = n1 - (?5 = 1), "
    "n2 = n2 - (?5 = 2), n3 = n3 - (?5 = 3), n4 = n4 - (?5 = 4), "
    "n5 = n5 - (?5 = 5) WHERE day = ?1 AND src = ?2 AND tgt = ?3 AND "
    "code = ?4 RETURNING quad, goldstein, n, CASE ?5 WHEN 0 THEN n0 "
    "WHEN 1 THEN n1 WHEN 2 THEN n2 WHEN 3 THEN n3 WHEN 4 THEN n4 ELSE n5 END",
    "DELETE FROM events WHERE day = ?1 AND src = ?2 AND tgt = ?3 AND "
    "code = ?4 AND n = 0",
    "DELETE FROM mentions WHERE id BETWEEN ?1 AND ?2",
    "INSERT INTO sentences_fts(sentences_fts, rowid, text) "
    "SELECT 'delete', id, text FROM sentences WHERE id BETWEEN ?1 AND ?2",
    "DELETE FROM sentences WHERE id BETWEEN ?1 AND ?2",
    "SELECT src, tgt, code, quad, goldstein, n, n0, n1, n2, n3, n4, n5 "
    "FROM events WHERE day = ?1",
    "SELECT (SELECT max(id) FROM documents), (SELECT max(id) FROM sentences),"
    " (SELECT max(id) FROM mentions)",
    "UPDATE events SET n = n + 1, n0 = n0 + (?5 = 0), n1 = n1 + (?5 = 1), "
    "n2 = n2 + (?5 = 2), n3 = n3 + (?5 = 3), n4 = n4 + (?5 = 4), "
    "n5 = n5 + (?5 = 5) WHERE day = ?1 AND src = ?2 AND tgt = ?3 AND "
    "code = ?4",
};

struct sima_store {
  sqlite3 *db;
  char *path;
  sima_store_opts opts;
  sqlite3_stmt *q[Q_N];
  sqlite3_stmt *multi[M_N][MULTI_MAX];
  int in_txn;
  /* Next rowids, read at BEGIN: a writer holds the write lock for the
  ** whole transaction, so it can number its rows itself (max + 1, what
  ** SQLite would pick) and write each document row once, ranges
  ** included. */
  int64_t next_doc, next_sent, next_mention;
  size_t batch_docs, batch_events;
  aggmap dyad, cweek;
  actmap actors;
  evcache ev;
  sima_arena *scratch;
};

/* Turns an SQLite failure into a message naming the database and, for
** the usual suspects, what to do about it. */
static sima_status db_fail(sima_store *s, int rc, const char *what,
                           sima_error *err) {
  const char *path = s ? s->path : "database";
  const char *msg = s && s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc);
  switch (rc & 0xff) {
  case SQLITE_BUSY:
  case SQLITE_LOCKED:
    return sima_error_set(err, SIMA_ERR_DB,
                          "%s: database is locked by another process "
                          "(waited %d ms) while %s",
                          path, s ? s->opts.busy_timeout_ms : 0, what);
  case SQLITE_READONLY:
    return sima_error_set(err, SIMA_ERR_DB,
                          "%s: database is read-only (check the file's and "
                          "its directory's permissions) while %s",
                          path, what);
  case SQLITE_FULL:
    return sima_error_set(err, SIMA_ERR_IO,
                          "%s: disk full while %s; the batch was rolled "
                          "back, nothing of it is written",
                          path, what);
  case SQLITE_IOERR:
    return sima_error_set(err, SIMA_ERR_IO,
                          "%s: write error (disk full or file size limit?) "
                          "while %s: %s; the batch was rolled back",
                          path, what, msg);
  case SQLITE_NOTADB:
  case SQLITE_CORRUPT:
    return sima_error_set(err, SIMA_ERR_CORRUPT,
                          "%s: not a sima database or corrupt: %s", path, msg);
  case SQLITE_CANTOPEN:
    return sima_error_set(err, SIMA_ERR_IO, "%s: cannot open: %s", path, msg);
  case SQLITE_NOMEM:
    return sima_error_set(err, SIMA_ERR_NOMEM, "%s: out of memory", path);
  default:
    return sima_error_set(err, SIMA_ERR_DB, "%s: %s: %s", path, what, msg);
  }
}

static sima_status exec(sima_store *s, const char *sql, const char *what,
                        sima_error *err) {
  int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
  return rc == SQLITE_OK ? SIMA_OK : db_fail(s, rc, what, err);
}

static int get_int_pragma(sima_store *s, const char *sql, int64_t *out) {
  sqlite3_stmt *st;
  int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
  if (rc != SQLITE_OK)
    return rc;
  rc = sqlite3_step(st);
  if (rc == SQLITE_ROW) {
    *out = sqlite3_column_int64(st, 0);
    rc = SQLITE_OK;
  }
  sqlite3_finalize(st);
  return rc;
}

/* ---- multi-row statements ----
**
** A statement has a fixed cost (some 3,000 instructions to start, open
** its cursors and halt) besides its rows, so a document's sentences,
** mentions and new events go in multi-row INSERTs: "... VALUES (?,..),
** (?,..)", prepared
** on first use for 1 to maxrows rows.  Row r, column c is parameter
** r * ncols + c + 1.  OR FAIL: a multi-row statement that may abort
** halfway keeps a statement journal, a copy of every page it touches,
** which cost more than it saved (a failure rolls the whole batch back
** anyway).  Upserts (the aggregates) always keep one, and an FTS5 table
** flushes its pending index at every statement savepoint (tiny segments,
** endless merging): those stay one row per statement (maxrows 1). */

/* ORDER M_ */
static const struct {
  const char *head, *tail;
  int ncols;
  size_t maxrows;
} multi_sql[M_N] = {
    {"INSERT OR FAIL INTO sentences(id, doc, idx, text) VALUES", "", 4, 16},
    {"INSERT INTO sentences_fts(rowid, text) VALUES", "", 2, 1},
    {"INSERT OR FAIL INTO mentions(id, doc, sent, counted, date, day, src, "
     "tgt, code, quad, goldstein, mood, negated, detail) VALUES",
     "", 14, 16},
    {"INSERT OR FAIL INTO events(day, src, tgt, code, quad, goldstein, n, "
     "n0, n1, n2, n3, n4, n5) VALUES",
     "", 13, 16},
    {"INSERT INTO cday(csrc, ctgt, day, n, q1, q2, q3, q4, gsum, an, aq1, "
     "aq2, aq3, aq4, agsum) VALUES",
     " ON CONFLICT DO UPDATE SET n = n + excluded.n, "
     "q1 = q1 + excluded.q1, q2 = q2 + excluded.q2, q3 = q3 + excluded.q3, "
     "q4 = q4 + excluded.q4, gsum = gsum + excluded.gsum, "
     "an = an + excluded.an, aq1 = aq1 + excluded.aq1, "
     "aq2 = aq2 + excluded.aq2, aq3 = aq3 + excluded.aq3, "
     "aq4 = aq4 + excluded.aq4, agsum = agsum + excluded.agsum",
     15, 1},
    {"INSERT INTO cweek(week, csrc, ctgt, n, gsum, an, agsum) VALUES",
     " ON CONFLICT DO UPDATE SET n = n + excluded.n, "
     "gsum = gsum + excluded.gsum, an = an + excluded.an, "
     "agsum = agsum + excluded.agsum",
     7, 1},
};

/* The statement of `kind` for `rows` rows (1..MULTI_MAX) in *out,
** prepared on first use. */
static sima_status multi_get(sima_store *s, int kind, size_t rows,
                             sqlite3_stmt **out, sima_error *err) {
  sqlite3_stmt **slot = &s->multi[kind][rows - 1];
  *out = *slot;
  if (*slot)
    return SIMA_OK;
  int nc = multi_sql[kind].ncols;
  size_t cap = strlen(multi_sql[kind].head) + strlen(multi_sql[kind].tail) +
               rows * (size_t)(2 * nc + 2) + 1;
  char *sql = malloc(cap), *p = sql;
  if (!sql)
    return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  p += sprintf(p, "%s", multi_sql[kind].head);
  for (size_t r = 0; r < rows; r++) {
    *p++ = r ? ',' : ' ';
    *p++ = '(';
    for (int c = 0; c < nc; c++) {
      if (c)
        *p++ = ',';
      *p++ = '?';
    }
    *p++ = ')';
  }
  strcpy(p, multi_sql[kind].tail);
  int rc = sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, slot,
                              NULL);
  free(sql);
  if (rc != SQLITE_OK)
    return db_fail(s, rc, "preparing statements", err);
  *out = *slot;
  return SIMA_OK;
}

static size_t multi_max(int kind) {
  return multi_sql[kind].maxrows;
}

static size_t min_size(size_t a, size_t b) {
  return a < b ? a : b;
}

/* ---- schema and migrations ---- */

/* Version 1: documents, sentences (+ FTS5), actors, one-a-day events and
** mentions. */
static const char schema_v1[] =
    "CREATE TABLE documents("
    " id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, date TEXT,"
    " source TEXT, url TEXT, title TEXT, hash INTEGER NOT NULL,"
    " nevents INTEGER NOT NULL DEFAULT 0,"
    " m_first INTEGER NOT NULL DEFAULT 0, m_count INTEGER NOT NULL DEFAULT 0,"
    " s_first INTEGER NOT NULL DEFAULT 0, s_count INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE sentences("
    " id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, idx INTEGER NOT NULL,"
    " text TEXT NOT NULL);"
    "CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences',"
    " content_rowid='id');"
    "CREATE TABLE ckeys(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE);"
    "CREATE TABLE actors("
    " id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE,"
    " country TEXT NOT NULL, sector TEXT NOT NULL, ckey INTEGER NOT NULL);"
    "CREATE INDEX actors_ckey ON actors(ckey);"
    "CREATE TABLE events("
    " day INTEGER NOT NULL, src INTEGER NOT NULL, tgt INTEGER NOT NULL,"
    " code TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL,"
    " n INTEGER NOT NULL,"
    " n0 INTEGER NOT NULL, n1 INTEGER NOT NULL, n2 INTEGER NOT NULL,"
    " n3 INTEGER NOT NULL, n4 INTEGER NOT NULL, n5 INTEGER NOT NULL,"
    " PRIMARY KEY(day, src, tgt, code)) WITHOUT ROWID;"
    "CREATE TABLE mentions("
    " id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, sent INTEGER NOT NULL,"
    " counted INTEGER NOT NULL, date TEXT, day INTEGER,"
    " src INTEGER NOT NULL, src_text TEXT, src_start INTEGER, src_end INTEGER,"
    " tgt INTEGER NOT NULL, tgt_text TEXT, tgt_start INTEGER, tgt_end INTEGER,"
    " code TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL,"
    " plover TEXT, mood INTEGER NOT NULL, negated INTEGER NOT NULL,"
    " attr INTEGER NOT NULL, attr_text TEXT, attr_code TEXT,"
    " attr_start INTEGER, attr_end INTEGER, verb_text TEXT, verb_lemma TEXT,"
    " verb_start INTEGER, verb_end INTEGER, rule TEXT, location TEXT,"
    " loc_start INTEGER, loc_end INTEGER, quantities TEXT);"
    "CREATE INDEX mentions_day ON mentions(day);";

/* Version 2: the pre-aggregated tables, by country key (an actor's
** country, or its code when it has none), filled from the events already
** there.  Each row holds two sets of figures: for all counted events, and
** (prefix a) for events with at least one asserted mention, the usual
** filter.  Goldstein sums are integers in hundredths.  Weeks start on
** Monday: day - ((day + 3) mod 7), 1970-01-01 being a Thursday. */
static const char schema_v2[] =
    "CREATE TABLE cday("
    " csrc INTEGER NOT NULL, ctgt INTEGER NOT NULL, day INTEGER NOT NULL,"
    " n INTEGER NOT NULL, q1 INTEGER NOT NULL, q2 INTEGER NOT NULL,"
    " q3 INTEGER NOT NULL, q4 INTEGER NOT NULL, gsum INTEGER NOT NULL,"
    " an INTEGER NOT NULL, aq1 INTEGER NOT NULL, aq2 INTEGER NOT NULL,"
    " aq3 INTEGER NOT NULL, aq4 INTEGER NOT NULL, agsum INTEGER NOT NULL,"
    " PRIMARY KEY(csrc, ctgt, day)) WITHOUT ROWID;"
    "CREATE TABLE cweek("
    " week INTEGER NOT NULL, csrc INTEGER NOT NULL, ctgt INTEGER NOT NULL,"
    " n INTEGER NOT NULL, gsum INTEGER NOT NULL, an INTEGER NOT NULL,"
    " agsum INTEGER NOT NULL, PRIMARY KEY(week, csrc, ctgt)) WITHOUT ROWID;"
    "CREATE TEMP VIEW ev_sel AS"
    " SELECT a.ckey AS csrc, coalesce(b.ckey, 0) AS ctgt, day, quad,"
    " CAST(round(goldstein * 100) AS INTEGER) AS g, n > 0 AS c, n0 > 0 AS ac"
    " FROM events JOIN actors a ON a.id = src LEFT JOIN actors b ON b.id = tgt;"
    "INSERT INTO cday SELECT csrc, ctgt, day, sum(c), sum(c AND quad = 1),"
    " sum(c AND quad = 2), sum(c AND quad = 3), sum(c AND quad = 4),"
    " sum(c * g), sum(ac), sum(ac AND quad = 1), sum(ac AND quad = 2),"
    " sum(ac AND quad = 3), sum(ac AND quad = 4), sum(ac * g) FROM ev_sel"
    " GROUP BY csrc, ctgt, day;"
    "INSERT INTO cweek SELECT day - (((day + 3) % 7) + 7) % 7, csrc, ctgt,"
    " sum(c), sum(c * g), sum(ac), sum(ac * g) FROM ev_sel GROUP BY 1, 2, 3;"
    "DROP VIEW ev_sel;";

/* Version 3, for ingest speed (docs/store.md "Speed"):
** - the full-text index without its per-row size table (columnsize=0):
**   nothing ranks by bm25, and writing that table was half the cost of
**   indexing a sentence; rebuilt from the sentences;
** - a mention's details that no query filters on (spans, texts,
**   attribution, verb, rule, location, quantities) in one JSON column,
**   `detail`: a row of 14 values instead of 34 (each bound value and
**   each column of the record has its cost); DETAIL_FIELDS. */
static const char schema_v3[] =
    "DROP TABLE sentences_fts;"
    "CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences',"
    " content_rowid='id', columnsize=0);"
    "INSERT INTO sentences_fts(sentences_fts) VALUES('rebuild');"
    "CREATE TABLE mentions_v3("
    " id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, sent INTEGER NOT NULL,"
    " counted INTEGER NOT NULL, date TEXT, day INTEGER,"
    " src INTEGER NOT NULL, tgt INTEGER NOT NULL, code TEXT NOT NULL,"
    " quad INTEGER NOT NULL, goldstein REAL NOT NULL, mood INTEGER NOT NULL,"
    " negated INTEGER NOT NULL, detail TEXT NOT NULL);"
    "INSERT INTO mentions_v3 SELECT id, doc, sent, counted, date, day, src,"
    " tgt, code, quad, goldstein, mood, negated, json_array(src_text,"
    " src_start, src_end, tgt_text, tgt_start, tgt_end, plover, attr,"
    " attr_text, attr_code, attr_start, attr_end, verb_text, verb_lemma,"
    " verb_start, verb_end, rule, location, loc_start, loc_end,"
    " json(quantities)) FROM mentions;"
    "DROP TABLE mentions;"
    "ALTER TABLE mentions_v3 RENAME TO mentions;"
    "CREATE INDEX mentions_day ON mentions(day);";

static const char *const migrations[STORE_VERSION] = {schema_v1, schema_v2,
                                                      schema_v3};

int sima_store_schema_version(void) {
  return STORE_VERSION;
}

/* Brings the schema from its current version up to `target`, one version
** per transaction.  An empty database starts at 0. */
static sima_status migrate(sima_store *s, int target, sima_error *err) {
  int64_t ver = 0, app = 0, ntables = 0;
  int rc;
  if ((rc = get_int_pragma(s, "PRAGMA user_version", &ver)) ||
      (rc = get_int_pragma(s, "PRAGMA application_id", &app)) ||
      (rc = get_int_pragma(s, "SELECT count(*) FROM sqlite_master", &ntables)))
    return db_fail(s, rc, "reading the schema version", err);
  if (ver > STORE_VERSION)
    return sima_error_set(err, SIMA_ERR_VERSION,
                          "%s: database schema version %lld is newer than "
                          "this sima supports (%d); use a newer sima",
                          s->path, (long long)ver, STORE_VERSION);
  if (ntables > 0 && app != STORE_APP_ID)
    return sima_error_set(err, SIMA_ERR_DB,
                          "%s: not a sima database (application_id %lld)",
                          s->path, (long long)app);
  if (ver >= target)
    return SIMA_OK;
  if (s->opts.flags & SIMA_STORE_READONLY)
    return sima_error_set(err, SIMA_ERR_VERSION,
                          "%s: database schema version %lld needs migrating "
                          "to %d; open it once for writing (sima ingest)",
                          s->path, (long long)ver, STORE_VERSION);
  for (int v = (int)ver + 1; v <= target; v++) {
    char sql[96];
    sima_status st;
    if ((st = exec(s, "BEGIN IMMEDIATE", "starting a migration", err)))
      return st;
    snprintf(sql, sizeof sql, "PRAGMA user_version = %d", v);
    if ((st = exec(s, migrations[v - 1], "migrating the schema", err)) ||
        (st = exec(s, sql, "migrating the schema", err)) ||
        (st = exec(s, "PRAGMA application_id = 1397312833",
                   "migrating the schema", err)) ||
        (st = exec(s, "COMMIT", "migrating the schema", err))) {
      sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
      return st;
    }
  }
  return SIMA_OK;
}

/* SQLite's memory statistics take a global mutex on every allocation
** (5% of ingest); nothing reads them.  Set once, before SQLite starts:
** only this file uses SQLite. */
static pthread_once_t sqlite_once = PTHREAD_ONCE_INIT;
static void sqlite_setup(void) {
  sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

static void store_free(sima_store *s) {
  if (!s)
    return;
  for (int i = 0; i < Q_N; i++)
    sqlite3_finalize(s->q[i]);
  for (int k = 0; k < M_N; k++)
    for (int i = 0; i < MULTI_MAX; i++)
      sqlite3_finalize(s->multi[k][i]);
  sqlite3_close(s->db);
  free(s->dyad.e);
  free(s->cweek.e);
  actmap_clear(&s->actors);
  evcache_free(&s->ev);
  sima_arena_free(s->scratch);
  free(s->path);
  free(s);
}

sima_store *store_open_version(const char *path, const sima_store_opts *opts,
                               int max_version, sima_error *err) {
  sima_store *s = calloc(1, sizeof *s);
  if (!s || !(s->path = strdup(path)) || !(s->scratch = sima_arena_new(NULL))) {
    sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
    goto fail;
  }
  if (opts)
    s->opts = *opts;
  if (s->opts.busy_timeout_ms == 0)
    s->opts.busy_timeout_ms = 5000;
  if (s->opts.busy_timeout_ms < 0)
    s->opts.busy_timeout_ms = 0;
  if (!s->opts.batch_docs)
    s->opts.batch_docs = 20000;
  if (!s->opts.batch_events)
    s->opts.batch_events = 100000;
  int ro = (s->opts.flags & SIMA_STORE_READONLY) != 0;
  /* NOMUTEX: a store is used by one thread at a time (documented), and
  ** the per-call mutex cost 8% of ingest time. */
  int flags =
      SQLITE_OPEN_NOMUTEX |
      (ro ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  pthread_once(&sqlite_once, sqlite_setup);
  int rc = sqlite3_open_v2(path, &s->db, flags, NULL);
  if (rc != SQLITE_OK) {
    db_fail(s, rc, "opening", err);
    goto fail;
  }
  sqlite3_extended_result_codes(s->db, 0);
  sqlite3_busy_timeout(s->db, s->opts.busy_timeout_ms);
  if (!ro && sqlite3_db_readonly(s->db, "main") == 1) {
    db_fail(s, SQLITE_READONLY, "opening for writing", err);
    goto fail;
  }
  /* Reading the header first gives a clear "not a database" error. */
  int64_t ver;
  if ((rc = get_int_pragma(s, "PRAGMA user_version", &ver))) {
    db_fail(s, rc, "opening", err);
    goto fail;
  }
  if (!ro) {
    /* 16 KiB pages for a new database (a no-op on an existing one): a
    ** quarter of the page splits and WAL frames of 4 KiB pages; ingest
    ** took 12% less CPU time. */
    if (exec(s, "PRAGMA page_size = 16384", "setting the page size", err) ||
        exec(s, "PRAGMA journal_mode = WAL", "setting WAL mode", err) ||
        exec(s,
             /* a 64 MiB page cache: 256 MiB cost more in first-touch
             ** page faults (12 % of ingest wall time on a fresh store)
             ** than it saved in re-reads from the OS page cache */
             "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;"
             "PRAGMA temp_store = MEMORY",
             "setting pragmas", err))
      goto fail;
  }
  if (migrate(s, max_version, err))
    goto fail;
  if (!ro) {
    for (int i = 0; i < Q_N; i++) {
      rc = sqlite3_prepare_v3(s->db, sql_text[i], -1, SQLITE_PREPARE_PERSISTENT,
                              &s->q[i], NULL);
      if (rc != SQLITE_OK && max_version == STORE_VERSION) {
        db_fail(s, rc, "preparing statements", err);
        goto fail;
      }
    }
  }
  return s;
fail:
  store_free(s);
  return NULL;
}

sima_store *sima_store_open(const char *path, const sima_store_opts *opts,
                            sima_error *err) {
  if (!path || !*path) {
    sima_error_set(err, SIMA_ERR_USAGE, "no database path");
    return NULL;
  }
  return store_open_version(path, opts, STORE_VERSION, err);
}

/* ---- transactions ---- */

static void rollback(sima_store *s) {
  if (s->in_txn)
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
  s->in_txn = 0;
  s->batch_docs = s->batch_events = 0;
  aggmap_clear(&s->dyad);
  aggmap_clear(&s->cweek);
  actmap_clear(&s->actors); /* ids inserted in the batch are gone */
  evcache_clear(&s->ev);
}

static sima_status step_done(sima_store *s, sqlite3_stmt *st, const char *what,
                             sima_error *err) {
  int rc = sqlite3_step(st);
  sqlite3_reset(st);
  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return SIMA_OK;
  return db_fail(s, rc, what, err);
}

static sima_status begin(sima_store *s, sima_error *err) {
  if (s->in_txn)
    return SIMA_OK;
  int rc = sqlite3_step(s->q[Q_BEGIN]);
  sqlite3_reset(s->q[Q_BEGIN]);
  if (rc != SQLITE_DONE)
    return db_fail(s, rc, "starting a transaction", err);
  s->in_txn = 1;
  sqlite3_stmt *q = s->q[Q_MAX_IDS];
  rc = sqlite3_step(q);
  if (rc == SQLITE_ROW) {
    s->next_doc = sqlite3_column_int64(q, 0) + 1;
    s->next_sent = sqlite3_column_int64(q, 1) + 1;
    s->next_mention = sqlite3_column_int64(q, 2) + 1;
  }
  sqlite3_reset(q);
  if (rc != SQLITE_ROW) {
    sima_status st = db_fail(s, rc, "starting a transaction", err);
    rollback(s);
    return st;
  }
  return SIMA_OK;
}

static int aggent_cmp(const void *x, const void *y) {
  const aggent *a = *(const aggent *const *)x, *b = *(const aggent *const *)y;
  for (int i = 0; i < 4; i++)
    if (a->k[i] != b->k[i])
      return a->k[i] < b->k[i] ? -1 : 1;
  return 0;
}

/* The used entries of a map, sorted by key: an array of pointers (sorting
** the 64-byte entries themselves cost a tenth of the writer's time), or
** NULL when out of memory or empty.  The caller frees it. */
static aggent **aggmap_sorted(const aggmap *m) {
  aggent **v = m->len ? malloc(m->len * sizeof *v) : NULL;
  size_t k = 0;
  for (size_t i = 0; v && i < m->cap && k < m->len; i++)
    if (m->e[i].used)
      v[k++] = &m->e[i];
  if (v)
    qsort(v, k, sizeof *v, aggent_cmp);
  return v;
}

/* Binds aggregate e as the row starting at column b+1 of multi-row
** statement q (M_CDAY: both count sets and Goldstein sums; M_CWEEK: the
** first count and the sum of each set). */
static void bind_agg(sqlite3_stmt *q, int which, int b, const aggent *e) {
  for (int c = 0; c < 3; c++)
    sqlite3_bind_int(q, b + c + 1, e->k[c]);
  if (which == M_CDAY) {
    for (int set = 0; set < 2; set++) {
      for (int c = 0; c < 5; c++)
        sqlite3_bind_int(q, b + 4 + 6 * set + c, e->n[set][c]);
      sqlite3_bind_int64(q, b + 9 + 6 * set, e->g[set]);
    }
  } else {
    sqlite3_bind_int(q, b + 4, e->n[0][0]);
    sqlite3_bind_int64(q, b + 5, e->g[0]);
    sqlite3_bind_int(q, b + 6, e->n[1][0]);
    sqlite3_bind_int64(q, b + 7, e->g[1]);
  }
}

/* Upserts the n aggregates v (sorted) with multi-row statement `which`,
** as many rows a statement as it takes. */
static sima_status flush_map(sima_store *s, int which, aggent *const *v,
                             size_t n, const char *what, sima_error *err) {
  sima_status st;
  for (size_t i = 0; i < n;) {
    size_t k = min_size(n - i, multi_max(which));
    sqlite3_stmt *q;
    if ((st = multi_get(s, which, k, &q, err)))
      return st;
    for (size_t r = 0; r < k; r++, i++)
      bind_agg(q, which, (int)r * multi_sql[which].ncols, v[i]);
    if ((st = step_done(s, q, what, err)))
      return st;
  }
  return SIMA_OK;
}

/* Writes the batch's aggregate deltas.  In key order: the upserts then
** walk the B-tree from left to right instead of jumping about. */
static sima_status flush_aggs(sima_store *s, sima_error *err) {
  sima_status st = SIMA_OK;
  aggent **dv = aggmap_sorted(&s->dyad), **wv = aggmap_sorted(&s->cweek);
  if ((s->dyad.len && !dv) || (s->cweek.len && !wv)) {
    st = sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
    goto out;
  }
  if ((st = flush_map(s, M_CDAY, dv, s->dyad.len, "updating cday", err)) ||
      (st = flush_map(s, M_CWEEK, wv, s->cweek.len, "updating cweek", err)))
    goto out;
  aggmap_clear(&s->dyad);
  aggmap_clear(&s->cweek);
out:
  free(dv);
  free(wv);
  return st;
}

sima_status sima_store_commit(sima_store *s, sima_error *err) {
  if (!s || !s->in_txn)
    return SIMA_OK;
  sima_status st = flush_aggs(s, err);
  if (st == SIMA_OK) {
    int rc = sqlite3_step(s->q[Q_COMMIT]);
    sqlite3_reset(s->q[Q_COMMIT]);
    if (rc != SQLITE_DONE)
      st = db_fail(s, rc, "committing", err);
  }
  if (st) {
    rollback(s);
    return st;
  }
  s->in_txn = 0;
  s->batch_docs = s->batch_events = 0;
  return SIMA_OK;
}

sima_status sima_store_close(sima_store *s, sima_error *err) {
  if (!s)
    return SIMA_OK;
  sima_status st = sima_store_commit(s, err);
  if (st == SIMA_OK && !(s->opts.flags & SIMA_STORE_READONLY))
    sqlite3_exec(s->db, "PRAGMA optimize", NULL, NULL, NULL);
  store_free(s);
  return st;
}

void sima_store_abort(sima_store *s) {
  if (!s)
    return;
  rollback(s);
  store_free(s);
}

/* ---- ingest ---- */

static void bind_text(sqlite3_stmt *q, int i, const char *t) {
  if (t)
    sqlite3_bind_text(q, i, t, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null(q, i);
}

/* Returns the ckeys id for `key`, inserting it. */
static sima_status ckey_id(sima_store *s, const char *key, int64_t *id,
                           sima_error *err) {
  sqlite3_stmt *q = s->q[Q_CKEY_FIND];
  bind_text(q, 1, key);
  int rc = sqlite3_step(q);
  if (rc == SQLITE_ROW) {
    *id = sqlite3_column_int64(q, 0);
    sqlite3_reset(q);
    return SIMA_OK;
  }
  sqlite3_reset(q);
  if (rc != SQLITE_DONE)
    return db_fail(s, rc, "reading ckeys", err);
  q = s->q[Q_CKEY_INSERT];
  bind_text(q, 1, key);
  sima_status st = step_done(s, q, "inserting into ckeys", err);
  *id = sqlite3_last_insert_rowid(s->db);
  return st;
}

/* Returns the actor id (and its country key) for a reference, inserting the
** actor on first sight.  Absent actors (code NULL) are id 0. */
static sima_status actor_id(sima_store *s, const sima_actor_ref *r, int64_t *id,
                            int64_t *ckey, sima_error *err) {
  *id = *ckey = 0;
  if (!r->code)
    return SIMA_OK;
  actent *e = actmap_find(&s->actors, r->code);
  if (e) {
    *id = e->id;
    *ckey = e->ckey;
    return SIMA_OK;
  }
  sqlite3_stmt *q = s->q[Q_ACTOR_FIND];
  bind_text(q, 1, r->code);
  int rc = sqlite3_step(q);
  if (rc == SQLITE_ROW) {
    *id = sqlite3_column_int64(q, 0);
    *ckey = sqlite3_column_int64(q, 1);
  }
  sqlite3_reset(q);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return db_fail(s, rc, "reading actors", err);
  if (rc == SQLITE_DONE) {
    const char *country = r->country ? r->country : "";
    sima_status st = ckey_id(s, *country ? country : r->code, ckey, err);
    if (st)
      return st;
    q = s->q[Q_ACTOR_INSERT];
    bind_text(q, 1, r->code);
    bind_text(q, 2, country);
    bind_text(q, 3, r->sector ? r->sector : "");
    sqlite3_bind_int64(q, 4, *ckey);
    if ((st = step_done(s, q, "inserting an actor", err)))
      return st;
    *id = sqlite3_last_insert_rowid(s->db);
  }
  if (actmap_put(&s->actors, r->code, *id, *ckey))
    return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  return SIMA_OK;
}

static int32_t week_of(int32_t day) {
  return agg_period_start(day, SIMA_BY_WEEK);
}

/* Records that a one-a-day event came into (sign +1) or went out of (-1)
** the counts of set 0 (all events) or 1 (events with an asserted
** mention). */
static sima_status agg_delta(sima_store *s, int64_t csrc, int64_t ctgt,
                             int32_t day, int set, int quad, double g, int sign,
                             sima_error *err) {
  int32_t k1[4] = {(int32_t)csrc, (int32_t)ctgt, day, 0};
  int32_t k2[4] = {week_of(day), (int32_t)csrc, (int32_t)ctgt, 0};
  if (aggmap_add(&s->dyad, k1, set, quad, sign, g) ||
      aggmap_add(&s->cweek, k2, set, quad, sign, g))
    return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  return SIMA_OK;
}

static int64_t ckey_of_id(sima_store *s, int64_t id) {
  if (!id)
    return 0;
  sqlite3_stmt *q;
  int64_t ck = 0;
  if (sqlite3_prepare_v2(s->db, "SELECT ckey FROM actors WHERE id = ?1", -1, &q,
                         NULL) != SQLITE_OK)
    return 0;
  sqlite3_bind_int64(q, 1, id);
  if (sqlite3_step(q) == SQLITE_ROW)
    ck = sqlite3_column_int64(q, 0);
  sqlite3_finalize(q);
  return ck;
}

/* Makes the cache exact for `day`, reading the day's events once.  The
** cache is never cleared here: a document's events are written after all
** of them are counted in the cache, so clearing it halfway through a
** document would forget counts the database does not have yet
** (ingest_group clears it between documents). */
static sima_status evcache_day(sima_store *s, int32_t day, sima_error *err) {
  evcache *c = &s->ev;
  for (size_t i = c->ndays; i-- > 0;)
    if (c->days[i] == day)
      return SIMA_OK;
  if (c->ndays == c->capdays) {
    size_t nc = c->capdays ? 2 * c->capdays : 64;
    int32_t *nd = realloc(c->days, nc * sizeof *nd);
    if (!nd)
      return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
    c->days = nd;
    c->capdays = nc;
  }
  sqlite3_stmt *q = s->q[Q_EVENT_DAY];
  int rc;
  sqlite3_bind_int(q, 1, day);
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    const unsigned char *code = sqlite3_column_text(q, 2);
    event *e =
        evcache_add(c, day, sqlite3_column_int(q, 0), sqlite3_column_int(q, 1),
                    code ? (const char *)code : "");
    if (!e) {
      sqlite3_reset(q);
      return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
    }
    e->quad = sqlite3_column_int(q, 3);
    e->g = sqlite3_column_double(q, 4);
    e->n = sqlite3_column_int(q, 5);
    for (int m = 0; m < SIMA_NMOOD; m++)
      e->nm[m] = sqlite3_column_int(q, 6 + m);
  }
  sqlite3_reset(q);
  if (rc != SQLITE_DONE)
    return db_fail(s, rc, "reading events", err);
  c->days[c->ndays++] = day;
  return SIMA_OK;
}

/* Row ranges of a stored document: its mentions and sentences were
** written in one go, so they are contiguous rowids. */
typedef struct docrows {
  int64_t m_first, m_count, s_first, s_count;
} docrows;

/* Deletes a document's sentences and mentions, taking its events out of
** the counts (and the aggregates, through agg_delta). */
static sima_status delete_doc_rows(sima_store *s, const docrows *dr,
                                   sima_error *err) {
  sqlite3_stmt *q = s->q[Q_OLD_MENTIONS];
  evcache_clear(&s->ev); /* the events below change behind its back */
  sima_status st = SIMA_OK;
  int rc;
  typedef struct old {
    int32_t day;
    int64_t src, tgt;
    char code[8];
    int mood;
  } old;
  old *v = NULL;
  size_t n = 0, cap = 0;
  sqlite3_bind_int64(q, 1, dr->m_first);
  sqlite3_bind_int64(q, 2, dr->m_first + dr->m_count - 1);
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    if (n == cap) {
      cap = cap ? 2 * cap : 64;
      old *nv = realloc(v, cap * sizeof *nv);
      if (!nv) {
        st = sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
        break;
      }
      v = nv;
    }
    old *o = &v[n++];
    o->day = sqlite3_column_int(q, 0);
    o->src = sqlite3_column_int64(q, 1);
    o->tgt = sqlite3_column_int64(q, 2);
    const unsigned char *c = sqlite3_column_text(q, 3);
    snprintf(o->code, sizeof o->code, "%s", c ? (const char *)c : "");
    o->mood = sqlite3_column_int(q, 4);
  }
  sqlite3_reset(q);
  if (!st && rc != SQLITE_DONE && rc != SQLITE_ROW)
    st = db_fail(s, rc, "reading old mentions", err);
  for (size_t i = 0; i < n && !st; i++) {
    old *o = &v[i];
    q = s->q[Q_EVENT_DEC];
    sqlite3_bind_int(q, 1, o->day);
    sqlite3_bind_int64(q, 2, o->src);
    sqlite3_bind_int64(q, 3, o->tgt);
    bind_text(q, 4, o->code);
    sqlite3_bind_int(q, 5, o->mood);
    rc = sqlite3_step(q);
    if (rc != SQLITE_ROW) {
      sqlite3_reset(q);
      st = db_fail(s, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc,
                   "updating events", err);
      break;
    }
    int quad = sqlite3_column_int(q, 0);
    double g = sqlite3_column_double(q, 1);
    int64_t nall = sqlite3_column_int64(q, 2), nm = sqlite3_column_int64(q, 3);
    sqlite3_reset(q);
    if (nall == 0 || nm == 0) {
      int64_t cs = ckey_of_id(s, o->src), ct = ckey_of_id(s, o->tgt);
      if (nall == 0)
        st = agg_delta(s, cs, ct, o->day, 0, quad, g, -1, err);
      if (!st && nm == 0 && o->mood == SIMA_MOOD_ASSERTED)
        st = agg_delta(s, cs, ct, o->day, 1, quad, g, -1, err);
    }
    if (!st && nall == 0) {
      q = s->q[Q_EVENT_DEL];
      sqlite3_bind_int(q, 1, o->day);
      sqlite3_bind_int64(q, 2, o->src);
      sqlite3_bind_int64(q, 3, o->tgt);
      bind_text(q, 4, o->code);
      st = step_done(s, q, "deleting an event", err);
    }
  }
  free(v);
  if (st)
    return st;
  q = s->q[Q_MENTIONS_DEL];
  sqlite3_bind_int64(q, 1, dr->m_first);
  sqlite3_bind_int64(q, 2, dr->m_first + dr->m_count - 1);
  if ((st = step_done(s, q, "deleting old mentions", err)))
    return st;
  for (int k = Q_FTS_DEL; k <= Q_SENTS_DEL && !st; k++) {
    sqlite3_bind_int64(s->q[k], 1, dr->s_first);
    sqlite3_bind_int64(s->q[k], 2, dr->s_first + dr->s_count - 1);
    st = step_done(s, s->q[k], "deleting old sentences", err);
  }
  return st;
}

/* Quantities as a JSON array text in the scratch arena, or NULL. */
static char *quantities_json(sima_store *s, const sima_event *ev) {
  if (!ev->nquantities)
    return NULL;
  json_t *a = json_array();
  for (uint32_t i = 0; i < ev->nquantities && a; i++) {
    const sima_quantity *q = &ev->quantities[i];
    json_t *o = json_object();
    json_object_set_new(o, "text",
                        q->text ? json_string(q->text) : json_null());
    json_object_set_new(o, "value", json_real(q->value));
    json_object_set_new(o, "unit",
                        q->unit ? json_string(q->unit) : json_null());
    json_t *sp = json_array();
    json_array_append_new(sp, json_integer(q->start));
    json_array_append_new(sp, json_integer(q->end));
    json_object_set_new(o, "span", sp);
    json_array_append_new(a, o);
  }
  char *t = a ? json_dumps(a, JSON_COMPACT) : NULL;
  json_decref(a);
  char *r = t ? sima_arena_strndup(s->scratch, t, strlen(t)) : NULL;
  free(t);
  return r;
}

typedef struct docinfo {
  const char *name, *date, *source, *url, *title;
} docinfo;

/* Writes a document's distinct sentences (rowids first .. first+ns-1) and
** their FTS entries. */
static sima_status write_sentences(sima_store *s, int64_t docid, int64_t first,
                                   const sima_event_rec *const *sv, size_t ns,
                                   sima_error *err) {
  for (int kind = M_SENT; kind <= M_FTS; kind++)
    for (size_t i = 0; i < ns;) {
      size_t k = min_size(ns - i, multi_max(kind));
      sqlite3_stmt *q;
      sima_status st = multi_get(s, kind, k, &q, err);
      if (st)
        return st;
      for (size_t r = 0; r < k; r++, i++) {
        const char *text = sv[i]->text ? sv[i]->text : "";
        int b = (int)r * multi_sql[kind].ncols;
        sqlite3_bind_int64(q, b + 1, first + (int64_t)i);
        if (kind == M_SENT) {
          sqlite3_bind_int64(q, b + 2, docid);
          sqlite3_bind_int64(q, b + 3, sv[i]->ev.sentence);
          bind_text(q, b + 4, text);
        } else {
          bind_text(q, b + 2, text);
        }
      }
      st = step_done(
          s, q, kind == M_SENT ? "writing a sentence" : "indexing a sentence",
          err);
      if (st)
        return st;
    }
  return SIMA_OK;
}

/* What ingest_group works out for each event before writing it. */
typedef struct evrow {
  int64_t sid, src, tgt;
  int32_t day;
  int have_day, counted;
  int ev_new; /* counted, and its one-a-day event is not stored yet */
  int repeat; /* a repeat within its document that another mention of its
              ** act counts for (RULE C-DUP-DOC) */
} evrow;

/* RULE C-DUP-DOC in the store: an act told several times in a document
** (the events that carry duplicate_of, and the event they point to) is
** counted once: when the first event has the document's day (no time of
** its own), on the day of its first repeat whose day differs (a time of
** its own: "Police Arrest Gang Leader", then "police arrested ... on
** Monday"), else on the first event's.  Sets rows[i].repeat on the
** others.  A mark is matched by content as well as index (first_of_act);
** one that points to no event of the document (lines left out of the
** input) is ignored: that mention counts as its own act. */
/* The event recs[j]'s duplicate_of mark points to: the earlier event of
** the marked sentence at the marked index when it is the same act
** (sima_events_same_act), else the first earlier event of that sentence
** that is (lines left out of the input shift the indices), else j. */
static size_t first_of_act(const sima_event_rec *recs, const size_t *pos,
                           size_t j) {
  const sima_event *e = &recs[j].ev;
  size_t o = j;
  for (size_t i = 0; i < j; i++) {
    const sima_event *f = &recs[i].ev;
    if (f->sentence != e->dup_sentence || f->duplicate ||
        !sima_events_same_act(e, f))
      continue;
    if (pos[i] == e->dup_event)
      return i;
    if (o == j)
      o = i;
  }
  return o;
}

static void repeats_counted_once(const sima_event_rec *recs, evrow *rows,
                                 size_t n, int have_docday, int32_t docday,
                                 sima_arena *scratch) {
  for (size_t i = 0; i < n; i++)
    rows[i].repeat = 0;
  size_t *pos = n ? sima_arena_alloc(scratch, n * sizeof *pos) : NULL;
  size_t *rep = n ? sima_arena_alloc(scratch, n * sizeof *rep) : NULL;
  if (!pos || !rep)
    return; /* out of memory: count every mention (the arena reports it) */
  for (size_t i = 0; i < n; i++) {
    pos[i] = i > 0 && recs[i - 1].ev.sentence == recs[i].ev.sentence
                 ? pos[i - 1] + 1
                 : 0;
    rep[i] = i;
  }
  for (size_t j = 0; j < n; j++) {
    const sima_event *e = &recs[j].ev;
    if (!e->duplicate)
      continue;
    size_t o = first_of_act(recs, pos, j);
    if (o == j)
      continue;
    rows[j].repeat = 1;
    const evrow *f = &rows[o];
    int first_docdate = !f->have_day || (have_docday && f->day == docday);
    if (rep[o] == o && first_docdate && rows[j].have_day &&
        (!f->have_day || rows[j].day != f->day)) {
      rows[o].repeat = 1; /* the act's own date is this mention's */
      rows[j].repeat = 0;
      rep[o] = j;
    }
  }
}

/* ---- a mention's detail column ----
**
** The fields of a mention that no query filters on, as one JSON array
** (schema version 3), in the order of DETAIL_FIELDS below: strings or
** null, numbers.  Trailing nulls and zeros are left out; a reader takes a
** missing value as null or 0.  An array, not an object: named members made
** the mentions table twice as large, and its writes (to the WAL and again
** at checkpoints) cost more than the names were worth.  Written with a
** cursor into a buffer sized for the worst case (6 bytes per byte of
** string, \u00XX), in one pass. */

/* ORDER detail */
#define DETAIL_FIELDS                                                          \
  "src_text, src_start, src_end, tgt_text, tgt_start, tgt_end, plover, attr, " \
  "attr_text, attr_code, attr_start, attr_end, verb_text, verb_lemma, "        \
  "verb_start, verb_end, rule, location, loc_start, loc_end, quantities, "     \
  "loc_country, mood_text, mood_rule, mood_start, mood_end, neg_text, "        \
  "neg_rule, neg_start, neg_end, attr_rule, loc_rule, loc_kind, dup"
/* (the fields after quantities came later, so rows written before them
** simply end earlier: the reader takes them as null or 0) */
enum {
  D_SRC_TEXT, D_SRC_START, D_SRC_END, D_TGT_TEXT, D_TGT_START, D_TGT_END,
  D_PLOVER, D_ATTR, D_ATTR_TEXT, D_ATTR_CODE, D_ATTR_START, D_ATTR_END,
  D_VERB_TEXT, D_VERB_LEMMA, D_VERB_START, D_VERB_END, D_RULE, D_LOCATION,
  D_LOC_START, D_LOC_END, D_QUANTITIES, D_LOC_COUNTRY, D_MOOD_TEXT,
  D_MOOD_RULE, D_MOOD_START, D_MOOD_END, D_NEG_TEXT, D_NEG_RULE, D_NEG_START,
  D_NEG_END, D_ATTR_RULE, D_LOC_RULE, D_LOC_KIND, D_DUP, D_NFIELDS
};

/* Appends a JSON string literal, or null. */
static char *put_str(char *p, const char *v) {
  static const char hex[] = "0123456789abcdef";
  if (!v) {
    memcpy(p, "null", 4);
    return p + 4;
  }
  *p++ = '"';
  for (const unsigned char *c = (const unsigned char *)v; *c; c++) {
    unsigned char u = *c;
    if (u >= 0x20 && u != '"' && u != '\\') {
      *p++ = (char)u;
      continue;
    }
    *p++ = '\\';
    switch (u) {
    case '"':
    case '\\':
      *p++ = (char)u;
      break;
    case '\n':
      *p++ = 'n';
      break;
    case '\t':
      *p++ = 't';
      break;
    case '\r':
      *p++ = 'r';
      break;
    default:
      memcpy(p, "u00", 3);
      p[3] = hex[u >> 4];
      p[4] = hex[u & 15];
      p += 5;
    }
  }
  *p++ = '"';
  return p;
}

/* Appends a decimal integer. */
static char *put_int(char *p, int64_t v) {
  char t[24], *e = t + sizeof t, *q = e;
  uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
  do {
    *--q = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  if (v < 0)
    *--q = '-';
  memcpy(p, q, (size_t)(e - q));
  return p + (e - q);
}

static size_t slen(const char *s) {
  return s ? strlen(s) : 0;
}

/* The detail array of a mention, in the scratch arena; NULL when out of
** memory. */
static char *mention_detail(sima_store *s, const sima_event *ev) {
  int attr = ev->has_attribution != 0;
  const char *atext = attr ? ev->attribution.text : NULL;
  const char *acode = attr ? ev->attribution.code : NULL;
  char *qj = ev->nquantities ? quantities_json(s, ev) : NULL;
  if (ev->nquantities && !qj)
    return NULL;
  const char *str[D_NFIELDS] = {NULL};
  int64_t num[D_NFIELDS] = {0};
  str[D_SRC_TEXT] = ev->source.text;
  num[D_SRC_START] = ev->source.start;
  num[D_SRC_END] = ev->source.end;
  str[D_TGT_TEXT] = ev->target.text;
  num[D_TGT_START] = ev->target.start;
  num[D_TGT_END] = ev->target.end;
  str[D_PLOVER] = ev->plover;
  num[D_ATTR] = attr;
  str[D_ATTR_TEXT] = atext;
  str[D_ATTR_CODE] = acode;
  num[D_ATTR_START] = ev->attribution.start;
  num[D_ATTR_END] = ev->attribution.end;
  str[D_VERB_TEXT] = ev->verb_text;
  str[D_VERB_LEMMA] = ev->verb_lemma;
  num[D_VERB_START] = ev->verb_start;
  num[D_VERB_END] = ev->verb_end;
  str[D_RULE] = ev->rule;
  str[D_LOCATION] = ev->location;
  num[D_LOC_START] = ev->loc_start;
  num[D_LOC_END] = ev->loc_end;
  str[D_LOC_COUNTRY] = ev->loc_country;
  str[D_MOOD_TEXT] = ev->mood_cue.text;
  str[D_MOOD_RULE] = ev->mood_cue.rule;
  num[D_MOOD_START] = ev->mood_cue.start;
  num[D_MOOD_END] = ev->mood_cue.end;
  str[D_NEG_TEXT] = ev->neg_cue.text;
  str[D_NEG_RULE] = ev->neg_cue.rule;
  num[D_NEG_START] = ev->neg_cue.start;
  num[D_NEG_END] = ev->neg_cue.end;
  str[D_ATTR_RULE] = attr ? ev->attr_rule : NULL;
  str[D_LOC_RULE] = ev->location ? ev->loc_rule : NULL;
  str[D_LOC_KIND] = ev->location ? ev->loc_kind : NULL;
  /* RULE C-DUP-DOC: the earlier event repeated, "SENTENCE.EVENT" */
  char dup[24];
  if (ev->duplicate) {
    snprintf(dup, sizeof dup, "%u.%u", ev->dup_sentence, ev->dup_event);
    str[D_DUP] = dup;
  }
  static const unsigned char is_str[D_NFIELDS] = {
      1, 0, 0, 1, 0, 0, 1, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0,
      2, /* quantities: qj */
      1, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1};
  size_t need = slen(qj) + 24 * D_NFIELDS + 16;
  for (int i = 0; i < D_NFIELDS; i++)
    need += 6 * slen(str[i]);
  char *buf = sima_arena_alloc(s->scratch, need);
  if (!buf)
    return NULL;
  char *p = buf, *end = buf + 1; /* end: after the last value kept */
  *p++ = '[';
  for (int i = 0; i < D_NFIELDS; i++) {
    if (i)
      *p++ = ',';
    if (is_str[i] == 2) {
      if (qj) {
        memcpy(p, qj, strlen(qj));
        end = p += strlen(qj);
      } else {
        p = put_str(p, NULL);
      }
      continue;
    }
    p = is_str[i] ? put_str(p, str[i]) : put_int(p, num[i]);
    if (is_str[i] ? str[i] != NULL : num[i] != 0)
      end = p;
  }
  p = end;
  *p++ = ']';
  *p = 0;
  return buf;
}

/* Binds one mention row at parameter offset b; -1 when out of memory. */
static int bind_mention(sima_store *s, sqlite3_stmt *q, int b, int64_t id,
                        int64_t docid, const docinfo *di,
                        const sima_event_rec *r, const evrow *w) {
  const sima_event *ev = &r->ev;
  char *detail = mention_detail(s, ev);
  if (!detail)
    return -1;
  sqlite3_bind_int64(q, b + 1, id);
  sqlite3_bind_int64(q, b + 2, docid);
  sqlite3_bind_int64(q, b + 3, w->sid);
  sqlite3_bind_int(q, b + 4, w->counted);
  bind_text(q, b + 5, ev->date ? ev->date : di->date);
  if (w->have_day)
    sqlite3_bind_int(q, b + 6, w->day);
  else
    sqlite3_bind_null(q, b + 6);
  sqlite3_bind_int64(q, b + 7, w->src);
  sqlite3_bind_int64(q, b + 8, w->tgt);
  bind_text(q, b + 9, ev->code);
  sqlite3_bind_int(q, b + 10, ev->quad_class);
  sqlite3_bind_double(q, b + 11, ev->goldstein);
  sqlite3_bind_int(q, b + 12, (int)ev->mood);
  sqlite3_bind_int(q, b + 13, ev->negated != 0);
  bind_text(q, b + 14, detail);
  return 0;
}

/* Binds a new one-a-day event row (its first mention) at parameter
** offset b. */
static void bind_event(sqlite3_stmt *q, int b, const sima_event *ev,
                       const evrow *w) {
  sqlite3_bind_int(q, b + 1, w->day);
  sqlite3_bind_int64(q, b + 2, w->src);
  sqlite3_bind_int64(q, b + 3, w->tgt);
  bind_text(q, b + 4, ev->code);
  sqlite3_bind_int(q, b + 5, ev->quad_class);
  sqlite3_bind_double(q, b + 6, ev->goldstein);
  sqlite3_bind_int(q, b + 7, 1);
  for (int m = 0; m < SIMA_NMOOD; m++)
    sqlite3_bind_int(q, b + 8 + m, (int)ev->mood == m);
}

/* Binds a document row (Q_DOC_INSERT and Q_DOC_UPDATE share the
** parameters). */
static void bind_doc(sqlite3_stmt *q, int64_t id, const docinfo *di,
                     uint64_t hash, size_t n, const docrows *nr) {
  sqlite3_bind_int64(q, 1, id);
  bind_text(q, 2, di->name);
  bind_text(q, 3, di->date);
  bind_text(q, 4, di->source);
  bind_text(q, 5, di->url);
  bind_text(q, 6, di->title);
  sqlite3_bind_int64(q, 7, (int64_t)hash);
  sqlite3_bind_int64(q, 8, (int64_t)n);
  sqlite3_bind_int64(q, 9, nr->m_first);
  sqlite3_bind_int64(q, 10, nr->m_count);
  sqlite3_bind_int64(q, 11, nr->s_first);
  sqlite3_bind_int64(q, 12, nr->s_count);
}

/* Writes one document and its events; the heart of both ingest paths.
** The document's distinct sentences are found first, so that the
** document row goes first with the rowid ranges its sentences and
** mentions will take (contiguous, numbered here); then those rows, in
** multi-row statements; each counted mention bumps its one-a-day event. */
static sima_status ingest_group(sima_store *s, const docinfo *di,
                                const sima_event_rec *recs, size_t n,
                                uint64_t hash, sima_ingest_outcome *outcome,
                                sima_error *err) {
  sima_status st;
  if (s->opts.flags & SIMA_STORE_READONLY)
    return sima_error_set(err, SIMA_ERR_USAGE, "%s: opened read-only", s->path);
  if ((st = begin(s, err)))
    return st;
  if (s->ev.len >= EVCACHE_MAX || s->ev.ndays > 1024)
    evcache_clear(&s->ev);
  /* Distinct sentences in order of first appearance (events come in
  ** sentence order as a rule; one met again out of order is looked up);
  ** sidx[i] is event i's sentence's position among them. */
  const sima_event_rec **sv = n ? sima_arena_alloc(s->scratch, n * sizeof *sv)
                                : NULL;
  size_t *sidx = n ? sima_arena_alloc(s->scratch, n * sizeof *sidx) : NULL;
  evrow *rows = n ? sima_arena_alloc(s->scratch, n * sizeof *rows) : NULL;
  size_t ns = 0;
  if (n && (!sv || !sidx || !rows)) {
    st = sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
    goto fail;
  }
  for (size_t i = 0; i < n; i++) {
    uint32_t idx = recs[i].ev.sentence;
    size_t k = ns;
    if (i > 0 && recs[i - 1].ev.sentence == idx)
      k = sidx[i - 1];
    else
      for (k = 0; k < ns && sv[k]->ev.sentence != idx; k++)
        ;
    if (k == ns)
      sv[ns++] = &recs[i];
    sidx[i] = k;
  }
  /* A new document (the usual case) costs one statement here. */
  docrows nr = {n ? s->next_mention : 0, (int64_t)n, ns ? s->next_sent : 0,
                (int64_t)ns};
  int64_t docid = s->next_doc;
  sqlite3_stmt *q = s->q[Q_DOC_INSERT];
  bind_doc(q, docid, di, hash, n, &nr);
  if ((st = step_done(s, q, "writing a document", err)))
    goto fail;
  int exists = sqlite3_changes(s->db) == 0; /* its name is taken */
  if (exists) {
    docrows dr = {0, 0, 0, 0};
    uint64_t old = 0;
    q = s->q[Q_DOC_FIND];
    bind_text(q, 1, di->name);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
      docid = sqlite3_column_int64(q, 0);
      old = (uint64_t)sqlite3_column_int64(q, 1);
      dr.m_first = sqlite3_column_int64(q, 2);
      dr.m_count = sqlite3_column_int64(q, 3);
      dr.s_first = sqlite3_column_int64(q, 4);
      dr.s_count = sqlite3_column_int64(q, 5);
    }
    sqlite3_reset(q);
    if (rc != SQLITE_ROW) {
      st = db_fail(s, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc,
                   "looking up a document", err);
      goto fail;
    }
    if (old == hash) {
      if (outcome)
        *outcome = SIMA_INGEST_SAME;
      return SIMA_OK;
    }
    if ((st = delete_doc_rows(s, &dr, err)))
      goto fail;
    q = s->q[Q_DOC_UPDATE];
    bind_doc(q, docid, di, hash, n, &nr);
    if ((st = step_done(s, q, "writing a document", err)))
      goto fail;
  } else {
    s->next_doc++;
  }
  if ((st = write_sentences(s, docid, nr.s_first, sv, ns, err)))
    goto fail;
  s->next_sent += (int64_t)ns;

  /* Actors, days and the one-a-day bookkeeping, event by event. */
  int32_t docday = 0;
  int have_docday =
      di->date && sima_day_parse(di->date, strlen(di->date), &docday);
  size_t ncounted = 0; /* with ev_new set */
  for (size_t i = 0; i < n; i++) {
    const sima_event *ev = &recs[i].ev;
    evrow *w = &rows[i];
    w->day = docday;
    w->have_day = have_docday;
    if (ev->date)
      w->have_day = sima_day_parse(ev->date, strlen(ev->date), &w->day);
  }
  repeats_counted_once(recs, rows, n, have_docday, docday, s->scratch);
  for (size_t i = 0; i < n; i++) {
    const sima_event *ev = &recs[i].ev;
    evrow *w = &rows[i];
    int64_t csrc, ctgt;
    w->sid = nr.s_first + (int64_t)sidx[i];
    if ((st = actor_id(s, &ev->source, &w->src, &csrc, err)) ||
        (st = actor_id(s, &ev->target, &w->tgt, &ctgt, err)))
      goto fail;
    int mood = (int)ev->mood;
    w->counted = w->have_day && !ev->negated && w->src && !w->repeat;
    w->ev_new = 0;
    if (!w->counted)
      continue;
    /* The cache knows the event's counts before this mention: its first
    ** mention, or first asserted one, changes the aggregates. */
    if ((st = evcache_day(s, w->day, err)))
      goto fail;
    int32_t d = w->day, a = (int32_t)w->src, b = (int32_t)w->tgt;
    event *ce = evcache_find(&s->ev, d, a, b, ev->code);
    w->ev_new = ce == NULL;
    if (!ce) {
      if (!(ce = evcache_add(&s->ev, d, a, b, ev->code))) {
        st = sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
        goto fail;
      }
      ce->quad = ev->quad_class;
      ce->g = ev->goldstein;
    }
    if (w->ev_new)
      ncounted++;
    int64_t nall = ++ce->n, nm = ++ce->nm[mood];
    if (nall == 1 &&
        (st = agg_delta(s, csrc, ctgt, d, 0, ce->quad, ce->g, 1, err)))
      goto fail;
    if (nm == 1 && mood == SIMA_MOOD_ASSERTED &&
        (st = agg_delta(s, csrc, ctgt, d, 1, ce->quad, ce->g, 1, err)))
      goto fail;
  }

  /* The new events, then one more mention for the others (the cache knew
  ** which: it is exact for the days it holds), then the mentions. */
  for (size_t i = 0, done = 0; done < ncounted;) {
    size_t k = min_size(ncounted - done, multi_max(M_EVENT));
    if ((st = multi_get(s, M_EVENT, k, &q, err)))
      goto fail;
    for (size_t r = 0; r < k; i++)
      if (rows[i].ev_new)
        bind_event(q, (int)r++ * multi_sql[M_EVENT].ncols, &recs[i].ev,
                   &rows[i]);
    if ((st = step_done(s, q, "writing an event", err)))
      goto fail;
    done += k;
  }
  q = s->q[Q_EVENT_INC];
  for (size_t i = 0; i < n; i++) {
    const evrow *w = &rows[i];
    if (!w->counted || w->ev_new)
      continue;
    sqlite3_bind_int(q, 1, w->day);
    sqlite3_bind_int64(q, 2, w->src);
    sqlite3_bind_int64(q, 3, w->tgt);
    bind_text(q, 4, recs[i].ev.code);
    sqlite3_bind_int(q, 5, (int)recs[i].ev.mood);
    if ((st = step_done(s, q, "writing an event", err)))
      goto fail;
    if (sqlite3_changes(s->db) != 1) { /* cannot happen: the cache is exact */
      st = db_fail(s, SQLITE_CORRUPT, "updating an event", err);
      goto fail;
    }
  }
  for (size_t i = 0; i < n;) {
    size_t k = min_size(n - i, multi_max(M_MENTION));
    if ((st = multi_get(s, M_MENTION, k, &q, err)))
      goto fail;
    for (size_t r = 0; r < k; r++, i++)
      if (bind_mention(s, q, (int)r * multi_sql[M_MENTION].ncols,
                       nr.m_first + (int64_t)i, docid, di, &recs[i],
                       &rows[i])) {
        sqlite3_reset(q);
        st = sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
        goto fail;
      }
    if ((st = step_done(s, q, "writing a mention", err)))
      goto fail;
  }
  s->next_mention += (int64_t)n;
  /* Aggregate deltas may be written at any point of the transaction (they
  ** add up); writing them before the maps grow large keeps the maps in
  ** cache and spares the page faults of growing them. */
  if ((s->dyad.len >= AGG_FLUSH_AT || s->cweek.len >= AGG_FLUSH_AT) &&
      (st = flush_aggs(s, err)))
    goto fail;
  if (outcome)
    *outcome = exists ? SIMA_INGEST_REPLACED : SIMA_INGEST_NEW;
  s->batch_docs++;
  s->batch_events += n;
  if (s->batch_docs >= s->opts.batch_docs ||
      s->batch_events >= s->opts.batch_events)
    return sima_store_commit(s, err);
  return SIMA_OK;
fail:
  rollback(s);
  return st;
}

sima_status sima_store_ingest_events(sima_store *s, const sima_event_rec *recs,
                                     size_t n, uint64_t hash,
                                     sima_ingest_outcome *outcome,
                                     sima_error *err) {
  if (!s || !recs || !n)
    return sima_error_set(err, SIMA_ERR_USAGE, "no events");
  for (size_t i = 1; i < n; i++)
    if (strcmp(recs[i].doc, recs[0].doc) != 0)
      return sima_error_set(err, SIMA_ERR_USAGE,
                            "events of several documents in one call");
  docinfo di = {recs[0].doc, recs[0].doc_date, NULL, recs[0].source_url,
                recs[0].title};
  sima_arena_reset(s->scratch);
  return ingest_group(s, &di, recs, n, hash, outcome, err);
}

sima_status sima_store_ingest_doc(sima_store *s, const sima_doc *doc,
                                  sima_ingest_outcome *outcome,
                                  sima_error *err) {
  if (!s || !doc || !doc->id)
    return sima_error_set(err, SIMA_ERR_USAGE, "no document (or no id)");
  sima_arena_reset(s->scratch);
  uint64_t h = sima_hash64(0, doc->date ? doc->date : "",
                           doc->date ? strlen(doc->date) : 0);
  h = sima_hash64(h, "\n", 1);
  h = sima_hash64(h, doc->text, doc->len);
  sima_event_rec *recs = NULL;
  if (doc->nevents) {
    recs = sima_arena_alloc(s->scratch, doc->nevents * sizeof *recs);
    if (!recs)
      return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  }
  char *title = NULL;
  if (doc->title_len)
    title = sima_arena_strndup(s->scratch, doc->text, doc->title_len);
  for (uint32_t i = 0; i < doc->nevents; i++) {
    size_t a = 0, b = 0;
    recs[i].doc = doc->id;
    recs[i].ev = doc->events[i];
    if (doc->events[i].sentence < doc->nsents)
      sima_sentence_span(doc, doc->events[i].sentence, &a, &b);
    recs[i].text = sima_arena_strndup(s->scratch, doc->text + a, b - a);
    if (!recs[i].text)
      return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  }
  docinfo di = {doc->id, doc->date, doc->source, doc->url, title};
  return ingest_group(s, &di, recs, doc->nevents, h, outcome, err);
}

/* ---- reading: actor patterns ---- */

static int is_glob(const char *p) {
  return strpbrk(p, "*?[") != NULL;
}

static int pat_match(const char *pat, const char *code, const char *country) {
  if (is_glob(pat))
    return fnmatch(pat, code, 0) == 0;
  return !strcmp(pat, code) || (*country && !strcmp(pat, country));
}

/* Appends an SQL condition for actor alias `col` (a column holding an actor
** id) matching `pat`; the pattern goes in as parameter ?N. */
static void pat_sql(char *buf, size_t cap, const char *alias, int pnum,
                    const char *pat) {
  size_t len = strlen(buf);
  if (is_glob(pat))
    snprintf(buf + len, cap - len, " AND %s.code GLOB ?%d", alias, pnum);
  else
    snprintf(buf + len, cap - len, " AND (%s.code = ?%d OR %s.country = ?%d)",
             alias, pnum, alias, pnum);
}

typedef struct idset {
  int64_t *v;
  size_t n, cap;
} idset;

static int idset_add(idset *s, int64_t id) {
  for (size_t i = 0; i < s->n; i++)
    if (s->v[i] == id)
      return 0;
  if (s->n == s->cap) {
    size_t nc = s->cap ? 2 * s->cap : 16;
    int64_t *nv = realloc(s->v, nc * sizeof *nv);
    if (!nv)
      return -1;
    s->v = nv;
    s->cap = nc;
  }
  s->v[s->n++] = id;
  return 0;
}

/* Actor ids (want_ckey: their country keys) matching a pattern. */
static sima_status match_actors(sima_store *s, const char *pat, int want_ckey,
                                idset *out, sima_error *err) {
  sqlite3_stmt *q;
  int rc = sqlite3_prepare_v2(
      s->db, "SELECT id, code, country, ckey FROM actors", -1, &q, NULL);
  if (rc != SQLITE_OK)
    return db_fail(s, rc, "reading actors", err);
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    const char *code = (const char *)sqlite3_column_text(q, 1);
    const char *country = (const char *)sqlite3_column_text(q, 2);
    if (pat_match(pat, code ? code : "", country ? country : "") &&
        idset_add(out, sqlite3_column_int64(q, want_ckey ? 3 : 0))) {
      sqlite3_finalize(q);
      return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
    }
  }
  sqlite3_finalize(q);
  if (rc != SQLITE_DONE)
    return db_fail(s, rc, "reading actors", err);
  return SIMA_OK;
}

static char *idlist_sql(const idset *s) {
  size_t cap = s->n * 21 + 3, len = 0;
  char *b = malloc(cap);
  if (!b)
    return NULL;
  b[len++] = '(';
  for (size_t i = 0; i < s->n; i++)
    len += (size_t)snprintf(b + len, cap - len, "%s%lld", i ? "," : "",
                            (long long)s->v[i]);
  b[len++] = ')';
  b[len] = 0;
  return b;
}

/* ---- query ---- */

void sima_query_init(sima_query *q) {
  memset(q, 0, sizeof *q);
  q->mood = -1;
  q->negated = -1;
}

#define MENTION_COLS                                                           \
  "d.name, s.idx, s.text, m.date, a.code, a.country, a.sector, b.code,"        \
  " b.country, b.sector, m.code, m.quad, m.goldstein, m.mood, m.negated,"      \
  " m.detail, d.date, d.url, d.title, e.n"
#define MENTION_FROM                                                           \
  " FROM mentions m JOIN documents d ON d.id = m.doc"                          \
  " JOIN sentences s ON s.id = m.sent JOIN actors a ON a.id = m.src"           \
  " LEFT JOIN actors b ON b.id = m.tgt LEFT JOIN events e ON e.day = m.day"    \
  " AND e.src = m.src AND e.tgt = m.tgt AND e.code = m.code AND m.counted"

static const char *col_str(sima_arena *a, sqlite3_stmt *q, int i) {
  const unsigned char *t = sqlite3_column_text(q, i);
  if (!t)
    return NULL;
  return sima_arena_strndup(a, (const char *)t,
                            (size_t)sqlite3_column_bytes(q, i));
}

static uint32_t col_u32(sqlite3_stmt *q, int i) {
  int64_t v = sqlite3_column_int64(q, i);
  return v < 0 ? 0 : v > UINT32_MAX ? UINT32_MAX : (uint32_t)v;
}

/* Value i of a mention's detail array as a string (arena copy), or NULL. */
static const char *det_str(sima_arena *a, json_t *d, size_t i) {
  json_t *v = json_array_get(d, i);
  if (!json_is_string(v))
    return NULL;
  return sima_arena_strndup(a, json_string_value(v), json_string_length(v));
}

/* Value i of a mention's detail array as a number, clamped; 0 if absent. */
static uint32_t det_u32(json_t *d, size_t i) {
  json_t *v = json_array_get(d, i);
  json_int_t x = json_is_integer(v) ? json_integer_value(v) : 0;
  return x < 0 ? 0 : x > (json_int_t)UINT32_MAX ? UINT32_MAX : (uint32_t)x;
}

/* Fills a rec from a row of MENTION_COLS; strings go to arena `a`. */
static void row_to_rec(sima_arena *a, sqlite3_stmt *q, sima_event_rec *r) {
  sima_event *ev = &r->ev;
  memset(r, 0, sizeof *r);
  r->doc = col_str(a, q, 0);
  ev->sentence = col_u32(q, 1);
  r->text = col_str(a, q, 2);
  ev->date = col_str(a, q, 3);
  ev->source.code = col_str(a, q, 4);
  ev->source.country = col_str(a, q, 5);
  ev->source.sector = col_str(a, q, 6);
  ev->target.code = col_str(a, q, 7);
  ev->target.country = col_str(a, q, 8);
  ev->target.sector = col_str(a, q, 9);
  const char *code = col_str(a, q, 10);
  if (code)
    snprintf(ev->code, sizeof ev->code, "%s", code);
  ev->root = (ev->code[0] - '0') * 10 + (ev->code[1] - '0');
  ev->quad_class = sqlite3_column_int(q, 11);
  ev->goldstein = sqlite3_column_double(q, 12);
  ev->mood = (sima_mood)sqlite3_column_int(q, 13);
  ev->negated = sqlite3_column_int(q, 14);
  const unsigned char *dt = sqlite3_column_text(q, 15);
  json_t *d = dt ? json_loads((const char *)dt, 0, NULL) : NULL;
  ev->source.text = det_str(a, d, D_SRC_TEXT);
  ev->source.start = det_u32(d, D_SRC_START);
  ev->source.end = det_u32(d, D_SRC_END);
  ev->target.text = det_str(a, d, D_TGT_TEXT);
  ev->target.start = det_u32(d, D_TGT_START);
  ev->target.end = det_u32(d, D_TGT_END);
  ev->plover = det_str(a, d, D_PLOVER);
  ev->has_attribution = det_u32(d, D_ATTR) != 0;
  ev->attribution.text = det_str(a, d, D_ATTR_TEXT);
  ev->attribution.code = det_str(a, d, D_ATTR_CODE);
  ev->attribution.start = det_u32(d, D_ATTR_START);
  ev->attribution.end = det_u32(d, D_ATTR_END);
  ev->verb_text = det_str(a, d, D_VERB_TEXT);
  ev->verb_lemma = det_str(a, d, D_VERB_LEMMA);
  ev->verb_start = det_u32(d, D_VERB_START);
  ev->verb_end = det_u32(d, D_VERB_END);
  ev->rule = det_str(a, d, D_RULE);
  ev->location = det_str(a, d, D_LOCATION);
  ev->loc_start = det_u32(d, D_LOC_START);
  ev->loc_end = det_u32(d, D_LOC_END);
  ev->loc_country = det_str(a, d, D_LOC_COUNTRY);
  ev->mood_cue.text = det_str(a, d, D_MOOD_TEXT);
  ev->mood_cue.rule = det_str(a, d, D_MOOD_RULE);
  ev->mood_cue.start = det_u32(d, D_MOOD_START);
  ev->mood_cue.end = det_u32(d, D_MOOD_END);
  ev->neg_cue.text = det_str(a, d, D_NEG_TEXT);
  ev->neg_cue.rule = det_str(a, d, D_NEG_RULE);
  ev->neg_cue.start = det_u32(d, D_NEG_START);
  ev->neg_cue.end = det_u32(d, D_NEG_END);
  ev->attr_rule = det_str(a, d, D_ATTR_RULE);
  ev->loc_rule = det_str(a, d, D_LOC_RULE);
  ev->loc_kind = det_str(a, d, D_LOC_KIND);
  const char *dup = det_str(a, d, D_DUP);
  unsigned ds, de;
  if (dup && sscanf(dup, "%u.%u", &ds, &de) == 2) {
    ev->duplicate = 1;
    ev->dup_sentence = ds;
    ev->dup_event = de;
  }
  json_t *arr = json_array_get(d, D_QUANTITIES);
  size_t nq = json_is_array(arr) ? json_array_size(arr) : 0;
  ev->quantities = nq ? sima_arena_alloc(a, nq * sizeof *ev->quantities) : NULL;
  for (size_t i = 0; i < nq && ev->quantities; i++) {
    json_t *o = json_array_get(arr, i);
    sima_quantity *qq = &ev->quantities[i];
    json_t *v;
    memset(qq, 0, sizeof *qq);
    if ((v = json_object_get(o, "text")) && json_is_string(v))
      qq->text =
          sima_arena_strndup(a, json_string_value(v), json_string_length(v));
    if ((v = json_object_get(o, "unit")) && json_is_string(v))
      qq->unit =
          sima_arena_strndup(a, json_string_value(v), json_string_length(v));
    if ((v = json_object_get(o, "value")) && json_is_number(v))
      qq->value = json_number_value(v);
    v = json_object_get(o, "span");
    qq->start = (uint32_t)json_integer_value(json_array_get(v, 0));
    qq->end = (uint32_t)json_integer_value(json_array_get(v, 1));
    ev->nquantities = (uint32_t)(i + 1);
  }
  json_decref(d);
  r->doc_date = col_str(a, q, 16);
  r->source_url = col_str(a, q, 17);
  r->title = col_str(a, q, 18);
  r->nmentions = col_u32(q, 19);
}

sima_status sima_store_query(sima_store *s, const sima_query *qo,
                             sima_event_fn fn, void *ud, sima_error *err) {
  char sql[4096];
  sima_query q;
  if (qo)
    q = *qo;
  else
    sima_query_init(&q);
  int32_t dfrom = 0, dto = 0;
  if (q.from && !sima_day_parse(q.from, strlen(q.from), &dfrom))
    return sima_error_set(err, SIMA_ERR_USAGE, "--from: not a date: %s",
                          q.from);
  if (q.to && !sima_day_parse(q.to, strlen(q.to), &dto))
    return sima_error_set(err, SIMA_ERR_USAGE, "--to: not a date: %s", q.to);
  snprintf(sql, sizeof sql, "SELECT " MENTION_COLS MENTION_FROM " WHERE 1");
  size_t len;
  /* Parameters are numbered by role so that the binding is fixed. */
  if (q.actor && strcmp(q.actor, "*")) {
    len = strlen(sql);
    if (is_glob(q.actor))
      snprintf(sql + len, sizeof sql - len,
               " AND (a.code GLOB ?1 OR b.code GLOB ?1)");
    else
      snprintf(sql + len, sizeof sql - len,
               " AND (a.code = ?1 OR a.country = ?1 OR b.code = ?1 OR "
               "b.country = ?1)");
  }
  if (q.source && strcmp(q.source, "*"))
    pat_sql(sql, sizeof sql, "a", 2, q.source);
  if (q.target && strcmp(q.target, "*"))
    pat_sql(sql, sizeof sql, "b", 3, q.target);
  len = strlen(sql);
  if (q.code)
    snprintf(sql + len, sizeof sql - len, " AND m.code %s ?4",
             is_glob(q.code) ? "GLOB" : "=");
  len = strlen(sql);
  if (q.root)
    snprintf(sql + len, sizeof sql - len, " AND substr(m.code, 1, 2) = ?5");
  len = strlen(sql);
  if (q.quad)
    snprintf(sql + len, sizeof sql - len, " AND m.quad = ?6");
  len = strlen(sql);
  if (q.mood >= 0)
    snprintf(sql + len, sizeof sql - len, " AND m.mood = ?7");
  len = strlen(sql);
  if (q.negated >= 0)
    snprintf(sql + len, sizeof sql - len, " AND m.negated = ?8");
  len = strlen(sql);
  if (q.from)
    snprintf(sql + len, sizeof sql - len, " AND m.day >= ?9");
  len = strlen(sql);
  if (q.to)
    snprintf(sql + len, sizeof sql - len, " AND m.day <= ?10");
  len = strlen(sql);
  if (q.text)
    snprintf(sql + len, sizeof sql - len,
             " AND m.sent IN (SELECT rowid FROM sentences_fts WHERE "
             "sentences_fts MATCH ?11)");
  len = strlen(sql);
  /* by day (the mentions_day index serves date ranges), undated last */
  snprintf(sql + len, sizeof sql - len, " ORDER BY m.day IS NULL, m.day, m.id");
  len = strlen(sql);
  if (q.limit)
    snprintf(sql + len, sizeof sql - len, " LIMIT %zu", q.limit);

  sqlite3_stmt *st;
  int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
  if (rc != SQLITE_OK)
    return db_fail(s, rc, "preparing the query", err);
  char root[4];
  snprintf(root, sizeof root, "%02u", (unsigned)q.root % 100u);
  bind_text(st, 1, q.actor);
  bind_text(st, 2, q.source);
  bind_text(st, 3, q.target);
  bind_text(st, 4, q.code);
  bind_text(st, 5, root);
  sqlite3_bind_int(st, 6, q.quad);
  sqlite3_bind_int(st, 7, q.mood);
  sqlite3_bind_int(st, 8, q.negated);
  sqlite3_bind_int(st, 9, dfrom);
  sqlite3_bind_int(st, 10, dto);
  bind_text(st, 11, q.text);
  sima_arena *a = sima_arena_new(NULL);
  sima_status res = SIMA_OK;
  if (!a) {
    sqlite3_finalize(st);
    return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  }
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    sima_event_rec r;
    sima_arena_reset(a);
    row_to_rec(a, st, &r);
    if (sima_arena_failed(a)) {
      res = sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
      break;
    }
    if (fn && fn(ud, &r))
      break;
  }
  if (!res && rc != SQLITE_ROW && rc != SQLITE_DONE) {
    if (q.text && rc == SQLITE_ERROR)
      res = sima_error_set(err, SIMA_ERR_USAGE, "full-text query \"%s\": %s",
                           q.text, sqlite3_errmsg(s->db));
    else
      res = db_fail(s, rc, "running the query", err);
  }
  sqlite3_finalize(st);
  sima_arena_free(a);
  return res;
}

/* ---- trend ---- */

static int in_set(const idset *s, int64_t v);

typedef struct dayvec {
  agg_day *v;
  size_t n, cap;
} dayvec;

/* An actor pattern resolved both ways: the actor ids it matches and their
** country keys; `exact` when the keys cover no other actor, so that the
** pre-aggregated cday table answers for the pattern. */
typedef struct side {
  idset ids, ckeys;
  int exact;
} side;

static sima_status resolve(sima_store *s, const char *pat, side *out,
                           sima_error *err) {
  sqlite3_stmt *q;
  int rc = sqlite3_prepare_v2(
      s->db, "SELECT id, code, country, ckey FROM actors", -1, &q, NULL);
  if (rc != SQLITE_OK)
    return db_fail(s, rc, "reading actors", err);
  idset other = {0}; /* ckeys of actors not matched */
  int oom = 0;
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    const char *code = (const char *)sqlite3_column_text(q, 1);
    const char *country = (const char *)sqlite3_column_text(q, 2);
    int64_t ck = sqlite3_column_int64(q, 3);
    if (pat_match(pat, code ? code : "", country ? country : ""))
      oom |= idset_add(&out->ids, sqlite3_column_int64(q, 0)) ||
             idset_add(&out->ckeys, ck);
    else
      oom |= idset_add(&other, ck);
  }
  sqlite3_finalize(q);
  out->exact = 1;
  for (size_t i = 0; i < other.n && out->exact; i++)
    if (in_set(&out->ckeys, other.v[i]))
      out->exact = 0;
  free(other.v);
  if (oom)
    return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  if (rc != SQLITE_DONE)
    return db_fail(s, rc, "reading actors", err);
  return SIMA_OK;
}

/* The SQL condition on a mention (alias m) that `count` counts, for the
** modes that scan mentions: a counted mention (a date, a source, not
** negated, not a repeat of its document's act), or any such mention,
** repeats included. */
static const char *mention_cond(sima_count_mode count) {
  return count == SIMA_COUNT_ALL
             ? "m.day IS NOT NULL AND NOT m.negated AND m.src != 0"
             : "m.counted";
}

static sima_status read_days(sima_store *s, const side *a, const side *b,
                             int moodsel, sima_count_mode count, int32_t from,
                             int32_t to, dayvec *out, sima_error *err) {
  /* cday answers for whole country keys, all moods or asserted only */
  int asserted = moodsel == 1 + SIMA_MOOD_ASSERTED;
  int bymention = count != SIMA_COUNT_ONE_A_DAY;
  int agg = !bymention && a->exact && b->exact && (moodsel == 0 || asserted);
  char *la = idlist_sql(agg ? &a->ckeys : &a->ids);
  char *lb = idlist_sql(agg ? &b->ckeys : &b->ids);
  char ncol[8], mood[24] = "";
  if (moodsel)
    snprintf(ncol, sizeof ncol, "n%d", (moodsel - 1) % 10);
  else
    snprintf(ncol, sizeof ncol, "n");
  if (moodsel)
    snprintf(mood, sizeof mood, " AND m.mood = %d", moodsel - 1);
  const char *p = asserted ? "a" : "";
  char *sql =
      !la || !lb ? NULL
      : bymention
          ? sqlite3_mprintf(
                "SELECT m.day, count(*), sum(m.quad = 1), sum(m.quad = 2),"
                " sum(m.quad = 3), sum(m.quad = 4), sum(m.goldstein) FROM"
                " mentions m WHERE m.src IN %s AND m.tgt IN %s AND m.day"
                " BETWEEN %d AND %d AND %s%s GROUP BY m.day ORDER BY m.day",
                la, lb, from, to, mention_cond(count), mood)
      : agg      ? sqlite3_mprintf(
                       "SELECT day, sum(%sn), sum(%sq1), sum(%sq2), sum(%sq3),"
                            " sum(%sq4), sum(%sgsum) / 100.0 FROM cday WHERE csrc IN %s"
                            " AND ctgt IN %s AND day BETWEEN %d AND %d AND %sn > 0"
                            " GROUP BY day ORDER BY day",
                       p, p, p, p, p, p, la, lb, from, to, p)
            : sqlite3_mprintf(
                  "SELECT day, count(*), sum(quad = 1), sum(quad = 2),"
                  " sum(quad = 3), sum(quad = 4), sum(goldstein) FROM events"
                  " WHERE src IN %s AND tgt IN %s AND %s > 0 AND day BETWEEN"
                  " %d AND %d GROUP BY day ORDER BY day",
                  la, lb, ncol, from, to);
  free(la);
  free(lb);
  if (!sql)
    return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  sqlite3_stmt *q;
  int rc = sqlite3_prepare_v2(s->db, sql, -1, &q, NULL);
  sqlite3_free(sql);
  if (rc != SQLITE_OK)
    return db_fail(s, rc, "reading trends", err);
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    if (out->n == out->cap) {
      size_t nc = out->cap ? 2 * out->cap : 256;
      agg_day *nv = realloc(out->v, nc * sizeof *nv);
      if (!nv) {
        sqlite3_finalize(q);
        return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
      }
      out->v = nv;
      out->cap = nc;
    }
    agg_day *d = &out->v[out->n++];
    d->day = sqlite3_column_int(q, 0);
    for (int k = 0; k < 5; k++)
      d->n[k] = col_u32(q, k + 1);
    d->gsum = sqlite3_column_double(q, 6);
  }
  sqlite3_finalize(q);
  if (rc != SQLITE_DONE)
    return db_fail(s, rc, "reading trends", err);
  return SIMA_OK;
}

sima_status sima_store_trend(sima_store *s, const sima_trend_opts *o,
                             sima_series *fwd, sima_series *back,
                             sima_error *err) {
  memset(fwd, 0, sizeof *fwd);
  memset(back, 0, sizeof *back);
  /* the pending batch's aggregates are still in memory: write them */
  if (s->in_txn && flush_aggs(s, err) != SIMA_OK) {
    rollback(s);
    return err ? err->status : SIMA_ERR_DB;
  }
  if (!o || !o->src || !o->tgt)
    return sima_error_set(err, SIMA_ERR_USAGE, "trend needs two actors");
  int32_t from = INT32_MIN, to = INT32_MAX;
  if (o->from && !sima_day_parse(o->from, strlen(o->from), &from))
    return sima_error_set(err, SIMA_ERR_USAGE, "--from: not a date: %s",
                          o->from);
  if (o->to && !sima_day_parse(o->to, strlen(o->to), &to))
    return sima_error_set(err, SIMA_ERR_USAGE, "--to: not a date: %s", o->to);
  side a, b;
  dayvec df = {0}, db = {0};
  sima_status st;
  memset(&a, 0, sizeof a);
  memset(&b, 0, sizeof b);
  if ((st = resolve(s, o->src, &a, err)) || (st = resolve(s, o->tgt, &b, err)))
    goto out;
  if (!a.ids.n || !b.ids.n) {
    st = sima_error_set(err, SIMA_ERR_NOTFOUND, "no actor in %s matches %s",
                        s->path, !a.ids.n ? o->src : o->tgt);
    goto out;
  }
  int ms = o->mood >= 0 && o->mood < SIMA_NMOOD ? o->mood + 1 : 0;
  if ((st = read_days(s, &a, &b, ms, o->count, from, to, &df, err)) ||
      (st = read_days(s, &b, &a, ms, o->count, from, to, &db, err)))
    goto out;
  st = agg_build(df.v, df.n, db.v, db.n, from, to, o->by, fwd, back);
  if (st == SIMA_ERR_NOMEM)
    sima_error_set(err, st, "out of memory");
  else if (st)
    sima_error_set(err, st, "date range too long");
out:
  free(a.ids.v);
  free(a.ckeys.v);
  free(b.ids.v);
  free(b.ckeys.v);
  free(df.v);
  free(db.v);
  return st;
}

/* ---- alerts ---- */

typedef struct wrow {
  int64_t cs, ct;
  int32_t week;
  uint32_t n;
  double g;
} wrow;

static int wrow_cmp(const void *x, const void *y) {
  const wrow *a = x, *b = y;
  if (a->cs != b->cs)
    return a->cs < b->cs ? -1 : 1;
  if (a->ct != b->ct)
    return a->ct < b->ct ? -1 : 1;
  return (a->week > b->week) - (a->week < b->week);
}

static int alert_cmp(const void *x, const void *y) {
  const sima_alert *a = x, *b = y;
  double za = a->z < 0 ? -a->z : a->z, zb = b->z < 0 ? -b->z : b->z;
  if (za != zb)
    return za > zb ? -1 : 1;
  return (a->week < b->week) - (a->week > b->week);
}

static const char *ckey_name(sima_store *s, sima_arena *a, int64_t id) {
  sqlite3_stmt *q;
  const char *r = "?";
  if (sqlite3_prepare_v2(s->db, "SELECT key FROM ckeys WHERE id = ?1", -1, &q,
                         NULL) != SQLITE_OK)
    return r;
  sqlite3_bind_int64(q, 1, id);
  if (sqlite3_step(q) == SQLITE_ROW)
    r = col_str(a, q, 0);
  sqlite3_finalize(q);
  return r ? r : "?";
}

/* The events of the alert week that move the sum the way the alert says,
** most extreme first, each with its earliest mention. */
static sima_status evidence(sima_store *s, sima_alert *al, int64_t cs,
                            int64_t ct, int moodsel, unsigned k, sima_arena *a,
                            sima_error *err) {
  char ncol[8];
  if (moodsel)
    snprintf(ncol, sizeof ncol, "n%d", (moodsel - 1) % 10);
  else
    snprintf(ncol, sizeof ncol, "n");
  char *sql = sqlite3_mprintf(
      "SELECT e.day, e.src, e.tgt, e.code FROM events e"
      " JOIN actors x ON x.id = e.src JOIN actors y ON y.id = e.tgt"
      " WHERE e.day BETWEEN ?3 AND ?4 AND x.ckey = ?1 AND y.ckey = ?2"
      " AND e.%s > 0 ORDER BY e.goldstein * ?5, e.n DESC, e.src, e.tgt,"
      " e.code LIMIT ?6",
      ncol);
  sqlite3_stmt *q, *m = NULL;
  int rc = sqlite3_prepare_v2(s->db, sql, -1, &q, NULL);
  sqlite3_free(sql);
  if (rc != SQLITE_OK)
    return db_fail(s, rc, "reading evidence", err);
  rc = sqlite3_prepare_v2(s->db,
                          "SELECT " MENTION_COLS MENTION_FROM
                          " WHERE m.day = ?1 AND m.src = ?2 AND m.tgt = ?3"
                          " AND m.code = ?4 AND m.counted ORDER BY m.id"
                          " LIMIT 1",
                          -1, &m, NULL);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(q);
    return db_fail(s, rc, "reading evidence", err);
  }
  sqlite3_bind_int64(q, 1, cs);
  sqlite3_bind_int64(q, 2, ct);
  sqlite3_bind_int(q, 3, al->week);
  sqlite3_bind_int(q, 4, al->week + 6);
  sqlite3_bind_int(q, 5, al->z < 0 ? 1 : -1);
  sqlite3_bind_int(q, 6, (int)k);
  al->evidence = sima_arena_alloc(a, k * sizeof *al->evidence);
  while (al->evidence && (rc = sqlite3_step(q)) == SQLITE_ROW) {
    for (int c = 0; c < 4; c++)
      sqlite3_bind_value(m, c + 1, sqlite3_column_value(q, c));
    if (sqlite3_step(m) == SQLITE_ROW)
      row_to_rec(a, m, &al->evidence[al->nevidence++]);
    sqlite3_reset(m);
  }
  sqlite3_finalize(q);
  sqlite3_finalize(m);
  if (!al->evidence || sima_arena_failed(a))
    return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return db_fail(s, rc, "reading evidence", err);
  return SIMA_OK;
}

static int in_set(const idset *s, int64_t v) {
  for (size_t i = 0; i < s->n; i++)
    if (s->v[i] == v)
      return 1;
  return 0;
}

void sima_alert_list_free(sima_alert_list *l) {
  if (!l)
    return;
  free(l->a);
  sima_arena_free(l->arena);
  memset(l, 0, sizeof *l);
}

sima_status sima_store_alerts(sima_store *s, const sima_alert_opts *in,
                              sima_alert_list *out, sima_error *err) {
  sima_alert_opts o;
  agg_alert_defaults(in, &o);
  memset(out, 0, sizeof *out);
  if (s->in_txn && flush_aggs(s, err) != SIMA_OK) {
    rollback(s);
    return err ? err->status : SIMA_ERR_DB;
  }
  int ms = o.mood >= 0 && o.mood < SIMA_NMOOD ? o.mood + 1 : 0;
  int64_t last = 0;
  sqlite3_stmt *q;
  idset fs = {0}, ft = {0};
  wrow *rows = NULL;
  size_t nrows = 0, caprows = 0, nal = 0, capal = 0;
  double *x = NULL, *z = NULL, *mean = NULL, *sd = NULL;
  uint32_t *cnt = NULL;
  int *flag = NULL;
  sima_status st = SIMA_OK;
  int rc;

  if (ms != 0 && ms != 1 + SIMA_MOOD_ASSERTED)
    return sima_error_set(err, SIMA_ERR_USAGE,
                          "alerts: --mood can only be asserted (or absent)");
  int asserted = ms != 0;
  int64_t lastday = 0;
  if ((rc = get_int_pragma(s, "SELECT max(week) FROM cweek", &last)) ||
      (rc = get_int_pragma(s, "SELECT max(day) FROM events", &lastday)))
    return db_fail(s, rc, "reading cweek", err);
  /* The week in progress (the data stop before its Sunday) has a partial
  ** sum that would look like a sudden calm: leave it out. */
  if (last > 0 && lastday < last + 6)
    last -= 7;
  if (!(out->arena = sima_arena_new(NULL)))
    return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  int32_t since;
  if (o.since) {
    if (!sima_day_parse(o.since, strlen(o.since), &since)) {
      st = sima_error_set(err, SIMA_ERR_USAGE, "--since: not a date: %s",
                          o.since);
      goto out;
    }
    since = week_of(since);
  } else {
    since = (int32_t)last - 21; /* the last four weeks */
  }
  if ((o.src && (st = match_actors(s, o.src, 1, &fs, err))) ||
      (o.tgt && (st = match_actors(s, o.tgt, 1, &ft, err))))
    goto out;
  int32_t start = since - 7 * (int32_t)o.baseline;
  char *msql = NULL;
  if (o.count != SIMA_COUNT_ONE_A_DAY &&
      !(msql = sqlite3_mprintf(
            "SELECT x.ckey, y.ckey, m.day - ((((m.day + 3) %% 7) + 7) %% 7), count(*),"
            " sum(CAST(round(m.goldstein * 100) AS INTEGER)) FROM mentions m"
            " JOIN actors x ON x.id = m.src JOIN actors y ON y.id = m.tgt"
            " WHERE ?1 = ?1 AND m.day BETWEEN ?2 AND ?3 + 6 AND %s%s"
            " GROUP BY 1, 2, 3",
            mention_cond(o.count), asserted ? " AND m.mood = 0" : ""))) {
    st = sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
    goto out;
  }
  rc = sqlite3_prepare_v2(
      s->db,
      msql       ? msql
      : asserted ? "SELECT csrc, ctgt, week, an, agsum FROM cweek WHERE "
                   "?1 = ?1 AND week BETWEEN ?2 AND ?3 AND an != 0"
                 : "SELECT csrc, ctgt, week, n, gsum FROM cweek WHERE "
                   "?1 = ?1 AND week BETWEEN ?2 AND ?3 AND n != 0",
      -1, &q, NULL);
  sqlite3_free(msql);
  if (rc != SQLITE_OK) {
    st = db_fail(s, rc, "reading cweek", err);
    goto out;
  }
  sqlite3_bind_int(q, 1, ms);
  sqlite3_bind_int(q, 2, start);
  sqlite3_bind_int64(q, 3, last);
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    wrow r = {sqlite3_column_int64(q, 0), sqlite3_column_int64(q, 1),
              sqlite3_column_int(q, 2), col_u32(q, 3),
              (double)sqlite3_column_int64(q, 4) / 100.0};
    if ((o.src && !in_set(&fs, r.cs)) || (o.tgt && !in_set(&ft, r.ct)))
      continue;
    if (!r.ct)
      continue; /* single-actor events have no dyad */
    if (nrows == caprows) {
      size_t nc = caprows ? 2 * caprows : 4096;
      wrow *nr = realloc(rows, nc * sizeof *nr);
      if (!nr) {
        st = sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
        break;
      }
      rows = nr;
      caprows = nc;
    }
    rows[nrows++] = r;
  }
  sqlite3_finalize(q);
  if (!st && rc != SQLITE_DONE)
    st = db_fail(s, rc, "reading cweek", err);
  if (st)
    goto out;
  if (nrows) /* (rows is NULL when no week had events) */
    qsort(rows, nrows, sizeof *rows, wrow_cmp);
  size_t nw = last >= start ? (size_t)((last - start) / 7 + 1) : 0;
  size_t first = (size_t)(since - start) / 7;
  x = calloc(nw + 1, sizeof *x);
  z = calloc(nw + 1, sizeof *z);
  mean = calloc(nw + 1, sizeof *mean);
  sd = calloc(nw + 1, sizeof *sd);
  cnt = calloc(nw + 1, sizeof *cnt);
  flag = calloc(nw + 1, sizeof *flag);
  if (!x || !z || !mean || !sd || !cnt || !flag) {
    st = sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
    goto out;
  }
  for (size_t i = 0; i < nrows;) {
    size_t j = i;
    memset(x, 0, nw * sizeof *x);
    memset(cnt, 0, nw * sizeof *cnt);
    for (; j < nrows && rows[j].cs == rows[i].cs && rows[j].ct == rows[i].ct;
         j++) {
      size_t w = (size_t)(rows[j].week - start) / 7;
      x[w] += rows[j].g;
      cnt[w] += rows[j].n;
    }
    if (agg_zscore(x, cnt, nw, first, &o, z, mean, sd, flag)) {
      for (size_t w = first; w < nw; w++) {
        if (!flag[w])
          continue;
        if (nal == capal) {
          size_t nc = capal ? 2 * capal : 16;
          sima_alert *na = realloc(out->a, nc * sizeof *na);
          if (!na) {
            st = sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
            goto out;
          }
          out->a = na;
          capal = nc;
        }
        sima_alert *al = &out->a[nal++];
        memset(al, 0, sizeof *al);
        al->src = (const char *)(intptr_t)rows[i].cs; /* names set below */
        al->tgt = (const char *)(intptr_t)rows[i].ct;
        al->week = start + 7 * (int32_t)w;
        al->count = cnt[w];
        al->value = x[w];
        al->mean = mean[w];
        al->sd = sd[w];
        al->z = z[w];
      }
    }
    i = j;
  }
  out->n = nal;
  if (nal)
    qsort(out->a, nal, sizeof *out->a, alert_cmp);
  for (size_t i = 0; i < nal && !st; i++) {
    sima_alert *al = &out->a[i];
    int64_t cs = (int64_t)(intptr_t)al->src, ct = (int64_t)(intptr_t)al->tgt;
    al->src = ckey_name(s, out->arena, cs);
    al->tgt = ckey_name(s, out->arena, ct);
    st = evidence(s, al, cs, ct, ms, o.nevidence, out->arena, err);
  }
out:
  free(fs.v);
  free(ft.v);
  free(rows);
  free(x);
  free(z);
  free(mean);
  free(sd);
  free(cnt);
  free(flag);
  if (st)
    sima_alert_list_free(out);
  return st;
}
