/*
** test_dparser.c — the dense parser (src/dparser.c, tools/dtrain.c): the
** slot extractor on a hand-built state, AVX2 and portable kernels giving
** the same bits, a tiny model trained from scratch by build/tools/dtrain
** that must parse its training sentences right, and the loader refusing
** truncated, corrupt and inconsistent files with a message (never a
** crash), also through sima_model_load and SIMA_PARSER.  The EWT accuracy
** of models/dparser.bin is checked by test/cli/syntax.sh.
*/
#include "dparser.h"
#include "harness.h"
#include "model.h"
#include "sima.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int spit(const char *path, const void *buf, size_t len) {
  FILE *f = fopen(path, "wb");
  if (!f)
    return -1;
  size_t w = fwrite(buf, 1, len, f);
  return fclose(f) == 0 && w == len ? 0 : -1;
}

TEST(slots_hand_built) {
  /* "Police arrested the man": SHIFT, LEFT-0 (arrested heads Police),
  ** SHIFT, SHIFT: stack [root arrested the], buffer [man] */
  const uint32_t k[DPARSER_NKCLASS] = {10, 5, 3, 2};
  dparser_layout lay;
  INT_EQ(dparser_layout_init(&lay, k, 4), 0);
  parser_tok toks[5] = {{0x1234, 0xfff0, 0xfff0},
                        {11, SIMA_XPOS_NNS, SIMA_UPOS_NOUN},
                        {12, SIMA_XPOS_VBD, SIMA_UPOS_VERB},
                        {13, SIMA_XPOS_DT, SIMA_UPOS_DET},
                        {14, SIMA_XPOS_NN, SIMA_UPOS_NOUN}};
  dparser_word w[5];
  memset(w, 0, sizeof w);
  dparser_word_shape(&w[1], "Police", 6);
  dparser_word_shape(&w[2], "arrested", 8);
  dparser_word_shape(&w[3], "the", 3);
  dparser_word_shape(&w[4], "man", 3);
  w[1].rank = 5;
  w[2].rank = UINT32_MAX;
  w[3].rank = 1;
  w[4].rank = 3000;
  unsigned char mem[4096];
  parser_state st;
  OK(parser_state_size(4) <= sizeof mem, "state fits");
  parser_state_init(&st, mem, 4, toks);
  parser_apply(&st, 0);
  parser_apply(&st, 1); /* LEFT, label 0 */
  parser_apply(&st, 0);
  parser_apply(&st, 0);
  uint32_t r[DPARSER_NSLOTS];
  dparser_slots(&lay, &st, w, r);
  INT_EQ(r[DPS_WORD + DP_S0], lay.off[DPS_WORD + DP_S0] + 1);   /* the */
  INT_EQ(r[DPS_WORD + DP_S1], lay.off[DPS_WORD + DP_S1] + 10);  /* UNK */
  INT_EQ(r[DPS_WORD + DP_S2], lay.off[DPS_WORD + DP_S2] + 5 + 2); /* ROOT */
  INT_EQ(r[DPS_WORD + DP_B0], lay.off[DPS_WORD + DP_B0] + 10);  /* > K */
  INT_EQ(r[DPS_WORD + DP_B1], lay.off[DPS_WORD + DP_B1] + 11);  /* NONE */
  /* Police is s1's first left child; rank 5 >= K 3: UNK */
  INT_EQ(r[DPS_WORD + DP_S1L1], lay.off[DPS_WORD + DP_S1L1] + 3);
  INT_EQ(r[DPS_XPOS + DP_S0], lay.off[DPS_XPOS + DP_S0] + SIMA_XPOS_DT);
  INT_EQ(r[DPS_XPOS + DP_S2], lay.off[DPS_XPOS + DP_S2] + SIMA_NXPOS);
  INT_EQ(r[DPS_XPOS + DP_S1L1],
         lay.off[DPS_XPOS + DP_S1L1] + SIMA_XPOS_NNS);
  INT_EQ(r[DPS_UPOS + DP_B0], lay.off[DPS_UPOS + DP_B0] + SIMA_UPOS_NOUN);
  INT_EQ(r[DPS_LABEL + DP_S1L1 - DP_S0L1],
         lay.off[DPS_LABEL + DP_S1L1 - DP_S0L1] + 0);
  INT_EQ(r[DPS_LABEL], lay.off[DPS_LABEL] + 4); /* s0 has no child */
  INT_EQ(r[DPS_DIST], lay.off[DPS_DIST] + 1);       /* s0 3, b0 4 */
  INT_EQ(r[DPS_DIST + 1], lay.off[DPS_DIST + 1] + 1); /* s1 2, s0 3 */
  INT_EQ(r[DPS_VAL + 2], lay.off[DPS_VAL + 2] + 1); /* nl(s1) */
  INT_EQ(r[DPS_VAL + 3], lay.off[DPS_VAL + 3] + 0); /* nr(s1) */
  INT_EQ(r[DPS_SHAPE + 1], lay.off[DPS_SHAPE + 1] + w[2].shape);
  INT_EQ(r[DPS_SHAPE + 3], lay.off[DPS_SHAPE + 3] + DPARSER_NSHAPE);
  INT_EQ(w[1].shape & 1, 1); /* capitalised */
  INT_EQ(w[2].shape & 1, 0);
  for (int s = 0; s < DPARSER_NSLOTS; s++)
    OK(r[s] >= lay.off[s] && r[s] < lay.off[s] + lay.nval[s],
       "row inside its slot");
  /* bad sizes are refused */
  const uint32_t k0[DPARSER_NKCLASS] = {10, 0, 3, 2};
  OK(dparser_layout_init(&lay, k0, 4) != 0, "K of 0 refused");
  OK(dparser_layout_init(&lay, k, 0) != 0, "no labels refused");
}

