/*
** parser.c — the arc-hybrid dependency parser (see parser.h).
**
** Worked example, "Police arrested him": stack [ROOT], buffer [1 2 3].
** SHIFT -> [ROOT 1]; LEFT-nsubj (2 heads 1) -> [ROOT]; SHIFT -> [ROOT 2];
** SHIFT -> [ROOT 2 3]; RIGHT-obj (2 heads 3) -> [ROOT 2]; buffer empty, so
** RIGHT-root -> [ROOT]: done.  Each sentence costs 2n moves, each move one
** pass over ~100 hashed features.
*/
#include "parser.h"
#include "tagger.h"

#include <string.h>

void parser_tok_init(parser_tok *t, const char *s, size_t len, unsigned upos,
                     unsigned xpos) {
  char f[64];
  size_t n = tagger_fold(s, len, f, sizeof f);
  for (size_t i = 0; i < n; i++)
    if (f[i] >= 'A' && f[i] <= 'Z')
      f[i] = (char)(f[i] + 32);
  parser_tok_folded(t, f, n, upos, xpos);
}

void parser_tok_folded(parser_tok *t, const char *f, size_t n, unsigned upos,
                       unsigned xpos) {
  t->w = model_mix(model_fnv1a(f, n) ^ 5);
  t->p = (uint16_t)xpos;
  t->u = (uint16_t)upos;
}

#define ALIGN8(x) (((x) + 7) & ~(size_t)7)

size_t parser_state_size(uint32_t n) {
  size_t m = (size_t)n + 2;
  return ALIGN8(m * 4) * 6 + ALIGN8(m * 4) /* head */ + ALIGN8(m * 2) * 3 +
         m * 8 * 2;
}

void parser_state_init(parser_state *st, void *mem, uint32_t n,
                       const parser_tok *toks) {
  size_t m = (size_t)n + 2;
  memset(mem, 0, parser_state_size(n));
  unsigned char *p = mem;
  st->lset = (uint64_t *)(void *)p;
  p += m * 8;
  st->rset = (uint64_t *)(void *)p;
  p += m * 8;
  st->stack = (uint32_t *)(void *)p;
  p += ALIGN8(m * 4);
  st->l1 = (uint32_t *)(void *)p;
  p += ALIGN8(m * 4);
  st->l2 = (uint32_t *)(void *)p;
  p += ALIGN8(m * 4);
  st->r1 = (uint32_t *)(void *)p;
  p += ALIGN8(m * 4);
  st->r2 = (uint32_t *)(void *)p;
  p += ALIGN8(m * 4);
  st->head = (int32_t *)(void *)p;
  p += ALIGN8(m * 4);
  p += ALIGN8(m * 4); /* spare */
  st->label = (uint16_t *)(void *)p;
  p += ALIGN8(m * 2);
  st->nl = (uint16_t *)(void *)p;
  p += ALIGN8(m * 2);
  st->nr = (uint16_t *)(void *)p;
  for (size_t i = 0; i < m; i++)
    st->head[i] = -1;
  st->n = n;
  st->toks = toks;
  st->stack[0] = 0;
  st->nstack = 1;
  st->b = 1;
}

int parser_terminal(const parser_state *st) {
  return st->nstack == 1 && st->b > st->n;
}

unsigned parser_forced(const parser_state *st, uint32_t root) {
  if (st->nstack == 1)
    return 0;
  if (st->nstack == 2 && st->b > st->n)
    return 2 + 2 * root;
  return UINT32_MAX;
}

void parser_valid(const parser_state *st, uint32_t nlabels, uint32_t root,
                  unsigned char *valid) {
  int buf = st->b <= st->n;
  int two = st->nstack >= 2;
  int s1root = two && st->stack[st->nstack - 2] == 0;
  valid[0] = (unsigned char)buf;
  for (uint32_t l = 0; l < nlabels; l++) {
    valid[1 + 2 * l] = (unsigned char)(two && buf && l != root);
    valid[2 + 2 * l] =
        (unsigned char)(two && (s1root ? (!buf && l == root) : l != root));
  }
}

