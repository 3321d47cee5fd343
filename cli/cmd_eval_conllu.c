/*
** cmd_eval_conllu.c — `sima eval-conllu GOLD PRED`: scores a predicted
** CoNLL-U file against a gold one with the same tokenization (UPOS, XPOS,
** lemma, UAS, LAS as the CoNLL 2018 shared task computes them).
*/
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char cmd_eval_conllu_summary[] = "score CoNLL-U against a gold file";
const char cmd_eval_conllu_help[] =
    "usage: sima eval-conllu [--json] GOLD.conllu PRED.conllu\n"
    "\n"
    "Compares two CoNLL-U files with the same words in the same order\n"
    "(gold tokenization) and prints the percentage of words with the right\n"
    "UPOS, XPOS, lemma, head (UAS) and head plus relation (LAS).  As in the\n"
    "CoNLL 2018 shared task, every word counts (punctuation included),\n"
    "multiword-token lines (1-2) and empty nodes (8.1) are ignored, and LAS\n"
    "compares only the universal part of the relation (nsubj:pass =\n"
    "nsubj).  Sentence boundaries need not agree.\n"
    "\n"
    "  --json   one JSON object instead of a table\n"
    "\n"
    "Exit: 0 ok, 1 unreadable or mismatched files, 2 usage.\n";

int cmd_eval_conllu(int argc, char **argv) {
  const char *paths[2] = {NULL, NULL};
  int np = 0, json = 0;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--json"))
      json = 1;
    else if (argv[i][0] == '-' && argv[i][1] != '\0')
      return cli_usage_error("eval-conllu", "unknown option '%s'", argv[i]);
    else if (np < 2)
      paths[np++] = argv[i];
    else
      return cli_usage_error("eval-conllu", "too many files");
  }
  if (np != 2)
    return cli_usage_error("eval-conllu", "need GOLD and PRED files");
  char *buf[2] = {NULL, NULL};
  sima_doc *doc[2] = {NULL, NULL};
  sima_syntax *syn[2] = {NULL, NULL};
  int rc = EXIT_OK;
  sima_error err = {0};
  for (int k = 0; k < 2; k++) {
    size_t len = 0;
    buf[k] = cli_slurp(paths[k], &len);
    if (!buf[k]) {
      fprintf(stderr, "sima eval-conllu: %s: cannot read\n", paths[k]);
      rc = EXIT_REJECTED;
      goto out;
    }
    if (sima_conllu_read(paths[k], buf[k], len, &doc[k], &syn[k], &err) !=
        SIMA_OK) {
      fprintf(stderr, "sima eval-conllu: %s\n", err.msg);
      rc = EXIT_REJECTED;
      goto out;
    }
  }
  sima_conllu_scores sc;
  memset(&sc, 0, sizeof sc);
  if (sima_conllu_compare(doc[0], syn[0], doc[1], syn[1], &sc, &err) !=
      SIMA_OK) {
    fprintf(stderr, "sima eval-conllu: %s vs %s: %s\n", paths[0], paths[1],
            err.msg);
    rc = EXIT_REJECTED;
    goto out;
  }
  double w = sc.words ? (double)sc.words : 1.0;
  double v[5] = {100.0 * (double)sc.upos / w, 100.0 * (double)sc.xpos / w,
                 100.0 * (double)sc.lemma / w, 100.0 * (double)sc.uas / w,
                 100.0 * (double)sc.las / w};
  if (json)
    printf("{\"words\":%llu,\"upos\":%.2f,\"xpos\":%.2f,\"lemma\":%.2f,"
           "\"uas\":%.2f,\"las\":%.2f}\n",
           (unsigned long long)sc.words, v[0], v[1], v[2], v[3], v[4]);
  else
    printf("words  %llu\nUPOS   %.2f\nXPOS   %.2f\nLemma  %.2f\nUAS    "
           "%.2f\nLAS    %.2f\n",
           (unsigned long long)sc.words, v[0], v[1], v[2], v[3], v[4]);
out:
  for (int k = 0; k < 2; k++) {
    sima_doc_free(doc[k]);
    free(buf[k]);
  }
  return rc;
}
