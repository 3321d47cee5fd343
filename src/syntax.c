/*
** syntax.c — the public face of the tagger, lemmatizer and parser: the tag
** and relation name tables, sima_model_load/free and sima_parse_doc, which
** runs tagger -> lemmatizer -> parser over each sentence of a document.
**
** Models are immutable after loading, so one model serves many threads.
** Per-call scratch lives on the document's arena, except the lookup
** memos (model.h), which are too big to zero for every document: a model
** keeps a pool of them, and each call borrows one set under a mutex.
*/
#include "arena.h"
#include "dparser.h"
#include "lemma.h"
#include "model.h"
#include "parser.h"
#include "pattern.h"
#include "tagger.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ORDER SIMA_UPOS */
static const char *const upos_names[SIMA_NUPOS] = {
    "_",    "ADJ",  "ADP",  "ADV",  "AUX",   "CCONJ", "DET",
    "INTJ", "NOUN", "NUM",  "PART", "PRON",  "PROPN", "PUNCT",
    "SCONJ", "SYM", "VERB", "X"};

/* ORDER SIMA_XPOS */
static const char *const xpos_names[SIMA_NXPOS] = {
    "_",   "$",   "``",  "''",  ",",    "-LRB-", "-RRB-", ".",   ":",
    "ADD", "AFX", "CC",  "CD",  "DT",   "EX",    "FW",    "GW",  "HYPH",
    "IN",  "JJ",  "JJR", "JJS", "LS",   "MD",    "NFP",   "NN",  "NNP",
    "NNPS", "NNS", "PDT", "POS", "PRP", "PRP$",  "RB",    "RBR", "RBS",
    "RP",  "SYM", "TO",  "UH",  "VB",   "VBD",   "VBG",   "VBN", "VBP",
    "VBZ", "WDT", "WP",  "WP$", "WRB",  "XX"};

/* ORDER SIMA_DEP */
static const char *const dep_names[SIMA_NDEP] = {
    "_",          "acl",           "acl:relcl",   "advcl",
    "advcl:relcl", "advmod",       "amod",        "appos",
    "aux",        "aux:pass",      "case",        "cc",
    "cc:preconj", "ccomp",         "clf",         "compound",
    "compound:prt", "conj",        "cop",         "csubj",
    "csubj:outer", "csubj:pass",   "dep",         "det",
    "det:predet", "discourse",     "dislocated",  "expl",
    "fixed",      "flat",          "goeswith",    "iobj",
    "list",       "mark",          "nmod",        "nmod:desc",
    "nmod:poss",  "nmod:unmarked", "nsubj",       "nsubj:outer",
    "nsubj:pass", "nummod",        "obj",         "obl",
    "obl:agent",  "obl:unmarked",  "orphan",      "parataxis",
    "punct",      "reparandum",    "root",        "vocative",
    "xcomp",      "nmod:tmod",     "nmod:npmod",  "obl:tmod",
    "obl:npmod",  "flat:foreign",  "det:poss",    "compound:lvc"};

const char *sima_upos_name(unsigned id) {
  return id < SIMA_NUPOS ? upos_names[id] : "_";
}
const char *sima_xpos_name(unsigned id) {
  return id < SIMA_NXPOS ? xpos_names[id] : "_";
}
const char *sima_deprel_name(unsigned id) {
  return id < SIMA_NDEP ? dep_names[id] : "_";
}

static unsigned find_name(const char *const *tab, unsigned n, const char *s,
                          size_t len) {
  for (unsigned i = 1; i < n; i++)
    if (strlen(tab[i]) == len && memcmp(tab[i], s, len) == 0)
      return i;
  return 0;
}
unsigned sima_upos_id(const char *name, size_t len) {
  return find_name(upos_names, SIMA_NUPOS, name, len);
}
unsigned sima_xpos_id(const char *name, size_t len) {
  return find_name(xpos_names, SIMA_NXPOS, name, len);
}
unsigned sima_deprel_id(const char *name, size_t len) {
  return find_name(dep_names, SIMA_NDEP, name, len);
}

