/*
** arena.h — internal helpers on top of the public arena API.
*/
#ifndef SIMA_ARENA_H
#define SIMA_ARENA_H

#include "sima.h"

/* As sima_arena_alloc, but the memory is not zeroed: for buffers the
** caller fills completely (text, token vectors). */
void *arena_alloc_raw(sima_arena *a, size_t size);

/* Allocates new_size bytes (zeroed past the copy) and copies min(old_size, new_size) from old.
** The old memory stays allocated until the arena is freed: use it for
** vectors that double, so the waste is bounded by the final size. */
void *arena_grow(sima_arena *a, void *old, size_t old_size, size_t new_size);

/* Bytes of freed arena blocks kept for reuse by later arenas (arena.c's
** pool; always 0 in sanitizer builds, which do not pool). */
size_t arena_pool_bytes(void);

/* Large tables that live outside any arena (the dictionary's string pool
** and arrays, the trie's hash tables): realloc/free semantics, but a
** table of ARENA_BIG_MIN bytes or more is mapped on its own, 2 MiB-aligned
** and advised for transparent huge pages, so filling it costs a few page
** faults instead of one per 4 KiB (on a virtual machine each fault costs
** ~14 us: a 16 MiB table took 60 ms to first touch, 1.2 ms in huge pages).
** Smaller tables, sanitizer builds and systems without mmap use malloc.
** arena_big_realloc(NULL, n) allocates; the memory is not zeroed, except
** that a fresh mapping reads as zero (callers must not rely on it).
** Returns NULL when out of memory, leaving p valid.  arena_big_free(NULL)
** is a no-op. */
#ifndef ARENA_BIG_MIN
#define ARENA_BIG_MIN ((size_t)256 * 1024)
#endif
void *arena_big_realloc(void *p, size_t size);
/* As arena_big_realloc(NULL, n * size), zeroed; NULL on overflow. */
void *arena_big_calloc(size_t n, size_t size);
void arena_big_free(void *p);
/* The bytes of address space p holds (its mapping, or its requested size
** when it came from malloc): for statistics. */
size_t arena_big_size(const void *p);

/* A typed growable array in an arena: ARENA_PUSH(a, vec, n, cap) makes room
** for one more element and evaluates to 0 on success, -1 when out of
** memory. */
#define ARENA_RESERVE(a, vec, n, cap)                                          \
  ((n) < (cap) ? 0                                                             \
               : ((vec) = arena_grow((a), (vec), (size_t)(cap) * sizeof *(vec), \
                                     (size_t)((cap) ? (cap)*2 : 16) *           \
                                         sizeof *(vec)),                       \
                  (cap) = (cap) ? (cap)*2 : 16, (vec) ? 0 : -1))

#endif
