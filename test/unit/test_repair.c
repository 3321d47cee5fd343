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

TEST(as_object) {
  /* the object after the as-predicate hung on the predicate */
  const char *c = "1\tGreece\tGreece\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                  "2\tcondemned\tcondemn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\tas\tas\tADP\tIN\t_\t2\txcomp\t_\t_\n"
                  "4\ta\ta\tDET\tDT\t_\t6\tdet\t_\t_\n"
                  "5\tgrave\tgrave\tNOUN\tNN\t_\t6\tcompound\t_\t_\n"
                  "6\tmistake\tmistake\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
                  "7\tTurkey\tTurkey\tPROPN\tNNP\t_\t9\tnmod:poss\t_\t_\n"
                  "8\t's\t's\tPART\tPOS\t_\t7\tcase\t_\t_\n"
                  "9\tdecision\tdecision\tNOUN\tNN\t_\t6\tnmod\t_\t_\n"
                  "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  uint64_t fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[8], 2); /* decision --obj--> condemned */
  OK(r[8] == rel("obj"), "decision: obj");
  INT_EQ(h[5], 2); /* mistake --obl--> condemned */
  OK(r[5] == rel("obl"), "mistake: obl");
  INT_EQ(h[2], 6); /* as --case--> mistake */
  OK(r[2] == rel("case"), "as: case");
  INT_EQ(h[6], 9); /* Turkey stays the possessor of decision */
  OK(fired & bit("as_object"), "as_object named as fired");
  OK(!(fired >> REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(cond_clause) {
  /* the condition of the reported clause hung on "said" */
  const char *c = "1\tRussia\tRussia\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
                  "2\tcould\tcould\tAUX\tMD\t_\t3\taux\t_\t_\n"
                  "3\tcut\tcut\tVERB\tVB\t_\t11\tccomp\t_\t_\n"
                  "4\tsupplies\tsupply\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
                  "5\tif\tif\tSCONJ\tIN\t_\t7\tmark\t_\t_\n"
                  "6\tKiev\tKiev\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"
                  "7\tfails\tfail\tVERB\tVBZ\t_\t11\tadvcl\t_\t_\n"
                  "8\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_\n"
                  "9\tthe\tthe\tDET\tDT\t_\t10\tdet\t_\t_\n"
                  "10\tminister\tminister\tNOUN\tNN\t_\t11\tnsubj\t_\t_\n"
                  "11\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "12\t.\t.\tPUNCT\t.\t_\t11\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  uint64_t fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[6], 3); /* fails --advcl--> cut */
  OK(r[6] == rel("advcl"), "fails: advcl");
  OK(fired & bit("cond_clause"), "cond_clause named as fired");
  sima_doc_free(d);
}

TEST(agent_paren) {
  /* the by-phrase after a parenthetical hung on the parenthetical */
  const char *c = "1\tMoi\tMoi\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
                  "2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
                  "3\taccused\taccuse\tVERB\tVBN\t_\t0\troot\t_\t_\n"
                  "4\tof\tof\tADP\tIN\t_\t5\tcase\t_\t_\n"
                  "5\ttheft\ttheft\tNOUN\tNN\t_\t3\tobl\t_\t_\n"
                  "6\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\t_\n"
                  "7\tmuch\tmuch\tADJ\tJJ\t_\t8\tnsubj\t_\t_\n"
                  "8\thidden\thide\tVERB\tVBN\t_\t3\tccomp\t_\t_\n"
                  "9\tabroad\tabroad\tADV\tRB\t_\t8\tadvmod\t_\t_\n"
                  "10\t,\t,\tPUNCT\t,\t_\t12\tpunct\t_\t_\n"
                  "11\tby\tby\tADP\tIN\t_\t12\tcase\t_\t_\n"
                  "12\tprosecutors\tprosecutor\tNOUN\tNNS\t_\t8\tobl\t_\t_\n"
                  "13\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  uint64_t fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[11], 3); /* prosecutors --obl:agent--> accused */
  OK(r[11] == rel("obl:agent"), "prosecutors: obl:agent");
  OK(fired & bit("agent_paren"), "agent_paren named as fired");
  sima_doc_free(d);
}

TEST(time_compound) {
  /* "its demand today that ...": the noun a compound of the time word */
  const char *c = "1\tNorway\tNorway\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                  "2\treiterated\treiterate\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\tits\tits\tPRON\tPRP$\t_\t5\tnmod:poss\t_\t_\n"
                  "4\tdemand\tdemand\tNOUN\tNN\t_\t5\tcompound\t_\t_\n"
                  "5\ttoday\ttoday\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                  "6\tthat\tthat\tPRON\tWDT\t_\t5\tappos\t_\t_\n"
                  "7\tRussia\tRussia\tPROPN\tNNP\t_\t8\tnsubj\t_\t_\n"
                  "8\tlift\tlift\tVERB\tVB\t_\t6\tacl:relcl\t_\t_\n"
                  "9\tthe\tthe\tDET\tDT\t_\t10\tdet\t_\t_\n"
                  "10\tban\tban\tNOUN\tNN\t_\t8\tobj\t_\t_\n"
                  "11\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  uint64_t fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[3], 2); /* demand --obj--> reiterated */
  OK(r[3] == rel("obj"), "demand: obj");
  INT_EQ(h[2], 4); /* its --nmod:poss--> demand */
  INT_EQ(h[4], 2); /* today --obl:tmod--> reiterated */
  OK(r[4] == rel("obl:tmod"), "today: obl:tmod");
  INT_EQ(h[7], 4); /* lift --acl--> demand: its content */
  OK(r[7] == rel("acl"), "lift: acl");
  INT_EQ(h[5], 8); /* that --mark--> lift */
  OK(r[5] == rel("mark"), "that: mark");
  OK(fired & bit("time_compound"), "time_compound named as fired");
  OK(!(fired >> REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(compound_gerund) {
  /* "NATO peacekeeping troops" with peacekeeping a verb taking troops */
  const char *c = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                  "2\tdeployment\tdeployment\tNOUN\tNN\t_\t7\tnsubj\t_\t_\n"
                  "3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_\n"
                  "4\tNATO\tNATO\tPROPN\tNNP\t_\t2\tnmod\t_\t_\n"
                  "5\tpeacekeeping\tpeacekeep\tVERB\tVBG\t_\t2\tacl\t_\t_\n"
                  "6\ttroops\ttroops\tNOUN\tNNS\t_\t5\tobj\t_\t_\n"
                  "7\tarrived\tarrive\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "8\tin\tin\tADP\tIN\t_\t9\tcase\t_\t_\n"
                  "9\tBosnia\tBosnia\tPROPN\tNNP\t_\t7\tobl\t_\t_\n"
                  "10\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  uint64_t fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[5], 2); /* troops --nmod--> deployment */
  OK(r[5] == rel("nmod"), "troops: nmod");
  INT_EQ(h[4], 6); /* peacekeeping --compound--> troops */
  OK(r[4] == rel("compound"), "peacekeeping: compound");
  INT_EQ(h[3], 6); /* NATO --compound--> troops */
  OK(r[3] == rel("compound"), "NATO: compound");
  INT_EQ(h[2], 6); /* of --case--> troops */
  OK(fired & bit("compound_gerund"), "compound_gerund named as fired");
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
  RUN(as_object);
  RUN(cond_clause);
  RUN(agent_paren);
  RUN(time_compound);
  RUN(compound_gerund);
  RUN(untouched);
  RUN(tree_check);
  RUN(names);
  return harness_done();
}
