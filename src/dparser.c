/*
** dparser.c — the dense scorer for the arc-hybrid parser (see dparser.h).
**
** A scored move costs DPARSER_NSLOTS row reads of H int8 (the slots'
** precomputed hidden-layer contributions), 3 dot products of H for the
** action and, for an arc, nlabels more for its label: no hashing and no
** per-feature search, which is where the sparse scorer's time goes.
*/
#include "dparser.h"
#include "tagger.h"

#include <stdlib.h>
#include <string.h>

/* ---- slots ---- */

/* Word-slot vocabulary class of each position: 0 for s0, s1, b0, b1; 1
** for s2, b2; 2 for the first children (s0l1, s0r1, s1l1, s1r1, b0l1); 3
** for the rest. */
static const unsigned char pos_kclass[DP_NPOS] = {
    0, 0, 1, 0, 0, 1, 2, 3, 2, 3, 2, 3, 2, 3, 3, 3, 3, 3, 2, 3};

int dparser_layout_init(dparser_layout *lay, const uint32_t k[DPARSER_NKCLASS],
                        uint32_t nlabels) {
  memset(lay, 0, sizeof *lay);
  for (int c = 0; c < DPARSER_NKCLASS; c++) {
    if (k[c] == 0 || k[c] > (1u << 22))
      return -1;
    lay->k[c] = k[c];
  }
  if (nlabels == 0 || nlabels > PARSER_MAXLABELS)
    return -1;
  lay->nlabels = nlabels;
  uint32_t s = 0;
  for (uint32_t p = 0; p < DP_NPOS; p++, s++) {
    lay->kind[s] = DPK_WORD;
    lay->nval[s] = k[pos_kclass[p]] + 3; /* UNK, NONE, ROOT */
  }
  for (uint32_t p = 0; p < DP_NPOS; p++, s++) {
    lay->kind[s] = DPK_XPOS;
    lay->nval[s] = SIMA_NXPOS + 2; /* ROOT, NONE */
  }
  for (uint32_t p = 0; p < 6; p++, s++) {
    lay->kind[s] = DPK_UPOS;
    lay->nval[s] = SIMA_NUPOS + 2;
  }
  for (uint32_t p = 0; p < DP_NCHILD; p++, s++) {
    lay->kind[s] = DPK_LABEL;
    lay->nval[s] = nlabels + 1; /* NONE */
  }
  for (uint32_t p = 0; p < 2; p++, s++) {
    lay->kind[s] = DPK_DIST;
    lay->nval[s] = 9;
  }
  for (uint32_t p = 0; p < 5; p++, s++) {
    lay->kind[s] = DPK_VAL;
    lay->nval[s] = 7;
  }
  for (uint32_t p = 0; p < 4; p++, s++) {
    lay->kind[s] = DPK_SUF;
    lay->nval[s] = DPARSER_NSUF + 2;
  }
  for (uint32_t p = 0; p < 4; p++, s++) {
    lay->kind[s] = DPK_SHAPE;
    lay->nval[s] = DPARSER_NSHAPE + 2;
  }
  uint64_t off = 0;
  for (s = 0; s < DPARSER_NSLOTS; s++) {
    lay->off[s] = (uint32_t)off;
    off += lay->nval[s];
  }
  if (off > (1u << 28))
    return -1;
  lay->nrows = (uint32_t)off;
  return 0;
}

/* Folds s into f (tagger_fold, then ASCII lower case; f holds 64 bytes)
** and sets w's shape and hashed 3-byte suffix from it; returns the folded
** length.  The one pass dparser_word_shape and dparser_word_init share. */
static size_t word_fold_shape(dparser_word *w, const char *s, size_t len,
                              char *f) {
  size_t n = tagger_fold(s, len, f, 64);
  unsigned upper0 = n && f[0] >= 'A' && f[0] <= 'Z';
  unsigned nupper = 0, nalpha = 0, digit = 0, hyph = 0;
  for (size_t i = 0; i < n; i++) {
    char c = f[i];
    if (c >= 'A' && c <= 'Z') {
      nupper++, nalpha++;
      f[i] = (char)(c + 32);
    } else if ((c >= 'a' && c <= 'z') || (unsigned char)c >= 0x80) {
      nalpha++;
    } else if (c >= '0' && c <= '9') {
      digit = 1;
    } else if (c == '-') {
      hyph = 1;
    }
  }
  unsigned allup = nalpha > 1 && nupper == nalpha;
  unsigned noalpha = nalpha == 0;
  w->shape = (uint16_t)(upper0 | allup << 1 | digit << 2 | hyph << 3 |
                        noalpha << 4);
  size_t k = n < 3 ? n : 3;
  w->suf = (uint16_t)(model_mix(model_fnv1a(f + n - k, k) ^ 77) %
                      DPARSER_NSUF);
  return n;
}

void dparser_word_shape(dparser_word *w, const char *s, size_t len) {
  char f[64];
  (void)word_fold_shape(w, s, len, f);
}

void dparser_word_init(parser_tok *t, dparser_word *w, const char *s,
                       size_t len, unsigned upos, unsigned xpos) {
  char f[64];
  size_t n = word_fold_shape(w, s, len, f);
  parser_tok_folded(t, f, n, upos, xpos);
}

static uint32_t dist_of(uint32_t a, uint32_t b) {
  if (a == PARSER_NONE || b == PARSER_NONE)
    return 8;
  uint32_t d = a > b ? a - b : b - a;
  return d <= 4 ? d : d <= 6 ? 5 : d <= 10 ? 6 : 7;
}

/* The positions a move reads (PARSER_NONE: absent). */
static inline void state_positions(const parser_state *st,
                                   uint32_t pos[DP_NPOS]) {
  const uint32_t NONE = PARSER_NONE;
  uint32_t ns = st->nstack, n = st->n;
  pos[DP_S0] = ns >= 1 ? st->stack[ns - 1] : NONE;
  pos[DP_S1] = ns >= 2 ? st->stack[ns - 2] : NONE;
  pos[DP_S2] = ns >= 3 ? st->stack[ns - 3] : NONE;
  pos[DP_B0] = st->b <= n ? st->b : NONE;
  pos[DP_B1] = st->b + 1 <= n ? st->b + 1 : NONE;
  pos[DP_B2] = st->b + 2 <= n ? st->b + 2 : NONE;
#define KID(arr, x) ((x) != NONE && st->arr[x] ? st->arr[x] : NONE)
  pos[DP_S0L1] = KID(l1, pos[DP_S0]);
  pos[DP_S0L2] = KID(l2, pos[DP_S0]);
  pos[DP_S0R1] = KID(r1, pos[DP_S0]);
  pos[DP_S0R2] = KID(r2, pos[DP_S0]);
  pos[DP_S1L1] = KID(l1, pos[DP_S1]);
  pos[DP_S1L2] = KID(l2, pos[DP_S1]);
  pos[DP_S1R1] = KID(r1, pos[DP_S1]);
  pos[DP_S1R2] = KID(r2, pos[DP_S1]);
  pos[DP_S0L1L1] = KID(l1, pos[DP_S0L1]);
  pos[DP_S0R1R1] = KID(r1, pos[DP_S0R1]);
  pos[DP_S1L1L1] = KID(l1, pos[DP_S1L1]);
  pos[DP_S1R1R1] = KID(r1, pos[DP_S1R1]);
  pos[DP_B0L1] = KID(l1, pos[DP_B0]);
  pos[DP_B0L2] = KID(l2, pos[DP_B0]);
#undef KID
}

