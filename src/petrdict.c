/*
** petrdict.c — readers of the PETRARCH/TABARI dictionary formats, which
** translate the legacy files into sima's own structures (docs/compat.md):
**
**   actors   NAME [CODE] / +SYNONYM / [CODE <date] [CODE date-date] ...
**            -> dict_add_actor (src/dict.h), dates turned into half-open
**               non-overlapping periods (first listed restriction wins)
**   agents   NAME {PLURAL} [~SEC] / [SEC~] / !SUBST! = A, B ...
**            -> dict_add_agent
**   verbs    PETRARCH2 (CAMEO.2.0.txt) and PETRARCH1/TABARI pattern files
**            -> text in sima's verb-pattern format (docs/verbs.md), fed
**               to sima_verbs_load_mem: a translator, not a second matcher
**   discards, issues: read and checked here.
**
** Legacy words are upper case and inflected; sima matches lemmas, so verb
** and noun words are lower-cased and nouns singularised (dict_singular).
*/
#include "petrdict.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"

/* ---- buffers ---------------------------------------------------------- */

void petr_buf_put(petr_buf *b, const char *s, size_t n) {
  if (b->oom)
    return;
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->n + n + 1)
      cap *= 2;
    char *np = realloc(b->p, cap);
    if (!np) {
      b->oom = 1;
      return;
    }
    b->p = np;
    b->cap = cap;
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = '\0';
}

void petr_buf_puts(petr_buf *b, const char *s) { petr_buf_put(b, s, strlen(s)); }

void petr_buf_printf(petr_buf *b, const char *fmt, ...) {
  char tmp[1024];
  va_list ap;
  va_start(ap, fmt);
  int k = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (k < 0)
    return;
  if ((size_t)k < sizeof tmp) {
    petr_buf_put(b, tmp, (size_t)k);
    return;
  }
  char *big = malloc((size_t)k + 1);
  if (!big) {
    b->oom = 1;
    return;
  }
  va_start(ap, fmt);
  vsnprintf(big, (size_t)k + 1, fmt, ap);
  va_end(ap);
  petr_buf_put(b, big, (size_t)k);
  free(big);
}

void petr_buf_free(petr_buf *b) {
  free(b->p);
  memset(b, 0, sizeof *b);
}

/* ---- lines with PETRARCH's comment rules ------------------------------ */

void petr_lines_init(petr_lines *L, const char *buf, size_t len) {
  memset(L, 0, sizeof *L);
  L->buf = buf;
  L->len = len;
}

const char *petr_lines_next(petr_lines *L, int *indented) {
  while (L->pos < L->len) {
    const char *s = L->buf + L->pos;
    const char *nl = memchr(s, '\n', L->len - L->pos);
    size_t n = nl ? (size_t)(nl - s) : L->len - L->pos;
    L->pos += n + (nl ? 1 : 0);
    L->lineno++;
    if (n > sizeof L->line - 1)
      n = sizeof L->line - 1;
    memcpy(L->line, s, n);
    L->line[n] = '\0';
    char *p = L->line;
    if (L->in_comment) {
      char *end = strstr(p, "-->");
      if (!end)
        continue;
      L->in_comment = 0;
      memmove(p, end + 3, strlen(end + 3) + 1);
    }
    /* a line starting with <! is skipped (possibly opening a comment) */
    size_t lead = strspn(p, " \t");
    if (p[lead] == '<' && p[lead + 1] == '!') {
      if (strstr(p + lead, "--") == p + lead + 2 && !strstr(p + lead, "-->"))
        L->in_comment = 1;
      continue;
    }
    /* inline comments */
    char *c;
    while ((c = strstr(p, "<!--")) != NULL) {
      char *end = strstr(c + 4, "-->");
      if (!end) {
        *c = '\0';
        L->in_comment = 1;
        break;
      }
      memmove(c, end + 3, strlen(end + 3) + 1);
    }
    if ((c = strchr(p, '#')) != NULL)
      *c = '\0';
    if (L->semicolon && (c = strchr(p, ';')) != NULL)
      *c = '\0';
    size_t k = strlen(p);
    while (k > 0 && (p[k - 1] == ' ' || p[k - 1] == '\t' || p[k - 1] == '\r'))
      p[--k] = '\0';
    if (strspn(p, " \t") == k)
      continue;
    if (indented)
      *indented = p[0] == ' ' || p[0] == '\t';
    return p;
  }
  return NULL;
}

/* ---- dates ------------------------------------------------------------ */

static int month_days(int y, int m) {
  static const int d[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
    return 29;
  return d[m - 1];
}

uint32_t petr_date(const char *s, size_t n) {
  if (n != 6 && n != 8)
    return 0;
  for (size_t i = 0; i < n; i++)
    if (!isdigit((unsigned char)s[i]))
      return 0;
  int y, m, d;
  if (n == 8) {
    y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
        (s[3] - '0');
    s += 4;
  } else {
    y = (s[0] - '0') * 10 + (s[1] - '0');
    y += y <= 30 ? 2000 : 1900;
    s += 2;
  }
  m = (s[0] - '0') * 10 + (s[1] - '0');
  d = (s[2] - '0') * 10 + (s[3] - '0');
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > month_days(y, m))
    return 0;
  return (uint32_t)(y * 10000 + m * 100 + d);
}

uint32_t petr_next_day(uint32_t ymd) {
  int y = (int)(ymd / 10000), m = (int)(ymd / 100 % 100), d = (int)(ymd % 100);
  if (m < 1 || m > 12)
    return ymd + 1;
  if (++d > month_days(y, m)) {
    d = 1;
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return (uint32_t)(y * 10000 + m * 100 + d);
}

sima_status petr_read_file(const char *path, char **buf, size_t *len,
                           sima_error *err) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return sima_error_set(err, SIMA_ERR_IO, "%s: cannot open", path);
  petr_buf b = {0};
  char tmp[65536];
  size_t k;
  while ((k = fread(tmp, 1, sizeof tmp, f)) > 0)
    petr_buf_put(&b, tmp, k);
  int bad = ferror(f);
  fclose(f);
  if (bad) {
    petr_buf_free(&b);
    return sima_error_set(err, SIMA_ERR_IO, "%s: read error", path);
  }
  if (!b.p)
    petr_buf_put(&b, "", 0);
  if (b.oom) {
    petr_buf_free(&b);
    return sima_error_set(err, SIMA_ERR_NOMEM, "%s: out of memory", path);
  }
  *buf = b.p;
  *len = b.n;
  return SIMA_OK;
}

/* ---- kinds ------------------------------------------------------------ */

static int has_ci(const char *s, const char *sub) {
  size_t n = strlen(sub);
  for (; *s; s++)
    if (strncasecmp(s, sub, n) == 0)
      return 1;
  return 0;
}

sima_petr_kind sima_petr_kind_of(const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  if (has_ci(base, "verb") || has_ci(base, "CAMEO."))
    return SIMA_PETR_VERBS;
  if (has_ci(base, "agent"))
    return SIMA_PETR_AGENTS;
  if (has_ci(base, "discard"))
    return SIMA_PETR_DISCARDS;
  if (has_ci(base, "issue"))
    return SIMA_PETR_ISSUES;
  if (has_ci(base, "actor"))
    return SIMA_PETR_ACTORS;
  return SIMA_PETR_UNKNOWN;
}

int sima_petr_is_legacy(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return 0;
  static const size_t cap = 65536;
  char *b = malloc(cap + 1);
  size_t n = b ? fread(b, 1, cap, f) : 0;
  fclose(f);
  if (!b)
    return 0;
  b[n] = '\0';
  petr_lines L;
  petr_lines_init(&L, b, n);
  int legacy = 0;
  const char *s;
  while (!legacy && (s = petr_lines_next(&L, NULL)) != NULL) {
    while (*s == ' ' || *s == '\t')
      s++;
    size_t k = strlen(s);
    if (!strncmp(s, "--- ", 4) || !strncmp(s, "- ", 2) || s[0] == '+' ||
        (s[0] == '[' && k > 2 && s[k - 1] == ']'))
      legacy = 1;
    else if (k > 3 && s[k - 1] == ']') { /* "NAME [CODE]": no '=' inside */
      const char *lb = strrchr(s, '[');
      legacy = lb && !memchr(lb, '=', (size_t)(s + k - lb)) &&
               !strchr(s, '|') && !strstr(s, "->");
    }
  }
  free(b);
  return legacy;
}

/* ---- shared reporting ------------------------------------------------- */

typedef struct reporter {
  const char *name;
  int lenient;
  sima_warn_fn warn;
  void *warn_ud;
  sima_petr_stats *st;
} reporter;

