/*
** status.c — status codes, error messages and the default allocator.
**
** Every module reports failure as a sima_status with detail in a
** sima_error (see sima.h "## Status codes").  This file also holds the
** default sima_mem, so that all allocation can be redirected in tests.
*/
#include "sima.h"

#include <stdarg.h>
#include <stdlib.h>

/* ORDER SIMA_STATUS */
static const char *const status_text[SIMA_NSTATUS] = {
    "ok",
    "done",
    "out of memory",
    "input/output error",
    "malformed input",
    "corrupt file",
    "unsupported version",
    "usage error",
    "not found",
    "event store error",
    "limit exceeded",
};

const char *sima_strerror(sima_status st) {
  if ((unsigned)st >= (unsigned)SIMA_NSTATUS)
    return "unknown status";
  return status_text[st];
}

sima_status sima_error_set(sima_error *err, sima_status st, const char *fmt,
                           ...) {
  if (err) {
    va_list ap;
    err->status = st;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
  }
  return st;
}

static void *def_calloc(void *ud, size_t n, size_t size) {
  (void)ud;
  return calloc(n, size);
}

static void *def_realloc(void *ud, void *p, size_t size) {
  (void)ud;
  return realloc(p, size);
}

static void def_free(void *ud, void *p) {
  (void)ud;
  free(p);
}

static const sima_mem default_mem = {def_calloc, def_realloc, def_free, NULL};

const sima_mem *sima_mem_default(void) { return &default_mem; }

/* ORDER SIMA_MOOD */
static const char *const mood_names[SIMA_NMOOD] = {
    "asserted", "planned", "expected", "possible", "hypothetical", "requested"};

const char *sima_mood_name(sima_mood m) {
  if ((unsigned)m >= (unsigned)SIMA_NMOOD)
    return "asserted";
  return mood_names[m];
}
