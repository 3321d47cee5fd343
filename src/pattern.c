/*
** pattern.c — loads the verb-pattern dictionaries (docs/verbs.md) and
** compiles them for the coder: lemmas interned to ids, synonym sets
** expanded, patterns grouped by trigger lemma and sorted most specific
** first.  Errors name file:line; lenient mode warns and skips the line.
** Duplicate and conflicting patterns are counted and reported, never
** silently dropped.
**
** Loading is two passes over the lines of all files: the first collects
** synonym sets (which may be used before or far from their definition),
** the second compiles patterns once every set is known.  A line whose
** trigger has many alternatives ("accelerate|expedite|hasten", a whole
** PETRARCH verb block) compiles to one pattern body shared by them: a
** trigger index maps each head lemma to the bodies, grouped by head.
*/
#include "pattern.h"
#include "arena.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LINE 4096
#define MAX_WORD 63
#define MAX_DEPTH 8

/* ------------------------------------------------------------------ */
/* memory: every block of the compiled dictionary is tracked in v->blocks */

static void *vmem(sima_verbs *v, size_t size) {
  /* a bump allocator over zeroed chunks of just under 2 MiB: the
  ** dictionary is built once and freed whole, and thousands of small
  ** callocs dominated the load time; arena_big_calloc maps a chunk in
  ** huge pages where it can (700 fewer page faults, ~10 ms of the
  ** Phoenix verb load) */
  size = (size + 15) & ~(size_t)15;
  if (size > v->chunk_left) {
    size_t big = ((size_t)2 << 20) - 64;
    size_t csize = size > big ? size : big;
    if (v->nblocks == v->capblocks) {
      size_t cap = v->capblocks ? v->capblocks * 2 : 64;
      void **nb = realloc(v->blocks, cap * sizeof *nb);
      if (!nb)
        return NULL;
      v->blocks = nb;
      v->capblocks = cap;
    }
    char *c = arena_big_calloc(1, csize);
    if (!c)
      return NULL;
    v->blocks[v->nblocks++] = c;
    v->chunk = c;
    v->chunk_left = csize;
  }
  void *p = v->chunk;
  v->chunk += size;
  v->chunk_left -= size;
  return p;
}

static char *vstrndup(sima_verbs *v, const char *s, size_t n) {
  char *p = vmem(v, n + 1);
  if (p) {
    memcpy(p, s, n);
    p[n] = 0;
  }
  return p;
}

/* ------------------------------------------------------------------ */
/* lemma interning */

static uint32_t hash_str(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)s[i];
    h *= 16777619u;
  }
  return h;
}

/* Puts lemma id, whose hash_str is hs, in the first free slot of table
** t (size slots, a power of two, never full; see sima_verbs.ltab). */
static void ltab_put(uint64_t *t, uint32_t size, uint32_t id, uint32_t hs) {
  uint32_t h = hs & (size - 1);
  while (t[h])
    h = (h + 1) & (size - 1);
  t[h] = (uint64_t)(id + 1) | (uint64_t)hs << 32;
}

static int lemma_rehash(sima_verbs *v, uint32_t size) {
  uint64_t *t = calloc(size, sizeof *t);
  if (!t)
    return -1;
  for (uint32_t i = 0; i < v->nlemmas; i++)
    ltab_put(t, size, i, hash_str(v->lemmas[i], strlen(v->lemmas[i])));
  free(v->ltab);
  v->ltab = t;
  v->ltabsize = size;
  return 0;
}

/* The id of lemma s[0..n) whose hash_str is hash, or PAT_NONE. */
static uint32_t lemma_find_hashed(const sima_verbs *v, const char *s, size_t n,
                                  uint32_t hash) {
  if (!v->ltabsize)
    return PAT_NONE;
  uint32_t h = hash & (v->ltabsize - 1);
  for (uint64_t e; (e = v->ltab[h]) != 0; h = (h + 1) & (v->ltabsize - 1)) {
    if ((uint32_t)(e >> 32) != hash)
      continue; /* (another lemma's hash: its text is not read) */
    uint32_t id = (uint32_t)e - 1;
    const char *l = v->lemmas[id];
    /* l == s[0..n): the first n bytes agree and l ends there */
    size_t k = 0;
    while (k < n && l[k] && l[k] == s[k])
      k++;
    if (k == n && l[n] == '\0')
      return id;
  }
  return PAT_NONE;
}

/* Interns the lower-cased (ASCII) s[0..n); PAT_NONE on OOM. */
static uint32_t lemma_intern(sima_verbs *v, const char *s, size_t n) {
  char buf[MAX_WORD + 1];
  if (n > MAX_WORD)
    n = MAX_WORD;
  for (size_t i = 0; i < n; i++)
    buf[i] = (char)tolower((unsigned char)s[i]);
  uint32_t hs = hash_str(buf, n);
  uint32_t id = lemma_find_hashed(v, buf, n, hs);
  if (id != PAT_NONE)
    return id;
  if ((v->nlemmas + 1) * 2 >= v->ltabsize &&
      lemma_rehash(v, v->ltabsize ? v->ltabsize * 2 : 1024) != 0)
    return PAT_NONE;
  if (v->nlemmas == v->caplemmas) {
    uint32_t cap = v->caplemmas ? v->caplemmas * 2 : 1024;
    char **nl = realloc(v->lemmas, cap * sizeof *nl);
    if (!nl)
      return PAT_NONE;
    v->lemmas = nl;
    v->caplemmas = cap;
  }
  char *copy = vstrndup(v, buf, n);
  if (!copy)
    return PAT_NONE;
  v->lemmas[v->nlemmas] = copy;
  ltab_put(v->ltab, v->ltabsize, v->nlemmas, hs);
  return v->nlemmas++;
}

uint32_t pat_lemma_id(const sima_verbs *v, const char *lemma) {
  char buf[MAX_WORD + 1];
  size_t n = 0;
  uint32_t h = 2166136261u; /* hash_str of buf, as it is folded */
  if (!lemma)
    return PAT_NONE;
  for (; lemma[n]; n++) {
    if (n >= MAX_WORD)
      return PAT_NONE;
    /* the C locale's tolower (sima never calls setlocale): A-Z only */
    unsigned char c = (unsigned char)lemma[n];
    if (c >= 'A' && c <= 'Z')
      c = (unsigned char)(c + ('a' - 'A'));
    buf[n] = (char)c;
    h ^= c;
    h *= 16777619u;
  }
  return lemma_find_hashed(v, buf, n, h);
}


pat_pattern *const *pat_bucket_find(const sima_verbs *v, uint32_t head,
                                    uint32_t *count) {
  uint32_t lo = 0, hi = v->nbuckets;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (v->buckets[mid].head < head)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo < v->nbuckets && v->buckets[lo].head == head) {
    *count = v->buckets[lo].count;
    return v->byhead + v->buckets[lo].first;
  }
  *count = 0;
  return NULL;
}

/* ------------------------------------------------------------------ */
/* loader state */

typedef struct raw_set {
  char *name;            /* "&AID" */
  char **members;        /* raw member strings */
  size_t nmembers, cap;
  int defined;           /* seen with `=` */
  int state;             /* 0 new, 1 expanding, 2 done */
  pat_value val;
  const char *where;     /* file:line of the definition */
} raw_set;

typedef struct raw_line {
  const char *file;
  uint32_t line;
  const char *text;      /* the pattern line in the source buffer (alive */
  size_t n;              /* until the load ends), comment stripped */
} raw_line;

/* One trigger alternative being compiled: words in loader.twords. */
typedef struct trig_alt {
  uint32_t first, nwords;
} trig_alt;

typedef struct dup_entry {
  char *key;             /* canonical trigger + constraints (malloc) */
  const char *code;      /* code text, in the line kept by the dictionary */
  size_t ncode;
  const char *where;     /* "file:line: text", kept by the dictionary */
} dup_entry;

/* An open-addressing set of strings mapping to an index (ids, dup keys). */
typedef struct strtab {
  const char **keys;
  size_t *vals;
  size_t n, size;
} strtab;

