/*
** test_tagger.c — the tagger and the model loader: tags of a news
** sentence, the tag/relation name tables, and the loader's checks: a
** truncated, bit-flipped, wrong-kind or wrong-version file is refused with
** a clear message (never a crash), for every truncation length of the
** header and a sample of payload corruptions.
*/
#include "harness.h"
#include "model.h"
#include "sima.h"
#include "tagger.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

TEST(names) {
  STR_EQ(sima_upos_name(SIMA_UPOS_PROPN), "PROPN");
  STR_EQ(sima_xpos_name(SIMA_XPOS_PRP_S), "PRP$");
  STR_EQ(sima_xpos_name(SIMA_XPOS_LRB), "-LRB-");
  STR_EQ(sima_deprel_name(SIMA_DEP_NSUBJ_PASS), "nsubj:pass");
  STR_EQ(sima_deprel_name(SIMA_DEP_COMPOUND_PRT), "compound:prt");
  STR_EQ(sima_deprel_name(9999), "_");
  INT_EQ(sima_deprel_id("obl:agent", 9), SIMA_DEP_OBL_AGENT);
  INT_EQ(sima_xpos_id("VBD", 3), SIMA_XPOS_VBD);
  INT_EQ(sima_upos_id("VERB", 4), SIMA_UPOS_VERB);
  INT_EQ(sima_upos_id("VERBS", 5), 0);
  INT_EQ(sima_deprel_base(SIMA_DEP_NSUBJ_PASS), SIMA_DEP_NSUBJ);
  INT_EQ(sima_deprel_base(SIMA_DEP_OBL_AGENT), SIMA_DEP_OBL);
  INT_EQ(sima_deprel_base(SIMA_DEP_OBJ), SIMA_DEP_OBJ);
  for (unsigned i = 1; i < SIMA_NDEP; i++) {
    const char *n = sima_deprel_name(i);
    INT_EQ(sima_deprel_id(n, strlen(n)), i);
  }
  for (unsigned i = 1; i < SIMA_NXPOS; i++) {
    const char *n = sima_xpos_name(i);
    INT_EQ(sima_xpos_id(n, strlen(n)), i);
  }
}

TEST(tag_sentence) {
  sima_error err;
  sima_model *m = sima_model_load("models", &err);
  if (!m) {
    FAILF("%s", err.msg);
    return;
  }
  const char *text = "Rebels seized the town and fled.";
  sima_doc *doc = sima_doc_new(text, strlen(text), "t", NULL, NULL, NULL);
  OK(doc && !sima_tokenize(doc, &err) && !sima_split(doc, &err),
     "tokenize");
  INT_EQ(sima_tag_doc(m, doc, &err), SIMA_OK);
  static const struct {
    unsigned upos, xpos;
    const char *lemma;
  } want[] = {{SIMA_UPOS_NOUN, SIMA_XPOS_NNS, "rebel"},
              {SIMA_UPOS_VERB, SIMA_XPOS_VBD, "seize"},
              {SIMA_UPOS_DET, SIMA_XPOS_DT, "the"},
              {SIMA_UPOS_NOUN, SIMA_XPOS_NN, "town"},
              {SIMA_UPOS_CCONJ, SIMA_XPOS_CC, "and"},
              {SIMA_UPOS_VERB, SIMA_XPOS_VBD, "flee"},
              {SIMA_UPOS_PUNCT, SIMA_XPOS_PERIOD, "."}};
  INT_EQ(doc->ntokens, 7);
  for (uint32_t i = 0; i < doc->ntokens && i < 7; i++) {
    INT_EQ(doc->syn[i].upos, want[i].upos);
    INT_EQ(doc->syn[i].xpos, want[i].xpos);
    STR_EQ(doc->syn[i].lemma, want[i].lemma);
    INT_EQ(doc->syn[i].head, -1);
  }
  /* PTB opening quotes read as the quote character (EWT has none) */
  const char *q = "He called it a ``permissive signal''.";
  sima_doc *qd = sima_doc_new(q, strlen(q), "q", NULL, NULL, NULL);
  OK(qd && !sima_tokenize(qd, &err) && !sima_split(qd, &err), "tokenize q");
  INT_EQ(sima_tag_doc(m, qd, &err), SIMA_OK);
  for (uint32_t i = 0; qd && i < qd->ntokens; i++)
    if (qd->tokens[i].len == 2 && !memcmp(qd->text + qd->tokens[i].off, "``", 2)) {
      INT_EQ(qd->syn[i].upos, SIMA_UPOS_PUNCT);
      INT_EQ(qd->syn[i].xpos, SIMA_XPOS_LQUOTE);
    }
  sima_doc_free(qd);
  /* empty document and no sentences */
  sima_doc *e = sima_doc_new("", 0, "e", NULL, NULL, NULL);
  INT_EQ(sima_parse_doc(m, e, &err), SIMA_OK);
  sima_doc_free(e);
  sima_doc_free(doc);
  sima_model_free(m);
}

