/*
** test_arena.c — the per-document arena: alignment, growth, reset, and
** sticky failure under an allocator that fails the Nth call; and the big
** table allocator (arena_big_*): contents kept across growth through the
** 256 KiB and 2 MiB sizes and back down, zeroed calloc, overflow.
*/
#include "arena.h"
#include "harness.h"
#include "sima.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int calls, fail_at;

static void *f_calloc(void *ud, size_t n, size_t size) {
  (void)ud;
  if (++calls == fail_at)
    return NULL;
  return calloc(n, size);
}
static void *f_realloc(void *ud, void *p, size_t size) {
  (void)ud;
  if (++calls == fail_at)
    return NULL;
  return realloc(p, size);
}
static void f_free(void *ud, void *p) {
  (void)ud;
  free(p);
}
static const sima_mem failing = {f_calloc, f_realloc, f_free, NULL};

TEST(alloc_align_zero) {
  sima_arena *a = sima_arena_new(NULL);
  for (int i = 1; i < 5000; i++) {
    unsigned char *p = sima_arena_alloc(a, (size_t)(i % 97) + 1);
    if (!p || ((uintptr_t)p & 15) != 0) {
      FAILF("allocation %d misaligned or NULL", i);
      break;
    }
    for (int k = 0; k < i % 97 + 1; k++)
      if (p[k] != 0) {
        FAILF("allocation %d not zeroed", i);
        break;
      }
    memset(p, 0xAB, (size_t)(i % 97) + 1);
  }
  void *big = sima_arena_alloc(a, 10u << 20);
  OK(big != NULL, "a block larger than the maximum");
  OK(sima_arena_used(a) > (10u << 20), "usage counted");
  sima_arena_reset(a);
  INT_EQ(sima_arena_used(a), 0);
  unsigned char *p = sima_arena_alloc(a, 64);
  OK(p && p[0] == 0 && p[63] == 0, "reset memory is zero again");
  STR_EQ(sima_arena_strndup(a, "abcdef", 3), "abc");
  sima_arena_free(a);
  sima_arena_free(NULL);
}

TEST(fault_injection) {
  /* Fail allocation N for N = 1, 2, ... until a run of 200 allocations
  ** succeeds; every failure must be reported and sticky, never a crash. */
  int n;
  for (n = 1; n < 100; n++) {
    calls = 0;
    fail_at = n;
    sima_arena *a = sima_arena_new(&failing);
    if (!a)
      continue;
    int failed = 0;
    for (int i = 0; i < 200; i++) {
      void *p = sima_arena_alloc(a, 4096);
      if (!p) {
        failed = 1;
        OK(sima_arena_failed(a), "failure is sticky");
        OK(sima_arena_alloc(a, 1) == NULL, "later allocations fail too");
        break;
      }
    }
    sima_arena_free(a);
    if (!failed)
      break;
  }
  OK(n < 100, "a run eventually succeeds");
  fail_at = 0;
}

/* Fills p[0..n) with a pattern of seed; 1 if p[0..n) holds it. */
static void fill(unsigned char *p, size_t n, unsigned seed) {
  for (size_t i = 0; i < n; i++)
    p[i] = (unsigned char)(i * 31 + seed);
}
static int holds(const unsigned char *p, size_t n, unsigned seed) {
  for (size_t i = 0; i < n; i++)
    if (p[i] != (unsigned char)(i * 31 + seed))
      return 0;
  return 1;
}

TEST(big_tables) {
  /* grow from small (malloc) through ARENA_BIG_MIN (a mapping) past 2 MiB,
  ** then shrink: the common prefix survives every step */
  static const size_t sizes[] = {100,         4096,        ARENA_BIG_MIN - 1,
                                 ARENA_BIG_MIN, ARENA_BIG_MIN + 1,
                                 (size_t)3 << 20, (size_t)5 << 20, 1000, 10};
  unsigned char *p = NULL;
  size_t have = 0;
  for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
    unsigned char *q = arena_big_realloc(p, sizes[k]);
    OK(q != NULL, "big realloc");
    if (!q)
      break;
    size_t keep = have < sizes[k] ? have : sizes[k];
    OK(holds(q, keep, 7), "contents kept");
    OK(arena_big_size(q) >= sizes[k], "size covers the request");
    fill(q, sizes[k], 7);
    p = q;
    have = sizes[k];
  }
  arena_big_free(p);
  arena_big_free(NULL);
  /* calloc: zeroed, at both sides of ARENA_BIG_MIN; reused mappings too */
  for (int round = 0; round < 3; round++) {
    size_t n = round == 0 ? 1000 : ARENA_BIG_MIN * (size_t)round + 17;
    unsigned char *z = arena_big_calloc(n, 1);
    OK(z != NULL, "big calloc");
    size_t nonzero = 0;
    for (size_t i = 0; z && i < n; i++)
      nonzero += z[i] != 0;
    INT_EQ(nonzero, 0);
    if (z)
      memset(z, 0xab, n);
    arena_big_free(z);
  }
  OK(arena_big_calloc(SIZE_MAX / 2, 4) == NULL, "calloc overflow");
  OK(arena_big_realloc(NULL, SIZE_MAX - 8) == NULL, "realloc too large");
}

/* One thread's rounds of document-like arenas: each allocation must come
** zeroed (a recycled block holds the last document's bytes) and keep its
** own pattern until the arena is freed while the other thread does the
** same with the shared pool. */
static void *pool_worker(void *arg) {
  uintptr_t bad = 0;
  unsigned char tag = (unsigned char)(uintptr_t)arg;
  for (int round = 0; round < 60 && !bad; round++) {
    sima_arena *a = sima_arena_new(NULL);
    unsigned char *ps[200];
    size_t ns[200];
    for (int i = 0; i < 200; i++) {
      ns[i] = (size_t)(((unsigned)i * 7919u + (unsigned)round * 31u) % 9000u) + 1;
      ps[i] = sima_arena_alloc(a, ns[i]);
      if (!ps[i]) {
        bad = 1;
        break;
      }
      for (size_t k = 0; k < ns[i]; k++)
        if (ps[i][k] != 0)
          bad = 2;
      memset(ps[i], tag ^ i, ns[i]);
    }
    for (int i = 0; i < 200 && !bad; i++)
      for (size_t k = 0; k < ns[i]; k++)
        if (ps[i][k] != (unsigned char)(tag ^ i))
          bad = 3;
    sima_arena_free(a);
  }
  return (void *)bad;
}

TEST(recycled_blocks) {
  sima_arena *a = sima_arena_new(NULL);
  for (int i = 0; i < 100; i++)
    memset(sima_arena_alloc(a, 4000), 0xEE, 4000);
  size_t before = arena_pool_bytes();
  sima_arena_free(a);
#if !defined(__SANITIZE_ADDRESS__)
  OK(arena_pool_bytes() > before, "a freed arena's blocks are kept");
#else
  (void)before;
#endif
  pthread_t t[2];
  void *r[2] = {NULL, NULL};
  int started = 0;
  for (int i = 0; i < 2; i++)
    if (pthread_create(&t[i], NULL, pool_worker, (void *)(uintptr_t)(0x11 * (i + 1))) == 0)
      started++;
  INT_EQ(started, 2);
  for (int i = 0; i < started; i++)
    pthread_join(t[i], &r[i]);
  INT_EQ((long)(uintptr_t)r[0], 0);
  INT_EQ((long)(uintptr_t)r[1], 0);
}

int main(void) {
  RUN(alloc_align_zero);
  RUN(fault_injection);
  RUN(big_tables);
  RUN(recycled_blocks);
  return harness_done();
}
