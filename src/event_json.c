/*
** event_json.c — reads and writes one coded event as a JSONL line.
**
** The event line is the coder's output contract (docs/output.md), written
** here for `sima code` (sima_event_write_json, from a coded document) and
** for stored records (sima_event_rec_write_json): one writer of the shared
** members, so the two cannot drift apart.  The
** store's ingest path for already-coded events parses each line here into
** a sima_event_rec whose strings live in a caller's arena, checking every
** field and naming the one that fails ("field \"source.span\": ...").
** The query command writes rows back in the same format, so that a store
** round-trips: ingest, query --format jsonl, ingest again gives the same rows.
*/
#include "arena.h"
#include "sima.h"

#include <inttypes.h>

#include <stdlib.h>
#include <string.h>

/* ORDER SIMA_MOOD */
static const char *const mood_names[SIMA_NMOOD] = {
    "asserted", "planned", "expected", "possible", "hypothetical", "requested"};

/* Eight bytes per step with a multiply-xorshift mix: the content hash
** runs over every input byte of an ingest, where byte-wise FNV-1a showed
** up at 3% of the time.  Not cryptographic; little-endian and big-endian
** machines give different values. */
uint64_t sima_hash64(uint64_t h, const void *p, size_t n) {
  const unsigned char *s = p;
  uint64_t w;
  h ^= 0x9e3779b97f4a7c15ULL;
  for (; n >= 8; s += 8, n -= 8) {
    memcpy(&w, s, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdULL;
    h ^= h >> 32;
  }
  w = 0;
  memcpy(&w, s, n);
  h = (h ^ w ^ ((uint64_t)n << 59)) * 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 29;
  return h;
}

/* ---- reading ----
**
** A one-pass parser for the event object, straight into the record: no
** tree, no malloc.  jansson (used elsewhere) builds a tree of malloc'd
** values and alone managed 84,000 lines/s here, under the 100,000 events/s
** the store must ingest; this parser does several times that.  It accepts
** exactly RFC 8259 JSON (strict numbers, escapes with surrogate pairs,
** valid UTF-8, no control characters in strings), rejects duplicate known
** keys, skips unknown keys (for forward compatibility) and nests at most
** 32 deep.
*/

typedef struct jp {
  const char *p, *end, *start;
  sima_arena *a;
  sima_error *err;
  const char *pre; /* enclosing field for messages ("source"), or NULL */
  int failed;
} jp;

#define MAXDEPTH 32

static int syntax(jp *j, const char *what) {
  if (!j->failed)
    sima_error_set(j->err, SIMA_ERR_FORMAT, "invalid JSON at byte %zu: %s",
                   (size_t)(j->p - j->start), what);
  j->failed = 1;
  return -1;
}

static int bad(jp *j, const char *field, const char *what) {
  if (!j->failed)
    sima_error_set(j->err, SIMA_ERR_FORMAT, "field \"%s%s%s\": %s",
                   j->pre ? j->pre : "", j->pre ? "." : "", field, what);
  j->failed = 1;
  return -1;
}

static void ws(jp *j) {
  while (j->p < j->end &&
         (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
    j->p++;
}

static int peek(jp *j) {
  ws(j);
  return j->p < j->end ? (unsigned char)*j->p : -1;
}

static int expect(jp *j, char c) {
  if (peek(j) != c) {
    char m[24];
    snprintf(m, sizeof m, "expected '%c'", c);
    return syntax(j, m);
  }
  j->p++;
  return 0;
}

/* Length of a valid UTF-8 sequence at s (< end), or 0. */
static size_t utf8_len(const unsigned char *s, const unsigned char *end) {
  unsigned c = s[0];
  size_t n;
  unsigned min;
  if (c < 0x80)
    return 1;
  if (c >= 0xc2 && c <= 0xdf)
    n = 2, min = 0x80;
  else if (c >= 0xe0 && c <= 0xef)
    n = 3, min = 0x800;
  else if (c >= 0xf0 && c <= 0xf4)
    n = 4, min = 0x10000;
  else
    return 0;
  if ((size_t)(end - s) < n)
    return 0;
  unsigned cp = c & (0x7f >> n);
  for (size_t i = 1; i < n; i++) {
    if ((s[i] & 0xc0) != 0x80)
      return 0;
    cp = (cp << 6) | (s[i] & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
    return 0;
  return n;
}

static int hex4(jp *j, const char *p, unsigned *out) {
  unsigned v = 0;
  if (j->end - p < 4)
    return syntax(j, "short \\u escape");
  for (int i = 0; i < 4; i++) {
    char c = p[i];
    v <<= 4;
    if (c >= '0' && c <= '9')
      v |= (unsigned)(c - '0');
    else if (c >= 'a' && c <= 'f')
      v |= (unsigned)(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F')
      v |= (unsigned)(c - 'A' + 10);
    else
      return syntax(j, "bad \\u escape");
  }
  *out = v;
  return 0;
}

/* A string, decoded into the arena (NUL-terminated).  *out may be NULL to
** only validate and skip. */
static int jstring(jp *j, const char **out, size_t *outlen) {
  if (peek(j) != '"')
    return syntax(j, "expected a string");
  const char *s = ++j->p;
  int esc = 0;
  while (j->p < j->end && *j->p != '"') {
    unsigned char c = (unsigned char)*j->p;
    if (c >= 0x20 && c < 0x80 && c != '\\') { /* plain ASCII: the usual */
      j->p++;
      continue;
    }
    if (c < 0x20)
      return syntax(j, "control character in a string");
    if (c == '\\') {
      esc = 1;
      j->p += 2;
      continue;
    }
    size_t n =
        utf8_len((const unsigned char *)j->p, (const unsigned char *)j->end);
    if (!n)
      return syntax(j, "invalid UTF-8 in a string");
    j->p += n;
  }
  if (j->p >= j->end)
    return syntax(j, "unterminated string");
  const char *e = j->p++;
  if (!out)
    return 0;
  if (!esc) {
    *out = sima_arena_strndup(j->a, s, (size_t)(e - s));
    if (outlen)
      *outlen = (size_t)(e - s);
    return *out ? 0 : syntax(j, "out of memory");
  }
  char *d = sima_arena_alloc(j->a, (size_t)(e - s) + 1), *o = d;
  if (!d)
    return syntax(j, "out of memory");
  for (const char *p = s; p < e;) {
    if (*p != '\\') {
      *o++ = *p++;
      continue;
    }
    p++;
    char c = *p++;
    unsigned cp;
    switch (c) {
    case '"':
      *o++ = '"';
      break;
    case '\\':
      *o++ = '\\';
      break;
    case '/':
      *o++ = '/';
      break;
    case 'b':
      *o++ = '\b';
      break;
    case 'f':
      *o++ = '\f';
      break;
    case 'n':
      *o++ = '\n';
      break;
    case 'r':
      *o++ = '\r';
      break;
    case 't':
      *o++ = '\t';
      break;
    case 'u':
      j->p = p;
      if (hex4(j, p, &cp))
        return -1;
      p += 4;
      if (cp >= 0xd800 && cp <= 0xdbff) {
        unsigned lo;
        if (e - p < 6 || p[0] != '\\' || p[1] != 'u' || hex4(j, p + 2, &lo) ||
            lo < 0xdc00 || lo > 0xdfff) {
          j->failed = 0;
          return syntax(j, "unpaired surrogate in \\u escape");
        }
        p += 6;
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
      } else if (cp >= 0xdc00 && cp <= 0xdfff) {
        return syntax(j, "unpaired surrogate in \\u escape");
      }
      if (cp == 0)
        return syntax(j, "\\u0000 in a string");
      if (cp < 0x80) {
        *o++ = (char)cp;
      } else if (cp < 0x800) {
        *o++ = (char)(0xc0 | (cp >> 6));
        *o++ = (char)(0x80 | (cp & 0x3f));
      } else if (cp < 0x10000) {
        *o++ = (char)(0xe0 | (cp >> 12));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3f));
        *o++ = (char)(0x80 | (cp & 0x3f));
      } else {
        *o++ = (char)(0xf0 | (cp >> 18));
        *o++ = (char)(0x80 | ((cp >> 12) & 0x3f));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3f));
        *o++ = (char)(0x80 | (cp & 0x3f));
      }
      break;
    default:
      j->p = p - 1;
      return syntax(j, "bad escape");
    }
  }
  *o = '\0';
  *out = d;
  if (outlen)
    *outlen = (size_t)(o - d);
  j->p = e + 1; /* decoding moved it back for error positions */
  return 0;
}

/* A number by the JSON grammar; *is_int when it has no fraction or
** exponent. */
static int jnumber(jp *j, double *out, int *is_int) {
  const char *p = j->p, *b = p;
  if (p < j->end && *p == '-')
    p++;
  if (p >= j->end || *p < '0' || *p > '9')
    return syntax(j, "expected a number");
  if (*p == '0')
    p++;
  else
    while (p < j->end && *p >= '0' && *p <= '9')
      p++;
  *is_int = 1;
  if (p < j->end && *p == '.') {
    *is_int = 0;
    p++;
    if (p >= j->end || *p < '0' || *p > '9')
      return syntax(j, "bad number");
    while (p < j->end && *p >= '0' && *p <= '9')
      p++;
  }
  if (p < j->end && (*p == 'e' || *p == 'E')) {
    *is_int = 0;
    p++;
    if (p < j->end && (*p == '+' || *p == '-'))
      p++;
    if (p >= j->end || *p < '0' || *p > '9')
      return syntax(j, "bad number");
    while (p < j->end && *p >= '0' && *p <= '9')
      p++;
  }
  char buf[64];
  size_t n = (size_t)(p - b);
  if (n >= sizeof buf)
    return syntax(j, "number too long");
  memcpy(buf, b, n);
  buf[n] = '\0';
  *out = strtod(buf, NULL);
  j->p = p;
  return 0;
}

static int literal(jp *j, const char *w) {
  size_t n = strlen(w);
  if ((size_t)(j->end - j->p) < n || memcmp(j->p, w, n) != 0)
    return 0;
  j->p += n;
  return 1;
}

/* null? Consumes it. */
static int jnull(jp *j) {
  return peek(j) == 'n' && literal(j, "null");
}

static int skip_value(jp *j, int depth) {
  int c = peek(j);
  double d;
  int isint;
  if (depth > MAXDEPTH)
    return syntax(j, "nested too deep");
  switch (c) {
  case '"':
    return jstring(j, NULL, NULL);
  case '{':
    j->p++;
    if (peek(j) == '}') {
      j->p++;
      return 0;
    }
    for (;;) {
      if (jstring(j, NULL, NULL) || expect(j, ':') || skip_value(j, depth + 1))
        return -1;
      if (peek(j) == ',') {
        j->p++;
        continue;
      }
      return expect(j, '}');
    }
  case '[':
    j->p++;
    if (peek(j) == ']') {
      j->p++;
      return 0;
    }
    for (;;) {
      if (skip_value(j, depth + 1))
        return -1;
      if (peek(j) == ',') {
        j->p++;
        continue;
      }
      return expect(j, ']');
    }
  case 't':
    return literal(j, "true") ? 0 : syntax(j, "bad literal");
  case 'f':
    return literal(j, "false") ? 0 : syntax(j, "bad literal");
  case 'n':
    return literal(j, "null") ? 0 : syntax(j, "bad literal");
  default:
    return jnumber(j, &d, &isint);
  }
}

/* Iterates over an object's members: returns 1 with *key set before each
** value, 0 at the closing brace, -1 on error.  `*first` starts at 1. */
static int members(jp *j, int *first, const char **key, size_t *klen) {
  if (*first) {
    if (expect(j, '{'))
      return -1;
    *first = 0;
    if (peek(j) == '}') {
      j->p++;
      return 0;
    }
  } else {
    int c = peek(j);
    if (c == '}') {
      j->p++;
      return 0;
    }
    if (c != ',')
      return syntax(j, "expected ',' or '}'");
    j->p++;
  }
  /* Keys are short and plain: point into the line unless escaped. */
  if (peek(j) != '"')
    return syntax(j, "expected a string");
  const char *s = j->p + 1, *q = s;
  while (q < j->end && *q != '"' && *q != '\\' && (unsigned char)*q >= 0x20 &&
         (unsigned char)*q < 0x80)
    q++;
  if (q < j->end && *q == '"') {
    *key = s;
    *klen = (size_t)(q - s);
    j->p = q + 1;
  } else if (jstring(j, key, klen)) {
    return -1;
  }
  if (expect(j, ':'))
    return -1;
  return 1;
}

/* A string or null (nullable) member value. */
static int str_val(jp *j, const char *field, int nullable, const char **out) {
  if (jnull(j)) {
    *out = NULL;
    return nullable ? 0 : bad(j, field, "must not be null");
  }
  if (peek(j) != '"')
    return bad(j, field,
               nullable ? "expected a string or null" : "expected a string");
  return jstring(j, out, NULL);
}

static int int_val(jp *j, const char *field, double lo, double hi, long *out) {
  double d;
  int isint;
  int c = peek(j);
  if (c != '-' && (c < '0' || c > '9'))
    return bad(j, field, "expected an integer");
  /* Fast path: up to 9 plain digits, the usual span or index. */
  const char *p = j->p;
  long v = 0;
  int nd = 0;
  while (p < j->end && *p >= '0' && *p <= '9' && nd < 10) {
    v = v * 10 + (*p++ - '0');
    nd++;
  }
  if (nd && nd < 10 && (nd == 1 || j->p[0] != '0') &&
      (p == j->end ||
       (*p != '.' && *p != 'e' && *p != 'E' && (*p < '0' || *p > '9')))) {
    j->p = p;
    d = (double)v;
    isint = 1;
  } else if (jnumber(j, &d, &isint)) {
    return -1;
  }
  if (!isint || d < lo || d > hi) {
    char m[80];
    snprintf(m, sizeof m, "expected an integer in %.0f..%.0f", lo, hi);
    return bad(j, field, m);
  }
  *out = (long)d;
  return 0;
}

static int span_val(jp *j, const char *field, uint32_t *a, uint32_t *b) {
  long x, y;
  *a = *b = 0;
  if (jnull(j))
    return 0; /* spans are optional on input */
  if (peek(j) != '[')
    return bad(j, field, "expected [start, end]");
  j->p++;
  if (int_val(j, field, 0, UINT32_MAX, &x))
    return -1;
  if (peek(j) != ',')
    return bad(j, field, "expected [start, end]");
  j->p++;
  if (int_val(j, field, 0, UINT32_MAX, &y))
    return -1;
  if (peek(j) != ']')
    return bad(j, field, "expected [start, end]");
  j->p++;
  if (y < x)
    return bad(j, field, "expected 0 <= start <= end");
  *a = (uint32_t)x;
  *b = (uint32_t)y;
  return 0;
}

static int keyis(const char *k, size_t n, const char *w) {
  return n && k[0] == w[0] && strlen(w) == n && memcmp(k, w, n) == 0;
}

/* An actor object (source/target): {"code","country","sector","text",
** "span"}; `code` is required. */
static int actor_val(jp *j, const char *name, int nullable, sima_actor_ref *r) {
  memset(r, 0, sizeof *r);
  if (jnull(j))
    return nullable ? 0 : bad(j, name, "must not be null");
  if (peek(j) != '{')
    return bad(j, name,
               nullable ? "expected an object or null" : "expected an object");
  int first = 1, rc;
  const char *k;
  size_t kl;
  j->pre = name;
  while ((rc = members(j, &first, &k, &kl)) == 1) {
    int e;
    if (keyis(k, kl, "code"))
      e = str_val(j, "code", 0, &r->code);
    else if (keyis(k, kl, "country"))
      e = str_val(j, "country", 1, &r->country);
    else if (keyis(k, kl, "sector"))
      e = str_val(j, "sector", 1, &r->sector);
    else if (keyis(k, kl, "text"))
      e = str_val(j, "text", 1, &r->text);
    else if (keyis(k, kl, "span"))
      e = span_val(j, "span", &r->start, &r->end);
    else
      e = skip_value(j, 2);
    if (e)
      return -1;
  }
  if (rc < 0)
    return -1;
  if (!r->code)
    return bad(j, "code", "missing");
  size_t n = strlen(r->code);
  if (n == 0 || n > 63)
    return bad(j, "code", "expected a code of 1 to 63 characters");
  if (!r->country)
    r->country = "";
  if (!r->sector)
    r->sector = "";
  return 0;
}

static int all_digits(const char *s, size_t lo, size_t hi) {
  size_t n = strlen(s);
  if (n < lo || n > hi)
    return 0;
  for (size_t i = 0; i < n; i++)
    if (s[i] < '0' || s[i] > '9')
      return 0;
  return 1;
}

/* A small object with "text", optional "code"/"lemma", "span". */
static int textobj_val(jp *j, const char *name, const char **text,
                       const char **code, const char *codekey,
                       const char **rule, const char **kind, uint32_t *a,
                       uint32_t *b) {
  if (peek(j) != '{')
    return bad(j, name, "expected an object or null");
  int first = 1, rc;
  const char *k;
  size_t kl;
  j->pre = name;
  while ((rc = members(j, &first, &k, &kl)) == 1) {
    int e;
    if (keyis(k, kl, "text"))
      e = str_val(j, "text", 1, text);
    else if (codekey && keyis(k, kl, codekey))
      e = str_val(j, codekey, 1, code);
    else if (rule && keyis(k, kl, "rule"))
      e = str_val(j, "rule", 1, rule);
    else if (kind && keyis(k, kl, "kind")) {
      e = str_val(j, "kind", 1, kind);
      if (!e && *kind && strcmp(*kind, "country") && strcmp(*kind, "place"))
        e = bad(j, "kind", "expected \"country\", \"place\" or null");
    }
    else if (keyis(k, kl, "span"))
      e = span_val(j, "span", a, b);
    else
      e = skip_value(j, 2);
    if (e)
      return -1;
  }
  return rc < 0 ? -1 : 0;
}

static int quantities_val(jp *j, sima_event *ev) {
  if (jnull(j))
    return 0;
  if (peek(j) != '[')
    return bad(j, "quantities", "expected an array");
  j->p++;
  uint32_t n = 0, cap = 0;
  sima_quantity *v = NULL;
  if (peek(j) == ']') {
    j->p++;
    return 0;
  }
  for (;;) {
    if (n == 1000)
      return bad(j, "quantities", "more than 1000 entries");
    if (n == cap) {
      uint32_t nc = cap ? 2 * cap : 4;
      v = arena_grow(j->a, v, cap * sizeof *v, nc * sizeof *v);
      if (!v)
        return syntax(j, "out of memory");
      cap = nc;
    }
    sima_quantity *q = &v[n++];
    memset(q, 0, sizeof *q);
    if (peek(j) != '{')
      return bad(j, "quantities", "expected objects");
    int first = 1, rc;
    const char *k;
    size_t kl;
    while ((rc = members(j, &first, &k, &kl)) == 1) {
      int e, isint;
      if (keyis(k, kl, "text"))
        e = str_val(j, "quantities.text", 1, &q->text);
      else if (keyis(k, kl, "unit"))
        e = str_val(j, "quantities.unit", 1, &q->unit);
      else if (keyis(k, kl, "span"))
        e = span_val(j, "quantities.span", &q->start, &q->end);
      else if (keyis(k, kl, "value")) {
        int c = peek(j);
        if (jnull(j))
          e = 0;
        else if (c != '-' && (c < '0' || c > '9'))
          e = bad(j, "quantities.value", "expected a number");
        else
          e = jnumber(j, &q->value, &isint);
      } else
        e = skip_value(j, 3);
      if (e)
        return -1;
    }
    if (rc < 0)
      return -1;
    int c = peek(j);
    if (c == ',') {
      j->p++;
      continue;
    }
    if (expect(j, ']'))
      return -1;
    break;
  }
  ev->quantities = v;
  ev->nquantities = n;
  return 0;
}

/* "duplicate_of" (RULE C-DUP-DOC): null, or {"sentence": k, "event": i},
** both members required.  Returns 0, or -1 with the error set. */
static int duplicate_val(jp *j, sima_event *ev) {
  if (jnull(j))
    return 0;
  if (peek(j) != '{')
    return bad(j, "duplicate_of", "expected an object or null");
  int first = 1, rc, seen = 0;
  const char *k;
  size_t kl;
  long v;
  while ((rc = members(j, &first, &k, &kl)) == 1) {
    int e;
    if (keyis(k, kl, "sentence")) {
      e = int_val(j, "duplicate_of.sentence", 0, INT32_MAX, &v);
      ev->dup_sentence = (uint32_t)v;
      seen |= 1;
    } else if (keyis(k, kl, "event")) {
      e = int_val(j, "duplicate_of.event", 0, INT32_MAX, &v);
      ev->dup_event = (uint32_t)v;
      seen |= 2;
    } else {
      e = skip_value(j, 3);
    }
    if (e)
      return -1;
  }
  if (rc < 0)
    return -1;
  if (seen != 3)
    return bad(j, seen & 1 ? "duplicate_of.event" : "duplicate_of.sentence",
               "missing");
  ev->duplicate = 1;
  return 0;
}

/* ORDER of the bits: required and seen fields. */
enum {
  F_DOC = 1 << 0,
  F_SENTENCE = 1 << 1,
  F_TEXT = 1 << 2,
  F_DATE = 1 << 3,
  F_SOURCE = 1 << 4,
  F_TARGET = 1 << 5,
  F_CODE = 1 << 6,
  F_ROOT = 1 << 7,
  F_QUAD = 1 << 8,
  F_GOLD = 1 << 9,
  F_PLOVER = 1 << 10,
  F_MOOD = 1 << 11,
  F_NEG = 1 << 12,
  F_ATTR = 1 << 13,
  F_VERB = 1 << 14,
  F_RULE = 1 << 15,
  F_LOC = 1 << 16,
  F_QUANT = 1 << 17,
  F_DOCDATE = 1 << 18,
  F_URL = 1 << 19,
  F_TITLE = 1 << 20,
  F_MOODCUE = 1 << 21,
  F_NEGCUE = 1 << 22,
  F_DUP = 1 << 23
};

static const struct {
  const char *key;
  unsigned bit;
} known[] = {
    {"doc", F_DOC},          {"sentence", F_SENTENCE}, {"text", F_TEXT},
    {"date", F_DATE},        {"source", F_SOURCE},     {"target", F_TARGET},
    {"code", F_CODE},        {"root", F_ROOT},         {"quad_class", F_QUAD},
    {"goldstein", F_GOLD},   {"plover", F_PLOVER},     {"mood", F_MOOD},
    {"negated", F_NEG},      {"attribution", F_ATTR},  {"verb", F_VERB},
    {"rule", F_RULE},        {"location", F_LOC},      {"quantities", F_QUANT},
    {"doc_date", F_DOCDATE}, {"source_url", F_URL},    {"title", F_TITLE},
    {"mood_cue", F_MOODCUE}, {"negation", F_NEGCUE}, {"duplicate_of", F_DUP}};

static const unsigned required =
    F_DOC | F_SENTENCE | F_TEXT | F_SOURCE | F_CODE | F_QUAD | F_GOLD | F_MOOD;

static int member(jp *j, unsigned bit, const char *key, sima_event_rec *r) {
  sima_event *ev = &r->ev;
  const char *s = NULL;
  long n;
  double d;
  int isint, c;
  switch (bit) {
  case F_DOC:
    if (str_val(j, key, 0, &r->doc))
      return -1;
    return r->doc[0] ? 0 : bad(j, key, "must not be empty");
  case F_SENTENCE:
    if (int_val(j, key, 0, INT32_MAX, &n))
      return -1;
    ev->sentence = (uint32_t)n;
    return 0;
  case F_TEXT:
    return str_val(j, key, 0, &r->text);
  case F_DATE:
  case F_DOCDATE:
    if (str_val(j, key, 1, &s))
      return -1;
    if (s && !sima_date_valid(s, strlen(s)))
      return bad(j, key, "expected a YYYY-MM-DD date or null");
    if (bit == F_DATE)
      ev->date = s;
    else
      r->doc_date = s;
    return 0;
  case F_SOURCE:
    return actor_val(j, "source", 0, &ev->source);
  case F_TARGET:
    return actor_val(j, "target", 1, &ev->target);
  case F_CODE:
    if (str_val(j, key, 0, &s))
      return -1;
    if (!all_digits(s, 2, 4))
      return bad(j, key, "expected a CAMEO code of 2 to 4 digits");
    memcpy(ev->code, s, strlen(s) + 1);
    ev->root = (ev->code[0] - '0') * 10 + (ev->code[1] - '0');
    if (ev->root < 1 || ev->root > 20)
      return bad(j, key, "root must be 01..20");
    return 0;
  case F_ROOT:
    if (str_val(j, key, 1, &s))
      return -1;
    if (s && !all_digits(s, 2, 2))
      return bad(j, key, "expected two digits");
    r->nmentions = s ? (uint32_t)((s[0] - '0') * 10 + (s[1] - '0')) : 0;
    return 0; /* checked against the code at the end */
  case F_QUAD:
    if (int_val(j, key, 0, 4, &n))
      return -1;
    ev->quad_class = (int)n;
    return 0;
  case F_GOLD:
    c = peek(j);
    if (c != '-' && (c < '0' || c > '9'))
      return bad(j, key, "expected a number in -10..10");
    if (jnumber(j, &d, &isint))
      return -1;
    if (d < -10.0 || d > 10.0)
      return bad(j, key, "expected a number in -10..10");
    ev->goldstein = d;
    return 0;
  case F_PLOVER:
    return str_val(j, key, 1, &ev->plover);
  case F_MOOD:
    if (str_val(j, key, 0, &s))
      return -1;
    for (int m = 0; m < SIMA_NMOOD; m++)
      if (!strcmp(s, mood_names[m])) {
        ev->mood = (sima_mood)m;
        return 0;
      }
    return bad(j, key,
               "expected asserted, planned, expected, possible, "
               "hypothetical or requested");
  case F_NEG:
    if (peek(j) == 't' && literal(j, "true"))
      ev->negated = 1;
    else if (peek(j) == 'f' && literal(j, "false"))
      ev->negated = 0;
    else
      return bad(j, key, "expected true or false");
    return 0;
  case F_ATTR:
    if (jnull(j))
      return 0;
    ev->has_attribution = 1;
    ev->attribution.country = ev->attribution.sector = "";
    return textobj_val(j, key, &ev->attribution.text, &ev->attribution.code,
                       "code", &ev->attr_rule, NULL, &ev->attribution.start,
                       &ev->attribution.end);
  case F_VERB:
    if (jnull(j))
      return 0;
    return textobj_val(j, key, &ev->verb_text, &ev->verb_lemma, "lemma", NULL,
                       NULL, &ev->verb_start, &ev->verb_end);
  case F_RULE:
    return str_val(j, key, 1, &ev->rule);
  case F_LOC:
    if (jnull(j))
      return 0;
    if (textobj_val(j, key, &ev->location, &ev->loc_country, "country",
                    &ev->loc_rule, &ev->loc_kind, &ev->loc_start,
                    &ev->loc_end))
      return -1;
    return ev->location ? 0 : bad(j, "text", "missing");
  case F_MOODCUE:
  case F_NEGCUE: {
    sima_cue *q = bit == F_MOODCUE ? &ev->mood_cue : &ev->neg_cue;
    if (jnull(j))
      return 0;
    if (textobj_val(j, key, &q->text, &q->rule, "rule", NULL, NULL, &q->start,
                    &q->end))
      return -1;
    return q->rule ? 0 : bad(j, "rule", "missing");
  }
  case F_QUANT:
    return quantities_val(j, ev);
  case F_DUP:
    return duplicate_val(j, ev);
  case F_URL:
    return str_val(j, key, 1, &r->source_url);
  case F_TITLE:
    return str_val(j, key, 1, &r->title);
  default:
    return skip_value(j, 1);
  }
}

sima_status sima_event_parse_json(sima_arena *a, const char *line, size_t len,
                                  sima_event_rec *out, sima_error *err) {
  jp j = {line, line + len, line, a, err, NULL, 0};
  unsigned seen = 0;
  int first = 1, rc;
  const char *k;
  size_t kl;
  memset(out, 0, sizeof *out);
  if (peek(&j) != '{') {
    syntax(&j, "expected a JSON object");
    return SIMA_ERR_FORMAT;
  }
  while ((rc = members(&j, &first, &k, &kl)) == 1) {
    unsigned bit = 0;
    const char *key = k;
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
      if (keyis(k, kl, known[i].key)) {
        bit = known[i].bit;
        key = known[i].key;
        break;
      }
    j.pre = NULL;
    if (bit & seen) {
      bad(&j, key, "appears twice");
      break;
    }
    seen |= bit;
    if (member(&j, bit, key, out))
      break;
  }
  j.pre = NULL;
  if (!j.failed && peek(&j) != -1)
    syntax(&j, "text after the object");
  if (!j.failed && (seen & required) != required) {
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
      if ((required & known[i].bit) && !(seen & known[i].bit)) {
        bad(&j, known[i].key, "missing");
        break;
      }
  }
  if (!j.failed && out->nmentions && (int)out->nmentions != out->ev.root)
    bad(&j, "root", "expected the code's first two digits");
  out->nmentions = 0;
  if (!j.failed && out->ev.duplicate &&
      out->ev.dup_sentence > out->ev.sentence)
    bad(&j, "duplicate_of.sentence", "expected an earlier sentence");
  if (!j.failed && sima_arena_failed(a))
    return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  if (j.failed)
    return err ? err->status : SIMA_ERR_FORMAT;
  return SIMA_OK;
}

/* ---- writing ---- */

static void wstr(FILE *f, const char *s) {
  if (s)
    sima_json_write_str(f, s, strlen(s));
  else
    fputs("null", f);
}

static void wspan(FILE *f, uint32_t a, uint32_t b) {
  fprintf(f, "\"span\":[%u,%u]", a, b);
}

static void wactor(FILE *f, const sima_actor_ref *r) {
  if (!r->code && !r->text) {
    fputs("null", f);
    return;
  }
  fputs("{\"code\":", f);
  wstr(f, r->code);
  fputs(",\"country\":", f);
  wstr(f, r->country ? r->country : "");
  fputs(",\"sector\":", f);
  wstr(f, r->sector ? r->sector : "");
  fputs(",\"text\":", f);
  wstr(f, r->text);
  fputc(',', f);
  wspan(f, r->start, r->end);
  fputc('}', f);
}

/* %.17g gives a round-trip exact double, but is ugly for -5.6; try the
** shortest precision that reads back equal. */
static void wnum(FILE *f, double d) {
  char buf[40];
  if (d > -1e15 && d < 1e15 && d == (double)(int64_t)d) {
    fprintf(f, "%" PRId64, (int64_t)d); /* "400000000", not "4e+08" */
    return;
  }
  for (int prec = 6; prec <= 17; prec++) {
    snprintf(buf, sizeof buf, "%.*g", prec, d);
    if (strtod(buf, NULL) == d)
      break;
  }
  fputs(buf, f);
}

/* A mood or negation cue: {text, rule, span}, or null without a rule. */
static void wcue(FILE *f, const sima_cue *q) {
  if (!q->rule) {
    fputs("null", f);
    return;
  }
  fputs("{\"text\":", f);
  wstr(f, q->text);
  fputs(",\"rule\":", f);
  wstr(f, q->rule);
  fputc(',', f);
  if (q->text)
    wspan(f, q->start, q->end);
  else
    fputs("\"span\":null", f);
  fputc('}', f);
}

/* The members of an event from "source" to "quantities", the part that
** `sima code` output and stored records share (docs/output.md). */
static void event_members(FILE *f, const sima_event *ev) {
  fputs(",\"source\":", f);
  wactor(f, &ev->source);
  fputs(",\"target\":", f);
  wactor(f, &ev->target);
  fputs(",\"code\":", f);
  wstr(f, ev->code);
  fprintf(f, ",\"root\":\"%02d\",\"quad_class\":%d,\"goldstein\":", ev->root,
          ev->quad_class);
  wnum(f, ev->goldstein);
  fputs(",\"plover\":", f);
  wstr(f, ev->plover);
  fputs(",\"mood\":", f);
  wstr(f, sima_mood_name(ev->mood));
  fputs(",\"mood_cue\":", f);
  wcue(f, &ev->mood_cue);
  fprintf(f, ",\"negated\":%s,\"negation\":", ev->negated ? "true" : "false");
  wcue(f, &ev->neg_cue);
  fputs(",\"attribution\":", f);
  if (ev->has_attribution) {
    fputs("{\"text\":", f);
    wstr(f, ev->attribution.text);
    fputs(",\"code\":", f);
    wstr(f, ev->attribution.code);
    fputs(",\"rule\":", f);
    wstr(f, ev->attr_rule);
    fputc(',', f);
    wspan(f, ev->attribution.start, ev->attribution.end);
    fputc('}', f);
  } else {
    fputs("null", f);
  }
  fputs(",\"verb\":{\"text\":", f);
  wstr(f, ev->verb_text);
  fputs(",\"lemma\":", f);
  wstr(f, ev->verb_lemma);
  fputc(',', f);
  wspan(f, ev->verb_start, ev->verb_end);
  fputs("},\"rule\":", f);
  wstr(f, ev->rule);
  fputs(",\"location\":", f);
  if (ev->location) {
    fputs("{\"text\":", f);
    wstr(f, ev->location);
    fputs(",\"country\":", f);
    wstr(f, ev->loc_country);
    fputs(",\"kind\":", f);
    wstr(f, ev->loc_kind);
    fputs(",\"rule\":", f);
    wstr(f, ev->loc_rule);
    fputc(',', f);
    wspan(f, ev->loc_start, ev->loc_end);
    fputc('}', f);
  } else {
    fputs("null", f);
  }
  fputs(",\"quantities\":[", f);
  for (uint32_t i = 0; i < ev->nquantities; i++) {
    const sima_quantity *q = &ev->quantities[i];
    fputs(i ? ",{\"text\":" : "{\"text\":", f);
    wstr(f, q->text);
    fputs(",\"value\":", f);
    wnum(f, q->value);
    fputs(",\"unit\":", f);
    wstr(f, q->unit);
    fputc(',', f);
    wspan(f, q->start, q->end);
    fputc('}', f);
  }
  fputc(']', f);
  /* RULE C-DUP-DOC: the earlier event of the document this one repeats */
  if (ev->duplicate)
    fprintf(f, ",\"duplicate_of\":{\"sentence\":%u,\"event\":%u}",
            ev->dup_sentence, ev->dup_event);
  else
    fputs(",\"duplicate_of\":null", f);
}

void sima_event_write_json(FILE *f, const sima_doc *doc, const sima_event *ev) {
  fputs("{\"doc\":", f);
  wstr(f, doc->id ? doc->id : "");
  fprintf(f, ",\"sentence\":%u,\"text\":", ev->sentence);
  if (ev->sentence < doc->nsents) {
    size_t a, b;
    sima_sentence_span(doc, ev->sentence, &a, &b);
    sima_json_write_str(f, doc->text + a, b - a);
  } else {
    fputs("null", f);
  }
  fputs(",\"date\":", f);
  wstr(f, ev->date);
  fputs(",\"doc_date\":", f);
  wstr(f, doc->date);
  fputs(",\"time\":", f);
  if (ev->date_precision && ev->date_end > ev->date_start) {
    fputs("{\"text\":", f);
    sima_json_write_str(f, doc->text + ev->date_start,
                        ev->date_end - ev->date_start);
    fputs(",\"precision\":", f);
    wstr(f, ev->date_precision);
    fputs(",\"rule\":", f);
    wstr(f, ev->date_rule);
    fputc(',', f);
    wspan(f, ev->date_start, ev->date_end);
    fputc('}', f);
  } else {
    fputs("null", f);
  }
  event_members(f, ev);
  fputs("}\n", f);
}

void sima_event_rec_write_json(FILE *f, const sima_event_rec *r) {
  const sima_event *ev = &r->ev;
  fputs("{\"doc\":", f);
  wstr(f, r->doc);
  fprintf(f, ",\"sentence\":%u,\"text\":", ev->sentence);
  wstr(f, r->text);
  fputs(",\"date\":", f);
  wstr(f, ev->date);
  event_members(f, ev);
  if (r->doc_date) {
    fputs(",\"doc_date\":", f);
    wstr(f, r->doc_date);
  }
  if (r->source_url) {
    fputs(",\"source_url\":", f);
    wstr(f, r->source_url);
  }
  if (r->title) {
    fputs(",\"title\":", f);
    wstr(f, r->title);
  }
  fputs("}\n", f);
}