/* model_find (16 fingerprints compared at once on x86-64) finds what the
** plain scan finds, for every feature of every bucket of the tagger's
** scorer (a feature hash made to fall in the bucket with the feature's
** fingerprint) and for hashes no feature has. */
TEST(find_simd) {
  tagger_model m;
  sima_error err;
  if (tagger_load(&m, "models/tagger.bin", &err)) {
    FAILF("%s", err.msg);
    return;
  }
  const model_linear *lm = &m.lm;
  size_t bad = 0, n = 0;
  for (uint32_t b = 0; b < lm->nbuckets; b++) {
    const unsigned char *p = lm->blob + lm->offs[b];
    uint64_t hi = (((uint64_t)b << 32) + lm->nbuckets - 1) / lm->nbuckets;
    for (uint32_t i = 0; i <= p[0]; i++) {
      /* i == p[0]: a fingerprint the bucket lacks (most likely) */
      uint32_t fp = i < p[0] ? model_rd16(p + 2 + 2 * i) : 0x5a5a;
      uint64_t feat = hi << 32 | (uint64_t)fp << 16 | 0x1234;
      if (model_bucket_of(feat, lm->nbuckets) != b) {
        bad++;
        continue;
      }
      uint32_t o1 = 1, o2 = 2;
      uint32_t c1 = model_find(lm, feat, b, &o1);
      uint32_t c2 = model_find_scalar(lm, feat, b, &o2);
      n++;
      if (c1 != c2 || o1 != o2)
        bad++;
    }
  }
  INT_EQ(bad, 0);
  OK(n > lm->nfeats, "every feature tried");
  tagger_free(&m);
}

/* The scorer's bucket masks (model_linear.om) never call a feature of
** the model absent, and scoring through them gives the sums of scoring
** without them: every feature of the model, and as many absent ones
** (fingerprints their buckets lack), scored 24 at a time through a cold
** and then a warm memo, with and without the masks. */
TEST(absent_masks) {
  tagger_model m;
  sima_error err;
  if (tagger_load(&m, "models/tagger.bin", &err)) {
    FAILF("%s", err.msg);
    return;
  }
  model_linear *lm = &m.lm;
  OK(lm->om != NULL, "masks built");
  size_t bad = 0, nabsent = 0, told = 0;
  uint64_t *feats = malloc(2 * ((size_t)lm->nfeats + lm->nbuckets) * sizeof *feats);
  size_t nf = 0;
  for (uint32_t b = 0; feats && b < lm->nbuckets; b++) {
    const unsigned char *p = lm->blob + lm->offs[b];
    uint64_t hi = (((uint64_t)b << 32) + lm->nbuckets - 1) / lm->nbuckets;
    if (lm->om[2 * (size_t)b] != lm->offs[b])
      bad++;
    for (uint32_t i = 0; i < p[0]; i++) {
      uint32_t fp = model_rd16(p + 2 + 2 * i);
      if (!(lm->om[2 * (size_t)b + 1] & model_fp_bit(fp)))
        bad++; /* a feature of the model the mask calls absent */
      feats[nf++] = hi << 32 | (uint64_t)fp << 16 | 0x1234;
    }
    /* an absent fingerprint: the first the bucket lacks */
    for (uint32_t fp = 0; fp < 0x10000; fp++) {
      uint32_t i = 0;
      while (i < p[0] && model_rd16(p + 2 + 2 * i) != fp)
        i++;
      if (i == p[0]) {
        feats[nf++] = hi << 32 | (uint64_t)fp << 16 | 0x1234;
        nabsent++;
        told += !(lm->om[2 * (size_t)b + 1] & model_fp_bit(fp));
        break;
      }
    }
  }
  INT_EQ(bad, 0);
  OK(told > nabsent / 2, "most absent features told by the masks");
  model_cache *c1 = calloc(1, sizeof *c1), *c2 = calloc(1, sizeof *c2);
  uint32_t *om = lm->om;
  size_t diff = 0;
  for (int pass = 0; c1 && c2 && feats && pass < 2; pass++)
    for (size_t f = 0; f < nf; f += 24) {
      size_t k = nf - f < 24 ? nf - f : 24;
      int32_t s1[256] = {0}, s2[256] = {0}, s3[256] = {0};
      lm->om = om;
      model_linear_score_cached(lm, c1, feats + f, k, s1);
      lm->om = NULL;
      model_linear_score_cached(lm, c2, feats + f, k, s2);
      model_linear_score(lm, feats + f, k, s3);
      diff += memcmp(s1, s2, sizeof s1) != 0 || memcmp(s1, s3, sizeof s1) != 0;
    }
  lm->om = om;
  INT_EQ(diff, 0);
  OK(nf > lm->nfeats, "every feature scored");
  free(c1);
  free(c2);
  free(feats);
  tagger_free(&m);
}