/* A malformed entry at name:line: an error (returned), or in lenient mode
** a warning, and SIMA_OK so the caller skips the entry. */
static sima_status bad_entry(reporter *r, uint32_t line, sima_error *err,
                             const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

static sima_status bad_entry(reporter *r, uint32_t line, sima_error *err,
                             const char *fmt, ...) {
  char msg[600];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (!r->lenient)
    return sima_error_set(err, SIMA_ERR_FORMAT, "%s:%u: %s", r->name, line,
                          msg);
  if (r->st)
    r->st->nskipped++;
  char full[700];
  snprintf(full, sizeof full, "%s:%u: %s (skipped)", r->name, line, msg);
  if (r->warn)
    r->warn(r->warn_ud, full);
  else
    fprintf(stderr, "sima: warning: %s\n", full);
  return SIMA_OK;
}

/* ---- actor files ------------------------------------------------------ */

#define MAX_CODES 64
#define MAX_NAMES 512

/* One code restriction as written: [CODE], [CODE <d], [CODE >d],
** [CODE d1-d2] (d1, d2 inclusive). */
typedef struct restr {
  char code[16];
  uint32_t from, to; /* half-open [from, to) */
  int null;          /* [---] */
  int dated;
} restr;

typedef struct actor_entry {
  uint32_t line;
  char *names[MAX_NAMES];
  uint32_t name_lines[MAX_NAMES];
  size_t nnames;
  restr codes[MAX_CODES];
  size_t ncodes;
} actor_entry;

static const char *const stopwords[] = {
    "the", "of", "and", "a", "an", "for", "in", "on", "de", "du", "des",
    "al", "el", "la", "le", "da", "di", "del", "bin", "ibn", "van", "von",
    "to", "at", "by", "y", "et", NULL};

static int is_stopword(const char *w, size_t n) {
  if (n == 0 || n > 3)
    return 0; /* no stop word is longer (a strlen per entry was a tenth
              ** of the Phoenix actor load) */
  for (const char *const *s = stopwords; *s; s++)
    if ((*s)[0] == (char)tolower((unsigned char)w[0]) && strnlen(*s, 4) == n &&
        strncasecmp(*s, w, n) == 0)
      return 1;
  return 0;
}

/* Rewrites a legacy name (upper case, `_` or space between words, a final
** `_` meaning "whole word") in the case sima's matcher expects.  Actors:
** the first word that is not a stop word keeps a capital initial (so it
** must be capitalised in text), every other word is lower case and free;
** a one-word name of 2-3 letters stays in capitals (an acronym: UN, PLO),
** and dotted words (U.S.) are kept.  Agents: all lower case.  Returns
** the length written to out (cap bytes), 0 if the name is empty. */
static size_t legacy_name(const char *s, size_t n, int actor, char *out,
                          size_t cap) {
  size_t o = 0;
  int capdone = !actor;
  size_t nwords = 0;
  for (size_t i = 0; i < n; i++)
    if ((s[i] == '_' || s[i] == ' ') && i + 1 < n && s[i + 1] != '_' &&
        s[i + 1] != ' ')
      nwords++;
  nwords++;
  size_t i = 0;
  while (i < n && o + 2 < cap) {
    while (i < n && (s[i] == '_' || s[i] == ' '))
      i++;
    size_t j = i;
    while (j < n && s[j] != '_' && s[j] != ' ')
      j++;
    if (j == i)
      break;
    if (o)
      out[o++] = ' ';
    int dotted = memchr(s + i, '.', j - i) != NULL;
    int acro = actor && nwords == 1 && j - i <= 3;
    int capital = !capdone && !is_stopword(s + i, j - i);
    if (capital)
      capdone = 1;
    for (size_t k = i; k < j && o + 1 < cap; k++) {
      unsigned char c = (unsigned char)s[k];
      if (dotted || acro)
        out[o++] = (char)c;
      else if (k == i && capital)
        out[o++] = (char)toupper(c);
      else
        out[o++] = (char)tolower(c);
    }
    i = j;
  }
  out[o] = '\0';
  return o;
}

/* Parses the inside of [...]: "CODE", "CODE <d", "CODE >d", "CODE d-d",
** with or without spaces.  Returns 0, or -1 with *why set. */
static int parse_restr(const char *s, size_t n, restr *r, const char **why) {
  memset(r, 0, sizeof *r);
  r->from = 0;
  r->to = DICT_OPEN;
  size_t i = 0;
  while (i < n && isspace((unsigned char)s[i]))
    i++;
  size_t c0 = i;
  while (i < n && !isspace((unsigned char)s[i]) && s[i] != '<' && s[i] != '>')
    i++;
  size_t cn = i - c0;
  /* a code glued to a date ("AAA950601-990815") is malformed */
  if (cn == 0) {
    *why = "empty code";
    return -1;
  }
  if (cn >= sizeof r->code) {
    *why = "code too long";
    return -1;
  }
  for (size_t k = 0; k < cn; k++)
    r->code[k] = (char)toupper((unsigned char)s[c0 + k]);
  r->code[cn] = '\0';
  if (!strcmp(r->code, "---"))
    r->null = 1;
  /* the date part: everything else without spaces */
  char d[64];
  size_t dn = 0;
  for (; i < n; i++)
    if (!isspace((unsigned char)s[i])) {
      if (dn + 1 >= sizeof d) {
        *why = "bad date restriction";
        return -1;
      }
      d[dn++] = s[i];
    }
  d[dn] = '\0';
  if (dn == 0)
    return 0;
  r->dated = 1;
  if (d[0] == '<' || d[0] == '>') {
    uint32_t v = petr_date(d + 1, dn - 1);
    if (!v) {
      *why = "bad date (want YYMMDD or YYYYMMDD)";
      return -1;
    }
    if (d[0] == '<')
      r->to = v;
    else
      r->from = v;
    return 0;
  }
  char *dash = strchr(d, '-');
  if (!dash) {
    *why = "bad date restriction (want <d, >d or d-d)";
    return -1;
  }
  uint32_t a = petr_date(d, (size_t)(dash - d));
  uint32_t b = petr_date(dash + 1, strlen(dash + 1));
  if (!a || !b || b < a) {
    *why = "bad date range (want YYMMDD-YYMMDD or YYYYMMDD-YYYYMMDD)";
    return -1;
  }
  r->from = a;
  r->to = petr_next_day(b);
  return 0;
}

/* A legacy code is one of sima's when it is 3-15 capitals with digits only
** after the third; '/' alternatives (FRO/BIL) keep the first. */
static int sima_code(char *c) {
  char *slash = strchr(c, '/');
  if (slash)
    *slash = '\0';
  size_t n = strlen(c);
  if (n < 3 || n > 15)
    return 0;
  for (size_t i = 0; i < n; i++)
    if (!(isupper((unsigned char)c[i]) || (i >= 3 && isdigit((unsigned char)c[i]))))
      return 0;
  return 1;
}

/* Resolves the restrictions of one entry into non-overlapping periods:
** for each day the first listed dated restriction that covers it wins,
** else the first undated code.  [---] leaves the days uncoded. */
static size_t resolve_periods(const restr *rs, size_t n, dict_code *out,
                              char codes[][16], size_t cap) {
  uint32_t cut[2 * MAX_CODES + 2];
  size_t nc = 0;
  cut[nc++] = 0;
  cut[nc++] = DICT_OPEN;
  for (size_t i = 0; i < n; i++) {
    cut[nc++] = rs[i].from;
    cut[nc++] = rs[i].to;
  }
  /* sort and unique */
  for (size_t i = 1; i < nc; i++)
    for (size_t j = i; j > 0 && cut[j - 1] > cut[j]; j--) {
      uint32_t t = cut[j];
      cut[j] = cut[j - 1];
      cut[j - 1] = t;
    }
  size_t u = 0;
  for (size_t i = 0; i < nc; i++)
    if (u == 0 || cut[u - 1] != cut[i])
      cut[u++] = cut[i];
  size_t no = 0;
  for (size_t s = 0; s + 1 < u; s++) {
    uint32_t a = cut[s], b = cut[s + 1];
    const restr *win = NULL;
    for (int pass = 0; pass < 2 && !win; pass++)
      for (size_t i = 0; i < n; i++)
        if (rs[i].dated == !pass && rs[i].from <= a && b <= rs[i].to) {
          win = &rs[i];
          break;
        }
    if (!win || win->null)
      continue;
    if (no > 0 && out[no - 1].to == a && !strcmp(codes[no - 1], win->code)) {
      out[no - 1].to = b;
      continue;
    }
    if (no == cap)
      break;
    memcpy(codes[no], win->code, sizeof win->code); /* NUL-terminated */
    out[no].code = codes[no];
    out[no].from = a;
    out[no].to = b;
    no++;
  }
  return no;
}

static void entry_clear(actor_entry *e) {
  for (size_t i = 0; i < e->nnames; i++)
    free(e->names[i]);
  e->nnames = 0;
  e->ncodes = 0;
  e->line = 0;
}

/* Writes "name:line" to out (cap bytes, truncated as snprintf would):
** snprintf was an eighth of the Phoenix actor load. */
static void where_fmt(char *out, size_t cap, const char *name, uint32_t line) {
  char num[12];
  size_t k = sizeof num;
  do {
    num[--k] = (char)('0' + line % 10);
    line /= 10;
  } while (line);
  size_t nl = strlen(name), dl = sizeof num - k;
  if (nl + dl + 2 > cap) {
    snprintf(out, cap, "%s:%.*s", name, (int)dl, num + k);
    return;
  }
  memcpy(out, name, nl);
  out[nl] = ':';
  memcpy(out + nl + 1, num + k, dl);
  out[nl + 1 + dl] = '\0';
}

static sima_status entry_flush(sima_dict *d, reporter *r, actor_entry *e,
                               sima_error *err) {
  sima_status st = SIMA_OK;
  if (e->nnames == 0)
    return SIMA_OK;
  char where[512];
  where_fmt(where, sizeof where, r->name, e->line);
  /* a compound code [FRO/BIL/SAM] (one undated code): each of its codes
  ** is an actor of its own (PETRARCH); the actor's first code is FRO, and
  ** the whole compound rides on the entry's "file:line" for actor.c,
  ** which adds BIL and SAM beside each FRO mention */
  if (e->ncodes == 1 && !e->codes[0].null && !e->codes[0].dated &&
      strchr(e->codes[0].code, '/')) {
    char parts[16];
    snprintf(parts, sizeof parts, "%s", e->codes[0].code);
    int ok = 1;
    for (char *p = parts, *q; p && ok; p = q) {
      q = strchr(p, '/');
      if (q)
        *q++ = '\0';
      char one[16];
      snprintf(one, sizeof one, "%s", p);
      ok = sima_code(one);
    }
    if (ok) {
      size_t wl = strlen(where);
      snprintf(where + wl, sizeof where - wl, " [%s]", e->codes[0].code);
    }
  }
  if (e->ncodes == 0) {
    st = bad_entry(r, e->line, err, "actor '%s' has no code", e->names[0]);
    entry_clear(e);
    return st;
  }
  /* check the codes */
  size_t nnull = 0;
  for (size_t i = 0; i < e->ncodes; i++) {
    if (e->codes[i].null) {
      nnull++;
      continue;
    }
    if (!strcmp(e->codes[i].code, "+++") || !strcmp(e->codes[i].code, "###")) {
      e->codes[i].null = 1; /* TABARI's other null markers */
      nnull++;
      continue;
    }
    if (!sima_code(e->codes[i].code)) {
      st = bad_entry(r, e->line, err,
                     "code '%s' of '%s' is not a sima code (3-15 capitals, "
                     "digits after the third)",
                     e->codes[i].code, e->names[0]);
      entry_clear(e);
      return st;
    }
  }
  if (r->st)
    r->st->nnull += nnull;
  dict_code codes[2 * MAX_CODES + 1];
  char cbuf[2 * MAX_CODES + 1][16];
  size_t n = resolve_periods(e->codes, e->ncodes, codes, cbuf,
                             2 * MAX_CODES + 1);
  if (n == 0) { /* only [---]: a known name that codes nothing */
    entry_clear(e);
    return SIMA_OK;
  }
  dict_name names[MAX_NAMES];
  for (size_t i = 0; i < e->nnames; i++) {
    names[i].text = e->names[i];
    names[i].len = strlen(e->names[i]);
    names[i].role = DICT_NAME;
    names[i].sector = NULL;
    names[i].where = NULL;
  }
  size_t clen = strlen(codes[0].code);
  dict_kind kind = clen == 3 ? DICT_KIND_COUNTRY
                   : n > 1 || codes[0].from || codes[0].to != DICT_OPEN
                       ? DICT_KIND_PERSON
                       : DICT_KIND_GROUP;
  uint32_t s0 = d->nsenses;
  st = dict_add_actor(d, kind, names, e->nnames, codes, n, where, err);
  /* PETRARCH and TABARI match names as written: no typo tolerance for
  ** them ("Gxndor" is no Gondor, COMMA-15): src/actor.c fuzzy_node */
  for (uint32_t i = s0; i < d->nsenses; i++)
    d->senses[i].flags |= DICT_F_LEGACY;
  if (st == SIMA_OK && r->st) {
    r->st->nentries++;
    r->st->nnames += e->nnames;
  }
  entry_clear(e);
  return st;
}

static sima_status add_name(reporter *r, actor_entry *e, const char *s,
                            size_t n, uint32_t line, sima_error *err) {
  char buf[512];
  size_t k = legacy_name(s, n, 1, buf, sizeof buf);
  if (k == 0)
    return bad_entry(r, line, err, "empty actor name");
  if (e->nnames == MAX_NAMES)
    return bad_entry(r, line, err, "more than %d synonyms", MAX_NAMES);
  char *c = strdup(buf);
  if (!c)
    return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  e->names[e->nnames] = c;
  e->name_lines[e->nnames++] = line;
  return SIMA_OK;
}

/* Reads the [...] groups of s into e->codes. */
static sima_status add_codes(reporter *r, actor_entry *e, const char *s,
                             uint32_t line, sima_error *err) {
  const char *p = s;
  while ((p = strchr(p, '[')) != NULL) {
    const char *q = strchr(p, ']');
    if (!q)
      return bad_entry(r, line, err, "missing ']'");
    if (e->ncodes == MAX_CODES)
      return bad_entry(r, line, err, "too many codes");
    const char *why = NULL;
    if (parse_restr(p + 1, (size_t)(q - p - 1), &e->codes[e->ncodes], &why))
      return bad_entry(r, line, err, "%s in '%.*s'", why, (int)(q - p + 1), p);
    e->ncodes++;
    p = q + 1;
  }
  return SIMA_OK;
}

static sima_status read_actors(sima_dict *d, reporter *r, const char *buf,
                               size_t len, sima_error *err) {
  petr_lines *L = malloc(sizeof *L);
  actor_entry *e = calloc(1, sizeof *e);
  sima_status st = SIMA_OK;
  if (!L || !e) {
    free(L);
    free(e);
    return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  }
  petr_lines_init(L, buf, len);
  const char *s;
  int ind;
  int skip = 0; /* the current entry was rejected (lenient) */
  while ((s = petr_lines_next(L, &ind)) != NULL) {
    while (*s == ' ' || *s == '\t')
      s++;
    uint32_t ln = L->lineno;
    size_t before = r->st ? r->st->nskipped : 0;
    if (*s == '[') { /* code line of the current entry */
      if (e->nnames == 0 && !skip) {
        st = bad_entry(r, ln, err, "code line with no actor before it");
      } else if (!skip) {
        st = add_codes(r, e, s, ln, err);
      }
    } else if (*s == '+') { /* synonym */
      if (e->nnames == 0 && !skip) {
        st = bad_entry(r, ln, err, "synonym with no actor before it");
      } else if (!skip) {
        const char *b = strchr(s, '[');
        size_t n = b ? (size_t)(b - s - 1) : strlen(s + 1);
        while (n > 0 && isspace((unsigned char)s[n]))
          n--;
        st = add_name(r, e, s + 1, n, ln, err);
        if (st == SIMA_OK && b)
          st = add_codes(r, e, b, ln, err);
      }
    } else { /* a new entry */
      if ((st = entry_flush(d, r, e, err)) != SIMA_OK)
        break;
      if (r->st)
        before = r->st->nskipped; /* the flush may skip the previous one */
      skip = 0;
      e->line = ln;
      const char *b = strchr(s, '[');
      size_t n = b ? (size_t)(b - s) : strlen(s);
      while (n > 0 && isspace((unsigned char)s[n - 1]))
        n--;
      st = add_name(r, e, s, n, ln, err);
      if (st == SIMA_OK && b)
        st = add_codes(r, e, b, ln, err);
    }
    if (st != SIMA_OK)
      break;
    if (r->st && r->st->nskipped != before) { /* lenient: drop the entry */
      entry_clear(e);
      skip = 1;
    }
  }
  if (st == SIMA_OK)
    st = entry_flush(d, r, e, err);
  entry_clear(e);
  free(e);
  free(L);
  return st;
}

/* ---- agent files ------------------------------------------------------ */

#define MAX_SUBST 64
#define MAX_SUBST_ITEMS 32

typedef struct subst {
  char name[32];
  char items[MAX_SUBST_ITEMS][48];
  size_t n;
} subst;

static sima_status agent_add(sima_dict *d, reporter *r, const char *name,
                             size_t n, const char *sector, unsigned flags,
                             const char *where, uint32_t line,
                             sima_error *err) {
  char buf[512];
  size_t k = legacy_name(name, n, 0, buf, sizeof buf);
  if (k == 0)
    return bad_entry(r, line, err, "empty agent name");
  size_t before = d->nwarnings;
  sima_status st = dict_add_agent(d, buf, k, sector, flags, where, err);
  if (st == SIMA_OK && r->st) {
    r->st->nnames++;
    if (d->nwarnings != before && d->lenient)
      r->st->nskipped++;
  }
  return st;
}

static sima_status read_agents(sima_dict *d, reporter *r, const char *buf,
                               size_t len, sima_error *err) {
  petr_lines *L = malloc(sizeof *L);
  subst *subs = calloc(MAX_SUBST, sizeof *subs);
  size_t nsubs = 0;
  sima_status st = SIMA_OK;
  if (!L || !subs) {
    free(L);
    free(subs);
    return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  }
  petr_lines_init(L, buf, len);
  const char *s;
  while (st == SIMA_OK && (s = petr_lines_next(L, NULL)) != NULL) {
    while (*s == ' ' || *s == '\t')
      s++;
    uint32_t ln = L->lineno;
    char where[512];
    where_fmt(where, sizeof where, r->name, ln);
    const char *bang = strchr(s, '!');
    const char *eq = strchr(s, '=');
    if (bang && eq && !strchr(s, '[')) { /* !NAME! = A, B, C */
      const char *b2 = strchr(bang + 1, '!');
      if (!b2 || b2 > eq || (size_t)(b2 - bang - 1) >= sizeof subs->name ||
          b2 == bang + 1) {
        st = bad_entry(r, ln, err, "bad substitution set definition");
        continue;
      }
      if (nsubs == MAX_SUBST) {
        st = bad_entry(r, ln, err, "too many substitution sets");
        continue;
      }
      subst *sb = &subs[nsubs++];
      memcpy(sb->name, bang + 1, (size_t)(b2 - bang - 1));
      sb->name[b2 - bang - 1] = '\0';
      sb->n = 0;
      const char *p = eq + 1;
      while (*p && sb->n < MAX_SUBST_ITEMS) {
        while (*p == ' ' || *p == ',')
          p++;
        const char *q = p;
        while (*q && *q != ',')
          q++;
        size_t n = (size_t)(q - p);
        while (n > 0 && p[n - 1] == ' ')
          n--;
        if (n > 0 && n < sizeof sb->items[0]) {
          memcpy(sb->items[sb->n], p, n);
          sb->items[sb->n++][n] = '\0';
        }
        p = q;
      }
      if (r->st)
        r->st->nsets++;
      continue;
    }
    const char *lb = strchr(s, '[');
    const char *rb = lb ? strchr(lb, ']') : NULL;
    if (!lb || !rb) {
      st = bad_entry(r, ln, err, "an agent needs a code in [...]");
      continue;
    }
    /* the code: ~SEC (suffix) or SEC~ (prefix); sima keeps the sector */
    char code[32];
    size_t cn = 0;
    for (const char *p = lb + 1; p < rb && cn + 1 < sizeof code; p++)
      if (!isspace((unsigned char)*p))
        code[cn++] = *p;
    code[cn] = '\0';
    char sector[8];
    const char *c = code;
    size_t sl = cn;
    /* PETRARCH: "~SEC" goes after the actor's code, "SEC~" before it
    ** (NGOARN), and the agents of a phrase stack (docs/compat.md) */
    unsigned aflags = DICT_F_LEGACY;
    if (cn > 0 && code[0] == '~')
      c++, sl--;
    else if (cn > 0 && code[cn - 1] == '~')
      sl--, aflags |= DICT_F_PREFIX;
    else {
      st = bad_entry(r, ln, err, "agent code '%s' lacks its '~'", code);
      continue;
    }
    if (sl > 6)
      sl = 6; /* sima sectors are 3-6 capitals: keep the leading ones */
    memcpy(sector, c, sl);
    sector[sl] = '\0';
    for (size_t i = 0; i < sl; i++)
      sector[i] = (char)toupper((unsigned char)sector[i]);
    /* the phrase and its plural */
    size_t pn = (size_t)(lb - s);
    const char *br = memchr(s, '{', pn);
    const char *plural = NULL;
    size_t pln = 0;
    if (br) {
      const char *bre = memchr(br, '}', (size_t)(lb - br));
      if (!bre) {
        st = bad_entry(r, ln, err, "missing '}'");
        continue;
      }
      plural = br + 1;
      pln = (size_t)(bre - br - 1);
      while (pln > 0 && isspace((unsigned char)*plural))
        plural++, pln--;
      while (pln > 0 && isspace((unsigned char)plural[pln - 1]))
        pln--;
      pn = (size_t)(br - s);
    }
    while (pn > 0 && isspace((unsigned char)s[pn - 1]))
      pn--;
    if (br && pln == 0)
      aflags |= DICT_F_NOPLURAL; /* "POLICE {}": no plural formed */
    if (r->st)
      r->st->nentries++;
    const char *m1 = memchr(s, '!', pn);
    if (m1) { /* CONGRESS!PERSON! -> one phrase per member */
      const char *m2 = memchr(m1 + 1, '!', pn - (size_t)(m1 - s) - 1);
      subst *sb = NULL;
      if (m2)
        for (size_t i = 0; i < nsubs; i++)
          if (strlen(subs[i].name) == (size_t)(m2 - m1 - 1) &&
              !memcmp(subs[i].name, m1 + 1, (size_t)(m2 - m1 - 1)))
            sb = &subs[i];
      if (!sb) {
        st = bad_entry(r, ln, err,
                       "substitution marker in '%.*s' is not defined",
                       (int)pn, s);
        continue;
      }
      if (memchr(m2 + 1, '!', pn - (size_t)(m2 + 1 - s))) {
        /* PETRARCH substitutes the first marker only: "AD!MINIST!RATIVE"
        ** after it would stay a literal, broken word */
        st = bad_entry(r, ln, err,
                       "a second !MARKER! in '%.*s' (a word broken by a "
                       "substitution marker?)",
                       (int)pn, s);
        continue;
      }
      for (size_t i = 0; i < sb->n && st == SIMA_OK; i++) {
        char ph[512];
        int k = snprintf(ph, sizeof ph, "%.*s%s%.*s", (int)(m1 - s), s,
                         sb->items[i], (int)(pn - (size_t)(m2 + 1 - s)),
                         m2 + 1);
        if (k > 0 && (size_t)k < sizeof ph)
          st = agent_add(d, r, ph, (size_t)k, sector, aflags, where, ln, err);
      }
      continue;
    }
    st = agent_add(d, r, s, pn, sector, aflags, where, ln, err);
    /* sima folds regular plurals when matching; an irregular plural in
    ** {...} is added as its own phrase */
    if (st == SIMA_OK && plural && pln > 0)
      st = agent_add(d, r, plural, pln, sector, aflags, where, ln, err);
  }
  free(subs);
  free(L);
  return st;
}

sima_status sima_petr_dict_add_mem(sima_dict *d, sima_petr_kind kind,
                                   const char *name, const char *buf,
                                   size_t len, sima_petr_stats *st,
                                   sima_error *err) {
  if (!d || (!buf && len))
    return sima_error_set(err, SIMA_ERR_USAGE, "no dictionary or buffer");
  sima_petr_stats local = {0};
  reporter r = {name ? name : "-", d->lenient, d->warn, d->warn_ud,
                st ? st : &local};
  if (kind != SIMA_PETR_ACTORS && kind != SIMA_PETR_AGENTS)
    return sima_error_set(err, SIMA_ERR_USAGE,
                          "%s: not a PETRARCH actor or agent file", r.name);
  /* the trie nodes this file adds, about: its words (names are words
  ** each ended by '_'); reserving them once spares the trie's edge table
  ** the rehash of every doubling (a tenth of the Phoenix load) */
  size_t nwords = 1, nlines = 1;
  for (const char *p = buf; p && (p = memchr(p, '\n', len - (size_t)(p - buf)));
       p++)
    nlines++;
  for (const char *p = buf; p && (p = memchr(p, '_', len - (size_t)(p - buf)));
       p++)
    nwords++;
  /* and the strings it adds: at most its text, plus a "file:line" per
  ** line (an entry's source) */
  if ((nwords < UINT32_MAX / 4 &&
       trie_reserve(d->trie, (uint32_t)nwords) != 0) ||
      dict_reserve(d, len + nlines * (strlen(r.name) + 12)) != 0)
    return sima_error_set(err, SIMA_ERR_NOMEM, "%s: out of memory", r.name);
  if (kind == SIMA_PETR_ACTORS)
    return read_actors(d, &r, buf, len, err);
  return read_agents(d, &r, buf, len, err);
}

sima_status sima_petr_dict_add_file(sima_dict *d, const char *path,
                                    sima_petr_stats *st, sima_error *err) {
  sima_petr_kind kind = sima_petr_kind_of(path);
  if (kind != SIMA_PETR_ACTORS && kind != SIMA_PETR_AGENTS)
    kind = SIMA_PETR_ACTORS; /* actor files have no fixed name */
  char *buf;
  size_t len;
  sima_status s = petr_read_file(path, &buf, &len, err);
  if (s != SIMA_OK)
    return s;
  s = sima_petr_dict_add_mem(d, kind, path, buf, len, st, err);
  free(buf);
  return s;
}

/* ---- verb files ------------------------------------------------------- */

/* A legacy verb-dictionary line is translated to sima's pattern format
** (docs/verbs.md).  Worked example (CAMEO.2.0.txt):
**
**   ---  ACCELERATE   [---]  ---          block, code of the bare verbs
**   RUSH                                  a verb of the block
**   SPEED {SPEEDING SPEEDS SPED }         irregular forms: sima uses lemmas
**   - * POLICE (TO BORDER)   [153]        a pattern of every verb
**
** becomes
**
**   P-153.17  153  rush_police|speed_police  obl(to)=border
**
** Bare words after the verb become trigger words (a dependent of the verb
** by any relation: object, particle, complement), a {noun phrase} an
** object, a (prep phrase) an oblique with that case, `OF` phrases nest
** under the noun before them, `+`/`$` set the target/source path, a noun
** before the verb the subject.  Synonym sets become sima sets named
** &P_NAME; verbs of the block with their own code give their own bare
** pattern. */

/* The target of a legacy pattern is the first actor after the verb, in
** its object, a prepositional phrase, or a complement clause: sima's
** default target paths widened to that. */
#define PETR_TGT                                                               \
  "obj|iobj|obj>nmod:poss|obl|obj>nmod|xcomp>obj|xcomp>obl|ccomp>nsubj|"      \
  "ccomp>obj|obj>acl>obj|obj>acl>obl"

#define V_MAXTOK 96
#define V_WORD 96

#define V_ALTS 4

typedef struct vverb {
  char trig[V_ALTS][256]; /* alternatives: head first, '_'-joined */
  int nalts;
  char code[16];  /* "" for null */
  uint32_t line;
  char form[V_WORD]; /* an inflected form listed as a verb ("LEFT"): its
                     ** patterns carry form=left, "" otherwise */
  char pre[V_WORD], post[V_WORD]; /* a multi-word verb's words before and
                                  ** after the verb, '_'-joined ("off") */
  char forms[256]; /* the surface forms PETRARCH looks up, '|'-joined:
                   ** the verb, its listed {FORMS} or else its generated
                   ** regular ones; "" in TABARI .verbs files */
} vverb;


/* Irregular verb forms of TABARI-era dictionaries, which list verbs as
** they occur ("RISEN", "SOUGHT"); sima matches lemmas. */
static const struct {
  const char *form, *base;
} irregular[] = {
    {"risen", "rise"},
    {"rose", "rise"},
    {"sought", "seek"},
    {"shot", "shoot"},
    {"fought", "fight"},
    {"brought", "bring"},
    {"bought", "buy"},
    {"caught", "catch"},
    {"taught", "teach"},
    {"thought", "think"},
    {"said", "say"},
    {"told", "tell"},
    {"sold", "sell"},
    {"held", "hold"},
    {"led", "lead"},
    {"met", "meet"},
    {"sent", "send"},
    {"spent", "spend"},
    {"built", "build"},
    {"lent", "lend"},
    {"left", "leave"},
    {"kept", "keep"},
    {"slept", "sleep"},
    {"swept", "sweep"},
    {"felt", "feel"},
    {"dealt", "deal"},
    {"meant", "mean"},
    {"won", "win"},
    {"begun", "begin"},
    {"began", "begin"},
    {"ran", "run"},
    {"came", "come"},
    {"gave", "give"},
    {"given", "give"},
    {"took", "take"},
    {"taken", "take"},
    {"made", "make"},
    {"went", "go"},
    {"gone", "go"},
    {"seen", "see"},
    {"saw", "see"},
    {"spoke", "speak"},
    {"spoken", "speak"},
    {"broke", "break"},
    {"broken", "break"},
    {"chose", "choose"},
    {"chosen", "choose"},
    {"froze", "freeze"},
    {"frozen", "freeze"},
    {"stole", "steal"},
    {"stolen", "steal"},
    {"drove", "drive"},
    {"driven", "drive"},
    {"wrote", "write"},
    {"written", "write"},
    {"rode", "ride"},
    {"struck", "strike"},
    {"stricken", "strike"},
    {"beaten", "beat"},
    {"bit", "bite"},
    {"bitten", "bite"},
    {"hid", "hide"},
    {"hidden", "hide"},
    {"fell", "fall"},
    {"fallen", "fall"},
    {"grew", "grow"},
    {"grown", "grow"},
    {"threw", "throw"},
    {"thrown", "throw"},
    {"drew", "draw"},
    {"drawn", "draw"},
    {"knew", "know"},
    {"known", "know"},
    {"flew", "fly"},
    {"flown", "fly"},
    {"blew", "blow"},
    {"blown", "blow"},
    {"withdrew", "withdraw"},
    {"withdrawn", "withdraw"},
    {"overran", "overrun"},
    {"forbade", "forbid"},
    {"forbidden", "forbid"},
    {"forgave", "forgive"},
    {"forgiven", "forgive"},
    {"swore", "swear"},
    {"sworn", "swear"},
    {"tore", "tear"},
    {"torn", "tear"},
    {"wore", "wear"},
    {"worn", "wear"},
    {"bore", "bear"},
    {"borne", "bear"},
    {"shook", "shake"},
    {"shaken", "shake"},
    {"stood", "stand"},
    {"understood", "understand"},
    {"undertook", "undertake"},
    {"undertaken", "undertake"},
    {"lost", "lose"},
    {"sat", "sit"},
    {"found", "find"},
    {"bound", "bind"},
    {"fed", "feed"},
    {"fled", "flee"},
    {"bled", "bleed"},
    {"sped", "speed"},
    {"slew", "slay"},
    {"slain", "slay"},
    {"sank", "sink"},
    {"sunk", "sink"},
    {"sprang", "spring"},
    {"sprung", "spring"},
    {"rang", "ring"},
    {"sang", "sing"},
    {"swung", "swing"},
    {"hung", "hang"},
    {"stuck", "stick"},
    {"dug", "dig"},
    {"spun", "spin"},
    {"upheld", "uphold"},
    {"withheld", "withhold"},
    {"overthrew", "overthrow"},
    {"overthrown", "overthrow"},
    {"foresaw", "foresee"},
    {"foreseen", "foresee"},
    {"arose", "arise"},
    {"arisen", "arise"},
    {"awoke", "awake"},
    {"been", "be"},
    {"was", "be"},
    {"were", "be"},
    {"had", "have"},
    {"did", "do"},
    {"done", "do"},
    {"paid", "pay"},
    {"laid", "lay"},
    {"fought", "fight"},
    {"sought", "seek"},
    {"shed", "shed"},
    {"spread", "spread"},
    {"bid", "bid"},
    {NULL, NULL}};

static int is_vowel(char c) { return c && strchr("aeiou", c) != NULL; }

/* The lemma candidates of a verb word as written: the word itself, then
** the base forms its ending suggests.  Returns the number written. */
static int verb_bases(const char *w, char out[][V_WORD], int max) {
  int n = 0;
  size_t l = strlen(w);
  snprintf(out[n++], V_WORD, "%.90s", w);
  for (int i = 0; irregular[i].form; i++)
    if (!strcmp(irregular[i].form, w)) {
      snprintf(out[0], V_WORD, "%s", irregular[i].base);
      return 1;
    }
#define ADD(len, suf)                                                          \
  do {                                                                         \
    if (n < max && (len) >= 2)                                                 \
      snprintf(out[n++], V_WORD, "%.*s%s", (int)(len), w, suf);                 \
  } while (0)
  if (l > 4 && !strcmp(w + l - 3, "ied")) {
    ADD(l - 3, "y");
  } else if (l > 4 && !strcmp(w + l - 2, "ed")) {
    if (w[l - 3] == w[l - 4] && !is_vowel(w[l - 3]) && w[l - 3] != 's' &&
        w[l - 3] != 'l')
      ADD(l - 3, "");        /* planned -> plan */
    else
      ADD(l - 2, "");        /* rocketed -> rocket */
    ADD(l - 1, "");          /* used -> use */
  } else if (l > 5 && !strcmp(w + l - 3, "ing")) {
    if (w[l - 4] == w[l - 5] && !is_vowel(w[l - 4]))
      ADD(l - 4, "");
    else
      ADD(l - 3, "");
    ADD(l - 3, "e");
  } else if (l > 4 && !strcmp(w + l - 3, "ies")) {
    ADD(l - 3, "y");
  } else if (l > 3 && w[l - 1] == 's' && w[l - 2] != 's') {
    ADD(l - 1, "");
    if (l > 4 && w[l - 2] == 'e')
      ADD(l - 2, "");
  }
#undef ADD
  return n;
}

typedef struct vpat {
  char *text; /* the pattern line (after '-', without comment) */
  uint32_t line;
} vpat;

typedef struct vblock {
  char code[16]; /* block code, "" for --- */
  uint32_t line;
  int open;
  vverb *verbs;
  size_t nverbs, capverbs;
  vpat *pats;
  size_t npats, cappats;
} vblock;

typedef struct vstate {
  reporter r;
  petr_buf out;
  int p2;     /* PETRARCH2 markup seen: (prep) {np} */
  int old;    /* TABARI .verbs: no "---" headers, "VERB [CODE]" opens a
                 block of its own, ';' comments */
  char **sets; /* names of the sets emitted (sanitised, with "&P_") */
  char **cases; /* per set: "a|b|c" when every member is a preposition */
  char **members; /* per set: "a | b_c | &P_X" as emitted */
  size_t nsets, capsets;
} vstate;

static const char *const particles[] = {
    "up", "down", "out", "off", "away", "back", "over", "forward", "aside",
    "around", "through", "along", "together", "apart", "ahead", "in", "on",
    "again", "now", "free", NULL};

static const char *const preps[] = {
    "to", "for", "with", "against", "from", "into", "on", "in", "at", "of",
    "about", "over", "by", "near", "under", "after", "before", "between",
    "among", "toward", "towards", "across", "upon", "within", "without",
    "behind", "onto", "through", "during", "along", "around", "beyond",
    "despite", "amid", "inside", "outside", NULL};

/* adverbs that modify the verb itself (advmod) */
static const char *const adverbs[] = {
    "ever", "still", "already", "just", "even", "again", "soon", "also",
    "once", "twice", "often", "seldom", "rarely", "then", NULL};

/* determiners and possessives: never a dependent of the verb ("* THEIR ^
** ABOUT +": "warned their populations about ...") */
static const char *const dets[] = {
    "the", "a", "an", "their", "its", "his", "her", "our", "my", "your",
    "this", "these", "those", NULL};

/* words before the verb that say nothing about the subject */
static const char *const preverb_skip[] = {
    "will", "would", "shall", "should", "can", "could", "may", "might",
    "must", "have", "has", "had", "is", "are", "was", "were", "be", "been",
    "being", "did", "do", "does", "to", "the", "a", "an", "so", "that",
    "and", "now", "also", "said", "says", "say", "not", "never", "n't",
    "no", "in", "it", "they", "he", "she", "we", "who", "which", NULL};

static int in_list(const char *const *l, const char *w) {
  for (; *l; l++)
    if (!strcmp(*l, w))
      return 1;
  return 0;
}

static int word_ok(const char *w) {
  if (!*w)
    return 0;
  for (const unsigned char *p = (const unsigned char *)w; *p; p++)
    if (!(isalnum(*p) || *p == '-' || *p == '\'' || *p == '.' || *p >= 0x80))
      return 0;
  return 1;
}

static void lower(char *d, const char *s, size_t cap) {
  size_t i = 0;
  for (; s[i] && i + 1 < cap; i++)
    d[i] = (char)tolower((unsigned char)s[i]);
  d[i] = '\0';
}

/* The lemma sima's parser is likely to give a legacy noun: lower case,
** regular plurals singularised, words that only look plural kept. */
static void noun_lemma(char *d, const char *s, size_t cap) {
  char w[V_WORD];
  lower(w, s, sizeof w);
  size_t n = strlen(w);
  static const char *const keep[] = {"us", "is", "ss", "ics", "news",
                                     "series", "means", "arms", "species",
                                     "has", "was", "its", "this", "ies", NULL};
  int k = 0;
  for (const char *const *e = keep; *e && !k; e++) {
    size_t el = strlen(*e);
    k = n >= el && !strcmp(w + n - el, *e) && strcmp(*e, "ies") != 0;
  }
  char out[V_WORD + 8];
  if (!k && dict_singular(w, n, out) > 0)
    snprintf(d, cap, "%s", out);
  else
    snprintf(d, cap, "%s", w);
}

/* "&AUXVERB1_" -> "&P_AUXVERB1"; returns 0 if nothing is left. */
static int set_name(char *d, size_t cap, const char *s) {
  size_t o = (size_t)snprintf(d, cap, "&P_");
  for (const char *p = s + 1; *p && o + 1 < cap; p++) {
    char c = (char)toupper((unsigned char)*p);
    if (isupper((unsigned char)c) || isdigit((unsigned char)c) || c == '_')
      d[o++] = c;
    else if (c == '-' || c == '.')
      d[o++] = '_';
  }
  while (o > 3 && d[o - 1] == '_')
    o--;
  d[o] = '\0';
  return o > 3;
}

static int set_known(const vstate *V, const char *name) {
  for (size_t i = 0; i < V->nsets; i++)
    if (!strcmp(V->sets[i], name))
      return 1;
  return 0;
}

/* TABARI disjunctions "{ A | B_C }" inside a pattern become a set of
** their own, &P_ALT<line>N<k>, emitted with the output; the group is
** replaced in place by the set's name.  Returns 0, -1 when out of memory
** or the group is malformed (*why set). */
static int tabari_alts(vstate *V, char *text, size_t cap, uint32_t line,
                       const char **why) {
  int k = 0;
  char *lb;
  while ((lb = strchr(text, '{')) != NULL) {
    char *rb = strchr(lb, '}');
    if (!rb || !memchr(lb, '|', (size_t)(rb - lb))) {
      *why = "unbalanced or empty { | } group";
      return -1;
    }
    char name[64], members[1024];
    snprintf(name, sizeof name, "&P_ALT%uN%d", line, ++k);
    size_t o = 0;
    for (char *p = lb + 1; p < rb;) {
      while (p < rb && (*p == ' ' || *p == '|'))
        p++;
      char *q = p;
      while (q < rb && *q != '|')
        q++;
      char *e = q;
      while (e > p && (e[-1] == ' ' || e[-1] == '_'))
        e--;
      if (e > p) {
        if (o)
          o += (size_t)snprintf(members + o, sizeof members - o, " | ");
        size_t m0 = o;
        for (char *c = p; c < e && o + 1 < sizeof members; c++)
          members[o++] = *c == ' ' ? '_' : (char)tolower((unsigned char)*c);
        members[o] = '\0';
        /* the head noun singular, as in `&` sets: sima matches lemmas
        ** ("{ EFFORTS | ATTEMPTS }" -> effort | attempt) */
        char *hw = strrchr(members + m0, '_');
        hw = hw ? hw + 1 : members + m0;
        char lw[V_WORD];
        noun_lemma(lw, hw, sizeof lw);
        size_t hl = strlen(lw);
        if (lw[0] && (size_t)(hw - members) + hl < sizeof members) {
          memcpy(hw, lw, hl + 1);
          o = (size_t)(hw - members) + hl;
        }
      }
      p = q;
    }
    for (size_t i = 0; i < o; i++)
      if (!(isalnum((unsigned char)members[i]) || strchr(" |_-'.", members[i]))) {
        *why = "a word sima cannot match in a { | } group";
        return -1;
      }
    if (o == 0 || o + 1 >= sizeof members) {
      *why = "bad { | } group";
      return -1;
    }
    if (V->nsets == V->capsets) {
      size_t nc = V->capsets ? V->capsets * 2 : 64;
      char **ns = realloc(V->sets, nc * sizeof *ns);
      if (ns)
        V->sets = ns;
      char **c2 = ns ? realloc(V->cases, nc * sizeof *c2) : NULL;
      if (c2)
        V->cases = c2;
      char **m2 = c2 ? realloc(V->members, nc * sizeof *m2) : NULL;
      if (m2)
        V->members = m2;
      if (!ns || !c2 || !m2)
        return -1;
      V->capsets = nc;
    }
    V->cases[V->nsets] = NULL;
    V->members[V->nsets] = strdup(members);
    V->sets[V->nsets] = strdup(name);
    if (!V->sets[V->nsets] || !V->members[V->nsets]) {
      free(V->sets[V->nsets]);
      free(V->members[V->nsets]);
      return -1;
    }
    V->nsets++;
    petr_buf_printf(&V->out, "%s = %s\n", name, members);
    /* replace "{...}" by " &ALT<line>N<k> " (set_name adds the P_) */
    char rep[64];
    int rl = snprintf(rep, sizeof rep, " &ALT%uN%d ", line, k);
    size_t tail = strlen(rb + 1);
    size_t at = (size_t)(lb - text);
    if (at + (size_t)rl + tail + 1 > cap)
      return -1;
    memmove(text + at + rl, rb + 1, tail + 1);
    memcpy(text + at, rep, (size_t)rl);
  }
  return 0;
}

/* Splits a legacy pattern into tokens: `_` and blanks separate words;
** ( ) { } * are tokens of their own. */
static int tokenize_pat(const char *s, char tok[][V_WORD], int max,
                        unsigned char *joined) {
  int n = 0;
  size_t i = 0, len = strlen(s);
  while (i < len) {
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '_') {
      i++;
      continue;
    }
    if (n == max)
      return -1;
    if (strchr("(){}*", c)) {
      tok[n][0] = c;
      tok[n++][1] = '\0';
      i++;
      continue;
    }
    size_t j = i;
    while (j < len && !strchr(" \t_(){}*", s[j]))
      j++;
    size_t wl = j - i < V_WORD - 1 ? j - i : V_WORD - 1;
    memcpy(tok[n], s + i, wl);
    tok[n][wl] = '\0';
    if (joined) /* a word of a `_` run: word_order() tests it (a final
                ** `_`, TABARI's "no stem", joins nothing) */
      joined[n] = (i > 1 && s[i - 1] == '_' && !isspace((unsigned char)s[i - 2])) ||
                  (j + 1 < len && s[j] == '_' &&
                   !isspace((unsigned char)s[j + 1]));
    n++;
    i = j;
  }
  return n;
}

