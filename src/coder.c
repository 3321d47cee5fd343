/*
** coder.c — the event coder: matches the compiled verb patterns
** (pattern.h) on each sentence's dependency parse (doc->syn) and turns the
** winners into events between actor mentions (doc->mentions), filling
** doc->events.  Stage: actors -> CODER -> writers.
**
** Worked example.  "Taiwan was attacked by China."
**     Taiwan --nsubj:pass--> attacked <--aux:pass-- was
**     China  --obl(by)-----> attacked
** The clause is passive, so coder_lrel reads Taiwan as obj and China as
** nsubj.  Pattern `V-190.1 190 attack` wins for the trigger "attacked";
** src=nsubj finds China, the default tgt finds Taiwan: CHN -> TWN 190.
**
** Rules implemented here cite their docs/rules.md ids (C-PASSIVE,
** C-COMPOUND, C-CONJ-VERB, C-DYAD, C-PAIRED, C-SPECIFIC, C-XCOMP, C-DEDUP,
** C-SELF, C-MOOD-COND, C-TARGET-DEFAULT, C-TARGET-NEAR, C-SOURCE-NEAR,
** C-AGENT-OF, C-NOUN-LIGHT, C-REFUSE).  Tokens are visited heads first, so a
** pattern that names a dependent verb ("agree" + xcomp "train") consumes
** it and the dependent is not coded again on its own.
*/
#include "arena.h"
#include "coder_int.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_ACTORS 8
#define MAX_CAND 16

const char *coder_lemma(const coder_ctx *c, uint32_t t) {
  const char *l = c->syn[t].lemma;
  return l ? l : "";
}

int coder_has_marker(const coder_ctx *c, uint32_t t, const char *lemma) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned rel = c->syn[d].deprel;
    if ((rel == SIMA_DEP_CASE || rel == SIMA_DEP_MARK) &&
        strcasecmp(coder_lemma(c, (uint32_t)d), lemma) == 0)
      return 1;
  }
  return 0;
}

/* RULE C-TABARI (voice): TABARI and PETRARCH1 take a clause as passive
** only when a by-phrase follows the participle ("Eriador was opposed by
** Osgiliath"); "The Philippines was criticized over its dispute with
** Eriador" keeps its subject as the source (PETR.UnitTest PATTERN-29). */
static int has_by_agent(const coder_ctx *c, uint32_t t) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_OBL_AGENT ||
        (sima_deprel_base(c->syn[d].deprel) == SIMA_DEP_OBL &&
         (uint32_t)d > t && coder_has_marker(c, (uint32_t)d, "by")))
      return 1;
  return 0;
}

int coder_is_passive(const coder_ctx *c, uint32_t t) {
  if (c->passive[t])
    return c->passive[t] == 2 && (!c->tabari || has_by_agent(c, t));
  int p = 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned rel = c->syn[d].deprel;
    if (rel == SIMA_DEP_NSUBJ_PASS || rel == SIMA_DEP_CSUBJ_PASS ||
        rel == SIMA_DEP_AUX_PASS)
      p = 1;
  }
  ((coder_ctx *)(uintptr_t)c)->passive[t] = (uint8_t)(p ? 2 : 1);
  return p && (!c->tabari || has_by_agent(c, t));
}

/* RULE C-PASSIVE: the passive subject is the logical object and the
** by-agent the logical subject. */
unsigned coder_lrel(const coder_ctx *c, uint32_t d) {
  unsigned rel = c->syn[d].deprel;
  int32_t h = c->syn[d].head;
  if (h < 0 || (uint32_t)h >= c->n || !coder_is_passive(c, (uint32_t)h))
    return rel;
  if (rel == SIMA_DEP_NSUBJ_PASS)
    return SIMA_DEP_OBJ;
  if (rel == SIMA_DEP_OBL_AGENT)
    return SIMA_DEP_NSUBJ;
  if (sima_deprel_base(rel) == SIMA_DEP_OBL && coder_has_marker(c, d, "by"))
    return SIMA_DEP_NSUBJ;
  return rel;
}

/* An open complement: xcomp, or an infinitival "to" advcl without its own
** subject (parsers often attach "urged X to Y" / "called on X to Y" so). */
int coder_is_xcomp(const coder_ctx *c, uint32_t t) {
  unsigned base = sima_deprel_base(c->syn[t].deprel);
  if (base == SIMA_DEP_XCOMP)
    return 1;
  if (base != SIMA_DEP_ADVCL || !coder_has_marker(c, t, "to"))
    return 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (sima_deprel_base(c->syn[d].deprel) == SIMA_DEP_NSUBJ)
      return 0;
  return 1;
}

static int32_t child_by(const coder_ctx *c, uint32_t t, unsigned rel) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == rel)
      return d;
  return -1;
}

static int is_relpron(const coder_ctx *c, uint32_t t) {
  const char *l = coder_lemma(c, t);
  return !strcasecmp(l, "who") || !strcasecmp(l, "which") ||
         !strcasecmp(l, "that");
}

/* Does d carry the possessive 's (a possessor: "Peru's")? */
static int possessive_marked(const coder_ctx *c, uint32_t d) {
  for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k])
    if (c->syn[k].deprel == SIMA_DEP_CASE &&
        (!strcmp(coder_lemma(c, (uint32_t)k), "'s") ||
         !strcmp(coder_lemma(c, (uint32_t)k), "'")))
      return 1;
  return 0;
}

/* Verbs of object control: their object does what their to-clause says
** ("urged China to release", "allowed the rebels to leave"); and verbs of
** sending or employing, whose object carries out the purpose ("sent troops
** to protect the convoy", "used the gang to kill").  Sorted. */
static int object_control(const char *l) {
  static const char *const v[] = {
      "advise",   "allow",     "appeal",   "ask",      "authorize", "beg",
      "call",     "challenge", "compel",   "deploy",   "direct",    "dispatch",
      "enable",   "encourage", "exhort",   "force",    "help",      "hire",
      "implore",  "instruct",  "invite",   "lead",     "order",     "pay",
      "permit",   "persuade",  "press",    "pressure", "prompt",    "push",
      "recruit",  "request",   "require",  "send",     "teach",     "tell",
      "train",    "urge",      "use",      "warn"};
  return l && CODER_IN(v, l);
}

/* RULE C-XCOMP, C-CONJ-VERB: subject inheritance. */
int32_t coder_subject(const coder_ctx *c, uint32_t t, int depth) {
  if (depth > 8)
    return -1;
  int32_t own = -1;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (coder_lrel(c, (uint32_t)d) == SIMA_DEP_NSUBJ) {
      own = d;
      break;
    }
  /* RULE C-POSS-SUBJ: a possessor ("Peru's") is no subject: "had control
  ** over Peru's military and also developed ..." parsed with Peru as the
  ** subject of "developed" is a broken parse; no subject, none inherited */
  if (own >= 0 && possessive_marked(c, (uint32_t)own))
    return -1;
  if (own < 0 && c->syn[t].upos == SIMA_UPOS_ADJ) {
    /* RULE C-EXPL-SUBJ: "Syria says it is willing to withdraw" parsed with
    ** "it" as an expletive: before a predicative adjective of disposition
    ** with a copula, "it" is the subject */
    int cop = 0;
    int32_t ex = -1;
    for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
      if (c->syn[d].deprel == SIMA_DEP_COP)
        cop = 1;
      else if (c->syn[d].deprel == SIMA_DEP_EXPL && (uint32_t)d < t &&
               !strcasecmp(coder_lemma(c, (uint32_t)d), "it"))
        ex = d;
    }
    /* only adjectives of a person's disposition: "it is impossible /
    ** safe / likely to ..." has an extraposed clause, not a subject */
    static const char *const disp[] = {
        "able",    "committed", "determined", "eager",   "keen",
        "open",    "prepared",  "ready",      "reluctant", "unable",
        "unwilling", "willing"};
    int personal = 0;
    for (size_t i = 0; i < sizeof disp / sizeof *disp && !personal; i++)
      personal = !strcasecmp(coder_lemma(c, t), disp[i]);
    if (cop && personal)
      own = ex;
  }
  unsigned rel = c->syn[t].deprel, base = sima_deprel_base(rel);
  int32_t h = c->syn[t].head;
  int hok = h >= 0 && (uint32_t)h < c->n;
  if (own >= 0) {
    if (rel == SIMA_DEP_ACL_RELCL && hok && is_relpron(c, (uint32_t)own))
      return h; /* "the troops who attacked" */
    return own;
  }
  if (coder_is_passive(c, t))
    return -1; /* an agentless passive has no subject */
  if (!hok)
    return -1;
  if (coder_is_xcomp(c, t)) {
    /* object control ("urged China to release") or subject control and
    ** raising ("China agreed to / is expected to visit").  A purpose
    ** clause (a to-clause parsed as adverbial) is the subject's unless
    ** its verb is one of object control: "will visit Togo and Benin to
    ** mediate" (Ghana mediates), "asked Japan to help" (Japan helps) */
    int32_t o = -1;
    if (base == SIMA_DEP_XCOMP || object_control(coder_lemma(c, (uint32_t)h))) {
      o = child_by(c, (uint32_t)h, SIMA_DEP_OBJ);
      if (o < 0)
        o = child_by(c, (uint32_t)h, SIMA_DEP_IOBJ);
    }
    if (o >= 0)
      return o;
    int32_t s = child_by(c, (uint32_t)h, SIMA_DEP_NSUBJ);
    if (s < 0)
      s = child_by(c, (uint32_t)h, SIMA_DEP_NSUBJ_PASS);
    if (s >= 0)
      return s;
    return coder_subject(c, (uint32_t)h, depth + 1);
  }
  if (base == SIMA_DEP_ADVCL &&
      (coder_has_marker(c, t, "of") || coder_has_marker(c, t, "for"))) {
    /* "accused Ukraine of shelling", "praised X for helping": the object
    ** of the governing verb does it */
    for (int32_t d = c->first_child[h]; d >= 0; d = c->next_sib[d])
      if (coder_lrel(c, (uint32_t)d) == SIMA_DEP_OBJ)
        return d;
  }
  if (rel == SIMA_DEP_CONJ || base == SIMA_DEP_ADVCL)
    return coder_subject(c, (uint32_t)h, depth + 1);
  if (rel == SIMA_DEP_ACL_RELCL)
    return h;
  /* "militants attacking the convoy", and the frequent misparse of a main
  ** verb as a participle modifier ("Students demonstrated ..."): the noun
  ** modified does the act (a VBN participle, "troops deployed", does not) */
  if (rel == SIMA_DEP_ACL &&
      (c->syn[t].xpos == SIMA_XPOS_VBG || c->syn[t].xpos == SIMA_XPOS_VBD))
    return h;
  return -1;
}

/* ------------------------------------------------------------------ */
/* matching */

static int cases_ok(const coder_ctx *c, uint32_t d, const pat_rel *r) {
  if (!r->ncases)
    return 1;
  for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k]) {
    unsigned rel = c->syn[k].deprel;
    if (rel != SIMA_DEP_CASE && rel != SIMA_DEP_MARK)
      continue;
    for (uint32_t i = 0; i < r->ncases; i++)
      if (c->lid[k] == r->cases[i])
        return 1;
  }
  return 0;
}

static int has_dep_lemma(const coder_ctx *c, uint32_t t, uint32_t lemma) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (c->lid[d] == lemma)
      return 1;
  return 0;
}

typedef struct match_state {
  int32_t used[32]; /* dependents consumed by the winning pattern */
  uint32_t nused;
  int32_t wild;     /* an xcomp matched by `xcomp=*` (not consumed), or -1 */
} match_state;

static int cons_ok(const coder_ctx *c, uint32_t t, const pat_cons *k,
                   match_state *ms, int depth);

/* Does token d match one alternative of val (head lemma, the phrase's
** other words as its dependents, and the alternative's [...] constraints)?
** Returns -1, or the specificity of the best matching alternative: its
** extra phrase words plus the scores of its nested constraints. */
static int value_ok(const coder_ctx *c, uint32_t d, const pat_value *val,
                    match_state *ms, int depth) {
  int best = val->any ? 0 : -1;
  uint32_t l = c->lid[d];
  match_state keep;
  if (ms)
    keep = *ms;
  for (uint32_t i = 0; i < val->nalts; i++) {
    const pat_phrase *ph = &val->alts[i];
    int sc = 0;
    if (ph->nwords) {
      /* nouns: the last word is the head ("war_game"); verbs: the first
      ** ("step_down"); the other words are dependents of the head */
      uint32_t hi = ph->nwords - 1;
      if (ph->nwords > 1 && c->syn[d].upos == SIMA_UPOS_VERB &&
          ph->words[0] == l)
        hi = 0;
      if (l == PAT_NONE || ph->words[hi] != l)
        continue;
      uint32_t w = 0;
      for (; w < ph->nwords; w++)
        if (w != hi && !has_dep_lemma(c, d, ph->words[w]))
          break;
      if (w < ph->nwords)
        continue;
      sc += (int)ph->nwords - 1;
    }
    if (ph->nsub && best >= sc + 2 * (int)ph->nsub + 8)
      continue; /* cannot beat the best so far */
    match_state trial;
    if (ms)
      trial = keep;
    uint32_t j = 0;
    for (; j < ph->nsub; j++) {
      int r = cons_ok(c, d, &ph->sub[j], ms ? &trial : NULL, depth + 1);
      if (r < 0)
        break;
      sc += r;
    }
    if (j < ph->nsub)
      continue;
    if (sc > best) {
      best = sc;
      if (ms)
        *ms = trial;
    }
  }
  return best;
}

/* Measure, container and portion nouns that pass a constraint on to
** their "of" phrase: "25,000 tons of food aid", "a package of sanctions",
** "suspended part of its aid".  Sorted. */
static const char *const transparent[] = {
    "$", "amount", "batch", "billion", "bulk", "consignment", "contingent",
    "day", "delivery", "deployment", "detachment", "dollar", "dozen",
    "euro", "form", "half", "hour", "hundred", "kg", "kilogram",
    "kind", "load", "lot", "majority", "million", "minority", "month",
    "number",
    "package", "pair", "part", "portion", "pound", "range", "round", "series",
    "set", "shipment", "sum", "thousand", "ton", "tonne",
    "total", "type", "wave", "week", "worth", "yen",
    "\xC2\xA3" /* £ */, "\xE2\x82\xAC" /* € */};

static int is_transparent(const coder_ctx *c, uint32_t d) {
  const char *l = coder_lemma(c, d);
  return CODER_IN(transparent, l) || c->syn[d].upos == SIMA_UPOS_NUM;
}

/* Candidate dependents of t by relation r (voice-normalised, with cases),
** expanded by their conjuncts ("train and equip") and, for subjects and
** objects t lacks, borrowed from t's coordinated verbs. */
/* PP attachment: "shared evidence with the U.S." is often parsed with
** the "with" phrase on the object: the phrases of t's object (and of its
** conjuncts and measures) whose case r names. */
static uint32_t obj_phrases(const coder_ctx *c, uint32_t t, const pat_rel *r,
                            int32_t *out) {
  uint32_t n = 0;
  for (int32_t o = c->first_child[t]; o >= 0 && n == 0; o = c->next_sib[o]) {
    if (coder_lrel(c, (uint32_t)o) != SIMA_DEP_OBJ)
      continue;
    /* the object and its conjuncts ("photographs and intelligence to
    ** Macedonia") */
    int32_t objs[8];
    uint32_t no = 0;
    objs[no++] = o;
    for (int32_t k = c->first_child[o]; k >= 0 && no < 8; k = c->next_sib[k])
      if (c->syn[k].deprel == SIMA_DEP_CONJ ||
          /* through a measure: "$400m in aid to Taiwan" */
          (sima_deprel_base(c->syn[k].deprel) == SIMA_DEP_NMOD &&
           is_transparent(c, (uint32_t)o) &&
           (coder_has_marker(c, (uint32_t)k, "of") ||
            coder_has_marker(c, (uint32_t)k, "in"))))
        objs[no++] = k;
    for (uint32_t oi = 0; oi < no; oi++)
      for (int32_t d = c->first_child[objs[oi]]; d >= 0 && n < MAX_CAND;
           d = c->next_sib[d])
        if (sima_deprel_base(c->syn[d].deprel) == SIMA_DEP_NMOD &&
            c->syn[d].deprel != SIMA_DEP_NMOD_POSS &&
            cases_ok(c, (uint32_t)d, r))
          out[n++] = d;
  }
  return n;
}

static uint32_t candidates(const coder_ctx *c, uint32_t t, const pat_rel *r,
                           int32_t *out) {
  uint32_t n = 0;
  for (int32_t d = c->first_child[t]; d >= 0 && n < MAX_CAND;
       d = c->next_sib[d]) {
    unsigned lr = coder_lrel(c, (uint32_t)d);
    if (r->id == SIMA_DEP_XCOMP && coder_is_xcomp(c, (uint32_t)d))
      lr = SIMA_DEP_XCOMP;
    if (!pat_rel_name_ok(r, lr) || !cases_ok(c, (uint32_t)d, r))
      continue;
    if (lr == SIMA_DEP_NSUBJ && possessive_marked(c, (uint32_t)d))
      continue; /* C-POSS-SUBJ */
    out[n++] = d;
    for (int32_t k = c->first_child[d]; k >= 0 && n < MAX_CAND;
         k = c->next_sib[k])
      if (c->syn[k].deprel == SIMA_DEP_CONJ ||
          (sima_deprel_base(c->syn[k].deprel) == SIMA_DEP_NMOD &&
           is_transparent(c, (uint32_t)d) &&
           (coder_has_marker(c, (uint32_t)k, "of") ||
            /* "$400m in military aid" */
            ((c->doc->tokens[d].kind == SIMA_TOK_MONEY ||
              c->syn[d].upos == SIMA_UPOS_NUM) &&
             coder_has_marker(c, (uint32_t)k, "in")))))
        out[n++] = k;
  }
  if (n == 0 && r->id == SIMA_DEP_OBL && r->ncases)
    n = obj_phrases(c, t, r, out);
  if (n == 0 && r->id == SIMA_DEP_NSUBJ) {
    int32_t s = coder_subject(c, t, 0);
    if (s >= 0)
      out[n++] = s;
  }
  if (n == 0 && (r->id == SIMA_DEP_OBJ || r->id == SIMA_DEP_OBL)) {
    /* RULE C-CONJ-VERB: "train and equip the army" shares the object */
    int32_t h = c->syn[t].head;
    for (int32_t k = c->first_child[t]; k >= 0 && n == 0; k = c->next_sib[k])
      if (c->syn[k].deprel == SIMA_DEP_CONJ)
        n = candidates(c, (uint32_t)k, r, out);
    if (n == 0 && c->syn[t].deprel == SIMA_DEP_CONJ && h >= 0 &&
        (uint32_t)h < c->n) {
      for (int32_t d = c->first_child[h]; d >= 0 && n < MAX_CAND;
           d = c->next_sib[d])
        if (pat_rel_name_ok(r, coder_lrel(c, (uint32_t)d)) &&
            cases_ok(c, (uint32_t)d, r) && (uint32_t)d > t)
          out[n++] = d;
    }
  }
  return n;
}

/* Returns -1 when the constraint fails, else its specificity (2 for a
** named value, 1 for `*` or a negation, +1 for a case list, plus the
** matched alternative's). */
/* `below=` (PAT_REL_BELOW, translated TABARI patterns only): the tokens
** after t, within 64, whose head chain reaches t. */
#define MAX_BELOW 48
static uint32_t below_t(const coder_ctx *c, uint32_t t, int32_t *out) {
  uint32_t n = 0;
  for (uint32_t d = t + 1; d < c->n && d <= t + 64 && n < MAX_BELOW; d++) {
    int32_t h = c->syn[d].head;
    for (int up = 0; up < 16 && h >= 0 && (uint32_t)h < c->n &&
                     (uint32_t)h != t;
         up++)
      h = c->syn[h].head;
    if (h == (int32_t)t)
      out[n++] = (int32_t)d;
  }
  return n;
}

/* The dictionary id of token d's folded surface form ("left", "n't"), or
** PAT_NONE. */
static uint32_t surface_id(const coder_ctx *c, uint32_t d) {
  const sima_token *k = &c->doc->tokens[d];
  char w[64];
  if (!k->norm || k->nnorm == 0 || k->nnorm >= sizeof w)
    return PAT_NONE;
  memcpy(w, k->norm, k->nnorm);
  w[k->nnorm] = '\0';
  return pat_lemma_id(c->v, w);
}

/* The legacy word-order tests (PAT_REL_SEQ ... PAT_REL_FORM, pattern.h,
** written only by the translator of legacy verb files): 1 if an
** alternative of k's value occurs as consecutive tokens at the place the
** relation says, each token matching by surface form or lemma. */
static int seq_ok(const coder_ctx *c, uint32_t t, const pat_cons *k) {
  const sima_doc *doc = c->doc;
  uint32_t s0 = 0, s1 = c->n; /* t's sentence */
  for (uint32_t i = 0; i < doc->nsents; i++)
    if (t >= doc->sents[i].first &&
        t < doc->sents[i].first + doc->sents[i].count) {
      s0 = doc->sents[i].first;
      s1 = s0 + doc->sents[i].count;
      break;
    }
  if (s1 > c->n)
    s1 = c->n;
  if (k->rel.base == PAT_REL_FORM || k->rel.base == PAT_REL_FORMS) {
    uint32_t f = surface_id(c, t);
    for (uint32_t i = 0; i < k->val.nalts; i++)
      if (k->val.alts[i].nwords == 1 && k->val.alts[i].words[0] == f)
        return 1;
    return 0;
  }
  int32_t below[MAX_BELOW];
  uint32_t nb = 0;
  if (k->rel.base == PAT_REL_SEQ || k->rel.base == PAT_REL_WORD)
    nb = below_t(c, t, below);
  if (k->rel.base == PAT_REL_WORD) { /* a word below, as written */
    for (uint32_t b = 0; b < nb; b++) {
      uint32_t f = surface_id(c, (uint32_t)below[b]);
      for (uint32_t i = 0; f != PAT_NONE && i < k->val.nalts; i++)
        if (k->val.alts[i].nwords == 1 && k->val.alts[i].words[0] == f)
          return 1;
    }
    return 0;
  }
  for (uint32_t i = 0; i < k->val.nalts; i++) {
    const pat_phrase *ph = &k->val.alts[i];
    uint32_t nw = ph->nwords;
    if (nw == 0)
      continue;
    uint32_t lo, hi; /* first token of the run in [lo, hi] */
    if (k->rel.base == PAT_REL_VERBSEQ) {
      if (t < s0 + nw)
        continue;
      lo = hi = t - nw;
    } else if (k->rel.base == PAT_REL_PRESEQ) {
      if (t < s0 + nw)
        continue;
      lo = s0;
      hi = t - nw;
    } else {
      lo = t + 1;
      if (s1 < nw || s1 - nw < lo)
        continue;
      hi = s1 - nw;
    }
    for (uint32_t p = lo; p <= hi; p++) {
      if (k->rel.base == PAT_REL_SEQ) { /* begins below the trigger */
        uint32_t b = 0;
        while (b < nb && below[b] != (int32_t)p)
          b++;
        if (b == nb)
          continue;
      }
      uint32_t w = 0;
      for (; w < nw; w++) {
        uint32_t d = p + w;
        if (ph->words[w] != c->lid[d] && ph->words[w] != surface_id(c, d))
          break;
      }
      if (w == nw)
        return 1;
    }
  }
  return 0;
}

static int cons_ok(const coder_ctx *c, uint32_t t, const pat_cons *k,
                   match_state *ms, int depth) {
  int32_t cand[MAX_BELOW > MAX_CAND ? MAX_BELOW : MAX_CAND];
  if (depth > 8)
    return -1;
  if (k->rel.base > PAT_REL_BELOW) /* word order: scores as `below=` */
    return seq_ok(c, t, k) != k->neg ? (k->rel.base == PAT_REL_WORD ||
                                                k->rel.base == PAT_REL_FORMS
                                            ? 0
                                            : 1)
                                      : -1;
  uint32_t n = k->rel.base == PAT_REL_BELOW ? below_t(c, t, cand)
                                            : candidates(c, t, &k->rel, cand);
  int best = -1;
  int32_t bestd = -1;
  match_state keep, trial;
  if (ms)
    keep = *ms;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t d = (uint32_t)cand[i];
    if (ms)
      trial = keep;
    int v = value_ok(c, d, &k->val, k->neg || !ms ? NULL : &trial, depth);
    if (v > best) {
      best = v;
      bestd = (int32_t)d;
      if (ms && !k->neg)
        *ms = trial;
    }
  }
  int base = k->rel.base == PAT_REL_BELOW
                 ? 1 /* below the verb: less than a dependent */
                 : (k->val.any ? 1 : 2) + (k->rel.ncases ? 1 : 0);
  if (k->neg)
    return best < 0 ? base : -1;
  if (best < 0)
    return -1;
  /* reported content (ccomp, advcl, parataxis) stays codable: the
  ** speaker's statement and the reported event are both coded */
  unsigned b = k->rel.id;
  if (ms && b == SIMA_DEP_XCOMP && k->val.any) {
    /* RULE C-DERIVE: `xcomp=*` leaves the complement to the coder */
    if (ms->wild < 0)
      ms->wild = bestd;
  } else if (ms && b != SIMA_DEP_CCOMP && b != SIMA_DEP_ADVCL &&
             b != SIMA_DEP_PARATAXIS) {
    uint32_t d = (uint32_t)bestd;
    /* the dependent and its conjuncts ("to train and equip") */
    if (ms->nused < 32)
      ms->used[ms->nused++] = (int32_t)d;
    for (int32_t x = c->first_child[d]; x >= 0 && ms->nused < 32;
         x = c->next_sib[x])
      if (c->syn[x].deprel == SIMA_DEP_CONJ)
        ms->used[ms->nused++] = x;
    if (c->syn[d].deprel == SIMA_DEP_CONJ && ms->nused < 32 &&
        c->syn[d].head != (int32_t)t)
      ms->used[ms->nused++] = c->syn[d].head;
  }
  return base + best;
}

static int trigger_pos_ok(const coder_ctx *c, uint32_t t,
                          const pat_pattern *p) {
  unsigned up = c->syn[t].upos;
  if (p->upos == SIMA_UPOS_VERB)
    return up == SIMA_UPOS_VERB;
  if (p->upos == SIMA_UPOS_NOUN)
    return up == SIMA_UPOS_NOUN;
  return up == p->upos;
}

static int verb_negated(const coder_ctx *c, uint32_t t) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    const char *l = coder_lemma(c, (uint32_t)d);
    if (sima_deprel_base(c->syn[d].deprel) == SIMA_DEP_ADVMOD &&
        (!strcasecmp(l, "not") || !strcasecmp(l, "never") ||
         !strcasecmp(l, "n't")))
      return 1;
  }
  return 0;
}

/* RULE C-SPECIFIC: the full match with the highest specificity wins,
** counting the alternatives that actually matched; ties go to the pattern
** loaded first. */
static const pat_pattern *best_pattern(const coder_ctx *c, uint32_t t,
                                       match_state *ms,
                                       const pat_pattern *const *skip,
                                       uint32_t nskip) {
  uint32_t np;
  if (c->lid[t] == PAT_NONE)
    return NULL;
  pat_pattern *const *ps = pat_bucket_find(c->v, c->lid[t], &np);
  const pat_pattern *best = NULL;
  int best_sc = -1;
  ms->nused = 0;
  ms->wild = -1;
  for (uint32_t i = 0; i < np; i++) {
    const pat_pattern *p = ps[i];
    /* patterns are sorted by their static score, an upper bound of the
    ** score a match can reach: stop when none can beat the best */
    if (p->score < best_sc)
      break;
    if (!trigger_pos_ok(c, t, p))
      continue;
    uint32_t sk = 0;
    while (sk < nskip && skip[sk]->id != p->id)
      sk++;
    if (sk < nskip)
      continue; /* tried already (all trigger alternatives of its line) */
    if ((p->flags & PAT_F_PASS) && !coder_is_passive(c, t))
      continue;
    if ((p->flags & PAT_F_ACTIVE) && coder_is_passive(c, t))
      continue;
    if ((p->flags & PAT_F_NEG) && !verb_negated(c, t))
      continue;
    uint32_t e = 0;
    for (; e < p->nextra; e++)
      if (!has_dep_lemma(c, t, p->extra[e]))
        break;
    if (e < p->nextra)
      continue;
    match_state trial;
    trial.nused = 0;
    trial.wild = -1;
    int sc = (int)p->nextra +
             ((p->flags & (PAT_F_PASS | PAT_F_ACTIVE)) ? 1 : 0) +
             ((p->flags & PAT_F_NEG) ? 1 : 0);
    uint32_t k = 0;
    for (; k < p->ncons; k++) {
      int r = cons_ok(c, t, &p->cons[k], &trial, 0);
      if (r < 0)
        break;
      sc += r;
    }
    if (k == p->ncons &&
        (sc > best_sc || (sc == best_sc && p->order < best->order))) {
      best = p;
      best_sc = sc;
      *ms = trial;
    }
  }
  return best;
}

/* ------------------------------------------------------------------ */
/* actors */

