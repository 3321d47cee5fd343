/*
** dtrain.c — trains the dense parser (src/dparser.c) and writes
** models/dparser.bin.
**
**   dtrain OUT.bin TRAIN.conllu DEV.conllu [--extra FILE] [--copies N]
**          [--models DIR] [--hidden H] [--epochs N] [--k K0,K1,K2,K3]
**          [--lr X] [--dropout X] [--batch N] [--threads 1|2] [--seed N]
**          [--save-float FILE] [--from-float FILE] [--embed D]
**          [--shared 1|2] [--add 0|1] [--rdecay X] [--qclip Q]
**
** TRAIN holds the training trees with PREDICTED tags in its UPOS and XPOS
** columns (`train --write-tags`: a 4-way jackknife of the tagger), so the
** parser learns from the tagging errors it will meet; --copies N repeats
** it; --extra adds another treebank once (silver news).  DEV is gold
** CoNLL-U, tagged here with the tagger of --models (default models/).
**
** The model: one float row of the hidden layer per (slot, value)
** (dparser_slots), bias, ReLU, dropout, then 3 action scores and the
** label scores of LEFT and RIGHT.  With --embed D the row of (slot,
** value) is R[slot, value] + P[slot] . E[kind, value]: a D-wide embedding
** of the value shared by all the slots of its kind (words, XPOS, UPOS,
** labels, ...; --shared 2 splits words and XPOS into stack/buffer and
** children tables) and a D x H projection of each slot, so a word seen in
** one position informs the rows of the others.  A thread makes each row
** it reads once per step (row_fold) and the step backpropagates each
** touched row's summed gradient into R, P and E once (bwd_run, the slots
** split between the 2 threads).  --add 1 adds a shared H-wide row instead
** (worse on dev).  The file keeps one folded row per (slot, value), so
** inference does not change.  Loss: softmax cross-entropy over the
** valid actions against the best-scoring zero-cost action of the dynamic
** oracle (parser_costs), then over the valid labels of that direction.
** Adam without bias correction on minibatches of sentences, lazy for the
** rows; word dropout (a word seen c times reads UNK with probability
** 0.25 / (0.25 + c)); after the first epoch the parser follows its own
** wrong move 9 times in 10 (error exploration).  An exponential moving
** average of the weights is the model scored on dev after each epoch; the
** best epoch by dev LAS is quantised (dparser.h) and written; --qclip Q
** maps the Q-quantile of the row magnitudes, not the largest, to 127.
**
** Deterministic: every random draw comes from a generator seeded by
** (seed, epoch, sentence), and with 2 threads each minibatch is split in
** two fixed halves whose gradients are summed in a fixed order, so the
** output is byte-identical run to run.
*/
#include "dparser.h"
#include "tagger.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void die(const char *msg) {
  fprintf(stderr, "dtrain: %s\n", msg);
  exit(1);
}
static void *xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p)
    die("out of memory");
  return p;
}
static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}
static uint64_t rng(uint64_t *s) {
  *s += 0x9e3779b97f4a7c15ULL;
  return model_mix(*s);
}
static float frand(uint64_t *s) {
  return (float)(rng(s) >> 40) * (1.0f / 16777216.0f);
}

/* ---- treebanks ---- */

typedef struct bank {
  char *buf;
  sima_doc *doc;
  sima_syntax *gold;
} bank;

static void bank_read(bank *b, const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "dtrain: cannot open %s\n", path);
    exit(1);
  }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  if (n < 0)
    die("cannot size a treebank");
  b->buf = xcalloc((size_t)n + 1, 1);
  if (fread(b->buf, 1, (size_t)n, f) != (size_t)n)
    die("read failed");
  fclose(f);
  sima_error err;
  if (sima_conllu_read(path, b->buf, (size_t)n, &b->doc, &b->gold, &err)) {
    fprintf(stderr, "dtrain: %s\n", err.msg);
    exit(1);
  }
}

/* One training sentence: bank and sentence index. */
typedef struct sref {
  uint32_t bank, sent;
} sref;

/* ---- the float model ---- */

typedef struct fmodel {
  uint32_t H, nl, nrows;
  float *R, *b1, *wa, *ba, *wl, *bl;
} fmodel;

static size_t fm_count(const fmodel *m) {
  return (size_t)m->nrows * m->H + m->H + 3 * (size_t)m->H + 3 +
         2 * (size_t)m->nl * m->H + 2 * (size_t)m->nl;
}
/* All parameters live in one block (p); the pointers index into it. */
static void fm_bind(fmodel *m, float *p) {
  m->R = p;
  p += (size_t)m->nrows * m->H;
  m->b1 = p;
  p += m->H;
  m->wa = p;
  p += 3 * (size_t)m->H;
  m->ba = p;
  p += 3;
  m->wl = p;
  p += 2 * (size_t)m->nl * m->H;
  m->bl = p;
}

/* Per-thread gradient sums of one minibatch; rows are zeroed lazily. */
typedef struct grad {
  fmodel g;
  uint32_t *stamp, now;
  uint32_t *list, nlist;
  double loss;
  uint64_t moves, wrong;
} grad;

static void grad_init(grad *gr, const fmodel *m) {
  gr->g = *m;
  fm_bind(&gr->g, xcalloc(fm_count(m), sizeof(float)));
  gr->stamp = xcalloc(m->nrows, 4);
  gr->list = xcalloc(m->nrows, 4);
  gr->now = 0;
}

static void grad_clear(grad *gr) {
  fmodel *g = &gr->g;
  gr->now++;
  gr->nlist = 0;
  size_t dense = fm_count(g) - (size_t)g->nrows * g->H;
  memset(g->b1, 0, dense * sizeof(float));
  gr->loss = 0;
  gr->moves = gr->wrong = 0;
}

static float *grad_row(grad *gr, uint32_t r) {
  float *p = gr->g.R + (size_t)r * gr->g.H;
  if (gr->stamp[r] != gr->now) {
    gr->stamp[r] = gr->now;
    gr->list[gr->nlist++] = r;
    memset(p, 0, gr->g.H * sizeof(float));
  }
  return p;
}

/* ---- training state ---- */

typedef struct trainer {
  fmodel w, m1, m2, avg; /* weights, Adam moments, moving average */
  float *wblk, *m1blk, *m2blk, *avgblk;
  dparser_layout lay;
  uint32_t nl, root;
  uint16_t dep[PARSER_MAXLABELS];
  int16_t of[SIMA_NDEP];
  /* vocabulary */
  uint64_t *vkey;
  uint32_t *vrank, vmask, *vcount;
  float dropout, lr;
  uint64_t seed;
  /* shared rows (--shared): the row a move reads is R[r] + G[grow[r]]
  ** (--add 1) + P[slot] . E[grow[r]] (--embed D), made when a thread
  ** first reads it after a step (row_fold); stepid counts the steps */
  uint32_t nG, *grow, stepid;
  float *G, *Gm1, *Gm2, *gG, rdecay;
  float *Gavg, *Eavg, *Pavg; /* moving averages of G, E, P */
  fmodel view;               /* the averaged model, its rows folded */
  float *viewblk;
  /* --embed D: a D-wide embedding E of each shared row and a D x H
  ** projection P of each slot (rslot: the slot of each row) */
  uint32_t D;
  int gadd;
  unsigned char *rslot;
  float *E, *Em1, *Em2, *gE, *gE2, *P, *Pm1, *Pm2, *gP;
  int nthreads;
  float qclip; /* export: quantile of the row magnitudes mapped to 127 */
  uint32_t *gstamp, *glist, gnow, nglist;
  bank *banks;
  uint32_t maxn;
} trainer;