static size_t *strtab_find(strtab *t, const char *k, size_t kn, int *found) {
  *found = 0;
  if (!t->size)
    return NULL;
  size_t h = hash_str(k, kn) & (t->size - 1);
  while (t->keys[h]) {
    if (t->keys[h][0] == k[0] && strncmp(t->keys[h], k, kn) == 0 &&
        t->keys[h][kn] == 0) {
      *found = 1;
      return &t->vals[h];
    }
    h = (h + 1) & (t->size - 1);
  }
  return NULL;
}

/* Adds key (not copied: it must outlive the table) with value val. */
static int strtab_add(strtab *t, const char *k, size_t val) {
  if ((t->n + 1) * 2 >= t->size) {
    size_t ns = t->size ? t->size * 2 : 4096;
    const char **nk = calloc(ns, sizeof *nk);
    size_t *nv = calloc(ns, sizeof *nv);
    if (!nk || !nv) {
      free(nk);
      free(nv);
      return -1;
    }
    for (size_t i = 0; i < t->size; i++)
      if (t->keys[i]) {
        size_t h = hash_str(t->keys[i], strlen(t->keys[i])) & (ns - 1);
        while (nk[h])
          h = (h + 1) & (ns - 1);
        nk[h] = t->keys[i];
        nv[h] = t->vals[i];
      }
    free(t->keys);
    free(t->vals);
    t->keys = nk;
    t->vals = nv;
    t->size = ns;
  }
  size_t h = hash_str(k, strlen(k)) & (t->size - 1);
  while (t->keys[h])
    h = (h + 1) & (t->size - 1);
  t->keys[h] = k;
  t->vals[h] = val;
  t->n++;
  return 0;
}

static void strtab_free(strtab *t) {
  free(t->keys);
  free(t->vals);
}

typedef struct loader {
  sima_verbs *v;
  const sima_cameo *cameo;
  int lenient;
  sima_warn_fn warn;
  void *warn_ud;
  sima_error *err;
  int failed;            /* a fatal error (strict mode, or OOM) */
  raw_set *sets;
  size_t nsets, capsets;
  raw_line *lines;
  size_t nlines, caplines;
  strtab ids;            /* rule ids seen (for duplicates) */
  strtab setnames;       /* set name -> index in sets */
  strtab roles;          /* role text -> index in rolev (parsed once) */
  strtab conss;          /* constraint text -> index in consv */
  struct cached_cons {
    pat_cons c;
    int score;
  } *consv;
  size_t nconss, capconss;
  pat_role *rolev;
  size_t nroles, caproles;
  const char *relnames[SIMA_NDEP]; /* relation names and their lengths */
  size_t rellens[SIMA_NDEP];
  strtab dupkeys;        /* canonical key -> index in dups */
  dup_entry *dups;
  size_t ndups, capdups;
  /* the trigger index: one entry per trigger alternative, pointing to the
  ** compiled pattern it shares with the line's other alternatives */
  struct trig_ent {
    uint32_t head;       /* trigger head lemma id */
    uint32_t pat;        /* index in v->pats */
  } *ents;
  size_t nents, capents;
  pat_role deftgt;       /* `%default tgt=`: the file's target paths */
  int has_deftgt;        /* ... in force for the file being compiled */
  trig_alt *talts;       /* scratch: the trigger of the line being compiled */
  size_t ntalts, captalts;
  uint32_t *twords;
  size_t ntwords, captwords;
  /* the line being compiled */
  const char *file;
  uint32_t line;
} loader;

static void emit_warning(loader *L, const char *msg) {
  if (L->warn)
    L->warn(L->warn_ud, msg);
  else
    fprintf(stderr, "sima: warning: %s\n", msg);
}

