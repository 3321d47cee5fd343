/*
** fuzz_tokenize.c — libFuzzer target: normalisation, tokenizer and sentence
** splitter on arbitrary bytes.  The first byte chooses a title split.
** Checks the tiling invariant: spans are ordered, in bounds, non-empty.
*/
#include "sima.h"

#include <stdlib.h>
#include <string.h>

static void quiet(void *ud, const char *msg) {
  (void)ud;
  (void)msg;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > 65536)
    size = 65536;
  const char *p = (const char *)data;
  sima_doc *doc;
  if (size > 1 && (data[0] & 1)) {
    size_t cut = (size_t)data[0] % size;
    doc = sima_doc_new_titled(p + 1, cut ? cut - 1 : 0, p + cut, size - cut,
                              "fuzz", NULL, quiet, NULL);
  } else {
    doc = sima_doc_new(p, size, "fuzz", NULL, quiet, NULL);
  }
  if (!doc)
    return 0;
  sima_error err;
  if (sima_tokenize(doc, &err) == SIMA_OK && sima_split(doc, &err) == SIMA_OK) {
    size_t pos = 0;
    for (uint32_t k = 0; k < doc->ntokens; k++) {
      const sima_token *t = &doc->tokens[k];
      if (t->off < pos || t->len == 0 || t->off + t->len > doc->len ||
          strlen(t->norm) != t->nnorm)
        abort();
      pos = t->off + t->len;
    }
    uint32_t next = 0;
    for (uint32_t s = 0; s < doc->nsents; s++) {
      if (doc->sents[s].first != next || doc->sents[s].count == 0)
        abort();
      next += doc->sents[s].count;
    }
    if (next != doc->ntokens)
      abort();
  }
  sima_doc_free(doc);
  return 0;
}