unsigned parser_best(const parser_state *st, uint32_t nlabels, uint32_t root,
                     const int32_t *scores) {
  int buf = st->b <= st->n;
  int two = st->nstack >= 2;
  int s1root = two && st->stack[st->nstack - 2] == 0;
  uint32_t nc = 1 + 2 * nlabels;
  if (!buf && !two)
    return UINT32_MAX;
  /* The invalid classes get INT32_MIN, which no sum of the model's
  ** weights reaches; then the first maximum is the lowest valid class
  ** with the highest score, as in parser_valid's numbering. */
  int32_t v[256];
  memcpy(v, scores, nc * sizeof v[0]);
  if (!buf)
    v[0] = INT32_MIN;
  if (two && buf) {
    v[1 + 2 * root] = INT32_MIN;
  } else {
    for (uint32_t l = 0; l < nlabels; l++)
      v[1 + 2 * l] = INT32_MIN;
  }
  if (two && !s1root) {
    v[2 + 2 * root] = INT32_MIN;
  } else {
    int32_t keep = v[2 + 2 * root];
    for (uint32_t l = 0; l < nlabels; l++)
      v[2 + 2 * l] = INT32_MIN;
    if (two && !buf) /* s1 is the root: only RIGHT-root, at the end */
      v[2 + 2 * root] = keep;
  }
  int32_t max = INT32_MIN;
  for (uint32_t c = 0; c < nc; c++)
    max = v[c] > max ? v[c] : max;
  for (uint32_t c = 0; c < nc; c++)
    if (v[c] == max)
      return c;
  return UINT32_MAX;
}

static void add_arc(parser_state *st, uint32_t h, uint32_t d, uint16_t l) {
  st->head[d] = (int32_t)h;
  st->label[d] = l;
  if (d < h) {
    if (!st->l1[h] || d < st->l1[h]) {
      st->l2[h] = st->l1[h];
      st->l1[h] = d;
    } else if (!st->l2[h] || d < st->l2[h]) {
      st->l2[h] = d;
    }
    st->nl[h]++;
    st->lset[h] |= 1ULL << (l & 63);
  } else {
    if (!st->r1[h] || d > st->r1[h]) {
      st->r2[h] = st->r1[h];
      st->r1[h] = d;
    } else if (!st->r2[h] || d > st->r2[h]) {
      st->r2[h] = d;
    }
    st->nr[h]++;
    st->rset[h] |= 1ULL << (l & 63);
  }
}

void parser_apply(parser_state *st, unsigned cls) {
  if (cls == 0) {
    st->stack[st->nstack++] = st->b++;
    return;
  }
  uint16_t l = (uint16_t)((cls - 1) / 2);
  uint32_t s0 = st->stack[st->nstack - 1];
  if (cls & 1)
    add_arc(st, st->b, s0, l);
  else
    add_arc(st, st->stack[st->nstack - 2], s0, l);
  st->nstack--;
}

static uint64_t dist_bucket(uint32_t a, uint32_t b) {
  if (a == PARSER_NONE || b == PARSER_NONE)
    return 15;
  uint32_t d = a > b ? a - b : b - a;
  return d <= 4 ? d : d <= 6 ? 5 : d <= 10 ? 6 : 7;
}

/* The positions and children a state's features read. */
typedef struct pview {
  uint32_t s0, s1, s2, b0, b1, b2;
  uint32_t s0l1, s0l2, s0r1, s0r2, s1l1, s1r1, s1r2, b0l1, b0l2;
} pview;

static void pview_init(const parser_state *st, pview *v) {
  const uint32_t NONE = PARSER_NONE;
  uint32_t ns = st->nstack, n = st->n;
  v->s0 = ns >= 1 ? st->stack[ns - 1] : NONE;
  v->s1 = ns >= 2 ? st->stack[ns - 2] : NONE;
  v->s2 = ns >= 3 ? st->stack[ns - 3] : NONE;
  v->b0 = st->b <= n ? st->b : NONE;
  v->b1 = st->b + 1 <= n ? st->b + 1 : NONE;
  v->b2 = st->b + 2 <= n ? st->b + 2 : NONE;
#define KID(arr, x) ((x) != NONE && st->arr[x] ? st->arr[x] : NONE)
  v->s0l1 = KID(l1, v->s0), v->s0l2 = KID(l2, v->s0);
  v->s0r1 = KID(r1, v->s0), v->s0r2 = KID(r2, v->s0);
  v->s1l1 = KID(l1, v->s1), v->s1r1 = KID(r1, v->s1);
  v->s1r2 = KID(r2, v->s1);
  v->b0l1 = KID(l1, v->b0), v->b0l2 = KID(l2, v->b0);
#undef KID
}

