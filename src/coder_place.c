/*
** coder_place.c — is a mention a place or a scene rather than an actor?
** The rule predicates that tell where an act happens, or where its
** actors are, from whom it involves: the place of a protest (C-PROTEST)
** or of a source (C-PLACE-SOURCE), the origin of a thing seized
** (C-SEIZED-ORIGIN), where goods go (C-TRADE-PRIVATE), the places and
** hosts of visits (C-VISIT-*, C-HOST-PLACE), towns (C-TOWN-ROLE,
** C-TOWN-SCENE), premises, scenes and borders (C-PLACE-MODIFIER,
** C-PLACE-SCENE, C-PLACE-EXAMPLE, C-BORDER-PLACE), the venue of talks
** (C-CONSULT-PLACE) and the country of a bombing's scene
** (C-UNKNOWN-BOMBER).  Pure functions of the parse and the mentions,
** called by code_trigger (coder.c); cross-file names take the coder_
** prefix and are declared in coder_int.h.
*/
#include "coder_int.h"

#include <string.h>
#include <strings.h>

/* RULE C-PROTEST: the place of a protest is its target only when nothing
** names what it protests.  Is every actor of tgt inside a phrase of place
** or circumstance of the trigger t ("blocked streets in Hong Kong in
** defiance of Chinese authorities": Hong Kong)? */
int coder_place_targets(const coder_ctx *c, uint32_t t, const actor_set *tgt) {
  if (tgt->n == 0)
    return 0;
  for (uint32_t k = 0; k < tgt->n; k++) {
    int32_t x = tgt->tok[k];
    int place = 0;
    for (int i = 0;
         i < 16 && x >= 0 && (uint32_t)x < c->n && (uint32_t)x != t && !place;
         i++) {
      /* (inside the "in protest of" phrase itself: no place) */
      const char *l = coder_lemma(c, (uint32_t)x);
      if (!sima_casecmp(l, "protest") || !sima_casecmp(l, "defiance"))
        return 0;
      place = coder_circumstance(c, (uint32_t)x);
      x = c->syn[x].head;
    }
    if (!place)
      return 0;
  }
  return 1;
}

/* Is x the head of a phrase of place ("in Jericho", "near the border")? */
int coder_place_phrase(const coder_ctx *c, uint32_t x) {
  static const char *const pl[] = {"across",  "around",     "at",     "beside",
                                   "beyond",  "in",         "inside", "near",
                                   "outside", "throughout", "within"};
  return coder_has_dep_word(c, x, SIMA_DEP_CASE, pl, sizeof pl / sizeof *pl);
}

/* RULE C-SEIZED-ORIGIN: a country (no sector) in a from-phrase of the
** thing seized (171x) is where it came from, not whom it was taken from:
** "officials confiscated a phone chip from El Salvador" (a group's or
** people's from-phrase, "stole boats from the communities", "seized
** weapons from the rebels", stays the target).  1 when token k (mention
** m) is one. */
int coder_seized_origin(const coder_ctx *c, uint32_t t, int32_t k, int32_t m) {
  if (k < 0 || m < 0 || c->syn[k].deprel != SIMA_DEP_NMOD ||
      !coder_has_marker(c, (uint32_t)k, "from"))
    return 0;
  int32_t h = c->syn[k].head;
  if (h < 0 || (uint32_t)c->syn[h].head != t || c->tok2men[h] >= 0 ||
      deprel_base(c->syn[h].deprel) != SIMA_DEP_OBJ)
    return 0;
  const char *sec = c->doc->mentions[m].sector;
  return !sec || !sec[0];
}

/* RULE C-TRADE-PRIVATE: is token k (or the phrase it is a conjunct of:
** "from Bolivia and Peru") a to/from/into/in phrase, where goods go or
** come from? */
int coder_trade_place(const coder_ctx *c, uint32_t k) {
  static const char *const cases[] = {"from", "in", "into", "to"};
  for (int up = 0; up < 4 && k < c->n; up++) {
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
      if (coder_has_marker(c, k, cases[i]))
        return 1;
    if (c->syn[k].deprel != SIMA_DEP_CONJ || c->syn[k].head < 0)
      return 0;
    k = (uint32_t)c->syn[k].head;
  }
  return 0;
}

/* RULE C-PLACE-SOURCE: is token k (or the phrase it is a conjunct of)
** a phrase of place (in, at, near, inside ...)?  A country or town
** found there as a source is where the act happens or where its actors
** are ("a campaign group in Honduras has filed a suit", "inmates at a
** prison in Guatemala took guards hostage"), not who acts. */
int coder_place_source(const coder_ctx *c, uint32_t k) {
  /* (the place of a state's body or effort is the state's: "anti-graft
  ** bodies in Guatemala", "counter-narcotics efforts in Colombia") */
  static const char *const state_work[] = {
      "agency",    "body",    "campaign",    "commission",
      "crackdown", "effort",  "institution", "offensive",
      "operation", "program", "programme",   "strategy"};
  for (int up = 0; up < 4 && k < c->n; up++) {
    if (coder_place_phrase(c, k)) {
      int32_t h = c->syn[k].head;
      return !(h >= 0 && (uint32_t)h < c->n &&
               c->syn[h].upos == SIMA_UPOS_NOUN &&
               CODER_IN(state_work, coder_lemma(c, (uint32_t)h)));
    }
    if (c->syn[k].deprel != SIMA_DEP_CONJ || c->syn[k].head < 0)
      return 0;
    k = (uint32_t)c->syn[k].head;
  }
  return 0;
}

/* 1 when every word of mention mm is a proper noun (a name: "Samarra",
** "Downing Street"; not "Iraqi civilians"). */
static int all_propn(const coder_ctx *c, const sima_mention *mm) {
  for (uint32_t i = mm->first; i < mm->first + mm->count && i < c->n; i++)
    if (c->syn[i].upos != SIMA_UPOS_PROPN)
      return 0;
  return 1;
}

/* RULE C-VISIT-PRIVATE: is mention m a place a traveller goes to: a
** country (no sector) or a town's name (CVL, all proper nouns)?  A
** private actor's trip there (migrants, smugglers, a firm's team) is no
** visit (042). */
int coder_visit_place(const coder_ctx *c, int32_t m) {
  const sima_mention *mm = &c->doc->mentions[m];
  if (!mm->sector || !mm->sector[0])
    return mm->country && mm->country[0];
  if (strcmp(mm->sector, "CVL"))
    return 0;
  return all_propn(c, mm);
}