void dparser_slots(const dparser_layout *lay, const parser_state *st,
                   const dparser_word *words, uint32_t *rows) {
  const uint32_t NONE = PARSER_NONE;
  uint32_t pos[DP_NPOS];
  state_positions(st, pos);
  uint32_t s = 0;
  for (uint32_t p = 0; p < DP_NPOS; p++, s++) {
    uint32_t x = pos[p], k = lay->k[pos_kclass[p]], v;
    if (x == NONE)
      v = k + 1;
    else if (x == 0)
      v = k + 2;
    else
      v = words[x].rank < k ? words[x].rank : k;
    rows[s] = lay->off[s] + v;
  }
  for (uint32_t p = 0; p < DP_NPOS; p++, s++) {
    uint32_t x = pos[p], v;
    if (x == NONE)
      v = SIMA_NXPOS + 1;
    else if (x == 0)
      v = SIMA_NXPOS;
    else
      v = st->toks[x].p < SIMA_NXPOS ? st->toks[x].p : 0;
    rows[s] = lay->off[s] + v;
  }
  for (uint32_t p = 0; p < 6; p++, s++) {
    uint32_t x = pos[p], v;
    if (x == NONE)
      v = SIMA_NUPOS + 1;
    else if (x == 0)
      v = SIMA_NUPOS;
    else
      v = st->toks[x].u < SIMA_NUPOS ? st->toks[x].u : 0;
    rows[s] = lay->off[s] + v;
  }
  for (uint32_t p = DP_S0L1; p < DP_NPOS; p++, s++) {
    uint32_t x = pos[p], v = lay->nlabels;
    if (x != NONE && st->label[x] < lay->nlabels)
      v = st->label[x];
    rows[s] = lay->off[s] + v;
  }
  rows[s] = lay->off[s] + dist_of(pos[DP_S0], pos[DP_B0]);
  s++;
  rows[s] = lay->off[s] + dist_of(pos[DP_S1], pos[DP_S0]);
  s++;
  {
    const uint32_t vx[5] = {pos[DP_S0], pos[DP_S0], pos[DP_S1], pos[DP_S1],
                            pos[DP_B0]};
    for (uint32_t i = 0; i < 5; i++, s++) {
      uint32_t x = vx[i], v = 6;
      if (x != NONE) {
        uint32_t c = (i & 1) ? st->nr[x] : st->nl[x]; /* b0: nl */
        v = c < 5 ? c : 5;
      }
      rows[s] = lay->off[s] + v;
    }
  }
  {
    const uint32_t px[4] = {pos[DP_S0], pos[DP_S1], pos[DP_B0], pos[DP_B1]};
    for (uint32_t i = 0; i < 4; i++, s++) {
      uint32_t x = px[i];
      uint32_t v = x == NONE ? DPARSER_NSUF : x == 0 ? DPARSER_NSUF + 1
                                                      : words[x].suf;
      rows[s] = lay->off[s] + v;
    }
    for (uint32_t i = 0; i < 4; i++, s++) {
      uint32_t x = px[i];
      uint32_t v = x == NONE ? DPARSER_NSHAPE
                   : x == 0  ? DPARSER_NSHAPE + 1
                             : words[x].shape;
      rows[s] = lay->off[s] + v;
    }
  }
}

size_t dparser_rows(const dparser_layout *lay, const parser_state *st,
                    const dparser_word *words, uint32_t *rows) {
  const uint32_t NONE = PARSER_NONE;
  uint32_t pos[DP_NPOS];
  state_positions(st, pos);
  size_t n = 0;
  for (uint32_t p = 0; p < DP_NPOS; p++) {
    uint32_t x = pos[p], k = lay->k[pos_kclass[p]];
    if (x != NONE)
      rows[n++] = lay->off[DPS_WORD + p] +
                  (x == 0 ? k + 2 : words[x].rank < k ? words[x].rank : k);
  }
  for (uint32_t p = 0; p < DP_NPOS; p++) {
    uint32_t x = pos[p];
    if (x != NONE)
      rows[n++] = lay->off[DPS_XPOS + p] +
                  (x == 0 ? SIMA_NXPOS
                          : st->toks[x].p < SIMA_NXPOS ? st->toks[x].p : 0);
  }
  for (uint32_t p = 0; p < 6; p++) {
    uint32_t x = pos[p];
    if (x != NONE)
      rows[n++] = lay->off[DPS_UPOS + p] +
                  (x == 0 ? SIMA_NUPOS
                          : st->toks[x].u < SIMA_NUPOS ? st->toks[x].u : 0);
  }
  for (uint32_t p = DP_S0L1; p < DP_NPOS; p++) {
    uint32_t x = pos[p];
    if (x != NONE && st->label[x] < lay->nlabels)
      rows[n++] = lay->off[DPS_LABEL + p - DP_S0L1] + st->label[x];
  }
  uint32_t d = dist_of(pos[DP_S0], pos[DP_B0]);
  if (d != 8)
    rows[n++] = lay->off[DPS_DIST] + d;
  d = dist_of(pos[DP_S1], pos[DP_S0]);
  if (d != 8)
    rows[n++] = lay->off[DPS_DIST + 1] + d;
  const uint32_t vx[5] = {pos[DP_S0], pos[DP_S0], pos[DP_S1], pos[DP_S1],
                          pos[DP_B0]};
  for (uint32_t i = 0; i < 5; i++) {
    uint32_t x = vx[i];
    if (x != NONE) {
      uint32_t c = (i & 1) ? st->nr[x] : st->nl[x];
      rows[n++] = lay->off[DPS_VAL + i] + (c < 5 ? c : 5);
    }
  }
  const uint32_t px[4] = {pos[DP_S0], pos[DP_S1], pos[DP_B0], pos[DP_B1]};
  for (uint32_t i = 0; i < 4; i++)
    if (px[i] != NONE)
      rows[n++] = lay->off[DPS_SUF + i] +
                  (px[i] == 0 ? DPARSER_NSUF + 1 : words[px[i]].suf);
  for (uint32_t i = 0; i < 4; i++)
    if (px[i] != NONE)
      rows[n++] = lay->off[DPS_SHAPE + i] +
                  (px[i] == 0 ? DPARSER_NSHAPE + 1 : words[px[i]].shape);
  return n;
}

void dparser_tab_init(const dparser_layout *lay, const parser_tok *toks,
                      const dparser_word *words, uint32_t n, dparser_tv *tv) {
  for (uint32_t c = 0; c < DPARSER_NKCLASS; c++)
    tv[0].w[c] = lay->k[c] + 2;
  tv[0].xp = SIMA_NXPOS;
  tv[0].up = SIMA_NUPOS;
  tv[0].suf = DPARSER_NSUF + 1;
  tv[0].shape = DPARSER_NSHAPE + 1;
  for (uint32_t x = 1; x <= n; x++) {
    for (uint32_t c = 0; c < DPARSER_NKCLASS; c++)
      tv[x].w[c] = words[x].rank < lay->k[c] ? words[x].rank : lay->k[c];
    tv[x].xp = (uint16_t)(toks[x].p < SIMA_NXPOS ? toks[x].p : 0);
    tv[x].up = (uint16_t)(toks[x].u < SIMA_NUPOS ? toks[x].u : 0);
    tv[x].suf = words[x].suf;
    tv[x].shape = words[x].shape;
  }
}

/* The rows of the distance slots (s0-b0, s1-s0; kept unless "none", 8)
** and the valency slots (nl/nr of s0 and s1, nl of b0, capped at 5; kept
** when the position is there), appended at rows + n without a branch per
** slot; returns the new n.  Shared by dparser_rows_tab and its AVX2
** version. */
static inline size_t rows_dist_val(const dparser_layout *lay,
                                   const parser_state *st,
                                   const uint32_t *pos, uint32_t *rows,
                                   size_t n) {
  const uint32_t *off = lay->off;
  uint32_t d = dist_of(pos[DP_S0], pos[DP_B0]);
  rows[n] = off[DPS_DIST] + d;
  n += d != 8;
  d = dist_of(pos[DP_S1], pos[DP_S0]);
  rows[n] = off[DPS_DIST + 1] + d;
  n += d != 8;
  static const unsigned char vp[5] = {DP_S0, DP_S0, DP_S1, DP_S1, DP_B0};
#pragma GCC unroll 5
  for (uint32_t i = 0; i < 5; i++) {
    uint32_t m = 0u - (uint32_t)(pos[vp[i]] != PARSER_NONE);
    uint32_t x = pos[vp[i]] & m;
    uint32_t c = (i & 1) ? st->nr[x] : st->nl[x];
    rows[n] = off[DPS_VAL + i] + (c < 5 ? c : 5);
    n += m & 1;
  }
  return n;
}

