/*
** dparser.h — the dense (hidden-layer) scorer for the arc-hybrid parser
** (internal; chosen with SIMA_PARSER=dense or `--parser dense`).
**
** The transition system, move validity and oracles are parser.c's
** (parser_state, parser_apply, parser_valid, parser_costs); only the
** scorer differs.  A move reads DPARSER_NSLOTS input slots (dparser_slots):
** words, XPOS and labels of the stack/buffer positions and their
** outermost children, UPOS of s0-s2/b0-b2, distances, valencies, suffix
** and shape of s0/s1/b0/b1.  Each (slot, value) owns one row of the hidden
** layer, stored as int8 on one scale; a slot's "none" row (position
** absent) is folded into the bias, so absent positions are skipped.  The
** hidden layer is the int16 saturating sum of the present slots' rows and
** the bias, ReLU, clipped to DPARSER_HMAX; then 3 action scores (SHIFT,
** LEFT, RIGHT) and, for an arc, the label scores of that direction (int16
** weights, int32 sums).  All arithmetic is integer, so the AVX2 and
** portable kernels give the same bits.  tools/dtrain.c trains the model (float32) and writes
** models/dparser.bin.
*/
#ifndef SIMA_DPARSER_H
#define SIMA_DPARSER_H

#include "parser.h"

#define DPARSER_MAXH 512
#define DPARSER_NSUF 1024 /* hashed 3-byte suffixes */
#define DPARSER_NSHAPE 32
#define DPARSER_HMAX 8191 /* hidden values are clipped to [0, 8191] */
#define DPARSER_WMAX 1023 /* output weights lie in [-1023, 1023] */

/* Stack/buffer positions a move reads (DP_P*), in slot order. */
enum {
  DP_S0, DP_S1, DP_S2, DP_B0, DP_B1, DP_B2,
  DP_S0L1, DP_S0L2, DP_S0R1, DP_S0R2, DP_S1L1, DP_S1L2, DP_S1R1, DP_S1R2,
  DP_S0L1L1, DP_S0R1R1, DP_S1L1L1, DP_S1R1R1, DP_B0L1, DP_B0L2,
  DP_NPOS
};
#define DP_NCHILD (DP_NPOS - DP_S0L1) /* positions that are children */

/* Slot kinds and the slot table: words and XPOS of all 20 positions, UPOS
** of the first 6, labels of the 14 children, 2 distances, 5 valencies,
** suffix and shape of s0, s1, b0, b1. */
enum { DPK_WORD, DPK_XPOS, DPK_UPOS, DPK_LABEL, DPK_DIST, DPK_VAL, DPK_SUF,
       DPK_SHAPE };
#define DPARSER_NSLOTS (DP_NPOS * 2 + 6 + DP_NCHILD + 2 + 5 + 4 + 4)
/* First slot of each kind: word of position p is slot DPS_WORD + p, XPOS
** DPS_XPOS + p, UPOS (p < 6) DPS_UPOS + p, the label of child position p
** DPS_LABEL + p - DP_S0L1; distances s0-b0 and s1-s0; valencies nl(s0),
** nr(s0), nl(s1), nr(s1), nl(b0); suffix and shape of s0, s1, b0, b1. */
enum {
  DPS_WORD = 0,
  DPS_XPOS = DPS_WORD + DP_NPOS,
  DPS_UPOS = DPS_XPOS + DP_NPOS,
  DPS_LABEL = DPS_UPOS + 6,
  DPS_DIST = DPS_LABEL + DP_NCHILD,
  DPS_VAL = DPS_DIST + 2,
  DPS_SUF = DPS_VAL + 5,
  DPS_SHAPE = DPS_SUF + 4
};
#define DPARSER_NKCLASS 4 /* word slots' vocabulary-size classes */

/* Which rows the slots read: slot s reads row off[s] + value, value <
** nval[s].  Word slot s knows the kmax[kclass(s)] most frequent words. */
typedef struct dparser_layout {
  uint32_t k[DPARSER_NKCLASS]; /* top-K of each word-slot class */
  uint32_t nlabels;
  uint32_t nval[DPARSER_NSLOTS], off[DPARSER_NSLOTS];
  unsigned char kind[DPARSER_NSLOTS];
  uint32_t nrows;
} dparser_layout;

/* What the slots read of a word besides parser_tok: its vocabulary rank
** (UINT32_MAX: unknown), hashed suffix and shape. */
typedef struct dparser_word {
  uint32_t rank;
  uint16_t suf, shape;
} dparser_word;