/* Reports a malformed line: an error (returns -1, loading stops) or, in
** lenient mode, a warning (returns -1 too: the caller skips the line). */
static int line_error(loader *L, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static int line_error(loader *L, const char *fmt, ...) {
  char msg[512], full[700];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  snprintf(full, sizeof full, "%s:%u: %s", L->file, L->line, msg);
  if (L->lenient) {
    emit_warning(L, full);
    L->v->stats.nskipped++;
  } else if (!L->failed) {
    sima_error_set(L->err, SIMA_ERR_FORMAT, "%s", full);
    L->failed = 1;
  }
  return -1;
}

static int oom(loader *L) {
  if (!L->failed)
    sima_error_set(L->err, SIMA_ERR_NOMEM, "out of memory loading verbs");
  L->failed = 1;
  L->lenient = 0;
  return -1;
}

static int grow(void **vec, size_t *cap, size_t n, size_t elem) {
  if (n < *cap)
    return 0;
  size_t nc = *cap ? *cap * 2 : 16;
  void *p = realloc(*vec, nc * elem);
  if (!p)
    return -1;
  *vec = p;
  *cap = nc;
  return 0;
}

static raw_set *set_find(loader *L, const char *name, size_t n) {
  int found;
  size_t *slot = strtab_find(&L->setnames, name, n, &found);
  return found ? &L->sets[*slot] : NULL;
}

/* ------------------------------------------------------------------ */
/* lexical helpers */

static int is_word_char(int c) {
  return isalnum(c) || c == '-' || c == '\'' || c == '.' || c == '_' ||
         c >= 0x80;
}

static int valid_word(const char *s, size_t n) {
  if (n == 0)
    return 0;
  for (size_t i = 0; i < n; i++)
    if (!is_word_char((unsigned char)s[i]))
      return 0;
  return 1;
}

static int valid_set_name(const char *s, size_t n) {
  if (n < 2 || s[0] != '&')
    return 0;
  for (size_t i = 1; i < n; i++)
    if (!(isupper((unsigned char)s[i]) || isdigit((unsigned char)s[i]) ||
          s[i] == '_'))
      return 0;
  return 1;
}

/* Splits s[0..n) at `sep` outside () and [] into at most max pieces.
** Returns the count, or -1 on unbalanced brackets or too many pieces. */
static int split_top(const char *s, size_t n, char sep, const char **ps,
                     size_t *pn, int max) {
  int depth = 0, k = 0;
  size_t start = 0;
  for (size_t i = 0; i <= n; i++) {
    char c = i < n ? s[i] : sep;
    if (c == '(' || c == '[')
      depth++;
    else if (c == ')' || c == ']') {
      if (--depth < 0)
        return -1;
    } else if (c == sep && depth == 0) {
      if (k >= max)
        return -1;
      ps[k] = s + start;
      pn[k] = i - start;
      k++;
      start = i + 1;
    }
  }
  return depth == 0 ? k : -1;
}

/* Splits a line into whitespace-separated fields outside brackets. */
static int split_fields(const char *s, size_t n, const char **ps, size_t *pn,
                        int max) {
  int depth = 0, k = 0;
  size_t i = 0;
  while (i < n) {
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
      i++;
    if (i >= n)
      break;
    size_t st = i;
    while (i < n && (depth > 0 || (s[i] != ' ' && s[i] != '\t'))) {
      if (s[i] == '(' || s[i] == '[')
        depth++;
      else if (s[i] == ')' || s[i] == ']') {
        if (--depth < 0)
          return -1;
      }
      i++;
    }
    if (k >= max)
      return -2;
    ps[k] = s + st;
    pn[k] = i - st;
    k++;
  }
  return depth == 0 ? k : -1;
}

/* ------------------------------------------------------------------ */
/* values */

static int value_add(loader *L, pat_value *val, size_t *cap,
                     const pat_phrase *ph) {
  if (val->nalts >= *cap) {
    size_t nc = val->nalts ? (size_t)val->nalts * 2 : 8;
    pat_phrase *na = vmem(L->v, nc * sizeof *na);
    if (!na)
      return oom(L);
    if (val->nalts)
      memcpy(na, val->alts, val->nalts * sizeof *na);
    val->alts = na;
    *cap = nc;
  }
  val->alts[val->nalts++] = *ph;
  return 0;
}

static int phrase_parse(loader *L, const char *s, size_t n, pat_phrase *ph) {
  const char *w[16];
  size_t wn[16];
  int k = split_top(s, n, '_', w, wn, 16);
  if (k <= 0)
    return line_error(L, "bad phrase '%.*s'", (int)n, s);
  ph->words = vmem(L->v, (size_t)k * sizeof *ph->words);
  if (!ph->words)
    return oom(L);
  ph->nwords = (uint32_t)k;
  ph->sub = NULL;
  ph->nsub = 0;
  ph->score = 0;
  for (int i = 0; i < k; i++) {
    if (!valid_word(w[i], wn[i]) || wn[i] > MAX_WORD)
      return line_error(L, "bad word '%.*s' in '%.*s'", (int)wn[i], w[i],
                        (int)n, s);
    uint32_t id = lemma_intern(L->v, w[i], wn[i]);
    if (id == PAT_NONE)
      return oom(L);
    ph->words[i] = id;
  }
  return 0;
}

static int set_expand(loader *L, raw_set *set, int depth);
static int subs_parse(loader *L, const char *s, size_t n, pat_cons **out,
                      uint32_t *nout, int depth, int *score);

/* Parses `a|b_c|&SET|*|a[SUB ...]` into val (appending).  Brackets attach
** to the alternative they follow (on a set: to each of its members).
** *score (if not NULL) receives the largest nested-constraint count of an
** alternative. */
static int value_parse(loader *L, const char *s, size_t n, pat_value *val,
                       size_t *cap, int depth, int *score) {
  const char *p[256];
  size_t pn[256];
  /* a lone set name: share the set's expansion instead of copying it */
  if (n > 1 && s[0] == '&' && val->nalts == 0 && !val->any &&
      valid_set_name(s, n)) {
    raw_set *set = set_find(L, s, n);
    if (set && set->defined) {
      if (set_expand(L, set, depth + 1) != 0)
        return -1;
      *val = set->val;
      *cap = 0; /* shared: never appended to */
      for (uint32_t j = 0; score && j < val->nalts; j++) {
        int sc = val->alts[j].score +
                 (val->alts[j].nwords ? (int)val->alts[j].nwords - 1 : 0);
        if (sc > *score)
          *score = sc;
      }
      return 0;
    }
  }
  int k = split_top(s, n, '|', p, pn, 256);
  if (k <= 0)
    return line_error(L, "bad value '%.*s'", (int)n, s);
  for (int i = 0; i < k; i++) {
    const char *a = p[i];
    size_t an = pn[i];
    pat_cons *sub = NULL;
    uint32_t nsub = 0;
    int subscore = 0;
    uint32_t first_new = val->nalts;
    const char *br = memchr(a, '[', an);
    if (br) {
      if (a[an - 1] != ']')
        return line_error(L, "text after ']' in '%.*s'", (int)an, a);
      if (subs_parse(L, br + 1, an - (size_t)(br - a) - 2, &sub, &nsub,
                     depth + 1, &subscore) != 0)
        return -1;
      an = (size_t)(br - a);
    }
    if (an == 0)
      return line_error(L, "empty alternative in '%.*s'", (int)n, s);
    if (an == 1 && a[0] == '*') {
      if (sub) {
        /* "*[amod=joint]": any word, with constraints */
        pat_phrase ph = {NULL, 0, sub, nsub, 0};
        if (value_add(L, val, cap, &ph) != 0)
          return -1;
      } else {
        val->any = 1;
      }
    } else if (a[0] == '&') {
      if (!valid_set_name(a, an))
        return line_error(L, "bad set name '%.*s'", (int)an, a);
      raw_set *set = set_find(L, a, an);
      if (!set || !set->defined)
        return line_error(L, "undefined set '%.*s'", (int)an, a);
      if (set_expand(L, set, depth + 1) != 0)
        return -1;
      if (set->val.any && !sub)
        val->any = 1;
      for (uint32_t j = 0; j < set->val.nalts; j++) {
        pat_phrase ph = set->val.alts[j];
        if (sub) {
          if (ph.nsub) {
            pat_cons *both = vmem(L->v, (ph.nsub + nsub) * sizeof *both);
            if (!both)
              return oom(L);
            memcpy(both, ph.sub, ph.nsub * sizeof *both);
            memcpy(both + ph.nsub, sub, nsub * sizeof *both);
            ph.sub = both;
            ph.nsub += nsub;
          } else {
            ph.sub = sub;
            ph.nsub = nsub;
          }
        }
        if (value_add(L, val, cap, &ph) != 0)
          return -1;
      }
    } else {
      pat_phrase ph;
      if (phrase_parse(L, a, an, &ph) != 0)
        return -1;
      ph.sub = sub;
      ph.nsub = nsub;
      if (value_add(L, val, cap, &ph) != 0)
        return -1;
    }
    for (uint32_t j = first_new; j < val->nalts; j++) {
      pat_phrase *ph = &val->alts[j];
      if (sub)
        ph->score += subscore;
      int sc = ph->score + (ph->nwords ? (int)ph->nwords - 1 : 0);
      if (score && sc > *score)
        *score = sc;
    }
  }
  return 0;
}

/* Expands a set's members (recursively) into set->val. */
static int set_expand(loader *L, raw_set *set, int depth) {
  if (set->state == 2)
    return 0;
  if (set->state == 1 || depth > MAX_DEPTH)
    return line_error(L, "set %s is defined in terms of itself", set->name);
  set->state = 1;
  size_t cap = 0;
  const char *file = L->file;
  uint32_t line = L->line;
  for (size_t i = 0; i < set->nmembers; i++) {
    if (value_parse(L, set->members[i], strlen(set->members[i]), &set->val,
                    &cap, depth, NULL) != 0) {
      L->file = file;
      L->line = line;
      set->state = 2;
      return -1;
    }
  }
  set->state = 2;
  return 0;
}

/* ------------------------------------------------------------------ */
/* relations, paths, constraints */

/* sima_deprel_id with the name lengths cached in the loader: relation
** names are looked up for every constraint and path step of every pattern. */
static unsigned deprel_lookup(loader *L, const char *s, size_t n) {
  if (!L->relnames[1])
    for (unsigned i = 1; i < SIMA_NDEP; i++) {
      L->relnames[i] = sima_deprel_name(i);
      L->rellens[i] = strlen(L->relnames[i]);
    }
  for (unsigned i = 1; i < SIMA_NDEP; i++)
    if (L->rellens[i] == n && L->relnames[i][0] == s[0] &&
        memcmp(L->relnames[i], s, n) == 0)
      return i;
  return 0;
}

static int rel_parse(loader *L, const char *s, size_t n, pat_rel *r) {
  size_t i = 0;
  static const struct {
    const char *name;
    uint8_t base;
  } legacy[] = {{"below", PAT_REL_BELOW},     {"seq", PAT_REL_SEQ},
                {"preseq", PAT_REL_PRESEQ},   {"verbseq", PAT_REL_VERBSEQ},
                {"form", PAT_REL_FORM},       {"after", PAT_REL_AFTER},
                {"word", PAT_REL_WORD},       {"forms", PAT_REL_FORMS}};
  for (size_t j = 0; j < sizeof legacy / sizeof *legacy; j++)
    if (n == strlen(legacy[j].name) && !memcmp(s, legacy[j].name, n)) {
      r->id = SIMA_DEP_DEP;
      r->base = legacy[j].base;
      r->cases = NULL;
      r->ncases = 0;
      return 0;
    }
  while (i < n && s[i] != '(')
    i++;
  /* TABARI positions (pattern.h): before(w), skip(w), skip2(w) */
  int pos = i == 6 && !memcmp(s, "before", 6)  ? 1
            : i == 4 && !memcmp(s, "skip", 4)  ? 2
            : i == 5 && !memcmp(s, "skip2", 5) ? 3
                                               : 0;
  unsigned id = pos ? SIMA_DEP_DEP : i ? deprel_lookup(L, s, i) : 0;
  if (!id)
    return line_error(L, "unknown relation '%.*s'", (int)i, s);
  if (pos && i == n)
    return line_error(L, "'%.*s' needs a word: %.*s(w)", (int)i, s, (int)i,
                      s);
  r->id = (uint16_t)id;
  r->base = pos == 1 ? PAT_REL_BEFORE
            : pos    ? PAT_REL_SKIP
                     : memchr(s, ':', i) == NULL;
  r->pad = (uint8_t)(pos > 1 ? pos - 1 : 0);
  r->cases = NULL;
  r->ncases = 0;
  if (i < n) {
    if (s[n - 1] != ')' || n - i < 3)
      return line_error(L, "bad case list in '%.*s'", (int)n, s);
    const char *p[32];
    size_t pn[32];
    int k = split_top(s + i + 1, n - i - 2, '|', p, pn, 32);
    if (k <= 0)
      return line_error(L, "bad case list in '%.*s'", (int)n, s);
    r->cases = vmem(L->v, (size_t)k * sizeof *r->cases);
    if (!r->cases)
      return oom(L);
    for (int j = 0; j < k; j++) {
      /* multi-word cases ("according_to") match on their first word */
      size_t wl = 0;
      while (wl < pn[j] && p[j][wl] != '_')
        wl++;
      if (!valid_word(p[j], pn[j]) || wl == 0 || wl > MAX_WORD)
        return line_error(L, "bad case '%.*s'", (int)pn[j], p[j]);
      uint32_t cid = lemma_intern(L->v, p[j], wl);
      if (cid == PAT_NONE)
        return oom(L);
      r->cases[j] = cid;
    }
    r->ncases = (uint32_t)k;
  }
  return 0;
}

static int role_parse_text(loader *L, const char *s, size_t n,
                           pat_role *role);

/* Parses a role, reusing the result for a text seen before (the same
** target list is written on hundreds of lines). */
static int role_parse(loader *L, const char *s, size_t n, pat_role *role) {
  int found;
  size_t *slot = strtab_find(&L->roles, s, n, &found);
  if (found) {
    *role = L->rolev[*slot];
    return 0;
  }
  if (role_parse_text(L, s, n, role) != 0)
    return -1;
  if (grow((void **)&L->rolev, &L->caproles, L->nroles, sizeof *L->rolev) != 0)
    return oom(L);
  char *key = vstrndup(L->v, s, n);
  if (!key || strtab_add(&L->roles, key, L->nroles) != 0)
    return oom(L);
  L->rolev[L->nroles++] = *role;
  return 0;
}

static int role_parse_text(loader *L, const char *s, size_t n,
                           pat_role *role) {
  const char *p[32];
  size_t pn[32];
  int k = split_top(s, n, '|', p, pn, 32);
  if (k <= 0)
    return line_error(L, "bad role '%.*s'", (int)n, s);
  role->given = 1;
  role->paths = vmem(L->v, (size_t)k * sizeof *role->paths);
  if (!role->paths)
    return oom(L);
  role->npaths = 0;
  for (int i = 0; i < k; i++) {
    if (pn[i] == 1 && p[i][0] == '-') {
      role->none = 1;
      continue;
    }
    const char *st[8];
    size_t sn[8];
    int m = split_top(p[i], pn[i], '>', st, sn, 8);
    if (m <= 0)
      return line_error(L, "bad path '%.*s'", (int)pn[i], p[i]);
    pat_path *path = &role->paths[role->npaths];
    path->steps = vmem(L->v, (size_t)m * sizeof *path->steps);
    if (!path->steps)
      return oom(L);
    for (int j = 0; j < m; j++) {
      if (rel_parse(L, st[j], sn[j], &path->steps[j]) != 0)
        return -1;
      if ((path->steps[j].base == PAT_REL_AFTER ||
           path->steps[j].base == PAT_REL_BEFORE ||
           path->steps[j].base == PAT_REL_SKIP) &&
          m == 1)
        continue; /* the first actor after the trigger; TABARI positions */
      if (path->steps[j].base >= PAT_REL_BELOW)
        return line_error(L, "'%.*s' is not a role path%s", (int)sn[j], st[j],
                          path->steps[j].base == PAT_REL_AFTER
                              ? " step (only a path of its own)"
                              : " (a constraint)");
    }
    path->nsteps = (uint32_t)m;
    role->npaths++;
  }
  return 0;
}

static int cons_parse(loader *L, const char *s, size_t n, pat_cons *c,
                      int depth, int *score);

/* Parses the items inside [...] into a new constraint array. */
static int subs_parse(loader *L, const char *s, size_t n, pat_cons **out,
                      uint32_t *nout, int depth, int *score) {
  const char *p[32];
  size_t pn[32];
  if (depth > MAX_DEPTH)
    return line_error(L, "constraints nested too deeply");
  int k = split_fields(s, n, p, pn, 32);
  if (k <= 0)
    return line_error(L, "bad nested constraints '%.*s'", (int)n, s);
  pat_cons *c = vmem(L->v, (size_t)k * sizeof *c);
  if (!c)
    return oom(L);
  for (int i = 0; i < k; i++)
    if (cons_parse(L, p[i], pn[i], &c[i], depth + 1, score) != 0)
      return -1;
  *out = c;
  *nout = (uint32_t)k;
  return 0;
}

/* REL[(CASES)]=VALUE, optionally prefixed by '!'. */
static int cons_parse(loader *L, const char *s, size_t n, pat_cons *c,
                      int depth, int *score) {
  if (depth > MAX_DEPTH)
    return line_error(L, "constraints nested too deeply");
  memset(c, 0, sizeof *c);
  if (n && s[0] == '!') {
    c->neg = 1;
    s++;
    n--;
  }
  const char *eq = NULL;
  int d = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '(' || s[i] == '[')
      d++;
    else if (s[i] == ')' || s[i] == ']')
      d--;
    else if (s[i] == '=' && d == 0) {
      eq = s + i;
      break;
    }
  }
  if (!eq || eq == s)
    return line_error(L, "expected REL=VALUE, got '%.*s'", (int)n, s);
  if (rel_parse(L, s, (size_t)(eq - s), &c->rel) != 0)
    return -1;
  if (c->rel.base == PAT_REL_AFTER || c->rel.base == PAT_REL_BEFORE ||
      c->rel.base == PAT_REL_SKIP)
    return line_error(L, "'%.*s' is a role path, not a constraint",
                      (int)(eq - s), s);
  const char *vs = eq + 1;
  size_t vn = n - (size_t)(vs - s);
  size_t cap = 0;
  if (vn == 0 || vs[0] == '[')
    return line_error(L, "empty value in '%.*s'", (int)n, s);
  int sub = 0;
  if (value_parse(L, vs, vn, &c->val, &cap, depth, &sub) != 0)
    return -1;
  for (uint32_t i = 0; c->neg && i < c->val.nalts; i++)
    if (c->val.alts[i].nsub)
      return line_error(L, "nested constraints under '!' are not allowed");
  /* a named value is more specific than `*`; a word somewhere below the
  ** verb (`below=`) less than a dependent of it */
  if (c->rel.base == PAT_REL_WORD || c->rel.base == PAT_REL_FORMS)
    *score += 0;
  else if (c->rel.base >= PAT_REL_BELOW)
    *score += 1 + sub;
  else
    *score += (c->val.any ? 1 : 2) + sub + (c->rel.ncases ? 1 : 0);
  return 0;
}

