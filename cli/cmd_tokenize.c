/*
** cmd_tokenize.c — `sima tokenize` and `sima sentences`: the inspection
** tools for the first stages (reader, normalisation, tokenizer, splitter).
*/
#include "cli.h"

#include <stdio.h>
#include <string.h>

const char cmd_tokenize_summary[] = "print one record per token";
const char cmd_tokenize_help[] =
    "usage: sima tokenize [--format jsonl|tsv] [--lines] [--input text|jsonl]\n"
    "                     [--date YYYY-MM-DD] [--no-title] FILE...|-\n"
    "\n"
    "Reads articles and prints every token with its document, sentence,\n"
    "byte span [start, end) into the document text, kind and folded form.\n"
    "\n"
    "  --format jsonl|tsv  output format (default jsonl; tsv has a header)\n"
    "  --lines             plain text: one document per line\n"
    "  --input text|jsonl|petrxml  input form (default: by extension: .jsonl,\n"
    "                      .xml for PETRARCH XML; or sniffed)\n"
    "  --date YYYY-MM-DD   document date when the record has none\n"
    "  --no-title          take no title from the text: neither a first line\n"
    "                      nor a headline in title case glued to the body\n"
    "  --stats             print documents, bytes, sentences, MB/s,\n"
    "                      sentences/s and peak RSS to stderr\n"
    "  --quiet             print no records (with --stats: a benchmark)\n"
    "\n"
    "Exit: 0 ok, 1 some input rejected (reported with file:line), 2 usage.\n";

const char cmd_sentences_summary[] = "print one record per sentence";
const char cmd_sentences_help[] =
    "usage: sima sentences [--format jsonl|tsv] [--lines] [--input text|jsonl]\n"
    "                      [--date YYYY-MM-DD] [--no-title] FILE...|-\n"
    "\n"
    "Reads articles and prints every sentence with its document, index,\n"
    "kind (title, dateline, body), byte span [start, end) and text.\n"
    "Flags as for `sima tokenize`.\n"
    "\n"
    "Exit: 0 ok, 1 some input rejected (reported with file:line), 2 usage.\n";

typedef struct run {
  cli_format fmt;
  int tokens; /* 1: tokenize, 0: sentences */
  int header_done;
  int failed;
  int quiet;
  cli_stats stats;
} run;

static void put_doc_id(FILE *o, const sima_doc *doc) {
  const char *id = doc->id ? doc->id : "";
  sima_json_write_str(o, id, strlen(id));
}

