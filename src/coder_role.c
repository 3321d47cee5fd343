/*
** coder_role.c — the coder's roles: which actor mention a token stands
** for (coder_actor_of: the mention itself, the head of a noun phrase, a
** title's name, an "of" phrase's country, ...), how a pattern's role path
** (nsubj, obj>nmod(of), ...) is followed from the trigger (coder_follow,
** coder_resolve_role), and the filters that drop weak targets, dependents
** the pattern consumed, subjects, and places before a "where".  Stage:
** part of the CODER (coder.c matches patterns and makes events; this file
** finds who did what to whom).
*/
#include "arena.h"
#include "coder_int.h"
#include "dict.h"
#include "repair.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const unsigned actor_rels[] = {
    SIMA_DEP_COMPOUND, SIMA_DEP_AMOD, SIMA_DEP_NMOD, SIMA_DEP_NMOD_POSS,
    SIMA_DEP_APPOS, SIMA_DEP_FLAT, SIMA_DEP_DET_POSS, SIMA_DEP_NMOD_UNMARKED,
    /* a title before an uncoded name: "Judge Alejandro Rivera" */
    SIMA_DEP_NMOD_DESC};

/* Currency units a country names (C-ADJ-THING).  Sorted. */
static const char *const currencies[] = {
    "$", "dollar", "euro", "peso", "pound", "real", "sol", "yen", "yuan"};

int coder_is_currency(const char *lemma) {
  return lemma && CODER_IN(currencies, lemma);
}

/* 1 when mention m is a country alone ("Mexico", "Honduran"): the code
** is a bare country with no sector. */
int coder_lone_state(const coder_ctx *c, int32_t m) {
  const sima_mention *mm = &c->doc->mentions[m];
  return mm->code && strlen(mm->code) == 3 && mm->country &&
         !strcmp(mm->country, mm->code) && (!mm->sector || !mm->sector[0]);
}

/* RULE C-AGENT-GROUP: is m, a bare state agent ("leaders", "officials",
** "the head"), qualified by m2, a bare non-state group ("the gang", "the
** rebel group", "the company")?  Then the agent is the group's: "leaders
** of the gang" are criminals, not a government. */
static int group_agent(const coder_ctx *c, int32_t m, int32_t m2) {
  static const char *const groups[] = {"BUS", "CRM", "INS", "OPP", "REB"};
  const char *s = c->doc->mentions[m].sector;
  const char *s2 = c->doc->mentions[m2].sector;
  return s && !strcmp(s, "GOV") && s2 && s2[0] && CODER_IN(groups, s2);
}

/* 1 when the lemma of token h triggers a noun pattern of the verb
** dictionaries (a noun that names an act: "attack", "use"). */
static int trigger_noun(const coder_ctx *c, uint32_t h) {
  uint32_t np = 0;
  pat_pattern *const *ps =
      c->lid[h] == PAT_NONE ? NULL : pat_bucket_find(c->v, c->lid[h], &np);
  for (uint32_t i = 0; i < np; i++)
    if (ps[i]->upos == SIMA_UPOS_NOUN)
      return 1;
  return 0;
}

/* RULE C-SUSPECTED-EVENT: a participle of suspicion ("suspected",
** "alleged", "accused") names a suspect (CRM: "suspected gang members")
** only on people: on a noun that names an event, one that is a trigger
** noun of the verb patterns ("the suspected chemical attack", "condemned
** the suspected use of ..."), it says the event is unproven and names no
** actor.  Is token t such a participle, a mention of its own? */
static int suspected_event(const coder_ctx *c, uint32_t t) {
  static const char *const susp[] = {"accuse",  "accused", "allege",
                                     "alleged", "suspect", "suspected"};
  int32_t m = c->tok2men[t], h = c->syn[t].head;
  if (m < 0 || c->doc->mentions[m].count != 1 || h < 0 || (uint32_t)h >= c->n ||
      c->syn[t].upos == SIMA_UPOS_NOUN || c->syn[t].upos == SIMA_UPOS_PROPN ||
      !CODER_IN(susp, coder_lemma(c, t)))
    return 0;
  /* RULE C-SUSPECTED-NAMED: nor on a noun that a named group qualifies
  ** ("one suspected British Isis member was arrested": Isis's member,
  ** IMGISI, not a bare CRM): the group is the actor (a dictionary actor
  ** that is no bare country) */
  for (int32_t d = c->first_child[h]; d >= 0; d = c->next_sib[d]) {
    int32_t dm = c->tok2men[d];
    if (d == (int32_t)t || dm < 0)
      continue;
    const sima_mention *mm = &c->doc->mentions[dm];
    if (mm->code && mm->actor >= 0 && !(mm->country[0] && !mm->sector[0]))
      return 1;
  }
  /* RULE C-SUSPECTED-THING: nor on a thing or a place ("visited the
  ** suspected site", "shoot down suspected drug flights", "the suspected
  ** use of chemical weapons"): no suspect */
  static const char *const things[] = {
      "aircraft", "airplane", "airstrip", "boat",  "camp",       "car",
      "cargo",    "flight",   "house",    "lab",   "laboratory", "location",
      "package",  "plane",    "property", "route", "ship",       "shipment",
      "site",     "truck",    "tunnel",   "use",   "vehicle",    "vessel"};
  /* (the noun of a compound: "suspected chlorine attack" may hang the
  ** participle on "chlorine") */
  for (int up = 0; up < 2 && (uint32_t)h < c->n; up++) {
    if (c->syn[h].upos != SIMA_UPOS_NOUN)
      return 0;
    if (CODER_IN(things, coder_lemma(c, (uint32_t)h)))
      return 1;
    if (trigger_noun(c, (uint32_t)h))
      return 1;
    if (c->syn[h].deprel != SIMA_DEP_COMPOUND || c->syn[h].head < 0)
      return 0;
    h = c->syn[h].head;
  }
  return 0;
}

/* The head word of mention mm: its last word whose head lies outside it
** (the parse's head of the name), or dflt when none does. */
uint32_t coder_mention_head(const coder_ctx *c, const sima_mention *mm,
                            uint32_t dflt) {
  uint32_t hd = dflt;
  for (uint32_t k = mm->first; k < mm->first + mm->count && k < c->n; k++) {
    int32_t h = c->syn[k].head;
    if (h < (int32_t)mm->first || h >= (int32_t)(mm->first + mm->count))
      hd = k;
  }
  return hd;
}

/* RULE C-COREF-LOCAL: a personal pronoun is not its own clause's
** co-argument ("Authorities accused them of ...": them is not the
** authorities; binding principle B).  1 when mention m is a pronoun at
** token t whose antecedent heads a dependent of t's own head. */
static int local_antecedent(const coder_ctx *c, uint32_t t, int32_t m) {
  const sima_mention *mm = &c->doc->mentions[m];
  if (mm->how != SIMA_RES_PRONOUN || mm->antecedent < 0 ||
      (uint32_t)mm->antecedent >= c->doc->nmentions)
    return 0;
  int32_t h = c->syn[t].head;
  if (h < 0)
    return 0;
  const sima_mention *a = &c->doc->mentions[mm->antecedent];
  uint32_t k = coder_mention_head(c, a, a->first);
  unsigned b = deprel_base(c->syn[k].deprel);
  return c->syn[k].head == h && k != t &&
         (b == SIMA_DEP_NSUBJ || b == SIMA_DEP_OBJ || b == SIMA_DEP_IOBJ ||
          b == SIMA_DEP_OBL);
}

/* RULE C-COREF-PARALLEL: a plural pronoun object of a verb coordinated
** with an earlier verb ("take back its fighters captured by US-backed
** forces and put them on trial") stands for that verb's object, not for
** an actor inside a participle phrase on that object (the forces that
** captured them): 1 when mention m, a pronoun at token t, has such an
** antecedent; the pronoun then codes nothing. */
static int parallel_misread(const coder_ctx *c, uint32_t t, int32_t m) {
  const sima_mention *mm = &c->doc->mentions[m];
  if (mm->how != SIMA_RES_PRONOUN || mm->antecedent < 0 ||
      (uint32_t)mm->antecedent >= c->doc->nmentions ||
      (sima_casecmp(coder_lemma(c, t), "they") &&
       sima_casecmp(coder_lemma(c, t), "them")) ||
      deprel_base(c->syn[t].deprel) != SIMA_DEP_OBJ)
    return 0;
  int32_t v = c->syn[t].head;
  if (v < 0 || deprel_base(c->syn[v].deprel) != SIMA_DEP_CONJ)
    return 0;
  int32_t v1 = c->syn[v].head;
  const sima_mention *a = &c->doc->mentions[mm->antecedent];
  uint32_t k = coder_mention_head(c, a, a->first);
  /* up from the antecedent: through a participle (acl) on a noun that
  ** hangs (within two steps) on the first verb */
  int via_acl = 0;
  for (int i = 0; i < 6 && k < c->n; i++) {
    int32_t h = c->syn[k].head;
    if (h < 0 || (uint32_t)h >= c->n)
      return 0;
    if (deprel_base(c->syn[k].deprel) == SIMA_DEP_ACL &&
        c->syn[k].xpos == SIMA_XPOS_VBN)
      via_acl = 1;
    if (h == v1)
      return via_acl;
    k = (uint32_t)h;
  }
  return 0;
}

/* 1 when phrase x is marked as a topic or an aim: on, about, against,
** over, toward(s), regarding, concerning (C-TOPIC-SUBJECT). */
static int topic_phrase(const coder_ctx *c, uint32_t x) {
  static const char *const tp[] = {"about",  "against", "concerning",
                                   "on",     "over",    "regarding",
                                   "toward", "towards"};
  return coder_has_dep_word(c, x, SIMA_DEP_CASE, tp, sizeof tp / sizeof *tp);
}

/* 1 when phrase x is marked as a pure topic: about, concerning,
** regarding (C-ABOUT-PHRASE). */
static int about_phrase(const coder_ctx *c, uint32_t x) {
  static const char *const tp[] = {"about", "concerning", "regarding"};
  return coder_has_dep_word(c, x, SIMA_DEP_CASE, tp, sizeof tp / sizeof *tp);
}

