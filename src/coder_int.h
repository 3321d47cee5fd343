/*
** coder_int.h — the per-document view of the parse shared by coder.c (the
** pattern matcher) and mood.c (mood, negation, attribution): children
** lists, the logical (voice-normalised) relation of each token, and
** subject inheritance through xcomp, conj and relative clauses.
*/
#ifndef SIMA_CODER_INT_H
#define SIMA_CODER_INT_H

#include "pattern.h"

typedef struct coder_ctx {
  const sima_doc *doc;
  const sima_syntax *syn;
  uint32_t n;            /* tokens in the document */
  int32_t *first_child;  /* first dependent of token i, or -1 */
  int32_t *next_sib;     /* next dependent of the same head, or -1 */
  int32_t *tok2men;      /* mention covering token i, or -1 */
  uint32_t *lid;         /* dictionary lemma id of token i, or PAT_NONE */
  uint8_t *passive;      /* 0 unknown, 1 active, 2 passive */
  const sima_verbs *v;
  int tabari; /* coding a `tabari` pattern (RULE C-TABARI, coder.c): a
              ** passive without a by-phrase reads as active */
} coder_ctx;

/* Does token t have a dependent (case, mark or fixed) with lemma `lemma`
** (compared case-insensitively)?  Returns that dependent's index + 1, or
** 0. */
int coder_has_marker(const coder_ctx *c, uint32_t t, const char *lemma);

/* The first dependent of t (children in text order) by base relation rel
** whose lemma is `lemma`, or -1 ("yet" by advmod, "no" by det). */
int32_t coder_child_word(const coder_ctx *c, uint32_t t, unsigned rel,
                         const char *lemma);

/* Is the clause headed by t passive (nsubj:pass, csubj:pass or aux:pass)? */
int coder_is_passive(const coder_ctx *c, uint32_t t);

/* The relation of dependent d to its head after voice normalisation: in a
** passive clause nsubj:pass reads as obj and the by-agent as nsubj. */
unsigned coder_lrel(const coder_ctx *c, uint32_t d);

/* Is t an open complement: xcomp, or an infinitival "to" advcl without a
** subject of its own? */
int coder_is_xcomp(const coder_ctx *c, uint32_t t);

/* The logical subject of the predicate t (its own, or inherited through
** xcomp control, conj, advcl and relative clauses), or -1. */
int32_t coder_subject(const coder_ctx *c, uint32_t t, int depth);

/* Case-insensitive lemma of token t ("" when there is none). */
const char *coder_lemma(const coder_ctx *c, uint32_t t);

/* Is s (case-insensitively) in list, sorted in strcasecmp order?  A
** binary search; each list's order is checked by test_coder. */
int coder_in_sorted(const char *const *list, size_t n, const char *s);
#define CODER_IN(list, s) coder_in_sorted(list, sizeof list / sizeof *list, s)

/* mood.c: mood, negation and attribution of the event triggered by t.
** `attr` receives the token heading the attribution ("sources" in
** "sources told the WSJ"), or -1. */
typedef struct mood_info {
  sima_mood mood;
  int negated;
  int32_t attr;
  sima_mood uncond; /* the mood without C-MOOD-HYP (== mood when no
                    ** if/unless clause applies) */
  int refused;      /* negated by a governing refuse/decline/fail/... */
  int in_cond;      /* the trigger's own clause is an if/unless clause
                    ** ("... if they agreed to ...") */
  /* why (docs/rules.md ids, token indices; NULL and -1: none): the rule
  ** and cue word of mood, of uncond, and of the negation; the rule that
  ** found attr */
  const char *mood_rule, *uncond_rule, *neg_rule, *attr_rule;
  int32_t mood_cue, uncond_cue, neg_cue;
  /* the attribution's words when they are no subtree of attr (an opening
  ** "According to X,": C-ATTR-ACCORDING), else -1 */
  int32_t attr_first, attr_last;
} mood_info;

void mood_analyze(const coder_ctx *c, uint32_t t, int apply_mood,
                  mood_info *out);

/* Is `lemma` a speech or reporting verb (say, tell, report, ...)? */
int mood_is_speech(const char *lemma);
/* The sentence of doc holding token t (a binary search over the sentences
** in text order), or NULL. */
const sima_sentence *coder_sentence_of(const sima_doc *doc, uint32_t t);
/* 1 when `lemma` keeps its object from what a "from" clause says
** ("prevented the protesters from attacking": C-NEG-FROM). */
int mood_from_head(const char *lemma);
/* Is verb h one whose object did not happen (C-NEG-AVERT: avert, avoid,
** foil, prevent, thwart, "head/stave/ward off", ...)? */
int mood_avert_head(const coder_ctx *c, uint32_t h);
/* 1 when token w is an auxiliary of possibility: could, may, might. */
int mood_modal_possible(const coder_ctx *c, int32_t w);

/* facets.c: the quantities event ev's trigger t names among its arguments
** ("more than $400m", "17 miners": value, unit, span), appended to
** ev->quantities from doc->arena. */
void coder_quantities(const coder_ctx *c, sima_doc *doc, uint32_t t,
                      sima_event *ev);

/* facets.c, RULE C-LOC: the place of event ev on trigger t (ev->location,
** its span, loc_country, loc_kind and loc_rule), or none. */
void coder_location(const coder_ctx *c, sima_doc *doc, uint32_t t,
                    sima_event *ev);

/* derive.c: the code derived from an act's CAMEO code, or NULL when the
** act has none of that kind: its intent (C-INTENT: "064" -> "0314"), its
** threat (C-THREAT: "172" -> "132"), its rejection (C-REFUSE: "084" ->
** "1243"), the demand that it be done (C-MUST: "084" -> "1053") and the
** appeal to do it (C-DERIVE: "084" -> "0253"). */
const char *derive_intent(const char *code);
const char *derive_threat(const char *code);
const char *derive_reject(const char *code);
const char *derive_demand(const char *code);
const char *derive_appeal(const char *code);

#endif