/* Fills the layout for top-K sizes k[] (each >= 1) and nlabels model
** labels.  Returns 0, or -1 if a size is 0 or the rows exceed 2^28. */
int dparser_layout_init(dparser_layout *lay, const uint32_t k[DPARSER_NKCLASS],
                        uint32_t nlabels);

/* The suffix and shape of a word form (rank left to the caller). */
void dparser_word_shape(dparser_word *w, const char *s, size_t len);
/* parser_tok_init(t, ...) and dparser_word_shape(w, ...) in one pass over
** the folded form (what dparser_parse does for each word). */
void dparser_word_init(parser_tok *t, dparser_word *w, const char *s,
                       size_t len, unsigned upos, unsigned xpos);

/* The row index of each slot (rows[DPARSER_NSLOTS]) for state st, whose
** words 0..n have words[] (words[0], the root, is not read).  Shared by
** inference and tools/dtrain.c. */
void dparser_slots(const dparser_layout *lay, const parser_state *st,
                   const dparser_word *words, uint32_t *rows);

/* The rows of the present slots only: dparser_slots' rows without those
** holding their slot's none value (folded into a model file's bias), in
** the same order; returns how many.  What inference reads. */
size_t dparser_rows(const dparser_layout *lay, const parser_state *st,
                    const dparser_word *words, uint32_t *rows);

/* What the slots read of word x, as slot values (dparser_tab_init): the
** word value of each vocabulary class (its rank capped at that class's K:
** K for an unknown word, K + 2 for the root), XPOS, UPOS, suffix and shape
** values (the root's own values for x = 0).  Built once a sentence, so a
** move's rows are table reads. */
typedef struct dparser_tv {
  uint32_t w[DPARSER_NKCLASS];
  uint16_t xp, up, suf, shape;
} dparser_tv;

/* tv[0..n] for the root and words 1..n (toks and words as dparser_rows
** reads them). */
void dparser_tab_init(const dparser_layout *lay, const parser_tok *toks,
                      const dparser_word *words, uint32_t n, dparser_tv *tv);

/* dparser_rows' rows, in its order, from the sentence's table: what
** inference reads (test_dparser compares the two along random walks). */
size_t dparser_rows_tab(const dparser_layout *lay, const parser_state *st,
                        const dparser_tv *tv, uint32_t *rows);
typedef size_t (*dparser_rows_fn)(const dparser_layout *lay,
                                  const parser_state *st, const dparser_tv *tv,
                                  uint32_t *rows);
/* Its AVX2 version (the same rows; rows must hold DPARSER_NSLOTS entries,
** as for dparser_rows_tab), or NULL without AVX2 or with SIMA_NO_AVX2=1. */
dparser_rows_fn dparser_rows_tab_avx2(void);

typedef void (*dparser_hidden_fn)(const int8_t *rows, const uint32_t *idx,
                                  size_t n, const int16_t *bias, uint32_t H,
                                  int16_t *h);
typedef void (*dparser_dot_fn)(const int16_t *h, const int16_t *w,
                               const int32_t *bias, uint32_t nout, uint32_t H,
                               int32_t *out);

/* h[i] = min(max(a, 0), DPARSER_HMAX) where a starts at bias[i] and adds
** rows[idx[k] * H + i] for k = 0..n-1 in that order, saturating to int16
** at each step.  H is a multiple of 32. */
void dparser_hidden_generic(const int8_t *rows, const uint32_t *idx,
                            size_t n, const int16_t *bias, uint32_t H,
                            int16_t *h);
/* out[o] = bias[o] + sum_i h[i] * w[o * H + i] (wrapping 32-bit). */
void dparser_dot_generic(const int16_t *h, const int16_t *w,
                         const int32_t *bias, uint32_t nout, uint32_t H,
                         int32_t *out);
/* The AVX2 versions, or NULL when the CPU (or SIMA_NO_AVX2=1) rules them
** out; they give the generic versions' bits. */
dparser_hidden_fn dparser_hidden_avx2(void);
dparser_dot_fn dparser_dot_avx2(void);

/* The hidden layer and the 3 action scores of an H = 192 model in one
** call: dparser_hidden_generic's h, and act[o] = ba[o] + sum_i h[i] *
** wa[o * 192 + i] for o < 3 as dparser_dot_generic (ba: 4 entries, read
** as one vector).  AVX2 only (NULL without it); other sizes and CPUs call
** the hidden and dot kernels in turn. */
typedef void (*dparser_hact_fn)(const int8_t *rows, const uint32_t *idx,
                                size_t n, const int16_t *bias,
                                const int16_t *wa, const int32_t *ba,
                                int16_t *h, int32_t *act);
