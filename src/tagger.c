/*
** tagger.c — the averaged-perceptron part-of-speech tagger (see tagger.h).
**
** Pipeline place: after sentence splitting, before the lemmatizer and the
** parser.  Each token gets one joint class, i.e. a (UPOS, XPOS) pair seen
** in training, so the two tag sets stay consistent with each other.
*/
#include "tagger.h"
#include "sentence.h"

#include <stdlib.h>
#include <string.h>

size_t tagger_fold(const char *s, size_t len, char *buf, size_t cap) {
  size_t o = 0;
  for (size_t i = 0; i < len && o < cap;) {
    const unsigned char *u = (const unsigned char *)s + i;
    const char *rep = NULL;
    size_t adv = 1;
    if (u[0] == 0xe2 && i + 2 < len && u[1] == 0x80) {
      adv = 3;
      switch (u[2]) {
      case 0x9c: case 0x9d: case 0x9e: case 0x9f: rep = "\""; break;
      case 0x98: case 0x99: case 0x9a: case 0x9b: rep = "'"; break;
      case 0x90: case 0x91: case 0x92: case 0x93: rep = "-"; break;
      case 0x94: case 0x95: rep = "--"; break;
      case 0xa6: rep = "..."; break;
      default: adv = 1; break;
      }
    }
    if (!rep && u[0] == '`' && i + 1 < len && u[1] == '`') {
      rep = "\""; /* PTB's opening quotes, absent from EWT */
      adv = 2;
    }
    if (rep) {
      for (; *rep && o < cap; rep++)
        buf[o++] = *rep;
    } else {
      buf[o++] = (char)u[0];
    }
    i += adv;
  }
  return o;
}

/* FNV-1a's start and multiplier (model_fnv1a). */
#define FNV_BASIS 0xcbf29ce484222325ULL
#define FNV_PRIME 0x100000001b3ULL

static uint64_t hbytes(const char *s, size_t n, uint64_t salt) {
  return model_mix(model_fnv1a(s, n) ^ salt);
}

void tagger_word_init(tagger_word *w, const char *s, size_t len) {
  char fb[64], lo[64], sh[16];
  /* ASCII text without a backquote folds to itself (tagger_fold): it is
  ** read in place */
  const char *f = s;
  size_t n = len;
  for (size_t i = 0; i < len && f == s; i++)
    if ((unsigned char)s[i] >= 0x80 || s[i] == '`')
      f = fb;
  if (f == fb || len > sizeof fb) {
    n = tagger_fold(s, len, fb, sizeof fb);
    f = fb;
  }
  size_t nsh = 0, letters = 0, uppers = 0;
  /* the form's and the lower-case form's FNV-1a states, the latter kept
  ** after 1, 2 and 3 bytes for the prefixes (hbytes(lo, m, salt) ==
  ** model_mix(pst[m] ^ salt)) */
  uint64_t hf = FNV_BASIS, h = FNV_BASIS, pst[4] = {h, h, h, h};
  w->flags = 0;
  for (size_t i = 0; i < n; i++) {
    char c = f[i], k;
    if (c >= 'A' && c <= 'Z') {
      lo[i] = (char)(c + 32);
      k = 'X';
      letters++;
      uppers++;
    } else if (c >= 'a' && c <= 'z') {
      lo[i] = c;
      k = 'x';
      letters++;
    } else if (c >= '0' && c <= '9') {
      lo[i] = c;
      k = 'd';
      w->flags |= TAGGER_W_DIGIT;
    } else {
      lo[i] = c;
      k = (unsigned char)c >= 0x80 ? 'u' : c;
      if (c == '-')
        w->flags |= TAGGER_W_HYPHEN;
    }
    hf = (hf ^ (unsigned char)c) * FNV_PRIME;
    h = (h ^ (unsigned char)lo[i]) * FNV_PRIME;
    if (i < 3)
      pst[i + 1] = h;
    if (nsh < sizeof sh &&
        !(nsh >= 2 && sh[nsh - 1] == k && sh[nsh - 2] == k))
      sh[nsh++] = k;
  }
  if (n > 0 && f[0] >= 'A' && f[0] <= 'Z')
    w->flags |= TAGGER_W_UPPER;
  if (letters >= 2 && uppers == letters)
    w->flags |= TAGGER_W_ALLCAP;
  w->form = model_mix(hf ^ 1);
  w->shape = hbytes(sh, nsh, 3);
  w->lower = model_mix(h ^ 2);
  for (size_t k = 0; k < 4; k++) {
    size_t m = k + 1 < n ? k + 1 : n;
    uint64_t hs = FNV_BASIS;
    for (size_t i = n - m; i < n; i++)
      hs = (hs ^ (unsigned char)lo[i]) * FNV_PRIME;
    w->suf[k] = model_mix(hs ^ (10 + k));
  }
  for (size_t k = 0; k < 3; k++)
    w->pre[k] = model_mix(pst[k + 1 < n ? k + 1 : n] ^ (20 + k));
}