/* ------------------------------------------------------------------ */
/* codes */

/* A code is 2-4 digits; loaded without a CAMEO table (legacy test
** dictionaries, sima validate), one letter may follow 3-4 digits
** ("174K"). */
static int code_ok(loader *L, const char *s, size_t n, char out[8]) {
  size_t suf =
      (size_t)(!L->cameo && n > 3 && isalpha((unsigned char)s[n - 1]));
  if (n - suf < 2 || n - suf > 4)
    return line_error(L, "bad CAMEO code '%.*s'", (int)n, s);
  for (size_t i = 0; i < n - suf; i++)
    if (!isdigit((unsigned char)s[i]))
      return line_error(L, "bad CAMEO code '%.*s'", (int)n, s);
  memcpy(out, s, n);
  out[n] = 0;
  if (L->cameo && !sima_cameo_find(L->cameo, out))
    return line_error(L, "unknown CAMEO code '%s'", out);
  return 0;
}

/* ------------------------------------------------------------------ */
/* duplicates */

static int cmp_str(const void *a, const void *b) {
  const char *const *x = a, *const *y = b;
  return strcmp(*x, *y);
}

static void report_add(sima_verbs *v, const char *s) {
  size_t n = strlen(s);
  if (v->nreport + n + 1 >= v->capreport) {
    size_t cap = (v->capreport + n + 1) * 2;
    char *p = realloc(v->report, cap);
    if (!p)
      return;
    v->report = p;
    v->capreport = cap;
  }
  memcpy(v->report + v->nreport, s, n);
  v->nreport += n;
  v->report[v->nreport] = 0;
}

