/*
** test_arena.c — the per-document arena: alignment, growth, reset, and
** sticky failure under an allocator that fails the Nth call.
*/
#include "harness.h"
#include "sima.h"

#include <stdint.h>
#include <stdlib.h>

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

int main(void) {
  RUN(alloc_align_zero);
  RUN(fault_injection);
  return harness_done();
}