/* The context features tagger_tag hashes from the model's tables of
** previous classes and flags are those of tagger_features, for every
** token of a sentence and every previous class (and none). */
TEST(context_tables) {
  tagger_model m;
  sima_error err;
  if (tagger_load(&m, "models/tagger.bin", &err)) {
    FAILF("%s", err.msg);
    return;
  }
  static const char *const words[] = {"U.S.", "Police", "in", "north-east",
                                      "Honduras", "arrested", "12",
                                      "SUSPECTS", ",", "officials", "said"};
  enum { N = sizeof words / sizeof *words };
  tagger_word ws[N];
  for (uint32_t i = 0; i < N; i++) {
    tagger_word_init(&ws[i], words[i], strlen(words[i]));
    tagger_amb(&m, &ws[i]);
  }
  size_t bad = 0;
  for (uint32_t i = 0; i < N; i++)
    for (uint32_t p1 = 0; p1 <= m.lm.nclasses; p1++) {
      unsigned q1 = p1 < m.lm.nclasses ? p1 : TAGGER_START;
      unsigned q2 = p1 % 3 ? TAGGER_START : p1 / 2;
      uint64_t a[TAGGER_MAXFEATS], b[TAGGER_MAXFEATS];
      size_t na = tagger_features_of(&m, ws, N, i, q1, q2, 1, a);
      size_t nb = tagger_features_of(NULL, ws, N, i, q1, q2, 1, b);
      if (na != nb || memcmp(a, b, na * sizeof *a))
        bad++;
      /* with the word's own features: all of tagger_features */
      size_t nw = tagger_features_of(&m, ws, N, i, q1, q2, 0, b);
      size_t nall = tagger_features(ws, N, i, q1, q2, a);
      if (nw + na != nall)
        bad++;
    }
  INT_EQ(bad, 0);
  tagger_free(&m);
}

/* tagger_word_init's lower-case, suffix and prefix hashes (taken from
** running FNV-1a states) are model_mix(model_fnv1a(bytes) ^ salt) of the
** folded lower-case form, for short, folded, odd and overlong words. */
TEST(word_hashes) {
  static const char *const words[] = {
      "", "a", "Ab", "abc", "Police", "arrested", "U.S.", "12,000",
      "\xe2\x80\x9cquoted\xe2\x80\x9d", "north-east", "``",
      "Abcdefghijklmnopqrstuvwxyzabcdefghijklmn"
      "opqrstuvwxyzabcdefghijklmnopqrstuvwxyz"};
  for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
    const char *s = words[k];
    tagger_word w;
    tagger_word_init(&w, s, strlen(s));
    char f[64], lo[64];
    size_t n = tagger_fold(s, strlen(s), f, sizeof f);
    for (size_t i = 0; i < n; i++)
      lo[i] = (char)(f[i] >= 'A' && f[i] <= 'Z' ? f[i] + 32 : f[i]);
    INT_EQ(w.lower == model_mix(model_fnv1a(lo, n) ^ 2), 1);
    INT_EQ(w.form == model_mix(model_fnv1a(f, n) ^ 1), 1);
    for (size_t j = 0; j < 4; j++) {
      size_t m = j + 1 < n ? j + 1 : n;
      INT_EQ(w.suf[j] == model_mix(model_fnv1a(lo + n - m, m) ^ (10 + j)), 1);
    }
    for (size_t j = 0; j < 3; j++) {
      size_t m = j + 1 < n ? j + 1 : n;
      INT_EQ(w.pre[j] == model_mix(model_fnv1a(lo, m) ^ (20 + j)), 1);
    }
  }
}

/* The greedy loop of tagger_tag without any memo: every feature looked
** up in the model for every token.  Returns the classes in cls. */
static void tag_plain(const tagger_model *m, sima_doc *doc, uint32_t *cls) {
  tagger_word *ws = calloc(doc->ntokens ? doc->ntokens : 1, sizeof *ws);
  uint64_t feats[TAGGER_MAXFEATS];
  int32_t scores[256];
  unsigned p1 = TAGGER_START, p2 = TAGGER_START;
  for (uint32_t i = 0; i < doc->ntokens; i++) {
    tagger_word_init(&ws[i], doc->text + doc->tokens[i].off,
                     doc->tokens[i].len);
    tagger_amb(m, &ws[i]);
  }
  for (uint32_t i = 0; i < doc->ntokens; i++) {
    int c = tagger_dict(m, ws[i].form);
    if (c < 0) {
      size_t nf = tagger_features(ws, doc->ntokens, i, p1, p2, feats);
      memset(scores, 0, sizeof scores);
      model_linear_score(&m->lm, feats, nf, scores);
      c = 0;
      for (uint32_t k = 1; k < m->lm.nclasses; k++)
        if (scores[k] > scores[c])
          c = (int)k;
    }
    cls[i] = (uint32_t)c;
    p2 = p1;
    p1 = (unsigned)c;
  }
  free(ws);
}

