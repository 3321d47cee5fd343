/*
** coder_generic.c — is it an event at all?  The rule predicates that tell
** a reported act from a habit (C-HABIT-PAST), a generic statement
** (C-GENERIC-PRESENT), a clause of a law (C-LAW-CLAUSE), a sourcing
** formula (C-ANONYMITY), a noun of an act or a topic (C-NOUN-OF-ACT), an
** act not done (C-RATHER-THAN), a job or an aim (C-BE-TO-NOUN) and a
** description (C-SPONSOR-ADJ's participles).  Pure functions of the
** parse, called by code_trigger (coder.c); cross-file names take the
** coder_ prefix and are declared in coder_int.h.
*/
#include "coder_int.h"
#include "timex.h"

#include <string.h>
#include <strings.h>

/* C-HABIT-PAST (period): does the clause of x (its dependents, not
** those of clauses below it) hold "annually", "daily", "weekly" ... or
** "each/every day (week, month, year ...)"? */
static int periodic(const coder_ctx *c, uint32_t x, int depth) {
  static const char *const per_adv[] = {"annually", "daily",  "monthly",
                                        "nightly",  "weekly", "yearly"};
  static const char *const period[] = {"day",   "month", "morning",
                                       "night", "week",  "year"};
  if (depth > 4)
    return 0;
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    const char *l = coder_lemma(c, (uint32_t)d);
    /* (a participle on a noun is in the clause: "increases its security
    ** training each year") */
    if (c->syn[d].deprel == SIMA_DEP_ACL_RELCL || b == SIMA_DEP_ADVCL ||
        b == SIMA_DEP_CCOMP || b == SIMA_DEP_XCOMP || b == SIMA_DEP_CONJ ||
        b == SIMA_DEP_PARATAXIS || b == SIMA_DEP_CSUBJ || b == SIMA_DEP_APPOS)
      continue;
    if (b == SIMA_DEP_ADVMOD && CODER_IN(per_adv, l))
      return 1;
    if (c->syn[d].upos == SIMA_UPOS_NOUN && CODER_IN(period, l) &&
        (coder_child_word(c, (uint32_t)d, SIMA_DEP_DET, "each") >= 0 ||
         coder_child_word(c, (uint32_t)d, SIMA_DEP_DET, "every") >= 0 ||
         coder_child_word(c, (uint32_t)d, SIMA_DEP_CASE, "per") >= 0))
      return 1;
    if (periodic(c, (uint32_t)d, depth + 1))
      return 1;
  }
  return 0;
}

/* C-HABIT-PAST (tendency): is the passive "known" h in the present ("are
** known", "have been known")?  A past one ("Gollum was known to break
** into a parade on Saturday") may tell of one act. */
static int known_now(const coder_ctx *c, int32_t h) {
  int pres = 0, pass = 0;
  for (int32_t d = c->first_child[h]; d >= 0; d = c->next_sib[d]) {
    unsigned r = c->syn[d].deprel;
    if (r == SIMA_DEP_AUX_PASS)
      pass = 1;
    if ((r == SIMA_DEP_AUX_PASS || r == SIMA_DEP_AUX) &&
        (c->syn[d].xpos == SIMA_XPOS_VBP || c->syn[d].xpos == SIMA_XPOS_VBZ))
      pres = 1;
  }
  return pass && pres;
}

/* C-HABIT-PAST (span): is d (an obl or nmod of a predicate, or an nmod
** below one: the parse hangs "since 2006" on the nearest noun) a phrase
** of a span, "since ..." or "for years (decades)"? */
static int span_phrase(const coder_ctx *c, uint32_t d, int depth) {
  unsigned b = deprel_base(c->syn[d].deprel);
  if (depth > 2 || (b != SIMA_DEP_OBL && b != SIMA_DEP_NMOD))
    return 0;
  const char *l = coder_lemma(c, d);
  if (coder_has_marker(c, d, "since") ||
      ((!sima_casecmp(l, "year") || !sima_casecmp(l, "decade")) &&
       c->syn[d].xpos == SIMA_XPOS_NNS && coder_has_marker(c, d, "for")))
    return 1;
  for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k])
    if (span_phrase(c, (uint32_t)k, depth + 1))
      return 1;
  return 0;
}

/* C-HABIT-PAST (years): is d, an obl of a verb or an nmod of its
** subject, "for years (decades)", "over (through) the years" or (p14c)
** "for a generation" / "for generations"? */
static int years_phrase(const coder_ctx *c, uint32_t d) {
  unsigned b = deprel_base(c->syn[d].deprel);
  const char *l = coder_lemma(c, d);
  if (b != SIMA_DEP_OBL && b != SIMA_DEP_NMOD)
    return 0;
  if (!sima_casecmp(l, "generation"))
    return coder_has_marker(c, d, "for") &&
           coder_child_by(c, d, SIMA_DEP_AMOD) < 0 &&
           coder_child_by(c, d, SIMA_DEP_NUMMOD) < 0;
  return c->syn[d].xpos == SIMA_XPOS_NNS &&
         (!sima_casecmp(l, "year") || !sima_casecmp(l, "decade")) &&
         (coder_has_marker(c, d, "for") ||
          /* ("over the years", "through the years": p13b) */
          ((coder_has_marker(c, d, "over") ||
            coder_has_marker(c, d, "through")) &&
           coder_child_word(c, d, SIMA_DEP_DET, "the") >= 0 &&
           coder_child_by(c, d, SIMA_DEP_AMOD) < 0 &&
           coder_child_by(c, d, SIMA_DEP_NUMMOD) < 0));
}

/* RULE C-HABIT-TERM: is d, a phrase of years on t, the term of a prison
** sentence rather than a span the act filled?  A counted "for N years"
** ("for nearly eight years", "for 12 years") on a verb of sentencing
** (imprison, jail, sentence) measures the sentence handed down: "a former
** British soldier has been jailed for nearly eight years in Turkey" is
** one act of the Turkish courts, not a habit over the years; a bare "for
** years" stays a span ("has been jailed for years"). */
static int sentence_term(const coder_ctx *c, uint32_t t, uint32_t d) {
  /* verbs of sentencing.  Sorted. */
  static const char *const sentencing[] = {"imprison", "jail", "sentence"};
  return CODER_IN(sentencing, coder_lemma(c, t)) &&
         coder_child_by(c, d, SIMA_DEP_NUMMOD) >= 0;
}

/* C-HABIT-PAST (long): is t a perfect (auxiliary "have") with "long"
** before it or a phrase of years on it (years_phrase)?  "has long"
** before a perfect tells a standing relation or stance ("the US has long
** partnered with Kurdish forces", "mafias have long demanded protection
** money"), not one act; and so does "for years" or "for decades" on a
** perfect ("the ELN has traded with the Gulf Cartel for years"), or
** "over (through) the years" ("over the years, the ELN has attacked
** Venezuelan soldiers"; "over the last two years" is a span that real
** acts fill), or "for a generation" on the verb or, as the parse hangs
** it, on its subject ("every president for a generation has embraced
** police reform": p14c) */
static int perfect_span(const coder_ctx *c, uint32_t t) {
  if (coder_child_word(c, t, SIMA_DEP_AUX, "have") < 0)
    return 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    const sima_token *k = &c->doc->tokens[d];
    unsigned b = deprel_base(c->syn[d].deprel);
    if (c->syn[d].deprel == SIMA_DEP_ADVMOD && (uint32_t)d < t &&
        k->len == 4 && !strncasecmp(c->doc->text + k->off, "long", 4))
      return 1;
    if (b == SIMA_DEP_OBL && years_phrase(c, (uint32_t)d) &&
        !sentence_term(c, t, (uint32_t)d))
      return 1;
    if (b == SIMA_DEP_NSUBJ)
      for (int32_t e = c->first_child[d]; e >= 0; e = c->next_sib[e])
        if (!sima_casecmp(coder_lemma(c, (uint32_t)e), "generation") &&
            years_phrase(c, (uint32_t)e))
          return 1;
  }
  return 0;
}

/* C-HABIT-PAST (reputed): is t the bare infinitive (xcomp, VB with no
** auxiliary of its own) of a present passive verb of belief or report
** ("the clan is thought to work closely with the Sinaloa Cartel", "the
** FARC is estimated to control 70 percent of the coca fields")?  What
** one is believed to do, in the present, is a standing relation or a
** state; a past act is reported with a perfect infinitive ("is believed
** to have killed him") and stays, and so does what is expected (a plan,
** not here).  p14c */
static int reputed_state(const coder_ctx *c, uint32_t t) {
  /* verbs of belief or report.  Sorted. */
  static const char *const belief[] = {
      "believe", "estimate", "repute", "rumor", "rumour",
      "say",     "suspect",  "think",  "understand"};
  int32_t h = c->syn[t].head;
  if (c->syn[t].deprel != SIMA_DEP_XCOMP || c->syn[t].xpos != SIMA_XPOS_VB ||
      c->syn[t].upos != SIMA_UPOS_VERB || h < 0 || (uint32_t)h >= c->n ||
      !coder_has_marker(c, t, "to") || coder_child_by(c, t, SIMA_DEP_AUX) >= 0 ||
      coder_child_by(c, t, SIMA_DEP_AUX_PASS) >= 0 ||
      c->syn[h].xpos != SIMA_XPOS_VBN ||
      !CODER_IN(belief, coder_lemma(c, (uint32_t)h)))
    return 0;
  return known_now(c, h);
}

/* RULE C-HABIT-PAST: a habit or the start of an acquaintance is no
** event: an act with an adverb of habit ("officials often accuse ...",
** "Z40 frequently went to Guatemala"), the act under an active "used to"
** (or a conjunct of it: "he used to visit my husband and talk business")
** and a meeting done "first" ("he first met them in the late 1970s") tell
** how things are or were, not that an act took place.  "Rarely" and
** "seldom" tell a habit too ("the navy rarely confirms its strikes"),
** not one act denied, and "increasingly" a tendency ("gangs are
** increasingly developing ties to mafias abroad").  "The drug was
** used to poison him" (passive) and "a lab used to process cocaine"
** (a participle) are instruments, not habits; "regularly", "routinely"
** and "repeatedly" count real acts. */
/* C-HABIT-PAST: does t carry an adverb of habit, "at times" or "from
** time to time"? */
static int habit_marks(const coder_ctx *c, uint32_t t) {
  /* adverbs of habit.  Sorted. */
  /* ("always", "consistently", "constantly", "continually" and
  ** "invariably" tell a stance or a habit kept up: "Trump has
  ** consistently denigrated Nato", "the cartels have always defined
  ** themselves as protectors": p14c) */
  static const char *const habit[] = {
      "always",       "commonly",      "consistently", "constantly",
      "continually",  "customarily",   "frequently",   "generally",
      "habitually",   "historically",  "increasingly", "invariably",
      "normally",     "occasionally",  "often",        "rarely",
      "seldom",       "sometimes",     "traditionally", "typically",
      "usually"};
  /* ("increasingly" on an adjective of attitude is a degree: "has grown
  ** increasingly concerned" is C-STATE-OF-MIND's) */
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_ADVMOD &&
        CODER_IN(habit, coder_lemma(c, (uint32_t)d)) &&
        (c->syn[t].upos == SIMA_UPOS_VERB ||
         sima_casecmp(coder_lemma(c, (uint32_t)d), "increasingly")))
      return 1;
  /* C-HABIT-PAST (at times): "at times" and "from time to time" on the
  ** verb, or on its subject where the parse hangs "at times" ("officials
  ** at times deny links between the murders and the activists", "from
  ** time to time, Calderon has conducted anti-corruption sweeps") */
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    uint32_t k = (uint32_t)d;
    if (b == SIMA_DEP_NSUBJ)
      for (int32_t e = c->first_child[d]; e >= 0; e = c->next_sib[e])
        if (deprel_base(c->syn[e].deprel) == SIMA_DEP_NMOD &&
            c->syn[e].xpos == SIMA_XPOS_NNS &&
            !sima_casecmp(coder_lemma(c, (uint32_t)e), "time") &&
            coder_has_marker(c, (uint32_t)e, "at") &&
            coder_child_by(c, (uint32_t)e, SIMA_DEP_DET) < 0)
          return 1;
    if ((b != SIMA_DEP_OBL && b != SIMA_DEP_NMOD) ||
        sima_casecmp(coder_lemma(c, k), "time") ||
        coder_child_by(c, k, SIMA_DEP_DET) >= 0)
      continue;
    if (c->syn[k].xpos == SIMA_XPOS_NNS && coder_has_marker(c, k, "at"))
      return 1;
    if (coder_has_marker(c, k, "from"))
      for (int32_t e = c->first_child[k]; e >= 0; e = c->next_sib[e])
        if (!sima_casecmp(coder_lemma(c, (uint32_t)e), "time") &&
            coder_has_marker(c, (uint32_t)e, "to"))
          return 1;
  }
  return 0;
}

int coder_habit_past(const coder_ctx *c, uint32_t t) {
  if (habit_marks(c, t))
    return 1;
  /* C-HABIT-PAST (participle): a present participle with no subject or
  ** marker of its own, adverbial to a verb of habit, shares the habit
  ** ("from time to time, Calderon has conducted sweeps, expelling
  ** officials accused of corruption") */
  {
    int32_t h = c->syn[t].head;
    if (c->syn[t].xpos == SIMA_XPOS_VBG &&
        deprel_base(c->syn[t].deprel) == SIMA_DEP_ADVCL && h >= 0 &&
        (uint32_t)h < c->n && c->syn[h].upos == SIMA_UPOS_VERB &&
        coder_child_by(c, t, SIMA_DEP_NSUBJ) < 0 &&
        coder_child_by(c, t, SIMA_DEP_MARK) < 0 &&
        (habit_marks(c, (uint32_t)h) || perfect_span(c, (uint32_t)h) ||
         reputed_state(c, (uint32_t)h)))
      return 1;
  }
  if (perfect_span(c, t) || reputed_state(c, t))
    return 1;
  /* C-HABIT-PAST (span): a participle with no subject of its own on a
  ** perfect copular predicate that holds over a span ("has long been
  ** involved in kidnapping migrants", "has been an advocate for refugees
  ** since 2006, travelling to Chad and Iraq") tells what was done over
  ** those years, not one act.  The span is "long" before the predicate,
  ** "for years (decades)" or a "since" phrase; on an act itself ("police
  ** have arrested 500 people since 2006") "since" counts real acts. */
  if (c->syn[t].xpos == SIMA_XPOS_VBG &&
      coder_child_by(c, t, SIMA_DEP_NSUBJ) < 0) {
    /* (through its conjuncts: "involved in kidnapping and extorting") */
    uint32_t y = coder_conj_first(c, t, 4);
    unsigned tb = deprel_base(c->syn[y].deprel);
    int32_t h = c->syn[y].head;
    if ((tb == SIMA_DEP_ADVCL || tb == SIMA_DEP_XCOMP) && h >= 0 &&
        (uint32_t)h < c->n &&
        coder_child_by(c, (uint32_t)h, SIMA_DEP_COP) >= 0 &&
        coder_child_word(c, (uint32_t)h, SIMA_DEP_AUX, "have") >= 0)
      for (int32_t d = c->first_child[h]; d >= 0; d = c->next_sib[d])
        if ((deprel_base(c->syn[d].deprel) == SIMA_DEP_ADVMOD && d < h &&
             !sima_casecmp(coder_lemma(c, (uint32_t)d), "long")) ||
            span_phrase(c, (uint32_t)d, 0))
          return 1;
  }
  /* C-HABIT-PAST (period): a present-tense act repeated each period
  ** ("Costa Rica exports shark fins to Hong Kong annually", "the United
  ** States increases its training each year", "US police kill an average
  ** of 369 people each year") is a habit; a past one ("was attacked
  ** daily") counts real acts.  The period word is looked for anywhere in
  ** the verb's own clause (the parse hangs it on the nearest noun) */
  if ((c->syn[t].xpos == SIMA_XPOS_VBZ || c->syn[t].xpos == SIMA_XPOS_VBP ||
       (c->syn[t].xpos == SIMA_XPOS_VB &&
        coder_child_by(c, t, SIMA_DEP_NSUBJ) >= 0 &&
        coder_child_word(c, t, SIMA_DEP_MARK, "to") < 0)) &&
      c->syn[t].upos == SIMA_UPOS_VERB &&
      coder_child_by(c, t, SIMA_DEP_AUX) < 0 && periodic(c, t, 0))
    return 1;
  /* (a present passive: "20,000 migrants per year are kidnapped") */
  if (c->syn[t].xpos == SIMA_XPOS_VBN && c->syn[t].upos == SIMA_UPOS_VERB &&
      coder_child_by(c, t, SIMA_DEP_AUX) < 0) {
    int32_t a = coder_child_by(c, t, SIMA_DEP_AUX_PASS);
    if (a >= 0 &&
        (c->syn[a].xpos == SIMA_XPOS_VBZ || c->syn[a].xpos == SIMA_XPOS_VBP) &&
        periodic(c, t, 0))
      return 1;
  }
  /* C-HABIT-PAST (adjective): "it is common (unusual) for the gangs to
  ** extort shopkeepers": the to-clause of an adjective of habit */
  static const char *const habit_adj[] = {
      "common",  "commonplace", "customary", "normal",  "rare",
      "routine", "typical",     "uncommon",  "unusual", "usual"};
  {
    uint32_t y = coder_conj_first(c, t, 4);
    unsigned yb = deprel_base(c->syn[y].deprel);
    int32_t a = c->syn[y].head;
    if ((yb == SIMA_DEP_CSUBJ || yb == SIMA_DEP_XCOMP ||
         yb == SIMA_DEP_ADVCL) &&
        a >= 0 && (uint32_t)a < c->n && c->syn[a].upos == SIMA_UPOS_ADJ &&
        coder_has_marker(c, y, "to") &&
        CODER_IN(habit_adj, coder_lemma(c, (uint32_t)a)))
      return 1;
  }
  if (!strcmp(coder_lemma(c, t), "meet"))
    for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
      if (c->syn[d].deprel == SIMA_DEP_ADVMOD && (uint32_t)d < t &&
          !sima_casecmp(coder_lemma(c, (uint32_t)d), "first"))
        return 1;
  uint32_t x = coder_conj_first(c, t, 4);
  int32_t h = c->syn[x].head;
  /* C-HABIT-PAST (tendency): "Colombian groups now tend to sell their
  ** product to the Mexicans", "criminal groups are known to steal fuel":
  ** the to-complement of "tend" or of a passive "known" */
  if (c->syn[x].deprel == SIMA_DEP_XCOMP && h >= 0 && (uint32_t)h < c->n &&
      coder_has_marker(c, x, "to") &&
      ((c->syn[h].upos == SIMA_UPOS_VERB &&
        !strcmp(coder_lemma(c, (uint32_t)h), "tend")) ||
       (c->syn[h].xpos == SIMA_XPOS_VBN &&
        !strcmp(coder_lemma(c, (uint32_t)h), "know") && known_now(c, h))))
    return 1;
  /* (the dense parser hangs the to-clause right after "used" as an
  ** adverbial clause: "claims about the nerve agent used to poison
  ** Skripal", with "claims" the subject of "used") */
  if ((c->syn[x].deprel != SIMA_DEP_XCOMP &&
       !(deprel_base(c->syn[x].deprel) == SIMA_DEP_ADVCL && h >= 0 &&
         x == (uint32_t)h + 2)) ||
      h < 0 || (uint32_t)h >= c->n ||
      c->syn[h].xpos != SIMA_XPOS_VBD ||
      strcmp(coder_lemma(c, (uint32_t)h), "use") != 0 ||
      !coder_has_marker(c, x, "to"))
    return 0;
  /* (its own active subject: "the nerve agent used to poison Skripal" is
  ** a participle the tagger took for a past tense) */
  for (int32_t d = c->first_child[h]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_NSUBJ)
      return 1;
  return 0;
}

