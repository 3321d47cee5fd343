/*
** fuzz_model.c — libFuzzer target for the model loaders: the input is a
** model file image; the first byte picks tagger, lemmatizer or parser
** (byte % 3), or the dense parser (bit 3 set).
** Whatever the bytes, loading must fail cleanly or succeed; on success a
** short sentence is tagged/parsed with the loaded pieces where possible.
*/
#include "dparser.h"
#include "lemma.h"
#include "model.h"
#include "parser.h"
#include "tagger.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1 || size > (1u << 20))
    return 0;
  unsigned which = data[0] % 3;
  int seal = data[0] & 4; /* fix up length + checksum to reach the rest */
  size--;
  data++;
  model_file f;
  memset(&f, 0, sizeof f);
  f.buf = malloc(size ? size : 1);
  if (!f.buf)
    return 0;
  memcpy(f.buf, data, size);
  f.len = size;
  f.name = "fuzz";
  f.kind = 0;
  f.mapped = 0;
  if (seal)
    model_seal(f.buf, f.len);
  sima_error err;
  if (data[-1] & 8) {
    dparser_model m;
    memset(&m, 0, sizeof m);
    if (dparser_load_image(&m, &f, &err) == SIMA_OK) {
      parser_tok toks[3] = {{1, 0, 0}, {2, SIMA_XPOS_NN, SIMA_UPOS_NOUN},
                            {3, SIMA_XPOS_VBD, SIMA_UPOS_VERB}};
      dparser_word words[3];
      memset(words, 0, sizeof words);
      dparser_word_shape(&words[1], "Police", 6);
      dparser_word_shape(&words[2], "left", 4);
      words[1].rank = dparser_vocab_find(m.vkey, m.vrank, m.vmask, 2);
      words[2].rank = 7; /* any rank must be safe */
      dparser_tv tv[3];
      dparser_tab_init(&m.lay, toks, words, 2, tv);
      unsigned char mem[4096];
      parser_state st;
      if (parser_state_size(2) <= sizeof mem) {
        parser_state_init(&st, mem, 2, toks);
        while (!parser_terminal(&st)) {
          if (st.nstack == 1)
            parser_apply(&st, 0);
          else if (st.nstack == 2 && st.b > st.n)
            parser_apply(&st, 2 + 2 * m.root);
          else
            parser_apply(&st, dparser_choose(&m, &st, tv));
        }
      }
    }
    free(m.pad); /* what the loader built (f.buf stays ours) */
    free(m.padb);
  } else if (which == 0) {
    tagger_model m;
    memset(&m, 0, sizeof m);
    if (tagger_load_image(&m, &f, &err) == SIMA_OK) {
      tagger_word ws[3];
      tagger_word_init(&ws[0], "The", 3);
      tagger_word_init(&ws[1], "army", 4);
      tagger_word_init(&ws[2], "left", 4);
      uint64_t feats[TAGGER_MAXFEATS];
      int32_t scores[256] = {0};
      size_t nf = tagger_features(ws, 3, 1, TAGGER_START, TAGGER_START, feats);
      model_linear_score(&m.lm, feats, nf, scores);
      (void)tagger_dict(&m, ws[0].form);
    }
    model_linear_free(&m.lm);
  } else if (which == 1) {
    lemma_model m;
    memset(&m, 0, sizeof m);
    if (lemma_load_image(&m, &f, &err) == SIMA_OK) {
      char out[64];
      lemma_apply(&m, "attacked", 8, SIMA_XPOS_VBD, out, sizeof out);
    }
  } else {
    parser_model m;
    memset(&m, 0, sizeof m);
    if (parser_load_image(&m, &f, &err) == SIMA_OK) {
      parser_tok toks[3] = {{1, 0, 0}, {2, SIMA_XPOS_NN, 0},
                            {3, SIMA_XPOS_VBD, 0}};
      unsigned char mem[4096];
      parser_state st;
      if (parser_state_size(2) <= sizeof mem) {
        parser_state_init(&st, mem, 2, toks);
        uint64_t feats[PARSER_MAXFEATS];
        int32_t scores[256] = {0};
        unsigned char valid[256];
        while (!parser_terminal(&st)) {
          size_t nf = parser_features(&st, feats);
          memset(scores, 0, sizeof scores);
          model_linear_score(&m.lm, feats, nf, scores);
          parser_valid(&st, m.nlabels, m.root, valid);
          unsigned best = 256;
          for (unsigned c = 0; c < m.lm.nclasses; c++)
            if (valid[c] && (best == 256 || scores[c] > scores[best]))
              best = c;
          if (best == 256)
            break;
          parser_apply(&st, best);
        }
      }
    }
    model_linear_free(&m.lm);
  }
  free(f.buf);
  return 0;
}
