/*
** reader.c — streams documents out of files, stdin or memory.
**
** The first stage of the pipeline: bytes in, sima_doc out.  Three input
** forms: plain text (a whole file is one document, or each line with
** `lines`), JSONL articles {"id","date","title","text","source","url"}
** (only "text" is required), and the JSONL/--lines forms are read a line at
** a time, so memory is bounded by the largest single document, never by the
** input size.  A bad record is reported with file:line and the stream goes
** on; the caller decides the exit code.
*/
#include "arena.h"
#include "tokenize.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define READ_CHUNK 65536 /* default read size; opts.chunk overrides */
#define DEFAULT_MAX_DOC ((size_t)64 * 1024 * 1024)

struct sima_reader {
  sima_reader_opts opts;
  sima_input mode; /* resolved input form of the current source */
  FILE *f;         /* current file, or NULL for memory */
  int own_f;       /* close f when done */
  const char *mem; /* memory source */
  size_t mem_len, mem_pos;
  char name[512];  /* source name for messages and ids */
  char *buf;       /* read buffer */
  size_t buf_len, buf_pos;
  int eof;         /* no more bytes from the source */
  char *line;      /* current line/document bytes */
  size_t line_len, line_cap;
  uint64_t lineno; /* 1-based number of the current line */
  uint64_t ndocs;  /* documents produced from the current source */
  int done;        /* current source exhausted */
  int whole_done;  /* whole-file mode: the one document was produced */
  sima_petr_records *recs; /* PETRARCH XML: the records of r->line */
  size_t rec_next;         /* next record to produce */
};

sima_reader *sima_reader_new(const sima_reader_opts *opts, sima_error *err) {
  sima_reader *r = calloc(1, sizeof *r);
  if (!r) {
    sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
    return NULL;
  }
  if (opts)
    r->opts = *opts;
  if (r->opts.max_doc_bytes == 0)
    r->opts.max_doc_bytes = DEFAULT_MAX_DOC;
  if (r->opts.date && !sima_date_valid(r->opts.date, strlen(r->opts.date))) {
    sima_error_set(err, SIMA_ERR_USAGE,
                   "invalid date '%s': want a calendar date YYYY-MM-DD",
                   r->opts.date);
    free(r);
    return NULL;
  }
  if (r->opts.chunk == 0 || r->opts.chunk > READ_CHUNK)
    r->opts.chunk = READ_CHUNK;
  r->buf = malloc(READ_CHUNK);
  if (!r->buf) {
    free(r);
    sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
    return NULL;
  }
  r->done = 1;
  return r;
}

static void close_source(sima_reader *r) {
  if (r->f && r->own_f)
    fclose(r->f);
  r->f = NULL;
  r->own_f = 0;
  r->mem = NULL;
  r->mem_len = r->mem_pos = 0;
  r->buf_len = r->buf_pos = 0;
  r->eof = 0;
  r->lineno = 0;
  r->ndocs = 0;
  r->done = 1;
  r->whole_done = 0;
  sima_petr_records_free(r->recs);
  r->recs = NULL;
  r->rec_next = 0;
}

void sima_reader_free(sima_reader *r) {
  if (!r)
    return;
  close_source(r);
  free(r->buf);
  free(r->line);
  free(r);
}

static int ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Refills the read buffer; returns bytes available (0 at end of input). */
static size_t refill(sima_reader *r) {
  if (r->buf_pos < r->buf_len)
    return r->buf_len - r->buf_pos;
  if (r->eof)
    return 0;
  size_t n;
  if (r->f) {
    n = fread(r->buf, 1, r->opts.chunk, r->f);
    if (n < r->opts.chunk)
      r->eof = 1;
  } else {
    n = r->mem_len - r->mem_pos;
    if (n > r->opts.chunk)
      n = r->opts.chunk;
    memcpy(r->buf, r->mem + r->mem_pos, n);
    r->mem_pos += n;
    if (r->mem_pos >= r->mem_len)
      r->eof = 1;
  }
  r->buf_len = n;
  r->buf_pos = 0;
  return n;
}