/* The feature templates, in the order training sums them: X(kind, hash),
** or Y(kind, hash, fast) for a template whose previous-class or flags
** part the model keeps hashed (tagger_model.ptab, .ftab: `fast` computes
** the same hash from them).  TAGGER_WORD templates read only the token's
** own text (its folded form decides them all), so their summed scores can
** be kept per word form; TAGGER_CONTEXT ones read the neighbours, the
** position or the previous classes. */
enum { TAGGER_WORD, TAGGER_CONTEXT };
#define TAGGER_TEMPLATES(X, Y)                                                 \
  X(TAGGER_WORD, model_feat(1, 0))                                             \
  X(TAGGER_WORD, model_feat(2, w0->lower))                                     \
  X(TAGGER_WORD, model_feat(3, w0->form))                                      \
  X(TAGGER_WORD, model_feat(4, w0->suf[0]))                                    \
  X(TAGGER_WORD, model_feat(5, w0->suf[1]))                                    \
  X(TAGGER_WORD, model_feat(6, w0->suf[2]))                                    \
  X(TAGGER_WORD, model_feat(7, w0->suf[3]))                                    \
  X(TAGGER_WORD, model_feat(8, w0->pre[0]))                                    \
  X(TAGGER_WORD, model_feat(9, w0->pre[1]))                                    \
  X(TAGGER_WORD, model_feat(10, w0->pre[2]))                                   \
  X(TAGGER_WORD, model_feat(11, w0->shape))                                    \
  Y(TAGGER_CONTEXT, model_feat(12, p1), pt[0])                                 \
  Y(TAGGER_CONTEXT, model_feat2(13, p1, p2), model_feat2_of(pt[1], p2))        \
  Y(TAGGER_CONTEXT, model_feat2(14, p1, w0->lower),                            \
    model_feat2_of(pt[2], w0->lower))                                          \
  X(TAGGER_CONTEXT, model_feat(15, wm1->lower))                                \
  X(TAGGER_CONTEXT, model_feat(16, wm2->lower))                                \
  X(TAGGER_CONTEXT, model_feat(17, wp1->lower))                                \
  X(TAGGER_CONTEXT, model_feat(18, wp2->lower))                                \
  X(TAGGER_CONTEXT, model_feat(19, wm1->suf[2]))                               \
  X(TAGGER_CONTEXT, model_feat(20, wp1->suf[2]))                               \
  X(TAGGER_CONTEXT, model_feat2(21, wm1->lower, w0->lower))                    \
  X(TAGGER_CONTEXT, model_feat2(22, w0->lower, wp1->lower))                    \
  X(TAGGER_CONTEXT, model_feat(23, wp1->shape))                                \
  X(TAGGER_CONTEXT, model_feat(24, wm1->shape))                                \
  Y(TAGGER_CONTEXT, model_feat2(25, p1, wp1->lower),                           \
    model_feat2_of(pt[3], wp1->lower))                                         \
  Y(TAGGER_CONTEXT, model_feat2(26, w0->flags, i == 0),                        \
    m->ftab[w0->flags][i == 0])                                                \
  Y(TAGGER_CONTEXT, model_feat2(27, p1, w0->suf[2]),                           \
    model_feat2_of(pt[4], w0->suf[2]))                                         \
  X(TAGGER_CONTEXT, model_feat(28, wp1->suf[1]))                               \
  X(TAGGER_CONTEXT, model_feat2(29, wp1->lower, wp2->lower))                   \
  X(TAGGER_CONTEXT, model_feat2(30, w0->suf[1], wp1->suf[1]))                  \
  X(TAGGER_CONTEXT, model_feat2(31, wm1->lower, wp1->lower))                   \
  Y(TAGGER_CONTEXT, model_feat2(32, p1, w0->shape),                            \
    model_feat2_of(pt[5], w0->shape))                                          \
  /* ambiguity classes: what the lexicon allows here and to the right */      \
  X(TAGGER_WORD, model_feat(40, w0->ambx))                                     \
  X(TAGGER_CONTEXT, model_feat(41, wp1->ambx))                                 \
  X(TAGGER_CONTEXT, model_feat(42, wp2->ambu))                                 \
  X(TAGGER_CONTEXT, model_feat(43, wm1->ambu))                                 \
  Y(TAGGER_CONTEXT, model_feat2(44, p1, wp1->ambu),                            \
    model_feat2_of(pt[6], wp1->ambu))                                          \
  X(TAGGER_CONTEXT, model_feat2(45, w0->ambu, wp1->ambu))                      \
  Y(TAGGER_CONTEXT, model_feat3(46, p1, w0->ambx, wp1->ambu),                  \
    model_feat3_of(model_feat2_of(pt[7], w0->ambx), wp1->ambu))                \
  X(TAGGER_CONTEXT, model_feat2(47, w0->lower, wp1->ambu))

/* The previous-class parts tagger_model.ptab keeps, one per Y template
** above that reads p1 (pt[k] is ptab_tmpl[k]'s model_feat of p1). */
static const uint64_t ptab_tmpl[TAGGER_NPT] = {12, 13, 14, 25, 27, 32, 44, 46};

/* Fills m->ptab and m->ftab (see tagger_model). */
static void tagger_tables(tagger_model *m) {
  uint32_t nc = m->lm.nclasses;
  for (uint32_t c = 0; c <= nc; c++)
    for (int k = 0; k < TAGGER_NPT; k++)
      m->ptab[c][k] = model_feat(ptab_tmpl[k], c < nc ? c : TAGGER_START);
  for (uint32_t f = 0; f < 16; f++)
    for (uint32_t first = 0; first < 2; first++)
      m->ftab[f][first] = model_feat2(26, f, first);
}

/* Writes the features of kind `want` (all when want < 0) in template
** order; returns how many.  Inlined with a constant `want`, the other
** kind compiles away.  m: the model whose tables give the Y templates'
** hashes, or NULL to compute them all (the same values). */
static MODEL_ALWAYS_INLINE size_t feats_emit(const tagger_model *m,
                                             const tagger_word *ws,
                                             uint32_t n, uint32_t i,
                                             unsigned p1, unsigned p2,
                                             int want, uint64_t *out) {
  static const tagger_word edge[2] = {
      {0x1111, 0x1111, 0x1111, {0x1111, 0x1111, 0x1111, 0x1111},
       {0x1111, 0x1111, 0x1111}, 1ULL << 63, 1u << 31, 0},
      {0x2222, 0x2222, 0x2222, {0x2222, 0x2222, 0x2222, 0x2222},
       {0x2222, 0x2222, 0x2222}, 1ULL << 62, 1u << 30, 0}};
  const tagger_word *w0 = &ws[i];
  const tagger_word *wm1 = i >= 1 ? &ws[i - 1] : &edge[0];
  const tagger_word *wm2 = i >= 2 ? &ws[i - 2] : &edge[0];
  const tagger_word *wp1 = i + 1 < n ? &ws[i + 1] : &edge[1];
  const tagger_word *wp2 = i + 2 < n ? &ws[i + 2] : &edge[1];
  size_t k = 0;
  (void)wm1;
  (void)wm2;
  (void)wp1;
  (void)wp2;
  (void)p2;
  if (m && (p1 < m->lm.nclasses || p1 == TAGGER_START) && w0->flags < 16 &&
      want == TAGGER_CONTEXT) {
    const uint64_t *pt = m->ptab[p1 < m->lm.nclasses ? p1 : m->lm.nclasses];
#define EMIT(kind, e)                                                          \
  if (want < 0 || want == (kind))                                              \
    out[k++] = (e);
#define EMITF(kind, e, fast)                                                   \
  if (want < 0 || want == (kind))                                              \
    out[k++] = (fast);
    TAGGER_TEMPLATES(EMIT, EMITF)
#undef EMITF
    return k;
  }
#define EMITR(kind, e, fast) EMIT(kind, e)
  TAGGER_TEMPLATES(EMIT, EMITR)
#undef EMITR
#undef EMIT
  return k;
}

