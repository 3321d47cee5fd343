/*
** lemma.c — the lemmatizer (see lemma.h).
**
** A word is looked up first in the exception lexicon under (word, XPOS):
** "met"/VBD -> "meet", "was"/VBD -> "be".  Otherwise the longest matching
** suffix rule for its XPOS rewrites the ending ("-ies"/NNS: strip 3,
** append "y").  Proper nouns keep their case; other words are lower-cased.
*/
#include "lemma.h"

#include <stdlib.h>
#include <string.h>

/* lemma_lex_key and lemma_rule_key, inline for the lookups here. */
static inline uint64_t lex_key(const char *w, size_t n, unsigned xpos) {
  return model_mix(model_fnv1a(w, n) ^
                   ((uint64_t)xpos * 0x9e3779b97f4a7c15ULL)) |
         1;
}
static inline uint64_t rule_key(const char *suffix, size_t k, unsigned xpos) {
  return model_mix(
             model_fnv1a(suffix, k) ^
             ((uint64_t)(xpos << 8 | (unsigned)k) * 0xc2b2ae3d27d4eb4fULL)) |
         1;
}

uint64_t lemma_lex_key(const char *w, size_t n, unsigned xpos) {
  return lex_key(w, n, xpos);
}

uint64_t lemma_rule_key(const char *suffix, size_t k, unsigned xpos) {
  return rule_key(suffix, k, xpos);
}

int lemma_proper(unsigned xpos) {
  return xpos == SIMA_XPOS_NNP || xpos == SIMA_XPOS_NNPS ||
         xpos == SIMA_XPOS_ADD || xpos == SIMA_XPOS_LS ||
         xpos == SIMA_XPOS_SYM || xpos == SIMA_XPOS_NFP;
}

uint32_t lemma_wn_key(const char *w, size_t n, unsigned pos) {
  return (uint32_t)(model_mix(model_fnv1a(w, n) ^ (uint64_t)pos << 56) >> 32) |
         1u;
}

int lemma_wn_has(const lemma_model *m, const char *w, size_t n,
                 unsigned pos) {
  if (!m->wn_keys || n == 0)
    return 0;
  uint32_t key = lemma_wn_key(w, n, pos);
  uint32_t i = (uint32_t)model_mix(key) & m->wn_mask;
  for (;;) {
    uint32_t k = m->wn_keys[i];
    if (k == key)
      return 1;
    if (k == 0)
      return 0;
    i = (i + 1) & m->wn_mask;
  }
}

/* The WordNet part of speech whose lemma an inflected tag asks for. */
static unsigned wn_pos(unsigned xpos) {
  switch (xpos) {
  case SIMA_XPOS_VBD: case SIMA_XPOS_VBN: case SIMA_XPOS_VBG:
  case SIMA_XPOS_VBZ:
    return LEMMA_WN_VERB;
  case SIMA_XPOS_NNS:
    return LEMMA_WN_NOUN;
  case SIMA_XPOS_JJR: case SIMA_XPOS_JJS:
    return LEMMA_WN_ADJ;
  default:
    return 0;
  }
}

static size_t copy_out(char *out, size_t cap, const char *s, size_t n);
static size_t apply_unlisted(const lemma_model *m, const char *w,
                             const char *lo, size_t n, unsigned xpos,
                             char *out, size_t cap);