/* The base relation of every relation id: the subtypes of dep_names ("a:b"
** has base "a"); every other id is its own base.  A constant table, so a
** lookup is one load (the coder and the repairs ask about once per token
** and rule, a million times on a large corpus); pattern.h's inline
** deprel_base reads it too.  test_coder derives each entry from dep_names
** and compares. */
_Static_assert(SIMA_NDEP <= 256, "sima_dep_base_tab holds relation ids in bytes");
const unsigned char sima_dep_base_tab[SIMA_NDEP] = {
    [SIMA_DEP_NONE] = SIMA_DEP_NONE,
    [SIMA_DEP_ACL] = SIMA_DEP_ACL,
    [SIMA_DEP_ACL_RELCL] = SIMA_DEP_ACL,
    [SIMA_DEP_ADVCL] = SIMA_DEP_ADVCL,
    [SIMA_DEP_ADVCL_RELCL] = SIMA_DEP_ADVCL,
    [SIMA_DEP_ADVMOD] = SIMA_DEP_ADVMOD,
    [SIMA_DEP_AMOD] = SIMA_DEP_AMOD,
    [SIMA_DEP_APPOS] = SIMA_DEP_APPOS,
    [SIMA_DEP_AUX] = SIMA_DEP_AUX,
    [SIMA_DEP_AUX_PASS] = SIMA_DEP_AUX,
    [SIMA_DEP_CASE] = SIMA_DEP_CASE,
    [SIMA_DEP_CC] = SIMA_DEP_CC,
    [SIMA_DEP_CC_PRECONJ] = SIMA_DEP_CC,
    [SIMA_DEP_CCOMP] = SIMA_DEP_CCOMP,
    [SIMA_DEP_CLF] = SIMA_DEP_CLF,
    [SIMA_DEP_COMPOUND] = SIMA_DEP_COMPOUND,
    [SIMA_DEP_COMPOUND_PRT] = SIMA_DEP_COMPOUND,
    [SIMA_DEP_CONJ] = SIMA_DEP_CONJ,
    [SIMA_DEP_COP] = SIMA_DEP_COP,
    [SIMA_DEP_CSUBJ] = SIMA_DEP_CSUBJ,
    [SIMA_DEP_CSUBJ_OUTER] = SIMA_DEP_CSUBJ,
    [SIMA_DEP_CSUBJ_PASS] = SIMA_DEP_CSUBJ,
    [SIMA_DEP_DEP] = SIMA_DEP_DEP,
    [SIMA_DEP_DET] = SIMA_DEP_DET,
    [SIMA_DEP_DET_PREDET] = SIMA_DEP_DET,
    [SIMA_DEP_DISCOURSE] = SIMA_DEP_DISCOURSE,
    [SIMA_DEP_DISLOCATED] = SIMA_DEP_DISLOCATED,
    [SIMA_DEP_EXPL] = SIMA_DEP_EXPL,
    [SIMA_DEP_FIXED] = SIMA_DEP_FIXED,
    [SIMA_DEP_FLAT] = SIMA_DEP_FLAT,
    [SIMA_DEP_GOESWITH] = SIMA_DEP_GOESWITH,
    [SIMA_DEP_IOBJ] = SIMA_DEP_IOBJ,
    [SIMA_DEP_LIST] = SIMA_DEP_LIST,
    [SIMA_DEP_MARK] = SIMA_DEP_MARK,
    [SIMA_DEP_NMOD] = SIMA_DEP_NMOD,
    [SIMA_DEP_NMOD_DESC] = SIMA_DEP_NMOD,
    [SIMA_DEP_NMOD_POSS] = SIMA_DEP_NMOD,
    [SIMA_DEP_NMOD_UNMARKED] = SIMA_DEP_NMOD,
    [SIMA_DEP_NSUBJ] = SIMA_DEP_NSUBJ,
    [SIMA_DEP_NSUBJ_OUTER] = SIMA_DEP_NSUBJ,
    [SIMA_DEP_NSUBJ_PASS] = SIMA_DEP_NSUBJ,
    [SIMA_DEP_NUMMOD] = SIMA_DEP_NUMMOD,
    [SIMA_DEP_OBJ] = SIMA_DEP_OBJ,
    [SIMA_DEP_OBL] = SIMA_DEP_OBL,
    [SIMA_DEP_OBL_AGENT] = SIMA_DEP_OBL,
    [SIMA_DEP_OBL_UNMARKED] = SIMA_DEP_OBL,
    [SIMA_DEP_ORPHAN] = SIMA_DEP_ORPHAN,
    [SIMA_DEP_PARATAXIS] = SIMA_DEP_PARATAXIS,
    [SIMA_DEP_PUNCT] = SIMA_DEP_PUNCT,
    [SIMA_DEP_REPARANDUM] = SIMA_DEP_REPARANDUM,
    [SIMA_DEP_ROOT] = SIMA_DEP_ROOT,
    [SIMA_DEP_VOCATIVE] = SIMA_DEP_VOCATIVE,
    [SIMA_DEP_XCOMP] = SIMA_DEP_XCOMP,
    [SIMA_DEP_NMOD_TMOD] = SIMA_DEP_NMOD,
    [SIMA_DEP_NMOD_NPMOD] = SIMA_DEP_NMOD,
    [SIMA_DEP_OBL_TMOD] = SIMA_DEP_OBL,
    [SIMA_DEP_OBL_NPMOD] = SIMA_DEP_OBL,
    [SIMA_DEP_FLAT_FOREIGN] = SIMA_DEP_FLAT,
    [SIMA_DEP_DET_POSS] = SIMA_DEP_DET,
    [SIMA_DEP_COMPOUND_LVC] = SIMA_DEP_COMPOUND,
};