/* What a feature reads of word x (PARSER_NONE: a fixed value). */
#define W(x) ((x) == PARSER_NONE ? 0x5a5aULL : st->toks[x].w)
#define P(x) ((uint64_t)((x) == PARSER_NONE ? 0xfffe : st->toks[x].p))
#define L(x) ((uint64_t)((x) == PARSER_NONE ? 0xfffe : st->label[x]))
#define NL(x) ((uint64_t)((x) == PARSER_NONE ? 99 : st->nl[x]))
#define NR(x) ((uint64_t)((x) == PARSER_NONE ? 99 : st->nr[x]))
#define LS(x) ((x) == PARSER_NONE ? 3ULL : st->lset[x])
#define RS(x) ((x) == PARSER_NONE ? 3ULL : st->rset[x])
#define P2(a, b) (P(a) | P(b) << 16)
#define P3(a, b, c) (P(a) | P(b) << 16 | P(c) << 32)

/* The feature templates, X(template id, group, hashed value), in id order.
** The ids seed the hashes, so they are part of the model files: never
** renumber.  PG_S0 and PG_S1 are the templates that read only the tag,
** valencies, label sets and children of s0 (15 templates) or s1 (11):
** parser_parse memoises each group's summed scores by the values it reads
** (group_key); a tag configuration recurs often enough that about 60 % of
** s0's and 90 % of s1's lookups hit.  The rest (PG_ONE) are looked up one
** by one; grouping the other tag-only templates too was measured and lost
** (their keys recur too rarely).  PG_B (13 templates) reads only the words
** and tags of b0..b2, which stay the same while moves reduce the stack
** (about three scored moves per buffer position): parser_score keeps the
** last buffer's sums (parser_cache.buf).  F1..F3 hash with the template's
** id. */
enum { PG_ONE = 0, PG_S0, PG_S1, PG_B, PG_NGROUPS };
#define F1(a) model_feat(tid, (a))
#define F2(a, b) model_feat2(tid, (a), (b))
#define F3(a, b, c) model_feat3(tid, (a), (b), (c))
#define PARSER_TEMPLATES(X)                                                    \
  /* single words */                                                           \
  X(100, PG_ONE, F1(s0w))                                                      \
  X(101, PG_ONE, F1(s0p))                                                      \
  X(102, PG_ONE, F2(s0w, s0p))                                                 \
  X(103, PG_ONE, F1(s1w))                                                      \
  X(104, PG_ONE, F1(s1p))                                                      \
  X(105, PG_ONE, F2(s1w, s1p))                                                 \
  X(106, PG_B, F1(b0w))                                                        \
  X(107, PG_B, F1(b0p))                                                        \
  X(108, PG_B, F2(b0w, b0p))                                                   \
  X(109, PG_B, F1(b1w))                                                        \
  X(110, PG_B, F1(P(v->b1)))                                                   \
  X(111, PG_B, F2(b1w, P(v->b1)))                                              \
  X(112, PG_B, F1(W(v->b2)))                                                   \
  X(113, PG_B, F1(P(v->b2)))                                                   \
  X(114, PG_ONE, F1(P(v->s2)))                                                 \
  X(115, PG_ONE, F1(W(v->s2)))                                                 \
  /* pairs */                                                                  \
  X(116, PG_ONE, F3(s0w, s0p, b0w ^ b0p * 31))                                 \
  X(117, PG_ONE, F3(s0w, s0p, b0w))                                            \
  X(118, PG_ONE, F3(s0w, b0w, b0p))                                            \
  X(119, PG_ONE, F3(s0w, s0p, b0p))                                            \
  X(120, PG_ONE, F3(s0p, b0w, b0p))                                            \
  X(121, PG_ONE, F2(s0w, b0w))                                                 \
  X(122, PG_ONE, F1(P2(v->s0, v->b0)))                                         \
  X(123, PG_ONE, F3(s1w, s1p, s0w ^ s0p * 31))                                 \
  X(124, PG_ONE, F2(s1w, s0w))                                                 \
  X(125, PG_ONE, F1(P2(v->s1, v->s0)))                                         \
  X(126, PG_ONE, F2(s1p, s0w))                                                 \
  X(127, PG_ONE, F2(s1w, s0p))                                                 \
  X(128, PG_ONE, F3(s1w, s1p, s0p))                                            \
  X(129, PG_ONE, F3(s1p, s0w, s0p))                                            \
  X(130, PG_ONE, F1(P2(v->s1, v->b0)))                                         \
  X(131, PG_ONE, F2(s1w, b0w))                                                 \
  X(132, PG_B, F1(P2(v->b0, v->b1)))                                           \
  X(133, PG_B, F2(b0w, b1w))                                                   \
  X(134, PG_B, F2(b0w, P(v->b1)))                                              \
  X(135, PG_B, F2(b0p, b1w))                                                   \
  /* triples of tags */                                                        \
  X(136, PG_B, F1(P3(v->b0, v->b1, v->b2)))                                    \
  X(137, PG_ONE, F1(P3(v->s0, v->b0, v->b1)))                                  \
  X(138, PG_ONE, F1(P3(v->s1, v->s0, v->b0)))                                  \
  X(139, PG_ONE, F1(P3(v->s2, v->s1, v->s0)))                                  \
  X(140, PG_ONE, F1(P3(v->s1, v->s0, v->b1)))                                  \
  X(141, PG_ONE, F1(P3(v->s0, v->s0l1, v->b0)))                                \
  X(142, PG_ONE, F1(P3(v->s0, v->s0r1, v->b0)))                                \
  X(143, PG_ONE, F1(P3(v->s0, v->b0, v->b0l1)))                                \
  X(144, PG_ONE, F1(P3(v->s1, v->s1l1, v->s0)))                                \
  X(145, PG_ONE, F1(P3(v->s1, v->s1r1, v->s0)))                                \
  X(146, PG_ONE, F1(P3(v->s1, v->s0, v->s0l1)))                                \
  X(147, PG_ONE, F1(P3(v->s1, v->s0, v->s0r1)))                                \
  X(148, PG_ONE, F2(s0w, P2(v->s1, v->b0)))                                    \
  X(149, PG_ONE, F2(b0w, P2(v->s1, v->s0)))                                    \
  /* distance */                                                               \
  X(150, PG_ONE, F2(s0w, d0))                                                  \
  X(151, PG_ONE, F2(s0p, d0))                                                  \
  X(152, PG_ONE, F2(b0w, d0))                                                  \
  X(153, PG_ONE, F2(b0p, d0))                                                  \
  X(154, PG_ONE, F2(P2(v->s0, v->b0), d0))                                     \
  X(155, PG_ONE, F3(s0w, b0w, d0))                                             \
  X(156, PG_ONE, F2(P2(v->s1, v->s0), d1))                                     \
  X(157, PG_ONE, F2(s1w, d1))                                                  \
  X(158, PG_ONE, F2(s0w, d1))                                                  \
  X(159, PG_ONE, F3(s1w, s0w, d1))                                             \
  X(160, PG_ONE, F2(s1p, d1))                                                  \
  /* valency */                                                                \
  X(161, PG_ONE, F2(s0w, NR(v->s0)))                                           \
  X(162, PG_S0, F2(s0p, NR(v->s0)))                                            \
  X(163, PG_ONE, F2(s0w, NL(v->s0)))                                           \
  X(164, PG_S0, F2(s0p, NL(v->s0)))                                            \
  X(165, PG_ONE, F2(s1w, NR(v->s1)))                                           \
  X(166, PG_S1, F2(s1p, NR(v->s1)))                                            \
  X(167, PG_S1, F2(s1p, NL(v->s1)))                                            \
  X(168, PG_ONE, F2(b0w, NL(v->b0)))                                           \
  X(169, PG_ONE, F2(b0p, NL(v->b0)))                                           \
  /* children */                                                               \
  X(170, PG_ONE, F1(W(v->s0l1)))                                               \
  X(171, PG_S0, F1(P(v->s0l1)))                                                \
  X(172, PG_S0, F1(L(v->s0l1)))                                                \
  X(173, PG_ONE, F1(W(v->s0r1)))                                               \
  X(174, PG_S0, F1(P(v->s0r1)))                                                \
  X(175, PG_S0, F1(L(v->s0r1)))                                                \
  X(176, PG_ONE, F1(W(v->s1l1)))                                               \
  X(177, PG_S1, F1(P(v->s1l1)))                                                \
  X(178, PG_S1, F1(L(v->s1l1)))                                                \
  X(179, PG_ONE, F1(W(v->s1r1)))                                               \
  X(180, PG_S1, F1(P(v->s1r1)))                                                \
  X(181, PG_S1, F1(L(v->s1r1)))                                                \
  X(182, PG_ONE, F1(W(v->b0l1)))                                               \
  X(183, PG_ONE, F1(P(v->b0l1)))                                               \
  X(184, PG_ONE, F1(L(v->b0l1)))                                               \
  X(185, PG_S0, F2(s0p, L(v->s0l1) | L(v->s0r1) << 16))                        \
  X(186, PG_S1, F2(s1p, L(v->s1l1) | L(v->s1r1) << 16))                        \
  X(187, PG_ONE, F2(b0p, L(v->b0l1)))                                          \
  /* third order */                                                            \
  X(188, PG_ONE, F1(W(v->s0l2)))                                               \
  X(189, PG_S0, F1(P(v->s0l2)))                                                \
  X(190, PG_S0, F1(L(v->s0l2)))                                                \
  X(191, PG_ONE, F1(W(v->s0r2)))                                               \
  X(192, PG_S0, F1(P(v->s0r2)))                                                \
  X(193, PG_S0, F1(L(v->s0r2)))                                                \
  X(194, PG_ONE, F1(W(v->b0l2)))                                               \
  X(195, PG_ONE, F1(P(v->b0l2)))                                               \
  X(196, PG_ONE, F1(L(v->b0l2)))                                               \
  X(197, PG_S1, F1(P(v->s1r2) | L(v->s1r2) << 16))                             \
  X(198, PG_S0, F1(P3(v->s0, v->s0l1, v->s0l2)))                               \
  X(199, PG_S0, F1(P3(v->s0, v->s0r1, v->s0r2)))                               \
  X(200, PG_ONE, F1(P3(v->b0, v->b0l1, v->b0l2)))                              \
  X(201, PG_S1, F1(P3(v->s1, v->s1r1, v->s1r2)))                               \
  /* label sets */                                                             \
  X(202, PG_ONE, F2(s0w, LS(v->s0)))                                           \
  X(203, PG_S0, F2(s0p, LS(v->s0)))                                            \
  X(204, PG_ONE, F2(s0w, RS(v->s0)))                                           \
  X(205, PG_S0, F2(s0p, RS(v->s0)))                                            \
  X(206, PG_ONE, F2(b0w, LS(v->b0)))                                           \
  X(207, PG_ONE, F2(b0p, LS(v->b0)))                                           \
  X(208, PG_ONE, F2(s1w, RS(v->s1)))                                           \
  X(209, PG_S1, F2(s1p, RS(v->s1)))                                            \
  X(210, PG_S1, F2(s1p, LS(v->s1)))

