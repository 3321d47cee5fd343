/*
** model.h — the binary container shared by the tagger, lemmatizer and
** parser models, and the sparse linear (perceptron) scorer they use.
**
** A model file is a 32-byte header (magic "SIMAMDL\0", format version,
** kind, payload length, FNV-1a 64 over the payload's little-endian 64-bit
** words) followed by
** sections: {u32 tag, u32 zero, u64 length, bytes, padding to 8}.  The
** loader checks the checksum and every count against the section sizes, so
** a truncated or corrupt file is an error, never a crash.  tools/train.c
** writes these files with model_writer_*.
*/
#ifndef SIMA_MODEL_H
#define SIMA_MODEL_H

#include "sima.h"

#include <string.h>

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif


/* Feature hashing: a 64-bit mix (splitmix64 finaliser). */
static inline uint64_t model_mix(uint64_t h) {
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 31;
  return h;
}
#define MODEL_MAGIC "SIMAMDL"
#define MODEL_VERSION 1u
#define MODEL_HEADER 32u

enum {
  MODEL_KIND_TAGGER = 1,
  MODEL_KIND_LEMMA = 2,
  MODEL_KIND_PARSER = 3,
  MODEL_KIND_DPARSER = 4 /* dense parser, src/dparser.c */
};

#define MODEL_TAG(a, b, c, d)                                                  \
  ((uint32_t)(a) | (uint32_t)(b) << 8 | (uint32_t)(c) << 16 |                  \
   (uint32_t)(d) << 24)

/* A model file in memory: the loader that reads it checks it (header, checksum,
** section table) before use. */
typedef struct model_file {
  unsigned char *buf; /* whole file, 8-aligned: mmap'ed or malloc'ed */
  size_t len;
  int mapped;         /* buf comes from mmap (model_file_read only) */
  uint32_t kind;
  const char *name; /* for messages; not owned */
} model_file;

/* FNV-1a 64 of n bytes (feature and lexicon keys hash short words with
** it, so it is inline). */
static inline uint64_t model_fnv1a(const void *p, size_t n) {
  const unsigned char *s = p;
  uint64_t h = 0xcbf29ce484222325ULL;
  for (size_t i = 0; i < n; i++) {
    h ^= s[i];
    h *= 0x100000001b3ULL;
  }
  return h;
}

/* Checks a file image (header, version, kind, checksum, section framing).
** buf stays the caller's.  Returns SIMA_OK or an error naming `name`.  The
** loaders' *_load_image call it, so a file is checked once, whether it
** came from model_file_read or from memory. */
sima_status model_check(model_file *f, uint32_t kind, sima_error *err);

/* Rewrites the payload length and checksum of a file image of len >= 32
** bytes (the trainer's last step; fuzzers use it to reach the deeper
** checks). */
void model_seal(unsigned char *buf, size_t len);

/* Maps (or, failing that, reads) a file; release it with model_file_free.
** It is not checked here: the loader's *_load_image does that (model_check).
** The mapping is read-only and pre-faulted, which on virtual machines costs
** a fraction of copying into fresh pages. */
sima_status model_file_read(model_file *f, const char *path, sima_error *err);
void model_file_free(model_file *f);

/* Finds section `tag`; its length must be a multiple of `elem`.  Sets *p and
** *count (elements).  A missing section is SIMA_ERR_CORRUPT. */
sima_status model_section(const model_file *f, uint32_t tag, size_t elem,
                          const void **p, size_t *count, sima_error *err);

/* scores[0..npad) += the sum of rows[0..nrows), each npad int16 wide
** (npad a multiple of 8, at most 256).  The sums stay in registers while
** the rows stream through: on x86-64 CPUs with AVX2 one sign-extending
** load and one add per row and 8 classes (model.c picks the version once,
** at model_linear_load; all versions give identical sums). */
typedef void (*model_rows_fn)(int32_t *scores, const int16_t *const *rows,
                              size_t nrows, uint32_t npad);
void model_rows_add_generic(int32_t *scores, const int16_t *const *rows,
                            size_t nrows, uint32_t npad);
/* The best version for this CPU (model_rows_add_generic when no other
** applies). */
model_rows_fn model_rows_add_best(void);

/* The index of the first maximum of scores[0..n) (n >= 1): a greedy
** decoder's choice, the first class on ties.  The AVX2 version compares
** 8 scores an instruction and gives the same index. */
typedef uint32_t (*model_argmax_fn)(const int32_t *scores, uint32_t n);
uint32_t model_first_max_generic(const int32_t *scores, uint32_t n);
model_argmax_fn model_first_max_best(void);

