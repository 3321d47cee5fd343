/*
** fuzz_reader.c — libFuzzer target: the streaming reader on arbitrary
** bytes.  The first byte picks the input form (text, --lines, JSONL) and
** the read chunk size, so the same bytes are also fed in small chunks.
*/
#include "sima.h"

#include <stdlib.h>

static void quiet(void *ud, const char *msg) {
  (void)ud;
  (void)msg;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1)
    return 0;
  if (size > 65536)
    size = 65536;
  sima_reader_opts o = {0};
  unsigned mode = data[0] % 3;
  o.input = mode == 2 ? SIMA_INPUT_JSONL : SIMA_INPUT_TEXT;
  o.lines = mode == 1;
  o.chunk = (size_t)(data[0] >> 2) + 1;
  o.max_doc_bytes = 4096;
  o.warn = quiet;
  sima_error err;
  sima_reader *r = sima_reader_new(&o, &err);
  if (!r)
    return 0;
  if (sima_reader_open_mem(r, "fuzz", (const char *)data + 1, size - 1,
                           &err) == SIMA_OK) {
    sima_doc *doc;
    sima_status st;
    int guard = 0;
    while ((st = sima_reader_next(r, &doc, &err)) != SIMA_DONE &&
           guard++ < 100000) {
      if (st != SIMA_OK)
        continue;
      if (sima_tokenize(doc, &err) == SIMA_OK)
        sima_split(doc, &err);
      sima_doc_free(doc);
    }
  }
  sima_reader_free(r);
  return 0;
}