/* RULE C-VISIT-CAPITAL: is mention m a capital or a seat of government
** named as a place (a country dictionary's gov: name, all proper nouns:
** "London", "Downing Street")?  For a private traveller it is a place
** like any town ("the family travelled to London"), no host. */
int coder_capital_place(const coder_ctx *c, int32_t m) {
  const sima_mention *mm = &c->doc->mentions[m];
  if (!coder_sector_is(c, m, "GOV") || mm->how != SIMA_RES_DICT || !mm->entry ||
      strncmp(mm->entry, "countries", 9) != 0)
    return 0;
  return all_propn(c, mm);
}

/* RULE C-VISIT-DOMESTIC: is mention m a town by its name in the country
** dictionary (CVL from a place: entry), however the tagger took its
** words ("New York": New as an adjective)? */
int coder_town_name(const coder_ctx *c, int32_t m) {
  const sima_mention *mm = &c->doc->mentions[m];
  return coder_sector_is(c, m, "CVL") && mm->how == SIMA_RES_DICT &&
         mm->entry && !strncmp(mm->entry, "countries", 9);
}

/* RULE C-VISIT-ELSEWHERE: does the trip at trigger t go somewhere that
** is no actor: a to-phrase on the verb (or on its object, "made the trip
** to ...") with no actor in it ("had gone to considerable trouble to
** keep Iran in line", "came to an agreement"), while the target tt found
** is outside it (a purpose clause's object)?  Then the trip visits no
** one: what it goes to is named, and it is not the target. */
int coder_visit_elsewhere(const coder_ctx *c, uint32_t t, int32_t tt) {
  /* places and seats of actors (C-VISIT-THING).  Sorted. */
  static const char *const seats[] = {
      "airport",    "area",      "base",       "border",    "camp",
      "capital",    "city",      "compound",   "consulate", "country",
      "department", "district",  "embassy",    "frontier",  "headquarters",
      "home",       "house",     "island",     "ministry",  "nation",
      "office",     "palace",    "parliament", "port",      "province",
      "region",     "residence", "seat",       "state",     "stronghold",
      "territory",  "town",      "village",    "zone"};
  int32_t heads[2] = {(int32_t)t, -1};
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_OBJ)
      heads[1] = d;
  for (int k = 0; k < 2; k++) {
    if (heads[k] < 0)
      continue;
    for (int32_t d = c->first_child[heads[k]]; d >= 0; d = c->next_sib[d]) {
      unsigned b = deprel_base(c->syn[d].deprel);
      if ((b != SIMA_DEP_OBL && b != SIMA_DEP_NMOD) ||
          !coder_has_marker(c, (uint32_t)d, "to") ||
          c->syn[d].upos == SIMA_UPOS_VERB)
        continue;
      /* RULE C-VISIT-THING: a to-phrase headed by a common noun that is
      ** no actor and no place or seat of one goes to a state of things,
      ** not to whom its modifiers name: "come to an agreement with
      ** Turkey", "come to Baghdad's aid", "come around to the US point of
      ** view", "traveling to a number of departments in Colombia"; "the
      ** capital of Peru", "the unit's base", "the home of the minister"
      ** stay */
      if (c->syn[d].upos == SIMA_UPOS_NOUN && c->tok2men[d] < 0 &&
          !CODER_IN(seats, coder_lemma(c, (uint32_t)d)))
        return 1;
      uint32_t at;
      if (coder_actor_of(c, (uint32_t)d, 0, &at) >= 0)
        return 0;
      /* (the target inside the phrase: "to the capital of Peru") */
      int32_t x = tt;
      for (int up = 0; up < 24 && x >= 0 && x != d; up++)
        x = c->syn[x].head;
      if (x != d)
        return 1;
    }
  }
  return 0;
}

/* RULE C-VISIT-TOWN: is mention m a settlement named by a common noun
** (CVL: "came to town", "returned to their communities", "arrived in a
** southern Turkish community")?  A trip there visits no one: the people
** of a town are no host. */
int coder_town_noun(const coder_ctx *c, int32_t m) {
  static const char *const nouns[] = {"community", "hamlet", "town", "township",
                                      "village"};
  const sima_mention *mm = &c->doc->mentions[m];
  if (!coder_sector_is(c, m, "CVL") || mm->count == 0)
    return 0;
  uint32_t h = mm->first + mm->count - 1;
  return h < c->n && c->syn[h].upos == SIMA_UPOS_NOUN &&
         CODER_IN(nouns, coder_lemma(c, h));
}

/* RULE C-TOWN-ROLE: is mention m a town or region by its name (CVL, all
** capitalised proper nouns, none a plural: not "Kurds")?  A town is no
** actor: as a source it is where something happens or what is acted on
** ("enter Idlib to support the rebels", "the Idlib attack will displace
** 700,000"), only
** a host (043) of those who arrive there; as a target it stands for the
** people there only in a visit, protest, threat, coercion or attack (roots
** 04, 14-20), a plea, intent, aid or yielding (02, 03, 07, 08: "agreed to
** withdraw from Kherson"), not what is said, hoped, supported or blamed
** about it ("hoped the offensive would reach Idlib", "issued a statement
** on the liberation of Raqqa"). */
int coder_town_mention(const coder_ctx *c, int32_t m) {
  /* (lower-case words inside a name: "Rio de Janeiro") */
  static const char *const name_fn[] = {"al",  "da", "de", "del", "do",
                                        "dos", "el", "la", "of"};
  const sima_mention *mm = &c->doc->mentions[m];
  if (!mm->sector || strcmp(mm->sector, "CVL") || !mm->country ||
      !mm->country[0])
    return 0;
  /* (p15g: a word the tagger gave a proper noun's tag NNP but another
  ** part of speech is part of the name too: "New" ADJ NNP of "New York"
  ** in a headline) */
  for (uint32_t i = mm->first; i < mm->first + mm->count && i < c->n; i++) {
    /* (p16g: a dictionary name's own capitalised first word tagged as
    ** an article or an adjective is part of it: "The Hague", "Eastern
    ** Ghouta"; not a people composed with a country's adjective, "Syrian
    ** Kurds") */
    if (i == mm->first && mm->count > 1 && mm->how == SIMA_RES_DICT &&
        (c->syn[i].upos == SIMA_UPOS_DET || c->syn[i].upos == SIMA_UPOS_ADJ) &&
        (c->doc->tokens[i].flags & SIMA_TOKF_CAPITAL))
      continue;
    if ((c->syn[i].upos != SIMA_UPOS_PROPN &&
         c->syn[i].xpos != SIMA_XPOS_NNP) ||
        c->syn[i].xpos == SIMA_XPOS_NNPS ||
        !((c->doc->tokens[i].flags & SIMA_TOKF_CAPITAL) ||
          (i > mm->first && CODER_IN(name_fn, coder_lemma(c, i)))))
      return 0;
  }
  return 1;
}

