/*
** fuzz_dict.c — libFuzzer target for the dictionary loader (dict.c) and,
** when the bytes load, the actor recognizer (actor.c) run with them.
**
** Byte 0 chooses options: bit 0 lenient, bit 1 the file is "people.txt"
** (its blocks become people), bit 2 the document has a date.  The rest is
** the dictionary text; its lines also serve as the article, so the
** recognizer meets every phrase the loader accepted.  Whatever the bytes,
** loading must fail with a file:line message or succeed.
*/
#include "sima.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void nowarn(void *ud, const char *msg) {
  (void)ud;
  (void)msg;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1 || size > (1u << 16))
    return 0;
  unsigned opt = data[0];
  const char *text = (const char *)data + 1;
  size_t len = size - 1;
  sima_error err = {0};
  sima_dict_opts o = {(int)(opt & 1), nowarn, NULL};
  sima_dict *d = sima_dict_new(&o, &err);
  if (!d)
    return 0;
  sima_status st = sima_dict_add_mem(d, opt & 2 ? "people.txt" : "fuzz.txt",
                                     text, len, &err);
  if (st != SIMA_OK) {
    /* every failure names the file and line, or is out of memory */
    if (st == SIMA_ERR_FORMAT && strncmp(err.msg, "people.txt:", 11) != 0 &&
        strncmp(err.msg, "fuzz.txt:", 9) != 0)
      abort();
  }
  sima_doc *doc = sima_doc_new(text, len, "fuzz", opt & 4 ? "2020-02-29" : NULL,
                               nowarn, NULL);
  if (doc && sima_tokenize(doc, &err) == SIMA_OK &&
      sima_split(doc, &err) == SIMA_OK &&
      sima_actors_find(d, doc, &err) == SIMA_OK) {
    for (uint32_t i = 0; i < doc->nmentions; i++) {
      const sima_mention *m = &doc->mentions[i];
      if (m->start > m->end || m->end > doc->len ||
          m->first + m->count > doc->ntokens ||
          (m->antecedent >= 0 && (uint32_t)m->antecedent >= doc->nmentions))
        abort();
    }
  }
  sima_doc_free(doc);
  sima_dict_free(d);
  return 0;
}