/* Writes the hashes of the templates of group `want` (all of them when
** want < 0) in id order; returns how many.  Inlined with a constant
** `want`, the other templates compile away. */
static inline size_t feats_emit(const parser_state *st, const pview *v,
                                int want, uint64_t *out) {
  uint64_t s0w = W(v->s0), s1w = W(v->s1), b0w = W(v->b0), b1w = W(v->b1);
  uint64_t s0p = P(v->s0), s1p = P(v->s1), b0p = P(v->b0);
  uint64_t d0 = dist_bucket(v->s0, v->b0), d1 = dist_bucket(v->s1, v->s0);
  size_t k = 0;
#define EMIT(id, g, e)                                                         \
  if (want < 0 || want == (g)) {                                               \
    const uint64_t tid = (id);                                                 \
    out[k++] = (e);                                                            \
  }
  PARSER_TEMPLATES(EMIT)
#undef EMIT
  return k;
}

size_t parser_features(const parser_state *st, uint64_t *out) {
  pview v;
  pview_init(st, &v);
  return feats_emit(st, &v, -1, out);
}

/* The values group g's templates read, packed without loss into
** key[0..PARSER_GKEY): two states with equal keys have equal features
** in that group.  Tags, labels and counts fit 16 bits. */
static void group_key(const parser_state *st, const pview *v, int g,
                      uint64_t key[PARSER_GKEY]) {
  uint32_t x = g == PG_S0 ? v->s0 : v->s1;
  uint32_t l1 = g == PG_S0 ? v->s0l1 : v->s1l1;
  uint32_t l2 = g == PG_S0 ? v->s0l2 : PARSER_NONE; /* s1: not read */
  uint32_t r1 = g == PG_S0 ? v->s0r1 : v->s1r1;
  uint32_t r2 = g == PG_S0 ? v->s0r2 : v->s1r2;
  key[0] = P(x) | NR(x) << 16 | NL(x) << 32;
  key[1] = LS(x);
  key[2] = RS(x);
  key[3] = P(l1) | L(l1) << 16 | P(r1) << 32 | L(r1) << 48;
  key[4] = P(l2) | L(l2) << 16 | P(r2) << 32 | L(r2) << 48;
}
/* The values the buffer templates (PG_B) read. */
static void buffer_key(const parser_state *st, const pview *v,
                       uint64_t key[4]) {
  key[0] = W(v->b0);
  key[1] = W(v->b1);
  key[2] = W(v->b2);
  key[3] = P3(v->b0, v->b1, v->b2);
}
#undef W
#undef P
#undef L
#undef NL
#undef NR
#undef LS
#undef RS
#undef P2
#undef P3
#undef F1
#undef F2
#undef F3

