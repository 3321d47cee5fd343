/*
** mood.c — rule-based mood, negation and attribution for a coded event
** (the coder calls it once per trigger).  Rules, with their docs/rules.md
** ids:
**   C-NEG     "would not invade": not/never/n't on the verb or a verb
**             governing it through xcomp, or "failed/refused to" -> negated
**   C-NEG-ATTEMPT "tried in vain to", "nearly succeeded in" -> negated
**   C-MOOD-HYP    an if/unless clause on the verb or above it -> hypothetical
**   C-MOOD-REQ    under urge/ask/call on/demand ... (xcomp), or with
**                 must/should -> requested
**   C-MOOD-PLAN   will/would, or under plan/intend/vow/... -> planned;
**                 C-MOOD-PURPOSE "so that police could detain" -> planned
**   C-MOOD-EXP    under expect/likely/due/set to -> expected
**   C-MOOD-POSS   could/might/may, under consider/fear/wait, or a noun
**                 with possible/potential/alleged -> possible
**   C-MOOD-CLAIM  the content of an allegation/claim/charge, or of "no
**                 sign/evidence that" -> possible; C-MOOD-WHETHER a
**                 "whether" clause -> possible; C-MOOD-COND-NOUN the
**                 phrase of a (pre)condition -> hypothetical
**   C-ATTR    the verb is the content (ccomp) of a speech verb, has a
**             parenthetical "X said" (parataxis), or "according to X"
** Lists are small sorted tables in C (they are grammar, not vocabulary).
*/
#include "coder_int.h"
#include "timex.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define IN CODER_IN

/* Sorted (strcasecmp order).  test_coder checks the order. */
static const char *const speech_verbs[] = {
    "acknowledge", "add",     "admit",    "allege",  "announce", "assert",
    "believe",     "claim",   "confirm",  "declare", "disclose", "explain",
    "indicate",    "inform",  "insist",   "maintain", "note",    "quote",
    "recall",      "report",  "reveal",   "say",     "state",    "suggest",
    "tell",        "testify", "tweet",    "write"};

/* ("attempt"/"try" are not here: an attempt happened; CAMEO codes it,
** an attempted result possible: C-MOOD-ATTEMPT) */
static const char *const planned_heads[] = {
    "agree",     "aim",       "arrange",   "commit",  "consent",  "decide",
    "determine", "eye",       "gear",      "go",      "hope",     "intend",
    "look",      "mean",      "move",      "offer",   "plan",     "pledge",
    "prepare",   "promise",   "propose",   "resolve", "schedule", "seek",
    "swear",     "undertake", "volunteer", "vow",     "want",     "wish"};

/* Verbs of finding out whose content clause is a fact (C-MOOD-FOUND).
** Sorted. */
static const char *const found_heads[] = {"determine"};

/* Heads of a wish about another's act (C-MOOD-HOPE).  Sorted. */
static const char *const hope_heads[] = {"dream", "hope", "pray", "want",
                                         "wish"};
/* Adjectives of taking part (C-NEG-INVOLVED).  Sorted. */
static const char *const involved_adjs[] = {"complicit", "engaged", "implicated",
                                            "involve", "involved"};
/* RULE C-MOOD-DOUBT: heads of doubt about another's act ("is sceptical
** that Trump will launch an attack", "doubts the army would withdraw"):
** the doubted act may or may not happen, and a "will" in it is no
** threat or intent of the doer's.  Sorted. */
static const char *const doubt_heads[] = {"doubt",      "doubtful",
                                          "sceptical",  "skeptical",
                                          "unconvinced", "unsure"};
/* Heads of a fear about another's act (C-MOOD-FEAR).  Sorted. */
static const char *const fear_heads[] = {"afraid",  "dread",   "fear",
                                         "fearful", "worried", "worry"};

/* RULE C-MOOD-DISPOSED: adjectives of disposition: their complement is not
** done yet ("is ready to sign a deal", "is interested in exchanging
** information") */
static const char *const disposed_adjs[] = {
    "determined", "eager", "interested", "keen", "prepared", "ready",
    "willing"};

/* ("nears a final peace agreement": the agreement is still ahead) */
/* ("about to enter talks": the act is imminent, C-MOOD-EXP) */
static const char *const expected_heads[] = {
    "about",   "anticipate", "await",  "bound", "due",
    "expect",  "forecast",   "likely", "near",  "poise",
    "predict", "project",    "set",    "slate", "unlikely"};

static const char *const requested_heads[] = {
    "appeal",   "ask",    "beg",     "call",    "demand",   "encourage",
    "implore",  "invite", "need",    "order",   "persuade", "press",
    "pressure", "push",   "request", "require", "tell",     "urge"};

/* 1 when verb h has the object "pressure" ("put pressure on X"). */
static int pressure_object(const coder_ctx *c, uint32_t h) {
  for (int32_t d = c->first_child[h]; d >= 0; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_OBJ &&
        !sima_casecmp(coder_lemma(c, (uint32_t)d), "pressure"))
      return 1;
  return 0;
}

/* RULE C-MOOD-ACCUSED: verbs of accusation: the act they impute to
** someone ("accused the army of extorting miners", "blamed the police for
** killing protesters") is alleged, not established */
static const char *const accuse_heads[] = {"accuse", "blame", "charge",
                                           "indict", "suspect"};

int mood_accuse_head(const char *lemma) {
  return lemma && IN(accuse_heads, lemma);
}
/* ... and the reason given for an arrest ("was arrested for collaborating
** with Israel"): its for-clause is alleged as well.  Sorted. */
static const char *const arrest_heads[] = {"apprehend", "arrest", "detain",
                                           "imprison", "jail"};

/* ("waited to detain the smugglers, but they never came": waiting for
** a chance to act says nothing of the act) */
/* RULE C-MOOD-PLOT: a plot is no act and no announced intent
** ("plotting an assault", "scheming to launch attacks", "conspiring to
** import cocaine"): its act is possible */
static const char *const possible_heads[] = {
    "allow",    "authorise", "authorize", "consider", "conspire",
    "contemplate", "could",  "enable",    "fear",     "let",
    "mull",     "permit",    "plot",      "possible", "scheme",
    "threaten", "wait",      "warn",      "weigh"};

/* RULE C-NEG-FROM: heads whose "from" + gerund clause was not done
** ("refrained from criticizing", "prevented the protesters from
** attacking").  Sorted. */
static const char *const from_heads[] = {
    "abstain", "ban",      "bar",     "block",    "deter",   "discourage",
    "dissuade", "hold",    "keep",    "prevent",  "prohibit", "refrain",
    "restrain", "stop"};

int mood_from_head(const char *lemma) { return lemma && IN(from_heads, lemma); }

static const char *const planned_mods[] = {
    "forthcoming", "future", "planned", "proposed", "prospective",
    "scheduled",   "upcoming"};

/* (Sorted.  With the lemmas of the participles, which the tagger reads
** VBN and the lemmatizer gives as the verb: "the Russians' projected
** attack on Idlib", "projected" lemma "project", is one expected, not
** one made.  Not yet "plan", "propose", "schedule": a planned act that
** did not happen becomes a refusal, C-REFUSE, and "the planned talks did
** not take place" refused nothing) */
static const char *const expected_mods[] = {
    "anticipate", "anticipated", "expect", "expected", "imminent", "project",
    "projected"};

/* (with the lemmas of the participles: "a suspected meeting" is tagged
** VBN, lemma "suspect") */
static const char *const possible_mods[] = {
    "allege",   "alleged",    "allegedly", "apparent", "feared",
    "likely",   "maybe",      "perhaps",  "possible", "possibly",
    "potential", "potentially", "presumably", "probable", "probably",
    "purport",  "purported",  "purportedly", "reportedly", "rumor",
    "rumored",  "rumour",     "rumoured", "supposedly", "suspect",
    "suspected"};

/* RULE C-MOOD-NOUN: nouns of possibility: the act in their "of" phrase,
** clause or complement may or may not happen ("the possibility of the
** ELN reaching an agreement", "the prospect of police collaborating with
** gangs", "the risk of an attack") */
static const char *const possible_nouns[] = {
    "chance",     "danger",   "fear",        "hope",     "idea",
    "likelihood", "option",   "possibility", "prospect", "question",
    "risk",       "scenario", "specter",     "spectre",  "threat"};

/* C-MOOD-SLIM-CHANCE: the word that makes noun n of possibility a slim
** one (n chance, likelihood, possibility or prospect; the word a
** determiner "no" or an adjective little, remote, scant, slim), or -1. */
static int32_t slim_chance(const coder_ctx *c, uint32_t n) {
  static const char *const chance_nouns[] = {"chance", "likelihood",
                                             "possibility", "prospect"};
  static const char *const slim_adjs[] = {"little", "remote", "scant",
                                          "slim"};
  if (!IN(chance_nouns, coder_lemma(c, n)))
    return -1;
  for (int32_t d = c->first_child[n]; d >= 0; d = c->next_sib[d]) {
    const char *l = coder_lemma(c, (uint32_t)d);
    if ((c->syn[d].deprel == SIMA_DEP_DET && !sima_casecmp(l, "no")) ||
        (c->syn[d].deprel == SIMA_DEP_AMOD && IN(slim_adjs, l)))
      return d;
  }
  return -1;
}

/* RULE C-MOOD-DEADLINE: nouns of a date set for an act: the act in
** their phrase is still ahead, expected ("the March 23 deadline for a
** final ceasefire agreement", "on the eve of talks between ...", "a
** timetable for the withdrawal").  Sorted. */
static const char *const deadline_nouns[] = {
    "countdown", "deadline", "eve", "run-up", "timeline", "timetable"};

/* RULE C-MOOD-COMMIT: nouns of commitment or intent (mood_analyze).
** Sorted. */
static const char *const commit_nouns[] = {
    "bid",     "commitment", "determination", "intent",  "intention",
    "pledge",  "promise",    "readiness",     "resolve", "vow",
    "willingness"};

/* RULE C-MOOD-ABILITY: nouns of capacity or entitlement: the act in their
** to-clause is one that may happen, not one that did ("enough political
** capital to negotiate with the government", "the capacity to attack",
** "the right to protest").  Sorted. */
static const char *const ability_nouns[] = {
    "ability",  "capability", "capacity", "capital", "clout", "leverage",
    "means",    "muscle",     "power",    "right",   "strength", "wherewithal"};

/* C-MOOD-ABILITY-HUNG: verbs that give, take or change a capacity (the
** to-clause the parse hangs on them past their noun object).  Sorted. */
static const char *const capacity_verbs[] = {
    "boost",   "curb",     "curtail",    "diminish", "enhance", "give",
    "grant",   "improve",  "increase",   "lack",     "limit",   "reduce",
    "restrict", "strengthen", "undermine", "weaken"};

/* RULE C-MOOD-CLAIM: nouns of an unproven claim: the act in their
** content clause is alleged ("allegations the judges took bribes",
** "claims that the army killed civilians"); and nouns of evidence denied
** by "no" ("there is no sign that the police arrested the leaders") */
static const char *const claim_nouns[] = {
    "accusation", "allegation", "argument",  "assertion", "assumption",
    "belief",     "charge",     "claim",     "contention", "notion",
    "rumor",      "rumour",     "speculation", "suspicion", "theory"};
/* RULE C-MOOD-REQ-NOUN: nouns of a proposal or demand: the act in their
** subjunctive content clause is asked for, not done ("the proposal that
** the inspectors visit Douma", "the demand that the army withdraw").
** Sorted. */
static const char *const proposal_nouns[] = {"demand",   "insistence",
                                             "proposal", "recommendation",
                                             "request",  "suggestion"};
static const char *const evidence_nouns[] = {"evidence", "indication",
                                             "proof",    "sign"};

/* RULE C-MOOD-COND-NOUN: nouns of condition: the act in their phrase or
** clause is a condition, not an event ("a precondition to sitting down
** with the rebels") */
static const char *const cond_nouns[] = {"condition", "precondition",
                                         "prerequisite", "requirement"};

/* Adjectives that judge how hard or likely an act is, and how needed
** (C-MOOD-EVALUATIVE).  Sorted. */
static const char *const ease_adjs[] = {
    "difficult", "easy", "feasible", "hard", "possible", "simple", "tough"};
static const char *const need_adjs[] = {"crucial",   "essential", "imperative",
                                        "important", "necessary", "vital"};

/* (RULE C-NEG: "hardly" and "scarcely" deny as "not" does: "the SDF are
** hardly likely to attack") */
static const char *const neg_words[] = {"hardly", "n't", "never",
                                        "no",     "not", "scarcely"};

/* Heads whose open complement did not happen: "failed to reach a deal",
** "refused to commit aid" (when no pattern of their own consumed it). */
/* RULE C-NEG-UNABLE: so is that of "unable"/"unwilling" ("have been
** unable to establish control") and the to-clause of a noun of failure
** ("its inability to prosecute banks", "the army's failure to stop") */
static const char *const neg_heads[] = {"cease",  "decline", "fail",
                                        "neglect", "refuse", "reject",
                                        "stop",   "unable",  "unwilling"};
/* Heads that exclude their complement (C-NEG-RULEOUT).  Sorted. */
static const char *const ruleout_heads[] = {"exclude", "rule"};
static const char *const neg_nouns[] = {"failure", "inability", "refusal",
                                        "unwillingness"};
/* RULE C-NEG-AVERT: what is averted did not happen: the object of avert,
** avoid, foil, forestall, prevent, thwart, pre-empt, "head off", "stave
** off", "ward off" ("a deal to avoid an assault on the city", "police
** foiled an attack", "avoided meeting the envoy"); when the head itself
** is negated ("failed to prevent the attack", "did not avoid a clash")
** the act stands.  Sorted. */
static const char *const avert_heads[] = {
    "avert", "avoid", "foil", "forestall", "head", "pre-empt", "preempt",
    "prevent", "stave", "thwart", "ward"};

int mood_is_speech(const char *lemma) {
  return lemma && IN(speech_verbs, lemma);
}

/* Is `lemma` an adjective that judges how hard or how needed an act is
** (C-MOOD-EVALUATIVE: the ease and need adjectives, whose to-clause is
** possible or requested)?  ("impossible", which negates, is not one.) */
int mood_is_evaluative_adj(const char *lemma) {
  return lemma && (IN(ease_adjs, lemma) || IN(need_adjs, lemma));
}

/* RULE C-ATTR-VIEW: verbs (and adjectives) of argument, warning and
** worry voice their holder's view as "say" does: what "analysts argue
** that", "the general warned that", "some Hondurans worry that" or
** "officials are concerned that" tells is attributed to the holder (and
** keeps the mood the verb lends it: a feared act stays possible).
** Sorted. */
/* (and, RULE C-ATTR-HINT, verbs of insinuation: what "Issa insinuated
** that the department bore responsibility", "he implied that the gangs
** were negotiating" or "hints that police may be behind the murders"
** tells is the holder's suggestion, not the writer's fact) */
static const char *const view_verbs[] = {
    "afraid", "argue", "caution", "concede", "concerned", "contend", "doubt",
    "doubtful", "emphasise", "emphasize", "estimate", "fear", "hint", "imply",
    "insinuate", "predict", "sceptical", "skeptical", "stress", "unconvinced",
    "unsure", "warn", "worried", "worry"};

static int mood_is_view(const char *lemma) {
  return lemma && IN(view_verbs, lemma);
}

/* C-ATTR-VIEW: the holder of view verb h: its subject, unless that is a
** bare demonstrative ("those", "this": a broken parse of "an official
** who is among those sanctioned ... contended that"), or -1. */
static int32_t view_holder(const coder_ctx *c, uint32_t h) {
  int32_t s = coder_subject(c, h, 0);
  if (s >= 0 &&
      (c->syn[s].upos == SIMA_UPOS_PRON || c->syn[s].upos == SIMA_UPOS_DET) &&
      c->syn[s].xpos == SIMA_XPOS_DT &&
      (!sima_casecmp(coder_lemma(c, (uint32_t)s), "that") ||
       !sima_casecmp(coder_lemma(c, (uint32_t)s), "this") ||
       !sima_casecmp(coder_lemma(c, (uint32_t)s), "those") ||
       !sima_casecmp(coder_lemma(c, (uint32_t)s), "these")))
    return -1;
  return s;
}

int mood_is_complaint(const char *lemma) {
  /* (C-SPEAKER-CONTENT, C-REPAIR final speaker) */
  static const char *const complaint[] = {"charge", "complain", "protest"};
  return lemma && IN(complaint, lemma);
}

/* Is t itself negated: not/never/n't/no as an advmod or det dependent?
** Returns that word's index + 1, or 0.
** RULE C-NEG-ONLY: "not only", "not just" ... adds, it does not negate
** ("not only to fight X but also to ...") */
static int negated_here(const coder_ctx *c, uint32_t t) {
  static const char *const focus[] = {"just", "merely", "only", "simply",
                                      "solely"};
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned base = deprel_base(c->syn[d].deprel);
    if ((base == SIMA_DEP_ADVMOD || base == SIMA_DEP_DET ||
         c->syn[d].deprel == SIMA_DEP_AUX) &&
        IN(neg_words, coder_lemma(c, (uint32_t)d)) &&
        !((uint32_t)d + 1 < c->n &&
          IN(focus, coder_lemma(c, (uint32_t)d + 1))))
      return d + 1;
    /* RULE C-NEG-NOR: "no longer" denies as "not" does ("Turkish
    ** officials no longer demand that Assad be ousted"); and a verb
    ** coordinated by "nor", or opened by "neither", is denied ("nor do we
    ** ask the government for anything", "has neither confirmed nor denied
    ** the raid") */
    if (base == SIMA_DEP_ADVMOD &&
        (!sima_casecmp(coder_lemma(c, (uint32_t)d), "long") ||
         !sima_casecmp(coder_lemma(c, (uint32_t)d), "longer"))) {
      int32_t no = coder_child_word(c, (uint32_t)d, SIMA_DEP_ADVMOD, "no");
      if (no < 0)
        no = coder_child_word(c, (uint32_t)d, SIMA_DEP_DET, "no");
      if (no >= 0 && no < d)
        return no + 1;
    }
    if (c->syn[t].upos == SIMA_UPOS_VERB &&
        (base == SIMA_DEP_CC || base == SIMA_DEP_ADVMOD) &&
        (!sima_casecmp(coder_lemma(c, (uint32_t)d), "nor") ||
         !sima_casecmp(coder_lemma(c, (uint32_t)d), "neither")) &&
        (uint32_t)d < t)
      return d + 1;
    /* (so is a verb whose subject "neither" opens, "Neither Egypt nor
    ** Jordan condemned Israel": the preconjunct of the subject) */
    if (c->syn[t].upos == SIMA_UPOS_VERB && base == SIMA_DEP_NSUBJ &&
        (uint32_t)d < t) {
      int32_t nei = coder_child_word(c, (uint32_t)d, SIMA_DEP_CC,
                                     "neither");
      if (nei >= 0)
        return nei + 1;
    }
  }
  return 0;
}

/* RULE C-NEG-CONJ: does conjunct x keep its own frame: an auxiliary or
** subject of its own, or a "but" before it ("do not consider them
** terrorists, and have supported them", "did not comment, but condemned
** the strike")?  Then neither the first conjunct's negation nor its
** modal is its own. */
static int own_conjunct(const coder_ctx *c, uint32_t x) {
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if ((uint32_t)d > x)
      continue;
    if (b == SIMA_DEP_AUX || b == SIMA_DEP_NSUBJ ||
        (b == SIMA_DEP_CC && !sima_casecmp(coder_lemma(c, (uint32_t)d), "but")))
      return 1;
  }
  return 0;
}