/* A sparse linear scorer over hashed features, compact enough to ship
** millions of weights in a few megabytes and laid out so that one lookup
** touches one or two cache lines:
**
**   bucket b   = fastrange(high 32 bits of the feature hash, nbuckets)
**   offs[b]    = where bucket b starts in the blob (nbuckets + 1)
**   blob[offs[b]...] = n (u8), 0 (u8), n fingerprints (u16: bits 16..31
**                of the hash), n entry counts (u8), a pad byte if n is
**                odd, then the entries (u16: class | code << 8) of the n
**                features in order
**   dequant[code] = the weight as int32 (code 0 is 0; 128 + k is -k's)
**
** A bucket holds ~8 features (~60 bytes).  An absent feature matches a
** fingerprint with probability ~1e-4 and then adds a little noise. */
typedef struct model_linear {
  uint32_t nclasses, nbuckets, nfeats, nents;
  const uint32_t *offs;
  /* Built at load: per bucket b, om[2b] = offs[b] and om[2b + 1] a mask
  ** with model_fp_bit(fp) set for each fingerprint fp of the bucket, so that
  ** most absent features are told absent without reading the blob
  ** (model_linear_score_cached); NULL if it could not be allocated. */
  uint32_t *om;
  const unsigned char *blob;
  size_t nblob;
  const int32_t *dequant; /* 256 */
  /* Built at load: features with MODEL_DENSE_MIN or more weights also get
  ** a dense row of npad int16 weights, added with SIMD. */
  uint32_t npad;   /* nclasses rounded up to 8 (score arrays hold 256) */
  uint32_t ndense;
  int16_t *dense;  /* ndense * npad, or NULL */
  uint32_t *dkey;  /* blob offset of the feature's entries + 1; 0: empty */
  uint32_t *dval;  /* row index */
  uint32_t dmask;
  model_rows_fn rows_add; /* adds a batch of dense rows */
  model_argmax_fn first_max; /* the first best class of a score array */
} model_linear;

/* A dense row costs npad * 2 bytes (208 for the parser's 103 classes)
** against 2 per entry sparse: only features with many weights gain.  With
** 12, dense rows were 28 % of the parser's L2 misses; with 32 there are
** 22 % fewer L2 misses and 2 % fewer instructions (cachegrind, 200 KB of
** InSight Crime, 1 MB L2). */
#define MODEL_DENSE_MIN 32

/* Frees what model_linear_load built (the dense rows). */
void model_linear_free(model_linear *lm);

/* The dense row of the feature whose entries start at blob offset off. */
static inline const int16_t *model_dense_row(const model_linear *lm,
                                             uint32_t off) {
  uint32_t key = off + 1, i = (uint32_t)model_mix(key) & lm->dmask;
  while (lm->dkey[i] != key) {
    if (lm->dkey[i] == 0)
      return NULL;
    i = (i + 1) & lm->dmask;
  }
  return lm->dense + (size_t)lm->dval[i] * lm->npad;
}

/* For the scorer's small helpers, which GCC would otherwise call. */
#if defined(__GNUC__)
#define MODEL_ALWAYS_INLINE __attribute__((always_inline)) inline
#else
#define MODEL_ALWAYS_INLINE inline
#endif
#define MODEL_MAXFEATS 128 /* features per scoring call */

static inline uint32_t model_bucket_of(uint64_t feat, uint32_t nbuckets) {
  return (uint32_t)(((feat >> 32) * (uint64_t)nbuckets) >> 32);
}
static inline uint32_t model_fp(uint64_t feat) {
  return (uint32_t)(feat >> 16) & 0xffffu;
}
/* The bit of fingerprint fp in its bucket's mask (model_linear.om). */
static inline uint32_t model_fp_bit(uint32_t fp) { return 1u << (fp & 31); }
static inline uint32_t model_rd16(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}
/* Bytes of a bucket holding n features with ne entries in all. */
static inline size_t model_bucket_size(size_t n, size_t ne) {
  return 2 + 3 * n + (n & 1) + 2 * ne;
}

/* Loads sections prefix+"H" (nclasses, nbuckets, nfeats, nents), "O",
** "D", "Q"; prefix is a 3-char tag.  Checks every count and offset. */
sima_status model_linear_load(model_linear *lm, const model_file *f,
                              const char prefix[3], sima_error *err);

