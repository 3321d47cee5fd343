/*
** model.c — reading and writing the binary model container (see model.h)
** and loading the sparse linear scorer shared by the tagger and parser.
**
** Everything read from a file is checked before use: the header, the FNV-1a
** checksum over the payload, each section's framing, and then (in the
** loaders) every count and offset against the section sizes.
*/
#include "model.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* The file checksum: FNV-1a over little-endian 64-bit words (then the tail
** bytes), eight times faster than the byte-wise form on large models. */
static uint64_t model_checksum(const unsigned char *s, size_t n) {
  uint64_t h = 0xcbf29ce484222325ULL;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8); /* one load on little-endian hosts */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    w = __builtin_bswap64(w);
#endif
    h ^= w;
    h *= 0x100000001b3ULL;
  }
  for (; i < n; i++) {
    h ^= s[i];
    h *= 0x100000001b3ULL;
  }
  return h;
}

static uint32_t rd32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
         (uint32_t)p[3] << 24;
}
static uint64_t rd64(const unsigned char *p) {
  return (uint64_t)rd32(p) | (uint64_t)rd32(p + 4) << 32;
}
static void wr32(unsigned char *p, uint32_t v) {
  for (int i = 0; i < 4; i++)
    p[i] = (unsigned char)(v >> (8 * i));
}
static void wr64(unsigned char *p, uint64_t v) {
  wr32(p, (uint32_t)v);
  wr32(p + 4, (uint32_t)(v >> 32));
}

void model_seal(unsigned char *buf, size_t len) {
  if (len < MODEL_HEADER)
    return;
  wr64(buf + 16, len - MODEL_HEADER);
  wr64(buf + 24, model_checksum(buf + MODEL_HEADER, len - MODEL_HEADER));
}

sima_status model_check(model_file *f, uint32_t kind, sima_error *err) {
  const char *nm = f->name ? f->name : "model";
  if (f->len < MODEL_HEADER || memcmp(f->buf, MODEL_MAGIC, 8) != 0)
    return sima_error_set(err, SIMA_ERR_CORRUPT,
                          "%s: not a sima model file (bad magic)", nm);
  uint32_t ver = rd32(f->buf + 8);
  if (ver != MODEL_VERSION)
    return sima_error_set(err, SIMA_ERR_VERSION,
                          "%s: model format version %u, expected %u", nm, ver,
                          MODEL_VERSION);
  f->kind = rd32(f->buf + 12);
  if (f->kind != kind)
    return sima_error_set(err, SIMA_ERR_CORRUPT,
                          "%s: model kind %u, expected %u", nm, f->kind, kind);
  uint64_t plen = rd64(f->buf + 16);
  if (plen != f->len - MODEL_HEADER)
    return sima_error_set(err, SIMA_ERR_CORRUPT,
                          "%s: truncated or padded (payload %llu bytes, file "
                          "has %zu)",
                          nm, (unsigned long long)plen, f->len - MODEL_HEADER);
  uint64_t sum = model_checksum(f->buf + MODEL_HEADER, f->len - MODEL_HEADER);
  if (sum != rd64(f->buf + 24))
    return sima_error_set(err, SIMA_ERR_CORRUPT, "%s: checksum mismatch", nm);
  /* section framing */
  size_t pos = MODEL_HEADER;
  while (pos < f->len) {
    if (f->len - pos < 16)
      return sima_error_set(err, SIMA_ERR_CORRUPT,
                            "%s: byte %zu: truncated section header", nm, pos);
    uint64_t slen = rd64(f->buf + pos + 8);
    if (slen > f->len - pos - 16)
      return sima_error_set(err, SIMA_ERR_CORRUPT,
                            "%s: byte %zu: section longer than the file", nm,
                            pos);
    size_t padded = ((size_t)slen + 7) & ~(size_t)7;
    if (padded > f->len - pos - 16)
      return sima_error_set(err, SIMA_ERR_CORRUPT,
                            "%s: byte %zu: section padding missing", nm, pos);
    pos += 16 + padded;
  }
  return SIMA_OK;
}