/* Scratch of one thread for one sentence. */
typedef struct scratch {
  parser_tok *toks;
  dparser_word *words;
  void *mem;
  int32_t *gh;
  uint16_t *gl;
  uint32_t *koff, *kids;
  /* --shared: the rows this thread made since the last step (xst[r] ==
  ** stepid + 1) and the model it reads them through (R = X) */
  float *X;
  uint32_t *xst;
  fmodel m;
} scratch;

static void scratch_init(scratch *s, uint32_t maxn) {
  s->toks = xcalloc(maxn + 2, sizeof *s->toks);
  s->words = xcalloc(maxn + 2, sizeof *s->words);
  s->mem = xcalloc(parser_state_size(maxn) + 8, 1);
  s->gh = xcalloc(maxn + 2, 4);
  s->gl = xcalloc(maxn + 2, 2);
  s->koff = xcalloc(maxn + 3, 4);
  s->kids = xcalloc(maxn + 2, 4);
}

/* Fills toks and words of sentence se of doc with tags from syn (upos,
** xpos); word dropout when r is not NULL. */
static void sent_input(const trainer *T, scratch *s, const sima_doc *doc,
                       const sima_sentence *se, const sima_syntax *syn,
                       uint64_t *r) {
  s->toks[0].w = 0x1234;
  s->toks[0].p = 0xfff0;
  s->toks[0].u = 0xfff0;
  memset(&s->words[0], 0, sizeof s->words[0]);
  for (uint32_t i = 0; i < se->count; i++) {
    uint32_t t = se->first + i;
    const sima_token *tk = &doc->tokens[t];
    const char *str = doc->text + tk->off;
    size_t len = tk->len;
    if (tagger_spaced_dash(doc, t))
      str = ",", len = 1;
    parser_tok_init(&s->toks[i + 1], str, len, syn[t].upos, syn[t].xpos);
    dparser_word_shape(&s->words[i + 1], str, len);
    uint32_t rk = dparser_vocab_find(T->vkey, T->vrank, T->vmask,
                                     s->toks[i + 1].w);
    if (r && rk != UINT32_MAX) {
      float c = (float)T->vcount[rk];
      if (frand(r) < 0.25f / (0.25f + c))
        rk = UINT32_MAX;
    }
    s->words[i + 1].rank = rk;
  }
}

/* sum_i w[i] * h[i] over H (a multiple of 8) in 8 partial sums, added in
** a fixed order: vectorisable, and the same bits on every run. */
static float dot8(const float *w, const float *h, uint32_t H) {
  float acc[8] = {0, 0, 0, 0, 0, 0, 0, 0};
  for (uint32_t i = 0; i < H; i += 8)
    for (int j = 0; j < 8; j++)
      acc[j] += w[i + (uint32_t)j] * h[i + (uint32_t)j];
  return ((acc[0] + acc[1]) + (acc[2] + acc[3])) +
         ((acc[4] + acc[5]) + (acc[6] + acc[7]));
}

/* Forward pass: z (pre-activation), hd (hidden after ReLU and dropout
** with mask; mask NULL: none), action scores. */
static void forward(const fmodel *m, const uint32_t *idx, float *z, float *hd,
                    float *mask, float p, uint64_t *r, float act[3]) {
  uint32_t H = m->H;
  memcpy(z, m->b1, H * sizeof(float));
  for (int s = 0; s < DPARSER_NSLOTS; s++) {
    const float *row = m->R + (size_t)idx[s] * H;
    for (uint32_t i = 0; i < H; i++)
      z[i] += row[i];
  }
  float keep = 1.0f / (1.0f - p);
  for (uint32_t i = 0; i < H; i++) {
    float h = z[i] > 0 ? z[i] : 0;
    if (mask) {
      mask[i] = frand(r) < p ? 0.0f : keep;
      h *= mask[i];
    }
    hd[i] = h;
  }
  for (int a = 0; a < 3; a++)
    act[a] = m->ba[a] + dot8(m->wa + (size_t)a * H, hd, H);
}

static void label_scores(const fmodel *m, const float *hd, uint32_t dir,
                         float *lab) {
  uint32_t H = m->H;
  for (uint32_t l = 0; l < m->nl; l++)
    lab[l] = m->bl[dir * m->nl + l] +
             dot8(m->wl + ((size_t)dir * m->nl + l) * H, hd, H);
}

/* The model's move in st with float weights m (no dropout). */
static unsigned float_choose(const trainer *T, const fmodel *m,
                             const parser_state *st, const dparser_word *w) {
  uint32_t idx[DPARSER_NSLOTS];
  float z[DPARSER_MAXH], hd[DPARSER_MAXH], act[3], lab[PARSER_MAXLABELS];
  unsigned char valid[1 + 2 * PARSER_MAXLABELS];
  dparser_slots(&T->lay, st, w, idx);
  forward(m, idx, z, hd, NULL, 0, NULL, act);
  parser_valid(st, T->nl, T->root, valid);
  unsigned char av[3] = {valid[0], 0, 0};
  for (uint32_t l = 0; l < T->nl; l++) {
    av[1] |= valid[1 + 2 * l];
    av[2] |= valid[2 + 2 * l];
  }
  int best = -1;
  for (int a = 0; a < 3; a++)
    if (av[a] && (best < 0 || act[a] > act[best]))
      best = a;
  if (best <= 0)
    return 0;
  uint32_t dir = (uint32_t)best - 1;
  label_scores(m, hd, dir, lab);
  int bl = -1;
  for (uint32_t l = 0; l < T->nl; l++)
    if (valid[1 + dir + 2 * l] && (bl < 0 || lab[l] > lab[bl]))
      bl = (int)l;
  return 1 + dir + 2 * (unsigned)bl;
}

/* Softmax over the n scores with ok[k]; writes probabilities to p and
** returns -log p[target]. */
static double softmax(const float *sc, const unsigned char *ok, uint32_t n,
                      uint32_t target, float *p) {
  float mx = -1e30f;
  for (uint32_t k = 0; k < n; k++)
    if (ok[k] && sc[k] > mx)
      mx = sc[k];
  double sum = 0;
  for (uint32_t k = 0; k < n; k++) {
    p[k] = ok[k] ? expf(sc[k] - mx) : 0.0f;
    sum += (double)p[k];
  }
  for (uint32_t k = 0; k < n; k++)
    p[k] = (float)((double)p[k] / sum);
  return -log((double)p[target] + 1e-30);
}

/* Row r of the first layer from the parameters R, G, P, E (--shared):
** x = R[r] + G[grow[r]] (--add) + P[slot(r)] . E[grow[r]] (--embed). */
static void row_fold(const trainer *T, const float *R, const float *G,
                     const float *E, const float *P, uint32_t r, float *x) {
  uint32_t H = T->w.H, D = T->D, q = T->grow[r];
  const float *a = R + (size_t)r * H;
  if (T->gadd) {
    const float *g = G + (size_t)q * H;
    for (uint32_t i = 0; i < H; i++)
      x[i] = a[i] + g[i];
  } else {
    memcpy(x, a, H * sizeof(float));
  }
  if (D) {
    /* x[i] += e[j] * P[j][i] for j = 0..D-1 in that order, 16 columns
    ** at a time held in registers */
    const float *Ps = P + (size_t)T->rslot[r] * D * H;
    const float *e = E + (size_t)q * D;
    for (uint32_t i0 = 0; i0 < H; i0 += 16) {
      float acc[16];
      memcpy(acc, x + i0, sizeof acc);
      for (uint32_t j = 0; j < D; j++) {
        float ej = e[j];
        const float *pj = Ps + (size_t)j * H + i0;
        for (int i = 0; i < 16; i++)
          acc[i] += ej * pj[i];
      }
      memcpy(x + i0, acc, sizeof acc);
    }
  }
}