/* A value for a constraint: a noun lemma or a known set.  Returns 0 on
** success, -1 (with *why) when the word cannot be used. */
static int value_of(vstate *V, const char *t, char *out, size_t cap,
                    const char **why) {
  if (t[0] == '&') {
    if (!set_name(out, cap, t) || !set_known(V, out)) {
      *why = "undefined synonym set";
      return -1;
    }
    return 0;
  }
  noun_lemma(out, t, cap);
  if (!word_ok(out)) {
    *why = "a word sima cannot match";
    return -1;
  }
  return 0;
}

typedef struct vcons {
  char rel[48];
  char val[300];
  char sub[300]; /* nested constraints, without brackets */
} vcons;

typedef struct vtrans {
  char extras[8][V_WORD];
  int nextras;
  vcons cons[12];
  int ncons;
  char src[64], tgt[64];
  int neg;
  char lone[V_WORD]; /* TABARI: the one noun after the verb, else "" */
  int npost;         /* content items after the verb */
  int mutual;        /* `%` subject: the conjuncts act on each other */
  char loneset[300]; /* TABARI: the one set after the verb (its value) */
} vtrans;

static int add_cons(vtrans *T, const char *rel, const char *val) {
  if (T->ncons == 12)
    return -1;
  vcons *c = &T->cons[T->ncons++];
  snprintf(c->rel, sizeof c->rel, "%s", rel);
  snprintf(c->val, sizeof c->val, "%s", val);
  c->sub[0] = '\0';
  return 0;
}

