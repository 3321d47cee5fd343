/*
** repair.h — the parse repairs between the parser and the coder (see
** repair.c; the rules are RULE C-REPAIR in docs/rules.md).
*/
#ifndef SIMA_REPAIR_H
#define SIMA_REPAIR_H

#include "sima.h"

/* Bit of repair_sentence's mask set when the repairs broke the tree and
** the sentence got its parser output back. */
#define REPAIR_REVERTED_BIT 63

/* Runs every repair, in order, on sentence [first, first + count) of y, a
** copy of doc->syn (heads index y as they index doc->tokens).  A sentence
** the pipeline did not parse (every relation 0) is left alone.  Returns
** the repairs that changed it (bit i: repair_name(i)), or only
** REPAIR_REVERTED_BIT when the result was no tree and doc->syn's parse of
** the sentence was copied back. */
uint64_t repair_sentence(const sima_doc *doc, sima_syntax *y, uint32_t first,
                         uint32_t count);

/* Is sentence [first, first + count) of y a tree: every head inside the
** sentence or -1, and no cycle? */
int repair_is_tree(const sima_syntax *y, uint32_t first, uint32_t count);

/* The number of repairs, and the name of repair i (or of
** REPAIR_REVERTED_BIT: "reverted"); NULL when out of range. */
unsigned repair_count(void);
const char *repair_name(unsigned i);

#endif