/* Finds the entries of feature `feat` in its bucket by a scan of the
** fingerprints: sets *off (blob offset) and returns the entry count, 0
** when the feature is absent.  The reference model_find follows. */
static inline uint32_t model_find_scalar(const model_linear *lm, uint64_t feat,
                                         uint32_t bucket, uint32_t *off) {
  const unsigned char *p = lm->blob + lm->offs[bucket];
  uint32_t n = p[0], fp = model_fp(feat);
  const unsigned char *fps = p + 2, *cnt = p + 2 + 2 * n;
  const unsigned char *ent = cnt + n + (n & 1);
  for (uint32_t i = 0; i < n; i++) {
    if (model_rd16(fps + 2 * i) == fp) {
      *off = (uint32_t)(ent - lm->blob);
      return cnt[i];
    }
    ent += 2 * (size_t)cnt[i];
  }
  *off = 0;
  return 0;
}

/* As model_find_scalar (the same *off and count: the first fingerprint
** that matches), and on x86-64 (SSE2) for a bucket of at most 16
** features (nearly all): its fingerprints compared 8 an instruction, and
** the entries before the match counted by one sum of absolute
** differences over the counts.  The loads read the bucket's first 26
** bytes (50 when it has more than 8 features: reading 50 for all cost 3 %
** more LL misses, cachegrind of sparse `sima code` on 300 KB), never
** past the blob (a bucket too near its end is scanned); what they read
** past the bucket is masked off. */
static inline uint32_t model_find_at(const model_linear *lm, uint64_t feat,
                                     uint32_t bucket, uint32_t o,
                                     uint32_t *off) {
#if defined(__SSE2__) && defined(__GNUC__)
  const unsigned char *p = lm->blob + o;
  uint32_t n = p[0];
  if (n <= 16 && (size_t)o + (n <= 8 ? 26 : 50) <= lm->nblob) {
    __m128i f = _mm_set1_epi16((short)model_fp(feat));
    __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(p + 2));
    uint32_t m = (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi16(a, f));
    if (n > 8) {
      __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(p + 18));
      m |= (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi16(b, f)) << 16;
    }
    m &= (uint32_t)((1ULL << (2 * n)) - 1);
    if (!m) {
      *off = 0;
      return 0;
    }
    uint32_t i = (uint32_t)__builtin_ctz(m) >> 1;
    const unsigned char *cnt = p + 2 + 2 * n;
    __m128i c =
        n <= 8 ? _mm_loadl_epi64((const __m128i *)(const void *)cnt)
               : _mm_loadu_si128((const __m128i *)(const void *)cnt);
    __m128i before = _mm_cmpgt_epi8(
        _mm_set1_epi8((char)i),
        _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15));
    __m128i s = _mm_sad_epu8(_mm_and_si128(c, before), _mm_setzero_si128());
    uint32_t sum =
        (uint32_t)_mm_cvtsi128_si32(s) + (uint32_t)_mm_extract_epi16(s, 4);
    *off = o + 2 + 3 * n + (n & 1) + 2 * sum;
    return cnt[i];
  }
#else
  (void)o;
#endif
  return model_find_scalar(lm, feat, bucket, off);
}
static inline uint32_t model_find(const model_linear *lm, uint64_t feat,
                                  uint32_t bucket, uint32_t *off) {
  return model_find_at(lm, feat, bucket, lm->offs[bucket], off);
}

/* scores[class] += weight for the n entries (2 bytes each: the class,
** then the weight's code) at ent, four a step. */
static MODEL_ALWAYS_INLINE void model_add_entries_dq(const int32_t *dq,
                                                     const unsigned char *ent,
                                                     uint32_t n,
                                                     int32_t *scores) {
  uint32_t k = 0;
  for (; k + 4 <= n; k += 4, ent += 8) {
    scores[ent[0]] += dq[ent[1]];
    scores[ent[2]] += dq[ent[3]];
    scores[ent[4]] += dq[ent[5]];
    scores[ent[6]] += dq[ent[7]];
  }
  switch (n - k) {
  case 3:
    scores[ent[4]] += dq[ent[5]];
    /* fall through */
  case 2:
    scores[ent[2]] += dq[ent[3]];
    /* fall through */
  case 1:
    scores[ent[0]] += dq[ent[1]];
    break;
  default:
    break;
  }
}
static MODEL_ALWAYS_INLINE void model_add_entries(const model_linear *lm,
                                                  const unsigned char *ent,
                                                  uint32_t n,
                                                  int32_t *scores) {
  model_add_entries_dq(lm->dequant, ent, n, scores);
}