void parser_gold_init(parser_gold *g, uint32_t n) {
  memset(g->koff, 0, ((size_t)n + 2) * sizeof *g->koff);
  for (uint32_t d = 1; d <= n; d++)
    if (g->head[d] >= 0 && (uint32_t)g->head[d] <= n)
      g->koff[g->head[d] + 1]++;
  for (uint32_t i = 1; i <= n + 1; i++)
    g->koff[i] += g->koff[i - 1];
  /* fill using a moving cursor kept in koff[h] then shift back */
  for (uint32_t d = 1; d <= n; d++)
    if (g->head[d] >= 0 && (uint32_t)g->head[d] <= n)
      g->kids[g->koff[g->head[d]]++] = d;
  for (uint32_t i = n + 1; i > 0; i--)
    g->koff[i] = g->koff[i - 1];
  g->koff[0] = 0;
}

/* Gold children of x still in the buffer (index >= b). */
static uint32_t kids_in_buffer(const parser_state *st, const parser_gold *g,
                               uint32_t x) {
  uint32_t c = 0;
  for (uint32_t k = g->koff[x]; k < g->koff[x + 1]; k++)
    c += g->kids[k] >= st->b;
  return c;
}

void parser_costs(const parser_state *st, const parser_gold *g,
                  uint32_t nlabels, const unsigned char *valid,
                  uint32_t *costs) {
  uint32_t ns = st->nstack;
  uint32_t s0 = st->stack[ns - 1];
  uint32_t s1 = ns >= 2 ? st->stack[ns - 2] : PARSER_NONE;
  uint32_t b0 = st->b;
  uint32_t nc = 1 + 2 * nlabels;
  for (uint32_t c = 0; c < nc; c++)
    costs[c] = UINT32_MAX;
  if (valid[0]) {
    /* SHIFT: b0 loses children on the stack and a head below s0 */
    uint32_t c = 0;
    int32_t hb = g->head[b0];
    for (uint32_t i = 0; i < ns; i++) {
      uint32_t x = st->stack[i];
      if (x != 0 && g->head[x] == (int32_t)b0)
        c++;
      if (i + 1 < ns && hb == (int32_t)x)
        c++;
    }
    costs[0] = c;
  }
  if (ns < 2 || s0 == 0)
    return;
  uint32_t kb = kids_in_buffer(st, g, s0);
  int32_t h = g->head[s0];
  int h_in_buf = h >= (int32_t)st->b;
  if (st->b <= st->n) {
    /* LEFT: s0 <- b0 */
    uint32_t c = kb + (h != (int32_t)b0 && (h == (int32_t)s1 || h_in_buf));
    for (uint32_t l = 0; l < nlabels; l++)
      if (valid[1 + 2 * l])
        costs[1 + 2 * l] = c + (h == (int32_t)b0 && l != g->label[s0]);
  }
  /* RIGHT: s1 -> s0 */
  uint32_t c = kb + (uint32_t)h_in_buf;
  for (uint32_t l = 0; l < nlabels; l++)
    if (valid[2 + 2 * l])
      costs[2 + 2 * l] = c + (h == (int32_t)s1 && l != g->label[s0]);
}

