/*
** dict.h — internal layout of a loaded actor dictionary (sima_dict) and the
** API both dictionary readers write through: sima's own format (dict.c) and,
** later, the PETRARCH/TABARI actor and agent files (issue 6).
**
** A dictionary is a set of ACTORS (countries, people, organisations), each
** with dated CODES, plus AGENTS (words mapped to a sector).  Every name is a
** phrase of folded words in one token-level trie (trie.h); a trie node that
** ends a phrase points at a chain of SENSES saying what the phrase means.
*/
#ifndef SIMA_DICT_H
#define SIMA_DICT_H

#include "sima.h"
#include "trie.h"

#define DICT_MAXTOK    16        /* words in one phrase */
#define DICT_MAXWORD   64        /* bytes of one folded word */
#define DICT_OPEN      99999999u /* an open end date (yyyymmdd) */
#define DICT_NULL_CODE "---"     /* a name that is no actor ("Latin America") */

/* What a phrase means for its actor.  ORDER DICT_ROLE: role_names[]. */
typedef enum {
  DICT_NAME = 0, /* "China", "Hamas", "Xi Jinping": the actor itself */
  DICT_ADJ,      /* "Chinese": the actor as a modifier (composes) */
  DICT_SHORT,    /* "~Xi": only after a title or once the name was seen */
  DICT_METONYM,  /* "Beijing" (gov:): the actor with a fixed sector */
  DICT_AGENT,    /* "spokesman": a sector, no actor */
  DICT_NROLE
} dict_role;

typedef enum {
  DICT_KIND_COUNTRY = 0, /* ISO alpha-3 (and the pseudo-country EUR) */
  DICT_KIND_PERSON,
  DICT_KIND_GROUP /* organisations, armed groups, IGOs, NGOs */
} dict_kind;

/* Agent flags (agents.txt, after the sector). */
enum {
  DICT_F_PERSON = 1 << 0, /* one human being: "spokesman", "president" */
  DICT_F_TITLE = 1 << 1,  /* may stand before a name: "President Lai" */
  DICT_F_ABROAD = 1 << 2, /* posted abroad: "embassy in the US" stays home */
  DICT_F_GROUP = 1 << 3,  /* a body of people: "army", "parliament" */
  DICT_F_HOME = 1 << 4,   /* serves at home: "security forces in Guinea" */
  /* PETRARCH agent files only (petrdict.c): the agent's code is added to
  ** the actor's code, each agent of a phrase in turn, unless the code
  ** already ends with it ("West German world government" GMWGOV + WGO:
  ** GMWGOVWGO); with PREFIX (`[NGO~]`) it goes before the actor's code
  ** ("MSF Arnor": NGOARN).  On the names of a PETRARCH actor file,
  ** LEGACY means "matched as written": no typo tolerance (actor.c) */
  DICT_F_LEGACY = 1 << 5,
  DICT_F_PREFIX = 1 << 6,
  /* PETRARCH `PHRASE {}` and sima's `singular` flag: no plural is formed
  ** ("POLICE {}": "polices" is no police; "speakers" at a forum are no
  ** parliament speaker) */
  DICT_F_NOPLURAL = 1 << 7,
  /* a word for any kind of body or its means ("unit", "personnel",
  ** "officials", "helicopter"): after another agent it is that agent's
  ** ("police unit" -> COP, "rebel officials" -> REB; actor.c) */
  DICT_F_GENERIC = 1 << 8
};

typedef struct dict_period {
  uint32_t code;     /* offset of the code in the string pool */
  uint32_t from, to; /* yyyymmdd, half-open [from, to); 0 / DICT_OPEN */
} dict_period;

typedef struct dict_actor {
  uint32_t name;     /* pool offset of the first (full) name */
  uint32_t first;    /* index of its first period in periods[] */
  uint32_t nperiods; /* contiguous */
  uint16_t kind;     /* dict_kind */
  uint16_t pad;
  uint32_t src;    /* pool offset of "file:line" */
  uint32_t sector; /* pool offset of its "sector:" (0: none) */
} dict_actor;