/* The word memo (tagger_cache) changes no tag: cold, warm, and with two
** forms that share a memo slot taking turns in it. */
TEST(word_memo) {
  tagger_model m;
  sima_error err;
  if (tagger_load(&m, "models/tagger.bin", &err)) {
    FAILF("%s", err.msg);
    return;
  }
  /* a made-up verb ("...ed") and two nouns ("...ness") whose forms fall
  ** in the same set of the two-way memo, so that each takes its turn in
  ** it: a memo that mixed them up would tag one like another */
  char a[32] = "", b[32] = "", b2[32] = "";
  uint32_t seen[TAGGER_WSLOTS / 2], nseen[TAGGER_WSLOTS / 2];
  memset(seen, 0xff, sizeof seen);
  memset(nseen, 0xff, sizeof nseen);
  for (uint32_t k = 0; k < 4 * TAGGER_WSLOTS && !b2[0]; k++) {
    for (int noun = 0; noun < 2 && !b2[0]; noun++) {
      char w[32];
      snprintf(w, sizeof w, "pl%c%c%c%c%s", 'a' + (int)(k % 26),
               'a' + (int)(k / 26 % 26), 'a' + (int)(k / 676 % 26),
               'a' + (int)(k / 17576 % 26), noun ? "ness" : "ed");
      tagger_word tw;
      tagger_word_init(&tw, w, strlen(w));
      uint32_t s = tagger_word_set(tw.form | 1);
      if (!noun) {
        seen[s] = k;
      } else if (seen[s] != UINT32_MAX && nseen[s] != UINT32_MAX) {
        uint32_t j = seen[s], q = nseen[s];
        snprintf(a, sizeof a, "pl%c%c%c%ced", 'a' + (int)(j % 26),
                 'a' + (int)(j / 26 % 26), 'a' + (int)(j / 676 % 26),
                 'a' + (int)(j / 17576 % 26));
        snprintf(b, sizeof b, "pl%c%c%c%cness", 'a' + (int)(q % 26),
                 'a' + (int)(q / 26 % 26), 'a' + (int)(q / 676 % 26),
                 'a' + (int)(q / 17576 % 26));
        memcpy(b2, w, sizeof b2);
      } else {
        nseen[s] = k;
      }
    }
  }
  OK(b2[0] != 0, "found a verb and two nouns sharing a set");
  char text[512];
  snprintf(text, sizeof text,
           "They %s the %s quickly , and the %s of the town %s them ; "
           "officials %s the %s again , the %s %s the %s and the %s .",
           a, b, b2, a, a, b, b2, a, b, b2);
  sima_doc *doc = sima_doc_new(text, strlen(text), "w", NULL, NULL, NULL);
  OK(doc && !sima_tokenize(doc, &err), "tokenize");
  uint32_t n = doc ? doc->ntokens : 0;
  uint32_t *want = calloc(n ? n : 1, sizeof *want);
  sima_syntax *syn = calloc(n ? n : 1, sizeof *syn);
  tagger_cache *c = calloc(1, sizeof *c);
  if (doc && want && syn && c) {
    /* (an empty span on a fresh cache is no out-of-memory) */
    INT_EQ(tagger_tag(&m, c, NULL, doc, 0, 0, syn), 0);
    tag_plain(&m, doc, want);
    for (int pass = 0; pass < 3; pass++) { /* cold, then warm */
      memset(syn, 0, n * sizeof *syn);
      INT_EQ(tagger_tag(&m, c, NULL, doc, 0, n, syn), 0);
      for (uint32_t i = 0; i < n; i++) {
        INT_EQ(syn[i].upos, m.classes[2 * want[i]]);
        INT_EQ(syn[i].xpos, m.classes[2 * want[i] + 1]);
      }
    }
    OK(c->wkey != NULL, "word memo allocated");
    tagger_cache_free(c);
  }
  free(c);
  free(syn);
  free(want);
  sima_doc_free(doc);
  tagger_free(&m);
}