/* Records the pattern's canonical key; reports duplicates and conflicts. */
static int dup_check(loader *L, const char **items, size_t *itemn, int nitems,
                     const char *trig, size_t trign, const char *code,
                     size_t coden, const char *where) {
  /* the items (a line is at most MAX_LINE bytes) copied NUL-terminated
  ** into one stack buffer, sorted, joined after the trigger */
  char tmp[MAX_LINE + 80];
  const char *keep[64];
  size_t nk = 0, used = 0;
  for (int i = 0; i < nitems && nk < 64; i++) {
    if ((itemn[i] > 4 && (memcmp(items[i], "src=", 4) == 0 ||
                          memcmp(items[i], "tgt=", 4) == 0)))
      continue;
    if (used + itemn[i] + 1 > sizeof tmp)
      break;
    memcpy(tmp + used, items[i], itemn[i]);
    tmp[used + itemn[i]] = 0;
    keep[nk++] = tmp + used;
    used += itemn[i] + 1;
  }
  qsort(keep, nk, sizeof *keep, cmp_str);
  size_t klen = trign + 1;
  for (size_t i = 0; i < nk; i++)
    klen += strlen(keep[i]) + 1;
  char *key = malloc(klen + 1);
  if (!key)
    return oom(L);
  size_t o = 0;
  memcpy(key, trig, trign);
  o = trign;
  for (size_t i = 0; i < nk; i++) {
    key[o++] = ' ';
    size_t l = strlen(keep[i]);
    memcpy(key + o, keep[i], l);
    o += l;
  }
  key[o] = 0;
  int found;
  size_t *slot = strtab_find(&L->dupkeys, key, strlen(key), &found);
  if (found) {
    size_t i = *slot;
    char msg[1200];
    int same = L->dups[i].ncode == coden &&
               memcmp(L->dups[i].code, code, coden) == 0;
    if (same)
      L->v->stats.nduplicates++;
    else
      L->v->stats.nconflicts++;
    snprintf(msg, sizeof msg, "%s: %s pattern '%s': %.*s here, %.*s at %s\n",
             where, same ? "duplicate" : "conflicting", key, (int)coden, code,
             (int)L->dups[i].ncode, L->dups[i].code, L->dups[i].where);
    report_add(L->v, msg);
    free(key);
    return 0;
  }
  if (grow((void **)&L->dups, &L->capdups, L->ndups, sizeof *L->dups) != 0) {
    free(key);
    return oom(L);
  }
  dup_entry *e = &L->dups[L->ndups];
  e->key = key;
  e->code = code;
  e->ncode = coden;
  e->where = where;
  if (strtab_add(&L->dupkeys, e->key, L->ndups) != 0)
    return oom(L);
  L->ndups++;
  return 0;
}

/* ------------------------------------------------------------------ */
/* patterns */

/* Appends one trigger alternative (its words) to the loader's scratch. */
static int talt_add(loader *L, const uint32_t *words, uint32_t n) {
  if (grow((void **)&L->talts, &L->captalts, L->ntalts, sizeof *L->talts))
    return oom(L);
  while (L->ntwords + n > L->captwords)
    if (grow((void **)&L->twords, &L->captwords, L->captwords,
             sizeof *L->twords))
      return oom(L);
  L->talts[L->ntalts].first = (uint32_t)L->ntwords;
  L->talts[L->ntalts].nwords = n;
  L->ntalts++;
  memcpy(L->twords + L->ntwords, words, n * sizeof *words);
  L->ntwords += n;
  return 0;
}

/* Parses a trigger `a|b_c|&SET` into L->talts/L->twords (reset first):
** the scratch is reused from line to line, so the trigger costs no
** dictionary memory (only the compiled patterns keep their extra words).
** The grammar is value_parse's without `*` and `[...]`. */
static int trigger_parse(loader *L, const char *s, size_t n) {
  const char *p[256];
  size_t pn[256];
  L->ntalts = L->ntwords = 0;
  int k = split_top(s, n, '|', p, pn, 256);
  if (k <= 0)
    return line_error(L, "bad value '%.*s'", (int)n, s);
  for (int i = 0; i < k; i++) {
    const char *a = p[i];
    size_t an = pn[i];
    if (an == 0)
      return line_error(L, "empty alternative in '%.*s'", (int)n, s);
    if (an == 1 && a[0] == '*')
      return line_error(L, "the trigger must name a lemma");
    if (memchr(a, '[', an))
      return line_error(L, "constraints go after the trigger, not in [...]");
    if (a[0] == '&') {
      if (!valid_set_name(a, an))
        return line_error(L, "bad set name '%.*s'", (int)an, a);
      raw_set *set = set_find(L, a, an);
      if (!set || !set->defined)
        return line_error(L, "undefined set '%.*s'", (int)an, a);
      if (set_expand(L, set, 1) != 0)
        return -1;
      if (set->val.any)
        return line_error(L, "the trigger must name a lemma");
      for (uint32_t j = 0; j < set->val.nalts; j++) {
        const pat_phrase *ph = &set->val.alts[j];
        if (ph->nsub || ph->nwords == 0)
          return line_error(L,
                            "constraints go after the trigger, not in [...]");
        if (talt_add(L, ph->words, ph->nwords) != 0)
          return -1;
      }
      continue;
    }
    const char *w[16];
    size_t wn[16];
    uint32_t ids[16];
    int nw = split_top(a, an, '_', w, wn, 16);
    if (nw <= 0)
      return line_error(L, "bad phrase '%.*s'", (int)an, a);
    for (int j = 0; j < nw; j++) {
      if (!valid_word(w[j], wn[j]) || wn[j] > MAX_WORD)
        return line_error(L, "bad word '%.*s' in '%.*s'", (int)wn[j], w[j],
                          (int)an, a);
      ids[j] = lemma_intern(L->v, w[j], wn[j]);
      if (ids[j] == PAT_NONE)
        return oom(L);
    }
    if (talt_add(L, ids, (uint32_t)nw) != 0)
      return -1;
  }
  if (L->ntalts == 0)
    return line_error(L, "the trigger must name a lemma");
  return 0;
}

static pat_pattern *pat_push(loader *L) {
  sima_verbs *v = L->v;
  if (v->npats == v->cappats) {
    uint32_t cap = v->cappats ? v->cappats * 2 : 1024;
    pat_pattern *np = realloc(v->pats, cap * sizeof *np);
    if (!np)
      return NULL;
    v->pats = np;
    v->cappats = cap;
  }
  pat_pattern *p = &v->pats[v->npats++];
  memset(p, 0, sizeof *p);
  return p;
}

/* A directive line: `%default tgt=PATHS` gives the patterns after it in
** the same file these target paths, exactly as if each line said
** `tgt=PATHS` (a line's own tgt= still wins).  Files translated from
** PETRARCH use it for their widened target list, which would otherwise
** repeat on every one of thousands of lines. */
static int directive_line(loader *L, const char *s, size_t n) {
  const char *f[4];
  size_t fn[4];
  int k = split_fields(s, n, f, fn, 4);
  if (k != 2 || fn[0] != 8 || memcmp(f[0], "%default", 8) != 0 ||
      fn[1] <= 4 || memcmp(f[1], "tgt=", 4) != 0)
    return line_error(L, "unknown directive (only %%default tgt=PATHS)");
  pat_role r;
  memset(&r, 0, sizeof r);
  if (role_parse(L, f[1] + 4, fn[1] - 4, &r) != 0)
    return -1;
  r.given = 1;
  L->deftgt = r;
  L->has_deftgt = 1;
  return 0;
}