sima_status model_file_read(model_file *f, const char *path, sima_error *err) {
  f->buf = NULL;
  f->len = 0;
  f->mapped = 0;
  f->name = path;
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return sima_error_set(err, SIMA_ERR_IO, "%s: cannot open model", path);
  sima_status st = SIMA_OK;
  struct stat sb;
  if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_size < 0) {
    st = sima_error_set(err, SIMA_ERR_IO, "%s: not a regular file", path);
    goto out;
  }
  f->len = (size_t)sb.st_size;
  if (f->len > 0) {
#ifdef MAP_POPULATE
    int flags = MAP_PRIVATE | MAP_POPULATE;
#else
    int flags = MAP_PRIVATE;
#endif
    void *p = mmap(NULL, f->len, PROT_READ, flags, fd, 0);
    if (p != MAP_FAILED) {
      f->buf = p;
      f->mapped = 1;
    }
  }
  if (!f->buf) { /* empty file, or no mmap: read it */
    f->buf = malloc(f->len ? f->len : 1);
    if (!f->buf) {
      st = sima_error_set(err, SIMA_ERR_NOMEM, "%s: out of memory", path);
      goto out;
    }
    size_t got = 0;
    while (got < f->len) {
      ssize_t r = read(fd, f->buf + got, f->len - got);
      if (r <= 0) {
        st = sima_error_set(err, SIMA_ERR_IO, "%s: read failed", path);
        goto out;
      }
      got += (size_t)r;
    }
  }
out:
  close(fd);
  if (st != SIMA_OK)
    model_file_free(f);
  return st;
}

void model_file_free(model_file *f) {
  if (!f)
    return;
  if (f->mapped)
    munmap(f->buf, f->len);
  else
    free(f->buf);
  f->buf = NULL;
  f->len = 0;
  f->mapped = 0;
}

sima_status model_section(const model_file *f, uint32_t tag, size_t elem,
                          const void **p, size_t *count, sima_error *err) {
  size_t pos = MODEL_HEADER;
  while (pos + 16 <= f->len) {
    uint32_t t = rd32(f->buf + pos);
    size_t slen = (size_t)rd64(f->buf + pos + 8);
    if (t == tag) {
      if (slen % elem != 0)
        return sima_error_set(err, SIMA_ERR_CORRUPT,
                              "%s: section %.4s: size %zu is not a multiple of "
                              "%zu",
                              f->name, (const char *)(f->buf + pos), slen,
                              elem);
      *p = f->buf + pos + 16;
      *count = slen / elem;
      return SIMA_OK;
    }
    pos += 16 + ((slen + 7) & ~(size_t)7);
  }
  char tb[5];
  memcpy(tb, &tag, 4);
  tb[4] = 0;
  return sima_error_set(err, SIMA_ERR_CORRUPT, "%s: section %s missing",
                        f->name, tb);
}

void model_rows_add_generic(int32_t *scores, const int16_t *const *rows,
                            size_t nrows, uint32_t npad) {
  for (uint32_t c = 0; c < npad; c += 16) {
    int32_t acc[16];
    uint32_t w = npad - c < 16 ? npad - c : 16;
    memcpy(acc, scores + c, w * sizeof acc[0]);
    for (size_t r = 0; r < nrows; r++)
      for (uint32_t j = 0; j < w; j++)
        acc[j] += rows[r][c + j];
    memcpy(scores + c, acc, w * sizeof acc[0]);
  }
}

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define AVX2 __attribute__((target("avx2")))
/* 8 int16 weights sign-extended to int32; 8 int32 scores in and out. */
AVX2 static inline __m256i w8(const int16_t *p) {
  return _mm256_cvtepi16_epi32(
      _mm_loadu_si128((const __m128i *)(const void *)p));
}
AVX2 static inline __m256i s8(const int32_t *p) {
  return _mm256_loadu_si256((const __m256i *)(const void *)p);
}
AVX2 static inline void put8(int32_t *p, __m256i v) {
  _mm256_storeu_si256((__m256i *)(void *)p, v);
}

