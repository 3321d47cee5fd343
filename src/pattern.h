/*
** pattern.h — the compiled verb-pattern dictionary (docs/verbs.md), shared
** by pattern.c (which parses and compiles it) and coder.c (which matches it
** on a parsed sentence).
**
** Every lemma named in the dictionary is interned once: a pattern refers to
** lemmas by small integer ids, and the coder looks a token's lemma up once
** (pat_lemma_id) and then compares integers.  Synonym sets are expanded at
** load time into flat alternative lists, so matching never recurses through
** set names.
*/
#ifndef SIMA_PATTERN_H
#define SIMA_PATTERN_H

#include "sima.h"

#define PAT_NONE 0xffffffffu /* "no lemma id" */

/* A phrase: lemma ids; for values the last word is the head, the others
** must be dependents of it.  A NULL/0-length phrase is the wildcard `*`. */
struct pat_cons;
typedef struct pat_phrase {
  uint32_t *words;
  uint32_t nwords;
  struct pat_cons *sub; /* nested constraints on the matched word: a[...] */
  uint32_t nsub;
  int score;            /* static score of sub (an upper bound) */
} pat_phrase;

typedef struct pat_value {
  pat_phrase *alts; /* alternatives */
  uint32_t nalts;
  int any;          /* `*` among the alternatives */
} pat_value;

/* A relation test: exact id, or any subtype of a base relation, or
** (PAT_REL_BELOW, written `below=`) any token after the trigger in its
** subtree: TABARI's "words after the verb", for translated legacy
** patterns only (petrdict.c); allowed in constraints, not in role paths. */
#define PAT_REL_BELOW 2
/* The legacy formats' word-order tests, also written only by petrdict.c
** (docs/compat.md), never paths: each alternative's words are consecutive
** tokens, compared by their folded surface form or their lemma (`_`, the
** legacy "no intervening word" connector):
**   seq=a_b      somewhere after the trigger, the first below it
**   preseq=a_b   somewhere before the trigger in its sentence
**   verbseq=a_b  right before the trigger ("RECENTLY_*")
**   form=w       the trigger's own surface form is w (a legacy block headed
**                by an inflected form, "LEFT" beside "LEAVE") */
#define PAT_REL_SEQ 3
#define PAT_REL_PRESEQ 4
#define PAT_REL_VERBSEQ 5
#define PAT_REL_FORM 6
/* `after`, a role path of one step written only by the translator of
** TABARI/PETRARCH1 files (the last of their %default target paths): the
** first actor after the trigger in its subtree, TABARI's "first actor
** after the verb".  Never a constraint. */
#define PAT_REL_AFTER 7
/* `word=w`: a token after the trigger, below it, whose folded surface
** form is w (PETRARCH1 matches nouns as written: "- * EFFORT" is no
** "efforts").  Translator only; a filter, it adds nothing to the score. */
#define PAT_REL_WORD 8
/* TABARI's positions, role paths of one step written only by the
** translator of PETRARCH1 files: `before(w)` the nearest actor before the
** last token w before the trigger ("+ HOSTING *"); `skip(w)`, `skip2(w)`
** the actor after one (two) actors after the first token w after the
** trigger ("IFTAR IN ^ +").  w is in the case list (a token matches by its
** lemma or its folded form); pad holds the number skipped. */
#define PAT_REL_BEFORE 9
#define PAT_REL_SKIP 10
/* `forms=a|b`: the trigger's own surface form is one of a, b (the forms
** under which PETRARCH looks a verb up: the listed or regular ones,
** petrdict.c).  Translator only; a filter, it adds nothing to the score. */
#define PAT_REL_FORMS 11
typedef struct pat_rel {
  uint16_t id;
  uint8_t base;   /* 1: match sima_deprel_base(dep) == id; PAT_REL_BELOW */
  uint8_t pad;
  uint32_t *cases; /* case/mark lemma alternatives, or NULL */
  uint32_t ncases;
} pat_rel;

typedef struct pat_cons {
  pat_rel rel;
  int neg;               /* !REL=VALUE */
  pat_value val;         /* alternatives, each with its own [...] */
} pat_cons;

/* A role path: steps from the trigger. */
typedef struct pat_path {
  pat_rel *steps;
  uint32_t nsteps;
} pat_path;

typedef struct pat_role {
  pat_path *paths;
  uint32_t npaths;
  int none;    /* `-` among the alternatives: no actor needed */
  int given;   /* written in the pattern (else the default applies) */
} pat_role;

