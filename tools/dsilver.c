/*
** dsilver.c — silver training news for the dense parser, licence-clean:
** the MIT-licensed synthetic stories of NGEC (../shared/data/ngec, see its
** SOURCE.txt) parsed by the sparse parser (run by tools/silver.sh).
**
**   dsilver csv [--column NAME] < FILE.csv > stories.txt
**       RFC 4180 CSV on stdin (a header row, fields separated by commas,
**       records by LF or CRLF, quoted fields with "" for a quote and line
**       breaks inside quotes); writes the column NAME (default "text") of
**       every record as one line: any run of white space (line breaks
**       included) becomes one space, the ends are trimmed, empty and
**       repeated stories are dropped (the first copy is kept, in input
**       order).  Malformed input (a quote inside an unquoted field, text
**       after a closing quote, an unclosed quote, a record whose field
**       count differs from the header's, a NUL byte) is an error naming the
**       line: "dsilver: line N: ...", exit 1.
**
**   dsilver select [--min-words N] [--max-words N] [--prefix P]
**         < parsed.conllu > silver.conllu
**       keeps the sentences of `sima parse --lines` output that are useful
**       for training: N..M words (default 5..60), a VERB or AUX (a
**       predicate, copulas included), the first word starting with a
**       capital letter, a digit or a quote, the last word (before closing
**       quotes or brackets) ending in '.', '!' or '?' (this drops
**       the stories' cut-off last sentences and headlines), no word with
**       markup or template characters ({ } < > | # @ \ _ ~ ^ * = [ ]) or a
**       URL, none longer than 30 bytes, no "SYNTHETIC" disclaimer; repeated
**       sentences (same "# text") are dropped.  sent_id becomes P-S-K
**       (default P "ngec"; S-K from the parsed id's part after its last
**       ':').  Counts go to stderr.
**
** Both steps are deterministic: output order is input order.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void die(const char *msg) {
  fprintf(stderr, "dsilver: %s\n", msg);
  exit(1);
}

static void *xrealloc(void *p, size_t size) {
  p = realloc(p, size ? size : 1);
  if (!p)
    die("out of memory");
  return p;
}

/* A growable byte buffer. */
typedef struct {
  char *p;
  size_t n, cap;
} buf_t;

/* Appends byte c to b, growing it as needed. */
static void buf_put(buf_t *b, char c) {
  if (b->n + 1 >= b->cap) {
    b->cap = b->cap ? b->cap * 2 : 256;
    b->p = xrealloc(b->p, b->cap);
  }
  b->p[b->n++] = c;
  b->p[b->n] = '\0';
}

/* ---- de-duplication: a set of strings (FNV-1a, open addressing) ---- */

typedef struct {
  char **slot;
  size_t cap, n;
} strset_t;

static uint64_t fnv1a(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)s[i];
    h *= 1099511628211ULL;
  }
  return h;
}

/* Adds a copy of s[0..n) to the set; returns 1 when it was new, 0 when the
** set already had it. */
static int strset_add(strset_t *set, const char *s, size_t n) {
  if (2 * (set->n + 1) > set->cap) {
    size_t cap = set->cap ? set->cap * 2 : 1024;
    char **slot = calloc(cap, sizeof *slot);
    if (!slot)
      die("out of memory");
    for (size_t i = 0; i < set->cap; i++) {
      char *e = set->slot[i];
      if (!e)
        continue;
      size_t j = (size_t)fnv1a(e, strlen(e)) & (cap - 1);
      while (slot[j])
        j = (j + 1) & (cap - 1);
      slot[j] = e;
    }
    free(set->slot);
    set->slot = slot;
    set->cap = cap;
  }
  size_t j = (size_t)fnv1a(s, n) & (set->cap - 1);
  for (; set->slot[j]; j = (j + 1) & (set->cap - 1))
    if (strlen(set->slot[j]) == n && !memcmp(set->slot[j], s, n))
      return 0;
  char *copy = xrealloc(NULL, n + 1);
  memcpy(copy, s, n);
  copy[n] = '\0';
  set->slot[j] = copy;
  set->n++;
  return 1;
}

static void strset_free(strset_t *set) {
  for (size_t i = 0; i < set->cap; i++)
    free(set->slot[i]);
  free(set->slot);
}

/* ---- RFC 4180 reader ---- */

/* One record: its fields' bytes back to back, each NUL-terminated, with
** their start offsets. */
typedef struct {
  buf_t bytes;
  size_t *start;
  size_t nfields, cap;
  long line; /* the line the record starts on (1-based) */
} record_t;