dparser_hact_fn dparser_hact192_avx2(void);

/* Output rows w (nout x H, as dparser_dot_generic reads them) rewritten for
** dparser_pdot: hidden units in pairs, each pair's weights for nout8 =
** nout rounded up to 8 outputs side by side, wt[(k * nout8 + o) * 2 + j]
** = w[o * H + 2k + j] (0 for o >= nout); wt holds H * nout8 entries. */
void dparser_pair_layout(const int16_t *w, uint32_t nout, uint32_t H,
                         int16_t *wt);
typedef void (*dparser_pdot_fn)(const int16_t *h, const int16_t *wt,
                                const int32_t *bias, uint32_t nout8,
                                uint32_t H, int32_t *out);
/* dparser_dot_generic's sums (the same bits: wrapping 32-bit sums do not
** depend on their order) from weights in dparser_pair_layout's order,
** nout8 (a multiple of 8, at most 64) outputs, bias of nout8 entries.
** A pair of hidden units that are both 0 adds nothing and is skipped: after
** the ReLU about 56 % of the pairs are, which is what makes this cheaper
** than dparser_dot for the label heads. */
void dparser_pdot_generic(const int16_t *h, const int16_t *wt,
                          const int32_t *bias, uint32_t nout8, uint32_t H,
                          int32_t *out);
dparser_pdot_fn dparser_pdot_avx2(void);

typedef struct dparser_model {
  model_file file;
  dparser_layout lay;
  uint32_t H, nlabels, root;
  const uint16_t *labels; /* model label -> SIMA_DEP id */
  const int8_t *rows;     /* lay.nrows x H */
  const int16_t *b1;      /* H: the bias with the none rows folded in */
  const int16_t *wa;      /* 3 x H: SHIFT, LEFT, RIGHT */
  const int32_t *ba;
  const int16_t *wl; /* 2 nlabels x H: LEFT's labels, then RIGHT's */
  const int32_t *bl;
  const uint64_t *vkey; /* word hash | 1 (0: empty), vmask + 1 entries */
  const uint32_t *vrank;
  uint32_t vmask;
  uint32_t nonerow[DPARSER_NSLOTS]; /* row of each slot's none value */
  /* built at load: wa padded with a zero row to 4 outputs (pad, padb);
  ** LEFT's and RIGHT's label rows in dparser_pair_layout's order, nl8 =
  ** nlabels rounded up to 8 outputs a direction (wpl: H * nl8 entries a
  ** direction; bpl: nl8 biases a direction, zero-padded) */
  int16_t *pad;
  int32_t *padb;
  int16_t *wpl;
  int32_t *bpl;
  uint32_t nl8;
  dparser_hidden_fn hidden;
  dparser_dot_fn dot;
  dparser_pdot_fn pdot;
  dparser_hact_fn hact; /* when H = 192 and the CPU has AVX2, else NULL */
  dparser_rows_fn rows_fn; /* dparser_rows_tab or its AVX2 version */
  model_argmax_fn first_max; /* the label argmax (model.h) */
} dparser_model;

/* The value of slot s that means "position absent" (its row is folded
** into the bias in a model file). */
uint32_t dparser_none_value(const dparser_layout *lay, uint32_t s);

/* Vocabulary rank of word hash w (parser_tok.w), UINT32_MAX if absent. */
uint32_t dparser_vocab_find(const uint64_t *vkey, const uint32_t *vrank,
                            uint32_t vmask, uint64_t w);

sima_status dparser_load(dparser_model *m, const char *path, sima_error *err);
/* Checks and loads a file image (f stays the caller's). */
sima_status dparser_load_image(dparser_model *m, model_file *f,
                               sima_error *err);
void dparser_free(dparser_model *m);

/* The action scores (3) of state st, with the hidden layer left in h
** (H entries); tv: the sentence's dparser_tab_init table; rows: scratch of
** DPARSER_NSLOTS (the present slots' rows on return). */
void dparser_score(const dparser_model *m, const parser_state *st,
                   const dparser_tv *tv, uint32_t *rows, int16_t *h,
                   int32_t act[3]);

/* The move the model picks in st (a parser.c class): the best valid
** action, then for an arc the best valid label (ties: the lowest id). */
unsigned dparser_choose(const dparser_model *m, const parser_state *st,
                        const dparser_tv *tv);

/* As parser_parse, with the dense model.  Non-zero on OOM. */
int dparser_parse(const dparser_model *m, sima_doc *doc, uint32_t first,
                  uint32_t count, sima_syntax *syn);

#endif