static const unsigned actor_rels[] = {
    SIMA_DEP_COMPOUND, SIMA_DEP_AMOD,     SIMA_DEP_NMOD,
    SIMA_DEP_NMOD_POSS, SIMA_DEP_APPOS,   SIMA_DEP_FLAT,
    SIMA_DEP_DET_POSS,  SIMA_DEP_NMOD_UNMARKED,
    /* a title before an uncoded name: "Judge Alejandro Rivera" */
    SIMA_DEP_NMOD_DESC};

/* The mention for token t: covering it, else on a modifier of it (depth
** <= 2: "the government of China", "a spokesman for the Chinese
** embassy").  *at receives the token where it was found. */
static int bare_actor(const coder_ctx *c, int32_t m);

static int32_t actor_of(const coder_ctx *c, uint32_t t, int depth,
                        uint32_t *at) {
  if (c->tok2men[t] >= 0) {
    int32_t m = c->tok2men[t];
    /* (also for an apposition: "Salaheddine Sidhoum, Algeria's leading
    ** human rights activist," is Algeria's activist) */
    if ((depth == 0 || c->syn[t].deprel == SIMA_DEP_APPOS) &&
        bare_actor(c, m)) {
      /* RULE C-AGENT-OF: a bare agent ("doctors", "officials", "troops")
      ** belongs to the actor that qualifies it: "doctors from two
      ** American aid groups", "officials of the Chinese embassy",
      ** "Syria's troops".  A place ("troops in Lebanon") does not. */
      for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
        unsigned rel = c->syn[d].deprel;
        if (c->tok2men[d] == m)
          continue;
        if (!(rel == SIMA_DEP_NMOD_POSS || rel == SIMA_DEP_DET_POSS ||
              rel == SIMA_DEP_AMOD || rel == SIMA_DEP_COMPOUND ||
              (sima_deprel_base(rel) == SIMA_DEP_NMOD &&
               (coder_has_marker(c, (uint32_t)d, "of") ||
                coder_has_marker(c, (uint32_t)d, "from")))))
          continue;
        uint32_t at2;
        int32_t m2 = actor_of(c, (uint32_t)d, 1, &at2);
        if (m2 >= 0 && !bare_actor(c, m2)) {
          *at = at2;
          return m2;
        }
      }
    }
    *at = t;
    return m;
  }
  if (depth >= 2)
    return -1;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned rel = c->syn[d].deprel;
    /* "the US-led war against Iraq" is the leader's: the actor on the
    ** participle "led" (US --obl:unmarked--> led --amod--> war) comes
    ** before the noun's other phrases */
    if (rel == SIMA_DEP_AMOD && !strcasecmp(coder_lemma(c, (uint32_t)d), "lead"))
      for (int32_t e = c->first_child[d]; e >= 0; e = c->next_sib[e]) {
        unsigned b = sima_deprel_base(c->syn[e].deprel);
        if (e > d || (b != SIMA_DEP_OBL && b != SIMA_DEP_COMPOUND &&
                      b != SIMA_DEP_NMOD && b != SIMA_DEP_NSUBJ))
          continue;
        int32_t m = actor_of(c, (uint32_t)e, depth + 1, at);
        if (m >= 0)
          return m;
      }
    for (size_t i = 0; i < sizeof actor_rels / sizeof *actor_rels; i++)
      if (rel == actor_rels[i]) {
        /* a title in apposition to an uncoded name is that name:
        ** searched as deep as the name itself ("Kenzo Oshima, the United
        ** Nations Emergency Relief Coordinator": IGOUNO three compounds
        ** down) */
        int title = rel == SIMA_DEP_APPOS && depth == 0 &&
                    c->syn[t].upos == SIMA_UPOS_PROPN &&
                    c->syn[d].upos == SIMA_UPOS_NOUN;
        int32_t m = actor_of(c, (uint32_t)d, title ? 0 : depth + 1, at);
        /* (not a medium naming its outlet, "newspaper El Faro": the
        ** channel of the news, not an actor in it) */
        if (m >= 0 && rel == SIMA_DEP_NMOD_DESC && c->doc->mentions[m].sector &&
            !strcmp(c->doc->mentions[m].sector, "MED"))
          continue;
        if (m >= 0)
          return m;
      }
  }
  return -1;
}

typedef struct actor_set {
  int32_t men[MAX_ACTORS];
  int32_t tok[MAX_ACTORS];
  uint32_t n;
} actor_set;

static void actor_add(actor_set *as, int32_t m, uint32_t tok) {
  for (uint32_t i = 0; i < as->n; i++)
    if (as->men[i] == m)
      return;
  if (as->n < MAX_ACTORS) {
    as->men[as->n] = m;
    as->tok[as->n] = (int32_t)tok;
    as->n++;
  }
}

/* RULE C-COMPOUND: the actor at t and those of its conjuncts. */
static void actors_at(const coder_ctx *c, uint32_t t, actor_set *as) {
  uint32_t at = t;
  int32_t m = actor_of(c, t, 0, &at);
  if (m < 0)
    return;
  actor_add(as, m, at);
  for (int pass = 0; pass < 2; pass++) {
    uint32_t base = pass == 0 ? at : t;
    if (pass == 1 && at == t)
      break;
    for (int32_t d = c->first_child[base]; d >= 0; d = c->next_sib[d]) {
      if (c->syn[d].deprel != SIMA_DEP_CONJ)
        continue;
      uint32_t at2;
      int32_t m2 = actor_of(c, (uint32_t)d, 0, &at2);
      if (m2 >= 0)
        actor_add(as, m2, at2);
    }
  }
  /* a conjunct hung on another word of the mention ("Libyan leader
  ** Muammar Gaddafi and Bulgarian President Todor Zhivkov", parsed with
  ** the conjunct on "Muammar") */
  /* (and on a word of a conjunct's mention: "lawmakers and officials in
  ** Fornost and Gondor", Gondor hung on Fornost) */
  for (uint32_t i = 0; i < as->n && i < MAX_ACTORS; i++) {
    int32_t mi = as->men[i];
    const sima_mention *mm = &c->doc->mentions[mi];
    for (uint32_t k = mm->first; k < mm->first + mm->count && k < c->n; k++) {
      if ((int32_t)k == as->tok[i] || (i == 0 && (k == at || k == t)))
        continue;
      for (int32_t d = c->first_child[k]; d >= 0; d = c->next_sib[d]) {
        if (c->syn[d].deprel != SIMA_DEP_CONJ || c->tok2men[d] == mi)
          continue;
        uint32_t at2;
        int32_t m2 = actor_of(c, (uint32_t)d, 0, &at2);
        if (m2 >= 0)
          actor_add(as, m2, at2);
      }
    }
  }
  /* coordinated modifiers of the mention's head ("French and Egyptian
  ** warships", "U.S. and Russian negotiators"): a word of the mention
  ** that is the conjunct of a modifier of the mention; that modifier is
  ** an actor too */
  for (uint32_t i = 0; i < as->n && i < MAX_ACTORS; i++) {
    int32_t mi = as->men[i];
    const sima_mention *mm = &c->doc->mentions[mi];
    for (uint32_t k = mm->first; k < mm->first + mm->count && k < c->n; k++) {
      int32_t h = c->syn[k].head;
      if (c->syn[k].deprel != SIMA_DEP_CONJ || h < 0 ||
          (uint32_t)h >= c->n || c->tok2men[h] == mi)
        continue;
      unsigned hr = c->syn[h].deprel;
      int32_t hh = c->syn[h].head;
      if ((hr != SIMA_DEP_AMOD && hr != SIMA_DEP_COMPOUND) || hh < 0 ||
          (uint32_t)hh >= c->n || c->tok2men[hh] != mi)
        continue;
      uint32_t at2;
      int32_t m2 = actor_of(c, (uint32_t)h, 0, &at2);
      if (m2 >= 0)
        actor_add(as, m2, at2);
    }
  }
  /* mentions sharing a span are one name's several actors (a PETRARCH
  ** compound code [FRO/BIL/SAM], actor.c): all of them act */
  for (uint32_t i = 0, n0 = as->n; i < n0; i++) {
    const sima_mention *a = &c->doc->mentions[as->men[i]];
    for (uint32_t k = (uint32_t)as->men[i] + 1; k < c->doc->nmentions; k++) {
      const sima_mention *b = &c->doc->mentions[k];
      if (b->first != a->first || b->count != a->count)
        break;
      if (b->code)
        actor_add(as, (int32_t)k, (uint32_t)as->tok[i]);
    }
  }
}

/* Follows one role path from t; fills as with the first actors found. */
/* Whether token k is one of r's case words, by its lemma or its folded
** surface form (TABARI positions). */
static int pos_word(const coder_ctx *c, uint32_t k, const pat_rel *r) {
  uint32_t a = c->lid[k], b = PAT_NONE;
  for (uint32_t i = 0; i < r->ncases; i++) {
    if (r->cases[i] == a)
      return 1;
    if (b == PAT_NONE)
      b = surface_id(c, k);
    if (r->cases[i] == b)
      return 1;
  }
  return 0;
}

/* TABARI positions (`before(w)`, `skip(w)`, `skip2(w)`, pattern.h): the
** actors at that place in the sentence of t, in as (empty if none). */
static void follow_pos(const coder_ctx *c, uint32_t t, const pat_rel *r,
                       actor_set *as) {
  as->n = 0;
  uint32_t s0 = 0, s1 = c->n;
  for (uint32_t si = 0; si < c->doc->nsents; si++) {
    const sima_sentence *s = &c->doc->sents[si];
    if (t >= s->first && t < s->first + s->count) {
      s0 = s->first;
      s1 = s->first + s->count < c->n ? s->first + s->count : c->n;
    }
  }
  if (r->base == PAT_REL_BEFORE) {
    uint32_t k = t;
    while (k > s0 && !pos_word(c, k - 1, r))
      k--;
    if (k == s0)
      return;
    for (uint32_t j = k - 1; j-- > s0;)
      if (c->tok2men[j] >= 0) {
        actors_at(c, j, as);
        return;
      }
    return;
  }
  uint32_t k = t + 1;
  while (k < s1 && !pos_word(c, k, r))
    k++;
  int32_t last = -1;
  uint32_t seen = 0;
  for (uint32_t j = k + 1; j < s1; j++) {
    int32_t m = c->tok2men[j];
    if (m < 0 || m == last)
      continue;
    last = m;
    if (seen++ == r->pad) {
      actors_at(c, j, as);
      return;
    }
  }
}

static void follow(const coder_ctx *c, uint32_t t, const pat_path *path,
                   uint32_t step, actor_set *as) {
  int32_t cand[MAX_BELOW > MAX_CAND ? MAX_BELOW : MAX_CAND];
  if (path->steps[step].base == PAT_REL_BEFORE ||
      path->steps[step].base == PAT_REL_SKIP) {
    follow_pos(c, t, &path->steps[step], as);
    return;
  }
  if (path->steps[step].base == PAT_REL_AFTER) {
    /* `after` (translated TABARI files): the first actor after t in its
    ** subtree, in text order */
    uint32_t nb = below_t(c, t, cand);
    for (uint32_t i = 0; i < nb; i++) {
      as->n = 0;
      actors_at(c, (uint32_t)cand[i], as);
      if (as->n)
        return;
    }
    as->n = 0;
    return;
  }
  uint32_t n = candidates(c, t, &path->steps[step], cand);
  actor_set first;
  first.n = 0;
  for (uint32_t i = 0; i < n; i++) {
    as->n = 0;
    if (step + 1 == path->nsteps)
      actors_at(c, (uint32_t)cand[i], as);
    else
      follow(c, (uint32_t)cand[i], path, step + 1, as);
    /* only one candidate's conjuncts: candidates() lists a dependent's
    ** conjuncts after it, and actors_at adds them too.  A candidate
    ** with a real actor beats an earlier one with only bare agents (two
    ** subjects: "Human rights organization Amnesty International
    ** demanded ...") */
    if (as->n == 0)
      continue;
    if (first.n == 0)
      first = *as;
    uint32_t k = 0;
    while (k < as->n && bare_actor(c, as->men[k]))
      k++;
    if (k < as->n)
      return;
  }
  /* the verb's own phrases of that case hold no actor ("fired tear gas at
  ** demonstrators on Friday": "on Friday"): those of its object may */
  const pat_rel *r = &path->steps[step];
  if (first.n == 0 && n > 0 && r->id == SIMA_DEP_OBL && r->ncases) {
    n = obj_phrases(c, t, r, cand);
    for (uint32_t i = 0; i < n && first.n == 0; i++) {
      as->n = 0;
      if (step + 1 == path->nsteps)
        actors_at(c, (uint32_t)cand[i], as);
      else
        follow(c, (uint32_t)cand[i], path, step + 1, as);
      first = *as;
    }
  }
  *as = first;
}

/* A bare agent: no country and a sector-only code ("MIL" for "the
** military", "GOV" for "officials"). */
static int bare_actor(const coder_ctx *c, int32_t m) {
  const sima_mention *mm = &c->doc->mentions[m];
  return (!mm->country || !mm->country[0]) && mm->code &&
         strlen(mm->code) <= 3;
}

/* RULE C-SELF: are codes a and b the same actor?  A bare country code
** is the state, as is its government: CHN, CHNGOV and CHNGOV... are one
** actor ("China praised Beijing's efforts").  Other sectors are actors of
** their own, so domestic events are kept: IRQCVL -> IRQ ("Iraqi Kurds
** demanded independence from Iraq"), IRQOPP -> IRQGOV. */
static int same_actor(const char *a, const char *b) {
  if (!a || !b)
    return 0;
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
    return 1; /* CHN and CHNGOV, CHNGOVxxx */
  return na >= 6 && !strncmp(a + 3, "GOV", 3); /* CHNGOV, CHNGOVFOR */
}

/* Does token t have a possessor ("its troops", "their forces")? */
static int possessed(const coder_ctx *c, int32_t t) {
  if (t < 0)
    return 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_NMOD_POSS ||
        c->syn[d].deprel == SIMA_DEP_DET_POSS)
      return 1;
  return 0;
}

/* Is the target set weak: empty, or only actors that are the (first)
** source itself or bare agents that are somebody's ("its troops": the
** source's own)?  With `guess` set (a fallback's result), any bare agent
** is weak. */
static int target_weak(const coder_ctx *c, const actor_set *tgt,
                       const actor_set *src, int guess) {
  for (uint32_t k = 0; k < tgt->n; k++) {
    if (bare_actor(c, tgt->men[k]) && (guess || possessed(c, tgt->tok[k])))
      continue;
    if (src->n > 0 &&
        (tgt->men[k] == src->men[0] ||
         same_actor(c->doc->mentions[tgt->men[k]].code,
                    c->doc->mentions[src->men[0]].code)))
      continue;
    return 0;
  }
  return 1;
}

/* Drops from as the actors found on a token the winning pattern's
** constraints consumed (or on a dependent of one). */
static void drop_used(const coder_ctx *c, const match_state *ms,
                      actor_set *as) {
  uint32_t k = 0;
  for (uint32_t i = 0; i < as->n; i++) {
    int32_t tk = as->tok[i], h = tk >= 0 ? c->syn[tk].head : -1;
    int used = 0;
    for (uint32_t u = 0; u < ms->nused && !used; u++)
      used = ms->used[u] == tk || ms->used[u] == h;
    if (!used) {
      as->men[k] = as->men[i];
      as->tok[k] = as->tok[i];
      k++;
    }
  }
  as->n = k;
}

/* Drops from as the actors found on a logical subject of t: a path
** through a controlled complement ("demanded that ...", xcomp>nsubj) can
** lead back to the trigger's own subject, which is its source.  A
** conjunct of the subject is not climbed to it: a path that names it
** (PETRARCH's `%`, translated as nsubj>conj) wants it as the target. */
static void drop_subjects(const coder_ctx *c, uint32_t t, actor_set *as) {
  uint32_t k = 0;
  for (uint32_t i = 0; i < as->n; i++) {
    int32_t tk = as->tok[i];
    int subj = 0;
    for (int32_t x = tk; x >= 0 && !subj;) {
      /* the mention's token, or the head it modifies */
      if (c->syn[x].head == (int32_t)t &&
          coder_lrel(c, (uint32_t)x) == SIMA_DEP_NSUBJ)
        subj = 1;
      x = x == tk && c->syn[x].head >= 0 && c->syn[x].head != (int32_t)t &&
                  c->syn[x].deprel != SIMA_DEP_CONJ
              ? c->syn[x].head
              : -1;
    }
    if (!subj) {
      as->men[k] = as->men[i];
      as->tok[k] = as->tok[i];
      k++;
    }
  }
  as->n = k;
}

/* When tgt is weak, keeps it in *weak (if that is still empty) and
** returns 1: the caller looks further, and falls back on *weak. */
static int keep_weak(const coder_ctx *c, const actor_set *tgt,
                     const actor_set *src, actor_set *weak) {
  if (!target_weak(c, tgt, src, 0))
    return 0;
  if (weak->n == 0 && tgt->n > 0)
    *weak = *tgt;
  return 1;
}

/* Tries the role's paths in order; a path that finds only bare agents is
** kept as a fallback while a later path may find a real actor ("shared
** intelligence with Iraq": Iraq, not the SPY of "intelligence"). */
static void resolve_role(const coder_ctx *c, uint32_t t, const pat_role *r,
                         actor_set *as) {
  actor_set fallback;
  fallback.n = 0;
  for (uint32_t i = 0; i < r->npaths; i++) {
    as->n = 0;
    follow(c, t, &r->paths[i], 0, as);
    if (as->n == 0)
      continue;
    uint32_t k = 0;
    while (k < as->n && bare_actor(c, as->men[k]))
      k++;
    if (k < as->n)
      return;
    if (fallback.n == 0)
      fallback = *as;
  }
  *as = fallback;
}

/* ------------------------------------------------------------------ */
/* events */

typedef struct event_vec {
  sima_event *ev;
  uint32_t n, cap;
} event_vec;

static void actor_ref(sima_doc *doc, int32_t m, sima_actor_ref *r) {
  memset(r, 0, sizeof *r);
  if (m < 0)
    return;
  const sima_mention *mm = &doc->mentions[m];
  r->code = mm->code;
  r->country = mm->country ? mm->country : "";
  r->sector = mm->sector ? mm->sector : "";
  r->start = mm->start;
  r->end = mm->end;
  if (mm->end > mm->start && mm->end <= doc->len)
    r->text = sima_arena_strndup(doc->arena, doc->text + mm->start,
                                 mm->end - mm->start);
}

/* The byte span of t's whole subtree (contiguous approximation). */
static void subtree_span(const coder_ctx *c, uint32_t t, uint32_t *lo,
                         uint32_t *hi, int depth) {
  const sima_token *tk = &c->doc->tokens[t];
  if (tk->off < *lo)
    *lo = tk->off;
  if (tk->off + tk->len > *hi)
    *hi = tk->off + tk->len;
  if (depth > 6)
    return;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned rel = c->syn[d].deprel;
    if (rel == SIMA_DEP_PUNCT || rel == SIMA_DEP_CASE || rel == SIMA_DEP_ACL ||
        rel == SIMA_DEP_ACL_RELCL)
      continue;
    subtree_span(c, (uint32_t)d, lo, hi, depth + 1);
  }
}

static void attribution_ref(const coder_ctx *c, sima_doc *doc, int32_t t,
                            sima_actor_ref *r) {
  memset(r, 0, sizeof *r);
  uint32_t at;
  int32_t m = actor_of(c, (uint32_t)t, 0, &at);
  uint32_t lo = UINT32_MAX, hi = 0;
  subtree_span(c, (uint32_t)t, &lo, &hi, 0);
  if (m >= 0) {
    actor_ref(doc, m, r);
  } else {
    r->country = "";
    r->sector = "";
  }
  if (hi > lo && hi <= doc->len) {
    r->start = lo;
    r->end = hi;
    r->text = sima_arena_strndup(doc->arena, doc->text + lo, hi - lo);
  }
}

/* Parses "$400m", "£7.6bn", "1,200" into a value; returns 0 if no digits. */
static double parse_number(const char *s, size_t n, const char **unit,
                           size_t *used) {
  size_t i = 0;
  *unit = NULL;
  if (n >= 1 && s[0] == '$') {
    *unit = "USD";
    i = 1;
  } else if (n >= 2 && (unsigned char)s[0] == 0xC2 &&
             (unsigned char)s[1] == 0xA3) {
    *unit = "GBP";
    i = 2;
  } else if (n >= 3 && (unsigned char)s[0] == 0xE2 &&
             (unsigned char)s[1] == 0x82 && (unsigned char)s[2] == 0xAC) {
    *unit = "EUR";
    i = 3;
  } else if (n >= 3 && !strncasecmp(s, "US$", 3)) {
    *unit = "USD";
    i = 3;
  }
  double v = 0, frac = 0, scale = 1;
  int digits = 0, dot = 0;
  for (; i < n; i++) {
    char ch = s[i];
    if (isdigit((unsigned char)ch)) {
      digits++;
      if (dot) {
        frac /= 10;
        v += (ch - '0') * frac;
      } else {
        v = v * 10 + (ch - '0');
      }
    } else if (ch == ',' && !dot) {
      continue;
    } else if (ch == '.' && !dot) {
      dot = 1;
      frac = 1;
    } else {
      break;
    }
  }
  if (!digits)
    return 0;
  const char *suf = s + i;
  size_t sn = n - i;
  if ((sn == 1 && (suf[0] == 'm' || suf[0] == 'M')) ||
      (sn == 2 && !strncasecmp(suf, "mn", 2)))
    scale = 1e6;
  else if ((sn == 2 && !strncasecmp(suf, "bn", 2)) ||
           (sn == 1 && (suf[0] == 'b' || suf[0] == 'B')))
    scale = 1e9;
  else if (sn == 1 && (suf[0] == 'k' || suf[0] == 'K'))
    scale = 1e3;
  else if (sn == 2 && !strncasecmp(suf, "tn", 2))
    scale = 1e12;
  *used = i;
  return v * scale;
}

static double word_scale(const char *l) {
  if (!strcasecmp(l, "million"))
    return 1e6;
  if (!strcasecmp(l, "billion"))
    return 1e9;
  if (!strcasecmp(l, "thousand"))
    return 1e3;
  if (!strcasecmp(l, "trillion"))
    return 1e12;
  return 0;
}

/* ISO 4217 code of a currency sign token, or NULL. */
static const char *currency_code(const sima_doc *doc, uint32_t k) {
  const sima_token *t = &doc->tokens[k];
  if (t->kind != SIMA_TOK_MONEY)
    return NULL;
  const char *s = doc->text + t->off;
  if (t->len == 1 && s[0] == '$')
    return "USD";
  if (t->len == 2 && !memcmp(s, "\xC2\xA3", 2))
    return "GBP";
  if (t->len == 3 && !memcmp(s, "\xE2\x82\xAC", 3))
    return "EUR";
  if (t->len == 2 && !memcmp(s, "\xC2\xA5", 2))
    return "JPY";
  if (t->len == 3 && !memcmp(s, "\xE2\x82\xB9", 3))
    return "INR";
  if (t->len == 3 && !memcmp(s, "\xE2\x82\xBD", 3))
    return "RUB";
  return "currency";
}

/* Extends a quantity leftwards over its hedge: "more than", "at least",
** "up to", "about", "nearly", "some" ...  Returns the new first token. */
static uint32_t hedge_start(const sima_doc *doc, uint32_t k) {
  static const char *const one[] = {"about",  "almost", "approximately",
                                    "around", "nearly", "over",
                                    "roughly", "some",  "only", "just"};
  static const char *const two[][2] = {{"more", "than"}, {"less", "than"},
                                       {"fewer", "than"}, {"at", "least"},
                                       {"at", "most"},    {"up", "to"},
                                       {"as", "many"},    {"as", "much"}};
  if (k >= 2) {
    const sima_token *a = &doc->tokens[k - 2], *b = &doc->tokens[k - 1];
    for (size_t i = 0; i < sizeof two / sizeof two[0]; i++)
      if (!strcasecmp(a->norm, two[i][0]) && !strcasecmp(b->norm, two[i][1]))
        return k - 2;
  }
  if (k >= 1)
    for (size_t i = 0; i < sizeof one / sizeof one[0]; i++)
      if (!strcasecmp(doc->tokens[k - 1].norm, one[i]))
        return k - 1;
  return k;
}

/* Quantities: money and counted nouns among the verb's arguments. */
static void quantities(const coder_ctx *c, sima_doc *doc, uint32_t t,
                       sima_event *ev) {
  sima_quantity q[4];
  uint32_t nq = 0;
  /* look at the verb's dependents and their dependents */
  int32_t stack[64];
  int sp = 0;
  for (int32_t d = c->first_child[t]; d >= 0 && sp < 64; d = c->next_sib[d])
    stack[sp++] = d;
  for (int i = 0; i < sp && nq < 4; i++) {
    uint32_t k = (uint32_t)stack[i];
    const sima_token *tk = &doc->tokens[k];
    int scaled = k + 1 < c->n && word_scale(coder_lemma(c, k + 1)) > 0;
    if (tk->kind == SIMA_TOK_MONEY ||
        (tk->kind == SIMA_TOK_NUMBER &&
         (c->syn[k].deprel == SIMA_DEP_NUMMOD ||
          /* "1.2 billion": the number is a compound of the scale word */
          (scaled && c->syn[k].deprel == SIMA_DEP_COMPOUND)))) {
      const char *unit = NULL;
      size_t used = 0;
      double v = parse_number(doc->text + tk->off, tk->len, &unit, &used);
      uint32_t end = tk->off + tk->len;
      /* "$4 billion", "30 people": a scale word or the counted noun */
      if (k + 1 < c->n) {
        double sc = word_scale(coder_lemma(c, k + 1));
        if (sc > 0) {
          v *= sc;
          end = doc->tokens[k + 1].off + doc->tokens[k + 1].len;
        }
      }
      /* "$400m": the currency sign is a token of its own (as in UD) */
      uint32_t first = k;
      if (k > 0 && doc->tokens[k - 1].kind == SIMA_TOK_MONEY &&
          doc->tokens[k - 1].off + doc->tokens[k - 1].len == tk->off) {
        unit = currency_code(doc, k - 1);
        first = k - 1;
      }
      /* the counted noun: "30 tanks", "580 million shillings" */
      uint32_t counted = scaled && c->syn[k].deprel == SIMA_DEP_COMPOUND
                             ? k + 1 /* the scale word carries the nummod */
                             : k;
      if (!unit && c->syn[counted].deprel == SIMA_DEP_NUMMOD) {
        int32_t h = c->syn[counted].head;
        if (h >= 0 && doc->tokens[h].kind != SIMA_TOK_MONEY)
          unit = coder_lemma(c, (uint32_t)h);
      }
      first = hedge_start(doc, first);
      if (v > 0) {
        sima_quantity *o = &q[nq++];
        o->value = v;
        o->unit = unit ? unit : "";
        o->start = doc->tokens[first].off;
        o->end = end;
        o->text = sima_arena_strndup(doc->arena, doc->text + o->start,
                                     end - o->start);
      }
    }
    if (sp < 64 && (int32_t)k != (int32_t)t) {
      unsigned b = sima_deprel_base(c->syn[k].deprel);
      if (b == SIMA_DEP_OBJ || b == SIMA_DEP_OBL || b == SIMA_DEP_NSUBJ ||
          b == SIMA_DEP_NMOD || b == SIMA_DEP_NUMMOD)
        for (int32_t d = c->first_child[k]; d >= 0 && sp < 64;
             d = c->next_sib[d])
          stack[sp++] = d;
    }
  }
  if (!nq)
    return;
  ev->quantities = sima_arena_alloc(doc->arena, nq * sizeof *ev->quantities);
  if (!ev->quantities)
    return;
  memcpy(ev->quantities, q, nq * sizeof *q);
  ev->nquantities = nq;
}

/* Location: an obl in/at/near on the verb headed by a proper noun. */
static void location(const coder_ctx *c, sima_doc *doc, uint32_t t,
                     sima_event *ev) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    if (sima_deprel_base(c->syn[d].deprel) != SIMA_DEP_OBL ||
        c->syn[d].upos != SIMA_UPOS_PROPN)
      continue;
    if (!coder_has_marker(c, (uint32_t)d, "in") &&
        !coder_has_marker(c, (uint32_t)d, "at") &&
        !coder_has_marker(c, (uint32_t)d, "near"))
      continue;
    uint32_t lo = doc->tokens[d].off, hi = lo + doc->tokens[d].len;
    for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k]) {
      unsigned r = c->syn[k].deprel;
      if (r == SIMA_DEP_COMPOUND || r == SIMA_DEP_FLAT) {
        const sima_token *tk = &doc->tokens[k];
        if (tk->off < lo)
          lo = tk->off;
        if (tk->off + tk->len > hi)
          hi = tk->off + tk->len;
      }
    }
    ev->location = sima_arena_strndup(doc->arena, doc->text + lo, hi - lo);
    ev->loc_start = lo;
    ev->loc_end = hi;
    return;
  }
}

static int same_code(const char *a, const char *b) {
  return a && b && strcmp(a, b) == 0;
}

/* A code rewrite: codes starting with `from` become `to`. */
typedef struct code_map {
  const char *from, *to;
} code_map;

/* The `to` of the longest `from` that prefixes code, or NULL. */
static const char *code_map_find(const code_map *map, size_t n,
                                 const char *code) {
  const char *best = NULL;
  size_t bestn = 0;
  for (size_t i = 0; i < n; i++) {
    size_t len = strlen(map[i].from);
    if (len > bestn && !strncmp(code, map[i].from, len)) {
      best = map[i].to;
      bestn = len;
    }
  }
  return best;
}