/* The pair-layout dot products (portable and, when there, AVX2) give
** want[], dparser_dot_generic's sums, for nout = 1, 8, 13, 51 and 64 of the
** 51 rows of w (the first nout rows and biases; 64 repeats rows). */
static void pdot_agrees(const int16_t *h, const int16_t *w, const int32_t *b,
                        uint32_t H, const int32_t *want) {
  dparser_pdot_fn pv = dparser_pdot_avx2();
  static const uint32_t nouts[5] = {1, 8, 13, 51, 64};
  int16_t *wt = malloc(64 * (size_t)H * sizeof *wt);
  int16_t *wr = malloc(64 * (size_t)H * sizeof *wr);
  if (!wt || !wr) {
    FAILF("malloc");
    free(wt);
    free(wr);
    return;
  }
  for (int t = 0; t < 5; t++) {
    uint32_t nout = nouts[t], nout8 = (nout + 7) & ~7u;
    int32_t bias[64] = {0}, ref[64], o1[64], o2[64];
    for (uint32_t o = 0; o < nout; o++) {
      memcpy(wr + (size_t)o * H, w + (size_t)(o % 51) * H, H * sizeof *wr);
      bias[o] = b[o % 51];
    }
    dparser_dot_generic(h, wr, bias, nout, H, ref);
    if (nout <= 51)
      OK(!memcmp(ref, want, nout * sizeof *ref), "reference sums");
    dparser_pair_layout(wr, nout, H, wt);
    dparser_pdot_generic(h, wt, bias, nout8, H, o1);
    OK(!memcmp(o1, ref, nout * sizeof *ref), "pair dot (portable) identical");
    for (uint32_t o = nout; o < nout8; o++)
      INT_EQ(o1[o], 0); /* padding: zero rows, zero bias */
    if (pv) {
      pv(h, wt, bias, nout8, H, o2);
      OK(!memcmp(o2, o1, nout8 * sizeof *o1), "pair dot (AVX2) identical");
    }
  }
  free(wt);
  free(wr);
}