size_t tagger_features(const tagger_word *ws, uint32_t n, uint32_t i,
                       unsigned p1, unsigned p2, uint64_t *out) {
  return feats_emit(NULL, ws, n, i, p1, p2, -1, out);
}

size_t tagger_features_of(const tagger_model *m, const tagger_word *ws,
                          uint32_t n, uint32_t i, unsigned p1, unsigned p2,
                          int context, uint64_t *out) {
  return context ? feats_emit(m, ws, n, i, p1, p2, TAGGER_CONTEXT, out)
                 : feats_emit(m, ws, n, i, p1, p2, TAGGER_WORD, out);
}

void tagger_amb(const tagger_model *m, tagger_word *w) {
  w->ambu = 0;
  w->ambx = 0;
  if (!m->amb_keys)
    return;
  uint64_t key = w->lower | 1;
  uint32_t i = (uint32_t)(key >> 20) & m->amb_mask;
  for (;;) {
    uint64_t k = m->amb_keys[i];
    if (k == key) {
      w->ambu = m->amb_u[i];
      w->ambx = m->amb_x[i];
      return;
    }
    if (k == 0)
      return;
    i = (i + 1) & m->amb_mask;
  }
}

int tagger_dict(const tagger_model *m, uint64_t lower) {
  if (!m->dict_keys)
    return -1;
  uint64_t key = lower | 1;
  uint32_t i = (uint32_t)(lower >> 20) & m->dict_mask;
  for (;;) {
    uint64_t k = m->dict_keys[i];
    if (k == key)
      return m->dict_cls[i];
    if (k == 0)
      return -1;
    i = (i + 1) & m->dict_mask;
  }
}

sima_status tagger_load_image(tagger_model *m, model_file *f,
                              sima_error *err) {
  sima_status st;
  const void *p;
  size_t n, nd, nd2;
  memset(&m->lm, 0, sizeof m->lm);
  if ((st = model_check(f, MODEL_KIND_TAGGER, err)))
    return st;
  if ((st = model_linear_load(&m->lm, f, "TGL", err)))
    return st;
  if ((st = model_section(f, MODEL_TAG('T', 'C', 'L', 'S'), 4, &p, &n, err)))
    return st;
  m->classes = p;
  if (n != m->lm.nclasses)
    return sima_error_set(err, SIMA_ERR_CORRUPT, "%s: class table size",
                          f->name);
  for (size_t c = 0; c < n; c++)
    if (m->classes[2 * c] >= SIMA_NUPOS || m->classes[2 * c + 1] >= SIMA_NXPOS)
      return sima_error_set(err, SIMA_ERR_CORRUPT, "%s: bad tag in class %zu",
                            f->name, c);
  if ((st = model_section(f, MODEL_TAG('T', 'D', 'K', 'Y'), 8, &p, &nd, err)))
    return st;
  m->dict_keys = p;
  if ((st = model_section(f, MODEL_TAG('T', 'D', 'C', 'L'), 2, &p, &nd2, err)))
    return st;
  m->dict_cls = p;
  if (nd == 0 || (nd & (nd - 1)) != 0 || nd2 != nd)
    return sima_error_set(err, SIMA_ERR_CORRUPT, "%s: bad tag dictionary",
                          f->name);
  size_t empty = 0;
  for (size_t i = 0; i < nd; i++) {
    if (m->dict_keys[i] == 0)
      empty++;
    else if (m->dict_cls[i] >= m->lm.nclasses)
      return sima_error_set(err, SIMA_ERR_CORRUPT,
                            "%s: tag dictionary class out of range", f->name);
  }
  if (!empty)
    return sima_error_set(err, SIMA_ERR_CORRUPT, "%s: tag dictionary full",
                          f->name);
  m->dict_mask = (uint32_t)(nd - 1);
  size_t na, na2, na3;
  if ((st = model_section(f, MODEL_TAG('T', 'A', 'K', 'Y'), 8, &p, &na, err)))
    return st;
  m->amb_keys = p;
  if ((st = model_section(f, MODEL_TAG('T', 'A', 'X', 'S'), 8, &p, &na2, err)))
    return st;
  m->amb_x = p;
  if ((st = model_section(f, MODEL_TAG('T', 'A', 'U', 'S'), 4, &p, &na3, err)))
    return st;
  m->amb_u = p;
  if (na == 0 || (na & (na - 1)) != 0 || na2 != na || na3 != na)
    return sima_error_set(err, SIMA_ERR_CORRUPT, "%s: bad ambiguity lexicon",
                          f->name);
  empty = 0;
  for (size_t i = 0; i < na; i++)
    empty += m->amb_keys[i] == 0;
  if (!empty)
    return sima_error_set(err, SIMA_ERR_CORRUPT, "%s: ambiguity lexicon full",
                          f->name);
  m->amb_mask = (uint32_t)(na - 1);
  tagger_tables(m);
  return SIMA_OK;
}