/* RULE C-INTENT: a planned cooperative act (roots 04-08: "will visit",
** "plans to send aid") is the actor's expression of intent, coded in root
** 03 and asserted.  (An expected one, "is expected to visit", is a third
** party's forecast: it keeps its code, with mood expected.)  Returns the intent code, or NULL to keep `code`. */
static const char *intent_code(const char *code) {
  static const code_map map[] = {
      {"04", "036"},   {"05", "032"},   {"057", "037"},  {"06", "031"},
      {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"},
      {"07", "033"},   {"071", "0331"}, {"072", "0332"}, {"073", "0333"},
      {"074", "0334"}, {"08", "035"},   {"081", "0351"}, {"082", "0352"},
      {"083", "034"},  {"0831", "0341"}, {"0832", "0342"}, {"0833", "0343"},
      {"0834", "0344"}, {"084", "0353"}, {"085", "0354"}, {"086", "0355"},
      {"087", "0356"}};
  return code_map_find(map, sizeof map / sizeof *map, code);
}

/* RULE C-THREAT: an announced hostile act (roots 14-20 with mood
** `planned`: "said they would blockade Paris") is a threat, coded in root
** 13 and asserted.  Returns the threat code, or NULL. */
static const char *threat_code(const char *code) {
  static const code_map map[] = {
      {"14", "133"},   {"15", "138"},   {"16", "131"},   {"161", "1313"},
      {"162", "1311"}, {"163", "1312"}, {"164", "134"},  {"165", "135"},
      {"166", "136"},  {"17", "130"},   {"172", "132"},  {"1721", "1321"},
      {"1722", "1322"}, {"1723", "1323"}, {"1724", "1324"}, {"175", "137"},
      {"18", "1383"},  {"19", "138"},   {"190", "1384"}, {"191", "1381"},
      {"192", "1382"}, {"193", "1384"}, {"194", "1384"}, {"195", "1384"},
      {"20", "1383"},  {"204", "1385"}};
  return code_map_find(map, sizeof map / sizeof *map, code);
}

/* RULE C-REFUSE: the rejection code for a refused cooperative act
** ("refused to release the prisoners" -> 1243, "failed to reach
** agreement" -> 127), or NULL. */
static const char *reject_code(const char *code) {
  static const code_map map[] = {
      {"03", "120"},   {"031", "121"},  {"033", "122"},  {"034", "123"},
      {"035", "124"},  {"036", "125"},  {"037", "126"},
      {"04", "125"},   {"045", "126"},  {"05", "120"},
      {"057", "127"},  {"06", "121"},   {"061", "1211"}, {"062", "1212"},
      {"07", "122"},   {"071", "1221"}, {"072", "1222"}, {"073", "1223"},
      {"074", "1224"}, {"08", "124"},   {"081", "1241"}, {"082", "1242"},
      {"083", "123"},  {"0831", "1231"}, {"0832", "1232"}, {"0833", "1233"},
      {"0834", "1234"}, {"084", "1243"}, {"085", "1244"}, {"086", "1245"},
      {"087", "1246"}};
  return code_map_find(map, sizeof map / sizeof *map, code);
}

/* RULE C-MUST: the demand code for what "Y must" do ("Libya must hand
** over the suspects" -> 1053), or NULL. */
static const char *demand_code(const char *code) {
  static const code_map map[] = {
      {"04", "108"},   {"05", "102"},   {"06", "101"},   {"061", "1011"},
      {"062", "1012"}, {"063", "1013"}, {"064", "1014"}, {"07", "103"},
      {"071", "1031"}, {"072", "1032"}, {"073", "1033"}, {"074", "1034"},
      {"08", "105"},   {"081", "1051"}, {"082", "1052"}, {"083", "104"},
      {"0831", "1041"}, {"0832", "1042"}, {"0833", "1043"}, {"0834", "1044"},
      {"084", "1053"}, {"085", "1054"}, {"086", "1055"}, {"087", "1056"}};
  return code_map_find(map, sizeof map / sizeof *map, code);
}

/* The built-in rule C-MUST as a pattern, so its events carry a rule id
** and an --explain line like any other. */
static const pat_pattern must_pattern = {
    .id = "C-MUST",
    .code = "100",
    .upos = SIMA_UPOS_VERB,
    .where = "built-in rule C-MUST (docs/rules.md): a speech verb whose "
             "complement has must/should codes a demand on its subject"};

static const char *const must_speech[] = {
    "announce", "conclude", "declare", "insist", "reiterate", "remind",
    "repeat",   "say",      "state",   "stress", "tell",      "warn"};

/* Nouns of a message whose "that Y must Z" content is the sender's demand
** (C-MUST). */
static int is_must_message(const char *l) {
  static const char *const mm[] = {
      "communique", "declaration", "letter",   "message", "note",
      "reminder",   "statement",   "ultimatum", "warning"};
  for (size_t i = 0; i < sizeof mm / sizeof *mm; i++)
    if (!strcasecmp(mm[i], l))
      return 1;
  return 0;
}

static int is_must_speech(const char *l) {
  for (size_t i = 0; i < sizeof must_speech / sizeof *must_speech; i++)
    if (!strcasecmp(must_speech[i], l))
      return 1;
  return 0;
}

/* RULE C-DERIVE: the appeal code for a requested cooperative act ("urged
** China to release ..." -> 0253), or NULL. */
static const char *appeal_code(const char *code) {
  static const code_map map[] = {
      {"04", "026"},   {"05", "022"},   {"057", "027"},  {"06", "021"},
      {"061", "0211"}, {"062", "0212"}, {"063", "0213"}, {"064", "0214"},
      {"07", "023"},   {"071", "0231"}, {"072", "0232"}, {"073", "0233"},
      {"074", "0234"}, {"08", "025"},   {"081", "0251"}, {"082", "0252"},
      {"083", "024"},  {"0831", "0241"}, {"0832", "0242"}, {"0833", "0243"},
      {"0834", "0244"}, {"084", "0253"}, {"085", "0254"}, {"086", "0255"},
      {"087", "0256"}};
  return code_map_find(map, sizeof map / sizeof *map, code);
}

/* Is token k a premodifier of mention M (a word before it whose heads
** reach M's tokens through noun-phrase-internal relations: "the evil
** Arnor awful Gondor", "Ithilen's awful and evil minister Calimehtar")? */
static int np_premod(const coder_ctx *c, const sima_mention *M, uint32_t k) {
  for (int step = 0; step < 6; step++) {
    if (k >= M->first && k < M->first + M->count)
      return step > 0;
    if (k > M->first)
      return 0;
    unsigned rel = c->syn[k].deprel;
    if (!(rel == SIMA_DEP_AMOD || rel == SIMA_DEP_COMPOUND ||
          rel == SIMA_DEP_NMOD_POSS || rel == SIMA_DEP_DET ||
          rel == SIMA_DEP_DET_POSS || rel == SIMA_DEP_FLAT ||
          rel == SIMA_DEP_NUMMOD || rel == SIMA_DEP_CASE ||
          rel == SIMA_DEP_CC ||
          (rel == SIMA_DEP_CONJ && c->syn[k].head >= 0 &&
           c->syn[c->syn[k].head].deprel == SIMA_DEP_AMOD)))
      return 0;
    if (c->syn[k].head < 0)
      return 0;
    k = (uint32_t)c->syn[k].head;
  }
  return 0;
}

/* RULE C-TABARI (the PETRARCH noun phrase): a legacy pattern's actor is
** the *first* actor of its noun phrase plus the agents in it.  When a
** dictionary actor premodifies the mention m, r (filled from m) becomes
** that actor, with m's sector (its agent) appended: "Ithilen's awful
** and evil minister Calimehtar" (ITH; "minister Calimehtar" CALGOV) is
** ITHGOV, "the evil Arnor awful Gondor" ARN, "the U.S. Central Command"
** (USA; USAMIL) USAMIL.  Only for patterns flagged `petrnp` (PETRARCH verb files). */
static void legacy_np_actor(const coder_ctx *c, sima_doc *doc,
                            const pat_pattern *p, int32_t m,
                            sima_actor_ref *r) {
  if (!(p->flags & PAT_F_PETRNP) || m < 0)
    return;
  const sima_mention *M = &doc->mentions[m];
  if (!M->code)
    return;
  const sima_mention *Q = NULL;
  for (uint32_t q = 0; q < doc->nmentions && !Q; q++) {
    const sima_mention *x = &doc->mentions[q];
    if ((int32_t)q == m || !x->code || x->how != SIMA_RES_DICT ||
        !strncmp(x->code, "---", 3) || /* an agent-only code, no actor */
        x->first + x->count > M->first || x->first >= c->n)
      continue;
    if (np_premod(c, M, x->first + x->count - 1))
      Q = x;
  }
  if (!Q)
    return;
  /* the agent: the sector that ends m's code ("CALGOV", "IGOUNOGOV") */
  size_t ml = strlen(M->code), sl = M->sector ? strlen(M->sector) : 0;
  const char *agent = sl > 0 && sl < ml && !strcmp(M->code + ml - sl, M->sector)
                          ? M->sector
                          : "";
  size_t ql = strlen(Q->code), al = strlen(agent);
  if (al && ql >= al && !strcmp(Q->code + ql - al, agent))
    agent = ""; /* already there */
  char code[64];
  snprintf(code, sizeof code, "%s%s", Q->code, agent);
  r->code = sima_arena_strndup(doc->arena, code, strlen(code));
  r->country = Q->country ? Q->country : "";
  r->sector = agent[0] ? agent : Q->sector ? Q->sector : "";
  r->start = Q->start;
  if (r->end > r->start && r->end <= doc->len)
    r->text = sima_arena_strndup(doc->arena, doc->text + r->start,
                                 r->end - r->start);
}

/* Appends one event; RULE C-DEDUP drops an exact repeat in a sentence and
** RULE C-SELF an event of an actor on itself. */
static int emit(const coder_ctx *c, const sima_cameo *cameo, sima_doc *doc,
                event_vec *ev, uint32_t sent, uint32_t sent_first_ev,
                uint32_t t, const pat_pattern *p, const char *code,
                int32_t sm, int32_t stok, int32_t tm, int32_t ttok,
                const mood_info *mi) {
  const sima_mention *S = sm >= 0 ? &doc->mentions[sm] : NULL;
  const sima_mention *T = tm >= 0 ? &doc->mentions[tm] : NULL;
  if (sm >= 0 && sm == tm)
    return 0;
  if (S && T && same_actor(S->code, T->code))
    return 0;
  for (uint32_t i = sent_first_ev; i < ev->n; i++) {
    const sima_event *o = &ev->ev[i];
    if (strcmp(o->code, code) == 0 &&
        (o->source.code == (S ? S->code : NULL) ||
         same_code(o->source.code, S ? S->code : NULL)) &&
        (o->target.code == (T ? T->code : NULL) ||
         same_code(o->target.code, T ? T->code : NULL)) &&
        o->mood == mi->mood && o->negated == mi->negated)
      return 0;
  }
  if (ARENA_RESERVE(doc->arena, ev->ev, ev->n, ev->cap) != 0)
    return -1;
  sima_event *e = &ev->ev[ev->n++];
  memset(e, 0, sizeof *e);
  e->sentence = sent;
  e->date = doc->date;
  actor_ref(doc, sm, &e->source);
  actor_ref(doc, tm, &e->target);
  legacy_np_actor(c, doc, p, sm, &e->source);
  legacy_np_actor(c, doc, p, tm, &e->target);
  if (p->flags & PAT_F_PETRNP) { /* C-SELF, C-DEDUP on the new codes */
    int drop = same_actor(e->source.code, e->target.code);
    for (uint32_t i = sent_first_ev; i + 1 < ev->n && !drop; i++) {
      const sima_event *o = &ev->ev[i];
      drop = !strcmp(o->code, code) &&
             same_code(o->source.code, e->source.code) &&
             same_code(o->target.code, e->target.code) &&
             o->mood == mi->mood && o->negated == mi->negated;
    }
    if (drop) {
      ev->n--;
      return 0;
    }
  }
  snprintf(e->code, sizeof e->code, "%s", code);
  const sima_cameo_code *cc = sima_cameo_find(cameo, code);
  e->root = (code[0] - '0') * 10 + (code[1] - '0');
  if (cc) {
    e->quad_class = cc->quad_class;
    e->goldstein = cc->goldstein;
    e->plover = cc->plover;
  }
  e->mood = mi->mood;
  e->negated = mi->negated;
  if (mi->attr >= 0) {
    e->has_attribution = 1;
    attribution_ref(c, doc, mi->attr, &e->attribution);
  }
  const sima_token *tk = &doc->tokens[t];
  e->verb_text = sima_arena_strndup(doc->arena, doc->text + tk->off, tk->len);
  e->verb_lemma = c->syn[t].lemma;
  e->verb_start = tk->off;
  e->verb_end = tk->off + tk->len;
  e->rule = p->id;
  e->pattern = p->where;
  e->verb_tok = (int32_t)t;
  e->source_tok = stok;
  e->target_tok = ttok;
  location(c, doc, t, e);
  quantities(c, doc, t, e);
  return sima_arena_failed(doc->arena) ? -1 : 0;
}

/* RULE C-SPEECH: "Iraq said it would allow ...": an unresolved subject
** pronoun of a clause reported by a speech verb is the speaker. */
static void speaker_pronoun(const coder_ctx *c, uint32_t t, actor_set *src) {
  int32_t s = coder_subject(c, t, 0);
  if (s < 0)
    return;
  /* "Bosnian Serbs said their forces had completed their withdrawal":
  ** a bare agent subject whose possessor is a pronoun is the speaker's */
  int32_t poss = -1;
  if (c->syn[s].upos != SIMA_UPOS_PRON &&
      (c->tok2men[s] < 0 || bare_actor(c, c->tok2men[s])))
    for (int32_t d = c->first_child[s]; d >= 0; d = c->next_sib[d])
      if ((c->syn[d].deprel == SIMA_DEP_NMOD_POSS ||
           c->syn[d].deprel == SIMA_DEP_DET_POSS) &&
          c->syn[d].upos == SIMA_UPOS_PRON && c->tok2men[d] < 0)
        poss = d;
  if (poss >= 0)
    s = poss;
  else if (c->syn[s].upos != SIMA_UPOS_PRON || c->tok2men[s] >= 0)
    return;
  const char *l = coder_lemma(c, (uint32_t)s);
  static const char *const prons[] = {"he",  "her", "his", "it",   "its",
                                       "our", "she", "their", "they", "we"};
  size_t pi = 0;
  while (pi < sizeof prons / sizeof *prons && strcasecmp(prons[pi], l))
    pi++;
  if (pi == sizeof prons / sizeof *prons)
    return;
  /* up the tree to the nearest speech verb above the clause (usually its
  ** ccomp head; parsers also hang "it had halted" on a date or noun of
  ** the speech clause), at most 4 steps */
  uint32_t x = t;
  for (int i = 0; i < 4; i++) {
    int32_t h = c->syn[x].head;
    if (h < 0 || (uint32_t)h >= c->n)
      return;
    if (c->syn[h].upos == SIMA_UPOS_VERB &&
        mood_is_speech(coder_lemma(c, (uint32_t)h))) {
      int32_t sp = coder_subject(c, (uint32_t)h, 0);
      if (sp >= 0 && (uint32_t)sp < (uint32_t)s) {
        /* of two subjects the one with a real actor ("The rebel
        ** Revolutionary United Front announced it ...": RUF, not the
        ** bare "rebel"), as C-SOURCE takes it */
        actor_set sub;
        resolve_role(c, (uint32_t)h, &c->v->default_src, &sub);
        if (sub.n > 0 && sub.tok[0] >= 0 && (uint32_t)sub.tok[0] < (uint32_t)s)
          *src = sub;
        else
          actors_at(c, (uint32_t)sp, src);
      }
      return;
    }
    x = (uint32_t)h;
  }
}

/* RULE C-PURPOSE: an event with no target in its pattern's paths is
** aimed at the actor its purpose clause acts on ("opened fire to disperse
** the demonstrators", "struck to demand reforms by Suharto's government",
** "to protest Sweden's decision").  RULE C-PROTEST: a protest (`protest`
** set) is else aimed at the country where it takes place, when that place
** is a country actor ("Albanians demonstrated in Serbia": SRB). */
/* Can the adverbial clause at a be one of purpose: marked by "to" ("to",
** "in order to", "so as to") or not marked at all (a bare participle
** "calling for ...")?  Any other subordinator or preposition makes it a
** clause of time, condition, cause, manner or content, which aims nothing:
** "before allowing", "if", "as", "by denying", "so that", "with most
** coming from Venezuela", "convicted X of laundering money for the Zetas"
** (RULE C-PURPOSE-MARK).  Nor is a past participle with no "to": it is a
** passive modifier, "countries sanctioned by the United Nations". */
static int purpose_mark(const coder_ctx *c, uint32_t a) {
  int to = 0, other = c->syn[a].xpos == SIMA_XPOS_VBN;
  for (int32_t d = c->first_child[a]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_MARK ||
        c->syn[d].deprel == SIMA_DEP_CASE) {
      if (!strcasecmp(coder_lemma(c, (uint32_t)d), "to"))
        to = 1;
      else
        other = 1;
    }
  return to || !other;
}

static void purpose_target(const coder_ctx *c, uint32_t t, actor_set *tgt,
                           int protest) {
  static const pat_rel obj = {SIMA_DEP_OBJ, 1, 0, NULL, 0};
  /* purpose clauses: on the verb, or on its object or oblique ("went on
  ** a hunger strike to protest ...") */
  int32_t clauses[16];
  uint32_t nc = 0;
  for (int32_t a = c->first_child[t]; a >= 0 && nc < 16; a = c->next_sib[a]) {
    unsigned b = sima_deprel_base(c->syn[a].deprel);
    /* (not a clause of time, condition, cause or concession: "demanded a
    ** truce before allowing U.N. aid convoys in" aims nothing at the U.N.) */
    if (b == SIMA_DEP_ADVCL && !purpose_mark(c, (uint32_t)a))
      continue;
    if (coder_is_xcomp(c, (uint32_t)a) || b == SIMA_DEP_ADVCL)
      clauses[nc++] = a;
    else if (b == SIMA_DEP_OBJ || b == SIMA_DEP_OBL)
      for (int32_t k = c->first_child[a]; k >= 0 && nc < 16;
           k = c->next_sib[k])
        if (c->syn[k].deprel == SIMA_DEP_ACL && purpose_mark(c, (uint32_t)k))
          clauses[nc++] = k;
  }
  for (uint32_t ci = 0; ci < nc && tgt->n == 0; ci++) {
    int32_t a = clauses[ci];
    int32_t cand[MAX_CAND];
    uint32_t n = candidates(c, (uint32_t)a, &obj, cand);
    for (uint32_t i = 0; i < n && tgt->n == 0; i++) {
      actors_at(c, (uint32_t)cand[i], tgt);
      /* "reforms by the government", "the resignation of the president" */
      for (int32_t d = c->first_child[cand[i]]; d >= 0 && tgt->n == 0;
           d = c->next_sib[d])
        if (sima_deprel_base(c->syn[d].deprel) == SIMA_DEP_NMOD)
          actors_at(c, (uint32_t)d, tgt);
    }
    /* "to protest against Sweden's decision", "to demand reforms by
    ** the government" (the by-phrase hung on the verb) */
    for (int32_t d = c->first_child[a]; d >= 0 && tgt->n == 0;
         d = c->next_sib[d])
      if (sima_deprel_base(c->syn[d].deprel) == SIMA_DEP_OBL &&
          (coder_has_marker(c, (uint32_t)d, "against") ||
           coder_has_marker(c, (uint32_t)d, "by") ||
           coder_has_marker(c, (uint32_t)d, "from") ||
           coder_has_marker(c, (uint32_t)d, "on")))
        actors_at(c, (uint32_t)d, tgt);
    /* "calling for independence from Iraq", "demanding for the
    ** resignation of the president": the for-phrase's own phrase */
    for (int32_t d = c->first_child[a]; d >= 0 && tgt->n == 0;
         d = c->next_sib[d])
      if (sima_deprel_base(c->syn[d].deprel) == SIMA_DEP_OBL &&
          coder_has_marker(c, (uint32_t)d, "for")) {
        actors_at(c, (uint32_t)d, tgt);
        for (int32_t k = c->first_child[d]; k >= 0 && tgt->n == 0;
             k = c->next_sib[k])
          if (sima_deprel_base(c->syn[k].deprel) == SIMA_DEP_NMOD &&
              (coder_has_marker(c, (uint32_t)k, "from") ||
               coder_has_marker(c, (uint32_t)k, "of") ||
               coder_has_marker(c, (uint32_t)k, "by")))
            actors_at(c, (uint32_t)k, tgt);
      }
  }
  /* "went on strike in protest against the government's reforms",
  ** "blocked streets in defiance of Chinese authorities": the phrase's
  ** against/at/over/of phrase, on the verb or on its object or oblique */
  for (int32_t a = c->first_child[t]; a >= 0 && tgt->n == 0 && protest;
       a = c->next_sib[a]) {
    unsigned b = sima_deprel_base(c->syn[a].deprel);
    int32_t cand[8];
    uint32_t nc2 = 0;
    if (b == SIMA_DEP_OBL)
      cand[nc2++] = a;
    if (b == SIMA_DEP_OBL || b == SIMA_DEP_OBJ)
      for (int32_t k = c->first_child[a]; k >= 0 && nc2 < 8; k = c->next_sib[k])
        if (sima_deprel_base(c->syn[k].deprel) == SIMA_DEP_NMOD)
          cand[nc2++] = k;
    for (uint32_t ci = 0; ci < nc2 && tgt->n == 0; ci++) {
      int32_t p = cand[ci];
      const char *l = coder_lemma(c, (uint32_t)p);
      if (!l || !coder_has_marker(c, (uint32_t)p, "in") ||
          (strcmp(l, "protest") && strcmp(l, "defiance")))
        continue;
      for (int32_t k = c->first_child[p]; k >= 0 && tgt->n == 0;
           k = c->next_sib[k])
        if (sima_deprel_base(c->syn[k].deprel) == SIMA_DEP_NMOD &&
            (coder_has_marker(c, (uint32_t)k, "against") ||
             coder_has_marker(c, (uint32_t)k, "at") ||
             coder_has_marker(c, (uint32_t)k, "over") ||
             coder_has_marker(c, (uint32_t)k, "of")))
          actors_at(c, (uint32_t)k, tgt);
    }
  }
  for (int32_t d = c->first_child[t]; d >= 0 && tgt->n == 0 && protest;
       d = c->next_sib[d])
    if (sima_deprel_base(c->syn[d].deprel) == SIMA_DEP_OBL &&
        (coder_has_marker(c, (uint32_t)d, "in") ||
         coder_has_marker(c, (uint32_t)d, "outside")) &&
        c->tok2men[d] >= 0) {
      const sima_mention *m = &c->doc->mentions[c->tok2men[d]];
      if (m->country && m->country[0])
        actors_at(c, (uint32_t)d, tgt);
    }
}

/* Is d inside the subtree of t (head chain, at most 24 steps)?  A path
** through a relative clause or a parenthetical does not count: "the group
** that attacked X", "..., X said" are other predications. */
static int under(const coder_ctx *c, uint32_t d, uint32_t t) {
  uint32_t x = d;
  for (int i = 0; i < 24; i++) {
    if (x == t)
      return 1;
    unsigned rel = c->syn[x].deprel;
    if (rel == SIMA_DEP_ACL_RELCL || rel == SIMA_DEP_PARATAXIS)
      return 0;
    int32_t h = c->syn[x].head;
    if (h < 0 || (uint32_t)h >= c->n)
      return 0;
    x = (uint32_t)h;
  }
  return 0;
}

/* Is token x the head of a phrase of place, time or circumstance (its
** case marker: "in", "during", "without", ...)? */
static int circumstance(const coder_ctx *c, uint32_t x) {
  static const char *const loc[] = {
      "across", "after",   "amid",   "among",  "around", "before",
      "beside", "beyond",  "despite", "during", "in",     "inside",
      "near",   "outside", "since",  "through", "throughout", "under",
      "until",  "within",  "without"};
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d]) {
    if (c->syn[d].deprel != SIMA_DEP_CASE)
      continue;
    const char *l = coder_lemma(c, (uint32_t)d);
    for (size_t k = 0; k < sizeof loc / sizeof *loc; k++)
      if (!strcasecmp(loc[k], l))
        return 1;
  }
  return 0;
}

/* RULE C-TARGET-NEAR: when no role path finds a target, the first actor
** after the trigger in its own clause (its subtree) is the target, as in
** TABARI's word-order coding: it recovers targets that a misattached
** phrase hides ("demanded that the Sudanese government end curbs" parsed
** with the government inside a noun compound).  Actors of a speech
** complement, relative clause or parenthetical are not taken. */
/* Is x the head of a phrase of place ("in Jericho", "near the border")? */
static int place_phrase(const coder_ctx *c, uint32_t x) {
  static const char *const pl[] = {"across", "around", "at",      "beside",
                                   "beyond", "in",     "inside",  "near",
                                   "outside", "throughout", "within"};
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_CASE &&
        CODER_IN(pl, coder_lemma(c, (uint32_t)d)))
      return 1;
  return 0;
}

/* RULE C-TARGET-NEAR (limits): a phrase of place, time or circumstance is
** no target, on the verb itself too ("launched the offensive without the
** approval of the government", "arrested a broker in Lima"), except a
** place phrase on the verb of a military or violent act (`place`: roots
** 15, 18-20, aimed at the place by CAMEO's convention: "tanks fired at
** targets in Jericho").  The agent of a participle that modifies a noun
** did the participle's act, not the trigger's target ("relations with
** countries sanctioned by the US"), except for an objection
** (`objection`: roots 11-14 aim at the author of what they object to:
** "struck over a bill signed by the minister"). */
static void near_target(const coder_ctx *c, uint32_t t, uint32_t end,
                        const actor_set *src, actor_set *tgt, int place,
                        int objection) {
  for (uint32_t i = t + 1; i < end && tgt->n == 0; i++) {
    int32_t m = c->tok2men[i];
    if (m < 0 || bare_actor(c, m) || !under(c, i, t))
      continue;
    if (src->n > 0 && same_actor(c->doc->mentions[m].code,
                                 c->doc->mentions[src->men[0]].code))
      continue;
    /* not inside a reported clause of a speech verb, nor inside an
    ** adverbial clause, conjunct or other predication of t: the path
    ** leaves t by an argument (obj, iobj, obl, nmod, xcomp, or the ccomp
    ** of a verb that is not one of speech: "demanded that X ...") and
    ** passes no speech verb */
    int ok = 1;
    for (uint32_t x = i; x != t && ok;) {
      int32_t h = c->syn[x].head;
      if (h < 0 || (uint32_t)h >= c->n)
        break;
      if ((uint32_t)h != t && c->syn[h].upos == SIMA_UPOS_VERB &&
          mood_is_speech(coder_lemma(c, (uint32_t)h)))
        ok = 0;
      /* a place, a time or a circumstance is no target ("in a Lima
      ** district", "without the knowledge of the government") */
      if (circumstance(c, x) &&
          !(place && (uint32_t)h == t && place_phrase(c, x)))
        ok = 0;
      if (!objection && c->syn[x].deprel == SIMA_DEP_OBL_AGENT &&
          sima_deprel_base(c->syn[h].deprel) == SIMA_DEP_ACL)
        ok = 0;
      /* nor inside a noun's clause of content or circumstance
      ** (C-PURPOSE-MARK: "convicted the banker of laundering money for
      ** the cartel") */
      if (c->syn[x].deprel == SIMA_DEP_ACL && (uint32_t)h != t &&
          c->syn[x].upos == SIMA_UPOS_VERB && !purpose_mark(c, x) &&
          c->syn[x].xpos != SIMA_XPOS_VBN)
        ok = 0;
      if ((uint32_t)h == t) {
        unsigned b = sima_deprel_base(c->syn[x].deprel);
        ok = ok &&
             (b == SIMA_DEP_OBJ || b == SIMA_DEP_IOBJ || b == SIMA_DEP_OBL ||
              b == SIMA_DEP_NMOD || b == SIMA_DEP_XCOMP ||
              (b == SIMA_DEP_CCOMP && !mood_is_speech(coder_lemma(c, t)) &&
               strcasecmp(coder_lemma(c, t), "tell") != 0));
      }
      x = (uint32_t)h;
    }
    if (ok)
      actors_at(c, i, tgt);
  }
}