/* The token memo (tagger_tok) changes no tag, with rule T-WORDNET's
** answers kept in it too: a text of more distinct tokens than the memo
** has slots (made-up lower-case words WordNet judges, real words, names,
** words only WordNet knows) tagged sentence by sentence through one
** cache, twice, gives the tags of a cache whose token memo is off, and
** the WordNet answers the slots keep are those of the texts they hold. */
TEST(token_memo) {
  tagger_model m;
  lemma_model lm;
  sima_error err;
  if (tagger_load(&m, "models/tagger.bin", &err) ||
      lemma_load(&lm, "models/lemma.bin", &err)) {
    FAILF("%s", err.msg);
    return;
  }
  static const char *const ends[] = {"s", "ed", "ing", "ly", "ness", "",
                                     "ize", "ous", "ation", "er"};
  static const char *const real[] = {"police", "arrested", "the", "leader",
                                     "in", "Honduras", "on", "Monday",
                                     "attacks", "fled"};
  /* words WordNet knows (as nouns, verbs or adjectives) that the tagger's
  ** lexicon may not: their "yes" answers must leave a slot when another
  ** text takes it (those the lexicon knows are dropped below) */
  static const char *const cand[] = {
      "bamboozles",      "defenestrated", "obfuscates",  "perambulating",
      "flabbergasted",   "kerfuffles",    "lugubrious",  "xylophones",
      "discombobulates", "hornswoggled",  "befuddles",   "gerrymandered",
      "sesquipedalian",  "quixotic",      "snorkelling", "whittles"};
  const char *rare[16];
  size_t nrare = 0;
  for (size_t k = 0; k < sizeof cand / sizeof *cand; k++) {
    tagger_word w;
    tagger_word_init(&w, cand[k], strlen(cand[k]));
    tagger_amb(&m, &w);
    int yes = 0;
    for (unsigned x = 0; x < SIMA_NXPOS; x++)
      yes |= lemma_wn_knows(&lm, cand[k], strlen(cand[k]), x) == 1;
    if (!w.ambx && yes)
      rare[nrare++] = cand[k];
  }
  OK(nrare >= 4, "words only WordNet knows");
  /* each XPOS lemma_wn_knows judges has a bit of its own, the others none */
  unsigned seen = 0;
  for (unsigned x = 0; x < SIMA_NXPOS; x++) {
    unsigned bit = tagger_wn_bit(x);
    int judged = lemma_wn_knows(&lm, "war", 3, x) >= 0;
    if (judged != (bit != 0) || (bit & (bit - 1)) || (bit & seen))
      FAILF("XPOS %s: bit %#x (judged %d)", sima_xpos_name(x), bit, judged);
    seen |= bit;
  }
  size_t cap = (size_t)TAGGER_TSLOTS * 3 * 24, o = 0;
  char *text = malloc(cap);
  if (!text)
    return;
  for (uint32_t k = 0; k < TAGGER_TSLOTS * 3; k++) {
    uint32_t j = (k * 7919u) % (TAGGER_TSLOTS * 3 / 2);
    if (k % 12 == 11)
      o += (size_t)snprintf(text + o, cap - o, ". ");
    else if (j % 4 == 0)
      o += (size_t)snprintf(text + o, cap - o, "%s ", real[j / 4 % 10]);
    else if (j % 4 == 2 && j % 3 == 0 && nrare)
      o += (size_t)snprintf(text + o, cap - o, "%s ", rare[j / 12 % nrare]);
    else
      o += (size_t)snprintf(text + o, cap - o, "%s%c%c%c%s ",
                            j % 9 ? "vr" : "Vr", 'a' + (int)(j % 26),
                            'a' + (int)(j / 26 % 26),
                            'a' + (int)(j / 676 % 26), ends[j % 10]);
  }
  sima_doc *doc = sima_doc_new(text, o, "k", NULL, NULL, NULL);
  OK(doc && !sima_tokenize(doc, &err) && !sima_split(doc, &err), "tokenize");
  uint32_t n = doc ? doc->ntokens : 0;
  sima_syntax *a = calloc(n ? n : 1, sizeof *a);
  sima_syntax *b = calloc(n ? n : 1, sizeof *b);
  tagger_cache *ca = calloc(1, sizeof *ca), *cb = calloc(1, sizeof *cb);
  if (doc && a && b && ca && cb) {
    ca->tok_failed = 1; /* no token memo */
    for (int pass = 0; pass < 2; pass++) {
      for (uint32_t s = 0; s < doc->nsents; s++) {
        const sima_sentence *se = &doc->sents[s];
        INT_EQ(tagger_tag(&m, ca, &lm, doc, se->first, se->count,
                          a + se->first), 0);
        INT_EQ(tagger_tag(&m, cb, &lm, doc, se->first, se->count,
                          b + se->first), 0);
      }
      size_t bad = 0;
      for (uint32_t i = 0; i < n; i++)
        if ((a[i].xpos != b[i].xpos || a[i].upos != b[i].upos) && bad++ < 5)
          FAILF("pass %d token %u (%.*s): %s, memo %s", pass, i,
                (int)doc->tokens[i].len, doc->text + doc->tokens[i].off,
                sima_xpos_name(a[i].xpos), sima_xpos_name(b[i].xpos));
    }
    OK(ca->tok == NULL && cb->tok != NULL, "memo off and on");
    /* every answer a slot keeps is WordNet's for the text it holds now */
    size_t wn = 0, yes = 0, stale = 0;
    for (size_t k = 0; cb->tok && k < TAGGER_TSLOTS; k++) {
      const tagger_tok *e = &cb->tok[k];
      wn += e->wn_done != 0;
      yes += e->wn_yes != 0;
      for (unsigned x = 0; x < SIMA_NXPOS; x++) {
        unsigned bit = tagger_wn_bit(x);
        if (!(e->wn_done & bit))
          continue;
        int r = lemma_wn_knows(&lm, e->text, e->len, x);
        if (((e->wn_yes & bit) != 0) != (r == 1) && stale++ < 5)
          FAILF("slot %zu (%.*s) %s: kept %d, WordNet %d", k, (int)e->len,
                e->text, sima_xpos_name(x), (e->wn_yes & bit) != 0, r);
      }
    }
    OK(wn > 10, "WordNet answers kept");
    OK(yes > 0, "some of them yes");
  }
  if (ca)
    tagger_cache_free(ca);
  if (cb)
    tagger_cache_free(cb);
  free(ca);
  free(cb);
  free(a);
  free(b);
  sima_doc_free(doc);
  free(text);
  lemma_free(&lm);
  tagger_free(&m);
}