static int add_extra(vtrans *T, const char *w) {
  for (int i = 0; i < T->nextras; i++)
    if (!strcmp(T->extras[i], w))
      return 0;
  if (T->nextras == 8)
    return -1;
  snprintf(T->extras[T->nextras++], V_WORD, "%.90s", w);
  return 0;
}

/* The alternatives of one phrase part: a word, or the members of a set
** (nested sets expanded).  Appends to alts (each < V_WORD*2); returns the
** new count, or -1 when there are too many. */
#define NP_MAXALTS 48
static int part_alts(const vstate *V, const char *part, char alts[][200],
                     int n, int depth) {
  if (part[0] != '&') {
    if (n == NP_MAXALTS)
      return -1;
    snprintf(alts[n], 200, "%s", part);
    return n + 1;
  }
  const char *mem = NULL;
  for (size_t k = 0; k < V->nsets; k++)
    if (!strcmp(V->sets[k], part))
      mem = V->members[k];
  if (!mem || depth > 3)
    return -1;
  const char *p = mem;
  while (*p) {
    while (*p == ' ' || *p == '|')
      p++;
    const char *q = p;
    while (*q && *q != ' ' && *q != '|')
      q++;
    if (q > p) {
      char m[200];
      snprintf(m, sizeof m, "%.*s", (int)(q - p), p);
      if ((n = part_alts(V, m, alts, n, depth + 1)) < 0)
        return -1;
    }
    p = q;
  }
  return n;
}

/* Joins the parts (words or sets) of a noun phrase into value alternatives
** "m1_head|m2_head|..." (the cartesian product).  0, or -1 when too big. */
static int np_expand(const vstate *V, char parts[][V_WORD], int np, char *out,
                     size_t cap) {
  static char acc[NP_MAXALTS][200], nxt[NP_MAXALTS][200], alts[NP_MAXALTS][200];
  int na = 1;
  acc[0][0] = '\0';
  for (int i = 0; i < np; i++) {
    int k = part_alts(V, parts[i], alts, 0, 0);
    if (k < 0 || (long)k * na > NP_MAXALTS)
      return -1;
    int nn = 0;
    for (int a = 0; a < na; a++)
      for (int b = 0; b < k; b++) {
        int w = snprintf(nxt[nn], 200, "%s%s%s", acc[a], acc[a][0] ? "_" : "",
                         alts[b]);
        if (w < 0 || w >= 200)
          return -1;
        nn++;
      }
    memcpy(acc, nxt, sizeof acc[0] * (size_t)nn);
    na = nn;
  }
  size_t o = 0;
  out[0] = '\0';
  for (int a = 0; a < na; a++) {
    int w = snprintf(out + o, cap - o, "%s%s", a ? "|" : "", acc[a]);
    if (w < 0 || (size_t)w >= cap - o)
      return -1;
    o += (size_t)w;
  }
  return 0;
}

/* A noun phrase of tokens tok[a..b): modifiers and head joined by `_`
** (sets allowed only as the head; modifiers then dropped). */
static int np_value(vstate *V, char tok[][V_WORD], int a, int b, char *out,
                    size_t cap, const char **why) {
  char parts[16][V_WORD];
  int np = 0, sets = 0;
  for (int i = a; i < b; i++) {
    const char *t = tok[i];
    if (!strcmp(t, "+") || !strcmp(t, "$") || !strcmp(t, "^") ||
        !strcmp(t, "%") || !strcmp(t, "{") || !strcmp(t, "}"))
      continue;
    char w[V_WORD];
    lower(w, t, sizeof w);
    if (!strcmp(w, "the") || !strcmp(w, "a") || !strcmp(w, "an"))
      continue;
    if (np == 16) {
      *why = "noun phrase too long";
      return -1;
    }
    if (t[0] == '&') {
      if (!set_name(parts[np], V_WORD, t) || !set_known(V, parts[np])) {
        *why = "undefined synonym set";
        return -1;
      }
      sets++;
    } else if (!word_ok(w)) {
      *why = "a word sima cannot match";
      return -1;
    } else {
      snprintf(parts[np], V_WORD, "%s", w);
    }
    np++;
  }
  out[0] = '\0';
  if (np == 0)
    return 0;
  /* the head (last word) in its lemma form */
  if (parts[np - 1][0] != '&') {
    char h[V_WORD];
    noun_lemma(h, parts[np - 1], sizeof h);
    snprintf(parts[np - 1], V_WORD, "%s", h);
  }
  if (np == 1 || !sets) {
    size_t o = 0;
    for (int i = 0; i < np; i++)
      o += (size_t)snprintf(out + o, cap > o ? cap - o : 0, "%s%s",
                            i ? "_" : "", parts[i]);
    return 0;
  }
  if (np_expand(V, parts, np, out, cap) == 0)
    return 0;
  /* too many combinations: the head alone */
  snprintf(out, cap, "%s", parts[np - 1]);
  return 0;
}

static int has_tok(char tok[][V_WORD], int a, int b, const char *t) {
  for (int i = a; i < b; i++)
    if (!strcmp(tok[i], t))
      return 1;
  return 0;
}

/* TABARI's `_` connector: the words it joins are consecutive in the text,
** with no word between them ("- * NEW_&TIETYPES_RELATIONS" does not match
** "new global economic relations"; "- RECENTLY_*" wants "recently" right
** before the verb).  For each run of words joined by `_` in body, adds a
** word-order constraint to T (pattern.h): `seq=` after the verb,
** `preseq=` before it, `verbseq=` when the run ends in the verb itself;
** sets are expanded into their members.  Runs with +, $, ^ or % and runs
** too big to expand are left to the dependency constraints.  Returns 0,
** or -1 when T is full. */
static int word_order(vstate *V, const char *body, vtrans *T) {
  const char *star = strchr(body, '*');
  const char *p = body;
  while (*p) {
    while (*p && strchr(" \t(){}", *p))
      p++;
    const char *q = p;
    while (*q && !strchr(" \t(){}", *q))
      q++;
    size_t n = (size_t)(q - p);
    const char *chunk = p;
    p = q;
    if (n > 0 && n < V_WORD && chunk > star && !V->old &&
        !memchr(chunk, '_', n) && isalpha((unsigned char)chunk[0])) {
      /* PETRARCH1: a noun after the verb is matched as written ("- *
      ** EFFORT" is no "efforts") */
      char w1[V_WORD];
      snprintf(w1, sizeof w1, "%.*s", (int)n, chunk);
      lower(w1, w1, sizeof w1);
      if (word_ok(w1) && !in_list(preps, w1) && !in_list(particles, w1) &&
          !in_list(dets, w1) && !in_list(adverbs, w1)) {
        if (T->ncons == 12)
          return -1;
        vcons *c = &T->cons[T->ncons++];
        snprintf(c->rel, sizeof c->rel, "word");
        snprintf(c->val, sizeof c->val, "%s", w1);
        c->sub[0] = '\0';
      }
      continue;
    }
    if (n == 0 || !memchr(chunk, '_', n) || n >= 300)
      continue;
    /* "WOULD_*_TALKS": the words before the verb, then those after */
    char parts[16][V_WORD];
    int np = 0, verb = 0, bad = 0, nbefore = 0;
    const char *w = chunk;
    while (w < chunk + n && !bad) {
      const char *e = memchr(w, '_', (size_t)(chunk + n - w));
      if (!e)
        e = chunk + n;
      size_t wl = (size_t)(e - w);
      if (wl == 1 && w[0] == '*') {
        verb = 1;
        nbefore = np;
      } else if (wl > 0 && wl < V_WORD && np < 16) {
        char t[V_WORD];
        snprintf(t, sizeof t, "%.*s", (int)wl, w);
        if (t[0] == '&') {
          if (!set_name(parts[np], V_WORD, t) || !set_known(V, parts[np]))
            bad = 1;
        } else {
          lower(parts[np], t, V_WORD);
          if (!word_ok(parts[np]))
            bad = 1;
        }
        np++;
      } else if (wl > 0)
        bad = 1;
      w = e + 1;
    }
    if (bad || np == 0 || (np == 1 && verb == 0))
      continue;
    /* [0, nbefore) right before the verb, [nbefore, np) after it; a run
    ** without the verb wholly before or after it */
    int from[2] = {0, verb ? nbefore : 0}, to[2] = {verb ? nbefore : 0, np};
    if (!verb && chunk < star)
      from[0] = 0, to[0] = np, from[1] = to[1] = 0;
    for (int side = 0; side < 2; side++) {
      int k = to[side] - from[side];
      if (k <= 0 || (k == 1 && !verb))
        continue;
      char val[600];
      if (np_expand(V, parts + from[side], k, val, sizeof val) != 0 ||
          !val[0] || strlen(val) >= sizeof T->cons[0].val)
        continue;
      const char *rel = side == 1 ? "seq" : verb ? "verbseq" : "preseq";
      if (add_cons(T, rel, val) != 0)
        return -1;
    }
  }
  return 0;
}