/* RULE C-CONJ-BARE-MODAL: is conjunct x a bare verb (VB, or VBP: the
** tagger reads the bare form as a present) whose only own-frame mark is
** a "but" (no auxiliary, no subject of its own), coordinated with a verb
** that has a modal auxiliary?  Then it continues that modal ("announced
** it would accept, but prosecute, the returning fighters": the
** prosecution is as planned as the acceptance), though not its negation
** (C-NEG-CONJ).  1 if so. */
static int bare_but_conjunct(const coder_ctx *c, uint32_t x) {
  int32_t h = c->syn[x].head;
  if (h < 0 || (uint32_t)h >= c->n ||
      (c->syn[x].xpos != SIMA_XPOS_VB && c->syn[x].xpos != SIMA_XPOS_VBP))
    return 0;
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if ((uint32_t)d < x && (b == SIMA_DEP_AUX || b == SIMA_DEP_NSUBJ))
      return 0;
  }
  for (int32_t d = c->first_child[h]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_AUX && c->syn[d].xpos == SIMA_XPOS_MD)
      return 1;
  return 0;
}

/* Has verb v the particle p ("ruled out": compound:prt)? */
static int has_particle(const coder_ctx *c, uint32_t v, const char *p) {
  for (int32_t d = c->first_child[v]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_COMPOUND_PRT &&
        !sima_casecmp(coder_lemma(c, (uint32_t)d), p))
      return 1;
  return 0;
}

/* Do clauses a and b have the same subject (the same word, or mentions
** of the same actor code): "we fear we will lose"? */
static int same_subject(const coder_ctx *c, uint32_t a, uint32_t b) {
  int32_t sa = coder_subject(c, a, 0), sb = coder_subject(c, b, 0);
  if (sa < 0 || sb < 0)
    return 0;
  if (!sima_casecmp(coder_lemma(c, (uint32_t)sa), coder_lemma(c, (uint32_t)sb)))
    return 1;
  int32_t ma = c->tok2men[sa], mb = c->tok2men[sb];
  return ma >= 0 && mb >= 0 && c->doc->mentions[ma].code &&
         c->doc->mentions[mb].code &&
         !strcmp(c->doc->mentions[ma].code, c->doc->mentions[mb].code);
}

/* Is h a head of C-NEG-AVERT (with its particle "off" for head, stave
** and ward)? */
int mood_avert_head(const coder_ctx *c, uint32_t h) {
  const char *l = coder_lemma(c, h);
  if (!IN(avert_heads, l))
    return 0;
  if (!sima_casecmp(l, "head") || !sima_casecmp(l, "stave") ||
      !sima_casecmp(l, "ward"))
    return has_particle(c, h, "off");
  return 1;
}

/* RULE C-NEG-SUBJECT: verbs of taking place, whose negation negates
** their event-noun subject ("the talks did not happen"); any other
** predicate says something of an event that took place ("coalition
** attacks do not discriminate by nationality").  Sorted. */
static const char *const occur_verbs[] = {
    "begin", "come", "continue", "go",     "happen",  "materialise",
    "materialize", "occur", "proceed", "resume", "start", "succeed",
    "take"};

/* Is "that" (d, a dependent of clause x) the complementizer parsed as a
** pronoun: a subject or object of x while x has another one ("the
** accusation that Britain directed the attack": "that" an obj beside
** "attack")?  (C-MOOD-CLAIM) */
static int slot_filled(const coder_ctx *c, uint32_t x, int32_t d) {
  unsigned b = deprel_base(c->syn[d].deprel);
  if (sima_casecmp(coder_lemma(c, (uint32_t)d), "that") ||
      (b != SIMA_DEP_OBJ && b != SIMA_DEP_NSUBJ))
    return 0;
  for (int32_t e = c->first_child[x]; e >= 0; e = c->next_sib[e])
    if (e != d && deprel_base(c->syn[e].deprel) == b)
      return 1;
  return 0;
}

/* Does clause x have a relative pronoun (that, which, who, whom) as a
** subject, object or oblique of its own? */
static int relative_clause(const coder_ctx *c, uint32_t x) {
  static const char *const rel[] = {"that", "where", "which", "who", "whom"};
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if (b != SIMA_DEP_MARK && c->syn[d].upos == SIMA_UPOS_PRON &&
        IN(rel, coder_lemma(c, (uint32_t)d)) && !slot_filled(c, x, d))
      return 1;
  }
  return 0;
}

/* RULE C-MOOD-CLAIM: is noun h a claim noun ("allegations", "claims")
** that no governing verb confirms ("confirmed rumors that ..."), or an
** evidence noun under "no" ("no sign that ...")? */
static int claim_noun(const coder_ctx *c, uint32_t h) {
  static const char *const confirm[] = {"confirm", "prove", "substantiate",
                                        "verify"};
  const char *hl = coder_lemma(c, h);
  if (IN(evidence_nouns, hl))
    return negated_here(c, h);
  if (!IN(claim_nouns, hl))
    return 0;
  int32_t v = c->syn[h].head;
  return !(v >= 0 && (uint32_t)v < c->n && IN(confirm, coder_lemma(c, (uint32_t)v)));
}

/* RULE C-NEG-NOSIGN: the "no" of an evidence noun h under "no" ("there
** is no sign that the authorities have arrested the gang leaders", "no
** evidence that the army fired"): its index + 1, or 0.  The act it
** denies evidence of is not known to have happened: negated, beside the
** mood `possible` C-MOOD-CLAIM gives it. */
static int nosign_cue(const coder_ctx *c, uint32_t h) {
  if (!IN(evidence_nouns, coder_lemma(c, h)))
    return 0;
  return negated_here(c, h);
}


/* RULE C-NOUN-WILL-SUBJ: the noun a to-clause hangs on when the parse makes
** that noun the clause's subject: "Denmark's refusal to offer a right of
** return would violate the treaty" (refusal --nsubj--> offer, "to" its
** marker) reads as "Denmark's refusal [to offer ...]".  Returns the noun subject
** of x that ends right before x's "to" marker, or -1. */
static int32_t to_clause_subject_noun(const coder_ctx *c, uint32_t x) {
  int32_t m = -1;
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_MARK &&
        !sima_casecmp(coder_lemma(c, (uint32_t)d), "to"))
      m = d;
  if (m <= 0 || (uint32_t)m > x)
    return -1;
  int32_t n = m - 1;
  if (c->syn[n].head != (int32_t)x || c->syn[n].upos != SIMA_UPOS_NOUN ||
      deprel_base(c->syn[n].deprel) != SIMA_DEP_NSUBJ)
    return -1;
  return n;
}
/* The first token of the subtree of x (within 64 tokens before it). */
static uint32_t left_edge(const coder_ctx *c, uint32_t x) {
  uint32_t le = x;
  for (uint32_t k = x > 64 ? x - 64 : 0; k < x; k++) {
    int32_t a = (int32_t)k;
    for (int up = 0; up < 32 && a >= 0 && (uint32_t)a < c->n; up++) {
      if ((uint32_t)a == x) {
        return k;
      }
      a = c->syn[a].head;
    }
  }
  return le;
}

/* C-MOOD-NOUN, C-MOOD-DEADLINE: the noun whose phrase noun x is: its
** head when x is its nmod, or, the parse hanging the phrase elsewhere
** ("comes a month before the deadline for a final agreement": agreement
** an obl of "comes"), the noun right before x's own for/of/on/to
** marker; or -1. */
static int32_t phrase_noun(const coder_ctx *c, uint32_t x) {
  int32_t h = c->syn[x].head;
  if (h >= 0 && (uint32_t)h < c->n &&
      deprel_base(c->syn[x].deprel) == SIMA_DEP_NMOD &&
      c->syn[h].upos == SIMA_UPOS_NOUN)
    return h;
  uint32_t le = left_edge(c, x);
  if (le > 0 && le < x && c->syn[le].upos == SIMA_UPOS_ADP &&
      c->syn[le].head == (int32_t)x &&
      (!sima_casecmp(coder_lemma(c, le), "for") ||
       !sima_casecmp(coder_lemma(c, le), "of") ||
       !sima_casecmp(coder_lemma(c, le), "on") ||
       !sima_casecmp(coder_lemma(c, le), "to")) &&
      c->syn[le - 1].upos == SIMA_UPOS_NOUN && c->tok2men[le - 1] < 0)
    return (int32_t)le - 1;
  return -1;
}

/* RULE C-MOOD-WHERE: a "where" clause in the simple present (no
** auxiliary of its own) on the place of an act tells what goes on there
** then: it is in that act's frame, its mood and speaker ("the talks are
** likely to resume in Doha, where the emir plays host to both sides":
** expected; "a solution will be a deal between states, where the
** Americans agree with the Russians, he said": planned, said by him).
** Returns the predicate whose place the clause describes (the one
** governing the noun right before "where", however the parse hangs the
** clause), or -1. */
static int32_t where_frame(const coder_ctx *c, uint32_t x) {
  unsigned b = deprel_base(c->syn[x].deprel);
  if (b != SIMA_DEP_ADVCL && b != SIMA_DEP_PARATAXIS && b != SIMA_DEP_ACL)
    return -1;
  if (c->syn[x].xpos != SIMA_XPOS_VBZ && c->syn[x].xpos != SIMA_XPOS_VBP)
    return -1;
  int32_t w = -1;
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d]) {
    unsigned db = deprel_base(c->syn[d].deprel);
    if (db == SIMA_DEP_AUX || db == SIMA_DEP_COP)
      return -1;
    if (db == SIMA_DEP_ADVMOD && (uint32_t)d < x &&
        !sima_casecmp(coder_lemma(c, (uint32_t)d), "where") && w < 0)
      w = d;
  }
  if (w <= 0)
    return -1;
  int32_t a = w - 1;
  if (c->syn[a].upos == SIMA_UPOS_PUNCT && a > 0)
    a--;
  if (c->syn[a].upos != SIMA_UPOS_NOUN && c->syn[a].upos != SIMA_UPOS_PROPN)
    return -1;
  /* up from the place to the predicate it belongs to */
  for (int step = 0; step < 6; step++) {
    int32_t h = c->syn[a].head;
    if (h < 0 || (uint32_t)h >= c->n || h == (int32_t)x)
      return -1;
    unsigned u = c->syn[h].upos;
    if (u == SIMA_UPOS_VERB || u == SIMA_UPOS_ADJ ||
        coder_child_word(c, (uint32_t)h, SIMA_DEP_COP, "be") >= 0)
      return h;
    a = h;
  }
  return -1;
}

/* The word right before the clause of predicate x, read off the text
** rather than the parse (which often hangs "denied that the army
** attacked" or "so that police could detain" wrongly): the token before
** the first word of x's own subject, past a "that" (*that is then 1; a
** "that" parsed as the subject's determiner counts), or -1 when x has no
** subject before it or that word is in another sentence.  (C-NEG-DENIED,
** C-MOOD-CLAIM, C-MOOD-PURPOSE, C-MOOD-PLAN) */
static int32_t clause_opener(const coder_ctx *c, uint32_t x, int *that) {
  *that = 0;
  int32_t s = -1; /* (the nearest: not the "claim" of "nsubj:outer") */
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_NSUBJ && (uint32_t)d < x)
      s = d;
  const sima_sentence *se = coder_sentence_of(c->doc, x);
  if (s < 0 || !se)
    return -1;
  uint32_t le = left_edge(c, (uint32_t)s);
  if (le < (uint32_t)s && !sima_casecmp(coder_lemma(c, le), "that"))
    le++; /* ("so that police could": "that" parsed as a determiner) */
  if (le <= se->first)
    return -1;
  uint32_t k = le - 1;
  if (!sima_casecmp(coder_lemma(c, k), "that")) {
    if (k <= se->first)
      return -1;
    *that = 1;
    k--;
  }
  return (int32_t)k;
}

/* RULE C-MOOD-HESITANT (fear, p14k): an adjective of fear (afraid,
** fearful, frightened, scared, terrified, wary) holds its act back as
** "reluctant" does.  Is k such an adjective?  1 or 0.  Sorted. */
static int fear_adjective(const coder_ctx *c, uint32_t k) {
  static const char *const fear[] = {"afraid", "fearful",   "frightened",
                                     "scared", "terrified", "wary"};
  return c->syn[k].upos == SIMA_UPOS_ADJ && IN(fear, coder_lemma(c, k));
}

/* C-MOOD-HESITANT (fear): is adjective k told in the present (a copula
** "is"/"are"/"am", or none)?  "judges that are not afraid of indicting
** police officers" is a disposition; "the army was not afraid to attack"
** did it.  1 or 0. */
static int present_fear(const coder_ctx *c, uint32_t k) {
  for (int32_t d = c->first_child[k]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if (b == SIMA_DEP_AUX)
      return 0;
    if (b == SIMA_DEP_COP)
      return c->syn[d].xpos == SIMA_XPOS_VBP || c->syn[d].xpos == SIMA_XPOS_VBZ;
  }
  return 1;
}

/* C-MOOD-HESITANT (fear): the fear adjective whose "of" clause holds
** trigger t ("afraid of indicting police officers": an advcl marked "of",
** which the walk up does not climb), or -1. */
static int32_t feared_of(const coder_ctx *c, uint32_t t) {
  int32_t h = c->syn[t].head;
  if (h < 0 || (uint32_t)h >= c->n ||
      deprel_base(c->syn[t].deprel) != SIMA_DEP_ADVCL ||
      !coder_has_marker(c, t, "of") || !fear_adjective(c, (uint32_t)h))
    return -1;
  return h;
}

/* RULE C-MOOD-PURPOSE ("in order to"): a to-clause marked "in order to"
** or "so as to" says what an act is done for, not that it was done
** ("hid their tips in order to be the first to capture the
** fugitive": no capture told).  Returns the "in" or "so" of such a
** marker on trigger t, or on a clause above it reached through open
** complements, to-clauses ("the first to capture") and conjuncts with
** no subject of their own, or -1.  A plain to-clause of purpose ("fired
** tear gas to disperse the crowd") is left asserted: the act it names
** usually follows. */
/* (own_subject: does predicate x have a subject of its own? 1 or 0) */
static int own_subject(const coder_ctx *c, uint32_t x) {
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_NSUBJ)
      return 1;
  return 0;
}
static int32_t in_order_to(const coder_ctx *c, uint32_t t) {
  uint32_t x = t;
  for (int step = 0; step < 5; step++) {
    for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d]) {
      if (c->syn[d].deprel != SIMA_DEP_MARK ||
          sima_casecmp(coder_lemma(c, (uint32_t)d), "to") || d < 2)
        continue;
      const char *a = coder_lemma(c, (uint32_t)d - 2);
      const char *b = coder_lemma(c, (uint32_t)d - 1);
      if ((!sima_casecmp(a, "in") && !sima_casecmp(b, "order")) ||
          (!sima_casecmp(a, "so") && !sima_casecmp(b, "as")))
        return d - 2;
    }
    int32_t h = c->syn[x].head;
    if (h < 0 || (uint32_t)h >= c->n)
      return -1;
    unsigned rel = deprel_base(c->syn[x].deprel);
    int up = rel == SIMA_DEP_XCOMP ||
             ((rel == SIMA_DEP_ADVCL || rel == SIMA_DEP_CONJ) &&
              !own_subject(c, x) &&
              (rel == SIMA_DEP_CONJ || coder_has_marker(c, x, "to")));
    if (!up)
      return -1;
    x = (uint32_t)h;
  }
  return -1;
}

/* RULE C-NEG-NONE ("no way"): the "no" of a "no way" before trigger t in
** its clause ("there was no way the rebels were going to attack the
** capital", "there is no way to arrest them"), or -1.  The scan stops at
** ";", ":" and at a "but" or "so" that opens another clause. */
static int32_t no_way(const coder_ctx *c, uint32_t t) {
  const sima_sentence *se = coder_sentence_of(c->doc, t);
  if (!se)
    return -1;
  for (uint32_t k = t; k > se->first && k + 40 > t; k--) {
    uint32_t w = k - 1;
    const char *l = coder_lemma(c, w);
    if (!strcmp(l, ";") || !strcmp(l, ":") || !sima_casecmp(l, "but") ||
        !sima_casecmp(l, "so"))
      return -1;
    if (!sima_casecmp(l, "no") && w + 1 < t &&
        !sima_casecmp(coder_lemma(c, w + 1), "way"))
      return (int32_t)w;
  }
  return -1;
}

/* Heads that announce a move (C-MOOD-PLAN: "confirmed he was ending all
** operations", "the announcement that he was pulling the troops out").
** Sorted. */
static const char *const announce_heads[] = {"announce", "announcement",
                                             "confirm", "declare"};
/* Moves that, announced in the progressive, are still to be made ("he
** was ending", "they are pulling out"); an activity ("were
** investigating", "is working with") goes on already.  Sorted. */
static const char *const move_verbs[] = {
    "abandon", "close", "cut",   "deploy", "end",     "expel",
    "halt",    "leave", "lift",  "pull",   "quit",    "recall",
    "scrap",   "send",  "sever", "stop",   "suspend", "withdraw"};

/* Is trigger t a progressive ("was pulling", "is ending": "be" + -ing,
** no other auxiliary) in the content of an announcement (clause opener
** k)?  An announced move in the progressive is one about to be made. */
static int announced_progressive(const coder_ctx *c, uint32_t t, int32_t k) {
  static const char *const period[] = {"day",  "month", "today",
                                       "week", "year",  "yesterday"};
  /* (past a time phrase: "the announcement last month that he was
  ** pulling the troops out", "announced on Friday that ...") */
  const sima_sentence *se = coder_sentence_of(c->doc, t);
  if (k > 0 && se &&
      (IN(period, coder_lemma(c, (uint32_t)k)) ||
       timex_calendar_name(&c->doc->tokens[k])))
    for (int back = 0; back < 3 && (uint32_t)k > se->first; back++) {
      k--;
      if (IN(announce_heads, coder_lemma(c, (uint32_t)k)))
        break;
    }
  if (k < 0 || c->syn[t].xpos != SIMA_XPOS_VBG ||
      !IN(announce_heads, coder_lemma(c, (uint32_t)k)) ||
      !IN(move_verbs, coder_lemma(c, t)))
    return 0;
  int be = 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    if (c->syn[d].deprel != SIMA_DEP_AUX)
      continue;
    if (sima_casecmp(coder_lemma(c, (uint32_t)d), "be"))
      return 0;
    be = 1;
  }
  return be;
}

/* An if/unless clause attached to t, or t inside one. */
/* Is clause x marked as a condition: "if", "unless", "lest", "in case",
** or the inverted "should" before its subject ("should the office decide
** to prosecute")?  Returns the marker's index + 1, or 0. */
static int cond_clause(const coder_ctx *c, uint32_t x) {
  int m;
  if ((m = coder_has_marker(c, x, "if")) ||
      (m = coder_has_marker(c, x, "unless")) ||
      (m = coder_has_marker(c, x, "lest")))
    return m;
  /* "in case those groups are targeting civilians" (mark "in", fixed
  ** "case") */
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_MARK &&
        !sima_casecmp(coder_lemma(c, (uint32_t)d), "in"))
      for (int32_t f = c->first_child[d]; f >= 0; f = c->next_sib[f])
        if (!sima_casecmp(coder_lemma(c, (uint32_t)f), "case"))
          return d + 1;
  int32_t aux = -1, subj = -1;
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d]) {
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_AUX &&
        !sima_casecmp(coder_lemma(c, (uint32_t)d), "should") && aux < 0)
      aux = d;
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_NSUBJ && subj < 0)
      subj = d;
  }
  return aux >= 0 && subj >= 0 && aux < subj ? aux + 1 : 0;
}