int lemma_wn_knows(const lemma_model *m, const char *w, size_t n,
                   unsigned xpos) {
  unsigned pos;
  switch (xpos) {
  case SIMA_XPOS_NN: case SIMA_XPOS_NNS:
    pos = LEMMA_WN_NOUN;
    break;
  case SIMA_XPOS_VB: case SIMA_XPOS_VBD: case SIMA_XPOS_VBG:
  case SIMA_XPOS_VBN: case SIMA_XPOS_VBP: case SIMA_XPOS_VBZ:
    pos = LEMMA_WN_VERB;
    break;
  case SIMA_XPOS_JJ: case SIMA_XPOS_JJR: case SIMA_XPOS_JJS:
    pos = LEMMA_WN_ADJ;
    break;
  default:
    return -1;
  }
  if (!m || !m->wn_keys || n == 0 || n >= LEMMA_MAXWORD)
    return -1;
  char lo[LEMMA_MAXWORD], lem[LEMMA_MAXWORD];
  for (size_t i = 0; i < n; i++)
    lo[i] = (w[i] >= 'A' && w[i] <= 'Z') ? (char)(w[i] + 32) : w[i];
  /* (xpos is no proper-noun tag: lemma_apply looks the word up lower-cased,
  ** as here, so a listed word's lemma is its entry, and an unlisted one's
  ** apply_unlisted's) */
  long s = lemma_find(m->lex_keys, m->lex_mask, lex_key(lo, n, xpos));
  int listed = s >= 0;
  /* an irregular past listed as VBD or VBN is a verb form either way
  ** ("withdrew", "retaken"): its listed lemma is the one to check */
  if (!listed && (xpos == SIMA_XPOS_VBD || xpos == SIMA_XPOS_VBN)) {
    unsigned other = xpos == SIMA_XPOS_VBD ? SIMA_XPOS_VBN : SIMA_XPOS_VBD;
    s = lemma_find(m->lex_keys, m->lex_mask, lex_key(lo, n, other));
    listed = s >= 0;
  }
  /* Without an exception entry (irregular forms have one) the word must
  ** look like the form: a base tag's lemma is the word, an inflected
  ** tag's word ends in its ending and its lemma starts like it ("tony"
  ** as JJS is no form of "good", "toolbar" as VBG none of "tool").  The
  ** ending is checked first: a word without it needs no lemma. */
  int inflected = 0, fits = 0;
  if (!listed) {
    static const struct {
      unsigned xpos;
      const char *end;
      size_t len;
    } ends[] = {{SIMA_XPOS_VBG, "ing", 3}, {SIMA_XPOS_VBD, "ed", 2},
                {SIMA_XPOS_VBD, "t", 1},   {SIMA_XPOS_VBN, "ed", 2},
                {SIMA_XPOS_VBN, "en", 2},  {SIMA_XPOS_VBN, "n", 1},
                {SIMA_XPOS_VBN, "t", 1},   {SIMA_XPOS_VBZ, "s", 1},
                {SIMA_XPOS_NNS, "s", 1},   {SIMA_XPOS_JJR, "er", 2},
                {SIMA_XPOS_JJS, "est", 3}};
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
      if (ends[k].xpos != xpos)
        continue;
      size_t e = ends[k].len;
      inflected = 1;
      fits |= n > e && memcmp(lo + n - e, ends[k].end, e) == 0;
    }
    if (inflected && !fits)
      return 0;
  }
  size_t len;
  if (listed) {
    const char *l = m->strings + m->lex_vals[s];
    len = copy_out(lem, sizeof lem, l, strlen(l));
  } else {
    len = apply_unlisted(m, w, lo, n, xpos, lem, sizeof lem);
  }
  if (!listed) {
    if (!inflected) {
      if (len != n || memcmp(lem, lo, n) != 0)
        return 0;
    } else if (len < 3 || memcmp(lem, lo, 3) != 0) {
      return 0;
    }
  }
  return lemma_wn_has(m, lem, len, pos) ? 1 : 0;
}

