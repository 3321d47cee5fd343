/*
** lemma.h — the lemmatizer (internal): an exception lexicon keyed by
** (word, XPOS) and suffix rules keyed by (XPOS, final bytes), both learned
** from UD English EWT by tools/train.c, the lexicon completed by WordNet's
** exception lists.  Runs after the tagger, before the parser.
*/
#ifndef SIMA_LEMMA_H
#define SIMA_LEMMA_H

#include "model.h"

#define LEMMA_MAXSUF 6 /* longest suffix a rule looks at, in bytes */
#define LEMMA_MAXWORD 128

typedef struct lemma_model {
  model_file file;
  const uint64_t *lex_keys; /* open-addressed (0: empty) */
  const uint32_t *lex_vals; /* offset of the lemma in strings */
  uint32_t lex_mask;
  const uint64_t *rule_keys;
  const uint32_t *rule_vals; /* strip | append offset << 8 */
  uint32_t rule_mask;
  const char *strings; /* NUL-terminated strings, ends in NUL */
  size_t nstrings;
  const uint32_t *wn_keys; /* WordNet lemmas: lemma_wn_key fingerprints */
  uint32_t wn_mask;
} lemma_model;

enum { LEMMA_WN_NOUN = 1, LEMMA_WN_VERB = 2, LEMMA_WN_ADJ = 3 };

/* Fingerprint of (lemma, WordNet part of speech); never 0. */
uint32_t lemma_wn_key(const char *w, size_t n, unsigned pos);
/* Whether the WordNet lemma list of the model has (w, pos). */
int lemma_wn_has(const lemma_model *m, const char *w, size_t n, unsigned pos);

uint64_t lemma_lex_key(const char *w, size_t n, unsigned xpos);
uint64_t lemma_rule_key(const char *suffix, size_t k, unsigned xpos);
/* Whether WordNet's lemma lists know word w (n bytes) in the part of
** speech of xpos (a noun for NN/NNS, a verb for VB*, an adjective for
** JJ*), its lemma found as lemma_apply finds it: 1 yes, 0 no, -1 when
** xpos has no WordNet part of speech or the model has no lists. */
int lemma_wn_knows(const lemma_model *m, const char *w, size_t n,
                   unsigned xpos);
/* Whether a tag keeps the word's case (proper nouns, addresses,
** symbols, list markers). */
int lemma_proper(unsigned xpos);

/* Looks up a key in an open-addressed table; returns the slot or -1. */
long lemma_find(const uint64_t *keys, uint32_t mask, uint64_t key);

/* Writes the lemma of word w (n bytes) tagged xpos into out (cap bytes,
** NUL-terminated); returns its length. */
size_t lemma_apply(const lemma_model *m, const char *w, size_t n,
                   unsigned xpos, char *out, size_t cap);

sima_status lemma_load(lemma_model *m, const char *path, sima_error *err);
sima_status lemma_load_image(lemma_model *m, model_file *f, sima_error *err);
void lemma_free(lemma_model *m);

/* A memo of lemma_apply's answers keyed by the word's exact bytes and
** its XPOS (lemma_apply is a function of these and the model): direct-
** mapped, LEMMA_MSLOTS slots of 64 bytes, allocated on first use (if that
** fails, lemmatizing goes on without it).  What one caller keeps between
** lemma_sentence_memo calls: zeroed before first use, used with one model
** only, never by two threads at once. */
#define LEMMA_MSLOTS 4096
#define LEMMA_MTEXT 30 /* longest word, and longest lemma, a slot keeps */
typedef struct lemma_slot {
  uint8_t len;  /* word bytes; 0: empty */
  uint8_t xpos;
  uint8_t llen; /* lemma bytes */
  char text[LEMMA_MTEXT];
  char lemma[LEMMA_MTEXT + 1];
} lemma_slot;
typedef struct lemma_cache {
  lemma_slot *slot; /* NULL: not allocated yet (or out of memory) */
  int failed;       /* allocation failed: do not retry */
} lemma_cache;

/* The memo slot of word w (n bytes) under xpos (for tests). */
uint32_t lemma_memo_slot(const char *w, size_t n, unsigned xpos);

/* Frees what lemma_sentence_memo allocated in c (c stays the caller's). */
void lemma_cache_free(lemma_cache *c);

/* Fills syn[i].lemma (arena strings) for tokens [first, first+count),
** whose xpos is already set.  Returns non-zero when out of memory. */
int lemma_sentence(const lemma_model *m, sima_doc *doc, uint32_t first,
                   uint32_t count, sima_syntax *syn);
/* As lemma_sentence, through memo c (NULL: none); the same lemmas. */
int lemma_sentence_memo(const lemma_model *m, lemma_cache *c, sima_doc *doc,
                        uint32_t first, uint32_t count, sima_syntax *syn);

#endif