/* Compiles one pattern line (comment already stripped). */
static int pattern_compile(loader *L, const char *s, size_t n) {
  const char *f[80];
  size_t fn[80];
  int k = split_fields(s, n, f, fn, 80);
  if (k == -2)
    return line_error(L, "too many items");
  if (k < 0)
    return line_error(L, "unbalanced brackets");
  if (k < 3)
    return line_error(L, "a pattern needs RULE-ID CODE TRIGGER");
  /* rule id: LETTERS-DIGITS(.DIGITS)* */
  size_t i = 0;
  while (i < fn[0] && isupper((unsigned char)f[0][i]))
    i++;
  int idok = i > 0 && i + 1 < fn[0] && f[0][i] == '-' &&
             isdigit((unsigned char)f[0][i + 1]);
  for (size_t j = i + 1; idok && j < fn[0]; j++)
    if (!isdigit((unsigned char)f[0][j]) && f[0][j] != '.')
      idok = 0;
  if (!idok || fn[0] > 40)
    return line_error(L, "bad rule id '%.*s'", (int)fn[0], f[0]);
  int dupid;
  strtab_find(&L->ids, f[0], fn[0], &dupid);
  if (dupid)
    return line_error(L, "duplicate rule id '%.*s'", (int)fn[0], f[0]);

  pat_pattern tmpl;
  memset(&tmpl, 0, sizeof tmpl);
  /* code */
  if (fn[1] == 3 && memcmp(f[1], "---", 3) == 0) {
    tmpl.null = 1;
  } else {
    const char *colon = memchr(f[1], ':', fn[1]);
    size_t n1 = colon ? (size_t)(colon - f[1]) : fn[1];
    if (code_ok(L, f[1], n1, tmpl.code) != 0)
      return -1;
    if (colon && code_ok(L, colon + 1, fn[1] - n1 - 1, tmpl.code2) != 0)
      return -1;
  }
  /* trigger: word(_word)*(/UPOS)? or &SET(/UPOS)? */
  const char *tr = f[2];
  size_t trn = fn[2];
  const char *slash = memchr(tr, '/', trn);
  tmpl.upos = SIMA_UPOS_VERB;
  if (slash) {
    unsigned up = sima_upos_id(slash + 1, trn - (size_t)(slash - tr) - 1);
    if (!up)
      return line_error(L, "unknown part of speech in '%.*s'", (int)trn, tr);
    tmpl.upos = (uint16_t)up;
    trn = (size_t)(slash - tr);
  }
  if (trigger_parse(L, tr, trn) != 0)
    return -1;

  /* items */
  int score = 0;
  size_t ccap = 0;
  tmpl.src = L->v->default_src;
  tmpl.tgt = L->v->default_tgt;
  tmpl.src.given = tmpl.tgt.given = 0;
  if (L->has_deftgt)
    tmpl.tgt = L->deftgt; /* as if written on the line */
  for (int j = 3; j < k; j++) {
    const char *it = f[j];
    size_t in = fn[j];
    if (in > 4 && memcmp(it, "src=", 4) == 0) {
      memset(&tmpl.src, 0, sizeof tmpl.src);
      if (role_parse(L, it + 4, in - 4, &tmpl.src) != 0)
        return -1;
    } else if (in > 4 && memcmp(it, "tgt=", 4) == 0) {
      memset(&tmpl.tgt, 0, sizeof tmpl.tgt);
      if (role_parse(L, it + 4, in - 4, &tmpl.tgt) != 0)
        return -1;
    } else if (in == 4 && memcmp(it, "pass", 4) == 0) {
      tmpl.flags |= PAT_F_PASS;
      score++;
    } else if (in == 6 && memcmp(it, "active", 6) == 0) {
      tmpl.flags |= PAT_F_ACTIVE;
      score++;
    } else if (in == 3 && memcmp(it, "neg", 3) == 0) {
      tmpl.flags |= PAT_F_NEG;
      score++;
    } else if (in == 6 && memcmp(it, "nomood", 6) == 0) {
      tmpl.flags |= PAT_F_NOMOOD;
    } else if (in == 6 && memcmp(it, "tabari", 6) == 0) {
      tmpl.flags |= PAT_F_TABARI;
    } else if (in == 6 && memcmp(it, "petrnp", 6) == 0) {
      tmpl.flags |= PAT_F_PETRNP;
    } else if (memchr(it, '=', in)) {
      if (tmpl.ncons == ccap) {
        size_t nc = ccap ? ccap * 2 : 4;
        pat_cons *na = vmem(L->v, nc * sizeof *na);
        if (!na)
          return oom(L);
        if (tmpl.ncons)
          memcpy(na, tmpl.cons, tmpl.ncons * sizeof *na);
        tmpl.cons = na;
        ccap = nc;
      }
      /* the same constraint text recurs on many lines (one content list
      ** for every appeal verb): parse it once */
      int found;
      size_t *slot = strtab_find(&L->conss, it, in, &found);
      if (found) {
        tmpl.cons[tmpl.ncons] = L->consv[*slot].c;
        score += L->consv[*slot].score;
      } else {
        int sc = 0;
        if (cons_parse(L, it, in, &tmpl.cons[tmpl.ncons], 0, &sc) != 0)
          return -1;
        score += sc;
        if (grow((void **)&L->consv, &L->capconss, L->nconss,
                 sizeof *L->consv) != 0)
          return oom(L);
        char *key = vstrndup(L->v, it, in);
        if (!key || strtab_add(&L->conss, key, L->nconss) != 0)
          return oom(L);
        L->consv[L->nconss].c = tmpl.cons[tmpl.ncons];
        L->consv[L->nconss].score = sc;
        L->nconss++;
      }
      tmpl.ncons++;
    } else {
      return line_error(L, "unknown item '%.*s'", (int)in, it);
    }
  }
  if ((tmpl.flags & PAT_F_PASS) && (tmpl.flags & PAT_F_ACTIVE))
    return line_error(L, "both 'pass' and 'active'");

  char where[600];
  snprintf(where, sizeof where, "%s:%u: %.*s", L->file, L->line,
           (int)(n > 400 ? 400 : n), s);
  const char *wcopy = vstrndup(L->v, where, strlen(where));
  const char *idcopy = vstrndup(L->v, f[0], fn[0]);
  if (!wcopy || !idcopy)
    return oom(L);
  if (dup_check(L, f + 3, fn + 3, k - 3, tr, fn[2], f[1], fn[1], wcopy) != 0)
    return -1;
  if (strtab_add(&L->ids, idcopy, 0) != 0)
    return oom(L);

  /* One compiled pattern per line, shared by its trigger alternatives:
  ** a translated PETRARCH block lists every verb of the block in the
  ** trigger ("accelerate_aid|expedite_aid|...": ~9 alternatives a line on
  ** average), and a copy per alternative made the Phoenix dictionary ten
  ** times larger than its text.  Alternatives differ only by their head
  ** and their extra words; those with the same extra words (here [aid])
  ** share one body, and the index (L->ents) maps each head to it. */
  uint32_t first_body = L->v->npats;
  for (size_t a = 0; a < L->ntalts; a++) {
    const uint32_t *words = L->twords + L->talts[a].first;
    uint32_t nwords = L->talts[a].nwords;
    /* verbs: the first word is the head ("cut_off"); otherwise the last
    ** ("air_strike/NOUN") */
    uint32_t hi = tmpl.upos == SIMA_UPOS_VERB ? 0 : nwords - 1;
    uint32_t head = words[hi];
    uint32_t ne = nwords - 1;
    uint32_t b = first_body;
    for (; b < L->v->npats; b++) {
      const pat_pattern *q = &L->v->pats[b];
      if (q->nextra != ne)
        continue;
      uint32_t w = 0, o = 0;
      for (; w < nwords; w++)
        if (w != hi && words[w] != q->extra[o++])
          break;
      if (w == nwords)
        break;
    }
    if (b == L->v->npats) {
      pat_pattern *p = pat_push(L);
      if (!p)
        return oom(L);
      *p = tmpl;
      p->id = idcopy;
      p->where = wcopy;
      p->head = head; /* of the first alternative; the index has them all */
      if (ne) {
        p->extra = vmem(L->v, ne * sizeof *p->extra);
        if (!p->extra)
          return oom(L);
        for (uint32_t w = 0, o = 0; w < nwords; w++)
          if (w != hi)
            p->extra[o++] = words[w];
        p->nextra = ne;
      }
      p->score = score + (int)p->nextra;
      p->order = L->v->npats;
    }
    /* the same head twice on one line ("war|war") is indexed once */
    size_t e = L->nents;
    while (e > 0 && L->ents[e - 1].pat >= first_body &&
           !(L->ents[e - 1].head == head && L->ents[e - 1].pat == b))
      e--;
    if (e > 0 && L->ents[e - 1].pat >= first_body)
      continue;
    if (grow((void **)&L->ents, &L->capents, L->nents, sizeof *L->ents) != 0)
      return oom(L);
    L->ents[L->nents].head = head;
    L->ents[L->nents].pat = b;
    L->nents++;
  }
  L->v->stats.npatterns++;
  if (tmpl.null)
    L->v->stats.nnull++;
  if (tmpl.code2[0])
    L->v->stats.npaired++;
  return 0;
}

