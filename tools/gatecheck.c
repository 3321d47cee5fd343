/*
** gatecheck.c — checks the repair gates (src/repair.c, repair_needs) on a
** corpus: every sentence of every document is parsed, and each repair the
** gates would skip there is run anyway; a repair that then changes the
** sentence has a gate that is not a true need.
**
**   gatecheck FILE     one document per line (as `sima code --lines`)
**
** Prints one line per offending sentence ("doc N sentence S: TEXT") and a
** summary "gatecheck: D documents, S sentences, B bad" on stderr; exits 1
** when B > 0 or on a pipeline error, 2 on a usage error.  Run from the
** repository root (models/ and data/).  test_pipeline runs the same check
** on the spec examples and the bundled articles.
*/
#include "repair.h"
#include "sima.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: gatecheck FILE\n");
    return 2;
  }
  FILE *f = fopen(argv[1], "r");
  if (!f) {
    fprintf(stderr, "gatecheck: %s: cannot open\n", argv[1]);
    return 2;
  }
  sima_error err;
  sima_pipeline *p = sima_pipeline_new(NULL, &err);
  if (!p) {
    fprintf(stderr, "gatecheck: %s\n", err.msg);
    fclose(f);
    return 1;
  }
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  unsigned long ndocs = 0, nsents = 0, bad = 0;
  int rc = 0;
  while ((len = getline(&line, &cap, f)) >= 0) {
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
      line[--len] = '\0';
    sima_doc *doc =
        sima_doc_new(line, (size_t)len, "g", "2025-11-30", NULL, NULL);
    /* every sentence parsed (PARSE alone), then coded (repairs) */
    if (!doc || sima_pipeline_run(p, doc, SIMA_STAGE_PARSE, &err) ||
        sima_pipeline_run(p, doc, SIMA_STAGE_ALL, &err)) {
      fprintf(stderr, "gatecheck: %s: line %lu: %s\n", argv[1], ndocs + 1,
              doc ? err.msg : "out of memory");
      sima_doc_free(doc);
      rc = 1;
      break;
    }
    for (uint32_t s = 0; s < doc->nsents; s++) {
      const sima_sentence *se = &doc->sents[s];
      nsents++;
      if (repair_check_gates(doc, se->first, se->count) == 0)
        continue;
      bad++;
      uint32_t a = doc->tokens[se->first].off;
      uint32_t b = doc->tokens[se->first + se->count - 1].off +
                   doc->tokens[se->first + se->count - 1].len;
      printf("doc %lu sentence %u: %.*s\n", ndocs + 1, s, (int)(b - a),
             doc->text + a);
    }
    sima_doc_free(doc);
    ndocs++;
  }
  free(line);
  fclose(f);
  sima_pipeline_free(p);
  fprintf(stderr, "gatecheck: %lu documents, %lu sentences, %lu bad\n", ndocs,
          nsents, bad);
  return rc ? rc : bad ? 1 : 0;
}