/* RULE C-TIES-WITH: "with ties (links, connections) to X" describes
** somebody by a relation to X; X is no participant of the event: "detained
** about a dozen members of a smuggling ring with ties to the
** Gulf Cartel" detained no cartel.  1 when t is such a noun marked
** by "with" (or "having"): its of/to/with phrases give no actor.  "cut
** ties with Qatar" (the object, no "with" of its own) is left. */
static int ties_phrase(const coder_ctx *c, uint32_t t) {
  static const char *const ties[] = {"affiliation", "association",
                                     "connection",  "link",
                                     "relation",    "relationship",
                                     "tie"};
  return c->syn[t].upos == SIMA_UPOS_NOUN &&
         CODER_IN(ties, coder_lemma(c, t)) &&
         coder_has_marker(c, t, "with");
}

/* Nouns of kinship and of a person known by another (friend,
** bodyguard, lover, predecessor: C-KIN, C-KIN-PATH).  Sorted. */
static const char *const kin_nouns[] = {
    "aunt",           "bodyguard",   "boyfriend",   "brother",
    "brother-in-law", "child",       "client",      "cousin",      "daughter",
    "ex-husband",     "ex-wife",     "family",      "father",
    "fiance",         "fiancee",     "friend",      "girlfriend",
    "granddaughter",  "grandfather", "grandmother", "grandson",
    "husband",        "lover",       "mistress",    "mother",
    "nephew",         "niece",       "predecessor", "relative",
    "sibling",        "sister",      "son",         "son-in-law",
    "stepdaughter",   "stepfather",  "stepmother",  "stepson",
    "uncle",          "widow",       "widower",     "wife"};

/* 1 when token t is a kin noun that is no actor of its own ("son",
** "the wife of ..."): a person of his or her own (C-KIN). */
int coder_is_kin(const coder_ctx *c, uint32_t t) {
  return c->tok2men[t] < 0 && c->syn[t].upos == SIMA_UPOS_NOUN &&
         CODER_IN(kin_nouns, coder_lemma(c, t));
}

/* RULE C-ADJ-DEEP: a country adjective or name on a noun that is itself
** the phrase of another noun that is no actor ("blamed for an increase in
** Colombian cocaine production", "concerns over the entry of Paraguayan
** marijuana") names where a thing comes from, not an actor: 1 when t,
** reached at depth >= 1, is such a phrase; not an agent's "by" phrase
** ("strikes by Syrian planes") nor a noun that names an act of its own
** (a trigger noun of the verb patterns: "an attack by a US strike"), nor
** a place or a seat of an actor, which stands for the country ("raids on
** the Syrian villages", "an incursion into Colombian territory"). */
int coder_deep_thing(const coder_ctx *c, uint32_t t, int depth) {
  /* Sorted. */
  static const char *const places[] = {
      "airspace", "area",    "base",     "basis",    "border",  "camp",
      "capital",  "city",    "coast",    "district", "embassy", "frontier",
      "home",     "house",   "island",   "land",     "outpost", "port",
      "position", "post",    "province", "region",   "soil",    "territory",
      "town",     "village", "water",    "zone"};
  /* ("basis": the lemmatiser's lemma of "bases") */
  /* nouns of aid, whose country is its recipient or giver ("a halt to
  ** Honduran aid").  Sorted. */
  static const char *const aid[] = {"aid", "assistance", "funding", "loan"};
  if (depth < 1 || deprel_base(c->syn[t].deprel) != SIMA_DEP_NMOD ||
      coder_has_marker(c, t, "by") || CODER_IN(places, coder_lemma(c, t)) ||
      CODER_IN(aid, coder_lemma(c, t)))
    return 0;
  return !trigger_noun(c, t);
}

/* RULE C-SPONSOR-ADJ: a participle of sponsorship ("backed", "funded",
** "sponsored", "armed", "trained", ...) on a noun that is no actor names
** who backs the thing, not who does it: "a Russian and Iranian-backed
** assault recaptured the city" is no act of Iran (nor Russia), "a
** Saudi-funded offensive" none of Saudi Arabia.  ("US-led" names the
** leader, who acts: C-ADJ-THING; an agent noun with such a modifier,
** "Iranian-backed militias", is the actor stage's.)  The amod participle
** of t, or -1. */
static int32_t sponsor_participle(const coder_ctx *c, uint32_t t) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_AMOD &&
        coder_sponsor_participle(c, (uint32_t)d))
      return d;
  return -1;
}

/* RULE C-RELATION-NOUN: a noun that names someone by a relation to
** another (backer, ally, patron, sponsor, enemy, rival, neighbour ...)
** names another actor than the one it is related to: its possessor or
** "of" phrase is not the actor of the noun ("negotiate with Assad's
** backer, Russia" is with Russia, never with Assad; "talks with the
** allies of Turkey" are not with Turkey); an apposition still names
** it.  1 when child d of noun t is such a possessor or of-phrase. */
int coder_relation_other(const coder_ctx *c, uint32_t t, uint32_t d) {
  /* (sorted, strcasecmp order) */
  static const char *const relations[] = {
      "adversary", "ally",    "backer",    "benefactor", "enemy",
      "foe",       "friend",  "neighbor",  "neighbour",  "opponent",
      "partner",   "patron",  "protector", "rival",      "sponsor",
      "supporter"};
  unsigned rel = c->syn[d].deprel;
  if (c->syn[t].upos != SIMA_UPOS_NOUN ||
      !CODER_IN(relations, coder_lemma(c, t)))
    return 0;
  return rel == SIMA_DEP_NMOD_POSS || rel == SIMA_DEP_DET_POSS ||
         (deprel_base(rel) == SIMA_DEP_NMOD &&
          coder_has_marker(c, d, "of"));
}

/* RULE C-POSS-OWNER: a thing owned by a named person who is no coded
** actor ("an investigation of Penn's contacts with the kingpin", "could
** not support Holguin's claims of a cartel presence") is that person's:
** the actors in its prepositional phrases are what the contacts or
** claims are about, not the actor of the noun, so neither a role path
** nor the word-order fallback takes one there.  (A name on the noun
** itself still counts: "bin Laden's al-Qaeda network" is al-Qaeda's.)  Not a possessor of time
** ("Saturday's attack in Douma"), and not when another possessor is an
** actor ("the United Nations' Narcotics Board's report"). */
int coder_owned_thing(const coder_ctx *c, uint32_t t) {
  /* Sorted. */
  static const char *const when[] = {
      "april",    "august",  "december", "february", "friday",   "january",
      "july",     "june",    "monday",   "november", "october",  "saturday",
      "september", "sunday", "thursday", "today",    "tuesday",  "wednesday"};
  if (c->syn[t].upos != SIMA_UPOS_NOUN || c->tok2men[t] >= 0)
    return 0;
  int owned = 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    if (c->syn[d].deprel != SIMA_DEP_NMOD_POSS &&
        c->syn[d].deprel != SIMA_DEP_DET_POSS)
      continue;
    uint32_t at;
    if (coder_actor_of(c, (uint32_t)d, 1, &at) >= 0)
      return 0;
    if (c->syn[d].upos == SIMA_UPOS_PROPN &&
        !CODER_IN(when, coder_lemma(c, (uint32_t)d)))
      owned = 1;
  }
  return owned;
}

/* C-INFO-TOPIC: 1 when phrase d of noun t, a noun of information that is
** no actor (data, details, evidence, information, intelligence,
** whereabouts), says what the information is about: any phrase but one
** of its source or recipient (by, from, to, with). */
int coder_info_topic_phrase(const coder_ctx *c, uint32_t t, uint32_t d) {
  /* (sorted, strcasecmp order) */
  static const char *const info[] = {"data",        "detail",
                                     "details",     "evidence",
                                     "information", "intelligence",
                                     "whereabouts"};
  static const char *const party[] = {"by", "from", "to", "with"};
  if (c->syn[t].upos != SIMA_UPOS_NOUN || c->tok2men[t] >= 0 ||
      !CODER_IN(info, coder_lemma(c, t)))
    return 0;
  for (size_t k = 0; k < sizeof party / sizeof *party; k++)
    if (coder_has_marker(c, d, party[k]))
      return 0;
  return 1;
}

/* C-APPOS-ROLE: the mention of the title set off by commas in
** apposition to the name at token t (mention m) when it is another,
** non-bare actor with no "former"/"ex" in it; -1 if none.  *at gets its
** token. */
static int32_t appos_role(const coder_ctx *c, uint32_t t, int32_t m,
                          uint32_t *at) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    int32_t m2 = c->tok2men[d];
    uint32_t at2 = (uint32_t)d;
    /* (an apposition's office may be named on its modifier: "Ban
    ** Ki-moon, the UN chief,", the UN on "chief") */
    if (m2 < 0 && c->syn[d].deprel == SIMA_DEP_APPOS && (uint32_t)d > t)
      m2 = coder_actor_of(c, (uint32_t)d, 1, &at2);
    /* (an apposition, or a title the parse made a modifier or a list
    ** item: "Ban Ki-moon, the UN secretary-general," with "general" an
    ** amod or list) */
    if ((c->syn[d].deprel != SIMA_DEP_APPOS &&
         c->syn[d].deprel != SIMA_DEP_AMOD &&
         c->syn[d].deprel != SIMA_DEP_LIST) ||
        (uint32_t)d < t || m2 < 0 ||
        m2 == m || coder_bare_actor(c, m2) ||
        coder_same_actor(c->doc->mentions[m2].code, c->doc->mentions[m].code))
      continue;
    /* (set off by a comma) */
    const sima_mention *mm = &c->doc->mentions[m2];
    int comma = 0;
    for (uint32_t k = t + 1; k < mm->first && k < c->n && !comma; k++)
      comma = !strcmp(coder_lemma(c, k), ",");
    if (!comma)
      continue;
    int former = 0;
    for (uint32_t k = mm->first > 0 ? mm->first - 1 : 0;
         k < mm->first + mm->count && k < c->n && !former; k++) {
      const char *l = coder_lemma(c, k);
      former = l && (!sima_casecmp(l, "former") || !sima_casecmp(l, "ex") ||
                     !sima_casecmp(l, "then"));
    }
    if (former)
      continue;
    *at = at2;
    return m2;
  }
  return -1;
}