/* RULE C-MOOD-EVEN-IF: an "if" clause led by "even", "especially" or
** "particularly" does not make the clause it hangs on hypothetical: "even
** if" concedes (the act holds whatever happens), "especially if" names a
** case where it holds all the more ("the ministry will join the
** talks especially if the rebels split": planned, not hypothetical).
** The act inside the "if" clause stays hypothetical.
** 1 if the condition marker at index m - 1 is so led. */
static int concessive_if(const coder_ctx *c, int m) {
  static const char *const lead[] = {"especially", "even", "particularly"};
  if (m < 2 || sima_casecmp(coder_lemma(c, (uint32_t)(m - 1)), "if"))
    return 0;
  /* the adverb right before "if", however the parse hangs it (on the
  ** clause, on "if" or on the verb the clause hangs on) */
  uint32_t w = (uint32_t)(m - 2);
  return c->syn[w].upos == SIMA_UPOS_ADV && IN(lead, coder_lemma(c, w));
}

/* (the condition's marker's index + 1, or 0) */
static int conditional_here(const coder_ctx *c, uint32_t t) {
  int m;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_ADVCL &&
        (m = cond_clause(c, (uint32_t)d)) &&
        !concessive_if(c, m))
      return m;
  if (deprel_base(c->syn[t].deprel) == SIMA_DEP_ADVCL &&
      (m = cond_clause(c, t)))
    return m;
  return 0;
}

/* 1 when t has a mark dependent ("if", "because", "to"). */
static int has_mark(const coder_ctx *c, uint32_t t) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_MARK)
      return 1;
  return 0;
}

/* (C-MOOD-ALLEGED's words among possible_mods) */
static const char *const alleged_mods[] = {
    "allege",    "alleged",   "allegedly", "purport",   "purported",
    "purportedly", "reportedly", "supposedly"};

/* The mood signalled by t's own aux and modifier dependents; *cue and
** *rule get the word and the rule (unchanged for an assertion). */
int mood_modal_possible(const coder_ctx *c, int32_t w) {
  if (w < 0 || (uint32_t)w >= c->n || c->syn[w].deprel != SIMA_DEP_AUX)
    return 0;
  const char *l = coder_lemma(c, (uint32_t)w);
  return !sima_casecmp(l, "could") || !sima_casecmp(l, "may") ||
         !sima_casecmp(l, "might");
}

/* RULE C-MOOD-IF-TRUE: a condition of truth ("if the reports are
** correct", "if true", "if confirmed") doubts the report it governs, not
** a world that may come: so it reaches an intent, a threat or an appeal
** too, which C-MOOD-COND otherwise keeps out of their condition ("if El
** Tiempo's reports are accurate, the cartel aims to forge ties with the
** ELN": the aim itself is in doubt).  Sorted. */
static const char *const truth_words[] = {"accurate", "confirm", "confirmed",
                                          "correct",  "right",   "true",
                                          "verified", "verify"};

int mood_truth_condition(const coder_ctx *c, int32_t w) {
  if (w < 0 || (uint32_t)w >= c->n ||
      sima_casecmp(coder_lemma(c, (uint32_t)w), "if"))
    return 0;
  int32_t h = c->syn[w].head;
  if (h < 0 || (uint32_t)h >= c->n ||
      !IN(truth_words, coder_lemma(c, (uint32_t)h)))
    return 0;
  /* (no object of its own: "if they confirm the deal" is a condition
  ** on an act) */
  return coder_child_by(c, (uint32_t)h, SIMA_DEP_OBJ) < 0;
}

/* RULE C-MOOD-ATTEMPT (grammar): verbs and nouns of trying.  Sorted.
** (C-MOOD-STRUGGLE: "struggle to" is a hard try whose outcome is open:
** "the court struggles to convict the officers" convicted no one yet) */
static const char *const attempt_verbs[] = {"attempt", "endeavor", "endeavour",
                                            "strive",  "struggle", "try"};
static const char *const attempt_nouns[] = {"attempt", "bid", "effort",
                                            "endeavor", "endeavour"};

int32_t mood_attempt_of(const coder_ctx *c, uint32_t t) {
  uint32_t k = t;
  for (int step = 0; step < 6; step++) {
    int32_t h = c->syn[k].head;
    if (h < 0 || (uint32_t)h >= c->n)
      return -1;
    unsigned b = deprel_base(c->syn[k].deprel);
    if (b == SIMA_DEP_CONJ) {
      if (own_conjunct(c, k))
        return -1;
      k = (uint32_t)h;
      continue;
    }
    const char *hl = coder_lemma(c, (uint32_t)h);
    if (coder_is_xcomp(c, k) && c->syn[h].upos == SIMA_UPOS_VERB)
      return IN(attempt_verbs, hl) ? h : -1;
    if (b == SIMA_DEP_ACL && coder_has_marker(c, k, "to") &&
        c->syn[h].upos == SIMA_UPOS_NOUN)
      return IN(attempt_nouns, hl) ? h : -1;
    return -1;
  }
  return -1;
}

/* 1 when punctuation stands between tokens a and b (a < b). */
static int punct_between(const coder_ctx *c, uint32_t a, uint32_t b) {
  for (uint32_t k = a + 1; k < b; k++)
    if (c->syn[k].upos == SIMA_UPOS_PUNCT)
      return 1;
  return 0;
}

/* The "?" that closes t's question, or -1 (C-MOOD-QUESTION): the first
** "?" after t in its sentence with no "." ";" ":" "," before it ("Will
** Russia attack Ukraine?", also quoted: "'Will Russia attack?' he
** asked"). */
/* RULE C-MOOD-WH-FACT: a question of how or why about an act in the
** present or past, with no modal ("How Much Is Peru Arming the Rebels?",
** "Why did Chile expel the envoy?"), asks about an act it takes as done:
** no question mood.  1 if t's sentence opens so. */
static int wh_fact_question(const coder_ctx *c, const sima_sentence *se,
                            uint32_t t) {
  if (se->count < 3 || (sima_casecmp(coder_lemma(c, se->first), "how") &&
                        sima_casecmp(coder_lemma(c, se->first), "why")))
    return 0;
  /* RULE C-MOOD-WH-DEGREE: a question of degree ("How Much Is Peru
  ** Arming the Rebels?", "how often do police take bribes?") asks how far
  ** the act goes, and "not at all" is one answer: it reports no act, so
  ** C-MOOD-QUESTION stays (possible).  CAMEO codes what a text reports;
  ** "why" and a "how" of manner take the act as done. */
  {
    static const char *const degree[] = {"far", "many", "much", "often"};
    if (!sima_casecmp(coder_lemma(c, se->first), "how") &&
        IN(degree, coder_lemma(c, se->first + 1)))
      return 0;
  }
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].xpos == SIMA_XPOS_MD)
      return 0;
  return 1;
}

static int32_t question_mark(const coder_ctx *c, uint32_t t) {
  const sima_doc *doc = c->doc;
  const sima_sentence *se = coder_sentence_of(doc, t);
  if (se && wh_fact_question(c, se, t))
    return -1;
  if (se) {
    /* (bounded: a pathological "sentence" of many thousand tokens) */
    for (uint32_t k = t + 1; k < se->first + se->count && k < t + 256; k++) {
      const sima_token *tk = &doc->tokens[k];
      char ch = tk->len == 1 ? doc->text[tk->off] : 0;
      if (ch == '?')
        return (int32_t)k;
      /* (a comma ends the act's clause: "Russia attacked Ukraine, but
      ** why?" asks about the act, it does not doubt it) */
      if (ch == '.' || ch == ';' || ch == ':' || ch == ',')
        return -1;
    }
    return -1;
  }
  return -1;
}

/* The first token of t's sentence when it opens an inverted condition
** (C-MOOD-HYP: "Were X to ...", "Had X done ...", "Should X ...", the
** sentence no question and the word capitalised), else -1. */
static int32_t inverted_condition(const coder_ctx *c, uint32_t t) {
  const sima_doc *doc = c->doc;
  const sima_sentence *se = coder_sentence_of(doc, t);
  if (se && se->count > 0) {
    uint32_t a = se->first, last = se->first + se->count - 1;
    const sima_token *tk = &doc->tokens[a];
    const char *w = doc->text + tk->off;
    int word = (tk->len == 4 && !strncmp(w, "Were", 4)) ||
               (tk->len == 3 && !strncmp(w, "Had", 3)) ||
               (tk->len == 6 && !strncmp(w, "Should", 6));
    const sima_token *lt = &doc->tokens[last];
    int question = lt->len == 1 && doc->text[lt->off] == '?';
    /* a subject right after the word ("Had the army ...") */
    int subj = a + 1 <= last && (c->syn[a + 1].upos == SIMA_UPOS_PROPN ||
                                 c->syn[a + 1].upos == SIMA_UPOS_NOUN ||
                                 c->syn[a + 1].upos == SIMA_UPOS_DET ||
                                 c->syn[a + 1].upos == SIMA_UPOS_PRON);
    int comma = 0;
    for (uint32_t k = a + 2; k < last && k < a + 64 && !comma && word; k++)
      comma = doc->tokens[k].len == 1 && doc->text[doc->tokens[k].off] == ',';
    return word && subj && comma && !question ? (int32_t)a : -1;
  }
  return -1;
}

/* The head noun of an "According to X," that opens t's sentence (t not
** inside it), or -1; *first and *last get the phrase's words (after "to",
** before the comma). */
static int32_t opening_according(const coder_ctx *c, uint32_t t,
                                 int32_t *first, int32_t *last) {
  const sima_doc *doc = c->doc;
  const sima_sentence *se = coder_sentence_of(doc, t);
  if (!se)
    return -1;
  uint32_t a = se->first, end = se->first + se->count;
  if (a + 2 >= end || sima_casecmp(coder_lemma(c, a), "accord") != 0 ||
      sima_casecmp(coder_lemma(c, a + 1), "to") != 0)
    return -1;
  /* the phrase runs to the first comma; its head is the last noun of the
  ** noun phrase that opens it ("a U.S. diplomatic cable leaked last
  ** spring": cable; "the US State Department's 2012 ... Report") */
  uint32_t comma = a + 2;
  while (comma < end && comma < a + 64 && c->syn[comma].upos != SIMA_UPOS_PUNCT)
    comma++;
  if (comma >= end || t <= comma || c->syn[comma].upos != SIMA_UPOS_PUNCT)
    return -1;
  *first = (int32_t)a + 2;
  *last = (int32_t)comma - 1;
  int32_t head = -1;
  for (uint32_t re = a + 2; re < comma; re++) {
    unsigned u = c->syn[re].upos;
    if (u == SIMA_UPOS_NOUN || u == SIMA_UPOS_PROPN)
      head = (int32_t)re;
    else if (u != SIMA_UPOS_DET && u != SIMA_UPOS_ADJ &&
             u != SIMA_UPOS_NUM && u != SIMA_UPOS_PART)
      break;
  }
  /* (or, when the tagger broke that noun phrase, the parse's head of the
  ** phrase: "rebel commanders" with "rebel" read as a verb) */
  for (uint32_t k = a + 2; k < comma && head < 0; k++) {
    int32_t h = c->syn[k].head;
    if ((c->syn[k].upos == SIMA_UPOS_NOUN ||
         c->syn[k].upos == SIMA_UPOS_PROPN) &&
        (h < (int32_t)a + 2 || h >= (int32_t)comma))
      head = (int32_t)k;
  }
  return head;
}

/* Is token k a quotation mark (", “, ”, `` or '')? */
static int quote_tok(const coder_ctx *c, uint32_t k) {
  const sima_token *tk = &c->doc->tokens[k];
  const char *w = c->doc->text + tk->off;
  if (c->syn[k].xpos == SIMA_XPOS_LQUOTE || c->syn[k].xpos == SIMA_XPOS_RQUOTE)
    return 1;
  return (tk->len == 1 && w[0] == '"') ||
         (tk->len == 3 && (unsigned char)w[0] == 0xE2 &&
          (unsigned char)w[1] == 0x80 &&
          ((unsigned char)w[2] == 0x9C || (unsigned char)w[2] == 0x9D));
}

/* RULE C-ATTR-QUOTE: a sentence that opens with a quotation and closes it
** with its speaker ("'... will be a deal between states, where the
** Americans agree with the Russians,' he said", "'... she says") is that
** speaker's, however the parse hangs the quotation: the events inside
** the quotation are attributed to the subject of the verb of speech or
** view right after it.  Returns that subject, or -1. */
static int32_t closing_speaker(const coder_ctx *c, uint32_t t) {
  const sima_sentence *se = coder_sentence_of(c->doc, t);
  if (!se || se->count < 4 || !quote_tok(c, se->first) || t <= se->first)
    return -1;
  uint32_t end = se->first + se->count;
  uint32_t q = t + 1;
  while (q < end && q < t + 256 && !quote_tok(c, q))
    q++;
  if (q >= end || !quote_tok(c, q))
    return -1;
  /* (the quotation closes a clause: ",", ".", "?" or "!" before it) */
  const sima_token *pt = &c->doc->tokens[q - 1];
  char pc = pt->len == 1 ? c->doc->text[pt->off] : 0;
  if (pc != ',' && pc != '.' && pc != '?' && pc != '!')
    return -1;
  uint32_t k = q;
  while (k < end && (quote_tok(c, k) || c->syn[k].upos == SIMA_UPOS_PUNCT))
    k++;
  for (uint32_t v = k; v < end && v < k + 8; v++) {
    if (c->syn[v].upos == SIMA_UPOS_PUNCT)
      return -1;
    const char *l = coder_lemma(c, v);
    if (c->syn[v].upos == SIMA_UPOS_VERB &&
        (mood_is_speech(l) || mood_is_view(l))) {
      int32_t s = coder_subject(c, v, 0);
      return s > (int32_t)q ? s : -1;
    }
  }
  return -1;
}

/* RULE C-ATTR-QUOTE-NEXT: a sentence that is one whole quotation, with
** no speaker of its own, right after a quotation closed by its speaker
** ("'The Turks are taking land that isn't theirs,' said a Kurdish
** spokesman. 'They are trying to blackmail the EU.'") goes on quoting that
** speaker: its events are attributed to the speaker of the sentence
** before.  Returns that speaker's subject token, or -1. */
static int32_t continued_speaker_n(const coder_ctx *c, uint32_t t,
                                   int depth) {
  const sima_sentence *se = coder_sentence_of(c->doc, t);
  if (!se || se->count < 4 || !quote_tok(c, se->first) ||
      se == c->doc->sents)
    return -1;
  uint32_t end = se->first + se->count, last = end - 1;
  while (last > se->first && c->syn[last].upos == SIMA_UPOS_PUNCT &&
         !quote_tok(c, last))
    last--;
  if (last <= se->first + 1 || !quote_tok(c, last))
    return -1;
  for (uint32_t k = se->first + 1; k < last; k++)
    if (quote_tok(c, k))
      return -1; /* (the quotation closes inside the sentence) */
  const sima_sentence *ps = se - 1;
  if (ps->count < 4 || ps->first + ps->count != se->first)
    return -1;
  int32_t s = closing_speaker(c, ps->first + 1);
  /* (and a run of such sentences: "'...,' said X. 'A.' 'B.'": B is X's,
  ** up to three sentences on) */
  if (s < 0 && depth < 3)
    s = continued_speaker_n(c, ps->first, depth + 1);
  return s;
}

static int32_t continued_speaker(const coder_ctx *c, uint32_t t) {
  return continued_speaker_n(c, t, 1);
}

/* Is the subject of "be to" verb t an actor mention or a personal
** pronoun (C-MOOD-BE-TO)? */
static int be_to_actor(const coder_ctx *c, uint32_t t) {
  int32_t s = coder_subject(c, t, 0);
  for (int32_t d = c->first_child[t]; d >= 0 && s < 0; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_NSUBJ)
      s = d; /* ("nsubj:outer" beside the copula) */
  if (s < 0 || (uint32_t)s >= c->n)
    return 0;
  return c->tok2men[s] >= 0 || c->syn[s].xpos == SIMA_XPOS_PRP;
}

/* C-MOOD-ABLE (present): the copula of t when t is "able" or "capable"
** in the simple present ("are able to", or a conjunct: "are willing and
** able to") or a gerund ("them being able to", p14h), with no auxiliary;
** -1 otherwise.  p14c */
static int32_t present_able(const coder_ctx *c, uint32_t t) {
  if (c->syn[t].upos != SIMA_UPOS_ADJ ||
      (sima_casecmp(coder_lemma(c, t), "able") &&
       sima_casecmp(coder_lemma(c, t), "capable")))
    return -1;
  uint32_t y = t;
  if (c->syn[t].deprel == SIMA_DEP_CONJ && c->syn[t].head >= 0 &&
      c->syn[c->syn[t].head].upos == SIMA_UPOS_ADJ)
    y = (uint32_t)c->syn[t].head;
  int32_t k = coder_child_by(c, y, SIMA_DEP_COP);
  if (k < 0 || sima_casecmp(coder_lemma(c, (uint32_t)k), "be") ||
      (c->syn[k].xpos != SIMA_XPOS_VBZ && c->syn[k].xpos != SIMA_XPOS_VBP &&
       c->syn[k].xpos != SIMA_XPOS_VBG) ||
      coder_child_by(c, y, SIMA_DEP_AUX) >= 0 ||
      coder_child_by(c, t, SIMA_DEP_AUX) >= 0)
    return -1;
  return k;
}

/* RULE C-MOOD-ABLE-CONTINUE: does the path from trigger t up to x pass a
** verb of going on (continue, keep) whose object or open complement it
** climbs from ("are able to continue attacks", "can keep attacking")?
** Then the act is under way: a capacity to go on with it reports it,
** and C-MOOD-ABLE (present) does not make it possible.  1 if so. */
static int continued_below(const coder_ctx *c, uint32_t t, uint32_t x) {
  static const char *const go_on[] = {"continue", "keep"};
  for (uint32_t k = t, steps = 0; k != x && steps < 12; steps++) {
    int32_t h = c->syn[k].head;
    if (h < 0 || (uint32_t)h >= c->n)
      return 0;
    if (c->syn[h].upos == SIMA_UPOS_VERB &&
        IN(go_on, coder_lemma(c, (uint32_t)h)) &&
        (deprel_base(c->syn[k].deprel) == SIMA_DEP_OBJ ||
         coder_is_xcomp(c, k)))
      return 1;
    k = (uint32_t)h;
  }
  return 0;
}