/* Trains on one sentence: accumulates gradients into gr. */
static void train_sentence(const trainer *T, scratch *s, grad *gr,
                           const sref *sr, int epoch, uint64_t r) {
  const bank *b = &T->banks[sr->bank];
  const sima_doc *doc = b->doc;
  const sima_sentence *se = &doc->sents[sr->sent];
  uint32_t n = se->count, H = T->w.H, nl = T->nl;
  sent_input(T, s, doc, se, b->gold, &r);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t t = se->first + i;
    int32_t h = b->gold[t].head;
    s->gh[i + 1] = h < 0 ? 0 : h - (int32_t)se->first + 1;
    int lab = T->of[b->gold[t].deprel];
    if (h < 0)
      lab = (int)T->root;
    s->gl[i + 1] = (uint16_t)(lab < 0 ? 0 : lab);
  }
  parser_gold g = {s->gh, s->gl, s->koff, s->kids};
  parser_gold_init(&g, n);
  parser_state st;
  parser_state_init(&st, s->mem, n, s->toks);
  uint32_t idx[DPARSER_NSLOTS];
  float z[DPARSER_MAXH], hd[DPARSER_MAXH], mask[DPARSER_MAXH];
  float dh[DPARSER_MAXH], act[3], pa[3];
  float lab[PARSER_MAXLABELS], pl[PARSER_MAXLABELS];
  unsigned char valid[1 + 2 * PARSER_MAXLABELS];
  uint32_t costs[1 + 2 * PARSER_MAXLABELS];
  const fmodel *m = T->nG ? &s->m : &T->w;
  fmodel *G = &gr->g;
  while (!parser_terminal(&st)) {
    unsigned forced = parser_forced(&st, T->root);
    if (forced != UINT32_MAX) {
      parser_apply(&st, forced);
      continue;
    }
    dparser_slots(&T->lay, &st, s->words, idx);
    if (T->nG)
      for (int k = 0; k < DPARSER_NSLOTS; k++)
        if (s->xst[idx[k]] != T->stepid + 1) {
          s->xst[idx[k]] = T->stepid + 1;
          row_fold(T, T->w.R, T->G, T->E, T->P, idx[k],
                   s->X + (size_t)idx[k] * H);
        }
    forward(m, idx, z, hd, mask, T->dropout, &r, act);
    parser_valid(&st, nl, T->root, valid);
    parser_costs(&st, &g, nl, valid, costs);
    uint32_t ca[3] = {valid[0] ? costs[0] : UINT32_MAX, UINT32_MAX,
                      UINT32_MAX};
    unsigned char av[3] = {valid[0], 0, 0};
    for (uint32_t l = 0; l < nl; l++)
      for (uint32_t d = 0; d < 2; d++)
        if (valid[1 + d + 2 * l]) {
          av[1 + d] = 1;
          if (costs[1 + d + 2 * l] < ca[1 + d])
            ca[1 + d] = costs[1 + d + 2 * l];
        }
    uint32_t minc = UINT32_MAX;
    for (int a = 0; a < 3; a++)
      if (av[a] && ca[a] < minc)
        minc = ca[a];
    int pa_best = -1, ta = -1;
    for (int a = 0; a < 3; a++) {
      if (!av[a])
        continue;
      if (pa_best < 0 || act[a] > act[pa_best])
        pa_best = a;
      if (ca[a] == minc && (ta < 0 || act[a] > act[ta]))
        ta = a;
    }
    gr->loss += softmax(act, av, 3, (uint32_t)ta, pa);
    pa[ta] -= 1.0f;
    for (uint32_t i = 0; i < H; i++)
      dh[i] = pa[0] * m->wa[i] + pa[1] * m->wa[H + i] + pa[2] * m->wa[2 * H + i];
    for (int a = 0; a < 3; a++) {
      float *gw = G->wa + (size_t)a * H;
      for (uint32_t i = 0; i < H; i++)
        gw[i] += pa[a] * hd[i];
      G->ba[a] += pa[a];
    }
    /* the model's own move, for exploration */
    unsigned pred = 0, target = 0;
    int labdir = -1;
    if (pa_best > 0) {
      uint32_t dir = (uint32_t)pa_best - 1;
      label_scores(m, hd, dir, lab);
      labdir = (int)dir;
      int bl = -1;
      for (uint32_t l = 0; l < nl; l++)
        if (valid[1 + dir + 2 * l] && (bl < 0 || lab[l] > lab[bl]))
          bl = (int)l;
      pred = 1 + dir + 2 * (unsigned)bl;
    }
    if (ta > 0) {
      uint32_t dir = (uint32_t)ta - 1;
      if (labdir != (int)dir)
        label_scores(m, hd, dir, lab);
      unsigned char ok[PARSER_MAXLABELS];
      int tl = -1;
      for (uint32_t l = 0; l < nl; l++) {
        ok[l] = valid[1 + dir + 2 * l];
        if (ok[l] && costs[1 + dir + 2 * l] == minc &&
            (tl < 0 || lab[l] > lab[tl]))
          tl = (int)l;
      }
      target = 1 + dir + 2 * (unsigned)tl;
      gr->loss += softmax(lab, ok, nl, (uint32_t)tl, pl);
      pl[tl] -= 1.0f;
      const float *w = m->wl + (size_t)dir * nl * H;
      float *gw = G->wl + (size_t)dir * nl * H;
      for (uint32_t l = 0; l < nl; l++) {
        float d = pl[l];
        if (d == 0.0f)
          continue;
        const float *wr = w + (size_t)l * H;
        float *gwr = gw + (size_t)l * H;
        for (uint32_t i = 0; i < H; i++) {
          dh[i] += d * wr[i];
          gwr[i] += d * hd[i];
        }
        G->bl[dir * nl + l] += d;
      }
    }
    for (uint32_t i = 0; i < H; i++)
      dh[i] = z[i] > 0 ? dh[i] * mask[i] : 0.0f;
    for (uint32_t i = 0; i < H; i++)
      G->b1[i] += dh[i];
    for (int k = 0; k < DPARSER_NSLOTS; k++) {
      float *gr_row = grad_row(gr, idx[k]);
      for (uint32_t i = 0; i < H; i++)
        gr_row[i] += dh[i];
    }
    gr->moves++;
    unsigned next = target;
    if (costs[pred] != minc) {
      gr->wrong++;
      if (epoch > 0 && rng(&r) % 10 < 9)
        next = pred;
    }
    parser_apply(&st, next);
  }
}

/* ---- minibatches over threads ---- */

typedef struct job {
  const trainer *T;
  scratch *s;
  grad *gr;
  const sref *sents;
  const uint32_t *order;
  uint32_t lo, hi;
  int epoch;
} job;

static uint64_t sent_seed(const trainer *T, int epoch, uint32_t k) {
  return model_mix(T->seed * 0x100000001b3ULL ^ (uint64_t)epoch << 40 ^ k);
}

static void *job_run(void *arg) {
  job *j = arg;
  for (uint32_t k = j->lo; k < j->hi; k++)
    train_sentence(j->T, j->s, j->gr, &j->sents[j->order[k]], j->epoch,
                   sent_seed(j->T, j->epoch, k));
  return NULL;
}

/* Adam (no bias correction) on n parameters; decay: an L2 term added to
** the (scaled) gradient. */
static void adam(float *w, float *m1, float *m2, const float *g, size_t n,
                 float lr, float scale, float decay) {
  const float b1 = 0.9f, b2 = 0.999f, eps = 1e-8f;
  for (size_t i = 0; i < n; i++) {
    float gi = g[i] * scale + decay * w[i];
    m1[i] = b1 * m1[i] + (1 - b1) * gi;
    m2[i] = b2 * m2[i] + (1 - b2) * gi * gi;
    w[i] -= lr * m1[i] / (sqrtf(m2[i]) + eps);
  }
}