/* Translates the body of one pattern into T.  Returns 0, or -1 with *why. */
static int translate_body(vstate *V, const char *body, vtrans *T,
                          const char **why) {
  char tok[V_MAXTOK][V_WORD];
  memset(T, 0, sizeof *T);
  unsigned char joined[V_MAXTOK];
  int n = tokenize_pat(body, tok, V_MAXTOK, joined);
  if (n < 0) {
    *why = "pattern too long";
    return -1;
  }
  int star = -1;
  for (int i = 0; i < n; i++)
    if (!strcmp(tok[i], "*")) {
      star = i;
      break;
    }
  if (star < 0) {
    *why = "pattern without '*' (the verb)";
    return -1;
  }
  /* before the verb: negation, the subject's head noun, % (a compound
  ** subject: the conjuncts act on each other) */
  int subj = -1;
  for (int i = 0; i < star; i++) {
    char w[V_WORD];
    lower(w, tok[i], sizeof w);
    if (!strcmp(w, "%")) {
      if (add_cons(T, "nsubj", "*[conj=*]"))
        goto full;
      snprintf(T->tgt, sizeof T->tgt, "nsubj>conj");
      T->mutual = 1;
      continue;
    }
    if (!strncmp(w, "&negat", 6) && !V->p2 && !V->old && !joined[i]) {
      /* PETRARCH1: the set's words before the verb ("UNEXPECTEDLY
      ** &NEGATVAUXVRB *": "won't try to clash"), not a negation of the
      ** verb itself */
      char v[300];
      if (value_of(V, tok[i], v, sizeof v, why))
        return -1;
      if (add_cons(T, "preseq", v))
        goto full;
      continue;
    }
    if (!strcmp(w, "not") || !strcmp(w, "never") || !strcmp(w, "n't") ||
        !strncmp(w, "&negat", 6)) {
      T->neg = 1;
      continue;
    }
    if (!strcmp(w, "neither") || !strcmp(w, "either") ||
        !strcmp(w, "both")) {
      /* "Neither Galadriel nor Gollum boycotted": a preconjunction of
      ** the subject (cc:preconj), not the subject */
      char v[V_WORD + 16];
      snprintf(v, sizeof v, "*[cc=%s]", w);
      if (add_cons(T, "nsubj", v))
        goto full;
      continue;
    }
    if (!strcmp(w, "+")) {
      /* "+ WAS * DEAD IN $": the subject is the target; PETRARCH1 "+
      ** HOSTING *": the actor right before that word (`before(w)`,
      ** "Mordor will be hosting Osgiliath to celebrate ...") */
      char nx[V_WORD] = "";
      if (i + 1 < star)
        lower(nx, tok[i + 1], sizeof nx);
      if (!V->p2 && !V->old && nx[0] >= 'a' && nx[0] <= 'z' &&
          !joined[i + 1] && strlen(nx) < 40)
        snprintf(T->tgt, sizeof T->tgt, "before(%s)", nx);
      else
        snprintf(T->tgt, sizeof T->tgt, "nsubj");
      continue;
    }
    if (strchr("(){}+$^%", w[0]) || !strncmp(w, "&aux", 4) ||
        !strncmp(w, "&tobe", 5))
      continue;
    /* PETRARCH1: a word before the verb is in the sentence before it
    ** ("- INDICATED SHOULD *": "Ethiopia indicated it should have acted"),
    ** each tested on its own (`preseq=`, the order among them is not);
    ** words of a `_` run are word_order()'s.  Not in a TABARI .verbs
    ** file, whose words are stems ("SAID" matches "saidth") */
    size_t wl = strlen(w);
    int irreg = 0; /* "- BEGUN *": a verb form, no subject */
    for (int k = 0; irregular[k].form && !irreg; k++)
      irreg = !strcmp(irregular[k].form, w) && strcmp(irregular[k].base, w);
    int preword = in_list(preverb_skip, w) || irreg ||
                  (wl > 4 && (!strcmp(w + wl - 2, "ed") ||
                              !strcmp(w + wl - 3, "ing"))) ||
                  !strcmp(w, "most") || !strcmp(w, "very") ||
                  in_list(preps, w);
    if (preword && !V->p2 && !V->old && !joined[i] && strcmp(w, "the") &&
        strcmp(w, "a") && strcmp(w, "an") && word_ok(w) &&
        add_cons(T, "preseq", w))
      goto full;
    if (in_list(preverb_skip, w) || irreg)
      continue;
    if (wl > 4 && (!strcmp(w + wl - 2, "ed") || !strcmp(w + wl - 3, "ing")))
      continue; /* a verb governing this one: not a dependent */
    if (!strcmp(w, "most") || !strcmp(w, "very") || in_list(preps, w))
      continue; /* "$ ^ FOR *": a preposition is not the subject */
    if ((wl > 4 && !strcmp(w + wl - 2, "ly")) || in_list(adverbs, w)) {
      /* PETRARCH1: somewhere before the verb, whatever it modifies
      ** ("unexpectedly now won't try to clash") */
      const char *rel = !V->p2 && !V->old && !joined[i] ? "preseq" : "advmod";
      if (word_ok(w) && add_cons(T, rel, w))
        goto full;
      continue;
    }
    /* TABARI: a set ("- INCHING &ACCORDSYN *": "inching nearer to
    ** accord") or a possessive before the verb is a word before it, no
    ** subject */
    if (!V->p2 && !joined[i] && (w[0] == '&' || in_list(dets, w))) {
      char v[300];
      if (value_of(V, tok[i], v, sizeof v, why))
        return -1;
      if (add_cons(T, "preseq", v))
        goto full;
      continue;
    }
    subj = i;
  }
  if (subj >= 0) {
    char v[300];
    if (value_of(V, tok[subj], v, sizeof v, why))
      return -1;
    if (add_cons(T, "nsubj", v))
      goto full;
  }
  /* after the verb */
  int i = star + 1;
  int skipped = 0;
  while (i < n) {
    char w[V_WORD];
    lower(w, tok[i], sizeof w);
    if (!strchr("(){}+$^%)", w[0]))
      T->npost++;
    if (!strcmp(w, "(")) { /* (PREP noun phrase) */
      int j = i + 1;
      while (j < n && strcmp(tok[j], ")"))
        j++;
      if (j == i + 1) {
        *why = "empty prepositional phrase";
        return -1;
      }
      char prep[V_WORD];
      lower(prep, tok[i + 1], sizeof prep);
      if (!word_ok(prep)) {
        *why = "bad preposition";
        return -1;
      }
      int a = i + 2, b = j;
      /* drop braces inside */
      char val[300];
      int k0 = a, k1 = b;
      if (k0 < k1 && !strcmp(tok[k0], "{"))
        k0++;
      while (k1 > k0 && (!strcmp(tok[k1 - 1], "}") || !strcmp(tok[k1 - 1], "{")))
        k1--;
      if (np_value(V, tok, k0, k1, val, sizeof val, why))
        return -1;
      char rel[48];
      snprintf(rel, sizeof rel, "obl(%.40s)", prep);
      if (has_tok(tok, a, b, "+"))
        snprintf(T->tgt, sizeof T->tgt, "obl(%.40s)", prep);
      if (has_tok(tok, a, b, "$"))
        snprintf(T->src, sizeof T->src, "obl(%.40s)", prep);
      if (!strcmp(prep, "of") && T->ncons > 0 && val[0]) {
        vcons *c = &T->cons[T->ncons - 1];
        size_t sl = strlen(c->sub);
        snprintf(c->sub + sl, sizeof c->sub - sl, "%snmod(of)=%s",
                 sl ? " " : "", val);
      } else if (val[0] || !T->tgt[0]) {
        if (add_cons(T, rel, val[0] ? val : "*"))
          goto full;
      }
      i = j + 1;
      continue;
    }
    if (!strcmp(w, "{")) { /* {noun phrase}: an object */
      int j = i + 1;
      while (j < n && strcmp(tok[j], "}"))
        j++;
      char val[300];
      if (np_value(V, tok, i + 1, j, val, sizeof val, why))
        return -1;
      if (has_tok(tok, i + 1, j, "+"))
        snprintf(T->tgt, sizeof T->tgt, "obj");
      if (val[0] && add_cons(T, "obj", val))
        goto full;
      i = j + 1;
      continue;
    }
    if (!strcmp(w, ")") || !strcmp(w, "}") || !strcmp(w, "^") ||
        !strcmp(w, "%")) {
      if (!strcmp(w, "^"))
        skipped = 1; /* a word TABARI skips: an object, if anything */
      i++;
      continue;
    }
    if (!V->p2 && in_list(dets, w)) {
      i++;
      continue;
    }
    if (!strcmp(w, "+")) {
      if (!T->tgt[0])
        snprintf(T->tgt, sizeof T->tgt, "obj|iobj");
      i++;
      continue;
    }
    if (!strcmp(w, "$")) {
      /* TABARI: the source is the first actor after the words before
      ** `$` ("- + * MONEY $": "received by courier money from
      ** Osgiliath") */
      if (!V->p2 && !T->src[0])
        snprintf(T->src, sizeof T->src, "after");
      i++;
      continue;
    }
    if (w[0] == '&') {
      /* a set of prepositions before a noun: an oblique with those cases */
      char nm[128];
      const char *cases = NULL;
      if (set_name(nm, sizeof nm, tok[i]))
        for (size_t k = 0; k < V->nsets; k++)
          if (!strcmp(V->sets[k], nm))
            cases = V->cases[k];
      if (cases && i + 1 < n && tok[i + 1][0] != '(' && tok[i + 1][0] != '{' &&
          strlen(cases) < 40) {
        int j = i + 1;
        while (j < n && !strchr("(){}&", tok[j][0]))
          j++;
        char val[300], rel[48];
        if (np_value(V, tok, i + 1, j, val, sizeof val, why))
          return -1;
        snprintf(rel, sizeof rel, "obl(%s)", cases);
        if (has_tok(tok, i + 1, j, "+"))
          snprintf(T->tgt, sizeof T->tgt, "%s", rel);
        if (add_cons(T, rel, val[0] ? val : "*"))
          goto full;
        i = j > i + 1 ? j : i + 1;
        continue;
      }
    }
    int np_follows = !V->p2 && i + 1 < n && word_ok(tok[i + 1]) &&
                     !in_list(preps, tok[i + 1]);
    if (!np_follows && w[0] == '&') { /* a set: an object */
      char val[300];
      if (value_of(V, tok[i], val, sizeof val, why))
        return -1;
      if (add_cons(T, "obj", val))
        goto full;
      if (!V->p2 && val[0] == '&' && !strchr(val, '|'))
        snprintf(T->loneset, sizeof T->loneset, "%s", val);
      i++;
      continue;
    }
    if (!word_ok(w) && w[0] != '&') {
      *why = "a word sima cannot match";
      return -1;
    }
    /* TABARI style: a preposition with nothing after it (or only +/$):
    ** "the object's own prepositional phrase" when there is an object */
    if (!V->p2 && in_list(preps, w) &&
        (i + 1 == n || !strcmp(tok[i + 1], "+") || !strcmp(tok[i + 1], "$") ||
         !strcmp(tok[i + 1], "^") || !strcmp(tok[i + 1], "%"))) {
      int plus = i + 1 < n && !strcmp(tok[i + 1], "+");
      int dollar = i + 1 < n && !strcmp(tok[i + 1], "$");
      if (i + 1 < n && !strcmp(tok[i + 1], "^")) {
        /* "IN ^ +", "AT ^ ^ +": the actor after one (two) skipped after
        ** the preposition (`skip(w)`, `skip2(w)`: "celebrated Iftar in
        ** Osgiliath with the leaders of Gondor"), TABARI's positions */
        int k = 1;
        while (i + 1 + k < n && !strcmp(tok[i + 1 + k], "^"))
          k++;
        int pl = i + 1 + k < n && !strcmp(tok[i + 1 + k], "+");
        int dl = i + 1 + k < n && !strcmp(tok[i + 1 + k], "$");
        if (!V->p2 && k <= 2 && (pl || dl) && strlen(w) < 40) {
          snprintf(pl ? T->tgt : T->src, sizeof T->tgt, "%s(%s)",
                   k == 1 ? "skip" : "skip2", w);
          if (add_cons(T, "seq", w)) /* the preposition, after the verb */
            goto full;
          i += 2 + k;
          continue;
        }
        i += 2; /* "AT ^": a preposition and a skipped word: no constraint
                ** (the parse may hang it on the verb or on a noun) */
        continue;
      }
      vcons *last = NULL;
      for (int c = T->ncons - 1; c >= 0 && !last; c--)
        if (!strcmp(T->cons[c].rel, "obj"))
          last = &T->cons[c];
      if (!last && skipped && (plus || dollar)) {
        /* "* THEIR ^ ABOUT +": the phrase on the skipped object */
        char path[64], sub[64];
        snprintf(path, sizeof path, "obj>nmod(%.20s)", w);
        snprintf(sub, sizeof sub, "*[nmod(%.20s)=*]", w);
        snprintf(plus ? T->tgt : T->src, sizeof T->tgt, "%s", path);
        if (add_cons(T, "obj", sub))
          goto full;
      } else if (last) {
        size_t sl = strlen(last->sub);
        snprintf(last->sub + sl, sizeof last->sub - sl, "%snmod(%.40s)=*",
                 sl ? " " : "", w);
        if (plus)
          snprintf(T->tgt, sizeof T->tgt, "obj>nmod(%.20s)|obl(%.20s)", w, w);
        if (dollar)
          snprintf(T->src, sizeof T->src, "obj>nmod(%.20s)|obl(%.20s)", w, w);
      } else {
        char rel[48];
        snprintf(rel, sizeof rel, "obl(%.40s)", w);
        if (plus)
          snprintf(T->tgt, sizeof T->tgt, "%s", rel);
        else if (add_cons(T, rel, "*"))
          goto full;
        if (dollar) /* "+ WAS * DEAD IN $": the source after IN */
          snprintf(T->src, sizeof T->src, "%s", rel);
      }
      i += plus || dollar ? 2 : 1;
      continue;
    }
    /* TABARI style: PREP words... is a prepositional phrase */
    if (!V->p2 && in_list(preps, w) && i + 1 < n &&
        strcmp(tok[i + 1], "(") && strcmp(tok[i + 1], "{")) {
      char nx[V_WORD];
      lower(nx, tok[i + 1], sizeof nx);
      if (!in_list(preps, nx) && !in_list(particles, nx)) {
        int j = i + 1;
        while (j < n) {
          char t2[V_WORD];
          lower(t2, tok[j], sizeof t2);
          if (j > i + 1 && (in_list(preps, t2) || t2[0] == '(' ||
                            t2[0] == '{'))
            break;
          j++;
        }
        char val[300];
        if (np_value(V, tok, i + 1, j, val, sizeof val, why))
          return -1;
        if (has_tok(tok, i + 1, j, "+"))
          snprintf(T->tgt, sizeof T->tgt, "obl(%.40s)", w);
        if (has_tok(tok, i + 1, j, "$"))
          snprintf(T->src, sizeof T->src, "obl(%.40s)", w);
        if (val[0]) {
          /* "TO ATTEND" is as often a complement as an oblique: a
          ** dependent by any relation */
          int r;
          if (!strcmp(w, "to") && !strchr(val, '_') && val[0] != '&') {
            r = add_extra(T, val);
          } else {
            char rel[48];
            snprintf(rel, sizeof rel, "obl(%.40s)", w);
            r = add_cons(T, rel, val);
          }
          if (r)
            goto full;
        }
        i = j;
        continue;
      }
    }
    if (in_list(particles, w) || V->p2) {
      char lw[V_WORD];
      if (in_list(particles, w))
        snprintf(lw, sizeof lw, "%s", w);
      else
        noun_lemma(lw, w, sizeof lw);
      if (add_extra(T, lw))
        goto full;
      i++;
      continue;
    }
    /* TABARI: consecutive plain words are one noun phrase */
    int j = i;
    while (j < n) {
      char t2[V_WORD];
      lower(t2, tok[j], sizeof t2);
      if (strchr("(){}+$^%", t2[0]) || in_list(preps, t2) ||
          in_list(particles, t2) || (!word_ok(t2) && t2[0] != '&'))
        break;
      j++;
    }
    if (j == i) /* a lone preposition or an odd word: as a trigger word */
      j = i + 1;
    if (j == i + 1 && tok[i][0] != '&') {
      char lw[V_WORD];
      noun_lemma(lw, w, sizeof lw);
      if (add_extra(T, lw))
        goto full;
      snprintf(T->lone, sizeof T->lone, "%s", lw);
    } else {
      char val[300];
      if (np_value(V, tok, i, j, val, sizeof val, why))
        return -1;
      if (val[0] && add_cons(T, "obj", val))
        goto full;
      if (j == i + 1 && val[0] == '&')
        snprintf(T->loneset, sizeof T->loneset, "%s", val);
    }
    i = j;
  }
  if (!V->p2 && word_order(V, body, T) != 0)
    goto full;
  if (T->nextras == 0 && T->ncons == 0 && !T->neg && !T->tgt[0] &&
      !T->src[0] && n > 1) {
    *why = "nothing sima can match is left";
    return -2; /* only words before the verb that sima cannot express */
  }
  return 0;
full:
  *why = "too many items in one pattern";
  return -1;
}