/* Looks at the first bytes: rejects binary data, and resolves AUTO input
** for stdin by sniffing a leading '{'. */
static sima_status sniff(sima_reader *r, sima_error *err) {
  size_t n = refill(r);
  if (r->f && ferror(r->f))
    return sima_error_set(err, SIMA_ERR_IO, "%s: read error: %s", r->name,
                          strerror(errno));
  if (n == 0)
    return sima_error_set(err, SIMA_ERR_FORMAT, "%s: empty input", r->name);
  const unsigned char *b = (const unsigned char *)r->buf;
  size_t nctl = 0, nnul = 0, first_nul = 0;
  for (size_t i = 0; i < n; i++) {
    if (b[i] == 0 && nnul++ == 0)
      first_nul = i;
    if (b[i] < 0x20 && b[i] != '\n' && b[i] != '\r' && b[i] != '\t' &&
        b[i] != '\f')
      nctl++;
  }
  /* Binary: one byte in ten a control character, or several NULs with
  ** one byte in fifty a control character (random data has ~11% control
  ** bytes and ~16 NULs per 4 KiB; text with a stray NUL has neither). */
  if (nctl * 10 > n || (nnul >= 4 && nctl * 50 > n))
    return sima_error_set(err, SIMA_ERR_FORMAT,
                          "%s: looks like a binary file (%zu control bytes in "
                          "the first %zu, first NUL at byte %zu); not read",
                          r->name, nctl, n, first_nul);
  if (r->mode == SIMA_INPUT_AUTO) {
    size_t i = 0;
    if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
      i = 3;
    while (i < n && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t'))
      i++;
    r->mode = (i < n && b[i] == '{') ? SIMA_INPUT_JSONL : SIMA_INPUT_TEXT;
  }
  return SIMA_OK;
}

static sima_status start_source(sima_reader *r, sima_error *err) {
  r->done = 0;
  r->mode = r->opts.input;
  if (r->mode == SIMA_INPUT_AUTO &&
      (ends_with(r->name, ".jsonl") || ends_with(r->name, ".ndjson") ||
       ends_with(r->name, ".json")))
    r->mode = SIMA_INPUT_JSONL;
  if (r->mode == SIMA_INPUT_AUTO && ends_with(r->name, ".xml"))
    r->mode = SIMA_INPUT_PETRXML;
  if (r->mode == SIMA_INPUT_CONLLU) {
    r->done = 1;
    return sima_error_set(err, SIMA_ERR_USAGE,
                          "%s: CoNLL-U input is read by `sima parse --input "
                          "conllu`, not by the article reader",
                          r->name);
  }
  sima_status st = sniff(r, err);
  if (st != SIMA_OK)
    r->done = 1;
  return st;
}

sima_status sima_reader_open(sima_reader *r, const char *path,
                             sima_error *err) {
  close_source(r);
  snprintf(r->name, sizeof r->name, "%s", path);
  if (strcmp(path, "-") == 0) {
    r->f = stdin;
    r->own_f = 0;
  } else {
    struct stat sb;
    if (stat(path, &sb) != 0)
      return sima_error_set(err, SIMA_ERR_IO, "%s: cannot open: %s", path,
                            strerror(errno));
    if (S_ISDIR(sb.st_mode))
      return sima_error_set(err, SIMA_ERR_IO,
                            "%s: is a directory; give the files in it", path);
    r->f = fopen(path, "rb");
    if (!r->f)
      return sima_error_set(err, SIMA_ERR_IO, "%s: cannot open: %s", path,
                            strerror(errno));
    r->own_f = 1;
  }
  return start_source(r, err);
}

sima_status sima_reader_open_mem(sima_reader *r, const char *name,
                                 const char *buf, size_t len, sima_error *err) {
  close_source(r);
  snprintf(r->name, sizeof r->name, "%s", name ? name : "(memory)");
  r->mem = buf ? buf : "";
  r->mem_len = len;
  if (len == 0)
    r->eof = 1;
  return start_source(r, err);
}

/* Appends n bytes to r->line, keeping room for a NUL; the buffer doubles
** (amortised linear).  Returns 0, or -1 when out of memory. */
static int line_append(sima_reader *r, const char *p, size_t n) {
  if (r->line_len + n + 1 > r->line_cap) {
    size_t cap = r->line_cap ? r->line_cap : 4096;
    while (cap < r->line_len + n + 1)
      cap *= 2;
    char *nb = realloc(r->line, cap);
    if (!nb)
      return -1;
    r->line = nb;
    r->line_cap = cap;
  }
  memcpy(r->line + r->line_len, p, n);
  r->line_len += n;
  return 0;
}

/* Reads the next line (without its \n and a trailing \r) into r->line.
** Returns 1 with a line, 0 at the end, -1 if the line was longer than the
** document limit (the rest of it is skipped), -2 on a read error, -3 when
** out of memory. */
static int next_line(sima_reader *r) {
  r->line_len = 0;
  int got = 0, over = 0;
  for (;;) {
    size_t avail = refill(r);
    if (avail == 0)
      break;
    got = 1;
    const char *p = r->buf + r->buf_pos;
    const char *nl = memchr(p, '\n', avail);
    size_t take = nl ? (size_t)(nl - p) : avail;
    if (!over) {
      if (r->line_len + take > r->opts.max_doc_bytes) {
        over = 1;
      } else {
        if (line_append(r, p, take) != 0)
          return -3;
      }
    }
    r->buf_pos += take + (nl ? 1 : 0);
    if (nl)
      break;
  }
  if (r->f && ferror(r->f))
    return -2;
  if (!got)
    return 0;
  r->lineno++;
  if (over)
    return -1;
  if (r->line_len && r->line[r->line_len - 1] == '\r')
    r->line_len--;
  r->line[r->line_len] = '\0';
  return 1;
}

/* Reads everything left into r->line. Returns 1, -1 if over the limit,
** -3 when out of memory. */
static int read_all(sima_reader *r) {
  r->line_len = 0;
  for (;;) {
    size_t avail = refill(r);
    if (avail == 0)
      break;
    if (r->line_len + avail > r->opts.max_doc_bytes) {
      r->buf_pos = r->buf_len;
      while (refill(r))
        r->buf_pos = r->buf_len;
      return -1;
    }
    if (line_append(r, r->buf + r->buf_pos, avail) != 0)
      return -3;
    r->buf_pos += avail;
  }
  if (!r->line && line_append(r, "", 0) != 0)
    return -3;
  r->line[r->line_len] = '\0';
  return 1;
}

static int blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n' &&
        s[i] != '\f')
      return 0;
  return 1;
}