/* The vector argmax (model_first_max_best) picks the class the scalar
** loop picks, the first of tied maxima included, for every length the
** models can have and maxima in every position (the tail too). */
TEST(first_max) {
  model_argmax_fn best = model_first_max_best();
  uint32_t x = 12345;
  int32_t s[256];
  for (uint32_t n = 1; n <= 256; n++) {
    for (int trial = 0; trial < 20; trial++) {
      for (uint32_t k = 0; k < n; k++) {
        x = x * 1103515245u + 12345u;
        /* few distinct values: ties are common */
        s[k] = (int32_t)((x >> 16) % 7) - 3 + (trial & 1 ? -2000000000 : 0);
      }
      if (trial == 2)
        s[n - 1] = 100; /* the maximum last, in the overlapping tail */
      if (trial == 3)
        for (uint32_t k = 0; k < n; k++)
          s[k] = -5; /* all tied: class 0 */
      if (model_first_max_generic(s, n) != best(s, n)) {
        FAILF("n=%u trial=%d: %u against %u", n, trial,
              model_first_max_generic(s, n), best(s, n));
        return;
      }
    }
  }
  for (uint32_t k = 0; k < 8; k++)
    s[k] = 0;
  s[5] = 1;
  s[7] = 1;
  INT_EQ(best(s, 8), 5);
  INT_EQ(model_first_max_generic(s, 8), 5);
}

/* Loads models/ and tags text into a new document (*m set; both NULL on
** failure, reported). */
static sima_doc *tag_text(const char *text, sima_model **m) {
  sima_error err;
  *m = sima_model_load("models", &err);
  if (!*m) {
    FAILF("%s", err.msg);
    return NULL;
  }
  sima_doc *doc = sima_doc_new(text, strlen(text), "t", NULL, NULL, NULL);
  OK(doc && !sima_tokenize(doc, &err) && !sima_split(doc, &err), "tokenize");
  if (doc)
    INT_EQ(sima_tag_doc(*m, doc, &err), SIMA_OK);
  return doc;
}

/* RULE T-CLOSED: words EWT does not know get no closed-class tag, except
** the closed-class words news uses more than EWT. */
TEST(closed_classes) {
  sima_model *m;
  const char *text =
      "Opposition parties are demanding that President Kamau abandon his "
      "unpopular plan of land seizures. The arrests highlight how gangs wield "
      "influence over local officials. Talks resumed amid protests, whereas "
      "the rebels fought on alongside the army.";
  sima_doc *doc = tag_text(text, &m);
  static const unsigned closed[] = {
      SIMA_XPOS_IN,  SIMA_XPOS_DT,  SIMA_XPOS_CC,  SIMA_XPOS_PRP,
      SIMA_XPOS_PRP_S, SIMA_XPOS_MD, SIMA_XPOS_TO, SIMA_XPOS_WDT,
      SIMA_XPOS_WP,  SIMA_XPOS_WP_S, SIMA_XPOS_WRB, SIMA_XPOS_EX,
      SIMA_XPOS_PDT, SIMA_XPOS_POS, SIMA_XPOS_RP};
  int seen = 0;
  for (uint32_t i = 0; doc && doc->syn && i < doc->ntokens; i++) {
    const char *w = doc->text + doc->tokens[i].off;
    size_t n = doc->tokens[i].len;
    unsigned x = doc->syn[i].xpos;
    if ((n == 7 && !memcmp(w, "abandon", 7)) || (n == 5 && !memcmp(w, "wield", 5))) {
      seen++;
      for (size_t k = 0; k < sizeof closed / sizeof closed[0]; k++)
        OK(x != closed[k], "an unknown verb gets an open class");
    }
    if ((n == 4 && !memcmp(w, "amid", 4)) ||
        (n == 7 && !memcmp(w, "whereas", 7)) ||
        (n == 9 && !memcmp(w, "alongside", 9))) {
      seen++;
      INT_EQ(x, SIMA_XPOS_IN);
    }
  }
  INT_EQ(seen, 5);
  sima_doc_free(doc);
  sima_model_free(m);
}

