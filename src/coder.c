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
**
** Who the source and target of a match are (actor of a token, role
** paths, weak and used actors) is coder_role.c; whether a mention is a
** place or scene rather than an actor coder_place.c; mood and negation
** mood.c; derived codes (intent, threat, ...) derive.c; places and
** quantities facets.c; the --explain writer out_explain.c.
*/
#include "arena.h"
#include "coder_int.h"
#include "timex.h"
#include "repair.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *coder_lemma(const coder_ctx *c, uint32_t t) {
  const char *l = c->syn[t].lemma;
  return l ? l : "";
}

int coder_has_marker(const coder_ctx *c, uint32_t t, const char *lemma) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned rel = c->syn[d].deprel;
    if ((rel == SIMA_DEP_CASE || rel == SIMA_DEP_MARK) &&
        sima_casecmp(coder_lemma(c, (uint32_t)d), lemma) == 0)
      return d + 1;
  }
  return 0;
}

int32_t coder_child_word(const coder_ctx *c, uint32_t t, unsigned rel,
                         const char *lemma) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == rel &&
        sima_casecmp(coder_lemma(c, (uint32_t)d), lemma) == 0)
      return d;
  return -1;
}

int32_t coder_child_in(const coder_ctx *c, uint32_t t, unsigned rel,
                       const char *marker, const char *const *list,
                       size_t n) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == rel &&
        (!marker || coder_has_marker(c, (uint32_t)d, marker)) &&
        coder_in_sorted(list, n, coder_lemma(c, (uint32_t)d)))
      return d;
  return -1;
}

/* RULE C-TABARI (voice): TABARI and PETRARCH1 take a clause as passive
** only when a by-phrase follows the participle ("Eriador was opposed by
** Osgiliath"); "The Philippines was criticized over its dispute with
** Eriador" keeps its subject as the source (PETR.UnitTest PATTERN-29). */
static int has_by_agent(const coder_ctx *c, uint32_t t) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_OBL_AGENT ||
        (deprel_base(c->syn[d].deprel) == SIMA_DEP_OBL &&
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
  /* RULE C-VICTIM-AGENT: an agent is marked "by"; a noun the parse
  ** calls the agent without it is one of the victims in apposition
  ** ("Seven people were killed, three of them Honduran nationals,
  ** during a riot": nationals --obl:agent--> killed), no doer */
  if (rel == SIMA_DEP_OBL_AGENT)
    return coder_has_marker(c, d, "by") ? SIMA_DEP_NSUBJ : SIMA_DEP_OBL;
  if (deprel_base(rel) == SIMA_DEP_OBL && coder_has_marker(c, d, "by"))
    return SIMA_DEP_NSUBJ;
  return rel;
}

/* RULE C-IN-ORDER-NOT-XCOMP: a clause marked "in order to" is a purpose
** clause, never what the verb above it asks, offers or agrees to: "begged the
** police for protection in order to return to their fields", parsed with
** "return" an xcomp of "beg", made the return what was begged for (026).
** 1 if clause t has the marker "in" with the fixed "order". */
static int in_order_clause(const coder_ctx *c, uint32_t t) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_MARK &&
        !sima_casecmp(coder_lemma(c, (uint32_t)d), "in"))
      for (int32_t f = c->first_child[d]; f >= 0; f = c->next_sib[f])
        if (c->syn[f].deprel == SIMA_DEP_FIXED &&
            !sima_casecmp(coder_lemma(c, (uint32_t)f), "order"))
          return 1;
  return 0;
}

/* An open complement: xcomp, or an infinitival "to" advcl without its own
** subject (parsers often attach "urged X to Y" / "called on X to Y" so). */
int coder_is_xcomp(const coder_ctx *c, uint32_t t) {
  unsigned base = deprel_base(c->syn[t].deprel);
  if (base == SIMA_DEP_XCOMP)
    return 1;
  if (base != SIMA_DEP_ADVCL || !coder_has_marker(c, t, "to"))
    return 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_NSUBJ)
      return 0;
  return 1;
}

int32_t coder_child_by(const coder_ctx *c, uint32_t t, unsigned rel) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == rel)
      return d;
  return -1;
}

static int is_relpron(const coder_ctx *c, uint32_t t) {
  const char *l = coder_lemma(c, t);
  return !sima_casecmp(l, "who") || !sima_casecmp(l, "which") ||
         !sima_casecmp(l, "that");
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
** to protect the convoy", "used the gang to kill"; "funded forces to
** train soldiers": the funded train).  Sorted. */
static int object_control(const char *l) {
  static const char *const v[] = {
      "advise", "allow",     "appeal",  "ask",      "authorize", "beg",
      "call",   "challenge", "compel",  "deploy",   "direct",    "dispatch",
      "enable", "encourage", "exhort",  "finance",  "force",     "fund",
      "help",   "hire",      "implore", "instruct", "invite",    "lead",
      "order",  "pay",       "permit",  "persuade", "press",     "pressure",
      "prompt", "push",      "recruit", "request",  "require",   "send",
      "teach",  "tell",      "train",   "urge",     "use",       "warn"};
  return l && CODER_IN(v, l);
}

/* C-PERMIT-CONTROL: has token t a dependent with lemma w ("green")? */
static int has_dep_word(const coder_ctx *c, uint32_t t, const char *w) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (!sima_casecmp(coder_lemma(c, (uint32_t)d), w))
      return 1;
  return 0;
}

/* C-PURPOSE-MADE: verbs that make, arm or raise a force.  Sorted. */
static int made_force(const char *l) {
  static const char *const v[] = {"arm",      "create",   "equip",
                                  "establish", "form",    "mobilise",
                                  "mobilize",  "organise", "organize",
                                  "raise"};
  return l && CODER_IN(v, l);
}

/* C-PURPOSE-MADE: the fighting a force is made for (its maker's aims of
** help or support stay the maker's: "mobilized pressure groups to help
** support the rights of Palestinians" is Saudi Arabia's support, gold
** PLOVER-GSR01-SUPPORT-0007).  Sorted. */
static int force_act(const char *l) {
  static const char *const v[] = {"attack", "battle", "combat", "fight",
                                  "kill",   "shoot",  "wage"};
  return l && CODER_IN(v, l);
}

/* Does t carry a modal auxiliary ("should have", "would go")? */
static int modal_clause(const coder_ctx *c, uint32_t t) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_AUX && c->syn[d].xpos == SIMA_XPOS_MD)
      return 1;
  return 0;
}

const char *coder_will_clause(const coder_ctx *c, uint32_t t) {
  int32_t h = c->syn[t].head;
  if (c->syn[t].deprel != SIMA_DEP_ACL || h < 0 || (uint32_t)h >= c->n ||
      c->syn[h].upos != SIMA_UPOS_NOUN || c->syn[t].upos != SIMA_UPOS_VERB ||
      !coder_has_marker(c, t, "to"))
    return NULL;
  return derive_will_verb(coder_lemma(c, (uint32_t)h));
}

/* RULE C-NOUN-WILL (subject): who does what a to-clause on noun of will n
** names: the noun's possessor ("Turkey's decision to attack Syria"), its
** by-phrase ("the decision by Trump to withdraw"), or, when the noun is
** the object of a verb that makes or voices it ("announced a plan to
** build", "expressed willingness to negotiate", "is showing a fresh
** commitment to forcing the regime": the dense parser hangs the clause
** on the noun), that verb's subject;
** else no one ("welcomed the decision to withdraw" names no doer).  An
** agreement signed, struck or reached is the signing's event (057), and
** its content no second one ("signed an agreement to work together"). */
static int32_t will_subject(const coder_ctx *c, uint32_t n, int depth) {
  static const char *const voice[] = {
      "adopt",     "announce", "approve", "confirm", "express",
      "issue",     "make",     "outline", "present", "reaffirm",
      "reiterate", "renew",    "repeat",  "show",    "signal",  "state",
      "submit",    "take",     "unveil",  "voice"};
  for (int32_t d = c->first_child[n]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_NMOD_POSS)
      return d;
  for (int32_t d = c->first_child[n]; d >= 0; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_NMOD &&
        coder_has_marker(c, (uint32_t)d, "by"))
      return d;
  int32_t v = c->syn[n].head;
  if (c->syn[n].deprel == SIMA_DEP_OBJ && v >= 0 && (uint32_t)v < c->n &&
      c->syn[v].upos == SIMA_UPOS_VERB &&
      CODER_IN(voice, coder_lemma(c, (uint32_t)v)))
    return coder_subject(c, (uint32_t)v, depth + 1);
  return -1;
}

/* RULE C-EXPL-SUBJ (verb): "when it took control of Deraa" is often
** parsed with "it" an expletive of "took", and the verb then inherits the
** subject of the clause it is coordinated with (Syria's insurgency took
** Deraa).  An extraposing "it" stands for a clause the verb carries ("it
** took years to ...", "it emerged that ..."); before an active verb with
** an object and no clause of its own (no ccomp, csubj or xcomp, no
** to-infinitive advcl), "it" is the verb's subject.  Returns the "it"
** token, or -1. */
static int32_t expl_verb_subject(const coder_ctx *c, uint32_t t) {
  if (c->syn[t].upos != SIMA_UPOS_VERB)
    return -1;
  int32_t ex = -1;
  int obj = 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if (c->syn[d].deprel == SIMA_DEP_EXPL && (uint32_t)d < t &&
        !sima_casecmp(coder_lemma(c, (uint32_t)d), "it"))
      ex = d;
    else if (b == SIMA_DEP_OBJ)
      obj = 1;
    else if (b == SIMA_DEP_CCOMP || b == SIMA_DEP_CSUBJ ||
             b == SIMA_DEP_XCOMP || b == SIMA_DEP_AUX_PASS ||
             b == SIMA_DEP_NSUBJ_PASS ||
             (b == SIMA_DEP_ADVCL && coder_has_marker(c, (uint32_t)d, "to")))
      return -1;
  }
  if (ex < 0 || !obj)
    return -1;
  /* an infinitive anywhere under the verb is what "it" stands for ("it
  ** took the rebels two years to capture Aleppo", parsed with the clause
  ** on "years") */
  for (uint32_t k = t + 1; k < c->n; k++) {
    if (c->syn[k].upos != SIMA_UPOS_VERB || !coder_has_marker(c, k, "to"))
      continue;
    int32_t h = c->syn[k].head;
    for (int i = 0; i < 8 && h >= 0 && (uint32_t)h != t; i++)
      h = c->syn[h].head;
    if (h >= 0 && (uint32_t)h == t)
      return -1;
  }
  return ex;
}

static int nearer_subject(const coder_ctx *c, uint32_t t, uint32_t d);

static int legal_object(const coder_ctx *c, uint32_t d);
static int facing_verb(const coder_ctx *c, uint32_t h);
static int32_t legal_subject(const coder_ctx *c, uint32_t h, int depth);

/* RULE C-PERMIT-CONTROL: "gave the regime a green light to attack",
** "provided a green light to the junta to arrest", "granted the army
** powers to detain": a permission given to somebody to do something is
** used by the one it is given to (the verb's indirect object or
** to-phrase, or the noun's to/for-phrase), not by the giver.  Returns
** that one when verb h has such a permission as its object before the
** to-clause t; otherwise -1. */
static int32_t permit_holder(const coder_ctx *c, uint32_t h, uint32_t t) {
  static const char *const permit[] = {
      "approval", "authorisation", "authorization", "go-ahead",   "licence",
      "license",  "light",         "mandate",       "permission", "power"};
  int32_t o = -1;
  int32_t ob = coder_child_by(c, h, SIMA_DEP_OBJ);
  if (ob >= 0 && ob < (int32_t)t &&
      CODER_IN(permit, coder_lemma(c, (uint32_t)ob)) &&
      (sima_casecmp(coder_lemma(c, (uint32_t)ob), "light") ||
       has_dep_word(c, (uint32_t)ob, "green"))) {
    o = coder_child_by(c, h, SIMA_DEP_IOBJ);
    for (int32_t d = c->first_child[h]; d >= 0 && o < 0; d = c->next_sib[d])
      if (deprel_base(c->syn[d].deprel) == SIMA_DEP_OBL && d < (int32_t)t &&
          coder_has_marker(c, (uint32_t)d, "to"))
        o = d;
    for (int32_t d = c->first_child[ob]; d >= 0 && o < 0; d = c->next_sib[d])
      if (deprel_base(c->syn[d].deprel) == SIMA_DEP_NMOD && d < (int32_t)t &&
          (coder_has_marker(c, (uint32_t)d, "to") ||
           coder_has_marker(c, (uint32_t)d, "for")))
        o = d;
  }
  return o;
}

/* RULE C-XCOMP, C-CONJ-VERB: subject inheritance. */
/* C-STEP-SUBJ: is o a noun of steps taken (step, measure, action,
** effort, initiative; fire opened) and v a verb of taking or stepping up
** steps ("suggesting an effort" is not)? */
static int step_taken(const coder_ctx *c, uint32_t o, uint32_t v) {
  static const char *const steps[] = {"action", "effort", "fire",
                                      "initiative", "measure", "step"};
  static const char *const take[] = {
      "adopt",  "begin",     "implement", "initiate", "intensify", "launch",
      "make",   "open",      "ramp",      "redouble", "start",     "step",
      "take",   "undertake"};
  return CODER_IN(steps, coder_lemma(c, o)) && CODER_IN(take, coder_lemma(c, v));
}

int32_t coder_subject(const coder_ctx *c, uint32_t t, int depth) {
  if (depth > 8)
    return -1;
  int32_t own = -1;
  /* RULE C-SUBJECT-NEAREST (inherited): of two nominal subjects the
  ** parse hangs before a verb with its own subordinator between them,
  ** the nearer one is the subject its conjuncts share too ("Bokassa, the
  ** emperor ..., when French troops invaded the capital and arrested
  ** him": the French troops arrested him, not Bokassa) */
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (coder_lrel(c, (uint32_t)d) == SIMA_DEP_NSUBJ &&
        !nearer_subject(c, t, (uint32_t)d)) {
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
               !sima_casecmp(coder_lemma(c, (uint32_t)d), "it"))
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
      personal = !sima_casecmp(coder_lemma(c, t), disp[i]);
    if (cop && personal)
      own = ex;
  }
  if (own < 0)
    own = expl_verb_subject(c, t);
  unsigned rel = c->syn[t].deprel, base = deprel_base(rel);
  int32_t h = c->syn[t].head;
  int hok = h >= 0 && (uint32_t)h < c->n;
  if (own >= 0) {
    if (rel == SIMA_DEP_ACL_RELCL && hok && is_relpron(c, (uint32_t)own)) {
      /* RULE C-RELCL-SUBJECT (on a verb): a relative clause the parser hung on a verb
      ** ("sparked the war in Juarez that began in 2008 and ended up
      ** killing 10,000 people", the dense parser's shape) has lost the
      ** noun its pronoun stands for: the verb, or whatever the verb's
      ** phrase holds, is not its subject */
      if (c->syn[h].upos == SIMA_UPOS_VERB)
        return -1;
      return h; /* "the troops who attacked" */
    }
    return own;
  }
  if (coder_is_passive(c, t))
    return -1; /* an agentless passive has no subject */
  if (!hok)
    return -1;
  /* RULE C-XCOMP-FINITE: a finite past-tense verb (VBD) parsed as the
  ** open complement of another verb is a misparse of a clause of its own
  ** ("sought explanations from Beijing after the WHO endorsed Canada's
  ** report": the WHO endorsed it, not Beijing): it takes no subject
  ** from the verb it hangs on */
  /* (not right after the object of that verb, which is then the
  ** clause's subject: "Ethiopia indicated it deplored Libya") */
  if (base == SIMA_DEP_XCOMP && c->syn[t].xpos == SIMA_XPOS_VBD &&
      !coder_has_marker(c, t, "to") && t > 0 &&
      !(c->syn[t - 1].head == h &&
        deprel_base(c->syn[t - 1].deprel) == SIMA_DEP_OBJ))
    return -1;
  /* RULE C-SAID-EXTRACTED: a verb with no "to" and no subject of its own
  ** parsed as the open complement of a verb of speech is the clause that
  ** verb reports, its subject extracted by a relative clause ("the cell
  ** that the State Department has said beheaded hostages": the cell
  ** beheaded them, the State Department only says so): the speaker is
  ** not its subject.  When the verb of speech modifies a noun and has a
  ** subject of its own, that noun is the subject; otherwise none */
  /* (a past form only: "admitted arming the gang", "reported arresting
  ** him" are the speaker's own acts; and not right after the object of
  ** the verb of speech, which is then the subject, as in C-XCOMP-FINITE:
  ** "Ethiopia indicated it deplored Libya") */
  if (base == SIMA_DEP_XCOMP && c->syn[t].upos == SIMA_UPOS_VERB &&
      (c->syn[t].xpos == SIMA_XPOS_VBD || c->syn[t].xpos == SIMA_XPOS_VBN) &&
      !coder_has_marker(c, t, "to") && t > 0 &&
      !(c->syn[t - 1].head == h &&
        deprel_base(c->syn[t - 1].deprel) == SIMA_DEP_OBJ) &&
      mood_is_speech(coder_lemma(c, (uint32_t)h))) {
    int32_t hh = c->syn[h].head;
    if (deprel_base(c->syn[h].deprel) == SIMA_DEP_ACL && hh >= 0 &&
        (uint32_t)hh < c->n &&
        (c->syn[hh].upos == SIMA_UPOS_NOUN ||
         c->syn[hh].upos == SIMA_UPOS_PROPN) &&
        coder_child_by(c, (uint32_t)h, SIMA_DEP_NSUBJ) >= 0)
      return hh;
    return -1;
  }
  /* C-PERMIT-CONTROL, on the noun: "gave the regime a green light to
  ** attack" with the to-clause a modifier (acl) of "light" (the dense
  ** parser's shape; the sparse one hangs it on the verb) */
  if (base == SIMA_DEP_ACL && c->syn[h].upos == SIMA_UPOS_NOUN &&
      deprel_base(c->syn[h].deprel) == SIMA_DEP_OBJ && c->syn[h].head >= 0 &&
      c->syn[c->syn[h].head].upos == SIMA_UPOS_VERB &&
      coder_has_marker(c, t, "to")) {
    int32_t o = permit_holder(c, (uint32_t)c->syn[h].head, t);
    if (o >= 0)
      return o;
  }
  if (coder_is_xcomp(c, t)) {
    /* object control ("urged China to release") or subject control and
    ** raising ("China agreed to / is expected to visit").  A purpose
    ** clause (a to-clause parsed as adverbial) is the subject's unless
    ** its verb is one of object control: "will visit Togo and Benin to
    ** mediate" (Ghana mediates), "asked Japan to help" (Japan helps) */
    int32_t o = -1;
    /* RULE C-MOTION-PURPOSE: a verb of entering or going takes no
    ** object-controlled infinitive: its to-clause, however parsed (the
    ** sparse parser's xcomp), is the purpose of the one who goes: "Kenyan
    ** troops entered Kismayo to support the Somali army" (the troops
    ** support it, not Kismayo) */
    static const char *const motion[] = {"enter", "invade", "reach",
                                         "storm", "visit"};
    if ((base == SIMA_DEP_XCOMP &&
         !(coder_has_marker(c, t, "to") &&
           CODER_IN(motion, coder_lemma(c, (uint32_t)h)))) ||
        object_control(coder_lemma(c, (uint32_t)h))) {
      o = coder_child_by(c, (uint32_t)h, SIMA_DEP_OBJ);
      if (o < 0)
        o = coder_child_by(c, (uint32_t)h, SIMA_DEP_IOBJ);
    }
    /* RULE C-PURPOSE-MADE: the fighting a verb that makes or arms a
    ** force is done for ("a Kurdish-led force it had formed to fight the
    ** Islamic State", "arm people to kill gang members") is the force's
    ** act, not its maker's: the object does it, or, when the verb is a
    ** relative clause with no object of its own, the noun it describes */
    if (o < 0 && base == SIMA_DEP_ADVCL && made_force(coder_lemma(c, (uint32_t)h)) &&
        force_act(coder_lemma(c, t))) {
      o = coder_child_by(c, (uint32_t)h, SIMA_DEP_OBJ);
      int32_t hh = c->syn[h].head;
      if (o < 0 && c->syn[h].deprel == SIMA_DEP_ACL_RELCL && hh >= 0 &&
          (uint32_t)hh < c->n && c->syn[hh].upos == SIMA_UPOS_NOUN &&
          coder_child_by(c, (uint32_t)h, SIMA_DEP_NSUBJ) >= 0)
        o = hh;
    }
    /* RULE C-FOR-TO: "for X to V" gives the infinitive its subject:
    ** "Spain has paid for Moroccan coast guards to train
    ** border police in Mauritania" (the Moroccan guards train, Spain
    ** pays), "arranged for the troops to leave".  A for-phrase of the verb
    ** (or of the verb's object: "includes $10 million for Colombia to
    ** train police", the money's recipient trains) naming an actor that
    ** ends right before the clause's "to" is its subject */
    /* (a verb's for-phrase only: "it is impossible for the city
    ** government to work without negotiating" reports no negotiation,
    ** C-EXPL-SUBJ) */
    if (o < 0 && coder_has_marker(c, t, "to") &&
        c->syn[h].upos == SIMA_UPOS_VERB) {
      int32_t to = -1;
      for (int32_t d = c->first_child[t]; d >= 0 && to < 0; d = c->next_sib[d])
        if (c->syn[d].deprel == SIMA_DEP_MARK &&
            !sima_casecmp(coder_lemma(c, (uint32_t)d), "to"))
          to = d;
      /* (the verb's for-phrase, or its object's: "includes $10 million
      ** for Colombia to train police", h20k; Colombia trains) */
      int32_t ob = coder_child_by(c, (uint32_t)h, SIMA_DEP_OBJ);
      for (int pass = 0; pass < 2 && o < 0; pass++) {
        int32_t p = pass ? ob : h;
        unsigned want = pass ? SIMA_DEP_NMOD : SIMA_DEP_OBL;
        for (int32_t d = p >= 0 ? c->first_child[p] : -1;
             d >= 0 && to > 0 && o < 0; d = c->next_sib[d]) {
          if (d >= to || deprel_base(c->syn[d].deprel) != want ||
              !coder_has_marker(c, (uint32_t)d, "for"))
            continue;
          /* (the word before "to" lies in the for-phrase) */
          int32_t x = to - 1;
          for (int i = 0; i < 12 && x >= 0 && x != d && (uint32_t)x < c->n; i++)
            x = c->syn[x].head;
          /* (an actor, not "for weeks", "for its unwillingness") */
          if (x == d && c->tok2men && c->tok2men[d] >= 0)
            o = d;
        }
      }
    }
    /* RULE C-PRESSURE-CONTROL: "put pressure on Mexico to re-arrest
    ** him": pressure on somebody to do something is object control; the
    ** one pressed (the on-phrase of the verb or of its object
    ** "pressure") does it, not the one who presses */
    if (o < 0) {
      int32_t ob = coder_child_by(c, (uint32_t)h, SIMA_DEP_OBJ);
      if (ob >= 0 && !sima_casecmp(coder_lemma(c, (uint32_t)ob), "pressure")) {
        for (int32_t d = c->first_child[h]; d >= 0 && o < 0; d = c->next_sib[d])
          if (deprel_base(c->syn[d].deprel) == SIMA_DEP_OBL &&
              (coder_has_marker(c, (uint32_t)d, "on") ||
               coder_has_marker(c, (uint32_t)d, "upon")))
            o = d;
        for (int32_t d = c->first_child[ob]; d >= 0 && o < 0;
             d = c->next_sib[d])
          if (deprel_base(c->syn[d].deprel) == SIMA_DEP_NMOD &&
              (coder_has_marker(c, (uint32_t)d, "on") ||
               coder_has_marker(c, (uint32_t)d, "upon")))
            o = d;
      }
    }
    /* C-PERMIT-CONTROL (permit_holder) */
    if (o < 0)
      o = permit_holder(c, (uint32_t)h, t);
    /* (C-STEP-SUBJ: "has taken measures to broaden liberties", parsed by
    ** the dense parser with the to-clause an xcomp of "taken": steps taken
    ** do nothing; the taker does) */
    if (o >= 0 && (uint32_t)o < t && step_taken(c, (uint32_t)o, (uint32_t)h))
      o = -1;
    if (o >= 0)
      return o;
    int32_t s = coder_child_by(c, (uint32_t)h, SIMA_DEP_NSUBJ);
    if (s < 0)
      s = coder_child_by(c, (uint32_t)h, SIMA_DEP_NSUBJ_PASS);
    if (s >= 0)
      return s;
    return coder_subject(c, (uint32_t)h, depth + 1);
  }
  /* RULE C-GUILTY-SUBJ: "X are guilty of violating the ceasefire": what
  ** a predicate of guilt is guilty of, X did */
  if ((base == SIMA_DEP_ACL || base == SIMA_DEP_ADVCL) &&
      coder_has_marker(c, t, "of") &&
      (!sima_casecmp(coder_lemma(c, (uint32_t)h), "guilty") ||
       !sima_casecmp(coder_lemma(c, (uint32_t)h), "culpable")) &&
      coder_child_by(c, (uint32_t)h, SIMA_DEP_COP) >= 0) {
    int32_t s = coder_child_by(c, (uint32_t)h, SIMA_DEP_NSUBJ);
    if (s >= 0)
      return s;
  }
  if (base == SIMA_DEP_ADVCL &&
      (coder_has_marker(c, t, "of") || coder_has_marker(c, t, "for") ||
       (coder_has_marker(c, t, "from") &&
        mood_from_head(coder_lemma(c, (uint32_t)h))) ||
       /* RULE C-ACCUSED-PARTICIPLE (with): "charged the government with
       ** arming paramilitaries": the one charged arms them */
       (coder_has_marker(c, t, "with") &&
        mood_accuse_head(coder_lemma(c, (uint32_t)h))))) {
    /* "accused Ukraine of shelling", "praised X for helping", "prevented
    ** the protesters from attacking": the object of the governing verb
    ** does it */
    for (int32_t d = c->first_child[h]; d >= 0; d = c->next_sib[d])
      if (coder_lrel(c, (uint32_t)d) == SIMA_DEP_OBJ) {
        if (legal_object(c, (uint32_t)d) && facing_verb(c, (uint32_t)h))
          return legal_subject(c, (uint32_t)h, depth);
        return d;
      }
    /* RULE C-ACCUSED-PARTICIPLE: so does the noun a passive participle of
    ** accusation describes ("a former mayor, accused of ordering the
    ** killing of a journalist, has been arrested": the mayor ordered it,
    ** allegedly; the participle clause as the dense parser and the comma
    ** participle repair have it) */
    int32_t hh = c->syn[h].head;
    if (c->syn[h].deprel == SIMA_DEP_ACL && c->syn[h].xpos == SIMA_XPOS_VBN &&
        hh >= 0 && (uint32_t)hh < c->n && hh < h &&
        (c->syn[hh].upos == SIMA_UPOS_NOUN || c->syn[hh].upos == SIMA_UPOS_PROPN) &&
        mood_accuse_head(coder_lemma(c, (uint32_t)h)))
      return hh;
  }
  if (rel == SIMA_DEP_CONJ && c->syn[t].xpos == SIMA_XPOS_VBD &&
      modal_clause(c, (uint32_t)h) && !modal_clause(c, t)) {
    /* RULE C-CONJ-MODAL: a past-tense verb takes no subject from a
    ** coordinated modal clause ("the speakers described the profile the
    ** next attorney general should have, and demanded ...": the parse
    ** hangs "demanded" on "should have"); it goes on to that clause's
    ** own conjunction head, if any */
    if (c->syn[h].deprel == SIMA_DEP_CONJ && c->syn[h].head >= 0 &&
        (uint32_t)c->syn[h].head < c->n)
      return coder_subject(c, (uint32_t)c->syn[h].head, depth + 1);
    return -1;
  }
  /* RULE C-CONJ-RELCL: a verb coordinated right after a relative
  ** clause whose subject is the relative pronoun shares that subject
  ** ("the toxic gas that was used in the town and killed dozens of
  ** people": the gas killed them, not the main clause's subject),
  ** however high the parse hangs the conjunct */
  /* (a conjunct with a coordinator of its own: "and killed"; a bare
  ** participle after a comma may be a passive one: "families who fled
  ** the fighting, moved to camps by the army") */
  int32_t cc = rel == SIMA_DEP_CONJ ? coder_child_by(c, t, SIMA_DEP_CC) : -1;
  /* (not after a comma: "Police seized the truck, which was loaded with
  ** cocaine, and arrested two Colombians", "passed laws that ..., and
  ** announced" list the main clause's acts) */
  if (cc > 0 && (uint32_t)h < t &&
      !(c->syn[cc - 1].upos == SIMA_UPOS_PUNCT &&
        c->doc->text[c->doc->tokens[cc - 1].off] == ',')) {
    for (uint32_t k = t; k-- > (uint32_t)h + 1;) {
      if (c->syn[k].upos != SIMA_UPOS_VERB)
        continue;
      int32_t vh = c->syn[k].head;
      if (c->syn[k].deprel == SIMA_DEP_ACL_RELCL && vh >= 0 &&
          (uint32_t)vh < c->n && vh != (int32_t)t && vh != h)
        for (int32_t d = c->first_child[k]; d >= 0; d = c->next_sib[d])
          if ((c->syn[d].deprel == SIMA_DEP_NSUBJ ||
               c->syn[d].deprel == SIMA_DEP_NSUBJ_PASS) &&
              is_relpron(c, (uint32_t)d) && (uint32_t)d < k)
            return vh;
      break;
    }
  }
  if (rel == SIMA_DEP_CONJ && coder_is_passive(c, (uint32_t)h) &&
      (coder_child_by(c, t, SIMA_DEP_AUX) >= 0 ||
       (coder_child_by(c, t, SIMA_DEP_OBJ) >= 0 &&
        c->syn[t].xpos != SIMA_XPOS_VBG) ||
       c->syn[t].xpos == SIMA_XPOS_VBZ || c->syn[t].xpos == SIMA_XPOS_VBP)) {
    /* RULE C-CONJ-PASSIVE: an active verb coordinated with a passive one
    ** (an auxiliary, an object or a present tense of its own) shares its
    ** surface subject, not its agent: "the minister has been indicted by
    ** the court and will resign" (the minister resigns); a bare past form
    ** ("was arrested by police and charged", "had been neutralized,
    ** killed or captured") may be passive too and keeps the agent */
    int32_t s = coder_child_by(c, (uint32_t)h, SIMA_DEP_NSUBJ_PASS);
    if (s >= 0 && !is_relpron(c, (uint32_t)s))
      return s;
  }
  if (rel == SIMA_DEP_CONJ || base == SIMA_DEP_ADVCL)
    return coder_subject(c, (uint32_t)h, depth + 1);
  if (rel == SIMA_DEP_ACL_RELCL)
    return h;
  if (coder_will_clause(c, t))
    return will_subject(c, (uint32_t)h, depth);
  /* RULE C-POSS-CLAUSE-SUBJ: the to-clause of a noun with a possessor
  ** ("its unwillingness or inability to prosecute banks", "their refusal
  ** to negotiate") is done by the possessor; a possessive pronoun the
  ** coreference left unresolved stands for the subject of the clause the
  ** noun is in ("The Mexican government has become notorious for its
  ** unwillingness to prosecute banks": the government; the dense
  ** parser's shape, the sparse one hangs the clause on "notorious") */
  if (rel == SIMA_DEP_ACL && coder_has_marker(c, t, "to") &&
      c->syn[h].upos == SIMA_UPOS_NOUN) {
    int32_t p = coder_child_by(c, (uint32_t)h, SIMA_DEP_NMOD_POSS);
    if (p >= 0 && c->tok2men[p] >= 0)
      return p;
    int32_t hh = c->syn[h].head;
    if (p >= 0 && c->syn[p].upos == SIMA_UPOS_PRON && hh >= 0 &&
        (uint32_t)hh < c->n && hh < h &&
        (c->syn[hh].upos == SIMA_UPOS_VERB || c->syn[hh].upos == SIMA_UPOS_ADJ))
      return coder_subject(c, (uint32_t)hh, depth + 1);
  }
  /* RULE C-STEP-SUBJ: "has taken steps to enhance freedoms", "made
  ** efforts to curb the gangs", "opened fire to disperse the crowd": a
  ** to-infinitive on a noun of steps taken (step, measure, action,
  ** effort, initiative; fire opened), the object of a verb of taking,
  ** is done by that verb's subject */
  if (rel == SIMA_DEP_ACL && coder_has_marker(c, t, "to") &&
      c->syn[h].deprel == SIMA_DEP_OBJ && c->syn[h].head >= 0 &&
      (uint32_t)c->syn[h].head < c->n &&
      c->syn[c->syn[h].head].upos == SIMA_UPOS_VERB) {
    if (step_taken(c, (uint32_t)h, (uint32_t)c->syn[h].head))
      return coder_subject(c, (uint32_t)c->syn[h].head, depth + 1);
  }
  /* RULE C-ENOUGH-TO (subject): the to-clause of a noun of degree ("had
  ** won them enough political clout to negotiate": clout --xcomp--> won,
  ** negotiate --acl--> clout, the dense parser's reading) says what the
  ** noun enables: the one who has it acts, the object of the verb that
  ** gives the noun ("won them"), else that verb's subject */
  if (rel == SIMA_DEP_ACL && coder_has_marker(c, t, "to") &&
      c->syn[h].head >= 0 && (uint32_t)c->syn[h].head < c->n &&
      c->syn[c->syn[h].head].upos == SIMA_UPOS_VERB &&
      has_dep_word(c, (uint32_t)h, "enough")) {
    uint32_t hv = (uint32_t)c->syn[h].head;
    int32_t o = coder_child_by(c, hv, SIMA_DEP_OBJ);
    if (o >= 0 && o != h && o < h)
      return o;
    return coder_subject(c, hv, depth + 1);
  }
  /* RULE C-MARKED-GERUND-SUBJ: a gerund on a noun behind a subordinator
  ** ("set preconditions on holding talks with the government": on
  ** --mark--> holding --acl--> preconditions) is no act of the noun: the
  ** one who does what the noun is the object of does it (the
  ** negotiators who set the preconditions would hold the talks), when
  ** the noun is no actor nor an actor's thing */
  if (rel == SIMA_DEP_ACL && c->syn[t].xpos == SIMA_XPOS_VBG &&
      c->syn[h].deprel == SIMA_DEP_OBJ && c->syn[h].head >= 0 &&
      (uint32_t)c->syn[h].head < c->n &&
      c->syn[c->syn[h].head].upos == SIMA_UPOS_VERB) {
    int32_t m = coder_child_by(c, t, SIMA_DEP_MARK);
    /* (a noun that is no actor nor an actor's: "accused the army of
    ** attacking", "rejected a UN appeal for deploying" keep theirs) */
    int owned = c->tok2men[h] >= 0;
    for (int32_t d = c->first_child[h]; d >= 0 && !owned; d = c->next_sib[d])
      owned = d < h && c->tok2men[d] >= 0;
    /* (nor the noun's content, "the decision of sending troops", "a plan
    ** for building": whose decision or plan is no matter of the verb) */
    if (m >= 0 && (uint32_t)m < t && c->syn[m].upos == SIMA_UPOS_SCONJ &&
        !owned && sima_casecmp(coder_lemma(c, (uint32_t)m), "of") &&
        sima_casecmp(coder_lemma(c, (uint32_t)m), "for"))
      return coder_subject(c, (uint32_t)c->syn[h].head, depth + 1);
  }
  /* "militants attacking the convoy", and the frequent misparse of a main
  ** verb as a participle modifier ("Students demonstrated ..."): the noun
  ** modified does the act (a VBN participle, "troops deployed", does not) */
  if (rel == SIMA_DEP_ACL &&
      (c->syn[t].xpos == SIMA_XPOS_VBG || c->syn[t].xpos == SIMA_XPOS_VBD))
    return h;
  return -1;
}

/* RULE C-CHARGED-FOR: "faced prosecution for fighting against Islamic
** State", "received a sentence for killing": the object of the governing
** verb is a legal step or penalty, no person; the one who faces it did
** the act, not the prosecution.  1 when token d is such a noun. */
static int legal_object(const coder_ctx *c, uint32_t d) {
  /* (sorted, strcasecmp order) */
  static const char *const legal[] = {
      "charge",     "conviction", "fine",       "indictment", "lawsuit",
      "penalty",    "prosecution", "punishment", "sentence",  "trial"};
  /* (also when coded: "prosecution" is JUD as an actor) */
  return c->syn[d].upos == SIMA_UPOS_NOUN && CODER_IN(legal, coder_lemma(c, d));
}

/* C-CHARGED-FOR: 1 when verb h is one whose subject undergoes its object
** (face, receive, serve ...), not one whose subject brings it ("filed
** charges against X for attempting": X attempted). */
static int facing_verb(const coder_ctx *c, uint32_t h) {
  /* (sorted, strcasecmp order) */
  static const char *const face[] = {"earn", "face",    "get",  "incur",
                                     "receive", "risk", "serve"};
  return CODER_IN(face, coder_lemma(c, h));
}

/* C-CHARGED-FOR: the subject of verb h that faces a legal object; when
** the parse hangs h on a predicate noun with a subject of its own ("a
** soldier was in court facing prosecution"), that subject.  -1 if none. */
static int32_t legal_subject(const coder_ctx *c, uint32_t h, int depth) {
  int32_t s = coder_subject(c, h, depth + 1);
  if (s >= 0 && (uint32_t)s < c->n && coder_child_by(c, (uint32_t)s, SIMA_DEP_COP) >= 0) {
    int32_t n = coder_child_by(c, (uint32_t)s, SIMA_DEP_NSUBJ);
    if (n >= 0)
      return n;
  }
  return s;
}

/* ------------------------------------------------------------------ */
/* matching */

int coder_cases_ok(const coder_ctx *c, uint32_t d, const pat_rel *r) {
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

/* RULE C-PHRASE-NESTED: a word of a nominal trigger or value phrase may
** modify the head's compound instead of the head ("military assistance
** program": the dense parser hangs "military" on "assistance", a
** compound of "program"; the phrase military_assistance_program still
** matches).  1 when a compound dependent of t before it has a dependent
** with that lemma. */
static int nested_premod_lemma(const coder_ctx *c, uint32_t t,
                               uint32_t lemma) {
  for (int32_t d = c->first_child[t]; d >= 0 && (uint32_t)d < t;
       d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_COMPOUND)
      for (int32_t e = c->first_child[d]; e >= 0; e = c->next_sib[e])
        if (c->lid[e] == lemma && (uint32_t)e < (uint32_t)d)
          return 1;
  return 0;
}

static int has_dep_lemma(const coder_ctx *c, uint32_t t, uint32_t lemma) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (c->lid[d] == lemma)
      return 1;
  return 0;
}

static int cons_ok(const coder_ctx *c, uint32_t t, const pat_cons *k,
                   match_state *ms, int depth);

/* RULE C-PHRASE-NOUN: an adjective of a noun phrase value
** ("golden_goblin_galleons") may hang on the phrase's compound modifier
** rather than on its head: one parser reads "golden goblin galleons" with
** "golden" on "goblin".  Has noun t a compound modifier before it with an
** adjective (amod) of that lemma before t? */
static int has_compound_dep_lemma(const coder_ctx *c, uint32_t t,
                                  uint32_t lemma) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if ((uint32_t)d < t && c->syn[d].deprel == SIMA_DEP_COMPOUND)
      for (int32_t e = c->first_child[d]; e >= 0; e = c->next_sib[e])
        if ((uint32_t)e < t && c->lid[e] == lemma &&
            c->syn[e].deprel == SIMA_DEP_AMOD)
          return 1;
  return 0;
}

/* RULE C-PHRASE-CLAUSE: a word of a trigger phrase ("take_control",
** "take_part") is a dependent of the trigger inside its own clause: a
** verb heading a clause of its own (advcl, ccomp, acl, parataxis) is no
** part of the phrase ("Americans have taken dangerous steps ... in
** siding with forces, who control a region": "control" is a verb of
** another clause, no "took control"; nor a verb conjunct with a subject
** of its own, the dense parser's shape of that clause).  Nor is the
** marker before a verb ("instrumental in giving the OPCW powers" is no
** "give in", "on taking office" no "take on"). */
static int has_phrase_dep(const coder_ctx *c, uint32_t t, uint32_t lemma) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    if (c->lid[d] != lemma)
      continue;
    unsigned b = deprel_base(c->syn[d].deprel);
    if (b == SIMA_DEP_MARK && (uint32_t)d < t)
      continue;
    if (c->syn[d].upos == SIMA_UPOS_VERB &&
        (b == SIMA_DEP_ADVCL || b == SIMA_DEP_CCOMP || b == SIMA_DEP_ACL ||
         b == SIMA_DEP_PARATAXIS ||
         /* (a conjunct with a subject of its own: the dense parser's
         ** ", who control a region" as a conjunct of "taken") */
         (b == SIMA_DEP_CONJ &&
          coder_child_by(c, (uint32_t)d, SIMA_DEP_NSUBJ) >= 0)))
      continue;
    return 1;
  }
  return 0;
}

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
        if (w != hi && !has_dep_lemma(c, d, ph->words[w]) &&
            !(hi > 0 && (has_compound_dep_lemma(c, d, ph->words[w]) ||
                         nested_premod_lemma(c, d, ph->words[w]))))
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
** "suspended part of its aid".  RULE C-QUANT-OF: so do quantifier
** pronouns: "few of the preconditions have been met" meets preconditions
** (no meeting), "some of the aid".  Sorted. */
static const char *const transparent[] = {"$",
                                          "all",
                                          "amount",
                                          "any",
                                          "batch",
                                          "billion",
                                          "both",
                                          "bulk",
                                          "consignment",
                                          "contingent",
                                          "day",
                                          "delivery",
                                          "deployment",
                                          "detachment",
                                          "dollar",
                                          "dozen",
                                          "each",
                                          "euro",
                                          "few",
                                          "form",
                                          "half",
                                          "hour",
                                          "hundred",
                                          "kg",
                                          "kilogram",
                                          "kind",
                                          "load",
                                          "lot",
                                          "majority",
                                          "many",
                                          "million",
                                          "minority",
                                          "month",
                                          "most",
                                          "none",
                                          "number",
                                          "package",
                                          "pair",
                                          "part",
                                          "portion",
                                          "pound",
                                          "range",
                                          "round",
                                          "series",
                                          "set",
                                          "several",
                                          "shipment",
                                          "some",
                                          "sum",
                                          "thousand",
                                          "ton",
                                          "tonne",
                                          "total",
                                          "type",
                                          "wave",
                                          "week",
                                          "worth",
                                          "yen",
                                          "\xC2\xA3" /* £ */,
                                          "\xE2\x82\xAC" /* € */};

static int is_transparent(const coder_ctx *c, uint32_t d) {
  const char *l = coder_lemma(c, d);
  return CODER_IN(transparent, l) || c->syn[d].upos == SIMA_UPOS_NUM;
}

static int help_phrase(const coder_ctx *c, uint32_t d);

/* Candidate dependents of t by relation r (voice-normalised, with cases),
** expanded by their conjuncts ("train and equip") and, for subjects and
** objects t lacks, borrowed from t's coordinated verbs. */
/* PP attachment: "shared evidence with the U.S." is often parsed with
** the "with" phrase on the object: the phrases of t's object (and of its
** conjuncts and measures) whose case r names. */
uint32_t coder_obj_phrases(const coder_ctx *c, uint32_t t, const pat_rel *r,
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
          /* RULE C-OBJ-APPOS-PHRASE: or the name in apposition after it,
          ** on which the dense parser hangs the phrase ("extradited
          ** militia leader Jean Bosco to Rwanda": Rwanda --nmod--> Jean
          ** --appos--> leader) */
          (c->syn[k].deprel == SIMA_DEP_APPOS && k > o &&
           c->syn[k].upos == SIMA_UPOS_PROPN) ||
          /* through a measure: "$400m in aid to Taiwan" */
          (deprel_base(c->syn[k].deprel) == SIMA_DEP_NMOD &&
           is_transparent(c, (uint32_t)o) &&
           (coder_has_marker(c, (uint32_t)k, "of") ||
            coder_has_marker(c, (uint32_t)k, "in"))))
        objs[no++] = k;
    for (uint32_t oi = 0; oi < no; oi++)
      for (int32_t d = c->first_child[objs[oi]]; d >= 0 && n < MAX_CAND;
           d = c->next_sib[d])
        if (deprel_base(c->syn[d].deprel) == SIMA_DEP_NMOD &&
            c->syn[d].deprel != SIMA_DEP_NMOD_POSS &&
            coder_cases_ok(c, (uint32_t)d, r) &&
            !help_phrase(c, (uint32_t)d)) /* C-WITH-HELP */
          out[n++] = d;
  }
  return n;
}

/* Verbs of fighting and of working together (C-CONJ-ALONGSIDE).  Sorted. */
static const char *const fight_verbs[] = {"battle", "clash", "combat", "fight"};
/* C-CONJ-FLIGHT: verbs of flight or travel.  Sorted. */
static const char *const flight_verbs[] = {"escape", "flee",   "go",
                                           "move",   "return", "travel"};
static const char *const partner_verbs[] = {
    "ally", "collaborate", "cooperate", "partner", "side", "team", "work"};

/* RULE C-COMPARE-STANDARD: a phrase marked "than" is the standard of a
** comparison ("a closer relationship with the Peruvian police than with
** the United States", "on more horizontal terms than that with the US"):
** no role path and no fallback takes an actor there.  Not a quantity
** ("more than 100 fighters were killed": "than" right after more, less,
** fewer, or a phrase with a number). */
/* RULE C-COMPARE-EQUAL: so is the "as" phrase of an equative on an
** adjective or adverb with its own "as" ("a force almost as big as the
** Mexican Army", "as well armed as the police"): the measure the thing is
** compared with, no role. */
/* RULE C-COMPARE-LIKE: and so is the to- or with-phrase of an adjective
** of likeness ("a commission similar to the UN-backed CICIG", "a plan
** comparable with the Colombian one"): what the thing is likened to. */
static int compare_standard(const coder_ctx *c, uint32_t d) {
  int w = coder_has_marker(c, d, "than");
  if (!w) {
    int32_t h = c->syn[d].head;
    /* Sorted. */
    static const char *const like[] = {"akin",      "analogous", "comparable",
                                       "equivalent", "identical", "similar"};
    if (h >= 0 && (uint32_t)h < c->n && c->syn[h].upos == SIMA_UPOS_ADJ &&
        (coder_has_marker(c, d, "to") || coder_has_marker(c, d, "with")) &&
        CODER_IN(like, coder_lemma(c, (uint32_t)h)))
      return 1;
    if (!coder_has_marker(c, d, "as") || h < 0 || (uint32_t)h >= c->n ||
        (c->syn[h].upos != SIMA_UPOS_ADJ && c->syn[h].upos != SIMA_UPOS_ADV))
      return 0;
    for (int32_t e = c->first_child[h]; e >= 0; e = c->next_sib[e])
      if (e < (int32_t)d && c->syn[e].deprel == SIMA_DEP_ADVMOD &&
          !sima_casecmp(coder_lemma(c, (uint32_t)e), "as"))
        return 1;
    return 0;
  }
  uint32_t k = (uint32_t)(w - 1);
  if (k > 0) {
    const char *p = coder_lemma(c, k - 1);
    if (!sima_casecmp(p, "more") || !sima_casecmp(p, "less") ||
        !sima_casecmp(p, "fewer") || !sima_casecmp(p, "much") ||
        !sima_casecmp(p, "many"))
      return 0;
  }
  for (int32_t e = c->first_child[d]; e >= 0; e = c->next_sib[e])
    if (c->syn[e].deprel == SIMA_DEP_NUMMOD)
      return 0;
  return 1;
}

/* C-KIN-PATH: 1 when the actor at token d is a civilian one (sector
** CVL: "the victims"). */
static int civilian_at(const coder_ctx *c, uint32_t d) {
  uint32_t at;
  int32_t m = coder_actor_of(c, d, 0, &at);
  const char *sec = m >= 0 ? c->doc->mentions[m].sector : NULL;
  return sec && !strcmp(sec, "CVL");
}

/* RULE C-CONJ-APART: 1 when verb t has a dependent of its own between it
** and its conjunct k other than adverbs, particles, auxiliaries and
** punctuation: then t takes no object from k ("spoke on the phone on
** Thursday and agreed the regime had ..." is two acts, and the second's
** object is not the first's partner), while "train and equip the army",
** "condemned strongly and rejected the plan" share it (C-CONJ-VERB).
** Phrases (obl) are still shared: a misparse often hangs the first
** verb's "by phone" or "with X" on the second. */
static int conj_apart(const coder_ctx *c, uint32_t t, uint32_t k) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    if ((uint32_t)d <= t || (uint32_t)d >= k)
      continue;
    unsigned rel = deprel_base(c->syn[d].deprel);
    if (rel != SIMA_DEP_ADVMOD && rel != SIMA_DEP_PUNCT && rel != SIMA_DEP_CC &&
        rel != SIMA_DEP_AUX && rel != SIMA_DEP_COMPOUND)
      return 1;
  }
  return 0;
}

static uint32_t candidates_in(const coder_ctx *c, uint32_t t, const pat_rel *r,
                              int32_t *out, int objph);

/* RULE C-COUNT-SUBJECT: a count is no actor: "the number of kidnappings of
** students rose sharply in the two years after the governor
** launched his crackdown on the cartels" (number misparsed as the
** subject of launched) does not make the students crack down on anyone.  1 when d
** is a definite noun of count or rate ("the number", "the rate", "the
** share" ...) with an "of" phrase; "a number of gangs" (several) is
** still the gangs. */
static int count_subject(const coder_ctx *c, uint32_t d) {
  /* (sorted, strcasecmp order) */
  static const char *const counts[] = {"count",      "number", "percentage",
                                       "proportion", "rate",   "share",
                                       "tally",      "total"};
  if (!CODER_IN(counts, coder_lemma(c, d)) ||
      coder_child_by(c, d, SIMA_DEP_DET) < 0 ||
      sima_casecmp(coder_lemma(c, (uint32_t)coder_child_by(c, d, SIMA_DEP_DET)),
                   "the") != 0)
    return 0;
  for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k])
    if (deprel_base(c->syn[k].deprel) == SIMA_DEP_NMOD &&
        coder_has_marker(c, (uint32_t)k, "of"))
      return 1;
  return 0;
}

/* RULE C-WITH-HELP: "with the help of X" names who helped an act, not
** the partner a with-phrase names ("a truce negotiated with the help of
** the Church": the gangs negotiated it with each other, the Church
** helped).  1 when d is a with-phrase headed by a noun of help. */
static int help_phrase(const coder_ctx *c, uint32_t d) {
  /* (sorted, strcasecmp order) */
  static const char *const help[] = {"aid",       "assistance", "backing",
                                     "help",      "mediation",  "support"};
  return c->syn[d].upos == SIMA_UPOS_NOUN &&
         CODER_IN(help, coder_lemma(c, d)) && coder_has_marker(c, d, "with");
}

/* RULE C-SUBJECT-NEAREST: a verb has one subject: when the parse hangs
** two nominal subjects on it, both before it, with the verb's own
** subordinator between them ("when", "while", "after" ...: the verb's
** clause opens there), the farther one is a misparse, the subject of
** another clause ("The town fell to Isis in 2015 when militants
** conquered the city of Palmyra", fell read as a noun, subject of
** conquered beside militants): the one nearest the verb is its subject.
** 1 when d, a subject of t before it, is such a farther one. */
static int nearer_subject(const coder_ctx *c, uint32_t t, uint32_t d) {
  if (d >= t)
    return 0;
  for (int32_t e = c->first_child[t]; e >= 0; e = c->next_sib[e]) {
    /* (a noun: a pronoun coreference left unresolved may stand for
    ** the farther one, "the parents of a soldier ... after he fought":
    ** the soldier) */
    if ((uint32_t)e <= d || (uint32_t)e >= t ||
        coder_lrel(c, (uint32_t)e) != SIMA_DEP_NSUBJ ||
        (c->syn[e].upos != SIMA_UPOS_NOUN && c->syn[e].upos != SIMA_UPOS_PROPN))
      continue;
    /* (a subordinator: not "including", a participle) */
    for (int32_t k = c->first_child[t]; k >= 0; k = c->next_sib[k])
      if ((uint32_t)k > d && k < e &&
          ((c->syn[k].deprel == SIMA_DEP_MARK &&
            c->syn[k].upos == SIMA_UPOS_SCONJ) ||
           (c->syn[k].deprel == SIMA_DEP_ADVMOD &&
            c->syn[k].xpos == SIMA_XPOS_WRB)))
        return 1;
  }
  return 0;
}

uint32_t coder_candidates(const coder_ctx *c, uint32_t t, const pat_rel *r,
                          int32_t *out) {
  return candidates_in(c, t, r, out, 1);
}

/* C-RELCL-SUBJECT: 1 when clause t is in the past: a simple past (VBD
** with no auxiliary), a past progressive, or a participle with "had",
** "was" or "were" (or with an active subject and no auxiliary); 0 for a
** present, a present perfect or a modal. */
static int past_clause(const coder_ctx *c, uint32_t t) {
  int aux = 0, past = 0;
  for (int32_t k = c->first_child[t]; k >= 0; k = c->next_sib[k]) {
    if (deprel_base(c->syn[k].deprel) != SIMA_DEP_AUX)
      continue;
    aux = 1;
    if (c->syn[k].xpos == SIMA_XPOS_VBD)
      past = 1;
    else if (c->syn[k].xpos != SIMA_XPOS_VBN) /* ("had been") */
      return 0; /* a modal, "has", "have", "is", "be", ... */
  }
  /* (a bare participle with an active subject is a past tense the tagger
  ** misread: "fighters that Kurdish forces captured in Syria") */
  if (c->syn[t].xpos == SIMA_XPOS_VBD)
    return !aux;
  /* (a past progressive: "Isis members who were threatening the couple") */
  if (c->syn[t].xpos == SIMA_XPOS_VBG)
    return past;
  return c->syn[t].xpos == SIMA_XPOS_VBN &&
         (past || (!aux && coder_child_by(c, t, SIMA_DEP_NSUBJ) >= 0));
}

/* RULE C-RELCL-DETACHED: a ", who" or ", which" clause the parser did not
** hang on its noun (it made the clause the root or a clause of another
** verb: "officials mourned agent Jon Perez, who was killed by a cartel in
** May" has "killed" as the root) describes the noun right before the
** comma, as a relative clause hung on it does.  Returns that noun (the
** head of the name, title or apposition that ends before the comma) when
** d, a subject of t, is such a pronoun with a comma right before it, t no
** relative clause and t's act dated by a time phrase of its own ("in
** May", "last year": coder_clause_dated); otherwise -1. */
static int32_t detached_relative_noun(const coder_ctx *c, uint32_t t,
                                      uint32_t d) {
  if (c->syn[t].deprel == SIMA_DEP_ACL_RELCL || d < 2 || d >= t ||
      (c->syn[d].xpos != SIMA_XPOS_WP && c->syn[d].xpos != SIMA_XPOS_WDT) ||
      strcmp(coder_lemma(c, d - 1), ",") != 0 ||
      deprel_base(c->syn[d].deprel) != SIMA_DEP_NSUBJ)
    return -1;
  uint32_t h = d - 2;
  /* (up from a name's last word to the noun it names: "agent Jon Perez") */
  for (int k = 0; k < 4; k++) {
    unsigned b = deprel_base(c->syn[h].deprel);
    int32_t up = c->syn[h].head;
    if (c->tok2men[h] >= 0 || up < 0 || (uint32_t)up >= c->n || (uint32_t)up > h ||
        !(b == SIMA_DEP_FLAT || b == SIMA_DEP_APPOS || b == SIMA_DEP_COMPOUND))
      break;
    h = (uint32_t)up;
  }
  /* (and from a name to the title before it: "police officer Jon Perez") */
  for (int32_t k = c->first_child[h]; k >= 0 && c->tok2men[h] < 0 &&
                                      (uint32_t)k < h;
       k = c->next_sib[k]) {
    unsigned b = deprel_base(c->syn[k].deprel);
    if (c->tok2men[k] >= 0 && c->syn[k].upos == SIMA_UPOS_NOUN &&
        (b == SIMA_DEP_NMOD || b == SIMA_DEP_COMPOUND || b == SIMA_DEP_APPOS) &&
        coder_child_by(c, (uint32_t)k, SIMA_DEP_CASE) < 0)
      h = (uint32_t)k;
  }
  if (c->syn[h].upos != SIMA_UPOS_NOUN && c->syn[h].upos != SIMA_UPOS_PROPN)
    return -1;
  /* (a detached clause codes only a dated act: undated ones were mostly
  ** background, "the YPG, which led the ground campaign", or lost their
  ** objects to the misparse) */
  if (!coder_clause_dated(c, t))
    return -1;
  return (int32_t)h;
}

/* RULE C-RELCL-SUBJECT: the relative pronoun subject of a relative clause
** stands for the noun the clause describes: "Masoud, who sided with the
** new regime" (Masoud sided with it), "the gunmen who killed the mayor",
** "a man who was detained by police".  Only a clause in the past (a simple
** past, or a past perfect or past passive: "had", "was", "were" and a
** participle, no modal): a present, progressive or present perfect one
** tells what the noun is or does ("the PKK, which has waged an insurgency
** for decades", "voters who support Bolsonaro"), background to the news.
** The noun must be an actor, or name one in an of-phrase ("members of the
** gang who ..."); not an act ("the gas attack which killed ..."), nor the
** addressee of a verb of speech ("told reporters that ...": a content
** clause).  The object pronoun of such a clause stands for it too
** ("fighters that Kurdish forces captured").  Returns that noun when d, a
** subject or object of verb t, is such a pronoun (who, whom, which, that)
** and t such a relative clause (acl:relcl) on a noun before d; otherwise
** -1. */
static int32_t relative_antecedent(const coder_ctx *c, uint32_t t, uint32_t d) {
  unsigned db = deprel_base(c->syn[d].deprel);
  int32_t h = detached_relative_noun(c, t, d); /* C-RELCL-DETACHED */
  if ((db != SIMA_DEP_NSUBJ && db != SIMA_DEP_OBJ) ||
      (c->syn[t].deprel != SIMA_DEP_ACL_RELCL && h < 0) ||
      !(is_relpron(c, d) || !sima_casecmp(coder_lemma(c, d), "whom")) ||
      c->tok2men[d] >= 0 || !past_clause(c, t))
    return -1;
  if (h < 0)
    h = c->syn[t].head;
  if (h < 0 || (uint32_t)h >= d ||
      (c->syn[h].upos != SIMA_UPOS_NOUN && c->syn[h].upos != SIMA_UPOS_PROPN))
    return -1;
  int32_t hh = c->syn[h].head;
  if (hh >= 0 && (uint32_t)hh < c->n && c->syn[hh].upos == SIMA_UPOS_VERB &&
      (mood_is_speech(coder_lemma(c, (uint32_t)hh)) ||
       !sima_casecmp(coder_lemma(c, (uint32_t)hh), "tell")))
    return -1;
  /* (a journey or a receipt tells who the noun is: "Britons who travelled
  ** to Syria", "a coalition which received US support"; sorted) */
  static const char *const ident[] = {"come",    "fly",    "go",     "head",
                                      "journey", "receive", "return", "travel"};
  if (CODER_IN(ident, coder_lemma(c, t)))
    return -1;
  /* (nor a count's members: "the number of soldiers who received
  ** training"; C-COUNT-SUBJECT) */
  if (deprel_base(c->syn[h].deprel) == SIMA_DEP_NMOD && hh >= 0 &&
      (uint32_t)hh < c->n && count_subject(c, (uint32_t)hh))
    return -1;
  /* (nor an indefinite one the clause restricts, no comma between: "a
  ** rival gang that killed a relative", "all fighters who agreed to
  ** interviews": any such one; sorted) */
  static const char *const indef[] = {"a", "all", "an", "any", "every", "no",
                                      "some"};
  int32_t det = coder_child_by(c, (uint32_t)h, SIMA_DEP_DET);
  if (det >= 0 && CODER_IN(indef, coder_lemma(c, (uint32_t)det)) &&
      !(d > 0 && c->syn[d - 1].upos == SIMA_UPOS_PUNCT))
    return -1;
  if (c->tok2men[h] >= 0)
    return h;
  for (int32_t k = c->first_child[h]; k >= 0; k = c->next_sib[k])
    if (deprel_base(c->syn[k].deprel) == SIMA_DEP_NMOD &&
        coder_has_marker(c, (uint32_t)k, "of") && c->tok2men[k] >= 0)
      return h;
  /* (an uncoded name stands for the title before it, as for a detached
  ** clause: "police officer Pedro Salas, who was killed by the Shining
  ** Path", the clause hung on the name by the dense parser) */
  if (c->syn[h].upos == SIMA_UPOS_PROPN)
    for (int32_t k = c->first_child[h]; k >= 0 && k < h; k = c->next_sib[k]) {
      unsigned b = deprel_base(c->syn[k].deprel);
      if (c->tok2men[k] >= 0 && c->syn[k].upos == SIMA_UPOS_NOUN &&
          (b == SIMA_DEP_NMOD || b == SIMA_DEP_COMPOUND ||
           b == SIMA_DEP_APPOS) &&
          coder_child_by(c, (uint32_t)k, SIMA_DEP_CASE) < 0)
        return k;
    }
  return -1;
}

/* RULE C-OBJECT-PURPOSE: the to-infinitive the parser hangs on a verb's
** object as its clause ("used tear gas to disperse the crowd": gas
** --acl--> disperse; the dense parser's reading) is the verb's purpose,
** the advcl a pattern asks for ("use ... advcl=disperse"), when the verb
** has no advcl of that name of its own and the object is a thing, no
** event noun (a trigger of nominal patterns) nor a word of a multiword
** trigger of the verb ("open fire").  Writes the clauses to out
** (MAX_CAND at most) and returns how many. */
static uint32_t object_purpose(const coder_ctx *c, uint32_t t,
                               const pat_rel *r, int32_t *out) {
  uint32_t n = 0;
  if (c->syn[t].upos != SIMA_UPOS_VERB)
    return 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    if (c->syn[d].deprel != SIMA_DEP_OBJ || (uint32_t)d < t)
      continue;
    /* (an event noun's to-clause is the event's own purpose: "staged
    ** demonstrations to demand reforms", C-PURPOSE reads it there) */
    uint32_t np = 0;
    pat_pattern *const *ps =
        c->lid[d] == PAT_NONE ? NULL : pat_bucket_find(c->v, c->lid[d], &np);
    int event = 0;
    for (uint32_t i = 0; i < np && !event; i++)
      event = ps[i]->upos == SIMA_UPOS_NOUN;
    if (event)
      continue;
    /* (nor a word of the verb's own phrase: "opened fire to disperse",
    ** open_fire's to-clause hangs on "fire" as on the phrase) */
    ps = c->lid[t] == PAT_NONE ? NULL : pat_bucket_find(c->v, c->lid[t], &np);
    for (uint32_t i = 0; ps && i < np && !event; i++)
      for (uint32_t e = 0; e < ps[i]->nextra && !event; e++)
        event = ps[i]->extra[e] == c->lid[d];
    if (event)
      continue;
    for (int32_t a = c->first_child[d]; a >= 0 && n < MAX_CAND;
         a = c->next_sib[a])
      if (c->syn[a].deprel == SIMA_DEP_ACL && a > d &&
          c->syn[a].upos == SIMA_UPOS_VERB &&
          c->syn[a].xpos == SIMA_XPOS_VB && coder_has_marker(c, (uint32_t)a, "to") &&
          coder_cases_ok(c, (uint32_t)a, r))
        out[n++] = a;
  }
  return n;
}

/* Is r a step of the built-in default target paths (docs/verbs.md), not
** of paths a pattern or a file's %default wrote? */
static int default_target_step(const coder_ctx *c, const pat_rel *r) {
  const pat_role *d = &c->v->default_tgt;
  for (uint32_t i = 0; i < d->npaths; i++)
    if (r >= d->paths[i].steps && r < d->paths[i].steps + d->paths[i].nsteps)
      return 1;
  return 0;
}

/* RULE C-CONJ-PHRASE (dense shape): verb t with no object of its own
** borrows the object of its conjunct k ("detained and deported a group of
** bankers to the US"); the obliques after that object that hang on k are
** k's ("to the US" is where they were deported), not t's, when t's
** pattern looks for its target by the default paths (one that names its
** own, V-070.19 "donate ... tgt=obl(to)", takes a recipient: "donated
** and delivered goods to the school").  Removes from
** out[0..n) the tokens after k's object when t has no object; returns the
** new count. */
static uint32_t drop_after_borrowed(const coder_ctx *c, uint32_t t, uint32_t k,
                                    int32_t *out, uint32_t n) {
  if (coder_child_by(c, t, SIMA_DEP_OBJ) >= 0)
    return n;
  int32_t o = coder_child_by(c, k, SIMA_DEP_OBJ);
  if (o < 0 || (uint32_t)o < k)
    return n;
  uint32_t kept = 0;
  for (uint32_t i = 0; i < n; i++)
    if (out[i] < o || c->syn[out[i]].head != (int32_t)k)
      out[kept++] = out[i];
  return kept;
}

/* coder_candidates; with objph 0, no phrases of t's object stand in for
** t's own (C-CONJ-PHRASE). */
static uint32_t candidates_in(const coder_ctx *c, uint32_t t, const pat_rel *r,
                              int32_t *out, int objph) {
  uint32_t n = 0;
  /* RULE C-KIN-PATH: a path does not pass through a relative to the
  ** relative's qualifiers ("murdered the son of a Haitian pastor": the
  ** son, not the pastor; obj>nmod(of) finds no target), except to
  ** civilians, whose relatives are civilians too ("met relatives of the
  ** victims") */
  int kin = 0;
  if (r->base <= 1 && coder_is_kin(c, t)) {
    unsigned b = deprel_base(r->id);
    kin = b == SIMA_DEP_NMOD || r->id == SIMA_DEP_NMOD_POSS ||
          r->id == SIMA_DEP_DET_POSS || r->id == SIMA_DEP_AMOD;
  }
  for (int32_t d = c->first_child[t]; d >= 0 && n < MAX_CAND;
       d = c->next_sib[d]) {
    unsigned lr = coder_lrel(c, (uint32_t)d);
    if (r->id == SIMA_DEP_XCOMP && in_order_clause(c, (uint32_t)d))
      lr = SIMA_DEP_ADVCL; /* C-IN-ORDER-NOT-XCOMP: no pattern's xcomp */
    else if (r->id == SIMA_DEP_XCOMP && coder_is_xcomp(c, (uint32_t)d))
      lr = SIMA_DEP_XCOMP;
    if (!pat_rel_name_ok(r, lr) || !coder_cases_ok(c, (uint32_t)d, r))
      continue;
    if (lr == SIMA_DEP_NSUBJ && possessive_marked(c, (uint32_t)d))
      continue; /* C-POSS-SUBJ */
    if (lr == SIMA_DEP_NSUBJ && nearer_subject(c, t, (uint32_t)d))
      continue; /* C-SUBJECT-NEAREST */
    if (lr == SIMA_DEP_NSUBJ && count_subject(c, (uint32_t)d))
      continue; /* C-COUNT-SUBJECT */
    int32_t ante = relative_antecedent(c, t, (uint32_t)d);
    if (ante >= 0)
      d = ante; /* C-RELCL-SUBJECT */
    if (kin && !civilian_at(c, (uint32_t)d))
      continue; /* C-KIN-PATH */
    if (compare_standard(c, (uint32_t)d))
      continue; /* C-COMPARE-STANDARD */
    /* RULE C-RELATION-NOUN (paths): a path step through the possessor or
    ** of-phrase of a noun of relation reaches the other side, no role
    ** ("attacked the US military's Kurdish partners": obj>nmod:poss is
    ** not the US military) */
    if (coder_relation_other(c, t, (uint32_t)d))
      continue;
    if ((deprel_base(lr) == SIMA_DEP_OBL ||
         deprel_base(lr) == SIMA_DEP_NMOD) &&
        help_phrase(c, (uint32_t)d))
      continue; /* C-WITH-HELP */
    /* RULE A-APPROVER-NOT-ACTOR: an actor slot "amod" is no participle
    ** of sponsorship or approval ("the Russian-approved Turkish
    ** occupation": Russia stands behind it; Turkey occupies) */
    if (lr == SIMA_DEP_AMOD && coder_sponsor_participle(c, (uint32_t)d))
      continue;
    out[n++] = d;
    for (int32_t k = c->first_child[d]; k >= 0 && n < MAX_CAND;
         k = c->next_sib[k])
      if (c->syn[k].deprel == SIMA_DEP_CONJ ||
          (deprel_base(c->syn[k].deprel) == SIMA_DEP_NMOD &&
           is_transparent(c, (uint32_t)d) &&
           (coder_has_marker(c, (uint32_t)k, "of") ||
            /* "$400m in military aid" */
            ((c->doc->tokens[d].kind == SIMA_TOK_MONEY ||
              c->syn[d].upos == SIMA_UPOS_NUM) &&
             coder_has_marker(c, (uint32_t)k, "in")))))
        out[n++] = k;
  }
  if (n == 0 && r->id == SIMA_DEP_OBL && r->ncases && objph)
    n = coder_obj_phrases(c, t, r, out);
  if (n == 0 && r->id == SIMA_DEP_ADVCL)
    n = object_purpose(c, t, r, out);
  /* RULE C-SPEAKER-CONTENT: a verb of complaint hung as a parataxis
  ** after the clause it reports ("Croatian police beat the refugees,
  ** Amnesty charged"; UD's convention for a final speaker) has that clause
  ** as its content: a pattern's ccomp finds it, as in "Amnesty charged
  ** that ...".  (Only these verbs: PETRARCH codes "..., the government
  ** appealed" with no target, PETR.UnitTest COMPOUND-03.) */
  if (n == 0 && r->id == SIMA_DEP_CCOMP &&
      mood_is_complaint(coder_lemma(c, t)) &&
      c->syn[t].deprel == SIMA_DEP_PARATAXIS && c->syn[t].head >= 0 &&
      (uint32_t)c->syn[t].head < t &&
      c->syn[c->syn[t].head].upos == SIMA_UPOS_VERB &&
      pat_rel_name_ok(r, SIMA_DEP_CCOMP)) {
    int own_content = 0;
    for (int32_t d = c->first_child[t]; d >= 0 && !own_content;
         d = c->next_sib[d]) {
      unsigned b = deprel_base(c->syn[d].deprel);
      own_content =
          b == SIMA_DEP_OBJ || b == SIMA_DEP_XCOMP || b == SIMA_DEP_CCOMP;
    }
    if (!own_content)
      out[n++] = c->syn[t].head;
  }
  if (n == 0 && r->id == SIMA_DEP_NSUBJ) {
    int32_t s = coder_subject(c, t, 0);
    if (s >= 0 && !count_subject(c, (uint32_t)s)) /* C-COUNT-SUBJECT */
      out[n++] = s;
  }
  if (n == 0 && (r->id == SIMA_DEP_OBJ || r->id == SIMA_DEP_OBL)) {
    /* RULE C-CONJ-VERB: "train and equip the army" shares the object;
    ** a verb with an object of its own takes no phrase from a conjunct
    ** with its own ("opened its borders to ..., but was refusing
    ** admittance to Ghanaians": two acts, two recipients) */
    int32_t h = c->syn[t].head;
    int own_obj = 0;
    if (r->id == SIMA_DEP_OBL)
      for (int32_t k = c->first_child[t]; k >= 0 && !own_obj;
           k = c->next_sib[k])
        own_obj = c->syn[k].deprel == SIMA_DEP_OBJ;
    for (int32_t k = c->first_child[t]; k >= 0 && n == 0; k = c->next_sib[k])
      if (c->syn[k].deprel == SIMA_DEP_CONJ &&
          !(r->id == SIMA_DEP_OBJ && conj_apart(c, t, (uint32_t)k))) {
        int other_obj = 0;
        for (int32_t m = c->first_child[k]; m >= 0 && own_obj && !other_obj;
             m = c->next_sib[m])
          other_obj = c->syn[m].deprel == SIMA_DEP_OBJ;
        /* (C-CONJ-PHRASE: not a phrase the parser hung on the
        ** conjunct's object: "arrested and extradited a group to the
        ** US" is extradited to the US) */
        /* RULE C-CONJ-ALONGSIDE: the with-phrase of a verb of working
        ** together is a partner: a verb of fighting coordinated with it
        ** fights alongside it, not against it ("died in Syria fighting or
        ** working with the YPG") */
        if (r->id == SIMA_DEP_OBL && CODER_IN(fight_verbs, coder_lemma(c, t)) &&
            CODER_IN(partner_verbs, coder_lemma(c, (uint32_t)k)))
          other_obj = 1;
        /* RULE C-CONJ-FLIGHT: the phrases of a conjunct verb of flight or
        ** travel are where its doer went, not the recipient of a verb with
        ** an object of its own ("made similar accusations and fled to
        ** Brazil": no accusation against Brazil) */
        if (r->id == SIMA_DEP_OBL && own_obj &&
            CODER_IN(flight_verbs, coder_lemma(c, (uint32_t)k)) &&
            !CODER_IN(flight_verbs, coder_lemma(c, t)))
          other_obj = 1;
        if (!other_obj)
          n = candidates_in(c, (uint32_t)k, r, out, 0);
        /* (C-CONJ-PHRASE: nor the phrases after the object t borrows from
        ** k, which the dense parser hangs on k: "detained and deported a
        ** group to the US") */
        if (n && r->id == SIMA_DEP_OBL && default_target_step(c, r))
          n = drop_after_borrowed(c, t, (uint32_t)k, out, n);
      }
    if (n == 0 && c->syn[t].deprel == SIMA_DEP_CONJ && h >= 0 &&
        (uint32_t)h < c->n) {
      for (int32_t d = c->first_child[h]; d >= 0 && n < MAX_CAND;
           d = c->next_sib[d])
        if (pat_rel_name_ok(r, coder_lrel(c, (uint32_t)d)) &&
            coder_cases_ok(c, (uint32_t)d, r) && (uint32_t)d > t)
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
uint32_t coder_below_t(const coder_ctx *c, uint32_t t, int32_t *out) {
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
uint32_t coder_surface_id(const coder_ctx *c, uint32_t d) {
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
    uint32_t f = coder_surface_id(c, t);
    for (uint32_t i = 0; i < k->val.nalts; i++)
      if (k->val.alts[i].nwords == 1 && k->val.alts[i].words[0] == f)
        return 1;
    return 0;
  }
  int32_t below[MAX_BELOW];
  uint32_t nb = 0;
  if (k->rel.base == PAT_REL_SEQ || k->rel.base == PAT_REL_WORD)
    nb = coder_below_t(c, t, below);
  if (k->rel.base == PAT_REL_WORD) { /* a word below, as written */
    for (uint32_t b = 0; b < nb; b++) {
      uint32_t f = coder_surface_id(c, (uint32_t)below[b]);
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
        if (ph->words[w] != c->lid[d] && ph->words[w] != coder_surface_id(c, d))
          break;
      }
      if (w == nw)
        return 1;
    }
  }
  return 0;
}

/* RULE C-TIME-PHRASE: a phrase of time ("on Friday", "on Tuesday
** night", "in January", "for years") fills no wildcard phrase of a
** pattern: "spoke to Trump on Tuesday night" has no topic "on".  Words
** heading such phrases (weekdays, months but May and March, which name
** people and protests too, and nouns of time).  Sorted. */
static const char *const time_heads[] = {
    "afternoon", "april",     "august",  "day",      "december", "evening",
    "february",  "friday",    "hour",    "january",  "july",     "june",
    "monday",    "month",     "morning", "night",    "november", "october",
    "saturday",  "september", "sunday",  "thursday", "tuesday",  "wednesday",
    "week",      "weekend",   "year"};

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
  uint32_t n = k->rel.base == PAT_REL_BELOW
                   ? coder_below_t(c, t, cand)
                   : coder_candidates(c, t, &k->rel, cand);
  int best = -1;
  int32_t bestd = -1;
  match_state keep, trial;
  if (ms)
    keep = *ms;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t d = (uint32_t)cand[i];
    /* C-TIME-PHRASE */
    if (k->val.any && k->rel.ncases && CODER_IN(time_heads, coder_lemma(c, d)))
      continue;
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
    if (ms->nused < 32) {
      if (k->val.any)
        ms->anyused |= 1u << ms->nused;
      ms->used[ms->nused++] = (int32_t)d;
    }
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

/* The sentence holding token t (sentences are in text order: a binary
** search), or NULL. */
const sima_sentence *coder_sentence_of(const sima_doc *doc, uint32_t t) {
  uint32_t lo = 0, hi = doc->nsents;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (doc->sents[mid].first <= t)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == 0)
    return NULL;
  const sima_sentence *se = &doc->sents[lo - 1];
  return t < se->first + se->count ? se : NULL;
}

/* 1 when t has a dependent by (base) relation rel whose lemma is in the
** sorted list words. */
int coder_has_dep_word(const coder_ctx *c, uint32_t t, unsigned rel,
                       const char *const *words, size_t n) {
  return coder_child_in(c, t, rel, NULL, words, n) >= 0;
}

static int verb_negated(const coder_ctx *c, uint32_t t) {
  static const char *const neg[] = {"n't", "never", "not"};
  return coder_has_dep_word(c, t, SIMA_DEP_ADVMOD, neg, 3);
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
  ms->anyused = 0;
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
      if (!has_phrase_dep(c, t, p->extra[e]))
        break;
    if (e < p->nextra)
      continue;
    match_state trial;
    trial.nused = 0;
    trial.wild = -1;
    trial.anyused = 0;
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
/* the why-not trace (sima_code_opts.why_not; include/sima.h sima_why) */

/* The trace of one document: its records (doc arena) and what the coder
** is doing now (the sentence, the pattern being coded).  `quiet`: the
** sentence failed an earlier stage (actors, trigger), whose record is
** its only one. */
struct coder_trace {
  sima_doc *doc;
  sima_why *v;
  uint32_t n, cap;
  uint32_t si;
  int quiet;
  const pat_pattern *p;
};

/* Appends a record for the current sentence; 0, or -1 out of memory (the
** arena then stays failed and sima_code_doc reports it). */
static int trace_add(const coder_ctx *c, sima_why_stage stage,
                     const char *rule, int32_t tok, const pat_pattern *p,
                     const char *missing, const char *detail) {
  struct coder_trace *tr = c->trace;
  if (!tr || tr->quiet)
    return 0;
  if (ARENA_RESERVE(tr->doc->arena, tr->v, tr->n, tr->cap) != 0)
    return -1;
  sima_why *w = &tr->v[tr->n++];
  memset(w, 0, sizeof *w);
  w->sentence = tr->si;
  w->stage = stage;
  w->rule = rule;
  w->tok = tok;
  w->pattern = p ? p->id : NULL;
  w->code = p ? p->code : NULL;
  w->missing = missing;
  w->detail = detail ? sima_arena_strndup(tr->doc->arena, detail,
                                          strlen(detail))
                     : NULL;
  return 0;
}

int coder_trace_drop(const coder_ctx *c, const char *rule, uint32_t t) {
  trace_add(c, SIMA_WHY_DROP, rule, (int32_t)t, c->trace->p, NULL, NULL);
  return 0;
}

/* Records that the pattern being coded at t found no source and/or no
** target (RULE C-DYAD); returns 0. */
static int trace_no_actor(const coder_ctx *c, uint32_t t, uint32_t nsrc,
                          uint32_t ntgt) {
  if (c->trace)
    trace_add(c, SIMA_WHY_PATTERN, "C-DYAD", (int32_t)t, c->trace->p,
              nsrc == 0 && ntgt == 0 ? "both"
              : nsrc == 0            ? "source"
                                     : "target",
              NULL);
  return 0;
}

/* The name of a constraint's relation as docs/verbs.md writes it. */
static const char *cons_rel_name(const pat_rel *r) {
  /* (indexed by pattern.h's PAT_REL_* values, less PAT_REL_BELOW) */
  static const char *const word_rels[] = {
      [PAT_REL_BELOW - PAT_REL_BELOW] = "below",
      [PAT_REL_SEQ - PAT_REL_BELOW] = "seq",
      [PAT_REL_PRESEQ - PAT_REL_BELOW] = "preseq",
      [PAT_REL_VERBSEQ - PAT_REL_BELOW] = "verbseq",
      [PAT_REL_FORM - PAT_REL_BELOW] = "form",
      [PAT_REL_AFTER - PAT_REL_BELOW] = "after",
      [PAT_REL_WORD - PAT_REL_BELOW] = "word",
      [PAT_REL_BEFORE - PAT_REL_BELOW] = "before",
      [PAT_REL_SKIP - PAT_REL_BELOW] = "skip",
      [PAT_REL_FORMS - PAT_REL_BELOW] = "forms"};
  if (r->base < PAT_REL_BELOW)
    return sima_deprel_name(r->id);
  size_t k = (size_t)(r->base - PAT_REL_BELOW);
  return k < sizeof word_rels / sizeof *word_rels && word_rels[k]
             ? word_rels[k]
             : "?";
}

/* Records why no pattern of trigger t matched (best_pattern found none):
** for each pattern of its bucket (the first 6), the first test it failed,
** as best_pattern makes them ("V-173.2: no obj"). */
static void trace_no_match(const coder_ctx *c, uint32_t t) {
  uint32_t np;
  pat_pattern *const *ps = pat_bucket_find(c->v, c->lid[t], &np);
  if (np == 0)
    return; /* a word of patterns, no trigger */
  char buf[512];
  size_t len = 0;
  buf[0] = '\0';
  for (uint32_t i = 0; i < np && i < 6; i++) {
    const pat_pattern *p = ps[i];
    char why[128];
    if (!trigger_pos_ok(c, t, p)) {
      snprintf(why, sizeof why, "trigger not a %s",
               sima_upos_name(p->upos));
    } else if ((p->flags & PAT_F_PASS) && !coder_is_passive(c, t)) {
      snprintf(why, sizeof why, "not passive");
    } else if ((p->flags & PAT_F_ACTIVE) && coder_is_passive(c, t)) {
      snprintf(why, sizeof why, "not active");
    } else if ((p->flags & PAT_F_NEG) && !verb_negated(c, t)) {
      snprintf(why, sizeof why, "not negated");
    } else {
      uint32_t e = 0;
      while (e < p->nextra && has_phrase_dep(c, t, p->extra[e]))
        e++;
      if (e < p->nextra) {
        snprintf(why, sizeof why, "no word \"%s\"",
                 c->v->lemmas[p->extra[e]]);
      } else {
        match_state trial;
        trial.nused = 0;
        trial.wild = -1;
        uint32_t k = 0;
        while (k < p->ncons && cons_ok(c, t, &p->cons[k], &trial, 0) >= 0)
          k++;
        if (k < p->ncons) {
          const pat_cons *q = &p->cons[k];
          const char *val =
              !q->val.any && q->val.nalts && q->val.alts[0].nwords
                  ? c->v->lemmas[q->val.alts[0].words[0]]
                  : NULL;
          snprintf(why, sizeof why, "%s %s%s%s%s", q->neg ? "has" : "no",
                   q->neg ? "!" : "", cons_rel_name(&q->rel),
                   val ? "=" : "", val ? val : "");
        } else {
          snprintf(why, sizeof why, "outscored");
        }
      }
    }
    int w = snprintf(buf + len, sizeof buf - len, "%s%s: %s", i ? "; " : "",
                     p->id, why);
    if (w < 0 || (size_t)w >= sizeof buf - len)
      break;
    len += (size_t)w;
  }
  if (np > 6 && len + 24 < sizeof buf)
    snprintf(buf + len, sizeof buf - len, "; +%u more", np - 6);
  trace_add(c, SIMA_WHY_PATTERN, NULL, (int32_t)t, NULL, "match", buf);
}

/* ------------------------------------------------------------------ */
/* events */

typedef struct event_vec {
  sima_event *ev;
  uint32_t n, cap;
  uint32_t repeats; /* events C-DEDUP dropped as repeats so far */
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
static int speaker_aside(const coder_ctx *c, uint32_t d);

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
        rel == SIMA_DEP_ACL_RELCL || speaker_aside(c, (uint32_t)d))
      continue;
    subtree_span(c, (uint32_t)d, lo, hi, depth + 1);
  }
}

/* RULE C-ATTR-SPAN: a speaker's phrase holds the speaker, not the words
** the parser hangs on it around commas: a time ("in 2011, police in
** Bolivar department claimed": a year, a calendar name or a day of a
** month whose only other dependents are its preposition, article and
** commas) or "for example"
** ("Human Rights Watch, for example, said").  1 when dependent d is one.
** attribution_ref also closes a parenthesis the phrase opens ("the
** federal prosecutors (Procuraduria General de la Republica, PGR)"). */
static int speaker_aside(const coder_ctx *c, uint32_t d) {
  const char *l = coder_lemma(c, d);
  if ((!sima_casecmp(l, "example") || !sima_casecmp(l, "instance")) &&
      coder_has_marker(c, d, "for"))
    return 1;
  const sima_token *tk = &c->doc->tokens[d];
  int year = timex_year(tk) > 0;
  /* (a day of a month: "July 22", parsed with the number as the head) */
  int day = tk->kind == SIMA_TOK_NUMBER && tk->len <= 2;
  if (!year && !day && !timex_calendar_name(tk))
    return 0;
  int month = 0;
  for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k]) {
    unsigned r = c->syn[k].deprel;
    if (day && timex_calendar_name(&c->doc->tokens[k]) &&
        c->first_child[k] < 0) {
      month = 1;
      continue;
    }
    if (r != SIMA_DEP_CASE && r != SIMA_DEP_PUNCT && r != SIMA_DEP_DET)
      return 0;
  }
  return !day || month;
}

/* The attribution's reference: the actor of token t, and its phrase (t's
** subtree, or the words first..last when mood_analyze gave them: an
** opening "According to X,", which a broken parse may not keep apart). */
static void attribution_ref(const coder_ctx *c, sima_doc *doc, int32_t t,
                            int32_t first, int32_t last, sima_actor_ref *r) {
  memset(r, 0, sizeof *r);
  uint32_t at;
  int32_t m = coder_actor_of(c, (uint32_t)t, 0, &at);
  uint32_t lo = UINT32_MAX, hi = 0;
  if (first >= 0 && last >= first && (uint32_t)last < c->n) {
    lo = doc->tokens[first].off;
    hi = doc->tokens[last].off + doc->tokens[last].len;
  } else {
    subtree_span(c, (uint32_t)t, &lo, &hi, 0);
  }
  if (m >= 0) {
    actor_ref(doc, m, r);
  } else {
    r->country = "";
    r->sector = "";
  }
  /* (C-ATTR-SPAN: a parenthesis the phrase opens, it closes) */
  if (hi > lo && hi <= doc->len) {
    int open = 0;
    for (uint32_t k = lo; k < hi; k++)
      open += doc->text[k] == '(' ? 1 : doc->text[k] == ')' ? -1 : 0;
    for (uint32_t k = hi; open > 0 && k < doc->len && k < hi + 200 &&
                          doc->text[k] != '\n';
         k++)
      if (doc->text[k] == ')' && --open == 0)
        hi = k + 1;
  }
  if (hi > lo && hi <= doc->len) {
    r->start = lo;
    r->end = hi;
    r->text = sima_arena_strndup(doc->arena, doc->text + lo, hi - lo);
  }
}

/* Fills *q with the cue word t of a mood or negation rule (rule NULL or
** t < 0: an empty cue, the word's span and text otherwise). */
static void cue_ref(const coder_ctx *c, sima_doc *doc, const char *rule,
                    int32_t t, sima_cue *q) {
  memset(q, 0, sizeof *q);
  if (!rule)
    return;
  q->rule = rule;
  if (t < 0 || (uint32_t)t >= c->n)
    return;
  const sima_token *tk = &doc->tokens[(uint32_t)t];
  q->start = tk->off;
  q->end = tk->off + tk->len;
  q->text = sima_arena_strndup(doc->arena, doc->text + tk->off, tk->len);
}


static int same_code(const char *a, const char *b) {
  return a && b && strcmp(a, b) == 0;
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
    if (!sima_casecmp(mm[i], l))
      return 1;
  return 0;
}

static int is_must_speech(const char *l) {
  for (size_t i = 0; i < sizeof must_speech / sizeof *must_speech; i++)
    if (!sima_casecmp(must_speech[i], l))
      return 1;
  return 0;
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

/* RULE C-SELF-ORGS: two organisations of the dictionaries that share a
** code are still two actors: the FARC and the ELN are both COLREB, the
** Sinaloa Cartel and the Zetas both MEXCRM ("FARC guerrillas supported
** the ELN").  Is each mention named by a different orgs entry (the first
** entry of its `entry`, from a file whose name starts with "orgs")? */
static int orgs_apart(const sima_mention *s, const sima_mention *t) {
  const char *a = s->entry, *b = t->entry;
  if (!a || !b || strncmp(a, "orgs", 4) != 0 || strncmp(b, "orgs", 4) != 0)
    return 0;
  size_t la = strcspn(a, "+"), lb = strcspn(b, "+");
  return la != lb || strncmp(a, b, la) != 0;
}

/* RULE C-NOUN-BACKGROUND: is nominal trigger t the time frame of its
** clause: "during the Pope's visit", "after the call with Erdogan",
** "since the agreement", "in the wake (aftermath, run-up) of the
** talks", "ahead of / in advance of the visit"?  Such a mention names
** an event as background, not as news. */
static int background_noun(const coder_ctx *c, uint32_t t) {
  static const char *const prep[] = {"after",      "amid",      "before",
                                     "during",     "following", "since",
                                     "throughout", "until"};
  static const char *const frame[] = {"advance", "aftermath", "ahead", "course",
                                      "eve",     "run-up",    "wake"};
  if (c->syn[t].upos != SIMA_UPOS_NOUN)
    return 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    if (deprel_base(c->syn[d].deprel) != SIMA_DEP_CASE)
      continue;
    const char *l = coder_lemma(c, (uint32_t)d);
    if (CODER_IN(prep, l))
      return 1;
    /* "in the wake of", "ahead of": the word before "of" */
    if (!sima_casecmp(l, "of") && d > 0 &&
        CODER_IN(frame, coder_lemma(c, (uint32_t)d - 1)))
      return 1;
  }
  return 0;
}

/* RULE C-OPERATION-ENFORCE: an operation, raid, sweep or crackdown whose
** to-clause is an act of law enforcement (arrest, capture, catch, detain,
** dismantle, evict, remove, shut down ...) is law enforcement whoever runs
** it: 170 (coerce), as C-RAID-POLICE codes police raids, not 190 (military
** force): "authorities launched an operation to catch illegal miners
** in the Amazon", "marines mounted an operation to capture the cartel
** boss".  An operation with no such clause ("launched a military
** operation against the Kurds") keeps 190.  1 if t's object is such a noun. */
static int enforcement_operation(const coder_ctx *c, uint32_t t) {
  static const char *const ops[] = {"crackdown", "operation", "raid",
                                    "sweep"};
  static const char *const enforce[] = {
      "apprehend", "arrest",   "bust",    "capture", "catch",
      "detain",    "dismantle", "evict",  "identify", "remove",
      "seize",     "shut"};
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    if (deprel_base(c->syn[d].deprel) != SIMA_DEP_OBJ ||
        !CODER_IN(ops, coder_lemma(c, (uint32_t)d)))
      continue;
    for (int32_t a = c->first_child[d]; a >= 0; a = c->next_sib[a])
      if (deprel_base(c->syn[a].deprel) == SIMA_DEP_ACL &&
          coder_has_marker(c, (uint32_t)a, "to") &&
          CODER_IN(enforce, coder_lemma(c, (uint32_t)a)))
        return 1;
  }
  return 0;
}

static int same_country(const coder_ctx *c, int32_t a, int32_t b);

/* RULE C-STRIKE-STATE: a strike launched by a state (its government, its
** army, or the country itself) against another country is a military
** strike, not a labour strike (143, CAMEO's strike or boycott): "Russia
** launched a strike against Ukraine" codes 190, as V-190.2 codes a
** launched attack.  Workers'
** strikes are domestic and have civilian sources: they keep 143, and so
** does a boycott.  1 if the 143 of trigger t (the noun "strike", or a verb
** whose object it is) has such a source and target. */
static int state_strike(const coder_ctx *c, uint32_t t, int32_t sm, int32_t tm,
                        const char *code) {
  if (sm < 0 || tm < 0 || strcmp(code, "143") != 0)
    return 0;
  const sima_mention *S = &c->doc->mentions[sm], *T = &c->doc->mentions[tm];
  if (!S->country || !S->country[0] || !T->country || !T->country[0] ||
      !(!S->sector || !S->sector[0] || !strcmp(S->sector, "GOV") ||
        !strcmp(S->sector, "MIL")) ||
      same_country(c, sm, tm))
    return 0;
  if (!sima_casecmp(coder_lemma(c, t), "strike") &&
      c->syn[t].upos == SIMA_UPOS_NOUN)
    return 1;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_OBJ &&
        !sima_casecmp(coder_lemma(c, (uint32_t)d), "strike"))
      return 1;
  return 0;
}

/* RULE C-CHARGE-ACCUSE: "charge X with/for Y" is a legal charge (173)
** only from one who can bring one: a state, its bodies (sector COP, GOV,
** JUD, LEG, MIL, SPY) or an international organisation.  The opposition,
** a rights group, rebels or the press charging someone with an act accuse
** them (112): "the opposition charged the government with arming
** paramilitaries".  A town named as the source is its authorities.  1 if code 173 of trigger "charge" with source mention
** sm is such an accusation. */
static int charge_accusation(const coder_ctx *c, uint32_t t, int32_t sm,
                             const char *code) {
  static const char *const legal[] = {"COP", "GOV", "JUD",
                                      "LEG", "MIL", "SPY"};
  if (sm < 0 || strcmp(code, "173") != 0 ||
      sima_casecmp(coder_lemma(c, t), "charge") != 0)
    return 0;
  const sima_mention *S = &c->doc->mentions[sm];
  if (!S->sector || !S->sector[0] || (S->code && !strncmp(S->code, "IGO", 3)))
    return 0;
  /* (a town by its name stands for its authorities: C-TOWN-AUTHORITY) */
  return !CODER_IN(legal, S->sector) &&
         !coder_town_authority(c, t, sm, code);
}

/* RULE C-RAID-POLICE: a raid by the police or the judiciary (a source of
** sector COP or JUD) is law enforcement, not military force: "police
** raided the town", "prosecutors raided a police unit", "the police
** launched an offensive against his network, arresting seven people"
** code 170 (coerce), as a police raid on premises does (V-170.19), not
** 190.  The trigger is "raid" itself, or a verb whose object is a raid,
** an offensive, an operation or a crackdown ("launched raids against the
** MS13").  Armies, rebels and governments keep 190. */
static int police_raid(const coder_ctx *c, uint32_t t, int32_t sm,
                       const char *code) {
  static const char *const raid[] = {"crackdown", "offensive", "operation",
                                     "raid", "sweep"};
  if (sm >= 0 && !strcmp(code, "190") && enforcement_operation(c, t))
    return 1; /* C-OPERATION-ENFORCE */
  if (sm < 0 || strcmp(code, "190") != 0 ||
      !(coder_sector_is(c, sm, "COP") || coder_sector_is(c, sm, "JUD")))
    return 0;
  if (!sima_casecmp(coder_lemma(c, t), "raid"))
    return 1;
  return CODER_CHILD_IN(c, t, SIMA_DEP_OBJ, raid) >= 0;
}

/* RULE C-OPERATION-CRIME: an operation, crackdown, raid or sweep of a
** state (a source of sector GOV, MIL, COP, JUD or SPY, or a bare
** country) against a criminal group (a target of sector CRM) is law
** enforcement, as C-OPERATION-ENFORCE and C-RAID-POLICE code police
** operations: 170 (coerce), not 190 (military force): "authorities
** mounted operations targeting mafia networks", "the police carried out
** a series of operations to identify crime groups".  The operation is the
** trigger's object, or the of-noun of a "series"/"wave"/"string" object.
** An offensive, a battle or a war keeps 190; so do kills and clashes, and
** gangs' operations against rivals.  1 if the 190 of t has such a source,
** target and object. */
static int crime_operation(const coder_ctx *c, uint32_t t, int32_t sm,
                           int32_t tm, const char *code) {
  static const char *const ops[] = {"crackdown", "operation", "raid", "sweep"};
  static const char *const runs[] = {"series", "string", "wave"};
  static const char *const state[] = {"COP", "GOV", "JUD", "MIL", "SPY"};
  if (sm < 0 || tm < 0 || strcmp(code, "190") != 0 ||
      !coder_sector_is(c, tm, "CRM"))
    return 0;
  const sima_mention *S = &c->doc->mentions[sm];
  if (S->sector && S->sector[0] ? !CODER_IN(state, S->sector)
                                 : !S->country || !S->country[0])
    return 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    if (deprel_base(c->syn[d].deprel) != SIMA_DEP_OBJ)
      continue;
    if (CODER_IN(ops, coder_lemma(c, (uint32_t)d)))
      return 1;
    if (!CODER_IN(runs, coder_lemma(c, (uint32_t)d)))
      continue;
    if (CODER_CHILD_IN_MARKED(c, (uint32_t)d, SIMA_DEP_NMOD, "of", ops) >= 0)
      return 1;
  }
  return 0;
}

/* RULE C-INVESTIGATE-CRIME: an inquiry into the operations, attacks or
** shootings of a criminal group (093, investigating military action, with
** a target of sector CRM) is a crime investigation, 091: "authorities
** investigated the operations of 40 gang cells", "prosecutors
** investigated the shooting by gang members".  Armed groups and states
** keep 093.  1 if the 093 has such a target. */
static int crime_inquiry(const coder_ctx *c, int32_t tm, const char *code) {
  return tm >= 0 && !strcmp(code, "093") && coder_sector_is(c, tm, "CRM");
}

/* RULE C-ACKNOWLEDGE-OTHERS: an admission (015) of a clause whose act
** has another actor for its agent ("Moscow has acknowledged that several
** dozen of its nationals were killed by a US-led coalition strike")
** acknowledges a fact, not the source's own responsibility: 1 when a
** clausal complement (ccomp) of trigger t is passive with a by-agent
** whose phrase holds a coded actor of another country than the source's
** (or any coded actor when the source has no country). */
static int acknowledged_others(const coder_ctx *c, uint32_t t, int32_t sm,
                               const char *code) {
  if (sm < 0 || strcmp(code, "015") != 0)
    return 0;
  const char *sc = c->doc->mentions[sm].country;
  for (int32_t v = c->first_child[t]; v >= 0; v = c->next_sib[v]) {
    if (c->syn[v].deprel != SIMA_DEP_CCOMP)
      continue;
    for (int32_t a = c->first_child[v]; a >= 0; a = c->next_sib[a]) {
      if (c->syn[a].deprel != SIMA_DEP_OBL_AGENT)
        continue;
      /* (the agent's phrase: tokens whose heads reach it within 4 steps) */
      for (uint32_t i = 0; i < c->n; i++) {
        int32_t h = (int32_t)i;
        for (int k = 0; k < 4 && h >= 0 && h != a; k++)
          h = c->syn[h].head;
        int32_t m = c->tok2men[i];
        if (h != a || m < 0 || !c->doc->mentions[m].code ||
            !c->doc->mentions[m].code[0])
          continue;
        const char *mc = c->doc->mentions[m].country;
        if (!sc || !sc[0] || !mc || !mc[0] || strcmp(sc, mc) != 0)
          return 1;
      }
    }
  }
  return 0;
}

/* RULE C-PRESENCE-HOME: a non-state armed group (a source of sector REB,
** CRM, INS or UAF) that builds up, bolsters or moves its forces in its own
** country (154) shows no force to the people of the place it is in: "the
** ELN has also bolstered its presence in the coca-rich town of Tumaco" is
** where the group grows, not an act aimed at Tumaco's civilians (a
** state's deployment to its own towns keeps its target, C-TOWN-GROUND).
** 1 when the 154's target is of the source's own country. */
static int armed_presence_home(const coder_ctx *c, int32_t sm, int32_t tm,
                               const char *code) {
  static const char *const armed[] = {"CRM", "INS", "REB", "UAF"};
  if (sm < 0 || tm < 0 || strcmp(code, "154") != 0)
    return 0;
  const sima_mention *S = &c->doc->mentions[sm], *T = &c->doc->mentions[tm];
  return S->sector && CODER_IN(armed, S->sector) && S->country &&
         S->country[0] && T->country && !strcmp(S->country, T->country);
}

/* RULE C-LAW-CRACKDOWN: a crackdown (175, violent repression) whose means
** is a law is an administrative sanction (172): "the government passed a
** bill to crack down on online recruitment", "a decree to crack down on
** illegal mining".  The trigger is the purpose clause (to-infinitive) of a
** verb whose object is a law noun, or a clause modifying a law noun.
** Returns 1 when the 175 is to become 172. */
static int law_crackdown(const coder_ctx *c, uint32_t t, const char *code) {
  /* Sorted. */
  static const char *const law[] = {
      "act",     "amendment", "bill",       "decree",   "law",
      "legislation", "measure", "ordinance", "reform", "regulation"};
  int32_t h = c->syn[t].head;
  if (strcmp(code, "175") != 0 || h < 0 || (uint32_t)h >= c->n)
    return 0;
  unsigned rel = deprel_base(c->syn[t].deprel);
  if (rel == SIMA_DEP_ACL && CODER_IN(law, coder_lemma(c, (uint32_t)h)))
    return 1;
  if ((rel != SIMA_DEP_ADVCL && rel != SIMA_DEP_XCOMP) ||
      !coder_has_marker(c, t, "to") ||
      c->syn[h].upos != SIMA_UPOS_VERB)
    return 0;
  return CODER_CHILD_IN(c, (uint32_t)h, SIMA_DEP_OBJ, law) >= 0;
}

/* RULE C-CAPTURE-PLACE: capturing or seizing a town named in the country
** dictionary (CVL by a place entry) is taking territory (192, occupy
** territory), not an arrest (173): "Islamic State first captured Raqqa in
** 2014"; a name of singular proper nouns (C-TOWN-ROLE), so not a people
** ("captured three Venezuelans").  Only when the town is the verb's own object (or passive
** subject): "captured him in Raqqa" is still an arrest.  Common nouns
** ("captured the city") are the patterns' (V-192.8). */
static int capture_place(const coder_ctx *c, uint32_t t, int32_t tm,
                         int32_t ttok, const char *code) {
  /* RULE C-RECAPTURE: "recapture" too, whose actor objects are re-arrests
  ** (V-173.46) unless the object is a town ("recaptured Palmyra") */
  static const char *const verbs[] = {"capture", "recapture", "seize"};
  if (tm < 0 || ttok < 0 || (uint32_t)ttok >= c->n || strcmp(code, "173") ||
      !CODER_IN(verbs, coder_lemma(c, t)) || c->syn[ttok].head != (int32_t)t ||
      !coder_town_name(c, tm) || !coder_town_mention(c, tm))
    return 0;
  /* RULE C-CAPTURE-NAME: not when the town is only the start of a longer
  ** name the parse runs on (flat words past the town's mention): "Mexico
  ** Captures Sinaloa Meth Maker" takes a man from Sinaloa, not Sinaloa */
  const sima_mention *T = &c->doc->mentions[tm];
  for (int32_t d = c->first_child[ttok]; d >= 0; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_FLAT &&
        ((uint32_t)d < T->first || (uint32_t)d >= T->first + T->count))
      return 0;
  unsigned b = deprel_base(c->syn[ttok].deprel);
  return b == SIMA_DEP_OBJ || b == SIMA_DEP_NSUBJ;
}

/* RULE C-MUST-STATE: does the clause "Y must/should V" name no act of Y,
** so that it is no demand on Y (C-MUST's generic 100)?  V a verb of what
** befalls or is held (die, endure, expect, have, perish, starve, suffer):
** "children should not suffer for their parents' crimes", "the Kurds
** should have a role in the talks", "they must have evidence" (an
** inference).  1 if so. */
static int must_no_act(const coder_ctx *c, uint32_t v) {
  static const char *const undergo[] = {"die",    "endure", "expect", "have",
                                        "perish", "starve", "suffer"};
  /* (the clause's head itself: a "have" the tagger calls AUX is its verb) */
  return (c->syn[v].upos == SIMA_UPOS_VERB ||
          c->syn[v].upos == SIMA_UPOS_AUX) &&
         CODER_IN(undergo, coder_lemma(c, v));
}

/* RULE C-MUST-BLAME: is v "bear/shoulder/accept responsibility" or
** "bear/shoulder/accept/share/take the blame" ("Congress should bear some
** responsibility for the problem")?  ("take (greater) responsibility" and
** "share responsibility" are duties more often than blame: not these.) */
static int must_blame(const coder_ctx *c, uint32_t v) {
  static const char *const bear[] = {"accept", "bear", "shoulder"};
  static const char *const take[] = {"accept", "bear", "share", "shoulder",
                                     "take"};
  for (int32_t d = c->first_child[v]; d >= 0; d = c->next_sib[d]) {
    if (deprel_base(c->syn[d].deprel) != SIMA_DEP_OBJ)
      continue;
    const char *o = coder_lemma(c, (uint32_t)d);
    if ((!sima_casecmp(o, "responsibility") &&
         CODER_IN(bear, coder_lemma(c, v))) ||
        (!sima_casecmp(o, "blame") && CODER_IN(take, coder_lemma(c, v))))
      return 1;
  }
  return 0;
}

/* A-PEOPLE-FIGHTING: does a participle of fighting follow head token h
** ("citizens fighting in Syria", "women who are fighting with the YPJ")
** with a phrase of where or with whom (alongside, against, in, inside,
** with)?  Not "fighting for their rights". */
static int fighting_after(const coder_ctx *c, uint32_t h) {
  static const char *const fight[] = {"battle", "fight"};
  static const char *const with[] = {"against", "alongside", "in", "inside",
                                     "with"};
  static const char *const be[] = {"be"};
  uint32_t v = h + 1;
  if (v + 2 < c->n && !sima_casecmp(coder_lemma(c, v), "who") &&
      CODER_IN(be, coder_lemma(c, v + 1)))
    v += 2;
  return v + 1 < c->n && c->syn[v].xpos == SIMA_XPOS_VBG &&
         CODER_IN(fight, coder_lemma(c, v)) &&
         CODER_IN(with, coder_lemma(c, v + 1));
}

/* A-KURDS-FIGHTING: is token h, "Kurds" (mention m), joined by "and" to
** an armed agent ("alongside Kurds and other rebels")? */
static int kurds_with_armed(const coder_ctx *c, uint32_t h, int32_t m) {
  static const char *const armed[] = {"INS", "MIL", "REB", "UAF"};
  for (int32_t d = c->first_child[h]; d >= 0; d = c->next_sib[d]) {
    int32_t dm = c->tok2men[d];
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_CONJ && dm >= 0 &&
        dm != m && c->doc->mentions[dm].sector &&
        CODER_IN(armed, c->doc->mentions[dm].sector))
      return 1;
  }
  return 0;
}

/* RULE A-PEOPLE-FIGHTING, A-KURDS-FIGHTING: the code of mention m, a
** side of event `code` whose other side is mention o, when the sentence
** shows that the people it names are fighters: CCC+REB (or REB), else
** NULL.  (1) A word for people (CVL) followed by a participle of
** fighting with a phrase of where or with whom: "their citizens fighting
** in Syria" (FRAREB: foreign fighters, not civilians), "British women
** fighting with the YPJ"; or such a word (citizens, foreigners, men,
** nationals, volunteers, women) that is the source of fighting (root 19,
** fight, battle): "foreign nationals travelled to Syria to fight Isis".  (2) "Kurds" (CVL; "the Kurds" already are
** REB, A-KURDS-FORCES) that occupy, attack or use force (the source of
** roots 15, 18-20: "20% of Syria was occupied by Kurds"), that are named
** with an armed agent ("fighting alongside Kurds and other rebels"), or
** that troops cooperate with or aid (062, 07x with a MIL or REB other
** side: "US forces assisting Kurds").  Kurds attacked, jailed or killed
** stay people ("Saddam's attack on Kurds in Halabja"). */
static const char *fighters_code(const coder_ctx *c, sima_doc *doc, uint32_t t,
                                 int32_t m, int32_t o, const char *code,
                                 int source) {
  static const char *const people[] = {"citizen", "foreigner", "man",
                                       "national", "volunteer", "woman"};
  static const char *const fight_lemmas[] = {"battle", "fight"};
  if (m < 0 || !coder_sector_is(c, m, "CVL"))
    return NULL;
  const sima_mention *M = &doc->mentions[m];
  if (M->count == 0 || M->first + M->count > c->n)
    return NULL;
  uint32_t h = M->first + M->count - 1;
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  int fight = 0;
  if (c->syn[h].upos == SIMA_UPOS_NOUN && (c->syn[h].xpos == SIMA_XPOS_NNS) &&
      fighting_after(c, h))
    fight = 1;
  else if (source && root == 19 && c->syn[h].xpos == SIMA_XPOS_NNS &&
           CODER_IN(people, coder_lemma(c, h)) &&
           CODER_IN(fight_lemmas, coder_lemma(c, t)))
    fight = 1; /* "foreign nationals travelled to Syria to fight Isis" */
  else if (!sima_casecmp(coder_lemma(c, h), "kurd") ||
           !sima_casecmp(coder_lemma(c, h), "kurds"))
    /* RULE A-KURDS-COERCE: and so are Kurds who coerce (the source of
    ** root 17: "arrested by Iraqi Kurds", "Kurds put the fighters on
    ** trial"): people do not arrest or try, their forces and authorities
    ** do */
    fight = (source && (root == 15 || root >= 17)) ||
            kurds_with_armed(c, h, m) ||
            ((!strcmp(code, "062") || root == 7) && o >= 0 &&
             (coder_sector_is(c, o, "MIL") || coder_sector_is(c, o, "REB")));
  if (!fight)
    return NULL;
  char buf[16];
  snprintf(buf, sizeof buf, "%sREB", M->country ? M->country : "");
  return sima_arena_strndup(doc->arena, buf, strlen(buf));
}

/* RULE C-HELD-PLACE: the holder of place mention tm when the place is
** named as held by an armed or ruling actor right before it ("the
** rebel-held town of Douma", "the Kurdish-held Syrian town of Afrin",
** "Isis-held Mosul") and is the target of a military act on ground (root
** 19, or a threat of force, 138x): the act is against those who hold the
** town, not its people (RUSMIL -> REB, not SYRCVL).  Returns the holder's
** mention, -2 for the Kurds (Kurdish-held: their forces, REB, with no
** mention of their own), or -1.  Aid or visits to such a town keep the
** town. */
static int32_t held_place_holder(const coder_ctx *c, int32_t tm,
                                 const char *code) {
  static const char *const held[] = {"controlled", "held", "occupied"};
  static const char *const holders[] = {"GOV", "INS", "MIL", "OPP", "REB",
                                        "UAF"};
  if (tm < 0 || !(!strncmp(code, "19", 2) || !strncmp(code, "138", 3)))
    return -1;
  const sima_mention *T = &c->doc->mentions[tm];
  if (T->sector && T->sector[0] && strcmp(T->sector, "CVL"))
    return -1;
  uint32_t p = T->first; /* ("held" right before the place's mention) */
  /* ("the Kurdish-held town of Manbij" is one mention: the town's) */
  if (T->count > 3 && !sima_casecmp(coder_lemma(c, p), "kurdish") &&
      !strcmp(coder_lemma(c, p + 1), "-"))
    p += 3;
  if (p < 3 || p >= c->n)
    return -1;
  const sima_token *k = &c->doc->tokens[p - 1];
  char w[16];
  if (k->len >= sizeof w)
    return -1;
  for (uint32_t i = 0; i < k->len; i++)
    w[i] = (char)tolower((unsigned char)c->doc->text[k->off + i]);
  w[k->len] = '\0';
  if (!CODER_IN(held, w) ||
      strcmp(coder_lemma(c, p - 2), "-") != 0)
    return -1;
  /* (the Kurds hold places by their forces: A-KURDS-FORCES) */
  if (!sima_casecmp(coder_lemma(c, p - 3), "kurdish") &&
      (c->tok2men[p - 3] < 0 || c->tok2men[p - 3] == tm))
    return -2;
  int32_t hm = c->tok2men[p - 3] >= 0 ? c->tok2men[p - 3] : c->tok2men[p - 1];
  if (hm < 0 || hm == tm)
    return -1;
  const sima_mention *H = &c->doc->mentions[hm];
  int org = H->code && !strncmp(H->code, "IMG", 3);
  if (!org && !(H->sector && CODER_IN(holders, H->sector)))
    return -1;
  return hm;
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
    return coder_drop(c, "C-SELF", t);
  { /* C-ATTR-HEADLINE: a headline's speaker is no actor of what it says */
    int32_t hf, hl;
    if (coder_headline_speaker(c, t, &hf, &hl) >= 0 &&
        ((stok >= hf && stok <= hl) || (ttok >= hf && ttok <= hl)))
      return coder_drop(c, "C-ATTR-HEADLINE", t);
  }
  if (police_raid(c, t, sm, code)) /* RULE C-RAID-POLICE */
    code = "170";
  if (charge_accusation(c, t, sm, code)) /* RULE C-CHARGE-ACCUSE */
    code = "112";
  if (crime_operation(c, t, sm, tm, code)) /* RULE C-OPERATION-CRIME */
    code = "170";
  if (crime_inquiry(c, tm, code)) /* RULE C-INVESTIGATE-CRIME */
    code = "091";
  if (law_crackdown(c, t, code)) /* RULE C-LAW-CRACKDOWN */
    code = "172";
  if (state_strike(c, t, sm, tm, code)) /* RULE C-STRIKE-STATE */
    code = "190";
  if (capture_place(c, t, tm, ttok, code)) /* RULE C-CAPTURE-PLACE */
    code = "192";
  int held_kurds = 0;
  { /* RULE C-HELD-PLACE */
    int32_t hm = held_place_holder(c, tm, code);
    if (hm >= 0) {
      if (hm == sm)
        return coder_drop(c, "C-HELD-PLACE", t);
      tm = hm;
      T = &doc->mentions[tm];
    }
    held_kurds = hm == -2;
  }
  /* C-TOWN-GROUND: a town fought over is its country's ground */
  int ground = T && T->country && T->country[0] && !held_kurds &&
               coder_town_ground(c, t, tm, code, S ? S->country : NULL);
  const char *tcode = T ? (ground ? T->country : T->code) : NULL;
  /* A-PEOPLE-FIGHTING, A-KURDS-FIGHTING: people who fight are fighters */
  const char *sfight = fighters_code(c, doc, t, sm, tm, code, 1);
  const char *tfight =
      held_kurds ? "REB" : fighters_code(c, doc, t, tm, sm, code, 0);
  const char *scode = sfight ? sfight : S ? S->code : NULL;
  /* C-TOWN-AUTHORITY: a town that indicts or arrests is its country */
  int town_auth = !sfight && S && S->country && S->country[0] &&
                  coder_town_authority(c, t, sm, code);
  if (town_auth)
    scode = S->country;
  if (tfight)
    tcode = tfight;
  if (S && T && coder_same_actor(scode, tcode) && !orgs_apart(S, T))
    return coder_drop(c, "C-SELF", t);
  /* RULE C-NOUN-BACKGROUND: a background mention ("violence went on
  ** during the Pope's visit to Guanajuato") of an event the document
  ** coded before (same code, source and target) is that event again, not
  ** a new one: dropped */
  uint32_t from = sent_first_ev;
  if (background_noun(c, t))
    from = 0;
  for (uint32_t i = from; i < ev->n; i++) {
    const sima_event *o = &ev->ev[i];
    if (i < sent_first_ev && (strcmp(o->code, code) != 0 ||
                              !same_code(o->source.code, scode) ||
                              !same_code(o->target.code, tcode)))
      continue;
    if (i < sent_first_ev) {
      ev->repeats++;
      return coder_drop(c, "C-NOUN-BACKGROUND", t);
    }
    if (strcmp(o->code, code) == 0 &&
        (o->source.code == scode || same_code(o->source.code, scode)) &&
        (o->target.code == tcode || same_code(o->target.code, tcode)) &&
        o->mood == mi->mood && o->negated == mi->negated) {
      ev->repeats++;
      return coder_drop(c, "C-DEDUP", t);
    }
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
  if (ground) {
    e->target.code = T->country;
    e->target.sector = "";
  }
  if (town_auth) {
    e->source.code = S->country;
    e->source.sector = "";
  }
  if (sfight) {
    e->source.code = sfight;
    e->source.sector = "REB";
  }
  if (tfight) {
    e->target.code = tfight;
    e->target.sector = "REB";
  }
  if (p->flags & PAT_F_PETRNP) { /* C-SELF, C-DEDUP on the new codes */
    int drop = coder_same_actor(e->source.code, e->target.code);
    for (uint32_t i = sent_first_ev; i + 1 < ev->n && !drop; i++) {
      const sima_event *o = &ev->ev[i];
      drop = !strcmp(o->code, code) &&
             same_code(o->source.code, e->source.code) &&
             same_code(o->target.code, e->target.code) &&
             o->mood == mi->mood && o->negated == mi->negated;
    }
    if (drop) {
      ev->n--;
      ev->repeats++;
      return coder_drop(c, coder_same_actor(e->source.code, e->target.code)
                               ? "C-SELF"
                               : "C-DEDUP",
                        t);
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
  if (mi->mood != SIMA_MOOD_ASSERTED)
    cue_ref(c, doc, mi->mood_rule, mi->mood_cue, &e->mood_cue);
  if (mi->negated)
    cue_ref(c, doc, mi->neg_rule, mi->neg_cue, &e->neg_cue);
  if (mi->attr >= 0 && mood_attribution_ok(c, t, mi)) {
    e->has_attribution = 1;
    e->attr_rule = mi->attr_rule;
    attribution_ref(c, doc, mi->attr, mi->attr_first, mi->attr_last,
                    &e->attribution);
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
  coder_location(c, doc, t, e);
  coder_quantities(c, doc, t, e);
  return sima_arena_failed(doc->arena) ? -1 : 0;
}

/* RULE C-ARREST-PLACE: an arrest told in the passive with no agent ("a
** suspected arms dealer was arrested in Peru", "two Zetas were detained
** in Madrid") was made by the state where it took place: the source is
** that country (CAMEO codes the arresting state; the place's country is
** the only actor the sentence gives).  Only an arrest or detention
** (173), only a bare passive of the trigger itself (no by-phrase, no
** active verb whose subject went uncoded: "gunmen detained him in
** Mexico" stays uncoded), and only a place from the trigger's own
** phrases (C-LOC, C-LOC-SITE, C-LOC-WHERE).  p15e */
/* C-ARREST-PLACE: 1 when trigger t is a verb of arrest in a passive with
** no agent phrase anywhere in the sentence after it. */
static int agentless_arrest(const coder_ctx *c, uint32_t t) {
  /* verbs of arrest: not "held", "jailed", "imprisoned" (a state, or a
  ** sentence served) nor "indicted" (a charge).  Sorted. */
  static const char *const arrest[] = {"apprehend", "arrest", "capture",
                                       "detain", "nab"};
  if (!CODER_IN(arrest, coder_lemma(c, t)))
    return 0;
  int pass = 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned r = c->syn[d].deprel;
    if (r == SIMA_DEP_AUX_PASS || r == SIMA_DEP_NSUBJ_PASS)
      pass = 1;
  }
  /* (a by-phrase the parse hung elsewhere: "captured in Syria by
  ** US-backed fighters", with "by" a marker) */
  const sima_sentence *se = coder_sentence_of(c->doc, t);
  uint32_t end = se ? se->first + se->count : c->n;
  for (uint32_t k = t + 1; k < end && k < c->n; k++)
    if (c->syn[k].deprel == SIMA_DEP_OBL_AGENT ||
        (c->syn[k].lemma && !sima_casecmp(c->syn[k].lemma, "by") &&
         c->syn[k].upos == SIMA_UPOS_ADP))
      return 0;
  return pass;
}

/* RULE C-ARREST-PLACE-NOUN: C-ARREST-PLACE for an arrest named as a noun:
** "the recent capture of Barrio 18 members in Italy", "the arrest of
** another Rastrojos commander in Venezuela" (ITA SLVCRM 173, VEN COLCRM
** 173): an arrest or capture with an of-phrase and no doer (no by-phrase,
** no possessor) was made by the country of its own place.  Such a noun
** takes no doer from the verb it is the object of either ("Colombia
** welcomed the arrest of X" did not arrest X; C-NOUN-LIGHT).  1 when t is
** such a noun. */
static int agentless_arrest_noun(const coder_ctx *c, uint32_t t) {
  static const char *const arrest[] = {"arrest", "capture"};
  if (c->syn[t].upos != SIMA_UPOS_NOUN || !CODER_IN(arrest, coder_lemma(c, t)))
    return 0;
  int of = 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned r = c->syn[d].deprel;
    if (r == SIMA_DEP_NMOD_POSS || r == SIMA_DEP_DET_POSS ||
        (deprel_base(r) == SIMA_DEP_NMOD &&
         coder_has_marker(c, (uint32_t)d, "by")))
      return 0;
    if (deprel_base(r) == SIMA_DEP_NMOD &&
        coder_has_marker(c, (uint32_t)d, "of"))
      of = 1;
  }
  return of;
}

/* C-ARREST-PLACE: 1 when token k lies in the phrase of t's passive
** subject (the one arrested, with its modifiers and appositions: "the heir
** to Guatemala's premier trafficking clan"), not an actor a target
** fallback found elsewhere ("... and extradited to the US"). */
static int arrested_subject(const coder_ctx *c, uint32_t t, int32_t k) {
  /* (or the noun a relative clause's pronoun subject stands for,
  ** C-RELCL-SUBJECT: "a cartel leader, who was arrested in Colombia") */
  int32_t ante = -1;
  for (int32_t d = c->first_child[t]; d >= 0 && ante < 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_NSUBJ_PASS)
      ante = relative_antecedent(c, t, (uint32_t)d);
  for (uint32_t hops = 0; k >= 0 && (uint32_t)k < c->n && hops < 16;
       hops++) {
    if (c->syn[k].head == (int32_t)t)
      return c->syn[k].deprel == SIMA_DEP_NSUBJ_PASS ||
             /* (C-ARREST-PLACE-NOUN: the noun's of-phrase) */
             (c->syn[t].upos == SIMA_UPOS_NOUN &&
              deprel_base(c->syn[k].deprel) == SIMA_DEP_NMOD &&
              coder_has_marker(c, (uint32_t)k, "of"));
    if (k == ante)
      return 1;
    k = c->syn[k].head;
  }
  return 0;
}

/* C-ARREST-PLACE: emits the arrest at t of each target from the country
** of the place the event took place; returns -1 on an allocation
** failure, else 0 (nothing emitted when the place is not the trigger's
** own or has no country). */
static int emit_arrest_place(const coder_ctx *c, const sima_cameo *cameo,
                             sima_doc *doc, event_vec *ev, uint32_t si,
                             uint32_t first_ev, uint32_t t,
                             const pat_pattern *p, const char *code,
                             const actor_set *tgt, const mood_info *mi) {
  for (uint32_t b = 0; b < tgt->n; b++) {
    uint32_t before = ev->n;
    if (!arrested_subject(c, t, tgt->tok[b]))
      continue;
    if (emit(c, cameo, doc, ev, si, first_ev, t, p, code, -1, -1,
             tgt->men[b], tgt->tok[b], mi) != 0)
      return -1;
    if (ev->n == before)
      continue;
    sima_event *e = &ev->ev[ev->n - 1];
    const char *lr = e->loc_rule;
    const char *cty = e->loc_country;
    if (!lr || !cty || strlen(cty) != 3 ||
        (strcmp(lr, "C-LOC") && strcmp(lr, "C-LOC-SITE") &&
         strcmp(lr, "C-LOC-WHERE")) ||
        (e->target.country && !strcmp(e->target.code, cty))) {
      ev->n--; /* no place of the arrest's own, or the place is the target */
      continue;
    }
    e->source.code = cty;
    e->source.country = cty;
    e->source.sector = "";
    e->source.start = e->loc_start;
    e->source.end = e->loc_end;
    e->source.text = e->location;
    e->source_tok = -1;
  }
  return sima_arena_failed(doc->arena) ? -1 : 0;
}

/* RULE C-RESTRICT-HOME, C-PROTEST-STATE, C-DEMAND-HOME: emits the event at
** t from source sm (token stok) aimed at sector `sector` of country `cty`
** ("SDNCVL", "NPLGOV"), an actor the sentence implies but does not name:
** the target has no text (its span is empty, at the verb).  Returns -1 on
** allocation failure (sticky in the arena), else 0. */
static int emit_home(const coder_ctx *c, const sima_cameo *cameo,
                     sima_doc *doc, event_vec *ev, uint32_t si,
                     uint32_t first_ev, uint32_t t, const pat_pattern *p,
                     const char *code, int32_t sm, int32_t stok,
                     const char *cty, const char *sector,
                     const mood_info *mi) {
  uint32_t before = ev->n;
  if (emit(c, cameo, doc, ev, si, first_ev, t, p, code, sm, stok, -1, -1,
           mi) != 0)
    return -1;
  if (ev->n == before)
    return 0;
  sima_event *e = &ev->ev[ev->n - 1];
  char buf[16];
  snprintf(buf, sizeof buf, "%s%s", cty, sector);
  e->target.code = sima_arena_strndup(doc->arena, buf, strlen(buf));
  e->target.country = cty;
  e->target.sector = sector;
  e->target.start = e->target.end = doc->tokens[t].off;
  return sima_arena_failed(doc->arena) ? -1 : 0;
}

/* C-SPEECH-ITS: is token k a person's name: a proper noun with a second
** name (flat: "Patrick Leahy") or a title before it (nmod:desc: "Senator
** Leahy")? */
/* RULE C-SPEECH-PERSON-DICT: or a name the people dictionary matched,
** or a surname after a title, however the parser hung its words
** ("Minister Carlos Ruiz Mena (pictured) has said that the Church
** is widening the truce it brokered": "Mena" an nmod of "Carlos", and
** "it" the Church's, not the minister's) */
static int person_name(const coder_ctx *c, uint32_t k) {
  if (c->syn[k].upos != SIMA_UPOS_PROPN)
    return 0;
  int32_t m = c->tok2men[k];
  if (m >= 0 && (c->doc->mentions[m].how == SIMA_RES_TITLE ||
                 (c->doc->mentions[m].how == SIMA_RES_DICT &&
                  c->doc->mentions[m].entry &&
                  !strncmp(c->doc->mentions[m].entry, "people.", 7))))
    return 1;
  for (int32_t d = c->first_child[k]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_FLAT ||
        c->syn[d].deprel == SIMA_DEP_NMOD_DESC)
      return 1;
  return 0;
}

/* C-SPEECH-ITS, C-SPEECH-IT-BODY: the actors of the nearest mention
** between speaker sp and pronoun s (in s's sentence, not the speaker's
** own) into src, when it is a body with a code of its own (no bare agent,
** no person's name); nothing when the nearest is not. */
static void body_between(const coder_ctx *c, uint32_t s, int32_t sp,
                         actor_set *src) {
  const sima_sentence *se = coder_sentence_of(c->doc, s);
  uint32_t s0 = se ? se->first : 0;
  for (uint32_t k = s; k-- > s0 && k > (uint32_t)sp;) {
    int32_t m = c->tok2men[k];
    if (m < 0 || m == c->tok2men[sp])
      continue;
    if (!coder_bare_actor(c, m) && !person_name(c, k))
      coder_actors_at(c, k, src);
    break;
  }
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
  /* RULE C-SPEECH-KIN: not a person known by another ("the lawyer told
  ** the court that his client would cooperate": the client cooperates,
  ** not the lawyer; "his son", "her bodyguard"; C-KIN) */
  if (c->syn[s].upos != SIMA_UPOS_PRON && !coder_is_kin(c, (uint32_t)s) &&
      (c->tok2men[s] < 0 || coder_bare_actor(c, c->tok2men[s])))
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
  while (pi < sizeof prons / sizeof *prons && sima_casecmp(prons[pi], l))
    pi++;
  if (pi == sizeof prons / sizeof *prons)
    return;
  /* RULE C-SPEECH-NUMBER: a singular pronoun ("he", "she", "it", "his",
  ** "her", "its") is not a plural speaker: "Authorities say he has made
  ** 250 trips" (he is someone else, not the authorities) */
  int singular = sima_casecmp(l, "they") && sima_casecmp(l, "their") &&
                 sima_casecmp(l, "we") && sima_casecmp(l, "our");
  /* up the tree to the nearest speech verb above the clause (usually its
  ** ccomp head; parsers also hang "it had halted" on a date or noun of
  ** the speech clause), at most 4 steps */
  uint32_t x = t;
  int32_t nearer = -1;
  for (int i = 0; i < 4; i++) {
    int32_t h = c->syn[x].head;
    if (h < 0 || (uint32_t)h >= c->n)
      return;
    /* RULE C-SPEECH-NEARER: a pronoun of an adverbial clause (if, when,
    ** because) that hangs on a reported clause with a noun subject of its
    ** own refers to that nearer subject, not to the speaker: "Putin
    ** said Kiev would pay a price if it signed a pact with the
    ** alliance" (Kiev signs it) */
    if (nearer < 0 && deprel_base(c->syn[x].deprel) == SIMA_DEP_ADVCL &&
        c->syn[h].upos == SIMA_UPOS_VERB &&
        !mood_is_speech(coder_lemma(c, (uint32_t)h))) {
      /* (RULE C-SPEECH-NEARER-PASSIVE: a passive subject too: "Anna, by
      ** all accounts, was taken into the heart of the Kurdish people as
      ** she stood with them" is Anna, not the speaker) */
      /* (only one that agrees in number: "the leaders were arrested
      ** after he criticized the police" is the speaker's act) */
      int32_t ns = coder_child_by(c, (uint32_t)h, SIMA_DEP_NSUBJ);
      if (ns < 0) {
        ns = coder_child_by(c, (uint32_t)h, SIMA_DEP_NSUBJ_PASS);
        int pl = ns >= 0 && (c->syn[ns].xpos == SIMA_XPOS_NNS ||
                             c->syn[ns].xpos == SIMA_XPOS_NNPS);
        if (ns >= 0 && pl == singular)
          ns = -1;
      }
      if (ns >= 0 && (uint32_t)ns < (uint32_t)s &&
          (c->syn[ns].upos == SIMA_UPOS_NOUN ||
           c->syn[ns].upos == SIMA_UPOS_PROPN)) {
        /* (an actor object makes it ambiguous: "the US would devastate
        ** Turkey if it attacked the Kurds" names no one) */
        int32_t ob = coder_child_by(c, (uint32_t)h, SIMA_DEP_OBJ);
        if (ob >= 0 && c->tok2men[ob] >= 0)
          return;
        nearer = ns;
      }
    }
    if (c->syn[h].upos == SIMA_UPOS_VERB &&
        mood_is_speech(coder_lemma(c, (uint32_t)h))) {
      int32_t sp = coder_subject(c, (uint32_t)h, 0);
      if (nearer >= 0) {
        if (c->tok2men[nearer] >= 0 &&
            !(singular && (c->syn[nearer].xpos == SIMA_XPOS_NNS ||
                           c->syn[nearer].xpos == SIMA_XPOS_NNPS)))
          coder_actors_at(c, (uint32_t)nearer, src);
        return;
      }
      if (sp >= 0 && singular && c->syn[sp].xpos == SIMA_XPOS_NNS)
        return;
      /* RULE C-SPEECH-ITS: "its" does not stand for a person: "Senator
      ** Leahy said: 'as we gave aid to the army, its troops executed
      ** civilians'" (the army's troops, not the senator's); a speaker
      ** known by a person's name (a name of several words, or a title
      ** before it) lends no actor to "its troops" */
      /* (it stands for the nearest thing before it in the speech, a
      ** body with a code of its own: "the Colombian army") */
      if (sp >= 0 && !sima_casecmp(l, "its") && person_name(c, (uint32_t)sp)) {
        body_between(c, (uint32_t)s, sp, src);
        return;
      }
      /* RULE C-SPEECH-HE-BODY: "he", "she", "his" and "her" stand for a
      ** person, not for a speaker that is a body: a country named alone
      ** ("Mexico said she would meet ...") or a noun of an institution
      ** ("the government said he would be extradited": someone else) */
      static const char *const bodies[] = {
          "administration", "agency",     "army",     "authority",
          "cartel",         "commission", "congress", "council",
          "court",          "department", "embassy",  "gang",
          "government",     "group",      "military", "ministry",
          "office",         "organisation", "organization", "parliament",
          "party",          "police",     "regime",   "senate"};
      if (sp >= 0 && singular && sima_casecmp(l, "it") &&
          sima_casecmp(l, "its")) {
        int32_t sm = c->tok2men[sp];
        if ((c->syn[sp].upos == SIMA_UPOS_NOUN &&
             CODER_IN(bodies, coder_lemma(c, (uint32_t)sp))) ||
            (c->syn[sp].upos == SIMA_UPOS_PROPN && sm >= 0 &&
             c->doc->mentions[sm].code &&
             strlen(c->doc->mentions[sm].code) == 3 &&
             c->doc->mentions[sm].country &&
             c->doc->mentions[sm].country[0] && !person_name(c, (uint32_t)sp)))
          return;
      }
      /* RULE C-SPEECH-IT-PERSON: nor does "it" stand for a speaker known
      ** by a person's name: "Donald Trump has told the EU it must take
      ** back its fighters" (it = the EU, not Trump).  With an addressee
      ** that is an actor (the speech verb's object), "it" is that
      ** addressee; else no one */
      if (sp >= 0 && !sima_casecmp(l, "it") && person_name(c, (uint32_t)sp)) {
        for (int32_t d = c->first_child[h]; d >= 0; d = c->next_sib[d]) {
          unsigned r = c->syn[d].deprel;
          if ((r == SIMA_DEP_OBJ || r == SIMA_DEP_IOBJ) && d < s &&
              c->tok2men[d] >= 0 && !coder_bare_actor(c, c->tok2men[d])) {
            coder_actors_at(c, (uint32_t)d, src);
            break;
          }
        }
        /* RULE C-SPEECH-IT-BODY: with no addressee, "it" is the nearest
        ** body with a code of its own between speaker and pronoun, as
        ** for "its" (C-SPEECH-ITS): "the minister claimed that the
        ** Catholic Church is expanding the truce it brokered" (the
        ** Church) */
        if (src->n == 0) {
          body_between(c, (uint32_t)s, sp, src);
        }
        return;
      }
      if (sp >= 0 && (uint32_t)sp < (uint32_t)s) {
        /* of two subjects the one with a real actor ("The rebel
        ** Revolutionary United Front announced it ...": RUF, not the
        ** bare "rebel"), as C-SOURCE takes it */
        actor_set sub;
        coder_resolve_role(c, (uint32_t)h, &c->v->default_src, &sub);
        if (sub.n > 0 && sub.tok[0] >= 0 && (uint32_t)sub.tok[0] < (uint32_t)s)
          *src = sub;
        else
          coder_actors_at(c, (uint32_t)sp, src);
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
** passive modifier, "countries sanctioned by the United Nations".
** RULE C-PURPOSE-WH: a clause opened by a wh-adverb ("when they fled
** the assault", "where troops shelled the town") is one of time or
** place, and a clause of speech ("..., saying the forces are ...")
** reports: neither aims at anyone. */
/* C-RATHER-THAN: is clause x opened by "rather than" or "instead of"? */
int coder_set_aside_mark(const coder_ctx *c, uint32_t x) {
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d]) {
    const char *l = coder_lemma(c, (uint32_t)d);
    const char *f = !sima_casecmp(l, "rather")    ? "than"
                    : !sima_casecmp(l, "instead") ? "of"
                                                  : NULL;
    if (f && (uint32_t)d < x &&
        coder_child_word(c, (uint32_t)d, SIMA_DEP_FIXED, f) >= 0)
      return 1;
  }
  return 0;
}

static int purpose_mark(const coder_ctx *c, uint32_t a) {
  /* (C-RATHER-THAN: "rather than backing the US president, the UK should
  ** seek solutions" aims nothing at the president) */
  int to = 0, other = c->syn[a].xpos == SIMA_XPOS_VBN ||
                      mood_is_speech(coder_lemma(c, a)) ||
                      coder_set_aside_mark(c, a);
  for (int32_t d = c->first_child[a]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].xpos == SIMA_XPOS_WRB &&
        deprel_base(c->syn[d].deprel) == SIMA_DEP_ADVMOD &&
        (uint32_t)d < a)
      other = 1;
    else if (c->syn[d].deprel == SIMA_DEP_MARK ||
             c->syn[d].deprel == SIMA_DEP_CASE) {
      if (!sima_casecmp(coder_lemma(c, (uint32_t)d), "to"))
        to = 1;
      else
        other = 1;
    }
  return to || !other;
}

/* "went on strike in protest against the government's reforms",
** "blocked streets in defiance of Chinese authorities": the actors of the
** against/at/over/of phrase of an "in protest" or "in defiance" phrase on
** the verb t or on its object or oblique, into tgt (when it is empty). */
static void protest_phrase(const coder_ctx *c, uint32_t t, actor_set *tgt) {
  for (int32_t a = c->first_child[t]; a >= 0 && tgt->n == 0;
       a = c->next_sib[a]) {
    unsigned b = deprel_base(c->syn[a].deprel);
    int32_t cand[8];
    uint32_t nc2 = 0;
    if (b == SIMA_DEP_OBL)
      cand[nc2++] = a;
    if (b == SIMA_DEP_OBL || b == SIMA_DEP_OBJ)
      for (int32_t k = c->first_child[a]; k >= 0 && nc2 < 8; k = c->next_sib[k])
        if (deprel_base(c->syn[k].deprel) == SIMA_DEP_NMOD)
          cand[nc2++] = k;
    for (uint32_t ci = 0; ci < nc2 && tgt->n == 0; ci++) {
      int32_t p = cand[ci];
      const char *l = coder_lemma(c, (uint32_t)p);
      if (!l || !coder_has_marker(c, (uint32_t)p, "in") ||
          (strcmp(l, "protest") && strcmp(l, "defiance")))
        continue;
      for (int32_t k = c->first_child[p]; k >= 0 && tgt->n == 0;
           k = c->next_sib[k])
        if (deprel_base(c->syn[k].deprel) == SIMA_DEP_NMOD &&
            (coder_has_marker(c, (uint32_t)k, "against") ||
             coder_has_marker(c, (uint32_t)k, "at") ||
             coder_has_marker(c, (uint32_t)k, "over") ||
             coder_has_marker(c, (uint32_t)k, "of")))
          coder_actors_at(c, (uint32_t)k, tgt);
    }
  }
}

/* Nouns of agreement and talks (C-DEAL-CONTENT).  Sorted. */
static const char *const deal_nouns[] = {
    "accord",     "agreement", "arrangement", "deal",  "negotiation",  "pact",
    "settlement", "talk",      "treaty",      "truce", "understanding"};

/* RULE C-REQUEST-CONTENT: so does the to-clause of a noun of request
** ("denied a request to deploy soldiers to the province", "rejected calls
** to extradite the smugglers"): what is asked, not who asked; who the
** asked act would touch is no target of the request's answer.  Sorted. */
static const char *const request_nouns[] = {
    "appeal", "application", "bid", "call", "demand", "petition", "plea",
    "request"};

/* C-DEAL-CONTENT, C-REQUEST-CONTENT: is lemma l a noun whose to-clause
** tells its content? */
static int content_noun(const char *l) {
  return CODER_IN(deal_nouns, l) || CODER_IN(request_nouns, l);
}

/* Has t an object or oblique that is a noun of agreement or talks before
** token a (C-DEAL-CONTENT)? */
static int deal_before(const coder_ctx *c, uint32_t t, uint32_t a) {
  for (int32_t d = c->first_child[t]; d >= 0 && (uint32_t)d < a;
       d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if ((b == SIMA_DEP_OBJ || b == SIMA_DEP_OBL) &&
        CODER_IN(deal_nouns, coder_lemma(c, (uint32_t)d)))
      return 1;
  }
  return 0;
}

/* RULE C-PURPOSE-BENEFIT: a purpose clause of protection or help
** ("wielded its veto to shield the Assad regime from scrutiny", "fired
** on the crowd to protect the governor") names whom a hostile act (roots
** 11-20 here; 10-20 for the word-order fallback, near_target) serves, not
** whom it is aimed at: no target from it.  (A cooperative act is aimed at
** whom it helps: "sent troops to help the Iraqi army".  A demand, 10x,
** keeps its purpose clause: "demanding a U.N. military presence to
** protect them" lost gold record DEMAND-0014 under --allow-single-actor
** when demands were in.)  Sorted. */
static const char *const benefit_verbs[] = {
    "aid",    "assist", "defend", "help",   "preserve", "protect",
    "rescue", "save",   "shield", "spare",  "support"};

/* RULE C-AS-PREDICATE: verbs that name or describe something "as" what
** it is said to be ("described as a close collaborator of the PCC boss",
** "labelled the group as terrorists"): the as-phrase is the predicate,
** what the thing is called, never whom the act is aimed at; the
** word-order fallback (near_target) takes no target from it.  Sorted. */
static const char *const as_predicate_verbs[] = {
    "brand",    "characterise", "characterize", "class",  "classify",
    "consider", "depict",       "describe",     "designate", "label",
    "list",     "portray",      "regard",       "see",    "view"};

/* Verbs of consequence (C-RESULT-CLAUSE).  Sorted. */
static const char *const result_verbs[] = {
    "cause", "lead", "prompt", "provoke", "spark", "spur", "trigger"};

/* C-RESULT-CLAUSE: is a a bare -ing clause of consequence (advcl, or acl
** by a misparse: "sanctioned the law, leading X to ..."), with an object
** of its own or set off by a comma?  ("roads leading to the city centre"
** is a place.) */
static int result_clause(const coder_ctx *c, uint32_t a) {
  unsigned b = deprel_base(c->syn[a].deprel);
  return (b == SIMA_DEP_ADVCL || b == SIMA_DEP_ACL) &&
         c->syn[a].xpos == SIMA_XPOS_VBG &&
         CODER_IN(result_verbs, coder_lemma(c, a)) &&
         (coder_child_by(c, a, SIMA_DEP_OBJ) >= 0 ||
          (a > 0 && c->syn[a - 1].upos == SIMA_UPOS_PUNCT &&
           c->doc->text[c->doc->tokens[a - 1].off] == ','));
}

/* RULE C-PURPOSE-JOINT: a cooperative act (roots 03-06) by coordinated
** sources ("ICE and Brazilian police conducted a joint operation,
** arresting a smuggler") is done with each other: the one a bare -ing
** clause after the verb's phrase acts on (the clause is the act's result,
** coded on its own) is no partner, and C-PAIRED / C-MUTUAL relate the
** sources.  A clause with "to" stays a purpose clause.  Is that so of
** the act at t with sources src (two or more) and code root croot: a
** comma-set-off unmarked -ing clause on t after it? */
static int joint_partners(const coder_ctx *c, uint32_t t, int croot,
                          const actor_set *src) {
  if (src->n < 2 || croot < 3 || croot > 6)
    return 0;
  for (int32_t a = c->first_child[t]; a >= 0; a = c->next_sib[a])
    if ((uint32_t)a > t + 1 && c->syn[a].xpos == SIMA_XPOS_VBG &&
        deprel_base(c->syn[a].deprel) == SIMA_DEP_ADVCL &&
        c->syn[a - 1].upos == SIMA_UPOS_PUNCT &&
        c->doc->text[c->doc->tokens[a - 1].off] == ',' &&
        !coder_has_marker(c, (uint32_t)a, "to"))
      return 1;
  return 0;
}

static void purpose_target(const coder_ctx *c, uint32_t t, actor_set *tgt,
                           int protest, int hostile) {
  static const pat_rel obj = {SIMA_DEP_OBJ, 1, 0, NULL, 0};
  /* purpose clauses: on the verb, or on its object or oblique ("went on
  ** a hunger strike to protest ...") */
  int32_t clauses[16];
  uint32_t nc = 0;
  for (int32_t a = c->first_child[t]; a >= 0 && nc < 16; a = c->next_sib[a]) {
    unsigned b = deprel_base(c->syn[a].deprel);
    /* (not a clause of time, condition, cause or concession: "demanded a
    ** truce before allowing U.N. aid convoys in" aims nothing at the U.N.) */
    if (b == SIMA_DEP_ADVCL && !purpose_mark(c, (uint32_t)a))
      continue;
    /* RULE C-RESULT-CLAUSE: nor a bare -ing clause of consequence
    ** ("seized a load of marijuana, prompting the security
    ** minister to announce ...", "had not signed the law, leading aid
    ** groups to call for it"): what the act brought about, not whom it
    ** was aimed at */
    if (result_clause(c, (uint32_t)a))
      continue;
    /* RULE C-PURPOSE-FRONTED: nor an unmarked -ing or past clause before
    ** the verb ("Speaking from Cuba, where he is being treated, Chavez
    ** criticized the travel warning ...": where he spoke from): a fronted
    ** purpose clause says so with "to" ("To protest the arrests, ...") */
    if (b == SIMA_DEP_ADVCL && (uint32_t)a < t &&
        !coder_has_marker(c, (uint32_t)a, "to"))
      continue;
    /* RULE C-DEAL-CONTENT: the to-clause of a noun of agreement or talks
    ** ("struck a deal to repatriate Canadian citizens", "engaged in
    ** negotiations to hand over 11 citizens", however the parse hangs
    ** it) tells what is agreed or negotiated: who it acts on is no
    ** partner of the deal */
    if (coder_is_xcomp(c, (uint32_t)a) || b == SIMA_DEP_ADVCL) {
      if (!(coder_has_marker(c, (uint32_t)a, "to") &&
            deal_before(c, t, (uint32_t)a)))
        clauses[nc++] = a;
    } else if ((b == SIMA_DEP_OBJ || b == SIMA_DEP_OBL) &&
               !content_noun(coder_lemma(c, (uint32_t)a)))
      for (int32_t k = c->first_child[a]; k >= 0 && nc < 16;
           k = c->next_sib[k])
        if (c->syn[k].deprel == SIMA_DEP_ACL && purpose_mark(c, (uint32_t)k) &&
            !result_clause(c, (uint32_t)k))
          clauses[nc++] = k;
  }
  for (uint32_t ci = 0; ci < nc && tgt->n == 0; ci++) {
    int32_t a = clauses[ci];
    if (hostile && CODER_IN(benefit_verbs, coder_lemma(c, (uint32_t)a)))
      continue; /* C-PURPOSE-BENEFIT */
    int32_t cand[MAX_CAND];
    uint32_t n = coder_candidates(c, (uint32_t)a, &obj, cand);
    for (uint32_t i = 0; i < n && tgt->n == 0; i++) {
      coder_actors_at(c, (uint32_t)cand[i], tgt);
      /* "reforms by the government", "the resignation of the president" */
      for (int32_t d = c->first_child[cand[i]]; d >= 0 && tgt->n == 0;
           d = c->next_sib[d])
        if (deprel_base(c->syn[d].deprel) == SIMA_DEP_NMOD)
          coder_actors_at(c, (uint32_t)d, tgt);
    }
    /* "to protest against Sweden's decision", "to demand reforms by
    ** the government" (the by-phrase hung on the verb) */
    for (int32_t d = c->first_child[a]; d >= 0 && tgt->n == 0;
         d = c->next_sib[d])
      if (deprel_base(c->syn[d].deprel) == SIMA_DEP_OBL &&
          (coder_has_marker(c, (uint32_t)d, "against") ||
           coder_has_marker(c, (uint32_t)d, "by") ||
           coder_has_marker(c, (uint32_t)d, "from") ||
           coder_has_marker(c, (uint32_t)d, "on")))
        coder_actors_at(c, (uint32_t)d, tgt);
    /* "calling for independence from Iraq", "demanding for the
    ** resignation of the president": the for-phrase's own phrase */
    for (int32_t d = c->first_child[a]; d >= 0 && tgt->n == 0;
         d = c->next_sib[d])
      if (deprel_base(c->syn[d].deprel) == SIMA_DEP_OBL &&
          coder_has_marker(c, (uint32_t)d, "for")) {
        coder_actors_at(c, (uint32_t)d, tgt);
        for (int32_t k = c->first_child[d]; k >= 0 && tgt->n == 0;
             k = c->next_sib[k])
          if (deprel_base(c->syn[k].deprel) == SIMA_DEP_NMOD &&
              (coder_has_marker(c, (uint32_t)k, "from") ||
               coder_has_marker(c, (uint32_t)k, "of") ||
               coder_has_marker(c, (uint32_t)k, "by")))
            coder_actors_at(c, (uint32_t)k, tgt);
      }
  }
  if (protest)
    protest_phrase(c, t, tgt);
  for (int32_t d = c->first_child[t]; d >= 0 && tgt->n == 0 && protest;
       d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_OBL &&
        (coder_has_marker(c, (uint32_t)d, "in") ||
         coder_has_marker(c, (uint32_t)d, "outside")) &&
        c->tok2men[d] >= 0) {
      const sima_mention *m = &c->doc->mentions[c->tok2men[d]];
      if (m->country && m->country[0])
        coder_actors_at(c, (uint32_t)d, tgt);
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
int coder_circumstance(const coder_ctx *c, uint32_t x) {
  static const char *const loc[] = {
      "across",  "after",   "amid",    "amidst", "among",     "around",
      "before",  "beside",  "beyond",  "despite", "during",   "follow",
      "following", "in",    "inside",  "near",   "outside",   "pending",
      "since",   "through", "throughout", "under", "until",   "within",
      "without"};
  if (compare_standard(c, x))
    return 1;
  if (help_phrase(c, x))
    return 1; /* C-WITH-HELP */
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d]) {
    if (c->syn[d].deprel != SIMA_DEP_CASE)
      continue;
    const char *l = coder_lemma(c, (uint32_t)d);
    for (size_t k = 0; k < sizeof loc / sizeof *loc; k++)
      if (!sima_casecmp(loc[k], l))
        return 1;
  }
  return 0;
}

/* 1 when verb t has a reflexive pronoun as its object (C-REFLEXIVE). */
static int reflexive_object(const coder_ctx *c, uint32_t t) {
  static const char *const refl[] = {
      "herself", "himself",  "itself",     "myself",
      "oneself", "ourselves", "themselves", "yourself"};
  return CODER_CHILD_IN(c, t, SIMA_DEP_OBJ, refl) >= 0;
}

/* 1 when sector code s is a state's own body's: government, forces,
** police, courts, legislature, intelligence (C-CONJ-NAMED-COUNTRY). */
static int state_sector(const char *s) {
  static const char *const st[] = {"COP", "GOV", "JUD", "LEG", "MIL", "SPY"};
  return s && CODER_IN(st, s);
}

/* RULE C-MILITIA-BRAZIL: Brazil's militias (milicias: armed groups of
** current and former police that sell protection and run neighbourhoods
** of Rio for profit) are organised crime, not rebels: a militia whose
** country is Brazil is BRACRM ("a Brazilian militia's invasion of
** government apartments", "the civil police opened an inquiry into the
** militias in Bahia").  Rewrites the events from first_ev on. */
static void militia_brazil(const coder_ctx *c, event_vec *ev,
                           uint32_t first_ev) {
  static const char *const militia[] = {"militia", "militiaman", "militiamen",
                                        "militias"};
  for (uint32_t i = first_ev; i < ev->n; i++)
    for (int role = 0; role < 2; role++) {
      sima_event *e = &ev->ev[i];
      sima_actor_ref *r = role == 0 ? &e->source : &e->target;
      int32_t at = role == 0 ? e->source_tok : e->target_tok;
      if (!r->code || strcmp(r->code, "BRAREB") != 0 || at < 0 ||
          (uint32_t)at >= c->n ||
          !CODER_IN(militia, c->doc->tokens[at].norm))
        continue;
      r->code = "BRACRM";
      r->sector = "CRM";
    }
}

/* RULE C-NAMED-VICTIM: a use of force (roots 18-20) whose victim is
** named by a noun that holds no actor (its object, or a passive verb's
** passive subject: "hit men sent to kill off arrested associates in the
** Philippines", "Raul Reyes was killed ... by Colombian forces on
** Ecuadorean soil") has that victim for its target, named but uncoded:
** no fallback puts the country where it happened, or another actor of
** the clause, in its place.  Returns 1 for such a verb t. */
/* (verbs whose object is always a living victim: not "launched an
** operation", "attacked a radar installation", "took control") */
static const char *const harm_verbs[] = {
    "abduct",   "assassinate", "behead", "injure", "kidnap", "kill",
    "massacre", "murder",      "shoot",  "slaughter", "torture", "wound"};

static int named_victim(const coder_ctx *c, uint32_t t) {
  const char *const *harm = harm_verbs;
  if (!coder_in_sorted(harm, sizeof harm_verbs / sizeof *harm_verbs,
                       coder_lemma(c, t)))
    return 0;
  int passive = coder_is_passive(c, t);
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned rel = c->syn[d].deprel;
    if (passive ? rel != SIMA_DEP_NSUBJ_PASS
                : deprel_base(rel) != SIMA_DEP_OBJ)
      continue;
    if ((c->syn[d].upos == SIMA_UPOS_NOUN ||
         c->syn[d].upos == SIMA_UPOS_PROPN) &&
        c->tok2men[d] < 0)
      return 1;
  }
  return 0;
}

/* RULE C-NAMED-VICTIM (place in the victim's phrase): the place phrase of
** a victim named by a noun with no actor ("killed jailed accomplices in
** Malaysia", the dense parser hanging "in Malaysia" on the object) is
** where the harm was done, not the victim: removes from tgt, for a harm
** verb t (named_victim's list) whose object (passive subject) holds no
** actor, the actors reached from it through a nominal modifier opened by
** a preposition of place (across, at, in, inside, near, outside,
** throughout).  named_victim then leaves the victim uncoded. */
static void drop_victim_place(const coder_ctx *c, uint32_t t, actor_set *tgt) {
  static const char *const place[] = {"across", "at",      "in",
                                      "inside", "near",    "outside",
                                      "throughout"}; /* sorted */
  if (tgt->n == 0 ||
      !coder_in_sorted(harm_verbs, sizeof harm_verbs / sizeof *harm_verbs,
                       coder_lemma(c, t)))
    return;
  int32_t o = coder_child_by(c, t, coder_is_passive(c, t)
                                       ? SIMA_DEP_NSUBJ_PASS
                                       : SIMA_DEP_OBJ);
  if (o < 0 || c->tok2men[o] >= 0 ||
      (c->syn[o].upos != SIMA_UPOS_NOUN && c->syn[o].upos != SIMA_UPOS_PROPN))
    return;
  uint32_t kept = 0;
  for (uint32_t k = 0; k < tgt->n; k++) {
    int32_t x = tgt->tok[k], z = -1;
    for (int i = 0; i < 8 && x >= 0 && x != o; i++) {
      z = x;
      x = c->syn[x].head;
    }
    int drop = 0;
    if (x == o && z >= 0 && z != o &&
        deprel_base(c->syn[z].deprel) == SIMA_DEP_NMOD)
      for (size_t i = 0; i < sizeof place / sizeof *place && !drop; i++)
        drop = coder_has_marker(c, (uint32_t)z, place[i]);
    if (!drop) {
      tgt->men[kept] = tgt->men[k];
      tgt->tok[kept++] = tgt->tok[k];
    }
  }
  tgt->n = kept;
}

/* RULE C-NAMED-DESTINATION: a visit (042, 043) whose object is a name
** that holds no actor ("visited Iraqi Kurdistan in 2015, meeting British
** troops") has that place for its host, named but uncoded: no fallback
** takes the ones met on the trip (a clause of its own, coded there) as
** host or visitor (a country named in the place's own phrase still can
** be).  Returns 1 for such a verb t. */
static int named_destination(const coder_ctx *c, uint32_t t) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    if (deprel_base(c->syn[d].deprel) != SIMA_DEP_OBJ ||
        c->syn[d].upos != SIMA_UPOS_PROPN)
      continue;
    actor_set as;
    as.n = 0;
    coder_actors_at(c, (uint32_t)d, &as);
    if (as.n > 0)
      continue;
    /* (a place whose own phrase names a country, "Anacoco island, on the
    ** Guyanese side", leaves the fallbacks to find it) */
    int inner = 0;
    for (uint32_t k = 0; k < c->n && !inner; k++) {
      if (k == (uint32_t)d || c->tok2men[k] < 0)
        continue;
      int32_t x = c->syn[k].head;
      for (int i = 0; i < 12 && x >= 0 && x != d; i++)
        x = c->syn[x].head;
      inner = x == d;
    }
    if (!inner)
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
/* Nouns of a part of an organisation: with an uncoded name in their
** "of" phrase they are that organisation's (C-ADJ-THING).  Sorted. */
static const char *const subunits[] = {
    "affiliate", "arm",    "branch",       "cell",   "chapter",
    "clique",    "faction", "headquarters", "office", "subsidiary",
    "wing"};

/* C-ADJ-THING for the word-order fallback: 1 when the lone country m at
** token i modifies (amod/compound) a noun that is no actor and that
** either names a currency or has an actor other than a country in its
** "of" phrase or possessor, or is a part of an organisation with a name
** there ("the Honduran branches of Barrio 18" are the gang's, not
** Honduras'). */
int coder_thing_country(const coder_ctx *c, uint32_t i, int32_t m) {
  unsigned rel = c->syn[i].deprel;
  int32_t h = c->syn[i].head;
  if ((rel != SIMA_DEP_AMOD && rel != SIMA_DEP_COMPOUND) || h < 0 ||
      (uint32_t)h >= c->n || c->tok2men[h] >= 0 || !coder_lone_state(c, m))
    return 0;
  if (c->doc->tokens[h].kind == SIMA_TOK_MONEY ||
      coder_is_currency(coder_lemma(c, (uint32_t)h)))
    return 1;
  int unit = CODER_IN(subunits, coder_lemma(c, (uint32_t)h));
  for (int32_t d = c->first_child[h]; d >= 0; d = c->next_sib[d]) {
    if (!(c->syn[d].deprel == SIMA_DEP_NMOD_POSS ||
          (deprel_base(c->syn[d].deprel) == SIMA_DEP_NMOD &&
           coder_has_marker(c, (uint32_t)d, "of"))))
      continue;
    uint32_t at;
    int32_t m2 = coder_actor_of(c, (uint32_t)d, 0, &at);
    /* (not a place: "the Turkish side of Cyprus" is Turkey's) */
    if ((m2 >= 0 && !coder_lone_state(c, m2)) ||
        (m2 < 0 && unit && c->syn[d].upos == SIMA_UPOS_PROPN))
      return 1;
  }
  return 0;
}

/* RULE C-FORCE-COUNTRY: is token i (mention m) a bare military force with
** an "in COUNTRY" phrase of its own ("the peacekeeping force in Lebanon")?
** Help for such a force is help for that country (C-AGENT-PLACE), so the
** word-order fallback C-TARGET-NEAR may take it as the target of a
** cooperative event (roots 03-08), which no other bare agent is. */
static int force_in_country(const coder_ctx *c, uint32_t i, int32_t m) {
  if (!c->doc->mentions[m].code || strcmp(c->doc->mentions[m].code, "MIL"))
    return 0;
  for (int32_t d = c->first_child[i]; d >= 0; d = c->next_sib[d]) {
    int32_t k = c->tok2men[d];
    if (k >= 0 && deprel_base(c->syn[d].deprel) == SIMA_DEP_NMOD &&
        coder_has_marker(c, (uint32_t)d, "in") &&
        c->doc->mentions[k].country &&
        strlen(c->doc->mentions[k].country) == 3 &&
        (!c->doc->mentions[k].sector || !c->doc->mentions[k].sector[0]))
      return 1;
  }
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
/* 1 when token d is inside the phrase of a source token (its own
** subtree, relative clauses included), not through a phrase that aims at
** somebody (against, on, into, upon) outside d's own name: the parser
** hangs the trigger's target there too ("an investigation carried out by
** Brazilian police against Brazilian gangs", "a raid by Colombian forces
** on Ecuadorean soil"). */
static int in_source(const coder_ctx *c, uint32_t d, const actor_set *src) {
  static const char *const aim[] = {"against", "into", "on", "upon"};
  for (uint32_t k = 0; k < src->n && k < MAX_ACTORS; k++) {
    if (src->tok[k] < 0)
      continue;
    uint32_t x = d;
    int aimed = 0;
    for (int i = 0; i < 32 && x != (uint32_t)src->tok[k] && !aimed; i++) {
      int32_t h = c->syn[x].head;
      if (h < 0 || (uint32_t)h >= c->n)
        break;
      /* (a word inside a name is no phrase of it: "Commission against
      ** Impunity") */
      int inner = c->tok2men[x] >= 0 && c->tok2men[h] == c->tok2men[x];
      for (size_t a = 0; a < sizeof aim / sizeof *aim && !aimed && !inner;
           a++)
        aimed = coder_has_marker(c, x, aim[a]);
      x = (uint32_t)h;
    }
    if (!aimed && x == (uint32_t)src->tok[k])
      return 1;
  }
  return 0;
}

/* C-ADJ-DEEP (dense shape): 1 when the oblique h of trigger t follows
** right after the phrase of t's object, which is no actor and holds a
** noun's phrase of its own (the legality of a shipment of silver): the
** oblique may as well be that last noun's. */
static int attached_after_object(const coder_ctx *c, uint32_t h, uint32_t t) {
  int32_t o = coder_child_by(c, t, SIMA_DEP_OBJ);
  if (o < 0 || (uint32_t)o >= h || c->tok2men[o] >= 0)
    return 0;
  int inner = 0;
  for (int32_t d = c->first_child[o]; d >= 0 && !inner; d = c->next_sib[d])
    inner = deprel_base(c->syn[d].deprel) == SIMA_DEP_NMOD && d > o;
  if (!inner)
    return 0;
  /* the first word of h's phrase comes right after o's phrase */
  uint32_t a = h;
  while (a > 0 && c->syn[a - 1].head >= 0) {
    int32_t x = (int32_t)a - 1;
    for (int i = 0; i < 8 && x >= 0 && (uint32_t)x != h; i++)
      x = c->syn[x].head;
    if (x < 0 || (uint32_t)x != h)
      break;
    a--;
  }
  if (a == 0)
    return 0;
  int32_t x = (int32_t)a - 1;
  for (int i = 0; i < 12 && x >= 0 && x != o; i++)
    x = c->syn[x].head;
  return x == o;
}

/* C-ADJ-DEEP (dense shape): 1 when the lone country m at token i modifies
** (amod/compound) a noun that is no actor and that the dense parser hangs
** as an oblique on the trigger t right after the object's chain of
** phrases ("investigating the legality of a shipment of silver to the
** Chilean smelter", smelter --obl--> investigating): the phrase belongs to
** the chain's last noun. */
static int late_country_phrase(const coder_ctx *c, uint32_t i, int32_t m,
                               uint32_t t) {
  unsigned rel = c->syn[i].deprel;
  int32_t h = c->syn[i].head;
  return (rel == SIMA_DEP_AMOD || rel == SIMA_DEP_COMPOUND) && h >= 0 &&
         (uint32_t)h < c->n && c->tok2men[h] < 0 && coder_lone_state(c, m) &&
         (uint32_t)c->syn[h].head == t &&
         deprel_base(c->syn[h].deprel) == SIMA_DEP_OBL &&
         attached_after_object(c, (uint32_t)h, t);
}

/* C-ADJ-DEEP for the word-order fallback: 1 when the lone country m at
** token i modifies (amod/compound) a noun that is no actor and is the
** phrase of another noun that is no actor, below the trigger t. */
static int deep_country(const coder_ctx *c, uint32_t i, int32_t m, uint32_t t) {
  unsigned rel = c->syn[i].deprel;
  int32_t h = c->syn[i].head;
  if ((rel != SIMA_DEP_AMOD && rel != SIMA_DEP_COMPOUND) || h < 0 ||
      (uint32_t)h >= c->n || c->tok2men[h] >= 0 || !coder_lone_state(c, m))
    return 0;
  int32_t hh = c->syn[h].head;
  if (late_country_phrase(c, i, m, t))
    return 1;
  if (hh < 0 || (uint32_t)hh >= c->n || (uint32_t)hh == t ||
      c->tok2men[hh] >= 0 ||
      (c->syn[hh].upos != SIMA_UPOS_NOUN && c->syn[hh].upos != SIMA_UPOS_NUM))
    return 0;
  return coder_deep_thing(c, (uint32_t)h, 1);
}

/* C-KIN-PATH: 1 when token i is reached from t through a qualifier of a
** kin noun that is no actor (its of-phrase, possessor or adjective: "the
** son of a Haitian pastor"), not a name in apposition to it ("siblings
** Luis and Digna Valle" are the siblings), and is no civilian. */
static int behind_kin(const coder_ctx *c, uint32_t i, uint32_t t) {
  uint32_t y = i;
  int32_t x = c->syn[i].head;
  for (int k = 0; k < 24 && x >= 0 && (uint32_t)x < c->n && (uint32_t)x != t;
       k++, y = (uint32_t)x, x = c->syn[x].head) {
    unsigned b = deprel_base(c->syn[y].deprel);
    if (coder_is_kin(c, (uint32_t)x) &&
        (b == SIMA_DEP_NMOD || c->syn[y].deprel == SIMA_DEP_NMOD_POSS ||
         c->syn[y].deprel == SIMA_DEP_DET_POSS ||
         c->syn[y].deprel == SIMA_DEP_AMOD))
      return !civilian_at(c, i);
  }
  return 0;
}

/* 1 when token x has a subject of its own among its dependents. */
static int own_subject(const coder_ctx *c, uint32_t x) {
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_NSUBJ)
      return 1;
  return 0;
}

/* Participles that tie a thing to its owner (C-REDUCED-RELATIVE).
** Sorted. */
static const char *const belong_participles[] = {
    "associate", "attribute", "connect", "link", "own", "relate", "tie"};

/* Participles that place their noun (C-PLACE-PARTICIPLE).  Sorted. */
static const char *const place_participles[] = {
    "base",    "center", "centre",    "concentrate", "headquarter",
    "house",   "locate", "position",  "situate",     "station"};

/* C-INFO-TOPIC: 1 when token i is reached from t through the topic
** phrase of a noun of information (coder_info_topic_phrase). */
static int info_topic(const coder_ctx *c, uint32_t i, uint32_t t) {
  uint32_t y = i;
  for (int32_t x = c->syn[i].head; x >= 0 && (uint32_t)x < c->n &&
                                   (uint32_t)x != t;
       y = (uint32_t)x, x = c->syn[x].head)
    if (c->syn[y].deprel != SIMA_DEP_NMOD_POSS &&
        deprel_base(c->syn[y].deprel) == SIMA_DEP_NMOD &&
        coder_info_topic_phrase(c, (uint32_t)x, y))
      return 1;
  return 0;
}

/* C-RELATION-NOUN: 1 when token i is reached from t through the
** possessor or of-phrase of a noun of relation (coder_relation_other). */
static int relation_other_path(const coder_ctx *c, uint32_t i, uint32_t t) {
  uint32_t y = i;
  for (int32_t x = c->syn[i].head; x >= 0 && (uint32_t)x < c->n &&
                                   (uint32_t)x != t;
       y = (uint32_t)x, x = c->syn[x].head)
    if (coder_relation_other(c, (uint32_t)x, y))
      return 1;
  return 0;
}

/* RULE C-NEAR-PARTICIPLE: 1 when token d is reached from t through the
** object of a present participle on a noun (acl, VBG): the participle's
** own act, not the patient of a coercion or force (roots 17-20) that
** the word-order fallback looks for: "arrested members of networks
** exploiting women fleeing the country's crisis" arrests no country.
** Sanctions and the like (16) still aim at what their participle names
** ("sanctions on anyone dealing in Venezuelan gold"). */
static int participle_object_path(const coder_ctx *c, uint32_t d,
                                  uint32_t t) {
  uint32_t x = d;
  unsigned prev = 0;
  for (int i = 0; i < 24 && x != t; i++) {
    unsigned rel = c->syn[x].deprel;
    if (rel == SIMA_DEP_ACL && c->syn[x].xpos == SIMA_XPOS_VBG &&
        deprel_base(prev) == SIMA_DEP_OBJ)
      return 1;
    prev = rel;
    int32_t h = c->syn[x].head;
    if (h < 0 || (uint32_t)h >= c->n)
      return 0;
    x = (uint32_t)h;
  }
  return 0;
}

static void near_target(const coder_ctx *c, uint32_t t, uint32_t end,
                        const actor_set *src, actor_set *tgt, int place,
                        int objection, int coop, int hostile,
                        int coerce) {
  for (uint32_t i = t + 1; i < end && tgt->n == 0; i++) {
    int32_t m = c->tok2men[i];
    if (m < 0 ||
        (coder_bare_actor(c, m) && !(coop && force_in_country(c, i, m))) ||
        !under(c, i, t) || coder_thing_country(c, i, m) ||
        (coerce && participle_object_path(c, i, t)))
      continue;
    /* C-ADJ-DEEP: nor a country adjective on the phrase of a noun that
    ** is no actor ("the legality of an import of gold to the Ugandan
    ** refinery") */
    if (deep_country(c, i, m, t))
      continue;
    /* C-KIN-PATH: nor one behind a relative ("the son of a pastor") */
    if (behind_kin(c, i, t))
      continue;
    /* C-POSS-OWNER: nor one in a phrase of a thing a named person who is
    ** no actor owns ("Penn's contacts with El Chapo") */
    {
      int owned = 0;
      for (int32_t x = c->syn[i].head, y = (int32_t)i;
           x >= 0 && (uint32_t)x < c->n && (uint32_t)x != t && !owned;
           y = x, x = c->syn[x].head)
        owned = deprel_base(c->syn[y].deprel) == SIMA_DEP_NMOD &&
                c->syn[y].deprel != SIMA_DEP_NMOD_POSS &&
                coder_owned_thing(c, (uint32_t)x);
      if (owned)
        continue;
    }
    /* RULE C-INFO-TOPIC: nor the topic of a noun of information ("seeking
    ** information including the hideout of the gang's leader", "details
    ** of the suspects"): what the information is about is no party to the
    ** act; one who gives or gets it ("information from the police",
    ** "intelligence to the US") still is */
    if (info_topic(c, i, t))
      continue;
    /* RULE C-RELATION-NOUN (word order): nor the other side of a noun of
    ** relation ("to attack the US military's Kurdish partners" attacks
    ** the partners, not the US military) */
    if (relation_other_path(c, i, t))
      continue;
    /* nor one in the source's own phrase: "threatened by drug gangs like
    ** the Knights Templar" names one of the gangs, no target */
    if (in_source(c, i, src))
      continue;
    if (src->n > 0 && coder_same_actor(c->doc->mentions[m].code,
                                       c->doc->mentions[src->men[0]].code))
      continue;
    /* not inside a reported clause of a speech verb, nor inside an
    ** adverbial clause, conjunct or other predication of t: the path
    ** leaves t by an argument (obj, iobj, obl, nmod, xcomp, or the ccomp
    ** of a verb that is not one of speech: "demanded that X ...") and
    ** passes no speech verb */
    int ok = 1, aimed = 0;
    int32_t prev = -1;
    for (uint32_t x = i; x != t && ok;) {
      int32_t h = c->syn[x].head;
      if (h < 0 || (uint32_t)h >= c->n)
        break;
      if ((uint32_t)h != t && c->syn[h].upos == SIMA_UPOS_VERB &&
          mood_is_speech(coder_lemma(c, (uint32_t)h)))
        ok = 0;
      /* a place, a time or a circumstance is no target ("in a Lima
      ** district", "without the knowledge of the government") */
      if (coder_circumstance(c, x) &&
          !(place && (uint32_t)h == t && coder_place_phrase(c, x)))
        ok = 0;
      /* (the agent of a participle on a noun, also when parsed as a
      ** plain "by" phrase: "his foundation, accused of violations by the
      ** New York attorney general") */
      if (!objection &&
          (c->syn[x].deprel == SIMA_DEP_OBL_AGENT ||
           (deprel_base(c->syn[x].deprel) == SIMA_DEP_OBL &&
            coder_has_marker(c, x, "by"))) &&
          deprel_base(c->syn[h].deprel) == SIMA_DEP_ACL)
        ok = 0;
      /* nor inside a passive participle clause below t ("agreeing to
      ** dissolve his foundation, accused of violations by the attorney
      ** general": the clause describes, it is not the act's) */
      if (c->syn[x].deprel == SIMA_DEP_ADVCL && (uint32_t)h != t &&
          c->syn[x].xpos == SIMA_XPOS_VBN)
        ok = 0;
      /* nor inside a noun's clause of content or circumstance
      ** (C-PURPOSE-MARK: "convicted the banker of laundering money for
      ** the cartel") */
      if (c->syn[x].deprel == SIMA_DEP_ACL && (uint32_t)h != t &&
          c->syn[x].upos == SIMA_UPOS_VERB && !purpose_mark(c, x) &&
          c->syn[x].xpos != SIMA_XPOS_VBN)
        ok = 0;
      /* (C-RESULT-CLAUSE: nor inside a clause of consequence) */
      if ((uint32_t)h != t && result_clause(c, x))
        ok = 0;
      /* RULE C-PLACE-PARTICIPLE: nor inside a participle that places its
      ** noun ("a war centered on the port of Veracruz", "gangs based in
      ** Honduras", "a network headquartered in Cali"): where a thing
      ** is, not whom the act aims at */
      /* RULE C-REDUCED-RELATIVE: nor inside a participle that
      ** describes a noun below t, as a relative clause would ("an area
      ** known on the Nicaraguan side as ...", "a shipment destined for
      ** the Netherlands", "terror nests, Kurdish forces that the US has
      ** used"): another predication.  Not a participle of belonging
      ** ("property linked to the Cachiros" is theirs), nor a clause of
      ** content with a subject of its own ("claims that X had received
      ** payments") */
      /* (nor for an objection, aimed at the author of what it objects
      ** to, "a strike over a bill signed by the minister"; nor when the
      ** actor is what the participle's act is aimed against: "techniques
      ** used against Palestinian detainees") */
      if (coder_has_marker(c, x, "against"))
        aimed = 1;
      if (!objection && !aimed &&
          deprel_base(c->syn[x].deprel) == SIMA_DEP_ACL &&
          (uint32_t)h != t && c->syn[x].xpos == SIMA_XPOS_VBN &&
          (c->syn[h].upos == SIMA_UPOS_NOUN ||
           c->syn[h].upos == SIMA_UPOS_PROPN) &&
          !CODER_IN(belong_participles, coder_lemma(c, x)) &&
          !own_subject(c, x))
        ok = 0;
      if (deprel_base(c->syn[x].deprel) == SIMA_DEP_ACL &&
          (uint32_t)h != t && c->syn[x].xpos == SIMA_XPOS_VBN &&
          CODER_IN(place_participles, coder_lemma(c, x)))
        ok = 0;
      /* RULE C-DEAL-CONTENT: nor the object of a to-clause of a noun of
      ** agreement or talks, or of one hung on t after such a noun, whose
      ** content it tells ("struck a deal to repatriate Canadian
      ** citizens", "engaged in negotiations to hand over 11 citizens":
      ** not who with) */
      if (deprel_base(c->syn[x].deprel) == SIMA_DEP_ACL &&
          (uint32_t)h != t && c->syn[h].upos == SIMA_UPOS_NOUN &&
          coder_has_marker(c, x, "to") &&
          content_noun(coder_lemma(c, (uint32_t)h)) && prev >= 0 &&
          c->syn[prev].head == (int32_t)x &&
          (deprel_base(c->syn[prev].deprel) == SIMA_DEP_OBJ ||
           deprel_base(c->syn[prev].deprel) == SIMA_DEP_IOBJ))
        ok = 0;
      if ((uint32_t)h == t && coder_is_xcomp(c, x) &&
          coder_has_marker(c, x, "to") && deal_before(c, t, x))
        ok = 0;
      /* RULE C-NEAR-CLAUSE: nor inside a clause the parser hung as the
      ** conjunct or parataxis of a word that is no verb ("shelled the
      ** town in a raid last month, also voiced regret at China's
      ** veto" with "voiced" a conjunct of "month"): another sentence's
      ** predication, not a phrase of t */
      /* (or hung on a punctuation mark at all) */
      if (c->syn[x].upos == SIMA_UPOS_VERB &&
          (c->syn[h].upos == SIMA_UPOS_PUNCT ||
           ((c->syn[x].deprel == SIMA_DEP_CONJ ||
             deprel_base(c->syn[x].deprel) == SIMA_DEP_PARATAXIS) &&
            c->syn[h].upos != SIMA_UPOS_VERB &&
            c->syn[h].upos != SIMA_UPOS_AUX)))
        ok = 0;
      /* RULE C-AGREE-THAT: nor inside the that-clause of "agree": what
      ** is agreed is a proposition, its subject no partner ("the cabinet
      ** agreed that the Assad regime has a record of chemical attacks":
      ** no intent to cooperate with the regime); the partner of an
      ** agreement is its with-phrase (the pattern's own paths) */
      if ((uint32_t)h == t && CODER_IN(as_predicate_verbs, coder_lemma(c, t)) &&
          deprel_base(c->syn[x].deprel) == SIMA_DEP_OBL &&
          coder_has_marker(c, x, "as"))
        ok = 0; /* C-AS-PREDICATE */
      if ((uint32_t)h == t) {
        unsigned b = deprel_base(c->syn[x].deprel);
        ok = ok &&
             (b == SIMA_DEP_OBJ || b == SIMA_DEP_IOBJ || b == SIMA_DEP_OBL ||
              b == SIMA_DEP_NMOD || b == SIMA_DEP_XCOMP ||
              (b == SIMA_DEP_CCOMP && !mood_is_speech(coder_lemma(c, t)) &&
               sima_casecmp(coder_lemma(c, t), "agree") != 0 &&
               sima_casecmp(coder_lemma(c, t), "tell") != 0));
      }
      prev = (int32_t)x;
      x = (uint32_t)h;
    }
    /* C-PURPOSE-BENEFIT: nor the one a clause of protection or help
    ** below t serves, for a hostile act ("used its veto four times since
    ** 2017 to shield the Syrian regime") */
    for (uint32_t x = i; ok && hostile && x != t;) {
      int32_t h = c->syn[x].head;
      if (h < 0 || (uint32_t)h >= c->n)
        break;
      if (c->syn[x].upos == SIMA_UPOS_VERB &&
          CODER_IN(benefit_verbs, coder_lemma(c, x)))
        ok = 0;
      x = (uint32_t)h;
    }
    if (ok)
      coder_actors_at(c, i, tgt);
  }
}

/* C-YIELD-PRESSURE: is token i a token of one of the source's mentions
** (the act's phrases may all lie in the source's phrase when the parser
** hangs t on the source as its participle, "rebels surrendered ...", so
** in_source would take them all), or, when the source is a bare agent, of
** an actor of its kind ("as the FARC rebels gather ..., they are
** relinquishing control": the rebels themselves)? */
static int yield_is_source(const coder_ctx *c, uint32_t i,
                           const actor_set *src) {
  int32_t m = c->tok2men[i];
  for (uint32_t k = 0; k < src->n && k < MAX_ACTORS; k++) {
    if (src->men[k] == m)
      return 1;
    const char *sc = c->doc->mentions[src->men[k]].code;
    const char *mc = m >= 0 ? c->doc->mentions[m].code : NULL;
    if (sc && mc && coder_bare_actor(c, src->men[k]) &&
        strlen(mc) >= strlen(sc) && !strcmp(mc + strlen(mc) - strlen(sc), sc))
      return 1;
  }
  return 0;
}

/* C-YIELD-PRESSURE: the first token of a mention in the phrase of x that
** is a party to it (its with-, from- or by-phrase, possessor, compound,
** adjective or flat name; an of-phrase only on the way to another noun;
** no participle's phrase) and no source, or -1. */
static int32_t yield_party_in(const coder_ctx *c, uint32_t x,
                              const actor_set *src) {
  uint32_t lo = x, hi = x + 1;
  while (lo > 0 && under(c, lo - 1, x))
    lo--;
  while (hi < c->n && under(c, hi, x))
    hi++;
  for (uint32_t i = lo; i < hi; i++) {
    int32_t m = c->tok2men[i];
    if (m < 0 || i == x || yield_is_source(c, i, src) ||
        (src->n > 0 && coder_same_actor(c->doc->mentions[m].code,
                                        c->doc->mentions[src->men[0]].code)))
      continue;
    uint32_t y = i;
    while (y != x && c->syn[y].head >= 0 && (uint32_t)c->syn[y].head < c->n &&
           c->tok2men[c->syn[y].head] == m)
      y = (uint32_t)c->syn[y].head; /* (the actor's own name) */
    int ok = 1;
    for (int first_step = 1; y != x && ok; first_step = 0) {
      int32_t h = c->syn[y].head;
      if (h < 0 || (uint32_t)h >= c->n)
        return -1;
      unsigned b = deprel_base(c->syn[y].deprel);
      if (c->syn[h].upos == SIMA_UPOS_VERB)
        ok = 0; /* (a participle's: "the Syrian-backed militia") */
      else if (b == SIMA_DEP_NMOD && c->syn[y].deprel != SIMA_DEP_NMOD_POSS)
        ok = coder_has_marker(c, y, "with") || coder_has_marker(c, y, "from") ||
             coder_has_marker(c, y, "by") ||
             (!first_step && coder_has_marker(c, y, "of"));
      else
        ok = b == SIMA_DEP_COMPOUND || b == SIMA_DEP_AMOD ||
             b == SIMA_DEP_FLAT || c->syn[y].deprel == SIMA_DEP_NMOD_POSS;
      y = (uint32_t)h;
    }
    if (ok)
      return (int32_t)i;
  }
  return -1;
}

/* RULE C-YIELD-PRESSURE: a yielding act (root 08: a strike called off,
** a ceasefire declared, a surrender, a resignation) whose pattern and
** fallbacks name no target yields to the party its circumstance names:
** the with-, from- or by-phrase, possessor, compound or adjective of the
** noun of an after/following/amid/under/despite phrase of t ("called off
** the strike after deliberations with the government", "surrendered
** following a government offensive", "declared a ceasefire after 12
** days of battles with the Amal militia"; an of-phrase only leads to
** another noun: "the death of the president" names no party), or the
** subject of an adverbial clause of t marked as, after, when or
** following ("resigned as the opposition threatened to storm his
** residence").  Not the source itself.  C-TARGET-NEAR takes no actor of
** a circumstance (coder_circumstance); the parsers differ on whether
** such a with-phrase hangs on the verb or on the noun. */
static void yield_pressure(const coder_ctx *c, uint32_t t,
                           const actor_set *src, actor_set *tgt) {
  static const char *const when[] = {"after", "amid", "amidst", "despite",
                                     "follow", "following", "under"};
  static const char *const sub[] = {"after", "as", "follow", "following",
                                    "when"};
  for (int32_t x = c->first_child[t]; x >= 0 && tgt->n == 0;
       x = c->next_sib[x]) {
    unsigned b = deprel_base(c->syn[x].deprel);
    int32_t i = -1;
    if (b == SIMA_DEP_OBL) {
      int marked = 0;
      for (size_t k = 0; k < sizeof when / sizeof *when && !marked; k++)
        marked = coder_has_marker(c, (uint32_t)x, when[k]);
      if (marked)
        i = yield_party_in(c, (uint32_t)x, src);
    } else if (b == SIMA_DEP_ADVCL && c->syn[x].upos == SIMA_UPOS_VERB) {
      int marked = 0;
      for (size_t k = 0; k < sizeof sub / sizeof *sub && !marked; k++)
        marked = coder_has_marker(c, (uint32_t)x, sub[k]);
      int32_t s = coder_child_by(c, (uint32_t)x, SIMA_DEP_NSUBJ);
      /* (the dense parser hangs "as" on the subject as its case) */
      if (!marked && s >= 0)
        for (size_t k = 0; k < sizeof sub / sizeof *sub && !marked; k++)
          marked = coder_has_marker(c, (uint32_t)s, sub[k]);
      if (marked && s >= 0 && c->tok2men[s] >= 0 &&
          !yield_is_source(c, (uint32_t)s, src) &&
          !(src->n > 0 &&
            coder_same_actor(c->doc->mentions[c->tok2men[s]].code,
                             c->doc->mentions[src->men[0]].code)))
        i = s;
    }
    if (i >= 0)
      coder_actors_at(c, (uint32_t)i, tgt);
  }
}

/* RULE C-SOURCE-NEAR-CONJ: returns 1 when verb t is a conjunct (with no
** subject of its own) of a verb that is an open complement, an adverbial
** clause or a to-clause: it shares that clause's inherited or absent
** subject, so C-SOURCE-NEAR makes no word-order guess for it either
** ("stripped of his passport after leaving France to join al-Shabaab, and
** restating his loyalty": not al-Shabaab). */
static int conj_of_open_clause(const coder_ctx *c, uint32_t t) {
  uint32_t f = t;
  for (int i = 0; i < 8 && c->syn[f].deprel == SIMA_DEP_CONJ; i++) {
    int32_t h = c->syn[f].head;
    if (h < 0 || (uint32_t)h >= c->n || c->syn[h].upos != SIMA_UPOS_VERB)
      return 0;
    f = (uint32_t)h;
  }
  return f != t && (coder_is_xcomp(c, f) ||
                    deprel_base(c->syn[f].deprel) == SIMA_DEP_ADVCL ||
                    coder_has_marker(c, f, "to"));
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
  /* RULE C-HOSTAGE-PREDICATE: a past participle (VBN) modifying a noun
  ** (acl) with a bare "hostage", "captive" or "prisoner" right after it is
  ** passive: the noun is what was taken ("the journalist taken hostage by
  ** the group"), never the taker, so no word-order guess either */
  static const char *const held_as[] = {"captive", "hostage", "prisoner"};
  if (c->syn[t].deprel == SIMA_DEP_ACL && c->syn[t].xpos == SIMA_XPOS_VBN &&
      t + 1 < c->n && c->syn[t + 1].head == (int32_t)t &&
      c->syn[t + 1].deprel == SIMA_DEP_OBJ &&
      CODER_IN(held_as, coder_lemma(c, t + 1)))
    return;
  for (uint32_t i = t; i-- > first && src->n == 0;) {
    /* the actor must be in the trigger's stretch of text: no other verb
    ** in between */
    if (c->syn[i].upos == SIMA_UPOS_VERB)
      break;
    /* RULE C-THE-FORMER: "the former" standing for a noun names the first
    ** of two earlier parties ("lost his adviser, Ann Roe, and his envoy,
    ** Bo Lind, the former accusing him of ..." is Roe's act): the nearest
    ** actor is the other one, so no guess.  ("The latter" is the nearest
    ** one, and the guess stands.) */
    if (i > first && !sima_casecmp(coder_lemma(c, i), "former") &&
        !sima_casecmp(coder_lemma(c, i - 1), "the") &&
        (i + 1 >= c->n || (c->syn[i + 1].upos != SIMA_UPOS_NOUN &&
                           c->syn[i + 1].upos != SIMA_UPOS_PROPN &&
                           c->syn[i + 1].upos != SIMA_UPOS_ADJ)))
      break;
    int32_t m = c->tok2men[i];
    if (m < 0 || coder_bare_actor(c, m))
      continue;
    uint32_t hd = coder_mention_head(c, &c->doc->mentions[m], i);
    /* (the phrase's head: a name that modifies a noun, "out of the Iran
    ** nuclear deal", is in that noun's phrase) */
    uint32_t ph = hd;
    unsigned hb = deprel_base(c->syn[hd].deprel);
    if ((hb == SIMA_DEP_COMPOUND || hb == SIMA_DEP_AMOD) &&
        c->syn[hd].head >= 0 && (uint32_t)c->syn[hd].head < c->n &&
        c->syn[c->syn[hd].head].upos == SIMA_UPOS_NOUN &&
        c->syn[hd].head != c->syn[t].head) /* (not the trigger's noun) */
      ph = (uint32_t)c->syn[hd].head;
    int pp = 0; /* any preposition ("out of Nigeria"), not the 's */
    for (int32_t d = c->first_child[ph]; d >= 0 && !pp; d = c->next_sib[d])
      pp = c->syn[d].deprel == SIMA_DEP_CASE &&
           c->syn[d].upos == SIMA_UPOS_ADP;
    if (pp)
      break; /* a prepositional phrase stands between: no guess */
    if (c->syn[hd].head == (int32_t)t && possessive_marked(c, hd))
      break; /* C-POSS-SUBJ: the possessor the parse made t's subject */
    /* (a section heading, C-REPAIR (section heading), is no part of the
    ** sentence: no guess) */
    if (c->syn[hd].deprel == SIMA_DEP_DISCOURSE)
      break;
    /* RULE C-POSS-ELLIPTIC: a possessive with no noun of its own ("used
    ** language similar to Turkey's, describing the militia as ...": the
    ** parse hangs "describing" on Turkey) stands for a thing of the
    ** possessor's, not for one who acts: no guess */
    if (possessive_marked(c, hd) &&
        c->syn[hd].deprel != SIMA_DEP_NMOD_POSS &&
        c->syn[hd].deprel != SIMA_DEP_DET_POSS)
      break;
    coder_actors_at(c, hd, src);
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

/* Sorts order[0..n) by depth, then token (a total order: each token
** once).  Insertion sort: a sentence has a few dozen trigger words, and
** they come in token order, so few move; qsort's calls through a
** comparator cost more. */
static void sort_order(order_item *order, uint32_t n) {
  for (uint32_t i = 1; i < n; i++) {
    order_item x = order[i];
    uint32_t j = i;
    while (j > 0 &&
           (order[j - 1].depth > x.depth ||
            (order[j - 1].depth == x.depth && order[j - 1].tok > x.tok))) {
      order[j] = order[j - 1];
      j--;
    }
    order[j] = x;
  }
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
      if (deprel_base(c->syn[d].deprel) != SIMA_DEP_ADVCL ||
          (!coder_has_marker(c, (uint32_t)d, "if") &&
           !coder_has_marker(c, (uint32_t)d, "unless")))
        continue;
      int32_t s = coder_subject(c, (uint32_t)d, 0);
      if (s >= 0)
        coder_actors_at(c, (uint32_t)s, tgt);
    }
}

/* 1 when noun n has a with-phrase (C-NOUN-SPONSOR). */
static int has_with_phrase(const coder_ctx *c, uint32_t n) {
  for (int32_t d = c->first_child[n]; d >= 0; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_NMOD &&
        coder_has_marker(c, (uint32_t)d, "with"))
      return 1;
  return 0;
}

/* RULE C-NOUN-OBSERVER: verbs whose subject reports, judges, fears or
** investigates an act named by their object, and does not do it: verbs
** of speech (mood_is_speech) and these.  Sorted. */
static int observer_verb(const char *l) {
  static const char *const obs[] = {
      "blame", "condemn", "criticise", "criticize", "decry", "denounce",
      "deny",  "deplore", "describe",  "document",  "fear",  "investigate",
      "probe", "record",  "see",       "witness"};
  return mood_is_speech(l) || CODER_IN(obs, l);
}

/* RULE C-TALKS-SPONSOR, C-NOUN-SPONSOR: verbs whose subject stands
** behind talks or a deal as a third party, not as one of its sides:
** "Russia and Turkey are sponsoring the Sochi talks" makes neither a
** partner of the talks (nor of the other: a mediation, 045, pairs no
** coordinated mediators).  Sorted. */
static int sponsor_verb(const char *l) {
  static const char *const sp[] = {
      "arrange",    "back",      "broker",   "co-sponsor", "cosponsor",
      "facilitate", "guarantee", "mediate",  "moderate",   "organise",
      "organize",   "oversee",   "shepherd", "sponsor",    "support"};
  return CODER_IN(sp, l);
}

/* RULE C-NOUN-COMPLY: verbs of keeping or breaking a deal that exists:
** who respects, implements or violates a deal ("both sides must respect
** the deal", "moves forward with implementing a peace deal") does not
** make it: no 05x agreement of theirs is coded.  Sorted. */
static int comply_verb(const char *l) {
  static const char *const cv[] = {
      "breach",  "break",   "enforce", "honor",  "honour",
      "implement", "observe", "respect", "uphold", "violate"};
  return CODER_IN(cv, l);
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
  const pat_rel *r = coder_single_step(&p->tgt);
  if (!r || r->id != SIMA_DEP_OBJ || r->ncases != 0)
    return 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (deprel_base(coder_lrel(c, (uint32_t)d)) == SIMA_DEP_OBJ) {
      /* "praised each other", "one another": the conjuncts themselves */
      const char *l = coder_lemma(c, (uint32_t)d);
      return !l || (sima_casecmp(l, "other") && sima_casecmp(l, "another") &&
                    sima_casecmp(l, "each") && sima_casecmp(l, "one"));
    }
  return 0;
}

/* RULE C-DEAL-KIND: an agreement that settles a dispute is a peace deal,
** truce, ceasefire, armistice, settlement or reconciliation (the noun
** itself, or a compound, adjective or of/on-phrase on it: "a peace
** accord", "an agreement on a ceasefire"), or one whose to-clause ends,
** resolves or settles something ("a deal to end the war").  The agreement
** is t when t is a noun, else a noun object or oblique of t ("sign a
** treaty", "enter into an agreement").  Returns 1 when the noun a is such
** an agreement. */
static int settling_noun(const coder_ctx *c, uint32_t a) {
  static const char *const settle[] = {"armistice",      "ceasefire", "peace",
                                       "reconciliation", "settlement", "truce"};
  static const char *const ending[] = {"end", "resolve", "settle"};
  if (c->syn[a].upos != SIMA_UPOS_NOUN)
    return 0;
  if (CODER_IN(settle, coder_lemma(c, a)))
    return 1;
  for (int32_t e = c->first_child[a]; e >= 0; e = c->next_sib[e]) {
    unsigned re = deprel_base(coder_lrel(c, (uint32_t)e));
    if ((re == SIMA_DEP_COMPOUND || re == SIMA_DEP_AMOD ||
         re == SIMA_DEP_NMOD) &&
        CODER_IN(settle, coder_lemma(c, (uint32_t)e)))
      return 1;
    if (re == SIMA_DEP_ACL && c->syn[e].upos == SIMA_UPOS_VERB &&
        CODER_IN(ending, coder_lemma(c, (uint32_t)e)))
      return 1;
  }
  return 0;
}

/* C-DEAL-KIND: is the agreement at t (t itself when a noun, else a noun
** object or oblique of t) one that settles a dispute?  1 if so. */
static int agreement_settles_dispute(const coder_ctx *c, uint32_t t) {
  if (c->syn[t].upos == SIMA_UPOS_NOUN)
    return settling_noun(c, t);
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned r = deprel_base(coder_lrel(c, (uint32_t)d));
    if ((r == SIMA_DEP_OBJ || r == SIMA_DEP_OBL) &&
        settling_noun(c, (uint32_t)d))
      return 1;
  }
  return 0;
}

/* RULE C-DEAL-KIND: the intent (03) or appeal (02) code derived from a
** signed agreement (act code 057 at token t).  CAMEO's 037 and 027 are
** about settling a dispute; any other agreement ("will conclude a
** security accord to fight smuggling gangs", "is seeking migration deals
** with Chile") is the root's unspecified code: 030, 020.  (Not the
** rejection: "failed to reach agreement" between negotiating sides stays
** 127.)  Returns d, or that unspecified code. */
static const char *deal_derived(const coder_ctx *c, uint32_t t,
                                const char *act, const char *d) {
  if (!d || strncmp(act, "057", 3) || agreement_settles_dispute(c, t))
    return d;
  return d[0] != '0' ? d : d[1] == '2' ? "020" : d[1] == '3' ? "030" : d;
}

/* RULE C-MUTUAL-TRUCE: are the two coordinated sources of a ceasefire
** violation its parties, adversaries: not two state actors (government,
** military, police, justice, legislature, or the country itself) of one
** country ("the army and the police violated the truce" are one side)? */
static int truce_parties(const coder_ctx *c, const actor_set *src) {
  static const char *const state[] = {"COP", "GOV", "JUD", "LEG", "MIL"};
  if (src->n != 2)
    return 0;
  const sima_mention *a = &c->doc->mentions[src->men[0]];
  const sima_mention *b = &c->doc->mentions[src->men[1]];
  if (!a->code || !b->code)
    return 0;
  int sa = !a->sector || !a->sector[0] || CODER_IN(state, a->sector);
  int sb = !b->sector || !b->sector[0] || CODER_IN(state, b->sector);
  /* (a bare agent, "the police", is of the other's country) */
  int same = !a->country || !b->country || !a->country[0] ||
             !b->country[0] || !strcmp(a->country, b->country);
  return !(same && sa && sb);
}

/* C-MUTUAL-TRUCE (dense shape): "The Sri Lankan army and the Tamil Tigers
** violated the truce", parsed with both parties subjects of the verb and
** "and" on the second: a second nominal subject of t after the source,
** with a coordinator "and" of its own before it, is the other party.
** Adds its actor to src (one source found so far). */
static void truce_second_party(const coder_ctx *c, uint32_t t,
                               actor_set *src) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    if ((uint32_t)d >= t || d <= src->tok[0] ||
        coder_lrel(c, (uint32_t)d) != SIMA_DEP_NSUBJ || c->tok2men[d] < 0)
      continue;
    int32_t cc = coder_child_by(c, (uint32_t)d, SIMA_DEP_CC);
    if (cc < 0 || cc > d || sima_casecmp(coder_lemma(c, (uint32_t)cc), "and"))
      continue;
    actor_set two;
    two.n = 0;
    coder_actors_at(c, (uint32_t)d, &two);
    if (two.n == 1 && two.men[0] != src->men[0]) {
      src->men[1] = two.men[0];
      src->tok[1] = two.tok[0];
      src->n = 2;
    }
    return;
  }
}

/* RULE C-MUTUAL-OBJECT: does t have an object of its own that is a thing
** given or done outward (aid, troops, money, a reform), not something the
** coordinated actors share (agreement, talks, ties, exercises,
** intelligence ...)?  "Spain, France and Argentina offered aid": they
** offered it to somebody else, not to each other. */
static int one_way_object(const coder_ctx *c, uint32_t t) {
  static const char *const shared[] = {
      "accord",      "agreement",   "alliance",     "border",
      "business",    "ceasefire",   "collaboration", "communication",
      "contact",     "contract",    "cooperation",  "coordination",
      "deal",        "dialogue",    "drill",        "effort",
      "exchange",    "exercise",    "experience",   "friendship",
      "game",        "information", "intelligence", "link",
      "maneuver",    "meeting",     "memorandum",   "negotiation",
      "operation",   "pact",        "partnership",  "patrol",
      "peace",       "plan",        "protocol",     "relation",
      "relationship", "strategy",   "talk",         "tie",
      "trade",       "treaty",      "truce"};
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    if (deprel_base(coder_lrel(c, (uint32_t)d)) != SIMA_DEP_OBJ)
      continue;
    if (c->syn[d].upos != SIMA_UPOS_NOUN || c->tok2men[d] >= 0 ||
        CODER_IN(shared, coder_lemma(c, (uint32_t)d)))
      return 0;
    /* "10 days of war games": the of-phrase names what is shared */
    if (CODER_CHILD_IN_MARKED(c, (uint32_t)d, SIMA_DEP_NMOD, "of", shared) >= 0)
      return 0;
    return 1;
  }
  return 0;
}

/* RULE C-MUTUAL-ONEWAY: a one-way act of support (help, assist, back,
** defend, protect, fund, ...; not training or arming, which coordinated
** actors do together: "agreed to train"), as the trigger or the
** complement of one ("UK, US and French special forces are preparing to
** help in storming the town"), done by coordinated actors with no target
** is done together for someone unnamed, not to each other; unless the
** sentence says so (each other, one another, together, jointly, mutual,
** mutually). */
static int one_way_act(const coder_ctx *c, uint32_t t) {
  static const char *const oneway[] = {
      "aid",   "assist", "back",    "defend",  "finance", "fund",
      "guard", "help",   "protect", "rescue", "shelter", "support"};
  static const char *const mutual[] = {"another", "each",   "jointly",
                                       "mutual",  "mutually", "together"};
  uint32_t x = t;
  int oneway_found = 0;
  for (int i = 0; i < 3; i++) {
    if (CODER_IN(oneway, coder_lemma(c, x))) {
      oneway_found = 1;
      break;
    }
    int32_t nx = -1;
    for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d])
      if (deprel_base(c->syn[d].deprel) == SIMA_DEP_XCOMP) {
        nx = d;
        break;
      }
    if (nx < 0)
      break;
    x = (uint32_t)nx;
  }
  if (!oneway_found)
    return 0;
  const sima_sentence *s = coder_sentence_of(c->doc, t);
  if (!s)
    return 1;
  for (uint32_t k = s->first; k < s->first + s->count && k < c->n; k++)
    if (CODER_IN(mutual, coder_lemma(c, k)))
      return 0;
  return 1;
}

/* RULE C-PAIRED-ONE-GROUP: the modifiers of one noun name one group,
** not two parties: "rebel civilian and military officials held talks"
** are one delegation (its civilian and military members), not a civilian
** meeting the military.  1 when mention a modifies mention b (the head
** of a's words, an adjective, hangs, through coordination, on a word of
** b) and both
** have one country or none: their pairs are no events.  "US and Mexican
** officials met" (two countries) still pairs them. */
static int one_group_modifier(const coder_ctx *c, int32_t a, int32_t b) {
  if (a < 0 || b < 0 || a == b)
    return 0;
  const sima_mention *A = &c->doc->mentions[a], *B = &c->doc->mentions[b];
  if (!A->count || !B->count || strcmp(A->country ? A->country : "",
                                       B->country ? B->country : ""))
    return 0;
  /* (a word of a that hangs outside it, an adjective on a word of b) */
  for (uint32_t i = A->first; i < A->first + A->count && i < c->n; i++) {
    int32_t h = (int32_t)i;
    if (c->syn[h].head >= (int32_t)A->first &&
        c->syn[h].head < (int32_t)(A->first + A->count))
      continue;
    for (int k = 0; k < 4 && h >= 0 && c->syn[h].deprel == SIMA_DEP_CONJ; k++)
      h = c->syn[h].head;
    /* (an adjective: "The FARC and Colombian government", repaired as
    ** two modifiers of one noun, are two parties) */
    if (h < 0 || (uint32_t)h >= c->n || c->syn[h].upos != SIMA_UPOS_ADJ ||
        deprel_base(c->syn[h].deprel) != SIMA_DEP_AMOD)
      continue;
    int32_t x = c->syn[h].head;
    if (x >= (int32_t)B->first && x < (int32_t)(B->first + B->count))
      return 1;
  }
  return 0;
}

/* RULE C-MUTUAL-PARTNER: does t name a partner of its own, a with/against
** phrase ("the FARC and the ELN clashed with the Urabenos")?  Then its
** coordinated subjects acted together on that partner, not on each other,
** even when the partner is no actor ("with each other" excepted).
** RULE C-MUTUAL-AGAINST: for a cooperative act (coop: roots 03-07) an
** against-phrase names the common adversary, no partner (C-SUPPORT-AGAINST
** takes no target from it): "Panama and Colombia joined forces against
** drug smugglers" relates the two, wherever the parser hangs the phrase
** (on the verb or on its object). */
static int partner_phrase(const coder_ctx *c, uint32_t t, int coop) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    /* (after t: a fronted "With the signing of the accord, ..." is a
    ** circumstance) */
    if (deprel_base(c->syn[d].deprel) != SIMA_DEP_OBL || (uint32_t)d < t ||
        !(coder_has_marker(c, (uint32_t)d, "with") ||
          (!coop && coder_has_marker(c, (uint32_t)d, "against"))))
      continue;
    const char *l = coder_lemma(c, (uint32_t)d);
    if (l && sima_casecmp(l, "other") && sima_casecmp(l, "another") &&
        sima_casecmp(l, "each") && sima_casecmp(l, "one"))
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
    if (deprel_base(coder_lrel(c, (uint32_t)d)) != SIMA_DEP_OBJ)
      continue;
    if (CODER_IN(ex, coder_lemma(c, (uint32_t)d)))
      return 1;
    /* "10 days of war games" */
    if (CODER_CHILD_IN_MARKED(c, (uint32_t)d, SIMA_DEP_NMOD, "of", ex) >= 0)
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
      (c->syn[t].xpos != SIMA_XPOS_VBZ && c->syn[t].xpos != SIMA_XPOS_VBP &&
       c->syn[t].xpos != SIMA_XPOS_VB) ||
      !CODER_IN(contact, coder_lemma(c, t)))
    return 0;
  /* (a base form with no auxiliary is a present mistagged after a
  ** coordinated subject: "where Brazil, Argentina and Paraguay meet") */
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_AUX ||
        c->syn[d].deprel == SIMA_DEP_MARK)
      return 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_ADVMOD && (uint32_t)d < t &&
        !sima_casecmp(coder_lemma(c, (uint32_t)d), "where"))
      return 1;
  return 0;
}

/* The first conjunct of the coordination token x is in: x's heads while
** x is a conjunct (conj) with a head, at most `hops` steps; x itself when
** it is no conjunct. */
uint32_t coder_conj_first(const coder_ctx *c, uint32_t x, int hops) {
  for (int i = 0; i < hops && c->syn[x].deprel == SIMA_DEP_CONJ &&
                  c->syn[x].head >= 0 && (uint32_t)c->syn[x].head < c->n;
       i++)
    x = (uint32_t)c->syn[x].head;
  return x;
}

/* RULE C-DENY-OWN: a denial (016) of an act its own side is said to have
** done ("the Russian envoy denied that Russian troops had carried out
** air strikes on hospitals", "the prosecutor general denied that the police
** were shielding the Gulf Cartel") is aimed at the accuser, not at the
** doer or the victim of the denied act: no target of the source's own
** country from inside the denied clause (a verb below t on the path).
** The accuser named ("refuted the attorney general's version") stays. */
static int denied_own(const coder_ctx *c, uint32_t t, const actor_set *src,
                      int32_t k, int32_t m) {
  if (k < 0 || m < 0 || src->n == 0)
    return 0;
  const char *tc = c->doc->mentions[m].country;
  const char *sc = c->doc->mentions[src->men[0]].country;
  if (!tc || !sc || !tc[0] || strcmp(tc, sc))
    return 0;
  for (int32_t x = c->syn[k].head, i = 0;
       x >= 0 && (uint32_t)x < c->n && (uint32_t)x != t && i < 24;
       x = c->syn[x].head, i++)
    if (c->syn[x].upos == SIMA_UPOS_VERB)
      return 1;
  return 0;
}

/* RULE C-SUPPORT-AGAINST: the actor of an against-phrase of a
** cooperative act (roots 03-07: intent, consultation, support,
** cooperation, aid) is the one it is aimed against, not its
** partner or recipient: "the campaign that was backed by the US-led
** coalition against Isis" backs no Isis.  1 when token k is in such a
** phrase of the verb t or of its object. */
static int against_phrase(const coder_ctx *c, uint32_t t, int32_t k) {
  for (int i = 0; k >= 0 && (uint32_t)k != t && i < 6; i++) {
    int32_t h = c->syn[k].head;
    if (h < 0 || (uint32_t)h >= c->n)
      return 0;
    if (coder_has_marker(c, (uint32_t)k, "against") &&
        ((uint32_t)h == t ||
         (deprel_base(c->syn[h].deprel) == SIMA_DEP_OBJ &&
          (uint32_t)c->syn[h].head == t)))
      return 1;
    k = h;
  }
  return 0;
}

/* RULE C-BETWEEN-PARTIES: the parties named in a between-phrase of
** what a statement describes ("a summit between Russia, Turkey and Iran
** has been described by Ankara as a last chance") are what it is about,
** not whom the statement is aimed at: no target of a root-01 event from
** them.  1 when token k is in such a phrase (or a conjunct of it) on the
** way up to the verb t. */
static int between_party(const coder_ctx *c, uint32_t t, int32_t k) {
  for (int i = 0; k >= 0 && (uint32_t)k != t && i < 8; i++) {
    if (coder_has_marker(c, (uint32_t)k, "between"))
      return 1;
    k = c->syn[k].head;
    if (k < 0 || (uint32_t)k >= c->n)
      return 0;
  }
  return 0;
}

/* RULE C-OFFICE-PHRASE: a bare singular title in a "for" or "as" phrase
** ("campaigning for president", "stepped down as governor", "resigned as
** president") names an office, not the person or body holding it: no
** target (a determiner, possessor, adjective or name makes it someone:
** "support for the mayor", "a warrant for former attorney general Thelma
** Aldana"). */
static int office_phrase(const coder_ctx *c, int32_t k) {
  if (k < 0 || (uint32_t)k >= c->n || c->syn[k].upos != SIMA_UPOS_NOUN ||
      c->syn[k].xpos != SIMA_XPOS_NN ||
      !(coder_has_marker(c, (uint32_t)k, "for") ||
        coder_has_marker(c, (uint32_t)k, "as")))
    return 0;
  int32_t m = c->tok2men[k];
  /* RULE C-OFFICE-NOMINAL: a country the actor stage gave the title from
  ** an earlier mention (a nominal) is not the title's own: "stands down
  ** after four years as special envoy" is still an office; so is a title
  ** with a word of rank before it (acting, deputy, interim, special) */
  if (m < 0 || (c->doc->mentions[m].country &&
                c->doc->mentions[m].country[0] &&
                c->doc->mentions[m].how != SIMA_RES_NOMINAL))
    return 0;
  static const char *const rank[] = {"acting", "deputy", "interim",
                                     "special"};
  /* (no word of its own but its preposition: "for former attorney general
  ** and current candidate Thelma Aldana" names a person) */
  for (int32_t d = c->first_child[k]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if (b == SIMA_DEP_AMOD && CODER_IN(rank, coder_lemma(c, (uint32_t)d)))
      continue;
    if (b != SIMA_DEP_CASE && b != SIMA_DEP_CC && b != SIMA_DEP_PUNCT &&
        b != SIMA_DEP_COMPOUND)
      return 0;
    if (b == SIMA_DEP_COMPOUND && c->syn[d].upos != SIMA_UPOS_NOUN)
      return 0;
  }
  if ((uint32_t)k + 1 < c->n && c->syn[k + 1].upos == SIMA_UPOS_PROPN)
    return 0;
  /* (a title: the mention is a government, legislative, judicial or elite
  ** office word) */
  const char *sec = c->doc->mentions[m].sector;
  return sec && (!strcmp(sec, "GOV") || !strcmp(sec, "LEG") ||
                 !strcmp(sec, "ELI") || !strcmp(sec, "JUD"));
}

/* RULE C-ENDANGER: "threaten" (or "endanger", "menace") coded as a
** generic threat (130) is a danger, not a threat made, when its object
** is a thing rather than an actor ("activists threaten the activities of
** crime groups", "the reserve is threatened by ranching") or when it is a
** participle clause describing a noun ("the gangs threatening the US";
** not "threatening letters", which are threats made). */
static int endanger_sense(const coder_ctx *c, uint32_t t,
                          const pat_pattern *p) {
  static const char *const verbs[] = {"endanger", "menace", "threaten"};
  if (strcmp(p->code, "130") != 0 || !CODER_IN(verbs, coder_lemma(c, t)))
    return 0;
  unsigned rel = deprel_base(c->syn[t].deprel);
  int32_t h = c->syn[t].head;
  /* (not the absolute "with gangs threatening the mayor": an event) */
  int absolute = 0;
  for (int32_t x = h, n = 0; x >= 0 && (uint32_t)x < c->n && n < 2 &&
                             !absolute;
       x = c->syn[x].deprel == SIMA_DEP_CONJ ? c->syn[x].head : -1, n++)
    absolute = coder_has_marker(c, (uint32_t)x, "with");
  if (rel == SIMA_DEP_ACL && c->syn[t].xpos == SIMA_XPOS_VBG &&
      c->syn[t].deprel != SIMA_DEP_ACL_RELCL && !absolute)
    return 1;
  /* harm threatened is the threat's content, not a thing in danger
  ** ("threatened further action against Russia") */
  static const char *const harm[] = {
      "action",   "attack",      "consequence", "force",  "measure",
      "punishment", "reprisal",  "response",    "retaliation", "sanction",
      "step",     "strike",      "violence",    "war"};
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    if (coder_lrel(c, (uint32_t)d) != SIMA_DEP_OBJ ||
        (c->syn[d].upos != SIMA_UPOS_NOUN &&
         c->syn[d].upos != SIMA_UPOS_PROPN) ||
        c->tok2men[d] >= 0 || CODER_IN(harm, coder_lemma(c, (uint32_t)d)) ||
        /* "sent threatening messages": an adjective parsed as a verb */
        (c->syn[t].xpos == SIMA_XPOS_VBG && (uint32_t)d == t + 1))
      continue;
    int actor = 0; /* "his family members": an actor in a compound */
    for (int32_t k = c->first_child[d]; k >= 0 && !actor; k = c->next_sib[k])
      actor = c->syn[k].deprel == SIMA_DEP_COMPOUND && c->tok2men[k] >= 0;
    if (!actor)
      return 1;
  }
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

/* Is mention m of sector sec? */
int coder_sector_is(const coder_ctx *c, int32_t m, const char *sec) {
  const char *s = c->doc->mentions[m].sector;
  return s && !strcmp(s, sec);
}

/* RULE C-VISIT-DOMESTIC: do mentions a and b (a pronoun through its
** antecedent) name actors of one and the same country? */
static int same_country(const coder_ctx *c, int32_t a, int32_t b) {
  const sima_mention *ma = &c->doc->mentions[a], *mb = &c->doc->mentions[b];
  /* (through a chain of pronouns: "They" -> "they" -> "the unit") */
  for (int hop = 0; hop < 4 && ma->antecedent >= 0 &&
                    (uint32_t)ma->antecedent < c->doc->nmentions &&
                    !(ma->country && ma->country[0]);
       hop++)
    ma = &c->doc->mentions[ma->antecedent];
  return ma->country && ma->country[0] && mb->country &&
         !strcmp(ma->country, mb->country);
}

/* RULE C-VISIT-PEOPLE: is mention m, a bare country, the people of that
** country rather than its state: a plural name of its people ("Russians
** considering going to Syria", NNPS or NNS) or a country adjective on a noun
** that names no actor ("the Spanish photojournalist went to Syria")?
** Their trip to a country or town is a private one (C-VISIT-PRIVATE). */
static int people_of(const coder_ctx *c, int32_t m) {
  const sima_mention *mm = &c->doc->mentions[m];
  if (!coder_lone_state(c, m) || mm->count != 1 || mm->first >= c->n)
    return 0;
  uint32_t k = mm->first;
  if (c->syn[k].xpos == SIMA_XPOS_NNPS || c->syn[k].xpos == SIMA_XPOS_NNS)
    return 1;
  int32_t h = c->syn[k].head;
  return c->syn[k].upos == SIMA_UPOS_ADJ &&
         c->syn[k].deprel == SIMA_DEP_AMOD && h >= 0 && (uint32_t)h < c->n &&
         c->syn[h].upos == SIMA_UPOS_NOUN && c->tok2men[h] < 0;
}

/* RULE C-MEET-FORCES: is mention m an armed body named by a common noun
** (sector MIL, REB or INS: "Syrian government forces", "SDF troops",
** "army units")?  Two such that meet ("SDF troops met Iranian-backed
** Syrian government forces on land the insurgents held") come
** upon each other in the field: no consultation (040); their commanders,
** delegations or envoys, or a force by its name, still meet. */
static int force_noun(const coder_ctx *c, int32_t m) {
  static const char *const nouns[] = {"army",    "battalion", "brigade",
                                      "fighter", "force",     "militia",
                                      "patrol",  "soldier",   "troop",
                                      "troops",  "unit"};
  const sima_mention *mm = &c->doc->mentions[m];
  if ((!coder_sector_is(c, m, "MIL") && !coder_sector_is(c, m, "REB") &&
       !coder_sector_is(c, m, "INS")) ||
      mm->count == 0)
    return 0;
  uint32_t h = mm->first + mm->count - 1;
  return h < c->n && c->syn[h].upos == SIMA_UPOS_NOUN &&
         CODER_IN(nouns, coder_lemma(c, h));
}

/* RULE C-VISIT-FORCES: is mention m (a pronoun through its antecedents)
** an armed body with no country of its own (sector MIL, REB, INS or UAF:
** "the unit", "troops", "they" for a YPG unit)?  Its trip to a country or
** town is a deployment or a move, no visit: "they went first to Deir
** ez-Zor, then to Raqqa". */
static int bare_force(const coder_ctx *c, int32_t m) {
  const sima_mention *mm = &c->doc->mentions[m];
  for (int hop = 0; hop < 4 && mm->antecedent >= 0 &&
                    (uint32_t)mm->antecedent < c->doc->nmentions;
       hop++)
    mm = &c->doc->mentions[mm->antecedent];
  const char *s = mm->sector;
  return !(mm->country && mm->country[0]) && s &&
         (!strcmp(s, "MIL") || !strcmp(s, "REB") || !strcmp(s, "INS") ||
          !strcmp(s, "UAF"));
}

/* RULE C-VISIT-FIGHTERS: is mention m fighters named by a common noun
** (sector REB or INS: "foreign fighters", "British jihadists", "French
** and Algerian fighters", "foreign volunteers")?  Their trip to a country
** or town is a move of fighters, no visit; a group's delegation, leaders
** or negotiators, or a group by its name, still visit. */
static int fighter_noun(const coder_ctx *c, int32_t m) {
  static const char *const nouns[] = {"combatant", "extremist", "fighter",
                                      "guerrilla", "insurgent", "jihadi",
                                      "jihadist",  "militant",  "rebel",
                                      "volunteer"};
  const sima_mention *mm = &c->doc->mentions[m];
  /* RULE C-VISIT-VOLUNTEERS: volunteers coded as an NGO ("the first
  ** volunteers arrived in Syria", "volunteers with the YPG, having
  ** travelled to northern Syria") are private people who go to fight or
  ** help: their trip is no visit either; an aid group by its name stays */
  int ngo = coder_sector_is(c, m, "NGO");
  if ((!coder_sector_is(c, m, "REB") && !coder_sector_is(c, m, "INS") && !ngo) ||
      mm->count == 0)
    return 0;
  uint32_t h = mm->first + mm->count - 1;
  if (ngo)
    return h < c->n && c->syn[h].upos == SIMA_UPOS_NOUN &&
           !strcmp(coder_lemma(c, h), "volunteer");
  /* (a country adjective of a coordination: "French and Algerian
  ** fighters", the mention "French") */
  if (h < c->n && c->syn[h].upos == SIMA_UPOS_ADJ && c->syn[h].head >= 0)
    h = (uint32_t)c->syn[h].head;
  while (h < c->n && c->syn[h].deprel == SIMA_DEP_CONJ &&
         c->syn[h].upos == SIMA_UPOS_ADJ && c->syn[h].head >= 0)
    h = (uint32_t)c->syn[h].head;
  return h < c->n && c->syn[h].upos == SIMA_UPOS_NOUN &&
         CODER_IN(nouns, coder_lemma(c, h));
}

/* RULE C-VISIT-HELD: is token tt the holder named before a hyphen and a
** participle of holding ("regime-held", "rebel-controlled",
** "Israeli-occupied", "government-run")? */
static int held_place(const coder_ctx *c, uint32_t tt) {
  static const char *const held[] = {"controlled", "held", "occupied", "run"};
  return tt + 2 < c->n && !strcmp(c->doc->tokens[tt + 1].norm, "-") &&
         CODER_IN(held, c->doc->tokens[tt + 2].norm);
}

/* RULE C-CONSULT-ONEWAY: is token tt the direct object of "consult" at
** trigger t ("had not consulted Donald Trump", "without consulting
** parliament")?  To consult someone is to seek their advice; the
** reciprocal half (C-PAIRED) stands for the talk a consultation is, and
** a negated one holds no talk: only the one who did not consult omitted
** anything, so its negated reverse is not coded ("consult with" and a
** consultation that took place stay both ways). */
static int consulted_object(const coder_ctx *c, uint32_t t, int32_t tt) {
  if (tt < 0 || strcmp(coder_lemma(c, t), "consult") != 0)
    return 0;
  int32_t k = tt;
  for (int up = 0; up < 24 && k >= 0 && c->syn[k].head != (int32_t)t; up++)
    k = c->syn[k].head;
  return k >= 0 && c->syn[k].head == (int32_t)t &&
         deprel_base(c->syn[k].deprel) == SIMA_DEP_OBJ;
}

/* RULE C-NEG-ONEWAY: is token tt a partner that the trigger t names in a
** phrase or object of its own ("the ministry will not sit down to
** bargain with armed gangs", "Putin has not spoken to May")?  A
** mutual act that did not take place was withheld by the one who is its
** subject: its reverse half (C-PAIRED) would make the partner refuse too,
** so a negated act codes only the subject's half.  Coordinated subjects
** paired with each other (C-MUTUAL: "the two sides did not meet") keep
** both. */
static int own_partner(const coder_ctx *c, uint32_t t, int32_t tt) {
  if (tt < 0)
    return 0;
  int32_t k = tt;
  for (int up = 0; up < 24 && k >= 0 && c->syn[k].head != (int32_t)t; up++)
    k = c->syn[k].head;
  if (k < 0 || c->syn[k].head != (int32_t)t)
    return 0;
  unsigned b = deprel_base(c->syn[k].deprel);
  return b == SIMA_DEP_OBJ || b == SIMA_DEP_OBL || b == SIMA_DEP_IOBJ ||
         b == SIMA_DEP_NMOD;
}

/* RULE C-HOST-DESTINATION: is mention m, reached at token tt through a
** to/in/at phrase of the trip verb t ("going to the refugee camps",
** "came to the company's office"), a private body named by a common noun
** (refugees, a company, residents)?  It is where the traveller goes, no
** host of a visit (043): only a state, an official body or a town by its
** name hosts those who arrive there (C-TOWN-ROLE); a private actor the
** traveller visits as its object ("visited the refugees") stays. */
static int private_destination(const coder_ctx *c, uint32_t t, int32_t m,
                               int32_t tt) {
  const sima_mention *mm = &c->doc->mentions[m];
  if (tt < 0 || !private_actor(c, m) || mm->count == 0)
    return 0;
  uint32_t h = mm->first + mm->count - 1;
  if (h >= c->n || c->syn[h].upos != SIMA_UPOS_NOUN)
    return 0;
  int32_t k = tt;
  for (int up = 0; up < 24 && k >= 0 && c->syn[k].head != (int32_t)t; up++)
    k = c->syn[k].head;
  return k >= 0 && c->syn[k].head == (int32_t)t &&
         deprel_base(c->syn[k].deprel) == SIMA_DEP_OBL &&
         (coder_has_marker(c, (uint32_t)k, "to") ||
          coder_has_marker(c, (uint32_t)k, "in") ||
          coder_has_marker(c, (uint32_t)k, "at") ||
          coder_has_marker(c, (uint32_t)k, "into"));
}

/* Is t a predicate that takes a verb's target fallbacks: a verb, or an
** adjective with a copula and a to-complement, which acts as a verb does
** ("Denmark is willing to send equipment to help defend Estonia")?
** Not an adjective of state ("are responsible for crimes in Mexico", "are
** concerned about the country's role"): its phrases name no target. */
static int clause_predicate(const coder_ctx *c, uint32_t t) {
  if (c->syn[t].upos == SIMA_UPOS_VERB)
    return 1;
  return c->syn[t].upos == SIMA_UPOS_ADJ &&
         coder_child_by(c, t, SIMA_DEP_COP) >= 0 &&
         coder_child_by(c, t, SIMA_DEP_XCOMP) >= 0;
}

/* RULE C-VICTIM-LABEL: a verb form right before "victim(s)" or
** "survivor(s)" that the parse makes a verb with that noun as its object,
** with no subject, auxiliary or marker of its own, is the noun's label
** ("the figure of 40 kidnap victims", "farms to hide kidnap victims",
** "murder victims"): it counts or names victims, it reports no act. */
static int victim_label(const coder_ctx *c, uint32_t t) {
  if (c->syn[t].upos != SIMA_UPOS_VERB ||
      (c->syn[t].xpos != SIMA_XPOS_VB && c->syn[t].xpos != SIMA_XPOS_VBP) ||
      t + 1 >= c->n || c->syn[t + 1].head != (int32_t)t ||
      (sima_casecmp(coder_lemma(c, t + 1), "victim") &&
       sima_casecmp(coder_lemma(c, t + 1), "survivor")))
    return 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if (b == SIMA_DEP_NSUBJ || b == SIMA_DEP_AUX || b == SIMA_DEP_MARK)
      return 0;
  }
  return 1;
}

/* Codes trigger t with pattern p (matched with ms): applies the
** consumption, derivation (C-DERIVE), roles, mood and emission rules.
** Returns -1 when out of memory, else 0 (whether or not an event came). */
/* RULE C-MODIFIER-GERUND: a gerund in a list of modifiers before a noun
** of organisation ("anti-drug, kidnapping and smuggling units", "a
** kidnapping squad") names the unit's field, not an act: no event.  A
** gerund with a subject or auxiliary of its own is a verb. */
static int modifier_gerund(const coder_ctx *c, uint32_t t) {
  static const char *const units[] = {
      "brigade", "bureau", "department", "division", "force", "office",
      "section", "squad",  "task",       "team",     "unit"};
  if (c->syn[t].xpos != SIMA_XPOS_VBG)
    return 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if (b == SIMA_DEP_NSUBJ || b == SIMA_DEP_AUX || b == SIMA_DEP_MARK ||
        (b == SIMA_DEP_OBJ && (uint32_t)d < t))
      return 0;
  }
  for (uint32_t k = t + 1; k < c->n; k++) {
    unsigned u = c->syn[k].upos;
    if (u == SIMA_UPOS_NOUN && CODER_IN(units, coder_lemma(c, k))) {
      for (int32_t d = c->first_child[k]; d >= 0; d = c->next_sib[d]) {
        unsigned r = c->syn[d].deprel;
        if ((deprel_base(r) == SIMA_DEP_DET || r == SIMA_DEP_NMOD_POSS) &&
            (uint32_t)d > t)
          return 0; /* "kidnapping the unit's commander" */
      }
      return 1;
    }
    if (u == SIMA_UPOS_ADJ || u == SIMA_UPOS_CCONJ ||
        (u == SIMA_UPOS_PUNCT && !strcmp(coder_lemma(c, k), ",")) ||
        (u == SIMA_UPOS_VERB && c->syn[k].xpos == SIMA_XPOS_VBG) ||
        (u == SIMA_UPOS_NOUN && c->syn[k].deprel == SIMA_DEP_COMPOUND))
      continue;
    break;
  }
  return 0;
}

/* RULE C-NAME-WORD: is trigger t a word inside a proper name that an
** actor mention covers ("the Revolutionary Armed Forces of Colombia": no
** arming)?  The mention spans two or more tokens and every word of it
** but lower-case function words (of, the, and, de, ...) is capitalised;
** not in a headline (si), whose title case makes any span look like a
** name ("Honduras Presidents Blame US"). */
static int name_word(const coder_ctx *c, uint32_t si, uint32_t t) {
  static const char *const fn[] = {"and", "de", "del", "for", "la", "las",
                                   "los", "of", "the", "y"};
  int32_t m = c->tok2men[t];
  if (m < 0 || !(c->doc->tokens[t].flags & SIMA_TOKF_CAPITAL) ||
      c->doc->sents[si].kind == SIMA_SENT_TITLE)
    return 0;
  const sima_mention *M = &c->doc->mentions[m];
  if (M->count < 2)
    return 0;
  const sima_sentence *S = &c->doc->sents[si];
  int body = 0; /* a headline without a title marker: no lower-case word */
  for (uint32_t k = S->first; k < S->first + S->count && k < c->n; k++) {
    const sima_token *tk = &c->doc->tokens[k];
    if (tk->kind == SIMA_TOK_WORD && !(tk->flags & SIMA_TOKF_CAPITAL) &&
        tk->nnorm > 3)
      body = 1;
  }
  if (!body)
    return 0;
  for (uint32_t k = M->first; k < M->first + M->count && k < c->n; k++) {
    const sima_token *tk = &c->doc->tokens[k];
    if (tk->kind != SIMA_TOK_WORD || (tk->flags & SIMA_TOKF_CAPITAL))
      continue;
    if (!CODER_IN(fn, tk->norm))
      return 0;
  }
  return 1;
}

/* RULE C-RECOGNIZE-ACTOR: diplomatic recognition (054) is given to an
** actor: does the pattern at t have an object that is itself an actor
** mention, not a thing or a face with an actor in its phrases ("the
** witness recognized a face among the men arrested", "had not
** recognised the existence of refugees": no 054)?  Only for the verbs
** recognize, recognise, acknowledge ("established ties with" names its
** partner in the phrase), and not for what a state has (independence,
** sovereignty, government ...: "recognized Kosovo's independence"). */
static int recognize_thing(const coder_ctx *c, uint32_t t) {
  static const char *const rec[] = {"acknowledge", "recognise", "recognize"};
  /* (what a state has: "recognized Kosovo's independence") */
  static const char *const statehood[] = {
      "annexation", "government", "independence", "legitimacy", "regime",
      "secession",  "sovereignty", "state",      "statehood"};
  if (!CODER_IN(rec, coder_lemma(c, t)))
    return 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (deprel_base(coder_lrel(c, (uint32_t)d)) == SIMA_DEP_OBJ)
      return c->tok2men[d] < 0 && c->syn[d].upos == SIMA_UPOS_NOUN &&
             !CODER_IN(statehood, coder_lemma(c, (uint32_t)d));
  return 0;
}

/* Is token k a double quotation mark (", “, ”, «, »)?  Single quotes are
** not: "the gangs' leaders". */
static int dquote(const coder_ctx *c, uint32_t k) {
  if (k >= c->n || c->doc->tokens[k].kind != SIMA_TOK_QUOTE)
    return 0;
  const unsigned char *s =
      (const unsigned char *)c->doc->text + c->doc->tokens[k].off;
  return s[0] == '"' || (s[0] == 0xE2 && s[1] == 0x80 &&
                         (s[2] == 0x9C || s[2] == 0x9D)) ||
         (s[0] == 0xC2 && (s[1] == 0xAB || s[1] == 0xBB));
}

/* RULE C-CALL-NAME: is the verb "call" at t a naming, a convening or an
** appeal rather than a telephone call (041)?  A call is made to an actor:
** its single object is an actor mention itself ("called an emergency
** cabinet meeting", "called Moscow's accusation ludicrous", "called for
** cooperation with the US" parsed as an object are not), with no second
** complement (another object, an unmarked oblique, an apposition, or a
** quoted word next to the object: "calls the family 'one of the
** untouchables'"), no naming word as object or oblique ("one", "what",
** "which"), and the verb is no clause on a noun ("a gang called X",
** "what he called the Cartel of the Suns") unless its own subject is the
** relative pronoun ("the official who called the mayor"). */
static int call_name(const coder_ctx *c, uint32_t t) {
  static const char *const wh[] = {"one", "that", "what", "which", "who",
                                   "whom"};
  if (sima_casecmp(coder_lemma(c, t), "call") ||
      c->syn[t].upos != SIMA_UPOS_VERB)
    return 0;
  int32_t obj = -1;
  int nobj = 0, rel_subj = 0, aux = 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned rel = c->syn[d].deprel, base = deprel_base(rel);
    const char *l = coder_lemma(c, (uint32_t)d);
    if (base == SIMA_DEP_AUX)
      aux = 1;
    if (base == SIMA_DEP_OBJ) {
      if (obj < 0)
        obj = d;
      nobj++;
      if (CODER_IN(wh, l))
        return 1;
    } else if (rel == SIMA_DEP_OBL_UNMARKED ||
               (base == SIMA_DEP_OBL && CODER_IN(wh, l))) {
      return 1;
    } else if (base == SIMA_DEP_NSUBJ && CODER_IN(wh, l)) {
      rel_subj = 1;
    }
  }
  if (obj < 0) /* a passive or an intransitive call: the pattern's affair */
    return 0;
  if (nobj > 1)
    return 1;
  if (deprel_base(c->syn[t].deprel) == SIMA_DEP_ACL && !rel_subj)
    return 1;
  /* (a participle without auxiliary right after a noun, however parsed:
  ** "a gang called X"; not the root: "officials called the ambassador"
  ** tagged VBN) */
  if (c->syn[t].xpos == SIMA_XPOS_VBN && !aux && t > 0 &&
      c->syn[t].head >= 0 &&
      (c->syn[t - 1].upos == SIMA_UPOS_NOUN ||
       c->syn[t - 1].upos == SIMA_UPOS_PROPN))
    return 1;
  int32_t m = c->tok2men[obj];
  if (m < 0)
    return 1;
  for (int32_t d = c->first_child[obj]; d >= 0; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_APPOS)
      return 1;
  const sima_mention *M = &c->doc->mentions[m];
  return (M->first > 0 && dquote(c, M->first - 1)) ||
         dquote(c, M->first + M->count);
}

/* RULE C-INTENT-OBJECT: an intent whose complement codes nothing of its
** own (the 030 of "promised to remove the militants", "pledged to stamp
** out gang violence", "agreed to curb Iranian oil imports") is no intent
** to cooperate with what the complement acts on: an actor in the
** complement's object, with no preposition before it, is no target; one
** in a phrase is ("agreed to build a plant with Japan", "promised to
** continue military aid to Mozambique", "prepared to lift the ban on the
** FIS": the words, not the attachment, decide, as the parse often hangs
** such phrases wrongly).  1 when target token x (of mention men, or -1)
** lies in the object of complement w with no case marker between. */
static int in_object(const coder_ctx *c, uint32_t w, int32_t x, int32_t men) {
  int32_t y = x;
  int obj = 0;
  for (int i = 0; i < 16 && y >= 0 && (uint32_t)y < c->n; i++) {
    int32_t h = c->syn[y].head;
    if (h == (int32_t)w) {
      obj = deprel_base(c->syn[y].deprel) == SIMA_DEP_OBJ;
      break;
    }
    y = h;
  }
  if (!obj || x < 0)
    return 0;
  /* (an object that is to act is let, not acted on: "agreed to let the
  ** army inspect the fields") */
  for (int32_t d = c->first_child[w]; d >= 0; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_XCOMP)
      return 0;
  uint32_t from = (uint32_t)x;
  if (men >= 0 && (uint32_t)men < c->doc->nmentions &&
      c->doc->mentions[men].first < from)
    from = c->doc->mentions[men].first;
  for (uint32_t k = w + 1; k < from && k < c->n; k++)
    if (c->syn[k].deprel == SIMA_DEP_CASE && c->syn[k].xpos != SIMA_XPOS_POS)
      return 0; /* a phrase: "to Mozambique", "on the FIS" */
  return 1;
}

/* RULE C-GIVEN-THING: is target token k a piece of equipment that is the
** object of a giving verb ("a pledge to provide drones", "sold
** helicopters")?  What is given is the thing, the recipient is the
** indirect object or the to/for phrase. */
static int given_thing(const coder_ctx *c, int32_t k) {
  static const char *const gear[] = {
      "aircraft", "bomber",  "carrier",   "destroyer", "drone",  "frigate",
      "gunboat",  "helicopter", "jet",    "submarine", "tank",   "warplane",
      "warship"};
  static const char *const give[] = {"deliver", "donate", "give",   "lend",
                                     "provide", "sell",   "send",   "supply",
                                     "transfer"};
  if (k < 0 || (uint32_t)k >= c->n ||
      deprel_base(coder_lrel(c, (uint32_t)k)) != SIMA_DEP_OBJ ||
      !CODER_IN(gear, coder_lemma(c, (uint32_t)k)))
    return 0;
  int32_t h = c->syn[k].head;
  return h >= 0 && (uint32_t)h < c->n &&
         CODER_IN(give, coder_lemma(c, (uint32_t)h));
}

/* C-DENY-CLAIM-OTHER: is actor mention m of the side of mention ref (the
** same country; of no country, the same sector: "the rebel group" for
** the FARC)? */
static int same_side(const coder_ctx *c, int32_t m, int32_t ref) {
  const char *ac = c->doc->mentions[m].country;
  const char *as = c->doc->mentions[m].sector;
  const char *rc = c->doc->mentions[ref].country;
  const char *rs = c->doc->mentions[ref].sector;
  if (ac && ac[0])
    return rc && !strcmp(ac, rc);
  return as && as[0] && rs && !strcmp(as, rs);
}

/* RULE C-DENY-CLAIM-OTHER: is trigger t a denial (016) of somebody's
** claim (assertion, claim, report, rumour, suggestion: t's object, with
** the claimant as its possessor) whose content clause is about a third
** actor, of neither the denier's nor the claimant's side ("a minister
** dismissed Washington's claim that Isis was beaten")?  Such a
** denial disputes what the claimant said about someone else: no denial
** of responsibility to the claimant.  A claim with no claimant named
** ("rejected claims that the Syrian army was behind the attack": a
** denial on the accused's behalf) or a content about the denier's side,
** with a pronoun or no actor as its subject ("Moscow denied Kiev's claims
** that it was sending troops"), stays.  1 if so. */
static int denied_claim_other(const coder_ctx *c, uint32_t t,
                              const actor_set *src) {
  static const char *const claims[] = {"assertion", "claim", "report",
                                       "rumor",     "rumour", "suggestion"};
  if (src->n == 0)
    return 0;
  for (int32_t o = c->first_child[t]; o >= 0; o = c->next_sib[o]) {
    if (deprel_base(c->syn[o].deprel) != SIMA_DEP_OBJ ||
        !CODER_IN(claims, coder_lemma(c, (uint32_t)o)))
      continue;
    actor_set own;
    own.n = 0;
    for (int32_t k = c->first_child[o]; k >= 0; k = c->next_sib[k])
      if (c->syn[k].deprel == SIMA_DEP_NMOD_POSS &&
          c->syn[k].upos != SIMA_UPOS_PRON)
        coder_actors_at(c, (uint32_t)k, &own);
    if (own.n == 0)
      return 0;
    for (int32_t k = c->first_child[o]; k >= 0; k = c->next_sib[k]) {
      unsigned r = deprel_base(c->syn[k].deprel);
      if ((r != SIMA_DEP_ACL && r != SIMA_DEP_CCOMP) ||
          c->syn[k].deprel == SIMA_DEP_ACL_RELCL)
        continue;
      int32_t sj = -1;
      for (int32_t d = c->first_child[k]; d >= 0; d = c->next_sib[d])
        if (deprel_base(c->syn[d].deprel) == SIMA_DEP_NSUBJ)
          sj = d;
      if (sj < 0 || c->syn[sj].upos == SIMA_UPOS_PRON)
        return 0;
      actor_set a;
      a.n = 0;
      coder_actors_at(c, (uint32_t)sj, &a);
      if (a.n == 0)
        return 0;
      for (uint32_t i = 0; i < a.n; i++)
        if (same_side(c, a.men[i], src->men[0]) ||
            same_side(c, a.men[i], own.men[0]))
          return 0;
      return 1;
    }
  }
  return 0;
}

/* RULE C-ADMIT-OTHER: does trigger t (acknowledge, admit, concede,
** confess: 015) take a that-clause whose subject is a noun naming no actor
** or an actor of another sector than every source ("acknowledged that
** trafficking groups have a presence", "conceded that the Turkish
** offensive has crippled efforts")?  That concedes a fact, not
** responsibility for an act; "admitted that he took bribes", "the army
** admitted that soldiers killed civilians" and "admitted rearming" stay
** 015. */
static int admits_other(const coder_ctx *c, uint32_t t, const actor_set *src) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    if (deprel_base(c->syn[d].deprel) != SIMA_DEP_CCOMP)
      continue;
    for (int32_t s = c->first_child[d]; s >= 0; s = c->next_sib[s]) {
      if (deprel_base(c->syn[s].deprel) != SIMA_DEP_NSUBJ ||
          (c->syn[s].upos != SIMA_UPOS_NOUN &&
           c->syn[s].upos != SIMA_UPOS_PROPN))
        continue;
      int32_t m = c->tok2men[s];
      if (m < 0)
        return 1;
      const char *ss = c->doc->mentions[m].sector;
      for (uint32_t k = 0; k < src->n; k++) {
        const char *s2 = c->doc->mentions[src->men[k]].sector;
        if (ss && s2 && !strcmp(ss, s2))
          return 0;
      }
      return 1;
    }
  }
  return 0;
}

/* RULE C-MEET-THING: is trigger t a "meet" whose subject (passive) or
** object (active) is a thing, no actor ("the preconditions have been met
** by the Russians", "the report was met with anger", "met the targets")?
** Conditions and reports are fulfilled or received: no meeting (040; the
** caller asks only for root 04: "met the demands" is 080's pattern). */
static int meet_thing(const coder_ctx *c, uint32_t t) {
  static const char *const terms[] = {
      "condition", "criterion", "deadline", "demand", "expectation",
      "goal",      "need",      "obligation", "precondition", "requirement",
      "standard",  "target"};
  if (sima_casecmp(coder_lemma(c, t), "meet") ||
      c->syn[t].upos != SIMA_UPOS_VERB)
    return 0;
  int pass = coder_is_passive(c, t);
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if (pass && b == SIMA_DEP_NSUBJ) {
      if (c->tok2men[d] >= 0)
        return 0;
      if (c->syn[d].upos == SIMA_UPOS_NOUN)
        return 1;
      /* "few of the preconditions" */
      for (int32_t e = c->first_child[d]; e >= 0; e = c->next_sib[e])
        if (deprel_base(c->syn[e].deprel) == SIMA_DEP_NMOD &&
            coder_has_marker(c, (uint32_t)e, "of"))
          return c->tok2men[e] < 0 && c->syn[e].upos == SIMA_UPOS_NOUN;
      return 0;
    }
    if (!pass && b == SIMA_DEP_OBJ)
      return c->tok2men[d] < 0 && CODER_IN(terms, coder_lemma(c, (uint32_t)d));
  }
  return 0;
}

/* RULE C-GEAR-TARGET: is target mention m (or the antecedent of a
** pronoun) a bare machine of war with no owner named ("drones", "a
** fighter jet": MIL with no country), and the event no attack (roots
** 18-20)?  Shooting one down attacks whoever flies it; being wary of
** drones, hacking them or forcing them to land is no act on an actor. */
static int gear_target(const coder_ctx *c, int32_t m, int root) {
  static const char *const gear[] = {
      "aircraft", "bomber",  "drone",     "frigate", "gunboat",
      "helicopter", "jet",   "plane",     "submarine", "tank",
      "warplane", "warship"};
  if (root >= 18 || m < 0)
    return 0;
  const sima_mention *mm = &c->doc->mentions[m];
  if (mm->antecedent >= 0 && (uint32_t)mm->antecedent < c->doc->nmentions)
    mm = &c->doc->mentions[mm->antecedent];
  if (!mm->sector || strcmp(mm->sector, "MIL") ||
      (mm->country && mm->country[0]) || mm->count == 0)
    return 0;
  uint32_t last = mm->first + mm->count - 1;
  return last < c->n && CODER_IN(gear, coder_lemma(c, last));
}

/* 1 when pattern p is one of sima's own (data/dict/verbs, "V-" ids), not
** a translated legacy one, whose coders took the first actor after the
** verb ("marched close to the border with Mordor": Mordor). */
static int own_pattern(const pat_pattern *p) {
  return p->id && p->id[0] == 'V' && p->id[1] == '-';
}

/* RULE C-OWN-TROOPS: is target mention m the source's own military (MIL
** of the country of a source mention, or of a pronoun's antecedent) in a
** withdrawal (0356, 0874) or a release/return (0353)?  "Trump intends to
** withdraw the 2,000 US troops" acts on the country they leave, not on
** the troops. */
static int own_troops(const coder_ctx *c, const char *code,
                      const actor_set *src, int32_t m) {
  if ((strcmp(code, "0353") && strcmp(code, "0356") && strcmp(code, "0874")) ||
      m < 0 || (uint32_t)m >= c->doc->nmentions)
    return 0;
  const sima_mention *t = &c->doc->mentions[m];
  if (t->antecedent >= 0 && (uint32_t)t->antecedent < c->doc->nmentions)
    t = &c->doc->mentions[t->antecedent];
  /* a bare force the source owns ("the US plans to withdraw its troops":
  ** MIL after a possessive pronoun) is the source's own */
  const sima_mention *own = &c->doc->mentions[m];
  if (t->sector && !strcmp(t->sector, "MIL") &&
      (!t->country || !t->country[0]) && own->first > 0 && own->first <= c->n &&
      c->syn[own->first - 1].xpos == SIMA_XPOS_PRP_S && src->n > 0)
    return 1;
  if (!t->sector || strcmp(t->sector, "MIL") || !t->country ||
      strlen(t->country) != 3)
    return 0;
  for (uint32_t k = 0; k < src->n; k++) {
    int32_t sm = src->men[k];
    if (sm < 0 || (uint32_t)sm >= c->doc->nmentions)
      continue;
    const sima_mention *s = &c->doc->mentions[sm];
    if (s->antecedent >= 0 && (uint32_t)s->antecedent < c->doc->nmentions)
      s = &c->doc->mentions[s->antecedent];
    if (s->country && !strcmp(s->country, t->country) &&
        (!s->sector || strcmp(s->sector, "MIL")))
      return 1;
  }
  return 0;
}

/* RULE C-ALLY-TARGET: is target token k (mention m; or the first
** conjunct it is coordinated with) the ally of a fight, not its enemy: an
** "alongside X" phrase, or X in "on the side of X", "on behalf of X", "in
** support of X" ("forces fighting on the side of the regime", "a
** volunteer fighting alongside Kurdish forces")?  By the tree or, as the
** parser often misattaches these phrases, by the words just before the
** mention.  The caller asks only for roots 18-20. */
static int ally_target(const coder_ctx *c, int32_t k, int32_t m) {
  if (k < 0 || (uint32_t)k >= c->n)
    return 0;
  if (m >= 0 && (uint32_t)m < c->doc->nmentions) {
    uint32_t f = c->doc->mentions[m].first; /* surface: "... of the X" */
    uint32_t i = f;
    if (i > 0 && i <= c->n && !sima_casecmp(coder_lemma(c, i - 1), "the"))
      i--;
    if (i > 0 && i <= c->n && !sima_casecmp(coder_lemma(c, i - 1), "alongside"))
      return 1;
    if (i >= 3 && i <= c->n && !sima_casecmp(coder_lemma(c, i - 1), "of")) {
      uint32_t j = i - 2; /* the noun before "of" */
      const char *l = coder_lemma(c, j);
      const char *p = coder_lemma(c, j - 1);
      if (j >= 2 && !sima_casecmp(p, "the"))
        p = coder_lemma(c, j - 2);
      if (((!sima_casecmp(l, "side") || !sima_casecmp(l, "behalf")) &&
           !sima_casecmp(p, "on")) ||
          (!sima_casecmp(l, "support") && !sima_casecmp(p, "in")))
        return 1;
    }
  }
  k = (int32_t)coder_conj_first(c, (uint32_t)k, 4);
  if (coder_has_marker(c, (uint32_t)k, "alongside"))
    return 1;
  int32_t h = c->syn[k].head;
  if (h < 0 || (uint32_t)h >= c->n || !coder_has_marker(c, (uint32_t)k, "of"))
    return 0;
  const char *l = coder_lemma(c, (uint32_t)h);
  return ((!sima_casecmp(l, "side") || !sima_casecmp(l, "behalf")) &&
          coder_has_marker(c, (uint32_t)h, "on")) ||
         (!sima_casecmp(l, "support") &&
          coder_has_marker(c, (uint32_t)h, "in"));
}

/* RULE C-FIGHT-WITHIN: people who are no armed force themselves
** (civilians, nationals, volunteers, NGOs: `private_actor` or NGO)
** "fighting with" an armed group fight in its ranks: "British nationals
** fighting with Islamic State", "volunteers fighting with the Kurds".  Is
** target token k (or the phrase it is a conjunct of) the with-phrase of
** trigger t, a form of "fight", whose every source is such people? */
static int fights_within(const coder_ctx *c, uint32_t t, const actor_set *src,
                         int32_t k) {
  if (k < 0 || (uint32_t)k >= c->n || src->n == 0 ||
      sima_casecmp(coder_lemma(c, t), "fight"))
    return 0;
  for (uint32_t i = 0; i < src->n; i++) {
    int32_t m = src->men[i];
    if (m < 0 || !(private_actor(c, m) || coder_sector_is(c, m, "NGO")))
      return 0;
  }
  k = (int32_t)coder_conj_first(c, (uint32_t)k, 4);
  return c->syn[k].head == (int32_t)t &&
         coder_has_marker(c, (uint32_t)k, "with") != 0;
}

/* RULE C-CONSULT-TOPIC: is target token k inside what is discussed: the
** object of a verb of discussion (discuss, debate, review, examine, ...)
** on the path up to trigger t ("discussed recent changes to the role of
** Argentina's armed forces", "held a cabinet meeting to discuss the UK's
** military response")?  Those actors are talked about, not met: a
** consultation (root 04) takes no target there.  A with-phrase on the
** way is a partner the parser hung on the topic ("discussed developments
** in Syria with the Turkish president"). */
/* 1 when phrase x is marked as a topic: about, concerning, on, over,
** regarding (C-CONSULT-ON). */
static int topic_marked(const coder_ctx *c, uint32_t x) {
  static const char *const tp[] = {"about", "concerning", "on", "over",
                                   "regarding"};
  /* (not a day: "on Monday, after Trump and Erdogan spoke", the parse
  ** hanging the speakers on the day).  Sorted. */
  static const char *const days[] = {"friday",    "monday",   "saturday",
                                     "sunday",    "thursday", "tuesday",
                                     "wednesday", "weekend"};
  if (CODER_IN(days, coder_lemma(c, x)))
    return 0;
  for (size_t i = 0; i < sizeof tp / sizeof *tp; i++)
    if (coder_has_marker(c, x, tp[i]))
      return 1;
  return 0;
}

static int topic_target(const coder_ctx *c, uint32_t t, int32_t k) {
  static const char *const talk[] = {"address", "debate", "discuss",
                                     "examine", "review"};
  /* RULE C-CONSULT-RELATION: but the with-phrase of a noun of relation
  ** ("discuss relations with Turkey", "review ties with Russia") is the
  ** other side of the relation discussed, no partner of the talk.
  ** Sorted. */
  static const char *const relation[] = {
      "cooperation",   "dealing",  "link",         "partnership",
      "rapprochement", "relation", "relationship", "tie"};
  int32_t x = k;
  for (int up = 0; up < 12 && x >= 0 && (uint32_t)x < c->n; up++) {
    int32_t h = c->syn[x].head;
    if (coder_has_marker(c, (uint32_t)x, "with") &&
        !(h >= 0 && (uint32_t)h < c->n &&
          deprel_base(c->syn[x].deprel) == SIMA_DEP_NMOD &&
          CODER_IN(relation, coder_lemma(c, (uint32_t)h))))
      return 0;
    if (h < 0 || (uint32_t)h >= c->n)
      return 0;
    if (deprel_base(c->syn[x].deprel) == SIMA_DEP_OBJ &&
        c->syn[h].upos == SIMA_UPOS_VERB &&
        CODER_IN(talk, coder_lemma(c, (uint32_t)h)))
      return 1;
    /* RULE C-CONSULT-ON: and an on/about/over phrase of the trigger
    ** itself is what is talked about ("negotiate on the key issues of
    ** the De Mistura plan", "talks on Syria") */
    if ((uint32_t)h == t &&
        (deprel_base(c->syn[x].deprel) == SIMA_DEP_OBL ||
         deprel_base(c->syn[x].deprel) == SIMA_DEP_NMOD) &&
        topic_marked(c, (uint32_t)x))
      return 1;
    if ((uint32_t)h == t)
      return 0;
    x = h;
  }
  return 0;
}

/* RULE C-HOST-THING: is target token k reached from trigger t through
** a prepositional phrase of a noun that is no guest ("received
** applications for asylum from Haitian nationals", "welcome the
** opportunity to put the command on trial")?  Receiving or welcoming a
** thing hosts nobody; a visit, delegation or mission names its members
** ("received a visit from the Chinese president").  Only for a pattern
** aimed at its object ("gave a warm welcome to X" names its guest in
** the phrase). */
static int host_thing(const coder_ctx *c, uint32_t t, int32_t k) {
  static const char *const guests[] = {"contingent", "delegation", "group",
                                       "member",     "mission",    "team",
                                       "trip",       "visit"};
  /* the object itself a thing: no guest anywhere ("received 1,300
  ** applications for asylum from Haitian nationals"); a sum of money is
  ** one ("received $1.9 million from ...": the object is the symbol) */
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (deprel_base(coder_lrel(c, (uint32_t)d)) == SIMA_DEP_OBJ &&
        (c->syn[d].upos == SIMA_UPOS_NOUN || c->syn[d].upos == SIMA_UPOS_SYM) &&
        c->tok2men[d] < 0 &&
        d != k && !CODER_IN(guests, coder_lemma(c, (uint32_t)d)))
      return 1;
  for (int up = 0; up < 8 && k >= 0 && (uint32_t)k < c->n; up++) {
    int32_t h = c->syn[k].head;
    if (h < 0 || (uint32_t)h >= c->n || (uint32_t)k == t)
      return 0;
    unsigned r = c->syn[k].deprel, b = deprel_base(r);
    if (((b == SIMA_DEP_NMOD && r != SIMA_DEP_NMOD_POSS) || b == SIMA_DEP_ACL) &&
        (uint32_t)h != t && c->tok2men[h] < 0 &&
        !CODER_IN(guests, coder_lemma(c, (uint32_t)h)))
      return 1;
    if ((uint32_t)h == t)
      return 0;
    k = h;
  }
  return 0;
}

/* RULE C-NUMBER-TARGET: has t a bare count as its object ("killing
** three", "arresting 12", "wounding dozens", "injuring others")? */
static int number_object(const coder_ctx *c, uint32_t t) {
  static const char *const counts[] = {"dozen", "hundred", "other", "score",
                                       "thousand"};
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    if (c->syn[d].deprel != SIMA_DEP_OBJ || c->tok2men[d] >= 0)
      continue;
    if (c->syn[d].upos != SIMA_UPOS_NUM &&
        !(c->syn[d].upos == SIMA_UPOS_NOUN &&
          CODER_IN(counts, coder_lemma(c, (uint32_t)d))))
      continue;
    /* ("12 of the demonstrators", "dozens of people": the phrase names
    ** them) */
    int of = 0;
    for (int32_t e = c->first_child[d]; e >= 0 && !of; e = c->next_sib[e])
      of = deprel_base(c->syn[e].deprel) == SIMA_DEP_NMOD;
    if (!of)
      return 1;
  }
  return 0;
}

/* RULE C-PROTEST-STATE: acts that only a state does to people.
** Sorted. */
/* (C-PRAISE-STATE, p14b: and the overthrow of a government, "condemned
** the overthrow of the Muslim Brotherhood government", aimed at those
** who overthrew it, not at the government overthrown) */
static const char *const state_acts[] = {
    "arrest",       "conviction",    "deportation", "detention",
    "expulsion",    "extradition",   "imprisonment", "incarceration",
    "jailing",      "ouster",        "overthrow",   "prosecution",
    "sentencing",   "toppling"};

/* C-PROTEST-STATE: is d marked against, at, of or over (what a protest is
** about)? */
static int about_phrase(const coder_ctx *c, uint32_t d) {
  return coder_has_marker(c, d, "against") || coder_has_marker(c, d, "at") ||
         coder_has_marker(c, d, "of") || coder_has_marker(c, d, "over");
}

/* C-PROTEST-STATE: the act of state a protest at trigger t is about, or
** -1: the trigger's object or against/over/at/of phrase ("protested the
** arrest of ...", "marched against the detention of ..."), or the of/
** against/over/at phrase of an "in protest" phrase on the trigger, its
** object or a clause on either ("a strike that shut down the capital in
** protest of last week's arrest of activists"). */
static int32_t state_act(const coder_ctx *c, uint32_t t) {
  /* (also through a purpose clause: "marched to protest the detention") */
  for (int32_t v = (int32_t)t, e = -1; v >= 0;) {
    for (int32_t d = c->first_child[v]; d >= 0; d = c->next_sib[d]) {
      unsigned b = deprel_base(c->syn[d].deprel);
      int ok = c->syn[d].deprel == SIMA_DEP_OBJ ||
               ((b == SIMA_DEP_OBL || b == SIMA_DEP_NMOD) &&
                about_phrase(c, (uint32_t)d));
      if (ok && CODER_IN(state_acts, coder_lemma(c, (uint32_t)d)))
        return d;
    }
    if (v != (int32_t)t)
      break;
    for (e = c->first_child[t]; e >= 0; e = c->next_sib[e])
      if (c->syn[e].upos == SIMA_UPOS_VERB &&
          (deprel_base(c->syn[e].deprel) == SIMA_DEP_ADVCL ||
           deprel_base(c->syn[e].deprel) == SIMA_DEP_XCOMP) &&
          !sima_casecmp(coder_lemma(c, (uint32_t)e), "protest"))
        break;
    v = e;
  }
  for (uint32_t p = 0; p < c->n; p++) {
    if (c->syn[p].upos != SIMA_UPOS_NOUN ||
        sima_casecmp(coder_lemma(c, p), "protest") ||
        !coder_has_marker(c, p, "in"))
      continue;
    int near = 0; /* on t within three steps */
    for (int32_t x = c->syn[p].head, i = 0; x >= 0 && (uint32_t)x < c->n &&
                                             i < 3 && !near;
         x = c->syn[x].head, i++)
      near = (uint32_t)x == t;
    if (!near)
      continue;
    for (int32_t d = c->first_child[p]; d >= 0; d = c->next_sib[d])
      if (deprel_base(c->syn[d].deprel) == SIMA_DEP_NMOD &&
          about_phrase(c, (uint32_t)d) &&
          CODER_IN(state_acts, coder_lemma(c, (uint32_t)d)))
        return d;
  }
  return -1;
}

/* C-PROTEST-STATE, C-MOBILIZE-CAUSE: the actor who does the act a ("the
** government's arrest of ...", "the detention of X by police", "protests
** by Muslim groups"), into as. */
static void act_agent(const coder_ctx *c, uint32_t a, actor_set *as) {
  for (int32_t d = c->first_child[a]; d >= 0 && as->n == 0;
       d = c->next_sib[d]) {
    unsigned r = c->syn[d].deprel;
    if (r == SIMA_DEP_NMOD_POSS || deprel_base(r) == SIMA_DEP_AMOD ||
        deprel_base(r) == SIMA_DEP_COMPOUND ||
        (deprel_base(r) == SIMA_DEP_NMOD &&
         coder_has_marker(c, (uint32_t)d, "by")))
      coder_actors_at(c, (uint32_t)d, as);
  }
}

static int placed_sector(const char *s);

/* RULE C-UNKNOWN-BOMBER: the weapon of a bombing coded with no source
** actor: the trigger's subject or by-agent, else its "in" phrase ("killed
** in a car bomb explosion"), when that is no actor and names none: no
** actor inside it, no possessor, no clause with an agent of its own
** ("a bomb planted by the rebels", "a bombing claimed by the group" name
** their authors).  -1 if there is none. */
static int32_t bomb_weapon(const coder_ctx *c, uint32_t t) {
  int32_t w = -1;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned r = c->syn[d].deprel, b = deprel_base(r);
    if (c->syn[d].upos != SIMA_UPOS_NOUN)
      continue;
    if (r == SIMA_DEP_NSUBJ || r == SIMA_DEP_OBL_AGENT) {
      w = d;
      break;
    }
    if (w < 0 && b == SIMA_DEP_OBL && coder_has_marker(c, (uint32_t)d, "in"))
      w = d;
  }
  if (w < 0 || c->tok2men[w] >= 0)
    return -1;
  /* (bare plural "the bombings" may be a campaign from the air: one
  ** attack is "a bombing", "twin car bombings") */
  int bare = c->syn[w].xpos == SIMA_XPOS_NNS;
  for (int32_t d = c->first_child[w]; d >= 0 && bare; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_COMPOUND ||
        deprel_base(c->syn[d].deprel) == SIMA_DEP_AMOD ||
        deprel_base(c->syn[d].deprel) == SIMA_DEP_NUMMOD)
      bare = 0;
  if (bare)
    return -1;
  for (int32_t d = c->first_child[w]; d >= 0; d = c->next_sib[d]) {
    unsigned r = c->syn[d].deprel, b = deprel_base(r);
    if (r == SIMA_DEP_NMOD_POSS || r == SIMA_DEP_DET_POSS)
      return -1;
    if ((b == SIMA_DEP_COMPOUND || b == SIMA_DEP_AMOD) && c->tok2men[d] >= 0)
      return -1;
    if (b == SIMA_DEP_ACL)
      for (int32_t e = c->first_child[d]; e >= 0; e = c->next_sib[e])
        if (c->syn[e].deprel == SIMA_DEP_OBL_AGENT ||
            c->syn[e].deprel == SIMA_DEP_NSUBJ)
          return -1;
  }
  return w;
}

/* RULE C-POLITICAL-FIGHT: is the fight of trigger t between source sm
** and target tm a political struggle (both political actors of one
** country, or the target an international body)? */
static int political_actor(const coder_ctx *c, int32_t m) {
  static const char *const pol[] = {"ELI", "GOV", "JUD", "LEG", "PTY"};
  const char *s = c->doc->mentions[m].sector;
  return s && s[0] && CODER_IN(pol, s) && !coder_lone_state(c, m);
}

static int political_fight(const coder_ctx *c, uint32_t t, int32_t sm,
                           int32_t tm) {
  static const char *const verbs[] = {"battle", "clash", "combat", "fight",
                                      "wage"};
  if (!CODER_IN(verbs, coder_lemma(c, t)) || !political_actor(c, sm))
    return 0;
  const char *sc = c->doc->mentions[sm].country;
  const char *tc = c->doc->mentions[tm].country;
  const char *tcode = c->doc->mentions[tm].code;
  if (tcode && !strncmp(tcode, "IGO", 3))
    return !coder_sector_is(c, tm, "MIL");
  return political_actor(c, tm) &&
         (!sc || !sc[0] || !tc || !tc[0] || !strcmp(sc, tc));
}

/* RULE C-STATE-BOMBS: is mention m a state: a country alone ("Russian")
** or its government or military? */
/* RULE C-KILL-CIVILIAN-NOUN (p16n): the verb "kill", the noun
** "killing" ("the killing of a journalist by gang members") and a verb
** whose object is that noun ("a mayor accused of ordering the killing of
** a reporter") name one act, and C-KILL-CIVILIAN codes them alike.
** Returns 1 when t is such a word. */
static int killing_word(const coder_ctx *c, uint32_t t) {
  const char *l = coder_lemma(c, t);
  return !strcmp(l, "kill") || !strcmp(l, "killing") ||
         coder_child_word(c, t, SIMA_DEP_OBJ, "killing") >= 0;
}

static int state_actor(const coder_ctx *c, int32_t m) {
  return coder_lone_state(c, m) ||
         (c->doc->mentions[m].country && c->doc->mentions[m].country[0] &&
          (coder_sector_is(c, m, "GOV") || coder_sector_is(c, m, "MIL")));
}

/* RULE C-SPEAKING-FRAME: is t a participle of speaking (address, speak,
** talk) hung as an adverbial clause on a verb of speech ("Speaking to
** reporters, he said")? */
static int speaking_frame(const coder_ctx *c, uint32_t t) {
  static const char *const speak[] = {"address", "speak", "talk"};
  int32_t h = c->syn[t].head;
  return h >= 0 && c->syn[t].xpos == SIMA_XPOS_VBG &&
         deprel_base(c->syn[t].deprel) == SIMA_DEP_ADVCL &&
         CODER_IN(speak, coder_lemma(c, t)) &&
         mood_is_speech(coder_lemma(c, (uint32_t)h));
}

/* Heads of a wish about one's own act (C-THREAT-WISH).  Sorted. */
static const char *const wish_heads[] = {"dream", "hope", "pray", "want",
                                         "wish"};

/* RULE C-THREAT-PREPARE: an actor reported in the act of preparing a
** hostile act ("the cartel was preparing to kill five prosecutors", "as
** the army was preparing to send troops across the border") is seen
** making ready, not heard announcing: like a wish (C-THREAT-WISH), the
** act keeps its code, mood planned, and is no threat.  "Is prepared to" (an adjective
** of readiness) and "plans to" stay threats.  1 if cue k is the verb
** "prepare" in the progressive (-ing with an auxiliary "be"). */
static int preparing_verb(const coder_ctx *c, uint32_t k) {
  return c->syn[k].upos == SIMA_UPOS_VERB && c->syn[k].xpos == SIMA_XPOS_VBG &&
         !sima_casecmp(coder_lemma(c, k), "prepare") &&
         coder_child_word(c, k, SIMA_DEP_AUX, "be") >= 0;
}

/* RULE C-THREAT-PLANNING: so is an actor that others report in the act of
** planning one ("police said the gangs were planning a coordinated strike
** against the government"): the progressive "plan" (-ing with an
** auxiliary "be") in an attributed sentence tells what others saw being
** readied, not a threat the actor voiced; it keeps its code, mood
** planned.  Unattributed ("Ankara is planning an offensive"), "plans to"
** and "is planned" stay threats.  1 if cue k is such a verb (the caller
** checks the attribution). */
static int planning_verb(const coder_ctx *c, uint32_t k) {
  return c->syn[k].upos == SIMA_UPOS_VERB && c->syn[k].xpos == SIMA_XPOS_VBG &&
         !sima_casecmp(coder_lemma(c, k), "plan") &&
         coder_child_word(c, k, SIMA_DEP_AUX, "be") >= 0;
}

/* RULE C-THREAT-THING: is the subject of verb t a thing named by a common
** noun that is no actor, with the actor its owner by name ("the State
** Department's proposed budget will reduce military aid to Colombia",
** "Mexico's new law will expel thousands")?  What a thing will do is a
** forecast of its effect, no intent or threat the actor announces: the
** act keeps its code, mood planned. */
static int thing_subject(const coder_ctx *c, uint32_t t) {
  if (c->syn[t].upos != SIMA_UPOS_VERB)
    return 0;
  int32_t s = coder_subject(c, t, 0);
  if (s < 0 || (uint32_t)s >= c->n || c->tok2men[s] >= 0 ||
      c->syn[s].upos != SIMA_UPOS_NOUN)
    return 0;
  /* (the actor its owner by name: "the State Department's budget"; not
  ** "OPCW inspectors", people of the actor) */
  for (int32_t d = c->first_child[s]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_NMOD_POSS && c->tok2men[d] >= 0 &&
        c->syn[d].upos != SIMA_UPOS_PRON)
      return 1;
  return 0;
}

/* 1 when verb t is the to-clause of verb h, directly or through
** coordinated or nested to-clauses ("threatened to send and deploy",
** "threatened to send forces to confront"): an act h governs as its
** complement (C-THREAT-VERB, C-THREAT-WISH). */
static int complement_of(const coder_ctx *c, uint32_t t, uint32_t h) {
  uint32_t x = t;
  for (int k = 0; k < 8; k++) {
    int32_t p = c->syn[x].head;
    if (p < 0 || (uint32_t)p >= c->n)
      return 0;
    int xc = coder_is_xcomp(c, x);
    if (!xc && c->syn[x].deprel != SIMA_DEP_CONJ)
      return 0;
    if ((uint32_t)p == h)
      return xc;
    x = (uint32_t)p;
  }
  return 0;
}

/* RULE C-MOOD-ATTEMPT: an attempt at an act that CAMEO codes only as
** achieved leaves the outcome open.  Trying is coded as the act it aims
** at when the effort is that act (negotiating, hacking, pressing,
** storming: "North Korea has tried to hack into the army's computers"
** hacked; "tried to kill" is an attempted assassination, 185), but a
** code that names a result (an agreement signed, persons or property
** released, seized, arrested, expelled, a territory occupied) is not
** reached by trying: "the SDF have attempted to take control of Raqqa"
** occupies nothing yet, "officers were attempting to arrest the
** suspects" arrested no one.  Returns the word of trying (verb or noun,
** mood_attempt_of) when t, coded `code`, is such an attempted result,
** else -1.  A failed attempt is C-NEG-ATTEMPT's (negated). */
static int32_t attempted_result(const coder_ctx *c, uint32_t t,
                                const char *code) {
  /* (the codes, by their first three digits) */
  static const char *const result_codes[] = {"057", "084", "171", "173",
                                             "174", "192", "201"};
  for (size_t k = 0; k < sizeof result_codes / sizeof *result_codes; k++)
    if (!strncmp(code, result_codes[k], 3))
      return mood_attempt_of(c, t);
  return -1;
}

/* RULE C-SELF-AGAINST: an "against" (or "on") phrase the pattern's own
** paths take names the target, even when it is the source's own kind
** ("CJNG launched a campaign against the Gulf Cartel to take
** over Reynosa": cartel on cartel, MEXCRM on MEXCRM).  C-SELF then
** drops the event; no fallback looks elsewhere (the purpose clause's
** town) for a target in its place.  1 when every weak target of the
** pattern's paths is the source's own actor in such a phrase of t or of
** t's object. */
static int self_against(const coder_ctx *c, uint32_t t, const actor_set *weak,
                        const actor_set *src) {
  if (weak->n == 0 || src->n == 0)
    return 0;
  for (uint32_t k = 0; k < weak->n; k++) {
    int32_t x = weak->tok[k];
    if (x < 0 || weak->men[k] < 0 ||
        !coder_same_actor(c->doc->mentions[weak->men[k]].code,
                          c->doc->mentions[src->men[0]].code))
      return 0;
    /* (the mention's head: a name's last word, a compound's head) */
    while (x >= 0 && (uint32_t)x < c->n &&
           (c->syn[x].deprel == SIMA_DEP_COMPOUND ||
            c->syn[x].deprel == SIMA_DEP_FLAT))
      x = c->syn[x].head;
    if (x < 0 || (uint32_t)x >= c->n ||
        !(coder_has_marker(c, (uint32_t)x, "against") ||
          coder_has_marker(c, (uint32_t)x, "on")))
      return 0;
    int32_t h = c->syn[x].head;
    if (!(h == (int32_t)t ||
          (h >= 0 && (uint32_t)h < c->n && c->syn[h].head == (int32_t)t &&
           deprel_base(c->syn[h].deprel) == SIMA_DEP_OBJ)))
      return 0;
  }
  return 1;
}

/* The rule that says trigger t of pattern p codes no event at all (a
** --- pattern, a habit, a statistic, a generic statement, a name ...:
** mostly src/coder_generic.c), tested in this order, or NULL when none
** does. */
static const char *event_veto(const coder_ctx *c, uint32_t si, uint32_t t,
                              const pat_pattern *p) {
  if (p->null)
    return "C-NULL";
  if (geography_clause(c, t))
    return "C-GEOGRAPHY";
  if (endanger_sense(c, t, p))
    return "C-ENDANGER";
  if (coder_habit_past(c, t))
    return "C-HABIT-PAST";
  if (coder_stat_span(c, t))
    return "C-STAT-SPAN";
  if (coder_stat_total(c, t, p->code))
    return "C-STAT-TOTAL";
  if (coder_trend_noun(c, t))
    return "C-TREND";
  if (coder_poll_result(c, t, p->code))
    return "C-POLL";
  if (coder_compare_count(c, t))
    return "C-COMPARE-COUNT";
  if (coder_fact_admitted(c, t, p->code))
    return "C-FACT-ADMITTED";
  if (coder_agree_proposition(c, t, p->code))
    return "C-AGREE-PROPOSITION";
  if (coder_when_habit(c, t))
    return "C-WHEN-HABIT";
  if (coder_gerund_subject(c, t))
    return "C-GERUND-SUBJECT";
  if (coder_attitude_caused(c, t))
    return "C-ATTITUDE-CAUSED";
  if (coder_prevention_wanted(c, t))
    return "C-PREVENT-WANTED";
  if (coder_pronoun_predicate(c, t))
    return "C-PRONOUN-PREDICATE";
  if (coder_message_thing(c, t))
    return "C-MESSAGE-THING";
  if (coder_share_held(c, t))
    return "C-SHARE-HELD";
  if (coder_stat_share(c, t))
    return "C-STAT-SHARE";
  if (coder_imperative_item(c, t))
    return "C-IMPERATIVE-ITEM";
  if (coder_range_kinds(c, t))
    return "C-RANGE-KINDS";
  if (coder_standing_relation(c, t))
    return "C-HABIT-PAST";
  if (coder_past_experience(c, t))
    return "C-HABIT-PAST";
  if (coder_hyphen_participle(c, t))
    return "C-SPONSOR-ADJ";
  if (coder_ident_participle(c, t))
    return "C-IDENT-PARTICIPLE";
  if (coder_role_frame(c, t))
    return "C-ROLE-FRAME";
  if (coder_place_relative(c, t))
    return "C-PLACE-RELATIVE";
  if (coder_noun_of_act(c, t))
    return "C-NOUN-OF-ACT";
  if (coder_comes_to_topic(c, t))
    return "C-NOUN-OF-ACT";
  if (coder_rather_than(c, t))
    return "C-RATHER-THAN";
  if (coder_generic_nominal(c, t))
    return "C-GENERIC-NOMINAL";
  if (coder_agreement_held(c, t))
    return "C-AGREEMENT-HELD";
  if (coder_former_tie(c, t))
    return "C-FORMER-TIE";
  if (coder_law_participle(c, t))
    return "C-LAW-PARTICIPLE";
  if (coder_about_aim(c, t))
    return "C-ABOUT-AIM";
  if (coder_coerced_say(c, t))
    return "C-COERCED-SAY";
  if (coder_generic_present(c, si, t, p->code))
    return "C-GENERIC-PRESENT";
  if (coder_anonymity_frame(c, t))
    return "C-ANONYMITY";
  if (coder_response_act(c, t, p->code))
    return "C-RESPOND-ACT";
  if (modifier_gerund(c, t))
    return "C-MODIFIER-GERUND";
  if (name_word(c, si, t))
    return "C-NAME-WORD";
  if (victim_label(c, t))
    return "C-VICTIM-LABEL";
  return NULL;
}

/* RULE C-FRONTED-OWNER: a nominal event in a phrase fronted before the
** main clause, owned by "his" or "her", is the act of that clause's
** subject, whom the pronoun announces: "Following his talks with Lula in
** Brasilia, Boric said ..." (Boric's talks with Lula), as A-COREF-FRONTED
** reads a "he" after such a phrase.  Only a singular subject (a name or a
** title, no plural, no pronoun) that is an actor and comes after the
** noun.  Fills src (left empty when t is no such noun). */
static void fronted_owner(const coder_ctx *c, uint32_t t, actor_set *src) {
  static const char *const own[] = {"her", "his"};
  if (c->syn[t].upos != SIMA_UPOS_NOUN ||
      deprel_base(coder_lrel(c, t)) != SIMA_DEP_OBL)
    return;
  int32_t ps = -1;
  for (int32_t d = c->first_child[t]; d >= 0 && ps < 0; d = c->next_sib[d])
    if ((c->syn[d].deprel == SIMA_DEP_NMOD_POSS ||
         c->syn[d].deprel == SIMA_DEP_DET_POSS) &&
        c->syn[d].upos == SIMA_UPOS_PRON && c->tok2men[d] < 0 &&
        CODER_IN(own, coder_lemma(c, (uint32_t)d)))
      ps = d;
  int32_t v = c->syn[t].head;
  if (ps < 0 || v < 0 || (uint32_t)v >= c->n || (uint32_t)v < t ||
      c->syn[v].upos != SIMA_UPOS_VERB)
    return;
  int32_t sj = coder_subject(c, (uint32_t)v, 0);
  if (sj < 0 || (uint32_t)sj < t || (uint32_t)sj > (uint32_t)v ||
      c->tok2men[sj] < 0 || c->syn[sj].upos == SIMA_UPOS_PRON ||
      c->syn[sj].xpos == SIMA_XPOS_NNS || c->syn[sj].xpos == SIMA_XPOS_NNPS)
    return;
  coder_actors_at(c, (uint32_t)sj, src);
}

/* The doer an operation noun names in its own phrase: its possessor,
** by-phrase, modifier or compound ("a federal police sting", "an attack by
** the Zetas").  Fills src (left as it was when the phrase names none). */
static void operation_doer(const coder_ctx *c, uint32_t h, actor_set *src) {
  for (int32_t d = c->first_child[h]; d >= 0 && src->n == 0;
       d = c->next_sib[d]) {
    unsigned r = c->syn[d].deprel, b = deprel_base(r);
    if (r == SIMA_DEP_NMOD_POSS || b == SIMA_DEP_COMPOUND || b == SIMA_DEP_AMOD ||
        (b == SIMA_DEP_NMOD && coder_has_marker(c, (uint32_t)d, "by")))
      coder_actors_at(c, (uint32_t)d, src);
  }
}

/* RULE C-OPERATION-IN: a passive act with no agent done "in" or "during"
** an attack or an operation that names its doer is that doer's act:
** "a reporter was killed in an Isis ambush" (IMGISI -> the reporter),
** "six traffickers were arrested in a federal police operation".  The
** doer is the noun's own possessor, by-phrase, modifier or compound
** (operation_doer); an attack with no doer named ("killed in a suicide
** attack") gives none.  Fills src (left empty when t is no such act). */
static void operation_in_agent(const coder_ctx *c, uint32_t t, actor_set *src) {
  static const char *const ops[] = {"airstrike", "ambush", "assault", "attack",
                                    "bombardment", "crackdown",
                                    "offensive", "operation", "raid", "sting",
                                    "strike", "sweep"};
  if (c->syn[t].upos != SIMA_UPOS_VERB || !coder_is_passive(c, t) ||
      has_by_agent(c, t))
    return;
  for (int32_t d = c->first_child[t]; d >= 0 && src->n == 0;
       d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_OBL &&
        c->syn[d].upos == SIMA_UPOS_NOUN &&
        CODER_IN(ops, coder_lemma(c, (uint32_t)d)) &&
        (coder_has_marker(c, (uint32_t)d, "in") ||
         coder_has_marker(c, (uint32_t)d, "during")))
      operation_doer(c, (uint32_t)d, src);
}

/* RULE C-OPERATION-RELATIVE: a passive act with no agent told in an "in
** which" or "during which" relative clause of a noun of an operation or an
** attack is done by that operation's doer: "a federal police sting in
** March, in which 23 PCC traffickers were arrested" (BRACOP BRACRM 173);
** "the army launched a raid in which six guerrillas were killed".  The
** doer is the noun's possessor, by-phrase, modifier or compound ("federal
** police sting"), else the subject of the verb the noun is the object of
** ("the police carried out an operation in which ...").  Fills src (left
** empty when t is no such act or its noun names no doer). */
static void operation_agent(const coder_ctx *c, uint32_t t, actor_set *src) {
  static const char *const ops[] = {"ambush", "assault",   "attack", "crackdown",
                                    "offensive", "operation", "raid", "sting",
                                    "sweep"};
  static const char *const rel[] = {"during", "in"};
  if (c->syn[t].upos != SIMA_UPOS_VERB ||
      c->syn[t].deprel != SIMA_DEP_ACL_RELCL || !coder_is_passive(c, t) ||
      has_by_agent(c, t))
    return;
  int marked = 0;
  for (int32_t d = c->first_child[t]; d >= 0 && !marked; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_OBL &&
        !sima_casecmp(coder_lemma(c, (uint32_t)d), "which"))
      for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k])
        if (c->syn[k].deprel == SIMA_DEP_CASE &&
            CODER_IN(rel, coder_lemma(c, (uint32_t)k)))
          marked = 1;
  int32_t h = c->syn[t].head;
  if (!marked || h < 0 || (uint32_t)h >= c->n ||
      c->syn[h].upos != SIMA_UPOS_NOUN || !CODER_IN(ops, coder_lemma(c, (uint32_t)h)))
    return;
  operation_doer(c, (uint32_t)h, src);
  int32_t v = c->syn[h].head;
  if (src->n == 0 && v >= 0 && (uint32_t)v < c->n &&
      c->syn[v].upos == SIMA_UPOS_VERB &&
      deprel_base(coder_lrel(c, (uint32_t)h)) == SIMA_DEP_OBJ &&
      !observer_verb(coder_lemma(c, (uint32_t)v)) &&
      !mood_avert_head(c, (uint32_t)v)) {
    int32_t sj = coder_subject(c, (uint32_t)v, 0);
    if (sj >= 0)
      coder_actors_at(c, (uint32_t)sj, src);
  }
}

/* RULE C-CLAIM-ACCUSE: "X is responsible for Y" in the words of another
** coded actor is that actor's accusation of X (CAMEO 112), as "blamed X
** for Y" is: "the French government said it had proof that the Syrian
** regime was responsible for the chemical attack" FRAGOV -> SYRGOV 112.
** Only the adjective "responsible" with a "for" phrase, a subject that is
** a coded actor and no pronoun, an attribution by a speech verb (not
** negated, not "deny") whose speaker is a coded actor of another code,
** and a clause that is neither negated nor hypothetical, planned or
** requested.  Returns the speaker's token (its mention in tok2men), or
** -1: C-CLAIM-OWN then drops the 015 as before. */
static int32_t responsibility_accuser(const coder_ctx *c, uint32_t t,
                                      int32_t sj, const mood_info *mi) {
  if (mi->attr < 0 || sj < 0 || mi->negated ||
      c->syn[t].upos != SIMA_UPOS_ADJ ||
      sima_casecmp(coder_lemma(c, t), "responsible") != 0 ||
      c->syn[sj].upos == SIMA_UPOS_PRON ||
      (mi->mood != SIMA_MOOD_ASSERTED && mi->mood != SIMA_MOOD_POSSIBLE))
    return -1;
  /* (a share is a statistic, not a charge: "the police are responsible
  ** for around 15 percent of all homicides") */
  static const char *const shares[] = {"%", "bulk",    "half",       "majority",
                                       "most",    "percent",    "portion",
                                       "proportion", "quarter", "share",
                                       "third"};
  int has_for = 0;
  for (int32_t w = c->first_child[t]; w >= 0 && !has_for; w = c->next_sib[w])
    if (deprel_base(c->syn[w].deprel) == SIMA_DEP_OBL &&
        coder_has_marker(c, (uint32_t)w, "for")) {
      if (CODER_IN(shares, coder_lemma(c, (uint32_t)w)))
        return -1;
      has_for = 1;
    }
  if (!has_for)
    return -1;
  uint32_t a = (uint32_t)mi->attr;
  if (a >= c->n || c->tok2men[a] < 0 || c->tok2men[sj] < 0)
    return -1;
  int32_t v = c->syn[a].head;
  if (mi->attr_first < 0) { /* (not an opening "According to X,") */
    if (v < 0 || (uint32_t)v >= c->n ||
        !mood_is_speech(coder_lemma(c, (uint32_t)v)) ||
        !sima_casecmp(coder_lemma(c, (uint32_t)v), "deny") ||
        coder_child_word(c, (uint32_t)v, SIMA_DEP_ADVMOD, "not") >= 0 ||
        coder_child_word(c, (uint32_t)v, SIMA_DEP_ADVMOD, "never") >= 0)
      return -1;
  }
  const sima_mention *A = &c->doc->mentions[c->tok2men[a]];
  const sima_mention *X = &c->doc->mentions[c->tok2men[sj]];
  if (!A->code || !X->code || coder_same_actor(A->code, X->code))
    return -1;
  return (int32_t)a;
}

static int code_trigger(coder_ctx *c, const sima_cameo *cameo,
                        const sima_code_opts *opts, sima_doc *doc,
                        event_vec *ev, uint32_t si, uint32_t first_ev,
                        uint32_t t, const pat_pattern *p,
                        const match_state *msp, uint8_t *consumed) {
  match_state ms = *msp;
  /* RULE C-XCOMP: dependents named by the pattern are part of this
  ** event, not events of their own */
  for (uint32_t k = 0; k < ms.nused; k++)
    consumed[ms.used[k]] = (ms.anyused & (1u << k)) &&
                                   c->syn[ms.used[k]].upos == SIMA_UPOS_NOUN &&
                                   !consumed[ms.used[k]]
                               ? 2 /* C-NOUN-OWN: by a wildcard */
                               : 1;
  const char *veto = event_veto(c, si, t, p);
  if (veto)
    return coder_drop(c, veto, t);
  if (!strncmp(p->code, "054", 3) && c->syn[t].upos == SIMA_UPOS_VERB &&
      recognize_thing(c, t)) /* C-RECOGNIZE-ACTOR */
    return coder_drop(c, "C-RECOGNIZE-ACTOR", t);
  if (!strncmp(p->code, "041", 3) && call_name(c, t)) /* C-CALL-NAME */
    return coder_drop(c, "C-CALL-NAME", t);
  const char *code = p->code;
  int32_t accuser = -1, accused = -1; /* C-CLAIM-ACCUSE */
  const char *code2 = p->code2;
  /* RULE C-NEG-COMPLEMENT: an appeal, intent or demand whose named
  ** complement is negated ("asked Poland not to send tanks", "vowed never
  ** to release them") asks or promises that the act not happen: the
  ** specific code is the act's, so only the root's generic code fits */
  if ((!strncmp(code, "02", 2) || !strncmp(code, "03", 2) ||
       !strncmp(code, "10", 2)) &&
      strlen(code) > 3)
    for (uint32_t k = 0; k < ms.nused; k++) {
      int32_t u = ms.used[k];
      if (u < 0 || (uint32_t)u >= c->n || c->syn[u].upos != SIMA_UPOS_VERB)
        continue;
      if (verb_negated(c, (uint32_t)u)) {
        code = !strncmp(code, "02", 2)   ? "020"
               : !strncmp(code, "03", 2) ? "030"
                                         : "100";
        code2 = "";
        break;
      }
    }
  int32_t bare_intent = -1; /* C-INTENT-OBJECT: the uncoded complement */
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
      const char *d = deal_derived(
          c, w, q->code,
          code[1] == '2' ? derive_appeal(q->code) : derive_intent(q->code));
      if (d) {
        code = d;
        code2 = "";
        consumed[w] = 1;
        for (int32_t x = c->first_child[w]; x >= 0; x = c->next_sib[x])
          if (c->syn[x].deprel == SIMA_DEP_CONJ)
            consumed[x] = 1;
      } else if (code[1] == '3') {
        return coder_drop(c, "C-DERIVE", t);
      }
    } else {
      consumed[w] = 1;
      if (code[1] == '3')
        bare_intent = (int32_t)w;
    }
  }
  if (code[0] == '1' && code[1] == '0' && p->upos == SIMA_UPOS_VERB) {
    /* RULE C-DERIVE (demands): the cooperative act a demand asks for in
    ** its that-clause ("demanded that the US cancel the sale") is the
    ** demand's content, not an event of its own; the demand keeps its
    ** pattern's code */
    for (int32_t w = c->first_child[t]; w >= 0; w = c->next_sib[w]) {
      if (deprel_base(c->syn[w].deprel) != SIMA_DEP_CCOMP || consumed[w])
        continue;
      match_state ms2;
      const pat_pattern *q = best_pattern(c, (uint32_t)w, &ms2, NULL, 0);
      const char *d = q && !q->null ? derive_demand(q->code) : NULL;
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
  if (coder_law_clause(c, t, &mi)) /* C-LAW-CLAUSE */
    return coder_drop(c, "C-LAW-CLAUSE", t);
  if (coder_state_of_mind(c, si, t, p->code, &mi)) /* C-STATE-OF-MIND */
    return coder_drop(c, "C-STATE-OF-MIND", t);
  if (coder_capacity_only(c, t, &mi)) /* C-CAPACITY */
    return coder_drop(c, "C-CAPACITY", t);
  if (coder_enough_to(c, t)) /* C-ENOUGH-TO */
    return coder_drop(c, "C-ENOUGH-TO", t);
  if (coder_where_kind(c, t, &mi)) /* C-WHERE-KIND */
    return coder_drop(c, "C-WHERE-KIND", t);
  if (coder_evaluative_view(c, t, &mi)) /* C-EVALUATIVE-VIEW */
    return coder_drop(c, "C-EVALUATIVE-VIEW", t);
  if (coder_wish_participle(c, t, &mi)) /* C-WISH-PARTICIPLE */
    return coder_drop(c, "C-WISH-PARTICIPLE", t);
  {
    int32_t bcue = -1;
    int bt = coder_be_to_noun(c, t, &bcue); /* C-BE-TO-NOUN */
    if (bt == 1)
      return coder_drop(c, "C-BE-TO-NOUN", t);
    if (bt == 2 && !(p->flags & PAT_F_NOMOOD) &&
        mi.uncond == SIMA_MOOD_ASSERTED) {
      mi.uncond = SIMA_MOOD_PLANNED;
      mi.uncond_rule = "C-BE-TO-NOUN";
      mi.uncond_cue = bcue;
      if (mi.mood == SIMA_MOOD_ASSERTED) {
        mi.mood = SIMA_MOOD_PLANNED;
        mi.mood_rule = "C-BE-TO-NOUN";
        mi.mood_cue = bcue;
      }
    }
  }
  /* C-MOOD-ATTEMPT: an attempted result is possible */
  if (!(p->flags & PAT_F_NOMOOD) && !mi.negated &&
      mi.uncond == SIMA_MOOD_ASSERTED) {
    int32_t ac = attempted_result(c, t, code);
    if (ac >= 0) {
      mi.uncond = SIMA_MOOD_POSSIBLE;
      mi.uncond_rule = "C-MOOD-ATTEMPT";
      mi.uncond_cue = ac;
      if (mi.mood == SIMA_MOOD_ASSERTED) {
        mi.mood = SIMA_MOOD_POSSIBLE;
        mi.mood_rule = "C-MOOD-ATTEMPT";
        mi.mood_cue = ac;
      }
    }
  }
  /* RULE C-NEG-PATTERN: a pattern that requires its trigger negated
  ** (`neg`: "did not rule out a conflict" 014, "did not comment" 011)
  ** has that negation in its code: the event is not negated */
  if ((p->flags & PAT_F_NEG) && mi.negated && mi.neg_cue >= 0 &&
      (uint32_t)mi.neg_cue < c->n && c->syn[mi.neg_cue].head == (int32_t)t) {
    mi.negated = 0;
    mi.neg_rule = NULL;
    mi.neg_cue = -1;
  }
  /* RULE C-CLAIM-OWN: "X was responsible for Y" is a claim of
  ** responsibility (015) only in X's own words, a reported clause whose
  ** subject is the speaker's pronoun ("the FARC said it was responsible
  ** for the bombing"); the writer's or another's attribution ("the Zetas
  ** were responsible for the massacre") is no act of X */
  /* (so is "X bore responsibility for Y", a state of blame as "was
  ** responsible" is: "Issa insinuated that the department bore some
  ** responsibility for the agent's death" is no act of the department) */
  if (code[0] == '0' && code[1] == '1' && code[2] == '5' &&
      (c->syn[t].upos == SIMA_UPOS_ADJ ||
       !sima_casecmp(coder_lemma(c, t), "bear"))) {
    int32_t sj = coder_subject(c, t, 0);
    if (mi.attr < 0 || sj < 0 || c->syn[sj].upos != SIMA_UPOS_PRON) {
      accuser = responsibility_accuser(c, t, sj, &mi);
      if (accuser < 0)
        return coder_drop(c, "C-CLAIM-OWN", t);
      /* RULE C-CLAIM-ACCUSE: the speaker accuses the one held
      ** responsible (112); the speaker is the source, not an
      ** attribution */
      code = "112";
      accused = sj;
      mi.mood = SIMA_MOOD_ASSERTED;
      mi.mood_rule = NULL;
      mi.mood_cue = -1;
      mi.attr = mi.attr_first = mi.attr_last = -1;
      mi.attr_rule = NULL;
    }
  }
  if (code[0] == '0' && code[1] == '4' && meet_thing(c, t)) /* C-MEET-THING */
    return coder_drop(c, "C-MEET-THING", t);
  actor_set src, tgt;
  coder_resolve_role(c, t, p->src.given ? &p->src : &c->v->default_src, &src);
  if (!strcmp(code, "015") && admits_other(c, t, &src)) /* C-ADMIT-OTHER */
    return coder_drop(c, "C-ADMIT-OTHER", t);
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
    coder_resolve_role(c, nh, p->src.given ? &p->src : &c->v->default_src,
                       &src);
  if (src.n == 0 && c->syn[t].upos != SIMA_UPOS_VERB &&
      deprel_base(coder_lrel(c, nh)) == SIMA_DEP_OBJ &&
      c->syn[nh].head >= 0 && (uint32_t)c->syn[nh].head < c->n &&
      c->syn[c->syn[nh].head].upos == SIMA_UPOS_VERB &&
      /* (not the one who averts it: "police foiled an attack") */
      !mood_avert_head(c, (uint32_t)c->syn[nh].head) &&
      /* (nor who welcomes an arrest: C-ARREST-PLACE-NOUN) */
      !agentless_arrest_noun(c, t) &&
      /* RULE C-NOUN-OBSERVER: nor, for a hostile act (roots 13-20),
      ** the one who reports, judges or investigates it ("media outlets
      ** reported 14 attacks against judges", "the UN condemned attacks
      ** on civilians"); who announces a deal or a meeting is mostly a
      ** party to it */
      !((code[0] == '2' || (code[0] == '1' && code[1] >= '3')) &&
        observer_verb(coder_lemma(c, (uint32_t)c->syn[nh].head))) &&
      /* RULE C-TALKS-SPONSOR, C-NOUN-SPONSOR: nor, for talks or a deal
      ** (roots 04-05), the one who sponsors, brokers or backs them
      ** ("Russia and Turkey are sponsoring the Sochi talks" are not
      ** partners in them); talks "with" somebody have the organiser as
      ** a party ("Qatar organised talks with Afghan opposition groups") */
      !(code[0] == '0' && (code[1] == '4' || code[1] == '5') &&
        sponsor_verb(coder_lemma(c, (uint32_t)c->syn[nh].head)) &&
        !has_with_phrase(c, nh)) &&
      /* C-NOUN-COMPLY: nor, for a deal (root 05), the one who keeps or
      ** breaks it */
      !(code[0] == '0' && code[1] == '5' &&
        comply_verb(coder_lemma(c, (uint32_t)c->syn[nh].head)))) {
    int32_t sj = coder_subject(c, (uint32_t)c->syn[nh].head, 0);
    if (sj >= 0)
      coder_actors_at(c, (uint32_t)sj, &src);
  }
  if (src.n == 0 || (src.n == 1 && coder_bare_actor(c, src.men[0]))) {
    actor_set sp;
    sp.n = 0;
    speaker_pronoun(c, t, &sp);
    if (sp.n > 0)
      src = sp;
  }
  if (src.n == 0 && c->syn[t].upos == SIMA_UPOS_VERB &&
      !coder_is_passive(c, t) && !coder_is_xcomp(c, t) &&
      deprel_base(c->syn[t].deprel) != SIMA_DEP_ADVCL &&
      !coder_has_marker(c, t, "to") && !conj_of_open_clause(c, t))
    near_source(c, t, c->doc->sents[si].first, &src);
  if (src.n == 0)
    operation_agent(c, t, &src); /* C-OPERATION-RELATIVE */
  if (src.n == 0)
    operation_in_agent(c, t, &src); /* C-OPERATION-IN */
  if (src.n == 0)
    fronted_owner(c, t, &src); /* C-FRONTED-OWNER */
  if (!p->src.given) { /* RULE C-PLACE-SOURCE (not a place the pattern
                        ** names: TABARI's "shot dead in +" is the state's) */
    uint32_t kept = 0;
    for (uint32_t k = 0; k < src.n; k++)
      if (!(src.tok[k] >= 0 &&
            (coder_visit_place(c, src.men[k]) ||
             /* (a named town: "the town of Samarra") */
             (coder_sector_is(c, src.men[k], "CVL") &&
              coder_scene_mention(c, src.men[k]))) &&
            coder_place_source(c, (uint32_t)src.tok[k])) &&
          /* (a country adjective on a noun of land names a place: "Russia
          ** is using Belarusian territory as a base for putting
          ** pressure on Kiev", C-PLACE-SCENE's coder_land_country) */
          !coder_land_country(c, src.tok[k], src.men[k])) {
        src.men[kept] = src.men[k];
        src.tok[kept++] = src.tok[k];
      }
    src.n = kept;
  }
  int32_t wh = coder_where_clause(c, t, c->doc->sents[si].first);
  coder_drop_before_where(wh, &src); /* C-PLACE-WHERE */
  /* C-ADVERSARY-PLACE: for a use of force (roots 15-20) */
  int force = code[0] == '2' || (code[0] == '1' && code[1] >= '5');
  coder_resolve_role_in(c, t, p->tgt.given ? &p->tgt : &c->v->default_tgt,
                        force, &tgt);
  coder_drop_before_where(wh, &tgt);
  if ((code[0] == '1' && code[1] >= '8') || (code[0] == '2' && code[1] == '0'))
    drop_victim_place(c, t, &tgt); /* C-NAMED-VICTIM (roots 18-20) */
  /* RULE C-PROTEST: an "in protest of" / "in defiance of" phrase names
  ** what a protest is aimed at better than the place it is held in */
  if (code[0] == '1' && code[1] == '4' && coder_place_targets(c, t, &tgt)) {
    actor_set ph;
    ph.n = 0;
    protest_phrase(c, t, &ph);
    if (ph.n > 0)
      tgt = ph;
  }
  /* a weak target (none, the source itself, or a bare agent that is
  ** somebody's: "offered its troops") lets the fallbacks below look for a
  ** better one; what the pattern's paths or C-PURPOSE found is kept when
  ** they find none.  The fallbacks take no weak target of their own, nor a
  ** word the pattern's constraints named ("joined forces", "deployed
  ** troops": the forces are the act, not its target) */
  if (!p->src.given) /* the subject is the source */
    coder_drop_subjects(c, t, &tgt);
  actor_set weak;
  weak.n = 0;
  if (coder_keep_weak(c, &tgt, &src, &weak))
    tgt.n = 0;
  if (tgt.n == 0 && nh != t) {
    coder_resolve_role(c, nh, p->tgt.given ? &p->tgt : &c->v->default_tgt,
                       &tgt);
    if (coder_keep_weak(c, &tgt, &src, &weak))
      tgt.n = 0;
  }
  int self_named = tgt.n == 0 && self_against(c, t, &weak, &src);
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
  /* (C-TALKS-SPONSOR: nor does a mediation: "Russia and Turkey brokered
  ** the talks" mediate between others) */
  int visit =
      !strcmp(code, "042") || !strcmp(code, "043") || !strcmp(code, "045");
  if (!strcmp(code, "196") && src.n == 1)
    truce_second_party(c, t, &src);
  int truce = !strcmp(code, "196") && truce_parties(c, &src);
  int guess = !(src.n >= 2 && ((code2[0] && strcmp(code, code2) == 0) ||
                               (croot >= 3 && croot <= 6) || truce));
  /* C-ADDRESSEE: an appeal or demand to a named, uncoded addressee
  ** guesses no target elsewhere */
  /* (and, the same, a partner of a statement, consultation or
  ** cooperation: "discussing with allies whether ...": no target from the
  ** whether-clause; RULE C-ADDRESSEE (partner)) */
  int addressed =
      tgt.n == 0 && weak.n == 0 &&
      /* (RULE C-ADDRESSEE-COERCE: and so a coercion, 170, whose one
      ** pressed or forced is named and uncoded: "pressured other countries
      ** not to repatriate their citizens" is not aimed at the citizens) */
      ((croot == 2 || croot == 10 || !strcmp(code, "170"))
           ? coder_addressed_uncoded(c, t, &p->tgt, 0)
       : croot <= 8                ? coder_addressed_uncoded(c, t, &p->tgt, 1)
                                   : 0);
  if (addressed || self_named) /* C-SELF-AGAINST */
    guess = 0;
  /* RULE C-REFLEXIVE: an act done to oneself ("one suspect killed himself
  ** in the Supreme Court", "the party has positioned itself") has no
  ** target elsewhere in the clause: none is guessed (a pattern's own
  ** paths still name one: "blew himself up among the crowd") */
  if (tgt.n == 0 && reflexive_object(c, t))
    guess = 0;
  /* RULE C-PASSIVE-PATIENT: the target of a passive verb is its patient,
  ** the passive subject (or, for a verb coordinated without one, the
  ** subject of the clause it is coordinated with: "he has been on the
  ** run ... and was described by an official from the DEA as ..."): an
  ** actor there is the target (he, the fugitive); a pronoun the
  ** coreference left unresolved, or an actor the pattern's paths did not
  ** take, leaves the target named, and no phrase of the verb (the DEA)
  ** is guessed in its place */
  if (tgt.n == 0 && coder_is_passive(c, t)) {
    int32_t pat = coder_child_by(c, t, SIMA_DEP_NSUBJ_PASS);
    int32_t hh = c->syn[t].head;
    if (pat < 0 && c->syn[t].deprel == SIMA_DEP_CONJ && hh >= 0 &&
        (uint32_t)hh < c->n && (uint32_t)hh < t) {
      pat = coder_child_by(c, (uint32_t)hh, SIMA_DEP_NSUBJ);
      if (pat < 0)
        pat = coder_child_by(c, (uint32_t)hh, SIMA_DEP_NSUBJ_PASS);
    }
    if (pat >= 0 &&
        (c->syn[pat].upos == SIMA_UPOS_PRON || c->tok2men[pat] >= 0) &&
        !is_relpron(c, (uint32_t)pat)) {
      /* (a resolved one is the target: the fugitive described) */
      if (c->tok2men[pat] >= 0 &&
          pat != coder_child_by(c, t, SIMA_DEP_NSUBJ_PASS))
        coder_actors_at(c, (uint32_t)pat, &tgt);
      if (tgt.n == 0)
        guess = 0;
    }
  }
  /* RULE C-UNCODED-PURPOSE: nor does C-PURPOSE then look in a purpose
  ** clause: the act is done to (or with) the named, uncoded actor, and
  ** what that actor is to do next names someone else ("paid West
  ** African officers to train Sahel border guards": the
  ** trainees got no funds) */
  int uncoded = 0;
  if (tgt.n == 0 && weak.n == 0 && coder_uncoded_target(c, t, &p->tgt))
    guess = 0, uncoded = 1;
  if (tgt.n == 0 && weak.n == 0 && croot >= 15 &&
      coder_destination_uncoded(c, t, &p->tgt)) /* C-EXPAND-TO */
    guess = 0, uncoded = 1;
  if (tgt.n == 0 && weak.n == 0 && croot >= 18 && named_victim(c, t))
    guess = 0, uncoded = 1; /* C-NAMED-VICTIM */
  if (tgt.n == 0 && weak.n == 0 && croot <= 14 &&
      coder_object_addressee_uncoded(c, t)) /* C-ADDRESSEE-NAMED */
    guess = 0, uncoded = 1;
  if (tgt.n == 0 && weak.n == 0 && croot <= 14 &&
      coder_told_name_uncoded(c, t, &p->tgt)) /* C-ADDRESSEE-NAME */
    guess = 0, uncoded = 1;
  if (tgt.n == 0 && weak.n == 0 && visit && named_destination(c, t))
    guess = 0, uncoded = 1; /* C-NAMED-DESTINATION */
  if (tgt.n == 0 && guess && p->tgt.given && clause_predicate(c, t)) {
    coder_resolve_role(c, t, &c->v->default_tgt, &tgt);
    /* (C-ADJ-DEEP: a country adjective on a phrase the dense parser hung
    ** on the verb after its object's chain of phrases is no target) */
    if (tgt.n == 1 && tgt.tok[0] >= 0 &&
        late_country_phrase(c, (uint32_t)tgt.tok[0], tgt.men[0], t))
      tgt.n = 0;
    coder_drop_used(c, &ms, &tgt);
    if (coder_target_weak(c, &tgt, &src, 1))
      tgt.n = 0;
  }
  if (tgt.n == 0 && src.n > 0 && (guess || weak.n == 0) && !addressed &&
      !uncoded && !self_named && !joint_partners(c, t, croot, &src)) {
    purpose_target(c, t, &tgt, code[0] == '1' && code[1] == '4',
                   croot >= 11);
    if (coder_keep_weak(c, &tgt, &src, &weak))
      tgt.n = 0;
  }
  if (tgt.n == 0 && src.n > 0 && guess &&
      ((code[0] == '1' && code[1] == '3') || mi.uncond == SIMA_MOOD_PLANNED)) {
    cond_target(c, t, &tgt);
    coder_drop_used(c, &ms, &tgt);
    if (coder_target_weak(c, &tgt, &src, 1))
      tgt.n = 0;
  }
  if (tgt.n == 0 && src.n > 0 && guess &&
      (clause_predicate(c, t) || nh != t)) {
    near_target(c, nh, c->doc->sents[si].first + c->doc->sents[si].count,
                &src, &tgt, croot == 15 || croot >= 18,
                croot >= 11 && croot <= 14, croot >= 3 && croot <= 8,
                croot >= 10, croot >= 17);
    coder_drop_used(c, &ms, &tgt);
    /* (C-FORCE-COUNTRY: a force in a country is that country's) */
    if (coder_target_weak(c, &tgt, &src, 1) &&
        !(croot >= 3 && croot <= 8 && tgt.n == 1 && tgt.tok[0] >= 0 &&
          force_in_country(c, (uint32_t)tgt.tok[0], tgt.men[0])))
      tgt.n = 0;
  }
  if (tgt.n == 0 && src.n > 0 && guess && croot == 8 && !addressed &&
      !uncoded && !self_named)
    yield_pressure(c, t, &src, &tgt); /* C-YIELD-PRESSURE */
  if (tgt.n == 0)
    tgt = weak;
  coder_drop_according(c, t, &tgt); /* C-ACCORDING-ROLE (the fallbacks') */
  /* (RULE C-INVESTIGATE-VICTIM (arrests): nor is an arrest aimed at the
  ** victims of the crime its target is known by: "arrested the mastermind
  ** of the murder of 13 youths") */
  if (croot == 9 || croot == 17)
    coder_drop_probe_victims(c, t, &tgt); /* C-INVESTIGATE-VICTIM */
  coder_drop_before_where(wh,
                          &tgt); /* C-PLACE-WHERE (what the fallbacks found) */
  { /* C-PLACE-MODIFIER, C-GIVEN-THING, C-GEAR-TARGET, C-ALLY-TARGET,
     ** C-PLACE-SCENE */
    uint32_t kept = 0;
    for (uint32_t k = 0; k < tgt.n; k++)
      if (!coder_place_modifier(c, tgt.tok[k], tgt.men[k], croot == 4) &&
          !coder_premises_place(c, t, tgt.tok[k], tgt.men[k]) &&
          !given_thing(c, tgt.tok[k]) && !gear_target(c, tgt.men[k], croot) &&
          !(bare_intent >= 0 &&
            in_object(c, (uint32_t)bare_intent, tgt.tok[k], tgt.men[k])) &&
          !(croot == 4 && topic_target(c, t, tgt.tok[k])) &&
          /* (and an intent to meet or negotiate, 036: "agreed to hold
          ** talks at the UN") */
          !((croot == 4 || !strcmp(code, "036")) && strcmp(code, "042") != 0 &&
            strcmp(code, "043") != 0 &&
            coder_consult_place(c, tgt.tok[k], tgt.men[k])) &&
          !(croot >= 18 && ally_target(c, tgt.tok[k], tgt.men[k])) &&
          !(croot >= 18 && fights_within(c, t, &src, tgt.tok[k])) &&
          !(croot != 15 && own_pattern(p) &&
            coder_border_place(c, t, tgt.tok[k], tgt.men[k])) &&
          /* RULE C-PRESS-CHANNEL: the press a statement is made to or
          ** on ("told the BBC", "told reporters on Thursday", "speaking
          ** on BBC Radio 4", "addressed the incident on social media")
          ** is its channel, not its target (as &PRESSWORD's null
          ** patterns say for "told newspaper X") */
          !(croot == 1 && own_pattern(p) && tgt.men[k] >= 0 &&
            coder_sector_is(c, tgt.men[k], "MED")) &&
          !((croot == 1 || croot == 5 || croot == 11 || croot == 12) &&
            coder_place_scene(c, tgt.tok[k], tgt.men[k])) &&
          !coder_place_scene_wide(c, t, tgt.tok[k], tgt.men[k], code) &&
          !coder_place_example(c, tgt.tok[k], tgt.men[k]) &&
          !coder_own_operation_place(c, &src, tgt.tok[k], tgt.men[k]) &&
          !office_phrase(c, tgt.tok[k]) &&
          !(croot == 1 && between_party(c, t, tgt.tok[k])) &&
          !coder_fronted_obl(c, t, tgt.tok[k]) &&
          !coder_ties_reached(c, t, tgt.tok[k]) &&
          !(croot == 11 && coder_ties_charge(c, tgt.tok[k])) &&
          !(croot >= 3 && croot <= 7 && against_phrase(c, t, tgt.tok[k])) &&
          !(!strncmp(code, "171", 3) &&
            coder_seized_origin(c, t, tgt.tok[k], tgt.men[k])) &&
          !(!strncmp(code, "016", 3) &&
            denied_own(c, t, &src, tgt.tok[k], tgt.men[k]))) {
        tgt.men[kept] = tgt.men[k];
        tgt.tok[kept++] = tgt.tok[k];
      }
    tgt.n = kept;
  }
  { /* C-OWN-TROOPS */
    uint32_t kept = 0;
    for (uint32_t k = 0; k < tgt.n; k++)
      if (!own_troops(c, code, &src, tgt.men[k])) {
        tgt.men[kept] = tgt.men[k];
        tgt.tok[kept++] = tgt.tok[k];
      }
    tgt.n = kept;
  }
  { /* C-TOWN-ROLE, C-TOWN-SCENE */
    uint32_t kept = 0;
    for (uint32_t k = 0; k < src.n; k++)
      if (!strcmp(code, "043") || !coder_town_mention(c, src.men[k]) ||
          coder_town_authority(c, t, src.men[k], code)) {
        src.men[kept] = src.men[k];
        src.tok[kept++] = src.tok[k];
      }
    src.n = kept;
    kept = 0;
    for (uint32_t k = 0; k < tgt.n; k++)
      if (((coder_town_target_root(code) &&
            !coder_town_scene(c, tgt.tok[k], code)) ||
           !coder_town_mention(c, tgt.men[k])) &&
          !coder_country_scene(c, tgt.tok[k], tgt.men[k], code) &&
          !(croot != 15 && coder_town_noun_scene(c, tgt.tok[k], tgt.men[k])) &&
          !coder_town_noun_taken(c, tgt.tok[k], tgt.men[k], code)) {
        tgt.men[kept] = tgt.men[k];
        tgt.tok[kept++] = tgt.tok[k];
      }
    tgt.n = kept;
  }
  if (!strcmp(code, "043")) { /* C-HOST-PLACE */
    uint32_t kept = 0;
    for (uint32_t k = 0; k < tgt.n; k++)
      if (!coder_host_place(c, tgt.tok[k]) &&
          !(object_target(c, t, p) && host_thing(c, t, tgt.tok[k]))) {
        tgt.men[kept] = tgt.men[k];
        tgt.tok[kept++] = tgt.tok[k];
      }
    tgt.n = kept;
  }
  /* RULE C-PRIVATE-FORCE: a de-escalation of force (087x: "scaled back
  ** its operations") is done by an actor with forces: not by a company,
  ** civilians, media or other private actors with no arms (criminal
  ** groups have them) */
  if (code[0] == '0' && code[1] == '8' && code[2] == '7' && src.n > 0) {
    const char *sec = c->doc->mentions[src.men[0]].sector;
    if (sec && sec[0] && private_actor(c, src.men[0]) && strcmp(sec, "CRM"))
      return coder_drop(c, "C-PRIVATE-FORCE", t);
  }
  /* RULE C-GOODS-MOTION: a visit verb as a participle describing a noun
  ** that is no actor ("iron headed to China", "cocaine headed to the
  ** United States") tells where goods go: no visit (042, 043) */
  if (code[0] == '0' && code[1] == '4' && (code[2] == '2' || code[2] == '3') &&
      deprel_base(coder_lrel(c, t)) == SIMA_DEP_ACL &&
      (c->syn[t].xpos == SIMA_XPOS_VBN || c->syn[t].xpos == SIMA_XPOS_VBG)) {
    int32_t h = c->syn[t].head;
    if (h >= 0 && (uint32_t)h < c->n && c->tok2men[h] < 0 &&
        c->syn[h].upos == SIMA_UPOS_NOUN)
      return coder_drop(c, "C-GOODS-MOTION", t);
  }
  if (accuser >= 0) { /* C-CLAIM-ACCUSE: the speaker on the one blamed */
    src.n = 1;
    src.men[0] = c->tok2men[accuser];
    src.tok[0] = accuser;
    tgt.n = 0;
    coder_actors_at(c, (uint32_t)accused, &tgt);
  }
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
    own = coder_actor_of(c, (uint32_t)mi.attr, 0, &at) >= 0;
    /* "..., diplomatic sources said": sources report the actor's plan,
    ** they do not forecast it */
    const char *al = coder_lemma(c, (uint32_t)mi.attr);
    if (al && !sima_casecmp(al, "source"))
      own = 1;
  }
  /* (not when the commitment itself is the condition: "businesses could
  ** deposit more if they agreed to let authorities monitor them") */
  if (mi.mood == SIMA_MOOD_HYPOTHETICAL && !mi.in_cond &&
      !mood_truth_condition(c, mi.mood_cue)) { /* (C-MOOD-IF-TRUE) */
    if (root == 2 || root == 3 || root == 10 || root == 13) {
      mi.mood = mi.uncond;
      mi.mood_rule = mi.uncond_rule;
      mi.mood_cue = mi.uncond_cue;
    } else if ((mi.uncond == SIMA_MOOD_PLANNED ||
                /* a hostile act a coded speaker says may happen on a
                ** condition ("the EU may halt its mediation if the talks
                ** fail, the minister said", "may decide to halt"): a
                ** modal of possibility, on the act or over its plan */
                (mi.uncond == SIMA_MOOD_POSSIBLE && root >= 14 &&
                 mood_modal_possible(c, mi.uncond_cue))) &&
               mi.attr >= 0 && own) {
      mi.mood = SIMA_MOOD_PLANNED;
      mi.mood_rule = "C-MOOD-COND";
      mi.mood_cue = mi.uncond_cue;
    }
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
      if (!coder_bare_actor(c, tgt.men[k]))
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
  /* (not "no government is willing to ...": no one refuses; C-NEG-NONE) */
  if (mi.negated && src.n > 0 && root >= 3 && root <= 8 &&
      !(mi.neg_rule && !strcmp(mi.neg_rule, "C-NEG-NONE")) &&
      /* (an act left out, "agreed to resign without returning", is no
      ** refusal: C-NEG-WITHOUT) */
      !(mi.neg_rule && !strcmp(mi.neg_rule, "C-NEG-WITHOUT")) &&
      (mi.refused || (mi.mood == SIMA_MOOD_PLANNED && own) ||
       /* RULE C-REFUSE-WILL: an intent pattern keeps its own mood
       ** (`nomood`), so its "will not" is read off the trigger: "Schumer
       ** will not agree to approve the nominees" announces a refusal (12),
       ** not a past intent denied (030 negated) */
       ((p->flags & PAT_F_NOMOOD) && own && mi.mood == SIMA_MOOD_ASSERTED &&
        mi.neg_cue >= 0 && c->syn[mi.neg_cue].head == (int32_t)t &&
        (coder_child_word(c, t, SIMA_DEP_AUX, "will") >= 0 ||
         coder_child_word(c, t, SIMA_DEP_AUX, "would") >= 0 ||
         coder_child_word(c, t, SIMA_DEP_AUX, "shall") >= 0)))) {
    const char *rc = derive_reject(code);
    if (rc) {
      code = rc;
      code2 = "";
      mi.negated = 0;
      mi.mood = SIMA_MOOD_ASSERTED;
      root = 12;
    }
  }
  /* RULE C-NEG-ATTEMPT (killing): a killing that failed ("nearly
  ** succeeded in killing the governor", "tried in vain to murder him") was
  ** an attempted assassination, as "tried to kill" is coded: 185 */
  if (mi.negated && mi.neg_rule && !strcmp(mi.neg_rule, "C-NEG-ATTEMPT") &&
      root >= 18) {
    static const char *const killv[] = {"assassinate", "execute", "kill",
                                        "murder"};
    if (CODER_IN(killv, coder_lemma(c, t))) {
      code = "185";
      code2 = "";
      mi.negated = 0;
      mi.neg_rule = NULL;
      mi.neg_cue = -1;
      root = 18;
    }
  }
  /* RULE C-INTENT, C-THREAT: an announced planned act (no attribution,
  ** or attributed to a coded actor) is an intent (roots 04-08) or a
  ** threat (14-20); the intent or threat is the source's alone, so no
  ** paired code */
  /* (not the act a purpose clause aims at, C-MOOD-PURPOSE: "placed
  ** barricades so that police could detain the smugglers") */
  /* RULE C-THREAT-VERB: what an actor threatens to do ("Erdogan
  ** threatened to send his forces to confront the US", "is threatening to
  ** invade Afrin") is his threat, as "vowed to attack" is: a hostile act
  ** (roots 14-20) in the to-clause of "threaten" is coded in root 13,
  ** asserted, not as the act with mood possible.  (An inanimate
  ** "threatens to", "the violence threatens to spill over", has no actor
  ** as source.) */
  int threat_verb = 0;
  if (mi.mood == SIMA_MOOD_POSSIBLE && !mi.negated && src.n > 0 && root >= 14 &&
      mi.mood_rule && !strcmp(mi.mood_rule, "C-MOOD-POSS") &&
      mi.mood_cue >= 0 && (uint32_t)mi.mood_cue < c->n &&
      c->syn[mi.mood_cue].upos == SIMA_UPOS_VERB &&
      !sima_casecmp(coder_lemma(c, (uint32_t)mi.mood_cue), "threaten"))
    threat_verb = complement_of(c, t, (uint32_t)mi.mood_cue);
  /* RULE C-THREAT-WISH: what an actor hopes, wants or wishes to do
  ** ("authorities hope to detain 70 more suspects") is planned but
  ** announced to no one: no threat; it keeps its code, mood planned.  (A
  ** cooperative wish is still an intent, C-INTENT: "hopes to visit".) */
  int wish = mi.mood == SIMA_MOOD_PLANNED && root >= 14 && mi.mood_rule &&
             mi.mood_cue >= 0 && (uint32_t)mi.mood_cue < c->n &&
             ((!strcmp(mi.mood_rule, "C-MOOD-PLAN") &&
               CODER_IN(wish_heads, coder_lemma(c, (uint32_t)mi.mood_cue))) ||
              /* (and a need of one's own plan, C-MOOD-NEED-OWN) */
              !strcmp(mi.mood_rule, "C-MOOD-NEED-OWN") ||
              (!strcmp(mi.mood_rule, "C-MOOD-PLAN") &&
               (preparing_verb(c, (uint32_t)mi.mood_cue) ||
                (planning_verb(c, (uint32_t)mi.mood_cue) && mi.attr >= 0)))) &&
             (complement_of(c, t, (uint32_t)mi.mood_cue) ||
              /* (C-THREAT-PLANNING: or its object, "planning a strike") */
              (c->syn[t].head == mi.mood_cue &&
               c->syn[t].deprel == SIMA_DEP_OBJ &&
               planning_verb(c, (uint32_t)mi.mood_cue)));
  /* (nor an aim the writer names, C-BE-TO-NOUN: "the aim of the
  ** Urabenos is to establish control" is no threat made) */
  /* (C-RECAPTURE: a town to be captured is ground to be taken before it
  ** is a threat: "vowed to recapture Mosul" threatens occupation, 1382) */
  if (tgt.n == 1 && capture_place(c, t, tgt.men[0], tgt.tok[0], code))
    code = "192";
  if (((mi.mood == SIMA_MOOD_PLANNED && !wish) || threat_verb) && !mi.negated &&
      src.n > 0 && !thing_subject(c, t) && /* C-THREAT-THING */
      !(mi.mood_rule && (!strcmp(mi.mood_rule, "C-MOOD-PURPOSE") ||
                         !strcmp(mi.mood_rule, "C-BE-TO-NOUN")))) {
    const char *mapped = !own                     ? NULL
                         : root >= 4 && root <= 8
                             ? deal_derived(c, t, code, derive_intent(code))
                         : root >= 14             ? derive_threat(code)
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
    if (!coder_bare_actor(c, tgt.men[k]))
      bare_tgt = 0;
  /* RULE C-MUTUAL-OBJECT (bare object): a bare actor that is the verb's
  ** own direct object is the one the act is done to, not a stand-in the
  ** coordinated sources share: "infiltrators from Venezuela and Nicaragua
  ** trained the peasants" trains the peasants; the two countries do not
  ** train each other */
  for (uint32_t k = 0; k < tgt.n && bare_tgt; k++)
    if (tgt.tok[k] >= 0 && (uint32_t)tgt.tok[k] < c->n &&
        c->syn[tgt.tok[k]].head == (int32_t)t &&
        deprel_base(coder_lrel(c, (uint32_t)tgt.tok[k])) == SIMA_DEP_OBJ)
      bare_tgt = 0;
  /* (not an act whose pattern aims it at its object when that object is
  ** no actor: "US and Mexican officials favored the organization" is
  ** aimed at the organization, not at each other) */
  int aimed_obj = object_target(c, t, p) && tgt.n == 0 &&
                  !(code2[0] && strcmp(code, code2) == 0);
  if ((tgt.n == 0 || bare_tgt) && src.n >= 2 && !visit && !aimed_obj &&
      !partner_phrase(c, t, root >= 3 && root <= 7) && !one_way_act(c, t) &&
      !(!(code2[0] && strcmp(code, code2) == 0) && !truce &&
        one_way_object(c, t)) &&
      (mutual || truce || (code2[0] && strcmp(code, code2) == 0) ||
       (root >= 3 && root <= 6))) {
    /* RULE C-MUTUAL-TRUCE: two adversaries that both violated a
    ** ceasefire, with no target named, violated it against each other
    ** ("the army and the rebels violated the truce") */
    /* RULE C-MULTILATERAL: a mutual act of more than four coordinated
    ** parties ("representatives of the US, Turkey, Spain, Ecuador, Mexico
    ** ... met in Bogota to agree to ...") is a multilateral meeting or
    ** accord: its n(n-1) pairs would outweigh every other event of the
    ** text, and no pair of them is the act; no event */
    if (src.n > 4)
      return coder_drop(c, "C-MULTILATERAL", t);
    for (uint32_t a = 0; a < src.n; a++)
      for (uint32_t b = 0; b < src.n; b++)
        if (a != b && (one_group_modifier(c, src.men[a], src.men[b]) ||
                       one_group_modifier(c, src.men[b], src.men[a])))
          coder_drop(c, "C-PAIRED-ONE-GROUP", t);
        else if (a != b &&
                 emit(c, cameo, doc, ev, si, first_ev, t, p, code,
                      src.men[a], src.tok[a], src.men[b], src.tok[b],
                      &mi) != 0)
          return -1;
    return 0;
  }
  /* RULE C-UNKNOWN-BOMBER: a bombing (183x) whose perpetrator the
  ** sentence does not name ("a journalist was killed in a car bomb
  ** explosion in Beirut", "three soldiers were killed by an improvised
  ** explosive device outside Basra") is coded, as CAMEO does, from an
  ** unidentified armed force (sector UAF) of the country where it
  ** happened; without such a place it stays a single-actor event */
  if (src.n == 0 && tgt.n > 0 && !strncmp(code, "183", 3) && !mi.negated) {
    int32_t w = bomb_weapon(c, t);
    const char *cty = w >= 0 ? coder_bomb_scene(c, t, w, tgt.tok[0]) : NULL;
    if (cty) {
      char buf[8];
      snprintf(buf, sizeof buf, "%sUAF", cty);
      /* (the weapon's words: "car bomb explosion", "suicide bombing") */
      uint32_t lo = doc->tokens[w].off;
      for (int32_t x = w, more = 1; more;) {
        more = 0;
        for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d])
          if (d < x &&
              (deprel_base(c->syn[d].deprel) == SIMA_DEP_COMPOUND ||
               deprel_base(c->syn[d].deprel) == SIMA_DEP_AMOD) &&
              doc->tokens[d].off < lo) {
            lo = doc->tokens[d].off;
            x = d;
            more = 1;
          }
      }
      for (uint32_t b = 0; b < tgt.n; b++) {
        uint32_t before = ev->n;
        if (emit(c, cameo, doc, ev, si, first_ev, t, p, code, -1, -1,
                 tgt.men[b], tgt.tok[b], &mi) != 0)
          return -1;
        if (ev->n == before)
          continue;
        sima_event *e = &ev->ev[ev->n - 1];
        e->source.code = sima_arena_strndup(doc->arena, buf, strlen(buf));
        e->source.country = cty;
        e->source.sector = "UAF";
        e->source.start = lo;
        e->source.end = doc->tokens[w].off + doc->tokens[w].len;
        e->source.text = sima_arena_strndup(
            doc->arena, doc->text + e->source.start,
            e->source.end - e->source.start);
        e->source_tok = w;
        /* (bare victims are people of that place: C-AGENT-PLACE) */
        if (e->target.code && !e->target.country[0] &&
            strlen(e->target.code) == 3 && placed_sector(e->target.code)) {
          char tb[8];
          snprintf(tb, sizeof tb, "%s%s", cty, e->target.code);
          e->target.sector = e->target.code;
          e->target.code = sima_arena_strndup(doc->arena, tb, strlen(tb));
          e->target.country = cty;
        }
        if (sima_arena_failed(doc->arena))
          return -1;
      }
      return 0;
    }
  }
  /* RULE C-STATE-SCENE: an agentless passive investigation (09x) "in"
  ** a country ("a US national has been put under investigation in
  ** Italy") is that state's: who investigates there is its authorities */
  if (src.n == 0 && tgt.n > 0 && code[0] == '0' && code[1] == '9' &&
      !mi.negated && coder_is_passive(c, t)) {
    /* (an in-phrase of the verb, or of its "under investigation") */
    int32_t sm = -1, st = -1;
    for (int32_t d = c->first_child[t]; d >= 0 && sm < 0; d = c->next_sib[d]) {
      if (deprel_base(c->syn[d].deprel) != SIMA_DEP_OBL)
        continue;
      for (int32_t x = d; x >= 0 && sm < 0;
           x = x == d ? c->first_child[d] : c->next_sib[x]) {
        if ((x != d && deprel_base(c->syn[x].deprel) != SIMA_DEP_NMOD) ||
            !coder_has_marker(c, (uint32_t)x, "in") || c->tok2men[x] < 0)
          continue;
        const sima_mention *mm = &doc->mentions[c->tok2men[x]];
        if (mm->country && strlen(mm->country) == 3 &&
            (!mm->sector || !mm->sector[0])) {
          sm = c->tok2men[x];
          st = x;
        }
      }
    }
    if (sm >= 0) {
      for (uint32_t b = 0; b < tgt.n; b++)
        if (emit(c, cameo, doc, ev, si, first_ev, t, p, code, sm, st,
                 tgt.men[b], tgt.tok[b], &mi) != 0)
          return -1;
      return 0;
    }
  }
  /* RULE C-NUMBER-TARGET: a participial clause of an event ("opened fire
  ** on the demonstrators, killing one and arresting 12"; "struck at the
  ** security forces, killing 21") whose object is a bare count counts
  ** the main event's target: it takes that target, with the same source */
  if (tgt.n == 0 && src.n > 0 && c->syn[t].upos == SIMA_UPOS_VERB &&
      number_object(c, t)) {
    int32_t x = (int32_t)coder_conj_first(c, t, 4);
    int32_t h = deprel_base(c->syn[x].deprel) == SIMA_DEP_ADVCL &&
                        c->syn[x].xpos == SIMA_XPOS_VBG
                    ? c->syn[x].head
                    : -1;
    for (int i = 0; i < 3 && h >= 0 && (uint32_t)h < c->n && tgt.n == 0;
         i++, h = c->syn[h].head)
      for (uint32_t k = first_ev; k < ev->n; k++) {
        const sima_event *o = &ev->ev[k];
        if (o->verb_tok != h || o->target_tok < 0 ||
            (uint32_t)o->target_tok >= c->n ||
            c->tok2men[o->target_tok] < 0 || o->source_tok < 0 ||
            (uint32_t)o->source_tok >= c->n ||
            c->tok2men[o->source_tok] != src.men[0])
          continue;
        tgt.men[0] = c->tok2men[o->target_tok];
        tgt.tok[0] = o->target_tok;
        tgt.n = 1;
        /* (an alleged event's count is alleged too: "reportedly killed
        ** seven people, wounding another five") */
        if (o->mood == SIMA_MOOD_POSSIBLE && mi.mood == SIMA_MOOD_ASSERTED) {
          mi.mood = SIMA_MOOD_POSSIBLE; /* with the main event's cue */
          mi.mood_rule = o->mood_cue.rule;
          mi.mood_cue = -1; /* (its word is in this sentence) */
          const sima_sentence *sn = &c->doc->sents[si];
          for (uint32_t w = sn->first;
               o->mood_cue.text && w < sn->first + sn->count && w < c->n; w++)
            if (c->doc->tokens[w].off == o->mood_cue.start) {
              mi.mood_cue = (int32_t)w;
              break;
            }
        }
        break;
      }
  }
  /* RULE C-MOBILIZE-CAUSE: a show or build-up of force (root 15) aimed at
  ** no one, made after or following an act by a coded actor, is aimed at
  ** that actor ("ordered patrols by police after violent protests by
  ** Muslim groups": REL) */
  /* (the phrase on the verb, or hung on its object: "deployed police
  ** after protests by ...") */
  if (tgt.n == 0 && src.n > 0 && code[0] == '1' && code[1] == '5') {
    int32_t o = coder_child_by(c, t, SIMA_DEP_OBJ);
    for (int pass = 0; pass < 2 && tgt.n == 0; pass++) {
      int32_t on = pass == 0 ? (int32_t)t : o;
      for (int32_t d = on >= 0 ? c->first_child[on] : -1; d >= 0 && tgt.n == 0;
           d = c->next_sib[d]) {
        unsigned b = deprel_base(c->syn[d].deprel);
        if ((b != SIMA_DEP_OBL && b != SIMA_DEP_NMOD) ||
            c->syn[d].upos != SIMA_UPOS_NOUN ||
            !(coder_has_marker(c, (uint32_t)d, "after") ||
              coder_has_marker(c, (uint32_t)d, "following")))
          continue;
        act_agent(c, (uint32_t)d, &tgt);
        coder_drop_used(c, &ms, &tgt);
        if (coder_target_weak(c, &tgt, &src, 0))
          tgt.n = 0;
      }
    }
  }
  /* RULE C-PROTEST-AGAINST: a protest act (root 14) aimed at no one, done
  ** during or at a demonstration against an act by a coded actor, is aimed
  ** at that actor ("youths threw stones during demonstrations against
  ** abuses by the army": the army; the act's possessor, modifier or
  ** by-phrase, as C-MOBILIZE-CAUSE reads it) */
  if (tgt.n == 0 && src.n > 0 && code[0] == '1' && code[1] == '4') {
    static const char *const demos[] = {"demonstration", "march", "protest",
                                        "rally"};
    /* (the phrase on the verb, or hung on its object: "threw stones
    ** during demonstrations against ...") */
    int32_t o = coder_child_by(c, t, SIMA_DEP_OBJ);
    for (int pass = 0; pass < 2 && tgt.n == 0; pass++)
      for (int32_t d = pass == 0 ? c->first_child[t]
                                 : (o >= 0 ? c->first_child[o] : -1);
           d >= 0 && tgt.n == 0; d = c->next_sib[d]) {
        unsigned b = deprel_base(c->syn[d].deprel);
        if ((b != SIMA_DEP_OBL && b != SIMA_DEP_NMOD) ||
            !CODER_IN(demos, coder_lemma(c, (uint32_t)d)))
          continue;
        for (int32_t a = c->first_child[d]; a >= 0 && tgt.n == 0;
             a = c->next_sib[a]) {
          if (deprel_base(c->syn[a].deprel) != SIMA_DEP_NMOD ||
              c->syn[a].upos != SIMA_UPOS_NOUN ||
              !coder_has_marker(c, (uint32_t)a, "against"))
            continue;
          act_agent(c, (uint32_t)a, &tgt);
          /* (the by-phrase the dense parser hangs on the demonstration
          ** right after the against-phrase: "demonstrations against
          ** abuses by Israeli police"; the demonstrators are the source) */
          for (int32_t y = c->next_sib[a]; y >= 0 && tgt.n == 0;
               y = c->next_sib[y])
            if (deprel_base(c->syn[y].deprel) == SIMA_DEP_NMOD &&
                coder_has_marker(c, (uint32_t)y, "by"))
              coder_actors_at(c, (uint32_t)y, &tgt);
          coder_drop_used(c, &ms, &tgt);
          if (coder_target_weak(c, &tgt, &src, 0))
            tgt.n = 0;
        }
      }
  }
  /* RULE C-PRAISE-STATE: so is praise or criticism (roots 05, 11) of an
  ** arrest, detention, extradition ...: "officials hailed the arrest of
  ** dozens of suspects" praises the arrest (its makers, the officials'
  ** own side), not the suspects; the act's own agent is the target
  ** ("welcomed the army's detention of X"), else there is none.  Only a
  ** target in the act's of-phrase (the one arrested) gives way: "support
  ** a prosecution in the US" is the US's */
  if (((code[0] == '0' && code[1] == '5') ||
       (code[0] == '1' && code[1] == '1')) &&
      src.n > 0 && tgt.n > 0) {
    int32_t a = state_act(c, t);
    int inside = a >= 0 && c->syn[a].deprel == SIMA_DEP_OBJ;
    for (uint32_t k = 0; k < tgt.n && inside; k++) {
      int in = 0;
      for (int32_t x = tgt.tok[k], y = -1, i = 0;
           x >= 0 && (uint32_t)x < c->n && i < 8 && !in;
           y = x, x = c->syn[x].head, i++)
        in = x == a && y >= 0 && coder_has_marker(c, (uint32_t)y, "of");
      inside = in;
    }
    if (inside) {
      actor_set ag;
      ag.n = 0;
      act_agent(c, (uint32_t)a, &ag);
      tgt = ag;
      if (tgt.n == 0)
        return coder_drop(c, "C-PRAISE-STATE", t);
    }
  }
  /* RULE C-PROTEST-STATE: a protest (root 14) of an arrest, detention,
  ** jailing, expulsion ... is aimed at whoever arrests, not at the people
  ** arrested: the act's own agent ("the army's detention of students"),
  ** else, for protesters who are no state actor, their own government
  ** ("opposition parties in Nepal struck in protest of the arrest of
  ** activists": NPLGOV); a target found only inside the act's phrase
  ** (the activists) gives way */
  if (code[0] == '1' && code[1] == '4' && src.n > 0 && !mi.negated) {
    int32_t a = state_act(c, t);
    int inside = a >= 0;
    for (uint32_t k = 0; k < tgt.n && inside; k++) {
      int in = 0;
      for (int32_t x = tgt.tok[k], i = 0;
           x >= 0 && (uint32_t)x < c->n && i < 8 && !in;
           x = c->syn[x].head, i++)
        in = x == a;
      inside = in;
    }
    actor_set ag;
    ag.n = 0;
    if (inside)
      act_agent(c, (uint32_t)a, &ag);
    if (ag.n > 0)
      tgt = ag;
    else if (inside) {
      const sima_mention *S = &doc->mentions[src.men[0]];
      static const char *const state[] = {"COP", "GOV", "JUD", "LEG", "MIL"};
      if (S->country && strlen(S->country) == 3 &&
          !(S->sector && S->sector[0] && CODER_IN(state, S->sector)) &&
          !(S->sector && !S->sector[0] && S->code &&
            strlen(S->code) == 3)) {
        for (uint32_t b = 0; b < src.n; b++)
          if (emit_home(c, cameo, doc, ev, si, first_ev, t, p, code,
                        src.men[b], src.tok[b], S->country, "GOV", &mi) != 0)
            return -1;
        return 0;
      }
    }
  }
  /* RULE C-DEMAND-HOME: a demand for political change (104x: elections,
  ** reform, a new leadership) that names no one it is made of, by an actor
  ** who is no state actor, is made of its own government ("the former
  ** prime minister demanded immediate elections": GRCELI GRCGOV) */
  if (src.n > 0 && tgt.n == 0 && !mi.negated && !strncmp(code, "104", 3)) {
    const sima_mention *S = &doc->mentions[src.men[0]];
    static const char *const state[] = {"COP", "GOV", "JUD", "LEG", "MIL"};
    if (S->country && strlen(S->country) == 3 && S->sector && S->sector[0] &&
        !CODER_IN(state, S->sector)) {
      for (uint32_t b = 0; b < src.n; b++)
        if (emit_home(c, cameo, doc, ev, si, first_ev, t, p, code,
                      src.men[b], src.tok[b], S->country, "GOV", &mi) != 0)
          return -1;
      return 0;
    }
  }
  /* RULE C-RESTRICT-HOME: a curfew, state of emergency or martial law
  ** (imposed, threatened or eased: 1723-1724, 1323-1324, 0813-0814) that
  ** names no one it is imposed on falls on the people of the state that
  ** imposes it ("the government declared a state of emergency": its
  ** civilians, CVL) */
  if (src.n > 0 && tgt.n == 0 && !mi.negated &&
      (!strcmp(code, "1723") || !strcmp(code, "1724") ||
       !strcmp(code, "1323") || !strcmp(code, "1324") ||
       !strcmp(code, "0813") || !strcmp(code, "0814") ||
       /* (and freedoms eased or rights granted: "the president took
       ** steps to enhance political freedoms") */
       !strcmp(code, "0811") || !strcmp(code, "0833"))) {
    for (uint32_t a = 0; a < src.n; a++) {
      const sima_mention *S = &doc->mentions[src.men[a]];
      if (!S->country || strlen(S->country) != 3 ||
          !(!S->sector || !S->sector[0] || !strcmp(S->sector, "GOV") ||
            !strcmp(S->sector, "MIL") || !strcmp(S->sector, "COP")))
        continue;
      if (emit_home(c, cameo, doc, ev, si, first_ev, t, p, code, src.men[a],
                    src.tok[a], S->country, "CVL", &mi) != 0)
        return -1;
    }
    return 0;
  }
  /* RULE C-ARREST-PLACE (above emit_arrest_place) */
  if (src.n == 0 && tgt.n > 0 && !strcmp(code, "173") &&
      (agentless_arrest(c, t) || agentless_arrest_noun(c, t))) {
    uint32_t before = ev->n, traced = c->trace ? c->trace->n : 0;
    int rc = emit_arrest_place(c, cameo, doc, ev, si, first_ev, t, p, code,
                               &tgt, &mi);
    /* (the why-not trace: no place of the arrest's own gave a source) */
    if (rc == 0 && c->trace && ev->n == before && c->trace->n == traced)
      trace_no_actor(c, t, 0, tgt.n);
    return rc;
  }
  /* RULE C-DYAD: both actors, unless allowed otherwise */
  int single = opts && opts->allow_single_actor;
  /* RULE C-VISIT-INTENT: a trip (042), or the intent to make one that
  ** C-INTENT made of a planned trip (036 from a 042 pattern: "Britons
  ** who would wish to return to the UK"), for the trip rules below */
  int trip = !strcmp(code, "042") ||
             (!strcmp(code, "036") && !strcmp(p->code, "042"));
  if (src.n == 0 && tgt.n == 0)
    return trace_no_actor(c, t, src.n, tgt.n);
  if ((src.n == 0 || tgt.n == 0) && !single)
    return trace_no_actor(c, t, src.n, tgt.n);
  if (src.n == 0 && !(opts && opts->allow_single_actor))
    return trace_no_actor(c, t, src.n, tgt.n);
  uint32_t ns = src.n ? src.n : 1, nt = tgt.n ? tgt.n : 1;
  for (uint32_t a = 0; a < ns; a++)
    for (uint32_t b = 0; b < nt; b++) {
      int32_t sm = src.n ? src.men[a] : -1, st = src.n ? src.tok[a] : -1;
      int32_t tm = tgt.n ? tgt.men[b] : -1, tt = tgt.n ? tgt.tok[b] : -1;
      /* RULE C-VISIT-PRIVATE: a private traveller's trip to a country
      ** or town ("migrants arrived in Mexico", "smugglers traveled to
      ** Nicaragua") is no visit: 042 is an official's */
      if (trip && sm >= 0 && tm >= 0 &&
          (private_actor(c, sm) || people_of(c, sm)) &&
          (coder_visit_place(c, tm) || coder_capital_place(c, tm))) {
        coder_drop(c, "C-VISIT-PRIVATE", t);
        continue;
      }
      /* RULE C-VISIT-TOWN, C-VISIT-FIGHTERS: nor is a trip to a town
      ** named by a common noun, or fighters' trip to a country or town */
      if (trip && sm >= 0 && tm >= 0 &&
          (coder_town_noun(c, tm) ||
           (fighter_noun(c, sm) && coder_visit_place(c, tm)))) {
        coder_drop(c, "C-VISIT-TOWN", t);
        continue;
      }
      /* RULE C-VISIT-FORCES: nor an armed body's with no country of its
      ** own (a pronoun through its antecedents) */
      if (trip && sm >= 0 && tm >= 0 && bare_force(c, sm) &&
          (coder_visit_place(c, tm) || coder_town_name(c, tm))) {
        coder_drop(c, "C-VISIT-FORCES", t);
        continue;
      }
      /* RULE C-HOST-REFUGE: a host (043, or the intent to host) of
      ** refugees shelters them; it receives no visit ("Ankara hosts 3.5
      ** million Syrian refugees", "the towns would welcome back their
      ** exiles") */
      if ((!strcmp(code, "043") ||
           (!strcmp(code, "036") && !strcmp(p->code, "043"))) &&
          tm >= 0 && coder_sector_is(c, tm, "REF")) {
        coder_drop(c, "C-HOST-REFUGE", t);
        continue;
      }
      /* RULE C-CONSULT-PREY: a talk, call, meeting or negotiation
      ** (root 04) between criminals and private people is extortion or
      ** business, no political contact ("the gang then calls the
      ** victims", "negotiating extortion payments with gang members",
      ** "gang members talk directly with company managers") */
      if (code[0] == '0' && code[1] == '4' && sm >= 0 && tm >= 0 &&
          ((coder_sector_is(c, sm, "CRM") && private_actor(c, tm) &&
            !coder_sector_is(c, tm, "CRM")) ||
           (coder_sector_is(c, tm, "CRM") && private_actor(c, sm) &&
            !coder_sector_is(c, sm, "CRM")))) {
        coder_drop(c, "C-CONSULT-PREY", t);
        continue;
      }
      /* RULE C-MEET-FORCES: armed forces that "meet" each other in the
      ** field come upon each other; they do not consult */
      if (!strcmp(code, "040") && sm >= 0 && tm >= 0 &&
          !strcmp(coder_lemma(c, t), "meet") && force_noun(c, sm) &&
          force_noun(c, tm)) {
        coder_drop(c, "C-MEET-FORCES", t);
        continue;
      }
      /* RULE C-VISIT-HELD: nor a trip to a place an actor holds
      ** ("go to regime-held territory", "fled to government-held areas",
      ** "travelled to rebel-controlled towns"): the trip goes to the
      ** territory, not to its holder */
      if (trip && tt >= 0 && held_place(c, (uint32_t)tt)) {
        coder_drop(c, "C-VISIT-HELD", t);
        continue;
      }
      /* RULE C-VISIT-ELSEWHERE: nor one that goes to no actor */
      if (trip && tt >= 0 && coder_visit_elsewhere(c, t, tt)) {
        coder_drop(c, "C-VISIT-ELSEWHERE", t);
        continue;
      }
      /* RULE C-VISIT-HOME: nor is a trip of anyone to their own country
      ** or a town of it ("fighters returning to the UK", "a Canadian
      ** returning home to Toronto", "soldiers returned home to Mombasa"):
      ** a return or a journey at home, not a visit (nor a hosting, 043).
      ** RULE C-VISIT-DOMESTIC: a government's too ("President Trump
      ** traveled to Long Island, New York", "the Kenyan ministers
      ** travelled to Mombasa", "the Colombian defence minister flew to
      ** Medellin"): CAMEO's visits are between actors, and a town of
      ** one's own state is no other, nor its capital for its own
      ** government (rebels who travel to Bogota visit the government); a
      ** pronoun's country is its antecedent's */
      if (trip && sm >= 0 && tm >= 0 &&
          (coder_visit_place(c, tm) || coder_town_name(c, tm) ||
           (coder_capital_place(c, tm) && coder_sector_is(c, sm, "GOV"))) &&
          same_country(c, sm, tm)) {
        coder_drop(c, "C-VISIT-HOME", t);
        continue;
      }
      /* RULE C-TRADE-PRIVATE: nor is a private actor's trade with a
      ** country or town (economic or arms cooperation, 061/062, or a
      ** criminal's "aid", 07, aimed at a place in a to/from/into/in
      ** phrase: "the gang imports coca paste from Bolivia", "the men
      ** exported weapons to Venezuela", "criminal groups send fake money
      ** to Argentina") any cooperation with its state; doctors' aid to a
      ** country is aid */
      if (sm >= 0 && tm >= 0 && tt >= 0 && private_actor(c, sm) &&
          (!strcmp(code, "061") || !strcmp(code, "062") ||
           (code[0] == '0' && code[1] == '7' &&
            !strcmp(c->doc->mentions[sm].sector, "CRM"))) &&
          coder_visit_place(c, tm) && coder_trade_place(c, (uint32_t)tt)) {
        coder_drop(c, "C-TRADE-PRIVATE", t);
        continue;
      }
      if (acknowledged_others(c, t, sm, code)) { /* C-ACKNOWLEDGE-OTHERS */
        coder_drop(c, "C-ACKNOWLEDGE-OTHERS", t);
        continue;
      }
      if (armed_presence_home(c, sm, tm, code)) { /* C-PRESENCE-HOME */
        coder_drop(c, "C-PRESENCE-HOME", t);
        continue;
      }
      /* RULE C-POLICY-OPTION: private people (civilians, refugees,
      ** farmers, workers, ...; not criminal groups) who consider going
      ** somewhere or doing something weigh no policy option (014):
      ** "Russians considering going to Syria to earn money", "refugees
      ** pressured to consider returning" */
      if (!strcmp(code, "014") && sm >= 0 && private_actor(c, sm) &&
          !coder_sector_is(c, sm, "CRM")) {
        coder_drop(c, "C-POLICY-OPTION", t);
        continue;
      }
      /* RULE C-PRESS-INTERVIEW: a conversation (root 04, own patterns)
      ** with the press on either side is an interview or a reporter's
      ** source, no consultation ("the newspaper spoke to a woman who had
      ** borrowed ...", "speaking to BBC Radio 4"), as C-PRESS-CHANNEL
      ** says for statements */
      if (code[0] == '0' && code[1] == '4' && own_pattern(p) &&
          ((sm >= 0 && coder_sector_is(c, sm, "MED")) ||
           (tm >= 0 && coder_sector_is(c, tm, "MED")))) {
        coder_drop(c, "C-PRESS-INTERVIEW", t);
        continue;
      }
      /* RULE C-SPEAKING-FRAME: nor is "Speaking to Congress, the minister
      ** admitted ...", "Speaking at a summit ..., Funes said": a
      ** participle of speaking that frames a statement tells where or to
      ** whom it was made */
      if (code[0] == '0' && code[1] == '4' && own_pattern(p) &&
          speaking_frame(c, t)) {
        coder_drop(c, "C-SPEAKING-FRAME", t);
        continue;
      }
      /* RULE C-STATE-BOMBS: the bombs of a state ("killed by Russian and
      ** Syrian bombs") are dropped from the air: aerial weapons (195),
      ** not the bombing (183) of a group or an unknown attacker */
      const char *ecode = code;
      if (!strcmp(code, "183") && sm >= 0 && state_actor(c, sm))
        ecode = "195";
      /* RULE C-KILL-CIVILIAN: a killing of private people (civilians,
      ** journalists, workers, ...; not criminals) by an actor that is no
      ** state force (a gang, a militia, a jihadist group) is violence
      ** outside combat, CAMEO's 1823 (kill by physical assault), not
      ** conventional military force (190): "the Zetas killed more than
      ** 150 people at the prison", "83 people were killed by Isis".  A
      ** state's or its forces' killings stay 190 (the CAMEO gold codes
      ** "Russian aircraft killed 46 Afghan civilians" as a fight) */
      if (!strcmp(code, "190") && own_pattern(p) && sm >= 0 && tm >= 0 &&
          killing_word(c, t) && private_actor(c, tm) &&
          !coder_sector_is(c, tm, "CRM") && !state_actor(c, sm) &&
          !coder_sector_is(c, sm, "COP") && !coder_sector_is(c, sm, "MIL") &&
          !coder_sector_is(c, sm, "GOV"))
        ecode = "1823";
      /* RULE C-CRIME-ATTACK: an attack ("attack", the catch-all
      ** V-190.18 and V-190.50) of criminals (pirates, gangs, cartels) on
      ** private people or firms (fishermen, civilians, banks; not other
      ** criminals) is violence outside combat, CAMEO's 180 (unconventional
      ** violence), not conventional military force: "pirates have
      ** attacked fishermen on the lake".  As C-KILL-CIVILIAN, attacks on
      ** soldiers and police stay 190 */
      if (!strcmp(code, "190") && own_pattern(p) && sm >= 0 && tm >= 0 &&
          !strcmp(coder_lemma(c, t), "attack") &&
          coder_sector_is(c, sm, "CRM") && private_actor(c, tm) &&
          !coder_sector_is(c, tm, "CRM"))
        ecode = "180";
      /* RULE C-POLITICAL-FIGHT: a fight, clash, battle or war ("fight",
      ** "clash", "battle", "combat", "wage", coded 190) between political
      ** actors (governments, elites, parties, legislatures, courts) of
      ** one country, or against an international body, is a political
      ** struggle: opposition (110, disapprove), not military force:
      ** "Talabani's clique fought against the KDP mainstream", "he may
      ** clash with Trump", "Morales has waged open war against CICIG".
      ** Armed actors, opposition groups (armed in Syria) and lone
      ** countries keep 190 */
      if (!strcmp(code, "190") && own_pattern(p) && sm >= 0 && tm >= 0 &&
          political_fight(c, t, sm, tm))
        ecode = "110";
      /* RULE C-SUPPORT-ARMED: an armed force's support ("support", coded
      ** 051 by the catch-all pattern) for another armed force or militia
      ** is military cooperation (062), as V-062.42 codes troops'
      ** support, also when the parse hangs the force higher up ("the French
      ** army has some 300 soldiers in Iraq, mainly supporting the
      ** Kurdish Peshmerga"): soldiers back fighters with arms,
      ** not with words */
      if (!strcmp(code, "051") && own_pattern(p) && sm >= 0 && tm >= 0 &&
          !strcmp(coder_lemma(c, t), "support") &&
          coder_sector_is(c, sm, "MIL") &&
          (coder_sector_is(c, tm, "MIL") || coder_sector_is(c, tm, "REB")))
        ecode = "062";
      if (emit(c, cameo, doc, ev, si, first_ev, t, p, ecode, sm, st, tm,
               tt, &mi) != 0)
        return -1;
      /* RULE C-PAIRED: the paired code, roles swapped.  RULE
      ** C-HOST-PRIVATE: a place hosts (043) only official visitors: the
      ** trip of a private traveller ("smugglers traveled to Nicaragua",
      ** "migrants arrived in Mexico") is no visit the country hosted */
      if (code2[0] && tm >= 0 &&
          !(!strcmp(code2, "043") && sm >= 0 && private_actor(c, sm)) &&
          !(!strcmp(code2, "043") && private_destination(c, t, tm, tt)) &&
          !(mi.negated &&
            (consulted_object(c, t, tt) || own_partner(c, t, tt))) &&
          emit(c, cameo, doc, ev, si, first_ev, t, p,
               /* (C-POLITICAL-FIGHT: both ways: "he may clash with Trump") */
               !strcmp(code2, "190") && !strcmp(ecode, "110") ? "110" : code2,
               tm, tt, sm, st, &mi) != 0)
        return -1;
    }
  return 0;
}

/* Sectors of people who live where they act (C-AGENT-PLACE): civilians,
** rebels, opposition, workers, students, media, unnamed gunmen (UAF),
** ...; not the state's own agents (GOV, MIL: sent abroad), refugees
** (coded by origin) or NGOs. */
static int placed_sector(const char *s) {
  static const char *const sec[] = {"CVL", "REB", "INS", "OPP", "LAB",
                                    "EDU", "MED", "HLH", "CRM", "REL",
                                    "AGR", "BUS", "UAF"};
  for (size_t i = 0; i < sizeof sec / sizeof *sec; i++)
    if (!strcmp(s, sec[i]))
      return 1;
  return 0;
}

/* RULE C-AGENT-PLACE (object's place): the place of a verb's object
** that is itself a place or a thing fixed in one ("blocked streets in Hong
** Kong", "occupied the square in Tahrir") is where the act happens: the
** in/at phrase of a verb's object naming a coded place, when the object
** is no actor and no actor modifies it.  The dense parser hangs such a phrase on the object, the
** sparse one often on the verb.  The country or NULL. */
static const char *object_place(const coder_ctx *c, uint32_t t) {
  int32_t o = coder_child_by(c, t, SIMA_DEP_OBJ);
  if (o < 0 || c->tok2men[o] >= 0 || c->syn[o].upos != SIMA_UPOS_NOUN)
    return NULL;
  /* (not an actor's thing: "attacked rebel positions in Darfur" names
  ** where the rebels are, the act's target) */
  for (int32_t e = c->first_child[o]; e >= 0; e = c->next_sib[e])
    if (c->tok2men[e] >= 0 && deprel_base(c->syn[e].deprel) != SIMA_DEP_NMOD)
      return NULL;
  for (int32_t e = c->first_child[o]; e >= 0; e = c->next_sib[e]) {
    if (deprel_base(c->syn[e].deprel) != SIMA_DEP_NMOD ||
        !(coder_has_marker(c, (uint32_t)e, "in") ||
          coder_has_marker(c, (uint32_t)e, "at")))
      continue;
    int32_t m = c->tok2men[e];
    if (m >= 0) {
      const sima_mention *mm = &c->doc->mentions[m];
      return mm->country && mm->country[0] ? mm->country : NULL;
    }
  }
  return NULL;
}

/* The country of the place t's event happens in: an in/at/near oblique
** of t (or of the light noun or verb above a nominal t) naming a place
** ("demonstrated in Kirkuk", "rioted at a jail in Dili"), else the place
** of a verb's object (object_place).  NULL if none. */
static const char *event_place(const coder_ctx *c, uint32_t t) {
  uint32_t t0 = t;
  for (int up = 0; up < 2; up++) {
    for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
      if (deprel_base(c->syn[d].deprel) != SIMA_DEP_OBL ||
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
          if (deprel_base(c->syn[e].deprel) == SIMA_DEP_NMOD &&
              coder_has_marker(c, (uint32_t)e, "in"))
            nx = e;
        x = nx;
      }
    }
    /* RULE C-PLACE-OBL: a nominal event that is itself an oblique of the
    ** word above ("reported in Vietnam, ..., in Saddam Hussein's attack
    ** on Kurds in Halabja") is a place or time of its own: the other
    ** obliques of that word are not its place (the Kurds are no
    ** Vietnamese); so is a nominal conjunct hung on a verb ("reported in
    ** Cambodia, and in the army's attack on villagers") */
    if (c->syn[t].upos == SIMA_UPOS_VERB || c->syn[t].head < 0 ||
        (uint32_t)c->syn[t].head >= c->n ||
        deprel_base(c->syn[t].deprel) == SIMA_DEP_OBL ||
        (c->syn[t].deprel == SIMA_DEP_CONJ &&
         c->syn[c->syn[t].head].upos == SIMA_UPOS_VERB))
      break;
    t = (uint32_t)c->syn[t].head;
  }
  return c->syn[t0].upos == SIMA_UPOS_VERB ? object_place(c, t0) : NULL;
}

/* C-AGENT-PLACE, C-AGENT-HOME: counts the coded mentions of each country
** up to the end of sentence si into name[0..64) / count[]; returns how
** many countries.  Mentions of country `own` (NULL: none) are counted in
** *nown instead, apart from the table (more than 64 countries: the rest
** are rare and go uncounted). */
static uint32_t country_counts(const coder_ctx *c, uint32_t si, const char *own,
                               const char *name[64], uint32_t count[64],
                               uint32_t *nown) {
  const sima_doc *doc = c->doc;
  uint32_t end = doc->sents[si].first + doc->sents[si].count, nc = 0;
  for (uint32_t i = 0; i < doc->nmentions; i++) {
    const sima_mention *a = &doc->mentions[i];
    if (a->first >= end || !a->code || !a->country || strlen(a->country) != 3)
      continue;
    if (own && !strcmp(a->country, own)) {
      ++*nown;
      continue;
    }
    uint32_t k = 0;
    while (k < nc && strcmp(name[k], a->country))
      k++;
    if (k == nc) {
      if (nc == 64)
        continue;
      name[nc] = a->country;
      count[nc++] = 0;
    }
    count[k]++;
  }
  return nc;
}

/* Is cty the story's home: mentioned, up to the end of sentence si, at
** least as often as any other country?  ("US police arrested" in an
** article about Honduras is not a domestic arrest.) */
static int home_country(const coder_ctx *c, uint32_t si, const char *cty,
                        int strict) {
  const char *name[64];
  uint32_t count[64], own = 0, best = 0;
  uint32_t nc = country_counts(c, si, cty, name, count, &own);
  for (uint32_t k = 0; k < nc; k++)
    if (count[k] > best)
      best = count[k];
  return own > 0 && (strict ? own > best : own >= best);
}

/* RULE C-AGENT-HOME: the country a story is about, up to the end of
** sentence si: the one its actors name at least three times and twice as
** often as any other, or NULL. */
static const char *story_country(const coder_ctx *c, uint32_t si) {
  const char *name[64];
  uint32_t count[64], unused = 0;
  uint32_t nc = country_counts(c, si, NULL, name, count, &unused);
  uint32_t best = 0, second = 0;
  const char *top = NULL;
  for (uint32_t k = 0; k < nc; k++)
    if (count[k] > best) {
      second = best;
      best = count[k];
      top = name[k];
    } else if (count[k] > second)
      second = count[k];
  /* (dominant: twice as often as any other, and thrice at least) */
  return best >= 3 && best >= 2 * second ? top : NULL;
}

/* RULE C-AGENT-HOME: does sentence si name an actor of a country other
** than cty? */
static int other_country_named(const coder_ctx *c, uint32_t si,
                               const char *cty) {
  const sima_doc *doc = c->doc;
  uint32_t s0 = doc->sents[si].first, end = s0 + doc->sents[si].count;
  for (uint32_t i = 0; i < doc->nmentions; i++) {
    const sima_mention *a = &doc->mentions[i];
    if (a->first < s0 || a->first >= end)
      continue;
    if (a->code && !strncmp(a->code, "IGO", 3))
      return 1;
    if (a->country && a->country[0] && strcmp(a->country, cty))
      return 1;
  }
  return 0;
}

/* RULE C-AGENT-FOREIGN: is the mention at token t said to be foreign
** ("training foreign security forces", "overseas investors")?  It is of
** another country than the story's or the place's: C-AGENT-PLACE gives
** it none. */
static int foreign_agent(const coder_ctx *c, int32_t t) {
  static const char *const foreign[] = {"foreign", "outside", "overseas"};
  if (t < 0 || (uint32_t)t >= c->n || c->tok2men[t] < 0)
    return 0;
  const sima_mention *m = &c->doc->mentions[c->tok2men[t]];
  for (uint32_t k = m->first; k > 0 && m->first - k < 2;) {
    k--;
    if (CODER_IN(foreign, coder_lemma(c, k)))
      return 1;
    if (c->syn[k].upos != SIMA_UPOS_ADJ)
      break;
  }
  return 0;
}

/* RULE C-AGENT-RECENT-HELPER: a body named only as the helper of
** another ("With support from Chilean police, Bolivia's anti-drug force
** carried out raids ... police seized thirteen properties") is no
** antecedent for C-AGENT-RECENT: the later bare body is the one helped.
** Is token f (a mention's first) right after "from"/"of" after a word
** for help (assistance, backing, cooperation, help, support)? */
static int helper_phrase(const coder_ctx *c, uint32_t f) {
  static const char *const help[] = {"assistance",  "backing", "cooperation",
                                     "help",        "support"};
  if (f < 2 || f >= c->n)
    return 0;
  const char *p = coder_lemma(c, f - 1);
  const char *h = coder_lemma(c, f - 2);
  return p && h && (!strcmp(p, "from") || !strcmp(p, "of")) &&
         CODER_IN(help, h);
}

/* RULE C-AGENT-RECENT: a bare state body ("prosecutors", "the police")
** named with a country in its own sentence or the two before ("US
** federal prosecutors brought a case ... That case was expanded when
** prosecutors charged former Venezuelan officials") is that country's
** body again: USAJUD, not the target's VENJUD nor the story's country.
** The earlier mention must end in the same word (lemma), have the same
** sector and a country; the nearest one wins.  Pronouns are left to
** their antecedents. */
static const char *recent_agent_country(const coder_ctx *c, uint32_t si,
                                        int32_t at, const char *sector) {
  static const char *const state[] = {"COP", "GOV", "JUD", "LEG", "MIL",
                                      "SPY"};
  const sima_doc *doc = c->doc;
  if (at < 0 || (uint32_t)at >= c->n || !CODER_IN(state, sector) ||
      si >= doc->nsents)
    return NULL;
  int32_t hm = c->tok2men[at];
  if (hm < 0 || doc->mentions[hm].how == SIMA_RES_PRONOUN)
    return NULL;
  const sima_mention *m = &doc->mentions[hm];
  const sima_token *mt = &doc->tokens[m->first + m->count - 1];
  uint32_t lo = doc->sents[si >= 2 ? si - 2 : 0].first;
  for (int32_t q = hm - 1; q >= 0; q--) {
    const sima_mention *x = &doc->mentions[q];
    if (x->first < lo)
      break;
    if (!x->code || !x->country || strlen(x->country) != 3 || !x->sector ||
        strcmp(x->sector, sector) || x->how == SIMA_RES_PRONOUN ||
        helper_phrase(c, x->first))
      continue;
    /* (the same word, in the same number: "presidents" are not the
    ** president named before) */
    const sima_token *xt = &doc->tokens[x->first + x->count - 1];
    if (xt->nnorm == mt->nnorm &&
        !strncasecmp(xt->norm, mt->norm, mt->nnorm))
      return x->country;
  }
  return NULL;
}

/* RULE C-AGENT-OPPOSED: the government an opposition faces is its own
** country's: a bare "the government" (lemma government, GOV) whose other
** actor is an opposition with a country (OPP: a party leader, an
** opposition bloc) is that country's government ("Labour leader Jeremy
** Corbyn has accused the government of waiting for instructions" is
** GBROPP -> GBRGOV, not the Syrian government named a sentence before).
** "The regime" is left alone (an opposition abroad may name another
** state's).  Token at is the agent's, o the other actor. */
static const char *opposed_government(const coder_ctx *c, int32_t at,
                                      const char *sector,
                                      const sima_actor_ref *o) {
  if (at < 0 || (uint32_t)at >= c->n || strcmp(sector, "GOV") || !o->code ||
      !o->sector || strcmp(o->sector, "OPP") || !o->country ||
      strlen(o->country) != 3)
    return NULL;
  const char *l = coder_lemma(c, (uint32_t)at);
  if (!l || strcmp(l, "government"))
    return NULL;
  int32_t hm = c->tok2men[at];
  if (hm < 0 || c->doc->mentions[hm].how == SIMA_RES_PRONOUN)
    return NULL;
  return o->country;
}

/* RULE A-BETWEEN-VENUE (coder): a party named in a "between" phrase of talks
** ("talks between the regime and opposition in Vienna") meets at the
** place named there; the venue is not its country: an agent there takes
** no country from its own in/at/near phrase nor from the event's place
** (the Syrian opposition is not Austria's).  Token at is the agent's. */
static int between_venue_party(const coder_ctx *c, int32_t at) {
  static const char *const talks[] = {"conference",  "dialogue", "meeting",
                                      "negotiation", "summit",   "talk"};
  if (at < 0 || (uint32_t)at >= c->n)
    return 0;
  uint32_t x = coder_conj_first(c, (uint32_t)at, 8);
  int32_t h = c->syn[x].head;
  return coder_has_marker(c, x, "between") && h >= 0 && (uint32_t)h < c->n &&
         c->tok2men[h] < 0 && CODER_IN(talks, coder_lemma(c, (uint32_t)h));
}

/* RULE C-AGENT-RELCL-PLACE: the country of an "in" place inside the
** relative clause of agent token at whose subject is the relative pronoun
** (the agent acts there: "the Kurdish force that has led the ground war
** against Islamic State in Syria" is Syria's), within four steps of the
** clause's verb; NULL when there is none or two places disagree. */
static const char *relcl_place(const coder_ctx *c, int32_t at) {
  static const char *const rel[] = {"that", "which", "who"};
  if (at < 0 || (uint32_t)at >= c->n)
    return NULL;
  const char *cty = NULL;
  for (int32_t v = c->first_child[at]; v >= 0; v = c->next_sib[v]) {
    if (c->syn[v].deprel != SIMA_DEP_ACL_RELCL)
      continue;
    if (CODER_CHILD_IN(c, (uint32_t)v, SIMA_DEP_NSUBJ, rel) < 0)
      continue;
    for (uint32_t i = (uint32_t)v + 1; i < c->n; i++) {
      int32_t x = (int32_t)i;
      int up = 0;
      while (x >= 0 && x != v && up < 4) {
        x = c->syn[x].head;
        up++;
      }
      if (x != v)
        continue;
      int32_t m = c->tok2men[i];
      if (m < 0)
        continue;
      const sima_mention *pm = &c->doc->mentions[m];
      if (!pm->country || strlen(pm->country) != 3)
        continue;
      /* (a possessor is whose the act is: "instrumental in Russia's
      ** operations in eastern Ukraine" names no Ukrainian) */
      int poss = c->syn[i].deprel == SIMA_DEP_NMOD_POSS;
      if (!poss && (!coder_has_marker(c, i, "in") ||
                    (pm->sector && pm->sector[0] && strcmp(pm->sector, "CVL"))))
        continue;
      if (cty && strcmp(cty, pm->country))
        return NULL;
      cty = pm->country;
    }
  }
  return cty;
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
  /* (sorted, strcasecmp order) */
  static const char *const home_words[] = {"armed forces",
                                           "army",
                                           "attorney general",
                                           "attorney general's office",
                                           "authorities",
                                           "congress",
                                           "court",
                                           "federal police",
                                           "government",
                                           "judges",
                                           "lawmakers",
                                           "legislators",
                                           "local authorities",
                                           "marines",
                                           "military",
                                           "ministry",
                                           "navy",
                                           "officials",
                                           "police",
                                           "police officers",
                                           "president",
                                           "prosecutors",
                                           "regime",
                                           "security forces",
                                           "soldiers",
                                           "troops"};
  for (uint32_t i = first_ev; i < ev->n; i++) {
    sima_event *e = &ev->ev[i];
    if (e->verb_tok < 0 || (uint32_t)e->verb_tok >= c->n)
      continue;
    /* patterns translated from PETRARCH (`P-`, docs/compat.md) keep its
    ** convention: a bare agent stays bare ("Russian police arrested
    ** students": ---EDU) */
    if (e->rule && e->rule[0] == 'P' && e->rule[1] == '-')
      continue;
    /* (event_place also reads a place on the verb's object: C-AGENT-PLACE,
    ** C-OBJECT-PLACE) */
    const char *place = event_place(c, (uint32_t)e->verb_tok);
    for (int role = 0; role < 2; role++) {
      sima_actor_ref *r = role == 0 ? &e->source : &e->target;
      const sima_actor_ref *o = role == 0 ? &e->target : &e->source;
      if (!r->code || r->country[0] || strlen(r->code) != 3)
        continue;
      const char *cty = NULL;
      int32_t at = role == 0 ? e->source_tok : e->target_tok;
      if (foreign_agent(c, at))
        continue;
      /* RULE C-AGENT-RECENT: named with its country just before */
      cty = opposed_government(c, at, r->code, o);
      if (!cty)
        cty = recent_agent_country(c, si, at, r->code);
      /* a conjunct shares its first conjunct's country: "a Peruvian lawyer
      ** and businessman" */
      int32_t cj = at; /* (through a quantity: "and a group of deputies") */
      if (cj >= 0 && (uint32_t)cj < c->n &&
          deprel_base(c->syn[cj].deprel) == SIMA_DEP_NMOD &&
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
        /* RULE C-CONJ-NAMED-COUNTRY: a state's body takes no country
        ** from a named non-state group it is coordinated with: "the ELN
        ** and government authorities in the mining areas" (in Venezuela)
        ** are no Colombian authorities; an adjective or a possessor
        ** distributes ("a Peruvian lawyer and businessman"), a group's
        ** own code does not */
        if (hm->country && hm->country[0] && hm->sector && hm->sector[0] &&
            !(hm->actor >= 0 && !state_sector(hm->sector) &&
              state_sector(r->code)))
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
          if (deprel_base(c->syn[at].deprel) != SIMA_DEP_NMOD ||
              c->syn[at].head < 0)
            break;
          base = c->syn[at].head;
        }
        for (int32_t d = c->first_child[base]; d >= 0 && !cty;
             d = c->next_sib[d]) {
          const char *l = coder_lemma(c, (uint32_t)d);
          if (deprel_base(c->syn[d].deprel) != SIMA_DEP_ACL || !l ||
              (strcmp(l, "flee") && strcmp(l, "escape")))
            continue;
          for (int32_t x = c->first_child[d]; x >= 0 && !cty;
               x = c->next_sib[x]) {
            unsigned b = deprel_base(c->syn[x].deprel);
            int from = coder_has_marker(c, (uint32_t)x, "from") ||
                       coder_has_marker(c, (uint32_t)x, "in");
            if (b != SIMA_DEP_OBJ && !(b == SIMA_DEP_OBL && from))
              continue;
            int32_t y = x; /* the place itself, or the war's: "in Liberia" */
            if (c->tok2men[y] < 0)
              for (int32_t z = c->first_child[x]; z >= 0; z = c->next_sib[z])
                if (deprel_base(c->syn[z].deprel) == SIMA_DEP_NMOD &&
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
      /* help for a force in a country is help for that country: a bare
      ** military target of a cooperative event (roots 03-08) with an "in
      ** COUNTRY" phrase of its own is that country ("ready to contribute
      ** troops to an international force in Liberia": LBR, not the
      ** force; its soldiers are no Liberian military) */
      if (!cty && role == 1 && !strcmp(r->code, "MIL") && e->root >= 3 &&
          e->root <= 8 && at >= 0 && (uint32_t)at < c->n) {
        const char *fc = NULL;
        for (int32_t d = c->first_child[at]; d >= 0 && !fc;
             d = c->next_sib[d])
          if (deprel_base(c->syn[d].deprel) == SIMA_DEP_NMOD &&
              c->tok2men[d] >= 0 && coder_has_marker(c, (uint32_t)d, "in")) {
            const sima_mention *pm = &c->doc->mentions[c->tok2men[d]];
            if (pm->country && strlen(pm->country) == 3)
              fc = pm->country;
          }
        if (fc && !(o->code && coder_same_actor(fc, o->code))) {
          r->code = fc;
          r->country = fc;
          r->sector = "";
          continue;
        }
      }
      /* a place of the agent's own: "civilians near Kabul" */
      /* RULE A-BETWEEN-VENUE (coder): no place for a party to talks */
      int venue = between_venue_party(c, at);
      if (!cty && !venue && placed_sector(r->code) && at >= 0 &&
          (uint32_t)at < c->n)
        for (int32_t d = c->first_child[at]; d >= 0 && !cty;
             d = c->next_sib[d])
          if (deprel_base(c->syn[d].deprel) == SIMA_DEP_NMOD &&
              c->tok2men[d] >= 0 &&
              (coder_has_marker(c, (uint32_t)d, "in") ||
               coder_has_marker(c, (uint32_t)d, "at") ||
               coder_has_marker(c, (uint32_t)d, "near"))) {
            const sima_mention *pm = &c->doc->mentions[c->tok2men[d]];
            if (pm->country && pm->country[0])
              cty = pm->country;
          }
      if (!cty && !venue && placed_sector(r->code))
        cty = relcl_place(c, at);
      if (!cty && !venue && place && placed_sector(r->code) &&
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
            home_country(c, si, o->country, 1) &&
            /* RULE C-AGENT-PLACE: not when the sentence names another
            ** country: "Russia would keep a force in Syria to fight
            ** terrorists" are not Russia's own rebels (RUSREB) */
            !other_country_named(c, si, o->country))
          cty = o->country;
        /* and the government people protest against or make demands on
        ** is theirs ("Kenyan workers went on strike in protest against the
        ** government's reforms") */
        if (!cty && !strcmp(r->code, "GOV") && o->sector &&
            placed_sector(o->sector) &&
            (e->root == 10 || e->root == 14) &&
            home_country(c, si, o->country, 1))
          cty = o->country;
        /* (p15g: and so is the government, court or police a country's
        ** former official blames or makes demands on: "Honduras Ex-Top
        ** Cop Blames Authorities", HNDELI -> HNDGOV, as when he was the
        ** police's) */
        if (!cty &&
            (!strcmp(r->code, "GOV") || !strcmp(r->code, "JUD") ||
             !strcmp(r->code, "COP")) &&
            o->sector && !strcmp(o->sector, "ELI") &&
            (e->root == 10 || e->root == 11 || e->root == 14) &&
            home_country(c, si, o->country, 0))
          cty = o->country;
      }
      /* as sources too: rebels and opposition act in their own country
      ** ("the opposition bloc agreed to delay the rally
      ** in Minsk"; not in attacks, which cross borders), and courts and
      ** police investigate, accuse and arrest at home ("a judge opened
      ** investigations against 28 Chilean officials": CHLJUD; not
      ** criminals), in a story about that country alone */
      if (!cty && role == 0 && o->code && o->country[0] &&
          strcmp(o->code, "REF") && strcmp(o->code, "NGO") &&
          strcmp(o->code, "IGO") &&
          (((!strcmp(r->code, "REB") || !strcmp(r->code, "INS") ||
             !strcmp(r->code, "OPP") ||
             /* (C-AGENT-PLACE: parties and politicians too: "the party
             ** said it will boycott Algeria's elections") */
             !strcmp(r->code, "ELI")) &&
            e->root != 19 && e->root != 18 && e->root != 20) ||
           ((!strcmp(r->code, "JUD") || !strcmp(r->code, "COP")) &&
            (e->root == 9 || e->root == 11 || e->root == 17) &&
            /* (cartels cross borders: "police captured Mexican Zetas"
            ** in Guatemala) */
            (!o->sector || strcmp(o->sector, "CRM")))) &&
          home_country(c, si, o->country, 1)) {
        cty = o->country;
        /* (not one whose own phrase names another country's actor: "a
        ** jury in a US court") */
        for (int32_t d = at >= 0 && (uint32_t)at < c->n ? c->first_child[at]
                                                         : -1;
             d >= 0 && cty; d = c->next_sib[d]) {
          int32_t m = c->tok2men[d];
          if (m >= 0 && deprel_base(c->syn[d].deprel) == SIMA_DEP_NMOD &&
              c->doc->mentions[m].country &&
              c->doc->mentions[m].country[0] &&
              strcmp(c->doc->mentions[m].country, cty))
            cty = NULL;
        }
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
      /* RULE C-AGENT-HOME: the state's own bodies named by a bare word
      ** ("the government", "the authorities", "police", "the army") are
      ** the story's country's, when the story is about one country (named
      ** at least three times, twice as often as any other, so far) and
      ** the sentence names no actor of another country or an
      ** international body: "the government purchased ..." in a story on
      ** Honduras is HNDGOV.  So is a pronoun resolved to such a word
      ** ("Police ... they arrested"), unless a modifier before that word
      ** says whose it is. */
      const char *htext = r->text;
      char hbuf[48];
      int32_t hm = at >= 0 && (uint32_t)at < c->n ? c->tok2men[at] : -1;
      if (hm >= 0 && doc->mentions[hm].how == SIMA_RES_PRONOUN &&
          doc->mentions[hm].antecedent >= 0) {
        const sima_mention *am = &doc->mentions[doc->mentions[hm].antecedent];
        size_t al = am->end - am->start;
        htext = NULL;
        int owned = am->first > 0 && c->doc->tokens[am->first - 1].len > 0 &&
                    (memchr(doc->text + doc->tokens[am->first - 1].off, '-',
                            doc->tokens[am->first - 1].len) ||
                     (doc->text[doc->tokens[am->first - 1].off] >= 'A' &&
                      doc->text[doc->tokens[am->first - 1].off] <= 'Z'));
        if (al < sizeof hbuf && !owned) {
          memcpy(hbuf, doc->text + am->start, al);
          hbuf[al] = '\0';
          htext = hbuf;
        }
      }
      if (!cty && htext &&
          (!strcmp(r->code, "GOV") || !strcmp(r->code, "COP") ||
           !strcmp(r->code, "MIL") || !strcmp(r->code, "JUD") ||
           !strcmp(r->code, "LEG")) &&
          CODER_IN(home_words, htext)) {
        const char *sc = story_country(c, si);
        /* (not a body a modifier says is another's: "Kurdish-led
        ** authorities", "Taliban authorities") */
        int mod = 0;
        for (int32_t d = at >= 0 && (uint32_t)at < c->n ? c->first_child[at]
                                                        : -1;
             d >= 0 && !mod; d = c->next_sib[d]) {
          unsigned b = deprel_base(c->syn[d].deprel);
          const sima_token *tk = &doc->tokens[d];
          mod = (b == SIMA_DEP_AMOD || b == SIMA_DEP_COMPOUND ||
                 b == SIMA_DEP_NMOD) &&
                (memchr(doc->text + tk->off, '-', tk->len) ||
                 c->syn[d].upos == SIMA_UPOS_PROPN ||
                 (tk->len && doc->text[tk->off] >= 'A' &&
                  doc->text[tk->off] <= 'Z' &&
                  (uint32_t)d != doc->sents[si].first));
        }
        if (sc && !mod && !other_country_named(c, si, sc))
          cty = sc;
      }
      if (!cty || strlen(cty) != 3)
        continue;
      /* RULE C-AGENT-DIPLOMAT: diplomats serve abroad: a bare body that
      ** acts on a country's consul, ambassador or embassy (or it on the
      ** body) is the host's, not of the diplomat's country ("the vice
      ** consul was detained by police": not the consul's own police) */
      {
        /* (sorted, strcasecmp order) */
        static const char *const envoys[] = {
            "ambassador", "attache", "chargé", "consul", "consulate",
            "diplomat",   "embassy", "envoy"};
        int32_t ot = role == 0 ? e->target_tok : e->source_tok;
        const char *ol = ot >= 0 && (uint32_t)ot < c->n
                             ? coder_lemma(c, (uint32_t)ot)
                             : NULL;
        if (ol && CODER_IN(envoys, ol) &&
            (!o->country || !o->country[0] || !strcmp(o->country, cty)))
          continue;
      }
      char buf[8];
      snprintf(buf, sizeof buf, "%s%s", cty, r->code);
      /* (not when it would make the event an actor's on itself: "the
      ** Salvadoran police arrested four police officers") */
      if (o->code && coder_same_actor(buf, o->code))
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
          if (o->code && coder_same_actor(q->code, o->code))
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
    unsigned r = deprel_base(c->syn[x].deprel);
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
      unsigned b = deprel_base(c->syn[x].deprel);
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

/* RULE C-NOUN-OWN: a nominal event that another verb's event takes as
** its subject, or as an object its pattern matched with a wildcard, is an
** event of its own when its own phrases name both sides: "Russia
** condemned Turkey's attack on Syria" is RUS TUR 111 and TUR SYR 190;
** "Turkey's assault on Afrin killed dozens" codes the assault.  A noun
** the verb's pattern names ("launched an attack on ...") is that verb's
** event, and a noun with a side missing takes no side from the verb (the
** condemner is no attacker).  1 when pattern p's own source and target
** paths from noun t both find an actor, and not the same one, and t is
** the subject of its verb, the object of a verb that observes, judges
** or reacts to an act done ("Turkey opposed a Russian attack on Idlib":
** no attack), or the in/during phrase of a verb of harm. */
static int own_phrase_roles(const coder_ctx *c, uint32_t t,
                            const pat_pattern *p) {
  /* (verbs of reaction to an act done, beside the observer's: opposing,
  ** backing or urging an attack does not say it took place.  Sorted) */
  static const char *const react[] = {
      "applaud", "celebrate", "hail", "laud", "mourn", "praise", "protest",
      "welcome"};
  if (c->syn[t].upos != SIMA_UPOS_NOUN || p->null || !p->src.given)
    return 0;
  int32_t h = c->syn[t].head;
  if (h < 0 || (uint32_t)h >= c->n)
    return 0;
  unsigned r = deprel_base(coder_lrel(c, t));
  const char *hl = coder_lemma(c, (uint32_t)h);
  /* (and the act in which someone came to harm: "ten civilians were
  ** killed in Turkey's attack on Afrin".  Sorted) */
  static const char *const harm[] = {"damage", "destroy", "die",
                                     "injure", "kill",    "wound"};
  if (!(r == SIMA_DEP_NSUBJ ||
        (r == SIMA_DEP_OBJ && c->syn[h].upos == SIMA_UPOS_VERB &&
         (observer_verb(hl) || CODER_IN(react, hl))) ||
        (r == SIMA_DEP_OBL && c->syn[h].upos == SIMA_UPOS_VERB &&
         CODER_IN(harm, hl) &&
         (coder_has_marker(c, t, "in") || coder_has_marker(c, t, "during")))))
    return 0;
  actor_set src, tgt;
  coder_resolve_role(c, t, &p->src, &src);
  if (src.n == 0)
    return 0;
  coder_resolve_role(c, t, p->tgt.given ? &p->tgt : &c->v->default_tgt, &tgt);
  if (tgt.n == 0)
    return 0;
  for (uint32_t i = 0; i < src.n; i++)
    for (uint32_t j = 0; j < tgt.n; j++)
      if (src.men[i] != tgt.men[j] &&
          !coder_same_actor(c->doc->mentions[src.men[i]].code,
                            c->doc->mentions[tgt.men[j]].code))
        return 1;
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
  sort_order(order, n);
  for (uint32_t oi = 0; oi < n; oi++) {
    uint32_t t = order[oi].tok;
    if (consumed[t] == 1 || tabari_covered(c, fired, t))
      continue;
    /* C-NOUN-OWN: a noun a verb's wildcard took stays its own event when
    ** its own phrases name both sides */
    int own_only = consumed[t] == 2;
    /* a nominal trigger whose verb already matched a pattern is part of
    ** that event ("brokered talks between ...": no separate "talks"
    ** event); RULE C-NOUN-BACKGROUND: but the time frame of a verb's clause
    ** whose match coded no event (bit 4 of fired[] unset) is an act of its
    ** own ("After two attacks on police carried out by the gang, the
    ** government sent troops": no target for "sent") */
    if (c->syn[t].upos != SIMA_UPOS_VERB && c->syn[t].head >= 0 &&
        (uint32_t)c->syn[t].head < c->n && fired[c->syn[t].head] &&
        ((fired[c->syn[t].head] & 4) || !background_noun(c, t)))
      own_only = 1;
    /* RULE C-REPAIR: a participle still attached as an adjective after the
    ** repairs is one ("the occupied West Bank", "the disputed islands") */
    if (c->syn[t].upos == SIMA_UPOS_VERB && c->syn[t].deprel == SIMA_DEP_AMOD &&
        c->syn[t].xpos == SIMA_XPOS_VBN) {
      if (c->trace &&
          trace_add(c, SIMA_WHY_PATTERN, "C-REPAIR", (int32_t)t, NULL, "match",
                    "a participle modifying a noun is no trigger") != 0)
        return -1;
      continue;
    }
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
      if (!p || (own_only && !own_phrase_roles(c, t, p))) {
        if (c->trace && ntried == 0)
          trace_no_match(c, t);
        break;
      }
      tried[ntried++] = p;
      if (c->trace)
        c->trace->p = p;
      fired[t] |= (p->flags & PAT_F_TABARI) && !p->null ? 3 : 1;
      /* (C-DENY-CLAIM-OTHER: the claim disputed is about another: the
      ** trigger codes nothing, no weaker pattern's "reject" either) */
      if (!p->null && !strcmp(p->code, "016")) {
        actor_set ds;
        coder_resolve_role(c, t, p->src.given ? &p->src : &c->v->default_src,
                           &ds);
        if (denied_claim_other(c, t, &ds)) {
          coder_drop(c, "C-DENY-CLAIM-OTHER", t);
          break;
        }
      }
      uint8_t saved[32];
      for (uint32_t k = 0; k < ms.nused; k++)
        saved[k] = consumed[ms.used[k]];
      uint32_t before = ev->n, repeats = ev->repeats;
      uint32_t traced = c->trace ? c->trace->n : 0;
      c->tabari = (p->flags & PAT_F_TABARI) != 0;
      int rc = code_trigger(c, cameo, opts, doc, ev, si, first_ev, t, p, &ms,
                            consumed);
      c->tabari = 0;
      if (rc != 0)
        return -1;
      /* (the why-not trace: a match that coded nothing with no rule
      ** recorded, so that every uncoded sentence says something) */
      if (c->trace && c->trace->n == traced && ev->n == before &&
          ev->repeats == repeats)
        trace_add(c, SIMA_WHY_DROP, NULL, (int32_t)t, p, NULL,
                  "no event and no rule recorded");
      if ((p->flags & PAT_F_TABARI) && !tabari_np_after(c, t))
        for (uint32_t i = ev->n; i-- > before;)
          if (!ev->ev[i].target.code) {
            coder_drop(c, "C-TABARI", t);
            memmove(&ev->ev[i], &ev->ev[i + 1],
                    (ev->n - i - 1) * sizeof *ev->ev);
            ev->n--;
          }
      /* (an event C-DEDUP dropped was found: the sentence has it) */
      if (ev->n > before || ev->repeats > repeats || p->null) {
        if (ev->n > before || ev->repeats > repeats)
          fired[t] |= 4; /* t coded an event */
        break;
      }
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
         deprel_base(c->syn[v].deprel) == SIMA_DEP_CCOMP) &&
        is_must_message(coder_lemma(c, (uint32_t)h)) &&
        deprel_base(c->syn[h].deprel) == SIMA_DEP_OBJ &&
        c->syn[h].head >= 0 && (uint32_t)c->syn[h].head < c->n &&
        c->syn[c->syn[h].head].upos == SIMA_UPOS_VERB) {
      msg = h;
      h = c->syn[h].head;
    } else if (h >= 0 && (uint32_t)h < c->n &&
               c->syn[h].upos == SIMA_UPOS_VERB &&
               deprel_base(c->syn[v].deprel) == SIMA_DEP_CCOMP &&
               !is_must_speech(coder_lemma(c, (uint32_t)h))) {
      /* (the clause hung on the verb: "issued a reminder to Japan that
      ** it must ...", issued --ccomp--> must) */
      for (int32_t d = c->first_child[h]; d >= 0 && msg < 0;
           d = c->next_sib[d])
        if (deprel_base(c->syn[d].deprel) == SIMA_DEP_OBJ &&
            (uint32_t)d < v && is_must_message(coder_lemma(c, (uint32_t)d)))
          msg = d;
      if (msg < 0)
        continue;
    } else if (h < 0 || (uint32_t)h >= c->n ||
               deprel_base(c->syn[v].deprel) != SIMA_DEP_CCOMP ||
               !is_must_speech(coder_lemma(c, (uint32_t)h)))
      continue;
    int must = 0;
    for (int32_t d = c->first_child[v]; d >= 0; d = c->next_sib[d])
      if (c->syn[d].deprel == SIMA_DEP_AUX &&
          (!sima_casecmp(coder_lemma(c, (uint32_t)d), "must") ||
           !sima_casecmp(coder_lemma(c, (uint32_t)d), "should")))
        must = 1;
    /* (not "should be able to", "must be likely": a forecast of what
    ** someone can do, no demand) */
    static const char *const can_adjs[] = {"able", "capable", "likely",
                                           "possible", "unlikely"};
    if (!must || CODER_IN(can_adjs, coder_lemma(c, v)))
      continue;
    actor_set src, tgt;
    int32_t st = coder_subject(c, (uint32_t)h, 0);
    int32_t tt = coder_subject(c, v, 0);
    src.n = tgt.n = 0;
    if (st >= 0)
      coder_actors_at(c, (uint32_t)st, &src);
    if (tt >= 0)
      coder_actors_at(c, (uint32_t)tt, &tgt);
    /* a message's clause with a pronoun subject ("that it must"): the
    ** demand is on the message's addressee (its to-phrase, or the verb's) */
    if (msg >= 0 && tgt.n == 0 && tt >= 0 &&
        c->syn[tt].upos == SIMA_UPOS_PRON)
      for (int pass = 0; pass < 2 && tgt.n == 0; pass++) {
        uint32_t on = pass == 0 ? (uint32_t)msg : (uint32_t)h;
        for (int32_t d = c->first_child[on]; d >= 0 && tgt.n == 0;
             d = c->next_sib[d])
          if ((deprel_base(c->syn[d].deprel) == SIMA_DEP_NMOD ||
               deprel_base(c->syn[d].deprel) == SIMA_DEP_OBL) &&
              coder_has_marker(c, (uint32_t)d, "to"))
            coder_actors_at(c, (uint32_t)d, &tgt);
      }
    /* RULE C-MUST-ADDRESSEE: "Macron told Erdogan that the ceasefire
    ** must be applied": a clause told, warned or reminded of whose
    ** subject is no actor is a demand on the one told (the target of
    ** the statement 010 the verb coded: so no "told reporters"); and
    ** what was told is that demand, no statement 010 of its own */
    int told =
        msg < 0 && (!sima_casecmp(coder_lemma(c, (uint32_t)h), "tell") ||
                    !sima_casecmp(coder_lemma(c, (uint32_t)h), "remind") ||
                    !sima_casecmp(coder_lemma(c, (uint32_t)h), "warn"));
    /* (its source too when the parse loses the subject: "On Monday, the
    ** French president, Emmanuel Macron, told ...") */
    for (uint32_t i = first_ev; told && i < ev->n; i++)
      if (ev->ev[i].verb_tok == h && !strcmp(ev->ev[i].code, "010") &&
          ev->ev[i].target_tok >= 0 && ev->ev[i].source_tok >= 0) {
        if (tgt.n == 0)
          coder_actors_at(c, (uint32_t)ev->ev[i].target_tok, &tgt);
        if (src.n == 0 && tgt.n > 0)
          coder_actors_at(c, (uint32_t)ev->ev[i].source_tok, &src);
      }
    if (src.n == 0 || tgt.n == 0)
      continue;
    const char *code = "100";
    match_state ms2;
    const pat_pattern *q = best_pattern(c, v, &ms2, NULL, 0);
    const char *dc = q && !q->null ? derive_demand(q->code) : NULL;
    /* RULE C-MUST-BLAME: "X said Y should bear (shoulder, accept) some
    ** responsibility" or "take the blame" lays blame on Y: an accusation
    ** (112), not a demand on Y to act */
    if (!dc && must_blame(c, v))
      code = "112";
    else if (!dc && must_no_act(c, v))
      continue;
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
    /* the mood and negation of the demand's head, without its
    ** attribution */
    mood_info mi;
    mood_analyze(c, (uint32_t)h, 1, &mi);
    mi.attr = mi.attr_first = mi.attr_last = -1;
    mi.attr_rule = NULL;
    if (mi.mood == SIMA_MOOD_REQUESTED) {
      mi.mood = SIMA_MOOD_ASSERTED;
      mi.mood_rule = NULL;
      mi.mood_cue = -1;
    }
    uint32_t before = ev->n;
    for (uint32_t a = 0; a < src.n; a++)
      for (uint32_t b = 0; b < tgt.n; b++)
        if (emit(c, cameo, doc, ev, si, first_ev, (uint32_t)h, &must_pattern,
                 code, src.men[a], src.tok[a], tgt.men[b], tgt.tok[b],
                 &mi) != 0)
          return -1;
    /* (C-MUST-ADDRESSEE: the statement 010 of the verb of telling is
    ** that demand, once coded) */
    if (told && ev->n > before)
      for (uint32_t i = first_ev; i < ev->n; i++)
        if (ev->ev[i].verb_tok == h && !strcmp(ev->ev[i].code, "010")) {
          memmove(&ev->ev[i], &ev->ev[i + 1],
                  (ev->n - i - 1) * sizeof *ev->ev);
          ev->n--;
          i--;
        }
  }
  agent_place(c, doc, ev, si, first_ev);
  militia_brazil(c, ev, first_ev); /* C-MILITIA-BRAZIL */
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

/* Regular endings a form may carry on a lemma the dictionary names
** ("sanctions" -> "sanction", "stepped" -> "step"). */
static const struct {
  const char *suf, *rep;
  size_t sl, rl; /* their lengths */
} stem_ends[] = {
#define STEM_END(suf, rep)                                                     \
  { suf, rep, sizeof suf - 1, sizeof rep - 1 }
    STEM_END("ies", "y"), STEM_END("es", ""),   STEM_END("s", ""),
    STEM_END("ied", "y"), STEM_END("ed", ""),   STEM_END("d", ""),
    STEM_END("ing", ""),  STEM_END("ing", "e"),
#undef STEM_END
};

/* Is c the last letter of some ending of stem_ends?  (form_ids tries the
** endings only on a form that ends so; coder_check_filters checks this
** list against stem_ends.) */
static int stem_end_char(char c) { return c == 's' || c == 'd' || c == 'g'; }

int coder_check_filters(void) {
  for (size_t e = 0; e < sizeof stem_ends / sizeof *stem_ends; e++)
    if (stem_ends[e].sl == 0 ||
        !stem_end_char(stem_ends[e].suf[stem_ends[e].sl - 1]))
      return -1;
  return 0;
}

/* The ids of token i's lower-cased form and of its stems (stem_ends),
** those the dictionary names, in that order, into out (up to 9);
** *plain is 1 when out[0] is the form itself.  Forms under 3 bytes give
** none.  known (or NULL) is a word whose id, known_id, the caller has
** looked up already: a form that is known but for ASCII case takes it. */
static uint32_t form_ids(const sima_verbs *v, const sima_doc *doc, uint32_t i,
                         uint32_t *out, int *plain, const char *known,
                         uint32_t known_id) {
  const sima_token *tk = &doc->tokens[i];
  char w[64];
  size_t len = tk->len;
  uint32_t n = 0, id;
  *plain = 0;
  if (len < 3 || len >= sizeof w)
    return 0;
  for (size_t k = 0; k < len; k++)
    w[k] = (char)sima_ascii_lower((unsigned char)doc->text[tk->off + k]);
  w[len] = '\0';
  /* (the form is most often the lemma already looked up: its id, then) */
  id = known && !sima_casecmp(w, known) ? known_id : pat_lemma_id(v, w);
  if (id != PAT_NONE) {
    out[n++] = id;
    *plain = 1;
  }
  /* (a form whose last letter ends no ending has none of them) */
  size_t nends =
      stem_end_char(w[len - 1]) ? sizeof stem_ends / sizeof *stem_ends : 0;
  for (size_t e = 0; e < nends; e++) {
    size_t sl = stem_ends[e].sl, rl = stem_ends[e].rl;
    if (len <= sl + 2)
      continue;
    size_t q = 0; /* (suffixes of 1-3 bytes: no memcmp call) */
    while (q < sl && w[len - sl + q] == stem_ends[e].suf[q])
      q++;
    if (q < sl)
      continue;
    char x[64];
    memcpy(x, w, len - sl);
    memcpy(x + len - sl, stem_ends[e].rep, rl + 1);
    if ((id = pat_lemma_id(v, x)) != PAT_NONE)
      out[n++] = id;
  }
  return n;
}

/* The dictionary lemma of token i: its lemma, or for a verb or noun whose
** lemma no pattern names (a lemmatizer slip: "declined" -> "declin"), the
** form itself or the form less a regular ending (-s, -es, -ed, -d, -ing).
** `y` is the parse read (the tagger's, or the repaired copy); an adjective
** a repair made a verb ("wounded" before "two soldiers") has an
** adjective's lemma, so its form is stripped first. */
static uint32_t token_lemma_id(const sima_verbs *v, const sima_doc *doc,
                               const sima_syntax *y, uint32_t i,
                               const uint32_t *lids) {
  unsigned up = y[i].upos;
  int adj_verb = up == SIMA_UPOS_VERB && doc->syn[i].upos == SIMA_UPOS_ADJ;
  /* (lids[i], when known, is the id of doc->syn[i].lemma: y's lemma, the
  ** same string unless a repair gave the token another) */
  uint32_t id = adj_verb ? PAT_NONE
                : lids && lids[i] != CODER_LID_UNKNOWN &&
                        y[i].lemma == doc->syn[i].lemma
                    ? lids[i]
                    : pat_lemma_id(v, y[i].lemma);
  if (id != PAT_NONE || (up != SIMA_UPOS_VERB && up != SIMA_UPOS_NOUN))
    return id;
  uint32_t ids[9];
  int plain = 0;
  uint32_t n = form_ids(v, doc, i, ids, &plain, NULL, PAT_NONE);
  for (uint32_t k = 0; k < n; k++)
    if (!(k == 0 && plain && adj_verb))
      return ids[k];
  return PAT_NONE;
}

static int sentence_can_code(const sima_verbs *v, const sima_doc *doc,
                             const sima_sentence *s, uint32_t *lids);

/* The why-not trace of the stages before the matcher (sima_code_candidates'
** tests): records that sentence si has too few coded actors (RULE C-DYAD)
** or no word heading a pattern that can match, and then silences the
** trace for the rest of the sentence.  `can` is sima_code_candidates'
** verdict on si, which with enough actors (the same count as here) is
** sentence_can_code's.  0, or -1 out of memory. */
static int trace_sentence_stage(coder_ctx *c, const sima_code_opts *opts,
                                uint32_t si, int can) {
  const sima_doc *doc = c->doc;
  const sima_sentence *s = &doc->sents[si];
  uint32_t need = opts && opts->allow_single_actor ? 1 : 2, coded = 0;
  char buf[256];
  size_t len = 0;
  buf[0] = '\0';
  for (uint32_t m = 0; m < doc->nmentions; m++) {
    const sima_mention *mm = &doc->mentions[m];
    if (!mm->code || mm->first < s->first || mm->first >= s->first + s->count)
      continue;
    /* (the detail is written only when coded < need <= 2: one name at
    ** most; the rest only counts) */
    if (coded++ < need && len < sizeof buf) {
      int w = snprintf(buf + len, sizeof buf - len, "%s%.*s %s",
                       coded > 1 ? ", " : "", (int)(mm->end - mm->start),
                       doc->text + mm->start, mm->code);
      len = w < 0 ? len : len + (size_t)w;
    }
  }
  char detail[400];
  if (coded < need) {
    snprintf(detail, sizeof detail, "%u coded actor%s%s%s%s; %u needed",
             coded, coded == 1 ? "" : "s", coded ? " (" : "", buf,
             coded ? ")" : "", need);
    if (trace_add(c, SIMA_WHY_ACTORS, "C-DYAD", -1, NULL, NULL, detail) != 0)
      return -1;
    c->trace->quiet = 1;
  } else if (!can) {
    if (trace_add(c, SIMA_WHY_TRIGGER, NULL, -1, NULL, NULL,
                  "no word of the sentence heads a pattern that can "
                  "match here") != 0)
      return -1;
    c->trace->quiet = 1;
  }
  return 0;
}

sima_status sima_code_doc(const sima_verbs *v, const sima_cameo *cameo,
                          const sima_code_opts *opts, sima_doc *doc,
                          sima_error *err) {
  return coder_code_doc(v, cameo, opts, doc, NULL, NULL, 0, err);
}

/* sima_code_doc with the candidate sentences known (coder_int.h).  A
** sentence s with want[s] == 0 is not coded: no lemma ids for its tokens,
** no code_sentence.  Why that changes no output byte:
**  - want is sima_code_candidates' result (computed here when the caller
**    gives none; sima_pipeline_run gives the one it parsed by, computed
**    from the same tags, lemmas and mentions: the parsers write heads and
**    relations only).  Its contract: want[s] == 0 means s cannot yield an
**    event under any parse, so code_sentence(s) would add no event (the
**    pipeline's selective parsing rests on the same test);
**  - code_sentence(s) reads and writes the tokens of s only (the lemma
**    ids, consumed[] and fired[] of s's tokens and their dependents,
**    which parse heads keep inside s), so coding the other sentences reads
**    nothing it would have left behind;
**  - lids (or NULL), coder_code_candidates' lemma ids, saves looking the
**    lemmas up again: token_lemma_id takes lids[i] only for a token whose
**    lemma is still doc->syn's string, whose id it is;
**  - the why-not trace of such a sentence is its one C-DYAD or TRIGGER
**    record (trace_sentence_stage), after which the trace was quiet for
**    the rest of s: code_sentence recorded nothing there.
** The repairs still run on every parsed sentence (the pipeline parses the
** candidates only, and an unparsed sentence costs the repairs one scan),
** so doc->csyn and doc->repaired are as before.  `every` (tests) codes
** every sentence, as before this shortcut: test_pipeline compares the
** two. */
sima_status coder_code_doc(const sima_verbs *v, const sima_cameo *cameo,
                           const sima_code_opts *opts, sima_doc *doc,
                           const unsigned char *want, const uint32_t *lids,
                           int every, sima_error *err) {
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
  if (!want && doc->nsents > 0) {
    unsigned char *w = sima_arena_alloc(doc->arena, doc->nsents);
    if (!w)
      return sima_error_set(err, SIMA_ERR_NOMEM, "coder: out of memory");
    sima_code_candidates(v, opts, doc, w);
    want = w;
  }
  /* the parse the coder reads, kept for --explain (doc->csyn) */
  sima_syntax *fixed = arena_alloc_raw(doc->arena, (size_t)n * sizeof *fixed);
  if (!fixed)
    return sima_error_set(err, SIMA_ERR_NOMEM, "coder: out of memory");
  memcpy(fixed, doc->syn, (size_t)n * sizeof *fixed);
  uint64_t *fired_by_sent = sima_arena_alloc(
      doc->arena, (doc->nsents ? doc->nsents : 1) * REPAIR_SET_WORDS *
                      sizeof *fired_by_sent);
  if (!fired_by_sent) {
    return sima_error_set(err, SIMA_ERR_NOMEM, "coder: out of memory");
  }
  for (uint32_t si = 0; si < doc->nsents; si++)
    if (doc->sents[si].first < n &&
        doc->sents[si].count <= n - doc->sents[si].first) {
      repair_set f = repair_sentence(doc, fixed, doc->sents[si].first,
                                     doc->sents[si].count);
      memcpy(fired_by_sent + (size_t)si * REPAIR_SET_WORDS, f.w, sizeof f.w);
    }
  doc->repaired = fired_by_sent;
  doc->csyn = fixed;
  c.syn = fixed;
  c.n = n;
  c.v = v;
  /* one scratch block: children lists, mention map, lemma ids, flags */
  size_t need = (size_t)n * (4 * sizeof(int32_t) + sizeof(order_item) + 3);
  char *mem = malloc(need);
  if (!mem) {
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
    c.lid[i] = PAT_NONE;
  }
  /* (the lemma ids of the sentences coded: code_sentence reads no other) */
  for (uint32_t si = 0; si < doc->nsents; si++) {
    const sima_sentence *s = &doc->sents[si];
    if (!every && !want[si])
      continue;
    for (uint32_t i = s->first; i < s->first + s->count && i < n; i++)
      c.lid[i] = token_lemma_id(v, doc, fixed, i, lids);
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
  event_vec ev = {NULL, 0, 0, 0};
  sima_status st = SIMA_OK;
  struct coder_trace trace;
  memset(&trace, 0, sizeof trace);
  trace.doc = doc;
  if (opts && opts->why_not)
    c.trace = &trace;
  for (uint32_t si = 0; si < doc->nsents; si++) {
    trace.si = si;
    trace.p = NULL;
    trace.quiet = 0;
    if (c.trace && trace_sentence_stage(&c, opts, si, want[si]) != 0) {
      st = sima_error_set(err, SIMA_ERR_NOMEM, "coder: out of memory");
      break;
    }
    if (!every && !want[si])
      continue; /* no event can come of it (coder_code_doc) */
    uint32_t traced = trace.n, coded = ev.n;
    if (code_sentence(&c, cameo, opts, doc, &ev, si, consumed, fired,
                      order) != 0) {
      st = sima_error_set(err, SIMA_ERR_NOMEM, "coder: out of memory");
      break;
    }
    /* (the why-not trace: no word was tried as a trigger, though a
    ** pattern could match on the words: the parse made them no triggers) */
    if (c.trace && trace.n == traced && ev.n == coded &&
        trace_add(&c, SIMA_WHY_PATTERN, NULL, -1, NULL, "match",
                  "no word was tried as a trigger in the parse (a "
                  "participle read as an adjective, a word of another "
                  "event)") != 0) {
      st = sima_error_set(err, SIMA_ERR_NOMEM, "coder: out of memory");
      break;
    }
  }
  free(mem);
  doc->events = ev.ev;
  doc->nevents = ev.n;
  doc->why = trace.v;
  doc->nwhy = trace.n;
  if (st == SIMA_OK && c.trace && sima_arena_failed(doc->arena))
    st = sima_error_set(err, SIMA_ERR_NOMEM, "coder: out of memory");
  return st;
}

/* The lemma ids token i may get in the coder, whatever part of speech the
** parse repairs leave it (token_lemma_id's lemma, form and stems, and
** surface_id's normalized form); up to 12 into out.  Returns the count.
** With lids, lids[i] gets the id of i's lemma, pat_lemma_id(v,
** doc->syn[i].lemma), for the coder. */
static uint32_t token_ids(const sima_verbs *v, const sima_doc *doc,
                          uint32_t i, uint32_t *out, uint32_t *lids) {
  uint32_t n = 0, id;
  const char *lemma = doc->syn[i].lemma;
  uint32_t lid = pat_lemma_id(v, lemma);
  if (lids)
    lids[i] = lid;
  if (lid != PAT_NONE)
    out[n++] = lid;
  const sima_token *tk = &doc->tokens[i];
  char w[64];
  if (tk->norm && tk->nnorm > 0 && tk->nnorm < sizeof w) {
    memcpy(w, tk->norm, tk->nnorm);
    w[tk->nnorm] = '\0';
    /* (pat_lemma_id folds ASCII case: a norm that is the lemma but for
    ** case has the lemma's id, already in out) */
    if ((!lemma || sima_casecmp(w, lemma)) &&
        (id = pat_lemma_id(v, w)) != PAT_NONE)
      out[n++] = id;
  }
  int plain;
  return n + form_ids(v, doc, i, out + n, &plain, lemma, lid);
}

/* Sorts v[0..n) ascending: quicksort (median of three, the smaller side
** first by recursion, the larger by the loop) down to runs of 16, then
** one insertion pass.  The ids of a sentence's words number a few
** dozen to a few hundred; qsort's comparator calls cost 3-4 times more. */
static void sort_u32(uint32_t *v, uint32_t n) {
  while (n > 16) {
    uint32_t a = v[0], b = v[n / 2], c = v[n - 1];
    uint32_t piv =
        a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
    uint32_t i = 0, j = n - 1;
    for (;;) { /* Hoare partition: [0, j] <= piv <= [j + 1, n) */
      while (v[i] < piv)
        i++;
      while (v[j] > piv)
        j--;
      if (i >= j)
        break;
      uint32_t t = v[i];
      v[i] = v[j];
      v[j] = t;
      i++;
      j--;
    }
    uint32_t left = j + 1;
    if (left < n - left) {
      sort_u32(v, left);
      v += left;
      n -= left;
    } else {
      sort_u32(v + left, n - left);
      n = left;
    }
  }
  for (uint32_t i = 1; i < n; i++) {
    uint32_t x = v[i], j = i;
    while (j > 0 && v[j - 1] > x) {
      v[j] = v[j - 1];
      j--;
    }
    v[j] = x;
  }
}

/* The ids of a sentence's words (sorted) with a 4096-bit filter over
** them: most ids a pattern names are no word of the sentence, and the
** filter says so without the binary search. */
typedef struct id_set {
  const uint32_t *ids;
  uint32_t n;
  uint64_t bits[64];
} id_set;

/* The filter bit of an id: the top 12 bits of a multiplicative hash. */
static uint32_t id_bit(uint32_t id) { return (id * 2654435761u) >> 20; }

/* Points set at ids[0..n) (sorted ascending, kept by the caller) and sets
** the filter's bit of each. */
static void id_set_init(id_set *set, const uint32_t *ids, uint32_t n) {
  set->ids = ids;
  set->n = n;
  memset(set->bits, 0, sizeof set->bits);
  for (uint32_t k = 0; k < n; k++)
    set->bits[id_bit(ids[k]) >> 6] |= (uint64_t)1 << (id_bit(ids[k]) & 63);
}

/* Is id in the set?  (the filter, then a binary search) */
static int id_in(const id_set *set, uint32_t id) {
  uint32_t b = id_bit(id);
  if (!(set->bits[b >> 6] & ((uint64_t)1 << (b & 63))))
    return 0;
  const uint32_t *ids = set->ids;
  uint32_t lo = 0, hi = set->n;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (ids[mid] == id)
      return 1;
    if (ids[mid] < id)
      lo = mid + 1;
    else
      hi = mid;
  }
  return 0;
}

/* Can pattern p match in a sentence whose token ids are ids (sorted)?  A
** necessary test: its extra trigger words, the case markers of its
** relations and one alternative of each named value must be words of the
** sentence (negated constraints, `*` values, nested constraints and the
** legacy word-order tests are not looked at). */
static int pattern_possible(const pat_pattern *p, const id_set *ids) {
  if (p->null)
    return 0;
  for (uint32_t e = 0; e < p->nextra; e++)
    if (!id_in(ids, p->extra[e]))
      return 0;
  for (uint32_t k = 0; k < p->ncons; k++) {
    const pat_cons *q = &p->cons[k];
    if (q->neg || q->rel.base > PAT_REL_BELOW)
      continue;
    if (q->rel.ncases) {
      uint32_t j = 0;
      while (j < q->rel.ncases && !id_in(ids, q->rel.cases[j]))
        j++;
      if (j == q->rel.ncases)
        return 0;
    }
    if (q->val.any || q->val.nalts == 0)
      continue;
    uint32_t a = 0;
    for (; a < q->val.nalts; a++) {
      const pat_phrase *ph = &q->val.alts[a];
      if (ph->nwords == 0 || id_in(ids, ph->words[0]) ||
          id_in(ids, ph->words[ph->nwords - 1]))
        break;
    }
    if (a == q->val.nalts)
      return 0;
  }
  return 1;
}

/* Can sentence s yield an event: has it a "must"/"should" (C-MUST) or a
** word heading a pattern that can match there?  Needs doc->syn's tags and
** lemmas only, no parse. */
static int sentence_can_code(const sima_verbs *v, const sima_doc *doc,
                             const sima_sentence *s, uint32_t *lids) {
  uint32_t first = s->first, end = first + s->count;
  if (end > doc->ntokens)
    end = doc->ntokens;
  if (end <= first)
    return 0;
  uint32_t cap = (end - first) * 12, n = 0;
  uint32_t stackbuf[1024];
  uint32_t *ids = cap <= 1024 ? stackbuf : malloc(cap * sizeof *ids);
  if (!ids)
    return 1; /* cannot tell: parse it */
  for (uint32_t i = first; i < end; i++) {
    const char *l = doc->syn[i].lemma;
    int l0 = l ? sima_ascii_lower((unsigned char)l[0]) : 0;
    if ((l0 == 'm' && !sima_casecmp(l, "must")) ||
        (l0 == 's' && !sima_casecmp(l, "should"))) {
      if (ids != stackbuf)
        free(ids);
      return 1;
    }
    n += token_ids(v, doc, i, ids + n, lids);
  }
  sort_u32(ids, n);
  id_set set;
  id_set_init(&set, ids, n);
  /* every id of every word may be a trigger: each distinct one heads its
  ** bucket once */
  int ok = 0;
  for (uint32_t k = 0; k < n && !ok; k++) {
    if (k > 0 && ids[k] == ids[k - 1])
      continue;
    uint32_t np = 0;
    pat_pattern *const *ps = pat_bucket_find(v, ids[k], &np);
    for (uint32_t j = 0; j < np && !ok; j++)
      ok = pattern_possible(ps[j], &set);
  }
  if (ids != stackbuf)
    free(ids);
  return ok;
}

void sima_code_candidates(const sima_verbs *v, const sima_code_opts *opts,
                          const sima_doc *doc, unsigned char *want) {
  coder_code_candidates(v, opts, doc, want, NULL);
}

void coder_code_candidates(const sima_verbs *v,
                           const sima_code_opts *opts, const sima_doc *doc,
                           unsigned char *want, uint32_t *lids) {
  uint32_t ns = doc->nsents, need = opts && opts->allow_single_actor ? 1 : 2;
  if (lids)
    for (uint32_t i = 0; i < doc->ntokens; i++)
      lids[i] = CODER_LID_UNKNOWN;
  if (ns == 0)
    return;
  memset(want, 0, ns);
  /* RULE C-DYAD: an event's actors are coded mentions of its own sentence
  ** (sima_code_doc: uncoded candidates are not actors), the sentence that
  ** holds the mention's first token: the count trace_sentence_stage makes
  ** (its C-DYAD record and this test agree, whatever the mentions' order) */
  uint32_t s;
  for (uint32_t i = 0; i < doc->nmentions; i++) {
    if (!doc->mentions[i].code)
      continue;
    const sima_sentence *se = coder_sentence_of(doc, doc->mentions[i].first);
    if (se && want[se - doc->sents] < 255)
      want[se - doc->sents]++;
  }
  /* and a pattern of one of its words can match there: C-MUST, or a
  ** pattern whose trigger, extra words, case markers and named values
  ** are all words of the sentence (sentence_can_code) */
  for (s = 0; s < ns; s++) {
    uint32_t enough = want[s] >= need;
    want[s] = 0;
    if (!enough || !doc->syn)
      continue;
    want[s] = (unsigned char)sentence_can_code(v, doc, &doc->sents[s], lids);
  }
}