/* RULE C-MOOD-SUBJECT-EVENT: is nominal trigger t, the subject of verb
** h, an event the sentence takes as given: definite (a possessor, or
** the, this, that, these, those) and the subject of a predicate that
** tells what the event brings about, not that it happens (h no verb of
** occurrence: "the Zetas' invasion of Monterrey may mean the end of
** the gang" invaded; "an attack may happen", "a US strike could trigger
** a war" stay possible)?  Then the predicate's modal is the
** consequence's, not the event's.  1 if so. */
static int given_subject_event(const coder_ctx *c, uint32_t t, uint32_t h) {
  static const char *const def[] = {"that", "the", "these", "this", "those"};
  if (c->syn[t].upos != SIMA_UPOS_NOUN || c->syn[h].upos != SIMA_UPOS_VERB ||
      IN(occur_verbs, coder_lemma(c, h)))
    return 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    if ((uint32_t)d > t)
      break;
    if (c->syn[d].deprel == SIMA_DEP_NMOD_POSS ||
        (deprel_base(c->syn[d].deprel) == SIMA_DEP_DET &&
         IN(def, coder_lemma(c, (uint32_t)d))))
      return 1;
  }
  return 0;
}

/* RULE C-MOOD-FUT-PERFECT: "will have done" with no deadline ahead ("by
** June", "by the time ...", "until ...") is the writer's guess at what has
** happened, not a plan: "the ministry will already have shared some files
** with Spanish police" may have shared (064, possible), no
** intent to share (0314).  "By 2020 the army will have withdrawn" stays
** planned.  1 if t (a past participle) has the auxiliary "have" after the
** "will" / "shall" at w and no by/until phrase or clause. */
static int future_perfect_guess(const coder_ctx *c, uint32_t t, int32_t w) {
  int32_t hv = coder_child_word(c, t, SIMA_DEP_AUX, "have");
  const char *l = coder_lemma(c, (uint32_t)w);
  if (hv < w || c->syn[t].xpos != SIMA_XPOS_VBN ||
      (sima_casecmp(l, "will") && sima_casecmp(l, "shall") &&
       sima_casecmp(l, "'ll")))
    return 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if ((b == SIMA_DEP_OBL || b == SIMA_DEP_ADVCL) &&
        (coder_has_marker(c, (uint32_t)d, "by") ||
         coder_has_marker(c, (uint32_t)d, "until") ||
         coder_has_marker(c, (uint32_t)d, "when")))
      return 0;
  }
  return 1;
}

/* RULE C-MOOD-HEADLINE-TO: a headline's "X to V" ("Bolivia to Ask UN
** for Help With Coca Crops", "Police to Deploy More Officers in the
** Capital") drops the "is" of "is to": the act is announced or
** scheduled, not done (as C-MOOD-BE-TO).  The "to" mark of t when t is
** the sentence's root, a bare infinitive (VB) with a subject of its own
** and no auxiliary or copula; else -1. */
static int32_t headline_to(const coder_ctx *c, uint32_t t) {
  if (c->syn[t].head >= 0 || c->syn[t].upos != SIMA_UPOS_VERB ||
      c->syn[t].xpos != SIMA_XPOS_VB ||
      coder_child_by(c, t, SIMA_DEP_NSUBJ) < 0 ||
      coder_child_by(c, t, SIMA_DEP_AUX) >= 0 ||
      coder_child_by(c, t, SIMA_DEP_COP) >= 0)
    return -1;
  return coder_child_word(c, t, SIMA_DEP_MARK, "to");
}

static sima_mood own_mood(const coder_ctx *c, uint32_t t, int32_t *cue,
                          const char **rule) {
  /* C-MOOD-ABLE (present): "are able to", "is capable of" in the simple
  ** present tells a capacity, not an act ("from their hideout, the
  ** guerrillas are able to attack the authorities", "they are willing
  ** and able to commit violent acts against businesses"): possible; "was
  ** able to arrest him" did, and stays.  p14c.  (A capacity to go on
  ** with an act reports it: C-MOOD-ABLE-CONTINUE, mood_analyze) */
  {
    int32_t k = present_able(c, t);
    if (k >= 0) {
      *cue = k;
      *rule = "C-MOOD-ABLE";
      return SIMA_MOOD_POSSIBLE;
    }
  }
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    const char *l = coder_lemma(c, (uint32_t)d);
    unsigned rel = c->syn[d].deprel, base = deprel_base(rel);
    sima_mood m = SIMA_MOOD_ASSERTED;
    const char *r = NULL;
    if (rel == SIMA_DEP_AUX) {
      if (!sima_casecmp(l, "could") || !sima_casecmp(l, "might") ||
          !sima_casecmp(l, "may") || !sima_casecmp(l, "can"))
        m = SIMA_MOOD_POSSIBLE, r = "C-MOOD-POSS";
      else if (!sima_casecmp(l, "must") || !sima_casecmp(l, "should"))
        m = SIMA_MOOD_REQUESTED, r = "C-MOOD-REQ"; /* "Libya must ..." */
      /* RULE C-MOOD-ABLE: "would be able to", "will be capable of": an
      ** ability to come, no plan: possible ("the new court would be able
      ** to investigate, arrest and prosecute criminals"; "was able to
      ** arrest him" did, and stays asserted) */
      else if ((!sima_casecmp(l, "will") || !sima_casecmp(l, "would") ||
                !sima_casecmp(l, "shall") || !sima_casecmp(l, "'ll")) &&
               c->syn[t].upos == SIMA_UPOS_ADJ &&
               (!sima_casecmp(coder_lemma(c, t), "able") ||
                !sima_casecmp(coder_lemma(c, t), "capable")))
        m = SIMA_MOOD_POSSIBLE, r = "C-MOOD-ABLE";
      else if (sima_casecmp(l, "would") && future_perfect_guess(c, t, d))
        m = SIMA_MOOD_POSSIBLE, r = "C-MOOD-FUT-PERFECT";
      else if (!sima_casecmp(l, "will") || !sima_casecmp(l, "would") ||
               !sima_casecmp(l, "shall") || !sima_casecmp(l, "'ll"))
        m = SIMA_MOOD_PLANNED, r = "C-MOOD-PLAN";
    } else if ((rel == SIMA_DEP_COP || base == SIMA_DEP_AUX) &&
               !sima_casecmp(l, "be") && c->syn[t].xpos == SIMA_XPOS_VB &&
               coder_child_word(c, t, SIMA_DEP_MARK, "to") >= 0 &&
               be_to_actor(c, t)) {
      /* RULE C-MOOD-BE-TO: "the Home Office is to suspend", "the leaders
      ** are to meet next week": decided or scheduled, not yet done; not
      ** "one of his first acts was to send troops", "the aim is to ..."
      ** (the subject must be an actor or a personal pronoun) */
      m = SIMA_MOOD_PLANNED, r = "C-MOOD-BE-TO";
    } else if (base == SIMA_DEP_AMOD || base == SIMA_DEP_ADVMOD) {
      if (IN(possible_mods, l))
        m = SIMA_MOOD_POSSIBLE,
        r = IN(alleged_mods, l) ? "C-MOOD-ALLEGED" : "C-MOOD-POSS";
      else if (IN(planned_mods, l))
        m = SIMA_MOOD_PLANNED, r = "C-MOOD-PLAN";
      else if (IN(expected_mods, l))
        m = SIMA_MOOD_EXPECTED, r = "C-MOOD-EXP";
    } else if (base == SIMA_DEP_OBL && coder_has_marker(c, (uint32_t)d, "by")) {
      /* C-MOOD-ALLEGED on the agent: "eight police were assassinated,
      ** allegedly by members of another group" */
      int32_t a = CODER_CHILD_IN(c, (uint32_t)d, SIMA_DEP_ADVMOD, alleged_mods);
      if (a >= 0) {
        *cue = a;
        *rule = "C-MOOD-ALLEGED";
        return SIMA_MOOD_POSSIBLE;
      }
    }
    if (r) {
      *cue = d;
      *rule = r;
      return m;
    }
  }
  {
    int32_t k = headline_to(c, t);
    if (k >= 0) {
      *cue = k;
      *rule = "C-MOOD-HEADLINE-TO";
      return SIMA_MOOD_PLANNED;
    }
  }
  return SIMA_MOOD_ASSERTED;
}

/* Does the path from t up to its governor x (t itself, or x above it)
** climb only conjuncts and open complements (xcomp, or a to-clause
** without a subject of its own)? */
static int open_chain(const coder_ctx *c, uint32_t t, uint32_t x) {
  for (uint32_t k = t, steps = 0; k != x; steps++) {
    int32_t h = c->syn[k].head;
    if (steps > 16 || h < 0 || (uint32_t)h >= c->n ||
        (c->syn[k].deprel != SIMA_DEP_CONJ && !coder_is_xcomp(c, k)))
      return 0;
    k = (uint32_t)h;
  }
  return 1;
}

/* Is h ("seem", "appear") an inference frame: with a complement of its
** own ("appears to have attacked", "seems concerned") or with "it"
** ("it appears that the police ...")?  Not "the number appears just days
** after ..." */
static int seem_frame(const coder_ctx *c, uint32_t h) {
  for (int32_t d = c->first_child[h]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if (b == SIMA_DEP_XCOMP)
      return 1;
    if ((b == SIMA_DEP_NSUBJ || b == SIMA_DEP_EXPL) &&
        !sima_casecmp(coder_lemma(c, (uint32_t)d), "it"))
      return 1;
  }
  return 0;
}

/* Verbs of report or belief whose passive hedges its complement
** (C-MOOD-ALLEGED).  Sorted. */
static const char *const hearsay_verbs[] = {
    "allege", "believe", "claim",   "presume", "report", "rumor",
    "rumour", "say",     "suppose", "suspect", "think"};

/* C-MOOD-POSS (an outcome enabled): did "allow"/"enable" h report what
** the thing it names made happen: past ("allowed", "has enabled"), with
** no modal, and with "this", "that", "which" or "it" as subject ("this
** allowed them to harass the family", "a political base, which has
** allowed them to form alliances")?  A rule or a person that allowed
** something only permitted it ("the provision allowed the authorities to
** freeze accounts": possible). */
static int enabled_outcome(const coder_ctx *c, uint32_t h) {
  static const char *const pro[] = {"it", "that", "this", "which"};
  const char *l = coder_lemma(c, h);
  if (sima_casecmp(l, "allow") && sima_casecmp(l, "enable"))
    return 0;
  if (c->syn[h].xpos != SIMA_XPOS_VBD && c->syn[h].xpos != SIMA_XPOS_VBN)
    return 0;
  int32_t s = -1;
  for (int32_t d = c->first_child[h]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if (b == SIMA_DEP_AUX && sima_casecmp(coder_lemma(c, (uint32_t)d), "have"))
      return 0; /* ("would allow", "is allowed", "could have allowed") */
    if (b == SIMA_DEP_NSUBJ && c->syn[d].deprel == SIMA_DEP_NSUBJ)
      s = d;
  }
  return s >= 0 && (uint32_t)s < h && IN(pro, coder_lemma(c, (uint32_t)s));
}

/* C-MOOD-HAVE-TO: has "have" h a to-clause (xcomp) and no "yet" ("has
** yet to capture" is C-NEG-YET's)? */
static int have_to(const coder_ctx *c, uint32_t h) {
  if (coder_child_word(c, h, SIMA_DEP_ADVMOD, "yet") >= 0)
    return 0;
  for (int32_t d = c->first_child[h]; d >= 0; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_XCOMP &&
        coder_has_marker(c, (uint32_t)d, "to"))
      return 1;
  return 0;
}

/* RULE C-MOOD-NEED-OWN: is verb h ("need") a need of the subject's own
** plan rather than a demand on it: a step before the goal ("first need
** to capture the hospital"), a conjunct of a verb of plan ("are planning
** to ... and need to"), or what the subject says it needs ("the
** government says it needs to take back control": a personal pronoun
** subject in the content clause of a verb of speech)?  1 if so; "Mexico
** needs to fight corruption", the writer's or another's demand, stays
** requested (C-MOOD-REQ). */
static int own_need(const coder_ctx *c, uint32_t h) {
  static const char *const own_pron[] = {"i", "it", "they", "we"};
  if (sima_casecmp(coder_lemma(c, h), "need") ||
      c->syn[h].upos != SIMA_UPOS_VERB)
    return 0;
  int32_t fst = coder_child_word(c, h, SIMA_DEP_ADVMOD, "first");
  if (fst >= 0 && (uint32_t)fst < h)
    return 1;
  int32_t g = c->syn[h].head;
  if (g < 0 || (uint32_t)g >= c->n || c->syn[g].upos != SIMA_UPOS_VERB)
    return 0;
  const char *gl = coder_lemma(c, (uint32_t)g);
  if (c->syn[h].deprel == SIMA_DEP_CONJ && IN(planned_heads, gl) &&
      coder_subject(c, h, 0) < 0)
    return 1;
  if (deprel_base(c->syn[h].deprel) == SIMA_DEP_CCOMP &&
      mood_is_speech(gl)) {
    int32_t s = coder_subject(c, h, 0);
    return s >= 0 && c->syn[s].xpos == SIMA_XPOS_PRP &&
           IN(own_pron, coder_lemma(c, (uint32_t)s));
  }
  return 0;
}

/* RULE C-MOOD-DECIDED-NOT: a choice made in the past not to act ("the
** court decided not to charge the mayor", "the army chose not to
** enter the town", "Peru opted not to extradite them") tells an act left
** undone: asserted and negated, as "refused to" is, not a plan for later
** ("decided to charge him" stays planned).  1 when h (decide, choose,
** elect, opt) is in the simple past or the perfect, with no modal, and
** its to-clause x carries the negation. */
static int decided_not(const coder_ctx *c, uint32_t h, uint32_t x) {
  static const char *const choose[] = {"choose", "decide", "elect", "opt"};
  if (c->syn[h].upos != SIMA_UPOS_VERB || !IN(choose, coder_lemma(c, h)) ||
      !coder_has_marker(c, x, "to") || !negated_here(c, x) ||
      negated_here(c, h))
    return 0;
  for (int32_t d = c->first_child[h]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_AUX && c->syn[d].xpos == SIMA_XPOS_MD)
      return 0;
  return c->syn[h].xpos == SIMA_XPOS_VBD ||
         (c->syn[h].xpos == SIMA_XPOS_VBN &&
          coder_child_word(c, h, SIMA_DEP_AUX, "have") >= 0);
}

/* C-MOOD-WOULD-MEAN: is h a verb of consequence (entail, imply, mean)
** under "would" ("it would mean that ...")? */
static int consequence_verb(const coder_ctx *c, uint32_t h) {
  static const char *const conseq[] = {"entail", "imply", "mean"};
  return c->syn[h].upos == SIMA_UPOS_VERB && IN(conseq, coder_lemma(c, h)) &&
         coder_child_word(c, h, SIMA_DEP_AUX, "would") >= 0;
}

/* 1 when h is mean, imply or entail, negated ("does not mean"):
** C-MOOD-NOT-MEAN. */
static int not_meant(const coder_ctx *c, uint32_t h) {
  static const char *const conseq[] = {"entail", "imply", "mean"};
  return c->syn[h].upos == SIMA_UPOS_VERB && IN(conseq, coder_lemma(c, h)) &&
         negated_here(c, h);
}

/* The mood a governing word `h` lends to its complement; *rule gets its
** rule (unchanged for an assertion). */
static sima_mood head_mood(const coder_ctx *c, uint32_t h, const char **rule) {
  const char *l = coder_lemma(c, h);
  sima_mood m = SIMA_MOOD_ASSERTED;
  const char *r = NULL;
  /* RULE C-MOOD-GO-ON: "went on to win", "could go on to fight": "go on
  ** to" tells what came next, not a plan (only "going to" plans) */
  if (!sima_casecmp(l, "go") &&
      (has_particle(c, h, "on") ||
       coder_child_word(c, h, SIMA_DEP_ADVMOD, "on") >= 0))
    return SIMA_MOOD_ASSERTED;
  /* RULE C-MOOD-PERSUADED: "persuade" and "convince" in the past tell
  ** that it worked ("a chemical attack persuaded Trump to launch missile
  ** strikes", "was convinced to release them"): the act was done;
  ** "trying to persuade", "will persuade" still ask */
  if ((!sima_casecmp(l, "persuade") || !sima_casecmp(l, "convince")) &&
      c->syn[h].upos == SIMA_UPOS_VERB &&
      (c->syn[h].xpos == SIMA_XPOS_VBD || c->syn[h].xpos == SIMA_XPOS_VBN) &&
      coder_child_word(c, h, SIMA_DEP_AUX, "will") < 0 &&
      coder_child_word(c, h, SIMA_DEP_AUX, "would") < 0 &&
      coder_child_word(c, h, SIMA_DEP_AUX, "could") < 0 &&
      coder_child_word(c, h, SIMA_DEP_AUX, "might") < 0 &&
      coder_child_word(c, h, SIMA_DEP_AUX, "may") < 0)
    return SIMA_MOOD_ASSERTED;
  if (own_need(c, h))
    m = SIMA_MOOD_PLANNED, r = "C-MOOD-NEED-OWN";
  else if (IN(requested_heads, l))
    m = SIMA_MOOD_REQUESTED, r = "C-MOOD-REQ";
  else if (IN(expected_heads, l))
    m = SIMA_MOOD_EXPECTED, r = "C-MOOD-EXP";
  else if (IN(planned_heads, l))
    m = SIMA_MOOD_PLANNED, r = "C-MOOD-PLAN";
  else if (c->syn[h].upos == SIMA_UPOS_ADJ && IN(disposed_adjs, l))
    m = SIMA_MOOD_PLANNED, r = "C-MOOD-DISPOSED";
  /* RULE C-MOOD-SEEM: what seems or appears to be so ("the army appears
  ** to have attacked the camp", "the Pentagon seems concerned") is the
  ** writer's inference: possible */
  else if ((!sima_casecmp(l, "seem") || !sima_casecmp(l, "appear")) &&
           c->syn[h].upos == SIMA_UPOS_VERB && seem_frame(c, h))
    m = SIMA_MOOD_POSSIBLE, r = "C-MOOD-SEEM";
  else if (enabled_outcome(c, h))
    m = SIMA_MOOD_ASSERTED;
  /* RULE C-MOOD-HAVE-TO: "has to", "will have to", "would have to" say
  ** what must be done, as "must" does: requested ("Central American gangs
  ** would have to work with Mexican cartels", "Russia will have to
  ** withdraw"); "had to", "having to" tell what was done and stay */
  else if (!sima_casecmp(l, "have") && c->syn[h].upos == SIMA_UPOS_VERB &&
           have_to(c, h) &&
           (c->syn[h].xpos == SIMA_XPOS_VBZ ||
            c->syn[h].xpos == SIMA_XPOS_VBP ||
            (c->syn[h].xpos == SIMA_XPOS_VB &&
             (coder_child_word(c, h, SIMA_DEP_AUX, "will") >= 0 ||
              coder_child_word(c, h, SIMA_DEP_AUX, "would") >= 0 ||
              coder_child_word(c, h, SIMA_DEP_AUX, "'ll") >= 0))))
    m = SIMA_MOOD_REQUESTED, r = "C-MOOD-HAVE-TO";
  /* C-MOOD-ALLEGED: the complement of a passive verb of report or belief
  ** ("are believed to have ambushed the miners", "is rumoured to be
  ** talking to the gang", "is said to have ordered") is alleged; "is
  ** known to have" is no doubt */
  else if (IN(hearsay_verbs, l) && c->syn[h].upos == SIMA_UPOS_VERB &&
           coder_is_passive(c, h))
    m = SIMA_MOOD_POSSIBLE, r = "C-MOOD-ALLEGED";
  else if (IN(possible_heads, l))
    m = SIMA_MOOD_POSSIBLE, r = !sima_casecmp(l, "plot") ||
                                        !sima_casecmp(l, "scheme") ||
                                        !sima_casecmp(l, "conspire")
                                    ? "C-MOOD-PLOT"
                                    : "C-MOOD-POSS";
  if (r)
    *rule = r;
  return m;
}

