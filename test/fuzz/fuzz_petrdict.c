/*
** fuzz_petrdict.c — libFuzzer target for the PETRARCH/TABARI readers
** (src/petrdict.c, src/petrxml.c).
**
** Byte 0 chooses: bits 0-2 the reader (verbs, actors, agents, discards,
** issues, XML records), bit 3 lenient.  The rest is the file.  Whatever
** the bytes, a reader must fail with a "name:line" message (or out of
** memory) or succeed; a translated verb file must then load or fail the
** same way.
*/
#include "sima.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void nowarn(void *ud, const char *msg) {
  (void)ud;
  (void)msg;
}

static void check(sima_status st, const sima_error *err) {
  if (st == SIMA_ERR_FORMAT && strncmp(err->msg, "f:", 2) != 0)
    abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1 || size > (1u << 16))
    return 0;
  unsigned opt = data[0];
  int lenient = (opt >> 3) & 1;
  const char *text = (const char *)data + 1;
  size_t len = size - 1;
  sima_error err = {0};
  switch (opt & 7) {
  case 0: {
    char *out = NULL;
    size_t n = 0;
    sima_status st = sima_petr_verbs_translate("f", text, len, lenient, nowarn,
                                               NULL, &out, &n, NULL, &err);
    check(st, &err);
    if (st == SIMA_OK) {
      if (!out || strlen(out) != n)
        abort();
      sima_verbs *v = sima_verbs_load_mem("t", out, n, NULL, lenient, nowarn,
                                          NULL, &err);
      sima_verbs_free(v);
    }
    free(out);
    break;
  }
  case 1:
  case 2: {
    sima_dict_opts o = {lenient, nowarn, NULL};
    sima_dict *d = sima_dict_new(&o, &err);
    if (!d)
      return 0;
    check(sima_petr_dict_add_mem(d, (opt & 7) == 1 ? SIMA_PETR_ACTORS
                                                   : SIMA_PETR_AGENTS,
                                 "f", text, len, NULL, &err),
          &err);
    sima_dict_free(d);
    break;
  }
  case 3: {
    sima_petr_discards *d = sima_petr_discards_load_mem("f", text, len, &err);
    if (d)
      (void)sima_petr_discards_match(d, text, len);
    sima_petr_discards_free(d);
    break;
  }
  case 4:
    check(sima_petr_issues_check("f", text, len, lenient, nowarn, NULL, NULL,
                                 &err),
          &err);
    break;
  default: {
    sima_petr_records *r = NULL;
    sima_status st = sima_petr_records_read("f", text, len, &r, &err);
    if (st == SIMA_OK) {
      for (size_t i = 0; i < r->n; i++)
        if (!r->recs[i].id || !r->recs[i].text || !r->recs[i].category)
          abort();
    }
    sima_petr_records_free(r);
    break;
  }
  }
  return 0;
}