sima_status tagger_load(tagger_model *m, const char *path, sima_error *err) {
  memset(m, 0, sizeof *m);
  sima_status st = model_file_read(&m->file, path, err);
  if (st)
    return st;
  if ((st = tagger_load_image(m, &m->file, err)))
    tagger_free(m);
  return st;
}

void tagger_free(tagger_model *m) {
  model_linear_free(&m->lm);
  model_file_free(&m->file);
  memset(m, 0, sizeof *m);
}

/* RULE T-CLOSED: a word the ambiguity lexicon does not know (seen fewer
** than 5 times in EWT train) gets no closed-class tag (preposition,
** determiner, conjunction, pronoun, modal, wh-word, particle, "to",
** possessive) unless it is one of the closed-class words below, which
** news uses more than EWT does.  Closed classes are closed: an unseen
** word is a noun, verb, adjective, adverb, name or number, and news text
** brings many that EWT lacks ("Mugabe abandon his policy", "to involve",
** "to wield", "methamphetamine", "soccer" were IN, MD, PRP or WRB). */
static int closed_xpos(unsigned x) {
  switch (x) {
  case SIMA_XPOS_IN: case SIMA_XPOS_DT: case SIMA_XPOS_CC:
  case SIMA_XPOS_PRP: case SIMA_XPOS_PRP_S: case SIMA_XPOS_MD:
  case SIMA_XPOS_TO: case SIMA_XPOS_WDT: case SIMA_XPOS_WP:
  case SIMA_XPOS_WP_S: case SIMA_XPOS_WRB: case SIMA_XPOS_EX:
  case SIMA_XPOS_PDT: case SIMA_XPOS_POS: case SIMA_XPOS_RP:
    return 1;
  default:
    return 0;
  }
}

/* 1 when s (len bytes) is, case aside, a closed-class word that EWT may
** not know (prepositions, conjunctions, wh-words, possessive pronouns). */
static int closed_word(const char *s, size_t len) {
  static const char *const words[] = {
      "abreast",   "albeit",     "alongside", "amid",      "amidst",
      "amongst",   "astride",    "atop",      "barring",   "beneath",
      "betwixt",   "circa",      "hers",      "howsoever", "insofar",
      "lest",      "mine",       "notwithstanding", "ours",  "pending",
      "thereby",   "theirs",     "underneath", "unlike",   "unto",
      "versus",    "vs",         "vs.",       "whatsoever", "whence",
      "whenever",  "whereas",    "whereby",   "wherein",   "whereupon",
      "wherever",  "whichever",  "whilst",    "whither",   "whoever",
      "whomever",  "whosoever",  "yours"};
  char lo[24];
  if (len == 0 || len >= sizeof lo)
    return 0;
  for (size_t k = 0; k < len; k++)
    lo[k] = (char)(s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]);
  lo[len] = 0;
  for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
    if (!strcmp(lo, words[k]))
      return 1;
  return 0;
}

/* 1 when XPOS x tags words of an open class: nouns, names, verbs,
** adjectives, adverbs, numbers, foreign words, interjections. */
static int word_xpos(unsigned x) {
  switch (x) {
  case SIMA_XPOS_NN: case SIMA_XPOS_NNS: case SIMA_XPOS_NNP:
  case SIMA_XPOS_NNPS: case SIMA_XPOS_JJ: case SIMA_XPOS_JJR:
  case SIMA_XPOS_JJS: case SIMA_XPOS_VB: case SIMA_XPOS_VBD:
  case SIMA_XPOS_VBG: case SIMA_XPOS_VBN: case SIMA_XPOS_VBP:
  case SIMA_XPOS_VBZ: case SIMA_XPOS_RB: case SIMA_XPOS_RBR:
  case SIMA_XPOS_RBS: case SIMA_XPOS_CD: case SIMA_XPOS_FW:
  case SIMA_XPOS_UH:
    return 1;
  default:
    return 0;
  }
}

