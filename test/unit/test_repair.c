/*
** test_repair.c — the parse repairs (src/repair.c) on hand-written
** misparses read from CoNLL-U: each repaired sentence gets the heads and
** relations the rule promises; a sentence the pipeline did not parse is
** left alone; the tree check rejects cycles and heads outside the
** sentence; every repair has a name for --explain.
*/
#include "harness.h"
#include "repair.h"
#include "sima.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Reads one CoNLL-U sentence, installs its annotations as doc->syn and
** returns the repaired copy (heads relative to the sentence: 1-based, 0
** for the root) in heads/rels; *fired gets repair_sentence's mask. */
static sima_doc *run(const char *conllu, int32_t *heads, unsigned *rels,
                     uint32_t *n, uint64_t *fired) {
  sima_doc *doc = NULL;
  sima_syntax *gold = NULL;
  sima_error err = {0};
  if (sima_conllu_read("t.conllu", conllu, strlen(conllu), &doc, &gold, &err) !=
      SIMA_OK) {
    FAILF("conllu: %s", err.msg);
    return NULL;
  }
  doc->syn = gold;
  sima_syntax *y = malloc(doc->ntokens * sizeof *y);
  memcpy(y, gold, doc->ntokens * sizeof *y);
  *fired = repair_sentence(doc, y, 0, doc->ntokens);
  *n = doc->ntokens;
  for (uint32_t i = 0; i < doc->ntokens; i++) {
    heads[i] = y[i].head + 1;
    rels[i] = y[i].deprel;
  }
  free(y);
  return doc;
}

static unsigned rel(const char *name) {
  for (unsigned r = 0; r < SIMA_NDEP; r++)
    if (sima_deprel_name(r) && !strcmp(sima_deprel_name(r), name))
      return r;
  return 0;
}

/* The bit of the named repair in a fired mask (0 if unknown). */
static uint64_t bit(const char *name) {
  for (unsigned i = 0; i < repair_count(); i++)
    if (!strcmp(repair_name(i), name))
      return (uint64_t)1 << i;
  return 0;
}

TEST(present_verb) {
  /* "reject" misread as the auxiliary of "proposed" */
  const char *c = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                  "2\trebels\trebel\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
                  "3\treject\treject\tVERB\tVBP\t_\t4\taux\t_\t_\n"
                  "4\tproposed\tpropose\tVERB\tVBN\t_\t0\troot\t_\t_\n"
                  "5\tgovernment\tgovernment\tNOUN\tNN\t_\t6\tcompound\t_\t_\n"
                  "6\treforms\treform\tNOUN\tNNS\t_\t4\tobj\t_\t_\n"
                  "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  uint64_t fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 7);
  INT_EQ(h[2], 0); /* reject is the root */
  OK(r[2] == rel("root"), "reject: root");
  INT_EQ(h[1], 3); /* rebels --nsubj--> reject */
  INT_EQ(h[5], 3); /* reforms --obj--> reject */
  OK(r[5] == rel("obj"), "reforms: obj");
  INT_EQ(h[3], 6); /* proposed --amod--> reforms */
  OK(r[3] == rel("amod"), "proposed: amod");
  OK(fired & bit("present_verb"), "present_verb named as fired");
  sima_doc_free(d);
}

TEST(time_clause) {
  /* the reported clause hung on the time word */
  const char *c = "1\tMubarak\tMubarak\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                  "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\tWednesday\tWednesday\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
                  "4\tthat\tthat\tSCONJ\tIN\t_\t8\tmark\t_\t_\n"
                  "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
                  "6\tUS\tUS\tPROPN\tNNP\t_\t8\tnsubj\t_\t_\n"
                  "7\tmust\tmust\tAUX\tMD\t_\t8\taux\t_\t_\n"
                  "8\thelp\thelp\tVERB\tVB\t_\t3\tccomp\t_\t_\n"
                  "9\tIsrael\tIsrael\tPROPN\tNNP\t_\t8\tobj\t_\t_\n"
                  "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  uint64_t fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[7], 2); /* help --ccomp--> said */
  OK(r[7] == rel("ccomp"), "help: ccomp");
  OK(fired & bit("time_clause"), "time_clause named as fired");
  OK(!(fired >> REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(untouched) {
  /* a well-formed parse: no repair fires */
  const char *c = "1\tChina\tChina\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                  "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\tTaiwan\tTaiwan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                  "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[8];
  unsigned r[8];
  uint32_t n;
  uint64_t fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ((long)fired, 0);
  INT_EQ(h[0], 2);
  INT_EQ(h[2], 2);
  /* a sentence the pipeline did not parse (relations 0) is left alone */
  sima_syntax *y = malloc(d->ntokens * sizeof *y);
  memcpy(y, d->syn, d->ntokens * sizeof *y);
  for (uint32_t i = 0; i < d->ntokens; i++) {
    y[i].head = -1;
    y[i].deprel = 0;
  }
  INT_EQ((long)repair_sentence(d, y, 0, d->ntokens), 0);
  OK(y[0].head == -1 && y[2].deprel == 0, "unparsed sentence unchanged");
  free(y);
  sima_doc_free(d);
}

TEST(tree_check) {
  sima_syntax y[4];
  memset(y, 0, sizeof y);
  y[0].head = 1;
  y[1].head = -1;
  y[2].head = 1;
  y[3].head = 2;
  OK(repair_is_tree(y, 0, 4), "a tree");
  y[1].head = 3; /* 1 -> 3 -> 2 -> 1 */
  OK(!repair_is_tree(y, 0, 4), "a cycle");
  y[1].head = 1;
  OK(!repair_is_tree(y, 0, 4), "a self-loop");
  y[1].head = -1;
  y[3].head = 7;
  OK(!repair_is_tree(y, 0, 4), "a head outside the sentence");
  y[3].head = 2;
  OK(repair_is_tree(y, 1, 3), "a tree in tokens 1..3");
  y[3].head = 0;
  OK(!repair_is_tree(y, 1, 3), "a head before the sentence");
}

TEST(names) {
  unsigned n = repair_count();
  OK(n > 20 && n < 63, "a table of repairs");
  for (unsigned i = 0; i < n; i++) {
    OK(repair_name(i) && repair_name(i)[0], "named");
    for (unsigned j = 0; j < i; j++)
      if (!strcmp(repair_name(i), repair_name(j)))
        FAILF("repair name %s twice", repair_name(i));
  }
  OK(repair_name(n) == NULL, "past the end");
  STR_EQ(repair_name(REPAIR_REVERTED_BIT), "reverted");
}

int main(void) {
  RUN(present_verb);
  RUN(time_clause);
  RUN(untouched);
  RUN(tree_check);
  RUN(names);
  return harness_done();
}