TEST(word_init_same) {
  /* dparser_word_init = parser_tok_init + dparser_word_shape */
  static const char *const forms[] = {
      "Police", "arrested", "U.S.", "FARC", "x", "", "2011", "well-known",
      "\xe2\x80\x9cQuote\xe2\x80\x9d", "``", "caf\xc3\xa9", "MS-13",
      "Supercalifragilisticexpialidociouslyextraordinarilylongwordthatgoes"
      "onandonpastsixtyfourbytes"};
  for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
    size_t len = strlen(forms[i]);
    parser_tok t1, t2;
    dparser_word w1, w2;
    memset(&w1, 0, sizeof w1);
    memset(&w2, 0, sizeof w2);
    parser_tok_init(&t1, forms[i], len, SIMA_UPOS_NOUN, SIMA_XPOS_NN);
    dparser_word_shape(&w1, forms[i], len);
    dparser_word_init(&t2, &w2, forms[i], len, SIMA_UPOS_NOUN, SIMA_XPOS_NN);
    OK(t1.w == t2.w && t1.p == t2.p && t1.u == t2.u, "same token");
    OK(w1.suf == w2.suf && w1.shape == w2.shape, "same suffix and shape");
  }
}

TEST(kernels_same_bits) {
  dparser_hidden_fn hv = dparser_hidden_avx2();
  dparser_dot_fn dv = dparser_dot_avx2();
  if (!hv || !dv) {
    printf("dparser kernels: AVX2 comparison skipped: no AVX2 here\n");
    return;
  }
  uint64_t seed = 12345;
  const uint32_t nrows = 300;
  for (uint32_t H = 32; H <= 256; H += 32) {
    int8_t *rows = malloc((size_t)nrows * H);
    int16_t *w = malloc(51 * (size_t)H * 2);
    int16_t bias[256];
    int32_t b2[51];
    uint32_t idx[DPARSER_NSLOTS];
    int16_t h1[256], h2[256];
    int32_t o1[51], o2[51];
    for (size_t i = 0; i < (size_t)nrows * H; i++)
      rows[i] = (int8_t)((model_mix(seed++) % 255) - 127);
    for (size_t i = 0; i < 51 * (size_t)H; i++)
      w[i] = (int16_t)((int)(model_mix(seed++) % (2 * DPARSER_WMAX + 1)) -
                       DPARSER_WMAX);
    for (int trial = 0; trial < 20; trial++) {
      /* large biases make some sums saturate: that too must agree */
      for (uint32_t i = 0; i < H; i++)
        bias[i] = (int16_t)((int)(model_mix(seed++) % 60000) - 30000);
      for (int s = 0; s < DPARSER_NSLOTS; s++)
        idx[s] = (uint32_t)(model_mix(seed++) % nrows);
      for (int b = 0; b < 51; b++)
        b2[b] = (int32_t)(model_mix(seed++) % 100000) - 50000;
      size_t n = (size_t)trial * 4 % (DPARSER_NSLOTS + 1);
      dparser_hidden_generic(rows, idx, n, bias, H, h1);
      hv(rows, idx, n, bias, H, h2);
      OK(!memcmp(h1, h2, H * sizeof h1[0]), "hidden layers identical");
      dparser_hact_fn ha = dparser_hact192_avx2();
      if (H == 192 && ha) {
        /* the fused hidden layer + action scores */
        int32_t ab[4] = {b2[0], b2[1], b2[2], 0}, a1[3], a2[3];
        int16_t h3[256];
        ha(rows, idx, n, bias, w, ab, h3, a2);
        OK(!memcmp(h1, h3, H * sizeof h1[0]), "fused hidden layer identical");
        dparser_dot_generic(h1, w, ab, 3, H, a1);
        OK(!memcmp(a1, a2, sizeof a1), "fused action scores identical");
      }
      dparser_dot_generic(h1, w, b2, 51, H, o1);
      dv(h1, w, b2, 51, H, o2);
      OK(!memcmp(o1, o2, sizeof o1), "scores identical");
      pdot_agrees(h1, w, b2, H, o1);
    }
    /* the extremes: full hidden values against full weights */
    for (uint32_t i = 0; i < H; i++)
      h1[i] = DPARSER_HMAX;
    for (size_t i = 0; i < 51 * (size_t)H; i++)
      w[i] = (int16_t)(i & 1 ? DPARSER_WMAX : -DPARSER_WMAX);
    dparser_dot_generic(h1, w, b2, 51, H, o1);
    dv(h1, w, b2, 51, H, o2);
    OK(!memcmp(o1, o2, sizeof o1), "extreme scores identical");
    pdot_agrees(h1, w, b2, H, o1);
    /* every other pair zero, and lone non-zero units in a pair */
    for (uint32_t i = 0; i < H; i++)
      h1[i] = (int16_t)((i / 2) % 2 ? 0 : i % 3 ? DPARSER_HMAX : 0);
    dparser_dot_generic(h1, w, b2, 51, H, o1);
    pdot_agrees(h1, w, b2, H, o1);
    free(rows);
    free(w);
  }
}

