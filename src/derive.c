/*
** derive.c — the CAMEO codes derived from an act's code (see coder_int.h):
** the intent (03x) a planned cooperative act expresses, the threat (13x)
** an announced hostile act makes, the rejection (12x) of a refused one,
** the demand (10x) of what someone "must" do and the appeal (02x) of what
** someone is urged to do.  Each is a table of code prefixes; the longest
** prefix of the act's code wins ("087" before "08").  Pure functions.
*/
#include "coder_int.h"

#include <string.h>
#include <strings.h>

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
** party's forecast: it keeps its code, with mood expected.)  Returns the
** intent code, or NULL to keep `code`. */
const char *derive_intent(const char *code) {
  static const code_map map[] = {
      {"04", "036"},    {"05", "032"},    {"057", "037"},   {"06", "031"},
      {"061", "0311"},  {"062", "0312"},  {"063", "0313"},  {"064", "0314"},
      {"07", "033"},    {"071", "0331"},  {"072", "0332"},  {"073", "0333"},
      {"074", "0334"},  {"08", "035"},    {"081", "0351"},  {"082", "0352"},
      {"083", "034"},   {"0831", "0341"}, {"0832", "0342"}, {"0833", "0343"},
      {"0834", "0344"}, {"084", "0353"},  {"085", "0354"},  {"086", "0355"},
      {"087", "0356"}};
  return code_map_find(map, sizeof map / sizeof *map, code);
}

/* RULE C-THREAT: an announced hostile act (roots 14-20 with mood
** `planned`: "said they would blockade Paris") is a threat, coded in root
** 13 and asserted.  Returns the threat code, or NULL. */
const char *derive_threat(const char *code) {
  static const code_map map[] = {
      {"14", "133"},    {"15", "138"},    {"16", "131"},    {"161", "1313"},
      {"162", "1311"},  {"163", "1312"},  {"164", "134"},   {"165", "135"},
      {"166", "136"},   {"17", "130"},    {"172", "132"},   {"1721", "1321"},
      {"1722", "1322"}, {"1723", "1323"}, {"1724", "1324"}, {"175", "137"},
      {"18", "1383"},   {"19", "138"},    {"190", "1384"},  {"191", "1381"},
      {"192", "1382"},  {"193", "1384"},  {"194", "1384"},  {"195", "1384"},
      {"20", "1383"},   {"204", "1385"}};
  return code_map_find(map, sizeof map / sizeof *map, code);
}

/* RULE C-REFUSE: the rejection code for a refused cooperative act
** ("refused to release the prisoners" -> 1243, "failed to reach
** agreement" -> 127), or NULL. */
const char *derive_reject(const char *code) {
  static const code_map map[] = {
      {"03", "120"},    {"031", "121"},   {"033", "122"},   {"034", "123"},
      {"0341", "1231"}, {"0342", "1232"}, {"0343", "1233"}, {"0344", "1234"},
      {"035", "124"},   {"036", "125"},   {"037", "126"},   {"04", "125"},
      {"045", "126"},   {"05", "120"},    {"057", "127"},   {"06", "121"},
      {"061", "1211"},  {"062", "1212"},  {"07", "122"},    {"071", "1221"},
      {"072", "1222"},  {"073", "1223"},  {"074", "1224"},  {"08", "124"},
      {"081", "1241"},  {"082", "1242"},  {"083", "123"},   {"0831", "1231"},
      {"0832", "1232"}, {"0833", "1233"}, {"0834", "1234"}, {"084", "1243"},
      {"085", "1244"},  {"086", "1245"},  {"087", "1246"}};
  return code_map_find(map, sizeof map / sizeof *map, code);
}

/* RULE C-MUST: the demand code for what "Y must" do ("Libya must hand
** over the suspects" -> 1053), or NULL. */
const char *derive_demand(const char *code) {
  static const code_map map[] = {
      {"04", "108"},    {"05", "102"},    {"06", "101"},    {"061", "1011"},
      {"062", "1012"},  {"063", "1013"},  {"064", "1014"},  {"07", "103"},
      {"071", "1031"},  {"072", "1032"},  {"073", "1033"},  {"074", "1034"},
      {"08", "105"},    {"081", "1051"},  {"082", "1052"},  {"083", "104"},
      {"0831", "1041"}, {"0832", "1042"}, {"0833", "1043"}, {"0834", "1044"},
      {"084", "1053"},  {"085", "1054"},  {"086", "1055"},  {"087", "1056"}};
  return code_map_find(map, sizeof map / sizeof *map, code);
}

/* RULE C-DERIVE: the appeal code for a requested cooperative act ("urged
** China to release ..." -> 0253), or NULL. */
const char *derive_appeal(const char *code) {
  static const code_map map[] = {
      {"04", "026"},    {"05", "022"},    {"057", "027"},   {"06", "021"},
      {"061", "0211"},  {"062", "0212"},  {"063", "0213"},  {"064", "0214"},
      {"07", "023"},    {"071", "0231"},  {"072", "0232"},  {"073", "0233"},
      {"074", "0234"},  {"08", "025"},    {"081", "0251"},  {"082", "0252"},
      {"083", "024"},   {"0831", "0241"}, {"0832", "0242"}, {"0833", "0243"},
      {"0834", "0244"}, {"084", "0253"},  {"085", "0254"},  {"086", "0255"},
      {"087", "0256"}};
  return code_map_find(map, sizeof map / sizeof *map, code);
}

/* RULE C-NOUN-WILL: the verb a noun of will stands for when a to-clause
** hangs on it ("Turkey's decision to attack" as "Turkey decided to
** attack", "Iran's refusal to negotiate" as "Iran refused to"), or NULL.
** Nouns of trying (attempt, bid, effort) are not here: what they aim at
** is often not done, and often not by their possessor alone; nor are
** nouns of asking (call, demand, order), whose clause someone else
** would carry out (C-MOOD-REQ). */
const char *derive_will_verb(const char *noun) {
  static const struct {
    const char *noun, *verb;
  } map[] = {/* sorted by noun (strcasecmp order) */
             {"agreement", "agree"},    {"commitment", "commit"},
             {"decision", "decide"},    {"determination", "determine"},
             {"intent", "intend"},      {"intention", "intend"},
             {"offer", "offer"},        {"plan", "plan"},
             {"pledge", "pledge"},      {"promise", "promise"},
             {"proposal", "propose"},   {"readiness", "ready"},
             {"refusal", "refuse"},     {"resolve", "resolve"},
             {"threat", "threaten"},    {"vow", "vow"},
             {"willingness", "willing"}};
  size_t lo = 0, hi = sizeof map / sizeof *map;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int r = sima_casecmp(noun, map[mid].noun);
    if (!r)
      return map[mid].verb;
    if (r < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return NULL;
}
