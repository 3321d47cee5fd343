/*
** harness.h — the tiny unit-test harness (after cmark's api_test).
**
**   TEST(name) { INT_EQ(1 + 1, 2); STR_EQ(s, "x"); OK(cond, "what"); }
**   int main(void) { RUN(name); return harness_done(); }
**
** Each check prints nothing on success and "FAIL file:line: ..." on
** failure; harness_done prints "N passed, N failed" (counting tests) and
** returns non-zero if any failed.
*/
#ifndef HARNESS_H
#define HARNESS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int h_passed, h_failed, h_cur_failed;
static const char *h_cur;

#define TEST(name) static void name(void)

#define RUN(name)                                                              \
  do {                                                                         \
    h_cur = #name;                                                             \
    h_cur_failed = 0;                                                          \
    name();                                                                    \
    if (h_cur_failed)                                                          \
      h_failed++;                                                              \
    else                                                                       \
      h_passed++;                                                              \
  } while (0)

#define FAILF(...)                                                             \
  do {                                                                         \
    fprintf(stderr, "FAIL %s:%d: %s: ", __FILE__, __LINE__, h_cur);            \
    fprintf(stderr, __VA_ARGS__);                                              \
    fputc('\n', stderr);                                                       \
    h_cur_failed = 1;                                                          \
  } while (0)

#define OK(cond, what)                                                         \
  do {                                                                         \
    if (!(cond))                                                               \
      FAILF("%s (%s)", what, #cond);                                           \
  } while (0)

#define INT_EQ(got, want)                                                      \
  do {                                                                         \
    long long h_g = (long long)(got), h_w = (long long)(want);                 \
    if (h_g != h_w)                                                            \
      FAILF("%s == %lld, want %lld", #got, h_g, h_w);                          \
  } while (0)

#define STR_EQ(got, want)                                                      \
  do {                                                                         \
    const char *h_g = (got), *h_w = (want);                                    \
    if (!h_g || !h_w || strcmp(h_g, h_w) != 0)                                 \
      FAILF("%s == \"%s\", want \"%s\"", #got, h_g ? h_g : "(null)",           \
            h_w ? h_w : "(null)");                                             \
  } while (0)

/* Compares a span of bytes with a C string. */
#define SPAN_EQ(ptr, len, want)                                                \
  do {                                                                         \
    const char *h_w = (want);                                                  \
    size_t h_n = (size_t)(len);                                                \
    if (h_n != strlen(h_w) || memcmp((ptr), h_w, h_n) != 0)                    \
      FAILF("%s == \"%.*s\", want \"%s\"", #ptr, (int)h_n, (const char *)(ptr), \
            h_w);                                                              \
  } while (0)

static inline int harness_done(void) {
  printf("%d passed, %d failed\n", h_passed, h_failed);
  return h_failed != 0;
}

/* A whole file in memory, NUL-terminated (8 spare bytes after it), or
** NULL; *len its size.  The caller frees it. */
static inline char *h_slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *b = n < 0 ? NULL : malloc((size_t)n + 8);
  if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
    free(b);
    b = NULL;
  }
  if (b)
    b[n] = 0; /* a string too */
  fclose(f);
  *len = n < 0 ? 0 : (size_t)n;
  return b;
}

/* The strings of len bytes over the alphabet bytes[0..nb), for tests that
** compare a fast path with its reference on every short string: there
** are h_strings(nb, len) of them, and h_nth_string writes the v-th into
** w (len bytes, then a NUL). */
static inline size_t h_strings(size_t nb, size_t len) {
  size_t total = 1;
  for (size_t k = 0; k < len; k++)
    total *= nb;
  return total;
}
static inline void h_nth_string(const char *bytes, size_t nb, size_t len,
                                size_t v, char *w) {
  for (size_t k = 0; k < len; k++, v /= nb)
    w[k] = bytes[v % nb];
  w[len] = '\0';
}

#endif