/* The best-scoring class (the first on ties) whose XPOS is open: a word
** class when the token has a letter, else any class but the closed
** ones.  Falls back to class 0 if the model has none. */
static int best_open(const tagger_model *m, const int32_t *scores,
                     const char *s, size_t len) {
  int letter = 0, c = -1;
  for (size_t k = 0; k < len && !letter; k++)
    letter = (s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z') ||
             (unsigned char)s[k] >= 0x80;
  for (uint32_t k = 0; k < m->lm.nclasses; k++) {
    unsigned x = m->classes[2 * k + 1];
    if ((letter ? word_xpos(x) : !closed_xpos(x)) &&
        (c < 0 || scores[k] > scores[c]))
      c = (int)k;
  }
  return c < 0 ? 0 : c;
}

/* Frees the word memo of c (its rows and keys). */
static void word_memo_free(tagger_cache *c) {
  free(c->wkey);
  free(c->wrow);
  free(c->wmru);
  c->wkey = NULL;
  c->wrow = NULL;
  c->wmru = NULL;
  c->npad = 0;
}

void tagger_cache_free(tagger_cache *c) {
  word_memo_free(c);
  free(c->ws);
  free(c->tok);
  c->ws = NULL;
  c->wscap = 0;
  c->tok = NULL;
  c->tok_failed = 0;
}

/* The token memo slot for text s (n bytes, 1..TAGGER_TTEXT). */
static uint32_t tok_slot(const char *s, size_t n) {
  return (uint32_t)model_bytes_hash(s, n) & (TAGGER_TSLOTS - 1);
}

/* The token memo slot holding text s (n bytes), or NULL when the memo
** does not hold it (or s is too long to be held). */
static tagger_tok *tok_find(tagger_cache *c, const char *s, size_t n) {
  if (!c->tok || n == 0 || n > TAGGER_TTEXT)
    return NULL;
  tagger_tok *e = &c->tok[tok_slot(s, n)];
  return e->len == n && !memcmp(e->text, s, n) ? e : NULL;
}

/* Sets *w as tagger_word_init and tagger_amb would for token text s (n
** bytes), through the token memo when the text fits a slot (the slot
** refilled if it held another text).  Returns the slot, or NULL when the
** memo was not used. */
static tagger_tok *tok_word(const tagger_model *m, tagger_cache *c,
                            const char *s, size_t n, tagger_word *w) {
  if (!c->tok && !c->tok_failed) {
    c->tok = calloc(TAGGER_TSLOTS, sizeof *c->tok);
    c->tok_failed = !c->tok;
  }
  if (!c->tok || n == 0 || n > TAGGER_TTEXT) {
    tagger_word_init(w, s, n);
    tagger_amb(m, w);
    return NULL;
  }
  tagger_tok *e = &c->tok[tok_slot(s, n)];
  if (e->len != n || memcmp(e->text, s, n)) {
    tagger_word_init(&e->w, s, n);
    tagger_amb(m, &e->w);
    e->wn_done = e->wn_yes = 0;
    e->len = (uint8_t)n;
    memcpy(e->text, s, n);
  }
  *w = e->w;
  return e;
}

/* The cache's word buffer, grown to hold n words; NULL when out of
** memory (the buffer then stays as it was). */
static tagger_word *words_buffer(tagger_cache *c, uint32_t n) {
  if (n > c->wscap) {
    uint32_t cap = c->wscap ? c->wscap : 64;
    while (cap < n)
      cap = cap > UINT32_MAX / 2 ? n : cap * 2;
    tagger_word *w = realloc(c->ws, (size_t)cap * sizeof *w);
    if (!w)
      return NULL;
    c->ws = w;
    c->wscap = cap;
  }
  return c->ws;
}

/* The word memo's set (two slots) for a form hash key (form | 1). */
uint32_t tagger_word_set(uint64_t key) {
  return (uint32_t)(key >> 40) & (TAGGER_WSLOTS / 2 - 1);
}

/* The word-memo row for form (the scores of the TAGGER_WORD templates of
** token i); NULL when the memo cannot be allocated.  Two-way: a form not
** in its set replaces the one of the two used less recently. */
static const int32_t *word_row(const tagger_model *m, tagger_cache *c,
                               const tagger_word *ws, uint32_t n, uint32_t i) {
  uint32_t npad = m->lm.npad;
  if (!c->wkey || c->npad != npad) {
    word_memo_free(c);
    c->wkey = calloc(TAGGER_WSLOTS, sizeof *c->wkey);
    c->wrow = calloc((size_t)TAGGER_WSLOTS * npad, sizeof *c->wrow);
    c->wmru = calloc(TAGGER_WSLOTS / 2, sizeof *c->wmru);
    if (!c->wkey || !c->wrow || !c->wmru) {
      word_memo_free(c);
      return NULL;
    }
    c->npad = npad;
  }
  uint64_t key = ws[i].form | 1;
  uint32_t set = tagger_word_set(key), s = 2 * set;
  if (c->wkey[s] != key) {
    if (c->wkey[s + 1] == key) {
      s++;
    } else {
      s += c->wmru[set] ^ 1u; /* (the way not used last) */
      int32_t *row = c->wrow + (size_t)s * npad;
      uint64_t feats[TAGGER_MAXFEATS];
      size_t nf = feats_emit(m, ws, n, i, 0, 0, TAGGER_WORD, feats);
      memset(row, 0, npad * sizeof *row);
      model_linear_score_cached(&m->lm, &c->memo, feats, nf, row);
      c->wkey[s] = key;
    }
  }
  c->wmru[set] = (uint8_t)(s & 1);
  return c->wrow + (size_t)s * npad;
}

/* dst[0..n) = src[0..n) for a word-memo row (n a multiple of 8): 16-byte
** moves, which GCC's memcpy of these 416 bytes (a `rep movsq`, slow to
** start on the x86-64 CPUs measured) was not; 1.9 % of `sima code` was
** that copy (perf, InSight). */
static MODEL_ALWAYS_INLINE void copy_row(int32_t *dst, const int32_t *src,
                                         uint32_t n) {
#if defined(__SSE2__)
  for (uint32_t k = 0; k < n; k += 8) {
    __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(src + k));
    __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(src + k + 4));
    _mm_storeu_si128((__m128i *)(void *)(dst + k), a);
    _mm_storeu_si128((__m128i *)(void *)(dst + k + 4), b);
  }
#else
  memcpy(dst, src, n * sizeof *dst);
#endif
}

/* 1 when tokens a, h, b are a word, a hyphen and a word written together
** ("large", "-", "scale"). */
static int hyphen_joins(const sima_doc *doc, const sima_token *a,
                        const sima_token *h, const sima_token *b) {
  return h->len == 1 && doc->text[h->off] == '-' && a->off + a->len == h->off &&
         h->off + 1 == b->off;
}

/* 1 when token i of the sentence is a part of a hyphenated word ("large"
** and "scale" in "large-scale"): the compound, not the part, has the part
** of speech WordNet would judge. */
static int in_compound(const sima_doc *doc, uint32_t first, uint32_t count,
                       uint32_t i) {
  const sima_token *t = doc->tokens + first;
  return (i >= 2 && hyphen_joins(doc, &t[i - 2], &t[i - 1], &t[i])) ||
         (i + 2 < count && hyphen_joins(doc, &t[i], &t[i + 1], &t[i + 2]));
}

unsigned tagger_wn_bit(unsigned x) {
  switch (x) {
  case SIMA_XPOS_NN: return 1u << 0;
  case SIMA_XPOS_NNS: return 1u << 1;
  case SIMA_XPOS_VB: return 1u << 2;
  case SIMA_XPOS_VBD: return 1u << 3;
  case SIMA_XPOS_VBG: return 1u << 4;
  case SIMA_XPOS_VBN: return 1u << 5;
  case SIMA_XPOS_VBP: return 1u << 6;
  case SIMA_XPOS_VBZ: return 1u << 7;
  case SIMA_XPOS_JJ: return 1u << 8;
  case SIMA_XPOS_JJR: return 1u << 9;
  case SIMA_XPOS_JJS: return 1u << 10;
  default: return 0;
  }
}

