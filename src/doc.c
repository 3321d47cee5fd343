/*
** doc.c — documents: creation, normalisation of their text, and release.
**
** A sima_doc owns an arena from which every later stage allocates; freeing
** the document frees all of it.  The text is normalised here (utf8.c), with
** one warning per document naming where the first repaired byte was.
*/
#include "arena.h"
#include "utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void warn_emit(sima_warn_fn warn, void *ud, const char *msg) {
  if (warn)
    warn(ud, msg);
  else
    fprintf(stderr, "sima: warning: %s\n", msg);
}

/* Normalises (text, len) into doc->text at offset `at`, warning about
** repaired bytes; returns the normalised length or SIZE_MAX on OOM. */
static size_t put_text(sima_doc *doc, const char *what, const char *text,
                       size_t len, char **out, sima_warn_fn warn, void *ud) {
  size_t nfix = 0, bad = SIZE_MAX, olen = 0;
  if (sima_normalize(doc->arena, text, len, out, &olen, &nfix, &bad) !=
      SIMA_OK)
    return SIZE_MAX;
  if (nfix) {
    char msg[512];
    snprintf(msg, sizeof msg,
             "%s: %s byte %zu: invalid UTF-8 or NUL byte replaced "
             "(%zu byte%s in this document)",
             doc->id ? doc->id : "(document)", what, bad, nfix,
             nfix == 1 ? "" : "s");
    warn_emit(warn, ud, msg);
  }
  return olen;
}

static sima_doc *doc_alloc(const char *id, const char *date) {
  sima_arena *a = sima_arena_new(NULL);
  if (!a)
    return NULL;
  sima_doc *doc = sima_arena_alloc(a, sizeof *doc);
  if (!doc) {
    sima_arena_free(a);
    return NULL;
  }
  doc->arena = a;
  if (id)
    doc->id = sima_arena_strndup(a, id, strlen(id));
  if (date && sima_date_valid(date, strlen(date)))
    doc->date = sima_arena_strndup(a, date, strlen(date));
  if (sima_arena_failed(a)) {
    sima_arena_free(a);
    return NULL;
  }
  return doc;
}

sima_doc *sima_doc_new(const char *text, size_t len, const char *id,
                       const char *date, sima_warn_fn warn, void *warn_ud) {
  sima_doc *doc = doc_alloc(id, date);
  if (!doc)
    return NULL;
  size_t n = put_text(doc, "text", text, len, &doc->text, warn, warn_ud);
  if (n == SIZE_MAX) {
    sima_doc_free(doc);
    return NULL;
  }
  doc->len = n;
  return doc;
}

sima_doc *sima_doc_new_titled(const char *title, size_t title_len,
                              const char *body, size_t body_len,
                              const char *id, const char *date,
                              sima_warn_fn warn, void *warn_ud) {
  /* A title is one line: keep only up to its first line break. */
  size_t tl = 0;
  while (tl < title_len && title[tl] != '\n' && title[tl] != '\r')
    tl++;
  while (tl > 0 && (title[tl - 1] == ' ' || title[tl - 1] == '\t'))
    tl--;
  if (tl == 0)
    return sima_doc_new(body, body_len, id, date, warn, warn_ud);
  sima_doc *doc = doc_alloc(id, date);
  if (!doc)
    return NULL;
  char *t = NULL, *b = NULL;
  size_t nt = put_text(doc, "title", title, tl, &t, warn, warn_ud);
  size_t nb = nt == SIZE_MAX
                  ? SIZE_MAX
                  : put_text(doc, "text", body, body_len, &b, warn, warn_ud);
  char *all = nb == SIZE_MAX ? NULL : sima_arena_alloc(doc->arena, nt + nb + 3);
  if (!all) {
    sima_doc_free(doc);
    return NULL;
  }
  memcpy(all, t, nt);
  memcpy(all + nt, "\n\n", 2);
  memcpy(all + nt + 2, b, nb);
  all[nt + 2 + nb] = '\0';
  doc->text = all;
  doc->len = nt + 2 + nb;
  doc->title_len = nt;
  doc->body_off = nt + 2;
  return doc;
}

void sima_doc_free(sima_doc *doc) {
  if (doc)
    sima_arena_free(doc->arena);
}

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int sima_date_valid(const char *s, size_t len) {
  if (len != 10 || s[4] != '-' || s[7] != '-')
    return 0;
  for (size_t i = 0; i < 10; i++)
    if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
      return 0;
  int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
          (s[3] - '0');
  int m = (s[5] - '0') * 10 + (s[6] - '0');
  int d = (s[8] - '0') * 10 + (s[9] - '0');
  static const int mdays[12] = {31, 28, 31, 30, 31, 30,
                                31, 31, 30, 31, 30, 31};
  if (y < 1 || m < 1 || m > 12 || d < 1)
    return 0;
  int md = mdays[m - 1] + (m == 2 && is_leap(y));
  return d <= md;
}

void sima_json_write_str(FILE *out, const char *s, size_t len) {
  static const char hex[] = "0123456789abcdef";
  putc('"', out);
  size_t run = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c != '"' && c != '\\')
      continue;
    if (i > run)
      fwrite(s + run, 1, i - run, out);
    run = i + 1;
    switch (c) {
    case '"':
      fputs("\\\"", out);
      break;
    case '\\':
      fputs("\\\\", out);
      break;
    case '\n':
      fputs("\\n", out);
      break;
    case '\r':
      fputs("\\r", out);
      break;
    case '\t':
      fputs("\\t", out);
      break;
    default:
      fputs("\\u00", out);
      putc(hex[c >> 4], out);
      putc(hex[c & 15], out);
    }
  }
  if (len > run)
    fwrite(s + run, 1, len - run, out);
  putc('"', out);
}