/* dparser_rows_tab's rows from the labels on (child labels, distances,
** valencies, suffixes, shapes), appended at rows + n; returns the new n. */
static inline size_t rows_tail(const dparser_layout *lay,
                               const parser_state *st, const dparser_tv *tv,
                               const uint32_t *pos, uint32_t *rows, size_t n) {
  const uint32_t NONE = PARSER_NONE;
  const uint32_t *off = lay->off;
#pragma GCC unroll 14
  for (uint32_t p = DP_S0L1; p < DP_NPOS; p++) {
    uint32_t m = 0u - (uint32_t)(pos[p] != NONE);
    uint32_t l = st->label[pos[p] & m];
    rows[n] = off[DPS_LABEL + p - DP_S0L1] + l;
    n += m & (l < lay->nlabels);
  }
  n = rows_dist_val(lay, st, pos, rows, n);
  static const unsigned char fp[4] = {DP_S0, DP_S1, DP_B0, DP_B1};
#pragma GCC unroll 4
  for (uint32_t i = 0; i < 4; i++) {
    uint32_t m = 0u - (uint32_t)(pos[fp[i]] != NONE);
    rows[n] = off[DPS_SUF + i] + tv[pos[fp[i]] & m].suf;
    n += m & 1;
  }
#pragma GCC unroll 4
  for (uint32_t i = 0; i < 4; i++) {
    uint32_t m = 0u - (uint32_t)(pos[fp[i]] != NONE);
    rows[n] = off[DPS_SHAPE + i] + tv[pos[fp[i]] & m].shape;
    n += m & 1;
  }
  return n;
}

size_t dparser_rows_tab(const dparser_layout *lay, const parser_state *st,
                        const dparser_tv *tv, uint32_t *rows) {
  const uint32_t NONE = PARSER_NONE;
  uint32_t pos[DP_NPOS], xs[DP_NPOS], pr[DP_NPOS];
  state_positions(st, pos);
  /* no branch per slot: an absent position reads word 0's entries (the
  ** root's, always there) and its row is written but not kept (n does not
  ** advance) */
#pragma GCC unroll 20
  for (uint32_t p = 0; p < DP_NPOS; p++) {
    uint32_t m = 0u - (uint32_t)(pos[p] != NONE);
    xs[p] = pos[p] & m;
    pr[p] = m & 1;
  }
  const uint32_t *off = lay->off;
  size_t n = 0;
#pragma GCC unroll 20
  for (uint32_t p = 0; p < DP_NPOS; p++) {
    rows[n] = off[DPS_WORD + p] + tv[xs[p]].w[pos_kclass[p]];
    n += pr[p];
  }
#pragma GCC unroll 20
  for (uint32_t p = 0; p < DP_NPOS; p++) {
    rows[n] = off[DPS_XPOS + p] + tv[xs[p]].xp;
    n += pr[p];
  }
#pragma GCC unroll 6
  for (uint32_t p = 0; p < 6; p++) {
    rows[n] = off[DPS_UPOS + p] + tv[xs[p]].up;
    n += pr[p];
  }
  return rows_tail(lay, st, tv, pos, rows, n);
}

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
/* pack_lut[b]: the indices of b's set bits, lowest first, one byte each
** (then zeros): the lane order that moves the kept lanes of 8 to the front. */
static const uint64_t pack_lut[256] = {
    0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000001ULL, 0x0000000000000100ULL,
    0x0000000000000002ULL, 0x0000000000000200ULL, 0x0000000000000201ULL, 0x0000000000020100ULL,
    0x0000000000000003ULL, 0x0000000000000300ULL, 0x0000000000000301ULL, 0x0000000000030100ULL,
    0x0000000000000302ULL, 0x0000000000030200ULL, 0x0000000000030201ULL, 0x0000000003020100ULL,
    0x0000000000000004ULL, 0x0000000000000400ULL, 0x0000000000000401ULL, 0x0000000000040100ULL,
    0x0000000000000402ULL, 0x0000000000040200ULL, 0x0000000000040201ULL, 0x0000000004020100ULL,
    0x0000000000000403ULL, 0x0000000000040300ULL, 0x0000000000040301ULL, 0x0000000004030100ULL,
    0x0000000000040302ULL, 0x0000000004030200ULL, 0x0000000004030201ULL, 0x0000000403020100ULL,
    0x0000000000000005ULL, 0x0000000000000500ULL, 0x0000000000000501ULL, 0x0000000000050100ULL,
    0x0000000000000502ULL, 0x0000000000050200ULL, 0x0000000000050201ULL, 0x0000000005020100ULL,
    0x0000000000000503ULL, 0x0000000000050300ULL, 0x0000000000050301ULL, 0x0000000005030100ULL,
    0x0000000000050302ULL, 0x0000000005030200ULL, 0x0000000005030201ULL, 0x0000000503020100ULL,
    0x0000000000000504ULL, 0x0000000000050400ULL, 0x0000000000050401ULL, 0x0000000005040100ULL,
    0x0000000000050402ULL, 0x0000000005040200ULL, 0x0000000005040201ULL, 0x0000000504020100ULL,
    0x0000000000050403ULL, 0x0000000005040300ULL, 0x0000000005040301ULL, 0x0000000504030100ULL,
    0x0000000005040302ULL, 0x0000000504030200ULL, 0x0000000504030201ULL, 0x0000050403020100ULL,
    0x0000000000000006ULL, 0x0000000000000600ULL, 0x0000000000000601ULL, 0x0000000000060100ULL,
    0x0000000000000602ULL, 0x0000000000060200ULL, 0x0000000000060201ULL, 0x0000000006020100ULL,
    0x0000000000000603ULL, 0x0000000000060300ULL, 0x0000000000060301ULL, 0x0000000006030100ULL,
    0x0000000000060302ULL, 0x0000000006030200ULL, 0x0000000006030201ULL, 0x0000000603020100ULL,
    0x0000000000000604ULL, 0x0000000000060400ULL, 0x0000000000060401ULL, 0x0000000006040100ULL,
    0x0000000000060402ULL, 0x0000000006040200ULL, 0x0000000006040201ULL, 0x0000000604020100ULL,
    0x0000000000060403ULL, 0x0000000006040300ULL, 0x0000000006040301ULL, 0x0000000604030100ULL,
    0x0000000006040302ULL, 0x0000000604030200ULL, 0x0000000604030201ULL, 0x0000060403020100ULL,
    0x0000000000000605ULL, 0x0000000000060500ULL, 0x0000000000060501ULL, 0x0000000006050100ULL,
    0x0000000000060502ULL, 0x0000000006050200ULL, 0x0000000006050201ULL, 0x0000000605020100ULL,
    0x0000000000060503ULL, 0x0000000006050300ULL, 0x0000000006050301ULL, 0x0000000605030100ULL,
    0x0000000006050302ULL, 0x0000000605030200ULL, 0x0000000605030201ULL, 0x0000060503020100ULL,
    0x0000000000060504ULL, 0x0000000006050400ULL, 0x0000000006050401ULL, 0x0000000605040100ULL,
    0x0000000006050402ULL, 0x0000000605040200ULL, 0x0000000605040201ULL, 0x0000060504020100ULL,
    0x0000000006050403ULL, 0x0000000605040300ULL, 0x0000000605040301ULL, 0x0000060504030100ULL,
    0x0000000605040302ULL, 0x0000060504030200ULL, 0x0000060504030201ULL, 0x0006050403020100ULL,
    0x0000000000000007ULL, 0x0000000000000700ULL, 0x0000000000000701ULL, 0x0000000000070100ULL,
    0x0000000000000702ULL, 0x0000000000070200ULL, 0x0000000000070201ULL, 0x0000000007020100ULL,
    0x0000000000000703ULL, 0x0000000000070300ULL, 0x0000000000070301ULL, 0x0000000007030100ULL,
    0x0000000000070302ULL, 0x0000000007030200ULL, 0x0000000007030201ULL, 0x0000000703020100ULL,
    0x0000000000000704ULL, 0x0000000000070400ULL, 0x0000000000070401ULL, 0x0000000007040100ULL,
    0x0000000000070402ULL, 0x0000000007040200ULL, 0x0000000007040201ULL, 0x0000000704020100ULL,
    0x0000000000070403ULL, 0x0000000007040300ULL, 0x0000000007040301ULL, 0x0000000704030100ULL,
    0x0000000007040302ULL, 0x0000000704030200ULL, 0x0000000704030201ULL, 0x0000070403020100ULL,
    0x0000000000000705ULL, 0x0000000000070500ULL, 0x0000000000070501ULL, 0x0000000007050100ULL,
    0x0000000000070502ULL, 0x0000000007050200ULL, 0x0000000007050201ULL, 0x0000000705020100ULL,
    0x0000000000070503ULL, 0x0000000007050300ULL, 0x0000000007050301ULL, 0x0000000705030100ULL,
    0x0000000007050302ULL, 0x0000000705030200ULL, 0x0000000705030201ULL, 0x0000070503020100ULL,
    0x0000000000070504ULL, 0x0000000007050400ULL, 0x0000000007050401ULL, 0x0000000705040100ULL,
    0x0000000007050402ULL, 0x0000000705040200ULL, 0x0000000705040201ULL, 0x0000070504020100ULL,
    0x0000000007050403ULL, 0x0000000705040300ULL, 0x0000000705040301ULL, 0x0000070504030100ULL,
    0x0000000705040302ULL, 0x0000070504030200ULL, 0x0000070504030201ULL, 0x0007050403020100ULL,
    0x0000000000000706ULL, 0x0000000000070600ULL, 0x0000000000070601ULL, 0x0000000007060100ULL,
    0x0000000000070602ULL, 0x0000000007060200ULL, 0x0000000007060201ULL, 0x0000000706020100ULL,
    0x0000000000070603ULL, 0x0000000007060300ULL, 0x0000000007060301ULL, 0x0000000706030100ULL,
    0x0000000007060302ULL, 0x0000000706030200ULL, 0x0000000706030201ULL, 0x0000070603020100ULL,
    0x0000000000070604ULL, 0x0000000007060400ULL, 0x0000000007060401ULL, 0x0000000706040100ULL,
    0x0000000007060402ULL, 0x0000000706040200ULL, 0x0000000706040201ULL, 0x0000070604020100ULL,
    0x0000000007060403ULL, 0x0000000706040300ULL, 0x0000000706040301ULL, 0x0000070604030100ULL,
    0x0000000706040302ULL, 0x0000070604030200ULL, 0x0000070604030201ULL, 0x0007060403020100ULL,
    0x0000000000070605ULL, 0x0000000007060500ULL, 0x0000000007060501ULL, 0x0000000706050100ULL,
    0x0000000007060502ULL, 0x0000000706050200ULL, 0x0000000706050201ULL, 0x0000070605020100ULL,
    0x0000000007060503ULL, 0x0000000706050300ULL, 0x0000000706050301ULL, 0x0000070605030100ULL,
    0x0000000706050302ULL, 0x0000070605030200ULL, 0x0000070605030201ULL, 0x0007060503020100ULL,
    0x0000000007060504ULL, 0x0000000706050400ULL, 0x0000000706050401ULL, 0x0000070605040100ULL,
    0x0000000706050402ULL, 0x0000070605040200ULL, 0x0000070605040201ULL, 0x0007060504020100ULL,
    0x0000000706050403ULL, 0x0000070605040300ULL, 0x0000070605040301ULL, 0x0007060504030100ULL,
    0x0000070605040302ULL, 0x0007060504030200ULL, 0x0007060504030201ULL, 0x0706050403020100ULL,
};