static void record_end_field(record_t *r) {
  if (r->nfields == r->cap) {
    r->cap = r->cap ? r->cap * 2 : 16;
    r->start = xrealloc(r->start, r->cap * sizeof *r->start);
  }
  buf_put(&r->bytes, '\0');
  /* the field starts after the previous field's NUL */
  size_t end = r->bytes.n - 1, s = end;
  while (s > 0 && r->bytes.p[s - 1] != '\0')
    s--;
  r->start[r->nfields++] = s;
}

/* Reads one record from f into r (line counter *line, advanced past the
** record's line breaks).  Returns 1 on a record, 0 at end of input (no
** record), -1 on malformed input with a message "line N: ..." in err. */
static int csv_record(FILE *f, record_t *r, long *line, char *err,
                      size_t errsize) {
  r->bytes.n = 0;
  r->nfields = 0;
  r->line = *line;
  int c = getc(f);
  if (c == EOF)
    return 0;
  for (;;) {
    /* at the start of a field */
    if (c == '"') {
      long opened = *line;
      for (;;) {
        c = getc(f);
        if (c == EOF) {
          snprintf(err, errsize,
                   "line %ld: quoted field not closed at end of input", opened);
          return -1;
        }
        if (c == '\0') {
          snprintf(err, errsize, "line %ld: NUL byte", *line);
          return -1;
        }
        if (c == '"') {
          c = getc(f);
          if (c != '"')
            break; /* closing quote; c is the byte after it */
        }
        if (c == '\n')
          (*line)++;
        buf_put(&r->bytes, (char)c);
      }
      if (c == '\r') {
        int d = getc(f);
        if (d != '\n') {
          snprintf(err, errsize,
                   "line %ld: carriage return after a closing quote", *line);
          return -1;
        }
        c = '\n';
      }
      if (c != ',' && c != '\n' && c != EOF) {
        snprintf(err, errsize, "line %ld: '%c' after a closing quote", *line,
                 c >= 32 && c < 127 ? c : '?');
        return -1;
      }
    } else {
      while (c != ',' && c != '\n' && c != EOF) {
        if (c == '"') {
          snprintf(err, errsize, "line %ld: quote inside an unquoted field",
                   *line);
          return -1;
        }
        if (c == '\0') {
          snprintf(err, errsize, "line %ld: NUL byte", *line);
          return -1;
        }
        if (c == '\r') {
          int d = getc(f);
          if (d == '\n') {
            c = '\n';
            break;
          }
          ungetc(d, f);
        }
        buf_put(&r->bytes, (char)c);
        c = getc(f);
      }
    }
    record_end_field(r);
    if (c == ',') {
      c = getc(f);
      continue;
    }
    if (c == '\n')
      (*line)++;
    return 1; /* '\n' or EOF ends the record */
  }
}

/* Writes field s as one line: white space runs -> one space, trimmed;
** returns the normalised text in out (reset first). */
static void normalise(const char *s, buf_t *out) {
  out->n = 0;
  buf_put(out, '\0');
  out->n = 0;
  int space = 0;
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
        c == '\f') {
      space = out->n > 0;
      continue;
    }
    if (space)
      buf_put(out, ' ');
    space = 0;
    buf_put(out, (char)c);
  }
}

/* `dsilver csv`: see the file comment.  Returns the exit status. */
static int cmd_csv(const char *column) {
  record_t r = {0};
  long line = 1;
  char err[256];
  int rc = csv_record(stdin, &r, &line, err, sizeof err);
  if (rc <= 0) {
    fprintf(stderr, "dsilver: %s\n",
            rc < 0 ? err : "empty input: no header row");
    return 1;
  }
  size_t nhead = r.nfields, col = nhead;
  for (size_t i = 0; i < nhead; i++)
    if (!strcmp(r.bytes.p + r.start[i], column)) {
      col = i;
      break;
    }
  if (col == nhead) {
    fprintf(stderr, "dsilver: line 1: no column \"%s\" in the header (",
            column);
    for (size_t i = 0; i < nhead; i++)
      fprintf(stderr, "%s\"%s\"", i ? ", " : "", r.bytes.p + r.start[i]);
    fprintf(stderr, ")\n");
    free(r.bytes.p);
    free(r.start);
    return 1;
  }
  strset_t seen = {0};
  buf_t text = {0};
  size_t nrec = 0, nout = 0, ndup = 0, nempty = 0;
  int status = 0;
  while ((rc = csv_record(stdin, &r, &line, err, sizeof err)) > 0) {
    if (r.nfields != nhead) {
      fprintf(stderr,
              "dsilver: line %ld: record has %zu fields, the header %zu\n",
              r.line, r.nfields, nhead);
      status = 1;
      break;
    }
    nrec++;
    normalise(r.bytes.p + r.start[col], &text);
    if (text.n == 0) {
      nempty++;
      continue;
    }
    if (!strset_add(&seen, text.p, text.n)) {
      ndup++;
      continue;
    }
    fwrite(text.p, 1, text.n, stdout);
    putchar('\n');
    nout++;
  }
  if (rc < 0) {
    fprintf(stderr, "dsilver: %s\n", err);
    status = 1;
  }
  if (!status)
    fprintf(stderr,
            "dsilver csv: %zu records, %zu stories written, %zu repeated, %zu "
            "empty\n",
            nrec, nout, ndup, nempty);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "dsilver: write error\n");
    status = 1;
  }
  strset_free(&seen);
  free(text.p);
  free(r.bytes.p);
  free(r.start);
  return status;
}