/* Classes c..c+103 in one pass (all of the tagger's 102 classes and the
** sparse parser's 103, padded to 104): 13 int32 accumulators held in
** registers while the rows stream through, a row costing its pointer and
** 13 sign-extending loads and adds.  The loads and adds are an asm
** statement: GCC 12 does not keep that many vector sums in registers by
** itself.  Each class adds its rows in the given order (int32 sums: the
** generic version's bits). */
typedef struct row104 {
  int16_t v[104];
} row104; /* the memory an asm statement reads */
AVX2 static void rows_add104_avx2(int32_t *scores, const int16_t *const *rows,
                                  size_t nrows, uint32_t c) {
  int32_t *s = scores + c;
#define ACC13(OP)                                                              \
  OP(0) OP(1) OP(2) OP(3) OP(4) OP(5) OP(6) OP(7) OP(8) OP(9) OP(10) OP(11)    \
  OP(12)
#define DECL(j) __m256i a##j = s8(s + 8 * (j));
  ACC13(DECL)
#undef DECL
  for (size_t r = 0; r < nrows; r++) {
    const int16_t *p = rows[r] + c;
    __m256i t;
#define ROWADD(j)                                                              \
  "vpmovsxwd " #j "*16(%[p]), %[t]\n\tvpaddd %[t], %[a" #j "], %[a" #j "]\n\t"
    __asm__(ROWADD(0) ROWADD(1) ROWADD(2) ROWADD(3) ROWADD(4) ROWADD(5)
                ROWADD(6) ROWADD(7) ROWADD(8) ROWADD(9) ROWADD(10) ROWADD(11)
                    ROWADD(12)
            : [a0] "+x"(a0), [a1] "+x"(a1), [a2] "+x"(a2), [a3] "+x"(a3),
              [a4] "+x"(a4), [a5] "+x"(a5), [a6] "+x"(a6), [a7] "+x"(a7),
              [a8] "+x"(a8), [a9] "+x"(a9), [a10] "+x"(a10), [a11] "+x"(a11),
              [a12] "+x"(a12), [t] "=&x"(t)
            : [p] "r"(p), "m"(*(const row104 *)(const void *)p));
#undef ROWADD
  }
#define PUT(j) put8(s + 8 * (j), a##j);
  ACC13(PUT)
#undef PUT
#undef ACC13
}

/* 104 classes a pass (rows_add104_avx2), then four 8-class accumulators
** (32 classes) a pass, then 8. */
AVX2 static void rows_add_avx2(int32_t *scores, const int16_t *const *rows,
                               size_t nrows, uint32_t npad) {
  uint32_t c = 0;
  for (; c + 104 <= npad; c += 104)
    rows_add104_avx2(scores, rows, nrows, c);
  for (; c + 32 <= npad; c += 32) {
    __m256i a0 = s8(scores + c), a1 = s8(scores + c + 8);
    __m256i a2 = s8(scores + c + 16), a3 = s8(scores + c + 24);
    for (size_t r = 0; r < nrows; r++) {
      const int16_t *p = rows[r] + c;
      a0 = _mm256_add_epi32(a0, w8(p));
      a1 = _mm256_add_epi32(a1, w8(p + 8));
      a2 = _mm256_add_epi32(a2, w8(p + 16));
      a3 = _mm256_add_epi32(a3, w8(p + 24));
    }
    put8(scores + c, a0);
    put8(scores + c + 8, a1);
    put8(scores + c + 16, a2);
    put8(scores + c + 24, a3);
  }
  for (; c < npad; c += 8) {
    __m256i a = s8(scores + c);
    for (size_t r = 0; r < nrows; r++)
      a = _mm256_add_epi32(a, w8(rows[r] + c));
    put8(scores + c, a);
  }
}

