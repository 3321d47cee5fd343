/*
** trie.c — the token-level trie behind actor matching (see trie.h).
**
** Dictionary phrases are sequences of folded words.  Each distinct word is
** interned once (words[] + a string hash), and the trie is stored as ONE
** hash table of edges keyed by (parent node, word id):
**
**   phrases: "united states" "united nations" "united states navy" "us"
**
**   words:  1 united   2 states   3 nations   4 navy   5 us
**
**            (0,1)        (1,2)         (2,4)
**   root 0 ------> 1 ---------> 2 ----------> 4      value[2] = sense of USA
**        |          \ (1,3)                          value[3] = sense of UN
**        |           `-------> 3                     value[4] = USAMIL
**        `---------------------------> 5 (0,5)       value[5] = sense of USA
**
** Matching a text token is then: fold it, look its id up in the word hash
** (one probe for a word no phrase contains), and follow the edge hash.  The
** two tables use open addressing with linear probing, the word hash at most
** half full and the edge hash at most 5/8 full (its 16-byte slots are the
** trie's largest table: the Phoenix dictionaries' 72,000 edges fit 2 MiB,
** not 4), so both probes are O(1) on average; nothing is ever deleted.
*/
#include "trie.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"

typedef struct edge {
  uint64_t key;   /* (parent << 32) | word; UINT64_MAX marks an empty slot */
  uint32_t child; /* node id */
} edge;

struct trie {
  char *pool; /* word texts, NUL-terminated */
  size_t npool, cappool;
  uint32_t *woff; /* word id -> offset in pool */
  uint32_t nwords, capwords;
  /* word hash: slot -> id + 1 in the low 32 bits (0: empty), the word
  ** hash's high 32 bits in the high ones, compared before the text so
  ** that a probe past another word reads no text */
  uint64_t *whash;
  uint32_t capwhash;
  edge *edges;
  uint32_t nedges, capedges;
  uint32_t *value; /* node id -> value */
  uint32_t nnodes, capnodes;
};

static uint64_t hash_bytes(const char *s, size_t len) {
  uint64_t h = TRIE_HASH_INIT; /* FNV-1a */
  for (size_t i = 0; i < len; i++)
    h = trie_hash_byte(h, (unsigned char)s[i]);
  return h;
}

/* Whether an edge table of cap slots holding n edges is too full. */
#define EDGES_FULL(n, cap) ((uint64_t)(n)*8 > (uint64_t)(cap)*5)

static uint64_t hash_key(uint64_t k) {
  k ^= k >> 33; /* murmur3 finaliser */
  k *= 0xff51afd7ed558ccdu;
  k ^= k >> 33;
  k *= 0xc4ceb9fe1a85ec53u;
  k ^= k >> 33;
  return k;
}

trie *trie_new(void) {
  trie *t = calloc(1, sizeof *t);
  if (!t)
    return NULL;
  t->capwhash = 1024;
  t->whash = arena_big_calloc(t->capwhash, sizeof *t->whash);
  t->capedges = 1024;
  t->edges = arena_big_realloc(NULL, t->capedges * sizeof *t->edges);
  t->capnodes = 512;
  t->value = arena_big_calloc(t->capnodes, sizeof *t->value);
  if (!t->whash || !t->edges || !t->value) {
    trie_free(t);
    return NULL;
  }
  memset(t->edges, 0xff, t->capedges * sizeof *t->edges);
  t->nnodes = 1; /* the root */
  return t;
}

void trie_free(trie *t) {
  if (!t)
    return;
  arena_big_free(t->pool);
  arena_big_free(t->woff);
  arena_big_free(t->whash);
  arena_big_free(t->edges);
  arena_big_free(t->value);
  free(t);
}

/* A word-hash slot holding word id with hash h (see trie.whash). */
static uint64_t whash_entry(uint32_t id, uint64_t h) {
  return (uint64_t)(id + 1) | (h >> 32) << 32;
}