/* RULE C-TOWN-GROUND: is mention m, a town or region by its name
** (C-TOWN-ROLE: CVL, all capitalised proper nouns), the target of a
** military act on ground (root 19: an offensive, a siege, an occupation,
** shelling, an air strike; or a threat of such force, 138x)?  Then it is
** the ground fought over, not its civilians: the event keeps the town's
** country alone, as a place's name is coded in CAMEO dictionaries ("the
** SDF attempted to take control of Raqqa" SYRREB -> SYR 192; "Iraqi
** forces started an offensive on Mosul" IRQMIL -> IRQ 190).  Mass
** violence (root 20), assaults (18) and coercion keep the people; so
** does a deployment (154), but not into a town of another country than
** the source's (src_country); and so does a raid at trigger t ("soldiers
** raided the districts of Caracas": it searches homes and streets). */
int coder_town_ground(const coder_ctx *c, uint32_t t, int32_t m,
                      const char *code, const char *src_country) {
  if (m < 0 || (uint32_t)m >= c->doc->nmentions || !code ||
      !sima_casecmp(coder_lemma(c, t), "raid"))
    return 0;
  const sima_mention *mm = &c->doc->mentions[m];
  /* (troops sent into a foreign town: "Turkey sent troops into Afrin";
  ** a state's own towns keep their people: "sent troops to Michoacan") */
  int abroad = !strcmp(code, "154") && src_country && src_country[0] &&
               mm->country && strcmp(src_country, mm->country) != 0;
  if (!abroad && strncmp(code, "19", 2) && strncmp(code, "138", 3))
    return 0;
  return coder_town_mention(c, m);
}

/* RULE C-TOWN-AUTHORITY: is mention m, a town or region by its name
** (C-TOWN-ROLE), the subject (nsubj) of trigger t, a verb that is no
** participle, in an act of courts
** and police: an accusation or lawsuit (112x, 115) or a coercion of
** arrest, indictment or ban (171-175)?  Then it stands for its
** authorities, as a country's name does ("New York Indicts Drug Ring":
** the state's prosecutors), and is the source with its country alone
** (USA), not its civilians; other towns as sources stay dropped. */
int coder_town_authority(const coder_ctx *c, uint32_t t, int32_t m,
                         const char *code) {
  if (m < 0 || (uint32_t)m >= c->doc->nmentions || !code ||
      !coder_town_mention(c, m))
    return 0;
  if (strncmp(code, "112", 3) && strcmp(code, "115") &&
      !(code[0] == '1' && code[1] == '7' && code[2] >= '1' && code[2] <= '5'))
    return 0;
  /* (a finite verb's subject: not a participle's, "flyers over the
  ** capital X accusing him") */
  if (t >= c->n || c->syn[t].xpos == SIMA_XPOS_VBG ||
      c->syn[t].xpos == SIMA_XPOS_VBN)
    return 0;
  const sima_mention *mm = &c->doc->mentions[m];
  for (uint32_t i = mm->first; i < mm->first + mm->count && i < c->n; i++)
    if (c->syn[i].head == (int32_t)t &&
        deprel_base(c->syn[i].deprel) == SIMA_DEP_NSUBJ)
      return 1;
  return 0;
}

/* C-TOWN-ROLE: may a town be the target of an event with this code?
** (and of diplomatic relations: "opened an embassy in Tehran") */
int coder_town_target_root(const char *code) {
  int r = (code[0] - '0') * 10 + (code[1] - '0');
  return r == 2 || r == 3 || r == 4 || r == 7 || r == 8 || r >= 14 ||
         !strcmp(code, "054");
}

/* RULE C-TOWN-SCENE: is target token k (a town, C-TOWN-ROLE) where a
** seizure, an arrest or a retreat happened: reached through a preposition
** ("seized at the port of Cartagena", "arrested X in Ciudad Juarez",
** "retreated to Durango"), under a code of 171, 1711, 173 or 087 (not
** 1712: "blew up power lines leading into Kabul" hits Kabul)?  What is
** seized, who is arrested or who is left is the target; "captured Raqqa"
** (its object) stays a target. */
int coder_town_scene(const coder_ctx *c, int32_t k, const char *code) {
  if (k < 0 || (uint32_t)k >= c->n ||
      (strcmp(code, "171") && strcmp(code, "1711") && strncmp(code, "173", 3) &&
       strncmp(code, "087", 3)))
    return 0;
  for (int32_t d = c->first_child[k]; d >= 0; d = c->next_sib[d])
    if (c->syn[d].deprel == SIMA_DEP_CASE)
      return 1;
  /* (p15g: or a name on the noun of such a phrase, "arrested a figure in
  ** the Medellin underworld", "in the Cali area") */
  int32_t h = c->syn[k].head;
  if (c->syn[k].deprel == SIMA_DEP_COMPOUND && h > k && (uint32_t)h < c->n &&
      c->tok2men[h] < 0)
    for (int32_t d = c->first_child[h]; d >= 0; d = c->next_sib[d])
      if (c->syn[d].deprel == SIMA_DEP_CASE)
        return 1;
  return 0;
}

/* C-TOWN-SCENE: is token x (or the first conjunct of its coordination)
** a phrase that sets the act inside a place (across, at, in, inside,
** throughout, within)? */
static int scene_phrase(const coder_ctx *c, uint32_t x) {
  static const char *const at[] = {"across", "at",         "in",
                                   "inside", "throughout", "within"};
  return coder_has_dep_word(c, coder_conj_first(c, x, 8), SIMA_DEP_CASE, at,
                            sizeof at / sizeof *at);
}

