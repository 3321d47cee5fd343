/*
** train.c — trains the tagger, lemmatizer and parser models from UD
** CoNLL-U treebanks (run by tools/train_models.sh, `make models`).
**
**   train OUTDIR TRAIN.conllu DEV.conllu TEST.conllu [--wordnet DIR]
**         [--tag-iters N] [--parse-iters N] [--jackknife K]
**         [--tag-prune X] [--parse-prune X,Y,...] [--only PART]
**         [--write-tags FILE]
**
** Everything is deterministic: sentence order comes from a fixed-seed
** xorshift generator and ties break by class id.  Analysis hooks (off by
** default): SIMA_TAG_ERRORS=FILE (with --only tagger-eval) and
** SIMA_LEMMA_ERRORS=FILE dump errors; SIMA_CURVE=N scores dev after each
** parser iteration from N on.  The trained files are
** written with model.c's container, then loaded back through the public
** API and scored on dev and test; the scores are printed as Markdown.
*/
#include "lemma.h"
#include "model.h"
#include "parser.h"
#include "tagger.h"

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void die(const char *msg) {
  fprintf(stderr, "train: %s\n", msg);
  exit(1);
}

static void *xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p)
    die("out of memory");
  return p;
}
static void *xrealloc(void *p, size_t size) {
  p = realloc(p, size ? size : 1);
  if (!p)
    die("out of memory");
  return p;
}

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static uint64_t rng(uint64_t *state) {
  uint64_t x = *state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  return *state = x;
}
static void shuffle(uint32_t *a, uint32_t n, uint64_t *state) {
  for (uint32_t i = n; i > 1; i--) {
    uint32_t j = (uint32_t)(rng(state) % i);
    uint32_t t = a[i - 1];
    a[i - 1] = a[j];
    a[j] = t;
  }
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
    fprintf(stderr, "train: cannot open %s\n", path);
    exit(1);
  }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  b->buf = xcalloc((size_t)n + 1, 1);
  if (fread(b->buf, 1, (size_t)n, f) != (size_t)n)
    die("read failed");
  fclose(f);
  sima_error err;
  if (sima_conllu_read(path, b->buf, (size_t)n, &b->doc, &b->gold, &err)) {
    fprintf(stderr, "train: %s\n", err.msg);
    exit(1);
  }
}

/* ---- sparse averaged perceptron ---- */

/* Dense rows: a feature gets a row of nclasses weights when first
** updated.  Averaging uses Daume's trick: u accumulates now * update, and
** the average is w - u / now, so an update touches only two classes. */
typedef struct ptrain {
  uint64_t *keys;
  uint32_t *row; /* slot -> row */
  size_t cap, n;
  float *w;
  double *tot;
  size_t rowcap;
  uint32_t nclasses;
  uint32_t now;
} ptrain;

static void pt_init(ptrain *p, uint32_t nclasses) {
  memset(p, 0, sizeof *p);
  p->nclasses = nclasses;
  p->cap = 1u << 20;
  p->keys = xcalloc(p->cap, 8);
  p->row = xcalloc(p->cap, 4);
}

static void pt_free(ptrain *p) {
  free(p->keys);
  free(p->row);
  free(p->w);
  free(p->tot);
}

static size_t pt_slot(const ptrain *p, uint64_t key) {
  size_t mask = p->cap - 1, i = (size_t)(key ^ key >> 29) & mask;
  while (p->keys[i] && p->keys[i] != key)
    i = (i + 1) & mask;
  return i;
}

static void pt_grow(ptrain *p) {
  uint64_t *ok = p->keys;
  uint32_t *orow = p->row;
  size_t oc = p->cap;
  p->cap *= 2;
  p->keys = xcalloc(p->cap, 8);
  p->row = xcalloc(p->cap, 4);
  for (size_t i = 0; i < oc; i++)
    if (ok[i]) {
      size_t s = pt_slot(p, ok[i]);
      p->keys[s] = ok[i];
      p->row[s] = orow[i];
    }
  free(ok);
  free(orow);
}

static void pt_score(const ptrain *p, const uint64_t *feats, size_t nf,
                     float *scores) {
  uint32_t nc = p->nclasses;
  const float *rows[256];
  size_t nr = 0;
  memset(scores, 0, nc * sizeof *scores);
  for (size_t f = 0; f < nf; f++) {
    uint64_t key = feats[f] | 1;
    __builtin_prefetch(&p->keys[(size_t)(key ^ key >> 29) & (p->cap - 1)]);
  }
  for (size_t f = 0; f < nf && nr < 256; f++) {
    uint64_t key = feats[f] | 1;
    size_t s = pt_slot(p, key);
    if (!p->keys[s])
      continue;
    rows[nr] = p->w + (size_t)p->row[s] * nc;
    __builtin_prefetch(rows[nr]);
    __builtin_prefetch(rows[nr] + 16);
    nr++;
  }
  for (size_t k = 0; k < nr; k++) {
    const float *w = rows[k];
    for (uint32_t c = 0; c < nc; c++)
      scores[c] += w[c];
  }
}

static void pt_update(ptrain *p, const uint64_t *feats, size_t nf,
                      uint32_t truth, uint32_t guess) {
  if (truth == guess)
    return;
  uint32_t nc = p->nclasses;
  for (size_t f = 0; f < nf; f++) {
    if ((p->n + 1) * 10 > p->cap * 7)
      pt_grow(p);
    uint64_t key = feats[f] | 1;
    size_t s = pt_slot(p, key);
    if (!p->keys[s]) {
      if (p->n == p->rowcap) {
        p->rowcap = p->rowcap ? p->rowcap * 2 : 1u << 16;
        p->w = xrealloc(p->w, p->rowcap * nc * sizeof(float));
        p->tot = xrealloc(p->tot, p->rowcap * nc * sizeof(double));
      }
      p->keys[s] = key;
      p->row[s] = (uint32_t)p->n;
      memset(p->w + p->n * nc, 0, nc * sizeof(float));
      memset(p->tot + p->n * nc, 0, nc * sizeof(double));
      p->n++;
    }
    size_t r = (size_t)p->row[s] * nc;
    p->w[r + truth] += 1.0f;
    p->w[r + guess] -= 1.0f;
    p->tot[r + truth] += (double)p->now;
    p->tot[r + guess] -= (double)p->now;
  }
}

/* Averages the weights in place (w -= u / now; u = 0 afterwards, so a
** second averaging or an export leaves them as they are). */
static void pt_average(ptrain *p) {
  size_t n = p->n * p->nclasses;
  double now = (double)(p->now ? p->now : 1);
  for (size_t e = 0; e < n; e++) {
    p->w[e] = (float)((double)p->w[e] - p->tot[e] / now);
    p->tot[e] = 0;
  }
}

/* Writes the model_linear sections (see model.h) under prefix: averaged
** weights below `minabs` in magnitude are dropped (and features left with
** none); the rest are coded on an 8-bit log scale from minabs to the
** largest weight.  Returns the number of features kept. */
typedef struct xfeat {
  uint64_t key;
  size_t row;
  uint32_t bucket, nent;
} xfeat;

static int xf_cmp(const void *a, const void *b) {
  const xfeat *x = a, *y = b;
  if (x->bucket != y->bucket)
    return x->bucket < y->bucket ? -1 : 1;
  return x->key < y->key ? -1 : x->key > y->key;
}