/* The constraints of a TABARI pattern's "words after the verb" variant
** (id .93): each object, prepositional phrase and trigger word may lie
** anywhere below the verb and after it (`below=`, pattern.h), as TABARI
** reads words in order rather than dependents ("allowed that Mordor isn't
** a really pleasant place": `below=really_pleasant`).  An object's
** `[nmod(about)=*]` becomes `below=about`; `obl(on)=issue` becomes
** `below=issue below=on`; other constraints, the roles and `neg` are
** kept.  Writes " REL=VALUE ..." to out; returns the number of `below=`
** items (0: no variant worth emitting), -1 if out is too small. */
/* Whether an object value v ("neatest_place|...") is a run of words that
** a `seq=` of T already tests in order: its first alternative's head
** begins a word of the seq ("place" in "the_neatest_place", "memo" in
** "military_memos"). */
static int seq_covers(const vtrans *T, const char *v) {
  size_t al = strcspn(v, "|[");
  const char *h = v;
  for (const char *p = v; p < v + al; p++)
    if (*p == '_')
      h = p + 1;
  size_t hl = (size_t)(v + al - h);
  if (hl == 0 || h == v) /* one word: no run */
    return 0;
  for (int c = 0; c < T->ncons; c++) {
    if (strcmp(T->cons[c].rel, "seq"))
      continue;
    for (const char *p = T->cons[c].val; *p; p++)
      if ((p == T->cons[c].val || p[-1] == '_' || p[-1] == '|') &&
          !strncmp(p, h, hl))
        return 1;
  }
  return 0;
}

static int below_items(const vtrans *T, int heads, int *ncovered, char *out,
                       size_t cap) {
  size_t o = 0;
  *ncovered = 0;
  int nb = 0;
  out[0] = '\0';
#define PUT(...)                                                               \
  do {                                                                         \
    int w_ = snprintf(out + o, cap - o, __VA_ARGS__);                          \
    if (w_ < 0 || (size_t)w_ >= cap - o)                                       \
      return -1;                                                               \
    o += (size_t)w_;                                                           \
  } while (0)
  for (int e = 0; e < T->nextras; e++) {
    PUT(" below=%s", T->extras[e]);
    nb++;
  }
  for (int c = 0; c < T->ncons; c++) {
    const vcons *k = &T->cons[c];
    const char *v = k->val[0] ? k->val : "*";
    if (!strcmp(k->rel, "obj")) {
      /* nested nmod(p)=* items flatten to below=p; others stay nested */
      char keep[300] = "";
      size_t kl = 0;
      const char *q = k->sub;
      while (*q) {
        size_t l = strcspn(q, " ");
        if (l > 8 && !strncmp(q, "nmod(", 5) && !strncmp(q + l - 3, ")=*", 3)) {
          PUT(" below=%.*s", (int)(l - 8), q + 5);
          nb++;
        } else if (kl + l + 2 < sizeof keep) {
          kl += (size_t)snprintf(keep + kl, sizeof keep - kl, "%s%.*s",
                                 kl ? " " : "", (int)l, q);
        }
        q += l;
        while (*q == ' ')
          q++;
      }
      if (!strcmp(v, "*") && !keep[0])
        continue;
      if (!keep[0] && seq_covers(T, v))
        ++*ncovered;
      if (heads && !keep[0] && seq_covers(T, v)) {
        /* the run is the seq's: only its head below the verb */
        size_t al = strcspn(v, "|");
        const char *h = v;
        for (const char *p = v; p < v + al; p++)
          if (*p == '_')
            h = p + 1;
        PUT(" below=%.*s", (int)(v + al - h), h);
        nb++;
        continue;
      }
      PUT(" below=");
      while (1) {
        size_t al = strcspn(v, "|");
        PUT("%.*s%s%s%s", (int)al, v, keep[0] ? "[" : "", keep,
            keep[0] ? "]" : "");
        if (!v[al])
          break;
        PUT("|");
        v += al + 1;
      }
      nb++;
    } else if (!strncmp(k->rel, "obl(", 4) && !k->sub[0] &&
               !strchr(k->rel, '|')) {
      size_t pl = strcspn(k->rel + 4, ")");
      if (strcmp(v, "*"))
        PUT(" below=%s", v);
      PUT(" below=%.*s", (int)pl, k->rel + 4);
      nb++;
    } else {
      PUT(" %s=%s%s%s%s", k->rel, v, k->sub[0] ? "[" : "", k->sub,
          k->sub[0] ? "]" : "");
      nb += !strcmp(k->rel, "seq"); /* words after the verb, in order */
    }
  }
  if (T->tgt[0])
    PUT(" tgt=%s", T->tgt);
  if (T->src[0])
    PUT(" src=%s", T->src);
  if (T->neg)
    PUT(" neg");
  PUT(" nomood tabari"); /* only for TABARI/PETRARCH1 files */
#undef PUT
  return nb;
}

/* Checks a legacy code: NNN, NNNN, NN, NNN:NNN, NNNx or ---.  Writes sima's form
** to out; returns 1 if fine, 0 if malformed, -1 if well-formed but not
** expressible in sima (":173", a target-only paired code). */
static int legacy_code(const char *s, size_t n, char *out, size_t cap) {
  char c[32];
  size_t k = 0;
  for (size_t i = 0; i < n && k + 1 < sizeof c; i++)
    if (!isspace((unsigned char)s[i]))
      c[k++] = s[i];
  c[k] = '\0';
  if (!strcmp(c, "---")) {
    snprintf(out, cap, "---");
    return 1;
  }
  if (c[0] == ':')
    return -1;
  char *colon = strchr(c, ':');
  /* one letter after 3-4 digits ("174K"): a code of the file's own, which
  ** PETRARCH writes as given; kept, for loaders without a CAMEO table */
  size_t suf = !colon && k > 3 && isalpha((unsigned char)c[k - 1]) ? 1 : 0;
  for (char *p = c; *p; p++)
    if (!isdigit((unsigned char)*p) && p != colon && p != c + k - suf)
      return 0;
  size_t a = colon ? (size_t)(colon - c) : k - suf;
  size_t b = colon ? k - a - 1 : 0;
  if (a < 2 || a > 4 || (colon && (b < 2 || b > 4)))
    return 0;
  snprintf(out, cap, "%.15s", c);
  return 1;
}

static void rule_id(char *d, size_t cap, const char *code, uint32_t line,
                    int chunk) {
  char c[8];
  if (!strcmp(code, "---"))
    snprintf(c, sizeof c, "000");
  else {
    size_t k = strspn(code, "0123456789"); /* "174K" -> P-174 */
    snprintf(c, sizeof c, "%.*s", (int)(k < 7 ? k : 7), code);
  }
  if (chunk)
    snprintf(d, cap, "P-%s.%u.%d", c, line, chunk);
  else
    snprintf(d, cap, "P-%s.%u", c, line);
}

/* Writes "ID CODE head[_EXTRAS]|... TAIL verbseq=PRE seq=POST form=F END"
** for a multi-word verb of a TABARI/PETRARCH1 file: its head word (the
** part of each alternative before '_'), with T's extra words when T is
** given, and its other words as word-order constraints. */
static void emit_in_order(vstate *V, const vverb *v, const char *id,
                          const char *code, const vtrans *T, const char *tail,
                          const char *end) {
  petr_buf_printf(&V->out, "%s %s ", id, code);
  for (int a = 0; a < v->nalts; a++) {
    petr_buf_printf(&V->out, "%s%.*s", a ? "|" : "",
                    (int)strcspn(v->trig[a], "_"), v->trig[a]);
    for (int e = 0; T && e < T->nextras; e++)
      petr_buf_printf(&V->out, "_%s", T->extras[e]);
  }
  petr_buf_printf(&V->out, "%s", tail);
  if (v->pre[0])
    petr_buf_printf(&V->out, " verbseq=%s", v->pre);
  if (v->post[0])
    petr_buf_printf(&V->out, " seq=%s", v->post);
  if (v->form[0])
    petr_buf_printf(&V->out, " form=%s", v->form);
  petr_buf_puts(&V->out, end);
  if (V->r.st)
    V->r.st->nemitted++;
}

/* For a multi-word verb of a TABARI/PETRARCH1 file ("WIRE_+TAP"), writes
** "ID CODE tap[_EXTRAS] TAIL verbseq=wire": its words in order wherever
** the parse hangs them (see the .95 bare pattern). */
static void emit_multiword(vstate *V, const vverb *v, const char *id,
                           const char *code, const vtrans *T,
                           const char *tail) {
  if (V->p2 || (!v->pre[0] && !v->post[0]))
    return;
  /* one line per verb: its own id, "P-064.12.0.9" for the verb on line 9 */
  char full[80];
  snprintf(full, sizeof full, "%s.0.%u", id, v->line);
  emit_in_order(V, v, full, code, T, tail, "\n");
}

/* Writes "ID CODE verb|verb... TAIL" for the verbs of block B listed in
** their base form, then one "ID CODE verb TAIL form=WORD" line per verb
** listed as an inflected form. */
static void emit_all_verbs(vstate *V, vblock *B, const char *id,
                           const char *code, const char *tail) {
  int any = 0;
  for (size_t k = 0; k < B->nverbs; k++)
    for (int a = 0; a < B->verbs[k].nalts && !B->verbs[k].form[0]; a++) {
      if (!any)
        petr_buf_printf(&V->out, "%s %s ", id, code);
      petr_buf_printf(&V->out, "%s%s", any ? "|" : "", B->verbs[k].trig[a]);
      any = 1;
    }
  if (any) {
    petr_buf_printf(&V->out, "%s\n", tail);
    if (V->r.st)
      V->r.st->nemitted++;
  }
  for (size_t k = 0; k < B->nverbs; k++)
    if (B->verbs[k].form[0]) {
      petr_buf_printf(&V->out, "%s.0.%u %s %s%s form=%s\n", id,
                      B->verbs[k].line, code, B->verbs[k].trig[0], tail,
                      B->verbs[k].form);
      if (V->r.st)
        V->r.st->nemitted++;
    }
  for (size_t k = 0; k < B->nverbs; k++)
    emit_multiword(V, &B->verbs[k], id, code, NULL, tail);
}

/* Appends " forms=&P_VFn" (pattern.h: the trigger's surface form is one
** of the set's), the set being the union of the surface forms of B's
** verbs written once before the block's lines, and " petrnp" (PETRARCH's
** noun phrases, pattern.h) to each pattern line written since byte
** `from` of the output: PETRARCH looks a verb up by its word, sima by its
** lemma ("departes", lemma depart, is no form of DEPART).  TABARI .verbs
** files (V->old) are left alone. */
static void add_forms(vstate *V, const vblock *B, size_t from) {
  petr_buf u = {0};
  for (size_t k = 0; k < B->nverbs; k++) {
    const char *f = B->verbs[k].forms;
    while (*f) {
      size_t fl = strcspn(f, "|");
      int dup = 0;
      for (const char *q = u.p; q && q < u.p + u.n && !dup;) {
        size_t ql = strcspn(q, " ");
        dup = ql == fl && !memcmp(q, f, fl);
        q += ql + (q[ql] == ' ' ? 3 : 0);
      }
      if (!dup) {
        if (u.n)
          petr_buf_put(&u, " | ", 3);
        petr_buf_put(&u, f, fl);
      }
      f += fl + (f[fl] == '|');
    }
  }
  if (!V->old && !u.oom && !V->out.oom && from < V->out.n) {
    size_t n = V->out.n - from;
    char *seg = malloc(n);
    if (seg) {
      memcpy(seg, V->out.p + from, n);
      V->out.n = from;
      char set[32] = "";
      if (u.n) {
        snprintf(set, sizeof set, "&P_VF%zu", from);
        petr_buf_printf(&V->out, "%s = ", set);
        petr_buf_put(&V->out, u.p, u.n);
        petr_buf_puts(&V->out, "\n");
      }
      for (size_t i = 0; i < n;) {
        size_t e = i;
        while (e < n && seg[e] != '\n')
          e++;
        petr_buf_put(&V->out, seg + i, e - i);
        if (e - i > 2 && !memcmp(seg + i, "P-", 2)) {
          if (set[0])
            petr_buf_printf(&V->out, " forms=%s", set);
          petr_buf_puts(&V->out, " petrnp");
        }
        if (e < n)
          petr_buf_put(&V->out, "\n", 1);
        i = e + 1;
      }
      free(seg);
    }
  }
  free(u.p);
}

