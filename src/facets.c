/*
** facets.c — two facets of a coded event that are not its coding: the
** quantities it names ("more than $400m", "17 miners") and the place it
** happened (RULE C-LOC, with the place's country and kind).  The coder
** (coder.c, emit) calls coder_quantities and coder_location on each event
** it writes; both read the repaired parse and the actor mentions.
*/
#include "arena.h"
#include "coder_int.h"
#include "timex.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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
  if (!sima_casecmp(l, "million"))
    return 1e6;
  if (!sima_casecmp(l, "billion"))
    return 1e9;
  if (!sima_casecmp(l, "thousand"))
    return 1e3;
  if (!sima_casecmp(l, "trillion"))
    return 1e12;
  if (!sima_casecmp(l, "hundred"))
    return 1e2;
  if (!sima_casecmp(l, "dozen"))
    return 12;
  return 0;
}

/* The value of a number written as a word ("eight soldiers", "twelve
** people"), or 0; not "one", mostly no count ("in one example", "one
** meeting").  Sorted, with their values. */
static double word_number(const char *l) {
  static const char *const words[] = {
      "eight",   "eighteen", "eighty",    "eleven",   "fifteen",
      "fifty",   "five",     "forty",     "four",     "fourteen",
      "nine",    "nineteen", "ninety",    "seven",
      "seventeen", "seventy", "six",      "sixteen",  "sixty",
      "ten",     "thirteen", "thirty",    "three",    "twelve",
      "twenty",  "two"};
  static const double values[] = {8,  18, 80, 11, 15, 50, 5,  40, 4,
                                  14, 9,  19, 90, 7,  17, 70, 6,
                                  16, 60, 10, 13, 30, 3,  12, 20, 2};
  size_t lo = 0, hi = sizeof words / sizeof *words;
  while (l && lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int cmp = sima_casecmp(words[mid], l);
    if (cmp == 0)
      return values[mid];
    if (cmp < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
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
  static const char *const one[] = {
      "about", "almost",  "approximately", "around", "nearly",
      "over",  "roughly", "some",          "only",   "just"};
  static const char *const two[][2] = {
      {"more", "than"}, {"less", "than"}, {"fewer", "than"}, {"at", "least"},
      {"at", "most"},   {"up", "to"},     {"as", "many"},    {"as", "much"}};
  if (k >= 2) {
    const sima_token *a = &doc->tokens[k - 2], *b = &doc->tokens[k - 1];
    for (size_t i = 0; i < sizeof two / sizeof two[0]; i++)
      if (!sima_casecmp(a->norm, two[i][0]) &&
          !sima_casecmp(b->norm, two[i][1]))
        return k - 2;
  }
  if (k >= 1)
    for (size_t i = 0; i < sizeof one / sizeof one[0]; i++)
      if (!sima_casecmp(doc->tokens[k - 1].norm, one[i]))
        return k - 1;
  return k;
}

/* RULE C-QTY-NOT: numbers that count nothing of the event are no
** quantities (a blind judge found 9 of 50 events' quantities to be such):
** a year ("the 2002 FARC bombing", "in 2016": four digits 1900-2099 with
** no comma, on a singular noun or after a preposition), a day of a month
** ("on October 14"), part of a name ("Barrio 18", "Su-25": right after a
** proper noun or its hyphen), and spans and counts of times ("the first
** summit in 20 years", "more than five times").  k is the number token, first the
** quantity's first token (hedge included), unit its unit or NULL. */
static int not_a_count(const coder_ctx *c, const sima_doc *doc, uint32_t k,
                       uint32_t first, const char *unit) {
  static const char *const time_units[] = {"day",  "decade", "hour", "month",
                                           "time", "week",   "year"};
  const sima_token *tk = &doc->tokens[k];
  if (timex_year(tk) > 0) {
    int32_t h = c->syn[k].head;
    int plural = h >= 0 && (c->syn[h].xpos == SIMA_XPOS_NNS ||
                            c->syn[h].xpos == SIMA_XPOS_NNPS);
    if (!plural || (k > 0 && c->syn[k - 1].xpos == SIMA_XPOS_IN))
      return 1;
  }
  if ((k > 0 && timex_calendar_name(&doc->tokens[k - 1])) ||
      (k + 1 < c->n && timex_calendar_name(&doc->tokens[k + 1])))
    return 1;
  if (k > 0 && first == k) {
    uint32_t p = k - 1;
    if (p > 0 && doc->tokens[p].len == 1 && doc->text[doc->tokens[p].off] == '-' &&
        doc->tokens[p].off + 1 == tk->off)
      p--;
    if (c->syn[p].upos == SIMA_UPOS_PROPN)
      return 1;
  }
  /* (a span or a count of times says how long or how often, not how
  ** many: "in the last five years", "seven weeks after", "more than five
  ** times"; a term is a count: "sentenced to 20 years") */
  if (unit && CODER_IN(time_units, unit) &&
      !(first > 0 && !sima_casecmp(doc->tokens[first - 1].norm, "to")))
    return 1;
  return 0;
}

/* RULE C-QTY-OTHER-EVENT: a noun that names an act of its own (one the
** verb dictionary has patterns for: execution, disappearance, massacre,
** theft, arrest, prosecution, crisis, ...) holds that act's numbers, not
** the event's: "detained seven police officers in relation to the
** disappearance of five young people" (seven, not five), "a report spoke
** of the massacre of at least 17 miners".  1 when token k, a noun, is
** one: a noun whose lemma heads patterns, no actor's word ("seven men"
** is no act of manning).  coder_quantities does not look below it, unless
** it is a subject or object of the trigger ("two bombs exploded",
** "conducted 140 attacks"). */
static int event_noun(const coder_ctx *c, uint32_t k) {
  if (c->syn[k].upos != SIMA_UPOS_NOUN || !c->lid || c->lid[k] == PAT_NONE ||
      c->tok2men[k] >= 0)
    return 0;
  uint32_t np = 0;
  pat_bucket_find(c->v, c->lid[k], &np);
  return np > 0;
}

/* Quantities: money and counted nouns among the verb's arguments. */
void coder_quantities(const coder_ctx *c, sima_doc *doc, uint32_t t,
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
    /* ("eight soldiers": a number word) */
    double wv = tk->kind == SIMA_TOK_NUMBER ? 0 : word_number(coder_lemma(c, k));
    if (tk->kind == SIMA_TOK_MONEY ||
        ((tk->kind == SIMA_TOK_NUMBER || wv > 0) &&
         (c->syn[k].deprel == SIMA_DEP_NUMMOD ||
          /* "1.2 billion": the number is a compound of the scale word */
          (scaled && c->syn[k].deprel == SIMA_DEP_COMPOUND)))) {
      const char *unit = NULL;
      size_t used = 0;
      double v = wv > 0 ? wv
                        : parse_number(doc->text + tk->off, tk->len, &unit,
                                       &used);
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
      if (v > 0 && !not_a_count(c, doc, k, first, unit)) {
        sima_quantity *o = &q[nq++];
        o->value = v;
        o->unit = unit ? unit : "";
        o->start = doc->tokens[first].off;
        o->end = end;
        o->text = sima_arena_strndup(doc->arena, doc->text + o->start,
                                     end - o->start);
      }
    }
    /* (the trigger's own subject or object is the event's: "conducted
    ** 140 attacks", "two bombs exploded") */
    unsigned kr = sima_deprel_base(c->syn[k].deprel);
    int own = c->syn[k].head == (int32_t)t &&
              (kr == SIMA_DEP_OBJ || kr == SIMA_DEP_NSUBJ || kr == SIMA_DEP_IOBJ);
    if (sp < 64 && (int32_t)k != (int32_t)t && (own || !event_noun(c, k))) {
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

/* Feasts that name a time, not a place ("at Christmas"); months and
** weekdays are the date resolver's (timex_calendar_name). */
static const char *const feasts[] = {"christmas", "easter", "ramadan"};

/* Nouns of a settlement or an administrative area whose "of" phrase names
** it ("the town of Tumeremo", "the state of Michoacan").  Sorted. */
static const char *const area_nouns[] = {
    "city",          "county",   "department", "district",
    "municipality",  "neighborhood", "neighbourhood", "province",
    "region",        "state",    "suburb",     "town",
    "village"};

/* The place noun n names: n itself when a proper noun that is no time
** word ("Christmas", "October"), or the name of an area noun ("the town
** of X"; with compound, also "Idlib province"); -1 when none. */
static int32_t named_place(const coder_ctx *c, const sima_doc *doc, int32_t n,
                           int compound) {
  int32_t p = n;
  if (c->syn[n].upos == SIMA_UPOS_NOUN &&
      CODER_IN(area_nouns, coder_lemma(c, (uint32_t)n))) {
    p = -1;
    for (int32_t k = c->first_child[n]; k >= 0 && p < 0; k = c->next_sib[k])
      if (c->syn[k].upos == SIMA_UPOS_PROPN &&
          ((compound && c->syn[k].deprel == SIMA_DEP_COMPOUND) ||
           (sima_deprel_base(c->syn[k].deprel) == SIMA_DEP_NMOD &&
            coder_has_marker(c, (uint32_t)k, "of"))))
        p = k;
    if (p < 0)
      return -1;
  }
  if (c->syn[p].upos != SIMA_UPOS_PROPN)
    return -1;
  const sima_token *pt = &doc->tokens[p];
  if (timex_calendar_name(pt) || timex_word_index(pt, feasts, 3) >= 0)
    return -1;
  return p;
}

/* The place named by phrase d (an in/at/near/... phrase): d itself when a
** proper noun that is no time word, or the name in "the town of X"; -1
** when d names none. */
static int32_t place_of(const coder_ctx *c, const sima_doc *doc, int32_t d) {
  static const char *const preps[] = {"at",   "in",      "inside",
                                      "near", "outside", "throughout"};
  int prep = 0;
  for (size_t k = 0; k < sizeof preps / sizeof *preps && !prep; k++)
    prep = coder_has_marker(c, (uint32_t)d, preps[k]);
  return prep ? named_place(c, doc, d, 0) : -1;
}

/* The country code of a known place at token p (a mention over the name
** with a 3-letter country code), or NULL. */
static const char *place_country(const coder_ctx *c, uint32_t p) {
  int32_t m = c->tok2men[p];
  if (m < 0)
    return NULL;
  const sima_mention *mm = &c->doc->mentions[m];
  return mm->country && strlen(mm->country) == 3 ? mm->country : NULL;
}

/* The country a place name at token p is given after a comma, the news
** convention ("in Antigua, Guatemala", "in Tumeremo, Venezuela"): the
** code of a bare country mention right after "NAME ,", or NULL. */
static const char *comma_country(const coder_ctx *c, uint32_t p) {
  const sima_doc *doc = c->doc;
  uint32_t e = p; /* the name's last word: "San Luis Potosi" */
  while (e + 1 < c->n && c->syn[e + 1].upos == SIMA_UPOS_PROPN &&
         c->syn[e + 1].head == (int32_t)p)
    e++;
  if (e + 2 >= c->n || doc->tokens[e + 1].len != 1 ||
      doc->text[doc->tokens[e + 1].off] != ',' || c->tok2men[e + 2] < 0)
    return NULL;
  const sima_mention *k = &doc->mentions[c->tok2men[e + 2]];
  if (k->first != e + 2 || !k->country || strlen(k->country) != 3 ||
      (k->sector && k->sector[0]) || c->syn[e + 2].upos != SIMA_UPOS_PROPN)
    return NULL;
  /* not a list of places ("in Miami, Panama, Mexico and Argentina") */
  uint32_t after = k->first + k->count;
  if (after < c->n && c->syn[after].upos == SIMA_UPOS_CCONJ)
    return NULL;
  if (after + 1 < c->n && doc->tokens[after].len == 1 &&
      doc->text[doc->tokens[after].off] == ',' &&
      (c->syn[after + 1].upos == SIMA_UPOS_PROPN ||
       c->syn[after + 1].upos == SIMA_UPOS_CCONJ))
    return NULL;
  /* nor a town the dictionaries place elsewhere: only an unknown name or
  ** a country's ("Antigua") takes the country that follows */
  int32_t m = c->tok2men[p];
  if (m >= 0 && doc->mentions[m].code && strlen(doc->mentions[m].code) > 3)
    return NULL;
  return k->country;
}

/* 1 when the place at token q is one the dictionaries know (with a
** country), is named by "the town of X", or is given a country after a
** comma. */
static int known_place(const coder_ctx *c, int32_t q, int32_t phrase) {
  return q != phrase || place_country(c, (uint32_t)q) ||
         comma_country(c, (uint32_t)q);
}

/* The place named by an in/at/... phrase hanging on token h with relation
** base rel (OBL on a verb, NMOD on a noun): the first such phrase's place;
** with known_only, only a place the dictionaries know (or "the town of
** X", or one given a country after a comma): phrases on nouns are often
** no places ("members of the Barrio 18 in prison"). */
static int32_t phrase_place(const coder_ctx *c, sima_doc *doc, int32_t h,
                            unsigned rel, int known_only) {
  for (int32_t d = c->first_child[h]; d >= 0; d = c->next_sib[d]) {
    if (sima_deprel_base(c->syn[d].deprel) != rel)
      continue;
    int32_t q = place_of(c, doc, d);
    if (q >= 0 && (!known_only || known_place(c, q, d)))
      return q;
  }
  return -1;
}

/* RULE C-LOC-SITE: a site in an at/in/near phrase of the trigger, a common
** noun, stands where its own in/at/near phrase says: "arrested him at a
** hotel in Montevideo", "killed at his home in Culiacan", "a meeting at
** the embassy in Madrid"; the site of the trigger's object, where the
** parser often hangs it: "detonated a bomb outside a police station in
** Bogota").  Only a place the dictionaries know (or "the
** town of X", or one given a country after a comma), one phrase deep;
** not for statements (coder_location).  Returns the place's token or
** -1. */
static int32_t site_place(const coder_ctx *c, sima_doc *doc, int32_t h,
                          unsigned rel) {
  for (int32_t d = c->first_child[h]; d >= 0; d = c->next_sib[d]) {
    if (sima_deprel_base(c->syn[d].deprel) != rel ||
        c->syn[d].upos != SIMA_UPOS_NOUN || place_of(c, doc, d) >= 0)
      continue;
    if (!coder_has_marker(c, (uint32_t)d, "at") &&
        !coder_has_marker(c, (uint32_t)d, "in") &&
        !coder_has_marker(c, (uint32_t)d, "near") &&
        !coder_has_marker(c, (uint32_t)d, "outside"))
      continue;
    for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k]) {
      if (sima_deprel_base(c->syn[k].deprel) != SIMA_DEP_NMOD)
        continue;
      int32_t q = place_of(c, doc, k);
      if (q >= 0 && known_place(c, q, k))
        return q;
    }
  }
  return -1;
}

/* RULE C-LOC-WHERE: the antecedent of a "where" relative clause that
** holds trigger t is the place the event happened: "in Ghouta, where at
** least 500 people were killed", "Idlib province, where Syrian troops
** have mounted an offensive".  The clause is an acl/acl:relcl/advcl on a
** noun (or the noun's phrase), with "where" (WRB) as its own advmod; t is
** the clause's verb or inside it through xcomp/conj/ccomp links.  The
** antecedent must be a proper noun (or "the town of X", "Idlib
** province") that is no time word.  So does "at which" open such a
** clause ("a summit in Ankara at which the Russian president urged ..."),
** with a place the dictionaries know ("in which" follows events and
** writings more often than places: "a column in which ..."), and an
** antecedent that is a common noun gives the known place of its own
** in/at phrase ("a rally in Lima where protesters denounced ...",
** C-LOC-SITE's test). */
static int32_t where_place(const coder_ctx *c, sima_doc *doc, uint32_t t) {
  static const char *const preps[] = {"at"};
  int32_t v = (int32_t)t;
  for (int hop = 0; v >= 0 && hop < 6; hop++) {
    unsigned b = sima_deprel_base(c->syn[v].deprel);
    if (b == SIMA_DEP_ACL || b == SIMA_DEP_ADVCL || b == SIMA_DEP_PARATAXIS) {
      /* the relative phrase's first word ("where", or the preposition
      ** of "at which") + 1, 0: none; known: the antecedent must be a
      ** place the dictionaries know ("at which", or no comma before
      ** "where" when the clause hangs on a verb) */
      int32_t where = 0;
      int known = 0;
      for (int32_t k = c->first_child[v]; k >= 0 && !where; k = c->next_sib[k]) {
        if (k >= v)
          continue;
        if (c->syn[k].xpos == SIMA_XPOS_WRB &&
            !sima_casecmp(coder_lemma(c, (uint32_t)k), "where")) {
          where = k + 1;
        } else if (sima_deprel_base(c->syn[k].deprel) == SIMA_DEP_OBL &&
                   !sima_casecmp(coder_lemma(c, (uint32_t)k), "which")) {
          int32_t cs = coder_child_by(c, (uint32_t)k, SIMA_DEP_CASE);
          if (cs >= 0 && cs + 1 == k &&
              CODER_IN(preps, coder_lemma(c, (uint32_t)cs))) {
            where = cs + 1;
            known = 1;
          }
        }
      }
      if (!where)
        return -1;
      /* the noun the clause hangs on; or, when the parse hangs it on a
      ** verb, the word right before ", where" ("fighting spread to Idlib
      ** province, where ...") or before "where" or "at which" */
      int32_t n = c->syn[v].head, w = where - 1;
      if (b != SIMA_DEP_ACL || n < 0 || n >= v ||
          (c->syn[n].upos != SIMA_UPOS_NOUN &&
           c->syn[n].upos != SIMA_UPOS_PROPN)) {
        int comma = w >= 1 && doc->tokens[w - 1].len == 1 &&
                    doc->text[doc->tokens[w - 1].off] == ',' &&
                    c->syn[w - 1].head == v;
        int32_t before = comma ? w - 2 : w - 1;
        known |= !comma;
        n = before >= 0 && coder_sentence_of(doc, (uint32_t)before) ==
                               coder_sentence_of(doc, (uint32_t)v)
                ? before
                : -1;
      }
      if (n < 0)
        return -1;
      if (c->syn[n].upos == SIMA_UPOS_NOUN) {
        int32_t q = named_place(c, doc, n, 1);
        if (q >= 0)
          return q;
        for (int32_t k = c->first_child[n]; k >= 0; k = c->next_sib[k])
          if (sima_deprel_base(c->syn[k].deprel) == SIMA_DEP_NMOD &&
              (q = place_of(c, doc, k)) >= 0 && known_place(c, q, k))
            return q;
        return -1;
      }
      if (c->syn[n].upos != SIMA_UPOS_PROPN)
        return -1;
      int32_t q = named_place(c, doc, n, 1);
      return q >= 0 && (!known || known_place(c, q, q)) ? q : -1;
    }
    if (b != SIMA_DEP_XCOMP && b != SIMA_DEP_CONJ && b != SIMA_DEP_CCOMP)
      return -1;
    v = c->syn[v].head;
  }
  return -1;
}

/* C-LOC-ACTOR: the known place of an in/at/... phrase on the source's
** word s, unless s is what an office is of ("the former head of
** intelligence in Venezuela" names the office, not where he acts), and
** the place
** is a place, not a seat of power the dictionaries code as a body ("Trump
** in the White House": USAGOV); -1 otherwise. */
static int32_t actor_place(const coder_ctx *c, sima_doc *doc, int32_t s) {
  static const char *const offices[] = {"boss",     "chief",  "commander",
                                        "director", "head",   "leader",
                                        "minister", "secretary"};
  if (s < 0 || (uint32_t)s >= c->n)
    return -1;
  int32_t h = c->syn[s].head;
  if (sima_deprel_base(c->syn[s].deprel) == SIMA_DEP_NMOD && h >= 0 &&
      CODER_IN(offices, coder_lemma(c, (uint32_t)h)))
    return -1;
  int32_t p = phrase_place(c, doc, s, SIMA_DEP_NMOD, 1);
  int32_t m = p >= 0 ? c->tok2men[p] : -1;
  /* (the place's own mention, not the actor's composed with it:
  ** "Authorities in Honduras" is GOV, Honduras a place) */
  if (m >= 0 && doc->mentions[m].first > (uint32_t)s &&
      doc->mentions[m].sector && doc->mentions[m].sector[0])
    return -1;
  return p;
}

/* The subject of verb v (nsubj, nsubj:pass, csubj), or -1. */
static int32_t subject_of(const coder_ctx *c, int32_t v) {
  for (int32_t k = c->first_child[v]; k >= 0; k = c->next_sib[k]) {
    unsigned b = sima_deprel_base(c->syn[k].deprel);
    if (b == SIMA_DEP_NSUBJ || b == SIMA_DEP_CSUBJ)
      return k;
  }
  return -1;
}

/* RULE C-LOC-GOVERNOR: an event that is the open complement (xcomp) of
** another verb happens where that verb does: "police began arresting gang
** members in Guatemala City", "the army tried to retake a town in Idlib
** province" (the phrase may hang on either verb).  So does an adverbial
** clause or a conjunct verb with no subject of its own when the verb's
** place is fronted, before its subject, and so sets the scene of the
** whole sentence: "In Nicaragua, paramilitaries have been raiding towns,
** firing on protesters", "In Aleppo, troops shelled a market and killed
** ten".  The governor's own in/at/near phrase with a proper noun (C-LOC's
** test), up a chain of such links.  Returns the place's token or -1. */
static int32_t governor_place(const coder_ctx *c, sima_doc *doc, uint32_t t) {
  int32_t v = (int32_t)t;
  for (int hops = 0; hops < 4; hops++) {
    int xcomp = c->syn[v].deprel == SIMA_DEP_XCOMP;
    unsigned b = sima_deprel_base(c->syn[v].deprel);
    if (!xcomp && ((b != SIMA_DEP_ADVCL && b != SIMA_DEP_CONJ) ||
                   c->syn[v].upos != SIMA_UPOS_VERB || subject_of(c, v) >= 0))
      return -1;
    v = c->syn[v].head;
    if (v < 0)
      return -1;
    int32_t p = phrase_place(c, doc, v, SIMA_DEP_OBL, 0);
    int32_t subj = subject_of(c, v);
    if (p >= 0 && (xcomp || (p < v && subj >= 0 && p < subj)))
      return p;
  }
  return -1;
}

/* RULE C-LOC-VISIT: a trip happens where it goes.  The destination of
** verb v, a visit (its object: "visited Baghdad") or a journey (its
** to-phrase: "flew to Caracas", "travelled to Lima"), when it is a place
** the dictionaries name as one (a country's own name, a town, a capital:
** coder_visit_place, coder_capital_place) in the singular; an event in
** the trip's open clause with no subject of its own happens there too
** ("visited Baghdad in 2016, meeting Iraqi troops", "is visiting Bolivia
** to sign an agreement", "flew to Caracas to meet Maduro"), but not one
** in a clause with another subordinator ("after meeting", "before
** signing").  Returns the destination's mention or -1. */
static int32_t trip_destination(const coder_ctx *c, const sima_event *ev,
                                 int32_t v) {
  static const char *const visits[] = {"tour", "visit"};
  static const char *const journeys[] = {"come", "fly",    "go",
                                         "head", "return", "travel"};
  const char *lemma = coder_lemma(c, (uint32_t)v);
  int visit = CODER_IN(visits, lemma), journey = CODER_IN(journeys, lemma);
  if (c->syn[v].upos != SIMA_UPOS_VERB || (!visit && !journey))
    return -1;
  for (int32_t d = c->first_child[v]; d >= 0; d = c->next_sib[d]) {
    unsigned b = sima_deprel_base(c->syn[d].deprel);
    int dest = visit ? b == SIMA_DEP_OBJ
                     : b == SIMA_DEP_OBL && coder_has_marker(c, (uint32_t)d, "to");
    if (!dest || c->syn[d].upos != SIMA_UPOS_PROPN ||
        c->syn[d].xpos != SIMA_XPOS_NNP)
      continue;
    /* (a list of places, "toured Washington, Paris and London": the one
    ** that is the event's host or guest, else none) */
    if (coder_child_by(c, (uint32_t)d, SIMA_DEP_CONJ) >= 0) {
      int32_t pick =
          d == ev->target_tok || d == ev->source_tok ? d : -1;
      for (int32_t k = c->first_child[d]; k >= 0; k = c->next_sib[k])
        if (c->syn[k].deprel == SIMA_DEP_CONJ &&
            (k == ev->target_tok || k == ev->source_tok))
          pick = k; /* (the last in text order wins) */
      if (pick < 0)
        return -1;
      d = pick;
    }
    int32_t m = c->tok2men[d];
    if (m >= 0 && (coder_visit_place(c, m) || coder_capital_place(c, m)))
      return m;
  }
  return -1;
}

/* C-LOC-VISIT for trigger t: the destination of t's own trip, or of the
** trip whose open clause (xcomp, or an adverbial participle or
** to-clause with no subject and no other subordinator) holds t, up to
** three links; the mention or -1. */
static int32_t visit_place(const coder_ctx *c, const sima_event *ev,
                           uint32_t t) {
  int32_t v = (int32_t)t;
  for (int hops = 0; hops < 4; hops++) {
    int32_t m = trip_destination(c, ev, v);
    if (m >= 0)
      return m;
    unsigned b = sima_deprel_base(c->syn[v].deprel);
    if (hops == 3 || c->syn[v].upos != SIMA_UPOS_VERB || subject_of(c, v) >= 0)
      return -1;
    if (b == SIMA_DEP_ADVCL) {
      int32_t mk = coder_child_by(c, (uint32_t)v, SIMA_DEP_MARK);
      int open = mk >= 0 ? !sima_casecmp(coder_lemma(c, (uint32_t)mk), "to")
                         : c->syn[v].xpos == SIMA_XPOS_VBG;
      if (!open)
        return -1;
    } else if (c->syn[v].deprel != SIMA_DEP_XCOMP) {
      return -1;
    }
    v = c->syn[v].head;
    if (v < 0)
      return -1;
  }
  return -1;
}

/* 1 when dependent o of a trigger is its object (relation base orel:
** OBJ of a verb, NMOD of a nominal trigger) and no topic ("concern about
** Kurdish fighters in Syria" names no place of the event). */
static int object_phrase(const coder_ctx *c, int32_t o, unsigned orel) {
  static const char *const topic[] = {"about", "concerning", "over",
                                      "regarding"};
  if (sima_deprel_base(c->syn[o].deprel) != orel)
    return 0;
  for (size_t k = 0; k < sizeof topic / sizeof *topic; k++)
    if (coder_has_marker(c, (uint32_t)o, topic[k]))
      return 0;
  return 1;
}

/* RULE C-LOC-TARGET: a use of force (roots 15, 18, 19, 20) against a
** place happened there: "Turkish forces attacked Afrin", "sent troops to
** Michoacan", "the Zetas took control of Veracruz", "Turkey launched an
** assault on Syria", "jets struck Damascus".  The target must be a
** town's or region's name in the country dictionary (coder_town_name), a
** capital named as a place (coder_capital_place) or a country's own name
** (code = country), in the singular (NNP, its own lemma: not
** "Australians"), heading its phrase (not "Greek islands"), with no "a"
** ("a Briton"), not before a hyphen ("a US-controlled base"), not the
** agent of an attack ("Turkey's attack"), and not across a border
** ("deployed troops along its border with Paraguay" stayed in Brazil) or
** where the act came from or went ("from Colombia").  Returns the target's mention
** or -1. */
static int32_t target_place(const coder_ctx *c, const sima_event *ev) {
  static const char *const roots[] = {"15", "18", "19", "20"};
  static const char *const borders[] = {"border", "boundary", "frontier"};
  static const char *const attacks[] = {
      "assault",  "attack",    "bombardment", "campaign", "incursion",
      "invasion", "offensive", "operation",   "raid",     "strike"};
  static const char *const elsewhere[] = {"about", "between", "for", "from",
                                          "like",  "than",    "with"};
  int force = 0;
  for (size_t k = 0; k < sizeof roots / sizeof *roots && !force; k++)
    force = !strncmp(ev->code, roots[k], 2);
  int32_t tt = ev->target_tok;
  if (!force || tt < 0 || (uint32_t)tt >= c->n)
    return -1;
  int32_t m = c->tok2men[tt];
  if (m < 0)
    return -1;
  const sima_mention *mm = &c->doc->mentions[m];
  int country = mm->code && mm->country && strlen(mm->code) == 3 &&
                !strcmp(mm->code, mm->country);
  if (!country && !coder_town_name(c, m) && !coder_capital_place(c, m))
    return -1;
  unsigned r = sima_deprel_base(c->syn[tt].deprel);
  const sima_token *tk = &c->doc->tokens[tt];
  const char *lemma = c->syn[tt].lemma;
  if (c->syn[tt].xpos != SIMA_XPOS_NNP || r == SIMA_DEP_AMOD ||
      r == SIMA_DEP_COMPOUND || !lemma || strlen(lemma) != tk->len ||
      strncasecmp(lemma, c->doc->text + tk->off, tk->len) != 0 ||
      coder_child_word(c, (uint32_t)tt, SIMA_DEP_DET, "a") >= 0)
    return -1;
  /* (the head of a list: "with Paraguay, Bolivia and Peru") */
  int32_t x = tt, h = c->syn[tt].head;
  if (r == SIMA_DEP_CONJ && h >= 0) {
    x = h;
    h = c->syn[h].head;
  }
  if (h >= 0 && CODER_IN(borders, coder_lemma(c, (uint32_t)h)))
    return -1;
  /* (a possessor of an attack is its agent: "repel Turkey's attack"; a
  ** name before a hyphen modifies: "a US-controlled base") */
  if (c->syn[tt].deprel == SIMA_DEP_NMOD_POSS && h >= 0 &&
      CODER_IN(attacks, coder_lemma(c, (uint32_t)h)))
    return -1;
  if (mm->end < c->doc->len && c->doc->text[mm->end] == '-')
    return -1;
  /* (however parsed: "close to the border with Colombia") */
  if (mm->first >= 2 && !sima_casecmp(coder_lemma(c, mm->first - 1), "with") &&
      CODER_IN(borders, coder_lemma(c, mm->first - 2)))
    return -1;
  /* the place is what force is used on, in or against, not where it came
  ** from or is bound for ("displaced the networks from Colombia", "bound
  ** for Colombia's black market"): its phrase (or, for a possessor, its
  ** owner's) has none of these markers */
  if (c->syn[x].deprel == SIMA_DEP_NMOD_POSS && c->syn[x].head >= 0)
    x = c->syn[x].head;
  int32_t mk = coder_child_by(c, (uint32_t)x, SIMA_DEP_CASE);
  if (mk >= 0 && CODER_IN(elsewhere, coder_lemma(c, (uint32_t)mk)))
    return -1;
  return m;
}

/* RULE C-LOC (the object's of-phrase): a known place in such a phrase
** of the noun of the object's "of" phrase, where a parser hangs it at the
** end of the object ("met a delegation of American lawmakers in Taipei":
** the meeting's place, not the lawmakers').  Returns the place's token
** or -1. */
static int32_t of_phrase_place(const coder_ctx *c, sima_doc *doc, int32_t o) {
  for (int32_t d = c->first_child[o]; d >= 0; d = c->next_sib[d]) {
    if (c->syn[d].deprel != SIMA_DEP_NMOD ||
        !coder_has_marker(c, (uint32_t)d, "of"))
      continue;
    int32_t q = phrase_place(c, doc, d, SIMA_DEP_NMOD, 1);
    if (q >= 0)
      return q;
  }
  return -1;
}

/* RULE C-LOC: the event's place is the proper noun of an in/at/near/
** outside/inside/throughout phrase of the trigger ("In Guatemala, police
** arrested ...": an oblique of a verb; "US airstrikes in Syria": a
** modifier of a noun), or the name in such a phrase's "the town of X";
** failing that, a known place (or "the town of X") in such a phrase of
** the trigger's object, where the parser often hangs it ("arrested seven
** people in Miami", "killed 17 miners in the town of Tumeremo"); never a
** time ("in October", "on Monday").  Failing those, C-LOC-TARGET (a
** place that force is used on), C-LOC-AREA (an object named as an area,
** for force and coercion: "shelled the town of Zabadani"), C-LOC-VISIT
** (where a trip goes, for the trip and its open clause), C-LOC-SITE (the
** place of a site in such a phrase), C-LOC-GOVERNOR (the place of the
** verb an open clause completes), C-LOC-WHERE (the antecedent of a
** "where" clause) and C-LOC-ACTOR: a known place in such
** a phrase of the source's own words ("Prosecutors in El Salvador have
** asked Congress", "police in Honduras arrested"): an actor acts where it
** is.  With the place's country when the actor dictionary knows it
** ("Miami": USA), or when the text names it after a comma ("in Antigua,
** Guatemala": GTM). */
void coder_location(const coder_ctx *c, sima_doc *doc, uint32_t t,
                    sima_event *ev) {
  const char *rule = "C-LOC";
  int32_t p = phrase_place(c, doc, (int32_t)t, SIMA_DEP_OBL, 0);
  if (p < 0 && c->syn[t].upos == SIMA_UPOS_NOUN)
    p = phrase_place(c, doc, (int32_t)t, SIMA_DEP_NMOD, 0);
  /* (the object's phrase; a nominal trigger's objects are its own
  ** phrases: "airstrikes on rebels in Aleppo") */
  unsigned orel = c->syn[t].upos == SIMA_UPOS_NOUN ? SIMA_DEP_NMOD
                                                   : SIMA_DEP_OBJ;
  for (int32_t o = c->first_child[t]; o >= 0 && p < 0; o = c->next_sib[o])
    if (object_phrase(c, o, orel))
      p = phrase_place(c, doc, o, SIMA_DEP_NMOD, 1);
  for (int32_t o = c->first_child[t]; o >= 0 && p < 0; o = c->next_sib[o])
    if (object_phrase(c, o, orel))
      p = of_phrase_place(c, doc, o);
  int32_t tm = p < 0 ? target_place(c, ev) : -1;
  if (tm >= 0) {
    p = ev->target_tok;
    rule = "C-LOC-TARGET";
  }
  /* RULE C-LOC-AREA: an object that is an area by its name ("raided the
  ** San Telmo neighbourhood of Buenos Aires", "shelled the town of
  ** Zabadani") is where an act of force or coercion (roots 15 to 20)
  ** happened; what words are said of is not where they were said
  ** ("criticized the town of X") */
  int coerce = ev->code[0] == '1' && ev->code[1] >= '5' && ev->code[1] <= '9';
  coerce |= !strncmp(ev->code, "20", 2);
  for (int32_t o = c->first_child[t]; o >= 0 && p < 0 && coerce;
       o = c->next_sib[o])
    if (c->syn[o].upos == SIMA_UPOS_NOUN &&
        sima_deprel_base(c->syn[o].deprel) == SIMA_DEP_OBJ &&
        (p = named_place(c, doc, o, 0)) >= 0)
      rule = "C-LOC-AREA";
  if (p < 0 && (tm = visit_place(c, ev, t)) >= 0) {
    p = (int32_t)doc->mentions[tm].first;
    rule = "C-LOC-VISIT";
  }
  /* (C-LOC-SITE, not for a statement, whose site phrase is what it is
  ** about: "denied being involved in an attack in Syria") */
  int statement = strncmp(ev->code, "01", 2) == 0;
  if (p < 0 && !statement &&
      (p = site_place(c, doc, (int32_t)t, SIMA_DEP_OBL)) >= 0)
    rule = "C-LOC-SITE";
  for (int32_t o = c->first_child[t]; o >= 0 && p < 0 && !statement;
       o = c->next_sib[o])
    if (object_phrase(c, o, orel) &&
        (p = site_place(c, doc, o, SIMA_DEP_NMOD)) >= 0)
      rule = "C-LOC-SITE";
  if (p < 0 && (p = governor_place(c, doc, t)) >= 0)
    rule = "C-LOC-GOVERNOR";
  if (p < 0 && (p = where_place(c, doc, t)) >= 0)
    rule = "C-LOC-WHERE";
  if (p < 0 && (p = actor_place(c, doc, ev->source_tok)) >= 0)
    rule = "C-LOC-ACTOR";
  if (p < 0)
    return;
  const sima_token *pt = &doc->tokens[p];
  uint32_t lo = pt->off, hi = lo + pt->len;
  for (int32_t k = c->first_child[p]; k >= 0; k = c->next_sib[k]) {
    unsigned r = c->syn[k].deprel;
    /* (with a capitalised modifier of the name: "Central America") */
    int capmod = r == SIMA_DEP_AMOD && (uint32_t)k + 1 == (uint32_t)p &&
                 doc->text[doc->tokens[k].off] >= 'A' &&
                 doc->text[doc->tokens[k].off] <= 'Z';
    if (r == SIMA_DEP_COMPOUND || r == SIMA_DEP_FLAT || capmod) {
      const sima_token *tk = &doc->tokens[k];
      if (tk->off < lo)
        lo = tk->off;
      if (tk->off + tk->len > hi)
        hi = tk->off + tk->len;
    }
  }
  if (tm >= 0) { /* (the whole name: "Valle del Cauca", "Eastern Ghouta") */
    lo = doc->mentions[tm].start;
    hi = doc->mentions[tm].end;
  }
  ev->location = sima_arena_strndup(doc->arena, doc->text + lo, hi - lo);
  ev->loc_rule = rule;
  ev->loc_start = lo;
  ev->loc_end = hi;
  /* (the place's own mention, or one composed with it, "gangs in Costa
  ** Rica"; not a government agent posted there, which keeps its own
  ** country: "the US embassy in Mexico") */
  const char *cc = place_country(c, (uint32_t)p);
  int32_t m = c->tok2men[p];
  /* (a country's own name: its mention's code is the bare country) */
  const sima_mention *pm = m >= 0 ? &doc->mentions[m] : NULL;
  int whole = pm && pm->code && pm->country && strlen(pm->code) == 3 &&
              !strcmp(pm->code, pm->country) && pm->start == lo &&
              pm->end == hi;
  if (cc &&
      (doc->tokens[doc->mentions[m].first].off >= lo ||
       !doc->mentions[m].sector || strcmp(doc->mentions[m].sector, "GOV") != 0))
    ev->loc_country = cc;
  /* (C-LOC-ACTOR: "Authorities in Honduras" takes its country from the
  ** place, so the place has it; not so "the US embassy in Mexico", whose
  ** country comes from words before the actor's) */
  if (!ev->loc_country && cc && !strcmp(rule, "C-LOC-ACTOR")) {
    const sima_mention *am = &doc->mentions[m];
    int own = 1;
    for (uint32_t k = am->first; k < (uint32_t)ev->source_tok && own; k++)
      own = c->syn[k].upos == SIMA_UPOS_DET;
    if (own)
      ev->loc_country = cc;
  }
  const char *after = comma_country(c, (uint32_t)p);
  if (after)
    ev->loc_country = after;
  /* ("Antigua, Guatemala" is no country, whatever "Antigua" alone is) */
  ev->loc_kind = whole && ev->loc_country && !strcmp(ev->loc_country, pm->code)
                     ? "country"
                     : "place";
}