/* The kept lanes (bits) of v, in order, stored at p (8 lanes written). */
__attribute__((target("avx2"))) static inline void
pack_store(uint32_t *p, __m256i v, unsigned bits) {
  __m256i perm = _mm256_cvtepu8_epi32(
      _mm_loadl_epi64((const __m128i *)(const void *)&pack_lut[bits]));
  _mm256_storeu_si256((__m256i *)(void *)p,
                      _mm256_permutevar8x32_epi32(v, perm));
}

/* dparser_rows_tab with the word, XPOS and UPOS slots (46 of them) 8 at a
** time: the positions' table entries gathered, offsets added, the present
** lanes packed to the front in order and stored 8 lanes at a time (rows
** holds DPARSER_NSLOTS, so the lanes written past the kept ones stay
** inside it and are overwritten next). */
__attribute__((target("avx2"))) static size_t
rows_tab_avx2(const dparser_layout *lay, const parser_state *st,
              const dparser_tv *tv, uint32_t *rows) {
  /* the word-value class of each position, padded to 24 lanes */
  static const int32_t kc24[24] = {0, 0, 1, 0, 0, 1, 2, 3, 2, 3, 2, 3,
                                   2, 3, 3, 3, 3, 3, 2, 3, 0, 0, 0, 0};
  uint32_t pos[24];
  state_positions(st, pos);
  pos[20] = pos[21] = pos[22] = pos[23] = PARSER_NONE;
  const int *base = (const int *)(const void *)tv; /* 6 ints an entry */
  const int32_t *off = (const int32_t *)(const void *)lay->off;
  const __m256i none = _mm256_set1_epi32(-1);
  const __m256i low16 = _mm256_set1_epi32(0xffff);
  __m256i xv[3], x6[3], gx[3];
  unsigned bits[3];
  size_t n = 0;
  for (int g = 0; g < 3; g++) {
    __m256i p = _mm256_loadu_si256((const __m256i *)(const void *)(pos + 8 * g));
    __m256i m = _mm256_cmpeq_epi32(p, none);
    bits[g] = ~(unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(m)) & 0xffu;
    __m256i x = _mm256_andnot_si256(m, p); /* absent: 0, the root */
    xv[g] = x;
    x6[g] = _mm256_add_epi32(_mm256_slli_epi32(x, 2), _mm256_slli_epi32(x, 1));
    __m256i w = _mm256_i32gather_epi32(
        base,
        _mm256_add_epi32(x6[g], _mm256_loadu_si256(
                                    (const __m256i *)(const void *)(kc24 + 8 * g))),
        4);
    w = _mm256_add_epi32(w, _mm256_loadu_si256(
                                (const __m256i *)(const void *)(off + DPS_WORD + 8 * g)));
    pack_store(rows + n, w, bits[g]);
    n += (size_t)__builtin_popcount(bits[g]);
  }
  const __m256i four = _mm256_set1_epi32(4);
  for (int g = 0; g < 3; g++) {
    gx[g] = _mm256_i32gather_epi32(base, _mm256_add_epi32(x6[g], four), 4);
    __m256i v = _mm256_add_epi32(
        _mm256_and_si256(gx[g], low16),
        _mm256_loadu_si256((const __m256i *)(const void *)(off + DPS_XPOS + 8 * g)));
    pack_store(rows + n, v, bits[g]);
    n += (size_t)__builtin_popcount(bits[g]);
  }
  __m256i u = _mm256_add_epi32(
      _mm256_srli_epi32(gx[0], 16),
      _mm256_loadu_si256((const __m256i *)(const void *)(off + DPS_UPOS)));
  pack_store(rows + n, u, bits[0] & 0x3fu);
  n += (size_t)__builtin_popcount(bits[0] & 0x3fu);
  /* the labels of the 14 child positions (lanes 6-7, 8-15, 16-19), kept
  ** when the child is there and its label one of the model's; label[]
  ** has n + 2 entries, so the 32-bit read at any word 0..n stays inside */
  const int *lab = (const int *)(const void *)st->label;
  const __m256i nlab = _mm256_set1_epi32((int)lay->nlabels);
  static const unsigned lanes[3] = {0xc0u, 0xffu, 0x0fu};
  for (int g = 0; g < 3; g++) {
    __m256i l = _mm256_and_si256(_mm256_i32gather_epi32(lab, xv[g], 2), low16);
    unsigned ok = (unsigned)_mm256_movemask_ps(
        _mm256_castsi256_ps(_mm256_cmpgt_epi32(nlab, l)));
    unsigned keep = bits[g] & lanes[g] & ok;
    __m256i v = _mm256_add_epi32(
        l, _mm256_loadu_si256((const __m256i *)(const void *)(off + DPS_LABEL - 6 + 8 * g)));
    pack_store(rows + n, v, keep);
    n += (size_t)__builtin_popcount(keep);
  }
  n = rows_dist_val(lay, st, pos, rows, n);
  /* suffixes then shapes of s0, s1, b0, b1 (lanes 0, 1, 3, 4 of the first
  ** group): one vector, suffixes in lanes 0-3 and shapes in 4-7, as the
  ** slots follow each other */
  {
    const __m256i sel = _mm256_setr_epi32(0, 1, 3, 4, 0, 1, 3, 4);
    __m256i ss = _mm256_permutevar8x32_epi32(
        _mm256_i32gather_epi32(base, _mm256_add_epi32(x6[0], _mm256_set1_epi32(5)), 4),
        sel);
    __m256i v = _mm256_blend_epi32(_mm256_and_si256(ss, low16),
                                   _mm256_srli_epi32(ss, 16), 0xf0);
    v = _mm256_add_epi32(v, _mm256_loadu_si256(
                                (const __m256i *)(const void *)(off + DPS_SUF)));
    unsigned b4 = (bits[0] & 3u) | (bits[0] >> 1 & 0xcu);
    unsigned keep = b4 | b4 << 4;
    pack_store(rows + n, v, keep);
    n += (size_t)__builtin_popcount(keep);
  }
  return n;
}
#endif

