/*
** repair.c — the parse repairs: before the coder matches its patterns, a
** copy of each parsed sentence has the misparses that news text provokes
** in a parser trained on web text (UD English EWT) undone.  Each repair
** is one rule of docs/rules.md (RULE C-REPAIR, with its name in brackets)
** and looks for one construction ("The EU imposed sanctions on Russia"
** read with "imposed" an adjective, "said Wednesday that ..." with the
** clause on the time word, ...).  Stage: parser -> REPAIR -> coder.
**
** repair_sentence runs them in the order of REPAIRS (later repairs read
** the earlier ones' output), records which of them changed the sentence
** (for --explain), and checks that the result is still a tree with every
** head inside the sentence: if not, the sentence gets its parser output
** back, so no repair can send a later stage into a loop.
*/
#include "repair.h"

#include "coder_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Is token k a verb of speech ("said", "told", "announced")? */
static int speech_verb(const sima_syntax *y, int64_t k) {
  return y[k].upos == SIMA_UPOS_VERB && mood_is_speech(y[k].lemma);
}

/* Whether token d lies in the subtree of token a (a itself included): walks
** up from d through heads inside [first, end), at most one step per token,
** so a cycle a repair left behind cannot loop. */
static int descends(const sima_syntax *y, uint32_t first, uint32_t end,
                    int32_t d, int32_t a) {
  for (uint32_t i = 0;
       i < end - first + 1 && d >= (int32_t)first && d < (int32_t)end; i++) {
    if (d == a)
      return 1;
    d = y[d].head;
  }
  return 0;
}

/* Makes token w the sentence's root, a verb with tag xpos (the repairs
** that find the real verb of a sentence the parser read without one). */
static void root_verb(sima_syntax *y, uint32_t w, unsigned xpos) {
  y[w].upos = SIMA_UPOS_VERB;
  y[w].xpos = (uint16_t)xpos;
  y[w].head = -1;
  y[w].deprel = SIMA_DEP_ROOT;
}

/* Has token v a dependent by relation rel (exact) or, with `by`, an
** oblique marked "by"? */
static int has_dep(const sima_syntax *y, uint32_t first, uint32_t end,
                   uint32_t v, unsigned rel, int by) {
  for (uint32_t k = first; k < end; k++) {
    if (y[k].head != (int32_t)v)
      continue;
    if (y[k].deprel == rel)
      return 1;
    if (by && deprel_base(y[k].deprel) == SIMA_DEP_OBL)
      for (uint32_t m = first; m < end; m++)
        if (y[m].head == (int32_t)k && y[m].deprel == SIMA_DEP_CASE &&
            y[m].lemma && !sima_casecmp(y[m].lemma, "by"))
          return 1;
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
    if (deprel_base(y[s2].deprel) != SIMA_DEP_NSUBJ)
      continue;
    int32_t v = y[s2].head;
    if (v <= (int32_t)s2 || (uint32_t)v >= end)
      continue;
    int32_t s1 = -1;
    for (uint32_t k = first; k < s2; k++)
      if (y[k].head == v && deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
        s1 = (int32_t)k;
    if (s1 < 0)
      continue;
    /* the first word of s2's phrase that is not punctuation */
    uint32_t p = s2;
    while (p > (uint32_t)s1 + 1 &&
           descends(y, first, end, (int32_t)p - 1, (int32_t)s2) &&
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
    while (k < p - 1 && (descends(y, first, end, (int32_t)k, s1) ||
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

/* The last noun before verb v (from `first`) that is a compound of noun n
** when there are at least two such (a subject phrase whose words all hang
** on the object: "Kenya Municipal Council (KMC) officials demanded aid");
** -1 otherwise. */
static int32_t last_compound_before(const sima_syntax *y, uint32_t first,
                                    uint32_t v, int32_t n) {
  int32_t last = -1;
  int many = 0;
  for (uint32_t k = first; k < v; k++)
    if (y[k].head == n && y[k].deprel == SIMA_DEP_COMPOUND &&
        (y[k].upos == SIMA_UPOS_NOUN || y[k].upos == SIMA_UPOS_PROPN)) {
      many += last >= 0;
      last = (int32_t)k;
    }
  return many ? last : -1;
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
          deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
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
      /* (the comma hung on the noun instead: the apposition is the phrase
      ** of nh's that ends right before it) */
      int comma = y[v - 1].lemma && !strcmp(y[v - 1].lemma, ",");
      for (int32_t a = (int32_t)v - 2; comma && a > nh && !after_appos; a--)
        after_appos = y[a].deprel == SIMA_DEP_APPOS && y[a].head == nh &&
                      descends(y, first, first + count, (int32_t)v - 2, a);
    }
    /* (or right after the noun heading its object's compounds, that
    ** object the root of a sentence with no verb: "Riot police used tear
    ** gas", police --compound--> gas; or right after a name that is a
    ** place phrase of the noun heading its object: "Police in Jericho
    ** seized weapons", weapons --nmod--> police <--nmod-- Jericho) */
    int noun_before = v > first && (y[v - 1].upos == SIMA_UPOS_NOUN ||
                                    y[v - 1].upos == SIMA_UPOS_PROPN);
    int compound_root = noun_before && y[v - 1].head == n &&
                        y[v - 1].deprel == SIMA_DEP_COMPOUND && y[n].head < 0 &&
                        y[v - 1].upos == SIMA_UPOS_NOUN;
    int place_of_head =
        noun_before && nh >= (int32_t)first && nh < (int32_t)v - 1 &&
        y[v - 1].upos == SIMA_UPOS_PROPN && y[v - 1].head == nh &&
        y[v - 1].deprel == SIMA_DEP_NMOD && y[n].deprel == SIMA_DEP_NMOD &&
        (y[nh].upos == SIMA_UPOS_NOUN || y[nh].upos == SIMA_UPOS_PROPN);
    if (place_of_head) { /* "in" or "at" opens the place phrase */
      int in = 0;
      for (uint32_t k = (uint32_t)nh + 1; k + 1 < v; k++)
        if (y[k].head == (int32_t)v - 1 && y[k].deprel == SIMA_DEP_CASE &&
            y[k].lemma &&
            (!sima_casecmp(y[k].lemma, "in") ||
             !sima_casecmp(y[k].lemma, "at")))
          in = 1;
      place_of_head = in;
    }
    if (xp == SIMA_XPOS_VBN && !has_subj && !after_appos && !compound_root &&
        !place_of_head && !(v > first && nh == (int32_t)v - 1 && noun_before))
      continue;
    if (!has_subj && nh >= (int32_t)first && nh < (int32_t)v &&
        (y[nh].upos == SIMA_UPOS_NOUN || y[nh].upos == SIMA_UPOS_PROPN)) {
      /* "Chinese police arrested Canadian citizens": police is the root */
      y[v].head = y[nh].head;
      y[v].deprel = y[nh].deprel;
      /* (the noun a bare `obl` of a speech verb with a subject of its own,
      ** as the dense parser hangs it: "In a rare step, Kenyan police in
      ** Mombasa confiscated rifles ..., the army said": the verb is the
      ** reported clause) */
      int32_t sh = y[nh].head;
      if (sh >= (int32_t)first && sh < (int32_t)(first + count) &&
          deprel_base(y[nh].deprel) == SIMA_DEP_OBL && y[sh].lemma &&
          mood_is_speech(y[sh].lemma) &&
          !has_dep(y, first, first + count, (uint32_t)nh, SIMA_DEP_CASE, 0))
        for (uint32_t k = (uint32_t)n + 1; k < first + count; k++)
          if (y[k].head == sh && deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ) {
            y[v].deprel = SIMA_DEP_CCOMP;
            break;
          }
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
          deprel_base(y[n].deprel) == SIMA_DEP_NSUBJ && y[nh].lemma &&
          mood_is_speech(y[nh].lemma)) {
        int32_t sj = -1;
        for (uint32_t k = (uint32_t)n + 1; k < first + count && sj < 0; k++)
          if (y[k].head == nh &&
              deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
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
    /* (of several compounds before the verb, the last heads the subject:
    ** "Kenya Municipal Council (KMC) officials demanded aid", Council and
    ** officials both compounds of aid; the earlier ones become its) */
    int32_t last_cpd = last_compound_before(y, first, v, n);
    for (uint32_t k = first; k < first + count; k++) {
      if (y[k].head != n)
        continue;
      unsigned b = deprel_base(y[k].deprel);
      if (last_cpd >= 0 && !has_subj && (int32_t)k < last_cpd &&
          b == SIMA_DEP_COMPOUND) {
        y[k].head = last_cpd;
        continue;
      }
      int of = 0; /* "the policy of Russia" stays on the noun */
      for (uint32_t m = first; m < first + count; m++)
        if (y[m].head == (int32_t)k && y[m].deprel == SIMA_DEP_CASE &&
            y[m].lemma && !sima_casecmp(y[m].lemma, "of"))
          of = 1;
      if (k > (uint32_t)n && b == SIMA_DEP_NMOD && !of &&
          y[k].deprel != SIMA_DEP_NMOD_POSS) {
        y[k].head = (int32_t)v;
        y[k].deprel = SIMA_DEP_OBL;
      } else if (k < v && !has_subj &&
                 (y[k].upos == SIMA_UPOS_PROPN ||
                  y[k].upos == SIMA_UPOS_NOUN) &&
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
  static const char *const cv[] = {"arrive", "clash",   "demonstrate", "flee",
                                   "gather", "march",   "mutiny",      "rally",
                                   "rebel",  "remain",  "resign",      "riot",
                                   "stay",   "walk_out"};
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
static int is_comma(const sima_syntax *y, uint32_t k);
static int title_case(const sima_doc *doc, uint32_t first, uint32_t count);
static int adjunct_word(const sima_doc *doc, uint32_t k);
static void repair_participle(const sima_doc *doc, sima_syntax *y,
                              uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  int title = title_case(doc, first, count);
  for (uint32_t v = first; v < end; v++) {
    if (y[v].upos != SIMA_UPOS_VERB || y[v].deprel != SIMA_DEP_ACL ||
        (y[v].xpos != SIMA_XPOS_VBN && y[v].xpos != SIMA_XPOS_VBD))
      continue;
    /* (C-HEADLINE-PASSIVE: "Top Officials Imprisoned Pending Trial") */
    if (title && v + 1 < end && adjunct_word(doc, v + 1))
      continue;
    int32_t n = y[v].head;
    if (n < (int32_t)first || n >= (int32_t)v ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN))
      continue;
    /* (RULE C-REPAIR participle between commas: "forces, dubbed the
    ** Tigres, arrested ...", the noun the subject of a later verb, keeps
    ** its participle) */
    if (v > first && is_comma(y, v - 1) &&
        deprel_base(y[n].deprel) == SIMA_DEP_NSUBJ && y[n].head > (int32_t)v &&
        y[n].head < (int32_t)end && y[y[n].head].upos == SIMA_UPOS_VERB)
      continue;
    int obj = 0, own = 0;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head != (int32_t)v)
        continue;
      unsigned b = deprel_base(y[k].deprel);
      if (b == SIMA_DEP_NSUBJ || b == SIMA_DEP_AUX || b == SIMA_DEP_MARK ||
          b == SIMA_DEP_CSUBJ)
        own = 1;
      /* RULE C-HOSTAGE-PREDICATE: a bare "hostage", "captive" or
      ** "prisoner" right after the participle is the state its noun was
      ** put in, no object ("the journalist taken hostage by the group":
      ** the journalist is the victim, not the taker) */
      static const char *const held_as[] = {"captive", "hostage", "prisoner"};
      int held = k == v + 1 && y[k].deprel == SIMA_DEP_OBJ && y[k].lemma &&
                 CODER_IN(held_as, y[k].lemma);
      if (k > v && !held &&
          (y[k].deprel == SIMA_DEP_OBJ || y[k].deprel == SIMA_DEP_OBL_AGENT)) {
        if (!has_dep(y, first, end, k, SIMA_DEP_CASE, 0))
          obj = 1;
      }
      /* (or "called on X to ...": "on" right after "called", with the
      ** appeal's to-clause on X or on the verb, has no passive reading) */
      if (k > v + 1 && deprel_base(y[k].deprel) == SIMA_DEP_OBL &&
          y[v].lemma && !sima_casecmp(y[v].lemma, "call") && y[v + 1].lemma &&
          (!sima_casecmp(y[v + 1].lemma, "on") ||
           !sima_casecmp(y[v + 1].lemma, "upon")) &&
          y[v + 1].head == (int32_t)k && y[k].lemma &&
          !is_time_word(y[k].lemma))
        for (uint32_t m = first; m < end; m++)
          if ((y[m].head == (int32_t)k || y[m].head == (int32_t)v) && m > k &&
              y[m].upos == SIMA_UPOS_VERB)
            for (uint32_t q = k + 1; q < m; q++)
              if (y[q].head == (int32_t)m && y[q].deprel == SIMA_DEP_MARK &&
                  y[q].lemma && !sima_casecmp(y[q].lemma, "to"))
                obj = 1;
      /* (or a conjunct verb with the object: "doctors donated and
      ** delivered goods to ...") */
      if (k > v && y[k].deprel == SIMA_DEP_CONJ &&
          y[k].upos == SIMA_UPOS_VERB &&
          has_dep(y, k + 1, end, k, SIMA_DEP_OBJ, 0))
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
    if (pp && deprel_base(y[n].deprel) == SIMA_DEP_NMOD &&
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
    ** sentence's verb when the noun is the root or a speaker's subject;
    ** so is a verb with a means clause ("Police responded by arresting
    ** the protesters": an advcl marked "by" on a gerund) */
    int means = 0;
    for (uint32_t k = v + 1; k < end && !means; k++)
      if (y[k].head == (int32_t)v && y[k].deprel == SIMA_DEP_ADVCL &&
          y[k].xpos == SIMA_XPOS_VBG)
        for (uint32_t m = v + 1; m < k; m++)
          if (y[m].head == (int32_t)k && y[m].deprel == SIMA_DEP_MARK &&
              y[m].lemma && !sima_casecmp(y[m].lemma, "by"))
            means = 1;
    if (!obj && !own && (means || is_collective_verb(y[v].lemma))) {
      /* (through a quantity: "Thousands of workers marched") */
      if (deprel_base(y[n].deprel) == SIMA_DEP_NMOD && y[n].head >= 0 &&
          y[n].head >= (int32_t)first && y[n].head < n &&
          (y[y[n].head].upos == SIMA_UPOS_NOUN ||
           y[y[n].head].upos == SIMA_UPOS_NUM))
        n = y[n].head;
      int32_t h = y[n].head;
      obj = h < 0 || (h >= (int32_t)first && h < (int32_t)end &&
                      (deprel_base(y[n].deprel) == SIMA_DEP_NSUBJ ||
                       y[n].deprel == SIMA_DEP_CCOMP) &&
                      speech_verb(y, h));
    }
    /* so is a verb whose root noun, in a sentence with no other verb,
    ** holds a clause after it ("Senior officials agreed on Wednesday that
    ** their countries should cooperate": officials --ccomp--> cooperate):
    ** the clause is the verb's */
    int32_t cc = -1;
    if (!obj && !own && y[n].head < 0)
      for (uint32_t k = v + 1; k < end && cc < 0; k++)
        if (y[k].head == n && y[k].deprel == SIMA_DEP_CCOMP)
          cc = (int32_t)k;
    if (cc >= 0)
      obj = 1;
    if (!obj || own)
      continue;
    if (cc >= 0)
      y[cc].head = (int32_t)v;
    int32_t nh = y[n].head;
    unsigned nrel = y[n].deprel;
    y[v].head = nh;
    y[v].deprel = (uint16_t)nrel;
    if (nh >= (int32_t)first && nh < (int32_t)end &&
        deprel_base(nrel) == SIMA_DEP_NSUBJ &&
        speech_verb(y, nh)) {
      int32_t sj = -1;
      for (uint32_t k = first; k < end; k++)
        if (k != (uint32_t)n && y[k].head == nh &&
            deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ) {
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
    /* a gerund the parse hung on the subject after the verb's phrase is
    ** the verb's ("Thousands of Kurds demonstrated in Kirkuk on Sunday
    ** calling for independence": Thousands --acl--> calling) */
    for (uint32_t k = v + 1; k < end; k++)
      if (y[k].head == n && y[k].deprel == SIMA_DEP_ACL &&
          y[k].xpos == SIMA_XPOS_VBG) {
        y[k].head = (int32_t)v;
        y[k].deprel = SIMA_DEP_ADVCL;
      }
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
    /* (the adverb hung on the noun right after it: "over two Israeli air
    ** raids", raids a caseless oblique of the verb) */
    if (h > (int32_t)a && h < (int32_t)end && h < (int32_t)a + 8 &&
        y[h].head >= (int32_t)first && y[h].head < (int32_t)end &&
        (y[h].upos == SIMA_UPOS_NOUN || y[h].upos == SIMA_UPOS_PROPN)) {
      int ok = deprel_base(y[h].deprel) == SIMA_DEP_OBL &&
               !has_dep(y, first, end, (uint32_t)h, SIMA_DEP_CASE, 0) &&
               !has_dep(y, first, end, (uint32_t)h, SIMA_DEP_MARK, 0);
      for (uint32_t m = a + 1; m < (uint32_t)h && ok; m++)
        ok = descends(y, first, end, (int32_t)m, h);
      if (ok) {
        y[a].deprel = SIMA_DEP_CASE;
        y[a].upos = SIMA_UPOS_ADP;
        y[a].xpos = SIMA_XPOS_IN;
      }
      continue;
    }
    /* the noun phrase right after: every token up to its head hangs below
    ** that head */
    for (uint32_t k = a + 1; k < end && k < a + 8; k++) {
      int32_t x = (int32_t)k;
      if (y[k].head == h) {
        if (deprel_base(y[k].deprel) != SIMA_DEP_OBL ||
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
** phrase it opened is the object.  So is "off" (its bare-oblique case
** only: "cut off the heads", the dense parser's "off the heads") right
** after a verb that takes "off" as a particle with an object (break,
** brush, call, cordon, cut, fend, kick, seal, shrug, shut, tip, ward,
** wave, write: "X off Y" as a place, "fell off the roof", is left). */
static void repair_particle_over(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  /* Sorted. */
  static const char *const offv[] = {"break", "brush", "call", "cordon", "cut",
                                     "fend",  "kick",  "seal", "shrug",  "shut",
                                     "tip",   "ward",  "wave", "write"};
  uint32_t end = first + count;
  for (uint32_t v = first; v + 2 < end; v++) {
    uint32_t a = v + 1;
    if (y[v].upos != SIMA_UPOS_VERB || !y[v].lemma || !y[a].lemma)
      continue;
    int off = !strcmp(y[a].lemma, "off") &&
              coder_in_sorted(offv, sizeof offv / sizeof *offv, y[v].lemma);
    if (!off && (strcmp(y[a].lemma, "over") ||
                 (strcmp(y[v].lemma, "hand") && strcmp(y[v].lemma, "turn") &&
                  strcmp(y[v].lemma, "take"))))
      continue;
    int32_t h = y[a].head;
    if (h <= (int32_t)a || h >= (int32_t)end)
      continue;
    int32_t o = -1;
    if (!off && y[a].deprel == SIMA_DEP_ADVMOD && y[h].upos == SIMA_UPOS_NUM &&
        y[h].head >= 0 && y[y[h].head].head == (int32_t)v &&
        y[y[h].head].deprel == SIMA_DEP_OBJ)
      o = y[h].head; /* "handed over 700 kg": over --advmod--> 700 */
    else if (y[a].deprel == SIMA_DEP_CASE && y[h].head == (int32_t)v &&
             deprel_base(y[h].deprel) == SIMA_DEP_OBL &&
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
        deprel_base(y[k].deprel) != SIMA_DEP_OBL || v < (int32_t)first ||
        v >= (int32_t)k || y[v].upos != SIMA_UPOS_VERB)
      continue;
    y[k].upos = SIMA_UPOS_VERB;
    y[k].xpos = SIMA_XPOS_VB;
    y[k].deprel = SIMA_DEP_XCOMP;
    y[k - 1].upos = SIMA_UPOS_PART;
    y[k - 1].xpos = SIMA_XPOS_TO;
    y[k - 1].deprel = SIMA_DEP_MARK;
    for (uint32_t m = a; m < end; m++) {
      unsigned b = deprel_base(y[m].deprel);
      if (y[m].head == v &&
          (b == SIMA_DEP_OBJ || b == SIMA_DEP_IOBJ || b == SIMA_DEP_OBL))
        y[m].head = (int32_t)k;
      /* (the dense parser's shape: the phrases hang on the noun "hand"
      ** as its nmod; on the verb they are obliques) */
      else if (y[m].head == (int32_t)k && b == SIMA_DEP_NMOD &&
               y[m].deprel != SIMA_DEP_NMOD_POSS)
        y[m].deprel = SIMA_DEP_OBL;
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
static void repair_clause_conj(sima_syntax *y, uint32_t first, uint32_t count) {
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
      unsigned b = deprel_base(y[k].deprel);
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
            deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
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
static void repair_neighboring(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t w = first; w < end; w++) {
    if (y[w].upos != SIMA_UPOS_VERB || y[w].xpos != SIMA_XPOS_VBG ||
        !y[w].lemma ||
        (strcmp(y[w].lemma, "neighbor") && strcmp(y[w].lemma, "neighbour")))
      continue;
    unsigned rb = deprel_base(y[w].deprel);
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

/* The bare time words that can stand as an adverbial noun phrase.
** Sorted. */
static const char *const time_words[] = {
    "friday",   "monday",  "saturday", "sunday",    "thursday", "today",
    "tomorrow", "tonight", "tuesday",  "wednesday", "yesterday"};

/* Is `l` a bare time word ("today", "Monday")?  The repairs ask it of
** nearly every token of a sentence, which is rarely one: a word whose
** first three letters (folded) begin none of time_words is none of them,
** without the search ("the", "to" stop at the third letter;
** repair_check_filters checks the filter passes every word of the list). */
static int is_time_word(const char *l) {
  if (!l)
    return 0;
  int a = sima_ascii_lower((unsigned char)l[0]);
  int b = a ? sima_ascii_lower((unsigned char)l[1]) : 0;
  int c = b ? sima_ascii_lower((unsigned char)l[2]) : 0;
  switch (a) {
  case 'f': /* friday */
    if (b != 'r' || c != 'i')
      return 0;
    break;
  case 'm': /* monday */
    if (b != 'o' || c != 'n')
      return 0;
    break;
  case 's': /* saturday, sunday */
    if (!(b == 'a' && c == 't') && !(b == 'u' && c == 'n'))
      return 0;
    break;
  case 't': /* thursday, today, tomorrow, tonight, tuesday */
    if (!(b == 'h' && c == 'u') &&
        !(b == 'o' && (c == 'd' || c == 'm' || c == 'n')) &&
        !(b == 'u' && c == 'e'))
      return 0;
    break;
  case 'w': /* wednesday */
    if (b != 'e' || c != 'd')
      return 0;
    break;
  case 'y': /* yesterday */
    if (b != 'e' || c != 's')
      return 0;
    break;
  default:
    return 0;
  }
  return CODER_IN(time_words, l);
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
** ("rejected Thursday a United Nations appeal").  A time word right after
** a verb parsed as the subject of a later clause under that verb ("said
** here Wednesday that ...") is when the verb happened. */
static void repair_time_subject(sima_syntax *y, uint32_t first,
                                uint32_t count) {
  uint32_t end = first + count;
  /* "Assad said here Monday that France must be prepared ... as soon as
  ** the vote is counted", parsed with Monday the subject of
  ** the later clause: a time word right after a verb (adverbs of that
  ** verb between) is when that verb happened, not the subject of one of
  ** its clauses after it */
  for (uint32_t d = first + 1; d < end; d++) {
    int32_t v = y[d].head;
    if (deprel_base(y[d].deprel) != SIMA_DEP_NSUBJ || !y[d].lemma ||
        !is_time_word(y[d].lemma) || v <= (int32_t)d || v >= (int32_t)end)
      continue;
    int32_t w = (int32_t)d - 1;
    while (w > (int32_t)first && y[w].upos == SIMA_UPOS_ADV &&
           y[w].deprel == SIMA_DEP_ADVMOD && y[w].head == w - 1)
      w--;
    if (y[w].upos != SIMA_UPOS_VERB || !descends(y, first, end, v, w) || v == w)
      continue;
    y[d].head = w;
    y[d].deprel = SIMA_DEP_OBL_TMOD;
  }
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
      if (!has_dep(y, first, end, k, SIMA_DEP_CASE, 0))
        e = (int32_t)k;
    }
    int other = 0; /* "Klibi today urged": two subjects, one a time word */
    for (uint32_t k = first; k < d; k++)
      if (y[k].head == v && deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ &&
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
         (deprel_base(y[n].deprel) == SIMA_DEP_NSUBJ &&
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
        deprel_base(y[d].deprel) != SIMA_DEP_OBL)
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
  static const char *const au[] = {"be",   "can",   "could", "dare",   "do",
                                   "get",  "have",  "may",   "might",  "must",
                                   "need", "ought", "shall", "should", "to",
                                   "will", "would"};
  return l && CODER_IN(au, l);
}

/* RULE C-REPAIR (suspected object): "Zambia extradited suspected British
** militant X to Britain" is sometimes parsed with the verb a passive
** auxiliary of "suspected" ("Zambia ... was suspected") and the name the
** subject of a later verb.  A verb that is no auxiliary takes no passive
** participle: a past verb a (VBD) parsed as the passive auxiliary of the
** participle right after it, when that participle is one used as an
** adjective of suspicion or status (suspected, alleged, accused, wanted,
** convicted, detained, jailed, exiled) with no object of its own and is
** followed by a noun phrase whose words all hang on its head, is the
** clause's verb: it takes the participle's place, its subject (now
** active) and other dependents; the noun phrase is its object and the
** participle that object's adjective. */
static void suspect_object(sima_syntax *y, uint32_t first, uint32_t end,
                           uint32_t a) {
  static const char *const adj[] = {"accuse", "allege",  "convict", "detain",
                                    "exile",  "jail",    "suspect", "want"};
  uint32_t h = a + 1;
  if (y[a].xpos != SIMA_XPOS_VBD || y[h].upos != SIMA_UPOS_VERB ||
      y[h].xpos != SIMA_XPOS_VBN || !y[h].lemma || !CODER_IN(adj, y[h].lemma) ||
      has_dep(y, first, end, h, SIMA_DEP_OBJ, 0))
    return;
  /* the noun phrase after the participle (adjectives and nouns): its
  ** one word whose head lies outside it is its head, a noun */
  uint32_t e = h + 1;
  while (e < end && e < h + 9 &&
         (y[e].upos == SIMA_UPOS_NOUN || y[e].upos == SIMA_UPOS_PROPN ||
          y[e].upos == SIMA_UPOS_ADJ))
    e++;
  int32_t n = -1;
  for (uint32_t k = h + 1; k < e; k++)
    if (y[k].head <= (int32_t)h || y[k].head >= (int32_t)e) {
      if (n >= 0)
        return;
      n = (int32_t)k;
    }
  if (n < 0 || (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN) ||
      y[n].head == (int32_t)h || y[n].head == (int32_t)a)
    return;
  y[a].head = y[h].head;
  y[a].deprel = y[h].deprel;
  for (uint32_t k = first; k < end; k++)
    if (y[k].head == (int32_t)h) {
      y[k].head = (int32_t)a;
      if (y[k].deprel == SIMA_DEP_NSUBJ_PASS)
        y[k].deprel = SIMA_DEP_NSUBJ;
    }
  y[n].head = (int32_t)a;
  y[n].deprel = SIMA_DEP_OBJ;
  y[h].head = n;
  y[h].deprel = SIMA_DEP_AMOD;
}

/* Makes participle pp, misparsed as a clause's verb, the adjective of its
** object o, which becomes the object of verb v: pp's other dependents
** (all but o and keep; keep -1: none) go to v (C-REPAIR present verb,
** participle after a count). */
static void participle_to_modifier(sima_syntax *y, uint32_t first,
                                   uint32_t end, uint32_t pp, uint32_t v,
                                   int32_t o, int32_t keep) {
  for (uint32_t k = first; k < end; k++)
    if (y[k].head == (int32_t)pp && (int32_t)k != o && (int32_t)k != keep)
      y[k].head = (int32_t)v;
  y[o].head = (int32_t)v;
  y[o].deprel = SIMA_DEP_OBJ;
  y[pp].head = o;
  y[pp].deprel = SIMA_DEP_AMOD;
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
    if (y[a].upos == SIMA_UPOS_VERB && y[a].deprel == SIMA_DEP_AUX_PASS &&
        y[a].head == (int32_t)h && !is_aux_lemma(y[a].lemma))
      suspect_object(y, first, end, a);
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
    participle_to_modifier(y, first, end, h, a, o, -1);
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
static void repair_time_clause(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  /* "issued a warning Monday to Georgia", "said Monday to reporters": a
  ** phrase with a preposition hung on a time word after it (not another
  ** time word: "from Monday to Friday") is the time word's head's */
  for (uint32_t k = first + 1; k < end; k++) {
    int32_t d = y[k].head;
    if (d < (int32_t)first || d >= (int32_t)k || !y[d].lemma ||
        !is_time_word(y[d].lemma) || !y[k].lemma || is_time_word(y[k].lemma) ||
        deprel_base(y[k].deprel) != SIMA_DEP_NMOD ||
        y[k].deprel == SIMA_DEP_NMOD_POSS)
      continue;
    int32_t v = y[d].head;
    if (v < (int32_t)first || v >= (int32_t)end ||
        (y[v].upos != SIMA_UPOS_VERB && y[v].upos != SIMA_UPOS_NOUN))
      continue;
    if (!has_dep(y, (uint32_t)d + 1, k, k, SIMA_DEP_CASE, 0))
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
            !sima_casecmp(y[m].lemma, "that")) ||
           deprel_base(y[m].deprel) == SIMA_DEP_NSUBJ))
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
static void repair_time_phrase(sima_syntax *y, uint32_t first, uint32_t count) {
  static const char *const place[] = {"at", "in", "inside", "near", "outside"};
  uint32_t end = first + count;
  for (uint32_t k = first; k < end; k++) {
    int32_t d = y[k].head;
    if (d < (int32_t)first || d >= (int32_t)k || !y[d].lemma ||
        !is_time_word(y[d].lemma) ||
        deprel_base(y[d].deprel) != SIMA_DEP_OBL)
      continue;
    int32_t v = y[d].head;
    if (v < (int32_t)first || v >= (int32_t)end || y[v].upos != SIMA_UPOS_VERB)
      continue;
    if (y[k].deprel == SIMA_DEP_OBJ) {
      y[k].head = v;
      continue;
    }
    if (deprel_base(y[k].deprel) != SIMA_DEP_NMOD ||
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
** Iraqi parliament, Karim Hassan, started a hunger strike" is
** sometimes parsed with the noun phrase a bare oblique (obl:unmarked) of
** the verb and the name between commas its subject.  A noun opening the
** sentence (only determiners and adjectives before it), not a time word,
** that is a bare oblique of the verb whose subject is a proper name set
** off by commas right after the noun's phrase is the subject, and the
** name its apposition. */
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
      if (y[k].head == v && deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
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
          (deprel_base(y[m].deprel) == SIMA_DEP_AUX && y[m].lemma &&
           (!sima_casecmp(y[m].lemma, "be") ||
            !sima_casecmp(y[m].lemma, "get"))))
        pass = 1;
      if (deprel_base(y[m].deprel) == SIMA_DEP_AUX && y[m].lemma &&
          !sima_casecmp(y[m].lemma, "have"))
        have = 1;
    }
    if (pass || !(have || y[v].xpos == SIMA_XPOS_VBD ||
                  y[v].xpos == SIMA_XPOS_VBZ || y[v].xpos == SIMA_XPOS_VBP))
      continue;
    y[k].deprel = SIMA_DEP_NSUBJ;
  }
}

/* RULE C-REPAIR (subject's for-phrase): "The UN special envoy for Syria,
** Staffan de Mistura, has resigned" is sometimes parsed with "for Syria"
** a phrase of the verb, so the envoy resigned from Syria: a for-phrase
** (no verb in it) hung on a verb before it, right after that verb's noun
** subject, is the subject's (nmod): "the envoy for Syria", "the minister
** for refugees".  A phrase before the subject ("For years, the army
** ...") or after a comma stays. */
static void repair_subject_for(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t k = first + 1; k < end; k++) {
    int32_t v = y[k].head;
    if (deprel_base(y[k].deprel) != SIMA_DEP_OBL || v <= (int32_t)k ||
        v >= (int32_t)end || y[v].upos != SIMA_UPOS_VERB)
      continue;
    /* (the phrase opens with its "for", right after the subject noun) */
    int32_t cs = -1;
    for (uint32_t m = first; m < k; m++)
      if (y[m].head == (int32_t)k && y[m].deprel == SIMA_DEP_CASE) {
        cs = (int32_t)m;
        break;
      }
    if (cs <= (int32_t)first || !y[cs].lemma ||
        sima_casecmp(y[cs].lemma, "for"))
      continue;
    int32_t s = cs - 1;
    if (y[s].head != v || y[s].upos != SIMA_UPOS_NOUN ||
        (y[s].deprel != SIMA_DEP_NSUBJ && y[s].deprel != SIMA_DEP_NSUBJ_PASS))
      continue;
    /* (no verb inside the phrase) */
    int verb = 0;
    for (uint32_t m = (uint32_t)cs + 1; m < (uint32_t)v && !verb; m++)
      if (descends(y, first, end, (int32_t)m, (int32_t)k) &&
          (y[m].upos == SIMA_UPOS_VERB || y[m].upos == SIMA_UPOS_AUX))
        verb = 1;
    if (verb)
      continue;
    y[k].head = s;
    y[k].deprel = SIMA_DEP_NMOD;
  }
}

/* RULE C-REPAIR (infinitive's object read as a subject): "the agreement
** to create the MACCIH, which was signed by ..., violates the constitution"
** is sometimes parsed with both "agreement" and "MACCIH" subjects of
** "violates": a verb has one subject, and a noun right after a
** to-infinitive on the first subject (only its determiner and modifiers
** between), the infinitive having no object, is that infinitive's
** object. */
static void repair_infinitive_object(sima_syntax *y, uint32_t first,
                                     uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t k = first + 2; k < end; k++) {
    int32_t v = y[k].head;
    if (y[k].deprel != SIMA_DEP_NSUBJ || v <= (int32_t)k || v >= (int32_t)end ||
        (y[k].upos != SIMA_UPOS_NOUN && y[k].upos != SIMA_UPOS_PROPN))
      continue;
    /* (the words before k down to the infinitive: k's own modifiers) */
    int32_t j = (int32_t)k - 1;
    while (j > (int32_t)first && y[j].head == (int32_t)k &&
           (y[j].deprel == SIMA_DEP_DET || deprel_base(y[j].deprel) == SIMA_DEP_AMOD ||
            deprel_base(y[j].deprel) == SIMA_DEP_COMPOUND))
      j--;
    if (j <= (int32_t)first || y[j].upos != SIMA_UPOS_VERB ||
        y[j].xpos != SIMA_XPOS_VB || y[j].deprel != SIMA_DEP_ACL)
      continue;
    int32_t s = y[j].head;
    if (s < (int32_t)first || s >= j || y[s].head != v ||
        y[s].deprel != SIMA_DEP_NSUBJ)
      continue;
    int to = 0, obj = 0;
    for (uint32_t m = first; m < end; m++) {
      if (y[m].head != j)
        continue;
      if (y[m].deprel == SIMA_DEP_MARK && y[m].lemma &&
          !sima_casecmp(y[m].lemma, "to"))
        to = 1;
      if (deprel_base(y[m].deprel) == SIMA_DEP_OBJ)
        obj = 1;
    }
    if (!to || obj)
      continue;
    y[k].head = j;
    y[k].deprel = SIMA_DEP_OBJ;
  }
}

static int is_time_noun(const char *l);

/* Is l a month's name (any case)? */
static int is_month(const char *l) {
  static const char *const mn[] = {
      "april", "august", "december", "february", "january", "july",
      "june",  "march",  "may",      "november", "october", "september"};
  for (size_t i = 0; l && i < sizeof mn / sizeof *mn; i++)
    if (!sima_casecmp(l, mn[i]))
      return 1;
  return 0;
}

/* The one token of [first, end) without a head (the sentence's root), or
** -1 when there is none or more than one. */
static int32_t sole_root(const sima_syntax *y, uint32_t first, uint32_t end) {
  int32_t r = -1;
  for (uint32_t t = first; t < end; t++)
    if (y[t].head < 0) {
      if (r >= 0)
        return -1;
      r = (int32_t)t;
    }
  return r;
}

/* RULE C-REPAIR (name before the subject): "Montenegro Municipality
** Association (AKK) officials demanded support", parsed with the name the
** root and the verb hung on it (apposition, parataxis), the officials its
** subject: a root name opening the sentence, its phrase (no verb, no
** punctuation but brackets) ending right before the subject of that verb,
** modifies the subject (compound), and the verb is the root. */
static void repair_root_name_subject(sima_syntax *y, uint32_t first,
                                     uint32_t count) {
  uint32_t end = first + count;
  int32_t r = sole_root(y, first, end);
  if (r < 0 || y[r].upos != SIMA_UPOS_PROPN)
    return;
  for (uint32_t v = (uint32_t)r + 2; v < end; v++) {
    unsigned vb = deprel_base(y[v].deprel);
    if (y[v].head != r || y[v].upos != SIMA_UPOS_VERB ||
        (vb != SIMA_DEP_APPOS && vb != SIMA_DEP_PARATAXIS &&
         vb != SIMA_DEP_DEP))
      continue;
    int32_t sj = -1;
    for (uint32_t k = (uint32_t)r + 1; k < v; k++)
      if (y[k].head == (int32_t)v && y[k].deprel == SIMA_DEP_NSUBJ)
        sj = sj < 0 ? (int32_t)k : -2;
    if (sj < 0 ||
        (y[sj].upos != SIMA_UPOS_NOUN && y[sj].upos != SIMA_UPOS_PROPN))
      continue;
    /* the subject's phrase, from p up to the verb */
    int32_t p = sj;
    while (p > r + 1 && y[p - 1].head == sj && y[p - 1].upos != SIMA_UPOS_PUNCT)
      p--;
    int ok = y[p - 1].upos != SIMA_UPOS_PUNCT ||
             (y[p - 1].lemma && !strcmp(y[p - 1].lemma, ")"));
    /* (a name's phrase: no verb, no punctuation but brackets) */
    for (int32_t k = (int32_t)first; k < p && ok; k++)
      ok = y[k].upos != SIMA_UPOS_VERB && y[k].upos != SIMA_UPOS_AUX &&
           (y[k].upos != SIMA_UPOS_PUNCT ||
            (y[k].lemma &&
             (!strcmp(y[k].lemma, "(") || !strcmp(y[k].lemma, ")"))));
    for (int32_t k = r + 1; k < p && ok; k++)
      ok = descends(y, first, end, k, r);
    for (int32_t k = sj + 1; k < (int32_t)v && ok; k++)
      ok = descends(y, first, end, k, sj);
    for (int32_t k = (int32_t)first; k < r && ok; k++)
      ok = descends(y, first, end, k, r);
    if (!ok)
      continue;
    y[v].head = -1;
    y[v].deprel = SIMA_DEP_ROOT;
    y[r].head = sj;
    y[r].deprel = SIMA_DEP_COMPOUND;
    for (uint32_t k = v + 1; k < end; k++)
      if (y[k].head == r)
        y[k].head = (int32_t)v;
    return;
  }
}

/* RULE C-REPAIR (phrase of the reported clause): "Judge Rivera opened
** investigations against 28 officials suspected of taking kickbacks, the
** court said Friday", parsed with "said" the root, "opened" its clausal
** complement and the against-phrase hung on "said": the words between a
** reported clause before its speech verb and the comma before the speaker
** are the reported clause's, so a phrase there hung on the speech verb
** belongs to the reported verb (with its relation).  So with the reported
** verb the root and the speech verb its parataxis (UD's convention: "The
** EC may halt its mediation if cooperation founders, the Dutch foreign
** minister said", the if-clause hung on "said"). */
static void repair_reported_phrase(sima_syntax *y, uint32_t first,
                                   uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first + 2; v < end; v++) {
    if (!speech_verb(y, v))
      continue;
    int32_t c = -1, sj = -1;
    /* (or the reported verb the root, "said" its parataxis: UD's
    ** convention, "The EC may halt mediation if cooperation founders,
    ** the Dutch foreign minister said") */
    if (y[v].deprel == SIMA_DEP_PARATAXIS && y[v].head >= (int32_t)first &&
        y[v].head < (int32_t)v && y[y[v].head].upos == SIMA_UPOS_VERB)
      c = y[v].head;
    for (uint32_t k = first; k < v; k++) {
      if (y[k].head != (int32_t)v)
        continue;
      if (y[k].deprel == SIMA_DEP_CCOMP && y[k].upos == SIMA_UPOS_VERB && c < 0)
        c = (int32_t)k;
      else if (y[k].deprel == SIMA_DEP_NSUBJ && c >= 0 && (int32_t)k > c)
        sj = (int32_t)k;
    }
    if (c < 0 || sj < 0 ||
        has_dep(y, first, end, (uint32_t)c, SIMA_DEP_MARK, 0))
      continue;
    /* the comma opening the speaker's phrase */
    int32_t p = sj;
    while (p > c + 1 && descends(y, first, end, p - 1, sj) &&
           y[p - 1].upos != SIMA_UPOS_PUNCT)
      p--;
    if (p <= c + 1 || !y[p - 1].lemma || strcmp(y[p - 1].lemma, ","))
      continue;
    int ok = 1; /* the speaker's phrase runs up to the verb */
    for (int32_t k = sj + 1; k < (int32_t)v && ok; k++)
      ok = descends(y, first, end, k, sj);
    for (int32_t k = c + 1; k < p - 1 && ok; k++) {
      int accord = 0; /* ("according to X" stays the speech's source) */
      for (int32_t m = c + 1; m < k; m++)
        if (y[m].head == k && y[m].lemma &&
            (!sima_casecmp(y[m].lemma, "according") ||
             !sima_casecmp(y[m].lemma, "accord")))
          accord = 1;
      if (y[k].head == (int32_t)v && y[k].deprel != SIMA_DEP_PUNCT &&
          y[k].deprel != SIMA_DEP_CC && !accord)
        y[k].head = c;
    }
  }
}

/* RULE C-REPAIR (more than a number): "will release the prime minister
** and more than 30 members of his government", parsed with "more" the
** conjunct and the members hung on it: "more than", "less than" and
** "fewer than" before a number bound that number; the counted noun after
** it takes their place and relation, and they modify the number. */
static void repair_more_than(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t m = first; m + 3 < end; m++) {
    if (!y[m].lemma || !y[m + 1].lemma ||
        sima_casecmp(y[m + 1].lemma, "than") ||
        y[m + 2].upos != SIMA_UPOS_NUM ||
        (sima_casecmp(y[m].lemma, "more") && sima_casecmp(y[m].lemma, "less") &&
         sima_casecmp(y[m].lemma, "many") && sima_casecmp(y[m].lemma, "few") &&
         sima_casecmp(y[m].lemma, "little")))
      continue;
    int32_t n = -1;
    for (uint32_t k = m + 3; k < end && k < m + 8 && n < 0; k++)
      if (y[k].head == (int32_t)m &&
          (y[k].upos == SIMA_UPOS_NOUN || y[k].upos == SIMA_UPOS_PROPN))
        n = (int32_t)k;
    if (n < 0 || !descends(y, first, end, (int32_t)m + 2, n))
      continue;
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == (int32_t)m && k != m + 1)
        y[k].head = n;
    y[n].head = y[m].head;
    y[n].deprel = y[m].deprel;
    y[m].head = (int32_t)m + 2;
    y[m].deprel = SIMA_DEP_ADVMOD;
    y[m + 1].head = (int32_t)m;
    y[m + 1].deprel = SIMA_DEP_FIXED;
  }
}

/* RULE C-REPAIR (prepositional root): a phrase opened by a preposition
** is no sentence: "With the signing of a memorandum, the Sudanese
** government and the SPLM have agreed to allow ...", parsed with
** "signing" the root, the government its apposition and "agreed" a
** participle of the government: when the root is a noun with a case
** marker, a verb with an auxiliary or a finite tag and no subject, hung
** as a modifier (acl) on the noun right before it that is the root's
** apposition, is the root; that noun is its subject and the old root its
** oblique. */
static void repair_prep_root(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  int32_t r = sole_root(y, first, end);
  if (r < 0 || (y[r].upos != SIMA_UPOS_NOUN && y[r].upos != SIMA_UPOS_PROPN) ||
      !has_dep(y, first, end, (uint32_t)r, SIMA_DEP_CASE, 0))
    return;
  for (uint32_t v = (uint32_t)r + 2; v < end; v++) {
    int32_t n = y[v].head;
    if (y[v].upos != SIMA_UPOS_VERB || y[v].deprel != SIMA_DEP_ACL || n <= r ||
        n >= (int32_t)v || y[n].head != r || y[n].deprel != SIMA_DEP_APPOS ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN))
      continue;
    int fin = y[v].xpos == SIMA_XPOS_VBD || y[v].xpos == SIMA_XPOS_VBZ ||
              y[v].xpos == SIMA_XPOS_VBP;
    int ok = 1;
    for (uint32_t k = (uint32_t)n + 1; k < v && ok; k++) {
      if (y[k].head == (int32_t)v &&
          deprel_base(y[k].deprel) == SIMA_DEP_AUX &&
          y[k].upos == SIMA_UPOS_AUX)
        fin = 1;
      ok = descends(y, first, end, (int32_t)k, n) ||
           (y[k].head == (int32_t)v &&
            deprel_base(y[k].deprel) != SIMA_DEP_NSUBJ);
    }
    if (!ok || !fin || has_dep(y, first, end, v, SIMA_DEP_NSUBJ, 0) ||
        has_dep(y, first, end, v, SIMA_DEP_NSUBJ_PASS, 0))
      continue;
    y[v].head = -1;
    y[v].deprel = SIMA_DEP_ROOT;
    y[n].head = (int32_t)v;
    y[n].deprel = SIMA_DEP_NSUBJ;
    y[r].head = (int32_t)v;
    y[r].deprel = SIMA_DEP_OBL;
    for (uint32_t k = v + 1; k < end; k++)
      if (y[k].head == r)
        y[k].head = (int32_t)v;
    return;
  }
}

/* RULE C-REPAIR (suspected object): the same participle of suspicion
** parsed as the open complement of the past verb right before it, with
** the noun phrase after it as its object ("Zambia extradited suspected
** British militant Haroon Aswad to Britain": suspected --xcomp-->
** extradited, Aswad --obj--> suspected), modifies that noun, which is the
** verb's object; its other dependents are the verb's. */
static void repair_suspect_xcomp(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  static const char *const adj[] = {"accuse", "allege", "convict", "detain",
                                    "exile",  "jail",   "suspect", "want"};
  uint32_t end = first + count;
  for (uint32_t a = first; a + 2 < end; a++) {
    uint32_t h = a + 1;
    if (y[a].upos != SIMA_UPOS_VERB || y[a].xpos != SIMA_XPOS_VBD ||
        y[h].head != (int32_t)a || y[h].deprel != SIMA_DEP_XCOMP ||
        y[h].xpos != SIMA_XPOS_VBN || !y[h].lemma ||
        !CODER_IN(adj, y[h].lemma) ||
        has_dep(y, first, end, a, SIMA_DEP_OBJ, 0))
      continue;
    int32_t n = -1;
    for (uint32_t k = h + 1; k < end && k < h + 9 && n < 0; k++)
      if (y[k].head == (int32_t)h && y[k].deprel == SIMA_DEP_OBJ &&
          (y[k].upos == SIMA_UPOS_NOUN || y[k].upos == SIMA_UPOS_PROPN))
        n = (int32_t)k;
    int ok = n >= 0;
    for (int32_t k = (int32_t)h + 1; k < n && ok; k++)
      ok = descends(y, first, end, k, n);
    if (!ok)
      continue;
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == (int32_t)h && (int32_t)k != n)
        y[k].head = (int32_t)a;
    y[n].head = (int32_t)a;
    y[n].deprel = SIMA_DEP_OBJ;
    y[h].head = n;
    y[h].deprel = SIMA_DEP_AMOD;
  }
}

/* RULE C-REPAIR (including in the subject): "Russian aircraft including
** helicopter gunships killed 46 civilians", parsed with "killed" a
** relative clause on the aircraft and the gunships its subject: a noun
** opened by "including" is an example of the noun before
** it, not a subject; a relative clause with such a subject and no
** relative word of its own on the root noun is the sentence's verb, the
** root noun its subject and the example that noun's modifier. */
static void repair_including_subject(sima_syntax *y, uint32_t first,
                                     uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t sj = first + 1; sj < end; sj++) {
    int32_t v = y[sj].head;
    if (deprel_base(y[sj].deprel) != SIMA_DEP_NSUBJ || v <= (int32_t)sj ||
        v >= (int32_t)end || y[v].upos != SIMA_UPOS_VERB ||
        y[v].deprel != SIMA_DEP_ACL_RELCL)
      continue;
    int incl = 0;
    for (uint32_t k = first; k < sj; k++)
      if (y[k].head == (int32_t)sj && y[k].deprel == SIMA_DEP_CASE &&
          y[k].lemma &&
          (!sima_casecmp(y[k].lemma, "including") ||
           !sima_casecmp(y[k].lemma, "include")))
        incl = 1;
    int32_t r = y[v].head;
    if (!incl || r < (int32_t)first || r >= (int32_t)sj ||
        (y[r].upos != SIMA_UPOS_NOUN && y[r].upos != SIMA_UPOS_PROPN))
      continue;
    int rel = 0; /* a relative word of the clause's own */
    for (uint32_t k = (uint32_t)r + 1; k < (uint32_t)v; k++)
      if (y[k].head == v &&
          (y[k].xpos == SIMA_XPOS_WDT || y[k].xpos == SIMA_XPOS_WP ||
           y[k].xpos == SIMA_XPOS_WRB))
        rel = 1;
    if (rel)
      continue;
    y[v].head = y[r].head;
    y[v].deprel = y[r].head < 0 ? SIMA_DEP_ROOT : y[r].deprel;
    y[r].head = v;
    y[r].deprel = SIMA_DEP_NSUBJ;
    y[sj].head = r;
    y[sj].deprel = SIMA_DEP_NMOD;
    for (uint32_t k = (uint32_t)v + 1; k < end; k++)
      if (y[k].head == r)
        y[k].head = v;
  }
}

/* RULE C-REPAIR (adjective in -ing): "threatened to deliver devastating
** blows to the United States", parsed with "devastating" a clause of
** "deliver" and the blows its object: an -ing form common as an adjective
** (devastating, crushing, growing, mounting, ...) right before a noun it
** has as its object, with no other dependents but obliques after it, hung
** as a clause on a verb with no object of its own, modifies that noun
** (amod), which is the verb's object; the obliques are the verb's. */
static void repair_ing_adjective(const sima_doc *doc, sima_syntax *y,
                                 uint32_t first, uint32_t count) {
  static const char *const ing[] = {
      "crippling",  "crushing",   "damaging",    "devastating", "escalating",
      "growing",    "increasing", "lasting",     "mounting",    "punishing",
      "staggering", "sweeping",   "unrelenting", "withering"};
  uint32_t end = first + count;
  for (uint32_t g = first + 1; g + 1 < end; g++) {
    unsigned b = deprel_base(y[g].deprel);
    int32_t v = y[g].head;
    if (y[g].xpos != SIMA_XPOS_VBG ||
        (b != SIMA_DEP_XCOMP && b != SIMA_DEP_ADVCL && b != SIMA_DEP_CCOMP) ||
        v < (int32_t)first || v >= (int32_t)g || y[v].upos != SIMA_UPOS_VERB ||
        has_dep(y, first, end, (uint32_t)v, SIMA_DEP_OBJ, 0))
      continue;
    const sima_token *tk = &doc->tokens[g];
    char w[16];
    if (tk->len >= sizeof w)
      continue;
    for (uint32_t k = 0; k < tk->len; k++)
      w[k] = (char)tolower((unsigned char)doc->text[tk->off + k]);
    w[tk->len] = 0;
    if (!CODER_IN(ing, w))
      continue;
    int32_t o = -1, other = 0;
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == (int32_t)g) {
        if (y[k].deprel == SIMA_DEP_OBJ && o < 0)
          o = (int32_t)k;
        else if (o < 0 || deprel_base(y[k].deprel) != SIMA_DEP_OBL)
          other = 1; /* (an oblique after the object is the verb's) */
      }
    if (o < 0 || other ||
        (y[o].upos != SIMA_UPOS_NOUN && y[o].upos != SIMA_UPOS_PROPN))
      continue;
    int ok = 1; /* the noun's phrase starts right after the -ing word */
    for (int32_t k = (int32_t)g + 1; k < o && ok; k++)
      ok = descends(y, first, end, k, o);
    if (!ok)
      continue;
    for (uint32_t k = (uint32_t)o + 1; k < end; k++)
      if (y[k].head == (int32_t)g)
        y[k].head = v;
    y[o].head = v;
    y[o].deprel = SIMA_DEP_OBJ;
    y[g].head = o;
    y[g].deprel = SIMA_DEP_AMOD;
  }
}

/* RULE C-REPAIR (bare reported verb): "The rebels reject proposed
** changes to the deal, their chief negotiator said", parsed with "reject"
** a clausal complement of "said" with no dependents, and the rebels and
** the changes both subjects of "said": a finite verb with no dependents
** hung as the complement of a speech verb, between that verb's first
** subject (opening the sentence) and a second subject whose phrase starts
** right after it, with the speaker a third subject after a comma, takes
** the first as its subject and the second as its object; a noun conjunct
** of the object right after that comma is the speaker's title. */
static void repair_bare_reported(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t s = first + 3; s < end; s++) {
    if (!speech_verb(y, s))
      continue;
    int32_t v = -1, n1 = -1, n2 = -1, sp = -1;
    for (uint32_t k = first; k < s; k++) {
      if (y[k].head != (int32_t)s)
        continue;
      if (y[k].deprel == SIMA_DEP_CCOMP && y[k].upos == SIMA_UPOS_VERB &&
          (y[k].xpos == SIMA_XPOS_VBP || y[k].xpos == SIMA_XPOS_VBD ||
           y[k].xpos == SIMA_XPOS_VBZ) &&
          v < 0)
        v = (int32_t)k;
      else if (y[k].deprel == SIMA_DEP_NSUBJ) {
        if (v < 0 && n1 < 0)
          n1 = (int32_t)k;
        else if (v >= 0 && n2 < 0)
          n2 = (int32_t)k;
        else if (n2 >= 0 && sp < 0)
          sp = (int32_t)k;
      }
    }
    if (v < 0 || n1 < 0 || n2 < 0 || sp < 0 ||
        (y[n2].upos != SIMA_UPOS_NOUN && y[n2].upos != SIMA_UPOS_PROPN))
      continue;
    int ok = 1;
    for (uint32_t k = first; k < end && ok; k++)
      ok = y[k].head != v; /* no dependents of its own */
    for (int32_t k = (int32_t)first; k < v && ok; k++)
      ok = descends(y, first, end, k, n1);
    for (int32_t k = v + 1; k < n2 && ok; k++)
      ok = descends(y, first, end, k, n2);
    /* the comma before the speaker's phrase, after the object's */
    int32_t cm = -1;
    for (int32_t k = n2 + 1; k < sp && ok; k++)
      if (y[k].upos == SIMA_UPOS_PUNCT && y[k].lemma &&
          !strcmp(y[k].lemma, ","))
        cm = k;
    if (!ok || cm < 0)
      continue;
    y[n1].head = v;
    y[n2].head = v;
    y[n2].deprel = SIMA_DEP_OBJ;
    for (int32_t k = cm + 1; k < sp; k++)
      if (y[k].head == n2 && y[k].deprel == SIMA_DEP_CONJ &&
          y[k].upos == SIMA_UPOS_NOUN) {
        y[k].head = sp;
        y[k].deprel = SIMA_DEP_NMOD_DESC;
      }
    if (y[cm].head == n2)
      y[cm].head = (int32_t)s;
  }
}

/* RULE C-REPAIR (title before a name): a common noun right before a
** proper name is the name's title ("NATO-member Norway is willing ...":
** member --nsubj--> willing, Norway --appos--> member; "Ousted president
** Jean Aristide has been accused": president and Jean both passive
** subjects).  A name hung as an apposition on the common noun right
** before it, with no punctuation between, when that noun is a subject
** with no name of its own before it but one joined by a hyphen, takes the
** noun's place and relation (the noun's later dependents are the name's;
** "the capital Kabul" elsewhere is left alone); a common noun
** subject right before a proper-name subject of the same verb (not a day
** or month) becomes the name's title (nmod:desc). */
static void repair_title_name(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t a = first + 1; a < end; a++) {
    int32_t n = (int32_t)a - 1;
    if (y[a].upos != SIMA_UPOS_PROPN || y[n].upos != SIMA_UPOS_NOUN ||
        !y[a].lemma || is_time_word(y[a].lemma) || is_month(y[a].lemma))
      continue;
    /* (not after a name of the noun's own, "CICIG head Ivan Velasquez",
    ** "PRD candidate Lopez Obrador": the office in context; a name joined
    ** by a hyphen, "NATO-member", modifies like an adjective) */
    int org = 0;
    for (int32_t k = (int32_t)first; k < n; k++)
      if (y[k].head == n && y[k].upos == SIMA_UPOS_PROPN &&
          !(y[k + 1].upos == SIMA_UPOS_PUNCT && y[k + 1].lemma &&
            !strcmp(y[k + 1].lemma, "-")))
        org = 1;
    if (y[a].deprel == SIMA_DEP_APPOS && y[a].head == n && !org &&
        deprel_base(y[n].deprel) == SIMA_DEP_NSUBJ) {
      for (uint32_t k = first; k < end; k++)
        if (y[k].head == n && k > a)
          y[k].head = (int32_t)a;
      y[a].head = y[n].head;
      y[a].deprel = y[n].deprel;
      y[n].head = (int32_t)a;
      y[n].deprel = SIMA_DEP_NMOD_DESC;
      continue;
    }
    unsigned b = deprel_base(y[a].deprel);
    if (b == SIMA_DEP_NSUBJ && y[n].head == y[a].head &&
        y[n].deprel == y[a].deprel) {
      y[n].head = (int32_t)a;
      y[n].deprel = SIMA_DEP_NMOD_DESC;
    }
  }
}

/* RULE C-REPAIR (adjective on the verb): "Ithilen's awful and evil
** minister Calimehtar warned ..." is often parsed with "awful" an
** adjective of the verb "warned", "minister" its conjunct and the
** possessor on the verb.  A verb takes no adjectival modifier: an
** adjective hung on a verb after it as amod, with a common noun conjunct
** right before the name that is the verb's subject, is the first of the
** noun's adjectives ("awful and evil minister"), the noun the name's title
** (nmod:desc, as repair_title_name makes it) and a possessor on the verb
** before the adjective the noun's. */
static void repair_adj_on_verb(sima_syntax *y, uint32_t first,
                               uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t a = first; a + 3 < end; a++) {
    int32_t v = y[a].head;
    if (y[a].upos != SIMA_UPOS_ADJ || y[a].deprel != SIMA_DEP_AMOD ||
        v <= (int32_t)a + 2 || v >= (int32_t)end ||
        y[v].upos != SIMA_UPOS_VERB)
      continue;
    uint32_t m = a + 1;
    while (m < (uint32_t)v && !(y[m].head == (int32_t)a &&
                                y[m].deprel == SIMA_DEP_CONJ))
      m++;
    uint32_t p = m + 1;
    if (p >= (uint32_t)v || y[m].upos != SIMA_UPOS_NOUN ||
        y[p].upos != SIMA_UPOS_PROPN || y[p].head != v ||
        deprel_base(y[p].deprel) != SIMA_DEP_NSUBJ)
      continue;
    int ok = 1;
    for (uint32_t k = a + 1; k < m; k++)
      ok &= y[k].head == (int32_t)m || y[k].head == (int32_t)a;
    if (!ok)
      continue;
    for (uint32_t k = first; k < a; k++)
      if (y[k].head == v && y[k].deprel == SIMA_DEP_NMOD_POSS)
        y[k].head = (int32_t)m;
    y[a].head = (int32_t)m;
    y[m].head = (int32_t)p;
    y[m].deprel = SIMA_DEP_NMOD_DESC;
  }
}

/* RULE C-REPAIR (number before its noun): "has sent 21 military and
** civilian personnel to Bosnia", parsed with the number the verb's object
** and the noun a bare oblique (obl:unmarked): a number object right
** before the phrase of a caseless oblique of the same verb counts that
** noun, which is the object. */
static void repair_number_noun(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t k = first; k + 1 < end; k++) {
    int32_t v = y[k].head;
    if (y[k].upos != SIMA_UPOS_NUM || y[k].deprel != SIMA_DEP_OBJ ||
        v < (int32_t)first || v >= (int32_t)end)
      continue;
    int32_t n = -1;
    for (uint32_t m = k + 1; m < end && m < k + 8 && n < 0; m++)
      if (y[m].head == v)
        n = (int32_t)m;
    if (n < 0 || y[n].upos != SIMA_UPOS_NOUN ||
        (y[n].deprel != SIMA_DEP_OBL_UNMARKED &&
         (y[n].deprel != SIMA_DEP_OBL ||
          has_dep(y, first, end, (uint32_t)n, SIMA_DEP_CASE, 0))) ||
        (y[n].lemma && is_time_noun(y[n].lemma)))
      continue;
    int ok = 1;
    for (uint32_t m = k + 1; m < (uint32_t)n && ok; m++)
      ok = descends(y, first, end, (int32_t)m, n);
    if (!ok)
      continue;
    y[k].head = n;
    y[k].deprel = SIMA_DEP_NUMMOD;
    y[n].deprel = SIMA_DEP_OBJ;
  }
}

/* RULE C-REPAIR (up to a number): "will allow up to 13,000 refugees to
** return", parsed with "up" a particle of the verb and "to" the case of
** the counted noun, an oblique: "up to" before a number bounds the
** number; the noun is the verb's object when the verb has none.  "Up to
** 100 ethnic Albanians demonstrated", parsed with "up" and "to" both cases
** of the noun, or "up" an adverb of the verb, the noun an oblique of the
** verb after it (the dense parser's shapes): the same, and the noun is
** the verb's subject when the verb has none.  The dense parser may also
** hang "to" on the number (nummod of the noun): the noun is the same. */
static void repair_up_to(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t u = first; u + 2 < end; u++) {
    uint32_t t = u + 1, q = u + 2;
    if (!y[u].lemma || sima_casecmp(y[u].lemma, "up") || !y[t].lemma ||
        sima_casecmp(y[t].lemma, "to") || y[t].deprel != SIMA_DEP_CASE ||
        y[q].upos != SIMA_UPOS_NUM)
      continue;
    int32_t n = y[t].head;
    /* ("to" the case of the number itself: the noun the number counts) */
    if (n == (int32_t)q && y[q].head > (int32_t)q &&
        y[q].head < (int32_t)end && y[q].deprel == SIMA_DEP_NUMMOD)
      n = y[q].head;
    /* "up" on the verb, or a second case of the noun (then before it) */
    int cased = y[u].head == n && y[u].deprel == SIMA_DEP_CASE;
    int32_t v = cased && n >= (int32_t)first && n < (int32_t)end ? y[n].head
                                                                 : y[u].head;
    /* (before its verb, the noun may open the sentence and be a name) */
    int pre = v >= (int32_t)first && v < (int32_t)end && n > (int32_t)q &&
              n < v;
    if ((u == first && !cased && !pre) || v < (int32_t)first ||
        v >= (int32_t)end || y[v].upos != SIMA_UPOS_VERB)
      continue;
    if (n <= (int32_t)q || n >= (int32_t)end || y[n].head != v ||
        deprel_base(y[n].deprel) != SIMA_DEP_OBL ||
        (y[n].upos != SIMA_UPOS_NOUN &&
         !((cased || pre) && y[n].upos == SIMA_UPOS_PROPN)) ||
        !descends(y, first, end, (int32_t)q, n))
      continue;
    y[u].head = (int32_t)q;
    y[u].deprel = SIMA_DEP_ADVMOD;
    y[t].head = (int32_t)u;
    y[t].deprel = SIMA_DEP_FIXED;
    if (n < v) {
      int subj = 0;
      for (uint32_t k = first; k < end; k++)
        if (y[k].head == v && deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
          subj = 1;
      if (!subj)
        y[n].deprel = SIMA_DEP_NSUBJ;
    } else if (!has_dep(y, first, end, (uint32_t)v, SIMA_DEP_OBJ, 0)) {
      y[n].deprel = SIMA_DEP_OBJ;
    }
  }
}

/* RULE C-REPAIR (aspect gerund): "When Iran ceased arming the rebels, ..."
** is often parsed with the gerund an adverbial clause (advcl) of "ceased":
** a gerund (VBG) right after cease, quit or stop, with no marker and no
** subject of its own, on a verb with no object, is the verb's complement
** (xcomp), so the pattern that names it ("stop" + xcomp "arm": 1622) takes
** it in and it is not coded again as the act that stopped.  Returns
** nothing; changes the deprel only. */
static void repair_aspect_gerund(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  /* Sorted. */
  static const char *const av[] = {"cease", "quit", "stop"};
  uint32_t end = first + count;
  for (uint32_t g = first + 1; g < end; g++) {
    int32_t v = y[g].head;
    if (v != (int32_t)g - 1 || y[g].deprel != SIMA_DEP_ADVCL ||
        y[g].xpos != SIMA_XPOS_VBG || y[v].upos != SIMA_UPOS_VERB ||
        !y[v].lemma ||
        !coder_in_sorted(av, sizeof av / sizeof *av, y[v].lemma) ||
        has_dep(y, first, end, (uint32_t)v, SIMA_DEP_OBJ, 0) ||
        has_dep(y, first, end, g, SIMA_DEP_MARK, 0) ||
        has_dep(y, first, end, g, SIMA_DEP_NSUBJ, 0))
      continue;
    y[g].deprel = SIMA_DEP_XCOMP;
  }
}

/* RULE C-REPAIR (passive subject): a passive auxiliary makes a passive
** clause: the nominal subject (nsubj) of a past participle (VBN) with a
** passive auxiliary of "be" or "get" between the two ("A US national has
** been put under investigation": national --nsubj--> put) is its passive
** subject, unless the verb has one already. */
static void repair_passive_subject(sima_syntax *y, uint32_t first,
                                   uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t k = first; k < end; k++) {
    int32_t v = y[k].head;
    if (y[k].deprel != SIMA_DEP_NSUBJ || v < (int32_t)first ||
        v >= (int32_t)end || y[v].upos != SIMA_UPOS_VERB ||
        y[v].xpos != SIMA_XPOS_VBN)
      continue;
    int pass = 0;
    for (uint32_t m = first; m < end; m++)
      if (y[m].head == v && y[m].deprel == SIMA_DEP_AUX_PASS && y[m].lemma &&
          (!sima_casecmp(y[m].lemma, "be") ||
           !sima_casecmp(y[m].lemma, "get")) &&
          m > k && (int32_t)m < v)
        pass = 1;
    if (pass && !has_dep(y, first, end, (uint32_t)v, SIMA_DEP_OBJ, 0) &&
        !has_dep(y, first, end, (uint32_t)v, SIMA_DEP_NSUBJ_PASS, 0))
      y[k].deprel = SIMA_DEP_NSUBJ_PASS;
  }
}

/* RULE C-REPAIR (of before a name): "of" does not open a clause with a
** subject: "Settlers in the city of Hebron set fire to ...", parsed with
** "of" the marker of "set" and Hebron its subject, the clause hung on
** "city" (acl).  A finite or bare verb (VB, VBD, VBP, VBZ) with the
** marker "of" right before its nominal subject, a proper name, hung as a
** clause on a noun: the name is that noun's nmod with "of" its case, and
** the verb, no longer a clause of the noun, is the reported clause
** (ccomp) of the speech verb whose subject heads the chain of nmod
** phrases the noun ends, when that speech verb has a subject of its own
** after the clause; the head of the chain is the verb's subject. */
static void repair_of_name(const sima_doc *doc, sima_syntax *y, uint32_t first,
                           uint32_t count) {
  (void)doc;
  uint32_t end = first + count;
  for (uint32_t n = first + 2; n + 1 < end; n++) {
    int32_t v = y[n].head, of = (int32_t)n - 1;
    if (y[n].deprel != SIMA_DEP_NSUBJ || y[n].upos != SIMA_UPOS_PROPN ||
        v <= (int32_t)n || v >= (int32_t)end || y[v].upos != SIMA_UPOS_VERB ||
        (y[v].xpos != SIMA_XPOS_VB && y[v].xpos != SIMA_XPOS_VBD &&
         y[v].xpos != SIMA_XPOS_VBP && y[v].xpos != SIMA_XPOS_VBZ) ||
        deprel_base(y[v].deprel) != SIMA_DEP_ACL || y[of].head != v ||
        y[of].deprel != SIMA_DEP_MARK || !y[of].lemma ||
        sima_casecmp(y[of].lemma, "of"))
      continue;
    int32_t h = y[v].head;
    if (h < (int32_t)first || h >= of ||
        (y[h].upos != SIMA_UPOS_NOUN && y[h].upos != SIMA_UPOS_PROPN))
      continue;
    int32_t t = h; /* up the chain of nmod phrases */
    for (uint32_t i = 0;
         i < count && deprel_base(y[t].deprel) == SIMA_DEP_NMOD &&
         y[t].head >= (int32_t)first && y[t].head < t &&
         (y[y[t].head].upos == SIMA_UPOS_NOUN ||
          y[y[t].head].upos == SIMA_UPOS_PROPN);
         i++)
      t = y[t].head;
    int32_t s = y[t].head;
    if (y[t].deprel != SIMA_DEP_NSUBJ || s <= v || s >= (int32_t)end ||
        !speech_verb(y, s))
      continue;
    int speaker = 0;
    for (int32_t k = v + 1; k < s && !speaker; k++)
      speaker = y[k].head == s && y[k].deprel == SIMA_DEP_NSUBJ;
    if (!speaker)
      continue;
    y[n].head = h;
    y[n].deprel = SIMA_DEP_NMOD;
    y[of].head = (int32_t)n;
    y[of].deprel = SIMA_DEP_CASE;
    y[v].head = s;
    y[v].deprel = SIMA_DEP_CCOMP;
    y[t].head = v;
    y[t].deprel = SIMA_DEP_NSUBJ;
  }
}

/* RULE C-REPAIR (crowd acting after the object): "Police dispersed
** demonstrators protesting the results": the crowd protests, not the
** police.  A gerund (VBG) of collective action (protest and the collective
** verbs: demonstrate, march, rally, riot, flee, ...) hung as an adverbial
** clause (advcl) on a verb, with no subject, marker or auxiliary of its
** own, right after a noun of the verb's object (or of its phrase with
** to, at or against: "aid to refugees fleeing the war") with no
** punctuation between, modifies that noun (acl), as sparse's parse has
** it; a noun opened by another preposition (a place: "in the capital")
** is left alone. */
static void repair_crowd_gerund(sima_syntax *y, uint32_t first,
                                uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t g = first + 2; g < end; g++) {
    int32_t v = y[g].head;
    if (y[g].deprel != SIMA_DEP_ADVCL || y[g].upos != SIMA_UPOS_VERB ||
        y[g].xpos != SIMA_XPOS_VBG || !y[g].lemma || v < (int32_t)first ||
        v >= (int32_t)g ||
        (strcmp(y[g].lemma, "protest") && !is_collective_verb(y[g].lemma)))
      continue;
    /* the noun whose phrase ends right before the gerund */
    int32_t o = (int32_t)g - 1;
    for (uint32_t i = 0; i < count && o > v && y[o].upos != SIMA_UPOS_NOUN &&
                         y[o].upos != SIMA_UPOS_PROPN;
         i++)
      o = y[o].head;
    if (o <= v || o >= (int32_t)g || y[g - 1].upos == SIMA_UPOS_PUNCT ||
        (y[o].upos != SIMA_UPOS_NOUN && y[o].upos != SIMA_UPOS_PROPN) ||
        !descends(y, first, end, (int32_t)g - 1, o) ||
        !descends(y, first, end, o, v))
      continue;
    /* inside the verb's object or a to/at/against phrase, not a place */
    int32_t top = o;
    while (y[top].head != v)
      top = y[top].head;
    int placed = 0;
    for (int32_t k = v + 1; k < (int32_t)g && !placed; k++)
      placed = y[k].deprel == SIMA_DEP_CASE && y[k].lemma &&
               (y[k].head == o || y[k].head == top) &&
               sima_casecmp(y[k].lemma, "to") &&
               sima_casecmp(y[k].lemma, "at") &&
               sima_casecmp(y[k].lemma, "against");
    if (placed || (y[top].deprel != SIMA_DEP_OBJ &&
                   deprel_base(y[top].deprel) != SIMA_DEP_OBL))
      continue;
    int own = 0;
    for (uint32_t k = first; k < g && !own; k++) {
      unsigned b = deprel_base(y[k].deprel);
      own = y[k].head == (int32_t)g &&
            (b == SIMA_DEP_NSUBJ || y[k].deprel == SIMA_DEP_MARK ||
             b == SIMA_DEP_AUX || y[k].deprel == SIMA_DEP_NSUBJ_PASS);
    }
    if (own)
      continue;
    y[g].head = o;
    y[g].deprel = SIMA_DEP_ACL;
  }
}

/* RULE C-REPAIR (coordinated subjects): "Israel and the Palestinians
** reached a consensus", parsed with both names subjects of the verb and
** the conjunction its dependent: the second subject, after a
** coordinating conjunction (and, or) hung on the verb between the two
** with nothing but the first's phrase before it, is a conjunct of the
** first and the conjunction its coordinator (RULE C-COMPOUND).  (The
** sparse parse's two subjects with the conjunction on the second are
** left alone: "the police and the businessmen decided to do business
** with Tony" would become a mutual act.) */
static void repair_coord_subject(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t s2 = first + 2; s2 < end; s2++) {
    unsigned b = deprel_base(y[s2].deprel);
    int32_t v = y[s2].head;
    if (b != SIMA_DEP_NSUBJ || v <= (int32_t)s2 || v >= (int32_t)end)
      continue;
    int32_t s1 = -1, cc = -1;
    int bad = 0; /* anything else on the verb between: not this shape */
    for (uint32_t k = first; k < s2; k++) {
      int conj =
          y[k].deprel == SIMA_DEP_CC && y[k].lemma &&
          (!sima_casecmp(y[k].lemma, "and") || !sima_casecmp(y[k].lemma, "or"));
      if (y[k].head != v)
        continue;
      if (deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ && s1 < 0)
        s1 = (int32_t)k;
      else if (conj && s1 >= 0 && cc < 0)
        cc = (int32_t)k;
      else if (s1 >= 0)
        bad = 1;
    }
    if (s1 < 0 || cc < 0 || bad || deprel_base(y[s1].deprel) != b ||
        (y[s1].upos != SIMA_UPOS_NOUN && y[s1].upos != SIMA_UPOS_PROPN) ||
        (y[s2].upos != SIMA_UPOS_NOUN && y[s2].upos != SIMA_UPOS_PROPN))
      continue;
    /* between: s1's phrase, the conjunction, s2's phrase */
    int ok = 1;
    for (int32_t k = s1 + 1; k < (int32_t)s2 && ok; k++)
      ok = k == cc || descends(y, first, end, k, s1) ||
           descends(y, first, end, k, (int32_t)s2);
    for (int32_t k = cc + 1; k < (int32_t)s2 && ok; k++)
      ok = descends(y, first, end, k, (int32_t)s2);
    if (!ok)
      continue;
    y[cc].head = (int32_t)s2;
    y[s2].head = s1;
    y[s2].deprel = SIMA_DEP_CONJ;
  }
}

/* RULE C-REPAIR (reported clause before the speaker): "Five hundred
** Ugandan rebels surrendered last week ..., a local official said", parsed
** with the rebels a first subject of "said" and "surrendered" their
** participle: a speech verb with two subjects, the second right before it
** after a comma, and the first opening the sentence with a verb in its
** phrase (hung on it as a participle, acl, or a broken word, goeswith;
** not a conjunct: "Lions, tigers, and Gondor welcomed"), reports the
** first: its phrase is the reported clause (ccomp), as the participle
** repairs read it, not a list of speakers (split_subject would join
** them). */
static void repair_reported_subject(sima_syntax *y, uint32_t first,
                                    uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first + 3; v < end; v++) {
    if (!speech_verb(y, v))
      continue;
    int32_t s1 = -1, s2 = -1;
    for (uint32_t k = first; k < v; k++)
      if (y[k].head == (int32_t)v && y[k].deprel == SIMA_DEP_NSUBJ) {
        if (s1 < 0)
          s1 = (int32_t)k;
        else if (s2 < 0)
          s2 = (int32_t)k;
        else
          s1 = -2;
      }
    if (s1 < 0 || s2 < 0 ||
        (y[s1].upos != SIMA_UPOS_NOUN && y[s1].upos != SIMA_UPOS_PROPN))
      continue;
    /* the second subject's phrase: from after a comma up to the verb */
    uint32_t p = (uint32_t)s2;
    while (p > (uint32_t)s1 + 1 &&
           descends(y, first, end, (int32_t)p - 1, s2) &&
           y[p - 1].upos != SIMA_UPOS_PUNCT)
      p--;
    int ok = p > (uint32_t)s1 + 1 && y[p - 1].upos == SIMA_UPOS_PUNCT &&
             y[p - 1].lemma && !strcmp(y[p - 1].lemma, ",");
    for (uint32_t k = (uint32_t)s2 + 1; k < v && ok; k++)
      ok = descends(y, first, end, (int32_t)k, s2);
    /* the first: everything from the sentence start to the comma */
    int verb = 0;
    for (uint32_t k = first; k + 1 < p && ok; k++) {
      ok = descends(y, first, end, (int32_t)k, s1);
      if (k != (uint32_t)s1 && y[k].upos == SIMA_UPOS_VERB && y[k].head == s1 &&
          (deprel_base(y[k].deprel) == SIMA_DEP_ACL ||
           y[k].deprel == SIMA_DEP_GOESWITH))
        verb = 1;
    }
    if (!ok || !verb)
      continue;
    y[s1].deprel = SIMA_DEP_CCOMP;
    y[p - 1].head = (int32_t)v;
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
        deprel_base(y[n].deprel) != SIMA_DEP_NSUBJ)
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

/* RULE C-REPAIR (compound gerund): English has no verb "to peacekeep" or
** "to policymake": a one-word noun-gerund compound (peacekeeping,
** peacemaking, policymaking, ...) tagged as a gerund and parsed with the
** noun after it as its object ("the deployment of NATO peacekeeping
** troops": peacekeeping --acl--> deployment, troops --obj--> peacekeeping)
** modifies that noun, which takes its place; a name right before it on
** the same head ("NATO") is the noun's compound and gives it its case. */
static void repair_compound_gerund(const sima_doc *doc, sima_syntax *y,
                                   uint32_t first, uint32_t count) {
  static const char *const cg[] = {"decisionmaking", "lawmaking",
                                   "peacebuilding",  "peacekeeping",
                                   "peacemaking",    "policymaking",
                                   "rulemaking"};
  uint32_t end = first + count;
  for (uint32_t g = first; g + 1 < end; g++) {
    const sima_token *tk = &doc->tokens[g];
    char w[16];
    if (y[g].xpos != SIMA_XPOS_VBG || !tk->norm || tk->nnorm >= sizeof w)
      continue;
    for (size_t i = 0; i < tk->nnorm; i++)
      w[i] = (char)tolower((unsigned char)tk->norm[i]);
    w[tk->nnorm] = '\0';
    uint32_t o = g + 1;
    if (!CODER_IN(cg, w) || y[o].head != (int32_t)g ||
        y[o].deprel != SIMA_DEP_OBJ ||
        (y[o].upos != SIMA_UPOS_NOUN && y[o].upos != SIMA_UPOS_PROPN))
      continue;
    int32_t h = y[g].head;
    y[o].head = h;
    y[o].deprel = y[g].deprel;
    if (h >= (int32_t)first && h < (int32_t)end &&
        (y[h].upos == SIMA_UPOS_NOUN || y[h].upos == SIMA_UPOS_PROPN) &&
        (y[g].deprel == SIMA_DEP_ACL || y[g].deprel == SIMA_DEP_ACL_RELCL))
      y[o].deprel = SIMA_DEP_NMOD;
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == (int32_t)g && k != o)
        y[k].head = (int32_t)o;
    y[g].head = (int32_t)o;
    y[g].deprel = SIMA_DEP_COMPOUND;
    y[g].upos = SIMA_UPOS_NOUN;
    y[g].xpos = SIMA_XPOS_NN;
    /* "of NATO peacekeeping troops": NATO hung on the same head */
    uint32_t p = g - 1;
    if (g > first && y[p].head == h &&
        (y[p].upos == SIMA_UPOS_PROPN || y[p].upos == SIMA_UPOS_NOUN) &&
        deprel_base(y[p].deprel) == SIMA_DEP_NMOD &&
        y[p].deprel != SIMA_DEP_NMOD_POSS) {
      for (uint32_t k = first; k < p; k++)
        if (y[k].head == (int32_t)p && (y[k].deprel == SIMA_DEP_CASE ||
                                        y[k].deprel == SIMA_DEP_DET))
          y[k].head = (int32_t)o;
      y[o].deprel = y[p].deprel;
      y[p].head = (int32_t)o;
      y[p].deprel = SIMA_DEP_COMPOUND;
    }
  }
}

/* Is token k inside a mention with a code (an actor)? */
static int coded_at(const sima_doc *doc, uint32_t k) {
  for (uint32_t m = 0; m < doc->nmentions; m++)
    if (doc->mentions[m].code && k >= doc->mentions[m].first &&
        k < doc->mentions[m].first + doc->mentions[m].count)
      return 1;
  return 0;
}

/* The mention starting at token k whose actor has a country, or NULL. */
static const sima_mention *country_mention_at(const sima_doc *doc, uint32_t k) {
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
        (y[a].head == (int32_t)n &&
         (y[a].deprel == SIMA_DEP_AMOD || y[a].deprel == SIMA_DEP_COMPOUND)) ||
        !(y[b].head == (int32_t)n || y[b].head == (int32_t)a))
      continue;
    if (y[n].head == (int32_t)a) {
      /* "Hungarian --conj--> officials": the noun takes a's place */
      y[n].head = y[a].head;
      y[n].deprel = y[a].deprel;
    } else if (y[a].head != (int32_t)n &&
               !(y[a].head == y[n].head &&
                 deprel_base(y[a].deprel) == SIMA_DEP_NSUBJ &&
                 deprel_base(y[n].deprel) == SIMA_DEP_NSUBJ)) {
      /* the other shape is a dependent of the noun by another relation
      ** ("Turkish --nsubj--> sides"), or (the dense parser's) a second
      ** subject of the noun's verb ("Peruvian and Chilean cooperation
      ** sends": Peruvian, cooperation --nsubj--> sends); nothing else
      ** is repaired */
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

/* RULE C-REPAIR (places coordinated in a phrase of place): "waged war
** against Islamic State in Iraq and Syria", parsed with Syria a conjunct
** of State: a country name right after "and"/"or" that follows a country
** name in a phrase of place (in, across, inside, throughout) on the same
** head is that name's conjunct, a second place, not a conjunct of the
** head.  Only bare names: each is a one-token country mention and the
** first has no dependent but its preposition and article. */
static void repair_place_conj(const sima_doc *doc, sima_syntax *y,
                              uint32_t first, uint32_t count) {
  static const char *const places[] = {"across", "in", "inside", "throughout"};
  uint32_t end = first + count;
  for (uint32_t b = first + 2; b < end; b++) {
    uint32_t a = b - 2;
    int32_t h = y[b].head;
    if (y[b].deprel != SIMA_DEP_CONJ || h < (int32_t)first || h >= (int32_t)a ||
        y[a].head != h || y[b - 1].upos != SIMA_UPOS_CCONJ ||
        y[b - 1].head != (int32_t)b || y[a].upos != SIMA_UPOS_PROPN ||
        y[b].upos != SIMA_UPOS_PROPN ||
        (deprel_base(y[a].deprel) != SIMA_DEP_NMOD &&
         deprel_base(y[a].deprel) != SIMA_DEP_OBL))
      continue;
    const sima_mention *ma = country_mention_at(doc, a);
    const sima_mention *mb = country_mention_at(doc, b);
    if (!ma || !mb || ma->count != 1 || mb->count != 1)
      continue;
    int place = 0, other = 0;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head != (int32_t)a)
        continue;
      if (y[k].deprel == SIMA_DEP_CASE && y[k].lemma) {
        place |= CODER_IN(places, y[k].lemma);
      } else if (y[k].deprel != SIMA_DEP_DET) {
        other = 1;
      }
    }
    if (!place || other)
      continue;
    y[b].head = (int32_t)a;
  }
}

/* Nouns that take a "that" complement clause (their content): "the demand
** that Israel ease restrictions".  Sorted. */
static int is_content_noun(const char *l) {
  static const char *const cn[] = {
      "appeal",    "assurance",  "call",        "claim",      "condition",
      "demand",    "insistence", "pledge",      "promise",    "proposal",
      "reminder",  "request",    "requirement", "suggestion", "threat",
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
    unsigned r = deprel_base(y[t].deprel);
    if (!y[t].lemma || sima_casecmp(y[t].lemma, "that") ||
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
        unsigned b = deprel_base(y[k].deprel);
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

/* RULE C-REPAIR (told that, read as a relative clause): "told
** prosecutors that he wanted to cooperate" is often parsed (dense
** parser) with "that" a relative pronoun, object of "wanted", and the
** clause a relative clause of "prosecutors".  After a verb of telling
** (assure, inform, notify, remind, tell, warn) the clause opened by
** "that" right after its addressee (object or indirect object), with a
** subject of its own, is what was told: the clause's verb is the telling
** verb's content clause (ccomp) and "that" its marker, not a pronoun
** (the sparse parser's "that" object of the content clause's verb).  So
** is a clause with no "that" hung as a relative clause of the addressee
** when it starts with its subject and has an object of its own (no gap
** a relative clause would need): "informed the authorities they had
** attacked the base". */
static void repair_told_that(sima_syntax *y, uint32_t first, uint32_t count) {
  /* Sorted. */
  static const char *const tell[] = {"assure", "inform", "notify",
                                     "remind", "tell",   "warn"};
  uint32_t end = first + count;
  for (uint32_t t = first + 2; t + 2 < end; t++) {
    int32_t a = (int32_t)t - 1, v = y[t].head;
    if (!y[t].lemma || sima_casecmp(y[t].lemma, "that") ||
        y[t].upos != SIMA_UPOS_PRON || v <= (int32_t)t || v >= (int32_t)end ||
        y[v].upos != SIMA_UPOS_VERB ||
        !((y[v].head == a && y[v].deprel == SIMA_DEP_ACL_RELCL) ||
          (y[v].head == y[a].head && y[v].deprel == SIMA_DEP_CCOMP)))
      continue;
    int32_t w = y[a].head;
    unsigned ab = deprel_base(y[a].deprel);
    if (w < (int32_t)first || w >= a || y[w].upos != SIMA_UPOS_VERB ||
        (ab != SIMA_DEP_OBJ && ab != SIMA_DEP_IOBJ) || !y[w].lemma ||
        !coder_in_sorted(tell, sizeof tell / sizeof *tell, y[w].lemma))
      continue;
    int subj = 0;
    for (uint32_t k = t + 1; k < (uint32_t)v; k++)
      if (y[k].head == v && deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
        subj = 1;
    if (!subj)
      continue;
    y[v].head = w;
    y[v].deprel = SIMA_DEP_CCOMP;
    y[t].head = v;
    y[t].deprel = SIMA_DEP_MARK;
    y[t].upos = SIMA_UPOS_SCONJ;
    y[t].xpos = SIMA_XPOS_IN;
  }
  /* with no "that": "informed the authorities they had attacked the
  ** base", the clause starting with its subject right after the
  ** addressee and with an object of its own (no gap for a relative) */
  for (uint32_t s = first + 2; s + 2 < end; s++) {
    int32_t a = (int32_t)s - 1, v = y[s].head;
    if (deprel_base(y[s].deprel) != SIMA_DEP_NSUBJ || v <= (int32_t)s ||
        v >= (int32_t)end || y[v].upos != SIMA_UPOS_VERB || y[v].head != a ||
        y[v].deprel != SIMA_DEP_ACL_RELCL ||
        !has_dep(y, first, end, (uint32_t)v, SIMA_DEP_OBJ, 0))
      continue;
    int32_t w = y[a].head;
    unsigned ab = deprel_base(y[a].deprel);
    if (w < (int32_t)first || w >= a || y[w].upos != SIMA_UPOS_VERB ||
        (ab != SIMA_DEP_OBJ && ab != SIMA_DEP_IOBJ) || !y[w].lemma ||
        !coder_in_sorted(tell, sizeof tell / sizeof *tell, y[w].lemma))
      continue;
    y[v].head = w;
    y[v].deprel = SIMA_DEP_CCOMP;
  }
}

/* RULE C-REPAIR (content clause hung elsewhere): the dense parser's
** shapes of "demands that X do Y": the clause opened by "that" (its
** marker, right after a noun of content: demand, call, warning, ...) hung
** on an earlier noun ("The Sudanese rebel movement insisted on its demands
** that Chad's government grant the refugees more rights", with "grant" a
** clause of "movement"), or its verb read as a noun that modifies the
** clause's object, itself made the object of the noun of content ("its
** demand that Israel ease restrictions on Palestinian workers", "ease" a
** compound of "restrictions" with Israel its subject).  The clause is the
** noun's content (acl): a verb whose phrase runs from right after
** "that" is re-hung on the noun; a noun with a subject of its own right
** before the noun it modifies (compound), that noun hung on the noun of
** content, becomes the clause's verb (VB) with that noun its object. */
static void repair_content_mark(sima_syntax *y, uint32_t first,
                                uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t t = first + 1; t + 1 < end; t++) {
    int32_t n = (int32_t)t - 1, v = y[t].head;
    if (!y[t].lemma || sima_casecmp(y[t].lemma, "that") ||
        y[t].deprel != SIMA_DEP_MARK || y[n].upos != SIMA_UPOS_NOUN ||
        !is_content_noun(y[n].lemma) || v <= (int32_t)t ||
        v >= (int32_t)end || v == n)
      continue;
    /* (the clause's words from "that" on hang below v, up to it) */
    int ok = 1;
    for (int32_t k = (int32_t)t + 1; k < v && ok; k++)
      ok = descends(y, first, end, k, v);
    if (!ok)
      continue;
    if (y[v].upos == SIMA_UPOS_VERB && y[v].head != n &&
        !descends(y, first, end, n, v)) {
      unsigned b = deprel_base(y[v].deprel);
      if (b != SIMA_DEP_ACL && b != SIMA_DEP_ADVCL && b != SIMA_DEP_CCOMP &&
          b != SIMA_DEP_PARATAXIS)
        continue;
      y[v].head = n;
      y[v].deprel = SIMA_DEP_ACL;
      continue;
    }
    int32_t o = y[v].head;
    if (y[v].upos != SIMA_UPOS_NOUN || y[v].deprel != SIMA_DEP_COMPOUND ||
        o != v + 1 || y[o].head != n ||
        (y[o].upos != SIMA_UPOS_NOUN && y[o].upos != SIMA_UPOS_PROPN) ||
        !has_dep(y, first, end, (uint32_t)v, SIMA_DEP_NSUBJ, 0))
      continue;
    y[v].upos = SIMA_UPOS_VERB;
    y[v].xpos = SIMA_XPOS_VB;
    y[v].head = n;
    y[v].deprel = SIMA_DEP_ACL;
    y[o].head = v;
    y[o].deprel = SIMA_DEP_OBJ;
  }
}

/* RULE C-REPAIR (noun of content read as a verb): "disputes the UK
** claim that the OPCW backed the analysis", parsed with "the UK" the
** object and "claim" a bare infinitive (xcomp) holding the that-clause:
** a base-form verb that can be a noun of content, right after an object
** opened by "the", with no "to", auxiliary or subject of its own and a
** that-clause under it, on a verb that takes no bare infinitive (have,
** help, let, make, or one of perception), is that noun: the object's
** noun becomes its modifier (compound), the noun the object, and the
** clause the noun's content (acl). */
static void repair_content_verb(sima_syntax *y, uint32_t first,
                                uint32_t count) {
  /* Verbs with a bare infinitive complement.  Sorted. */
  static const char *const bare[] = {"bid",  "feel", "have",   "hear",
                                     "help", "let",  "make",   "notice",
                                     "see",  "watch"};
  uint32_t end = first + count;
  for (uint32_t x = first + 2; x < end; x++) {
    int32_t h = y[x].head, o = (int32_t)x - 1;
    if (y[x].deprel != SIMA_DEP_XCOMP || y[x].xpos != SIMA_XPOS_VB ||
        !is_content_noun(y[x].lemma) || h < (int32_t)first || h >= o ||
        y[o].head != h || y[o].deprel != SIMA_DEP_OBJ ||
        (y[o].upos != SIMA_UPOS_NOUN && y[o].upos != SIMA_UPOS_PROPN) ||
        !y[h].lemma || CODER_IN(bare, y[h].lemma))
      continue;
    int32_t det = -1, cl = -1, own = 0;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head == o && y[k].deprel == SIMA_DEP_DET && (int32_t)k < o &&
          y[k].lemma && !sima_casecmp(y[k].lemma, "the"))
        det = (int32_t)k;
      if (y[k].head != (int32_t)x)
        continue;
      unsigned b = deprel_base(y[k].deprel);
      if (b == SIMA_DEP_NSUBJ || b == SIMA_DEP_AUX || b == SIMA_DEP_MARK ||
          b == SIMA_DEP_OBJ)
        own = 1;
      if (b == SIMA_DEP_CCOMP && k > x)
        cl = (int32_t)k;
    }
    if (det < 0 || cl < 0 || own)
      continue;
    int mark = 0;
    for (uint32_t k = x + 1; k < (uint32_t)cl && !mark; k++)
      mark = y[k].head == cl && y[k].deprel == SIMA_DEP_MARK && y[k].lemma &&
             !sima_casecmp(y[k].lemma, "that");
    if (!mark)
      continue;
    y[x].upos = SIMA_UPOS_NOUN;
    y[x].xpos = SIMA_XPOS_NN;
    y[x].deprel = SIMA_DEP_OBJ;
    y[o].head = (int32_t)x;
    y[o].deprel = SIMA_DEP_COMPOUND;
    y[det].head = (int32_t)x;
    y[cl].deprel = SIMA_DEP_ACL;
  }
}

/* RULE C-REPAIR (that after a time word): "reiterated its demand today
** that Israel ease ...", parsed with "that" the object of "today" and the
** clause under it.  A bare time word takes no object: a "that" hung on a
** time word that is the bare oblique of a verb, with a clause under it,
** opens the content clause of the verb's object right before the time
** word when that object is a noun of content (demand, call, warning,
** ...).  The dense parser hangs the time word on the noun itself, and
** the clause's verb on "that" as its object: the same. */
static void repair_time_that(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t t = first + 2; t + 1 < end; t++) {
    int32_t d = y[t].head, o = -1, v = -1;
    if (!y[t].lemma || sima_casecmp(y[t].lemma, "that") ||
        d != (int32_t)t - 1 || !y[d].lemma || !is_time_word(y[d].lemma) ||
        (y[d].deprel != SIMA_DEP_OBL_UNMARKED &&
         y[d].deprel != SIMA_DEP_OBL_TMOD && y[d].deprel != SIMA_DEP_OBL_NPMOD))
      continue;
    int32_t h = y[d].head;
    for (int32_t k = (int32_t)first; k < d; k++)
      if (y[k].head == h && y[k].deprel == SIMA_DEP_OBJ &&
          y[k].upos == SIMA_UPOS_NOUN)
        o = k;
    /* (the time word hung on the noun itself: the dense parser) */
    if (o < 0 && h >= (int32_t)first && h < d && y[h].upos == SIMA_UPOS_NOUN)
      o = h;
    if (o < 0 || !y[o].lemma || !is_content_noun(y[o].lemma) ||
        !descends(y, first, end, d - 1, o))
      continue;
    /* (or, dense, the clause's verb "object" of "that") */
    for (uint32_t k = t + 1; k < end && v < 0; k++)
      if (y[k].head == (int32_t)t && y[k].upos == SIMA_UPOS_VERB &&
          (deprel_base(y[k].deprel) == SIMA_DEP_ACL ||
           y[k].deprel == SIMA_DEP_CCOMP || y[k].deprel == SIMA_DEP_OBJ))
        v = (int32_t)k;
    if (v < 0)
      continue;
    y[v].head = o;
    y[v].deprel = SIMA_DEP_ACL;
    y[t].head = v;
    y[t].deprel = SIMA_DEP_MARK;
    y[t].upos = SIMA_UPOS_SCONJ;
  }
}

/* RULE C-REPAIR (time word compound): "reiterated its demand today that
** Israel ease the restrictions" is sometimes parsed with the noun a
** compound of the time word (demand --compound--> today --obj-->
** reiterated).  A bare time word takes no common noun as a compound: the
** noun right before it heads the phrase, in the time word's place and with
** its dependents, and the time word is the temporal oblique of the verb
** (of a noun: its temporal modifier).  A "that" hung on the time word with
** a clause under it opens the noun's content clause when the noun is one
** (demand, call, warning, ...). */
static void repair_time_compound(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t d = first + 1; d < end; d++) {
    uint32_t n = d - 1;
    if (!y[d].lemma || !is_time_word(y[d].lemma) ||
        y[n].head != (int32_t)d || y[n].deprel != SIMA_DEP_COMPOUND ||
        y[n].upos != SIMA_UPOS_NOUN || !y[n].lemma || is_time_word(y[n].lemma))
      continue;
    int32_t h = y[d].head;
    int verb = h >= (int32_t)first && h < (int32_t)end &&
               y[h].upos == SIMA_UPOS_VERB;
    uint16_t r = y[d].deprel;
    /* (the time word parsed as the verb's bare oblique: the noun is the
    ** verb's object, when it has none) */
    if (verb && (r == SIMA_DEP_OBL_UNMARKED || r == SIMA_DEP_OBL_TMOD ||
                 r == SIMA_DEP_OBL_NPMOD)) {
      r = SIMA_DEP_OBJ;
      for (uint32_t k = first; k < end; k++)
        if (y[k].head == h && (y[k].deprel == SIMA_DEP_OBJ ||
                               y[k].deprel == SIMA_DEP_CCOMP ||
                               y[k].deprel == SIMA_DEP_XCOMP) && k < d)
          r = SIMA_DEP_NMOD_UNMARKED;
      if (r != SIMA_DEP_OBJ)
        continue;
    }
    y[n].head = h;
    y[n].deprel = r;
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == (int32_t)d && k != n)
        y[k].head = (int32_t)n;
    if (verb) {
      y[d].head = h;
      y[d].deprel = SIMA_DEP_OBL_TMOD;
    } else {
      y[d].head = (int32_t)n;
      y[d].deprel = SIMA_DEP_NMOD_TMOD;
    }
    if (!is_content_noun(y[n].lemma))
      continue;
    /* "that" (an apposition or relative pronoun) with the clause under it */
    for (uint32_t t = d + 1; t < end; t++) {
      if (y[t].head != (int32_t)n || !y[t].lemma ||
          sima_casecmp(y[t].lemma, "that"))
        continue;
      int32_t v = -1;
      for (uint32_t k = t + 1; k < end && v < 0; k++)
        if (y[k].head == (int32_t)t &&
            (deprel_base(y[k].deprel) == SIMA_DEP_ACL ||
             y[k].deprel == SIMA_DEP_CCOMP))
          v = (int32_t)k;
      if (v < 0)
        continue;
      y[v].head = (int32_t)n;
      y[v].deprel = SIMA_DEP_ACL;
      y[t].head = v;
      y[t].deprel = SIMA_DEP_MARK;
      y[t].upos = SIMA_UPOS_SCONJ;
      break;
    }
  }
  repair_time_that(y, first, count);
}

/* RULE C-REPAIR (verb after a weekday): "The United Nations on Tuesday
** reduced food supplies ..." is sometimes parsed with "reduced" an
** adjective of "supplies", the weekday its compound and the whole a
** modifier of the subject.  A past verb form (VBD/VBN) right after "on"
** and a weekday, hung with the weekday on a later noun that modifies the
** noun right before "on", is the verb: the noun before "on" is its subject,
** the later noun its object and the weekday its temporal oblique.  The
** verb takes the subject's place when the subject was the root, or the
** place of the verb the subject was hung on when that verb has a subject
** of its own and a marker ("because rice was diverted": that clause is
** then the new verb's adverbial clause). */
static void repair_weekday_verb(sima_syntax *y, uint32_t first,
                                uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t o = first + 1; o + 3 < end; o++) {
    uint32_t d = o + 1, w = o + 2, s = o - 1;
    int32_t n = y[w].head;
    if (!y[o].lemma || sima_casecmp(y[o].lemma, "on") ||
        y[o].upos != SIMA_UPOS_ADP || !y[d].lemma ||
        !is_time_word(y[d].lemma) || y[w].upos != SIMA_UPOS_VERB ||
        (y[w].xpos != SIMA_XPOS_VBD && y[w].xpos != SIMA_XPOS_VBN) ||
        n <= (int32_t)w || n >= (int32_t)end || y[d].head != n ||
        (y[w].deprel != SIMA_DEP_AMOD && y[w].deprel != SIMA_DEP_COMPOUND) ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN) ||
        y[n].head != (int32_t)s ||
        deprel_base(y[n].deprel) != SIMA_DEP_NMOD ||
        (y[s].upos != SIMA_UPOS_NOUN && y[s].upos != SIMA_UPOS_PROPN))
      continue;
    int ok = 1; /* nothing else hangs on the verb or the weekday */
    for (uint32_t k = first; k < end && ok; k++)
      ok = (y[k].head != (int32_t)w) && (y[k].head != (int32_t)d || k == o);
    if (!ok)
      continue;
    int32_t h = y[s].head;
    uint16_t r = y[s].deprel;
    if (h < 0) {
      y[w].head = -1;
      y[w].deprel = SIMA_DEP_ROOT;
    } else {
      unsigned b = deprel_base(r);
      if ((b != SIMA_DEP_NSUBJ && r != SIMA_DEP_NSUBJ_PASS) || h < (int32_t)n ||
          y[h].upos != SIMA_UPOS_VERB ||
          !has_dep(y, first, end, (uint32_t)h, SIMA_DEP_MARK, 0))
        continue;
      int other = 0; /* the verb's own subject, after the object */
      for (uint32_t k = (uint32_t)n + 1; k < (uint32_t)h && !other; k++)
        other = y[k].head == h && k != s &&
                (deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ ||
                 y[k].deprel == SIMA_DEP_NSUBJ_PASS);
      if (!other)
        continue;
      y[w].head = y[h].head;
      y[w].deprel = y[h].deprel;
      y[h].head = (int32_t)w;
      y[h].deprel = SIMA_DEP_ADVCL;
    }
    y[s].head = (int32_t)w;
    y[s].deprel = SIMA_DEP_NSUBJ;
    y[n].head = (int32_t)w;
    y[n].deprel = SIMA_DEP_OBJ;
    y[d].head = (int32_t)w;
    y[d].deprel = SIMA_DEP_OBL;
    y[o].head = (int32_t)d;
    y[o].deprel = SIMA_DEP_CASE;
    y[w].upos = SIMA_UPOS_VERB;
    y[w].xpos = SIMA_XPOS_VBD;
  }
}

/* RULE C-REPAIR (verb read as a compound): a noun takes no nominal
** subject but as a predicate with a copula: "that Israel ease
** restrictions", parsed with "ease" a compound of "restrictions" and
** Israel the noun's subject.  A singular common noun (NN) right between a
** nominal subject and the noun that subject hangs on, hung on that noun as
** a compound, with no copula on the noun, is the verb: it takes the noun's
** place, the noun its object and the subject its subject.  So too with the
** subject hung on the compound itself (the dense parser's shape). */
static void repair_compound_verb(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t c = first + 1; c + 1 < end; c++) {
    uint32_t n = c - 1, x = c + 1;
    if (y[c].upos != SIMA_UPOS_NOUN || y[c].xpos != SIMA_XPOS_NN ||
        y[c].head != (int32_t)x || y[c].deprel != SIMA_DEP_COMPOUND ||
        (y[n].head != (int32_t)x && y[n].head != (int32_t)c) ||
        y[n].deprel != SIMA_DEP_NSUBJ ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN) ||
        y[x].upos != SIMA_UPOS_NOUN ||
        has_dep(y, first, end, x, SIMA_DEP_COP, 0))
      continue;
    y[c].upos = SIMA_UPOS_VERB;
    y[c].xpos = SIMA_XPOS_VB;
    y[c].head = y[x].head;
    y[c].deprel = y[x].deprel;
    y[x].head = (int32_t)c;
    y[x].deprel = SIMA_DEP_OBJ;
    y[n].head = (int32_t)c;
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == (int32_t)x && k < c)
        y[k].head = (int32_t)c;
  }
}

/* RULE C-REPAIR (adjective with an object): an adjective takes no direct
** object: "telephoned Russian Foreign Minister Andrei Kozyrev", parsed
** with "Russian" the open complement (xcomp) of the verb and the name its
** object.  An adjective (JJ) right after a verb, hung on it as xcomp, with
** a noun object of its own after it, modifies that noun (amod), which is
** the verb's object when the verb has none, and the adjective's other
** dependents go with the noun. */
static void repair_adj_object(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t a = first + 1; a + 1 < end; a++) {
    int32_t v = y[a].head, o = -1;
    if (y[a].upos != SIMA_UPOS_ADJ || y[a].xpos != SIMA_XPOS_JJ ||
        y[a].deprel != SIMA_DEP_XCOMP || v != (int32_t)a - 1 ||
        y[v].upos != SIMA_UPOS_VERB ||
        has_dep(y, first, end, (uint32_t)v, SIMA_DEP_OBJ, 0))
      continue;
    for (uint32_t k = a + 1; k < end && o < 0; k++)
      if (y[k].head == (int32_t)a && y[k].deprel == SIMA_DEP_OBJ &&
          (y[k].upos == SIMA_UPOS_NOUN || y[k].upos == SIMA_UPOS_PROPN))
        o = (int32_t)k;
    if (o < 0)
      continue;
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == (int32_t)a && k != (uint32_t)o)
        y[k].head = o;
    y[o].head = v;
    y[o].deprel = SIMA_DEP_OBJ;
    y[a].head = o;
    y[a].deprel = SIMA_DEP_AMOD;
  }
}

/* RULE C-REPAIR (adjective series before the object): "restore
** complete, full diplomatic ties with Gondor" is often parsed with
** "complete" an open complement (xcomp) of the verb and "ties" a conjunct
** of the verb.  An adjective (JJ) right after a verb with no object, hung
** on it as xcomp, then a comma, adjectives and a noun hung on the verb
** (or on the adjective) as a conjunct, with no subject of its own, is one
** noun phrase: the noun is the verb's object and the first adjective
** its modifier (amod), like those after the comma. */
static void repair_adj_series_object(sima_syntax *y, uint32_t first,
                                     uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t a = first + 1; a + 3 < end; a++) {
    int32_t v = y[a].head;
    if (y[a].upos != SIMA_UPOS_ADJ || y[a].xpos != SIMA_XPOS_JJ ||
        y[a].deprel != SIMA_DEP_XCOMP || v != (int32_t)a - 1 ||
        y[v].upos != SIMA_UPOS_VERB || y[a + 1].xpos != SIMA_XPOS_COMMA ||
        has_dep(y, first, end, (uint32_t)v, SIMA_DEP_OBJ, 0))
      continue;
    uint32_t o = a + 2;
    while (o < end && y[o].upos == SIMA_UPOS_ADJ && y[o].head > (int32_t)o)
      o++;
    if (o == a + 2 || o >= end || y[o].upos != SIMA_UPOS_NOUN ||
        y[o].deprel != SIMA_DEP_CONJ ||
        (y[o].head != v && y[o].head != (int32_t)a) ||
        has_dep(y, first, end, o, SIMA_DEP_NSUBJ, 0))
      continue;
    int ok = 1; /* the adjectives after the comma modify the noun */
    for (uint32_t k = a + 2; k < o; k++)
      ok &= y[k].head == (int32_t)o;
    if (!ok)
      continue;
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == (int32_t)a)
        y[k].head = (int32_t)o;
    y[o].head = v;
    y[o].deprel = SIMA_DEP_OBJ;
    y[a].head = (int32_t)o;
    y[a].deprel = SIMA_DEP_AMOD;
    y[a + 1].head = (int32_t)o;
    y[a + 1].deprel = SIMA_DEP_PUNCT;
  }
}

/* RULE C-REPAIR (preposition as a head): a preposition heads nothing:
** "goods to Baghdad University", parsed with "to" the nmod of "goods" and
** Baghdad a conjunct of "to".  A preposition (ADP, IN or TO) hung on a
** noun as its nominal modifier (nmod), with a noun or name hung on it
** right after it as a conjunct, with no case of its own: the noun takes
** the preposition's place and relation, and the preposition is its
** case.  "of" is left alone: so hung, it opens lists of places ("the
** localities of A, B (in C) and D") whose names are no actors. */
static void repair_prep_head(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t p = first + 1; p + 1 < end; p++) {
    uint32_t n = p + 1;
    unsigned b = deprel_base(y[p].deprel),
             nb = deprel_base(y[n].deprel);
    if (y[p].upos != SIMA_UPOS_ADP ||
        (y[p].xpos != SIMA_XPOS_IN && y[p].xpos != SIMA_XPOS_TO) ||
        b != SIMA_DEP_NMOD || y[n].head != (int32_t)p || nb != SIMA_DEP_CONJ ||
        !y[p].lemma || !sima_casecmp(y[p].lemma, "of") ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN) ||
        has_dep(y, first, end, n, SIMA_DEP_CASE, 0))
      continue;
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == (int32_t)p && k != n)
        y[k].head = (int32_t)n;
    y[n].head = y[p].head;
    y[n].deprel = y[p].deprel;
    y[p].head = (int32_t)n;
    y[p].deprel = SIMA_DEP_CASE;
  }
}

/* RULE C-REPAIR (content clause on the verb): "The union repeated its
** demand on Monday that Canada lift the ban" is often parsed with the
** that-clause a complement of the verb.  Verbs that take an object and a
** that-clause (tell, warn, assure, remind, ...) take a person as the
** object, not a noun of content: a clausal complement with "that", after
** the verb's object that is a noun of content (demand, call, warning,
** ...), is that noun's content clause (the noun is the object, also when
** parsed as an indirect one: a demand receives nothing). */
static void repair_content_object(sima_syntax *y, uint32_t first,
                                  uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first + 1; v < end; v++) {
    int32_t h = y[v].head;
    if (y[v].deprel != SIMA_DEP_CCOMP || h < (int32_t)first ||
        h >= (int32_t)end || y[h].upos != SIMA_UPOS_VERB)
      continue;
    int32_t o = -1, mark = 0;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head == h && k < v &&
          (y[k].deprel == SIMA_DEP_OBJ || y[k].deprel == SIMA_DEP_IOBJ))
        o = (int32_t)k;
      if (y[k].head == (int32_t)v && y[k].deprel == SIMA_DEP_MARK &&
          y[k].lemma && !sima_casecmp(y[k].lemma, "that") && k < v)
        mark = 1;
    }
    if (o < 0 || !mark || y[o].upos != SIMA_UPOS_NOUN ||
        !is_content_noun(y[o].lemma))
      continue;
    y[v].head = o;
    y[v].deprel = SIMA_DEP_ACL;
    y[o].deprel = SIMA_DEP_OBJ;
  }
}

/* RULE C-REPAIR (subject conjunct after the object): "authorities
** detained three police officers and one businessman in the city", parsed
** with "businessman" a conjunct of the subject "authorities": a noun
** conjunct of a verb's subject that comes after the verb and after its
** object, with no verb in between, is a conjunct of the object (the
** businessman was detained, he detained no one). */
static void repair_subject_conj(sima_syntax *y, uint32_t first,
                                uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t k = first + 3; k < end; k++) {
    int32_t s = y[k].head;
    if (y[k].deprel != SIMA_DEP_CONJ || s < (int32_t)first || s >= (int32_t)k ||
        (y[k].upos != SIMA_UPOS_NOUN && y[k].upos != SIMA_UPOS_PROPN) ||
        deprel_base(y[s].deprel) != SIMA_DEP_NSUBJ)
      continue;
    int32_t v = y[s].head;
    if (v <= s || v >= (int32_t)k || y[v].upos != SIMA_UPOS_VERB)
      continue;
    int32_t o = -1;
    for (uint32_t d = (uint32_t)v + 1; d < k; d++)
      if (y[d].head == v && y[d].deprel == SIMA_DEP_OBJ)
        o = (int32_t)d;
    if (o < 0)
      continue;
    int verb = 0;
    for (uint32_t d = (uint32_t)o + 1; d < k && !verb; d++)
      verb = y[d].upos == SIMA_UPOS_VERB || y[d].upos == SIMA_UPOS_AUX;
    if (!verb)
      y[k].head = o;
  }
}

/* RULE C-REPAIR (section heading): a feature's section heading ("Iraq",
** "United Kingdom", "January") is often glued to the first sentence of its
** section: "Iraq By arming militants in Iraq, Tehran has sought ...",
** parsed with the heading the subject and the adverbial clause its
** modifier.  A run of one or two capitalised names opening a sentence,
** followed by a capitalised function word (a determiner, preposition,
** subordinator or pronoun: "By", "The", "In", "For") that opens the
** sentence proper, is no part of the sentence: it hangs on the root as
** discourse (no source guess takes it, C-SOURCE-NEAR), and what hung on
** it hangs on the heading's head (a clause that modified it becomes an
** adverbial clause). */
static int heading_length(const sima_doc *doc, const sima_syntax *y,
                          uint32_t first, uint32_t end);
static void repair_heading(const sima_doc *doc, sima_syntax *y, uint32_t first,
                           uint32_t count) {
  uint32_t end = first + count;
  uint32_t h = (uint32_t)heading_length(doc, y, first, end);
  if (!h)
    return;
  uint32_t hd = first + h - 1;
  int32_t up = y[hd].head;
  if (up >= (int32_t)first && (uint32_t)up < hd + 1)
    return; /* (the heading's last word is no head of the run) */
  int32_t root = -1;
  for (uint32_t k = first; k < end; k++)
    if (y[k].head < 0)
      root = (int32_t)k;
  if (root < 0)
    return;
  if (root == (int32_t)hd) {
    /* the heading is the root: the first verb hung on it is */
    int32_t v = -1;
    for (uint32_t k = hd + 1; k < end && v < 0; k++)
      if (y[k].head == (int32_t)hd && y[k].upos == SIMA_UPOS_VERB)
        v = (int32_t)k;
    if (v < 0)
      return;
    y[v].head = -1;
    y[v].deprel = SIMA_DEP_ROOT;
    root = v;
    up = v;
  }
  for (uint32_t k = hd + 1; k < end; k++) {
    if (y[k].head != (int32_t)hd || (int32_t)k == root)
      continue;
    y[k].head = up;
    if (deprel_base(y[k].deprel) == SIMA_DEP_ACL)
      y[k].deprel = SIMA_DEP_ADVCL;
  }
  for (uint32_t k = first; k < hd; k++)
    if (y[k].head < (int32_t)first || y[k].head > (int32_t)hd)
      y[k].head = (int32_t)hd;
  y[hd].head = root;
  y[hd].deprel = SIMA_DEP_DISCOURSE;
}

/* heading_length: the number of words (1 or 2) of a section heading
** opening the sentence first..end, or 0 (RULE C-REPAIR, section
** heading). */
static int heading_length(const sima_doc *doc, const sima_syntax *y,
                          uint32_t first, uint32_t end) {
  for (uint32_t h = 1; h <= 2; h++) {
    uint32_t w = first + h;
    if (w + 4 >= end)
      return 0;
    const sima_token *tk = &doc->tokens[w - 1];
    /* (a name, or a capitalised adjective opening a two-word one:
    ** "United Kingdom") */
    if (!tk->len || !isupper((unsigned char)doc->text[tk->off]) ||
        (y[w - 1].upos != SIMA_UPOS_PROPN &&
         !(h == 1 && y[w - 1].upos == SIMA_UPOS_ADJ)))
      return 0;
    if (y[w - 1].upos != SIMA_UPOS_PROPN)
      continue;
    const sima_token *nx = &doc->tokens[w];
    unsigned u = y[w].upos;
    if (nx->len >= 2 && isupper((unsigned char)doc->text[nx->off]) &&
        islower((unsigned char)doc->text[nx->off + 1]) &&
        (u == SIMA_UPOS_DET || u == SIMA_UPOS_ADP || u == SIMA_UPOS_SCONJ ||
         u == SIMA_UPOS_PRON))
      return (int)h;
  }
  return 0;
}

/* RULE C-REPAIR (name conjunct of a verb): a name is no conjunct of a
** verb.  "officials reported seeing posters signed by one of the
** local gangs, Guerreros Unidos, making threats against ...", parsed
** with the name a conjunct (no conjunction) of "reported" right after a
** comma and the participle clause hung on it, is in apposition to the
** noun right before that comma (a noun of the verb's own phrase), and a
** gerund clause on it is the name's modifier (acl): the group made the
** threats, not the authorities. */
static void repair_name_conj_verb(sima_syntax *y, uint32_t first,
                                  uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t n = first + 2; n < end; n++) {
    int32_t v = y[n].head;
    if (y[n].upos != SIMA_UPOS_PROPN || y[n].deprel != SIMA_DEP_CONJ ||
        v < (int32_t)first || v >= (int32_t)n || y[v].upos != SIMA_UPOS_VERB)
      continue;
    /* the first word of the name's phrase, right after a comma */
    uint32_t p = n;
    while (p > first + 1 && y[p - 1].head == (int32_t)n &&
           y[p - 1].upos != SIMA_UPOS_PUNCT)
      p--;
    int cc = 0;
    for (uint32_t k = first; k < end && !cc; k++)
      cc = y[k].head == (int32_t)n && y[k].deprel == SIMA_DEP_CC;
    if (cc || p < first + 2 || y[p - 1].upos != SIMA_UPOS_PUNCT ||
        !y[p - 1].lemma || strcmp(y[p - 1].lemma, ","))
      continue;
    uint32_t x = p - 2;
    if ((y[x].upos != SIMA_UPOS_NOUN && y[x].upos != SIMA_UPOS_PROPN) ||
        (int32_t)x <= v || !descends(y, first, end, (int32_t)x, v))
      continue;
    y[n].head = (int32_t)x;
    y[n].deprel = SIMA_DEP_APPOS;
    for (uint32_t k = n + 1; k < end; k++)
      if (y[k].head == (int32_t)n && y[k].upos == SIMA_UPOS_VERB &&
          y[k].xpos == SIMA_XPOS_VBG &&
          deprel_base(y[k].deprel) == SIMA_DEP_ADVCL)
        y[k].deprel = SIMA_DEP_ACL;
  }
}

/* RULE C-REPAIR (preposition which noun): "the 1993 attempt to kill
** Guzman at the airport, in which gunmen for the group murdered a
** cardinal", parsed with "which" a determiner of "gunmen", the noun a
** modifier of the name before the comma and that name the subject of
** "murdered": a relative "which" or "whom" between a preposition and a
** noun opens a relative clause whose subject is that noun.  When the
** next finite verb after the noun's phrase (adverbs aside) has a
** subject before the preposition, the noun becomes the verb's subject,
** "which" with its preposition the verb's oblique, and the verb a
** relative clause of the old subject (in the old subject's place); when
** the noun is parsed as the verb's oblique and the verb has no subject,
** the noun becomes its subject. */
static void repair_prep_which_noun(sima_syntax *y, uint32_t first,
                                   uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t w = first + 2; w + 2 < end; w++) {
    int32_t n = y[w].head;
    if (!y[w].lemma ||
        (sima_casecmp(y[w].lemma, "which") &&
         sima_casecmp(y[w].lemma, "whom")) ||
        y[w].deprel != SIMA_DEP_DET || n != (int32_t)w + 1 ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN) ||
        y[w - 1].upos != SIMA_UPOS_ADP || y[w - 1].head != n ||
        y[w - 1].deprel != SIMA_DEP_CASE)
      continue;
    /* the noun's phrase, then adverbs, then the finite verb */
    uint32_t v = (uint32_t)n + 1;
    while (v < end && descends(y, first, end, (int32_t)v, n))
      v++;
    while (v < end && y[v].upos == SIMA_UPOS_ADV)
      v++;
    if (v >= end || y[v].upos != SIMA_UPOS_VERB ||
        (y[v].xpos != SIMA_XPOS_VBD && y[v].xpos != SIMA_XPOS_VBZ &&
         y[v].xpos != SIMA_XPOS_VBP) ||
        (y[n].head != (int32_t)v && descends(y, first, end, (int32_t)v, n)))
      continue;
    /* (the noun parsed as the verb's oblique, the verb with no subject:
    ** the noun is its subject all the same) */
    if (y[n].head == (int32_t)v) {
      int has = 0;
      for (uint32_t k = first; k < end && !has; k++)
        has = y[k].head == (int32_t)v &&
              deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ;
      if (has || deprel_base(y[n].deprel) != SIMA_DEP_OBL)
        continue;
      y[n].deprel = SIMA_DEP_NSUBJ;
      y[w].head = (int32_t)v;
      y[w].deprel = SIMA_DEP_OBL;
      y[w - 1].head = (int32_t)w;
      continue;
    }
    int32_t sj = -1;
    for (uint32_t k = first; k < w - 1; k++)
      if (y[k].head == (int32_t)v && y[k].deprel == SIMA_DEP_NSUBJ)
        sj = (int32_t)k;
    if (sj < 0 || !descends(y, first, end, n, sj))
      continue;
    y[sj].head = y[v].head;
    y[sj].deprel = y[v].deprel;
    y[v].head = sj;
    y[v].deprel = SIMA_DEP_ACL_RELCL;
    y[n].head = (int32_t)v;
    y[n].deprel = SIMA_DEP_NSUBJ;
    y[w].head = (int32_t)v;
    y[w].deprel = SIMA_DEP_OBL;
    y[w - 1].head = (int32_t)w;
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == (int32_t)v && (int32_t)k != n && k < w - 1 &&
          deprel_base(y[k].deprel) == SIMA_DEP_PUNCT)
        y[k].head = sj;
  }
}

/* RULE C-REPAIR (relative clause after a comma): "vowed revenge for the
** attack, in which seven guards were killed", parsed with "killed" a
** complement (ccomp) of "vowed", so the guards became what was vowed
** against: a clause opened by a preposition and the relative "which" or
** "whom" right after a comma and a noun ("the attack, in which ...") is a
** relative clause of that noun, also when the parser hung its verb on the
** verb of the sentence as a complement, parataxis or conjunct. */
static void repair_comma_which(sima_syntax *y, uint32_t first,
                               uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t w = first + 3; w + 1 < end; w++) {
    int32_t v = y[w].head;
    uint32_t cm = w - 2, n = w - 3;
    if (!y[w].lemma ||
        (sima_casecmp(y[w].lemma, "which") &&
         sima_casecmp(y[w].lemma, "whom")) ||
        y[w].upos != SIMA_UPOS_PRON || v <= (int32_t)w || v >= (int32_t)end ||
        y[v].upos != SIMA_UPOS_VERB ||
        deprel_base(y[w].deprel) != SIMA_DEP_OBL ||
        y[w - 1].upos != SIMA_UPOS_ADP || y[w - 1].head != (int32_t)w ||
        !y[cm].lemma || strcmp(y[cm].lemma, ",") != 0 ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN))
      continue;
    unsigned b = deprel_base(y[v].deprel);
    int32_t h = y[v].head;
    if ((b != SIMA_DEP_CCOMP && b != SIMA_DEP_PARATAXIS &&
         b != SIMA_DEP_CONJ) ||
        h < (int32_t)first || h >= (int32_t)n || y[h].upos != SIMA_UPOS_VERB ||
        !descends(y, first, end, (int32_t)n, h))
      continue;
    y[v].head = (int32_t)n;
    y[v].deprel = SIMA_DEP_ACL_RELCL;
    if (y[cm].head == h)
      y[cm].head = v;
  }
}

/* RULE C-REPAIR (whose clause with two subjects): "Farmers whose fields
** were burned by soldiers are unlikely to trust the police", parsed with
** "burned" the root and both "Farmers" and "fields" its subjects, the
** real predicate ("unlikely") a conjunct of it: so the soldiers became
** the ones who would not trust.  A verb with two subjects, the later one
** possessed by "whose" and the earlier a noun before "whose", and a
** conjunct after it with no subject of its own, is a relative clause of
** the earlier subject, which is the subject of that conjunct, now the
** predicate in the verb's place; the verb's dependents after the
** conjunct (the final stop) go with it. */
static void repair_whose_subjects(sima_syntax *y, uint32_t first,
                                  uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t w = first + 1; w + 2 < end; w++) {
    int32_t n2 = y[w].head;
    if (!y[w].lemma || sima_casecmp(y[w].lemma, "whose") != 0 ||
        n2 <= (int32_t)w || n2 >= (int32_t)end)
      continue;
    int32_t v = y[n2].head;
    if (v <= n2 || v >= (int32_t)end || y[v].upos != SIMA_UPOS_VERB ||
        deprel_base(y[n2].deprel) != SIMA_DEP_NSUBJ)
      continue;
    /* the earlier subject, before "whose" */
    int32_t n1 = -1;
    for (uint32_t k = first; k < w; k++)
      if (y[k].head == v && deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ &&
          (y[k].upos == SIMA_UPOS_NOUN || y[k].upos == SIMA_UPOS_PROPN ||
           y[k].upos == SIMA_UPOS_PRON))
        n1 = (int32_t)k;
    if (n1 < 0)
      continue;
    /* the conjunct after the verb, with no subject of its own (or, in
    ** the dense parser's reading, a complement clause with a copula of
    ** its own and no marker: "... by soldiers are unlikely to ...") */
    int32_t p = -1;
    for (uint32_t k = (uint32_t)v + 1; k < end && p < 0; k++)
      if (y[k].head == v &&
          (y[k].deprel == SIMA_DEP_CONJ ||
           (y[k].deprel == SIMA_DEP_CCOMP &&
            has_dep(y, first, end, k, SIMA_DEP_COP, 0) &&
            !has_dep(y, first, end, k, SIMA_DEP_MARK, 0))) &&
          (y[k].upos == SIMA_UPOS_VERB || y[k].upos == SIMA_UPOS_ADJ ||
           y[k].upos == SIMA_UPOS_NOUN))
        p = (int32_t)k;
    if (p < 0)
      continue;
    int subj = 0, pass = 0;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head != p)
        continue;
      subj |= deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ;
      pass |= y[k].deprel == SIMA_DEP_AUX_PASS;
    }
    if (subj)
      continue;
    y[p].head = y[v].head;
    y[p].deprel = y[v].deprel;
    y[n1].head = p;
    y[n1].deprel = pass ? SIMA_DEP_NSUBJ_PASS : SIMA_DEP_NSUBJ;
    y[v].head = n1;
    y[v].deprel = SIMA_DEP_ACL_RELCL;
    for (uint32_t k = (uint32_t)p + 1; k < end; k++)
      if (y[k].head == v)
        y[k].head = p;
  }
}

/* RULE C-REPAIR (result clause after "from" + gerund): "a policy that
** blocks migrants from seeking asylum, forcing some to cross on foot",
** parsed with "forcing" an adverbial clause (or a conjunct) of "seeking", so the migrants
** (who would seek) became the ones who force: a gerund after a comma hung
** on a gerund that is itself the "from" complement of a verb of
** prevention ("blocks/stops/bars/prevents X from doing") tells what that
** verb's act did, and hangs on that verb. */
static void repair_from_gerund_result(sima_syntax *y, uint32_t first,
                                      uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first + 3; v < end; v++) {
    int32_t g = y[v].head;
    if (y[v].xpos != SIMA_XPOS_VBG ||
        (y[v].deprel != SIMA_DEP_ADVCL && y[v].deprel != SIMA_DEP_CONJ) ||
        g < (int32_t)first || g >= (int32_t)v || !y[v - 1].lemma ||
        strcmp(y[v - 1].lemma, ",") != 0 || y[g].xpos != SIMA_XPOS_VBG ||
        deprel_base(y[g].deprel) != SIMA_DEP_ADVCL)
      continue;
    int32_t h = y[g].head;
    if (h < (int32_t)first || h >= g || y[h].upos != SIMA_UPOS_VERB)
      continue;
    int from = 0, cc = 0;
    for (uint32_t k = first; k < (uint32_t)g && !from; k++)
      from = y[k].head == g &&
             (y[k].deprel == SIMA_DEP_MARK || y[k].deprel == SIMA_DEP_CASE) &&
             y[k].lemma && !sima_casecmp(y[k].lemma, "from");
    /* (a conjunct with a conjunction of its own is a second gerund:
    ** "from working and travelling") */
    for (uint32_t k = (uint32_t)g + 1; k < v && !cc; k++)
      cc = y[k].head == (int32_t)v && y[k].deprel == SIMA_DEP_CC;
    if (!from || cc)
      continue;
    y[v].head = h;
    y[v].deprel = SIMA_DEP_ADVCL;
    if (y[v - 1].head == g)
      y[v - 1].head = (int32_t)v;
  }
}

/* RULE C-REPAIR (main clause after a subordinate one): "while soldiers
** condemn illegal mining, officials profit from it", parsed with
** "officials" a conjunct of the object "mining" and "profit" a participle
** on it, so the officials became the ones condemned: a subordinate clause
** (while, although, whereas, though, because, when, if) whose verb's
** object has a conjunct right after a comma, with a verb right after that
** conjunct hung on it with no subject of its own, ends at the comma: the
** conjunct is that verb's subject, the verb the clause's head in the
** subordinate verb's place, and the subordinate verb its adverbial
** clause. */
static void repair_main_after_sub(sima_syntax *y, uint32_t first,
                                  uint32_t count) {
  static const char *const sub[] = {"although", "because", "if",   "though",
                                    "when",     "whereas", "while"};
  uint32_t end = first + count;
  for (uint32_t n = first + 3; n + 1 < end; n++) {
    uint32_t p = n + 1;
    int32_t o = y[n].head;
    if (y[n].deprel != SIMA_DEP_CONJ || !y[n - 1].lemma ||
        strcmp(y[n - 1].lemma, ",") != 0 ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN) ||
        y[p].upos != SIMA_UPOS_VERB || y[p].head != (int32_t)n ||
        o < (int32_t)first || o >= (int32_t)n ||
        deprel_base(y[o].deprel) != SIMA_DEP_OBJ)
      continue;
    int32_t v = y[o].head;
    if (v < (int32_t)first || v >= o || y[v].upos != SIMA_UPOS_VERB)
      continue;
    /* the subordinator: a mark of v, or (misparsed) a case marker on its
    ** subject, before v */
    int32_t sm = -1;
    for (uint32_t k = first; k < (uint32_t)v && sm < 0; k++) {
      if (!y[k].lemma || !CODER_IN(sub, y[k].lemma))
        continue;
      int32_t h = y[k].head;
      if (h == v || (h >= (int32_t)first && h < v && y[h].head == v &&
                     deprel_base(y[h].deprel) == SIMA_DEP_NSUBJ))
        sm = (int32_t)k;
    }
    if (sm < 0)
      continue;
    int subj = 0, cc = 0;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head == (int32_t)p &&
          deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
        subj = 1;
      if (y[k].head == (int32_t)n && y[k].deprel == SIMA_DEP_CC)
        cc = 1;
    }
    if (subj || cc)
      continue;
    y[p].head = y[v].head;
    y[p].deprel = y[v].deprel;
    if (y[p].xpos == SIMA_XPOS_VBN)
      y[p].xpos = y[v].xpos;
    y[v].head = (int32_t)p;
    y[v].deprel = SIMA_DEP_ADVCL;
    y[n].head = (int32_t)p;
    y[n].deprel = SIMA_DEP_NSUBJ;
    y[n - 1].head = v;
    y[sm].head = v;
    y[sm].deprel = SIMA_DEP_MARK;
    /* a complementizer before the subordinator ("claimed that while
    ** ...") and the words after p that hung on v go with p */
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == v &&
          (((int32_t)k < sm && y[k].deprel == SIMA_DEP_MARK) || k > p))
        y[k].head = (int32_t)p;
  }
}

/* RULE C-REPAIR (noun with a particle): a particle ("up", "out", "off")
** attaches only to a verb, so a word tagged as a plural noun that has one
** and is a conjunct of a noun ("maneuvers through the elites and ends up
** facing charges for murdering an agent", "ends" a noun conjunct of
** "elites", "facing" a participle on "elites") is a verb, the conjunct of
** the verb above that noun, in its tense; a gerund right after the
** particle, hung on the noun before, is its complement.  So the elites do
** not face the charges nor murder the agent. */
static void repair_noun_particle(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t n = first + 2; n + 1 < end; n++) {
    int32_t o = y[n].head;
    uint32_t pr = n + 1;
    if (y[n].upos != SIMA_UPOS_NOUN || y[n].xpos != SIMA_XPOS_NNS ||
        y[n].deprel != SIMA_DEP_CONJ || o < (int32_t)first ||
        o >= (int32_t)n || y[pr].head != (int32_t)n ||
        y[pr].deprel != SIMA_DEP_COMPOUND_PRT ||
        (y[o].upos != SIMA_UPOS_NOUN && y[o].upos != SIMA_UPOS_PROPN))
      continue;
    /* the verb above the noun */
    int32_t v = y[o].head;
    for (int g = 0; g < 8 && v >= (int32_t)first && v < (int32_t)end &&
                    y[v].upos != SIMA_UPOS_VERB;
         g++)
      v = y[v].head;
    if (v < (int32_t)first || v >= (int32_t)n || y[v].upos != SIMA_UPOS_VERB ||
        (y[v].xpos != SIMA_XPOS_VBZ && y[v].xpos != SIMA_XPOS_VBD &&
         y[v].xpos != SIMA_XPOS_VBP))
      continue;
    y[n].upos = SIMA_UPOS_VERB;
    y[n].xpos = y[v].xpos;
    y[n].head = v;
    y[n].deprel = SIMA_DEP_CONJ;
    if (pr + 1 < end && y[pr + 1].xpos == SIMA_XPOS_VBG &&
        y[pr + 1].head == o) {
      y[pr + 1].head = (int32_t)n;
      y[pr + 1].deprel = SIMA_DEP_XCOMP;
    }
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
    /* (a hyphen joins the name to the next word, "NATO-member Turkey":
    ** repair_stacked_subject) */
    if (y[p + 1].lemma && !strcmp(y[p + 1].lemma, "-"))
      continue;
    int32_t v = y[p].head;
    if (v <= (int32_t)p + 1 || v >= (int32_t)end)
      continue;
    for (uint32_t k = p + 2; k < (uint32_t)v; k++) {
      if (y[k].head != v || deprel_base(y[k].deprel) != SIMA_DEP_NSUBJ)
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
/* Nouns of time that may stand as a bare adverbial noun phrase ("returned
** as heroes the next day"), on top of is_time_word's.  Sorted. */
static int is_time_noun(const char *l) {
  static const char *const tn[] = {"afternoon", "day",   "evening", "month",
                                   "morning",   "night", "time",    "week",
                                   "weekend",   "year"};
  return l && (CODER_IN(tn, l) || is_time_word(l));
}

/* Does token k open a noun phrase: an article or demonstrative, a
** possessive pronoun, or a name or noun marked with the possessive 's? */
static int np_opener(const sima_syntax *y, uint32_t k, uint32_t end) {
  static const char *const det[] = {"a",    "an",    "the",
                                    "these", "this", "those"};
  if (y[k].upos == SIMA_UPOS_DET)
    return y[k].lemma && CODER_IN(det, y[k].lemma);
  if (y[k].xpos == SIMA_XPOS_PRP_S)
    return 1;
  return (y[k].upos == SIMA_UPOS_PROPN || y[k].upos == SIMA_UPOS_NOUN) &&
         k + 1 < end && y[k + 1].xpos == SIMA_XPOS_POS;
}

/* RULE C-REPAIR (object after an as-predicate): a long object goes after
** the verb's short as-predicate ("Albania denounced as a crime Serbia's
** crackdown in Kosovo", "described as illegal the government's arrest of
** ..."), and the parser hangs it on the predicate (crackdown --nmod-->
** crime, with no preposition of its own) or gives the predicate to it
** (arrest --case--> as).  A verb with no object, followed by "as", a
** predicate of at most six words (articles, adjectives, nouns, an "of"
** phrase) ending in a noun or adjective, then a noun phrase opened by an
** article, a possessive or a name with 's whose head hangs back on the
** verb, "as" or the predicate: that head is the verb's object, the
** predicate (its last noun or adjective before any preposition) the
** verb's oblique (a noun, "as" its case) or open complement (an adjective,
** "as" its marker), and the predicate's other words the predicate's.  Not
** in a passive, nor for a noun of time ("returned as heroes the next
** day"). */
static void repair_as_object(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first; v + 3 < end; v++) {
    uint32_t as = v + 1;
    if (y[v].upos != SIMA_UPOS_VERB || !y[as].lemma ||
        sima_casecmp(y[as].lemma, "as"))
      continue;
    int skip = 0;
    for (uint32_t k = first; k < end && !skip; k++)
      if (y[k].head == (int32_t)v &&
          (deprel_base(y[k].deprel) == SIMA_DEP_OBJ ||
           y[k].deprel == SIMA_DEP_NSUBJ_PASS ||
           y[k].deprel == SIMA_DEP_AUX_PASS))
        skip = 1;
    if (skip)
      continue;
    /* the predicate as+1 .. b-1 and the opener b of the object */
    uint32_t b = 0;
    for (uint32_t k = as + 2; k < end && k <= as + 7; k++) {
      unsigned u = y[k - 1].upos;
      if (u != SIMA_UPOS_DET && u != SIMA_UPOS_ADJ && u != SIMA_UPOS_NOUN &&
          u != SIMA_UPOS_PROPN && u != SIMA_UPOS_ADV &&
          !(u == SIMA_UPOS_ADP && y[k - 1].lemma &&
            !sima_casecmp(y[k - 1].lemma, "of")))
        break;
      if ((u == SIMA_UPOS_NOUN || u == SIMA_UPOS_ADJ) && np_opener(y, k, end)) {
        b = k;
        break;
      }
    }
    if (!b)
      continue;
    /* the object's head: the first word from b on that hangs before b,
    ** with the words between it and b its own */
    uint32_t h = b;
    while (h < end && y[h].head >= (int32_t)b && y[h].head < (int32_t)end)
      h++;
    if (h >= end || y[h].head < (int32_t)v ||
        (y[h].upos != SIMA_UPOS_NOUN && y[h].upos != SIMA_UPOS_PROPN) ||
        is_time_noun(y[h].lemma))
      continue;
    int inside = 1;
    for (uint32_t k = b; k < h && inside; k++)
      inside = y[k].head >= (int32_t)b && y[k].head <= (int32_t)h;
    if (!inside)
      continue;
    uint32_t p = 0;
    for (uint32_t k = as + 1; k < b && y[k].upos != SIMA_UPOS_ADP; k++)
      if (y[k].upos == SIMA_UPOS_NOUN || y[k].upos == SIMA_UPOS_ADJ)
        p = k;
    /* (not when the verb hangs inside the phrases it takes: "imposed"
    ** parsed as an adjective of its object) */
    if (!p || descends(y, first, end, (int32_t)v, (int32_t)h) ||
        descends(y, first, end, (int32_t)v, (int32_t)p))
      continue;
    int adj = y[p].upos == SIMA_UPOS_ADJ;
    for (uint32_t k = as + 1; k < b; k++) {
      int32_t hd = y[k].head;
      if (k == p || (hd > (int32_t)as && hd < (int32_t)b))
        continue; /* the predicate's head, or a word hung inside it */
      if (y[k].upos == SIMA_UPOS_ADP) {
        uint32_t n = k + 1;
        while (n < b && y[n].upos != SIMA_UPOS_NOUN &&
               y[n].upos != SIMA_UPOS_PROPN)
          n++;
        y[k].head = (int32_t)(n < b ? n : p);
        y[k].deprel = SIMA_DEP_CASE;
        continue;
      }
      y[k].head = (int32_t)p;
      if (k > p)
        y[k].deprel = SIMA_DEP_NMOD;
      else if (y[k].upos == SIMA_UPOS_DET)
        y[k].deprel = SIMA_DEP_DET;
      else if (y[k].upos == SIMA_UPOS_ADJ)
        y[k].deprel = SIMA_DEP_AMOD;
      else if (y[k].upos == SIMA_UPOS_ADV)
        y[k].deprel = SIMA_DEP_ADVMOD;
      else
        y[k].deprel = SIMA_DEP_COMPOUND;
    }
    y[p].head = (int32_t)v;
    y[p].deprel = adj ? SIMA_DEP_XCOMP : SIMA_DEP_OBL;
    y[as].head = (int32_t)p;
    y[as].deprel = adj ? SIMA_DEP_MARK : SIMA_DEP_CASE;
    y[h].head = (int32_t)v;
    y[h].deprel = SIMA_DEP_OBJ;
  }
}

/* Is k a clause marked "if" or "unless"? */
static int if_clause(const sima_syntax *y, uint32_t first, uint32_t end,
                     uint32_t k) {
  unsigned b = deprel_base(y[k].deprel);
  if (b != SIMA_DEP_ADVCL && b != SIMA_DEP_ACL)
    return 0;
  for (uint32_t m = first; m < end; m++)
    if (y[m].head == (int32_t)k && y[m].deprel == SIMA_DEP_MARK && y[m].lemma &&
        (!sima_casecmp(y[m].lemma, "if") ||
         !sima_casecmp(y[m].lemma, "unless")))
      return 1;
  return 0;
}

/* RULE C-REPAIR (condition): a condition qualifies an act, not a thing or
** a saying.  An if/unless clause hung on a noun ("may halt its mediation
** among the republics if cooperation founders": republics --acl-->
** founders) belongs to the nearest verb above the noun; one hung on a
** speech verb that has a reported clause ("Russia could cut supplies if
** Kiev fails to pay, the minister said": said --advcl--> fails) belongs to
** the reported clause: news reports no conditional saying. */
static void repair_cond_clause(sima_syntax *y, uint32_t first,
                               uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t k = first; k < end; k++) {
    if (!if_clause(y, first, end, k))
      continue;
    int32_t h = y[k].head;
    if (h < (int32_t)first || h >= (int32_t)end)
      continue;
    if (y[h].upos == SIMA_UPOS_NOUN || y[h].upos == SIMA_UPOS_PROPN) {
      int32_t v = y[h].head;
      for (int i = 0; i < 8 && v >= (int32_t)first && v < (int32_t)end &&
                      y[v].upos != SIMA_UPOS_VERB;
           i++)
        v = y[v].head;
      if (v >= (int32_t)first && v < (int32_t)end &&
          y[v].upos == SIMA_UPOS_VERB) {
        y[k].head = v;
        y[k].deprel = SIMA_DEP_ADVCL;
      }
      continue;
    }
    if (!speech_verb(y, h))
      continue;
    for (uint32_t r = first; r < end; r++)
      if (y[r].head == h && deprel_base(y[r].deprel) == SIMA_DEP_CCOMP &&
          r != k) {
        y[k].head = (int32_t)r;
        y[k].deprel = SIMA_DEP_ADVCL;
        break;
      }
  }
}

static int is_comma(const sima_syntax *y, uint32_t k) {
  return y[k].upos == SIMA_UPOS_PUNCT && y[k].lemma && !strcmp(y[k].lemma, ",");
}

/* RULE C-REPAIR (agent after a parenthetical): a by-phrase right after the
** comma that closes a parenthetical clause ("the mayor has been accused of
** misusing state money, much of it thought to have been stolen, by
** his own aides") is no part of it: when the parser hangs it on a
** word of the parenthetical, and the clause the parenthetical hangs on
** (or the passive clause it is the adverbial or open complement of: "of
** misusing") is passive with no agent of its own, the phrase is that
** clause's agent. */
static void repair_agent_paren(sima_syntax *y, uint32_t first,
                               uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t c2 = first + 2; c2 + 2 < end; c2++) {
    if (!is_comma(y, c2) || !y[c2 + 1].lemma ||
        sima_casecmp(y[c2 + 1].lemma, "by") ||
        y[c2 + 1].deprel != SIMA_DEP_CASE)
      continue;
    int32_t a = y[c2 + 1].head;
    if (a <= (int32_t)c2 + 1 || a >= (int32_t)end ||
        deprel_base(y[a].deprel) != SIMA_DEP_OBL)
      continue;
    int32_t h = y[a].head;
    if (h < (int32_t)first || h >= (int32_t)c2)
      continue;
    uint32_t c1 = (uint32_t)h;
    while (c1 > first && !is_comma(y, c1))
      c1--;
    if (!is_comma(y, c1) || c1 + 1 >= c2)
      continue;
    /* the parenthetical (c1, c2): one word hangs outside it, before it */
    int32_t top = -1;
    int ok = 1;
    for (uint32_t k = c1 + 1; k < c2 && ok; k++) {
      int32_t hk = y[k].head;
      if (hk > (int32_t)c1 && hk < (int32_t)c2)
        continue;
      if (top >= 0 || hk < (int32_t)first || hk >= (int32_t)c1)
        ok = 0;
      else
        top = (int32_t)k;
    }
    if (!ok || top < 0)
      continue;
    int32_t v = y[top].head;
    /* (hung on the active complement of a passive verb: "accused of
    ** misusing funds, much of it believed embezzled, by ...": up to it) */
    for (int i = 0;
         i < 3 && y[v].upos == SIMA_UPOS_VERB &&
         !has_dep(y, first, end, (uint32_t)v, SIMA_DEP_AUX_PASS, 0) &&
         !has_dep(y, first, end, (uint32_t)v, SIMA_DEP_NSUBJ_PASS, 0) &&
         (y[v].deprel == SIMA_DEP_ADVCL || y[v].deprel == SIMA_DEP_XCOMP) &&
         y[v].head >= (int32_t)first;
         i++)
      v = y[v].head;
    if (y[v].upos != SIMA_UPOS_VERB ||
        !(has_dep(y, first, end, (uint32_t)v, SIMA_DEP_AUX_PASS, 0) ||
          has_dep(y, first, end, (uint32_t)v, SIMA_DEP_NSUBJ_PASS, 0)) ||
        has_dep(y, first, end, (uint32_t)v, SIMA_DEP_OBL_AGENT, 1))
      continue;
    y[a].head = v;
    y[a].deprel = SIMA_DEP_OBL_AGENT;
  }
}

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
          (deprel_base(y[m].deprel) == SIMA_DEP_OBJ ||
           y[m].deprel == SIMA_DEP_IOBJ || y[m].deprel == SIMA_DEP_CCOMP))
        other = 1;
    if (!other)
      y[k].deprel = SIMA_DEP_OBJ;
  }
}

/* RULE C-REPAIR (double object): a verb of giving with two noun phrases
** after it, both parsed as `obj` ("grant the refugees more rights", as the
** dense parser reads it), has the first as its indirect object, the one
** given to: it becomes `iobj`.  Only for verbs that take two objects
** (award, deny, give, grant, hand, lend, offer, owe, pay, promise, sell,
** send, show), the first phrase ending at its head, with nothing between
** it and the second but the second's own words. */
static void repair_double_object(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  static const char *const give[] = {"award", "deny",  "give", "grant",
                                     "hand",  "lend",  "offer", "owe",
                                     "pay",   "promise", "sell", "send",
                                     "show"};
  uint32_t end = first + count;
  for (uint32_t a = first + 1; a < end; a++) {
    int32_t v = y[a].head;
    if (y[a].deprel != SIMA_DEP_OBJ || v < (int32_t)first || v >= (int32_t)a ||
        y[v].upos != SIMA_UPOS_VERB || !y[v].lemma ||
        !CODER_IN(give, y[v].lemma) ||
        (y[a].upos != SIMA_UPOS_NOUN && y[a].upos != SIMA_UPOS_PROPN &&
         y[a].upos != SIMA_UPOS_PRON))
      continue;
    int32_t b = -1;
    for (uint32_t k = a + 1; k < end && b < 0; k++)
      if (y[k].head == v && y[k].deprel == SIMA_DEP_OBJ &&
          (y[k].upos == SIMA_UPOS_NOUN || y[k].upos == SIMA_UPOS_PROPN))
        b = (int32_t)k;
    /* (two bare common nouns side by side are one phrase, read as two
    ** objects: "send food aid", repair_noun_object_second) */
    if (b < 0 || (b == (int32_t)a + 1 && y[a].upos == SIMA_UPOS_NOUN))
      continue;
    /* (the first phrase ends at its head: "paid compensation to 67
    ** nationals, most of them, ..." is no pair) */
    int ok = 1;
    for (int32_t k = (int32_t)a + 1; k < b && ok; k++)
      if (!descends(y, first, end, k, b))
        ok = 0;
    if (ok)
      y[a].deprel = SIMA_DEP_IOBJ;
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
          (!sima_casecmp(y[k].lemma, "a") || !sima_casecmp(y[k].lemma, "an") ||
           !sima_casecmp(y[k].lemma, "the")))
        art = 1;
      if (y[k].head == v && deprel_base(y[k].deprel) == SIMA_DEP_OBJ)
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
      "accept",   "back",    "condemn", "criticise", "criticize", "defy",
      "denounce", "deplore", "dismiss", "endorse",   "heed",      "ignore",
      "oppose",   "reject",  "resist",  "spurn",     "support",   "welcome"};
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
        deprel_base(y[sj].deprel) != SIMA_DEP_NSUBJ ||
        (y[sj].upos != SIMA_UPOS_PROPN && y[sj].upos != SIMA_UPOS_NOUN &&
         y[sj].upos != SIMA_UPOS_ADJ))
      continue;
    int bad = 0;
    for (uint32_t k = first; k < end && !bad; k++) {
      if (y[k].head == v && deprel_base(y[k].deprel) == SIMA_DEP_OBJ)
        bad = 1;
      if (y[k].head == (int32_t)w &&
          (y[k].deprel == SIMA_DEP_MARK || y[k].deprel == SIMA_DEP_AUX ||
           deprel_base(y[k].deprel) == SIMA_DEP_OBJ))
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
        unsigned b = deprel_base(y[k].deprel);
        if (b == SIMA_DEP_XCOMP || b == SIMA_DEP_CCOMP || b == SIMA_DEP_ADVCL)
          y[k].deprel = SIMA_DEP_ACL;
        else if (b == SIMA_DEP_OBL)
          y[k].deprel = SIMA_DEP_NMOD;
      }
  }
}

/* RULE C-REPAIR (verbless sentence): "Greece, like most other members,
** plans to impose restrictions" is sometimes tagged with "plans" a plural
** noun, conjunct of "members", so the sentence's root is the noun
** "Greece" and it has no verb.  A sentence needs one: in a sentence whose
** root is a noun, a bare plural noun after it (no determiner, possessor,
** adjective, number or compound) that is the third-person form of a verb
** taking a to-infinitive (plan, seek, vow, threaten, ...) and has such an
** infinitive of its own is the verb: the root, with the old root its
** subject, the infinitive its open complement and the words after it that
** hung on the old root its own. */
static void repair_verbless(sima_syntax *y, uint32_t first, uint32_t count) {
  static const char *const tv[] = {"aim",    "hope",    "intend", "need",
                                   "plan",   "pledge",  "promise", "refuse",
                                   "seek",   "threaten", "vow",    "want",
                                   "wish"};
  uint32_t end = first + count;
  int32_t r = sole_root(y, first, end);
  if (r < 0 ||
      (y[r].upos != SIMA_UPOS_NOUN && y[r].upos != SIMA_UPOS_PROPN))
    return;
  for (uint32_t w = (uint32_t)r + 1; w < end; w++) {
    if (y[w].upos != SIMA_UPOS_NOUN || y[w].xpos != SIMA_XPOS_NNS ||
        !y[w].lemma || !CODER_IN(tv, y[w].lemma) ||
        !descends(y, first, end, (int32_t)w, r))
      continue;
    int32_t inf = -1;
    int bare = 1;
    for (uint32_t k = first; k < end && bare; k++) {
      if (y[k].head != (int32_t)w)
        continue;
      unsigned b = deprel_base(y[k].deprel);
      if (b == SIMA_DEP_DET || b == SIMA_DEP_NMOD_POSS ||
          y[k].deprel == SIMA_DEP_NMOD_POSS || b == SIMA_DEP_AMOD ||
          b == SIMA_DEP_NUMMOD || b == SIMA_DEP_COMPOUND)
        bare = 0;
      if (k > w && inf < 0 && y[k].upos == SIMA_UPOS_VERB &&
          (b == SIMA_DEP_ACL || b == SIMA_DEP_XCOMP) &&
          has_dep(y, first, end, k, SIMA_DEP_MARK, 0))
        inf = (int32_t)k;
    }
    if (!bare || inf < 0)
      continue;
    /* (the infinitive's marker is "to") */
    int to = 0;
    for (uint32_t k = first; k < (uint32_t)inf && !to; k++)
      to = y[k].head == inf && y[k].deprel == SIMA_DEP_MARK && y[k].lemma &&
           !sima_casecmp(y[k].lemma, "to");
    if (!to)
      continue;
    for (uint32_t k = w + 1; k < end; k++)
      if (y[k].head == r)
        y[k].head = (int32_t)w;
    root_verb(y, w, SIMA_XPOS_VBZ);
    y[r].head = (int32_t)w;
    y[r].deprel = SIMA_DEP_NSUBJ;
    y[inf].deprel = SIMA_DEP_XCOMP;
    return;
  }
}


/* Whether token v has a dependent whose relation's universal part is one of
** the two given (rel2 may repeat rel1). */
static int has_base_dep(const sima_syntax *y, uint32_t first, uint32_t end,
                        uint32_t v, unsigned rel1, unsigned rel2) {
  for (uint32_t k = first; k < end; k++)
    if (y[k].head == (int32_t)v) {
      unsigned b = deprel_base(y[k].deprel);
      if (b == rel1 || b == rel2)
        return 1;
    }
  return 0;
}

/* RULE C-REPAIR (noun root with a predicate): the dense parser sometimes
** reads a whole sentence as one noun phrase, its verb hung on the subject
** noun: "Turkish forces pushed deep into Syria" (pushed --acl--> forces),
** the headline "Bolivia to Ask UN for Help" (Ask --acl--> Bolivia), "The
** Kurdish force that has fought IS criticised the president" (criticised
** --xcomp--> the relative clause's verb).  A sentence needs a verb: when
** its only root is a noun or name with no subject, copula, auxiliary,
** case or marker of its own, the first verb of its phrase that is
**   (a) a past form (VBD/VBN) hung on it as a clause (acl) right after its
**       phrase, with an object or an oblique but no subject, auxiliary,
**       marker or by-agent of its own, in a sentence not in title case
**       ("Officials Imprisoned Pending Trial" stays a headline passive);
**   (b) a bare infinitive hung on it, its "to" right after the noun,
**       the noun a name or the sentence in title case (the headline
**       future "X to do Y", C-MOOD-HEADLINE-TO); or
**   (c) a finite verb (VBD/VBZ/VBP) hung, with no subject, marker,
**       conjunction or "to" of its own, as a complement or parataxis on
**       the verb of a relative clause of the noun; or
**   (d) a finite or past verb hung beside the noun (parataxis, or a
**       conjunct with no conjunction) after a
**       relative clause of the noun ("Mexican police, who have fought
**       the cartels since the 1970s, arrested two smugglers"),
** (for (a) and (b), with no other verb before it outside its clause)
** is the sentence's root, the noun its subject; what hung on the noun
** after the verb hangs on the verb (nominal modifiers and appositions as
** obliques: "..., up from 250 in 2013"), but an apposition after a comma
** on the noun or name whose phrase ends before the comma ("gathered to
** mourn Hassan Ali, the French film-maker"). */
static void repair_noun_root_predicate(const sima_doc *doc, sima_syntax *y,
                                       uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  int32_t r = sole_root(y, first, end);
  if (r < 0 || (y[r].upos != SIMA_UPOS_NOUN && y[r].upos != SIMA_UPOS_PROPN))
    return;
  for (uint32_t k = first; k < end; k++) {
    if (y[k].head != r)
      continue;
    unsigned b = deprel_base(y[k].deprel);
    if (b == SIMA_DEP_NSUBJ || b == SIMA_DEP_COP || b == SIMA_DEP_AUX ||
        b == SIMA_DEP_CASE || b == SIMA_DEP_MARK || b == SIMA_DEP_EXPL ||
        b == SIMA_DEP_CSUBJ)
      return;
  }
  int32_t p = -1;
  for (uint32_t k = (uint32_t)r + 1; k < end && p < 0; k++) {
    if (y[k].upos != SIMA_UPOS_VERB)
      continue;
    int32_t h = y[k].head;
    if (h < (int32_t)first || h >= (int32_t)end)
      return;
    if (h == r && y[k].deprel == SIMA_DEP_ACL_RELCL)
      continue; /* (the relative clause itself) */
    if (has_base_dep(y, first, end, k, SIMA_DEP_NSUBJ, SIMA_DEP_CSUBJ) ||
        has_dep(y, first, end, k, SIMA_DEP_CC, 0))
      return; /* the first verb has a subject of its own: a clause */
    int marked = has_dep(y, first, end, k, SIMA_DEP_MARK, 0);
    int to = marked && k > first && y[k - 1].head == (int32_t)k &&
             y[k - 1].deprel == SIMA_DEP_MARK && y[k - 1].lemma &&
             !sima_casecmp(y[k - 1].lemma, "to");
    if (h == r && y[k].deprel == SIMA_DEP_ACL) {
      /* (no other verb before it: "Riot police used water cannon to
      ** scatter students", used --amod--> cannon, is C-REPAIR parse's) */
      int alone = 1;
      for (uint32_t m = first; m < k && alone; m++)
        alone = y[m].upos != SIMA_UPOS_VERB ||
                descends(y, first, end, (int32_t)m, (int32_t)k);
      if (!alone)
        return;
      if (y[k].xpos == SIMA_XPOS_VB && to && k - 1 == (uint32_t)r + 1 &&
          (y[r].upos == SIMA_UPOS_PROPN || title_case(doc, first, count))) {
        p = (int32_t)k; /* (b) */
        break;
      }
      if ((y[k].xpos != SIMA_XPOS_VBD && y[k].xpos != SIMA_XPOS_VBN) ||
          marked || has_dep(y, first, end, k, SIMA_DEP_AUX, 0) ||
          has_dep(y, first, end, k, SIMA_DEP_AUX_PASS, 0) ||
          has_dep(y, first, end, k, SIMA_DEP_OBL_AGENT, 1) ||
          !has_base_dep(y, first, end, k, SIMA_DEP_OBJ, SIMA_DEP_OBL) ||
          title_case(doc, first, count))
        return;
      int phrase = 1; /* the tokens before it are the noun's phrase */
      for (uint32_t m = (uint32_t)r + 1; m < k && phrase; m++)
        phrase = y[m].upos != SIMA_UPOS_PUNCT && y[m].upos != SIMA_UPOS_VERB &&
                 descends(y, first, end, (int32_t)m, r);
      if (!phrase)
        return;
      p = (int32_t)k; /* (a) */
      break;
    }
    /* (c): on the verb of a relative clause of the noun */
    if ((y[k].xpos == SIMA_XPOS_VBD || y[k].xpos == SIMA_XPOS_VBZ ||
         y[k].xpos == SIMA_XPOS_VBP) &&
        !marked &&
        (y[k].deprel == SIMA_DEP_XCOMP || y[k].deprel == SIMA_DEP_CCOMP ||
         y[k].deprel == SIMA_DEP_PARATAXIS) &&
        h < (int32_t)k && y[h].head == r &&
        y[h].deprel == SIMA_DEP_ACL_RELCL) {
      p = (int32_t)k;
      break;
    }
    /* (d): beside the noun (parataxis) after a relative clause of it
    ** set off by commas: "Mexican police, who have fought the cartels
    ** since the 1970s, arrested two smugglers" */
    if ((y[k].xpos == SIMA_XPOS_VBD || y[k].xpos == SIMA_XPOS_VBN ||
         y[k].xpos == SIMA_XPOS_VBZ || y[k].xpos == SIMA_XPOS_VBP) &&
        !marked && h == r &&
        (y[k].deprel == SIMA_DEP_PARATAXIS || y[k].deprel == SIMA_DEP_CONJ) &&
        !has_dep(y, first, end, k, SIMA_DEP_AUX_PASS, 0)) {
      int rel = 0;
      for (uint32_t m = (uint32_t)r + 1; m < k && !rel; m++)
        rel = y[m].head == r && y[m].deprel == SIMA_DEP_ACL_RELCL;
      if (rel) {
        p = (int32_t)k;
        break;
      }
    }
  }
  if (p < 0)
    return;
  for (uint32_t k = (uint32_t)p + 1; k < end; k++)
    if (y[k].head == r) {
      y[k].head = p;
      if (y[k].deprel == SIMA_DEP_APPOS) {
        /* an apposition after a comma names the noun or name whose
        ** phrase ends right before that comma ("to mourn Hassan Ali,
        ** the French film-maker") */
        uint32_t a = k;
        while (a > (uint32_t)p + 1 && descends(y, first, end, (int32_t)a - 1,
                                               (int32_t)k))
          a--;
        int32_t n = -1;
        if (a > (uint32_t)p + 1 && a < k && y[a].upos == SIMA_UPOS_PUNCT) {
          n = (int32_t)a - 1;
          for (uint32_t i = 0; i < count && y[n].head > p &&
                               y[n].head < (int32_t)a &&
                               (y[y[n].head].upos == SIMA_UPOS_NOUN ||
                                y[y[n].head].upos == SIMA_UPOS_PROPN);
               i++)
            n = y[n].head; /* (up the name or noun phrase: Ali -> Hassan) */
        }
        if (n > p && (y[n].upos == SIMA_UPOS_NOUN ||
                      y[n].upos == SIMA_UPOS_PROPN)) {
          y[k].head = n;
          continue;
        }
      }
      if (y[k].deprel == SIMA_DEP_NMOD || y[k].deprel == SIMA_DEP_APPOS)
        y[k].deprel = SIMA_DEP_OBL;
    }
  y[p].head = -1;
  y[p].deprel = SIMA_DEP_ROOT;
  y[r].head = p;
  y[r].deprel = SIMA_DEP_NSUBJ;
}

/* RULE C-REPAIR (adverb of return): "Mexico sent the migrants back to
** Guatemala", "Government forces won back control of Homs" are parsed
** by the dense parser with the destination an oblique of the adverb
** (Guatemala --obl--> back) or the adverb a modifier of the object that
** follows it (back --advmod--> control).  The adverbs of direction back,
** away and home modify the verb: one right after a verb that hangs on the
** verb's object after it moves to the verb, and an oblique of one that
** hangs on a verb is the verb's (the coder finds a verb's destination and
** phrases on the verb). */
static void repair_return_adverb(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  static const char *const dirs[] = {"away", "back", "home"}; /* sorted */
  uint32_t end = first + count;
  for (uint32_t a = first + 1; a < end; a++) {
    if (y[a].upos != SIMA_UPOS_ADV || y[a].deprel != SIMA_DEP_ADVMOD ||
        !y[a].lemma || !CODER_IN(dirs, y[a].lemma))
      continue;
    int32_t h = y[a].head;
    if (h < (int32_t)first || h >= (int32_t)end)
      continue;
    if (h > (int32_t)a && y[a - 1].upos == SIMA_UPOS_VERB &&
        y[h].head == (int32_t)a - 1 && y[h].deprel == SIMA_DEP_OBJ &&
        (y[h].upos == SIMA_UPOS_NOUN || y[h].upos == SIMA_UPOS_PROPN)) {
      y[a].head = (int32_t)a - 1; /* "won back control" */
      h = (int32_t)a - 1;
    }
    if (y[h].upos != SIMA_UPOS_VERB)
      continue;
    for (uint32_t k = a + 1; k < end; k++)
      if (y[k].head == (int32_t)a && deprel_base(y[k].deprel) == SIMA_DEP_OBL &&
          (y[k].upos == SIMA_UPOS_NOUN || y[k].upos == SIMA_UPOS_PROPN) &&
          has_dep(y, first, end, k, SIMA_DEP_CASE, 0))
        y[k].head = h; /* "sent the migrants back to Guatemala" */
  }
}

/* RULE C-REPAIR (object before a count of times): "Colombian rebels have
** attacked the army 40 times since 2016" is parsed by the dense parser
** with the object a compound of "times" (army --compound--> times, the
** count phrase an unmarked oblique of the verb).  A noun that is a
** compound of "times" (or "time") with a number between them is not
** part of that phrase: it is the object of the verb the count phrase hangs
** on, when that verb has none. */
static void repair_times_object(sima_syntax *y, uint32_t first,
                                uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t t = first + 2; t < end; t++) {
    int32_t v = y[t].head;
    if (y[t].upos != SIMA_UPOS_NOUN || !y[t].lemma ||
        sima_casecmp(y[t].lemma, "time") || v < (int32_t)first ||
        v >= (int32_t)end || y[v].upos != SIMA_UPOS_VERB ||
        deprel_base(y[t].deprel) != SIMA_DEP_OBL ||
        has_dep(y, first, end, (uint32_t)v, SIMA_DEP_OBJ, 0))
      continue;
    int32_t o = -1, num = -1;
    for (uint32_t k = first; k < t; k++)
      if (y[k].head == (int32_t)t) {
        if (y[k].deprel == SIMA_DEP_NUMMOD)
          num = (int32_t)k;
        else if (y[k].deprel == SIMA_DEP_COMPOUND && o < 0 &&
                 (y[k].upos == SIMA_UPOS_NOUN || y[k].upos == SIMA_UPOS_PROPN))
          o = (int32_t)k;
      }
    if (o < 0 || num < o || o < v)
      continue;
    y[o].head = v;
    y[o].deprel = SIMA_DEP_OBJ;
  }
}

/* RULE C-REPAIR (subject of a noun): "A Zetas attack on the Gulf Cartel
** could trigger a war" is parsed by the dense parser with the name a
** subject of the noun "attack".  A noun with no copula takes no subject:
** a noun or name right before a common noun it hangs on as subject, the
** noun having no copula, auxiliary or case marker of its own, is the
** noun's modifier (compound: the author of the act named, as the sparse
** parser reads it). */
static void repair_noun_subject(sima_syntax *y, uint32_t first,
                                uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t s = first; s + 1 < end; s++) {
    uint32_t n = s + 1;
    if (y[s].head != (int32_t)n || deprel_base(y[s].deprel) != SIMA_DEP_NSUBJ ||
        (y[s].upos != SIMA_UPOS_NOUN && y[s].upos != SIMA_UPOS_PROPN) ||
        y[n].upos != SIMA_UPOS_NOUN || y[n].head < 0 ||
        has_dep(y, first, end, n, SIMA_DEP_COP, 0) ||
        has_dep(y, first, end, n, SIMA_DEP_AUX, 0) ||
        has_dep(y, first, end, n, SIMA_DEP_CASE, 0) ||
        has_dep(y, first, end, n, SIMA_DEP_MARK, 0))
      continue;
    y[s].deprel = SIMA_DEP_COMPOUND;
  }
}

/* RULE C-REPAIR (conjunct of the reported verb): "Spain announced it would
** accept, but prosecute, the Spanish fighters" is parsed by the dense
** parser with "prosecute" a conjunct of "announced".  A bare verb form
** (VB, or VBP under a past-tense verb) cannot be the conjunct of a past
** verb: a conjunct with a conjunction and no subject of its own that
** follows a complement clause of its head whose verb is a bare form with
** a modal or "to" (every token between them in that clause) is that
** verb's conjunct, sharing its modal and subject (C-CONJ-BARE-MODAL). */
static void repair_bare_conj(sima_syntax *y, uint32_t first,
                             uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t p = first + 2; p < end; p++) {
    int32_t v = y[p].head;
    if (y[p].upos != SIMA_UPOS_VERB || y[p].deprel != SIMA_DEP_CONJ ||
        v < (int32_t)first || v >= (int32_t)p ||
        y[v].xpos != SIMA_XPOS_VBD ||
        (y[p].xpos != SIMA_XPOS_VB && y[p].xpos != SIMA_XPOS_VBP) ||
        !has_dep(y, first, end, p, SIMA_DEP_CC, 0) ||
        has_base_dep(y, first, end, p, SIMA_DEP_NSUBJ, SIMA_DEP_AUX))
      continue;
    /* the complement verb right before the conjunct's conjunction */
    int32_t c = -1;
    for (uint32_t k = (uint32_t)v + 1; k < p; k++)
      if (y[k].head == v && y[k].upos == SIMA_UPOS_VERB &&
          y[k].xpos == SIMA_XPOS_VB &&
          (y[k].deprel == SIMA_DEP_CCOMP || y[k].deprel == SIMA_DEP_XCOMP))
        c = (int32_t)k;
    if (c < 0 || !(has_dep(y, first, end, (uint32_t)c, SIMA_DEP_AUX, 0) ||
                   has_dep(y, first, end, (uint32_t)c, SIMA_DEP_MARK, 0)))
      continue;
    int near = 1; /* only punctuation and the conjunction between */
    for (uint32_t k = (uint32_t)c + 1; k < p && near; k++)
      near = (y[k].head == (int32_t)p &&
              (y[k].deprel == SIMA_DEP_CC || y[k].deprel == SIMA_DEP_PUNCT)) ||
             descends(y, first, end, (int32_t)k, c);
    if (!near)
      continue;
    y[p].head = c;
    y[p].xpos = SIMA_XPOS_VB;
  }
}

/* Verbs of perception that take an object and a gerund clause ("heard
** him threatening", "caught police beating protesters").  Sorted. */
static int is_perception_verb(const char *l) {
  static const char *const pv[] = {"catch", "film",    "hear",
                                   "see",   "show",    "spot",
                                   "watch", "witness"};
  return l && CODER_IN(pv, l);
}

/* Verbs whose complement is a gerund clause sharing their subject
** ("admitted arming the militia", "denied attacking the convoy").
** Sorted. */
static int is_gerund_complement_verb(const char *l) {
  static const char *const gv[] = {
      "acknowledge", "admit",   "avoid",  "confess", "consider", "deny",
      "discuss",     "propose", "recall", "resume",  "risk",     "suggest"};
  return l && CODER_IN(gv, l);
}

/* RULE C-REPAIR (gerund after a verb of perception): "the gang leader can
** be heard threatening the guards" is parsed by the dense parser with the
** gerund an adverbial clause of "heard", and "The camera caught Mexican
** police beating protesters" with "beating" an adjective of "protesters",
** a bare modifier (nmod) of "police".  After a verb of perception the
** gerund is its open complement (the perceived act, its subject the
** verb's object or passive subject, C-IDENT-PARTICIPLE), and so it is
** after a verb with no object that takes a gerund complement ("admitted
** arming the militia": the act admitted, C-ACKNOWLEDGE-OTHERS): a gerund
** right after the verb hung on it as an adverbial clause with no marker
** or subject becomes that; one hung as advcl on the verb after the
** verb's object's phrase ("seeing banners signed by the gang, making
** threats") is the object's modifier (acl: the banners make threats); a
** gerund between the verb's object and a caseless noun that
** hangs on the object, the gerund an adjective of that noun, is a
** modifier (acl) of the object with the noun its object. */
static void repair_perceived_gerund(sima_syntax *y, uint32_t first,
                                    uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t g = first + 1; g + 1 < end; g++) {
    if (y[g].xpos != SIMA_XPOS_VBG)
      continue;
    int32_t h = y[g].head;
    if (h == (int32_t)g - 1 && y[g].upos == SIMA_UPOS_VERB &&
        y[g].deprel == SIMA_DEP_ADVCL &&
        (is_perception_verb(y[h].lemma) ||
         (is_gerund_complement_verb(y[h].lemma) &&
          !has_dep(y, first, end, (uint32_t)h, SIMA_DEP_OBJ, 0))) &&
        !has_base_dep(y, first, end, g, SIMA_DEP_MARK, SIMA_DEP_NSUBJ)) {
      y[g].deprel = SIMA_DEP_XCOMP;
      continue;
    }
    /* "seeing banners signed by X, making threats": making --advcl-->
    ** seeing, after the object's phrase and a comma */
    if (h >= (int32_t)first && h < (int32_t)g && y[g].upos == SIMA_UPOS_VERB &&
        y[g].deprel == SIMA_DEP_ADVCL && is_perception_verb(y[h].lemma) &&
        !has_base_dep(y, first, end, g, SIMA_DEP_MARK, SIMA_DEP_NSUBJ)) {
      int32_t o = -1;
      for (uint32_t k = (uint32_t)h + 1; k < g && o < 0; k++)
        if (y[k].head == h && y[k].deprel == SIMA_DEP_OBJ &&
            (y[k].upos == SIMA_UPOS_NOUN || y[k].upos == SIMA_UPOS_PROPN))
          o = (int32_t)k;
      int phrase = o >= 0;
      for (uint32_t k = (uint32_t)o + 1; phrase && k < g; k++)
        phrase = descends(y, first, end, (int32_t)k, o) ||
                 (y[k].upos == SIMA_UPOS_PUNCT && y[k].head == (int32_t)g);
      if (phrase) {
        y[g].head = o;
        y[g].deprel = SIMA_DEP_ACL;
        continue;
      }
    }
    uint32_t n = g + 1;
    int32_t o = y[n].head;
    if (h != (int32_t)n || y[g].deprel != SIMA_DEP_AMOD ||
        y[n].upos != SIMA_UPOS_NOUN || y[n].deprel != SIMA_DEP_NMOD ||
        o != (int32_t)g - 1 || y[o].deprel != SIMA_DEP_OBJ ||
        y[o].head < (int32_t)first || !is_perception_verb(y[y[o].head].lemma) ||
        has_dep(y, first, end, n, SIMA_DEP_CASE, 0))
      continue;
    y[g].upos = SIMA_UPOS_VERB;
    y[g].head = o;
    y[g].deprel = SIMA_DEP_ACL;
    y[n].head = (int32_t)g;
    y[n].deprel = SIMA_DEP_OBJ;
  }
}

/* RULE C-REPAIR (second subject after a semicolon): "Bolivian police train
** in many countries; this is largely an agreement between Peru and
** Bolivia" is parsed by the dense parser with both "train" (read as a
** noun) and "this" subjects of "agreement".  A semicolon ends a clause:
** of two subjects of one head, one before a semicolon and one after it,
** the later is the head's subject and the earlier the head of what came
** before the semicolon, a clause of its own beside the head
** (parataxis), so C-PRONOUN-PREDICATE and the subject rules read the
** subject of the clause they are in. */
static void repair_semicolon_two_subjects(sima_syntax *y, uint32_t first,
                                          uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t x = first + 1; x + 1 < end; x++) {
    if (!y[x].lemma || strcmp(y[x].lemma, ";"))
      continue;
    for (uint32_t s2 = x + 1; s2 < end; s2++) {
      int32_t h = y[s2].head;
      if (deprel_base(y[s2].deprel) != SIMA_DEP_NSUBJ || h < (int32_t)first ||
          h >= (int32_t)end)
        continue;
      int32_t s1 = -1;
      for (uint32_t k = first; k < x && s1 < 0; k++)
        if (y[k].head == h && deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
          s1 = (int32_t)k;
      if (s1 < 0)
        continue;
      y[s1].deprel = SIMA_DEP_PARATAXIS;
      if (y[x].head == s1)
        y[x].head = h;
      break;
    }
  }
}

/* RULE C-HEADLINE-PASSIVE (dense parse): "Top Peruvian Officials
** Imprisoned Pending Odebrecht Trial" is parsed by the dense parser with
** the participle an adjective of "Trial" and "Pending" a name in that
** phrase, a shape the participle repair (C-REPAIR parse) would turn into
** officials imprisoning a trial.  In a title-case headline a past
** participle right after the noun that the participle's noun hangs on,
** followed by a word that opens an adjunct (pending, after, during, ...,
** adjunct_word), is that noun's reduced passive (acl): the adjunct word
** is the case of the phrase after it, an oblique of the participle, and
** the words hung on the adjunct word go to that phrase's noun. */
static void repair_headline_participle(const sima_doc *doc, sima_syntax *y,
                                       uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  if (!title_case(doc, first, count))
    return;
  for (uint32_t v = first + 1; v + 2 < end && v + 1 < doc->ntokens; v++) {
    int32_t n = y[v].head;
    uint32_t a = v + 1;
    if (y[v].upos != SIMA_UPOS_VERB || y[v].xpos != SIMA_XPOS_VBN ||
        y[v].deprel != SIMA_DEP_AMOD || n <= (int32_t)a ||
        n >= (int32_t)end || y[n].head != (int32_t)v - 1 ||
        (y[v - 1].upos != SIMA_UPOS_NOUN && y[v - 1].upos != SIMA_UPOS_PROPN) ||
        !adjunct_word(doc, a) || !descends(y, first, end, (int32_t)a, n))
      continue;
    for (uint32_t k = a + 1; k < (uint32_t)n; k++)
      if (y[k].head == (int32_t)a) {
        y[k].head = n;
        y[k].deprel = SIMA_DEP_COMPOUND;
      }
    y[v].head = (int32_t)v - 1;
    y[v].deprel = SIMA_DEP_ACL;
    y[n].head = (int32_t)v;
    y[n].deprel = SIMA_DEP_OBL;
    y[a].head = n;
    y[a].deprel = SIMA_DEP_CASE;
    y[a].upos = SIMA_UPOS_ADP;
    y[a].xpos = SIMA_XPOS_IN;
  }
}

/* RULE C-REPAIR (that-clause of the verb before it): "Rivals want to
** push the mayor into admitting that the prosecutors would investigate
** the governor" is parsed by the dense parser with the that-clause an
** adverbial clause of "push", as if the pushing were for the
** investigation (C-COERCED-SAY reads what the mayor is pushed to admit).
** A clause marked "that" right after a verb is that verb's complement: a
** that-clause hung as an adverbial clause on a verb further up, when the
** word before "that" is a verb below that one with no complement clause
** or object of its own, becomes that verb's clausal complement (ccomp). */
static void repair_that_after_verb(sima_syntax *y, uint32_t first,
                                   uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t m = first + 1; m + 1 < end; m++) {
    int32_t c = y[m].head;
    uint32_t w = m - 1;
    if (y[m].deprel != SIMA_DEP_MARK || !y[m].lemma ||
        sima_casecmp(y[m].lemma, "that") || c <= (int32_t)m ||
        c >= (int32_t)end || y[c].deprel != SIMA_DEP_ADVCL ||
        y[w].upos != SIMA_UPOS_VERB || y[c].head == (int32_t)w ||
        !descends(y, first, end, (int32_t)w, y[c].head) ||
        has_base_dep(y, first, end, w, SIMA_DEP_CCOMP, SIMA_DEP_OBJ))
      continue;
    y[c].head = (int32_t)w;
    y[c].deprel = SIMA_DEP_CCOMP;
  }
}

/* RULE C-REPAIR (compound with a preposition): "the arrest of three
** Colombian traffickers in Ecuador surprised analysts" is parsed by the
** dense parser (with "surprised" an adjective) with "Ecuador", whose
** preposition is "in", a compound of "analysts".  A compound takes no
** preposition: a noun or name hung as compound on a later noun that is
** itself a nominal modifier (nmod) of a noun before, with a preposition
** right before it (hung on it or on the later noun) and an adjective of
** the later noun between them, is a modifier (nmod) of the noun the later
** one hangs on, the preposition its case ("traffickers in Ecuador"). */
static void repair_compound_case(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t c = first + 1; c + 2 < end; c++) {
    int32_t n = y[c].head;
    if (y[c].deprel != SIMA_DEP_COMPOUND ||
        (y[c].upos != SIMA_UPOS_NOUN && y[c].upos != SIMA_UPOS_PROPN) ||
        n <= (int32_t)c + 1 || n >= (int32_t)end ||
        deprel_base(y[n].deprel) != SIMA_DEP_NMOD ||
        y[n].head < (int32_t)first ||
        y[n].head >= (int32_t)c)
      continue;
    /* (the preposition right before it, hung on it or on the later
    ** noun) */
    uint32_t cs = c - 1;
    int adj = 0;
    for (uint32_t k = c + 1; k < (uint32_t)n; k++)
      if (y[k].head == n && y[k].deprel == SIMA_DEP_AMOD)
        adj = 1;
    if (!adj || y[cs].deprel != SIMA_DEP_CASE ||
        (y[cs].head != (int32_t)c && y[cs].head != n))
      continue;
    y[cs].head = (int32_t)c;
    y[c].head = y[n].head;
    y[c].deprel = SIMA_DEP_NMOD;
  }
}

/* RULE C-REPAIR (recipient in the object's of-phrase): "Denmark refused to
** offer a right of return to the children" is parsed by the dense parser
** with "to the children" a modifier of "return", inside the object's
** of-phrase, out of reach of the verb's recipient (obl(to)).  After a
** verb of giving (extend, give, grant, hand, offer, provide) with no
** to-phrase of its own, a to-phrase on the of-phrase of its object that
** names people or a group (an actor mention with a sector: "the
** children", "the Colombian government"; a bare country stays, "the
** return of refugees to Syria") is the verb's recipient (obl). */
static void repair_recipient_of(const sima_doc *doc, sima_syntax *y,
                                uint32_t first, uint32_t count) {
  static const char *const give[] = {"extend", "give",  "grant",
                                     "hand",   "offer", "provide"};
  uint32_t end = first + count;
  for (uint32_t r = first + 3; r < end; r++) {
    int32_t k = y[r].head;
    if (deprel_base(y[r].deprel) != SIMA_DEP_NMOD || k < (int32_t)first ||
        k >= (int32_t)r || deprel_base(y[k].deprel) != SIMA_DEP_NMOD)
      continue;
    int32_t o = y[k].head;
    if (o < (int32_t)first || o >= k || y[o].deprel != SIMA_DEP_OBJ)
      continue;
    int32_t v = y[o].head;
    if (v < (int32_t)first || v >= o || y[v].upos != SIMA_UPOS_VERB ||
        !y[v].lemma || !CODER_IN(give, y[v].lemma))
      continue;
    int to = 0, of = 0, vto = 0;
    for (uint32_t m = first; m < end; m++) {
      if (y[m].deprel != SIMA_DEP_CASE || !y[m].lemma)
        continue;
      if (y[m].head == (int32_t)r && !sima_casecmp(y[m].lemma, "to"))
        to = 1;
      else if (y[m].head == k && !sima_casecmp(y[m].lemma, "of"))
        of = 1;
      else if (!sima_casecmp(y[m].lemma, "to") && y[m].head >= (int32_t)first &&
               y[y[m].head].head == v &&
               deprel_base(y[y[m].head].deprel) == SIMA_DEP_OBL)
        vto = 1;
    }
    if (!to || !of || vto)
      continue;
    int people = 0;
    for (uint32_t m = 0; m < doc->nmentions && !people; m++) {
      const sima_mention *mm = &doc->mentions[m];
      people = mm->code && mm->sector && mm->sector[0] && r >= mm->first &&
               r < mm->first + mm->count;
    }
    if (!people)
      continue;
    y[r].head = v;
    y[r].deprel = SIMA_DEP_OBL;
  }
}
/* 1 when verb w in [first, end) has the auxiliary "have" of a perfect
** ("have claimed"). */
static int perfect_aux(const sima_syntax *y, uint32_t first, uint32_t end,
                       uint32_t w) {
  for (uint32_t k = first; k < end && k < w; k++)
    if (y[k].head == (int32_t)w && y[k].deprel == SIMA_DEP_AUX && y[k].lemma &&
        !sima_casecmp(y[k].lemma, "have"))
      return 1;
  return 0;
}

/* RULE C-REPAIR (verb conjunct on a noun): "The government condemned an
** attack by soldiers in Ithilen on Thursday and promised aid to the
** villages" is often parsed with "promised" a conjunct of the noun
** "attack".  A verb with a coordinating conjunction and an object of its
** own, in the past (VBD, VBN) or present (VBZ, VBP) as the finite verb
** above the noun (not a participle after an auxiliary: it has none), is
** coordinated with that verb and shares its subject (C-CONJ-VERB); a VBN
** there takes the finite verb's tag (it is no passive participle).  So
** does a past form after a perfect participle (perfect_aux: "have claimed
** ... and displaced"). */
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
      unsigned b = deprel_base(y[k].deprel);
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
    int past =
        wx == SIMA_XPOS_VBD && (vx == SIMA_XPOS_VBD || vx == SIMA_XPOS_VBN);
    int pres = (wx == SIMA_XPOS_VBZ || wx == SIMA_XPOS_VBP) && vx == wx;
    /* RULE C-REPAIR (perfect verb conjunct on a noun): the same after a
    ** perfect ("The wars have claimed the lives of thousands of Syrians
    ** and displaced half the population": "displaced", tagged VBD, hung
    ** on "Syrians"): a past form after a participle with "have" shares
    ** that auxiliary and the subject, and is a participle too */
    int perfect = wx == SIMA_XPOS_VBN && perfect_aux(y, first, end, (uint32_t)w) &&
                  (vx == SIMA_XPOS_VBD || vx == SIMA_XPOS_VBN);
    if (!past && !pres && !perfect)
      continue;
    y[v].head = w;
    y[v].deprel = SIMA_DEP_CONJ;
    y[v].xpos = (uint16_t)wx;
  }
}

/* RULE C-REPAIR (verb read as a participle adjective): "The government
** condemned an attack ... and promised aid to the villages" is often
** parsed with "promised" (tagged VBN) an adjective of "aid", itself a
** conjunct of "condemned".  A past form right after "and"/"or", hung as
** amod on the noun right after it, that noun a conjunct of a past-tense
** verb, is the second verb of that clause: the verb's conjunct (tagged
** like it), the noun its object, the conjunction its own. */
static void repair_participle_conj_noun(sima_syntax *y, uint32_t first,
                                        uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t p = first + 2; p + 1 < end; p++) {
    uint32_t n = p + 1, c = p - 1;
    int32_t w = y[n].head;
    if (y[p].upos != SIMA_UPOS_VERB ||
        (y[p].xpos != SIMA_XPOS_VBN && y[p].xpos != SIMA_XPOS_VBD) ||
        y[p].deprel != SIMA_DEP_AMOD || y[p].head != (int32_t)n ||
        y[n].upos != SIMA_UPOS_NOUN || y[n].deprel != SIMA_DEP_CONJ ||
        w < (int32_t)first || w >= (int32_t)c ||
        y[w].upos != SIMA_UPOS_VERB || y[w].xpos != SIMA_XPOS_VBD ||
        y[c].upos != SIMA_UPOS_CCONJ)
      continue;
    if (y[c].head != (int32_t)n && y[c].head != (int32_t)p)
      continue;
    y[p].head = w;
    y[p].deprel = SIMA_DEP_CONJ;
    y[p].xpos = SIMA_XPOS_VBD;
    y[n].head = (int32_t)p;
    y[n].deprel = SIMA_DEP_OBJ;
    y[c].head = (int32_t)p;
    y[c].deprel = SIMA_DEP_CC;
  }
}

/* RULE C-REPAIR (a clause read as an object's conjunct): "The army
** denied the shelling and a team of inspectors from the agency arrived
** in Kiev", parsed with "team" a conjunct of the object
** "shelling" and "arrived" a complement of "denied" with no subject: a
** finite verb (past or present tense) with no subject, marker or
** auxiliary of its own, hung on the verb whose object's conjunct ends
** right before it, is a second clause: the conjunct is its subject and
** the verb a conjunct of the first. */
static void repair_object_conj_clause(sima_syntax *y, uint32_t first,
                                      uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first + 3; v < end; v++) {
    int32_t h = y[v].head;
    unsigned vx = y[v].xpos, b = deprel_base(y[v].deprel);
    if (y[v].upos != SIMA_UPOS_VERB || h < (int32_t)first || h >= (int32_t)v ||
        (vx != SIMA_XPOS_VBD && vx != SIMA_XPOS_VBZ && vx != SIMA_XPOS_VBP) ||
        (b != SIMA_DEP_XCOMP && b != SIMA_DEP_CCOMP && b != SIMA_DEP_ADVCL))
      continue;
    int own = 0;
    for (uint32_t k = first; k < end && !own; k++)
      if (y[k].head == (int32_t)v) {
        unsigned kb = deprel_base(y[k].deprel);
        own = kb == SIMA_DEP_NSUBJ || kb == SIMA_DEP_AUX ||
              kb == SIMA_DEP_MARK || kb == SIMA_DEP_CSUBJ ||
              kb == SIMA_DEP_EXPL;
      }
    if (own)
      continue;
    /* the object o of v's head w, and the object's conjunct n before v,
    ** opened by a cc (a finite verb hung on a noun as a clause is left
    ** alone: taggers read many reduced relatives, "equipment seized last
    ** year", as past tense) */
    int32_t w = h, n = -1;
    if (y[w].upos != SIMA_UPOS_VERB)
      continue;
    for (uint32_t o = (uint32_t)w + 1; o < v && n < 0; o++) {
      if (y[o].head != w || y[o].deprel != SIMA_DEP_OBJ)
        continue;
      for (uint32_t k = o + 1; k < v; k++)
        if (y[k].head == (int32_t)o && y[k].deprel == SIMA_DEP_CONJ &&
            (y[k].upos == SIMA_UPOS_NOUN || y[k].upos == SIMA_UPOS_PROPN))
          n = (int32_t)k;
    }
    if (n < 0)
      continue;
    int32_t cc = -1;
    for (uint32_t k = (uint32_t)y[n].head + 1; k < (uint32_t)n; k++)
      if (y[k].head == n && y[k].deprel == SIMA_DEP_CC)
        cc = (int32_t)k;
    /* everything between the conjunct and the verb is the conjunct's */
    int inside = cc >= 0;
    for (uint32_t k = (uint32_t)n + 1; k < v && inside; k++)
      inside = descends(y, first, end, (int32_t)k, n);
    if (!inside)
      continue;
    y[v].head = w;
    y[v].deprel = SIMA_DEP_CONJ;
    y[n].head = (int32_t)v;
    y[n].deprel = SIMA_DEP_NSUBJ;
    y[cc].head = (int32_t)v;
  }
}

/* RULE C-REPAIR ("by" read as a clause marker): "welcoming the decision by
** Donald Trump to withdraw US troops", parsed with "by" the marker of the
** infinitive and Trump its subject (an adverbial clause of the main
** verb): "by" marks no infinitive.  When it marks a to-infinitive whose
** subject sits between them, right after a noun, the subject is that
** noun's by-phrase (its author) and the infinitive the noun's clause. */
static void repair_by_mark(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t b = first + 1; b + 3 < end; b++) {
    int32_t v = y[b].head;
    if (y[b].deprel != SIMA_DEP_MARK || !y[b].lemma ||
        sima_casecmp(y[b].lemma, "by") || v <= (int32_t)b + 1 ||
        v >= (int32_t)end || y[v].upos != SIMA_UPOS_VERB ||
        y[v].xpos != SIMA_XPOS_VB)
      continue;
    uint32_t n = b - 1; /* the noun right before "by" */
    if (y[n].upos != SIMA_UPOS_NOUN)
      continue;
    int32_t sj = -1, to = -1;
    for (uint32_t k = b + 1; k < (uint32_t)v; k++) {
      if (y[k].head != v)
        continue;
      if (deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
        sj = (int32_t)k;
      else if (y[k].deprel == SIMA_DEP_MARK && y[k].lemma &&
               !sima_casecmp(y[k].lemma, "to"))
        to = (int32_t)k;
    }
    if (sj < 0 || to < 0 || to != v - 1)
      continue;
    y[b].head = sj;
    y[b].deprel = SIMA_DEP_CASE;
    y[sj].head = (int32_t)n;
    y[sj].deprel = SIMA_DEP_NMOD;
    y[v].head = (int32_t)n;
    y[v].deprel = SIMA_DEP_ACL;
  }
}

/* RULE C-REPAIR (a noun of will's clause): "the Kurds condemned Turkey's
** decision to attack Syria", parsed with "to attack" an adverbial clause
** of "condemned": a to-infinitive right after a noun of will (decision,
** plan, threat, refusal, ...: derive_will_verb) that hangs on the same
** word as that noun is the noun's clause (acl), as "the decision to
** attack" is; C-NOUN-WILL then finds its doer. */
static void repair_will_clause(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first + 2; v < end; v++) {
    uint32_t to = v - 1, n = v - 2;
    int32_t h = y[v].head;
    unsigned b = deprel_base(y[v].deprel);
    if (y[v].upos != SIMA_UPOS_VERB || y[v].xpos != SIMA_XPOS_VB ||
        (b != SIMA_DEP_ADVCL && b != SIMA_DEP_XCOMP) || h < 0 ||
        y[to].head != (int32_t)v || y[to].deprel != SIMA_DEP_MARK ||
        !y[to].lemma || sima_casecmp(y[to].lemma, "to") ||
        y[n].upos != SIMA_UPOS_NOUN || y[n].head != h || !y[n].lemma ||
        !derive_will_verb(y[n].lemma))
      continue;
    y[v].head = (int32_t)n;
    y[v].deprel = SIMA_DEP_ACL;
  }
}

/* 1 when token k heads a phrase of time ("in 2012", "on March 10", "last
** week"): a number, or a month, weekday or unit of time. */
static int time_phrase_head(const sima_syntax *y, uint32_t k) {
  /* Sorted. */
  static const char *const tw[] = {
      "april",    "august",  "day",      "december", "february", "friday",
      "january",  "july",    "june",     "march",    "may",      "monday",
      "month",    "november", "october", "saturday", "september", "sunday",
      "thursday", "tuesday", "wednesday", "week",    "year"};
  return y[k].upos == SIMA_UPOS_NUM ||
         (y[k].lemma && coder_in_sorted(tw, sizeof tw / sizeof *tw, y[k].lemma));
}

/* RULE C-REPAIR (a noun of will or asking, its clause past its phrase):
** "the authorities received a request from their counterparts in 2012
** to investigate the suspects", parsed with "to investigate" a clause of
** "received": a to-infinitive that hangs on the verb whose object, before
** it, is a noun of will (derive_will_verb) or of asking (appeal, call,
** demand, invitation, order, plea, request), with nothing in between but
** that noun's own phrases and the verb's phrases of time, is the noun's
** clause (acl), as "a request to investigate" is: the act is asked for or
** planned, not done (repair_will_clause takes the clause right after the
** noun). */
static void repair_will_clause_far(sima_syntax *y, uint32_t first,
                                   uint32_t count) {
  /* Sorted. */
  static const char *const ask[] = {"appeal", "call",  "demand", "invitation",
                                    "order",  "plea",  "request"};
  uint32_t end = first + count;
  for (uint32_t v = first + 3; v < end; v++) {
    uint32_t to = v - 1;
    int32_t h = y[v].head;
    unsigned b = deprel_base(y[v].deprel);
    if (y[v].upos != SIMA_UPOS_VERB || y[v].xpos != SIMA_XPOS_VB ||
        (b != SIMA_DEP_ADVCL && b != SIMA_DEP_XCOMP) || h < (int32_t)first ||
        h >= (int32_t)end || y[h].upos != SIMA_UPOS_VERB ||
        y[to].head != (int32_t)v || y[to].deprel != SIMA_DEP_MARK ||
        !y[to].lemma || sima_casecmp(y[to].lemma, "to"))
      continue;
    int32_t n = -1;
    for (uint32_t k = (uint32_t)h + 1; k + 1 < to; k++)
      if (y[k].head == h && deprel_base(y[k].deprel) == SIMA_DEP_OBJ &&
          y[k].upos == SIMA_UPOS_NOUN && y[k].lemma &&
          (derive_will_verb(y[k].lemma) ||
           coder_in_sorted(ask, sizeof ask / sizeof *ask, y[k].lemma)))
        n = (int32_t)k;
    if (n < 0)
      continue;
    int ok = 1;
    for (uint32_t k = (uint32_t)n + 1; ok && k < to; k++) {
      if (descends(y, first, end, (int32_t)k, n))
        continue;
      /* (a phrase of time on the verb: "in 2012") */
      int32_t a = (int32_t)k;
      for (uint32_t i = 0; i < count && a >= (int32_t)first &&
                           a < (int32_t)end && y[a].head != h;
           i++)
        a = y[a].head;
      ok = a >= (int32_t)first && a < (int32_t)end &&
           deprel_base(y[a].deprel) == SIMA_DEP_OBL &&
           time_phrase_head(y, (uint32_t)a);
    }
    if (!ok)
      continue;
    y[v].head = n;
    y[v].deprel = SIMA_DEP_ACL;
  }
}

/* RULE C-REPAIR (people acting, read as a gerund's object): "acted very
** aggressively against protesting teachers", parsed with "protesting" a
** clause marked "against" and the teachers its object: a gerund of
** collective action (demonstrating, fleeing, marching, mourning,
** protesting, rallying, rioting, striking) right after a preposition,
** with the actor named right after it as its only object, describes
** that actor (amod), which is the phrase's noun (obl of the verb, the
** preposition its case). */
static void repair_people_gerund(const sima_doc *doc, sima_syntax *y,
                                 uint32_t first, uint32_t count) {
  static const char *const acts[] = {"demonstrate", "flee",  "march", "mourn",
                                     "protest",     "rally", "riot",  "strike"};
  uint32_t end = first + count;
  for (uint32_t g = first + 1; g + 1 < end; g++) {
    int32_t v = y[g].head;
    uint32_t o = g + 1, p = g - 1;
    if (y[g].xpos != SIMA_XPOS_VBG || !y[g].lemma ||
        !CODER_IN(acts, y[g].lemma) ||
        deprel_base(y[g].deprel) != SIMA_DEP_ADVCL || v < (int32_t)first ||
        v >= (int32_t)end || y[p].head != (int32_t)g ||
        y[p].deprel != SIMA_DEP_MARK ||
        (y[p].upos != SIMA_UPOS_ADP && y[p].upos != SIMA_UPOS_SCONJ) ||
        y[o].head != (int32_t)g || y[o].deprel != SIMA_DEP_OBJ ||
        y[o].xpos != SIMA_XPOS_NNS)
      continue;
    int actor = coded_at(doc, o);
    int other = 0; /* (an oblique after the object is the verb's) */
    for (uint32_t k = first; k < end && !other; k++)
      other = y[k].head == (int32_t)g && k != p && k != o &&
              !(k > o && deprel_base(y[k].deprel) == SIMA_DEP_OBL);
    if (!actor || other)
      continue;
    for (uint32_t k = o + 1; k < end; k++)
      if (y[k].head == (int32_t)g)
        y[k].head = v;
    y[o].head = v;
    y[o].deprel = SIMA_DEP_OBL;
    y[p].head = (int32_t)o;
    y[p].deprel = SIMA_DEP_CASE;
    y[p].upos = SIMA_UPOS_ADP;
    y[g].head = (int32_t)o;
    y[g].deprel = SIMA_DEP_AMOD;
  }
}

/* The first member of the subject list that token h belongs to, for
** repair_adj_noun_subject: h itself when it is a subject of verb v, or
** the subject of v whose apposition h is, with a comma right before h
** (the middle of a list "A, B and C" the parser read as "A, B" an
** apposition); -1 when h is neither. */
static int32_t series_subject(const sima_syntax *y, uint32_t first,
                              uint32_t n, int32_t h, int32_t v) {
  if (y[h].head == v && deprel_base(y[h].deprel) == SIMA_DEP_NSUBJ)
    return h;
  int32_t s = y[h].head;
  if (y[h].deprel != SIMA_DEP_APPOS || s < (int32_t)first || s >= h ||
      h < 1 || (uint32_t)h - 1 <= first || y[h - 1].xpos != SIMA_XPOS_COMMA ||
      y[s].head != v || deprel_base(y[s].deprel) != SIMA_DEP_NSUBJ ||
      y[h].upos != SIMA_UPOS_PROPN || (uint32_t)h >= n)
    return -1;
  return s;
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
    if (h < (int32_t)first || h >= (int32_t)n)
      continue;
    /* (or a member of its list: "Arnor, Calenardhon and the evil awful
    ** Gondor", parsed with "Calenardhon" an apposition of "Arnor" and
    ** "evil" its conjunct: the list "A, B and C" is one of conjuncts) */
    int32_t s = series_subject(y, first, n, h, v);
    if (s < 0)
      continue;
    int ok = 1;
    for (uint32_t k = n + 1; k < p; k++)
      if (y[k].head != (int32_t)n && y[k].head != (int32_t)p &&
          !(y[k].head == h && y[k].upos == SIMA_UPOS_ADJ &&
            y[k].deprel == SIMA_DEP_AMOD))
        ok = 0; /* (an adjective of p the parser hung on h) */
    if (!ok)
      continue;
    if (s != h) {
      y[h].head = s;
      y[h].deprel = SIMA_DEP_CONJ;
    }
    y[p].head = s;
    y[p].deprel = SIMA_DEP_CONJ;
    for (uint32_t k = n + 1; k < p; k++)
      if (y[k].head == h)
        y[k].head = (int32_t)p;
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == (int32_t)n)
        y[k].head = (int32_t)p; /* det, cc, amod */
    y[n].head = (int32_t)p;
    y[n].deprel = SIMA_DEP_AMOD;
    y[n].upos = SIMA_UPOS_ADJ;
  }
}

/* RULE C-REPAIR (correlative on the verb): "Neither Galadriel nor Gollum
** boycotted the parade" is often parsed with "Neither" a conjunction of
** the verb, which then reads as a plain "boycotted".  "neither" (or
** "either") right before a noun phrase whose head has a conjunct with
** "nor" (or "or") belongs to that phrase: it is the head's preconjunct
** (cc:preconj), as in "Neither A nor B". */
static void repair_preconj_verb(sima_syntax *y, uint32_t first,
                                uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t q = first; q + 3 < end; q++) {
    if (y[q].deprel != SIMA_DEP_CC || y[q].head == (int32_t)q + 1 ||
        !y[q].lemma)
      continue;
    const char *l = y[q].lemma;
    int nei = !sima_casecmp(l, "neither");
    if (!nei && sima_casecmp(l, "either"))
      continue;
    /* the head of the phrase right after q */
    int32_t x = (int32_t)q + 1;
    for (int g = 0; g < 8 && y[x].head > x && y[x].head < (int32_t)end &&
                    (y[x].deprel == SIMA_DEP_COMPOUND ||
                     y[x].deprel == SIMA_DEP_AMOD || y[x].deprel == SIMA_DEP_DET ||
                     y[x].deprel == SIMA_DEP_FLAT);
         g++)
      x = y[x].head;
    if ((y[x].upos != SIMA_UPOS_NOUN && y[x].upos != SIMA_UPOS_PROPN &&
         y[x].upos != SIMA_UPOS_PRON) ||
        y[q].head == x)
      continue;
    int found = 0; /* a conjunct of x with "nor" ("or") */
    for (uint32_t c = (uint32_t)x + 1; c < end && !found; c++) {
      if (y[c].head != x || y[c].deprel != SIMA_DEP_CONJ)
        continue;
      for (uint32_t k = (uint32_t)x + 1; k < c && !found; k++)
        found = y[k].head == (int32_t)c && y[k].deprel == SIMA_DEP_CC &&
                y[k].lemma &&
                !sima_casecmp(y[k].lemma, nei ? "nor" : "or");
    }
    if (!found)
      continue;
    y[q].head = x;
    y[q].deprel = SIMA_DEP_CC_PRECONJ;
  }
}

/* RULE C-REPAIR (list of nouns): "captured twelve people, three gang
** members and a police officer" is often parsed (dense parser) with the
** last member a conjunct of the middle one, which is itself a conjunct of
** the first: the list's members then reach a verb only two at a time.  A
** noun conjunct with a conjunction of its own, hung on a noun conjunct
** that has none and follows a comma right after its head's phrase, is a
** member of the same list: a conjunct of the first member. */
static void repair_noun_series(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t c = first + 4; c < end; c++) {
    int32_t b = y[c].head;
    if (y[c].deprel != SIMA_DEP_CONJ || b < (int32_t)first || b >= (int32_t)c ||
        y[b].deprel != SIMA_DEP_CONJ ||
        (y[c].upos != SIMA_UPOS_NOUN && y[c].upos != SIMA_UPOS_PROPN) ||
        (y[b].upos != SIMA_UPOS_NOUN && y[b].upos != SIMA_UPOS_PROPN))
      continue;
    int32_t a = y[b].head;
    if (a < (int32_t)first || a >= b ||
        (y[a].upos != SIMA_UPOS_NOUN && y[a].upos != SIMA_UPOS_PROPN))
      continue;
    int ccc = 0, ccb = 0, comma = 0;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].deprel == SIMA_DEP_CC && y[k].head == (int32_t)c && k < c)
        ccc = 1;
      if (y[k].deprel == SIMA_DEP_CC && y[k].head == b)
        ccb = 1;
      if (y[k].upos == SIMA_UPOS_PUNCT && y[k].xpos == SIMA_XPOS_COMMA &&
          y[k].head == b && k > (uint32_t)a && k < (uint32_t)b)
        comma = 1;
    }
    if (!ccc || ccb || !comma)
      continue;
    y[c].head = a;
  }
}

/* RULE C-REPAIR (verb read as a modifier inside a name): "Former
** President Evo Morales praised Cuba." is often parsed (dense parser)
** as one noun phrase, "Former" the root, "Evo" its conjunct, "praised" an
** adjective of "Cuba" and "Cuba" part of the name.  In a sentence with no
** other verb or auxiliary, a past verb (VBD/VBN) read as a modifier
** (amod) of a later noun, right after a name, with only a title and name
** (determiners, adjectives, nouns, names) before it, is the sentence's
** verb: the words before it are its subject's phrase (the name's last
** word the head, as the sparse parser reads a titled name), the noun it
** modified its object, and the words after it that hung before it its
** own. */
static void repair_name_verb(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t w = first + 2; w + 1 < end; w++) {
    int32_t h = y[w].head;
    if (y[w].upos != SIMA_UPOS_VERB || y[w].deprel != SIMA_DEP_AMOD ||
        (y[w].xpos != SIMA_XPOS_VBD && y[w].xpos != SIMA_XPOS_VBN) ||
        h <= (int32_t)w || h >= (int32_t)end ||
        (y[h].upos != SIMA_UPOS_NOUN && y[h].upos != SIMA_UPOS_PROPN) ||
        y[w - 1].upos != SIMA_UPOS_PROPN)
      continue;
    int ok = 1;
    for (uint32_t k = first; k < end && ok; k++) {
      unsigned u = y[k].upos;
      if (k != w && (u == SIMA_UPOS_VERB || u == SIMA_UPOS_AUX))
        ok = 0;
      if (k < w && u != SIMA_UPOS_DET && u != SIMA_UPOS_ADJ &&
          u != SIMA_UPOS_NOUN && u != SIMA_UPOS_PROPN)
        ok = 0;
    }
    if (!ok)
      break;
    uint32_t s = w - 1;
    for (uint32_t k = first; k < s; k++) {
      y[k].head = (int32_t)s;
      y[k].deprel = y[k].upos == SIMA_UPOS_DET   ? SIMA_DEP_DET
                    : y[k].upos == SIMA_UPOS_ADJ ? SIMA_DEP_AMOD
                                                 : SIMA_DEP_COMPOUND;
    }
    for (uint32_t k = w + 1; k < end; k++)
      if (y[k].head < (int32_t)w)
        y[k].head = (int32_t)w;
    y[h].head = (int32_t)w;
    y[h].deprel = SIMA_DEP_OBJ;
    y[s].head = (int32_t)w;
    y[s].deprel = SIMA_DEP_NSUBJ;
    root_verb(y, w, y[w].xpos);
    break;
  }
}

/* RULE C-REPAIR (side participle with a clause): "Aid groups said an
** offensive by Iranian forces backing the Syrian army would displace
** thousands" is often parsed (dense parser) with the noun phrase after
** "backing" the subject of "would displace", that clause the participle's
** content clause (ccomp), and "offensive" the object of "said".  A
** participle of fighting, backing or working together (ally, back,
** battle, collaborate, cooperate, fight, partner, support, work: the side
** participles of C-IDENT-PARTICIPLE) takes no content clause: with no
** object of its own, on a noun that is the object of a verb of speech, the
** subject of its clause (or of the speech verb's content clause, "an
** assault by Russian troops backing the Syrian army would displace
** ...", with "assault" the object of "said") starting right after it is
** its object, and the clause is what was said (ccomp of the speech verb),
** with the noun as its subject and the participle on the noun right
** before it. */
static void repair_side_participle_clause(sima_syntax *y, uint32_t first,
                                          uint32_t count) {
  /* Sorted. */
  static const char *const side[] = {"ally",        "back",      "battle",
                                     "collaborate", "cooperate", "fight",
                                     "partner",     "support",   "work"};
  uint32_t end = first + count;
  for (uint32_t g = first + 2; g + 2 < end; g++) {
    int32_t n = y[g].head;
    unsigned gb = deprel_base(y[g].deprel);
    if (y[g].upos != SIMA_UPOS_VERB || y[g].xpos != SIMA_XPOS_VBG ||
        (gb != SIMA_DEP_ADVCL && gb != SIMA_DEP_ACL) || n < (int32_t)first ||
        n >= (int32_t)g || y[n].deprel != SIMA_DEP_OBJ ||
        y[n].head < (int32_t)first || !speech_verb(y, y[n].head) ||
        !y[g].lemma ||
        !coder_in_sorted(side, sizeof side / sizeof *side, y[g].lemma) ||
        has_dep(y, first, end, g, SIMA_DEP_OBJ, 0))
      continue;
    int32_t c = -1, sj = -1;
    for (uint32_t k = g + 1; k < end; k++)
      if ((y[k].head == (int32_t)g || y[k].head == y[n].head) &&
          y[k].deprel == SIMA_DEP_CCOMP && y[k].upos == SIMA_UPOS_VERB)
        c = (int32_t)k;
    if (c < 0)
      continue;
    for (uint32_t k = g + 1; k < (uint32_t)c; k++)
      if (y[k].head == c && deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
        sj = (int32_t)k;
    /* (the subject's phrase starts right after the participle) */
    if (sj < 0 || !descends(y, first, end, (int32_t)g + 1, sj))
      continue;
    int32_t p = y[n].head;
    y[c].head = p;
    y[c].deprel = SIMA_DEP_CCOMP;
    y[n].head = c;
    y[n].deprel = SIMA_DEP_NSUBJ;
    y[sj].head = (int32_t)g;
    y[sj].deprel = SIMA_DEP_OBJ;
    int32_t a = (int32_t)g - 1;
    if ((y[a].upos == SIMA_UPOS_NOUN || y[a].upos == SIMA_UPOS_PROPN) &&
        descends(y, first, end, a, n))
      n = a;
    y[g].head = n;
    y[g].deprel = SIMA_DEP_ACL;
  }
}

/* RULE C-REPAIR (correlative verb on its subject): "The army neither
** attacked nor threatened the rebels" is often parsed with "attacked" a
** conjunct of "army" (the dense parser: "army" the root; the sparse one:
** "army" the subject of "threatened").  A correlative "neither" or
** "either" opens the first member of its coordination, so a verb after a
** noun, conjunct of it, with such a conjunction of its own before it is
** not the noun's conjunct but its predicate: the verb takes the noun's
** place when the noun was the root (and the noun's later words), or the
** place of the verb the noun was the subject of, that verb becoming its
** conjunct; the noun is its subject and the correlative its
** preconjunct. */
static void repair_correlative_verb(sima_syntax *y, uint32_t first,
                                    uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t q = first + 1; q + 1 < end; q++) {
    if (y[q].deprel != SIMA_DEP_CC || !y[q].lemma ||
        (sima_casecmp(y[q].lemma, "neither") &&
         sima_casecmp(y[q].lemma, "either")))
      continue;
    int32_t v = y[q].head, n = v >= 0 ? y[v].head : -1;
    if (v <= (int32_t)q || v >= (int32_t)end || y[v].upos != SIMA_UPOS_VERB ||
        y[v].deprel != SIMA_DEP_CONJ || n < (int32_t)first || n >= (int32_t)q ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN &&
         y[n].upos != SIMA_UPOS_PRON))
      continue;
    if (y[n].head < 0) {
      for (uint32_t k = (uint32_t)v + 1; k < end; k++)
        if (y[k].head == n)
          y[k].head = v;
      y[v].head = -1;
      y[v].deprel = SIMA_DEP_ROOT;
    } else {
      int32_t w = y[n].head;
      if (w <= v || w >= (int32_t)end || y[w].upos != SIMA_UPOS_VERB ||
          deprel_base(y[n].deprel) != SIMA_DEP_NSUBJ)
        continue;
      y[v].head = y[w].head;
      y[v].deprel = y[w].deprel;
      y[w].head = v;
      y[w].deprel = SIMA_DEP_CONJ;
      for (uint32_t k = first; k < end; k++)
        if (y[k].head == w && y[k].deprel == SIMA_DEP_PUNCT)
          y[k].head = v;
    }
    y[n].head = v;
    y[n].deprel = SIMA_DEP_NSUBJ;
    y[q].deprel = SIMA_DEP_CC_PRECONJ;
  }
}

/* RULE C-REPAIR (stray possessive): "satisfaction toward Gondor and
** Arnor's Elrond" is often parsed with the "'s" on "Gondor" and "Arnor"
** a third conjunct beside "Elrond".  A possessive "'s" (POS) belongs to
** the word right before it: when it hangs elsewhere, it is that word's
** case, and the word the possessor (nmod:poss) of the noun phrase right
** after the "'s", which takes the possessor's place when it hung on the
** possessor, or keeps its own when both hung on the same word (the
** possessor's conjunction, before it, goes with the phrase).  So is a
** word with its "'s" read as a conjunct beside the noun after it, both
** on the same word ("praised Qatar and Turkey's Erdogan"). */
static void repair_stray_possessive(sima_syntax *y, uint32_t first,
                                    uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t s = first + 1; s + 1 < end; s++) {
    uint32_t x = s - 1;
    if (y[s].xpos != SIMA_XPOS_POS ||
        (y[x].upos != SIMA_UPOS_NOUN && y[x].upos != SIMA_UPOS_PROPN))
      continue;
    /* (with the "'s" on its word, the possessor may still be read as a
    ** conjunct beside its noun: "praised Qatar and Turkey's Erdogan") */
    int stray = y[s].head != (int32_t)x, conj = y[x].deprel == SIMA_DEP_CONJ;
    if (!stray && !conj)
      continue;
    /* the head of the noun phrase after the 's */
    int32_t n = (int32_t)s + 1;
    for (int g = 0; g < 8 && y[n].head > n && y[n].head < (int32_t)end &&
                    (y[n].deprel == SIMA_DEP_COMPOUND ||
                     y[n].deprel == SIMA_DEP_AMOD || y[n].deprel == SIMA_DEP_FLAT);
         g++)
      n = y[n].head;
    if (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN)
      continue;
    if (!stray && (y[n].head != y[x].head || y[n].deprel != SIMA_DEP_CONJ))
      continue;
    if (y[n].head == (int32_t)x) {
      y[n].head = y[x].head;
      y[n].deprel = y[x].deprel;
    } else if (y[n].head != y[x].head) {
      continue;
    }
    for (uint32_t k = first; k < x; k++)
      if (y[k].head == (int32_t)x && y[k].deprel == SIMA_DEP_CC)
        y[k].head = n;
    y[x].head = n;
    y[x].deprel = SIMA_DEP_NMOD_POSS;
    y[s].head = (int32_t)x;
    y[s].deprel = SIMA_DEP_CASE;
  }
}

/* RULE C-REPAIR (according-to phrase on a noun): "Trump blocked $400m in
** military aid to Taiwan this summer, according to officials familiar
** with the decision" is often parsed with "according to officials" a
** modifier of "summer".  "according to X" set off by a comma says whose
** word the clause is: its noun hung on a noun or a name is an oblique of
** the nearest verb above that noun. */
static void repair_according_noun(sima_syntax *y, uint32_t first,
                                  uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t a = first + 1; a + 2 < end; a++) {
    int32_t x = y[a].head;
    if (y[a - 1].xpos != SIMA_XPOS_COMMA ||
        deprel_base(y[a].deprel) != SIMA_DEP_CASE || !y[a].lemma ||
        (sima_casecmp(y[a].lemma, "accord") &&
         sima_casecmp(y[a].lemma, "according")) ||
        !y[a + 1].lemma ||
        sima_casecmp(y[a + 1].lemma, "to") || x <= (int32_t)a + 1 ||
        x >= (int32_t)end)
      continue;
    int32_t h = y[x].head;
    if (h < (int32_t)first || h >= (int32_t)end ||
        (y[h].upos != SIMA_UPOS_NOUN && y[h].upos != SIMA_UPOS_PROPN))
      continue;
    int32_t v = h;
    for (int g = 0; g < 16 && v >= (int32_t)first && v < (int32_t)end &&
                    y[v].upos != SIMA_UPOS_VERB;
         g++)
      v = y[v].head;
    if (v < (int32_t)first || v >= (int32_t)end || y[v].upos != SIMA_UPOS_VERB)
      continue;
    y[x].head = v;
    y[x].deprel = SIMA_DEP_OBL;
  }
}

/* RULE C-REPAIR (with-phrase on a place): "Arnor celebrated Eid at
** United Arab Emirates with Gondor" is often parsed with "with Gondor" a
** modifier of the place name.  A name in a phrase of place (at, in, on)
** that is an oblique of a verb takes no with-phrase: the with-phrase (a
** name or a noun) hung on it is the verb's oblique, the partner of the
** act. */
static void repair_place_with(sima_syntax *y, uint32_t first,
                              uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t w = first + 3; w < end; w++) {
    int32_t p = y[w].head;
    if (deprel_base(y[w].deprel) != SIMA_DEP_NMOD ||
        (y[w].upos != SIMA_UPOS_PROPN && y[w].upos != SIMA_UPOS_NOUN) ||
        !y[w - 1].lemma || sima_casecmp(y[w - 1].lemma, "with") ||
        y[w - 1].head != (int32_t)w || p < (int32_t)first || p >= (int32_t)w ||
        y[p].upos != SIMA_UPOS_PROPN || y[p].deprel != SIMA_DEP_OBL)
      continue;
    int32_t v = y[p].head;
    if (v < (int32_t)first || v >= (int32_t)end || y[v].upos != SIMA_UPOS_VERB)
      continue;
    int place = 0; /* p's own marker: at, in, on */
    for (uint32_t k = first; k < (uint32_t)p; k++)
      if (y[k].head == p && y[k].deprel == SIMA_DEP_CASE && y[k].lemma &&
          (!sima_casecmp(y[k].lemma, "at") || !sima_casecmp(y[k].lemma, "in") ||
           !sima_casecmp(y[k].lemma, "on")))
        place = 1;
    if (!place)
      continue;
    y[w].head = v;
    y[w].deprel = SIMA_DEP_OBL;
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
    if (y[o].deprel != SIMA_DEP_OBJ || v < (int32_t)first || v >= (int32_t)o ||
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
      if (y[k].head == c && deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
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
    if (v < (int32_t)first || v >= (int32_t)end || y[v].upos != SIMA_UPOS_VERB)
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
static void repair_noun_object(sima_syntax *y, uint32_t first, uint32_t count) {
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

/* RULE C-REPAIR (noun with an object, second object): the same
** misparse with both nouns objects of the verb: "Soldiers will not wire
** tap the communication links", parsed with "tap" and "links" two
** objects of "wire".  A verb has one direct object: a bare singular noun
** (NN, no dependents) right after a base-form verb, its object, followed
** by a later object of the same verb, is the verb, the later object its
** object, and the verb before it a modifier of it (compound) as in
** repair_noun_object.  But when the later object is the very next word,
** a noun, the two are one noun phrase ("give food aid", parsed with "food"
** and "aid" two objects of "give"): the bare noun is a modifier
** (compound) of the next one. */
static void repair_noun_object_second(sima_syntax *y, uint32_t first,
                                      uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t n = first + 1; n + 1 < end; n++) {
    uint32_t v = n - 1;
    if (y[n].upos != SIMA_UPOS_NOUN || y[n].xpos != SIMA_XPOS_NN ||
        y[n].deprel != SIMA_DEP_OBJ || y[n].head != (int32_t)v ||
        y[v].upos != SIMA_UPOS_VERB || y[v].xpos != SIMA_XPOS_VB)
      continue;
    if (y[n + 1].head == (int32_t)v && y[n + 1].deprel == SIMA_DEP_OBJ &&
        y[n + 1].upos == SIMA_UPOS_NOUN) {
      int bare = 1;
      for (uint32_t k = first; k < end; k++)
        if (y[k].head == (int32_t)n)
          bare = 0;
      if (bare) {
        y[n].head = (int32_t)(n + 1);
        y[n].deprel = SIMA_DEP_COMPOUND;
      }
      continue;
    }
    int bare = 1, obj = 0;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head == (int32_t)n)
        bare = 0;
      if (k > n && y[k].head == (int32_t)v && y[k].deprel == SIMA_DEP_OBJ)
        obj = 1;
    }
    if (!bare || !obj)
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
static void repair_intj_verb(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t w = first + 1; w + 1 < end; w++) {
    int32_t v = y[w].head;
    unsigned pu = y[w - 1].upos, nu = y[w + 1].upos;
    if (y[w].upos != SIMA_UPOS_INTJ || v <= (int32_t)w || v >= (int32_t)end ||
        y[v].head >= 0 || y[v].upos != SIMA_UPOS_VERB ||
        (pu != SIMA_UPOS_NOUN && pu != SIMA_UPOS_PROPN) ||
        (nu != SIMA_UPOS_DET && nu != SIMA_UPOS_ADJ && nu != SIMA_UPOS_NOUN &&
         nu != SIMA_UPOS_PROPN && nu != SIMA_UPOS_NUM))
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
      if (k > w && !obj && deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ &&
          (y[k].upos == SIMA_UPOS_NOUN || y[k].upos == SIMA_UPOS_PROPN)) {
        y[k].deprel = SIMA_DEP_OBJ;
        obj = 1;
      }
    }
    root_verb(y, w, SIMA_XPOS_VBP);
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
      if (y[k].head == v && deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ &&
          (y[k].upos == SIMA_UPOS_NOUN || y[k].upos == SIMA_UPOS_PROPN))
        sb = (int32_t)k;
    if (sb < 0)
      continue;
    int ok = 1;
    for (uint32_t k = o + 1; k < (uint32_t)sb && ok; k++)
      if (!descends(y, first, end, (int32_t)k, (int32_t)o) &&
          !descends(y, first, end, (int32_t)k, sb))
        ok = 0;
    if (!ok)
      continue;
    y[o].head = sb;
    y[o].deprel = SIMA_DEP_COMPOUND;
  }
}

/* RULE C-REPAIR (apposition after a coordinator): an apposition is not
** opened by a coordinator.  "Libyan leader Muammar Gaddafi and Bulgarian
** President Todor Zhivkov today signed a treaty", parsed with "Todor" an
** apposition of "Muammar" and "and" hung inside Todor's phrase (the dense
** parser's shape): an apposition (appos) after its head whose phrase (a
** contiguous subtree) starts with "and" or "or", right after the head's
** own phrase (no punctuation between), is a conjunct of its head (conj),
** the coordinator its cc. */
static void repair_appos_conj(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t x = first + 2; x < end; x++) {
    int32_t h = y[x].head;
    if (y[x].deprel != SIMA_DEP_APPOS || h < (int32_t)first || h >= (int32_t)x ||
        (y[x].upos != SIMA_UPOS_NOUN && y[x].upos != SIMA_UPOS_PROPN))
      continue;
    /* x's phrase: from a up to x, every word under x */
    uint32_t a = x;
    while (a > (uint32_t)h + 1 && descends(y, first, end, (int32_t)a - 1, (int32_t)x))
      a--;
    if (a == x || y[a].upos != SIMA_UPOS_CCONJ || !y[a].lemma ||
        (sima_casecmp(y[a].lemma, "and") != 0 && sima_casecmp(y[a].lemma, "or") != 0) ||
        !descends(y, first, end, (int32_t)a - 1, h) ||
        y[a - 1].upos == SIMA_UPOS_PUNCT)
      continue;
    y[x].deprel = SIMA_DEP_CONJ;
    y[a].head = (int32_t)x;
    y[a].deprel = SIMA_DEP_CC;
  }
}

/* RULE C-REPAIR (coordinated modifiers): "French and Egyptian warships
** launched war games", parsed with "French" and "Egyptian" both modifiers
** of "warships" and "and" hung on the noun (the dense parser's shape; a
** coordinator hangs on a conjunct): two adjectives right around a
** coordinator, all three hung on the same noun after them (amod, cc,
** amod), are coordinated: the second is a conjunct of the first, the
** coordinator its cc, as the sparse parser and UD have them (so both
** nationalities act). */
static void repair_coord_modifiers(sima_syntax *y, uint32_t first,
                                   uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t c = first + 1; c + 1 < end; c++) {
    uint32_t a1 = c - 1, a2 = c + 1;
    int32_t n = y[c].head;
    if (y[c].upos != SIMA_UPOS_CCONJ || y[c].deprel != SIMA_DEP_CC ||
        n <= (int32_t)a2 || n >= (int32_t)end || y[a1].head != n ||
        y[a2].head != n || y[a1].upos != SIMA_UPOS_ADJ ||
        y[a2].upos != SIMA_UPOS_ADJ || y[a1].deprel != SIMA_DEP_AMOD ||
        y[a2].deprel != SIMA_DEP_AMOD)
      continue;
    y[a2].head = (int32_t)a1;
    y[a2].deprel = SIMA_DEP_CONJ;
    y[c].head = (int32_t)a2;
  }
}

/* RULE C-REPAIR (modifier after a coordinator): "a mediation effort
** between the Emirates and Saudi Arabia", parsed with "Saudi Arabia" a
** modifier (nmod) of "Emirates" and "and" hung inside it (the sparse
** parser's shape): a noun or name hung as nmod with no case marker of its
** own, whose phrase opens with a coordinator (and, or) right after the
** phrase of the noun it hangs on, is that noun's conjunct, the
** coordinator its cc. */
static void repair_nmod_conj(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t x = first + 2; x < end; x++) {
    int32_t h = y[x].head;
    if (y[x].deprel != SIMA_DEP_NMOD ||
        (y[x].upos != SIMA_UPOS_NOUN && y[x].upos != SIMA_UPOS_PROPN) ||
        h < (int32_t)first || h >= (int32_t)x ||
        (y[h].upos != SIMA_UPOS_NOUN && y[h].upos != SIMA_UPOS_PROPN))
      continue;
    /* the first word of x's phrase */
    uint32_t p = x;
    while (p > (uint32_t)h + 1 &&
           descends(y, first, end, (int32_t)p - 1, (int32_t)x))
      p--;
    if (p == x || y[p].upos != SIMA_UPOS_CCONJ || !y[p].lemma ||
        (sima_casecmp(y[p].lemma, "and") && sima_casecmp(y[p].lemma, "or")))
      continue;
    /* (no case marker of its own, and no verb: "and promised raids" is
    ** a clause misread) */
    int own = 0;
    for (uint32_t k = p; k < x && !own; k++)
      own = (y[k].head == (int32_t)x && (y[k].deprel == SIMA_DEP_CASE ||
                                          y[k].deprel == SIMA_DEP_MARK)) ||
            y[k].upos == SIMA_UPOS_VERB || y[k].upos == SIMA_UPOS_AUX;
    /* (h's phrase ends right before the coordinator) */
    int ok = 1;
    for (uint32_t k = (uint32_t)h + 1; k < p && ok; k++)
      ok = descends(y, first, end, (int32_t)k, h);
    if (own || !ok)
      continue;
    y[x].deprel = SIMA_DEP_CONJ;
    y[p].head = (int32_t)x;
    y[p].deprel = SIMA_DEP_CC;
  }
}

/* RULE C-REPAIR (gerund of an accusation): "Rebel officials accused the
** army of killing civilians", parsed with "killing" an adjective (amod) of
** "civilians" and "of civilians" a modifier of "army" (the sparse
** parser's shape; the dense one reads the gerund clause): a gerund (VBG,
** a verb) right after the case marker of / for / with of the noun it
** modifies, that noun hung on a verb of accusation (accuse, blame,
** charge, indict, suspect: C-MOOD-ACCUSED's, mood.c `accuse_heads`) or
** on that verb's object, or the for-phrase of a verb of judging someone
** for an act (commend, condemn, criticise, denounce, praise, punish,
** thank), is the clause of what is imputed: the gerund
** takes the noun's place (acl on the object, advcl on the verb), the
** marker is its mark and the noun its object. */
static void repair_accused_gerund(sima_syntax *y, uint32_t first,
                                  uint32_t count) {
  /* ORDER: mood.c accuse_heads.  Sorted. */
  static const char *const accuse[] = {"accuse", "blame", "charge", "indict",
                                       "suspect"};
  static const char *const marks[] = {"for", "of", "with"};
  /* (and the for-clause of a verb of judging someone for an act: "She
  ** condemned the army for abusing detainees"; sorted) */
  static const char *const judge[] = {"commend",   "condemn",  "criticise",
                                      "criticize", "denounce", "praise",
                                      "punish",    "thank"};
  uint32_t end = first + count;
  for (uint32_t g = first + 1; g + 1 < end; g++) {
    uint32_t cs = g - 1;
    int32_t n = y[g].head;
    if (y[g].upos != SIMA_UPOS_VERB || y[g].xpos != SIMA_XPOS_VBG ||
        y[g].deprel != SIMA_DEP_AMOD || n <= (int32_t)g || n >= (int32_t)end ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN) ||
        y[cs].head != n || y[cs].deprel != SIMA_DEP_CASE || !y[cs].lemma ||
        !CODER_IN(marks, y[cs].lemma))
      continue;
    int32_t h = y[n].head, v = h;
    if (h < (int32_t)first || h >= (int32_t)cs)
      continue;
    if (deprel_base(y[h].deprel) == SIMA_DEP_OBJ)
      v = y[h].head;
    if (v < (int32_t)first || v >= (int32_t)end ||
        y[v].upos != SIMA_UPOS_VERB || !y[v].lemma ||
        !(CODER_IN(accuse, y[v].lemma) ||
          (CODER_IN(judge, y[v].lemma) && !sima_casecmp(y[cs].lemma, "for"))))
      continue;
    y[g].head = h;
    y[g].deprel = h == v ? SIMA_DEP_ADVCL : SIMA_DEP_ACL;
    y[cs].head = (int32_t)g;
    y[cs].deprel = SIMA_DEP_MARK;
    y[cs].upos = SIMA_UPOS_SCONJ;
    y[n].head = (int32_t)g;
    y[n].deprel = SIMA_DEP_OBJ;
  }
}

/* RULE C-REPAIR (subject's phrase after the verb): a subject's phrase
** ends before its verb: "The company sold weapons to the Bolivian army",
** parsed with "company" the root noun and "to the Bolivian army" its
** modifier (the dense parser's shape; the participle repair makes "sold"
** the verb and "company" its subject, the phrase left behind), has the
** to-phrase on the verb.  A prepositional modifier (nmod with a case
** marker, no possessor) of a verb's subject that comes after the verb is
** the verb's oblique. */
static void repair_subject_tail(sima_syntax *y, uint32_t first,
                                uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t k = first + 2; k < end; k++) {
    int32_t s0 = y[k].head;
    if (y[k].deprel != SIMA_DEP_NMOD || s0 < (int32_t)first ||
        s0 >= (int32_t)k || deprel_base(y[s0].deprel) != SIMA_DEP_NSUBJ)
      continue;
    int32_t v = y[s0].head;
    if (v <= s0 || v >= (int32_t)k || y[v].upos != SIMA_UPOS_VERB)
      continue;
    int cs = 0;
    for (uint32_t m = (uint32_t)v + 1; m < k && !cs; m++)
      cs = y[m].head == (int32_t)k && y[m].deprel == SIMA_DEP_CASE;
    if (!cs)
      continue;
    y[k].head = v;
    y[k].deprel = SIMA_DEP_OBL;
  }
}

/* RULE C-REPAIR (border with): "Colombia sent two hundred police officers
** to the border with Venezuela", parsed with "with Venezuela" a modifier
** of "officers" or an oblique of "sent" (the dense parser's shapes): a
** with-phrase right after the phrase of a noun of a boundary (border,
** frontier, boundary), hung on a word before that noun, is the
** boundary's (nmod): the other side of it. */
static void repair_border_with(sima_syntax *y, uint32_t first,
                               uint32_t count) {
  static const char *const bound[] = {"border", "boundary", "frontier"};
  uint32_t end = first + count;
  for (uint32_t x = first + 3; x < end; x++) {
    int32_t h = y[x].head;
    if ((deprel_base(y[x].deprel) != SIMA_DEP_NMOD &&
         deprel_base(y[x].deprel) != SIMA_DEP_OBL) ||
        y[x].deprel == SIMA_DEP_NMOD_POSS || h < (int32_t)first ||
        h >= (int32_t)x)
      continue;
    /* the phrase's first word, "with" */
    int32_t w = -1;
    for (uint32_t k = (uint32_t)h + 1; k < x && w < 0; k++)
      if (y[k].head == (int32_t)x && y[k].deprel == SIMA_DEP_CASE)
        w = (int32_t)k;
    if (w < 1 || !y[w].lemma || sima_casecmp(y[w].lemma, "with") ||
        !descends(y, first, end, w - 1, h) || w - 1 == h)
      continue;
    /* the noun whose phrase ends right before "with" */
    int32_t b = w - 1;
    while (b > h && y[b].head > b && y[b].head < w)
      b = y[b].head;
    if (b <= h || y[b].upos != SIMA_UPOS_NOUN || !y[b].lemma ||
        !CODER_IN(bound, y[b].lemma) || !descends(y, first, end, b, h))
      continue;
    y[x].head = b;
    y[x].deprel = SIMA_DEP_NMOD;
  }
}

/* repair_object_gerund: is o an oblique marked "with" (the company kept:
** "volunteering with the militia spearheading the fight")? */
static int with_phrase(const sima_syntax *y, uint32_t first, uint32_t end,
                       int32_t o) {
  if (deprel_base(y[o].deprel) != SIMA_DEP_OBL)
    return 0;
  for (uint32_t k = first; k < (uint32_t)o; k++)
    if (y[k].head == o && y[k].deprel == SIMA_DEP_CASE && y[k].lemma &&
        !sima_casecmp(y[k].lemma, "with"))
      return 1;
  (void)end;
  return 0;
}

/* RULE C-REPAIR (participle clause after the object): "Turkey deported
** dozens of refugees fleeing the war in Syria", parsed with "fleeing" an
** adverbial clause of "deported" (the dense parser's shape: Turkey fled):
** a present participle (VBG) hung as advcl on a verb, right after the
** phrase of the verb's object (or of its with-phrase: "volunteering with
** the US-led militia spearheading the fight against Isis") with no comma,
** marker, auxiliary or subject of its own, describes that object (acl),
** as "the men fleeing" does.  A
** participle set off by a comma ("killed three rebels, using drones")
** stays the verb's. */
static void repair_object_gerund(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t g = first + 2; g < end; g++) {
    int32_t v = y[g].head;
    if (y[g].xpos != SIMA_XPOS_VBG || y[g].upos != SIMA_UPOS_VERB ||
        y[g].deprel != SIMA_DEP_ADVCL || v < (int32_t)first ||
        v >= (int32_t)g || y[v].upos != SIMA_UPOS_VERB)
      continue;
    int own = 0;
    for (uint32_t k = first; k < end && !own; k++) {
      if (y[k].head != (int32_t)g)
        continue;
      unsigned r = deprel_base(y[k].deprel);
      own = r == SIMA_DEP_NSUBJ || r == SIMA_DEP_AUX || r == SIMA_DEP_MARK ||
            (r == SIMA_DEP_PUNCT && k < g);
    }
    if (own)
      continue;
    /* the object whose phrase ends right before the participle */
    int32_t o = (int32_t)g - 1;
    while (o > v && y[o].head > o && y[o].head < (int32_t)g)
      o = y[o].head;
    while (o > v && y[o].head != v && y[o].head > v && y[o].head < o)
      o = y[o].head;
    if (o <= v || y[o].head != v ||
        (y[o].deprel != SIMA_DEP_OBJ && !with_phrase(y, first, end, o)) ||
        (y[o].upos != SIMA_UPOS_NOUN && y[o].upos != SIMA_UPOS_PROPN) ||
        !descends(y, first, end, (int32_t)g - 1, o))
      continue;
    y[g].head = o;
    y[g].deprel = SIMA_DEP_ACL;
  }
}

/* RULE C-REPAIR (clause subject as object, with its phrase): "President
** Petro confirmed the leaders of the drug gang were negotiating their
** surrender", parsed with "leaders" the object of "confirmed" and
** "negotiating" an adverbial clause with no subject (the dense parser's
** shape): as for a lone object (repair_ccomp_subject), an object whose
** phrase (of-phrases and all) ends right before a finite auxiliary or
** modal (VBD, VBZ, VBP, MD) of a clause hung on the same verb (ccomp, or
** advcl with no marker) that has no subject of its own is that clause's
** subject, and the clause the verb's complement (ccomp). */
static void repair_clause_subject_phrase(sima_syntax *y, uint32_t first,
                                         uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t o = first + 1; o + 2 < end; o++) {
    int32_t v = y[o].head;
    if (y[o].deprel != SIMA_DEP_OBJ || v < (int32_t)first || v >= (int32_t)o ||
        (y[o].upos != SIMA_UPOS_NOUN && y[o].upos != SIMA_UPOS_PROPN))
      continue;
    /* the end of the object's phrase */
    uint32_t a = o + 1;
    while (a < end && descends(y, first, end, (int32_t)a, (int32_t)o))
      a++;
    if (a + 1 >= end || y[a].upos != SIMA_UPOS_AUX ||
        (y[a].xpos != SIMA_XPOS_VBD && y[a].xpos != SIMA_XPOS_VBZ &&
         y[a].xpos != SIMA_XPOS_VBP && y[a].xpos != SIMA_XPOS_MD))
      continue;
    int32_t c = y[a].head;
    if (c <= (int32_t)a || c >= (int32_t)end || y[c].head != v ||
        y[c].upos != SIMA_UPOS_VERB ||
        (y[c].deprel != SIMA_DEP_CCOMP && y[c].deprel != SIMA_DEP_ADVCL))
      continue;
    int ok = 1;
    for (uint32_t k = first; k < end && ok; k++)
      if (y[k].head == c && (deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ ||
                             deprel_base(y[k].deprel) == SIMA_DEP_MARK ||
                             deprel_base(y[k].deprel) == SIMA_DEP_CSUBJ))
        ok = 0;
    for (uint32_t k = a; k < (uint32_t)c && ok; k++)
      if (y[k].head != c)
        ok = 0;
    if (!ok)
      continue;
    y[o].head = c;
    y[o].deprel = SIMA_DEP_NSUBJ;
    y[c].deprel = SIMA_DEP_CCOMP;
  }
}

/* RULE C-REPAIR (infinitive read as a phrase): "sent a few police colonels
** to patrol alongside the army of Peru", parsed with "to" a preposition
** (case) and "patrol" an oblique (the dense parser's shape): a verb in the
** base form (VB) hung as obl with "to" as its case is a to-infinitive:
** an adverbial clause (advcl), "to" its mark. */
static void repair_to_infinitive(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first + 1; v < end; v++) {
    uint32_t to = v - 1;
    if (y[v].upos != SIMA_UPOS_VERB || y[v].xpos != SIMA_XPOS_VB ||
        deprel_base(y[v].deprel) != SIMA_DEP_OBL || y[to].head != (int32_t)v ||
        y[to].deprel != SIMA_DEP_CASE || !y[to].lemma ||
        sima_casecmp(y[to].lemma, "to"))
      continue;
    y[v].deprel = SIMA_DEP_ADVCL;
    y[to].deprel = SIMA_DEP_MARK;
    y[to].upos = SIMA_UPOS_PART;
    y[to].xpos = SIMA_XPOS_TO;
  }
}

/* RULE C-REPAIR (possessor read as the object): "Egypt's foreign
** minister summoned Israel's ambassador Yoav Levi to complain", parsed
** with "Israel" the object of "summoned", the possessive 's its case and
** "ambassador" its apposition (the dense parser's shape): a verb's object
** that carries the possessive 's, with a noun right after the 's hung on
** it as an apposition, is that noun's possessor (nmod:poss); the noun is
** the object.  A to-clause then hung on the noun, when the noun names a
** person by a name in apposition, is the verb's (advcl: "summoned the
** ambassador to complain", an open complement for the coder). */
static void repair_poss_object(sima_syntax *y, uint32_t first,
                               uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t x = first + 1; x + 2 < end; x++) {
    int32_t v = y[x].head;
    uint32_t ps = x + 1, n = x + 2;
    if (y[x].deprel != SIMA_DEP_OBJ || v < (int32_t)first || v >= (int32_t)x ||
        y[v].upos != SIMA_UPOS_VERB || y[ps].head != (int32_t)x ||
        y[ps].xpos != SIMA_XPOS_POS || y[n].upos != SIMA_UPOS_NOUN)
      continue;
    /* the noun after 's (its own modifiers may come between) */
    while (n < end && y[n].head > (int32_t)n && y[n].head < (int32_t)end &&
           y[y[n].head].head == (int32_t)x)
      n = (uint32_t)y[n].head;
    if (n >= end || y[n].head != (int32_t)x ||
        y[n].deprel != SIMA_DEP_APPOS || y[n].upos != SIMA_UPOS_NOUN)
      continue;
    y[n].head = v;
    y[n].deprel = SIMA_DEP_OBJ;
    y[x].head = (int32_t)n;
    y[x].deprel = SIMA_DEP_NMOD_POSS;
    int named = 0;
    for (uint32_t k = n + 1; k < end; k++)
      if (y[k].head == (int32_t)x && k > n)
        y[k].head = (int32_t)n; /* (the name in apposition, the clause) */
    for (uint32_t k = n + 1; k < end; k++)
      if (y[k].head == (int32_t)n && y[k].deprel == SIMA_DEP_APPOS &&
          y[k].upos == SIMA_UPOS_PROPN)
        named = 1;
    for (uint32_t k = n + 1; k < end && named; k++) {
      if (y[k].head != (int32_t)n || y[k].deprel != SIMA_DEP_ACL ||
          y[k].upos != SIMA_UPOS_VERB)
        continue;
      int to = 0;
      for (uint32_t m = n + 1; m < k && !to; m++)
        to = y[m].head == (int32_t)k && y[m].deprel == SIMA_DEP_MARK &&
             y[m].lemma && !sima_casecmp(y[m].lemma, "to");
      if (!to)
        continue;
      y[k].head = v;
      y[k].deprel = SIMA_DEP_ADVCL;
    }
  }
}

/* RULE C-REPAIR (apposition hung on its comma): a comma governs nothing.
** "Karim Tabbou, Algeria's leading human rights activist, began a hunger
** strike", parsed with "Algeria" the object of the first comma, "leading"
** a clause of Algeria and "activist" its object (the dense parser's shape):
** a comma right after a name, with a dependent of its own (no punctuation)
** after it, or with a verb that has a possessor in the phrase after it
** ("Peru's leading human rights activist" with "leading" a clause of the
** name), opens the name's apposition, which runs up to the next comma:
** its last common noun (with no case marker) is its head, hung on the
** name as an apposition; what hung on the comma or outside the phrase goes
** to that head (a possessor with 's as nmod:poss), a verb that had the head
** as its object modifies it (amod: "leading"), and the comma is its
** punctuation. */
static void repair_comma_appos(sima_syntax *y, uint32_t first,
                               uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t c = first + 1; c + 2 < end; c++) {
    int32_t nm = (int32_t)c - 1; /* the name right before the comma */
    if (!is_comma(y, c) || y[nm].upos != SIMA_UPOS_PROPN)
      continue;
    uint32_t c2 = c + 1;
    while (c2 < end && !is_comma(y, c2))
      c2++;
    if (c2 >= end)
      continue;
    /* (the comma governs a word, or a verb of the phrase has a possessor:
    ** "Peru's leading ... activist" read with "leading" a clause of the
    ** name that has Peru as its nmod:poss) */
    int own = 0;
    for (uint32_t k = c + 1; k < end && !own; k++)
      own = (y[k].head == (int32_t)c && y[k].upos != SIMA_UPOS_PUNCT) ||
            (k < c2 && y[k].deprel == SIMA_DEP_NMOD_POSS &&
             y[k].head > (int32_t)c && y[k].head < (int32_t)c2 &&
             y[y[k].head].upos == SIMA_UPOS_VERB);
    if (!own)
      continue;
    int32_t hn = -1;
    for (uint32_t k = c + 1; k < c2; k++)
      if (y[k].upos == SIMA_UPOS_NOUN)
        hn = (int32_t)k;
    if (hn < 0 || has_dep(y, first, end, (uint32_t)hn, SIMA_DEP_CASE, 0))
      continue;
    /* (the name's head: up through flat) */
    while (y[nm].deprel == SIMA_DEP_FLAT && y[nm].head >= (int32_t)first &&
           y[nm].head < nm)
      nm = y[nm].head;
    for (uint32_t k = c + 1; k < c2; k++) {
      if ((int32_t)k == hn)
        continue;
      int32_t h = y[k].head;
      if (y[k].upos == SIMA_UPOS_VERB && y[hn].head == (int32_t)k) {
        y[k].head = hn;
        y[k].deprel = SIMA_DEP_AMOD;
      } else if (h == (int32_t)c || h <= (int32_t)c || h >= (int32_t)c2) {
        int poss = 0;
        for (uint32_t m = k + 1; m < c2 && !poss; m++)
          poss = y[m].head == (int32_t)k && y[m].xpos == SIMA_XPOS_POS;
        y[k].head = hn;
        if (poss)
          y[k].deprel = SIMA_DEP_NMOD_POSS;
      }
    }
    y[hn].head = nm;
    y[hn].deprel = SIMA_DEP_APPOS;
    y[c].head = hn;
    y[c].deprel = SIMA_DEP_PUNCT;
  }
}

/* RULE C-REPAIR (gerund after the object): "workers blocked the Europe
** Bridge spanning the Rhine", parsed with "Bridge" the subject of
** "spanning" and that gerund a clausal complement (ccomp) of "blocked"
** (the dense parser's shape; also an adverbial clause: "a ring smuggling
** migrants fleeing Haiti"): a gerund (VBG) with no auxiliary, marker or
** object-less verb of perception before it is no clause of its own: a
** ccomp gerund after its verb, whose subject's phrase starts right after
** the verb (or after the verb's particle), with the verb having no object,
** is a modifier (acl) of that subject, which is the verb's object.  After
** verbs that take a gerund clause with a subject (see, hear, watch, find,
** catch, leave, keep, ...) nothing changes. */
static void repair_gerund_object(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  /* Sorted. */
  static const char *const clause_verbs[] = {
      "catch",    "describe", "feel",   "find",     "hear",  "imagine",
      "keep",     "leave",    "mind",   "notice",   "picture", "recall",
      "remember", "report",   "see",    "show",     "spot",  "watch"};
  uint32_t end = first + count;
  for (uint32_t g = first + 2; g < end; g++) {
    int32_t v = y[g].head;
    if (y[g].xpos != SIMA_XPOS_VBG ||
        (y[g].deprel != SIMA_DEP_CCOMP && y[g].deprel != SIMA_DEP_ADVCL) ||
        v < (int32_t)first || v >= (int32_t)g || y[v].upos != SIMA_UPOS_VERB ||
        !y[v].lemma || CODER_IN(clause_verbs, y[v].lemma) ||
        has_dep(y, first, end, (uint32_t)v, SIMA_DEP_OBJ, 0))
      continue;
    int32_t sb = -1;
    int other = 0;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head != (int32_t)g)
        continue;
      unsigned r = deprel_base(y[k].deprel);
      if (r == SIMA_DEP_NSUBJ && k < g)
        sb = sb < 0 ? (int32_t)k : -2;
      else if (r == SIMA_DEP_AUX || r == SIMA_DEP_MARK ||
               (r == SIMA_DEP_PUNCT && k < g))
        other = 1;
    }
    if (sb < 0 || other ||
        (y[sb].upos != SIMA_UPOS_NOUN && y[sb].upos != SIMA_UPOS_PROPN))
      continue;
    /* the subject's phrase: right after the verb (and its particle) up to
    ** the gerund */
    uint32_t a = (uint32_t)sb;
    while (a > (uint32_t)v + 1 && descends(y, first, end, (int32_t)a - 1, sb))
      a--;
    uint32_t s0 = (uint32_t)v + 1;
    if (s0 < a && y[s0].head == v && y[s0].deprel == SIMA_DEP_COMPOUND_PRT)
      s0++;
    if (a != s0)
      continue;
    int ok = 1;
    for (uint32_t k = (uint32_t)sb + 1; k < g && ok; k++)
      ok = descends(y, first, end, (int32_t)k, sb);
    if (!ok)
      continue;
    y[sb].head = v;
    y[sb].deprel = SIMA_DEP_OBJ;
    y[g].head = sb;
    y[g].deprel = SIMA_DEP_ACL;
  }
}

/* RULE C-REPAIR (noun with an object after it): a noun takes no object.
** "allow the return of U.N. weapons inspectors", parsed with "inspectors"
** the object of "weapons" (the dense parser's shape): a common noun whose
** object is the noun right after it, a noun with no dependents of its own
** after it, is a compound of that noun, which takes its place (head and
** relation) and the words before it that hung on it (determiners,
** modifiers, case, ...). */
static void repair_noun_obj_compound(sima_syntax *y, uint32_t first,
                                     uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t n = first; n + 1 < end; n++) {
    uint32_t o = n + 1;
    if (y[n].upos != SIMA_UPOS_NOUN || y[o].head != (int32_t)n ||
        y[o].deprel != SIMA_DEP_OBJ ||
        (y[o].upos != SIMA_UPOS_NOUN && y[o].upos != SIMA_UPOS_PROPN) ||
        y[n].head < 0)
      continue;
    for (uint32_t k = first; k < n; k++)
      if (y[k].head == (int32_t)n)
        y[k].head = (int32_t)o;
    y[o].head = y[n].head;
    y[o].deprel = y[n].deprel;
    y[n].head = (int32_t)o;
    y[n].deprel = SIMA_DEP_COMPOUND;
  }
}

/* RULE C-REPAIR (goal of sending): "The IAEA has dispatched inspectors to
** the Esfahan facilities in central Iran", parsed with the to-phrase a
** modifier (nmod) of "inspectors" (the dense parser's shape): the goal of
** a verb of sending is the verb's: a noun or name opened by "to", hung as
** nmod on the object of a verb of sending or deploying (dispatch, send,
** deploy, deliver, ship, airlift, fly, rush, move, transfer, ...) right
** after that object's own phrase, is the verb's oblique. */
static void repair_send_goal(sima_syntax *y, uint32_t first,
                             uint32_t count) {
  /* Sorted. */
  static const char *const send[] = {
      "airlift", "deliver", "deploy", "dispatch", "fly",      "move",
      "redeploy", "rush",   "send",   "ship",     "transfer", "transport"};
  uint32_t end = first + count;
  for (uint32_t g = first + 2; g < end; g++) {
    int32_t o = y[g].head;
    if (deprel_base(y[g].deprel) != SIMA_DEP_NMOD ||
        (y[g].upos != SIMA_UPOS_NOUN && y[g].upos != SIMA_UPOS_PROPN) ||
        o < (int32_t)first || o >= (int32_t)g || y[o].deprel != SIMA_DEP_OBJ)
      continue;
    int32_t v = y[o].head;
    if (v < (int32_t)first || v >= o || y[v].upos != SIMA_UPOS_VERB ||
        !y[v].lemma || !CODER_IN(send, y[v].lemma))
      continue;
    /* "to" opens the phrase, right after the object's words */
    int32_t to = -1;
    for (uint32_t k = (uint32_t)o + 1; k < g; k++)
      if (y[k].head == (int32_t)g && y[k].deprel == SIMA_DEP_CASE && to < 0)
        to = (int32_t)k;
    if (to < 0 || !y[to].lemma || sima_casecmp(y[to].lemma, "to") != 0)
      continue;
    int ok = 1;
    for (int32_t k = o + 1; k < to && ok; k++)
      ok = descends(y, first, end, k, o) && !descends(y, first, end, k, (int32_t)g);
    if (!ok)
      continue;
    y[g].head = v;
    y[g].deprel = SIMA_DEP_OBL;
  }
}

/* RULE C-REPAIR (verb conjunct of a name): "Libyan leader Muammar Gaddafi
** and Bulgarian President Todor Zhivkov today signed a treaty", parsed
** with "Muammar" the root, "signed" its conjunct (the coordinator on the
** verb) and "Todor" the verb's subject (the dense parser's shape): a name
** or noun at the root with a verb conjunct after it, whose coordinator
** comes right after the root's phrase and whose own subject follows the
** coordinator, with no punctuation before the verb, is the first of two coordinated subjects: the verb is the
** root, the root noun its subject, the verb's subject a conjunct of it
** with the coordinator, and the other words between the coordinator and
** the verb that hung on the verb modify that subject. */
static void repair_verb_conj_name(sima_syntax *y, uint32_t first,
                                  uint32_t count) {
  uint32_t end = first + count;
  int32_t r = sole_root(y, first, end);
  if (r < 0 || (y[r].upos != SIMA_UPOS_PROPN && y[r].upos != SIMA_UPOS_NOUN))
    return;
  for (uint32_t v = (uint32_t)r + 3; v < end; v++) {
    if (y[v].head != r || y[v].deprel != SIMA_DEP_CONJ ||
        y[v].upos != SIMA_UPOS_VERB)
      continue;
    int32_t c = -1, s = -1;
    for (uint32_t k = (uint32_t)r + 1; k < v; k++) {
      if (y[k].head != (int32_t)v)
        continue;
      if (y[k].deprel == SIMA_DEP_CC && c < 0)
        c = (int32_t)k;
      else if (deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
        s = s < 0 ? (int32_t)k : -2;
    }
    if (c < 0 || s <= c ||
        (y[s].upos != SIMA_UPOS_PROPN && y[s].upos != SIMA_UPOS_NOUN))
      return;
    /* the root's phrase runs up to the coordinator; no punctuation before
    ** the verb ("The FARC, and the ELN, have been aligning ...": the
    ** sparse parser's shape, left alone) */
    for (int32_t k = (int32_t)first; k < c; k++)
      if (!descends(y, first, end, k, r))
        return;
    for (uint32_t k = first; k < v; k++)
      if (y[k].upos == SIMA_UPOS_PUNCT)
        return;
    /* the words between the coordinator and the verb: the subject's */
    for (int32_t k = c + 1; k < (int32_t)v; k++) {
      if (k == s || y[k].head != (int32_t)v)
        continue;
      if (y[k].upos == SIMA_UPOS_PUNCT || y[k].upos == SIMA_UPOS_VERB ||
          y[k].upos == SIMA_UPOS_AUX || y[k].upos == SIMA_UPOS_ADV)
        continue; /* (adverbs and auxiliaries stay on the verb) */
      y[k].head = s;
      y[k].deprel =
          y[k].upos == SIMA_UPOS_ADJ ? SIMA_DEP_AMOD : SIMA_DEP_COMPOUND;
    }
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == r && k > v)
        y[k].head = (int32_t)v;
    y[v].head = -1;
    y[v].deprel = SIMA_DEP_ROOT;
    y[r].head = (int32_t)v;
    y[r].deprel = SIMA_DEP_NSUBJ;
    y[s].head = r;
    y[s].deprel = SIMA_DEP_CONJ;
    y[c].head = s;
    return;
  }
}

/* RULE C-REPAIR (gerund on a weekday): a day does not act.  "Thousands of
** Iraqi Kurds demonstrated in the city of Kirkuk on Sunday calling for
** independence from Iraq", parsed with "Sunday" a modifier of the city and
** "calling" a modifier (acl) of "Sunday" (the dense parser's shape): a
** gerund (VBG) with no subject, marker or auxiliary of its own hung as acl
** on a weekday or "today"/"yesterday"/... right before it (only the
** day's own words between) is an adverbial clause (advcl) of the nearest
** verb above the day, and the day, when it hung on a noun as nmod, that
** verb's oblique (when it happened). */
static void repair_day_gerund(sima_syntax *y, uint32_t first,
                              uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t g = first + 2; g < end; g++) {
    int32_t t = y[g].head;
    if (y[g].xpos != SIMA_XPOS_VBG || y[g].deprel != SIMA_DEP_ACL ||
        t < (int32_t)first || t >= (int32_t)g || !y[t].lemma ||
        !is_time_word(y[t].lemma))
      continue;
    int own = 0;
    for (uint32_t k = first; k < end && !own; k++) {
      if (y[k].head != (int32_t)g)
        continue;
      unsigned r = deprel_base(y[k].deprel);
      own = r == SIMA_DEP_NSUBJ || r == SIMA_DEP_MARK || r == SIMA_DEP_AUX;
    }
    int ok = !own;
    for (int32_t k = t + 1; k < (int32_t)g && ok; k++)
      ok = descends(y, first, end, k, t);
    if (!ok)
      continue;
    /* the nearest verb above the day */
    int32_t u = y[t].head;
    for (uint32_t steps = 0; u >= (int32_t)first && u < (int32_t)end &&
                             y[u].upos != SIMA_UPOS_VERB && steps < count;
         steps++)
      u = y[u].head;
    if (u < (int32_t)first || u >= (int32_t)end || y[u].upos != SIMA_UPOS_VERB)
      continue;
    y[g].head = u;
    y[g].deprel = SIMA_DEP_ADVCL;
    if (deprel_base(y[t].deprel) == SIMA_DEP_NMOD && y[t].head != u) {
      y[t].head = u;
      y[t].deprel = SIMA_DEP_OBL;
    }
  }
}

/* RULE C-REPAIR (subordinator read as a preposition): "A French minister
** has cancelled a planned visit to Haiti after a state of siege was
** declared", parsed with "after" the case of "state", the state a
** modifier of the visit and the visit the passive subject of "declared"
** (the dense parser's shape).  A clause opened by after, before, since,
** until, once or because has its subject after the subordinator: when the
** subject of a finite verb (or participle with an auxiliary) is a noun
** right after an outer verb, whose phrase ends in a noun opened by such a
** word, with that noun's phrase ending right before the verb's
** auxiliaries, the word is the verb's marker (mark), that noun its subject
** (with the old subject's relation), the verb an adverbial clause (advcl)
** of the outer verb, and the old subject the outer verb's object when it
** has none. */
static void repair_sub_prep(sima_syntax *y, uint32_t first, uint32_t count) {
  /* Sorted. */
  static const char *const subord[] = {"after", "because", "before",
                                       "once",  "since",   "until"};
  uint32_t end = first + count;
  for (uint32_t s = first + 1; s < end; s++) {
    int32_t v = y[s].head;
    unsigned sr = deprel_base(y[s].deprel);
    if (sr != SIMA_DEP_NSUBJ || v <= (int32_t)s || v >= (int32_t)end ||
        y[v].upos != SIMA_UPOS_VERB ||
        (y[s].upos != SIMA_UPOS_NOUN && y[s].upos != SIMA_UPOS_PROPN))
      continue;
    int32_t u = y[v].head;
    if (u < (int32_t)first || u >= (int32_t)s || y[u].upos != SIMA_UPOS_VERB ||
        has_dep(y, first, end, (uint32_t)u, SIMA_DEP_OBJ, 0))
      continue;
    /* the subject's phrase starts right after the outer verb */
    uint32_t a = s;
    while (a > (uint32_t)u + 1 && descends(y, first, end, (int32_t)a - 1, (int32_t)s))
      a--;
    if (a != (uint32_t)u + 1)
      continue;
    /* the verb's own words before it: auxiliaries only, from b on */
    uint32_t b = (uint32_t)v;
    while (b > s + 1 && y[b - 1].head == v &&
           (deprel_base(y[b - 1].deprel) == SIMA_DEP_AUX ||
            y[b - 1].upos == SIMA_UPOS_ADV))
      b--;
    if (b == (uint32_t)v)
      continue; /* (no auxiliary: "... visit after the war ended" is rare) */
    /* a noun opened by a subordinator inside the subject's phrase, its
    ** phrase ending at b - 1 */
    int32_t n = -1, c = -1;
    for (uint32_t k = s + 1; k < b && n < 0; k++) {
      if (y[k].deprel != SIMA_DEP_CASE || !y[k].lemma ||
          !CODER_IN(subord, y[k].lemma))
        continue;
      int32_t h = y[k].head;
      if (h <= (int32_t)k || h >= (int32_t)b ||
          (y[h].upos != SIMA_UPOS_NOUN && y[h].upos != SIMA_UPOS_PROPN) ||
          !descends(y, first, end, h, (int32_t)s))
        continue;
      int ok = 1;
      for (uint32_t t = k + 1; t < b && ok; t++)
        ok = descends(y, first, end, (int32_t)t, h);
      if (ok) {
        n = h;
        c = (int32_t)k;
      }
    }
    if (n < 0)
      continue;
    uint16_t rel_s = y[s].deprel;
    y[c].head = v;
    y[c].deprel = SIMA_DEP_MARK;
    y[n].head = v;
    y[n].deprel = rel_s;
    y[s].head = u;
    y[s].deprel = SIMA_DEP_OBJ;
    y[v].deprel = SIMA_DEP_ADVCL;
  }
}

static int marked_to(const sima_syntax *y, uint32_t first, uint32_t x);

/* RULE C-REPAIR (ready to act): "Iraq's interim government announced that
** it is prepared to impose martial law", parsed with "it" an expletive and
** "to impose" the clausal subject (csubj) of "prepared" (the dense
** parser's shape, as for "it is important to ..."): an adjective of
** readiness or will (prepared, ready, willing, able, unable, unwilling,
** determined, eager, reluctant, keen) takes no clausal subject: its
** expletive "it" is its subject and the to-infinitive its complement
** (xcomp), so the one who is prepared is the one who would act. */
static void repair_ready_to(sima_syntax *y, uint32_t first, uint32_t count) {
  /* Sorted. */
  static const char *const ready[] = {
      "able",    "determined", "eager",     "keen",   "prepared",
      "ready",   "reluctant",  "unable",    "unwilling", "willing"};
  uint32_t end = first + count;
  /* from the (rare) expletives, so most sentences cost one pass */
  for (uint32_t ex = first; ex < end; ex++) {
    int32_t a = y[ex].head;
    if (y[ex].deprel != SIMA_DEP_EXPL || a <= (int32_t)ex ||
        a >= (int32_t)end || !y[ex].lemma || sima_casecmp(y[ex].lemma, "it") ||
        (y[a].upos != SIMA_UPOS_ADJ && y[a].upos != SIMA_UPOS_VERB) ||
        !y[a].lemma || !CODER_IN(ready, y[a].lemma))
      continue;
    int32_t cs = -1;
    for (uint32_t k = (uint32_t)a + 1; k < end && cs < 0; k++)
      if (y[k].head == a &&
          deprel_base(y[k].deprel) == SIMA_DEP_CSUBJ &&
          y[k].upos == SIMA_UPOS_VERB && marked_to(y, first, k))
        cs = (int32_t)k;
    if (cs < 0)
      continue;
    y[ex].deprel = SIMA_DEP_NSUBJ;
    y[cs].deprel = SIMA_DEP_XCOMP;
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
** ("almost five years after ..."); with no verb before, to the root.  A
** participle clause with no subject or marker that hung on the speech
** verb as its complement goes to the root as an adverbial clause. */
static void repair_final_speaker(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  uint32_t end = first + count;
  int32_t r = sole_root(y, first, end);
  if (r < 0)
    return; /* no single root */
  /* (and verbs of complaint that report what they object to: "...,
  ** a human rights group protested", "..., Amnesty charged"; "protested"
  ** and "complained" also when tagged as participles, which they hardly
  ** are there: "charged" may be one, "a man charged with murder") */
  for (uint32_t v = first + 2; v < end; v++) {
    int grieve =
        y[v].upos == SIMA_UPOS_VERB && mood_is_complaint(y[v].lemma);
    if ((int32_t)v == r || !(speech_verb(y, v) || grieve) ||
        (y[v].xpos != SIMA_XPOS_VBD && y[v].xpos != SIMA_XPOS_VBZ &&
         y[v].xpos != SIMA_XPOS_VBP &&
         !(grieve && y[v].xpos == SIMA_XPOS_VBN &&
           sima_casecmp(y[v].lemma, "charge") != 0)))
      continue;
    /* everything after the verb is below it, or final punctuation */
    int tail = 1;
    for (uint32_t t = v + 1; t < end && tail; t++)
      tail = descends(y, first, end, (int32_t)t, (int32_t)v) ||
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
        descends(y, first, end, r, (int32_t)v))
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
      int cased = has_dep(y, first, end, t, SIMA_DEP_CASE, 0);
      int nom = y[t].upos == SIMA_UPOS_NOUN || y[t].upos == SIMA_UPOS_PROPN;
      for (int32_t m = (int32_t)t - 1; nom && m >= (int32_t)first && u < 0; m--)
        if (y[m].upos == SIMA_UPOS_VERB && !descends(y, first, end, m, (int32_t)t))
          u = m;
      int hasobj =
          u >= 0 && has_dep(y, first, end, (uint32_t)u, SIMA_DEP_OBJ, 0);
      int subj = deprel_base(y[t].deprel) == SIMA_DEP_NSUBJ;
      y[t].head = u >= 0 ? u : r;
      /* (a clause the speech verb took as its complement, "..., expected
      ** to be joined later by X, the embassy said", is no complement of
      ** the root, whose clause is the one reported: a participle clause
      ** on it, advcl) */
      if (y[t].upos == SIMA_UPOS_VERB &&
          deprel_base(y[t].deprel) == SIMA_DEP_CCOMP &&
          (y[t].xpos == SIMA_XPOS_VBN || y[t].xpos == SIMA_XPOS_VBG) &&
          !has_dep(y, first, end, t, SIMA_DEP_NSUBJ, 0) &&
          !has_dep(y, first, end, t, SIMA_DEP_MARK, 0))
        y[t].deprel = SIMA_DEP_ADVCL;
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
/* Is l a verb of object control that asks or makes someone act
** (repair_control's list)? */
static int asks_to_act(const char *l) {
  /* Sorted. */
  static const char *const ctl[] = {
      "advise",   "appeal",  "ask",       "beg",      "call",  "challenge",
      "compel",   "direct",  "encourage", "exhort",   "force", "implore",
      "instruct", "invite",  "order",     "persuade", "press", "pressure",
      "push",     "request", "tell",      "urge",     "warn"};
  return l && CODER_IN(ctl, l);
}
static void repair_control(const sima_doc *doc, sima_syntax *y, uint32_t first,
                           uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t a = first; a < end; a++) {
    if (y[a].deprel != SIMA_DEP_ACL || y[a].upos != SIMA_UPOS_VERB)
      continue;
    int32_t o = y[a].head;
    if (o < (int32_t)first || o >= (int32_t)a ||
        (y[o].deprel != SIMA_DEP_OBJ &&
         deprel_base(y[o].deprel) != SIMA_DEP_OBL))
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
            (!sima_casecmp(y[k].lemma, "on") ||
             !sima_casecmp(y[k].lemma, "upon")))
          on = 1;
      if (!on || sima_casecmp(y[v].lemma, "call"))
        continue;
    }
    int known = asks_to_act(y[v].lemma);
    int to = 0, xc = 0;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head == (int32_t)a && y[k].deprel == SIMA_DEP_MARK &&
          y[k].lemma && !sima_casecmp(y[k].lemma, "to") && k < a)
        to = 1;
      if (y[k].head == v && y[k].deprel == SIMA_DEP_XCOMP)
        xc = 1;
    }
    int actor = coded_at(doc, (uint32_t)o);
    if (!known || !to || xc || !actor)
      continue;
    y[a].head = v;
    y[a].deprel = SIMA_DEP_XCOMP;
  }
}

/* RULE C-REPAIR (control over a list): "asked Britain, France and other
** allies to take back the fighters", parsed with the infinitive a modifier
** (acl) of the list's last conjunct (the dense parser's shape): after a
** verb of object control that asks or makes someone act (repair_control's
** verbs), a to-infinitive with no subject hung as acl on a conjunct of
** the verb's object (or indirect object), after it, when the list holds
** an actor and the verb has no complement of its own, is the verb's
** complement (xcomp), as repair_control makes it for a single object: all
** of the list are asked, and all of them are to act. */
static void repair_control_conj(const sima_doc *doc, sima_syntax *y,
                                uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t a = first + 3; a < end; a++) {
    int32_t o = y[a].head;
    if (y[a].deprel != SIMA_DEP_ACL || y[a].upos != SIMA_UPOS_VERB ||
        o < (int32_t)first || o >= (int32_t)a ||
        y[o].deprel != SIMA_DEP_CONJ || y[a - 1].deprel != SIMA_DEP_MARK ||
        y[a - 1].head != (int32_t)a || !y[a - 1].lemma ||
        sima_casecmp(y[a - 1].lemma, "to") ||
        has_dep(y, first, end, a, SIMA_DEP_NSUBJ, 0))
      continue;
    /* the list's first conjunct, the verb's object */
    int32_t c0 = o;
    int actor = coded_at(doc, (uint32_t)o);
    for (uint32_t up = 0; up < count && y[c0].deprel == SIMA_DEP_CONJ &&
                          y[c0].head >= (int32_t)first;
         up++) {
      c0 = y[c0].head;
      actor = actor || coded_at(doc, (uint32_t)c0);
    }
    int32_t v = y[c0].head;
    if ((y[c0].deprel != SIMA_DEP_OBJ && y[c0].deprel != SIMA_DEP_IOBJ) ||
        !actor || v < (int32_t)first || v >= c0 ||
        y[v].upos != SIMA_UPOS_VERB || !asks_to_act(y[v].lemma) ||
        has_dep(y, first, end, (uint32_t)v, SIMA_DEP_XCOMP, 0) ||
        has_dep(y, first, end, (uint32_t)v, SIMA_DEP_CCOMP, 0))
      continue;
    y[a].head = v;
    y[a].deprel = SIMA_DEP_XCOMP;
  }
}

/* RULE C-REPAIR (parenthetical subject): "The Press Association
** of Bolivia (Asociacion Nacional de la Prensa - ANP) issued a
** statement" is often parsed with the name in brackets as the verb's
** subject, beside the English name or with that name as the root and the
** verb a parataxis of it.  What stands in brackets glosses the noun right
** before it: a subject inside brackets of a verb after them becomes an
** apposition of that noun.  The noun phrase before the brackets (climbed
** out of its of/from phrases and compounds: "Agents from the Criminal
** Investigation Directorate (...) told ...") then is the verb's subject,
** when the verb has none left and the phrase is the root with the verb
** hung on it (the verb takes its place) or already a dependent of the
** verb with no preposition. */
static void repair_paren_subject(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t a = first + 1; a + 2 < end; a++) {
    if (y[a].xpos != SIMA_XPOS_LRB)
      continue;
    uint32_t b = a + 1;
    while (b < end && y[b].xpos != SIMA_XPOS_RRB && y[b].xpos != SIMA_XPOS_LRB)
      b++;
    if (b >= end || y[b].xpos != SIMA_XPOS_RRB)
      continue;
    uint32_t p = a - 1;
    if (y[p].upos != SIMA_UPOS_NOUN && y[p].upos != SIMA_UPOS_PROPN)
      continue;
    for (uint32_t x = a + 1; x < b; x++) {
      int32_t v = y[x].head;
      if (deprel_base(y[x].deprel) != SIMA_DEP_NSUBJ || v <= (int32_t)b ||
          v >= (int32_t)end || y[v].upos != SIMA_UPOS_VERB)
        continue;
      unsigned rel = y[x].deprel;
      y[x].head = (int32_t)p;
      y[x].deprel = SIMA_DEP_APPOS;
      if (y[a].head == v)
        y[a].head = (int32_t)x;
      if (y[b].head == v)
        y[b].head = (int32_t)x;
      int other = 0;
      for (uint32_t k = first; k < end && !other; k++)
        other = y[k].head == v && deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ;
      if (other)
        break;
      /* the noun phrase before the brackets */
      int32_t s = (int32_t)p;
      for (int guard = 0; guard < 8; guard++) {
        int32_t h = y[s].head;
        unsigned hb = deprel_base(y[s].deprel);
        if (h < (int32_t)first || h >= (int32_t)a ||
            (y[h].upos != SIMA_UPOS_NOUN && y[h].upos != SIMA_UPOS_PROPN) ||
            !(hb == SIMA_DEP_NMOD || hb == SIMA_DEP_COMPOUND ||
              hb == SIMA_DEP_FLAT))
          break;
        s = h;
      }
      if (has_dep(y, first, end, (uint32_t)s, SIMA_DEP_CASE, 0))
        break;
      if (y[s].head < 0 && y[v].head == s) {
        /* the phrase is the root, the verb hangs on it */
        y[v].head = -1;
        y[v].deprel = SIMA_DEP_ROOT;
        for (uint32_t k = first; k < end; k++)
          if (y[k].head == s && k > b)
            y[k].head = v;
        y[s].head = v;
        y[s].deprel = (uint16_t)rel;
      } else if (y[s].head == v) {
        y[s].deprel = (uint16_t)rel;
      }
      break;
    }
  }
}

/* RULE C-REPAIR (noun read as a case marker): a noun is never a
** preposition, but the parser sometimes hangs a plural subject right
** before its past verb as the `case` of a nearby noun ("Mexican
** authorities seized 15 tons of cocaine": authorities --case-->
** tons, seized --amod--> tons; "Municipal Association officials
** demanded support": officials --case--> Association, the root).  A
** common noun tagged `case` right before a past verb (VBD or VBN,
** adverbs between) heads a noun phrase of its own: after its case head
** (h < w) it takes the head's place, the head and the head's phrase
** before it becoming its compound, the head's later dependents its own;
** before it, it becomes the head's compound.  The participle repair
** (subject before participle) then reads the pair as subject and verb. */
static void repair_noun_case(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t w = first; w + 1 < end; w++) {
    if (y[w].upos != SIMA_UPOS_NOUN || y[w].deprel != SIMA_DEP_CASE)
      continue;
    uint32_t v = w + 1;
    while (v < end && y[v].upos == SIMA_UPOS_ADV)
      v++;
    if (v >= end || y[v].upos != SIMA_UPOS_VERB ||
        (y[v].xpos != SIMA_XPOS_VBD && y[v].xpos != SIMA_XPOS_VBN))
      continue;
    int32_t h = y[w].head;
    if (h < (int32_t)first || h >= (int32_t)end)
      continue;
    if (h > (int32_t)w) {
      y[w].deprel = SIMA_DEP_COMPOUND;
      continue;
    }
    for (uint32_t k = (uint32_t)h + 1; k < end; k++)
      if (k != w && y[k].head == h && k > w)
        y[k].head = (int32_t)w;
    y[w].head = y[h].head;
    y[w].deprel = y[h].deprel;
    y[h].head = (int32_t)w;
    y[h].deprel = SIMA_DEP_COMPOUND;
  }
}

/* RULE C-REPAIR (reduced relative): "announced it will return weapons
** and equipment seized last year from peacekeepers" is sometimes parsed
** with "seized" a parataxis of the root and the from-phrase its object.
** An object opened by a preposition is no object: a past verb (VBD/VBN)
** right after a noun, hung as a parataxis or conjunct, with no subject,
** auxiliary, marker, copula or coordinator of its own, no true object and
** an "object" opened by a preposition, is a passive participle modifying
** that noun phrase (acl of its first conjunct), the phrase its oblique. */
static void repair_reduced_relative(sima_syntax *y, uint32_t first,
                                    uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first + 1; v < end; v++) {
    if (y[v].upos != SIMA_UPOS_VERB ||
        (y[v].xpos != SIMA_XPOS_VBD && y[v].xpos != SIMA_XPOS_VBN) ||
        (y[v].deprel != SIMA_DEP_PARATAXIS && y[v].deprel != SIMA_DEP_CONJ))
      continue;
    int32_t n = (int32_t)v - 1;
    if ((y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN) ||
        !y[n].lemma || is_time_word(y[n].lemma) ||
        descends(y, first, end, n, (int32_t)v))
      continue;
    int own = 0, pobj = 0;
    for (uint32_t k = first; k < end && !own; k++) {
      if (y[k].head != (int32_t)v)
        continue;
      unsigned b = deprel_base(y[k].deprel);
      if (b == SIMA_DEP_NSUBJ || b == SIMA_DEP_AUX || b == SIMA_DEP_MARK ||
          b == SIMA_DEP_CSUBJ || b == SIMA_DEP_CC || b == SIMA_DEP_COP ||
          b == SIMA_DEP_EXPL)
        own = 1;
      else if (y[k].deprel == SIMA_DEP_OBJ) {
        /* (the preposition opens the phrase, maybe on a modifier:
        ** "from [United Nations] peacekeepers") */
        int cased = 0;
        for (uint32_t m = v + 1; m < k && !cased; m++) {
          /* (on the noun or a name in it, not "at least 57": a quantity) */
          int32_t mh = y[m].head;
          if (y[m].deprel != SIMA_DEP_CASE ||
              !descends(y, first, end, (int32_t)m, (int32_t)k) ||
              (y[mh].upos != SIMA_UPOS_NOUN && y[mh].upos != SIMA_UPOS_PROPN))
            continue;
          cased = 1;
          for (uint32_t q = m + 1; q < k && cased; q++)
            cased = descends(y, first, end, (int32_t)q, (int32_t)k);
        }
        if (cased)
          pobj = 1;
        else
          own = 1; /* a true object: a finite verb */
      }
    }
    if (own || !pobj)
      continue;
    for (int guard = 0; guard < 8 && y[n].deprel == SIMA_DEP_CONJ &&
                        y[n].head >= (int32_t)first && y[n].head < n;
         guard++)
      n = y[n].head;
    y[v].head = n;
    y[v].deprel = SIMA_DEP_ACL;
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == (int32_t)v && y[k].deprel == SIMA_DEP_OBJ)
        y[k].deprel = SIMA_DEP_OBL;
  }
}

/* RULE C-REPAIR (cased subject): "opened its borders to West Africans
** ordered out of Nigeria, but was still refusing admittance to
** Ghanaians", parsed (dense) with "to" the case of "Africans", Africans
** the subject of "ordered", "ordered" an adverbial clause of "opened" and
** "refusing" a conjunct of "ordered": a noun with a preposition of its
** own is no subject (a subordinator read as a case, "after rebels
** hijacked a plane", is no preposition, nor is "up to" before a
** number).  A past participle (VBN, or VBD:
** the tagger reads it as a past tense, and it becomes VBN) right after
** the phrase of such a "subject", with no auxiliary, marker, copula,
** object or other subject,
** is a reduced relative modifying the noun (acl); the noun takes the
** participle's place as a phrase of its head (obl on a verb, nmod on a
** noun), and a conjunct of the participle opened by a coordinator that
** comes after a comma ("but was still refusing") is the head's own. */
static void repair_cased_subject(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first + 2; v < end; v++) {
    int32_t h = y[v].head;
    unsigned vb = deprel_base(y[v].deprel);
    if (y[v].upos != SIMA_UPOS_VERB ||
        (y[v].xpos != SIMA_XPOS_VBN && y[v].xpos != SIMA_XPOS_VBD) ||
        h < (int32_t)first || h >= (int32_t)end ||
        (vb != SIMA_DEP_ADVCL && vb != SIMA_DEP_CCOMP && vb != SIMA_DEP_CONJ &&
         vb != SIMA_DEP_PARATAXIS))
      continue;
    int32_t n = -1;
    int own = 0;
    for (uint32_t k = first; k < end && !own; k++) {
      if (y[k].head != (int32_t)v)
        continue;
      unsigned b = deprel_base(y[k].deprel);
      if (b == SIMA_DEP_NSUBJ && k < v && n < 0)
        n = (int32_t)k;
      else if (b == SIMA_DEP_NSUBJ || b == SIMA_DEP_AUX ||
               b == SIMA_DEP_MARK || b == SIMA_DEP_COP ||
               b == SIMA_DEP_EXPL || b == SIMA_DEP_CSUBJ ||
               b == SIMA_DEP_OBJ || b == SIMA_DEP_IOBJ)
        own = 1; /* (a passive participle has no object) */
    }
    if (own || n < 0 ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN))
      continue;
    /* the noun's phrase runs up to the participle */
    int phrase = 1;
    for (uint32_t k = (uint32_t)n + 1; k < v && phrase; k++)
      phrase = descends(y, first, end, (int32_t)k, n);
    /* (not a subordinator read as a case: "after rebels hijacked ...") */
    static const char *const sub[] = {"after", "as", "because", "before",
                                      "if", "once", "since", "though",
                                      "until", "when", "while"};
    int cased = 0;
    for (uint32_t k = first; k < (uint32_t)n && !cased; k++) {
      cased = y[k].head == n && y[k].deprel == SIMA_DEP_CASE &&
              (y[k].upos == SIMA_UPOS_ADP || y[k].upos == SIMA_UPOS_PART);
      for (size_t i = 0; cased && i < sizeof sub / sizeof *sub; i++)
        if (y[k].lemma && !sima_casecmp(y[k].lemma, sub[i]))
          cased = 0;
      /* (nor "up to" bounding a number: "Up to 100 Albanians marched") */
      if (cased && k > first && y[k - 1].lemma &&
          !sima_casecmp(y[k - 1].lemma, "up"))
        cased = 0;
    }
    if (!phrase || !cased)
      continue;
    int nominal = y[h].upos == SIMA_UPOS_NOUN || y[h].upos == SIMA_UPOS_PROPN;
    for (uint32_t k = v + 1; k < end; k++) {
      if (y[k].head != (int32_t)v || y[k].deprel != SIMA_DEP_CONJ || nominal)
        continue;
      int cc = 0, comma = 0;
      for (uint32_t m = v + 1; m < k; m++) {
        if (y[m].head == (int32_t)k && y[m].deprel == SIMA_DEP_CC)
          cc = 1;
        if (y[m].head == (int32_t)k && y[m].lemma && !strcmp(y[m].lemma, ","))
          comma = 1;
      }
      if (cc && comma)
        y[k].head = h;
    }
    y[n].head = h;
    y[n].deprel = nominal ? SIMA_DEP_NMOD : SIMA_DEP_OBL;
    y[v].head = n;
    y[v].deprel = SIMA_DEP_ACL;
    y[v].xpos = SIMA_XPOS_VBN; /* (a participle, read as a past tense) */
  }
}

/* RULE C-REPAIR (stacked subject): "NATO-member Norway is willing to
** send material", parsed (dense) with two subjects of "willing": NATO
** (its apposition "member" after the hyphen) and Norway; or with "NATO"
** a vocative ("NATO-member Turkey is ready").  A verb or predicate has
** one subject: of two nominal subjects (or a vocative and a subject) of
** one head, the first, followed by nothing but its own phrase, the
** second's and hyphens (no comma, dash or bracket: "trainers -- veterans
** of ... --" is an apposition), with no verb or coordinator, modifies the
** second (compound;
** its possessor with a "'s": "El Salvador's Mara Salvatrucha"), and a
** hyphen between them hung on the head goes with the first.
** Names in a list ("Mordor, Rohan ...": repair_split_subject) have a
** comma. */
static void repair_stacked_subject(sima_syntax *y, uint32_t first,
                                   uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t s2 = first + 1; s2 < end; s2++) {
    int32_t h = y[s2].head;
    if (y[s2].deprel != SIMA_DEP_NSUBJ || h <= (int32_t)s2 ||
        h >= (int32_t)end ||
        (y[s2].upos != SIMA_UPOS_PROPN && y[s2].upos != SIMA_UPOS_NOUN))
      continue;
    /* the first subject: the start of the phrase that ends at s2 - 1 */
    int32_t s1 = -1;
    for (uint32_t k = first; k < s2 && s1 < 0; k++)
      if (y[k].head == h && (y[k].deprel == SIMA_DEP_NSUBJ ||
                             y[k].deprel == SIMA_DEP_VOCATIVE))
        s1 = (int32_t)k;
    if (s1 < 0 ||
        (y[s1].upos != SIMA_UPOS_PROPN && y[s1].upos != SIMA_UPOS_NOUN))
      continue;
    int clean = 1;
    for (uint32_t k = (uint32_t)s1 + 1; k < s2 && clean; k++)
      clean = (descends(y, first, end, (int32_t)k, s1) ||
               descends(y, first, end, (int32_t)k, (int32_t)s2) ||
               y[k].upos == SIMA_UPOS_PUNCT) &&
              y[k].upos != SIMA_UPOS_VERB && y[k].upos != SIMA_UPOS_CCONJ &&
              (y[k].upos != SIMA_UPOS_PUNCT ||
               (y[k].lemma && !strcmp(y[k].lemma, "-")));
    for (uint32_t k = first; k < (uint32_t)s1 && clean; k++)
      if (y[k].head == s1 && y[k].upos == SIMA_UPOS_CCONJ)
        clean = 0;
    if (!clean)
      continue;
    y[s1].head = (int32_t)s2;
    y[s1].deprel = SIMA_DEP_COMPOUND;
    for (uint32_t k = (uint32_t)s1 + 1; k < s2; k++)
      if (y[k].head == s1 && y[k].xpos == SIMA_XPOS_POS) /* "El Salvador's" */
        y[s1].deprel = SIMA_DEP_NMOD_POSS;
    for (uint32_t k = (uint32_t)s1 + 1; k < s2; k++)
      if (y[k].head == h) /* (the hyphen) */
        y[k].head = s1;
  }
}

/* RULE C-REPAIR (agent participle after the object): "to demand the
** return of property seized by Algerian government forces", parsed
** (dense) with "seized" an open complement (xcomp) of "demand": a past
** participle with an agent (a by-phrase) and no subject or auxiliary of
** its own, right after the phrase of its verb's object, is a reduced
** relative modifying the noun right before it (acl): the property was
** seized, the demand is no complex-transitive "demand X seized". */
static void repair_agent_participle(sima_syntax *y, uint32_t first,
                                    uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first + 2; v < end; v++) {
    int32_t h = y[v].head;
    if (y[v].upos != SIMA_UPOS_VERB || y[v].xpos != SIMA_XPOS_VBN ||
        deprel_base(y[v].deprel) != SIMA_DEP_XCOMP || h < (int32_t)first ||
        h >= (int32_t)v || y[h].upos != SIMA_UPOS_VERB)
      continue;
    int32_t o = -1;
    for (uint32_t k = (uint32_t)h + 1; k < v && o < 0; k++)
      if (y[k].head == h && y[k].deprel == SIMA_DEP_OBJ)
        o = (int32_t)k;
    int32_t n = (int32_t)v - 1;
    if (o < 0 || (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN))
      continue;
    int ok = 1; /* the object's phrase runs up to the participle */
    for (uint32_t k = (uint32_t)o + 1; k < v && ok; k++)
      ok = descends(y, first, end, (int32_t)k, o);
    int agent = 0;
    for (uint32_t k = v + 1; k < end && ok; k++) {
      if (y[k].head != (int32_t)v)
        continue;
      if (y[k].deprel == SIMA_DEP_OBL_AGENT)
        agent = 1;
    }
    for (uint32_t k = first; k < end && ok; k++) {
      if (y[k].head != (int32_t)v)
        continue;
      unsigned b = deprel_base(y[k].deprel);
      if (b == SIMA_DEP_NSUBJ || b == SIMA_DEP_AUX || b == SIMA_DEP_MARK ||
          b == SIMA_DEP_OBJ || b == SIMA_DEP_COP)
        ok = 0;
    }
    if (!ok || !agent)
      continue;
    y[v].head = n;
    y[v].deprel = SIMA_DEP_ACL;
  }
}

/* RULE C-REPAIR (subject of a noun): a noun takes no nominal subject
** but as a predicate with a copula: "Israel Friday reimposed blockades in
** the West Bank", parsed (dense) with Israel the subject of "blockades",
** Friday its compound and "reimposed" its adjective.  A past verb form
** (VBD/VBN) hung as an adjective (amod) on a noun with no copula, with
** that noun's nominal subject before it and nothing between them but time
** words, is the verb: it takes the noun's place (a clause of a speech
** verb after it when the noun was that verb's subject), the noun is its
** object, the subject its subject, the time words its temporal phrases
** (obl:unmarked), and the noun's prepositional phrases after it its
** obliques.  Not when the noun is the only subject of a later verb ("who
** stated representatives had met ...": the noun is that verb's). */
static void repair_noun_subject_verb(sima_syntax *y, uint32_t first,
                                     uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t w = first + 1; w + 1 < end; w++) {
    int32_t x = y[w].head;
    if (y[w].upos != SIMA_UPOS_VERB || y[w].deprel != SIMA_DEP_AMOD ||
        (y[w].xpos != SIMA_XPOS_VBD && y[w].xpos != SIMA_XPOS_VBN) ||
        x != (int32_t)w + 1 ||
        (y[x].upos != SIMA_UPOS_NOUN && y[x].upos != SIMA_UPOS_PROPN) ||
        has_dep(y, first, end, (uint32_t)x, SIMA_DEP_COP, 0))
      continue;
    int32_t sj = -1;
    for (uint32_t k = first; k < w && sj < 0; k++)
      if (y[k].head == x && y[k].deprel == SIMA_DEP_NSUBJ &&
          (y[k].upos == SIMA_UPOS_NOUN || y[k].upos == SIMA_UPOS_PROPN ||
           y[k].upos == SIMA_UPOS_PRON))
        sj = (int32_t)k;
    if (sj < 0)
      continue;
    int ok = 1; /* between: the subject's phrase, then time words */
    for (uint32_t k = (uint32_t)sj + 1; k < w && ok; k++)
      ok = descends(y, first, end, (int32_t)k, sj) ||
           (y[k].head == x && y[k].lemma && is_time_word(y[k].lemma));
    if (!ok)
      continue;
    int32_t h = y[x].head;
    /* (the noun the only subject of a later verb: "who stated
    ** representatives had met with ...", the noun that verb's subject and
    ** the clause the past verb's complement; left alone) */
    if (h > x && deprel_base(y[x].deprel) == SIMA_DEP_NSUBJ) {
      int other = 0;
      for (uint32_t k = (uint32_t)x + 1; k < (uint32_t)h && !other; k++)
        other = y[k].head == h && deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ;
      if (!other)
        continue;
    }
    if (h < 0) {
      y[w].head = -1;
      y[w].deprel = SIMA_DEP_ROOT;
    } else {
      y[w].head = h;
      y[w].deprel = deprel_base(y[x].deprel) == SIMA_DEP_NSUBJ &&
                            h > x && speech_verb(y, h)
                        ? SIMA_DEP_CCOMP
                        : y[x].deprel;
    }
    for (uint32_t k = (uint32_t)sj + 1; k < w; k++)
      if (y[k].head == x) {
        y[k].head = (int32_t)w;
        y[k].deprel = SIMA_DEP_OBL_UNMARKED;
      }
    for (uint32_t k = (uint32_t)x + 1; k < end; k++)
      if (y[k].head == x && y[k].deprel == SIMA_DEP_NMOD &&
          has_dep(y, first, end, k, SIMA_DEP_CASE, 0)) {
        y[k].head = (int32_t)w;
        y[k].deprel = SIMA_DEP_OBL;
      }
    y[sj].head = (int32_t)w;
    y[x].head = (int32_t)w;
    y[x].deprel = SIMA_DEP_OBJ;
    y[w].xpos = SIMA_XPOS_VBD;
  }
}

/* RULE C-REPAIR (of-phrase after a time phrase): "to attend a meeting
** next week of Palestinian factions", parsed (dense) with the of-phrase on
** "week": a bare time phrase (a time noun with no preposition: "next
** week", "this month") takes no of-phrase naming a party; the of-phrase
** right after it belongs to the noun right before the time phrase (nmod),
** when that noun is a common noun and the of-phrase's noun is no time word
** or number ("the first week of May" keeps its own). */
static void repair_time_of(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t tw = first + 1; tw + 2 < end; tw++) {
    unsigned r = y[tw].deprel;
    if ((r != SIMA_DEP_OBL_UNMARKED && r != SIMA_DEP_OBL_TMOD &&
         r != SIMA_DEP_NMOD_TMOD && r != SIMA_DEP_NMOD_UNMARKED) ||
        y[tw].upos != SIMA_UPOS_NOUN || !y[tw].lemma ||
        (!is_time_word(y[tw].lemma) && !is_time_noun(y[tw].lemma)))
      continue;
    /* the time phrase's first word, and the noun right before it */
    uint32_t lo = tw;
    while (lo > first && y[lo - 1].head == (int32_t)tw &&
           (y[lo - 1].deprel == SIMA_DEP_AMOD || y[lo - 1].deprel == SIMA_DEP_DET))
      lo--;
    if (lo == first)
      continue;
    int32_t n = (int32_t)lo - 1;
    if (y[n].upos != SIMA_UPOS_NOUN ||
        (y[n].lemma &&
         (is_time_word(y[n].lemma) || is_time_noun(y[n].lemma))))
      continue;
    for (uint32_t k = tw + 1; k < end; k++) {
      if (y[k].head != (int32_t)tw || y[k].deprel != SIMA_DEP_NMOD)
        continue;
      int of = 0;
      for (uint32_t m = tw + 1; m < k && !of; m++)
        of = y[m].head == (int32_t)k && y[m].deprel == SIMA_DEP_CASE &&
             y[m].lemma && !sima_casecmp(y[m].lemma, "of");
      if (!of || y[k].upos == SIMA_UPOS_NUM ||
          (y[k].lemma &&
           (is_time_word(y[k].lemma) || is_time_noun(y[k].lemma) ||
            is_month(y[k].lemma))) ||
          descends(y, first, end, n, (int32_t)k))
        continue;
      y[k].head = n;
    }
  }
}

/* RULE C-REPAIR (to-phrase read as a clause's subject): "offered its
** troops to Lebanon's new President Elias Hrawi to help him oust ...",
** parsed (dense) with the first "to" a second marker of "help" and the
** president its subject: a clause has one infinitive "to".  A verb with a
** particle "to" (TO) as its marker and a preposition "to" (IN) as another,
** with its subject between the two, takes the preposition back as the
** case of that noun, which becomes an oblique of the verb's head (when a
** verb). */
static void repair_to_subject(sima_syntax *y, uint32_t first,
                              uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first + 3; v < end; v++) {
    int32_t h = y[v].head;
    if (y[v].upos != SIMA_UPOS_VERB || h < (int32_t)first ||
        h >= (int32_t)end || y[h].upos != SIMA_UPOS_VERB)
      continue;
    int32_t p = -1, m = -1, sj = -1;
    for (uint32_t k = first; k < v; k++) {
      if (y[k].head != (int32_t)v)
        continue;
      if (y[k].deprel == SIMA_DEP_MARK && y[k].lemma &&
          !sima_casecmp(y[k].lemma, "to")) {
        if (y[k].upos == SIMA_UPOS_ADP && p < 0)
          p = (int32_t)k;
        else if (y[k].upos == SIMA_UPOS_PART)
          m = (int32_t)k;
      } else if (deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ && sj < 0)
        sj = (int32_t)k;
    }
    if (p < 0 || m < 0 || sj < 0 || !(p < sj && sj < m) ||
        (y[sj].upos != SIMA_UPOS_NOUN && y[sj].upos != SIMA_UPOS_PROPN))
      continue;
    y[p].head = sj;
    y[p].deprel = SIMA_DEP_CASE;
    y[sj].head = h;
    y[sj].deprel = SIMA_DEP_OBL;
  }
}

/* RULE C-REPAIR (possessor read as a conjunct): "Lebanon's new President
** Elias Hrawi", parsed (dense) with "Elias" a conjunct of Lebanon: a noun
** with its possessive "'s" owns what follows.  A name or noun with "'s"
** right after it and a conjunct with no coordinator or comma of its own
** whose phrase starts right after the "'s" is that conjunct's possessor:
** the conjunct takes its place, the noun becomes its nmod:poss. */
static void repair_poss_conj(sima_syntax *y, uint32_t first,
                             uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t a = first; a + 2 < end; a++) {
    if (y[a + 1].xpos != SIMA_XPOS_POS || y[a + 1].head != (int32_t)a ||
        (y[a].upos != SIMA_UPOS_NOUN && y[a].upos != SIMA_UPOS_PROPN))
      continue;
    int32_t b = -1;
    for (uint32_t k = a + 2; k < end && b < 0; k++)
      if (y[k].head == (int32_t)a && y[k].deprel == SIMA_DEP_CONJ)
        b = (int32_t)k;
    if (b < 0 || (y[b].upos != SIMA_UPOS_NOUN && y[b].upos != SIMA_UPOS_PROPN))
      continue;
    int ok = 1; /* b's phrase starts right after the 's: no cc, no comma */
    for (uint32_t k = a + 2; k < (uint32_t)b && ok; k++)
      ok = descends(y, first, end, (int32_t)k, b) &&
           y[k].upos != SIMA_UPOS_CCONJ && y[k].upos != SIMA_UPOS_PUNCT;
    for (uint32_t k = first; k < end && ok; k++)
      if (y[k].head == b && (y[k].deprel == SIMA_DEP_CC ||
                             (k < (uint32_t)b && y[k].upos == SIMA_UPOS_PUNCT)))
        ok = 0;
    if (!ok || y[a].head == b)
      continue;
    y[b].head = y[a].head;
    y[b].deprel = y[a].head < 0 ? (uint16_t)SIMA_DEP_ROOT : y[a].deprel;
    y[a].head = b;
    y[a].deprel = SIMA_DEP_NMOD_POSS;
  }
}

/* RULE C-REPAIR (participle after the object, sibling clauses): "announced
** it will return weapons and military equipment seized last year from UN
** peacekeepers", parsed (dense) with "return" and "seized" two clausal
** complements of "announced", the weapons the subject of "seized".  As
** repair_object_participle, when the participle hangs beside the verb
** before its subject instead of under it: a past verb form (VBD/VBN), a
** clausal complement or conjunct with no object, auxiliary, marker or
** copula and one nominal subject whose phrase runs from right after a
** verb with no object (no verb of speech) hung on the same head, up to
** the participle, modifies that noun (acl), which is that verb's object. */
static void repair_sibling_participle(sima_syntax *y, uint32_t first,
                                      uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t x = first + 2; x < end; x++) {
    int32_t hx = y[x].head;
    if (y[x].upos != SIMA_UPOS_VERB ||
        (y[x].deprel != SIMA_DEP_CCOMP && y[x].deprel != SIMA_DEP_CONJ) ||
        (y[x].xpos != SIMA_XPOS_VBD && y[x].xpos != SIMA_XPOS_VBN) ||
        hx < (int32_t)first || hx >= (int32_t)end)
      continue;
    int32_t n = -1;
    int bad = 0;
    for (uint32_t k = first; k < end && !bad; k++) {
      if (y[k].head != (int32_t)x)
        continue;
      unsigned b = deprel_base(y[k].deprel);
      if (b == SIMA_DEP_OBJ || b == SIMA_DEP_AUX || b == SIMA_DEP_MARK ||
          b == SIMA_DEP_COP || b == SIMA_DEP_EXPL || b == SIMA_DEP_CSUBJ ||
          b == SIMA_DEP_CC)
        bad = 1;
      else if (b == SIMA_DEP_NSUBJ && n >= 0)
        bad = 1;
      else if (b == SIMA_DEP_NSUBJ)
        n = (int32_t)k;
    }
    if (bad || n < 0 || n >= (int32_t)x ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN))
      continue;
    uint32_t lo = (uint32_t)n; /* the subject's phrase: its first word */
    while (lo > first && descends(y, first, end, (int32_t)lo - 1, n))
      lo--;
    int32_t v = (int32_t)lo - 1;
    if (v < (int32_t)first || y[v].upos != SIMA_UPOS_VERB ||
        y[v].head != hx || !y[v].lemma || mood_is_speech(y[v].lemma) ||
        has_dep(y, first, end, (uint32_t)v, SIMA_DEP_OBJ, 0))
      continue;
    int ok = 1;
    for (uint32_t k = lo; k < x && ok; k++)
      ok = descends(y, first, end, (int32_t)k, n);
    if (!ok)
      continue;
    y[n].head = v;
    y[n].deprel = SIMA_DEP_OBJ;
    y[x].head = n;
    y[x].deprel = SIMA_DEP_ACL;
    y[x].xpos = SIMA_XPOS_VBN;
  }
}

/* RULE C-REPAIR (participle after the object): "will return weapons and
** military equipment seized last year from UN peacekeepers" is sometimes
** parsed with the weapons the subject of "seized" and "seized" the
** reported clause (ccomp) of "return".  A verb that is no verb of speech
** and has no object, with a clausal complement in the past form (VBD/VBN)
** that has no object, auxiliary, marker or copula of its own and whose
** subject is a noun opening the words right after the verb, takes that
** noun as its object; the complement is the noun's participle (acl, on
** its first conjunct). */
static void repair_object_participle(sima_syntax *y, uint32_t first,
                                     uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t x = first + 2; x < end; x++) {
    int32_t v = y[x].head;
    if (y[x].upos != SIMA_UPOS_VERB || y[x].deprel != SIMA_DEP_CCOMP ||
        (y[x].xpos != SIMA_XPOS_VBD && y[x].xpos != SIMA_XPOS_VBN) ||
        v < (int32_t)first || v >= (int32_t)x || y[v].upos != SIMA_UPOS_VERB ||
        !y[v].lemma || mood_is_speech(y[v].lemma))
      continue;
    int32_t n = -1;
    int bad = 0;
    for (uint32_t k = first; k < end && !bad; k++) {
      if (y[k].head == v && deprel_base(y[k].deprel) == SIMA_DEP_OBJ)
        bad = 1;
      if (y[k].head != (int32_t)x)
        continue;
      unsigned b = deprel_base(y[k].deprel);
      if (b == SIMA_DEP_OBJ || b == SIMA_DEP_AUX || b == SIMA_DEP_MARK ||
          b == SIMA_DEP_COP || b == SIMA_DEP_EXPL || b == SIMA_DEP_CSUBJ)
        bad = 1;
      else if (b == SIMA_DEP_NSUBJ && n >= 0)
        bad = 1; /* two subjects */
      else if (b == SIMA_DEP_NSUBJ)
        n = (int32_t)k;
    }
    if (bad || n < 0 || n >= (int32_t)x ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN))
      continue;
    /* the subject's phrase opens right after the verb (a determiner or
    ** modifiers first) and runs up to the participle */
    int ok = 1;
    for (uint32_t k = (uint32_t)v + 1; k < x && ok; k++)
      ok = descends(y, first, end, (int32_t)k, n);
    if (!ok)
      continue;
    y[n].head = v;
    y[n].deprel = SIMA_DEP_OBJ;
    y[x].head = n;
    y[x].deprel = SIMA_DEP_ACL;
  }
}

/* RULE C-REPAIR (number object): "opened fire ..., killing one person
** and arresting 12" is sometimes parsed with "12" a second object of
** "opened".  A verb has one direct object: a number hung as the object
** of an earlier verb that has another one, right after a verb with no
** object of its own, is that verb's object; so is a number right after
** such a verb hung across a comma on a later noun ("arresting 12,
** security sources said": 12 --nummod--> sources). */
static void repair_number_object(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t k = first + 1; k < end; k++) {
    uint32_t v = k - 1;
    int32_t h = y[k].head;
    /* "arresting 12, security sources said", parsed with 12 a number of
    ** the sources across the comma: a number never counts a noun after a
    ** comma; right after a verb with no object it is that object */
    if (y[k].upos == SIMA_UPOS_NUM && y[k].deprel == SIMA_DEP_NUMMOD &&
        y[v].upos == SIMA_UPOS_VERB && k + 1 < end && h > (int32_t)k + 1 &&
        h < (int32_t)end && y[k + 1].upos == SIMA_UPOS_PUNCT &&
        y[k + 1].lemma && !strcmp(y[k + 1].lemma, ",") &&
        !has_dep(y, first, end, v, SIMA_DEP_OBJ, 0)) {
      y[k].head = (int32_t)v;
      y[k].deprel = SIMA_DEP_OBJ;
      continue;
    }
    if (y[k].upos != SIMA_UPOS_NUM || y[k].deprel != SIMA_DEP_OBJ ||
        y[v].upos != SIMA_UPOS_VERB || h == (int32_t)v ||
        h < (int32_t)first || h >= (int32_t)v ||
        has_dep(y, first, end, v, SIMA_DEP_OBJ, 0))
      continue;
    int other = 0;
    for (uint32_t m = first; m < end && !other; m++)
      other = m != k && y[m].head == h && y[m].deprel == SIMA_DEP_OBJ;
    if (!other)
      continue;
    y[k].head = (int32_t)v;
  }
}

/* Verbs of object control: "allowed X to ...", "urged X to ...".  Sorted. */
static const char *const object_control[] = {
    "advise",   "allow",  "ask",      "authorize", "beg",      "challenge",
    "compel",   "direct", "enable",   "encourage", "exhort",   "force",
    "implore",  "instruct", "invite", "oblige",    "order",    "permit",
    "persuade", "press",  "pressure", "push",      "request",  "require",
    "tell",     "urge",   "warn"};

/* RULE C-REPAIR (control over a relative clause): "Turkey will allow
** 13,000 refugees who have lived in Iraq for a decade to return home" is
** often parsed with the infinitive as a purpose clause (advcl) of the
** relative clause's verb (lived); "pressuring workers of the company
** (...) to cancel the strike" with it as a parataxis of the verb.  After
** a verb of object control (allow, permit, urge, order, pressure, ...)
** that has an object and no complement of its own, a to-infinitive with
** no subject after the object, hung as a purpose clause on a relative
** clause of the object or as a purpose clause or parataxis on the verb
** itself, is the control verb's complement (xcomp), unless the relative
** clause's verb takes a to-complement itself ("who wanted to", "who had
** tried to") or has an object of its own ("which gave the police the
** power to make arrests"). */
static void repair_control_relcl(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  static const char *const own_to[] = {
      "agree",   "aim",    "ask",     "attempt", "begin",   "choose",
      "continue", "decide", "expect", "fail",    "hope",    "intend",
      "like",    "need",   "offer",   "plan",    "pledge",  "prepare",
      "promise", "refuse", "seek",    "start",   "threaten", "try",
      "use",     "vow",    "want",    "wish"};
  uint32_t end = first + count;
  for (uint32_t a = first + 2; a < end; a++) {
    unsigned ab = deprel_base(y[a].deprel);
    if (y[a].upos != SIMA_UPOS_VERB ||
        (ab != SIMA_DEP_ADVCL && ab != SIMA_DEP_PARATAXIS) ||
        y[a - 1].deprel != SIMA_DEP_MARK || y[a - 1].head != (int32_t)a ||
        !y[a - 1].lemma || sima_casecmp(y[a - 1].lemma, "to") ||
        has_dep(y, first, end, a, SIMA_DEP_NSUBJ, 0))
      continue;
    int32_t r = y[a].head, o = -1, v = -1;
    if (r < (int32_t)first || r >= (int32_t)a)
      continue;
    if (ab == SIMA_DEP_ADVCL && y[r].deprel == SIMA_DEP_ACL_RELCL) {
      /* (nor one whose verb has an object the infinitive may belong to:
      ** "a proposal which gave the police the power to make arrests") */
      if (!y[r].lemma || CODER_IN(own_to, y[r].lemma) ||
          has_dep(y, first, end, (uint32_t)r, SIMA_DEP_OBJ, 0))
        continue;
      o = y[r].head;
      if (o < (int32_t)first || o >= r || y[o].deprel != SIMA_DEP_OBJ)
        continue;
      v = y[o].head;
    } else { /* on the control verb itself, after its object */
      v = r;
      for (uint32_t k = (uint32_t)v + 1; k < a && o < 0; k++)
        if (y[k].head == v && y[k].deprel == SIMA_DEP_OBJ)
          o = (int32_t)k;
      if (o < 0)
        continue;
    }
    if (v < (int32_t)first || v >= o || y[v].upos != SIMA_UPOS_VERB ||
        !y[v].lemma || !CODER_IN(object_control, y[v].lemma) ||
        has_dep(y, first, end, (uint32_t)v, SIMA_DEP_XCOMP, 0) ||
        has_dep(y, first, end, (uint32_t)v, SIMA_DEP_CCOMP, 0))
      continue;
    y[a].head = v;
    y[a].deprel = SIMA_DEP_XCOMP;
  }
}

/* Participles that stand before a noun as adjectives after a proper-noun
** modifier ("the Zetas organized crime group", "FARC armed groups").
** Sorted. */
static int attributive_participle(const char *w) {
  static const char *const pp[] = {
      "accused",   "advanced",  "alleged",   "armed",      "disputed",
      "limited",   "organised", "organized", "registered", "so-called",
      "suspected", "united",    "wanted"};
  return CODER_IN(pp, w);
}

/* C-HEADLINE-PASSIVE: 1 when the sentence of tokens [first,
** first+count) is in title case: a headline with no lower-case word of
** more than three letters ("Top Officials Imprisoned Pending Trial"). */
static int title_case(const sima_doc *doc, uint32_t first, uint32_t count) {
  int words = 0;
  for (uint32_t k = first; k < first + count && k < doc->ntokens; k++) {
    const sima_token *tk = &doc->tokens[k];
    if (tk->kind != SIMA_TOK_WORD || tk->nnorm <= 3)
      continue;
    if (!(tk->flags & SIMA_TOKF_CAPITAL))
      return 0;
    words++;
  }
  return words >= 2;
}

/* C-HEADLINE-PASSIVE: 1 when token k is a preposition that opens an
** adjunct, whatever its tag (pending, following, ...).  Sorted. */
static int adjunct_word(const sima_doc *doc, uint32_t k) {
  static const char *const preps[] = {"after",     "amid",    "before",
                                      "despite",   "during",  "following",
                                      "over",      "pending", "without"};
  const sima_token *tk = &doc->tokens[k];
  return tk->kind == SIMA_TOK_WORD && CODER_IN(preps, tk->norm);
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
  int title = title_case(doc, first, count);
  for (uint32_t v = first + 1; v < end; v++) {
    if (y[v].deprel != SIMA_DEP_AMOD)
      continue;
    /* RULE C-HEADLINE-PASSIVE: a past participle followed by a
    ** preposition the tagger took for a name or a noun in a title-case
    ** headline ("Top Officials Imprisoned Pending Trial", "Mayor Detained
    ** Following Raid") takes no object: the participle is the headline's
    ** passive (the officials are imprisoned), not an act of the noun
    ** before it; "Soldiers Allegedly Sold Weapons to ..." stays */
    if (title && v + 1 < end && adjunct_word(doc, v + 1))
      continue;
    /* (or a past form tagged as an adjective before the object's own
    ** determiner or number: "guerrillas wounded two soldiers"; an
    ** adjective stands after them) */
    int adj =
        y[v].upos == SIMA_UPOS_ADJ && v + 1 < end &&
        y[v + 1].head == y[v].head &&
        (y[v + 1].upos == SIMA_UPOS_NUM || y[v + 1].upos == SIMA_UPOS_DET);
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
    /* "the newly elected ...": a participle with dependents is left
    ** alone, but for adverbs right before it after a noun ("U.S. border
    ** patrol agents sexually abused illegal immigrants") */
    int32_t s = (int32_t)v - 1;
    while (s > (int32_t)first && y[s].upos == SIMA_UPOS_ADV &&
           y[s].head == (int32_t)v && y[s].deprel == SIMA_DEP_ADVMOD)
      s--;
    for (uint32_t k = first; k < end && ok; k++)
      if (y[k].head == (int32_t)v && (k < (uint32_t)s + 1 || k > v))
        ok = 0;
    if (!ok || (y[s].upos != SIMA_UPOS_NOUN && y[s].upos != SIMA_UPOS_PROPN))
      continue;
    for (int guard = 0; guard < 16; guard++) {
      int32_t h = y[s].head;
      if (h < (int32_t)first || h >= (int32_t)v)
        break;
      unsigned b = deprel_base(y[s].deprel);
      if (has_dep(y, first, end, (uint32_t)s, SIMA_DEP_CASE, 0) || b == SIMA_DEP_CONJ ||
          b == SIMA_DEP_FLAT || b == SIMA_DEP_APPOS)
        s = h;
      else
        break;
    }
    if (has_dep(y, first, end, (uint32_t)s, SIMA_DEP_CASE, 0) || y[s].lemma == NULL ||
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
    /* (the dense parser also hangs such a subject, a bare noun phrase
    ** with no preposition of its own, as an `obl` of the speech verb:
    ** "Lebanese police in Tyre confiscated weapons ..., the army said") */
    int speech = ah >= (int32_t)first && ah < (int32_t)end &&
                 (deprel_base(arel) == SIMA_DEP_NSUBJ ||
                  (a == s && deprel_base(arel) == SIMA_DEP_OBL)) &&
                 speech_verb(y, ah);
    int other = 0;
    for (uint32_t k = first; speech && k < end; k++)
      if ((int32_t)k != s && (int32_t)k != n && y[k].head == ah &&
          deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
        other = 1;
    /* two subjects of one verb ("officials suspended aid deliveries ...
    ** after their vehicles were hit": officials and deliveries both
    ** nsubj:pass of hit) cannot both be right: the pair is a clause */
    int twosubj = y[n].head == ah && deprel_base(arel) == SIMA_DEP_NSUBJ &&
                  deprel_base(y[n].deprel) == SIMA_DEP_NSUBJ;
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
      if (y[k].head != n || deprel_base(y[k].deprel) != SIMA_DEP_NMOD ||
          y[k].deprel == SIMA_DEP_NMOD_POSS)
        continue;
      int of = 0;
      for (uint32_t m = first; m < end; m++)
        if (y[m].head == (int32_t)k && y[m].deprel == SIMA_DEP_CASE &&
            y[m].lemma && !sima_casecmp(y[m].lemma, "of"))
          of = 1;
      if (!of) {
        y[k].head = (int32_t)v;
        y[k].deprel = SIMA_DEP_OBL;
      }
    }
  }
}

/* ------------------------------------------------------------------ */
/* The table and the driver */

/* ORDER: the order the repairs run in; X(name, reads_doc). */
/* RULE C-REPAIR (relative clause in dashes): "A force led by Nigeria
** – which received French and American logistical support – launched
** air raids", parsed with the verb after the closing dash inside the
** relative clause (launched --conj--> logistical --xcomp--> received, so
** the supporters became the attackers): a relative clause opened by
** "which"/"who" right after a dash and closed by a second dash is a
** parenthetical on the noun it relates to, and a finite or past verb
** right after the closing dash, hung inside the dashes, is the sentence's
** verb with that noun as its subject.  Only when the sentence's root is
** that noun or inside the dashes (the parser found no other main verb). */
static void repair_dash_relative(const sima_doc *doc, sima_syntax *y,
                                 uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t i = first + 1; i + 3 < end; i++) {
    if (doc->tokens[i].kind != SIMA_TOK_DASH || !y[i + 1].lemma ||
        (sima_casecmp(y[i + 1].lemma, "which") &&
         sima_casecmp(y[i + 1].lemma, "who")))
      continue;
    uint32_t j = i + 2;
    while (j < end && j < i + 40 && doc->tokens[j].kind != SIMA_TOK_DASH)
      j++;
    if (j + 1 >= end || j >= i + 40 || doc->tokens[j].kind != SIMA_TOK_DASH)
      continue;
    uint32_t v = j + 1;
    unsigned x = y[v].xpos;
    if ((y[v].upos != SIMA_UPOS_VERB && y[v].upos != SIMA_UPOS_AUX) ||
        (x != SIMA_XPOS_VBD && x != SIMA_XPOS_VBZ && x != SIMA_XPOS_VBP &&
         x != SIMA_XPOS_MD && x != SIMA_XPOS_VBN))
      continue;
    /* the relative clause's verb: the head of "which"/"who", inside */
    int32_t r = y[i + 1].head;
    if (r <= (int32_t)i + 1 || r >= (int32_t)j)
      continue;
    /* the noun it relates to: r's head before the first dash, or the word
    ** right before that dash */
    int32_t n = y[r].head;
    if (n < (int32_t)first || n >= (int32_t)i)
      n = (int32_t)i - 1;
    if (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN)
      continue;
    /* the misparse: v hangs inside the dashes */
    if (y[v].head <= (int32_t)i || y[v].head >= (int32_t)j)
      continue;
    int32_t root = -1;
    for (uint32_t k = first; k < end && root < 0; k++)
      if (y[k].head < 0)
        root = (int32_t)k;
    if (root != n && (root <= (int32_t)i || root >= (int32_t)j))
      continue;
    /* (a subject of its own: no) */
    int subj = 0;
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == (int32_t)v &&
          deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
        subj = 1;
    if (subj)
      continue;
    /* tokens after the dashes hung inside them go to v */
    for (uint32_t k = j + 2; k < end; k++)
      if (y[k].head > (int32_t)i && y[k].head < (int32_t)j)
        y[k].head = (int32_t)v;
    /* the words inside the dashes that hang on v ("and", "support")
    ** go to the relative verb */
    for (uint32_t k = i + 1; k < j; k++)
      if (y[k].head == (int32_t)v)
        y[k].head = r;
    y[v].head = y[n].head < 0 ? -1 : y[n].head;
    y[v].deprel = y[n].head < 0 ? SIMA_DEP_ROOT : y[n].deprel;
    if (root != n) {
      y[v].head = -1;
      y[v].deprel = SIMA_DEP_ROOT;
    }
    y[n].head = (int32_t)v;
    y[n].deprel = SIMA_DEP_NSUBJ;
    y[r].head = n;
    y[r].deprel = SIMA_DEP_ACL_RELCL;
    y[i].head = r;
    y[i].deprel = SIMA_DEP_PUNCT;
    y[j].head = r;
    y[j].deprel = SIMA_DEP_PUNCT;
    /* the words before the noun's phrase that hung on the root noun
    ** (a fronted phrase: "In 2015, the coalition – which ... –
    ** launched") go to v */
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == n && (int32_t)k != r &&
          (deprel_base(y[k].deprel) == SIMA_DEP_OBL ||
           deprel_base(y[k].deprel) == SIMA_DEP_ADVCL ||
           deprel_base(y[k].deprel) == SIMA_DEP_ADVMOD ||
           y[k].deprel == SIMA_DEP_PUNCT) &&
          (k > j || k < (uint32_t)n))
        y[k].head = (int32_t)v;
    i = j;
  }
}

/* RULE C-REPAIR (participle after a preposition): "Russian troops
** remained on alert in occupied Crimea today", parsed with "occupied" a
** clause (advcl) of "remained" that takes "in" as its case marker and
** Crimea as its object (the dense parser's shape; the verb of occupation
** then codes an occupation of Crimea): a past participle (VBN or VBD)
** with a preposition (case, ADP) of its own right before it and an object
** (a noun or name) whose phrase starts right after it, with no subject,
** auxiliary or marker of its own, is an adjective on that object.  The
** object takes the participle's place as the phrase's head (obl on a
** verb, nmod on anything else), the preposition is its case, the
** participle its amod, and the participle's other dependents after the
** object go to the head the participle hung on ("today"). */
static void repair_case_participle(sima_syntax *y, uint32_t first,
                                   uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t w = first + 1; w + 1 < end; w++) {
    uint32_t cs = w - 1;
    int32_t h = y[w].head;
    if (y[w].upos != SIMA_UPOS_VERB ||
        (y[w].xpos != SIMA_XPOS_VBN && y[w].xpos != SIMA_XPOS_VBD) ||
        y[cs].head != (int32_t)w || y[cs].deprel != SIMA_DEP_CASE ||
        y[cs].upos != SIMA_UPOS_ADP || h < (int32_t)first ||
        h >= (int32_t)end)
      continue;
    int32_t o = -1;
    int own = 0;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head != (int32_t)w)
        continue;
      unsigned b = deprel_base(y[k].deprel);
      if (b == SIMA_DEP_NSUBJ || b == SIMA_DEP_AUX || b == SIMA_DEP_MARK ||
          b == SIMA_DEP_CSUBJ)
        own = 1;
      if (b == SIMA_DEP_OBJ && o < 0)
        o = (int32_t)k;
    }
    if (own || o <= (int32_t)w ||
        (y[o].upos != SIMA_UPOS_NOUN && y[o].upos != SIMA_UPOS_PROPN))
      continue;
    /* (the object's phrase starts right after the participle) */
    int ok = 1;
    for (int32_t k = (int32_t)w + 1; k < o && ok; k++)
      ok = descends(y, first, end, k, o);
    if (!ok)
      continue;
    for (uint32_t k = (uint32_t)o + 1; k < end; k++)
      if (y[k].head == (int32_t)w)
        y[k].head = h;
    y[o].head = h;
    y[o].deprel = y[h].upos == SIMA_UPOS_VERB ? SIMA_DEP_OBL : SIMA_DEP_NMOD;
    y[cs].head = o;
    y[w].head = o;
    y[w].deprel = SIMA_DEP_AMOD;
  }
}

/* RULE C-REPAIR (object gerund): "The army prevented the rebels from
** attacking the capital", "blamed the negotiators for setting
** preconditions": the dense parser hangs the from/for gerund on the object
** (rebels --acl--> attacking); it is the verb's clause (UD: advcl of
** prevented, as the sparse parser has it), where the coder reads what
** was prevented (C-NEG-FROM) or blamed.  A gerund (VBG) hung as acl on the
** object of a verb, with "from" or "for" its marker right before it, is
** an advcl of that verb, when the object is an actor (a pronoun or a
** coded mention: "rejected a UN appeal for deploying troops" keeps the
** appeal's gerund).  ("of" stays: "accused Ukraine of shelling" is read
** on the object by both parsers.) */
static void repair_marked_object_gerund(const sima_doc *doc, sima_syntax *y,
                                        uint32_t first,
                                        uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t g = first + 3; g < end; g++) {
    int32_t n = y[g].head;
    if (y[g].xpos != SIMA_XPOS_VBG || y[g].upos != SIMA_UPOS_VERB ||
        y[g].deprel != SIMA_DEP_ACL || n < (int32_t)first ||
        n >= (int32_t)g - 1 || y[n].deprel != SIMA_DEP_OBJ)
      continue;
    int32_t v = y[n].head;
    uint32_t m = g - 1;
    if (v < (int32_t)first || v >= n || y[v].upos != SIMA_UPOS_VERB ||
        y[m].head != (int32_t)g || y[m].deprel != SIMA_DEP_MARK ||
        !y[m].lemma ||
        (sima_casecmp(y[m].lemma, "from") && sima_casecmp(y[m].lemma, "for")))
      continue;
    if (y[n].upos != SIMA_UPOS_PRON && !coded_at(doc, (uint32_t)n))
      continue;
    y[g].head = v;
    y[g].deprel = SIMA_DEP_ADVCL;
  }
}

/* RULE C-REPAIR (subordinator as a head): a subordinator heads nothing:
** "setting preconditions on holding talks with the government", parsed
** by the dense parser with "on" (SCONJ) the nmod of "preconditions" and
** the gerund "holding" its clause.  A subordinator (SCONJ, IN) hung as a
** nominal modifier or oblique (nmod, obl) whose gerund (VBG) right after
** it hangs on it takes its place (acl of a noun for nmod, advcl for
** obl), and the subordinator becomes its marker. */
static void repair_mark_head(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t p = first + 1; p + 1 < end; p++) {
    uint32_t g = p + 1;
    unsigned b = deprel_base(y[p].deprel);
    if (y[p].upos != SIMA_UPOS_SCONJ || y[p].xpos != SIMA_XPOS_IN ||
        (b != SIMA_DEP_NMOD && b != SIMA_DEP_OBL) || y[p].head < 0 ||
        y[g].head != (int32_t)p || y[g].upos != SIMA_UPOS_VERB ||
        y[g].xpos != SIMA_XPOS_VBG)
      continue;
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == (int32_t)p && k != g)
        y[k].head = (int32_t)g;
    y[g].head = y[p].head;
    y[g].deprel = b == SIMA_DEP_NMOD ? SIMA_DEP_ACL : SIMA_DEP_ADVCL;
    y[p].head = (int32_t)g;
    y[p].deprel = SIMA_DEP_MARK;
  }
}

/* RULE C-REPAIR (case on a modifier): a preposition marks a phrase, not
** a word inside it: "spoke to President Trump", parsed by the dense parser
** with "to" the case of the title "President", itself a compound of
** "Trump", the oblique.  A case (ADP) hung on a compound or descriptive
** modifier (compound, nmod:desc) that stands between it and that
** modifier's head noun after it, the head an oblique or nominal modifier
** (a phrase that takes a case) with no case of its own, belongs to the
** head. */
static void repair_case_modifier(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t k = first; k + 2 < end; k++) {
    int32_t m = y[k].head;
    if (y[k].deprel != SIMA_DEP_CASE || y[k].upos != SIMA_UPOS_ADP ||
        m <= (int32_t)k || m >= (int32_t)end ||
        (y[m].deprel != SIMA_DEP_COMPOUND && y[m].deprel != SIMA_DEP_NMOD_DESC))
      continue;
    int32_t h = y[m].head;
    if (h <= m || h >= (int32_t)end ||
        (y[h].upos != SIMA_UPOS_NOUN && y[h].upos != SIMA_UPOS_PROPN) ||
        (deprel_base(y[h].deprel) != SIMA_DEP_OBL &&
         deprel_base(y[h].deprel) != SIMA_DEP_NMOD) ||
        has_dep(y, first, end, (uint32_t)h, SIMA_DEP_CASE, 0))
      continue;
    y[k].head = h;
  }
}

/* RULE C-REPAIR (subject after a fronted phrase): "After the signing of
** the accord, the Colombian government and the rebels have agreed ...",
** parsed by the dense parser with "government" the object of the nominal
** "signing" across the comma.  A noun has no object: an object (obj) of
** a noun that heads an oblique of a verb after it, the comma closing that
** oblique's phrase right before the object's own phrase, is the verb's
** subject when the verb has none before it (C-REPAIR coordinated
** subjects then joins a second subject). */
static void repair_fronted_subject(sima_syntax *y, uint32_t first,
                                   uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t n = first + 2; n < end; n++) {
    int32_t h = y[n].head;
    if (y[n].deprel != SIMA_DEP_OBJ || h < (int32_t)first || h >= (int32_t)n ||
        y[h].upos != SIMA_UPOS_NOUN ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN) ||
        deprel_base(y[h].deprel) != SIMA_DEP_OBL)
      continue;
    int32_t v = y[h].head;
    if (v <= (int32_t)n || v >= (int32_t)end || y[v].upos != SIMA_UPOS_VERB)
      continue;
    /* the object's phrase starts right after a comma */
    uint32_t a = n;
    while (a > first && descends(y, first, end, (int32_t)a - 1, (int32_t)n))
      a--;
    if (a == first || !is_comma(y, a - 1))
      continue;
    int subj = 0;
    for (uint32_t k = first; k < (uint32_t)v; k++)
      if (y[k].head == v && deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ &&
          k < n)
        subj = 1;
    if (subj)
      continue;
    y[n].head = v;
    y[n].deprel = SIMA_DEP_NSUBJ;
  }
}

/* RULE C-REPAIR (adjective root): "Senior Turkish and Bulgarian officials
** agreed on Friday that ...", parsed by the dense parser with "Senior"
** the root, "agreed" its adverbial clause and "Turkish" a compound of
** "agreed".  An adjective root with no copula and no subject, right at the
** start of the sentence, before the noun hung as a compound (or as the
** subject) on a verb clause (advcl, acl, ccomp, parataxis) of it: the
** verb is the root, that noun its subject (a noun is no compound of a
** verb) and the adjective the noun's modifier (amod). */
static void repair_adj_root(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  uint32_t a = first;
  if (count < 4 || y[a].upos != SIMA_UPOS_ADJ || y[a].head >= 0 ||
      has_dep(y, first, end, a, SIMA_DEP_COP, 0) ||
      has_dep(y, first, end, a, SIMA_DEP_NSUBJ, 0))
    return;
  uint32_t s = a + 1;
  int32_t v = y[s].head;
  if ((y[s].upos != SIMA_UPOS_NOUN && y[s].upos != SIMA_UPOS_PROPN) ||
      (y[s].deprel != SIMA_DEP_COMPOUND && y[s].deprel != SIMA_DEP_NSUBJ) ||
      v <= (int32_t)s ||
      v >= (int32_t)end || y[v].upos != SIMA_UPOS_VERB ||
      y[v].head != (int32_t)a ||
      (y[v].deprel != SIMA_DEP_ADVCL && y[v].deprel != SIMA_DEP_ACL &&
       y[v].deprel != SIMA_DEP_CCOMP && y[v].deprel != SIMA_DEP_PARATAXIS) ||
      (y[s].deprel == SIMA_DEP_COMPOUND &&
       has_dep(y, first, end, (uint32_t)v, SIMA_DEP_NSUBJ, 0)))
    return;
  for (uint32_t k = first; k < end; k++)
    if (y[k].head == (int32_t)a && k != (uint32_t)v)
      y[k].head = v;
  y[v].head = -1;
  y[v].deprel = SIMA_DEP_ROOT;
  y[s].deprel = SIMA_DEP_NSUBJ;
  y[a].head = (int32_t)s;
  y[a].deprel = SIMA_DEP_AMOD;
}

/* RULE C-REPAIR (verdict predicate): "found him guilty", "found the former
** minister guilty", parsed by the dense parser with the predicate
** adjective, tagged a noun, the verb's object ("him" an indirect object,
** or "minister" a compound of "guilty").  A verdict word (guilty,
** innocent, liable, culpable) hung as the object of a verb is its
** predicate (xcomp); the indirect object before it, or the compound noun
** right before it (with its own determiner and modifiers), is the
** object. */
static void repair_verdict_predicate(sima_syntax *y, uint32_t first,
                                     uint32_t count) {
  static const char *const verdict[] = {"culpable", "guilty", "innocent",
                                        "liable"};
  uint32_t end = first + count;
  for (uint32_t g = first + 2; g < end; g++) {
    int32_t v = y[g].head;
    if (y[g].deprel != SIMA_DEP_OBJ || !y[g].lemma ||
        !CODER_IN(verdict, y[g].lemma) || v < (int32_t)first ||
        v >= (int32_t)g || y[v].upos != SIMA_UPOS_VERB)
      continue;
    int32_t o = -1;
    for (uint32_t k = (uint32_t)v + 1; k < g && o < 0; k++)
      if (y[k].head == v && y[k].deprel == SIMA_DEP_IOBJ)
        o = (int32_t)k;
    if (o < 0 && y[g - 1].head == (int32_t)g &&
        y[g - 1].deprel == SIMA_DEP_COMPOUND &&
        (y[g - 1].upos == SIMA_UPOS_NOUN || y[g - 1].upos == SIMA_UPOS_PROPN)) {
      o = (int32_t)g - 1;
      for (uint32_t k = (uint32_t)v + 1; k < (uint32_t)o; k++)
        if (y[k].head == (int32_t)g)
          y[k].head = o;
    }
    if (o < 0)
      continue;
    y[o].head = v;
    y[o].deprel = SIMA_DEP_OBJ;
    y[g].deprel = SIMA_DEP_XCOMP;
    y[g].upos = SIMA_UPOS_ADJ;
    y[g].xpos = SIMA_XPOS_JJ;
  }
}

/* RULE C-REPAIR (place phrase split): "Afghan police in Kandahar
** confiscated weapons", parsed by the dense parser with "in" the case of
** "weapons", "Kandahar" its compound, "confiscated" its modifier and the
** weapons a phrase of "police".  A case (in, at) on a noun n whose only
** words before it are a name hung on n as a compound and right after that
** name a past participle hung on n as its modifier (amod), n itself a
** phrase (nmod) of the noun before the case: the case is the name's, and
** the name the place phrase of that noun (C-REPAIR participle then makes
** the participle the verb: "police in Kandahar confiscated weapons"). */
static void repair_place_split(sima_syntax *y, uint32_t first,
                               uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t c = first + 1; c + 3 < end; c++) {
    uint32_t k = c + 1, v = c + 2;
    int32_t n = y[c].head;
    if (y[c].deprel != SIMA_DEP_CASE || n != (int32_t)v + 1 ||
        y[k].head != n || !y[c].lemma ||
        (sima_casecmp(y[c].lemma, "in") && sima_casecmp(y[c].lemma, "at")) ||
        y[k].deprel != SIMA_DEP_COMPOUND || y[k].upos != SIMA_UPOS_PROPN ||
        y[v].head != n || y[v].deprel != SIMA_DEP_AMOD ||
        y[v].upos != SIMA_UPOS_VERB || y[v].xpos != SIMA_XPOS_VBN ||
        deprel_base(y[n].deprel) != SIMA_DEP_NMOD)
      continue;
    int32_t nh = y[n].head;
    if (nh < (int32_t)first || nh >= (int32_t)c ||
        (y[nh].upos != SIMA_UPOS_NOUN && y[nh].upos != SIMA_UPOS_PROPN))
      continue;
    y[c].head = (int32_t)k;
    y[k].head = nh;
    y[k].deprel = SIMA_DEP_NMOD;
  }
}

/* RULE C-REPAIR (coordinated modifiers of a subject): "Syrian government
** and opposition delegates will hold talks", parsed by the dense parser
** with "government" and "delegates" two subjects of the verb, "and" and
** "opposition" hung on "delegates": the delegates are of both sides.  Two
** nominal subjects of a verb before it, the first a bare common noun (no
** determiner) right before a coordinator (and, or) that hangs on the
** second, a compound of the second right after the coordinator: the first
** is a compound of the second, coordinated with that compound (the
** coordinator its), as in "[government and opposition] delegates".
** ("Australia and the Iraqi government reached a deal": a determiner,
** two parties, left alone.) */
static void repair_coord_modifier(sima_syntax *y, uint32_t first,
                                  uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t cc = first + 1; cc + 2 < end; cc++) {
    uint32_t s1 = cc - 1, c2 = cc + 1;
    int32_t s2 = y[cc].head;
    if (y[cc].deprel != SIMA_DEP_CC || !y[cc].lemma ||
        (sima_casecmp(y[cc].lemma, "and") && sima_casecmp(y[cc].lemma, "or")) ||
        s2 <= (int32_t)c2 || s2 >= (int32_t)end ||
        deprel_base(y[s2].deprel) != SIMA_DEP_NSUBJ ||
        y[s2].upos != SIMA_UPOS_NOUN || y[c2].head != s2 ||
        y[c2].deprel != SIMA_DEP_COMPOUND || y[c2].upos != SIMA_UPOS_NOUN ||
        y[s1].upos != SIMA_UPOS_NOUN || y[s1].head != y[s2].head ||
        deprel_base(y[s1].deprel) != SIMA_DEP_NSUBJ ||
        has_dep(y, first, end, s1, SIMA_DEP_DET, 0))
      continue;
    int ok = 1; /* nothing else between the compound and the head */
    for (int32_t k = (int32_t)c2 + 1; k < s2 && ok; k++)
      ok = descends(y, first, end, k, s2);
    if (!ok)
      continue;
    y[s1].head = s2;
    y[s1].deprel = SIMA_DEP_COMPOUND;
    y[c2].head = (int32_t)s1;
    y[c2].deprel = SIMA_DEP_CONJ;
    y[cc].head = (int32_t)c2;
  }
}

/* RULE C-REPAIR (agent of a nominal act): "opened a hearing into the
** killing of Somali refugees by police", parsed by the dense parser with
** "by police" an oblique of "opened", whose subject is the parliament.
** An active verb with a subject of its own takes no agent: a by-phrase
** naming an actor (a coded mention) hung on such a verb, right after the
** of-phrase of a noun inside the verb's object phrase ("the killing of
** Somali refugees"), is that noun's agent (nmod): the killing by police. */
static void repair_nominal_agent(const sima_doc *doc, sima_syntax *y,
                                 uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t b = first + 4; b + 1 < end; b++) {
    /* b is the preposition, a the noun it marks */
    if (y[b].deprel != SIMA_DEP_CASE || y[b].head <= (int32_t)b ||
        (uint32_t)y[b].head >= end ||
        deprel_base(y[y[b].head].deprel) != SIMA_DEP_OBL || !y[b].lemma ||
        sima_casecmp(y[b].lemma, "by"))
      continue;
    uint32_t a = (uint32_t)y[b].head;
    int32_t v = y[a].head;
    if (a <= b || deprel_base(y[a].deprel) != SIMA_DEP_OBL ||
        v < (int32_t)first || v >= (int32_t)b ||
        y[v].upos != SIMA_UPOS_VERB || !coded_at(doc, a) ||
        !has_dep(y, first, end, (uint32_t)v, SIMA_DEP_NSUBJ, 0) ||
        !has_dep(y, first, end, (uint32_t)v, SIMA_DEP_OBJ, 0))
      continue;
    /* the of-phrase ending right before "by", on a noun under the object */
    int32_t of = (int32_t)b - 1;
    while (of > v && y[of].head >= 0 && y[of].head > of &&
           y[of].head < (int32_t)b)
      of = y[of].head; /* up to the phrase's head */
    if (of <= v || deprel_base(y[of].deprel) != SIMA_DEP_NMOD ||
        !has_dep(y, first, end, (uint32_t)of, SIMA_DEP_CASE, 0))
      continue;
    int32_t n = y[of].head;
    int ofcase = 0;
    for (uint32_t k = (uint32_t)v + 1; k < (uint32_t)of; k++)
      if (y[k].head == of && y[k].deprel == SIMA_DEP_CASE && y[k].lemma &&
          !sima_casecmp(y[k].lemma, "of"))
        ofcase = 1;
    if (!ofcase || n <= v || n >= of || y[n].upos != SIMA_UPOS_NOUN ||
        !descends(y, first, end, n, v))
      continue;
    y[a].head = n;
    y[a].deprel = SIMA_DEP_NMOD;
  }
}

/* RULE C-REPAIR (in case): "reserves the right to respond in case these
** groups are targeting civilians", parsed by the dense parser with "in
** case" the case of "groups" (an oblique; or "in" its case and "case" its
** compound) and "targeting" a clause with no subject.  "in case" is a subordinator: a noun it marks, followed only by
** auxiliaries and then a verb with no subject of its own, is that verb's
** subject, and "in" (with its fixed "case") the verb's marker. */
static void repair_in_case(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t i = first; i + 3 < end; i++) {
    int32_t n = y[i].head;
    if (y[i].deprel != SIMA_DEP_CASE || !y[i].lemma ||
        sima_casecmp(y[i].lemma, "in") || !y[i + 1].lemma ||
        sima_casecmp(y[i + 1].lemma, "case") ||
        (y[i + 1].head != (int32_t)i && y[i + 1].head != n) ||
        n <= (int32_t)i + 1 || n + 1 >= (int32_t)end ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN &&
         y[n].upos != SIMA_UPOS_PRON))
      continue;
    uint32_t v = (uint32_t)n + 1;
    while (v < end && y[v].upos == SIMA_UPOS_AUX)
      v++;
    if (v >= end || y[v].upos != SIMA_UPOS_VERB ||
        has_dep(y, first, end, v, SIMA_DEP_NSUBJ, 0))
      continue;
    int aux_ok = 1;
    for (uint32_t k = (uint32_t)n + 1; k < v; k++)
      aux_ok = aux_ok && y[k].head == (int32_t)v;
    if (!aux_ok)
      continue;
    y[n].head = (int32_t)v;
    y[n].deprel = SIMA_DEP_NSUBJ;
    y[i].head = (int32_t)v;
    y[i].deprel = SIMA_DEP_MARK;
    y[i + 1].head = (int32_t)i; /* ("case" read as a compound of the noun) */
    y[i + 1].deprel = SIMA_DEP_FIXED;
  }
}

/* RULE C-REPAIR (inverted condition): "Were China to attack Taiwan,
** Japan would intervene", parsed by the dense parser with "Were" the
** copula of "China", China the subject of "intervene" and "to attack" a
** clause of China.  A sentence opening with "were" hung on the noun right
** after it, that noun hung on a verb after the comma, and a to-infinitive
** hung on the noun (acl): the noun is the infinitive's subject, the
** infinitive an adverbial clause (the condition) of that verb, "were" its
** auxiliary (C-MOOD-HYP reads the inversion from the words). */
static void repair_inverted_were(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  uint32_t end = first + count, w = first, n = first + 1;
  if (count < 6 || !y[w].lemma || sima_casecmp(y[w].lemma, "be") ||
      y[w].head != (int32_t)n ||
      (y[n].upos != SIMA_UPOS_PROPN && y[n].upos != SIMA_UPOS_NOUN))
    return;
  int32_t m = y[n].head;
  if (m <= (int32_t)n || m >= (int32_t)end || y[m].upos != SIMA_UPOS_VERB ||
      deprel_base(y[n].deprel) != SIMA_DEP_NSUBJ)
    return;
  for (uint32_t v = n + 1; v < (uint32_t)m; v++) {
    if (y[v].head != (int32_t)n || y[v].deprel != SIMA_DEP_ACL ||
        y[v].upos != SIMA_UPOS_VERB || y[v].xpos != SIMA_XPOS_VB ||
        !has_dep(y, first, end, v, SIMA_DEP_MARK, 0))
      continue;
    /* m keeps a subject of its own after the comma ("Japan") */
    int other = 0;
    for (uint32_t k = v + 1; k < (uint32_t)m; k++)
      if (y[k].head == m && deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
        other = 1;
    if (!other)
      return;
    y[v].head = m;
    y[v].deprel = SIMA_DEP_ADVCL;
    y[n].head = (int32_t)v;
    y[n].deprel = SIMA_DEP_NSUBJ;
    y[w].head = (int32_t)v;
    y[w].deprel = SIMA_DEP_AUX;
    return;
  }
}

/* RULE C-REPAIR (subordinator read as a preposition): "three days after
** the Mexican president and his Guatemalan counterpart met in Tapachula",
** parsed by the dense parser with "after" the case of "president", an
** oblique of "met", which then has no subject.  A preposition that also
** subordinates a clause (after, before, since, until) marking a noun
** phrase that is an oblique of the verb right after it (only the phrase
** and punctuation between), the verb with no subject of its own: the
** noun is the verb's subject and the preposition its marker. */
static void repair_sub_case(sima_syntax *y, uint32_t first, uint32_t count) {
  static const char *const sub[] = {"after", "before", "since", "until"};
  uint32_t end = first + count;
  for (uint32_t p = first; p + 2 < end; p++) {
    int32_t n = y[p].head;
    if (y[p].deprel != SIMA_DEP_CASE || n <= (int32_t)p || n >= (int32_t)end ||
        deprel_base(y[n].deprel) != SIMA_DEP_OBL ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN) ||
        !y[p].lemma || !CODER_IN(sub, y[p].lemma))
      continue;
    int32_t v = y[n].head;
    if (v <= n || v >= (int32_t)end || y[v].upos != SIMA_UPOS_VERB ||
        has_dep(y, first, end, (uint32_t)v, SIMA_DEP_NSUBJ, 0) ||
        has_dep(y, first, end, (uint32_t)v, SIMA_DEP_NSUBJ_PASS, 0))
      continue;
    int ok = 1;
    for (int32_t k = n + 1; k < v && ok; k++)
      ok = descends(y, first, end, k, n) || y[k].upos == SIMA_UPOS_PUNCT;
    if (!ok || is_time_word(y[n].lemma ? y[n].lemma : ""))
      continue;
    y[n].deprel = SIMA_DEP_NSUBJ;
    y[p].head = v;
    y[p].deprel = SIMA_DEP_MARK;
  }
}

/* RULE C-REPAIR (content clause of a noun): "the president's claim that
** Britain has proof that the army used chemical weapons", parsed by the
** dense parser with the first clause a relative clause of "claim" ("that"
** its marker, no gap) and the second "that" a nominal modifier of "proof"
** heading the clause's verb.  A relative clause (acl:relcl) marked by
** "that" (mark) is a content clause (acl) of its noun; and "that" (SCONJ)
** hung on a noun as its nmod, with a verb hung on it, gives the verb its
** place as the noun's content clause (acl), "that" its marker. */
static void repair_that_content(sima_syntax *y, uint32_t first,
                                uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t k = first + 1; k + 1 < end; k++) {
    int32_t h = y[k].head;
    if (y[k].deprel != SIMA_DEP_MARK || h <= (int32_t)k || h >= (int32_t)end ||
        y[h].deprel != SIMA_DEP_ACL_RELCL || y[h].upos != SIMA_UPOS_VERB ||
        !y[k].lemma || sima_casecmp(y[k].lemma, "that"))
      continue;
    y[h].deprel = SIMA_DEP_ACL;
  }
  for (uint32_t k = first + 1; k + 2 < end; k++) {
    int32_t n = y[k].head;
    if (y[k].upos != SIMA_UPOS_SCONJ ||
        deprel_base(y[k].deprel) != SIMA_DEP_NMOD || n < (int32_t)first ||
        n >= (int32_t)k || y[n].upos != SIMA_UPOS_NOUN || !y[k].lemma ||
        sima_casecmp(y[k].lemma, "that"))
      continue;
    int32_t v = -1;
    for (uint32_t m = k + 1; m < end && v < 0; m++)
      if (y[m].head == (int32_t)k && y[m].upos == SIMA_UPOS_VERB)
        v = (int32_t)m;
    if (v < 0)
      continue;
    for (uint32_t m = first; m < end; m++)
      if (y[m].head == (int32_t)k && m != (uint32_t)v)
        y[m].head = v;
    y[v].head = n;
    y[v].deprel = SIMA_DEP_ACL;
    y[k].head = v;
    y[k].deprel = SIMA_DEP_MARK;
  }
}

/* Does k have a case dependent with lemma w? */
static int has_dep_word_case(const sima_syntax *y, uint32_t first,
                             uint32_t end, uint32_t k, const char *w) {
  for (uint32_t m = first; m < end; m++)
    if (y[m].head == (int32_t)k && y[m].deprel == SIMA_DEP_CASE &&
        y[m].lemma && !sima_casecmp(y[m].lemma, w))
      return 1;
  return 0;
}

/* RULE C-REPAIR (bare past root): "From Brazil, traffickers coordinated
** with Colombian criminal organizations", tagged VBN and parsed by the
** dense parser as a passive (traffickers --nsubj:pass--> coordinated)
** although nothing marks a passive.  The root of a sentence in running
** text (not a title-case headline, whose bare participles are passives:
** "Three Soldiers Killed in Ambush"), a VBN with a passive subject before
** it, no auxiliary, no agent or by-phrase and no object, that has a
** with-phrase (a partner: passives of "coordinate", "meet", "clash" take
** none), is active: the subject is its nsubj. */
static void repair_bare_past_root(const sima_doc *doc, sima_syntax *y,
                                  uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first + 1; v < end; v++) {
    if (y[v].head >= 0 || y[v].upos != SIMA_UPOS_VERB ||
        y[v].xpos != SIMA_XPOS_VBN)
      continue;
    int32_t s = -1;
    int other = 0, with = 0;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head != (int32_t)v)
        continue;
      unsigned b = deprel_base(y[k].deprel);
      if (y[k].deprel == SIMA_DEP_NSUBJ_PASS && k < v)
        s = (int32_t)k;
      else if (b == SIMA_DEP_AUX || y[k].deprel == SIMA_DEP_AUX_PASS ||
               y[k].deprel == SIMA_DEP_OBL_AGENT || b == SIMA_DEP_OBJ ||
               (b == SIMA_DEP_OBL && has_dep_word_case(y, first, end, k, "by")))
        other = 1;
      else if (b == SIMA_DEP_OBL && k > v &&
               has_dep_word_case(y, first, end, k, "with"))
        with = 1;
    }
    if (s < 0 || other || !with || title_case(doc, first, count))
      continue;
    y[s].deprel = SIMA_DEP_NSUBJ;
  }
}

/* RULE C-REPAIR (existential with a content clause): "There was no way
** even Hezbollah, a Shia militia, was going to fight its way into
** Israel", parsed by the dense parser with the existential "was" an
** adverbial clause of "going", which has no subject, and Hezbollah an
** apposition of "way".  An existential clause (expletive "there") hung as
** an adverbial clause on a later verb with no subject of its own, whose
** subject noun has a name or noun in apposition before that verb: the
** existential is the root, the later verb a clause of its subject noun
** (acl: "no way [that] Hezbollah was going to"), the apposition that
** verb's subject. */
static void repair_there_clause(sima_syntax *y, uint32_t first,
                                uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t b = first + 1; b + 2 < end; b++) {
    int32_t v = y[b].head;
    if (y[b].deprel != SIMA_DEP_ADVCL || v <= (int32_t)b ||
        v >= (int32_t)end || y[v].head >= 0 || y[v].upos != SIMA_UPOS_VERB ||
        y[b - 1].deprel != SIMA_DEP_EXPL || y[b - 1].head != (int32_t)b ||
        has_dep(y, first, end, (uint32_t)v, SIMA_DEP_NSUBJ, 0))
      continue;
    int32_t n = -1, a = -1;
    for (uint32_t k = b + 1; k < (uint32_t)v && n < 0; k++)
      if (y[k].head == (int32_t)b && deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
        n = (int32_t)k;
    for (uint32_t k = (uint32_t)n + 1; n >= 0 && k < (uint32_t)v && a < 0; k++)
      if (y[k].head == n && y[k].deprel == SIMA_DEP_APPOS &&
          (y[k].upos == SIMA_UPOS_PROPN || y[k].upos == SIMA_UPOS_NOUN))
        a = (int32_t)k;
    if (a < 0)
      continue;
    for (uint32_t k = (uint32_t)v + 1; k < end; k++)
      if (y[k].head == v && y[k].upos == SIMA_UPOS_PUNCT)
        y[k].head = (int32_t)b;
    y[b].head = -1;
    y[b].deprel = SIMA_DEP_ROOT;
    y[v].head = n;
    y[v].deprel = SIMA_DEP_ACL;
    y[a].head = v;
    y[a].deprel = SIMA_DEP_NSUBJ;
    return;
  }
}

#define REPAIRS(X)                                                             \
  X(heading, 1)                                                                \
  X(dash_relative, 1)                                                          \
  X(present_verb, 0)                                                           \
  X(adj_root, 0)                                                               \
  X(verdict_predicate, 0)                                                      \
  X(paren_subject, 0)                                                          \
  X(comma_participle, 0)                                                       \
  X(comma_participle_late, 0)                                                  \
  X(false_gerund, 1)                                                           \
  X(compound_gerund, 1)                                                        \
  X(prep_head, 0)                                                              \
  X(content_mark, 0)                                                           \
  X(compound_verb, 0)                                                          \
  X(name_participle, 0)                                                        \
  X(time_compound, 0)                                                          \
  X(weekday_verb, 0)                                                           \
  X(adj_object, 0)                                                             \
  X(adj_series_object, 0)                                                      \
  X(content_clause, 0)                                                         \
  X(content_object, 0)                                                         \
  X(content_verb, 0)                                                           \
  X(coord_nationality, 1)                                                      \
  X(place_conj, 1)                                                             \
  X(name_conj_verb, 0)                                                         \
  X(prep_which_noun, 0)                                                        \
  X(comma_which, 0)                                                            \
  X(whose_subjects, 0)                                                         \
  X(from_gerund_result, 0)                                                     \
  X(main_after_sub, 0)                                                         \
  X(noun_particle, 0)                                                          \
  X(vocative, 0)                                                               \
  X(lone_iobj, 0)                                                              \
  X(double_object, 0)                                                          \
  X(poss_prep, 0)                                                              \
  X(det_verb, 0)                                                               \
  X(noun_as_verb, 0)                                                           \
  X(verbless, 0)                                                               \
  X(noun_root_predicate, 1)                                                    \
  X(noun_case, 0)                                                              \
  X(reduced_relative, 0)                                                       \
  X(object_participle, 0)                                                      \
  X(headline_participle, 1)                                                    \
  X(sibling_participle, 0)                                                     \
  X(place_split, 0)                                                            \
  X(parse, 0)                                                                  \
  X(neighboring, 0)                                                            \
  X(adv_case, 0)                                                               \
  X(return_adverb, 0)                                                          \
  X(times_object, 0)                                                           \
  X(noun_subject, 0)                                                           \
  X(bare_conj, 0)                                                              \
  X(perceived_gerund, 0)                                                       \
  X(semicolon_two_subjects, 0)                                                 \
  X(that_after_verb, 0)                                                        \
  X(compound_case, 0)                                                          \
  X(recipient_of, 1)                                                           \
  X(title_name, 0)                                                             \
  X(adj_on_verb, 0)                                                            \
  X(root_name_subject, 0)                                                      \
  X(prep_root, 0)                                                              \
  X(including_subject, 0)                                                      \
  X(number_noun, 0)                                                            \
  X(up_to, 0)                                                                  \
  X(aspect_gerund, 0)                                                          \
  X(more_than, 0)                                                              \
  X(cased_subject, 0)                                                          \
  X(stacked_subject, 0)                                                        \
  X(comma_appos, 0)                                                            \
  X(agent_participle, 0)                                                       \
  X(noun_subject_verb, 0)                                                      \
  X(time_of, 0)                                                                \
  X(poss_conj, 0)                                                              \
  X(to_subject, 0)                                                             \
  X(ing_adjective, 1)                                                          \
  X(as_object, 0)                                                              \
  X(cond_clause, 0)                                                            \
  X(agent_paren, 0)                                                            \
  X(to_hand, 0)                                                                \
  X(particle_over, 0)                                                          \
  X(clause_conj, 0)                                                            \
  X(time_phrase, 0)                                                            \
  X(appos_subject, 0)                                                          \
  X(active_subject, 0)                                                         \
  X(subject_for, 0)                                                            \
  X(infinitive_object, 0)                                                      \
  X(passive_subject, 0)                                                        \
  X(crowd_gerund, 0)                                                           \
  X(suspect_xcomp, 0)                                                          \
  X(of_name, 1)                                                                \
  X(reported_subject, 0)                                                       \
  X(bare_reported, 0)                                                          \
  X(subject_participle, 1)                                                     \
  X(participle, 1)                                                             \
  X(time_subject, 0)                                                           \
  X(subordinate_subject, 0)                                                    \
  X(received_gerund, 1)                                                        \
  X(semicolon_subject, 0)                                                      \
  X(series_conj, 0)                                                            \
  X(conj_nearest, 0)                                                           \
  X(gerund_conj, 0)                                                            \
  X(time_clause, 0)                                                            \
  X(control, 1)                                                                \
  X(control_conj, 1)                                                           \
  X(control_relcl, 0)                                                          \
  X(fronted_subject, 0)                                                        \
  X(coord_subject, 0)                                                          \
  X(coord_modifier, 0)                                                         \
  X(nominal_agent, 1)                                                          \
  X(in_case, 0)                                                                \
  X(inverted_were, 0)                                                          \
  X(sub_case, 0)                                                               \
  X(that_content, 0)                                                           \
  X(bare_past_root, 1)                                                         \
  X(there_clause, 0)                                                           \
  X(split_subject, 1)                                                          \
  X(appos_conj, 0)                                                             \
  X(coord_modifiers, 0)                                                        \
  X(nmod_conj, 0)                                                              \
  X(accused_gerund, 0)                                                         \
  X(subject_tail, 0)                                                           \
  X(gerund_object, 0)                                                          \
  X(noun_obj_compound, 0)                                                      \
  X(border_with, 0)                                                            \
  X(object_gerund, 0)                                                          \
  X(clause_subject_phrase, 0)                                                  \
  X(to_infinitive, 0)                                                          \
  X(poss_object, 0)                                                            \
  X(send_goal, 0)                                                              \
  X(verb_conj_name, 0)                                                         \
  X(day_gerund, 0)                                                             \
  X(sub_prep, 0)                                                               \
  X(ready_to, 0)                                                               \
  X(intj_verb, 0)                                                              \
  X(final_speaker, 0)                                                          \
  X(reported_phrase, 0)                                                        \
  X(number_object, 0)                                                          \
  X(noun_conj_verb, 0)                                                         \
  X(participle_conj_noun, 0)                                                   \
  X(object_conj_clause, 0)                                                     \
  X(by_mark, 0)                                                                \
  X(will_clause, 0)                                                            \
  X(will_clause_far, 0)                                                        \
  X(people_gerund, 1)                                                          \
  X(adj_noun_subject, 0)                                                       \
  X(preconj_verb, 0)                                                           \
  X(correlative_verb, 0)                                                       \
  X(side_participle_clause, 0)                                                 \
  X(name_verb, 0)                                                              \
  X(noun_series, 0)                                                            \
  X(told_that, 0)                                                              \
  X(stray_possessive, 0)                                                       \
  X(according_noun, 0)                                                         \
  X(place_with, 0)                                                             \
  X(ccomp_subject, 0)                                                          \
  X(agent_adverb, 0)                                                           \
  X(noun_object, 0)                                                            \
  X(noun_object_second, 0)                                                     \
  X(preverbal_object, 0)                                                       \
  X(purpose_on_subject, 0)                                                     \
  X(for_to_subject, 0)                                                         \
  X(object_control, 0)                                                         \
  X(with_noun_gerund, 0)                                                       \
  X(subject_gerund, 0)                                                         \
  X(that_on_name, 0)                                                           \
  X(trailing_gerund, 0)                                                        \
  X(trailing_speech, 0)                                                        \
  X(opening_appos_subject, 0)                                                  \
  X(set_aside_head, 0)                                                         \
  X(amid_verb, 1)                                                              \
  X(content_verb_subject, 0)                                                   \
  X(appos_verb, 0)                                                             \
  X(gerund_second_subject, 0)                                                  \
  X(count_participle_clause, 0)                                                \
  X(particle_object, 0)                                                        \
  X(participle_noun_object, 0)                                                 \
  X(naming_call, 0)                                                            \
  X(name_participle_subject, 0)                                                \
  X(with_absolute, 0)                                                          \
  X(count_participle, 0)                                                       \
  X(conj_object_subject, 0)                                                    \
  X(subject_conj, 0)                                                           \
  X(case_participle, 0)                                                        \
  X(opening_clause_root, 0)                                                     \
  X(marked_object_gerund, 1)                                                          \
  X(mark_head, 0)                                                              \
  X(case_modifier, 0)

/* RULE C-REPAIR (participle before a name): "The al-Qaida aligned Jabhat
** al-Nusra, now known as HTS, remains strong", parsed with "aligned" the
** main verb (al-Qaida its subject, Jabhat al-Nusra its object) and the
** real verb "remains" hung on it as a clause with no subject: a past
** participle of affiliation or sponsorship (affiliate, align, ally, back,
** fund, inspire, link, sponsor, support) between two names is a
** modifier of the second ("aligned with al-Qaida"), when a finite verb
** after the object, with no subject of its own, hangs on the participle
** as parataxis, a relative or content clause with no pronoun or marker,
** or a conjunct with no conjunction ("The Kremlin backed Assad and
** remains ..." is a coordination and stays).  The later verb
** becomes the root with the second name as its subject; the participle
** its modifier (an adjective, amod) and the first name the participle's
** phrase; no event of alignment or support is coded. */
/* Is l a participle of affiliation or sponsorship (C-REPAIR participle
** before a name)? */
static int sponsor_participle(const char *l) {
  /* Sorted. */
  static const char *const pv[] = {"affiliate", "align",   "ally",
                                   "back",      "fund",    "inspire",
                                   "link",      "sponsor", "support"};
  return coder_in_sorted(pv, sizeof pv / sizeof *pv, l);
}

static void repair_name_participle(sima_syntax *y, uint32_t first,
                                   uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first; v < end; v++) {
    if (y[v].head != -1 || y[v].upos != SIMA_UPOS_VERB ||
        (y[v].xpos != SIMA_XPOS_VBD && y[v].xpos != SIMA_XPOS_VBN) ||
        !y[v].lemma || !sponsor_participle(y[v].lemma))
      continue;
    int32_t s = -1, o = -1, r = -1, aux = 0;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head != (int32_t)v)
        continue;
      unsigned b = deprel_base(y[k].deprel);
      if (y[k].deprel == SIMA_DEP_NSUBJ && k < v)
        s = (int32_t)k;
      else if (y[k].deprel == SIMA_DEP_OBJ && k > v && o < 0)
        o = (int32_t)k;
      else if ((b == SIMA_DEP_PARATAXIS || b == SIMA_DEP_CONJ ||
                y[k].deprel == SIMA_DEP_ADVCL_RELCL ||
                y[k].deprel == SIMA_DEP_ACL_RELCL ||
                y[k].deprel == SIMA_DEP_CCOMP) &&
               r < 0 && k > v && y[k].upos == SIMA_UPOS_VERB &&
               (y[k].xpos == SIMA_XPOS_VBZ || y[k].xpos == SIMA_XPOS_VBD ||
                y[k].xpos == SIMA_XPOS_VBP))
        r = (int32_t)k; /* (the first finite one: "– now known as HTS,
                        ** remains strong") */
      else if (b == SIMA_DEP_AUX)
        aux = 1;
    }
    /* ("The Iran backed Hezbollah remains strong": the later verb read as
    ** the participle's content clause, its subject the name right after
    ** the participle; these verbs take no that-clause) */
    if (o < 0 && !aux)
      for (uint32_t k = v + 1; k < end; k++) {
        if (y[k].head != (int32_t)v || y[k].deprel != SIMA_DEP_CCOMP ||
            y[k].upos != SIMA_UPOS_VERB ||
            (y[k].xpos != SIMA_XPOS_VBZ && y[k].xpos != SIMA_XPOS_VBD &&
             y[k].xpos != SIMA_XPOS_VBP) ||
            y[v + 1].head != (int32_t)k ||
            y[v + 1].deprel != SIMA_DEP_NSUBJ ||
            y[v + 1].upos != SIMA_UPOS_PROPN)
          continue;
        int mark = 0;
        for (uint32_t m = v + 1; m < k; m++)
          if (y[m].head == (int32_t)k && y[m].deprel == SIMA_DEP_MARK)
            mark = 1;
        if (mark)
          break;
        o = (int32_t)v + 1;
        r = (int32_t)k;
        break;
      }
    if (aux || s < 0 || o < 0 || r < 0 || r < o ||
        y[s].upos != SIMA_UPOS_PROPN ||
        (y[o].upos != SIMA_UPOS_PROPN &&
         /* (a common noun after the participle only with "the" opening
         ** the whole: "the Turkish backed Free Syrian Army rebels said") */
         !(y[o].upos == SIMA_UPOS_NOUN && s > (int32_t)first &&
           y[s - 1].head == s && y[s - 1].deprel == SIMA_DEP_DET &&
           y[s - 1].lemma && !sima_casecmp(y[s - 1].lemma, "the"))) ||
        y[r].upos != SIMA_UPOS_VERB ||
        (y[r].xpos != SIMA_XPOS_VBZ && y[r].xpos != SIMA_XPOS_VBD &&
         y[r].xpos != SIMA_XPOS_VBP))
      continue;
    int own = 0;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head != r)
        continue;
      unsigned b = deprel_base(y[k].deprel);
      if ((b == SIMA_DEP_NSUBJ && (int32_t)k != o) || b == SIMA_DEP_EXPL ||
          b == SIMA_DEP_CSUBJ ||
          /* (a true relative clause has its own pronoun or marker) */
          (b == SIMA_DEP_MARK && k < (uint32_t)r) ||
          (y[k].xpos == SIMA_XPOS_WDT || y[k].xpos == SIMA_XPOS_WP) ||
          (b == SIMA_DEP_CC && deprel_base(y[r].deprel) == SIMA_DEP_CONJ))
        own = 1;
    }
    if (own)
      continue;
    y[r].head = -1;
    y[r].deprel = SIMA_DEP_ROOT;
    for (uint32_t k = first; k < end; k++) {
      if ((int32_t)k == r || (int32_t)k == s || (int32_t)k == o)
        continue;
      if (y[k].head == (int32_t)v && k > (uint32_t)o)
        y[k].head = r; /* (what follows the object is the real verb's) */
      else if (y[k].head == s && y[k].deprel == SIMA_DEP_DET) {
        y[k].head = o; /* ("The" opens the whole phrase) */
      }
    }
    y[o].head = r;
    y[o].deprel = SIMA_DEP_NSUBJ;
    y[v].head = o;
    y[v].deprel = SIMA_DEP_AMOD;
    y[v].upos = SIMA_UPOS_ADJ; /* (a participle adjective: no verb for
                               ** repair_parse to restore) */
    y[v].xpos = SIMA_XPOS_VBN;
    y[s].head = (int32_t)v;
    y[s].deprel = SIMA_DEP_OBL;
  }
}

/* Whether token r can be the finite verb of a clause whose subject is
** missing: a verb with no subject, marker, coordinator or relative pronoun,
** tagged VBD, VBZ or VBP, or VBN with an auxiliary or an object; *pass is
** set to 1 when it has a passive auxiliary. */
static int subjectless_finite(const sima_syntax *y, uint32_t first,
                              uint32_t end, uint32_t r, int *pass) {
  int aux = 0, obj = 0;
  *pass = 0;
  if (y[r].upos != SIMA_UPOS_VERB || !y[r].lemma || mood_is_speech(y[r].lemma))
    return 0;
  for (uint32_t k = first; k < end; k++) {
    if (y[k].head != (int32_t)r)
      continue;
    unsigned b = deprel_base(y[k].deprel);
    if (b == SIMA_DEP_NSUBJ || b == SIMA_DEP_CSUBJ || b == SIMA_DEP_EXPL ||
        b == SIMA_DEP_MARK || b == SIMA_DEP_CC ||
        y[k].xpos == SIMA_XPOS_WDT || y[k].xpos == SIMA_XPOS_WP)
      return 0;
    if (b == SIMA_DEP_AUX)
      aux = 1;
    if (y[k].deprel == SIMA_DEP_AUX_PASS)
      *pass = 1;
    if (y[k].deprel == SIMA_DEP_OBJ)
      obj = 1;
  }
  return y[r].xpos == SIMA_XPOS_VBD || y[r].xpos == SIMA_XPOS_VBZ ||
         y[r].xpos == SIMA_XPOS_VBP ||
         (y[r].xpos == SIMA_XPOS_VBN && (aux || obj));
}

/* RULE C-REPAIR (participle between commas): "Honduran special forces,
** dubbed the Tigres, arrested a trafficker" is parsed with the participle
** "dubbed" the main verb (forces its subject, Tigres its object) and the
** real verb "arrested" a modifier of Tigres, so the forces arrest no one;
** "Peru's police, known as the DININCRI, seized ... and captured ...,
** reported El Nacional" with "seized" a conjunct of "police".  A noun
** phrase that runs up to a comma, followed by a past verb (VBD or VBN)
** with no auxiliary whose phrase runs up to a second comma, followed by a
** finite verb (VBD, VBZ, VBP; or a participle with an auxiliary or an
** object) with no subject, marker, relative pronoun or conjunction of its
** own, is a participle set off by commas when the parse makes the noun
** the participle's subject (the later verb inside the participle's
** phrase: it takes the participle's place) or the participle the noun's
** modifier (acl) with the later verb inside the noun's phrase and the
** noun the root (the verb becomes the root) or the subject of a later
** verb of speech (the verb becomes its reported clause).  The noun is the
** later verb's subject (a passive subject beside a passive auxiliary), the
** participle its modifier (acl), and what hung on the participle or the
** noun after the second comma is the verb's.  A verb of speech is neither
** participle nor later verb ("X, a prosecutor, said ..., reported Y"). */
static void repair_comma_participle(sima_syntax *y, uint32_t first,
                                    uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first + 2; v + 2 < end; v++) {
    if (y[v].upos != SIMA_UPOS_VERB ||
        (y[v].xpos != SIMA_XPOS_VBD && y[v].xpos != SIMA_XPOS_VBN) ||
        !is_comma(y, v - 1) || !y[v].lemma || mood_is_speech(y[v].lemma))
      continue;
    int32_t s = -1;
    int bad = 0;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head != (int32_t)v)
        continue;
      unsigned b = deprel_base(y[k].deprel);
      if (b == SIMA_DEP_NSUBJ && k + 1 < v && s < 0)
        s = (int32_t)k;
      else if (b == SIMA_DEP_NSUBJ || b == SIMA_DEP_AUX || b == SIMA_DEP_CSUBJ ||
               b == SIMA_DEP_EXPL || b == SIMA_DEP_MARK)
        bad = 1;
    }
    int modifier = s < 0; /* (the participle already the noun's acl) */
    if (modifier && y[v].deprel == SIMA_DEP_ACL && y[v].head >= (int32_t)first &&
        y[v].head + 1 < (int32_t)v)
      s = y[v].head;
    if (bad || s < 0 ||
        (y[s].upos != SIMA_UPOS_NOUN && y[s].upos != SIMA_UPOS_PROPN))
      continue;
    /* the noun's phrase runs up to the comma */
    for (uint32_t k = (uint32_t)s + 1; k + 1 < v && !bad; k++)
      if (!descends(y, first, end, (int32_t)k, s))
        bad = 1;
    if (bad)
      continue;
    /* the second comma, the participle's phrase before it */
    uint32_t c2 = v + 1;
    while (c2 < end && descends(y, first, end, (int32_t)c2, (int32_t)v) &&
           !is_comma(y, c2))
      c2++;
    if (c2 >= end || c2 == v + 1 || !is_comma(y, c2))
      continue;
    /* the verb after it (its adverbs and auxiliaries between) */
    uint32_t r = c2 + 1;
    while (r < end && (y[r].upos == SIMA_UPOS_ADV || y[r].upos == SIMA_UPOS_AUX))
      r++;
    int pass = 0;
    if (r >= end || !descends(y, first, end, (int32_t)r, modifier ? s : (int32_t)v) ||
        !subjectless_finite(y, first, end, r, &pass))
      continue;
    for (uint32_t k = c2 + 1; k < r && !bad; k++)
      if (y[k].head != (int32_t)r)
        bad = 1;
    if (bad)
      continue;
    int32_t h = modifier ? y[s].head : y[v].head;
    unsigned rel = modifier ? y[s].deprel : y[v].deprel;
    uint32_t stop = end; /* (what hangs after it moves to the verb) */
    if (modifier && h >= 0) {
      /* the noun the subject of a later verb of speech */
      if (deprel_base(rel) != SIMA_DEP_NSUBJ || h <= (int32_t)r ||
          h >= (int32_t)end || !speech_verb(y, h))
        continue;
      rel = SIMA_DEP_CCOMP;
      stop = (uint32_t)h;
    }
    y[r].head = h;
    y[r].deprel = (uint16_t)rel;
    for (uint32_t k = c2 + 1; k < stop; k++)
      if ((y[k].head == (int32_t)v || y[k].head == s) && k != r)
        y[k].head = (int32_t)r;
    y[c2].head = (int32_t)v; /* (the closing comma is the participle's) */
    y[c2].deprel = SIMA_DEP_PUNCT;
    y[s].head = (int32_t)r;
    y[s].deprel = pass ? SIMA_DEP_NSUBJ_PASS : SIMA_DEP_NSUBJ;
    y[v].head = s;
    y[v].deprel = SIMA_DEP_ACL;
    y[v].xpos = SIMA_XPOS_VBN;
    y[v - 1].head = (int32_t)v;
    y[v - 1].deprel = SIMA_DEP_PUNCT;
    return;
  }
}

/* RULE C-REPAIR (participle between commas, hung on the later verb):
** "A former mayor in northern Bolivia, accused of ordering the killing of
** a radio journalist, has been arrested in Chile", parsed with the
** participle "accused" a clause (parataxis, advcl, ccomp) of the later verb
** "arrested" and the mayor the participle's subject (the sparse parser's
** shape): as in repair_comma_participle, a past verb (VBD or VBN) right
** after a comma, with no auxiliary or marker, whose subject's phrase runs
** up to that comma and whose own phrase runs up to a second comma, hung
** on a subjectless finite verb right after the second comma (its adverbs
** and auxiliaries between), is a participle set off by commas: the noun is
** the later verb's subject (passive beside a passive auxiliary), the
** participle its modifier (acl). */
static void repair_comma_participle_late(sima_syntax *y, uint32_t first,
                                         uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first + 2; v + 2 < end; v++) {
    int32_t r = y[v].head;
    unsigned vb = deprel_base(y[v].deprel);
    if (y[v].upos != SIMA_UPOS_VERB ||
        (y[v].xpos != SIMA_XPOS_VBD && y[v].xpos != SIMA_XPOS_VBN) ||
        !is_comma(y, v - 1) || !y[v].lemma || mood_is_speech(y[v].lemma) ||
        r <= (int32_t)v + 2 || r >= (int32_t)end ||
        (vb != SIMA_DEP_PARATAXIS && vb != SIMA_DEP_ADVCL &&
         vb != SIMA_DEP_CCOMP))
      continue;
    int32_t sj = -1;
    int bad = 0;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head != (int32_t)v)
        continue;
      unsigned b = deprel_base(y[k].deprel);
      if (b == SIMA_DEP_NSUBJ && k + 1 < v && sj < 0)
        sj = (int32_t)k;
      else if (b == SIMA_DEP_NSUBJ || b == SIMA_DEP_AUX || b == SIMA_DEP_CSUBJ ||
               b == SIMA_DEP_EXPL || b == SIMA_DEP_MARK)
        bad = 1;
    }
    if (bad || sj < 0 ||
        (y[sj].upos != SIMA_UPOS_NOUN && y[sj].upos != SIMA_UPOS_PROPN))
      continue;
    for (uint32_t k = (uint32_t)sj + 1; k + 1 < v && !bad; k++)
      if (!descends(y, first, end, (int32_t)k, sj))
        bad = 1;
    /* the second comma ends the participle's phrase */
    uint32_t c2 = v + 1;
    while (c2 < (uint32_t)r && descends(y, first, end, (int32_t)c2, (int32_t)v) &&
           !is_comma(y, c2))
      c2++;
    if (bad || c2 >= (uint32_t)r || c2 == v + 1 || !is_comma(y, c2))
      continue;
    for (uint32_t k = c2 + 1; k < (uint32_t)r && !bad; k++)
      if (y[k].head != r ||
          (y[k].upos != SIMA_UPOS_ADV && y[k].upos != SIMA_UPOS_AUX))
        bad = 1;
    int pass = 0;
    if (bad || !subjectless_finite(y, first, end, (uint32_t)r, &pass))
      continue;
    y[sj].head = r;
    y[sj].deprel = pass ? SIMA_DEP_NSUBJ_PASS : SIMA_DEP_NSUBJ;
    y[v].head = sj;
    y[v].deprel = SIMA_DEP_ACL;
    y[v].xpos = SIMA_XPOS_VBN;
    y[v - 1].head = (int32_t)v;
    y[v - 1].deprel = SIMA_DEP_PUNCT;
    y[c2].head = (int32_t)v;
    y[c2].deprel = SIMA_DEP_PUNCT;
  }
}

/* RULE C-REPAIR (purpose clause on the subject): "Police used tear gas to
** disperse protesters", parsed with "to disperse" a clause (acl) of
** "Police": a to-clause after the verb hung on the verb's subject before
** it is the verb's purpose clause (advcl); no noun's clause crosses its
** own verb. */
/* 1 when x has a "to" marker before it (an infinitive clause). */
static int marked_to(const sima_syntax *y, uint32_t first, uint32_t x) {
  for (uint32_t k = first; k < x; k++)
    if (y[k].head == (int32_t)x && y[k].deprel == SIMA_DEP_MARK && y[k].lemma &&
        !sima_casecmp(y[k].lemma, "to"))
      return 1;
  return 0;
}

static void repair_purpose_on_subject(sima_syntax *y, uint32_t first,
                                      uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t x = first; x < end; x++) {
    if (y[x].upos != SIMA_UPOS_VERB ||
        deprel_base(y[x].deprel) != SIMA_DEP_ACL ||
        !marked_to(y, first, x))
      continue;
    int32_t h = y[x].head;
    if (h < (int32_t)first || h >= (int32_t)x ||
        deprel_base(y[h].deprel) != SIMA_DEP_NSUBJ)
      continue;
    int32_t v = y[h].head;
    if (v <= h || v >= (int32_t)x || y[v].upos != SIMA_UPOS_VERB)
      continue;
    y[x].head = v;
    y[x].deprel = SIMA_DEP_ADVCL;
  }
}

/* RULE C-REPAIR (absolute "with"): "With two scandals now hitting Spanish
** soccer, this could be a sign that organized crime is ...", parsed with
** "scandals" an oblique of the main verb and "hitting" a clause of it
** with no subject: the noun of a with-phrase right before an -ing clause
** of the same verb (only the noun's own words and adverbs of the clause
** between them; the phrase before that verb or after a comma) is that
** clause's subject, and "with" its marker, as UD
** parses the absolute construction; so the clause's act is not the main
** subject's. */
static int under(const sima_syntax *y, uint32_t first, uint32_t end, uint32_t k,
                 uint32_t n) {
  int32_t a = (int32_t)k;
  for (int up = 0; up < 32 && a >= (int32_t)first && a < (int32_t)end;
       up++, a = y[a].head)
    if ((uint32_t)a == n)
      return 1;
  return 0;
}

static void repair_with_absolute(sima_syntax *y, uint32_t first,
                                 uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first + 2; v < end; v++) {
    int32_t h = y[v].head;
    if (y[v].xpos != SIMA_XPOS_VBG ||
        deprel_base(y[v].deprel) != SIMA_DEP_ADVCL || h < (int32_t)first ||
        h >= (int32_t)end)
      continue;
    int own = 0; /* a subject or a marker of its own */
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == (int32_t)v &&
          (deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ ||
           deprel_base(y[k].deprel) == SIMA_DEP_MARK))
        own = 1;
    if (own)
      continue;
    /* the nearest token before v that is no adverb of v */
    uint32_t k = v;
    while (k > first && y[k - 1].head == (int32_t)v &&
           y[k - 1].upos == SIMA_UPOS_ADV)
      k--;
    if (k == first)
      continue;
    /* the noun of the with-phrase whose words end right there */
    int32_t n = -1;
    for (uint32_t m = first; m < k; m++)
      if (y[m].head == h && deprel_base(y[m].deprel) == SIMA_DEP_OBL &&
          (y[m].upos == SIMA_UPOS_NOUN || y[m].upos == SIMA_UPOS_PROPN) &&
          under(y, first, end, k - 1, m))
        n = (int32_t)m;
    if (n < 0)
      continue;
    int32_t w = -1;
    for (uint32_t m = first; m < (uint32_t)n; m++)
      if (y[m].head == n && y[m].deprel == SIMA_DEP_CASE && y[m].lemma &&
          !sima_casecmp(y[m].lemma, "with"))
        w = (int32_t)m;
    /* (the phrase opens the sentence or follows a comma: not "working
    ** with drug trafficking groups", misparsed with "trafficking" a
    ** clause of "working") */
    if (w < 0 || !(n < h || (w > (int32_t)first && y[w - 1].lemma &&
                             !strcmp(y[w - 1].lemma, ","))))
      continue;
    y[n].head = (int32_t)v;
    y[n].deprel = SIMA_DEP_NSUBJ;
    y[w].head = (int32_t)v;
    y[w].deprel = SIMA_DEP_MARK;
  }
}

/* RULE C-REPAIR (participle after a count): "to repatriate 800 captured
** Isis fighters to their home countries", parsed with "captured" a verb
** whose object is the fighters: a past participle (VBD/VBN) right after a
** number right after a verb (not a verb of speech), with an object of its
** own but no subject or auxiliary, modifies that object (amod), which is
** the verb's object with the number as its count; the participle's other
** dependents (to-phrases, conjuncts) are the verb's.  The fighters were
** captured before; the act is the repatriation. */
static void repair_count_participle(sima_syntax *y, uint32_t first,
                                    uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t pp = first + 2; pp + 1 < end; pp++) {
    uint32_t num = pp - 1, v = pp - 2;
    if (y[pp].upos != SIMA_UPOS_VERB ||
        (y[pp].xpos != SIMA_XPOS_VBD && y[pp].xpos != SIMA_XPOS_VBN) ||
        y[num].xpos != SIMA_XPOS_CD || y[v].upos != SIMA_UPOS_VERB ||
        speech_verb(y, v) ||
        (y[pp].head != (int32_t)v && y[num].head != (int32_t)v) ||
        deprel_base(y[pp].deprel) == SIMA_DEP_CCOMP)
      continue;
    int32_t n = -1;
    int bad = 0;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head != (int32_t)pp)
        continue;
      unsigned b = deprel_base(y[k].deprel);
      if (b == SIMA_DEP_NSUBJ || b == SIMA_DEP_AUX || b == SIMA_DEP_MARK)
        bad = 1;
      if (b == SIMA_DEP_OBJ && k > pp && n < 0 &&
          (y[k].upos == SIMA_UPOS_NOUN || y[k].upos == SIMA_UPOS_PROPN))
        n = (int32_t)k;
    }
    if (bad || n < 0)
      continue;
    /* the count and the participle: only the object's words between */
    for (uint32_t k = pp + 1; k < (uint32_t)n; k++)
      if (!descends(y, first, end, (int32_t)k, n))
        bad = 1;
    if (bad)
      continue;
    if (y[num].head == (int32_t)pp || y[num].head == (int32_t)v) {
      y[num].head = n;
      y[num].deprel = SIMA_DEP_NUMMOD;
    }
    participle_to_modifier(y, first, end, pp, v, n, (int32_t)num);
  }
}

/* One signature for all: repairs that need no document ignore it. */
/* RULE C-REPAIR (object conjunct as a subject): "Russia is backing the
** government and the United States supports the opposition", parsed
** with "the United States" a conjunct of the object "government" and
** "supports" a subjectless conjunct of "backing": a noun conjunct of a
** verb's object right before a finite verb (VBZ, VBP, VBD) coordinated
** with that verb, which has no subject of its own, is that verb's
** subject, and the conjunction its coordinator (so Russia backs no US). */
static void repair_conj_object_subject(sima_syntax *y, uint32_t first,
                                       uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t n = first + 1; n + 1 < end; n++) {
    uint32_t w = n + 1;
    if ((y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN) ||
        y[n].deprel != SIMA_DEP_CONJ || y[w].upos != SIMA_UPOS_VERB ||
        y[w].deprel != SIMA_DEP_CONJ ||
        (y[w].xpos != SIMA_XPOS_VBZ && y[w].xpos != SIMA_XPOS_VBP &&
         y[w].xpos != SIMA_XPOS_VBD))
      continue;
    int32_t o = y[n].head, v = y[w].head;
    if (o < (int32_t)first || o >= (int32_t)n || v < (int32_t)first || v >= o ||
        y[o].head != v || deprel_base(y[o].deprel) != SIMA_DEP_OBJ ||
        y[v].upos != SIMA_UPOS_VERB)
      continue;
    int subj = 0;
    int32_t cc = -1;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head == (int32_t)w &&
          (deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ ||
           deprel_base(y[k].deprel) == SIMA_DEP_CSUBJ))
        subj = 1;
      if (y[k].head == (int32_t)n && y[k].deprel == SIMA_DEP_CC && k < n)
        cc = (int32_t)k;
      /* (n's phrase ends at n: nothing of it after) */
      if (k > n && y[k].head == (int32_t)n)
        subj = 1;
    }
    if (subj || cc < 0)
      continue;
    y[n].head = (int32_t)w;
    y[n].deprel = SIMA_DEP_NSUBJ;
    y[cc].head = (int32_t)w;
  }
}

/* RULE C-REPAIR (subordinator read as a preposition): "sent gold to the
** company before US authorities raided its office", parsed with "before"
** the case of "authorities" (a modifier of "company") and "raided" a
** clause with no subject, which then inherits the sentence's subject (the
** cartel raided nothing).  A finite verb with no subject of its own right
** after a noun phrase opened by a temporal subordinator taken for a
** preposition (after, before, since, until) is a clause of its own: the
** noun is its subject, the subordinator its mark; a verb that hung on the
** noun takes the noun's place. */
static void repair_subordinate_subject(sima_syntax *y, uint32_t first,
                                       uint32_t count) {
  static const char *const subord[] = {"after", "before", "since", "until"};
  uint32_t end = first + count;
  for (uint32_t w = first + 2; w < end; w++) {
    /* (a past participle with no auxiliary is the tagger's misreading of
    ** a past verb only when it has an object: "before soldiers allegedly
    ** massacred a dozen people"; "before troops trained by the US
    ** arrived" has a participle modifying its noun) */
    if (y[w].upos != SIMA_UPOS_VERB ||
        (y[w].xpos != SIMA_XPOS_VBD && y[w].xpos != SIMA_XPOS_VBZ &&
         y[w].xpos != SIMA_XPOS_VBP &&
         !(y[w].xpos == SIMA_XPOS_VBN &&
           has_dep(y, first, end, w, SIMA_DEP_OBJ, 0))) ||
        has_dep(y, first, end, w, SIMA_DEP_NSUBJ, 0) ||
        has_dep(y, first, end, w, SIMA_DEP_CSUBJ, 0) ||
        has_dep(y, first, end, w, SIMA_DEP_AUX, 0) ||
        has_dep(y, first, end, w, SIMA_DEP_MARK, 0))
      continue;
    /* the noun phrase right before the verb (and the verb's own adverbs,
    ** "soldiers allegedly massacred"): its head n */
    int32_t av = (int32_t)w;
    while (av - 1 > (int32_t)first && y[av - 1].head == (int32_t)w &&
           y[av - 1].deprel == SIMA_DEP_ADVMOD)
      av--;
    int32_t n = av - 1;
    while (n >= (int32_t)first && y[n].head > n && y[n].head < av)
      n = y[n].head;
    if (n < (int32_t)first ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN &&
         y[n].upos != SIMA_UPOS_PRON))
      continue;
    int32_t cs = -1;
    for (uint32_t k = first; k < (uint32_t)n; k++)
      if (y[k].head == n && y[k].deprel == SIMA_DEP_CASE)
        cs = (int32_t)k;
    if (cs < 0 || !y[cs].lemma || !CODER_IN(subord, y[cs].lemma))
      continue;
    /* (every word from the subordinator to the verb is the phrase's) */
    int ok = 1;
    for (int32_t k = cs + 1; k < av && ok; k++)
      ok = descends(y, first, end, k, n);
    if (!ok)
      continue;
    int32_t nh = y[n].head;
    if (y[w].head == n) {
      y[w].head = nh;
      y[w].deprel = SIMA_DEP_ADVCL;
    } else if (deprel_base(y[w].deprel) != SIMA_DEP_ADVCL &&
               deprel_base(y[w].deprel) != SIMA_DEP_CONJ &&
               deprel_base(y[w].deprel) != SIMA_DEP_PARATAXIS) {
      continue;
    }
    y[n].head = (int32_t)w;
    y[n].deprel = SIMA_DEP_NSUBJ;
    y[cs].head = (int32_t)w;
    y[cs].deprel = SIMA_DEP_MARK;
    y[cs].upos = SIMA_UPOS_SCONJ;
  }
}

/* RULE C-REPAIR (a received gerund): nobody receives or undergoes an
** action as a verb: "the militia received training from Honduran special
** forces" is often parsed with "training" a gerund (xcomp) of "received"
** and the forces its object, so the train pattern made the trainees train
** their trainers.  A gerund right after receive or undergo, hanging on it
** as its xcomp, is the noun it received (its object); an object of the
** gerund opened by "from" becomes the verb's from-phrase (obl), another
** object the noun's modifier, and the gerund's other dependents go to the
** verb ("receiving training from the army": the noun reading, as "received
** military training from Iran", codes what receiving codes). */
static void repair_received_gerund(const sima_doc *doc, sima_syntax *y,
                                   uint32_t first, uint32_t count) {
  static const char *const recv[] = {"receive", "undergo"};
  uint32_t end = first + count;
  for (uint32_t w = first + 1; w < end; w++) {
    uint32_t v = w - 1;
    if (y[w].xpos != SIMA_XPOS_VBG || y[w].deprel != SIMA_DEP_XCOMP ||
        y[w].head != (int32_t)v || y[v].upos != SIMA_UPOS_VERB ||
        !y[v].lemma || !CODER_IN(recv, y[v].lemma) ||
        has_dep(y, first, end, v, SIMA_DEP_OBJ, 0))
      continue;
    for (uint32_t k = w + 1; k < end; k++) {
      if (y[k].head != (int32_t)w)
        continue;
      if (y[k].deprel == SIMA_DEP_OBJ) {
        /* "from" opens the object's phrase: on its head or on a word
        ** of it before the head ("from Honduran special forces" with
        ** "from" on "Honduran"); it goes to the head */
        int32_t from = -1;
        for (uint32_t m = w + 1; m < k && from < 0; m++)
          if (y[m].deprel == SIMA_DEP_CASE && y[m].lemma &&
              !sima_casecmp(y[m].lemma, "from") &&
              descends(y, first, end, y[m].head, (int32_t)k))
            from = (int32_t)m;
        if (from >= 0) {
          y[from].head = (int32_t)k;
          y[k].head = (int32_t)v;
          y[k].deprel = SIMA_DEP_OBL;
        } else {
          y[k].deprel = SIMA_DEP_NMOD;
        }
      } else if (y[k].deprel != SIMA_DEP_AMOD &&
                 y[k].deprel != SIMA_DEP_COMPOUND &&
                 y[k].deprel != SIMA_DEP_DET) {
        y[k].head = (int32_t)v;
      }
    }
    y[w].deprel = SIMA_DEP_OBJ;
    y[w].upos = SIMA_UPOS_NOUN;
    y[w].xpos = SIMA_XPOS_NN;
    y[w].lemma = doc->tokens[w].norm; /* the noun's lemma: "training" */
  }
}

/* RULE C-REPAIR (subject across a semicolon): a semicolon ends a
** clause: "The head of the committee called on banks to stop ...; a
** frontrunner in the elections said all candidates should abstain",
** parsed with "head" the subject of "said" and "frontrunner" an
** apposition inside the first clause, makes the committee's head the
** speaker.  A verb whose subject comes before a semicolon, with a noun
** phrase of no clause of its own between the semicolon and the verb (the
** verb right after it), takes that noun as its subject; the old subject
** becomes a clause of its own beside the verb (parataxis). */
static void repair_semicolon_subject(sima_syntax *y, uint32_t first,
                                     uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first + 2; v < end; v++) {
    if (y[v].upos != SIMA_UPOS_VERB)
      continue;
    int32_t s = -1;
    for (uint32_t k = first; k < v && s < 0; k++)
      if (y[k].head == (int32_t)v && y[k].deprel == SIMA_DEP_NSUBJ)
        s = (int32_t)k;
    if (s < 0)
      continue;
    /* the last semicolon between the subject and the verb */
    int32_t x = -1;
    for (int32_t k = s + 1; k < (int32_t)v; k++)
      if (y[k].lemma && !strcmp(y[k].lemma, ";"))
        x = k;
    if (x < 0 || x + 1 >= (int32_t)v)
      continue;
    /* the noun phrase from the semicolon to the verb: its head n, hung on
    ** a word before the semicolon, with no verb in it */
    int32_t n = (int32_t)v - 1;
    for (int g = 0; g < 64 && y[n].head > x && y[n].head < (int32_t)v; g++)
      n = y[n].head;
    if (y[n].head < (int32_t)first || y[n].head >= x ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN))
      continue;
    int ok = 1;
    for (int32_t k = x + 1; k < (int32_t)v && ok; k++)
      ok = descends(y, first, end, k, n) &&
           (y[k].upos != SIMA_UPOS_VERB || y[k].deprel == SIMA_DEP_AMOD);
    if (!ok)
      continue;
    y[n].head = (int32_t)v;
    y[n].deprel = SIMA_DEP_NSUBJ;
    y[s].head = (int32_t)v;
    y[s].deprel = SIMA_DEP_PARATAXIS;
    y[x].head = (int32_t)v;
  }
}

/* The head of the phrase that ends two tokens before c (before the comma
** or conjunction at c - 1): token c - 2 and its heads while they lie
** between h and c. */
static int32_t phrase_before(const sima_syntax *y, uint32_t c, int32_t h) {
  int32_t w = (int32_t)c - 2;
  for (int g = 0; g < 64 && y[w].head > h && y[w].head < (int32_t)c; g++)
    w = y[w].head;
  return w;
}

/* RULE C-REPAIR (series of verbs): "the two sides broke off their talks
** in 2002, when the FARC commandeered an aircraft, landed it on a highway
** and kidnapped several passengers", parsed with "landed" (and with it
** "kidnapped") a conjunct of "broke": the sides became the kidnappers.
** A list "A, B and C" of verbs goes together: a verb conjunct with no
** subject and no conjunction of its own, right after a comma that closes
** the phrase of another verb between it and its head, and with a later
** conjunct of its own that has a conjunction (the list's "and C"), is a
** conjunct of that nearer verb (repair.c `repair_series_conj`). */
static void repair_series_conj(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t c = first + 3; c < end; c++) {
    int32_t h = y[c].head;
    if (y[c].upos != SIMA_UPOS_VERB || y[c].deprel != SIMA_DEP_CONJ ||
        h < (int32_t)first || h >= (int32_t)c - 3 ||
        y[c - 1].xpos != SIMA_XPOS_COMMA ||
        has_dep(y, first, end, c, SIMA_DEP_NSUBJ, 0) ||
        has_dep(y, first, end, c, SIMA_DEP_CC, 0))
      continue;
    /* the list's last member: a later conjunct of c with a conjunction */
    int last = 0;
    for (uint32_t k = c + 1; k < end && !last; k++)
      if (y[k].head == (int32_t)c && y[k].deprel == SIMA_DEP_CONJ &&
          y[k].upos == SIMA_UPOS_VERB && has_dep(y, c + 1, k, k, SIMA_DEP_CC, 0))
        last = 1;
    if (!last)
      continue;
    /* the verb whose phrase ends right before the comma */
    int32_t w = phrase_before(y, c, h);
    if (w == h || y[w].upos != SIMA_UPOS_VERB ||
        !descends(y, first, end, w, h) ||
        !has_dep(y, first, end, (uint32_t)w, SIMA_DEP_NSUBJ, 0))
      continue;
    y[c].head = w;
  }
}

/* RULE C-REPAIR (conjunct of the nearer clause): "The army has been
** opening routes but the rebels have been blocking the
** exodus and using the villagers as human shields", parsed with
** "using" a conjunct of "opening" (so the army used the shields): a
** verb conjunct with "and"/"or" right before it and no subject or
** auxiliary of its own, hung on a verb before a nearer conjunct of that
** verb that has a subject of its own and whose phrase runs up to the
** conjunction, is that nearer clause's conjunct: the rebels use them. */
static void repair_conj_nearest(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t c = first + 4; c < end; c++) {
    int32_t h = y[c].head;
    if (y[c].upos != SIMA_UPOS_VERB || y[c].deprel != SIMA_DEP_CONJ ||
        h < (int32_t)first || h >= (int32_t)c - 3 ||
        y[c - 1].upos != SIMA_UPOS_CCONJ || y[c - 1].head != (int32_t)c ||
        has_dep(y, first, end, c, SIMA_DEP_NSUBJ, 0) ||
        has_dep(y, first, end, c, SIMA_DEP_AUX, 0))
      continue;
    /* the verb whose phrase ends right before the conjunction */
    int32_t w = phrase_before(y, c, h);
    if (w == h || y[w].head != h || y[w].deprel != SIMA_DEP_CONJ ||
        y[w].upos != SIMA_UPOS_VERB ||
        !has_dep(y, first, end, (uint32_t)w, SIMA_DEP_NSUBJ, 0))
      continue;
    y[c].head = w;
  }
}

/* RULE C-REPAIR (gerund conjunct of an infinitive): "pushing farmers to
** seek jobs in the cities and forcing armed groups to rethink", parsed
** with "forcing" a conjunct of "seek" (so the farmers force the groups):
** conjuncts share their form, and a gerund (VBG) with "and"/"or" and no
** subject or auxiliary of its own, hung on a to-infinitive that is the
** open complement of a gerund, is that gerund's conjunct. */
static void repair_gerund_conj(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t c = first + 3; c < end; c++) {
    int32_t h = y[c].head;
    if (y[c].upos != SIMA_UPOS_VERB || y[c].xpos != SIMA_XPOS_VBG ||
        y[c].deprel != SIMA_DEP_CONJ || h < (int32_t)first || h >= (int32_t)c ||
        y[h].xpos != SIMA_XPOS_VB || y[h].deprel != SIMA_DEP_XCOMP ||
        !has_dep(y, first, end, c, SIMA_DEP_CC, 0) ||
        has_dep(y, first, end, c, SIMA_DEP_NSUBJ, 0) ||
        has_dep(y, first, end, c, SIMA_DEP_AUX, 0))
      continue;
    int to = 0;
    for (uint32_t m = first; m < (uint32_t)h && !to; m++)
      to = y[m].head == h && y[m].deprel == SIMA_DEP_MARK && y[m].lemma &&
           !sima_casecmp(y[m].lemma, "to");
    int32_t g = y[h].head;
    if (!to || g < (int32_t)first || g >= h || y[g].upos != SIMA_UPOS_VERB ||
        y[g].xpos != SIMA_XPOS_VBG)
      continue;
    y[c].head = g;
  }
}

/* RULE C-REPAIR (opening clause as the root): "When the council met to
** condemn it, Russia vetoed the resolution", parsed with "met" the root
** and "vetoed" its reported clause (ccomp): a root verb opened by a
** subordinator (when, if, after, before, once, while, as, since, until,
** unless, because, although, though: the first word, after a
** coordinator) whose content clause with a subject of its own follows a
** comma is the adverbial clause of that content clause, the main one (so
** Russia is no partner of the meeting). */
static void repair_opening_clause_root(sima_syntax *y, uint32_t first,
                                       uint32_t count) {
  static const char *const subord[] = {
      "after", "although", "as",     "because", "before", "if",   "once",
      "since", "though",   "unless", "until",   "when",   "while"};
  uint32_t end = first + count;
  uint32_t k0 = first;
  while (k0 < end && y[k0].upos == SIMA_UPOS_CCONJ)
    k0++;
  if (k0 >= end || !y[k0].lemma || !CODER_IN(subord, y[k0].lemma))
    return;
  int32_t r = y[k0].head;
  if (r <= (int32_t)k0 || r >= (int32_t)end || y[r].head != -1 ||
      y[r].upos != SIMA_UPOS_VERB ||
      (y[k0].deprel != SIMA_DEP_MARK &&
       deprel_base(y[k0].deprel) != SIMA_DEP_ADVMOD))
    return;
  for (uint32_t w = (uint32_t)r + 1; w < end; w++) {
    if (y[w].head != r || y[w].deprel != SIMA_DEP_CCOMP ||
        y[w].upos != SIMA_UPOS_VERB)
      continue;
    int32_t subj = -1;
    for (uint32_t k = (uint32_t)r + 1; k < w; k++)
      if (y[k].head == (int32_t)w &&
          deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
        subj = (int32_t)k;
    if (subj < 0)
      return;
    /* a comma right before the subject's phrase */
    uint32_t s0 = (uint32_t)subj;
    while (s0 > (uint32_t)r + 1 &&
           descends(y, first, end, (int32_t)s0 - 1, subj))
      s0--;
    if (s0 == 0 || y[s0 - 1].xpos != SIMA_XPOS_COMMA)
      return;
    y[w].head = -1;
    y[w].deprel = SIMA_DEP_ROOT;
    y[r].head = (int32_t)w;
    y[r].deprel = SIMA_DEP_ADVCL;
    /* the sentence's last punctuation goes with the new root */
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == r && y[k].upos == SIMA_UPOS_PUNCT && k > w)
        y[k].head = (int32_t)w;
    return;
  }
}

/* ---- The dense parser's shapes (twentieth session, h20d) ---- */

/* Token k's dependent by relation rel (base relation), the first one
** from `from`, or -1. */
static int32_t dep_of(const sima_syntax *y, uint32_t from, uint32_t end,
                      uint32_t k, unsigned rel) {
  for (uint32_t m = from; m < end; m++)
    if (y[m].head == (int32_t)k && deprel_base(y[m].deprel) == rel)
      return (int32_t)m;
  return -1;
}

/* The "to" marker of infinitive x (a dependent of x before it), or -1. */
static int32_t to_mark(const sima_syntax *y, uint32_t first, uint32_t x) {
  for (uint32_t k = first; k < x; k++)
    if (y[k].head == (int32_t)x && y[k].deprel == SIMA_DEP_MARK && y[k].lemma &&
        !sima_casecmp(y[k].lemma, "to"))
      return (int32_t)k;
  return -1;
}

/* repair_for_to_subject: has verb v a clause marked "without" (its
** marker or case on a word hung on v)? */
static int without_clause(const sima_syntax *y, uint32_t first, uint32_t end,
                          uint32_t v) {
  for (uint32_t k = v + 1; k < end; k++)
    if (y[k].head >= (int32_t)first && y[y[k].head].head == (int32_t)v &&
        y[k].lemma && !sima_casecmp(y[k].lemma, "without") &&
        (y[k].deprel == SIMA_DEP_MARK || y[k].deprel == SIMA_DEP_CASE))
      return 1;
  return 0;
}

/* RULE C-REPAIR (for-subject of an adjective): "It was impossible for the
** army to attack the rebels", parsed with "it" an expletive or the
** subject of the copular adjective, "for" the case of "army", the
** army an oblique of the adjective and "to attack" a clause of the army
** (acl) or of the adjective (advcl) (the dense parser's shapes): the
** adjective of an expletive "it" whose for-phrase ends right before a
** to-infinitive takes that infinitive as its clausal subject (csubj),
** the for-phrase's noun is the infinitive's subject and "for" its marker,
** as UD (and the sparse parser) have it; so the mood and negation rules of
** the adjective (C-MOOD-EVALUATIVE, C-NEG-UNABLE) read the army's act.
** Not when the infinitive has a without-clause: "impossible for the
** authorities to operate without negotiating" is a double negation (the
** negotiation is needed) that no mood rule reads, so it stays as parsed
** (no subject, no event), as C-FOR-TO leaves an adjective's for-phrase. */
static void repair_for_to_subject(sima_syntax *y, uint32_t first,
                                  uint32_t count) {
  uint32_t end = first + count;
  /* from the (rare) expletives; the dense parser often labels the "it"
  ** of a copular adjective its subject (nsubj) */
  for (uint32_t ex = first; ex < end; ex++) {
    int32_t a = y[ex].head;
    if ((y[ex].deprel != SIMA_DEP_EXPL &&
         !(y[ex].deprel == SIMA_DEP_NSUBJ && y[ex].lemma &&
           !sima_casecmp(y[ex].lemma, "it"))) ||
        a <= (int32_t)ex || a >= (int32_t)end || y[a].upos != SIMA_UPOS_ADJ ||
        (y[ex].deprel == SIMA_DEP_NSUBJ &&
         dep_of(y, ex + 1, (uint32_t)a, (uint32_t)a, SIMA_DEP_COP) < 0))
      continue;
    for (uint32_t f = (uint32_t)a + 1; f + 2 < end; f++) {
      int32_t n = y[f].head;
      if (y[f].deprel != SIMA_DEP_CASE || !y[f].lemma ||
          sima_casecmp(y[f].lemma, "for") || n <= (int32_t)f ||
          y[n].head != a || deprel_base(y[n].deprel) != SIMA_DEP_OBL)
        continue;
      /* the infinitive whose "to" follows the for-phrase's last word */
      uint32_t t = (uint32_t)n + 1;
      while (t < end && descends(y, first, end, (int32_t)t, n) &&
             y[t].deprel != SIMA_DEP_MARK)
        t++;
      int32_t v = t < end ? y[t].head : -1;
      if (v <= (int32_t)t || y[t].deprel != SIMA_DEP_MARK || !y[t].lemma ||
          sima_casecmp(y[t].lemma, "to") || y[v].upos != SIMA_UPOS_VERB ||
          !((y[v].head == n && deprel_base(y[v].deprel) == SIMA_DEP_ACL) ||
            (y[v].head == a && deprel_base(y[v].deprel) == SIMA_DEP_ADVCL)) ||
          dep_of(y, first, end, (uint32_t)v, SIMA_DEP_NSUBJ) >= 0 ||
          without_clause(y, first, end, (uint32_t)v))
        continue;
      y[v].head = a;
      y[v].deprel = SIMA_DEP_CSUBJ;
      y[ex].deprel = SIMA_DEP_EXPL; /* (the clause is the subject) */
      y[n].head = v;
      y[n].deprel = SIMA_DEP_NSUBJ;
      y[f].head = v;
      y[f].deprel = SIMA_DEP_MARK;
      break;
    }
  }
}

/* RULE C-REPAIR (object control): "Haiti asked the United States to give
** food aid", parsed with the United States the subject of "give" and the
** infinitive a clausal complement (ccomp) of "asked" (the dense parser's
** shape): an infinitive clause with "to" takes no subject of its own
** unless "for" marks it; a ccomp with "to" whose subject lies between
** the governing verb and the "to" is an open complement (xcomp) and that
** noun the governing verb's object, as UD has "ask X to V" (and the
** sparse parser does); so the one asked is the target, and the asked act
** is the object's. */
static void repair_object_control(sima_syntax *y, uint32_t first,
                                  uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t c = first + 2; c < end; c++) {
    int32_t h = y[c].head;
    if (y[c].deprel != SIMA_DEP_CCOMP || y[c].upos != SIMA_UPOS_VERB ||
        y[c].xpos != SIMA_XPOS_VB || h < (int32_t)first || h >= (int32_t)c ||
        y[h].upos != SIMA_UPOS_VERB)
      continue;
    int32_t t = to_mark(y, first, c);
    int32_t s = dep_of(y, first, end, c, SIMA_DEP_NSUBJ);
    if (t < 0 || s <= h || s >= t ||
        (y[s].upos != SIMA_UPOS_NOUN && y[s].upos != SIMA_UPOS_PROPN &&
         y[s].upos != SIMA_UPOS_PRON) ||
        dep_of(y, first, end, (uint32_t)h, SIMA_DEP_OBJ) >= 0)
      continue;
    int other = 0; /* an auxiliary or another marker ("for", "that") */
    for (uint32_t k = (uint32_t)h + 1; k < c; k++)
      if (y[k].head == (int32_t)c && k != (uint32_t)t &&
          (deprel_base(y[k].deprel) == SIMA_DEP_MARK ||
           deprel_base(y[k].deprel) == SIMA_DEP_AUX))
        other = 1;
    if (other)
      continue;
    y[s].head = h;
    y[s].deprel = SIMA_DEP_OBJ;
    y[c].deprel = SIMA_DEP_XCOMP;
  }
}

/* RULE C-REPAIR (absolute "with", on the noun): "With Tuareg rebels
** attacking Malian troops, the government asked France for help", parsed
** with the -ing clause a modifier (acl) of "rebels" (the dense parser's
** shape): the with-phrase that opens the sentence (or follows a comma)
** before the verb it modifies, with an -ing clause of its noun right after
** it, is the absolute construction: the clause is the verb's adverbial
** clause (advcl), the noun its subject and "with" its marker, the shape
** repair_with_absolute gives the sparse parser's; so the rebels are not an
** oblique the government asked. */
static void repair_with_noun_gerund(sima_syntax *y, uint32_t first,
                                    uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t w = first; w + 2 < end; w++) {
    int32_t n = y[w].head;
    if (y[w].deprel != SIMA_DEP_CASE || !y[w].lemma ||
        sima_casecmp(y[w].lemma, "with") || n <= (int32_t)w ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN) ||
        deprel_base(y[n].deprel) != SIMA_DEP_OBL)
      continue;
    int32_t h = y[n].head;
    if (h <= n || h >= (int32_t)end || y[h].upos != SIMA_UPOS_VERB ||
        !(w == first || is_comma(y, w - 1)))
      continue;
    int32_t v = -1;
    for (uint32_t k = (uint32_t)n + 1; k < (uint32_t)h && v < 0; k++)
      if (y[k].head == n && y[k].xpos == SIMA_XPOS_VBG &&
          deprel_base(y[k].deprel) == SIMA_DEP_ACL)
        v = (int32_t)k;
    if (v < 0 || dep_of(y, first, end, (uint32_t)v, SIMA_DEP_NSUBJ) >= 0 ||
        dep_of(y, first, end, (uint32_t)v, SIMA_DEP_AUX) >= 0)
      continue;
    /* only the noun's own words between it and the clause */
    int own = 1;
    for (uint32_t k = (uint32_t)n + 1; k < (uint32_t)v; k++)
      if (!descends(y, first, end, (int32_t)k, n))
        own = 0;
    if (!own)
      continue;
    y[v].head = h;
    y[v].deprel = SIMA_DEP_ADVCL;
    y[n].head = v;
    y[n].deprel = SIMA_DEP_NSUBJ;
    y[w].head = v;
    y[w].deprel = SIMA_DEP_MARK;
  }
}

/* RULE C-REPAIR (participle of the subject): "the French-led coalition
** backing the Malian army's push for Gao announced a ceasefire", parsed
** with "backing" an adverbial clause (advcl) of "announced" whose subject
** is the coalition, "announced" left with none (the dense parser's
** shape): an -ing verb with no auxiliary or marker whose subject is
** right before it, in an adverbial clause of a later finite verb with no
** subject, with no comma between the clause and that verb, modifies its
** "subject" (acl), which is the later verb's subject, as the sparse parser
** and UD have it; the -ing verb's dependents before the noun go to the
** later verb.  So the coalition announces, and backs no one here. */
static void repair_subject_gerund(sima_syntax *y, uint32_t first,
                                  uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t x = first + 1; x + 1 < end; x++) {
    int32_t v = y[x].head;
    if (y[x].xpos != SIMA_XPOS_VBG ||
        deprel_base(y[x].deprel) != SIMA_DEP_ADVCL || v <= (int32_t)x ||
        v >= (int32_t)end || y[v].upos != SIMA_UPOS_VERB ||
        (y[v].xpos != SIMA_XPOS_VBD && y[v].xpos != SIMA_XPOS_VBZ &&
         y[v].xpos != SIMA_XPOS_VBP) ||
        dep_of(y, first, end, (uint32_t)v, SIMA_DEP_NSUBJ) >= 0)
      continue;
    int32_t n = dep_of(y, first, end, x, SIMA_DEP_NSUBJ);
    if (n < 0 || n >= (int32_t)x ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN) ||
        dep_of(y, first, end, x, SIMA_DEP_AUX) >= 0 ||
        dep_of(y, first, end, x, SIMA_DEP_MARK) >= 0)
      continue;
    /* the subject's phrase reaches the -ing verb; no comma up to v */
    int ok = 1;
    for (uint32_t k = (uint32_t)n + 1; k < x && ok; k++)
      ok = descends(y, first, end, (int32_t)k, n);
    for (uint32_t k = x + 1; k < (uint32_t)v && ok; k++)
      ok = !is_comma(y, k) && descends(y, first, end, (int32_t)k, (int32_t)x);
    if (!ok)
      continue;
    for (uint32_t k = first; k < (uint32_t)n; k++)
      if (y[k].head == (int32_t)x)
        y[k].head = v;
    y[x].head = n;
    y[x].deprel = SIMA_DEP_ACL;
    y[n].head = v;
    y[n].deprel = SIMA_DEP_NSUBJ;
  }
}

/* RULE C-REPAIR (that-clause on a name): "Merkel told the Russian
** president, Vladimir Putin, that the truce must be respected", parsed
** with the that-clause a modifier (acl) of "Vladimir" (the dense parser's
** shape, with the name hung on the comma before it): a name takes no
** content clause; a clause marked "that" (SCONJ) hung on a name in
** apposition (or flat, or on a comma) to an object of a verb is that
** verb's clausal complement (ccomp) when it has none. */
static void repair_that_on_name(sima_syntax *y, uint32_t first,
                                uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t x = first + 2; x < end; x++) {
    int32_t p = y[x].head;
    if (y[x].deprel != SIMA_DEP_ACL || y[x].upos != SIMA_UPOS_VERB ||
        p < (int32_t)first || p >= (int32_t)x || y[p].upos != SIMA_UPOS_PROPN)
      continue;
    int32_t m = dep_of(y, first, x, x, SIMA_DEP_MARK);
    if (m < 0 || y[m].upos != SIMA_UPOS_SCONJ || !y[m].lemma ||
        sima_casecmp(y[m].lemma, "that"))
      continue;
    /* up through apposition and flat to the object of a verb */
    int32_t o = p;
    for (int up = 0; up < 3 && o >= (int32_t)first &&
                     (deprel_base(y[o].deprel) == SIMA_DEP_APPOS ||
                      deprel_base(y[o].deprel) == SIMA_DEP_FLAT ||
                      y[o].upos == SIMA_UPOS_PUNCT);
         up++)
      o = y[o].head;
    if (o == p || o < (int32_t)first || y[o].upos == SIMA_UPOS_PUNCT ||
        (y[o].deprel != SIMA_DEP_OBJ && y[o].deprel != SIMA_DEP_IOBJ))
      continue;
    int32_t h = y[o].head;
    if (h < (int32_t)first || y[h].upos != SIMA_UPOS_VERB ||
        dep_of(y, first, end, (uint32_t)h, SIMA_DEP_CCOMP) >= 0)
      continue;
    y[x].head = h;
    y[x].deprel = SIMA_DEP_CCOMP;
  }
}

/* Is l a noun of a written or spoken statement (statement, letter,
** declaration, communique, message, resolution, note, appeal: the nouns
** of the verb files' &M_STATEMENTN)? */
static int statement_noun(const char *l) {
  /* Sorted. */
  static const char *const said[] = {"appeal",     "communique", "declaration",
                                     "letter",     "message",    "note",
                                     "resolution", "statement"};
  return l && CODER_IN(said, l);
}
/* repair_trailing_gerund, repair_trailing_speech: is x a bare trailing
** clause, with no subject, auxiliary, marker or clausal subject of its own,
** that runs to the end of the sentence (only punctuation after it)? */
static int bare_trailing_clause(const sima_syntax *y, uint32_t first,
                                uint32_t end, uint32_t x) {
  for (uint32_t k = first; k < end; k++)
    if (y[k].head == (int32_t)x) {
      unsigned b = deprel_base(y[k].deprel);
      if (b == SIMA_DEP_NSUBJ || b == SIMA_DEP_AUX || b == SIMA_DEP_MARK ||
          b == SIMA_DEP_CSUBJ)
        return 0;
    }
  for (uint32_t k = x + 1; k < end; k++)
    if (y[k].upos != SIMA_UPOS_PUNCT &&
        !descends(y, first, end, (int32_t)k, (int32_t)x))
      return 0;
  return 1;
}

/* repair_trailing_gerund: is l a participle that relates nouns
** (including, involving, concerning, ...)? */
static int relating_participle(const char *l) {
  /* Sorted. */
  static const char *const rel[] = {"accord",  "belong",  "concern",
                                    "contain", "follow",  "include",
                                    "involve", "regard"};
  return l && CODER_IN(rel, l);
}

/* RULE C-REPAIR (trailing participle clause): "Armed pirates boarded a
** fuel ship, stealing its cargo", parsed with "stealing" a modifier (acl)
** of "ship", the noun right before the comma (the dense parser's shape):
** an -ing verb right after a comma, with no subject, auxiliary or marker
** of its own, whose clause runs to the end of the sentence (only
** punctuation after it), hung on a noun that is no subject and that lies
** in the phrase of the nearest verb above it (through objects, obliques,
** modifiers, conjuncts, compounds and flat names; not an apposition, whose
** name the clause may describe) is that verb's adverbial clause (advcl),
** unless that verb is itself a participle modifying a noun ("banners
** signed by X, making threats": the banners make them), as the sparse
** parser mostly has it: the
** act is the clause subject's (the pirates steal), an added act or a
** result of the clause, not a description of the noun.  A participle that
** says what a statement says (statement_noun) and
** the participles that relate nouns (including, involving, concerning,
** regarding, according, following, containing, belonging) stay on the
** noun. */
static void repair_trailing_gerund(sima_syntax *y, uint32_t first,
                                   uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t x = first + 2; x + 1 < end; x++) {
    int32_t n = y[x].head;
    if (y[x].xpos != SIMA_XPOS_VBG || y[x].upos != SIMA_UPOS_VERB ||
        y[x].deprel != SIMA_DEP_ACL || !is_comma(y, x - 1) ||
        n < (int32_t)first || n >= (int32_t)x - 1 ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN &&
         y[n].upos != SIMA_UPOS_PRON && y[n].upos != SIMA_UPOS_NUM) ||
        relating_participle(y[x].lemma) || statement_noun(y[n].lemma))
      continue;
    if (!bare_trailing_clause(y, first, end, x))
      continue;
    /* the nearest verb above the noun, through its phrase */
    int32_t v = n;
    for (uint32_t up = 0; up < count && v >= (int32_t)first &&
                          y[v].upos != SIMA_UPOS_VERB;
         up++) {
      unsigned b = deprel_base(y[v].deprel);
      if (b != SIMA_DEP_OBJ && b != SIMA_DEP_IOBJ && b != SIMA_DEP_OBL &&
          b != SIMA_DEP_NMOD && b != SIMA_DEP_CONJ &&
          b != SIMA_DEP_COMPOUND && b != SIMA_DEP_FLAT) {
        v = -1;
        break;
      }
      v = y[v].head;
    }
    /* (nor after a verb of perception: "saw banners signed by X, making
    ** threats" shows the banners making them, repair_perceived_gerund) */
    if (v < (int32_t)first || v >= (int32_t)x ||
        y[v].upos != SIMA_UPOS_VERB ||
        deprel_base(y[v].deprel) == SIMA_DEP_ACL ||
        is_perception_verb(y[v].lemma))
      continue;
    y[x].head = v;
    y[x].deprel = SIMA_DEP_ADVCL;
  }
}

/* RULE C-REPAIR (trailing participle of speech): "De Mistura said he
** believed both sides might have access to chlorine weapons, describing
** them as in the grey zone", parsed with "describing" an adverbial clause
** of "have", the verb of the reported clause, so the sides became the
** describer.  An -ing verb of speech or naming (say, add, describe,
** call, label, ...) right after a comma, with no subject, auxiliary or
** marker of its own, whose clause runs to the end of the sentence, hung
** as an adverbial clause or conjunct on a verb inside the content clause
** (ccomp) of a verb of speech, is the speaker's: it hangs on the
** outermost such verb of speech as its adverbial clause.  (Not an act:
** "said the army shelled the town, killing five" stays the army's.) */
static int naming_verb(const char *l) {
  /* Sorted. */
  static const char *const nv[] = {"brand", "call", "describe", "dub",
                                   "label", "term"};
  return l && (CODER_IN(nv, l) || mood_is_speech(l));
}
static void repair_trailing_speech(sima_syntax *y, uint32_t first,
                                   uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t x = first + 2; x + 1 < end; x++) {
    int32_t v = y[x].head;
    unsigned xb = deprel_base(y[x].deprel);
    if (y[x].xpos != SIMA_XPOS_VBG || y[x].upos != SIMA_UPOS_VERB ||
        (xb != SIMA_DEP_ADVCL && xb != SIMA_DEP_CONJ) || !is_comma(y, x - 1) ||
        v < (int32_t)first || v >= (int32_t)x - 1 ||
        y[v].upos == SIMA_UPOS_NOUN || y[v].upos == SIMA_UPOS_PROPN ||
        !naming_verb(y[x].lemma))
      continue;
    if (!bare_trailing_clause(y, first, end, x))
      continue;
    /* the outermost verb of speech whose content clause holds v */
    int32_t sp = -1, u = v;
    for (uint32_t up = 0; up < count && u >= (int32_t)first; up++) {
      int32_t h = y[u].head;
      if (h < (int32_t)first || h >= (int32_t)end)
        break;
      if (deprel_base(y[u].deprel) == SIMA_DEP_CCOMP && speech_verb(y, h))
        sp = h;
      u = h;
    }
    if (sp < 0)
      continue;
    y[x].head = sp;
    y[x].deprel = SIMA_DEP_ADVCL;
  }
}

/* RULE C-REPAIR (subject read as an apposition of the opening phrase):
** "In March, Alba Petroleos and Albanisa were sanctioned by the US
** Treasury", parsed with the names an apposition of "March", the verb
** left with no subject (the dense parser's shape): a verb with no
** subject (nor clausal subject or expletive) whose prepositional oblique
** opens the sentence and ends at a comma, with a noun or name after that
** comma hung on the oblique as an apposition whose phrase runs up to the
** verb (its auxiliaries between), takes that noun as its subject
** (nsubj:pass beside a passive auxiliary): a phrase of time or place set
** off by a comma has no apposition that is no time or place. */
static void repair_opening_appos_subject(sima_syntax *y, uint32_t first,
                                         uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t a = first + 3; a + 1 < end; a++) {
    int32_t o = y[a].head;
    if (y[a].deprel != SIMA_DEP_APPOS ||
        (y[a].upos != SIMA_UPOS_NOUN && y[a].upos != SIMA_UPOS_PROPN) ||
        o < (int32_t)first || o >= (int32_t)a ||
        deprel_base(y[o].deprel) != SIMA_DEP_OBL)
      continue;
    int32_t v = y[o].head;
    if (v <= (int32_t)a || v >= (int32_t)end || y[v].upos != SIMA_UPOS_VERB ||
        !has_dep(y, first, end, (uint32_t)o, SIMA_DEP_CASE, 0))
      continue;
    /* the oblique opens the sentence and ends at the comma before a */
    int ok = 1;
    uint32_t c = first;
    for (; c < end && !is_comma(y, c); c++)
      if (!descends(y, first, end, (int32_t)c, o))
        ok = 0;
    if (!ok || c >= (uint32_t)a)
      continue;
    for (uint32_t k = c + 1; k < a && ok; k++)
      ok = descends(y, first, end, (int32_t)k, (int32_t)a);
    /* the apposition's phrase runs up to the verb (auxiliaries, commas) */
    int pass = 0;
    for (uint32_t k = a + 1; k < (uint32_t)v && ok; k++) {
      if (y[k].head == v && deprel_base(y[k].deprel) == SIMA_DEP_AUX) {
        pass = pass || y[k].deprel == SIMA_DEP_AUX_PASS;
        continue;
      }
      ok = y[k].upos == SIMA_UPOS_PUNCT ||
           descends(y, first, end, (int32_t)k, (int32_t)a);
    }
    if (!ok)
      continue;
    int subj = 0;
    for (uint32_t k = first; k < end && !subj; k++)
      if (y[k].head == v) {
        unsigned b = deprel_base(y[k].deprel);
        subj = b == SIMA_DEP_NSUBJ || b == SIMA_DEP_CSUBJ ||
               b == SIMA_DEP_EXPL;
      }
    if (subj)
      continue;
    y[a].head = v;
    y[a].deprel = pass ? SIMA_DEP_NSUBJ_PASS : SIMA_DEP_NSUBJ;
  }
}

/* RULE C-REPAIR (clause set aside, read as the head): "suggested that
** instead of saying one more death, they should say one less criminal",
** parsed with "saying" the that-clause (the clause opened by "instead
** of" hung on "suggested") and "they should say" its content clause (the
** dense parser's shape): a clause opened by "instead of" or "rather
** than" sets its act aside against the main clause; a content clause
** of it (or a parataxis beside it, on its head) with a subject of its
** own after a comma is that main clause.
** It takes the set-aside clause's place (and its "that"), and the
** set-aside clause is its adverbial clause, so no one says what was set
** aside (C-RATHER-THAN reads it). */
static void repair_set_aside_head(sima_syntax *y, uint32_t first,
                                  uint32_t count) {
  uint32_t end = first + count;
  int any = 0; /* (cheap: most sentences set nothing aside) */
  for (uint32_t k = first; k < end && !any; k++)
    any = y[k].lemma && ((y[k].lemma[0] | 0x20) == 'i' ||
                         (y[k].lemma[0] | 0x20) == 'r') &&
          (!sima_casecmp(y[k].lemma, "instead") ||
           !sima_casecmp(y[k].lemma, "rather"));
  for (uint32_t x = first + 2; any && x + 2 < end; x++) {
    if (y[x].upos != SIMA_UPOS_VERB || y[x].head < (int32_t)first)
      continue;
    int32_t aside = -1, that = -1, m = -1;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head != (int32_t)x)
        continue;
      const char *l = y[k].lemma;
      if (k < x && l &&
          (!sima_casecmp(l, "instead") || !sima_casecmp(l, "rather")))
        aside = (int32_t)k;
      else if (k < x && y[k].deprel == SIMA_DEP_MARK && l &&
               !sima_casecmp(l, "that"))
        that = (int32_t)k;
      else if (k > x && y[k].deprel == SIMA_DEP_CCOMP && m < 0)
        m = (int32_t)k;
    }
    /* (or the main clause hung beside it, on its head, as a parataxis:
    ** "said that rather than attacking X, the army should ...") */
    for (uint32_t k = x + 1; k < end && m < 0 && aside >= 0; k++)
      if (y[k].head == y[x].head && y[k].upos == SIMA_UPOS_VERB &&
          deprel_base(y[k].deprel) == SIMA_DEP_PARATAXIS)
        m = (int32_t)k;
    if (aside < 0 || m < 0)
      continue;
    /* the fixed "of" / "than" */
    const char *f = !sima_casecmp(y[aside].lemma, "instead") ? "of" : "than";
    int fixed = 0;
    for (uint32_t k = (uint32_t)aside + 1; k < x && !fixed; k++)
      fixed = y[k].head == aside && y[k].deprel == SIMA_DEP_FIXED &&
              y[k].lemma && !sima_casecmp(y[k].lemma, f);
    int32_t sj = -1;
    for (uint32_t k = x + 1; k < (uint32_t)m && sj < 0; k++)
      if (y[k].head == m && deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ)
        sj = (int32_t)k;
    int comma = 0;
    for (uint32_t k = x + 1; sj >= 0 && k < (uint32_t)sj && !comma; k++)
      comma = is_comma(y, k);
    if (!fixed || sj < 0 || !comma)
      continue;
    y[m].head = y[x].head;
    y[m].deprel = that >= 0 ? (uint16_t)SIMA_DEP_CCOMP : y[x].deprel;
    y[x].head = m;
    y[x].deprel = SIMA_DEP_ADVCL;
    if (that >= 0)
      y[that].head = m;
  }
}

/* Is token k's own text w (any case)? */
static int token_is(const sima_doc *doc, uint32_t k, const char *w) {
  size_t n = strlen(w);
  return doc->tokens[k].len == n &&
         !strncasecmp(doc->text + doc->tokens[k].off, w, n);
}

/* RULE C-REPAIR (amid read as a verb): "are investigating the murders,
** amid growing concern over the cartel's presence", with "amid" tagged a
** verb, its noun the object and the verb a conjunct of the clause's verb
** (or a modifier of a noun): "amid" and "amidst" are prepositions only.
** The noun is an oblique of the word the "amid" hung on (a modifier, nmod,
** when that is a noun), "amid" its case, and what else hung on "amid"
** (punctuation) hangs on the noun; so the phrase is the circumstance of
** the act, no act of its own that shares the clause's subject. */
static void repair_amid_verb(const sima_doc *doc, sima_syntax *y,
                             uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t a = first; a + 1 < end; a++) {
    int32_t h = y[a].head;
    /* (the lemmatiser may make "amid" a verb's "amo": the word itself) */
    if (y[a].upos != SIMA_UPOS_VERB || h < (int32_t)first ||
        (!token_is(doc, a, "amid") && !token_is(doc, a, "amidst")))
      continue;
    int32_t n = -1;
    for (uint32_t k = a + 1; k < end && n < 0; k++)
      if (y[k].head == (int32_t)a && y[k].deprel == SIMA_DEP_OBJ &&
          (y[k].upos == SIMA_UPOS_NOUN || y[k].upos == SIMA_UPOS_PROPN))
        n = (int32_t)k;
    if (n < 0)
      continue;
    for (uint32_t k = first; k < end; k++)
      if (y[k].head == (int32_t)a && k != (uint32_t)n)
        y[k].head = n;
    y[n].head = h;
    y[n].deprel = y[h].upos == SIMA_UPOS_VERB ? SIMA_DEP_OBL : SIMA_DEP_NMOD;
    y[a].head = n;
    y[a].deprel = SIMA_DEP_CASE;
    y[a].upos = SIMA_UPOS_ADP;
    y[a].xpos = SIMA_XPOS_IN;
  }
}

/* RULE C-REPAIR (noun of content read as a verb, with a subject):
** "disputes the UK claim that the inspectors backed the findings",
** parsed with "claim" a base-form verb (VB) that is the clausal complement
** (ccomp) of "disputes" and "the UK" its subject (the dense parser's
** shape of what repair_content_verb mends in the sparse one's): a
** base-form verb that can be a noun of content, right after a subject
** opened by "the", with no "to", auxiliary, marker or object of its own
** and a that-clause under it, on a verb with no object, is that noun: the
** verb's object, the subject's noun its modifier (compound), the clause
** its content (acl).  A finite verb after a singular "the" subject would
** take -s ("the UK claims"), so the bare form is the noun. */
static void repair_content_verb_subject(sima_syntax *y, uint32_t first,
                                        uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t x = first + 3; x < end; x++) {
    int32_t h = y[x].head, o = (int32_t)x - 1;
    if (y[x].deprel != SIMA_DEP_CCOMP || y[x].xpos != SIMA_XPOS_VB ||
        !is_content_noun(y[x].lemma) || h < (int32_t)first || h >= o ||
        y[o].head != (int32_t)x || deprel_base(y[o].deprel) != SIMA_DEP_NSUBJ ||
        (y[o].upos != SIMA_UPOS_NOUN && y[o].upos != SIMA_UPOS_PROPN) ||
        y[h].upos != SIMA_UPOS_VERB ||
        dep_of(y, first, end, (uint32_t)h, SIMA_DEP_OBJ) >= 0)
      continue;
    int32_t det = -1, cl = -1, own = 0;
    for (uint32_t k = first; k < end; k++) {
      if (y[k].head == o && y[k].deprel == SIMA_DEP_DET && (int32_t)k < o &&
          y[k].lemma && !sima_casecmp(y[k].lemma, "the"))
        det = (int32_t)k;
      if (y[k].head != (int32_t)x || k == (uint32_t)o)
        continue;
      unsigned b = deprel_base(y[k].deprel);
      if (b == SIMA_DEP_NSUBJ || b == SIMA_DEP_AUX || b == SIMA_DEP_MARK ||
          b == SIMA_DEP_OBJ)
        own = 1;
      if (b == SIMA_DEP_CCOMP && k > x && cl < 0)
        cl = (int32_t)k;
    }
    if (det < 0 || cl < 0 || own)
      continue;
    int32_t m = dep_of(y, x + 1, (uint32_t)cl, (uint32_t)cl, SIMA_DEP_MARK);
    if (m < 0 || !y[m].lemma || sima_casecmp(y[m].lemma, "that"))
      continue;
    y[x].upos = SIMA_UPOS_NOUN;
    y[x].xpos = SIMA_XPOS_NN;
    y[x].deprel = SIMA_DEP_OBJ;
    y[o].head = (int32_t)x;
    y[o].deprel = SIMA_DEP_COMPOUND;
    y[det].head = (int32_t)x;
    y[cl].deprel = SIMA_DEP_ACL;
  }
}

/* RULE C-REPAIR (verb as an apposition): "The Syrian Negotiations
** Commission, the main opposition bloc, criticized Vladimir Putin", parsed
** with "criticized" a modifier of "bloc" and, after repair_participle, an
** apposition of "Commission" with the bloc its subject: a verb is no
** apposition; one hung so on a noun before it whose subject is an
** apposition-like phrase between commas after that noun is the noun's
** predicate: it takes the noun's place in the tree, the noun is its
** subject and the phrase between the commas the noun's apposition. */
static void repair_appos_verb(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first + 3; v < end; v++) {
    int32_t p = y[v].head;
    if (y[v].deprel != SIMA_DEP_APPOS || y[v].upos != SIMA_UPOS_VERB ||
        p < (int32_t)first || p >= (int32_t)v ||
        (y[p].upos != SIMA_UPOS_NOUN && y[p].upos != SIMA_UPOS_PROPN))
      continue;
    int32_t n = dep_of(y, (uint32_t)p + 1, v, v, SIMA_DEP_NSUBJ);
    if (n < 0 || !is_comma(y, (uint32_t)p + 1) || !is_comma(y, v - 1) ||
        (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN))
      continue;
    y[v].head = y[p].head;
    y[v].deprel = y[p].deprel;
    y[p].head = (int32_t)v;
    y[p].deprel = SIMA_DEP_NSUBJ;
    y[n].head = p;
    y[n].deprel = SIMA_DEP_APPOS;
    /* (the sentence's punctuation and the rest hung on the noun go to
    ** the verb, but for the noun's own words before it) */
    for (uint32_t k = v + 1; k < end; k++)
      if (y[k].head == p)
        y[k].head = (int32_t)v;
  }
}

/* RULE C-REPAIR (a gerund's object read as a subject): "Images of
** Nigerian troops fighting Boko Haram have been circulated", parsed with
** "Boko Haram" a second subject of "circulated" (the dense parser's
** shape): a verb has one subject; of two, the later one, right after an
** -ing modifier (acl) with no object of the earlier one's phrase (only
** its own words between), is that
** -ing verb's object. */
static void repair_gerund_second_subject(sima_syntax *y, uint32_t first,
                                         uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t s2 = first + 2; s2 < end; s2++) {
    int32_t v = y[s2].head, x = (int32_t)s2 - 1;
    if (deprel_base(y[s2].deprel) != SIMA_DEP_NSUBJ || v <= (int32_t)s2 ||
        v >= (int32_t)end ||
        (y[s2].upos != SIMA_UPOS_NOUN && y[s2].upos != SIMA_UPOS_PROPN))
      continue;
    /* (the -ing verb right before the subject's phrase: "fighting the
    ** Zetas") */
    while (x > (int32_t)first && y[x].head == (int32_t)s2 &&
           y[x].upos != SIMA_UPOS_PUNCT)
      x--;
    if (y[x].xpos != SIMA_XPOS_VBG ||
        deprel_base(y[x].deprel) != SIMA_DEP_ACL ||
        dep_of(y, first, end, (uint32_t)x, SIMA_DEP_OBJ) >= 0)
      continue;
    int32_t s1 = dep_of(y, first, (uint32_t)x, (uint32_t)v, SIMA_DEP_NSUBJ);
    if (s1 < 0 || !descends(y, first, end, x, s1))
      continue;
    y[s2].head = x;
    y[s2].deprel = SIMA_DEP_OBJ;
  }
}

/* RULE C-REPAIR (participle after a count, as a clause): "The army freed
** 20 kidnapped farmers", parsed with "kidnapped" a past verb heading a
** clausal complement (ccomp) of "freed", the count its modifier and the
** farmers its object (the dense parser's shape; repair_count_participle
** leaves ccomps alone): a verb takes no count, so a past participle right
** after a count it holds (nummod, or its subject), right after a verb
** that is no verb of speech, with an object and no other subject,
** auxiliary or marker of its own,
** modifies that object, which is the verb's object with the count. */
static void repair_count_participle_clause(sima_syntax *y, uint32_t first,
                                           uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t pp = first + 2; pp + 1 < end; pp++) {
    uint32_t num = pp - 1, v = pp - 2;
    if (y[pp].upos != SIMA_UPOS_VERB ||
        (y[pp].xpos != SIMA_XPOS_VBD && y[pp].xpos != SIMA_XPOS_VBN) ||
        y[pp].deprel != SIMA_DEP_CCOMP || y[pp].head != (int32_t)v ||
        y[num].xpos != SIMA_XPOS_CD || y[num].head != (int32_t)pp ||
        (y[num].deprel != SIMA_DEP_NUMMOD && y[num].deprel != SIMA_DEP_NSUBJ) ||
        y[v].upos != SIMA_UPOS_VERB || speech_verb(y, v) ||
        dep_of(y, num + 1, end, pp, SIMA_DEP_NSUBJ) >= 0 ||
        dep_of(y, first, end, pp, SIMA_DEP_AUX) >= 0 ||
        dep_of(y, first, end, pp, SIMA_DEP_MARK) >= 0)
      continue;
    int32_t n = dep_of(y, pp + 1, end, pp, SIMA_DEP_OBJ);
    if (n < 0 || (y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN))
      continue;
    int bad = 0;
    for (uint32_t k = pp + 1; k < (uint32_t)n; k++)
      if (!descends(y, first, end, (int32_t)k, n))
        bad = 1;
    if (bad)
      continue;
    y[num].head = n;
    y[num].deprel = SIMA_DEP_NUMMOD;
    participle_to_modifier(y, first, end, pp, v, n, (int32_t)num);
  }
}

/* RULE C-REPAIR (participle as an object, before its noun): "accused of
** training [the cartel's] hit men", parsed with "hit" a past participle
** that is the object (obj) of "training", "men" its own object and the
** bracketed name its subject (the dense parser's shape): a bare participle
** with no auxiliary, marker or complement clause is no object of a verb; a
** past participle (VBN) so hung on an earlier verb that has no other
** object ("provided billions, its troops executed civilians": a clause),
** whose object is the very next word, a common noun, is that noun's
** modifier (amod), and the
** noun is the verb's object; a subject of the participle before it is the
** noun's modifier (compound), the participle's other dependents the
** verb's.  No event of the participle's verb ("hit": 190) is coded. */
static void repair_participle_noun_object(sima_syntax *y, uint32_t first,
                                          uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t pp = first + 1; pp + 1 < end; pp++) {
    int32_t v = y[pp].head;
    uint32_t n = pp + 1;
    if (y[pp].upos != SIMA_UPOS_VERB || y[pp].xpos != SIMA_XPOS_VBN ||
        y[pp].deprel != SIMA_DEP_OBJ || v < (int32_t)first ||
        v >= (int32_t)pp || y[v].upos != SIMA_UPOS_VERB ||
        y[n].upos != SIMA_UPOS_NOUN || y[n].head != (int32_t)pp ||
        y[n].deprel != SIMA_DEP_OBJ ||
        dep_of(y, first, end, pp, SIMA_DEP_AUX) >= 0 ||
        dep_of(y, first, end, pp, SIMA_DEP_AUX_PASS) >= 0 ||
        dep_of(y, first, end, pp, SIMA_DEP_MARK) >= 0 ||
        dep_of(y, first, end, pp, SIMA_DEP_CCOMP) >= 0 ||
        dep_of(y, first, end, pp, SIMA_DEP_XCOMP) >= 0 ||
        dep_of(y, pp + 1, end, pp, SIMA_DEP_NSUBJ) >= 0)
      continue;
    int other = 0; /* the verb's own object: then pp heads a clause */
    for (uint32_t k = first; k < end && !other; k++)
      other = k != pp && y[k].head == v && y[k].deprel == SIMA_DEP_OBJ;
    if (other)
      continue;
    int32_t s = dep_of(y, first, pp, pp, SIMA_DEP_NSUBJ);
    participle_to_modifier(y, first, end, pp, (uint32_t)v, (int32_t)n, s);
    if (s >= 0) {
      y[s].head = (int32_t)n;
      y[s].deprel = SIMA_DEP_COMPOUND;
    }
  }
}

/* RULE C-REPAIR (a name given in quotes): "Hondurans call residents of
** African descent ""caracoles""", "the group calls the family one of
** ""the untouchables""": a verb of naming (call, dub, label, brand,
** nickname, term) takes its object and the name it gives, a second
** complement (xcomp, as UD has "call X Y"); the parsers hang the quoted
** name elsewhere (the dense parser made "caracoles" a verb heading the
** clause, "call" its adverbial clause; both parsers hang "one of ..." on
** the object).  A name in quotes right after the object's phrase (its
** first word after the opening quote, a closing quote within four words;
** or, inside the verb's phrase, a conjunct, apposition or bare modifier
** with no case or conjunction of its own that ends the phrase: "residents
** with French roots ""morenos"""),
** or a noun or number right after the object's head with a quote in its
** phrase, becomes the verb's xcomp; when the verb lay below the name, the
** verb first takes the name's place.  So "call" is no telephone call
** (041: V-041.5 wants no xcomp). */
static int quote_tok(const sima_syntax *y, uint32_t k) {
  return y[k].upos == SIMA_UPOS_PUNCT &&
         (y[k].xpos == SIMA_XPOS_LQUOTE || y[k].xpos == SIMA_XPOS_RQUOTE);
}
static void repair_naming_call(sima_syntax *y, uint32_t first,
                               uint32_t count) {
  static const char *const naming[] = {"brand", "call",     "dub",
                                       "label", "nickname", "term"};
  uint32_t end = first + count;
  for (uint32_t v = first; v + 3 < end; v++) {
    if (y[v].upos != SIMA_UPOS_VERB || !y[v].lemma ||
        !CODER_IN(naming, y[v].lemma) ||
        dep_of(y, first, end, v, SIMA_DEP_XCOMP) >= 0 ||
        dep_of(y, first, end, v, SIMA_DEP_CCOMP) >= 0)
      continue;
    int32_t o = dep_of(y, v + 1, end, v, SIMA_DEP_OBJ);
    if (o < 0 ||
        (y[o].upos != SIMA_UPOS_NOUN && y[o].upos != SIMA_UPOS_PROPN &&
         y[o].upos != SIMA_UPOS_PRON))
      continue;
    int32_t w = -1;
    /* a noun or number right after the object's head, quoted inside */
    uint32_t d = (uint32_t)o + 1;
    if (d < end && y[d].head == o &&
        (y[d].deprel == SIMA_DEP_APPOS || deprel_base(y[d].deprel) == SIMA_DEP_ACL) &&
        (y[d].upos == SIMA_UPOS_NOUN || y[d].upos == SIMA_UPOS_NUM)) {
      for (uint32_t k = d + 1; k < end && w < 0; k++)
        if (quote_tok(y, k) && descends(y, first, end, (int32_t)k, (int32_t)d))
          w = (int32_t)d;
    }
    if (w < 0) {
      /* a quoted name right after the object's phrase, or ending the
      ** verb's phrase as a conjunct, apposition or bare modifier (no case
      ** or conjunction of its own) */
      uint32_t e = (uint32_t)o, ev = (uint32_t)o;
      while (e + 1 < end && descends(y, first, end, (int32_t)e + 1, o))
        e++;
      while (ev + 1 < end && descends(y, first, end, (int32_t)ev + 1, (int32_t)v))
        ev++;
      uint32_t q = (uint32_t)o + 1;
      while (q <= ev && !quote_tok(y, q))
        q++;
      if (q > ev)
        q = e + 1;
      uint32_t n = q;
      while (n < end && quote_tok(y, n))
        n++;
      if (q >= end || !quote_tok(y, q) || n >= end ||
          y[n].upos == SIMA_UPOS_PUNCT)
        continue;
      if (q <= ev && descends(y, first, end, (int32_t)n, (int32_t)v)) {
        unsigned b = deprel_base(y[n].deprel);
        int32_t hn = y[n].head;
        if (hn < (int32_t)first || hn >= (int32_t)n || hn == (int32_t)v ||
            (b != SIMA_DEP_CONJ && b != SIMA_DEP_APPOS && b != SIMA_DEP_NMOD &&
             b != SIMA_DEP_OBL) ||
            dep_of(y, first, end, n, SIMA_DEP_CASE) >= 0 ||
            dep_of(y, first, end, n, SIMA_DEP_CC) >= 0)
          continue;
        /* (nothing of the verb's after the name's phrase but punctuation) */
        int tail = 0;
        for (uint32_t k = n + 1; k <= ev && !tail; k++)
          tail = !descends(y, first, end, (int32_t)k, (int32_t)n) &&
                 y[k].upos != SIMA_UPOS_PUNCT;
        if (tail)
          continue;
      } else if (q != e + 1 ||
                 descends(y, first, end, (int32_t)n, (int32_t)v))
        continue;
      int closed = 0;
      for (uint32_t k = n + 1; k < end && k <= n + 4 && !closed; k++)
        closed = quote_tok(y, k);
      if (!closed)
        continue;
      w = (int32_t)n;
    }
    if (descends(y, first, end, (int32_t)v, w)) {
      y[v].head = y[w].head;
      y[v].deprel = y[w].deprel;
    }
    y[w].head = (int32_t)v;
    y[w].deprel = SIMA_DEP_XCOMP;
  }
}

/* RULE C-REPAIR (object of a particle): "A federal judge has struck down
** most of the plan", parsed with "most" the object of the particle
** "down" (the dense parser's shape): a verb's particle (compound:prt)
** takes no object; its object is the verb's, when the verb has none. */
static void repair_particle_object(sima_syntax *y, uint32_t first,
                                   uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t o = first + 2; o < end; o++) {
    int32_t p = y[o].head;
    if (y[o].deprel != SIMA_DEP_OBJ || p < (int32_t)first || p >= (int32_t)o ||
        y[p].deprel != SIMA_DEP_COMPOUND_PRT)
      continue;
    int32_t v = y[p].head;
    if (v < (int32_t)first || v >= p || y[v].upos != SIMA_UPOS_VERB ||
        dep_of(y, first, end, (uint32_t)v, SIMA_DEP_OBJ) >= 0)
      continue;
    y[o].head = v;
  }
}

/* RULE C-REPAIR (participle before a name, as a subject): "On Monday the
** Turkish backed Free Syrian Army units said they had reached the
** village", parsed with "backed" the subject (nsubj) of "said", "Turkish"
** its subject and the units its object (the dense parser's shape of what
** repair_name_participle mends): a verb is no nominal subject; a past
** participle of affiliation or sponsorship (that repair's list) hung so
** on a later finite verb, with a name as its subject before it and its
** object right after it (a name, or a common noun when "the" opens the
** whole, hung on the name or on the participle), is a modifier (amod) of
** that object, which is the later verb's
** subject; the first name is the participle's phrase.  No event of
** support is coded. */
static void repair_name_participle_subject(sima_syntax *y, uint32_t first,
                                           uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t v = first + 1; v + 2 < end; v++) {
    int32_t r = y[v].head;
    if (deprel_base(y[v].deprel) != SIMA_DEP_NSUBJ ||
        y[v].upos != SIMA_UPOS_VERB ||
        (y[v].xpos != SIMA_XPOS_VBD && y[v].xpos != SIMA_XPOS_VBN) ||
        !y[v].lemma || !sponsor_participle(y[v].lemma) || r <= (int32_t)v ||
        r >= (int32_t)end || y[r].upos != SIMA_UPOS_VERB ||
        (y[r].xpos != SIMA_XPOS_VBZ && y[r].xpos != SIMA_XPOS_VBD &&
         y[r].xpos != SIMA_XPOS_VBP) ||
        dep_of(y, first, end, v, SIMA_DEP_AUX) >= 0)
      continue;
    int32_t s = dep_of(y, first, v, v, SIMA_DEP_NSUBJ);
    int32_t o = dep_of(y, v + 1, (uint32_t)r, v, SIMA_DEP_OBJ);
    if (s < 0 || o < 0 || y[s].upos != SIMA_UPOS_PROPN ||
        (y[o].upos != SIMA_UPOS_PROPN &&
         !(y[o].upos == SIMA_UPOS_NOUN && s > (int32_t)first &&
           (y[s - 1].head == s || y[s - 1].head == (int32_t)v) &&
           y[s - 1].deprel == SIMA_DEP_DET && y[s - 1].lemma &&
           !sima_casecmp(y[s - 1].lemma, "the"))))
      continue;
    int other = 0; /* another subject of r */
    for (uint32_t k = first; k < end && !other; k++)
      other = k != v && y[k].head == r &&
              (deprel_base(y[k].deprel) == SIMA_DEP_NSUBJ ||
               deprel_base(y[k].deprel) == SIMA_DEP_EXPL);
    if (other)
      continue;
    for (uint32_t k = first; k < end; k++) {
      if ((int32_t)k == s || (int32_t)k == o)
        continue;
      if ((y[k].head == s || y[k].head == (int32_t)v) &&
          y[k].deprel == SIMA_DEP_DET)
        y[k].head = o; /* ("The" opens the whole phrase) */
      else if (y[k].head == (int32_t)v && k < (uint32_t)s)
        y[k].head = r; /* ("On Monday" is the real verb's) */
    }
    y[o].head = r;
    y[o].deprel = SIMA_DEP_NSUBJ;
    y[v].head = o;
    y[v].deprel = SIMA_DEP_AMOD;
    y[v].upos = SIMA_UPOS_ADJ;
    y[v].xpos = SIMA_XPOS_VBN;
    y[s].head = (int32_t)v;
    y[s].deprel = SIMA_DEP_OBL;
  }
}

/* RULE C-REPAIR (possessive after a preposition): a verb has one direct
** object.  "murdered the brother of the head of Paraguay's largest
** union", parsed with "of" the case of "Paraguay" and "union" a
** second object of the verb (Paraguay its possessor): a later object (or
** an oblique with no case of its own) whose
** possessor (a name or noun with the possessive mark) has a preposition of
** its own before it, right after a noun inside the first object's phrase,
** is that noun's modifier (nmod), the preposition its case.  So the
** union is no victim; "ran a ring in Buenos Aires' largest slum"
** alike (repair.c `repair_poss_prep`). */
static void repair_poss_prep(sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t o2 = first; o2 < end; o2++) {
    int32_t v = y[o2].head;
    if ((y[o2].deprel != SIMA_DEP_OBJ &&
         deprel_base(y[o2].deprel) != SIMA_DEP_OBL) ||
        v < (int32_t)first || v >= (int32_t)end)
      continue;
    /* (an oblique with no case of its own: the possessor took it) */
    int own = 0;
    for (uint32_t k = first; k < end && !own; k++)
      if (y[k].head == (int32_t)o2 && y[k].deprel == SIMA_DEP_CASE)
        own = 1;
    if (own)
      continue;
    int32_t o1 = -1;
    for (uint32_t k = first; k < o2 && o1 < 0; k++)
      if (y[k].head == v && y[k].deprel == SIMA_DEP_OBJ)
        o1 = (int32_t)k;
    if (o1 < 0)
      continue;
    for (uint32_t p = (uint32_t)o1 + 1; p < o2; p++) {
      if (y[p].head != (int32_t)o2 || y[p].deprel != SIMA_DEP_NMOD_POSS)
        continue;
      int32_t cs = -1, pos = -1;
      for (uint32_t k = (uint32_t)o1 + 1; k < o2; k++) {
        if (y[k].head != (int32_t)p)
          continue;
        if (y[k].xpos == SIMA_XPOS_POS)
          pos = (int32_t)k;
        else if (k < p && y[k].deprel == SIMA_DEP_CASE &&
                 y[k].upos == SIMA_UPOS_ADP && cs < 0)
          cs = (int32_t)k;
      }
      if (cs < 1 || pos < 0 || cs - 1 < (int32_t)first)
        continue;
      int32_t n = cs - 1; /* the noun the phrase belongs to */
      if ((y[n].upos != SIMA_UPOS_NOUN && y[n].upos != SIMA_UPOS_PROPN) ||
          !descends(y, first, end, n, o1))
        continue;
      y[o2].head = n;
      y[o2].deprel = SIMA_DEP_NMOD;
      y[cs].head = (int32_t)o2;
      break;
    }
  }
}

#define WRAP(name, reads_doc) WRAP_##reads_doc(name)
#define WRAP_0(name)                                                           \
  static void run_##name(const sima_doc *doc, sima_syntax *y, uint32_t f,      \
                         uint32_t n) {                                         \
    (void)doc;                                                                 \
    repair_##name(y, f, n);                                                    \
  }
#define WRAP_1(name)                                                           \
  static void run_##name(const sima_doc *doc, sima_syntax *y, uint32_t f,      \
                         uint32_t n) {                                         \
    repair_##name(doc, y, f, n);                                               \
  }
REPAIRS(WRAP)
#undef WRAP
#undef WRAP_0
#undef WRAP_1

static const struct {
  const char *name;
  void (*run)(const sima_doc *, sima_syntax *, uint32_t, uint32_t);
} repairs[] = {
#define ENTRY(name, reads_doc) {#name, run_##name},
    REPAIRS(ENTRY)
#undef ENTRY
};

#define NREPAIRS (sizeof repairs / sizeof repairs[0])

/* Gates: what a repair needs of a sentence before it can change anything
** there (repair_need), so that repair_sentence skips it elsewhere (the
** same as running it).  Two kinds of need:
**  - words (GATE_X): a repair that looks for one word changes nothing in
**    a sentence with no word X.  For each, every write of every loop
**    comes after the loop found a token of the sentence with that lemma
**    (or dash token), nothing is written outside the loops, and the
**    repair itself changes nothing its gate reads (no lemma);
**  - relations and tags (deps, deps2, xpos, upos): every write of the
**    repair comes after it found a token related (or tagged) as one of
**    the listed ones, e.g. an appos for a repair that moves appositions.
** A sentence meets a need when it has one of each list given (an empty
** list asks nothing).  The gates are computed again after any repair
** that changed the sentence (a repair may add the relation another one
** needs).  repair_check_gates runs each gated repair where its need is
** not met: test_pipeline on every sentence of the spec examples, the
** golden articles and the bundled examples, tools/gatecheck on a corpus
** (InSight Crime and the Guardian sample: none changes a sentence). */
enum {
  GATE_TIME = 1,   /* is_time_word: time compound (its time_that too),
                   ** weekday verb, time phrase, time subject, time clause */
  GATE_THAN = 2,   /* "than": more than */
  GATE_UP = 4,     /* "up": up to */
  GATE_WHOSE = 8,  /* "whose": whose subjects */
  GATE_WHICH = 16, /* "which" or "whom": prep which noun, comma which */
  GATE_SEMI = 64,  /* ";": semicolon subject, semicolon two subjects */
  GATE_INCLUDE = 128, /* "including" or "include": including subject */
  GATE_DASH = 256, /* a dash token (doc->tokens): dash relative */
  GATE_BORDER = 512, /* "border", "boundary" or "frontier": border with */
  GATE_THAT = 1024,  /* "that": content mark, that after verb, content
                     ** clause */
  GATE_FOR = 2048,   /* "for": for to subject, subject for */
  GATE_TIMES = 4096,  /* "time": times object */
  GATE_BACK = 8192,   /* "back", "away" or "home": return adverb */
  GATE_GIVE = 65536,  /* extend, give, grant, hand, offer, provide:
                      ** recipient of */
  GATE_BY = 131072,   /* "by": nominal agent */
  GATE_CASE = 262144, /* "case": in case */
  GATE_SUB = 524288,  /* "after", "before", "since", "until": sub case,
                      ** subordinate subject */
};
enum {
#define INDEX(name, reads_doc) REPAIR_INDEX_##name,
  REPAIRS(INDEX)
#undef INDEX
};
/* What repair i needs of a sentence (the gates above); all zero: none. */
typedef struct repair_need {
  unsigned words; /* GATE_* bits: one of these words (0: none needed) */
  uint64_t deps;  /* DEP() bits: a token related as one of these */
  uint64_t deps2; /* and one related as one of these too */
  uint64_t xpos;  /* XPOS() bits: a token tagged one of these */
  uint32_t upos;  /* UPOS() bits: a token tagged one of these */
} repair_need;
#define DEP(d) (1ULL << SIMA_DEP_##d)
#define XPOS(x) (1ULL << SIMA_XPOS_##x)
#define UPOS(u) (1u << SIMA_UPOS_##u)
/* every subtype of nsubj, obj...: DEP(NSUBJ) | DEP(NSUBJ_PASS) ... */
#define DEPS_NSUBJ (DEP(NSUBJ) | DEP(NSUBJ_OUTER) | DEP(NSUBJ_PASS))
#define DEPS_CSUBJ (DEP(CSUBJ) | DEP(CSUBJ_OUTER) | DEP(CSUBJ_PASS))
#define DEPS_ACL (DEP(ACL) | DEP(ACL_RELCL))
#define DEPS_ADVCL (DEP(ADVCL) | DEP(ADVCL_RELCL))
#define DEPS_OBL (DEP(OBL) | DEP(OBL_AGENT) | DEP(OBL_UNMARKED) | DEP(OBL_TMOD) | DEP(OBL_NPMOD))
#define DEPS_NMOD                                                              \
  (DEP(NMOD) | DEP(NMOD_DESC) | DEP(NMOD_POSS) | DEP(NMOD_UNMARKED) |           \
   DEP(NMOD_TMOD) | DEP(NMOD_NPMOD))
#define DEPS_AUX (DEP(AUX) | DEP(AUX_PASS))
#define DEPS_COMPOUND (DEP(COMPOUND) | DEP(COMPOUND_PRT) | DEP(COMPOUND_LVC))
#define DEPS_DET (DEP(DET) | DEP(DET_PREDET) | DEP(DET_POSS))
#define DEPS_FLAT (DEP(FLAT) | DEP(FLAT_FOREIGN))
#define DEPS_CC (DEP(CC) | DEP(CC_PRECONJ))
_Static_assert(SIMA_NDEP <= 64 && SIMA_NXPOS <= 64 && SIMA_NUPOS <= 32,
               "a repair_need list is one word of bits");

static const repair_need repair_needs[NREPAIRS] = {
    [REPAIR_INDEX_time_compound] = {.words = GATE_TIME,
                                    .deps = DEP(COMPOUND) | DEP(OBL_UNMARKED) |
                                            DEP(OBL_TMOD) | DEP(OBL_NPMOD)},
    [REPAIR_INDEX_weekday_verb] = {.words = GATE_TIME,
                                   .deps = DEP(AMOD) | DEP(COMPOUND),
                                   .deps2 = DEPS_NMOD,
                                   .xpos = XPOS(VBD) | XPOS(VBN)},
    [REPAIR_INDEX_time_phrase] = {.words = GATE_TIME, .deps = DEPS_OBL},
    [REPAIR_INDEX_time_subject] = {.words = GATE_TIME},
    [REPAIR_INDEX_time_clause] = {.words = GATE_TIME,
                                  .deps = DEPS_NMOD | DEP(CCOMP) | DEP(ACL)},
    [REPAIR_INDEX_more_than] = {.words = GATE_THAN, .upos = UPOS(NUM)},
    [REPAIR_INDEX_up_to] = {.words = GATE_UP,
                            .deps = DEPS_OBL,
                            .upos = UPOS(NUM)},
    [REPAIR_INDEX_whose_subjects] = {.words = GATE_WHOSE,
                                     .deps = DEP(CONJ) | DEP(CCOMP)},
    [REPAIR_INDEX_prep_which_noun] = {.words = GATE_WHICH},
    [REPAIR_INDEX_comma_which] = {.words = GATE_WHICH,
                                  .deps = DEPS_OBL,
                                  .deps2 = DEP(CCOMP) | DEP(PARATAXIS) |
                                           DEP(CONJ)},
    [REPAIR_INDEX_poss_prep] = {.deps = DEP(NMOD_POSS), .xpos = XPOS(POS)},
    [REPAIR_INDEX_stray_possessive] = {.xpos = XPOS(POS)},
    [REPAIR_INDEX_semicolon_subject] = {.words = GATE_SEMI},
    [REPAIR_INDEX_semicolon_two_subjects] = {.words = GATE_SEMI},
    [REPAIR_INDEX_including_subject] = {.words = GATE_INCLUDE,
                                        .deps = DEP(ACL_RELCL)},
    [REPAIR_INDEX_dash_relative] = {.words = GATE_DASH},
    [REPAIR_INDEX_border_with] = {.words = GATE_BORDER,
                                  .deps = DEPS_NMOD | DEPS_OBL},
    [REPAIR_INDEX_content_mark] = {.words = GATE_THAT,
                                   .deps = DEP(MARK),
                                   .deps2 = DEPS_ACL | DEPS_ADVCL | DEP(CCOMP) |
                                            DEP(PARATAXIS) | DEP(COMPOUND)},
    [REPAIR_INDEX_poss_object] = {.deps = DEP(APPOS), .xpos = XPOS(POS)},
    [REPAIR_INDEX_for_to_subject] = {.words = GATE_FOR,
                                     .deps = DEPS_ACL | DEPS_ADVCL,
                                     .deps2 = DEP(MARK),
                                     .upos = UPOS(ADJ)},
    [REPAIR_INDEX_times_object] = {.words = GATE_TIMES,
                                   .deps = DEP(NUMMOD),
                                   .deps2 = DEP(COMPOUND)},
    [REPAIR_INDEX_return_adverb] = {.words = GATE_BACK, .deps = DEP(ADVMOD)},
    [REPAIR_INDEX_that_after_verb] = {.words = GATE_THAT,
                                      .deps = DEP(ADVCL),
                                      .deps2 = DEP(MARK)},
    [REPAIR_INDEX_perceived_gerund] = {.deps = DEP(ADVCL) | DEP(AMOD),
                                       .xpos = XPOS(VBG)},
    /* (it also needs a conj, which a cc nearly always comes with) */
    [REPAIR_INDEX_bare_conj] = {.deps = DEP(CC),
                                .deps2 = DEP(CCOMP) | DEP(XCOMP),
                                .xpos = XPOS(VBD)},
    [REPAIR_INDEX_recipient_of] = {.words = GATE_GIVE, .deps = DEPS_NMOD},
    [REPAIR_INDEX_that_content] = {.words = GATE_THAT,
                                   .deps = DEP(ACL_RELCL) | DEPS_NMOD},
    [REPAIR_INDEX_nominal_agent] = {.words = GATE_BY,
                                    .deps = DEPS_NMOD,
                                    .deps2 = DEPS_OBL},
    [REPAIR_INDEX_in_case] = {.words = GATE_CASE},
    [REPAIR_INDEX_sub_case] = {.words = GATE_SUB, .deps = DEPS_OBL},
    [REPAIR_INDEX_subordinate_subject] = {.words = GATE_SUB},
    /* relations and tags only (in REPAIRS order) */
    [REPAIR_INDEX_heading] = {.upos = UPOS(PROPN)},
    [REPAIR_INDEX_present_verb] = {.deps = DEPS_AUX,
                                   .xpos = XPOS(VBN) | XPOS(VBD)},
    [REPAIR_INDEX_adj_root] = {.deps = DEP(ADVCL) | DEP(ACL) | DEP(CCOMP) |
                                       DEP(PARATAXIS),
                               .deps2 = DEP(COMPOUND) | DEP(NSUBJ),
                               .upos = UPOS(ADJ)},
    [REPAIR_INDEX_verdict_predicate] = {.deps = DEP(IOBJ) | DEP(COMPOUND),
                                        .deps2 = DEP(OBJ)},
    [REPAIR_INDEX_paren_subject] = {.deps = DEPS_NSUBJ, .xpos = XPOS(LRB)},
    [REPAIR_INDEX_comma_participle] = {.deps = DEPS_NSUBJ | DEP(ACL),
                                       .xpos = XPOS(VBD) | XPOS(VBN)},
    [REPAIR_INDEX_comma_participle_late] = {.deps = DEP(PARATAXIS) |
                                                    DEPS_ADVCL | DEP(CCOMP),
                                            .deps2 = DEPS_NSUBJ,
                                            .xpos = XPOS(VBD) | XPOS(VBN)},
    [REPAIR_INDEX_false_gerund] = {.deps = DEP(ACL),
                                   .deps2 = DEP(OBJ),
                                   .xpos = XPOS(VBG),
                                   .upos = UPOS(PROPN)},
    [REPAIR_INDEX_compound_gerund] = {.deps = DEP(OBJ), .xpos = XPOS(VBG)},
    [REPAIR_INDEX_prep_head] = {.deps = DEP(CONJ), .deps2 = DEPS_NMOD},
    [REPAIR_INDEX_compound_verb] = {.deps = DEP(COMPOUND), .deps2 = DEP(NSUBJ)},
    [REPAIR_INDEX_name_participle] = {.deps = DEP(PARATAXIS) | DEP(CONJ) |
                                              DEP(ADVCL_RELCL) |
                                              DEP(ACL_RELCL) | DEP(CCOMP),
                                      .deps2 = DEP(NSUBJ),
                                      .xpos = XPOS(VBD) | XPOS(VBN),
                                      .upos = UPOS(PROPN)},
    [REPAIR_INDEX_adj_object] = {.deps = DEP(XCOMP), .xpos = XPOS(JJ)},
    [REPAIR_INDEX_adj_series_object] = {.deps = DEP(XCOMP),
                                        .deps2 = DEP(CONJ),
                                        .xpos = XPOS(JJ)},
    [REPAIR_INDEX_content_clause] = {.words = GATE_THAT,
                                     .deps = DEP(ACL_RELCL),
                                     .deps2 = DEP(OBJ) | DEPS_NSUBJ},
    [REPAIR_INDEX_content_object] = {.deps = DEP(CCOMP), .deps2 = DEP(MARK)},
    [REPAIR_INDEX_content_verb] = {.deps = DEP(XCOMP),
                                   .deps2 = DEP(CCOMP),
                                   .xpos = XPOS(VB)},
    [REPAIR_INDEX_coord_nationality] = {.upos = UPOS(CCONJ)},
    [REPAIR_INDEX_place_conj] = {.deps = DEP(CONJ),
                                 .deps2 = DEPS_NMOD | DEPS_OBL,
                                 .upos = UPOS(PROPN)},
    [REPAIR_INDEX_name_conj_verb] = {.deps = DEP(CONJ), .upos = UPOS(PROPN)},
    [REPAIR_INDEX_from_gerund_result] = {.deps = DEPS_ADVCL,
                                         .deps2 = DEP(ADVCL) | DEP(CONJ),
                                         .xpos = XPOS(VBG)},
    [REPAIR_INDEX_main_after_sub] = {.deps = DEP(CONJ), .deps2 = DEP(OBJ)},
    [REPAIR_INDEX_noun_particle] = {.deps = DEP(CONJ),
                                    .deps2 = DEP(COMPOUND_PRT),
                                    .xpos = XPOS(NNS)},
    [REPAIR_INDEX_vocative] = {.deps = DEP(VOCATIVE)},
    [REPAIR_INDEX_lone_iobj] = {.deps = DEP(IOBJ)},
    [REPAIR_INDEX_det_verb] = {.deps = DEP(XCOMP) | DEP(CCOMP)},
    [REPAIR_INDEX_noun_as_verb] = {.deps = DEP(CCOMP),
                                   .xpos = XPOS(VBZ) | XPOS(VBP)},
    [REPAIR_INDEX_verbless] = {.deps = DEPS_ACL | DEP(XCOMP),
                               .deps2 = DEP(MARK),
                               .xpos = XPOS(NNS)},
    [REPAIR_INDEX_noun_root_predicate] = {.deps = DEPS_ACL},
    [REPAIR_INDEX_noun_case] = {.deps = DEP(CASE),
                                .xpos = XPOS(VBD) | XPOS(VBN)},
    [REPAIR_INDEX_reduced_relative] = {.deps = DEP(PARATAXIS) | DEP(CONJ),
                                       .deps2 = DEP(OBJ),
                                       .xpos = XPOS(VBD) | XPOS(VBN)},
    [REPAIR_INDEX_object_participle] = {.deps = DEP(CCOMP),
                                        .xpos = XPOS(VBD) | XPOS(VBN)},
    [REPAIR_INDEX_headline_participle] = {.deps = DEP(AMOD), .xpos = XPOS(VBN)},
    [REPAIR_INDEX_sibling_participle] = {.deps = DEP(CCOMP) | DEP(CONJ),
                                         .xpos = XPOS(VBD) | XPOS(VBN)},
    [REPAIR_INDEX_place_split] = {.deps = DEP(AMOD),
                                  .deps2 = DEP(COMPOUND),
                                  .xpos = XPOS(VBN),
                                  .upos = UPOS(PROPN)},
    [REPAIR_INDEX_parse] = {.deps = DEP(AMOD),
                            .xpos = XPOS(VBD) | XPOS(VBZ) | XPOS(VBP) |
                                    XPOS(VBN)},
    [REPAIR_INDEX_neighboring] = {.deps = DEPS_ACL | DEPS_ADVCL,
                                  .deps2 = DEP(OBJ),
                                  .xpos = XPOS(VBG)},
    [REPAIR_INDEX_adv_case] = {.deps = DEP(ADVMOD),
                               .deps2 = DEPS_OBL,
                               .upos = UPOS(ADV)},
    [REPAIR_INDEX_compound_case] = {.deps = DEP(COMPOUND), .deps2 = DEPS_NMOD},
    [REPAIR_INDEX_title_name] = {.upos = UPOS(PROPN)},
    [REPAIR_INDEX_adj_on_verb] = {.deps = DEP(AMOD),
                                  .deps2 = DEP(CONJ),
                                  .upos = UPOS(PROPN)},
    [REPAIR_INDEX_root_name_subject] = {.deps = DEP(APPOS) | DEP(PARATAXIS) |
                                                DEP(DEP),
                                        .upos = UPOS(PROPN)},
    [REPAIR_INDEX_prep_root] = {.deps = DEP(ACL), .deps2 = DEP(APPOS)},
    [REPAIR_INDEX_number_noun] = {.deps = DEP(OBL) | DEP(OBL_UNMARKED),
                                  .upos = UPOS(NUM)},
    [REPAIR_INDEX_aspect_gerund] = {.deps = DEP(ADVCL), .xpos = XPOS(VBG)},
    [REPAIR_INDEX_cased_subject] = {.deps = DEPS_ADVCL | DEP(CCOMP) |
                                            DEP(CONJ) | DEP(PARATAXIS),
                                    .xpos = XPOS(VBN) | XPOS(VBD)},
    [REPAIR_INDEX_comma_appos] = {.upos = UPOS(PROPN)},
    [REPAIR_INDEX_agent_participle] = {.deps = DEP(XCOMP),
                                       .deps2 = DEP(OBL_AGENT),
                                       .xpos = XPOS(VBN)},
    [REPAIR_INDEX_noun_subject_verb] = {.deps = DEP(AMOD),
                                        .xpos = XPOS(VBD) | XPOS(VBN)},
    [REPAIR_INDEX_time_of] = {.deps = DEP(OBL_UNMARKED) | DEP(OBL_TMOD) |
                                      DEP(NMOD_TMOD) | DEP(NMOD_UNMARKED),
                              .deps2 = DEP(NMOD)},
    [REPAIR_INDEX_poss_conj] = {.deps = DEP(CONJ), .xpos = XPOS(POS)},
    [REPAIR_INDEX_to_subject] = {.deps = DEP(MARK), .upos = UPOS(PART)},
    [REPAIR_INDEX_ing_adjective] = {.deps =
                                        DEP(XCOMP) | DEPS_ADVCL | DEP(CCOMP),
                                    .xpos = XPOS(VBG)},
    [REPAIR_INDEX_cond_clause] = {.deps = DEPS_ADVCL | DEPS_ACL,
                                  .deps2 = DEP(MARK)},
    [REPAIR_INDEX_agent_paren] = {.deps = DEPS_OBL,
                                  .deps2 = DEP(AUX_PASS) | DEP(NSUBJ_PASS)},
    [REPAIR_INDEX_to_hand] = {.deps = DEPS_OBL},
    [REPAIR_INDEX_clause_conj] = {.deps = DEP(CCOMP) | DEP(PARATAXIS),
                                  .deps2 = DEP(CC)},
    [REPAIR_INDEX_appos_subject] = {.deps = DEP(OBL_UNMARKED),
                                    .upos = UPOS(PROPN)},
    [REPAIR_INDEX_active_subject] = {.deps = DEP(NSUBJ_PASS)},
    [REPAIR_INDEX_subject_for] = {.words = GATE_FOR, .deps = DEPS_OBL},
    [REPAIR_INDEX_infinitive_object] = {.deps = DEP(ACL),
                                        .deps2 = DEP(MARK),
                                        .xpos = XPOS(VB)},
    [REPAIR_INDEX_passive_subject] = {.deps = DEP(AUX_PASS), .xpos = XPOS(VBN)},
    [REPAIR_INDEX_crowd_gerund] = {.deps = DEP(ADVCL), .xpos = XPOS(VBG)},
    [REPAIR_INDEX_suspect_xcomp] = {.deps = DEP(XCOMP), .xpos = XPOS(VBN)},
    [REPAIR_INDEX_of_name] = {.deps = DEPS_ACL,
                              .deps2 = DEP(MARK),
                              .upos = UPOS(PROPN)},
    [REPAIR_INDEX_reported_subject] = {.deps = DEPS_ACL | DEP(GOESWITH)},
    [REPAIR_INDEX_bare_reported] = {.deps = DEP(CCOMP)},
    [REPAIR_INDEX_subject_participle] = {.deps = DEP(AMOD)},
    [REPAIR_INDEX_participle] = {.deps = DEP(ACL),
                                 .xpos = XPOS(VBN) | XPOS(VBD)},
    [REPAIR_INDEX_received_gerund] = {.deps = DEP(XCOMP), .xpos = XPOS(VBG)},
    [REPAIR_INDEX_series_conj] = {.deps = DEP(CONJ)},
    [REPAIR_INDEX_conj_nearest] = {.deps = DEP(CONJ), .upos = UPOS(CCONJ)},
    [REPAIR_INDEX_gerund_conj] =
        {.deps = DEP(CONJ), .deps2 = DEP(XCOMP), .xpos = XPOS(VBG)},
    [REPAIR_INDEX_control] = {.deps = DEP(ACL), .deps2 = DEP(MARK)},
    [REPAIR_INDEX_control_conj] = {.deps = DEP(ACL), .deps2 = DEP(CONJ)},
    [REPAIR_INDEX_control_relcl] =
        {.deps = DEPS_ADVCL | DEP(PARATAXIS), .deps2 = DEP(MARK)},
    [REPAIR_INDEX_fronted_subject] = {.deps = DEPS_OBL, .deps2 = DEP(OBJ)},
    [REPAIR_INDEX_coord_subject] = {.deps = DEP(CC)},
    [REPAIR_INDEX_coord_modifier] = {.deps = DEP(CC), .deps2 = DEP(COMPOUND)},
    [REPAIR_INDEX_inverted_were] =
        {.deps = DEP(ACL), .deps2 = DEP(MARK), .xpos = XPOS(VB)},
    [REPAIR_INDEX_bare_past_root] =
        {.deps = DEP(NSUBJ_PASS), .deps2 = DEPS_OBL, .xpos = XPOS(VBN)},
    [REPAIR_INDEX_there_clause] = {.deps = DEP(EXPL), .deps2 = DEP(APPOS)},
    [REPAIR_INDEX_appos_conj] = {.deps = DEP(APPOS), .upos = UPOS(CCONJ)},
    [REPAIR_INDEX_coord_modifiers] =
        {.deps = DEP(CC), .deps2 = DEP(AMOD), .upos = UPOS(ADJ)},
    [REPAIR_INDEX_nmod_conj] = {.deps = DEP(NMOD), .upos = UPOS(CCONJ)},
    [REPAIR_INDEX_accused_gerund] = {.deps = DEP(AMOD), .xpos = XPOS(VBG)},
    [REPAIR_INDEX_subject_tail] = {.deps = DEP(NMOD)},
    [REPAIR_INDEX_gerund_object] =
        {.deps = DEP(CCOMP) | DEP(ADVCL), .xpos = XPOS(VBG)},
    [REPAIR_INDEX_object_gerund] = {.deps = DEP(ADVCL), .xpos = XPOS(VBG)},
    [REPAIR_INDEX_clause_subject_phrase] =
        {.deps = DEP(CCOMP) | DEP(ADVCL), .deps2 = DEP(OBJ), .upos = UPOS(AUX)},
    [REPAIR_INDEX_to_infinitive] = {.deps = DEPS_OBL, .xpos = XPOS(VB)},
    [REPAIR_INDEX_send_goal] = {.deps = DEPS_NMOD, .deps2 = DEP(OBJ)},
    [REPAIR_INDEX_verb_conj_name] = {.deps = DEP(CONJ), .deps2 = DEP(CC)},
    [REPAIR_INDEX_day_gerund] = {.deps = DEP(ACL), .xpos = XPOS(VBG)},
    [REPAIR_INDEX_ready_to] = {.deps = DEP(EXPL), .deps2 = DEPS_CSUBJ},
    [REPAIR_INDEX_intj_verb] = {.upos = UPOS(INTJ)},
    [REPAIR_INDEX_reported_phrase] = {.deps = DEP(CCOMP) | DEP(PARATAXIS)},
    [REPAIR_INDEX_number_object] =
        {.deps = DEP(NUMMOD) | DEP(OBJ), .upos = UPOS(NUM)},
    [REPAIR_INDEX_noun_conj_verb] = {.deps = DEP(CONJ), .deps2 = DEP(CC)},
    [REPAIR_INDEX_participle_conj_noun] =
        {.deps = DEP(CONJ), .deps2 = DEP(AMOD), .xpos = XPOS(VBD),
         .upos = UPOS(CCONJ)},
    [REPAIR_INDEX_object_conj_clause] =
        {.deps = DEP(XCOMP) | DEP(CCOMP) | DEPS_ADVCL, .deps2 = DEP(CONJ)},
    [REPAIR_INDEX_by_mark] = {.deps = DEP(MARK), .xpos = XPOS(VB)},
    [REPAIR_INDEX_will_clause] =
        {.deps = DEPS_ADVCL | DEP(XCOMP), .deps2 = DEP(MARK), .xpos = XPOS(VB)},
    [REPAIR_INDEX_will_clause_far] = {.deps = DEPS_ADVCL | DEP(XCOMP),
                                      .deps2 = DEP(MARK),
                                      .xpos = XPOS(VB)},
    [REPAIR_INDEX_people_gerund] = {.deps = DEPS_ADVCL,
                                    .deps2 = DEP(MARK),
                                    .xpos = XPOS(VBG)},
    [REPAIR_INDEX_adj_noun_subject] = {.deps = DEP(CONJ),
                                       .deps2 = DEP(NSUBJ),
                                       .upos = UPOS(PROPN)},
    [REPAIR_INDEX_preconj_verb] = {.deps = DEP(CC), .deps2 = DEP(CONJ)},
    [REPAIR_INDEX_correlative_verb] = {.deps = DEP(CC), .deps2 = DEP(CONJ)},
    [REPAIR_INDEX_side_participle_clause] = {.deps = DEP(CCOMP),
                                             .deps2 = DEPS_ADVCL | DEPS_ACL,
                                             .xpos = XPOS(VBG)},
    [REPAIR_INDEX_name_verb] = {.deps = DEP(AMOD),
                                .xpos = XPOS(VBD) | XPOS(VBN),
                                .upos = UPOS(PROPN)},
    [REPAIR_INDEX_noun_series] = {.deps = DEP(CONJ), .deps2 = DEP(CC)},
    [REPAIR_INDEX_told_that] = {.deps = DEP(ACL_RELCL) | DEP(CCOMP),
                                .deps2 = DEP(OBJ) | DEP(IOBJ)},
    [REPAIR_INDEX_according_noun] = {.deps = DEP(CASE), .xpos = XPOS(COMMA)},
    [REPAIR_INDEX_place_with] = {.deps = DEPS_NMOD,
                                 .deps2 = DEP(OBL),
                                 .upos = UPOS(PROPN)},
    [REPAIR_INDEX_ccomp_subject] = {.deps = DEP(CCOMP),
                                    .deps2 = DEP(OBJ),
                                    .upos = UPOS(AUX)},
    [REPAIR_INDEX_agent_adverb] = {.deps = DEP(OBL_AGENT), .upos = UPOS(ADV)},
    [REPAIR_INDEX_noun_object_second] = {.deps = DEP(OBJ), .xpos = XPOS(VB)},
    [REPAIR_INDEX_purpose_on_subject] = {.deps = DEPS_ACL, .deps2 = DEP(MARK)},
    [REPAIR_INDEX_object_control] = {.deps = DEP(CCOMP),
                                     .deps2 = DEP(MARK),
                                     .xpos = XPOS(VB)},
    [REPAIR_INDEX_with_noun_gerund] = {.deps = DEPS_ACL,
                                       .deps2 = DEPS_OBL,
                                       .xpos = XPOS(VBG)},
    [REPAIR_INDEX_subject_gerund] = {.deps = DEPS_ADVCL,
                                     .deps2 = DEPS_NSUBJ,
                                     .xpos = XPOS(VBG)},
    [REPAIR_INDEX_that_on_name] = {.deps = DEP(ACL),
                                   .deps2 = DEP(MARK),
                                   .upos = UPOS(SCONJ)},
    [REPAIR_INDEX_trailing_gerund] = {.deps = DEP(ACL), .xpos = XPOS(VBG)},
    [REPAIR_INDEX_trailing_speech] = {.deps = DEP(CCOMP),
                                      .deps2 = DEPS_ADVCL | DEP(CONJ),
                                      .xpos = XPOS(VBG)},
    [REPAIR_INDEX_opening_appos_subject] = {.deps = DEP(APPOS),
                                            .deps2 = DEPS_OBL},
    [REPAIR_INDEX_set_aside_head] = {.deps = DEP(FIXED),
                                     .deps2 = DEP(CCOMP) | DEP(PARATAXIS)},
    [REPAIR_INDEX_content_verb_subject] = {.deps = DEP(CCOMP),
                                           .deps2 = DEP(MARK),
                                           .xpos = XPOS(VB)},
    [REPAIR_INDEX_appos_verb] = {.deps = DEP(APPOS), .deps2 = DEPS_NSUBJ},
    [REPAIR_INDEX_gerund_second_subject] = {.deps = DEPS_ACL,
                                            .deps2 = DEPS_NSUBJ,
                                            .xpos = XPOS(VBG)},
    [REPAIR_INDEX_count_participle_clause] = {.deps = DEP(CCOMP),
                                              .deps2 = DEP(OBJ),
                                              .xpos = XPOS(CD)},
    [REPAIR_INDEX_particle_object] = {.deps = DEP(COMPOUND_PRT),
                                      .deps2 = DEP(OBJ)},
    [REPAIR_INDEX_participle_noun_object] = {.deps = DEP(OBJ),
                                             .xpos = XPOS(VBN)},
    [REPAIR_INDEX_naming_call] = {.deps = DEP(OBJ),
                                  .xpos = XPOS(LQUOTE) | XPOS(RQUOTE)},
    [REPAIR_INDEX_name_participle_subject] = {.deps = DEP(OBJ),
                                              .deps2 = DEPS_NSUBJ,
                                              .xpos = XPOS(VBD) | XPOS(VBN),
                                              .upos = UPOS(PROPN)},
    [REPAIR_INDEX_with_absolute] = {.deps = DEPS_ADVCL,
                                    .deps2 = DEPS_OBL,
                                    .xpos = XPOS(VBG)},
    [REPAIR_INDEX_count_participle] = {.deps = DEP(OBJ), .xpos = XPOS(CD)},
    [REPAIR_INDEX_conj_object_subject] = {.deps = DEP(CONJ),
                                          .deps2 = DEP(OBJ),
                                          .xpos = XPOS(VBZ) | XPOS(VBP) |
                                                  XPOS(VBD)},
    [REPAIR_INDEX_subject_conj] = {.deps = DEP(CONJ), .deps2 = DEP(OBJ)},
    [REPAIR_INDEX_case_participle] = {.deps = DEP(OBJ),
                                      .deps2 = DEP(CASE),
                                      .xpos = XPOS(VBN) | XPOS(VBD)},
    [REPAIR_INDEX_opening_clause_root] = {.deps = DEP(CCOMP),
                                          .deps2 = DEP(MARK) | DEP(ADVMOD),
                                          .xpos = XPOS(COMMA)},
    [REPAIR_INDEX_marked_object_gerund] = {.deps = DEP(ACL),
                                           .deps2 = DEP(MARK),
                                           .xpos = XPOS(VBG)},
    [REPAIR_INDEX_mark_head] = {.deps = DEPS_NMOD | DEPS_OBL,
                                .xpos = XPOS(VBG),
                                .upos = UPOS(SCONJ)},
    [REPAIR_INDEX_case_modifier] = {.deps = DEP(COMPOUND) | DEP(NMOD_DESC),
                                    .deps2 = DEPS_OBL | DEPS_NMOD},

};

/* sentence_gates' word test: lemma l is word w (lower case), the second
** letters compared first (most lemmas differ there: the gates ask it of
** every token). */
static int lemma_is(const char *l, const char *w) {
  return sima_ascii_lower((unsigned char)l[1]) == w[1] && !sima_casecmp(l, w);
}

/* What a sentence offers the gates (repair_need): its words (GATE_*),
** relations and tags. */
typedef struct sentence_profile {
  unsigned words;
  uint64_t deps, xpos;
  uint32_t upos;
} sentence_profile;

/* Does sentence profile p meet need n? */
static int need_met(const repair_need *n, const sentence_profile *p) {
  return (!n->words || (n->words & p->words)) &&
         (!n->deps || (n->deps & p->deps)) &&
         (!n->deps2 || (n->deps2 & p->deps)) &&
         (!n->xpos || (n->xpos & p->xpos)) && (!n->upos || (n->upos & p->upos));
}

/* The gates (GATE_*) that sentence [first, first + count) of y opens: the
** words of them its tokens' lemmas are, its tags and token kinds; and its
** relations and tags. */
static sentence_profile sentence_gates(const sima_doc *doc,
                                       const sima_syntax *y, uint32_t first,
                                       uint32_t count) {
  unsigned g = 0;
  sentence_profile p = {0, 0, 0, 0};
  for (uint32_t k = first; k < first + count; k++) {
    if (y[k].deprel < 64)
      p.deps |= 1ULL << y[k].deprel;
    if (y[k].xpos < 64)
      p.xpos |= 1ULL << y[k].xpos;
    if (y[k].upos < 32)
      p.upos |= 1u << y[k].upos;
    if (k < doc->ntokens && doc->tokens[k].kind == SIMA_TOK_DASH)
      g |= GATE_DASH;
    const char *l = y[k].lemma;
    if (!l)
      continue;
    switch (sima_ascii_lower((unsigned char)l[0])) {
    case ';':
      if (!l[1])
        g |= GATE_SEMI;
      break;
    case 'a':
      if (lemma_is(l, "away"))
        g |= GATE_BACK;
      else if (lemma_is(l, "after"))
        g |= GATE_SUB;
      break;
    case 'e':
      if (lemma_is(l, "extend"))
        g |= GATE_GIVE;
      break;
    case 'g':
      if (lemma_is(l, "give") || lemma_is(l, "grant"))
        g |= GATE_GIVE;
      break;
    case 'o':
      if (lemma_is(l, "offer"))
        g |= GATE_GIVE;
      break;
    case 'p':
      if (lemma_is(l, "provide"))
        g |= GATE_GIVE;
      break;
    case 'b':
      if (lemma_is(l, "back"))
        g |= GATE_BACK;
      else if (lemma_is(l, "border") || lemma_is(l, "boundary"))
        g |= GATE_BORDER;
      else if (lemma_is(l, "by"))
        g |= GATE_BY;
      else if (lemma_is(l, "before"))
        g |= GATE_SUB;
      break;
    case 'c':
      if (lemma_is(l, "case"))
        g |= GATE_CASE;
      break;
    case 'f':
      if (lemma_is(l, "for"))
        g |= GATE_FOR;
      else if (lemma_is(l, "frontier"))
        g |= GATE_BORDER;
      break;
    case 'h':
      if (lemma_is(l, "home"))
        g |= GATE_BACK;
      else if (lemma_is(l, "hand"))
        g |= GATE_GIVE;
      break;
    case 'i':
      if (!sima_casecmp(l, "including") || !sima_casecmp(l, "include"))
        g |= GATE_INCLUDE;
      break;
    case 's':
      if (!sima_casecmp(l, "since"))
        g |= GATE_SUB;
      break;
    case 't':
      if (!sima_casecmp(l, "than"))
        g |= GATE_THAN;
      else if (lemma_is(l, "time"))
        g |= GATE_TIMES;
      else if (lemma_is(l, "that"))
        g |= GATE_THAT;
      break;
    case 'u':
      if (!sima_casecmp(l, "up"))
        g |= GATE_UP;
      else if (!sima_casecmp(l, "until"))
        g |= GATE_SUB;
      break;
    case 'w':
      if (!sima_casecmp(l, "whose"))
        g |= GATE_WHOSE;
      else if (!sima_casecmp(l, "which") || !sima_casecmp(l, "whom"))
        g |= GATE_WHICH;
      break;
    default:
      break;
    }
    if (is_time_word(l))
      g |= GATE_TIME;
  }
  p.words = g;
  return p;
}

int repair_check_gates(const sima_doc *doc, uint32_t first, uint32_t count) {
  if (!doc->syn || first > doc->ntokens || count > doc->ntokens - first)
    return 0;
  sentence_profile g = sentence_gates(doc, doc->syn, first, count);
  sima_syntax *y = malloc((doc->ntokens ? doc->ntokens : 1) * sizeof *y);
  if (!y)
    return 0;
  int bad = 0;
  for (unsigned i = 0; i < NREPAIRS && !bad; i++) {
    if (need_met(&repair_needs[i], &g))
      continue;
    memcpy(y, doc->syn, (size_t)doc->ntokens * sizeof *y);
    repairs[i].run(doc, y, first, count);
    bad = memcmp(y, doc->syn, (size_t)doc->ntokens * sizeof *y) != 0;
  }
  free(y);
  return bad ? -1 : 0;
}
_Static_assert(sizeof repairs / sizeof repairs[0] < REPAIR_REVERTED_BIT,
               "a sentence's fired repairs are a repair_set");

unsigned repair_count(void) { return (unsigned)NREPAIRS; }

const char *repair_name(unsigned i) {
  if (i == REPAIR_REVERTED_BIT)
    return "reverted";
  return i < NREPAIRS ? repairs[i].name : NULL;
}

/* A digest of what the repairs change: heads, relations, tags, lemmas. */
/* Whether a repair changed token k's analysis (head, tags, relation or
** lemma; `flags` is not the parse's). */
static int syn_differs(const sima_syntax *a, const sima_syntax *b) {
  return a->head != b->head || a->upos != b->upos || a->xpos != b->xpos ||
         a->deprel != b->deprel || a->lemma != b->lemma;
}

int repair_check_filters(void) {
  /* each DEPS_X list is the relation X with all its subtypes */
  static const struct {
    unsigned base;
    uint64_t deps;
  } lists[] = {{SIMA_DEP_NSUBJ, DEPS_NSUBJ}, {SIMA_DEP_CSUBJ, DEPS_CSUBJ},
               {SIMA_DEP_ACL, DEPS_ACL},     {SIMA_DEP_ADVCL, DEPS_ADVCL},
               {SIMA_DEP_OBL, DEPS_OBL},     {SIMA_DEP_NMOD, DEPS_NMOD},
               {SIMA_DEP_AUX, DEPS_AUX},     {SIMA_DEP_COMPOUND, DEPS_COMPOUND},
               {SIMA_DEP_DET, DEPS_DET},     {SIMA_DEP_FLAT, DEPS_FLAT},
               {SIMA_DEP_CC, DEPS_CC}};
  for (size_t i = 0; i < sizeof lists / sizeof *lists; i++)
    for (unsigned d = 0; d < SIMA_NDEP; d++)
      if (!!(lists[i].deps & (1ULL << d)) != (deprel_base(d) == lists[i].base))
        return -1;
  char w[32];
  for (size_t i = 0; i < sizeof time_words / sizeof *time_words; i++) {
    size_t n = strlen(time_words[i]);
    if (n >= sizeof w)
      return -1;
    for (int up = 0; up < 2; up++) { /* "monday", "MONDAY" */
      for (size_t k = 0; k <= n; k++)
        w[k] = up ? (char)toupper((unsigned char)time_words[i][k])
                  : time_words[i][k];
      if (!is_time_word(w))
        return -1;
    }
  }
  return 0;
}

int repair_is_tree(const sima_syntax *y, uint32_t first, uint32_t count) {
  uint32_t end = first + count;
  for (uint32_t k = first; k < end; k++) {
    int32_t x = y[k].head;
    uint32_t steps = 0;
    while (x >= 0) {
      if ((uint32_t)x < first || (uint32_t)x >= end || ++steps > count)
        return 0; /* outside the sentence, or a cycle */
      x = y[x].head;
    }
  }
  return 1;
}

repair_set repair_sentence(const sima_doc *doc, sima_syntax *y,
                           uint32_t first, uint32_t count) {
  repair_set fired = {{0}};
  int parsed = 0;
  for (uint32_t k = first; k < first + count && !parsed; k++)
    parsed = y[k].deprel != 0;
  if (!parsed) /* not a candidate sentence: the pipeline did not parse it */
    return fired;
  /* A repair fired when it changed the analysis: each one's result is
  ** compared with a copy of what it was given, and the copy follows only
  ** the tokens that changed. */
  sima_syntax stackbuf[256];
  sima_syntax *before = count <= 256 ? stackbuf : malloc(count * sizeof *y);
  int unknown = !before;
  if (unknown) { /* cannot tell which fired: run them all unrecorded */
    for (unsigned i = 0; i < NREPAIRS; i++)
      repairs[i].run(doc, y, first, count);
  } else {
    memcpy(before, y + first, count * sizeof *y);
    /* (a repair whose need the sentence does not meet is skipped: it
    ** would change nothing; repair_needs) */
    sentence_profile gates = sentence_gates(doc, y, first, count);
    for (unsigned i = 0; i < NREPAIRS; i++) {
      if (!need_met(&repair_needs[i], &gates))
        continue;
      repairs[i].run(doc, y, first, count);
      int changed = 0;
      if (memcmp(before, y + first, count * sizeof *y) == 0)
        continue; /* (most repairs change nothing: one fast compare) */
      for (uint32_t k = 0; k < count; k++)
        if (syn_differs(&before[k], &y[first + k])) {
          before[k] = y[first + k];
          changed = 1;
        }
      if (changed) {
        fired.w[i / 64] |= (uint64_t)1 << (i % 64);
        gates = sentence_gates(doc, y, first, count); /* (tags may change) */
      }
    }
    if (before != stackbuf)
      free(before);
  }
  if ((unknown || !repair_set_empty(&fired)) &&
      !repair_is_tree(y, first, count) &&
      doc->syn) {
    memcpy(y + first, doc->syn + first, count * sizeof *y);
    memset(&fired, 0, sizeof fired);
    fired.w[REPAIR_REVERTED_BIT / 64] = (uint64_t)1 << (REPAIR_REVERTED_BIT % 64);
  }
  return fired;
}