/* RULE C-SPONSOR-ADJ (participle): a participle fused to a word before it
** by a hyphen ("US-backed", "Iranian-funded", "state-sponsored") is a
** compound adjective that describes a standing relation, not an act:
** "the US-backed Syrian Democratic Forces" codes no US support, however
** the parse hangs the participle (amod, or a conjunct "the US-backed and
** Kurdish-led forces").  A prefix ("re-elected", "co-sponsored") leaves a
** verb. */
/* RULE A-APPROVER-NOT-ACTOR: a participle of sponsorship or approval
** (approved, armed, backed, endorsed, funded, sponsored, supported,
** trained ...) names who stands behind a thing, not who does it: "the
** Russian-approved Turkish occupation of Afrin" is Turkey's occupation,
** and Russia is no source of it, as "Iranian-backed" names no actor
** (A-BACKER-NOT-ACTOR).  1 when t is such a participle (VBN). */
int coder_sponsor_participle(const coder_ctx *c, uint32_t t) {
  /* Sorted. */
  static const char *const sp[] = {
      "approve", "arm",     "back",    "bankroll", "endorse",
      "finance", "fund",    "sponsor", "support",  "train"};
  return c->syn[t].xpos == SIMA_XPOS_VBN && CODER_IN(sp, coder_lemma(c, t));
}

int coder_hyphen_participle(const coder_ctx *c, uint32_t t) {
  /* Sorted. */
  static const char *const prefix[] = {"co", "de", "non", "pre", "re", "un"};
  if (coder_sponsor_participle(c, t) &&
      coder_child_by(c, t, SIMA_DEP_AUX) < 0 &&
      coder_child_by(c, t, SIMA_DEP_NSUBJ) < 0) {
    unsigned b = deprel_base(c->syn[t].deprel);
    if (c->syn[t].deprel == SIMA_DEP_AMOD || c->syn[t].deprel == SIMA_DEP_ACL ||
        b == SIMA_DEP_OBL || b == SIMA_DEP_NMOD)
      return 1;
  }
  if (t < 2 || c->syn[t].xpos != SIMA_XPOS_VBN ||
      c->syn[t - 1].upos != SIMA_UPOS_PUNCT)
    return 0;
  const sima_token *a = &c->doc->tokens[t - 2], *h = &c->doc->tokens[t - 1],
                   *v = &c->doc->tokens[t];
  if (h->len != 1 || c->doc->text[h->off] != '-' || a->off + a->len != h->off ||
      h->off + h->len != v->off)
    return 0;
  unsigned u = c->syn[t - 2].upos;
  return (u == SIMA_UPOS_PROPN || u == SIMA_UPOS_NOUN || u == SIMA_UPOS_ADJ) &&
         !CODER_IN(prefix, coder_lemma(c, t - 2));
}

/* RULE C-IDENT-PARTICIPLE: a participle clause that tells who someone is
** is background, not the news.  A present participle (VBG with no
** subject, auxiliary or marker of its own; its conjuncts too) hung as acl
** (1) on an actor noun that is the subject of another predicate ("a
** British soldier fighting against the militants has died", "NGOs
** supporting the relief effort were told to leave": the sentence reports
** the death or the order), (2) on a definite apposition ("the SDF, the
** Kurdish-led force battling Isis": a role), or (3) when it is one of
** fighting or backing, on any noun but a root (a headline's predicate):
** it names a side ("strongholds of rebels fighting the regime").  And a
** participle on a death ("volunteers killed fighting alongside the
** militia", "died fighting the insurgents") tells how they died.  A
** participle on an object or a noun of report ("images of officers
** beating a man", "reports of gangs imposing a curfew") is what was seen
** or reported and stays, as does (outside case 3) one on a noun that is
** no actor ("statements by officials blaming the gangs").  (4) The parse
** may hang such a participle as xcomp on the verb whose object it
** describes ("recalling US forces assisting pro-western Kurds"):
** object_participle, p14h. */
/* C-IDENT-PARTICIPLE (4): is t (or the participle whose to-clause t is)
** a subjectless VBG the parse hangs as xcomp on a verb after that verb's
** object, the verb not one of perceiving, finding, catching, keeping or
** starting?  Then it describes the object, an acl misparsed: "recalling
** US forces assisting pro-western Kurds", "meeting British troops helping
** to train local fighters".  p14h */
static int object_participle(const coder_ctx *c, uint32_t t) {
  /* Sorted. */
  static const char *const seeing[] = {
      "capture", "catch",   "depict", "discover", "film",    "find",
      "get",     "have",    "hear",   "imagine",  "keep",    "leave",
      "notice",  "observe", "photograph", "picture", "record", "report",
      "see",     "send",    "set",    "show",     "spot",    "start",
      "watch"};
  /* (a conjunct with a subject of its own is a clause of its own) */
  if (coder_child_by(c, t, SIMA_DEP_NSUBJ) >= 0)
    return 0;
  uint32_t x = coder_conj_first(c, t, 4);
  for (int i = 0; i < 3 && c->syn[x].xpos != SIMA_XPOS_VBG; i++) {
    int32_t p = c->syn[x].head;
    if (!coder_is_xcomp(c, x) || !coder_has_marker(c, x, "to") || p < 0 ||
        (uint32_t)p >= c->n)
      return 0;
    x = coder_conj_first(c, (uint32_t)p, 4);
  }
  if (c->syn[x].xpos != SIMA_XPOS_VBG || c->syn[x].upos != SIMA_UPOS_VERB ||
      deprel_base(c->syn[x].deprel) != SIMA_DEP_XCOMP)
    return 0;
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if (b == SIMA_DEP_NSUBJ || b == SIMA_DEP_AUX || b == SIMA_DEP_MARK ||
        b == SIMA_DEP_AUX_PASS)
      return 0;
  }
  int32_t h = c->syn[x].head;
  if (h < 0 || (uint32_t)h >= c->n || c->syn[h].upos != SIMA_UPOS_VERB ||
      CODER_IN(seeing, coder_lemma(c, (uint32_t)h)))
    return 0;
  int32_t o = coder_child_by(c, (uint32_t)h, SIMA_DEP_OBJ);
  return o >= 0 && (uint32_t)o < x;
}

int coder_ident_participle(const coder_ctx *c, uint32_t t) {
  /* Sorted. */
  static const char *const death[] = {"die", "kill"};
  if (object_participle(c, t))
    return 1;
  /* Sorted. */
  static const char *const combat[] = {"back", "battle", "fight"};
  /* (and, p14c, a participle of cooperation names a partner: "drug
  ** groups working in alliance with the insurgency", "a UN body working
  ** with the government"; whether a partnership comes about is
  ** C-MOOD-NOUN's: "the prospect of police collaborating with gangs"
  ** stays possible.  Sorted.) */
  static const char *const partner[] = {"ally",    "collaborate", "cooperate",
                                        "partner", "work"};
  /* Sorted. */
  static const char *const prospect[] = {"chance",      "likelihood",
                                         "possibility", "prospect",
                                         "risk",        "scenario"};
  /* Sorted. */
  static const char *const seen[] = {"evidence", "film",    "footage", "image",
                                     "photo",    "picture", "report",  "see",
                                     "show",     "sign",    "video",   "watch"};
  uint32_t x = coder_conj_first(c, t, 4);
  for (int pass = 0; pass < 2; pass++) {
    uint32_t v = pass ? x : t;
    if (c->syn[v].xpos != SIMA_XPOS_VBG || c->syn[v].upos != SIMA_UPOS_VERB)
      return 0;
    for (int32_t d = c->first_child[v]; d >= 0; d = c->next_sib[d]) {
      unsigned b = deprel_base(c->syn[d].deprel);
      if (b == SIMA_DEP_NSUBJ || b == SIMA_DEP_AUX || b == SIMA_DEP_MARK ||
          b == SIMA_DEP_AUX_PASS)
        return 0;
    }
  }
  int32_t h = c->syn[x].head;
  if (h < 0 || (uint32_t)h >= c->n)
    return 0;
  unsigned b = deprel_base(c->syn[x].deprel);
  if (c->syn[x].deprel == SIMA_DEP_ACL) {
    unsigned u = c->syn[h].upos;
    if (u != SIMA_UPOS_NOUN && u != SIMA_UPOS_PROPN)
      return 0;
    /* (a participle of fighting or backing names a side, wherever its
    ** noun stands: "the final bastions of militias fighting the junta",
    ** "joined the peshmerga fighting Isis", "an assault by forces backing
    ** Assad"; not what was seen or reported: "a video showing soldiers
    ** fighting the rebels") */
    int32_t g0 = c->syn[h].head;
    if (CODER_IN(combat, coder_lemma(c, x)) ||
        (CODER_IN(partner, coder_lemma(c, x)) &&
         !CODER_IN(prospect, coder_lemma(c, (uint32_t)h)) &&
         !(g0 >= 0 && (uint32_t)g0 < c->n &&
           CODER_IN(prospect, coder_lemma(c, (uint32_t)g0))))) {
      /* (the parse may hang the participle on the noun of report itself:
      ** "images of troops fighting ..."; a noun at the root is a headline's
      ** predicate: "Kurdish fighters battling Isis in Raqqa") */
      int32_t g = c->syn[h].head;
      return g >= 0 && (uint32_t)g < c->n &&
             !CODER_IN(seen, coder_lemma(c, (uint32_t)h)) &&
             !CODER_IN(seen, coder_lemma(c, (uint32_t)g));
    }
    /* (the subject, or a later conjunct of it: "24 civilians died, as well
    ** as 25 rebels fighting alongside Turkey") */
    if (c->tok2men[h] < 0)
      return 0;
    uint32_t hs = coder_conj_first(c, (uint32_t)h, 4);
    if (deprel_base(c->syn[hs].deprel) == SIMA_DEP_NSUBJ)
      return 1;
    /* (a definite apposition names a role: "the SDF, the Kurdish-led
    ** force battling Isis", "Mueller, the special prosecutor investigating
    ** the president") */
    return c->syn[h].deprel == SIMA_DEP_APPOS &&
           coder_child_word(c, (uint32_t)h, SIMA_DEP_DET, "the") >= 0;
  }
  /* (the death: "died", or "killed" with no object and no agent: in
  ** "were killed by US forces repelling an assault" the participle is
  ** the killers' act) */
  if ((b == SIMA_DEP_XCOMP || b == SIMA_DEP_ADVCL) &&
      c->syn[h].upos == SIMA_UPOS_VERB &&
      CODER_IN(death, coder_lemma(c, (uint32_t)h))) {
    for (int32_t d = c->first_child[h]; d >= 0; d = c->next_sib[d]) {
      unsigned r = c->syn[d].deprel;
      if (deprel_base(r) == SIMA_DEP_OBJ || r == SIMA_DEP_OBL_AGENT ||
          (deprel_base(r) == SIMA_DEP_OBL &&
           coder_has_marker(c, (uint32_t)d, "by")))
        return 0;
    }
    return 1;
  }
  return 0;
}

/* C-PLACE-RELATIVE: the leftmost word of x's phrase (punctuation aside). */
static uint32_t leftmost(const coder_ctx *c, uint32_t x, int depth) {
  uint32_t m = x;
  if (depth > 16)
    return m;
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d]) {
    if (c->syn[d].upos == SIMA_UPOS_PUNCT)
      continue;
    uint32_t l = leftmost(c, (uint32_t)d, depth + 1);
    if (l < m)
      m = l;
  }
  return m;
}

/* C-PLACE-RELATIVE: does phrase d (a dependent of the clause) or a word
** below it name a time ("on Monday", "in recent weeks", "in 2014", "last
** year")? */
static int time_phrase(const coder_ctx *c, uint32_t d, int depth) {
  /* Sorted. */
  static const char *const when[] = {
      "ago",      "april",    "august",   "day",      "decade",    "december",
      "february", "friday",   "hour",     "january",  "july",      "june",
      "march",    "may",      "monday",   "month",    "morning",   "night",
      "november", "october",  "recently", "saturday", "september", "since",
      "sunday",   "thursday", "today",    "tuesday",  "wednesday", "week",
      "weekend",  "year",     "yesterday"};
  const sima_token *k = &c->doc->tokens[d];
  if (depth > 3)
    return 0;
  if (CODER_IN(when, coder_lemma(c, d)) ||
      (c->syn[d].upos == SIMA_UPOS_NUM && k->len == 4))
    return 1;
  for (int32_t e = c->first_child[d]; e >= 0; e = c->next_sib[e]) {
    unsigned b = deprel_base(c->syn[e].deprel);
    if ((b == SIMA_DEP_NMOD || b == SIMA_DEP_NUMMOD || b == SIMA_DEP_AMOD ||
         b == SIMA_DEP_CASE || b == SIMA_DEP_COMPOUND || b == SIMA_DEP_OBL) &&
        time_phrase(c, (uint32_t)e, depth + 1))
      return 1;
  }
  return 0;
}

/* C-RELCL-DETACHED: does clause x date its act (a time phrase on x or on
** one of its phrases: "on Thursday", "last year", "in 2011", "by a cartel
** in December")? */
int coder_clause_dated(const coder_ctx *c, uint32_t x) {
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d]) {
    unsigned r = c->syn[d].deprel, b = deprel_base(r);
    if (r == SIMA_DEP_OBL_TMOD ||
        ((b == SIMA_DEP_OBL || b == SIMA_DEP_ADVMOD || b == SIMA_DEP_NMOD ||
          b == SIMA_DEP_OBJ) &&
         time_phrase(c, (uint32_t)d, 0)))
      return 1;
  }
  return 0;
}

/* RULE C-PLACE-RELATIVE: a relative clause of place in the present perfect
** with no time ("in Syria, where Kurdish-led forces have battled Isis",
** "the US, where he has been celebrated by columnists") tells what has
** gone on at the place, background to the sentence's news: no event.  The
** clause is the trigger's phrase opening with "where" (wherever the parse
** hangs it), its verb has "have"/"has" and no modal; a time phrase ("where
** Russian troops have mounted an offensive in recent weeks", "since 2015",
** "on Monday") makes it news and it stays. */
int coder_place_relative(const coder_ctx *c, uint32_t t) {
  int have = 0;
  if (c->syn[t].upos != SIMA_UPOS_VERB)
    return 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned r = c->syn[d].deprel, b = deprel_base(r);
    if (b == SIMA_DEP_AUX && c->syn[d].xpos == SIMA_XPOS_MD)
      return 0;
    if (r == SIMA_DEP_AUX &&
        !sima_casecmp(coder_lemma(c, (uint32_t)d), "have") &&
        (c->syn[d].xpos == SIMA_XPOS_VBP || c->syn[d].xpos == SIMA_XPOS_VBZ))
      have = 1;
    /* (the time may hang on the object: "mounted an offensive ... in
    ** recent weeks") */
    if (r == SIMA_DEP_OBL_TMOD || ((b == SIMA_DEP_OBL || b == SIMA_DEP_ADVMOD ||
                                    b == SIMA_DEP_ADVCL || b == SIMA_DEP_OBJ) &&
                                   time_phrase(c, (uint32_t)d, 0)))
      return 0;
  }
  if (!have)
    return 0;
  uint32_t w = leftmost(c, t, 0);
  const sima_sentence *se = coder_sentence_of(c->doc, t);
  return se && w > se->first && c->syn[w].xpos == SIMA_XPOS_WRB &&
         !sima_casecmp(coder_lemma(c, w), "where");
}

/* RULE C-ROLE-FRAME: a verb of assigned or chosen function takes a
** kind of act, not an act: the gerund (and its conjuncts) of "tasked
** with" ("2,000 troops tasked with training local forces"), "specialize
** in" ("units who specialize in tracking the cartels"),
** "dedicate/devote (oneself) to" ("gangs who dedicate themselves to
** kidnapping and killing") says what someone is there for: no event.
** ("Charged with killing" is an accusation, C-MOOD-ACCUSED's.) */
int coder_role_frame(const coder_ctx *c, uint32_t t) {
  /* Sorted. */
  static const char *const role[] = {"dedicate", "devote", "specialise",
                                     "specialize", "task"};
  if (c->syn[t].xpos != SIMA_XPOS_VBG)
    return 0;
  uint32_t x = t;
  for (int up = 0; up < 4; up++) {
    int32_t h = c->syn[x].head;
    if (h < 0 || (uint32_t)h >= c->n)
      return 0;
    if (c->syn[x].deprel == SIMA_DEP_CONJ) {
      x = (uint32_t)h;
      continue;
    }
    unsigned b = deprel_base(c->syn[x].deprel);
    return (b == SIMA_DEP_ADVCL || b == SIMA_DEP_OBL || b == SIMA_DEP_XCOMP) &&
           c->syn[h].upos == SIMA_UPOS_VERB &&
           CODER_IN(role, coder_lemma(c, (uint32_t)h)) &&
           (coder_has_marker(c, x, "with") || coder_has_marker(c, x, "in") ||
            coder_has_marker(c, x, "to"));
  }
  return 0;
}

/* RULE C-NOUN-OF-ACT: the clause a noun of policy or practice takes names
** a kind of act, not an act: "the government's policy of stripping
** jihadists of their citizenship", "a policy of releasing and deporting
** foreign prisoners" (and its conjuncts) code no event.  The clause is
** the noun's acl marked "of" or "to" ("a practice of torturing
** detainees"); a relative clause ("the policy that Congress approved")
** is no such clause.  (A noun of capacity, "their capacity to displace
** inhabitants", is C-MOOD-ABILITY's: possible.) */
int coder_noun_of_act(const coder_ctx *c, uint32_t t) {
  /* Sorted. */
  static const char *const nouns[] = {"approach",   "habit",    "history",
                                      "policy",     "practice", "record",
                                      "reputation", "tactic",   "tradition"};
  /* Sorted. */
  static const char *const fame[] = {"famous", "infamous", "known",
                                     "notorious"};
  uint32_t x = coder_conj_first(c, t, 4);
  int32_t h = c->syn[x].head;
  /* ("famous for staging attacks", "notorious for kidnapping migrants") */
  if (h >= 0 && (uint32_t)h < c->n &&
      deprel_base(c->syn[x].deprel) == SIMA_DEP_ADVCL &&
      c->syn[x].xpos == SIMA_XPOS_VBG &&
      (c->syn[h].upos == SIMA_UPOS_ADJ || c->syn[h].xpos == SIMA_XPOS_VBN) &&
      CODER_IN(fame, coder_lemma(c, (uint32_t)h)) &&
      coder_has_marker(c, x, "for"))
    return 1;
  if (c->syn[x].deprel != SIMA_DEP_ACL || h < 0 || (uint32_t)h >= c->n ||
      c->syn[h].upos != SIMA_UPOS_NOUN ||
      !CODER_IN(nouns, coder_lemma(c, (uint32_t)h)))
    return 0;
  return coder_has_marker(c, x, "of") || coder_has_marker(c, x, "to");
}