dparser_rows_fn dparser_rows_tab_avx2(void) {
#if defined(__x86_64__) && defined(__GNUC__)
  if (!getenv("SIMA_NO_AVX2") && __builtin_cpu_supports("avx2"))
    return rows_tab_avx2;
#endif
  return NULL;
}

uint32_t dparser_none_value(const dparser_layout *lay, uint32_t s) {
  switch (lay->kind[s]) {
  case DPK_WORD:
    return lay->nval[s] - 2;
  case DPK_SUF:
  case DPK_SHAPE:
    return lay->nval[s] - 2;
  default: /* XPOS, UPOS, labels, distances, valencies: the last value */
    return lay->nval[s] - 1;
  }
}

/* ---- kernels ---- */

void dparser_hidden_generic(const int8_t *rows, const uint32_t *idx,
                            size_t n, const int16_t *bias, uint32_t H,
                            int16_t *h) {
  int32_t acc[DPARSER_MAXH];
  for (uint32_t i = 0; i < H; i++)
    acc[i] = bias[i];
  for (size_t k = 0; k < n; k++) {
    const int8_t *r = rows + (size_t)idx[k] * H;
    for (uint32_t i = 0; i < H; i++) {
      int32_t v = acc[i] + r[i];
      acc[i] = v > INT16_MAX ? INT16_MAX : v < INT16_MIN ? INT16_MIN : v;
    }
  }
  for (uint32_t i = 0; i < H; i++) {
    int32_t v = acc[i] > 0 ? acc[i] : 0;
    h[i] = (int16_t)(v < DPARSER_HMAX ? v : DPARSER_HMAX);
  }
}

void dparser_dot_generic(const int16_t *h, const int16_t *w,
                         const int32_t *bias, uint32_t nout, uint32_t H,
                         int32_t *out) {
  for (uint32_t o = 0; o < nout; o++) {
    const int16_t *r = w + (size_t)o * H;
    uint32_t acc = (uint32_t)bias[o];
    for (uint32_t i = 0; i < H; i++)
      acc += (uint32_t)((int32_t)h[i] * (int32_t)r[i]);
    out[o] = (int32_t)acc;
  }
}

void dparser_pair_layout(const int16_t *w, uint32_t nout, uint32_t H,
                         int16_t *wt) {
  uint32_t nout8 = (nout + 7) & ~7u;
  for (uint32_t k = 0; k < H / 2; k++)
    for (uint32_t o = 0; o < nout8; o++)
      for (uint32_t j = 0; j < 2; j++)
        wt[((size_t)k * nout8 + o) * 2 + j] =
            o < nout ? w[(size_t)o * H + 2 * k + j] : 0;
}

void dparser_pdot_generic(const int16_t *h, const int16_t *wt,
                          const int32_t *bias, uint32_t nout8, uint32_t H,
                          int32_t *out) {
  uint32_t acc[64];
  for (uint32_t o = 0; o < nout8; o++)
    acc[o] = (uint32_t)bias[o];
  for (uint32_t k = 0; k < H / 2; k++) {
    int32_t h0 = h[2 * k], h1 = h[2 * k + 1];
    if (!h0 && !h1)
      continue;
    const int16_t *r = wt + (size_t)k * nout8 * 2;
    for (uint32_t o = 0; o < nout8; o++)
      acc[o] += (uint32_t)(h0 * r[2 * o]) + (uint32_t)(h1 * r[2 * o + 1]);
  }
  for (uint32_t o = 0; o < nout8; o++)
    out[o] = (int32_t)acc[o];
}

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define AVX2 __attribute__((target("avx2")))

/* int16 accumulators in registers while the present slots' rows stream
** through, one sign-extending load and one saturating add per 16 units and
** slot: 192 units a pass (hidden192_avx2), then 64, then 32 for the rest.
** Each unit adds its rows in the given order, as the generic version. */
#define LD8(p) _mm256_cvtepi8_epi16(_mm_loadu_si128((const __m128i *)(const void *)(p)))
#define LD16(p) _mm256_loadu_si256((const __m256i *)(const void *)(p))
#define ACC12(OP)                                                              \
  OP(0) OP(1) OP(2) OP(3) OP(4) OP(5) OP(6) OP(7) OP(8) OP(9) OP(10) OP(11)