unsigned parser_static_oracle(const parser_state *st, const parser_gold *g) {
  uint32_t ns = st->nstack;
  if (ns >= 2) {
    uint32_t s0 = st->stack[ns - 1], s1 = st->stack[ns - 2];
    /* all gold children of s0 attached? */
    int done = 1;
    for (uint32_t k = g->koff[s0]; k < g->koff[s0 + 1]; k++)
      if (st->head[g->kids[k]] < 0)
        done = 0;
    if (done && st->b <= st->n && g->head[s0] == (int32_t)st->b)
      return 1 + 2u * g->label[s0];
    if (done && g->head[s0] == (int32_t)s1 && (s1 != 0 || st->b > st->n))
      return 2 + 2u * g->label[s0];
  }
  return 0;
}

int parser_projective(const int32_t *head, uint32_t n) {
  for (uint32_t d = 1; d <= n; d++) {
    if (head[d] < 0)
      return 0;
    uint32_t h = (uint32_t)head[d];
    uint32_t lo = h < d ? h : d, hi = h < d ? d : h;
    for (uint32_t k = lo + 1; k < hi; k++) {
      /* k must be dominated by h */
      uint32_t a = k, steps = 0;
      while (a != h && a != 0 && steps++ <= n)
        a = head[a] < 0 ? 0 : (uint32_t)head[a];
      if (a != h)
        return 0;
    }
  }
  return 1;
}