/* C-BARE-NMOD: does the phrase of d, a dependent of t, start right after
** the phrase of an earlier dependent of t that has a case marker? */
static int bare_after_phrase(const coder_ctx *c, uint32_t t, uint32_t d) {
  int32_t prev = -1;
  for (int32_t e = c->first_child[t]; e >= 0 && (uint32_t)e < d;
       e = c->next_sib[e])
    prev = e;
  if (prev < 0 || (uint32_t)prev < t ||
      coder_child_by(c, (uint32_t)prev, SIMA_DEP_CASE) < 0)
    return 0;
  /* the first word of d's phrase follows the last word of prev's */
  uint32_t a = d;
  while (a > (uint32_t)prev + 1) {
    int32_t x = c->syn[a - 1].head;
    for (int i = 0; i < 16 && x >= 0 && (uint32_t)x != d; i++)
      x = c->syn[x].head;
    if (x != (int32_t)d)
      break;
    a--;
  }
  int32_t x = a > 0 ? (int32_t)a - 1 : -1;
  for (int i = 0; i < 16 && x >= 0 && x != prev; i++)
    x = c->syn[x].head;
  return x == prev;
}

/* C-AGENT-GLOSS: the apposition of t opened by a bracket right after t
** ("prosecutors (Procuraduria General ...)"), or -1. */
static int32_t agent_gloss(const coder_ctx *c, uint32_t t) {
  if (t + 2 >= c->n || c->syn[t + 1].xpos != SIMA_XPOS_LRB)
    return -1;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_APPOS && (uint32_t)d > t + 1)
      return d;
  return -1;
}

/* C-AUTHOR-AGENT, C-MESSAGE-AGENT: the actor of the by-agent of
** participle d (its obl:agent, or an oblique marked "by"), looked up at
** depth + 1 (coder_actor_of), or -1; *at gets its token. */
static int32_t agent_actor(const coder_ctx *c, uint32_t d, int depth,
                           uint32_t *at) {
  for (int32_t e = c->first_child[d]; e >= 0; e = c->next_sib[e]) {
    if (c->syn[e].deprel != SIMA_DEP_OBL_AGENT &&
        !(deprel_base(c->syn[e].deprel) == SIMA_DEP_OBL &&
          coder_has_marker(c, (uint32_t)e, "by")))
      continue;
    int32_t m = coder_actor_of(c, (uint32_t)e, depth + 1, at);
    if (m >= 0)
      return m;
  }
  return -1;
}

/* RULE C-AUTHOR-AGENT: a written or shown thing that is no actor
** (statement, communique, declaration, letter, message, note, report,
** banner, leaflet, poster, video, ...) made by an actor named in the
** by-phrase of its participle of authorship (issue, sign, release,
** publish, write, post, circulate, distribute, broadcast, draft: "A
** statement issued on Tuesday by the Kremlin accused Ukraine of sabotage",
** "banners signed by one of Mexico's crime groups, ..., making threats")
** is that actor's: the author acts through it.  Returns the author's
** mention (its token in *at), or -1. */
static int32_t authored_thing(const coder_ctx *c, uint32_t t, int depth,
                              uint32_t *at) {
  static const char *const things[] = {
      "banner",  "communique", "declaration", "document", "leaflet",
      "letter",  "message",    "note",        "pamphlet", "poster",
      "report",  "statement",  "video"}; /* sorted */
  static const char *const make[] = {
      "broadcast", "circulate", "distribute", "draft", "issue",
      "post",      "publish",   "release",    "sign",  "write"}; /* sorted */
  if (depth > 4 || c->tok2men[t] >= 0 || c->syn[t].upos != SIMA_UPOS_NOUN ||
      !CODER_IN(things, coder_lemma(c, t)))
    return -1;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    if (c->syn[d].deprel != SIMA_DEP_ACL || c->syn[d].upos != SIMA_UPOS_VERB ||
        c->syn[d].xpos != SIMA_XPOS_VBN ||
        !CODER_IN(make, coder_lemma(c, (uint32_t)d)))
      continue;
    int32_t m = agent_actor(c, (uint32_t)d, depth, at);
    if (m >= 0)
      return m;
  }
  return -1;
}

/* C-MESSAGE-AGENT: is t a noun of a message (communique, declaration,
** letter, message, note, report, statement)? */
static int message_noun(const coder_ctx *c, uint32_t t) {
  /* (sorted, strcasecmp order) */
  static const char *const msg[] = {"communique", "declaration", "letter",
                                    "message",    "note",        "report",
                                    "statement"};
  return c->syn[t].upos == SIMA_UPOS_NOUN && CODER_IN(msg, coder_lemma(c, t));
}