/* RULE C-SOURCE-NEAR: when no role path finds a source (no subject in
** the parse, or one the parser hung elsewhere: "Kenzo Oshima, the UN
** coordinator, demanded ..." parsed with "demanded" as a modifier), the
** nearest actor before the trigger in its sentence is the source, as in
** TABARI.  Only when the parse gives no subject at all, and only an actor
** with no verb between it and the trigger; not one inside a prepositional
** phrase ("in Iraq").  Not for an open complement or a purpose or
** adverbial clause: their subject is inherited (C-XCOMP) or absent. */
static void near_source(const coder_ctx *c, uint32_t t, uint32_t first,
                        actor_set *src) {
  /* only when the parse gives the predicate no subject at all (not a
  ** subject that is no actor), outside relative clauses */
  if (coder_subject(c, t, 0) >= 0 ||
      c->syn[t].deprel == SIMA_DEP_ACL_RELCL)
    return;
  for (uint32_t i = t; i-- > first && src->n == 0;) {
    /* the actor must be in the trigger's stretch of text: no other verb
    ** in between */
    if (c->syn[i].upos == SIMA_UPOS_VERB)
      break;
    int32_t m = c->tok2men[i];
    if (m < 0 || bare_actor(c, m))
      continue;
    /* the mention's head token: the one whose head is outside it */
    const sima_mention *mm = &c->doc->mentions[m];
    uint32_t hd = i;
    for (uint32_t k = mm->first; k < mm->first + mm->count && k < c->n; k++) {
      int32_t h = c->syn[k].head;
      if (h < (int32_t)mm->first || h >= (int32_t)(mm->first + mm->count))
        hd = k;
    }
    int pp = 0; /* any preposition ("out of Nigeria"), not the 's */
    for (int32_t d = c->first_child[hd]; d >= 0 && !pp; d = c->next_sib[d])
      pp = c->syn[d].deprel == SIMA_DEP_CASE &&
           c->syn[d].upos == SIMA_UPOS_ADP;
    if (pp)
      break; /* a prepositional phrase stands between: no guess */
    if (c->syn[hd].head == (int32_t)t && possessive_marked(c, hd))
      break; /* C-POSS-SUBJ: the possessor the parse made t's subject */
    actors_at(c, hd, src);
  }
}

/* Depth of t in its tree (cycles are cut at 64). */
static uint32_t depth_of(const coder_ctx *c, uint32_t t) {
  uint32_t d = 0;
  int32_t h = c->syn[t].head;
  while (h >= 0 && (uint32_t)h < c->n && d < 64) {
    d++;
    h = c->syn[h].head;
  }
  return d;
}

typedef struct order_item {
  uint32_t depth, tok;
} order_item;

static int cmp_order(const void *a, const void *b) {
  const order_item *x = a, *y = b;
  if (x->depth != y->depth)
    return x->depth < y->depth ? -1 : 1;
  return x->tok < y->tok ? -1 : x->tok > y->tok;
}

static int cmp_event(const void *a, const void *b) {
  const sima_event *x = a, *y = b;
  if (x->verb_start != y->verb_start)
    return x->verb_start < y->verb_start ? -1 : 1;
  return 0;
}

/* RULE C-MOOD-COND (target): a threat or announced plan made on a
** condition is aimed at the actor the condition names: "threatened to
** launch an offensive unless Iraq accepted" (IRQ), "will boycott the
** elections unless Algeria changes the law".  The subject of an if/unless
** clause on t, on its open complements or on its head is the target. */
static void cond_target(const coder_ctx *c, uint32_t t, actor_set *tgt) {
  uint32_t preds[4];
  uint32_t np = 0;
  preds[np++] = t;
  for (int32_t d = c->first_child[t]; d >= 0 && np < 3; d = c->next_sib[d])
    if (coder_is_xcomp(c, (uint32_t)d))
      preds[np++] = (uint32_t)d;
  if (coder_is_xcomp(c, t) && c->syn[t].head >= 0 &&
      (uint32_t)c->syn[t].head < c->n && np < 4)
    preds[np++] = (uint32_t)c->syn[t].head;
  for (uint32_t i = 0; i < np && tgt->n == 0; i++)
    for (int32_t d = c->first_child[preds[i]]; d >= 0 && tgt->n == 0;
         d = c->next_sib[d]) {
      if (sima_deprel_base(c->syn[d].deprel) != SIMA_DEP_ADVCL ||
          (!coder_has_marker(c, (uint32_t)d, "if") &&
           !coder_has_marker(c, (uint32_t)d, "unless")))
        continue;
      int32_t s = coder_subject(c, (uint32_t)d, 0);
      if (s >= 0)
        actors_at(c, (uint32_t)s, tgt);
    }
}

/* Nouns that carry the event of their compound modifier: "a mediation
** effort", "a peace mission", "an attack operation" (but "a defence
** pact" is a pact).  Sorted. */
static int is_light_noun(const char *l) {
  static const char *const light[] = {"attempt",  "bid",       "campaign",
                                      "drive",    "effort",    "initiative",
                                      "mission",  "operation", "process"};
  return CODER_IN(light, l);
}

/* Does pattern p aim its act at t's object: its first target path is
** the object, and t has one? */
static int object_target(const coder_ctx *c, uint32_t t,
                         const pat_pattern *p) {
  if (!p->tgt.given || p->tgt.npaths == 0 || p->tgt.paths[0].nsteps != 1 ||
      p->tgt.paths[0].steps[0].id != SIMA_DEP_OBJ ||
      p->tgt.paths[0].steps[0].ncases != 0)
    return 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (sima_deprel_base(coder_lrel(c, (uint32_t)d)) == SIMA_DEP_OBJ) {
      /* "praised each other", "one another": the conjuncts themselves */
      const char *l = coder_lemma(c, (uint32_t)d);
      return !l || (strcasecmp(l, "other") && strcasecmp(l, "another") &&
                    strcasecmp(l, "each") && strcasecmp(l, "one"));
    }
  return 0;
}

/* RULE C-MUTUAL-PARTNER: does t name a partner of its own, a with/against
** phrase ("the FARC and the ELN clashed with the Urabenos")?  Then its
** coordinated subjects acted together on that partner, not on each other,
** even when the partner is no actor ("with each other" excepted). */
static int partner_phrase(const coder_ctx *c, uint32_t t) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    /* (after t: a fronted "With the signing of the accord, ..." is a
    ** circumstance) */
    if (sima_deprel_base(c->syn[d].deprel) != SIMA_DEP_OBL || (uint32_t)d < t ||
        !(coder_has_marker(c, (uint32_t)d, "with") ||
          coder_has_marker(c, (uint32_t)d, "against")))
      continue;
    const char *l = coder_lemma(c, (uint32_t)d);
    if (l && strcasecmp(l, "other") && strcasecmp(l, "another") &&
        strcasecmp(l, "each") && strcasecmp(l, "one"))
      return 1;
  }
  return 0;
}

/* Does t have a military exercise as its object ("held drills",
** "launched 10 days of war games")?  Sorted. */
static int exercise_object(const coder_ctx *c, uint32_t t) {
  static const char *const ex[] = {"drill",     "exercise", "game",
                                   "maneuver",  "manoeuvre", "war-game",
                                   "wargame"};
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    if (sima_deprel_base(coder_lrel(c, (uint32_t)d)) != SIMA_DEP_OBJ)
      continue;
    if (CODER_IN(ex, coder_lemma(c, (uint32_t)d)))
      return 1;
    /* "10 days of war games" */
    for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k])
      if (sima_deprel_base(c->syn[k].deprel) == SIMA_DEP_NMOD &&
          coder_has_marker(c, (uint32_t)k, "of") &&
          CODER_IN(ex, coder_lemma(c, (uint32_t)k)))
        return 1;
  }
  return 0;
}

/* RULE C-GEOGRAPHY: a verb of contact (meet, border, join, touch,
** converge) in the simple present of a "where" clause describes the lie of
** the land, not an event: "the region where Paraguay meets Argentina and
** Brazil", "the point where Peru meets Chile".  Sorted. */
static int geography_clause(const coder_ctx *c, uint32_t t) {
  static const char *const contact[] = {"border", "converge", "join", "meet",
                                        "touch"};
  if (c->syn[t].upos != SIMA_UPOS_VERB ||
      (c->syn[t].xpos != SIMA_XPOS_VBZ && c->syn[t].xpos != SIMA_XPOS_VBP) ||
      !CODER_IN(contact, coder_lemma(c, t)))
    return 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_ADVMOD && (uint32_t)d < t &&
        !strcasecmp(coder_lemma(c, (uint32_t)d), "where"))
      return 1;
  return 0;
}

/* Is mention m a private actor (C-HOST-PRIVATE): civilians, criminals,
** refugees, business, media, farmers, health, labour, education?  Sorted. */
static int private_actor(const coder_ctx *c, int32_t m) {
  static const char *const priv[] = {"AGR", "BUS", "CRM", "CVL", "EDU",
                                     "HLH", "LAB", "MED", "REF"};
  const char *s = c->doc->mentions[m].sector;
  return s && s[0] && CODER_IN(priv, s);
}

/* Is t a predicate that takes a verb's target fallbacks: a verb, or an
** adjective with a copula and a to-complement, which acts as a verb does
** ("Norway is willing to send material to help defend Saudi Arabia")?
** Not an adjective of state ("are responsible for crimes in Mexico", "are
** concerned about the country's role"): its phrases name no target. */
static int clause_predicate(const coder_ctx *c, uint32_t t) {
  if (c->syn[t].upos == SIMA_UPOS_VERB)
    return 1;
  return c->syn[t].upos == SIMA_UPOS_ADJ &&
         child_by(c, t, SIMA_DEP_COP) >= 0 &&
         child_by(c, t, SIMA_DEP_XCOMP) >= 0;
}

/* Codes trigger t with pattern p (matched with ms): applies the
** consumption, derivation (C-DERIVE), roles, mood and emission rules.
** Returns -1 when out of memory, else 0 (whether or not an event came). */
static int code_trigger(coder_ctx *c, const sima_cameo *cameo,
                        const sima_code_opts *opts, sima_doc *doc,
                        event_vec *ev, uint32_t si, uint32_t first_ev,
                        uint32_t t, const pat_pattern *p,
                        const match_state *msp, uint8_t *consumed) {
  match_state ms = *msp;
  /* RULE C-XCOMP: dependents named by the pattern are part of this
  ** event, not events of their own */
  for (uint32_t k = 0; k < ms.nused; k++)
    consumed[ms.used[k]] = 1;
  if (p->null || geography_clause(c, t))
    return 0;
  const char *code = p->code;
  const char *code2 = p->code2;
  if (ms.wild >= 0 && code[0] == '0' && (code[1] == '2' || code[1] == '3')) {
    /* RULE C-DERIVE: a generic appeal or intent ("urged X to ...",
    ** "agreed to ...") takes its sub-code from what the complement
    ** codes: "agreed to allow inspectors" is 0355, "urged China to
    ** release" 0253.  A complement outside roots 04-08 keeps its own
    ** event (mood planned or requested); an intent then codes nothing */
    uint32_t w = (uint32_t)ms.wild;
    match_state ms2;
    const pat_pattern *q = consumed[w] ? NULL : best_pattern(c, w, &ms2, NULL, 0);
    if (q && !q->null) {
      const char *d = code[1] == '2' ? appeal_code(q->code)
                                     : intent_code(q->code);
      if (d) {
        code = d;
        code2 = "";
        consumed[w] = 1;
        for (int32_t x = c->first_child[w]; x >= 0; x = c->next_sib[x])
          if (c->syn[x].deprel == SIMA_DEP_CONJ)
            consumed[x] = 1;
      } else if (code[1] == '3') {
        return 0;
      }
    } else {
      consumed[w] = 1;
    }
  }
  if (code[0] == '1' && code[1] == '0' && p->upos == SIMA_UPOS_VERB) {
    /* RULE C-DERIVE (demands): the cooperative act a demand asks for in
    ** its that-clause ("demanded that the US cancel the sale") is the
    ** demand's content, not an event of its own; the demand keeps its
    ** pattern's code */
    for (int32_t w = c->first_child[t]; w >= 0; w = c->next_sib[w]) {
      if (sima_deprel_base(c->syn[w].deprel) != SIMA_DEP_CCOMP || consumed[w])
        continue;
      match_state ms2;
      const pat_pattern *q = best_pattern(c, (uint32_t)w, &ms2, NULL, 0);
      const char *d = q && !q->null ? demand_code(q->code) : NULL;
      if (!d)
        continue;
      consumed[w] = 1;
      for (int32_t x = c->first_child[w]; x >= 0; x = c->next_sib[x])
        if (c->syn[x].deprel == SIMA_DEP_CONJ)
          consumed[x] = 1;
    }
  }
  mood_info mi;
  mood_analyze(c, t, !(p->flags & PAT_F_NOMOOD), &mi);
  actor_set src, tgt;
  resolve_role(c, t, p->src.given ? &p->src : &c->v->default_src, &src);
  /* RULE C-NOUN-LIGHT: a nominal event in a compound ("a mediation
  ** effort between ...") has its phrases on the compound's head; and one
  ** that is the object of a verb ("launched a mediation effort", "staged
  ** an attack on ...") is done by the verb's subject */
  uint32_t nh = t;
  if (c->syn[t].upos != SIMA_UPOS_VERB &&
      c->syn[t].deprel == SIMA_DEP_COMPOUND && c->syn[t].head >= 0 &&
      (uint32_t)c->syn[t].head < c->n &&
      is_light_noun(coder_lemma(c, (uint32_t)c->syn[t].head)))
    nh = (uint32_t)c->syn[t].head;
  if (src.n == 0 && nh != t)
    resolve_role(c, nh, p->src.given ? &p->src : &c->v->default_src, &src);
  if (src.n == 0 && c->syn[t].upos != SIMA_UPOS_VERB &&
      sima_deprel_base(coder_lrel(c, nh)) == SIMA_DEP_OBJ &&
      c->syn[nh].head >= 0 && (uint32_t)c->syn[nh].head < c->n &&
      c->syn[c->syn[nh].head].upos == SIMA_UPOS_VERB) {
    int32_t sj = coder_subject(c, (uint32_t)c->syn[nh].head, 0);
    if (sj >= 0)
      actors_at(c, (uint32_t)sj, &src);
  }
  if (src.n == 0 || (src.n == 1 && bare_actor(c, src.men[0]))) {
    actor_set sp;
    sp.n = 0;
    speaker_pronoun(c, t, &sp);
    if (sp.n > 0)
      src = sp;
  }
  if (src.n == 0 && c->syn[t].upos == SIMA_UPOS_VERB &&
      !coder_is_passive(c, t) && !coder_is_xcomp(c, t) &&
      sima_deprel_base(c->syn[t].deprel) != SIMA_DEP_ADVCL &&
      !coder_has_marker(c, t, "to"))
    near_source(c, t, c->doc->sents[si].first, &src);
  resolve_role(c, t, p->tgt.given ? &p->tgt : &c->v->default_tgt, &tgt);
  /* a weak target (none, the source itself, or a bare agent that is
  ** somebody's: "offered its troops") lets the fallbacks below look for a
  ** better one; what the pattern's paths or C-PURPOSE found is kept when
  ** they find none.  The fallbacks take no weak target of their own, nor a
  ** word the pattern's constraints named ("joined forces", "deployed
  ** troops": the forces are the act, not its target) */
  if (!p->src.given) /* the subject is the source */
    drop_subjects(c, t, &tgt);
  actor_set weak;
  weak.n = 0;
  if (keep_weak(c, &tgt, &src, &weak))
    tgt.n = 0;
  if (tgt.n == 0 && nh != t) {
    resolve_role(c, nh, p->tgt.given ? &p->tgt : &c->v->default_tgt, &tgt);
    if (keep_weak(c, &tgt, &src, &weak))
      tgt.n = 0;
  }
  /* RULE C-TARGET-DEFAULT: a pattern's own target paths name where its
  ** target usually is; when they find none, the usual places of a verb's
  ** target (object, recipient, to/against/with ... phrase) are tried
  ** ("offered its troops to Lebanon's president") */
  /* a mutual act of coordinated actors with no target of its own
  ** relates them (C-MUTUAL below): no guessing a target for it */
  int croot = (code[0] - '0') * 10 + (code[1] - '0');
  /* RULE C-MUTUAL-VISIT: travellers who go somewhere together ("the
  ** police and army arrived", "the summit was attended by representatives
  ** of Colombia, Mexico and Peru", "Colombia and Mexico have received
  ** billions in aid") do not visit or host each other: a visit or hosting
  ** (042, 043) pairs no coordinated actors (and, as other mutual acts,
  ** guesses no target among them) */
  int visit = !strcmp(code, "042") || !strcmp(code, "043");
  int guess = !(src.n >= 2 && ((code2[0] && strcmp(code, code2) == 0) ||
                               (croot >= 3 && croot <= 6)));
  if (tgt.n == 0 && guess && p->tgt.given && clause_predicate(c, t)) {
    resolve_role(c, t, &c->v->default_tgt, &tgt);
    drop_used(c, &ms, &tgt);
    if (target_weak(c, &tgt, &src, 1))
      tgt.n = 0;
  }
  if (tgt.n == 0 && src.n > 0 && (guess || weak.n == 0)) {
    purpose_target(c, t, &tgt, code[0] == '1' && code[1] == '4');
    if (keep_weak(c, &tgt, &src, &weak))
      tgt.n = 0;
  }
  if (tgt.n == 0 && src.n > 0 && guess &&
      ((code[0] == '1' && code[1] == '3') || mi.uncond == SIMA_MOOD_PLANNED)) {
    cond_target(c, t, &tgt);
    drop_used(c, &ms, &tgt);
    if (target_weak(c, &tgt, &src, 1))
      tgt.n = 0;
  }
  if (tgt.n == 0 && src.n > 0 && guess &&
      (clause_predicate(c, t) || nh != t)) {
    near_target(c, nh, c->doc->sents[si].first + c->doc->sents[si].count,
                &src, &tgt, croot == 15 || croot >= 18,
                croot >= 11 && croot <= 14);
    drop_used(c, &ms, &tgt);
    if (target_weak(c, &tgt, &src, 1))
      tgt.n = 0;
  }
  if (tgt.n == 0)
    tgt = weak;
  /* RULE C-PAIRED: a symmetric pattern with a coordinated subject and
  ** no target ("Egypt and Jordan signed the accord", "X and Y met")
  ** relates the conjuncts to each other */
  /* RULE C-MUTUAL: the same for cooperation (roots 03-06) with no
  ** target: "Jordan and Britain agreed to hold joint exercises" */
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  /* RULE C-MOOD-COND: a condition belongs to the commitment, not to the
  ** act: an appeal, intent, demand or threat made on a condition ("Iran
  ** threatened to launch an offensive unless Baghdad accepted") was made;
  ** and a planned act on a condition announced by a coded speaker ("the
  ** party said it will boycott the elections unless ...", "rebels said
  ** they would meet the mediator if ...") is the conditional threat or
  ** offer C-INTENT and C-THREAT code below.  With no speaker ("Russia
  ** would attack Poland if NATO expanded") it stays hypothetical */
  /* an announcement: no attribution, or one to a coded actor ("the
  ** Albanian embassy said"); "analysts said" is a forecast */
  int own = mi.attr < 0;
  if (!own) {
    uint32_t at;
    own = actor_of(c, (uint32_t)mi.attr, 0, &at) >= 0;
    /* "..., diplomatic sources said": sources report the actor's plan,
    ** they do not forecast it */
    const char *al = coder_lemma(c, (uint32_t)mi.attr);
    if (al && !strcasecmp(al, "source"))
      own = 1;
  }
  /* (not when the commitment itself is the condition: "businesses could
  ** deposit more if they agreed to let authorities monitor them") */
  if (mi.mood == SIMA_MOOD_HYPOTHETICAL && !mi.in_cond) {
    if (root == 2 || root == 3 || root == 10 || root == 13)
      mi.mood = mi.uncond;
    else if (mi.uncond == SIMA_MOOD_PLANNED && mi.attr >= 0 && own)
      mi.mood = SIMA_MOOD_PLANNED;
  }
  /* C-PAIRED / C-MUTUAL below: decided on the act as coded, before a
  ** refusal turns it into a rejection ("Palestinians and Israelis failed
  ** to reach agreement" relates the two) */
  int mutual = (code2[0] && strcmp(code, code2) == 0) ||
               (root >= 3 && root <= 6);
  /* RULE C-MUTUAL (exercises): a military exercise (a root-15 pattern on
  ** an exercise object) held by coordinated actors and aimed at nobody
  ** is their military cooperation, CAMEO 062 ("French and Egyptian
  ** warships launched war games") */
  if (root == 15 && src.n >= 2 && exercise_object(c, t)) {
    int aimed = 0;
    for (uint32_t k = 0; k < tgt.n; k++)
      if (!bare_actor(c, tgt.men[k]))
        aimed = 1;
    if (!aimed) {
      code = "062";
      code2 = "";
      root = 6;
      mutual = 1;
    }
  }
  /* RULE C-REFUSE: a cooperative act (roots 03-08) the source refuses
  ** ("refused to release", "declined to meet", "failed to reach
  ** agreement") or announces it will not do ("said it would not meet the
  ** demands") is a rejection, coded in root 12 and asserted.  A plain
  ** "did not" keeps its code, negated */
  if (mi.negated && src.n > 0 && root >= 3 && root <= 8 &&
      (mi.refused || (mi.mood == SIMA_MOOD_PLANNED && own))) {
    const char *rc = reject_code(code);
    if (rc) {
      code = rc;
      code2 = "";
      mi.negated = 0;
      mi.mood = SIMA_MOOD_ASSERTED;
      root = 12;
    }
  }
  /* RULE C-INTENT, C-THREAT: an announced planned act (no attribution,
  ** or attributed to a coded actor) is an intent (roots 04-08) or a
  ** threat (14-20); the intent or threat is the source's alone, so no
  ** paired code */
  if (mi.mood == SIMA_MOOD_PLANNED && !mi.negated && src.n > 0) {
    const char *mapped = !own                     ? NULL
                         : root >= 4 && root <= 8 ? intent_code(code)
                         : root >= 14             ? threat_code(code)
                                                  : NULL;
    if (mapped) {
      code = mapped;
      code2 = "";
      mi.mood = SIMA_MOOD_ASSERTED;
      root = (code[0] - '0') * 10 + (code[1] - '0');
    }
  }
  int bare_tgt = tgt.n > 0;
  for (uint32_t k = 0; k < tgt.n; k++)
    if (!bare_actor(c, tgt.men[k]))
      bare_tgt = 0;
  /* (not an act whose pattern aims it at its object when that object is
  ** no actor: "US and Mexican officials favored the organization" is
  ** aimed at the organization, not at each other) */
  int aimed_obj = object_target(c, t, p) && tgt.n == 0 &&
                  !(code2[0] && strcmp(code, code2) == 0);
  if ((tgt.n == 0 || bare_tgt) && src.n >= 2 && !visit && !aimed_obj &&
      !partner_phrase(c, t) &&
      (mutual || (code2[0] && strcmp(code, code2) == 0) ||
       (root >= 3 && root <= 6))) {
    for (uint32_t a = 0; a < src.n; a++)
      for (uint32_t b = 0; b < src.n; b++)
        if (a != b && emit(c, cameo, doc, ev, si, first_ev, t, p, code,
                           src.men[a], src.tok[a], src.men[b], src.tok[b],
                           &mi) != 0)
          return -1;
    return 0;
  }
  /* RULE C-DYAD: both actors, unless allowed otherwise */
  int single = opts && opts->allow_single_actor;
  if (src.n == 0 && tgt.n == 0)
    return 0;
  if ((src.n == 0 || tgt.n == 0) && !single)
    return 0;
  if (src.n == 0 && !(opts && opts->allow_single_actor))
    return 0;
  uint32_t ns = src.n ? src.n : 1, nt = tgt.n ? tgt.n : 1;
  for (uint32_t a = 0; a < ns; a++)
    for (uint32_t b = 0; b < nt; b++) {
      int32_t sm = src.n ? src.men[a] : -1, st = src.n ? src.tok[a] : -1;
      int32_t tm = tgt.n ? tgt.men[b] : -1, tt = tgt.n ? tgt.tok[b] : -1;
      if (emit(c, cameo, doc, ev, si, first_ev, t, p, code, sm, st, tm,
               tt, &mi) != 0)
        return -1;
      /* RULE C-PAIRED: the paired code, roles swapped.  RULE
      ** C-HOST-PRIVATE: a place hosts (043) only official visitors: the
      ** trip of a private traveller ("smugglers traveled to Nicaragua",
      ** "migrants arrived in Mexico") is no visit the country hosted */
      if (code2[0] && tm >= 0 &&
          !(!strcmp(code2, "043") && sm >= 0 && private_actor(c, sm)) &&
          emit(c, cameo, doc, ev, si, first_ev, t, p, code2, tm, tt, sm,
               st, &mi) != 0)
        return -1;
    }
  return 0;
}

/* Sectors of people who live where they act (C-AGENT-PLACE): civilians,
** rebels, opposition, workers, students, media, ...; not the state's own
** agents (GOV, MIL: sent abroad), refugees (coded by origin) or NGOs. */
static int placed_sector(const char *s) {
  static const char *const sec[] = {"CVL", "REB", "INS", "OPP", "LAB", "EDU",
                                    "MED", "HLH", "CRM", "REL", "AGR", "BUS"};
  for (size_t i = 0; i < sizeof sec / sizeof *sec; i++)
    if (!strcmp(s, sec[i]))
      return 1;
  return 0;
}

/* The country of the place t's event happens in: an in/at/near oblique
** of t (or of the light noun or verb above a nominal t) naming a place
** ("demonstrated in Kirkuk", "rioted at a jail in Dili").  NULL if none. */
static const char *event_place(const coder_ctx *c, uint32_t t) {
  for (int up = 0; up < 2; up++) {
    for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
      if (sima_deprel_base(c->syn[d].deprel) != SIMA_DEP_OBL ||
          !(coder_has_marker(c, (uint32_t)d, "in") ||
            coder_has_marker(c, (uint32_t)d, "at") ||
            coder_has_marker(c, (uint32_t)d, "near")))
        continue;
      /* the place itself or one a word away ("at a jail in Dili") */
      int32_t x = d;
      for (int k = 0; k < 2 && x >= 0; k++) {
        int32_t m = c->tok2men[x];
        if (m >= 0) {
          const sima_mention *mm = &c->doc->mentions[m];
          return mm->country && mm->country[0] ? mm->country : NULL;
        }
        int32_t nx = -1;
        for (int32_t e = c->first_child[x]; e >= 0; e = c->next_sib[e])
          if (sima_deprel_base(c->syn[e].deprel) == SIMA_DEP_NMOD &&
              coder_has_marker(c, (uint32_t)e, "in"))
            nx = e;
        x = nx;
      }
    }
    if (c->syn[t].upos == SIMA_UPOS_VERB || c->syn[t].head < 0 ||
        (uint32_t)c->syn[t].head >= c->n)
      break;
    t = (uint32_t)c->syn[t].head;
  }
  return NULL;
}

/* Is cty the story's home: mentioned, up to the end of sentence si, at
** least as often as any other country?  ("US police arrested" in an
** article about Honduras is not a domestic arrest.) */
static int home_country(const coder_ctx *c, uint32_t si, const char *cty,
                        int strict) {
  const sima_doc *doc = c->doc;
  uint32_t end = doc->sents[si].first + doc->sents[si].count;
  const char *name[64];
  uint32_t count[64], nc = 0, own = 0, best = 0;
  for (uint32_t i = 0; i < doc->nmentions; i++) {
    const sima_mention *a = &doc->mentions[i];
    if (a->first >= end || !a->code || !a->country || strlen(a->country) != 3)
      continue;
    if (!strcmp(a->country, cty)) {
      own++;
      continue;
    }
    uint32_t k = 0;
    while (k < nc && strcmp(name[k], a->country))
      k++;
    if (k == nc) {
      if (nc == 64)
        continue; /* (more countries than that: the rest are rare) */
      name[nc] = a->country;
      count[nc++] = 0;
    }
    if (++count[k] > best)
      best = count[k];
  }
  return own > 0 && (strict ? own > best : own >= best);
}