static size_t pt_export(const ptrain *p, model_writer *wr, const char *prefix,
                        double minabs, size_t *nent_out) {
  uint32_t nc = p->nclasses;
  double maxabs = 0;
  double now = (double)(p->now ? p->now : 1);
  float *avg = xcalloc(p->n * nc + 1, sizeof(float));
  for (size_t e = 0; e < p->n * nc; e++) {
    avg[e] = (float)((double)p->w[e] - p->tot[e] / now);
    if (fabs((double)avg[e]) > maxabs)
      maxabs = fabs((double)avg[e]);
  }
  if (minabs <= 0)
    minabs = 1e-3;
  if (maxabs < minabs * 1.01)
    maxabs = minabs * 1.01;
  /* code k in 1..127 stands for minabs * r^(k-1); r spans to maxabs */
  double lr = log(maxabs / minabs) / 126.0;
  double unit = 32000.0 / maxabs; /* dequantised scale: fits int16 */
  int32_t dq[256];
  dq[0] = 0;
  dq[128] = 0;
  for (int k = 1; k < 128; k++) {
    double v = minabs * exp(lr * (k - 1)) * unit;
    dq[k] = (int32_t)lround(v);
    dq[128 + k] = -dq[k];
  }
  xfeat *xf = xcalloc(p->n + 1, sizeof *xf);
  size_t nfeat = 0, ne = 0;
  for (size_t s = 0; s < p->cap; s++) {
    if (!p->keys[s])
      continue;
    const float *w = avg + (size_t)p->row[s] * nc;
    uint32_t k = 0;
    for (uint32_t c = 0; c < nc; c++)
      k += fabs((double)w[c]) >= minabs;
    if (!k)
      continue;
    xf[nfeat].key = p->keys[s];
    xf[nfeat].row = p->row[s];
    xf[nfeat].nent = k;
    nfeat++;
  }
  uint32_t nb = (uint32_t)(nfeat / 8 + 1);
  for (size_t i = 0; i < nfeat; i++)
    xf[i].bucket = model_bucket_of(xf[i].key, nb);
  qsort(xf, nfeat, sizeof *xf, xf_cmp);
  /* drop fingerprint duplicates within a bucket (rare) */
  size_t m = 0;
  for (size_t i = 0; i < nfeat; i++) {
    int dup = 0;
    for (size_t j = m; j > 0 && xf[j - 1].bucket == xf[i].bucket; j--)
      if (model_fp(xf[j - 1].key) == model_fp(xf[i].key))
        dup = 1;
    if (!dup)
      xf[m++] = xf[i];
  }
  nfeat = m;
  /* bucket sizes, then the blob */
  uint32_t *offs = xcalloc((size_t)nb + 1, 4);
  size_t blen = 0;
  {
    size_t fi = 0;
    for (uint32_t b = 0; b < nb; b++) {
      size_t k = 0, sum = 0;
      for (; fi < nfeat && xf[fi].bucket == b; fi++) {
        k++;
        sum += xf[fi].nent;
      }
      if (k > 255)
        die("scorer bucket overflow");
      offs[b] = (uint32_t)blen;
      blen += model_bucket_size(k, sum);
    }
    offs[nb] = (uint32_t)blen;
  }
  unsigned char *blob = xcalloc(blen + 1, 1);
  size_t fi = 0;
  for (uint32_t b = 0; b < nb; b++) {
    size_t f0 = fi, k = 0;
    while (fi < nfeat && xf[fi].bucket == b)
      fi++;
    k = fi - f0;
    unsigned char *q = blob + offs[b];
    q[0] = (unsigned char)k;
    q[1] = 0;
    unsigned char *ent = q + 2 + 3 * k + (k & 1);
    for (size_t j = 0; j < k; j++) {
      const xfeat *x = &xf[f0 + j];
      uint32_t fp = model_fp(x->key);
      q[2 + 2 * j] = (unsigned char)fp;
      q[3 + 2 * j] = (unsigned char)(fp >> 8);
      q[2 + 2 * k + j] = (unsigned char)x->nent;
      const float *w = avg + x->row * nc;
      for (uint32_t c = 0; c < nc; c++) {
        double a = fabs((double)w[c]);
        if (a < minabs)
          continue;
        long kq = lround(log(a / minabs) / lr) + 1;
        if (kq < 1)
          kq = 1;
        if (kq > 127)
          kq = 127;
        unsigned code = (unsigned)kq | (w[c] < 0 ? 128u : 0u);
        *ent++ = (unsigned char)c;
        *ent++ = (unsigned char)code;
        ne++;
      }
    }
  }
  uint32_t hdr[4] = {nc, nb, (uint32_t)nfeat, (uint32_t)ne};
#define TAGP(c) MODEL_TAG(prefix[0], prefix[1], prefix[2], c)
  model_writer_section(wr, TAGP('H'), hdr, sizeof hdr);
  model_writer_section(wr, TAGP('O'), offs, ((size_t)nb + 1) * 4);
  model_writer_section(wr, TAGP('D'), blob, blen);
  model_writer_section(wr, TAGP('Q'), dq, sizeof dq);
#undef TAGP
  free(offs);
  free(blob);
  free(avg);
  free(xf);
  *nent_out = ne;
  return nfeat;
}

/* ---- tagger ---- */

typedef struct tagset {
  uint32_t n;
  uint16_t pair[256][2];
} tagset;

static uint32_t tagset_class(tagset *ts, unsigned upos, unsigned xpos) {
  for (uint32_t c = 0; c < ts->n; c++)
    if (ts->pair[c][0] == upos && ts->pair[c][1] == xpos)
      return c;
  if (ts->n >= 255)
    die("too many tag classes");
  ts->pair[ts->n][0] = (uint16_t)upos;
  ts->pair[ts->n][1] = (uint16_t)xpos;
  return ts->n++;
}

typedef struct tagdict {
  uint64_t *keys;
  uint16_t *cls;
  uint32_t mask;
} tagdict;

/* Trains a tagger on the sentences of b whose index i has (i % K != fold)
** (fold < 0: all).  Returns the trainer (averaged). */
static void tagger_train(ptrain *pt, const bank *b, const tagger_word *ws,
                         const uint32_t *gcls, tagset *ts, const tagdict *td,
                         int iters, int k, int fold) {
  const sima_doc *d = b->doc;
  uint32_t *order = xcalloc(d->nsents, 4);
  uint32_t norder = 0;
  for (uint32_t s = 0; s < d->nsents; s++)
    if (fold < 0 || (int)(s % (uint32_t)k) != fold)
      order[norder++] = s;
  pt_init(pt, ts->n);
  float scores[256];
  uint64_t feats[TAGGER_MAXFEATS];
  tagger_model tm;
  memset(&tm, 0, sizeof tm);
  tm.dict_keys = td->keys;
  tm.dict_cls = td->cls;
  tm.dict_mask = td->mask;
  uint64_t seed = 0x9e3779b97f4a7c15ULL + (uint64_t)(fold + 1) * 7919;
  for (int it = 0; it < iters; it++) {
    shuffle(order, norder, &seed);
    for (uint32_t oi = 0; oi < norder; oi++) {
      const sima_sentence *sn = &d->sents[order[oi]];
      unsigned p1 = TAGGER_START, p2 = TAGGER_START;
      for (uint32_t i = 0; i < sn->count; i++) {
        uint32_t t = sn->first + i;
        int dc = tagger_dict(&tm, ws[t].form);
        uint32_t guess;
        if (dc >= 0) {
          guess = (uint32_t)dc;
        } else {
          size_t nf = tagger_features(ws + sn->first, sn->count, i, p1, p2,
                                      feats);
          pt_score(pt, feats, nf, scores);
          guess = 0;
          for (uint32_t c = 1; c < pt->nclasses; c++)
            if (scores[c] > scores[guess])
              guess = c;
          pt->now++;
          pt_update(pt, feats, nf, gcls[t], guess);
        }
        p2 = p1;
        p1 = guess;
      }
    }
  }
  pt_average(pt);
  free(order);
}