/* Adds the weights of every feature (at most MODEL_MAXFEATS) to
** scores[nclasses]. */
static inline void model_linear_score(const model_linear *lm,
                                      const uint64_t *feats, size_t nfeats,
                                      int32_t *scores) {
  uint32_t bk[MODEL_MAXFEATS];
  if (nfeats > MODEL_MAXFEATS)
    nfeats = MODEL_MAXFEATS;
  /* Each phase issues all its loads before the next needs them, so the
  ** cache misses of different features overlap. */
  for (size_t f = 0; f < nfeats; f++) {
    bk[f] = model_bucket_of(feats[f], lm->nbuckets);
#if defined(__GNUC__)
    __builtin_prefetch(&lm->offs[bk[f]]);
#endif
  }
#if defined(__GNUC__)
  for (size_t f = 0; f < nfeats; f++) {
    const unsigned char *p = lm->blob + lm->offs[bk[f]];
    __builtin_prefetch(p);
    __builtin_prefetch(p + 48);
  }
#endif
  for (size_t f = 0; f < nfeats; f++) {
    uint32_t off, n = model_find(lm, feats[f], bk[f], &off);
    model_add_entries(lm, lm->blob + off, n, scores);
  }
}

/* A per-caller memo of feature -> (entries, count) lookups: parsing one
** document asks for the same features again and again (the same s0 or
** b0 over several moves, frequent tag combinations across sentences), and
** a hit costs one L1/L2 access instead of two cache misses.  Results are
** identical with or without it.  Not shared between threads. */
#define MODEL_CACHE 8192
#define MODEL_INLINE 8 /* entries a memo slot holds itself */
typedef struct model_memo {
  uint64_t key;  /* feature | 1; 0: empty */
  uint32_t off;  /* blob offset of the entries */
  uint32_t meta; /* entry count (low 8 bits; 0: feature absent) and, in
                 ** the high 24, its dense row + 1 (0: none) */
  unsigned char ent[2 * MODEL_INLINE]; /* the entries (2 bytes each, as
                                       ** in the blob), when count <=
                                       ** MODEL_INLINE */
} model_memo;
typedef struct model_cache {
  model_memo m[MODEL_CACHE];
} model_cache;

/* The scorer's fields a scoring call reads, copied to locals: stores to
** the int32 scores could otherwise alias them and force reloads. */
typedef struct model_linear_view {
  const int16_t *dense;
  const unsigned char *blob;
  const int32_t *dq;
  uint32_t npad;
} model_linear_view;

/* Adds memo entry e's weights: a dense row is queued in rows[*nrows]
** (the caller adds the queue in one pass), sparse entries go straight
** into scores. */
static MODEL_ALWAYS_INLINE void
model_memo_add(const model_linear_view *v, const model_memo *e,
               int32_t *scores, const int16_t **rows, size_t *nrows) {
  uint32_t meta = e->meta, n = meta & 0xffu;
  if (meta >> 8)
    rows[(*nrows)++] = v->dense + (size_t)((meta >> 8) - 1) * v->npad;
  else
    model_add_entries_dq(v->dq, n <= MODEL_INLINE ? e->ent : v->blob + e->off,
                         n, scores);
}