/* RULE T-WORDNET: an unknown word's tag must be a part of speech WordNet
** knows for it ("refugees" is no verb, "tolerate" no adjective). */
TEST(wordnet_parts_of_speech) {
  sima_model *m;
  const char *text =
      "Aid groups are failing to protect the rights of Congolese Hutu "
      "refugees, a charity said. The army chief warned that soldiers will no "
      "longer tolerate marches by the movement.";
  sima_doc *doc = tag_text(text, &m);
  int seen = 0;
  for (uint32_t i = 0; doc && doc->syn && i < doc->ntokens; i++) {
    const char *w = doc->text + doc->tokens[i].off;
    size_t n = doc->tokens[i].len;
    if (n == 8 && !memcmp(w, "refugees", 8)) {
      seen++;
      INT_EQ(doc->syn[i].xpos, SIMA_XPOS_NNS);
      STR_EQ(doc->syn[i].lemma, "refugee");
    }
    if (n == 8 && !memcmp(w, "tolerate", 8)) {
      seen++;
      INT_EQ(doc->syn[i].upos, SIMA_UPOS_VERB);
    }
  }
  INT_EQ(seen, 2);
  sima_doc_free(doc);
  sima_model_free(m);
}

/* RULE T-HEADLINE: a line in title case is tagged from its words'
** lower-case forms: the verb of a headline is a verb, the country a name. */
TEST(headline_verbs) {
  sima_model *m;
  const char *text = "Honduras Arrests Member of Prominent Drug Clan. Peru "
                     "Destroys Record Coca Harvest. Colombia to Extradite "
                     "Paramilitary Drug Capo.";
  sima_doc *doc = tag_text(text, &m);
  int seen = 0;
  for (uint32_t i = 0; doc && doc->syn && i < doc->ntokens; i++) {
    const char *w = doc->text + doc->tokens[i].off;
    size_t n = doc->tokens[i].len;
    if ((n == 7 && !memcmp(w, "Arrests", 7)) ||
        (n == 8 && !memcmp(w, "Destroys", 8))) {
      seen++;
      INT_EQ(doc->syn[i].xpos, SIMA_XPOS_VBZ);
    }
    if (n == 9 && !memcmp(w, "Extradite", 9)) {
      seen++;
      INT_EQ(doc->syn[i].xpos, SIMA_XPOS_VB);
      STR_EQ(doc->syn[i].lemma, "extradite");
    }
    if (n == 8 && !memcmp(w, "Honduras", 8)) {
      seen++;
      INT_EQ(doc->syn[i].xpos, SIMA_XPOS_NNP);
    }
  }
  INT_EQ(seen, 4);
  sima_doc_free(doc);
  sima_model_free(m);
}

/* T-PARTICLE-VERB: "shot" before the particle "down" after a subject is
** the verb (the tagger alone reads it as a noun); after a determiner it
** stays a noun. */
TEST(particle_verbs) {
  sima_model *m;
  const char *text = "Ties worsened in 2015 when Turkey shot down a "
                     "Russian bomber near the border.  They heard the shot "
                     "down the road.";
  sima_doc *doc = tag_text(text, &m);
  int seen = 0;
  for (uint32_t i = 0; doc && doc->syn && i + 1 < doc->ntokens; i++) {
    const char *w = doc->text + doc->tokens[i].off;
    size_t n = doc->tokens[i].len;
    if (n != 4 || memcmp(w, "shot", 4))
      continue;
    const char *p = doc->text + doc->tokens[i - 1].off;
    if (doc->tokens[i - 1].len == 6 && !memcmp(p, "Turkey", 6)) {
      seen++;
      INT_EQ(doc->syn[i].upos, SIMA_UPOS_VERB);
      STR_EQ(doc->syn[i].lemma, "shoot");
    } else if (doc->tokens[i - 1].len == 3 && !memcmp(p, "the", 3)) {
      seen++;
      INT_EQ(doc->syn[i].upos, SIMA_UPOS_NOUN);
    }
  }
  INT_EQ(seen, 2);
  sima_doc_free(doc);
  sima_model_free(m);
}

/* Writes buf to path; returns 0 on success. */
static int spit(const char *path, const char *buf, size_t len) {
  FILE *f = fopen(path, "wb");
  if (!f)
    return -1;
  size_t w = fwrite(buf, 1, len, f);
  return fclose(f) == 0 && w == len ? 0 : -1;
}