static int per_doc(void *ud, sima_doc *doc) {
  run *r = ud;
  sima_error err = {0};
  FILE *o = stdout;
  if (sima_tokenize(doc, &err) != SIMA_OK || sima_split(doc, &err) != SIMA_OK) {
    fprintf(stderr, "sima: %s\n", err.msg);
    r->failed = 1;
    return 0;
  }
  r->stats.docs++;
  r->stats.bytes += doc->len;
  r->stats.sentences += doc->nsents;
  r->stats.tokens += doc->ntokens;
  if (r->quiet)
    return 0;
  if (r->fmt == FMT_TSV && !r->header_done) {
    fputs(r->tokens ? "doc\tsentence\ttoken\tstart\tend\tkind\ttext\tnorm\n"
                    : "doc\tsentence\tkind\tstart\tend\ttokens\ttext\n",
          o);
    r->header_done = 1;
  }
  const char *id = doc->id ? doc->id : "";
  for (uint32_t s = 0; s < doc->nsents; s++) {
    const sima_sentence *se = &doc->sents[s];
    if (!r->tokens) {
      size_t a, b;
      sima_sentence_span(doc, s, &a, &b);
      if (r->fmt == FMT_TSV) {
        sima_tsv_write_field(o, id, strlen(id));
        fprintf(o, "\t%u\t%s\t%zu\t%zu\t%u\t", s, sima_sent_kind_name(se->kind),
                a, b, se->count);
        sima_tsv_write_field(o, doc->text + a, b - a);
        putc('\n', o);
      } else {
        fputs("{\"doc\":", o);
        put_doc_id(o, doc);
        fprintf(o, ",\"sentence\":%u,\"kind\":\"%s\",\"span\":[%zu,%zu],"
                   "\"tokens\":%u,\"date\":",
                s, sima_sent_kind_name(se->kind), a, b, se->count);
        if (doc->date)
          sima_json_write_str(o, doc->date, strlen(doc->date));
        else
          fputs("null", o);
        fputs(",\"text\":", o);
        sima_json_write_str(o, doc->text + a, b - a);
        fputs("}\n", o);
      }
      continue;
    }
    for (uint32_t k = se->first; k < se->first + se->count; k++) {
      const sima_token *t = &doc->tokens[k];
      if (r->fmt == FMT_TSV) {
        sima_tsv_write_field(o, id, strlen(id));
        fprintf(o, "\t%u\t%u\t%u\t%u\t%s\t", s, k, t->off, t->off + t->len,
                sima_tok_kind_name(t->kind));
        sima_tsv_write_field(o, doc->text + t->off, t->len);
        putc('\t', o);
        sima_tsv_write_field(o, t->norm, t->nnorm);
        putc('\n', o);
      } else {
        fputs("{\"doc\":", o);
        put_doc_id(o, doc);
        fprintf(o, ",\"sentence\":%u,\"token\":%u,\"span\":[%u,%u],\"kind\":\"%s\","
                   "\"text\":",
                s, k, t->off, t->off + t->len, sima_tok_kind_name(t->kind));
        sima_json_write_str(o, doc->text + t->off, t->len);
        if (t->nnorm != t->len || memcmp(t->norm, doc->text + t->off, t->len)) {
          fputs(",\"norm\":", o);
          sima_json_write_str(o, t->norm, t->nnorm);
        }
        fputs("}\n", o);
      }
    }
  }
  return 0;
}

static int run_cmd(const char *name, int tokens, int argc, char **argv) {
  run r;
  memset(&r, 0, sizeof r);
  r.fmt = FMT_JSONL;
  r.tokens = tokens;
  int want_stats = 0;
  cli_reading rd;
  memset(&rd, 0, sizeof rd);
  rd.files = argv + argc; /* filled below, kept in order */
  char **files = argv + 1;
  int nfiles = 0;
  for (int i = 1; i < argc; i++) {
    int c = cli_reading_flag(name, &rd, argc, argv, &i);
    if (c < 0)
      return EXIT_USAGE;
    if (c)
      continue;
    if (!strcmp(argv[i], "--format")) {
      if (i + 1 >= argc)
        return cli_usage_error(name, "--format needs a value");
      const char *v = argv[++i];
      if (!strcmp(v, "jsonl"))
        r.fmt = FMT_JSONL;
      else if (!strcmp(v, "tsv"))
        r.fmt = FMT_TSV;
      else
        return cli_usage_error(name, "--format '%s': want jsonl or tsv", v);
      continue;
    }
    if (!strcmp(argv[i], "--stats")) {
      want_stats = 1;
      continue;
    }
    if (!strcmp(argv[i], "--quiet")) {
      r.quiet = 1;
      continue;
    }
    if (argv[i][0] == '-' && argv[i][1] != '\0')
      return cli_usage_error(name, "unknown option '%s'", argv[i]);
    files[nfiles++] = argv[i];
  }
  rd.files = files;
  rd.nfiles = nfiles;
  cli_stats_start(&r.stats);
  int rc = cli_read_all(name, &rd, per_doc, &r);
  if (want_stats)
    cli_stats_print(name, &r.stats);
  if (fflush(stdout) != 0) {
    fprintf(stderr, "sima %s: write error on standard output\n", name);
    return EXIT_REJECTED;
  }
  return rc != EXIT_OK ? rc : (r.failed ? EXIT_REJECTED : EXIT_OK);
}

int cmd_tokenize(int argc, char **argv) {
  return run_cmd("tokenize", 1, argc, argv);
}

int cmd_sentences(int argc, char **argv) {
  return run_cmd("sentences", 0, argc, argv);
}