/* WordNet's "morphy" detachments (plus consonant undoubling): suffix,
** replacement, part of speech. */
static const struct {
  const char *suf, *rep;
  unsigned pos;
} morphy[] = {
    {"ies", "y", LEMMA_WN_VERB},   {"es", "e", LEMMA_WN_VERB},
    {"es", "", LEMMA_WN_VERB},     {"s", "", LEMMA_WN_VERB},
    {"ied", "y", LEMMA_WN_VERB},   {"ed", "e", LEMMA_WN_VERB},
    {"ed", "", LEMMA_WN_VERB},     {"ed", "-", LEMMA_WN_VERB},
    {"ying", "ie", LEMMA_WN_VERB}, {"ing", "e", LEMMA_WN_VERB},
    {"ing", "", LEMMA_WN_VERB},    {"ing", "-", LEMMA_WN_VERB},
    {"ies", "y", LEMMA_WN_NOUN},   {"ses", "s", LEMMA_WN_NOUN},
    {"xes", "x", LEMMA_WN_NOUN},   {"zes", "z", LEMMA_WN_NOUN},
    {"ches", "ch", LEMMA_WN_NOUN}, {"shes", "sh", LEMMA_WN_NOUN},
    {"men", "man", LEMMA_WN_NOUN}, {"s", "", LEMMA_WN_NOUN},
    {"ier", "y", LEMMA_WN_ADJ},    {"iest", "y", LEMMA_WN_ADJ},
    {"er", "", LEMMA_WN_ADJ},      {"est", "", LEMMA_WN_ADJ},
    {"er", "e", LEMMA_WN_ADJ},     {"est", "e", LEMMA_WN_ADJ},
    {"er", "-", LEMMA_WN_ADJ},     {"est", "-", LEMMA_WN_ADJ},
};

/* Tries the detachments on lo[0..n); writes the first candidate WordNet
** knows into out and returns its length, or 0. ("-" = undouble.) */
static size_t morphy_find(const lemma_model *m, const char *lo, size_t n,
                          unsigned pos, char *out, size_t cap) {
  for (size_t r = 0; r < sizeof morphy / sizeof morphy[0]; r++) {
    if (morphy[r].pos != pos)
      continue;
    size_t sl = strlen(morphy[r].suf);
    if (n <= sl + 1 || memcmp(lo + n - sl, morphy[r].suf, sl) != 0)
      continue;
    size_t keep = n - sl;
    const char *rep = morphy[r].rep;
    if (rep[0] == '-') { /* stopped -> stop */
      if (keep < 3 || lo[keep - 1] != lo[keep - 2])
        continue;
      keep--;
      rep = "";
    }
    size_t rl = strlen(rep);
    if (keep + rl + 1 > cap)
      continue;
    memcpy(out, lo, keep);
    memcpy(out + keep, rep, rl);
    out[keep + rl] = 0;
    if (lemma_wn_has(m, out, keep + rl, pos))
      return keep + rl;
  }
  return 0;
}

long lemma_find(const uint64_t *keys, uint32_t mask, uint64_t key) {
  if (!keys)
    return -1;
  uint32_t i = (uint32_t)(key >> 24) & mask;
  for (;;) {
    if (keys[i] == key)
      return (long)i;
    if (keys[i] == 0)
      return -1;
    i = (i + 1) & mask;
  }
}

/* 1 when byte offset k of s (length n) is inside a UTF-8 sequence, where
** no cut may fall: a lemma stays valid UTF-8 (a fuzzed U+FFFD lost its
** last byte to a suffix rule and reached the JSON output). */
static int mid_char(const char *s, size_t n, size_t k) {
  return k < n && ((unsigned char)s[k] & 0xC0) == 0x80;
}

static size_t copy_out(char *out, size_t cap, const char *s, size_t n) {
  if (n >= cap) {
    n = cap - 1;
    while (n > 0 && mid_char(s, n + 1, n))
      n--;
  }
  memcpy(out, s, n);
  out[n] = 0;
  return n;
}

static size_t rule_apply(const lemma_model *m, const char *w, const char *lo,
                         size_t n, unsigned xpos, int proper, char *out,
                         size_t cap);

size_t lemma_apply(const lemma_model *m, const char *w, size_t n,
                   unsigned xpos, char *out, size_t cap) {
  char lo[LEMMA_MAXWORD];
  if (n >= sizeof lo)
    return copy_out(out, cap, w, n);
  for (size_t i = 0; i < n; i++)
    lo[i] = (w[i] >= 'A' && w[i] <= 'Z') ? (char)(w[i] + 32) : w[i];
  int proper = lemma_proper(xpos);
  const char *base = proper ? w : lo;
  long s = lemma_find(m->lex_keys, m->lex_mask, lex_key(base, n, xpos));
  if (s >= 0) {
    const char *l = m->strings + m->lex_vals[s];
    return copy_out(out, cap, l, strlen(l));
  }
  return apply_unlisted(m, w, lo, n, xpos, out, cap);
}

