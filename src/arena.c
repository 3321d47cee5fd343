/*
** arena.c — the per-document bump allocator.
**
** A document's tokens, sentences, tags, actor matches and events all come
** from one arena and are released together by sima_doc_free.  Blocks grow
** geometrically (doubling, capped at 4 MiB) so a document of any size costs
** O(log n) underlying allocations; a request larger than a block gets a
** block of its own.  OOM is sticky: once an allocation fails, the arena
** reports failure until it is reset, so callers may check only at the end.
** Also here: arena_big_*, the allocator of large long-lived tables (mapped
** in transparent huge pages; see arena.h).
*/
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Big tables are mapped only where mmap exists and no sanitizer needs to
** see every allocation (ASan checks bounds of malloc'd memory only). */
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define BIG_USE_MALLOC 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define BIG_USE_MALLOC 1
#endif
#if !defined(BIG_USE_MALLOC) && defined(__linux__)
#include <sys/mman.h>
#define BIG_USE_MMAP 1
#endif

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

/* ---- recycled blocks ------------------------------------------------ */

/* Documents come and go by the thousand, each growing its arena through
** the same block sizes (16 KiB doubling to 4 MiB).  Handing every block
** back to malloc made glibc return the pages to the kernel and fault them
** in again for the next document: on InSight Crime one page fault per
** 85 bytes of text, 5-9 % of `sima code`.  So blocks of the standard sizes
** from the default allocator go to a small process-wide pool (at most
** POOL_MAX bytes, shared by all threads under a mutex: a document takes
** a handful of blocks) and are reused as they are, not zeroed.  Builds
** with a sanitizer do not pool, so that a use after free stays visible. */
#if !defined(BIG_USE_MALLOC)
#include <pthread.h>
#define POOL_CLASSES 9 /* ARENA_FIRST << 0 .. 8 = ARENA_MAXBLOCK */
#define POOL_MAX ((size_t)128 << 20)
static struct {
  pthread_mutex_t mu;
  block *head[POOL_CLASSES];
  size_t bytes;
} pool = {PTHREAD_MUTEX_INITIALIZER, {NULL}, 0};

/* The pool class of a block of `size` usable bytes, or -1. */
static int pool_class(const sima_arena *a, size_t size) {
  if (a->mem != sima_mem_default())
    return -1;
  for (int k = 0; k < POOL_CLASSES; k++)
    if (size == ARENA_FIRST << k)
      return k;
  return -1;
}

static block *pool_take(const sima_arena *a, size_t size) {
  int k = pool_class(a, size);
  if (k < 0)
    return NULL;
  pthread_mutex_lock(&pool.mu);
  block *b = pool.head[k];
  if (b) {
    pool.head[k] = b->next;
    pool.bytes -= size;
  }
  pthread_mutex_unlock(&pool.mu);
  return b;
}

/* Keeps b for reuse; returns 0 when the pool does not take it. */
static int pool_give(const sima_arena *a, block *b) {
  int k = pool_class(a, b->size), ok = 0;
  if (k < 0)
    return 0;
  pthread_mutex_lock(&pool.mu);
  if (pool.bytes + b->size <= POOL_MAX) {
    b->next = pool.head[k];
    pool.head[k] = b;
    pool.bytes += b->size;
    ok = 1;
  }
  pthread_mutex_unlock(&pool.mu);
  return ok;
}

size_t arena_pool_bytes(void) {
  pthread_mutex_lock(&pool.mu);
  size_t n = pool.bytes;
  pthread_mutex_unlock(&pool.mu);
  return n;
}
#else
size_t arena_pool_bytes(void) { return 0; }
static block *pool_take(const sima_arena *a, size_t size) {
  (void)a;
  (void)size;
  return NULL;
}
static int pool_give(const sima_arena *a, block *b) {
  (void)a;
  (void)b;
  return 0;
}
#endif

/* Returns a block to the pool or to the allocator. */
static void block_free(sima_arena *a, block *b) {
  if (!pool_give(a, b))
    a->mem->free(a->mem->ud, b);
}

static block *block_new(sima_arena *a, size_t size) {
  block *b = pool_take(a, size);
  if (b) {
    b->next = NULL;
    b->used = 0;
    return b;
  }
  /* Not calloc: zeroing whole blocks cost more than the tokenizer itself.
  ** sima_arena_alloc zeroes what it hands out; arena_alloc_raw does not. */
  b = a->mem->realloc(a->mem->ud, NULL, sizeof(block) + size);
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
    block_free(a, b);
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
    block_free(a, b);
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

/* ---- big tables (arena.h) -------------------------------------------- */

/* Sits just before each big table.  A mapped table starts at a 2 MiB
** boundary and its header lies at the end of the one 4 KiB page mapped
** before it, so a table of 2^k bytes fills whole huge pages. */
typedef struct big_hdr {
  size_t map;  /* bytes mapped for the data (whole huge pages), 0: malloc */
  size_t size; /* bytes requested */
  size_t pad[2];
} big_hdr;

#define BIG_ALIGN ((size_t)2 << 20) /* a huge page on x86-64 and arm64 */
#define BIG_HEAD ((size_t)4096)     /* the page that holds the header */

#ifdef BIG_USE_MMAP
/* Maps `need` bytes rounded up to 2 MiB at a 2 MiB boundary, advised for
** huge pages, with one page before it for the header; returns the header
** (its map set), or NULL. */
static big_hdr *big_map(size_t need) {
  size_t l = (need + BIG_ALIGN - 1) & ~(BIG_ALIGN - 1);
  size_t over = l + BIG_ALIGN; /* room to align, head page included */
  unsigned char *m = mmap(NULL, over, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (m == MAP_FAILED)
    return NULL;
  uintptr_t a =
      ((uintptr_t)m + BIG_HEAD + BIG_ALIGN - 1) & ~(uintptr_t)(BIG_ALIGN - 1);
  unsigned char *data = (unsigned char *)a, *base = data - BIG_HEAD;
  size_t head = (size_t)(base - m), tail = over - head - BIG_HEAD - l;
  if (head)
    munmap(m, head);
  if (tail)
    munmap(data + l, tail);
#ifdef MADV_HUGEPAGE
  madvise(data, l, MADV_HUGEPAGE); /* advice only: THP may be off */
#endif
  big_hdr *h = (big_hdr *)data - 1;
  h->map = l;
  return h;
}
#endif

void *arena_big_realloc(void *p, size_t size) {
  big_hdr *h = p ? (big_hdr *)p - 1 : NULL;
  if (size > SIZE_MAX - BIG_HEAD - BIG_ALIGN * 2)
    return NULL;
#ifdef BIG_USE_MMAP
  if (h && h->map && size <= h->map) {
    h->size = size; /* fits the mapping (which never shrinks) */
    return p;
  }
  if (size >= ARENA_BIG_MIN) {
    big_hdr *nh = big_map(size);
    if (!nh)
      return NULL;
    nh->size = size;
    if (h) {
      memcpy(nh + 1, p, h->size < size ? h->size : size);
      arena_big_free(p);
    }
    return nh + 1;
  }
#endif
  big_hdr *nh = realloc(h, sizeof *nh + size);
  if (!nh)
    return NULL;
  nh->map = 0;
  nh->size = size;
  return nh + 1;
}

void *arena_big_calloc(size_t n, size_t size) {
  if (size && n > SIZE_MAX / size)
    return NULL;
  void *p = arena_big_realloc(NULL, n * size);
  if (p && !(((big_hdr *)p - 1)->map))
    memset(p, 0, n * size); /* a fresh mapping is zero already */
  return p;
}

void arena_big_free(void *p) {
  if (!p)
    return;
  big_hdr *h = (big_hdr *)p - 1;
#ifdef BIG_USE_MMAP
  if (h->map) {
    munmap((unsigned char *)p - BIG_HEAD, BIG_HEAD + h->map);
    return;
  }
#endif
  free(h);
}

size_t arena_big_size(const void *p) {
  if (!p)
    return 0;
  const big_hdr *h = (const big_hdr *)p - 1;
  return h->map ? h->map + BIG_HEAD : h->size;
}