/* The shared row of each row (grow[nrows]) for --shared mode: 1, one
** table per slot kind; 2, words and XPOS in two tables each, the six
** stack/buffer positions and the fourteen children.  A word slot's value
** keeps its rank; its UNK, NONE and ROOT values map to the table's.
** Returns the number of shared rows. */
static uint32_t shared_map(const dparser_layout *lay, int mode,
                           uint32_t *grow) {
  enum { NGRP = 16 };
  uint32_t gsize[NGRP] = {0}, goff[NGRP], grp[DPARSER_NSLOTS];
  for (uint32_t s = 0; s < DPARSER_NSLOTS; s++) {
    uint32_t kind = lay->kind[s], g = kind * 2, p = 0;
    if (kind == DPK_WORD)
      p = s - DPS_WORD;
    else if (kind == DPK_XPOS)
      p = s - DPS_XPOS;
    if (mode == 2 && p >= 6)
      g++;
    grp[s] = g;
    if (lay->nval[s] > gsize[g])
      gsize[g] = lay->nval[s];
  }
  uint32_t n = 0;
  for (uint32_t g = 0; g < NGRP; g++) {
    goff[g] = n;
    n += gsize[g];
  }
  for (uint32_t s = 0; s < DPARSER_NSLOTS; s++) {
    uint32_t g = grp[s], nv = lay->nval[s];
    for (uint32_t v = 0; v < nv; v++) {
      uint32_t q = v;
      if (lay->kind[s] == DPK_WORD && v >= nv - 3)
        q = gsize[g] - (nv - v); /* UNK, NONE, ROOT: the table's last 3 */
      grow[lay->off[s] + v] = goff[g] + q;
    }
  }
  return n;
}

/* Sums thread 1's gradients into thread 0's (a fixed order). */
static void grad_merge(grad *a, const grad *b) {
  uint32_t H = a->g.H;
  size_t dense = fm_count(&a->g) - (size_t)a->g.nrows * H;
  for (size_t i = 0; i < dense; i++)
    a->g.b1[i] += b->g.b1[i];
  for (uint32_t k = 0; k < b->nlist; k++) {
    uint32_t r = b->list[k];
    float *d = grad_row(a, r);
    const float *src = b->g.R + (size_t)r * H;
    for (uint32_t i = 0; i < H; i++)
      d[i] += src[i];
  }
  a->loss += b->loss;
  a->moves += b->moves;
  a->wrong += b->wrong;
}

/* One half of the backward pass into E and P (--embed): the listed rows
** whose slot is par modulo npar, in list order; P's gradient rows are the
** slot's own, E's go to gE (one buffer per half, summed after). */
typedef struct bjob {
  const trainer *T;
  const grad *gr;
  uint32_t par, npar;
  float *gE;
} bjob;

static void *bwd_run(void *arg) {
  const bjob *j = arg;
  const trainer *T = j->T;
  uint32_t H = T->w.H, D = T->D;
  for (uint32_t k = 0; k < j->gr->nlist; k++) {
    uint32_t r = j->gr->list[k], q = T->grow[r];
    if (T->rslot[r] % j->npar != j->par)
      continue;
    const float *src = j->gr->g.R + (size_t)r * H;
    size_t po = (size_t)T->rslot[r] * D * H;
    const float *Ps = T->P + po, *e = T->E + (size_t)q * D;
    float *gPs = T->gP + po, *ge = j->gE + (size_t)q * D;
    /* ge[c] += dot8(P[c], src) (the same partial sums, added in the
    ** same order) in one pass with gP[c] += e[c] * src */
    for (uint32_t c = 0; c < D; c++) {
      const float *restrict pc = Ps + (size_t)c * H;
      const float *restrict sr = src;
      float *restrict gp = gPs + (size_t)c * H;
      float ec = e[c], acc[8] = {0, 0, 0, 0, 0, 0, 0, 0};
      for (uint32_t i0 = 0; i0 < H; i0 += 8)
        for (uint32_t i = i0; i < i0 + 8; i++) {
          acc[i - i0] += pc[i] * sr[i];
          gp[i] += ec * sr[i];
        }
      ge[c] += ((acc[0] + acc[1]) + (acc[2] + acc[3])) +
               ((acc[4] + acc[5]) + (acc[6] + acc[7]));
    }
  }
  return NULL;
}

static void step(trainer *T, grad *gr, float lr) {
  T->stepid++; /* the threads' rows are stale from here */
  float scale = gr->moves ? 1.0f / (float)gr->moves : 1.0f;
  uint32_t H = T->w.H;
  size_t rowsz = (size_t)T->w.nrows * H;
  size_t dense = fm_count(&T->w) - rowsz;
  adam(T->w.b1, T->m1.b1, T->m2.b1, gr->g.b1, dense, lr, scale, 0.0f);
  for (uint32_t k = 0; k < gr->nlist; k++) {
    size_t o = (size_t)gr->list[k] * H;
    adam(T->w.R + o, T->m1.R + o, T->m2.R + o, gr->g.R + o, H, lr, scale,
         T->rdecay);
  }
  if (!T->nG)
    return;
  /* the shared rows (the sum of their rows' gradients) and the slots'
  ** projections, accumulated in list order */
  T->gnow++;
  T->nglist = 0;
  uint32_t D = T->D;
  for (uint32_t k = 0; k < gr->nlist; k++) {
    uint32_t q = T->grow[gr->list[k]];
    if (T->gstamp[q] != T->gnow) {
      T->gstamp[q] = T->gnow;
      T->glist[T->nglist++] = q;
      if (T->gadd)
        memset(T->gG + (size_t)q * H, 0, H * sizeof(float));
      if (D) {
        memset(T->gE + (size_t)q * D, 0, D * sizeof(float));
        memset(T->gE2 + (size_t)q * D, 0, D * sizeof(float));
      }
    }
  }
  if (T->gadd)
    for (uint32_t k = 0; k < gr->nlist; k++) {
      uint32_t r = gr->list[k];
      const float *src = gr->g.R + (size_t)r * H;
      float *d = T->gG + (size_t)T->grow[r] * H;
      for (uint32_t i = 0; i < H; i++)
        d[i] += src[i];
    }
  if (D) {
    memset(T->gP, 0, (size_t)DPARSER_NSLOTS * D * H * sizeof(float));
    bjob jb[2] = {{T, gr, 0, 2, T->gE}, {T, gr, 1, 2, T->gE2}};
    pthread_t th;
    if (T->nthreads < 2 || pthread_create(&th, NULL, bwd_run, &jb[1])) {
      bwd_run(&jb[0]);
      bwd_run(&jb[1]);
    } else {
      bwd_run(&jb[0]);
      pthread_join(th, NULL);
    }
    for (uint32_t k = 0; k < T->nglist; k++) {
      size_t o = (size_t)T->glist[k] * D;
      for (uint32_t j = 0; j < D; j++)
        T->gE[o + j] += T->gE2[o + j];
    }
  }
  for (uint32_t k = 0; k < T->nglist; k++) {
    uint32_t q = T->glist[k];
    if (T->gadd) {
      size_t o = (size_t)q * H;
      adam(T->G + o, T->Gm1 + o, T->Gm2 + o, T->gG + o, H, lr, scale, 0.0f);
    }
    if (D) {
      size_t o = (size_t)q * D;
      adam(T->E + o, T->Em1 + o, T->Em2 + o, T->gE + o, D, lr, scale, 0.0f);
    }
  }
  if (D)
    adam(T->P, T->Pm1, T->Pm2, T->gP, (size_t)DPARSER_NSLOTS * D * H, lr,
         scale, 0.0f);
}