/* lemma_apply's answer for word w (n < LEMMA_MAXWORD bytes; lo: its
** ASCII lower-case form) under xpos when the exception lexicon does not
** list (w, xpos): the suffix rules, then WordNet's detachments. */
static size_t apply_unlisted(const lemma_model *m, const char *w,
                             const char *lo, size_t n, unsigned xpos,
                             char *out, size_t cap) {
  int proper = lemma_proper(xpos);
  /* a typographic apostrophe (U+2018/U+2019) reads as ' ("it’ll", "we’d",
  ** "they’re": the lexicon knows the ASCII forms) */
  char ap[LEMMA_MAXWORD];
  size_t an = 0;
  int curly = 0;
  for (size_t i = 0; i < n; i++) {
    if ((unsigned char)lo[i] == 0xe2 && i + 2 < n &&
        (unsigned char)lo[i + 1] == 0x80 &&
        ((unsigned char)lo[i + 2] == 0x98 || (unsigned char)lo[i + 2] == 0x99)) {
      ap[an++] = '\'';
      i += 2;
      curly = 1;
    } else {
      ap[an++] = lo[i];
    }
  }
  if (curly && !proper)
    return lemma_apply(m, ap, an, xpos, out, cap); /* no curly left */
  if (xpos == SIMA_XPOS_CD) {
    /* numbers keep their case and lose thousands separators (2,000 ->
    ** 2000); spelled-out numbers are lower-cased */
    int digit = 0;
    for (size_t i = 0; i < n; i++)
      digit |= w[i] >= '0' && w[i] <= '9';
    if (digit) {
      size_t o = 0;
      for (size_t i = 0; i < n && o + 1 < cap; i++)
        if (!(w[i] == ',' && i > 0 && i + 1 < n && w[i - 1] >= '0' &&
              w[i - 1] <= '9' && w[i + 1] >= '0' && w[i + 1] <= '9'))
          out[o++] = w[i];
      out[o] = 0;
      return o;
    }
  }
  size_t len = rule_apply(m, w, lo, n, xpos, proper, out, cap);
  unsigned pos = proper ? 0 : wn_pos(xpos);
  if (pos && m->wn_keys && !lemma_wn_has(m, out, len, pos)) {
    char alt[LEMMA_MAXWORD];
    size_t al = morphy_find(m, lo, n, pos, alt, sizeof alt);
    if (al && al < cap) {
      memcpy(out, alt, al + 1);
      return al;
    }
  }
  return len;
}

/* The longest matching suffix rule, or the word itself. */
static size_t rule_apply(const lemma_model *m, const char *w, const char *lo,
                         size_t n, unsigned xpos, int proper, char *out,
                         size_t cap) {
  const char *base = proper ? w : lo;
  long s;
  size_t kmax = n < LEMMA_MAXSUF ? n : LEMMA_MAXSUF;
  for (size_t k = kmax + 1; k-- > 0;) {
    s = lemma_find(m->rule_keys, m->rule_mask,
                   rule_key(lo + n - k, k, xpos));
    if (s < 0)
      continue;
    uint32_t v = m->rule_vals[s];
    size_t strip = v & 0xff;
    const char *app = m->strings + (v >> 8);
    if (strip > n)
      break;
    size_t keep = n - strip, alen = strlen(app);
    if (keep + alen + 1 > cap)
      break;
    if (mid_char(base, n, keep))
      continue; /* a rule learnt on ASCII endings that would split a
                ** character */
    memcpy(out, base, keep);
    memcpy(out + keep, app, alen + 1);
    return keep + alen;
  }
  return copy_out(out, cap, base, n);
}