/* RULE C-NEG-ATTEMPT: an attempt that failed did not do its act.  The
** act an attempt aims at is coded (CAMEO codes the effort; an attempted
** result, "the militia tried to capture the town", is possible:
** C-MOOD-ATTEMPT, coder.c), but not when the text says it
** failed: "tried in vain to arrest", "tried unsuccessfully to", "attempted,
** to no avail, to", "sought without success to", and "nearly (almost)
** succeeded in killing", "nearly managed to", "nearly overthrew".  Returns
** the cue word (vain, unsuccessfully, avail, success, nearly ...) or -1.
** An attempted killing stays an attempt (185: "tried to kill" is coded
** so by its own pattern, whose trigger is the verb of trying itself). */
/* 1 when h is an adjective with a copula ("may be able"): a predicate
** that carries its clause's modal. */
static int predicate_adj(const coder_ctx *c, uint32_t h) {
  return c->syn[h].upos == SIMA_UPOS_ADJ &&
         coder_child_by(c, h, SIMA_DEP_COP) >= 0;
}

/* The "would" on h (C-MOOD-MEANS-WOULD), or -1; none when h is the
** content clause of a verb of saying, where "would" is a future told
** ("said it would respond by imposing sanctions": a plan). */
static int32_t would_means(const coder_ctx *c, uint32_t h) {
  int32_t wd = coder_child_word(c, h, SIMA_DEP_AUX, "would");
  int32_t v = c->syn[h].head;
  if (wd < 0)
    return -1;
  if (v >= 0 && (uint32_t)v < c->n &&
      (deprel_base(c->syn[h].deprel) == SIMA_DEP_CCOMP ||
       c->syn[h].deprel == SIMA_DEP_PARATAXIS) &&
      mood_is_speech(coder_lemma(c, (uint32_t)v)))
    return -1;
  return wd;
}

static int32_t failure_cue(const coder_ctx *c, uint32_t v) {
  static const char *const adv[] = {"fruitlessly", "unsuccessfully",
                                    "vainly"};
  for (int32_t d = c->first_child[v]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    const char *l = coder_lemma(c, (uint32_t)d);
    if (b == SIMA_DEP_ADVMOD && IN(adv, l))
      return d;
    if ((b == SIMA_DEP_OBL || b == SIMA_DEP_XCOMP || b == SIMA_DEP_NMOD ||
         b == SIMA_DEP_ADVMOD) &&
        ((!sima_casecmp(l, "vain") && coder_has_marker(c, (uint32_t)d, "in")) ||
         (!sima_casecmp(l, "success") &&
          coder_has_marker(c, (uint32_t)d, "without")) ||
         (!sima_casecmp(l, "avail") && coder_has_marker(c, (uint32_t)d, "to"))))
      return d;
  }
  return -1;
}

/* "nearly" (or, with almost = 1, "almost") before verb v as its adverb:
** "nearly succeeded", "nearly overthrew".  Returns it or -1.  ("almost"
** on the act itself hedges more often than it denies: "the envoy almost
** begged the rebels" did beg) */
static int32_t near_miss(const coder_ctx *c, uint32_t v, int almost) {
  for (int32_t d = c->first_child[v]; d >= 0; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_ADVMOD &&
        (uint32_t)d < v &&
        (!sima_casecmp(coder_lemma(c, (uint32_t)d), "nearly") ||
         (almost && !sima_casecmp(coder_lemma(c, (uint32_t)d), "almost"))))
      return d;
  return -1;
}

/* C-NEG-ATTEMPT: the cue word that says trigger t's act failed ("vain",
** "unsuccessfully", "nearly" ...: t has "nearly" itself, or is the
** complement of a verb of trying with a failure word, or of "nearly
** succeeded / managed"), or -1. */
static int32_t failed_attempt(const coder_ctx *c, uint32_t t) {
  static const char *const try_heads[] = {"attempt",  "endeavor", "endeavour",
                                          "seek",     "strive",   "try"};
  static const char *const reach_heads[] = {"manage", "succeed"};
  int32_t cue;
  if (c->syn[t].upos == SIMA_UPOS_VERB && (cue = near_miss(c, t, 0)) >= 0)
    return cue;
  uint32_t x = t;
  int32_t vain = -1;
  for (int step = 0; step < 4; step++) {
    int32_t h = c->syn[x].head;
    if (h < 0 || (uint32_t)h >= c->n)
      return -1;
    unsigned b = deprel_base(c->syn[x].deprel);
    if (b != SIMA_DEP_XCOMP && b != SIMA_DEP_ADVCL)
      return -1;
    const char *hl = coder_lemma(c, (uint32_t)h);
    /* ("tried -- in vain -- to arrest": arrest --advcl--> vain
    ** --xcomp--> tried) */
    if (!sima_casecmp(hl, "vain") && vain < 0) {
      vain = h;
      x = (uint32_t)h;
      continue;
    }
    if (c->syn[h].upos != SIMA_UPOS_VERB)
      return -1;
    if (IN(try_heads, hl)) {
      if (vain >= 0)
        return vain;
      if ((cue = failure_cue(c, (uint32_t)h)) >= 0 ||
          (cue = failure_cue(c, x)) >= 0)
        return cue;
      return -1;
    }
    if (IN(reach_heads, hl))
      return near_miss(c, (uint32_t)h, 1);
    return -1;
  }
  return -1;
}

/* The head of t's subtree span, widened to a contiguous token range. */
static int32_t attribution_from(const coder_ctx *c, uint32_t speech) {
  int32_t s = coder_subject(c, speech, 0);
  return s;
}

/* C-ATTR, C-ATTR-VIEW for a walk that stops below the content clause:
** the speaker of the clause v heads (v, or a verb it is a conjunct or
** open complement of, the content of a verb of speech or view) sets
** out->attr. */
static void speaker_above(const coder_ctx *c, uint32_t v, mood_info *out) {
  for (int step = 0; step < 6; step++) {
    int32_t h = c->syn[v].head;
    if (h < 0 || (uint32_t)h >= c->n)
      return;
    unsigned b = deprel_base(c->syn[v].deprel);
    if (b == SIMA_DEP_CCOMP) {
      const char *l = coder_lemma(c, (uint32_t)h);
      int sp = mood_is_speech(l);
      if ((sp || (mood_is_view(l) && (c->syn[h].upos == SIMA_UPOS_VERB ||
                                      c->syn[h].upos == SIMA_UPOS_ADJ))) &&
          (out->attr = sp ? attribution_from(c, (uint32_t)h)
                          : view_holder(c, (uint32_t)h)) >= 0)
        out->attr_rule = sp ? "C-ATTR" : "C-ATTR-VIEW";
      return;
    }
    if (c->syn[v].deprel != SIMA_DEP_CONJ && !coder_is_xcomp(c, v))
      return;
    v = (uint32_t)h;
  }
}

/* RULE C-NEG-DENIED: the act is denied by verb d ("deny"): negated (unless
** neg_block) and, when d has a subject and no attribution is set yet,
** attributed to it. */
/* RULE C-NEG-DENIED-CLAIM: a claim or report the speaker denies,
** dismisses, rejects or refutes ("Russia rejected claims that its jets
** bombed the hospital", "police dismissed reports that officers had
** attacked the journalists"): the verb of denial h governs as its object
** (not itself negated: "did not deny reports that"), or -1.  Its content
** is possible (C-MOOD-CLAIM) and negated, in the denier's words. */
static int32_t denied_claim(const coder_ctx *c, uint32_t h) {
  /* Sorted. */
  static const char *const deny[] = {"debunk", "deny",   "discount",
                                     "dismiss", "rebut", "refute",
                                     "reject"};
  static const char *const told[] = {"report", "story", "suggestion"};
  const char *hl = coder_lemma(c, h);
  if (!IN(claim_nouns, hl) && !IN(told, hl))
    return -1;
  int32_t v = c->syn[h].head;
  if (v < 0 || (uint32_t)v >= c->n || c->syn[v].upos != SIMA_UPOS_VERB ||
      (deprel_base(coder_lrel(c, h)) != SIMA_DEP_OBJ &&
       deprel_base(coder_lrel(c, h)) != SIMA_DEP_IOBJ) ||
      !IN(deny, coder_lemma(c, (uint32_t)v)) || negated_here(c, (uint32_t)v))
    return -1;
  return v;
}

static void denied_by(const coder_ctx *c, uint32_t d, int neg_block,
                      mood_info *out) {
  if (!neg_block) {
    out->negated = 1;
    out->neg_rule = "C-NEG-DENIED";
    out->neg_cue = (int32_t)d;
  }
  if (out->attr < 0 && coder_subject(c, d, 0) >= 0) {
    out->attr = attribution_from(c, d);
    out->attr_rule = "C-NEG-DENIED";
  }
}

/* RULE C-ATTR-CHECK: an attribution an event is written with must name a
** speaker of it (a blind judge found 14 of 60 attributions wrong, a third
** of them no speaker at all).  Not when the event is inside the speaker's
** own phrase ("said Omar Haddad, a nurse at a clinic in Idlib,
** where 200 people were killed": the narrator's relative clause), nor a
** time word the parse took for a subject ("Days before the conference,
** the official told reporters"), nor the subject of a verb of evidence
** that is a thing, not a word ("a growing body of evidence suggests",
** "the revised role of the force suggests", "his capture indicates";
** reports, documents, leaks and sources that suggest are speakers).  The mood and the
** other rules that read the speaker are left as they are. */
int mood_attribution_ok(const coder_ctx *c, uint32_t t, const mood_info *mi) {
  static const char *const time_nouns[] = {"day",   "decade", "hour",
                                           "minute", "month", "time",
                                           "week",  "year"};
  static const char *const evidence[] = {"imply", "indicate", "mean", "show",
                                         "suggest"};
  /* things that show without saying (not words: reports, documents,
  ** comments, leaks and sources stay speakers).  Sorted. */
  static const char *const mute[] = {
      "arrest", "body",  "capture",   "case",     "data",   "death",
      "decision", "decline", "evidence", "fact",   "figure", "increase",
      "killing", "move",  "number",   "pattern",  "presence", "rise",
      "role",   "statistic", "trend"};
  int32_t a = mi->attr;
  if (a < 0 || (uint32_t)a >= c->n)
    return 0;
  /* (an opening "According to X," may hang the clause below X) */
  if (mi->attr_first < 0) {
    int32_t u = (int32_t)t;
    for (int d = 0; u >= 0 && d < 32; d++, u = c->syn[u].head) {
      if (u == a)
        return 0;
      /* (the content of the speaker's own relative clause is his word:
      ** "the Interior Ministry, which said they were investigating") */
      if (u != (int32_t)t && (mood_is_speech(coder_lemma(c, (uint32_t)u)) ||
                              mood_is_view(coder_lemma(c, (uint32_t)u))))
        break;
    }
  }
  int32_t h = c->syn[a].head;
  /* (a where-clause the parse hung on the speech verb is the narrator's
  ** relative clause: "said Ayman Thaer, a volunteer in Ghouta, where at
  ** least 500 people were killed") */
  if (mi->attr_first < 0 && h >= 0) {
    int32_t v = (int32_t)t;
    for (int d = 0; v >= 0 && d < 32 && c->syn[v].head != h; d++)
      v = c->syn[v].head;
    if (v >= 0 && v > a && c->syn[v].head == h) {
      int32_t w = c->first_child[v]; /* (children in text order) */
      while (w >= 0 && c->syn[w].upos == SIMA_UPOS_PUNCT)
        w = c->next_sib[w];
      if (w >= 0 && w < v && c->syn[w].xpos == SIMA_XPOS_WRB &&
          !sima_casecmp(coder_lemma(c, (uint32_t)w), "where"))
        return 0;
    }
  }
  /* (a time word, not "the Times") */
  const sima_token *at = &c->doc->tokens[a];
  int name = a > 0 && c->doc->text[at->off] >= 'A' &&
             c->doc->text[at->off] <= 'Z' &&
             !sima_casecmp(coder_lemma(c, (uint32_t)a - 1), "the");
  if (c->syn[a].upos == SIMA_UPOS_NOUN && !name &&
      IN(time_nouns, coder_lemma(c, (uint32_t)a)))
    return 0;
  if (mi->attr_first < 0 && h >= 0 && IN(evidence, coder_lemma(c, (uint32_t)h)) &&
      c->tok2men[a] < 0 && IN(mute, coder_lemma(c, (uint32_t)a)))
    return 0;
  return 1;
}