/* The move dparser_choose must pick, by the plain route: dparser_rows, the
** generic kernels on the file's own weights (m->wa, m->wl), and the first
** best valid class of parser_valid's mask (SHIFT, then each label's LEFT
** and RIGHT in class order, as the factored scorer ranks them: the best
** action first, then its best label). */
static unsigned ref_choose(const dparser_model *m, const parser_state *ps,
                           const dparser_word *w,
                           const unsigned char *valid) {
  uint32_t rows[DPARSER_NSLOTS];
  int16_t h[DPARSER_MAXH];
  int32_t act[3], lab[PARSER_MAXLABELS];
  size_t n = dparser_rows(&m->lay, ps, w, rows);
  dparser_hidden_generic(m->rows, rows, n, m->b1, m->H, h);
  dparser_dot_generic(h, m->wa, m->ba, 3, m->H, act);
  int best = -1;
  for (int a = 0; a < 3; a++) {
    int ok = 0; /* some class of action a is valid */
    for (uint32_t c = 0; c < 1 + 2 * m->nlabels; c++)
      ok |= valid[c] && (c == 0 ? 0 : (int)((c - 1) % 2) + 1) == a;
    if (ok && (best < 0 || act[a] > act[best]))
      best = a;
  }
  if (best <= 0)
    return 0;
  uint32_t dir = (uint32_t)best - 1;
  dparser_dot_generic(h, m->wl + (size_t)dir * m->nlabels * m->H,
                      m->bl + dir * m->nlabels, m->nlabels, m->H, lab);
  int bl = -1;
  for (uint32_t l = 0; l < m->nlabels; l++)
    if (valid[1 + dir + 2 * l] && (bl < 0 || lab[l] > lab[bl]))
      bl = (int)l;
  return 1 + dir + 2 * (unsigned)bl;
}

