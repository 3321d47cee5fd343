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
  t->w = model_mix(model_fnv1a(f, n) ^ 5);
  t->p = (uint16_t)xpos;
  t->u = (uint16_t)upos;
}

#define ALIGN8(x) (((x) + 7) & ~(size_t)7)

size_t parser_state_size(uint32_t n) {
  size_t m = (size_t)n + 2;
  return ALIGN8(m * 4) * 6 + ALIGN8(m * 4) /* head */ +
         ALIGN8(m * 2) * 3 + m * 8 * 2;
}

void parser_state_init(parser_state *st, void *mem, uint32_t n,
                       const parser_tok *toks) {
  size_t m = (size_t)n + 2;
  memset(mem, 0, parser_state_size(n));
  unsigned char *p = mem;
  st->lset = (uint64_t *)(void *)p; p += m * 8;
  st->rset = (uint64_t *)(void *)p; p += m * 8;
  st->stack = (uint32_t *)(void *)p; p += ALIGN8(m * 4);
  st->l1 = (uint32_t *)(void *)p; p += ALIGN8(m * 4);
  st->l2 = (uint32_t *)(void *)p; p += ALIGN8(m * 4);
  st->r1 = (uint32_t *)(void *)p; p += ALIGN8(m * 4);
  st->r2 = (uint32_t *)(void *)p; p += ALIGN8(m * 4);
  st->head = (int32_t *)(void *)p; p += ALIGN8(m * 4);
  p += ALIGN8(m * 4); /* spare */
  st->label = (uint16_t *)(void *)p; p += ALIGN8(m * 2);
  st->nl = (uint16_t *)(void *)p; p += ALIGN8(m * 2);
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

size_t parser_features(const parser_state *st, uint64_t *out) {
  const uint32_t NONE = PARSER_NONE;
  uint32_t ns = st->nstack, n = st->n;
  uint32_t s0 = ns >= 1 ? st->stack[ns - 1] : NONE;
  uint32_t s1 = ns >= 2 ? st->stack[ns - 2] : NONE;
  uint32_t s2 = ns >= 3 ? st->stack[ns - 3] : NONE;
  uint32_t b0 = st->b <= n ? st->b : NONE;
  uint32_t b1 = st->b + 1 <= n ? st->b + 1 : NONE;
  uint32_t b2 = st->b + 2 <= n ? st->b + 2 : NONE;
#define KID(arr, x) ((x) != NONE && st->arr[x] ? st->arr[x] : NONE)
  uint32_t s0l1 = KID(l1, s0), s0l2 = KID(l2, s0);
  uint32_t s0r1 = KID(r1, s0), s0r2 = KID(r2, s0);
  uint32_t s1l1 = KID(l1, s1), s1r1 = KID(r1, s1), s1r2 = KID(r2, s1);
  uint32_t b0l1 = KID(l1, b0), b0l2 = KID(l2, b0);
#undef KID
#define W(x) ((x) == NONE ? 0x5a5aULL : st->toks[x].w)
#define P(x) ((uint64_t)((x) == NONE ? 0xfffe : st->toks[x].p))
#define L(x) ((uint64_t)((x) == NONE ? 0xfffe : st->label[x]))
#define NL(x) ((uint64_t)((x) == NONE ? 99 : st->nl[x]))
#define NR(x) ((uint64_t)((x) == NONE ? 99 : st->nr[x]))
#define LS(x) ((x) == NONE ? 3ULL : st->lset[x])
#define RS(x) ((x) == NONE ? 3ULL : st->rset[x])
#define P2(a, b) (P(a) | P(b) << 16)
#define P3(a, b, c) (P(a) | P(b) << 16 | P(c) << 32)
  uint64_t s0w = W(s0), s1w = W(s1), b0w = W(b0), b1w = W(b1);
  uint64_t s0p = P(s0), s1p = P(s1), b0p = P(b0);
  uint64_t d0 = dist_bucket(s0, b0), d1 = dist_bucket(s1, s0);
  size_t k = 0;
  uint64_t t = 100;
  /* single words */
  out[k++] = model_feat(t++, s0w);
  out[k++] = model_feat(t++, s0p);
  out[k++] = model_feat2(t++, s0w, s0p);
  out[k++] = model_feat(t++, s1w);
  out[k++] = model_feat(t++, s1p);
  out[k++] = model_feat2(t++, s1w, s1p);
  out[k++] = model_feat(t++, b0w);
  out[k++] = model_feat(t++, b0p);
  out[k++] = model_feat2(t++, b0w, b0p);
  out[k++] = model_feat(t++, b1w);
  out[k++] = model_feat(t++, P(b1));
  out[k++] = model_feat2(t++, b1w, P(b1));
  out[k++] = model_feat(t++, W(b2));
  out[k++] = model_feat(t++, P(b2));
  out[k++] = model_feat(t++, P(s2));
  out[k++] = model_feat(t++, W(s2));
  /* pairs */
  out[k++] = model_feat3(t++, s0w, s0p, b0w ^ b0p * 31);
  out[k++] = model_feat3(t++, s0w, s0p, b0w);
  out[k++] = model_feat3(t++, s0w, b0w, b0p);
  out[k++] = model_feat3(t++, s0w, s0p, b0p);
  out[k++] = model_feat3(t++, s0p, b0w, b0p);
  out[k++] = model_feat2(t++, s0w, b0w);
  out[k++] = model_feat(t++, P2(s0, b0));
  out[k++] = model_feat3(t++, s1w, s1p, s0w ^ s0p * 31);
  out[k++] = model_feat2(t++, s1w, s0w);
  out[k++] = model_feat(t++, P2(s1, s0));
  out[k++] = model_feat2(t++, s1p, s0w);
  out[k++] = model_feat2(t++, s1w, s0p);
  out[k++] = model_feat3(t++, s1w, s1p, s0p);
  out[k++] = model_feat3(t++, s1p, s0w, s0p);
  out[k++] = model_feat(t++, P2(s1, b0));
  out[k++] = model_feat2(t++, s1w, b0w);
  out[k++] = model_feat(t++, P2(b0, b1));
  out[k++] = model_feat2(t++, b0w, b1w);
  out[k++] = model_feat2(t++, b0w, P(b1));
  out[k++] = model_feat2(t++, b0p, b1w);
  /* triples of tags */
  out[k++] = model_feat(t++, P3(b0, b1, b2));
  out[k++] = model_feat(t++, P3(s0, b0, b1));
  out[k++] = model_feat(t++, P3(s1, s0, b0));
  out[k++] = model_feat(t++, P3(s2, s1, s0));
  out[k++] = model_feat(t++, P3(s1, s0, b1));
  out[k++] = model_feat(t++, P3(s0, s0l1, b0));
  out[k++] = model_feat(t++, P3(s0, s0r1, b0));
  out[k++] = model_feat(t++, P3(s0, b0, b0l1));
  out[k++] = model_feat(t++, P3(s1, s1l1, s0));
  out[k++] = model_feat(t++, P3(s1, s1r1, s0));
  out[k++] = model_feat(t++, P3(s1, s0, s0l1));
  out[k++] = model_feat(t++, P3(s1, s0, s0r1));
  out[k++] = model_feat2(t++, s0w, P2(s1, b0));
  out[k++] = model_feat2(t++, b0w, P2(s1, s0));
  /* distance */
  out[k++] = model_feat2(t++, s0w, d0);
  out[k++] = model_feat2(t++, s0p, d0);
  out[k++] = model_feat2(t++, b0w, d0);
  out[k++] = model_feat2(t++, b0p, d0);
  out[k++] = model_feat2(t++, P2(s0, b0), d0);
  out[k++] = model_feat3(t++, s0w, b0w, d0);
  out[k++] = model_feat2(t++, P2(s1, s0), d1);
  out[k++] = model_feat2(t++, s1w, d1);
  out[k++] = model_feat2(t++, s0w, d1);
  out[k++] = model_feat3(t++, s1w, s0w, d1);
  out[k++] = model_feat2(t++, s1p, d1);
  /* valency */
  out[k++] = model_feat2(t++, s0w, NR(s0));
  out[k++] = model_feat2(t++, s0p, NR(s0));
  out[k++] = model_feat2(t++, s0w, NL(s0));
  out[k++] = model_feat2(t++, s0p, NL(s0));
  out[k++] = model_feat2(t++, s1w, NR(s1));
  out[k++] = model_feat2(t++, s1p, NR(s1));
  out[k++] = model_feat2(t++, s1p, NL(s1));
  out[k++] = model_feat2(t++, b0w, NL(b0));
  out[k++] = model_feat2(t++, b0p, NL(b0));
  /* children */
  out[k++] = model_feat(t++, W(s0l1));
  out[k++] = model_feat(t++, P(s0l1));
  out[k++] = model_feat(t++, L(s0l1));
  out[k++] = model_feat(t++, W(s0r1));
  out[k++] = model_feat(t++, P(s0r1));
  out[k++] = model_feat(t++, L(s0r1));
  out[k++] = model_feat(t++, W(s1l1));
  out[k++] = model_feat(t++, P(s1l1));
  out[k++] = model_feat(t++, L(s1l1));
  out[k++] = model_feat(t++, W(s1r1));
  out[k++] = model_feat(t++, P(s1r1));
  out[k++] = model_feat(t++, L(s1r1));
  out[k++] = model_feat(t++, W(b0l1));
  out[k++] = model_feat(t++, P(b0l1));
  out[k++] = model_feat(t++, L(b0l1));
  out[k++] = model_feat2(t++, s0p, L(s0l1) | L(s0r1) << 16);
  out[k++] = model_feat2(t++, s1p, L(s1l1) | L(s1r1) << 16);
  out[k++] = model_feat2(t++, b0p, L(b0l1));
  /* third order */
  out[k++] = model_feat(t++, W(s0l2));
  out[k++] = model_feat(t++, P(s0l2));
  out[k++] = model_feat(t++, L(s0l2));
  out[k++] = model_feat(t++, W(s0r2));
  out[k++] = model_feat(t++, P(s0r2));
  out[k++] = model_feat(t++, L(s0r2));
  out[k++] = model_feat(t++, W(b0l2));
  out[k++] = model_feat(t++, P(b0l2));
  out[k++] = model_feat(t++, L(b0l2));
  out[k++] = model_feat(t++, P(s1r2) | L(s1r2) << 16);
  out[k++] = model_feat(t++, P3(s0, s0l1, s0l2));
  out[k++] = model_feat(t++, P3(s0, s0r1, s0r2));
  out[k++] = model_feat(t++, P3(b0, b0l1, b0l2));
  out[k++] = model_feat(t++, P3(s1, s1r1, s1r2));
  /* label sets */
  out[k++] = model_feat2(t++, s0w, LS(s0));
  out[k++] = model_feat2(t++, s0p, LS(s0));
  out[k++] = model_feat2(t++, s0w, RS(s0));
  out[k++] = model_feat2(t++, s0p, RS(s0));
  out[k++] = model_feat2(t++, b0w, LS(b0));
  out[k++] = model_feat2(t++, b0p, LS(b0));
  out[k++] = model_feat2(t++, s1w, RS(s1));
  out[k++] = model_feat2(t++, s1p, RS(s1));
  out[k++] = model_feat2(t++, s1p, LS(s1));
#undef W
#undef P
#undef L
#undef NL
#undef NR
#undef LS
#undef RS
#undef P2
#undef P3
  return k;
}

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

sima_status parser_load_image(parser_model *m, model_file *f,
                              sima_error *err) {
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
  sima_status st = model_file_read(&m->file, path, MODEL_KIND_PARSER, err);
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

int parser_parse(const parser_model *m, model_cache *cache, sima_doc *doc,
                 uint32_t first, uint32_t count, sima_syntax *syn) {
  parser_tok *toks = sima_arena_alloc(doc->arena, (count + 1) * sizeof *toks);
  void *mem = sima_arena_alloc(doc->arena, parser_state_size(count));
  if (!toks || !mem)
    return -1;
  parser_state st;
  uint64_t feats[PARSER_MAXFEATS];
  int32_t scores[256];
  unsigned char valid[256];
  toks[0].w = 0x1234;
  toks[0].p = 0xfff0;
  toks[0].u = 0xfff0;
  for (uint32_t i = 0; i < count; i++) {
    const sima_token *t = &doc->tokens[first + i];
    parser_tok_init(&toks[i + 1], doc->text + t->off, t->len, syn[i].upos,
                    syn[i].xpos);
  }
  parser_state_init(&st, mem, count, toks);
  uint32_t nc = m->lm.nclasses;
  while (!parser_terminal(&st)) {
    /* a forced move (only SHIFT with the stack at the root, only
    ** RIGHT-root at the end) needs no scoring */
    if (st.nstack == 1) {
      parser_apply(&st, 0);
      continue;
    }
    if (st.nstack == 2 && st.b > st.n) {
      parser_apply(&st, 2 + 2 * m->root);
      continue;
    }
    size_t nf = parser_features(&st, feats);
    memset(scores, 0, m->lm.npad * sizeof scores[0]);
    model_linear_score_cached(&m->lm, cache, feats, nf, scores);
    parser_valid(&st, m->nlabels, m->root, valid);
    unsigned best = UINT32_MAX;
    for (unsigned c = 0; c < nc; c++)
      if (valid[c] && (best == UINT32_MAX || scores[c] > scores[best]))
        best = c;
    parser_apply(&st, best);
  }
  for (uint32_t i = 0; i < count; i++) {
    int32_t h = st.head[i + 1];
    syn[i].head = h <= 0 ? -1 : (int32_t)(first + (uint32_t)h - 1);
    syn[i].deprel = m->labels[st.label[i + 1]];
  }
  return 0;
}