unsigned sima_deprel_base(unsigned id) {
  return id < SIMA_NDEP ? sima_dep_base_tab[id] : 0;
}

/* The lookup memos of one call: the tagger's, the lemmatizer's and the
** parser's.  They hold exact lookups of this model's tables, so a set
** borrowed by document after document never changes a result.  The
** scorers' feature memos (first in tagger_cache and parser_cache) start
** on a cache line, so that none of their 32-byte slots straddles two
** lines (memo_take aligns the set). */
typedef struct memo_set {
  _Alignas(64) tagger_cache tag;
  _Alignas(64) parser_cache parse;
  lemma_cache lem;
  struct memo_set *next;
  void *raw; /* what calloc returned (free this) */
} memo_set;

typedef struct memo_pool {
  pthread_mutex_t lock; /* guards free */
  memo_set *free;       /* memo sets not in use */
} memo_pool;

struct sima_model {
  tagger_model tagger;
  lemma_model lemma;
  parser_model parser;   /* zeroed when the dense parser is the one used */
  dparser_model dparser; /* models/dparser.bin, when present */
  int has_dense, use_dense;
  memo_pool *memos; /* the one mutable part, internal */
};

/* Borrows a memo set (a zeroed new one, 64-byte aligned, when the pool
** is empty); NULL when out of memory. */
static memo_set *memo_take(memo_pool *p) {
  pthread_mutex_lock(&p->lock);
  memo_set *s = p->free;
  if (s)
    p->free = s->next;
  pthread_mutex_unlock(&p->lock);
  if (s)
    return s;
  /* (calloc, not posix_memalign and memset: the parser's memo, unused by
  ** the dense parser, stays untouched zero pages) */
  char *raw = calloc(1, sizeof *s + 64);
  if (!raw)
    return NULL;
  s = (memo_set *)(void *)(raw + (64 - (uintptr_t)raw % 64) % 64);
  s->raw = raw;
  return s;
}

static void memo_give(memo_pool *p, memo_set *s) {
  pthread_mutex_lock(&p->lock);
  s->next = p->free;
  p->free = s;
  pthread_mutex_unlock(&p->lock);
}

sima_model *sima_model_load(const char *dir, sima_error *err) {
  sima_model *m = calloc(1, sizeof *m);
  char path[4096];
  if (!m) {
    sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
    return NULL;
  }
  m->memos = calloc(1, sizeof *m->memos);
  if (!m->memos || pthread_mutex_init(&m->memos->lock, NULL)) {
    free(m->memos);
    free(m);
    sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
    return NULL;
  }
  if (!dir)
    dir = "models";
  snprintf(path, sizeof path, "%s/tagger.bin", dir);
  if (tagger_load(&m->tagger, path, err))
    goto fail;
  snprintf(path, sizeof path, "%s/lemma.bin", dir);
  if (lemma_load(&m->lemma, path, err))
    goto fail;
  /* The parser to use: SIMA_PARSER=dense|sparse (default dense, since the
  ** twentieth session; `sima parse --parser` and `sima code --parser` set
  ** it).  The dense model is loaded when its file is there; using it (the
  ** default) without the file is an error.  The sparse model (7 MB, a
  ** third of a dense run's load time) is loaded only when it is the one
  ** used; with the dense parser parser.bin must still open, so a models
  ** directory that lacks it gets the same message whichever parser is
  ** asked for. */
  const char *want = getenv("SIMA_PARSER");
  snprintf(path, sizeof path, "%s/parser.bin", dir);
  int dense = !(want && !strcmp(want, "sparse"));
  if (dense) {
    if (access(path, R_OK) != 0) {
      sima_error_set(err, SIMA_ERR_IO, "%s: cannot open model", path);
      goto fail;
    }
  } else if (parser_load(&m->parser, path, err)) {
    goto fail;
  }
  if (want && *want && strcmp(want, "dense") && strcmp(want, "sparse")) {
    sima_error_set(err, SIMA_ERR_USAGE,
                   "SIMA_PARSER=%s: want dense or sparse", want);
    goto fail;
  }
  m->use_dense = dense;
  snprintf(path, sizeof path, "%s/dparser.bin", dir);
  if (m->use_dense && access(path, F_OK) != 0) {
    sima_error_set(err, SIMA_ERR_IO,
                   "%s: missing: the dense parser (SIMA_PARSER=dense, "
                   "--parser dense) needs it (tools/dtrain writes it)",
                   path);
    goto fail;
  }
  if (access(path, F_OK) == 0) {
    if (dparser_load(&m->dparser, path, err))
      goto fail;
    m->has_dense = 1;
  }
  return m;
fail:
  sima_model_free(m);
  return NULL;
}