/* Random walks through longer sentences (mostly the model's moves, one in
** three a random valid one): at every state the rows inference reads agree
** with dparser_rows and dparser_slots, and dparser_choose's move is valid by
** parser_valid's rule and is ref_choose's. */
static void walks_agree(const dparser_model *m) {
  parser_tok toks[13];
  dparser_word w[13];
  dparser_tv tv[14];
  unsigned char mem[8192], valid[1 + 2 * PARSER_MAXLABELS];
  uint64_t seed = 99;
  for (int walk = 0; walk < 200; walk++) {
    uint32_t n = 1 + (uint32_t)walk % 12;
    memset(w, 0, sizeof w);
    for (uint32_t i = 0; i <= n; i++) {
      toks[i] = (parser_tok){model_mix(seed++), (uint16_t)(i % SIMA_NXPOS),
                             (uint16_t)(i % SIMA_NUPOS)};
      w[i].rank = (uint32_t)(model_mix(seed++) % 50);
    }
    parser_state ps;
    parser_state_init(&ps, mem, n, toks);
    while (!parser_terminal(&ps)) {
      parser_valid(&ps, m->nlabels, m->root, valid);
      /* dparser_rows = dparser_slots without the none values */
      uint32_t all[DPARSER_NSLOTS], some[DPARSER_NSLOTS];
      dparser_slots(&m->lay, &ps, w, all);
      size_t kk = 0, n2 = dparser_rows(&m->lay, &ps, w, some);
      int same = 1;
      for (uint32_t s = 0; s < DPARSER_NSLOTS; s++)
        if (all[s] != m->nonerow[s])
          same &= kk < n2 && some[kk++] == all[s];
      if (!same || kk != n2) {
        FAILF("dparser_rows differs from dparser_slots");
        break;
      }
      /* and the table-driven rows inference reads are dparser_rows' */
      dparser_tab_init(&m->lay, toks, w, n, tv);
      uint32_t fast[DPARSER_NSLOTS];
      size_t n3 = dparser_rows_tab(&m->lay, &ps, tv, fast);
      if (n3 != n2 || memcmp(fast, some, n2 * sizeof *fast)) {
        FAILF("dparser_rows_tab differs from dparser_rows");
        break;
      }
      dparser_rows_fn rv = dparser_rows_tab_avx2();
      if (rv) {
        n3 = rv(&m->lay, &ps, tv, fast);
        if (n3 != n2 || memcmp(fast, some, n2 * sizeof *fast)) {
          FAILF("dparser_rows_tab_avx2 differs from dparser_rows");
          break;
        }
      }
      unsigned c = dparser_choose(m, &ps, tv);
      if (!valid[c]) {
        FAILF("dparser_choose: invalid class %u", c);
        break;
      }
      if (c != ref_choose(m, &ps, w, valid)) {
        FAILF("dparser_choose differs from the reference scoring");
        break;
      }
      /* mostly the model's move, sometimes a random valid one */
      if (model_mix(seed++) % 3 == 0) {
        unsigned k = (unsigned)(model_mix(seed++) % (1 + 2 * m->nlabels));
        while (!valid[k])
          k = (k + 1) % (1 + 2 * m->nlabels);
        c = k;
      }
      parser_apply(&ps, c);
    }
  }
}

/* Six short sentences with gold tags; a tiny model must learn them. */
static const char tiny[] =
    "1\tPolice\tpolice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tarrested\tarrest\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tman\tman\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tseized\tseize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\ttown\ttown\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\ton\ton\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tMonday\tMonday\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tarmy\tarmy\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tquickly\tquickly\tADV\tRB\t_\t3\tadvmod\t_\t_\n\n"
    "1\tOfficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\ttalks\ttalk\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
    "4\tfailed\tfail\tVERB\tVBD\t_\t2\tccomp\t_\t_\n\n"
    "1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\this\the\tPRON\tPRP$\t_\t4\tnmod:poss\t_\t_\n"
    "4\tsister\tsister\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tParis\tParis\tPROPN\tNNP\t_\t2\tobl\t_\t_\n\n"
    "1\tTroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tfired\tfire\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tand\tand\tCCONJ\tCC\t_\t4\tcc\t_\t_\n"
    "4\tfled\tflee\tVERB\tVBD\t_\t2\tconj\t_\t_\n\n";

static char tmpdir[64];
static char model_path[128];
static int have_model;