/* RULE C-NOUN-OF-ACT (topic): "when it comes to politicians negotiating
** deals with gangs" names a topic, a kind of act, not an act: a clause
** in the "to" phrase of "come" whose subject is "it" (the clause itself,
** or a participle on the phrase's noun) codes no event. */
int coder_comes_to_topic(const coder_ctx *c, uint32_t t) {
  uint32_t x = coder_conj_first(c, t, 4);
  for (int i = 0; i < 2; i++) {
    int32_t h = c->syn[x].head;
    if (h < 0 || (uint32_t)h >= c->n)
      return 0;
    if (!sima_casecmp(coder_lemma(c, (uint32_t)h), "come") &&
        c->syn[h].upos == SIMA_UPOS_VERB) {
      unsigned b = deprel_base(c->syn[x].deprel);
      int32_t s = coder_child_by(c, (uint32_t)h, SIMA_DEP_NSUBJ);
      if (s < 0) /* (the dense parser's "it" is an expletive) */
        s = coder_child_by(c, (uint32_t)h, SIMA_DEP_EXPL);
      return (b == SIMA_DEP_OBL || b == SIMA_DEP_ADVCL) &&
             coder_has_marker(c, x, "to") && s >= 0 &&
             !sima_casecmp(coder_lemma(c, (uint32_t)s), "it");
    }
    if (c->syn[x].deprel != SIMA_DEP_ACL)
      return 0;
    x = (uint32_t)h;
  }
  return 0;
}

/* RULE C-ABOUT-AIM: "it is about V-ing ..." (a gerund marked "about"
** with a copula and the subject it, this or that) says what a matter
** comes down to or needs, not what was done: the acts in it code no
** event ("in the end it is about gathering solid proof, having courts
** that do not fear charging corrupt mayors", "for now it
** is about bringing both parties to discuss matters other than the border").
** Returns 1 when t is such a gerund or below one (not through another
** statement: a ccomp or parataxis), else 0.  A noun subject ("the
** trial is about ...") is left alone. */
static int about_aim_head(const coder_ctx *c, uint32_t x) {
  /* Sorted. */
  static const char *const pron[] = {"it", "that", "this"};
  if (c->syn[x].xpos != SIMA_XPOS_VBG ||
      coder_child_word(c, x, SIMA_DEP_MARK, "about") < 0 ||
      coder_child_by(c, x, SIMA_DEP_COP) < 0)
    return 0;
  return CODER_CHILD_IN(c, x, SIMA_DEP_NSUBJ, pron) >= 0;
}
/* RULE C-ABOUT-AIM (list): the parser may hang the later gerunds of the
** list ("it is about gathering solid proof, having courts that do not
** fear charging corrupt mayors, shielding those courts ... and
** making sure that there are safeguards") as the clausal subject of a clause
** that is a parataxis of the "about" gerund.  Returns 1 when x is a bare
** gerund (no subject, no marker) that is the csubj of a parataxis whose
** head is an "about" gerund before it, or of a clause that is that
** gerund's sibling ccomp or parataxis (under "..., Callamard said"),
** else 0.  The dense parser hangs such a gerund as a bare `advcl` before
** that clause ("having courts that ..., shielding ... there are
** safeguards": having --advcl--> are): the same. */
static int about_aim_list_item(const coder_ctx *c, uint32_t x) {
  int32_t h = c->syn[x].head;
  if ((c->syn[x].deprel != SIMA_DEP_CSUBJ &&
       !(c->syn[x].deprel == SIMA_DEP_ADVCL && h > (int32_t)x)) ||
      c->syn[x].xpos != SIMA_XPOS_VBG || h < 0 || (uint32_t)h >= c->n ||
      coder_child_by(c, x, SIMA_DEP_NSUBJ) >= 0 ||
      coder_child_by(c, x, SIMA_DEP_MARK) >= 0)
    return 0;
  unsigned hb = deprel_base(c->syn[h].deprel);
  if (hb != SIMA_DEP_PARATAXIS && hb != SIMA_DEP_CCOMP)
    return 0;
  int32_t g = c->syn[h].head;
  if (g < 0 || (uint32_t)g >= c->n)
    return 0;
  if (hb == SIMA_DEP_PARATAXIS && (uint32_t)g < x &&
      about_aim_head(c, (uint32_t)g))
    return 1;
  for (int32_t d = c->first_child[g]; d >= 0; d = c->next_sib[d]) {
    unsigned db = deprel_base(c->syn[d].deprel);
    if (d != h && (uint32_t)d < x &&
        (db == SIMA_DEP_CCOMP || db == SIMA_DEP_PARATAXIS) &&
        about_aim_head(c, (uint32_t)d))
      return 1;
  }
  return 0;
}
int coder_about_aim(const coder_ctx *c, uint32_t t) {
  uint32_t x = t;
  for (int i = 0; i < 10; i++) {
    if (about_aim_head(c, x) || about_aim_list_item(c, x))
      return 1;
    unsigned b = deprel_base(c->syn[x].deprel);
    int32_t h = c->syn[x].head;
    if (b == SIMA_DEP_CCOMP || b == SIMA_DEP_PARATAXIS || h < 0 ||
        (uint32_t)h >= c->n)
      return 0;
    x = (uint32_t)h;
  }
  return 0;
}

/* RULE C-COERCED-SAY: what someone is pressed "into saying" ("some want
** to push me into saying that the governor is reluctant to back
** the inquiry because it will look into him", "forced into admitting
** that ...") is a statement not made: the acts in its complement code
** no event.  Returns 1 when t is in the ccomp of a speech verb that is
** a gerund marked "into", else 0. */
static int coerced_speech(const coder_ctx *c, uint32_t x) {
  /* Sorted. */
  static const char *const say[] = {"acknowledge", "admit", "announce",
                                    "claim",       "confess", "declare",
                                    "say",         "state"};
  return c->syn[x].xpos == SIMA_XPOS_VBG &&
         CODER_IN(say, coder_lemma(c, x)) &&
         coder_child_word(c, x, SIMA_DEP_MARK, "into") >= 0;
}
int coder_coerced_say(const coder_ctx *c, uint32_t t) {
  uint32_t x = t;
  int below = 0; /* passed a ccomp on the way up */
  for (int i = 0; i < 10; i++) {
    if (below && coerced_speech(c, x))
      return 1;
    unsigned b = deprel_base(c->syn[x].deprel);
    int32_t h = c->syn[x].head;
    if (b == SIMA_DEP_PARATAXIS || h < 0 || (uint32_t)h >= c->n)
      return 0;
    if (b == SIMA_DEP_CCOMP) {
      if (below)
        return 0;
      below = 1;
    }
    x = (uint32_t)h;
  }
  return 0;
}

/* RULE C-GENERIC-NOMINAL: a bare plural noun of a violent act (no
** determiner, number or possessor: "kidnappings of migrants by crime
** groups could be on the rise", "murders of journalists by police") names
** a kind of act or a count of acts, not an event; "the kidnappings of
** three engineers by the ELN" and "the ELN's killings of ..." stay.  Nouns
** of killing and abduction.  Sorted. */
int coder_generic_nominal(const coder_ctx *c, uint32_t t) {
  static const char *const acts[] = {
      "abduction", "arrest",  "assassination", "assault", "attack",
      "capture",   "kidnapping", "killing",    "massacre", "murder"};
  /* (acts kept up are going on: "are able to continue attacks on
  ** Colombian police", C-MOOD-ABLE-CONTINUE.  Sorted) */
  static const char *const ongoing[] = {"continue", "escalate", "intensify",
                                        "resume",   "step"};
  if (c->syn[t].upos != SIMA_UPOS_NOUN || c->syn[t].xpos != SIMA_XPOS_NNS ||
      !CODER_IN(acts, coder_lemma(c, t)))
    return 0;
  int32_t h = c->syn[t].head;
  if (h >= 0 && (uint32_t)h < c->n && c->syn[h].upos == SIMA_UPOS_VERB &&
      deprel_base(c->syn[t].deprel) == SIMA_DEP_OBJ &&
      CODER_IN(ongoing, coder_lemma(c, (uint32_t)h)))
    return 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned r = c->syn[d].deprel, b = deprel_base(r);
    if (b == SIMA_DEP_DET || b == SIMA_DEP_NUMMOD || r == SIMA_DEP_NMOD_POSS ||
        r == SIMA_DEP_DET_POSS)
      return 0;
  }
  return 1;
}

/* RULE C-RATHER-THAN: the act a clause sets aside ("rather than backing
** the US president, the UK should seek ...", "instead of escorting them")
** is the one not done: an adverbial clause marked "rather than" or
** "instead of" codes no event. */
/* RULE C-RATHER-THAN-SPAN: an act named inside a clause set aside is not
** done either ("rather than leaving recordings revealing politicians' deals
** with gangs, ..." codes no 057 for the deals).  Also when the parse makes
** the set-aside clause the root and the main clause its parataxis.  Returns
** 1 if an ancestor of t (up to 8 links, not through a parataxis) is an
** adverbial clause or the root opened by "rather than" / "instead of". */
static int in_set_aside_span(const coder_ctx *c, uint32_t t) {
  uint32_t x = t;
  for (int i = 0; i < 8; i++) {
    unsigned b = deprel_base(c->syn[x].deprel);
    int32_t h = c->syn[x].head;
    if ((b == SIMA_DEP_ADVCL || h < 0) && x != t &&
        coder_set_aside_mark(c, x))
      return 1;
    if (h < 0 || (uint32_t)h >= c->n || b == SIMA_DEP_PARATAXIS)
      return 0;
    x = (uint32_t)h;
  }
  return 0;
}

int coder_rather_than(const coder_ctx *c, uint32_t t) {
  uint32_t x = coder_conj_first(c, t, 4);
  if (deprel_base(c->syn[x].deprel) == SIMA_DEP_ADVCL &&
      coder_set_aside_mark(c, x))
    return 1;
  return in_set_aside_span(c, t);
}

/* RULE C-GENERIC-PRESENT: an act in the simple present whose subject is a
** bare plural class noun (no determiner, possessor or number, and no
** country: "criminals do business with politicians", "militias
** intimidate locals into voting", "employers charge their laborers for
** food", "guns that soldiers take from smugglers") says
** how things go, not that an act took place: no event.  Verbal acts stay
** (roots 01-03, 10-14, 051, 052: "officials blame the war for the
** violence", "rights groups accuse the police" are stances held now), as
** do a headline, a subject with a country ("as Russian and Syrian forces
** storm the stronghold"), a specific one ("the cartels", "these
** contractors", "they") and a present with an auxiliary or a time word
** ("today", "now"). */
/* C-GENERIC-PRESENT (passive): "many people are executed by the police",
** "police are intimidated by organized crime", "most journalists are
** killed by gangsters": a present passive ("are", no other auxiliary, no
** time word) whose patient is a plural class noun, bare or with a
** quantifier (many, most, some), and has no country, tells how things go. */
static int generic_passive(const coder_ctx *c, uint32_t t) {
  static const char *const now[] = {"now", "today", "tonight"};
  static const char *const quant[] = {"many", "most", "some"};
  int pres = 0;
  int32_t s = -1;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned r = c->syn[d].deprel, b = deprel_base(r);
    if (r == SIMA_DEP_AUX_PASS && c->syn[d].xpos == SIMA_XPOS_VBP &&
        !sima_casecmp(coder_lemma(c, (uint32_t)d), "be"))
      pres = 1;
    else if (b == SIMA_DEP_AUX || r == SIMA_DEP_OBL_TMOD ||
             (b == SIMA_DEP_ADVMOD &&
              CODER_IN(now, coder_lemma(c, (uint32_t)d))))
      return 0;
    else if (r == SIMA_DEP_NSUBJ_PASS)
      s = d;
  }
  if (!pres || s < 0 || c->syn[s].upos != SIMA_UPOS_NOUN ||
      c->syn[s].xpos != SIMA_XPOS_NNS)
    return 0;
  for (int32_t d = c->first_child[s]; d >= 0; d = c->next_sib[d]) {
    unsigned r = c->syn[d].deprel, b = deprel_base(r);
    if ((b == SIMA_DEP_DET && !CODER_IN(quant, coder_lemma(c, (uint32_t)d))) ||
        b == SIMA_DEP_NUMMOD || r == SIMA_DEP_NMOD_POSS ||
        r == SIMA_DEP_DET_POSS || b == SIMA_DEP_ACL)
      return 0;
  }
  int32_t m = c->tok2men[s];
  return !(m >= 0 && c->doc->mentions[m].country &&
           c->doc->mentions[m].country[0]);
}

/* C-GENERIC-PRESENT (function): is t (a present VBZ/VBP) the verb of a
** relative clause whose subject is its relative pronoun ("which manages
** the country's diplomatic relations and provides consular help"), with
** no auxiliary and no time word, itself or in the first verb it is
** coordinated with?  Such a clause tells what its noun does as a rule:
** its function, not an act.  ("The group that attacked the convoy" is a
** past; "which has provided aid", "which is now providing aid" have an
** auxiliary or a time word and stay.) */
static int relative_function(const coder_ctx *c, uint32_t t) {
  static const char *const now[] = {"now", "today", "tonight"};
  static const char *const rel[] = {"that", "which", "who"};
  uint32_t x = t;
  while (c->syn[x].deprel == SIMA_DEP_CONJ && c->syn[x].head >= 0 &&
         (uint32_t)c->syn[x].head < c->n &&
         (c->syn[c->syn[x].head].xpos == SIMA_XPOS_VBP ||
          c->syn[c->syn[x].head].xpos == SIMA_XPOS_VBZ))
    x = (uint32_t)c->syn[x].head;
  if (c->syn[x].deprel != SIMA_DEP_ACL_RELCL)
    return 0;
  for (int pass = 0; pass < 2; pass++) {
    uint32_t v = pass ? x : t;
    for (int32_t d = c->first_child[v]; d >= 0; d = c->next_sib[d]) {
      unsigned b = deprel_base(c->syn[d].deprel);
      if (b == SIMA_DEP_AUX || c->syn[d].deprel == SIMA_DEP_OBL_TMOD ||
          (b == SIMA_DEP_ADVMOD && CODER_IN(now, coder_lemma(c, (uint32_t)d))))
        return 0;
    }
  }
  int32_t s = coder_child_by(c, x, SIMA_DEP_NSUBJ);
  return s >= 0 && c->syn[s].upos == SIMA_UPOS_PRON &&
         CODER_IN(rel, coder_lemma(c, (uint32_t)s));
}

int coder_generic_present(const coder_ctx *c, uint32_t si, uint32_t t,
                          const char *code) {
  static const char *const verbal[] = {"01", "02", "03", "10",
                                       "11", "12", "13", "14"};
  static const char *const now[] = {"now", "today", "tonight"};
  /* (verbs whose past is their present form: "that police officers beat
  ** the protesters" is a past tense the tagger may take for a present).
  ** Sorted. */
  static const char *const same_past[] = {
      "beat", "bet",  "bid",      "broadcast", "burst",  "cast",
      "cost", "cut",  "forecast", "hit",       "hurt",   "let",
      "put",  "quit", "read",     "rid",       "set",    "shed",
      "shut", "slit", "split",    "spread",    "thrust", "upset"};
  char root[3] = {code[0], code[0] ? code[1] : 0, 0};
  /* C-GENERIC-PRESENT (gerund): a present participle with no subject of
  ** its own, adverbial to a generic verb, is part of what that verb tells
  ** as a rule ("a rule that bars foreign workers from joining unions");
  ** the verb is tested as a non-verbal act (code "") */
  /* (through open complements: "are dealt with for attempting to
  ** negotiate with gangs") */
  uint32_t g = t;
  for (int up = 0; up < 2 && coder_is_xcomp(c, g) && c->syn[g].head >= 0 &&
                   c->syn[c->syn[g].head].upos == SIMA_UPOS_VERB;
       up++)
    g = (uint32_t)c->syn[g].head;
  if (code[0] && c->syn[g].xpos == SIMA_XPOS_VBG &&
      deprel_base(c->syn[g].deprel) == SIMA_DEP_ADVCL &&
      coder_child_by(c, g, SIMA_DEP_NSUBJ) < 0 && c->syn[g].head >= 0 &&
      c->syn[c->syn[g].head].upos == SIMA_UPOS_VERB &&
      coder_generic_present(c, si, (uint32_t)c->syn[g].head, ""))
    return 1;
  if (c->doc->sents[si].kind != SIMA_SENT_TITLE &&
      c->syn[t].upos == SIMA_UPOS_VERB && c->syn[t].xpos == SIMA_XPOS_VBN &&
      !CODER_IN(verbal, root) && strncmp(code, "051", 3) &&
      strncmp(code, "052", 3))
    return generic_passive(c, t);
  /* C-GENERIC-PRESENT (function): a subject relative clause in the simple
  ** present tells what its noun does as a rule ("Global Affairs Canada,
  ** which manages diplomatic relations and provides consular help") */
  if (c->doc->sents[si].kind != SIMA_SENT_TITLE &&
      c->syn[t].upos == SIMA_UPOS_VERB &&
      (c->syn[t].xpos == SIMA_XPOS_VBP || c->syn[t].xpos == SIMA_XPOS_VBZ) &&
      !CODER_IN(verbal, root) && strncmp(code, "051", 3) &&
      strncmp(code, "052", 3) && relative_function(c, t))
    return 1;
  if (c->doc->sents[si].kind == SIMA_SENT_TITLE ||
      c->syn[t].upos != SIMA_UPOS_VERB || c->syn[t].xpos != SIMA_XPOS_VBP ||
      CODER_IN(verbal, root) || CODER_IN(same_past, coder_lemma(c, t)) ||
      !strncmp(code, "051", 3) || !strncmp(code, "052", 3))
    return 0;
  /* (the verb and the first verb it is coordinated with: "use threats or
  ** perpetrate acts of violence") */
  uint32_t x = t;
  while (c->syn[x].deprel == SIMA_DEP_CONJ && c->syn[x].head >= 0 &&
         (uint32_t)c->syn[x].head < c->n &&
         c->syn[c->syn[x].head].xpos == SIMA_XPOS_VBP)
    x = (uint32_t)c->syn[x].head;
  for (int pass = 0; pass < 2; pass++) {
    uint32_t v = pass ? x : t;
    for (int32_t d = c->first_child[v]; d >= 0; d = c->next_sib[d]) {
      unsigned b = deprel_base(c->syn[d].deprel);
      if ((b == SIMA_DEP_AUX &&
           sima_casecmp(coder_lemma(c, (uint32_t)d), "do")) ||
          c->syn[d].deprel == SIMA_DEP_OBL_TMOD ||
          (b == SIMA_DEP_ADVMOD && CODER_IN(now, coder_lemma(c, (uint32_t)d))))
        return 0;
    }
  }
  /* (the subject of the verb or of that first verb: none inherited from
  ** a clause of another tense) */
  int32_t s = coder_child_by(c, x, SIMA_DEP_NSUBJ);
  if (s < 0)
    s = coder_child_by(c, t, SIMA_DEP_NSUBJ);
  if (s >= 0)
    s = coder_subject(c, s == coder_child_by(c, x, SIMA_DEP_NSUBJ) ? x : t, 0);
  if (s < 0 || (uint32_t)s >= c->n || c->syn[s].upos != SIMA_UPOS_NOUN ||
      c->syn[s].xpos != SIMA_XPOS_NNS)
    return 0;
  int the = 0;
  for (int32_t d = c->first_child[s]; d >= 0; d = c->next_sib[d]) {
    unsigned r = c->syn[d].deprel, b = deprel_base(r);
    if (b == SIMA_DEP_DET &&
        !sima_casecmp(coder_lemma(c, (uint32_t)d), "the") &&
        (uint32_t)d + 1 < (uint32_t)s)
      the = 1;
    else if (b == SIMA_DEP_DET || b == SIMA_DEP_NUMMOD ||
             r == SIMA_DEP_NMOD_POSS || r == SIMA_DEP_DET_POSS)
      return 0;
  }
  /* C-GENERIC-PRESENT (class): "the Mexican drug cartels conduct
  ** operations mainly in rural areas", "the Guyanese miners conduct their
  ** operations in the shadow of armed groups": a definite plural with a
  ** modifier that names the class (a word between "the" and the noun) in
  ** a main clause, with or without a country; an adverbial clause ("as
  ** the Turkish forces besiege Afrin") tells an act under way. */
  if (the)
    return deprel_base(c->syn[x].deprel) != SIMA_DEP_ADVCL &&
           deprel_base(c->syn[t].deprel) != SIMA_DEP_ADVCL;
  int32_t m = c->tok2men[s];
  if (m >= 0 && c->doc->mentions[m].country && c->doc->mentions[m].country[0])
    return 0;
  return 1;
}