static sima_status block_flush(vstate *V, vblock *B, sima_error *err) {
  sima_status st = SIMA_OK;
  if (!B->open)
    return SIMA_OK;
  B->open = 0;
  size_t from = V->out.n;
  /* the bare verbs */
  for (size_t i = 0; i < B->nverbs; i++) {
    const vverb *v = &B->verbs[i];
    const char *code = v->code[0] ? v->code : B->code;
    if (!code[0] || !strcmp(code, "---"))
      continue;
    char id[64];
    rule_id(id, sizeof id, code, v->line, 0);
    petr_buf_printf(&V->out, "%s %s ", id, code);
    for (int a = 0; a < v->nalts; a++)
      petr_buf_printf(&V->out, "%s%s", a ? "|" : "", v->trig[a]);
    if (v->form[0])
      petr_buf_printf(&V->out, " form=%s", v->form);
    /* tgt: the %default */
    petr_buf_puts(&V->out, V->p2 ? " nomood\n" : " nomood tabari\n");
    if (V->r.st)
      V->r.st->nemitted++;
    /* "+CORDON_OFF": the words of a multi-word verb are consecutive in
    ** the text; the parse may hang the particle elsewhere ("cordoned off
    ** the roads", *off* a case of *roads*): the verb with its words in
    ** order (id .95) */
    if (!V->p2 && (v->pre[0] || v->post[0])) {
      rule_id(id, sizeof id, code, v->line, 95);
      emit_in_order(V, v, id, code, NULL, "", " nomood tabari\n"); /* !V->p2 */
    }
  }
  /* the patterns, on every verb of the block */
  for (size_t p = 0; p < B->npats && st == SIMA_OK; p++) {
    const vpat *pt = &B->pats[p];
    char *lb = strrchr(pt->text, '[');
    char *rb = lb ? strchr(lb, ']') : NULL;
    if (!lb || !rb) {
      st = bad_entry(&V->r, pt->line, err, "pattern without a [code]");
      continue;
    }
    char code[16];
    int cr = legacy_code(lb + 1, (size_t)(rb - lb - 1), code, sizeof code);
    if (cr == 0) {
      st = bad_entry(&V->r, pt->line, err, "bad code '%.*s'",
                     (int)(rb - lb + 1), lb);
      continue;
    }
    if (cr < 0) { /* [:173]: only the reverse event; sima cannot say it */
      if (V->r.st)
        V->r.st->nskipped++;
      continue;
    }
    *lb = '\0';
    vtrans T;
    const char *why = NULL;
    char alt[2048];
    if (V->old && strchr(pt->text, '{')) {
      snprintf(alt, sizeof alt, "%s", pt->text);
      if (tabari_alts(V, alt, sizeof alt, pt->line, &why)) {
        st = why ? bad_entry(&V->r, pt->line, err, "%s: '-%s'", why, pt->text)
                 : sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
        continue;
      }
      free(pt->text);
      if (!(B->pats[p].text = strdup(alt))) {
        st = sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
        continue;
      }
      pt = &B->pats[p];
    }
    int tr = translate_body(V, pt->text, &T, &why);
    if (tr == -2) { /* untranslatable, not malformed: counted, no noise */
      if (V->r.st)
        V->r.st->nskipped++;
      continue;
    }
    if (tr) {
      st = bad_entry(&V->r, pt->line, err, "%s: '-%s'", why, pt->text);
      continue;
    }
    if (B->nverbs == 0) {
      st = bad_entry(&V->r, pt->line, err, "pattern in a block with no verb");
      continue;
    }
    /* "Gondor and Osgiliath delayed their meeting": each acts on the
    ** other, so a `%` pattern codes both directions (a paired X:X) */
    if (T.mutual && !strchr(code, ':') && strcmp(code, "---")) {
      char one[8];
      snprintf(one, sizeof one, "%.7s", code);
      snprintf(code, sizeof code, "%s:%s", one, one);
    }
    /* items */
    char items[2048];
    size_t io = 0;
    items[0] = '\0';
    for (int c = 0; c < T.ncons && io < sizeof items; c++) {
      const vcons *k = &T.cons[c];
      io += (size_t)snprintf(items + io, sizeof items - io, " %s=", k->rel);
      /* nested constraints go after every alternative of the value */
      const char *v = k->val[0] ? k->val : "*";
      while (io < sizeof items) {
        size_t al = strcspn(v, "|");
        io += (size_t)snprintf(items + io, sizeof items - io, "%.*s%s%s%s",
                               (int)al, v, k->sub[0] ? "[" : "", k->sub,
                               k->sub[0] ? "]" : "");
        if (!v[al])
          break;
        if (io < sizeof items)
          items[io++] = '|';
        v += al + 1;
      }
    }
    if (io < sizeof items && T.tgt[0]) /* else the file's %default */
      io += (size_t)snprintf(items + io, sizeof items - io, " tgt=%s",
                             T.tgt);
    if (io < sizeof items && T.src[0])
      io += (size_t)snprintf(items + io, sizeof items - io, " src=%s", T.src);
    if (io < sizeof items && T.neg)
      io += (size_t)snprintf(items + io, sizeof items - io, " neg");
    /* a legacy code is final: PETRARCH applies no mood rules */
    if (io < sizeof items)
      io += (size_t)snprintf(items + io, sizeof items - io, "%s",
                             V->p2 ? " nomood" : " nomood tabari");
    if (io >= sizeof items) {
      st = bad_entry(&V->r, pt->line, err, "pattern too long");
      continue;
    }
    /* the trigger: every verb with the extra words, in chunks that keep
    ** lines short */
    petr_buf trig = {0};
    int chunk = 0, nchunks = 0;
    size_t v = 0, nplain = 0;
    for (size_t k = 0; k < B->nverbs; k++)
      nplain += !B->verbs[k].form[0];
    while (v < B->nverbs && nplain > 0) {
      trig.n = 0;
      if (trig.p)
        trig.p[0] = '\0';
      for (; v < B->nverbs && trig.n < 3000; v++)
        for (int a = 0; a < B->verbs[v].nalts && !B->verbs[v].form[0]; a++) {
          if (trig.n)
            petr_buf_put(&trig, "|", 1);
          petr_buf_puts(&trig, B->verbs[v].trig[a]);
          for (int e = 0; e < T.nextras; e++) {
            petr_buf_put(&trig, "_", 1);
            petr_buf_puts(&trig, T.extras[e]);
          }
        }
      nchunks++;
      if (v < B->nverbs || nchunks > 1)
        chunk = nchunks;
      char id[64];
      rule_id(id, sizeof id, code, pt->line, chunk);
      if (trig.n == 0)
        continue;
      petr_buf_printf(&V->out, "%s %s %s%s\n", id, code,
                      trig.p ? trig.p : "", items);
      if (V->r.st)
        V->r.st->nemitted++;
    }
    /* multi-word verbs with their words in order */
    {
      char id[64];
      rule_id(id, sizeof id, code, pt->line, 0);
      for (size_t k = 0; k < B->nverbs; k++)
        emit_multiword(V, &B->verbs[k], id, code, &T, items);
    }
    /* the inflected forms, each with its form= */
    for (size_t k = 0; k < B->nverbs; k++) {
      const vverb *fv = &B->verbs[k];
      if (!fv->form[0])
        continue;
      char id[64];
      rule_id(id, sizeof id, code, pt->line, 0);
      petr_buf_printf(&V->out, "%s.0.%u %s %s", id, fv->line, code,
                      fv->trig[0]);
      for (int e = 0; e < T.nextras; e++)
        petr_buf_printf(&V->out, "_%s", T.extras[e]);
      petr_buf_printf(&V->out, "%s form=%s\n", items, fv->form);
      if (V->r.st)
        V->r.st->nemitted++;
    }
    petr_buf_free(&trig);
    /* TABARI reads words in order after the verb, sima dependents: a lone
    ** noun may also modify the object ("fired artillery shells") or be
    ** the object of a complement ("vowed to wage war") */
    /* the same for a lone set ("- * &REVOLT": "adopt a revolutionary
    ** manifesto"), its obj= constraint replaced */
    const char *lone = T.lone;
    if (!V->p2 && T.loneset[0] && T.npost == 1 && T.nextras == 0 &&
        T.ncons == 1 && !T.lone[0]) {
      char cut[320];
      snprintf(cut, sizeof cut, " obj=%s", T.loneset);
      char *at = strstr(items, cut);
      size_t cl = strlen(cut);
      if (at && (at[cl] == ' ' || at[cl] == '\0')) {
        memmove(at, at + cl, strlen(at + cl) + 1);
        lone = T.loneset;
        T.nextras = 1;
      }
    }
    if (!V->p2 && lone[0] && T.npost == 1 && T.nextras == 1) {
      for (int f = 0; f < 2; f++) {
        char id[64], extra[700];
        if (f == 0)
          snprintf(extra, sizeof extra, " obj=*[compound=%s]|*[amod=%s]",
                   lone, lone);
        else
          snprintf(extra, sizeof extra, " xcomp=*[obj=%s]", lone);
        rule_id(id, sizeof id, code, pt->line, 91 + f);
        char tail[2800];
        snprintf(tail, sizeof tail, "%s%s", extra, items);
        emit_all_verbs(V, B, id, code, tail);
      }
    }
    /* a lone noun has its variants above */
    if (!V->p2 && !T.mutual && T.npost > 0 &&
        !(T.npost == 1 && (T.lone[0] || T.loneset[0]))) {
      char bitems[2048];
      int ncov = 0;
      if (below_items(&T, 0, &ncov, bitems, sizeof bitems) > 0) {
        char id[64];
        rule_id(id, sizeof id, code, pt->line, 93);
        emit_all_verbs(V, B, id, code, bitems);
      }
      /* a run of `_` words that is no dependency phrase ("a real
      ** pleasant place": *real* and *pleasant* both modify *place*): its
      ** head below the verb and the run in order (id .94) */
      if (ncov > 0 && below_items(&T, 1, &ncov, bitems, sizeof bitems) > 0) {
        char id[64];
        rule_id(id, sizeof id, code, pt->line, 94);
        emit_all_verbs(V, B, id, code, bitems);
      }
    }
  }
  if (st == SIMA_OK)
    add_forms(V, B, from);
  for (size_t p = 0; p < B->npats; p++)
    free(B->pats[p].text);
  B->npats = 0;
  B->nverbs = 0;
  return st;
}

/* The surface forms under which PETRARCH (PETRreader make_verb_forms,
** get_verb_forms) looks verb w up, written '|'-joined to out: w, then
** the forms of line's `{...}` list, or when it has none the regular ones
** (w+S, then w+D and w-E+ING after an E, else w+ED and w+ING):
** DEPART gives depart|departs|departed|departing ("departes" is none of
** them).  line NULL (TABARI .verbs files): out is "". */
static void verb_forms(const char *line, const char *w, char *out,
                       size_t cap) {
  out[0] = '\0';
  if (!line)
    return;
  size_t l = strlen(w), o = 0;
  const char *lb = strchr(line, '{');
  const char *rb = lb ? strchr(lb, '}') : NULL;
#define ADDF(fmt, ...)                                                         \
  do {                                                                         \
    int r_ = snprintf(out + o, cap - o, "%s" fmt, o ? "|" : "", __VA_ARGS__);  \
    if (r_ < 0 || (size_t)r_ >= cap - o) {                                     \
      out[o] = '\0';                                                           \
      return;                                                                  \
    }                                                                          \
    o += (size_t)r_;                                                           \
  } while (0)
  ADDF("%s", w);
  if (lb && rb) {
    for (const char *p = lb + 1; p < rb;) {
      while (p < rb && isspace((unsigned char)*p))
        p++;
      const char *q = p;
      while (q < rb && !isspace((unsigned char)*q))
        q++;
      /* of a multi-word form ("WIRE_+TAPPED") the word marked '+', else
      ** the first */
      const char *h = p, *e;
      for (const char *x = p; x < q; x++)
        if (*x == '+' && (x == p || x[-1] == '_')) {
          h = x + 1;
          break;
        }
      for (e = h; e < q && *e != '_';)
        e++;
      char f[V_WORD];
      size_t fl = (size_t)(e - h) < V_WORD ? (size_t)(e - h) : V_WORD - 1;
      for (size_t i = 0; i < fl; i++)
        f[i] = (char)tolower((unsigned char)h[i]);
      f[fl] = '\0';
      if (fl > 0 && word_ok(f))
        ADDF("%s", f);
      p = q;
    }
  } else if (l > 0) {
    ADDF("%ss", w);
    if (w[l - 1] == 'e') {
      ADDF("%sd", w);
      ADDF("%.*sing", (int)(l - 1), w);
    } else {
      ADDF("%sed", w);
      ADDF("%sing", w);
    }
  }
#undef ADDF
}

/* Reads a verb line of a block: SPEC {forms} [code]. */
static sima_status verb_line(vstate *V, vblock *B, const char *s,
                             uint32_t line, sima_error *err) {
  char spec[256];
  size_t k = 0;
  while (s[k] && !isspace((unsigned char)s[k]) && s[k] != '{' && s[k] != '[' &&
         k + 1 < sizeof spec) {
    spec[k] = s[k];
    k++;
  }
  spec[k] = '\0';
  char code[16] = "";
  const char *lb = strchr(s, '[');
  if (lb) {
    const char *rb = strchr(lb, ']');
    if (!rb)
      return bad_entry(&V->r, line, err, "missing ']'");
    int cr = legacy_code(lb + 1, (size_t)(rb - lb - 1), code, sizeof code);
    if (cr <= 0)
      return bad_entry(&V->r, line, err, "bad verb code '%.*s'",
                       (int)(rb - lb + 1), lb);
  }
  /* words of the spec; the one marked '+' is the verb */
  char words[8][V_WORD];
  int nw = 0, head = -1;
  const char *p = spec;
  while (*p && nw < 8) {
    const char *q = strchr(p, '_');
    size_t wl = q ? (size_t)(q - p) : strlen(p);
    if (wl > 0) {
      int plus = p[0] == '+';
      if (plus) {
        head = nw;
        p++, wl--;
      }
      if (wl >= V_WORD)
        wl = V_WORD - 1;
      for (size_t i = 0; i < wl; i++)
        words[nw][i] = (char)tolower((unsigned char)p[i]);
      words[nw][wl] = '\0';
      if (wl > 0)
        nw++;
      else if (plus)
        head = -1;
    }
    if (!q)
      break;
    p = q + 1;
  }
  if (nw == 0)
    return bad_entry(&V->r, line, err, "empty verb");
  if (nw > 1 && head < 0 && V->old)
    head = 0; /* TABARI: the first word is the verb */
  if (nw > 1 && head < 0)
    return bad_entry(&V->r, line, err,
                     "multi-word verb '%s' does not mark its verb with '+'",
                     spec);
  if (head < 0)
    head = 0;
  for (int i = 0; i < nw; i++)
    if (!word_ok(words[i]))
      return bad_entry(&V->r, line, err, "bad word in verb '%s'", spec);
  if (B->nverbs == B->capverbs) {
    size_t cap = B->capverbs ? B->capverbs * 2 : 32;
    vverb *nv = realloc(B->verbs, cap * sizeof *nv);
    if (!nv)
      return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
    B->verbs = nv;
    B->capverbs = cap;
  }
  vverb *v = &B->verbs[B->nverbs++];
  char bases[V_ALTS][V_WORD];
  int nb = 1;
  v->form[0] = '\0';
  if (V->p2) /* PETRARCH2 lists base forms */
    snprintf(bases[0], V_WORD, "%s", words[head]);
  else {
    nb = verb_bases(words[head], bases, V_ALTS);
    /* an irregular form ("LEFT", "MET") is looked up as written: a block
    ** of its own beside its base's ("LEFT [032:033]" beside "LEAVE
    ** [012]") codes that form only */
    if (nb == 1 && strcmp(bases[0], words[head]) != 0)
      snprintf(v->form, sizeof v->form, "%s", words[head]);
  }
  v->nalts = nb;
  for (int a = 0; a < nb; a++) {
    char *t = v->trig[a];
    size_t o = (size_t)snprintf(t, sizeof v->trig[a], "%s", bases[a]);
    for (int i = 0; i < nw; i++)
      if (i != head && o < sizeof v->trig[a])
        o += (size_t)snprintf(t + o, sizeof v->trig[a] - o, "_%s", words[i]);
  }
  snprintf(v->code, sizeof v->code, "%s", code);
  v->line = line;
  v->pre[0] = v->post[0] = '\0';
  for (int i = 0; i < nw; i++) {
    char *d = i < head ? v->pre : v->post;
    size_t o = strlen(d);
    if (i != head && o + strlen(words[i]) + 2 < V_WORD)
      snprintf(d + o, V_WORD - o, "%s%s", o ? "_" : "", words[i]);
  }
  verb_forms(V->old ? NULL : s, words[head], v->forms, sizeof v->forms);
  if (V->r.st)
    V->r.st->nnames++;
  return SIMA_OK;
}