/* Tags sentence s of b with the (averaged) trainer; writes classes. */
static void tagger_apply_pt(const ptrain *pt, const bank *b,
                            const tagger_word *ws, const tagdict *td,
                            uint32_t s, uint32_t *out) {
  const sima_sentence *sn = &b->doc->sents[s];
  float scores[256];
  uint64_t feats[TAGGER_MAXFEATS];
  tagger_model tm;
  memset(&tm, 0, sizeof tm);
  tm.dict_keys = td->keys;
  tm.dict_cls = td->cls;
  tm.dict_mask = td->mask;
  unsigned p1 = TAGGER_START, p2 = TAGGER_START;
  for (uint32_t i = 0; i < sn->count; i++) {
    uint32_t t = sn->first + i;
    int dc = tagger_dict(&tm, ws[t].form);
    uint32_t guess;
    if (dc >= 0) {
      guess = (uint32_t)dc;
    } else {
      size_t nf = tagger_features(ws + sn->first, sn->count, i, p1, p2, feats);
      pt_score(pt, feats, nf, scores);
      guess = 0;
      for (uint32_t c = 1; c < pt->nclasses; c++)
        if (scores[c] > scores[guess])
          guess = c;
    }
    out[t] = guess;
    p2 = p1;
    p1 = guess;
  }
}

static void tagdict_build(tagdict *td, const bank *b, const tagger_word *ws,
                          const uint32_t *gcls, uint32_t nclasses) {
  /* count (form, class) with a simple open-addressed table of forms */
  size_t cap = 1u << 17;
  uint64_t *keys = xcalloc(cap, 8);
  uint32_t *counts = xcalloc(cap * nclasses, 4);
  uint32_t n = b->doc->ntokens;
  for (uint32_t t = 0; t < n; t++) {
    uint64_t k = ws[t].form | 1;
    size_t i = (size_t)(k >> 20) & (cap - 1);
    while (keys[i] && keys[i] != k)
      i = (i + 1) & (cap - 1);
    keys[i] = k;
    counts[i * nclasses + gcls[t]]++;
  }
  size_t nd = 0;
  for (size_t i = 0; i < cap; i++) {
    if (!keys[i])
      continue;
    uint32_t tot = 0, best = 0;
    for (uint32_t c = 0; c < nclasses; c++) {
      tot += counts[i * nclasses + c];
      if (counts[i * nclasses + c] > counts[i * nclasses + best])
        best = c;
    }
    if (tot >= 20 && counts[i * nclasses + best] * 1000 >= tot * 995)
      nd++;
    else
      keys[i] = 0;
  }
  size_t dcap = 1024;
  while (dcap < nd * 2)
    dcap *= 2;
  td->keys = xcalloc(dcap, 8);
  td->cls = xcalloc(dcap, 2);
  td->mask = (uint32_t)dcap - 1;
  for (size_t i = 0; i < cap; i++) {
    if (!keys[i])
      continue;
    uint32_t best = 0;
    for (uint32_t c = 0; c < nclasses; c++)
      if (counts[i * nclasses + c] > counts[i * nclasses + best])
        best = c;
    uint32_t j = (uint32_t)(keys[i] >> 20) & td->mask;
    while (td->keys[j])
      j = (j + 1) & td->mask;
    td->keys[j] = keys[i];
    td->cls[j] = (uint16_t)best;
  }
  fprintf(stderr, "tag dictionary: %zu words\n", nd);
  free(keys);
  free(counts);
}

/* Tagger trainings run as jobs on two threads: job 0 trains on all of
** train (the shipped model), jobs 1..K train on K-1 folds and tag the
** held-out fold (jackknifing: the parser then trains on realistic tags).
** Each job has its own generator seed, so the result does not depend on
** scheduling. */
typedef struct tjob {
  const bank *b;
  const tagger_word *ws;
  const uint32_t *gcls;
  tagset *ts;
  const tagdict *td;
  int iters, k, fold;
  ptrain pt;    /* job 0: kept for export */
  uint32_t *pc; /* predicted classes (shared; folds write disjoint parts) */
} tjob;

typedef struct tpool {
  tjob *jobs;
  int njobs, next;
  pthread_mutex_t mu;
} tpool;

static void *tpool_worker(void *arg) {
  tpool *tp = arg;
  for (;;) {
    pthread_mutex_lock(&tp->mu);
    int j = tp->next++;
    pthread_mutex_unlock(&tp->mu);
    if (j >= tp->njobs)
      return NULL;
    tjob *jb = &tp->jobs[j];
    tagger_train(&jb->pt, jb->b, jb->ws, jb->gcls, jb->ts, jb->td, jb->iters,
                 jb->k, jb->fold);
    if (jb->fold >= 0) {
      for (uint32_t s = (uint32_t)jb->fold; s < jb->b->doc->nsents;
           s += (uint32_t)jb->k)
        tagger_apply_pt(&jb->pt, jb->b, jb->ws, jb->td, s, jb->pc);
      pt_free(&jb->pt);
    }
  }
}

/* The ambiguity-class lexicon: for each lower-cased word of train, the
** UPOS and XPOS tags it carries in at least 5% of its occurrences. */
#ifndef AMB_MINFREQ
#define AMB_MINFREQ 5
#endif
typedef struct amblex {
  uint64_t *keys, *x;
  uint32_t *u;
  uint32_t mask;
} amblex;

static void amblex_build(amblex *al, const bank *b, const tagger_word *ws) {
  size_t cap = 1u << 16;
  uint32_t n = b->doc->ntokens;
  while (cap < (size_t)n)
    cap *= 2;
  uint64_t *keys = xcalloc(cap, 8);
  uint32_t *cu = xcalloc(cap * SIMA_NUPOS, 4), *cx = xcalloc(cap * SIMA_NXPOS, 4);
  uint32_t *tot = xcalloc(cap, 4);
  for (uint32_t t = 0; t < n; t++) {
    uint64_t k = ws[t].lower | 1;
    size_t i = (size_t)(k >> 20) & (cap - 1);
    while (keys[i] && keys[i] != k)
      i = (i + 1) & (cap - 1);
    keys[i] = k;
    tot[i]++;
    cu[i * SIMA_NUPOS + b->gold[t].upos]++;
    cx[i * SIMA_NXPOS + b->gold[t].xpos]++;
  }
  size_t nw = 0;
  for (size_t i = 0; i < cap; i++)
    nw += keys[i] && tot[i] >= AMB_MINFREQ;
  size_t acap = 1024;
  while (acap < nw * 2)
    acap *= 2;
  al->keys = xcalloc(acap, 8);
  al->x = xcalloc(acap, 8);
  al->u = xcalloc(acap, 4);
  al->mask = (uint32_t)acap - 1;
  for (size_t i = 0; i < cap; i++) {
    if (!keys[i] || tot[i] < AMB_MINFREQ)
      continue; /* rare words: their classes would be too exact in training */
    uint32_t j = (uint32_t)(keys[i] >> 20) & al->mask;
    while (al->keys[j])
      j = (j + 1) & al->mask;
    al->keys[j] = keys[i];
    for (unsigned c = 0; c < SIMA_NUPOS; c++)
      if (cu[i * SIMA_NUPOS + c] * 20 >= tot[i] && cu[i * SIMA_NUPOS + c])
        al->u[j] |= 1u << c;
    for (unsigned c = 0; c < SIMA_NXPOS; c++)
      if (cx[i * SIMA_NXPOS + c] * 20 >= tot[i] && cx[i * SIMA_NXPOS + c])
        al->x[j] |= 1ULL << c;
  }
  free(keys);
  fprintf(stderr, "ambiguity lexicon: %zu words\n", nw);
  free(cu);
  free(cx);
  free(tot);
}

static void amblex_apply(const amblex *al, tagger_word *ws, uint32_t n) {
  tagger_model tm;
  memset(&tm, 0, sizeof tm);
  tm.amb_keys = al->keys;
  tm.amb_x = al->x;
  tm.amb_u = al->u;
  tm.amb_mask = al->mask;
  for (uint32_t t = 0; t < n; t++)
    tagger_amb(&tm, &ws[t]);
}

/* ---- lemmatizer ---- */

typedef struct strtab {
  char *s;
  size_t n, cap;
} strtab;