/* ------------------------------------------------------------------ */
/* pass 1: lines */

/* Strips a comment ('#' at the line start or after whitespace, outside
** brackets) and trailing whitespace; returns the new length. */
static size_t strip_comment(const char *s, size_t n) {
  int depth = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '(' || s[i] == '[')
      depth++;
    else if (s[i] == ')' || s[i] == ']')
      depth--;
    else if (s[i] == '#' && depth <= 0 &&
             (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t')) {
      n = i;
      break;
    }
  }
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
    n--;
  return n;
}

static int set_line(loader *L, const char *s, size_t n) {
  size_t i = 0;
  while (i < n && s[i] != ' ' && s[i] != '\t' && s[i] != '=' && s[i] != '+')
    i++;
  if (!valid_set_name(s, i))
    return line_error(L, "bad set name '%.*s'", (int)i, s);
  size_t j = i;
  while (j < n && (s[j] == ' ' || s[j] == '\t'))
    j++;
  int add = 0;
  if (j + 1 < n && s[j] == '+' && s[j + 1] == '=') {
    add = 1;
    j += 2;
  } else if (j < n && s[j] == '=') {
    j++;
  } else {
    return line_error(L, "expected '=' or '+=' after %.*s", (int)i, s);
  }
  raw_set *set = set_find(L, s, i);
  if (set && !add && set->defined)
    return line_error(L, "set %.*s is already defined at %s", (int)i, s,
                      set->where);
  if (!set) {
    if (grow((void **)&L->sets, &L->capsets, L->nsets, sizeof *L->sets) != 0)
      return oom(L);
    set = &L->sets[L->nsets++];
    memset(set, 0, sizeof *set);
    set->name = vstrndup(L->v, s, i);
    if (!set->name || strtab_add(&L->setnames, set->name, L->nsets - 1) != 0)
      return oom(L);
  }
  if (!add) {
    char where[300];
    snprintf(where, sizeof where, "%s:%u", L->file, L->line);
    set->defined = 1;
    set->where = vstrndup(L->v, where, strlen(where));
    if (!set->where)
      return oom(L);
  }
  const char *m[512];
  size_t mn[512];
  int k = split_top(s + j, n - j, '|', m, mn, 512);
  if (k <= 0)
    return line_error(L, "bad member list");
  for (int a = 0; a < k; a++) {
    const char *w = m[a];
    size_t wn = mn[a];
    while (wn && (*w == ' ' || *w == '\t')) {
      w++;
      wn--;
    }
    while (wn && (w[wn - 1] == ' ' || w[wn - 1] == '\t'))
      wn--;
    if (wn == 0)
      return line_error(L, "empty member in set %.*s", (int)i, s);
    int ok = (wn == 1 && w[0] == '*') || valid_set_name(w, wn);
    if (!ok) {
      ok = 1;
      for (size_t c = 0; c < wn; c++)
        if (!is_word_char((unsigned char)w[c]))
          ok = 0;
    }
    if (!ok)
      return line_error(L, "bad member '%.*s' in set %.*s", (int)wn, w,
                        (int)i, s);
    if (grow((void **)&set->members, &set->cap, set->nmembers,
             sizeof *set->members) != 0)
      return oom(L);
    set->members[set->nmembers] = vstrndup(L->v, w, wn);
    if (!set->members[set->nmembers])
      return oom(L);
    set->nmembers++;
  }
  return 0;
}

/* Pass 1 over one buffer: set lines are parsed, pattern lines kept. */
static int scan_buffer(loader *L, const char *name, const char *buf,
                       size_t len) {
  const char *fname = vstrndup(L->v, name, strlen(name));
  if (!fname)
    return oom(L);
  L->file = fname;
  size_t pos = 0;
  uint32_t line = 0;
  while (pos < len && !L->failed) {
    const char *nl = memchr(buf + pos, '\n', len - pos);
    size_t end = nl ? (size_t)(nl - buf) : len;
    const char *s = buf + pos;
    size_t n = end - pos;
    line++;
    pos = end + 1;
    L->line = line;
    if (n > MAX_LINE) {
      line_error(L, "line longer than %d bytes", MAX_LINE);
      continue;
    }
    if (memchr(s, 0, n)) {
      line_error(L, "NUL byte in line");
      continue;
    }
    n = strip_comment(s, n);
    while (n && (*s == ' ' || *s == '\t')) {
      s++;
      n--;
    }
    if (n == 0)
      continue;
    if (s[0] == '&') {
      set_line(L, s, n);
      continue;
    }
    if (grow((void **)&L->lines, &L->caplines, L->nlines, sizeof *L->lines))
      return oom(L);
    raw_line *rl = &L->lines[L->nlines];
    rl->file = fname;
    rl->line = line;
    rl->text = s; /* no copy: the buffers outlive the load */
    rl->n = n;
    L->nlines++;
  }
  return L->failed ? -1 : 0;
}

/* ------------------------------------------------------------------ */
/* finishing */

