/*
** test_reader.c — the reader: JSONL records and their errors, plain text,
** --lines, titles, dates, bad bytes, limits, and the chunked-feed property.
*/
#include "harness.h"
#include "sima.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char warned[1024];
static int nwarn;
static void on_warn(void *ud, const char *msg) {
  (void)ud;
  nwarn++;
  snprintf(warned, sizeof warned, "%s", msg);
}

/* Reads all documents of buf; records ids, statuses and messages. */
typedef struct result {
  int ndocs, nerr;
  char ids[16][64];
  char dates[16][16];
  char texts[16][256];
  char errs[8][256];
  size_t title_len[16];
} result;

static void read_mem(const char *name, const char *buf, size_t len,
                     sima_reader_opts *opts, result *r) {
  memset(r, 0, sizeof *r);
  sima_error err = {0};
  opts->warn = on_warn;
  sima_reader *rd = sima_reader_new(opts, &err);
  if (!rd) {
    snprintf(r->errs[r->nerr++], 256, "%.250s", err.msg);
    return;
  }
  if (sima_reader_open_mem(rd, name, buf, len, &err) != SIMA_OK) {
    snprintf(r->errs[r->nerr++], 256, "%.250s", err.msg);
    sima_reader_free(rd);
    return;
  }
  for (;;) {
    sima_doc *d = NULL;
    sima_status st = sima_reader_next(rd, &d, &err);
    if (st == SIMA_DONE)
      break;
    if (st != SIMA_OK) {
      if (r->nerr < 8)
        snprintf(r->errs[r->nerr], 256, "%.250s", err.msg);
      r->nerr++;
      continue;
    }
    if (r->ndocs < 16) {
      snprintf(r->ids[r->ndocs], 64, "%s", d->id);
      snprintf(r->dates[r->ndocs], 16, "%s", d->date ? d->date : "-");
      snprintf(r->texts[r->ndocs], 256, "%s", d->text);
      r->title_len[r->ndocs] = d->title_len;
    }
    r->ndocs++;
    sima_doc_free(d);
  }
  sima_reader_free(rd);
}

TEST(jsonl_records_and_errors) {
  const char *in =
      "{\"id\":\"a1\",\"date\":\"2025-07-01\",\"title\":\"Hi\",\"text\":\"Body "
      "one.\",\"source\":\"X\",\"url\":\"http://x\"}\n"
      "\n"
      "{\"text\":\"no id\"}\r\n"
      "{not json}\n"
      "{\"id\":7,\"text\":\"numeric id\",\"date\":\"2025-02-30\"}\n"
      "{\"id\":\"x\"}\n"
      "[1,2]\n"
      "{\"id\":\"t\",\"text\":\"ts\",\"date\":\"2024-01-02T10:00:00Z\"}\n";
  sima_reader_opts o = {0};
  o.input = SIMA_INPUT_JSONL;
  result r;
  nwarn = 0;
  read_mem("news.jsonl", in, strlen(in), &o, &r);
  INT_EQ(r.ndocs, 4);
  INT_EQ(r.nerr, 3);
  STR_EQ(r.ids[0], "a1");
  STR_EQ(r.dates[0], "2025-07-01");
  STR_EQ(r.texts[0], "Hi\n\nBody one.");
  INT_EQ(r.title_len[0], 2);
  STR_EQ(r.ids[1], "news.jsonl:3");
  STR_EQ(r.texts[1], "no id");
  STR_EQ(r.ids[2], "7");
  STR_EQ(r.dates[2], "-"); /* 2025-02-30 is no date: warned, unknown */
  OK(nwarn == 1 && strstr(warned, "news.jsonl:5"), "bad date warned");
  STR_EQ(r.dates[3], "2024-01-02");
  OK(strstr(r.errs[0], "news.jsonl:4: invalid JSON") != NULL, r.errs[0]);
  OK(strstr(r.errs[1], "news.jsonl:6: the record has no \"text\"") != NULL,
     r.errs[1]);
  OK(strstr(r.errs[2], "news.jsonl:7: a record must be a JSON object") != NULL,
     r.errs[2]);
}