/* RULE C-LAW-CLAUSE: what a law or rule obliges someone to do is no
** demand by anyone and no act: an act requested by "require", "oblige",
** "compel", "force" or "mandate" whose subject (or by-agent) is a legal
** text ("Peruvian law does not require internet providers to hand over
** data", "the legal system requires the court to approve ...", "are
** required by law to report"), or one under "must", "should" or "shall"
** in the clause of a legal text ("the proviso that the government must
** inform congress", "under the new law, banks must report ...") or in
** what a legal text says ("the decree states that officers shall ...")
** is a clause of that text: no event.  A person's "must" ("Libya must
** release them") stays a demand. */
static int legal_noun(const coder_ctx *c, int32_t k) {
  /* Sorted. */
  static const char *const legal[] = {
      "amendment",    "article",    "bill",   "clause",      "code",
      "constitution", "decree",     "law",    "legislation", "ordinance",
      "provision",    "proviso",    "reform", "regulation",  "rule",
      "statute",      "stipulation"};
  if (k < 0 || (uint32_t)k >= c->n || c->syn[k].upos != SIMA_UPOS_NOUN)
    return 0;
  const char *l = coder_lemma(c, (uint32_t)k);
  if (CODER_IN(legal, l))
    return 1;
  /* "Brazil's legal system" */
  if (!sima_casecmp(l, "system") || !sima_casecmp(l, "framework"))
    for (int32_t d = c->first_child[k]; d >= 0; d = c->next_sib[d])
      if (c->syn[d].deprel == SIMA_DEP_AMOD &&
          (!sima_casecmp(coder_lemma(c, (uint32_t)d), "legal") ||
           !sima_casecmp(coder_lemma(c, (uint32_t)d), "judicial")))
        return 1;
  return 0;
}

int coder_law_clause(const coder_ctx *c, uint32_t t, const mood_info *mi) {
  static const char *const oblige[] = {"compel",   "force",  "mandate",
                                       "obligate", "oblige", "require"};
  static const char *const state[] = {"dictate", "establish", "provide",  "say",
                                      "specify", "state",     "stipulate"};
  /* the open complement of a verb of obliging (through its conjuncts:
  ** "to approve and carry out") */
  uint32_t o = coder_conj_first(c, t, 4);
  int32_t v = c->syn[o].head;
  if (coder_is_xcomp(c, o) && v >= 0 && (uint32_t)v < c->n &&
      c->syn[v].upos == SIMA_UPOS_VERB &&
      CODER_IN(oblige, coder_lemma(c, (uint32_t)v)))
    for (int32_t d = c->first_child[v]; d >= 0; d = c->next_sib[d]) {
      unsigned b = deprel_base(c->syn[d].deprel);
      if (((b == SIMA_DEP_NSUBJ && c->syn[d].deprel != SIMA_DEP_NSUBJ_PASS) ||
           ((b == SIMA_DEP_OBL || b == SIMA_DEP_NSUBJ) &&
            coder_has_marker(c, (uint32_t)d, "by"))) &&
          legal_noun(c, d))
        return 1;
    }
  int32_t k = mi->uncond_cue;
  if (k < 0 || (uint32_t)k >= c->n)
    return 0;
  const char *kl = coder_lemma(c, (uint32_t)k);
  if (mi->uncond != SIMA_MOOD_REQUESTED && sima_casecmp(kl, "shall"))
    return 0;
  if (c->syn[k].deprel != SIMA_DEP_AUX ||
      (sima_casecmp(kl, "must") && sima_casecmp(kl, "should") &&
       sima_casecmp(kl, "shall")))
    return 0;
  int32_t p = c->syn[k].head;
  if (p < 0 || (uint32_t)p >= c->n)
    return 0;
  uint32_t x = coder_conj_first(c, (uint32_t)p, 4);
  for (int pass = 0; pass < 2; pass++)
    for (int32_t d = c->first_child[pass ? x : (uint32_t)p]; d >= 0;
         d = c->next_sib[d])
      if (deprel_base(c->syn[d].deprel) == SIMA_DEP_OBL &&
          coder_has_marker(c, (uint32_t)d, "under") && legal_noun(c, d))
        return 1;
  unsigned b = deprel_base(c->syn[x].deprel);
  int32_t h = c->syn[x].head;
  if (h < 0 || (uint32_t)h >= c->n)
    return 0;
  if ((b == SIMA_DEP_ACL || b == SIMA_DEP_CCOMP || b == SIMA_DEP_APPOS) &&
      legal_noun(c, h))
    return 1;
  if (b == SIMA_DEP_CCOMP && CODER_IN(state, coder_lemma(c, (uint32_t)h))) {
    int32_t s = coder_child_by(c, (uint32_t)h, SIMA_DEP_NSUBJ);
    return legal_noun(c, s);
  }
  return 0;
}

/* RULE C-STATE-OF-MIND: an adjective of attitude (012 concerned,
** worried, sceptical ...; 013 optimistic, hopeful ...) is coded as the
** comment of its holder ("Japan is concerned about North Korea"), but
** one the writer reads off someone, with a verb of seeming or of change
** ("the ministry seems more concerned about a Chinese build-up", "officials
** have become increasingly concerned about the cartel", "the public
** remains sceptical of the official account"), or one held "privately",
** tells a state of mind, not a comment: no event, unless someone voices
** it (an attribution: "the minister said he had grown worried").  A
** headline stands for a report and stays. */
int coder_state_of_mind(const coder_ctx *c, uint32_t si, uint32_t t,
                        const char *code, const mood_info *mi) {
  /* Sorted. */
  static const char *const linking[] = {"appear", "become", "get",  "grow",
                                        "look",   "remain", "seem", "stay"};
  if (c->syn[t].upos != SIMA_UPOS_ADJ ||
      (strncmp(code, "012", 3) && strncmp(code, "013", 3)) ||
      c->doc->sents[si].kind == SIMA_SENT_TITLE || mi->attr >= 0 ||
      mi->attr_first >= 0)
    return 0;
  if (coder_child_word(c, t, SIMA_DEP_ADVMOD, "privately") >= 0)
    return 1;
  int32_t h = c->syn[t].head;
  return coder_is_xcomp(c, t) && h >= 0 && (uint32_t)h < c->n &&
         c->syn[h].upos == SIMA_UPOS_VERB &&
         CODER_IN(linking, coder_lemma(c, (uint32_t)h));
}

/* RULE C-ANONYMITY: "spoke on condition of anonymity to discuss ties
** with Egypt" tells how the writer got the story, not of an act: a verb
** of speaking (comment, speak, talk) with a phrase "on/under (the)
** condition of anonymity" or "in exchange for anonymity" codes no event,
** and neither does its to-clause or because-clause (the topic the source
** was not cleared to talk about), found through open complements,
** adverbial clauses and conjuncts. */
int coder_anonymity_frame(const coder_ctx *c, uint32_t t) {
  static const char *const speak[] = {"comment", "speak", "talk"};
  uint32_t x = t;
  for (int up = 0; up < 4; up++) {
    if (c->syn[x].upos == SIMA_UPOS_VERB && CODER_IN(speak, coder_lemma(c, x)))
      for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d]) {
        if (deprel_base(c->syn[d].deprel) != SIMA_DEP_OBL)
          continue;
        const char *l = coder_lemma(c, (uint32_t)d);
        if (!sima_casecmp(l, "anonymity"))
          return 1;
        if (sima_casecmp(l, "condition"))
          continue;
        for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k])
          if (deprel_base(c->syn[k].deprel) == SIMA_DEP_NMOD &&
              !sima_casecmp(coder_lemma(c, (uint32_t)k), "anonymity"))
            return 1;
      }
    unsigned b = deprel_base(c->syn[x].deprel);
    int32_t h = c->syn[x].head;
    if (h < 0 || (uint32_t)h >= c->n ||
        (b != SIMA_DEP_XCOMP && b != SIMA_DEP_ADVCL && b != SIMA_DEP_CONJ))
      return 0;
    x = (uint32_t)h;
  }
  return 0;
}

/* RULE C-BE-TO-NOUN: "X's job is to V", "the aim of the Urabenos is to
** establish control": a to-clause after "be" whose subject phrase is a
** noun of function (duty, function, job, responsibility, role, task)
** describes what someone is there for, no act: no event; one whose
** subject is a noun of aim (aim, goal, idea, intention, mission,
** objective, plan, priority, purpose, strategy) says what someone means
** to do: planned.  The subject phrase is read off the text: the words
** before the "be" back to the nearest verb, which the parse often hangs
** wrongly ("One of Norton's jobs in the militia was to go from house to
** house to ask citizens ..."); the to-clause is found from the trigger
** through open complements, purpose clauses and conjuncts.  Returns 1
** (function), 2 (aim; *cue the noun) or 0. */
int coder_be_to_noun(const coder_ctx *c, uint32_t t, int32_t *cue) {
  /* Sorted. */
  static const char *const function[] = {"duty",           "function", "job",
                                         "responsibility", "role",     "task"};
  static const char *const aim[] = {"aim",     "goal",      "idea", "intention",
                                    "mission", "objective", "plan", "priority",
                                    "purpose", "strategy"};
  const sima_sentence *se = coder_sentence_of(c->doc, t);
  if (!se)
    return 0;
  uint32_t y = t;
  for (int up = 0; up < 5; up++) {
    int32_t m = coder_child_word(c, y, SIMA_DEP_MARK, "to");
    if (m > 0 && (uint32_t)m > se->first + 1 && (uint32_t)m < y &&
        !sima_casecmp(coder_lemma(c, (uint32_t)m - 1), "be") &&
        c->syn[m - 1].upos == SIMA_UPOS_AUX) {
      for (uint32_t k = (uint32_t)m - 1, n = 0; k-- > se->first && n < 24;
           n++) {
        unsigned u = c->syn[k].upos;
        if (u == SIMA_UPOS_VERB || u == SIMA_UPOS_AUX)
          break;
        if (u != SIMA_UPOS_NOUN)
          continue;
        const char *l = coder_lemma(c, k);
        if (CODER_IN(function, l))
          return 1;
        if (CODER_IN(aim, l)) {
          *cue = (int32_t)k;
          return 2;
        }
      }
      return 0;
    }
    unsigned b = deprel_base(c->syn[y].deprel);
    int32_t h = c->syn[y].head;
    if (h < 0 || (uint32_t)h >= c->n ||
        (b != SIMA_DEP_CONJ && b != SIMA_DEP_XCOMP && b != SIMA_DEP_ADVCL))
      return 0;
    /* (a clause with a subject of its own is no part of the to-clause:
    ** "his priority was to avert war, but he did not rule out ...") */
    if (coder_child_by(c, y, SIMA_DEP_NSUBJ) >= 0 ||
        coder_child_by(c, y, SIMA_DEP_NSUBJ_PASS) >= 0)
      return 0;
    y = (uint32_t)h;
  }
  return 0;
}

/* RULE C-RESPOND-ACT: "respond", "react" or "reply" (010, a statement)
** is a comment only when the response is one.  A response made by an
** act ("citizens have responded to the government's failure by creating
** their own self-defense groups": a by-gerund that is no verb of
** speech), or one that is only the frame of the act its clause governs
** ("Responding to a request from Nato, Britain increased its troop
** numbers", "would use its air defence systems to respond in case of a
** threat": an adverbial participle or to-clause of a verb that is no
** verb of speech), codes no statement: the act is the event.  Kept:
** "responded by saying that ...", "said the president, responding to
** recent comments", "he was responding to Trump's decision". */
int coder_response_act(const coder_ctx *c, uint32_t t, const char *code) {
  /* Sorted. */
  static const char *const verbs[] = {"react", "reply", "respond"};
  if (strncmp(code, "01", 2) || c->syn[t].upos != SIMA_UPOS_VERB ||
      !CODER_IN(verbs, coder_lemma(c, t)))
    return 0;
  /* the by-gerund on t, or hung by the parse on a noun of t's phrases
  ** ("responded to Mexican dominance of the market ... by taking ...") */
  const sima_sentence *se = coder_sentence_of(c->doc, t);
  uint32_t end = se ? se->first + se->count : c->n;
  for (uint32_t x = t + 1; x < end && x < c->n; x++) {
    if (c->syn[x].upos != SIMA_UPOS_VERB || c->syn[x].xpos != SIMA_XPOS_VBG ||
        !coder_has_marker(c, x, "by") || mood_is_speech(coder_lemma(c, x)))
      continue;
    uint32_t k = x;
    for (int up = 0; up < 8; up++) {
      unsigned b = deprel_base(c->syn[k].deprel);
      int32_t hk = c->syn[k].head;
      if (hk < 0 || (uint32_t)hk >= c->n ||
          (b != SIMA_DEP_ADVCL && b != SIMA_DEP_ACL && b != SIMA_DEP_OBL &&
           b != SIMA_DEP_NMOD && b != SIMA_DEP_OBJ && b != SIMA_DEP_CONJ))
        break;
      if ((uint32_t)hk == t)
        return 1;
      k = (uint32_t)hk;
    }
  }
  int32_t h = c->syn[t].head;
  if (h < 0 || (uint32_t)h >= c->n ||
      deprel_base(c->syn[t].deprel) != SIMA_DEP_ADVCL ||
      c->syn[h].upos != SIMA_UPOS_VERB ||
      mood_is_speech(coder_lemma(c, (uint32_t)h)))
    return 0;
  /* (a participle with no subject or auxiliary of its own, or a
  ** to-clause) */
  if (coder_child_by(c, t, SIMA_DEP_NSUBJ) >= 0 ||
      coder_child_by(c, t, SIMA_DEP_AUX) >= 0 ||
      (coder_child_by(c, t, SIMA_DEP_MARK) >= 0 && !coder_has_marker(c, t, "to")))
    return 0;
  return c->syn[t].xpos == SIMA_XPOS_VBG || coder_has_marker(c, t, "to");
}

/* C-STAT-SPAN: the year token d stands for (1900-2099), or 0. */
static int year_of(const coder_ctx *c, uint32_t d) {
  if (c->syn[d].upos != SIMA_UPOS_NUM)
    return 0;
  const sima_token *k = &c->doc->tokens[d];
  if (k->len != 4)
    return 0;
  const char *s = c->doc->text + k->off;
  int y = 0;
  for (int i = 0; i < 4; i++) {
    if (s[i] < '0' || s[i] > '9')
      return 0;
    y = y * 10 + (s[i] - '0');
  }
  return y >= 1900 && y <= 2099 ? y : 0;
}

/* C-STAT-SPAN: the later year of a "to/until/through" (or conjoined
** "and") year below year d, or 0. */
static int end_year(const coder_ctx *c, uint32_t d, int and_ok) {
  for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k]) {
    unsigned b = deprel_base(c->syn[k].deprel);
    int y = year_of(c, (uint32_t)k);
    if (!y)
      continue;
    if (and_ok && b == SIMA_DEP_CONJ)
      return y;
    if ((b == SIMA_DEP_NMOD || b == SIMA_DEP_OBL || b == SIMA_DEP_CONJ) &&
        (coder_has_marker(c, (uint32_t)k, "to") ||
         coder_has_marker(c, (uint32_t)k, "until") ||
         coder_has_marker(c, (uint32_t)k, "through")))
      return y;
  }
  return 0;
}

/* C-STAT-SPAN: has year (or month) d ("between July 1995 and August of this year")
** a conjunct, and "this year" below d or that conjunct? */
static int this_year_end(const coder_ctx *c, uint32_t d) {
  int conj = 0, now = 0;
  for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k]) {
    if (c->syn[k].deprel != SIMA_DEP_CONJ)
      continue;
    conj = 1;
    for (int32_t j = c->first_child[k]; j >= 0; j = c->next_sib[j])
      if (deprel_base(c->syn[j].deprel) == SIMA_DEP_NMOD &&
          !sima_casecmp(coder_lemma(c, (uint32_t)j), "year") &&
          coder_child_word(c, (uint32_t)j, SIMA_DEP_DET, "this") >= 0)
        now = 1;
  }
  for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k])
    if (deprel_base(c->syn[k].deprel) == SIMA_DEP_NMOD &&
        !sima_casecmp(coder_lemma(c, (uint32_t)k), "year") &&
        coder_child_word(c, (uint32_t)k, SIMA_DEP_DET, "this") >= 0)
      now = 1;
  return conj && now;
}

/* C-STAT-SPAN: is d (a phrase of the act's clause) a closed span of
** years: "between 1995 and 2015", "from 2009 to 2013", "a 30-year period
** (1983 to 2012)", "over 20 years"?  Spans that run up to now ("since
** 2006", "over the last 20 years") are left to the act (C-HABIT-PAST). */
static int closed_span(const coder_ctx *c, uint32_t d, int depth) {
  static const char *const now_adj[] = {"coming", "last", "next", "past",
                                        "previous", "recent"};
  unsigned b = deprel_base(c->syn[d].deprel);
  if (depth > 3 || (b != SIMA_DEP_OBL && b != SIMA_DEP_NMOD &&
                    b != SIMA_DEP_APPOS))
    return 0;
  int y = year_of(c, d);
  if (y && ((coder_has_marker(c, d, "between") && end_year(c, d, 1) > y) ||
            (!coder_has_marker(c, d, "in") && end_year(c, d, 0) > y)))
    return 1;
  /* ("between July 1995 and August of this year": the span ends in the
  ** writer's year, named by "this year" on either end, the parse hanging
  ** it on the first) */
  int ym = y;
  for (int32_t k = c->first_child[d]; !ym && k >= 0; k = c->next_sib[k])
    if (c->syn[k].deprel == SIMA_DEP_NMOD_UNMARKED)
      ym = year_of(c, (uint32_t)k); /* ("between May 2001 and ...") */
  if (ym && coder_has_marker(c, d, "between") && this_year_end(c, d))
    return 1;
  const char *l = coder_lemma(c, d);
  int now = CODER_CHILD_IN(c, d, SIMA_DEP_AMOD, now_adj) >= 0;
  if (!now) {
    /* ("a 30-year period", "over 20 years", "over two decades") */
    if (!sima_casecmp(l, "period") || !sima_casecmp(l, "span"))
      for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k])
        if (c->syn[k].deprel == SIMA_DEP_COMPOUND &&
            (!sima_casecmp(coder_lemma(c, (uint32_t)k), "year") ||
             !sima_casecmp(coder_lemma(c, (uint32_t)k), "decade")) &&
            coder_child_by(c, (uint32_t)k, SIMA_DEP_NUMMOD) >= 0)
          return 1;
    if ((!sima_casecmp(l, "year") || !sima_casecmp(l, "decade")) &&
        c->syn[d].xpos == SIMA_XPOS_NNS &&
        coder_child_by(c, d, SIMA_DEP_NUMMOD) >= 0 &&
        (coder_has_marker(c, d, "over") || coder_has_marker(c, d, "across")))
      return 1;
  }
  for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k])
    if (closed_span(c, (uint32_t)k, depth + 1))
      return 1;
  return 0;
}

