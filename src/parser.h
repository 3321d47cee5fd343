/*
** parser.h — the arc-hybrid transition-based dependency parser (internal).
**
** Word 0 is the artificial root, at the bottom of the stack; words 1..n
** start in the buffer.  Moves: SHIFT; LEFT-l (b0 becomes the head of s0,
** pop); RIGHT-l (s1 becomes the head of s0, pop).  The root may take a
** child only as the very last move, so every parse has exactly one root.
** Classes: 0 = SHIFT, 1 + 2l = LEFT-l, 2 + 2l = RIGHT-l for model label l.
** The feature templates (Zhang & Nivre 2011 style: words, tags,
** distances, valencies, children's labels, label sets, third order) and
** the state are shared with tools/train.c, which trains with the dynamic
** oracle of Goldberg & Nivre (2013) in parser_costs.
*/
#ifndef SIMA_PARSER_H
#define SIMA_PARSER_H

#include "model.h"

#define PARSER_MAXFEATS 112
#define PARSER_MAXLABELS 64
#define PARSER_NONE UINT32_MAX
/* Score-array width of the largest model: 1 + 2 * PARSER_MAXLABELS
** classes rounded up to 8. */
#define PARSER_NPAD 136

typedef struct parser_tok {
  uint64_t w; /* lower-cased folded form hash */
  uint16_t p; /* xpos */
  uint16_t u; /* upos */
} parser_tok;

typedef struct parser_state {
  uint32_t n; /* words 1..n */
  uint32_t nstack, b; /* stack depth; buffer front (n + 1: empty) */
  uint32_t *stack;
  int32_t *head; /* -1: none yet */
  uint16_t *label;
  uint32_t *l1, *l2, *r1, *r2; /* closest-to-edge children, 0: none */
  uint16_t *nl, *nr;
  uint64_t *lset, *rset;
  const parser_tok *toks; /* n + 1, toks[0] the root */
} parser_state;

typedef struct parser_model {
  model_file file;
  model_linear lm;
  const uint16_t *labels; /* model label -> SIMA_DEP id */
  uint32_t nlabels, root;  /* root: model label of "root" */
} parser_model;

/* Gold tree for the oracles: head[1..n] (0 = root), label[1..n], children
** lists in CSR form (koff n + 2, kids). */
typedef struct parser_gold {
  const int32_t *head;
  const uint16_t *label;
  uint32_t *koff, *kids;
} parser_gold;

/* t from a word form s (folded by tagger_fold, lower-cased, hashed) and
** its tags. */
void parser_tok_init(parser_tok *t, const char *s, size_t len, unsigned upos,
                     unsigned xpos);
/* The same from a form already folded and lower-cased (f, n bytes): the
** one word-hash formula, which dparser_word_init shares. */
void parser_tok_folded(parser_tok *t, const char *f, size_t n, unsigned upos,
                       unsigned xpos);

size_t parser_state_size(uint32_t n);
/* mem: parser_state_size(n) bytes, 8-aligned. toks: n + 1 entries. */
void parser_state_init(parser_state *st, void *mem, uint32_t n,
                       const parser_tok *toks);
int parser_terminal(const parser_state *st);
/* valid[c] = 1 if class c may be applied. */
void parser_valid(const parser_state *st, uint32_t nlabels, uint32_t root,
                  unsigned char *valid);
void parser_apply(parser_state *st, unsigned cls);
/* The one valid class of a non-terminal state that has only one, which
** needs no scoring: SHIFT with the stack at the root, RIGHT-root (root:
** the model label of "root") with one word left on the stack and the
** buffer empty; UINT32_MAX otherwise. */
unsigned parser_forced(const parser_state *st, uint32_t root);
/* The valid class with the highest score (the lowest class on a tie):
** the argmax over parser_valid's classes, without building the mask.
** UINT32_MAX when no class is valid (a terminal state). */
unsigned parser_best(const parser_state *st, uint32_t nlabels, uint32_t root,
                     const int32_t *scores);
size_t parser_features(const parser_state *st, uint64_t *out);

/* Dynamic oracle: costs[c] = gold arcs made unreachable by class c (valid
** classes only). */
void parser_costs(const parser_state *st, const parser_gold *g,
                  uint32_t nlabels, const unsigned char *valid,
                  uint32_t *costs);
/* Static oracle for projective trees. */
unsigned parser_static_oracle(const parser_state *st, const parser_gold *g);
/* Fills g->koff/kids (caller-allocated: n + 2 and n entries). */
void parser_gold_init(parser_gold *g, uint32_t n);
/* 1 if the tree head[1..n] is projective. */
int parser_projective(const int32_t *head, uint32_t n);

sima_status parser_load(parser_model *m, const char *path, sima_error *err);
sima_status parser_load_image(parser_model *m, model_file *f,
                              sima_error *err);
void parser_free(parser_model *m);

/* The parser's lookup memos.  Of the 111 templates, 26 read only the
** tags, labels and counts around s0 or around s1 (two groups; parser.c:
** PARSER_TEMPLATES), so a group's summed scores depend only on those few
** values: `group` memoises the sums by them, and a move whose s0 or s1
** configuration was seen before adds one row instead of looking up 15 or
** 11 features.  `feat` memoises single lookups (the word templates,
** and a group's templates on a group miss).  The memos hold exact sums of
** the model's weights: results are identical with or without them. */
#define PARSER_GROUPS 2
#define PARSER_GKEY 5      /* 64-bit words of a group key */
#define PARSER_GSLOTS 4096 /* memo slots per group */
typedef struct parser_gmemo {
  uint64_t key[PARSER_GKEY];
  uint32_t full; /* 1: row holds the sums for key */
  uint32_t pad;
  int16_t row[PARSER_NPAD];
} parser_gmemo;
/* The buffer templates' sums of the last scored state, by the words and
** tags of b0..b2 (parser.c: score_buffer). */
typedef struct parser_bmemo {
  uint64_t key[4];
  uint32_t full;
  uint32_t pad;
  int32_t sum[PARSER_NPAD];
} parser_bmemo;
typedef struct parser_cache {
  model_cache feat;
  parser_gmemo group[PARSER_GROUPS][PARSER_GSLOTS];
  parser_bmemo buf;
} parser_cache;

/* scores[0..npad) = the model's scores of every class in state st, the
** same sums as model_linear_score over parser_features, through cache. */
void parser_score(const parser_model *m, parser_cache *cache,
                  const parser_state *st, int32_t *scores);

/* Parses tokens [first, first+count) of doc whose tags are in syn; sets
** head (document token index, -1 root) and deprel.  cache: the caller's
** lookup memos (zeroed once, then reused: syntax.c lends one from a pool
** to document after document; never shared by two threads at once).
** Non-zero on OOM. */
int parser_parse(const parser_model *m, parser_cache *cache, sima_doc *doc,
                 uint32_t first, uint32_t count, sima_syntax *syn);

#endif