TEST(default_date) {
  const char *in = "{\"text\":\"a\"}\n{\"text\":\"b\",\"date\":\"2020-01-01\"}\n";
  sima_reader_opts o = {0};
  o.input = SIMA_INPUT_JSONL;
  o.date = "2025-06-01";
  result r;
  read_mem("d.jsonl", in, strlen(in), &o, &r);
  STR_EQ(r.dates[0], "2025-06-01");
  STR_EQ(r.dates[1], "2020-01-01");
  o.date = "2025-13-01";
  read_mem("d.jsonl", in, strlen(in), &o, &r);
  OK(r.nerr == 1 && strstr(r.errs[0], "invalid date"), "bad --date refused");
}

TEST(text_lines_and_whole) {
  const char *in = "\xEF\xBB\xBF" "First doc.\r\n\r\nSecond doc.\n";
  sima_reader_opts o = {0};
  o.input = SIMA_INPUT_TEXT;
  o.lines = 1;
  result r;
  read_mem("a.txt", in, strlen(in), &o, &r);
  INT_EQ(r.ndocs, 2);
  STR_EQ(r.ids[0], "a.txt:1");
  STR_EQ(r.ids[1], "a.txt:3");
  STR_EQ(r.texts[1], "Second doc.");
  o.lines = 0;
  read_mem("a.txt", in, strlen(in), &o, &r);
  INT_EQ(r.ndocs, 1);
  STR_EQ(r.ids[0], "a.txt");
}

TEST(title_detection) {
  const char *in = "China Warns Taiwan\n\nBEIJING - China warned. More.\n";
  sima_reader_opts o = {0};
  o.input = SIMA_INPUT_TEXT;
  result r;
  read_mem("a.txt", in, strlen(in), &o, &r);
  INT_EQ(r.title_len[0], 18);
  const char *no = "A sentence that ends.\n\nAnother.\n";
  read_mem("b.txt", no, strlen(no), &o, &r);
  INT_EQ(r.title_len[0], 0);
  o.no_title = 1;
  read_mem("a.txt", in, strlen(in), &o, &r);
  INT_EQ(r.title_len[0], 0);
}

TEST(bad_bytes) {
  const char in[] = "Bad \xFF byte and a NUL\0here.";
  sima_reader_opts o = {0};
  o.input = SIMA_INPUT_TEXT;
  result r;
  nwarn = 0;
  read_mem("bad.txt", in, sizeof in - 1, &o, &r);
  INT_EQ(r.ndocs, 1);
  STR_EQ(r.texts[0], "Bad \xEF\xBF\xBD byte and a NUL here.");
  INT_EQ(nwarn, 1); /* one warning per document */
  OK(strstr(warned, "bad.txt") && strstr(warned, "byte 4"), warned);
}

TEST(nfc) {
  /* e + combining acute -> precomposed e-acute */
  const char in[] = "Caf\x65\xCC\x81 talks";
  sima_reader_opts o = {0};
  o.input = SIMA_INPUT_TEXT;
  result r;
  read_mem("n.txt", in, sizeof in - 1, &o, &r);
  STR_EQ(r.texts[0], "Caf\xC3\xA9 talks");
}