/* The mention for token t: covering it, else on a modifier of it (depth
** <= 2: "the government of China", "a spokesman for the Chinese
** embassy").  *at receives the token where it was found. */
int32_t coder_actor_of(const coder_ctx *c, uint32_t t, int depth,
                       uint32_t *at) {
  /* RULE C-COURT-VENUE: a court something is "in" is where a case is
  ** heard ("testimony in a trial in a US court has implicated ...",
  ** "seek to prosecute the men in federal court"): a venue, no actor of
  ** the act or of the noun it hangs on */
  if ((!sima_casecmp(coder_lemma(c, t), "court") ||
       !sima_casecmp(coder_lemma(c, t), "tribunal")) &&
      coder_has_marker(c, t, "in"))
    return -1;
  if (c->tok2men[t] >= 0 && suspected_event(c, t))
    return -1;
  if (c->tok2men[t] >= 0 && (local_antecedent(c, t, c->tok2men[t]) ||
                              parallel_misread(c, t, c->tok2men[t])))
    return -1;
  if (c->tok2men[t] >= 0) {
    int32_t m = c->tok2men[t];
    /* (also for an apposition: "Salaheddine Sidhoum, Algeria's leading
    ** human rights activist," is Algeria's activist) */
    /* (and a definite nominal the actor stage took back to an earlier
    ** official: "the leaders of the gang" are no earlier president's) */
    int nominal = c->doc->mentions[m].how == SIMA_RES_NOMINAL;
    if ((depth == 0 || c->syn[t].deprel == SIMA_DEP_APPOS) &&
        (coder_bare_actor(c, m) || nominal)) {
      /* RULE C-AGENT-GLOSS: a bare agent glossed in parentheses by a
      ** named body ("the federal prosecutors (Procuraduria General de la
      ** Republica, PGR) ordered ...") is that body: an apposition opened
      ** by a bracket right after the agent's phrase */
      if (!nominal) {
        int32_t g = agent_gloss(c, t);
        if (g >= 0) {
          uint32_t at2;
          int32_t m2 = coder_actor_of(c, (uint32_t)g, 1, &at2);
          if (m2 >= 0 && !coder_bare_actor(c, m2)) {
            *at = at2;
            return m2;
          }
        }
      }
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
              (deprel_base(rel) == SIMA_DEP_NMOD &&
               (coder_has_marker(c, (uint32_t)d, "of") ||
                coder_has_marker(c, (uint32_t)d, "from")))))
          continue;
        uint32_t at2;
        int32_t m2 = coder_actor_of(c, (uint32_t)d, 1, &at2);
        if (m2 >= 0 &&
            ((!nominal && !coder_bare_actor(c, m2)) || group_agent(c, m, m2))) {
          *at = at2;
          return m2;
        }
      }
    }
    /* RULE C-APPOS-ROLE: a named person the dictionary dates to no office
    ** (an elite, ELI, at the document's date) set off with a title in
    ** apposition ("Kofi Annan, the UN secretary-general, demanded ...")
    ** acts in the office the text gives him: the apposition's actor, when
    ** it is no bare agent and no former office ("former", "ex-", "then") */
    if (depth == 0 && c->syn[t].upos == SIMA_UPOS_PROPN &&
        !coder_bare_actor(c, m) && coder_sector_is(c, m, "ELI")) {
      uint32_t at2;
      int32_t m2 = appos_role(c, t, m, &at2);
      if (m2 >= 0) {
        *at = at2;
        return m2;
      }
    }
    *at = t;
    return m;
  }
  if (depth >= 2)
    return -1;
  /* RULE C-KIN: a relative ("the son of kingpin X", "the wife of the
  ** mayor") is a person of his or her own: no actor from the noun's
  ** phrases, except a civilian one ("relatives of the victims" are
  ** civilians too) */
  if (coder_is_kin(c, t)) {
    for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
      unsigned rel = c->syn[d].deprel;
      int32_t m = c->tok2men[d];

      const char *sec = m >= 0 ? c->doc->mentions[m].sector : NULL;
      if ((rel == SIMA_DEP_NMOD_POSS ||
           (deprel_base(rel) == SIMA_DEP_NMOD &&
            coder_has_marker(c, (uint32_t)d, "of"))) &&
          sec && !strcmp(sec, "CVL")) {
        *at = (uint32_t)d;
        return m;
      }
    }
    return -1;
  }
  /* RULE C-BACKER-OF: a noun of backing or enmity ("backers of the Syrian
  ** regime", "Assad's foreign sponsors", "critics of the government")
  ** names the other side of a relation in its of-phrase or possessor: the
  ** one backed or opposed is not the backer, so no actor from them; a
  ** name in apposition is the backer ("Assad's backer, Russia"), and
  ** other phrases still say whose ("his backers in Moscow") */
  {
    static const char *const rel[] = {
        "adversary", "backer",  "critic", "detractor", "enemy",
        "foe",       "opponent", "patron", "rival",     "sponsor"};
    int other = 0;
    int32_t ap = -1;
    if (c->syn[t].upos == SIMA_UPOS_NOUN && CODER_IN(rel, coder_lemma(c, t)))
      for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
        unsigned r = c->syn[d].deprel;
        if (r == SIMA_DEP_NMOD_POSS || r == SIMA_DEP_DET_POSS ||
            (deprel_base(r) == SIMA_DEP_NMOD &&
             coder_has_marker(c, (uint32_t)d, "of")))
          other = 1;
        else if (ap < 0 &&
                 (r == SIMA_DEP_APPOS ||
                  (deprel_base(r) == SIMA_DEP_NMOD &&
                   (coder_has_marker(c, (uint32_t)d, "in") ||
                    coder_has_marker(c, (uint32_t)d, "from")))))
          ap = d;
      }
    if (other) {
      uint32_t at2;
      int32_t m2 = ap >= 0 ? coder_actor_of(c, (uint32_t)ap, depth + 1, &at2)
                           : -1;
      if (m2 >= 0)
        *at = at2;
      return m2;
    }
  }
  /* RULE C-STATE-NOUN: a state of affairs or a measure of one ("Mexico's
  ** high rates of violence forced people to flee", "the level of media
  ** attention discourages deals") is nobody's act: no actor from the
  ** noun's phrases.  (Not a crisis or a situation, which aid is for: "funding
  ** for the crises in Somalia"; not "the highest levels of the court".) */
  {
    static const char *const state[] = {
        "attention", "climate", "condition", "insecurity", "instability",
        "poverty",   "rate",    "scrutiny",  "spotlight"};
    if (c->syn[t].upos == SIMA_UPOS_NOUN && CODER_IN(state, coder_lemma(c, t)))
      return -1;
  }
  {
    int32_t m = authored_thing(c, t, depth, at);
    if (m >= 0)
      return m;
  }
  int owned = coder_owned_thing(c, t);
  /* RULE C-ADJ-THING: a country adjective or name on a noun that is no
  ** actor ("the Honduran branches of Barrio 18") yields to an actor in
  ** the noun's "of" phrase or possessor; on a currency ("US$ 3 million",
  ** "Mexican pesos") it is no actor at all */
  int32_t fallback = -1;
  uint32_t fallback_at = t;
  int32_t sponsor = sponsor_participle(c, t);
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned rel = c->syn[d].deprel;
    /* C-SPONSOR-ADJ: the country named before "-backed" is no actor
    ** of a thing it backs */
    int backer =
        sponsor >= 0 &&
        (d == sponsor ||
         (d < sponsor && (rel == SIMA_DEP_AMOD || rel == SIMA_DEP_COMPOUND)));
    /* (C-SUSPECTED-NAMED: and a group named in a compound after the
    ** adjective: "a British Isis member" is Isis's, not GBR) */
    if (fallback >= 0 && rel != SIMA_DEP_NMOD_POSS &&
        !(deprel_base(rel) == SIMA_DEP_NMOD &&
          coder_has_marker(c, (uint32_t)d, "of")) &&
        !(rel == SIMA_DEP_COMPOUND && d > (int32_t)fallback_at))
      continue;
    /* "the US-led war against Iraq" is the leader's: the actor on the
    ** participle "led" (US --obl:unmarked--> led --amod--> war) comes
    ** before the noun's other phrases */
    if (rel == SIMA_DEP_AMOD &&
        !sima_casecmp(coder_lemma(c, (uint32_t)d), "lead"))
      for (int32_t e = c->first_child[d]; e >= 0; e = c->next_sib[e]) {
        unsigned b = deprel_base(c->syn[e].deprel);
        if (e > d || (b != SIMA_DEP_OBL && b != SIMA_DEP_COMPOUND &&
                      b != SIMA_DEP_NMOD && b != SIMA_DEP_NSUBJ))
          continue;
        int32_t m = coder_actor_of(c, (uint32_t)e, depth + 1, at);
        if (m >= 0)
          return m;
      }
    /* RULE C-MESSAGE-AGENT: a message "issued by", "released by", "sent
    ** by" someone is theirs: "A statement issued on Tuesday by the
    ** Kremlin accused Ukraine" (the dense parser hangs the agent on the
    ** participle, the sparse one elsewhere) */
    if (rel == SIMA_DEP_ACL && c->syn[d].xpos == SIMA_XPOS_VBN &&
        message_noun(c, t)) {
      int32_t m = agent_actor(c, (uint32_t)d, depth, at);
      if (m >= 0)
        return m;
    }
    /* RULE C-TOPIC-SUBJECT: the topic or aim of a subject that is no
    ** actor ("A focus on Mexico has encouraged drug traffickers to ...",
    ** "pressure on Iran forced ...") is not the one who acts */
    /* RULE C-FOR-SUBJECT: nor whom it is for ("Prison Terms for Corrupt
    ** Officials Won't Fix the League": who gets the thing, not who acts) */
    if (depth == 0 && deprel_base(rel) == SIMA_DEP_NMOD &&
        deprel_base(c->syn[t].deprel) == SIMA_DEP_NSUBJ &&
        (topic_phrase(c, (uint32_t)d) ||
         coder_has_marker(c, (uint32_t)d, "for"))) /* C-FOR-SUBJECT */
      continue;
    /* RULE C-ABOUT-PHRASE: a phrase of pure topic (about, concerning,
    ** regarding) says what a noun is about, not whose it is: "supplied
    ** intelligence to interrogators about the Isis leadership" gives
    ** nothing to Isis */
    if (deprel_base(rel) == SIMA_DEP_NMOD && about_phrase(c, (uint32_t)d))
      continue;
    /* RULE C-BARE-NMOD: nor a bare noun phrase (nmod, no case marker)
    ** hung on a common noun right after another phrase of it that has a
    ** preposition: it is the misparsed object of a verb the tagger read as
    ** a noun ("came to the area to question Ugandan rebels", the dense
    ** parser's "rebels" on "area" after "to question") */
    if (c->syn[d].deprel == SIMA_DEP_NMOD && (uint32_t)d > t &&
        c->syn[t].upos == SIMA_UPOS_NOUN &&
        coder_child_by(c, (uint32_t)d, SIMA_DEP_CASE) < 0 &&
        bare_after_phrase(c, t, (uint32_t)d))
      continue;
    /* RULE C-WITHOUT-PHRASE: nor does a phrase of absence ("without",
    ** "absent"): what a noun is without is no one's part in it: "launched
    ** the offensive without the approval of the Colombian government"
    ** (the dense parser hangs the phrase on "offensive") is aimed at no
    ** government */
    if (deprel_base(rel) == SIMA_DEP_NMOD &&
        (coder_has_marker(c, (uint32_t)d, "without") ||
         coder_has_marker(c, (uint32_t)d, "absent")))
      continue;
    /* RULE C-INFO-TOPIC: nor does a phrase of a noun of information
    ** other than its source ("information from the police", "data by
    ** the UN"): "seeking information on the whereabouts of the Isis
    ** leader" seeks nothing from Isis */
    if (rel != SIMA_DEP_NMOD_POSS && deprel_base(rel) == SIMA_DEP_NMOD &&
        coder_info_topic_phrase(c, t, (uint32_t)d))
      continue;
    if (deprel_base(rel) == SIMA_DEP_NMOD && ties_phrase(c, t))
      continue; /* C-TIES-WITH */
    if (owned && deprel_base(rel) == SIMA_DEP_NMOD &&
        rel != SIMA_DEP_NMOD_POSS)
      continue; /* C-POSS-OWNER */
    if (coder_relation_other(c, t, (uint32_t)d))
      continue; /* C-RELATION-NOUN */
    for (size_t i = 0; i < sizeof actor_rels / sizeof *actor_rels; i++)
      if (rel == actor_rels[i]) {
        /* a title in apposition to an uncoded name is that name:
        ** searched as deep as the name itself ("Kenzo Oshima, the United
        ** Nations Emergency Relief Coordinator": IGOUNO three compounds
        ** down) */
        int title = rel == SIMA_DEP_APPOS && depth == 0 &&
                    c->syn[t].upos == SIMA_UPOS_PROPN &&
                    c->syn[d].upos == SIMA_UPOS_NOUN;
        int32_t m = coder_actor_of(c, (uint32_t)d, title ? 0 : depth + 1, at);
        /* (not a medium naming its outlet, "newspaper El Faro": the
        ** channel of the news, not an actor in it) */
        if (m >= 0 && backer && coder_lone_state(c, m))
          continue; /* C-SPONSOR-ADJ */
        if (m >= 0 && rel == SIMA_DEP_NMOD_DESC && c->doc->mentions[m].sector &&
            !strcmp(c->doc->mentions[m].sector, "MED"))
          continue;
        if (m >= 0 && (rel == SIMA_DEP_AMOD || rel == SIMA_DEP_COMPOUND) &&
            coder_lone_state(c, m)) { /* C-ADJ-THING */
          if (coder_deep_thing(c, t, depth))
            continue; /* C-ADJ-DEEP */
          if (fallback < 0) {
            fallback = m;
            fallback_at = *at;
          }
          continue;
        }
        if (m >= 0 && fallback >= 0 && coder_lone_state(c, m))
          continue; /* a place: "the Turkish side of Cyprus" */
        /* RULE C-ADJ-THING: so does a country possessor to the body
        ** named in apposition to the noun: "a fighter of Colombia's
        ** disbanded militia alliance, the AUC (United Self-Defense
        ** Forces of Colombia)" is the AUC's (COLREB), not COL */
        if (m >= 0 && rel == SIMA_DEP_NMOD_POSS && coder_lone_state(c, m) &&
            c->syn[t].upos == SIMA_UPOS_NOUN)
          for (int32_t e = c->first_child[t]; e >= 0; e = c->next_sib[e]) {
            uint32_t at3;
            int32_t m3 = c->syn[e].deprel == SIMA_DEP_APPOS && e > d
                             ? coder_actor_of(c, (uint32_t)e, depth + 1, &at3)
                             : -1;
            if (m3 >= 0 && !coder_lone_state(c, m3) &&
                !coder_bare_actor(c, m3)) {
              *at = at3;
              return m3;
            }
          }
        if (m >= 0)
          return m;
      }
  }
  if (fallback >= 0 && coder_thing_country(c, fallback_at, fallback))
    return -1;
  *at = fallback_at;
  return fallback;
}

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

/* The lemma of token x's first case marker ("into" of "into Raqqa"), or
** NULL. */
static const char *case_word(const coder_ctx *c, uint32_t x) {
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_CASE)
      return coder_lemma(c, (uint32_t)d);
  return NULL;
}

/* RULE C-CONJ-OWN-CASE: is conjunct d of token k a phrase with a
** preposition of place of its own other than k's ("pushed deep into
** Raqqa, and in Iraq, where ..."): a parallel phrase of place set beside
** the first, not a second actor of k's role?  ("in Syria and Iraq", "to
** Paris and to Berlin" share theirs; "along with", "among" are no
** places.) */
static int conj_own_case(const coder_ctx *c, uint32_t k, uint32_t d) {
  static const char *const place[] = {"across", "at",   "from", "in",
                                      "inside", "into", "near", "on",
                                      "to",     "within"};
  const char *dc = case_word(c, d), *kc = case_word(c, k);
  return dc && kc && CODER_IN(place, dc) && CODER_IN(place, kc) &&
         sima_casecmp(kc, dc) != 0;
}