/* The average moves toward the weights by 1 - decay; early on (step t)
** by at least 1 - (1 + t) / (10 + t), so short runs average too. */
static void ema(trainer *T, float decay, uint64_t t) {
  float d = (float)(1 + t) / (float)(10 + t);
  if (d < decay)
    decay = d;
  size_t n = fm_count(&T->w);
  for (size_t i = 0; i < n; i++)
    T->avgblk[i] += (1 - decay) * (T->wblk[i] - T->avgblk[i]);
  if (!T->nG)
    return;
  uint32_t H = T->w.H;
  size_t ng = T->gadd ? (size_t)T->nG * H : 0, ne = (size_t)T->nG * T->D;
  size_t np = (size_t)DPARSER_NSLOTS * T->D * H;
  for (size_t i = 0; i < ng; i++)
    T->Gavg[i] += (1 - decay) * (T->G[i] - T->Gavg[i]);
  for (size_t i = 0; i < ne; i++)
    T->Eavg[i] += (1 - decay) * (T->E[i] - T->Eavg[i]);
  for (size_t i = 0; i < np; i++)
    T->Pavg[i] += (1 - decay) * (T->P[i] - T->Pavg[i]);
}

/* The averaged model as the parser reads it: T->avg, or with --shared
** its rows folded from the averaged parameters into T->view. */
static const fmodel *avg_view(trainer *T) {
  if (!T->nG)
    return &T->avg;
  memcpy(T->viewblk, T->avgblk, fm_count(&T->w) * sizeof(float));
  for (uint32_t r = 0; r < T->w.nrows; r++)
    row_fold(T, T->avg.R, T->Gavg, T->Eavg, T->Pavg, r,
             T->view.R + (size_t)r * T->w.H);
  return &T->view;
}

/* ---- evaluation ---- */

/* Parses dev with float weights m; returns LAS, sets *uas. */
static double eval_float(const trainer *T, const fmodel *m, const bank *dev,
                         scratch *s, double *uas) {
  const sima_doc *doc = dev->doc;
  uint64_t words = 0, ua = 0, la = 0;
  for (uint32_t si = 0; si < doc->nsents; si++) {
    const sima_sentence *se = &doc->sents[si];
    uint32_t n = se->count;
    if (n == 0 || n > T->maxn)
      continue;
    sent_input(T, s, doc, se, doc->syn, NULL);
    parser_state st;
    parser_state_init(&st, s->mem, n, s->toks);
    while (!parser_terminal(&st)) {
      unsigned cls = parser_forced(&st, T->root);
      parser_apply(&st,
                   cls != UINT32_MAX ? cls : float_choose(T, m, &st, s->words));
    }
    for (uint32_t i = 0; i < n; i++) {
      uint32_t t = se->first + i;
      int32_t gh = dev->gold[t].head;
      int32_t ph = st.head[i + 1] <= 0 ? -1
                                       : st.head[i + 1] - 1 + (int32_t)se->first;
      words++;
      if (gh == ph) {
        ua++;
        la += sima_deprel_base(dev->gold[t].deprel) ==
              sima_deprel_base(T->dep[st.label[i + 1]]);
      }
    }
  }
  *uas = 100.0 * (double)ua / (double)(words ? words : 1);
  return 100.0 * (double)la / (double)(words ? words : 1);
}

/* Parses dev with the quantised model file; returns LAS, sets *uas. */
static double eval_file(const char *path, const bank *dev, double *uas) {
  dparser_model dm;
  sima_error err;
  if (dparser_load(&dm, path, &err))
    die(err.msg);
  sima_doc *doc = dev->doc;
  sima_syntax *syn = xcalloc(doc->ntokens, sizeof *syn);
  memcpy(syn, doc->syn, doc->ntokens * sizeof *syn);
  uint64_t ua = 0, la = 0;
  for (uint32_t si = 0; si < doc->nsents; si++) {
    const sima_sentence *se = &doc->sents[si];
    if (se->count && dparser_parse(&dm, doc, se->first, se->count,
                                   syn + se->first))
      die("out of memory");
  }
  for (uint32_t t = 0; t < doc->ntokens; t++)
    if (syn[t].head == dev->gold[t].head) {
      ua++;
      la += sima_deprel_base(syn[t].deprel) ==
            sima_deprel_base(dev->gold[t].deprel);
    }
  free(syn);
  dparser_free(&dm);
  *uas = 100.0 * (double)ua / (double)(doc->ntokens ? doc->ntokens : 1);
  return 100.0 * (double)la / (double)(doc->ntokens ? doc->ntokens : 1);
}

/* ---- export ---- */

static int32_t clamp_round(double x, double lo, double hi) {
  x = x < lo ? lo : x > hi ? hi : x;
  return (int32_t)lround(x);
}

static int f32_cmp(const void *a, const void *b) {
  float x = *(const float *)a, y = *(const float *)b;
  return x < y ? -1 : x > y;
}

/* Quantises float model m (dparser.h's integer scheme) and writes it:
** each slot's none row is folded into the bias (rows - none row, bias +
** none rows), then all rows share one int8 scale (the largest magnitude
** -> 127), which is also the unit of the int16 hidden layer; the output
** weights are int16 up to DPARSER_WMAX, each head on its own scale. */
static void export_model(const trainer *T, const fmodel *m, const char *path) {
  uint32_t H = m->H, nl = T->nl, nrows = m->nrows;
  float *R = xcalloc((size_t)nrows * H, 4);
  double bf[DPARSER_MAXH];
  for (uint32_t i = 0; i < H; i++)
    bf[i] = (double)m->b1[i];
  for (uint32_t s = 0; s < DPARSER_NSLOTS; s++) {
    const float *none =
        m->R + ((size_t)T->lay.off[s] + dparser_none_value(&T->lay, s)) * H;
    for (uint32_t i = 0; i < H; i++)
      bf[i] += (double)none[i];
    for (uint32_t v = 0; v < T->lay.nval[s]; v++) {
      size_t o = ((size_t)T->lay.off[s] + v) * H;
      for (uint32_t i = 0; i < H; i++)
        R[o + i] = m->R[o + i] - none[i];
    }
  }
  double mx = 1e-12;
  for (size_t i = 0; i < (size_t)nrows * H; i++)
    mx = fabs((double)R[i]) > mx ? fabs((double)R[i]) : mx;
  if (T->qclip < 1.0f) {
    /* --qclip q: the q-quantile of the magnitudes maps to 127 (larger
    ** ones are clipped), a finer step for the bulk of the rows */
    size_t n = (size_t)nrows * H;
    float *a = xcalloc(n, 4);
    for (size_t i = 0; i < n; i++)
      a[i] = fabsf(R[i]);
    qsort(a, n, 4, f32_cmp);
    size_t at = (size_t)((double)T->qclip * (double)(n - 1));
    if ((double)a[at] > 1e-12)
      mx = (double)a[at];
    free(a);
  }
  double u = mx / 127.0;
  int8_t *rows = xcalloc((size_t)nrows * H, 1);
  for (size_t i = 0; i < (size_t)nrows * H; i++)
    rows[i] = (int8_t)clamp_round((double)R[i] / u, -127, 127);
  int16_t *b1 = xcalloc(H, 2);
  for (uint32_t i = 0; i < H; i++)
    b1[i] = (int16_t)clamp_round(bf[i] / u, INT16_MIN, INT16_MAX);
  double uh = u;
  int16_t *wa = xcalloc(3 * (size_t)H, 2), *wl = xcalloc(2 * (size_t)nl * H, 2);
  int32_t ba[3], *bl = xcalloc(2 * nl, 4);
  mx = 1e-12;
  for (size_t i = 0; i < 3 * (size_t)H; i++)
    mx = fabs((double)m->wa[i]) > mx ? fabs((double)m->wa[i]) : mx;
  double sa = mx / DPARSER_WMAX;
  for (size_t i = 0; i < 3 * (size_t)H; i++)
    wa[i] = (int16_t)clamp_round((double)m->wa[i] / sa, -DPARSER_WMAX,
                                 DPARSER_WMAX);
  for (int a = 0; a < 3; a++)
    ba[a] = clamp_round((double)m->ba[a] / (sa * uh), -1e9, 1e9);
  mx = 1e-12;
  for (size_t i = 0; i < 2 * (size_t)nl * H; i++)
    mx = fabs((double)m->wl[i]) > mx ? fabs((double)m->wl[i]) : mx;
  double sl = mx / DPARSER_WMAX;
  for (size_t i = 0; i < 2 * (size_t)nl * H; i++)
    wl[i] = (int16_t)clamp_round((double)m->wl[i] / sl, -DPARSER_WMAX,
                                 DPARSER_WMAX);
  for (uint32_t l = 0; l < 2 * nl; l++)
    bl[l] = clamp_round((double)m->bl[l] / (sl * uh), -1e9, 1e9);
  uint32_t hd[10] = {H,           DPARSER_NSLOTS, nrows,       nl,
                     2,           T->lay.k[0],    T->lay.k[1], T->lay.k[2],
                     T->lay.k[3], T->vmask + 1};
  model_writer w;
  model_writer_init(&w);
  model_writer_section(&w, MODEL_TAG('D', 'P', 'H', 'D'), hd, sizeof hd);
  model_writer_section(&w, MODEL_TAG('D', 'P', 'R', 'W'), rows,
                       (size_t)nrows * H);
  model_writer_section(&w, MODEL_TAG('D', 'P', 'B', '1'), b1, (size_t)H * 2);
  model_writer_section(&w, MODEL_TAG('D', 'P', 'W', 'A'), wa, 6 * (size_t)H);
  model_writer_section(&w, MODEL_TAG('D', 'P', 'B', 'A'), ba, sizeof ba);
  model_writer_section(&w, MODEL_TAG('D', 'P', 'W', 'L'), wl,
                       4 * (size_t)nl * H);
  model_writer_section(&w, MODEL_TAG('D', 'P', 'B', 'L'), bl, 8 * (size_t)nl);
  model_writer_section(&w, MODEL_TAG('D', 'P', 'L', 'B'), T->dep,
                       2 * (size_t)nl);
  model_writer_section(&w, MODEL_TAG('D', 'P', 'V', 'K'), T->vkey,
                       8 * ((size_t)T->vmask + 1));
  model_writer_section(&w, MODEL_TAG('D', 'P', 'V', 'R'), T->vrank,
                       4 * ((size_t)T->vmask + 1));
  sima_error err;
  if (model_writer_save(&w, path, MODEL_KIND_DPARSER, &err))
    die(err.msg);
  free(R);
  free(rows);
  free(b1);
  free(wa);
  free(wl);
  free(bl);
}