/* RULE C-TOWN-SCENE (common nouns, p10e): is target token k (mention m) a
** town named by a common noun (CVL ending in community, hamlet, town,
** township, village; not a proper noun) in a phrase of place (across, at,
** in, inside, throughout, within; or a conjunct of one)?  It is where the
** act happens, not whom it aims at: "fighting it out with extremists in
** towns and villages in Syria's east", "burned two trucks in the town of
** Arcelia", "fund the poachers in the fishing villages"; "raided the
** town", "shelled villages" (objects) stay, and so does a show of force
** there (root 15, by the caller: "bolstered its presence in the town of
** Tumaco"). */
int coder_town_noun_scene(const coder_ctx *c, int32_t k, int32_t m) {
  static const char *const towns[] = {"community", "hamlet", "town", "township",
                                      "village"};
  if (k < 0 || (uint32_t)k >= c->n || m < 0 ||
      (uint32_t)m >= c->doc->nmentions || !coder_sector_is(c, m, "CVL"))
    return 0;
  const sima_mention *mm = &c->doc->mentions[m];
  if (mm->count == 0 || mm->first >= c->n ||
      c->syn[mm->first].upos != SIMA_UPOS_NOUN ||
      !CODER_IN(towns, coder_lemma(c, mm->first)))
    return 0;
  /* (the noun, not "Syria" of "villages in Syria") */
  return scene_phrase(c, mm->first);
}

/* C-TOWN-TAKEN: is token k the object of a verb of taking ground
** (capture, conquer, occupy, recapture, retake, seize, take)? */
static int taking_object(const coder_ctx *c, int32_t k) {
  static const char *const take[] = {"capture", "conquer", "occupy",
                                     "recapture", "retake",  "seize",
                                     "take"};
  int32_t h = c->syn[k].head;
  return h >= 0 && deprel_base(c->syn[k].deprel) == SIMA_DEP_OBJ &&
         c->syn[h].upos == SIMA_UPOS_VERB &&
         CODER_IN(take, coder_lemma(c, (uint32_t)h));
}

/* RULE C-TOWN-TAKEN: is target token k (mention m) a town named by a
** common noun (as in C-TOWN-SCENE: CVL, community, hamlet, town,
** township, village) that an occupation of territory (192) takes?  The
** town is the ground taken, not its people, and names no one who held
** it: "soldiers seized a town in the east of the country" (held by
** Isis), "troops had taken control of the town" are no attack on
** civilians (no SYRMIL -> CVL 192).  Only a bare town (no country, no
** "of" name: "the Syrian town of Afrin" is Syria's); a town by its name
** stays a target (C-TOWN-ROLE: "captured Raqqa").  So is a bare town that
** a verb of taking has for object under another code (p14a): "threatened
** to send forces to retake the town" (138) threatens no civilians. */
int coder_town_noun_taken(const coder_ctx *c, int32_t k, int32_t m,
                          const char *code) {
  static const char *const towns[] = {"community", "hamlet", "town", "township",
                                      "village"};
  if (k < 0 || (uint32_t)k >= c->n || m < 0 ||
      (strcmp(code, "192") && !taking_object(c, k)) ||
      (uint32_t)m >= c->doc->nmentions || !coder_sector_is(c, m, "CVL"))
    return 0;
  const sima_mention *mm = &c->doc->mentions[m];
  uint32_t h = mm->first + mm->count - 1;
  /* (a bare town: not "the Syrian town of Afrin", which is Syria's) */
  if (mm->count == 0 || h >= c->n || (mm->country && mm->country[0]) ||
      c->syn[h].upos != SIMA_UPOS_NOUN || !CODER_IN(towns, coder_lemma(c, h)))
    return 0;
  for (int32_t d = c->first_child[h]; d >= 0; d = c->next_sib[d])
    if (deprel_base(c->syn[d].deprel) == SIMA_DEP_NMOD &&
        c->tok2men[d] >= 0 && coder_has_marker(c, (uint32_t)d, "of"))
      return 0;
  return 1;
}

/* RULE C-TOWN-SCENE (countries): is target token k (mention m) a bare
** country (no sector) named in a phrase of place (in, at, inside,
** within, throughout, across; or a conjunct of one) of a seizure or an
** arrest (171, 1711, 173x)?  "arrested six people in Panama and Peru",
** "arrested nine smugglers in Madrid and other cities in Spain": who is
** arrested and what is seized are the targets, the country is where.
** (p16g, RULE C-COUNTRY-SCENE-ABDUCT: so is the country of an abduction
** or hijacking, 181x: "kidnappings in Guatemala carried out by police
** officers" take no Guatemala as the kidnapped.) */
int coder_country_scene(const coder_ctx *c, int32_t k, int32_t m,
                        const char *code) {
  if (k < 0 || (uint32_t)k >= c->n || m < 0 ||
      (strcmp(code, "171") && strcmp(code, "1711") && strncmp(code, "173", 3) &&
       strncmp(code, "181", 3)))
    return 0;
  const sima_mention *mm = &c->doc->mentions[m];
  if (!mm->country || strlen(mm->country) != 3 ||
      (mm->sector && mm->sector[0]) || !mm->code ||
      strcmp(mm->code, mm->country))
    return 0;
  return scene_phrase(c, (uint32_t)k);
}

/* RULE C-PLACE-MODIFIER: is target token k (mention m) a place that
** only says where a building is: in an in/at/near phrase of a house,
** hotel, casino ... ("freed victims from a house in Monterrey", "a hotel in
** Guatemala City"), or a town's name (CVL) compounded on one ("a Chicago
** prison", "a Monterrey casino")?  The thing's place is not the target
** ("attacked a US base" keeps its bare-country compound). */
/* Buildings and premises (C-PLACE-MODIFIER).  Sorted. */
static const char *const premises[] = {
    "apartment",  "bar",        "brothel",    "building", "casino",
    "estate",     "factory",    "farm",       "home",     "hotel",
    "house",      "lab",        "laboratory", "mansion",  "nightclub",
    "office",     "plantation", "property",   "ranch",    "residence",
    "restaurant", "shop",       "store",      "warehouse"};