/* The id of word s[0..len) whose hash is h, or TRIE_NONE with *slot the
** empty slot where it would go. */
static uint32_t word_find_h(const trie *t, const char *s, size_t len,
                            uint64_t h, uint32_t *slot) {
  uint32_t mask = t->capwhash - 1;
  uint32_t i = (uint32_t)(h & mask);
  uint32_t tag = (uint32_t)(h >> 32);
  for (;; i = (i + 1) & mask) {
    uint64_t e = t->whash[i];
    uint32_t v = (uint32_t)e;
    if (!v) {
      *slot = i;
      return TRIE_NONE;
    }
    if ((uint32_t)(e >> 32) != tag)
      continue;
    /* strncmp(w, s, len) == 0 && w[len] == '\0', inline (the words are
    ** short and mostly differ at once): strncmp stops at len, at a
    ** difference, or at a NUL in both, which counts as equal */
    const char *w = t->pool + t->woff[v - 1];
    size_t k = 0;
    while (k < len && w[k] == s[k] && w[k] != '\0')
      k++;
    if ((k == len || w[k] == s[k]) && w[len] == '\0')
      return v - 1;
  }
}

static uint32_t word_find(const trie *t, const char *s, size_t len,
                          uint32_t *slot) {
  return word_find_h(t, s, len, hash_bytes(s, len), slot);
}

uint32_t trie_word(const trie *t, const char *s, size_t len) {
  uint32_t slot;
  return word_find(t, s, len, &slot);
}

uint32_t trie_word_hashed(const trie *t, const char *s, size_t len,
                          uint64_t h) {
  uint32_t slot;
  return word_find_h(t, s, len, h, &slot);
}

const char *trie_word_text(const trie *t, uint32_t id) {
  return id < t->nwords ? t->pool + t->woff[id] : "";
}

/* Doubles the word hash; returns 0, or -1 when out of memory. */
static int whash_grow(trie *t) {
  uint32_t ncap = t->capwhash * 2;
  uint64_t *nh = arena_big_calloc(ncap, sizeof *nh);
  if (!nh)
    return -1;
  for (uint32_t id = 0; id < t->nwords; id++) {
    const char *w = t->pool + t->woff[id];
    uint64_t h = hash_bytes(w, strlen(w));
    uint32_t i = (uint32_t)(h & (ncap - 1));
    while (nh[i])
      i = (i + 1) & (ncap - 1);
    nh[i] = whash_entry(id, h);
  }
  arena_big_free(t->whash);
  t->whash = nh;
  t->capwhash = ncap;
  return 0;
}

uint32_t trie_intern(trie *t, const char *s, size_t len) {
  uint32_t slot;
  uint64_t h = hash_bytes(s, len);
  uint32_t id = word_find_h(t, s, len, h, &slot);
  if (id != TRIE_NONE)
    return id;
  if (len > UINT32_MAX / 4 || t->nwords >= UINT32_MAX / 4)
    return TRIE_NONE;
  /* Keep the table at most half full, so probing stays short and always
  ** meets an empty slot. */
  if ((t->nwords + 1) * 2 > t->capwhash) {
    if (whash_grow(t) != 0)
      return TRIE_NONE;
    word_find_h(t, s, len, h, &slot);
  }
  if (t->npool + len + 1 > t->cappool) {
    size_t ncap = t->cappool ? t->cappool * 2 : 4096;
    while (ncap < t->npool + len + 1)
      ncap *= 2;
    char *np = arena_big_realloc(t->pool, ncap);
    if (!np)
      return TRIE_NONE;
    t->pool = np;
    t->cappool = ncap;
  }
  if (t->nwords == t->capwords) {
    uint32_t ncap = t->capwords ? t->capwords * 2 : 256;
    uint32_t *nw = arena_big_realloc(t->woff, ncap * sizeof *nw);
    if (!nw)
      return TRIE_NONE;
    t->woff = nw;
    t->capwords = ncap;
  }
  if (t->npool + len + 1 > UINT32_MAX)
    return TRIE_NONE;
  memcpy(t->pool + t->npool, s, len);
  t->pool[t->npool + len] = '\0';
  id = t->nwords++;
  t->woff[id] = (uint32_t)t->npool;
  t->npool += len + 1;
  t->whash[slot] = whash_entry(id, h);
  return id;
}