/* Adds to `as` the actors of the conjuncts (conj dependents) of token k,
** except those inside mention `skip` (-1: none). */
static void add_conjuncts(const coder_ctx *c, uint32_t k, int32_t skip,
                          actor_set *as) {
  for (int32_t d = c->first_child[k]; d >= 0; d = c->next_sib[d]) {
    if (c->syn[d].deprel != SIMA_DEP_CONJ ||
        (skip >= 0 && c->tok2men[d] == skip) ||
        conj_own_case(c, k, (uint32_t)d))
      continue;
    uint32_t at;
    int32_t m = coder_actor_of(c, (uint32_t)d, 0, &at);
    if (m >= 0)
      actor_add(as, m, at);
  }
}

/* RULE C-COMPOUND: the actor at t and those of its conjuncts. */
void coder_actors_at(const coder_ctx *c, uint32_t t, actor_set *as) {
  uint32_t at = t;
  int32_t m = coder_actor_of(c, t, 0, &at);
  if (m < 0)
    return;
  actor_add(as, m, at);
  for (int pass = 0; pass < 2; pass++) {
    uint32_t base = pass == 0 ? at : t;
    if (pass == 1 && at == t)
      break;
    add_conjuncts(c, base, -1, as);
  }
  /* a conjunct hung on another word of the mention ("Libyan leader
  ** Muammar Gaddafi and Romanian President Nicolae Ceausescu", parsed with
  ** the conjunct on "Muammar") */
  /* (and on a word of a conjunct's mention: "lawmakers and officials in
  ** Fornost and Gondor", Gondor hung on Fornost) */
  for (uint32_t i = 0; i < as->n && i < MAX_ACTORS; i++) {
    int32_t mi = as->men[i];
    const sima_mention *mm = &c->doc->mentions[mi];
    for (uint32_t k = mm->first; k < mm->first + mm->count && k < c->n; k++) {
      if ((int32_t)k == as->tok[i] || (i == 0 && (k == at || k == t)))
        continue;
      add_conjuncts(c, k, mi, as);
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
      if (c->syn[k].deprel != SIMA_DEP_CONJ || h < 0 || (uint32_t)h >= c->n ||
          c->tok2men[h] == mi)
        continue;
      unsigned hr = c->syn[h].deprel;
      int32_t hh = c->syn[h].head;
      if ((hr != SIMA_DEP_AMOD && hr != SIMA_DEP_COMPOUND) || hh < 0 ||
          (uint32_t)hh >= c->n || c->tok2men[hh] != mi)
        continue;
      uint32_t at2;
      int32_t m2 = coder_actor_of(c, (uint32_t)h, 0, &at2);
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
      b = coder_surface_id(c, k);
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
  const sima_sentence *s = coder_sentence_of(c->doc, t);
  if (s) {
    s0 = s->first;
    s1 = s->first + s->count < c->n ? s->first + s->count : c->n;
  }
  if (r->base == PAT_REL_BEFORE) {
    uint32_t k = t;
    while (k > s0 && !pos_word(c, k - 1, r))
      k--;
    if (k == s0)
      return;
    for (uint32_t j = k - 1; j-- > s0;)
      if (c->tok2men[j] >= 0) {
        coder_actors_at(c, j, as);
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
      coder_actors_at(c, j, as);
      return;
    }
  }
}

/* RULE C-CONJ-PHRASE: a verb that shares its object with a conjunct
** ("arrested and extradited a group of brokers to the US") does not
** share the phrases the parser hung on that object: they go with the
** conjunct that has it ("to the US" is where they were extradited, not
** whom the arrest targets).  Only the object itself, its possessor and
** its of-phrase stay.  Drops from as the actors below obj (borrowed)
** reached through any other phrase of it. */
static void drop_borrowed_phrases(const coder_ctx *c, uint32_t obj,
                                  actor_set *as) {
  uint32_t kept = 0;
  for (uint32_t k = 0; k < as->n; k++) {
    int32_t x = as->tok[k], y = -1;
    for (int i = 0; i < 32 && x >= 0 && (uint32_t)x != obj; i++) {
      y = x;
      x = c->syn[x].head;
    }
    int drop = 0;
    if (x == (int32_t)obj && y >= 0) {
      unsigned rel = c->syn[y].deprel;
      if (deprel_base(rel) == SIMA_DEP_NMOD && rel != SIMA_DEP_NMOD_POSS)
        for (int32_t d = c->first_child[y]; d >= 0; d = c->next_sib[d])
          if (c->syn[d].deprel == SIMA_DEP_CASE &&
              c->syn[d].upos == SIMA_UPOS_ADP &&
              sima_casecmp(coder_lemma(c, (uint32_t)d), "of") != 0)
            drop = 1;
    }
    if (!drop) {
      as->men[kept] = as->men[k];
      as->tok[kept++] = as->tok[k];
    }
  }
  as->n = kept;
}

/* C-OBJ-PHRASE-VERB: the first token after t that does not hang below t
** (head chain, at most 16 steps): where t's phrase ends; c->n if it runs
** to the end. */
static uint32_t phrase_after(const coder_ctx *c, uint32_t t) {
  uint32_t e = t + 1;
  for (; e < c->n; e++) {
    int32_t x = c->syn[e].head;
    for (int i = 0; i < 16 && x >= 0 && (uint32_t)x != t; i++)
      x = c->syn[x].head;
    if (x != (int32_t)t)
      break;
  }
  return e;
}

/* RULE C-OBJ-PHRASE-VERB: the of- or from-phrase that says whose an
** object is ("received a visit from the Chinese president", "a letter
** from the UN") may be hung on the verb, right after the object (the
** dense parser's shape for "receive X from Y"): when a path that ends at
** the verb t's object obj finds no actor there, and obj is a common noun
** that names an act (a noun trigger of the verb patterns: visit, call,
** offer) and is no mention, an oblique of t marked "of" or "from" that starts
** right after obj's phrase is read as obj's own phrase.  Fills as (empty
** if none); what coder_actors_at finds there still goes through the
** target filters.  A thing's from-phrase on the verb is the verb's own
** ("defend their homeland from Azerbaijani attack": no Azerbaijani
** homeland). */
static void object_phrase_on_verb(const coder_ctx *c, uint32_t t, uint32_t obj,
                                  actor_set *as) {
  as->n = 0;
  if (c->syn[obj].upos != SIMA_UPOS_NOUN || c->tok2men[obj] >= 0 ||
      c->syn[obj].head != (int32_t)t || coder_is_passive(c, t) ||
      !trigger_noun(c, obj))
    return;
  uint32_t e = phrase_after(c, obj);
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    if ((uint32_t)d <= obj || deprel_base(c->syn[d].deprel) != SIMA_DEP_OBL ||
        !(coder_has_marker(c, (uint32_t)d, "from") ||
          coder_has_marker(c, (uint32_t)d, "of")))
      continue;
    /* (the phrase's first word, its case marker, right after obj's) */
    int32_t cs = c->first_child[d];
    if (cs < 0 || (uint32_t)cs != e || c->syn[cs].deprel != SIMA_DEP_CASE)
      continue;
    coder_actors_at(c, (uint32_t)d, as);
    return;
  }
}

/* RULE C-OBJ-PHRASE-VERB (paths): likewise a path step into a phrase of
** the verb's object (obj>nmod(with), obj>nmod(on) ...) that finds none
** there reads the verb's oblique of that case starting right after the
** object's phrase, when the object names an act (a noun trigger): "the
** coalition will boycott the talks with the regime" (the dense parser
** hangs "with the regime" on "boycott") boycotts talks with the regime.
** t is the object; fills out (at most MAX_CAND), returns the number. */
static uint32_t object_phrases_on_verb(const coder_ctx *c, uint32_t t,
                                       const pat_rel *r, int32_t *out) {
  int32_t v = c->syn[t].head;
  if (v < 0 || (uint32_t)v >= c->n || (uint32_t)v > t ||
      deprel_base(c->syn[t].deprel) != SIMA_DEP_OBJ ||
      c->syn[v].upos != SIMA_UPOS_VERB || c->syn[t].upos != SIMA_UPOS_NOUN ||
      !trigger_noun(c, t))
    return 0;
  uint32_t e = phrase_after(c, t);
  uint32_t n = 0;
  for (int32_t d = c->first_child[v]; d >= 0 && n < MAX_CAND;
       d = c->next_sib[d]) {
    int32_t cs = c->first_child[d];
    if ((uint32_t)d <= t || deprel_base(c->syn[d].deprel) != SIMA_DEP_OBL ||
        cs < 0 || (uint32_t)cs != e || c->syn[cs].deprel != SIMA_DEP_CASE ||
        !coder_cases_ok(c, (uint32_t)d, r))
      continue;
    out[n++] = d;
  }
  return n;
}

/* RULE C-PHRASE-ON-PHRASE: a phrase of the verb may be hung on the
** verb's phrase before it ("Macron spoke by phone with Putin", the dense
** parser's "with Putin" on "phone"; "met on Monday with the rebels"):
** when the verb t has no oblique of the case an oblique step r names,
** the phrases of that case (nmod) that end one of t's obliques after its
** head, on an oblique that is no actor mention itself, are t's own.  Fills
** out with them (at most MAX_CAND); returns their number. */
static uint32_t phrase_on_phrase(const coder_ctx *c, uint32_t t,
                                 const pat_rel *r, int32_t *out) {
  uint32_t n = 0;
  for (int32_t o = c->first_child[t]; o >= 0 && n < MAX_CAND;
       o = c->next_sib[o]) {
    if (deprel_base(c->syn[o].deprel) != SIMA_DEP_OBL || (uint32_t)o < t ||
        c->tok2men[o] >= 0 || trigger_noun(c, (uint32_t)o))
      continue;
    /* (the oblique's last phrase: nothing of it comes after) */
    int32_t last = -1;
    for (int32_t d = c->first_child[o]; d >= 0; d = c->next_sib[d])
      last = d;
    if (last <= o || deprel_base(c->syn[last].deprel) != SIMA_DEP_NMOD ||
        c->syn[last].deprel == SIMA_DEP_NMOD_POSS ||
        !(coder_has_marker(c, (uint32_t)last, "with") ||
          coder_has_marker(c, (uint32_t)last, "in")) ||
        !coder_cases_ok(c, (uint32_t)last, r))
      continue;
    out[n++] = last;
  }
  return n;
}

/* The actors of the first of cand[0..n) that has any, following path's
** steps after `step` from it (none: as->n == 0). */
static void follow_first(const coder_ctx *c, const int32_t *cand, uint32_t n,
                         const pat_path *path, uint32_t step, actor_set *as) {
  as->n = 0;
  for (uint32_t i = 0; i < n && as->n == 0; i++) {
    if (step + 1 == path->nsteps)
      coder_actors_at(c, (uint32_t)cand[i], as);
    else
      coder_follow(c, (uint32_t)cand[i], path, step + 1, as);
  }
}

/* Fills as with the actors reached from token t by path's steps from
** `step` on: a relation step goes to the dependents it names
** (coder_candidates), a word-order step (before, skip, after) reads the
** text; the last step's tokens are read as actors (coder_actors_at).
** Among several candidates, the first with an actor that is no bare
** agent wins, else the first with any; an oblique step that finds no
** actor tries the phrases of that case on the verb's object. */
void coder_follow(const coder_ctx *c, uint32_t t, const pat_path *path,
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
    uint32_t nb = coder_below_t(c, t, cand);
    for (uint32_t i = 0; i < nb; i++) {
      as->n = 0;
      coder_actors_at(c, (uint32_t)cand[i], as);
      if (as->n)
        return;
    }
    as->n = 0;
    return;
  }
  uint32_t n = coder_candidates(c, t, &path->steps[step], cand);
  actor_set first;
  first.n = 0;
  for (uint32_t i = 0; i < n; i++) {
    as->n = 0;
    if (step + 1 == path->nsteps)
      coder_actors_at(c, (uint32_t)cand[i], as);
    else
      coder_follow(c, (uint32_t)cand[i], path, step + 1, as);
    if (path->steps[step].base <= 1 && path->steps[step].id == SIMA_DEP_OBJ &&
        c->syn[cand[i]].head != (int32_t)t)
      drop_borrowed_phrases(c, (uint32_t)cand[i], as); /* C-CONJ-PHRASE */
    /* only one candidate's conjuncts: coder_candidates() lists a dependent's
    ** conjuncts after it, and actors_at adds them too.  A candidate
    ** with a real actor beats an earlier one with only bare agents (two
    ** subjects: "Human rights organization Amnesty International
    ** demanded ...") */
    if (as->n == 0)
      continue;
    if (first.n == 0)
      first = *as;
    uint32_t k = 0;
    while (k < as->n && coder_bare_actor(c, as->men[k]))
      k++;
    if (k < as->n)
      return;
  }
  /* the verb's own phrases of that case hold no actor ("fired tear gas at
  ** demonstrators on Friday": "on Friday"): those of its object may */
  const pat_rel *r = &path->steps[step];
  if (first.n == 0 && n == 0 && step > 0 && r->base <= 1 &&
      deprel_base(r->id) == SIMA_DEP_NMOD && r->id != SIMA_DEP_NMOD_POSS &&
      r->ncases) {
    n = object_phrases_on_verb(c, t, r, cand);
    follow_first(c, cand, n, path, step, as);
    return;
  }
  if (first.n == 0 && n == 0 && r->base <= 1 && r->id == SIMA_DEP_OBL &&
      r->ncases) {
    n = phrase_on_phrase(c, t, r, cand);
    follow_first(c, cand, n, path, step, as);
    return;
  }
  if (first.n == 0 && n > 0 && step + 1 == path->nsteps && r->base <= 1 &&
      r->id == SIMA_DEP_OBJ) {
    object_phrase_on_verb(c, t, (uint32_t)cand[0], as);
    if (as->n)
      return;
  }
  if (first.n == 0 && n > 0 && r->id == SIMA_DEP_OBL && r->ncases) {
    n = coder_obj_phrases(c, t, r, cand);
    for (uint32_t i = 0; i < n && first.n == 0; i++) {
      as->n = 0;
      if (step + 1 == path->nsteps)
        coder_actors_at(c, (uint32_t)cand[i], as);
      else
        coder_follow(c, (uint32_t)cand[i], path, step + 1, as);
      first = *as;
    }
  }
  *as = first;
}