TEST(tiny_model_learns) {
  const char *build = getenv("BUILD") ? getenv("BUILD") : "build";
  char cmd[1024], train[128];
  snprintf(tmpdir, sizeof tmpdir, "/tmp/sima_dparser_XXXXXX");
  if (!mkdtemp(tmpdir)) {
    FAILF("mkdtemp");
    return;
  }
  snprintf(train, sizeof train, "%s/tiny.conllu", tmpdir);
  snprintf(model_path, sizeof model_path, "%s/dparser.bin", tmpdir);
  INT_EQ(spit(train, tiny, strlen(tiny)), 0);
  snprintf(cmd, sizeof cmd,
           "%s/tools/dtrain %s %s %s --hidden 32 --k 40,40,40,40 --epochs 30 "
           "--batch 2 --lr 0.01 --dropout 0 --threads 2 > %s/log 2>&1",
           build, model_path, train, train, tmpdir);
  if (system(cmd) != 0) {
    FAILF("dtrain failed: %s", cmd);
    return;
  }
  dparser_model m;
  sima_error err;
  if (dparser_load(&m, model_path, &err)) {
    FAILF("load: %s", err.msg);
    return;
  }
  have_model = 1;
  sima_doc *doc;
  sima_syntax *gold;
  INT_EQ(sima_conllu_read("tiny", tiny, strlen(tiny), &doc, &gold, &err),
         SIMA_OK);
  sima_syntax *syn = calloc(doc->ntokens, sizeof *syn);
  memcpy(syn, gold, doc->ntokens * sizeof *syn);
  for (uint32_t s = 0; s < doc->nsents; s++)
    INT_EQ(dparser_parse(&m, doc, doc->sents[s].first, doc->sents[s].count,
                         syn + doc->sents[s].first),
           0);
  uint32_t right = 0;
  for (uint32_t t = 0; t < doc->ntokens; t++)
    right += syn[t].head == gold[t].head && syn[t].deprel == gold[t].deprel;
  INT_EQ(right, doc->ntokens);
  walks_agree(&m);
  /* a rerun writes the same bytes (fixed seeds, fixed gradient order) */
  char again[160];
  snprintf(again, sizeof again, "%s/again.bin", tmpdir);
  snprintf(cmd, sizeof cmd,
           "%s/tools/dtrain %s %s %s --hidden 32 --k 40,40,40,40 --epochs 30 "
           "--batch 2 --lr 0.01 --dropout 0 --threads 2 > %s/log2 2>&1 && "
           "cmp -s %s %s",
           build, again, train, train, tmpdir, model_path, again);
  OK(system(cmd) == 0, "dtrain is deterministic");
  free(syn);
  sima_doc_free(doc);
  dparser_free(&m);
}

/* Offset of section tag's bytes in a model image, 0 if absent. */
static size_t find_section(const unsigned char *b, size_t len, const char *t) {
  size_t pos = MODEL_HEADER;
  while (pos + 16 <= len) {
    uint64_t sl;
    memcpy(&sl, b + pos + 8, 8);
    if (!memcmp(b + pos, t, 4))
      return pos + 16;
    pos += 16 + (((size_t)sl + 7) & ~(size_t)7);
  }
  return 0;
}

/* The root relation is never chosen for an arc but the final RIGHT-root,
** even when it outscores every other label: the tiny model with root's
** label biases raised far above the rest still makes only valid moves,
** the reference's (walks_agree). */
TEST(root_label_boosted) {
  if (!have_model) {
    FAILF("no tiny model");
    return;
  }
  dparser_model m;
  sima_error err;
  if (dparser_load(&m, model_path, &err)) {
    FAILF("load: %s", err.msg);
    return;
  }
  uint32_t root = m.root, nl = m.nlabels;
  dparser_free(&m);
  size_t len;
  char *buf = h_slurp(model_path, &len);
  if (!buf) {
    FAILF("read back");
    return;
  }
  size_t o = find_section((const unsigned char *)buf, len, "DPBL");
  OK(o != 0, "label biases found");
  int32_t big = 1 << 24;
  memcpy(buf + o + 4 * root, &big, 4);        /* LEFT's root */
  memcpy(buf + o + 4 * (nl + root), &big, 4); /* RIGHT's root */
  model_seal((unsigned char *)buf, len);
  char path[160];
  snprintf(path, sizeof path, "%s/rootbig.bin", tmpdir);
  INT_EQ(spit(path, buf, len), 0);
  free(buf);
  if (dparser_load(&m, path, &err)) {
    FAILF("load: %s", err.msg);
    return;
  }
  walks_agree(&m);
  dparser_free(&m);
}