/* lemma_wn_knows(wn, s, n, x), its 0/1 answers kept in token memo slot e
** (the slot of text s, or NULL for none). */
static int wn_knows_memo(const lemma_model *wn, tagger_tok *e, const char *s,
                         size_t n, unsigned x) {
  unsigned b = e ? tagger_wn_bit(x) : 0;
  if (b && (e->wn_done & b))
    return (e->wn_yes & b) != 0;
  int r = lemma_wn_knows(wn, s, n, x);
  if (b && r >= 0) {
    e->wn_done = (uint16_t)(e->wn_done | b);
    if (r)
      e->wn_yes = (uint16_t)(e->wn_yes | b);
  }
  return r;
}

/* RULE T-WORDNET: an unknown lower-case word (not in the ambiguity
** lexicon) whose best class is a noun, verb or adjective tag that
** WordNet's lemma lists do not know for it, while they know it in another
** of these parts of speech, takes the best class of a part of speech they
** know ("Serb refugees" was VBZ, "will no longer tolerate rallies" JJ).
** Returns the class to use.  cache: the token memo whose slots keep
** WordNet's answers, or NULL. */
static int wordnet_check(const tagger_model *m, const lemma_model *wn,
                         tagger_cache *cache, const int32_t *scores, int c,
                         const char *s, size_t n) {
  if (n < 3)
    return c;
  for (size_t k = 0; k < n; k++)
    if (!(s[k] >= 'a' && s[k] <= 'z') && s[k] != '-')
      return c;
  tagger_tok *e = cache ? tok_find(cache, s, n) : NULL;
  if (wn_knows_memo(wn, e, s, n, m->classes[2 * c + 1]) != 0)
    return c; /* known as that, or a tag WordNet cannot judge */
  signed char known[SIMA_NXPOS];
  memset(known, -2, sizeof known);
  int best = -1;
  for (uint32_t k = 0; k < m->lm.nclasses; k++) {
    unsigned u = m->classes[2 * k], x = m->classes[2 * k + 1];
    if (u != SIMA_UPOS_NOUN && u != SIMA_UPOS_VERB && u != SIMA_UPOS_ADJ)
      continue; /* joint classes such as X/VBD are no reading of a word */
    if (best >= 0 && scores[k] <= scores[best])
      continue; /* (no better than the best so far, known or not) */
    if (known[x] == -2)
      known[x] = (signed char)wn_knows_memo(wn, e, s, n, x);
    if (known[x] == 1)
      best = (int)k;
  }
  return best < 0 ? c : best;
}

/* 1 when WordNet knows lower-case word s (n bytes) as a form of a verb. */
static int verb_form(const lemma_model *wn, const char *s, size_t n) {
  static const unsigned xs[] = {SIMA_XPOS_VB, SIMA_XPOS_VBD, SIMA_XPOS_VBG,
                                SIMA_XPOS_VBN, SIMA_XPOS_VBZ};
  for (size_t k = 0; k < sizeof xs / sizeof *xs; k++)
    if (lemma_wn_knows(wn, s, n, xs[k]) == 1)
      return 1;
  return 0;
}

/* RULE T-HEADLINE: a line in title case (sentence_title_case:
** "Honduras Arrests Member of Prominent Drug Clan", "Police Stole Cocaine
** Shipment in Paraguay") is tagged from its words' lower-case forms.  EWT
** has few such lines, so the tagger read every capitalised word as a name
** and the parser found no verb.  A capitalised word (the rest in lower
** case) whose lower-case form the ambiguity lexicon knows with a reading
** other than a proper noun ("Police": NN), or which the lexicon does not
** know and WordNet knows as a verb form ("Arrests", "Extradite"), is
** tagged as that form; the others keep theirs ("Honduras", "Capo").
** Replaces such words of the sentence [first, first+count) in ws with
** their lower-case readings. */
static void headline_words(const tagger_model *m, const lemma_model *wn,
                           const sima_doc *doc, uint32_t first,
                           uint32_t count, tagger_word *ws) {
  const uint64_t proper =
      (1ULL << SIMA_XPOS_NNP) | (1ULL << SIMA_XPOS_NNPS);
  for (uint32_t i = 0; i < count; i++) {
    const sima_token *t = &doc->tokens[first + i];
    const char *s = doc->text + t->off;
    char lo[64];
    if (t->len < 2 || t->len >= sizeof lo || s[0] < 'A' || s[0] > 'Z')
      continue;
    int lower_rest = 1;
    for (size_t k = 1; k < t->len && lower_rest; k++)
      lower_rest = !(s[k] >= 'A' && s[k] <= 'Z');
    if (!lower_rest)
      continue; /* (acronyms: "US", "DEA"; names: "McAllen") */
    memcpy(lo, s, t->len);
    lo[0] = (char)(lo[0] + 32);
    tagger_word w;
    tagger_word_init(&w, lo, t->len);
    tagger_amb(m, &w);
    if (w.ambx & ~proper)
      ws[i] = w;
    else if (!w.ambx && wn && verb_form(wn, lo, t->len))
      ws[i] = w;
  }
}