typedef struct dict_sense {
  uint32_t next;   /* 1 + index of the next sense of the phrase, 0: last */
  uint32_t actor;  /* actor index (not for DICT_AGENT) */
  uint32_t sector; /* pool offset of the sector (METONYM, AGENT) or 0 */
  uint32_t src;    /* pool offset of "file:line" */
  uint16_t role;   /* dict_role */
  uint16_t flags;  /* DICT_F_* (agents) */
  uint16_t cap;    /* bit i: word i must start with a capital */
  uint16_t allcap; /* bit i: word i must be all capitals ("US", "UN") */
  uint16_t inner;  /* bit i: word i must have a capital after a small
                   ** letter, as it is written ("LeT", "AfD") */
  uint8_t ntok;
  uint8_t acro; /* one word of 4+ capitals ("ARENA", "NATO"; actor.c) */
} dict_sense;

/* A candidate of dict_fuzzy: a word of the trie and its last byte. */
typedef struct dict_fzword {
  uint32_t word;
  unsigned char last;
} dict_fzword;

struct sima_dict {
  trie *trie;
  sima_arena *scratch; /* tokens of the phrase being added */
  char *str;           /* string pool; offset 0 is "" */
  size_t nstr, capstr;
  dict_actor *actors;
  uint32_t nactors, capactors;
  dict_period *periods;
  uint32_t nperiods, capperiods;
  dict_sense *senses;
  uint32_t nsenses, capsenses;
  unsigned char country_bits[2197]; /* AAA..ZZZ: codes of country actors */
  unsigned char sector_bits[2197];  /* AAA..ZZZ: known sectors */
  int lenient;
  sima_warn_fn warn;
  void *warn_ud;
  unsigned nwarnings;
  int default_kind; /* while reading a file: people*.txt -> PERSON */
  /* Words of one-word actor names ("Mitterrand", "Ethiopia") of at least
  ** DICT_FUZZY_MIN bytes, bucketed by first letter (a-z, other) and by
  ** length (strlen of the word, at most DICT_MAXWORD): the candidates of
  ** dict_fuzzy() for misspelled names, which looks only at the three
  ** lengths one edit away.  Index DICT_FZ(letter bucket, length); each
  ** entry also holds the word's last byte, which a typo keeps. */
  dict_fzword *fz[27 * (DICT_MAXWORD + 1)];
  uint32_t nfz[27 * (DICT_MAXWORD + 1)], capfz[27 * (DICT_MAXWORD + 1)];
};
#define DICT_FZ(bk, len) ((size_t)(bk) * (DICT_MAXWORD + 1) + (len))

#define DICT_FUZZY_MIN 5 /* shortest dictionary word a typo may stand for */

/* A code with its dates, as a reader passes it in. */
typedef struct dict_code {
  const char *code; /* NUL-terminated */
  uint32_t from, to;
} dict_code;

/* A name of an actor, as a reader passes it in. */
typedef struct dict_name {
  const char *text; /* the phrase as written ("People's Republic of China") */
  size_t len;
  uint16_t role;      /* DICT_NAME, DICT_ADJ, DICT_SHORT or DICT_METONYM */
  const char *sector; /* DICT_METONYM: "GOV"; else NULL */
  const char *where;  /* "file:line" of this name, or NULL: the actor's */
} dict_name;

/* Makes room for `nbytes` more of strings (names, codes, "file:line"s)
** without a reallocation on the way: a loader that knows its file size
** calls it once.  0, or -1 on OOM (the dictionary is unchanged). */
int dict_reserve(sima_dict *d, size_t nbytes);

/* Adds an actor with its names and dated codes.  `where` ("file:line")
** names the entry in messages.  Periods must not overlap.  A name that is
** already in the dictionary for another actor is a conflict: an error, or
** (lenient) a warning and the name is skipped; an exact duplicate is a
** warning.  Returns SIMA_OK, SIMA_ERR_FORMAT (err says what), or
** SIMA_ERR_NOMEM. */
sima_status dict_add_actor(sima_dict *d, dict_kind kind, const dict_name *names,
                           size_t nnames, const dict_code *codes, size_t ncodes,
                           const char *where, sima_error *err);

/* Adds an agent phrase meaning `sector` (3+ capitals) with DICT_F_* flags.
** Duplicates and conflicts as for dict_add_actor. */
sima_status dict_add_agent(sima_dict *d, const char *name, size_t len,
                           const char *sector, unsigned flags,
                           const char *where, sima_error *err);