/* ---- sentence selection ---- */

/* Returns field k (0-based) of a tab-separated CoNLL-U token line in
** [*s, *s + *n); 0 when the line has fewer fields. */
static int conllu_field(const char *line, int k, const char **s, size_t *n) {
  const char *p = line;
  for (int i = 0; i < k; i++) {
    p = strchr(p, '\t');
    if (!p)
      return 0;
    p++;
  }
  const char *e = strchr(p, '\t');
  *s = p;
  *n = e ? (size_t)(e - p) : strlen(p);
  return 1;
}

static int has_sub(const char *s, size_t n, const char *sub) {
  size_t m = strlen(sub);
  for (size_t i = 0; i + m <= n; i++)
    if (!strncmp(s + i, sub, m))
      return 1;
  return 0;
}

/* Whether a word form is tokenisation junk: markup or template characters,
** a URL, more than 30 bytes. */
static int junk_form(const char *s, size_t n) {
  if (n > 30)
    return 1;
  for (size_t i = 0; i < n; i++)
    if (strchr("{}<>|#@\\_~^*=[]", s[i]))
      return 1;
  return has_sub(s, n, "http") || has_sub(s, n, "www.");
}

static int closer(const char *s, size_t n) {
  return (n == 1 && strchr("\"')]", s[0])) ||
         (n == 3 && !memcmp(s, "\xe2\x80\x9d", 3)) ||
         (n == 3 && !memcmp(s, "\xe2\x80\x99", 3)) ||
         (n == 2 && !memcmp(s, "''", 2));
}

/* One sentence of CoNLL-U: its lines (comments and tokens). */
typedef struct {
  char **line;
  size_t n, cap;
} sent_t;

/* Whether the sentence passes the selection of the file comment; *words
** gets its word count.  *text points into its "# text = " line. */
static int keep_sentence(const sent_t *st, int minw, int maxw, size_t *words,
                         const char **text) {
  size_t nw = 0;
  int verb = 0, junk = 0;
  const char *first = NULL, *last = NULL, *prev = NULL;
  size_t nfirst = 0, nlast = 0, nprev = 0;
  *text = NULL;
  for (size_t i = 0; i < st->n; i++) {
    const char *l = st->line[i];
    if (l[0] == '#') {
      if (!strncmp(l, "# text = ", 9))
        *text = l + 9;
      continue;
    }
    const char *id, *form, *upos;
    size_t nid, nform, nupos;
    if (!conllu_field(l, 0, &id, &nid) || !conllu_field(l, 1, &form, &nform) ||
        !conllu_field(l, 3, &upos, &nupos))
      return 0;
    if (memchr(id, '-', nid) || memchr(id, '.', nid))
      continue;
    nw++;
    if ((nupos == 4 && !memcmp(upos, "VERB", 4)) ||
        (nupos == 3 && !memcmp(upos, "AUX", 3)))
      verb = 1;
    if (junk_form(form, nform))
      junk = 1;
    if (!first) {
      first = form;
      nfirst = nform;
    }
    if (!closer(form, nform)) {
      prev = form;
      nprev = nform;
    }
    last = form;
    nlast = nform;
  }
  *words = nw;
  (void)last;
  (void)nlast;
  if (!*text || nw < (size_t)minw || nw > (size_t)maxw || !verb || junk)
    return 0;
  if (strstr(*text, "SYNTHETIC"))
    return 0;
  unsigned char f0 = (unsigned char)first[0];
  if (!((f0 >= 'A' && f0 <= 'Z') || (f0 >= '0' && f0 <= '9') || f0 == '"' ||
        f0 == '\'' || (nfirst >= 3 && !memcmp(first, "\xe2\x80\x9c", 3))))
    return 0;
  if (!prev || !strchr(".!?", prev[nprev - 1]))
    return 0;
  return 1;
}

