/*
** tagger.h — the averaged-perceptron part-of-speech tagger (internal).
**
** Greedy left-to-right tagging of joint (UPOS, XPOS) classes with a sparse
** linear scorer over hashed features: word, lower-cased word, prefixes,
** suffixes, shape, the two previous predicted tags and a +-2 word window.
** Frequent unambiguous words are tagged from a tag dictionary.  The feature
** functions are shared with tools/train.c so training and tagging agree.
*/
#ifndef SIMA_TAGGER_H
#define SIMA_TAGGER_H

#include "lemma.h"
#include "model.h"

#define TAGGER_MAXFEATS 48
#define TAGGER_NPT 8 /* templates that read the previous class (ptab) */

/* Per-token precomputed hashes. */
typedef struct tagger_word {
  uint64_t form, lower, shape;
  uint64_t suf[4], pre[3];
  uint64_t ambx;  /* XPOS ambiguity class (bit set) from the lexicon, 0: unknown */
  uint32_t ambu;  /* UPOS ambiguity class */
  uint32_t flags; /* TAGGER_W_* */
} tagger_word;

enum {
  TAGGER_W_UPPER = 1,  /* first char upper-case */
  TAGGER_W_DIGIT = 2,  /* has a digit */
  TAGGER_W_HYPHEN = 4, /* has a hyphen */
  TAGGER_W_ALLCAP = 8  /* all letters upper-case (and >= 2 letters) */
};

typedef struct tagger_model {
  model_file file;
  model_linear lm;
  const uint16_t *classes; /* 2 * nclasses: upos, xpos */
  const uint64_t *dict_keys; /* open-addressed word hashes (0: empty) */
  const uint16_t *dict_cls;
  uint32_t dict_mask;
  const uint64_t *amb_keys; /* lower-cased word hash | 1 (0: empty) */
  const uint64_t *amb_x;    /* XPOS bit set */
  const uint32_t *amb_u;    /* UPOS bit set */
  uint32_t amb_mask;
  /* Built at load, so that tagging hashes less (the same feature hashes):
  ** ptab[c][k], model_feat of previous class c (row nclasses: TAGGER_START)
  ** under the k-th template that pairs it with something else (or reads
  ** it alone: k = 0); ftab[f][first], template 26's hash of word flags f
  ** and the first-word bit. */
  uint64_t ptab[257][TAGGER_NPT];
  uint64_t ftab[16][2];
} tagger_model;

/* Folds typographic quotes, dashes and ellipses of s to ASCII into buf
** (cap bytes, truncating); returns the folded length. */
size_t tagger_fold(const char *s, size_t len, char *buf, size_t cap);

/* Fills w from the (unfolded) token text. */
void tagger_word_init(tagger_word *w, const char *s, size_t len);

/* Writes the features of token i (previous classes p1, p2; use
** TAGGER_START for none) to out; returns their number. */
#define TAGGER_START 0xffffu
size_t tagger_features(const tagger_word *ws, uint32_t n, uint32_t i,
                       unsigned p1, unsigned p2, uint64_t *out);

/* The features of token i that read only the word itself (context 0)
** or the others (context 1), in tagger_features' order, as tagger_tag
** computes them: with m, the hashes of previous classes and flags come
** from m's tables (the same values as with m NULL: unit tests compare). */
size_t tagger_features_of(const tagger_model *m, const tagger_word *ws,
                          uint32_t n, uint32_t i, unsigned p1, unsigned p2,
                          int context, uint64_t *out);

/* Sets w->ambu/ambx from the model's ambiguity-class lexicon. */
void tagger_amb(const tagger_model *m, tagger_word *w);

/* The tag dictionary class of a word, or -1. */
int tagger_dict(const tagger_model *m, uint64_t lower);

sima_status tagger_load(tagger_model *m, const char *path, sima_error *err);
/* Checks an in-memory image (f->buf stays the caller's). */
sima_status tagger_load_image(tagger_model *m, model_file *f, sima_error *err);
void tagger_free(tagger_model *m);

/* What one caller keeps between tagger_tag calls (zeroed before first
** use, never shared by two threads at once, and used with one tagger and
** one lemmatizer only): the feature lookup memo, a token memo (tagger_tok)
** and a word memo holding, per word form, the summed scores of the
** templates that read only the word itself (12 of the 39 a scored token
** has): a form met again costs one row copy instead of 12 lookups.  All
** three hold exact answers of this model's tables (the token memo keyed
** by the token's bytes), so results are identical with or without them.
** Word memo: two-way set-associative (tagger_word_set), TAGGER_WSLOTS
** slots of lm.npad int32 scores, allocated on first use (if that fails
** the tagger scores without it). */
#define TAGGER_WSLOTS 4096

/* The word memo's set of slots 2 * set and 2 * set + 1 for the form hash
** key form | 1 (for tests). */
uint32_t tagger_word_set(uint64_t key);

/* A token memo slot: what the tagger derives from a token's own bytes
** (its hashes and ambiguity classes, tagger_word_init + tagger_amb) and,
** filled when rule T-WORDNET asks, whether WordNet knows the word under
** each noun, verb and adjective XPOS (lemma_wn_knows).  Keyed by the
** exact bytes, so a hit gives what recomputing would. */
#define TAGGER_TSLOTS 4096
#define TAGGER_TTEXT 26 /* longest token text the memo keeps */
typedef struct tagger_tok {
  tagger_word w;
  uint16_t wn_done; /* tagger_wn_bit bits whose answer is known */
  uint16_t wn_yes;  /* ... and is 1 (else 0) */
  uint8_t len;      /* text bytes; 0: empty slot */
  char text[TAGGER_TTEXT + 1];
} tagger_tok;

/* The token memo's bit for an XPOS lemma_wn_knows can judge (NN, NNS,
** VB*, JJ*: a bit of its own each), 0 for the others. */
unsigned tagger_wn_bit(unsigned xpos);

typedef struct tagger_cache {
  model_cache memo;
  uint64_t *wkey; /* form hash | 1 per slot, 0: empty; NULL: not allocated */
  int32_t *wrow;  /* TAGGER_WSLOTS * npad */
  uint8_t *wmru;  /* per set of two slots: the one used last (0 or 1) */
  uint32_t npad;  /* the row width it was allocated for */
  /* The words of the sentence being tagged, reused from sentence to
  ** sentence (not zeroed: tagger_tag fills each one it reads). */
  tagger_word *ws;
  uint32_t wscap; /* entries ws holds */
  tagger_tok *tok; /* TAGGER_TSLOTS token memo slots, or NULL (not yet
                   ** allocated, or out of memory: no memo) */
  int tok_failed;  /* allocating tok failed: do not retry */
} tagger_cache;

/* Frees what tagger_tag allocated in c (c itself stays the caller's). */
void tagger_cache_free(tagger_cache *c);

/* Tags tokens [first, first+count) of doc into syn[0..count) (upos, xpos).
** cache: the caller's memos for this model (see tagger_cache).  wn: the
** lemmatizer whose WordNet lists check unknown words (rule T-WORDNET), or
** NULL.  Returns non-zero when out of memory. */
int tagger_tag(const tagger_model *m, tagger_cache *cache,
               const lemma_model *wn, sima_doc *doc, uint32_t first,
               uint32_t count, sima_syntax *syn);

/* T-SPACED-DASH: 1 when document token k is a dash with a space (or a tab)
** on each side, which the tagger and the parser read as a comma. */
int tagger_spaced_dash(const sima_doc *doc, uint32_t k);

#endif