/* As model_linear_score, through cache c (zeroed before first use), and
** with the dense rows: scores must hold lm->npad entries, all zeroed.
** A memo entry keeps the feature's dense row too, so a frequent feature
** costs one L1/L2 access and one row read.  Hits are added as they are
** found; misses are then looked up (their loads issued first, so that
** their cache misses overlap), each slot filled and added at once, so a
** slot two features of this call share never gives one the other's
** entries.  The sums are model_linear_score's (int32 additions in
** another order). */
static inline void model_linear_score_cached(const model_linear *lm,
                                             model_cache *c,
                                             const uint64_t *feats,
                                             size_t nfeats, int32_t *scores) {
  uint32_t bk[MODEL_MAXFEATS];
  uint8_t miss[MODEL_MAXFEATS];
  const int16_t *rows[MODEL_MAXFEATS];
  size_t nrows = 0, nmiss = 0;
  const model_linear_view v = {lm->dense, lm->blob, lm->dequant, lm->npad};
  const uint32_t nbuckets = lm->nbuckets;
  const uint32_t *om = lm->om;
  if (nfeats > MODEL_MAXFEATS)
    nfeats = MODEL_MAXFEATS;
  for (size_t f = 0; f < nfeats; f++) {
    const model_memo *e = &c->m[(uint32_t)(feats[f] >> 20) & (MODEL_CACHE - 1)];
    if (e->key == (feats[f] | 1)) {
      model_memo_add(&v, e, scores, rows, &nrows);
    } else {
      uint32_t b = model_bucket_of(feats[f], nbuckets);
      bk[nmiss] = b;
      miss[nmiss++] = (uint8_t)f;
#if defined(__GNUC__)
      __builtin_prefetch(om ? &om[2 * (size_t)b] : &lm->offs[b]);
#endif
    }
  }
  /* a miss's bucket offset, or UINT32_MAX when the bucket's mask has no
  ** bit for its fingerprint: the feature is absent (no blob read) */
  uint32_t bo[MODEL_MAXFEATS];
  for (size_t j = 0; j < nmiss; j++) {
    if (om) {
      uint32_t fp = model_fp(feats[miss[j]]);
      bo[j] = om[2 * (size_t)bk[j] + 1] & model_fp_bit(fp)
                  ? om[2 * (size_t)bk[j]]
                  : UINT32_MAX;
    } else {
      bo[j] = lm->offs[bk[j]];
    }
#if defined(__GNUC__)
    if (bo[j] != UINT32_MAX) {
      const unsigned char *p = lm->blob + bo[j];
      __builtin_prefetch(p);
      __builtin_prefetch(p + 48);
    }
#endif
  }
  for (size_t j = 0; j < nmiss; j++) {
    uint64_t feat = feats[miss[j]];
    model_memo *e = &c->m[(uint32_t)(feat >> 20) & (MODEL_CACHE - 1)];
    uint32_t off = 0, n = 0;
    if (bo[j] != UINT32_MAX)
      n = model_find_at(lm, feat, bk[j], bo[j], &off);
    uint32_t meta = n;
    if (n >= MODEL_DENSE_MIN && lm->dense) {
      const int16_t *row = model_dense_row(lm, off);
      if (row)
        meta |= (uint32_t)((row - lm->dense) / lm->npad + 1) << 8;
    }
    e->key = feat | 1;
    e->off = off;
    e->meta = meta;
    if (n <= MODEL_INLINE) { /* (8 or 16 bytes where the blob has them) */
      if (n <= 4 && (size_t)off + 8 <= lm->nblob)
        memcpy(e->ent, lm->blob + off, 8);
      else if ((size_t)off + sizeof e->ent <= lm->nblob)
        memcpy(e->ent, lm->blob + off, sizeof e->ent);
      else
        memcpy(e->ent, lm->blob + off, 2 * (size_t)n);
    }
    model_memo_add(&v, e, scores, rows, &nrows);
  }
  if (nrows)
    lm->rows_add(scores, rows, nrows, lm->npad);
}

/* A quick 64-bit hash of n bytes, 8 at a time, for memos that then
** compare the bytes themselves (not a feature hash: models never see it). */
static inline uint64_t model_bytes_hash(const char *s, size_t n) {
  uint64_t h = (uint64_t)n * 0x9e3779b97f4a7c15ULL;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t v;
    memcpy(&v, s + i, 8);
    h = (h ^ v) * 0xff51afd7ed558ccdULL;
    h ^= h >> 29;
  }
  uint64_t v = 0;
  for (size_t k = 0; i + k < n; k++)
    v |= (uint64_t)(unsigned char)s[i + k] << (8 * k);
  h = (h ^ v) * 0xc4ceb9fe1a85ec53ULL;
  return h ^ (h >> 32);
}

static inline uint64_t model_feat(uint64_t tmpl, uint64_t a) {
  return model_mix(tmpl * 0x9e3779b97f4a7c15ULL ^ a);
}
/* model_feat2 and model_feat3 from the hash of their first part(s):
** model_feat2(t, a, b) == model_feat2_of(model_feat(t, a), b), and
** model_feat3(t, a, b, c) == model_feat3_of(model_feat2(t, a, b), c), so
** a caller may keep the first part of a frequent value. */
static inline uint64_t model_feat2_of(uint64_t head, uint64_t b) {
  return model_mix(head ^ (b * 0xc2b2ae3d27d4eb4fULL + 1));
}
static inline uint64_t model_feat3_of(uint64_t head2, uint64_t c) {
  return model_mix(head2 ^ (c * 0x165667b19e3779f9ULL + 7));
}
static inline uint64_t model_feat2(uint64_t tmpl, uint64_t a, uint64_t b) {
  return model_feat2_of(model_feat(tmpl, a), b);
}
static inline uint64_t model_feat3(uint64_t tmpl, uint64_t a, uint64_t b,
                                   uint64_t c) {
  return model_feat3_of(model_feat2(tmpl, a, b), c);
}

/* A growable file image for the trainer. */
typedef struct model_writer {
  unsigned char *buf;
  size_t len, cap;
  int failed;
} model_writer;

void model_writer_init(model_writer *w);
void model_writer_section(model_writer *w, uint32_t tag, const void *data,
                          size_t len);
/* Writes header + sections to path; frees the writer.  */
sima_status model_writer_save(model_writer *w, const char *path, uint32_t kind,
                              sima_error *err);

#endif