static sima_status load_table(const model_file *f, uint32_t ktag,
                              uint32_t vtag, const uint64_t **keys,
                              const uint32_t **vals, uint32_t *mask,
                              sima_error *err) {
  const void *p;
  size_t nk, nv;
  sima_status st;
  if ((st = model_section(f, ktag, 8, &p, &nk, err)))
    return st;
  *keys = p;
  if ((st = model_section(f, vtag, 4, &p, &nv, err)))
    return st;
  *vals = p;
  if (nk == 0 || (nk & (nk - 1)) != 0 || nv != nk)
    return sima_error_set(err, SIMA_ERR_CORRUPT, "%s: bad lemma table size",
                          f->name);
  size_t empty = 0;
  for (size_t i = 0; i < nk; i++)
    empty += (*keys)[i] == 0;
  if (!empty)
    return sima_error_set(err, SIMA_ERR_CORRUPT, "%s: lemma table full",
                          f->name);
  *mask = (uint32_t)(nk - 1);
  return SIMA_OK;
}

sima_status lemma_load_image(lemma_model *m, model_file *f, sima_error *err) {
  sima_status st;
  const void *p;
  if ((st = model_check(f, MODEL_KIND_LEMMA, err)))
    return st;
  if ((st = model_section(f, MODEL_TAG('L', 'S', 'T', 'R'), 1, &p,
                          &m->nstrings, err)))
    return st;
  m->strings = p;
  if (m->nstrings == 0 || m->strings[m->nstrings - 1] != 0)
    return sima_error_set(err, SIMA_ERR_CORRUPT,
                          "%s: lemma strings not terminated", f->name);
  if ((st = load_table(f, MODEL_TAG('L', 'L', 'K', 'Y'),
                       MODEL_TAG('L', 'L', 'V', 'L'), &m->lex_keys,
                       &m->lex_vals, &m->lex_mask, err)))
    return st;
  if ((st = load_table(f, MODEL_TAG('L', 'R', 'K', 'Y'),
                       MODEL_TAG('L', 'R', 'V', 'L'), &m->rule_keys,
                       &m->rule_vals, &m->rule_mask, err)))
    return st;
  size_t nwn;
  if ((st = model_section(f, MODEL_TAG('L', 'W', 'N', 'K'), 4, &p, &nwn,
                          err)))
    return st;
  m->wn_keys = p;
  if (nwn == 0 || (nwn & (nwn - 1)) != 0)
    return sima_error_set(err, SIMA_ERR_CORRUPT, "%s: bad WordNet table size",
                          f->name);
  size_t wempty = 0;
  for (size_t i = 0; i < nwn; i++)
    wempty += m->wn_keys[i] == 0;
  if (!wempty)
    return sima_error_set(err, SIMA_ERR_CORRUPT, "%s: WordNet table full",
                          f->name);
  m->wn_mask = (uint32_t)(nwn - 1);
  for (uint32_t i = 0; i <= m->lex_mask; i++)
    if (m->lex_keys[i] && m->lex_vals[i] >= m->nstrings)
      return sima_error_set(err, SIMA_ERR_CORRUPT,
                            "%s: lexicon string offset out of range", f->name);
  for (uint32_t i = 0; i <= m->rule_mask; i++)
    if (m->rule_keys[i] && (m->rule_vals[i] >> 8) >= m->nstrings)
      return sima_error_set(err, SIMA_ERR_CORRUPT,
                            "%s: rule string offset out of range", f->name);
  return SIMA_OK;
}

sima_status lemma_load(lemma_model *m, const char *path, sima_error *err) {
  memset(m, 0, sizeof *m);
  sima_status st = model_file_read(&m->file, path, err);
  if (st)
    return st;
  if ((st = lemma_load_image(m, &m->file, err)))
    lemma_free(m);
  return st;
}

void lemma_free(lemma_model *m) {
  model_file_free(&m->file);
  memset(m, 0, sizeof *m);
}

void lemma_cache_free(lemma_cache *c) {
  free(c->slot);
  c->slot = NULL;
  c->failed = 0;
}

/* The buffer lemma_sentence_memo gives lemma_apply.  The memo keeps
** answers given with this capacity only (a smaller one may truncate). */
#define LEMMA_OUT (LEMMA_MAXWORD + 64)

