/*
** trie.h — a token-level trie: the compiled matcher of the actor
** dictionaries (src/dict.c builds it, src/actor.c walks it).
**
** Words are interned to small integer ids; the trie's edges are labelled by
** those ids, so a step costs one hash probe whatever the word's length.
** See the diagram at the top of trie.c.
*/
#ifndef SIMA_TRIE_H
#define SIMA_TRIE_H

#include <stddef.h>
#include <stdint.h>

#define TRIE_NONE UINT32_MAX /* "no such token/node"; also the OOM result */

typedef struct trie trie;

/* A new empty trie (one root node, id 0); NULL when out of memory. */
trie *trie_new(void);
void trie_free(trie *t);

/* Interns the word s[0..len): returns its id (stable for the trie's life),
** or TRIE_NONE when out of memory. */
uint32_t trie_intern(trie *t, const char *s, size_t len);
/* The id of an interned word, or TRIE_NONE if it was never interned. */
uint32_t trie_word(const trie *t, const char *s, size_t len);
/* The word hash (64-bit FNV-1a) a byte at a time, for a caller that
** makes a word byte by byte and looks it up with trie_word_hashed:
** h = TRIE_HASH_INIT, then h = trie_hash_byte(h, c) for each byte c. */
#define TRIE_HASH_INIT UINT64_C(1469598103934665603)
static inline uint64_t trie_hash_byte(uint64_t h, unsigned char c) {
  return (h ^ c) * UINT64_C(1099511628211);
}
/* trie_word(t, s, len) for a caller that has the hash h of s[0..len)
** already (as above). */
uint32_t trie_word_hashed(const trie *t, const char *s, size_t len, uint64_t h);
/* The text of word id (NUL-terminated, owned by the trie). */
const char *trie_word_text(const trie *t, uint32_t id);

/* The child of `node` along word `w`, or TRIE_NONE. */
uint32_t trie_child(const trie *t, uint32_t node, uint32_t w);
/* The child of `node` along `w`, created if absent; TRIE_NONE on OOM. */
uint32_t trie_add_child(trie *t, uint32_t node, uint32_t w);
/* Makes room for `more` further children without a rehash on the way (a
** loader that knows its size: each doubling rehashes and rewrites the
** whole table).  0, or -1 on OOM (the trie is unchanged). */
int trie_reserve(trie *t, uint32_t more);

/* Each node carries one 32-bit value (0 when unset): the dictionary keeps
** there 1 + the index of the node's first sense. */
uint32_t trie_value(const trie *t, uint32_t node);
void trie_set_value(trie *t, uint32_t node, uint32_t v);

uint32_t trie_nnodes(const trie *t);
uint32_t trie_nwords(const trie *t);
/* Bytes of heap the trie holds (for `sima actors --stats` and the bench). */
size_t trie_bytes(const trie *t);

#endif