void sima_model_free(sima_model *m) {
  if (!m)
    return;
  tagger_free(&m->tagger);
  lemma_free(&m->lemma);
  parser_free(&m->parser);
  if (m->has_dense)
    dparser_free(&m->dparser);
  while (m->memos->free) {
    memo_set *s = m->memos->free;
    m->memos->free = s->next;
    tagger_cache_free(&s->tag);
    lemma_cache_free(&s->lem);
    free(s->raw);
  }
  pthread_mutex_destroy(&m->memos->lock);
  free(m->memos);
  free(m);
}

/* The sentences of doc, or one spanning all its tokens when the splitter
** has not run (*whole holds it); sets *n. */
static const sima_sentence *doc_sentences(const sima_doc *doc,
                                          sima_sentence *whole, uint32_t *n) {
  *n = doc->nsents;
  if (doc->nsents == 0 && doc->ntokens > 0) {
    *whole = (sima_sentence){0, doc->ntokens, 0};
    *n = 1;
    return whole;
  }
  return doc->sents;
}

/* 0 if sentence s lies within the document's tokens, else an error. */
static sima_status check_range(const sima_doc *doc, const sima_sentence *se,
                               uint32_t s, sima_error *err) {
  uint32_t n = doc->ntokens;
  if (se->first > n || se->count > n - se->first)
    return sima_error_set(err, SIMA_ERR_USAGE,
                          "%s: sentence %u out of token range",
                          doc->id ? doc->id : "doc", s);
  return SIMA_OK;
}

sima_status sima_tag_doc(const sima_model *m, sima_doc *doc, sima_error *err) {
  if (!m || !doc)
    return sima_error_set(err, SIMA_ERR_USAGE, "sima_tag_doc: NULL argument");
  uint32_t n = doc->ntokens;
  sima_syntax *syn = sima_arena_alloc(doc->arena, (n ? n : 1) * sizeof *syn);
  if (!syn)
    return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  for (uint32_t i = 0; i < n; i++)
    syn[i].head = -1;
  memo_set *memo = n > 0 ? memo_take(m->memos) : NULL;
  if (n > 0 && !memo)
    return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  sima_status st = SIMA_OK;
  sima_sentence whole;
  uint32_t nsents;
  const sima_sentence *sents = doc_sentences(doc, &whole, &nsents);
  for (uint32_t s = 0; s < nsents && st == SIMA_OK; s++) {
    uint32_t first = sents[s].first, count = sents[s].count;
    if ((st = check_range(doc, &sents[s], s, err)) != SIMA_OK || count == 0)
      continue;
    if (tagger_tag(&m->tagger, &memo->tag, &m->lemma, doc, first, count,
                   syn + first) ||
        lemma_sentence_memo(&m->lemma, &memo->lem, doc, first, count,
                            syn + first))
      st = sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  }
  if (memo)
    memo_give(m->memos, memo);
  if (st == SIMA_OK)
    doc->syn = syn;
  return st;
}

sima_status sima_parse_tagged(const sima_model *m, sima_doc *doc,
                              const unsigned char *want, sima_error *err) {
  if (!m || !doc || (!doc->syn && doc->ntokens > 0))
    return sima_error_set(err, SIMA_ERR_USAGE,
                          "sima_parse_tagged: NULL argument or untagged doc");
  sima_sentence whole;
  uint32_t nsents;
  const sima_sentence *sents = doc_sentences(doc, &whole, &nsents);
  memo_set *memo = NULL;
  sima_status st = SIMA_OK;
  for (uint32_t s = 0; s < nsents && st == SIMA_OK; s++) {
    uint32_t first = sents[s].first, count = sents[s].count;
    if ((want && !want[s]) || count == 0)
      continue;
    if ((st = check_range(doc, &sents[s], s, err)) != SIMA_OK)
      continue;
    if (m->use_dense) {
      if (dparser_parse(&m->dparser, doc, first, count, doc->syn + first))
        st = sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
      continue;
    }
    if (!memo && !(memo = memo_take(m->memos)))
      st = sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
    else if (parser_parse(&m->parser, &memo->parse, doc, first, count,
                          doc->syn + first))
      st = sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  }
  if (memo)
    memo_give(m->memos, memo);
  return st;
}

/* Tags every sentence, then parses every sentence: the same trees as
** tagging and parsing sentence by sentence (a sentence's parse reads only
** its own tags). */
sima_status sima_parse_doc(const sima_model *m, sima_doc *doc,
                           sima_error *err) {
  sima_status st = sima_tag_doc(m, doc, err);
  return st != SIMA_OK ? st : sima_parse_tagged(m, doc, NULL, err);
}