static inline uint32_t memo_slot(const char *w, size_t n, unsigned xpos) {
  uint64_t h = model_bytes_hash(w, n) ^ (uint64_t)xpos * 0x9e3779b97f4a7c15ULL;
  return (uint32_t)(h ^ (h >> 29)) & (LEMMA_MSLOTS - 1);
}

uint32_t lemma_memo_slot(const char *w, size_t n, unsigned xpos) {
  return memo_slot(w, n, xpos);
}

/* A slot's llen bit for "the lemma is the word's own bytes". */
#define LEMMA_SAME 0x80u

/* lemma_apply(m, w, n, xpos, out, LEMMA_OUT) through memo c (NULL: none):
** a word and XPOS the memo holds cost a hash and a compare.  Sets *lem to
** the lemma (out, or the memo slot's copy, valid until the next call) and
** *same to whether it is the word's own n bytes; returns its length. */
static size_t apply_memo(const lemma_model *m, lemma_cache *c, const char *w,
                         size_t n, unsigned xpos, char out[LEMMA_OUT],
                         const char **lem, int *same) {
  if (c && !c->slot && !c->failed) {
    c->slot = calloc(LEMMA_MSLOTS, sizeof *c->slot);
    c->failed = !c->slot;
  }
  *lem = out;
  if (!c || !c->slot || n == 0 || n > LEMMA_MTEXT || xpos > 255) {
    size_t len = lemma_apply(m, w, n, xpos, out, LEMMA_OUT);
    *same = len == n && memcmp(out, w, n) == 0;
    return len;
  }
  lemma_slot *e = &c->slot[memo_slot(w, n, xpos)];
  if (e->len == n && e->xpos == xpos && !memcmp(e->text, w, n)) {
    *lem = e->lemma;
    *same = (e->llen & LEMMA_SAME) != 0;
    return e->llen & ~LEMMA_SAME;
  }
  size_t len = lemma_apply(m, w, n, xpos, out, LEMMA_OUT);
  *same = len == n && memcmp(out, w, n) == 0;
  if (len <= LEMMA_MTEXT) {
    e->len = (uint8_t)n;
    e->xpos = (uint8_t)xpos;
    e->llen = (uint8_t)(len | (*same ? LEMMA_SAME : 0));
    memcpy(e->text, w, n);
    memcpy(e->lemma, out, len + 1);
  }
  return len;
}

int lemma_sentence(const lemma_model *m, sima_doc *doc, uint32_t first,
                   uint32_t count, sima_syntax *syn) {
  return lemma_sentence_memo(m, NULL, doc, first, count, syn);
}

int lemma_sentence_memo(const lemma_model *m, lemma_cache *c, sima_doc *doc,
                        uint32_t first, uint32_t count, sima_syntax *syn) {
  char buf[LEMMA_OUT];
  for (uint32_t i = 0; i < count; i++) {
    const sima_token *t = &doc->tokens[first + i];
    const char *w = doc->text + t->off;
    size_t n;
    if (t->len >= LEMMA_MAXWORD) {
      syn[i].lemma = sima_arena_strndup(doc->arena, w, t->len);
    } else {
      const char *lem;
      int same;
      n = apply_memo(m, c, w, t->len, syn[i].xpos, buf, &lem, &same);
      if (same && t->norm && t->nnorm == t->len &&
          memcmp(t->norm, w, n) == 0)
        syn[i].lemma = t->norm; /* same bytes: share the document's copy */
      else
        syn[i].lemma = sima_arena_strndup(doc->arena, lem, n);
    }
    if (!syn[i].lemma)
      return -1;
    /* "he's gone": 's before a past participle is "have" */
    if (syn[i].xpos == SIMA_XPOS_VBZ && t->len >= 2 &&
        (w[t->len - 1] == 's' || w[t->len - 1] == 'S') &&
        (t->len == 2 ? w[0] == '\'' : t->len == 4 && (unsigned char)w[0] == 0xe2)) {
      uint32_t j = i + 1;
      while (j < count && syn[j].xpos == SIMA_XPOS_RB)
        j++;
      if (j < count && syn[j].xpos == SIMA_XPOS_VBN)
        syn[i].lemma = "have";
    }
  }
  return 0;
}