/* Hidden units c..c+191 in one pass (all of the shipped recipe's H = 192):
** 12 accumulators, so a row costs its index, 12 loads and 12 adds and no
** other bookkeeping. */
typedef struct row192 {
  int8_t v[192];
} row192; /* the memory an asm statement reads */
/* With wa (3 x 192 action weights, ba their 4 padded biases), also the
** action scores act[0..3) from the hidden values still in registers: the
** H = 192 model's whole score but the labels (dparser_hact192_avx2). */
AVX2 static inline __attribute__((always_inline)) void
hidden192_avx2(const int8_t *rows, const uint32_t *idx, size_t n, uint32_t H,
               uint32_t c, const int16_t *bias, int16_t *h,
               const int16_t *wa, const int32_t *ba, int32_t *act) {
  rows += c, bias += c, h += c;
  /* the rows' three lines each, asked for at once so that their cache
  ** misses overlap (the sums below then wait on none of them in turn) */
  for (size_t k = 0; k < n; k++) {
    const int8_t *r = rows + (size_t)idx[k] * H;
    __builtin_prefetch(r);
    __builtin_prefetch(r + 64);
    __builtin_prefetch(r + 128);
  }
#define DECL(j) __m256i a##j = LD16(bias + 16 * (j));
  ACC12(DECL)
#undef DECL
  /* GCC 12 keeps the 12 sums in registers only when told so: with the
  ** intrinsics it spills and copies them every row, so the row's 12
  ** sign-extending loads and saturating adds are written out */
  for (size_t k = 0; k < n; k++) {
    const int8_t *r = rows + (size_t)idx[k] * H;
    __m256i t;
#define ROWADD(j)                                                              \
  "vpmovsxbw " #j "*16(%[r]), %[t]\n\tvpaddsw %[t], %[a" #j "], %[a" #j "]\n\t"
    __asm__(ROWADD(0) ROWADD(1) ROWADD(2) ROWADD(3) ROWADD(4) ROWADD(5)
                ROWADD(6) ROWADD(7) ROWADD(8) ROWADD(9) ROWADD(10) ROWADD(11)
            : [a0] "+x"(a0), [a1] "+x"(a1), [a2] "+x"(a2), [a3] "+x"(a3),
              [a4] "+x"(a4), [a5] "+x"(a5), [a6] "+x"(a6), [a7] "+x"(a7),
              [a8] "+x"(a8), [a9] "+x"(a9), [a10] "+x"(a10), [a11] "+x"(a11),
              [t] "=&x"(t)
            : [r] "r"(r), "m"(*(const row192 *)(const void *)r));
#undef ROWADD
  }
  const __m256i zero = _mm256_setzero_si256();
  const __m256i hmax = _mm256_set1_epi16(DPARSER_HMAX);
#define OUT(j)                                                                 \
  a##j = _mm256_min_epi16(_mm256_max_epi16(a##j, zero), hmax);                 \
  _mm256_storeu_si256((__m256i *)(void *)(h + 16 * (j)), a##j);
  ACC12(OUT)
#undef OUT
  if (wa) {
    __m256i s0 = zero, s1 = zero, s2 = zero;
#define DOT(j)                                                                 \
  s0 = _mm256_add_epi32(s0, _mm256_madd_epi16(a##j, LD16(wa + 16 * (j))));     \
  s1 = _mm256_add_epi32(s1,                                                    \
                        _mm256_madd_epi16(a##j, LD16(wa + 192 + 16 * (j))));   \
  s2 = _mm256_add_epi32(s2,                                                    \
                        _mm256_madd_epi16(a##j, LD16(wa + 384 + 16 * (j))));
    ACC12(DOT)
#undef DOT
    __m256i t = _mm256_hadd_epi32(_mm256_hadd_epi32(s0, s1),
                                  _mm256_hadd_epi32(s2, zero));
    __m128i sum = _mm_add_epi32(_mm256_castsi256_si128(t),
                                _mm256_extracti128_si256(t, 1));
    sum = _mm_add_epi32(sum,
                        _mm_loadu_si128((const __m128i *)(const void *)ba));
    int32_t sc[4];
    _mm_storeu_si128((__m128i *)(void *)sc, sum);
    memcpy(act, sc, 3 * sizeof *act);
  }
}
#undef ACC12

/* dparser_hact_fn for H = 192 (dparser.h). */
AVX2 static void hact192_avx2(const int8_t *rows, const uint32_t *idx,
                              size_t n, const int16_t *bias, const int16_t *wa,
                              const int32_t *ba, int16_t *h, int32_t *act) {
  hidden192_avx2(rows, idx, n, 192, 0, bias, h, wa, ba, act);
}

AVX2 static void hidden_avx2(const int8_t *rows, const uint32_t *idx, size_t n,
                             const int16_t *bias, uint32_t H, int16_t *h) {
  uint32_t c = 0;
  for (; c + 192 <= H; c += 192)
    hidden192_avx2(rows, idx, n, H, c, bias, h, NULL, NULL, NULL);
  const __m256i zero = _mm256_setzero_si256();
  const __m256i hmax = _mm256_set1_epi16(DPARSER_HMAX);
  for (; c + 64 <= H; c += 64) {
    __m256i a0 = LD16(bias + c), a1 = LD16(bias + c + 16);
    __m256i a2 = LD16(bias + c + 32), a3 = LD16(bias + c + 48);
    for (size_t k = 0; k < n; k++) {
      const int8_t *r = rows + (size_t)idx[k] * H + c;
      a0 = _mm256_adds_epi16(a0, LD8(r));
      a1 = _mm256_adds_epi16(a1, LD8(r + 16));
      a2 = _mm256_adds_epi16(a2, LD8(r + 32));
      a3 = _mm256_adds_epi16(a3, LD8(r + 48));
    }
    _mm256_storeu_si256((__m256i *)(void *)(h + c),
                        _mm256_min_epi16(_mm256_max_epi16(a0, zero), hmax));
    _mm256_storeu_si256((__m256i *)(void *)(h + c + 16),
                        _mm256_min_epi16(_mm256_max_epi16(a1, zero), hmax));
    _mm256_storeu_si256((__m256i *)(void *)(h + c + 32),
                        _mm256_min_epi16(_mm256_max_epi16(a2, zero), hmax));
    _mm256_storeu_si256((__m256i *)(void *)(h + c + 48),
                        _mm256_min_epi16(_mm256_max_epi16(a3, zero), hmax));
  }
  for (; c < H; c += 32) {
    __m256i a0 = LD16(bias + c), a1 = LD16(bias + c + 16);
    for (size_t k = 0; k < n; k++) {
      const int8_t *r = rows + (size_t)idx[k] * H + c;
      a0 = _mm256_adds_epi16(a0, LD8(r));
      a1 = _mm256_adds_epi16(a1, LD8(r + 16));
    }
    _mm256_storeu_si256((__m256i *)(void *)(h + c),
                        _mm256_min_epi16(_mm256_max_epi16(a0, zero), hmax));
    _mm256_storeu_si256((__m256i *)(void *)(h + c + 16),
                        _mm256_min_epi16(_mm256_max_epi16(a1, zero), hmax));
  }
}
#undef LD8
#undef LD16

AVX2 static inline int32_t hsum8(__m256i v) {
  __m128i s = _mm_add_epi32(_mm256_castsi256_si128(v),
                            _mm256_extracti128_si256(v, 1));
  s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0x4e));
  s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0xb1));
  return _mm_cvtsi128_si32(s);
}

/* Four outputs a pass, sharing the loads of h; their sums are folded
** with horizontal adds (32-bit wrapping, as the generic version). */
AVX2 static void dot_avx2(const int16_t *h, const int16_t *w,
                          const int32_t *bias, uint32_t nout, uint32_t H,
                          int32_t *out) {
  uint32_t o = 0;
  for (; o + 4 <= nout; o += 4) {
    const int16_t *r0 = w + (size_t)o * H, *r1 = r0 + H, *r2 = r1 + H,
                  *r3 = r2 + H;
    __m256i a0 = _mm256_setzero_si256(), a1 = _mm256_setzero_si256();
    __m256i a2 = _mm256_setzero_si256(), a3 = _mm256_setzero_si256();
    for (uint32_t i = 0; i < H; i += 16) {
      __m256i hv = _mm256_loadu_si256((const __m256i *)(const void *)(h + i));
      a0 = _mm256_add_epi32(
          a0, _mm256_madd_epi16(hv, _mm256_loadu_si256(
                                        (const __m256i *)(const void *)(r0 + i))));
      a1 = _mm256_add_epi32(
          a1, _mm256_madd_epi16(hv, _mm256_loadu_si256(
                                        (const __m256i *)(const void *)(r1 + i))));
      a2 = _mm256_add_epi32(
          a2, _mm256_madd_epi16(hv, _mm256_loadu_si256(
                                        (const __m256i *)(const void *)(r2 + i))));
      a3 = _mm256_add_epi32(
          a3, _mm256_madd_epi16(hv, _mm256_loadu_si256(
                                        (const __m256i *)(const void *)(r3 + i))));
    }
    __m256i t = _mm256_hadd_epi32(_mm256_hadd_epi32(a0, a1),
                                  _mm256_hadd_epi32(a2, a3));
    __m128i sum = _mm_add_epi32(_mm256_castsi256_si128(t),
                                _mm256_extracti128_si256(t, 1));
    sum = _mm_add_epi32(sum,
                        _mm_loadu_si128((const __m128i *)(const void *)(bias + o)));
    _mm_storeu_si128((__m128i *)(void *)(out + o), sum);
  }
  for (; o < nout; o++) {
    const int16_t *r = w + (size_t)o * H;
    __m256i a0 = _mm256_setzero_si256();
    for (uint32_t i = 0; i < H; i += 16)
      a0 = _mm256_add_epi32(
          a0, _mm256_madd_epi16(
                  _mm256_loadu_si256((const __m256i *)(const void *)(h + i)),
                  _mm256_loadu_si256((const __m256i *)(const void *)(r + i))));
    out[o] = (int32_t)((uint32_t)bias[o] + (uint32_t)hsum8(a0));
  }
}
/* The pair dot for ng groups of 8 outputs (a constant once inlined, so
** the ng accumulators stay in registers): for each 32 pairs of h, a mask
** of the pairs that are not both zero, and each of its bits broadcasts its
** pair and multiplies it by the pair's ng x 8 weight pairs (the bit loop
** mispredicts about once a mask, not once a pair). */
AVX2 static inline __attribute__((always_inline)) void
pdot_groups(const int16_t *h, const int16_t *wt, const int32_t *bias,
            uint32_t H, int32_t *out, const uint32_t ng) {
  const __m256i zero = _mm256_setzero_si256();
  __m256i acc[8];
#pragma GCC unroll 8
  for (uint32_t g = 0; g < ng; g++)
    acc[g] = _mm256_loadu_si256((const __m256i *)(const void *)(bias + 8 * g));
  for (uint32_t c = 0; c < H; c += 64) {
    uint32_t z = 0;
    for (uint32_t q = 0; q < 4 && c + 16 * q < H; q++) {
      __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(h + c + 16 * q));
      z |= (uint32_t)_mm256_movemask_ps(
               _mm256_castsi256_ps(_mm256_cmpeq_epi32(v, zero)))
           << (8 * q);
    }
    uint32_t nz = ~z;
    if (H - c < 64)
      nz &= (1u << ((H - c) / 2)) - 1;
    const int32_t *hp = (const int32_t *)(const void *)(h + c);
    const int16_t *wc = wt + (size_t)c * ng * 8;
    while (nz) {
      uint32_t k = (uint32_t)__builtin_ctz(nz);
      nz &= nz - 1;
      int32_t pair;
      memcpy(&pair, hp + k, sizeof pair);
      __m256i hb = _mm256_set1_epi32(pair);
      const int16_t *r = wc + (size_t)k * ng * 16;
#pragma GCC unroll 8
      for (uint32_t g = 0; g < ng; g++)
        acc[g] = _mm256_add_epi32(
            acc[g], _mm256_madd_epi16(hb, _mm256_loadu_si256(
                                              (const __m256i *)(const void *)(r + 16 * g))));
    }
  }
#pragma GCC unroll 8
  for (uint32_t g = 0; g < ng; g++)
    _mm256_storeu_si256((__m256i *)(void *)(out + 8 * g), acc[g]);
}

/* dparser_pdot_generic's sums: pdot_groups compiled for each group count. */
AVX2 static void pdot_avx2(const int16_t *h, const int16_t *wt,
                           const int32_t *bias, uint32_t nout8, uint32_t H,
                           int32_t *out) {
  switch (nout8 / 8) {
  case 1: pdot_groups(h, wt, bias, H, out, 1); break;
  case 2: pdot_groups(h, wt, bias, H, out, 2); break;
  case 3: pdot_groups(h, wt, bias, H, out, 3); break;
  case 4: pdot_groups(h, wt, bias, H, out, 4); break;
  case 5: pdot_groups(h, wt, bias, H, out, 5); break;
  case 6: pdot_groups(h, wt, bias, H, out, 6); break;
  case 7: pdot_groups(h, wt, bias, H, out, 7); break;
  default: pdot_groups(h, wt, bias, H, out, 8); break;
  }
}
#undef AVX2
#endif

dparser_pdot_fn dparser_pdot_avx2(void) {
#if defined(__x86_64__) && defined(__GNUC__)
  if (!getenv("SIMA_NO_AVX2") && __builtin_cpu_supports("avx2"))
    return pdot_avx2;
#endif
  return NULL;
}

dparser_hact_fn dparser_hact192_avx2(void) {
#if defined(__x86_64__) && defined(__GNUC__)
  if (!getenv("SIMA_NO_AVX2") && __builtin_cpu_supports("avx2"))
    return hact192_avx2;
#endif
  return NULL;
}

dparser_hidden_fn dparser_hidden_avx2(void) {
#if defined(__x86_64__) && defined(__GNUC__)
  if (!getenv("SIMA_NO_AVX2") && __builtin_cpu_supports("avx2"))
    return hidden_avx2;
#endif
  return NULL;
}

dparser_dot_fn dparser_dot_avx2(void) {
#if defined(__x86_64__) && defined(__GNUC__)
  if (!getenv("SIMA_NO_AVX2") && __builtin_cpu_supports("avx2"))
    return dot_avx2;
#endif
  return NULL;
}

/* ---- model file ---- */

uint32_t dparser_vocab_find(const uint64_t *vkey, const uint32_t *vrank,
                            uint32_t vmask, uint64_t w) {
  uint64_t key = w | 1;
  uint32_t i = (uint32_t)(w >> 40) & vmask;
  for (uint32_t probes = 0; probes <= vmask; probes++) {
    if (vkey[i] == key)
      return vrank[i];
    if (vkey[i] == 0)
      return UINT32_MAX;
    i = (i + 1) & vmask;
  }
  return UINT32_MAX;
}

#define DPHDR_WORDS 10 /* H nslots nrows nlabels scheme k0 k1 k2 k3 vsize */
#define DPARSER_SCHEME 2 /* int8 rows on one scale, none rows folded */

/* Section `tag` with exactly `want` elements of `elem` bytes. */
static sima_status dsection(const model_file *f, const char *tag, size_t elem,
                            size_t want, const void **p, sima_error *err) {
  size_t n;
  sima_status st = model_section(f, MODEL_TAG(tag[0], tag[1], tag[2], tag[3]),
                                 elem, p, &n, err);
  if (st)
    return st;
  if (n != want)
    return sima_error_set(err, SIMA_ERR_CORRUPT,
                          "%s: section %s holds %zu entries, expected %zu",
                          f->name, tag, n, want);
  return SIMA_OK;
}

sima_status dparser_load_image(dparser_model *m, model_file *f,
                               sima_error *err) {
  sima_status st;
  const void *p;
  if ((st = model_check(f, MODEL_KIND_DPARSER, err)))
    return st;
  if ((st = dsection(f, "DPHD", 4, DPHDR_WORDS, &p, err)))
    return st;
  const uint32_t *hd = p;
  uint32_t H = hd[0], nslots = hd[1], nrows = hd[2], nl = hd[3];
  uint32_t vsize = hd[9];
  if (H == 0 || H % 32 || H > DPARSER_MAXH || nslots != DPARSER_NSLOTS ||
      hd[4] != DPARSER_SCHEME || vsize == 0 || (vsize & (vsize - 1)) ||
      vsize > (1u << 24))
    return sima_error_set(err, SIMA_ERR_CORRUPT,
                          "%s: bad dense parser header", f->name);
  if (nl < 2) /* root and at least one other relation */
    return sima_error_set(err, SIMA_ERR_CORRUPT, "%s: %u relations",
                          f->name, nl);
  if (dparser_layout_init(&m->lay, hd + 5, nl) || m->lay.nrows != nrows)
    return sima_error_set(err, SIMA_ERR_CORRUPT,
                          "%s: slot sizes do not match %u rows", f->name,
                          nrows);
  m->H = H;
  m->nlabels = nl;
  m->vmask = vsize - 1;
  if ((st = dsection(f, "DPRW", 1, (size_t)nrows * H, &p, err)))
    return st;
  m->rows = p;
  if ((st = dsection(f, "DPB1", 2, H, &p, err)))
    return st;
  m->b1 = p;
  if ((st = dsection(f, "DPWA", 2, 3 * (size_t)H, &p, err)))
    return st;
  m->wa = p;
  if ((st = dsection(f, "DPBA", 4, 3, &p, err)))
    return st;
  m->ba = p;
  if ((st = dsection(f, "DPWL", 2, 2 * (size_t)nl * H, &p, err)))
    return st;
  m->wl = p;
  if ((st = dsection(f, "DPBL", 4, 2 * (size_t)nl, &p, err)))
    return st;
  m->bl = p;
  for (size_t i = 0; i < 3 * (size_t)H; i++)
    if (m->wa[i] > DPARSER_WMAX || m->wa[i] < -DPARSER_WMAX)
      return sima_error_set(err, SIMA_ERR_CORRUPT,
                            "%s: action weight out of range", f->name);
  for (size_t i = 0; i < 2 * (size_t)nl * H; i++)
    if (m->wl[i] > DPARSER_WMAX || m->wl[i] < -DPARSER_WMAX)
      return sima_error_set(err, SIMA_ERR_CORRUPT,
                            "%s: label weight out of range", f->name);
  if ((st = dsection(f, "DPLB", 2, nl, &p, err)))
    return st;
  m->labels = p;
  m->root = UINT32_MAX;
  for (uint32_t l = 0; l < nl; l++) {
    if (m->labels[l] == 0 || m->labels[l] >= SIMA_NDEP)
      return sima_error_set(err, SIMA_ERR_CORRUPT, "%s: bad relation id",
                            f->name);
    if (m->labels[l] == SIMA_DEP_ROOT)
      m->root = l;
  }
  if (m->root == UINT32_MAX)
    return sima_error_set(err, SIMA_ERR_CORRUPT, "%s: no root relation",
                          f->name);
  if ((st = dsection(f, "DPVK", 8, vsize, &p, err)))
    return st;
  m->vkey = p;
  if ((st = dsection(f, "DPVR", 4, vsize, &p, err)))
    return st;
  m->vrank = p;
  /* ranks index the word slots' rows only below their K; any value is
  ** safe, but an out-of-range one means a corrupt file */
  uint32_t kmax = 0;
  for (int c = 0; c < DPARSER_NKCLASS; c++)
    kmax = m->lay.k[c] > kmax ? m->lay.k[c] : kmax;
  for (uint32_t i = 0; i < vsize; i++)
    if (m->vkey[i] && m->vrank[i] >= kmax)
      return sima_error_set(err, SIMA_ERR_CORRUPT,
                            "%s: vocabulary rank out of range", f->name);
  for (uint32_t s = 0; s < DPARSER_NSLOTS; s++)
    m->nonerow[s] = m->lay.off[s] + dparser_none_value(&m->lay, s);
  /* the action head padded to 4 rows (a zero row), so its dot product is
  ** one four-output pass; the label heads in pairs for dparser_pdot */
  m->nl8 = (nl + 7) & ~7u;
  m->pad = calloc(4 * (size_t)H, sizeof *m->pad);
  m->padb = calloc(4, sizeof *m->padb);
  m->wpl = malloc(2 * (size_t)m->nl8 * H * sizeof *m->wpl);
  m->bpl = calloc(2 * (size_t)m->nl8, sizeof *m->bpl);
  if (!m->pad || !m->padb || !m->wpl || !m->bpl)
    return sima_error_set(err, SIMA_ERR_NOMEM, "%s: out of memory", f->name);
  memcpy(m->pad, m->wa, 3 * (size_t)H * sizeof *m->pad);
  memcpy(m->padb, m->ba, 3 * sizeof *m->padb);
  for (uint32_t d = 0; d < 2; d++) {
    dparser_pair_layout(m->wl + (size_t)d * nl * H, nl, H,
                        m->wpl + (size_t)d * m->nl8 * H);
    memcpy(m->bpl + d * m->nl8, m->bl + d * nl, nl * sizeof *m->bpl);
  }
  m->hidden = dparser_hidden_avx2();
  if (!m->hidden)
    m->hidden = dparser_hidden_generic;
  m->dot = dparser_dot_avx2();
  if (!m->dot)
    m->dot = dparser_dot_generic;
  m->pdot = dparser_pdot_avx2();
  if (!m->pdot)
    m->pdot = dparser_pdot_generic;
  m->first_max = model_first_max_best();
  m->rows_fn = dparser_rows_tab_avx2();
  if (!m->rows_fn)
    m->rows_fn = dparser_rows_tab;
  m->hact = H == 192 ? dparser_hact192_avx2() : NULL;
  return SIMA_OK;
}

sima_status dparser_load(dparser_model *m, const char *path, sima_error *err) {
  memset(m, 0, sizeof *m);
  sima_status st = model_file_read(&m->file, path, err);
  if (st)
    return st;
  if ((st = dparser_load_image(m, &m->file, err)))
    dparser_free(m);
  return st;
}

void dparser_free(dparser_model *m) {
  free(m->pad);
  free(m->padb);
  free(m->wpl);
  free(m->bpl);
  model_file_free(&m->file);
  memset(m, 0, sizeof *m);
}

/* ---- parsing ---- */

void dparser_score(const dparser_model *m, const parser_state *st,
                   const dparser_tv *tv, uint32_t *rows, int16_t *h,
                   int32_t act[3]) {
  size_t n = m->rows_fn(&m->lay, st, tv, rows);
  if (m->hact) {
    m->hact(m->rows, rows, n, m->b1, m->wa, m->padb, h, act);
    return;
  }
  m->hidden(m->rows, rows, n, m->b1, m->H, h);
  int32_t a4[4];
  m->dot(h, m->pad, m->padb, 4, m->H, a4);
  memcpy(act, a4, 3 * sizeof *act);
}

unsigned dparser_choose(const dparser_model *m, const parser_state *st,
                        const dparser_tv *tv) {
  uint32_t rows[DPARSER_NSLOTS];
  int16_t h[DPARSER_MAXH];
  int32_t act[3], lab[PARSER_MAXLABELS + 8];
  uint32_t nl = m->nlabels;
  dparser_score(m, st, tv, rows, h, act);
  /* parser_valid's rule, without building its mask of 1 + 2 nl classes:
  ** SHIFT needs a buffer; LEFT a buffer and two stack words, any label
  ** but root; RIGHT two stack words, and when s1 is the root only at the
  ** end, with root (else any label but root).  (test_dparser checks it
  ** against parser_valid.) */
  int buf = st->b <= st->n, two = st->nstack >= 2;
  int s1root = two && st->stack[st->nstack - 2] == 0;
  unsigned char av[3] = {(unsigned char)buf, (unsigned char)(two && buf),
                         (unsigned char)(two && (!s1root || !buf))};
  int best = -1;
  for (int a = 0; a < 3; a++)
    if (av[a] && (best < 0 || act[a] > act[best]))
      best = a;
  if (best <= 0)
    return 0;
  uint32_t dir = (uint32_t)best - 1;
  if (dir == 1 && s1root) /* RIGHT-root, the last move */
    return 2 + 2 * m->root;
  m->pdot(h, m->wpl + (size_t)dir * m->nl8 * m->H, m->bpl + dir * m->nl8,
          m->nl8, m->H, lab);
  /* the first best label but root: root's score made the lowest, so the
  ** first maximum is another label unless all of them tie at INT32_MIN
  ** with root first (root = 0), when the lowest other label is 1 */
  lab[m->root] = INT32_MIN;
  uint32_t bl = m->first_max(lab, nl);
  if (bl == m->root)
    bl = m->root == 0 ? 1 : 0;
  return 1 + dir + 2 * bl;
}

int dparser_parse(const dparser_model *m, sima_doc *doc, uint32_t first,
                  uint32_t count, sima_syntax *syn) {
  parser_tok *toks = sima_arena_alloc(doc->arena, (count + 1) * sizeof *toks);
  dparser_word *words =
      sima_arena_alloc(doc->arena, (count + 1) * sizeof *words);
  dparser_tv *tv = sima_arena_alloc(doc->arena, (count + 1) * sizeof *tv);
  void *mem = sima_arena_alloc(doc->arena, parser_state_size(count));
  if (!toks || !words || !tv || !mem)
    return -1;
  toks[0].w = 0x1234;
  toks[0].p = 0xfff0;
  toks[0].u = 0xfff0;
  memset(&words[0], 0, sizeof words[0]);
  for (uint32_t i = 0; i < count; i++) {
    const sima_token *t = &doc->tokens[first + i];
    const char *s = doc->text + t->off;
    size_t len = t->len;
    if (tagger_spaced_dash(doc, first + i)) /* T-SPACED-DASH: a comma */
      s = ",", len = 1;
    dparser_word_init(&toks[i + 1], &words[i + 1], s, len, syn[i].upos,
                      syn[i].xpos);
    words[i + 1].rank =
        dparser_vocab_find(m->vkey, m->vrank, m->vmask, toks[i + 1].w);
  }
  dparser_tab_init(&m->lay, toks, words, count, tv);
  parser_state st;
  parser_state_init(&st, mem, count, toks);
  while (!parser_terminal(&st)) {
    unsigned cls = parser_forced(&st, m->root);
    parser_apply(&st, cls != UINT32_MAX ? cls : dparser_choose(m, &st, tv));
  }
  for (uint32_t i = 0; i < count; i++) {
    int32_t h = st.head[i + 1];
    syn[i].head = h <= 0 ? -1 : (int32_t)(first + (uint32_t)h - 1);
    syn[i].deprel = m->labels[st.label[i + 1]];
  }
  return 0;
}