/* A bare agent: no country and a sector-only code ("MIL" for "the
** military", "GOV" for "officials"). */
int coder_bare_actor(const coder_ctx *c, int32_t m) {
  const sima_mention *mm = &c->doc->mentions[m];
  return (!mm->country || !mm->country[0]) && mm->code && strlen(mm->code) <= 3;
}

/* RULE C-SELF: are codes a and b the same actor?  A bare country code
** is the state, as is its government: CHN, CHNGOV and CHNGOV... are one
** actor ("China praised Beijing's efforts").  Other sectors are actors of
** their own, so domestic events are kept: IRQCVL -> IRQ ("Iraqi Kurds
** demanded independence from Iraq"), IRQOPP -> IRQGOV. */
int coder_same_actor(const char *a, const char *b) {
  return a && b && dict_same_state(a, b);
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
int coder_target_weak(const coder_ctx *c, const actor_set *tgt,
                      const actor_set *src, int guess) {
  for (uint32_t k = 0; k < tgt->n; k++) {
    if (coder_bare_actor(c, tgt->men[k]) &&
        (guess || possessed(c, tgt->tok[k])))
      continue;
    if (src->n > 0 && (tgt->men[k] == src->men[0] ||
                       coder_same_actor(c->doc->mentions[tgt->men[k]].code,
                                        c->doc->mentions[src->men[0]].code)))
      continue;
    return 0;
  }
  return 1;
}

/* Drops from as the actors found on a token the winning pattern's
** constraints consumed (or on a dependent of one). */
void coder_drop_used(const coder_ctx *c, const match_state *ms, actor_set *as) {
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
void coder_drop_subjects(const coder_ctx *c, uint32_t t, actor_set *as) {
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

/* RULE C-PLACE-WHERE: a clause opened by "where" ("Ecuador, where
** abductions are carried out by criminal gangs", "Aleppo, where dozens of
** soldiers were killed by a rebel attack") tells what happens in the
** place it follows: nothing before its "where" is an argument of its verb,
** though the parse may hang the place (or a word before it) on the verb.
** Returns the "where" opening t's clause: the nearest one before t in the
** sentence starting at token first, with no finite verb or modal between
** them but t's own auxiliaries (the parse may hang "where" on a participle
** inside the clause); -1 when there is none. */
int32_t coder_where_clause(const coder_ctx *c, uint32_t t, uint32_t first) {
  for (uint32_t k = t; k-- > first;) {
    const sima_syntax *y = &c->syn[k];
    if (y->xpos == SIMA_XPOS_WRB && !sima_casecmp(coder_lemma(c, k), "where"))
      return (int32_t)k;
    if ((y->xpos == SIMA_XPOS_VBD || y->xpos == SIMA_XPOS_VBZ ||
         y->xpos == SIMA_XPOS_VBP || y->xpos == SIMA_XPOS_MD) &&
        y->head != (int32_t)t)
      return -1;
    if (y->upos == SIMA_UPOS_PUNCT &&
        c->doc->text[c->doc->tokens[k].off] != ',')
      return -1;
  }
  return -1;
}

/* C-PLACE-WHERE: drops from as the actors before wh (the "where" of t's
** clause; nothing when wh < 0). */
void coder_drop_before_where(int32_t wh, actor_set *as) {
  if (wh < 0)
    return;
  uint32_t k = 0;
  for (uint32_t i = 0; i < as->n; i++)
    if (as->tok[i] < 0 || as->tok[i] > wh) {
      as->men[k] = as->men[i];
      as->tok[k++] = as->tok[i];
    }
  as->n = k;
}

/* When tgt is weak, keeps it in *weak (if that is still empty) and
** returns 1: the caller looks further, and falls back on *weak. */
int coder_keep_weak(const coder_ctx *c, const actor_set *tgt,
                    const actor_set *src, actor_set *weak) {
  if (!coder_target_weak(c, tgt, src, 0))
    return 0;
  if (weak->n == 0 && tgt->n > 0)
    *weak = *tgt;
  return 1;
}

const pat_rel *coder_single_step(const pat_role *role) {
  if (!role->given || role->npaths == 0 || role->paths[0].nsteps != 1)
    return NULL;
  return &role->paths[0].steps[0];
}

/* 1 when role's first path, followed from t, reaches no actor. */
static int first_path_empty(const coder_ctx *c, uint32_t t,
                            const pat_role *role) {
  actor_set as;
  as.n = 0;
  coder_follow(c, t, &role->paths[0], 0, &as);
  return as.n == 0;
}

/* RULE C-ADDRESSEE: 1 when role's first path is one step to a common noun
** of t's own (object, or a phrase with the path's case: the one asked,
** urged or called on) that holds no actor.  The appeal's addressee
** is then named and uncoded, and neither a later path through the
** infinitive nor a fallback looks for a target in another clause or
** phrase ("called on its European allies to repatriate their nationals":
** not the nationals). */
int coder_addressed_uncoded(const coder_ctx *c, uint32_t t,
                            const pat_role *role, int partner) {
  static const char *const time_nouns[] = {
      "afternoon", "day",      "evening", "hour", "month",   "morning",
      "night",     "occasion", "time",    "week", "weekend", "year"};
  const pat_rel *r = coder_single_step(role);
  if (!r)
    return 0;
  if (r->base > 1 || (r->id != SIMA_DEP_OBJ && r->id != SIMA_DEP_IOBJ &&
                      r->id != SIMA_DEP_OBL))
    return 0;
  int noun = 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned lr = coder_lrel(c, (uint32_t)d);
    if (!pat_rel_name_ok(r, lr) || !coder_cases_ok(c, (uint32_t)d, r))
      continue;
    /* (a time is no addressee: "spoke to Trump on Tuesday night") */
    if (CODER_IN(time_nouns, coder_lemma(c, (uint32_t)d)))
      continue;
    /* (nor, for a partner, a topic: "has not spoken to Theresa May about
    ** the incident") */
    if (partner && (topic_phrase(c, (uint32_t)d) ||
                    coder_has_marker(c, (uint32_t)d, "of")))
      return 0;
    /* (a pronoun, a number: coreference may have failed; a name the
    ** dictionaries lack, "called on Arabs to mobilize against X", may be
    ** a people acting) */
    /* RULE C-ADDRESSEE-PRONOUN: but a personal pronoun object the
    ** coreference left unresolved ("the FBI encouraged him to accept
    ** shipments from Mexico") is the one addressed all the same: not
    ** Mexico, nor another actor of the infinitive */
    static const char *const pers[] = {"he", "i", "she", "they", "we", "you"};
    if (c->syn[d].upos == SIMA_UPOS_PRON && !partner &&
        (lr == SIMA_DEP_OBJ || lr == SIMA_DEP_IOBJ) && c->tok2men[d] < 0 &&
        CODER_IN(pers, coder_lemma(c, (uint32_t)d))) {
      noun = 1;
      continue;
    }
    if (c->syn[d].upos != SIMA_UPOS_NOUN)
      return 0;
    noun = 1;
  }
  if (!noun)
    return 0;
  return first_path_empty(c, t, role);
}

/* RULE C-UNCODED-TARGET: 1 when role's first path is one step to a
** phrase of t's own that is an actor the dictionaries could not code
** (an uncoded candidate: "coordinate with European criminal
** organizations").  The target is then named but unknown, and no
** fallback puts another in its place ("From Brazil, traffickers
** coordinate with ...": not Brazil). */
int coder_uncoded_target(const coder_ctx *c, uint32_t t, const pat_role *role) {
  const pat_rel *r = coder_single_step(role);
  if (!r)
    return 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned lr = coder_lrel(c, (uint32_t)d);
    if (!pat_rel_name_ok(r, lr) || !coder_cases_ok(c, (uint32_t)d, r) ||
        c->tok2men[d] >= 0)
      continue;
    /* mentions are in text order: the last one starting at or before d,
    ** and a few before it (spans nest and repeat) */
    uint32_t lo = 0, hi = c->doc->nmentions;
    while (lo < hi) {
      uint32_t mid = lo + (hi - lo) / 2;
      if (c->doc->mentions[mid].first <= (uint32_t)d)
        lo = mid + 1;
      else
        hi = mid;
    }
    for (uint32_t m = lo, k = 0; m-- > 0 && k < 16; k++) {
      const sima_mention *mm = &c->doc->mentions[m];
      if (!mm->code && (uint32_t)d < mm->first + mm->count)
        return 1;
    }
  }
  return 0;
}

/* RULE C-ADDRESSEE-NAME: 1 when role's first path is one step to an
** object or indirect object, and t has one (either) that is a name the dictionaries
** could not code (a proper noun, or a noun with a proper-noun compound,
** or a capitalised noun with a capitalised compound, a name the tagger
** read as common nouns: "told InSight Crime that ..."),
** before a content clause (ccomp) of t.  What was said was said to that
** named, unknown addressee: no fallback takes an actor the statement is
** about, or a phrase the parser hung on t past the clause, in its stead
** ("Police sources told InSight Crime that authorities are investigating
** ... the Jalisco Cartel": not the cartel). */
/* Does token k start with a capital letter (ASCII)? */
static int capitalised(const coder_ctx *c, uint32_t k) {
  unsigned char ch = (unsigned char)c->doc->text[c->doc->tokens[k].off];
  return ch >= 'A' && ch <= 'Z';
}
int coder_told_name_uncoded(const coder_ctx *c, uint32_t t,
                            const pat_role *role) {
  const pat_rel *r = coder_single_step(role);
  if (!r || r->base > 1 || (r->id != SIMA_DEP_OBJ && r->id != SIMA_DEP_IOBJ))
    return 0;
  int32_t cl = -1;
  for (int32_t d = c->first_child[t]; d >= 0 && cl < 0; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_CCOMP && (uint32_t)d > t)
      cl = d;
  if (cl < 0)
    return 0;
  for (int32_t d = c->first_child[t]; d >= 0 && d < cl; d = c->next_sib[d]) {
    unsigned lr = coder_lrel(c, (uint32_t)d);
    if ((lr != SIMA_DEP_OBJ && lr != SIMA_DEP_IOBJ) || (uint32_t)d < t ||
        c->tok2men[d] >= 0)
      continue;
    int name = c->syn[d].upos == SIMA_UPOS_PROPN, coded = 0;
    for (int32_t e = c->first_child[d]; e >= 0; e = c->next_sib[e]) {
      unsigned b = deprel_base(c->syn[e].deprel);
      if (c->tok2men[e] >= 0)
        coded = 1;
      /* (a name the tagger read as common nouns: both words capitalised,
      ** "InSight Crime") */
      if ((b == SIMA_DEP_COMPOUND || b == SIMA_DEP_FLAT) && e < d &&
          (c->syn[e].upos == SIMA_UPOS_PROPN ||
           (capitalised(c, (uint32_t)e) && capitalised(c, (uint32_t)d))))
        name = 1;
    }
    if (name && !coded)
      return 1;
  }
  return 0;
}

/* RULE C-EXPAND-TO: 1 when role's first path is one step to a "to" or
** "into" phrase of t's own, and t has such a phrase, a common noun that
** holds no actor ("expand the offensive in Afrin to other areas").
** Where a use of force spreads to is its target, named but uncoded: no
** fallback puts the place it spreads from in its stead. */
int coder_destination_uncoded(const coder_ctx *c, uint32_t t,
                              const pat_role *role) {
  const pat_rel *r = coder_single_step(role);
  if (!r)
    return 0;
  if (r->base > 1 || r->id != SIMA_DEP_OBL || !r->ncases)
    return 0;
  int dest = 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned lr = coder_lrel(c, (uint32_t)d);
    if (!pat_rel_name_ok(r, lr) || !coder_cases_ok(c, (uint32_t)d, r))
      continue;
    if (!coder_has_marker(c, (uint32_t)d, "to") &&
        !coder_has_marker(c, (uint32_t)d, "into"))
      return 0;
    if (c->syn[d].upos != SIMA_UPOS_NOUN)
      return 0;
    dest = 1;
  }
  if (!dest)
    return 0;
  return first_path_empty(c, t, role);
}