/* model_first_max_generic with 8 classes a compare: the maximum first,
** then the first block of 8 that holds it. */
AVX2 static uint32_t first_max_avx2(const int32_t *s, uint32_t n) {
  if (n < 8)
    return model_first_max_generic(s, n);
  __m256i m = s8(s);
  uint32_t k = 8;
  for (; k + 8 <= n; k += 8)
    m = _mm256_max_epi32(m, s8(s + k));
  m = _mm256_max_epi32(m, s8(s + n - 8)); /* the tail, overlapping */
  __m128i h = _mm_max_epi32(_mm256_castsi256_si128(m),
                            _mm256_extracti128_si256(m, 1));
  h = _mm_max_epi32(h, _mm_shuffle_epi32(h, 0x4e));
  h = _mm_max_epi32(h, _mm_shuffle_epi32(h, 0xb1));
  int32_t mx = _mm_cvtsi128_si32(h);
  __m256i v = _mm256_set1_epi32(mx);
  for (k = 0; k + 8 <= n; k += 8) {
    unsigned bits = (unsigned)_mm256_movemask_ps(
        _mm256_castsi256_ps(_mm256_cmpeq_epi32(s8(s + k), v)));
    if (bits)
      return k + (uint32_t)__builtin_ctz(bits);
  }
  for (; k < n; k++)
    if (s[k] == mx)
      return k;
  return 0; /* (not reached: mx is one of the scores) */
}
#undef AVX2
#endif

uint32_t model_first_max_generic(const int32_t *s, uint32_t n) {
  uint32_t c = 0;
  for (uint32_t k = 1; k < n; k++)
    if (s[k] > s[c])
      c = k;
  return c;
}

model_argmax_fn model_first_max_best(void) {
#if defined(__x86_64__) && defined(__GNUC__)
  if (!getenv("SIMA_NO_AVX2") && __builtin_cpu_supports("avx2"))
    return first_max_avx2;
#endif
  return model_first_max_generic;
}

model_rows_fn model_rows_add_best(void) {
#if defined(__x86_64__) && defined(__GNUC__)
  if (!getenv("SIMA_NO_AVX2") && __builtin_cpu_supports("avx2"))
    return rows_add_avx2;
#endif
  return model_rows_add_generic;
}

/* Expands features with many weights into dense int16 rows (skipped when
** a weight does not fit int16).  Returns -1 when out of memory. */
static int build_dense(model_linear *lm) {
  lm->npad = (lm->nclasses + 7) & ~7u;
  lm->rows_add = model_rows_add_best();
  lm->first_max = model_first_max_best();
  lm->ndense = 0;
  lm->dense = NULL;
  lm->dkey = lm->dval = NULL;
  for (int k = 0; k < 256; k++)
    if (lm->dequant[k] > 32767 || lm->dequant[k] < -32767)
      return 0;
  size_t nd = 0;
  for (uint32_t b = 0; b < lm->nbuckets; b++) {
    const unsigned char *q = lm->blob + lm->offs[b];
    for (size_t i = 0; i < q[0]; i++)
      nd += q[2 + 2 * (size_t)q[0] + i] >= MODEL_DENSE_MIN;
  }
  if (nd == 0 || nd >= (1u << 24)) /* the memo keeps a 24-bit row index */
    return 0;
  size_t cap = 16;
  while (cap < nd * 2)
    cap *= 2;
  lm->dense = calloc(nd * lm->npad, sizeof *lm->dense);
  lm->dkey = calloc(cap, sizeof *lm->dkey);
  lm->dval = calloc(cap, sizeof *lm->dval);
  if (!lm->dense || !lm->dkey || !lm->dval) {
    model_linear_free(lm);
    return -1;
  }
  lm->dmask = (uint32_t)cap - 1;
  for (uint32_t b = 0; b < lm->nbuckets; b++) {
    const unsigned char *q = lm->blob + lm->offs[b];
    size_t n = q[0];
    const unsigned char *ent = q + 2 + 3 * n + (n & 1);
    for (size_t i = 0; i < n; i++) {
      size_t c = q[2 + 2 * n + i];
      if (c >= MODEL_DENSE_MIN) {
        int16_t *row = lm->dense + (size_t)lm->ndense * lm->npad;
        for (size_t e = 0; e < c; e++)
          row[ent[2 * e]] =
              (int16_t)(row[ent[2 * e]] + lm->dequant[ent[2 * e + 1]]);
        uint32_t key = (uint32_t)(ent - lm->blob) + 1;
        uint32_t j = (uint32_t)model_mix(key) & lm->dmask;
        while (lm->dkey[j])
          j = (j + 1) & lm->dmask;
        lm->dkey[j] = key;
        lm->dval[j] = lm->ndense++;
      }
      ent += 2 * c;
    }
  }
  return 0;
}

