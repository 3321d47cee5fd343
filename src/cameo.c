/*
** cameo.c — the CAMEO event-code table (data/cameo/cameo.txt): code ->
** short name, Goldstein weight, quad class, PLOVER category and root.
** The coder uses it to fill sima_event; the verb loader to reject unknown
** codes.  Loaded once, immutable, shared by threads.
*/
#include "sima.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct sima_cameo {
  sima_cameo_code *codes;
  size_t ncodes;
  const sima_cameo_code **sorted; /* codes in strcmp order, for lookups */
  char *strings; /* names and PLOVER categories, NUL-separated */
  size_t nstrings;
};

void sima_cameo_free(sima_cameo *c) {
  if (!c)
    return;
  free(c->codes);
  free(c->sorted);
  free(c->strings);
  free(c);
}

static int all_digits(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!isdigit((unsigned char)s[i]))
      return 0;
  return n > 0;
}

static int cmp_code(const void *a, const void *b) {
  const sima_cameo_code *const *x = a, *const *y = b;
  return strcmp((*x)->code, (*y)->code);
}

/* Splits a line into at most 4 fields and the rest (the name). */
static int fields(char *s, char **f, int max, char **rest) {
  int k = 0;
  while (*s && k < max) {
    while (*s == ' ' || *s == '\t')
      s++;
    if (!*s)
      break;
    f[k++] = s;
    while (*s && *s != ' ' && *s != '\t')
      s++;
    if (*s)
      *s++ = 0;
  }
  while (*s == ' ' || *s == '\t')
    s++;
  *rest = s;
  return k;
}

/* Parses the table text; on success c->codes are filled and the strings
** (names, PLOVER) point into c->strings, which is `text` taken over. */
static sima_status parse(sima_cameo *c, const char *path, sima_error *err) {
  char *p = c->strings;
  size_t cap = 0;
  unsigned line = 0;
  while (p && *p) {
    char *nl = strchr(p, '\n');
    if (nl)
      *nl = 0;
    line++;
    char *s = p;
    p = nl ? nl + 1 : NULL;
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
      s[--n] = 0;
    while (*s == ' ' || *s == '\t')
      s++;
    if (!*s || *s == '#')
      continue;
    char *f[4], *name;
    if (fields(s, f, 4, &name) < 4 || !*name)
      return sima_error_set(err, SIMA_ERR_FORMAT,
                            "%s:%u: expected CODE QUAD GOLDSTEIN PLOVER NAME",
                            path, line);
    size_t cl = strlen(f[0]);
    if (cl < 2 || cl > 4 || !all_digits(f[0], cl))
      return sima_error_set(err, SIMA_ERR_FORMAT, "%s:%u: bad code '%s'", path,
                            line, f[0]);
    if (strlen(f[1]) != 1 || f[1][0] < '1' || f[1][0] > '4')
      return sima_error_set(err, SIMA_ERR_FORMAT,
                            "%s:%u: quad class must be 1-4, got '%s'", path,
                            line, f[1]);
    char *end;
    errno = 0;
    double g = strtod(f[2], &end);
    if (*end || errno || g < -10.0 || g > 10.0)
      return sima_error_set(err, SIMA_ERR_FORMAT,
                            "%s:%u: Goldstein weight must be in -10..10, got "
                            "'%s'",
                            path, line, f[2]);
    for (const char *q = f[3]; *q; q++)
      if (!(isupper((unsigned char)*q) || *q == '_' ||
            (*q == '-' && q == f[3] && !q[1])))
        return sima_error_set(err, SIMA_ERR_FORMAT,
                              "%s:%u: bad PLOVER category '%s'", path, line,
                              f[3]);
    for (size_t i = 0; i < c->ncodes; i++)
      if (strcmp(c->codes[i].code, f[0]) == 0)
        return sima_error_set(err, SIMA_ERR_FORMAT,
                              "%s:%u: code %s listed twice", path, line, f[0]);
    if (c->ncodes == cap) {
      cap = cap ? cap * 2 : 512;
      sima_cameo_code *nc = realloc(c->codes, cap * sizeof *nc);
      if (!nc)
        return sima_error_set(err, SIMA_ERR_NOMEM, "%s: out of memory", path);
      c->codes = nc;
    }
    sima_cameo_code *e = &c->codes[c->ncodes++];
    memset(e, 0, sizeof *e);
    memcpy(e->code, f[0], cl + 1);
    e->root = (f[0][0] - '0') * 10 + (f[0][1] - '0');
    if (e->root < 1 || e->root > 20)
      return sima_error_set(err, SIMA_ERR_FORMAT,
                            "%s:%u: root of %s is not 01-20", path, line, f[0]);
    e->quad_class = f[1][0] - '0';
    e->goldstein = g;
    e->plover = strcmp(f[3], "-") == 0 ? NULL : f[3];
    e->name = name;
  }
  if (c->ncodes == 0)
    return sima_error_set(err, SIMA_ERR_FORMAT, "%s: no codes", path);
  c->sorted = malloc(c->ncodes * sizeof *c->sorted);
  if (!c->sorted)
    return sima_error_set(err, SIMA_ERR_NOMEM, "%s: out of memory", path);
  for (size_t i = 0; i < c->ncodes; i++)
    c->sorted[i] = &c->codes[i];
  qsort(c->sorted, c->ncodes, sizeof *c->sorted, cmp_code);
  return SIMA_OK;
}

sima_cameo *sima_cameo_load(const char *path, sima_error *err) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    sima_error_set(err, SIMA_ERR_IO, "%s: %s", path, strerror(errno));
    return NULL;
  }
  sima_cameo *c = calloc(1, sizeof *c);
  size_t cap = 65536, n = 0;
  char *buf = malloc(cap);
  if (!c || !buf)
    goto nomem;
  for (;;) {
    if (n + 1 >= cap) {
      if (cap > (1u << 24)) {
        sima_error_set(err, SIMA_ERR_LIMIT, "%s: larger than 16 MiB", path);
        goto fail;
      }
      char *nb = realloc(buf, cap * 2);
      if (!nb)
        goto nomem;
      buf = nb;
      cap *= 2;
    }
    size_t r = fread(buf + n, 1, cap - n - 1, f);
    if (r == 0)
      break;
    n += r;
  }
  buf[n] = 0;
  if (memchr(buf, 0, n)) {
    sima_error_set(err, SIMA_ERR_FORMAT, "%s: NUL byte in text", path);
    goto fail;
  }
  fclose(f);
  f = NULL;
  c->strings = buf;
  buf = NULL;
  if (parse(c, path, err) != SIMA_OK)
    goto fail;
  return c;
nomem:
  sima_error_set(err, SIMA_ERR_NOMEM, "%s: out of memory", path);
fail:
  if (f)
    fclose(f);
  free(buf);
  sima_cameo_free(c);
  return NULL;
}

const sima_cameo_code *sima_cameo_find(const sima_cameo *c, const char *code) {
  if (!c || !code)
    return NULL;
  /* c->sorted is the entries in strcmp order: binary search */
  size_t lo = 0, hi = c->ncodes;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int r = strcmp(c->sorted[mid]->code, code);
    if (r == 0)
      return c->sorted[mid];
    if (r < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

size_t sima_cameo_count(const sima_cameo *c) {
  return c ? c->ncodes : 0;
}

const sima_cameo_code *sima_cameo_at(const sima_cameo *c, size_t i) {
  return c && i < c->ncodes ? &c->codes[i] : NULL;
}