sima_status parser_load_image(parser_model *m, model_file *f, sima_error *err) {
  sima_status st;
  const void *p;
  size_t n;
  if ((st = model_check(f, MODEL_KIND_PARSER, err)))
    return st;
  if ((st = model_linear_load(&m->lm, f, "PAL", err)))
    return st;
  if ((st = model_section(f, MODEL_TAG('P', 'L', 'A', 'B'), 2, &p, &n, err)))
    return st;
  m->labels = p;
  if (n == 0 || n > PARSER_MAXLABELS || m->lm.nclasses != 1 + 2 * n)
    return sima_error_set(err, SIMA_ERR_CORRUPT,
                          "%s: label count %zu does not match %u classes",
                          f->name, n, m->lm.nclasses);
  m->nlabels = (uint32_t)n;
  m->root = UINT32_MAX;
  for (uint32_t l = 0; l < n; l++) {
    if (m->labels[l] == 0 || m->labels[l] >= SIMA_NDEP)
      return sima_error_set(err, SIMA_ERR_CORRUPT, "%s: bad relation id",
                            f->name);
    if (m->labels[l] == SIMA_DEP_ROOT)
      m->root = l;
  }
  if (m->root == UINT32_MAX)
    return sima_error_set(err, SIMA_ERR_CORRUPT, "%s: no root relation",
                          f->name);
  return SIMA_OK;
}

sima_status parser_load(parser_model *m, const char *path, sima_error *err) {
  memset(m, 0, sizeof *m);
  sima_status st = model_file_read(&m->file, path, err);
  if (st)
    return st;
  if ((st = parser_load_image(m, &m->file, err)))
    parser_free(m);
  return st;
}

void parser_free(parser_model *m) {
  model_linear_free(&m->lm);
  model_file_free(&m->file);
  memset(m, 0, sizeof *m);
}

/* Group g's summed scores for the state: on a memo hit, returns the
** memoised row for the caller to add; on a miss, adds the sums of the
** group's templates (scored through the single-lookup memo) to
** scores[0..npad), keeps them when they fit int16 (the rare sum that does
** not is scored again each time) and returns NULL. */
static const int16_t *score_group(const parser_model *m, parser_cache *cache,
                                  const parser_state *st, const pview *v, int g,
                                  int32_t *scores) {
  uint64_t key[PARSER_GKEY];
  group_key(st, v, g, key);
  uint64_t h = key[0];
  for (int i = 1; i < PARSER_GKEY; i++)
    h = h * 0x9e3779b97f4a7c15ULL ^ key[i];
  parser_gmemo *e = &cache->group[g - 1][model_mix(h) & (PARSER_GSLOTS - 1)];
  uint32_t npad = m->lm.npad;
  if (e->full && !memcmp(e->key, key, sizeof key)) {
    return e->row;
  }
  uint64_t feats[PARSER_MAXFEATS];
  int32_t sum[256];
  size_t nf;
  if (g == PG_S0)
    nf = feats_emit(st, v, PG_S0, feats);
  else
    nf = feats_emit(st, v, PG_S1, feats);
  memset(sum, 0, npad * sizeof sum[0]);
  model_linear_score_cached(&m->lm, &cache->feat, feats, nf, sum);
  int fits = 1;
  for (uint32_t c = 0; c < npad; c++) {
    scores[c] += sum[c];
    fits &= sum[c] >= INT16_MIN && sum[c] <= INT16_MAX;
  }
  e->full = (uint32_t)fits;
  if (fits) {
    memcpy(e->key, key, sizeof key);
    for (uint32_t c = 0; c < npad; c++)
      e->row[c] = (int16_t)sum[c];
  }
  return NULL;
}