sima_status model_linear_load(model_linear *lm, const model_file *f,
                              const char prefix[3], sima_error *err) {
  const void *p;
  size_t n, no, nq;
  sima_status st;
  memset(lm, 0, sizeof *lm);
#define TAGP(c) MODEL_TAG(prefix[0], prefix[1], prefix[2], c)
  if ((st = model_section(f, TAGP('H'), 4, &p, &n, err)))
    return st;
  const uint32_t *hdr = p;
  if (n != 4 || hdr[0] == 0 || hdr[0] > 256 || hdr[1] == 0)
    return sima_error_set(err, SIMA_ERR_CORRUPT, "%s: bad scorer header",
                          f->name);
  lm->nclasses = hdr[0];
  lm->nbuckets = hdr[1];
  lm->nfeats = hdr[2];
  lm->nents = hdr[3];
  if ((st = model_section(f, TAGP('O'), 4, &p, &no, err)))
    return st;
  lm->offs = p;
  if ((st = model_section(f, TAGP('D'), 1, &p, &lm->nblob, err)))
    return st;
  lm->blob = p;
  if ((st = model_section(f, TAGP('Q'), 4, &p, &nq, err)))
    return st;
  lm->dequant = p;
#undef TAGP
  if (no != (size_t)lm->nbuckets + 1 || nq != 256)
    return sima_error_set(err, SIMA_ERR_CORRUPT,
                          "%s: scorer table sizes disagree with its header",
                          f->name);
  if (lm->offs[0] != 0 || lm->offs[lm->nbuckets] != lm->nblob)
    return sima_error_set(err, SIMA_ERR_CORRUPT, "%s: bad scorer bounds",
                          f->name);
  uint64_t nfeats = 0, nents = 0;
  for (uint32_t b = 0; b < lm->nbuckets; b++) {
    uint32_t o = lm->offs[b], e = lm->offs[b + 1];
    if (e < o || e - o < 2)
      return sima_error_set(err, SIMA_ERR_CORRUPT,
                            "%s: scorer bucket %u out of order", f->name, b);
    const unsigned char *q = lm->blob + o;
    size_t nb = q[0], sum = 0;
    if (model_bucket_size(nb, 0) > e - o)
      return sima_error_set(err, SIMA_ERR_CORRUPT,
                            "%s: scorer bucket %u truncated", f->name, b);
    for (size_t i = 0; i < nb; i++)
      sum += q[2 + 2 * nb + i];
    if (model_bucket_size(nb, sum) != e - o)
      return sima_error_set(err, SIMA_ERR_CORRUPT,
                            "%s: scorer bucket %u entry count mismatch",
                            f->name, b);
    const unsigned char *ent = q + 2 + 3 * nb + (nb & 1);
    for (size_t k = 0; k < sum; k++)
      if (ent[2 * k] >= lm->nclasses)
        return sima_error_set(err, SIMA_ERR_CORRUPT,
                              "%s: scorer class out of range", f->name);
    nfeats += nb;
    nents += sum;
  }
  if (nfeats != lm->nfeats || nents != lm->nents)
    return sima_error_set(err, SIMA_ERR_CORRUPT,
                          "%s: scorer counts disagree with its header",
                          f->name);
  /* (the masks are an aid: without the memory for them, lookups read
  ** the blob for every feature, as before) */
  lm->om = malloc(2 * (size_t)lm->nbuckets * sizeof *lm->om);
  for (uint32_t b = 0; lm->om && b < lm->nbuckets; b++) {
    const unsigned char *q = lm->blob + lm->offs[b];
    uint32_t mask = 0;
    for (size_t i = 0; i < q[0]; i++)
      mask |= model_fp_bit(model_rd16(q + 2 + 2 * i));
    lm->om[2 * (size_t)b] = lm->offs[b];
    lm->om[2 * (size_t)b + 1] = mask;
  }
  return build_dense(lm)
             ? sima_error_set(err, SIMA_ERR_NOMEM, "%s: out of memory", f->name)
             : SIMA_OK;
}