TEST(empty_binary_and_limits) {
  sima_reader_opts o = {0};
  result r;
  read_mem("empty.txt", "", 0, &o, &r);
  OK(r.nerr == 1 && strstr(r.errs[0], "empty.txt: empty input"), r.errs[0]);
  char bin[512];
  for (size_t i = 0; i < sizeof bin; i++)
    bin[i] = (char)(i % 7 ? i % 32 : 0);
  read_mem("x.bin", bin, sizeof bin, &o, &r);
  OK(r.nerr == 1 && strstr(r.errs[0], "binary"), r.errs[0]);
  o.input = SIMA_INPUT_TEXT;
  o.lines = 1;
  o.max_doc_bytes = 10;
  const char *in = "short\nthis line is far too long\nok\n";
  read_mem("l.txt", in, strlen(in), &o, &r);
  INT_EQ(r.ndocs, 2);
  OK(r.nerr == 1 && strstr(r.errs[0], "l.txt:2: line longer than 10"),
     r.errs[0]);
  read_mem("w.txt", "   \n  ", 6, &(sima_reader_opts){0}, &r);
  OK(r.nerr == 1 && strstr(r.errs[0], "no text"), r.errs[0]);
}

TEST(files) {
  sima_error err;
  sima_reader *rd = sima_reader_new(NULL, &err);
  OK(sima_reader_open(rd, "/nonexistent/x.txt", &err) == SIMA_ERR_IO, "missing");
  OK(strstr(err.msg, "/nonexistent/x.txt: cannot open") != NULL, err.msg);
  OK(sima_reader_open(rd, "/tmp", &err) == SIMA_ERR_IO, "directory");
  OK(strstr(err.msg, "is a directory") != NULL, err.msg);
  sima_reader_free(rd);
}

/* Tokens of every document, serialised, for comparing two reads. */
static size_t serial(const char *buf, size_t len, size_t chunk, char *out,
                     size_t cap) {
  sima_reader_opts o = {0};
  o.input = SIMA_INPUT_JSONL;
  o.chunk = chunk;
  sima_error err;
  sima_reader *rd = sima_reader_new(&o, &err);
  sima_reader_open_mem(rd, "c.jsonl", buf, len, &err);
  size_t n = 0;
  sima_doc *d;
  sima_status st;
  while ((st = sima_reader_next(rd, &d, &err)) != SIMA_DONE) {
    if (st != SIMA_OK)
      continue;
    sima_tokenize(d, &err);
    sima_split(d, &err);
    for (uint32_t k = 0; k < d->ntokens && n + 64 < cap; k++)
      n += (size_t)snprintf(out + n, cap - n, "%s:%u:%u:%s|", d->id,
                            d->tokens[k].off, d->tokens[k].len,
                            d->tokens[k].norm);
    for (uint32_t s = 0; s < d->nsents && n + 32 < cap; s++)
      n += (size_t)snprintf(out + n, cap - n, "S%u+%u|", d->sents[s].first,
                            d->sents[s].count);
    sima_doc_free(d);
  }
  sima_reader_free(rd);
  return n;
}

TEST(chunked_feed_same_tokens) {
  char in[8192];
  size_t n = 0;
  for (int i = 0; i < 30; i++)
    n += (size_t)snprintf(in + n, sizeof in - n,
                          "{\"id\":\"d%d\",\"text\":\"Mr. Xi met the U.S. "
                          "envoy on Jan. %d. \\u201cWe agree,\\u201d he said. "
                          "China\\u2019s $400m deal\"}\n",
                          i, i + 1);
  static char a[1 << 16], b[1 << 16];
  size_t na = serial(in, n, 0, a, sizeof a);
  static const size_t chunks[] = {1, 2, 3, 7, 64, 1000};
  for (size_t c = 0; c < sizeof chunks / sizeof chunks[0]; c++) {
    size_t nb = serial(in, n, chunks[c], b, sizeof b);
    if (na != nb || memcmp(a, b, na) != 0)
      FAILF("chunk size %zu gives different tokens", chunks[c]);
  }
  OK(na > 1000, "tokens were produced");
}

int main(void) {
  RUN(jsonl_records_and_errors);
  RUN(default_date);
  RUN(text_lines_and_whole);
  RUN(title_detection);
  RUN(bad_bytes);
  RUN(nfc);
  RUN(empty_binary_and_limits);
  RUN(files);
  RUN(chunked_feed_same_tokens);
  return harness_done();
}