/* RULE C-STAT-SPAN: a count of acts over a closed span of years is a
** statistic, not an event: a verb whose object (or passive subject) is
** counted by a number that is no year ("killed 11,358 people", "trained
** 10,310 police officers") and whose clause holds a closed span ("between
** 1995 and 2015", "from 2009 to 2013", "over a 30-year period") sums many
** acts over years; event data codes the acts, and no one date fits the
** sum.  A span up to now ("have arrested 200 people since 2015", "over
** the past decade") and one year ("detained 700 people in 2014") are left
** alone, as the periods of C-HABIT-PAST are for the present only. */
int coder_stat_span(const coder_ctx *c, uint32_t t) {
  if (c->syn[t].upos != SIMA_UPOS_VERB)
    return 0;
  int counted = 0, span = 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned r = c->syn[d].deprel, b = deprel_base(r);
    if (b == SIMA_DEP_OBJ || r == SIMA_DEP_NSUBJ_PASS) {
      int32_t n = coder_child_by(c, (uint32_t)d, SIMA_DEP_NUMMOD);
      if (n >= 0 && c->syn[n].upos == SIMA_UPOS_NUM &&
          !year_of(c, (uint32_t)n))
        counted = 1;
      /* (the parse hangs the span on the counted noun) */
      for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k])
        if (closed_span(c, (uint32_t)k, 1))
          span = 1;
    }
    if (b == SIMA_DEP_OBL && closed_span(c, (uint32_t)d, 0))
      span = 1;
  }
  return counted && span;
}

/* RULE C-TREND: a noun of acts that a clause counts up or down is a
** trend, not an event: the subject of a verb of change in amount ("gang
** attacks against the police began rising in 2014", "kidnappings of
** migrants have doubled", through an aspect verb: begin, continue, keep,
** start) or the phrase of a noun of change or of measure ("a rise in
** attacks on journalists", "the number of killings by the police", "the
** rate of murders") sums many acts, and no one date fits the sum: no
** event.  A verb ("the army attacked the town as violence rose") is no
** such noun and stays. */
int coder_trend_noun(const coder_ctx *c, uint32_t t) {
  /* verbs of change in amount.  Sorted. */
  static const char *const change[] = {
      "climb",     "decline",   "decrease", "double",   "drop",
      "fall",      "increase",  "jump",     "multiply", "plummet",
      "plunge",    "quadruple", "rise",     "skyrocket", "soar",
      "spike",     "surge",     "triple"};
  /* aspect verbs over a verb of change.  Sorted. */
  static const char *const aspect[] = {"begin", "continue", "keep", "start"};
  /* nouns of change (in-phrase) and of measure (of-phrase).  Sorted. */
  static const char *const change_n[] = {
      "decline", "decrease", "drop",   "escalation", "fall",   "growth",
      "increase", "jump",    "rise",   "spike",      "surge",  "upsurge",
      "uptick"};
  static const char *const measure[] = {"level", "number", "rate", "tally"};
  /* (a participle on the counted noun: "the number of Mexicans seeking
  ** asylum in the US increased 50-fold", "the number of people killed by
  ** the police") */
  if (c->syn[t].upos == SIMA_UPOS_VERB &&
      (c->syn[t].xpos == SIMA_XPOS_VBG || c->syn[t].xpos == SIMA_XPOS_VBN) &&
      c->syn[t].deprel == SIMA_DEP_ACL &&
      coder_child_by(c, t, SIMA_DEP_NSUBJ) < 0) {
    int32_t n = c->syn[t].head, m = n >= 0 ? c->syn[n].head : -1;
    return n >= 0 && m >= 0 && (uint32_t)m < c->n &&
           deprel_base(c->syn[n].deprel) == SIMA_DEP_NMOD &&
           coder_has_marker(c, (uint32_t)n, "of") &&
           c->syn[m].upos == SIMA_UPOS_NOUN &&
           CODER_IN(measure, coder_lemma(c, (uint32_t)m));
  }
  if (c->syn[t].upos != SIMA_UPOS_NOUN)
    return 0;
  uint32_t x = coder_conj_first(c, t, 4);
  int32_t h = c->syn[x].head;
  if (h < 0 || (uint32_t)h >= c->n)
    return 0;
  unsigned r = c->syn[x].deprel, b = deprel_base(r);
  if (r == SIMA_DEP_NSUBJ && c->syn[h].upos == SIMA_UPOS_VERB) {
    if (CODER_IN(change, coder_lemma(c, (uint32_t)h)))
      return 1;
    if (CODER_IN(aspect, coder_lemma(c, (uint32_t)h)))
      for (int32_t d = c->first_child[h]; d >= 0; d = c->next_sib[d])
        if (deprel_base(c->syn[d].deprel) == SIMA_DEP_XCOMP &&
            c->syn[d].upos == SIMA_UPOS_VERB &&
            CODER_IN(change, coder_lemma(c, (uint32_t)d)))
          return 1;
    return 0;
  }
  if (b != SIMA_DEP_NMOD || c->syn[h].upos != SIMA_UPOS_NOUN)
    return 0;
  const char *hl = coder_lemma(c, (uint32_t)h);
  return (CODER_IN(change_n, hl) && coder_has_marker(c, x, "in")) ||
         (CODER_IN(measure, hl) && coder_has_marker(c, x, "of"));
}

/* RULE C-POLL: what a poll finds is a measured opinion, not an act or a
** statement: an event in the content clause of a verb whose subject is
** a poll or survey ("polls show most people are sceptical of the gangs",
** "a poll found that half of the population disapproved of the
** president", through nested content clauses: "a poll showed three in
** four Uruguayans believe that soldiers should ...") and a comment or
** stance whose subject is a share of a population ("81 percent of the
** voters disagreed with the statement") codes no event.  A share that
** acts ("the majority of the senate rejected the bill") is no poll
** figure: only percent, percentage and proportion count, and only for
** the verbal roots (01-03, 10-14). */
int coder_poll_result(const coder_ctx *c, uint32_t t, const char *code) {
  /* Sorted. */
  static const char *const poll[] = {"poll", "survey"};
  static const char *const share[] = {"percent", "percentage", "proportion"};
  static const char *const verbal[] = {"01", "02", "03", "10",
                                       "11", "12", "13", "14"};
  char root[3] = {code[0], code[0] ? code[1] : 0, 0};
  if (CODER_IN(verbal, root)) {
    int32_t s = coder_child_by(c, t, SIMA_DEP_NSUBJ);
    if (s >= 0 && c->syn[s].upos == SIMA_UPOS_NOUN &&
        CODER_IN(share, coder_lemma(c, (uint32_t)s)))
      return 1;
  }
  uint32_t x = t;
  for (int up = 0; up < 6; up++) {
    x = coder_conj_first(c, x, 4);
    int32_t h = c->syn[x].head;
    unsigned b = h >= 0 ? deprel_base(c->syn[x].deprel) : 0;
    /* (a content clause, or an open one the parse makes of it: "showed
    ** three in four Uruguayans believe that ...") */
    if (h < 0 || (uint32_t)h >= c->n ||
        (b != SIMA_DEP_CCOMP && b != SIMA_DEP_XCOMP))
      return 0;
    int32_t s = coder_child_by(c, (uint32_t)h, SIMA_DEP_NSUBJ);
    /* (or what a share of people answers: "60 percent of Colombians said
    ** they would support the deal") */
    if (s >= 0 && c->syn[s].upos == SIMA_UPOS_NOUN &&
        (CODER_IN(poll, coder_lemma(c, (uint32_t)s)) ||
         CODER_IN(share, coder_lemma(c, (uint32_t)s))))
      return 1;
    x = (uint32_t)h;
  }
  return 0;
}

/* C-HABIT-PAST, C-STAT-TOTAL: 1 when noun d has a preposition of
** duration (during, for, in, over, throughout) and an adjective of the
** recent past (last, past, previous): "over the past decade", "in the
** last two years".  With no_of, an of-phrase on d makes it 0 ("in the
** last year of his term" is a past year, no span up to now). */
static int over_recent(const coder_ctx *c, uint32_t d, int no_of) {
  static const char *const recent[] = {"last", "past", "previous"};
  static const char *const over[] = {"during", "for", "in", "over",
                                     "throughout"};
  int mk = 0, rec = 0;
  for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k]) {
    unsigned b = deprel_base(c->syn[k].deprel);
    if (b == SIMA_DEP_CASE && CODER_IN(over, coder_lemma(c, (uint32_t)k)))
      mk = 1;
    if (b == SIMA_DEP_AMOD && CODER_IN(recent, coder_lemma(c, (uint32_t)k)))
      rec = 1;
    if (no_of && b == SIMA_DEP_NMOD && coder_has_marker(c, (uint32_t)k, "of"))
      return 0;
  }
  return mk && rec;
}

/* RULE C-HABIT-PAST (standing): a relation held over a span up to now is
** a state, not an act: a verb of a standing relation (ally, back,
** collaborate, cooperate, finance, fund, partner, sponsor, support, work)
** in the perfect ("have supported them since 2014", "has been working
** with the government over the past five years", "over the last decade,
** the police has worked with prosecutors") tells how things stand, and
** no date fits it.  Other acts keep "since": "since then, police have
** arrested seven people", "have launched an offensive" are events (as
** C-STAT-SPAN leaves them), and so is a counted object. */
/* C-HABIT-PAST (standing): is d (an obl of a perfect) a span of years up
** to now, "since 2014" or "over (in, during, for) the last (past)
** decade"? */
static int span_to_now(const coder_ctx *c, uint32_t d) {
  static const char *const unit[] = {"decade", "month", "year"};
  if (deprel_base(c->syn[d].deprel) != SIMA_DEP_OBL)
    return 0;
  /* (a year: "since 2014", "since May 2014"; a start date alone, "since
  ** March", is no span of years, p11g) */
  if (coder_has_marker(c, d, "since")) {
    if (year_of(c, d))
      return 1;
    for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k])
      if (year_of(c, (uint32_t)k))
        return 1;
    return 0;
  }
  return CODER_IN(unit, coder_lemma(c, d)) && over_recent(c, d, 0);
}

/* C-STAT-TOTAL: the value of number token n ("84,000" -> 84000), 0 for
** a word ("eight") or a number it cannot read. */
static long count_value(const coder_ctx *c, uint32_t n) {
  const sima_token *k = &c->doc->tokens[n];
  const char *s = c->doc->text + k->off;
  long v = 0;
  for (uint32_t i = 0; i < k->len; i++) {
    if (s[i] == ',')
      continue;
    if (s[i] < '0' || s[i] > '9')
      return 0;
    if (v < 100000000L)
      v = v * 10 + (s[i] - '0');
  }
  return v;
}

/* C-STAT-TOTAL: is d (an obl of the act or an nmod of its counted noun) a
** span of years up to now: "since 2014", "since the start of 2016", "in
** (over, during) the past decade", "over the last 20 years"? */
static int total_to_now(const coder_ctx *c, uint32_t d) {
  static const char *const unit[] = {"decade", "year"};
  if (coder_has_marker(c, d, "since")) {
    if (year_of(c, d))
      return 1;
    /* ("since May 2014", "since the beginning of 2016") */
    for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k]) {
      if (year_of(c, (uint32_t)k))
        return 1;
      for (int32_t j = c->first_child[k]; j >= 0; j = c->next_sib[j])
        if (deprel_base(c->syn[j].deprel) == SIMA_DEP_NMOD &&
            year_of(c, (uint32_t)j))
          return 1;
    }
    return 0;
  }
  /* ("in the last year of his term": a past year) */
  return CODER_IN(unit, coder_lemma(c, d)) && over_recent(c, d, 1);
}

/* C-STAT-TOTAL: is d a part of one year, "the first half of 2015", "the
** first four months of 2018", "the first quarter of 2017"? */
static int part_of_year(const coder_ctx *c, uint32_t d) {
  static const char *const part[] = {"half", "month", "quarter", "semester",
                                     "week"};
  if (!CODER_IN(part, coder_lemma(c, d)) ||
      coder_child_word(c, d, SIMA_DEP_AMOD, "first") < 0)
    return 0;
  for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k])
    if (deprel_base(c->syn[k].deprel) == SIMA_DEP_NMOD &&
        coder_has_marker(c, (uint32_t)k, "of") && year_of(c, (uint32_t)k))
      return 1;
  return 0;
}

/* C-STAT-TOTAL: is d a span of months of one year, "between January and
** July 2011" (the parse hangs the later month and the year below the
** first, as conj, nmod or appos, to depth 2)?  Such a span counts as one
** year does: a statistic only with a compared count (p13g's guard keeps
** "between May and June 2001, police killed 42 people"). */
static int month_span(const coder_ctx *c, uint32_t d) {
  if (!coder_has_marker(c, d, "between") ||
      c->syn[d].upos != SIMA_UPOS_PROPN ||
      !timex_calendar_name(&c->doc->tokens[d]))
    return 0;
  int month = 0, year = 0;
  for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k]) {
    if (year_of(c, (uint32_t)k))
      year = 1;
    else if (c->syn[k].upos == SIMA_UPOS_PROPN &&
             timex_calendar_name(&c->doc->tokens[k]))
      month = 1;
    for (int32_t j = c->first_child[k]; j >= 0; j = c->next_sib[j]) {
      if (year_of(c, (uint32_t)j))
        year = 1;
      else if (c->syn[j].upos == SIMA_UPOS_PROPN &&
               timex_calendar_name(&c->doc->tokens[j]))
        month = 1;
    }
  }
  return month && year;
}

/* C-STAT-TOTAL: is x (the act) compared with another count, "compared to
** 51,000 in 2014", "up from 250 in 2013", "down from 500"? */
static int count_against(const coder_ctx *c, uint32_t x) {
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if (b == SIMA_DEP_OBL && c->syn[d].upos == SIMA_UPOS_NUM &&
        !year_of(c, (uint32_t)d) && coder_has_marker(c, (uint32_t)d, "from"))
      return 1;
    if ((b == SIMA_DEP_ADVCL &&
         !sima_casecmp(coder_lemma(c, (uint32_t)d), "compare")) ||
        (b == SIMA_DEP_ADVMOD &&
         (!sima_casecmp(coder_lemma(c, (uint32_t)d), "up") ||
          !sima_casecmp(coder_lemma(c, (uint32_t)d), "down"))))
      for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k])
        if (deprel_base(c->syn[k].deprel) == SIMA_DEP_OBL &&
            c->syn[k].upos == SIMA_UPOS_NUM && !year_of(c, (uint32_t)k))
          return 1;
  }
  return 0;
}

/* C-STAT-TOTAL: is d a rate's period, "a year", "per month", "a day"
** (a noun of time with the determiner a/an/per and no preposition)? */
static int rate_period(const coder_ctx *c, uint32_t d) {
  static const char *const unit[] = {"day", "month", "week", "year"};
  static const char *const per[] = {"a", "an", "per"};
  if (!CODER_IN(unit, coder_lemma(c, d)) || c->syn[d].xpos != SIMA_XPOS_NN ||
      coder_child_by(c, d, SIMA_DEP_CASE) >= 0)
    return 0;
  /* (nothing more on the unit: "a week after the attack", "a year
  ** ago" are dates) */
  int a = 0;
  for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k]) {
    unsigned b = deprel_base(c->syn[k].deprel);
    if (b == SIMA_DEP_DET && CODER_IN(per, coder_lemma(c, (uint32_t)k)))
      a = 1;
    else if (b != SIMA_DEP_PUNCT)
      return 0;
  }
  int32_t h = c->syn[d].head;
  if (h >= 0 && c->syn[h].upos == SIMA_UPOS_ADV)
    return 0;
  /* ("per year": "per" tagged a preposition) */
  return a || (d > 0 && !sima_casecmp(coder_lemma(c, d - 1), "per"));
}

/* C-STAT-TOTAL: "last year" or "this year" with no preposition: 3 (one
** year), or 1 for "so far this year" (a span up to now); else 0. */
static int near_year(const coder_ctx *c, uint32_t d) {
  if (sima_casecmp(coder_lemma(c, d), "year") ||
      c->syn[d].xpos != SIMA_XPOS_NN ||
      coder_child_by(c, d, SIMA_DEP_CASE) >= 0 ||
      c->syn[d].deprel == SIMA_DEP_NMOD_POSS)
    return 0;
  int32_t h = c->syn[d].head;
  if (coder_child_word(c, d, SIMA_DEP_DET, "this") >= 0)
    return h >= 0 && !sima_casecmp(coder_lemma(c, (uint32_t)h), "far") &&
                   coder_child_word(c, (uint32_t)h, SIMA_DEP_ADVMOD, "so") >= 0
               ? 1
               : 3;
  return coder_child_word(c, d, SIMA_DEP_AMOD, "last") >= 0 ? 3 : 0;
}

/* C-STAT-TOTAL: the kind of the time phrases below h (the act or its
** counted noun), down obl, nmod, obj and participle acl links to depth 3
** (the parse hangs the phrase on the nearest noun: "detained 2,400
** people suspected of smuggling in 2016"): 1 for a span up to now, 2
** for a part of a year, 3 for one bare year ("in 2015"), else 0; the
** lowest kind found. */
static int total_period(const coder_ctx *c, uint32_t h, int depth) {
  static const char *const rate_adv[] = {"annually", "yearly"};
  int kind = 0;
  for (int32_t k = c->first_child[h]; k >= 0; k = c->next_sib[k]) {
    unsigned b = deprel_base(c->syn[k].deprel);
    int acl = b == SIMA_DEP_ACL && c->syn[k].deprel != SIMA_DEP_ACL_RELCL &&
              (c->syn[k].xpos == SIMA_XPOS_VBN ||
               c->syn[k].xpos == SIMA_XPOS_VBG) &&
              coder_child_by(c, (uint32_t)k, SIMA_DEP_NSUBJ) < 0;
    /* (a rate: "annually", "yearly") */
    if (b == SIMA_DEP_ADVMOD && CODER_IN(rate_adv, coder_lemma(c, (uint32_t)k)))
      return 1;
    /* ("so far this year", the year hung on "far") */
    if (b == SIMA_DEP_ADVMOD &&
        !sima_casecmp(coder_lemma(c, (uint32_t)k), "far"))
      for (int32_t j = c->first_child[k]; j >= 0; j = c->next_sib[j])
        if (deprel_base(c->syn[j].deprel) == SIMA_DEP_OBL &&
            near_year(c, (uint32_t)j) == 1)
          return 1;
    /* RULE C-STAT-TOTAL (adjective): and down an adjective the parse
    ** hangs the phrase on ("in 29 countries other than Iraq since 2014":
    ** "since 2014" an obl of "other") */
    int adj = b == SIMA_DEP_AMOD && c->syn[k].upos == SIMA_UPOS_ADJ &&
              coder_child_by(c, (uint32_t)k, SIMA_DEP_OBL) >= 0;
    if (b != SIMA_DEP_OBL && b != SIMA_DEP_NMOD && b != SIMA_DEP_OBJ && !acl &&
        !adj)
      continue;
    int m = 0;
    if (b == SIMA_DEP_OBL || b == SIMA_DEP_NMOD) {
      int near = near_year(c, (uint32_t)k);
      if (total_to_now(c, (uint32_t)k) || rate_period(c, (uint32_t)k) ||
          near == 1)
        return 1;
      if (part_of_year(c, (uint32_t)k))
        m = 2;
      else if (near == 3)
        m = 3;
      else if ((year_of(c, (uint32_t)k) &&
                (coder_has_marker(c, (uint32_t)k, "in") ||
                 coder_has_marker(c, (uint32_t)k, "during"))) ||
               month_span(c, (uint32_t)k))
        m = 3;
    }
    if (!m && depth < 3)
      m = total_period(c, (uint32_t)k, depth + 1);
    if (m == 1)
      return 1;
    if (m && (!kind || m < kind))
      kind = m;
  }
  /* ("have killed 30 people since they armed themselves") */
  if (depth == 0 && coder_child_word(c, h, SIMA_DEP_AUX, "have") >= 0)
    for (int32_t k = c->first_child[h]; k >= 0; k = c->next_sib[k])
      if (deprel_base(c->syn[k].deprel) == SIMA_DEP_ADVCL &&
          coder_has_marker(c, (uint32_t)k, "since"))
        return 1;
  return kind;
}

