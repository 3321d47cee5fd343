/*
** cmd_parse.c — `sima parse`: tags, lemmatizes and parses articles (or a
** tokenized CoNLL-U file) and writes CoNLL-U with byte spans in MISC.
*/
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char cmd_parse_summary[] = "tag, lemmatize and parse; write CoNLL-U";
const char cmd_parse_help[] =
    "usage: sima parse [--model DIR] [--parser dense|sparse]\n"
    "                  [--input text|jsonl|conllu] [--lines]\n"
    "                  [--date YYYY-MM-DD] [--no-title] [--stats] [--quiet]\n"
    "                  FILE...|-\n"
    "\n"
    "Reads articles (plain text or JSONL), tokenizes and splits them, then\n"
    "tags (UPOS, XPOS), lemmatizes and dependency-parses every sentence and\n"
    "writes CoNLL-U: one block per sentence with `# sent_id` and `# text`,\n"
    "and MISC holding TokenRange=START:END (byte span in the document\n"
    "text) and SpaceAfter=No.\n"
    "\n"
    "With --input conllu the input is already tokenized CoNLL-U: its words\n"
    "and sentences are kept, its annotations ignored and predicted afresh\n"
    "(for evaluation with `sima eval-conllu`).\n"
    "\n"
    "  --model DIR   directory holding tagger.bin, lemma.bin, parser.bin\n"
    "                (default: the models/ shipped with sima)\n"
    "  --parser dense|sparse  the dependency parser: dense (dparser.bin,\n"
    "                the default) or sparse (parser.bin); the same as the\n"
    "                environment variable SIMA_PARSER\n"
    "  --stats       print documents, sentences, sentences/s, peak RSS and\n"
    "                the model load time to stderr\n"
    "  --quiet       write nothing (with --stats: a benchmark)\n"
    "\n"
    "Exit: 0 ok, 1 some input rejected, 2 usage or unreadable model.\n";

typedef struct prun {
  const sima_model *m;
  int quiet, failed;
  cli_stats stats;
} prun;

static int parse_one(void *ud, sima_doc *doc) {
  prun *r = ud;
  sima_error err = {0};
  if (!doc->tokens &&
      (sima_tokenize(doc, &err) != SIMA_OK || sima_split(doc, &err) != SIMA_OK)) {
    fprintf(stderr, "sima parse: %s\n", err.msg);
    r->failed = 1;
    return 0;
  }
  if (sima_parse_doc(r->m, doc, &err) != SIMA_OK) {
    fprintf(stderr, "sima parse: %s\n", err.msg);
    r->failed = 1;
    return 0;
  }
  r->stats.docs++;
  r->stats.bytes += doc->len;
  r->stats.sentences += doc->nsents;
  r->stats.tokens += doc->ntokens;
  if (!r->quiet)
    sima_conllu_write(stdout, doc);
  return 0;
}

static int parse_conllu(prun *r, cli_reading *rd) {
  static char dash[] = "-";
  static char *stdin_only[] = {dash};
  char **files = rd->nfiles ? rd->files : stdin_only;
  int n = rd->nfiles ? rd->nfiles : 1, rc = EXIT_OK;
  for (int f = 0; f < n; f++) {
    size_t len = 0;
    char *buf = cli_slurp(files[f], &len);
    if (!buf) {
      fprintf(stderr, "sima parse: %s: cannot read\n", files[f]);
      rc = EXIT_REJECTED;
      continue;
    }
    sima_doc *doc = NULL;
    sima_error err = {0};
    if (sima_conllu_read(files[f], buf, len, &doc, NULL, &err) != SIMA_OK) {
      fprintf(stderr, "sima parse: %s\n", err.msg);
      rc = EXIT_REJECTED;
    } else {
      parse_one(r, doc);
      sima_doc_free(doc);
    }
    free(buf);
  }
  return rc;
}

int cmd_parse(int argc, char **argv) {
  prun r;
  memset(&r, 0, sizeof r);
  const char *model_dir = NULL;
  int want_stats = 0;
  cli_reading rd;
  memset(&rd, 0, sizeof rd);
  char **files = argv + 1;
  int nfiles = 0;
  for (int i = 1; i < argc; i++) {
    int c = cli_reading_flag("parse", &rd, argc, argv, &i);
    if (c < 0)
      return EXIT_USAGE;
    if (c)
      continue;
    if ((c = cli_parser_flag("parse", argc, argv, &i)) < 0)
      return EXIT_USAGE;
    if (c)
      continue;
    if (!strcmp(argv[i], "--model")) {
      if (i + 1 >= argc)
        return cli_usage_error("parse", "--model needs a directory");
      model_dir = argv[++i];
    } else if (!strcmp(argv[i], "--stats")) {
      want_stats = 1;
    } else if (!strcmp(argv[i], "--quiet")) {
      r.quiet = 1;
    } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
      return cli_usage_error("parse", "unknown option '%s'", argv[i]);
    } else {
      files[nfiles++] = argv[i];
    }
  }
  rd.files = files;
  rd.nfiles = nfiles;
  if (!model_dir)
    model_dir = cli_data_path("models");
  char mdir[4096];
  snprintf(mdir, sizeof mdir, "%s", model_dir);
  sima_error err = {0};
  double t0 = cli_now();
  sima_model *m = sima_model_load(mdir, &err);
  double load_ms = (cli_now() - t0) * 1000.0;
  if (!m) {
    fprintf(stderr, "sima parse: %s\n", err.msg);
    return EXIT_USAGE;
  }
  r.m = m;
  cli_stats_start(&r.stats);
  int rc = rd.opts.input == SIMA_INPUT_CONLLU
               ? parse_conllu(&r, &rd)
               : cli_read_all("parse", &rd, parse_one, &r);
  if (want_stats) {
    fprintf(stderr, "stats: model_load_ms=%.1f\n", load_ms);
    cli_stats_print("parse", &r.stats);
  }
  sima_model_free(m);
  if (fflush(stdout) != 0) {
    fprintf(stderr, "sima parse: write error on standard output\n");
    return EXIT_REJECTED;
  }
  return rc != EXIT_OK ? rc : (r.failed ? EXIT_REJECTED : EXIT_OK);
}