int coder_place_modifier(const coder_ctx *c, int32_t k, int32_t m, int visit) {
  /* (and, for a visit, the buildings where the visited person is: "visited
  ** Prakash at a jail in Gaziantep"; a riot at a jail in Israel is
  ** Israel's) */
  static const char *const held[] = {"airport", "camp",   "hospital",
                                     "jail",    "prison", "stadium"};
  if (k < 0 || (uint32_t)k >= c->n || m < 0)
    return 0;
  int32_t h = c->syn[k].head;
  if (h < 0 || (uint32_t)h >= c->n || c->tok2men[h] >= 0 ||
      c->syn[h].upos != SIMA_UPOS_NOUN)
    return 0;
  const char *sec = c->doc->mentions[m].sector;
  unsigned rel = c->syn[k].deprel;
  if (rel == SIMA_DEP_NMOD)
    return (!sec || !sec[0] || !strcmp(sec, "CVL")) &&
           (CODER_IN(premises, coder_lemma(c, (uint32_t)h)) ||
            (visit && CODER_IN(held, coder_lemma(c, (uint32_t)h)))) &&
           (coder_has_marker(c, (uint32_t)k, "in") ||
            coder_has_marker(c, (uint32_t)k, "at") ||
            coder_has_marker(c, (uint32_t)k, "near"));
  /* RULE C-VENUE-NAME: so is a capital named as a place (a gov: name,
  ** C-VISIT-CAPITAL) compounded before a gathering: "the Vienna talks",
  ** "the Geneva process" name where they meet, not who */
  static const char *const gatherings[] = {"conference",  "congress", "meeting",
                                           "negotiation", "process",  "round",
                                           "summit",      "talk"};
  if (rel == SIMA_DEP_COMPOUND && k < h && coder_capital_place(c, m) &&
      CODER_IN(gatherings, coder_lemma(c, (uint32_t)h)))
    return 1;
  if (rel != SIMA_DEP_COMPOUND || !sec || strcmp(sec, "CVL") || k > h)
    return 0;
  /* RULE C-PLACE-MODIFIER (region): a name on a word for a region or
  ** town ("Idlib province", "Guerrero state", "Aleppo city") names that
  ** region itself, not a thing in it: "attacked Idlib province" attacks
  ** the place as "attacked Idlib" does (p15e).  Sorted. */
  static const char *const regions[] = {
      "city",     "department", "district", "governorate", "municipality",
      "province", "region",     "state",    "territory"};
  if (CODER_IN(regions, coder_lemma(c, (uint32_t)h)))
    return 0;
  const sima_mention *mm = &c->doc->mentions[m]; /* a name: all PROPN */
  return all_propn(c, mm);
}

/* RULE C-PLACE-MODIFIER (premises object): when the act's object is a
** building or premises that is no actor ("raided a warehouse in
** Nogales, Sonora, that was used by smugglers", "raided a farm in Zacapa,
** in the department of Izabal"),
** a town or a bare country anywhere in the clause (but a modifier of the
** object itself: "a US base") says where the building is, not whom the
** act aims at: is target token k (mention m) such a place? */
int coder_premises_place(const coder_ctx *c, uint32_t t, int32_t k, int32_t m) {
  if (k < 0 || (uint32_t)k >= c->n || m < 0 || (uint32_t)m >= c->doc->nmentions)
    return 0;
  const sima_mention *mm = &c->doc->mentions[m];
  /* (a name: capitalised words, however tagged: "Queens" NNS) */
  int place = mm->country && mm->country[0] &&
              (!mm->sector || !mm->sector[0] || !strcmp(mm->sector, "CVL"));
  for (uint32_t i = mm->first; place && i < mm->first + mm->count; i++)
    place = i < c->n && (c->doc->tokens[i].flags & SIMA_TOKF_CAPITAL);
  if (!place)
    return 0;
  for (int32_t d = c->first_child[t]; d >= 0; d = c->next_sib[d])
    if (coder_lrel(c, (uint32_t)d) == SIMA_DEP_OBJ && c->tok2men[d] < 0 &&
        c->syn[d].upos == SIMA_UPOS_NOUN &&
        CODER_IN(premises, coder_lemma(c, (uint32_t)d))) {
      if (c->syn[k].head != d)
        return 1;
      /* (the owner is no place: "the homes of Mexicans", "Mexico's
      ** embassy"; nor a modifier: "a US base") */
      return c->syn[k].deprel == SIMA_DEP_CONJ ||
             (deprel_base(c->syn[k].deprel) == SIMA_DEP_NMOD &&
              c->syn[k].deprel != SIMA_DEP_NMOD_POSS &&
              !coder_has_marker(c, (uint32_t)k, "of"));
    }
  return 0;
}

/* RULE C-PLACE-SCENE: is target token k (mention m) a country or town by
** its name (no sector or CVL, all proper nouns) in an in/inside/within/
** throughout phrase of a noun that is no actor ("concerns about the
** situation in Syria", "accused a soccer club in Colombia")?  It says where
** the thing is, not whom a word is aimed at; the caller asks only for
** statements, support, disapproval and rejection (roots 01, 05, 11, 12):
** an act on a thing in a place acts on the place ("lifted a curfew in
** Montenegro", "evacuate settlements in the Gaza Strip": the GSR's). */
int coder_place_scene(const coder_ctx *c, int32_t k, int32_t m) {
  static const char *const marks[] = {"in", "inside", "throughout", "within"};
  /* (people there, or a deployment: "complained to counterparts in
  ** Turkey", "built up its presence in Syria") */
  static const char *const there[] = {"counterpart", "presence"};
  if (k < 0 || (uint32_t)k >= c->n || m < 0 ||
      (uint32_t)m >= c->doc->nmentions || c->syn[k].deprel != SIMA_DEP_NMOD)
    return 0;
  int32_t h = c->syn[k].head;
  if (h < 0 || (uint32_t)h >= c->n || c->tok2men[h] >= 0 ||
      c->syn[h].upos != SIMA_UPOS_NOUN ||
      CODER_IN(there, coder_lemma(c, (uint32_t)h)))
    return 0;
  int marked = 0;
  for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
    marked |= coder_has_marker(c, (uint32_t)k, marks[i]);
  const sima_mention *mm = &c->doc->mentions[m];
  if (!marked || !mm->country || !mm->country[0] ||
      (mm->sector && mm->sector[0] && strcmp(mm->sector, "CVL")))
    return 0;
  return all_propn(c, mm);
}

/* Nouns of land: a country adjective on one names a place ("Syrian
** territory", "the Syrian capital"), not the state (C-PLACE-SCENE,
** C-PLACE-SOURCE).  Sorted. */
static const char *const land_nouns[] = {
    "area",   "capital", "city",      "countryside", "land",   "province",
    "region", "soil",    "territory", "town",        "village"};

/* RULE C-PLACE-SCENE (land): is token k (mention m) a lone country
** adjective or name modifying a noun of land ("Syrian territory", "the
** Syrian capital")?  Then the noun is the place, and the country no actor
** of its own. */
int coder_land_country(const coder_ctx *c, int32_t k, int32_t m) {
  if (k < 0 || (uint32_t)k >= c->n || m < 0 ||
      (uint32_t)m >= c->doc->nmentions || !coder_lone_state(c, m))
    return 0;
  unsigned rel = c->syn[k].deprel;
  int32_t h = c->syn[k].head;
  return (rel == SIMA_DEP_AMOD || rel == SIMA_DEP_COMPOUND) && h >= 0 &&
         (uint32_t)h < c->n && c->tok2men[h] < 0 &&
         c->syn[h].upos == SIMA_UPOS_NOUN &&
         CODER_IN(land_nouns, coder_lemma(c, (uint32_t)h));
}