static uint32_t edge_find(const trie *t, uint64_t key, uint32_t *slot) {
  uint32_t mask = t->capedges - 1;
  uint32_t i = (uint32_t)(hash_key(key) & mask);
  for (;; i = (i + 1) & mask) {
    if (t->edges[i].key == key)
      return t->edges[i].child;
    if (t->edges[i].key == UINT64_MAX) {
      *slot = i;
      return TRIE_NONE;
    }
  }
}

uint32_t trie_child(const trie *t, uint32_t node, uint32_t w) {
  uint32_t slot;
  if (w == TRIE_NONE)
    return TRIE_NONE;
  return edge_find(t, ((uint64_t)node << 32) | w, &slot);
}

/* Rehashes the edge table into ncap slots (a power of two). */
static int edges_resize(trie *t, uint32_t ncap) {
  edge *ne = arena_big_realloc(NULL, (size_t)ncap * sizeof *ne);
  if (!ne)
    return -1;
  memset(ne, 0xff, (size_t)ncap * sizeof *ne);
  for (uint32_t i = 0; i < t->capedges; i++) {
    if (t->edges[i].key == UINT64_MAX)
      continue;
    uint32_t j = (uint32_t)(hash_key(t->edges[i].key) & (ncap - 1));
    while (ne[j].key != UINT64_MAX)
      j = (j + 1) & (ncap - 1);
    ne[j] = t->edges[i];
  }
  arena_big_free(t->edges);
  t->edges = ne;
  t->capedges = ncap;
  return 0;
}

static int edges_grow(trie *t) { return edges_resize(t, t->capedges * 2); }

int trie_reserve(trie *t, uint32_t more) {
  uint64_t n = (uint64_t)t->nedges + more + 1;
  if (!EDGES_FULL(n, t->capedges))
    return 0;
  if (n > UINT32_MAX / 4)
    return -1;
  uint32_t ncap = t->capedges;
  while (EDGES_FULL(n, ncap))
    ncap *= 2;
  return edges_resize(t, ncap);
}

uint32_t trie_add_child(trie *t, uint32_t node, uint32_t w) {
  uint32_t slot;
  uint64_t key = ((uint64_t)node << 32) | w;
  uint32_t c = edge_find(t, key, &slot);
  if (c != TRIE_NONE)
    return c;
  if (t->nnodes >= UINT32_MAX / 4)
    return TRIE_NONE;
  if (EDGES_FULL(t->nedges + 1, t->capedges)) {
    if (edges_grow(t) != 0)
      return TRIE_NONE;
    edge_find(t, key, &slot);
  }
  if (t->nnodes == t->capnodes) {
    uint32_t ncap = t->capnodes * 2;
    uint32_t *nv = arena_big_realloc(t->value, (size_t)ncap * sizeof *nv);
    if (!nv)
      return TRIE_NONE;
    memset(nv + t->capnodes, 0, (size_t)(ncap - t->capnodes) * sizeof *nv);
    t->value = nv;
    t->capnodes = ncap;
  }
  c = t->nnodes++;
  t->edges[slot].key = key;
  t->edges[slot].child = c;
  t->nedges++;
  return c;
}

uint32_t trie_value(const trie *t, uint32_t node) {
  return node < t->nnodes ? t->value[node] : 0;
}

void trie_set_value(trie *t, uint32_t node, uint32_t v) {
  if (node < t->nnodes)
    t->value[node] = v;
}

uint32_t trie_nnodes(const trie *t) {
  return t->nnodes;
}
uint32_t trie_nwords(const trie *t) {
  return t->nwords;
}

size_t trie_bytes(const trie *t) {
  return sizeof *t + t->cappool + (size_t)t->capwords * 4 +
         (size_t)t->capwhash * 8 + (size_t)t->capedges * sizeof(edge) +
         (size_t)t->capnodes * 4;
}