void mood_analyze(const coder_ctx *c, uint32_t t, int apply_mood,
                  mood_info *out) {
  out->mood = SIMA_MOOD_ASSERTED;
  out->uncond = SIMA_MOOD_ASSERTED;
  out->negated = 0;
  out->refused = 0;
  out->attr = -1;
  out->in_cond = 0;
  out->mood_rule = out->uncond_rule = out->neg_rule = out->attr_rule = NULL;
  out->mood_cue = out->uncond_cue = out->neg_cue = -1;
  out->attr_first = out->attr_last = -1;
  int hyp = 0, open_q = 0;
  sima_mood mood = SIMA_MOOD_ASSERTED;
  /* why: the rule and cue word of mood, of the condition (hyp), of the
  ** open question (open_q) */
  const char *mrule = NULL, *hrule = NULL;
  int32_t mcue = -1, hcue = -1, qcue = -1;
  /* mood m from rule r, cue word w, when nothing set it before */
#define MOOD_IF_ASSERTED(m, r, w)                                              \
  do {                                                                         \
    if (mood == SIMA_MOOD_ASSERTED) {                                          \
      mood = (m);                                                              \
      mrule = (r);                                                             \
      mcue = (int32_t)(w);                                                     \
    }                                                                          \
  } while (0)
#define NEGATE(r, w)                                                           \
  do {                                                                         \
    out->negated = 1;                                                          \
    out->neg_rule = (r);                                                       \
    out->neg_cue = (int32_t)(w);                                               \
  } while (0)
  {
    int32_t fa = failed_attempt(c, t); /* RULE C-NEG-ATTEMPT */
    if (fa >= 0)
      NEGATE("C-NEG-ATTEMPT", fa);
  }
  uint32_t x = t;
  /* walk up the chain of predicates that govern t without a new speaker:
  ** xcomp (control), conj (shares the first conjunct's frame), and for a
  ** noun trigger the verb it is the object of */
  int neg_block = 0; /* C-NEG-CONJ, C-NEG-SUBJECT, C-NEG-RULEOUT */
  int given = 0;     /* C-MOOD-SUBJECT-EVENT: walked up from a given
                     ** subject event: the predicate's modal is not its */
  int watched = 0;   /* C-NEG-WATCH */
  int own_subj = 0;  /* C-MOOD-ACCUSED-CONJ: walked up from a conjunct with
                     ** a subject of its own */
  int own_frame = 0; /* C-NEG-CONJ: the modal of the first conjunct is not
                     ** the mood of one with its own frame */
  /* C-MOOD-ALLEGED (participle): walked up from an -ing clause, and the
  ** mood then */
  int part_frame = 0;
  sima_mood part_mood = SIMA_MOOD_ASSERTED;
  const char *part_rule = NULL;
  int32_t part_cue = -1;
  for (int step = 0; step < 12; step++) {
    /* RULE C-NEG */
    int w;
    if (!neg_block && (w = negated_here(c, x)))
      NEGATE("C-NEG", w - 1);
    /* C-NEG-YET on the verb itself ("the government is yet to arrest":
    ** "yet" and "to" on the verb, the copula hung on it too) */
    if (!neg_block && !out->negated && coder_has_marker(c, x, "to")) {
      int32_t yet = coder_child_word(c, x, SIMA_DEP_ADVMOD, "yet");
      int32_t cop = coder_child_word(c, x, SIMA_DEP_COP, "be");
      int32_t aux = coder_child_word(c, x, SIMA_DEP_AUX, "be");
      int32_t be = cop >= 0 && (aux < 0 || cop < aux) ? cop : aux;
      if (yet >= 0 && (uint32_t)yet < x && be >= 0 && be < yet)
        NEGATE("C-NEG-YET", yet);
    }
    /* RULE C-NEG-NONE: a subject with "no" ("No government has agreed
    ** to help", "no one attacked the convoy") denies the act */
    if (!neg_block && !out->negated)
      for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d]) {
        int32_t no = deprel_base(c->syn[d].deprel) == SIMA_DEP_NSUBJ
                         ? coder_child_word(c, (uint32_t)d, SIMA_DEP_DET, "no")
                         : -1;
        if (no >= 0 && no < d)
          NEGATE("C-NEG-NONE", no);
        /* (and the trigger's own object: "France has provided no
        ** evidence", "the army sent no troops") */
        no = x == t && c->syn[x].upos == SIMA_UPOS_VERB &&
                     deprel_base(c->syn[d].deprel) == SIMA_DEP_OBJ &&
                     (uint32_t)d > x
                 ? coder_child_word(c, (uint32_t)d, SIMA_DEP_DET, "no")
                 : -1;
        if (no >= 0 && !out->negated)
          NEGATE("C-NEG-NONE", no);
      }
    /* C-NEG-NONE: "there was no way the rebels were going to attack" */
    if (x == t && !neg_block && !out->negated) {
      int32_t nw = no_way(c, t);
      if (nw >= 0)
        NEGATE("C-NEG-NONE", nw);
    }
    /* RULE C-MOOD-HYP (content): a that-clause hung on the verb of a
    ** condition ("if evidence comes back that the president is gassing
    ** his people": an advcl of "comes") tells what the condition is
    ** about: hypothetical too */
    if (!hyp && c->syn[x].head >= 0 && (uint32_t)c->syn[x].head < c->n &&
        (deprel_base(c->syn[x].deprel) == SIMA_DEP_ADVCL ||
         deprel_base(c->syn[x].deprel) == SIMA_DEP_CCOMP) &&
        coder_child_word(c, x, SIMA_DEP_MARK, "that") >= 0 &&
        c->syn[c->syn[x].head].upos == SIMA_UPOS_VERB &&
        (w = cond_clause(c, (uint32_t)c->syn[x].head))) {
      hyp = 1;
      hrule = "C-MOOD-HYP";
      hcue = w - 1;
    }
    /* RULE C-MOOD-HYP */
    if ((w = conditional_here(c, x)) && !hyp) {
      hyp = 1;
      hrule = "C-MOOD-HYP";
      hcue = w - 1;
    }
    /* the trigger's own clause (through its controllers and conjuncts)
    ** is a condition: "could deposit more if they agreed to ...", or an
    ** inverted one however parsed ("..., should the office decide to ...":
    ** root or conjunct) */
    if ((w = cond_clause(c, x))) {
      if (!hyp) {
        hrule = "C-MOOD-HYP";
        hcue = w - 1;
      }
      hyp = out->in_cond = 1;
    }
    if (mood == SIMA_MOOD_ASSERTED && !own_frame && !given) {
      /* (C-MOOD-ABLE-CONTINUE: "are able to continue attacks" attack) */
      if (x == t || present_able(c, x) < 0 || !continued_below(c, t, x))
        mood = own_mood(c, x, &mcue, &mrule);
    } else if ((mood == SIMA_MOOD_PLANNED || mood == SIMA_MOOD_EXPECTED) &&
               !own_frame) {
      /* RULE C-MOOD-POSS over a plan or a forecast: "may decide to
      ** attack", "could be expected to visit" are possible, no more */
      int32_t oc = -1;
      const char *orl = NULL;
      if (own_mood(c, x, &oc, &orl) == SIMA_MOOD_POSSIBLE &&
          mood_modal_possible(c, oc)) {
        mood = SIMA_MOOD_POSSIBLE;
        mcue = oc;
        mrule = orl;
      }
    }
    /* RULE C-MOOD-RISK: "risk being" + participle ("a Briton risks
    ** being executed by a drone", "fighters who risk being captured"): the
    ** act is a danger, possible, however "risk" is parsed (the tagger
    ** often makes it a noun) */
    if (x == t && mood == SIMA_MOOD_ASSERTED && !own_frame) {
      int32_t bg = coder_child_word(c, x, SIMA_DEP_AUX, "be");
      if (bg > 0 && c->syn[bg].xpos == SIMA_XPOS_VBG &&
          !sima_casecmp(coder_lemma(c, (uint32_t)bg - 1), "risk")) {
        mood = SIMA_MOOD_POSSIBLE;
        mrule = "C-MOOD-RISK";
        mcue = bg - 1;
      }
    }
    /* the word before the clause, read off the text (clause_opener) */
    {
      int th = 0;
      int32_t k = clause_opener(c, x, &th);
      /* C-NEG-DENIED however parsed: "has again denied that the army
      ** attacked civilians" (the content clause hung elsewhere) */
      if (k >= 0 && c->syn[x].head != k && c->syn[k].upos == SIMA_UPOS_VERB &&
          !sima_casecmp(coder_lemma(c, (uint32_t)k), "deny") &&
          !negated_here(c, (uint32_t)k)) {
        denied_by(c, (uint32_t)k, neg_block, out);
        break;
      }
      /* C-MOOD-CLAIM: a claim noun's content after "be": "one of the
      ** most common claims is that the police pushed the gangs out" */
      if (k > 0 && th && !sima_casecmp(coder_lemma(c, (uint32_t)k), "be") &&
          c->syn[k - 1].upos == SIMA_UPOS_NOUN &&
          claim_noun(c, (uint32_t)k - 1)) {
        MOOD_IF_ASSERTED(SIMA_MOOD_POSSIBLE, "C-MOOD-CLAIM", k - 1);
        int ns = nosign_cue(c, (uint32_t)k - 1);
        if (ns && !neg_block && !out->negated)
          NEGATE("C-NEG-NOSIGN", ns - 1);
      }
      /* RULE C-MOOD-SCENARIO: a "would" clause after "be that" is a
      ** scenario someone names, not a plan announced: "one [concern] is
      ** that the new administration would reduce cooperation with the
      ** US", "one option is that Washington would ask the Kurds to
      ** withdraw": possible, so no threat or intent of the doer's */
      if (k >= 0 && th && !sima_casecmp(coder_lemma(c, (uint32_t)k), "be") &&
          mood == SIMA_MOOD_PLANNED && mcue >= 0 &&
          c->syn[mcue].head == (int32_t)x &&
          c->syn[mcue].deprel == SIMA_DEP_AUX &&
          !sima_casecmp(coder_lemma(c, (uint32_t)mcue), "would")) {
        mood = SIMA_MOOD_POSSIBLE;
        mrule = "C-MOOD-SCENARIO";
      }
      /* RULE C-MOOD-PURPOSE: a purpose clause ("so that police could
      ** detain the smugglers", "in order that ...") says what the act is
      ** done for: planned, its "could" no mere possibility (no threat or
      ** intent is made of it: coder.c) */
      if (k >= 0 && th &&
          (!sima_casecmp(coder_lemma(c, (uint32_t)k), "so") ||
           (k > 0 && !sima_casecmp(coder_lemma(c, (uint32_t)k), "order") &&
            !sima_casecmp(coder_lemma(c, (uint32_t)k - 1), "in"))) &&
          (mood == SIMA_MOOD_ASSERTED ||
           (mcue >= 0 && c->syn[mcue].head == (int32_t)x &&
            c->syn[mcue].deprel == SIMA_DEP_AUX))) {
        mood = SIMA_MOOD_PLANNED;
        mrule = "C-MOOD-PURPOSE";
        mcue = k;
      }
      /* C-MOOD-PLAN: an announced move in the progressive ("confirmed
      ** he was ending all operations") is about to be made */
      if (x == t && announced_progressive(c, t, k))
        MOOD_IF_ASSERTED(SIMA_MOOD_PLANNED, "C-MOOD-PLAN", k);
    }
    /* RULE C-MOOD-WHETHER: an open question ("whether the mayor's office
    ** supports the capos") says nothing of the act */
    /* (over a plan or an expectation too: "whether he will collaborate",
    ** "whether the two sides are willing to make concessions") */
    if ((w = coder_has_marker(c, x, "whether"))) {
      open_q = 1;
      qcue = w - 1;
      if (mood == SIMA_MOOD_ASSERTED || mood == SIMA_MOOD_PLANNED ||
          mood == SIMA_MOOD_EXPECTED) {
        mood = SIMA_MOOD_POSSIBLE;
        mrule = "C-MOOD-WHETHER";
        mcue = qcue;
      }
    }
    /* RULE C-ATTR: parenthetical "..., officials said" and "according to" */
    if (out->attr < 0) {
      for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d]) {
        unsigned rel = c->syn[d].deprel;
        /* "..., officials said": parataxis, or a ccomp after the verb
        ** (a frequent parse of the parenthetical) */
        if ((rel == SIMA_DEP_PARATAXIS ||
             (deprel_base(rel) == SIMA_DEP_CCOMP && (uint32_t)d > x)) &&
            mood_is_speech(coder_lemma(c, (uint32_t)d)) &&
            coder_subject(c, (uint32_t)d, 0) >= 0) {
          out->attr = attribution_from(c, (uint32_t)d);
          out->attr_rule = "C-ATTR";
          break;
        }
        /* C-ATTR-VIEW: "..., analysts warned" (a parenthetical) */
        if (rel == SIMA_DEP_PARATAXIS && c->syn[d].upos == SIMA_UPOS_VERB &&
            mood_is_view(coder_lemma(c, (uint32_t)d)) &&
            view_holder(c, (uint32_t)d) >= 0) {
          out->attr = view_holder(c, (uint32_t)d);
          out->attr_rule = "C-ATTR-VIEW";
          break;
        }
        if ((deprel_base(rel) == SIMA_DEP_OBL ||
             deprel_base(rel) == SIMA_DEP_NMOD) &&
            (coder_has_marker(c, (uint32_t)d, "according") ||
             coder_has_marker(c, (uint32_t)d, "accord"))) {
          out->attr = d;
          out->attr_rule = "C-ATTR";
          break;
        }
      }
    }
    int32_t h = c->syn[x].head;
    if (h < 0 || (uint32_t)h >= c->n)
      break;
    unsigned rel = c->syn[x].deprel, base = deprel_base(rel);
    /* C-MOOD-REQ: the to-clause of putting pressure on somebody ("put
    ** pressure on Mexico to re-arrest him") is asked for
    ** (C-PRESSURE-CONTROL) */
    if ((base == SIMA_DEP_ADVCL || base == SIMA_DEP_XCOMP) &&
        coder_has_marker(c, x, "to") && pressure_object(c, (uint32_t)h))
      MOOD_IF_ASSERTED(SIMA_MOOD_REQUESTED, "C-MOOD-REQ", h);
    /* C-NEG-UNABLE: the to-clause of a noun of failure, also when the
    ** parse hangs the clause right after the noun elsewhere ("infamous
    ** for its inability to prosecute": advcl of the adjective) */
    int32_t subj_noun = base == SIMA_DEP_ACL || base == SIMA_DEP_ADVCL ||
                                base == SIMA_DEP_XCOMP
                            ? -1
                            : to_clause_subject_noun(c, x);
    if ((base == SIMA_DEP_ACL || base == SIMA_DEP_ADVCL ||
         base == SIMA_DEP_XCOMP || subj_noun >= 0) &&
        coder_has_marker(c, x, "to")) {
      uint32_t le = left_edge(c, x);
      int32_t n = subj_noun >= 0         ? subj_noun
                  : base == SIMA_DEP_ACL ? h
                                         : (le > 0 ? (int32_t)le - 1 : -1);
      if (n >= 0 && c->syn[n].upos == SIMA_UPOS_NOUN &&
          IN(neg_nouns, coder_lemma(c, (uint32_t)n))) {
        NEGATE("C-NEG-UNABLE", n);
        /* (a refusal's act is refused, C-REFUSE: C-NOUN-WILL below) */
        const char *rv = derive_will_verb(coder_lemma(c, (uint32_t)n));
        out->refused = rv && !strcmp(rv, "refuse");
        break;
      }
      /* RULE C-MOOD-COMMIT: what a noun of commitment or intent is to
      ** do ("showing a new commitment to forcing the regime to make
      ** concessions", "their determination to capture Guzman") is planned,
      ** not done; found the same way */
      /* RULE C-NOUN-WILL (mood): and so is the clause of a noun that
      ** stands for a verb of will ("Turkey's decision to attack Syria",
      ** "a plan to build", "the threat to invade": a threat, C-THREAT);
      ** a refusal's is refused (C-NEG-UNABLE above, then C-REFUSE: "Iran's
      ** refusal to negotiate") */
      /* (only for the clause's own act and the acts coordinated with it
      ** or controlled by it: "threats to dissuade tourists from visiting
      ** Acapulco" plan no visit) */
      const char *nl = n >= 0 && c->syn[n].upos == SIMA_UPOS_NOUN
                           ? coder_lemma(c, (uint32_t)n)
                           : NULL;
      int commit = nl && IN(commit_nouns, nl);
      if (commit || (nl && open_chain(c, t, x) && derive_will_verb(nl))) {
        MOOD_IF_ASSERTED(SIMA_MOOD_PLANNED,
                         commit ? "C-MOOD-COMMIT" : "C-NOUN-WILL", n);
        x = (uint32_t)h;
        continue;
      }
      /* C-MOOD-ABILITY, found the same way; a noun that is an actor
      ** is the one asked or allowed ("urged world powers to act") */
      if (nl && c->tok2men[n] < 0 && IN(ability_nouns, nl)) {
        MOOD_IF_ASSERTED(SIMA_MOOD_POSSIBLE, "C-MOOD-ABILITY", n);
        break;
      }
      /* (the to-clause hung on "have" past a phrase of the noun: "had the
      ** right under the state of emergency to close the border") */
      /* RULE C-MOOD-ABILITY-HUNG: or, past a parse that hangs the
      ** to-clause on the verb whose object the noun is, on a verb that
      ** gives, takes or changes a capacity ("new controls reduce the
      ** ability of armed groups to attack villagers": "attack" an xcomp of
      ** "reduce") */
      if ((base == SIMA_DEP_ADVCL || base == SIMA_DEP_XCOMP) &&
          c->syn[h].upos == SIMA_UPOS_VERB && coder_has_marker(c, x, "to") &&
          (!sima_casecmp(coder_lemma(c, (uint32_t)h), "have") ||
           IN(capacity_verbs, coder_lemma(c, (uint32_t)h)))) {
        int32_t o = coder_child_by(c, (uint32_t)h, SIMA_DEP_OBJ);
        if (o >= 0 && (uint32_t)o < x && c->syn[o].upos == SIMA_UPOS_NOUN &&
            c->tok2men[o] < 0 &&
            IN(ability_nouns, coder_lemma(c, (uint32_t)o))) {
          MOOD_IF_ASSERTED(SIMA_MOOD_POSSIBLE, "C-MOOD-ABILITY", o);
          break;
        }
      }
    }
    /* (the modal on lead/result, its word and rule: C-MOOD-CONSEQUENCE) */
    sima_mood lm;
    int32_t lcue = -1;
    const char *lrule = NULL;
    /* RULE C-MOOD-CONSEQUENCE: an act a modal "lead to / result in"
    ** foresees, or that foresees one ("could lead to Erdogan reaching a
    ** deal", "an assault would lead to a catastrophe"), is possible (the
    ** gerund's "to" often goes to its subject: an unmarked adverbial
    ** clause after the verb counts) */
    if ((base == SIMA_DEP_OBL || base == SIMA_DEP_ADVCL ||
         base == SIMA_DEP_XCOMP || base == SIMA_DEP_NSUBJ) &&
        c->syn[h].upos == SIMA_UPOS_VERB &&
        (!sima_casecmp(coder_lemma(c, (uint32_t)h), "lead") ||
         !sima_casecmp(coder_lemma(c, (uint32_t)h), "result")) &&
        (base == SIMA_DEP_NSUBJ || coder_has_marker(c, x, "to") ||
         coder_has_marker(c, x, "in") ||
         (base == SIMA_DEP_ADVCL && x > (uint32_t)h && !has_mark(c, x))) &&
        (lm = own_mood(c, (uint32_t)h, &lcue, &lrule)) != SIMA_MOOD_ASSERTED &&
        lm != SIMA_MOOD_REQUESTED) {
      MOOD_IF_ASSERTED(SIMA_MOOD_POSSIBLE, "C-MOOD-CONSEQUENCE", lcue);
      /* (C-ATTR, C-ATTR-VIEW: the forecast is the speaker's: "the general
      ** warned that an assault would lead to a catastrophe") */
      if (out->attr < 0)
        speaker_above(c, (uint32_t)h, out);
      break;
    }
    /* RULE C-MOOD-NOUN (a chain of phrases), C-MOOD-DEADLINE: a nominal
    ** event in the phrase of a noun that is in the phrase of a noun of
    ** possibility ("the risk of renewed violence in the aftermath of a
    ** peace agreement": possible), or in the phrase of a noun of a date
    ** set ("the deadline for a ceasefire agreement": expected) */
    if (x == t && c->syn[t].upos == SIMA_UPOS_NOUN) {
      int32_t f = -1, k = (int32_t)t;
      for (int up = 0; up < 4 && (k = phrase_noun(c, (uint32_t)k)) >= 0; up++) {
        const char *fl = coder_lemma(c, (uint32_t)k);
        if (IN(deadline_nouns, fl) || (up > 0 && IN(possible_nouns, fl))) {
          f = k;
          break;
        }
        /* (C-MOOD-REQ: "calls for talks between the government and the
        ** rebels", "a push for a ceasefire agreement": requested) */
        if (up == 0 && IN(requested_heads, fl) &&
            coder_has_marker(c, t, "for")) {
          f = k;
          break;
        }
      }
      if (f >= 0) {
        if (IN(requested_heads, coder_lemma(c, (uint32_t)f)))
          MOOD_IF_ASSERTED(SIMA_MOOD_REQUESTED, "C-MOOD-REQ", f);
        else if (IN(deadline_nouns, coder_lemma(c, (uint32_t)f)))
          MOOD_IF_ASSERTED(SIMA_MOOD_EXPECTED, "C-MOOD-DEADLINE", f);
        else
          MOOD_IF_ASSERTED(SIMA_MOOD_POSSIBLE, "C-MOOD-NOUN", f);
        break;
      }
    }
    /* RULE C-MOOD-CONCERN: the content clause of "concern" ("raised
    ** concerns that the rebels had armed the gang") is a worry, not a
    ** report: possible, as under "fear" (C-MOOD-NOUN).  Only the clause:
    ** a concern "over" or "about" an act takes it as known ("concern over
    ** the killing of protesters") */
    if ((base == SIMA_DEP_ACL || base == SIMA_DEP_CCOMP) &&
        c->syn[h].upos == SIMA_UPOS_NOUN &&
        !sima_casecmp(coder_lemma(c, (uint32_t)h), "concern") &&
        !relative_clause(c, x)) {
      /* (its "will" is the worry's too: "concern that the army will
      ** attack", as C-MOOD-NOUN-WILL) */
      if ((mood == SIMA_MOOD_PLANNED || mood == SIMA_MOOD_EXPECTED) &&
          mcue >= 0 && c->syn[mcue].head == (int32_t)x &&
          c->syn[mcue].deprel == SIMA_DEP_AUX) {
        mood = SIMA_MOOD_POSSIBLE;
        mrule = "C-MOOD-CONCERN";
        mcue = h;
      }
      MOOD_IF_ASSERTED(SIMA_MOOD_POSSIBLE, "C-MOOD-CONCERN", h);
      break;
    }
    /* C-MOOD-NOUN */
    if ((base == SIMA_DEP_NMOD || base == SIMA_DEP_ACL ||
         base == SIMA_DEP_CCOMP) &&
        c->syn[h].upos == SIMA_UPOS_NOUN &&
        IN(possible_nouns, coder_lemma(c, (uint32_t)h))) {
      /* RULE C-MOOD-NOUN-WILL: the "will" or "would" of a content clause
      ** of a noun of possibility ("there is a real chance the government
      ** will cooperate with the US", "the risk that the gangs would
      ** retaliate") is the possibility's, no plan or intent of the doer:
      ** possible, as under "hope" and "fear" (C-MOOD-HOPE, C-MOOD-FEAR).
      ** Not a relative clause ("the option that the army will use") and
      ** not "threat" ("the threat that it will invade" may be the
      ** doer's own) */
      if ((mood == SIMA_MOOD_PLANNED || mood == SIMA_MOOD_EXPECTED) &&
          base != SIMA_DEP_NMOD && !relative_clause(c, x) &&
          sima_casecmp(coder_lemma(c, (uint32_t)h), "threat") && mcue >= 0 &&
          c->syn[mcue].head == (int32_t)x &&
          c->syn[mcue].deprel == SIMA_DEP_AUX) {
        mood = SIMA_MOOD_POSSIBLE;
        mrule = "C-MOOD-NOUN-WILL";
        mcue = h;
      }
      /* RULE C-MOOD-SLIM-CHANCE: a chance (likelihood, possibility,
      ** prospect) that is little, slim, scant, remote or none ("there is
      ** little chance the government will cooperate", "no prospect of the
      ** rebels agreeing") makes the act unlikely: expected and negated, as
      ** C-MOOD-LIKELY-THAT codes "unlikely that" */
      int32_t slim = slim_chance(c, (uint32_t)h);
      if (slim >= 0 && !relative_clause(c, x)) {
        mood = SIMA_MOOD_EXPECTED;
        mrule = "C-MOOD-SLIM-CHANCE";
        mcue = h;
        if (!neg_block && !out->negated)
          NEGATE("C-MOOD-SLIM-CHANCE", slim);
        break;
      }
      MOOD_IF_ASSERTED(SIMA_MOOD_POSSIBLE, "C-MOOD-NOUN", h);
      break;
    }
    if ((base == SIMA_DEP_NMOD || base == SIMA_DEP_ACL ||
         base == SIMA_DEP_CCOMP) &&
        c->syn[h].upos == SIMA_UPOS_NOUN) {
      const char *hl = coder_lemma(c, (uint32_t)h);
      if (IN(cond_nouns, hl)) { /* C-MOOD-COND-NOUN */
        if (!hyp) {
          hrule = "C-MOOD-COND-NOUN";
          hcue = h;
        }
        hyp = 1;
        break;
      }
      /* C-MOOD-CLAIM: a content clause (no relative pronoun of its own:
      ** "the allegations that he denied" is a relative clause) */
      int32_t dv = denied_claim(c, (uint32_t)h);
      if (base != SIMA_DEP_NMOD && !relative_clause(c, x) &&
          (claim_noun(c, (uint32_t)h) || dv >= 0)) {
        /* (over a plan or a forecast too: "rumours that the US is
        ** planning to slap sanctions" make no threat) */
        if (mood == SIMA_MOOD_PLANNED || mood == SIMA_MOOD_EXPECTED)
          mood = SIMA_MOOD_ASSERTED;
        MOOD_IF_ASSERTED(SIMA_MOOD_POSSIBLE, "C-MOOD-CLAIM", h);
        int ns = nosign_cue(c, (uint32_t)h);
        if (ns && !neg_block && !out->negated)
          NEGATE("C-NEG-NOSIGN", ns - 1);
        if (dv >= 0 && !out->negated)
          denied_by(c, (uint32_t)dv, neg_block, out); /* C-NEG-DENIED-CLAIM */
        break;
      }
    }
    /* C-MOOD-REQ-NOUN: a subjunctive content clause (a bare verb with a
    ** subject of its own and no "to", or one under "should") of a noun
    ** of proposal or demand */
    if ((base == SIMA_DEP_ACL || base == SIMA_DEP_CCOMP) &&
        c->syn[h].upos == SIMA_UPOS_NOUN &&
        IN(proposal_nouns, coder_lemma(c, (uint32_t)h)) &&
        !relative_clause(c, x) && !coder_has_marker(c, x, "to")) {
      int subj = 0, should = 0;
      for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d]) {
        unsigned b = deprel_base(c->syn[d].deprel);
        if (b == SIMA_DEP_NSUBJ)
          subj = 1;
        if (b == SIMA_DEP_AUX &&
            !sima_casecmp(coder_lemma(c, (uint32_t)d), "should"))
          should = 1;
      }
      if (subj && (should || c->syn[x].xpos == SIMA_XPOS_VB)) {
        MOOD_IF_ASSERTED(SIMA_MOOD_REQUESTED, "C-MOOD-REQ-NOUN", h);
        break;
      }
    }
    /* C-MOOD-CLAIM: the content of evidence ("evidence comes back that
    ** the leader is gassing his people") is in the frame of the clause
    ** that brings the evidence: its condition or doubt, not its negation
    ** ("no evidence that" is a claim: above) */
    if ((base == SIMA_DEP_ACL || base == SIMA_DEP_CCOMP) &&
        c->syn[h].upos == SIMA_UPOS_NOUN &&
        IN(evidence_nouns, coder_lemma(c, (uint32_t)h)) &&
        !relative_clause(c, x) && c->syn[h].head >= 0 &&
        (uint32_t)c->syn[h].head < c->n &&
        c->syn[c->syn[h].head].upos == SIMA_UPOS_VERB) {
      neg_block = 1;
      x = (uint32_t)c->syn[h].head;
      continue;
    }
    /* C-MOOD-COND-NOUN: a clause right after a noun of condition is its
    ** phrase however parsed ("set preconditions on holding talks with
    ** the opposition": an adverbial clause of "set") */
    if ((base == SIMA_DEP_ADVCL || base == SIMA_DEP_ACL) &&
        !relative_clause(c, x)) {
      uint32_t le = left_edge(c, x);
      if (le > 0 && c->syn[le - 1].upos == SIMA_UPOS_NOUN &&
          IN(cond_nouns, coder_lemma(c, le - 1))) {
        if (!hyp) {
          hrule = "C-MOOD-COND-NOUN";
          hcue = (int32_t)le - 1;
        }
        hyp = 1;
        break;
      }
    }
    /* (a clause right after a claim noun is its content however parsed:
    ** "looking into allegations the lawyers took bribes", parataxis) */
    if ((base == SIMA_DEP_PARATAXIS || base == SIMA_DEP_CCOMP ||
         base == SIMA_DEP_ADVCL) && !relative_clause(c, x)) {
      uint32_t le = left_edge(c, x);
      int32_t dv = le > 0 && c->syn[le - 1].upos == SIMA_UPOS_NOUN
                       ? denied_claim(c, le - 1)
                       : -1;
      if (le > 0 && c->syn[le - 1].upos == SIMA_UPOS_NOUN &&
          (claim_noun(c, le - 1) || dv >= 0)) {
        MOOD_IF_ASSERTED(SIMA_MOOD_POSSIBLE, "C-MOOD-CLAIM", le - 1);
        int ns = nosign_cue(c, le - 1);
        if (ns && !neg_block && !out->negated)
          NEGATE("C-NEG-NOSIGN", ns - 1);
        if (dv >= 0 && !out->negated)
          denied_by(c, (uint32_t)dv, neg_block, out); /* C-NEG-DENIED-CLAIM */
        break;
      }
    }
    /* RULE C-ATTR (content on the addressee): a that-clause the parser
    ** hangs on the addressee of a verb of speech ("a source told InSight
    ** Crime that the attorney general has asked ...": a clause of
    ** "Crime") is what the speaker told: attributed to the speaker */
    if (base == SIMA_DEP_ACL && out->attr < 0 &&
        c->syn[h].upos != SIMA_UPOS_VERB) {
      int32_t th = coder_child_word(c, x, SIMA_DEP_MARK, "that");
      int32_t v = c->syn[h].head;
      unsigned hb = deprel_base(c->syn[h].deprel);
      if (th >= 0 && c->syn[th].upos == SIMA_UPOS_SCONJ &&
          coder_subject(c, x, 0) >= 0 && (uint32_t)h < x && v >= 0 &&
          (uint32_t)v < c->n && c->syn[v].upos == SIMA_UPOS_VERB &&
          (hb == SIMA_DEP_OBJ || hb == SIMA_DEP_IOBJ) &&
          mood_is_speech(coder_lemma(c, (uint32_t)v)) &&
          (out->attr = attribution_from(c, (uint32_t)v)) >= 0) {
        out->attr_rule = "C-ATTR";
        break;
      }
    }
    /* RULE C-MOOD-LIKELY-THAT: the that-clause of an adjective of
    ** likelihood ("it is likely that Russia will attack", "it appears
    ** unlikely that the US will push for extradition"; also the clause
    ** the parse hangs on "seem"/"appear" beside the adjective) is the
    ** writer's forecast, no plan or threat of the doer's: likely/probable
    ** expected, unlikely/improbable (or a negated likely) also negated,
    ** as "unlikely to" is; possible/conceivable possible; a clause about
    ** the past ("unlikely that the army arrested them") possible */
    if ((base == SIMA_DEP_CCOMP || base == SIMA_DEP_CSUBJ) &&
        !coder_has_marker(c, x, "to") &&
        (mood == SIMA_MOOD_ASSERTED || mood == SIMA_MOOD_PLANNED ||
         mood == SIMA_MOOD_EXPECTED)) {
      int32_t a = c->syn[h].upos == SIMA_UPOS_ADJ ? h : -1;
      if (a < 0 && c->syn[h].upos == SIMA_UPOS_VERB)
        for (int32_t d = c->first_child[h]; d >= 0; d = c->next_sib[d])
          if ((uint32_t)d < x && c->syn[d].deprel == SIMA_DEP_XCOMP &&
              c->syn[d].upos == SIMA_UPOS_ADJ)
            a = d;
      const char *al = a >= 0 ? coder_lemma(c, (uint32_t)a) : "";
      int un = !sima_casecmp(al, "unlikely") || !sima_casecmp(al, "improbable");
      if (un || !sima_casecmp(al, "likely") || !sima_casecmp(al, "probable")) {
        int past = c->syn[x].xpos == SIMA_XPOS_VBD ||
                   coder_child_word(c, x, SIMA_DEP_AUX, "have") >= 0;
        mood = past ? SIMA_MOOD_POSSIBLE : SIMA_MOOD_EXPECTED;
        mrule = "C-MOOD-LIKELY-THAT";
        mcue = a;
        if (un != negated_here(c, (uint32_t)a) && !neg_block)
          NEGATE("C-MOOD-LIKELY-THAT", a);
        break;
      }
      if (!sima_casecmp(al, "possible") || !sima_casecmp(al, "conceivable")) {
        mood = SIMA_MOOD_POSSIBLE;
        mrule = "C-MOOD-LIKELY-THAT";
        mcue = a;
        break;
      }
    }
    if (base == SIMA_DEP_CCOMP) {
      /* RULE C-NEG-DENIED: the content of a denial ("the army denied that
      ** its troops fired on the crowd") is negated, in the denier's
      ** words; not under a denial itself negated ("did not deny that") */
      if (!sima_casecmp(coder_lemma(c, (uint32_t)h), "deny") &&
          c->syn[h].upos == SIMA_UPOS_VERB && !negated_here(c, (uint32_t)h)) {
        NEGATE("C-NEG-DENIED", h);
        if (out->attr < 0 && coder_subject(c, (uint32_t)h, 0) >= 0) {
          out->attr = attribution_from(c, (uint32_t)h);
          out->attr_rule = "C-NEG-DENIED";
        }
        break;
      }
      /* RULE C-ATTR: reported speech */
      if (out->attr < 0 && mood_is_speech(coder_lemma(c, (uint32_t)h))) {
        out->attr = attribution_from(c, (uint32_t)h);
        out->attr_rule = out->attr >= 0 ? "C-ATTR" : NULL;
      }
      /* RULE C-ATTR-VIEW: "analysts argue that ...", "some Hondurans
      ** worry that ...": the holder of the view, the walk going on for
      ** the mood the verb lends (C-MOOD-FEAR, C-MOOD-POSS "warn") */
      int view = 0;
      if (out->attr < 0 && mood_is_view(coder_lemma(c, (uint32_t)h)) &&
          (c->syn[h].upos == SIMA_UPOS_VERB ||
           c->syn[h].upos == SIMA_UPOS_ADJ) &&
          (out->attr = view_holder(c, (uint32_t)h)) >= 0) {
        out->attr_rule = "C-ATTR-VIEW";
        view = 1;
      }
      /* RULE C-MOOD-WOULD-MEAN: what a "would mean" (imply, entail)
      ** clause draws from a case not so ("publishing the figures
      ** would mean that the opposition could no longer accuse the
      ** government of secrecy") is a
      ** consequence of that case: hypothetical, over the clause's own
      ** "could" or "will" */
      if ((mood == SIMA_MOOD_ASSERTED || mood == SIMA_MOOD_PLANNED ||
           mood == SIMA_MOOD_POSSIBLE) &&
          consequence_verb(c, (uint32_t)h)) {
        mood = SIMA_MOOD_HYPOTHETICAL;
        mrule = "C-MOOD-WOULD-MEAN";
        mcue = h;
        break;
      }
      /* RULE C-MOOD-NOT-MEAN: the content clause of a denied inference
      ** ("this does not mean that the government is backing the cartel",
      ** "does not imply that"): the writer says it does not follow, not
      ** that it is so: possible, no plan or intent of the doer's */
      if ((mood == SIMA_MOOD_ASSERTED || mood == SIMA_MOOD_PLANNED) &&
          not_meant(c, (uint32_t)h)) {
        mood = SIMA_MOOD_POSSIBLE;
        mrule = "C-MOOD-NOT-MEAN";
        mcue = h;
        break;
      }
      /* C-MOOD-ALLEGED: what a speaker alleges ("reports alleging that
      ** the government negotiated with the gang") */
      if (!sima_casecmp(coder_lemma(c, (uint32_t)h), "allege"))
        MOOD_IF_ASSERTED(SIMA_MOOD_POSSIBLE, "C-MOOD-ALLEGED", h);
      if (out->attr >= 0 && !view)
        break;
      /* RULE C-MOOD-HOPE: what someone hopes, wishes or prays another
      ** will do ("officials hope that Turkey will withdraw", "I hope the
      ** US would halt the shelling") may happen: no plan or intent of
      ** the doer's */
      if ((mood == SIMA_MOOD_ASSERTED || mood == SIMA_MOOD_PLANNED) &&
          IN(hope_heads, coder_lemma(c, (uint32_t)h))) {
        mood = SIMA_MOOD_POSSIBLE;
        mrule = "C-MOOD-HOPE";
        mcue = h;
        break;
      }
      /* RULE C-MOOD-FEAR: so is what someone fears another will do
      ** ("villagers fear that the gang will come to kill them", "is
      ** afraid the army will attack"): the feared act may happen, and a
      ** "will" in it is no threat of the doer's */
      if ((mood == SIMA_MOOD_ASSERTED || mood == SIMA_MOOD_PLANNED) &&
          IN(fear_heads, coder_lemma(c, (uint32_t)h)) &&
          !same_subject(c, (uint32_t)h, x)) {
        mood = SIMA_MOOD_POSSIBLE;
        mrule = "C-MOOD-FEAR";
        mcue = h;
        break;
      }
      /* RULE C-MOOD-DOUBT: what someone doubts another will do ("is
      ** sceptical that Trump will launch an attack"): possible, no plan
      ** of the doer's (not a doubt itself denied: "does not doubt that") */
      if ((mood == SIMA_MOOD_ASSERTED || mood == SIMA_MOOD_PLANNED) &&
          IN(doubt_heads, coder_lemma(c, (uint32_t)h)) &&
          (c->syn[h].upos == SIMA_UPOS_VERB ||
           c->syn[h].upos == SIMA_UPOS_ADJ) &&
          !negated_here(c, (uint32_t)h) && !same_subject(c, (uint32_t)h, x)) {
        mood = SIMA_MOOD_POSSIBLE;
        mrule = "C-MOOD-DOUBT";
        mcue = h;
        break;
      }
      /* "fears that X will attack": a non-speech clausal head */
      /* RULE C-MOOD-FOUND: the content clause of a verb of finding out
      ** ("used data to determine that Mexico is detaining more migrants")
      ** reports a fact; the plan "determined to" gives its to-clause does
      ** not reach it */
      if (mood == SIMA_MOOD_ASSERTED &&
          !(IN(found_heads, coder_lemma(c, (uint32_t)h)) &&
            c->syn[h].upos == SIMA_UPOS_VERB)) {
        mood = head_mood(c, (uint32_t)h, &mrule);
        mcue = h;
      }
      break;
    }
    /* RULE C-MOOD-ADVOCATE: the for-clause of a verb of advocacy
    ** ("went to argue for standing by the SDF", "lobbied for sending
    ** troops") is what the advocate asks for, not done: requested */
    {
      static const char *const advocate_heads[] = {
          "advocate", "argue", "campaign", "lobby", "plead", "press",
          "push"};
      if ((base == SIMA_DEP_ADVCL || base == SIMA_DEP_ACL) &&
          c->syn[x].xpos == SIMA_XPOS_VBG && coder_has_marker(c, x, "for") &&
          c->syn[h].upos == SIMA_UPOS_VERB &&
          IN(advocate_heads, coder_lemma(c, (uint32_t)h))) {
        MOOD_IF_ASSERTED(SIMA_MOOD_REQUESTED, "C-MOOD-ADVOCATE", h);
        break;
      }
    }
    /* C-MOOD-ACCUSED: the of/for/with clause of an accusation verb, or of
    ** its object ("accused the army of extorting ...") */
    /* RULE C-MOOD-ACCUSED-CONJ: not over a conjunct with a subject of its
    ** own: "officials are suspected of trafficking, and the United States
    ** has brought charges against them" (the parse hangs the second
    ** clause on "trafficking"): the charges are a fact the writer states */
    if (!own_subj && (base == SIMA_DEP_ADVCL || base == SIMA_DEP_ACL) &&
        (coder_has_marker(c, x, "of") || coder_has_marker(c, x, "for") ||
         coder_has_marker(c, x, "with"))) {
      int32_t v = h;
      if (base == SIMA_DEP_ACL &&
          deprel_base(c->syn[h].deprel) == SIMA_DEP_OBJ)
        v = c->syn[h].head;
      if (v >= 0 && (uint32_t)v < c->n &&
          c->syn[v].upos == SIMA_UPOS_VERB &&
          (IN(accuse_heads, coder_lemma(c, (uint32_t)v)) ||
           (IN(arrest_heads, coder_lemma(c, (uint32_t)v)) &&
            coder_has_marker(c, x, "for")))) {
        MOOD_IF_ASSERTED(SIMA_MOOD_POSSIBLE, "C-MOOD-ACCUSED", v);
        break;
      }
    }
    /* RULE C-MOOD-EVALUATIVE: the to-clause of an adjective that judges
    ** an act ("it was possible for Turkey to renege on the deal", "the
    ** aims can be difficult to reconcile with ...", "it is important for
    ** the Zetas to take control of the port") says how hard, how likely
    ** or how needed the act is, not that it was done: possible, or
    ** requested for an adjective of necessity (a habit, "it is unusual
    ** for the US to target heads of state", is C-HABIT-PAST) */
    if ((base == SIMA_DEP_CSUBJ || base == SIMA_DEP_XCOMP ||
         base == SIMA_DEP_ADVCL) &&
        c->syn[h].upos == SIMA_UPOS_ADJ && coder_has_marker(c, x, "to")) {
      const char *al = coder_lemma(c, (uint32_t)h);
      /* (C-NEG-UNABLE: "it was impossible for the army to attack" did
      ** not attack) */
      if (!sima_casecmp(al, "impossible")) {
        if (!neg_block)
          NEGATE("C-NEG-UNABLE", h);
        break;
      }
      if (IN(ease_adjs, al)) {
        MOOD_IF_ASSERTED(SIMA_MOOD_POSSIBLE, "C-MOOD-EVALUATIVE", h);
        break;
      }
      if (IN(need_adjs, al)) {
        MOOD_IF_ASSERTED(SIMA_MOOD_REQUESTED, "C-MOOD-EVALUATIVE", h);
        break;
      }
    }
    /* C-NEG-UNABLE: "proved incapable of prosecuting the cartel" (the
    ** of-clause of an adjective of inability) */
    if (base == SIMA_DEP_ADVCL && c->syn[h].upos == SIMA_UPOS_ADJ &&
        (!sima_casecmp(coder_lemma(c, (uint32_t)h), "incapable") ||
         !sima_casecmp(coder_lemma(c, (uint32_t)h), "powerless"))) {
      NEGATE("C-NEG-UNABLE", h);
      break;
    }
    /* C-MOOD-ABILITY: what one is "capable of" doing may happen ("they
    ** would have been capable of killing six guards") */
    if (base == SIMA_DEP_ADVCL && c->syn[h].upos == SIMA_UPOS_ADJ &&
        coder_has_marker(c, x, "of") &&
        !sima_casecmp(coder_lemma(c, (uint32_t)h), "capable")) {
      MOOD_IF_ASSERTED(SIMA_MOOD_POSSIBLE, "C-MOOD-ABILITY", h);
      break;
    }
    /* RULE C-NEG-INVOLVED: "were not involved in attacking", "is not
    ** engaged in negotiating": the act in the in-clause of a negated
    ** adjective of taking part was not done */
    if (base == SIMA_DEP_ADVCL && coder_has_marker(c, x, "in") &&
        (c->syn[h].upos == SIMA_UPOS_ADJ || c->syn[h].upos == SIMA_UPOS_VERB) &&
        IN(involved_adjs, coder_lemma(c, (uint32_t)h))) {
      int32_t nw = negated_here(c, (uint32_t)h);
      if (nw && !neg_block) {
        NEGATE("C-NEG-INVOLVED", nw - 1);
        neg_block = 1;
      }
      x = (uint32_t)h;
      continue;
    }
    /* C-MOOD-DISPOSED: "is interested in exchanging information" (an
    ** adverbial clause of the adjective) */
    if (base == SIMA_DEP_ADVCL && c->syn[h].upos == SIMA_UPOS_ADJ &&
        IN(disposed_adjs, coder_lemma(c, (uint32_t)h))) {
      MOOD_IF_ASSERTED(SIMA_MOOD_PLANNED, "C-MOOD-DISPOSED", h);
      x = (uint32_t)h;
      continue;
    }
    /* RULE C-NEG-RULEOUT: "ruled out attending" did not attend; "has
    ** not ruled out attending" may attend (the negations cancel) */
    if ((base == SIMA_DEP_XCOMP || base == SIMA_DEP_ADVCL ||
         base == SIMA_DEP_OBJ) &&
        c->syn[x].xpos == SIMA_XPOS_VBG &&
        IN(ruleout_heads, coder_lemma(c, (uint32_t)h)) &&
        (sima_casecmp(coder_lemma(c, (uint32_t)h), "rule") ||
         has_particle(c, (uint32_t)h, "out"))) {
      if (negated_here(c, (uint32_t)h)) {
        neg_block = 1;
        MOOD_IF_ASSERTED(SIMA_MOOD_POSSIBLE, "C-NEG-RULEOUT", h);
      } else if (!neg_block) {
        NEGATE("C-NEG-RULEOUT", h);
      }
      x = (uint32_t)h;
      continue;
    }
    /* RULE C-MOOD-MEANS: the means of an act ("police might respond by
    ** arresting them", "could escape by travelling to the embassy") is
    ** in the act's frame: its modal, negation and speaker */
    /* (C-MOOD-MEANS-ADJ: also of a predicate adjective, "by working with
    ** the rebels, the government may be able to help": possible) */
    if (base == SIMA_DEP_ADVCL && c->syn[x].xpos == SIMA_XPOS_VBG &&
        coder_has_marker(c, x, "by") &&
        (c->syn[h].upos == SIMA_UPOS_VERB || predicate_adj(c, (uint32_t)h))) {
      /* RULE C-MOOD-MEANS-WOULD: the means of a "would" ("what the
      ** rebels would gain by supporting the insurgents") is a case
      ** weighed, not a plan: possible, so no intent (C-INTENT) */
      int32_t wd = mood == SIMA_MOOD_ASSERTED ? would_means(c, (uint32_t)h) : -1;
      if (wd >= 0) {
        mood = SIMA_MOOD_POSSIBLE;
        mrule = "C-MOOD-MEANS-WOULD";
        mcue = wd;
      }
      x = (uint32_t)h;
      continue;
    }
    if ((base == SIMA_DEP_ADVCL || base == SIMA_DEP_XCOMP) &&
        c->syn[x].xpos == SIMA_XPOS_VBG && coder_has_marker(c, x, "from") &&
        c->syn[h].upos == SIMA_UPOS_VERB &&
        IN(from_heads, coder_lemma(c, (uint32_t)h))) {
      /* (not when the head is negated: "did not stop them from
      ** attacking" lets the attack happen) */
      if (!neg_block && !negated_here(c, (uint32_t)h))
        NEGATE("C-NEG-FROM", h);
      neg_block = 1;
      x = (uint32_t)h;
      continue;
    }
    /* RULE C-NEG-WITHOUT: a gerund marked "without" on a verb ("made the
    ** decision without consulting parliament", "entered the town without
    ** meeting the rebels") is an act not done: negated, in its head's
    ** frame (its modal and speaker) */
    if (base == SIMA_DEP_ADVCL && c->syn[x].xpos == SIMA_XPOS_VBG &&
        coder_has_marker(c, x, "without") &&
        c->syn[h].upos == SIMA_UPOS_VERB) {
      int32_t wo = coder_child_word(c, x, SIMA_DEP_MARK, "without");
      if (wo < 0)
        wo = coder_child_word(c, x, SIMA_DEP_CASE, "without");
      if (!neg_block)
        NEGATE("C-NEG-WITHOUT", wo >= 0 ? (uint32_t)wo : x);
      neg_block = 1;
      x = (uint32_t)h;
      continue;
    }
    /* C-MOOD-ALLEGED (participle): an unmarked -ing clause after its
    ** head ("have allegedly been raiding towns, firing on protesters")
    ** tells more of the head's act: it is in the head's frame (modal,
    ** condition, speaker), not under its negation */
    if (base == SIMA_DEP_ADVCL && c->syn[x].xpos == SIMA_XPOS_VBG &&
        !has_mark(c, x) && x > (uint32_t)h &&
        c->syn[h].upos == SIMA_UPOS_VERB) {
      if (!part_frame) {
        part_frame = 1;
        part_mood = mood;
        part_rule = mrule;
        part_cue = mcue;
      }
      neg_block = 1;
      x = (uint32_t)h;
      continue;
    }
    /* C-NEG-DENIED on a gerund: "the army denied attacking the village" */
    /* (the gerund is the denial's complement: no comma in between;
    ** "deny responsibility, blaming it on ..." blames) */
    if ((base == SIMA_DEP_XCOMP || base == SIMA_DEP_OBJ ||
         base == SIMA_DEP_CCOMP) &&
        (uint32_t)h < x && c->syn[x].xpos == SIMA_XPOS_VBG &&
        c->syn[h].upos == SIMA_UPOS_VERB &&
        !sima_casecmp(coder_lemma(c, (uint32_t)h), "deny") &&
        !punct_between(c, (uint32_t)h, x) && !negated_here(c, (uint32_t)h)) {
      denied_by(c, (uint32_t)h, neg_block, out);
      break;
    }
    /* RULE C-NEG-SHORT: "stopped short of attacking", "fell short of
    ** recognising": the act was not done */
    if (base == SIMA_DEP_ADVCL && coder_has_marker(c, x, "of") &&
        !sima_casecmp(coder_lemma(c, (uint32_t)h), "short")) {
      if (!neg_block)
        NEGATE("C-NEG-SHORT", h);
      /* on to the verb ("stopped", "fell"), past "short" */
      int32_t v = c->syn[h].head;
      x = v >= 0 && (uint32_t)v < c->n ? (uint32_t)v : (uint32_t)h;
      if (x == (uint32_t)h)
        break;
      continue;
    }
    if (coder_is_xcomp(c, x)) {
      const char *hr = NULL;
      sima_mood hm = head_mood(c, (uint32_t)h, &hr);
      if (hm == SIMA_MOOD_PLANNED && decided_not(c, (uint32_t)h, x))
        hm = SIMA_MOOD_ASSERTED; /* C-MOOD-DECIDED-NOT */
      /* RULE C-NEG-YET: "has yet to arrest", "is yet to sign": not done
      ** so far; "unlikely to invade" is expected not to happen */
      const char *hl = coder_lemma(c, (uint32_t)h);
      int32_t yet = coder_child_word(c, (uint32_t)h, SIMA_DEP_ADVMOD, "yet");
      if (!neg_block && yet >= 0 && yet < (int32_t)x &&
          (!sima_casecmp(hl, "have") || !sima_casecmp(hl, "be")))
        NEGATE("C-NEG-YET", yet);
      if (!neg_block && !sima_casecmp(hl, "unlikely"))
        NEGATE("C-NEG", h);
      /* RULE C-MOOD-HESITANT: "hesitated to support the commission", "is
      ** reluctant to extradite him": the act is held back, may or may not
      ** come: possible; "did not hesitate to support" did it: asserted,
      ** its "not" not the act's */
      if (!sima_casecmp(hl, "hesitate") || !sima_casecmp(hl, "hesitant") ||
          !sima_casecmp(hl, "reluctant") || fear_adjective(c, (uint32_t)h)) {
        if (negated_here(c, (uint32_t)h)) {
          neg_block = 1;
          /* (fear: "are not afraid to indict": a disposition) */
          if (fear_adjective(c, (uint32_t)h) && present_fear(c, (uint32_t)h))
            MOOD_IF_ASSERTED(SIMA_MOOD_POSSIBLE, "C-MOOD-HESITANT", h);
        } else
          MOOD_IF_ASSERTED(SIMA_MOOD_POSSIBLE, "C-MOOD-HESITANT", h);
      }
      if (IN(neg_heads, coder_lemma(c, (uint32_t)h)) && !neg_block) {
        NEGATE("C-NEG", h); /* RULE C-NEG: refused, failed, ... */
        out->refused = 1;
      } else if (c->syn[x].xpos == SIMA_XPOS_VBG &&
                 mood_avert_head(c, (uint32_t)h)) {
        /* "avoided meeting the envoy"; "did not avoid meeting" met */
        if (!neg_block && !negated_here(c, (uint32_t)h))
          NEGATE("C-NEG-AVERT", h);
        neg_block = 1;
      }
      if (hm != SIMA_MOOD_ASSERTED && !given)
        MOOD_IF_ASSERTED(hm, hr, h);
      x = (uint32_t)h;
      continue;
    }
    if (rel == SIMA_DEP_CONJ) {
      if (own_conjunct(c, x)) {
        neg_block = 1;
        own_frame = !bare_but_conjunct(c, x);
      }
      for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d])
        if (deprel_base(c->syn[d].deprel) == SIMA_DEP_NSUBJ &&
            (uint32_t)d < x)
          own_subj = 1;
      x = (uint32_t)h;
      continue;
    }
    if (base == SIMA_DEP_OBJ && x == t && mood_avert_head(c, (uint32_t)h) &&
        (c->syn[t].upos != SIMA_UPOS_VERB ||
         c->syn[t].xpos == SIMA_XPOS_VBG)) {
      if (!neg_block && !negated_here(c, (uint32_t)h))
        NEGATE("C-NEG-AVERT", h);
      neg_block = 1;
      x = (uint32_t)h;
      continue;
    }
    /* RULE C-MOOD-AIM: a nominal event a verb of plan, request or
    ** expectation aims or asks at or for ("the talks aim at a border
    ** agreement", "called for talks with the rebels", "prepare for
    ** talks") takes that verb's mood (not "went for talks") */
    if (c->syn[t].upos == SIMA_UPOS_NOUN && x == t && base == SIMA_DEP_OBL &&
        c->syn[h].upos == SIMA_UPOS_VERB &&
        sima_casecmp(coder_lemma(c, (uint32_t)h), "go") &&
        (coder_has_marker(c, t, "at") || coder_has_marker(c, t, "for") ||
         coder_has_marker(c, t, "toward") ||
         coder_has_marker(c, t, "towards"))) {
      const char *hr = NULL;
      sima_mood hm = head_mood(c, (uint32_t)h, &hr);
      if (hm != SIMA_MOOD_ASSERTED) {
        MOOD_IF_ASSERTED(hm, hr, h);
        break;
      }
    }
    /* RULE C-MOOD-PART-OF: a nominal event in the of-phrase of a
    ** predicate noun ("his death may be part of a larger assault on the
    ** military", "the shooting was not part of an attack on police") is
    ** in that predicate's frame: its modal, negation and speaker */
    if (c->syn[t].upos == SIMA_UPOS_NOUN && x == t && base == SIMA_DEP_NMOD &&
        coder_has_marker(c, x, "of") && c->syn[h].upos == SIMA_UPOS_NOUN &&
        coder_child_by(c, (uint32_t)h, SIMA_DEP_COP) >= 0) {
      x = (uint32_t)h;
      continue;
    }
    if (c->syn[t].upos != SIMA_UPOS_VERB && x == t &&
        (base == SIMA_DEP_OBJ || base == SIMA_DEP_NSUBJ)) {
      /* noun trigger: "planned an attack", "fears of an attack" */
      /* RULE C-MOOD-DONE-OBJ: "commit" and "undertake" plan only their
      ** to-clause ("committed to withdraw", "undertook to pay"): an event
      ** noun as their object is carried out ("undertook a full-on
      ** assault against the gangs", "committed an assault against
      ** police"), asserted, no threat */
      static const char *const done_heads[] = {"commit", "undertake"};
      const char *hr = NULL;
      sima_mood hm = head_mood(c, (uint32_t)h, &hr);
      if (base == SIMA_DEP_OBJ && hm != SIMA_MOOD_ASSERTED &&
          !IN(done_heads, coder_lemma(c, (uint32_t)h)))
        MOOD_IF_ASSERTED(hm, hr, h);
      if (base == SIMA_DEP_NSUBJ &&
          !IN(occur_verbs, coder_lemma(c, (uint32_t)h)))
        neg_block = 1; /* C-NEG-SUBJECT */
      if (base == SIMA_DEP_NSUBJ && given_subject_event(c, t, (uint32_t)h))
        given = 1; /* C-MOOD-SUBJECT-EVENT */
      /* RULE C-NEG-WATCH: the "not" of one who will not watch or
      ** tolerate an attack ("Turkey will not stand by and watch a
      ** Russian-led attack on Idlib") is the watcher's, not the
      ** attacker's: the attack is not negated, and the watcher's "will"
      ** makes it expected, no plan (or threat) of the attacker's */
      static const char *const watch_heads[] = {"tolerate", "watch",
                                                "witness"};
      if (base == SIMA_DEP_OBJ &&
          IN(watch_heads, coder_lemma(c, (uint32_t)h)))
        neg_block = watched = 1;
      x = (uint32_t)h;
      continue;
    }
    /* C-MOOD-WHERE: on to the act whose place the clause describes (its
    ** frame, not its negation) */
    {
      int32_t wf = where_frame(c, x);
      if (wf >= 0) {
        neg_block = 1;
        x = (uint32_t)wf;
        continue;
      }
    }
    /* RULE C-MOOD-REQ: the content of a request noun ("rejected a UN
    ** appeal for deploying troops", "a call to withdraw") */
    if (rel == SIMA_DEP_ACL && c->syn[h].upos == SIMA_UPOS_NOUN &&
        IN(requested_heads, coder_lemma(c, (uint32_t)h)))
      MOOD_IF_ASSERTED(SIMA_MOOD_REQUESTED, "C-MOOD-REQ", h);
    if (base == SIMA_DEP_ADVCL && (w = conditional_here(c, x)) && !hyp) {
      hyp = 1;
      hrule = "C-MOOD-HYP";
      hcue = w - 1;
    }
    break;
  }
  if (watched && mood == SIMA_MOOD_PLANNED) { /* C-NEG-WATCH */
    mood = SIMA_MOOD_EXPECTED;
    mrule = "C-NEG-WATCH";
  }
  /* (the -ing clause takes the head's doubt, not its plan, forecast,
  ** request or inference: "announced they would vote, calling on the
  ** members to do the same" did call; "appear to have followed that
  ** strategy, capturing his wife" did capture) */
  if (part_frame && mood != part_mood &&
      (mood != SIMA_MOOD_POSSIBLE ||
       (mrule && !strcmp(mrule, "C-MOOD-SEEM")))) {
    mood = part_mood;
    mrule = part_rule;
    mcue = part_cue;
  }
  /* RULE C-MOOD-HYP (inverted condition): a sentence that opens with
  ** "Were", "Had" or "Should" and is no question ("Were China to attack
  ** Taiwan, Japan would intervene", "Had Russia attacked Poland, NATO
  ** would have responded") is a condition and its consequence: every
  ** event in it is hypothetical */
  {
    int32_t w0 = inverted_condition(c, t);
    if (w0 >= 0) {
      if (!hyp) {
        hrule = "C-MOOD-HYP";
        hcue = w0;
      }
      hyp = 1;
    }
  }
  /* RULE C-MOOD-HESITANT (fear): "afraid of indicting police officers":
  ** possible; "were not afraid of attacking" did it */
  {
    int32_t fa = feared_of(c, t);
    if (fa >= 0 && (!negated_here(c, (uint32_t)fa) ||
                    present_fear(c, (uint32_t)fa)))
      MOOD_IF_ASSERTED(SIMA_MOOD_POSSIBLE, "C-MOOD-HESITANT", fa);
  }
  /* RULE C-MOOD-PURPOSE ("in order to", in_order_to): planned, and no
  ** intent or threat is made of it (coder.c) */
  {
    int32_t io = in_order_to(c, t);
    if (io >= 0)
      MOOD_IF_ASSERTED(SIMA_MOOD_PLANNED, "C-MOOD-PURPOSE", io);
  }
  /* RULE C-MOOD-QUESTION: a sentence that asks ("Will Russia attack
  ** Ukraine?", "Had the army attacked the rebels?") asserts nothing */
  {
    int32_t q = question_mark(c, t);
    if (q >= 0 && (mood == SIMA_MOOD_ASSERTED || mood == SIMA_MOOD_PLANNED ||
                   mood == SIMA_MOOD_EXPECTED)) {
      mood = SIMA_MOOD_POSSIBLE;
      mrule = "C-MOOD-QUESTION";
      mcue = q;
      open_q = 1;
      qcue = q;
    }
  }
  /* RULE C-ATTR-ACCORDING: "According to Syrian state
  ** media, Israeli jets struck ..." attributes the sentence's events to
  ** the source named, however the parse hangs the phrase */
  if (out->attr < 0 &&
      (out->attr = opening_according(c, t, &out->attr_first,
                                     &out->attr_last)) >= 0)
    out->attr_rule = "C-ATTR-ACCORDING";
  /* RULE C-ATTR-HEADLINE (coder_generic.c): a headline's speaker
  ** across a colon ("... in Peru: Official") */
  if (out->attr < 0 &&
      (out->attr = coder_headline_speaker(c, t, &out->attr_first,
                                          &out->attr_last)) >= 0)
    out->attr_rule = "C-ATTR-HEADLINE";
  if (out->attr < 0 && (out->attr = closing_speaker(c, t)) >= 0)
    out->attr_rule = "C-ATTR-QUOTE";
  if (out->attr < 0 && (out->attr = continued_speaker(c, t)) >= 0)
    out->attr_rule = "C-ATTR-QUOTE-NEXT";