/* Skips a UTF-8 byte-order mark at the start of a source. */
static size_t bom_len(const sima_reader *r, const char *s, size_t n) {
  (void)r;
  return (n >= 3 && (unsigned char)s[0] == 0xEF &&
          (unsigned char)s[1] == 0xBB && (unsigned char)s[2] == 0xBF)
             ? 3
             : 0;
}

/* A plain-text file's first line is its title when it is short, followed
** by a blank line, and does not end like a sentence. Sets title_len and
** body_off on doc without moving any byte. */
static void detect_title(sima_doc *doc) {
  const char *t = doc->text;
  size_t n = doc->len, i = 0;
  while (i < n && (t[i] == ' ' || t[i] == '\t'))
    i++;
  size_t start = i;
  while (i < n && t[i] != '\n')
    i++;
  size_t end = i;
  while (end > start && (t[end - 1] == '\r' || t[end - 1] == ' '))
    end--;
  if (end == start || end - start > 200 || start > 0)
    return;
  /* Must be followed by a blank line and more text. */
  size_t j = i + 1;
  while (j < n && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r'))
    j++;
  if (j >= n || t[j] != '\n')
    return;
  /* A headline does not end like a sentence (even behind closing quotes)
  ** and holds no sentence break inside. */
  size_t e2 = end;
  while (e2 > start && (t[e2 - 1] == '"' || t[e2 - 1] == '\'' ||
                        t[e2 - 1] == ')' || (unsigned char)t[e2 - 1] >= 0x80))
    e2--;
  if (e2 == start)
    return;
  char last = t[e2 - 1];
  if (last == '.' || last == ',' || last == ';' || last == ':' ||
      last == '!' || last == '?')
    return;
  for (size_t k = start; k + 2 < end; k++) {
    if (!((t[k] == '.' || t[k] == '?' || t[k] == '!') && t[k + 1] == ' ' &&
          t[k + 2] >= 'A' && t[k + 2] <= 'Z'))
      continue;
    if (t[k] == '.') {
      /* "U.S. Halts", "Gen. Smith": an abbreviation, not a sentence end */
      size_t w = k;
      while (w > start && t[w - 1] != ' ')
        w--;
      if (memchr(t + w, '.', k - w) || k - w == 1 ||
          tok_abbrev_class(t + w, k - w) != ABBR_NONE)
        continue;
    }
    return;
  }
  while (j < n && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r' || t[j] == '\n'))
    j++;
  if (j >= n)
    return;
  doc->title_len = end;
  doc->body_off = j;
}

static char *json_dup_str(json_t *v) {
  const char *s = json_string_value(v);
  return s ? strdup(s) : NULL;
}

/* Builds a document from one JSONL record. */
static sima_status doc_from_json(sima_reader *r, sima_doc **out,
                                 sima_error *err) {
  json_error_t jerr;
  size_t skip = r->lineno == 1 ? bom_len(r, r->line, r->line_len) : 0;
  json_t *root = json_loadb(r->line + skip, r->line_len - skip,
                            0, &jerr);
  if (!root)
    return sima_error_set(err, SIMA_ERR_FORMAT,
                          "%s:%llu: invalid JSON at column %d: %s", r->name,
                          (unsigned long long)r->lineno, jerr.column,
                          jerr.text);
  sima_status st = SIMA_OK;
  if (!json_is_object(root)) {
    st = sima_error_set(err, SIMA_ERR_FORMAT,
                        "%s:%llu: a record must be a JSON object", r->name,
                        (unsigned long long)r->lineno);
    goto out;
  }
  json_t *text = json_object_get(root, "text");
  if (!json_is_string(text)) {
    st = sima_error_set(err, SIMA_ERR_FORMAT,
                        "%s:%llu: the record has no \"text\" string", r->name,
                        (unsigned long long)r->lineno);
    goto out;
  }
  char idbuf[640];
  json_t *id = json_object_get(root, "id");
  if (json_is_string(id))
    snprintf(idbuf, sizeof idbuf, "%s", json_string_value(id));
  else if (json_is_integer(id))
    snprintf(idbuf, sizeof idbuf, "%lld", (long long)json_integer_value(id));
  else
    snprintf(idbuf, sizeof idbuf, "%s:%llu", r->name,
             (unsigned long long)r->lineno);
  const char *date = r->opts.date;
  char datebuf[11];
  json_t *jd = json_object_get(root, "date");
  if (json_is_string(jd)) {
    const char *ds = json_string_value(jd);
    if (strlen(ds) >= 10 && sima_date_valid(ds, 10) &&
        (ds[10] == '\0' || ds[10] == 'T' || ds[10] == ' ')) {
      memcpy(datebuf, ds, 10);
      datebuf[10] = '\0';
      date = datebuf;
    } else {
      char msg[700];
      snprintf(msg, sizeof msg,
               "%s:%llu: \"date\" '%.40s' is not YYYY-MM-DD; using %s",
               r->name, (unsigned long long)r->lineno, ds,
               date ? date : "unknown");
      if (r->opts.warn)
        r->opts.warn(r->opts.warn_ud, msg);
      else
        fprintf(stderr, "sima: warning: %s\n", msg);
    }
  }
  json_t *title = json_object_get(root, "title");
  sima_doc *doc;
  if (json_is_string(title) && json_string_length(title) > 0)
    doc = sima_doc_new_titled(json_string_value(title),
                              json_string_length(title),
                              json_string_value(text), json_string_length(text),
                              idbuf, date, r->opts.warn, r->opts.warn_ud);
  else
    doc = sima_doc_new(json_string_value(text), json_string_length(text),
                       idbuf, date, r->opts.warn, r->opts.warn_ud);
  if (!doc) {
    st = sima_error_set(err, SIMA_ERR_NOMEM, "%s:%llu: out of memory", r->name,
                        (unsigned long long)r->lineno);
    goto out;
  }
  char *src = json_dup_str(json_object_get(root, "source"));
  char *url = json_dup_str(json_object_get(root, "url"));
  if (src)
    doc->source = sima_arena_strndup(doc->arena, src, strlen(src));
  if (url)
    doc->url = sima_arena_strndup(doc->arena, url, strlen(url));
  free(src);
  free(url);
  doc->origin_line = r->lineno;
  doc->origin = sima_arena_strndup(doc->arena, r->name, strlen(r->name));
  *out = doc;
out:
  json_decref(root);
  return st;
}

/* PETRARCH XML: reads and parses the whole source on the first call (the
** records point into r->line), then gives one document per <Sentence>:
** its id, its date (else the reader's), its <Text>.  The validation
** suites' expectations and <Parse> trees are not used here (`sima
** validate` reads those). */
static sima_status next_petr(sima_reader *r, sima_doc **doc, sima_error *err) {
  if (!r->recs) {
    int rc = read_all(r);
    if (rc == -3)
      return sima_error_set(err, SIMA_ERR_NOMEM, "%s: out of memory", r->name);
    if (rc < 0)
      return sima_error_set(err, SIMA_ERR_LIMIT,
                            "%s: file larger than %zu bytes; not read",
                            r->name, r->opts.max_doc_bytes);
    sima_status st =
        sima_petr_records_read(r->name, r->line, r->line_len, &r->recs, err);
    if (st != SIMA_OK) {
      r->done = 1;
      return st;
    }
  }
  if (r->rec_next >= r->recs->n) {
    r->done = 1;
    return SIMA_DONE;
  }
  const sima_petr_record *rec = &r->recs->recs[r->rec_next++];
  sima_doc *d = sima_doc_new(rec->text, strlen(rec->text), rec->id,
                             rec->date ? rec->date : r->opts.date,
                             r->opts.warn, r->opts.warn_ud);
  if (!d)
    return sima_error_set(err, SIMA_ERR_NOMEM, "%s:%u: out of memory",
                          r->name, rec->line);
  d->origin_line = rec->line;
  d->origin = sima_arena_strndup(d->arena, r->name, strlen(r->name));
  *doc = d;
  r->ndocs++;
  return SIMA_OK;
}

static sima_status reader_next(sima_reader *r, sima_doc **doc,
                               sima_error *err);

/* The next document, which keeps the reader's --no-title choice for the
** splitter (a headline glued to the body is a title too, T-HEADLINE). */
sima_status sima_reader_next(sima_reader *r, sima_doc **doc, sima_error *err) {
  sima_status st = reader_next(r, doc, err);
  if (st == SIMA_OK && *doc)
    (*doc)->no_title = r->opts.no_title;
  return st;
}

static sima_status reader_next(sima_reader *r, sima_doc **doc,
                               sima_error *err) {
  *doc = NULL;
  if (r->done)
    return SIMA_DONE;
  if (r->mode == SIMA_INPUT_PETRXML)
    return next_petr(r, doc, err);
  if (r->mode == SIMA_INPUT_TEXT && !r->opts.lines) {
    if (r->whole_done) {
      r->done = 1;
      return SIMA_DONE;
    }
    r->whole_done = 1;
    int rc = read_all(r);
    if (rc == -3)
      return sima_error_set(err, SIMA_ERR_NOMEM, "%s: out of memory", r->name);
    if (rc < 0)
      return sima_error_set(err, SIMA_ERR_LIMIT,
                            "%s: document larger than %zu bytes; not read",
                            r->name, r->opts.max_doc_bytes);
    if (r->f && ferror(r->f))
      return sima_error_set(err, SIMA_ERR_IO, "%s: read error: %s", r->name,
                            strerror(errno));
    if (blank(r->line, r->line_len))
      return sima_error_set(err, SIMA_ERR_FORMAT,
                            "%s: no text (only white space)", r->name);
    sima_doc *d = sima_doc_new(r->line, r->line_len, r->name, r->opts.date,
                               r->opts.warn, r->opts.warn_ud);
    if (!d)
      return sima_error_set(err, SIMA_ERR_NOMEM, "%s: out of memory", r->name);
    d->origin = sima_arena_strndup(d->arena, r->name, strlen(r->name));
    if (!r->opts.no_title)
      detect_title(d);
    *doc = d;
    r->ndocs++;
    return SIMA_OK;
  }
  for (;;) {
    int rc = next_line(r);
    if (rc == 0) {
      r->done = 1;
      if (r->ndocs == 0 && r->lineno == 0)
        return sima_error_set(err, SIMA_ERR_FORMAT, "%s: empty input",
                              r->name);
      return SIMA_DONE;
    }
    if (rc == -3) {
      r->done = 1;
      return sima_error_set(err, SIMA_ERR_NOMEM, "%s:%llu: out of memory",
                            r->name, (unsigned long long)r->lineno + 1);
    }
    if (rc == -2) {
      r->done = 1;
      return sima_error_set(err, SIMA_ERR_IO, "%s:%llu: read error: %s",
                            r->name, (unsigned long long)r->lineno + 1,
                            strerror(errno));
    }
    if (rc == -1)
      return sima_error_set(err, SIMA_ERR_LIMIT,
                            "%s:%llu: line longer than %zu bytes; skipped",
                            r->name, (unsigned long long)r->lineno,
                            r->opts.max_doc_bytes);
    size_t skip = r->lineno == 1 ? bom_len(r, r->line, r->line_len) : 0;
    if (blank(r->line + skip, r->line_len - skip))
      continue;
    if (r->mode == SIMA_INPUT_JSONL) {
      sima_status st = doc_from_json(r, doc, err);
      if (st == SIMA_OK)
        r->ndocs++;
      return st;
    }
    char idbuf[600];
    snprintf(idbuf, sizeof idbuf, "%s:%llu", r->name,
             (unsigned long long)r->lineno);
    sima_doc *d = sima_doc_new(r->line, r->line_len, idbuf, r->opts.date,
                               r->opts.warn, r->opts.warn_ud);
    if (!d)
      return sima_error_set(err, SIMA_ERR_NOMEM, "%s: out of memory", idbuf);
    d->origin_line = r->lineno;
    d->origin = sima_arena_strndup(d->arena, r->name, strlen(r->name));
    *doc = d;
    r->ndocs++;
    return SIMA_OK;
  }
}
