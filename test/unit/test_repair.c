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

TEST(paren_subject) {
  /* the name in brackets read as a second subject of the verb */
  const char *c = "1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
                  "2\tTeachers\tteacher\tNOUN\tNNS\t_\t3\tcompound\t_\t_\n"
                  "3\tUnion\tunion\tNOUN\tNN\t_\t8\tnsubj\t_\t_\n"
                  "4\t(\t(\tPUNCT\t-LRB-\t_\t5\tpunct\t_\t_\n"
                  "5\tSindicato\tSindicato\tPROPN\tNNP\t_\t8\tnsubj\t_\t_\n"
                  "6\tSIMAH\tSIMAH\tPROPN\tNNP\t_\t5\tappos\t_\t_\n"
                  "7\t)\t)\tPUNCT\t-RRB-\t_\t5\tpunct\t_\t_\n"
                  "8\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "9\tMadrid\tMadrid\tPROPN\tNNP\t_\t8\tobj\t_\t_\n"
                  "10\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  uint64_t fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[4], 3); /* Sindicato --appos--> Union */
  OK(r[4] == rel("appos"), "Sindicato: appos");
  INT_EQ(h[2], 8); /* Union stays the subject */
  OK(r[2] == rel("nsubj"), "Union: nsubj");
  OK(fired & bit("paren_subject"), "paren_subject named as fired");
  sima_doc_free(d);
  /* the English name the root, the verb a parataxis of it */
  const char *c2 = "1\tAgents\tagent\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
                   "2\tfrom\tfrom\tADP\tIN\t_\t4\tcase\t_\t_\n"
                   "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
                   "4\tDirectorate\tdirectorate\tNOUN\tNN\t_\t1\tnmod\t_\t_\n"
                   "5\t(\t(\tPUNCT\t-LRB-\t_\t8\tpunct\t_\t_\n"
                   "6\tDIRINC\tDIRINC\tPROPN\tNNP\t_\t8\tnsubj\t_\t_\n"
                   "7\t)\t)\tPUNCT\t-RRB-\t_\t6\tpunct\t_\t_\n"
                   "8\tarrested\tarrest\tVERB\tVBD\t_\t1\tparataxis\t_\t_\n"
                   "9\tsmugglers\tsmuggler\tNOUN\tNNS\t_\t8\tobj\t_\t_\n"
                   "10\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n";
  d = run(c2, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[7], 0); /* arrested is the root */
  INT_EQ(h[0], 8); /* Agents --nsubj--> arrested */
  OK(r[0] == rel("nsubj"), "Agents: nsubj");
  INT_EQ(h[5], 4); /* DIRINC --appos--> Directorate */
  INT_EQ(h[9], 8); /* the final stop moves with the root */
  OK(!(fired >> REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(noun_case) {
  /* "officials" read as the preposition of the name before it */
  const char *c = "1\tKenya\tKenya\tPROPN\tNNP\t_\t0\troot\t_\t_\n"
                  "2\tCouncil\tCouncil\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
                  "3\tofficials\tofficial\tNOUN\tNNS\t_\t1\tcase\t_\t_\n"
                  "4\tdemanded\tdemand\tVERB\tVBN\t_\t5\tamod\t_\t_\n"
                  "5\taid\taid\tNOUN\tNN\t_\t1\tappos\t_\t_\n"
                  "6\tfrom\tfrom\tADP\tIN\t_\t7\tcase\t_\t_\n"
                  "7\tUganda\tUganda\tPROPN\tNNP\t_\t5\tnmod\t_\t_\n"
                  "8\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  uint64_t fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[3], 0); /* demanded is the root */
  INT_EQ(h[2], 4); /* officials --nsubj--> demanded */
  OK(r[2] == rel("nsubj"), "officials: nsubj");
  INT_EQ(h[0], 3); /* Kenya --compound--> officials */
  INT_EQ(h[4], 4); /* aid --obj--> demanded */
  OK(r[4] == rel("obj"), "aid: obj");
  OK(fired & bit("noun_case"), "noun_case named as fired");
  sima_doc_free(d);
}

TEST(control_relcl) {
  /* the infinitive hung on the relative clause of the object */
  const char *c = "1\tTurkey\tTurkey\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                  "2\tallowed\tallow\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\trefugees\trefugee\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                  "4\twho\twho\tPRON\tWP\t_\t5\tnsubj\t_\t_\n"
                  "5\tlived\tlive\tVERB\tVBD\t_\t3\tacl:relcl\t_\t_\n"
                  "6\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_\n"
                  "7\tIraq\tIraq\tPROPN\tNNP\t_\t5\tobl\t_\t_\n"
                  "8\tto\tto\tPART\tTO\t_\t9\tmark\t_\t_\n"
                  "9\treturn\treturn\tVERB\tVB\t_\t5\tadvcl\t_\t_\n"
                  "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  uint64_t fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[8], 2); /* return --xcomp--> allowed */
  OK(r[8] == rel("xcomp"), "return: xcomp");
  OK(fired & bit("control_relcl"), "control_relcl named as fired");
  sima_doc_free(d);
  /* a relative clause whose verb takes the infinitive itself: kept */
  const char *c2 = "1\tTurkey\tTurkey\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                   "2\tallowed\tallow\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\trefugees\trefugee\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                   "4\twho\twho\tPRON\tWP\t_\t5\tnsubj\t_\t_\n"
                   "5\twanted\twant\tVERB\tVBD\t_\t3\tacl:relcl\t_\t_\n"
                   "6\tto\tto\tPART\tTO\t_\t7\tmark\t_\t_\n"
                   "7\tleave\tleave\tVERB\tVB\t_\t5\tadvcl\t_\t_\n"
                   "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  d = run(c2, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[6], 5); /* leave stays on wanted */
  sima_doc_free(d);
  /* a relative clause whose verb has an object: kept */
  const char *c4 = "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
                   "2\tpushed\tpush\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
                   "4\tlaw\tlaw\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                   "5\twhich\twhich\tPRON\tWDT\t_\t6\tnsubj\t_\t_\n"
                   "6\tgave\tgive\tVERB\tVBD\t_\t4\tacl:relcl\t_\t_\n"
                   "7\tpolice\tpolice\tNOUN\tNNS\t_\t6\tiobj\t_\t_\n"
                   "8\tpower\tpower\tNOUN\tNN\t_\t6\tobj\t_\t_\n"
                   "9\tto\tto\tPART\tTO\t_\t10\tmark\t_\t_\n"
                   "10\tarrest\tarrest\tVERB\tVB\t_\t6\tadvcl\t_\t_\n"
                   "11\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  d = run(c4, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[9], 6); /* arrest stays on gave */
  sima_doc_free(d);
  /* a to-infinitive parataxis of the control verb after its object */
  const char *c3 = "1\tofficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                   "2\tpressured\tpressure\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\tworkers\tworker\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                   "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
                   "5\tcancel\tcancel\tVERB\tVB\t_\t2\tparataxis\t_\t_\n"
                   "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
                   "7\tstrike\tstrike\tNOUN\tNN\t_\t5\tobj\t_\t_\n"
                   "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  d = run(c3, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[4], 2); /* cancel --xcomp--> pressured */
  OK(r[4] == rel("xcomp"), "cancel: xcomp");
  sima_doc_free(d);
}

TEST(reduced_relative) {
  /* the participle read as a parataxis, its from-phrase as its object */
  const char *c = "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                  "2\treturned\treturn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\tweapons\tweapon\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                  "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
                  "5\ttrucks\ttruck\tNOUN\tNNS\t_\t3\tconj\t_\t_\n"
                  "6\tseized\tseize\tVERB\tVBD\t_\t2\tparataxis\t_\t_\n"
                  "7\tfrom\tfrom\tADP\tIN\t_\t9\tcase\t_\t_\n"
                  "8\tKenyan\tKenyan\tADJ\tJJ\t_\t9\tamod\t_\t_\n"
                  "9\tpeacekeepers\tpeacekeeper\tNOUN\tNNS\t_\t6\tobj\t_\t_\n"
                  "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  uint64_t fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[5], 3); /* seized --acl--> weapons (the first conjunct) */
  OK(r[5] == rel("acl"), "seized: acl");
  OK(r[8] == rel("obl"), "peacekeepers: obl");
  OK(fired & bit("reduced_relative"), "reduced_relative named as fired");
  sima_doc_free(d);
  /* a finite verb with a true object is left alone */
  const char *c2 = "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                   "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
                   "4\ttown\ttown\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                   "5\tkilled\tkill\tVERB\tVBD\t_\t2\tparataxis\t_\t_\n"
                   "6\tcivilians\tcivilian\tNOUN\tNNS\t_\t5\tobj\t_\t_\n"
                   "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  d = run(c2, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[4], 2); /* killed stays on attacked */
  OK(r[4] == rel("parataxis"), "killed: parataxis");
  sima_doc_free(d);
}

TEST(number_object) {
  /* "12" hung as a second object of "opened" */
  const char *c = "1\tpolice\tpolice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                  "2\topened\topen\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\tfire\tfire\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                  "4\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
                  "5\tarresting\tarrest\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
                  "6\t12\t12\tNUM\tCD\t_\t2\tobj\t_\t_\n"
                  "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  uint64_t fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[5], 5); /* 12 --obj--> arresting */
  OK(r[5] == rel("obj"), "12: obj");
  OK(fired & bit("number_object"), "number_object named as fired");
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
  RUN(paren_subject);
  RUN(noun_case);
  RUN(control_relcl);
  RUN(reduced_relative);
  RUN(number_object);
  RUN(untouched);
  RUN(tree_check);
  RUN(names);
  return harness_done();
}
