/*
** dict.c — loads sima's own actor/agent dictionaries (docs/dictionaries.md)
** into a sima_dict: actors with dated codes, agents with sectors, and the
** token trie (trie.c) that the recognizer (actor.c) walks.
**
** Every reader goes through dict_add_actor()/dict_add_agent(), which fold
** names into words, check duplicates and conflicts, and record senses.
** Malformed lines are errors naming file:line; lenient mode warns and skips.
*/
#include "dict.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "arena.h"
#include "utf8.h"

const char *const sima_dict_default_files[] = {
    "data/dict/countries.txt", "data/dict/agents.txt", "data/dict/orgs.txt",
    "data/dict/people.txt", NULL};

const char *sima_dict_default_file(size_t i) {
  return i < 4 ? sima_dict_default_files[i] : NULL;
}

/* Sectors known even before an agent line names them. */
static const char *const builtin_sectors[] = {
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "BUS", "MED",
    "NGO", "REF", "CVL", "LAB", "EDU", "REL", "SPY", "HLH", "ELI", "CRM",
    "AGR", "UAF", "PTY", "SEP", "MOD", "RAD", "JRN", "ENV", "HRI", NULL};

static const char *const role_names[DICT_NROLE] = {
    "name", "adjective", "short form", "metonym", "agent"};

/* ---- string pool ---------------------------------------------------- */

int dict_reserve(sima_dict *d, size_t nbytes) {
  size_t need = d->nstr + nbytes + 1;
  if (need <= d->capstr)
    return 0;
  if (need > UINT32_MAX)
    return -1;
  char *ns = arena_big_realloc(d->str, need);
  if (!ns)
    return -1;
  d->str = ns;
  d->capstr = need;
  return 0;
}

/* Appends s[0..len) + NUL to the pool; returns its offset or UINT32_MAX. */
static uint32_t pool_add(sima_dict *d, const char *s, size_t len) {
  if (d->nstr + len + 1 > d->capstr) {
    size_t ncap = d->capstr ? d->capstr * 2 : 8192;
    while (ncap < d->nstr + len + 1)
      ncap *= 2;
    if (ncap > UINT32_MAX)
      return UINT32_MAX;
    char *ns = arena_big_realloc(d->str, ncap);
    if (!ns)
      return UINT32_MAX;
    d->str = ns;
    d->capstr = ncap;
  }
  uint32_t off = (uint32_t)d->nstr;
  memcpy(d->str + off, s, len);
  d->str[off + len] = '\0';
  d->nstr += len + 1;
  return off;
}

static int code3_index(const char *s) {
  if (s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' || s[2] < 'A' ||
      s[2] > 'Z')
    return -1;
  return ((s[0] - 'A') * 26 + (s[1] - 'A')) * 26 + (s[2] - 'A');
}

static void bit_set(unsigned char *bits, const char *s) {
  int i = code3_index(s);
  if (i >= 0)
    bits[i >> 3] = (unsigned char)(bits[i >> 3] | (1u << (i & 7)));
}

static int bit_get(const unsigned char *bits, const char *s) {
  int i = code3_index(s);
  return i >= 0 && (bits[i >> 3] >> (i & 7)) & 1;
}

int dict_is_country(const sima_dict *d, const char *s) {
  return bit_get(d->country_bits, s);
}

int dict_same_state(const char *a, const char *b) {
  if (!strcmp(a, b))
    return 1;
  size_t na = strlen(a), nb = strlen(b);
  if (na > nb) {
    const char *t = a;
    size_t nt = na;
    a = b;
    na = nb;
    b = t;
    nb = nt;
  }
  /* a is the shorter: the same when b is a followed by GOV (a country or
  ** a government code, prefix of the other) */
  if (strncmp(a, b, na) != 0)
    return 0;
  if (na == 3 && !strncmp(b + 3, "GOV", 3))
    return 1;                                  /* CHN and CHNGOV, CHNGOVxxx */
  return na >= 6 && !strncmp(a + 3, "GOV", 3); /* CHNGOV, CHNGOVFOR */
}

int dict_is_sector(const sima_dict *d, const char *s) {
  return bit_get(d->sector_bits, s);
}

/* ---- folding -------------------------------------------------------- */

size_t dict_fold(const char *s, size_t len, char *out) {
  /* The common case in one tight pass: 1 to DICT_MAXWORD bytes of ASCII
  ** without a full stop are lower-cased byte by byte, which is what the
  ** general code below makes of them (it drops no byte, keeps the
  ** length, and its length limit is not reached); anything else (a stop,
  ** a high byte, no byte, too many) is left to it.  test_dict's folding
  ** test compares both on every short string over the bytes that
  ** matter. */
  if (len - 1 < DICT_MAXWORD) {
    size_t i = 0;
    for (; i < len; i++) {
      unsigned char c = (unsigned char)s[i];
      if (c >= 0x80 || c == '.')
        break;
      out[i] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    if (i == len) {
      out[len] = '\0';
      return len;
    }
  }
  size_t n = 0;
  /* the common case in one pass: ASCII, not all full stops, short
  ** enough; anything else is redone below */
  size_t dots = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80 || (c != '.' && n >= DICT_MAXWORD)) {
      n = SIZE_MAX;
      break;
    }
    if (c == '.')
      dots++;
    else
      out[n++] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  }
  if (n != SIZE_MAX && dots < len) {
    out[n] = '\0';
    return n;
  }
  n = 0;
  unsigned char high = 0;
  size_t ndots = 0;
  for (size_t i = 0; i < len; i++) {
    high |= (unsigned char)s[i];
    ndots += s[i] == '.';
  }
  int keep_dots = ndots == len; /* a token of only full stops keeps them */
  if (high < 0x80) { /* ASCII: the C locale's tolower, inline */
    for (size_t i = 0; i < len; i++) {
      char c = s[i];
      if (c == '.' && !keep_dots)
        continue;
      if (n >= DICT_MAXWORD)
        return 0;
      out[n++] = c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
    }
    out[n] = '\0';
    return n;
  }
  utf8proc_uint8_t *m = NULL;
  utf8proc_ssize_t r =
      utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &m,
                   UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
  if (r < 0)
    return 0;
  for (utf8proc_ssize_t i = 0; i < r; i++) {
    unsigned char c = m[i];
    if (c == '.')
      continue;
    if (c == 0xe2 && i + 2 < r && m[i + 1] == 0x80 &&
        (m[i + 2] == 0x99 || m[i + 2] == 0x98)) { /* ’ ‘ -> ' */
      c = '\'';
      i += 2;
    }
    if (n >= DICT_MAXWORD) {
      free(m);
      return 0;
    }
    out[n++] = (char)c;
  }
  free(m);
  out[n] = '\0';
  return n;
}

