/*
** repair.h — the parse repairs between the parser and the coder (see
** repair.c; the rules are RULE C-REPAIR in docs/rules.md).
*/
#ifndef SIMA_REPAIR_H
#define SIMA_REPAIR_H

#include "sima.h"

/* The repairs that changed a sentence: a set of up to 256 bits, bit i
** (word i / 64) for repair i (repair_name(i)).  It outgrew one 64-bit word
** in the eighth session and two in the twentieth; doc->repaired keeps
** REPAIR_SET_WORDS words per sentence. */
#define REPAIR_SET_WORDS 4
typedef struct repair_set {
  uint64_t w[REPAIR_SET_WORDS];
} repair_set;

/* Bit of repair_sentence's set when the repairs broke the tree and the
** sentence got its parser output back. */
#define REPAIR_REVERTED_BIT (64 * REPAIR_SET_WORDS - 1)

static inline int repair_set_has(const repair_set *s, unsigned i) {
  return i < 64 * REPAIR_SET_WORDS && (int)(s->w[i / 64] >> (i % 64) & 1);
}
static inline int repair_set_empty(const repair_set *s) {
  uint64_t any = 0;
  for (unsigned k = 0; k < REPAIR_SET_WORDS; k++)
    any |= s->w[k];
  return !any;
}

/* Runs every repair, in order, on sentence [first, first + count) of y, a
** copy of doc->syn (heads index y as they index doc->tokens).  A sentence
** the pipeline did not parse (every relation 0) is left alone.  Returns
** the repairs that changed it (bit i: repair_name(i)), or only
** REPAIR_REVERTED_BIT when the result was no tree and doc->syn's parse of
** the sentence was copied back. */
repair_set repair_sentence(const sima_doc *doc, sima_syntax *y,
                           uint32_t first, uint32_t count);

/* Tests: 0 when the quick filters of the repairs' word lists (one that
** rejects a word by its first letters before the search) pass every word
** of their lists in lower and upper case, and the gates' relation lists
** (DEPS_NSUBJ...) hold each relation with all its subtypes, else -1. */
int repair_check_filters(void);

/* Tests: 0 when each repair repair_sentence skips in a sentence without
** its word (a bare time word, "than", "up", "whose", "which", ...) changes
** nothing in sentence [first, first + count) of doc->syn when that lacks
** the word (each run alone on a copy), else -1. */
int repair_check_gates(const sima_doc *doc, uint32_t first, uint32_t count);

/* Is sentence [first, first + count) of y a tree: every head inside the
** sentence or -1, and no cycle? */
int repair_is_tree(const sima_syntax *y, uint32_t first, uint32_t count);

/* The number of repairs, and the name of repair i (or of
** REPAIR_REVERTED_BIT: "reverted"); NULL when out of range. */
unsigned repair_count(void);
const char *repair_name(unsigned i);

#endif
