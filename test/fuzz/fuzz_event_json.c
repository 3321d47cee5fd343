/*
** fuzz_event_json.c — libFuzzer target: the event-line reader of
** `sima ingest` (sima_event_parse_json) on arbitrary bytes.  A line it
** accepts is written back (sima_event_rec_write_json) and must be read
** again, giving the same line when written once more: the store's
** round-trip promise (docs/store.md) on any input the reader takes.
*/
#include "sima.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The record written as one JSON line, malloc'd (NULL when out of
** memory); *len gets its length. */
static char *written(const sima_event_rec *r, size_t *len) {
  char *buf = NULL;
  FILE *m = open_memstream(&buf, len);
  if (!m)
    return NULL;
  sima_event_rec_write_json(m, r);
  fclose(m);
  return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > 65536)
    return 0;
  sima_arena *a = sima_arena_new(NULL);
  if (!a)
    return 0;
  sima_event_rec r;
  sima_error err;
  if (sima_event_parse_json(a, (const char *)data, size, &r, &err) == SIMA_OK) {
    size_t n1 = 0, n2 = 0;
    char *l1 = written(&r, &n1);
    sima_event_rec r2;
    if (l1 &&
        sima_event_parse_json(a, l1, n1 ? n1 - 1 : 0, &r2, &err) != SIMA_OK) {
      fprintf(stderr, "written line not read back: %s\n%s", err.msg, l1);
      abort();
    }
    char *l2 = l1 ? written(&r2, &n2) : NULL;
    if (l1 && l2 && (n1 != n2 || memcmp(l1, l2, n1) != 0)) {
      fprintf(stderr, "round trip differs:\n%s%s", l1, l2);
      abort();
    }
    free(l1);
    free(l2);
  }
  sima_arena_free(a);
  return 0;
}