/* RULE C-PLACE-SCENE (where): is token x a phrase of where: a compass
** point's "of" phrase ("north of Manbij"), or a near, around, outside or
** across phrase, or for a town (town != 0) a between phrase ("the gap
** between Afrin and Jarabulus"; countries there are parties: "a deal
** between Russia and Turkey")? */
static int where_phrase(const coder_ctx *c, uint32_t x, int town) {
  static const char *const compass[] = {"east",      "north", "northeast",
                                        "northwest", "south", "southeast",
                                        "southwest", "west"};
  static const char *const marks[] = {"across", "around", "near", "outside"};
  if (coder_has_dep_word(c, x, SIMA_DEP_CASE, marks,
                         sizeof marks / sizeof *marks) ||
      (town && coder_has_marker(c, x, "between")))
    return 1;
  return coder_has_marker(c, x, "of") &&
         coder_has_dep_word(c, x, SIMA_DEP_ADVMOD, compass,
                            sizeof compass / sizeof *compass);
}

/* RULE C-PLACE-SCENE (widened, p10e): is target token k (mention m) a
** place that only says where for an event below root 13 (no threat,
** protest, coercion or attack) other than a consultation or visit (04)?
** A country or town by its name, or a country adjective on a noun of
** land (coder_land_country: "the Syrian capital"), (a) in a where phrase
** (where_phrase: "north of Manbij", "the gap between Afrin and
** Jarabulus"), on the trigger t or on a noun that is no actor; or (b) in
** an in/inside/within/throughout phrase of a noun that is no actor and
** that is inside another noun's phrase or a verb's topic (about, on,
** over: "agreed to work on their response to the attack in the Syrian
** capital", "seeking funding for a network in Veracruz"): an act on a
** thing in a place still acts on the place
** ("lifted a curfew in Montenegro", "agreed to postpone the demonstration
** in Baku", the GSR's), and aid for a thing in a place
** (root 07, intents 031, 033) aids the place ("announced funding for the
** crises in Somalia"): (b) is not asked for it.  Roots 01, 05, 11, 12
** drop (b) on any noun (coder_place_scene). */
int coder_place_scene_wide(const coder_ctx *c, uint32_t t, int32_t k, int32_t m,
                           const char *code) {
  int croot = (code[0] - '0') * 10 + (code[1] - '0');
  int aid = croot == 7 || !strncmp(code, "031", 3) || !strncmp(code, "033", 3);
  if (croot >= 13 || croot == 4 || k < 0 || (uint32_t)k >= c->n || m < 0 ||
      (uint32_t)m >= c->doc->nmentions)
    return 0;
  uint32_t x = (uint32_t)k;
  const sima_mention *mm = &c->doc->mentions[m];
  if (coder_land_country(c, k, m))
    x = (uint32_t)c->syn[k].head;
  else if (!mm->country || !mm->country[0] ||
           (mm->sector && mm->sector[0] && strcmp(mm->sector, "CVL")) ||
           !all_propn(c, mm))
    return 0;
  /* (a conjunct shares its first conjunct's phrase: "between Afrin and
  ** Jarabulus") */
  x = coder_conj_first(c, x, 8);
  int32_t h = c->syn[x].head;
  if (h < 0 || (uint32_t)h >= c->n)
    return 0;
  unsigned rel = deprel_base(c->syn[x].deprel);
  int thing = rel == SIMA_DEP_NMOD && c->tok2men[h] < 0 &&
              c->syn[h].upos == SIMA_UPOS_NOUN;
  if (where_phrase(c, x, mm->sector && mm->sector[0]))
    return thing || ((uint32_t)h == t && rel == SIMA_DEP_OBL);
  static const char *const marks[] = {"in", "inside", "throughout", "within"};
  static const char *const there[] = {"counterpart", "presence"};
  /* (a thing inside another noun's phrase, or a verb's topic: "work on
  ** their response to ...") */
  static const char *const topic[] = {"about", "on", "over"};
  uint32_t y = coder_conj_first(c, (uint32_t)h, 8);
  int32_t hh = c->syn[y].head;
  int nested = hh >= 0 && (uint32_t)hh < c->n &&
               (c->syn[hh].upos == SIMA_UPOS_NOUN ||
                (deprel_base(c->syn[y].deprel) == SIMA_DEP_OBL &&
                 coder_has_dep_word(c, y, SIMA_DEP_CASE, topic,
                                    sizeof topic / sizeof *topic)));
  return thing && !aid && nested &&
         !CODER_IN(there, coder_lemma(c, (uint32_t)h)) &&
         coder_has_dep_word(c, x, SIMA_DEP_CASE, marks,
                            sizeof marks / sizeof *marks);
}

/* RULE C-PLACE-EXAMPLE: is target token k (mention m) a country or town
** by its name (no sector, or CVL all proper nouns), or a conjunct of one,
** in the "of" phrase of a noun of example, exception or past episode
** (example, exception, experience, lesson, model, precedent, repeat,
** repetition, scenario) that is no actor?  "hoped there would be no
** repeat of the experience of Iraq and Afghanistan in the Sahel" names
** a past, "with the exception of France, no government is willing to
** come for them" one left out: no addressee. */
int coder_place_example(const coder_ctx *c, int32_t k, int32_t m) {
  static const char *const example[] = {"example", "exception",  "experience",
                                        "lesson",  "model",      "precedent",
                                        "repeat",  "repetition", "scenario"};
  if (k < 0 || (uint32_t)k >= c->n || m < 0 || (uint32_t)m >= c->doc->nmentions)
    return 0;
  const sima_mention *mm = &c->doc->mentions[m];
  if (!mm->country || !mm->country[0] ||
      (mm->sector && mm->sector[0] &&
       (strcmp(mm->sector, "CVL") || !all_propn(c, mm))))
    return 0;
  uint32_t x = coder_conj_first(c, (uint32_t)k, 8);
  int32_t h = c->syn[x].head;
  return deprel_base(c->syn[x].deprel) == SIMA_DEP_NMOD &&
         coder_has_marker(c, x, "of") && h >= 0 && (uint32_t)h < c->n &&
         c->tok2men[h] < 0 && c->syn[h].upos == SIMA_UPOS_NOUN &&
         CODER_IN(example, coder_lemma(c, (uint32_t)h));
}

