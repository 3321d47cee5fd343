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