static int ends(const char *w, size_t len, const char *suf) {
  size_t k = strlen(suf);
  return len >= k && memcmp(w + len - k, suf, k) == 0;
}

size_t dict_singular(const char *w, size_t len, char *out) {
  size_t n = 0;
  const char *add = "";
  if (len < 4 || len > DICT_MAXWORD)
    return 0;
  if (ends(w, len, "children"))
    n = len - 3;
  else if (ends(w, len, "men") && len >= 5)
    n = len - 2, add = "an";
  else if (ends(w, len, "ies") && len >= 5)
    n = len - 3, add = "y";
  else if (ends(w, len, "sses") || ends(w, len, "shes") ||
           ends(w, len, "ches") || ends(w, len, "xes") || ends(w, len, "zes"))
    n = len - 2;
  else if (w[len - 1] == 's' && !ends(w, len, "ss") && !ends(w, len, "'s"))
    n = len - 1;
  else
    return 0;
  memcpy(out, w, n);
  memcpy(out + n, add, strlen(add) + 1);
  return n + strlen(add);
}

uint32_t dict_date(const char *s, size_t len) {
  if (!sima_date_valid(s, len))
    return 0;
  uint32_t v = 0;
  for (size_t i = 0; i < len; i++)
    if (s[i] != '-')
      v = v * 10 + (uint32_t)(s[i] - '0');
  return v;
}

/* ---- dictionary object ---------------------------------------------- */

sima_dict *sima_dict_new(const sima_dict_opts *opts, sima_error *err) {
  sima_dict *d = calloc(1, sizeof *d);
  if (!d || !(d->trie = trie_new()) || !(d->scratch = sima_arena_new(NULL)) ||
      pool_add(d, "", 0) == UINT32_MAX) {
    sima_dict_free(d);
    sima_error_set(err, SIMA_ERR_NOMEM, "out of memory creating a dictionary");
    return NULL;
  }
  if (opts) {
    d->lenient = opts->lenient;
    d->warn = opts->warn;
    d->warn_ud = opts->warn_ud;
  }
  d->default_kind = DICT_KIND_GROUP;
  for (size_t i = 0; builtin_sectors[i]; i++)
    bit_set(d->sector_bits, builtin_sectors[i]);
  return d;
}

void sima_dict_free(sima_dict *d) {
  if (!d)
    return;
  trie_free(d->trie);
  sima_arena_free(d->scratch);
  arena_big_free(d->str);
  arena_big_free(d->actors);
  arena_big_free(d->periods);
  arena_big_free(d->senses);
  for (size_t i = 0; i < sizeof d->fz / sizeof d->fz[0]; i++)
    arena_big_free(d->fz[i]);
  free(d);
}

void sima_dict_stats_get(const sima_dict *d, sima_dict_stats *st) {
  memset(st, 0, sizeof *st);
  if (!d)
    return;
  st->nactors = d->nactors;
  st->nperiods = d->nperiods;
  st->nsenses = d->nsenses;
  st->nwords = trie_nwords(d->trie);
  st->nnodes = trie_nnodes(d->trie);
  st->nwarnings = d->nwarnings;
  for (uint32_t i = 0; i < d->nsenses; i++)
    if (d->senses[i].role == DICT_AGENT)
      st->nagents++;
  for (uint32_t i = 0; i < d->nactors; i++)
    if (d->actors[i].kind == DICT_KIND_COUNTRY)
      st->ncountries++;
  st->bytes = sizeof *d + d->capstr + d->capactors * sizeof(dict_actor) +
              d->capperiods * sizeof(dict_period) +
              d->capsenses * sizeof(dict_sense) + trie_bytes(d->trie);
}