/* Tries the role's paths in order; a path that finds only bare agents is
** kept as a fallback while a later path may find a real actor ("shared
** intelligence with Iraq": Iraq, not the SPY of "intelligence"). */
/* RULE C-ADVERSARY-PLACE: is the actor at token k only in a phrase of
** place ("in Libya"): marked "in" itself, or a conjunct of a word that
** is? */
static int place_marked(const coder_ctx *c, int32_t k) {
  if (k < 0)
    return 0;
  if (c->syn[k].deprel == SIMA_DEP_CONJ && c->syn[k].head >= 0)
    k = c->syn[k].head;
  return coder_has_marker(c, (uint32_t)k, "in") != 0;
}

/* C-OBJECT-PATIENT: 1 when token k has a phrase or possessor of its own
** with an actor in it ("parties to the conflict in Iraq", "the deputy
** chief of Israel's militia"), which may name whose it is. */
static int qualified(const coder_ctx *c, uint32_t k) {
  for (int32_t d = c->first_child[k]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    uint32_t at;
    if ((b == SIMA_DEP_NMOD || c->syn[d].deprel == SIMA_DEP_NMOD_POSS ||
         c->syn[d].deprel == SIMA_DEP_DET_POSS) &&
        coder_actor_of(c, (uint32_t)d, 1, &at) >= 0)
      return 1;
  }
  return 0;
}

/* Fills as with the actors of role r on trigger t: the first path that
** finds an actor which is no bare agent wins; with `place_weak`, one only
** in a phrase of place is no better than a bare agent (C-ADVERSARY-PLACE:
** a use of force "against Islamic State in Libya" is aimed at the group,
** whatever the order of the pattern's paths).  When no path finds a
** better one, the first weak set found is kept. */
/* RULE C-ACCORDING-ROLE: an "according to" phrase names where a report
** comes from (C-ATTR), no one who takes part in the act: "a woman
** accused one of the gang's members of assault, according to AFP" has
** no target in AFP.  Removes from as the actors reached through such a
** phrase on the way up to t. */
void coder_drop_according(const coder_ctx *c, uint32_t t, actor_set *as) {
  uint32_t w = 0;
  for (uint32_t i = 0; i < as->n; i++) {
    int in = 0;
    int32_t k = as->tok[i];
    for (int up = 0; up < 24 && k >= 0 && k != (int32_t)t && !in; up++) {
      for (int32_t d = c->first_child[k]; d >= 0 && !in; d = c->next_sib[d])
        in = c->syn[d].deprel == SIMA_DEP_CASE &&
             (!sima_casecmp(coder_lemma(c, (uint32_t)d), "accord") ||
              !sima_casecmp(coder_lemma(c, (uint32_t)d), "according"));
      k = c->syn[k].head;
    }
    if (in)
      continue;
    as->men[w] = as->men[i];
    as->tok[w] = as->tok[i];
    w++;
  }
  as->n = w;
}

/* RULE C-INVESTIGATE-VICTIM: an investigation into a crime is aimed at
** whoever did it, not at its victims ("launched an investigation into the
** murder of 17 miners", "investigating the abduction of bus passengers":
** the miners and passengers are not investigated), and one into a
** complaint or report is not aimed at its authors ("investigating
** complaints by relatives of prisoners").  1 when child y of noun x is
** such a phrase: the of-phrase of a noun of harm (or the possessor of
** one a victim suffers: "his murder", not "the army's killings"), or the
** by-phrase or possessor of a noun of report.  The perpetrator's
** by-phrase ("the murder of the miners by soldiers") and the accused
** ("allegations against the mayor") stay.  2 for a victim, 1 for an
** author. */
static int probe_victim_phrase(const coder_ctx *c, uint32_t x, uint32_t y) {
  /* (sorted, strcasecmp order) */
  static const char *const harm[] = {
      "abduction",  "assassination", "death",   "disappearance",
      "execution",  "homicide",      "kidnapping", "killing",
      "massacre",   "murder",        "rape",    "slaying",
      "torture"};
  static const char *const report[] = {"complaint", "denunciation",
                                       "report",    "testimony"};
  unsigned rel = c->syn[y].deprel;
  int poss = rel == SIMA_DEP_NMOD_POSS || rel == SIMA_DEP_DET_POSS;
  if (c->syn[x].upos != SIMA_UPOS_NOUN || c->tok2men[x] >= 0)
    return 0;
  const char *l = coder_lemma(c, x);
  /* (a possessor is the victim of these only: "his murder", but "the
  ** army's killings" are the army's) */
  static const char *const suffered[] = {"abduction", "assassination",
                                         "death",     "disappearance",
                                         "kidnapping", "murder"};
  if (CODER_IN(harm, l))
    return (poss && CODER_IN(suffered, l)) ||
                   (deprel_base(rel) == SIMA_DEP_NMOD &&
                    coder_has_marker(c, y, "of"))
               ? 2
               : 0;
  if (CODER_IN(report, l))
    return poss || (deprel_base(rel) == SIMA_DEP_NMOD &&
                    coder_has_marker(c, y, "by"));
  return 0;
}

