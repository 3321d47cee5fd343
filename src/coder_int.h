/*
** coder_int.h — the per-document view of the parse shared by coder.c (the
** pattern matcher) and mood.c (mood, negation, attribution): children
** lists, the logical (voice-normalised) relation of each token, and
** subject inheritance through xcomp, conj and relative clauses.
*/
#ifndef SIMA_CODER_INT_H
#define SIMA_CODER_INT_H

#include "pattern.h"
#include "words.h"

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
  struct coder_trace *trace; /* the why-not trace (coder.c), or NULL: off */
} coder_ctx;

/* The why-not trace (sima_code_opts.why_not, doc->why): the one hook
** through which every rule that drops a matched event says so.
** coder_drop(c, "C-HABIT-PAST", t) records that rule `rule` dropped the
** event of trigger t of the pattern being coded, and is 0 (so `return
** coder_drop(...)` drops and returns); with tracing off it only tests
** c->trace.  `rule` is a docs/rules.md id (a string constant). */
int coder_trace_drop(const coder_ctx *c, const char *rule, uint32_t t);
#define coder_drop(c, rule, t)                                               \
  ((c)->trace ? coder_trace_drop((c), (rule), (t)) : 0)

/* Does token t have a dependent (case, mark or fixed) with lemma `lemma`
** (compared case-insensitively)?  Returns that dependent's index + 1, or
** 0. */
int coder_has_marker(const coder_ctx *c, uint32_t t, const char *lemma);

/* The first dependent of t (children in text order) by base relation rel
** whose lemma is `lemma`, or -1 ("yet" by advmod, "no" by det). */
int32_t coder_child_word(const coder_ctx *c, uint32_t t, unsigned rel,
                         const char *lemma);

/* The first dependent of t (children in text order) by base relation rel
** whose lemma is in `list` (n words sorted in strcasecmp order) and, when
** marker is not NULL, that has the case or mark dependent `marker`
** (coder_has_marker): the object "raid" of "conducted a raid", the "of"
** phrase "war games" of "ten days of war games"; -1 when there is none.
** CODER_CHILD_IN(c, t, rel, list) and CODER_CHILD_IN_MARKED(c, t, rel,
** marker, list) take n from a static array `list` (CODER_IN's form). */
int32_t coder_child_in(const coder_ctx *c, uint32_t t, unsigned rel,
                       const char *marker, const char *const *list,
                       size_t n);
#define CODER_CHILD_IN(c, t, rel, list)                                      \
  coder_child_in((c), (t), (rel), NULL, (list), sizeof(list) / sizeof *(list))