/* RULE C-AGENT-PLACE: a bare agent left without a country by C-AGENT-OF
** takes one from the event: a non-state agent (civilians, rebels,
** demonstrators, students, ...) the country of the place the event
** happens in ("ethnic Albanians demonstrated in Serbia", "prisoners
** rioted at a jail in Dili"); a target of the police or the courts, or
** of a state's arrests, bans and repression (codes 171-173, 175), the
** source's country ("Egyptian police opened fire on demonstrators":
** EGYOPP; "the British government outlawed the extremist organization":
** GBRREB), when that country is the story's (home_country); rebels and
** opposition of a government, and the government of protesters, in a
** story about that country alone.  A conjunct shares its first
** conjunct's country ("a Peruvian lawyer and businessman") and refugees
** take that of what they flee.  Refugees (coded by origin), NGOs and
** state agents keep no country from a place, no agent takes one that
** makes the event an actor's on itself, and events of PETRARCH patterns
** keep PETRARCH's bare agents. */
static void agent_place(const coder_ctx *c, sima_doc *doc, event_vec *ev,
                        uint32_t si, uint32_t first_ev) {
  for (uint32_t i = first_ev; i < ev->n; i++) {
    sima_event *e = &ev->ev[i];
    if (e->verb_tok < 0 || (uint32_t)e->verb_tok >= c->n)
      continue;
    /* patterns translated from PETRARCH (`P-`, docs/compat.md) keep its
    ** convention: a bare agent stays bare ("Russian police arrested
    ** students": ---EDU) */
    if (e->rule && e->rule[0] == 'P' && e->rule[1] == '-')
      continue;
    const char *place = event_place(c, (uint32_t)e->verb_tok);
    for (int role = 0; role < 2; role++) {
      sima_actor_ref *r = role == 0 ? &e->source : &e->target;
      const sima_actor_ref *o = role == 0 ? &e->target : &e->source;
      if (!r->code || r->country[0] || strlen(r->code) != 3)
        continue;
      const char *cty = NULL;
      int32_t at = role == 0 ? e->source_tok : e->target_tok;
      /* a conjunct shares its first conjunct's country: "a Peruvian lawyer
      ** and businessman" */
      int32_t cj = at; /* (through a quantity: "and a group of deputies") */
      if (cj >= 0 && (uint32_t)cj < c->n &&
          sima_deprel_base(c->syn[cj].deprel) == SIMA_DEP_NMOD &&
          c->syn[cj].head >= 0 && (uint32_t)c->syn[cj].head < c->n &&
          c->syn[c->syn[cj].head].deprel == SIMA_DEP_CONJ &&
          c->tok2men[c->syn[cj].head] < 0)
        cj = c->syn[cj].head;
      int32_t ch = cj >= 0 && (uint32_t)cj < c->n &&
                           c->syn[cj].deprel == SIMA_DEP_CONJ
                       ? c->syn[cj].head
                       : -1;
      if (ch >= 0 && (uint32_t)ch < c->n && c->tok2men[ch] >= 0) {
        const sima_mention *hm = &c->doc->mentions[c->tok2men[ch]];
        if (hm->country && hm->country[0] && hm->sector && hm->sector[0])
          cty = hm->country;
      }
      /* refugees come from what they flee: "refugees fleeing the civil war
      ** in Liberia" (LBRREF) */
      /* (the participle may hang on the noun above: "aid to refugees
      ** fleeing ...") */
      for (int up = 0; up < 2 && !cty && !strcmp(r->code, "REF") && at >= 0 &&
                       (uint32_t)at < c->n;
           up++) {
        int32_t base = at;
        if (up == 1) {
          if (sima_deprel_base(c->syn[at].deprel) != SIMA_DEP_NMOD ||
              c->syn[at].head < 0)
            break;
          base = c->syn[at].head;
        }
        for (int32_t d = c->first_child[base]; d >= 0 && !cty;
             d = c->next_sib[d]) {
          const char *l = coder_lemma(c, (uint32_t)d);
          if (sima_deprel_base(c->syn[d].deprel) != SIMA_DEP_ACL || !l ||
              (strcmp(l, "flee") && strcmp(l, "escape")))
            continue;
          for (int32_t x = c->first_child[d]; x >= 0 && !cty;
               x = c->next_sib[x]) {
            unsigned b = sima_deprel_base(c->syn[x].deprel);
            int from = coder_has_marker(c, (uint32_t)x, "from") ||
                       coder_has_marker(c, (uint32_t)x, "in");
            if (b != SIMA_DEP_OBJ && !(b == SIMA_DEP_OBL && from))
              continue;
            int32_t y = x; /* the place itself, or the war's: "in Liberia" */
            if (c->tok2men[y] < 0)
              for (int32_t z = c->first_child[x]; z >= 0; z = c->next_sib[z])
                if (sima_deprel_base(c->syn[z].deprel) == SIMA_DEP_NMOD &&
                    c->tok2men[z] >= 0 &&
                    (coder_has_marker(c, (uint32_t)z, "in") ||
                     coder_has_marker(c, (uint32_t)z, "from")))
                  y = z;
            if (c->tok2men[y] >= 0) {
              const sima_mention *pm = &c->doc->mentions[c->tok2men[y]];
              if (pm->country && pm->country[0])
                cty = pm->country;
            }
          }
        }
      }
      /* a place of the agent's own: "civilians near Kabul" */
      if (!cty && placed_sector(r->code) && at >= 0 && (uint32_t)at < c->n)
        for (int32_t d = c->first_child[at]; d >= 0 && !cty;
             d = c->next_sib[d])
          if (sima_deprel_base(c->syn[d].deprel) == SIMA_DEP_NMOD &&
              c->tok2men[d] >= 0 &&
              (coder_has_marker(c, (uint32_t)d, "in") ||
               coder_has_marker(c, (uint32_t)d, "at") ||
               coder_has_marker(c, (uint32_t)d, "near"))) {
            const sima_mention *pm = &c->doc->mentions[c->tok2men[d]];
            if (pm->country && pm->country[0])
              cty = pm->country;
          }
      if (!cty && place && placed_sector(r->code) &&
          (role == 1 || e->root == 14))
        cty = place;
      if (!cty && role == 1 && o->code && o->country[0] &&
          strcmp(r->code, "REF") && strcmp(r->code, "NGO") &&
          strcmp(r->code, "IGO")) {
        int dom = !strcmp(o->sector, "COP") || !strcmp(o->sector, "JUD");
        if (!dom && (!o->sector[0] || !strcmp(o->sector, "GOV")) &&
            e->code[0] == '1' && e->code[1] == '7' &&
            (e->code[2] == '1' || e->code[2] == '2' || e->code[2] == '3' ||
             e->code[2] == '5'))
          dom = 1;
        if (dom && home_country(c, si, o->country, 0))
          cty = o->country;
        /* a government's rebels and opposition are its own ("the
        ** Mozambique government accepted demands from Shona rebels"), in
        ** a story about that country alone */
        if (!cty && (!o->sector[0] || !strcmp(o->sector, "GOV")) &&
            (!strcmp(r->code, "REB") || !strcmp(r->code, "INS") ||
             !strcmp(r->code, "OPP")) &&
            home_country(c, si, o->country, 1))
          cty = o->country;
        /* and the government people protest against or make demands on
        ** is theirs ("Kenyan workers went on strike in protest against the
        ** government's reforms") */
        if (!cty && !strcmp(r->code, "GOV") && o->sector &&
            placed_sector(o->sector) &&
            (e->root == 10 || e->root == 14) &&
            home_country(c, si, o->country, 1))
          cty = o->country;
      }
      /* and the people who protest against or make demands on a
      ** government are its own ("Islamic fundamentalists went on hunger
      ** strike to demand the resignation of the Algerian president"), in
      ** a story about that country alone */
      if (!cty && role == 0 && placed_sector(r->code) && o->code &&
          o->country[0] && o->sector &&
          (!strcmp(o->sector, "GOV") || !strcmp(o->sector, "LEG") ||
           !strcmp(o->sector, "OPP") || !strcmp(o->sector, "ELI") ||
           !strcmp(o->sector, "JUD") || !strcmp(o->sector, "COP")) &&
          (e->root == 10 || e->root == 14) &&
          home_country(c, si, o->country, 1))
        cty = o->country;
      if (!cty || strlen(cty) != 3)
        continue;
      char buf[8];
      snprintf(buf, sizeof buf, "%s%s", cty, r->code);
      /* (not when it would make the event an actor's on itself: "the
      ** Salvadoran police arrested four police officers") */
      if (o->code && same_actor(buf, o->code))
        continue;
      const char *code = sima_arena_strndup(doc->arena, buf, strlen(buf));
      if (!code)
        return;
      r->sector = r->code;
      r->code = code;
      r->country = cty;
    }
  }
  /* one agent, one country: the other events of the sentence on the same
  ** words ("workers marched in Bilbao calling for independence") */
  for (uint32_t i = first_ev; i < ev->n; i++)
    for (int role = 0; role < 2; role++) {
      sima_actor_ref *r = role == 0 ? &ev->ev[i].source : &ev->ev[i].target;
      int32_t at = role == 0 ? ev->ev[i].source_tok : ev->ev[i].target_tok;
      if (!r->code || r->country[0] || strlen(r->code) != 3 || at < 0)
        continue;
      for (uint32_t j = first_ev; j < ev->n; j++) {
        const sima_event *f = &ev->ev[j];
        const sima_actor_ref *q = f->source_tok == at   ? &f->source
                                  : f->target_tok == at ? &f->target
                                                        : NULL;
        if (q && q->code && q->country[0] && q->sector &&
            !strcmp(q->sector, r->code)) {
          const sima_actor_ref *o = role == 0 ? &ev->ev[i].target
                                              : &ev->ev[i].source;
          if (o->code && same_actor(q->code, o->code))
            break;
          r->code = q->code;
          r->country = q->country;
          break;
        }
      }
    }
  /* RULE C-DEDUP once more: agents that took the same country may have
  ** made two events one ("Israeli helicopters and tanks shelled ...") */
  for (uint32_t i = first_ev + 1; i < ev->n; i++) {
    const sima_event *e = &ev->ev[i];
    for (uint32_t j = first_ev; j < i; j++) {
      const sima_event *o = &ev->ev[j];
      if (!strcmp(o->code, e->code) && o->mood == e->mood &&
          o->negated == e->negated &&
          (o->source.code == e->source.code ||
           same_code(o->source.code, e->source.code)) &&
          (o->target.code == e->target.code ||
           same_code(o->target.code, e->target.code))) {
        memmove(&ev->ev[i], &ev->ev[i + 1], (ev->n - i - 1) * sizeof *ev->ev);
        ev->n--;
        i--;
        break;
      }
    }
  }
}

/* Codes one sentence: heads first, each trigger at most one pattern. */
/* RULE C-TABARI (patterns flagged `tabari`: the translation of TABARI and
** PETRARCH1 verb files, pattern.h).  Their coder reads a sentence verb by
** verb and, when a verb's pattern matches, resumes the search past the
** end of that verb's phrase: a verb after it in its phrase is not coded
** ("restore ties ... five years after crowds burned down its embassy":
** no 222).  In the dependency tree the verb phrase is what follows the
** verb in its subtree, less its coordinated and parenthetical clauses
** (conj, parataxis).  fired[] bit 2 marks such a covering verb.  1 if
** token t lies in the phrase of a covering verb before it. */
static int tabari_covered(const coder_ctx *c, const uint8_t *fired,
                          uint32_t t) {
  uint32_t x = t;
  for (int g = 0; g < 64; g++) {
    int32_t h = c->syn[x].head;
    if (h < 0 || (uint32_t)h >= c->n)
      return 0;
    unsigned r = sima_deprel_base(c->syn[x].deprel);
    if ((r == SIMA_DEP_CONJ || r == SIMA_DEP_PARATAXIS) &&
        c->syn[x].upos == SIMA_UPOS_VERB)
      return 0;
    if ((fired[h] & 2) && (uint32_t)h < t)
      return 1;
    x = (uint32_t)h;
  }
  return 0;
}

/* RULE C-TABARI, continued: such a coder takes the target from a noun
** phrase after the verb, "---" when it names no actor; with no noun phrase
** there is no event ("a senior official said today": no 023, "said on
** Saturday": ---).  1 if a noun or pronoun follows verb t in its phrase,
** not a bare time modifier ("today", "Monday" without a preposition). */
static int tabari_np_after(const coder_ctx *c, uint32_t t) {
  for (uint32_t k = t + 1; k < c->n; k++) {
    unsigned up = c->syn[k].upos;
    if (up != SIMA_UPOS_NOUN && up != SIMA_UPOS_PROPN && up != SIMA_UPOS_PRON)
      continue;
    unsigned r = c->syn[k].deprel;
    if (r == SIMA_DEP_OBL_TMOD || r == SIMA_DEP_OBL_UNMARKED ||
        r == SIMA_DEP_NMOD_TMOD || r == SIMA_DEP_OBL_NPMOD ||
        r == SIMA_DEP_NMOD_NPMOD)
      continue;
    uint32_t x = k;
    for (int g = 0; g < 64; g++) {
      int32_t h = c->syn[x].head;
      if (h < 0 || (uint32_t)h >= c->n)
        break;
      unsigned b = sima_deprel_base(c->syn[x].deprel);
      if ((b == SIMA_DEP_CONJ || b == SIMA_DEP_PARATAXIS) &&
          c->syn[x].upos == SIMA_UPOS_VERB)
        break;
      if ((uint32_t)h == t)
        return 1;
      x = (uint32_t)h;
    }
  }
  return 0;
}

static int code_sentence(coder_ctx *c, const sima_cameo *cameo,
                         const sima_code_opts *opts, sima_doc *doc,
                         event_vec *ev, uint32_t si, uint8_t *consumed,
                         uint8_t *fired, order_item *order) {
  const sima_sentence *s = &doc->sents[si];
  uint32_t first_ev = ev->n;
  uint32_t n = 0;
  for (uint32_t i = s->first; i < s->first + s->count && i < c->n; i++) {
    if (c->lid[i] == PAT_NONE)
      continue;
    order[n].depth = depth_of(c, i);
    order[n].tok = i;
    n++;
  }
  qsort(order, n, sizeof *order, cmp_order);
  for (uint32_t oi = 0; oi < n; oi++) {
    uint32_t t = order[oi].tok;
    if (consumed[t] || tabari_covered(c, fired, t))
      continue;
    /* a nominal trigger whose verb already coded an event is part of that
    ** event ("brokered talks between ...": no separate "talks" event) */
    if (c->syn[t].upos != SIMA_UPOS_VERB && c->syn[t].head >= 0 &&
        (uint32_t)c->syn[t].head < c->n && fired[c->syn[t].head])
      continue;
    /* RULE C-REPAIR: a participle still attached as an adjective after the
    ** repairs is one ("the occupied West Bank", "the disputed islands") */
    if (c->syn[t].upos == SIMA_UPOS_VERB && c->syn[t].deprel == SIMA_DEP_AMOD &&
        c->syn[t].xpos == SIMA_XPOS_VBN)
      continue;
    /* (and "in protest" on a phrase of that verb: "went on strike in
    ** protest against ...") */
    if (c->syn[t].upos != SIMA_UPOS_VERB && coder_has_marker(c, t, "in") &&
        c->syn[t].head >= 0 && (uint32_t)c->syn[t].head < c->n) {
      int32_t vh = c->syn[c->syn[t].head].head;
      if (vh >= 0 && (uint32_t)vh < c->n && fired[vh] &&
          c->syn[vh].upos == SIMA_UPOS_VERB)
        continue;
    }
    /* (also through a light noun: "ended mediation efforts between ...") */
    if (c->syn[t].upos != SIMA_UPOS_VERB &&
        c->syn[t].deprel == SIMA_DEP_COMPOUND && c->syn[t].head >= 0 &&
        (uint32_t)c->syn[t].head < c->n &&
        is_light_noun(coder_lemma(c, (uint32_t)c->syn[t].head))) {
      int32_t vh = c->syn[c->syn[t].head].head;
      if (vh >= 0 && (uint32_t)vh < c->n && fired[vh] &&
          c->syn[vh].upos == SIMA_UPOS_VERB)
        continue;
    }
    /* RULE C-SPECIFIC: when the best pattern finds no actors, the next
    ** best is tried (at most 3): a specific pattern's narrow target paths
    ** must not hide a general one that codes the sentence */
    const pat_pattern *tried[3];
    uint32_t ntried = 0;
    while (ntried < 3) {
      match_state ms;
      const pat_pattern *p = best_pattern(c, t, &ms, tried, ntried);
      if (!p)
        break;
      tried[ntried++] = p;
      fired[t] |= (p->flags & PAT_F_TABARI) && !p->null ? 3 : 1;
      uint8_t saved[32];
      for (uint32_t k = 0; k < ms.nused; k++)
        saved[k] = consumed[ms.used[k]];
      uint32_t before = ev->n;
      c->tabari = (p->flags & PAT_F_TABARI) != 0;
      int rc = code_trigger(c, cameo, opts, doc, ev, si, first_ev, t, p, &ms,
                            consumed);
      c->tabari = 0;
      if (rc != 0)
        return -1;
      if ((p->flags & PAT_F_TABARI) && !tabari_np_after(c, t))
        for (uint32_t i = ev->n; i-- > before;)
          if (!ev->ev[i].target.code) {
            memmove(&ev->ev[i], &ev->ev[i + 1],
                    (ev->n - i - 1) * sizeof *ev->ev);
            ev->n--;
          }
      if (ev->n > before || p->null)
        break;
      /* no event: undo this pattern's consumption and try the next */
      for (uint32_t k = ms.nused; k-- > 0;)
        consumed[ms.used[k]] = saved[k];
    }
  }
  /* RULE C-MUST: "X said Y must Z" is X's demand on Y, its sub-code
  ** from Z's own pattern (cooperative acts), else 100 */
  for (uint32_t v = s->first; v < s->first + s->count && v < c->n; v++) {
    int32_t h = c->syn[v].head;
    /* (or the content of a message that a verb delivers: "issued a
    ** reminder to Iraq that it must cooperate": the demand is the
    ** issuer's, addressed to Iraq) */
    int32_t msg = -1;
    if (h >= 0 && (uint32_t)h < c->n && c->syn[h].upos == SIMA_UPOS_NOUN &&
        (c->syn[v].deprel == SIMA_DEP_ACL ||
         sima_deprel_base(c->syn[v].deprel) == SIMA_DEP_CCOMP) &&
        is_must_message(coder_lemma(c, (uint32_t)h)) &&
        sima_deprel_base(c->syn[h].deprel) == SIMA_DEP_OBJ &&
        c->syn[h].head >= 0 && (uint32_t)c->syn[h].head < c->n &&
        c->syn[c->syn[h].head].upos == SIMA_UPOS_VERB) {
      msg = h;
      h = c->syn[h].head;
    } else if (h >= 0 && (uint32_t)h < c->n &&
               c->syn[h].upos == SIMA_UPOS_VERB &&
               sima_deprel_base(c->syn[v].deprel) == SIMA_DEP_CCOMP &&
               !is_must_speech(coder_lemma(c, (uint32_t)h))) {
      /* (the clause hung on the verb: "issued a reminder to Japan that
      ** it must ...", issued --ccomp--> must) */
      for (int32_t d = c->first_child[h]; d >= 0 && msg < 0;
           d = c->next_sib[d])
        if (sima_deprel_base(c->syn[d].deprel) == SIMA_DEP_OBJ &&
            (uint32_t)d < v && is_must_message(coder_lemma(c, (uint32_t)d)))
          msg = d;
      if (msg < 0)
        continue;
    } else if (h < 0 || (uint32_t)h >= c->n ||
               sima_deprel_base(c->syn[v].deprel) != SIMA_DEP_CCOMP ||
               !is_must_speech(coder_lemma(c, (uint32_t)h)))
      continue;
    int must = 0;
    for (int32_t d = c->first_child[v]; d >= 0; d = c->next_sib[d])
      if (c->syn[d].deprel == SIMA_DEP_AUX &&
          (!strcasecmp(coder_lemma(c, (uint32_t)d), "must") ||
           !strcasecmp(coder_lemma(c, (uint32_t)d), "should")))
        must = 1;
    if (!must)
      continue;
    actor_set src, tgt;
    int32_t st = coder_subject(c, (uint32_t)h, 0);
    int32_t tt = coder_subject(c, v, 0);
    src.n = tgt.n = 0;
    if (st >= 0)
      actors_at(c, (uint32_t)st, &src);
    if (tt >= 0)
      actors_at(c, (uint32_t)tt, &tgt);
    /* a message's clause with a pronoun subject ("that it must"): the
    ** demand is on the message's addressee (its to-phrase, or the verb's) */
    if (msg >= 0 && tgt.n == 0 && tt >= 0 &&
        c->syn[tt].upos == SIMA_UPOS_PRON)
      for (int pass = 0; pass < 2 && tgt.n == 0; pass++) {
        uint32_t on = pass == 0 ? (uint32_t)msg : (uint32_t)h;
        for (int32_t d = c->first_child[on]; d >= 0 && tgt.n == 0;
             d = c->next_sib[d])
          if ((sima_deprel_base(c->syn[d].deprel) == SIMA_DEP_NMOD ||
               sima_deprel_base(c->syn[d].deprel) == SIMA_DEP_OBL) &&
              coder_has_marker(c, (uint32_t)d, "to"))
            actors_at(c, (uint32_t)d, &tgt);
      }
    if (src.n == 0 || tgt.n == 0)
      continue;
    const char *code = "100";
    match_state ms2;
    const pat_pattern *q = best_pattern(c, v, &ms2, NULL, 0);
    const char *dc = q && !q->null ? demand_code(q->code) : NULL;
    if (dc) {
      code = dc;
      /* the demanded act is this event, not one of its own */
      for (uint32_t i = first_ev; i < ev->n; i++)
        if (ev->ev[i].verb_tok == (int32_t)v) {
          memmove(&ev->ev[i], &ev->ev[i + 1],
                  (ev->n - i - 1) * sizeof *ev->ev);
          ev->n--;
          i--;
        }
    }
    mood_info mi = {SIMA_MOOD_ASSERTED, 0, -1, SIMA_MOOD_ASSERTED, 0, 0};
    mood_info full;
    mood_analyze(c, (uint32_t)h, 1, &full);
    mi.negated = full.negated;
    mi.mood = full.mood == SIMA_MOOD_REQUESTED ? SIMA_MOOD_ASSERTED : full.mood;
    for (uint32_t a = 0; a < src.n; a++)
      for (uint32_t b = 0; b < tgt.n; b++)
        if (emit(c, cameo, doc, ev, si, first_ev, (uint32_t)h, &must_pattern,
                 code, src.men[a], src.tok[a], tgt.men[b], tgt.tok[b],
                 &mi) != 0)
          return -1;
  }
  agent_place(c, doc, ev, si, first_ev);
  /* text order within the sentence (stable for equal verbs) */
  if (ev->n - first_ev > 1) {
    /* insertion sort keeps equal keys in emission order */
    for (uint32_t i = first_ev + 1; i < ev->n; i++) {
      sima_event tmp = ev->ev[i];
      uint32_t j = i;
      while (j > first_ev && cmp_event(&ev->ev[j - 1], &tmp) > 0) {
        ev->ev[j] = ev->ev[j - 1];
        j--;
      }
      ev->ev[j] = tmp;
    }
  }
  return 0;
}

/* The dictionary lemma of token i: its lemma, or for a verb or noun whose
** lemma no pattern names (a lemmatizer slip: "declined" -> "declin"), the
** form itself or the form less a regular ending (-s, -es, -ed, -d, -ing).
** `y` is the parse read (the tagger's, or the repaired copy); an adjective
** a repair made a verb ("wounded" before "two soldiers") has an
** adjective's lemma, so its form is stripped first. */
static uint32_t token_lemma_id(const sima_verbs *v, const sima_doc *doc,
                               const sima_syntax *y, uint32_t i) {
  unsigned up = y[i].upos;
  int adj_verb = up == SIMA_UPOS_VERB && doc->syn[i].upos == SIMA_UPOS_ADJ;
  uint32_t id = adj_verb ? PAT_NONE : pat_lemma_id(v, y[i].lemma);
  if (id != PAT_NONE || (up != SIMA_UPOS_VERB && up != SIMA_UPOS_NOUN))
    return id;
  const sima_token *tk = &doc->tokens[i];
  char w[64];
  size_t n = tk->len;
  if (n < 3 || n >= sizeof w)
    return id;
  for (size_t k = 0; k < n; k++)
    w[k] = (char)tolower((unsigned char)doc->text[tk->off + k]);
  w[n] = 0;
  if (!adj_verb && (id = pat_lemma_id(v, w)) != PAT_NONE)
    return id;
  static const struct {
    const char *suf, *rep;
  } ends[] = {{"ies", "y"}, {"es", ""}, {"s", ""}, {"ied", "y"},
              {"ed", ""}, {"d", ""}, {"ing", ""}, {"ing", "e"}};
  for (size_t e = 0; e < sizeof ends / sizeof *ends; e++) {
    size_t sl = strlen(ends[e].suf), rl = strlen(ends[e].rep);
    if (n <= sl + 2 || strcmp(w + n - sl, ends[e].suf) != 0)
      continue;
    char x[64];
    memcpy(x, w, n - sl);
    memcpy(x + n - sl, ends[e].rep, rl + 1);
    if ((id = pat_lemma_id(v, x)) != PAT_NONE)
      return id;
  }
  return PAT_NONE;
}

/* Whether token k lies in the subtree of token a (heads within y). */
static int in_subtree(const sima_syntax *y, uint32_t first, uint32_t end,
                    uint32_t k, uint32_t a) {
  int32_t h = (int32_t)k;
  for (int up = 0; up < 32 && h >= (int32_t)first && (uint32_t)h < end;
       up++) {
    if (h == (int32_t)a)
      return 1;
    h = y[h].head;
  }
  return 0;
}

/* "Mordor, Rohan, Fornost and Bree welcomed ...", parsed with two nsubj
** of one verb (Mordor <- Rohan; Fornost <- Bree): the second subject,
** right after a comma that ends the first one's list, is a conjunct of
** the first, and its own conjuncts move up with it (RULE C-COMPOUND);
** a name right before the second subject's phrase modifies it. */
static void repair_split_subject(const sima_doc *doc, sima_syntax *y,
                                 uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t s2 = first + 1; s2 < end; s2++) {
    if (sima_deprel_base(y[s2].deprel) != SIMA_DEP_NSUBJ)
      continue;
    int32_t v = y[s2].head;
    if (v <= (int32_t)s2 || (uint32_t)v >= end)
      continue;
    int32_t s1 = -1;
    for (uint32_t k = first; k < s2; k++)
      if (y[k].head == v && sima_deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
        s1 = (int32_t)k;
    if (s1 < 0)
      continue;
    /* the first word of s2's phrase that is not punctuation */
    uint32_t p = s2;
    while (p > (uint32_t)s1 + 1 && in_subtree(y, first, end, p - 1, s2) &&
           y[p - 1].upos != SIMA_UPOS_PUNCT)
      p--;
    if (p - 1 == (uint32_t)s1 && y[s1].upos == SIMA_UPOS_PROPN &&
        y[s2].upos == SIMA_UPOS_PROPN) {
      /* "Fornost President Umbardacil has appealed", parsed with Fornost
      ** as a second (passive) subject: a name right before the subject's
      ** phrase modifies it */
      y[s1].head = (int32_t)s2;
      y[s1].deprel = SIMA_DEP_COMPOUND;
      continue;
    }
    const sima_token *cm = &doc->tokens[p - 1];
    if (p - 1 <= (uint32_t)s1 || cm->len != 1 || doc->text[cm->off] != ',')
      continue;
    uint32_t k = (uint32_t)s1 + 1;
    while (k < p - 1 && (in_subtree(y, first, end, k, (uint32_t)s1) ||
                         y[k].upos == SIMA_UPOS_PUNCT))
      k++;
    if (k < p - 1)
      continue;
    for (uint32_t j = first; j < end; j++)
      if (y[j].head == (int32_t)s2 && y[j].deprel == SIMA_DEP_CONJ)
        y[j].head = s1;
    y[s2].head = s1;
    y[s2].deprel = SIMA_DEP_CONJ;
  }
  /* "Mordor, Rohan, Fornost and Bree" parsed as a chain (Bree a conjunct
  ** of Fornost, itself one of Mordor): names of one list are conjuncts
  ** of its first */
  for (uint32_t j = first; j < end; j++) {
    int32_t h = y[j].head;
    if (y[j].deprel != SIMA_DEP_CONJ || y[j].upos != SIMA_UPOS_PROPN ||
        h < (int32_t)first || (uint32_t)h >= end ||
        y[h].deprel != SIMA_DEP_CONJ || y[h].upos != SIMA_UPOS_PROPN)
      continue;
    int32_t g = y[h].head;
    if (g >= (int32_t)first && (uint32_t)g < end && g < h &&
        y[g].upos == SIMA_UPOS_PROPN)
      y[j].head = g;
  }
}