static uint32_t str_add(strtab *t, const char *s, size_t n) {
  /* linear dedup is too slow; strings are small, so just append */
  if (t->n + n + 1 > t->cap) {
    t->cap = (t->n + n + 1) * 2;
    t->s = xrealloc(t->s, t->cap);
  }
  uint32_t off = (uint32_t)t->n;
  memcpy(t->s + t->n, s, n);
  t->s[t->n + n] = 0;
  t->n += n + 1;
  return off;
}

typedef struct rulecount {
  uint64_t key;      /* (xpos, suffix, k) */
  uint64_t parent;   /* key with k - 1 (0 for k == 0) */
  uint32_t strip;
  char app[24];
  uint32_t count;
} rulecount;

static int rc_cmp(const void *a, const void *b) {
  const rulecount *x = a, *y = b;
  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  if (x->strip != y->strip)
    return x->strip < y->strip ? -1 : 1;
  return strcmp(x->app, y->app);
}

typedef struct lexent {
  uint64_t key;
  char lemma[64];
  uint32_t count;
  int from_ewt;
} lexent;

static int lx_cmp(const void *a, const void *b) {
  const lexent *x = a, *y = b;
  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return strcmp(x->lemma, y->lemma);
}

static void lower_ascii(char *d, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    d[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
}

/* Fills an open-addressed (keys, vals) table. */
static void table_build(const uint64_t *k, const uint32_t *v, size_t n,
                        uint64_t **ko, uint32_t **vo, size_t *cap_out) {
  size_t cap = 1024;
  while (cap < n * 2)
    cap *= 2;
  *ko = xcalloc(cap, 8);
  *vo = xcalloc(cap, 4);
  for (size_t i = 0; i < n; i++) {
    uint32_t j = (uint32_t)(k[i] >> 24) & (uint32_t)(cap - 1);
    while ((*ko)[j] && (*ko)[j] != k[i])
      j = (j + 1) & (uint32_t)(cap - 1);
    if ((*ko)[j])
      continue;
    (*ko)[j] = k[i];
    (*vo)[j] = v[i];
  }
  *cap_out = cap;
}

static void add_wordnet(lexent **lx, size_t *nlx, size_t *caplx,
                        const char *dir, const char *file, int pos) {
  char path[1024], line[512];
  snprintf(path, sizeof path, "%s/%s", dir, file);
  FILE *f = fopen(path, "r");
  if (!f) {
    fprintf(stderr, "train: warning: %s missing, skipped\n", path);
    return;
  }
  while (fgets(line, sizeof line, f)) {
    char *sp = strchr(line, ' ');
    if (!sp)
      continue;
    *sp = 0;
    char *base = sp + 1;
    char *e = base + strcspn(base, " \n");
    *e = 0;
    size_t nw = strlen(line), nb = strlen(base);
    if (!nw || !nb || nb >= 64 || strchr(line, '_'))
      continue;
    unsigned tags[3];
    int nt = 0;
    if (pos == 'v') {
      if (nw > 3 && !strcmp(line + nw - 3, "ing"))
        tags[nt++] = SIMA_XPOS_VBG;
      else {
        tags[nt++] = SIMA_XPOS_VBD;
        tags[nt++] = SIMA_XPOS_VBN;
      }
    } else if (pos == 'n') {
      tags[nt++] = SIMA_XPOS_NNS;
    } else {
      if (nw > 3 && !strcmp(line + nw - 3, "est"))
        tags[nt++] = SIMA_XPOS_JJS;
      else
        tags[nt++] = SIMA_XPOS_JJR;
    }
    for (int i = 0; i < nt; i++) {
      if (*nlx == *caplx) {
        *caplx *= 2;
        *lx = xrealloc(*lx, *caplx * sizeof **lx);
      }
      lexent *x = &(*lx)[(*nlx)++];
      x->key = lemma_lex_key(line, nw, tags[i]);
      memcpy(x->lemma, base, nb + 1);
      x->count = 0; /* below any EWT count */
      x->from_ewt = 0;
    }
  }
  fclose(f);
}

/* Reads WordNet's index.noun/verb/adj lemma lists into a fingerprint
** table (single words only). */
static uint32_t *wn_table(const char *wndir, size_t *cap_out) {
  static const struct {
    const char *file;
    unsigned pos;
  } files[3] = {{"index.noun", LEMMA_WN_NOUN},
                {"index.verb", LEMMA_WN_VERB},
                {"index.adj", LEMMA_WN_ADJ}};
  size_t nk = 0, capk = 1024;
  uint32_t *all = xcalloc(capk, 4);
  for (int fi = 0; wndir && fi < 3; fi++) {
    char path[1024], line[4096];
    snprintf(path, sizeof path, "%s/%s", wndir, files[fi].file);
    FILE *f = fopen(path, "r");
    if (!f) {
      fprintf(stderr, "train: warning: %s missing, skipped\n", path);
      continue;
    }
    while (fgets(line, sizeof line, f)) {
      if (line[0] == ' ')
        continue; /* licence header */
      size_t l = strcspn(line, " ");
      if (l == 0 || memchr(line, '_', l))
        continue;
      if (nk == capk) {
        capk *= 2;
        all = xrealloc(all, capk * 4);
      }
      all[nk++] = lemma_wn_key(line, l, files[fi].pos);
    }
    fclose(f);
  }
  size_t cap = 1024, n = 0;
  while (cap < nk * 2)
    cap *= 2;
  uint32_t *keys = xcalloc(cap, 4);
  for (size_t j = 0; j < nk; j++) {
    uint32_t k = all[j];
    uint32_t i = (uint32_t)model_mix(k) & (uint32_t)(cap - 1);
    while (keys[i] && keys[i] != k)
      i = (i + 1) & (uint32_t)(cap - 1);
    if (!keys[i]) {
      keys[i] = k;
      n++;
    }
  }
  free(all);
  fprintf(stderr, "WordNet lemmas: %zu\n", n);
  *cap_out = cap;
  return keys;
}

static void lemma_train(const bank *b, const char *wndir, const char *out) {
  const sima_doc *d = b->doc;
  size_t cap = (size_t)d->ntokens * (LEMMA_MAXSUF + 1) + 16, nr = 0;
  rulecount *rc = xcalloc(cap, sizeof *rc);
  size_t caplx = (size_t)d->ntokens + 200000, nlx = 0;
  lexent *lx = xcalloc(caplx, sizeof *lx);
  char lo[LEMMA_MAXWORD];
  for (uint32_t t = 0; t < d->ntokens; t++) {
    const sima_token *tk = &d->tokens[t];
    const char *w = d->text + tk->off;
    size_t n = tk->len;
    unsigned xp = b->gold[t].xpos;
    const char *lem = b->gold[t].lemma;
    size_t nl = strlen(lem);
    if (n >= LEMMA_MAXWORD || nl >= 24 || !strcmp(lem, "_"))
      continue;
    lower_ascii(lo, w, n);
    const char *base = lemma_proper(xp) ? w : lo;
    /* lexicon candidate */
    if (nl < 64) {
      lexent *x = &lx[nlx++];
      x->key = lemma_lex_key(base, n, xp);
      memcpy(x->lemma, lem, nl + 1);
      x->count = 1;
      x->from_ewt = 1;
    }
    /* rule */
    size_t cp = 0;
    while (cp < n && cp < nl && base[cp] == lem[cp])
      cp++;
    uint32_t strip = (uint32_t)(n - cp);
    int upper = 0;
    for (size_t q = cp; q < nl; q++)
      upper |= lem[q] >= 'A' && lem[q] <= 'Z';
    /* rules rewrite endings: long rewrites and upper case are one-offs
    ** (typos, abbreviations) better left to the lexicon */
    if (strip > 6 || nl - cp > 6 || (upper && !lemma_proper(xp)))
      continue;
    size_t kmax = n < LEMMA_MAXSUF ? n : LEMMA_MAXSUF;
    uint64_t parent = 0;
    for (size_t k = 0; k <= kmax; k++) {
      rulecount *r = &rc[nr++];
      r->key = lemma_rule_key(lo + n - k, k, xp);
      r->parent = parent;
      r->strip = strip;
      memcpy(r->app, lem + cp, nl - cp + 1);
      r->count = 1;
      parent = r->key;
    }
  }
  /* aggregate rules: sort by (key, rule), merge equal, pick best per key */
  qsort(rc, nr, sizeof *rc, rc_cmp);
  /* after sorting by count desc within key the counts are all 1: merge
  ** equal rules first */
  size_t m = 0;
  for (size_t i = 0; i < nr;) {
    size_t j = i;
    uint32_t c = 0;
    while (j < nr && rc[j].key == rc[i].key && rc[j].strip == rc[i].strip &&
           !strcmp(rc[j].app, rc[i].app))
      c += rc[j++].count;
    rc[m] = rc[i];
    rc[m].count = c;
    m++;
    i = j;
  }
  qsort(rc, m, sizeof *rc, rc_cmp);
  /* best per key, with totals */
  size_t nbest = 0;
  rulecount *best = xcalloc(m + 1, sizeof *best);
  for (size_t i = 0; i < m;) {
    size_t j = i;
    while (j < m && rc[j].key == rc[i].key)
      j++;
    best[nbest++] = rc[i]; /* highest count first */
    i = j;
  }
  /* prune: keep k == 0 keys, and keys whose best rule differs from their
  ** parent's best, seen at least twice */
  uint64_t *bk = xcalloc(nbest, 8);
  for (size_t i = 0; i < nbest; i++)
    bk[i] = best[i].key;
  strtab st = {0};
  str_add(&st, "", 0);
  uint64_t *rk = xcalloc(nbest + 1, 8);
  uint32_t *rv = xcalloc(nbest + 1, 4);
  size_t nkeep = 0;
  for (size_t i = 0; i < nbest; i++) {
    const rulecount *r = &best[i];
    int keep = 1;
    if (r->parent) {
      /* binary search parent */
      size_t lo_i = 0, hi = nbest;
      while (lo_i < hi) {
        size_t mid = (lo_i + hi) / 2;
        if (bk[mid] < r->parent)
          lo_i = mid + 1;
        else
          hi = mid;
      }
      if (lo_i < nbest && bk[lo_i] == r->parent) {
        const rulecount *pr = &best[lo_i];
        if (pr->strip == r->strip && !strcmp(pr->app, r->app))
          keep = 0;
      }
      if (r->count < 2)
        keep = 0;
    }
    if (!keep)
      continue;
    rk[nkeep] = r->key;
    rv[nkeep] = r->strip | str_add(&st, r->app, strlen(r->app)) << 8;
    nkeep++;
  }
  uint64_t *rkeys;
  uint32_t *rvals;
  size_t rcap;
  table_build(rk, rv, nkeep, &rkeys, &rvals, &rcap);
  /* lexicon: EWT + WordNet, most frequent lemma per key, kept only where
  ** the rules get it wrong */
  if (wndir) {
    add_wordnet(&lx, &nlx, &caplx, wndir, "verb.exc", 'v');
    add_wordnet(&lx, &nlx, &caplx, wndir, "noun.exc", 'n');
    add_wordnet(&lx, &nlx, &caplx, wndir, "adj.exc", 'a');
  }
  /* merge equal (key, lemma) counts */
  qsort(lx, nlx, sizeof *lx, lx_cmp);
  size_t ml = 0;
  for (size_t i = 0; i < nlx;) {
    size_t j = i;
    uint32_t c = 0;
    while (j < nlx && lx[j].key == lx[i].key &&
           !strcmp(lx[j].lemma, lx[i].lemma))
      c += lx[j++].count;
    lx[ml] = lx[i];
    lx[ml].count = c;
    ml++;
    i = j;
  }
  qsort(lx, ml, sizeof *lx, lx_cmp);
  lemma_model rules_only;
  memset(&rules_only, 0, sizeof rules_only);
  rules_only.rule_keys = rkeys;
  rules_only.rule_vals = rvals;
  rules_only.rule_mask = (uint32_t)rcap - 1;
  rules_only.strings = st.s;
  rules_only.nstrings = st.n;
  size_t wncap;
  uint32_t *wnk = wn_table(wndir, &wncap);
  rules_only.wn_keys = wnk;
  rules_only.wn_mask = (uint32_t)wncap - 1;
  uint64_t *lk = xcalloc(ml + 1, 8);
  uint32_t *lvv = xcalloc(ml + 1, 4);
  size_t nlk = 0;
  /* to check rule output we need the word: re-derive it from EWT tokens
  ** (a map key -> one example word) */
  size_t wcap = 1;
  while (wcap < (size_t)d->ntokens * 2 + 400000)
    wcap *= 2;
  uint64_t *wk = xcalloc(wcap, 8);
  char **wv = xcalloc(wcap, sizeof(char *));
  uint16_t *wx = xcalloc(wcap, 2);
  for (uint32_t t = 0; t < d->ntokens; t++) {
    const sima_token *tk = &d->tokens[t];
    if (tk->len >= LEMMA_MAXWORD)
      continue;
    unsigned xp = b->gold[t].xpos;
    lower_ascii(lo, d->text + tk->off, tk->len);
    const char *base = lemma_proper(xp) ? d->text + tk->off : lo;
    uint64_t k = lemma_lex_key(base, tk->len, xp);
    size_t j = (size_t)(k >> 24) & (wcap - 1);
    while (wk[j] && wk[j] != k)
      j = (j + 1) & (wcap - 1);
    if (!wk[j]) {
      wk[j] = k;
      wv[j] = strndup(d->text + tk->off, tk->len);
      wx[j] = (uint16_t)xp;
    }
  }
  /* WordNet words: their key maps to the inflected form, recorded too */
  if (wndir) {
    static const char *files[3] = {"verb.exc", "noun.exc", "adj.exc"};
    for (int fi = 0; fi < 3; fi++) {
      char path[1024], line[512];
      snprintf(path, sizeof path, "%s/%s", wndir, files[fi]);
      FILE *f = fopen(path, "r");
      if (!f)
        continue;
      while (fgets(line, sizeof line, f)) {
        char *sp = strchr(line, ' ');
        if (!sp)
          continue;
        *sp = 0;
        size_t nw = strlen(line);
        unsigned tags[2] = {0, 0};
        if (fi == 0) {
          tags[0] = nw > 3 && !strcmp(line + nw - 3, "ing") ? SIMA_XPOS_VBG
                                                            : SIMA_XPOS_VBD;
          tags[1] = tags[0] == SIMA_XPOS_VBD ? SIMA_XPOS_VBN : 0;
        } else if (fi == 1) {
          tags[0] = SIMA_XPOS_NNS;
        } else {
          tags[0] = nw > 3 && !strcmp(line + nw - 3, "est") ? SIMA_XPOS_JJS
                                                            : SIMA_XPOS_JJR;
        }
        for (int ti = 0; ti < 2; ti++) {
          if (!tags[ti])
            continue;
          uint64_t k = lemma_lex_key(line, nw, tags[ti]);
          size_t j = (size_t)(k >> 24) & (wcap - 1);
          while (wk[j] && wk[j] != k)
            j = (j + 1) & (wcap - 1);
          if (!wk[j]) {
            wk[j] = k;
            wv[j] = strndup(line, nw);
            wx[j] = (uint16_t)tags[ti];
          }
        }
      }
      fclose(f);
    }
  }
  char outb[256];
  for (size_t i = 0; i < ml;) {
    size_t j = i;
    while (j < ml && lx[j].key == lx[i].key)
      j++;
    /* lx[i] is the most frequent lemma (EWT counts beat WordNet's 0) */
    size_t s = (size_t)(lx[i].key >> 24) & (wcap - 1);
    while (wk[s] && wk[s] != lx[i].key)
      s = (s + 1) & (wcap - 1);
    if (wk[s]) {
      rules_only.strings = st.s; /* str_add may have moved it */
      rules_only.nstrings = st.n;
      lemma_apply(&rules_only, wv[s], strlen(wv[s]), wx[s], outb, sizeof outb);
      if (strcmp(outb, lx[i].lemma) != 0) {
        lk[nlk] = lx[i].key;
        lvv[nlk] = str_add(&st, lx[i].lemma, strlen(lx[i].lemma));
        nlk++;
      }
    }
    i = j;
  }
  uint64_t *lkeys;
  uint32_t *lvals;
  size_t lcap;
  table_build(lk, lvv, nlk, &lkeys, &lvals, &lcap);
  fprintf(stderr, "lemmatizer: %zu rules, %zu exceptions\n", nkeep, nlk);
  model_writer w;
  model_writer_init(&w);
  model_writer_section(&w, MODEL_TAG('L', 'S', 'T', 'R'), st.s, st.n);
  model_writer_section(&w, MODEL_TAG('L', 'L', 'K', 'Y'), lkeys, lcap * 8);
  model_writer_section(&w, MODEL_TAG('L', 'L', 'V', 'L'), lvals, lcap * 4);
  model_writer_section(&w, MODEL_TAG('L', 'R', 'K', 'Y'), rkeys, rcap * 8);
  model_writer_section(&w, MODEL_TAG('L', 'R', 'V', 'L'), rvals, rcap * 4);
  model_writer_section(&w, MODEL_TAG('L', 'W', 'N', 'K'), wnk, wncap * 4);
  sima_error err;
  if (model_writer_save(&w, out, MODEL_KIND_LEMMA, &err))
    die(err.msg);
  for (size_t j = 0; j < wcap; j++)
    free(wv[j]);
  free(wk);
  free(wv);
  free(wx);
  free(rc);
  free(best);
  free(bk);
  free(rk);
  free(rv);
  free(rkeys);
  free(rvals);
  free(lx);
  free(lk);
  free(lvv);
  free(lkeys);
  free(lvals);
  free(wnk);
  free(st.s);
}

/* ---- evaluation through the public API ---- */

/* Parses bank b with the models in dir; prints a table row when `what`
** is not NULL; stores LAS in *las_out.  Dumps lemma errors for analysis
** to $SIMA_LEMMA_ERRORS when set. */
static void evaluate(const char *dir, const bank *b, const char *what,
                     double *las_out) {
  sima_error err;
  double t0 = now_s();
  sima_model *m = sima_model_load(dir, &err);
  if (!m)
    die(err.msg);
  double t1 = now_s();
  sima_doc *doc = b->doc;
  sima_syntax *keep = doc->syn;
  double t2 = now_s();
  if (sima_parse_doc(m, doc, &err))
    die(err.msg);
  double t3 = now_s();
  sima_conllu_scores sc = {0};
  if (sima_conllu_compare(doc, b->gold, doc, doc->syn, &sc, &err))
    die(err.msg);
  double w = (double)(sc.words ? sc.words : 1);
  if (las_out)
    *las_out = 100.0 * (double)sc.las / w;
  const char *dump = getenv("SIMA_LEMMA_ERRORS");
  FILE *ef = dump && what ? fopen(dump, "a") : NULL;
  for (uint32_t t = 0; ef && t < doc->ntokens; t++)
    if (strcmp(doc->syn[t].lemma, b->gold[t].lemma) != 0)
      fprintf(ef, "%s\t%.*s\t%s\t%s\t%s\t%s\n", what,
              (int)doc->tokens[t].len, doc->text + doc->tokens[t].off,
              sima_xpos_name(b->gold[t].xpos),
              sima_xpos_name(doc->syn[t].xpos), b->gold[t].lemma,
              doc->syn[t].lemma);
  if (ef)
    fclose(ef);
  if (!what) {
    doc->syn = keep;
    sima_model_free(m);
    return;
  }
  printf("| %s | %u | %llu | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f |\n",
         what, doc->nsents, (unsigned long long)sc.words,
         100.0 * (double)sc.upos / w, 100.0 * (double)sc.xpos / w,
         100.0 * (double)sc.lemma / w, 100.0 * (double)sc.uas / w,
         100.0 * (double)sc.las / w, (double)doc->nsents / (t3 - t2));
  fflush(stdout);
  fprintf(stderr, "model load %.1f ms\n", (t1 - t0) * 1000);
  doc->syn = keep;
  sima_model_free(m);
}

/* ---- parser ---- */

#define PARSER_MAXBYTES ((size_t)11 << 20)

typedef struct labelset {
  uint32_t n;
  uint16_t dep[PARSER_MAXLABELS];
  int16_t of[SIMA_NDEP]; /* dep id -> model label, -1 */
  uint32_t root;
} labelset;

static void parser_train(const bank *b, const uint16_t *ptag_u,
                         const uint16_t *ptag_x, const labelset *ls,
                         int iters, const double *prunes, int nprunes,
                         const bank *dev, const char *outdir,
                         const char *out) {
  const sima_doc *d = b->doc;
  uint32_t nc = 1 + 2 * ls->n;
  ptrain pt;
  pt_init(&pt, nc);
  uint32_t *order = xcalloc(d->nsents, 4);
  uint32_t norder = 0, nonproj = 0;
  /* per-word gold arrays in sentence-local numbering */
  uint32_t maxn = 0;
  for (uint32_t s = 0; s < d->nsents; s++)
    if (d->sents[s].count > maxn)
      maxn = d->sents[s].count;
  int32_t *gh = xcalloc(maxn + 2, 4);
  uint16_t *gl = xcalloc(maxn + 2, 2);
  uint32_t *koff = xcalloc(maxn + 3, 4), *kids = xcalloc(maxn + 2, 4);
  for (uint32_t s = 0; s < d->nsents; s++) {
    const sima_sentence *sn = &d->sents[s];
    for (uint32_t i = 0; i < sn->count; i++) {
      int32_t h = b->gold[sn->first + i].head;
      gh[i + 1] = h < 0 ? 0 : h - (int32_t)sn->first + 1;
    }
    if (parser_projective(gh, sn->count))
      order[norder++] = s;
    else
      nonproj++;
  }
  fprintf(stderr, "parser: %u projective training sentences, %u "
                  "non-projective skipped\n",
          norder, nonproj);
  parser_tok *toks = xcalloc(maxn + 2, sizeof *toks);
  void *mem = xcalloc(parser_state_size(maxn) + 8, 1);
  float scores[256];
  uint32_t costs[256];
  unsigned char valid[256];
  uint64_t feats[PARSER_MAXFEATS];
  uint64_t seed = 0x2545f4914f6cdd1dULL;
  for (int it = 0; it < iters; it++) {
    double t0 = now_s();
    shuffle(order, norder, &seed);
    uint64_t moves = 0, wrong = 0;
    for (uint32_t oi = 0; oi < norder; oi++) {
      const sima_sentence *sn = &d->sents[order[oi]];
      uint32_t n = sn->count;
      toks[0].w = 0x1234;
      toks[0].p = 0xfff0;
      toks[0].u = 0xfff0;
      for (uint32_t i = 0; i < n; i++) {
        uint32_t t = sn->first + i;
        const sima_token *tk = &d->tokens[t];
        parser_tok_init(&toks[i + 1], d->text + tk->off, tk->len, ptag_u[t],
                        ptag_x[t]);
        int32_t h = b->gold[t].head;
        gh[i + 1] = h < 0 ? 0 : h - (int32_t)sn->first + 1;
        int lab = ls->of[b->gold[t].deprel];
        if (h < 0)
          lab = (int)ls->root;
        gl[i + 1] = (uint16_t)(lab < 0 ? 0 : lab);
      }
      parser_gold g = {gh, gl, koff, kids};
      parser_gold_init(&g, n);
      parser_state st;
      parser_state_init(&st, mem, n, toks);
      while (!parser_terminal(&st)) {
        size_t nf = parser_features(&st, feats);
        pt_score(&pt, feats, nf, scores);
        parser_valid(&st, ls->n, ls->root, valid);
        parser_costs(&st, &g, ls->n, valid, costs);
        uint32_t pred = UINT32_MAX, best = UINT32_MAX, minc = UINT32_MAX;
        for (uint32_t c = 0; c < nc; c++) {
          if (!valid[c])
            continue;
          if (pred == UINT32_MAX || scores[c] > scores[pred])
            pred = c;
          if (costs[c] < minc)
            minc = costs[c];
        }
        for (uint32_t c = 0; c < nc; c++)
          if (valid[c] && costs[c] == minc &&
              (best == UINT32_MAX || scores[c] > scores[best]))
            best = c;
        pt.now++;
        moves++;
        uint32_t next = best;
        if (costs[pred] != minc) {
          wrong++;
          pt_update(&pt, feats, nf, best, pred);
          if (it > 0 && rng(&seed) % 10 < 9)
            next = pred;
        }
        parser_apply(&st, next);
      }
    }
    fprintf(stderr, "parser iter %d: %.2f%% moves wrong, %zu features, "
                    "%.1fs\n",
            it + 1, 100.0 * (double)wrong / (double)(moves ? moves : 1),
            pt.n, now_s() - t0);
    if (getenv("SIMA_CURVE") && it + 1 >= atoi(getenv("SIMA_CURVE"))) {
      model_writer w;
      model_writer_init(&w);
      size_t ne;
      pt_export(&pt, &w, "PAL", prunes[0], &ne);
      model_writer_section(&w, MODEL_TAG('P', 'L', 'A', 'B'), ls->dep,
                           ls->n * 2);
      sima_error err;
      if (model_writer_save(&w, out, MODEL_KIND_PARSER, &err))
        die(err.msg);
      double las;
      evaluate(outdir, dev, NULL, &las);
      fprintf(stderr, "  dev LAS after %d iterations: %.2f\n", it + 1, las);
    }
  }
  pt_average(&pt);
  /* Pruning: try each threshold (weights below it are dropped), score
  ** dev, and keep the smallest model within 0.15 LAS of the best one
  ** that fits PARSER_MAXBYTES. */
  double las[16], bestlas = -1;
  size_t bytes[16];
  int pick = -1;
  for (int k = 0; k < nprunes && k < 16; k++) {
    model_writer w;
    model_writer_init(&w);
    size_t ne;
    size_t nf = pt_export(&pt, &w, "PAL", prunes[k], &ne);
    model_writer_section(&w, MODEL_TAG('P', 'L', 'A', 'B'), ls->dep,
                         ls->n * 2);
    bytes[k] = w.len;
    sima_error err;
    if (model_writer_save(&w, out, MODEL_KIND_PARSER, &err))
      die(err.msg);
    evaluate(outdir, dev, NULL, &las[k]);
    fprintf(stderr, "parser prune %.3g: %zu features, %zu weights, %zu "
                    "bytes, dev LAS %.2f\n",
            prunes[k], nf, ne, bytes[k], las[k]);
    if (las[k] > bestlas)
      bestlas = las[k];
  }
  for (int k = 0; k < nprunes && k < 16; k++)
    if (las[k] >= bestlas - 0.15 && bytes[k] <= PARSER_MAXBYTES &&
        (pick < 0 || bytes[k] < bytes[pick]))
      pick = k;
  if (pick < 0)
    for (int k = 0; k < nprunes && k < 16; k++)
      if (pick < 0 || bytes[k] < bytes[pick])
        pick = k;
  {
    model_writer w;
    model_writer_init(&w);
    size_t ne;
    size_t nf = pt_export(&pt, &w, "PAL", prunes[pick], &ne);
    model_writer_section(&w, MODEL_TAG('P', 'L', 'A', 'B'), ls->dep,
                         ls->n * 2);
    fprintf(stderr, "parser: prune %.3g chosen: %zu features, %zu weights\n",
            prunes[pick], nf, ne);
    sima_error err;
    if (model_writer_save(&w, out, MODEL_KIND_PARSER, &err))
      die(err.msg);
  }
  pt_free(&pt);
  free(order);
  free(gh);
  free(gl);
  free(koff);
  free(kids);
  free(toks);
  free(mem);
}

int main(int argc, char **argv) {
  if (argc < 5) {
    fprintf(stderr, "usage: train OUTDIR TRAIN DEV TEST [--wordnet DIR] "
                    "[--tag-iters N] [--parse-iters N] [--jackknife K] "
                    "[--tag-prune X] [--parse-prune X,Y,...] "
                    "[--only tagger|lemma|parser|tagger-eval|tags] "
                    "[--write-tags FILE]\n");
    return 2;
  }
  /* The scores below load OUTDIR through the public API to rate the
  ** parser trained here, the sparse one (parser.bin): asked for by name,
  ** since the pipeline's default is the dense parser (twentieth session),
  ** whose dparser.bin OUTDIR does not hold (make models stopped there). */
  if (setenv("SIMA_PARSER", "sparse", 1) != 0)
    die("cannot set SIMA_PARSER");
  const char *outdir = argv[1];
  const char *wndir = NULL, *only = NULL, *write_tags = NULL;
  int tag_iters = 12, parse_iters = 16, jk = 4;
  double tag_prune = 0.05;
  double prunes[16] = {1};
  int nprunes = 1;
  for (int i = 5; i < argc; i++) {
    if (!strcmp(argv[i], "--wordnet") && i + 1 < argc)
      wndir = argv[++i];
    else if (!strcmp(argv[i], "--tag-iters") && i + 1 < argc)
      tag_iters = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--parse-iters") && i + 1 < argc)
      parse_iters = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--jackknife") && i + 1 < argc)
      jk = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--tag-prune") && i + 1 < argc)
      tag_prune = atof(argv[++i]);
    else if (!strcmp(argv[i], "--parse-prune") && i + 1 < argc)
    {
      nprunes = 0;
      for (char *q = argv[++i]; *q && nprunes < 16;) {
        prunes[nprunes++] = strtod(q, &q);
        if (*q == ',')
          q++;
        else
          break;
      }
    }
    else if (!strcmp(argv[i], "--only") && i + 1 < argc)
      only = argv[++i];
    else if (!strcmp(argv[i], "--write-tags") && i + 1 < argc)
      write_tags = argv[++i];
    else
      die("unknown option");
  }
  bank train, dev, test;
  bank_read(&train, argv[2]);
  bank_read(&dev, argv[3]);
  bank_read(&test, argv[4]);
  const sima_doc *d = train.doc;
  uint32_t n = d->ntokens;
  char path[4096];
  double t0 = now_s();

  /* tagger */
  tagset ts = {0};
  uint32_t *gcls = xcalloc(n, 4);
  tagger_word *ws = xcalloc(n, sizeof *ws);
  for (uint32_t t = 0; t < n; t++) {
    gcls[t] = tagset_class(&ts, train.gold[t].upos, train.gold[t].xpos);
    tagger_word_init(&ws[t], d->text + d->tokens[t].off, d->tokens[t].len);
  }
  tagdict td;
  tagdict_build(&td, &train, ws, gcls, ts.n);
  amblex al;
  amblex_build(&al, &train, ws);
  amblex_apply(&al, ws, n);
  /* tagger jobs: the shipped tagger and the jackknife folds */
  uint32_t *pc = xcalloc(n, 4);
  int njobs = 1 + (jk >= 2 ? jk : 0);
  tjob *jobs = xcalloc((size_t)njobs, sizeof *jobs);
  for (int j = 0; j < njobs; j++) {
    jobs[j] = (tjob){&train, ws, gcls, &ts, &td, tag_iters, j ? jk : 1,
                     j ? j - 1 : -1, {0}, pc};
  }
  {
    tpool tp = {jobs, njobs, 0, PTHREAD_MUTEX_INITIALIZER};
    pthread_t th[2];
    for (int i = 0; i < 2; i++)
      if (pthread_create(&th[i], NULL, tpool_worker, &tp) != 0)
        die("cannot start a thread");
    for (int i = 0; i < 2; i++)
      pthread_join(th[i], NULL);
  }
  fprintf(stderr, "taggers trained (%d jobs, %.1fs)\n", njobs, now_s() - t0);
  if (!only || !strcmp(only, "tagger")) {
    ptrain *pt = &jobs[0].pt;
    model_writer w;
    model_writer_init(&w);
    size_t ne;
    size_t nf = pt_export(pt, &w, "TGL", tag_prune, &ne);
    model_writer_section(&w, MODEL_TAG('T', 'C', 'L', 'S'), ts.pair,
                         ts.n * 4);
    model_writer_section(&w, MODEL_TAG('T', 'D', 'K', 'Y'), td.keys,
                         ((size_t)td.mask + 1) * 8);
    model_writer_section(&w, MODEL_TAG('T', 'D', 'C', 'L'), td.cls,
                         ((size_t)td.mask + 1) * 2);
    model_writer_section(&w, MODEL_TAG('T', 'A', 'K', 'Y'), al.keys,
                         ((size_t)al.mask + 1) * 8);
    model_writer_section(&w, MODEL_TAG('T', 'A', 'X', 'S'), al.x,
                         ((size_t)al.mask + 1) * 8);
    model_writer_section(&w, MODEL_TAG('T', 'A', 'U', 'S'), al.u,
                         ((size_t)al.mask + 1) * 4);
    snprintf(path, sizeof path, "%s/tagger.bin", outdir);
    sima_error err;
    if (model_writer_save(&w, path, MODEL_KIND_TAGGER, &err))
      die(err.msg);
    fprintf(stderr, "tagger: %u classes, %zu features, %zu weights kept\n",
            ts.n, nf, ne);
  }
  if (only && !strcmp(only, "tagger-eval")) {
    /* quick tagger experiments: accuracy of the float model on dev/test */
    const bank *bs[2] = {&dev, &test};
    for (int k = 0; k < 2; k++) {
      const sima_doc *dd = bs[k]->doc;
      tagger_word *dw = xcalloc(dd->ntokens, sizeof *dw);
      uint32_t *out = xcalloc(dd->ntokens, 4);
      for (uint32_t t = 0; t < dd->ntokens; t++)
        tagger_word_init(&dw[t], dd->text + dd->tokens[t].off,
                         dd->tokens[t].len);
      amblex_apply(&al, dw, dd->ntokens);
      uint64_t okj = 0, oku = 0, okx = 0;
      for (uint32_t s2 = 0; s2 < dd->nsents; s2++)
        tagger_apply_pt(&jobs[0].pt, bs[k], dw, &td, s2, out);
      for (uint32_t t = 0; t < dd->ntokens; t++) {
        oku += ts.pair[out[t]][0] == bs[k]->gold[t].upos;
        okx += ts.pair[out[t]][1] == bs[k]->gold[t].xpos;
        okj += ts.pair[out[t]][0] == bs[k]->gold[t].upos &&
               ts.pair[out[t]][1] == bs[k]->gold[t].xpos;
      }
      if (k == 0 && getenv("SIMA_TAG_ERRORS")) {
        /* error dump for analysis: form gold predicted */
        FILE *ef = fopen(getenv("SIMA_TAG_ERRORS"), "w");
        for (uint32_t t = 0; ef && t < dd->ntokens; t++)
          if (ts.pair[out[t]][0] != bs[k]->gold[t].upos)
            fprintf(ef, "%.*s\t%s\t%s\n", (int)dd->tokens[t].len,
                    dd->text + dd->tokens[t].off,
                    sima_upos_name(bs[k]->gold[t].upos),
                    sima_upos_name(ts.pair[out[t]][0]));
        if (ef)
          fclose(ef);
      }
      printf("%s: UPOS %.2f XPOS %.2f both %.2f\n", k ? "test" : "dev",
             100.0 * (double)oku / dd->ntokens,
             100.0 * (double)okx / dd->ntokens,
             100.0 * (double)okj / dd->ntokens);
      free(dw);
      free(out);
    }
    return 0;
  }
  pt_free(&jobs[0].pt);
  free(jobs);
  if (write_tags) {
    /* --write-tags FILE: the train set as CoNLL-U with the jackknifed
    ** (predicted) UPOS and XPOS and the gold heads and relations, for the
    ** dense parser's trainer (tools/dtrain.c), which must see the tagging
    ** errors the tagger makes on unseen text.  Needs --jackknife >= 2. */
    if (jk < 2)
      die("--write-tags needs --jackknife 2 or more");
    sima_syntax *js = xcalloc(n ? n : 1, sizeof *js);
    for (uint32_t t = 0; t < n; t++) {
      js[t] = train.gold[t];
      js[t].upos = ts.pair[pc[t]][0];
      js[t].xpos = ts.pair[pc[t]][1];
    }
    FILE *jf = fopen(write_tags, "w");
    if (!jf)
      die("--write-tags: cannot write the file");
    sima_syntax *keep = train.doc->syn;
    train.doc->syn = js;
    sima_conllu_write(jf, train.doc);
    train.doc->syn = keep;
    if (fclose(jf))
      die("--write-tags: write failed");
    free(js);
    fprintf(stderr, "jackknifed train set written to %s\n", write_tags);
    if (only && !strcmp(only, "tags"))
      return 0;
  }
  if (!only || !strcmp(only, "lemma")) {
    snprintf(path, sizeof path, "%s/lemma.bin", outdir);
    lemma_train(&train, wndir, path);
  }
  if (!only || !strcmp(only, "parser")) {
    /* jackknifed tags for parser training */
    uint16_t *pu = xcalloc(n, 2), *px = xcalloc(n, 2);
    if (jk >= 2) {
      uint64_t ok = 0;
      for (uint32_t t = 0; t < n; t++) {
        pu[t] = ts.pair[pc[t]][0];
        px[t] = ts.pair[pc[t]][1];
        ok += pc[t] == gcls[t];
      }
      fprintf(stderr, "jackknife tag accuracy %.2f%%\n",
              100.0 * (double)ok / (double)n);
    } else {
      for (uint32_t t = 0; t < n; t++) {
        pu[t] = train.gold[t].upos;
        px[t] = train.gold[t].xpos;
      }
    }
    labelset ls;
    memset(&ls, 0, sizeof ls);
    memset(ls.of, 0xff, sizeof ls.of);
    int seen[SIMA_NDEP] = {0};
    for (uint32_t t = 0; t < n; t++)
      seen[train.gold[t].deprel] = 1;
    seen[SIMA_DEP_ROOT] = 1;
    seen[0] = 0;
    for (unsigned r = 1; r < SIMA_NDEP; r++)
      if (seen[r]) {
        if (ls.n >= PARSER_MAXLABELS)
          die("too many relations");
        ls.of[r] = (int16_t)ls.n;
        ls.dep[ls.n++] = (uint16_t)r;
      }
    ls.root = (uint32_t)ls.of[SIMA_DEP_ROOT];
    snprintf(path, sizeof path, "%s/parser.bin", outdir);
    parser_train(&train, pu, px, &ls, parse_iters, prunes, nprunes, &dev,
                 outdir, path);
    free(pu);
    free(px);
  }
  fprintf(stderr, "training done in %.1fs\n", now_s() - t0);
  if (!only) {
    printf("| set | sentences | words | UPOS | XPOS | lemma | UAS | LAS | "
           "sent/s |\n|---|---|---|---|---|---|---|---|---|\n");
    evaluate(outdir, &dev, "dev", NULL);
    evaluate(outdir, &test, "test", NULL);
  }
  free(pc);
  free(gcls);
  free(ws);
  free(td.keys);
  free(td.cls);
  sima_doc_free(train.doc);
  sima_doc_free(dev.doc);
  sima_doc_free(test.doc);
  free(train.buf);
  free(dev.buf);
  free(test.buf);
  return 0;
}