/* The float weights of the best epoch (--save-float), to try other
** quantisations later without training (--from-float, with the same
** data and options, which rebuild the same vocabulary and layout). */
static void float_save(const char *path, const float *p, size_t n) {
  FILE *f = fopen(path, "wb");
  uint64_t nn = n;
  if (!f || fwrite(&nn, 8, 1, f) != 1 || fwrite(p, 4, n, f) != n ||
      fclose(f))
    die("cannot write the --save-float file");
}
static void float_load(const char *path, float *p, size_t n) {
  FILE *f = fopen(path, "rb");
  uint64_t nn = 0;
  if (!f || fread(&nn, 8, 1, f) != 1 || nn != n || fread(p, 4, n, f) != n)
    die("--from-float: missing file, or weights of another shape");
  fclose(f);
}

/* ---- vocabulary ---- */

typedef struct wc {
  uint64_t w;
  uint32_t c;
} wc;
static int wc_cmp(const void *a, const void *b) {
  const wc *x = a, *y = b;
  if (x->c != y->c)
    return x->c > y->c ? -1 : 1;
  return x->w < y->w ? -1 : x->w > y->w;
}
static int u64_cmp(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* Ranks the words of the training banks by frequency (ties by hash) and
** keeps the kmax most frequent in T's table. */
static void vocab_build(trainer *T, uint32_t nbanks, uint32_t kmax) {
  size_t nt = 0;
  for (uint32_t b = 0; b < nbanks; b++)
    nt += T->banks[b].doc->ntokens;
  uint64_t *all = xcalloc(nt, 8);
  size_t k = 0;
  for (uint32_t b = 0; b < nbanks; b++) {
    const sima_doc *d = T->banks[b].doc;
    for (uint32_t t = 0; t < d->ntokens; t++) {
      parser_tok pt;
      const char *s = d->text + d->tokens[t].off;
      size_t len = d->tokens[t].len;
      if (tagger_spaced_dash(d, t))
        s = ",", len = 1;
      parser_tok_init(&pt, s, len, 0, 0);
      all[k++] = pt.w;
    }
  }
  qsort(all, nt, 8, u64_cmp);
  wc *u = xcalloc(nt, sizeof *u);
  size_t nu = 0;
  for (size_t i = 0; i < nt; i++) {
    if (nu && u[nu - 1].w == all[i])
      u[nu - 1].c++;
    else
      u[nu++] = (wc){all[i], 1};
  }
  qsort(u, nu, sizeof *u, wc_cmp);
  uint32_t nv = nu < kmax ? (uint32_t)nu : kmax;
  uint32_t cap = 16;
  while (cap < 2 * nv)
    cap *= 2;
  T->vmask = cap - 1;
  T->vkey = xcalloc(cap, 8);
  T->vrank = xcalloc(cap, 4);
  T->vcount = xcalloc(nv, 4);
  for (uint32_t r = 0; r < nv; r++) {
    uint32_t i = (uint32_t)(u[r].w >> 40) & T->vmask;
    while (T->vkey[i])
      i = (i + 1) & T->vmask;
    T->vkey[i] = u[r].w | 1;
    T->vrank[i] = r;
    T->vcount[r] = u[r].c;
  }
  fprintf(stderr, "vocabulary: %zu word types, %u kept (least frequent: "
                  "%u times)\n",
          nu, nv, nv ? u[nv - 1].c : 0);
  free(all);
  free(u);
}

/* ---- main ---- */

static void scratch_free(scratch *s) {
  free(s->toks);
  free(s->words);
  free(s->mem);
  free(s->gh);
  free(s->gl);
  free(s->koff);
  free(s->kids);
}

/* Frees everything main allocated (a clean exit under LeakSanitizer). */
static void cleanup(trainer *T, uint32_t nbanks, bank *dev, scratch *sc,
                    grad *gr, int nthreads) {
  for (int t = 0; t < nthreads; t++) {
    scratch_free(&sc[t]);
    free(gr[t].g.R);
    free(gr[t].stamp);
    free(gr[t].list);
    free(sc[t].X);
    free(sc[t].xst);
  }
  for (uint32_t b = 0; b < nbanks; b++) {
    sima_doc_free(T->banks[b].doc);
    free(T->banks[b].buf);
  }
  free(T->banks);
  sima_doc_free(dev->doc);
  free(dev->buf);
  free(T->wblk);
  free(T->m1blk);
  free(T->m2blk);
  free(T->avgblk);
  free(T->vkey);
  free(T->vrank);
  free(T->vcount);
  free(T->grow);
  free(T->G);
  free(T->Gm1);
  free(T->Gm2);
  free(T->gG);
  free(T->gstamp);
  free(T->glist);
  free(T->Gavg);
  free(T->Eavg);
  free(T->Pavg);
  free(T->viewblk);
  free(T->rslot);
  free(T->E);
  free(T->Em1);
  free(T->Em2);
  free(T->gE);
  free(T->gE2);
  free(T->P);
  free(T->Pm1);
  free(T->Pm2);
  free(T->gP);
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr,
            "usage: dtrain OUT.bin TRAIN.conllu DEV.conllu [--extra FILE] "
            "[--copies N] [--models DIR] [--hidden H] [--epochs N] "
            "[--k K0,K1,K2,K3] [--lr X] [--dropout X] [--batch N] "
            "[--threads 1|2] [--seed N] [--save-float FILE] "
            "[--from-float FILE] [--embed D] [--shared 1|2] [--add 0|1] "
            "[--rdecay X] [--qclip Q]\n");
    return 2;
  }
  const char *out = argv[1], *models = "models", *extra[8];
  const char *save_float = NULL, *from_float = NULL;
  int shared = 0;
  int nextra = 0, copies = 1, epochs = 10, batch = 32, nthreads = 2;
  uint32_t H = 192, k[DPARSER_NKCLASS] = {2000, 1000, 500, 100};
  trainer T;
  memset(&T, 0, sizeof T);
  T.lr = 0.002f;
  T.dropout = 0.3f;
  T.seed = 1;
  T.qclip = 1.0f;
  for (int i = 4; i < argc; i++) {
    if (!strcmp(argv[i], "--extra") && i + 1 < argc && nextra < 8)
      extra[nextra++] = argv[++i];
    else if (!strcmp(argv[i], "--copies") && i + 1 < argc)
      copies = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--save-float") && i + 1 < argc)
      save_float = argv[++i];
    else if (!strcmp(argv[i], "--from-float") && i + 1 < argc)
      from_float = argv[++i];
    else if (!strcmp(argv[i], "--models") && i + 1 < argc)
      models = argv[++i];
    else if (!strcmp(argv[i], "--hidden") && i + 1 < argc)
      H = (uint32_t)atoi(argv[++i]);
    else if (!strcmp(argv[i], "--epochs") && i + 1 < argc)
      epochs = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--batch") && i + 1 < argc)
      batch = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--threads") && i + 1 < argc)
      nthreads = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--seed") && i + 1 < argc)
      T.seed = (uint64_t)atoll(argv[++i]);
    else if (!strcmp(argv[i], "--lr") && i + 1 < argc)
      T.lr = (float)atof(argv[++i]);
    else if (!strcmp(argv[i], "--shared") && i + 1 < argc)
      shared = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--embed") && i + 1 < argc)
      T.D = (uint32_t)atoi(argv[++i]);
    else if (!strcmp(argv[i], "--add") && i + 1 < argc)
      T.gadd = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--qclip") && i + 1 < argc)
      T.qclip = (float)atof(argv[++i]);
    else if (!strcmp(argv[i], "--rdecay") && i + 1 < argc)
      T.rdecay = (float)atof(argv[++i]);
    else if (!strcmp(argv[i], "--dropout") && i + 1 < argc)
      T.dropout = (float)atof(argv[++i]);
    else if (!strcmp(argv[i], "--k") && i + 1 < argc) {
      char *q = argv[++i];
      for (int c = 0; c < DPARSER_NKCLASS; c++) {
        k[c] = (uint32_t)strtoul(q, &q, 10);
        if (*q == ',')
          q++;
      }
    } else
      die("unknown option (run without arguments for usage)");
  }
  if (H == 0 || H % 32 || H > DPARSER_MAXH || copies < 1 || epochs < 1 ||
      batch < 1 || nthreads < 1 || nthreads > 2 || shared < 0 || shared > 2 ||
      T.D > 256 || T.gadd < 0 || T.gadd > 1 || T.qclip <= 0.0f ||
      T.qclip > 1.0f)
    die("bad --hidden (a multiple of 32 up to 512), --copies, --epochs, "
        "--batch, --threads, --shared (0-2), --embed (up to 256), --add "
        "(0 or 1) or --qclip (in (0, 1])");
  if ((T.D || T.gadd) && !shared)
    shared = 1;
  if (shared && !T.D && !T.gadd)
    die("--shared needs --embed D or --add 1");
  uint32_t nbanks = 1 + (uint32_t)nextra;
  T.banks = xcalloc(nbanks, sizeof *T.banks);
  bank_read(&T.banks[0], argv[2]);
  for (int e = 0; e < nextra; e++)
    bank_read(&T.banks[1 + e], extra[e]);
  bank dev;
  bank_read(&dev, argv[3]);
  {
    sima_error err;
    sima_model *tm = sima_model_load(models, &err);
    if (!tm || sima_tag_doc(tm, dev.doc, &err))
      die(err.msg);
    sima_model_free(tm); /* doc->syn lives on the document's arena */
  }
  /* labels: the relations of the main treebank, in id order */
  memset(T.of, 0xff, sizeof T.of);
  {
    int seen[SIMA_NDEP] = {0};
    const bank *b = &T.banks[0];
    for (uint32_t t = 0; t < b->doc->ntokens; t++)
      seen[b->gold[t].deprel] = 1;
    seen[SIMA_DEP_ROOT] = 1;
    seen[0] = 0;
    for (unsigned r = 1; r < SIMA_NDEP; r++)
      if (seen[r]) {
        if (T.nl >= PARSER_MAXLABELS)
          die("too many relations");
        T.of[r] = (int16_t)T.nl;
        T.dep[T.nl++] = (uint16_t)r;
      }
    T.root = (uint32_t)T.of[SIMA_DEP_ROOT];
  }
  uint32_t kmax = 0;
  for (int c = 0; c < DPARSER_NKCLASS; c++)
    kmax = k[c] > kmax ? k[c] : kmax;
  vocab_build(&T, nbanks, kmax);
  if (dparser_layout_init(&T.lay, k, T.nl))
    die("bad --k");
  /* training sentences: projective trees only */
  size_t cap = 0;
  for (uint32_t b = 0; b < nbanks; b++)
    cap += T.banks[b].doc->nsents * (b == 0 ? (size_t)copies : 1);
  sref *sents = xcalloc(cap, sizeof *sents);
  uint32_t nsents = 0, nonproj = 0;
  T.maxn = 0;
  for (uint32_t b = 0; b < nbanks; b++) {
    const sima_doc *d = T.banks[b].doc;
    for (uint32_t s = 0; s < d->nsents; s++)
      if (d->sents[s].count > T.maxn)
        T.maxn = d->sents[s].count;
  }
  for (uint32_t s = 0; s < dev.doc->nsents; s++)
    if (dev.doc->sents[s].count > T.maxn)
      T.maxn = dev.doc->sents[s].count;
  {
    int32_t *gh = xcalloc(T.maxn + 2, 4);
    for (uint32_t b = 0; b < nbanks; b++) {
      const sima_doc *d = T.banks[b].doc;
      for (uint32_t s = 0; s < d->nsents; s++) {
        const sima_sentence *se = &d->sents[s];
        if (se->count == 0)
          continue;
        for (uint32_t i = 0; i < se->count; i++) {
          int32_t h = T.banks[b].gold[se->first + i].head;
          gh[i + 1] = h < 0 ? 0 : h - (int32_t)se->first + 1;
        }
        if (!parser_projective(gh, se->count)) {
          nonproj++;
          continue;
        }
        for (int c = 0; c < (b == 0 ? copies : 1); c++)
          sents[nsents++] = (sref){b, s};
      }
    }
    free(gh);
  }
  fprintf(stderr, "dtrain: %u training sentences (%u non-projective "
                  "skipped), %u labels, H %u, %u rows\n",
          nsents, nonproj, T.nl, H, T.lay.nrows);
  /* parameters */
  T.w.H = H;
  T.w.nl = T.nl;
  T.w.nrows = T.lay.nrows;
  T.m1 = T.m2 = T.avg = T.w;
  size_t np = fm_count(&T.w);
  T.wblk = xcalloc(np, 4);
  T.m1blk = xcalloc(np, 4);
  T.m2blk = xcalloc(np, 4);
  T.avgblk = xcalloc(np, 4);
  fm_bind(&T.w, T.wblk);
  fm_bind(&T.m1, T.m1blk);
  fm_bind(&T.m2, T.m2blk);
  fm_bind(&T.avg, T.avgblk);
  {
    uint64_t r = model_mix(T.seed ^ 0xabcdef);
    float a = 1.732f * 0.5f / sqrtf((float)DPARSER_NSLOTS);
    for (size_t i = 0; i < (size_t)T.w.nrows * H; i++)
      T.w.R[i] = (2 * frand(&r) - 1) * a;
    for (uint32_t i = 0; i < H; i++)
      T.w.b1[i] = 0.1f;
    float wa = sqrtf(6.0f / (float)(H + 3));
    for (size_t i = 0; i < 3 * (size_t)H; i++)
      T.w.wa[i] = (2 * frand(&r) - 1) * wa;
    float wl = sqrtf(6.0f / (float)(H + T.nl));
    for (size_t i = 0; i < 2 * (size_t)T.nl * H; i++)
      T.w.wl[i] = (2 * frand(&r) - 1) * wl;
  }
  scratch sc[2];
  grad gr[2];
  memset(sc, 0, sizeof sc);
  for (int t = 0; t < nthreads; t++) {
    scratch_init(&sc[t], T.maxn);
    grad_init(&gr[t], &T.w);
  }
  T.nthreads = nthreads;
  if (shared) {
    T.grow = xcalloc(T.w.nrows, 4);
    T.nG = shared_map(&T.lay, shared, T.grow);
    size_t ng = (size_t)T.nG * H;
    if (!T.gadd)
      ng = 0; /* calloc(0) still gives a block */
    T.G = xcalloc(ng, 4);
    T.Gm1 = xcalloc(ng, 4);
    T.Gm2 = xcalloc(ng, 4);
    T.gG = xcalloc(ng, 4);
    T.rslot = xcalloc(T.w.nrows, 1);
    for (uint32_t sl = 0; sl < DPARSER_NSLOTS; sl++)
      for (uint32_t v = 0; v < T.lay.nval[sl]; v++)
        T.rslot[T.lay.off[sl] + v] = (unsigned char)sl;
    size_t ne = (size_t)T.nG * T.D, npj = (size_t)DPARSER_NSLOTS * T.D * H;
    T.E = xcalloc(ne, 4);
    T.Em1 = xcalloc(ne, 4);
    T.Em2 = xcalloc(ne, 4);
    T.gE = xcalloc(ne, 4);
    T.gE2 = xcalloc(ne, 4);
    T.P = xcalloc(npj, 4);
    T.Pm1 = xcalloc(npj, 4);
    T.Pm2 = xcalloc(npj, 4);
    T.gP = xcalloc(npj, 4);
    {
      uint64_t r = model_mix(T.seed ^ 0xe3be);
      float a = T.D ? 1.0f / sqrtf((float)T.D) : 0.0f;
      for (size_t i = 0; i < ne; i++)
        T.E[i] = (2 * frand(&r) - 1) * a;
    }
    T.gstamp = xcalloc(T.nG, 4);
    T.glist = xcalloc(T.nG, 4);
    T.Gavg = xcalloc(ng, 4);
    T.Eavg = xcalloc(ne, 4);
    T.Pavg = xcalloc(npj, 4);
    memcpy(T.Eavg, T.E, ne * 4);
    T.view = T.w;
    T.viewblk = xcalloc(np, 4);
    fm_bind(&T.view, T.viewblk);
    for (int t = 0; t < nthreads; t++) {
      sc[t].X = xcalloc((size_t)T.w.nrows * H, 4);
      sc[t].xst = xcalloc(T.w.nrows, 4);
      sc[t].m = T.w;
      sc[t].m.R = sc[t].X;
    }
    fprintf(stderr, "dtrain: --shared %d: %u shared rows (%s), embedding "
                    "%u\n", shared, T.nG, T.gadd ? "added" : "not added", T.D);
  }
  memcpy(T.avgblk, T.wblk, np * 4);
  float *bestblk = xcalloc(np, 4);
  if (from_float) {
    /* --from-float: quantise and score saved weights, no training */
    float_load(from_float, T.avgblk, np);
    export_model(&T, &T.avg, out);
    double qu, ql = eval_file(out, &dev, &qu);
    double fu, fl = eval_float(&T, &T.avg, &dev, &sc[0], &fu);
    fprintf(stderr, "dtrain: %s from %s: dev (float) UAS %.2f LAS %.2f, "
                    "(quantised) UAS %.2f LAS %.2f\n",
            out, from_float, fu, fl, qu, ql);
    free(sents);
    free(bestblk);
    cleanup(&T, nbanks, &dev, sc, gr, nthreads);
    return 0;
  }
  uint32_t *order = xcalloc(nsents, 4);
  for (uint32_t i = 0; i < nsents; i++)
    order[i] = i;
  uint64_t shuf = model_mix(T.seed ^ 0x5151);
  double best = -1;
  int bestep = -1;
  const float decay = 0.998f;
  uint64_t nsteps = 0;
  for (int ep = 0; ep < epochs; ep++) {
    double t0 = now_s();
    for (uint32_t i = nsents; i > 1; i--) {
      uint32_t j = (uint32_t)(rng(&shuf) % i), x = order[i - 1];
      order[i - 1] = order[j];
      order[j] = x;
    }
    double loss = 0;
    uint64_t moves = 0, wrong = 0;
    float lr = T.lr / (1.0f + 0.1f * (float)ep);
    for (uint32_t lo = 0; lo < nsents; lo += (uint32_t)batch) {
      uint32_t hi = lo + (uint32_t)batch < nsents ? lo + (uint32_t)batch
                                                  : nsents;
      job jobs[2];
      for (int t = 0; t < nthreads; t++) {
        grad_clear(&gr[t]);
        uint32_t a = lo + (hi - lo) * (uint32_t)t / (uint32_t)nthreads;
        uint32_t b = lo + (hi - lo) * (uint32_t)(t + 1) / (uint32_t)nthreads;
        jobs[t] = (job){&T, &sc[t], &gr[t], sents, order, a, b, ep};
      }
      if (nthreads == 2) {
        pthread_t th;
        if (pthread_create(&th, NULL, job_run, &jobs[1]))
          die("cannot start a thread");
        job_run(&jobs[0]);
        pthread_join(th, NULL);
        grad_merge(&gr[0], &gr[1]);
      } else {
        job_run(&jobs[0]);
      }
      loss += gr[0].loss;
      moves += gr[0].moves;
      wrong += gr[0].wrong;
      step(&T, &gr[0], lr);
      ema(&T, decay, nsteps++);
    }
    double t1 = now_s();
    const fmodel *av = avg_view(&T);
    double uas, las = eval_float(&T, av, &dev, &sc[0], &uas);
    fprintf(stderr, "epoch %d: loss %.4f, %.2f%% moves wrong, %.1fs; dev "
                    "(float, averaged) UAS %.2f LAS %.2f\n",
            ep + 1, loss / (double)(moves ? moves : 1),
            100.0 * (double)wrong / (double)(moves ? moves : 1), t1 - t0, uas,
            las);
    if (las > best) {
      best = las;
      bestep = ep + 1;
      float *avblk = T.nG ? T.viewblk : T.avgblk;
      memcpy(bestblk, avblk, np * 4);
      if (save_float)
        float_save(save_float, avblk, np);
      export_model(&T, av, out);
      double qu, ql = eval_file(out, &dev, &qu);
      fprintf(stderr, "  written %s: dev (quantised) UAS %.2f LAS %.2f\n",
              out, qu, ql);
    }
  }
  fprintf(stderr, "dtrain: best epoch %d, dev LAS %.2f (float)\n", bestep,
          best);
  free(order);
  free(sents);
  free(bestblk);
  cleanup(&T, nbanks, &dev, sc, gr, nthreads);
  return 0;
}
