/*
** utf8.c — text normalisation, the first step after the reader.
**
** Makes a document's text safe for every later stage: valid UTF-8 (each
** invalid byte becomes U+FFFD), no NUL bytes (each becomes a space, so
** offsets do not move), and Unicode NFC through utf8proc.  It also folds
** typographic quotes, dashes and spaces to ASCII for matching: tokens carry
** the folded form in `norm` while their spans keep pointing at the original
** bytes.
*/
#include "utf8.h"
#include "arena.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

size_t utf8_decode(const unsigned char *s, size_t len, int32_t *cp) {
  unsigned char c = s[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  size_t n;
  int32_t v, min;
  if ((c & 0xE0) == 0xC0) {
    n = 2;
    v = c & 0x1F;
    min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3;
    v = c & 0x0F;
    min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4;
    v = c & 0x07;
    min = 0x10000;
  } else {
    *cp = -1;
    return 1;
  }
  if (len < n) {
    *cp = -1;
    return 1;
  }
  for (size_t i = 1; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80) {
      *cp = -1;
      return 1;
    }
    v = (v << 6) | (s[i] & 0x3F);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
    *cp = -1;
    return 1;
  }
  *cp = v;
  return n;
}

size_t utf8_encode(int32_t cp, char *out) {
  unsigned u = (unsigned)cp;
  if (u < 0x80) {
    out[0] = (char)u;
    return 1;
  }
  if (u < 0x800) {
    out[0] = (char)(0xC0 | (u >> 6));
    out[1] = (char)(0x80 | (u & 0x3F));
    return 2;
  }
  if (u < 0x10000) {
    out[0] = (char)(0xE0 | (u >> 12));
    out[1] = (char)(0x80 | ((u >> 6) & 0x3F));
    out[2] = (char)(0x80 | (u & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (u >> 18));
  out[1] = (char)(0x80 | ((u >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((u >> 6) & 0x3F));
  out[3] = (char)(0x80 | (u & 0x3F));
  return 4;
}

/* Code points whose NFC form is certainly themselves whatever surrounds
** them: Latin-1 and Latin Extended-A/B (all precomposed, no combining
** marks), Greek and Cyrillic base letters, general punctuation, currency
** signs, letterlike and arrows.  Anything else sends the text through
** utf8proc; this keeps the common news case (ASCII plus smart quotes) on
** the fast path. */
static int nfc_stable(int32_t cp) {
  return cp < 0x0300 || (cp >= 0x0370 && cp < 0x0483) ||
         (cp >= 0x048A && cp < 0x0591) || (cp >= 0x2000 && cp < 0x20D0) ||
         (cp >= 0x2100 && cp < 0x2126) || (cp >= 0x2127 && cp < 0x212A) ||
         (cp >= 0x212C && cp < 0x2200);
}

sima_status sima_normalize(sima_arena *a, const char *in, size_t len,
                           char **out, size_t *out_len, size_t *nfixes,
                           size_t *first_bad) {
  const unsigned char *s = (const unsigned char *)in;
  size_t fixes = 0, bad_at = SIZE_MAX, extra = 0;
  int need_nfc = 0;
  /* Pass 1: count what must change.  Eight bytes at a time while they
  ** are ASCII without NUL (the usual case). */
  for (size_t i = 0; i < len;) {
    if (i + 8 <= len) {
      uint64_t v;
      memcpy(&v, s + i, 8);
      if ((v & 0x8080808080808080ull) == 0 &&
          ((v - 0x0101010101010101ull) & ~v & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    if (s[i] < 0x80) {
      if (s[i] == 0) {
        fixes++;
        if (bad_at == SIZE_MAX)
          bad_at = i;
      }
      i++;
      continue;
    }
    int32_t cp;
    size_t n = utf8_decode(s + i, len - i, &cp);
    if (cp < 0) {
      fixes++;
      extra += 2; /* 1 byte becomes the 3 bytes of U+FFFD */
      if (bad_at == SIZE_MAX)
        bad_at = i;
    } else if (!nfc_stable(cp)) {
      need_nfc = 1;
    }
    i += n;
  }
  char *buf = arena_alloc_raw(a, len + extra + 1);
  if (!buf)
    return SIMA_ERR_NOMEM;
  size_t o = 0;
  if (fixes == 0) {
    memcpy(buf, in, len);
    o = len;
  } else {
    for (size_t i = 0; i < len;) {
      int32_t cp;
      size_t n = utf8_decode(s + i, len - i, &cp);
      if (cp < 0) {
        memcpy(buf + o, "\xEF\xBF\xBD", 3);
        o += 3;
      } else if (cp == 0) {
        buf[o++] = ' ';
      } else {
        memcpy(buf + o, s + i, n);
        o += n;
      }
      i += n;
    }
  }
  buf[o] = '\0';
  if (need_nfc) {
    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t r =
        utf8proc_map((const utf8proc_uint8_t *)buf, (utf8proc_ssize_t)o, &nfc,
                     UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (r < 0) {
      free(nfc);
      /* Cannot happen after repair; keep the repaired text. */
    } else {
      size_t nlen = (size_t)r;
      if (nlen != o || memcmp(nfc, buf, o) != 0) {
        char *b2 = sima_arena_alloc(a, nlen + 1);
        if (!b2) {
          free(nfc);
          return SIMA_ERR_NOMEM;
        }
        memcpy(b2, nfc, nlen);
        b2[nlen] = '\0';
        buf = b2;
        o = nlen;
      }
      free(nfc);
    }
  }
  *out = buf;
  *out_len = o;
  if (nfixes)
    *nfixes = fixes;
  if (first_bad)
    *first_bad = bad_at;
  return SIMA_OK;
}

/* ORDER: sorted by code point for the binary search in sima_fold_char. */
static const struct {
  int32_t cp;
  const char *to;
} fold_table[] = {
    {0x00A0, " "},   {0x00AB, "\""},  {0x00AD, ""},    {0x00BB, "\""},
    {0x2002, " "},   {0x2003, " "},   {0x2009, " "},   {0x200A, " "},
    {0x200B, ""},    {0x2010, "-"},   {0x2011, "-"},   {0x2012, "-"},
    {0x2013, "-"},   {0x2014, "--"},  {0x2015, "--"},  {0x2018, "'"},
    {0x2019, "'"},   {0x201A, "'"},   {0x201B, "'"},   {0x201C, "\""},
    {0x201D, "\""},  {0x201E, "\""},  {0x201F, "\""},  {0x2026, "..."},
    {0x202F, " "},   {0x2032, "'"},   {0x2033, "\""},  {0x2039, "'"},
    {0x203A, "'"},   {0x2212, "-"},   {0xFF02, "\""},  {0xFF07, "'"},
};

const char *sima_fold_char(const char *s, size_t len, size_t *adv) {
  if (len == 0 || (unsigned char)s[0] < 0x80)
    return NULL;
  int32_t cp;
  size_t n = utf8_decode((const unsigned char *)s, len, &cp);
  *adv = n;
  size_t lo = 0, hi = sizeof fold_table / sizeof fold_table[0];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (fold_table[mid].cp == cp)
      return fold_table[mid].to;
    if (fold_table[mid].cp < cp)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

int utf8_is_space(int32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
         cp == '\v' || cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200B) ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x0085;
}

int utf8_is_alpha(int32_t cp) {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL ||
         c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LM ||
         c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_MN ||
         c == UTF8PROC_CATEGORY_MC;
}

int utf8_is_upper(int32_t cp) {
  if (cp < 0x80)
    return cp >= 'A' && cp <= 'Z';
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int utf8_is_lower(int32_t cp) {
  if (cp < 0x80)
    return cp >= 'a' && cp <= 'z';
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

int utf8_is_digit(int32_t cp) {
  if (cp < 0x80)
    return cp >= '0' && cp <= '9';
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}