/* Folds one word for matching: lower case, accents stripped, full stops
** dropped ("U.S." -> "us"), typographic apostrophes made ASCII.  Writes at
** most DICT_MAXWORD bytes plus a NUL to out; returns the length, or 0 if
** the word folds to nothing or is too long. */
size_t dict_fold(const char *s, size_t len, char *out);

/* 1 when the NUL-terminated s certainly folds (dict_fold) to
** folded[0..n): s is ASCII without a full stop, n bytes long, and its
** bytes lower-cased are folded's; 0 when it does not, or when only
** dict_fold can tell (a stop, a high byte, n == 0 or > DICT_MAXWORD).
** Reads s no further than its NUL or byte n. */
static inline int dict_fold_is(const char *s, const char *folded, size_t n) {
  /* s folds to its bytes lower-cased when it is 1 to DICT_MAXWORD bytes
  ** of ASCII without a full stop (dict_fold's first pass).  Byte by
  ** byte: c folds to f when it is f or f's capital; then f must be what
  ** dict_fold writes for c: ASCII, not NUL, not a full stop, not a
  ** capital. */
  if (n - 1 >= DICT_MAXWORD)
    return 0;
  for (size_t i = 0; i < n; i++) {
    unsigned c = (unsigned char)s[i], f = (unsigned char)folded[i];
    if (c != f && (c - 'A' >= 26u || c + ('a' - 'A') != f))
      return 0;
    if (f - 1u >= 0x7fu || f == '.' || f - 'A' < 26u)
      return 0;
  }
  return s[n] == '\0';
}

/* The singular of a folded word (authorities -> authority, forces ->
** force, spokesmen -> spokesman), written to out; returns its length, or 0
** if the word does not look like a plural. */
size_t dict_singular(const char *w, size_t len, char *out);

/* The code of actor `a` on date `ymd` (yyyymmdd; 0 = unknown date, which
** takes the latest open-ended code, or if that is a former official's
** CCCELI the latest period in office), or NULL if none covers the date. */
const char *dict_actor_code(const sima_dict *d, uint32_t a, uint32_t ymd);

/* The code of actor `a` in its latest period with sector `sector` ("GOV")
** and, when `country` is not NULL, that country ("RUS"), or NULL: for an
** undated "Russian President Boris Yeltsin", the period he was president. */
const char *dict_actor_code_as(const sima_dict *d, uint32_t a,
                               const char *country, const char *sector);

/* As dict_actor_code, but when no period covers the date, the code of the
** nearest period (for "President X" before or after X's dated codes). */
const char *dict_actor_code_near(const sima_dict *d, uint32_t a, uint32_t ymd);

/* Typo tolerance: the trie node of the one-word actor name that folded
** word w[0..len) misspells, i.e. is one edit away from (an insertion, a
** deletion, a substitution or a swap of two adjacent letters, never of
** the first or the last letter: "Indiana" is no typo of "Indian"), with
** len >= DICT_FUZZY_MIN.  Returns the number
** of such names (0, 1, or 2 meaning "two or more"); *node is set when it
** is 1. */
int dict_fuzzy(const sima_dict *d, const char *w, size_t len, uint32_t *node);

/* 1 if s (3 bytes) is the code of a country actor. */
int dict_is_country(const sima_dict *d, const char *s);
/* 1 when actor codes a and b name one actor as a state: equal, or a
** country code and its government (CHN, CHNGOV and CHNGOV...), the
** shorter a prefix of the other followed by GOV.  Other sectors are
** actors of their own (IRQCVL is not IRQ).  Used by the coder's C-SELF
** and the actor stage's A-COREF-COARG. */
int dict_same_state(const char *a, const char *b);
/* 1 if s (3 bytes) is a known sector ("GOV"). */
int dict_is_sector(const sima_dict *d, const char *s);

static inline const char *dict_str(const sima_dict *d, uint32_t off) {
  return d->str + off;
}

/* "YYYY-MM-DD" -> yyyymmdd, or 0 when s is not a valid date. */
uint32_t dict_date(const char *s, size_t len);

#endif