/* RULE C-STAT-TOTAL: a count of acts summed over a span up to now or over
** a year is a statistic, not an event (C-STAT-SPAN's closed spans carried
** on): a verb whose object (or passive subject) is counted by a number
** that is no year, in a clause that holds (a) a span of years up to now
** ("have killed 5,200 people in the past decade", "killed 900 people
** over the last 20 years", "have arrested 2,100 suspects since 2012" or
** "since the governor took office"), (b) a part of one year ("killed
** 212 people during the first half of 2017"), or (c) one bare year (or a
** between-span of months in one year) with
** a count compared against another ("detained 84,000 migrants in 2017,
** compared to 51,000 in 2014", "arrested 310 people in 2014, up from
** 250") or a count of 1,000 or more for an act of force (roots 17-20:
** "captured 12,300 suspects in 2016").  A year with a small count and no
** comparison ("in 2012, gunmen massacred 45 farmers") is one event and
** stays, as do "since" alone ("have since arrested 12 people") and a
** month or a day.  A participle that goes on from a counted act
** ("carried out 90 attacks since 2015, killing 700 people") takes that
** act's period. */
int coder_stat_total(const coder_ctx *c, uint32_t t, const char *code) {
  if (c->syn[t].upos != SIMA_UPOS_VERB)
    return 0;
  uint32_t x = t;
  /* (a subjectless participle: the period of the act it goes on from) */
  int32_t h = c->syn[t].head;
  int follow = c->syn[t].xpos == SIMA_XPOS_VBG &&
               deprel_base(c->syn[t].deprel) == SIMA_DEP_ADVCL &&
               coder_child_by(c, t, SIMA_DEP_NSUBJ) < 0 && h >= 0 &&
               (uint32_t)h < c->n && c->syn[h].upos == SIMA_UPOS_VERB;
  for (int round = 0; round < (follow ? 2 : 1); round++) {
    long most = 0;
    int counted = 0;
    for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d]) {
      unsigned r = c->syn[d].deprel, b = deprel_base(r);
      if (b != SIMA_DEP_OBJ && r != SIMA_DEP_NSUBJ_PASS)
        continue;
      int32_t n = coder_child_by(c, (uint32_t)d, SIMA_DEP_NUMMOD);
      if (n < 0 || c->syn[n].upos != SIMA_UPOS_NUM || year_of(c, (uint32_t)n))
        continue;
      long v = count_value(c, (uint32_t)n);
      if (v > most)
        most = v;
      counted = 1;
    }
    int kind = counted ? total_period(c, x, 0) : 0;
    if (kind == 1 || kind == 2)
      return 1;
    int root = code && code[0] && code[1]
                   ? (code[0] - '0') * 10 + (code[1] - '0')
                   : 0;
    if (kind == 3 &&
        (count_against(c, x) || (most >= 1000 && root >= 17 && root <= 20)))
      return 1;
    if (round == 0 && follow)
      x = (uint32_t)h;
  }
  return 0;
}

/* C-HABIT-PAST (in the past): is a plain "in the past" among x's obl
** phrases, or among the nmod phrases below x's obj and obl phrases (the
** parse hangs it on the nearest noun: "sold weapons to criminal groups
** in the past")? */
static int in_the_past(const coder_ctx *c, uint32_t x, int depth) {
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if (b != (depth ? SIMA_DEP_NMOD : SIMA_DEP_OBL) &&
        !(depth == 0 && b == SIMA_DEP_OBJ))
      continue;
    if (b != SIMA_DEP_OBJ &&
        !sima_casecmp(coder_lemma(c, (uint32_t)d), "past") &&
        coder_has_marker(c, (uint32_t)d, "in")) {
      int plain = 1;
      for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k]) {
        unsigned kb = deprel_base(c->syn[k].deprel);
        if (kb != SIMA_DEP_CASE && kb != SIMA_DEP_DET && kb != SIMA_DEP_PUNCT)
          plain = 0;
      }
      if (plain)
        return 1;
    }
    if (depth < 2 && in_the_past(c, (uint32_t)d, depth + 1))
      return 1;
  }
  return 0;
}

/* RULE C-HABIT-PAST (in the past): a perfect with "in the past" tells
** what someone has done at some time or other ("retired officers have
** sold weapons to criminal groups in the past", "Moscow has made similar
** threats in the past", "they have had agreements with political parties
** in the past"): background, and no date fits it.  The verb (or, for an
** event noun, the perfect verb it is the object of) has auxiliary "have"
** and an obl "in the past" with nothing more on "past" ("in the past
** decade" is a span: C-STAT-SPAN leaves it). */
int coder_past_experience(const coder_ctx *c, uint32_t t) {
  uint32_t v = t;
  if (c->syn[t].upos == SIMA_UPOS_NOUN) {
    int32_t h = c->syn[t].head;
    if (deprel_base(c->syn[t].deprel) != SIMA_DEP_OBJ || h < 0 ||
        (uint32_t)h >= c->n)
      return 0;
    v = (uint32_t)h;
  }
  if (c->syn[v].upos != SIMA_UPOS_VERB || c->syn[v].xpos != SIMA_XPOS_VBN ||
      coder_child_word(c, v, SIMA_DEP_AUX, "have") < 0)
    return 0;
  return in_the_past(c, v, 0);
}

/* verbs of a standing relation (C-HABIT-PAST standing, C-FORMER-TIE).
** Sorted. */
static const char *const relation[] = {
    "ally",    "back",    "collaborate", "cooperate", "finance",
    "fund",    "partner", "sponsor",     "support",   "work"};

int coder_standing_relation(const coder_ctx *c, uint32_t t) {
  if (c->syn[t].upos != SIMA_UPOS_VERB ||
      (c->syn[t].xpos != SIMA_XPOS_VBN && c->syn[t].xpos != SIMA_XPOS_VBG) ||
      !CODER_IN(relation, coder_lemma(c, t)) ||
      coder_child_word(c, t, SIMA_DEP_AUX, "have") < 0)
    return 0;
  int span = 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if (b == SIMA_DEP_OBL && span_to_now(c, (uint32_t)d))
      span = 1;
    if (b == SIMA_DEP_OBJ &&
        coder_child_by(c, (uint32_t)d, SIMA_DEP_NUMMOD) >= 0)
      return 0;
  }
  return span;
}

/* C-COMPARE-COUNT: is there a "than" phrase (nmod of noun o, obl of verb
** v) that names a rival: an actor, or "any" ("than any other
** government")? */
static int rival_than(const coder_ctx *c, uint32_t x) {
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if ((b != SIMA_DEP_NMOD && b != SIMA_DEP_OBL) ||
        !coder_has_marker(c, (uint32_t)d, "than"))
      continue;
    if (c->tok2men[d] >= 0 ||
        coder_child_word(c, (uint32_t)d, SIMA_DEP_DET, "any") >= 0)
      return 1;
  }
  return 0;
}

/* C-COMPARE-COUNT: is noun o counted by a comparative ("more journalists",
** "fewer migrants"), not a "more than" quantity ("more than 100
** people")? */
static int compared_count(const coder_ctx *c, uint32_t o) {
  static const char *const cmp[] = {"few", "fewer", "less", "more"};
  for (int32_t d = c->first_child[o]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if ((b == SIMA_DEP_AMOD || b == SIMA_DEP_ADVMOD) &&
        (c->syn[d].xpos == SIMA_XPOS_JJR || c->syn[d].xpos == SIMA_XPOS_RBR) &&
        CODER_IN(cmp, coder_lemma(c, (uint32_t)d)) &&
        !((uint32_t)d + 1 < c->n &&
          !sima_casecmp(coder_lemma(c, (uint32_t)d + 1), "than")))
      return 1;
  }
  return 0;
}

/* RULE C-COMPARE-COUNT: an act whose object is counted against a rival's
** ("Egypt's government jails more reporters than any other state",
** "Spain began to detain and expel more migrants than
** Italy") ranks actors by a tally of many acts: a statistic, not an
** event, as C-TREND's counts are.  The object may be a conjunct's ("detain
** and expel more migrants"); the rival is an actor or "any" in a "than"
** phrase on the object or the verb.  "Arrested more than 100 people" is a
** quantity, not a comparison, and "deployed more troops than planned" names
** no rival: both stay. */
int coder_compare_count(const coder_ctx *c, uint32_t t) {
  if (c->syn[t].upos != SIMA_UPOS_VERB)
    return 0;
  /* the verb holding the object: t, a conjunct of t, or t's head when t
  ** is a conjunct with no object of its own */
  int32_t vs[8];
  int nv = 0;
  vs[nv++] = (int32_t)t;
  for (int32_t d = c->first_child[t]; d >= 0 && nv < 7; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_CONJ && c->syn[d].upos == SIMA_UPOS_VERB)
      vs[nv++] = d;
  if (c->syn[t].deprel == SIMA_DEP_CONJ && c->syn[t].head >= 0)
    vs[nv++] = c->syn[t].head;
  int own_obj = coder_child_by(c, t, SIMA_DEP_OBJ) >= 0 ||
                coder_child_by(c, t, SIMA_DEP_NSUBJ_PASS) >= 0;
  for (int i = 0; i < nv; i++) {
    uint32_t v = (uint32_t)vs[i];
    if (v != t && own_obj)
      break;
    for (int32_t d = c->first_child[v]; d >= 0; d = c->next_sib[d]) {
      unsigned r = c->syn[d].deprel;
      if ((deprel_base(r) == SIMA_DEP_OBJ || r == SIMA_DEP_NSUBJ_PASS) &&
          compared_count(c, (uint32_t)d) &&
          (rival_than(c, (uint32_t)d) || rival_than(c, v) ||
           rival_than(c, t) ||
           (c->syn[t].deprel == SIMA_DEP_CONJ && c->syn[t].head >= 0 &&
            rival_than(c, (uint32_t)c->syn[t].head))))
        return 1;
    }
  }
  return 0;
}

/* C-FACT-ADMITTED: does the subtree of s (depth-bounded) hold an actor
** mention or a pronoun? */
static int actor_below(const coder_ctx *c, uint32_t s, int depth) {
  if (c->tok2men[s] >= 0 || c->syn[s].upos == SIMA_UPOS_PRON)
    return 1;
  if (depth > 4)
    return 0;
  for (int32_t d = c->first_child[s]; d >= 0; d = c->next_sib[d])
    if (actor_below(c, (uint32_t)d, depth + 1))
      return 1;
  return 0;
}

/* RULE C-FACT-ADMITTED: an admission (015) read off a that-clause
** ("concedes that", "admitted that", "acknowledged that") is one of
** responsibility only when the clause tells of someone: a clause whose
** subject names no actor and holds no pronoun ("Arce concedes that the
** ten-year term set in the treaty has ended") grants a fact,
** and no one is responsible for it: no event.  "Admitted that it did not
** have a figure", "acknowledged that several dozen of its nationals were
** killed" keep their 015.  Only when the verb has no object of its own
** ("admitted its responsibility" is V-015.2's). */
int coder_fact_admitted(const coder_ctx *c, uint32_t t, const char *code) {
  static const char *const admit[] = {"acknowledge", "admit",    "concede",
                                      "confess",     "recognise", "recognize"};
  if (strncmp(code, "015", 3) != 0 ||
      !CODER_IN(admit, coder_lemma(c, t)) ||
      coder_child_by(c, t, SIMA_DEP_OBJ) >= 0)
    return 0;
  int32_t v = coder_child_by(c, t, SIMA_DEP_CCOMP);
  if (v < 0)
    return 0;
  int32_t s = coder_child_by(c, (uint32_t)v, SIMA_DEP_NSUBJ);
  if (s < 0)
    s = coder_child_by(c, (uint32_t)v, SIMA_DEP_NSUBJ_PASS);
  return s >= 0 && !actor_below(c, (uint32_t)s, 0);
}

/* RULE C-AGREE-PROPOSITION: "agree" with a that-clause that states a
** fact, in the past or present tense with no modal ("Merkel and Macron
** agreed Russia's government had a history of risky conduct", "agreed that
** the regime bears responsibility"), is a shared view, not an intent to
** cooperate: an 03 code (V-030.47) read off it codes no event, so no
** C-MUTUAL pairs the ones who agree.  A clause of what is to be done ("agreed
** that the border would reopen", "agreed that troops withdraw") stays
** an intent.  The clause is the verb's ccomp: a verb tagged VBD or VBZ,
** or a predicate whose copula is so tagged, with no auxiliary of modality
** and no "to". */
int coder_agree_proposition(const coder_ctx *c, uint32_t t, const char *code) {
  static const char *const modal[] = {"can",   "could", "may",   "might",
                                      "must",  "shall", "should", "will",
                                      "would"};
  if (code[0] != '0' || code[1] != '3' ||
      sima_casecmp(coder_lemma(c, t), "agree") != 0)
    return 0;
  int32_t v = coder_child_by(c, t, SIMA_DEP_CCOMP);
  /* (an open complement is what is agreed to: "agreed to undertake
  ** exercises", whatever else the parse hangs on the verb) */
  if (v < 0 || coder_child_word(c, (uint32_t)v, SIMA_DEP_MARK, "to") >= 0 ||
      coder_child_by(c, t, SIMA_DEP_XCOMP) >= 0)
    return 0;
  unsigned tag = c->syn[v].xpos;
  for (int32_t d = c->first_child[v]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if (b == SIMA_DEP_AUX && CODER_IN(modal, coder_lemma(c, (uint32_t)d)))
      return 0;
    if (c->syn[d].deprel == SIMA_DEP_COP || b == SIMA_DEP_AUX)
      tag = c->syn[d].xpos; /* (the finite word: "was", "has") */
  }
  return tag == SIMA_XPOS_VBD || tag == SIMA_XPOS_VBZ;
}

/* RULE C-WHEN-HABIT: a subjectless gerund marked "when" or "whenever"
** on a verb in the simple present (VBP/VBZ, no auxiliary) tells what is
** done each time the gerund's act comes up: a procedure or habit, not a
** reported act ("When negotiating with a kidnapper, the mediators
** talk as if talking to a neighbour": no 046).  A past head ("when
** negotiating with the gang last year, the mayor offered ...") reports
** and stays. */
/* C-WHEN-HABIT: is v a verb in the simple present (VBP/VBZ, or a VB
** with a subject and no "to": the tagger's "also protect"), with no
** auxiliary? */
static int simple_present(const coder_ctx *c, uint32_t v) {
  if (c->syn[v].upos != SIMA_UPOS_VERB)
    return 0;
  if (c->syn[v].xpos != SIMA_XPOS_VBP && c->syn[v].xpos != SIMA_XPOS_VBZ &&
      (c->syn[v].xpos != SIMA_XPOS_VB ||
       coder_child_by(c, v, SIMA_DEP_NSUBJ) < 0 ||
       coder_child_word(c, v, SIMA_DEP_MARK, "to") >= 0))
    return 0;
  for (int32_t d = c->first_child[v]; d >= 0; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_AUX)
      return 0;
  return 1;
}

/* RULE C-GERUND-SUBJECT: a subjectless gerund that is the subject of a
** verb in the simple present ("answering such threats requires new kinds of
** forces", "fighting the gangs takes money") names a kind of act, not an
** act done: no event.  The parse may hang such a gerund as a clause of
** its own, marked "that", with the present verb as its parataxis or
** complement ("said that answering such threats requires ..."); that shape
** counts too.  A past head ("arresting the mayor was a mistake") tells
** of an act done and stays. */
int coder_gerund_subject(const coder_ctx *c, uint32_t t) {
  if (c->syn[t].upos != SIMA_UPOS_VERB || c->syn[t].xpos != SIMA_XPOS_VBG ||
      coder_child_by(c, t, SIMA_DEP_NSUBJ) >= 0 ||
      coder_child_by(c, t, SIMA_DEP_AUX) >= 0)
    return 0;
  unsigned b = deprel_base(c->syn[t].deprel);
  int32_t h = c->syn[t].head;
  if (b == SIMA_DEP_CSUBJ && h >= 0 && (uint32_t)h < c->n) {
    /* (a predicate in the present: "fighting them is costly") */
    int32_t cop = coder_child_word(c, (uint32_t)h, SIMA_DEP_COP, "be");
    return simple_present(c, (uint32_t)h) ||
           (cop >= 0 && (c->syn[cop].xpos == SIMA_XPOS_VBZ ||
                         c->syn[cop].xpos == SIMA_XPOS_VBP));
  }
  if (coder_child_word(c, t, SIMA_DEP_MARK, "that") < 0)
    return 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned db = deprel_base(c->syn[d].deprel);
    if ((db == SIMA_DEP_PARATAXIS || db == SIMA_DEP_CCOMP) &&
        (uint32_t)d > t && coder_child_by(c, (uint32_t)d, SIMA_DEP_NSUBJ) < 0 &&
        (c->syn[d].xpos == SIMA_XPOS_VBZ || c->syn[d].xpos == SIMA_XPOS_VBP))
      return 1;
  }
  return 0;
}

/* 1 when clause t opens with "when" or "whenever" (the parse makes it a
** mark or an advmod). */
static int when_word(const coder_ctx *c, uint32_t t) {
  return coder_has_marker(c, t, "when") || coder_has_marker(c, t, "whenever") ||
         coder_child_word(c, t, SIMA_DEP_ADVMOD, "when") >= 0 ||
         coder_child_word(c, t, SIMA_DEP_ADVMOD, "whenever") >= 0;
}

/* C-WHEN-HABIT (finite): is t a finite when-clause in the simple present
** (advcl, "when" or "whenever" as mark or advmod) on a verb in the simple
** present, or on a subjectless participle of one ("locals protect the
** smugglers, fighting with police when they detain them": p14c)?  Each
** time the act comes up, something is done: a habit, not a reported
** act.  A past head ("when police detained him, he fled") reports and
** stays. */
static int when_clause_habit(const coder_ctx *c, uint32_t t) {
  if (deprel_base(c->syn[t].deprel) != SIMA_DEP_ADVCL ||
      (c->syn[t].xpos != SIMA_XPOS_VBP && c->syn[t].xpos != SIMA_XPOS_VBZ) ||
      !simple_present(c, t))
    return 0;
  if (!when_word(c, t))
    return 0;
  int32_t h = c->syn[t].head;
  if (h < 0 || (uint32_t)h >= c->n)
    return 0;
  if (c->syn[h].xpos == SIMA_XPOS_VBG && c->syn[h].upos == SIMA_UPOS_VERB &&
      coder_child_by(c, (uint32_t)h, SIMA_DEP_NSUBJ) < 0 &&
      coder_child_by(c, (uint32_t)h, SIMA_DEP_AUX) < 0 &&
      (deprel_base(c->syn[h].deprel) == SIMA_DEP_ADVCL ||
       deprel_base(c->syn[h].deprel) == SIMA_DEP_XCOMP ||
       /* (the parse's "...," fighting": parataxis) */
       deprel_base(c->syn[h].deprel) == SIMA_DEP_PARATAXIS)) {
    h = c->syn[h].head;
    if (h < 0 || (uint32_t)h >= c->n)
      return 0;
  } else if (c->syn[h].xpos == SIMA_XPOS_VBG &&
             c->syn[h].upos == SIMA_UPOS_VERB &&
             c->syn[h].deprel == SIMA_DEP_ACL &&
             coder_child_by(c, (uint32_t)h, SIMA_DEP_AUX) < 0) {
    /* (or the participle on the verb's object, as parsed: "shelter the
    ** smugglers, hurling stones when the army detains them") */
    int32_t n = c->syn[h].head;
    if (n < 0 || (uint32_t)n >= c->n ||
        deprel_base(c->syn[n].deprel) != SIMA_DEP_OBJ)
      return 0;
    h = c->syn[n].head;
    if (h < 0 || (uint32_t)h >= c->n)
      return 0;
  }
  return simple_present(c, (uint32_t)h);
}

