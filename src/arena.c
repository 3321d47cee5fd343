/*
** arena.c — the per-document bump allocator.
**
** A document's tokens, sentences, tags, actor matches and events all come
** from one arena and are released together by sima_doc_free.  Blocks grow
** geometrically (doubling, capped at 4 MiB) so a document of any size costs
** O(log n) underlying allocations; a request larger than a block gets a
** block of its own.  OOM is sticky: once an allocation fails, the arena
** reports failure until it is reset, so callers may check only at the end.
*/
#include "arena.h"

#include <string.h>

#define ARENA_FIRST ((size_t)16 * 1024)
#define ARENA_MAXBLOCK ((size_t)4 * 1024 * 1024)
#define ARENA_ALIGN 16

typedef struct block {
  struct block *next;
  size_t size; /* usable bytes after the header */
  size_t used;
  size_t pad; /* keeps the header a multiple of ARENA_ALIGN */
} block;

#define BLOCK_DATA(b) ((unsigned char *)((b) + 1))

struct sima_arena {
  const sima_mem *mem;
  block *head;  /* current block (front of the list) */
  size_t total; /* bytes handed out, for statistics */
  int failed;
};

sima_arena *sima_arena_new(const sima_mem *mem) {
  if (!mem)
    mem = sima_mem_default();
  sima_arena *a = mem->calloc(mem->ud, 1, sizeof *a);
  if (!a)
    return NULL;
  a->mem = mem;
  return a;
}

static block *block_new(sima_arena *a, size_t size) {
  /* Not calloc: zeroing whole blocks cost more than the tokenizer itself.
  ** sima_arena_alloc zeroes what it hands out; arena_alloc_raw does not. */
  block *b = a->mem->realloc(a->mem->ud, NULL, sizeof(block) + size);
  if (!b)
    return NULL;
  b->next = NULL;
  b->size = size;
  b->used = 0;
  return b;
}

void *sima_arena_alloc(sima_arena *a, size_t size) {
  void *p = arena_alloc_raw(a, size);
  if (p)
    memset(p, 0, size);
  return p;
}

void *arena_alloc_raw(sima_arena *a, size_t size) {
  if (!a || a->failed)
    return NULL;
  if (size == 0)
    size = 1;
  size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
  block *b = a->head;
  if (!b || b->size - b->used < size) {
    size_t want = b ? b->size * 2 : ARENA_FIRST;
    if (want > ARENA_MAXBLOCK)
      want = ARENA_MAXBLOCK;
    if (want < size)
      want = size;
    block *nb = block_new(a, want);
    if (!nb) {
      a->failed = 1;
      return NULL;
    }
    if (b && want == size && b->size - b->used >= 256) {
      /* A big one-off request: keep the current block in front so its
      ** free space stays usable. */
      nb->next = b->next;
      b->next = nb;
      nb->used = size;
      a->total += size;
      return BLOCK_DATA(nb);
    }
    nb->next = b;
    a->head = b = nb;
  }
  void *p = BLOCK_DATA(b) + b->used;
  b->used += size;
  a->total += size;
  return p;
}

char *sima_arena_strndup(sima_arena *a, const char *s, size_t len) {
  char *p = arena_alloc_raw(a, len + 1);
  if (p) {
    if (len)
      memcpy(p, s, len);
    p[len] = '\0';
  }
  return p;
}

int sima_arena_failed(const sima_arena *a) { return !a || a->failed; }

size_t sima_arena_used(const sima_arena *a) { return a ? a->total : 0; }

void sima_arena_reset(sima_arena *a) {
  if (!a)
    return;
  block *b = a->head, *last = NULL;
  while (b) {
    block *next = b->next;
    if (!next) {
      last = b;
      break;
    }
    a->mem->free(a->mem->ud, b);
    b = next;
  }
  if (last)
    last->used = 0;
  a->head = last;
  a->total = 0;
  a->failed = 0;
}

void sima_arena_free(sima_arena *a) {
  if (!a)
    return;
  block *b = a->head;
  while (b) {
    block *next = b->next;
    a->mem->free(a->mem->ud, b);
    b = next;
  }
  a->mem->free(a->mem->ud, a);
}

void *arena_grow(sima_arena *a, void *old, size_t old_size, size_t new_size) {
  void *p = arena_alloc_raw(a, new_size);
  if (!p)
    return NULL;
  size_t keep = old && old_size ? (old_size < new_size ? old_size : new_size) : 0;
  if (keep)
    memcpy(p, old, keep);
  memset((char *)p + keep, 0, new_size - keep); /* vectors grow zeroed */
  return p;
}