TEST(corrupt_models) {
  size_t len;
  char *buf = h_slurp("models/tagger.bin", &len);
  if (!buf) {
    FAILF("models/tagger.bin missing");
    return;
  }
  char tmpl[] = "/tmp/sima_model_XXXXXX";
  char *dir = mkdtemp(tmpl);
  if (!dir) {
    FAILF("mkdtemp");
    free(buf);
    return;
  }
  char path[256];
  snprintf(path, sizeof path, "%s/tagger.bin", dir);
  tagger_model tm;
  sima_error err;
  /* intact */
  INT_EQ(spit(path, buf, len), 0);
  INT_EQ(tagger_load(&tm, path, &err), SIMA_OK);
  tagger_free(&tm);
  /* truncated at every header length and at a few payload lengths */
  size_t cuts[] = {0, 1, 7, 8, 12, 16, 24, 31, 32, 40, 100, len / 2, len - 1};
  for (size_t k = 0; k < sizeof cuts / sizeof cuts[0]; k++) {
    INT_EQ(spit(path, buf, cuts[k]), 0);
    err.msg[0] = 0;
    OK(tagger_load(&tm, path, &err) != SIMA_OK, "truncated file refused");
    OK(strstr(err.msg, "tagger.bin") != NULL, "message names the file");
  }
  /* flipped bytes in the payload: the checksum catches them */
  for (size_t k = 0; k < 20; k++) {
    size_t at = 32 + (k * 7919u * 131u) % (len - 32);
    buf[at] ^= 0x40;
    INT_EQ(spit(path, buf, len), 0);
    INT_EQ(tagger_load(&tm, path, &err), SIMA_ERR_CORRUPT);
    buf[at] ^= 0x40;
  }
  /* wrong version */
  buf[8] = 99;
  INT_EQ(spit(path, buf, len), 0);
  INT_EQ(tagger_load(&tm, path, &err), SIMA_ERR_VERSION);
  buf[8] = 1;
  /* a parser file is not a tagger */
  size_t plen;
  char *pbuf = h_slurp("models/parser.bin", &plen);
  if (pbuf) {
    INT_EQ(spit(path, pbuf, plen), 0);
    INT_EQ(tagger_load(&tm, path, &err), SIMA_ERR_CORRUPT);
    free(pbuf);
  }
  /* a missing directory */
  OK(sima_model_load("/nonexistent/dir", &err) == NULL, "missing dir");
  INT_EQ(err.status, SIMA_ERR_IO);
  remove(path);
  remove(dir);
  free(buf);
}

TEST(structurally_bad_but_checksummed) {
  /* A well-framed file whose scorer counts lie: the checksum is right, so
  ** only the loader's count checks can refuse it. */
  model_writer w;
  model_writer_init(&w);
  uint32_t hdr[4] = {3, 2, 2, 3}; /* 3 classes, 2 buckets, 2 feats, 3 ents */
  /* bucket 0: one feature with 1 entry (2 + 3 + 1 + 2 = 8 bytes); bucket 1
  ** claims one feature with 2 entries but is 2 bytes short */
  unsigned char blob[16] = {1, 0, 0x34, 0x12, 1, 0, 1, 5,
                            1, 0, 0x99, 0x99, 2, 0, 2, 6};
  uint32_t offs[3] = {0, 8, 16};
  int32_t dq[256] = {0};
  model_writer_section(&w, MODEL_TAG('T', 'G', 'L', 'H'), hdr, sizeof hdr);
  model_writer_section(&w, MODEL_TAG('T', 'G', 'L', 'O'), offs, sizeof offs);
  model_writer_section(&w, MODEL_TAG('T', 'G', 'L', 'D'), blob, sizeof blob);
  model_writer_section(&w, MODEL_TAG('T', 'G', 'L', 'Q'), dq, sizeof dq);
  sima_error err;
  INT_EQ(model_writer_save(&w, "/tmp/sima_bad_tagger.bin", MODEL_KIND_TAGGER,
                           &err),
         SIMA_OK);
  tagger_model tm;
  INT_EQ(tagger_load(&tm, "/tmp/sima_bad_tagger.bin", &err),
         SIMA_ERR_CORRUPT);
  OK(strstr(err.msg, "entry count mismatch") != NULL,
     "names the inconsistency");
  remove("/tmp/sima_bad_tagger.bin");
}

int main(void) {
  RUN(names);
  RUN(tag_sentence);
  RUN(find_simd);
  RUN(absent_masks);
  RUN(context_tables);
  RUN(word_hashes);
  RUN(word_memo);
  RUN(first_max);
  RUN(token_memo);
  RUN(closed_classes);
  RUN(wordnet_parts_of_speech);
  RUN(headline_verbs);
  RUN(particle_verbs);
  RUN(corrupt_models);
  RUN(structurally_bad_but_checksummed);
  return harness_done();
}