int coder_when_habit(const coder_ctx *c, uint32_t t) {
  /* (and the to-complements of the clause's verb: "when an importer
  ** wants to buy goods abroad, the bank converts the currency") */
  uint32_t x = t;
  for (int i = 0; i < 4 && c->syn[x].deprel == SIMA_DEP_XCOMP &&
                  c->syn[x].head >= 0 && (uint32_t)c->syn[x].head < c->n;
       i++)
    x = (uint32_t)c->syn[x].head;
  if (when_clause_habit(c, x))
    return 1;
  if (c->syn[t].upos != SIMA_UPOS_VERB || c->syn[t].xpos != SIMA_XPOS_VBG ||
      deprel_base(c->syn[t].deprel) != SIMA_DEP_ADVCL ||
      coder_child_by(c, t, SIMA_DEP_NSUBJ) >= 0 ||
      coder_child_by(c, t, SIMA_DEP_AUX) >= 0)
    return 0;
  if (!when_word(c, t))
    return 0;
  int32_t h = c->syn[t].head;
  if (h < 0 || (uint32_t)h >= c->n || c->syn[h].upos != SIMA_UPOS_VERB ||
      (c->syn[h].xpos != SIMA_XPOS_VBP && c->syn[h].xpos != SIMA_XPOS_VBZ))
    return 0;
  for (int32_t d = c->first_child[h]; d >= 0; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_AUX)
      return 0;
  return 1;
}

/* RULE C-PREVENT-WANTED: the act a prevention would stop, when the
** prevention is itself only wanted, proposed or tried (a to-infinitive:
** "opposing a bill to stop state firms from boycotting Israel",
** "Russia wants to stop Iran from attacking Israel"), is no event: it was
** neither done nor reported as not done.  A prevention told as done
** ("the law bars companies from boycotting Israel", "police prevented
** the protesters from attacking the embassy") keeps C-NEG-FROM's negated
** event.  p14c */
int coder_prevention_wanted(const coder_ctx *c, uint32_t t) {
  uint32_t x = coder_conj_first(c, t, 4);
  unsigned b = deprel_base(c->syn[x].deprel);
  int32_t h = c->syn[x].head;
  if (c->syn[x].xpos != SIMA_XPOS_VBG ||
      (b != SIMA_DEP_ADVCL && b != SIMA_DEP_XCOMP) ||
      !coder_has_marker(c, x, "from") || h < 0 || (uint32_t)h >= c->n ||
      c->syn[h].upos != SIMA_UPOS_VERB ||
      !mood_from_head(coder_lemma(c, (uint32_t)h)))
    return 0;
  /* (the prevention is an infinitive with no subject of its own) */
  return c->syn[h].xpos == SIMA_XPOS_VB &&
         coder_child_word(c, (uint32_t)h, SIMA_DEP_MARK, "to") >= 0 &&
         coder_child_by(c, (uint32_t)h, SIMA_DEP_NSUBJ) < 0;
}

/* RULE C-PRONOUN-PREDICATE: a noun of an act that is the predicate of a
** copula whose subject is a demonstrative or "it" ("this is largely an
** agreement between Colombia and Mexico", "it was a deal between the
** gangs") classifies something told elsewhere: it names no new act, and
** the act it names, if any, is coded where it is told.  p14c */
int coder_pronoun_predicate(const coder_ctx *c, uint32_t t) {
  /* Sorted. */
  static const char *const demo[] = {"it", "that", "these", "this", "those"};
  if (c->syn[t].upos != SIMA_UPOS_NOUN ||
      coder_child_by(c, t, SIMA_DEP_COP) < 0)
    return 0;
  int32_t s = coder_child_by(c, t, SIMA_DEP_NSUBJ);
  return s >= 0 && c->syn[s].upos == SIMA_UPOS_PRON &&
         CODER_IN(demo, coder_lemma(c, (uint32_t)s));
}

/* RULE C-MESSAGE-THING: "send a message (signal)" whose subject is a
** thing, a noun that is no actor mention ("US and Mexican collaboration
** to block stolen phones sends a clear message to thieves", "the verdict
** sends a signal to the cartels"), is a figure of speech: what the act
** or thing shows, not a statement anyone made; no event.  An actor
** sending one ("the United States sent a message to Iran") stays.  p14c */
int coder_message_thing(const coder_ctx *c, uint32_t t) {
  if (c->syn[t].upos != SIMA_UPOS_VERB ||
      sima_casecmp(coder_lemma(c, t), "send"))
    return 0;
  int32_t o = coder_child_by(c, t, SIMA_DEP_OBJ);
  int32_t s = coder_child_by(c, t, SIMA_DEP_NSUBJ);
  return o >= 0 && s >= 0 &&
         (!sima_casecmp(coder_lemma(c, (uint32_t)o), "message") ||
          !sima_casecmp(coder_lemma(c, (uint32_t)o), "signal")) &&
         c->syn[s].upos == SIMA_UPOS_NOUN && c->tok2men[s] < 0;
}

/* C-CAPACITY: does the clause of x name an occasion (a time phrase on
** x: "on Monday", "next week", "in 2014"), or x an obl:tmod? */
static int occasion_time(const coder_ctx *c, uint32_t x) {
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d]) {
    unsigned r = c->syn[d].deprel, b = deprel_base(r);
    if (r == SIMA_DEP_OBL_TMOD ||
        ((b == SIMA_DEP_OBL || b == SIMA_DEP_ADVMOD || b == SIMA_DEP_NMOD) &&
         time_phrase(c, (uint32_t)d, 0)))
      return 1;
  }
  return 0;
}

/* C-CAPACITY: is y x or below x (within 10 heads)? */
static int dominates(const coder_ctx *c, uint32_t x, uint32_t y) {
  for (int i = 0; i < 10; i++) {
    if (y == x)
      return 1;
    int32_t p = c->syn[y].head;
    if (p < 0 || (uint32_t)p >= c->n)
      return 0;
    y = (uint32_t)p;
  }
  return 0;
}

/* C-CAPACITY: is k "capable" with a copula in the present ("is capable
** of attacking", "being capable of") and no auxiliary ("would have been
** capable of gunning down eight police" is no general capacity)? */
static int present_capable(const coder_ctx *c, uint32_t k) {
  if (sima_casecmp(coder_lemma(c, k), "capable") ||
      coder_child_by(c, k, SIMA_DEP_AUX) >= 0)
    return 0;
  int32_t b = coder_child_by(c, k, SIMA_DEP_COP);
  return b >= 0 && (c->syn[b].xpos == SIMA_XPOS_VBZ ||
                    c->syn[b].xpos == SIMA_XPOS_VBP ||
                    c->syn[b].xpos == SIMA_XPOS_VBG);
}

/* RULE C-CAPACITY ("can", p14k): is k a present "can" (C-MOOD-POSS's
** cue, not "could") on a verb that is no passive of perception ("can be
** heard reprimanding", "can be seen attacking" show an act that took
** place)?  1 or 0.  Scripts a capacity or a recommendation ("the street
** gangs can terrorize people into paying", "Mexico can work with the
** United States to strengthen controls"). */
static int present_can(const coder_ctx *c, uint32_t k) {
  /* Sorted. */
  static const char *const perceive[] = {"hear", "observe", "see",
                                         "spot",  "watch"};
  if (sima_casecmp(coder_lemma(c, k), "can") || c->syn[k].xpos != SIMA_XPOS_MD)
    return 0;
  int32_t h = c->syn[k].head;
  return h >= 0 && (uint32_t)h < c->n &&
         !CODER_IN(perceive, coder_lemma(c, (uint32_t)h));
}

/* RULE C-CAPACITY: a general capacity or disposition of an actor is no
** event: the acts of a present "is/are able to", "is capable of"
** (C-MOOD-ABLE's present branch: "they are willing and able to commit
** violent acts against businesses and authorities", "the guerrillas are
** able to continue attacks on the authorities"; C-MOOD-ABILITY's "is
** capable of attacking police stations") and of a noun of capacity
** (ability, capability, capacity: C-MOOD-ABILITY, "their capacity to
** inflict violence and displace inhabitants") code nothing, unless the
** clause names an occasion by a time phrase ("they are able to strike
** the base on Monday" stays possible).  "Would be able to" (an ability
** to come), "were able to" (done) and the nouns of entitlement or
** leverage ("the right to make the decision") are left to their rules.
** So is the act of a present "can" (C-MOOD-POSS, present_can: "the
** street gangs can bully traders into paying extortion", "Mexico can
** work with the United States"): a capacity or a recommendation. */
int coder_capacity_only(const coder_ctx *c, uint32_t t, const mood_info *mi) {
  static const char *const nouns[] = {"ability", "capability", "capacity"};
  const char *r = mi->uncond_rule;
  int32_t k = mi->uncond_cue, top;
  if (!r || k < 0 || (uint32_t)k >= c->n)
    return 0;
  if (!strcmp(r, "C-MOOD-ABLE") &&
      !sima_casecmp(coder_lemma(c, (uint32_t)k), "be"))
    top = c->syn[k].head;
  else if (!strcmp(r, "C-MOOD-ABILITY") &&
           CODER_IN(nouns, coder_lemma(c, (uint32_t)k)))
    top = k;
  else if (!strcmp(r, "C-MOOD-ABILITY") && present_capable(c, (uint32_t)k))
    top = k;
  else if (!strcmp(r, "C-MOOD-POSS") && mi->mood == SIMA_MOOD_POSSIBLE &&
           !mi->negated && present_can(c, (uint32_t)k))
    top = c->syn[k].head;
  else
    return 0;
  if (top < 0 || (uint32_t)top >= c->n)
    return 0;
  /* from the act up to the adjective or noun (or the verb the noun's
  ** clause hangs on: "have the ability ... to"), no time phrase */
  uint32_t x = t;
  for (int i = 0; i < 10; i++) {
    if (occasion_time(c, x))
      return 0;
    if (dominates(c, x, (uint32_t)top))
      return 1;
    int32_t p = c->syn[x].head;
    if (p < 0 || (uint32_t)p >= c->n)
      return 0;
    x = (uint32_t)p;
  }
  return 0;
}

/* RULE C-ATTR-HEADLINE: a headline names who says what it reports across
** a colon, after it ("Gangs Arming Rebels in Peru: Official") or before
** it ("Minister: Army Will Leave the Border"): a short noun phrase (up to
** five words of nouns, names, adjectives and determiners; four before
** the colon) on the far side of the colon from the trigger.  The event is
** attributed to it, and it is no actor of the event (coder.c emit). */
int32_t coder_headline_speaker(const coder_ctx *c, uint32_t t,
                               int32_t *first, int32_t *last) {
  const sima_sentence *se = coder_sentence_of(c->doc, t);
  if (!se || se->kind != SIMA_SENT_TITLE || se->count < 3)
    return -1;
  uint32_t a = se->first, end = se->first + se->count;
  if (c->syn[end - 1].upos == SIMA_UPOS_PUNCT)
    end--;
  int32_t colon = -1;
  for (uint32_t k = a; k < end; k++) {
    const sima_token *tk = &c->doc->tokens[k];
    if (tk->len == 1 && c->doc->text[tk->off] == ':') {
      if (colon >= 0)
        return -1; /* (one colon only) */
      colon = (int32_t)k;
    }
  }
  if (colon < 0 || (uint32_t)colon == t)
    return -1;
  uint32_t from = t < (uint32_t)colon ? (uint32_t)colon + 1 : a;
  uint32_t to = t < (uint32_t)colon ? end : (uint32_t)colon;
  uint32_t most = t < (uint32_t)colon ? 5 : 4;
  if (to <= from || to - from > most)
    return -1;
  int32_t head = -1;
  for (uint32_t k = from; k < to; k++) {
    unsigned u = c->syn[k].upos;
    if (u == SIMA_UPOS_NOUN || u == SIMA_UPOS_PROPN)
      head = (int32_t)k;
    else if (u != SIMA_UPOS_ADJ && u != SIMA_UPOS_DET)
      return -1;
  }
  if (head >= 0) {
    *first = (int32_t)from;
    *last = (int32_t)to - 1;
  }
  return head;
}

/* 1 when token x has a dependent "enough" (of degree: amod, advmod). */
static int has_enough(const coder_ctx *c, uint32_t x) {
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if ((b == SIMA_DEP_AMOD || b == SIMA_DEP_ADVMOD || b == SIMA_DEP_DET) &&
        !sima_casecmp(coder_lemma(c, (uint32_t)d), "enough"))
      return 1;
  }
  return 0;
}

/* Adjectives of sufficiency (C-ENOUGH-TO).  Sorted. */
static const char *const suffice[] = {"enough", "insufficient", "sufficient"};

/* RULE C-ENOUGH-TO (predicate): the to-clause of a predicate adjective
** of sufficiency ("cutting the funds will be sufficient to force the
** rebels to negotiate", "might not be enough to win them back") weighs
** what would suffice for an act, no act: 1 for that clause's verb and the
** open complements (xcomp) below it, climbing at most three of them. */
static int sufficing_clause(const coder_ctx *c, uint32_t t) {
  uint32_t x = t;
  for (int i = 0; i < 4; i++) {
    int32_t h = c->syn[x].head;
    if (h < 0 || (uint32_t)h >= c->n)
      return 0;
    unsigned b = deprel_base(c->syn[x].deprel);
    if ((b == SIMA_DEP_ADVCL || b == SIMA_DEP_XCOMP) &&
        coder_has_marker(c, x, "to") && c->syn[h].upos == SIMA_UPOS_ADJ &&
        CODER_IN(suffice, coder_lemma(c, (uint32_t)h)) &&
        coder_child_by(c, (uint32_t)h, SIMA_DEP_COP) >= 0)
      return 1;
    if (b != SIMA_DEP_XCOMP || c->syn[h].upos != SIMA_UPOS_VERB)
      return 0;
    x = (uint32_t)h;
  }
  return 0;
}

/* RULE C-ENOUGH-TO: a to-infinitive of degree on an act measures how
** much was done ("Police Seized Enough Rifles to Arm a Battalion": no
** battalion armed): no act.  "enough" on the infinitive's head or on a
** dependent of the head before the infinitive (its object).  Not on a
** verb of having or getting ("had earned enough clout to negotiate"),
** whose infinitive is a capacity (C-MOOD-ABILITY: possible). */
/* C-ENOUGH-TO (gerund subject): is t a subjectless gerund that is the
** subject of a predicate adjective of sufficiency, as a csubj or (the
** parse often makes it a conjunct of an earlier clause) right before that
** adjective's own auxiliaries, copula and negation, the adjective having
** no subject of its own ("even recapturing the boss might not be enough
** to win it back")? */
static int sufficing_gerund(const coder_ctx *c, uint32_t t) {
  if (c->syn[t].xpos != SIMA_XPOS_VBG ||
      coder_child_by(c, t, SIMA_DEP_NSUBJ) >= 0 ||
      coder_child_by(c, t, SIMA_DEP_AUX) >= 0)
    return 0;
  int32_t h = c->syn[t].head;
  if (deprel_base(c->syn[t].deprel) == SIMA_DEP_CSUBJ && h >= 0 &&
      (uint32_t)h < c->n && c->syn[h].upos == SIMA_UPOS_ADJ &&
      CODER_IN(suffice, coder_lemma(c, (uint32_t)h)))
    return 1;
  /* the right edge of t's phrase */
  uint32_t r = t;
  for (uint32_t k = t + 1; k < c->n; k++) {
    int32_t a = (int32_t)k;
    for (int i = 0; i < 16 && a >= 0 && a != (int32_t)t; i++)
      a = c->syn[a].head;
    if (a != (int32_t)t)
      break;
    r = k;
  }
  /* then only the adjective's aux, cop and "not" up to it */
  for (uint32_t k = r + 1; k < c->n; k++) {
    if (c->syn[k].upos == SIMA_UPOS_ADJ &&
        CODER_IN(suffice, coder_lemma(c, k)))
      return coder_child_by(c, k, SIMA_DEP_COP) >= 0 &&
             coder_child_by(c, k, SIMA_DEP_NSUBJ) < 0 &&
             coder_child_by(c, k, SIMA_DEP_CSUBJ) < 0;
    int32_t a = c->syn[k].head;
    unsigned b = deprel_base(c->syn[k].deprel);
    if (a < 0 || (uint32_t)a <= k ||
        (b != SIMA_DEP_AUX && b != SIMA_DEP_COP &&
         !(b == SIMA_DEP_ADVMOD && !sima_casecmp(coder_lemma(c, k), "not"))))
      return 0;
  }
  return 0;
}

int coder_enough_to(const coder_ctx *c, uint32_t t) {
  /* Sorted. */
  static const char *const having[] = {"earn", "gain", "get",
                                       "give", "have", "secure", "win"};
  if (sufficing_clause(c, t) || sufficing_gerund(c, t))
    return 1;
  if (!coder_has_marker(c, t, "to"))
    return 0;
  int32_t h = c->syn[t].head;
  if (h < 0 || (uint32_t)h >= c->n ||
      CODER_IN(having, coder_lemma(c, (uint32_t)h)))
    return 0;
  /* (nor on the noun a verb of having takes, where the dense parser hangs
  ** the infinitive: "had won them enough clout to negotiate", negotiate
  ** --acl--> clout --xcomp--> won) */
  int32_t hv = c->syn[h].head;
  if (c->syn[h].upos == SIMA_UPOS_NOUN && hv >= 0 && (uint32_t)hv < c->n &&
      c->syn[hv].upos == SIMA_UPOS_VERB &&
      CODER_IN(having, coder_lemma(c, (uint32_t)hv)))
    return 0;
  if (has_enough(c, (uint32_t)h))
    return 1;
  for (int32_t d = c->first_child[h]; d >= 0 && d < (int32_t)t;
       d = c->next_sib[d])
    if (has_enough(c, (uint32_t)d))
      return 1;
  return 0;
}

/* C-EVALUATIVE-VIEW: is adjective k in what a verb of saying above it
** says ("the president said it is important for ...", "he told MPs: it
** is important ...")? */
static int spoken_view(const coder_ctx *c, uint32_t k) {
  /* Sorted. */
  static const char *const say[] = {
      "add",     "argue", "claim",  "declare", "emphasise", "emphasize",
      "explain", "insist", "say",   "state",   "stress",    "tell",
      "tweet",   "warn",   "write"};
  uint32_t x = k;
  for (int i = 0; i < 8; i++) {
    int32_t p = c->syn[x].head;
    if (p < 0 || (uint32_t)p >= c->n)
      return 0;
    x = (uint32_t)p;
    if (c->syn[x].upos == SIMA_UPOS_VERB && CODER_IN(say, coder_lemma(c, x)))
      return 1;
  }
  return 0;
}