/* RULE C-BORDER-PLACE: is token k (mention m), a country or a bare
** country adjective, the modifier or "with"/"of" phrase of a border noun
** ("deployed troops along its border with Paraguay", "the US border with
** Mexico", "along the Mexican border", "the Turkey-Syria border") that is
** not the object of trigger t?  It says where the act took place, not
** whom it aims at; a border the act handles is the country's ("reopened
** its borders with Syria"), and so is a show of force there (root 15, by
** the caller: "staged exercises near the Estonian border"). */
/* The border noun (its token) right before "with" right before k when the
** parse hangs k on something else ("close to the border with Colombia":
** Colombia --obl--> a verb), else -1. */
static int32_t border_with_noun(const coder_ctx *c, int32_t k) {
  static const char *const border[] = {"border", "borderland", "boundary",
                                       "frontier"};
  if (k < 2 || (uint32_t)k >= c->n || !coder_has_marker(c, (uint32_t)k, "with"))
    return -1;
  uint32_t w = (uint32_t)k - 1, b = (uint32_t)k - 2;
  if (sima_casecmp(coder_lemma(c, w), "with") != 0 ||
      c->syn[b].upos != SIMA_UPOS_NOUN ||
      !CODER_IN(border, coder_lemma(c, b)) || c->syn[k].head == (int32_t)b)
    return -1;
  return (int32_t)b;
}

int coder_border_place(const coder_ctx *c, uint32_t t, int32_t k, int32_t m) {
  static const char *const border[] = {"border", "borderland", "boundary",
                                       "frontier"};
  if (k < 0 || (uint32_t)k >= c->n || m < 0 || (uint32_t)m >= c->doc->nmentions)
    return 0;
  const sima_mention *mm = &c->doc->mentions[m];
  if (!mm->country || !mm->country[0] ||
      (mm->sector && mm->sector[0] && strcmp(mm->sector, "CVL")))
    return 0;
  /* (a later name of a list is placed as its first: "on the borders with
  ** Colombia, Brazil and Guyana") */
  k = (int32_t)coder_conj_first(c, (uint32_t)k, 8);
  /* RULE C-BORDER-PAIR: the first name of a hyphenated pair may hang on
  ** the second ("near the Guatemala-Mexico border": Guatemala
  ** --compound--> Mexico --compound--> border): it is placed as the
  ** second is */
  for (int i = 0; i < 3; i++) {
    int32_t h0 = c->syn[k].head;
    if (deprel_base(c->syn[k].deprel) != SIMA_DEP_COMPOUND || h0 <= k ||
        (uint32_t)h0 >= c->n || c->syn[h0].upos != SIMA_UPOS_PROPN ||
        deprel_base(c->syn[h0].deprel) != SIMA_DEP_COMPOUND ||
        !c->doc->text || c->doc->text[c->doc->tokens[k + 1].off] != '-')
      break;
    k = h0;
  }
  unsigned rel = deprel_base(c->syn[k].deprel);
  int32_t h = c->syn[k].head;
  /* RULE C-BORDER-WITH: a "with" phrase right after a border noun is that
  ** border's even when the parse hangs it on a verb ("an operation to
  ** shut down mines close to the border with Colombia": Colombia --obl-->
  ** shut); it is read as the border's modifier */
  {
    int32_t bw = border_with_noun(c, k);
    if (bw >= 0) {
      rel = SIMA_DEP_NMOD;
      h = bw;
    }
  }
  if ((rel != SIMA_DEP_NMOD && rel != SIMA_DEP_COMPOUND &&
       rel != SIMA_DEP_AMOD) ||
      h < 0 || (uint32_t)h >= c->n || c->syn[h].upos != SIMA_UPOS_NOUN ||
      !CODER_IN(border, coder_lemma(c, (uint32_t)h)))
    return 0;
  if (rel == SIMA_DEP_NMOD && c->syn[k].deprel != SIMA_DEP_NMOD_POSS &&
      !coder_has_marker(c, (uint32_t)k, "with") &&
      !coder_has_marker(c, (uint32_t)k, "of"))
    return 0;
  /* (the border the act handles: "reopened its borders with Syria") */
  return !((uint32_t)c->syn[h].head == t &&
           coder_lrel(c, (uint32_t)h) == SIMA_DEP_OBJ);
}

/* RULE C-CONSULT-PLACE: is target k (mention m) a country or a town's
** name (C-VISIT-PRIVATE's places) in a phrase of place, or a conjunct
** of one ("negotiated a truce in El Salvador", "held talks with the
** rebels in Havana")?  A consultation (root 04 but visits and hostings,
** whose place is their host) happens there; the place is no partner. */
/* RULE C-CONSULT-VENUE: so is any actor in an "at" phrase of the talks
** ("force the regime to hold serious talks at the UN", "the rebels met
** government envoys at the OAS"): the body whose seat hosts the talks is
** their venue, not a party to them (a partner is met "with"). */
int coder_consult_place(const coder_ctx *c, int32_t k, int32_t m) {
  if (k < 0 || m < 0)
    return 0;
  int place = coder_visit_place(c, m);
  uint32_t x = (uint32_t)k;
  /* RULE C-CONSULT-VENUE (name head): the phrase's marker is on the word
  ** that heads the name in the parse, which need not be the actor's own
  ** token ("a meeting at the UN general assembly": UN --compound-->
  ** general, which holds the "at") */
  {
    const sima_mention *mm = &c->doc->mentions[m];
    for (int i = 0; i < 8 && x < c->n; i++) {
      int32_t h = c->syn[x].head;
      if (h < (int32_t)mm->first || h >= (int32_t)(mm->first + mm->count) ||
          (uint32_t)h >= c->n)
        break;
      x = (uint32_t)h;
    }
  }
  for (int up = 0; up < 4 && x < c->n; up++) {
    if (place ? coder_place_phrase(c, x) : coder_has_marker(c, x, "at") != 0)
      return 1;
    if (c->syn[x].deprel != SIMA_DEP_CONJ || c->syn[x].head < 0)
      return 0;
    x = (uint32_t)c->syn[x].head;
  }
  return 0;
}