/* Reports a problem at `where`.  A warning (is_error == 0), or an error in
** lenient mode, goes to the warning callback and returns SIMA_OK so the
** caller skips the entry; an error in strict mode fills err and returns
** SIMA_ERR_FORMAT. */
static sima_status problem(sima_dict *d, sima_error *err, int is_error,
                           const char *where, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

static sima_status problem(sima_dict *d, sima_error *err, int is_error,
                           const char *where, const char *fmt, ...) {
  char msg[600];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (is_error && !d->lenient)
    return sima_error_set(err, SIMA_ERR_FORMAT, "%s: %s", where, msg);
  d->nwarnings++;
  char line[700];
  snprintf(line, sizeof line, "%s: %s%s", where, msg,
           is_error ? " (skipped)" : "");
  if (d->warn)
    d->warn(d->warn_ud, line);
  else
    fprintf(stderr, "sima: warning: %s\n", line);
  return SIMA_OK;
}

#define GROW(vec, n, cap, init)                                                \
  ((n) < (cap) ? 0 : grow_vec((void **)&(vec), &(cap), sizeof *(vec), (init)))

static int grow_vec(void **vec, uint32_t *cap, size_t size, uint32_t init) {
  uint32_t ncap = *cap ? *cap * 2 : init;
  if (ncap < *cap)
    return -1;
  void *nv = arena_big_realloc(*vec, (size_t)ncap * size);
  if (!nv)
    return -1;
  *vec = nv;
  *cap = ncap;
  return 0;
}

static sima_status nomem(sima_error *err) {
  return sima_error_set(err, SIMA_ERR_NOMEM,
                        "out of memory loading a "
                        "dictionary");
}

/* Splits a phrase into folded words with the document tokenizer
** (sima_tokenize_buf), so a name is cut exactly as text is ("Taiwan's" ->
** Taiwan 's; "al-Qaeda" -> al - Qaeda).  Fills words (each DICT_MAXWORD+1
** bytes), their lengths wlen and the cap/allcap/inner masks; returns the
** number of words, or -1 with *why set (or -2 when out of memory). */
static int split_phrase(sima_dict *d, const char *s, size_t len,
                        char words[][DICT_MAXWORD + 1], size_t *wlen,
                        uint16_t *cap, uint16_t *allcap, uint16_t *inner,
                        const char **why) {
  *cap = *allcap = *inner = 0;
  sima_arena_reset(d->scratch);
  sima_token *tok = NULL;
  uint32_t ntok = 0;
  if (sima_tokenize_buf(d->scratch, s, len, &tok, &ntok) != SIMA_OK)
    return -2;
  if (ntok == 0) {
    *why = "empty name";
    return -1;
  }
  if (ntok > DICT_MAXTOK) {
    *why = "too many words in a name (at most 16)";
    return -1;
  }
  for (uint32_t n = 0; n < ntok; n++) {
    const char *w = tok[n].norm;
    size_t wl = tok[n].nnorm;
    if ((wlen[n] = dict_fold(w, wl, words[n])) == 0) {
      *why = "a word is too long, not UTF-8, or only full stops";
      return -1;
    }
    /* case: a capitalised word must match a capitalised token; a word of
    ** 2-3 letters in capitals ("US", "UN", "WHO") must match capitals */
    int32_t cp;
    size_t k = 0, nup = 0, nlow = 0, nlet = 0, first = 1, firstup = 0;
    int uplow = 0; /* a capital after a small letter */
    while (k < wl) {
      unsigned char b = (unsigned char)w[k];
      int up, low, alpha;
      if (b < 0x80) { /* the utf8_is_* of ASCII, inline */
        k++;
        up = b >= 'A' && b <= 'Z';
        low = b >= 'a' && b <= 'z';
        alpha = up || low;
      } else {
        k += utf8_decode((const unsigned char *)w + k, wl - k, &cp);
        up = utf8_is_upper(cp);
        low = utf8_is_lower(cp);
        alpha = utf8_is_alpha(cp);
      }
      if (up) {
        nup++;
        if (first)
          firstup = 1;
        if (nlow)
          uplow = 1;
      } else if (low)
        nlow++;
      if (alpha) {
        nlet++;
        first = 0;
      }
    }
    if (firstup)
      *cap = (uint16_t)(*cap | (1u << n));
    if (nup >= 2 && nlow == 0 && nlet <= 3)
      *allcap = (uint16_t)(*allcap | (1u << n));
    /* RULE A-MIXED-ACRONYM: a short acronym written with a capital after
    ** a small letter ("LeT" for Lashkar-e-Taiba, "JeM", "AfD") matches
    ** only a token written so: "Let them fight" at a sentence's start is
    ** the verb, not the Pakistani group (the case fold made the two one
    ** word).  Words of at most 3 letters only: a longer name ("McCain")
    ** must still match in capitals ("MCCAIN") */
    if (uplow && nlet <= 3)
      *inner = (uint16_t)(*inner | (1u << n));
  }
  return (int)ntok;
}

static const char *sense_meaning(const sima_dict *d, const dict_sense *s,
                                 char *buf, size_t size) {
  if (s->role == DICT_AGENT)
    snprintf(buf, size, "agent %s", dict_str(d, s->sector));
  else
    snprintf(buf, size, "%s of '%s'", role_names[s->role],
             dict_str(d, d->actors[s->actor].name));
  return buf;
}

/* Adds one phrase with sense `tmpl` (role, actor, sector, flags set) after
** checking duplicates and conflicts against the senses already at its
** trie node. */
static sima_status add_phrase(sima_dict *d, const char *text, size_t len,
                              dict_sense tmpl, const char *where, uint32_t src,
                              sima_error *err) {
  char words[DICT_MAXTOK][DICT_MAXWORD + 1];
  size_t wlen[DICT_MAXTOK];
  const char *why = NULL;
  int n =
      split_phrase(d, text, len, words, wlen, &tmpl.cap, &tmpl.allcap,
                   &tmpl.inner, &why);
  if (n == -2)
    return nomem(err);
  if (n < 0)
    return problem(d, err, 1, where, "%s: '%.*s'", why, (int)len, text);
  uint32_t node = 0;
  for (int i = 0; i < n; i++) {
    uint32_t w = trie_intern(d->trie, words[i], wlen[i]);
    if (w == TRIE_NONE ||
        (node = trie_add_child(d->trie, node, w)) == TRIE_NONE)
      return nomem(err);
  }
  tmpl.ntok = (uint8_t)n;
  tmpl.src = src;
  size_t nup = 0, nlow = 0;
  for (size_t i = 0; i < len; i++) {
    nup += text[i] >= 'A' && text[i] <= 'Z';
    nlow += text[i] >= 'a' && text[i] <= 'z';
  }
  tmpl.acro = n == 1 && nup >= 4 && nlow == 0;
  for (uint32_t v = trie_value(d->trie, node); v; v = d->senses[v - 1].next) {
    const dict_sense *e = &d->senses[v - 1];
    if (e->cap != tmpl.cap || e->allcap != tmpl.allcap ||
        e->inner != tmpl.inner)
      continue; /* "Turkey" and "turkey" may mean different things */
    int agents = e->role == DICT_AGENT || tmpl.role == DICT_AGENT;
    int same_sector = !strcmp(dict_str(d, e->sector), dict_str(d, tmpl.sector));
    int dup =
        agents ? e->role == tmpl.role && same_sector
               : e->actor == tmpl.actor && e->role == tmpl.role && same_sector;
    /* A spelling variant that folds to the same words within one entry
    ** ("Erdoğan | Erdogan") is redundant, not a duplicate. */
    if (dup &&
        (agents ? !strcmp(dict_str(d, e->src), where) : e->actor == tmpl.actor))
      return SIMA_OK;
    if (dup)
      return problem(d, err, 0, where, "duplicate %s '%.*s' (first at %s)",
                     role_names[tmpl.role], (int)len, text,
                     dict_str(d, e->src));
    if (!agents && e->actor == tmpl.actor)
      continue; /* one actor, two roles ("Kuwaiti" name and adjective) */
    if (e->role == DICT_SHORT || tmpl.role == DICT_SHORT)
      continue; /* short forms may be shared; resolved in the article */
    char b1[200], b2[200];
    return problem(d, err, 1, where,
                   "conflicting entry: '%.*s' as %s is already the %s "
                   "(at %s)",
                   (int)len, text, sense_meaning(d, &tmpl, b1, sizeof b1),
                   sense_meaning(d, e, b2, sizeof b2), dict_str(d, e->src));
  }
  if (GROW(d->senses, d->nsenses, d->capsenses, 1024))
    return nomem(err);
  size_t wl = n == 1 ? wlen[0] : 0;
  if (wl >= DICT_FUZZY_MIN && tmpl.role != DICT_AGENT &&
      !trie_value(d->trie, node)) {
    unsigned char c0 = (unsigned char)words[0][0];
    int bk = c0 >= 'a' && c0 <= 'z' ? c0 - 'a' : 26;
    /* the length dict_fuzzy's strlen of the word's text would find (the
    ** same as wl unless the word holds a NUL) */
    size_t xl = strlen(words[0]);
    size_t z = DICT_FZ(bk, xl);
    if (GROW(d->fz[z], d->nfz[z], d->capfz[z], 8))
      return nomem(err);
    dict_fzword *e = &d->fz[z][d->nfz[z]++];
    e->word = trie_word(d->trie, words[0], wl);
    e->last = (unsigned char)words[0][xl - 1];
  }
  tmpl.next = trie_value(d->trie, node);
  d->senses[d->nsenses++] = tmpl;
  trie_set_value(d->trie, node, d->nsenses);
  return SIMA_OK;
}

static int valid_code(const char *s, size_t len) {
  if (len == 3 && !memcmp(s, "---", 3))
    return 1; /* DICT_NULL_CODE: a name that codes nothing */
  if (len < 3 || len > 15)
    return 0;
  for (size_t i = 0; i < len; i++)
    if (!((s[i] >= 'A' && s[i] <= 'Z') ||
          (i >= 3 && s[i] >= '0' && s[i] <= '9')))
      return 0;
  return 1;
}

sima_status dict_add_actor(sima_dict *d, dict_kind kind, const dict_name *names,
                           size_t nnames, const dict_code *codes, size_t ncodes,
                           const char *where, sima_error *err) {
  if (nnames == 0 || ncodes == 0)
    return problem(d, err, 1, where, "an actor needs a name and a code");
  for (size_t i = 0; i < ncodes; i++) {
    if (!valid_code(codes[i].code, strlen(codes[i].code)))
      return problem(d, err, 1, where,
                     "bad code '%s' (3-15 capitals, digits after the third)",
                     codes[i].code);
    if (codes[i].from >= codes[i].to)
      return problem(d, err, 1, where, "empty date range for %s",
                     codes[i].code);
    for (size_t j = 0; j < i; j++)
      if (codes[i].from < codes[j].to && codes[j].from < codes[i].to)
        return problem(d, err, 1, where, "date ranges of %s and %s overlap",
                       codes[j].code, codes[i].code);
  }
  uint32_t src = pool_add(d, where, strlen(where));
  uint32_t name = pool_add(d, names[0].text, names[0].len);
  if (src == UINT32_MAX || name == UINT32_MAX ||
      GROW(d->actors, d->nactors, d->capactors, 256))
    return nomem(err);
  uint32_t first = d->nperiods;
  for (size_t i = 0; i < ncodes; i++) {
    uint32_t c = pool_add(d, codes[i].code, strlen(codes[i].code));
    if (c == UINT32_MAX || GROW(d->periods, d->nperiods, d->capperiods, 512))
      return nomem(err);
    d->periods[d->nperiods++] = (dict_period){c, codes[i].from, codes[i].to};
  }
  uint32_t a = d->nactors++;
  d->actors[a] =
      (dict_actor){name, first, (uint32_t)ncodes, (uint16_t)kind, 0, src, 0};
  if (kind == DICT_KIND_COUNTRY)
    bit_set(d->country_bits, codes[0].code);
  for (size_t i = 0; i < nnames; i++) {
    dict_sense s = {0};
    s.role = names[i].role;
    s.actor = a;
    if (s.role == DICT_METONYM) {
      if (!names[i].sector || !valid_code(names[i].sector, 3))
        return problem(d, err, 1, where, "a metonym needs a 3-letter sector");
      s.sector = pool_add(d, names[i].sector, 3);
      if (s.sector == UINT32_MAX)
        return nomem(err);
      bit_set(d->sector_bits, names[i].sector);
    }
    const char *w = names[i].where ? names[i].where : where;
    uint32_t wsrc = src;
    if (w != where && strcmp(w, where) != 0 &&
        (wsrc = pool_add(d, w, strlen(w))) == UINT32_MAX)
      return nomem(err);
    sima_status st =
        add_phrase(d, names[i].text, names[i].len, s, w, wsrc, err);
    if (st != SIMA_OK)
      return st;
  }
  return SIMA_OK;
}

sima_status dict_add_agent(sima_dict *d, const char *name, size_t len,
                           const char *sector, unsigned flags,
                           const char *where, sima_error *err) {
  size_t sl = strlen(sector);
  if (sl < 3 || sl > 6 || !valid_code(sector, sl) || sector[0] == '-')
    return problem(d, err, 1, where, "bad sector '%s' (3-6 capitals)", sector);
  dict_sense s = {0};
  s.role = DICT_AGENT;
  s.flags = (uint16_t)flags;
  s.sector = pool_add(d, sector, sl);
  uint32_t src = pool_add(d, where, strlen(where));
  if (s.sector == UINT32_MAX || src == UINT32_MAX)
    return nomem(err);
  bit_set(d->sector_bits, sector);
  return add_phrase(d, name, len, s, where, src, err);
}

/* 1 if a[0..m) and b[0..n) are exactly one edit apart (insertion,
** deletion, substitution, or transposition of adjacent bytes). */
static int one_edit(const char *a, size_t m, const char *b, size_t n) {
  if (m > n)
    return one_edit(b, n, a, m);
  if (n - m > 1)
    return 0;
  size_t i = 0;
  while (i < m && a[i] == b[i])
    i++;
  if (i == m)
    return n == m + 1; /* b has one more byte at the end */
  if (m == n) {
    if (!memcmp(a + i + 1, b + i + 1, m - i - 1))
      return 1; /* substitution */
    return i + 1 < m && a[i] == b[i + 1] && a[i + 1] == b[i] &&
           !memcmp(a + i + 2, b + i + 2, m - i - 2); /* swap */
  }
  return !memcmp(a + i, b + i + 1, m - i); /* b has one more byte */
}

int dict_fuzzy(const sima_dict *d, const char *w, size_t len, uint32_t *node) {
  if (len < DICT_FUZZY_MIN)
    return 0;
  unsigned char c0 = (unsigned char)w[0];
  int bk = c0 >= 'a' && c0 <= 'z' ? c0 - 'a' : 26;
  int found = 0;
  /* Only words of len - 1, len or len + 1 bytes are one edit away.  The
  ** result does not depend on the order the candidates are tried in: it
  ** is the number of distinct trie nodes they lead to (capped at 2), and
  ** the node when there is one. */
  for (size_t xl = len - 1; xl <= len + 1 && xl <= DICT_MAXWORD; xl++) {
    size_t z = DICT_FZ(bk, xl);
    for (uint32_t i = 0; i < d->nfz[z]; i++) {
      const dict_fzword *e = &d->fz[z][i];
      if (e->last != (unsigned char)w[len - 1])
        continue; /* (x[xl - 1], kept with the word) */
      const char *x = trie_word_text(d->trie, e->word);
      if (x[0] != w[0] || !one_edit(w, len, x, xl))
        continue;
      uint32_t nd = trie_child(d->trie, 0, e->word);
      if (nd == TRIE_NONE || !trie_value(d->trie, nd))
        continue;
      if (found && nd == *node)
        continue;
      if (++found > 1)
        return 2;
      *node = nd;
    }
  }
  return found;
}

/* Whether period p codes a former official or elite (CCCELI). */
static int is_eli(const sima_dict *d, const dict_period *p) {
  const char *c = dict_str(d, p->code);
  return strlen(c) == 6 && !strcmp(c + 3, "ELI");
}

const char *dict_actor_code(const sima_dict *d, uint32_t a, uint32_t ymd) {
  if (a >= d->nactors)
    return NULL;
  const dict_actor *ac = &d->actors[a];
  const dict_period *best = NULL;
  for (uint32_t i = 0; i < ac->nperiods; i++) {
    const dict_period *p = &d->periods[ac->first + i];
    if (ymd) {
      if (p->from <= ymd && ymd < p->to)
        return dict_str(d, p->code);
    } else if (!best || p->to > best->to ||
               (p->to == best->to && p->from > best->from)) {
      best = p; /* unknown date: the latest (open-ended if any) code */
    }
  }
  if (best && is_eli(d, best)) {
    /* an undated former office holder ("Kofi Annan") is most often
    ** written about in office: his latest period that is not ELI */
    const dict_period *office = NULL;
    for (uint32_t i = 0; i < ac->nperiods; i++) {
      const dict_period *p = &d->periods[ac->first + i];
      if (!is_eli(d, p) && (!office || p->to > office->to))
        office = p;
    }
    if (office)
      best = office;
  }
  return best ? dict_str(d, best->code) : NULL;
}

const char *dict_actor_code_as(const sima_dict *d, uint32_t a,
                               const char *country, const char *sector) {
  if (a >= d->nactors || !sector || strlen(sector) != 3)
    return NULL;
  const dict_actor *ac = &d->actors[a];
  const dict_period *best = NULL;
  for (uint32_t i = 0; i < ac->nperiods; i++) {
    const dict_period *p = &d->periods[ac->first + i];
    const char *code = dict_str(d, p->code);
    if (strlen(code) != 6 || memcmp(code + 3, sector, 3) ||
        (country && memcmp(code, country, 3)))
      continue;
    if (!best || p->to > best->to)
      best = p;
  }
  return best ? dict_str(d, best->code) : NULL;
}

const char *dict_actor_code_near(const sima_dict *d, uint32_t a, uint32_t ymd) {
  const char *c = dict_actor_code(d, a, ymd);
  if (c || !ymd || a >= d->nactors)
    return c;
  const dict_actor *ac = &d->actors[a];
  const dict_period *best = NULL;
  uint32_t bestd = UINT32_MAX;
  for (uint32_t i = 0; i < ac->nperiods; i++) {
    const dict_period *p = &d->periods[ac->first + i];
    uint32_t dist = ymd < p->from ? p->from - ymd : ymd - p->to + 1;
    if (dist < bestd) {
      bestd = dist;
      best = p;
    }
  }
  return best ? dict_str(d, best->code) : NULL;
}

/* ---- sima's own text format ----------------------------------------- */

#define BLOCK_MAXNAMES 96
#define BLOCK_MAXCODES 32

typedef struct block {
  int active;
  char where[300];
  dict_name names[BLOCK_MAXNAMES];
  size_t nnames;
  dict_code codes[BLOCK_MAXCODES];
  char codebuf[BLOCK_MAXCODES][16];
  size_t ncodes;
  char sectors[BLOCK_MAXNAMES][4];
  char wheres[BLOCK_MAXNAMES][300];
  int kind; /* -1: from the file and names */
  int has_short;
  char sector[8]; /* "sector: GOV" of an organisation or person, or "" */
} block;

static int is_sp(char c) {
  return c == ' ' || c == '\t';
}

static void trim(const char **s, size_t *len) {
  while (*len && is_sp(**s))
    (*s)++, (*len)--;
  while (*len && (is_sp((*s)[*len - 1]) || (*s)[*len - 1] == '\r'))
    (*len)--;
}

/* snprintf(out, cap, "%s", s) without the formatter (cap > 0): s cut to
** cap - 1 bytes.  The loader copies a line's position once per name. */
static void copy_cut(char *out, size_t cap, const char *s) {
  size_t n = strlen(s);
  if (n > cap - 1)
    n = cap - 1;
  memcpy(out, s, n);
  out[n] = '\0';
}

/* snprintf(out, cap, "%s:%zu", name, line) without the formatter (cap >
** 0; nlen = strlen(name)): "name:line" cut to cap - 1 bytes, as
** snprintf cuts it.  test_dict's long_file_names compares the messages
** it leads to with snprintf's. */
static void where_at(char *out, size_t cap, const char *name, size_t nlen,
                     size_t line) {
  char num[24];
  size_t k = sizeof num;
  do
    num[--k] = (char)('0' + line % 10);
  while ((line /= 10) != 0);
  size_t o = nlen < cap - 1 ? nlen : cap - 1;
  memcpy(out, name, o);
  if (o < cap - 1)
    out[o++] = ':';
  size_t nd = sizeof num - k;
  if (nd > cap - 1 - o)
    nd = cap - 1 - o;
  memcpy(out + o, num + k, nd);
  out[o + nd] = '\0';
}

/* Adds the names separated by '|' in s[0..len) to the block with `role`
** (header: role -1 = NAME, or SHORT when prefixed by '~'). */
static sima_status block_names(sima_dict *d, block *b, const char *s,
                               size_t len, int role, const char *sector,
                               const char *where, sima_error *err) {
  size_t i = 0;
  for (;;) {
    size_t j = i;
    while (j < len && s[j] != '|')
      j++;
    const char *n = s + i;
    size_t nl = j - i;
    trim(&n, &nl);
    if (nl == 0)
      return problem(d, err, 1, where, "empty name (check the '|')");
    int r = role < 0 ? DICT_NAME : role;
    if (n[0] == '~') {
      if (role >= 0 || nl == 1)
        return problem(d, err, 1, where,
                       "'~' short forms belong in the header line");
      r = DICT_SHORT;
      n++, nl--;
      b->has_short = 1;
    }
    if (b->nnames >= BLOCK_MAXNAMES)
      return problem(d, err, 1, where, "too many names (at most %d)",
                     BLOCK_MAXNAMES);
    dict_name *dn = &b->names[b->nnames];
    dn->text = n;
    dn->len = nl;
    dn->role = (uint16_t)r;
    dn->sector = NULL;
    copy_cut(b->wheres[b->nnames], sizeof b->wheres[0], where);
    dn->where = b->wheres[b->nnames];
    if (sector) {
      memcpy(b->sectors[b->nnames], sector, 4);
      dn->sector = b->sectors[b->nnames];
    }
    b->nnames++;
    if (j >= len)
      return SIMA_OK;
    i = j + 1;
  }
}

/* Parses one "YYYY-MM-DD" or "" end of a range into *v. */
static int parse_end(const char *s, size_t len, uint32_t *v, uint32_t dflt) {
  if (len == 0) {
    *v = dflt;
    return 0;
  }
  *v = dict_date(s, len);
  return *v ? 0 : -1;
}

/* An indented line "CODE [FROM..TO] [; comment]". */
static sima_status block_code(sima_dict *d, block *b, const char *s, size_t len,
                              const char *where, sima_error *err) {
  const char *semi = memchr(s, ';', len);
  if (semi)
    len = (size_t)(semi - s);
  trim(&s, &len);
  size_t i = 0;
  while (i < len && !is_sp(s[i]))
    i++;
  if (!valid_code(s, i))
    return problem(d, err, 1, where,
                   "bad code '%.*s' (3-15 capitals, digits after the third)",
                   (int)i, s);
  if (b->ncodes >= BLOCK_MAXCODES)
    return problem(d, err, 1, where, "too many code lines (at most %d)",
                   BLOCK_MAXCODES);
  dict_code *c = &b->codes[b->ncodes];
  memcpy(b->codebuf[b->ncodes], s, i);
  b->codebuf[b->ncodes][i] = '\0';
  c->code = b->codebuf[b->ncodes];
  c->from = 0;
  c->to = DICT_OPEN;
  const char *r = s + i;
  size_t rl = len - i;
  trim(&r, &rl);
  if (rl) {
    size_t k = 0;
    while (k < rl && !is_sp(r[k]))
      k++;
    if (k < rl)
      return problem(d, err, 1, where,
                     "unexpected text after the date range: '%.*s' "
                     "(comments go after ' ; ')",
                     (int)(rl - k), r + k);
    const char *dots = NULL;
    for (size_t q = 0; q + 1 < rl; q++)
      if (r[q] == '.' && r[q + 1] == '.') {
        dots = r + q;
        break;
      }
    if (!dots)
      return problem(d, err, 1, where,
                     "expected a date range FROM..TO, got '%.*s'", (int)rl, r);
    size_t fl = (size_t)(dots - r);
    if (parse_end(r, fl, &c->from, 0) ||
        parse_end(dots + 2, rl - fl - 2, &c->to, DICT_OPEN))
      return problem(d, err, 1, where,
                     "bad date in '%.*s' (want YYYY-MM-DD..YYYY-MM-DD, "
                     "either end may be empty)",
                     (int)rl, r);
    if (c->from >= c->to)
      return problem(d, err, 1, where, "empty date range '%.*s'", (int)rl, r);
  }
  b->ncodes++;
  return SIMA_OK;
}

/* An indented "key: names" line. */
static sima_status block_attr(sima_dict *d, block *b, const char *s, size_t len,
                              const char *where, sima_error *err) {
  size_t k = 0;
  while (k < len && s[k] >= 'a' && s[k] <= 'z')
    k++;
  const char *v = s + k + 1;
  size_t vl = len - k - 1;
  trim(&v, &vl);
  if (k == 4 && !memcmp(s, "kind", 4)) {
    if (vl == 6 && !memcmp(v, "person", 6))
      b->kind = DICT_KIND_PERSON;
    else if (vl == 5 && !memcmp(v, "group", 5))
      b->kind = DICT_KIND_GROUP;
    else
      return problem(d, err, 1, where,
                     "kind must be 'person' or 'group', not '%.*s'", (int)vl,
                     v);
    return SIMA_OK;
  }
  if (vl == 0)
    return problem(d, err, 1, where, "'%.*s:' has no names", (int)k, s);
  if (k == 3 && !memcmp(s, "adj", 3))
    return block_names(d, b, v, vl, DICT_ADJ, NULL, where, err);
  /* "place: Tel Aviv | Samarra": towns and regions, which as actors stand
  ** for the people living there (CVL), and after "in" are mere places */
  if (k == 5 && !memcmp(s, "place", 5))
    return block_names(d, b, v, vl, DICT_METONYM, "CVL", where, err);
  /* "sector: GOV": the sector of an organisation whose code has none
  ** (IGOUNOSEC, the Security Council, is a governing body) */
  if (k == 6 && !memcmp(s, "sector", 6)) {
    if (vl < 3 || vl > 6 || !valid_code(v, vl))
      return problem(d, err, 1, where,
                     "bad sector '%.*s' (3 to 6 capitals)", (int)vl, v);
    memcpy(b->sector, v, vl);
    b->sector[vl] = '\0';
    return SIMA_OK;
  }
  if (k == 3) {
    char sec[4] = {(char)toupper((unsigned char)s[0]),
                   (char)toupper((unsigned char)s[1]),
                   (char)toupper((unsigned char)s[2]), 0};
    return block_names(d, b, v, vl, DICT_METONYM, sec, where, err);
  }
  return problem(d, err, 1, where,
                 "unknown attribute '%.*s:' (adj:, place:, kind:, sector:, or a 3-letter "
                 "sector such as gov:)",
                 (int)k, s);
}

/* Empties b for the next header line: the scalars only.  The arrays'
** entries are each written whole before they are read (below nnames and
** ncodes), so the 34 KB of the block need not be zeroed 2,400 times per
** load (that memset was ~83 M instructions, a quarter of the start-up). */
static void block_reset(block *b) {
  b->active = 0;
  b->where[0] = '\0';
  b->nnames = 0;
  b->ncodes = 0;
  b->kind = 0;
  b->has_short = 0;
  b->sector[0] = '\0';
}

/* Adds the finished block to the dictionary. */
static sima_status block_flush(sima_dict *d, block *b, sima_error *err) {
  if (!b->active)
    return SIMA_OK;
  b->active = 0;
  int kind = b->kind;
  size_t skip = 0;
  if (b->ncodes == 0) {
    const dict_name *h = &b->names[0];
    if (h->len == 3 && h->role == DICT_NAME && valid_code(h->text, 3) &&
        h->text[0] != '-') {
      memcpy(b->codebuf[0], h->text, 3);
      b->codebuf[0][3] = '\0';
      b->codes[0] = (dict_code){b->codebuf[0], 0, DICT_OPEN};
      b->ncodes = 1;
      skip = 1; /* the header's first field is the country code */
      kind = DICT_KIND_COUNTRY;
      if (b->nnames == 1)
        return problem(d, err, 1, b->where, "country %.3s has no names",
                       h->text);
    } else {
      return problem(d, err, 1, b->where,
                     "'%.*s' has no code line (indent 'CODE [FROM..TO]' "
                     "under it)",
                     (int)h->len, h->text);
    }
  }
  if (kind < 0)
    kind = b->has_short ? DICT_KIND_PERSON : d->default_kind;
  uint32_t before = d->nactors;
  sima_status st =
      dict_add_actor(d, (dict_kind)kind, b->names + skip, b->nnames - skip,
                     b->codes, b->ncodes, b->where, err);
  if (st == SIMA_OK && b->sector[0] && d->nactors > before) {
    uint32_t off = pool_add(d, b->sector, strlen(b->sector));
    if (off == UINT32_MAX)
      return nomem(err);
    d->actors[d->nactors - 1].sector = off;
  }
  return st;
}

/* An agent line "name | name -> SECTOR [flag...]". */
static sima_status agent_line(sima_dict *d, const char *s, size_t len,
                              const char *arrow, const char *where,
                              sima_error *err) {
  const char *r = arrow + 2;
  size_t rl = len - (size_t)(r - s);
  const char *semi = memchr(r, ';', rl);
  if (semi)
    rl = (size_t)(semi - r);
  trim(&r, &rl);
  size_t k = 0;
  while (k < rl && !is_sp(r[k]))
    k++;
  char sector[8];
  if (k < 3 || k > 6)
    return problem(d, err, 1, where, "bad sector '%.*s' after '->'", (int)k, r);
  memcpy(sector, r, k);
  sector[k] = '\0';
  unsigned flags = 0;
  size_t i = k;
  while (i < rl) {
    while (i < rl && is_sp(r[i]))
      i++;
    size_t j = i;
    while (j < rl && !is_sp(r[j]))
      j++;
    if (j == i)
      break;
    static const struct {
      const char *name;
      unsigned flag;
    } fl[] = {{"person", DICT_F_PERSON},
              {"title", DICT_F_TITLE},
              {"abroad", DICT_F_ABROAD},
              {"group", DICT_F_GROUP},
              {"home", DICT_F_HOME},
              {"singular", DICT_F_NOPLURAL},
              {"generic", DICT_F_GENERIC}};
    unsigned f = 0;
    for (size_t q = 0; q < sizeof fl / sizeof fl[0]; q++)
      if (strlen(fl[q].name) == j - i && !memcmp(fl[q].name, r + i, j - i))
        f = fl[q].flag;
    if (!f)
      return problem(d, err, 1, where,
                     "unknown agent flag '%.*s' (person, title, abroad, "
                     "group, home, singular, generic)",
                     (int)(j - i), r + i);
    flags |= f;
    i = j;
  }
  size_t nl = (size_t)(arrow - s);
  size_t i0 = 0;
  for (;;) {
    size_t j = i0;
    while (j < nl && s[j] != '|')
      j++;
    const char *n = s + i0;
    size_t l = j - i0;
    trim(&n, &l);
    if (l == 0)
      return problem(d, err, 1, where, "empty name (check the '|')");
    sima_status st = dict_add_agent(d, n, l, sector, flags, where, err);
    if (st != SIMA_OK)
      return st;
    if (j >= nl)
      return SIMA_OK;
    i0 = j + 1;
  }
}

static const char *find_arrow(const char *s, size_t len) {
  for (size_t i = 0; i + 1 < len; i++)
    if (s[i] == '-' && s[i + 1] == '>')
      return s + i;
  return NULL;
}

sima_status sima_dict_add_mem(sima_dict *d, const char *name, const char *buf,
                              size_t len, sima_error *err) {
  if (!d || !name || (!buf && len))
    return sima_error_set(err, SIMA_ERR_USAGE, "sima_dict_add_mem: NULL");
  const char *base = strrchr(name, '/');
  base = base ? base + 1 : name;
  d->default_kind =
      strncmp(base, "people", 6) == 0 ? DICT_KIND_PERSON : DICT_KIND_GROUP;
  block *b = calloc(1, sizeof *b);
  if (!b)
    return nomem(err);
  sima_status st = SIMA_OK;
  int in_agent = 0; /* the last header was an agent line */
  size_t lineno = 0, i = 0, namelen = strlen(name);
  while (i < len && st == SIMA_OK) {
    const char *nl = memchr(buf + i, '\n', len - i);
    size_t j = nl ? (size_t)(nl - buf) : len;
    lineno++;
    const char *s = buf + i;
    size_t l = j - i;
    i = j + 1;
    char where[300];
    where_at(where, sizeof where, name, namelen, lineno);
    if (memchr(s, '\0', l)) {
      st = problem(d, err, 1, where, "NUL byte in a dictionary line");
      continue;
    }
    int indented = l && is_sp(s[0]);
    const char *t = s;
    size_t tl = l;
    trim(&t, &tl);
    if (tl == 0 || t[0] == '#')
      continue;
    if (indented) {
      if (in_agent) {
        st = problem(d, err, 1, where,
                     "indented line after an agent line (agents take no "
                     "attribute lines)");
        continue;
      }
      if (!b->active) {
        st = problem(d, err, 1, where,
                     "indented line outside a block (no header line above)");
        continue;
      }
      if ((t[0] >= 'A' && t[0] <= 'Z') || (tl >= 3 && !memcmp(t, "---", 3)))
        st = block_code(d, b, t, tl, where, err);
      else if (t[0] >= 'a' && t[0] <= 'z') {
        size_t k = 0;
        while (k < tl && t[k] >= 'a' && t[k] <= 'z')
          k++;
        if (k < tl && t[k] == ':')
          st = block_attr(d, b, t, tl, where, err);
        else
          st = problem(d, err, 1, where,
                       "expected 'CODE [FROM..TO]' or 'key: names', got "
                       "'%.*s'",
                       (int)(tl > 40 ? 40 : tl), t);
      } else
        st = problem(d, err, 1, where,
                     "expected 'CODE [FROM..TO]' or 'key: names', got '%.*s'",
                     (int)(tl > 40 ? 40 : tl), t);
      continue;
    }
    st = block_flush(d, b, err);
    if (st != SIMA_OK)
      break;
    block_reset(b);
    const char *arrow = find_arrow(t, tl);
    if (arrow) {
      in_agent = 1;
      st = agent_line(d, t, tl, arrow, where, err);
      continue;
    }
    in_agent = 0;
    b->active = 1;
    b->kind = -1;
    copy_cut(b->where, sizeof b->where, where);
    st = block_names(d, b, t, tl, -1, NULL, where, err);
    if (st == SIMA_OK && b->nnames == 0)
      b->active = 0;
  }
  if (st == SIMA_OK)
    st = block_flush(d, b, err);
  free(b);
  d->default_kind = DICT_KIND_GROUP;
  return st;
}

sima_status sima_dict_add_file(sima_dict *d, const char *path,
                               sima_error *err) {
  if (!d || !path)
    return sima_error_set(err, SIMA_ERR_USAGE, "sima_dict_add_file: NULL");
  FILE *f = fopen(path, "rb");
  if (!f)
    return sima_error_set(err, SIMA_ERR_IO, "%s: cannot open: %s", path,
                          strerror(errno));
  char *buf = NULL;
  size_t n = 0, cap = 0;
  sima_status st = SIMA_OK;
  for (;;) {
    if (n == cap) {
      size_t ncap = cap ? cap * 2 : 65536;
      char *nb = realloc(buf, ncap);
      if (!nb) {
        st = nomem(err);
        goto out;
      }
      buf = nb;
      cap = ncap;
    }
    size_t r = fread(buf + n, 1, cap - n, f);
    n += r;
    if (r == 0)
      break;
  }
  if (ferror(f)) {
    st = sima_error_set(err, SIMA_ERR_IO, "%s: read error", path);
    goto out;
  }
  st = sima_dict_add_mem(d, path, buf, n, err);
out:
  free(buf);
  fclose(f);
  return st;
}

sima_dict *sima_dict_load(const char *const *paths, size_t n, int lenient,
                          sima_error *err) {
  sima_dict_opts o = {lenient, NULL, NULL};
  sima_dict *d = sima_dict_new(&o, err);
  if (!d)
    return NULL;
  for (size_t i = 0; i < n; i++)
    if (sima_dict_add_file(d, paths[i], err) != SIMA_OK) {
      sima_dict_free(d);
      return NULL;
    }
  return d;
}