TEST(corrupt_files_refused) {
  if (!have_model) {
    FAILF("no tiny model to corrupt");
    return;
  }
  size_t len;
  char *buf = h_slurp(model_path, &len);
  if (!buf) {
    FAILF("read back");
    return;
  }
  char path[160];
  snprintf(path, sizeof path, "%s/bad.bin", tmpdir);
  dparser_model m;
  sima_error err;
  size_t cuts[] = {0, 1, 8, 16, 31, 32, 40, 100, len / 2, len - 8, len - 1};
  for (size_t k = 0; k < sizeof cuts / sizeof cuts[0]; k++) {
    INT_EQ(spit(path, buf, cuts[k]), 0);
    err.msg[0] = 0;
    OK(dparser_load(&m, path, &err) != SIMA_OK, "truncated file refused");
    OK(strstr(err.msg, "bad.bin") != NULL, "message names the file");
  }
  for (size_t off = 40; off < len; off += len / 13 + 1) {
    buf[off] ^= 0x41;
    INT_EQ(spit(path, buf, len), 0);
    OK(dparser_load(&m, path, &err) != SIMA_OK, "flipped byte refused");
    buf[off] ^= 0x41;
  }
  /* sealed (checksum fixed) but inconsistent: the loader's own checks */
  struct {
    const char *sec;
    size_t at;
    uint32_t val;
    const char *what;
  } bad[] = {{"DPHD", 0, 33, "H not a multiple of 32"},
             {"DPHD", 0, 1024, "H too large"},
             {"DPHD", 1, 74, "slot count"},
             {"DPHD", 2, 5, "row count"},
             {"DPHD", 3, 0, "no labels"},
             {"DPHD", 3, 1, "root only"},
             {"DPHD", 3, 999, "too many labels"},
             {"DPHD", 4, 3, "another quantisation scheme"},
             {"DPHD", 5, 0, "K of 0"},
             {"DPHD", 9, 3, "vocabulary size"},
             {"DPHD", 9, 1u << 30, "vocabulary size too large"},
             {"DPLB", 0, 0, "relation id 0"},
             {"DPLB", 0, 9999, "relation id too large"},
             {"DPWA", 0, 2000, "action weight out of range"},
             {"DPVR", 0, 0x7fffffff, "vocabulary rank out of range"}};
  for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
    unsigned char *c = malloc(len);
    memcpy(c, buf, len);
    size_t o = find_section(c, len, bad[k].sec);
    OK(o != 0, "section found");
    if (!strcmp(bad[k].sec, "DPLB") ||
        !strcmp(bad[k].sec, "DPWA")) {
      uint16_t v = (uint16_t)bad[k].val;
      memcpy(c + o + 2 * bad[k].at, &v, 2);
    } else if (!strcmp(bad[k].sec, "DPVR")) {
      /* every slot: an empty one's rank is not read, a full one's is */
      size_t vk = find_section(c, len, "DPVK");
      uint64_t key;
      size_t i = 0;
      do
        memcpy(&key, c + vk + 8 * i++, 8);
      while (!key);
      memcpy(c + o + 4 * (i - 1), &bad[k].val, 4);
    } else {
      memcpy(c + o + 4 * bad[k].at, &bad[k].val, 4);
    }
    model_seal(c, len);
    INT_EQ(spit(path, c, len), 0);
    err.msg[0] = 0;
    if (dparser_load(&m, path, &err) == SIMA_OK) {
      FAILF("accepted: %s", bad[k].what);
      dparser_free(&m);
    }
    OK(strstr(err.msg, "bad.bin") != NULL, "message names the file");
    free(c);
  }
  /* through the public API: a corrupt dparser.bin beside good models */
  char dir[160], p2[256];
  snprintf(dir, sizeof dir, "%s/models", tmpdir);
  if (mkdir(dir, 0700) != 0) {
    FAILF("mkdir");
    free(buf);
    return;
  }
  const char *names[3] = {"tagger.bin", "lemma.bin", "parser.bin"};
  char cwd[1024];
  OK(getcwd(cwd, sizeof cwd) != NULL, "getcwd");
  for (int i = 0; i < 3; i++) {
    char src[1200];
    snprintf(src, sizeof src, "%s/models/%s", cwd, names[i]);
    snprintf(p2, sizeof p2, "%s/%s", dir, names[i]);
    OK(symlink(src, p2) == 0, "symlink");
  }
  setenv("SIMA_PARSER", "dense", 1);
  sima_model *sm = sima_model_load(dir, &err);
  OK(!sm, "dense without dparser.bin refused");
  OK(strstr(err.msg, "dparser.bin") != NULL, "message names dparser.bin");
  sima_model_free(sm);
  snprintf(p2, sizeof p2, "%s/dparser.bin", dir);
  INT_EQ(spit(p2, buf, len / 2), 0);
  setenv("SIMA_PARSER", "sparse", 1);
  sm = sima_model_load(dir, &err);
  OK(!sm, "truncated dparser.bin refused even when sparse is used");
  sima_model_free(sm);
  INT_EQ(spit(p2, buf, len), 0);
  setenv("SIMA_PARSER", "fast", 1);
  sm = sima_model_load(dir, &err);
  OK(!sm, "SIMA_PARSER=fast refused");
  OK(strstr(err.msg, "SIMA_PARSER") != NULL, "message names SIMA_PARSER");
  sima_model_free(sm);
  setenv("SIMA_PARSER", "dense", 1);
  sm = sima_model_load(dir, &err);
  OK(sm != NULL, "dense model loads");
  if (sm) {
    /* the tiny model parses a sentence through the public API */
    sima_doc *doc =
        sima_doc_new("Police arrested the man.", 24, "t", NULL, NULL, NULL);
    OK(doc && sima_tokenize(doc, &err) == SIMA_OK &&
           sima_split(doc, &err) == SIMA_OK &&
           sima_parse_doc(sm, doc, &err) == SIMA_OK,
       "parse through the API");
    int roots = 0;
    for (uint32_t t = 0; doc && doc->syn && t < doc->ntokens; t++)
      roots += doc->syn[t].head < 0;
    INT_EQ(roots, 1);
    sima_doc_free(doc);
  }
  sima_model_free(sm);
  /* the sparse model is read only when it is used: a truncated parser.bin
  ** fails the sparse parser but not the dense one; a missing one fails
  ** both, naming it */
  snprintf(p2, sizeof p2, "%s/parser.bin", dir);
  OK(unlink(p2) == 0, "unlink parser.bin");
  INT_EQ(spit(p2, "SIMAMODL", 8), 0);
  sm = sima_model_load(dir, &err);
  OK(sm != NULL, "dense loads beside a corrupt parser.bin");
  sima_model_free(sm);
  unsetenv("SIMA_PARSER");
  sm = sima_model_load(dir, &err);
  OK(sm != NULL, "the default (dense) loads beside a corrupt parser.bin");
  sima_model_free(sm);
  setenv("SIMA_PARSER", "sparse", 1);
  sm = sima_model_load(dir, &err);
  OK(!sm, "sparse refuses a corrupt parser.bin");
  OK(strstr(err.msg, "parser.bin") != NULL, "message names parser.bin");
  sima_model_free(sm);
  OK(unlink(p2) == 0, "unlink parser.bin");
  setenv("SIMA_PARSER", "dense", 1);
  sm = sima_model_load(dir, &err);
  OK(!sm, "dense without parser.bin refused");
  OK(strstr(err.msg, "parser.bin: cannot open model") != NULL,
     "message names parser.bin");
  sima_model_free(sm);
  unsetenv("SIMA_PARSER");
  free(buf);
}

int main(void) {
  RUN(slots_hand_built);
  RUN(word_init_same);
  RUN(kernels_same_bits);
  RUN(tiny_model_learns);
  RUN(root_label_boosted);
  RUN(corrupt_files_refused);
  char cmd[128];
  if (tmpdir[0]) {
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
    if (system(cmd) != 0)
      fprintf(stderr, "could not remove %s\n", tmpdir);
  }
  return harness_done();
}