#undef MOOD_IF_ASSERTED
#undef NEGATE
  if (!apply_mood) {
    /* a pattern that encodes its own mood (an intent) still did not
    ** happen when its clause is a condition; nor is it made when a modal
    ** of possibility governs it ("might agree to meet": C-MOOD-POSS) */
    if (out->in_cond || (hyp && mood_truth_condition(c, hcue))) {
      out->mood = SIMA_MOOD_HYPOTHETICAL;
      out->mood_rule = out->in_cond ? hrule : "C-MOOD-IF-TRUE";
      out->mood_cue = hcue;
    } else if (open_q) {
      /* nor is one whose clause is an open question (C-MOOD-WHETHER) */
      out->mood = SIMA_MOOD_POSSIBLE;
      out->mood_rule = "C-MOOD-WHETHER";
      out->mood_cue = qcue;
    } else if (mood == SIMA_MOOD_POSSIBLE &&
               (mood_modal_possible(c, mcue) ||
                (mrule && (!strcmp(mrule, "C-MOOD-CLAIM") ||
                           !strcmp(mrule, "C-MOOD-ALLEGED"))))) {
      /* (nor one that is only claimed or alleged: "there are claims
      ** that the US is willing to support the force": C-MOOD-CLAIM) */
      out->mood = SIMA_MOOD_POSSIBLE;
      out->mood_rule = mrule;
      out->mood_cue = mcue;
    }
    return;
  }
  out->uncond = mood;
  out->uncond_rule = mood == SIMA_MOOD_ASSERTED ? NULL : mrule;
  out->uncond_cue = mood == SIMA_MOOD_ASSERTED ? -1 : mcue;
  out->mood = hyp ? SIMA_MOOD_HYPOTHETICAL : mood;
  out->mood_rule = hyp ? hrule : out->uncond_rule;
  out->mood_cue = hyp ? hcue : out->uncond_cue;
}
