/*
** actor.c — the actor recognizer: tokens -> sima_mention[] (doc->mentions).
**
** Runs after the tokenizer and sentence splitter (and uses the tagger's
** lemmas and tags when doc->syn is set).  Three passes over each document:
**
**   1. ATOMS: at each token, the longest dictionary phrase (trie.c) over
**      the folded words, trying each word's singular/lemma as well, with
**      the case rules of the entry ("US" needs capitals); an unknown
**      capitalised word one edit from a country or (after a title) a
**      person's name is a typo of it ("Afganistan", "President Gbago").
**   2. MENTIONS: atoms combine left to right:
**        Chinese  paratroopers          ADJ + AGENT            -> CHNMIL
**        Taiwan 's government           NAME 's AGENT          -> TWNGOV
**        Hungarian and Romanian officials  ADJ, ADJ + AGENT    -> HUN/ROU GOV
**        Iranian - backed militias      ADJ - backed AGENT     -> REB of the
**                                          place (A-BACKER-NOT-ACTOR)
**        Saudi - led forces             ADJ - led AGENT        -> SAUMIL
**        a spokesman at [the Chinese Embassy in the US]
**                                       AGENT at (ADJ+AGENT in NAME)
**                                       -> CHNGOV: the embassy absorbs the
**                                          place it is in; the spokesman
**                                          takes the embassy's code
**        Chinese President Xi Jinping   ADJ + TITLE + PERSON   -> person
**        Mr Xi / President Lai          short form after a title
**        the Zorgonian Liberation Front capitalised chunk + agent: uncoded
**   3. COREFERENCE: he/she/they, "the pair", "both sides", "the two
**      countries", and definite nominals ("the Chinese leader") point back
**      to earlier mentions (sima_mention.antecedent).
*/
#include "actor.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "utf8.h"
#include "words.h"

typedef struct tinfo {
  uint32_t w, w2;      /* word id of the folded token / its singular/lemma */
  uint32_t sent;       /* sentence index */
  uint8_t cap, allcap; /* starts with a capital / has no lower-case letter */
  uint8_t inner;       /* a capital after a lower-case letter ("LeT") */
  uint8_t word, lower; /* a word token / starts with a lower-case letter */
  uint8_t title_sent;  /* in a headline (title case is no evidence) */
  uint8_t stop;        /* is_stopword's memo: 0 not asked, 1 no, 2 yes */
} tinfo;

enum { A_COUNTRY = 1, A_ADJ, A_METONYM, A_ACTOR, A_SHORT, A_AGENT, A_NULL };

typedef struct atom {
  uint32_t first, count; /* token span */
  uint32_t node;         /* trie node where the phrase ends */
  uint32_t sense;        /* chosen sense */
  uint8_t kind;          /* A_* */
  uint8_t plural;        /* the last word matched through its singular */
} atom;

typedef struct mtmp {
  uint32_t first, count;
  char code[32];       /* "" for uncoded */
  uint32_t src1, src2; /* pool offsets of the entries used (0: none) */
  const char *note;    /* entry text for coreference mentions */
  char sector[8];      /* sector of a non-country code ("IGOUNO" + MIL) */
  uint32_t actor;      /* actor index, or UINT32_MAX */
  uint32_t sent;
  uint32_t order;
  int32_t antecedent;
  uint16_t how;
  uint8_t person; /* one human being */
  uint8_t bare;   /* code is a bare country */
  uint8_t generic; /* a generic agent alone ("units", A-GENERIC-BARE) */
  uint8_t period;  /* a group's period chosen by its agent (A-GROUP-PERIOD) */
  uint8_t guessed; /* a period guessed from the article (A-ORG-ARTICLE-PERIOD) */
} mtmp;

typedef struct ctx {
  const sima_dict *d;
  sima_doc *doc;
  uint32_t ymd; /* document date, 0 unknown */
  tinfo *ti;
  atom *at;
  uint32_t nat, capat;
  mtmp *m;
  uint32_t nm, capm;
  uint8_t *seen;     /* per actor, a bit: its full name occurred */
  uint32_t *forms;   /* form_count's table: token index + 1, 0 empty */
  uint8_t *nforms;   /* its counts, at most 2 */
  uint32_t capforms; /* its size, a power of two; 0 not built */
  int oom;
} ctx;

#define NOACTOR UINT32_MAX

/* The bit of `seen` for actor a: a bit, not a byte, so that the array
** cleared for each document is an eighth of the dictionary's actors. */
static int seen_get(const ctx *c, uint32_t a) {
  return c->seen[a >> 3] >> (a & 7) & 1;
}
static void seen_set(ctx *c, uint32_t a) {
  c->seen[a >> 3] = (uint8_t)(c->seen[a >> 3] | 1u << (a & 7));
}

/* ---- small word tests ------------------------------------------------- */

/* Is token i's normalized form the n bytes w[0..n), ASCII case aside?
** The lengths first: most tokens differ from the word there. */
static int tok_eq_n(const ctx *c, uint32_t i, const char *w, size_t n) {
  if (i >= c->doc->ntokens)
    return 0;
  const sima_token *t = &c->doc->tokens[i];
  if (t->nnorm != n)
    return 0;
  const unsigned char *a = (const unsigned char *)t->norm;
  const unsigned char *b = (const unsigned char *)w;
  for (size_t k = 0; k < n; k++) {
    int x = a[k], y = b[k];
    if (x >= 'A' && x <= 'Z')
      x += 'a' - 'A';
    if (y >= 'A' && y <= 'Z')
      y += 'a' - 'A';
    if (x != y)
      return 0;
  }
  return 1;
}

/* Is token i's normalized form w, ASCII case aside?  A macro, not an
** inline function, so that the compiler always counts a literal w's
** length (most calls name one; GCC did not inline the function into every
** caller, which then called strlen each time).  w must have no side
** effects (it is evaluated twice): every use names a literal or an
** element of a table. */
#define tok_eq(c, i, w) tok_eq_n((c), (i), (w), strlen(w))

/* 1 when string s is one of the NULL-terminated set. */
static int tok_in_list(const char *s, const char *const *set) {
  for (; *set; set++)
    if (!strcmp(s, *set))
      return 1;
  return 0;
}

/* The sectors of a state's own bodies: government, forces, police,
** courts, legislature, intelligence (A-COREF-POSSESSIVE, A-COREF-NATIONS). */
static const char *const state_sectors[] = {"GOV", "MIL", "COP", "JUD",
                                            "LEG", "SPY", NULL};

/* Is token i's normalized form one of the words of set (NULL-terminated),
** ASCII case aside?  (sima_word_in_set: each word first tested at its
** first byte.) */
static int tok_in(const ctx *c, uint32_t i, const char *const *set) {
  if (i >= c->doc->ntokens)
    return 0;
  const sima_token *t = &c->doc->tokens[i];
  return sima_word_in_set(t->norm, t->nnorm, set);
}

/* 1 when token i is the possessive mark "'s" (or its curly form). */
static int tok_poss(const ctx *c, uint32_t i) {
  return tok_eq(c, i, "'s") || tok_eq(c, i, "\xe2\x80\x99s");
}

static const char *const honorifics[] = {
    "mr",  "mr.",  "mrs", "mrs.", "ms",   "ms.",   "miss",
    "dr",  "dr.",  "sir", "dame", "lord", "lady",  "madam",
    "mme", "mme.", "m.",  "herr", "prof", "prof.", NULL};

/* Words that may not sit between a country and its agent. */
static const char *const stopwords[] = {
    "the",     "a",          "an",     "and",      "or",      "of",
    "to",      "in",         "on",     "at",       "by",      "for",
    "with",    "from",       "said",   "says",     "say",     "has",
    "have",    "had",        "is",     "are",      "was",     "were",
    "will",    "would",      "be",     "been",     "who",     "which",
    "that",    "not",        "also",   "its",      "their",   "his",
    "her",     "as",         "but",    "than",     "this",    "these",
    "those",   "it",         "they",   "he",       "she",     "we",
    "after",   "before",     "into",   "over",     "about",   "against",
    "unless",  "while",      "when",   "where",    "if",      "because",
    "since",   "until",      "though", "although", "whether", "between",
    "among",   "amid",       "during", "under",    "near",    "across",
    "through", "throughout", "within", "without",  "all",     "some",
    "many",    "most",       "two",    "three",    "both",    "other",
    "such",    "any",        "each",   "every",    "no",      "our",
    "your",    "my",         "can",    "could",    "should",  "may",
    "might",   "must",       "do",     "does",     "did",     "being",
    "then",    "there",      "here",   "now",      "still",   "only",
    "just",    "so",         "very",   "more",     "less",    NULL};

/* tok_in(c, i, stopwords), remembered per token in ti->stop (the same
** tokens are asked again as atoms and mentions are built; the answer
** depends on the token's form alone, so the memo is the answer). */
static sima_word_index stop_ix; /* stopwords by first byte, built once */
static pthread_once_t stop_once = PTHREAD_ONCE_INIT;
static void stop_ix_build(void) { sima_word_index_build(&stop_ix, stopwords); }

static int is_stopword(const ctx *c, uint32_t i) {
  if (i >= c->doc->ntokens)
    return 0;
  tinfo *t = &c->ti[i];
  if (!t->stop) {
    /* (sima_word_in_index: tok_in's answer, looking only at the
    ** stopwords that start as the token does) */
    const sima_token *k = &c->doc->tokens[i];
    pthread_once(&stop_once, stop_ix_build);
    t->stop = sima_word_in_index(&stop_ix, k->norm, k->nnorm) ? 2 : 1;
  }
  return t->stop == 2;
}

/* Prepositions that make a place name a location ("in Baghdad"). */
static const char *const locatives[] = {
    "in",         "at",     "near",   "outside", "into", "across",  "around",
    "throughout", "inside", "toward", "towards", "via",  "through", NULL};

/* Capitalised words that do not continue a name ("Israel Friday ..."). */
static const char *const calendar[] = {
    "monday",   "tuesday", "wednesday", "thursday",  "friday",  "saturday",
    "sunday",   "january", "february",  "march",     "april",   "may",
    "june",     "july",    "august",    "september", "october", "november",
    "december", "jan",     "feb",       "mar",       "apr",     "jun",
    "jul",      "aug",     "sep",       "sept",      "oct",     "nov",
    "dec",      "on",      "in",        "at",        "but",     "and",
    NULL};

static const char *const backed[] = {
    "backed",     "led",     "allied",    "aligned",    "funded", "sponsored",
    "supported",  "trained", "armed",     "affiliated", "linked", "run",
    "controlled", "based",   "dominated", NULL};

/* Words before a title that make its holder a former one. */
static const char *const formers[] = {"former", "ousted", "deposed", "ex",
                                      "exiled", "toppled", "overthrown", NULL};

/* Participles that locate an agent: "a group based in X". */
static const char *const located[] = {"based", "operating", "living",
                                      "active", NULL};

static int is_connector(const ctx *c, uint32_t i) {
  return tok_eq(c, i, ",") || tok_eq(c, i, "and") || tok_eq(c, i, "or");
}

/* ---- pass 1: atoms ---------------------------------------------------- */

static int sense_fits(const ctx *c, const dict_sense *s, uint32_t first) {
  /* RULE A-ACRONYM-NAME: an acronym written as a word ("Arena" for
  ** ARENA, "Nato") right after a capitalised word no dictionary knows is
  ** the last word of a longer name ("the Manchester Arena attack"), not
  ** the acronym; in capitals ("ARENA") it stands */
  if (s->acro && first > 0 && !c->ti[first].allcap) {
    const tinfo *p = &c->ti[first - 1];
    if (p->word && p->cap && p->sent == c->ti[first].sent &&
        p->w == TRIE_NONE && p->w2 == TRIE_NONE && !is_stopword(c, first - 1) &&
        !tok_in(c, first - 1, calendar))
      return 0;
  }
  /* RULE A-ALIAS-GIVEN: a person's one-word name (an alias such as
  ** "Otoniel") right before a capitalised word no dictionary knows is
  ** the given name of somebody else's longer name: "his right-hand man
  ** Otoniel Turcios Marroquin" is a Guatemalan trafficker, not Colombia's
  ** Dairo Antonio Usuga, alias Otoniel (COLCRM).  A known word after it
  ** ("Otoniel Usuga", "Lula Administration"), a date word and a headline
  ** leave the name standing */
  if (s->role == DICT_NAME && s->ntok == 1 &&
      c->d->actors[s->actor].kind == DICT_KIND_PERSON &&
      first + 1 < c->doc->ntokens) {
    const tinfo *n = &c->ti[first + 1];
    if (n->word && n->cap && !n->allcap && !n->title_sent &&
        n->sent == c->ti[first].sent && n->w == TRIE_NONE &&
        n->w2 == TRIE_NONE && !is_stopword(c, first + 1) &&
        !tok_in(c, first + 1, calendar))
      return 0;
  }
  for (uint32_t k = 0; k < s->ntok; k++) {
    const tinfo *t = &c->ti[first + k];
    if ((s->cap >> k & 1) && !t->cap)
      return 0;
    if ((s->allcap >> k & 1) && !t->allcap)
      return 0;
    if ((s->inner >> k & 1) && !t->inner) /* (A-MIXED-ACRONYM, dict.c) */
      return 0;
  }
  return 1;
}

static int node_fits(const ctx *c, uint32_t node, uint32_t first) {
  const sima_dict *d = c->d;
  for (uint32_t v = trie_value(d->trie, node); v; v = d->senses[v - 1].next)
    if (sense_fits(c, &d->senses[v - 1], first))
      return 1;
  return 0;
}

typedef struct best {
  uint32_t count, node;
  uint8_t plural;
} best;

static void dfs(const ctx *c, uint32_t i, uint32_t end, uint32_t depth,
                uint32_t node, int plural, best *b) {
  if (depth > 0 && depth > b->count && trie_value(c->d->trie, node) &&
      node_fits(c, node, i)) {
    b->count = depth;
    b->node = node;
    b->plural = (uint8_t)plural;
  }
  if (depth >= DICT_MAXTOK || i + depth >= end)
    return;
  const tinfo *t = &c->ti[i + depth];
  uint32_t ch = trie_child(c->d->trie, node, t->w);
  if (ch != TRIE_NONE)
    dfs(c, i, end, depth + 1, ch, 0, b);
  if (t->w2 != TRIE_NONE && t->w2 != t->w) {
    ch = trie_child(c->d->trie, node, t->w2);
    if (ch != TRIE_NONE)
      dfs(c, i, end, depth + 1, ch, 1, b);
  }
}

/* Picks the sense of an atom: an actor seen in full earlier wins for a
** short form; then names/adjectives/metonyms, agents, short forms. */
static int choose(ctx *c, atom *a) {
  const sima_dict *d = c->d;
  int bestp = 0;
  for (uint32_t v = trie_value(d->trie, a->node); v;
       v = d->senses[v - 1].next) {
    const dict_sense *s = &d->senses[v - 1];
    if (!sense_fits(c, s, a->first) ||
        (a->plural && (s->flags & DICT_F_NOPLURAL)))
      continue;
    int p;
    switch (s->role) {
    case DICT_SHORT:
      p = seen_get(c, s->actor)                  ? 7
          : dict_actor_code(d, s->actor, c->ymd) ? 2
                                                 : 1;
      break;
    case DICT_AGENT:
      p = 3;
      break;
    case DICT_ADJ:
      p = 4;
      break;
    default:
      p = 5; /* "US" alone is the country */
    }
    /* of two senses of one kind, a spelling that must be capitalised is
    ** the more specific ("the Executive" GOV, "executives" BUS) */
    p = 2 * p + (s->cap || s->allcap);
    if (p > bestp) {
      bestp = p;
      a->sense = v - 1;
    }
  }
  if (!bestp)
    return 0;
  const dict_sense *s = &d->senses[a->sense];
  switch (s->role) {
  case DICT_AGENT:
    a->kind = A_AGENT;
    break;
  case DICT_SHORT:
    a->kind = A_SHORT;
    break;
  case DICT_METONYM:
    a->kind = A_METONYM;
    break;
  case DICT_ADJ:
    a->kind = d->actors[s->actor].kind == DICT_KIND_COUNTRY ? A_ADJ : A_ACTOR;
    break;
  default:
    a->kind =
        d->actors[s->actor].kind == DICT_KIND_COUNTRY ? A_COUNTRY : A_ACTOR;
  }
  /* "Latin America", "New Mexico": matched so that their country word is
  ** not, but no actor */
  if (s->role != DICT_AGENT) {
    const char *code = dict_actor_code(d, s->actor, c->ymd);
    if (code && !strcmp(code, DICT_NULL_CODE))
      a->kind = A_NULL;
  }
  return 1;
}

/* 1 when tokens a and b are written the same way (norm). */
static int same_form(const sima_token *a, const sima_token *b) {
  return a->nnorm == b->nnorm && !memcmp(a->norm, b->norm, a->nnorm);
}

/* The slot of form_count's table that holds token t's form, or the empty
** slot where it belongs (FNV-1a, linear probing; the table is at most
** half full). */
static uint32_t form_slot(const ctx *c, const sima_token *t) {
  uint32_t h = 2166136261u;
  for (uint32_t k = 0; k < t->nnorm; k++)
    h = (h ^ (unsigned char)t->norm[k]) * 16777619u;
  uint32_t mask = c->capforms - 1;
  for (h &= mask;; h = (h + 1) & mask)
    if (!c->forms[h] || same_form(&c->doc->tokens[c->forms[h] - 1], t))
      return h;
}

/* How often token i's form (as written, norm) occurs in the document: 1
** or 2 (meaning 2 or more).  The first call builds a hash table of the
** document's forms in its arena, so that A-TYPO-REPEATED costs the same
** for every candidate, not a scan of the document each (a document of
** many distinct near-country words was quadratic).  Out of memory: sets
** c->oom and answers 2. */
static uint32_t form_count(ctx *c, uint32_t i) {
  const sima_token *tk = c->doc->tokens;
  uint32_t nt = c->doc->ntokens;
  if (!c->capforms) {
    uint32_t cap = 64;
    while (cap < 2 * (uint64_t)nt && cap < (1u << 31))
      cap *= 2;
    c->forms = sima_arena_alloc(c->doc->arena, cap * sizeof *c->forms);
    c->nforms = sima_arena_alloc(c->doc->arena, cap);
    if (!c->forms || !c->nforms) {
      c->oom = 1;
      return 2;
    }
    memset(c->forms, 0, cap * sizeof *c->forms);
    memset(c->nforms, 0, cap);
    c->capforms = cap;
    for (uint32_t u = 0; u < nt; u++) {
      uint32_t h = form_slot(c, &tk[u]);
      if (!c->forms[h])
        c->forms[h] = u + 1;
      if (c->nforms[h] < 2)
        c->nforms[h]++;
    }
  }
  return c->nforms[form_slot(c, &tk[i])];
}

/* Typo tolerance (dict_fuzzy): an unknown capitalised word one edit away
** from exactly one one-word name, which must be a country's name or
** adjective standing apart from other capitalised words ("Afganistan",
** "Ethopia"), or a person's name right after a title, possibly behind one
** or two given names ("President Laurent Gbago").  Returns the trie node,
** or 0. */
static uint32_t fuzzy_node(ctx *c, uint32_t i, uint32_t s0, uint32_t s1) {
  const tinfo *t = &c->ti[i];
  if (!t->word || !t->cap || t->allcap || t->title_sent ||
      t->w != TRIE_NONE || t->w2 != TRIE_NONE)
    return 0;
  const sima_token *k = &c->doc->tokens[i];
  char f[DICT_MAXWORD + 1];
  size_t n = dict_fold(k->norm, k->nnorm, f);
  uint32_t node = 0;
  if (n < DICT_FUZZY_MIN || dict_fuzzy(c->d, f, n, &node) != 1)
    return 0;
  const sima_dict *d = c->d;
  int country = 0, person = 0;
  for (uint32_t v = trie_value(d->trie, node); v; v = d->senses[v - 1].next) {
    const dict_sense *s = &d->senses[v - 1];
    if (s->role == DICT_AGENT)
      continue;
    if (s->flags & DICT_F_LEGACY)
      return 0; /* a PETRARCH/TABARI name: matched as written only */
    unsigned kind = d->actors[s->actor].kind;
    if (kind == DICT_KIND_COUNTRY && (s->role == DICT_NAME || s->role == DICT_ADJ))
      country = 1;
    if (kind == DICT_KIND_PERSON &&
        (s->role == DICT_NAME || s->role == DICT_SHORT))
      person = 1;
  }
  int capl = i > s0 && c->ti[i - 1].word && c->ti[i - 1].cap;
  int capr = i + 1 < s1 && c->ti[i + 1].word && c->ti[i + 1].cap;
  /* RULE A-TYPO-REPEATED: a word written the same way twice or more in
  ** the document is a name, not a slip of the pen: "Armenta" (a
  ** surname, again and again in the story) is no Armenia */
  if (country && !capl && !capr && n > DICT_FUZZY_MIN &&
      form_count(c, i) < 2)
    return node; /* a country only from a word of 6+ letters */
  if (person && c->nat) {
    /* the last atom is a title, at most two capitalised words before i */
    const atom *a = &c->at[c->nat - 1];
    uint32_t e = a->first + a->count;
    if (a->kind == A_AGENT &&
        (c->d->senses[a->sense].flags & DICT_F_TITLE) && e <= i &&
        i - e <= 2 && c->ti[a->first].sent == t->sent) {
      for (uint32_t u = e; u < i; u++)
        if (!c->ti[u].word || !c->ti[u].cap)
          return 0;
      return node;
    }
  }
  return 0;
}

static void find_atoms(ctx *c, uint32_t s0, uint32_t s1) {
  uint32_t i = s0;
  while (i < s1) {
    best b = {0, 0, 0};
    if (c->ti[i].w != TRIE_NONE || c->ti[i].w2 != TRIE_NONE)
      dfs(c, i, s1, 0, 0, 0, &b);
    else if ((b.node = fuzzy_node(c, i, s0, s1)) != 0)
      b.count = 1;
    if (b.count) {
      if (ARENA_RESERVE(c->doc->arena, c->at, c->nat, c->capat)) {
        c->oom = 1;
        return;
      }
      atom *a = &c->at[c->nat];
      memset(a, 0, sizeof *a);
      a->first = i;
      a->count = b.count;
      a->node = b.node;
      a->plural = b.plural;
      if (choose(c, a)) {
        c->nat++;
        i += b.count;
        continue;
      }
    }
    i++;
  }
}

/* ---- pass 2: mentions ------------------------------------------------- */

static const dict_sense *sense_of(const ctx *c, const atom *a) {
  return &c->d->senses[a->sense];
}

static uint32_t atom_end(const atom *a) {
  return a->first + a->count;
}

/* The atom index starting exactly at token t within [k, a1), or a1. */
static uint32_t atom_at(const ctx *c, uint32_t k, uint32_t a1, uint32_t t) {
  for (; k < a1 && c->at[k].first <= t; k++)
    if (c->at[k].first == t)
      return k;
  return a1;
}

/* The first atom index >= k that starts at or after token t, or a1. */
static uint32_t atom_from(const ctx *c, uint32_t k, uint32_t a1, uint32_t t) {
  while (k < a1 && c->at[k].first < t)
    k++;
  return k;
}

#define NOPERSON UINT32_MAX

static mtmp *push(ctx *c, uint32_t first, uint32_t end, uint16_t how) {
  if (ARENA_RESERVE(c->doc->arena, c->m, c->nm, c->capm)) {
    c->oom = 1;
    return NULL;
  }
  mtmp *m = &c->m[c->nm];
  memset(m, 0, sizeof *m);
  m->first = first;
  m->count = end - first;
  m->how = how;
  m->actor = NOACTOR;
  m->antecedent = -1;
  m->sent = c->ti[first].sent;
  m->order = c->nm++;
  return m;
}

static void set_code(mtmp *m, const char *a, const char *b) {
  size_t la = strlen(a), lb = b ? strlen(b) : 0;
  if (la + lb >= sizeof m->code)
    lb = la = 0;
  memcpy(m->code, a, la);
  if (lb)
    memcpy(m->code + la, b, lb);
  m->code[la + lb] = '\0';
}

/* The country code of an actor at the document date ("CHN"), or NULL. */
static const char *actor_code(const ctx *c, uint32_t actor) {
  return dict_actor_code(c->d, actor, c->ymd);
}

/* A run of adjacent agent atoms from k: "government troops", "police
** spokesman".  The head is the last agent, except that a person noun
** after an organisation takes the organisation's sector ("police
** spokesman" -> COP).  Returns the index after the run. */
typedef struct agentrun {
  const char *sector;
  unsigned flags;
  uint32_t src;
  uint32_t end;       /* token end */
  const char *prefix; /* PETRARCH agents: codes before the actor's, or NULL */
} agentrun;

/* A PETRARCH agent code added to `code` (cap bytes) the legacy way: a
** suffix unless the code already ends with it, a prefix unless it already
** begins with it ("GMWGOV" + "WGO" -> "GMWGOVWGO"; "USAGOV" + "GOV" stays;
** "NGO" before "ARN" -> "NGOARN"). */
static void legacy_add(char *code, size_t cap, const char *sec, int prefix) {
  size_t n = strlen(code), k = strlen(sec);
  if (k == 0 || n + k >= cap)
    return;
  if (prefix) {
    if (strncmp(code, sec, k) != 0) {
      memmove(code + k, code, n + 1);
      memcpy(code, sec, k);
    }
  } else if (n < k || strcmp(code + n - k, sec) != 0)
    memcpy(code + n, sec, k + 1);
}

/* Applies a PETRARCH agent run's prefix codes to mention m's code. */
static void legacy_prefix(mtmp *m, const agentrun *r) {
  if (r->prefix && m->code[0])
    legacy_add(m->code, sizeof m->code, r->prefix, 1);
}

/* Titles that are also common surnames (A-TITLE-SURNAME).  Sorted. */
static const char *const title_surnames[] = {
    "bishop", "cardinal", "deacon", "king", "knight", "marshal", "pastor",
    "priest", "prince", NULL};

/* RULE A-TITLE-SURNAME-RUN (p16g): a title that is also a common
** surname, capitalised, right after another person's title and with no
** capitalised word after it, is that person's surname, not a second
** title: "Security Minister Pastor's assistant" is a minister's (GOV),
** not a pastor's (REL); "Senator King" is a senator (LEG).  1 when atom j
** (an agent after atom j - 1 in a run) is such a word. */
static int surname_in_run(const ctx *c, uint32_t j) {
  const atom *a = &c->at[j];
  uint32_t k = a->first;
  if (atom_end(a) != k + 1 || !c->ti[k].cap || c->ti[k].allcap ||
      c->ti[k].title_sent || !tok_in(c, k, title_surnames) ||
      !(sense_of(c, &c->at[j - 1])->flags & DICT_F_TITLE) ||
      !(sense_of(c, &c->at[j - 1])->flags & DICT_F_PERSON))
    return 0;
  return !(k + 1 < c->doc->ntokens && c->ti[k + 1].sent == c->ti[k].sent &&
           c->ti[k + 1].word && c->ti[k + 1].cap);
}

static uint32_t agent_run(const ctx *c, uint32_t k, uint32_t a1, agentrun *r) {
  const sima_dict *d = c->d;
  uint32_t j = k;
  const dict_sense *org = NULL, *last = NULL, *spec = NULL;
  while (j < a1 && c->at[j].kind == A_AGENT &&
         (j == k || c->at[j].first == atom_end(&c->at[j - 1])) &&
         !(j > k && surname_in_run(c, j))) {
    last = sense_of(c, &c->at[j]);
    if (!(last->flags & DICT_F_PERSON))
      org = last;
    if (!(last->flags & DICT_F_GENERIC))
      spec = last;
    j++;
  }
  const dict_sense *head = (last->flags & DICT_F_PERSON) && org ? org : last;
  /* RULE A-GENERIC-HEAD: a generic head ("unit", "personnel", "officials")
  ** is the body named before it: "police unit" COP, "rebel officials"
  ** REB, "civilian personnel" CVL; the state's own stay what they are
  ** ("government forces" MIL, "regime officials" GOV) */
  /* (and a government's staff are the government's: "State Department
  ** staff" GOV, not labour; p14j) */
  if ((head->flags & DICT_F_GENERIC) && spec && spec != head &&
      (strcmp(dict_str(d, spec->sector), "GOV") != 0 ||
       !strcmp(dict_str(d, head->sector), "LAB")))
    head = spec;
  r->sector = dict_str(d, head->sector);
  /* RULE A-SIDE-MODIFIER: a run that starts with an agent of a side
  ** against the state (rebels, the opposition) and ends in a state's
  ** office or force names that side's people: "rebel soldiers" and
  ** "rebel military officials" REB, "opposition politicians" OPP (not
  ** MIL, ELI).  Weapons and the state's own forces are left: "fighter
  ** jets", "paramilitary police", "terrorist" as a target word */
  {
    static const char *const state[] = {"COP", "ELI", "GOV", "JUD",
                                        "LEG", "MIL", "SPY", NULL};
    static const char *const notside[] = {"extremist", "extremists",
                                          "fighter",   "fighters",
                                          "paramilitaries", "paramilitary",
                                          "terrorist", "terrorists",
                                          NULL};
    const dict_sense *s0 = sense_of(c, &c->at[k]);
    const char *sec0 = dict_str(d, s0->sector);
    int side = !strcmp(sec0, "REB") || !strcmp(sec0, "OPP");
    int in_state = 0;
    for (int q = 0; state[q]; q++)
      in_state |= !strcmp(r->sector, state[q]);
    if (j - k >= 2 && side && in_state && !(s0->flags & DICT_F_GENERIC) &&
        c->at[k].count == 1 && !tok_in(c, c->at[k].first, notside))
      r->sector = sec0;
  }
  /* RULE A-GENERIC-ANTI: a generic body named for the crime it fights is
  ** the police's ("Bolivia's anti-drug force", "the anti-gang unit",
  ** "an anti-kidnapping unit"); weapons' do not count ("anti-aircraft
  ** units") */
  static const char *const arms[] = {"anti-aircraft", "anti-air",
                                     "anti-tank",     "anti-missile",
                                     "anti-ship",     "anti-submarine",
                                     "anti-armour",   "anti-armor",
                                     NULL};
  uint32_t f0 = c->at[k].first;
  if ((head->flags & DICT_F_GENERIC) && (head->flags & DICT_F_GROUP) &&
      !strcmp(r->sector, "MIL") && f0 > 0 && c->ti[f0 - 1].word &&
      c->doc->tokens[f0 - 1].nnorm > 5 &&
      !strncasecmp(c->doc->tokens[f0 - 1].norm, "anti-", 5) &&
      !tok_in(c, f0 - 1, arms))
    r->sector = "COP";
  r->prefix = NULL;
  if (last->flags & DICT_F_LEGACY) {
    /* PETRARCH: every agent of the phrase adds its code, in turn */
    char suf[32] = "", pre[32] = "";
    for (uint32_t q = k; q < j; q++) {
      const dict_sense *s = sense_of(c, &c->at[q]);
      int p = (s->flags & DICT_F_PREFIX) != 0;
      legacy_add(p ? pre : suf, sizeof suf, dict_str(d, s->sector), p);
    }
    if (pre[0])
      r->prefix = sima_arena_strndup(c->doc->arena, pre, strlen(pre));
    if (suf[0] || r->prefix) { /* only prefixes: no sector to compose */
      const char *sx = sima_arena_strndup(c->doc->arena, suf, strlen(suf));
      if (sx)
        r->sector = sx;
    }
  }
  r->flags = last->flags;
  if (org && org != last && (org->flags & DICT_F_ABROAD))
    r->flags |= DICT_F_ABROAD;
  r->src = last->src;
  r->end = atom_end(&c->at[j - 1]);
  return j;
}

/* -ed/-ing words that commonly modify agents ("peacekeeping troops"). */
static const char *const nominal_ing_ed[] = {
    "peacekeeping", "ruling",    "governing",    "fighting",  "striking",
    "visiting",     "leading",   "opposing",     "warring",   "neighbouring",
    "neighboring",  "marching",  "training",     "serving",   "armed",
    "united",       "allied",    "retired",      "elected",   "unnamed",
    "uniformed",    "masked",    "displaced",    "detained",  "wounded",
    "suspected",    "alleged",   "unidentified", "hooded",    "disgruntled",
    "jailed",       "exiled",    "ousted",       "deposed",   "banned",
    "outlawed",     "organised", "organized",    "far-right", "so-called",
    "self-styled",  "unarmed",   "injured",      "trapped",   "stranded",
    "missing",      "kidnapped", "abducted",     "besieged",  "occupying",
    "invading",     "defending", "attacking",    "rival",     NULL};

/* Whether token t may modify an agent ("riot" police, "paper" workers):
** with tags, an adjective or noun; without, not a verb-looking -ed/-ing
** word ("Britain mobilized army reservists"). */
static int modifier_ok(const ctx *c, uint32_t t) {
  if (c->doc->syn) {
    unsigned u = c->doc->syn[t].upos;
    return u == SIMA_UPOS_ADJ || u == SIMA_UPOS_NOUN || u == SIMA_UPOS_PROPN ||
           u == SIMA_UPOS_NUM;
  }
  const sima_token *k = &c->doc->tokens[t];
  size_t n = k->nnorm;
  if (n > 4 &&
      (!strncasecmp(k->norm + n - 2, "ed", 2) ||
       !strncasecmp(k->norm + n - 3, "ing", 3)) &&
      !tok_in(c, t, nominal_ing_ed))
    return 0;
  if (n > 4 && !strncasecmp(k->norm + n - 2, "ly", 2))
    return 0; /* "France recently sent officials" */
  return 1;
}

/* After token t: "'s", or "- backed", then up to two modifier words, then
** an agent run.  Returns the agent atom index or a1. */
static uint32_t agent_after(const ctx *c, uint32_t t, uint32_t k, uint32_t a1,
                            uint32_t send) {
  int poss = 0;
  if (t < send && (tok_eq(c, t, "'s") || tok_eq(c, t, "'"))) {
    t++;
    poss = 1;
  } else if (t + 1 < send && tok_eq(c, t, "-") && tok_in(c, t + 1, backed))
    t += 2;
  /* RULE A-SUPERLATIVE-AGENT: after a possessive, "most"/"least" before
  ** an adjective is part of that modifier, not a stopword: "Colombia's
  ** most notorious trafficker" is COLCRM (as "Colombia's notorious
  ** trafficker" is), not the country COL beside a trafficker of none;
  ** "Mexico's most powerful criminal groups" MEXCRM.  ("most Syrians",
  ** "the most", without a possessive, stay stopwords.) */
  static const char *const superl[] = {"least", "most", NULL};
  /* RULE A-POSS-COUNT: after a possessive, a count may stand before the
  ** modifiers: "Colombia's two most powerful criminal groups" are COLCRM,
  ** as "Colombia's powerful criminal groups" are, not the country COL
  ** beside groups of none ("two" is a stopword between a country and
  ** its agent elsewhere: "Russia sent two warships") */
  if (poss && c->doc->syn && t + 1 < send &&
      c->doc->syn[t].upos == SIMA_UPOS_NUM &&
      c->ti[t + 1].sent == c->ti[t].sent && atom_at(c, k, a1, t) == a1)
    t++;
  if (poss && c->doc->syn && t + 1 < send && tok_in(c, t, superl) &&
      c->ti[t + 1].sent == c->ti[t].sent &&
      c->doc->syn[t + 1].upos == SIMA_UPOS_ADJ && atom_at(c, k, a1, t) == a1)
    t++;
  uint32_t ka = atom_at(c, k, a1, t);
  /* two modifiers when tags vouch for them, one otherwise */
  int maxmods = c->doc->syn ? 2 : 1;
  for (int mods = 0; ka == a1 && mods < maxmods && t < send; mods++) {
    if (!c->ti[t].word || is_stopword(c, t) || atom_at(c, k, a1, t) != a1 ||
        !modifier_ok(c, t))
      return a1;
    t++;
    ka = atom_at(c, k, a1, t);
  }
  if (ka < a1 && c->at[ka].kind == A_AGENT)
    return ka;
  return a1;
}

static uint32_t build(ctx *c, uint32_t k, uint32_t a1, uint32_t send);

static uint32_t title_person(ctx *c, uint32_t t, uint32_t ka, uint32_t a1,
                             uint32_t send, uint32_t pre, const char *code,
                             const char *sector, uint32_t src);

/* Whether a short form at atom k may stand: after an honorific or title,
** or once its actor's full name was seen. */
static int short_ok(const ctx *c, uint32_t k, int titled) {
  const atom *a = &c->at[k];
  const dict_sense *s = sense_of(c, a);
  if (titled || seen_get(c, s->actor))
    return 1;
  return a->first > 0 && tok_in(c, a->first - 1, honorifics) &&
         c->ti[a->first - 1].sent == c->ti[a->first].sent;
}

/* A-TITLE-DATED: the code of the actor's latest period with this sector
** (and country, if given) that ended by the document date, or NULL: a
** title looks back to an office held before, never ahead to one the
** document date has not reached. */
static const char *past_office(const ctx *c, uint32_t actor,
                               const char *country, const char *sector) {
  const dict_actor *ac = &c->d->actors[actor];
  const dict_period *last = NULL;
  for (uint32_t i = 0; i < ac->nperiods; i++) {
    const dict_period *p = &c->d->periods[ac->first + i];
    const char *code = dict_str(c->d, p->code);
    if (strlen(code) != 6 || memcmp(code + 3, sector, 3) ||
        (country && memcmp(code, country, 3)) || p->to > c->ymd)
      continue;
    if (!last || p->to > last->to)
      last = p;
  }
  return last ? dict_str(c->d, last->code) : NULL;
}

/* RULE A-GROUP-ARMED-NAME: undated, a group whose role changed, named by
** a name of its own that calls it an armed force ("Revolutionary Armed
** Forces of Colombia", "... Liberation Army"), is meant in its armed
** period: the guerrilla (COLREB), not the party it became (COLPTY), as
** "FARC guerrillas" is (A-GROUP-PERIOD); a later party or government
** goes by another name or the bare acronym.  group_period then carries
** the period to the article's bare mentions ("the FARC").  Returns the
** group's REB code for the name at atom a (the match itself, not an
** acronym), or NULL when the name has no such word or code is REB. */
static const char *armed_name_period(const ctx *c, uint32_t actor,
                                     const atom *a, const char *code) {
  /* (sorted, strcasecmp order) */
  static const char *const armed[] = {"armed",      "army",    "guerrilla",
                                      "guerrillas", "militia", "militias",
                                      NULL};
  if (strlen(code) == 6 && !strcmp(code + 3, "REB"))
    return NULL;
  for (uint32_t i = a->first; i < atom_end(a); i++)
    if (c->ti[i].cap && tok_in(c, i, armed)) {
      const char *as = dict_actor_code_as(c->d, actor, NULL, "REB");
      return as && strcmp(as, code) ? as : NULL;
    }
  return NULL;
}

/* A person or organisation at atom k, with `pre` the first token of a
** title/country before it (or the atom's own first token). */
static uint32_t build_actor(ctx *c, uint32_t k, uint32_t a1, uint32_t send,
                            uint32_t pre, const char *fallback, uint32_t fsrc) {
  const atom *a = &c->at[k];
  const dict_sense *s = sense_of(c, a);
  const dict_actor *ac = &c->d->actors[s->actor];
  char buf[32];
  uint32_t first = pre;
  if (first == a->first && first > 0 && tok_in(c, first - 1, honorifics) &&
      c->ti[first - 1].sent == c->ti[first].sent)
    first--;
  if (s->role != DICT_SHORT)
    seen_set(c, s->actor);
  const char *code = actor_code(c, s->actor);
  /* undated "President Reagan": the title says which of his periods is
  ** meant (with a date, the date decides) */
  int tperiod = 0; /* the title picked a period other than the latest */
  /* RULE A-TITLE-DATED: dated, a title of another office than the one
  ** the date gives (not a former official's ELI) is the text's own word
  ** for when the story is told: "development secretary Priti Patel" in
  ** a review of the year written after she left the cabinet is GBRGOV,
  ** not the backbencher (GBRLEG) of the article's date */
  int dated = c->ymd && code && strlen(code) == 6 &&
              strcmp(code + 3, "ELI") != 0;
  if (code && fallback && (!c->ymd || dated) && strlen(code) == 6) {
    size_t fl = strlen(fallback);
    const char *tsec = fallback[0] == '+' ? fallback + 1
                       : fl == 6          ? fallback + 3
                                          : NULL;
    char tc[4] = "";
    if (fl == 6 && fallback[0] != '+')
      memcpy(tc, fallback, 3);
    if (tsec && strlen(tsec) == 3 && memcmp(code + 3, tsec, 3) != 0) {
      const char *as = c->ymd ? past_office(c, s->actor, tc[0] ? tc : NULL, tsec)
                              : dict_actor_code_as(c->d, s->actor,
                                                   tc[0] ? tc : NULL, tsec);
      /* (dated: not after "former", "ex", "retired": what he was once) */
      static const char *const once[] = {"ex", "former", "retired", NULL};
      for (uint32_t t = first > 2 ? first - 2 : 0; as && c->ymd && t < a->first;
           t++)
        if (tok_in(c, t, once) && c->ti[t].sent == c->ti[a->first].sent)
          as = NULL;
      if (as) {
        code = as;
        /* RULE A-GROUP-PERIOD: the person's other mentions in the
        ** article follow (group_period): "President Evo Morales" is
        ** BOLGOV, and so is the later bare "Morales", not his latest
        ** BOLOPP */
        tperiod = ac->kind == DICT_KIND_PERSON;
        /* (not a retired one: "retired Marine Gen. John Kelly" was a
        ** general, which says nothing of the story's bare "Kelly") */
        static const char *const retired[] = {"ex", "former", "retired", NULL};
        for (uint32_t t = first > 2 ? first - 2 : 0; t < a->first; t++)
          if (tok_in(c, t, retired) && c->ti[t].sent == c->ti[a->first].sent)
            tperiod = 0;
      }
    }
    /* (a title that agrees with the latest code is a vote too: see
    ** group_period) */
    if (tsec && strlen(tsec) == 3 && !memcmp(code + 3, tsec, 3) && !tperiod &&
        ac->kind == DICT_KIND_PERSON)
      tperiod = 2;
  }
  /* RULE A-ORG-TITLE-PERIOD: undated, an organisation's title picks the
  ** person's period in that organisation: "CICIG commissioner Ivan
  ** Velasquez" is IGOUNOJUD, not his later COLGOV */
  if (code && fallback && !c->ymd && fallback[0] != '+' &&
      strlen(fallback) > 6 && strncmp(code, fallback, strlen(fallback))) {
    for (uint32_t i = 0; i < ac->nperiods; i++) {
      const char *pc = dict_str(c->d, c->d->periods[ac->first + i].code);
      if (!strncmp(pc, fallback, strlen(fallback)))
        code = pc;
    }
  }
  if (!code && fallback && fallback[0] == '+') {
    /* a title before a person not coded on this date: the person's
    ** country (nearest period) with the title's sector */
    const char *near = dict_actor_code_near(c->d, s->actor, c->ymd);
    if (near && dict_is_country(c->d, near) &&
        strlen(fallback + 1) + 3 < sizeof buf) {
      snprintf(buf, sizeof buf, "%.3s%s", near, fallback + 1);
      fallback = buf;
    } else
      fallback = NULL;
  }
  uint32_t end = atom_end(a), next = k + 1;
  /* "Hamas fighters", "Putin's army" */
  uint32_t ka = agent_after(c, end, k + 1, a1, send);
  /* RULE A-ORG-COUNTRY-ENVOY: an international body, a country and an
  ** envoy or mission: the body's envoy for that country ("the UN Syria
  ** special envoy", "the UN Iraq mission"), not the country's */
  if (ka == a1 && code && !strncmp(code, "IGO", 3) && k + 2 < a1 &&
      c->at[k + 1].first == end &&
      (c->at[k + 1].kind == A_COUNTRY || c->at[k + 1].kind == A_ADJ) &&
      c->at[k + 2].kind == A_AGENT &&
      c->at[k + 2].first == atom_end(&c->at[k + 1]) &&
      (sense_of(c, &c->at[k + 2])->flags & DICT_F_ABROAD))
    ka = k + 2;
  agentrun r = {0};
  const char *group_sector = NULL;
  if (ka < a1 &&
      (ac->kind == DICT_KIND_GROUP || (c->at[ka].first <= end + 1))) {
    uint32_t nk = agent_run(c, ka, a1, &r);
    /* "UN Secretary-General Antonio Guterres": the person, from "UN" on */
    if (ac->kind == DICT_KIND_GROUP && (r.flags & DICT_F_TITLE) && code &&
        s->role != DICT_SHORT) {
      uint32_t pk =
          title_person(c, r.end, nk, a1, send, first, code, r.sector, r.src);
      if (pk != NOPERSON)
        return pk;
    }
    if (!(ac->kind == DICT_KIND_PERSON && (r.flags & DICT_F_PERSON))) {
      end = r.end;
      next = nk;
      if (ac->kind == DICT_KIND_GROUP)
        group_sector = r.sector; /* "UN peacekeepers": IGOUNO, MIL */
    } else
      r.sector = NULL;
  }
  /* RULE A-GROUP-PERIOD: undated, the agent after a group whose role
  ** changed says which period is meant: "FARC guerrillas" are the
  ** rebels (COLREB), not the later party (COLPTY) */
  int period = 0;
  if (group_sector && !c->ymd && code && strlen(code) == 6 &&
      strlen(group_sector) == 3 && memcmp(code + 3, group_sector, 3) != 0) {
    const char *as = dict_actor_code_as(c->d, s->actor, NULL, group_sector);
    if (as) {
      code = as;
      period = 1;
    }
  }
  if (!period && !c->ymd && code && ac->kind == DICT_KIND_GROUP &&
      s->role != DICT_SHORT) {
    const char *as = armed_name_period(c, s->actor, a, code);
    if (as) {
      code = as;
      period = 1;
    }
  }
  mtmp *m = push(c, first, end,
                 s->role == DICT_SHORT ? SIMA_RES_TITLE : SIMA_RES_DICT);
  if (!m)
    return a1;
  m->actor = s->actor;
  m->src1 = s->src;
  m->person = ac->kind == DICT_KIND_PERSON;
  m->period = (uint8_t)(period ? 1 : code ? tperiod : 0);
  if (!code && fallback) {
    set_code(m, fallback, NULL);
    m->src2 = fsrc;
    m->how = SIMA_RES_COMPOSED;
  } else if (!code) {
    m->how = SIMA_RES_UNCODED; /* known, but not coded on this date */
  } else if (r.sector && ac->kind == DICT_KIND_PERSON &&
             dict_is_country(c->d, code)) {
    char cc[4] = {code[0], code[1], code[2], 0};
    set_code(m, cc, r.sector);
    m->src2 = r.src;
    m->how = SIMA_RES_COMPOSED;
    m->person = 0;
  } else {
    set_code(m, code, NULL);
    if (group_sector && (r.flags & DICT_F_LEGACY))
      legacy_add(m->code, sizeof m->code, group_sector, 0); /* GMWGOVWGO */
    else if (group_sector && !dict_is_country(c->d, code))
      snprintf(m->sector, sizeof m->sector, "%s", group_sector);
    else if (ac->sector && !dict_is_country(c->d, code))
      snprintf(m->sector, sizeof m->sector, "%s", dict_str(c->d, ac->sector));
  }
  legacy_prefix(m, &r);
  return next;
}

/* After an agent run ending at token t: a person ("President Xi Jinping",
** "Gen. Smith" unknown) — returns the next atom index, or NOPERSON. */
/* Whether one of tokens [from, to) is a word of the full name of actor
** ac ("Omar" of "Omar al-Bashir"), compared without case. */
static int given_name_of(const ctx *c, uint32_t from, uint32_t to,
                         uint32_t ac) {
  const char *name = dict_str(c->d, c->d->actors[ac].name);
  /* RULE A-SHORT-GIVEN-FIRST: the first of the given names must be the
  ** person's ("leader Jair Jose dos Santos" is not Angola's Jose Eduardo
  ** dos Santos, though "Jose" is in his name) */
  if (to > from + 1)
    to = from + 1;
  for (uint32_t u = from; u < to && u < c->doc->ntokens; u++) {
    const sima_token *tk = &c->doc->tokens[u];
    for (const char *w = name; w && *w;) {
      size_t n = strcspn(w, " -");
      if (n == tk->nnorm && n && strncasecmp(w, tk->norm, n) == 0)
        return 1;
      w += n;
      w += *w != '\0';
    }
  }
  return 0;
}

static uint32_t title_person(ctx *c, uint32_t t, uint32_t ka, uint32_t a1,
                             uint32_t send, uint32_t pre, const char *code,
                             const char *sector, uint32_t src) {
  /* the person may follow unknown given names: "President Omar El Bashir"
  ** with only "Bashir" in the dictionary */
  uint32_t kp = atom_at(c, ka, a1, t);
  for (uint32_t u = t; kp == a1 && u < send && u < t + 3 && c->ti[u].word &&
                       c->ti[u].cap && !is_stopword(c, u);) {
    u++;
    kp = atom_at(c, ka, a1, u);
    if (kp < a1 && c->at[kp].kind != A_ACTOR && c->at[kp].kind != A_SHORT)
      kp = a1;
    /* RULE A-SHORT-GIVEN: a bare surname ("~Sanchez") after given names,
    ** none of them in its person's full name, is somebody else with that
    ** surname: "President Salvador Sanchez Ceren" is not Spain's Pedro
    ** Sanchez ("President Omar El Bashir" is Omar al-Bashir) */
    if (kp < a1 && c->at[kp].kind == A_SHORT &&
        !given_name_of(c, t, c->at[kp].first,
                       sense_of(c, &c->at[kp])->actor))
      kp = a1;
  }
  /* a short form whose person belongs to another country than the
  ** title's is somebody else: "Dutch Foreign Minister Hans van den Broek"
  ** is not Taiwan's Han Kuo-yu (the name stays unknown: NLDGOV) */
  if (kp < a1 && c->at[kp].kind == A_SHORT && code &&
      dict_is_country(c->d, code)) {
    const char *pc = dict_actor_code_near(
        c->d, sense_of(c, &c->at[kp])->actor, c->ymd);
    if (pc && strlen(pc) >= 3 && dict_is_country(c->d, pc) &&
        memcmp(pc, code, 3) != 0)
      kp = a1;
  }
  /* so is one followed by "of" another country: "King Hassan of Morocco"
  ** is not Jordan's Jafar Hassan (the name is unknown: MARGOV below) */
  uint32_t named_end = t;
  if (kp < a1 && c->at[kp].kind == A_SHORT && !code) {
    uint32_t e0 = atom_end(&c->at[kp]);
    uint32_t u = e0 + 1 + (e0 + 2 < send && tok_eq(c, e0 + 1, "the"));
    uint32_t ko = e0 + 1 < send && tok_eq(c, e0, "of")
                      ? atom_at(c, kp + 1, a1, u)
                      : a1;
    const char *oc = ko < a1 && c->at[ko].kind == A_COUNTRY
                         ? actor_code(c, sense_of(c, &c->at[ko])->actor)
                         : NULL;
    const char *pc = dict_actor_code_near(
        c->d, sense_of(c, &c->at[kp])->actor, c->ymd);
    if (oc && strlen(oc) >= 3 && dict_is_country(c->d, oc) && pc &&
        strlen(pc) >= 3 && dict_is_country(c->d, pc) &&
        memcmp(pc, oc, 3) != 0) {
      named_end = e0;
      ka = kp + 1;
      kp = a1;
    }
  }
  if (kp < a1 && (c->at[kp].kind == A_ACTOR || c->at[kp].kind == A_SHORT) &&
      c->d->actors[sense_of(c, &c->at[kp])->actor].kind == DICT_KIND_PERSON &&
      short_ok(c, kp, 1)) {
    char fb[64] = "";
    /* "UN" + title; RULE A-ORG-TITLE: so is a national organisation
    ** ("Knights Templar leader X": MEXCRM, not MEXCRMGOV) */
    int group = code && (!dict_is_country(c->d, code) || strlen(code) > 3);
    if (strlen(code ? code : "+") + strlen(sector) < 32)
      snprintf(fb, sizeof fb, "%s%s", code ? code : "+", group ? "" : sector);
    uint32_t before = c->nm;
    uint32_t nk = build_actor(c, kp, a1, send, pre, fb[0] ? fb : NULL, src);
    if (c->nm > before) {
      mtmp *m = &c->m[c->nm - 1];
      /* "UN Secretary-General Antonio Guterres": IGOUNO, the title's GOV */
      if (m->code[0] && !dict_is_country(c->d, m->code) && !m->sector[0])
        snprintf(m->sector, sizeof m->sector, "%s", sector);
      /* "ousted President Askar Akayev", "former prime minister X" */
      if (pre >= 1 && strlen(m->code) == 6 && dict_is_country(c->d, m->code)) {
        uint32_t q = pre - 1;
        if (q > 0 && c->ti[q].cap && c->ti[q].word && !tok_in(c, q, formers))
          q--; /* "Former Socialist prime minister" */
        if (tok_in(c, q, formers) && c->ti[q].sent == c->ti[pre].sent)
          memcpy(m->code + 3, "ELI", 3);
      }
    }
    return nk;
  }
  /* an unknown name after a title: "President Mugabe" */
  uint32_t e = named_end;
  /* (in a headline, where every word is capitalised, only the words
  ** tagged as names: "UN Secretary General Visits Guatemala") */
  while (e < send && e - t < 4 && c->ti[e].word && c->ti[e].cap &&
         !c->ti[e].allcap && atom_at(c, ka, a1, e) == a1 &&
         !is_stopword(c, e) &&
         !(c->ti[e].title_sent && c->doc->syn &&
           c->doc->syn[e].upos != SIMA_UPOS_PROPN))
    e++;
  /* RULE A-TITLE-PORTFOLIO: an organisation's titled officer with the
  ** portfolio after "on"/"for" and an unknown name ("UN Special
  ** Rapporteur on Extrajudicial Executions Agnes Callamard"): the
  ** capitalised run (three words or more: the portfolio runs into the
  ** name) is the person's, so that "she" can refer to the officer */
  if (e == t && code && t + 3 < send &&
      (tok_eq(c, t, "on") || tok_eq(c, t, "for"))) {
    uint32_t u = t + 1;
    while (u < send && u - t <= 8 && c->ti[u].word && c->ti[u].cap &&
           !c->ti[u].allcap && !c->ti[u].title_sent &&
           atom_at(c, ka, a1, u) == a1 && !is_stopword(c, u))
      u++;
    if (u - t >= 4)
      e = u;
  }
  if (e == t)
    return NOPERSON;
  /* "King Hassan of Morocco" */
  uint32_t ko = a1;
  if (!code && e + 1 < send && tok_eq(c, e, "of")) {
    uint32_t u = e + 1 + (e + 2 < send && tok_eq(c, e + 1, "the"));
    ko = atom_at(c, ka, a1, u);
    if (ko < a1 && (c->at[ko].kind == A_COUNTRY || c->at[ko].kind == A_ADJ)) {
      code = actor_code(c, sense_of(c, &c->at[ko])->actor);
      if (code)
        e = atom_end(&c->at[ko]);
    }
  }
  mtmp *m = push(c, pre, e, code ? SIMA_RES_COMPOSED : SIMA_RES_UNCODED);
  if (!m)
    return a1;
  if (code && !dict_is_country(c->d, code)) {
    set_code(m, code, NULL); /* an organisation's officer: IGOUNO, GOV */
    snprintf(m->sector, sizeof m->sector, "%s", sector);
  } else if (code && strlen(code) > 3) {
    /* RULE A-ORG-TITLE: a national organisation's officer is the
    ** organisation's ("ARENA legislator X": SLVPTY, as "PRI legislators"
    ** and "Hamas leader Ismail Haniyeh"; a person noun after an
    ** organisation takes its sector) */
    set_code(m, code, NULL);
  } else if (code)
    set_code(m, code, sector);
  else
    set_code(m, "", NULL);
  m->src1 = src;
  m->person = 1;
  if (!code)
    m->note = sector; /* remembered for the sector of the candidate */
  return atom_from(c, ka, a1, e);
}

/* "in [the] US" after an embassy/ambassador: absorbed, returns new end. */
static uint32_t absorb_place(const ctx *c, uint32_t t, uint32_t *k, uint32_t a1,
                             uint32_t send) {
  if (t >= send || !(tok_eq(c, t, "in") || tok_eq(c, t, "to")))
    return t;
  uint32_t u = t + 1;
  if (u < send && tok_eq(c, u, "the"))
    u++;
  uint32_t kx = atom_at(c, *k, a1, u);
  if (kx < a1 && (c->at[kx].kind == A_COUNTRY || c->at[kx].kind == A_ADJ ||
                  c->at[kx].kind == A_METONYM)) {
    *k = kx + 1;
    return atom_end(&c->at[kx]);
  }
  return t;
}

/* Words for a part of a country: "in south Serbia", "of southern Serbia". */
static const char *const regions[] = {
    "north",        "south",        "east",         "west",
    "northern",     "southern",     "eastern",      "western",
    "central",      "northeast",    "northwest",    "southeast",
    "southwest",    "northeastern", "northwestern", "southeastern",
    "southwestern", NULL};

/* "Israeli-occupied", "rebel-held": who holds a place, before its name. */
static const char *const held[] = {"occupied", "held", "controlled", "run",
                                   NULL};

/* Words that count people: "168 Liberians", "thousands of Nigerians",
** "young Algerians" are individuals (civilians), not the nation. */
static const char *const counting[] = {
    "hundreds", "thousands", "dozens",  "millions", "scores", "tens",
    "several",  "many",      "some",    "few",      "young",  "two",
    "three",    "four",      "five",    "six",      "seven",  "eight",
    "nine",     "ten",       "hundred", "thousand", "million", NULL};

static int counted(const ctx *c, uint32_t first) {
  if (first == 0 || c->ti[first - 1].sent != c->ti[first].sent)
    return 0;
  uint32_t p = first - 1;
  if (tok_eq(c, p, "of") && p > 0)
    p--; /* "thousands of" */
  const sima_token *k = &c->doc->tokens[p];
  return k->kind == SIMA_TOK_NUMBER || tok_in(c, p, counting);
}

/* RULE A-PEOPLE-BARE: 1 when the plural demonym atom a has no definite
** determiner before it and reads as people, not as the nation acting
** ("Britons killed fighting Isis", "Mexicans seeking asylum", "officials
** assured Mexicans"): the country's civilians.  News names the nation
** "the Americans", "the Turks", and the gold standard codes "Palestinians
** blamed Israel" as the country. */
static int bare_people(const ctx *c, const atom *a) {
  static const char *const definite[] = {"the", "these", "those", NULL};
  uint32_t first = a->first;
  if (atom_end(a) != first + 1)
    return 0; /* "Bosnian Serbs": a party to a war, coded as its land */
  static const char *const linked[] = {"and", "or", ",", NULL};
  const sima_syntax *syn = c->doc->syn;
  if (!syn)
    return 0;
  /* people, not the nation acting: a participle after it ("Britons
  ** killed fighting Isis", "Mexicans seeking asylum"), or a verb or
  ** "on/against" before it ("officials assured Mexicans", "attacks on
  ** Australians"); "Palestinians blamed Israel", "the rights of
  ** Palestinians" stay the country, as the gold standard codes them */
  static const char *const against[] = {"on", "against", NULL};
  static const char *const then[] = {"by", "in", "while", "after", "during",
                                     NULL};
  uint32_t t = atom_end(a);
  int part = t < c->doc->ntokens && c->ti[t].sent == c->ti[first].sent &&
             (syn[t].xpos == SIMA_XPOS_VBG ||
              ((syn[t].xpos == SIMA_XPOS_VBN || syn[t].xpos == SIMA_XPOS_VBD) &&
               t + 1 < c->doc->ntokens &&
               (syn[t + 1].xpos == SIMA_XPOS_VBG || tok_in(c, t + 1, then))));
  if (first == 0 || c->ti[first - 1].sent != c->ti[first].sent)
    return part;
  uint32_t p = first - 1; /* a capital opening the sentence is no name */
  int name = c->ti[p].cap && p > 0 && c->ti[p - 1].sent == c->ti[p].sent;
  /* "the Russians and Turks", "the Russians, Turks": the determiner is
  ** the coordination's ("In 2015, Guatemalans voted" is bare) */
  int coord = tok_in(c, p, linked) && p > 0 && c->ti[p - 1].cap &&
              c->ti[p - 1].sent == c->ti[p].sent;
  if (tok_in(c, p, definite) || coord || name)
    return 0;
  return part || syn[p].upos == SIMA_UPOS_VERB || tok_in(c, p, against);
}

/* RULE A-PEOPLE-BARE: 1 when the singular demonym atom a is a noun for
** one person ("a Briton was killed", "the first Briton to die"): an
** indefinite or ordinal word before it and no noun or adjective after. */
static int one_person(const ctx *c, const atom *a, uint32_t send) {
  static const char *const one[] = {"a", "an", "one", "another", "first",
                                    "second", "third", "last", NULL};
  uint32_t first = a->first, t = atom_end(a);
  const sima_syntax *syn = c->doc->syn;
  if (!syn || t != first + 1 || first == 0 ||
      c->ti[first - 1].sent != c->ti[first].sent || !tok_in(c, first - 1, one))
    return 0;
  /* ("a Russian-led attack", "a Russian and Iranian-backed assault"; but
  ** "a Nigerian and a Peruvian") */
  return t >= send ||
         (syn[t].upos != SIMA_UPOS_NOUN && syn[t].upos != SIMA_UPOS_PROPN &&
          syn[t].upos != SIMA_UPOS_ADJ && !tok_eq(c, t, "-") &&
          !c->ti[t].cap &&
          (syn[t].upos != SIMA_UPOS_CCONJ || tok_eq(c, t + 1, "a") ||
           tok_eq(c, t + 1, "an")));
}

/* RULE A-ARRIVE-CAPITAL: a capital after "arrive in" / "land in" stands
** for the government that hosts the arrival, not for its people: CAMEO
** codes arriving in a capital as a visit to its state ("inspectors are
** set to arrive in Damascus": the Syrian government hosts them, SYRGOV,
** not SYRCVL); a private traveller's trip there stays no visit
** (C-VISIT-CAPITAL).  Token p is the capital's first (after "in"). */
static int arrival_in(const ctx *c, uint32_t p) {
  static const char *const arrive[] = {"arrive", "land", NULL};
  const sima_syntax *syn = c->doc->syn;
  if (!syn || p < 2 || !tok_eq(c, p - 1, "in") ||
      c->ti[p - 2].sent != c->ti[p].sent || !syn[p - 2].lemma ||
      syn[p - 2].upos != SIMA_UPOS_VERB)
    return 0;
  for (size_t k = 0; arrive[k]; k++)
    if (!sima_casecmp(syn[p - 2].lemma, arrive[k]))
      return 1;
  return 0;
}

/* RULE A-CITY-PART: a capital after a word for a part of a city and
** "of" ("the Villa Soldati neighborhood of Buenos Aires", "the outskirts
** of Kabul") names the city where the part lies, a place standing for its
** people (CCC+CVL) as after "in", not its government: a raid on a
** neighbourhood is no raid on the state.  So is a capital in a list of
** "cities"/"towns of" ("seized properties in the cities of Cochabamba,
** Santa Cruz and La Paz").  Token p is the capital's first. */
static int city_part(const ctx *c, uint32_t p) {
  static const char *const parts[] = {
      "barrio",     "barrios",  "district",  "districts", "favela",
      "favelas",    "neighborhood", "neighborhoods", "neighbourhood",
      "neighbourhoods", "outskirts", "slum", "slums", "suburb", "suburbs",
      NULL};
  /* (a list of places: "in the cities of Cali, Bogota and Bucaramanga";
  ** "cities"/"towns" in the plural only: "the capital city of Algiers"
  ** stays the government) */
  static const char *const lists[] = {"cities", "towns", NULL};
  uint32_t q = p, listed = 0;
  while (q > 1 && p - q < 12 && c->ti[q - 1].sent == c->ti[p].sent &&
         (tok_eq(c, q - 1, ",") || tok_eq(c, q - 1, "and") ||
          (c->ti[q - 1].word && c->ti[q - 1].cap)))
    q--, listed = 1;
  if (q < 2 || !tok_eq(c, q - 1, "of") || c->ti[q - 2].sent != c->ti[p].sent)
    return 0;
  if (listed && !tok_eq(c, p - 1, ",") && !tok_eq(c, p - 1, "and"))
    return 0;
  return tok_in(c, q - 2, parts) || tok_in(c, q - 2, lists);
}

/* RULE A-FORUM-CAPITAL: a capital compounded before a word for a group
** or format of talks ("the Astana group", "the Minsk format", "the Lima
** Group") names the states that meet there, not the host's government:
** no actor (C-VENUE-NAME drops such targets; this also drops sources).
** Token t is the word after the capital. */
static int forum_capital(const ctx *c, const atom *a, uint32_t t,
                         uint32_t send) {
  static const char *const forums[] = {"format", "group", "process", "talks",
                                       NULL};
  return a->kind == A_METONYM && t < send && tok_in(c, t, forums) &&
         a->first > 0 && tok_eq(c, a->first - 1, "the") &&
         c->ti[a->first - 1].sent == c->ti[a->first].sent;
}

/* RULE A-ADJ-FIELD: 1 when token u (the word after a field word such as
** "film") carries the phrase on: a hyphen ("film-maker") or a noun ("film
** director"), so the adjective may still describe a person. */
static int field_compound(const ctx *c, uint32_t u, uint32_t send) {
  if (u >= send)
    return 0;
  if (tok_eq(c, u, "-"))
    return 1;
  return c->doc->syn && (c->doc->syn[u].upos == SIMA_UPOS_NOUN ||
                         c->doc->syn[u].upos == SIMA_UPOS_PROPN);
}

/* RULE A-NAMED-REGION: a country's name, its possessive, one to three
** capitalised words no dictionary knows and a word for a region
** (or a place of that country the dictionary knows) and a word for a
** region ("Syria's Idlib province", "Mexico's Guerrero state") name a region of
** that country: one place mention standing for its people (CCC+CVL, as
** a town by its name), not the state: "an attack on Syria's Idlib
** province" is no attack on Syria's state, and "a vigilante group in
** Mexico's Guerrero state" is placed there, not Mexico.  Returns the
** token after the region word, else 0.  Token t is the one after the
** country's name (atom k). */
static uint32_t named_region(const ctx *c, uint32_t k, uint32_t t,
                             uint32_t send) {
  static const char *const regions_of[] = {
      "department", "district", "governorate", "municipality", "province",
      "region",     "state",    NULL};
  const atom *a = &c->at[k];
  if (a->kind != A_COUNTRY || t + 2 >= send ||
      !tok_poss(c, t))
    return 0;
  uint32_t u = t + 1;
  const char *own = actor_code(c, sense_of(c, a)->actor);
  while (u < send && u - t <= 3 && c->ti[u].word && c->ti[u].cap &&
         !c->ti[u].allcap && !is_stopword(c, u) && !tok_in(c, u, calendar)) {
    uint32_t ku = atom_at(c, k + 1, c->nat, u);
    if (ku == c->nat) {
      u++;
      continue;
    }
    /* (or a place the dictionary places in that country: "Idlib") */
    const char *pc = actor_code(c, sense_of(c, &c->at[ku])->actor);
    if (!own || !pc || strlen(pc) < 3 || strncmp(pc, own, 3) ||
        (c->at[ku].kind != A_COUNTRY && c->at[ku].kind != A_METONYM))
      break;
    u = atom_end(&c->at[ku]);
  }
  if (u > t + 1 && u < send && c->ti[u].lower && tok_in(c, u, regions_of))
    return u + 1;
  /* (or adjectives, a region word and "of" a name: "Mexico's troubled
  ** state of Guerrero", "Colombia's southwestern departments of Narino") */
  static const char *const regions_pl[] = {
      "department",   "departments", "district",  "districts",
      "governorate",  "governorates", "municipalities", "municipality",
      "province",     "provinces",   "region",    "regions",
      "state",        "states",      NULL};
  const sima_syntax *syn = c->doc->syn;
  u = t + 1;
  while (syn && u < send && u - t <= 2 && c->ti[u].lower &&
         syn[u].upos == SIMA_UPOS_ADJ)
    u++;
  if (u + 2 >= send || !c->ti[u].lower || !tok_in(c, u, regions_pl) ||
      !tok_eq(c, u + 1, "of") || !c->ti[u + 2].word || !c->ti[u + 2].cap ||
      c->ti[u + 2].allcap || tok_in(c, u + 2, calendar))
    return 0;
  uint32_t v = u + 2;
  while (v < send && v - (u + 2) < 3 && c->ti[v].word && c->ti[v].cap &&
         !c->ti[v].allcap && !is_stopword(c, v) && !tok_in(c, v, calendar))
    v++;
  return v;
}

/* RULE A-BETWEEN-VENUE: an "in" place after the last member of a
** "between X and Y" pair of talks says where the two meet, not where Y
** is: "talks between the regime and opposition in Vienna" are no
** Austrian opposition ("fighting between the army and rebels in Darfur"
** stays: no word for talks).  Token f is the agent's first word. */
static int between_talks(const ctx *c, uint32_t f) {
  static const char *const talks[] = {
      "conference", "dialogue", "meeting", "negotiations", "summit", "talks",
      NULL};
  uint32_t p = f;
  if (p > 0 && (tok_eq(c, p - 1, "the") || tok_eq(c, p - 1, "its") ||
                tok_eq(c, p - 1, "their")))
    p--;
  if (p == 0 || !tok_eq(c, p - 1, "and") || c->ti[p - 1].sent != c->ti[f].sent)
    return 0;
  for (uint32_t q = p - 1; q > 1 && p - q < 10; q--) {
    uint32_t w = q - 1;
    if (c->ti[w].sent != c->ti[f].sent || tok_eq(c, w, ",") ||
        tok_eq(c, w, ";"))
      return 0;
    if (tok_eq(c, w, "between"))
      return tok_in(c, w - 1, talks) && c->ti[w - 1].sent == c->ti[f].sent;
  }
  return 0;
}

/* RULE A-ACRONYM-COUNTRY (p16t): a country's name fused by a hyphen (no
** spaces) to an acronym before it that names no actor is the national
** branch in an organisation's name, not the country: "ACAT-France blamed
** the cartels" is no French accusation, "UNA-UK" no British one; a pair of
** countries ("US-Mexico") stays.  Returns 1 for such an atom k. */
static int acronym_country(const ctx *c, uint32_t k) {
  const atom *a = &c->at[k];
  uint32_t f = a->first;
  if (a->kind != A_COUNTRY || f < 2 || !tok_eq(c, f - 1, "-") ||
      c->ti[f - 2].sent != c->ti[f].sent || !c->ti[f - 2].word ||
      !c->ti[f - 2].allcap)
    return 0;
  const sima_token *tk = c->doc->tokens;
  if (tk[f - 2].off + tk[f - 2].len != tk[f - 1].off ||
      tk[f - 1].off + tk[f - 1].len != tk[f].off || tk[f - 2].len < 2)
    return 0;
  return atom_at(c, 0, k, f - 2) == k;
}

/* Emits a country mention for atom k: a name, a metonym, or an adjective
** without an agent ("a French proposal", "the Israelis": the gold
** standard and PETRARCH code these as the country). */
static void country_alone(ctx *c, uint32_t k, uint32_t send) {
  const atom *a = &c->at[k];
  const dict_sense *s = sense_of(c, a);
  uint32_t t = atom_end(a);
  if (acronym_country(c, k))
    return;
  /* "Washington Post", "Moscow Times", "Chinese New Year": part of a
  ** longer name; but "Iraqi Kurds", "Bosnian Serbs" are people */
  if (t < send && c->ti[t].word && c->ti[t].cap && !c->ti[t].title_sent &&
      atom_at(c, k + 1, c->nat, t) == c->nat && !is_stopword(c, t) &&
      !tok_in(c, t, calendar)) {
    const sima_token *nx = &c->doc->tokens[t];
    int people = a->kind == A_ADJ && nx->nnorm > 3 &&
                 nx->norm[nx->nnorm - 1] == 's' &&
                 !(t + 1 < send && c->ti[t + 1].cap && c->ti[t + 1].word);
    /* RULE A-NATIONAL-NAME: "the Colombian Cesar Barrera": a demonym
    ** after an article, before a name of two or three capitalised words
    ** the dictionaries do not know, is one person of that country (so
    ** that "he" after it is him, not somebody named earlier) */
    uint32_t e = t;
    while (e < send && e - t < 4 && c->ti[e].word && c->ti[e].cap &&
           !c->ti[e].allcap && !is_stopword(c, e) && !tok_in(c, e, calendar) &&
           (!c->doc->syn || c->doc->syn[e].upos == SIMA_UPOS_PROPN))
      e++;
    /* (no body: "the Liberian Peace Council", "the Mexican Gomez Cartel") */
    static const char *const bodies[] = {
        "agency",    "alliance",     "army",       "association", "bank",
        "cartel",    "church",       "club",       "commission",  "committee",
        "company",   "congress",     "corporation", "council",    "court",
        "federation", "force",       "forces",     "foundation",  "front",
        "group",     "institute",    "league",     "ministry",    "movement",
        "news",      "organisation", "organization", "party",     "post",
        "times",     "union",        "university", NULL};
    for (uint32_t i = t; i < e; i++) {
      uint32_t ai = atom_at(c, k + 1, c->nat, i);
      if (tok_in(c, i, bodies) ||
          (ai < c->nat &&
           (c->at[ai].kind == A_AGENT || c->at[ai].kind == A_ACTOR)))
        e = t;
    }
    if (!people && a->kind == A_ADJ && !a->plural && e - t >= 2 &&
        e - t <= 3 && a->first > 0 &&
        c->ti[a->first - 1].sent == c->ti[a->first].sent &&
        (tok_eq(c, a->first - 1, "the") || tok_eq(c, a->first - 1, "a")) &&
        !(e < send && c->ti[e].cap && c->ti[e].word)) {
      const char *cc = actor_code(c, s->actor);
      mtmp *m = cc && strlen(cc) == 3 ? push(c, a->first, e, SIMA_RES_COMPOSED)
                                      : NULL;
      if (m) {
        m->src1 = s->src;
        m->person = 1;
        set_code(m, cc, NULL);
      }
      return;
    }
    if (!people)
      return;
  }
  /* RULE A-NAME-FEATURE: a name before a word for a landform or water
  ** names that feature ("the San Juan river", "the Jordan Valley", "the
  ** Congo basin"), no actor */
  static const char *const feature[] = {
      "river",  "rivers",    "valley",   "basin",  "lake",    "delta",
      "canyon", "mountains", "mountain", "range",  "desert",  "peninsula",
      "island", "islands",   "bay",      "lagoon", "estuary", NULL};
  if (a->kind != A_ADJ && t < send && tok_in(c, t, feature))
    return;
  /* RULE A-ADJ-EVENT: an adjective alone before a word for a war or a
  ** process names where it happens, no actor that acts ("killed by the
  ** Syrian civil war", "guarantors of the Syrian peace process"); not
  ** after "a" ("backs a Russian peace process" is Russia's) or in a pair
  ** ("US-Russian conflict": the parties) */
  static const char *const events[] = {"war", "civil", "conflict",
                                       "peace", "crisis", NULL};
  uint32_t f = a->first;
  if (a->kind == A_ADJ && t < send && tok_in(c, t, events) &&
      !(f > 0 && (tok_eq(c, f - 1, "a") || tok_eq(c, f - 1, "an") ||
                  tok_eq(c, f - 1, "-"))) &&
      !(t + 1 < send && tok_eq(c, t, "civil") && !tok_eq(c, t + 1, "war")) &&
      !(t + 1 < send && tok_eq(c, t, "peace") && !tok_eq(c, t + 1, "process")))
    return;
  /* RULE A-ADJ-LANGUAGE: a country's adjective joined to "speaking" or
  ** "speaker(s)" names a language, not the country or its people:
  ** "1,800 Russian-speakers who have disappeared into Iraq and Syria"
  ** (from Central Asia as much as Russia), "Russian-speaking fighters",
  ** "French speaking diplomats" are no RUS or FRA */
  static const char *const speak[] = {"speaker", "speakers", "speaking", NULL};
  if (a->kind == A_ADJ && t < send &&
      (tok_in(c, t, speak) ||
       (t + 1 < send && tok_eq(c, t, "-") && tok_in(c, t + 1, speak))))
    return;
  /* RULE A-ADJ-FIELD: a country's adjective before a word for a
  ** language, an art or a cuisine that ends its phrase names that field,
  ** not the country or its people: "a student of French literature" is no
  ** French student, "Chinese cuisine"; "the French film-maker", "a
  ** French film director" stay French */
  static const char *const field[] = {"cinema",  "cuisine", "film",
                                      "films",   "grammar", "language",
                                      "literature", "music", "poetry",
                                      NULL};
  if (a->kind == A_ADJ && t < send && tok_in(c, t, field) &&
      !field_compound(c, t + 1, send))
    return;
  if (forum_capital(c, a, t, send))
    return;
  {
    uint32_t re = named_region(c, k, t, send);
    const char *rc = re ? actor_code(c, s->actor) : NULL;
    if (rc && strlen(rc) == 3) {
      mtmp *m = push(c, a->first, re, SIMA_RES_COMPOSED);
      if (m) {
        m->src1 = s->src;
        set_code(m, rc, "CVL");
      }
      return;
    }
  }
  const char *code = actor_code(c, s->actor);
  if (!code)
    return;
  mtmp *m = push(c, a->first, t, SIMA_RES_DICT);
  if (!m)
    return;
  m->actor = s->actor;
  m->src1 = s->src;
  /* "in Baghdad", "in central Baghdad": a place, standing for the people
  ** there (CVL) rather than for the government */
  uint32_t p = a->first;
  if (p > 0 && tok_in(c, p - 1, regions))
    p--; /* "in central Baghdad" */
  int place = p > 0 && tok_in(c, p - 1, locatives) &&
              c->ti[p - 1].sent == c->ti[a->first].sent;
  /* RULE A-CITY-CAPITAL: so is a capital called a city or town right
  ** before its name ("capital city San Salvador", "the border town
  ** Ciudad X"): the town, not its government ("the capital Freetown",
  ** "the capital city of Algiers" stay: the PLOVER gold codes those as the
  ** government) */
  {
    if (p > 0 && (tok_eq(c, p - 1, "city") || tok_eq(c, p - 1, "town")) &&
        c->ti[p - 1].lower && c->ti[p - 1].sent == c->ti[a->first].sent)
      place = 1;
  }
  /* RULE A-EMBASSY-CAPITAL: but a capital after "embassy in" stands, as
  ** elsewhere, for the government the embassy is accredited to, not for
  ** its people: "reopened its embassy in Damascus" is SYRGOV, not SYRCVL */
  static const char *const missions[] = {"consulate", "consulates", "embassies",
                                         "embassy", NULL};
  if (place && p > 1 && tok_eq(c, p - 1, "in") && tok_in(c, p - 2, missions) &&
      c->ti[p - 2].sent == c->ti[p].sent)
    place = 0;
  if (place && p > 1 && arrival_in(c, p))
    place = 0;
  if (a->kind == A_METONYM && city_part(c, a->first))
    place = 1;
  if (a->kind == A_METONYM && !place) {
    set_code(m, code, dict_str(c->d, s->sector));
  } else if (a->kind == A_METONYM && strlen(code) == 3) {
    set_code(m, code, "CVL");
  } else if (a->kind == A_ADJ && strlen(code) == 3 &&
             ((a->plural && (counted(c, a->first) || bare_people(c, a))) ||
              (!a->plural && one_person(c, a, send)))) {
    set_code(m, code, "CVL"); /* "168 Liberians", "thousands of Nigerians" */
  } else {
    set_code(m, code, NULL);
    m->bare = 1;
  }
}


/* People named by their ethnicity live where the text says, not in the
** country of the adjective: "ethnic Albanians in south Serbia" and
** "Albanians of southern Serbia" are Serbia's civilians (SRBCVL), "ethnic
** Turks" alone are no country's.  For a plural adjective atom k (with
** "ethnic" before it, or "of" after it) returns the next atom index after
** the mention it emits, or 0 if the rule does not apply.  "Palestinians
** living in the West Bank" and "Palestinians of the occupied West Bank"
** are civilians of that place too (PSECVL). */
static uint32_t ethnic(ctx *c, uint32_t k, uint32_t a1, uint32_t send) {
  const atom *a = &c->at[k];
  if (!a->plural)
    return 0;
  int eth = a->first > 0 && tok_eq(c, a->first - 1, "ethnic") &&
            c->ti[a->first - 1].sent == c->ti[a->first].sent;
  uint32_t t = atom_end(a);
  int of = t < send && tok_eq(c, t, "of");
  /* "Palestinians living in the West Bank" */
  int living = t + 1 < send && (tok_eq(c, t, "living") ||
                                tok_eq(c, t, "residing")) &&
               tok_eq(c, t + 1, "in");
  if (living)
    t++;
  if (!eth && !of && !living)
    return 0;
  uint32_t first = eth ? a->first - 1 : a->first;
  if (t < send && (of || tok_eq(c, t, "in"))) {
    uint32_t u = t + 1;
    if (u < send && tok_eq(c, u, "the"))
      u++;
    if (u < send && tok_eq(c, u, "occupied"))
      u++; /* "of the occupied West Bank" */
    else if (u + 2 < send && tok_eq(c, u + 1, "-") &&
             tok_in(c, u + 2, held))
      u += 3; /* "of the Israeli-occupied West Bank" */
    if (u + 1 < send && tok_in(c, u, regions) &&
        atom_at(c, k + 1, a1, u) == a1)
      u++; /* "south Serbia", but "West Bank" is a name */
    uint32_t kx = atom_at(c, k + 1, a1, u);
    if (kx < a1 && c->at[kx].kind == A_COUNTRY) {
      const dict_sense *sp = sense_of(c, &c->at[kx]);
      const char *place = actor_code(c, sp->actor);
      const char *own = actor_code(c, sense_of(c, a)->actor);
      if (place && own && dict_is_country(c->d, place)) {
        mtmp *m = push(c, first, atom_end(&c->at[kx]), SIMA_RES_COMPOSED);
        if (!m)
          return a1;
        char cc[4] = {place[0], place[1], place[2], 0};
        set_code(m, cc, "CVL");
        m->src1 = sense_of(c, a)->src;
        m->src2 = sp->src;
        return kx + 1;
      }
    }
  }
  if (!eth)
    return 0;
  /* "ethnic Turks": an ethnic group, civilians of no country yet (CAMEO
  ** codes an ethnic group by where it lives: the coder's C-AGENT-PLACE
  ** gives it the country of its event) */
  mtmp *m = push(c, first, atom_end(a), SIMA_RES_COMPOSED);
  if (!m)
    return a1;
  set_code(m, "CVL", NULL);
  m->src1 = sense_of(c, a)->src;
  return k + 1;
}

/* Country name/adjective/metonym at k: coordination and composition. */
/* The 3-letter country of the country atom a ("Turkish", "Syria",
** "Afrin": TUR, SYR, SYR), or NULL. */
static const char *atom_country(const ctx *c, const atom *a) {
  if (a->kind != A_COUNTRY && a->kind != A_ADJ && a->kind != A_METONYM)
    return NULL;
  const char *code = actor_code(c, sense_of(c, a)->actor);
  return code && strlen(code) >= 3 && dict_is_country(c->d, code) ? code
                                                                   : NULL;
}

/* RULE A-TALKS-VENUE: "talks with the government in <capital>" held by a
** group of another country are talks with that group's own government
** in a venue abroad: "the FARC are in peace talks with the government in
** Havana, Cuba" are Colombia's talks (COLGOV), not Cuba's.  Token f is
** the agent's first word ("government", "regime", after "with (the)"
** and a word for talks at most three words before "with"), kx the place
** atom after "in" (a capital or country).  Returns the country of the
** latest earlier mention in the sentence that is a non-state group
** (rebels, insurgents, opposition, a party, criminals) of another
** country than the place's, or NULL. */
static const char *talks_venue(const ctx *c, uint32_t f, uint32_t kx) {
  /* (sorted) */
  static const char *const talks[] = {"dialogue", "negotiations",
                                      "talks", NULL};
  static const char *const groups[] = {"CRM", "INS", "OPP", "PTY", "REB",
                                       NULL};
  uint32_t p = f;
  if (p > 0 && tok_eq(c, p - 1, "the"))
    p--;
  if (p < 2 || !tok_eq(c, p - 1, "with"))
    return NULL;
  int said = 0;
  for (uint32_t q = p - 1; q > 0 && p - q <= 4 && !said; q--)
    said = c->ti[q - 1].sent == c->ti[f].sent && tok_in(c, q - 1, talks);
  const char *pc = said ? atom_country(c, &c->at[kx]) : NULL;
  if (!pc)
    return NULL;
  for (uint32_t q = c->nm; q > 0; q--) {
    const mtmp *x = &c->m[q - 1];
    if (x->sent != c->ti[f].sent || x->first >= f)
      continue;
    char xc[4], xs[4];
    actor_split_code(c->d, x->code, xc, xs);
    if (xc[0] && strncmp(xc, pc, 3) && dict_is_country(c->d, xc))
      for (uint32_t g = 0; groups[g]; g++)
        if (!strcmp(xs, groups[g]))
          return x->code;
  }
  return NULL;
}

/* RULE A-BACKER-NOT-ACTOR: the country of a backed agent (the backers
** are atoms k..j; the agent ends at token end): a country in an
** "in"-phrase right after it ("US-backed fighters in Syria": SYR), else
** the country the document names most often as a place ("in Syria", "in
** northern Syria": at least twice, more than any other) once the
** backers' own are set aside: in a story on
** Turkey's offensive in Afrin, "Turkish-backed rebels" are Syria's.
** NULL when neither says (the coder places the agent then). */
static const char *proxy_country(const ctx *c, uint32_t k, uint32_t j,
                                 uint32_t end, uint32_t a1, uint32_t send,
                                 uint32_t min) {
  const char *backer[16];
  uint32_t nb = 0;
  for (uint32_t q = k; q <= j && q < a1 && nb < 16; q++) {
    const char *bc = atom_country(c, &c->at[q]);
    if (bc)
      backer[nb++] = bc;
  }
  int is_backer_in = 0;
  if (end + 1 < send && tok_eq(c, end, "in")) {
    uint32_t pk = atom_at(c, j + 1, a1, end + 1);
    const char *pc = pk < a1 ? atom_country(c, &c->at[pk]) : NULL;
    for (uint32_t b = 0; pc && b < nb; b++)
      if (!strncmp(pc, backer[b], 3))
        is_backer_in = 1;
    if (pc && !is_backer_in)
      return pc;
  }
  const char *name[32];
  uint32_t count[32], nc = 0;
  /* (sorted) */
  static const char *const into[] = {"across", "in", "inside", "into",
                                     "throughout", "within", NULL};
  for (uint32_t i = 0; i < c->nat; i++) {
    const atom *ai = &c->at[i];
    if (ai->kind != A_COUNTRY || ai->first == 0)
      continue;
    /* (a place where things happen: "in Syria", "in northern Syria") */
    uint32_t pt = ai->first - 1;
    if (pt > 0 && tok_in(c, pt, regions))
      pt--;
    if (!tok_in(c, pt, into))
      continue;
    const char *cc = atom_country(c, ai);
    int own = 0;
    for (uint32_t b = 0; cc && b < nb; b++)
      own |= !strncmp(cc, backer[b], 3);
    if (!cc || own)
      continue;
    uint32_t q = 0;
    while (q < nc && strncmp(name[q], cc, 3))
      q++;
    if (q == nc) {
      if (nc == 32)
        continue;
      name[nc] = cc;
      count[nc++] = 0;
    }
    count[q]++;
  }
  uint32_t most = 0, second = 0;
  const char *top = NULL;
  for (uint32_t q = 0; q < nc; q++)
    if (count[q] > most) {
      second = most;
      most = count[q];
      top = name[q];
    } else if (count[q] > second)
      second = count[q];
  return most >= min && most > second ? top : NULL;
}

/* RULE A-KURDS-FORCES: "the Syrian Kurds", "Syria's Kurds" (the article
** or the country's possessive, then the plural "Kurds" alone) are one
** collective actor of the war, its Kurdish forces (SYRREB), as "the Kurds"
** are (agents.txt); "Syrian Kurds" and "Iraqi Kurds" without either stay
** people ("attacks on Iraqi Kurds": IRQCVL).  Country atom k, agent ka. */
static int kurds_collective(const ctx *c, uint32_t k, uint32_t ka) {
  const atom *a = &c->at[k], *g = &c->at[ka];
  uint32_t t = atom_end(a);
  if (g->count != 1 || !g->plural || !tok_eq(c, g->first, "kurds"))
    return 0;
  if (g->first == t)
    return a->first > 0 && tok_eq(c, a->first - 1, "the") &&
           c->ti[a->first - 1].sent == c->ti[a->first].sent;
  return g->first == t + 1 && (tok_eq(c, t, "'s") || tok_eq(c, t, "'"));
}

/* RULE A-PROXY-FORCE: a country's proxies are fighters of the land
** they fight in, not its own forces: "Turkey's proxy forces", "Iranian
** proxy militias" (the word "proxy" alone between the country, or its
** possessive, at token t and the agent at token f) are treated as
** "Turkish-backed" ones (A-BACKER-NOT-ACTOR).  Returns 1 when it applies. */
static int proxy_word(const ctx *c, uint32_t t, uint32_t f) {
  if (t < f && (tok_eq(c, t, "'s") || tok_eq(c, t, "\u2019s") ||
                tok_eq(c, t, "'") || tok_eq(c, t, "\u2019")))
    t++;
  return t + 1 == f && tok_eq(c, t, "proxy");
}

/* RULE A-BACKER-NOT-ACTOR: a country fused by a hyphen to a participle of
** sponsorship before an agent names the backer, not the agent's country:
** "Turkish-backed rebels", "US-backed Kurdish fighters in Syria",
** "Iranian-funded militias" are fighters of the country they fight in, so
** the mention keeps only the agent's sector (placed by the coder like any
** bare agent: SYRREB in a Syrian story), and the backer is no actor of it
** (C-SPONSOR-ADJ leaves it no actor of the event either).  The leader,
** owner or seat is the agent's own ("Saudi-led coalition", "US-led
** forces", "Guyana-based criminals": led, run, controlled, based stay).
** Country j's atom is the last of the run list[0..n) from k; ka the agent
** atom after the participle.  Returns the next atom index, or 0 when the
** rule does not apply. */
static uint32_t backer_agent(ctx *c, uint32_t k, uint32_t j, uint32_t ka,
                             uint32_t a1, uint32_t send) {
  static const char *const sponsors[] = {
      "affiliated", "aligned",  "allied",    "armed",   "backed",
      "bankrolled", "financed", "funded",    "linked",  "sponsored",
      "supported",  "trained",  NULL};
  uint32_t t = atom_end(&c->at[j]);
  if (ka >= a1 || t + 1 >= send || c->at[j].kind == A_METONYM)
    return 0;
  int hyphen = tok_eq(c, t, "-") && tok_in(c, t + 1, sponsors);
  int led = tok_eq(c, t, "-") && tok_eq(c, t + 1, "led");
  int proxy = proxy_word(c, t, c->at[ka].first);
  if (!hyphen && !led && !proxy)
    return 0;
  agentrun r;
  uint32_t next = agent_run(c, ka, a1, &r);
  /* (a title before a person: "Saudi-backed President Hadi" is the
  ** person's own code; PETRARCH agents carry no sector of their own) */
  if (r.flags & (DICT_F_LEGACY | DICT_F_TITLE | DICT_F_PERSON))
    return 0;
  /* RULE A-LED-MILITIA: a militia or rebel force "led" by a country is
  ** still the fighters of the land they fight in ("the US-led militia
  ** battling Isis in Syria" is no American rebel group), though a
  ** country's led forces and coalitions stay its own */
  if (led && strcmp(r.sector, "REB") != 0)
    return 0;
  mtmp *m = push(c, c->at[k].first, r.end, SIMA_RES_COMPOSED);
  if (!m)
    return a1;
  const char *home = proxy_country(c, k, j, r.end, a1, send, proxy ? 99 : 2);
  char cc[4] = "";
  if (home)
    memcpy(cc, home, 3);
  /* (a proxy force is an armed group, whatever word names it) */
  set_code(m, cc, proxy && !strcmp(r.sector, "MIL") ? "REB" : r.sector);
  m->src1 = sense_of(c, &c->at[k])->src; /* uncoded: placed by the coder */
  m->src2 = r.src;
  return next;
}

/* RULE A-PLACE-AGENT: 1 when metonym sense s is a place standing for its
** people (sector CVL: a `place:` of countries.txt), not a seat of power. */
static int place_metonym(const ctx *c, const dict_sense *s) {
  const char *ms = dict_str(c->d, s->sector);
  return ms && !strcmp(ms, "CVL");
}

/* RULE A-BASED-COALITION: a place before "-based"/"-headquartered" and a
** coalition or alliance names where that body sits, not whose it is: a
** coalition is of several states ("the Baghdad-based coalition of
** anti-Isis forces" is the international coalition, not Iraq's military).
** Returns the coalition's atom (built without the place's country), else
** a1. */
static uint32_t based_coalition(const ctx *c, uint32_t k, uint32_t a1,
                                uint32_t send) {
  static const char *const bodies[] = {"alliance", "coalition", NULL};
  uint32_t t = atom_end(&c->at[k]);
  if (!(t + 2 < send && tok_eq(c, t, "-") &&
        (tok_eq(c, t + 1, "based") || tok_eq(c, t + 1, "headquartered")) &&
        tok_in(c, t + 2, bodies)))
    return a1;
  uint32_t nk = atom_at(c, k + 1, a1, t + 2);
  return nk < a1 && c->at[nk].kind == A_AGENT ? nk : a1;
}

static uint32_t build_country(ctx *c, uint32_t k, uint32_t a1, uint32_t send) {
  uint32_t list[16], n = 0, j = k;
  /* RULE A-BASED-NATIONALITY: a place where people are based is no actor
  ** when a nationality follows: "Guyana-based Mexican criminals" are
  ** Mexican criminals (MEXCRM) who live in Guyana, and Guyana is not a
  ** party to what they do ("Guyana-based criminals" alone: GUYCRM) */
  {
    uint32_t t = atom_end(&c->at[k]);
    uint32_t nk = t + 2 < send && tok_eq(c, t, "-") &&
                          (tok_eq(c, t + 1, "based") ||
                           tok_eq(c, t + 1, "headquartered"))
                      ? atom_at(c, k + 1, a1, t + 2)
                      : a1;
    if (nk < a1 && c->at[nk].kind == A_ADJ &&
        agent_after(c, atom_end(&c->at[nk]), nk + 1, a1, send) < a1)
      return nk;
  }
  /* RULE A-BASED-COALITION */
  {
    uint32_t nk = based_coalition(c, k, a1, send);
    if (nk < a1)
      return nk;
  }
  list[n++] = k;
  /* "Hungarian and Romanian officials", "Russian, Iranian and Turkish" */
  while (n < 16 && c->at[j].kind != A_METONYM) {
    uint32_t t = atom_end(&c->at[j]);
    uint32_t u = t;
    while (u < send && u - t < 2 && is_connector(c, u))
      u++;
    if (u == t)
      break;
    uint32_t nj = atom_at(c, j + 1, a1, u);
    if (nj >= a1 || (c->at[nj].kind != A_ADJ && c->at[nj].kind != A_COUNTRY))
      break;
    /* "admittance to Ghanaians, Benin police said": a plural demonym is
    ** a noun phrase of its own, not a modifier of a later agent */
    if (c->at[j].kind == A_ADJ && c->at[j].plural)
      break;
    list[n++] = j = nj;
  }
  uint32_t ka = agent_after(c, atom_end(&c->at[j]), j + 1, a1, send);
  /* RULE A-DEMONYM-NOUN: nor does a plural demonym modify the agent
  ** right after it: "one of two Brazilians authorities say ran a mining
  ** network" are the Brazilians, and the authorities no one's (a
  ** reduced relative clause; "Brazilian authorities" is the adjective),
  ** when a finite verb follows the agent ("11 Syrians refugees in the
  ** first months" is a slip for the adjective) */
  if (ka < a1 && c->at[j].kind == A_ADJ && c->at[j].plural && c->doc->syn) {
    uint32_t e = ka;
    while (e + 1 < a1 && c->at[e + 1].kind == A_AGENT &&
           c->at[e + 1].first == atom_end(&c->at[e]))
      e++;
    uint32_t v = atom_end(&c->at[e]);
    if (v < send && (c->doc->syn[v].xpos == SIMA_XPOS_VBP ||
                     c->doc->syn[v].xpos == SIMA_XPOS_VBD ||
                     c->doc->syn[v].xpos == SIMA_XPOS_VBZ ||
                     c->doc->syn[v].xpos == SIMA_XPOS_MD))
      ka = a1;
  }
  {
    uint32_t bk = backer_agent(c, k, j, ka, a1, send);
    if (bk)
      return bk;
  }
  /* "ethnic Albanian guerrillas", "ethnic Albanian unrest": an ethnic
  ** group, not the country of the adjective */
  int eth = n == 1 && c->at[k].kind == A_ADJ && !c->at[k].plural &&
            c->at[k].first > 0 && tok_eq(c, c->at[k].first - 1, "ethnic") &&
            c->ti[c->at[k].first - 1].sent == c->ti[c->at[k].first].sent;
  if (eth && ka == a1)
    return k + 1;
  if (eth) {
    agentrun re;
    uint32_t nx = agent_run(c, ka, a1, &re);
    if (!(re.flags & DICT_F_LEGACY)) {
      mtmp *m = push(c, c->at[k].first - 1, re.end, SIMA_RES_COMPOSED);
      if (!m)
        return a1;
      set_code(m, re.sector, NULL); /* placed by the coder */
      m->src1 = sense_of(c, &c->at[k])->src;
      m->src2 = re.src;
      m->person = (re.flags & DICT_F_PERSON) != 0;
      return nx;
    }
  }
  if (ka == a1) {
    if (n == 1 && c->at[k].kind == A_ADJ) {
      uint32_t ek = ethnic(c, k, a1, send);
      if (ek)
        return ek;
    }
    for (uint32_t q = 0; q < n; q++)
      country_alone(c, list[q], send);
    return j + 1;
  }
  agentrun r;
  uint32_t next = agent_run(c, ka, a1, &r);
  /* "Syria and Palestinian leader": one leader is not shared */
  if (n > 1 && (r.flags & DICT_F_PERSON) && !c->at[next - 1].plural) {
    for (uint32_t q = 0; q + 1 < n; q++)
      country_alone(c, list[q], send);
    list[0] = list[n - 1];
    n = 1;
  }
  uint32_t end = r.end;
  if (r.flags & DICT_F_ABROAD)
    end = absorb_place(c, end, &next, a1, send);
  /* "Bree Prime Minister Romendacil" with ROMENDACIL [BRE] in a PETRARCH
  ** actor file: a capitalised name of the same country right after the
  ** agent is that country's official, one mention (BREGOV) */
  if (n == 1 && next < a1 && c->at[next].kind == A_COUNTRY &&
      c->at[next].first == end && c->ti[end].cap) {
    const char *pc = actor_code(c, sense_of(c, &c->at[next])->actor);
    const char *kc = actor_code(c, sense_of(c, &c->at[k])->actor);
    if (pc && kc && strlen(pc) == 3 && !strncmp(pc, kc, 3)) {
      end = atom_end(&c->at[next]);
      next++;
    }
  }
  /* "Fornost President Umbardacil has appealed": a PETRARCH agent file
  ** marks no titles, so an agent without flags followed by an unknown
  ** capitalised name (1-3 words, then a lower-case word) is a title
  ** before a person of that country */
  if (n == 1 && (r.flags & ~(unsigned)(DICT_F_LEGACY | DICT_F_PREFIX)) == 0 &&
      end < send && c->ti[end].cap &&
      c->ti[end].word && !c->ti[end].title_sent) {
    uint32_t e = end;
    while (e < send && e - end < 3 && c->ti[e].word && c->ti[e].cap &&
           !c->ti[e].allcap && atom_at(c, next, a1, e) == a1 &&
           !is_stopword(c, e) && !tok_in(c, e, calendar))
      e++;
    if (e > end && e < send && c->ti[e].word && c->ti[e].lower) {
      end = e;
      next = atom_from(c, next, a1, e);
    }
  }
  int kurds = n == 1 && kurds_collective(c, k, ka);
  for (uint32_t q = 0; q < n; q++) {
    const atom *a = &c->at[list[q]];
    const dict_sense *s = sense_of(c, a);
    const char *code = actor_code(c, s->actor);
    if (!code)
      continue;
    /* "Chinese President Xi Jinping": the person wins */
    if (q + 1 == n && (r.flags & DICT_F_TITLE) && !(r.flags & DICT_F_ABROAD)) {
      char cc[16];
      snprintf(cc, sizeof cc, "%s", code);
      uint32_t nk =
          title_person(c, r.end, next, a1, send, a->first, cc, r.sector, r.src);
      if (nk != NOPERSON)
        return nk;
    }
    const char *sector = r.sector;
    /* RULE A-PLACE-AGENT (p16t): a place's name (a town or a province, a
    ** metonym standing for its people, CVL) before a government, person
    ** or generic agent word leaves the agent its sector: "a Sinaloa
    ** hitman" is MEXCRM and "the Sinaloa governor" MEXGOV, not MEXCVL;
    ** seats of power still lend theirs ("Kremlin spokesman") */
    if (a->kind == A_METONYM && place_metonym(c, s))
      ;
    else if (a->kind == A_METONYM && !strcmp(sector, "GOV"))
      sector = dict_str(c->d, s->sector);
    else if (a->kind == A_METONYM && (r.flags & DICT_F_PERSON))
      sector = dict_str(c->d, s->sector); /* "Kremlin spokesman" */
    /* RULE A-METONYM-GENERIC: a generic word after a seat of power or an
    ** agency is that body's: "CIA personnel" are USASPY, not the
    ** military (USAMIL) the generic "personnel" would say */
    else if (a->kind == A_METONYM && (r.flags & DICT_F_GENERIC))
      sector = dict_str(c->d, s->sector);
    if (kurds)
      sector = "REB";
    mtmp *m =
        push(c, a->first, q + 1 == n ? end : atom_end(a), SIMA_RES_COMPOSED);
    if (!m)
      return a1;
    set_code(m, code, sector);
    legacy_prefix(m, &r);
    m->src1 = s->src;
    m->src2 = r.src;
    m->person = (r.flags & DICT_F_PERSON) != 0;
  }
  return next;
}

/* The end of the coordination that starts at mention `before`, among
** the mentions from there to c->nm that build() made of one atom run:
** it takes in the mentions up to the last one joined by "and"/"or"; a
** mention after a bare comma starts a new phrase ("arming militants in
** Iraq, Iran has sought ...": Iraq alone is the militants' country). */
static uint32_t coord_end(const ctx *c, uint32_t before) {
  uint32_t end = before + 1;
  for (uint32_t q = before + 1; q < c->nm; q++) {
    const mtmp *p = &c->m[q - 1], *m = &c->m[q];
    for (uint32_t t = p->first + p->count; t < m->first; t++)
      if (!tok_eq(c, t, ","))
        end = q + 1;
  }
  /* (a list that goes on past the run: "smugglers from Peru,
  ** Jamaica, Ecuador and even the Netherlands") */
  const mtmp *last = &c->m[c->nm - 1];
  uint32_t after = last->first + last->count;
  if (end < c->nm && after < c->doc->ntokens && is_connector(c, after))
    end = c->nm;
  return end;
}

/* "the ambassadors of Arnor, Osgiliath and Gondor", "lawmakers in Fornost
** and Gondor": a plural agent before coordinated countries is each
** country's (ARNGOV, OSGGOV, GONGOV).  Mentions from index `before` on
** are the conjuncts build() made from atom kx; they qualify only if all
** are bare countries joined by "," / "and" (nothing else between them)
** and the agent is not one person ("the president of X and Y" is left
** alone).  The first conjunct's mention grows back to the agent's first
** token.  Returns 1 if the agent was distributed, 0 if nothing changed. */
static int distribute_agent(ctx *c, uint32_t before, uint32_t end,
                            uint32_t kx, uint32_t first, const agentrun *r,
                            int plural) {
  if ((r->flags & DICT_F_PERSON) && !plural)
    return 0;
  if (c->m[before].first != c->at[kx].first)
    return 0;
  for (uint32_t q = before; q < end; q++) {
    const mtmp *m = &c->m[q];
    if (!m->bare || strlen(m->code) != 3 || !dict_is_country(c->d, m->code))
      return 0;
    if (q > before) {
      const mtmp *p = &c->m[q - 1];
      for (uint32_t t = p->first + p->count; t < m->first; t++)
        if (!is_connector(c, t))
          return 0;
    }
  }
  for (uint32_t q = before; q < end; q++) {
    mtmp *m = &c->m[q];
    char country[4] = {m->code[0], m->code[1], m->code[2], 0};
    set_code(m, country, r->sector);
    m->bare = 0;
    m->how = SIMA_RES_COMPOSED;
    m->src2 = m->src1;
    m->src1 = r->src;
    m->actor = NOACTOR;
  }
  mtmp *m0 = &c->m[before];
  m0->count = m0->first + m0->count - first;
  m0->first = first;
  /* "Lawmakers and officials in Fornost and Gondor": a bare agent joined
  ** to this one is each country's too, as mentions sharing its span
  ** (FORLEG, GONLEG), which the coder takes as conjuncts */
  if (before == 0)
    return 1;
  uint32_t pb = before - 1, ncountry = end - before;
  const mtmp *p = &c->m[pb];
  uint32_t pe = p->first + p->count;
  if (p->actor != NOACTOR || strlen(p->code) != 3 ||
      dict_is_country(c->d, p->code) || pe >= first ||
      c->ti[p->first].sent != c->ti[first].sent)
    return 1;
  for (uint32_t t = pe; t < first; t++)
    if (!is_connector(c, t))
      return 1;
  char sector[4];
  memcpy(sector, p->code, 4);
  for (uint32_t q = 0; q < ncountry && !c->oom; q++) {
    mtmp *m = q == 0 ? &c->m[pb] : push(c, c->m[pb].first, pe, 0);
    if (!m)
      return 1;
    if (q > 0) {
      uint32_t order = m->order;
      *m = c->m[pb];
      m->order = order;
    }
    char country[4];
    memcpy(country, c->m[before + q].code, 3);
    country[3] = '\0';
    set_code(m, country, sector);
    m->how = SIMA_RES_COMPOSED;
    m->src2 = c->m[before + q].src2;
  }
  return 1;
}

/* An agent run at k: titles before names, "spokesman for X", uncoded
** named chunks, or a bare agent. */
/* Office holders named by their portfolio: "Minister for Police", "the
** Secretary of the Army" are the government's, not the body's. */
static const char *const portfolio[] = {"minister",       "ministers",
                                        "secretary",      "secretaries",
                                        "commissioner",   "commissioners",
                                        "undersecretary", "ministry",
                                        "department",     NULL};

/* A-FROM-REMOVAL, A-FROM-PURCHASE: is a word of `verbs` right before
** token first, past at most `max` words that are in `skip` or numbers
** (tagged NUM, or starting with a digit) or, with `wide`, adjectives and
** proper nouns? */
static int verb_before(const ctx *c, uint32_t first, int max,
                       const char *const *verbs, const char *const *skip,
                       int wide) {
  uint32_t i = first;
  for (int n = 0; n < max && i > 0; n++) {
    const sima_token *w = &c->doc->tokens[i - 1];
    unsigned up = c->doc->syn ? c->doc->syn[i - 1].upos : 0;
    if (tok_in(c, i - 1, skip) ||
        (c->doc->syn &&
         (up == SIMA_UPOS_NUM ||
          (wide && (up == SIMA_UPOS_ADJ || up == SIMA_UPOS_PROPN)))) ||
        (w->nnorm > 0 && w->norm[0] >= '0' && w->norm[0] <= '9'))
      i--;
    else
      break;
  }
  return i > 0 && tok_in(c, i - 1, verbs);
}

/* RULE A-FROM-REMOVAL: is the agent run starting at token first the
** object of a verb of removal ("withdraw its troops from Syria", "pulled
** 2,000 soldiers from Iraq"), a possessive, article or number between?
** Its "from" phrase is where they leave, not whose they are. */
static int removal_object(const ctx *c, uint32_t first) {
  static const char *const removal[] = {
      "withdraw",  "withdraws",  "withdrew",   "withdrawn", "withdrawing",
      "pull",      "pulls",      "pulled",     "pulling",   "evacuate",
      "evacuates", "evacuated",  "evacuating", "redeploy",  "redeployed",
      "redeploying", "recall",   "recalled",   "recalling", NULL};
  static const char *const skip[] = {"its",  "their", "his", "her",
                                     "the",  "all",   "some", "remaining",
                                     "most", "many",  NULL};
  return verb_before(c, first, 3, removal, skip, 0);
}

/* RULE A-FROM-PURCHASE: the "from" phrase after the object of a verb of
** acquisition (buy, purchase, acquire, import) names the seller,
** not whose the goods are: "purchased eight Super Tucano aircraft from
** Brazil" composes no BRAMIL (Brazil is the seller, the target of the
** purchase's 061/062, docs/verbs.md `tgt=obl(from)`).  Up to four words
** between: a possessive or article, numbers, adjectives and capitalised
** names ("eight Super Tucano"). */
static int purchase_object(const ctx *c, uint32_t first) {
  static const char *const buy[] = {
      "acquire",    "acquired", "acquires", "acquiring", "bought",
      "buy",        "buying",   "buys",     "import",    "imported",
      "importing",  "imports",  "purchase", "purchased", "purchases",
      "purchasing", NULL};
  static const char *const skip[] = {"a",    "an",      "its", "their",
                                     "his",  "her",     "the", "new",
                                     "more", "several", NULL};
  return verb_before(c, first, 4, buy, skip, 1);
}

/* The mention over tokens [first, ro->end) of an agent r who belongs to
** the body the agent run ro names (a spokesman for the rebels; A-FROM-BODY:
** "investigators from the watchdog group"), coded with the body's
** sector; a person when the agent word (atom next - 1) is singular.
** Returns nk, the atom after ro, or a1 when out of memory. */
static uint32_t push_body_agent(ctx *c, uint32_t first, const agentrun *r,
                                const agentrun *ro, uint32_t next,
                                uint32_t nk, uint32_t a1) {
  mtmp *m = push(c, first, ro->end, SIMA_RES_COMPOSED);
  if (!m)
    return a1;
  set_code(m, ro->sector, NULL);
  m->src1 = r->src;
  m->src2 = ro->src;
  m->person = c->at[next - 1].plural ? 0 : 1;
  return nk;
}

/* RULE A-PRO-GOVERNMENT: armed men who fight for a government are no
** rebels (REB: "armed and violent opposition"): CAMEO has no sector for
** them, and they are coded as the state's armed force (MIL), as PETRARCH
** codes militias attached to a state.  An irregular armed agent (REB,
** UAF, INS: militia, militiamen, fighters, paramilitaries, armed groups)
** right after "pro-government", "pro-regime", "pro-junta", "pro-state",
** "loyalist" or "pro-" and the short name of a head of government
** ("pro-Assad militiamen": SYRMIL), or after "government-", "regime-" or
** "state-" and a participle of sponsorship ("government-backed
** paramilitaries", one mention with the government word), is MIL of the
** leader's country, else of the country the document names most often
** as a place ("in Nicaragua", once is enough), else bare.  "Pro-Russian
** separatists" stay rebels (a country is no government).  Token t is
** the word before the agent; *from the mention's first token; cc gets
** the country ("" when none).  Returns 1 when the rule applies. */
static int pro_government(const ctx *c, uint32_t t, uint32_t s0,
                          uint32_t *from, char cc[4]) {
  static const char *const pro[] = {"loyalist",   "pro-government",
                                    "pro-junta",  "pro-regime",
                                    "pro-state",  NULL};
  static const char *const states[] = {"government", "regime", "state",
                                       NULL};
  static const char *const sponsors[] = {
      "allied", "armed", "backed", "financed", "funded", "sponsored",
      "supported", NULL};
  cc[0] = '\0';
  if (tok_in(c, t, pro)) {
    *from = t;
    return 1;
  }
  if (t >= s0 + 2 && tok_in(c, t, sponsors) && tok_eq(c, t - 1, "-") &&
      tok_in(c, t - 2, states)) {
    *from = t - 2;
    return 1;
  }
  const sima_token *k = &c->doc->tokens[t];
  if (k->nnorm < 6 || k->nnorm - 4 > DICT_MAXWORD ||
      strncasecmp(k->norm, "pro-", 4) || !c->ti[t].word)
    return 0;
  char f[DICT_MAXWORD + 1];
  size_t n = dict_fold(k->norm + 4, k->nnorm - 4, f);
  uint32_t w = n ? trie_word(c->d->trie, f, n) : TRIE_NONE;
  uint32_t node = w != TRIE_NONE ? trie_child(c->d->trie, 0, w) : TRIE_NONE;
  if (node == TRIE_NONE)
    return 0;
  for (uint32_t v = trie_value(c->d->trie, node); v;
       v = c->d->senses[v - 1].next) {
    const dict_sense *sn = &c->d->senses[v - 1];
    if (sn->role != DICT_NAME && sn->role != DICT_SHORT)
      continue;
    if (c->d->actors[sn->actor].kind != DICT_KIND_PERSON)
      continue;
    const char *code = actor_code(c, sn->actor);
    if (code && strlen(code) == 6 && !strcmp(code + 3, "GOV")) {
      memcpy(cc, code, 3);
      cc[3] = '\0';
      *from = t;
      return 1;
    }
  }
  return 0;
}

static uint32_t build_agent(ctx *c, uint32_t k, uint32_t a1, uint32_t s0,
                            uint32_t send) {
  agentrun r;
  uint32_t next = agent_run(c, k, a1, &r);
  uint32_t first = c->at[k].first;
  {
    uint32_t from = first;
    char cc[4];
    /* ("government-backed militias": the government word is part of
    ** the militias' mention, made at their atom) */
    if (next < a1 && c->at[next].kind == A_AGENT &&
        c->at[next].first == r.end + 2 &&
        pro_government(c, r.end + 1, s0, &from, cc) && from == first) {
      const char *ns = dict_str(c->d, sense_of(c, &c->at[next])->sector);
      if (!strcmp(ns, "REB") || !strcmp(ns, "UAF") || !strcmp(ns, "INS"))
        return next;
    }
    from = first;
    /* RULE A-PRO-FORCE: so is a generic force word ("a pro-regime force
    ** in eastern Syria", "pro-government units"): the state's forces
    ** (SYRMIL), not a bare generic left out, whose place then became the
    ** target (SYR) */
    int force = !strcmp(r.sector, "MIL") && (r.flags & DICT_F_GENERIC) &&
                !(r.flags & DICT_F_PERSON);
    if (first > s0 && !(r.flags & DICT_F_LEGACY) &&
        (!strcmp(r.sector, "REB") || !strcmp(r.sector, "UAF") ||
         !strcmp(r.sector, "INS") || force) &&
        pro_government(c, first - 1, s0, &from, cc)) {
      if (!cc[0]) {
        const char *pc = proxy_country(c, next, next - 1, r.end, a1, send, 1);
        if (pc)
          memcpy(cc, pc, 3), cc[3] = '\0';
      }
      mtmp *m = push(c, from, r.end, SIMA_RES_COMPOSED);
      if (!m)
        return a1;
      set_code(m, cc, "MIL");
      m->src2 = r.src;
      return next;
    }
  }
  if (r.flags & DICT_F_TITLE) {
    uint32_t nk =
        title_person(c, r.end, next, a1, send, first, NULL, r.sector, r.src);
    if (nk != NOPERSON)
      return nk;
  }
  /* "spokesman for Hamas", "the army of Sudan" */
  uint32_t t = r.end;
  /* "a terror group based in Trinidad" as "in Trinidad" */
  if (t + 1 < send && tok_in(c, t, located) && tok_eq(c, t + 1, "in"))
    t++;
  /* "rebels in Darfur" belong there; "troops in Iraq" usually do not;
  ** "students throughout Indonesia" as "in" */
  int in = t < send &&
           (tok_eq(c, t, "in") || tok_eq(c, t, "throughout") ||
            tok_eq(c, t, "across")) &&
           !(r.flags & DICT_F_ABROAD) &&
           (strcmp(r.sector, "MIL") != 0 || (r.flags & DICT_F_HOME)) &&
           !between_talks(c, first);
  /* RULE A-ADVISER-TO: an adviser or aide "to" a body or person is
  ** theirs, as "of" would say: "Jan Egeland, a humanitarian adviser to
  ** the UN" is IGOUNO, "an aide to Putin" RUSGOV (not a bare GOV) */
  static const char *const advisers[] = {
      "adviser",    "advisers",    "advisor",   "advisors",   "aide", "aides",
      "consultant", "consultants", "counselor", "counsellor", NULL};
  int to = t < send && r.end > first && tok_eq(c, t, "to") &&
           tok_in(c, r.end - 1, advisers);
  int prep = in || to ||
             (t < send && (tok_eq(c, t, "of") ||
                           (tok_eq(c, t, "from") && !removal_object(c, first) &&
                            !purchase_object(c, first)) ||
                           (!(r.flags & DICT_F_ABROAD) &&
                            (tok_eq(c, t, "for") || tok_eq(c, t, "at")))));
  if (prep) {
    uint32_t u = t + 1;
    if (u < send && tok_eq(c, u, "the"))
      u++;
    if (in && u + 1 < send && tok_in(c, u, regions) &&
        atom_at(c, next, a1, u) == a1)
      u++; /* "a village in western Cambodia" (but "West Bank") */
    uint32_t kx = atom_at(c, next, a1, u);
    /* "rebels in Darfur": only a place (a country's name or capital) */
    if (in && kx < a1 && c->at[kx].kind != A_COUNTRY &&
        c->at[kx].kind != A_METONYM)
      kx = a1;
    const char *vc = in && kx < a1 && !strcmp(r.sector, "GOV")
                         ? talks_venue(c, first, kx)
                         : NULL;
    if (vc) { /* RULE A-TALKS-VENUE */
      mtmp *m = push(c, first, r.end, SIMA_RES_COMPOSED);
      if (!m)
        return a1;
      char cc[4];
      memcpy(cc, vc, 3);
      cc[3] = '\0';
      set_code(m, cc, "GOV");
      m->src2 = r.src;
      return next;
    }
    /* "the leader of the opposition", "leaders of the Azadliq (Freedom)
    ** opposition coalition", "a spokesman for the rebels": one person
    ** of a body speaks for it, with its sector (OPP, REB) */
    if (!in && (r.flags & DICT_F_PERSON) &&
        !(r.flags & (DICT_F_LEGACY | DICT_F_ABROAD)) &&
        !tok_in(c, r.end - 1, portfolio) &&
        (tok_eq(c, t, "of") || tok_eq(c, t, "for"))) {
      uint32_t v = u;
      while (v < send && v - u < 4 && atom_at(c, next, a1, v) == a1 &&
             ((c->ti[v].word && c->ti[v].cap) || tok_eq(c, v, "(") ||
              tok_eq(c, v, ")")))
        v++;
      uint32_t ky = atom_at(c, next, a1, v);
      /* (a capitalised agent after a name is the name's: "the leader of
      ** the Zorgonian Liberation Front" stays an uncoded candidate) */
      if (ky < a1 && c->at[ky].kind == A_AGENT &&
          !(v > u && c->ti[c->at[ky].first].cap) &&
          !(sense_of(c, &c->at[ky])->flags & (DICT_F_PERSON | DICT_F_LEGACY))) {
        agentrun ro;
        uint32_t nk = agent_run(c, ky, a1, &ro);
        /* (not places and their people: "the mayor of the town" is
        ** the town's government, not its civilians) */
        if (!(ro.flags & (DICT_F_PERSON | DICT_F_ABROAD)) &&
            strcmp(ro.sector, "CVL") != 0)
          return push_body_agent(c, first, &r, &ro, next, nk, a1);
      }
    }
    /* RULE A-FROM-BODY: a state agent "from" a non-state body named by
    ** an agent word is that body's: "Investigators from the watchdog
    ** group" are NGO, not the judiciary (JUD), "officials from the
    ** rights group" NGO, not the government; the body's sector, not the
    ** state's, as "Investigators from Amnesty International" are Amnesty's */
    if (!in && tok_eq(c, t, "from") && tok_in_list(r.sector, state_sectors)) {
      uint32_t ky = atom_at(c, next, a1, u);
      if (ky < a1 && c->at[ky].kind == A_AGENT && !c->ti[c->at[ky].first].cap &&
          !(sense_of(c, &c->at[ky])->flags & (DICT_F_PERSON | DICT_F_LEGACY))) {
        agentrun ro;
        uint32_t nk = agent_run(c, ky, a1, &ro);
        if (!(ro.flags & (DICT_F_PERSON | DICT_F_ABROAD)) &&
            !tok_in_list(ro.sector, state_sectors) &&
            strcmp(ro.sector, "CVL") != 0 && strcmp(ro.sector, "REF") != 0)
          return push_body_agent(c, first, &r, &ro, next, nk, a1);
      }
    }
    if (kx < a1 && c->at[kx].kind != A_AGENT) {
      uint32_t before = c->nm;
      uint32_t nk = build(c, kx, a1, send);
      uint32_t end = c->nm > before ? coord_end(c, before) : before;
      if (end == before + 1 && c->m[before].code[0] &&
          c->m[before].first == c->at[kx].first) {
        mtmp *m = &c->m[before];
        char country[4], sector[4];
        actor_split_code(c->d, m->code, country, sector);
        if (m->bare || c->at[kx].kind == A_METONYM)
          set_code(m, country, r.sector); /* "government of Sindh" */
        else if (!(r.flags & DICT_F_PERSON) && country[0] &&
                 m->actor == NOACTOR)
          set_code(m, country, r.sector);
        else if (r.flags & DICT_F_LEGACY) /* "activists of Gonzo GMO" */
          legacy_add(m->code, sizeof m->code, r.sector, 0);
        /* RULE A-GROUP-PERIOD: so does the agent before "of/from" a
        ** group whose role changed, undated: "guerrillas from the
        ** FARC" are the rebels (COLREB), as "FARC guerrillas" are, not
        ** the later party (COLPTY); the group stays the mention's actor
        ** so that its other mentions in the article follow */
        int period = 0;
        if (!c->ymd && !in && m->actor != NOACTOR &&
            c->d->actors[m->actor].kind == DICT_KIND_GROUP &&
            !(r.flags & (DICT_F_PERSON | DICT_F_LEGACY)) &&
            strlen(sector) == 3 && strlen(r.sector) == 3 &&
            strcmp(sector, r.sector) != 0) {
          const char *as = dict_actor_code_as(c->d, m->actor, NULL, r.sector);
          if (as) {
            set_code(m, as, NULL);
            period = 1;
          }
        }
        legacy_prefix(m, &r);
        m->count = m->first + m->count - first;
        m->first = first;
        m->how = SIMA_RES_COMPOSED;
        m->src2 = m->src1;
        m->src1 = r.src;
        m->bare = 0;
        m->person = (r.flags & DICT_F_PERSON) != 0;
        m->period = (uint8_t)period;
        if (!period)
          m->actor = NOACTOR;
        return nk;
      }
      if (end > before + 1 && distribute_agent(c, before, end, kx, first, &r,
                                             c->at[next - 1].plural))
        return nk;
      if (c->nm > before)
        return nk; /* several conjuncts: they stand alone */
    }
  }
  /* PETRARCH: an agent right before an actor is that actor's ("MSF
  ** Arnor" with MSF [NGO~]: NGOARN; "an MSF Arnor diplomat": NGOARNGOV) */
  if ((r.flags & DICT_F_LEGACY) && next < a1 && c->at[next].first == r.end &&
      c->at[next].kind != A_AGENT && c->at[next].kind != A_NULL &&
      !c->at[next - 1].plural /* "activists Amnesty International":
                                 ** an apposition, no modifier */) {
    uint32_t before = c->nm;
    uint32_t nk = build(c, next, a1, send);
    if (c->nm == before + 1 && c->m[before].code[0] &&
        c->m[before].first == c->at[next].first) {
      mtmp *m = &c->m[before];
      if (r.sector[0])
        legacy_add(m->code, sizeof m->code, r.sector, 0);
      legacy_prefix(m, &r);
      m->count = m->first + m->count - first;
      m->first = first;
      m->how = SIMA_RES_COMPOSED;
      m->bare = 0;
      return nk;
    }
    if (c->nm > before)
      return nk;
  }
  /* a named chunk: "the Zorgonian Liberation Front", "Zorgonian rebels" */
  uint32_t lo =
      k > 0 && c->at[k - 1].first >= s0 ? atom_end(&c->at[k - 1]) : s0;
  if (lo < s0)
    lo = s0;
  int allcap_agent = 1;
  for (uint32_t q = first; q < r.end; q++)
    if (!c->ti[q].cap)
      allcap_agent = 0;
  uint32_t b = first, nnamed = 0;
  while (b > lo) {
    uint32_t p = b - 1;
    if (c->ti[p].word && c->ti[p].cap && !c->ti[p].title_sent &&
        !is_stopword(c, p) && !tok_in(c, p, honorifics)) {
      b = p;
      nnamed++;
    } else if (allcap_agent && p > lo && c->ti[p - 1].cap &&
               (tok_eq(c, p, "of") || tok_eq(c, p, "for") ||
                tok_eq(c, p, "and"))) {
      b = p;
    } else
      break;
  }
  while (b < first && !c->ti[b].cap)
    b++;
  if (nnamed && !allcap_agent) {
    /* a lower-case agent needs a demonym-looking word: "Zorgonian rebels" */
    const sima_token *tk = &c->doc->tokens[first - 1];
    size_t l = tk->nnorm;
    const char *w = tk->norm;
    int demonym =
        (l > 3 &&
         (!strncmp(w + l - 2, "an", 2) || !strncmp(w + l - 3, "ese", 3) ||
          !strncmp(w + l - 3, "ish", 3) || !strncmp(w + l - 1, "i", 1)));
    if (!demonym || (first - 1 == s0 && l < 6))
      nnamed = 0;
    else
      b = first - 1;
  }
  if (nnamed) {
    uint32_t e = r.end;
    /* "... Front for the Liberation of Zorgonia" */
    while (allcap_agent && e + 1 < send &&
           (tok_eq(c, e, "of") || tok_eq(c, e, "for")) && c->ti[e + 1].cap &&
           c->ti[e + 1].word && atom_at(c, next, a1, e + 1) == a1) {
      e += 2;
      while (e < send && c->ti[e].cap && c->ti[e].word &&
             atom_at(c, next, a1, e) == a1)
        e++;
    }
    mtmp *m = push(c, b, e, SIMA_RES_UNCODED);
    if (!m)
      return a1;
    m->src1 = r.src;
    m->note = r.sector;
    return atom_from(c, next, a1, e);
  }
  /* PETRARCH codes the noun phrase an agent is in: "the primary official
  ** news agency WFNA said" is ---GOV; with tags, the nouns after a legacy
  ** agent up to the phrase's end join its mention */
  uint32_t e = r.end;
  if ((r.flags & DICT_F_LEGACY) && c->doc->syn)
    while (e < send && atom_at(c, next, a1, e) == a1 &&
           (c->doc->syn[e].upos == SIMA_UPOS_NOUN ||
            c->doc->syn[e].upos == SIMA_UPOS_PROPN))
      e++;
  mtmp *m = push(c, first, e, SIMA_RES_DICT);
  if (!m)
    return a1;
  set_code(m, r.sector[0] || !r.prefix ? r.sector : r.prefix, NULL);
  m->src1 = r.src;
  m->person = (r.flags & DICT_F_PERSON) != 0;
  m->generic = next == k + 1 && (r.flags & DICT_F_GENERIC) &&
               (r.flags & DICT_F_GROUP); /* (a body, not "aircraft") */
  return next;
}

/* Builds the mention(s) starting at atom k; returns the next atom. */
static uint32_t build(ctx *c, uint32_t k, uint32_t a1, uint32_t send) {
  uint32_t s0 = c->ti[c->at[k].first].sent < c->doc->nsents
                    ? c->doc->sents[c->ti[c->at[k].first].sent].first
                    : 0;
  switch (c->at[k].kind) {
  case A_NULL:
    return k + 1;
  case A_AGENT:
    return build_agent(c, k, a1, s0, send);
  case A_COUNTRY:
  case A_ADJ:
  case A_METONYM:
    return build_country(c, k, a1, send);
  case A_SHORT:
    /* "Mr Xi", or "the Bush administration" (a short form before an
    ** agent of its own: administration, government, camp) */
    if (!short_ok(c, k, 0) &&
        !(k + 1 < a1 && c->at[k + 1].kind == A_AGENT &&
          c->at[k + 1].first == atom_end(&c->at[k]) &&
          !(sense_of(c, &c->at[k + 1])->flags & DICT_F_PERSON)))
      return k + 1;
    /* fall through */
  default:
    return build_actor(c, k, a1, send, c->at[k].first, NULL, 0);
  }
}

/* ---- pass 3: coreference ---------------------------------------------- */

/* The pair phrases (A-COREF-PAIR), by their first word: the words after
** "the" and after "both", each list in the order the phrases are tried
** ("the pair", "both sides", "the two sides", ... "the two allies": a
** token starts phrases of one list only, so trying its list alone in its
** order finds the phrase the whole list found). */
static const char *const pair_the[][2] = {
    {"pair", NULL},       {"two", "sides"},   {"two", "countries"},
    {"two", "nations"},   {"two", "leaders"}, {"two", "governments"},
    {"two", "men"},       {"two", "states"},  {"two", "neighbours"},
    {"two", "neighbors"}, {"two", "rivals"},  {"two", "allies"}};
static const char *const pair_both[][2] = {
    {"sides", NULL},   {"countries", NULL},   {"nations", NULL},
    {"leaders", NULL}, {"governments", NULL}, {"parties", NULL}};

/* Mentions looked at going back for an antecedent: keeps coreference
** linear on pathological input (one "sentence" of 10,000 names). */
#define COREF_WINDOW 256

static int is_pronoun_person(const ctx *c, uint32_t i) {
  return tok_eq(c, i, "he") || tok_eq(c, i, "she") || tok_eq(c, i, "him");
}

static int is_pronoun_group(const ctx *c, uint32_t i) {
  return tok_eq(c, i, "they") || tok_eq(c, i, "them");
}

/* 1 when mention q is a bare country named in the singular ("Mexico",
** "US", "Mexican") that is not coordinated with the mention next to it
** ("Colombia and Peru", "Brazil, Argentina"): a possible antecedent of
** "it", never of "they".  So is a bare town or region ("Baghuz",
** "Afrin": CCC+CVL from a place: name or a capital after "in").
** (Coreference runs before the parse: the tags and the words are all
** there is.) */
static int lone_country(const ctx *c, uint32_t nmain, uint32_t q) {
  const mtmp *m = &c->m[q];
  const sima_syntax *syn = c->doc->syn;
  size_t n = strlen(m->code);
  char cc[4] = {m->code[0], n >= 3 ? m->code[1] : 0, n >= 3 ? m->code[2] : 0,
                0};
  int place = n == 6 && m->how == SIMA_RES_DICT && !strcmp(m->code + 3, "CVL");
  if ((n != 3 && !place) || !dict_is_country(c->d, cc))
    return 0;
  uint32_t h = m->first + m->count - 1;
  if (syn && (syn[h].xpos == SIMA_XPOS_NNS || syn[h].xpos == SIMA_XPOS_NNPS))
    return 0;
  static const char *const link[] = {"and", "or", ","};
  for (size_t k = 0; k < 3; k++) {
    if (q + 1 < nmain && c->m[q + 1].code[0] &&
        c->m[q + 1].first == h + 2 && tok_eq(c, h + 1, link[k]))
      return 0;
    if (q > 0 && m->first >= 2 && c->m[q - 1].code[0] &&
        c->m[q - 1].first + c->m[q - 1].count == m->first - 1 &&
        tok_eq(c, m->first - 1, link[k]))
      return 0;
  }
  return 1;
}

/* A-COREF-NUMBER, A-COREF-SUBJECT: 1 when token h is a singular common
** noun (capitalised or not) that is not of plural sense ("police"). */
static int singular_noun(const ctx *c, uint32_t h) {
  static const char *const body[] = {"police", "personnel", "staff",  "gang",
                                     "family", "clergy",    "public", NULL};
  const sima_syntax *syn = c->doc->syn;
  return syn && h < c->doc->ntokens && syn[h].xpos == SIMA_XPOS_NN &&
         !tok_in(c, h, body);
}

/* A-COREF-NUMBER: 1 when token h, the last of a mention, is a singular
** common noun (lower-case): "spokesman", "fighter", "government"; not a
** noun of plural sense the tagger calls singular ("police", "personnel"),
** a gang or family (news writes "they" for both) or an acronym ("CICIG").
** Measured on InSight Crime and the Guardian sample: the other collective
** nouns ("government", "regime", "coalition") were wrong antecedents of
** "they" about as often as right ones, and skipping them let an older
** plural antecedent code events the nearest singular had lost. */
static int singular_one(const ctx *c, uint32_t h) {
  return !c->ti[h].cap && singular_noun(c, h);
}

/* The latest mention before token i (within 2 sentences) that fits. */
/* Whether mention q is a state (A-COREF-NATIONS): a country, or its
** government, forces, police, courts, legislature or intelligence. */
static int state_country(const ctx *c, int32_t q) {
  char cc[4], ss[4];
  actor_split_code(c->d, c->m[q].code, cc, ss);
  return cc[0] && (!ss[0] || tok_in_list(ss, state_sectors));
}

/* Verbs of saying and thinking, by lemma: their subject is a person or
** a group of people (A-COREF-PLURAL, A-COREF-PEOPLE). */
static const char *const say_lemmas[] = {
    "say",   "tell",     "add",     "explain",  "argue",   "insist",
    "claim", "state",    "declare", "warn",     "note",    "recall",
    "reply", "respond",  "deny",    "admit",    "allege",  "believe",
    "fear",  "complain", "report",  "confirm",  "testify", "think",
    "hope",  "want",     "worry",   "announce", NULL};

/* A-COREF-PEOPLE: 1 when the noun at token h is the subject of a verb
** of saying or thinking (after at most an auxiliary and an adverb) whose
** complement the pronoun at token i opens, after "that" or not. */
static int says_they(const ctx *c, uint32_t h, uint32_t i) {
  const sima_syntax *syn = c->doc->syn;
  uint32_t v = h + 1;
  for (int k = 0;
       k < 2 && v < i &&
       (syn[v].upos == SIMA_UPOS_AUX || syn[v].upos == SIMA_UPOS_ADV);
       k++)
    v++;
  return v < i && tok_eq(c, i, "they") && syn[v].lemma &&
         tok_in_list(syn[v].lemma, say_lemmas) &&
         (v + 1 == i || (v + 2 == i && tok_eq(c, v + 1, "that")));
}

/* RULE A-COREF-TOLD: the one told is not who "they" are in what he is
** told: "suspects ... who have informed the police they are ready
** to surrender" are not the police; "they" opening the
** content of a verb of telling (tell, inform, assure, notify, warn,
** remind) goes on past that verb's object to an earlier mention.  A
** directive ("told his officers they should ...", "they must", "they
** had to")
** is about the one told and stays. 1 when mention m is such an object. */
static int told_object(const ctx *c, const mtmp *m, uint32_t i) {
  static const char *const tell[] = {
      "assure",    "assured", "assures",  "assuring", "inform", "informed",
      "informing", "informs", "notified", "notifies", "notify", "reminded",
      "remind",    "reminds", "tell",     "telling",  "tells",  "told",
      "warn",      "warned",  "warning",  "warns",    NULL};
  static const char *const directive[] = {"must", "ought", "should", NULL};
  uint32_t e = m->first + m->count;
  if (!tok_eq(c, i, "they") ||
      !(e == i || (e + 1 == i && tok_eq(c, e, "that"))) ||
      tok_in(c, i + 1, directive) ||
      ((tok_eq(c, i + 1, "had") || tok_eq(c, i + 1, "have")) &&
       tok_eq(c, i + 2, "to")))
    return 0;
  uint32_t b = m->first;
  if (b > 0 && (tok_eq(c, b - 1, "the") || tok_eq(c, b - 1, "their") ||
                tok_eq(c, b - 1, "his") || tok_eq(c, b - 1, "her") ||
                tok_eq(c, b - 1, "its")))
    b--;
  return b > 0 && c->ti[b - 1].sent == c->ti[i].sent && tok_in(c, b - 1, tell);
}

/* A place as an actor, a dictionary name coded CCC+CVL ("in Baghdad",
** "Sderot"): no side of a pair (A-CITY-CAPITAL). */
static int no_side(const mtmp *m) {
  return strlen(m->code) == 6 && m->how == SIMA_RES_DICT &&
         !strcmp(m->code + 3, "CVL");
}

/* RULE A-COREF-NATIONS-PLACE: a country named after a preposition of
** place ("a statelet inside Syria", "fighting in Yemen") is where
** something happens, not a party the two countries can be: "Moscow has
** succeeded with Turkey, as Ankara kept the YPG from building a statelet
** inside Syria. The two countries worked closely ..." are Russia and
** Turkey.  Only for "the two countries/nations" (A-COREF-NATIONS). */
static int place_named(const ctx *c, const mtmp *m) {
  static const char *const place_preps[] = {"across", "in", "inside",
                                            "throughout", "within", NULL};
  if (m->first == 0)
    return 0;
  for (int k = 0; place_preps[k]; k++)
    if (tok_eq(c, m->first - 1, place_preps[k]))
      return 1;
  return 0;
}

/* A-COREF-EXAMPLES: is mention m one of a list of examples opened by
** "including" or "such as" earlier in its sentence, with only list
** material (words, commas, "and"/"or") between? */
static int in_examples(const ctx *c, const mtmp *m) {
  for (uint32_t k = m->first, n = 0; k > 0 && n < 16; n++) {
    k--;
    if (c->ti[k].sent != m->sent)
      return 0;
    if (tok_eq(c, k, "including") ||
        (tok_eq(c, k, "as") && k > 0 && tok_eq(c, k - 1, "such")))
      return 1;
    if (!(c->ti[k].word || tok_eq(c, k, ",")) ||
        (c->doc->syn && (c->doc->syn[k].upos == SIMA_UPOS_VERB ||
                         c->doc->syn[k].upos == SIMA_UPOS_AUX)))
      return 0;
  }
  return 0;
}

/* RULE A-COREF-SEAT: is mention m a seat of government by its own name
** (a country's gov: name in the country dictionary, all capitalised and
** not plural: "San Salvador", "Moscow")?  A capital is "it", never
** "they": "when she was mayor of the capital, Tegucigalpa, but admits
** they have had deals" are not the city's (nor its government's). */
static int seat_name(const ctx *c, const mtmp *m) {
  if (strlen(m->code) != 6 || m->how != SIMA_RES_DICT ||
      strcmp(m->code + 3, "GOV") != 0 || !m->src1 || m->src2 ||
      !strstr(dict_str(c->d, m->src1), "countries"))
    return 0;
  for (uint32_t k = m->first; k < m->first + m->count; k++)
    if (c->ti[k].word && !c->ti[k].cap)
      return 0;
  uint32_t h = m->first + m->count - 1;
  return !(c->doc->syn && c->doc->syn[h].xpos == SIMA_XPOS_NNPS);
}

/* RULE A-COREF-CATAPHORA: a "he", "she" or "they" inside an opening
** subordinate clause (the sentence's first word after, before, once,
** since, until, when, while, or "due to") that a comma closes points
** forward to the main clause's subject right after that comma ("shortly
** after he arrived at the stronghold, Gentil Duarte disappeared"; "due
** to the jungle they must cross to reach Panama, migrants
** hire guides"): for he/she a person's name (words tagged NNP), for
** they a plural noun phrase (its last word NNS or NNPS), followed by a
** verb.  Returns that subject's mention, -1 when it has no code (the
** pronoun then has no antecedent), -2 when the rule does not apply. */
static int32_t cataphor(const ctx *c, uint32_t nmain, uint32_t i) {
  static const char *const opens[] = {"after", "before", "once",  "since",
                                      "until", "when",   "while", NULL};
  const sima_syntax *syn = c->doc->syn;
  if (!syn)
    return -2;
  uint32_t sn = c->ti[i].sent, s0 = c->doc->sents[sn].first;
  uint32_t send = s0 + c->doc->sents[sn].count;
  while (s0 < i && (syn[s0].xpos == SIMA_XPOS_LQUOTE || tok_eq(c, s0, "\"")))
    s0++;
  uint32_t o = s0;
  if (o < i && (syn[o].xpos == SIMA_XPOS_CC || syn[o].xpos == SIMA_XPOS_RB))
    o++; /* "But shortly after" */
  if (o < i && syn[o].xpos == SIMA_XPOS_RB)
    o++;
  int open = (o < i && tok_in(c, o, opens)) ||
             (o + 1 < i && tok_eq(c, o, "due") && tok_eq(c, o + 1, "to"));
  if (!open)
    return -2;
  uint32_t cm = i + 1; /* the comma closing the opening clause */
  while (cm < send && cm - i < 40 && !tok_eq(c, cm, ","))
    cm++;
  if (cm >= send || !tok_eq(c, cm, ","))
    return -2;
  for (uint32_t t = o; t < i; t++)
    if (tok_eq(c, t, ","))
      return -2;
  int he = tok_eq(c, i, "he") || tok_eq(c, i, "she");
  int they = tok_eq(c, i, "they");
  if (!he && !they)
    return -2;
  /* the subject after the comma: its words, then a verb */
  uint32_t k = cm + 1, e = k;
  if (he)
    while (e < send && syn[e].xpos == SIMA_XPOS_NNP)
      e++;
  else {
    while (e < send &&
           (syn[e].xpos == SIMA_XPOS_DT || syn[e].xpos == SIMA_XPOS_JJ ||
            syn[e].xpos == SIMA_XPOS_CD || syn[e].xpos == SIMA_XPOS_NN ||
            syn[e].xpos == SIMA_XPOS_NNP))
      e++;
    if (e < send &&
        (syn[e].xpos == SIMA_XPOS_NNS || syn[e].xpos == SIMA_XPOS_NNPS))
      e++;
    else
      return -2;
  }
  if (e == k || e >= send)
    return -2;
  /* (an adverb right after the subject stands before its verb, however
  ** the tagger took that: "migrants often rely", rely tagged RB) */
  if (syn[e].xpos != SIMA_XPOS_VBD && syn[e].xpos != SIMA_XPOS_VBZ &&
      syn[e].xpos != SIMA_XPOS_VBP && syn[e].xpos != SIMA_XPOS_MD &&
      syn[e].xpos != SIMA_XPOS_RB)
    return -2;
  for (uint32_t q = 0; q < nmain; q++) {
    const mtmp *m = &c->m[q];
    if (m->first >= k && m->first + m->count <= e && m->code[0])
      return (int32_t)q;
  }
  return -1;
}

/* RULE A-COREF-NAME-SUBJECT: a "he" or "she" right after a subordinator
** (after, as, before, once, since, until, when, while) that follows a
** person's full name (two or more words tagged NNP) and its verb (verb
** words and adverbs only between) is that person ("X was told when he
** visited South Sudan": X visited).  Tags only (coreference runs before
** the parse).  When no code covers the name, the pronoun has no
** antecedent, not one named before the name.  1 when token i is such a
** pronoun and its antecedent a lies before that name. */
static int uncoded_name_subject(const ctx *c, const uint8_t *coded, int32_t a,
                                uint32_t i) {
  static const char *const subs[] = {"after", "as",    "before", "once",
                                     "since", "until", "when",   "while",
                                     NULL};
  const sima_syntax *syn = c->doc->syn;
  if (!syn || !coded || a < 0 || !(tok_eq(c, i, "he") || tok_eq(c, i, "she")))
    return 0;
  uint32_t s0 = c->doc->sents[c->ti[i].sent].first;
  if (i < s0 + 4 || !tok_in(c, i - 1, subs))
    return 0;
  uint32_t k = i - 1, nv = 0;
  while (k > s0 && nv < 4 &&
         (syn[k - 1].xpos == SIMA_XPOS_VBD || syn[k - 1].xpos == SIMA_XPOS_VBN ||
          syn[k - 1].xpos == SIMA_XPOS_VBZ || syn[k - 1].xpos == SIMA_XPOS_VBP ||
          syn[k - 1].xpos == SIMA_XPOS_MD || syn[k - 1].xpos == SIMA_XPOS_RB)) {
    k--;
    nv++;
  }
  if (!nv)
    return 0;
  uint32_t e = k; /* the name ends before e */
  while (k > s0 && syn[k - 1].xpos == SIMA_XPOS_NNP && !coded[k - 1])
    k--;
  if (e - k < 2 || (k > s0 && coded[k - 1]) ||
      (k > s0 && syn[k - 1].xpos == SIMA_XPOS_NNPS))
    return 0;
  return c->m[a].first < k;
}

/* RULE A-COREF-RELATIVE: for "they" at token i whose antecedent is
** mention a, a singular name (its last word NNP) in the pronoun's
** sentence: the coded plural group (its last word NNS or NNPS) right
** before a relative pronoun (who, that, which) whose clause holds a, in
** the same sentence, when there is one; else a. */
static int32_t relative_group(const ctx *c, int32_t a, uint32_t i) {
  const sima_syntax *syn = c->doc->syn;
  const mtmp *m = &c->m[a];
  if (!syn || m->sent != c->ti[i].sent || m->count == 0 ||
      syn[m->first + m->count - 1].xpos != SIMA_XPOS_NNP)
    return a;
  for (int32_t q = a - 1, n = 0; q >= 0 && n < 4; q--, n++) {
    const mtmp *g = &c->m[q];
    if (g->sent != m->sent)
      break;
    uint32_t e = g->first + g->count;
    if (!g->code[0] || g->count == 0 || e >= m->first ||
        (syn[e - 1].xpos != SIMA_XPOS_NNS && syn[e - 1].xpos != SIMA_XPOS_NNPS))
      continue;
    if (tok_eq(c, e, "who") || tok_eq(c, e, "that") || tok_eq(c, e, "which"))
      return q;
  }
  return a;
}

static int32_t find_back(const ctx *c, uint32_t nmain, uint32_t i, int person,
                         const char *skip) {
  uint32_t sent = c->ti[i].sent, looked = 0;
  for (uint32_t q = nmain; q-- > 0;) {
    const mtmp *m = &c->m[q];
    if (m->first + m->count > i)
      continue;
    if (sent - m->sent > 2 || ++looked > COREF_WINDOW)
      break;
    if (!m->code[0] || (skip && !strcmp(skip, m->code)))
      continue;
    if (person == 0 && told_object(c, m, i))
      continue; /* A-COREF-TOLD */
    /* RULE A-COREF-PEOPLE: a person noun in the plural ("the gang
    ** leaders", "commanders") is a group of people: "they" is that group
    ** when it is the subject of the verb of saying whose complement the
    ** pronoun opens ("The gang leaders announced they would vote",
    ** "Police commanders have denied that they fired on the crowd") */
    uint32_t h = m->first + m->count - 1;
    /* (p15g: in a headline in title case a capital says nothing:
    ** "Police Chief Says Officers Plotting to Kill Him") */
    int people = c->doc->syn && c->doc->syn[h].xpos == SIMA_XPOS_NNS &&
                 (!c->ti[h].cap || c->ti[h].title_sent) && m->person;
    if (person >= 0 && m->person != person &&
        !(person == 0 && people && says_they(c, h, i)))
      continue;
    /* "they" is no country adjective modifying a thing: "rejected a
    ** Senegalese peace plan, and said they ..." are the rejecters */
    if (person == 0 && c->doc->syn &&
        m->first + m->count < c->doc->ntokens &&
        c->doc->syn[m->first + m->count - 1].upos == SIMA_UPOS_ADJ &&
        (c->doc->syn[m->first + m->count].upos == SIMA_UPOS_NOUN ||
         c->doc->syn[m->first + m->count].upos == SIMA_UPOS_ADJ))
      continue;
    /* RULE A-COREF-EXAMPLES: nor an example in an "including" list
    ** ("civic groups -- including unions, student
    ** associations and parishes -- saying they should be ..."): "they" is
    ** the whole set the list illustrates, not its last example; it goes
    ** on to an earlier mention ("arrested 21 police officers, including
    ** several police chiefs. They are accused ...": the officers) */
    if (person == 0 && in_examples(c, m))
      continue;
    /* RULE C-COREF-COUNTRY: "they/them" is no lone country; a country
    ** is "it" ("ended up in US custody, where they collaborate") */
    if (person == 0 && lone_country(c, nmain, q))
      continue;
    /* (A-COREF-SEAT: nor a capital by its name: in the pronoun's own
    ** sentence the search goes on to the group named before it ("the
    ** protesters marched to Tegucigalpa, where they attacked the
    ** police"); from an earlier sentence the pronoun is left alone) */
    if (person == 0 && seat_name(c, m)) {
      if (m->sent != sent)
        return -1;
      continue;
    }
    /* RULE A-COREF-NUMBER: nor a mention ending in a singular common
    ** noun ("said a rebel spokesman. They are attacking" are not the
    ** spokesman; "the government" is mostly "it" by the time "they"
    ** comes): the pronoun goes on to an earlier plural or named one */
    if (person == 0 && singular_one(c, m->first + m->count - 1))
      continue;
    /* RULE A-COREF-SINGULAR: and "he"/"she"/"him" is no mention ending
    ** in a plural common noun ("forcing officers to kill him" is not the
    ** officers); when the person named last is such a group, the one
    ** the pronoun means was not coded: no antecedent */
    if (person == 1 && people && is_pronoun_person(c, i))
      return -1;
    return (int32_t)q;
  }
  return -1;
}

/* A-COREF-FRONTED, A-COREF-HE-CHAIN: 1 when token i comes right after a
** short fronted phrase that opens its sentence with a preposition or an
** adverb of time and ends with a comma ("During his call with Erdogan,
** he", "By Sunday, however, he"). */
static int fronted_person(const ctx *c, uint32_t i) {
  static const char *const opens[] = {
      "after", "amid",   "at",      "before", "by",    "despite",
      "during", "in",    "later",   "on",     "since", "throughout",
      "upon",  "within"};
  if (i == 0 || !tok_eq(c, i - 1, ","))
    return 0;
  uint32_t s0 = c->doc->sents[c->ti[i].sent].first;
  while (s0 < i && c->doc->tokens[s0].kind == SIMA_TOK_QUOTE)
    s0++;
  if (i - s0 > 16)
    return 0;
  for (size_t k = 0; k < sizeof opens / sizeof *opens; k++)
    if (tok_eq(c, s0, opens[k]))
      return 1;
  return 0;
}

/* A-COREF-HE-CHAIN: 1 when token i is its sentence's first word (after
** an opening quote). */
static int person_first(const ctx *c, uint32_t i) {
  uint32_t s0 = c->doc->sents[c->ti[i].sent].first;
  while (s0 < i && c->doc->tokens[s0].kind == SIMA_TOK_QUOTE)
    s0++;
  return i == s0;
}

/* A-COREF-SUBJECT: 1 when token i opens its sentence's main clause: its
** first word (after an opening quote), its second after a conjunction or
** an adverb ("But they", "Now they"), or the first word after a fronted
** phrase with no finite verb, closed by a comma ("In the days before the
** murder, they"). */
static int clause_first(const ctx *c, uint32_t i) {
  const sima_syntax *syn = c->doc->syn;
  uint32_t sn = c->ti[i].sent;
  if (!syn || sn >= c->doc->nsents)
    return 0;
  uint32_t s0 = c->doc->sents[sn].first;
  while (s0 < i && (syn[s0].xpos == SIMA_XPOS_LQUOTE || tok_eq(c, s0, "\"")))
    s0++;
  if (i == s0)
    return 1;
  if (i == s0 + 1 &&
      (syn[s0].xpos == SIMA_XPOS_CC || syn[s0].xpos == SIMA_XPOS_RB))
    return 1;
  if (!tok_eq(c, i - 1, ",") || i - s0 > 64)
    return 0; /* (a fronted phrase is short) */
  for (uint32_t t = s0; t + 1 < i; t++)
    if (syn[t].xpos == SIMA_XPOS_VBD || syn[t].xpos == SIMA_XPOS_VBZ ||
        syn[t].xpos == SIMA_XPOS_VBP || syn[t].xpos == SIMA_XPOS_MD)
      return 0;
  return 1;
}

/* A-COREF-SUBJECT: the first mention of sentence sn among the
** COREF_WINDOW mentions before mention qe, or -1. */
static int32_t first_mention_in(const ctx *c, uint32_t qe, uint32_t sn) {
  int32_t first = -1;
  for (uint32_t q = qe; q-- > 0 && qe - q <= COREF_WINDOW;) {
    if (c->m[q].sent < sn)
      break;
    if (c->m[q].sent == sn)
      first = (int32_t)q;
  }
  return first;
}

/* A-COREF-SAYER: 1 when the "they" at token i is the subject of a verb of
** saying or thinking (after at most an auxiliary and an adverb: "They
** fear", "They have repeatedly said"). */
static int says_next(const ctx *c, uint32_t i) {
  const sima_syntax *syn = c->doc->syn;
  uint32_t v = i + 1, n = c->doc->ntokens;
  for (int k = 0; k < 2 && v < n &&
                  (syn[v].upos == SIMA_UPOS_AUX || syn[v].upos == SIMA_UPOS_ADV);
       k++)
    v++;
  return v < n && c->ti[v].sent == c->ti[i].sent && syn[v].lemma &&
         syn[v].upos == SIMA_UPOS_VERB && tok_in_list(syn[v].lemma, say_lemmas);
}

/* A-COREF-SAYER: the last coded plural mention (its last word NNS or
** NNPS) of sentence sn, among the COREF_WINDOW mentions before mention
** qe, that is the subject of a finite verb of saying or thinking: the
** verb follows it at once, after an adverb, or after a short phrase of
** place ("journalists in Coban tell"); -1 if none. */
static int32_t sayer_in(const ctx *c, uint32_t qe, uint32_t sn) {
  const sima_syntax *syn = c->doc->syn;
  int32_t found = -1;
  for (uint32_t q = qe; q-- > 0 && qe - q <= COREF_WINDOW;) {
    const mtmp *m = &c->m[q];
    if (m->sent < sn)
      break;
    if (m->sent != sn || !m->code[0] || m->count == 0 || found >= 0)
      continue;
    uint32_t h = m->first + m->count - 1, v = h + 1;
    if (syn[h].xpos != SIMA_XPOS_NNS && syn[h].xpos != SIMA_XPOS_NNPS)
      continue;
    if (v < c->doc->ntokens && (tok_eq(c, v, "in") || tok_eq(c, v, "from"))) {
      v++; /* (a place: "in Coban", "in the north") */
      for (int k = 0; k < 4 && v < c->doc->ntokens &&
                      (syn[v].xpos == SIMA_XPOS_DT ||
                       syn[v].xpos == SIMA_XPOS_JJ ||
                       syn[v].xpos == SIMA_XPOS_NNP);
           k++)
        v++;
    }
    if (v < c->doc->ntokens && syn[v].xpos == SIMA_XPOS_RB)
      v++;
    if (v >= c->doc->ntokens || c->ti[v].sent != sn || !syn[v].lemma ||
        /* (a present after a plural the tagger may take for a bare
        ** infinitive: "journalists in Coban tell", tell VB) */
        !(syn[v].xpos == SIMA_XPOS_VBD || syn[v].xpos == SIMA_XPOS_VBZ ||
          syn[v].xpos == SIMA_XPOS_VBP || syn[v].xpos == SIMA_XPOS_VB) ||
        !tok_in_list(syn[v].lemma, say_lemmas))
      continue;
    found = (int32_t)q;
  }
  return found;
}

/* A-COREF-SUBJECT: the coded main mention before mention qe that is the
** subject of sentence sn's main clause (it opens the clause, after a
** determiner, adjectives or a number, and a verb, an auxiliary or a modal
** follows it, after at most an adverb) and may be "they": a plural or
** named mention, no lone country, no singular common noun; -1 if none. */
static int32_t clause_subject(const ctx *c, uint32_t nmain, uint32_t qe,
                              uint32_t sn) {
  const sima_syntax *syn = c->doc->syn;
  int32_t first = first_mention_in(c, qe, sn);
  if (first < 0 || !syn)
    return -1;
  const mtmp *m = &c->m[first];
  uint32_t b = m->first, h = m->first + m->count - 1, v = h + 1;
  while (b > 0 && c->ti[b - 1].sent == sn &&
         (syn[b - 1].xpos == SIMA_XPOS_DT || syn[b - 1].xpos == SIMA_XPOS_JJ ||
          syn[b - 1].xpos == SIMA_XPOS_CD ||
          syn[b - 1].xpos == SIMA_XPOS_PRP_S))
    b--;
  if (v < c->doc->ntokens && syn[v].xpos == SIMA_XPOS_RB)
    v++;
  if (!m->code[0] || !clause_first(c, b) || v >= c->doc->ntokens ||
      !(syn[v].xpos == SIMA_XPOS_VBD || syn[v].xpos == SIMA_XPOS_VBZ ||
        syn[v].xpos == SIMA_XPOS_VBP || syn[v].xpos == SIMA_XPOS_MD))
    return -1;
  int people = syn[h].xpos == SIMA_XPOS_NNS && !c->ti[h].cap;
  if ((m->person && !people) || lone_country(c, nmain, (uint32_t)first) ||
      singular_noun(c, h))
    return -1;
  return first;
}

/* RULE A-COREF-PAIR-SUBJECT: a "they" opening its sentence's main clause
** after a sentence whose main clause opened with two coded people joined
** by "and" ("Both Erdogan and Putin want to shape the settlement.  To
** this end they launched the Astana process") is both of them, as "the
** two leaders" would be (A-COREF-PAIR); A-COREF-SUBJECT takes no person
** for "they".  Returns the first person's mention of sentence sn before
** mention qe and sets *second to the other's; -1 if the sentence does
** not open so. */
static int32_t paired_subject(const ctx *c, uint32_t qe, uint32_t sn,
                              int32_t *second) {
  const sima_syntax *syn = c->doc->syn;
  int32_t first = first_mention_in(c, qe, sn);
  if (first < 0 || !syn || (uint32_t)first + 1 >= qe)
    return -1;
  const mtmp *m = &c->m[first];
  uint32_t b = m->first;
  if (b > 0 && c->ti[b - 1].sent == sn && tok_eq(c, b - 1, "both"))
    b--;
  uint32_t e = m->first + m->count;
  if (!m->code[0] || !m->person || !clause_first(c, b) || !tok_eq(c, e, "and"))
    return -1;
  int32_t q2 = -1;
  for (uint32_t q = (uint32_t)first + 1; q < qe && c->m[q].first <= e + 1; q++)
    if (c->m[q].first == e + 1 && q2 < 0)
      q2 = (int32_t)q;
  if (q2 < 0)
    return -1;
  const mtmp *n = &c->m[q2];
  uint32_t v = n->first + n->count;
  if (v < c->doc->ntokens && syn[v].xpos == SIMA_XPOS_RB)
    v++;
  if (!n->code[0] || !n->person || v >= c->doc->ntokens ||
      !(syn[v].xpos == SIMA_XPOS_VBD || syn[v].xpos == SIMA_XPOS_VBZ ||
        syn[v].xpos == SIMA_XPOS_VBP || syn[v].xpos == SIMA_XPOS_MD))
    return -1;
  *second = strcmp(m->code, n->code) ? q2 : -1;
  return first;
}

/* RULE A-COREF-SUBJECT: a "he"/"she" opening its sentence's main clause
** is the named person who was the subject of the sentence before, not
** one named later in it as a possessive: "Erdogan had demanded Assad's
** head. He was forced to accept refugees" is Erdogan.  The mention of
** sentence sn before mention qe that opens its main clause (after a
** title's determiner or adjectives) and is followed by a verb, when it
** is a named person; -1 if none. */
static int32_t person_subject(const ctx *c, uint32_t qe, uint32_t sn) {
  const sima_syntax *syn = c->doc->syn;
  int32_t first = first_mention_in(c, qe, sn);
  if (first < 0 || !syn)
    return -1;
  const mtmp *m = &c->m[first];
  uint32_t b = m->first, v = m->first + m->count;
  while (b > 0 && c->ti[b - 1].sent == sn &&
         (syn[b - 1].xpos == SIMA_XPOS_DT || syn[b - 1].xpos == SIMA_XPOS_JJ))
    b--;
  if (v < c->doc->ntokens && syn[v].xpos == SIMA_XPOS_RB)
    v++;
  if (!m->code[0] || !m->person || m->actor == NOACTOR || !clause_first(c, b) ||
      v >= c->doc->ntokens ||
      !(syn[v].xpos == SIMA_XPOS_VBD || syn[v].xpos == SIMA_XPOS_VBZ ||
        syn[v].xpos == SIMA_XPOS_VBP || syn[v].xpos == SIMA_XPOS_MD))
    return -1;
  return first;
}

/* The end of the apposition after a name ending at token r1 ("X Y, a
** Russian envoy, said"): the next comma after the comma right after the
** name, in its sentence, before token lim; r1 when there is none. */
static uint32_t appos_end(const ctx *c, uint32_t r1, uint32_t lim) {
  for (uint32_t j = r1 + 2; tok_eq(c, r1 + 1, ",") && j < lim && j < r1 + 24 &&
                            c->ti[j].sent == c->ti[r1].sent;
       j++)
    if (tok_eq(c, j, ","))
      return j;
  return r1;
}

/* A-COREF-UNCODED: the coded title of the uncoded name at tokens
** [r0, r1] with its apposition ending at token ae: a mention right before
** the name (after a comma or not) or inside the apposition (apart from
** the name, not a proper noun) which is no place ("in La Paz, Vice
** President X") and no bare country; -1 if none. */
static int32_t name_title(const ctx *c, uint32_t nmain, uint32_t r0,
                          uint32_t r1, uint32_t ae) {
  for (uint32_t p = 0; p < nmain; p++) {
    const mtmp *t = &c->m[p];
    uint32_t th = t->first + t->count - 1;
    char tc[4], ts[4];
    actor_split_code(c->d, t->code, tc, ts);
    /* (apart from the name, no proper noun: "X, who joined Isis," and
    ** "for the UCN, X said" name no title) */
    int name = c->doc->syn[th].xpos == SIMA_XPOS_NNP ||
               c->doc->syn[th].xpos == SIMA_XPOS_NNPS;
    if (!t->code[0] || t->bare || !strcmp(ts, "CVL"))
      continue;
    if (t->first + t->count == r0 ||
        (t->first + t->count + 1 == r0 && tok_eq(c, r0 - 1, ",") && !name) ||
        (t->first > r1 + 1 && t->first + t->count <= ae && !name))
      return (int32_t)p;
  }
  return -1;
}

/* A-COREF-UNCODED: an earlier mention of the name at tokens [r0, r1] by
** its last word ("Ivan Petrov, Russia's envoy, said ... Petrov told"):
** the uncoded proper-noun run of two or more tokens holding that word
** within the three sentences before it, into [*a0, *a1]; 0 if none. */
static int earlier_name(const ctx *c, const uint8_t *coded, uint32_t r0,
                        uint32_t r1, uint32_t *a0, uint32_t *a1) {
  const sima_token *sn = &c->doc->tokens[r1];
  for (uint32_t k = r0; k-- > 0 && c->ti[r0].sent - c->ti[k].sent <= 3;) {
    const sima_token *tk = &c->doc->tokens[k];
    if (coded[k] || tk->nnorm != sn->nnorm ||
        strncasecmp(tk->norm, sn->norm, sn->nnorm) ||
        (c->doc->syn[k].xpos != SIMA_XPOS_NNP &&
         c->doc->syn[k].xpos != SIMA_XPOS_NNPS))
      continue;
    uint32_t b0 = k, b1 = k;
    while (b0 > 0 && !coded[b0 - 1] && c->ti[b0 - 1].sent == c->ti[k].sent &&
           c->doc->syn[b0 - 1].xpos == SIMA_XPOS_NNP)
      b0--;
    while (b1 + 1 < r0 && !coded[b1 + 1] &&
           c->ti[b1 + 1].sent == c->ti[k].sent &&
           c->doc->syn[b1 + 1].xpos == SIMA_XPOS_NNP)
      b1++;
    if (b1 == b0)
      continue;
    *a0 = b0;
    *a1 = b1;
    return 1;
  }
  return 0;
}

/* A-COREF-UNCODED: the title of the earlier mention of the name at
** tokens [r0, r1] (earlier_name); -1 if none. */
static int32_t earlier_title(const ctx *c, const uint8_t *coded, uint32_t nmain,
                             uint32_t r0, uint32_t r1) {
  uint32_t a0, a1;
  if (!earlier_name(c, coded, r0, r1, &a0, &a1))
    return -1;
  return name_title(c, nmain, a0, a1, appos_end(c, a1, r0));
}

/* A-COREF-UNCODED: is the proper-noun run [r0, r1] marked as a person
** before token lim: a speech verb right after or before it, a comma and
** "a"/"an"/"who" or an age after it ("Jo Bloggs, 31, said"), or an
** apposition closed by a comma and a speech verb ("X Y, co-chair of the
** council, said")? */
static int person_cue(const ctx *c, uint32_t r0, uint32_t r1, uint32_t lim) {
  static const char *const speech[] = {
      "said",    "says",    "told",      "tells",   "added",    "adds",
      "wrote",   "writes",  "explained", "argued",  "insisted", "recalled",
      "recalls", "noted",   "warned",    "claimed", "stated",   "declared",
      "tweeted", "replied", "responded", NULL};
  static const char *const appos[] = {"a", "an", "who", NULL};
  int cue =
      tok_in(c, r1 + 1, speech) || (r0 > 0 && tok_in(c, r0 - 1, speech)) ||
      (tok_eq(c, r1 + 1, ",") && r1 + 2 < lim &&
       (tok_in(c, r1 + 2, appos) || c->doc->syn[r1 + 2].xpos == SIMA_XPOS_CD));
  for (uint32_t j = r1 + 2; !cue && tok_eq(c, r1 + 1, ",") && j + 1 < lim &&
                            j < r1 + 20 && c->ti[j].sent == c->ti[r1].sent;
       j++)
    cue = tok_eq(c, j, ",") && tok_in(c, j + 1, speech);
  return cue;
}

/* RULE A-COREF-UNCODED: a person pronoun ("he", "she", "him") is the
** person named last before it; when that person has a name the
** dictionaries do not know (two or more capitalised proper nouns outside
** every coded mention, marked as a person by a speech verb right after or
** right before the name, or by a comma and an age, "a"/"an" or "who"
** after it: "Jo Bloggs, 31, said"), the pronoun is that person's and no
** older actor's.  `coded` flags the tokens of coded mentions.  Returns
** the first token of the latest such name before token i within the
** pronoun's sentence and the two before it, or UINT32_MAX; *last gets
** its last token. */
static uint32_t uncoded_person(const ctx *c, const uint8_t *coded, uint32_t i,
                               uint32_t *last, uint32_t *apend) {
  const sima_syntax *syn = c->doc->syn;
  if (!syn)
    return UINT32_MAX;
  uint32_t sent = c->ti[i].sent;
  for (uint32_t k = i; k-- > 0 && sent - c->ti[k].sent <= 2;) {
    /* (a name's later words may be lower-case: "Nasr al-Hariri") */
    if (coded[k] || c->ti[k].title_sent ||
        (syn[k].xpos != SIMA_XPOS_NNP && syn[k].xpos != SIMA_XPOS_NNPS))
      continue;
    uint32_t r1 = k, r0 = k;
    while (r0 > 0 && !coded[r0 - 1] && c->ti[r0 - 1].sent == c->ti[k].sent &&
           (syn[r0 - 1].xpos == SIMA_XPOS_NNP ||
            syn[r0 - 1].xpos == SIMA_XPOS_NNPS))
      r0--;
    k = r0;
    if (!c->ti[r0].cap || (r0 > 0 && tok_eq(c, r0 - 1, "the")))
      continue;
    int cue;
    if (r1 == r0) {
      /* a lone surname repeats an uncoded person's full name named before
      ** ("Shamima Begum, who left the UK ... In 2015, Begum left ...
      ** She said"): that name must have been marked as a person */
      uint32_t a0, a1;
      cue =
          earlier_name(c, coded, r0, r1, &a0, &a1) && person_cue(c, a0, a1, r0);
    } else {
      cue = person_cue(c, r0, r1, i);
    }
    if (cue) {
      *apend = appos_end(c, r1, i);
      *last = r1;
      return r0;
    }
  }
  return UINT32_MAX;
}

/* RULE A-COREF-PLURAL: "they" is the plural subject named last before
** it, coded or not.  A plural common noun outside every coded mention
** ("detained respondents", "residents", "the girls") between the
** antecedent found (ending before token lo) and the pronoun at token i
** takes the pronoun from the older coded mention when it heads the
** subject (its verb, a finite one or a modal, follows after at most one
** adverb) of a verb of saying or thinking ("85 percent of detained
** respondents said they had traveled to Peru": not the embassy) or of a
** main clause of its own ("The girls are now fighting back.  An
** increasing number of them ...").  "Them" only from an earlier
** sentence (principle B: "its allies would be forced to release them").
** Not a noun coordinated with a coded mention ("police and residents
** said they"), nor one a coded mention modifies ("UN arms inspectors
** said they" are the UN's), nor one whose word heads an earlier coded
** mention ("Vigilante groups ... As the groups develop, they": the same
** groups).  Returns 1 when there is one (coreference runs before the
** parse: the tags and lemmas are all there is). */
static int plural_between(const ctx *c, const uint8_t *coded, uint32_t nmain,
                          uint32_t lo, uint32_t i) {
  const sima_syntax *syn = c->doc->syn;
  if (!syn)
    return 0;
  /* (a bounded look: a "sentence" of 10,000 words stays linear) */
  for (uint32_t t = i - lo > 256 ? i - 256 : lo; t + 1 < i; t++) {
    if (coded[t] || syn[t].xpos != SIMA_XPOS_NNS || c->ti[t].title_sent)
      continue;
    uint32_t v = t + 1;
    if (syn[v].xpos == SIMA_XPOS_RB && v + 1 < i)
      v++;
    unsigned x = syn[v].xpos;
    if (x != SIMA_XPOS_VBD && x != SIMA_XPOS_VBZ && x != SIMA_XPOS_VBP &&
        x != SIMA_XPOS_MD)
      continue;
    /* (the noun phrase's first word: back over its modifiers) */
    uint32_t s = t;
    while (
        s > lo && !coded[s - 1] && c->ti[s - 1].sent == c->ti[t].sent &&
        (syn[s - 1].xpos == SIMA_XPOS_JJ || syn[s - 1].xpos == SIMA_XPOS_DT ||
         syn[s - 1].xpos == SIMA_XPOS_CD || syn[s - 1].xpos == SIMA_XPOS_NN ||
         syn[s - 1].xpos == SIMA_XPOS_NNS || syn[s - 1].xpos == SIMA_XPOS_VBN ||
         syn[s - 1].xpos == SIMA_XPOS_PRP_S))
      s--;
    int say = syn[v].lemma && tok_in_list(syn[v].lemma, say_lemmas);
    int first = clause_first(c, s);
    if ((!say && !first) ||
        (tok_eq(c, i, "them") && c->ti[t].sent == c->ti[i].sent))
      continue;
    /* (nor a noun whose modifier is the coded mention: "UN arms
    ** inspectors said they" are the UN's) */
    if ((s >= 1 && coded[s - 1]) ||
        (s >= 2 && (tok_eq(c, s - 1, "and") || tok_eq(c, s - 1, "or")) &&
         coded[s - 2]))
      continue;
    int same = 0;
    for (uint32_t q = nmain, looked = 0; q-- > 0 && !same;) {
      const mtmp *m = &c->m[q];
      if (m->first + m->count > t)
        continue;
      if (c->ti[t].sent - m->sent > 2 || ++looked > COREF_WINDOW)
        break;
      same = m->code[0] && c->ti[t].w2 != TRIE_NONE &&
             c->ti[m->first + m->count - 1].w2 == c->ti[t].w2;
    }
    if (same)
      continue;
    return 1;
  }
  return 0;
}

static int cmp_mtmp(const void *a, const void *b) {
  const mtmp *x = a, *y = b;
  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* Sorts mentions into text order and keeps antecedents pointing right.
** cmp_mtmp is a total order (ties go by the unique `order`), so there is
** one sorted result whatever the algorithm; mentions already in it (most
** calls: they are pushed in text order) are left as they are, which is
** that result with every index kept, so no antecedent moves. */
static int sort_mentions(ctx *c) {
  if (c->nm < 2)
    return 0;
  for (uint32_t q = 0; q < c->nm; q++)
    c->m[q].order = q;
  uint32_t k = 1;
  while (k < c->nm && cmp_mtmp(&c->m[k - 1], &c->m[k]) < 0)
    k++;
  if (k == c->nm)
    return 0;
  uint32_t *map = malloc((size_t)c->nm * sizeof *map);
  if (!map)
    return -1;
  qsort(c->m, c->nm, sizeof *c->m, cmp_mtmp);
  for (uint32_t q = 0; q < c->nm; q++)
    map[c->m[q].order] = q;
  for (uint32_t q = 0; q < c->nm; q++)
    if (c->m[q].antecedent >= 0)
      c->m[q].antecedent = (int32_t)map[c->m[q].antecedent];
  free(map);
  return 0;
}

/* RULE A-COREF-POSSESSIVE: a bare agent after "its"/"their" (and up to
** two adjectives) that is a clause's subject, followed by its verb ("its military forces
** launched an attack", "their forces had besieged a base") or a leader
** word ("killed its top leader") belongs to the nearest earlier coded
** mention that is no person, in its sentence or the one before, and has
** a country: a state's agent is that country's (Turkey ... its forces:
** TURMIL; "the Colombian government's tally, its soldiers":
** COLMIL), a non-state organisation's is the organisation ("the FARC ...
** its top leader": the FARC's code).  "its" skips plural mentions ("Colombian
** forces killed its leader" is not the forces'). */
static void coref_possessive(ctx *c, uint32_t nmain) {
  static const char *const leader[] = {"leader", "leaders", "chief",
                                       "commander", "head", "boss",
                                       "founder", NULL};
  const sima_syntax *syn = c->doc->syn;
  if (!syn)
    return;
  for (uint32_t q = 0; q < nmain; q++) {
    mtmp *m = &c->m[q];
    if (m->actor != NOACTOR || strlen(m->code) != 3 ||
        !dict_is_sector(c->d, m->code) || dict_is_country(c->d, m->code))
      continue;
    uint32_t k = m->first, adj = 0, hd = m->first + m->count - 1;
    while (k > 0 && adj < 2 &&
           (syn[k - 1].upos == SIMA_UPOS_ADJ || tok_eq(c, k - 1, "own")))
      k--, adj++;
    if (k == 0 || !(tok_eq(c, k - 1, "its") || tok_eq(c, k - 1, "their")))
      continue;
    /* (coreference runs before the parse: a subject is followed by its
    ** verb or auxiliary) */
    unsigned nx = hd + 1 < c->doc->ntokens ? syn[hd + 1].xpos : 0;
    int subj = nx == SIMA_XPOS_VBD || nx == SIMA_XPOS_VBZ ||
               nx == SIMA_XPOS_VBP || nx == SIMA_XPOS_VBN ||
               nx == SIMA_XPOS_MD;
    int lead = tok_in(c, hd, leader);
    if (!subj && !lead)
      continue;
    uint32_t poss = k - 1;
    int its = tok_eq(c, poss, "its");
    /* (not into a content or relative clause: "Chile rejected the claim
    ** that its navy had entered Peruvian waters" is about the navy, not
    ** by it): the antecedent ends after the last "that"/"which"/"who"
    ** before "its", in reach */
    uint32_t open = 0;
    for (uint32_t t = poss; t-- > 0 && c->ti[poss].sent - c->ti[t].sent <= 1;)
      if (tok_eq(c, t, "that") || tok_eq(c, t, "which") || tok_eq(c, t, "who")) {
        open = t + 1;
        break;
      }
    for (uint32_t p = q; p-- > 0 && q - p <= COREF_WINDOW;) {
      const mtmp *a = &c->m[p];
      if (a->first + a->count > poss)
        continue;
      if (c->ti[poss].sent - a->sent > 1 || a->first + a->count < open)
        break;
      if (!a->code[0] || a->person)
        continue;
      char ac[4], as[4];
      actor_split_code(c->d, a->code, ac, as);
      /* (civilians and places own no forces: "Deir ez-Zor, where their
      ** forces had besieged ...") */
      if (!strcmp(as, "CVL"))
        continue;
      uint32_t h = a->first + a->count - 1;
      if (its && (syn[h].xpos == SIMA_XPOS_NNS || syn[h].xpos == SIMA_XPOS_NNPS))
        continue;
      /* a body of no country ("Police ... their suspect"); but a named
      ** group of none has its members ("Isis members ... where their
      ** forces had besieged a base": IMGISI, not a bare MIL) */
      if (!ac[0] && (a->actor == NOACTOR || strlen(a->code) <= 3 ||
                     dict_is_sector(c->d, a->code)))
        break;
      if (!ac[0] && !strcmp(m->code, "CVL"))
        break; /* (their families are no members) */
      if (!ac[0]) {
        set_code(m, a->code, NULL);
        m->how = SIMA_RES_COMPOSED;
        m->antecedent = (int32_t)p;
        break;
      }
      /* a state's agents are the country's; a non-state group's leader
      ** and members are the group, but "their own government" is still
      ** the country's */
      int own = !as[0] || tok_in_list(as, state_sectors) ||
                (!lead && tok_in_list(m->code, state_sectors));
      char code[8];
      snprintf(code, sizeof code, "%s%s", ac, m->code);
      set_code(m, own ? code : a->code, NULL);
      m->how = SIMA_RES_COMPOSED;
      m->antecedent = (int32_t)p;
      break;
    }
  }
}

/* A-NOMINAL-HEAD, A-NAMED-HEAD: is mention m "the" and one agent word
** tagged xpos whose dictionary code is a bare sector (no country, no
** named actor)? */
static int definite_bare_agent(const ctx *c, const mtmp *m, unsigned xpos) {
  const sima_syntax *syn = c->doc->syn;
  return syn && m->count == 1 && m->how == SIMA_RES_DICT &&
         m->actor == NOACTOR && strlen(m->code) == 3 &&
         !dict_is_country(c->d, m->code) && m->first > 0 &&
         tok_eq(c, m->first - 1, "the") && syn[m->first].xpos == xpos;
}

/* RULE A-NOMINAL-HEAD: "the leaders" (the, then one plural agent word
** with a bare sector) is the group named before it with the same word:
** "the leaders of the Urabenos cartel are negotiating ... Petro
** said that the leaders ... were negotiating" are the gang's leaders
** (COLCRM), not Petro (a plural is no one person); the mention found is
** the nearest earlier one, in the sentence or the two before, holding
** the word and a code of its own that says more (a country or another
** sector). Returns 1 when it resolved m. */
static int nominal_head(ctx *c, uint32_t q) {
  mtmp *m = &c->m[q];
  if (!definite_bare_agent(c, m, SIMA_XPOS_NNS))
    return 0;
  const sima_token *w = &c->doc->tokens[m->first];
  for (uint32_t p = q; p-- > 0 && q - p <= COREF_WINDOW;) {
    const mtmp *a = &c->m[p];
    if (m->sent - a->sent > 2)
      break;
    if (!a->code[0] || !strcmp(a->code, m->code) || a->how == SIMA_RES_PRONOUN)
      continue;
    int has = 0;
    for (uint32_t i = a->first; i < a->first + a->count && !has; i++) {
      const sima_token *t = &c->doc->tokens[i];
      has = t->nnorm == w->nnorm && !strncasecmp(t->norm, w->norm, w->nnorm);
    }
    if (!has)
      continue;
    set_code(m, a->code, NULL);
    m->how = SIMA_RES_NOMINAL;
    m->antecedent = (int32_t)p;
    return 1;
  }
  return 0;
}

/* RULE A-NAMED-HEAD: "the coalition", "the cartel" (the, then one
** singular agent word with a bare sector) is the organisation named just
** before whose name ends with that word: "the Syrian National Coalition
** also said ... 'The coalition will not participate'" is the opposition
** body (SYROPP), not a military coalition (MIL); "the Sinaloa Cartel ...
** the cartel" is the cartel's code.  The antecedent is the nearest
** earlier mention, in the sentence or the two before, that is a named
** actor of the dictionaries whose last word, capitalised, is the word.
** Returns 1 when it resolved m. */
static int named_head(ctx *c, uint32_t q) {
  mtmp *m = &c->m[q];
  if (!definite_bare_agent(c, m, SIMA_XPOS_NN))
    return 0;
  const sima_token *w = &c->doc->tokens[m->first];
  for (uint32_t p = q; p-- > 0 && q - p <= COREF_WINDOW;) {
    const mtmp *a = &c->m[p];
    if (m->sent - a->sent > 2)
      break;
    if (!a->code[0] || a->actor == NOACTOR || a->person ||
        a->how != SIMA_RES_DICT || a->count < 2)
      continue;
    uint32_t e = a->first + a->count - 1;
    const sima_token *t = &c->doc->tokens[e];
    if (!c->ti[e].cap || t->nnorm != w->nnorm ||
        strncasecmp(t->norm, w->norm, w->nnorm))
      continue;
    set_code(m, a->code, NULL);
    m->how = SIMA_RES_NOMINAL;
    m->antecedent = (int32_t)p;
    return 1;
  }
  return 0;
}

/* RULE A-DEFINITE-PEOPLE: 1 when mention q is a definite plural "men"
** or "women" alone, coded a civilian by the dictionary: "the men", "the
** four women", "both men" (the, then at most a number; or "both"), with
** no phrase or clause after it that says who they are ("the men of the
** village", "the women who marched").  Such a description refers back to
** people named before (the generals released, the two Isis militants
** captured), who are seldom just civilians: "In June 2014, the men were
** held in custody on charges that they had helped the Zetas"
** are the generals.  (A-NOMINAL-HEAD has taken the ones whose antecedent
** holds the same word: "a group of armed men ... The men fired".) */
static int anaphoric_people(const ctx *c, uint32_t q) {
  static const char *const qualifier[] = {"from", "of",    "that",
                                          "which", "who",  "whom", NULL};
  const mtmp *m = &c->m[q];
  const sima_syntax *syn = c->doc->syn;
  if (!syn || m->count != 1 || m->how != SIMA_RES_DICT ||
      strcmp(m->code, "CVL") != 0 || m->first == 0 ||
      syn[m->first].xpos != SIMA_XPOS_NNS ||
      !(tok_eq(c, m->first, "men") || tok_eq(c, m->first, "women")))
    return 0;
  uint32_t b = m->first - 1;
  if (syn[b].xpos == SIMA_XPOS_CD && b > 0 && tok_eq(c, b - 1, "the"))
    b--;
  if (!tok_eq(c, b, "the") && !tok_eq(c, b, "both"))
    return 0;
  uint32_t e = m->first + 1;
  return !(e < c->doc->ntokens && c->ti[e].sent == m->sent &&
           tok_in(c, e, qualifier));
}

/* RULE A-TITLE-OFFICE: a definite office title ("the prime minister")
** is no earlier person named with another office ("President Trump"):
** the two offices differ, so the title is someone else ("Mrs May and
** President Trump ... The prime minister spoke to president Trump": the
** prime minister is May, not Trump).  Returns the office word of token i
** ("premier" counts as "minister"), or NULL. */
static const char *office_word(const ctx *c, uint32_t i) {
  static const char *const office[] = {
      "chancellor", "emir",      "governor", "king",      "mayor",
      "minister",   "premier",   "president", "queen",    "secretary",
      "senator",    "sultan",    NULL};
  for (const char *const *o = office; *o; o++)
    if (tok_eq(c, i, *o))
      return strcmp(*o, "premier") ? *o : "minister";
  return NULL;
}

/* 1 when mention a is named with an office other than the one the
** definite title m ends with (A-TITLE-OFFICE). */
static int other_office(const ctx *c, const mtmp *m, const mtmp *a) {
  const char *mine = office_word(c, m->first + m->count - 1);
  if (!mine)
    return 0;
  for (uint32_t i = a->first; i < a->first + a->count; i++) {
    const char *o = office_word(c, i);
    if (o && strcmp(o, mine) != 0)
      return 1;
  }
  return 0;
}

/* RULE A-STAFF-OWNER: the staff or employees of a state body are that
** body's people, not labour (LAB): "the attorney general has asked his
** staff to review the files" (JUD), "the government ... suspended its
** 1,400 employees" (GOV), "the ministry's employees".  The owner is the
** possessor: a mention ending right before "'s", or for his/her/its/their
** (one or two adjectives or numbers may follow it) the nearest earlier
** coded mention of the sentence (his/her/its: one not in the plural).
** Staff of a firm, a man or a group keep LAB ("one of the man's
** employees"). */
static void staff_owner(ctx *c, uint32_t nmain) {
  static const char *const staff[] = {"employee", "employees", "staff",
                                      "staffer",  "staffers",  NULL};
  static const char *const poss[] = {"her", "his", "its", "their", NULL};
  const sima_syntax *syn = c->doc->syn;
  if (!syn)
    return;
  for (uint32_t q = 0; q < nmain; q++) {
    mtmp *m = &c->m[q];
    if (m->actor != NOACTOR || strcmp(m->code, "LAB") != 0 || m->count != 1 ||
        !tok_in(c, m->first, staff))
      continue;
    uint32_t k = m->first, mods = 0;
    while (k > 0 && mods < 2 &&
           (syn[k - 1].upos == SIMA_UPOS_ADJ ||
            syn[k - 1].upos == SIMA_UPOS_NUM))
      k--, mods++;
    if (k == 0)
      continue;
    int32_t owner = -1;
    if (tok_in(c, k - 1, poss)) {
      int plural_ok = tok_eq(c, k - 1, "their");
      for (uint32_t p = q; p-- > 0;) {
        const mtmp *a = &c->m[p];
        if (a->sent != m->sent)
          break;
        if (!a->code[0] || a->first + a->count > k - 1)
          continue;
        uint32_t h = a->first + a->count - 1;
        if (!plural_ok &&
            (syn[h].xpos == SIMA_XPOS_NNS || syn[h].xpos == SIMA_XPOS_NNPS))
          continue;
        owner = (int32_t)p;
        break;
      }
    } else if (k >= 2 && (tok_eq(c, k - 1, "'s") || tok_eq(c, k - 1, "'"))) {
      for (uint32_t p = q; p-- > 0;)
        if (c->m[p].code[0] && c->m[p].first + c->m[p].count == k - 1) {
          owner = (int32_t)p;
          break;
        }
    }
    if (owner < 0)
      continue;
    const mtmp *a = &c->m[owner];
    char ac[4], as[4];
    actor_split_code(c->d, a->code, ac, as);
    if (!tok_in_list(as, state_sectors))
      continue;
    set_code(m, a->code, NULL);
    m->how = SIMA_RES_COMPOSED;
    m->antecedent = owner;
  }
}

/* RULE A-TITLE-ORG: a definite title of no country ("the commissioner",
** "the secretary-general") is the international body's officer named
** before with that title: "the UN high commissioner for human rights
** warned ... The commissioner will travel to Mexico" is the UN (IGOUNO),
** not a government of nowhere (GOV).  Tried only when no person of the
** title's sector is found (a president named before stays the
** president).  Returns the nearest earlier mention, within the
** coreference window, coded as an international body (IGO...) whose
** words hold m's last word, or -1. */
static int32_t org_title_antecedent(const ctx *c, uint32_t q) {
  const mtmp *m = &c->m[q];
  const sima_token *w = &c->doc->tokens[m->first + m->count - 1];
  for (uint32_t p = q; p-- > 0 && q - p <= COREF_WINDOW;) {
    const mtmp *a = &c->m[p];
    if (strncmp(a->code, "IGO", 3) != 0)
      continue;
    for (uint32_t i = a->first; i < a->first + a->count; i++) {
      const sima_token *t = &c->doc->tokens[i];
      if (t->nnorm == w->nnorm && !strncasecmp(t->norm, w->norm, w->nnorm))
        return (int32_t)p;
    }
  }
  return -1;
}

/* Resolves pronouns and definite nominals; `coded` flags the tokens of
** coded mentions (NULL: no memory, A-COREF-UNCODED is skipped). */
/* RULE A-COREF-COARG: a subject pronoun is not the actor its own verb
** acts on (the binding condition on pronouns: in "Trump called Erdogan
** ... “He urged Turkey to exercise caution”", "he" is not the Turkish
** president, who would be urging his own state).  When the antecedent
** found is the same actor as the verb's object (the same code, or a
** country and its government: C-SELF's test), the search goes on back to
** the next candidate of another actor, within the pronoun's sentence and
** the two before; with none, the antecedent stays.  Both must be states
** (a country or its government): two gangs or two UN bodies that share a
** code are two actors ("they gave the Zetas permission": the Lorenzanas,
** MEXCRM both).  The object is read
** from the tags (coreference runs before the parse): a coded mention
** right after the clause's first verb (past adverbs and auxiliaries; or
** past one of "against", "on", "to", "with") that no finite verb or
** possessive follows; no copula.  (Not for "him"/"them": an object
** pronoun whose antecedent shares the subject's code mostly names someone
** uncoded: "the Bolivian Armed Forces have accused him" is a deserter,
** not another Bolivian officer.) */

/* A-COREF-COARG: 1 when code is a state: a bare country ("TUR") or its
** government ("TURGOV", "TURGOVFOR"). */
static int state_code(const ctx *c, const char *code) {
  size_t n = strlen(code);
  char cc[4] = {code[0], n >= 3 ? code[1] : 0, n >= 3 ? code[2] : 0, 0};
  return (n == 3 || (n >= 6 && !strncmp(code + 3, "GOV", 3))) &&
         dict_is_country(c->d, cc);
}

/* A-COREF-COARG: C-SELF's test (dict_same_state, as coder_same_actor)
** on two state codes: are a and b one state? */
static int one_actor(const ctx *c, const char *a, const char *b) {
  return state_code(c, a) && state_code(c, b) && dict_same_state(a, b);
}

/* A-COREF-COARG: 1 when token t is an adverb, a modal or an auxiliary
** verb form ("has", "had", "will", "did") of a verb group. */
static int verb_group_word(const ctx *c, uint32_t t) {
  static const char *const aux[] = {"did", "do", "does", "had", "has",
                                    "have", "will", "would", NULL};
  const sima_syntax *y = c->doc->syn;
  return y[t].xpos == SIMA_XPOS_RB || y[t].xpos == SIMA_XPOS_MD ||
         tok_in(c, t, aux);
}

static int finite_tag(unsigned x) {
  return x == SIMA_XPOS_VBD || x == SIMA_XPOS_VBZ || x == SIMA_XPOS_VBP ||
         x == SIMA_XPOS_MD;
}

/* A-COREF-COARG: the main mention that begins at token t, looked for
** among the 8 from index q (< nmain) on, or -1. */
static int32_t mention_at(const ctx *c, uint32_t nmain, uint32_t q,
                          uint32_t t) {
  for (uint32_t k = q; k < nmain && k < q + 8; k++)
    if (c->m[k].first == t)
      return (int32_t)k;
  return -1;
}

/* A-COREF-COARG: the coded main mention that is the object of the verb
** of subject pronoun token i, or -1; q is the first main mention that ends
** after i. */
static int32_t coarg_of(const ctx *c, uint32_t nmain, uint32_t q0,
                        uint32_t i) {
  const sima_syntax *y = c->doc->syn;
  uint32_t n = c->doc->ntokens, sn = c->ti[i].sent;
  if (!y)
    return -1;
  if (tok_eq(c, i, "he") || tok_eq(c, i, "she") || tok_eq(c, i, "they")) {
    uint32_t v = i + 1;
    while (v < n && v < i + 4 && verb_group_word(c, v))
      v++;
    if (v >= n || c->ti[v].sent != sn ||
        (y[v].xpos != SIMA_XPOS_VBD && y[v].xpos != SIMA_XPOS_VBZ &&
         y[v].xpos != SIMA_XPOS_VBP && y[v].xpos != SIMA_XPOS_VB &&
         y[v].xpos != SIMA_XPOS_VBN))
      return -1;
    /* (no copula or passive: "he was attacked by", "they are Kurds") */
    static const char *const be[] = {"am",   "are", "be",   "been",
                                     "is",   "was", "were", NULL};
    if (tok_in(c, v, be))
      return -1;
    uint32_t t = v + 1;
    static const char *const preps[] = {"against", "on", "to", "with", NULL};
    if (t < n && tok_in(c, t, preps))
      t++;
    if (t < n && tok_eq(c, t, "the"))
      t++;
    int32_t q = t < n ? mention_at(c, nmain, q0, t) : -1;
    if (q < 0 || !c->m[q].code[0] || c->m[q].sent != sn)
      return -1;
    /* (the mention is the object's head, not a demonym before it, "he
    ** would not risk British lives", nor the subject of a clause, "he
    ** could envisage Turkey accepting") */
    uint32_t e = c->m[q].first + c->m[q].count;
    if (y[e - 1].upos == SIMA_UPOS_ADJ)
      return -1;
    if (e < n && (finite_tag(y[e].xpos) || y[e].xpos == SIMA_XPOS_VBG ||
                  tok_poss(c, e) || tok_eq(c, e, "'") ||
                  tok_eq(c, e, "\u2019")))
      return -1;
    return q;
  }
  return -1;
}

/* A-COREF-COARG: antecedent a of pronoun token i, or the next candidate
** back that is not the same actor as the verb's other argument (q as for
** coarg_of). */
static int32_t coarg_antecedent(const ctx *c, uint32_t nmain, uint32_t q,
                                uint32_t i, int32_t a) {
  int32_t o = coarg_of(c, nmain, q, i);
  if (o < 0 || o == a || !one_actor(c, c->m[a].code, c->m[o].code))
    return a;
  int person = is_pronoun_person(c, i);
  int32_t b = a;
  while (b >= 0 && one_actor(c, c->m[b].code, c->m[o].code)) {
    b = find_back(c, nmain, c->m[b].first, person, NULL);
    if (b >= 0 && c->ti[i].sent - c->m[b].sent > 2)
      b = -1;
  }
  return b >= 0 ? b : a;
}

static void coref_run(ctx *c, uint8_t *coded) {
  uint32_t nmain = c->nm;
  const sima_doc *doc = c->doc;
  coref_possessive(c, nmain);
  staff_owner(c, nmain);
  /* definite nominals: "the Chinese leader", "the president" */
  for (uint32_t q = 0; q < nmain; q++) {
    mtmp *m = &c->m[q];
    if (nominal_head(c, q) || named_head(c, q))
      continue;
    /* RULE A-DEFINITE-PEOPLE: "the men", "the two women", "both men"
    ** name people told of before, not civilians: what A-NOMINAL-HEAD
    ** does not resolve stays uncoded, and so does a "they" that refers
    ** to it (A-COREF-PLURAL) */
    if (coded && anaphoric_people(c, q)) {
      m->code[0] = '\0';
      m->how = SIMA_RES_UNCODED;
      memset(coded + m->first, 0, m->count);
      continue;
    }
    if (!m->person || m->actor != NOACTOR || !m->code[0] || m->first == 0 ||
        !tok_eq(c, m->first - 1, "the"))
      continue;
    /* RULE A-TITLE-APPOSITION: "the prime minister, Theresa May," is the
    ** named person of the apposition, not an earlier one */
    uint32_t ap = m->first + m->count;
    if (q + 1 < nmain && tok_eq(c, ap, ",") && c->m[q + 1].first == ap + 1 &&
        c->m[q + 1].person && c->m[q + 1].actor != NOACTOR &&
        c->m[q + 1].code[0]) {
      m->how = SIMA_RES_NOMINAL;
      m->antecedent = (int32_t)(q + 1);
      set_code(m, c->m[q + 1].code, NULL);
      continue;
    }
    char country[4], sector[4];
    actor_split_code(c->d, m->code, country, sector);
    int found = 0;
    for (uint32_t p = q; p-- > 0 && q - p <= COREF_WINDOW && !found;) {
      const mtmp *a = &c->m[p];
      if (a->actor == NOACTOR || !a->person || !a->code[0])
        continue;
      char ac[4], as[4];
      actor_split_code(c->d, a->code, ac, as);
      if ((country[0] && strcmp(country, ac)) || strcmp(sector, as) ||
          other_office(c, m, a))
        continue;
      m->how = SIMA_RES_NOMINAL;
      m->antecedent = (int32_t)p;
      set_code(m, a->code, NULL);
      found = 1;
    }
    /* RULE A-TITLE-ORG: failing a person of the same sector, an
    ** international body's officer named with the title */
    int32_t io = found || country[0] ? -1 : org_title_antecedent(c, q);
    if (io >= 0) {
      m->how = SIMA_RES_NOMINAL;
      m->antecedent = io;
      set_code(m, c->m[io].code, NULL);
    }
  }
  uint32_t he_sent = UINT32_MAX; /* A-COREF-HE-CHAIN: the same for */
  int32_t he_a = -1;             /* "he" and "she" */
  uint32_t they_sent = UINT32_MAX; /* A-COREF-SUBJECT: the sentence of */
  int32_t they_a = -1;             /* the last clause-opening "they" */
  for (uint32_t i = 0, q = 0; i < doc->ntokens && !c->oom; i++) {
    while (q < nmain && c->m[q].first + c->m[q].count <= i)
      q++;
    if (q < nmain && c->m[q].first <= i)
      continue; /* inside a mention */
    /* cheap filter: every word looked for here is he/she/him/they/them,
    ** or starts a phrase with "the" or "both" */
    const sima_token *tk = &doc->tokens[i];
    char f = (char)(tk->norm[0] | 0x20);
    if (tk->nnorm > 4 || (f != 'h' && f != 's' && f != 't' && f != 'b'))
      continue;
    if (is_pronoun_person(c, i) || is_pronoun_group(c, i)) {
      int32_t a = find_back(c, nmain, i, is_pronoun_person(c, i), NULL);
      if (a >= 0 && coded && is_pronoun_person(c, i)) {
        /* RULE A-COREF-UNCODED; a coded title before the name or in
        ** apposition to it ("Russian envoy Ivan Petrov", "Russia's envoy,
        ** Ivan Petrov", "Ivan Petrov, Russia's envoy", "Ivan Petrov, who
        ** served as Russia's envoy,") is the person */
        uint32_t r1 = 0, ae = 0, r0 = uncoded_person(c, coded, i, &r1, &ae);
        if (r0 != UINT32_MAX && c->m[a].first + c->m[a].count <= r0) {
          a = name_title(c, nmain, r0, r1, ae);
          if (a < 0)
            a = earlier_title(c, coded, nmain, r0, r1);
        }
      }
      /* RULE A-COREF-FRONTED: a "he"/"she" opening the main clause after
      ** a fronted phrase that holds "his"/"her" ("During his phone call
      ** with Erdogan, he declared ...") is the owner of that phrase, who
      ** is not the partner named in it: no antecedent inside the fronted
      ** phrase; the one named before the sentence is taken */
      if (a >= 0 && (tok_eq(c, i, "he") || tok_eq(c, i, "she")) &&
          c->m[a].sent == c->ti[i].sent && c->m[a].first < i &&
          fronted_person(c, i)) {
        const char *own = tok_eq(c, i, "he") ? "his" : "her";
        uint32_t s0 = doc->sents[c->ti[i].sent].first;
        int has = 0;
        for (uint32_t t = s0; t < c->m[a].first && !has; t++)
          has = tok_eq(c, t, own);
        if (has)
          a = find_back(c, nmain, s0, 1, NULL);
      }
      /* RULE A-COREF-HE-CHAIN: a "he"/"she" opening its sentence's main
      ** clause (first, or after a short fronted phrase: "By Sunday,
      ** however, he") right after a sentence whose main clause also opened
      ** with "he"/"she" (or the one before it, past a quote's second sentence)
** continues that pronoun's person, as A-COREF-SUBJECT
      ** does for "they": the person talked of stays the subject ("During
      ** his call with Erdogan, he declared ... By Sunday, he appeared to
      ** agree": not Erdogan) */
      int he_open = (tok_eq(c, i, "he") || tok_eq(c, i, "she")) &&
                    (fronted_person(c, i) || person_first(c, i));
      /* (the sentence before, or the one before that when a quote's
      ** second sentence stands between; and no person named since that
      ** sentence) */
      if (he_open && he_sent != UINT32_MAX && he_sent < c->ti[i].sent &&
          c->ti[i].sent - he_sent <= 2 && he_a >= 0 && a >= 0 &&
          c->m[a].sent <= he_sent)
        a = he_a;
      if (he_open) {
        he_sent = c->ti[i].sent;
        he_a = a;
      }
      /* RULE A-COREF-SUBJECT: a "they" opening its sentence's main
      ** clause continues the subject of the sentence before: that
      ** sentence's "they" ("they had also killed ... Ten days later,
      ** they kidnapped"), or its coded subject ("Police arrested a
      ** doctor ... They also arrested") */
      /* (A-COREF-SUBJECT: "he"/"she", over a possessive: person_subject) */
      if (a >= 0 && (tok_eq(c, i, "he") || tok_eq(c, i, "she")) &&
          c->ti[i].sent > 0 && c->m[a].sent == c->ti[i].sent - 1 &&
          clause_first(c, i)) {
        uint32_t ae = c->m[a].first + c->m[a].count;
        int poss = ae < doc->ntokens &&
                   (tok_eq(c, ae, "'s") || tok_eq(c, ae, "\u2019s") ||
                    tok_eq(c, ae, "'") || tok_eq(c, ae, "\u2019"));
        int32_t ps = poss ? person_subject(c, (uint32_t)a, c->m[a].sent) : -1;
        if (ps >= 0 && ps != a && c->m[ps].actor != c->m[a].actor)
          a = ps;
      }
      int subj = coded && tok_eq(c, i, "they") && clause_first(c, i);
      int32_t pair_a = -1, pair_b = -1; /* A-COREF-PAIR-SUBJECT */
      if (subj && c->ti[i].sent > 0) {
        uint32_t ps = c->ti[i].sent - 1;
        int32_t b = they_sent == ps ? they_a : clause_subject(c, nmain, q, ps);
        if (they_sent != ps && b < 0 &&
            (pair_a = paired_subject(c, q, ps, &pair_b)) >= 0)
          b = pair_a;
        if (they_sent == ps || b >= 0)
          a = b;
        /* RULE A-COREF-SAYER: a "they" that opens its sentence as the
        ** subject of a verb of saying or thinking continues the sayers
        ** of the sentence before ("local journalists in Coban tell us
        ** that the gang may have been tipped off by the police ... They
        ** fear that ...": the journalists, not the police) */
        else {
          int32_t sy = says_next(c, i) ? sayer_in(c, q, ps) : -1;
          if (sy >= 0)
            a = sy;
        }
      }
      /* RULE A-COREF-CATAPHORA: a pronoun inside an opening
      ** subordinate clause names the main clause's subject after it */
      {
        int32_t k = cataphor(c, nmain, i);
        if (k != -2)
          a = k;
      }
      /* RULE A-COREF-NAME-SUBJECT: not past an uncoded full name that
      ** is the subject above the pronoun's clause */
      if (uncoded_name_subject(c, coded, a, i))
        a = -1;
      /* RULE A-COREF-RELATIVE: "they" is no singular name inside a
      ** relative clause on a plural group named just before it in the
      ** pronoun's sentence ("Britons who went to join Isis ... if they
      ** want to return": the Britons, not Isis) */
      if (a >= 0 && is_pronoun_group(c, i))
        a = relative_group(c, a, i);
      /* RULE A-COREF-PLURAL: an uncoded plural subject after the
      ** antecedent ("the detained respondents said they") is "they" */
      if (a >= 0 && coded && is_pronoun_group(c, i) &&
          plural_between(c, coded, nmain, c->m[a].first + c->m[a].count, i))
        a = -1;
      /* RULE A-COREF-COARG */
      if (a >= 0)
        a = coarg_antecedent(c, nmain, q, i, a);
      if (subj) {
        they_sent = c->ti[i].sent;
        they_a = a;
      }
      if (a < 0)
        continue;
      mtmp *m = push(c, i, i + 1, SIMA_RES_PRONOUN);
      if (!m)
        return;
      set_code(m, c->m[a].code, NULL);
      m->antecedent = a;
      m->person = c->m[a].person && !is_pronoun_group(c, i);
      m->note = "pronoun";
      /* (A-COREF-PAIR-SUBJECT: and the other person of the pair) */
      if (a == pair_a && pair_b >= 0) {
        m = push(c, i, i + 1, SIMA_RES_PRONOUN);
        if (!m)
          return;
        set_code(m, c->m[pair_b].code, NULL);
        m->antecedent = pair_b;
        m->note = "pronoun";
      }
      continue;
    }
    /* "the" or "both", then the rest of a phrase of its list; n is the
    ** length of the phrase (2 or 3 words) */
    int the = tok_eq(c, i, "the");
    if (!the && !tok_eq(c, i, "both"))
      continue;
    const char *const(*rest)[2] = the ? pair_the : pair_both;
    size_t nrest = the ? sizeof pair_the / sizeof pair_the[0]
                       : sizeof pair_both / sizeof pair_both[0];
    for (size_t p = 0; p < nrest; p++) {
      uint32_t n = 1;
      while (n < 3 && rest[p][n - 1] && tok_eq(c, i + n, rest[p][n - 1]))
        n++;
      if (n < 3 && rest[p][n - 1])
        continue;
      int countries = tok_eq(c, i + n - 1, "countries") ||
                      tok_eq(c, i + n - 1, "nations") ||
                      tok_eq(c, i + n - 1, "states") ||
                      tok_eq(c, i + n - 1, "neighbours") ||
                      tok_eq(c, i + n - 1, "neighbors");
      /* RULE A-COREF-PAIR: "the pair", "the two men", "both leaders" are
      ** people: their
      ** antecedents are persons ("a couple ... detained on a flight to
      ** Madrid. Police seized $800,000 from the pair") */
      int persons = tok_eq(c, i + n - 1, "pair") ||
                    tok_eq(c, i + n - 1, "men") ||
                    tok_eq(c, i + n - 1, "leaders");
      int32_t a = find_back(c, nmain, i, persons ? 1 : -1, NULL);
      /* RULE A-COREF-NATIONS: "the two countries/nations" are states: a
      ** country or its state agents, not criminals ("CRM") or a news
      ** agency of a country ("AFP") */
      while (countries && a >= 0 &&
             (!state_country(c, a) || place_named(c, &c->m[a])))
        a = a > 0 && c->ti[i].sent - c->m[a - 1].sent <= 2 ? a - 1 : -1;
      /* RULE A-CITY-CAPITAL: a place ("the capital city of Bogota":
      ** COLCVL) is no side */
      while (a >= 0 && no_side(&c->m[a]))
        a = a > 0 && c->ti[i].sent - c->m[a - 1].sent <= 2 ? a - 1 : -1;
      if (a < 0)
        break;
      char c1[4], c2[4], s1[4], s2[4];
      actor_split_code(c->d, c->m[a].code, c1, s1);
      int32_t b = -1;
      for (uint32_t r = (uint32_t)a; r-- > 0;) {
        if (c->ti[i].sent - c->m[r].sent > 2 || (uint32_t)a - r > COREF_WINDOW)
          break;
        if (!c->m[r].code[0] || !strcmp(c->m[r].code, c->m[a].code) ||
            (persons && !c->m[r].person) || no_side(&c->m[r]))
          continue;
        actor_split_code(c->d, c->m[r].code, c2, s2);
        if (countries && (!c2[0] || !strcmp(c1, c2) ||
                          !state_country(c, (int32_t)r) ||
                          place_named(c, &c->m[r])))
          continue;
        b = (int32_t)r;
        break;
      }
      if (b < 0)
        break;
      int32_t ab[2] = {b, a};
      for (int z = 0; z < 2; z++) {
        mtmp *m = push(c, i, i + n, SIMA_RES_NOMINAL);
        if (!m)
          return;
        char cc[4], ss[4];
        actor_split_code(c->d, c->m[ab[z]].code, cc, ss);
        set_code(m, countries && cc[0] ? cc : c->m[ab[z]].code, NULL);
        m->antecedent = ab[z];
        m->note = "coreference";
      }
      i += n - 1;
      break;
    }
  }
}

/* RULE A-SIDE-COORD: a bare office word joined by "and"/"or" right
** after a side's people shares their side: "Syrian rebel commanders and
** officials" are rebels both (SYRREB), "gang members and leaders" the
** gang's (CRM), not the government (GOV) the bare "officials" and
** "leaders" say.  The first is a run of two words or more whose code's
** sector is a side against the state (REB, OPP, CRM), the side named by
** the word before its head ("rebel commanders"; "Colombian rebels and
** officials" are two bodies); the second one
** agent word with no country, of a sector of office (GOV, ELI, LEG,
** JUD), or "commander(s)"; not after "between" ("clashes between rebel
** commanders and officials" are two sides). */
static void side_coord(ctx *c) {
  static const char *const side[] = {"CRM", "OPP", "REB", NULL};
  static const char *const office[] = {"ELI", "GOV", "JUD", "LEG", NULL};
  static const char *const commanders[] = {"commander", "commanders", NULL};
  static const char *const sidewords[] = {
      "cartel",    "gang",   "guerrilla",  "insurgent", "jihadist",
      "militant",  "militia", "opposition", "rebel",     NULL};
  for (uint32_t q = 1; q < c->nm; q++) {
    mtmp *m = &c->m[q];
    const mtmp *p = &c->m[q - 1];
    uint32_t pe = p->first + p->count;
    if (m->count != 1 || m->actor != NOACTOR || p->sent != m->sent ||
        p->count < 2 || p->person || pe + 1 != m->first ||
        !(tok_eq(c, pe, "and") || tok_eq(c, pe, "or")) ||
        (p->first > 0 && tok_eq(c, p->first - 1, "between")) ||
        (p->first > 1 && tok_eq(c, p->first - 2, "between")))
      continue;
    char pc[4], ps[4], mc[4], ms[4];
    actor_split_code(c->d, p->code, pc, ps);
    actor_split_code(c->d, m->code, mc, ms);
    /* (the side is a modifier of the first's head, shared with the
    ** second: "Colombian rebels and officials" are two bodies) */
    if (!tok_in(c, pe - 2, sidewords) || tok_in(c, pe - 1, sidewords))
      continue;
    if (mc[0] || !tok_in_list(ps, side) ||
        !(tok_in_list(ms, office) ||
          (!strcmp(ms, "MIL") && tok_in(c, m->first, commanders))))
      continue;
    set_code(m, p->code, NULL);
    m->how = SIMA_RES_COMPOSED;
  }
}

/* RULE A-LEGISLATIVE-COMMITTEE: a committee of a legislature ("the
** Senate Armed Services Committee", "the House Judiciary Committee", "the
** house armed services committee") is the legislature (LEG), not the
** sector its subject names (MIL, JUD, SPY): a mention right before
** "committee"/"subcommittee" that opens with, or comes right after,
** "Senate", "House", "Congressional" or "parliamentary" takes LEG with its
** country, if any.  (Other committees keep their code: "the Central
** Committee" is GOV by its dictionary entry.) */
static void legislative_committee(ctx *c) {
  static const char *const chamber[] = {"congressional", "house",
                                        "parliamentary", "senate", NULL};
  static const char *const committee[] = {"committee", "subcommittee", NULL};
  for (uint32_t q = 0; q < c->nm; q++) {
    mtmp *m = &c->m[q];
    uint32_t e = m->first + m->count;
    if (!tok_in(c, e, committee) || c->ti[e].sent != m->sent)
      continue;
    if (!tok_in(c, m->first, chamber) &&
        !(m->first > 0 && tok_in(c, m->first - 1, chamber) &&
          c->ti[m->first - 1].sent == m->sent))
      continue;
    char cc[4], ss[4];
    actor_split_code(c->d, m->code, cc, ss);
    set_code(m, cc, "LEG");
    m->sector[0] = '\0';
    m->person = 0;
  }
}

/* RULE A-REGION-COUNTRY: "the South American country", "the Andean
** nation", "the Central American country" name a country of that region
** named before: of the mentions in the five sentences before (not its
** own), whose codes have a country of the region, the country named
** most often there (the nearest of those on a tie: "Bolivia could sell
** uranium ... Israel alleged that the South American country had started
** shipping the ore to Tehran" is Bolivia).  Only "the" (and at most one
** of a few plain adjectives: "the tiny Central American nation"), a
** region of the table below and "country"/"nation"/"state"; "the only
** ...", "the first ..." are no anaphors.  A mention inside the phrase
** (none today: the region words are no actors) blocks it. */
static void region_country(ctx *c) {
  static const struct {
    const char *w1, *w2, *codes;
  } region[] = {
      {"andean", NULL, "BOL CHL COL ECU PER VEN"},
      {"caribbean", NULL,
       "ATG BHS BRB CUB DMA DOM GRD HTI JAM KNA LCA TTO VCT"},
      {"central", "american", "BLZ CRI GTM HND NIC PAN SLV"},
      {"latin", "american",
       "ARG BLZ BOL BRA CHL COL CRI CUB DOM ECU GTM HND HTI MEX NIC PAN PER "
       "PRY SLV URY VEN"},
      {"south", "american",
       "ARG BOL BRA CHL COL ECU GUY PER PRY SUR URY VEN"},
  };
  static const char *const plain[] = {"impoverished", "poor", "small", "tiny",
                                      "troubled", NULL};
  static const char *const head[] = {"country", "nation", "state", NULL};
  static const char *const copula[] = {
      "are",    "be",     "became",   "become",  "becomes", "been",
      "is",     "remain", "remained", "remains", "was",     "were",
      NULL};
  uint32_t nm = c->nm;
  for (uint32_t i = 0; i + 2 < c->doc->ntokens; i++) {
    if (!tok_eq(c, i, "the"))
      continue;
    uint32_t t = i + 1;
    if (tok_in(c, t, plain))
      t++;
    /* (every region word must be capitalised: a lower-case word
    ** matches none of them) */
    if (t >= c->doc->ntokens || !c->ti[t].cap)
      continue;
    size_t r = 0, nr = sizeof region / sizeof region[0];
    for (; r < nr; r++)
      if (tok_eq(c, t, region[r].w1) && c->ti[t].cap &&
          (!region[r].w2 || tok_eq(c, t + 1, region[r].w2)))
        break;
    if (r == nr)
      continue;
    uint32_t h = t + (region[r].w2 ? 2 : 1);
    if (h >= c->doc->ntokens || !tok_in(c, h, head) ||
        c->ti[h].sent != c->ti[i].sent)
      continue;
    /* (no anaphor: a phrase that names its place, "the Caribbean state
    ** of Quintana Roo" ("accused the Andean nation of dumping" is one); one that singles a country out, "the South
    ** American nation with the highest ..."; a predicate, "Mexico is the
    ** Latin American country ...") */
    if ((h + 1 < c->doc->ntokens && c->ti[h + 1].sent == c->ti[h].sent &&
         ((tok_eq(c, h + 1, "of") && h + 2 < c->doc->ntokens &&
           c->ti[h + 2].cap) ||
          tok_eq(c, h + 1, "with"))) ||
        (i > 0 && c->ti[i - 1].sent == c->ti[i].sent && tok_in(c, i - 1, copula)))
      continue;
    int inside = 0;
    /* (the region's country named most often there, the nearest of
    ** those on a tie: a story on Bolivia names Colombian groups too) */
    int32_t a = -1;
    uint32_t most = 0;
    for (uint32_t q = nm; q-- > 0;) {
      const mtmp *x = &c->m[q];
      if (x->first + x->count > i) {
        if (x->first <= h)
          inside = 1;
        continue;
      }
      if (c->ti[i].sent - x->sent > 5)
        break;
      char cc[4], ss[4];
      actor_split_code(c->d, x->code, cc, ss);
      /* (not a country of its own sentence: "Chile accused the Andean
      ** nation" is not Chile) */
      if (!cc[0] || !strstr(region[r].codes, cc) || x->sent == c->ti[i].sent)
        continue;
      uint32_t n = 0;
      for (uint32_t z = q + 1; z-- > 0;) {
        const mtmp *y = &c->m[z];
        if (c->ti[i].sent - y->sent > 5)
          break;
        n += !strncmp(y->code, cc, 3);
      }
      if (n > most) {
        most = n;
        a = (int32_t)q;
      }
    }
    if (inside || a < 0)
      continue;
    char cc[4], ss[4];
    actor_split_code(c->d, c->m[a].code, cc, ss);
    mtmp *m = push(c, i, h + 1, SIMA_RES_NOMINAL);
    if (!m)
      return;
    set_code(m, cc, NULL);
    m->bare = 1;
    m->antecedent = a;
    m->note = "coreference";
    i = h;
  }
}

static void coref(ctx *c) {
  uint8_t *coded = calloc(c->doc->ntokens ? c->doc->ntokens : 1, 1);
  for (uint32_t q = 0; q < c->nm && coded; q++)
    if (c->m[q].code[0] && c->m[q].first + c->m[q].count <= c->doc->ntokens)
      memset(coded + c->m[q].first, 1, c->m[q].count);
  coref_run(c, coded);
  free(coded);
}

/* ---- driver ------------------------------------------------------------ */

void actor_split_code(const sima_dict *d, const char *code, char country[4],
                      char sector[4]) {
  country[0] = sector[0] = '\0';
  size_t n = strlen(code);
  if (n >= 3 && dict_is_country(d, code)) {
    memcpy(country, code, 3);
    country[3] = '\0';
    if (n >= 6 && dict_is_sector(d, code + 3)) {
      memcpy(sector, code + 3, 3);
      sector[3] = '\0';
    }
  } else if (n == 3 && dict_is_sector(d, code)) {
    memcpy(sector, code, 4);
  }
}

const char *sima_resolution_name(unsigned how) {
  static const char *const names[SIMA_NRES] = {
      "dict", "composed", "title", "pronoun", "nominal", "uncoded"};
  return how < SIMA_NRES ? names[how] : "?";
}

/* "data/dict/agents.txt:12" -> "agents.txt:12" */
/* ---- compound codes ---------------------------------------------------- */

/* The compound code a legacy entry carries after its "file:line"
** ("actors.txt:188 [FRO/BIL/SAM]", written by petrdict.c for TABARI's
** THE_SHIRE [FRO/BIL/SAM]), or NULL. */
static const char *compound_of(const ctx *c, uint32_t src) {
  if (!src)
    return NULL;
  const char *w = dict_str(c->d, src);
  const char *b = strstr(w, " [");
  return b && strchr(b, '/') ? b + 2 : NULL;
}

/* RULE A-COUNTRY-ORG-ENVOY: a country's envoy to an international body
** is the country's diplomat: "Russia's UN ambassador", "the Russian UN
** envoy", "Britain's Nato ambassador" are RUSGOV, GBRGOV, not the UN
** (IGOUNO); the body named after the country (A-ORG-COUNTRY-ENVOY's "the
** UN Syria envoy" is the UN's).  The mention of the body and an envoy word
** (ambassador, envoy, diplomat, representative), right after a country's
** name, its possessive ('s) or adjective, takes the country's GOV. */
static void country_org_envoy(ctx *c) {
  static const char *const envoy[] = {
      "ambassador", "ambassadors",    "diplomat",        "diplomats", "envoy",
      "envoys",     "representative", "representatives", NULL};
  for (uint32_t q = 1; q < c->nm; q++) {
    mtmp *m = &c->m[q];
    const mtmp *x = &c->m[q - 1];
    uint32_t e = m->first + m->count, xe = x->first + x->count;
    if (strncmp(m->code, "IGO", 3) || m->count < 2 ||
        !tok_in(c, e - 1, envoy) || x->sent != m->sent ||
        strlen(x->code) != 3 || !dict_is_country(c->d, x->code) ||
        !(xe == m->first || (xe + 1 == m->first && tok_eq(c, xe, "'s"))))
      continue;
    set_code(m, x->code, "GOV");
    m->sector[0] = '\0';
    m->how = SIMA_RES_COMPOSED;
    m->person = 1;
  }
}

/* A-ORGAN-OWNER: 1 when a mention whose end (one past its last token) is
** xe stands right before token p, or right before a possessive mark that
** is right before p ("OAS General Assembly", "Russia's Security
** Council"). */
static int ends_before(const ctx *c, uint32_t xe, uint32_t p) {
  return xe == p || (xe + 1 == p && tok_poss(c, xe));
}

/* 1 when mention m's code is an organisation's, of no country and no
** person ("IGOAMROAS", "NGO"), other than the UN's (IGOUNO...). */
static int other_org(const ctx *c, const mtmp *m) {
  return strlen(m->code) > 3 && !m->person && m->actor != NOACTOR &&
         strncmp(m->code, "IGOUNO", 6) != 0 &&
         !dict_is_country(c->d, m->code);
}

/* RULE A-ORGAN-OWNER: a UN organ's bare name ("General Assembly",
** "Security Council": UN aliases of orgs.txt) is another body's organ
** when that body is named with it: "the OAS General Assembly", "the
** General Assembly of the OAS" are the OAS's
** (IGOAMROAS), not the UN's (IGOUNOGAS).  The organ's mention must hold
** no UN word ("UN", "United Nations"), and the body is an organisation
** of the dictionary (no country, no person) named right before it (or
** before "'s") or right after "of" (and "the"). */
static void organ_owner(ctx *c) {
  static const char *const un[] = {"nations", "u.n", "u.n.", "un", NULL};
  for (uint32_t q = 0; q < c->nm; q++) {
    mtmp *m = &c->m[q];
    if (strncmp(m->code, "IGOUNO", 6) || strlen(m->code) <= 6 || m->person ||
        m->count < 2)
      continue;
    int named_un = 0;
    for (uint32_t t = m->first; t < m->first + m->count && !named_un; t++)
      named_un = tok_in(c, t, un);
    if (named_un)
      continue;
    const mtmp *owner = NULL;
    if (q > 0) {
      const mtmp *x = &c->m[q - 1];
      uint32_t xe = x->first + x->count;
      if (x->sent == m->sent && other_org(c, x) &&
          ends_before(c, xe, m->first))
        owner = x;
    }
    uint32_t k = m->first + m->count;
    if (!owner && q + 1 < c->nm && tok_eq(c, k, "of")) {
      const mtmp *y = &c->m[q + 1];
      uint32_t f = k + 1 + (tok_eq(c, k + 1, "the") ? 1 : 0);
      if (y->first == f && y->sent == m->sent && other_org(c, y))
        owner = y;
    }
    if (owner) {
      set_code(m, owner->code, NULL);
      m->sector[0] = '\0';
      m->actor = owner->actor;
      m->how = SIMA_RES_COMPOSED;
      continue;
    }
    /* (a country's: "Russia's Security Council", "the US National
    ** Security Council" is the government's, RUSGOV, USAGOV; the tail of
    ** a longer name no dictionary knows is nobody's: "the National Public
    ** Security Council", "the Kurdistan Region Security Council"; not in
    ** a headline, where every word is capitalised) */
    uint32_t p = m->first, words = 0;
    while (p > 0 && words < 3 && c->ti[p - 1].word && c->ti[p - 1].cap &&
           !c->ti[p - 1].allcap && !c->ti[p - 1].title_sent &&
           c->ti[p - 1].sent == m->sent && !is_stopword(c, p - 1) &&
           !tok_in(c, p - 1, calendar) &&
           (q == 0 || c->m[q - 1].first + c->m[q - 1].count < p)) {
      p--;
      words++;
    }
    if (q > 0) {
      const mtmp *x = &c->m[q - 1];
      uint32_t xe = x->first + x->count;
      if (x->sent == m->sent && strlen(x->code) == 3 &&
          dict_is_country(c->d, x->code) &&
          ends_before(c, xe, p)) {
        set_code(m, x->code, "GOV");
        m->sector[0] = '\0';
        m->actor = NOACTOR;
        m->how = SIMA_RES_COMPOSED;
        continue;
      }
    }
    /* (a sentence's first word is capitalised anyway) */
    if (words > 0 && p > 0 && c->ti[p - 1].sent == m->sent) {
      m->code[0] = '\0';
      m->sector[0] = '\0';
      m->actor = NOACTOR;
      m->how = SIMA_RES_UNCODED;
    }
  }
}

/* RULE A-COUNTERPART: "their/its/his/her" + a nationality + "counterpart(s)"
** names the other country's body of the possessor's kind: "Mexican
** authorities are cooperating with their Honduran counterparts" HNDGOV,
** "the Peruvian rebels had trained their Bolivian counterparts"
** BOLREB, "Bolivia's defence minister met his Peruvian counterpart"
** PERGOV; not the bare country (HND, PRY, PER) the adjective alone gives.
** The possessor is the nearest mention before the possessive word, in its
** sentence or the one before, with a country and a sector (no civilians):
** a person for "his"/"her", a group for "its"/"their".  Runs after
** coreference, so a pronoun possessor ("they") has its code. */
static void counterpart_sector(ctx *c) {
  static const char *const counterpart[] = {"counterpart", "counterparts",
                                            NULL};
  static const char *const possw[] = {"her", "his", "its", "their", NULL};
  for (uint32_t q = 0; q < c->nm; q++) {
    mtmp *m = &c->m[q];
    uint32_t e = m->first + m->count;
    if (strlen(m->code) != 3 || !dict_is_country(c->d, m->code) ||
        m->first == 0 || e >= c->doc->ntokens || !tok_in(c, e, counterpart) ||
        !tok_in(c, m->first - 1, possw) || c->ti[e].sent != m->sent ||
        c->ti[m->first - 1].sent != m->sent)
      continue;
    uint32_t ps = m->first - 1;
    int person = tok_eq(c, ps, "his") || tok_eq(c, ps, "her");
    for (uint32_t p = q; p-- > 0;) {
      const mtmp *a = &c->m[p];
      if (a->first + a->count > ps)
        continue;
      if (m->sent - a->sent > 1)
        break;
      char ac[4], as[4];
      actor_split_code(c->d, a->code, ac, as);
      if (!ac[0] || !as[0] || !strcmp(as, "CVL") ||
          !person != !a->person)
        continue;
      char code[8];
      snprintf(code, sizeof code, "%.3s%s", m->code, as);
      set_code(m, code, NULL);
      m->count++;
      m->how = SIMA_RES_COMPOSED;
      m->person = (uint8_t)(person && tok_eq(c, e, "counterpart"));
      break;
    }
  }
}

/* RULE A-APPOS-MEMBERS: people said in an apposition to be part or
** members of a body are that body's: "arrested 14 people, part of a
** criminal network based in Guatemala" are GTMCRM, not civilians (CVL).
** A bare CVL mention, a comma, "(all/both) part/member(s) of", a
** determiner and two words at most ("a drug gang"), and a mention with
** a sector of its own (no bare country, no civilians): the first takes
** the second's code. */
static void appos_members(ctx *c) {
  static const char *const dets[] = {"a", "an", "the", "its", "their", NULL};
  for (uint32_t q = 0; q + 1 < c->nm; q++) {
    mtmp *m = &c->m[q];
    if (strcmp(m->code, "CVL") || m->how != SIMA_RES_DICT)
      continue;
    uint32_t k = m->first + m->count;
    if (!tok_eq(c, k, ","))
      continue;
    k++;
    if (tok_eq(c, k, "all") || tok_eq(c, k, "both"))
      k++;
    if (!(tok_eq(c, k, "part") || tok_eq(c, k, "member") ||
          tok_eq(c, k, "members")) ||
        !tok_eq(c, k + 1, "of"))
      continue;
    k += 2;
    if (tok_in(c, k, dets))
      k++;
    const mtmp *x = &c->m[q + 1];
    char xc[4], xs[4];
    actor_split_code(c->d, x->code, xc, xs);
    int gap = x->first >= k && x->first <= k + 2; /* "a drug gang" */
    for (uint32_t i = k; gap && i < x->first; i++)
      gap = c->doc->tokens[i].kind == SIMA_TOK_WORD && !tok_eq(c, i, "and") &&
            !tok_eq(c, i, "or");
    if (!gap || x->sent != m->sent || strlen(xs) != 3 || !strcmp(xs, "CVL"))
      continue;
    set_code(m, x->code, NULL);
    m->src2 = x->src1;
    m->how = SIMA_RES_COMPOSED;
  }
}

/* RULE A-ACCUSED-CRIME (p16t): people said right after their mention to
** be accused, suspected, charged, wanted, linked or tied (of, with, to,
** for, in) a crime are suspected criminals (CRM, with their country):
** "arrested 13 people accused of involvement in a trafficking network" is
** an arrest of criminals, not of civilians; "people linked to the Jalisco
** cartel".  The phrase must name the crime (traffic, drugs, a cartel, a
** gang, kidnapping, extortion, murder, laundering, smuggling, a criminal
** network or ring ...) before the next comma; "people linked to a firm"
** stay civilians.  1 when token i starts with one of the crime stems. */
static int crime_stem(const ctx *c, uint32_t i) {
  static const char *const stems[] = {
      "cartel", "cocaine", "crimin", "crime",   "drug",     "extort",
      "gang",   "homicid", "kidnap", "launder", "mafia",    "murder",
      "narco",  "network", "ring",   "robber",  "smuggl",   "traffick",
      NULL};
  const sima_token *t = &c->doc->tokens[i];
  for (const char *const *p = stems; *p; p++) {
    size_t n = strlen(*p);
    if (t->nnorm >= n && strncasecmp(t->norm, *p, n) == 0)
      return 1;
  }
  return 0;
}

static void accused_crime(ctx *c) {
  static const char *const said[] = {"accused", "charged", "linked",
                                     "suspected", "tied",  "wanted", NULL};
  static const char *const preps[] = {"for", "in", "of", "to", "with", NULL};
  static const char *const stops[] = {",", ".", ":", ";", "who", NULL};
  uint32_t nt = c->doc->ntokens;
  for (uint32_t q = 0; q < c->nm; q++) {
    mtmp *m = &c->m[q];
    char mc[4], ms[4];
    actor_split_code(c->d, m->code, mc, ms);
    uint32_t k = m->first + m->count;
    if (strcmp(ms, "CVL") != 0 || k + 2 >= nt || !tok_in(c, k, said) ||
        !tok_in(c, k + 1, preps) || c->ti[k + 1].sent != m->sent)
      continue;
    int crime = 0;
    for (uint32_t i = k + 2; i < nt && i < k + 14 && !crime; i++) {
      if (c->ti[i].sent != m->sent || tok_in(c, i, stops))
        break;
      crime = crime_stem(c, i);
    }
    if (!crime)
      continue;
    char code[8];
    snprintf(code, sizeof code, "%sCRM", mc);
    set_code(m, code, NULL);
    m->how = SIMA_RES_COMPOSED;
  }
}

/* RULE A-RUNS-CRIME: people who run a criminal group are its members:
** "six members of a family running an extortion gang", "the brothers who
** ran the Cali Cartel" are criminals (CRM), not civilians.  A CVL mention
** (bare or of a country), a participle or relative clause of running
** ("running", "leading", "heading", "operating", "who ran/run/runs/led/
** headed ..."), a determiner and two words at most, and a mention of
** sector CRM in the same sentence: the first takes CRM, with the
** criminals' country when they have one, else its own. */
static void runs_crime(ctx *c) {
  /* (sorted) */
  static const char *const running[] = {"heading", "leading", "operating",
                                        "running", NULL};
  static const char *const ran[] = {"head", "headed", "heads", "lead",
                                    "leads", "led", "operate", "operated",
                                    "operates", "ran", "run", "runs", NULL};
  static const char *const dets[] = {"a", "an", "the", "their", NULL};
  for (uint32_t q = 0; q + 1 < c->nm; q++) {
    mtmp *m = &c->m[q];
    char mc[4], ms[4];
    actor_split_code(c->d, m->code, mc, ms);
    if (strcmp(ms, "CVL") != 0)
      continue;
    uint32_t k = m->first + m->count;
    if (tok_in(c, k, running))
      k++;
    else if ((tok_eq(c, k, "who") || tok_eq(c, k, "that")) &&
             tok_in(c, k + 1, ran))
      k += 2;
    else
      continue;
    if (tok_in(c, k, dets))
      k++;
    const mtmp *x = &c->m[q + 1];
    char xc[4], xs[4];
    actor_split_code(c->d, x->code, xc, xs);
    int gap = x->first >= k && x->first <= k + 2;
    for (uint32_t i = k; gap && i < x->first; i++)
      gap = c->doc->tokens[i].kind == SIMA_TOK_WORD && !tok_eq(c, i, "and") &&
            !tok_eq(c, i, "or");
    if (!gap || x->sent != m->sent || strcmp(xs, "CRM") != 0)
      continue;
    char code[8];
    snprintf(code, sizeof code, "%sCRM", xc[0] ? xc : mc);
    set_code(m, code, NULL);
    m->how = SIMA_RES_COMPOSED;
  }
}

/* RULE A-NAMED-AS: people whom an authority designates, labels or
** identifies "as" criminals or rebels are what they are named: "the
** Treasury designated a Guatemalan woman as a major criminal force" is a
** criminal (GTMCRM), not a civilian.  A CVL or BUS mention, a verb of naming at
** most four words before it, "as", a determiner and two words at most,
** and a mention of sector CRM or REB in the same sentence: the first
** takes that sector, with its own country. */
static void named_as(ctx *c) {
  /* (sorted) */
  static const char *const naming[] = {
      "blacklisted", "branded",    "classified", "designate",  "designated",
      "designates",  "designating", "identified", "labeled",   "labelled",
      "named",       NULL};
  static const char *const dets[] = {"a", "an", "the", NULL};
  for (uint32_t q = 0; q + 1 < c->nm; q++) {
    mtmp *m = &c->m[q];
    char mc[4], ms[4];
    actor_split_code(c->d, m->code, mc, ms);
    if (strcmp(ms, "CVL") != 0 && strcmp(ms, "BUS") != 0)
      continue;
    int named = 0;
    for (uint32_t i = m->first; i > 0 && m->first - i < 5 && !named; i--)
      named = c->ti[i - 1].sent == m->sent && tok_in(c, i - 1, naming);
    uint32_t k = m->first + m->count;
    if (!named || !tok_eq(c, k, "as"))
      continue;
    k++;
    if (tok_in(c, k, dets))
      k++;
    const mtmp *x = &c->m[q + 1];
    char xc[4], xs[4];
    actor_split_code(c->d, x->code, xc, xs);
    int gap = x->first >= k && x->first <= k + 2;
    for (uint32_t i = k; gap && i < x->first; i++)
      gap = c->doc->tokens[i].kind == SIMA_TOK_WORD && !tok_eq(c, i, "and") &&
            !tok_eq(c, i, "or");
    if (!gap || x->sent != m->sent ||
        (strcmp(xs, "CRM") != 0 && strcmp(xs, "REB") != 0))
      continue;
    char code[8];
    snprintf(code, sizeof code, "%s%s", mc, xs);
    set_code(m, code, NULL);
    m->how = SIMA_RES_COMPOSED;
  }
}

/* RULE A-THEN-TITLE: "Rex Tillerson, then US secretary of state" and "the
** then secretary of state, Rex Tillerson" name the role the person held at
** the time told, not at the article's date: the person takes his period of
** the title's sector (and country, if it has one), USAGOV rather than the
** former official (USAELI) of an article of August 2018; so do his other
** mentions with the old code in that sentence and the two after it, which
** go on with the story ("Tillerson accused Moscow ..."). */
static int then_at(const ctx *c, uint32_t i) {
  return tok_eq(c, i, "then") ||
         (i > 0 && tok_eq(c, i, "-") && tok_eq(c, i - 1, "then"));
}

static void then_title(ctx *c) {
  for (uint32_t q = 0; q < c->nm; q++) {
    mtmp *m = &c->m[q];
    if (m->actor == NOACTOR || !m->person || strlen(m->code) != 6 ||
        (m->how != SIMA_RES_DICT && m->how != SIMA_RES_TITLE))
      continue;
    uint32_t e = m->first + m->count;
    const mtmp *t = NULL;
    for (uint32_t r = 0; r < c->nm && !t; r++) {
      const mtmp *x = &c->m[r];
      if (r == q || x->sent != m->sent || x->actor != NOACTOR ||
          x->how == SIMA_RES_PRONOUN || !x->code[0])
        continue;
      uint32_t f = x->first, xe = x->first + x->count;
      /* "X, then (the) TITLE" */
      if (f >= e + 2 && tok_eq(c, e, ",")) {
        uint32_t k = f - 1;
        if (tok_eq(c, k, "the") && k > 0)
          k--;
        if (k >= e + 1 && then_at(c, k) &&
            (k == e + 1 || (k == e + 2 && tok_eq(c, e + 1, "then"))))
          t = x;
      }
      /* "the then TITLE, X" */
      if (xe + 1 == m->first && tok_eq(c, xe, ",") && f > 0 &&
          then_at(c, f - 1))
        t = x;
    }
    if (!t)
      continue;
    char tc[4], ts[4];
    actor_split_code(c->d, t->code, tc, ts);
    if (strlen(ts) != 3 || !memcmp(m->code + 3, ts, 3))
      continue;
    const char *as = dict_actor_code_as(c->d, m->actor, tc[0] ? tc : NULL, ts);
    if (!as || !strcmp(as, m->code))
      continue;
    char old[sizeof m->code];
    memcpy(old, m->code, sizeof old);
    for (uint32_t r = q; r < c->nm; r++) {
      mtmp *x = &c->m[r];
      if (x->sent > m->sent + 2)
        break;
      if (x->actor == m->actor && !strcmp(x->code, old))
        set_code(x, as, NULL);
    }
  }
}

/* RULE A-TOWN-COUNTRY: a country's name followed by a comma and the name
** of another country, with no list going on after it, is a town of that
** other country that shares its name with a country: "the summit in
** Antigua, Guatemala, on Thursday" is a Guatemalan town (GTMCVL, as "in
** Lima, Peru" is PERCVL), not Antigua and Barbuda.  A list ("Brazil,
** Colombia and Peru", "Mexico, Guatemala, Honduras") is left: the second
** name must end the phrase (a comma, full stop, colon, semicolon or
** parenthesis, not followed by "and"/"or" or another country), and a
** locative ("in", "at", "from", "near", "to") must open the first. */
static void town_country(ctx *c) {
  static const char *const locs[] = {"at", "from", "in", "near", "to", NULL};
  static const char *const ends[] = {",", ".", ":", ";", ")", NULL};
  static const char *const more[] = {"and", "or", NULL};
  uint32_t nt = c->doc->ntokens;
  for (uint32_t q = 0; q + 1 < c->nm; q++) {
    mtmp *m = &c->m[q];
    const mtmp *x = &c->m[q + 1];
    uint32_t me = m->first + m->count, xe = x->first + x->count;
    if (!m->bare || !x->bare || strlen(m->code) != 3 ||
        strlen(x->code) != 3 || !strcmp(m->code, x->code) ||
        !dict_is_country(c->d, m->code) || !dict_is_country(c->d, x->code) ||
        m->first == 0 || !tok_in(c, m->first - 1, locs) ||
        !tok_eq(c, me, ",") || x->first != me + 1 || x->sent != m->sent)
      continue;
    /* (the second name ends the phrase, and no list goes on) */
    if (xe < nt && c->ti[xe].sent == m->sent) {
      if (!tok_in(c, xe, ends))
        continue;
      if (tok_eq(c, xe, ",") &&
          (tok_in(c, xe + 1, more) ||
           (q + 2 < c->nm && c->m[q + 2].first == xe + 1)))
        continue;
    }
    char cc[4] = {x->code[0], x->code[1], x->code[2], 0};
    set_code(m, cc, "CVL");
    m->bare = 0;
  }
}

/* RULE A-BRANCH-COUNTRY: a national branch of a group is the group in
** that country: "the Honduran branches of Barrio 18" are Honduran
** criminals (HNDCRM), not the Salvadoran gang the dictionary knows
** (SLVCRM); "the Syrian wing of the PKK" SYRREB.  A demonym right before
** a word for a part of a group (branch, wing, arm, cell, chapter, clique,
** faction, affiliate, offshoot), then "of (the)" and a named group whose
** code has a country and a sector: the group keeps its sector and takes
** the demonym's country.  Persons, groups of no country ("Transparency
** International") and parts that are units of a state body ("division",
** "unit") are left. */
static void branch_country(ctx *c) {
  static const char *const parts[] = {
      "affiliate", "affiliates", "arm",      "arms",      "branch",
      "branches",  "cell",       "cells",    "chapter",   "chapters",
      "clique",    "cliques",    "faction",  "factions",  "offshoot",
      "offshoots", "wing",       "wings",    NULL};
  for (uint32_t q = 0; q < c->nm; q++) {
    mtmp *m = &c->m[q];
    if (m->actor == NOACTOR || m->how != SIMA_RES_DICT ||
        c->d->actors[m->actor].kind == DICT_KIND_PERSON || m->first < 3)
      continue;
    uint32_t p = m->first - 1; /* "of" */
    if (tok_eq(c, p, "the") && p > 2)
      p--;
    if (!tok_eq(c, p, "of") || !tok_in(c, p - 1, parts) ||
        c->ti[p - 1].sent != m->sent)
      continue;
    char mc[4], ms[4];
    actor_split_code(c->d, m->code, mc, ms);
    if (!mc[0] || !ms[0] || strlen(m->code) != 6)
      continue;
    /* (the demonym: an adjective atom ending right before the part word) */
    const char *dc = NULL;
    for (uint32_t k = 0; k < c->nat && !dc; k++) {
      const atom *a = &c->at[k];
      if (a->kind == A_ADJ && atom_end(a) == p - 1 && !a->plural)
        dc = actor_code(c, sense_of(c, a)->actor);
    }
    if (!dc || strlen(dc) != 3 || !dict_is_country(c->d, dc) ||
        !strcmp(dc, mc))
      continue;
    set_code(m, dc, ms);
  }
}

/* RULE A-PLACE-LIST: a plural agent placed in a town, then more
** countries joined to the town, is that agent in each of them: "arrested
** seven people in Miami, Panama, Mexico and Argentina" are people in
** Panama (PANCVL), Mexico, Argentina, as "people in Panama, Mexico and
** Argentina" already are (distribute_agent), not the states PAN, MEX,
** ARG.  The first mention is composed from an agent and a place after
** "in"/"from" (USACVL "people in Miami"); the others must be bare
** countries joined by "," / "and" / "or" only, in its sentence; one
** person ("the mayor of Miami and ...") is left. */
static void place_list(ctx *c) {
  static const char *const locs[] = {"from", "in", NULL};
  for (uint32_t q = 0; q + 1 < c->nm; q++) {
    const mtmp *m = &c->m[q];
    if (m->how != SIMA_RES_COMPOSED || m->person || m->count < 3 ||
        strlen(m->code) != 6)
      continue;
    char mc[4], ms[4];
    actor_split_code(c->d, m->code, mc, ms);
    if (!mc[0] || !ms[0])
      continue;
    /* (a place after "in"/"from" ends the mention) */
    int placed = 0;
    for (uint32_t t = m->first + 1; t + 1 < m->first + m->count; t++)
      if (tok_in(c, t, locs))
        placed = 1;
    if (!placed)
      continue;
    uint32_t r = q + 1;
    for (; r < c->nm; r++) {
      const mtmp *x = &c->m[r];
      const mtmp *p = &c->m[r - 1];
      if (!x->bare || strlen(x->code) != 3 ||
          !dict_is_country(c->d, x->code) || x->sent != m->sent ||
          x->first <= p->first + p->count)
        break;
      int joined = 1;
      for (uint32_t t = p->first + p->count; t < x->first; t++)
        if (!is_connector(c, t))
          joined = 0;
      if (!joined)
        break;
    }
    for (uint32_t k = q + 1; k < r; k++) {
      mtmp *x = &c->m[k];
      char cc[4] = {x->code[0], x->code[1], x->code[2], 0};
      set_code(x, cc, ms);
      x->bare = 0;
      x->how = SIMA_RES_COMPOSED;
      x->actor = NOACTOR;
    }
  }
}

/* RULE A-PAREN-GLOSS: an organisation named in parentheses right after
** a body of another country is that body's name in its own language or
** its acronym, not the like-named body of the country the dictionary
** knows: "the Dominican Republic's Attorney General's Office
** (Procuraduria General de la Republica - PGR)" is DOMJUD, not Mexico's
** PGR (MEXJUD); "Partido de Avanzada Nacional (PAN)" is Guatemala's
** party, not Mexico's PAN.  The gloss ends the parentheses or is followed
** by its acronym ("- PGR", ", PGR"). */
static void paren_gloss(ctx *c) {
  static const char *const gloss_end[] = {")", ",", "-", "--", NULL};
  for (uint32_t q = 0; q + 1 < c->nm; q++) {
    const mtmp *a = &c->m[q];
    mtmp *b = &c->m[q + 1];
    uint32_t ae = a->first + a->count, be = b->first + b->count;
    /* (b: a dictionary name, an organisation or a country's body
    ** known by name, "PGR"; not a country: "(Guatemala)") */
    if (!a->code[0] || b->how != SIMA_RES_DICT || strlen(b->code) <= 3 ||
        (b->actor != NOACTOR &&
         c->d->actors[b->actor].kind == DICT_KIND_PERSON) ||
        b->first != ae + 1 || !tok_eq(c, ae, "(") || be >= c->doc->ntokens ||
        !tok_in(c, be, gloss_end) || c->ti[be].sent != a->sent)
      continue;
    char ac[4], as[4], bc[4], bs[4];
    actor_split_code(c->d, a->code, ac, as);
    actor_split_code(c->d, b->code, bc, bs);
    if (!ac[0] || !bc[0] || !strcmp(ac, bc) || strlen(a->code) > 6)
      continue;
    set_code(b, a->code, NULL);
    /* and the acronym after it: "(Procuraduria ... - PGR)" */
    if (q + 2 < c->nm && !tok_eq(c, be, ")")) {
      mtmp *x = &c->m[q + 2];
      uint32_t xe = x->first + x->count;
      if (x->first == be + 1 && x->how == SIMA_RES_DICT &&
          strlen(x->code) > 3 && tok_eq(c, xe, ")") &&
          (x->actor == NOACTOR ||
           c->d->actors[x->actor].kind != DICT_KIND_PERSON))
        set_code(x, a->code, NULL);
    }
  }
}

/* RULE A-DISSIDENT-ARMED: dissidents of an armed group are its armed
** remnant, not a political opposition: "dissidents of the FARC",
** "dissidents from the FARC" take the group's rebel code (COLREB, not the
** party COLPTY the group later became), and a bare "dissidents" later in
** an article that has named such dissidents (or "FARC dissidents") are
** those (COLREB, not OPP). */
static void dissident_armed(ctx *c) {
  static const char *const diss[] = {"dissident", "dissidents", NULL};
  const char *seen = NULL; /* the code of dissidents of an armed group */
  for (uint32_t q = 0; q < c->nm; q++) {
    mtmp *m = &c->m[q];
    if (!m->count || !m->code[0])
      continue;
    int first = tok_in(c, m->first, diss);
    uint32_t dt = m->first + m->count; /* the dissident word */
    for (uint32_t t = m->first; t < m->first + m->count && dt == m->first + m->count; t++)
      if (tok_in(c, t, diss))
        dt = t;
    int has = dt < m->first + m->count;
    /* (after a modifier too: "suspected dissidents of the FARC") */
    if (has && dt <= m->first + 1 && dt + 2 < m->first + m->count &&
        (tok_eq(c, dt + 1, "of") || tok_eq(c, dt + 1, "from"))) {
      /* (the group: the mention's own actor, or the named group in it) */
      uint32_t actor = m->actor;
      for (uint32_t k = 0; k < c->nat && actor == NOACTOR; k++) {
        const atom *a = &c->at[k];
        if (a->kind == A_ACTOR && a->first > m->first &&
            a->first > dt && a->first < m->first + m->count)
          actor = sense_of(c, a)->actor;
      }
      const char *reb =
          actor != NOACTOR ? dict_actor_code_as(c->d, actor, NULL, "REB") : NULL;
      if (reb)
        set_code(m, reb, NULL);
    }
    size_t l = strlen(m->code);
    if (has && l == 6 && !strcmp(m->code + 3, "REB"))
      seen = sima_arena_strndup(c->doc->arena, m->code, l);
    else if (seen && first && m->actor == NOACTOR &&
             (!strcmp(m->code, "OPP") ||
              (l == 6 && !strcmp(m->code + 3, "OPP") &&
               !strncmp(m->code, seen, 3))))
      set_code(m, seen, NULL); /* ("dissidents in Cauca": COLOPP too) */
  }
}

/* RULE A-FORMER-ORG-CHIEF: "former" or "ex" right before a named state
** body (a dictionary organisation of sector GOV, MIL, COP, JUD, LEG or
** SPY) that a chief or official word follows, right after it or after
** its short form in brackets, is a former official of that body, one of
** the elites (CCC+ELI), as A-FORMER-CHIEF codes "the former army chief":
** "a former FBI director" USAELI, "a former Drug Enforcement
** Administration (DEA) official" USAELI, not the agencies themselves.
** The rank and file ("a former DEA agent") keep the body's code. */
static void former_org_chief(ctx *c, const char *const *formerly) {
  static const char *const chief[] = {
      "adviser",   "advisers", "advisor",   "advisors", "boss",
      "chief",     "chiefs",   "director",  "directors", "head",
      "official",  "officials", "spokesman", "spokeswoman", NULL};
  for (uint32_t q = 0; q < c->nm; q++) {
    mtmp *m = &c->m[q];
    if (m->actor == NOACTOR || m->person || !m->code[0] || m->first == 0)
      continue;
    /* (or one capitalised word between: "a former US Drug Enforcement
    ** Administration official") */
    uint32_t f = m->first - 1;
    if (f > 0 && c->ti[f].cap && !tok_in(c, f, formerly))
      f--;
    if (!tok_in(c, f, formerly) || c->ti[f].sent != m->sent)
      continue;
    char cc[4], ss[4];
    actor_split_code(c->d, m->code, cc, ss);
    if (!cc[0] || !tok_in_list(ss, state_sectors))
      continue;
    uint32_t e = m->first + m->count;
    /* (its short form in brackets: "(DEA)") */
    if (tok_eq(c, e, "(") && tok_eq(c, e + 2, ")") &&
        c->ti[e + 1].allcap && c->ti[e + 1].word)
      e += 3;
    if (e < c->doc->ntokens && c->ti[e].sent == m->sent && tok_in(c, e, chief))
      set_code(m, cc, "ELI");
  }
}

/* RULE A-FORMER-GOVERNMENT: "the government/administration/regime/cabinet
** of former President X" is X's government when he led it, not the
** former official X is today: "In 2009, the government of former
** President Alan Garcia suspended its dialogue with the miners" is PERGOV,
** not PERELI.  The title "former" describes the article's day; the body
** governed in his time.  Only a person whose code is a former official's
** (CCC+ELI) and whose mention opens with "former"/"ex" right after the
** body word and "of" (the possessive "former President Uribe's
** government" is the body already). */
static void former_government(ctx *c) {
  static const char *const body[] = {
      "administration", "administrations", "cabinet",  "government",
      "governments",    "regime",          "regimes",  NULL};
  static const char *const formerly[] = {"ex", "former", NULL};
  for (uint32_t q = 0; q < c->nm; q++) {
    mtmp *m = &c->m[q];
    if (!m->person || m->actor == NOACTOR || m->first < 2 ||
        strlen(m->code) != 6 || strcmp(m->code + 3, "ELI") != 0)
      continue;
    /* ("former" inside the mention, or right before a country word
    ** that opens it: "of former Colombian President Alvaro Uribe") */
    uint32_t f = m->first;
    if (!tok_in(c, f, formerly) && tok_in(c, f - 1, formerly))
      f--;
    else if (!tok_in(c, f, formerly))
      continue;
    if (tok_eq(c, f - 1, "the") && f >= 3)
      f--;
    if (f < 2 || !tok_eq(c, f - 1, "of") ||
        !tok_in(c, f - 2, body) || c->ti[f - 2].sent != m->sent)
      continue;
    char cc[4], ss[4];
    actor_split_code(c->d, m->code, cc, ss);
    const char *gov = dict_actor_code_as(c->d, m->actor, cc, "GOV");
    if (gov)
      set_code(m, gov, NULL);
    else
      set_code(m, cc, "GOV");
  }
}

/* RULE A-FORMER-CHIEF: a former official of a state body (government,
** forces, police, courts, legislature, intelligence) is one of the
** elites (ELI, as CAMEO and PETRARCH code former officials), no longer
** the body: "the UK's former intelligence chief" GBRELI, "the former army
** chief" ELI, "former Venezuelan government officials" VENELI, "former
** prosecutors" ELI.  "former" stands right before the run or among its
** modifiers.  The rank and file ("former soldiers", "a former police
** officer", "former members"), whole bodies ("the former Yugoslav army",
** "the former government": a state's, not a person's past) and named
** people are left; so are "ousted", "exiled" (a government in exile). */
/* 1 when token i is a word with the prefix "ex-" ("ex-security",
** "Ex-Top"): a former one, as "former" before it. */
static int ex_prefixed(const ctx *c, uint32_t i) {
  if (i >= c->doc->ntokens)
    return 0;
  const sima_token *t = &c->doc->tokens[i];
  return t->nnorm > 3 && strncasecmp(t->norm, "ex-", 3) == 0;
}

/* 1 when token i lies inside a mention other than m. */
static int tok_in_other_mention(const ctx *c, const mtmp *m, uint32_t i) {
  for (uint32_t q = 0; q < c->nm; q++)
    if (&c->m[q] != m && c->m[q].count && i >= c->m[q].first &&
        i < c->m[q].first + c->m[q].count)
      return 1;
  return 0;
}

/* 1 when mention m is the last conjunct of a list of modifiers that a
** "former" opens: "former top interior and police officials", "Former
** Top Interior, Police Officials" (the officials of both are former
** ones).  "and" or "," right before m, then one to three words of no
** other mention ("the former minister and police officials" is two
** groups), then "former"/"ex". */
static int former_coordinated(const ctx *c, const mtmp *m,
                              const char *const *formerly) {
  if (m->first < 3)
    return 0;
  uint32_t t = m->first - 1;
  if (!tok_eq(c, t, "and") && !tok_eq(c, t, ","))
    return 0;
  for (uint32_t k = 1; k <= 4 && t >= k; k++) {
    uint32_t u = t - k;
    if (c->ti[u].sent != m->sent || !c->ti[u].word)
      return 0;
    if (tok_in(c, u, formerly))
      return k >= 2;
    if (tok_in_other_mention(c, m, u) || is_stopword(c, u))
      return 0;
  }
  return 0;
}

/* RULE A-FORMER-HEAD-OF (p16t): a state body after "the former head /
** chief / director / commander of (the)" stands for that former chief, so
** it is ELI as A-FORMER-CHIEF's "the former intelligence chief": "the
** former head of intelligence in Venezuela" VENELI, not VENSPY; "the
** former head of the army" likewise (a body named so is a person).  Returns 1 when such words stand right before
** mention m. */
static int former_head_of(const ctx *c, const mtmp *m,
                          const char *const *formerly) {
  static const char *const heads[] = {"boss",     "chief",    "commander",
                                      "director", "head",     "leader",
                                      NULL};
  uint32_t t = m->first;
  if (t > 0 && tok_eq(c, t - 1, "the"))
    t--;
  if (t < 3 || !tok_eq(c, t - 1, "of"))
    return 0;
  uint32_t h = t - 2;
  if (c->ti[h].sent != m->sent || !c->ti[h].word)
    return 0;
  return tok_in(c, h, heads) && c->ti[h - 1].sent == m->sent &&
         tok_in(c, h - 1, formerly);
}

static void former_chief(ctx *c) {
  static const char *const rankfile[] = {
      "agent",     "agents",    "conscript", "conscripts", "cop",
      "cops",      "employee",  "employees", "guard",      "guards",
      "member",    "members",   "officer",   "officers",   "personnel",
      "policeman", "policemen", "recruit",   "recruits",   "soldier",
      "soldiers",  "staff",     "troop",     "troops",     "veteran",
      "veterans",  "worker",    "workers",   NULL};
  static const char *const bodies[] = {
      "administration", "agencies",   "agency",     "armies",
      "army",           "cabinet",    "congress",   "court",
      "courts",         "force",      "forces",     "government",
      "governments",    "intelligence", "judiciary", "junta",
      "legislature",    "military",   "ministries", "ministry",
      "navy",           "parliament", "police",     "regime",
      "regimes",        "senate",     "service",    "services",
      NULL};
  static const char *const formerly[] = {"ex", "former", NULL};
  for (uint32_t q = 0; q < c->nm; q++) {
    mtmp *m = &c->m[q];
    uint32_t last = m->first + m->count - 1;
    /* (p15g: a "top cop", an "ex-top cop" is a chief, not the rank
    ** and file) */
    /* (the sector first: the word tests, all without side effects as
    ** the split is, cost more and pass more) */
    if (m->actor != NOACTOR || !m->code[0] || m->count == 0)
      continue;
    char cc[4], ss[4];
    actor_split_code(c->d, m->code, cc, ss);
    if (!tok_in_list(ss, state_sectors))
      continue;
    if ((tok_in(c, last, rankfile) &&
         !(last > m->first &&
           (tok_eq(c, last - 1, "top") || tok_eq(c, last - 1, "ex-top")))) ||
        (tok_in(c, last, bodies) && !former_head_of(c, m, formerly)))
      continue;
    int former = 0;
    uint32_t lo = m->first >= 2 ? m->first - 2 : 0;
    for (uint32_t t = lo; t + 1 < m->first + m->count && !former; t++) {
      if (c->ti[t].sent != m->sent || !c->ti[t].word)
        continue;
      /* (before the mention only "former" or a modifier after it: "the
      ** former army chief", "a former senior official") */
      if (t + 2 == m->first && tok_in(c, t, formerly) &&
          c->ti[t + 1].word && !c->ti[t + 1].cap)
        former = 1;
      else if (t + 2 != m->first && tok_in(c, t, formerly))
        former = 1;
      /* (p15g: "ex-" on a modifier: "Honduras Ex-Top Cop") */
      else if (t + 1 >= m->first && ex_prefixed(c, t))
        former = 1;
    }
    if (!former)
      former = former_coordinated(c, m, formerly);
    if (!former)
      former = former_head_of(c, m, formerly);
    if (former)
      set_code(m, cc, "ELI");
  }
  former_org_chief(c, formerly);
  former_government(c);
}

/* RULE A-OFFICER-POLICE: a bare "officer(s)" (MIL by its entry, with no
** country) in a police story is a police officer: when the nearest actor
** of a sector COP or MIL before it, in its sentence or the two before, is
** the police, and no of/in/from phrase says whose officer it is ("PNC officers reported", "police said ... officers waited
** to detain the smugglers"), its sector is COP. */
static void officer_police(ctx *c) {
  for (uint32_t q = 0; q < c->nm; q++) {
    mtmp *m = &c->m[q];
    if (m->count != 1 || strcmp(m->code, "MIL") ||
        !(tok_eq(c, m->first, "officer") || tok_eq(c, m->first, "officers")) ||
        tok_eq(c, m->first + 1, "of") || tok_eq(c, m->first + 1, "in") ||
        tok_eq(c, m->first + 1, "from"))
      continue; /* ("an officer in the Special Brigade of Military ...") */
    for (uint32_t p = q; p-- > 0;) {
      const mtmp *a = &c->m[p];
      if (q - p > COREF_WINDOW)
        break;
      char ac[4], as[4];
      actor_split_code(c->d, a->code, ac, as);
      if (!a->code[0] || (strcmp(as, "COP") && strcmp(as, "MIL")))
        continue;
      /* (widened, p11e: a generic body, "his unit", and another bare
      ** officer say nothing of police or army; past the two sentences
      ** before, the nearest police or army word of the article decides:
      ** "the officers" of a story on "police officers and prison
      ** guards" six sentences up) */
      if ((a->generic && !strcmp(a->code, "MIL")) ||
          (a->count == 1 && !strcmp(a->code, "MIL") &&
           (tok_eq(c, a->first, "officer") || tok_eq(c, a->first, "officers"))))
        continue;
      /* RULE A-OFFICER-SECURITY (p16t): nor do bare "security forces",
      ** police and troops alike: "a gun battle between security forces
      ** and a gang showed officers executing two men" in a story of
      ** "police violence" are police officers */
      if (a->count == 2 && !strcmp(a->code, "MIL") &&
          tok_eq(c, a->first, "security") &&
          (tok_eq(c, a->first + 1, "forces") ||
           tok_eq(c, a->first + 1, "force")))
        continue;
      if (!strcmp(as, "COP"))
        set_code(m, "COP", NULL);
      break;
    }
  }
}

/* RULE A-UNDATED-HOME: in an undated article, a person whose latest
** office is in an international body but who held office at home before
** ("Rousseff": BRAGOV, later head of a BRICS bank, IGOBNK) is that
** country's official when the article names the country ("Brazil's
** borders") and not the body: the latest period with that country's
** code (an office, ELI only when there is none). */
static void undated_home(ctx *c) {
  const sima_dict *d = c->d;
  if (c->ymd)
    return;
  for (uint32_t q = 0; q < c->nm; q++) {
    mtmp *m = &c->m[q];
    char cc[4];
    if (m->actor == NOACTOR || strlen(m->code) < 6 || m->person == 0 ||
        strncmp(m->code, "IGO", 3) != 0)
      continue;
    int body = 0;
    for (uint32_t r = 0; r < c->nm && !body; r++)
      body = r != q && c->m[r].actor != m->actor &&
             !strncmp(c->m[r].code, m->code, 6);
    if (body)
      continue;
    const dict_actor *ac = &d->actors[m->actor];
    const dict_period *pick = NULL;
    for (uint32_t i = 0; i < ac->nperiods; i++) {
      const dict_period *p = &d->periods[ac->first + i];
      const char *pc = dict_str(d, p->code);
      if (strlen(pc) < 3)
        continue;
      memcpy(cc, pc, 3);
      cc[3] = '\0';
      if (!dict_is_country(d, cc))
        continue;
      int named = 0;
      for (uint32_t r = 0; r < c->nm && !named; r++)
        named = c->m[r].actor != m->actor && !c->m[r].person &&
                !strncmp(c->m[r].code, cc, 3);
      if (!named)
        continue;
      int eli = strlen(pc) == 6 && !strcmp(pc + 3, "ELI");
      int peli = pick && !strcmp(dict_str(d, pick->code) + 3, "ELI");
      if (!pick || (peli && !eli) || (peli == eli && p->to > pick->to))
        pick = p;
    }
    if (pick)
      set_code(m, dict_str(d, pick->code), NULL);
  }
}

/* RULE A-GROUP-APPOS: an undated article that calls a group whose role
** changed by the agent word of one of its periods, in an apposition
** ("rebel group the FARC", "guerrilla groups the FARC and the ELN",
** "Colombia's left-wing guerrilla group, the FARC", "the FARC, a
** guerrilla group") or with a definite noun that takes it up in the same
** or the next sentence ("the FARC is allying itself with gangs where the
** guerrilla group is strong"), means that period: COLREB, not the later
** party (COLPTY); group_period then carries it through the article.  The
** agent of an apposition is the group itself and takes its code (no
** event of the rebels with the FARC). */
static int appos_gap(const ctx *c, uint32_t from, uint32_t to, int after) {
  /* (sorted, strcasecmp order) */
  static const char *const glue[] = {
      "(",         ")",           ",",           "-",     "--",   "a",
      "an",        "group",       "groups",      "its",   "movement",
      "organisation", "organization", "the", NULL};
  uint32_t words = 0;
  if (to < from || to - from > 5)
    return 0;
  /* (after the name, a punctuation mark first: "the FARC, a ...", not
  ** "the FARC when guerrillas ...") */
  if (after && (to == from || !(tok_eq(c, from, ",") || tok_eq(c, from, "(") ||
                                tok_eq(c, from, "-") || tok_eq(c, from, "--"))))
    return 0;
  for (uint32_t i = from; i < to; i++) {
    if (tok_in(c, i, glue))
      continue;
    /* (after the name: "a left-wing guerrilla group") */
    if (!after || !c->ti[i].word || !c->ti[i].lower || ++words > 2 ||
        tok_eq(c, i, "and") || tok_eq(c, i, "or") || tok_eq(c, i, "which") ||
        tok_eq(c, i, "who") || tok_eq(c, i, "that"))
      return 0;
  }
  return 1;
}

/* The sector of a mention that is an agent word with no actor ("rebels",
** "Colombian guerrillas"; its country, if any, must be the group's), or
** NULL. */
static const char *agent_sector(const ctx *c, const mtmp *x, const char *gc,
                                char sec[4]) {
  char xc[4];
  if (x->actor != NOACTOR || x->person || !x->code[0] ||
      (x->how != SIMA_RES_DICT && x->how != SIMA_RES_COMPOSED))
    return NULL;
  actor_split_code(c->d, x->code, xc, sec);
  if (strlen(sec) != 3 || (xc[0] && strncmp(xc, gc, 3)))
    return NULL;
  return sec;
}

static void group_appos(ctx *c) {
  if (c->ymd)
    return;
  for (uint32_t q = 0; q < c->nm; q++) {
    mtmp *g = &c->m[q];
    if (g->actor == NOACTOR || g->period || g->how != SIMA_RES_DICT ||
        c->d->actors[g->actor].kind != DICT_KIND_GROUP ||
        c->d->actors[g->actor].nperiods < 2)
      continue;
    const char *dflt = dict_actor_code(c->d, g->actor, 0);
    if (!dflt || strcmp(g->code, dflt))
      continue;
    uint32_t ge = g->first + g->count;
    for (uint32_t r = q > 0 ? q - 1 : q + 1; r < c->nm; r++) {
      mtmp *x = &c->m[r];
      if (r == q || x->actor == g->actor)
        continue;
      if (x->sent > g->sent + 1)
        break;
      char sec[4];
      const char *xs = agent_sector(c, x, g->code, sec);
      int appos = x->sent == g->sent &&
                  (r < q ? appos_gap(c, x->first + x->count, g->first, 0)
                         : appos_gap(c, ge, x->first, 1));
      /* (a definite noun after it: "the guerrilla group", "the rebels") */
      int def = r > q && x->first > 0 && tok_eq(c, x->first - 1, "the") &&
                strlen(x->code) == 3;
      const char *as =
          xs && (appos || def)
              ? dict_actor_code_as(c->d, g->actor, NULL, xs)
              : NULL;
      if (as && strcmp(as, g->code)) {
        set_code(g, as, NULL);
        g->period = 1;
        break;
      }
      /* (another named actor ends the search after the name) */
      if (r > q && x->actor != NOACTOR)
        break;
      if (r < q)
        r = q; /* then the mentions after the name */
    }
  }
}

/* RULE A-GROUP-APPOS, in any article: an agent word right before a named
** group in apposition is that group ("former paramilitary group the
** Urabenos", "rebel group the FARC": one actor, not a REB for the word and
** the group's code for the name).  The words between are "group(s)",
** "movement", "organisation" and "the" (a comma only after such a word:
** "police, the FARC said" are two). */
static void agent_appos(ctx *c) {
  static const char *const body[] = {"group", "groups", "movement",
                                     "organisation", "organization", NULL};
  for (uint32_t q = 1; q < c->nm; q++) {
    const mtmp *g = &c->m[q];
    mtmp *x = &c->m[q - 1];
    if (g->actor == NOACTOR || !g->code[0] || g->person || x->sent != g->sent ||
        (g->how != SIMA_RES_DICT && g->how != SIMA_RES_COMPOSED) ||
        c->d->actors[g->actor].kind != DICT_KIND_GROUP)
      continue;
    char sec[4];
    uint32_t xe = x->first + x->count;
    if (!agent_sector(c, x, g->code, sec) || !appos_gap(c, xe, g->first, 0))
      continue;
    int named = xe == g->first || (xe + 1 == g->first && tok_eq(c, xe, "the"));
    for (uint32_t i = xe; i < g->first && !named; i++)
      named = tok_in(c, i, body);
    if (!named)
      continue;
    set_code(x, g->code, NULL);
    x->how = SIMA_RES_COMPOSED;
  }
}

/* RULE A-GROUP-PERIOD, in the article: once an undated article names a
** group by the agent of one of its periods ("FARC guerrillas": COLREB),
** its other mentions with the default (latest) code are of that period
** too ("the FARC" in the same article: COLREB, not the later COLPTY). */
static void group_period(ctx *c) {
  for (uint32_t q = 0; q < c->nm; q++) {
    const mtmp *p = &c->m[q];
    if (p->period != 1 || (c->ymd && !p->person))
      continue;
    /* a person's titles in the article must agree ("Congressman
    ** Hernandez" and "President Hernandez": neither leads), and a
    ** "former" title (ELI) says what he is now, not what the story's
    ** bare mentions of him tell of */
    if (p->person) {
      int clash = strlen(p->code) == 6 && !strcmp(p->code + 3, "ELI");
      for (uint32_t r = 0; r < c->nm && !clash; r++)
        clash = c->m[r].actor == p->actor && c->m[r].period &&
                strcmp(c->m[r].code, p->code) != 0;
      if (clash)
        continue;
    }
    /* (A-TITLE-DATED: dated, the date's code is the default) */
    const char *dflt = dict_actor_code(c->d, p->actor, c->ymd);
    for (uint32_t r = 0; r < c->nm && dflt; r++) {
      mtmp *m = &c->m[r];
      if (m->actor == p->actor && !m->period && !strcmp(m->code, dflt))
        set_code(m, p->code, NULL);
    }
  }
}

/* RULE A-ORG-ARTICLE-PERIOD: undated, a person's bare mentions that
** carry the default (latest) code take the period in an organisation
** the article names by itself: an article on Guatemala's CICIG that
** names "Ivan Velasquez" is about the commission's head (IGOUNOJUD), not
** the Colombian defence minister (COLGOV) he became later.  Only a
** period code of an organisation's own (longer than country + sector:
** IGOUNOJUD, not COLGOV), named by a mention of another dictionary actor,
** and only when the person's titles in the article chose no period
** (A-ORG-TITLE-PERIOD, A-GROUP-PERIOD decide those). */
static void org_article_period(ctx *c) {
  if (c->ymd || c->nm == 0)
    return;
  const char **picks = calloc(c->nm, sizeof *picks);
  if (!picks)
    return;
  for (uint32_t q = 0; q < c->nm; q++) {
    mtmp *m = &c->m[q];
    if (m->actor == NOACTOR || !m->person || m->period || !m->code[0])
      continue;
    const char *dflt = dict_actor_code(c->d, m->actor, 0);
    if (!dflt || strcmp(m->code, dflt) != 0)
      continue;
    int titled = 0;
    for (uint32_t r = 0; r < c->nm && !titled; r++)
      titled = c->m[r].actor == m->actor &&
               (c->m[r].period || strcmp(c->m[r].code, dflt) != 0);
    if (titled)
      continue;
    const dict_actor *ac = &c->d->actors[m->actor];
    const char *pick = NULL;
    for (uint32_t i = 0; i < ac->nperiods && !pick; i++) {
      const char *pc = dict_str(c->d, c->d->periods[ac->first + i].code);
      if (strlen(pc) <= 6 || !strcmp(pc, dflt))
        continue;
      for (uint32_t r = 0; r < c->nm; r++)
        if (c->m[r].actor != NOACTOR && c->m[r].actor != m->actor &&
            !c->m[r].person && !strcmp(c->m[r].code, pc)) {
          pick = pc;
          break;
        }
    }
    picks[q] = pick;
  }
  for (uint32_t q = 0; q < c->nm; q++)
    if (picks[q]) {
      set_code(&c->m[q], picks[q], NULL);
      c->m[q].guessed = 1;
    }
  free(picks);
}

/* RULE A-GROUP-YEARS: an undated article that names years (a four-digit
** number 1950-2039) is written no earlier than the latest of them: a
** group whose role changed after that year's end is still in its earlier
** role there ("the FARC could be training Paraguayans" in an article whose
** latest year is 2010: COLREB, not the party COLPTY it became in 2017).
** Only organisations (no person) still carrying the default (latest) code,
** and only when the latest year ends before the change; an article naming
** 2017 or later keeps the default. */
static uint32_t article_latest_year(const ctx *c) {
  uint32_t latest = 0;
  for (uint32_t i = 0; i < c->doc->ntokens; i++) {
    const sima_token *t = &c->doc->tokens[i];
    if (t->nnorm != 4)
      continue;
    uint32_t y = 0;
    int digits = 1;
    for (uint32_t k = 0; k < 4 && digits; k++) {
      char ch = t->norm[k];
      digits = ch >= '0' && ch <= '9';
      y = y * 10 + (uint32_t)(ch - '0');
    }
    if (digits && y >= 1950 && y <= 2039 && y > latest)
      latest = y;
  }
  return latest;
}

static void group_years(ctx *c) {
  if (c->ymd)
    return;
  uint32_t y = article_latest_year(c);
  if (!y)
    return;
  for (uint32_t q = 0; q < c->nm; q++) {
    mtmp *m = &c->m[q];
    if (m->actor == NOACTOR || m->person || m->period || !m->code[0])
      continue;
    const char *dflt = dict_actor_code(c->d, m->actor, 0);
    const char *then = dict_actor_code(c->d, m->actor, y * 10000 + 1231);
    if (dflt && then && !strcmp(m->code, dflt) && strcmp(then, dflt) != 0)
      set_code(m, then, NULL);
  }
}

/* RULE A-TITLE-SURNAME: a title that is also a common surname (Bishop,
** King, Pastor, Prince, ...) written with a capital in mid-sentence, with
** no determiner or possessive before it and no name after it, is a
** person's name, not the title: "a decision by Pastor to favor
** traffickers", "Julie Bishop said", "Aurelio Pastor, who headed the
** ministry"; "King Salman", "the Bishop of Rome" and "Pastor John Ruiz"
** keep the title.  It stays an uncoded candidate. */
static void title_surname(ctx *c) {
  static const char *const det[] = {"the", "a",     "an",  "this",  "that",
                                    "its", "his",   "her", "their", "our",
                                    "my",  "whose", NULL};
  for (uint32_t q = 0; q < c->nm; q++) {
    mtmp *m = &c->m[q];
    uint32_t k = m->first;
    if (m->how != SIMA_RES_DICT || m->count != 1 || !c->ti[k].cap ||
        c->ti[k].allcap || c->ti[k].title_sent || !tok_in(c, k, title_surnames) ||
        k == 0 || c->ti[k - 1].sent != c->ti[k].sent || tok_in(c, k - 1, det) ||
        (k + 1 < c->doc->ntokens && c->ti[k + 1].sent == c->ti[k].sent &&
         c->ti[k + 1].word && c->ti[k + 1].cap))
      continue;
    /* (not the sentence's first word: "King Abdullah" aside, "Bishop"
    ** there may be the title of a subject named before) */
    if (c->doc->nsents && k == c->doc->sents[c->ti[k].sent].first)
      continue;
    m->code[0] = '\0';
    m->how = SIMA_RES_UNCODED;
  }
}

/* RULE A-OWN-UNIT: the nearest earlier mention in mention q's sentence
** of the police or the military (sector COP or MIL, a country or none),
** or -1. */
static int32_t force_owner(const ctx *c, uint32_t q) {
  for (uint32_t p = q; p-- > 0;) {
    const mtmp *a = &c->m[p];
    if (a->sent != c->m[q].sent)
      break;
    char ac[4], as[4];
    actor_split_code(c->d, a->code, ac, as);
    if (!strcmp(as, "COP") || !strcmp(as, "MIL"))
      return (int32_t)p;
  }
  return -1;
}

/* RULE A-GENERIC-BARE: a generic military word alone ("the unit",
** "forces", "special units", "security personnel", "a task force"; not a
** means: "drones", "aircraft"), with no country, body or owner ("its
** forces", "his units") before it, says nobody whose it is: police
** units, a gang's "elite unit", rebel or prosecutors' units are as common
** as an army's.  It stays an uncoded candidate (sector MIL), and so do
** the pronouns that refer to it. */
static void generic_bare(ctx *c) {
  static const char *const possessive[] = {"its", "their", "his", "her",
                                           "our", "my",    NULL};
  for (uint32_t q = 0; q < c->nm; q++) {
    mtmp *m = &c->m[q];
    uint32_t k = m->first;
    while (k > 0 && c->doc->syn && c->doc->syn[k - 1].upos == SIMA_UPOS_ADJ &&
           m->first - k < 2)
      k--;
    /* (nor a force "in" a country: C-FORCE-COUNTRY reads "the
    ** stabilization force in Bosnia" as help for that country) */
    uint32_t e = m->first + m->count, pl = e + 1;
    if (tok_eq(c, pl, "the"))
      pl++;
    int in_country = 0;
    for (uint32_t r = q + 1;
         r < c->nm && c->m[r].first <= pl && tok_eq(c, e, "in"); r++)
      in_country = c->m[r].first == pl && strlen(c->m[r].code) == 3 &&
                   dict_is_country(c->d, c->m[r].code);
    if (k > 0 && tok_eq(c, k - 1, "own"))
      k--;
    /* RULE A-OWN-UNIT: a generic force word after "his"/"her" (own) is
    ** the unit of the police officer or soldier named before it in the
    ** sentence: "the abduction of a police officer by members of her own
    ** elite unit" is a police unit (COP), not the military */
    int32_t owner = m->generic && m->how == SIMA_RES_DICT &&
                            !strcmp(m->code, "MIL") && k > 0 &&
                            (tok_eq(c, k - 1, "his") || tok_eq(c, k - 1, "her"))
                        ? force_owner(c, q)
                        : -1;
    if (owner >= 0) {
      set_code(m, c->m[owner].code, NULL);
      m->how = SIMA_RES_COMPOSED;
    } else if (m->generic && m->how == SIMA_RES_DICT && !strcmp(m->code, "MIL") &&
        !(k > 0 && tok_in(c, k - 1, possessive)) && !in_country) {
      m->code[0] = '\0';
      m->how = SIMA_RES_UNCODED;
      m->note = "MIL";
    } else if (m->how == SIMA_RES_DICT && m->count == 1 &&
               !strcmp(m->code, "GOV") &&
               (tok_eq(c, m->first, "leader") ||
                tok_eq(c, m->first, "leaders"))) {
      /* RULE A-LEADER-BARE: a bare "leader(s)" says not of what: gang,
      ** network and community leaders are as common as a state's */
      m->code[0] = '\0';
      m->how = SIMA_RES_UNCODED;
      m->note = "GOV";
    } else if (m->antecedent >= 0 && (uint32_t)m->antecedent < q &&
               m->how == SIMA_RES_PRONOUN &&
               c->m[m->antecedent].how == SIMA_RES_UNCODED &&
               !c->m[m->antecedent].code[0] &&
               (!strcmp(m->code, "MIL") ||
                (!strcmp(m->code, "GOV") && c->m[m->antecedent].note &&
                 !strcmp(c->m[m->antecedent].note, "GOV"))))
      m->code[0] = '\0'; /* (mentions are in text order here) */
  }
}

/* PETRARCH semantics of a compound code: each code of [FRO/BIL/SAM] is an
** actor of its own, so a mention coded with the first one (FRO, or FROGOV
** with an agent) gets one companion mention per other code on the same
** span (BIL, SAM; BILGOV, SAMGOV); the coder treats mentions sharing a
** span as conjuncts.  Runs after coreference; companions keep the
** antecedent of their mention. */
static void compound_codes(ctx *c) {
  uint32_t nm = c->nm;
  for (uint32_t q = 0; q < nm && !c->oom; q++) {
    const char *cp = compound_of(c, c->m[q].src1);
    if (!cp)
      cp = compound_of(c, c->m[q].src2);
    if (!cp)
      continue;
    size_t l0 = strcspn(cp, "/]");
    if (strncmp(c->m[q].code, cp, l0) != 0)
      continue;
    const char *p = cp + l0;
    while (*p == '/') {
      p++;
      size_t l = strcspn(p, "/]");
      char part[16];
      if (l == 0 || l >= sizeof part)
        break;
      memcpy(part, p, l);
      part[l] = '\0';
      mtmp *o = &c->m[q];
      mtmp *m = push(c, o->first, o->first + o->count, o->how);
      if (!m)
        return;
      o = &c->m[q]; /* push may have moved the array */
      uint32_t order = m->order;
      *m = *o;
      m->order = order;
      set_code(m, part, o->code + l0);
      m->bare = o->bare && strlen(m->code) == 3;
      p += l;
    }
  }
}

/* ---- RULE A-QUOTE-SPEAKER ---------------------------------------------- */

/* A-QUOTE-SPEAKER: verbs that introduce or close a quotation (sorted). */
static const char *const quote_verbs[] = {
    "add",     "admit",   "announce", "argue",   "ask",    "claim",
    "comment", "conclude", "confirm", "continue", "declare", "explain",
    "insist",  "note",    "recall",   "remark",  "reply",  "respond",
    "say",     "state",   "stress",   "tell",    "testify", "warn",
    "write"};

/* A-QUOTE-SPEAKER: 1 when token i is a finite (or perfect) verb of
** speech ("said", "says", "told", "has said"). */
static int quote_verb(const ctx *c, uint32_t i) {
  const sima_syntax *syn = c->doc->syn;
  if (i >= c->doc->ntokens || !syn[i].lemma ||
      !(syn[i].xpos == SIMA_XPOS_VBD || syn[i].xpos == SIMA_XPOS_VBZ ||
        syn[i].xpos == SIMA_XPOS_VBP || syn[i].xpos == SIMA_XPOS_VBN))
    return 0;
  return SIMA_WORDS_IN(quote_verbs, syn[i].lemma);
}

/* A-QUOTE-SPEAKER: the direction of the quotation mark at token k: 1
** opens ("“", "``", or a straight quote glued to the word after it and
** not to the one before), 2 closes, 0 neither (a single quote, an
** apostrophe, a straight quote between spaces). */
static int quote_dir(const ctx *c, uint32_t k) {
  const sima_doc *d = c->doc;
  const sima_token *t = &d->tokens[k];
  if (t->kind != SIMA_TOK_QUOTE)
    return 0;
  const unsigned char *w = (const unsigned char *)d->text + t->off;
  if (t->len == 3 && w[0] == 0xE2 && w[1] == 0x80 && w[2] == 0x9C)
    return 1;
  if (t->len == 3 && w[0] == 0xE2 && w[1] == 0x80 && w[2] == 0x9D)
    return 2;
  if (t->len == 2 && w[0] == '`' && w[1] == '`')
    return 1;
  if (t->len == 2 && w[0] == '\'' && w[1] == '\'')
    return 2;
  if (t->len != 1 || w[0] != '"')
    return 0;
  int before = k > 0 && d->tokens[k - 1].off + d->tokens[k - 1].len == t->off;
  int after = k + 1 < d->ntokens && t->off + t->len == d->tokens[k + 1].off;
  if (after && !before)
    return 1;
  if (before && !after)
    return 2;
  return 0;
}

/* A-QUOTE-SPEAKER: the mention that starts at or after token from (after
** at most a determiner and two adjectives) and whose last token is
** before lim, coded, the longest of those starting first; -1 if none.
** at[] maps a token to the first mention starting there (-1 none). */
static int32_t speaker_from(const ctx *c, const int32_t *at, uint32_t from,
                            uint32_t lim) {
  const sima_syntax *syn = c->doc->syn;
  for (uint32_t t = from; t < lim && t < from + 3; t++) {
    if (at[t] >= 0) {
      int32_t pick = at[t];
      for (uint32_t q = (uint32_t)pick; q < c->nm && c->m[q].first == t; q++)
        if (c->m[q].count > c->m[pick].count)
          pick = (int32_t)q;
      return pick;
    }
    if (syn[t].xpos != SIMA_XPOS_DT && syn[t].xpos != SIMA_XPOS_JJ)
      return -1;
  }
  return -1;
}

/* A-QUOTE-SPEAKER: the token after mention q's phrase when what follows
** it is a verb of speech (after an apposition between commas of at most
** 12 tokens, an auxiliary and an adverb: "Ivan Petrov, the envoy, has
** also said"), or UINT32_MAX. */
static uint32_t speaks_after(const ctx *c, uint32_t q, uint32_t lim) {
  const sima_syntax *syn = c->doc->syn;
  uint32_t v = c->m[q].first + c->m[q].count;
  if (v < lim && tok_eq(c, v, ",")) {
    uint32_t k = v + 1;
    while (k < lim && k < v + 13 && !tok_eq(c, k, ",") &&
           c->doc->tokens[k].kind != SIMA_TOK_QUOTE)
      k++;
    if (k < lim && tok_eq(c, k, ","))
      v = k + 1;
  }
  for (int s = 0; s < 2 && v < lim &&
                  (syn[v].upos == SIMA_UPOS_AUX || syn[v].xpos == SIMA_XPOS_RB);
       s++)
    v++;
  return v < lim && quote_verb(c, v) ? v : UINT32_MAX;
}

/* A-QUOTE-SPEAKER: the speaker named right after the quotation that
** closes at token e ("..., ” Trump said", "..., ” said the minister",
** "..., ” he told reporters"): the coded mention that is the subject of
** a verb of speech there; -1 if none.  The quotation must close a clause
** (",", ".", "?" or "!" before the mark). */
static int32_t speaker_after(const ctx *c, const int32_t *at, uint32_t o,
                             uint32_t e) {
  const sima_doc *d = c->doc;
  if (e < 1 || e - 1 <= o ||
      !(tok_eq(c, e - 1, ",") || tok_eq(c, e - 1, ".") ||
        tok_eq(c, e - 1, "?") || tok_eq(c, e - 1, "!")))
    return -1;
  uint32_t j = e + 1, lim = e + 24 < d->ntokens ? e + 24 : d->ntokens;
  /* (after a full stop, the speech must end there: "“We won.” Trump said
  ** the war ..." opens a sentence of its own) */
  int stop = !tok_eq(c, e - 1, ",");
  int32_t q = -1;
  uint32_t end = 0;
  if (j < lim && quote_verb(c, j)) { /* "said the minister" */
    q = speaker_from(c, at, j + 1, lim);
    if (q >= 0)
      end = c->m[q].first + c->m[q].count;
  } else {
    q = speaker_from(c, at, j, lim);
    uint32_t v = q >= 0 ? speaks_after(c, (uint32_t)q, lim) : UINT32_MAX;
    if (v == UINT32_MAX)
      return -1;
    end = v + 1;
  }
  if (q >= 0 && stop && end < d->ntokens &&
      !(tok_eq(c, end, ".") || tok_eq(c, end, ",")))
    return -1;
  return q;
}

/* A-QUOTE-SPEAKER: the speaker named right before the quotation that
** opens at token o after a colon or a comma ("Trump said: “", "the
** minister told reporters on Tuesday: “"): the coded mention ending
** right before a verb of speech at most 8 tokens before the mark, with
** no other punctuation between; -1 if none. */
static int32_t speaker_before(const ctx *c, const int32_t *at, uint32_t o) {
  const sima_doc *d = c->doc;
  if (o < 3 || !(tok_eq(c, o - 1, ":") || tok_eq(c, o - 1, ",")))
    return -1;
  uint32_t sn = c->ti[o].sent;
  for (uint32_t v = o - 1; v-- > 0 && o - 1 - v <= 8;) {
    if (c->ti[v].sent != sn || d->tokens[v].kind == SIMA_TOK_PUNCT ||
        d->tokens[v].kind == SIMA_TOK_QUOTE)
      return -1;
    if (!quote_verb(c, v)) {
      /* (no other verb between: "the guard said they yelled, “") */
      if (c->doc->syn[v].upos == SIMA_UPOS_VERB ||
          c->doc->syn[v].upos == SIMA_UPOS_AUX)
        return -1;
      continue;
    }
    /* the subject: a mention whose phrase ends right before the verb,
    ** not the object of a preposition ("a Kurd from London said") */
    uint32_t s0 = d->sents[sn].first;
    for (uint32_t b = v; b-- > s0 && v - b <= 16;) {
      if (at[b] < 0)
        continue;
      uint32_t p = b;
      while (p > s0 && (c->doc->syn[p - 1].xpos == SIMA_XPOS_DT ||
                        c->doc->syn[p - 1].xpos == SIMA_XPOS_JJ ||
                        c->doc->syn[p - 1].xpos == SIMA_XPOS_CD ||
                        c->doc->syn[p - 1].xpos == SIMA_XPOS_NNP))
        p--;
      if (p > s0 && (c->doc->syn[p - 1].xpos == SIMA_XPOS_IN ||
                     c->doc->syn[p - 1].xpos == SIMA_XPOS_TO))
        continue;
      for (uint32_t q = (uint32_t)at[b]; q < c->nm && c->m[q].first == b; q++)
        if (speaks_after(c, q, o) == v)
          return (int32_t)q;
    }
    return -1;
  }
  return -1;
}

/* A-QUOTE-SPEAKER: 1 when token k is a single quotation mark that opens
** a quotation inside the quotation ("‘", or "'" glued to the word after
** it only), 2 when it closes one, 0 otherwise (an apostrophe). */
static int inner_quote_dir(const ctx *c, uint32_t k) {
  const sima_doc *d = c->doc;
  const sima_token *t = &d->tokens[k];
  if (t->kind != SIMA_TOK_QUOTE)
    return 0;
  const unsigned char *w = (const unsigned char *)d->text + t->off;
  if (t->len == 3 && w[0] == 0xE2 && w[1] == 0x80 && w[2] == 0x98)
    return 1;
  int single = (t->len == 3 && w[0] == 0xE2 && w[1] == 0x80 && w[2] == 0x99) ||
               (t->len == 1 && w[0] == '\'');
  if (!single)
    return 0;
  int before = k > 0 && d->tokens[k - 1].off + d->tokens[k - 1].len == t->off;
  int after = k + 1 < d->ntokens && t->off + t->len == d->tokens[k + 1].off;
  if (after && !before && w[0] == '\'')
    return 1;
  return before && !after ? 2 : 0;
}

/* A-QUOTE-SPEAKER: a singular speaker, who may say "I": a person, or an
** agent named in the singular ("the official", "a spokesman"). */
static int singular_speaker(const ctx *c, const mtmp *m) {
  if (m->person)
    return 1;
  uint32_t h = m->first + m->count - 1;
  return m->how != SIMA_RES_PRONOUN && m->count &&
         (c->doc->syn[h].xpos == SIMA_XPOS_NN ||
          (c->doc->syn[h].xpos == SIMA_XPOS_NNP && m->how == SIMA_RES_TITLE));
}

/* A-QUOTE-SPEAKER: 1 when mention m names a person of the dictionaries
** (or is a title that coreference took for one: "the US president"). */
static int named_person(const ctx *c, const mtmp *m) {
  for (int k = 0; k < 4 && m->how == SIMA_RES_NOMINAL && m->antecedent >= 0 &&
                  (uint32_t)m->antecedent < c->nm;
       k++)
    m = &c->m[m->antecedent];
  return m->actor != NOACTOR && m->actor < c->d->nactors &&
         c->d->actors[m->actor].kind == DICT_KIND_PERSON;
}

/* A-QUOTE-SPEAKER: gives the first-person pronouns of the quotation
** between tokens o and e (outside a quotation inside it) the code of
** mention sp: "I" and "me" when sp is singular, "we" and "us" when sp
** is no named person. */
static void speaker_pronouns(ctx *c, const int32_t *at, uint32_t o,
                             uint32_t e, uint32_t sp) {
  const sima_doc *d = c->doc;
  int one = singular_speaker(c, &c->m[sp]), inner = 0;
  /* (a named person's "we" may be a government, a party, a family or
  ** the people: only a body's or its spokesman's "we" is the body) */
  int body = !named_person(c, &c->m[sp]);
  for (uint32_t i = o + 1; i < e && !c->oom; i++) {
    int q = inner_quote_dir(c, i);
    if (q)
      inner = q == 1;
    if (inner || at[i] >= 0 || d->syn[i].xpos != SIMA_XPOS_PRP)
      continue;
    int sing = tok_eq(c, i, "I") || tok_eq(c, i, "me");
    if (sing ? !one : !(body && (tok_eq(c, i, "we") || tok_eq(c, i, "us"))))
      continue;
    mtmp *m = push(c, i, i + 1, SIMA_RES_PRONOUN);
    if (!m)
      return;
    set_code(m, c->m[sp].code, NULL);
    m->antecedent = (int32_t)sp;
    m->person = (uint8_t)(sing && c->m[sp].person);
    m->note = "speaker";
  }
}

/* RULE A-QUOTE-SPEAKER: the first-person pronouns inside a quotation
** stand for its speaker, when the speaker is a coded actor named right
** after the quotation ("“I am asking Congress to act,” Trump said": Trump
** asks Congress) or right before it ("Trump said: “I will meet him”"),
** or when the quotation opens the sentence right after one closed by its
** speaker ("“...,” Trump said. “I will not retreat.”": up to three such).
** "I" and "me" need a singular speaker (a person, "the official"); "we"
** and "us" are the side of a speaker who is no named person ("“We will
** respond,” the ministry said", "a Foreign Office spokesperson said: “We
** continue to engage with the US”").  The speaker is no pronoun ("he
** said" is coreference's guess).  A quotation may run over several sentences; it must close (a
** quotation left open, or longer than four sentences, names no one). */
static void quote_speaker(ctx *c) {
  sima_doc *d = c->doc;
  if (!d->syn || !d->nsents)
    return;
  int32_t *at = malloc((size_t)d->ntokens * sizeof *at);
  if (!at) {
    c->oom = 1;
    return;
  }
  for (uint32_t t = 0; t < d->ntokens; t++)
    at[t] = -1;
  for (uint32_t q = c->nm; q-- > 0;)
    if (c->m[q].first < d->ntokens)
      at[c->m[q].first] = (int32_t)q;
  uint32_t nm = c->nm;
  int64_t o = -1;
  int32_t last_sp = -1;        /* the speaker of the last quotation */
  uint32_t last_sent = 0, runs = 0; /* the sentence its speech ends */
  for (uint32_t k = 0; k < d->ntokens && !c->oom; k++) {
    int dir = quote_dir(c, k);
    if (dir == 1) {
      o = k;
      continue;
    }
    if (dir != 2 || o < 0)
      continue;
    uint32_t o32 = (uint32_t)o, so = c->ti[o32].sent;
    o = -1;
    if (c->ti[k].sent - so > 3)
      continue;
    int32_t sp = speaker_after(c, at, o32, k);
    int cont = 0;
    if (sp < 0)
      sp = speaker_before(c, at, o32);
    /* (a quotation that opens the sentence after the one whose speaker
    ** closed the last quotation: "“...,” Trump said. “...”") */
    if (sp < 0 && last_sp >= 0 && runs < 3 && so == last_sent + 1 &&
        d->sents[so].first == o32 && k + 2 >= d->sents[c->ti[k].sent].first +
                                                 d->sents[c->ti[k].sent].count) {
      sp = last_sp;
      cont = 1;
    }
    if (cont) {
      runs++;
      last_sent = c->ti[k].sent;
    } else {
      runs = 0;
      last_sp = -1;
      /* (a speaker after the quotation whose sentence ends there) */
      int32_t sa = speaker_after(c, at, o32, k);
      if (sa >= 0) {
        uint32_t sn = c->m[sa].sent;
        uint32_t se = d->sents[sn].first + d->sents[sn].count;
        uint32_t me = c->m[sa].first + c->m[sa].count;
        int ends = 1;
        for (uint32_t t = me; t < se && ends; t++)
          ends = d->tokens[t].kind != SIMA_TOK_QUOTE;
        if (ends) {
          last_sp = sa;
          last_sent = sn;
        }
      }
    }
    /* (not a pronoun: "he said" is who coreference guessed, and a
    ** wrong guess would put words in someone else's mouth) */
    if (sp < 0 || (uint32_t)sp >= nm || !c->m[sp].code[0] ||
        c->m[sp].how == SIMA_RES_PRONOUN)
      continue;
    speaker_pronouns(c, at, o32, k, (uint32_t)sp);
  }
  free(at);
}

/* ---- entry point ------------------------------------------------------ */

static const char *base(const char *path) {
  const char *b = strrchr(path, '/');
  return b ? b + 1 : path;
}

/* snprintf(out, cap, "%s", s) without the formatter (cap > 0, n =
** strlen(s)): s cut to cap - 1 bytes. */
static void cut_copy(char *out, size_t cap, const char *s, size_t n) {
  if (n > cap - 1)
    n = cap - 1;
  memcpy(out, s, n);
  out[n] = '\0';
}

/* A mention's entry in the arena: "a+b" (b not NULL) or "a", cut to 699
** bytes as snprintf into the 700-byte buffer this replaces cut it (the
** loader's positions are shorter, so the cut is only a bound).  NULL when
** the arena is out of memory (sima_arena_failed tells). */
static char *entry_dup(sima_arena *arena, const char *a, const char *b) {
  enum { CAP = 700 };
  size_t na = strlen(a), nb = b ? strlen(b) : 0;
  size_t n = b ? na + 1 + nb : na;
  if (n > CAP - 1)
    n = CAP - 1;
  char *p = arena_alloc_raw(arena, n + 1); /* as sima_arena_strndup */
  if (!p)
    return NULL;
  size_t ka = na < n ? na : n;
  memcpy(p, a, ka);
  if (b && ka < n) {
    p[ka] = '+';
    memcpy(p + ka + 1, b, n - ka - 1);
  }
  p[n] = '\0';
  return p;
}

/* RULE A-MEETING-NAME: "Congress" with a capital, followed by "on" and a
** capitalised word, names a conference, not a legislature: "a Syrian
** Congress on National Dialogue" in Sochi is an event that Syrian groups
** attend (no SYRLEG); "approved by Congress on April 5" and "Congress on
** the bill" stay the legislature. */
static int meeting_name(const sima_doc *doc, uint32_t i) {
  static const char *const months[] = {
      "april", "august", "december", "february", "friday", "january",
      "july", "june", "march", "may", "monday", "november", "october",
      "saturday", "september", "sunday", "thursday", "tuesday", "wednesday",
      NULL};
  if (i + 2 >= doc->ntokens)
    return 0;
  const sima_token *t = &doc->tokens[i], *on = &doc->tokens[i + 1],
                   *w = &doc->tokens[i + 2];
  if (t->nnorm != 8 || strncmp(t->norm, "Congress", 8) || on->nnorm != 2 ||
      strncasecmp(on->norm, "on", 2) || w->kind != SIMA_TOK_WORD ||
      !w->nnorm || w->norm[0] < 'A' || w->norm[0] > 'Z')
    return 0;
  for (size_t k = 0; months[k]; k++)
    if (strlen(months[k]) == w->nnorm &&
        !strncasecmp(w->norm, months[k], w->nnorm))
      return 0;
  return 1;
}

/* The common token in one pass: when its normalized form is 1 to
** DICT_MAXWORD bytes of ASCII without a full stop, writes its fold to f
** (each byte lower-cased: what dict_fold makes of such a form, see its
** first pass), sets *n and *h (its length and trie_hash_byte hash) and
** ti's cap, inner, lower and allcap exactly as token_info's byte loop
** sets them for ASCII bytes, and returns 1.  Returns 0, having set
** nothing in ti, for any other form (a stop, a high byte, empty or too
** long), which token_info then takes the general way. */
static int token_ascii(const sima_token *t, tinfo *ti, char *f, size_t *n,
                       uint64_t *h) {
  size_t len = t->nnorm;
  if (len - 1 >= DICT_MAXWORD)
    return 0;
  const unsigned char *s = (const unsigned char *)t->norm;
  uint64_t hh = TRIE_HASH_INIT;
  size_t up = 0, low = 0;
  int first = 1, cap = 0, inner = 0, lower = 0;
  for (size_t k = 0; k < len; k++) {
    unsigned b = s[k];
    if (b >= 0x80 || b == '.')
      return 0;
    if (b - 'A' < 26u) {
      up++;
      if (first)
        cap = 1;
      if (low)
        inner = 1;
      first = 0;
      b += 'a' - 'A';
    } else if (b - 'a' < 26u) {
      low++;
      if (first)
        lower = 1;
      first = 0;
    }
    f[k] = (char)b;
    hh = trie_hash_byte(hh, (unsigned char)b);
  }
  f[len] = '\0';
  *n = len;
  *h = hh;
  if (cap)
    ti->cap = 1;
  if (inner)
    ti->inner = 1;
  if (lower)
    ti->lower = 1;
  ti->allcap = up > 0 && low == 0;
  return 1;
}

static void token_info(ctx *c) {
  const sima_doc *doc = c->doc;
  const trie *tr = c->d->trie;
  uint32_t s = 0;
  for (uint32_t i = 0; i < doc->ntokens; i++) {
    const sima_token *t = &doc->tokens[i];
    tinfo *ti = &c->ti[i];
    while (s + 1 < doc->nsents &&
           i >= doc->sents[s].first + doc->sents[s].count)
      s++;
    ti->sent = doc->nsents ? s : 0;
    ti->title_sent =
        doc->nsents && doc->sents[s].kind == SIMA_SENT_TITLE ? 1 : 0;
    ti->w = ti->w2 = TRIE_NONE;
    ti->word = t->kind == SIMA_TOK_WORD;
    char f[DICT_MAXWORD + 1], g[DICT_MAXWORD + 1];
    size_t n = 0;
    uint64_t h = 0;
    int ascii = token_ascii(t, ti, f, &n, &h);
    if (ascii)
      ti->w = trie_word_hashed(tr, f, n, h);
    else if ((n = dict_fold(t->norm, t->nnorm, f)) != 0)
      ti->w = trie_word(tr, f, n);
    if (n && ti->word) {
      /* a verb's lemma is no noun: "officials suspected of taking
      ** kickbacks" are not suspects (CRM), "forcing them" is no force
      ** (MIL); a past participle before a noun still is ("15 suspected
      ** gang members") */
      const char *lemma = doc->syn ? doc->syn[i].lemma : NULL;
      if (lemma && (doc->syn[i].upos == SIMA_UPOS_VERB ||
                    doc->syn[i].upos == SIMA_UPOS_AUX)) {
        unsigned nx = i + 1 < doc->ntokens ? doc->syn[i + 1].upos : 0;
        /* RULE A-PARTICIPLE-AGENT: only a participle of suspicion
        ** names its noun's agent that way; "forced disappearances",
        ** "forced eradication" are no force (MIL); and not before a
        ** name, which is the actor ("15 suspected Barrio 18 members") */
        static const char *const suspicion[] = {"accuse", "allege",
                                                "suspect", NULL};
        int pre = (doc->syn[i].xpos == SIMA_XPOS_VBN ||
                   doc->syn[i].xpos == SIMA_XPOS_VBD) &&
                  (nx == SIMA_UPOS_NOUN || nx == SIMA_UPOS_NUM ||
                   nx == SIMA_UPOS_ADJ);
        int sus = 0;
        for (size_t k = 0; suspicion[k] && !sus; k++)
          sus = !sima_casecmp(lemma, suspicion[k]);
        if (!sus)
          pre = 0;
        if (!pre)
          lemma = NULL;
      }
      /* (a lemma that dict_fold_is says folds to the word itself, as
      ** most do, is not folded again: either way the singular is tried) */
      size_t m = 0;
      if (lemma && !dict_fold_is(lemma, f, n))
        m = dict_fold(lemma, strlen(lemma), g);
      if (!m || (m == n && !memcmp(f, g, n)))
        m = dict_singular(f, n, g);
      if (m)
        ti->w2 = trie_word(tr, g, m);
    }
    int32_t cp;
    size_t k = ascii ? t->nnorm : 0, up = 0, low = 0;
    int first = 1;
    while (k < t->nnorm) {
      unsigned char b = (unsigned char)t->norm[k];
      if (b < 0x80) { /* ASCII, inline: the same tests as utf8_is_* */
        k++;
        if (b >= 'A' && b <= 'Z') {
          up++;
          if (first)
            ti->cap = 1;
          if (low)
            ti->inner = 1;
          first = 0;
        } else if (b >= 'a' && b <= 'z') {
          low++;
          if (first)
            ti->lower = 1;
          first = 0;
        }
        continue;
      }
      k += utf8_decode((const unsigned char *)t->norm + k, t->nnorm - k, &cp);
      if (utf8_is_upper(cp)) {
        up++;
        if (first)
          ti->cap = 1;
        if (low)
          ti->inner = 1;
      } else if (utf8_is_lower(cp)) {
        low++;
        if (first)
          ti->lower = 1;
      }
      if (utf8_is_alpha(cp))
        first = 0;
    }
    if (!ascii)
      ti->allcap = up > 0 && low == 0;
    if (meeting_name(doc, i))
      ti->w = ti->w2 = TRIE_NONE;
  }
}

sima_status sima_actors_find(const sima_dict *d, sima_doc *doc,
                             sima_error *err) {
  if (!d || !doc)
    return sima_error_set(err, SIMA_ERR_USAGE, "sima_actors_find: NULL");
  if (doc->ntokens && !doc->tokens)
    return sima_error_set(err, SIMA_ERR_USAGE,
                          "%s: sima_actors_find needs tokens",
                          doc->id ? doc->id : "(document)");
  doc->mentions = NULL;
  doc->nmentions = 0;
  if (doc->ntokens == 0)
    return SIMA_OK;
  ctx c = {0};
  c.d = d;
  c.doc = doc;
  c.ymd = doc->date ? dict_date(doc->date, strlen(doc->date)) : 0;
  c.ti = calloc(doc->ntokens, sizeof *c.ti);
  c.seen = calloc(d->nactors ? (d->nactors + 7) / 8 : 1, 1);
  sima_status st = SIMA_OK;
  if (!c.ti || !c.seen)
    goto oom;
  token_info(&c);
  uint32_t nsents = doc->nsents ? doc->nsents : 1;
  for (uint32_t s = 0; s < nsents && !c.oom; s++) {
    uint32_t s0 = doc->nsents ? doc->sents[s].first : 0;
    uint32_t s1 = doc->nsents ? s0 + doc->sents[s].count : doc->ntokens;
    if (s1 > doc->ntokens || s0 > s1)
      continue;
    uint32_t a0 = c.nat;
    find_atoms(&c, s0, s1);
    for (uint32_t k = a0; k < c.nat && !c.oom;)
      k = build(&c, k, c.nat, s1);
  }
  if (c.oom || sort_mentions(&c))
    goto oom;
  undated_home(&c);
  group_appos(&c);
  group_period(&c);
  group_years(&c);
  org_article_period(&c);
  agent_appos(&c);
  then_title(&c);
  appos_members(&c);
  runs_crime(&c);
  accused_crime(&c);
  named_as(&c);
  country_org_envoy(&c);
  organ_owner(&c);
  title_surname(&c);
  former_chief(&c);
  paren_gloss(&c);
  town_country(&c);
  branch_country(&c);
  place_list(&c);
  dissident_armed(&c);
  side_coord(&c);
  region_country(&c);
  legislative_committee(&c);
  if (c.oom || sort_mentions(&c))
    goto oom;
  coref(&c);
  counterpart_sector(&c);
  officer_police(&c);
  generic_bare(&c);
  compound_codes(&c);
  if (c.oom || sort_mentions(&c))
    goto oom;
  {
    uint32_t before = c.nm;
    quote_speaker(&c);
    if (c.oom || (c.nm != before && sort_mentions(&c)))
      goto oom;
  }
  sima_mention *out =
      c.nm ? sima_arena_alloc(doc->arena, (size_t)c.nm * sizeof *out) : NULL;
  if (c.nm && !out)
    goto oom;
  for (uint32_t q = 0; q < c.nm; q++) {
    const mtmp *m = &c.m[q];
    sima_mention *o = &out[q];
    o->first = m->first;
    o->count = m->count;
    const sima_token *a = &doc->tokens[m->first];
    const sima_token *b = &doc->tokens[m->first + m->count - 1];
    o->start = a->off;
    o->end = b->off + b->len;
    char country[4], sector[4];
    actor_split_code(d, m->code, country, sector);
    if (m->how == SIMA_RES_UNCODED && m->note && !m->code[0])
      cut_copy(sector, sizeof sector, m->note, strnlen(m->note, 3));
    else if (m->sector[0] && !sector[0]) /* ("%.3s": no byte past 3 read) */
      cut_copy(sector, sizeof sector, m->sector, strnlen(m->sector, 3));
    o->code = m->code[0]
                  ? sima_arena_strndup(doc->arena, m->code, strlen(m->code))
                  : NULL;
    o->country = sima_arena_strndup(doc->arena, country, strlen(country));
    o->sector = sima_arena_strndup(doc->arena, sector, strlen(sector));
    o->entry =
        entry_dup(doc->arena,
                  m->src1   ? base(dict_str(d, m->src1))
                  : m->note ? m->note
                            : "",
                  m->src1 && m->src2 ? base(dict_str(d, m->src2)) : NULL);
    o->how = m->how;
    o->flags = 0;
    o->antecedent = m->antecedent;
    /* A-EVENT-DATE: the actor whose document-date code this is */
    o->actor = -1;
    if (m->actor != NOACTOR && m->actor < (uint32_t)INT32_MAX &&
        (m->how == SIMA_RES_DICT || m->how == SIMA_RES_TITLE)) {
      const char *dc = actor_code(&c, m->actor);
      /* (A-FRONTED-DECADE: a period A-ORG-ARTICLE-PERIOD guessed from the
      ** article yields to the event's own year as the default does) */
      if (dc && (!strcmp(dc, m->code) || m->guessed))
        o->actor = (int32_t)m->actor;
    }
  }
  if (sima_arena_failed(doc->arena))
    goto oom;
  doc->mentions = out;
  doc->nmentions = c.nm;
  goto done;
oom:
  st = sima_error_set(err, SIMA_ERR_NOMEM, "%s: out of memory finding actors",
                      doc->id ? doc->id : "(document)");
done:
  free(c.ti);
  free(c.seen);
  return st;
}

/* RULE A-EVENT-DATE: an event dated by a time expression of its own (not
** the document date) names its people and groups in the roles they held
** then: "On a visit in 2007, Talabani praised Tony Blair" (article of
** 2017) is IRQGOV praising GBRGOV, not two former officials (ELI).  Only
** a mention that carries its actor's document-date code unchanged (a
** dictionary name or its short form, or a pronoun resolved to one) is
** recoded, and only when one period of the actor covers the whole time
** the expression names ("in 2017" is no date for Trump, president from
** 20 January; "in 1988" is for Saddam Hussein). */
static void redate_ref(const sima_dict *d, sima_doc *doc, uint32_t ymd,
                       uint32_t last, sima_actor_ref *r) {
  if (!r->code)
    return;
  const sima_mention *m = NULL;
  for (uint32_t q = 0; q < doc->nmentions; q++)
    if (doc->mentions[q].start == r->start && doc->mentions[q].end == r->end)
      m = &doc->mentions[q];
  /* a pronoun: its antecedent, if it carries the same code */
  for (int hops = 0; m && m->actor < 0 && m->antecedent >= 0 && hops < 8;
       hops++) {
    const sima_mention *a = &doc->mentions[m->antecedent];
    m = (a->code && m->code && !strcmp(a->code, m->code)) ? a : NULL;
  }
  if (!m || m->actor < 0 || !m->code || strcmp(m->code, r->code))
    return;
  const char *nc = dict_actor_code(d, (uint32_t)m->actor, ymd);
  if (!nc || !strcmp(nc, r->code) ||
      nc != dict_actor_code(d, (uint32_t)m->actor, last))
    return;
  char country[4], sector[4];
  actor_split_code(d, nc, country, sector);
  r->code = nc;
  r->country = sima_arena_strndup(doc->arena, country, strlen(country));
  r->sector = sima_arena_strndup(doc->arena, sector, strlen(sector));
}

/* The years a token names: a year 1950-2039 ("2010": 2010..2010) or a
** decade of them ("1990s": 1990..1999); 0 if it names none. */
static int token_years(const sima_token *t, uint32_t *from, uint32_t *to) {
  if (t->nnorm != 4 && !(t->nnorm == 5 && t->norm[4] == 's'))
    return 0;
  uint32_t yr = 0;
  for (uint32_t i = 0; i < 4; i++) {
    if (t->norm[i] < '0' || t->norm[i] > '9')
      return 0;
    yr = yr * 10 + (uint32_t)(t->norm[i] - '0');
  }
  if (yr < 1950 || yr > 2039 || (t->nnorm == 5 && yr % 10 != 0))
    return 0;
  *from = yr;
  *to = t->nnorm == 5 ? yr + 9 : yr;
  return 1;
}

/* Is token v (of the sentence f..e) governed by token a (or a itself),
** within 8 steps up the parse? */
static int governed_by(const sima_syntax *y, uint32_t f, uint32_t e,
                       int32_t v, int32_t a) {
  for (int i = 0; i < 8 && v >= (int32_t)f && v < (int32_t)e; i++) {
    if (v == a)
      return 1;
    v = y[v].head;
  }
  return 0;
}

/* RULE A-EVENT-YEAR: undated, an event whose verb has a phrase "in" +
** (month) + year ("In 2010, the Attorney General's Office opened an
** investigation into Osorio Chong", "warned in June 2006") is dated by
** that year for its people and groups, as A-EVENT-DATE does with the
** resolved date of a dated article.  Sets the first and last year of
** such a phrase on the event's verb and returns 1, or returns 0. */
/* RULE A-FRONTED-DECADE: so is a decade ("in the 1990s", "in the early
** 1990s": its ten years, so one period must cover them all), and a
** phrase that opens the sentence on its main verb dates every event the
** main verb governs ("In the early 1980s, Restrepo was the prosecutor of
** Caldas, where he had to investigate ...": the relative clause's
** investigation is of that time too). */
static int event_year(const sima_doc *doc, const sima_event *ev,
                      uint32_t *from, uint32_t *to) {
  const sima_syntax *y = doc->syn;
  if (!y || ev->verb_tok < 0 || ev->sentence >= doc->nsents)
    return 0;
  const sima_sentence *s = &doc->sents[ev->sentence];
  uint32_t f = s->first, e = s->first + s->count;
  for (uint32_t k = f; k < e && k < doc->ntokens; k++) {
    uint32_t y0, y1;
    if (!token_years(&doc->tokens[k], &y0, &y1))
      continue;
    /* the year or the month it dates heads the phrase, on the verb */
    int32_t p = (int32_t)k;
    if (y[p].head != ev->verb_tok && y[p].head >= (int32_t)f &&
        y[p].head < (int32_t)e &&
        !(y[p].head > p && y[y[p].head].head < (int32_t)f))
      p = y[p].head;
    int32_t a = y[p].head;
    int fronted = a > p && (a < (int32_t)f || a >= (int32_t)e ||
                            y[a].head < (int32_t)f || y[a].head >= (int32_t)e);
    int in = 0;
    for (uint32_t i = f; i < e && !in; i++)
      in = y[i].head == p && y[i].lemma && !sima_casecmp(y[i].lemma, "in") &&
           sima_deprel_base(y[i].deprel) == SIMA_DEP_CASE &&
           (!fronted || i == f);
    if (!in)
      continue;
    if (a == ev->verb_tok ||
        (fronted && governed_by(y, f, e, ev->verb_tok, a))) {
      *from = y0;
      *to = y1;
      return 1;
    }
  }
  return 0;
}

sima_status sima_actors_redate(const sima_dict *d, sima_doc *doc,
                               sima_error *err) {
  if (!d || !doc->mentions)
    return SIMA_OK;
  if (!doc->date) {
    for (uint32_t i = 0; i < doc->nevents; i++) {
      sima_event *ev = &doc->events[i];
      uint32_t y0, y1;
      if (!event_year(doc, ev, &y0, &y1))
        continue;
      redate_ref(d, doc, y0 * 10000 + 101, y1 * 10000 + 1231, &ev->source);
      redate_ref(d, doc, y0 * 10000 + 101, y1 * 10000 + 1231, &ev->target);
    }
    if (sima_arena_failed(doc->arena))
      return sima_error_set(err, SIMA_ERR_NOMEM, "%s: out of memory",
                            doc->id ? doc->id : "(document)");
    return SIMA_OK;
  }
  for (uint32_t i = 0; i < doc->nevents; i++) {
    sima_event *ev = &doc->events[i];
    if (!ev->date || !ev->date_rule || !strcmp(ev->date, doc->date))
      continue;
    uint32_t ymd = dict_date(ev->date, strlen(ev->date));
    if (!ymd)
      continue;
    /* the last day of the period named (YYYYMMDD; a day past a month's
    ** end still orders right) */
    const char *pr = ev->date_precision ? ev->date_precision : "day";
    uint32_t last = !strcmp(pr, "year")     ? ymd / 10000 * 10000 + 1231
                    : !strcmp(pr, "season") ? ymd + 200 + 30
                    : !strcmp(pr, "month")  ? ymd / 100 * 100 + 31
                    : !strcmp(pr, "week")   ? ymd + 6
                                            : ymd;
    redate_ref(d, doc, ymd, last, &ev->source);
    redate_ref(d, doc, ymd, last, &ev->target);
  }
  if (sima_arena_failed(doc->arena))
    return sima_error_set(err, SIMA_ERR_NOMEM, "%s: out of memory",
                          doc->id ? doc->id : "(document)");
  return SIMA_OK;
}
