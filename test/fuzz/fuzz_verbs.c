/*
** fuzz_verbs.c — libFuzzer target for the verb-pattern loader (pattern.c)
** and, when the bytes load, the coder (coder.c, mood.c) run with them on a
** document made of the input's own words.
**
** Byte 0 chooses options: bit 0 lenient, bit 1 check codes against
** data/cameo/cameo.txt (when it can be opened), bit 2 allow single-actor
** events.  The rest is the dictionary text.  Whatever the bytes, loading
** fails with a "fuzz.txt:LINE:" message (or out of memory) or succeeds,
** and coding never crashes.
*/
#include "sima.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void nowarn(void *ud, const char *msg) {
  (void)ud;
  (void)msg;
}

static sima_cameo *cameo_once(void) {
  static int tried;
  static sima_cameo *c;
  if (!tried) {
    sima_error err;
    tried = 1;
    c = sima_cameo_load("data/cameo/cameo.txt", &err);
  }
  return c;
}

/* A document whose tokens are the whitespace-separated words of text, each
** headed by the previous one with a relation chosen by its first byte, and
** a mention on every third token. */
static void code_words(const sima_verbs *v, const sima_cameo *c, int single,
                       const char *text, size_t len) {
  static const unsigned rels[] = {
      SIMA_DEP_NSUBJ, SIMA_DEP_OBJ,   SIMA_DEP_OBL,   SIMA_DEP_XCOMP,
      SIMA_DEP_CONJ,  SIMA_DEP_CASE,  SIMA_DEP_AMOD,  SIMA_DEP_NMOD,
      SIMA_DEP_CCOMP, SIMA_DEP_ADVMOD, SIMA_DEP_NSUBJ_PASS, SIMA_DEP_AUX_PASS,
      SIMA_DEP_COMPOUND_PRT, SIMA_DEP_MARK, SIMA_DEP_ADVCL, SIMA_DEP_PARATAXIS};
  sima_doc *doc = sima_doc_new(text, len, "fuzz", "2024-01-01", nowarn, NULL);
  if (!doc)
    return;
  uint32_t n = 0;
  sima_token *tk = sima_arena_alloc(doc->arena, 256 * sizeof *tk);
  sima_syntax *sy = sima_arena_alloc(doc->arena, 256 * sizeof *sy);
  sima_mention *ms = sima_arena_alloc(doc->arena, 100 * sizeof *ms);
  sima_sentence *se = sima_arena_alloc(doc->arena, sizeof *se);
  if (!tk || !sy || !ms || !se) {
    sima_doc_free(doc);
    return;
  }
  size_t i = 0;
  while (i < doc->len && n < 256) {
    while (i < doc->len && (doc->text[i] == ' ' || doc->text[i] == '\n'))
      i++;
    size_t st = i;
    while (i < doc->len && doc->text[i] != ' ' && doc->text[i] != '\n')
      i++;
    if (i == st)
      break;
    tk[n].off = (uint32_t)st;
    tk[n].len = (uint32_t)(i - st);
    tk[n].norm = sima_arena_strndup(doc->arena, doc->text + st, i - st);
    tk[n].nnorm = tk[n].len;
    sy[n].lemma = tk[n].norm;
    sy[n].head = n ? (int32_t)(n - 1) : -1;
    unsigned char b = (unsigned char)doc->text[st];
    sy[n].deprel = (uint16_t)rels[b % 16];
    sy[n].upos = (uint16_t)(b & 1 ? SIMA_UPOS_VERB : SIMA_UPOS_NOUN);
    n++;
  }
  uint32_t nm = 0;
  for (uint32_t k = 0; k < n && nm < 100; k += 3) {
    ms[nm].first = k;
    ms[nm].count = 1;
    ms[nm].start = tk[k].off;
    ms[nm].end = tk[k].off + tk[k].len;
    ms[nm].code = nm & 1 ? "USAGOV" : "CHN";
    ms[nm].country = nm & 1 ? "USA" : "CHN";
    ms[nm].sector = "";
    ms[nm].antecedent = -1;
    nm++;
  }
  se->first = 0;
  se->count = n;
  doc->tokens = tk;
  doc->ntokens = n;
  doc->syn = sy;
  doc->sents = se;
  doc->nsents = 1;
  doc->mentions = ms;
  doc->nmentions = nm;
  sima_code_opts o = {single, 0};
  sima_error err;
  if (sima_code_doc(v, c, &o, doc, &err) == SIMA_OK && doc->nevents) {
    FILE *devnull = fopen("/dev/null", "w");
    if (devnull) {
      sima_event_explain(devnull, doc, &doc->events[0]);
      fclose(devnull);
    }
  }
  sima_doc_free(doc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1 || size > (1u << 16))
    return 0;
  unsigned opt = data[0];
  const char *text = (const char *)data + 1;
  size_t len = size - 1;
  sima_error err = {0};
  const sima_cameo *c = (opt & 2) ? cameo_once() : NULL;
  sima_verbs *v = sima_verbs_load_mem("fuzz.txt", text, len, c, (int)(opt & 1),
                                      nowarn, NULL, &err);
  if (!v) {
    if (err.status == SIMA_ERR_FORMAT && strncmp(err.msg, "fuzz.txt:", 9) != 0 &&
        strncmp(err.msg, "(built-in)", 10) != 0)
      abort();
    return 0;
  }
  sima_verbs_stats st;
  sima_verbs_get_stats(v, &st);
  code_words(v, cameo_once(), (int)(opt & 4), text, len);
  sima_verbs_free(v);
  return 0;
}