/* RULE T-HEADLINE-VERB: a title-case sentence the tagger left with no
** verb ("Peruvian Police Arrest Drug Supplier", "Colombia Busts Cocaine
** Labs") is a headline whose verb was read as a noun: the verb is the
** last of the first run of capitalised nouns that WordNet knows as verb
** forms, right after a noun ("Police" then "Arrest": "Arrest"), with a
** word after it.  Its tag becomes the verb form its ending tells: VBZ for
** "-s", VBD for "-ed", else VBP.  Not in a line with a number, and a
** base form only after a plural noun ("Police", "Marines").  Returns the token index (in the
** sentence) or -1. */
static int32_t headline_verb(const lemma_model *wn, const sima_doc *doc,
                             uint32_t first, uint32_t count,
                             const sima_syntax *syn) {
  /* (nor a line that counts things: "250 Gang Attacks on Police") */
  for (uint32_t i = 0; i < count; i++)
    if (syn[i].upos == SIMA_UPOS_VERB || syn[i].upos == SIMA_UPOS_AUX ||
        syn[i].upos == SIMA_UPOS_NUM)
      return -1;
  int32_t found = -1;
  for (uint32_t i = 1; i + 1 < count; i++) {
    const sima_token *t = &doc->tokens[first + i];
    const char *s = doc->text + t->off;
    char lo[64];
    int noun = syn[i].upos == SIMA_UPOS_NOUN || syn[i].upos == SIMA_UPOS_PROPN;
    int after_noun = syn[i - 1].upos == SIMA_UPOS_NOUN ||
                     syn[i - 1].upos == SIMA_UPOS_PROPN;
    /* (a verb's base form agrees with a plural subject only: "Peru
    ** Capture Evidence", "News Center Webmaster" are noun phrases) */
    const sima_token *pt = &doc->tokens[first + i - 1];
    int agrees = s[t->len - 1] == 's' ||
                 (t->len > 3 && !strncmp(s + t->len - 2, "ed", 2)) ||
                 syn[i - 1].xpos == SIMA_XPOS_NNS ||
                 syn[i - 1].xpos == SIMA_XPOS_NNPS ||
                 (pt->len == 6 && !strncasecmp(doc->text + pt->off, "police", 6));
    int cand = noun && after_noun && agrees && t->len >= 3 &&
               t->len < sizeof lo && s[0] >= 'A' && s[0] <= 'Z';
    for (size_t k = 1; cand && k < t->len; k++)
      cand = s[k] >= 'a' && s[k] <= 'z';
    if (cand) {
      memcpy(lo, s, t->len);
      lo[0] = (char)(lo[0] + 32);
      cand = verb_form(wn, lo, t->len);
    }
    if (cand)
      found = (int32_t)i;
    else if (found >= 0)
      break;
  }
  if (found < 0 ||
      syn[found + 1].upos == SIMA_UPOS_PUNCT) /* a word after it */
    return -1;
  return found;
}

/* T-HEADLINE-VERB: retags the verb headline_verb finds. */
static void headline_retag(const lemma_model *wn, const sima_doc *doc,
                           uint32_t first, uint32_t count, sima_syntax *syn) {
  int32_t v = headline_verb(wn, doc, first, count, syn);
  if (v < 0)
    return;
  const sima_token *t = &doc->tokens[first + (uint32_t)v];
  const char *s = doc->text + t->off;
  unsigned x = s[t->len - 1] == 's'                               ? SIMA_XPOS_VBZ
               : t->len > 3 && !strncmp(s + t->len - 2, "ed", 2) ? SIMA_XPOS_VBD
                                                                 : SIMA_XPOS_VBP;
  syn[v].upos = SIMA_UPOS_VERB;
  syn[v].xpos = (uint16_t)x;
}

/* RULE T-SPACED-DASH (p16g): an en or em dash with a space on each side
** ("the IRC \u2013 calling on the EU", "Turkey \u2013 which backs them \u2013") marks off a
** phrase, as a comma does; it is no hyphen (HYPH, which joins the words
** on either side into one: the parser then made "IRC" a compound of
** "calling").  The tagger reads such a dash as a comma (its form and its
** class, as EWT tags such dashes), so the words after it are tagged in a
** comma's context too, and so does the parser. */
int tagger_spaced_dash(const sima_doc *doc, uint32_t k) {
  const sima_token *t = &doc->tokens[k];
  const char *s = doc->text + t->off;
  /* (the typographic en and em dashes only: "--" and "-" between
  ** spaces, as EWT writes them, the parser already reads as dashes) */
  int dash = t->len == 3 && (!memcmp(s, "\xe2\x80\x93", 3) ||
                             !memcmp(s, "\xe2\x80\x94", 3));
  return dash && t->off > 0 && (s[-1] == ' ' || s[-1] == '\t') &&
         (s[t->len] == ' ' || s[t->len] == '\t');
}

/* 1 when token i (in the sentence) is a finite verb (VBZ, VBP, VBD). */
static int finite_verb(const sima_syntax *syn, uint32_t i) {
  return syn[i].xpos == SIMA_XPOS_VBZ || syn[i].xpos == SIMA_XPOS_VBP ||
         syn[i].xpos == SIMA_XPOS_VBD;
}

/* RULE T-HEADLINE-GERUND: in a title-case sentence, a capitalised "-ing"
** word between a singular noun and a capitalised noun that a finite verb
** follows (an adverb between them allowed) is a noun of a compound, not
** the verb: "Airport Shooting Suspects Deny Charges", "Lima Kidnapping
** Ring Allegedly Includes Police" ("Shooting", "Kidnapping": NN).  "Peru
** Arming the Rebels" and "Cartels Arming Gangs in Peru" keep their verb. */
static void headline_gerunds(const sima_doc *doc, uint32_t first,
                             uint32_t count, sima_syntax *syn) {
  for (uint32_t i = 1; i + 2 < count; i++) {
    const sima_token *t = &doc->tokens[first + i];
    const sima_token *n = &doc->tokens[first + i + 1];
    const char *s = doc->text + t->off;
    char c0 = doc->text[n->off];
    if (syn[i].xpos != SIMA_XPOS_VBG || s[0] < 'A' || s[0] > 'Z' ||
        (syn[i - 1].xpos != SIMA_XPOS_NN && syn[i - 1].xpos != SIMA_XPOS_NNP) ||
        c0 < 'A' || c0 > 'Z' ||
        (syn[i + 1].upos != SIMA_UPOS_NOUN && syn[i + 1].upos != SIMA_UPOS_PROPN))
      continue;
    uint32_t k = i + 2;
    if (syn[k].upos == SIMA_UPOS_ADV && k + 1 < count)
      k++;
    if (!finite_verb(syn, k))
      continue;
    syn[i].upos = SIMA_UPOS_NOUN;
    syn[i].xpos = SIMA_XPOS_NN;
  }
}