/* RULE C-REPAIR: a frequent misparse of news sentences makes the main verb
** an adjective of its object ("The EU imposed sanctions on Russia":
** imposed --amod--> sanctions, the root).  A finite verb (VBD/VBZ/VBP)
** attached by amod to a later noun is re-attached as the head: the noun
** becomes its object, the noun's prepositional modifiers after it its
** obliques, and a noun before the verb (the noun's own head, or a compound
** or possessor of it) its subject.  Works on a copy: doc->syn is kept. */
static void repair_parse(sima_syntax *y, uint32_t first, uint32_t count) {
  for (uint32_t v = first; v < first + count; v++) {
    unsigned xp = y[v].xpos;
    if (y[v].upos != SIMA_UPOS_VERB || y[v].deprel != SIMA_DEP_AMOD ||
        (xp != SIMA_XPOS_VBD && xp != SIMA_XPOS_VBZ && xp != SIMA_XPOS_VBP &&
         xp != SIMA_XPOS_VBN))
      continue;
    int32_t n = y[v].head;
    if (n <= (int32_t)v || (uint32_t)n >= first + count ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN))
      continue;
    int has_subj = 0;
    for (uint32_t k = first; k < first + count; k++)
      if (y[k].head == (int32_t)v &&
          sima_deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
        has_subj = 1;
    int32_t nh = y[n].head;
    /* a VBN is often a true participle adjective ("the imposed
    ** sanctions"): only with a subject, or right after the noun that
    ** heads its object ("police arrested citizens") */
    /* (or right after the comma closing an apposition of that noun's
    ** head: "Kenzo Oshima, the UN relief coordinator, demanded parties
    ** to the conflict to allow ...") */
    int after_appos = 0;
    if (v > first + 1 && y[v - 1].upos == SIMA_UPOS_PUNCT) {
      int32_t ap = y[v - 1].head;
      after_appos = ap >= (int32_t)first && ap < (int32_t)v - 1 &&
                    y[ap].deprel == SIMA_DEP_APPOS && y[ap].head == nh;
    }
    if (xp == SIMA_XPOS_VBN && !has_subj && !after_appos &&
        !(v > first && nh == (int32_t)v - 1 &&
          (y[v - 1].upos == SIMA_UPOS_NOUN || y[v - 1].upos == SIMA_UPOS_PROPN)))
      continue;
    if (!has_subj && nh >= (int32_t)first && nh < (int32_t)v &&
        (y[nh].upos == SIMA_UPOS_NOUN || y[nh].upos == SIMA_UPOS_PROPN)) {
      /* "Chinese police arrested Canadian citizens": police is the root */
      y[v].head = y[nh].head;
      y[v].deprel = y[nh].deprel;
      y[nh].head = (int32_t)v;
      y[nh].deprel = SIMA_DEP_NSUBJ;
      has_subj = 1;
    } else {
      y[v].head = nh;
      y[v].deprel = y[n].deprel;
      /* the subject of a speech verb with a speaker of its own ("The
      ** Angolan government held talks with rebels, Zambian officials
      ** said"): the verb is the reported clause, and the speech verb's
      ** phrases before the speaker are its */
      if (nh >= (int32_t)first && nh < (int32_t)(first + count) &&
          sima_deprel_base(y[n].deprel) == SIMA_DEP_NSUBJ && y[nh].lemma &&
          mood_is_speech(y[nh].lemma)) {
        int32_t sj = -1;
        for (uint32_t k = (uint32_t)n + 1; k < first + count && sj < 0; k++)
          if (y[k].head == nh &&
              sima_deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
            sj = (int32_t)k;
        if (sj >= 0) {
          y[v].deprel = SIMA_DEP_CCOMP;
          for (int32_t k = n + 1; k < sj; k++)
            if (y[k].head == nh && y[k].deprel != SIMA_DEP_PUNCT &&
                y[k].deprel != SIMA_DEP_CC)
              y[k].head = (int32_t)v;
        }
      }
    }
    y[n].head = (int32_t)v;
    y[n].deprel = SIMA_DEP_OBJ;
    for (uint32_t k = first; k < first + count; k++) {
      if (y[k].head != n)
        continue;
      unsigned b = sima_deprel_base(y[k].deprel);
      int of = 0; /* "the policy of Russia" stays on the noun */
      for (uint32_t m = first; m < first + count; m++)
        if (y[m].head == (int32_t)k && y[m].deprel == SIMA_DEP_CASE &&
            y[m].lemma && !strcasecmp(y[m].lemma, "of"))
          of = 1;
      if (k > (uint32_t)n && b == SIMA_DEP_NMOD && !of &&
          y[k].deprel != SIMA_DEP_NMOD_POSS) {
        y[k].head = (int32_t)v;
        y[k].deprel = SIMA_DEP_OBL;
      } else if (k < v && !has_subj &&
                 (y[k].upos == SIMA_UPOS_PROPN || y[k].upos == SIMA_UPOS_NOUN) &&
                 (b == SIMA_DEP_COMPOUND || b == SIMA_DEP_NMOD)) {
        y[k].head = (int32_t)v;
        y[k].deprel = SIMA_DEP_NSUBJ;
        has_subj = 1;
      }
    }
  }
}

/* Intransitive verbs of collective action or state (no passive reading).
** Sorted. */
static int is_collective_verb(const char *l) {
  static const char *const cv[] = {
      "arrive", "clash", "demonstrate", "flee",  "gather", "march", "mutiny",
      "rally",  "rebel", "remain",      "resign", "riot",  "stay",  "walk_out"};
  if (!l)
    return 0;
  for (size_t i = 0; i < sizeof cv / sizeof *cv; i++)
    if (!strcmp(l, cv[i]))
      return 1;
  return 0;
}

/* RULE C-REPAIR (participle): the tagger often reads a main verb in the
** past as a participle modifying its subject ("Israeli soldiers arrested
** more than 100 Palestinians": soldiers --acl--> arrested).  A passive
** participle takes no direct object, so a VBN/VBD `acl` with an object
** (obj, or an obl:agent without a preposition) and no subject or
** auxiliary of its own is the finite verb: it takes the noun's place and
** the noun becomes its subject.  When the noun was the subject of a later
** speech verb that has a subject of its own ("..., military sources
** said"), the verb becomes that verb's reported clause (ccomp).  An
** intransitive verb of collective action ("Hundreds of students rallied
** in Serbia") needs no object when the noun is the root or a speaker's
** subject. */
static int is_time_word(const char *l);
static void repair_participle(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first; v < end; v++) {
    if (y[v].upos != SIMA_UPOS_VERB || y[v].deprel != SIMA_DEP_ACL ||
        (y[v].xpos != SIMA_XPOS_VBN && y[v].xpos != SIMA_XPOS_VBD))
      continue;
    int32_t n = y[v].head;
    if (n < (int32_t)first || n >= (int32_t)v ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN))
      continue;
    int obj = 0, own = 0;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head != (int32_t)v)
        continue;
      unsigned b = sima_deprel_base(y[k].deprel);
      if (b == SIMA_DEP_NSUBJ || b == SIMA_DEP_AUX || b == SIMA_DEP_MARK ||
          b == SIMA_DEP_CSUBJ)
        own = 1;
      if (k > v && (y[k].deprel == SIMA_DEP_OBJ ||
                    y[k].deprel == SIMA_DEP_OBL_AGENT)) {
        int cased = 0;
        for (uint32_t m = first; m < end; m++)
          if (y[m].head == (int32_t)k && y[m].deprel == SIMA_DEP_CASE)
            cased = 1;
        if (!cased)
          obj = 1;
      }
      /* (or "called on X to ...": "on" right after "called", with the
      ** appeal's to-clause on X or on the verb, has no passive reading) */
      if (k > v + 1 && sima_deprel_base(y[k].deprel) == SIMA_DEP_OBL &&
          y[v].lemma && !strcasecmp(y[v].lemma, "call") && y[v + 1].lemma &&
          (!strcasecmp(y[v + 1].lemma, "on") ||
           !strcasecmp(y[v + 1].lemma, "upon")) &&
          y[v + 1].head == (int32_t)k && y[k].lemma &&
          !is_time_word(y[k].lemma))
        for (uint32_t m = first; m < end; m++)
          if ((y[m].head == (int32_t)k || y[m].head == (int32_t)v) && m > k &&
              y[m].upos == SIMA_UPOS_VERB)
            for (uint32_t q = k + 1; q < m; q++)
              if (y[q].head == (int32_t)m && y[q].deprel == SIMA_DEP_MARK &&
                  y[q].lemma && !strcasecmp(y[q].lemma, "to"))
                obj = 1;
      /* (or a conjunct verb with the object: "doctors donated and
      ** delivered goods to ...") */
      if (k > v && y[k].deprel == SIMA_DEP_CONJ && y[k].upos == SIMA_UPOS_VERB)
        for (uint32_t m = k + 1; m < end; m++)
          if (y[m].head == (int32_t)k && y[m].deprel == SIMA_DEP_OBJ)
            obj = 1;
    }
    /* a noun inside a prepositional phrase is no subject ("according to
    ** witnesses, shelled Gaza") */
    int pp = 0;
    for (uint32_t k = first; k < end && obj; k++)
      if (y[k].head == n && y[k].deprel == SIMA_DEP_CASE)
        pp = 1;
    /* ... unless it modifies the root noun before it, the subject then
    ** ("Doctors from two American aid groups donated ...") */
    if (pp && sima_deprel_base(y[n].deprel) == SIMA_DEP_NMOD &&
        y[n].head >= (int32_t)first && y[n].head < n && y[y[n].head].head < 0 &&
        (y[y[n].head].upos == SIMA_UPOS_NOUN ||
         y[y[n].head].upos == SIMA_UPOS_PROPN)) {
      n = y[n].head;
      pp = 0;
    }
    if (pp)
      obj = 0;
    /* an intransitive verb of collective action has no passive: "Hundreds
    ** of students rallied in Serbia" (Hundreds --acl--> rallied) is the
    ** sentence's verb when the noun is the root or a speaker's subject */
    if (!obj && !own && is_collective_verb(y[v].lemma)) {
      /* (through a quantity: "Thousands of workers marched") */
      if (sima_deprel_base(y[n].deprel) == SIMA_DEP_NMOD && y[n].head >= 0 &&
          y[n].head >= (int32_t)first && y[n].head < n &&
          (y[y[n].head].upos == SIMA_UPOS_NOUN ||
           y[y[n].head].upos == SIMA_UPOS_NUM))
        n = y[n].head;
      int32_t h = y[n].head;
      obj = h < 0 ||
            (h >= (int32_t)first && h < (int32_t)end &&
             (sima_deprel_base(y[n].deprel) == SIMA_DEP_NSUBJ ||
              y[n].deprel == SIMA_DEP_CCOMP) &&
             y[h].upos == SIMA_UPOS_VERB && y[h].lemma &&
             mood_is_speech(y[h].lemma));
    }
    if (!obj || own)
      continue;
    int32_t nh = y[n].head;
    unsigned nrel = y[n].deprel;
    y[v].head = nh;
    y[v].deprel = (uint16_t)nrel;
    if (nh >= (int32_t)first && nh < (int32_t)end &&
        sima_deprel_base(nrel) == SIMA_DEP_NSUBJ &&
        y[nh].upos == SIMA_UPOS_VERB && y[nh].lemma &&
        mood_is_speech(y[nh].lemma)) {
      int32_t sj = -1;
      for (uint32_t k = first; k < end; k++)
        if (k != (uint32_t)n && y[k].head == nh &&
            sima_deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ) {
          y[v].deprel = SIMA_DEP_CCOMP;
          if (k > v && sj < 0)
            sj = (int32_t)k;
        }
      /* the speech verb's phrases between the reported verb and the
      ** speaker belong to the reported clause ("Thousands demonstrated
      ** in Kirkuk calling for independence, witnesses said") */
      for (int32_t k = (int32_t)v + 1; k < sj; k++)
        if (y[k].head == nh && y[k].deprel != SIMA_DEP_PUNCT &&
            y[k].deprel != SIMA_DEP_CC)
          y[k].head = (int32_t)v;
    }
    y[n].head = (int32_t)v;
    y[n].deprel = SIMA_DEP_NSUBJ;
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == (int32_t)v && y[k].deprel == SIMA_DEP_OBL_AGENT)
        y[k].deprel = SIMA_DEP_OBJ;
  }
}

/* RULE C-REPAIR (preposition): "complained to the UN over two Israeli air
** raids" is often parsed with "over" an adverb of the verb and the raids a
** bare oblique.  A preposition tagged as an adverb right before a noun
** phrase that is an oblique of the same verb without a case of its own is
** that oblique's case. */
static void repair_adv_case(sima_syntax *y, uint32_t first, uint32_t count) {
  static const char *const preps[] = {"about", "against", "over"};
  uint32_t end = first + count;
  for (uint32_t a = first; a + 1 < end; a++) {
    if (y[a].upos != SIMA_UPOS_ADV || y[a].deprel != SIMA_DEP_ADVMOD ||
        !y[a].lemma)
      continue;
    int isprep = 0;
    for (size_t i = 0; i < sizeof preps / sizeof *preps; i++)
      if (!strcmp(y[a].lemma, preps[i]))
        isprep = 1;
    if (!isprep)
      continue;
    int32_t h = y[a].head;
    /* the noun phrase right after: every token up to its head hangs below
    ** that head */
    for (uint32_t k = a + 1; k < end && k < a + 8; k++) {
      int32_t x = (int32_t)k;
      if (y[k].head == h) {
        if (sima_deprel_base(y[k].deprel) != SIMA_DEP_OBL ||
            (y[k].upos != SIMA_UPOS_NOUN && y[k].upos != SIMA_UPOS_PROPN))
          break;
        int cased = 0, inside = 1;
        for (uint32_t m = first; m < end; m++)
          if (y[m].head == x &&
              (y[m].deprel == SIMA_DEP_CASE || y[m].deprel == SIMA_DEP_MARK))
            cased = 1;
        for (uint32_t m = a + 1; m < k && inside; m++) {
          int32_t z = y[m].head;
          for (int i = 0; i < 4 && z >= 0 && z != x; i++)
            z = y[z].head;
          inside = z == x;
        }
        if (!cased && inside) {
          y[a].head = x;
          y[a].deprel = SIMA_DEP_CASE;
          y[a].upos = SIMA_UPOS_ADP;
          y[a].xpos = SIMA_XPOS_IN;
        }
        break;
      }
    }
  }
}

/* RULE C-REPAIR (particle): "handed over 700 kg of medicine" is often
** parsed with "over" on the number ("over 700": more than) or as the case
** of the object ("handed over medicine" as "hand" + "over medicine").
** Right after hand, turn or take, "over" is the verb's particle; the
** phrase it opened is the object. */
static void repair_particle_over(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first; v + 2 < end; v++) {
    uint32_t a = v + 1;
    if (y[v].upos != SIMA_UPOS_VERB || !y[v].lemma || !y[a].lemma ||
        strcmp(y[a].lemma, "over") ||
        (strcmp(y[v].lemma, "hand") && strcmp(y[v].lemma, "turn") &&
         strcmp(y[v].lemma, "take")))
      continue;
    int32_t h = y[a].head;
    if (h <= (int32_t)a || h >= (int32_t)end)
      continue;
    int32_t o = -1;
    if (y[a].deprel == SIMA_DEP_ADVMOD && y[h].upos == SIMA_UPOS_NUM &&
        y[h].head >= 0 && y[y[h].head].head == (int32_t)v &&
        y[y[h].head].deprel == SIMA_DEP_OBJ)
      o = y[h].head; /* "handed over 700 kg": over --advmod--> 700 */
    else if (y[a].deprel == SIMA_DEP_CASE && y[h].head == (int32_t)v &&
             sima_deprel_base(y[h].deprel) == SIMA_DEP_OBL &&
             (y[h].upos == SIMA_UPOS_NOUN || y[h].upos == SIMA_UPOS_PROPN)) {
      int has_obj = 0;
      for (uint32_t k = first; k < end; k++)
        if (y[k].head == (int32_t)v && y[k].deprel == SIMA_DEP_OBJ)
          has_obj = 1;
      if (has_obj)
        continue;
      o = h; /* "handed over medicine": over --case--> medicine */
      y[o].deprel = SIMA_DEP_OBJ;
    }
    if (o < 0)
      continue;
    y[a].head = (int32_t)v;
    y[a].deprel = SIMA_DEP_COMPOUND_PRT;
    y[a].upos = SIMA_UPOS_ADP;
  }
}

/* RULE C-REPAIR (to hand over): "agreed to hand over the suspects",
** "refused to hand over the fugitives to Turkey" is often parsed with
** "hand" a noun in a to-phrase of the verb and "over" the case of the
** next noun.  "to hand" right before over, back or out is the verb's
** open complement, "to" its marker, and the verb's later objects and
** phrases are its own (the particle repair then takes "over"). */
static void repair_to_hand(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t k = first + 1; k + 1 < end; k++) {
    uint32_t a = k + 1;
    int32_t v = y[k].head;
    if (y[k].upos != SIMA_UPOS_NOUN || !y[k].lemma ||
        strcmp(y[k].lemma, "hand") || !y[k - 1].lemma ||
        strcmp(y[k - 1].lemma, "to") || y[k - 1].head != (int32_t)k ||
        !y[a].lemma ||
        (strcmp(y[a].lemma, "over") && strcmp(y[a].lemma, "back") &&
         strcmp(y[a].lemma, "out")) ||
        sima_deprel_base(y[k].deprel) != SIMA_DEP_OBL || v < (int32_t)first ||
        v >= (int32_t)k || y[v].upos != SIMA_UPOS_VERB)
      continue;
    y[k].upos = SIMA_UPOS_VERB;
    y[k].xpos = SIMA_XPOS_VB;
    y[k].deprel = SIMA_DEP_XCOMP;
    y[k - 1].upos = SIMA_UPOS_PART;
    y[k - 1].xpos = SIMA_XPOS_TO;
    y[k - 1].deprel = SIMA_DEP_MARK;
    for (uint32_t m = a; m < end; m++) {
      unsigned b = sima_deprel_base(y[m].deprel);
      if (y[m].head == v &&
          (b == SIMA_DEP_OBJ || b == SIMA_DEP_IOBJ || b == SIMA_DEP_OBL))
        y[m].head = (int32_t)k;
    }
    if (y[a].deprel != SIMA_DEP_CASE) {
      /* "to hand over to Britain ...": over --advmod--> ... */
      y[a].head = (int32_t)k;
      y[a].deprel = SIMA_DEP_COMPOUND_PRT;
      y[a].upos = SIMA_UPOS_ADP;
    }
  }
}

/* RULE C-REPAIR (coordination): "Benin opened its borders ..., but was
** still refusing admittance to Ghanaians, police said" is often parsed
** with the second verb a second reported clause of "said".  A clause
** with a coordinating conjunction, no subject of its own, and an earlier
** sibling clause of the same relation that has one, is that clause's
** conjunct (it shares its subject, C-CONJ-VERB). */
static void repair_clause_conj(sima_syntax *y, uint32_t first,
                               uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first; v < end; v++) {
    if (y[v].upos != SIMA_UPOS_VERB ||
        (y[v].deprel != SIMA_DEP_CCOMP && y[v].deprel != SIMA_DEP_PARATAXIS))
      continue;
    int cc = 0, subj = 0;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head != (int32_t)v)
        continue;
      if (y[k].deprel == SIMA_DEP_CC && k < v)
        cc = 1;
      unsigned b = sima_deprel_base(y[k].deprel);
      if (b == SIMA_DEP_NSUBJ || b == SIMA_DEP_CSUBJ || b == SIMA_DEP_EXPL)
        subj = 1;
    }
    if (!cc || subj)
      continue;
    for (uint32_t w = v; w-- > first;) {
      if (y[w].head != y[v].head || y[w].upos != SIMA_UPOS_VERB ||
          y[w].deprel != y[v].deprel)
        continue;
      int ws = 0;
      for (uint32_t k = first; k < w; k++)
        if (y[k].head == (int32_t)w &&
            sima_deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
          ws = 1;
      if (ws) {
        y[v].head = (int32_t)w;
        y[v].deprel = SIMA_DEP_CONJ;
      }
      break;
    }
  }
}

/* RULE C-REPAIR (neighboring): "withdraw its troops from neighboring
** Lebanon" is often parsed with "neighboring" a verb heading a clause
** ("from" its mark, Lebanon its object).  The object is the phrase (an
** oblique or modifier where the verb was an adverbial or adnominal clause)
** and "neighboring" its adjective. */
static void repair_neighboring(sima_syntax *y, uint32_t first,
                               uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t w = first; w < end; w++) {
    if (y[w].upos != SIMA_UPOS_VERB || y[w].xpos != SIMA_XPOS_VBG ||
        !y[w].lemma ||
        (strcmp(y[w].lemma, "neighbor") && strcmp(y[w].lemma, "neighbour")))
      continue;
    unsigned rb = sima_deprel_base(y[w].deprel);
    if (rb != SIMA_DEP_ADVCL && rb != SIMA_DEP_ACL)
      continue;
    int32_t o = -1;
    for (uint32_t k = w + 1; k < end && o < 0; k++)
      if (y[k].head == (int32_t)w && y[k].deprel == SIMA_DEP_OBJ &&
          (y[k].upos == SIMA_UPOS_PROPN || y[k].upos == SIMA_UPOS_NOUN))
        o = (int32_t)k;
    if (o < 0)
      continue;
    int32_t h = y[w].head;
    y[o].head = h;
    y[o].deprel = rb == SIMA_DEP_ADVCL ? SIMA_DEP_OBL : SIMA_DEP_NMOD;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head != (int32_t)w || k == (uint32_t)o)
        continue;
      if (y[k].deprel == SIMA_DEP_MARK || y[k].deprel == SIMA_DEP_CASE) {
        y[k].head = o;
        y[k].deprel = SIMA_DEP_CASE;
      } else if (y[k].deprel != SIMA_DEP_PUNCT) {
        y[k].head = h;
      }
    }
    y[w].head = o;
    y[w].deprel = SIMA_DEP_AMOD;
    y[w].upos = SIMA_UPOS_ADJ;
    y[w].xpos = SIMA_XPOS_JJ;
  }
}

/* Is `l` a bare time word that can stand as an adverbial noun phrase
** ("today", "Monday")?  Sorted. */
static int is_time_word(const char *l) {
  static const char *const tw[] = {
      "friday",  "monday",   "saturday", "sunday",   "thursday", "today",
      "tomorrow", "tonight", "tuesday",  "wednesday", "yesterday"};
  return CODER_IN(tw, l);
}

/* RULE C-REPAIR (time word): "Gaddafi and Zhivkov today signed a treaty"
** is often parsed with "today" as the subject and the real subject hung
** on the verb as an unmarked oblique or modifier.  A time word that is
** the verb's nsubj, with an earlier noun dependent of the verb that has
** no preposition, swaps roles with that noun.  A time word subject of a
** relative clause on the noun right before it ("Syrian officers today
** ended ...": officers --acl:relcl--> ended) marks the clause as the
** sentence's verb: it takes the noun's place (root, or the reported
** clause of a speech verb) and the noun becomes its subject.  An
** apposition of a time word right after the verb is the verb's object
** ("rejected Thursday a United Nations appeal"). */
static void repair_time_subject(sima_syntax *y, uint32_t first,
                                uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t d = first; d < end; d++) {
    if (y[d].deprel != SIMA_DEP_NSUBJ || !y[d].lemma ||
        !is_time_word(y[d].lemma))
      continue;
    int32_t v = y[d].head;
    if (v < (int32_t)first || v >= (int32_t)end)
      continue;
    int32_t e = -1;
    for (uint32_t k = first; k < d; k++) {
      if (y[k].head != v ||
          (y[k].upos != SIMA_UPOS_NOUN && y[k].upos != SIMA_UPOS_PROPN))
        continue;
      unsigned r = y[k].deprel;
      if (r != SIMA_DEP_OBL_UNMARKED && r != SIMA_DEP_OBL_TMOD &&
          r != SIMA_DEP_OBL && r != SIMA_DEP_NMOD_TMOD && r != SIMA_DEP_DEP &&
          r != SIMA_DEP_NMOD_UNMARKED)
        continue;
      int cased = 0;
      for (uint32_t m = first; m < end; m++)
        if (y[m].head == (int32_t)k && y[m].deprel == SIMA_DEP_CASE)
          cased = 1;
      if (!cased)
        e = (int32_t)k;
    }
    int other = 0; /* "Klibi today urged": two subjects, one a time word */
    for (uint32_t k = first; k < d; k++)
      if (y[k].head == v && sima_deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ &&
          (y[k].upos == SIMA_UPOS_NOUN || y[k].upos == SIMA_UPOS_PROPN ||
           y[k].upos == SIMA_UPOS_ADJ))
        other = 1;
    /* "Syrian officers today ended ...": the verb parsed as a relative
    ** clause of its subject right before the time word; the verb takes the
    ** noun's place and the noun is its subject */
    int32_t n = y[v].head;
    if (e < 0 && !other && y[v].deprel == SIMA_DEP_ACL_RELCL &&
        (uint32_t)n + 1 == d && y[v].upos == SIMA_UPOS_VERB &&
        (y[n].upos == SIMA_UPOS_NOUN || y[n].upos == SIMA_UPOS_PROPN) &&
        (y[n].head < 0 ||
         (sima_deprel_base(y[n].deprel) == SIMA_DEP_NSUBJ &&
          y[n].head >= (int32_t)first && y[n].head < (int32_t)end &&
          y[y[n].head].lemma && mood_is_speech(y[y[n].head].lemma)))) {
      y[v].head = y[n].head;
      y[v].deprel = y[n].head < 0 ? SIMA_DEP_ROOT : SIMA_DEP_CCOMP;
      y[n].head = v;
      y[n].deprel = SIMA_DEP_NSUBJ;
      y[d].deprel = SIMA_DEP_OBL_TMOD;
      continue;
    }
    if (e < 0 && !other)
      continue;
    if (e >= 0)
      y[e].deprel = SIMA_DEP_NSUBJ;
    y[d].deprel = SIMA_DEP_OBL_TMOD;
  }
  /* "Beirut rejected Thursday a United Nations appeal": the object parsed
  ** as an apposition of the time word right after the verb */
  for (uint32_t d = first + 1; d < end; d++) {
    int32_t v = y[d].head;
    if (!y[d].lemma || !is_time_word(y[d].lemma) || v != (int32_t)d - 1 ||
        y[v].upos != SIMA_UPOS_VERB ||
        sima_deprel_base(y[d].deprel) != SIMA_DEP_OBL)
      continue;
    int has_obj = 0;
    int32_t ap = -1;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head == v && y[k].deprel == SIMA_DEP_OBJ)
        has_obj = 1;
      if (y[k].head == (int32_t)d && y[k].deprel == SIMA_DEP_APPOS &&
          (y[k].upos == SIMA_UPOS_NOUN || y[k].upos == SIMA_UPOS_PROPN) &&
          ap < 0)
        ap = (int32_t)k;
    }
    if (has_obj || ap < 0)
      continue;
    y[ap].head = v;
    y[ap].deprel = SIMA_DEP_OBJ;
    y[d].deprel = SIMA_DEP_OBL_TMOD;
  }
}

/* Is `l` the lemma of an English auxiliary (be, have, do, the modals)?
** Sorted. */
static int is_aux_lemma(const char *l) {
  static const char *const au[] = {
      "be",    "can",   "could", "dare", "do",     "get",  "have", "may",
      "might", "must",  "need",  "ought", "shall", "should", "to", "will",
      "would"};
  return l && CODER_IN(au, l);
}

/* RULE C-REPAIR (present verb): headline-style present tense is often
** misparsed.  A verb that is no auxiliary (reject, oppose, ...) parsed as
** the auxiliary of the participle right after it ("The Palestinians reject
** proposed Israeli changes": reject --aux--> proposed) is the clause's
** verb: it takes the participle's place and dependents, the participle's
** object becomes its object and the participle that object's adjective. */
static void repair_present_verb(sima_syntax *y, uint32_t first,
                                uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t a = first; a + 1 < end; a++) {
    uint32_t h = a + 1;
    if (y[a].upos != SIMA_UPOS_VERB || y[a].deprel != SIMA_DEP_AUX ||
        y[a].head != (int32_t)h || is_aux_lemma(y[a].lemma) ||
        y[h].upos != SIMA_UPOS_VERB ||
        (y[h].xpos != SIMA_XPOS_VBN && y[h].xpos != SIMA_XPOS_VBD))
      continue;
    int32_t o = -1;
    for (uint32_t k = h + 1; k < end && o < 0; k++)
      if (y[k].head == (int32_t)h && y[k].deprel == SIMA_DEP_OBJ)
        o = (int32_t)k;
    /* only the object's own words between the participle and its head */
    int ok = o >= 0;
    for (uint32_t k = h + 1; ok && k < (uint32_t)o; k++)
      ok = y[k].head == o;
    if (!ok)
      continue;
    y[a].head = y[h].head;
    y[a].deprel = y[h].deprel;
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == (int32_t)h && k != (uint32_t)o)
        y[k].head = (int32_t)a;
    y[o].head = (int32_t)a;
    y[h].head = o;
    y[h].deprel = SIMA_DEP_AMOD;
  }
}

/* RULE C-REPAIR (time word): "Mubarak said Wednesday that the US must
** help Israel" is often parsed with the reported clause hung on the time
** word (Wednesday --ccomp--> help; --acl--> "ready" in "... that the US
** must be ready to mediate").  A time word takes no clause of its own but
** a relative one ("Monday, when the talks began"): a clausal complement
** of a time word that depends on a verb, or a clausal modifier with a
** "that" mark or a subject of its own, is that verb's complement; on a
** noun, that noun's content clause.  So are a time word's phrases after
** it ("issued a warning Monday to Georgia") its head's. */
static void repair_time_clause(sima_syntax *y, uint32_t first,
                               uint32_t count) {
  uint32_t end = first + count;
  /* "issued a warning Monday to Georgia", "said Monday to reporters": a
  ** phrase with a preposition hung on a time word after it (not another
  ** time word: "from Monday to Friday") is the time word's head's */
  for (uint32_t k = first + 1; k < end; k++) {
    int32_t d = y[k].head;
    if (d < (int32_t)first || d >= (int32_t)k || !y[d].lemma ||
        !is_time_word(y[d].lemma) || !y[k].lemma || is_time_word(y[k].lemma) ||
        sima_deprel_base(y[k].deprel) != SIMA_DEP_NMOD ||
        y[k].deprel == SIMA_DEP_NMOD_POSS)
      continue;
    int32_t v = y[d].head;
    if (v < (int32_t)first || v >= (int32_t)end ||
        (y[v].upos != SIMA_UPOS_VERB && y[v].upos != SIMA_UPOS_NOUN))
      continue;
    int cased = 0;
    for (uint32_t m = (uint32_t)d + 1; m < k; m++)
      if (y[m].head == (int32_t)k && y[m].deprel == SIMA_DEP_CASE)
        cased = 1;
    if (!cased)
      continue;
    y[k].head = v;
    y[k].deprel = y[v].upos == SIMA_UPOS_VERB ? SIMA_DEP_OBL : SIMA_DEP_NMOD;
  }
  for (uint32_t k = first; k < end; k++) {
    int32_t d = y[k].head;
    if (d < (int32_t)first || d >= (int32_t)k || !y[d].lemma ||
        !is_time_word(y[d].lemma) ||
        (y[k].deprel != SIMA_DEP_CCOMP && y[k].deprel != SIMA_DEP_ACL))
      continue;
    int32_t v = y[d].head;
    if (v < (int32_t)first || v >= (int32_t)end ||
        (y[v].upos != SIMA_UPOS_VERB && y[v].upos != SIMA_UPOS_NOUN))
      continue;
    int ok = y[k].deprel == SIMA_DEP_CCOMP;
    for (uint32_t m = first; m < end && !ok; m++)
      if (y[m].head == (int32_t)k &&
          ((y[m].deprel == SIMA_DEP_MARK && y[m].lemma &&
            !strcasecmp(y[m].lemma, "that")) ||
           sima_deprel_base(y[m].deprel) == SIMA_DEP_NSUBJ))
        ok = 1;
    if (!ok)
      continue;
    y[k].head = v;
    y[k].deprel = SIMA_DEP_CCOMP;
    if (y[v].upos != SIMA_UPOS_NOUN)
      continue;
    /* on a noun ("issued a reminder Saturday to Iraq that it must ..."):
    ** the clause is the noun's content */
    y[k].deprel = SIMA_DEP_ACL;
  }
}