void model_linear_free(model_linear *lm) {
  if (!lm)
    return;
  free(lm->om);
  lm->om = NULL;
  free(lm->dense);
  free(lm->dkey);
  free(lm->dval);
  lm->dense = NULL;
  lm->dkey = lm->dval = NULL;
  lm->ndense = 0;
}

void model_writer_init(model_writer *w) { memset(w, 0, sizeof *w); }

static void wreserve(model_writer *w, size_t more) {
  if (w->failed || w->len + more <= w->cap)
    return;
  size_t cap = w->cap ? w->cap : 4096;
  while (cap < w->len + more)
    cap *= 2;
  unsigned char *nb = realloc(w->buf, cap);
  if (!nb) {
    w->failed = 1;
    return;
  }
  w->buf = nb;
  w->cap = cap;
}

void model_writer_section(model_writer *w, uint32_t tag, const void *data,
                          size_t len) {
  if (w->len == 0) {
    wreserve(w, MODEL_HEADER);
    if (w->failed)
      return;
    memset(w->buf, 0, MODEL_HEADER);
    w->len = MODEL_HEADER;
  }
  size_t padded = (len + 7) & ~(size_t)7;
  wreserve(w, 16 + padded);
  if (w->failed)
    return;
  wr32(w->buf + w->len, tag);
  wr32(w->buf + w->len + 4, 0);
  wr64(w->buf + w->len + 8, len);
  if (len)
    memcpy(w->buf + w->len + 16, data, len);
  memset(w->buf + w->len + 16 + len, 0, padded - len);
  w->len += 16 + padded;
}

sima_status model_writer_save(model_writer *w, const char *path, uint32_t kind,
                              sima_error *err) {
  sima_status st = SIMA_OK;
  if (w->len == 0)
    model_writer_section(w, 0, NULL, 0);
  if (w->failed) {
    st = sima_error_set(err, SIMA_ERR_NOMEM, "%s: out of memory", path);
    goto out;
  }
  memcpy(w->buf, MODEL_MAGIC, 8);
  wr32(w->buf + 8, MODEL_VERSION);
  wr32(w->buf + 12, kind);
  model_seal(w->buf, w->len);
  FILE *fp = fopen(path, "wb");
  if (!fp) {
    st = sima_error_set(err, SIMA_ERR_IO, "%s: cannot create", path);
    goto out;
  }
  if (fwrite(w->buf, 1, w->len, fp) != w->len || fclose(fp) != 0)
    st = sima_error_set(err, SIMA_ERR_IO, "%s: write failed", path);
out:
  free(w->buf);
  model_writer_init(w);
  return st;
}