/* The actor of the by-phrase of noun x ("the killing of refugees by
** police"), -1 if none; *at receives its token. */
static int32_t by_agent(const coder_ctx *c, uint32_t x, uint32_t *at) {
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_NMOD &&
        coder_has_marker(c, (uint32_t)d, "by")) {
      int32_t m = coder_actor_of(c, (uint32_t)d, 0, at);
      if (m >= 0)
        return m;
    }
  return -1;
}

void coder_drop_probe_victims(const coder_ctx *c, uint32_t t, actor_set *as) {
  uint32_t w = 0;
  int32_t agent = -1;
  uint32_t agent_at = 0;
  for (uint32_t i = 0; i < as->n; i++) {
    int in = 0;
    int32_t y = as->tok[i];
    for (int up = 0; up < 24 && y >= 0 && y != (int32_t)t && !in; up++) {
      int32_t x = c->syn[y].head;
      if (x < 0 || (uint32_t)x >= c->n)
        break;
      in = probe_victim_phrase(c, (uint32_t)x, (uint32_t)y);
      /* (the one who did the harm, named by "by", takes their place; the
      ** parser often hangs that phrase on the victims: "the murder of
      ** three journalists by soldiers") */
      if (in == 2 && agent < 0)
        agent = by_agent(c, (uint32_t)x, &agent_at);
      if (in == 2 && agent < 0)
        agent = by_agent(c, (uint32_t)y, &agent_at);
      y = x;
    }
    if (in)
      continue;
    as->men[w] = as->men[i];
    as->tok[w] = as->tok[i];
    w++;
  }
  as->n = w;
  if (as->n == 0 && agent >= 0)
    actor_add(as, agent, agent_at);
}

/* RULE C-ADDRESSEE-NAMED: 1 when an object of t has a "to" phrase that
** is a name the dictionaries could not code ("released a statement to
** Dagenhart demanding the return of the agents").  The statement's
** addressee is then named but unknown, and no path into the object's
** own clause (obj>acl...) nor a fallback (C-PURPOSE, C-TARGET-NEAR,
** for acts of roots 01-14) puts the ones the statement is about (the
** agents) in its stead. */
int coder_object_addressee_uncoded(const coder_ctx *c, uint32_t t) {
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    if (coder_lrel(c, (uint32_t)d) != SIMA_DEP_OBJ)
      continue;
    for (int32_t e = c->first_child[d]; e >= 0; e = c->next_sib[e])
      if (deprel_base(c->syn[e].deprel) == SIMA_DEP_NMOD &&
          (uint32_t)e > (uint32_t)d && c->syn[e].upos == SIMA_UPOS_PROPN &&
          c->tok2men[e] < 0 && coder_has_marker(c, (uint32_t)e, "to"))
        return 1;
  }
  return 0;
}

void coder_resolve_role_in(const coder_ctx *c, uint32_t t, const pat_role *r,
                           int place_weak, actor_set *as) {
  actor_set fallback;
  fallback.n = 0;
  for (uint32_t i = 0; i < r->npaths; i++) {
    as->n = 0;
    /* C-ADDRESSEE: after a first one-step path to an uncoded noun of t's
    ** own, no path through a clause below t ("called on its partners to
    ** take their citizens back") */
    if (i > 0 && r->paths[i].nsteps > 1 && r->paths[i].steps[0].base <= 1 &&
        r->paths[i].steps[0].id == SIMA_DEP_XCOMP && fallback.n == 0 &&
        coder_addressed_uncoded(c, t, r, 0))
      continue;
    /* C-ADDRESSEE-NAMED: no path into the object's clause past a named,
    ** uncoded addressee of the object */
    if (r->paths[i].nsteps > 1 && r->paths[i].steps[0].base <= 1 &&
        r->paths[i].steps[0].id == SIMA_DEP_OBJ &&
        r->paths[i].steps[1].id == SIMA_DEP_ACL && fallback.n == 0 &&
        coder_object_addressee_uncoded(c, t))
      continue;
    coder_follow(c, t, &r->paths[i], 0, as);
    if (as->n == 0)
      continue;
    uint32_t k = 0;
    while (k < as->n && (coder_bare_actor(c, as->men[k]) ||
                         (place_weak && place_marked(c, as->tok[k]))))
      k++;
    if (k < as->n)
      return;
    if (fallback.n == 0)
      fallback = *as;
    /* RULE C-OBJECT-PATIENT: with the built-in target paths (the pattern
    ** names none), the object of a use of force (roots 15-20, as
    ** place_weak says) that is a bare agent is the act's patient
    ** ("arrested a man for smuggling bladders from Mexico", "killed more
    ** than 150 people at the prison", "kidnapped 23 oil workers on
    ** contract with the Canadian company"): no later path, a phrase
    ** naming a country or a firm, replaces it */
    if (place_weak && !r->given && i == 0 && r->paths[0].nsteps == 1 &&
        r->paths[0].steps[0].base <= 1 &&
        r->paths[0].steps[0].id == SIMA_DEP_OBJ && as->tok[0] >= 0 &&
        c->syn[as->tok[0]].head == (int32_t)t &&
        deprel_base(c->syn[as->tok[0]].deprel) == SIMA_DEP_OBJ &&
        !qualified(c, (uint32_t)as->tok[0]))
      return;
  }
  *as = fallback;
}

/* coder_resolve_role_in with no weak places (any role but a use of
** force's target). */
void coder_resolve_role(const coder_ctx *c, uint32_t t, const pat_role *r,
                        actor_set *as) {
  coder_resolve_role_in(c, t, r, 0, as);
}

/* C-TIES-WITH: is token k, below verb t, inside the phrase of a "with
** ties (links, connections) to" noun ("captured members of a cell with
** connections to the Sinaloa Cartel": the cartel)? */
int coder_ties_reached(const coder_ctx *c, uint32_t t, int32_t k) {
  if (k < 0 || (uint32_t)k >= c->n)
    return 0;
  int32_t x = k;
  for (int i = 0; i < 12 && x >= 0 && (uint32_t)x != t; i++) {
    int32_t h = c->syn[x].head;
    if (h < 0 || (uint32_t)h >= c->n)
      return 0;
    if (deprel_base(c->syn[x].deprel) == SIMA_DEP_NMOD &&
        ties_phrase(c, (uint32_t)h))
      return 1;
    x = h;
  }
  return 0;
}

/* RULE C-TIES-CHARGE: is target token k inside a noun of connection
** marked "of" (a compound or phrase of it: "accused the vigilantes of
** drug cartel ties", "accused the mayor of links to the Zetas")?  In an
** accusation that "of" phrase is the charge: the group tied to is no
** one accused. */
int coder_ties_charge(const coder_ctx *c, int32_t k) {
  static const char *const ties[] = {"affiliation", "association",
                                     "connection",  "link",
                                     "relation",    "relationship",
                                     "tie"};
  if (k < 0 || (uint32_t)k >= c->n)
    return 0;
  int32_t x = k;
  for (int i = 0; i < 8 && x >= 0; i++) {
    int32_t h = c->syn[x].head;
    if (h < 0 || (uint32_t)h >= c->n)
      return 0;
    unsigned b = deprel_base(c->syn[x].deprel);
    if (b != SIMA_DEP_NMOD && b != SIMA_DEP_COMPOUND)
      return 0;
    if (c->syn[h].upos == SIMA_UPOS_NOUN &&
        CODER_IN(ties, coder_lemma(c, (uint32_t)h)) &&
        coder_has_marker(c, (uint32_t)h, "of"))
      return 1;
    x = h;
  }
  return 0;
}

/* RULE C-FRONTED-OBL: is target token k reached through an oblique of
** verb t that sits inside the verb's fronted adverbial clause: after
** the clause's first word, before the verb's subject ("Exploiting the
** moment with support from Hassan Rouhani, Iran's president, Vladimir
** Putin demanded concrete steps", parsed with "from Hassan Rouhani" on
** "demanded")?  It is a misattached phrase of that clause, and names no
** one the verb's act is aimed at (Rouhani supported the demand). */
int coder_fronted_obl(const coder_ctx *c, uint32_t t, int32_t k) {
  if (k < 0 || (uint32_t)k >= c->n || (uint32_t)k >= t)
    return 0;
  int32_t x = k;
  int oblique = 0; /* the path passes an oblique or noun phrase */
  for (int guard = 0; guard < 8 && x >= 0 && c->syn[x].head != (int32_t)t;
       guard++) {
    unsigned b = deprel_base(c->syn[x].deprel);
    oblique |= b == SIMA_DEP_OBL || b == SIMA_DEP_NMOD;
    x = c->syn[x].head;
  }
  if (x < 0 || c->syn[x].head != (int32_t)t)
    return 0;
  unsigned xb = deprel_base(c->syn[x].deprel);
  int32_t subj = -1, adv = -1;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if (b == SIMA_DEP_NSUBJ && subj < 0)
      subj = d;
    if (b == SIMA_DEP_ADVCL && d < x && adv < 0)
      adv = d;
  }
  if (subj < 0 || (uint32_t)subj > t || subj < x)
    return 0;
  /* (a phrase of the fronted clause itself: "... with support from
  ** Ghana's president, the Nigerian leader demanded") */
  if (xb == SIMA_DEP_ADVCL && oblique && c->syn[x].upos == SIMA_UPOS_VERB &&
      c->syn[x].xpos == SIMA_XPOS_VBG && x < k)
    return 1;
  return xb == SIMA_DEP_OBL && adv >= 0;
}