/* RULE C-HOST-PLACE: is target token k in a place phrase, an in/at
** phrase or a conjunct of one ("received training in Venezuela, Colombia
** and Cuba")?  A place is where a hosting (043) happens, not its guest. */
int coder_host_place(const coder_ctx *c, int32_t k) {
  for (int up = 0; up < 4 && k >= 0 && (uint32_t)k < c->n; up++) {
    if (coder_has_marker(c, (uint32_t)k, "in") ||
        coder_has_marker(c, (uint32_t)k, "at"))
      return 1;
    if (c->syn[k].deprel != SIMA_DEP_CONJ)
      return 0;
    k = c->syn[k].head;
  }
  return 0;
}

/* RULE C-UNKNOWN-BOMBER: is mention m a place: a country's name, a
** town or region (CVL), or a capital named as such (all proper nouns)?
** A country adjective counts when it qualifies a place noun ("the Iraqi
** city of Basra"). */
int coder_scene_mention(const coder_ctx *c, int32_t m) {
  const sima_mention *mm = &c->doc->mentions[m];
  if (!mm->country || strlen(mm->country) != 3)
    return 0;
  if (!mm->sector || !mm->sector[0])
    return 1;
  if (strcmp(mm->sector, "CVL") && strcmp(mm->sector, "GOV"))
    return 0;
  /* (a name, "the town of Samarra"; not people, "Iraqi civilians",
  ** "Palestinians") */
  int name = 0;
  for (uint32_t i = mm->first; i < mm->first + mm->count && i < c->n; i++) {
    if (c->syn[i].xpos == SIMA_XPOS_NNPS)
      return 0;
    name |= c->syn[i].upos == SIMA_UPOS_PROPN;
  }
  return name;
}

/* C-UNKNOWN-BOMBER: the country of the place reached from token x
** through phrases of place (in, at, near, outside, inside) and their
** of/in phrases ("in a residential sector of eastern Beirut", "outside
** of the Iraqi city of Basra"), at most `depth` phrases down; NULL if
** none.  x itself is checked when `self` is set. */
static const char *scene_country(const coder_ctx *c, uint32_t x, int self,
                                 int depth) {
  static const char *const places[] = {"at", "in", "inside", "near", "outside"};
  if (self && c->tok2men[x] >= 0 && coder_scene_mention(c, c->tok2men[x]))
    return c->doc->mentions[c->tok2men[x]].country;
  if (depth <= 0)
    return NULL;
  for (int32_t d = c->first_child[x]; d >= 0; d = c->next_sib[d]) {
    unsigned b = deprel_base(c->syn[d].deprel);
    if (self && b == SIMA_DEP_AMOD && c->tok2men[d] >= 0 &&
        c->syn[d].upos == SIMA_UPOS_ADJ) {
      const sima_mention *mm = &c->doc->mentions[c->tok2men[d]];
      if (mm->country && strlen(mm->country) == 3 &&
          (!mm->sector || !mm->sector[0]))
        return mm->country;
    }
    if (b != SIMA_DEP_OBL && b != SIMA_DEP_NMOD)
      continue;
    int place = 0;
    for (size_t i = 0; i < sizeof places / sizeof *places && !place; i++)
      place = coder_has_marker(c, (uint32_t)d, places[i]);
    /* (an of-phrase only below a place phrase: "the city of Basra") */
    if (!place &&
        !(self && b == SIMA_DEP_NMOD && coder_has_marker(c, (uint32_t)d, "of")))
      continue;
    const char *cty = scene_country(c, (uint32_t)d, 1, depth - 1);
    if (cty)
      return cty;
  }
  return NULL;
}

/* RULE C-UNKNOWN-BOMBER: the country where the bombing triggered by t
** with weapon w happened: a place phrase of the trigger, of the weapon,
** or of the first target ("civilians in Kabul were killed in a suicide
** attack"); NULL if none. */
const char *coder_bomb_scene(const coder_ctx *c, uint32_t t, int32_t w,
                             int32_t tt) {
  const char *cty = scene_country(c, t, 0, 3);
  if (!cty && w >= 0)
    cty = scene_country(c, (uint32_t)w, 0, 3);
  if (!cty && tt >= 0 && (uint32_t)tt < c->n)
    cty = scene_country(c, (uint32_t)tt, 0, 3);
  return cty;
}

/* RULE C-OWN-OPERATION: is target token k (mention m, a town by its name,
** C-TOWN-ROLE) where a state's own law-enforcement operation happens: in
** an in-phrase (or a conjunct of one, or the of-list of such a phrase: "in
** the cities of Quito and Riobamba") of an operation, raid, crackdown or
** sweep, with a source that is a civil state body (GOV, COP, JUD, SPY) of
** the town's country?  "Peruvian police carried out an operation in
** Lima" polices the country's own city: the town is the scene, not the
** side attacked (forces' offensives stay: "launched an offensive in
** Afrin"). */
int coder_own_operation_place(const coder_ctx *c, const actor_set *src,
                              int32_t k, int32_t m) {
  static const char *const ops[] = {"crackdown", "operation", "raid", "sweep"};
  static const char *const bodies[] = {"COP", "GOV", "JUD", "SPY"};
  if (k < 0 || (uint32_t)k >= c->n || m < 0 ||
      (uint32_t)m >= c->doc->nmentions || !coder_town_mention(c, m))
    return 0;
  const char *cty = c->doc->mentions[m].country;
  int own = 0;
  for (uint32_t i = 0; i < src->n && !own; i++) {
    int32_t sm = src->men[i];
    if (sm < 0 || (uint32_t)sm >= c->doc->nmentions)
      continue;
    const sima_mention *s = &c->doc->mentions[sm];
    own = s->country && !strcmp(s->country, cty) && s->sector &&
          CODER_IN(bodies, s->sector);
  }
  if (!own)
    return 0;
  /* up from the town: conjuncts, then at most one of-phrase of a noun
  ** that is no actor ("the cities of"), to an in-phrase of the operation */
  uint32_t x = coder_conj_first(c, (uint32_t)k, 8);
  if (deprel_base(c->syn[x].deprel) == SIMA_DEP_NMOD &&
      coder_has_marker(c, x, "of") && c->syn[x].head >= 0 &&
      c->tok2men[c->syn[x].head] < 0)
    x = (uint32_t)c->syn[x].head;
  if (deprel_base(c->syn[x].deprel) != SIMA_DEP_NMOD ||
      !coder_has_marker(c, x, "in"))
    return 0;
  int32_t h = c->syn[x].head;
  return h >= 0 && (uint32_t)h < c->n && c->tok2men[h] < 0 &&
         CODER_IN(ops, coder_lemma(c, (uint32_t)h));
}