/* RULE C-EVALUATIVE-VIEW: the act under an adjective that judges it
** (C-MOOD-EVALUATIVE) in a sentence no one is reported to say is the
** writer's view of what an actor needs or would find hard, no request
** and no act: "that is why it's important for the cartel to take control
** of the port" (requested before), "the aims can be difficult to
** reconcile with the goals of politicians" (possible before).  Under an
** attribution or a verb of saying the view is someone's word and stays
** ("the premier said it was possible for Turkey to renege on the deal":
** possible; "the president said it is important for the government to
** negotiate with the rebels": requested); so does an
** ease adjective in the past, which tells what was done ("it was easy
** for the gang to bribe the guards"). */
int coder_evaluative_view(const coder_ctx *c, uint32_t t, const mood_info *mi) {
  (void)t;
  int32_t k = mi->uncond_cue;
  if (!mi->uncond_rule || strcmp(mi->uncond_rule, "C-MOOD-EVALUATIVE") ||
      k < 0 || (uint32_t)k >= c->n || mi->attr >= 0 ||
      spoken_view(c, (uint32_t)k))
    return 0;
  if (mi->uncond == SIMA_MOOD_REQUESTED)
    return 1;
  /* (an ease adjective: not in the past) */
  int32_t b = coder_child_by(c, (uint32_t)k, SIMA_DEP_COP);
  return mi->uncond == SIMA_MOOD_POSSIBLE &&
         !(b >= 0 && c->syn[b].xpos == SIMA_XPOS_VBD &&
           coder_child_by(c, (uint32_t)k, SIMA_DEP_AUX) < 0);
}

/* RULE C-WISH-PARTICIPLE: a participle of wanting on a clause ("Theresa
** May, eyeing a post-Brexit trade deal with Turkey, has taken a bet on
** Ankara", "the cartel, seeking control of the port, ...", "hoping to
** meet the rebels") is the writer's reading of what the subject wants,
** no intent stated and no act: the act it wants codes nothing (before,
** C-MOOD-PLAN made it planned and C-INTENT an 03 intent), nor does the
** participle coded by its own pattern ("crime groups, seeking
** collaboration with the local authorities, ...", a description on a
** noun: "Venezuelans seeking refuge in Brazil").  Only a
** subjectless VBG participle (advcl, acl, xcomp) of aim, eye, hope, look,
** seek, want, wish; a finite "Turkey is seeking a deal with Russia" and a
** participle of saying ("vowing to", "promising to", "threatening to")
** keep their events. */
int coder_wish_participle(const coder_ctx *c, uint32_t t, const mood_info *mi) {
  /* Sorted. */
  static const char *const wish[] = {"aim",  "eye",  "hope", "look",
                                     "seek", "want", "wish"};
  int32_t k = mi->mood_cue;
  /* (the participle itself coded by its pattern: "crime groups, seeking
  ** collaboration with local authorities, ...", "Venezuelans seeking
  ** refuge in Brazil") */
  if (c->syn[t].xpos == SIMA_XPOS_VBG && CODER_IN(wish, coder_lemma(c, t)))
    k = (int32_t)t;
  else if (!mi->mood_rule || strcmp(mi->mood_rule, "C-MOOD-PLAN") || k < 0 ||
           (uint32_t)k >= c->n || c->syn[k].xpos != SIMA_XPOS_VBG ||
           !CODER_IN(wish, coder_lemma(c, (uint32_t)k)))
    return 0;
  unsigned b = deprel_base(c->syn[k].deprel);
  if (b != SIMA_DEP_ADVCL && b != SIMA_DEP_ACL && b != SIMA_DEP_XCOMP)
    return 0;
  for (int32_t d = c->first_child[k]; d >= 0; d = c->next_sib[d]) {
    unsigned r = deprel_base(c->syn[d].deprel);
    if (r == SIMA_DEP_NSUBJ || r == SIMA_DEP_AUX || r == SIMA_DEP_MARK)
      return 0;
  }
  return 1;
}

/* RULE C-SHARE-HELD: a share of a territory held is a state, not an act:
** "occupy", "control", "hold" or "dominate" whose passive subject or
** object is a share of a place (a percentage, "half", "a third", "much",
** "most", "part", "swathes" ... with an "of" phrase: "claimed that 20% of
** Syria was now occupied by Kurds", "the Kurds occupy 30% of Iraq") says
** how much of it someone holds: no event.  A time phrase makes it the act
** of taking it ("occupied a third of the province on Monday" stays); a
** place named whole ("the rebels occupied the city") is C-TOWN-TAKEN's. */
int coder_share_held(const coder_ctx *c, uint32_t t) {
  /* Sorted. */
  static const char *const hold[] = {"control", "dominate", "hold", "occupy"};
  /* Sorted. */
  static const char *const share[] = {
      "%",       "fifth",   "fraction", "half",    "majority", "most",
      "much",    "part",    "percent",  "percentage", "portion", "proportion",
      "quarter", "share",   "swath",    "swathe",  "third"};
  if (c->syn[t].upos != SIMA_UPOS_VERB || !CODER_IN(hold, coder_lemma(c, t)) ||
      occasion_time(c, t))
    return 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned r = c->syn[d].deprel;
    if (r != SIMA_DEP_NSUBJ_PASS && deprel_base(r) != SIMA_DEP_OBJ)
      continue;
    /* (the time may hang on the share: "occupied 30% of Iraq on Monday") */
    if (!CODER_IN(share, coder_lemma(c, (uint32_t)d)) ||
        occasion_time(c, (uint32_t)d))
      continue;
    for (int32_t e = c->first_child[d]; e >= 0; e = c->next_sib[e])
      if (deprel_base(c->syn[e].deprel) == SIMA_DEP_NMOD &&
          coder_has_marker(c, (uint32_t)e, "of"))
        return 1;
  }
  return 0;
}

/* RULE C-ATTITUDE-CAUSED: a noun of attitude that something stirs up or
** puts down ("the blasts sparked worries about the rebels", "the
** plan dashes Chilean hopes that Bolivia would drop its claim", "the
** attack underlined the depth of Colombia's concern") is a state that
** the writer reads off someone, not a comment anyone voiced (012/013 code
** what is said): no event.  The noun is the object of a verb of causing
** or of changing a feeling (allay, dash, deepen, ease, fuel, heighten,
** prompt, revive, spark, stoke, trigger, underline, underscore), or the
** of-phrase of such an object ("the depth of ... concern"), or the
** plural noun the parse reads as a verb complement of the cause ("dashes
** Chilean hopes that ...": "hopes" a VBZ ccomp).  Voicing
** verbs ("raised concerns", "expressed hope", "voiced fears") are not
** here and stay. */
int coder_attitude_caused(const coder_ctx *c, uint32_t t) {
  /* Sorted. */
  static const char *const attitude[] = {
      "alarm", "anxiety", "apprehension", "concern", "fear",
      "hope",  "optimism", "pessimism",   "worry"};
  /* Sorted. */
  static const char *const cause[] = {
      "allay",  "dash",  "deepen",  "ease",    "fuel",      "heighten",
      "prompt", "revive", "spark",  "stoke",   "trigger",   "underline",
      "underscore"};
  if (!CODER_IN(attitude, coder_lemma(c, t)))
    return 0;
  uint32_t x = t;
  /* (a plural noun read as a verb, the complement of the cause: "dashes
  ** Chilean hopes that ...", "hopes" a VBZ ccomp of "dashes"; a verb of
  ** causing takes no clause) */
  if (c->syn[t].upos == SIMA_UPOS_VERB) {
    int32_t v = c->syn[t].head;
    return c->syn[t].xpos == SIMA_XPOS_VBZ &&
           deprel_base(c->syn[t].deprel) == SIMA_DEP_CCOMP &&
           coder_child_by(c, t, SIMA_DEP_MARK) < 0 && v >= 0 &&
           (uint32_t)v < c->n && c->syn[v].upos == SIMA_UPOS_VERB &&
           CODER_IN(cause, coder_lemma(c, (uint32_t)v));
  }
  if (c->syn[t].upos != SIMA_UPOS_NOUN)
    return 0;
  int32_t h = c->syn[x].head;
  /* ("the depth of Colombia's concern": up the of-phrase) */
  if (h >= 0 && (uint32_t)h < c->n &&
      deprel_base(c->syn[x].deprel) == SIMA_DEP_NMOD &&
      coder_has_marker(c, x, "of") && c->syn[h].upos == SIMA_UPOS_NOUN) {
    x = (uint32_t)h;
    h = c->syn[x].head;
  }
  return h >= 0 && (uint32_t)h < c->n &&
         deprel_base(c->syn[x].deprel) == SIMA_DEP_OBJ &&
         c->syn[h].upos == SIMA_UPOS_VERB &&
         CODER_IN(cause, coder_lemma(c, (uint32_t)h));
}

/* RULE C-STAT-SHARE: an act told of a percentage of a group, as its
** passive subject ("96 percent of the country's Mexican prisoners had
** been detained on drug charges", "seventy percent of the children were
** detained in the south"), is a statistic about the group, no event: a
** passive subject headed by percent, percentage, proportion, "%" or the
** "cent" of "per cent".  "Sixty children were detained" stays. */
int coder_stat_share(const coder_ctx *c, uint32_t t) {
  /* Sorted. */
  static const char *const share[] = {"%", "percent", "percentage",
                                      "proportion"};
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    if (c->syn[d].deprel != SIMA_DEP_NSUBJ_PASS)
      continue;
    const char *l = coder_lemma(c, (uint32_t)d);
    if (CODER_IN(share, l) ||
        (!sima_casecmp(l, "cent") && d > 0 &&
         !sima_casecmp(coder_lemma(c, (uint32_t)d - 1), "per")))
      return 1;
  }
  return 0;
}

/* C-WHERE-KIND: the noun a "where" clause opening at token w describes:
** the word before "where" (past a comma or dash), when a common noun,
** or -1. */
static int32_t where_noun(const coder_ctx *c, uint32_t w) {
  int32_t n = (int32_t)w - 1;
  if (n >= 0 && c->syn[n].upos == SIMA_UPOS_PUNCT)
    n--;
  return n >= 0 && c->syn[n].upos == SIMA_UPOS_NOUN ? n : -1;
}

/* RULE C-WHERE-KIND: a "where" clause in the present or with a modal
** that describes a kind of place or state, a common noun with "a" or
** none ("he welcomed a democracy where people could publicly attack the
** head of state", "a deal between states, where the Americans agree with
** the Russians", "in a region where local officials work hand in hand
** with the smugglers"), tells what goes on in such a place, no event.  A
** named place ("in Afrin, where Turkey is waging war"), a definite one
** ("the conflict, where Russia is backing the government", "the village
** where ...") and a past clause ("a town where soldiers killed 20 people")
** stay.  So does a clause in the frame of an act still ahead, planned
** or expected by a word outside the clause (C-MOOD-WHERE, p11c: "a
** settlement will take the form of a pact between states, where the
** Peruvians agree with the Chileans": planned). */
int coder_where_kind(const coder_ctx *c, uint32_t t, const mood_info *mi) {
  /* Sorted. */
  static const char *const modal[] = {"can", "could", "may", "might",
                                      "will", "would"};
  static const char *const indef[] = {"a", "an", "any", "some"};
  int32_t w = coder_child_word(c, t, SIMA_DEP_ADVMOD, "where");
  if (w < 0 || (uint32_t)w > t || c->syn[w].xpos != SIMA_XPOS_WRB)
    return 0;
  if ((mi->mood == SIMA_MOOD_PLANNED || mi->mood == SIMA_MOOD_EXPECTED) &&
      (mi->mood_cue < 0 || c->syn[mi->mood_cue].head != (int32_t)t))
    return 0;
  int32_t n = where_noun(c, (uint32_t)w);
  if (n < 0 || coder_child_by(c, (uint32_t)n, SIMA_DEP_NMOD_POSS) >= 0)
    return 0;
  int32_t det = coder_child_by(c, (uint32_t)n, SIMA_DEP_DET);
  if (det >= 0 && !CODER_IN(indef, coder_lemma(c, (uint32_t)det)))
    return 0;
  /* (in the simple present, or with a modal of its own) */
  int present = c->syn[t].xpos == SIMA_XPOS_VBP ||
                c->syn[t].xpos == SIMA_XPOS_VBZ;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    if (deprel_base(c->syn[d].deprel) != SIMA_DEP_AUX)
      continue;
    if (CODER_IN(modal, coder_lemma(c, (uint32_t)d)))
      return 1;
    present = 0;
  }
  return present;
}

/* RULE C-IMPERATIVE-ITEM: a base-form verb with no subject, auxiliary or
** marker hung as an apposition or parataxis ("here are three
** recommendations: 1) Reconcile the US agenda with that of the local
** governments") is an imperative, the writer's advice: no one's act, and
** the source the coder would inherit from the sentence around it is not
** its doer.  No event.  So is one hung as a clause (acl) on a noun before
** it when it has a list-item marker ("1)", tag LS) of its own: the dense
** parser's shape. */
int coder_imperative_item(const coder_ctx *c, uint32_t t) {
  if (c->syn[t].upos != SIMA_UPOS_VERB || c->syn[t].xpos != SIMA_XPOS_VB ||
      (c->syn[t].deprel != SIMA_DEP_APPOS &&
       c->syn[t].deprel != SIMA_DEP_PARATAXIS &&
       c->syn[t].deprel != SIMA_DEP_ACL))
    return 0;
  int item = 0; /* a list-item marker ("1)") of its own */
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if (b == SIMA_DEP_NSUBJ || b == SIMA_DEP_AUX || b == SIMA_DEP_MARK ||
        b == SIMA_DEP_CSUBJ || b == SIMA_DEP_EXPL)
      return 0;
    item |= c->syn[d].xpos == SIMA_XPOS_LS;
  }
  /* (the dense parser hangs the item on a noun before it as a clause,
  ** acl: only with its item marker) */
  return c->syn[t].deprel != SIMA_DEP_ACL || item;
}

/* RULE C-RANGE-KINDS: a bare gerund (no subject, no auxiliary) in the
** span of "range from ... to ..." ("this can range from criminal groups
** bribing the cleaner to intimidating workers into leaving a backdoor")
** names a kind of act in a list of examples, not an act done: no event.
** The gerund hangs below the verb "range", which has a from-phrase,
** through clauses, conjuncts and phrases (at most six links).  A gerund
** with a subject ("an announcement that they were investigating")
** stays. */
int coder_range_kinds(const coder_ctx *c, uint32_t t) {
  if (c->syn[t].xpos != SIMA_XPOS_VBG)
    return 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if (b == SIMA_DEP_NSUBJ || b == SIMA_DEP_AUX)
      return 0;
  }
  uint32_t x = t;
  for (int i = 0; i < 6; i++) {
    int32_t h = c->syn[x].head;
    unsigned b = deprel_base(c->syn[x].deprel);
    if (h < 0 || (uint32_t)h >= c->n ||
        (b != SIMA_DEP_ACL && b != SIMA_DEP_ADVCL && b != SIMA_DEP_CONJ &&
         b != SIMA_DEP_XCOMP && b != SIMA_DEP_OBL && b != SIMA_DEP_NMOD))
      return 0;
    x = (uint32_t)h;
    if (c->syn[x].upos == SIMA_UPOS_VERB &&
        !sima_casecmp(coder_lemma(c, x), "range")) {
      for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d])
        if (deprel_base(c->syn[d].deprel) == SIMA_DEP_OBL &&
            coder_has_marker(c, (uint32_t)d, "from"))
          return 1;
      return 0;
    }
  }
  return 0;
}

/* RULE C-AGREEMENT-HELD: a noun of an agreement or alliance that is the
** object of the verb "have" names a standing arrangement, not the act of
** agreeing ("this company had a sales agreement with the president", "the
** two gangs had a tacit non-aggression pact until this year"): no event.
** Reaching, signing or seeking one ("have reached agreements on land
** reform", even with "reached" parsed as the noun's modifier) is another
** verb and stays.  Sorted. */
int coder_agreement_held(const coder_ctx *c, uint32_t t) {
  static const char *const pacts[] = {"accord", "agreement", "alliance",
                                      "deal",   "pact",      "partnership",
                                      "treaty", "truce"};
  if (c->syn[t].upos != SIMA_UPOS_NOUN ||
      deprel_base(c->syn[t].deprel) != SIMA_DEP_OBJ ||
      !CODER_IN(pacts, coder_lemma(c, t)))
    return 0;
  /* (a participle before the noun is the parser's reading of a perfect:
  ** "have so far reached agreements", "reached" an amod) */
  for (int32_t d = c->first_child[t]; d >= 0 && d < (int32_t)t;
       d = c->next_sib[d])
    if (c->syn[d].upos == SIMA_UPOS_VERB)
      return 0;
  int32_t h = c->syn[t].head;
  return h >= 0 && (uint32_t)h < c->n && c->syn[h].upos == SIMA_UPOS_VERB &&
         !sima_casecmp(coder_lemma(c, (uint32_t)h), "have");
}

/* RULE C-FORMER-TIE: a relative clause that names people by a tie they
** had before ("the transfer of 11 agents who had previously worked with
** the UN-backed commission", "a lawyer who had formerly worked for the
** cartel") identifies them: background, no event.  The clause's verb is
** a verb of a standing relation (work, support, back, cooperate, ...) in
** a perfect with "previously", "formerly" or "once", and has no phrase
** of time (one would date a real act).  A main clause ("Russia had
** previously backed the YPG") stays.  1 if t is such a verb. */
int coder_former_tie(const coder_ctx *c, uint32_t t) {
  /* Sorted. */
  static const char *const before[] = {"formerly", "once", "previously"};
  if (c->syn[t].upos != SIMA_UPOS_VERB || c->syn[t].xpos != SIMA_XPOS_VBN ||
      !CODER_IN(relation, coder_lemma(c, t)) ||
      coder_child_word(c, t, SIMA_DEP_AUX, "have") < 0)
    return 0;
  uint32_t x = coder_conj_first(c, t, 4);
  if (c->syn[x].deprel != SIMA_DEP_ACL_RELCL)
    return 0;
  int prev = 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned r = c->syn[d].deprel, b = deprel_base(r);
    if (b == SIMA_DEP_ADVMOD && CODER_IN(before, coder_lemma(c, (uint32_t)d)))
      prev = 1;
    else if (r == SIMA_DEP_OBL_TMOD ||
             (b == SIMA_DEP_OBL && c->syn[d].upos == SIMA_UPOS_NUM))
      return 0;
  }
  return prev;
}

/* RULE C-LAW-PARTICIPLE: a present participle that tells what a legal
** text or a resolution does ("the renewal of a UN resolution permitting
** cross-border aid to enter Syria", "a decree authorizing troops to ...")
** is a clause of that text, not an act of anyone: no event.  The
** participle (VBG, no auxiliary, no subject) is an adnominal clause of a
** legal noun (C-LAW-CLAUSE's list) or of accord, mandate, resolution or
** treaty.  1 if t is such a participle. */
int coder_law_participle(const coder_ctx *c, uint32_t t) {
  /* Sorted. */
  static const char *const texts[] = {"accord", "mandate", "resolution",
                                      "treaty"};
  if (c->syn[t].upos != SIMA_UPOS_VERB || c->syn[t].xpos != SIMA_XPOS_VBG ||
      deprel_base(c->syn[t].deprel) != SIMA_DEP_ACL ||
      coder_child_by(c, t, SIMA_DEP_AUX) >= 0 ||
      coder_child_by(c, t, SIMA_DEP_NSUBJ) >= 0)
    return 0;
  int32_t h = c->syn[t].head;
  if (h < 0 || (uint32_t)h >= c->n || c->syn[h].upos != SIMA_UPOS_NOUN)
    return 0;
  return legal_noun(c, h) || CODER_IN(texts, coder_lemma(c, (uint32_t)h));
}