/* RULE C-REPAIR (time word phrase): "Albanians demonstrated on Tuesday
** in Serbia" is often parsed with "in Serbia" a modifier of Tuesday, and
** "forced out on Wednesday more than 1,000 refugees" with the refugees an
** object of Wednesday.  A day takes no place phrase and no object: a
** place phrase (in, at, near, outside, inside) or an object of a time
** word that is an oblique of a verb belongs to that verb. */
static void repair_time_phrase(sima_syntax *y, uint32_t first,
                               uint32_t count) {
  static const char *const place[] = {"at", "in", "inside", "near",
                                      "outside"};
  uint32_t end = first + count;
  for (uint32_t k = first; k < end; k++) {
    int32_t d = y[k].head;
    if (d < (int32_t)first || d >= (int32_t)k || !y[d].lemma ||
        !is_time_word(y[d].lemma) ||
        sima_deprel_base(y[d].deprel) != SIMA_DEP_OBL)
      continue;
    int32_t v = y[d].head;
    if (v < (int32_t)first || v >= (int32_t)end ||
        y[v].upos != SIMA_UPOS_VERB)
      continue;
    if (y[k].deprel == SIMA_DEP_OBJ) {
      y[k].head = v;
      continue;
    }
    if (sima_deprel_base(y[k].deprel) != SIMA_DEP_NMOD ||
        y[k].deprel == SIMA_DEP_NMOD_POSS)
      continue;
    int ok = 0;
    for (uint32_t m = first; m < k && !ok; m++)
      if (y[m].head == (int32_t)k && y[m].deprel == SIMA_DEP_CASE &&
          y[m].lemma && CODER_IN(place, y[m].lemma))
        ok = 1;
    if (!ok)
      continue;
    y[k].head = v;
    y[k].deprel = SIMA_DEP_OBL;
  }
}

/* RULE C-REPAIR (subject with a name in apposition): "A member of the
** Syrian parliament, Mohammed Mamoun, started a hunger strike" is
** sometimes parsed with the noun phrase a bare oblique (obl:unmarked) of
** the verb and the name between commas its subject.  A noun opening the
** sentence (only determiners and adjectives before it), not a time word,
** that is a bare oblique of the verb whose subject is a proper name set
** off by commas right after the noun's phrase is the subject, and the
** name its apposition. */
static int descends(const sima_syntax *y, uint32_t first, uint32_t end,
                    int32_t k, int32_t a);
static void repair_appos_subject(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t n = first; n < end; n++) {
    if (y[n].upos == SIMA_UPOS_DET || y[n].upos == SIMA_UPOS_ADJ)
      continue;
    if (y[n].deprel != SIMA_DEP_OBL_UNMARKED || y[n].upos != SIMA_UPOS_NOUN ||
        !y[n].lemma || is_time_word(y[n].lemma))
      break;
    int32_t v = y[n].head;
    if (v <= (int32_t)n || v >= (int32_t)end || y[v].upos != SIMA_UPOS_VERB)
      break;
    int ok = 1; /* only the noun's own determiners and adjectives before */
    for (uint32_t k = first; k < n && ok; k++)
      if (y[k].head != (int32_t)n ||
          (y[k].deprel != SIMA_DEP_DET && y[k].deprel != SIMA_DEP_AMOD))
        ok = 0;
    int32_t s = -1; /* the name: the verb's subject, after a comma */
    for (uint32_t k = n + 1; k < (uint32_t)v && ok; k++)
      if (y[k].head == v && sima_deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
        s = (int32_t)k;
    if (!ok || s < 0 || y[s].upos != SIMA_UPOS_PROPN || s < 2 ||
        y[s - 1].upos != SIMA_UPOS_PUNCT || y[v - 1].upos != SIMA_UPOS_PUNCT)
      break;
    /* the words between the noun and the name are the noun's phrase, and
    ** those between the name and the verb the name's */
    for (int32_t k = (int32_t)n + 1; k < s - 1 && ok; k++)
      if (!descends(y, first, end, k, (int32_t)n))
        ok = 0;
    for (int32_t k = s + 1; k < v - 1 && ok; k++)
      if (!descends(y, first, end, k, s))
        ok = 0;
    if (!ok)
      break;
    y[n].deprel = SIMA_DEP_NSUBJ;
    y[s].head = (int32_t)n;
    y[s].deprel = SIMA_DEP_APPOS;
    break;
  }
}

/* RULE C-REPAIR (active perfect): "Recent US attacks ... have killed at
** least eight leaders" is sometimes parsed with the subject a passive one
** (nsubj:pass) although the verb has no passive auxiliary.  A verb with a
** passive subject, no passive auxiliary, and a perfect "have" or a finite
** past or present tag (VBD, VBZ, VBP) is active: the subject is its
** nsubj ("Three soldiers killed in an ambush", a bare VBN, stays). */
static void repair_active_subject(sima_syntax *y, uint32_t first,
                                  uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t k = first; k < end; k++) {
    int32_t v = y[k].head;
    if (y[k].deprel != SIMA_DEP_NSUBJ_PASS || v < (int32_t)first ||
        v >= (int32_t)end || y[v].upos != SIMA_UPOS_VERB)
      continue;
    int pass = 0, have = 0;
    for (uint32_t m = first; m < end; m++) {
      if (y[m].head != v)
        continue;
      if (y[m].deprel == SIMA_DEP_AUX_PASS ||
          y[m].deprel == SIMA_DEP_OBL_AGENT ||
          (sima_deprel_base(y[m].deprel) == SIMA_DEP_AUX && y[m].lemma &&
           (!strcasecmp(y[m].lemma, "be") || !strcasecmp(y[m].lemma, "get"))))
        pass = 1;
      if (sima_deprel_base(y[m].deprel) == SIMA_DEP_AUX && y[m].lemma &&
          !strcasecmp(y[m].lemma, "have"))
        have = 1;
    }
    if (pass || !(have || y[v].xpos == SIMA_XPOS_VBD ||
                  y[v].xpos == SIMA_XPOS_VBZ || y[v].xpos == SIMA_XPOS_VBP))
      continue;
    y[k].deprel = SIMA_DEP_NSUBJ;
  }
}

/* RULE C-REPAIR (false gerund): a word tagged as a gerund (VBG) that does
** not end in -ing is a noun the tagger misread ("Human rights watchdog
** Amnesty International accused ...": rights --acl--> watchdog --obj-->
** Amnesty).  Parsed as a modifier of the subject noun before it with the
** name after it as its object, the name is the subject and the noun and
** the word are its compounds. */
static void repair_false_gerund(const sima_doc *doc, sima_syntax *y,
                                uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t w = first + 1; w + 1 < end; w++) {
    const sima_token *tk = &doc->tokens[w];
    if (y[w].xpos != SIMA_XPOS_VBG || y[w].deprel != SIMA_DEP_ACL ||
        y[w].head != (int32_t)w - 1 || !tk->norm ||
        (tk->nnorm >= 3 && !strncasecmp(tk->norm + tk->nnorm - 3, "ing", 3)))
      continue;
    uint32_t n = w - 1, o = w + 1;
    if (y[o].head != (int32_t)w || y[o].deprel != SIMA_DEP_OBJ ||
        y[o].upos != SIMA_UPOS_PROPN ||
        sima_deprel_base(y[n].deprel) != SIMA_DEP_NSUBJ)
      continue;
    y[o].head = y[n].head;
    y[o].deprel = y[n].deprel;
    y[n].head = (int32_t)o;
    y[n].deprel = SIMA_DEP_COMPOUND;
    y[w].head = (int32_t)o;
    y[w].deprel = SIMA_DEP_COMPOUND;
    y[w].upos = SIMA_UPOS_NOUN;
    y[w].xpos = SIMA_XPOS_NN;
    /* the noun's own modifiers stay on it; its later ones go to the name */
    for (uint32_t k = o + 1; k < end; k++)
      if (y[k].head == (int32_t)n)
        y[k].head = (int32_t)o;
  }
}

/* The mention starting at token k whose actor has a country, or NULL. */
static const sima_mention *country_mention_at(const sima_doc *doc,
                                              uint32_t k) {
  for (uint32_t m = 0; m < doc->nmentions; m++) {
    const sima_mention *mm = &doc->mentions[m];
    if (mm->first == k && mm->code && mm->country && mm->country[0])
      return mm;
  }
  return NULL;
}

/* RULE C-REPAIR (coordinated nationalities): two nationality words
** coordinated before a noun ("Senior Hungarian and Romanian officials
** agreed ...", "The Turkish and Greek sides of ...") both modify that
** noun.  The parser often makes the first one the head (the root, with
** the noun as its conjunct) or the noun's subject: it becomes the noun's
** adjective, the second its conjunct, and the noun takes its place. */
static void repair_coord_nationality(const sima_doc *doc, sima_syntax *y,
                                     uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t a = first; a + 3 < end; a++) {
    uint32_t b = a + 2;
    if (y[a + 1].upos != SIMA_UPOS_CCONJ)
      continue;
    const sima_mention *ma = country_mention_at(doc, a);
    const sima_mention *mb = country_mention_at(doc, b);
    if (!ma || !mb || ma->count != 1)
      continue;
    /* the noun: b's head after it, else the noun right after b */
    uint32_t n = b + 1;
    if (y[b].head > (int32_t)b && y[b].head < (int32_t)end)
      n = (uint32_t)y[b].head;
    if (n >= end || n > b + 3 || y[n].upos != SIMA_UPOS_NOUN)
      continue;
    for (uint32_t k = b + 1; k < n; k++)
      if (y[k].upos != SIMA_UPOS_ADJ && y[k].upos != SIMA_UPOS_NOUN)
        n = end;
    if (n >= end ||
        (y[a].head == (int32_t)n && (y[a].deprel == SIMA_DEP_AMOD ||
                                     y[a].deprel == SIMA_DEP_COMPOUND)) ||
        !(y[b].head == (int32_t)n || y[b].head == (int32_t)a))
      continue;
    if (y[n].head == (int32_t)a) {
      /* "Hungarian --conj--> officials": the noun takes a's place */
      y[n].head = y[a].head;
      y[n].deprel = y[a].deprel;
    } else if (y[a].head != (int32_t)n) {
      /* the other shape is a dependent of the noun by another relation
      ** ("Turkish --nsubj--> sides"); nothing else is repaired */
      continue;
    }
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == (int32_t)a && k != b && k != a + 1 && k > n)
        y[k].head = (int32_t)n;
    y[a].head = (int32_t)n;
    y[a].deprel = SIMA_DEP_AMOD;
    y[b].head = (int32_t)a;
    y[b].deprel = SIMA_DEP_CONJ;
    y[a + 1].head = (int32_t)b;
    y[a + 1].deprel = SIMA_DEP_CC;
  }
}

/* Nouns that take a "that" complement clause (their content): "the demand
** that Israel ease restrictions".  Sorted. */
static int is_content_noun(const char *l) {
  static const char *const cn[] = {
      "appeal",   "assurance", "call",      "claim",     "condition",
      "demand",   "insistence", "pledge",   "promise",   "proposal",
      "reminder", "request",   "requirement", "suggestion", "threat",
      "ultimatum", "warning"};
  return l && CODER_IN(cn, l);
}

/* RULE C-REPAIR (content clause): "insisted on its demands that Burundi's
** government grant the majority more rights" is often parsed as a
** relative clause with "that" its object, hung on some earlier noun.  A
** relative pronoun fills a gap of its clause; "that" parsed as the object
** of a verb that has an object of its own (or as the subject of one that
** has a subject) fills none, so right after a noun of content (demand,
** call, warning, ...) it introduces that noun's complement clause. */
static void repair_content_clause(sima_syntax *y, uint32_t first,
                                  uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t t = first + 1; t < end; t++) {
    unsigned r = sima_deprel_base(y[t].deprel);
    if (!y[t].lemma || strcasecmp(y[t].lemma, "that") ||
        (r != SIMA_DEP_OBJ && r != SIMA_DEP_NSUBJ) ||
        (y[t - 1].upos != SIMA_UPOS_NOUN) || !is_content_noun(y[t - 1].lemma))
      continue;
    int32_t v = y[t].head;
    if (v <= (int32_t)t || v >= (int32_t)end || y[v].upos != SIMA_UPOS_VERB ||
        y[v].deprel != SIMA_DEP_ACL_RELCL)
      continue;
    int gap = 1;
    for (uint32_t k = first; k < end && gap; k++)
      if (k != t && y[k].head == v) {
        unsigned b = sima_deprel_base(y[k].deprel);
        if ((r == SIMA_DEP_OBJ && (b == SIMA_DEP_OBJ || b == SIMA_DEP_IOBJ)) ||
            (r == SIMA_DEP_NSUBJ && b == SIMA_DEP_NSUBJ))
          gap = 0;
      }
    if (gap)
      continue;
    y[v].head = (int32_t)(t - 1);
    y[v].deprel = SIMA_DEP_ACL;
    y[t].deprel = SIMA_DEP_MARK;
    y[t].upos = SIMA_UPOS_SCONJ;
  }
}

/* RULE C-REPAIR (vocative): news text addresses no one, so a name at the
** start of a sentence parsed as a vocative, with a comma after it and the
** verb's subject inside the commas ("Pakistan, a key U.S. ally in the war
** against terrorism, has refused ...": Pakistan --vocative--> refused,
** U.S. --nsubj--> refused), is the subject, and the phrase in the commas
** its apposition. */
static void repair_vocative(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t p = first; p + 2 < end && p < first + 3; p++) {
    if (y[p].deprel != SIMA_DEP_VOCATIVE || y[p].upos != SIMA_UPOS_PROPN ||
        y[p + 1].upos != SIMA_UPOS_PUNCT)
      continue;
    int32_t v = y[p].head;
    if (v <= (int32_t)p + 1 || v >= (int32_t)end)
      continue;
    for (uint32_t k = p + 2; k < (uint32_t)v; k++) {
      if (y[k].head != v || sima_deprel_base(y[k].deprel) != SIMA_DEP_NSUBJ)
        continue;
      y[p].deprel = y[k].deprel;
      y[k].head = (int32_t)p;
      y[k].deprel = SIMA_DEP_APPOS;
      break;
    }
  }
}

/* RULE C-REPAIR (lone indirect object): an indirect object needs a direct
** one; a verb's only object parsed as `iobj` ("refused to allow United
** Nations planes to land": planes --iobj--> allow) is its object (an
** object-control verb's object with the complement `xcomp`).  Not with a
** clausal complement ("told reporters that ..."). */
static void repair_lone_iobj(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t k = first; k < end; k++) {
    int32_t v = y[k].head;
    if (y[k].deprel != SIMA_DEP_IOBJ || v < (int32_t)first ||
        v >= (int32_t)end || y[v].upos != SIMA_UPOS_VERB)
      continue;
    int other = 0;
    for (uint32_t m = first; m < end && !other; m++)
      if (m != k && y[m].head == v &&
          (sima_deprel_base(y[m].deprel) == SIMA_DEP_OBJ ||
           y[m].deprel == SIMA_DEP_IOBJ || y[m].deprel == SIMA_DEP_CCOMP))
        other = 1;
    if (!other)
      y[k].deprel = SIMA_DEP_OBJ;
  }
}

/* RULE C-REPAIR (noun with an article): an article does not attach to a
** verb.  A word tagged as a finite or bare verb (not a gerund) with an
** article "a", "an" or "the" of its own before it, parsed as the open or
** clausal complement of a verb ("rejected a US offer to host a summit":
** rejected --xcomp--> offer --det--> a), is a noun: that verb's object,
** its own complement a modifier. */
static void repair_det_verb(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t w = first + 1; w < end; w++) {
    int32_t v = y[w].head;
    if (y[w].upos != SIMA_UPOS_VERB || y[w].xpos == SIMA_XPOS_VBG ||
        (y[w].deprel != SIMA_DEP_XCOMP && y[w].deprel != SIMA_DEP_CCOMP) ||
        v < (int32_t)first || v >= (int32_t)w || y[v].upos != SIMA_UPOS_VERB)
      continue;
    int art = 0, obj = 0;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head == (int32_t)w && k < w && y[k].deprel == SIMA_DEP_DET &&
          y[k].lemma &&
          (!strcasecmp(y[k].lemma, "a") || !strcasecmp(y[k].lemma, "an") ||
           !strcasecmp(y[k].lemma, "the")))
        art = 1;
      if (y[k].head == v && sima_deprel_base(y[k].deprel) == SIMA_DEP_OBJ)
        obj = 1;
    }
    if (!art || obj)
      continue;
    y[w].upos = SIMA_UPOS_NOUN;
    y[w].xpos = SIMA_XPOS_NN;
    y[w].deprel = SIMA_DEP_OBJ;
    for (uint32_t k = w + 1; k < end; k++)
      if (y[k].head == (int32_t)w &&
          (y[k].deprel == SIMA_DEP_XCOMP || y[k].deprel == SIMA_DEP_CCOMP))
        y[k].deprel = SIMA_DEP_ACL;
  }
}

/* Verbs that take a noun phrase object and no clause (reject, welcome,
** condemn, ...).  Sorted. */
static int is_np_only_verb(const char *l) {
  static const char *const nv[] = {
      "accept",  "back",     "condemn", "criticise", "criticize", "defy",
      "denounce", "deplore", "dismiss", "endorse",   "heed",      "ignore",
      "oppose",  "reject",   "resist",  "spurn",     "support",   "welcome"};
  return l && CODER_IN(nv, l);
}

/* RULE C-REPAIR (plural noun read as a verb): "Iraq rejected UN demands
** to allow inspectors" is often parsed with "demands" a verb (VBZ) whose
** subject is "UN", as the clausal complement of "rejected".  A verb that
** takes no clause (reject, welcome, condemn, dismiss, ...) and has no
** object of its own takes a noun phrase there: a present-tense verb
** complement right after its subject, with no "that", auxiliary or object
** of its own, is that object, a plural noun ("demands", "calls",
** "offers"), its subject a modifier and its own complement a modifier. */
static void repair_noun_as_verb(sima_syntax *y, uint32_t first,
                                uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t w = first + 1; w < end; w++) {
    int32_t v = y[w].head;
    if (y[w].upos != SIMA_UPOS_VERB || y[w].deprel != SIMA_DEP_CCOMP ||
        (y[w].xpos != SIMA_XPOS_VBZ && y[w].xpos != SIMA_XPOS_VBP) ||
        v < (int32_t)first || v >= (int32_t)w || !is_np_only_verb(y[v].lemma))
      continue;
    uint32_t sj = w - 1;
    if (y[sj].head != (int32_t)w ||
        sima_deprel_base(y[sj].deprel) != SIMA_DEP_NSUBJ ||
        (y[sj].upos != SIMA_UPOS_PROPN && y[sj].upos != SIMA_UPOS_NOUN &&
         y[sj].upos != SIMA_UPOS_ADJ))
      continue;
    int bad = 0;
    for (uint32_t k = first; k < end && !bad; k++) {
      if (y[k].head == v && sima_deprel_base(y[k].deprel) == SIMA_DEP_OBJ)
        bad = 1;
      if (y[k].head == (int32_t)w &&
          (y[k].deprel == SIMA_DEP_MARK || y[k].deprel == SIMA_DEP_AUX ||
           sima_deprel_base(y[k].deprel) == SIMA_DEP_OBJ))
        bad = 1;
    }
    if (bad)
      continue;
    y[w].upos = SIMA_UPOS_NOUN;
    y[w].xpos = SIMA_XPOS_NNS;
    y[w].deprel = SIMA_DEP_OBJ;
    y[sj].deprel = SIMA_DEP_COMPOUND;
    for (uint32_t k = w + 1; k < end; k++)
      if (y[k].head == (int32_t)w) {
        unsigned b = sima_deprel_base(y[k].deprel);
        if (b == SIMA_DEP_XCOMP || b == SIMA_DEP_CCOMP || b == SIMA_DEP_ADVCL)
          y[k].deprel = SIMA_DEP_ACL;
        else if (b == SIMA_DEP_OBL)
          y[k].deprel = SIMA_DEP_NMOD;
      }
  }
}

/* RULE C-REPAIR (verb conjunct on a noun): "The government condemned an
** attack by soldiers in Ithilen on Thursday and promised aid to the
** villages" is often parsed with "promised" a conjunct of the noun
** "attack".  A verb with a coordinating conjunction and an object of its
** own, in the past (VBD, VBN) or present (VBZ, VBP) as the finite verb
** above the noun (not a participle after an auxiliary: it has none), is
** coordinated with that verb and shares its subject (C-CONJ-VERB); a VBN
** there takes the finite verb's tag (it is no passive participle). */
static void repair_noun_conj_verb(sima_syntax *y, uint32_t first,
                                  uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first + 2; v < end; v++) {
    int32_t n = y[v].head;
    if (y[v].upos != SIMA_UPOS_VERB || y[v].deprel != SIMA_DEP_CONJ ||
        n < (int32_t)first || n >= (int32_t)v ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN))
      continue;
    int cc = 0, obj = 0, aux = 0;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head != (int32_t)v)
        continue;
      if (y[k].deprel == SIMA_DEP_CC && k < v)
        cc = 1;
      if (y[k].deprel == SIMA_DEP_OBJ && k > v)
        obj = 1;
      unsigned b = sima_deprel_base(y[k].deprel);
      if (b == SIMA_DEP_AUX || b == SIMA_DEP_NSUBJ || b == SIMA_DEP_MARK)
        aux = 1;
    }
    if (!cc || !obj || aux)
      continue;
    /* the finite verb above the noun */
    int32_t w = y[n].head;
    for (int g = 0; g < 8 && w >= 0 && y[w].upos != SIMA_UPOS_VERB; g++)
      w = y[w].head;
    if (w < (int32_t)first || w >= (int32_t)v || y[w].upos != SIMA_UPOS_VERB)
      continue;
    unsigned wx = y[w].xpos, vx = y[v].xpos;
    int past = wx == SIMA_XPOS_VBD &&
               (vx == SIMA_XPOS_VBD || vx == SIMA_XPOS_VBN);
    int pres = (wx == SIMA_XPOS_VBZ || wx == SIMA_XPOS_VBP) && vx == wx;
    if (!past && !pres)
      continue;
    y[v].head = w;
    y[v].deprel = SIMA_DEP_CONJ;
    y[v].xpos = (uint16_t)wx;
  }
}

/* RULE C-REPAIR (adjective read as a noun): "Fornost and the evil awful
** Gondor welcomed ..." is often parsed with "evil" a noun conjunct of
** "Fornost" and "Gondor" a second subject of the verb.  A verb has one
** subject: when a proper noun subject follows, with only adjectives
** between, a common noun that is a conjunct of an earlier subject of the
** same verb, that noun is an adjective of the proper noun, which takes its
** place as the conjunct (with its determiner and conjunction). */
static void repair_adj_noun_subject(sima_syntax *y, uint32_t first,
                                    uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t p = first + 2; p < end; p++) {
    int32_t v = y[p].head;
    if (y[p].upos != SIMA_UPOS_PROPN || y[p].deprel != SIMA_DEP_NSUBJ ||
        v <= (int32_t)p || v >= (int32_t)end)
      continue;
    uint32_t n = p;
    while (n > first && y[n - 1].upos == SIMA_UPOS_ADJ)
      n--;
    if (n <= first)
      continue;
    n--; /* the noun before the adjectives (or right before p) */
    if (y[n].upos != SIMA_UPOS_NOUN || y[n].deprel != SIMA_DEP_CONJ)
      continue;
    int32_t h = y[n].head; /* the earlier subject */
    if (h < (int32_t)first || h >= (int32_t)n || y[h].head != v ||
        sima_deprel_base(y[h].deprel) != SIMA_DEP_NSUBJ)
      continue;
    int ok = 1;
    for (uint32_t k = n + 1; k < p; k++)
      if (y[k].head != (int32_t)n && y[k].head != (int32_t)p)
        ok = 0;
    if (!ok)
      continue;
    y[p].head = h;
    y[p].deprel = SIMA_DEP_CONJ;
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == (int32_t)n)
        y[k].head = (int32_t)p; /* det, cc, amod */
    y[n].head = (int32_t)p;
    y[n].deprel = SIMA_DEP_AMOD;
    y[n].upos = SIMA_UPOS_ADJ;
  }
}

/* RULE C-REPAIR (clause subject as object): "Ethiopia indicated it should
** have acted against Libya" is often parsed with "it" the object of
** "indicated" and "acted" a complement without a subject.  An object
** (pronoun or noun) of a verb right before the auxiliaries of that verb's
** clausal complement, which has no subject of its own, is the
** complement's subject. */
static void repair_ccomp_subject(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t o = first + 1; o + 1 < end; o++) {
    int32_t v = y[o].head;
    if (y[o].deprel != SIMA_DEP_OBJ || v < (int32_t)first ||
        v >= (int32_t)o ||
        (y[o].upos != SIMA_UPOS_PRON && y[o].upos != SIMA_UPOS_NOUN &&
         y[o].upos != SIMA_UPOS_PROPN))
      continue;
    /* right after the object's phrase: auxiliaries of a complement */
    uint32_t a = o + 1;
    if (y[a].upos != SIMA_UPOS_AUX)
      continue;
    int32_t c = y[a].head;
    if (c <= (int32_t)a || c >= (int32_t)end || y[c].head != v ||
        y[c].deprel != SIMA_DEP_CCOMP || y[c].upos != SIMA_UPOS_VERB)
      continue;
    int ok = 1;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head == (int32_t)o && k > o)
        ok = 0; /* the object's phrase goes on after it */
      if (y[k].head == c && sima_deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
        ok = 0;
    }
    for (uint32_t k = a; k < (uint32_t)c && ok; k++)
      if (y[k].head != c)
        ok = 0;
    if (!ok)
      continue;
    y[o].head = c;
    y[o].deprel = SIMA_DEP_NSUBJ;
  }
}

/* RULE C-REPAIR (agent on an adverb): "Eriador was opposed earlier by
** Osgiliath" is often parsed with the by-phrase on the adverb.  An
** obl:agent hung on an adverb belongs to the verb the adverb modifies. */
static void repair_agent_adverb(sima_syntax *y, uint32_t first,
                                uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t k = first; k < end; k++) {
    int32_t a = y[k].head;
    if (y[k].deprel != SIMA_DEP_OBL_AGENT || a < (int32_t)first ||
        a >= (int32_t)end || y[a].upos != SIMA_UPOS_ADV)
      continue;
    int32_t v = y[a].head;
    if (v < (int32_t)first || v >= (int32_t)end ||
        y[v].upos != SIMA_UPOS_VERB)
      continue;
    y[k].head = v;
  }
}

/* RULE C-REPAIR (noun with an object): "Soldiers will not wire tap the
** communication links" is often parsed with "tap" a noun object of the
** verb "wire" and "links" the object of "tap".  A noun has no object: a
** noun right after a verb, its object, that has an object of its own is
** the verb, and the verb before it a modifier of it (compound), leaving
** it the verb's place and its subject, auxiliaries and adverbs. */
static void repair_noun_object(sima_syntax *y, uint32_t first,
                               uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t n = first + 1; n < end; n++) {
    uint32_t v = n - 1;
    if (y[n].upos != SIMA_UPOS_NOUN || y[n].deprel != SIMA_DEP_OBJ ||
        y[n].head != (int32_t)v || y[v].upos != SIMA_UPOS_VERB)
      continue;
    int obj = 0;
    for (uint32_t k = n + 1; k < end; k++)
      if (y[k].head == (int32_t)n && y[k].deprel == SIMA_DEP_OBJ)
        obj = 1;
    if (!obj)
      continue;
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == (int32_t)v && k != n)
        y[k].head = (int32_t)n;
    y[n].head = y[v].head;
    y[n].deprel = y[v].deprel;
    y[n].upos = SIMA_UPOS_VERB;
    y[n].xpos = y[v].xpos;
    y[v].head = (int32_t)n;
    y[v].deprel = SIMA_DEP_COMPOUND;
  }
}