/* RULE T-PARTICLE-VERB: a word the tagger read as a noun or adjective
** right before a particle (RP) is the verb of a phrasal verb when WordNet
** knows it as a verb form and a subject stands right before it (a noun,
** a name, a personal pronoun or a relative "which"/"that"): "ties worsened when
** Turkey shot down a Russian bomber" (shot: NN), "the report points out that ...",
** "a study lays out the routes".  A determiner or an adjective before it
** keeps the noun ("the run up to the vote", "a damaging trickle down").
** The tag is the form the word's ending and WordNet tell: VBZ for a known
** "-s" form, else VBD, else VBP.  Lower-case words only (headlines are
** T-HEADLINE's).  Retags such words of the sentence in syn. */
static void particle_verbs(const lemma_model *wn, const sima_doc *doc,
                           uint32_t first, uint32_t count, sima_syntax *syn) {
  for (uint32_t i = 1; i + 1 < count; i++) {
    unsigned x = syn[i].xpos, px = syn[i - 1].xpos;
    if (syn[i + 1].xpos != SIMA_XPOS_RP ||
        (x != SIMA_XPOS_NN && x != SIMA_XPOS_NNS && x != SIMA_XPOS_JJ) ||
        (px != SIMA_XPOS_NN && px != SIMA_XPOS_NNS && px != SIMA_XPOS_NNP &&
         px != SIMA_XPOS_NNPS && px != SIMA_XPOS_PRP && px != SIMA_XPOS_WDT))
      continue;
    const sima_token *t = &doc->tokens[first + i];
    const char *s = doc->text + t->off;
    if (t->len < 2 || s[0] < 'a' || s[0] > 'z')
      continue;
    unsigned v = 0;
    if (s[t->len - 1] == 's' &&
        lemma_wn_knows(wn, s, t->len, SIMA_XPOS_VBZ) == 1)
      v = SIMA_XPOS_VBZ;
    else if (lemma_wn_knows(wn, s, t->len, SIMA_XPOS_VBD) == 1)
      v = SIMA_XPOS_VBD;
    else if (lemma_wn_knows(wn, s, t->len, SIMA_XPOS_VBP) == 1)
      v = SIMA_XPOS_VBP;
    if (!v)
      continue;
    syn[i].upos = SIMA_UPOS_VERB;
    syn[i].xpos = (uint16_t)v;
  }
}

int tagger_tag(const tagger_model *m, tagger_cache *cache,
               const lemma_model *wn, sima_doc *doc, uint32_t first,
               uint32_t count, sima_syntax *syn) {
  if (count == 0)
    return 0; /* (no words: nothing to tag, and no buffer to ask for) */
  tagger_word *ws = words_buffer(cache, count);
  int32_t scores[256];
  uint64_t feats[TAGGER_MAXFEATS];
  if (!ws)
    return -1;
  for (uint32_t i = 0; i < count; i++) {
    const sima_token *t = &doc->tokens[first + i];
    if (tagger_spaced_dash(doc, first + i)) {
      tagger_word_init(&ws[i], ",", 1); /* T-SPACED-DASH */
      tagger_amb(m, &ws[i]);
    } else {
      tok_word(m, cache, doc->text + t->off, t->len, &ws[i]);
    }
  }
  int headline = sentence_title_case(doc, first, count);
  if (headline)
    headline_words(m, wn, doc, first, count, ws);
  unsigned p1 = TAGGER_START, p2 = TAGGER_START;
  int comma = -1; /* the class of "," (T-SPACED-DASH) */
  for (uint32_t k = 0; k < m->lm.nclasses && comma < 0; k++)
    if (m->classes[2 * k + 1] == SIMA_XPOS_COMMA)
      comma = (int)k;
  for (uint32_t i = 0; i < count; i++) {
    int c = tagger_dict(m, ws[i].form);
    if (c < 0) {
      /* the word's own templates from the word memo, then the context's */
      const int32_t *row = word_row(m, cache, ws, count, i);
      size_t nf;
      if (row) {
        copy_row(scores, row, m->lm.npad);
        nf = feats_emit(m, ws, count, i, p1, p2, TAGGER_CONTEXT, feats);
      } else {
        memset(scores, 0, m->lm.npad * sizeof scores[0]);
        nf = feats_emit(m, ws, count, i, p1, p2, -1, feats);
      }
      model_linear_score_cached(&m->lm, &cache->memo, feats, nf, scores);
      c = (int)m->lm.first_max(scores, m->lm.nclasses);
      const char *tx = doc->text + doc->tokens[first + i].off;
      size_t tl = doc->tokens[first + i].len;
      if (!ws[i].ambx && closed_xpos(m->classes[2 * c + 1]) &&
          !closed_word(tx, tl))
        c = best_open(m, scores, tx, tl);
      if (wn && !ws[i].ambx && !in_compound(doc, first, count, i))
        c = wordnet_check(m, wn, cache, scores, c, tx, tl);
    }
    if (m->classes[2 * c + 1] == SIMA_XPOS_HYPH && comma >= 0 &&
        tagger_spaced_dash(doc, first + i))
      c = comma; /* T-SPACED-DASH */
    syn[i].upos = m->classes[2 * c];
    syn[i].xpos = m->classes[2 * c + 1];
    p2 = p1;
    p1 = (unsigned)c;
  }
  if (headline && wn)
    headline_retag(wn, doc, first, count, syn);
  if (wn)
    particle_verbs(wn, doc, first, count, syn);
  if (headline)
    headline_gerunds(doc, first, count, syn);
  return 0;
}