/* First pass: the synonym sets, emitted as &P_NAME = a | b_c | &P_X. */
static sima_status read_sets(vstate *V, const char *buf, size_t len,
                             sima_error *err) {
  petr_lines *L = malloc(sizeof *L);
  petr_buf members = {0};
  char name[128] = "";
  uint32_t nline = 0;
  sima_status st = SIMA_OK;
  if (!L)
    return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  petr_lines_init(L, buf, len);
  L->semicolon = V->old;
  int in_set = 0, all_preps = 0;
  for (;;) {
    const char *s = petr_lines_next(L, NULL);
    if (s)
      while (*s == ' ' || *s == '\t')
        s++;
    if (in_set && (!s || *s != '+')) { /* the set ends */
      in_set = 0;
      if (members.n == 0) {
        st = bad_entry(&V->r, nline, err, "empty synonym set %s", name);
      } else if (!set_known(V, name)) {
        petr_buf_printf(&V->out, "%s = %s\n", name, members.p);
        if (V->nsets == V->capsets) {
          size_t cap = V->capsets ? V->capsets * 2 : 64;
          char **ns = realloc(V->sets, cap * sizeof *ns);
          char **nc = ns ? realloc(V->cases, cap * sizeof *nc) : NULL;
          if (ns)
            V->sets = ns;
          if (nc)
            V->cases = nc;
          char **nm = nc ? realloc(V->members, cap * sizeof *nm) : NULL;
          if (nm)
            V->members = nm;
          if (!ns || !nc || !nm) {
            st = sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
            break;
          }
          V->capsets = cap;
        }
        V->cases[V->nsets] = NULL;
        V->members[V->nsets] = strdup(members.p);
        if (!(V->sets[V->nsets++] = strdup(name))) {
          V->nsets--;
          st = sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
          break;
        }
        if (all_preps && members.n < 200) {
          char *c = strdup(members.p);
          if (c) { /* "against | in" -> "against|in" */
            size_t o = 0;
            for (size_t k = 0; c[k]; k++)
              if (c[k] != ' ')
                c[o++] = c[k];
            c[o] = '\0';
          }
          V->cases[V->nsets - 1] = c;
        }
        if (V->r.st)
          V->r.st->nsets++;
      } else {
        st = bad_entry(&V->r, nline, err, "synonym set %s defined twice",
                       name);
      }
      if (st != SIMA_OK)
        break;
    }
    if (!s)
      break;
    /* in a TABARI .verbs file (V->old) braces are its `{ FORMS }` lines
    ** and `{ A | B }` disjunctions, not PETRARCH2 noun phrases */
    if (*s == '(' || (*s == '{' && !V->old))
      V->p2 = 1;
    if (*s == '-' && s[1] != '-' &&
        (strchr(s, '(') || (strchr(s, '{') && !V->old)))
      V->p2 = 1;
    if (*s == '&') {
      char raw[128];
      size_t k = strcspn(s, " \t");
      snprintf(raw, sizeof raw, "%.*s", (int)(k < 127 ? k : 127), s);
      if (!set_name(name, sizeof name, raw)) {
        st = bad_entry(&V->r, L->lineno, err, "bad set name '%s'", raw);
        if (st != SIMA_OK)
          break;
        continue;
      }
      in_set = 1;
      all_preps = 1;
      nline = L->lineno;
      members.n = 0;
      if (members.p)
        members.p[0] = '\0';
      continue;
    }
    if (in_set) { /* +MEMBER WORDS_ */
      char tok[V_MAXTOK][V_WORD];
      int n = tokenize_pat(s + 1, tok, V_MAXTOK, NULL);
      char m[512];
      size_t o = 0;
      int bad = n <= 0;
      for (int i = 0; i < n && !bad; i++) {
        char w[V_WORD + 8];
        if (tok[i][0] == '&') {
          if (n > 1 || !set_name(w, sizeof w, tok[i])) {
            bad = 1; /* a set inside a phrase */
            break;
          }
        } else if (i == n - 1) {
          noun_lemma(w, tok[i], sizeof w);
        } else {
          lower(w, tok[i], sizeof w);
        }
        if (w[0] != '&' && !word_ok(w))
          bad = 1;
        o += (size_t)snprintf(m + o, o < sizeof m ? sizeof m - o : 0, "%s%s",
                              i ? "_" : "", w);
      }
      if (bad || o >= sizeof m) {
        st = bad_entry(&V->r, L->lineno, err, "bad synonym '%s'", s);
        if (st != SIMA_OK)
          break;
        continue;
      }
      if (members.n)
        petr_buf_puts(&members, " | ");
      petr_buf_puts(&members, m);
      if (!in_list(preps, m))
        all_preps = 0;
      if (V->r.st)
        V->r.st->nnames++;
    }
  }
  petr_buf_free(&members);
  free(L);
  return st;
}

sima_status sima_petr_verbs_translate(const char *name, const char *buf,
                                      size_t len, int lenient,
                                      sima_warn_fn warn, void *warn_ud,
                                      char **out, size_t *out_len,
                                      sima_petr_stats *stp, sima_error *err) {
  sima_petr_stats local = {0};
  vstate V;
  memset(&V, 0, sizeof V);
  V.r = (reporter){name ? name : "-", lenient, warn, warn_ud,
                   stp ? stp : &local};
  *out = NULL;
  if (out_len)
    *out_len = 0;
  petr_buf_printf(&V.out, "%%default tgt=%s\n", PETR_TGT);
  petr_buf_printf(&V.out, "# %s, translated from PETRARCH/TABARI by sima\n",
                  V.r.name);
  V.old = 1;
  for (size_t i = 0; i + 3 <= len; i++)
    if ((i == 0 || buf[i - 1] == '\n') && !memcmp(buf + i, "---", 3)) {
      V.old = 0;
      break;
    }
  sima_status st = read_sets(&V, buf, len, err);
  /* TABARI/PETRARCH1: failing those, the first actor after the verb */
  if (st == SIMA_OK && !V.p2)
    petr_buf_printf(&V.out, "%%default tgt=%s|after\n", PETR_TGT);
  petr_lines *L = malloc(sizeof *L);
  vblock B;
  memset(&B, 0, sizeof B);
  if (!L && st == SIMA_OK)
    st = sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  if (st == SIMA_OK) {
    petr_lines_init(L, buf, len);
    L->semicolon = V.old;
  }
  int in_set = 0;
  const char *s;
  while (st == SIMA_OK && (s = petr_lines_next(L, NULL)) != NULL) {
    while (*s == ' ' || *s == '\t')
      s++;
    uint32_t ln = L->lineno;
    if (*s == '&') {
      st = block_flush(&V, &B, err);
      in_set = 1;
      continue;
    }
    if (in_set && *s == '+')
      continue;
    in_set = 0;
    if (!strncmp(s, "---", 3)) { /* --- NAME [CODE] --- */
      if ((st = block_flush(&V, &B, err)) != SIMA_OK)
        break;
      B.open = 1;
      B.line = ln;
      B.code[0] = '\0';
      const char *lb = strchr(s, '[');
      const char *rb = lb ? strchr(lb, ']') : NULL;
      if (lb && rb) {
        char code[16];
        int cr = legacy_code(lb + 1, (size_t)(rb - lb - 1), code, sizeof code);
        if (cr > 0)
          snprintf(B.code, sizeof B.code, "%s", code);
        else if (cr == 0)
          st = bad_entry(&V.r, ln, err, "bad block code '%.*s'",
                         (int)(rb - lb + 1), lb);
      }
      if (V.r.st)
        V.r.st->nentries++;
      continue;
    }
    if (*s == '~') { /* transformation: not translated (docs/compat.md) */
      if (V.r.st)
        V.r.st->ntransforms++;
      continue;
    }
    if (V.old && *s == '{') /* TABARI forms/stems of the verb */
      continue;
    if (V.old && *s != '-' && *s != '+') {
      /* TABARI: "VERB [CODE]" is a block of its own */
      if ((st = block_flush(&V, &B, err)) != SIMA_OK)
        break;
      B.open = 1;
      B.line = ln;
      B.code[0] = '\0';
      if (V.r.st)
        V.r.st->nentries++;
    }
    if (!B.open) {
      st = bad_entry(&V.r, ln, err, "line outside a verb block: '%s'", s);
      continue;
    }
    if (*s == '-') {
      if (V.r.st)
        V.r.st->npatterns++;
      if (B.npats == B.cappats) {
        size_t cap = B.cappats ? B.cappats * 2 : 64;
        vpat *np = realloc(B.pats, cap * sizeof *np);
        if (!np) {
          st = sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
          break;
        }
        B.pats = np;
        B.cappats = cap;
      }
      char *t = strdup(s + 1);
      if (!t) {
        st = sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
        break;
      }
      B.pats[B.npats++] = (vpat){t, ln};
      continue;
    }
    st = verb_line(&V, &B, s, ln, err);
  }
  if (st == SIMA_OK)
    st = block_flush(&V, &B, err);
  for (size_t p = 0; p < B.npats; p++)
    free(B.pats[p].text);
  free(B.pats);
  free(B.verbs);
  free(L);
  for (size_t i = 0; i < V.nsets; i++) {
    free(V.sets[i]);
    free(V.cases[i]);
    free(V.members[i]);
  }
  free(V.members);
  free(V.sets);
  free(V.cases);
  if (st == SIMA_OK && V.out.oom)
    st = sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  if (st != SIMA_OK) {
    petr_buf_free(&V.out);
    return st;
  }
  *out = V.out.p;
  if (out_len)
    *out_len = V.out.n;
  return SIMA_OK;
}

sima_verbs *sima_petr_verbs_load(const char *path, const sima_cameo *cameo,
                                 int lenient, sima_warn_fn warn,
                                 void *warn_ud, sima_petr_stats *st,
                                 sima_error *err) {
  char *buf, *text;
  size_t len, tlen;
  if (petr_read_file(path, &buf, &len, err) != SIMA_OK)
    return NULL;
  sima_status s = sima_petr_verbs_translate(path, buf, len, lenient, warn,
                                            warn_ud, &text, &tlen, st, err);
  free(buf);
  if (s != SIMA_OK)
    return NULL;
  char name[600];
  snprintf(name, sizeof name, "%s (as sima patterns)", path);
  sima_verbs *v = sima_verbs_load_mem(name, text, tlen, cameo, lenient, warn,
                                      warn_ud, err);
  free(text);
  return v;
}

/* ---- discard files ---------------------------------------------------- */

typedef struct discard {
  char *phrase; /* upper case, single blanks */
  size_t n;
  int story;    /* a leading '+' */
  int whole;    /* a final '_': must end at a word boundary */
} discard;

struct sima_petr_discards {
  discard *d;
  size_t n, cap;
};

void sima_petr_discards_free(sima_petr_discards *d) {
  if (!d)
    return;
  for (size_t i = 0; i < d->n; i++)
    free(d->d[i].phrase);
  free(d->d);
  free(d);
}

sima_petr_discards *sima_petr_discards_load_mem(const char *name,
                                                const char *buf, size_t len,
                                                sima_error *err) {
  sima_petr_discards *D = calloc(1, sizeof *D);
  petr_lines *L = malloc(sizeof *L);
  if (!D || !L) {
    free(D);
    free(L);
    sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
    return NULL;
  }
  (void)name;
  petr_lines_init(L, buf, len);
  const char *s;
  while ((s = petr_lines_next(L, NULL)) != NULL) {
    while (*s == ' ' || *s == '\t')
      s++;
    discard e = {0};
    if (*s == '+') {
      e.story = 1;
      s++;
    }
    char tmp[1024];
    size_t o = 0;
    for (; *s && o + 2 < sizeof tmp; s++) {
      char c = *s == '_' ? ' ' : (char)toupper((unsigned char)*s);
      if (c == ' ' && (o == 0 || tmp[o - 1] == ' '))
        continue;
      tmp[o++] = c;
    }
    const char *raw_end = s;
    (void)raw_end;
    while (o > 0 && tmp[o - 1] == ' ')
      o--;
    if (o == 0)
      continue;
    /* a final '_' in the file made a final blank: whole word */
    size_t rl = strlen(L->line);
    while (rl > 0 && isspace((unsigned char)L->line[rl - 1]))
      rl--;
    e.whole = rl > 0 && L->line[rl - 1] == '_';
    tmp[o] = '\0';
    if (D->n == D->cap) {
      size_t cap = D->cap ? D->cap * 2 : 64;
      discard *nd = realloc(D->d, cap * sizeof *nd);
      if (!nd)
        goto nomem;
      D->d = nd;
      D->cap = cap;
    }
    if (!(e.phrase = strdup(tmp)))
      goto nomem;
    e.n = o;
    D->d[D->n++] = e;
  }
  free(L);
  return D;
nomem:
  free(L);
  sima_petr_discards_free(D);
  sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  return NULL;
}

sima_petr_discards *sima_petr_discards_load(const char *path,
                                            sima_error *err) {
  char *buf;
  size_t len;
  if (petr_read_file(path, &buf, &len, err) != SIMA_OK)
    return NULL;
  sima_petr_discards *d = sima_petr_discards_load_mem(path, buf, len, err);
  free(buf);
  return d;
}

/* PETRARCH looks for " PHRASE" in " TEXT" (upper case): the phrase must
** start a word and, unless it ended in '_', may end inside one (a stem). */
int sima_petr_discards_match(const sima_petr_discards *D, const char *text,
                             size_t len) {
  if (!D || !text)
    return SIMA_PETR_KEEP;
  int best = SIMA_PETR_KEEP;
  for (size_t i = 0; i < D->n; i++) {
    const discard *e = &D->d[i];
    for (size_t p = 0; p + e->n <= len; p++) {
      if (p > 0 && isalnum((unsigned char)text[p - 1]))
        continue;
      size_t k = 0, t = p;
      while (k < e->n && t < len) {
        char a = e->phrase[k], b = (char)toupper((unsigned char)text[t]);
        if (a == ' ') {
          if (!isspace((unsigned char)text[t]) && text[t] != '_')
            break;
          while (t < len && (isspace((unsigned char)text[t]) || text[t] == '_'))
            t++;
          k++;
          continue;
        }
        if (a != b)
          break;
        k++, t++;
      }
      if (k < e->n)
        continue;
      if (e->whole && t < len && isalnum((unsigned char)text[t]))
        continue;
      int v = e->story ? SIMA_PETR_DISCARD_STORY : SIMA_PETR_DISCARD_SENTENCE;
      if (v > best)
        best = v;
      break;
    }
    if (best == SIMA_PETR_DISCARD_STORY)
      break;
  }
  return best;
}

/* ---- issues files ----------------------------------------------------- */

sima_status sima_petr_issues_check(const char *name, const char *buf,
                                   size_t len, int lenient, sima_warn_fn warn,
                                   void *warn_ud, sima_petr_stats *stp,
                                   sima_error *err) {
  sima_petr_stats local = {0};
  reporter r = {name ? name : "-", lenient, warn, warn_ud, stp ? stp : &local};
  petr_lines *L = malloc(sizeof *L);
  if (!L)
    return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  petr_lines_init(L, buf, len);
  sima_status st = SIMA_OK;
  const char *s;
  int open = 0;
  while (st == SIMA_OK && (s = petr_lines_next(L, NULL)) != NULL) {
    while (*s == ' ' || *s == '\t')
      s++;
    if (!strncasecmp(s, "<ISSUE", 6)) {
      if (!strstr(s, "CATEGORY="))
        st = bad_entry(&r, L->lineno, err, "<ISSUE> without CATEGORY=");
      open = 1;
      r.st->nsets++;
      continue;
    }
    if (!strncasecmp(s, "</ISSUE", 7)) {
      if (!open)
        st = bad_entry(&r, L->lineno, err, "</ISSUE> without <ISSUE>");
      open = 0;
      continue;
    }
    if (*s == '~') { /* exclusion phrase */
      r.st->nentries++;
      continue;
    }
    const char *lb = strchr(s, '[');
    const char *rb = lb ? strchr(lb, ']') : NULL;
    if (!lb || !rb || rb == lb + 1 || lb == s) {
      st = bad_entry(&r, L->lineno, err, "an issue needs 'phrase [CODE]'");
      continue;
    }
    r.st->nentries++;
  }
  free(L);
  return st;
}