/* Reads one line of f into b (without its '\n'); returns 0 at end of input. */
static int read_line(FILE *f, buf_t *b) {
  b->n = 0;
  buf_put(b, '\0');
  b->n = 0;
  int c, any = 0;
  while ((c = getc(f)) != EOF) {
    any = 1;
    if (c == '\n')
      break;
    buf_put(b, (char)c);
  }
  return any;
}

/* `dsilver select`: see the file comment.  Returns the exit status. */
static int cmd_select(int minw, int maxw, const char *prefix) {
  sent_t st = {0};
  buf_t l = {0};
  strset_t seen = {0};
  size_t nin = 0, nout = 0, wout = 0, ndup = 0;
  char *sent_id = NULL;
  int more = 1;
  while (more) {
    more = read_line(stdin, &l);
    if (more && l.n > 0) {
      if (st.n == st.cap) {
        st.cap = st.cap ? st.cap * 2 : 64;
        st.line = xrealloc(st.line, st.cap * sizeof *st.line);
      }
      st.line[st.n] = xrealloc(NULL, l.n + 1);
      memcpy(st.line[st.n], l.p, l.n + 1);
      st.n++;
      continue;
    }
    if (st.n == 0)
      continue;
    nin++;
    size_t nw;
    const char *text;
    if (keep_sentence(&st, minw, maxw, &nw, &text)) {
      if (!strset_add(&seen, text, strlen(text))) {
        ndup++;
      } else {
        nout++;
        wout += nw;
        for (size_t i = 0; i < st.n; i++) {
          const char *ln = st.line[i];
          if (!strncmp(ln, "# sent_id = ", 12)) {
            const char *c = strrchr(ln, ':');
            sent_id = xrealloc(sent_id, strlen(ln) + strlen(prefix) + 32);
            if (c)
              sprintf(sent_id, "# sent_id = %s-%s", prefix, c + 1);
            else
              sprintf(sent_id, "# sent_id = %s-%zu", prefix, nout);
            ln = sent_id;
          }
          fputs(ln, stdout);
          putchar('\n');
        }
        putchar('\n');
      }
    }
    for (size_t i = 0; i < st.n; i++)
      free(st.line[i]);
    st.n = 0;
  }
  fprintf(stderr,
          "dsilver select: %zu sentences read, %zu kept (%zu words), %zu "
          "repeated\n",
          nin, nout, wout, ndup);
  int status = 0;
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "dsilver: write error\n");
    status = 1;
  }
  free(sent_id);
  free(st.line);
  free(l.p);
  strset_free(&seen);
  return status;
}

static int usage(void) {
  fprintf(stderr, "usage: dsilver csv [--column NAME] < FILE.csv\n"
                  "       dsilver select [--min-words N] [--max-words N] "
                  "[--prefix P] < parsed.conllu\n");
  return 2;
}

/* Parses a positive int option value; -1 when it is not one. */
static int int_arg(const char *s) {
  char *e;
  long v = strtol(s, &e, 10);
  if (*e || v <= 0 || v > 100000)
    return -1;
  return (int)v;
}

int main(int argc, char **argv) {
  if (argc < 2)
    return usage();
  if (!strcmp(argv[1], "csv")) {
    const char *column = "text";
    for (int i = 2; i < argc; i++) {
      if (!strcmp(argv[i], "--column") && i + 1 < argc)
        column = argv[++i];
      else
        return usage();
    }
    return cmd_csv(column);
  }
  if (!strcmp(argv[1], "select")) {
    int minw = 5, maxw = 60;
    const char *prefix = "ngec";
    for (int i = 2; i < argc; i++) {
      if (!strcmp(argv[i], "--min-words") && i + 1 < argc)
        minw = int_arg(argv[++i]);
      else if (!strcmp(argv[i], "--max-words") && i + 1 < argc)
        maxw = int_arg(argv[++i]);
      else if (!strcmp(argv[i], "--prefix") && i + 1 < argc)
        prefix = argv[++i];
      else
        return usage();
      if (minw < 0 || maxw < 0)
        return usage();
    }
    return cmd_select(minw, maxw, prefix);
  }
  return usage();
}