enum {
  PAT_F_PASS = 1 << 0,
  PAT_F_ACTIVE = 1 << 1,
  PAT_F_NEG = 1 << 2,
  PAT_F_NOMOOD = 1 << 3,
  /* `tabari`: written only by petrdict.c on the patterns of TABARI and
  ** PETRARCH1 verb files: their coder's sequential semantics (coder.c,
  ** RULE C-TABARI): a verb that matched covers its verb phrase (no verb
  ** after it in its subtree is coded), and an event without a target
  ** actor needs a noun phrase after the verb */
  PAT_F_TABARI = 1 << 4,
  /* `petrnp`: written only by petrdict.c on the patterns of PETRARCH verb
  ** files (not TABARI .verbs): an actor is the first actor of its noun
  ** phrase plus the agents in it (coder.c, RULE C-TABARI) */
  PAT_F_PETRNP = 1 << 5
};

typedef struct pat_pattern {
  const char *id;       /* "V-1622.1" */
  char code[8];         /* "1622", or "" for --- */
  char code2[8];        /* paired code (target -> source), or "" */
  int null;             /* --- */
  uint16_t upos;        /* trigger UPOS (SIMA_UPOS_VERB by default) */
  uint16_t flags;       /* PAT_F_* */
  uint32_t head;        /* trigger head lemma id (of the first trigger
                        ** alternative: a body is shared by all the
                        ** alternatives with the same extra words; the
                        ** buckets index it under each head) */
  uint32_t *extra;      /* other trigger words: dependents of the head */
  uint32_t nextra;
  pat_cons *cons;
  uint32_t ncons;
  pat_role src, tgt;
  int score;            /* specificity: more constraints first */
  uint32_t order;       /* load order */
  const char *where;    /* "file:line: <line text>" */
} pat_pattern;

/* One bucket per trigger head lemma, patterns sorted best first. */
typedef struct pat_bucket {
  uint32_t head;
  uint32_t first, count; /* into sima_verbs.byhead */
} pat_bucket;

struct sima_verbs {
  /* lemma interning: open addressing over strings */
  char **lemmas;
  uint32_t nlemmas, caplemmas;
  uint64_t *ltab; /* hash slots: lemma id + 1 (0: empty) in the low 32
                  ** bits, the lemma's hash_str in the high 32 */
  uint32_t ltabsize;

  pat_pattern *pats;
  uint32_t npats, cappats;
  pat_pattern **byhead; /* patterns grouped by head, best first */
  pat_bucket *buckets;  /* sorted by head id */
  uint32_t nbuckets;

  pat_role default_tgt;  /* the default target path list */
  pat_role default_src;  /* nsubj */
  uint32_t lem_by, lem_not, lem_never, lem_no; /* ids used by the coder */

  sima_verbs_stats stats;
  char *report;          /* duplicate/conflict lines */
  size_t nreport, capreport;

  /* every allocation of the compiled dictionary, freed together */
  void **blocks;
  size_t nblocks, capblocks;
  char *chunk;        /* bump allocation inside the last block */
  size_t chunk_left;
};

/* The id of an interned lemma (compared case-insensitively for ASCII), or
** PAT_NONE when no pattern names it. */
uint32_t pat_lemma_id(const sima_verbs *v, const char *lemma);

/* sima_deprel_base(id), inline: the coder and the repairs ask it a million
** times per megabyte of news, and a library call cost ~12 instructions
** each, 8 % of the coder.  One load from src/syntax.c's table. */
extern const unsigned char sima_dep_base_tab[SIMA_NDEP];
static inline unsigned deprel_base(unsigned id) {
  return id < SIMA_NDEP ? sima_dep_base_tab[id] : 0;
}

/* Does dependency relation `dep` satisfy r's relation name (cases are
** checked by the caller): r's exact id, or with r->base any subtype of
** r->id?  0 for the walks (r->base >= PAT_REL_BELOW), no relation of one
** arc.  Inline: the matcher asks it of every dependent it looks at. */
static inline int pat_rel_name_ok(const pat_rel *r, unsigned dep) {
  if (r->base >= PAT_REL_BELOW)
    return 0; /* not a relation of one arc: the coder walks the subtree */
  if (r->base)
    return deprel_base(dep) == r->id;
  return dep == r->id;
}

/* The patterns whose trigger head is lemma id `head` (best first). */
pat_pattern *const *pat_bucket_find(const sima_verbs *v, uint32_t head,
                                    uint32_t *count);

#endif