/* The sums of the buffer templates (PG_B) for the state, into
** cache->buf: kept from the last call when b0..b2 read the same words and
** tags (the key is those values, so a new sentence or document cannot
** reuse a stale row). */
static const int32_t *score_buffer(const parser_model *m, parser_cache *cache,
                                   const parser_state *st, const pview *v) {
  parser_bmemo *b = &cache->buf;
  uint64_t key[4];
  buffer_key(st, v, key);
  if (b->full && !memcmp(b->key, key, sizeof key))
    return b->sum;
  uint64_t feats[PARSER_MAXFEATS];
  size_t nf = feats_emit(st, v, PG_B, feats);
  memset(b->sum, 0, m->lm.npad * sizeof b->sum[0]);
  model_linear_score_cached(&m->lm, &cache->feat, feats, nf, b->sum);
  memcpy(b->key, key, sizeof key);
  b->full = 1;
  return b->sum;
}

void parser_score(const parser_model *m, parser_cache *cache,
                  const parser_state *st, int32_t *scores) {
  pview v;
  pview_init(st, &v);
  memcpy(scores, score_buffer(m, cache, st, &v), m->lm.npad * sizeof scores[0]);
  const int16_t *rows[PG_NGROUPS];
  size_t nrows = 0;
  for (int g = 1; g < PG_B; g++)
    if ((rows[nrows] = score_group(m, cache, st, &v, g, scores)))
      nrows++;
  if (nrows)
    m->lm.rows_add(scores, rows, nrows, m->lm.npad);
  uint64_t feats[PARSER_MAXFEATS];
  size_t nf = feats_emit(st, &v, PG_ONE, feats);
  model_linear_score_cached(&m->lm, &cache->feat, feats, nf, scores);
}

int parser_parse(const parser_model *m, parser_cache *cache, sima_doc *doc,
                 uint32_t first, uint32_t count, sima_syntax *syn) {
  parser_tok *toks = sima_arena_alloc(doc->arena, (count + 1) * sizeof *toks);
  void *mem = sima_arena_alloc(doc->arena, parser_state_size(count));
  if (!toks || !mem)
    return -1;
  parser_state st;
  int32_t scores[256];
  toks[0].w = 0x1234;
  toks[0].p = 0xfff0;
  toks[0].u = 0xfff0;
  for (uint32_t i = 0; i < count; i++) {
    const sima_token *t = &doc->tokens[first + i];
    if (tagger_spaced_dash(doc, first + i)) /* T-SPACED-DASH: a comma */
      parser_tok_init(&toks[i + 1], ",", 1, syn[i].upos, syn[i].xpos);
    else
      parser_tok_init(&toks[i + 1], doc->text + t->off, t->len, syn[i].upos,
                      syn[i].xpos);
  }
  parser_state_init(&st, mem, count, toks);
  while (!parser_terminal(&st)) {
    unsigned cls = parser_forced(&st, m->root);
    if (cls == UINT32_MAX) {
      parser_score(m, cache, &st, scores);
      cls = parser_best(&st, m->nlabels, m->root, scores);
    }
    parser_apply(&st, cls);
  }
  for (uint32_t i = 0; i < count; i++) {
    int32_t h = st.head[i + 1];
    syn[i].head = h <= 0 ? -1 : (int32_t)(first + (uint32_t)h - 1);
    syn[i].deprel = m->labels[st.label[i + 1]];
  }
  return 0;
}