/* Best score first, then load order. */
static int cmp_pat(const void *a, const void *b) {
  const pat_pattern *x = *(pat_pattern *const *)a;
  const pat_pattern *y = *(pat_pattern *const *)b;
  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* Builds v->byhead (pattern pointers grouped by trigger head, best first)
** and v->buckets from the trigger index; v->pats must not move after.
** A counting sort by head (lemma ids are dense) then an insertion sort of
** each short bucket by score (qsort for long ones): the entries arrive in load order, so a bucket is
** already ordered by `order`, and buckets are short (a verb's patterns). */
static int build_index(loader *L) {
  sima_verbs *v = L->v;
  uint32_t n = (uint32_t)L->nents;
  uint32_t nl = v->nlemmas;
  v->byhead = vmem(v, (n + 1) * sizeof *v->byhead);
  uint32_t *start = calloc((size_t)nl + 1, sizeof *start);
  if (!v->byhead || !start) {
    free(start);
    return oom(L);
  }
  for (uint32_t i = 0; i < n; i++)
    start[L->ents[i].head + 1]++;
  uint32_t nb = 0;
  for (uint32_t h = 0; h < nl; h++) {
    nb += start[h + 1] != 0;
    start[h + 1] += start[h];
  }
  v->buckets = vmem(v, ((size_t)nb + 1) * sizeof *v->buckets);
  if (!v->buckets) {
    free(start);
    return oom(L);
  }
  v->nbuckets = 0;
  for (uint32_t h = 0; h < nl; h++)
    if (start[h + 1] > start[h]) {
      pat_bucket *b = &v->buckets[v->nbuckets++];
      b->head = h;
      b->first = start[h];
      b->count = start[h + 1] - start[h];
    }
  for (uint32_t i = 0; i < n; i++) /* stable: load order kept */
    v->byhead[start[L->ents[i].head]++] = &v->pats[L->ents[i].pat];
  free(start);
  for (uint32_t k = 0; k < v->nbuckets; k++) {
    pat_pattern **a = v->byhead + v->buckets[k].first;
    uint32_t c = v->buckets[k].count;
    if (c > 64) {
      qsort(a, c, sizeof *a, cmp_pat);
      continue;
    }
    for (uint32_t i = 1; i < c; i++) {
      pat_pattern *x = a[i];
      uint32_t j = i;
      for (; j > 0 && a[j - 1]->score < x->score; j--)
        a[j] = a[j - 1];
      a[j] = x;
    }
  }
  return 0;
}

static void loader_free(loader *L) {
  for (size_t i = 0; i < L->nsets; i++)
    free(L->sets[i].members);
  free(L->sets);
  free(L->lines);
  strtab_free(&L->ids);
  strtab_free(&L->setnames);
  strtab_free(&L->roles);
  free(L->rolev);
  strtab_free(&L->conss);
  free(L->consv);
  strtab_free(&L->dupkeys);
  for (size_t i = 0; i < L->ndups; i++) {
    free(L->dups[i].key);
  }
  free(L->dups);
  free(L->ents);
  free(L->talts);
  free(L->twords);
}

/* The built-in default roles: src = nsubj; tgt as docs/verbs.md says. */
static int defaults(loader *L) {
  static const char tgt[] =
      "obj|iobj|obj>nmod:poss|obl(against|with|to|toward|towards|on|at|into|"
      "over|from|for)|obj>nmod(of|to|with|against|on|for)";
  L->file = "(built-in)";
  L->line = 0;
  if (role_parse(L, "nsubj", 5, &L->v->default_src) != 0 ||
      role_parse(L, tgt, sizeof tgt - 1, &L->v->default_tgt) != 0)
    return -1;
  L->v->default_src.given = L->v->default_tgt.given = 0;
  L->v->lem_by = lemma_intern(L->v, "by", 2);
  L->v->lem_not = lemma_intern(L->v, "not", 3);
  L->v->lem_never = lemma_intern(L->v, "never", 5);
  L->v->lem_no = lemma_intern(L->v, "no", 2);
  return 0;
}

typedef struct src_buf {
  const char *name;
  const char *buf;
  size_t len;
} src_buf;

static sima_verbs *load_bufs(const src_buf *bufs, size_t nbufs,
                             const sima_cameo *cameo, int lenient,
                             sima_warn_fn warn, void *warn_ud,
                             sima_error *err) {
  loader L;
  memset(&L, 0, sizeof L);
  sima_verbs *v = calloc(1, sizeof *v);
  if (!v) {
    sima_error_set(err, SIMA_ERR_NOMEM, "out of memory loading verbs");
    return NULL;
  }
  L.v = v;
  L.cameo = cameo;
  L.lenient = 0;
  L.warn = warn;
  L.warn_ud = warn_ud;
  L.err = err;
  if (defaults(&L) != 0)
    goto fail;
  L.lenient = lenient;
  for (size_t i = 0; i < nbufs; i++)
    if (scan_buffer(&L, bufs[i].name, bufs[i].buf, bufs[i].len) != 0)
      goto fail;
  /* sets: check that every += names a set defined somewhere */
  for (size_t i = 0; i < L.nsets; i++) {
    v->stats.nsets++;
    if (!L.sets[i].defined) {
      L.file = "(sets)";
      L.line = 0;
      line_error(&L, "set %s is extended with += but never defined",
                 L.sets[i].name);
      if (L.failed)
        goto fail;
    }
  }
  for (size_t i = 0; i < L.nlines; i++) {
    if (i == 0 || L.lines[i].file != L.lines[i - 1].file)
      L.has_deftgt = 0; /* a directive holds for its own file */
    L.file = L.lines[i].file;
    L.line = L.lines[i].line;
    if (L.lines[i].text[0] == '%') {
      if (directive_line(&L, L.lines[i].text, L.lines[i].n) != 0 && L.failed)
        goto fail;
      continue;
    }
    uint32_t before = v->npats;
    size_t before_ents = L.nents;
    if (pattern_compile(&L, L.lines[i].text, L.lines[i].n) != 0) {
      if (L.failed)
        goto fail;
      v->npats = before; /* lenient: drop a half-compiled line */
      L.nents = before_ents;
    }
  }
  for (size_t i = 0; i < L.nsets; i++) {
    L.file = L.sets[i].where ? L.sets[i].where : "(sets)";
    L.line = 0;
    if (L.sets[i].defined && set_expand(&L, &L.sets[i], 0) != 0 && L.failed)
      goto fail;
    v->stats.nmembers += L.sets[i].nmembers;
  }
  if (build_index(&L) != 0)
    goto fail;
  loader_free(&L);
  return v;
fail:
  loader_free(&L);
  sima_verbs_free(v);
  return NULL;
}

sima_verbs *sima_verbs_load_mem(const char *name, const char *buf, size_t len,
                                const sima_cameo *cameo, int lenient,
                                sima_warn_fn warn, void *warn_ud,
                                sima_error *err) {
  src_buf b = {name ? name : "(memory)", buf ? buf : "", buf ? len : 0};
  return load_bufs(&b, 1, cameo, lenient, warn, warn_ud, err);
}

/* Reads a whole file into a malloc'd buffer. */
static char *read_file(const char *path, size_t *len, sima_error *err) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    sima_error_set(err, SIMA_ERR_IO, "%s: %s", path, strerror(errno));
    return NULL;
  }
  char *buf = NULL;
  size_t n = 0, cap = 0;
  for (;;) {
    if (n + 65536 > cap) {
      cap = cap ? cap * 2 : 131072;
      char *nb = realloc(buf, cap);
      if (!nb) {
        free(buf);
        fclose(f);
        sima_error_set(err, SIMA_ERR_NOMEM, "%s: out of memory", path);
        return NULL;
      }
      buf = nb;
    }
    size_t r = fread(buf + n, 1, cap - n, f);
    n += r;
    if (r == 0)
      break;
  }
  int bad = ferror(f);
  fclose(f);
  if (bad) {
    free(buf);
    sima_error_set(err, SIMA_ERR_IO, "%s: read error", path);
    return NULL;
  }
  *len = n;
  return buf;
}

sima_verbs *sima_verbs_load(const char *const *paths, size_t npaths,
                            const sima_cameo *cameo, int lenient,
                            sima_warn_fn warn, void *warn_ud,
                            sima_error *err) {
  src_buf *bufs = calloc(npaths + 1, sizeof *bufs);
  if (!bufs) {
    sima_error_set(err, SIMA_ERR_NOMEM, "out of memory loading verbs");
    return NULL;
  }
  sima_verbs *v = NULL;
  size_t i;
  for (i = 0; i < npaths; i++) {
    bufs[i].name = paths[i];
    bufs[i].buf = read_file(paths[i], &bufs[i].len, err);
    if (!bufs[i].buf)
      goto out;
  }
  v = load_bufs(bufs, npaths, cameo, lenient, warn, warn_ud, err);
out:
  for (size_t j = 0; j < npaths; j++)
    free((void *)(uintptr_t)bufs[j].buf);
  free(bufs);
  return v;
}

void sima_verbs_free(sima_verbs *v) {
  if (!v)
    return;
  for (size_t i = 0; i < v->nblocks; i++)
    arena_big_free(v->blocks[i]);
  free(v->blocks);
  free(v->lemmas);
  free(v->ltab);
  free(v->pats);
  free(v->report);
  free(v);
}

void sima_verbs_get_stats(const sima_verbs *v, sima_verbs_stats *st) {
  if (v && st)
    *st = v->stats;
}

size_t sima_verbs_code_count(const sima_verbs *v, const char *code) {
  size_t n = 0;
  const char *last = NULL;
  if (!v || !code)
    return 0;
  for (uint32_t i = 0; i < v->npats; i++) {
    const pat_pattern *p = &v->pats[i];
    if (p->id == last)
      continue; /* one line, several trigger alternatives */
    if (strcmp(p->code, code) == 0 || strcmp(p->code2, code) == 0) {
      n++;
      last = p->id;
    }
  }
  return n;
}

void sima_verbs_report(const sima_verbs *v, FILE *out) {
  if (v && v->report)
    fputs(v->report, out);
}