#define CODER_CHILD_IN_MARKED(c, t, rel, marker, list)                       \
  coder_child_in((c), (t), (rel), (marker), (list),                          \
                 sizeof(list) / sizeof *(list))

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
** binary search (words.h, whose names the coder's files use under these);
** test/cli/repo.sh checks each list's order. */
#define coder_in_sorted sima_words_in
#define CODER_IN SIMA_WORDS_IN

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
/* Does mi's attribution name a speaker of the event at t (C-ATTR-CHECK)?
** The coder writes it with the event only then. */
int mood_attribution_ok(const coder_ctx *c, uint32_t t, const mood_info *mi);

/* Is `lemma` a speech or reporting verb (say, tell, report, ...)? */
int mood_is_speech(const char *lemma);
/* Is `lemma` an adjective of ease or need whose to-clause the mood frames
** as possible or requested (C-MOOD-EVALUATIVE)? */
int mood_is_evaluative_adj(const char *lemma);
/* Is `lemma` a verb of complaint that reports what it objects to, as a
** speech verb reports its content (charge, complain, protest)? */
int mood_is_complaint(const char *lemma);
/* The sentence of doc holding token t (a binary search over the sentences
** in text order), or NULL. */
const sima_sentence *coder_sentence_of(const sima_doc *doc, uint32_t t);
/* 1 when `lemma` keeps its object from what a "from" clause says
** ("prevented the protesters from attacking": C-NEG-FROM). */
int mood_from_head(const char *lemma);
/* RULE C-MOOD-ACCUSED: is lemma a verb of accusation (accuse, blame,
** charge, indict, suspect)? */
int mood_accuse_head(const char *lemma);
/* Is verb h one whose object did not happen (C-NEG-AVERT: avert, avoid,
** foil, prevent, thwart, "head/stave/ward off", ...)? */
int mood_avert_head(const coder_ctx *c, uint32_t h);
/* C-MOOD-ATTEMPT: the verb of trying (attempt, endeavour, strive, try)
** whose open complement t is, through conjuncts with no frame of their
** own ("tried to take the town"), or the noun of trying (attempt, bid,
** effort, endeavour) whose to-clause t is ("a bid to take the town");
** -1 otherwise. */
int32_t mood_attempt_of(const coder_ctx *c, uint32_t t);
/* 1 when token w is an auxiliary of possibility: could, may, might. */
int mood_modal_possible(const coder_ctx *c, int32_t w);
/* C-MOOD-IF-TRUE: 1 when token w is the "if" of a condition of truth
** ("if the reports are correct", "if true"), else 0. */
int mood_truth_condition(const coder_ctx *c, int32_t w);

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
/* derive.c, RULE C-NOUN-WILL: the verb a noun of will stands for before a
** to-clause ("decision" -> "decide", "refusal" -> "refuse", "threat" ->
** "threaten"), or NULL for any other noun. */
const char *derive_will_verb(const char *noun);
/* coder.c: the verb of will (derive_will_verb) of the noun a to-clause t
** hangs on as its clause (acl), or NULL when t is no such clause. */
const char *coder_will_clause(const coder_ctx *c, uint32_t t);

/* ---- shared by coder.c (matching, events) and coder_role.c (roles) ---- */

#define MAX_ACTORS 8 /* actors a role holds */
#define MAX_CAND 16  /* dependents a relation yields */
#define MAX_BELOW 48 /* words below a trigger `below=` reads */

/* The dependents a winning pattern consumed (coder.c cons_ok). */
typedef struct match_state {
  int32_t used[32]; /* dependents consumed by the winning pattern */
  uint32_t nused;
  int32_t wild; /* an xcomp matched by `xcomp=*` (not consumed), or -1 */
  uint32_t anyused; /* bit k: used[k] was matched by a `*` value (C-NOUN-OWN) */
} match_state;

/* The actors found for one role: mentions and the tokens they were
** reached at. */
typedef struct actor_set {
  int32_t men[MAX_ACTORS];
  int32_t tok[MAX_ACTORS];
  uint32_t n;
} actor_set;

/* coder_role.c, RULE C-ACCORDING-ROLE: removes from as the actors reached
** through an "according to" phrase on the way up to trigger t (the
** report's source, no participant). */
void coder_drop_according(const coder_ctx *c, uint32_t t, actor_set *as);
/* coder_role.c, RULE C-INVESTIGATE-VICTIM: removes from as (the targets
** of an investigation, root 09, or an arrest or coercion, root 17, at
** trigger t) the victims of a harm and the authors of a report that the
** act is into; when none is left, puts in the harm's perpetrator named
** by a by-phrase ("the murder of three journalists by soldiers": the
** soldiers), if any.  as keeps its order; nothing is allocated. */
void coder_drop_probe_victims(const coder_ctx *c, uint32_t t, actor_set *as);


/* coder.c, matching: the dependents and words a pattern's relations
** read (see their contracts there). */
uint32_t coder_below_t(const coder_ctx *c, uint32_t t, int32_t *out);
uint32_t coder_candidates(const coder_ctx *c, uint32_t t, const pat_rel *r,
                          int32_t *out);
int coder_cases_ok(const coder_ctx *c, uint32_t d, const pat_rel *r);
int coder_has_dep_word(const coder_ctx *c, uint32_t t, unsigned rel,
                       const char *const *words, size_t n);
uint32_t coder_obj_phrases(const coder_ctx *c, uint32_t t, const pat_rel *r,
                           int32_t *out);
uint32_t coder_surface_id(const coder_ctx *c, uint32_t d);
int coder_thing_country(const coder_ctx *c, uint32_t i, int32_t m);

/* coder_role.c: actors of a token, role paths, and the filters that
** drop weak or used ones (see their contracts there). */
int32_t coder_actor_of(const coder_ctx *c, uint32_t t, int depth, uint32_t *at);
void coder_actors_at(const coder_ctx *c, uint32_t t, actor_set *as);
/* RULE C-ADDRESSEE-NAMED: 1 when an object of verb t has a "to" phrase
** that is a name no dictionary codes ("a statement to Dagenhart"). */
int coder_object_addressee_uncoded(const coder_ctx *c, uint32_t t);
int coder_addressed_uncoded(const coder_ctx *c, uint32_t t,
                            const pat_role *role, int partner);
int coder_bare_actor(const coder_ctx *c, int32_t m);
void coder_drop_before_where(int32_t wh, actor_set *as);
void coder_drop_subjects(const coder_ctx *c, uint32_t t, actor_set *as);
void coder_drop_used(const coder_ctx *c, const match_state *ms, actor_set *as);
void coder_follow(const coder_ctx *c, uint32_t t, const pat_path *path,
                  uint32_t step, actor_set *as);
int coder_keep_weak(const coder_ctx *c, const actor_set *tgt,
                    const actor_set *src, actor_set *weak);
int coder_lone_state(const coder_ctx *c, int32_t m);
uint32_t coder_mention_head(const coder_ctx *c, const sima_mention *mm,
                            uint32_t dflt);
void coder_resolve_role(const coder_ctx *c, uint32_t t, const pat_role *r,
                        actor_set *as);
void coder_resolve_role_in(const coder_ctx *c, uint32_t t, const pat_role *r,
                           int place_weak, actor_set *as);
int coder_same_actor(const char *a, const char *b);
int coder_target_weak(const coder_ctx *c, const actor_set *tgt,
                      const actor_set *src, int guess);
int coder_uncoded_target(const coder_ctx *c, uint32_t t, const pat_role *role);
/* C-ADDRESSEE-NAME: role's first path is one step to an object or indirect
** object of t that is an uncoded name, before a content clause of t. */
int coder_told_name_uncoded(const coder_ctx *c, uint32_t t,
                            const pat_role *role);
/* The one step of role's first path when role is given and that path is
** a single step ("tgt=obj"), else NULL. */
const pat_rel *coder_single_step(const pat_role *role);
/* C-EXPAND-TO: role's first path is a "to"/"into" phrase of t's own, a
** common noun with no actor ("to other areas"). */
int coder_destination_uncoded(const coder_ctx *c, uint32_t t,
                              const pat_role *role);
int32_t coder_where_clause(const coder_ctx *c, uint32_t t, uint32_t first);
/* Is lemma a currency unit a country names ("dollar", "peso")? */
int coder_is_currency(const char *lemma);
int coder_is_kin(const coder_ctx *c, uint32_t t);
int coder_deep_thing(const coder_ctx *c, uint32_t t, int depth);
/* C-POSS-OWNER: 1 when noun t (no actor itself) has a proper-name
** possessor that is no actor and no possessor that is one ("Penn's
** contacts"): no actor is taken from its other phrases. */
int coder_owned_thing(const coder_ctx *c, uint32_t t);
/* C-RELATION-NOUN: 1 when child d of noun t is the possessor or of-phrase
** of a noun naming someone by a relation to another ("the army's
** partners", "allies of Turkey"): d names the other, not t's actor. */
int coder_relation_other(const coder_ctx *c, uint32_t t, uint32_t d);
/* C-INFO-TOPIC: 1 when phrase d of noun t is the topic of a noun of
** information ("information on the whereabouts of X"), not its source. */
int coder_info_topic_phrase(const coder_ctx *c, uint32_t t, uint32_t d);

/* ---- coder.c helpers shared with coder_generic.c ---- */

/* The first dependent of t by relation rel (exact relation), or -1. */
int32_t coder_child_by(const coder_ctx *c, uint32_t t, unsigned rel);
/* The first conjunct of the coordination x is in: x's heads while x is a
** conjunct, at most `hops` steps; x itself when it is no conjunct. */
uint32_t coder_conj_first(const coder_ctx *c, uint32_t x, int hops);
/* Is x's clause set aside by a marker ("rather than", "instead of")? */
int coder_set_aside_mark(const coder_ctx *c, uint32_t x);

/* ---- coder.c helpers shared with coder_place.c ---- */

/* Is mention m of sector sec (the exact code: "CVL", "GOV", ...)? */
int coder_sector_is(const coder_ctx *c, int32_t m, const char *sec);
/* Is token x the head of a phrase of place, time or circumstance (its
** case marker: "in", "during", "without", ...; or a standard of
** comparison, C-COMPARE-STANDARD)? */
int coder_circumstance(const coder_ctx *c, uint32_t x);

/* ---- coder_place.c: a place or scene, not an actor (rules in
** docs/rules.md; k a target or source token, m its mention) ---- */

/* C-PROTEST: tgt has actors, each inside a phrase of place or
** circumstance of the protest t and none inside "in protest of". */
int coder_place_targets(const coder_ctx *c, uint32_t t, const actor_set *tgt);
/* x is the head of a phrase of place ("in Jericho", "near the border"). */
int coder_place_phrase(const coder_ctx *c, uint32_t x);
/* C-SEIZED-ORIGIN: k (mention m, no sector) is the from-phrase of t's
** object, a noun that is no actor: where the thing seized came from. */
int coder_seized_origin(const coder_ctx *c, uint32_t t, int32_t k, int32_t m);
/* C-TRADE-PRIVATE: k (or the phrase it is a conjunct of) is a
** to/from/into/in phrase. */
int coder_trade_place(const coder_ctx *c, uint32_t k);
/* C-PLACE-SOURCE: k (or the phrase it is a conjunct of) is a phrase of
** place, not of a state's body or effort ("efforts in Colombia"). */
int coder_place_source(const coder_ctx *c, uint32_t k);
/* C-VISIT-PRIVATE: m is a country (no sector) or a town's name (CVL, all
** proper nouns). */
int coder_visit_place(const coder_ctx *c, int32_t m);
/* C-VISIT-CAPITAL: m is a capital or seat of government by its name (a
** country dictionary's gov: entry, all proper nouns). */
int coder_capital_place(const coder_ctx *c, int32_t m);
/* C-VISIT-DOMESTIC: m is a town by its name in the country dictionary. */
int coder_town_name(const coder_ctx *c, int32_t m);
/* C-VISIT-ELSEWHERE: the trip at t goes to a to-phrase that names no
** actor and does not hold the target token tt. */
int coder_visit_elsewhere(const coder_ctx *c, uint32_t t, int32_t tt);
/* C-VISIT-TOWN: m is a settlement named by a common noun ("town"). */
int coder_town_noun(const coder_ctx *c, int32_t m);
/* C-TOWN-ROLE: m is a town or region by its name (CVL, capitalised proper
** nouns, none plural). */
int coder_town_mention(const coder_ctx *c, int32_t m);
/* C-TOWN-AUTHORITY: 1 when town mention m is the subject of trigger t in
** an act of courts and police (112x, 115, 171-175): its country's. */
int coder_town_authority(const coder_ctx *c, uint32_t t, int32_t m,
                         const char *code);
/* C-TOWN-GROUND: m, a town by its name, is the target of a military act
** on ground (root 19, 138x, or 154 into a town of another country than
** src_country; not a raid at trigger t): the event keeps its country
** alone. */
int coder_town_ground(const coder_ctx *c, uint32_t t, int32_t m,
                      const char *code, const char *src_country);
/* C-TOWN-ROLE: may a town be the target of an event with this code? */
int coder_town_target_root(const char *code);
/* C-TOWN-SCENE: k, a town, is reached through a preposition under a code
** of 171, 1711, 173 or 087: where the act happened. */
int coder_town_scene(const coder_ctx *c, int32_t k, const char *code);
/* C-FRONTED-OBL: target token k hangs on verb t by an oblique inside the
** verb's fronted adverbial clause (after its first word, before the
** subject): a misattached phrase, no target. */
int coder_fronted_obl(const coder_ctx *c, uint32_t t, int32_t k);

/* C-TIES-CHARGE: 1 when target token k is inside a noun of connection
** marked "of" (the charge of an accusation: "of drug cartel ties"). */
int coder_ties_charge(const coder_ctx *c, int32_t k);
/* RULE C-TIES-WITH: 1 when token k, below verb t, lies in an of/to/with
** phrase of a noun of connection marked "with" ("a network with ties to
** the Sinaloa Cartel"): somebody described by a relation to k, no
** participant; 0 otherwise. */
int coder_ties_reached(const coder_ctx *c, uint32_t t, int32_t k);
/* C-TOWN-TAKEN: k (mention m), a town named by a common noun, is the
** ground an occupation (192) takes, no target. */
int coder_town_noun_taken(const coder_ctx *c, int32_t k, int32_t m,
                          const char *code);
/* C-OWN-OPERATION: k (mention m), a town by its name, is the place of an
** operation/raid/crackdown/sweep (in-phrase) of a civil state body of
** the town's country among src: the scene, no target. */
int coder_own_operation_place(const coder_ctx *c, const actor_set *src,
                              int32_t k, int32_t m);
/* C-TOWN-SCENE: k is a town named by a common noun in a phrase of place. */
int coder_town_noun_scene(const coder_ctx *c, int32_t k, int32_t m);
/* C-TOWN-SCENE: k is a bare country in a phrase of place of a seizure or
** an arrest (171, 1711, 173x). */
int coder_country_scene(const coder_ctx *c, int32_t k, int32_t m,
                        const char *code);
/* C-PLACE-MODIFIER, C-VENUE-NAME: k is a country or town placing a
** building, premises (or, for a visit, a jail, camp ...) or a gathering,
** not the target. */
int coder_place_modifier(const coder_ctx *c, int32_t k, int32_t m, int visit);
/* C-PLACE-MODIFIER: k is a country or town that says where t's object,
** a building or premises, is. */
int coder_premises_place(const coder_ctx *c, uint32_t t, int32_t k, int32_t m);
/* C-PLACE-SCENE: k is a country or town by its name in an in/inside/
** within/throughout phrase of a noun that is no actor. */
int coder_place_scene(const coder_ctx *c, int32_t k, int32_t m);
/* C-PLACE-SCENE: k is a lone country on a noun of land ("Syrian
** territory"). */
int coder_land_country(const coder_ctx *c, int32_t k, int32_t m);
/* C-PLACE-SCENE (widened): k only says where t's event (code `code`,
** below root 13, not 04) happens. */
int coder_place_scene_wide(const coder_ctx *c, uint32_t t, int32_t k, int32_t m,
                           const char *code);
/* C-PLACE-EXAMPLE: k is a country or town in the "of" phrase of a noun
** of example, exception or past episode. */
int coder_place_example(const coder_ctx *c, int32_t k, int32_t m);
/* C-BORDER-PLACE: k is a country on a border noun that is not t's
** object. */
int coder_border_place(const coder_ctx *c, uint32_t t, int32_t k, int32_t m);
/* C-CONSULT-PLACE, C-CONSULT-VENUE: k is a country or town in a phrase of
** place, or any actor in an "at" phrase (or a conjunct of one). */
int coder_consult_place(const coder_ctx *c, int32_t k, int32_t m);
/* C-HOST-PLACE: k is in an in/at phrase or a conjunct of one. */
int coder_host_place(const coder_ctx *c, int32_t k);
/* C-UNKNOWN-BOMBER: m is a place (a country, a town or a capital by its
** name). */
int coder_scene_mention(const coder_ctx *c, int32_t m);
/* C-UNKNOWN-BOMBER: the country where the bombing at t with weapon w
** (target token tt) happened, or NULL. */
const char *coder_bomb_scene(const coder_ctx *c, uint32_t t, int32_t w,
                             int32_t tt);

/* ---- coder_generic.c: is it an event at all? (rules in docs/rules.md) ---- */

/* C-HABIT-PAST: a habit (adverb of habit, "used to", "has long", "for
** years", a period "each year") or the start of an acquaintance at t. */
int coder_habit_past(const coder_ctx *c, uint32_t t);
/* C-STAT-SPAN: t is a counted act over a closed span of years ("killed
** 300 people between 1995 and 2015"): a statistic. */
int coder_stat_span(const coder_ctx *c, uint32_t t);
/* C-STAT-TOTAL: t (code `code`) is a counted act over a span up to now, a
** part of a year, or one year with a compared or large count ("have
** killed 5,200 people in the past decade", "detained 84,000 migrants in
** 2017, compared to 51,000 in 2014"): a statistic. */
int coder_stat_total(const coder_ctx *c, uint32_t t, const char *code);
/* C-TREND: t is a noun of acts counted up or down ("attacks rose", "a rise
** in kidnappings", "the number of killings"), or a participle on the
** counted noun ("the number of people seeking asylum"): a trend. */
int coder_trend_noun(const coder_ctx *c, uint32_t t);
/* C-POLL: t (code `code`) is what a poll finds ("polls show most people
** are sceptical of ...") or the stance of a percentage of people. */
int coder_poll_result(const coder_ctx *c, uint32_t t, const char *code);
/* C-COMPARE-COUNT: t's object is counted against a rival's ("locks up
** more journalists than any other government"): a statistic. */
int coder_compare_count(const coder_ctx *c, uint32_t t);
/* C-FACT-ADMITTED: t (code `code`, an 015 of admit/concede/acknowledge)
** grants a that-clause whose subject names no actor: a fact, no event. */
int coder_fact_admitted(const coder_ctx *c, uint32_t t, const char *code);
/* C-AGREE-PROPOSITION: t, "agree" coded in root 03, has a that-clause
** stating a fact (past or present, no modal): a view shared, no intent. */
int coder_agree_proposition(const coder_ctx *c, uint32_t t, const char *code);
/* C-WHEN-HABIT: t is a subjectless gerund marked "when" on a simple
** present verb ("when negotiating with X, they speak ..."), or (p14c) a
** simple present when-clause (or its to-complement) on a simple present
** verb or its participle ("..., fighting police when they detain
** smugglers"): a habit. */
int coder_when_habit(const coder_ctx *c, uint32_t t);
/* C-GERUND-SUBJECT: t is a subjectless gerund that is the subject of a
** present verb ("fighting the gangs requires ..."): a kind of act. */
int coder_gerund_subject(const coder_ctx *c, uint32_t t);
/* C-ATTITUDE-CAUSED: t is a noun of attitude that something sparks,
** dashes or eases ("sparked worries about ..."): a state, not a comment. */
int coder_attitude_caused(const coder_ctx *c, uint32_t t);
/* C-PREVENT-WANTED: t is the "from" gerund (or a conjunct of it) of a
** verb of prevention that is a to-infinitive ("a proposal to ban
** companies from boycotting Israel"): no event. */
int coder_prevention_wanted(const coder_ctx *c, uint32_t t);
/* C-PRONOUN-PREDICATE: t is a noun of an act, the predicate of a copula
** whose subject is "this", "that", "it" ... ("this is an agreement
** between A and B"): no event. */
int coder_pronoun_predicate(const coder_ctx *c, uint32_t t);
/* C-MESSAGE-THING: t is "send" with object message/signal and a subject
** noun that is no actor mention ("the verdict sends a message to the
** cartels"): no event. */
int coder_message_thing(const coder_ctx *c, uint32_t t);
/* C-HABIT-PAST (standing): t is a relation held in a perfect
** over a span up to now ("have supported them since 2014"). */
int coder_standing_relation(const coder_ctx *c, uint32_t t);
/* C-HABIT-PAST (in the past): t (or the perfect verb an event noun t is
** the object of) is a perfect with "in the past". */
int coder_past_experience(const coder_ctx *c, uint32_t t);
/* A-APPROVER-NOT-ACTOR: t is a participle (VBN) of sponsorship or
** approval ("backed", "funded", "approved"). */
int coder_sponsor_participle(const coder_ctx *c, uint32_t t);
/* C-SPONSOR-ADJ: t is a hyphenated participle of sponsorship ("US-backed"). */
int coder_hyphen_participle(const coder_ctx *c, uint32_t t);
/* C-IDENT-PARTICIPLE: t is a participle that identifies a subject ("a
** soldier fighting the militants has died") or tells how someone died
** ("killed fighting the militants"). */
int coder_ident_participle(const coder_ctx *c, uint32_t t);
/* C-PLACE-RELATIVE: t is the verb of a "where" clause in the present
** perfect with no time ("in Syria, where the SDF have battled Isis"). */
int coder_place_relative(const coder_ctx *c, uint32_t t);
/* C-ROLE-FRAME: t is the gerund of "tasked with", "specialize in",
** "dedicate (oneself) to": a function, no act. */
int coder_role_frame(const coder_ctx *c, uint32_t t);
/* C-NOUN-OF-ACT: t is the act of a policy, approach or practice noun, or
** of "famous for". */
int coder_noun_of_act(const coder_ctx *c, uint32_t t);
/* C-NOUN-OF-ACT: t is under "when it comes to". */
int coder_comes_to_topic(const coder_ctx *c, uint32_t t);
/* C-ABOUT-AIM: t is in what "it is about V-ing" says a matter needs. */
int coder_about_aim(const coder_ctx *c, uint32_t t);
/* C-COERCED-SAY: t is in what someone is pressed "into saying". */
int coder_coerced_say(const coder_ctx *c, uint32_t t);
/* C-RATHER-THAN: t's act is set aside ("rather than", "instead of"). */
int coder_rather_than(const coder_ctx *c, uint32_t t);
/* C-RELCL-DETACHED: clause x has a time phrase of its own ("on Monday",
** "last year", "in 2011", an agent "in December"). */
int coder_clause_dated(const coder_ctx *c, uint32_t x);
/* C-GENERIC-NOMINAL: t is a bare plural noun of a violent act
** ("kidnappings of migrants by crime groups"): a kind of act, no event. */
int coder_generic_nominal(const coder_ctx *c, uint32_t t);
/* C-GENERIC-PRESENT: t (code `code`, sentence si) is a habit of a bare
** plural class in the simple present. */
int coder_generic_present(const coder_ctx *c, uint32_t si, uint32_t t,
                          const char *code);
/* C-LAW-CLAUSE: t is what a law or rule obliges (mi: t's mood). */
int coder_law_clause(const coder_ctx *c, uint32_t t, const mood_info *mi);
/* C-STATE-OF-MIND: t (sentence si, code `code`, mood mi) is an adjective
** of attitude that no one voices ("the Pentagon seems concerned"). */
int coder_state_of_mind(const coder_ctx *c, uint32_t si, uint32_t t,
                        const char *code, const mood_info *mi);
/* C-ANONYMITY: t is in a sourcing formula ("spoke on condition of
** anonymity to discuss ..."). */
int coder_anonymity_frame(const coder_ctx *c, uint32_t t);
/* C-BE-TO-NOUN: t is the to-clause after "be" of a noun of function
** ("X's job is to V": 1, no event) or of aim ("the aim is to V": 2,
** planned; *cue the noun); 0 otherwise. */
int coder_be_to_noun(const coder_ctx *c, uint32_t t, int32_t *cue);
/* C-RESPOND-ACT: t ("respond", "react", "reply", coded `code`) is a
** response made by an act, or the frame of one: no statement. */
int coder_response_act(const coder_ctx *c, uint32_t t, const char *code);
/* C-CAPACITY: t (mood mi) is the act of a general capacity, a present
** "is able to" or a noun of capacity, with no time phrase: no event. */
int coder_capacity_only(const coder_ctx *c, uint32_t t, const mood_info *mi);
/* C-ATTR-HEADLINE: the speaker a title sentence names for trigger t
** across a colon ("Cartels Arm Gangs: Official", "Minister: Army Will
** Leave"): its head token, its words in *first..*last; -1 if none. */
int32_t coder_headline_speaker(const coder_ctx *c, uint32_t t,
                               int32_t *first, int32_t *last);
/* C-ENOUGH-TO: t is a to-infinitive of degree on an act ("seized enough
** weapons to arm an army"; not on having or getting, "had enough capital
** to negotiate"): a measure of how much was done, no act.  1 if so. */
int coder_enough_to(const coder_ctx *c, uint32_t t);
/* C-EVALUATIVE-VIEW: t (mood mi) is the act an adjective of need or ease
** judges (C-MOOD-EVALUATIVE) with no attribution: the writer's view, no
** event. */
int coder_evaluative_view(const coder_ctx *c, uint32_t t, const mood_info *mi);
/* C-WISH-PARTICIPLE: t (mood mi) is what a subjectless participle of
** wanting ("eyeing", "seeking", "hoping to") wants: no event. */
int coder_wish_participle(const coder_ctx *c, uint32_t t, const mood_info *mi);
/* C-SHARE-HELD: t is occupy/control/hold/dominate of a share of a place
** ("20% of Syria was occupied by Kurds") with no time phrase: a state. */
int coder_share_held(const coder_ctx *c, uint32_t t);
/* C-STAT-SHARE: t's passive subject is a percentage of a group ("96
** percent of the prisoners had been detained"): a statistic, no event. */
int coder_stat_share(const coder_ctx *c, uint32_t t);
/* C-WHERE-KIND: t is the verb of a present or modal "where" clause on a
** common noun with "a" or no determiner ("a democracy where people
** could attack the head of state"): a kind of place, no event.  Not
** when mi's mood is a plan or forecast of the act whose place the clause
** describes (C-MOOD-WHERE's frame). */
int coder_where_kind(const coder_ctx *c, uint32_t t, const mood_info *mi);
/* C-IMPERATIVE-ITEM: t is a base-form verb with no subject, auxiliary or
** marker hung as an apposition or parataxis (an advice in a list): no
** event. */
int coder_imperative_item(const coder_ctx *c, uint32_t t);
/* C-RANGE-KINDS: t is a bare gerund in the span of "range from ... to
** ..." (a kind of act in a list of examples): no event. */
int coder_range_kinds(const coder_ctx *c, uint32_t t);
/* C-AGREEMENT-HELD: t is a noun of agreement or alliance that is the
** object of the verb "have" ("had a sales agreement with X"): a standing
** arrangement, no event. */
int coder_agreement_held(const coder_ctx *c, uint32_t t);
/* C-FORMER-TIE: t is a relation verb (work, support, ...) in a perfect
** with "previously", "formerly" or "once" in a relative clause, with no
** time phrase ("agents who had previously worked with X"): no event. */
int coder_former_tie(const coder_ctx *c, uint32_t t);
/* C-LAW-PARTICIPLE: t is a present participle, the adnominal clause of a
** legal text or resolution ("a UN resolution permitting aid to enter"):
** what the text says, no event. */
int coder_law_participle(const coder_ctx *c, uint32_t t);

/* Tests: 0 when the coder's quick filters (form_ids' test of a form's
** last letter before it tries the regular endings) pass every word of
** their lists, else -1. */
int coder_check_filters(void);

/* ---- coder.c: the entry sima_pipeline_run codes by ---- */

/* A token whose lemma id coder_code_candidates did not look up. */
#define CODER_LID_UNKNOWN 0xfffffffeu

/* sima_code_candidates, and with lids (doc->ntokens entries) non-NULL the
** id of each token's lemma it looked up, pat_lemma_id(v,
** doc->syn[i].lemma), or CODER_LID_UNKNOWN, for coder_code_doc. */
void coder_code_candidates(const sima_verbs *v,
                           const sima_code_opts *opts, const sima_doc *doc,
                           unsigned char *want, uint32_t *lids);

/* sima_code_doc, with want (doc->nsents entries) and lids the results of
** coder_code_candidates(v, opts, doc, want, lids) when the caller has
** them, or NULL (want is computed then, lemma ids looked up): sentences
** with want[s] == 0 are not coded (they yield no event).  every: code
** every sentence all the same (tests compare the two). */
sima_status coder_code_doc(const sima_verbs *v, const sima_cameo *cameo,
                           const sima_code_opts *opts, sima_doc *doc,
                           const unsigned char *want, const uint32_t *lids,
                           int every, sima_error *err);

#endif