/* RULE C-REPAIR (verb read as an interjection): "Fornost and Gondor
** welcome a resumption of ties with Osgiliath ..., the agency said" is
** often parsed with "welcome" an interjection on the speech verb, which
** then takes the nouns around it as its subjects.  An interjection in the
** middle of a clause, after a noun and before a noun phrase, on the
** sentence's root verb after it, is the verb of the clause: it becomes
** the root (the verb after it a parenthetical on it), the words before it
** that hung on the root its dependents, the first subject after it its
** object, and the other words up to the last comma before the root verb
** its dependents. */
static void repair_intj_verb(sima_syntax *y, uint32_t first,
                             uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t w = first + 1; w + 1 < end; w++) {
    int32_t v = y[w].head;
    unsigned pu = y[w - 1].upos, nu = y[w + 1].upos;
    if (y[w].upos != SIMA_UPOS_INTJ || v <= (int32_t)w ||
        v >= (int32_t)end || y[v].head >= 0 || y[v].upos != SIMA_UPOS_VERB ||
        (pu != SIMA_UPOS_NOUN && pu != SIMA_UPOS_PROPN) ||
        (nu != SIMA_UPOS_DET && nu != SIMA_UPOS_ADJ &&
         nu != SIMA_UPOS_NOUN && nu != SIMA_UPOS_PROPN && nu != SIMA_UPOS_NUM))
      continue;
    uint32_t cm = (uint32_t)v;
    for (uint32_t k = w + 1; k < (uint32_t)v; k++)
      if (y[k].upos == SIMA_UPOS_PUNCT && y[k].xpos == SIMA_XPOS_COMMA)
        cm = k;
    int obj = 0;
    for (uint32_t k = first; k < cm; k++) {
      if (k == w || y[k].head != v)
        continue;
      y[k].head = (int32_t)w;
      if (k > w && !obj && sima_deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ &&
          (y[k].upos == SIMA_UPOS_NOUN || y[k].upos == SIMA_UPOS_PROPN)) {
        y[k].deprel = SIMA_DEP_OBJ;
        obj = 1;
      }
    }
    y[w].upos = SIMA_UPOS_VERB;
    y[w].xpos = SIMA_XPOS_VBP;
    y[w].head = -1;
    y[w].deprel = SIMA_DEP_ROOT;
    y[v].head = (int32_t)w;
    y[v].deprel = SIMA_DEP_PARATAXIS;
    break;
  }
}

/* RULE C-REPAIR (object before the subject): "Eriador's death and injury
** toll has risen" is often parsed with "death" an object of the verb and
** "toll" its subject.  An English object does not precede its verb's
** subject: a noun object before the verb whose subject follows it, with
** only the object's own words between them, modifies the subject's head
** (compound). */
static int below_tok(const sima_syntax *y, int32_t t, int32_t anc);

static void repair_preverbal_object(sima_syntax *y, uint32_t first,
                                    uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t o = first; o < end; o++) {
    int32_t v = y[o].head;
    if (y[o].deprel != SIMA_DEP_OBJ || v <= (int32_t)o || v >= (int32_t)end ||
        (y[o].upos != SIMA_UPOS_NOUN && y[o].upos != SIMA_UPOS_PROPN))
      continue;
    int32_t sb = -1;
    for (uint32_t k = o + 1; k < (uint32_t)v && sb < 0; k++)
      if (y[k].head == v && sima_deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ &&
          (y[k].upos == SIMA_UPOS_NOUN || y[k].upos == SIMA_UPOS_PROPN))
        sb = (int32_t)k;
    if (sb < 0)
      continue;
    int ok = 1;
    for (uint32_t k = o + 1; k < (uint32_t)sb && ok; k++)
      if (!below_tok(y, (int32_t)k, (int32_t)o) &&
          !below_tok(y, (int32_t)k, sb))
        ok = 0;
    if (!ok)
      continue;
    y[o].head = sb;
    y[o].deprel = SIMA_DEP_COMPOUND;
  }
}

/* RULE C-REPAIR (final speaker): "... burned down its embassy, a senior
** official said on Saturday." is often parsed with the speaker as an
** apposition of the noun before the comma, some noun of the reported
** clause as the subject of the speech verb, or the speech verb as a
** conjunct of a verb of the reported clause.  A speech verb that ends the
** sentence (only its own dependents after it), right after a noun phrase
** that follows a comma, is a parenthetical on the sentence's root
** (parataxis) with that phrase as its subject; the words before the comma
** that hung on it go back to the reported clause, to the nearest verb
** before them: a noun with a preposition as an oblique, a bare noun as its
** object when it has none, else (or a former subject) as a time modifier
** ("almost five years after ..."); with no verb before, to the root. */
static int below_tok(const sima_syntax *y, int32_t t, int32_t anc) {
  for (int g = 0; g < 64 && t >= 0; g++, t = y[t].head)
    if (t == anc)
      return 1;
  return 0;
}

static void repair_final_speaker(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  uint32_t end = first + count;
  int32_t r = -1;
  for (uint32_t t = first; t < end; t++)
    if (y[t].head < 0)
      r = r < 0 ? (int32_t)t : -2;
  if (r < 0)
    return; /* no single root */
  for (uint32_t v = first + 2; v < end; v++) {
    if ((int32_t)v == r || y[v].upos != SIMA_UPOS_VERB || !y[v].lemma ||
        !mood_is_speech(y[v].lemma) ||
        (y[v].xpos != SIMA_XPOS_VBD && y[v].xpos != SIMA_XPOS_VBZ &&
         y[v].xpos != SIMA_XPOS_VBP))
      continue;
    /* everything after the verb is below it, or final punctuation */
    int tail = 1;
    for (uint32_t t = v + 1; t < end && tail; t++)
      tail = below_tok(y, (int32_t)t, (int32_t)v) ||
             (t + 1 == end && y[t].upos == SIMA_UPOS_PUNCT);
    /* the comma before the noun phrase right before the verb */
    uint32_t k = v;
    while (k > first && y[k - 1].upos != SIMA_UPOS_PUNCT && v - k < 6)
      k--;
    if (!tail || k <= first + 1 || k == v || y[k - 1].upos != SIMA_UPOS_PUNCT)
      continue;
    uint32_t cm = k - 1;
    int32_t n = -1;
    int ok = 1;
    /* "the official news agency WFNA said": the name is the subject, the
    ** noun before it (hung before the comma) its title */
    int32_t nm = (int32_t)v - 1;
    if (nm > (int32_t)k && y[nm].upos == SIMA_UPOS_PROPN &&
        y[nm].head == (int32_t)v && y[nm].deprel == SIMA_DEP_NSUBJ)
      for (uint32_t t = k; t < (uint32_t)nm; t++)
        if (y[t].upos == SIMA_UPOS_NOUN && y[t].head >= (int32_t)first &&
            y[t].head < (int32_t)cm) {
          y[t].head = nm;
          y[t].deprel = SIMA_DEP_COMPOUND;
        }
    for (uint32_t t = k; t < v && ok; t++) {
      int32_t h = y[t].head;
      if (h >= (int32_t)k && h < (int32_t)v)
        continue;
      if (n >= 0 || h < (int32_t)first || h >= (int32_t)end ||
          (h >= (int32_t)cm && h != (int32_t)v))
        ok = 0;
      n = (int32_t)t;
    }
    if (!ok || n < 0 ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN) ||
        (y[n].head == (int32_t)v && y[n].deprel != SIMA_DEP_NSUBJ) ||
        below_tok(y, r, (int32_t)v))
      continue;
    int changed = y[n].head != (int32_t)v || y[v].head != r ||
                  y[v].deprel != SIMA_DEP_PARATAXIS;
    for (uint32_t t = first; t < cm; t++)
      if (y[t].head == (int32_t)v && y[t].deprel != SIMA_DEP_PUNCT)
        changed = 1;
    if (!changed)
      continue;
    y[n].head = (int32_t)v;
    y[n].deprel = SIMA_DEP_NSUBJ;
    y[cm].head = (int32_t)v;
    y[cm].deprel = SIMA_DEP_PUNCT;
    y[v].head = r;
    y[v].deprel = SIMA_DEP_PARATAXIS;
    for (uint32_t t = first; t < cm; t++) {
      if (y[t].head != (int32_t)v)
        continue;
      if (y[t].deprel == SIMA_DEP_PUNCT) {
        y[t].head = r;
        continue;
      }
      int32_t u = -1;
      int cased = 0;
      for (uint32_t m = first; m < end; m++)
        if (y[m].head == (int32_t)t && y[m].deprel == SIMA_DEP_CASE)
          cased = 1;
      int nom = y[t].upos == SIMA_UPOS_NOUN || y[t].upos == SIMA_UPOS_PROPN;
      for (int32_t m = (int32_t)t - 1; nom && m >= (int32_t)first && u < 0;
           m--)
        if (y[m].upos == SIMA_UPOS_VERB && !below_tok(y, m, (int32_t)t))
          u = m;
      int hasobj = 0;
      for (uint32_t m = first; u >= 0 && m < end; m++)
        if (y[m].head == u && y[m].deprel == SIMA_DEP_OBJ)
          hasobj = 1;
      int subj = sima_deprel_base(y[t].deprel) == SIMA_DEP_NSUBJ;
      y[t].head = u >= 0 ? u : r;
      if (!nom)
        continue; /* adverbs and the like: on the verb before, or the root */
      if (u >= 0 && cased) /* "ties with Gondor, ...": an oblique */
        y[t].deprel = SIMA_DEP_OBL;
      else if (u >= 0 && !hasobj && !subj)
        y[t].deprel = SIMA_DEP_OBJ;
      else /* "almost five years after ...": when it happens */
        y[t].deprel = SIMA_DEP_OBL_TMOD;
    }
  }
}

/* RULE C-REPAIR (control): "urged the European Community to support the
** PLO" is often parsed with the infinitive as a modifier of the object
** (Community --acl--> support).  After a verb of object control that asks
** or makes someone act (urge, ask, order, press, ...; not allow or
** authorize, whose complement need not happen), a to-infinitive `acl` of
** its object, after the object, is the verb's own complement (xcomp),
** whose subject is the object, when the object is an actor: "requested a
** meeting to discuss ..." keeps its modifier. */
static void repair_control(const sima_doc *doc, sima_syntax *y,
                           uint32_t first, uint32_t count) {
  static const char *const ctl[] = {
      "advise",   "appeal",  "ask",       "beg",      "call",     "challenge",
      "compel",   "direct",  "encourage", "exhort",   "force",    "implore",
      "instruct", "invite",  "order",     "persuade", "press",    "pressure",
      "push",     "request", "tell",      "urge",     "warn"};
  uint32_t end = first + count;
  for (uint32_t a = first; a < end; a++) {
    if (y[a].deprel != SIMA_DEP_ACL || y[a].upos != SIMA_UPOS_VERB)
      continue;
    int32_t o = y[a].head;
    if (o < (int32_t)first || o >= (int32_t)a ||
        (y[o].deprel != SIMA_DEP_OBJ &&
         sima_deprel_base(y[o].deprel) != SIMA_DEP_OBL))
      continue;
    int32_t v = y[o].head;
    if (v < (int32_t)first || v >= (int32_t)end || !y[v].lemma ||
        y[v].upos != SIMA_UPOS_VERB)
      continue;
    /* (an oblique only as the addressee of "call on/upon X to ...") */
    if (y[o].deprel != SIMA_DEP_OBJ) {
      int on = 0;
      for (uint32_t k = first; k < (uint32_t)o; k++)
        if (y[k].head == o && y[k].deprel == SIMA_DEP_CASE && y[k].lemma &&
            (!strcasecmp(y[k].lemma, "on") || !strcasecmp(y[k].lemma, "upon")))
          on = 1;
      if (!on || strcasecmp(y[v].lemma, "call"))
        continue;
    }
    int known = 0;
    for (size_t i = 0; i < sizeof ctl / sizeof *ctl && !known; i++)
      known = !strcasecmp(y[v].lemma, ctl[i]);
    int to = 0, xc = 0;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head == (int32_t)a && y[k].deprel == SIMA_DEP_MARK &&
          y[k].lemma && !strcasecmp(y[k].lemma, "to") && k < a)
        to = 1;
      if (y[k].head == v && y[k].deprel == SIMA_DEP_XCOMP)
        xc = 1;
    }
    int actor = 0;
    for (uint32_t m = 0; m < doc->nmentions && !actor; m++)
      if (doc->mentions[m].code && (uint32_t)o >= doc->mentions[m].first &&
          (uint32_t)o < doc->mentions[m].first + doc->mentions[m].count)
        actor = 1;
    if (!known || !to || xc || !actor)
      continue;
    y[a].head = v;
    y[a].deprel = SIMA_DEP_XCOMP;
  }
}

/* Is d inside the subtree of a (a itself included)?  Bounded walk. */
static int descends(const sima_syntax *y, uint32_t first, uint32_t end,
                    int32_t d, int32_t a) {
  for (uint32_t i = 0; i < end - first + 1 && d >= (int32_t)first &&
                       d < (int32_t)end;
       i++) {
    if (d == a)
      return 1;
    d = y[d].head;
  }
  return 0;
}

static int has_case(const sima_syntax *y, uint32_t first, uint32_t end,
                    int32_t k) {
  for (uint32_t m = first; m < end; m++)
    if (y[m].head == k && y[m].deprel == SIMA_DEP_CASE)
      return 1;
  return 0;
}

/* Participles that stand before a noun as adjectives after a proper-noun
** modifier ("the Zetas organized crime group", "FARC armed groups").
** Sorted. */
static int attributive_participle(const char *w) {
  static const char *const pp[] = {
      "accused", "advanced",  "alleged", "armed",      "disputed",
      "limited", "organised", "organized", "registered", "so-called",
      "suspected", "united",   "wanted"};
  return CODER_IN(pp, w);
}

/* RULE C-REPAIR (subject before participle): the parser often reads
** "SUBJECT VERBED OBJECT" with the past verb, tagged VBN, as an adjective
** of its object and hangs the subject elsewhere ("Israeli helicopters and
** tanks shelled positions": shelled --amod--> positions, helicopters the
** root; "Palestinian police in Jericho confiscated weapons": weapons a
** ccomp of a later "said").  A VBN `amod` of a later noun, with no subject
** of its own, right after a noun phrase (the noun before it, climbed out
** of its prepositional phrases and conjunctions: "police in Jericho",
** "helicopters and tanks", "hundreds of thousands of people") becomes the
** verb: the noun phrase its subject, the noun its object.  It takes the
** place of whichever of the two dominates the other; when neither does,
** of the subject, which must then be the root or the subject of a speech
** verb that has a subject of its own (the verb becomes the reported
** clause).  `text` and `tokens` give the word form (a few participles are
** adjectives there: "organized crime"). */
static void repair_subject_participle(const sima_doc *doc, sima_syntax *y,
                                      uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first + 1; v < end; v++) {
    if (y[v].deprel != SIMA_DEP_AMOD)
      continue;
    /* (or a past form tagged as an adjective before the object's own
    ** determiner or number: "guerrillas wounded two soldiers"; an
    ** adjective stands after them) */
    int adj = y[v].upos == SIMA_UPOS_ADJ && v + 1 < end &&
              y[v + 1].head == y[v].head &&
              (y[v + 1].upos == SIMA_UPOS_NUM ||
               y[v + 1].upos == SIMA_UPOS_DET);
    if (!adj && (y[v].upos != SIMA_UPOS_VERB || y[v].xpos != SIMA_XPOS_VBN))
      continue;
    const sima_token *tk = &doc->tokens[v];
    char w[32];
    if (tk->len >= sizeof w)
      continue;
    memcpy(w, doc->text + tk->off, tk->len);
    w[tk->len] = 0;
    if (attributive_participle(w) ||
        (adj && (tk->len < 5 || strcmp(w + tk->len - 2, "ed") != 0)))
      continue;
    int32_t n = y[v].head;
    if (n <= (int32_t)v || n >= (int32_t)end ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN))
      continue;
    int ok = 1; /* the words between are the object's own modifiers */
    for (int32_t k = (int32_t)v + 1; k < n && ok; k++)
      if (!descends(y, first, end, k, n))
        ok = 0;
    for (uint32_t k = first; k < end && ok; k++)
      if (y[k].head == (int32_t)v)
        ok = 0; /* "the newly elected ..." : a participle with dependents */
    int32_t s = (int32_t)v - 1;
    if (!ok || (y[s].upos != SIMA_UPOS_NOUN && y[s].upos != SIMA_UPOS_PROPN))
      continue;
    for (int guard = 0; guard < 16; guard++) {
      int32_t h = y[s].head;
      if (h < (int32_t)first || h >= (int32_t)v)
        break;
      unsigned b = sima_deprel_base(y[s].deprel);
      if (has_case(y, first, end, s) || b == SIMA_DEP_CONJ ||
          b == SIMA_DEP_FLAT || b == SIMA_DEP_APPOS)
        s = h;
      else
        break;
    }
    if (has_case(y, first, end, s) || y[s].lemma == NULL ||
        is_time_word(y[s].lemma) ||
        (y[s].upos != SIMA_UPOS_NOUN && y[s].upos != SIMA_UPOS_PROPN))
      continue;
    int32_t a; /* the node whose place the verb takes */
    if (descends(y, first, end, s, n))
      a = n;
    else if (descends(y, first, end, n, s))
      a = s;
    else
      a = s;
    int32_t ah = y[a].head;
    unsigned arel = y[a].deprel;
    int speech = ah >= (int32_t)first && ah < (int32_t)end &&
                 sima_deprel_base(arel) == SIMA_DEP_NSUBJ &&
                 y[ah].upos == SIMA_UPOS_VERB && y[ah].lemma &&
                 mood_is_speech(y[ah].lemma);
    int other = 0;
    for (uint32_t k = first; speech && k < end; k++)
      if ((int32_t)k != s && (int32_t)k != n && y[k].head == ah &&
          sima_deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
        other = 1;
    /* two subjects of one verb ("officials suspended aid deliveries ...
    ** after their vehicles were hit": officials and deliveries both
    ** nsubj:pass of hit) cannot both be right: the pair is a clause */
    int twosubj = y[n].head == ah &&
                  sima_deprel_base(arel) == SIMA_DEP_NSUBJ &&
                  sima_deprel_base(y[n].deprel) == SIMA_DEP_NSUBJ;
    if (a == s && !descends(y, first, end, n, s) && ah >= 0 &&
        !(speech && other) && !twosubj)
      continue; /* a subject of some other verb: leave it */
    if (speech && other)
      arel = SIMA_DEP_CCOMP;
    else if (twosubj)
      arel = SIMA_DEP_PARATAXIS;
    if (adj) { /* token_lemma_id strips the form: "wounded" -> wound */
      y[v].upos = SIMA_UPOS_VERB;
      y[v].xpos = SIMA_XPOS_VBD;
    }
    y[v].head = ah;
    y[v].deprel = (uint16_t)arel;
    y[s].head = (int32_t)v;
    y[s].deprel = SIMA_DEP_NSUBJ;
    y[n].head = (int32_t)v;
    y[n].deprel = SIMA_DEP_OBJ;
    for (uint32_t k = (uint32_t)n + 1; k < end; k++) {
      if (y[k].head != n || sima_deprel_base(y[k].deprel) != SIMA_DEP_NMOD ||
          y[k].deprel == SIMA_DEP_NMOD_POSS)
        continue;
      int of = 0;
      for (uint32_t m = first; m < end; m++)
        if (y[m].head == (int32_t)k && y[m].deprel == SIMA_DEP_CASE &&
            y[m].lemma && !strcasecmp(y[m].lemma, "of"))
          of = 1;
      if (!of) {
        y[k].head = (int32_t)v;
        y[k].deprel = SIMA_DEP_OBL;
      }
    }
  }
}

sima_status sima_code_doc(const sima_verbs *v, const sima_cameo *cameo,
                          const sima_code_opts *opts, sima_doc *doc,
                          sima_error *err) {
  if (!v || !doc)
    return sima_error_set(err, SIMA_ERR_USAGE, "sima_code_doc: NULL argument");
  doc->events = NULL;
  doc->nevents = 0;
  if (!doc->syn || doc->ntokens == 0)
    return SIMA_OK;
  uint32_t n = doc->ntokens;
  coder_ctx c;
  memset(&c, 0, sizeof c);
  c.doc = doc;
  sima_syntax *fixed = malloc((size_t)n * sizeof *fixed);
  if (!fixed)
    return sima_error_set(err, SIMA_ERR_NOMEM, "coder: out of memory");
  memcpy(fixed, doc->syn, (size_t)n * sizeof *fixed);
  for (uint32_t si = 0; si < doc->nsents; si++)
    if (doc->sents[si].first < n &&
        doc->sents[si].count <= n - doc->sents[si].first)
    {
      repair_present_verb(fixed, doc->sents[si].first, doc->sents[si].count);
      repair_false_gerund(doc, fixed, doc->sents[si].first,
                          doc->sents[si].count);
      repair_content_clause(fixed, doc->sents[si].first,
                            doc->sents[si].count);
      repair_coord_nationality(doc, fixed, doc->sents[si].first,
                               doc->sents[si].count);
      repair_vocative(fixed, doc->sents[si].first, doc->sents[si].count);
      repair_lone_iobj(fixed, doc->sents[si].first, doc->sents[si].count);
      repair_det_verb(fixed, doc->sents[si].first, doc->sents[si].count);
      repair_noun_as_verb(fixed, doc->sents[si].first, doc->sents[si].count);
      repair_parse(fixed, doc->sents[si].first, doc->sents[si].count);
      repair_neighboring(fixed, doc->sents[si].first, doc->sents[si].count);
      repair_adv_case(fixed, doc->sents[si].first, doc->sents[si].count);
      repair_to_hand(fixed, doc->sents[si].first, doc->sents[si].count);
      repair_particle_over(fixed, doc->sents[si].first, doc->sents[si].count);
      repair_clause_conj(fixed, doc->sents[si].first, doc->sents[si].count);
      repair_time_phrase(fixed, doc->sents[si].first, doc->sents[si].count);
      repair_appos_subject(fixed, doc->sents[si].first, doc->sents[si].count);
      repair_active_subject(fixed, doc->sents[si].first,
                            doc->sents[si].count);
      repair_subject_participle(doc, fixed, doc->sents[si].first,
                                doc->sents[si].count);
      repair_participle(fixed, doc->sents[si].first, doc->sents[si].count);
      repair_time_subject(fixed, doc->sents[si].first, doc->sents[si].count);
      repair_time_clause(fixed, doc->sents[si].first, doc->sents[si].count);
      repair_control(doc, fixed, doc->sents[si].first, doc->sents[si].count);
      repair_split_subject(doc, fixed, doc->sents[si].first,
                           doc->sents[si].count);
      repair_intj_verb(fixed, doc->sents[si].first, doc->sents[si].count);
      repair_final_speaker(fixed, doc->sents[si].first, doc->sents[si].count);
      repair_noun_conj_verb(fixed, doc->sents[si].first,
                            doc->sents[si].count);
      repair_adj_noun_subject(fixed, doc->sents[si].first,
                              doc->sents[si].count);
      repair_ccomp_subject(fixed, doc->sents[si].first, doc->sents[si].count);
      repair_agent_adverb(fixed, doc->sents[si].first, doc->sents[si].count);
      repair_noun_object(fixed, doc->sents[si].first, doc->sents[si].count);
      repair_preverbal_object(fixed, doc->sents[si].first,
                              doc->sents[si].count);
    }
  c.syn = fixed;
  c.n = n;
  c.v = v;
  /* one scratch block: children lists, mention map, lemma ids, flags */
  size_t need = (size_t)n * (4 * sizeof(int32_t) + sizeof(order_item) + 3);
  char *mem = malloc(need);
  if (!mem) {
    free(fixed);
    return sima_error_set(err, SIMA_ERR_NOMEM, "coder: out of memory");
  }
  c.first_child = (int32_t *)(void *)mem;
  c.next_sib = c.first_child + n;
  c.tok2men = c.next_sib + n;
  c.lid = (uint32_t *)(c.tok2men + n);
  order_item *order = (order_item *)(void *)(c.lid + n);
  c.passive = (uint8_t *)(order + n);
  uint8_t *consumed = c.passive + n;
  uint8_t *fired = consumed + n;
  memset(c.passive, 0, 3 * (size_t)n);
  for (uint32_t i = 0; i < n; i++) {
    c.first_child[i] = -1;
    c.next_sib[i] = -1;
    c.tok2men[i] = -1;
    c.lid[i] = token_lemma_id(v, doc, fixed, i);
  }
  for (uint32_t i = n; i-- > 0;) {
    int32_t h = fixed[i].head;
    if (h >= 0 && (uint32_t)h < n && (uint32_t)h != i) {
      c.next_sib[i] = c.first_child[h];
      c.first_child[h] = (int32_t)i;
    }
  }
  for (uint32_t m = 0; m < doc->nmentions; m++) {
    const sima_mention *mm = &doc->mentions[m];
    if (!mm->code)
      continue; /* uncoded candidates are not actors */
    if ((!mm->country || !mm->country[0]) && strlen(mm->code) <= 3 &&
        doc->syn) {
      /* a bare agent adjective ("joint military exercises") is not an
      ** actor; an organisation's is ("U.N. inspectors" with "U.N." read
      ** as an adjective) */
      uint32_t k = mm->first;
      while (k < mm->first + mm->count && k < n &&
             fixed[k].upos == SIMA_UPOS_ADJ)
        k++;
      if (k >= mm->first + mm->count)
        continue;
    }
    for (uint32_t k = mm->first; k < mm->first + mm->count && k < n; k++)
      if (c.tok2men[k] < 0)
        c.tok2men[k] = (int32_t)m;
  }
  event_vec ev = {NULL, 0, 0};
  sima_status st = SIMA_OK;
  for (uint32_t si = 0; si < doc->nsents; si++)
    if (code_sentence(&c, cameo, opts, doc, &ev, si, consumed, fired,
                      order) != 0) {
      st = sima_error_set(err, SIMA_ERR_NOMEM, "coder: out of memory");
      break;
    }
  free(mem);
  free(fixed);
  doc->events = ev.ev;
  doc->nevents = ev.n;
  return st;
}

void sima_code_candidates(const sima_verbs *v, const sima_code_opts *opts,
                          const sima_doc *doc, unsigned char *want) {
  uint32_t ns = doc->nsents, need = opts && opts->allow_single_actor ? 1 : 2;
  if (ns == 0)
    return;
  memset(want, 0, ns);
  /* RULE C-DYAD: an event's actors are coded mentions of its own sentence
  ** (sima_code_doc: uncoded candidates are not actors) */
  uint32_t s = 0;
  for (uint32_t i = 0; i < doc->nmentions; i++) {
    uint32_t t = doc->mentions[i].first;
    if (!doc->mentions[i].code)
      continue;
    while (s + 1 < ns && t >= doc->sents[s].first + doc->sents[s].count)
      s++;
    if (want[s] < 255)
      want[s]++;
  }
  /* and it fires on a token whose lemma heads patterns (token_lemma_id
  ** reads the tagger's lemma and tags, which no parse changes) */
  for (s = 0; s < ns; s++) {
    uint32_t enough = want[s] >= need;
    want[s] = 0;
    if (!enough || !doc->syn)
      continue;
    uint32_t first = doc->sents[s].first, end = first + doc->sents[s].count;
    for (uint32_t i = first; i < end && i < doc->ntokens; i++)
      if (token_lemma_id(v, doc, doc->syn, i) != PAT_NONE) {
        want[s] = 1;
        break;
      }
  }
}

/* ------------------------------------------------------------------ */
/* --explain */

static void print_path(FILE *out, const sima_doc *doc, const char *what,
                       int32_t from, int32_t to) {
  if (to < 0) {
    fprintf(out, "  %s: none\n", what);
    return;
  }
  fprintf(out, "  %s:", what);
  int32_t x = to;
  for (int i = 0; i < 12 && x >= 0 && (uint32_t)x < doc->ntokens; i++) {
    const sima_token *tk = &doc->tokens[x];
    fprintf(out, " %.*s[%d]", (int)tk->len, doc->text + tk->off, x);
    if (x == from)
      break;
    fprintf(out, " --%s-->", sima_deprel_name(doc->syn[x].deprel));
    x = doc->syn[x].head;
  }
  if (x != from)
    fprintf(out, " (not under the verb: inherited)");
  fputc('\n', out);
}

void sima_event_explain(FILE *out, const sima_doc *doc, const sima_event *ev) {
  if (!out || !doc || !ev)
    return;
  fprintf(out, "event %s %s -> %s  rule %s  (sentence %u)\n", ev->code,
          ev->source.code ? ev->source.code : "-",
          ev->target.code ? ev->target.code : "-",
          ev->rule ? ev->rule : "-", ev->sentence);
  if (ev->sentence < doc->nsents && doc->syn) {
    const sima_sentence *s = &doc->sents[ev->sentence];
    for (uint32_t i = s->first; i < s->first + s->count && i < doc->ntokens;
         i++) {
      const sima_token *tk = &doc->tokens[i];
      const sima_syntax *y = &doc->syn[i];
      fprintf(out, "  %4u %-16.*s %-5s %-4s %-14s %5d %s%s\n", i,
              (int)tk->len, doc->text + tk->off, sima_upos_name(y->upos),
              sima_xpos_name(y->xpos), y->lemma ? y->lemma : "_", y->head,
              sima_deprel_name(y->deprel),
              (int32_t)i == ev->verb_tok ? "   <- verb"
              : (int32_t)i == ev->source_tok ? "   <- source"
              : (int32_t)i == ev->target_tok ? "   <- target"
                                              : "");
    }
    print_path(out, doc, "source", ev->verb_tok, ev->source_tok);
    print_path(out, doc, "target", ev->verb_tok, ev->target_tok);
  }
  fprintf(out, "  mood %s%s\n", sima_mood_name(ev->mood),
          ev->negated ? ", negated" : "");
  fprintf(out, "  pattern %s\n", ev->pattern ? ev->pattern : "-");
}
