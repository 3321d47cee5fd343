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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads one CoNLL-U sentence, installs its annotations as doc->syn and
** returns the repaired copy (heads relative to the sentence: 1-based, 0
** for the root) in heads/rels; *fired gets repair_sentence's set. */
static sima_doc *run(const char *conllu, int32_t *heads, unsigned *rels,
                     uint32_t *n, repair_set *fired) {
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

/* Is the named repair in a fired set (0 if unknown)? */
static int fired_has(const repair_set *fired, const char *name) {
  for (unsigned i = 0; i < repair_count(); i++)
    if (!strcmp(repair_name(i), name))
      return repair_set_has(fired, i);
  return 0;
}

/* the repairs' quick word filters reject no word of their lists */
TEST(word_filters) { INT_EQ(repair_check_filters(), 0); }

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
  repair_set fired;
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
  OK(fired_has(&fired, "present_verb"), "present_verb named as fired");
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
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[7], 2); /* help --ccomp--> said */
  OK(r[7] == rel("ccomp"), "help: ccomp");
  OK(fired_has(&fired, "time_clause"), "time_clause named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
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
  repair_set fired;
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
  OK(fired_has(&fired, "as_object"), "as_object named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
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
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[6], 3); /* fails --advcl--> cut */
  OK(r[6] == rel("advcl"), "fails: advcl");
  OK(fired_has(&fired, "cond_clause"), "cond_clause named as fired");
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
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[11], 3); /* prosecutors --obl:agent--> accused */
  OK(r[11] == rel("obl:agent"), "prosecutors: obl:agent");
  OK(fired_has(&fired, "agent_paren"), "agent_paren named as fired");
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
  repair_set fired;
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
  OK(fired_has(&fired, "time_compound"), "time_compound named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
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
  repair_set fired;
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
  OK(fired_has(&fired, "compound_gerund"), "compound_gerund named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

/* gsrd9: the dense parser's shapes of the ninth round */
TEST(parse_compound_root) {
  /* a participle of a verbless root, the noun before it its compound (dense) */
  const char *c = "1\tRiot\triot\tNOUN\tNN\t_\t2\tcompound\t_\t_\n"
                  "2\tpolice\tpolice\tNOUN\tNN\t_\t5\tcompound\t_\t_\n"
                  "3\tused\tuse\tVERB\tVBN\t_\t5\tamod\t_\t_\n"
                  "4\twater\twater\tNOUN\tNN\t_\t5\tcompound\t_\t_\n"
                  "5\tcannon\tcannon\tNOUN\tNN\t_\t0\troot\t_\t_\n"
                  "6\tto\tto\tPART\tTO\t_\t7\tmark\t_\t_\n"
                  "7\tscatter\tscatter\tVERB\tVB\t_\t5\tacl\t_\t_\n"
                  "8\tstudents\tstudent\tNOUN\tNNS\t_\t7\tobj\t_\t_\n"
                  "9\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";
  int32_t h[32];
  unsigned r[32];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 9);
  INT_EQ(h[2], 0); /* used: root */
  OK(r[2] == rel("root"), "used: root");
  INT_EQ(h[1], 3); /* police --nsubj--> used */
  OK(r[1] == rel("nsubj"), "police --nsubj--> used");
  INT_EQ(h[4], 3); /* cannon --obj--> used */
  OK(r[4] == rel("obj"), "cannon --obj--> used");
  OK(fired_has(&fired, "parse"), "parse named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(parse_place_of_head) {
  /* a participle after a place phrase of the noun heading its object (dense) */
  const char *c = "1\tPolice\tpolice\tNOUN\tNN\t_\t0\troot\t_\t_\n"
                  "2\tin\tin\tADP\tIN\t_\t3\tcase\t_\t_\n"
                  "3\tKandahar\tKandahar\tPROPN\tNNP\t_\t1\tnmod\t_\t_\n"
                  "4\tseized\tseize\tVERB\tVBN\t_\t5\tamod\t_\t_\n"
                  "5\trifles\trifle\tNOUN\tNNS\t_\t1\tnmod\t_\t_\n"
                  "6\tfrom\tfrom\tADP\tIN\t_\t7\tcase\t_\t_\n"
                  "7\tmilitants\tmilitant\tNOUN\tNNS\t_\t5\tnmod\t_\t_\n"
                  "8\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n";
  int32_t h[32];
  unsigned r[32];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 8);
  INT_EQ(h[3], 0); /* seized: root */
  OK(r[3] == rel("root"), "seized: root");
  INT_EQ(h[0], 4); /* Police --nsubj--> seized */
  OK(r[0] == rel("nsubj"), "Police --nsubj--> seized");
  INT_EQ(h[4], 4); /* rifles --obj--> seized */
  OK(r[4] == rel("obj"), "rifles --obj--> seized");
  INT_EQ(h[6], 4); /* militants --obl--> seized */
  OK(r[6] == rel("obl"), "militants --obl--> seized");
  INT_EQ(h[2], 1); /* Kandahar stays on Police */
  OK(r[2] == rel("nmod"), "Kandahar stays on Police");
  OK(fired_has(&fired, "parse"), "parse named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(crowd_gerund) {
  /* a gerund of collective action after the object, hung on the verb (dense) */
  const char *c = "1\tTroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                  "2\tscattered\tscatter\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\tstudents\tstudent\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                  "4\tmarching\tmarch\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
                  "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
                  "6\tDhaka\tDhaka\tPROPN\tNNP\t_\t4\tobl\t_\t_\n"
                  "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[32];
  unsigned r[32];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 7);
  INT_EQ(h[3], 3); /* marching --acl--> students */
  OK(r[3] == rel("acl"), "marching --acl--> students");
  INT_EQ(h[5], 4); /* Dhaka stays on marching */
  OK(r[5] == rel("obl"), "Dhaka stays on marching");
  OK(fired_has(&fired, "crowd_gerund"), "crowd_gerund named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(crowd_gerund_place) {
  /* a gerund after a place phrase stays on the verb */
  const char *c = "1\tTroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                  "2\tscattered\tscatter\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\tcrowds\tcrowd\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                  "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
                  "5\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
                  "6\tsquare\tsquare\tNOUN\tNN\t_\t3\tnmod\t_\t_\n"
                  "7\tmarching\tmarch\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
                  "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[32];
  unsigned r[32];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 8);
  INT_EQ(h[6], 2); /* marching stays on scattered */
  OK(r[6] == rel("advcl"), "marching stays on scattered");
  sima_doc_free(d);
}

TEST(of_name) {
  /* of read as the marker of a clause whose subject is the name after it
   * (dense) */
  const char *c = "1\tGunmen\tgunman\tNOUN\tNNS\t_\t13\tnsubj\t_\t_\n"
                  "2\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
                  "3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
                  "4\tborder\tborder\tNOUN\tNN\t_\t5\tcompound\t_\t_\n"
                  "5\ttown\ttown\tNOUN\tNN\t_\t1\tnmod\t_\t_\n"
                  "6\tof\tof\tADP\tIN\t_\t8\tmark\t_\t_\n"
                  "7\tJenin\tJenin\tPROPN\tNNP\t_\t8\tnsubj\t_\t_\n"
                  "8\tburned\tburn\tVERB\tVBD\t_\t5\tacl\t_\t_\n"
                  "9\ta\ta\tDET\tDT\t_\t10\tdet\t_\t_\n"
                  "10\tpost\tpost\tNOUN\tNN\t_\t8\tobj\t_\t_\n"
                  "11\t,\t,\tPUNCT\t,\t_\t13\tpunct\t_\t_\n"
                  "12\tresidents\tresident\tNOUN\tNNS\t_\t13\tnsubj\t_\t_\n"
                  "13\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "14\t.\t.\tPUNCT\t.\t_\t13\tpunct\t_\t_\n\n";
  int32_t h[32];
  unsigned r[32];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 14);
  INT_EQ(h[7], 13); /* burned --ccomp--> said */
  OK(r[7] == rel("ccomp"), "burned --ccomp--> said");
  INT_EQ(h[0], 8); /* Gunmen --nsubj--> burned */
  OK(r[0] == rel("nsubj"), "Gunmen --nsubj--> burned");
  INT_EQ(h[6], 5); /* Jenin --nmod--> town */
  OK(r[6] == rel("nmod"), "Jenin --nmod--> town");
  INT_EQ(h[5], 7); /* of --case--> Jenin */
  OK(r[5] == rel("case"), "of --case--> Jenin");
  INT_EQ(h[11], 13); /* residents stay */
  OK(r[11] == rel("nsubj"), "residents stay");
  OK(fired_has(&fired, "of_name"), "of_name named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(compound_verb_time_that) {
  /* a verb read as a compound of its object, that on the time word (dense) */
  const char *c = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                  "2\tunion\tunion\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
                  "3\trepeated\trepeat\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "4\tits\tits\tPRON\tPRP$\t_\t5\tnmod:poss\t_\t_\n"
                  "5\tcall\tcall\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
                  "6\ttoday\ttoday\tNOUN\tNN\t_\t3\tobl:unmarked\t_\t_\n"
                  "7\tthat\tthat\tPRON\tWDT\t_\t6\tobj\t_\t_\n"
                  "8\tAnkara\tAnkara\tPROPN\tNNP\t_\t10\tnsubj\t_\t_\n"
                  "9\tend\tend\tNOUN\tNN\t_\t10\tcompound\t_\t_\n"
                  "10\tcurbs\tcurb\tNOUN\tNNS\t_\t7\tacl:relcl\t_\t_\n"
                  "11\ton\ton\tADP\tIN\t_\t12\tcase\t_\t_\n"
                  "12\timports\timport\tNOUN\tNNS\t_\t10\tnmod\t_\t_\n"
                  "13\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
  int32_t h[32];
  unsigned r[32];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 13);
  INT_EQ(h[8], 5); /* end --acl--> call */
  OK(r[8] == rel("acl"), "end --acl--> call");
  INT_EQ(h[7], 9); /* Ankara --nsubj--> end */
  OK(r[7] == rel("nsubj"), "Ankara --nsubj--> end");
  INT_EQ(h[9], 9); /* curbs --obj--> end */
  OK(r[9] == rel("obj"), "curbs --obj--> end");
  INT_EQ(h[6], 9); /* that --mark--> end */
  OK(r[6] == rel("mark"), "that --mark--> end");
  INT_EQ(h[11], 10); /* imports stay on curbs */
  OK(r[11] == rel("nmod"), "imports stay on curbs");
  OK(fired_has(&fired, "compound_verb"), "compound_verb named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(compound_verb_copula) {
  /* a noun predicate with a copula keeps its compound */
  const char *c = "1\tChad\tChad\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                  "2\tis\tbe\tAUX\tVBZ\t_\t4\tcop\t_\t_\n"
                  "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
                  "4\tborder\tborder\tNOUN\tNN\t_\t5\tcompound\t_\t_\n"
                  "5\tstate\tstate\tNOUN\tNN\t_\t0\troot\t_\t_\n"
                  "6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";
  int32_t h[32];
  unsigned r[32];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 6);
  INT_EQ(h[3], 5); /* border stays a compound */
  OK(r[3] == rel("compound"), "border stays a compound");
  sima_doc_free(d);
}

TEST(prep_head) {
  /* a preposition heading the name after it as a conjunct (dense) */
  const char *c = "1\tVolunteers\tvolunteer\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                  "2\tdelivered\tdeliver\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\ttents\ttent\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                  "4\tto\tto\tADP\tIN\t_\t3\tnmod\t_\t_\n"
                  "5\tMosul\tMosul\tPROPN\tNNP\t_\t4\tconj\t_\t_\n"
                  "6\tUniversity\tUniversity\tPROPN\tNNP\t_\t5\tflat\t_\t_\n"
                  "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[32];
  unsigned r[32];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 7);
  /* Mosul --nmod--> tents, then (send_goal: the goal of "delivered")
   * --obl--> delivered */
  INT_EQ(h[4], 2);
  OK(r[4] == rel("obl"), "Mosul --obl--> delivered");
  OK(fired_has(&fired, "prep_head") && fired_has(&fired, "send_goal"),
     "prep_head and send_goal fired");
  INT_EQ(h[3], 5); /* to --case--> Mosul */
  OK(r[3] == rel("case"), "to --case--> Mosul");
  INT_EQ(h[5], 5); /* University stays */
  OK(r[5] == rel("flat"), "University stays");
  OK(fired_has(&fired, "prep_head"), "prep_head named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(appos_conj) {
  /* "Libyan leader Muammar Gaddafi and Bulgarian President Todor Zhivkov
   * signed a treaty": Todor an apposition of Muammar, "and" inside its
   * phrase (dense); Todor is a conjunct, "and" its cc */
  const char *c = "1\tLibyan\tlibyan\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
                  "2\tleader\tleader\tNOUN\tNN\t_\t3\tnmod:desc\t_\t_\n"
                  "3\tMuammar\tMuammar\tPROPN\tNNP\t_\t10\tnsubj\t_\t_\n"
                  "4\tGaddafi\tGaddafi\tPROPN\tNNP\t_\t3\tflat\t_\t_\n"
                  "5\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_\n"
                  "6\tBulgarian\tbulgarian\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
                  "7\tPresident\tPresident\tPROPN\tNNP\t_\t8\tnmod:desc\t_\t_\n"
                  "8\tTodor\tTodor\tPROPN\tNNP\t_\t3\tappos\t_\t_\n"
                  "9\tZhivkov\tZhivkov\tPROPN\tNNP\t_\t8\tflat\t_\t_\n"
                  "10\tsigned\tsign\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "11\ta\ta\tDET\tDT\t_\t12\tdet\t_\t_\n"
                  "12\ttreaty\ttreaty\tNOUN\tNN\t_\t10\tobj\t_\t_\n"
                  "13\t.\t.\tPUNCT\t.\t_\t10\tpunct\t_\t_\n\n";
  int32_t h[32];
  unsigned r[32];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[7], 3); /* Todor --conj--> Muammar */
  OK(r[7] == rel("conj"), "Todor: conj");
  INT_EQ(h[4], 8); /* and --cc--> Todor */
  OK(r[4] == rel("cc"), "and: cc");
  OK(fired_has(&fired, "appos_conj"), "appos_conj named as fired");
  sima_doc_free(d);
  /* a real apposition after a comma stays */
  const char *c2 = "1\tGaddafi\tGaddafi\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
                   "2\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_\n"
                   "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
                   "4\tleader\tleader\tNOUN\tNN\t_\t1\tappos\t_\t_\n"
                   "5\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_\n"
                   "6\tspoke\tspeak\tVERB\tVBD\t_\t0\troot\t_\t_\n\n";
  d = run(c2, h, r, &n, &fired);
  if (!d)
    return;
  OK(r[3] == rel("appos"), "leader: still appos");
  OK(!fired_has(&fired, "appos_conj"), "not fired");
  sima_doc_free(d);
}

TEST(dense_shapes) {
  int32_t h[40];
  unsigned r[40];
  uint32_t n;
  repair_set fired;
  /* "Up to 100 ethnic Albanians demonstrated": up and to both cases of
   * the noun, an oblique (dense): up bounds the number, the noun is the
   * subject */
  const char *c1 = "1\tUp\tup\tADP\tIN\t_\t5\tcase\t_\t_\n"
                   "2\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_\n"
                   "3\t100\t100\tNUM\tCD\t_\t5\tnummod\t_\t_\n"
                   "4\tethnic\tethnic\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
                   "5\tAlbanians\tAlbanians\tPROPN\tNNPS\t_\t6\tobl\t_\t_\n"
                   "6\tdemonstrated\tdemonstrate\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";
  sima_doc *d = run(c1, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[0], 3); /* Up --advmod--> 100 */
  OK(r[0] == rel("advmod"), "up: advmod");
  INT_EQ(h[1], 1); /* to --fixed--> up */
  OK(r[4] == rel("nsubj"), "Albanians: nsubj");
  OK(fired_has(&fired, "up_to"), "up_to named as fired");
  sima_doc_free(d);
  /* "French and Egyptian warships": both adjectives and the coordinator
   * on the noun (dense): Egyptian is a conjunct of French */
  const char *c2 = "1\tFrench\tfrench\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
                   "2\tand\tand\tCCONJ\tCC\t_\t4\tcc\t_\t_\n"
                   "3\tEgyptian\tegyptian\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
                   "4\twarships\twarship\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
                   "5\tsailed\tsail\tVERB\tVBD\t_\t0\troot\t_\t_\n\n";
  d = run(c2, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[2], 1); /* Egyptian --conj--> French */
  OK(r[2] == rel("conj"), "Egyptian: conj");
  INT_EQ(h[1], 3); /* and --cc--> Egyptian */
  INT_EQ(h[0], 4); /* French stays on warships */
  OK(fired_has(&fired, "coord_modifiers"), "coord_modifiers named as fired");
  sima_doc_free(d);
  /* "workers blocked the bridge spanning the river": bridge the subject
   * of a ccomp gerund (dense): the bridge is the object, the gerund its
   * modifier */
  const char *c3 = "1\tworkers\tworker\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                   "2\tblocked\tblock\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
                   "4\tbridge\tbridge\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n"
                   "5\tspanning\tspan\tVERB\tVBG\t_\t2\tccomp\t_\t_\n"
                   "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
                   "7\triver\triver\tNOUN\tNN\t_\t5\tobj\t_\t_\n"
                   "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  d = run(c3, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[3], 2); /* bridge --obj--> blocked */
  OK(r[3] == rel("obj"), "bridge: obj");
  INT_EQ(h[4], 4); /* spanning --acl--> bridge */
  OK(r[4] == rel("acl"), "spanning: acl");
  OK(fired_has(&fired, "gerund_object"), "gerund_object named as fired");
  sima_doc_free(d);
  /* ... but not after a verb of perception: "saw soldiers firing" */
  const char *c4 = "1\twitnesses\twitness\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                   "2\tsaw\tsee\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\tsoldiers\tsoldier\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
                   "4\tfiring\tfire\tVERB\tVBG\t_\t2\tccomp\t_\t_\n"
                   "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  d = run(c4, h, r, &n, &fired);
  if (!d)
    return;
  OK(r[2] == rel("nsubj") && r[3] == rel("ccomp"), "saw: left alone");
  sima_doc_free(d);
}

TEST(dense_shapes2) {
  int32_t h[40];
  unsigned r[40];
  uint32_t n;
  repair_set fired;
  /* "allow the return of weapons inspectors": inspectors the object of
   * the noun weapons (dense): weapons is a compound of inspectors */
  const char *c1 = "1\tIraq\tIraq\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                   "2\tallows\tallow\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
                   "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
                   "4\treturn\treturn\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                   "5\tof\tof\tADP\tIN\t_\t6\tcase\t_\t_\n"
                   "6\tweapons\tweapon\tNOUN\tNNS\t_\t4\tnmod\t_\t_\n"
                   "7\tinspectors\tinspector\tNOUN\tNNS\t_\t6\tobj\t_\t_\n"
                   "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  sima_doc *d = run(c1, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[6], 4); /* inspectors --nmod--> return */
  OK(r[6] == rel("nmod"), "inspectors: nmod");
  INT_EQ(h[5], 7); /* weapons --compound--> inspectors */
  OK(r[5] == rel("compound"), "weapons: compound");
  INT_EQ(h[4], 7); /* of --case--> inspectors */
  OK(fired_has(&fired, "noun_obj_compound"), "noun_obj_compound fired");
  sima_doc_free(d);
  /* "dispatched inspectors to the facilities": the to-phrase on the
   * object (dense) is the goal of the verb */
  const char *c2 = "1\tIAEA\tIAEA\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                   "2\tdispatched\tdispatch\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\tinspectors\tinspector\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                   "4\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_\n"
                   "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
                   "6\tfacilities\tfacility\tNOUN\tNNS\t_\t3\tnmod\t_\t_\n"
                   "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  d = run(c2, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[5], 2); /* facilities --obl--> dispatched */
  OK(r[5] == rel("obl"), "facilities: obl");
  OK(fired_has(&fired, "send_goal"), "send_goal fired");
  sima_doc_free(d);
  /* not after a verb other than of sending: "the return of land to
   * farmers" ("demanded land to farmers" keeps its nmod) */
  const char *c3 = "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
                   "2\tdemanded\tdemand\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\tland\tland\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                   "4\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_\n"
                   "5\tfarmers\tfarmer\tNOUN\tNNS\t_\t3\tnmod\t_\t_\n\n";
  d = run(c3, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[4], 3);
  OK(!fired_has(&fired, "send_goal"), "send_goal not fired");
  sima_doc_free(d);
  /* "Muammar Gaddafi and President Todor Zhivkov signed a treaty":
   * Muammar the root, signed its conjunct with Todor its subject (dense):
   * signed is the root, the two leaders coordinated subjects */
  const char *c4 = "1\tMuammar\tMuammar\tPROPN\tNNP\t_\t0\troot\t_\t_\n"
                   "2\tGaddafi\tGaddafi\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
                   "3\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_\n"
                   "4\tBulgarian\tbulgarian\tADJ\tJJ\t_\t7\tobl\t_\t_\n"
                   "5\tTodor\tTodor\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"
                   "6\tZhivkov\tZhivkov\tPROPN\tNNP\t_\t5\tflat\t_\t_\n"
                   "7\tsigned\tsign\tVERB\tVBD\t_\t1\tconj\t_\t_\n"
                   "8\ta\ta\tDET\tDT\t_\t9\tdet\t_\t_\n"
                   "9\ttreaty\ttreaty\tNOUN\tNN\t_\t7\tobj\t_\t_\n"
                   "10\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n";
  d = run(c4, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[6], 0); /* signed is the root */
  INT_EQ(h[0], 7); /* Muammar --nsubj--> signed */
  OK(r[0] == rel("nsubj"), "Muammar: nsubj");
  INT_EQ(h[4], 1); /* Todor --conj--> Muammar */
  OK(r[4] == rel("conj"), "Todor: conj");
  INT_EQ(h[2], 5); /* and --cc--> Todor */
  INT_EQ(h[3], 5); /* Bulgarian --amod--> Todor */
  INT_EQ(h[9], 7); /* the full stop goes with the new root */
  OK(fired_has(&fired, "verb_conj_name"), "verb_conj_name fired");
  sima_doc_free(d);
  /* with a comma before the coordinator (the sparse parser's "The FARC,
   * and the ELN, have ...") nothing changes */
  const char *c5 = "1\tFARC\tFARC\tPROPN\tNNP\t_\t0\troot\t_\t_\n"
                   "2\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
                   "3\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n"
                   "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
                   "5\tELN\tELN\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
                   "6\tfought\tfight\tVERB\tVBD\t_\t1\tconj\t_\t_\n\n";
  d = run(c5, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[0], 0);
  OK(!fired_has(&fired, "verb_conj_name"), "verb_conj_name not fired");
  sima_doc_free(d);
}

TEST(day_gerund) {
  /* "Kurds demonstrated in the city on Sunday calling for independence":
   * Sunday a modifier of the city, calling a modifier of Sunday (dense):
   * both go to the verb */
  const char *c = "1\tKurds\tKurds\tPROPN\tNNPS\t_\t2\tnsubj\t_\t_\n"
                  "2\tdemonstrated\tdemonstrate\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
                  "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
                  "5\tcity\tcity\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
                  "6\ton\ton\tADP\tIN\t_\t7\tcase\t_\t_\n"
                  "7\tSunday\tSunday\tPROPN\tNNP\t_\t5\tnmod\t_\t_\n"
                  "8\tcalling\tcall\tVERB\tVBG\t_\t7\tacl\t_\t_\n"
                  "9\tfor\tfor\tADP\tIN\t_\t10\tcase\t_\t_\n"
                  "10\tindependence\tindependence\tNOUN\tNN\t_\t8\tobl\t_\t_\n"
                  "11\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[32];
  unsigned r[32];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[7], 2); /* calling --advcl--> demonstrated */
  OK(r[7] == rel("advcl"), "calling: advcl");
  INT_EQ(h[6], 2); /* Sunday --obl--> demonstrated */
  OK(r[6] == rel("obl"), "Sunday: obl");
  OK(fired_has(&fired, "day_gerund"), "day_gerund fired");
  sima_doc_free(d);
}

TEST(sub_prep) {
  /* "cancelled a visit after a state of siege was declared": after the
   * case of state, the visit the subject of declared (dense): after marks
   * the clause, state is its subject, the visit the object */
  const char *c = "1\tminister\tminister\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
                  "2\thas\thave\tAUX\tVBZ\t_\t3\taux\t_\t_\n"
                  "3\tcancelled\tcancel\tVERB\tVBN\t_\t0\troot\t_\t_\n"
                  "4\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
                  "5\tvisit\tvisit\tNOUN\tNN\t_\t14\tnsubj:pass\t_\t_\n"
                  "6\tto\tto\tADP\tIN\t_\t7\tcase\t_\t_\n"
                  "7\tHaiti\tHaiti\tPROPN\tNNP\t_\t5\tnmod\t_\t_\n"
                  "8\tafter\tafter\tADP\tIN\t_\t10\tcase\t_\t_\n"
                  "9\ta\ta\tDET\tDT\t_\t10\tdet\t_\t_\n"
                  "10\tstate\tstate\tNOUN\tNN\t_\t5\tnmod\t_\t_\n"
                  "11\tof\tof\tADP\tIN\t_\t12\tcase\t_\t_\n"
                  "12\tsiege\tsiege\tNOUN\tNN\t_\t10\tnmod\t_\t_\n"
                  "13\twas\tbe\tAUX\tVBD\t_\t14\taux:pass\t_\t_\n"
                  "14\tdeclared\tdeclare\tVERB\tVBN\t_\t3\tccomp\t_\t_\n"
                  "15\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
  int32_t h[32];
  unsigned r[32];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[4], 3); /* visit --obj--> cancelled */
  OK(r[4] == rel("obj"), "visit: obj");
  INT_EQ(h[7], 14); /* after --mark--> declared */
  OK(r[7] == rel("mark"), "after: mark");
  INT_EQ(h[9], 14); /* state --nsubj:pass--> declared */
  OK(r[9] == rel("nsubj:pass"), "state: nsubj:pass");
  OK(r[13] == rel("advcl"), "declared: advcl");
  OK(fired_has(&fired, "sub_prep"), "sub_prep fired");
  sima_doc_free(d);
}

/* Builds CoNLL-U from rows "FORM LEMMA UPOS XPOS HEAD DEPREL" (one
** sentence; the ids are the row numbers). */
static const char *h20_conllu(const char *const *rows, size_t n) {
  static char buf[4096];
  size_t len = 0;
  for (size_t i = 0; i < n; i++) {
    char f[6][64];
    if (sscanf(rows[i], "%63s %63s %63s %63s %63s %63s", f[0], f[1], f[2], f[3],
               f[4], f[5]) != 6)
      return "";
    len += (size_t)snprintf(buf + len, sizeof buf - len,
                            "%zu\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t_\n", i + 1,
                            f[0], f[1], f[2], f[3], f[4], f[5]);
    if (len >= sizeof buf - 1)
      return ""; /* (too long for the buffer) */
  }
  snprintf(buf + len, sizeof buf - len, "\n");
  return buf;
}
#define H20_RUN(rows)                                                          \
  run(h20_conllu(rows, sizeof rows / sizeof *rows), h, r, &n, &fired)

/* The dense parser's shapes on real news (twentieth session, h20g). */
TEST(dense_shapes_h20g) {
  int32_t h[32];
  unsigned r[32];
  uint32_t n;
  repair_set fired;
  sima_doc *d;
  { /* "Pirates boarded a ship, stealing its cargo": the trailing -ing
     * clause hung on the object after the comma */
    static const char *const s[] = {
        "Pirates pirate NOUN NNS 2 nsubj", "boarded board VERB VBD 0 root",
        "a a DET DT 4 det",                "ship ship NOUN NN 2 obj",
        ", , PUNCT , 6 punct",             "stealing steal VERB VBG 4 acl",
        "its its PRON PRP$ 8 nmod:poss",   "cargo cargo NOUN NN 6 obj",
        ". . PUNCT . 2 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[5], 2);
      OK(r[5] == rel("advcl"), "stealing: advcl");
      OK(fired_has(&fired, "trailing_gerund"), "trailing_gerund fired");
      sima_doc_free(d);
    }
  }
  { /* "Pirates, carrying rifles, boarded a ship": an -ing clause on the
     * subject, with the sentence going on after it, stays the noun's */
    static const char *const s[] = {
        "Pirates pirate NOUN NNS 5 nsubj", ", , PUNCT , 3 punct",
        "carrying carry VERB VBG 1 acl",   "rifles rifle NOUN NNS 3 obj",
        "boarded board VERB VBD 0 root",   "a a DET DT 7 det",
        "ship ship NOUN NN 5 obj",         ". . PUNCT . 5 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[2], 1);
      OK(r[2] == rel("acl"), "carrying: acl");
      OK(!fired_has(&fired, "trailing_gerund"), "trailing_gerund not fired");
      sima_doc_free(d);
    }
  }
  { /* "In May , the Zetas were sanctioned by Washington": the subject
     * hung as an apposition of the opening time phrase */
    static const char *const s[] = {
        "In in ADP IN 2 case",           "May May PROPN NNP 7 obl",
        ", , PUNCT , 2 punct",           "the the DET DT 5 det",
        "Zetas Zetas PROPN NNPS 2 appos", "were be AUX VBD 7 aux:pass",
        "sanctioned sanction VERB VBN 0 root",
        "by by ADP IN 9 case",           "Washington Washington PROPN NNP 7 obl:agent",
        ". . PUNCT . 7 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[4], 7);
      OK(r[4] == rel("nsubj:pass"), "Zetas: nsubj:pass");
      OK(fired_has(&fired, "opening_appos_subject"),
         "opening_appos_subject fired");
      sima_doc_free(d);
    }
  }
  { /* "Peru to Expel Smugglers": a headline read as a noun phrase */
    static const char *const s[] = {
        "Peru Peru PROPN NNP 0 root",       "to to PART TO 3 mark",
        "Expel expel VERB VB 1 acl",        "Smugglers smuggler NOUN NNS 3 obj",
        ". . PUNCT . 1 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[2], 0);
      OK(r[2] == rel("root"), "Expel: root");
      INT_EQ(h[0], 3);
      OK(r[0] == rel("nsubj"), "Peru: nsubj");
      INT_EQ(h[4], 3);
      OK(fired_has(&fired, "noun_root_predicate"),
         "noun_root_predicate fired (h20g wrote headline_to for this shape)");
      sima_doc_free(d);
    }
  }
  { /* "He said that instead of attacking , troops should leave": the
     * set-aside clause read as the that-clause, the main one its ccomp */
    static const char *const s[] = {
        "He he PRON PRP 2 nsubj",          "said say VERB VBD 0 root",
        "that that SCONJ IN 6 mark",       "instead instead ADV RB 6 mark",
        "of of SCONJ IN 4 fixed",          "attacking attack VERB VBG 2 advcl",
        ", , PUNCT , 10 punct",            "troops troops NOUN NNS 10 nsubj",
        "should should AUX MD 10 aux",     "leave leave VERB VB 6 ccomp",
        ". . PUNCT . 2 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[9], 2);
      OK(r[9] == rel("ccomp"), "leave: ccomp");
      INT_EQ(h[5], 10);
      OK(r[5] == rel("advcl"), "attacking: advcl");
      INT_EQ(h[2], 10);
      OK(fired_has(&fired, "set_aside_head"), "set_aside_head fired");
      sima_doc_free(d);
    }
  }
  { /* "Police arrested them , amid concern": amid read as a verb */
    static const char *const s[] = {
        "Police police NOUN NNS 2 nsubj", "arrested arrest VERB VBD 0 root",
        "them they PRON PRP 2 obj",       ", , PUNCT , 5 punct",
        "amid amo VERB VBD 2 conj",       "concern concern NOUN NN 5 obj",
        ". . PUNCT . 2 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[5], 2);
      OK(r[5] == rel("obl"), "concern: obl");
      INT_EQ(h[4], 6);
      OK(r[4] == rel("case"), "amid: case");
      INT_EQ(h[3], 6);
      OK(fired_has(&fired, "amid_verb"), "amid_verb fired");
      sima_doc_free(d);
    }
  }
  { /* "Egypt urged Turkey , Greece and other states to help": the
     * infinitive hung on the list's last conjunct */
    static const char *const s[] = {
        "Egypt Egypt PROPN NNP 2 nsubj", "urged urge VERB VBD 0 root",
        "Turkey Turkey PROPN NNP 2 obj", ", , PUNCT , 5 punct",
        "Greece Greece PROPN NNP 3 conj", "and and CCONJ CC 8 cc",
        "other other ADJ JJ 8 amod",     "states state NOUN NNS 3 conj",
        "to to PART TO 10 mark",         "help help VERB VB 8 acl",
        ". . PUNCT . 2 punct"};
    sima_doc *doc = NULL;
    sima_syntax *gold = NULL;
    sima_error err = {0};
    const char *cu = h20_conllu(s, sizeof s / sizeof *s);
    if (sima_conllu_read("t.conllu", cu, strlen(cu), &doc, &gold, &err) ==
        SIMA_OK) {
      static sima_mention ms[1];
      ms[0].first = 2;
      ms[0].count = 1;
      ms[0].code = "TUR";
      ms[0].country = "TUR";
      ms[0].sector = "";
      ms[0].antecedent = -1;
      ms[0].actor = -1;
      doc->mentions = ms;
      doc->nmentions = 1;
      doc->syn = gold;
      sima_syntax *y = malloc(doc->ntokens * sizeof *y);
      memcpy(y, gold, doc->ntokens * sizeof *y);
      fired = repair_sentence(doc, y, 0, doc->ntokens);
      INT_EQ(y[9].head, 1);
      OK(y[9].deprel == rel("xcomp"), "help: xcomp");
      OK(fired_has(&fired, "control_conj"), "control_conj fired");
      free(y);
      doc->mentions = NULL;
      doc->nmentions = 0;
      sima_doc_free(doc);
    } else
      FAILF("conllu: %s", err.msg);
  }
}

/* The dense parser's shapes (twentieth session, h20d). */
TEST(dense_shapes_h20d) {
  int32_t h[32];
  unsigned r[32];
  uint32_t n;
  repair_set fired;
  sima_doc *d;
  { /* "It was hard for the police to arrest the gang": the for-phrase's
     * noun the infinitive's subject, the infinitive the csubj */
    static const char *const s[] = {
        "It it PRON PRP 3 expl",   "was be AUX VBD 3 cop",
        "hard hard ADJ JJ 0 root", "for for ADP IN 6 case",
        "the the DET DT 6 det",    "police police NOUN NNS 3 obl",
        "to to PART TO 8 mark",    "arrest arrest VERB VB 6 acl",
        "the the DET DT 10 det",   "gang gang NOUN NN 8 obj",
        ". . PUNCT . 3 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[7], 3);
      OK(r[7] == rel("csubj"), "arrest: csubj");
      INT_EQ(h[5], 8);
      OK(r[5] == rel("nsubj"), "police: nsubj");
      INT_EQ(h[3], 8);
      OK(r[3] == rel("mark"), "for: mark");
      OK(fired_has(&fired, "for_to_subject"), "for_to_subject fired");
      sima_doc_free(d);
    }
  }
  { /* "Chile asked the Peruvians to free the hostages": object control */
    static const char *const s[] = {"Chile Chile PROPN NNP 2 nsubj",
                                    "asked ask VERB VBD 0 root",
                                    "the the DET DT 4 det",
                                    "Peruvians Peruvian PROPN NNPS 6 nsubj",
                                    "to to PART TO 6 mark",
                                    "free free VERB VB 2 ccomp",
                                    "the the DET DT 8 det",
                                    "hostages hostage NOUN NNS 6 obj",
                                    ". . PUNCT . 2 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[3], 2);
      OK(r[3] == rel("obj"), "Peruvians: obj");
      OK(r[5] == rel("xcomp"), "free: xcomp");
      OK(fired_has(&fired, "object_control"), "object_control fired");
      sima_doc_free(d);
    }
  }
  { /* "With gunmen attacking the town, the mayor called the army" */
    static const char *const s[] = {"With with ADP IN 2 case",
                                    "gunmen gunman NOUN NNS 9 obl",
                                    "attacking attack VERB VBG 2 acl",
                                    "the the DET DT 5 det",
                                    "town town NOUN NN 3 obj",
                                    ", , PUNCT , 2 punct",
                                    "the the DET DT 8 det",
                                    "mayor mayor NOUN NN 9 nsubj",
                                    "called call VERB VBD 0 root",
                                    "the the DET DT 11 det",
                                    "army army NOUN NN 9 obj",
                                    ". . PUNCT . 9 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[2], 9);
      OK(r[2] == rel("advcl"), "attacking: advcl");
      INT_EQ(h[1], 3);
      OK(r[1] == rel("nsubj"), "gunmen: nsubj");
      INT_EQ(h[0], 3);
      OK(r[0] == rel("mark"), "With: mark");
      OK(fired_has(&fired, "with_noun_gerund"), "with_noun_gerund fired");
      sima_doc_free(d);
    }
  }
  { /* "The coalition backing the rebels announced a truce" */
    static const char *const s[] = {"The the DET DT 2 det",
                                    "coalition coalition NOUN NN 3 nsubj",
                                    "backing back VERB VBG 6 advcl",
                                    "the the DET DT 5 det",
                                    "rebels rebel NOUN NNS 3 obj",
                                    "announced announce VERB VBD 0 root",
                                    "a a DET DT 8 det",
                                    "truce truce NOUN NN 6 obj",
                                    ". . PUNCT . 6 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[2], 2);
      OK(r[2] == rel("acl"), "backing: acl");
      INT_EQ(h[1], 6);
      OK(r[1] == rel("nsubj"), "coalition: nsubj");
      OK(fired_has(&fired, "subject_gerund"), "subject_gerund fired");
      sima_doc_free(d);
    }
  }
  { /* "Lula told the Argentine leader, Javier Milei, that trade would
     * grow": the that-clause hung on the name (itself on the comma) */
    static const char *const s[] = {"Lula Lula PROPN NNP 2 nsubj",
                                    "told tell VERB VBD 0 root",
                                    "the the DET DT 5 det",
                                    "Argentine Argentine ADJ JJ 5 amod",
                                    "leader leader NOUN NN 2 iobj",
                                    ", , PUNCT , 5 punct",
                                    "Javier Javier PROPN NNP 6 appos",
                                    "Milei Milei PROPN NNP 7 flat",
                                    ", , PUNCT , 13 punct",
                                    "that that SCONJ IN 13 mark",
                                    "trade trade NOUN NN 13 nsubj",
                                    "would would AUX MD 13 aux",
                                    "grow grow VERB VB 7 acl",
                                    ". . PUNCT . 2 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[12], 2);
      OK(r[12] == rel("ccomp"), "grow: ccomp");
      OK(fired_has(&fired, "that_on_name"), "that_on_name fired");
      sima_doc_free(d);
    }
  }
  { /* "Kenya struck back at the militants" */
    static const char *const s[] = {"Kenya Kenya PROPN NNP 2 nsubj",
                                    "struck strike VERB VBD 0 root",
                                    "back back ADV RB 2 advmod",
                                    "at at ADP IN 6 case",
                                    "the the DET DT 6 det",
                                    "militants militant NOUN NNS 3 obl",
                                    ". . PUNCT . 2 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[5], 2);
      OK(r[5] == rel("obl"), "militants: obl");
      OK(fired_has(&fired, "return_adverb"), "return_adverb fired (a particle's oblique)");
      sima_doc_free(d);
    }
  }
  { /* "The union sent a letter to the minister demanding higher wages" */
    static const char *const s[] = {"The the DET DT 2 det",
                                    "union union NOUN NN 3 nsubj",
                                    "sent send VERB VBD 0 root",
                                    "a a DET DT 5 det",
                                    "letter letter NOUN NN 3 obj",
                                    "to to ADP IN 8 case",
                                    "the the DET DT 8 det",
                                    "minister minister NOUN NN 5 nmod",
                                    "demanding demand VERB VBG 3 advcl",
                                    "higher high ADJ JJR 11 amod",
                                    "wages wage NOUN NNS 9 obj",
                                    ". . PUNCT . 3 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[8], 5);
      OK(r[8] == rel("acl"), "demanding: acl");
      OK(fired_has(&fired, "object_gerund"), "object_gerund fired (a statement's gerund)");
      sima_doc_free(d);
    }
  }
  { /* "Delhi rejects the Pakistani claim that troops crossed the border" */
    static const char *const s[] = {"Delhi Delhi PROPN NNP 2 nsubj",
                                    "rejects reject VERB VBZ 0 root",
                                    "the the DET DT 4 det",
                                    "Pakistani Pakistani PROPN NNP 5 nsubj",
                                    "claim claim VERB VB 2 ccomp",
                                    "that that SCONJ IN 8 mark",
                                    "troops troops NOUN NNS 8 nsubj",
                                    "crossed cross VERB VBD 5 ccomp",
                                    "the the DET DT 10 det",
                                    "border border NOUN NN 8 obj",
                                    ". . PUNCT . 2 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[4], 2);
      OK(r[4] == rel("obj"), "claim: obj");
      INT_EQ(h[3], 5);
      OK(r[3] == rel("compound"), "Pakistani: compound");
      INT_EQ(h[2], 5);
      OK(r[7] == rel("acl"), "crossed: acl");
      OK(fired_has(&fired, "content_verb_subject"),
         "content_verb_subject fired");
      sima_doc_free(d);
    }
  }
  { /* "The Kurdish council, the main rebel body, condemned Ankara": the
     * verb hung as an apposition of the council (body its subject) */
    static const char *const s[] = {
        "The the DET DT 3 det",           "Kurdish Kurdish ADJ JJ 3 amod",
        "council council NOUN NN 0 root", ", , PUNCT , 8 punct",
        "the the DET DT 8 det",           "main main ADJ JJ 8 amod",
        "rebel rebel NOUN NN 8 compound", "body body NOUN NN 10 nsubj",
        ", , PUNCT , 10 punct",           "condemned condemn VERB VBD 3 appos",
        "Ankara Ankara PROPN NNP 10 obj", ". . PUNCT . 3 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[9], 0);
      INT_EQ(h[2], 10);
      OK(r[2] == rel("nsubj"), "council: nsubj");
      INT_EQ(h[7], 3);
      OK(r[7] == rel("appos"), "body: appos");
      INT_EQ(h[11], 10);
      OK(fired_has(&fired, "appos_verb"), "appos_verb fired");
      sima_doc_free(d);
    }
  }
  { /* "Peruvian soldiers raided rebel camps in Ayacucho": the place on
     * the subject after the verb */
    static const char *const s[] = {"Peruvian Peruvian ADJ JJ 2 amod",
                                    "soldiers soldier NOUN NNS 3 nsubj",
                                    "raided raid VERB VBD 0 root",
                                    "rebel rebel NOUN NN 5 compound",
                                    "camps camp NOUN NNS 3 obj",
                                    "in in ADP IN 7 case",
                                    "Ayacucho Ayacucho PROPN NNP 2 nmod",
                                    ". . PUNCT . 3 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[6], 3);
      OK(r[6] == rel("obl"), "Ayacucho: obl");
      OK(fired_has(&fired, "subject_tail"), "subject_tail fired (a subject's late phrase)");
      sima_doc_free(d);
    }
  }
  { /* "Videos of police beating protesters were shared online" */
    static const char *const s[] = {
        "Videos video NOUN NNS 7 nsubj:pass",
        "of of ADP IN 3 case",
        "police police NOUN NNS 1 nmod",
        "beating beat VERB VBG 1 acl",
        "protesters protester NOUN NNS 7 nsubj:pass",
        "were be AUX VBD 7 aux:pass",
        "shared share VERB VBN 0 root",
        "online online ADV RB 7 advmod",
        ". . PUNCT . 7 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[4], 4);
      OK(r[4] == rel("obj"), "protesters: obj");
      OK(fired_has(&fired, "gerund_second_subject"),
         "gerund_second_subject fired");
      sima_doc_free(d);
    }
  }
  { /* "Police rescued 12 abducted children" */
    static const char *const s[] = {
        "Police police NOUN NNS 2 nsubj", "rescued rescue VERB VBD 0 root",
        "12 12 NUM CD 4 nummod",          "abducted abduct VERB VBD 2 ccomp",
        "children child NOUN NNS 4 obj",  ". . PUNCT . 2 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[4], 2);
      OK(r[4] == rel("obj"), "children: obj");
      INT_EQ(h[3], 5);
      OK(r[3] == rel("amod"), "abducted: amod");
      INT_EQ(h[2], 5);
      OK(fired_has(&fired, "count_participle_clause"),
         "count_participle_clause fired");
      sima_doc_free(d);
    }
  }
  { /* "The court threw out most of the charges" */
    static const char *const s[] = {
        "The the DET DT 2 det",        "court court NOUN NN 3 nsubj",
        "threw throw VERB VBD 0 root", "out out ADP RP 3 compound:prt",
        "most most ADJ JJS 4 obj",     "of of ADP IN 8 case",
        "the the DET DT 8 det",        "charges charge NOUN NNS 5 nmod",
        ". . PUNCT . 3 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[4], 3);
      OK(r[4] == rel("obj"), "most: obj");
      OK(fired_has(&fired, "particle_object"), "particle_object fired");
      sima_doc_free(d);
    }
  }
  { /* "the Russian backed separatist forces said they had withdrawn" */
    static const char *const s[] = {"the the DET DT 3 det",
                                    "Russian Russian PROPN NNP 3 nsubj",
                                    "backed back VERB VBD 6 nsubj",
                                    "separatist separatist ADJ JJ 5 amod",
                                    "forces force NOUN NNS 3 obj",
                                    "said say VERB VBD 0 root",
                                    "they they PRON PRP 9 nsubj",
                                    "had have AUX VBD 9 aux",
                                    "withdrawn withdraw VERB VBN 6 ccomp",
                                    ". . PUNCT . 6 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[4], 6);
      OK(r[4] == rel("nsubj"), "forces: nsubj");
      INT_EQ(h[2], 5);
      OK(r[2] == rel("amod"), "backed: amod");
      INT_EQ(h[1], 3);
      OK(r[1] == rel("obl"), "Russian: obl");
      INT_EQ(h[0], 5);
      OK(fired_has(&fired, "name_participle_subject"),
         "name_participle_subject fired");
      sima_doc_free(d);
    }
  }
}

TEST(ready_to) {
  int32_t h[32];
  unsigned r[32];
  uint32_t n;
  repair_set fired;
  /* "it is prepared to impose martial law": it an expletive, impose the
   * clausal subject (dense): it is the subject, impose the complement */
  const char *c = "1\tit\tit\tPRON\tPRP\t_\t3\texpl\t_\t_\n"
                  "2\tis\tbe\tAUX\tVBZ\t_\t3\tcop\t_\t_\n"
                  "3\tprepared\tprepared\tADJ\tJJ\t_\t0\troot\t_\t_\n"
                  "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
                  "5\timpose\timpose\tVERB\tVB\t_\t3\tcsubj\t_\t_\n"
                  "6\tlaw\tlaw\tNOUN\tNN\t_\t5\tobj\t_\t_\n"
                  "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  OK(r[0] == rel("nsubj"), "it: nsubj");
  OK(r[4] == rel("xcomp"), "impose: xcomp");
  OK(fired_has(&fired, "ready_to"), "ready_to fired");
  sima_doc_free(d);
  /* "it is important to act": left alone */
  const char *c2 = "1\tit\tit\tPRON\tPRP\t_\t3\texpl\t_\t_\n"
                   "2\tis\tbe\tAUX\tVBZ\t_\t3\tcop\t_\t_\n"
                   "3\timportant\timportant\tADJ\tJJ\t_\t0\troot\t_\t_\n"
                   "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
                   "5\tact\tact\tVERB\tVB\t_\t3\tcsubj\t_\t_\n\n";
  d = run(c2, h, r, &n, &fired);
  if (!d)
    return;
  OK(r[0] == rel("expl") && r[4] == rel("csubj"), "important: left alone");
  sima_doc_free(d);
  /* "Up to 100 Albanians demonstrated" with up an adverb of the verb
   * (dense): up bounds the number, Albanians the subject */
  const char *c3 = "1\tUp\tup\tADV\tRB\t_\t5\tadvmod\t_\t_\n"
                   "2\tto\tto\tADP\tIN\t_\t4\tcase\t_\t_\n"
                   "3\t100\t100\tNUM\tCD\t_\t4\tnummod\t_\t_\n"
                   "4\tAlbanians\tAlbanians\tPROPN\tNNPS\t_\t5\tobl\t_\t_\n"
                   "5\tdemonstrated\tdemonstrate\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";
  d = run(c3, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[0], 3); /* Up --advmod--> 100 */
  OK(r[3] == rel("nsubj"), "Albanians: nsubj");
  OK(fired_has(&fired, "up_to"), "up_to fired");
  sima_doc_free(d);
}

TEST(weekday_verb) {
  /* the verb after "on Monday" read as an adjective of its object, the
   * whole a modifier of the subject (dense); with the subject the root */
  const char *c = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                  "2\tcouncil\tcouncil\tNOUN\tNN\t_\t0\troot\t_\t_\n"
                  "3\ton\ton\tADP\tIN\t_\t7\tcase\t_\t_\n"
                  "4\tMonday\tMonday\tPROPN\tNNP\t_\t7\tcompound\t_\t_\n"
                  "5\tsuspended\tsuspend\tVERB\tVBN\t_\t7\tamod\t_\t_\n"
                  "6\tfood\tfood\tNOUN\tNN\t_\t7\tcompound\t_\t_\n"
                  "7\tdeliveries\tdelivery\tNOUN\tNNS\t_\t2\tnmod\t_\t_\n"
                  "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[32];
  unsigned r[32];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 8);
  INT_EQ(h[4], 0); /* suspended is the root */
  OK(r[4] == rel("root"), "suspended: root");
  INT_EQ(h[1], 5); /* council --nsubj--> suspended */
  OK(r[1] == rel("nsubj"), "council: nsubj");
  INT_EQ(h[6], 5); /* deliveries --obj--> suspended */
  OK(r[6] == rel("obj"), "deliveries: obj");
  INT_EQ(h[3], 5); /* Monday --obl--> suspended */
  INT_EQ(h[2], 4); /* on --case--> Monday */
  OK(fired_has(&fired, "weekday_verb"), "weekday_verb named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
  /* the subject hung on a later marked clause that has a subject of its
   * own: the verb takes that clause's place, the clause its adverbial */
  const char *c2 = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                   "2\tagency\tagency\tNOUN\tNN\t_\t10\tnsubj:pass\t_\t_\n"
                   "3\ton\ton\tADP\tIN\t_\t6\tcase\t_\t_\n"
                   "4\tFriday\tFriday\tPROPN\tNNP\t_\t6\tcompound\t_\t_\n"
                   "5\tcut\tcut\tVERB\tVBD\t_\t6\tamod\t_\t_\n"
                   "6\trations\tration\tNOUN\tNNS\t_\t2\tnmod\t_\t_\n"
                   "7\tbecause\tbecause\tSCONJ\tIN\t_\t10\tmark\t_\t_\n"
                   "8\tgrain\tgrain\tNOUN\tNN\t_\t10\tnsubj:pass\t_\t_\n"
                   "9\twas\tbe\tAUX\tVBD\t_\t10\taux:pass\t_\t_\n"
                   "10\tstolen\tsteal\tVERB\tVBN\t_\t13\tadvcl\t_\t_\n"
                   "11\t,\t,\tPUNCT\t,\t_\t10\tpunct\t_\t_\n"
                   "12\tofficials\tofficial\tNOUN\tNNS\t_\t13\tnsubj\t_\t_\n"
                   "13\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "14\t.\t.\tPUNCT\t.\t_\t13\tpunct\t_\t_\n\n";
  d = run(c2, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 14);
  INT_EQ(h[4], 13); /* cut takes stolen's place under said */
  INT_EQ(h[1], 5);  /* agency --nsubj--> cut */
  OK(r[1] == rel("nsubj"), "agency: nsubj");
  INT_EQ(h[5], 5); /* rations --obj--> cut */
  INT_EQ(h[9], 5); /* stolen --advcl--> cut */
  OK(r[9] == rel("advcl"), "stolen: advcl");
  INT_EQ(h[7], 10); /* grain stays stolen's subject */
  sima_doc_free(d);
}

TEST(object_participle) {
  /* the object read as the subject of its participle, the participle a
   * clausal complement of the verb (dense) */
  const char *c = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                  "2\tmilitia\tmilitia\tNOUN\tNN\t_\t4\tnsubj\t_\t_\n"
                  "3\twill\twill\tAUX\tMD\t_\t4\taux\t_\t_\n"
                  "4\treturn\treturn\tVERB\tVB\t_\t0\troot\t_\t_\n"
                  "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
                  "6\ttrucks\ttruck\tNOUN\tNNS\t_\t7\tnsubj\t_\t_\n"
                  "7\ttaken\ttake\tVERB\tVBN\t_\t4\tccomp\t_\t_\n"
                  "8\tfrom\tfrom\tADP\tIN\t_\t10\tcase\t_\t_\n"
                  "9\taid\taid\tNOUN\tNN\t_\t10\tcompound\t_\t_\n"
                  "10\tworkers\tworker\tNOUN\tNNS\t_\t7\tobl\t_\t_\n"
                  "11\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
  int32_t h[32];
  unsigned r[32];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 11);
  INT_EQ(h[5], 4); /* trucks --obj--> return */
  OK(r[5] == rel("obj"), "trucks: obj");
  INT_EQ(h[6], 6); /* taken --acl--> trucks */
  OK(r[6] == rel("acl"), "taken: acl");
  OK(fired_has(&fired, "object_participle"), "object_participle fired");
  sima_doc_free(d);
  /* a verb of speech keeps its reported clause */
  const char *c2 = "1\tPolice\tpolice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                   "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\trebels\trebel\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
                   "4\tfled\tflee\tVERB\tVBD\t_\t2\tccomp\t_\t_\n"
                   "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  d = run(c2, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[2], 4); /* rebels stays the subject of fled */
  OK(r[2] == rel("nsubj"), "rebels: nsubj");
  OK(!fired_has(&fired, "object_participle"), "not fired under said");
  sima_doc_free(d);
}

TEST(adj_object) {
  /* a nationality adjective read as the verb's complement with the name its
   * object (dense) */
  const char *c = "1\tRossi\tRossi\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                  "2\ttelephoned\ttelephone\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\tIraqi\tIraqi\tADJ\tJJ\t_\t2\txcomp\t_\t_\n"
                  "4\tPrime\tprime\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
                  "5\tMinister\tminister\tPROPN\tNNP\t_\t6\tnmod:desc\t_\t_\n"
                  "6\tAli\tAli\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
                  "7\tHassan\tHassan\tPROPN\tNNP\t_\t6\tflat\t_\t_\n"
                  "8\ton\ton\tADP\tIN\t_\t9\tcase\t_\t_\n"
                  "9\tFriday\tFriday\tPROPN\tNNP\t_\t6\tnmod\t_\t_\n"
                  "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[32];
  unsigned r[32];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 10);
  INT_EQ(h[5], 2); /* Ali --obj--> telephoned */
  OK(r[5] == rel("obj"), "Ali --obj--> telephoned");
  INT_EQ(h[2], 6); /* Iraqi --amod--> Ali */
  OK(r[2] == rel("amod"), "Iraqi --amod--> Ali");
  INT_EQ(h[4], 6); /* Minister stays on Ali */
  OK(r[4] == rel("nmod:desc"), "Minister stays on Ali");
  OK(fired_has(&fired, "adj_object"), "adj_object named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

/* ---- dense-parser shapes of round gsrd20b (sentences of our own) ---- */

/* Runs one hand-written sentence (rows "FORM LEMMA UPOS XPOS HEAD REL"
** joined by '|', tab-free) through the repairs: heads (1-based) and
** relations into h/r; 0 when the sentence could not be read.  The rows
** become CoNLL-U as h20_conllu's. */
static sima_doc *run_rows(const char *rows, int32_t *h, unsigned *r,
                          repair_set *fired) {
  char copy[4096];
  const char *row[128];
  size_t nrows = 0;
  snprintf(copy, sizeof copy, "%s", rows);
  for (char *p = copy; p && nrows < sizeof row / sizeof *row;) {
    row[nrows++] = p;
    p = strchr(p, '|');
    if (p)
      *p++ = '\0';
  }
  uint32_t n;
  return run(h20_conllu(row, nrows), h, r, &n, fired);
}

TEST(adj_noun_subject_list) {
  /* "Rohan, Bree and the brave loyal Gondor signed the accord": "Bree"
  ** an apposition, "brave" its noun conjunct, "loyal" on "Bree" */
  int32_t h[32];
  unsigned r[32];
  repair_set fired;
  sima_doc *d = run_rows(
      "Rohan Rohan PROPN NNP 9 nsubj|, , PUNCT , 3 punct|"
      "Bree Bree PROPN NNP 1 appos|and and CCONJ CC 6 cc|the the DET DT 6 det|"
      "brave brave NOUN NN 3 conj|loyal loyal ADJ JJ 3 amod|"
      "Gondor Gondor PROPN NNP 9 nsubj|signed sign VERB VBD 0 root|"
      "the the DET DT 11 det|accord accord NOUN NN 9 obj|. . PUNCT . 9 punct",
      h, r, &fired);
  if (!d)
    return;
  INT_EQ(h[2], 1); /* Bree --conj--> Rohan */
  OK(r[2] == rel("conj"), "Bree: conj");
  INT_EQ(h[7], 1); /* Gondor --conj--> Rohan */
  OK(r[7] == rel("conj"), "Gondor: conj");
  INT_EQ(h[5], 8); /* brave --amod--> Gondor */
  OK(r[5] == rel("amod"), "brave: amod");
  INT_EQ(h[6], 8); /* loyal --amod--> Gondor */
  INT_EQ(h[4], 8); /* the */
  OK(fired_has(&fired, "adj_noun_subject"), "adj_noun_subject fired");
  sima_doc_free(d);
}

TEST(preconj_verb) {
  /* "Neither Rohan nor Bree attended the talks": "Neither" on the verb */
  int32_t h[32];
  unsigned r[32];
  repair_set fired;
  sima_doc *d = run_rows(
      "Neither neither CCONJ CC 5 cc|Rohan Rohan PROPN NNP 5 nsubj|"
      "nor nor CCONJ CC 4 cc|Bree Bree PROPN NNP 2 conj|"
      "attended attend VERB VBD 0 root|the the DET DT 7 det|"
      "talks talk NOUN NNS 5 obj|. . PUNCT . 5 punct",
      h, r, &fired);
  if (!d)
    return;
  INT_EQ(h[0], 2); /* Neither --cc:preconj--> Rohan */
  OK(r[0] == rel("cc:preconj"), "Neither: cc:preconj");
  OK(fired_has(&fired, "preconj_verb"), "preconj_verb fired");
  sima_doc_free(d);
}

TEST(stray_possessive) {
  /* "Gondor praised Rohan and Bree's envoy": the "'s" on "Rohan", "Bree"
  ** a conjunct beside "envoy" */
  int32_t h[32];
  unsigned r[32];
  repair_set fired;
  sima_doc *d = run_rows(
      "Gondor Gondor PROPN NNP 2 nsubj|praised praise VERB VBD 0 root|"
      "Rohan Rohan PROPN NNP 2 obj|and and CCONJ CC 5 cc|"
      "Bree Bree PROPN NNP 3 conj|'s 's PART POS 3 case|"
      "envoy envoy NOUN NN 3 conj|. . PUNCT . 2 punct",
      h, r, &fired);
  if (!d)
    return;
  INT_EQ(h[4], 7); /* Bree --nmod:poss--> envoy */
  OK(r[4] == rel("nmod:poss"), "Bree: nmod:poss");
  INT_EQ(h[5], 5); /* 's --case--> Bree */
  INT_EQ(h[3], 7); /* and --cc--> envoy */
  INT_EQ(h[6], 3); /* envoy --conj--> Rohan */
  OK(r[6] == rel("conj"), "envoy: conj");
  OK(fired_has(&fired, "stray_possessive"), "stray_possessive fired");
  sima_doc_free(d);
  /* the "'s" in its place, the possessor still a conjunct */
  d = run_rows(
      "Gondor Gondor PROPN NNP 2 nsubj|praised praise VERB VBD 0 root|"
      "Rohan Rohan PROPN NNP 2 obj|and and CCONJ CC 5 cc|"
      "Bree Bree PROPN NNP 3 conj|'s 's PART POS 5 case|"
      "envoy envoy NOUN NN 3 conj|. . PUNCT . 2 punct",
      h, r, &fired);
  if (!d)
    return;
  INT_EQ(h[4], 7);
  OK(r[4] == rel("nmod:poss"), "Bree: nmod:poss (conjunct)");
  sima_doc_free(d);
}

TEST(participle_conj_noun) {
  /* "Rohan denounced the raid and pledged help to the farmers":
  ** "pledged" an adjective of "help", a conjunct of the verb */
  int32_t h[32];
  unsigned r[32];
  repair_set fired;
  sima_doc *d = run_rows(
      "Rohan Rohan PROPN NNP 2 nsubj|denounced denounce VERB VBD 0 root|"
      "the the DET DT 4 det|raid raid NOUN NN 2 obj|and and CCONJ CC 7 cc|"
      "pledged pledge VERB VBN 7 amod|help help NOUN NN 2 conj|"
      "to to ADP IN 10 case|the the DET DT 10 det|"
      "farmers farmer NOUN NNS 7 nmod|. . PUNCT . 2 punct",
      h, r, &fired);
  if (!d)
    return;
  INT_EQ(h[5], 2); /* pledged --conj--> denounced */
  OK(r[5] == rel("conj"), "pledged: conj");
  INT_EQ(h[6], 6); /* help --obj--> pledged */
  OK(r[6] == rel("obj"), "help: obj");
  INT_EQ(h[4], 6); /* and --cc--> pledged */
  OK(fired_has(&fired, "participle_conj_noun"), "participle_conj_noun fired");
  sima_doc_free(d);
}

TEST(noun_object_second) {
  /* "Spies will not phone tap the ministry lines": "tap" and "lines"
  ** two objects of "phone" */
  int32_t h[32];
  unsigned r[32];
  repair_set fired;
  sima_doc *d = run_rows(
      "Spies spy NOUN NNS 4 nsubj|will will AUX MD 4 aux|"
      "not not PART RB 4 advmod|phone phone VERB VB 0 root|"
      "tap tap NOUN NN 4 obj|the the DET DT 8 det|"
      "ministry ministry NOUN NN 8 compound|lines line NOUN NNS 4 obj|"
      ". . PUNCT . 4 punct",
      h, r, &fired);
  if (!d)
    return;
  INT_EQ(h[4], 0); /* tap is the root */
  OK(r[4] == rel("root"), "tap: root");
  INT_EQ(h[3], 5); /* phone --compound--> tap */
  OK(r[3] == rel("compound"), "phone: compound");
  INT_EQ(h[7], 5); /* lines --obj--> tap */
  INT_EQ(h[0], 5); /* Spies --nsubj--> tap */
  OK(fired_has(&fired, "noun_object_second"), "noun_object_second fired");
  sima_doc_free(d);
}

TEST(adj_series_object) {
  /* "Rohan will resume normal, friendly ties with Bree": "normal" an
  ** open complement, "ties" a conjunct of the verb */
  int32_t h[32];
  unsigned r[32];
  repair_set fired;
  sima_doc *d = run_rows(
      "Rohan Rohan PROPN NNP 3 nsubj|will will AUX MD 3 aux|"
      "resume resume VERB VB 0 root|normal normal ADJ JJ 3 xcomp|"
      ", , PUNCT , 7 punct|friendly friendly ADJ JJ 7 amod|"
      "ties tie NOUN NNS 3 conj|with with ADP IN 9 case|"
      "Bree Bree PROPN NNP 7 nmod|. . PUNCT . 3 punct",
      h, r, &fired);
  if (!d)
    return;
  INT_EQ(h[6], 3); /* ties --obj--> resume */
  OK(r[6] == rel("obj"), "ties: obj");
  INT_EQ(h[3], 7); /* normal --amod--> ties */
  OK(r[3] == rel("amod"), "normal: amod");
  OK(fired_has(&fired, "adj_series_object"), "adj_series_object fired");
  sima_doc_free(d);
}

TEST(adj_on_verb) {
  /* "Rohan's proud and stern minister Eomer denounced Bree": "proud"
  ** an adjective of the verb, "minister" its conjunct */
  int32_t h[32];
  unsigned r[32];
  repair_set fired;
  sima_doc *d = run_rows(
      "Rohan Rohan PROPN NNP 8 nmod:poss|'s 's PART POS 1 case|"
      "proud proud ADJ JJ 8 amod|and and CCONJ CC 6 cc|"
      "stern stern ADJ JJ 6 amod|minister minister NOUN NN 3 conj|"
      "Eomer Eomer PROPN NNP 8 nsubj|denounced denounce VERB VBD 0 root|"
      "Bree Bree PROPN NNP 8 obj|. . PUNCT . 8 punct",
      h, r, &fired);
  if (!d)
    return;
  INT_EQ(h[2], 6); /* proud --amod--> minister */
  INT_EQ(h[5], 7); /* minister --nmod:desc--> Eomer */
  OK(r[5] == rel("nmod:desc"), "minister: nmod:desc");
  INT_EQ(h[0], 6); /* Rohan --nmod:poss--> minister */
  OK(fired_has(&fired, "adj_on_verb"), "adj_on_verb fired");
  sima_doc_free(d);
}

TEST(according_noun) {
  /* "Rohan sent troops to Bree last month, according to envoys":
  ** the according-phrase on "month" */
  int32_t h[32];
  unsigned r[32];
  repair_set fired;
  sima_doc *d = run_rows(
      "Rohan Rohan PROPN NNP 2 nsubj|sent send VERB VBD 0 root|"
      "troops troop NOUN NNS 2 obj|to to ADP IN 5 case|"
      "Bree Bree PROPN NNP 3 nmod|last last ADJ JJ 7 amod|"
      "month month NOUN NN 3 obl:unmarked|, , PUNCT , 11 punct|"
      "according accord VERB VBG 11 case|to to ADP IN 9 fixed|"
      "envoys envoy NOUN NNS 7 nmod|. . PUNCT . 2 punct",
      h, r, &fired);
  if (!d)
    return;
  INT_EQ(h[10], 2); /* envoys --obl--> sent */
  OK(r[10] == rel("obl"), "envoys: obl");
  OK(fired_has(&fired, "according_noun"), "according_noun fired");
  sima_doc_free(d);
}

TEST(place_with) {
  /* "Rohan held talks in Edoras with Bree": the with-phrase on the place */
  int32_t h[32];
  unsigned r[32];
  repair_set fired;
  sima_doc *d = run_rows(
      "Rohan Rohan PROPN NNP 2 nsubj|held hold VERB VBD 0 root|"
      "talks talk NOUN NNS 2 obj|in in ADP IN 5 case|"
      "Edoras Edoras PROPN NNP 2 obl|with with ADP IN 7 case|"
      "Bree Bree PROPN NNP 5 nmod|. . PUNCT . 2 punct",
      h, r, &fired);
  if (!d)
    return;
  INT_EQ(h[6], 2); /* Bree --obl--> held */
  OK(r[6] == rel("obl"), "Bree: obl");
  OK(fired_has(&fired, "place_with"), "place_with fired");
  sima_doc_free(d);
}

/* Runs one hand-written parse (CoNLL-U rows joined) through the repairs
** and checks that the named repair fired; heads and relations come back
** in h and r (1-based heads).  Returns the doc (the caller frees it) or
** NULL. */
static sima_doc *run_fired(const char *c, int32_t *h, unsigned *r,
                           const char *name) {
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (d)
    OK(fired_has(&fired, name), name);
  return d;
}

/* recipient in the object's of-phrase: "offered a right of return to
** the migrants" (migrants --nmod--> return): with "migrants" an actor
** mention with a sector the phrase goes to the verb; without, it stays */
TEST(recipient_of) {
  const char *c = "1\tChile\tChile\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                  "2\toffered\toffer\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
                  "4\tright\tright\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                  "5\tof\tof\tADP\tIN\t_\t6\tcase\t_\t_\n"
                  "6\treturn\treturn\tNOUN\tNN\t_\t4\tnmod\t_\t_\n"
                  "7\tto\tto\tADP\tIN\t_\t9\tcase\t_\t_\n"
                  "8\tthe\tthe\tDET\tDT\t_\t9\tdet\t_\t_\n"
                  "9\tmigrants\tmigrant\tNOUN\tNNS\t_\t6\tnmod\t_\t_\n\n";
  sima_doc *doc = NULL;
  sima_syntax *gold = NULL;
  sima_error err = {0};
  if (sima_conllu_read("t.conllu", c, strlen(c), &doc, &gold, &err) !=
      SIMA_OK) {
    FAILF("conllu: %s", err.msg);
    return;
  }
  doc->syn = gold;
  sima_syntax y[16];
  for (int with = 0; with < 2; with++) {
    sima_mention m = {0};
    m.first = 8;
    m.count = 1;
    m.code = "REF";
    m.country = "";
    m.sector = "REF";
    doc->mentions = with ? &m : NULL;
    doc->nmentions = with ? 1 : 0;
    memcpy(y, gold, doc->ntokens * sizeof *y);
    repair_sentence(doc, y, 0, doc->ntokens);
    INT_EQ(y[8].head, with ? 1 : 5); /* migrants --obl--> offered */
    doc->mentions = NULL;
    doc->nmentions = 0;
  }
  sima_doc_free(doc);
}

/* The twentieth session's dense-parser repairs (round h20e). */
TEST(dense_shapes20e) {
  int32_t h[40];
  unsigned r[40];
  sima_doc *d;
  /* noun root with a predicate (a): "Greek troops moved deep into
   * Albania": moved --acl--> troops, the root */
  d = run_fired("1\tGreek\tGreek\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
                "2\ttroops\ttroops\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
                "3\tmoved\tmove\tVERB\tVBN\t_\t2\tacl\t_\t_\n"
                "4\tdeep\tdeep\tADV\tRB\t_\t3\tadvmod\t_\t_\n"
                "5\tinto\tinto\tADP\tIN\t_\t6\tcase\t_\t_\n"
                "6\tAlbania\tAlbania\tPROPN\tNNP\t_\t3\tobl\t_\t_\n"
                "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n",
                h, r, "noun_root_predicate");
  if (!d)
    return;
  INT_EQ(h[2], 0); /* moved is the root */
  INT_EQ(h[1], 3); /* troops --nsubj--> moved */
  OK(r[1] == rel("nsubj"), "troops: nsubj");
  INT_EQ(h[6], 3); /* the full stop goes with the verb */
  sima_doc_free(d);
  /* (b) the headline "Chile to Seek Talks With Peru" */
  d = run_fired("1\tChile\tChile\tPROPN\tNNP\t_\t0\troot\t_\t_\n"
                "2\tto\tto\tPART\tTO\t_\t3\tmark\t_\t_\n"
                "3\tSeek\tseek\tVERB\tVB\t_\t1\tacl\t_\t_\n"
                "4\tTalks\ttalk\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
                "5\tWith\twith\tADP\tIN\t_\t6\tcase\t_\t_\n"
                "6\tPeru\tPeru\tPROPN\tNNP\t_\t4\tnmod\t_\t_\n\n",
                h, r, "noun_root_predicate");
  if (!d)
    return;
  INT_EQ(h[2], 0);
  INT_EQ(h[0], 3);
  sima_doc_free(d);
  /* (c) "The militia that has held the port attacked the town":
   * attacked --xcomp--> held, the relative clause's verb */
  d = run_fired("1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                "2\tmilitia\tmilitia\tNOUN\tNN\t_\t0\troot\t_\t_\n"
                "3\tthat\tthat\tPRON\tWDT\t_\t5\tnsubj\t_\t_\n"
                "4\thas\thave\tAUX\tVBZ\t_\t5\taux\t_\t_\n"
                "5\theld\thold\tVERB\tVBN\t_\t2\tacl:relcl\t_\t_\n"
                "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
                "7\tport\tport\tNOUN\tNN\t_\t5\tobj\t_\t_\n"
                "8\tattacked\tattack\tVERB\tVBD\t_\t5\txcomp\t_\t_\n"
                "9\tthe\tthe\tDET\tDT\t_\t10\tdet\t_\t_\n"
                "10\ttown\ttown\tNOUN\tNN\t_\t8\tobj\t_\t_\n"
                "11\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n",
                h, r, "noun_root_predicate");
  if (!d)
    return;
  INT_EQ(h[7], 0);
  INT_EQ(h[1], 8);
  INT_EQ(h[4], 2); /* the relative clause stays on the noun */
  sima_doc_free(d);
  /* (d) "Chilean police, who have chased the gang, arrested two
   * smugglers": arrested --conj--> police (no conjunction) */
  d = run_fired("1\tChilean\tChilean\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
                "2\tpolice\tpolice\tNOUN\tNN\t_\t0\troot\t_\t_\n"
                "3\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
                "4\twho\twho\tPRON\tWP\t_\t6\tnsubj\t_\t_\n"
                "5\thave\thave\tAUX\tVBP\t_\t6\taux\t_\t_\n"
                "6\tchased\tchase\tVERB\tVBN\t_\t2\tacl:relcl\t_\t_\n"
                "7\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
                "8\tgang\tgang\tNOUN\tNN\t_\t6\tobj\t_\t_\n"
                "9\t,\t,\tPUNCT\t,\t_\t10\tpunct\t_\t_\n"
                "10\tarrested\tarrest\tVERB\tVBN\t_\t2\tconj\t_\t_\n"
                "11\tsmugglers\tsmuggler\tNOUN\tNNS\t_\t10\tobj\t_\t_\n"
                "12\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n",
                h, r, "noun_root_predicate");
  if (!d)
    return;
  INT_EQ(h[9], 0);
  INT_EQ(h[1], 10);
  INT_EQ(h[5], 2); /* the relative clause stays on the noun */
  sima_doc_free(d);
  /* return adverb: "won back control" (back --advmod--> control) and
   * "sent them back to Peru" (Peru --obl--> back) */
  d = run_fired("1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                "2\tsent\tsend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                "3\tthem\tthey\tPRON\tPRP\t_\t2\tobj\t_\t_\n"
                "4\tback\tback\tADV\tRB\t_\t2\tadvmod\t_\t_\n"
                "5\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_\n"
                "6\tPeru\tPeru\tPROPN\tNNP\t_\t4\tobl\t_\t_\n\n",
                h, r, "return_adverb");
  if (!d)
    return;
  INT_EQ(h[5], 2);
  sima_doc_free(d);
  d = run_fired("1\tTroops\ttroops\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                "2\twon\twin\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                "3\tback\tback\tADV\tRB\t_\t4\tadvmod\t_\t_\n"
                "4\tcontrol\tcontrol\tNOUN\tNN\t_\t2\tobj\t_\t_\n\n",
                h, r, "return_adverb");
  if (!d)
    return;
  INT_EQ(h[2], 2);
  sima_doc_free(d);
  /* times object: "shelled the town 12 times" (town --compound--> times) */
  d = run_fired("1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
                "4\ttown\ttown\tNOUN\tNN\t_\t6\tcompound\t_\t_\n"
                "5\t12\t12\tNUM\tCD\t_\t6\tnummod\t_\t_\n"
                "6\ttimes\ttime\tNOUN\tNNS\t_\t2\tobl:unmarked\t_\t_\n\n",
                h, r, "times_object");
  if (!d)
    return;
  INT_EQ(h[3], 2);
  OK(r[3] == rel("obj"), "town: obj");
  sima_doc_free(d);
  /* noun subject: "A Taliban raid on the base could ..." (Taliban
   * --nsubj--> raid) */
  d = run_fired("1\tA\ta\tDET\tDT\t_\t3\tdet\t_\t_\n"
                "2\tTaliban\tTaliban\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
                "3\traid\traid\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n"
                "4\tcould\tcould\tAUX\tMD\t_\t5\taux\t_\t_\n"
                "5\tend\tend\tVERB\tVB\t_\t0\troot\t_\t_\n"
                "6\ttalks\ttalk\tNOUN\tNNS\t_\t5\tobj\t_\t_\n\n",
                h, r, "noun_subject");
  if (!d)
    return;
  OK(r[1] == rel("compound"), "Taliban: compound");
  sima_doc_free(d);
  /* according to: "..., according to Reuters" on the last noun */
  d = run_fired("1\tPolice\tpolice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                "2\tarrested\tarrest\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                "3\tsmugglers\tsmuggler\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                "4\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_\n"
                "5\taccording\taccord\tVERB\tVBG\t_\t7\tcase\t_\t_\n"
                "6\tto\tto\tADP\tIN\t_\t5\tfixed\t_\t_\n"
                "7\tReuters\tReuters\tPROPN\tNNP\t_\t3\tnmod\t_\t_\n\n",
                h, r, "according_noun");
  if (!d)
    return;
  INT_EQ(h[6], 2);
  OK(r[6] == rel("obl"), "Reuters: obl");
  sima_doc_free(d);
  /* bare conjunct: "Chile said it would detain, but release, ..." */
  d = run_fired("1\tChile\tChile\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                "3\tit\tit\tPRON\tPRP\t_\t5\tnsubj\t_\t_\n"
                "4\twould\twould\tAUX\tMD\t_\t5\taux\t_\t_\n"
                "5\tdetain\tdetain\tVERB\tVB\t_\t2\tccomp\t_\t_\n"
                "6\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\t_\n"
                "7\tbut\tbut\tCCONJ\tCC\t_\t8\tcc\t_\t_\n"
                "8\trelease\trelease\tVERB\tVBP\t_\t2\tconj\t_\t_\n"
                "9\tthem\tthey\tPRON\tPRP\t_\t8\tobj\t_\t_\n\n",
                h, r, "bare_conj");
  if (!d)
    return;
  INT_EQ(h[7], 5);
  sima_doc_free(d);
  /* for X to do: "it is vital for the army to talk with ..." */
  d = run_fired("1\tit\tit\tPRON\tPRP\t_\t3\texpl\t_\t_\n"
                "2\tis\tbe\tAUX\tVBZ\t_\t3\tcop\t_\t_\n"
                "3\tvital\tvital\tADJ\tJJ\t_\t0\troot\t_\t_\n"
                "4\tfor\tfor\tADP\tIN\t_\t6\tcase\t_\t_\n"
                "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
                "6\tarmy\tarmy\tNOUN\tNN\t_\t3\tobl\t_\t_\n"
                "7\tto\tto\tPART\tTO\t_\t8\tmark\t_\t_\n"
                "8\ttalk\ttalk\tVERB\tVB\t_\t3\tadvcl\t_\t_\n\n",
                h, r, "for_to_subject");
  if (!d)
    return;
  INT_EQ(h[5], 8);
  OK(r[5] == rel("nsubj"), "army: nsubj");
  INT_EQ(h[3], 8);
  OK(r[3] == rel("mark"), "for: mark");
  OK(r[7] == rel("csubj"), "talk: csubj");
  sima_doc_free(d);
  /* perceived gerund: "saw soldiers beating prisoners" (beating --amod-->
   * prisoners --nmod--> soldiers) */
  d = run_fired("1\tWitnesses\twitness\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                "2\tsaw\tsee\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                "3\tsoldiers\tsoldier\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                "4\tbeating\tbeat\tVERB\tVBG\t_\t5\tamod\t_\t_\n"
                "5\tprisoners\tprisoner\tNOUN\tNNS\t_\t3\tnmod\t_\t_\n\n",
                h, r, "perceived_gerund");
  if (!d)
    return;
  INT_EQ(h[3], 3);
  OK(r[3] == rel("acl"), "beating: acl");
  INT_EQ(h[4], 4);
  OK(r[4] == rel("obj"), "prisoners: obj");
  sima_doc_free(d);
  /* "denied shelling the village" (shelling --advcl--> denied) */
  d = run_fired("1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                "2\tdenied\tdeny\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                "3\tshelling\tshell\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
                "4\tvillages\tvillage\tNOUN\tNNS\t_\t3\tobj\t_\t_\n\n",
                h, r, "perceived_gerund");
  if (!d)
    return;
  OK(r[2] == rel("xcomp"), "shelling: xcomp");
  sima_doc_free(d);
  /* two subjects across a semicolon */
  d = run_fired("1\tTroops\ttroops\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
                "2\t;\t;\tPUNCT\t,\t_\t1\tpunct\t_\t_\n"
                "3\tthat\tthat\tPRON\tDT\t_\t5\tnsubj\t_\t_\n"
                "4\tis\tbe\tAUX\tVBZ\t_\t5\tcop\t_\t_\n"
                "5\tpact\tpact\tNOUN\tNN\t_\t0\troot\t_\t_\n\n",
                h, r, "semicolon_two_subjects");
  if (!d)
    return;
  OK(r[0] == rel("parataxis"), "Troops: parataxis");
  INT_EQ(h[1], 5);
  OK(r[2] == rel("nsubj"), "that: nsubj");
  sima_doc_free(d);
  /* that after a verb: "forced him into conceding that X would ..." */
  d = run_fired("1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
                "2\tforced\tforce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                "3\thim\the\tPRON\tPRP\t_\t2\tobj\t_\t_\n"
                "4\tinto\tinto\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
                "5\tconceding\tconcede\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
                "6\tthat\tthat\tSCONJ\tIN\t_\t8\tmark\t_\t_\n"
                "7\tpolice\tpolice\tNOUN\tNNS\t_\t8\tnsubj\t_\t_\n"
                "8\twould\twould\tAUX\tMD\t_\t2\tadvcl\t_\t_\n\n",
                h, r, "that_after_verb");
  if (!d)
    return;
  INT_EQ(h[7], 5);
  OK(r[7] == rel("ccomp"), "would: ccomp");
  sima_doc_free(d);
  /* whose subjects (dense): the predicate a copular ccomp */
  d = run_fired("1\tFarmers\tfarmer\tNOUN\tNNS\t_\t5\tnsubj:pass\t_\t_\n"
                "2\twhose\twhose\tPRON\tWP$\t_\t3\tnmod:poss\t_\t_\n"
                "3\tfields\tfield\tNOUN\tNNS\t_\t5\tnsubj:pass\t_\t_\n"
                "4\twere\tbe\tAUX\tVBD\t_\t5\taux:pass\t_\t_\n"
                "5\tburned\tburn\tVERB\tVBN\t_\t0\troot\t_\t_\n"
                "6\tare\tbe\tAUX\tVBP\t_\t7\tcop\t_\t_\n"
                "7\tangry\tangry\tADJ\tJJ\t_\t5\tccomp\t_\t_\n\n",
                h, r, "whose_subjects");
  if (!d)
    return;
  INT_EQ(h[6], 0);
  INT_EQ(h[0], 7);
  OK(r[4] == rel("acl:relcl"), "burned: acl:relcl");
  sima_doc_free(d);
  /* gerund object (advcl): "a gang trafficking women fleeing Syria" */
  d = run_fired("1\tPolice\tpolice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                "2\tjailed\tjail\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                "3\tmen\tman\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                "4\ttrafficking\ttraffic\tVERB\tVBG\t_\t3\tacl\t_\t_\n"
                "5\twomen\twoman\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
                "6\tfleeing\tflee\tVERB\tVBG\t_\t4\tadvcl\t_\t_\n"
                "7\tSyria\tSyria\tPROPN\tNNP\t_\t6\tobj\t_\t_\n\n",
                h, r, "gerund_object");
  if (!d)
    return;
  INT_EQ(h[4], 4);
  OK(r[4] == rel("obj"), "women: obj");
  INT_EQ(h[5], 5);
  OK(r[5] == rel("acl"), "fleeing: acl");
  sima_doc_free(d);
  /* headline participle: "Senior Bolivian Judges Jailed Pending Bribery
   * Trial" (Jailed --amod--> Trial, Pending a name in its phrase) */
  d = run_fired("1\tSenior\tsenior\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
                "2\tBolivian\tbolivian\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
                "3\tJudges\tjudge\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
                "4\tJailed\tjail\tVERB\tVBN\t_\t7\tamod\t_\t_\n"
                "5\tPending\tPending\tPROPN\tNNP\t_\t7\tcompound\t_\t_\n"
                "6\tBribery\tBribery\tPROPN\tNNP\t_\t5\tflat\t_\t_\n"
                "7\tTrial\ttrial\tNOUN\tNN\t_\t3\tnmod\t_\t_\n\n",
                h, r, "headline_participle");
  if (!d)
    return;
  INT_EQ(h[3], 3);
  OK(r[3] == rel("acl"), "Jailed: acl");
  INT_EQ(h[6], 4);
  OK(r[6] == rel("obl"), "Trial: obl");
  INT_EQ(h[4], 7);
  OK(r[4] == rel("case"), "Pending: case");
  INT_EQ(h[5], 7);
  sima_doc_free(d);
  /* subject's phrase after the verb: "The firm sold arms to the army"
   * (sold --amod--> arms, the phrase on the root "firm") */
  d = run_fired("1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                "2\tfirm\tfirm\tNOUN\tNN\t_\t0\troot\t_\t_\n"
                "3\tsold\tsell\tVERB\tVBN\t_\t4\tamod\t_\t_\n"
                "4\tarms\tarm\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                "5\tto\tto\tADP\tIN\t_\t7\tcase\t_\t_\n"
                "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
                "7\tarmy\tarmy\tNOUN\tNN\t_\t2\tnmod\t_\t_\n"
                "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n",
                h, r, "subject_tail");
  if (!d)
    return;
  INT_EQ(h[2], 0); /* sold (C-REPAIR parse) */
  INT_EQ(h[6], 3); /* army --obl--> sold */
  OK(r[6] == rel("obl"), "army: obl");
  sima_doc_free(d);
  /* participle after a preposition: "stayed in besieged Homs today"
   * (besieged --advcl--> stayed, Homs its object, "in" its case) */
  d = run_fired("1\tTroops\ttroops\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                "2\tstayed\tstay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n"
                "4\tbesieged\tbesiege\tVERB\tVBN\t_\t2\tadvcl\t_\t_\n"
                "5\tHoms\tHoms\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
                "6\ttoday\ttoday\tNOUN\tNN\t_\t4\tobl:unmarked\t_\t_\n\n",
                h, r, "case_participle");
  if (!d)
    return;
  INT_EQ(h[4], 2);
  OK(r[4] == rel("obl"), "Homs: obl");
  INT_EQ(h[3], 5);
  OK(r[3] == rel("amod"), "besieged: amod");
  INT_EQ(h[2], 5); /* in --case--> Homs */
  INT_EQ(h[5], 2); /* today --obl:unmarked--> stayed */
  sima_doc_free(d);
  /* statement gerund: "issued a statement to X demanding ..." */
  d = run_fired("1\tEnvoys\tenvoy\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                "2\tissued\tissue\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
                "4\tstatement\tstatement\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                "5\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_\n"
                "6\tPeru\tPeru\tPROPN\tNNP\t_\t4\tnmod\t_\t_\n"
                "7\tdemanding\tdemand\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
                "8\ttalks\ttalk\tNOUN\tNNS\t_\t7\tobj\t_\t_\n\n",
                h, r, "object_gerund");
  if (!d)
    return;
  INT_EQ(h[6], 4);
  OK(r[6] == rel("acl"), "demanding: acl");
  sima_doc_free(d);
  /* compound with a preposition: "the arrest of smugglers in Bolivia
   * worried officials" (in --case--> officials, Bolivia --compound-->
   * officials) */
  d = run_fired("1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                "2\tarrest\tarrest\tNOUN\tNN\t_\t0\troot\t_\t_\n"
                "3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_\n"
                "4\tsmugglers\tsmuggler\tNOUN\tNNS\t_\t2\tnmod\t_\t_\n"
                "5\tin\tin\tADP\tIN\t_\t8\tcase\t_\t_\n"
                "6\tBolivia\tBolivia\tPROPN\tNNP\t_\t8\tcompound\t_\t_\n"
                "7\tworried\tworried\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
                "8\tofficials\tofficial\tNOUN\tNNS\t_\t4\tnmod\t_\t_\n\n",
                h, r, "compound_case");
  if (!d)
    return;
  INT_EQ(h[5], 4);
  OK(r[5] == rel("nmod"), "Bolivia: nmod");
  INT_EQ(h[4], 6); /* in --case--> Bolivia */
  sima_doc_free(d);
  /* perceived gerund after the object's phrase: "saw leaflets signed by
   * the ELN, making threats" (making --advcl--> saw) */
  d = run_fired("1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
                "2\tsaw\tsee\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                "3\tleaflets\tleaflet\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                "4\tsigned\tsign\tVERB\tVBN\t_\t3\tacl\t_\t_\n"
                "5\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_\n"
                "6\tELN\tELN\tPROPN\tNNP\t_\t4\tobl:agent\t_\t_\n"
                "7\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\t_\n"
                "8\tmaking\tmake\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
                "9\tthreats\tthreat\tNOUN\tNNS\t_\t8\tobj\t_\t_\n\n",
                h, r, "perceived_gerund");
  if (!d)
    return;
  INT_EQ(h[7], 3);
  OK(r[7] == rel("acl"), "making: acl");
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
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  OK(repair_set_empty(&fired), "no repair fired");
  INT_EQ(h[0], 2);
  INT_EQ(h[2], 2);
  /* a sentence the pipeline did not parse (relations 0) is left alone */
  sima_syntax *y = malloc(d->ntokens * sizeof *y);
  memcpy(y, d->syn, d->ntokens * sizeof *y);
  for (uint32_t i = 0; i < d->ntokens; i++) {
    y[i].head = -1;
    y[i].deprel = 0;
  }
  repair_set none = repair_sentence(d, y, 0, d->ntokens);
  OK(repair_set_empty(&none), "no repair on an unparsed sentence");
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
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[4], 3); /* Sindicato --appos--> Union */
  OK(r[4] == rel("appos"), "Sindicato: appos");
  INT_EQ(h[2], 8); /* Union stays the subject */
  OK(r[2] == rel("nsubj"), "Union: nsubj");
  OK(fired_has(&fired, "paren_subject"), "paren_subject named as fired");
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
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
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
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[3], 0); /* demanded is the root */
  INT_EQ(h[2], 4); /* officials --nsubj--> demanded */
  OK(r[2] == rel("nsubj"), "officials: nsubj");
  INT_EQ(h[0], 3); /* Kenya --compound--> officials */
  INT_EQ(h[4], 4); /* aid --obj--> demanded */
  OK(r[4] == rel("obj"), "aid: obj");
  OK(fired_has(&fired, "noun_case"), "noun_case named as fired");
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
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[8], 2); /* return --xcomp--> allowed */
  OK(r[8] == rel("xcomp"), "return: xcomp");
  OK(fired_has(&fired, "control_relcl"), "control_relcl named as fired");
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
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[5], 3); /* seized --acl--> weapons (the first conjunct) */
  OK(r[5] == rel("acl"), "seized: acl");
  OK(r[8] == rel("obl"), "peacekeepers: obl");
  OK(fired_has(&fired, "reduced_relative"), "reduced_relative named as fired");
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
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[5], 5); /* 12 --obj--> arresting */
  OK(r[5] == rel("obj"), "12: obj");
  OK(fired_has(&fired, "number_object"), "number_object named as fired");
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
  OK(n > 20 && n < REPAIR_REVERTED_BIT, "a table of repairs that fits a repair_set");
  for (unsigned i = 0; i < n; i++) {
    OK(repair_name(i) && repair_name(i)[0], "named");
    for (unsigned j = 0; j < i; j++)
      if (!strcmp(repair_name(i), repair_name(j)))
        FAILF("repair name %s twice", repair_name(i));
  }
  OK(repair_name(n) == NULL, "past the end");
  STR_EQ(repair_name(REPAIR_REVERTED_BIT), "reverted");
}

/* The gsrd8 round: shapes of the dense parser (UD EWT conventions) that
** the repairs read as the sparse parser's; each CoNLL-U is our own
** sentence parsed as the dense parser parses such sentences. */

TEST(passive_subject) {
  /* a subject of a passive verb parsed as active (dense) */
  const char *c = "1\tA\ta\tDET\tDT\t_\t3\tdet\t_\t_\n"
                  "2\tKenyan\tKenyan\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
                  "3\ttrader\ttrader\tNOUN\tNN\t_\t6\tnsubj\t_\t_\n"
                  "4\thas\thave\tAUX\tVBZ\t_\t6\taux\t_\t_\n"
                  "5\tbeen\tbe\tAUX\tVBN\t_\t6\taux:pass\t_\t_\n"
                  "6\tdetained\tdetain\tVERB\tVBN\t_\t0\troot\t_\t_\n"
                  "7\tin\tin\tADP\tIN\t_\t8\tcase\t_\t_\n"
                  "8\tUganda\tUganda\tPROPN\tNNP\t_\t6\tobl\t_\t_\n"
                  "9\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 9);
  INT_EQ(h[2], 6); /* trader --nsubj:pass--> detained */
  OK(r[2] == rel("nsubj:pass"), "trader: nsubj:pass");
  OK(fired_has(&fired, "passive_subject"), "passive_subject named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(coord_subject) {
  /* two subjects with the conjunction on the verb (dense) */
  const char *c = "1\tPeru\tPeru\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
                  "2\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
                  "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
                  "4\trebels\trebel\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
                  "5\tsigned\tsign\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "6\ta\ta\tDET\tDT\t_\t7\tdet\t_\t_\n"
                  "7\ttruce\ttruce\tNOUN\tNN\t_\t5\tobj\t_\t_\n"
                  "8\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 8);
  INT_EQ(h[3], 1); /* rebels --conj--> Peru */
  OK(r[3] == rel("conj"), "rebels: conj");
  INT_EQ(h[1], 4); /* and --cc--> rebels */
  OK(r[1] == rel("cc"), "and: cc");
  INT_EQ(h[0], 5); /* Peru --nsubj--> signed */
  OK(r[0] == rel("nsubj"), "Peru: nsubj");
  OK(fired_has(&fired, "coord_subject"), "coord_subject named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(reported_subject) {
  /* the reported clause's noun a second subject of said (dense) */
  const char *c = "1\tTwo\ttwo\tNUM\tCD\t_\t3\tnummod\t_\t_\n"
                  "2\thundred\thundred\tNUM\tCD\t_\t3\tnummod\t_\t_\n"
                  "3\tguerrillas\tguerrilla\tNOUN\tNNS\t_\t12\tnsubj\t_\t_\n"
                  "4\tsurrendered\tsurrender\tVERB\tVBN\t_\t3\tacl\t_\t_\n"
                  "5\tnear\tnear\tADP\tIN\t_\t6\tcase\t_\t_\n"
                  "6\tGulu\tGulu\tPROPN\tNNP\t_\t4\tobl\t_\t_\n"
                  "7\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
                  "8\tan\ta\tDET\tDT\t_\t10\tdet\t_\t_\n"
                  "9\tarmy\tarmy\tNOUN\tNN\t_\t10\tcompound\t_\t_\n"
                  "10\tspokesman\tspokesman\tNOUN\tNN\t_\t12\tnsubj\t_\t_\n"
                  "11\t,\t,\tPUNCT\t,\t_\t10\tpunct\t_\t_\n"
                  "12\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "13\t.\t.\tPUNCT\t.\t_\t12\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 13);
  INT_EQ(h[2], 12); /* guerrillas --ccomp--> said */
  OK(r[2] == rel("ccomp"), "guerrillas: ccomp");
  INT_EQ(h[9], 12); /* spokesman --nsubj--> said */
  OK(r[9] == rel("nsubj"), "spokesman: nsubj");
  INT_EQ(h[6], 12); /* , --punct--> said */
  OK(r[6] == rel("punct"), ",: punct");
  OK(fired_has(&fired, "reported_subject"), "reported_subject named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(title_name) {
  /* a common noun subject with the name as its apposition (dense) */
  const char *c = "1\tEU\tEU\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n"
                  "2\t-\t-\tPUNCT\tHYPH\t_\t1\tpunct\t_\t_\n"
                  "3\tmember\tmember\tNOUN\tNN\t_\t6\tnsubj\t_\t_\n"
                  "4\tMalta\tMalta\tPROPN\tNNP\t_\t3\tappos\t_\t_\n"
                  "5\tis\tbe\tAUX\tVBZ\t_\t6\tcop\t_\t_\n"
                  "6\tready\tready\tADJ\tJJ\t_\t0\troot\t_\t_\n"
                  "7\tto\tto\tPART\tTO\t_\t8\tmark\t_\t_\n"
                  "8\thelp\thelp\tVERB\tVB\t_\t6\txcomp\t_\t_\n"
                  "9\tLibya\tLibya\tPROPN\tNNP\t_\t8\tobj\t_\t_\n"
                  "10\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 10);
  INT_EQ(h[3], 6); /* Malta --nsubj--> ready */
  OK(r[3] == rel("nsubj"), "Malta: nsubj");
  INT_EQ(h[2], 4); /* member --nmod:desc--> Malta */
  OK(r[2] == rel("nmod:desc"), "member: nmod:desc");
  INT_EQ(h[0], 3); /* EU --compound--> member */
  OK(r[0] == rel("compound"), "EU: compound");
  OK(fired_has(&fired, "title_name"), "title_name named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(title_name_org) {
  /* a name of the title's own keeps the title the head */
  const char *c = "1\tUN\tUN\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
                  "2\tenvoy\tenvoy\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n"
                  "3\tAna\tAna\tPROPN\tNNP\t_\t2\tappos\t_\t_\n"
                  "4\tDiaz\tDiaz\tPROPN\tNNP\t_\t3\tflat\t_\t_\n"
                  "5\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "6\tSudan\tSudan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
                  "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 7);
  INT_EQ(h[1], 5); /* envoy --nsubj--> visited */
  OK(r[1] == rel("nsubj"), "envoy: nsubj");
  INT_EQ(h[2], 2); /* Ana --appos--> envoy */
  OK(r[2] == rel("appos"), "Ana: appos");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(title_two_subjects) {
  /* a title and the name both subjects of the verb (dense) */
  const char *c = "1\tFormer\tformer\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
                  "2\tminister\tminister\tNOUN\tNN\t_\t6\tnsubj:pass\t_\t_\n"
                  "3\tAna\tAna\tPROPN\tNNP\t_\t6\tnsubj:pass\t_\t_\n"
                  "4\tDiaz\tDiaz\tPROPN\tNNP\t_\t3\tflat\t_\t_\n"
                  "5\twas\tbe\tAUX\tVBD\t_\t6\taux:pass\t_\t_\n"
                  "6\tarrested\tarrest\tVERB\tVBN\t_\t0\troot\t_\t_\n"
                  "7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 7);
  INT_EQ(h[1], 3); /* minister --nmod:desc--> Ana */
  OK(r[1] == rel("nmod:desc"), "minister: nmod:desc");
  INT_EQ(h[2], 6); /* Ana --nsubj:pass--> arrested */
  OK(r[2] == rel("nsubj:pass"), "Ana: nsubj:pass");
  OK(fired_has(&fired, "title_name"), "title_name named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(number_noun) {
  /* the number the object, the noun a bare oblique (dense) */
  const char *c = "1\tKenya\tKenya\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                  "2\tsent\tsend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\t40\t40\tNUM\tCD\t_\t2\tobj\t_\t_\n"
                  "4\tpolice\tpolice\tNOUN\tNN\t_\t5\tcompound\t_\t_\n"
                  "5\tofficers\tofficer\tNOUN\tNNS\t_\t2\tobl:unmarked\t_\t_\n"
                  "6\tto\tto\tADP\tIN\t_\t7\tcase\t_\t_\n"
                  "7\tHaiti\tHaiti\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
                  "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 8);
  INT_EQ(h[2], 5); /* 40 --nummod--> officers */
  OK(r[2] == rel("nummod"), "40: nummod");
  INT_EQ(h[4], 2); /* officers --obj--> sent */
  OK(r[4] == rel("obj"), "officers: obj");
  OK(fired_has(&fired, "number_noun"), "number_noun named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(up_to) {
  /* up a particle, to the case of the counted noun (dense) */
  const char *c = "1\tChad\tChad\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
                  "2\twill\twill\tAUX\tMD\t_\t3\taux\t_\t_\n"
                  "3\tadmit\tadmit\tVERB\tVB\t_\t0\troot\t_\t_\n"
                  "4\tup\tup\tADP\tRP\t_\t3\tcompound:prt\t_\t_\n"
                  "5\tto\tto\tADP\tIN\t_\t7\tcase\t_\t_\n"
                  "6\t900\t900\tNUM\tCD\t_\t7\tnummod\t_\t_\n"
                  "7\trefugees\trefugee\tNOUN\tNNS\t_\t3\tobl\t_\t_\n"
                  "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 8);
  INT_EQ(h[3], 6); /* up --advmod--> 900 */
  OK(r[3] == rel("advmod"), "up: advmod");
  INT_EQ(h[4], 4); /* to --fixed--> up */
  OK(r[4] == rel("fixed"), "to: fixed");
  INT_EQ(h[6], 3); /* refugees --obj--> admit */
  OK(r[6] == rel("obj"), "refugees: obj");
  OK(fired_has(&fired, "up_to"), "up_to named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
  /* "to" the case of the number, the number a nummod of the noun (dense) */
  const char *c2 = "1\tChad\tChad\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
                   "2\twill\twill\tAUX\tMD\t_\t3\taux\t_\t_\n"
                   "3\tadmit\tadmit\tVERB\tVB\t_\t0\troot\t_\t_\n"
                   "4\tup\tup\tADP\tRP\t_\t3\tcompound:prt\t_\t_\n"
                   "5\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_\n"
                   "6\t900\t900\tNUM\tCD\t_\t8\tnummod\t_\t_\n"
                   "7\tSudanese\tSudanese\tPROPN\tNNP\t_\t8\tcompound\t_\t_\n"
                   "8\trefugees\trefugee\tNOUN\tNNS\t_\t3\tobl\t_\t_\n"
                   "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
  d = run(c2, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[3], 6); /* up --advmod--> 900 */
  OK(r[3] == rel("advmod"), "up: advmod");
  INT_EQ(h[4], 4); /* to --fixed--> up */
  OK(r[4] == rel("fixed"), "to: fixed");
  INT_EQ(h[7], 3); /* refugees --obj--> admit */
  OK(r[7] == rel("obj"), "refugees: obj");
  OK(fired_has(&fired, "up_to"), "up_to fired");
  sima_doc_free(d);
}

TEST(cased_subject) {
  /* "to" the case of a noun that is the subject of a past verb after it,
   * and the clause after "but" a conjunct of that verb (dense) */
  const char *c = "1\tSenegal\tSenegal\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                  "2\topened\topen\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\tits\tits\tPRON\tPRP$\t_\t4\tnmod:poss\t_\t_\n"
                  "4\tports\tport\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                  "5\tto\tto\tPART\tTO\t_\t7\tcase\t_\t_\n"
                  "6\tSpanish\tSpanish\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
                  "7\ttrawlers\ttrawler\tNOUN\tNNS\t_\t8\tnsubj\t_\t_\n"
                  "8\tbanned\tban\tVERB\tVBD\t_\t2\tadvcl\t_\t_\n"
                  "9\tfrom\tfrom\tADP\tIN\t_\t10\tcase\t_\t_\n"
                  "10\tMorocco\tMorocco\tPROPN\tNNP\t_\t8\tobl\t_\t_\n"
                  "11\t,\t,\tPUNCT\t,\t_\t14\tpunct\t_\t_\n"
                  "12\tbut\tbut\tCCONJ\tCC\t_\t14\tcc\t_\t_\n"
                  "13\twas\tbe\tAUX\tVBD\t_\t14\taux\t_\t_\n"
                  "14\trefusing\trefuse\tVERB\tVBG\t_\t8\tconj\t_\t_\n"
                  "15\taccess\taccess\tNOUN\tNN\t_\t14\tobj\t_\t_\n"
                  "16\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 16);
  INT_EQ(h[6], 2); /* trawlers --obl--> opened */
  OK(r[6] == rel("obl"), "trawlers: obl");
  INT_EQ(h[7], 7); /* banned --acl--> trawlers */
  OK(r[7] == rel("acl"), "banned: acl");
  INT_EQ(h[13], 2); /* refusing --conj--> opened */
  OK(r[13] == rel("conj"), "refusing: conj");
  OK(fired_has(&fired, "cased_subject"), "cased_subject named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
  /* "after" read as a case: a clause, left alone */
  const char *c2 = "1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                   "2\tended\tend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\tafter\tafter\tADP\tIN\t_\t4\tcase\t_\t_\n"
                   "4\trebels\trebel\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
                   "5\tfled\tflee\tVERB\tVBD\t_\t2\tadvcl\t_\t_\n"
                   "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  d = run(c2, h, r, &n, &fired);
  if (!d)
    return;
  OK(r[3] == rel("nsubj") && h[4] == 2, "after rebels fled: left alone");
  OK(!fired_has(&fired, "cased_subject"), "cased_subject not fired");
  sima_doc_free(d);
}

TEST(stacked_subject) {
  /* "NATO-member Canada is ready": NATO a second subject (dense) */
  const char *c = "1\tNATO\tNATO\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
                  "2\t-\t-\tPUNCT\t,\t_\t3\tpunct\t_\t_\n"
                  "3\tmember\tmember\tNOUN\tNN\t_\t1\tappos\t_\t_\n"
                  "4\tCanada\tCanada\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
                  "5\tis\tbe\tAUX\tVBZ\t_\t6\tcop\t_\t_\n"
                  "6\tready\tready\tADJ\tJJ\t_\t0\troot\t_\t_\n"
                  "7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[0], 4); /* NATO --compound--> Canada */
  OK(r[0] == rel("compound"), "NATO: compound");
  INT_EQ(h[3], 6); /* Canada --nsubj--> ready */
  OK(r[3] == rel("nsubj"), "Canada: nsubj");
  OK(fired_has(&fired, "stacked_subject"), "stacked_subject named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
  /* the name a vocative, the hyphen on the head: the same (and no
   * vocative repair: a hyphen is no comma) */
  const char *c2 = "1\tEU\tEU\tPROPN\tNNP\t_\t6\tvocative\t_\t_\n"
                   "2\t-\t-\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
                   "3\tmember\tmember\tNOUN\tNN\t_\t4\tcompound\t_\t_\n"
                   "4\tAustria\tAustria\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
                   "5\tis\tbe\tAUX\tVBZ\t_\t6\tcop\t_\t_\n"
                   "6\twilling\twilling\tADJ\tJJ\t_\t0\troot\t_\t_\n"
                   "7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";
  d = run(c2, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[0], 4); /* EU --compound--> Austria */
  OK(r[0] == rel("compound"), "EU: compound");
  INT_EQ(h[1], 1); /* the hyphen on EU */
  OK(r[3] == rel("nsubj") && h[3] == 6, "Austria: nsubj of willing");
  OK(!fired_has(&fired, "vocative"), "vocative not fired");
  sima_doc_free(d);
  /* two subjects with a comma between: left to split_subject */
  const char *c3 = "1\tChile\tChile\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                   "2\t,\t,\tPUNCT\t,\t_\t3\tpunct\t_\t_\n"
                   "3\tPeru\tPeru\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                   "4\tagreed\tagree\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
  d = run(c3, h, r, &n, &fired);
  if (!d)
    return;
  OK(!fired_has(&fired, "stacked_subject"), "comma: stacked_subject not fired");
  sima_doc_free(d);
  /* "El Salvador's Mara Salvatrucha is attempting": the possessor */
  const char *c4 = "1\tEl\tEl\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"
                   "2\tSalvador\tSalvador\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
                   "3\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
                   "4\tMara\tMara\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
                   "5\tSalvatrucha\tSalvatrucha\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"
                   "6\tis\tbe\tAUX\tVBZ\t_\t7\taux\t_\t_\n"
                   "7\tattempting\tattempt\tVERB\tVBG\t_\t0\troot\t_\t_\n"
                   "8\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n\n";
  d = run(c4, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[0], 5); /* El --nmod:poss--> Salvatrucha */
  OK(r[0] == rel("nmod:poss"), "El Salvador: nmod:poss");
  sima_doc_free(d);
}

TEST(poss_gerund) {
  /* "Omar Khalil, Jordan's leading activist, staged": leading a clause
   * of Jordan with the activist its object, Jordan on the comma (dense) */
  const char *c = "1\tOmar\tOmar\tPROPN\tNNP\t_\t9\tnsubj\t_\t_\n"
                  "2\tKhalil\tKhalil\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
                  "3\t,\t,\tPUNCT\t,\t_\t2\tpunct\t_\t_\n"
                  "4\tJordan\tJordan\tPROPN\tNNP\t_\t3\tappos\t_\t_\n"
                  "5\t's\t's\tPART\tPOS\t_\t4\tcase\t_\t_\n"
                  "6\tleading\tlead\tVERB\tVBG\t_\t4\tacl\t_\t_\n"
                  "7\tactivist\tactivist\tNOUN\tNN\t_\t6\tobj\t_\t_\n"
                  "8\t,\t,\tPUNCT\t,\t_\t9\tpunct\t_\t_\n"
                  "9\tstaged\tstage\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "10\ta\ta\tDET\tDT\t_\t11\tdet\t_\t_\n"
                  "11\tstrike\tstrike\tNOUN\tNN\t_\t9\tobj\t_\t_\n"
                  "12\t.\t.\tPUNCT\t.\t_\t9\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[6], 1); /* activist --appos--> Omar */
  OK(r[6] == rel("appos"), "activist: appos");
  INT_EQ(h[3], 7); /* Jordan --nmod:poss--> activist */
  OK(r[3] == rel("nmod:poss"), "Jordan: nmod:poss");
  INT_EQ(h[5], 7); /* leading --amod--> activist */
  OK(r[5] == rel("amod"), "leading: amod");
  OK(fired_has(&fired, "comma_appos"), "comma_appos fired (the repair for this shape)");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(agent_participle) {
  /* "to demand the return of land seized by troops": seized an xcomp of
   * demand (dense) */
  const char *c = "1\tto\tto\tPART\tTO\t_\t2\tmark\t_\t_\n"
                  "2\tdemand\tdemand\tVERB\tVB\t_\t0\troot\t_\t_\n"
                  "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
                  "4\treturn\treturn\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                  "5\tof\tof\tADP\tIN\t_\t6\tcase\t_\t_\n"
                  "6\tland\tland\tNOUN\tNN\t_\t4\tnmod\t_\t_\n"
                  "7\tseized\tseize\tVERB\tVBN\t_\t2\txcomp\t_\t_\n"
                  "8\tby\tby\tADP\tIN\t_\t9\tcase\t_\t_\n"
                  "9\ttroops\ttroops\tNOUN\tNNS\t_\t7\tobl:agent\t_\t_\n"
                  "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[6], 6); /* seized --acl--> land */
  OK(r[6] == rel("acl"), "seized: acl");
  OK(fired_has(&fired, "agent_participle"), "agent_participle named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
  /* no by-agent ("want the land returned"): left alone */
  const char *c2 = "1\tthey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
                   "2\twant\twant\tVERB\tVBP\t_\t0\troot\t_\t_\n"
                   "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
                   "4\tland\tland\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                   "5\treturned\treturn\tVERB\tVBN\t_\t2\txcomp\t_\t_\n"
                   "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  d = run(c2, h, r, &n, &fired);
  if (!d)
    return;
  OK(r[4] == rel("xcomp") && h[4] == 2, "returned: left alone");
  sima_doc_free(d);
}

TEST(noun_subject_verb) {
  /* "Israel Friday reimposed blockades in Gaza, a spokesman said":
   * reimposed an adjective of blockades, Israel the noun's subject and
   * Friday its compound, blockades the subject of said (dense) */
  const char *c = "1\tIsrael\tIsrael\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                  "2\tFriday\tFriday\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
                  "3\treimposed\treimpose\tVERB\tVBN\t_\t4\tamod\t_\t_\n"
                  "4\tblockades\tblockade\tNOUN\tNNS\t_\t10\tnsubj\t_\t_\n"
                  "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
                  "6\tGaza\tGaza\tPROPN\tNNP\t_\t4\tnmod\t_\t_\n"
                  "7\t,\t,\tPUNCT\t,\t_\t10\tpunct\t_\t_\n"
                  "8\ta\ta\tDET\tDT\t_\t9\tdet\t_\t_\n"
                  "9\tspokesman\tspokesman\tNOUN\tNN\t_\t10\tnsubj\t_\t_\n"
                  "10\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "11\t.\t.\tPUNCT\t.\t_\t10\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[2], 10); /* reimposed --ccomp--> said */
  OK(r[2] == rel("ccomp"), "reimposed: ccomp");
  INT_EQ(h[0], 3); /* Israel --nsubj--> reimposed */
  OK(r[0] == rel("nsubj"), "Israel: nsubj");
  INT_EQ(h[1], 3); /* Friday --obl:unmarked--> reimposed */
  OK(r[1] == rel("obl:unmarked"), "Friday: obl:unmarked");
  INT_EQ(h[3], 3); /* blockades --obj--> reimposed */
  OK(r[3] == rel("obj"), "blockades: obj");
  INT_EQ(h[5], 3); /* Gaza --obl--> reimposed */
  OK(r[5] == rel("obl"), "Gaza: obl");
  OK(fired_has(&fired, "noun_subject_verb"), "noun_subject_verb named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(time_of) {
  /* "attend a meeting next week of Palestinian factions": the of-phrase
   * on "week" (dense) */
  const char *c = "1\tto\tto\tPART\tTO\t_\t2\tmark\t_\t_\n"
                  "2\tattend\tattend\tVERB\tVB\t_\t0\troot\t_\t_\n"
                  "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
                  "4\tmeeting\tmeeting\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                  "5\tnext\tnext\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
                  "6\tweek\tweek\tNOUN\tNN\t_\t2\tobl:unmarked\t_\t_\n"
                  "7\tof\tof\tADP\tIN\t_\t9\tcase\t_\t_\n"
                  "8\tPalestinian\tPalestinian\tADJ\tJJ\t_\t9\tamod\t_\t_\n"
                  "9\tfactions\tfaction\tNOUN\tNNS\t_\t6\tnmod\t_\t_\n"
                  "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[8], 4); /* factions --nmod--> meeting */
  OK(r[8] == rel("nmod"), "factions: nmod");
  OK(fired_has(&fired, "time_of"), "time_of named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
  /* "a meeting next week of May": a time of-phrase, left alone */
  const char *c2 = "1\tattend\tattend\tVERB\tVB\t_\t0\troot\t_\t_\n"
                   "2\ta\ta\tDET\tDT\t_\t3\tdet\t_\t_\n"
                   "3\tmeeting\tmeeting\tNOUN\tNN\t_\t1\tobj\t_\t_\n"
                   "4\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
                   "5\tlast\tlast\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
                   "6\tweek\tweek\tNOUN\tNN\t_\t1\tobl:unmarked\t_\t_\n"
                   "7\tof\tof\tADP\tIN\t_\t8\tcase\t_\t_\n"
                   "8\tMay\tMay\tPROPN\tNNP\t_\t6\tnmod\t_\t_\n"
                   "9\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n";
  d = run(c2, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[7], 6); /* May stays on week */
  OK(!fired_has(&fired, "time_of"), "time_of not fired");
  sima_doc_free(d);
}

TEST(final_speaker_participle) {
  /* "Warships launched war games, expected to be joined by Italian
   * vessels, the embassy said": the participle clause the complement of
   * said (dense) */
  const char *c = "1\tWarships\twarship\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                  "2\tlaunched\tlaunch\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\twar\twar\tNOUN\tNN\t_\t4\tcompound\t_\t_\n"
                  "4\tgames\tgame\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                  "5\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
                  "6\texpected\texpect\tVERB\tVBN\t_\t15\tccomp\t_\t_\n"
                  "7\tto\tto\tPART\tTO\t_\t9\tmark\t_\t_\n"
                  "8\tbe\tbe\tAUX\tVB\t_\t9\taux:pass\t_\t_\n"
                  "9\tjoined\tjoin\tVERB\tVBN\t_\t6\txcomp\t_\t_\n"
                  "10\tby\tby\tADP\tIN\t_\t11\tcase\t_\t_\n"
                  "11\tvessels\tvessel\tNOUN\tNNS\t_\t9\tobl:agent\t_\t_\n"
                  "12\t,\t,\tPUNCT\t,\t_\t15\tpunct\t_\t_\n"
                  "13\tthe\tthe\tDET\tDT\t_\t14\tdet\t_\t_\n"
                  "14\tembassy\tembassy\tNOUN\tNN\t_\t15\tnsubj\t_\t_\n"
                  "15\tsaid\tsay\tVERB\tVBD\t_\t2\tparataxis\t_\t_\n"
                  "16\t.\t.\tPUNCT\t.\t_\t15\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[5], 2); /* expected --advcl--> launched */
  OK(r[5] == rel("advcl"), "expected: advcl");
  INT_EQ(h[14], 2); /* said --parataxis--> launched */
  OK(fired_has(&fired, "final_speaker"), "final_speaker named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(demand_today_that_dense) {
  /* "its demand today that Israel ease restrictions" (dense): today on
   * demand, that (a pronoun) on today, restrictions the object of that,
   * Israel the subject of "ease", a compound of restrictions */
  const char *c = "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
                  "2\trenewed\trenew\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\ttheir\ttheir\tPRON\tPRP$\t_\t4\tnmod:poss\t_\t_\n"
                  "4\tdemand\tdemand\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                  "5\ttoday\ttoday\tNOUN\tNN\t_\t4\tobl:unmarked\t_\t_\n"
                  "6\tthat\tthat\tPRON\tDT\t_\t5\tnmod\t_\t_\n"
                  "7\tIsrael\tIsrael\tPROPN\tNNP\t_\t8\tnsubj\t_\t_\n"
                  "8\tease\tease\tNOUN\tNN\t_\t9\tcompound\t_\t_\n"
                  "9\trestrictions\trestriction\tNOUN\tNNS\t_\t6\tobj\t_\t_\n"
                  "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[7], 4); /* ease --acl--> demand */
  OK(r[7] == rel("acl"), "ease: acl");
  INT_EQ(h[5], 8); /* that --mark--> ease */
  OK(r[5] == rel("mark"), "that: mark");
  INT_EQ(h[6], 8); /* Israel --nsubj--> ease */
  OK(r[6] == rel("nsubj"), "Israel: nsubj");
  INT_EQ(h[8], 8); /* restrictions --obj--> ease */
  OK(r[8] == rel("obj"), "restrictions: obj");
  OK(fired_has(&fired, "compound_verb"), "compound_verb fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(to_subject_poss_conj) {
  /* "offered its police to Iraq's President Talabani to help him": the
   * first "to" a marker of help, Iraq its subject, Talabani a conjunct
   * of Iraq (dense) */
  const char *c = "1\tJordan\tJordan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                  "2\toffered\toffer\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\tits\tits\tPRON\tPRP$\t_\t4\tnmod:poss\t_\t_\n"
                  "4\tpolice\tpolice\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                  "5\tto\tto\tADP\tIN\t_\t11\tmark\t_\t_\n"
                  "6\tIraq\tIraq\tPROPN\tNNP\t_\t11\tnsubj\t_\t_\n"
                  "7\t's\t's\tPART\tPOS\t_\t6\tcase\t_\t_\n"
                  "8\tPresident\tPresident\tPROPN\tNNP\t_\t9\tnmod:desc\t_\t_\n"
                  "9\tTalabani\tTalabani\tPROPN\tNNP\t_\t6\tconj\t_\t_\n"
                  "10\tto\tto\tPART\tTO\t_\t11\tmark\t_\t_\n"
                  "11\thelp\thelp\tVERB\tVB\t_\t2\tadvcl\t_\t_\n"
                  "12\thim\the\tPRON\tPRP\t_\t11\tobj\t_\t_\n"
                  "13\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[8], 2); /* Talabani --obl--> offered */
  OK(r[8] == rel("obl"), "Talabani: obl");
  INT_EQ(h[4], 9); /* to --case--> Talabani */
  OK(r[4] == rel("case"), "to: case");
  INT_EQ(h[5], 9); /* Iraq --nmod:poss--> Talabani */
  OK(r[5] == rel("nmod:poss"), "Iraq: nmod:poss");
  INT_EQ(h[10], 2); /* help --advcl--> offered */
  OK(fired_has(&fired, "poss_conj"), "poss_conj named as fired");
  OK(fired_has(&fired, "to_subject"), "to_subject named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
  /* "Iraq's and Syria's leaders": a conjunct with its own coordinator */
  const char *c2 = "1\tIraq\tIraq\tPROPN\tNNP\t_\t6\tnmod:poss\t_\t_\n"
                   "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
                   "3\tand\tand\tCCONJ\tCC\t_\t4\tcc\t_\t_\n"
                   "4\tSyria\tSyria\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
                   "5\t's\t's\tPART\tPOS\t_\t4\tcase\t_\t_\n"
                   "6\tleaders\tleader\tNOUN\tNNS\t_\t7\tnsubj\t_\t_\n"
                   "7\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "8\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n\n";
  d = run(c2, h, r, &n, &fired);
  if (!d)
    return;
  OK(!fired_has(&fired, "poss_conj"), "coordinated: poss_conj not fired");
  sima_doc_free(d);
}

TEST(sibling_participle) {
  /* "announced it will return weapons seized from peacekeepers": return
   * and seized two clauses of announced, weapons the subject of seized
   * (dense) */
  const char *c = "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
                  "2\tannounced\tannounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\tit\tit\tPRON\tPRP\t_\t5\tnsubj\t_\t_\n"
                  "4\twill\twill\tAUX\tMD\t_\t5\taux\t_\t_\n"
                  "5\treturn\treturn\tVERB\tVB\t_\t2\tccomp\t_\t_\n"
                  "6\tweapons\tweapon\tNOUN\tNNS\t_\t7\tnsubj\t_\t_\n"
                  "7\tseized\tseize\tVERB\tVBD\t_\t2\tccomp\t_\t_\n"
                  "8\tfrom\tfrom\tADP\tIN\t_\t9\tcase\t_\t_\n"
                  "9\tpeacekeepers\tpeacekeeper\tNOUN\tNNS\t_\t7\tobl\t_\t_\n"
                  "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[5], 5); /* weapons --obj--> return */
  OK(r[5] == rel("obj"), "weapons: obj");
  INT_EQ(h[6], 6); /* seized --acl--> weapons */
  OK(r[6] == rel("acl"), "seized: acl");
  OK(fired_has(&fired, "sibling_participle"), "sibling_participle named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(more_than) {
  /* more the conjunct, the counted noun hung on it (dense) */
  const char *c = "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                  "2\tfreed\tfree\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
                  "4\tmayor\tmayor\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                  "5\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n"
                  "6\tmore\tmore\tADJ\tJJR\t_\t4\tconj\t_\t_\n"
                  "7\tthan\tthan\tADP\tIN\t_\t6\tfixed\t_\t_\n"
                  "8\t20\t20\tNUM\tCD\t_\t9\tnummod\t_\t_\n"
                  "9\thostages\thostage\tNOUN\tNNS\t_\t6\tconj\t_\t_\n"
                  "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 10);
  INT_EQ(h[8], 4); /* hostages --conj--> mayor */
  OK(r[8] == rel("conj"), "hostages: conj");
  INT_EQ(h[4], 9); /* and --cc--> hostages */
  OK(r[4] == rel("cc"), "and: cc");
  INT_EQ(h[5], 8); /* more --advmod--> 20 */
  OK(r[5] == rel("advmod"), "more: advmod");
  INT_EQ(h[6], 6); /* than --fixed--> more */
  OK(r[6] == rel("fixed"), "than: fixed");
  OK(fired_has(&fired, "more_than"), "more_than named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(adv_case_noun) {
  /* over on the noun of a caseless oblique (dense) */
  const char *c = "1\tChile\tChile\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                  "2\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\tover\tover\tADV\tRB\t_\t6\tadvmod\t_\t_\n"
                  "4\ttwo\ttwo\tNUM\tCD\t_\t6\tnummod\t_\t_\n"
                  "5\tPeruvian\tPeruvian\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
                  "6\tincursions\tincursion\tNOUN\tNNS\t_\t2\tobl\t_\t_\n"
                  "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 7);
  INT_EQ(h[2], 6); /* over --case--> incursions */
  OK(r[2] == rel("case"), "over: case");
  OK(fired_has(&fired, "adv_case"), "adv_case named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(root_name_subject) {
  /* the organisation's name the root, the verb on it (dense) */
  const char *c = "1\tBolivia\tBolivia\tPROPN\tNNP\t_\t0\troot\t_\t_\n"
                  "2\tMiners\tMiners\tPROPN\tNNPS\t_\t1\tflat\t_\t_\n"
                  "3\tUnion\tUnion\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
                  "4\t(\t(\tPUNCT\t-LRB-\t_\t5\tpunct\t_\t_\n"
                  "5\tBMU\tBMU\tPROPN\tNNP\t_\t1\tappos\t_\t_\n"
                  "6\t)\t)\tPUNCT\t-RRB-\t_\t5\tpunct\t_\t_\n"
                  "7\tleaders\tleader\tNOUN\tNNS\t_\t8\tnsubj\t_\t_\n"
                  "8\tdemanded\tdemand\tVERB\tVBD\t_\t1\tparataxis\t_\t_\n"
                  "9\ttalks\ttalk\tNOUN\tNNS\t_\t8\tobj\t_\t_\n"
                  "10\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 10);
  INT_EQ(h[7], 0); /* demanded --root--> root */
  OK(r[7] == rel("root"), "demanded: root");
  INT_EQ(h[0], 7); /* Bolivia --compound--> leaders */
  OK(r[0] == rel("compound"), "Bolivia: compound");
  INT_EQ(h[9], 8); /* . --punct--> demanded */
  OK(r[9] == rel("punct"), ".: punct");
  OK(fired_has(&fired, "root_name_subject"), "root_name_subject named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(prep_root) {
  /* a prepositional phrase the root, the clause on its apposition (dense) */
  const char *c = "1\tAfter\tafter\tADP\tIN\t_\t3\tcase\t_\t_\n"
                  "2\tthe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
                  "3\tvote\tvote\tNOUN\tNN\t_\t0\troot\t_\t_\n"
                  "4\t,\t,\tPUNCT\t,\t_\t3\tpunct\t_\t_\n"
                  "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
                  "6\tgovernment\tgovernment\tNOUN\tNN\t_\t3\tappos\t_\t_\n"
                  "7\thas\thave\tAUX\tVBZ\t_\t8\taux\t_\t_\n"
                  "8\tagreed\tagree\tVERB\tVBN\t_\t6\tacl\t_\t_\n"
                  "9\tto\tto\tPART\tTO\t_\t10\tmark\t_\t_\n"
                  "10\tresign\tresign\tVERB\tVB\t_\t8\txcomp\t_\t_\n"
                  "11\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 11);
  INT_EQ(h[7], 0); /* agreed --root--> root */
  OK(r[7] == rel("root"), "agreed: root");
  INT_EQ(h[5], 8); /* government --nsubj--> agreed */
  OK(r[5] == rel("nsubj"), "government: nsubj");
  INT_EQ(h[2], 8); /* vote --obl--> agreed */
  OK(r[2] == rel("obl"), "vote: obl");
  INT_EQ(h[10], 8); /* . --punct--> agreed */
  OK(r[10] == rel("punct"), ".: punct");
  OK(fired_has(&fired, "prep_root"), "prep_root named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(including_subject) {
  /* a relative clause whose subject follows including (dense) */
  const char *c = "1\tIsraeli\tIsraeli\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
                  "2\tjets\tjet\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
                  "3\tincluding\tinclude\tVERB\tVBG\t_\t5\tcase\t_\t_\n"
                  "4\tattack\tattack\tNOUN\tNN\t_\t5\tcompound\t_\t_\n"
                  "5\thelicopters\thelicopter\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
                  "6\tstruck\tstrike\tVERB\tVBD\t_\t2\tacl:relcl\t_\t_\n"
                  "7\tGaza\tGaza\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
                  "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 8);
  INT_EQ(h[5], 0); /* struck --root--> root */
  OK(r[5] == rel("root"), "struck: root");
  INT_EQ(h[1], 6); /* jets --nsubj--> struck */
  OK(r[1] == rel("nsubj"), "jets: nsubj");
  INT_EQ(h[4], 2); /* helicopters --nmod--> jets */
  OK(r[4] == rel("nmod"), "helicopters: nmod");
  INT_EQ(h[7], 6); /* . --punct--> struck */
  OK(r[7] == rel("punct"), ".: punct");
  OK(fired_has(&fired, "including_subject"), "including_subject named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(suspect_xcomp) {
  /* the participle of suspicion the verb's open complement (dense) */
  const char *c = "1\tKenya\tKenya\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                  "2\tdeported\tdeport\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\tsuspected\tsuspect\tVERB\tVBN\t_\t2\txcomp\t_\t_\n"
                  "4\tSomali\tSomali\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
                  "5\tpirates\tpirate\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
                  "6\ton\ton\tADP\tIN\t_\t7\tcase\t_\t_\n"
                  "7\tMonday\tMonday\tPROPN\tNNP\t_\t3\tobl\t_\t_\n"
                  "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 8);
  INT_EQ(h[4], 2); /* pirates --obj--> deported */
  OK(r[4] == rel("obj"), "pirates: obj");
  INT_EQ(h[2], 5); /* suspected --amod--> pirates */
  OK(r[2] == rel("amod"), "suspected: amod");
  INT_EQ(h[6], 2); /* Monday --obl--> deported */
  OK(r[6] == rel("obl"), "Monday: obl");
  OK(fired_has(&fired, "suspect_xcomp"), "suspect_xcomp named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(reported_phrase) {
  /* a phrase of the reported clause hung on said (dense) */
  const char *c = "1\tPolice\tpolice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                  "2\topened\topen\tVERB\tVBD\t_\t10\tccomp\t_\t_\n"
                  "3\tan\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
                  "4\tinquiry\tinquiry\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                  "5\tagainst\tagainst\tADP\tIN\t_\t6\tcase\t_\t_\n"
                  "6\tofficials\tofficial\tNOUN\tNNS\t_\t10\tobl\t_\t_\n"
                  "7\t,\t,\tPUNCT\t,\t_\t9\tpunct\t_\t_\n"
                  "8\tthe\tthe\tDET\tDT\t_\t9\tdet\t_\t_\n"
                  "9\tministry\tministry\tNOUN\tNN\t_\t10\tnsubj\t_\t_\n"
                  "10\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "11\t.\t.\tPUNCT\t.\t_\t10\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 11);
  INT_EQ(h[5], 2); /* officials --obl--> opened */
  OK(r[5] == rel("obl"), "officials: obl");
  INT_EQ(h[8], 10); /* ministry --nsubj--> said */
  OK(r[8] == rel("nsubj"), "ministry: nsubj");
  OK(fired_has(&fired, "reported_phrase"), "reported_phrase named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(reported_phrase_parataxis) {
  /* an if-clause of the reported verb hung on its parataxis said, a long
   * speaker (dense) */
  const char *c = "1\tRome\tRome\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
                  "2\tmay\tmay\tAUX\tMD\t_\t3\taux\t_\t_\n"
                  "3\tcut\tcut\tVERB\tVB\t_\t0\troot\t_\t_\n"
                  "4\taid\taid\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
                  "5\tif\tif\tSCONJ\tIN\t_\t7\tmark\t_\t_\n"
                  "6\tfighting\tfighting\tNOUN\tNN\t_\t7\tnsubj\t_\t_\n"
                  "7\tresumes\tresume\tVERB\tVBZ\t_\t16\tadvcl\t_\t_\n"
                  "8\t,\t,\tPUNCT\t,\t_\t13\tpunct\t_\t_\n"
                  "9\tthe\tthe\tDET\tDT\t_\t13\tdet\t_\t_\n"
                  "10\tItalian\tItalian\tADJ\tJJ\t_\t13\tamod\t_\t_\n"
                  "11\tdeputy\tdeputy\tNOUN\tNN\t_\t13\tcompound\t_\t_\n"
                  "12\tforeign\tforeign\tADJ\tJJ\t_\t13\tamod\t_\t_\n"
                  "13\tminister\tminister\tNOUN\tNN\t_\t16\tnsubj\t_\t_\n"
                  "14\tMario\tMario\tPROPN\tNNP\t_\t13\tappos\t_\t_\n"
                  "15\tRossi\tRossi\tPROPN\tNNP\t_\t14\tflat\t_\t_\n"
                  "16\tsaid\tsay\tVERB\tVBD\t_\t3\tparataxis\t_\t_\n"
                  "17\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 17);
  INT_EQ(h[6], 3); /* resumes --advcl--> cut */
  OK(r[6] == rel("advcl"), "resumes: advcl");
  INT_EQ(h[15], 3); /* said --parataxis--> cut */
  OK(r[15] == rel("parataxis"), "said: parataxis");
  OK(fired_has(&fired, "reported_phrase"), "reported_phrase named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(time_subject_after_verb) {
  /* a time word after said read as a later clause's subject (dense) */
  const char *c = "1\tAnnan\tAnnan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                  "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\there\there\tADV\tRB\t_\t2\tadvmod\t_\t_\n"
                  "4\tMonday\tMonday\tPROPN\tNNP\t_\t10\tnsubj:pass\t_\t_\n"
                  "5\tthat\tthat\tSCONJ\tIN\t_\t8\tmark\t_\t_\n"
                  "6\tIraq\tIraq\tPROPN\tNNP\t_\t8\tnsubj\t_\t_\n"
                  "7\tmust\tmust\tAUX\tMD\t_\t8\taux\t_\t_\n"
                  "8\tcomply\tcomply\tVERB\tVB\t_\t4\tacl\t_\t_\n"
                  "9\tonce\tonce\tSCONJ\tIN\t_\t10\tmark\t_\t_\n"
                  "10\tapproved\tapprove\tVERB\tVBN\t_\t2\tccomp\t_\t_\n"
                  "11\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 11);
  INT_EQ(h[3], 2); /* Monday --obl:tmod--> said */
  OK(r[3] == rel("obl:tmod"), "Monday: obl:tmod");
  INT_EQ(h[7], 2); /* comply --ccomp--> said */
  OK(r[7] == rel("ccomp"), "comply: ccomp");
  OK(fired_has(&fired, "time_subject"), "time_subject named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(number_object_comma) {
  /* a number counting the speaker across a comma (dense) */
  const char *c = "1\tPolice\tpolice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                  "2\tfired\tfire\tVERB\tVBD\t_\t9\tccomp\t_\t_\n"
                  "3\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_\n"
                  "4\tarresting\tarrest\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
                  "5\t30\t30\tNUM\tCD\t_\t8\tnummod\t_\t_\n"
                  "6\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\t_\n"
                  "7\tsecurity\tsecurity\tNOUN\tNN\t_\t8\tcompound\t_\t_\n"
                  "8\tsources\tsource\tNOUN\tNNS\t_\t9\tnsubj\t_\t_\n"
                  "9\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "10\t.\t.\tPUNCT\t.\t_\t9\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 10);
  INT_EQ(h[4], 4); /* 30 --obj--> arresting */
  OK(r[4] == rel("obj"), "30: obj");
  OK(fired_has(&fired, "number_object"), "number_object named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(participle_gerund) {
  /* a gerund hung on the subject after the verb's phrase (dense) */
  const char *c = "1\tThousands\tthousand\tNOUN\tNNS\t_\t9\tccomp\t_\t_\n"
                  "2\tof\tof\tADP\tIN\t_\t3\tcase\t_\t_\n"
                  "3\tstudents\tstudent\tNOUN\tNNS\t_\t1\tnmod\t_\t_\n"
                  "4\tmarched\tmarch\tVERB\tVBN\t_\t1\tacl\t_\t_\n"
                  "5\tdemanding\tdemand\tVERB\tVBG\t_\t1\tacl\t_\t_\n"
                  "6\treforms\treform\tNOUN\tNNS\t_\t5\tobj\t_\t_\n"
                  "7\t,\t,\tPUNCT\t,\t_\t1\tpunct\t_\t_\n"
                  "8\twitnesses\twitness\tNOUN\tNNS\t_\t9\tnsubj\t_\t_\n"
                  "9\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "10\t.\t.\tPUNCT\t.\t_\t9\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 10);
  INT_EQ(h[3], 9); /* marched --ccomp--> said */
  OK(r[3] == rel("ccomp"), "marched: ccomp");
  INT_EQ(h[0], 4); /* Thousands --nsubj--> marched */
  OK(r[0] == rel("nsubj"), "Thousands: nsubj");
  INT_EQ(h[4], 4); /* demanding --advcl--> marched */
  OK(r[4] == rel("advcl"), "demanding: advcl");
  OK(fired_has(&fired, "participle"), "participle named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(subject_participle_adverb) {
  /* an adverb between the subject and the participle (dense) */
  const char *c = "1\tBorder\tborder\tNOUN\tNN\t_\t2\tcompound\t_\t_\n"
                  "2\tguards\tguard\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
                  "3\treportedly\treportedly\tADV\tRB\t_\t4\tadvmod\t_\t_\n"
                  "4\tbeat\tbeat\tVERB\tVBN\t_\t6\tamod\t_\t_\n"
                  "5\tHaitian\tHaitian\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
                  "6\tmigrants\tmigrant\tNOUN\tNNS\t_\t2\tnmod\t_\t_\n"
                  "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 7);
  INT_EQ(h[3], 0); /* beat --root--> root */
  OK(r[3] == rel("root"), "beat: root");
  INT_EQ(h[1], 4); /* guards --nsubj--> beat */
  OK(r[1] == rel("nsubj"), "guards: nsubj");
  INT_EQ(h[5], 4); /* migrants --obj--> beat */
  OK(r[5] == rel("obj"), "migrants: obj");
  INT_EQ(h[2], 4); /* reportedly --advmod--> beat */
  OK(r[2] == rel("advmod"), "reportedly: advmod");
  OK(fired_has(&fired, "subject_participle"), "subject_participle named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(speech_obl_parse) {
  /* the subject of a reported clause hung as a bare obl of the speech
  ** verb, its place phrase on it (dense, h20i) */
  const char *c = "1\tIn\tin\tADP\tIN\t_\t3\tcase\t_\t_\n"
                  "2\ta\ta\tDET\tDT\t_\t3\tdet\t_\t_\n"
                  "3\traid\traid\tNOUN\tNN\t_\t14\tobl\t_\t_\n"
                  "4\t,\t,\tPUNCT\t,\t_\t3\tpunct\t_\t_\n"
                  "5\tKurdish\tKurdish\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
                  "6\tguards\tguard\tNOUN\tNNS\t_\t14\tobl\t_\t_\n"
                  "7\tat\tat\tADP\tIN\t_\t8\tcase\t_\t_\n"
                  "8\tErbil\tErbil\tPROPN\tNNP\t_\t6\tnmod\t_\t_\n"
                  "9\tseized\tseize\tVERB\tVBN\t_\t10\tamod\t_\t_\n"
                  "10\trifles\trifle\tNOUN\tNNS\t_\t6\tnmod\t_\t_\n"
                  "11\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
                  "12\tthe\tthe\tDET\tDT\t_\t13\tdet\t_\t_\n"
                  "13\tministry\tministry\tNOUN\tNN\t_\t14\tnsubj\t_\t_\n"
                  "14\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "15\t.\t.\tPUNCT\t.\t_\t14\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 15);
  INT_EQ(h[8], 14); /* seized --ccomp--> said */
  OK(r[8] == rel("ccomp"), "seized: ccomp");
  INT_EQ(h[5], 9); /* guards --nsubj--> seized */
  OK(r[5] == rel("nsubj"), "guards: nsubj");
  INT_EQ(h[9], 9); /* rifles --obj--> seized */
  OK(r[9] == rel("obj"), "rifles: obj");
  INT_EQ(h[12], 14); /* ministry --nsubj--> said */
  OK(fired_has(&fired, "parse"), "parse named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(speech_obl_participle) {
  /* the same with the place name a compound of the object (dense,
  ** rules.txt:626's shape; h20i) */
  const char *c = "1\tIn\tin\tADP\tIN\t_\t3\tcase\t_\t_\n"
                  "2\ta\ta\tDET\tDT\t_\t3\tdet\t_\t_\n"
                  "3\traid\traid\tNOUN\tNN\t_\t14\tobl\t_\t_\n"
                  "4\t,\t,\tPUNCT\t,\t_\t3\tpunct\t_\t_\n"
                  "5\tKurdish\tKurdish\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
                  "6\tguards\tguard\tNOUN\tNNS\t_\t14\tobl\t_\t_\n"
                  "7\tin\tin\tADP\tIN\t_\t10\tcase\t_\t_\n"
                  "8\tErbil\tErbil\tPROPN\tNNP\t_\t10\tcompound\t_\t_\n"
                  "9\tseized\tseize\tVERB\tVBN\t_\t10\tamod\t_\t_\n"
                  "10\trifles\trifle\tNOUN\tNNS\t_\t6\tnmod\t_\t_\n"
                  "11\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
                  "12\tthe\tthe\tDET\tDT\t_\t13\tdet\t_\t_\n"
                  "13\tministry\tministry\tNOUN\tNN\t_\t14\tnsubj\t_\t_\n"
                  "14\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "15\t.\t.\tPUNCT\t.\t_\t14\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 15);
  INT_EQ(h[8], 14); /* seized --ccomp--> said */
  OK(r[8] == rel("ccomp"), "seized: ccomp");
  INT_EQ(h[5], 9); /* guards --nsubj--> seized */
  OK(r[5] == rel("nsubj"), "guards: nsubj");
  INT_EQ(h[9], 9); /* rifles --obj--> seized */
  OK(r[9] == rel("obj"), "rifles: obj");
  INT_EQ(h[12], 14); /* ministry --nsubj--> said */
  /* (merged with h20c's place_split, which splits "in Erbil" off first,
  ** repair_parse does it) */
  OK(fired_has(&fired, "subject_participle") || fired_has(&fired, "parse"),
     "subject_participle or parse named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(double_object) {
  /* two objects of a verb of giving (dense, h20i) */
  const char *c = "1\tChad\tChad\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                  "2\tgranted\tgrant\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
                  "4\trefugees\trefugee\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                  "5\tfull\tfull\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
                  "6\trights\tright\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                  "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 7);
  INT_EQ(h[3], 2); /* refugees --iobj--> granted */
  OK(r[3] == rel("iobj"), "refugees: iobj");
  INT_EQ(h[5], 2); /* rights --obj--> granted */
  OK(r[5] == rel("obj"), "rights: obj");
  OK(fired_has(&fired, "double_object"), "double_object named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(parse_appos_comma) {
  /* the comma closing the apposition hung on the object (dense) */
  const char *c = "1\tAna\tAna\tPROPN\tNNP\t_\t0\troot\t_\t_\n"
                  "2\tDiaz\tDiaz\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
                  "3\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
                  "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
                  "5\tenvoy\tenvoy\tNOUN\tNN\t_\t1\tappos\t_\t_\n"
                  "6\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\t_\n"
                  "7\turged\turge\tVERB\tVBN\t_\t8\tamod\t_\t_\n"
                  "8\tparties\tparty\tNOUN\tNNS\t_\t1\tappos\t_\t_\n"
                  "9\tto\tto\tPART\tTO\t_\t10\tmark\t_\t_\n"
                  "10\tnegotiate\tnegotiate\tVERB\tVB\t_\t8\tacl\t_\t_\n"
                  "11\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 11);
  INT_EQ(h[6], 0); /* urged --root--> root */
  OK(r[6] == rel("root"), "urged: root");
  INT_EQ(h[0], 7); /* Ana --nsubj--> urged */
  OK(r[0] == rel("nsubj"), "Ana: nsubj");
  INT_EQ(h[7], 7); /* parties --obj--> urged */
  OK(r[7] == rel("obj"), "parties: obj");
  OK(fired_has(&fired, "parse"), "parse named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(agent_paren_climb) {
  /* a by-phrase after a parenthetical on the passive verb's complement (dense)
   */
  const char *c = "1\tSmith\tSmith\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
                  "2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
                  "3\taccused\taccuse\tVERB\tVBN\t_\t0\troot\t_\t_\n"
                  "4\tof\tof\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
                  "5\tstealing\tsteal\tVERB\tVBG\t_\t3\tadvcl\t_\t_\n"
                  "6\tfunds\tfund\tNOUN\tNNS\t_\t5\tobj\t_\t_\n"
                  "7\t,\t,\tPUNCT\t,\t_\t10\tpunct\t_\t_\n"
                  "8\tsome\tsome\tDET\tDT\t_\t10\tnsubj\t_\t_\n"
                  "9\tallegedly\tallegedly\tADV\tRB\t_\t10\tadvmod\t_\t_\n"
                  "10\thidden\thide\tVERB\tVBD\t_\t5\tadvcl\t_\t_\n"
                  "11\t,\t,\tPUNCT\t,\t_\t14\tpunct\t_\t_\n"
                  "12\tby\tby\tADP\tIN\t_\t14\tcase\t_\t_\n"
                  "13\tthe\tthe\tDET\tDT\t_\t14\tdet\t_\t_\n"
                  "14\tpolice\tpolice\tNOUN\tNNS\t_\t10\tobl\t_\t_\n"
                  "15\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 15);
  INT_EQ(h[13], 3); /* police --obl:agent--> accused */
  OK(r[13] == rel("obl:agent"), "police: obl:agent");
  OK(fired_has(&fired, "agent_paren"), "agent_paren named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(ing_adjective) {
  /* an adjective in -ing read as a clause with the noun its object (dense) */
  const char *c = "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                  "2\tthreatened\tthreaten\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_\n"
                  "4\tdeliver\tdeliver\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
                  "5\tcrushing\tcrush\tVERB\tVBG\t_\t4\txcomp\t_\t_\n"
                  "6\tblows\tblow\tNOUN\tNNS\t_\t5\tobj\t_\t_\n"
                  "7\tto\tto\tADP\tIN\t_\t8\tcase\t_\t_\n"
                  "8\tKenya\tKenya\tPROPN\tNNP\t_\t5\tobl\t_\t_\n"
                  "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 9);
  INT_EQ(h[5], 4); /* blows --obj--> deliver */
  OK(r[5] == rel("obj"), "blows: obj");
  INT_EQ(h[4], 6); /* crushing --amod--> blows */
  OK(r[4] == rel("amod"), "crushing: amod");
  INT_EQ(h[7], 4); /* Kenya --obl--> deliver */
  OK(r[7] == rel("obl"), "Kenya: obl");
  OK(fired_has(&fired, "ing_adjective"), "ing_adjective named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(bare_reported) {
  /* the reported verb bare, its subject and object subjects of said (dense) */
  const char *c = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                  "2\tKurds\tKurd\tPROPN\tNNPS\t_\t11\tnsubj\t_\t_\n"
                  "3\treject\treject\tVERB\tVBP\t_\t11\tccomp\t_\t_\n"
                  "4\tTurkish\tTurkish\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
                  "5\tproposals\tproposal\tNOUN\tNNS\t_\t11\tnsubj\t_\t_\n"
                  "6\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\t_\n"
                  "7\ta\ta\tDET\tDT\t_\t8\tdet\t_\t_\n"
                  "8\tnegotiator\tnegotiator\tNOUN\tNN\t_\t5\tconj\t_\t_\n"
                  "9\tAhmed\tAhmed\tPROPN\tNNP\t_\t11\tnsubj\t_\t_\n"
                  "10\tKarim\tKarim\tPROPN\tNNP\t_\t9\tflat\t_\t_\n"
                  "11\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "12\t.\t.\tPUNCT\t.\t_\t11\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 12);
  INT_EQ(h[1], 3); /* Kurds --nsubj--> reject */
  OK(r[1] == rel("nsubj"), "Kurds: nsubj");
  INT_EQ(h[4], 3); /* proposals --obj--> reject */
  OK(r[4] == rel("obj"), "proposals: obj");
  INT_EQ(h[7], 9); /* negotiator --nmod:desc--> Ahmed */
  OK(r[7] == rel("nmod:desc"), "negotiator: nmod:desc");
  INT_EQ(h[8], 11); /* Ahmed --nsubj--> said */
  OK(r[8] == rel("nsubj"), "Ahmed: nsubj");
  OK(fired_has(&fired, "bare_reported"), "bare_reported named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

TEST(reported_subject_conj) {
  /* guard: a verb conjunct of the first subject is no reported clause */
  const char *c = "1\tLions\tlion\tNOUN\tNNS\t_\t9\tnsubj\t_\t_\n"
                  "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
                  "3\tGondor\tGondor\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                  "4\twelcomed\twelcome\tVERB\tVBD\t_\t1\tconj\t_\t_\n"
                  "5\ttalks\ttalk\tNOUN\tNNS\t_\t4\tobj\t_\t_\n"
                  "6\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\t_\n"
                  "7\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
                  "8\tagency\tagency\tNOUN\tNN\t_\t9\tnsubj\t_\t_\n"
                  "9\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "10\t.\t.\tPUNCT\t.\t_\t9\tpunct\t_\t_\n\n";
  int32_t h[48];
  unsigned r[48];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 10);
  INT_EQ(h[0], 9); /* Lions --nsubj--> said */
  OK(r[0] == rel("nsubj"), "Lions: nsubj");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

/* C-REPAIR (participle after a preposition), h20f: "remained on alert
** in occupied Crimea today" with "occupied" a clause taking "in" as its
** case and Crimea as its object (dense): Crimea is the verb's oblique,
** "occupied" its adjective, "today" back on the verb; a participle with a
** subject of its own is left alone */
TEST(case_participle) {
  const char *c1 = "1\ttroops\ttroops\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                   "2\tremained\tremain\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\ton\ton\tADP\tIN\t_\t4\tcase\t_\t_\n"
                   "4\talert\talert\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
                   "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
                   "6\toccupied\toccupy\tVERB\tVBN\t_\t2\tadvcl\t_\t_\n"
                   "7\tCrimea\tCrimea\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
                   "8\ttoday\ttoday\tNOUN\tNN\t_\t6\tobl:unmarked\t_\t_\n"
                   "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c1, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[6], 2); /* Crimea --obl--> remained */
  OK(r[6] == rel("obl"), "Crimea: obl");
  INT_EQ(h[5], 7); /* occupied --amod--> Crimea */
  OK(r[5] == rel("amod"), "occupied: amod");
  INT_EQ(h[4], 7); /* in --case--> Crimea */
  INT_EQ(h[7], 2); /* today --obl:unmarked--> remained */
  OK(fired_has(&fired, "case_participle"), "case_participle fired");
  sima_doc_free(d);
  /* "after they occupied Crimea": a subject of its own, a clause */
  const char *c2 = "1\ttroops\ttroops\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                   "2\tremained\tremain\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\tafter\tafter\tADP\tIN\t_\t5\tcase\t_\t_\n"
                   "4\tthey\tthey\tPRON\tPRP\t_\t5\tnsubj\t_\t_\n"
                   "5\toccupied\toccupy\tVERB\tVBD\t_\t2\tadvcl\t_\t_\n"
                   "6\tCrimea\tCrimea\tPROPN\tNNP\t_\t5\tobj\t_\t_\n\n";
  d = run(c2, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[5], 5); /* Crimea stays the object */
  OK(!fired_has(&fired, "case_participle"), "case_participle not fired");
  sima_doc_free(d);
}

/* C-REPAIR (content clause hung elsewhere), h20f: the dense parser's
** "its demand that Israel ease restrictions" ("ease" a noun compound of
** "restrictions", the object of "demand") and "demands that Chad's
** government grant ..." ("grant" a clause of an earlier noun): the clause
** is the content (acl) of the noun before "that" */
TEST(content_mark) {
  const char *c1 = "1\tILO\tILO\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                   "2\treiterated\treiterate\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\tits\tits\tPRON\tPRP$\t_\t4\tnmod:poss\t_\t_\n"
                   "4\tdemand\tdemand\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                   "5\tthat\tthat\tPRON\tIN\t_\t7\tmark\t_\t_\n"
                   "6\tIsrael\tIsrael\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"
                   "7\tease\tease\tNOUN\tNN\t_\t8\tcompound\t_\t_\n"
                   "8\trestrictions\trestriction\tNOUN\tNNS\t_\t4\tobj\t_\t_\n"
                   "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[24];
  unsigned r[24];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c1, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[6], 4); /* ease --acl--> demand */
  OK(r[6] == rel("acl"), "ease: acl");
  INT_EQ(h[7], 7); /* restrictions --obj--> ease */
  OK(r[7] == rel("obj"), "restrictions: obj");
  INT_EQ(h[5], 7); /* Israel --nsubj--> ease */
  OK(fired_has(&fired, "content_mark"), "content_mark fired");
  sima_doc_free(d);
  const char *c2 = "1\tmovement\tmovement\tNOUN\tNN\t_\t0\troot\t_\t_\n"
                   "2\tinsisted\tinsist\tVERB\tVBD\t_\t1\tacl\t_\t_\n"
                   "3\ton\ton\tADP\tIN\t_\t4\tcase\t_\t_\n"
                   "4\tdemands\tdemand\tNOUN\tNNS\t_\t2\tobl\t_\t_\n"
                   "5\tthat\tthat\tPRON\tIN\t_\t7\tmark\t_\t_\n"
                   "6\tChad\tChad\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"
                   "7\tgrant\tgrant\tVERB\tVBP\t_\t1\tacl\t_\t_\n"
                   "8\trights\tright\tNOUN\tNNS\t_\t7\tobj\t_\t_\n\n";
  d = run(c2, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[6], 4); /* grant --acl--> demands */
  OK(r[6] == rel("acl"), "grant: acl");
  OK(fired_has(&fired, "content_mark"), "content_mark fired");
  sima_doc_free(d);
  /* a that-clause after a noun of no content stays where it is */
  const char *c3 = "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
                   "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\ttoday\ttoday\tNOUN\tNN\t_\t2\tobl:unmarked\t_\t_\n"
                   "4\tthat\tthat\tSCONJ\tIN\t_\t6\tmark\t_\t_\n"
                   "5\tPeru\tPeru\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
                   "6\twon\twin\tVERB\tVBD\t_\t2\tccomp\t_\t_\n\n";
  d = run(c3, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[5], 2);
  OK(!fired_has(&fired, "content_mark"), "content_mark not fired");
  sima_doc_free(d);
}

/* C-REPAIR (modifier after a coordinator), h20f: "between the Emirates
** and Saudi Arabia" with "Arabia" an nmod of "Emirates" and "and" hung on
** "Saudi" (sparse): a conjunct; "and promised raids" (a verb inside) stays */
TEST(nmod_conj) {
  const char *c1 = "1\tbetween\tbetween\tADP\tIN\t_\t3\tcase\t_\t_\n"
                   "2\tthe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
                   "3\tEmirates\tEmirate\tPROPN\tNNPS\t_\t0\troot\t_\t_\n"
                   "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
                   "5\tSaudi\tSaudi\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
                   "6\tArabia\tArabia\tPROPN\tNNP\t_\t3\tnmod\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c1, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[5], 3); /* Arabia --conj--> Emirates */
  OK(r[5] == rel("conj"), "Arabia: conj");
  INT_EQ(h[3], 6); /* and --cc--> Arabia */
  OK(r[3] == rel("cc"), "and: cc");
  OK(fired_has(&fired, "nmod_conj"), "nmod_conj fired");
  sima_doc_free(d);
  const char *c2 = "1\tattack\tattack\tNOUN\tNN\t_\t0\troot\t_\t_\n"
                   "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
                   "3\tpromised\tpromise\tVERB\tVBD\t_\t4\tamod\t_\t_\n"
                   "4\traids\traid\tNOUN\tNNS\t_\t1\tnmod\t_\t_\n\n";
  d = run(c2, h, r, &n, &fired);
  if (!d)
    return;
  OK(r[3] != rel("conj"), "raids: no conjunct");
  OK(!fired_has(&fired, "nmod_conj"), "nmod_conj not fired");
  sima_doc_free(d);
}

/* C-REPAIR (gerund of an accusation), h20f: "accused the army of killing
** civilians" with "killing" an amod of "civilians" and "of civilians" on
** "army" (sparse): the gerund is the object's clause, civilians its
** object; after a verb of no accusation nothing changes */
TEST(accused_gerund) {
  const char *c1 = "1\tofficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                   "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
                   "4\tarmy\tarmy\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                   "5\tof\tof\tSCONJ\tIN\t_\t7\tcase\t_\t_\n"
                   "6\tkilling\tkill\tVERB\tVBG\t_\t7\tamod\t_\t_\n"
                   "7\tcivilians\tcivilian\tNOUN\tNNS\t_\t4\tnmod\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c1, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[5], 4); /* killing --acl--> army */
  OK(r[5] == rel("acl"), "killing: acl");
  INT_EQ(h[6], 6); /* civilians --obj--> killing */
  OK(r[6] == rel("obj"), "civilians: obj");
  INT_EQ(h[4], 6); /* of --mark--> killing */
  OK(r[4] == rel("mark"), "of: mark");
  OK(fired_has(&fired, "accused_gerund"), "accused_gerund fired");
  sima_doc_free(d);
  const char *c2 = "1\tofficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                   "2\twarned\twarn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
                   "4\tarmy\tarmy\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                   "5\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_\n"
                   "6\tgrowing\tgrow\tVERB\tVBG\t_\t7\tamod\t_\t_\n"
                   "7\tdangers\tdanger\tNOUN\tNNS\t_\t4\tnmod\t_\t_\n\n";
  d = run(c2, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[5], 7);
  OK(!fired_has(&fired, "accused_gerund"), "accused_gerund not fired");
  sima_doc_free(d);
}

/* C-REPAIR (subject's phrase after the verb), h20f: a prepositional
** modifier of the subject after the verb is the verb's oblique */
TEST(subject_tail) {
  const char *c1 = "1\tcompany\tcompany\tNOUN\tNN\t_\t2\tnsubj\t_\t_\n"
                   "2\tsold\tsell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\tweapons\tweapon\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                   "4\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_\n"
                   "5\tarmy\tarmy\tNOUN\tNN\t_\t1\tnmod\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c1, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[4], 2); /* army --obl--> sold */
  OK(r[4] == rel("obl"), "army: obl");
  OK(fired_has(&fired, "subject_tail"), "subject_tail fired");
  sima_doc_free(d);
  /* a modifier before the verb stays the subject's */
  const char *c2 = "1\tpolice\tpolice\tNOUN\tNN\t_\t4\tnsubj\t_\t_\n"
                   "2\tin\tin\tADP\tIN\t_\t3\tcase\t_\t_\n"
                   "3\tLima\tLima\tPROPN\tNNP\t_\t1\tnmod\t_\t_\n"
                   "4\tarrested\tarrest\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "5\tsmugglers\tsmuggler\tNOUN\tNNS\t_\t4\tobj\t_\t_\n\n";
  d = run(c2, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[2], 1);
  OK(!fired_has(&fired, "subject_tail"), "subject_tail not fired");
  sima_doc_free(d);
}

/* C-REPAIR (border with), h20f: "sent officers to the border with
** Venezuela" with "with Venezuela" on "officers" (dense): the border's */
TEST(border_with) {
  const char *c1 = "1\tColombia\tColombia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                   "2\tsent\tsend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\tofficers\tofficer\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                   "4\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_\n"
                   "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
                   "6\tborder\tborder\tNOUN\tNN\t_\t3\tnmod\t_\t_\n"
                   "7\twith\twith\tADP\tIN\t_\t8\tcase\t_\t_\n"
                   "8\tVenezuela\tVenezuela\tPROPN\tNNP\t_\t3\tnmod\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c1, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[7], 6); /* Venezuela --nmod--> border */
  OK(r[7] == rel("nmod"), "Venezuela: nmod");
  OK(fired_has(&fired, "border_with"), "border_with fired");
  sima_doc_free(d);
  /* a with-phrase after another noun stays: "met officers in the town
  ** with Venezuela's envoy" */
  const char *c2 = "1\tColombia\tColombia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                   "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
                   "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
                   "5\ttown\ttown\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
                   "6\twith\twith\tADP\tIN\t_\t7\tcase\t_\t_\n"
                   "7\tVenezuela\tVenezuela\tPROPN\tNNP\t_\t2\tobl\t_\t_\n\n";
  d = run(c2, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[6], 2);
  OK(!fired_has(&fired, "border_with"), "border_with not fired");
  sima_doc_free(d);
}

/* C-REPAIR (participle clause after the object), h20f: "arrested
** smugglers carrying the drugs" with "carrying" an advcl of "arrested"
** (dense): the smugglers' clause (acl); after a comma it stays the
** verb's */
TEST(object_gerund) {
  const char *c1 = "1\tPolice\tpolice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                   "2\tarrested\tarrest\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\tsmugglers\tsmuggler\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                   "4\tcarrying\tcarry\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
                   "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
                   "6\tdrugs\tdrug\tNOUN\tNNS\t_\t4\tobj\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c1, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[3], 3); /* carrying --acl--> smugglers */
  OK(r[3] == rel("acl"), "carrying: acl");
  OK(fired_has(&fired, "object_gerund"), "object_gerund fired");
  sima_doc_free(d);
  const char *c2 = "1\tTroops\ttroops\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                   "2\tkilled\tkill\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\trebels\trebel\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                   "4\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
                   "5\tusing\tuse\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
                   "6\tdrones\tdrone\tNOUN\tNNS\t_\t5\tobj\t_\t_\n\n";
  d = run(c2, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[4], 2);
  OK(!fired_has(&fired, "object_gerund"), "object_gerund not fired");
  sima_doc_free(d);
  /* after a with-phrase: "volunteering with the militia spearheading the
  ** fight" */
  const char *c3 = "1\tDane\tDane\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                   "2\tvolunteered\tvolunteer\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\twith\twith\tADP\tIN\t_\t4\tcase\t_\t_\n"
                   "4\tmilitia\tmilitia\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
                   "5\tspearheading\tspearhead\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
                   "6\tfight\tfight\tNOUN\tNN\t_\t5\tobj\t_\t_\n\n";
  d = run(c3, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[4], 4); /* spearheading --acl--> militia */
  OK(r[4] == rel("acl"), "spearheading: acl");
  sima_doc_free(d);
}

/* C-REPAIR (clause subject as object, with its phrase; infinitive read
** as a phrase), h20f: the dense parser's shapes */
TEST(clause_subject_phrase) {
  const char *c1 = "1\tPetro\tPetro\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                   "2\tconfirmed\tconfirm\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\tleaders\tleader\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                   "4\tof\tof\tADP\tIN\t_\t5\tcase\t_\t_\n"
                   "5\tgang\tgang\tNOUN\tNN\t_\t3\tnmod\t_\t_\n"
                   "6\twere\tbe\tAUX\tVBD\t_\t7\taux\t_\t_\n"
                   "7\tnegotiating\tnegotiate\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
                   "8\ttruce\ttruce\tNOUN\tNN\t_\t7\tobj\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c1, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[2], 7); /* leaders --nsubj--> negotiating */
  OK(r[2] == rel("nsubj"), "leaders: nsubj");
  OK(r[6] == rel("ccomp"), "negotiating: ccomp");
  OK(fired_has(&fired, "clause_subject_phrase"), "clause_subject_phrase fired");
  sima_doc_free(d);
  const char *c2 = "1\tPeru\tPeru\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                   "2\tsent\tsend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\tofficers\tofficer\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                   "4\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_\n"
                   "5\tpatrol\tpatrol\tVERB\tVB\t_\t2\tobl\t_\t_\n\n";
  d = run(c2, h, r, &n, &fired);
  if (!d)
    return;
  OK(r[4] == rel("advcl"), "patrol: advcl");
  OK(r[3] == rel("mark"), "to: mark");
  OK(fired_has(&fired, "to_infinitive"), "to_infinitive fired");
  sima_doc_free(d);
}

/* C-REPAIR (participle between commas, hung on the later verb), h20f:
** "A mayor, accused of ordering ..., has been arrested" with "accused" a
** parataxis of "arrested" and the mayor its subject (sparse) */
TEST(comma_participle_late) {
  const char *c1 = "1\tmayor\tmayor\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
                   "2\t,\t,\tPUNCT\t,\t_\t3\tpunct\t_\t_\n"
                   "3\taccused\taccuse\tVERB\tVBN\t_\t9\tparataxis\t_\t_\n"
                   "4\tof\tof\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
                   "5\tordering\torder\tVERB\tVBG\t_\t3\tadvcl\t_\t_\n"
                   "6\tkillings\tkilling\tNOUN\tNNS\t_\t5\tobj\t_\t_\n"
                   "7\t,\t,\tPUNCT\t,\t_\t3\tpunct\t_\t_\n"
                   "8\twas\tbe\tAUX\tVBD\t_\t9\taux:pass\t_\t_\n"
                   "9\tarrested\tarrest\tVERB\tVBN\t_\t0\troot\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c1, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[0], 9); /* mayor --nsubj:pass--> arrested */
  OK(r[0] == rel("nsubj:pass"), "mayor: nsubj:pass");
  INT_EQ(h[2], 1); /* accused --acl--> mayor */
  OK(r[2] == rel("acl"), "accused: acl");
  OK(fired_has(&fired, "comma_participle_late"), "comma_participle_late fired");
  sima_doc_free(d);
}

/* C-REPAIR (possessor read as the object), h20f: "summoned Israel's
** ambassador Yoav Levi to complain" with Israel the object, "ambassador"
** its apposition and "to complain" the ambassador's clause (dense) */
TEST(poss_object) {
  const char *c1 = "1\tminister\tminister\tNOUN\tNN\t_\t2\tnsubj\t_\t_\n"
                   "2\tsummoned\tsummon\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\tIsrael\tIsrael\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                   "4\t's\t's\tPART\tPOS\t_\t3\tcase\t_\t_\n"
                   "5\tambassador\tambassador\tNOUN\tNN\t_\t3\tappos\t_\t_\n"
                   "6\tLevi\tLevi\tPROPN\tNNP\t_\t5\tappos\t_\t_\n"
                   "7\tto\tto\tPART\tTO\t_\t8\tmark\t_\t_\n"
                   "8\tcomplain\tcomplain\tVERB\tVB\t_\t5\tacl\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c1, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[4], 2); /* ambassador --obj--> summoned */
  OK(r[4] == rel("obj"), "ambassador: obj");
  INT_EQ(h[2], 5); /* Israel --nmod:poss--> ambassador */
  OK(r[2] == rel("nmod:poss"), "Israel: nmod:poss");
  INT_EQ(h[7], 2); /* complain --advcl--> summoned */
  OK(r[7] == rel("advcl"), "complain: advcl");
  OK(fired_has(&fired, "poss_object"), "poss_object fired");
  sima_doc_free(d);
}

/* C-REPAIR (apposition hung on its comma), h20f: "Karim Tabbou,
** Algeria's leading human rights activist, began" with Algeria the object
** of the comma (dense): "activist" is the name's apposition */
TEST(comma_appos) {
  const char *c1 = "1\tKarim\tKarim\tPROPN\tNNP\t_\t10\tnsubj\t_\t_\n"
                   "2\tTabbou\tTabbou\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
                   "3\t,\t,\tPUNCT\t,\t_\t2\tpunct\t_\t_\n"
                   "4\tAlgeria\tAlgeria\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
                   "5\t's\t's\tPART\tPOS\t_\t4\tcase\t_\t_\n"
                   "6\tleading\tlead\tVERB\tVBG\t_\t4\tacl\t_\t_\n"
                   "7\trights\tright\tNOUN\tNNS\t_\t8\tcompound\t_\t_\n"
                   "8\tactivist\tactivist\tNOUN\tNN\t_\t6\tobj\t_\t_\n"
                   "9\t,\t,\tPUNCT\t,\t_\t1\tpunct\t_\t_\n"
                   "10\tbegan\tbegin\tVERB\tVBD\t_\t0\troot\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c1, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[7], 1); /* activist --appos--> Karim */
  OK(r[7] == rel("appos"), "activist: appos");
  INT_EQ(h[3], 8); /* Algeria --nmod:poss--> activist */
  OK(r[3] == rel("nmod:poss"), "Algeria: nmod:poss");
  INT_EQ(h[5], 8); /* leading --amod--> activist */
  OK(r[5] == rel("amod"), "leading: amod");
  OK(fired_has(&fired, "comma_appos"), "comma_appos fired");
  sima_doc_free(d);
}

/* C-REPAIR shapes of the dense parser, h20h: two bare nouns as objects
** (compound), a correlative verb on its subject, a told content clause
** read as a relative clause, a list of nouns chained, a verb inside a
** titled name, a side participle with a clause, "off" as a case. */
static int check20h(const char *conllu, int32_t *h, unsigned *r,
                    const char *repair) {
  sima_doc *d = run_fired(conllu, h, r, repair);
  if (!d)
    return 0;
  sima_doc_free(d);
  return 1;
}

TEST(dense_shapes20h) {
  int32_t h[24];
  unsigned r[24];
  /* "Chile asked Peru to send food aid": food --compound--> aid */
  const char *c1 = "1\tChile\tChile\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                   "2\tasked\task\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\tPeru\tPeru\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
                   "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
                   "5\tsend\tsend\tVERB\tVB\t_\t2\tccomp\t_\t_\n"
                   "6\tfood\tfood\tNOUN\tNN\t_\t5\tobj\t_\t_\n"
                   "7\taid\taid\tNOUN\tNN\t_\t5\tobj\t_\t_\n"
                   "\n";
  if (check20h(c1, h, r, "noun_object_second")) {
    INT_EQ(h[5], 7);
    OK(r[5] == rel("compound"), "food: compound");
    INT_EQ(h[6], 5);
  }
  /* "Police neither arrested nor charged the men": "Police" the root
  ** with "arrested" its conjunct -> "arrested" the root, "Police" its
  ** subject */
  const char *c2 = "1\tPolice\tpolice\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
                   "2\tneither\tneither\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
                   "3\tarrested\tarrest\tVERB\tVBD\t_\t1\tconj\t_\t_\n"
                   "4\tnor\tnor\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
                   "5\tcharged\tcharge\tVERB\tVBD\t_\t3\tconj\t_\t_\n"
                   "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
                   "7\tmen\tman\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
                   "\n";
  if (check20h(c2, h, r, "correlative_verb")) {
    INT_EQ(h[2], 0);
    INT_EQ(h[0], 3);
    OK(r[0] == rel("nsubj"), "Police: nsubj");
    OK(r[1] == rel("cc:preconj"), "neither: cc:preconj");
  }
  /* "He told judges that he wanted to talk": the relative clause of
  ** "judges" -> the content clause of "told" */
  const char *c3 = "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
                   "2\ttold\ttell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\tjudges\tjudge\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                   "4\tthat\tthat\tPRON\tWDT\t_\t6\tobj\t_\t_\n"
                   "5\the\the\tPRON\tPRP\t_\t6\tnsubj\t_\t_\n"
                   "6\twanted\twant\tVERB\tVBD\t_\t3\tacl:relcl\t_\t_\n"
                   "7\tto\tto\tPART\tTO\t_\t8\tmark\t_\t_\n"
                   "8\ttalk\ttalk\tVERB\tVB\t_\t6\txcomp\t_\t_\n"
                   "\n";
  if (check20h(c3, h, r, "told_that")) {
    INT_EQ(h[5], 2);
    OK(r[5] == rel("ccomp"), "wanted: ccomp");
    OK(r[3] == rel("mark"), "that: mark");
  }
  /* "Troops held two men, three women and a boy": "boy" on "women" ->
  ** on "men" */
  const char *c4 = "1\tTroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                   "2\theld\thold\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\ttwo\ttwo\tNUM\tCD\t_\t4\tnummod\t_\t_\n"
                   "4\tmen\tman\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                   "5\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_\n"
                   "6\tthree\tthree\tNUM\tCD\t_\t7\tnummod\t_\t_\n"
                   "7\twomen\twoman\tNOUN\tNNS\t_\t4\tconj\t_\t_\n"
                   "8\tand\tand\tCCONJ\tCC\t_\t10\tcc\t_\t_\n"
                   "9\ta\ta\tDET\tDT\t_\t10\tdet\t_\t_\n"
                   "10\tboy\tboy\tNOUN\tNN\t_\t7\tconj\t_\t_\n"
                   "\n";
  if (check20h(c4, h, r, "noun_series")) {
    INT_EQ(h[9], 4);
    INT_EQ(h[6], 4);
  }
  /* "Former Minister Ana Paz visited Quito.": one noun phrase,
  ** "visited" an adjective of "Quito" -> the root, "Paz" its subject */
  const char *c5 = "1\tFormer\tformer\tADJ\tJJ\t_\t0\troot\t_\t_\n"
                   "2\tMinister\tMinister\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n"
                   "3\tAna\tAna\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
                   "4\tPaz\tPaz\tPROPN\tNNP\t_\t3\tflat\t_\t_\n"
                   "5\tvisited\tvisit\tVERB\tVBN\t_\t6\tamod\t_\t_\n"
                   "6\tQuito\tQuito\tPROPN\tNNP\t_\t3\tflat\t_\t_\n"
                   "7\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n"
                   "\n";
  if (check20h(c5, h, r, "name_verb")) {
    INT_EQ(h[4], 0);
    INT_EQ(h[3], 5);
    OK(r[3] == rel("nsubj"), "Paz: nsubj");
    INT_EQ(h[5], 5);
    OK(r[5] == rel("obj"), "Quito: obj");
    INT_EQ(h[6], 5);
  }
  /* "Officials said an attack by rebels fighting the army would fail":
  ** the army the participle's object, the clause what was said */
  const char *c6 = "1\tOfficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                   "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\tan\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
                   "4\tattack\tattack\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                   "5\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_\n"
                   "6\trebels\trebel\tNOUN\tNNS\t_\t4\tnmod\t_\t_\n"
                   "7\tfighting\tfight\tVERB\tVBG\t_\t4\tacl\t_\t_\n"
                   "8\tthe\tthe\tDET\tDT\t_\t9\tdet\t_\t_\n"
                   "9\tarmy\tarmy\tNOUN\tNN\t_\t11\tnsubj\t_\t_\n"
                   "10\twould\twould\tAUX\tMD\t_\t11\taux\t_\t_\n"
                   "11\tfail\tfail\tVERB\tVB\t_\t7\tccomp\t_\t_\n"
                   "\n";
  if (check20h(c6, h, r, "side_participle_clause")) {
    INT_EQ(h[10], 2);
    OK(r[10] == rel("ccomp"), "fail: ccomp");
    INT_EQ(h[3], 11);
    OK(r[3] == rel("nsubj"), "attack: nsubj");
    INT_EQ(h[8], 7);
    OK(r[8] == rel("obj"), "army: obj");
    INT_EQ(h[6], 6);
  }
  /* "Troops cut off the road": "off" the case of "road" -> particle */
  const char *c7 = "1\tTroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                   "2\tcut\tcut\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "3\toff\toff\tADP\tIN\t_\t5\tcase\t_\t_\n"
                   "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
                   "5\troad\troad\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
                   "\n";
  if (check20h(c7, h, r, "particle_over")) {
    INT_EQ(h[2], 2);
    OK(r[2] == rel("compound:prt"), "off: compound:prt");
    OK(r[4] == rel("obj"), "road: obj");
  }
}

/* h20c: RULE C-REPAIR (parse): of several compounds of the object before
** the verb, the last heads the subject (the dense parser's shape) */
TEST(parse_compound_chain) {
  const char *c = "1\tGondor\tGondor\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n"
                  "2\tPort\tPort\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n"
                  "3\tCouncil\tCouncil\tPROPN\tNNP\t_\t6\tcompound\t_\t_\n"
                  "4\tofficials\tofficial\tNOUN\tNNS\t_\t6\tcompound\t_\t_\n"
                  "5\tdemanded\tdemand\tVERB\tVBN\t_\t6\tamod\t_\t_\n"
                  "6\tgrain\tgrain\tNOUN\tNN\t_\t0\troot\t_\t_\n"
                  "7\tfrom\tfrom\tADP\tIN\t_\t8\tcase\t_\t_\n"
                  "8\tRohan\tRohan\tPROPN\tNNP\t_\t6\tnmod\t_\t_\n"
                  "9\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 9);
  INT_EQ(h[4], 0); /* demanded is the root */
  INT_EQ(h[3], 5); /* officials --nsubj--> demanded */
  OK(r[3] == rel("nsubj"), "officials: nsubj");
  INT_EQ(h[2], 4); /* Council --compound--> officials */
  OK(r[2] == rel("compound"), "Council: compound");
  INT_EQ(h[5], 5); /* grain --obj--> demanded */
  OK(r[5] == rel("obj"), "grain: obj");
  INT_EQ(h[7], 5); /* Rohan --obl--> demanded */
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

/* h20c: RULE C-REPAIR (object gerund): a from-gerund hung on the object
** (the dense parser's shape) is the verb's advcl */
TEST(marked_object_gerund) {
  const char *c = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                  "2\tarmy\tarmy\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
                  "3\tstopped\tstop\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "4\tthem\tthey\tPRON\tPRP\t_\t3\tobj\t_\t_\n"
                  "5\tfrom\tfrom\tSCONJ\tIN\t_\t6\tmark\t_\t_\n"
                  "6\tcrossing\tcross\tVERB\tVBG\t_\t4\tacl\t_\t_\n"
                  "7\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
                  "8\triver\triver\tNOUN\tNN\t_\t6\tobj\t_\t_\n"
                  "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 9);
  INT_EQ(h[5], 3); /* crossing --advcl--> stopped */
  OK(r[5] == rel("advcl"), "crossing: advcl");
  INT_EQ(h[3], 3); /* them --obj--> stopped */
  OK(fired_has(&fired, "marked_object_gerund"), "object_gerund named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

/* guard: the gerund of a noun that is no actor stays its own */
TEST(object_gerund_noun) {
  const char *c = "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
                  "2\trejected\treject\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
                  "4\tplan\tplan\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                  "5\tfor\tfor\tSCONJ\tIN\t_\t6\tmark\t_\t_\n"
                  "6\tbuilding\tbuild\tVERB\tVBG\t_\t4\tacl\t_\t_\n"
                  "7\troads\troad\tNOUN\tNNS\t_\t6\tobj\t_\t_\n"
                  "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(h[5], 4); /* building --acl--> plan */
  OK(r[5] == rel("acl"), "building: acl");
  sima_doc_free(d);
}

/* h20c: RULE C-REPAIR (mark_head): a subordinator hung as nmod heading a
** gerund gives the gerund its place and becomes its marker */
TEST(mark_head) {
  const char *c = "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
                  "2\tset\tset\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\tlimits\tlimit\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                  "4\ton\ton\tSCONJ\tIN\t_\t3\tnmod\t_\t_\n"
                  "5\tholding\thold\tVERB\tVBG\t_\t4\tadvcl\t_\t_\n"
                  "6\ttalks\ttalk\tNOUN\tNNS\t_\t5\tobj\t_\t_\n"
                  "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 7);
  INT_EQ(h[4], 3); /* holding --acl--> limits */
  OK(r[4] == rel("acl"), "holding: acl");
  INT_EQ(h[3], 5); /* on --mark--> holding */
  OK(r[3] == rel("mark"), "on: mark");
  INT_EQ(h[5], 5); /* talks --obj--> holding */
  OK(fired_has(&fired, "mark_head"), "mark_head named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

/* h20c: RULE C-REPAIR (case_modifier): a case hung on the title before a
** name in an oblique belongs to the name */
TEST(case_modifier) {
  const char *c = "1\tAragorn\tAragorn\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                  "2\twrote\twrite\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\tto\tto\tADP\tIN\t_\t4\tcase\t_\t_\n"
                  "4\tKing\tKing\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
                  "5\tTheoden\tTheoden\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
                  "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 6);
  INT_EQ(h[2], 5); /* to --case--> Theoden */
  OK(r[2] == rel("case"), "to: case");
  INT_EQ(h[3], 5); /* King --compound--> Theoden */
  OK(fired_has(&fired, "case_modifier"), "case_modifier named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

/* h20c: RULE C-REPAIR (fronted_subject): the object of a fronted
** phrase's noun after its comma is the verb's subject */
TEST(fronted_subject) {
  const char *c = "1\tAfter\tafter\tADP\tIN\t_\t3\tcase\t_\t_\n"
                  "2\tthe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
                  "3\tbattle\tbattle\tNOUN\tNN\t_\t8\tobl\t_\t_\n"
                  "4\t,\t,\tPUNCT\t,\t_\t3\tpunct\t_\t_\n"
                  "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
                  "6\telves\telf\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
                  "7\thave\thave\tAUX\tVBP\t_\t8\taux\t_\t_\n"
                  "8\tleft\tleave\tVERB\tVBN\t_\t0\troot\t_\t_\n"
                  "9\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 9);
  INT_EQ(h[5], 8); /* elves --nsubj--> left */
  OK(r[5] == rel("nsubj"), "elves: nsubj");
  INT_EQ(h[2], 8); /* battle --obl--> left */
  OK(fired_has(&fired, "fronted_subject"), "fronted_subject named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

/* h20c: RULE C-REPAIR (to hand over), the dense parser's shape: the
** phrases hang on the noun "hand" as its nmod */
TEST(to_hand_nmod) {
  const char *c = "1\tRohan\tRohan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                  "2\trefused\trefuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\tto\tto\tADP\tIN\t_\t4\tcase\t_\t_\n"
                  "4\thand\thand\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
                  "5\tover\tover\tADP\tIN\t_\t7\tcase\t_\t_\n"
                  "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
                  "7\torcs\torc\tNOUN\tNNS\t_\t4\tnmod\t_\t_\n"
                  "8\tto\tto\tADP\tIN\t_\t9\tcase\t_\t_\n"
                  "9\tGondor\tGondor\tPROPN\tNNP\t_\t7\tnmod\t_\t_\n"
                  "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 10);
  INT_EQ(h[3], 2); /* hand --xcomp--> refused */
  OK(r[3] == rel("xcomp"), "hand: xcomp");
  INT_EQ(h[6], 4); /* orcs: on hand, no longer its nmod */
  OK(r[6] != rel("nmod"), "orcs: not nmod");
  OK(fired_has(&fired, "to_hand"), "to_hand named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

/* h20c: RULE C-REPAIR (adj_root): an adjective root before a noun hung
** as a compound on its verb clause gives the verb the root */
TEST(adj_root) {
  const char *c = "1\tSenior\tsenior\tADJ\tJJ\t_\t0\troot\t_\t_\n"
                  "2\telvish\telvish\tNOUN\tNN\t_\t5\tcompound\t_\t_\n"
                  "3\tand\tand\tCCONJ\tCC\t_\t4\tcc\t_\t_\n"
                  "4\tdwarves\tdwarf\tNOUN\tNNS\t_\t2\tconj\t_\t_\n"
                  "5\tagreed\tagree\tVERB\tVBN\t_\t1\tadvcl\t_\t_\n"
                  "6\ton\ton\tADP\tIN\t_\t7\tcase\t_\t_\n"
                  "7\tFriday\tFriday\tPROPN\tNNP\t_\t5\tobl\t_\t_\n"
                  "8\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 8);
  INT_EQ(h[4], 0); /* agreed is the root */
  INT_EQ(h[1], 5); /* elvish --nsubj--> agreed */
  OK(r[1] == rel("nsubj"), "elvish: nsubj");
  INT_EQ(h[0], 2); /* Senior --amod--> elvish */
  OK(r[0] == rel("amod"), "Senior: amod");
  INT_EQ(h[7], 5); /* the full stop goes with the root */
  OK(fired_has(&fired, "adj_root"), "adj_root named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

/* h20c: RULE C-REPAIR (verdict_predicate): "found him guilty" with
** "him" an indirect object and "guilty" the object */
TEST(verdict_predicate) {
  const char *c = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                  "2\tcourt\tcourt\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
                  "3\tfound\tfind\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "4\thim\the\tPRON\tPRP\t_\t3\tiobj\t_\t_\n"
                  "5\tguilty\tguilty\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
                  "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 6);
  INT_EQ(h[3], 3); /* him --obj--> found */
  OK(r[3] == rel("obj"), "him: obj");
  INT_EQ(h[4], 3); /* guilty --xcomp--> found */
  OK(r[4] == rel("xcomp"), "guilty: xcomp");
  OK(fired_has(&fired, "verdict_predicate"), "verdict_predicate named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

/* h20c: RULE C-REPAIR (place_split): "police in Minas Tirith seized
** swords" with "in" the case of "swords" and the town its compound */
TEST(place_split) {
  const char *c = "1\tGondor\tGondor\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
                  "2\tpolice\tpolice\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
                  "3\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
                  "4\tOsgiliath\tOsgiliath\tPROPN\tNNP\t_\t6\tcompound\t_\t_\n"
                  "5\tseized\tseize\tVERB\tVBN\t_\t6\tamod\t_\t_\n"
                  "6\tswords\tsword\tNOUN\tNNS\t_\t2\tnmod\t_\t_\n"
                  "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 7);
  INT_EQ(h[2], 4); /* in --case--> Osgiliath */
  INT_EQ(h[4], 0); /* seized is the root (C-REPAIR parse) */
  INT_EQ(h[1], 5); /* police --nsubj--> seized */
  OK(r[1] == rel("nsubj"), "police: nsubj");
  INT_EQ(h[5], 5); /* swords --obj--> seized */
  OK(r[5] == rel("obj"), "swords: obj");
  OK(fired_has(&fired, "place_split"), "place_split named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

/* h20c: RULE C-REPAIR (noun_root_predicate, h20e, in the merged order;
** h20c wrote relcl_main for it): a verb hung as parataxis on a root
** noun after its relative clause is the main verb */
TEST(relcl_main) {
  const char *c = "1\tRangers\tranger\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
                  "2\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_\n"
                  "3\twho\twho\tPRON\tWP\t_\t4\tnsubj\t_\t_\n"
                  "4\tguard\tguard\tVERB\tVBP\t_\t1\tacl:relcl\t_\t_\n"
                  "5\tBree\tBree\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
                  "6\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_\n"
                  "7\tcaught\tcatch\tVERB\tVBD\t_\t1\tparataxis\t_\t_\n"
                  "8\torcs\torc\tNOUN\tNNS\t_\t7\tobj\t_\t_\n"
                  "9\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 9);
  INT_EQ(h[6], 0); /* caught is the root */
  INT_EQ(h[0], 7); /* Rangers --nsubj--> caught */
  OK(r[0] == rel("nsubj"), "Rangers: nsubj");
  INT_EQ(h[3], 1); /* guard stays the relative clause of Rangers */
  INT_EQ(h[8], 7); /* the full stop goes with the root */
  OK(fired_has(&fired, "noun_root_predicate"),
     "noun_root_predicate fired (the repair for this shape)");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

/* h20c: RULE C-REPAIR (coord_modifier): "[elf and dwarf] envoys" parsed
** as two subjects */
TEST(coord_modifier) {
  const char *c = "1\telf\telf\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n"
                  "2\tand\tand\tCCONJ\tCC\t_\t4\tcc\t_\t_\n"
                  "3\tdwarf\tdwarf\tNOUN\tNN\t_\t4\tcompound\t_\t_\n"
                  "4\tenvoys\tenvoy\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
                  "5\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 6);
  INT_EQ(h[0], 4); /* elf --compound--> envoys */
  OK(r[0] == rel("compound"), "elf: compound");
  INT_EQ(h[2], 1); /* dwarf --conj--> elf */
  OK(r[2] == rel("conj"), "dwarf: conj");
  INT_EQ(h[1], 3); /* and --cc--> dwarf */
  INT_EQ(h[3], 5); /* envoys --nsubj--> met */
  OK(fired_has(&fired, "coord_modifier"), "coord_modifier named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

/* h20c: RULE C-REPAIR (nominal_agent): guard: a by-phrase that names no
** coded actor stays on the verb (the hand-written doc has no mentions) */
TEST(nominal_agent_uncoded) {
  const char *c = "1\tElves\telf\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                  "2\topened\topen\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "3\tan\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
                  "4\tinquiry\tinquiry\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                  "5\tinto\tinto\tADP\tIN\t_\t6\tcase\t_\t_\n"
                  "6\tkilling\tkilling\tNOUN\tNN\t_\t4\tnmod\t_\t_\n"
                  "7\tof\tof\tADP\tIN\t_\t8\tcase\t_\t_\n"
                  "8\tents\tent\tNOUN\tNNS\t_\t6\tnmod\t_\t_\n"
                  "9\tby\tby\tADP\tIN\t_\t10\tcase\t_\t_\n"
                  "10\torcs\torc\tNOUN\tNNS\t_\t2\tobl\t_\t_\n"
                  "11\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 11);
  INT_EQ(h[9], 2); /* orcs stays on opened: not coded */
  OK(!fired_has(&fired, "nominal_agent"), "nominal_agent not fired");
  sima_doc_free(d);
}

/* h20c: RULE C-REPAIR (in_case): "in case orcs are attacking" with "in
** case" the case of "orcs" */
TEST(in_case) {
  const char *c = "1\tRohan\tRohan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                  "2\twaits\twait\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
                  "3\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
                  "4\tcase\tcase\tNOUN\tNN\t_\t3\tfixed\t_\t_\n"
                  "5\torcs\torc\tNOUN\tNNS\t_\t2\tobl\t_\t_\n"
                  "6\tare\tbe\tAUX\tVBP\t_\t7\taux\t_\t_\n"
                  "7\tattacking\tattack\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
                  "8\tEdoras\tEdoras\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
                  "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 9);
  INT_EQ(h[4], 7); /* orcs --nsubj--> attacking */
  OK(r[4] == rel("nsubj"), "orcs: nsubj");
  INT_EQ(h[2], 7); /* in --mark--> attacking */
  OK(r[2] == rel("mark"), "in: mark");
  INT_EQ(h[3], 3); /* case --fixed--> in */
  OK(fired_has(&fired, "in_case"), "in_case named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

/* h20c: RULE C-REPAIR (inverted_were): "Were Mordor to attack Gondor,
** Rohan would ride" */
TEST(inverted_were) {
  const char *c = "1\tWere\tbe\tAUX\tVBD\t_\t2\tcop\t_\t_\n"
                  "2\tMordor\tMordor\tPROPN\tNNP\t_\t9\tnsubj\t_\t_\n"
                  "3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_\n"
                  "4\tattack\tattack\tVERB\tVB\t_\t2\tacl\t_\t_\n"
                  "5\tGondor\tGondor\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
                  "6\t,\t,\tPUNCT\t,\t_\t9\tpunct\t_\t_\n"
                  "7\tRohan\tRohan\tPROPN\tNNP\t_\t9\tnsubj\t_\t_\n"
                  "8\twould\twould\tAUX\tMD\t_\t9\taux\t_\t_\n"
                  "9\tride\tride\tVERB\tVB\t_\t0\troot\t_\t_\n"
                  "10\t.\t.\tPUNCT\t.\t_\t9\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 10);
  INT_EQ(h[1], 4); /* Mordor --nsubj--> attack */
  OK(r[1] == rel("nsubj"), "Mordor: nsubj");
  INT_EQ(h[3], 9); /* attack --advcl--> ride */
  OK(r[3] == rel("advcl"), "attack: advcl");
  INT_EQ(h[0], 4); /* Were --aux--> attack */
  OK(fired_has(&fired, "inverted_were"), "inverted_were named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

/* h20c: RULE C-REPAIR (sub_case): "after the king met ..." with "after"
** the case of an oblique "king" */
/* The dense parser's shapes of wrong kinds of act on real news (twentieth
** session, h20k). */
TEST(dense_shapes_h20k) {
  int32_t h[32];
  unsigned r[32];
  uint32_t n;
  repair_set fired;
  sima_doc *d;
  { /* "He is accused of training [Gulf Cartel] hit men": "hit" the object
     * of "training", "men" its object, the name its subject */
    static const char *const s[] = {
        "He he PRON PRP 3 nsubj:pass",   "is be AUX VBZ 3 aux:pass",
        "accused accuse VERB VBN 0 root", "of of SCONJ IN 5 mark",
        "training train VERB VBG 3 advcl", "[ [ PUNCT -LRB- 8 punct",
        "Gulf Gulf PROPN NNP 8 compound", "Cartel Cartel PROPN NNP 10 nsubj",
        "] ] PUNCT -RRB- 8 punct",        "hit hit VERB VBN 5 obj",
        "men man NOUN NNS 10 obj",        ". . PUNCT . 3 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[10], 5);
      OK(r[10] == rel("obj"), "men: obj");
      INT_EQ(h[9], 11);
      OK(r[9] == rel("amod"), "hit: amod");
      INT_EQ(h[7], 11);
      OK(r[7] == rel("compound"), "Cartel: compound");
      OK(fired_has(&fired, "participle_noun_object"),
         "participle_noun_object fired");
      sima_doc_free(d);
    }
  }
  { /* "Hondurans call residents ""caracoles"" (snails)": the name a verb
     * heading the clause, "call" its adverbial clause (dense) */
    static const char *const s[] = {
        "Hondurans Honduran PROPN NNPS 2 nsubj", "call call VERB VBP 5 advcl",
        "residents resident NOUN NNS 2 obj",     "\" \" PUNCT `` 5 punct",
        "caracoles caracole VERB VBZ 0 root",    "\" \" PUNCT '' 5 punct",
        ". . PUNCT . 5 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[4], 2);
      OK(r[4] == rel("xcomp"), "caracoles: xcomp");
      INT_EQ(h[1], 0);
      OK(r[1] == rel("root"), "call: root");
      OK(fired_has(&fired, "naming_call"), "naming_call fired");
      sima_doc_free(d);
    }
  }
  { /* "Peru called the leaders of Russia and ""Turkey""": a conjunct
     * with its conjunction is no name: left alone */
    static const char *const s[] = {
        "Peru Peru PROPN NNP 2 nsubj",     "called call VERB VBD 0 root",
        "the the DET DT 4 det",            "leaders leader NOUN NNS 2 obj",
        "of of ADP IN 6 case",             "Russia Russia PROPN NNP 4 nmod",
        "and and CCONJ CC 9 cc",           "\" \" PUNCT `` 9 punct",
        "Turkey Turkey PROPN NNP 6 conj",  "\" \" PUNCT '' 9 punct",
        ". . PUNCT . 2 punct"};
    if ((d = H20_RUN(s))) {
      OK(!fired_has(&fired, "naming_call"), "naming_call: not fired");
      sima_doc_free(d);
    }
  }
  { /* "They provided aid, its troops executed civilians": the verb has
     * its own object, so the participle heads a clause: left alone */
    static const char *const s[] = {
        "They they PRON PRP 2 nsubj",      "provided provide VERB VBD 0 root",
        "aid aid NOUN NN 2 obj",           ", , PUNCT , 7 punct",
        "its its PRON PRP$ 6 nmod:poss",   "troops troops NOUN NNS 7 nsubj",
        "executed execute VERB VBN 2 obj", "civilians civilian NOUN NNS 7 obj",
        ". . PUNCT . 2 punct"};
    if ((d = H20_RUN(s))) {
      OK(!fired_has(&fired, "participle_noun_object"),
         "participle_noun_object: not fired");
      sima_doc_free(d);
    }
  }
}

TEST(sub_case) {
  const char *c = "1\tafter\tafter\tADP\tIN\t_\t3\tcase\t_\t_\n"
                  "2\tthe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
                  "3\tking\tking\tNOUN\tNN\t_\t4\tobl\t_\t_\n"
                  "4\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                  "5\tGandalf\tGandalf\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
                  "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 6);
  INT_EQ(h[2], 4); /* king --nsubj--> met */
  OK(r[2] == rel("nsubj"), "king: nsubj");
  INT_EQ(h[0], 4); /* after --mark--> met */
  OK(r[0] == rel("mark"), "after: mark");
  OK(fired_has(&fired, "sub_case"), "sub_case named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

/* h20c: RULE C-REPAIR (that_content): "proof that orcs burned Osgiliath"
** with "that" the nmod of "proof" heading the verb */
TEST(that_content) {
  const char *c = "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
                  "2\thave\thave\tVERB\tVBP\t_\t0\troot\t_\t_\n"
                  "3\tproof\tproof\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                  "4\tthat\tthat\tSCONJ\tIN\t_\t3\tnmod\t_\t_\n"
                  "5\torcs\torc\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
                  "6\tburned\tburn\tVERB\tVBD\t_\t4\tobj\t_\t_\n"
                  "7\tOsgiliath\tOsgiliath\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
                  "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 8);
  INT_EQ(h[5], 3); /* burned --acl--> proof */
  OK(r[5] == rel("acl"), "burned: acl");
  INT_EQ(h[3], 6); /* that --mark--> burned */
  OK(r[3] == rel("mark"), "that: mark");
  OK(fired_has(&fired, "that_content"), "that_content named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

/* h20c: RULE C-REPAIR (bare_past_root): guard: a bare participle with a
** by-phrase stays passive */
TEST(bare_past_root_by) {
  const char *c = "1\tthree\tthree\tNUM\tCD\t_\t2\tnummod\t_\t_\n"
                  "2\tsoldiers\tsoldier\tNOUN\tNNS\t_\t3\tnsubj:pass\t_\t_\n"
                  "3\tkilled\tkill\tVERB\tVBN\t_\t0\troot\t_\t_\n"
                  "4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_\n"
                  "5\torcs\torc\tNOUN\tNNS\t_\t3\tobl\t_\t_\n"
                  "6\twith\twith\tADP\tIN\t_\t7\tcase\t_\t_\n"
                  "7\taxes\taxe\tNOUN\tNNS\t_\t3\tobl\t_\t_\n"
                  "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 8);
  OK(r[1] == rel("nsubj:pass"), "soldiers: still nsubj:pass (by-phrase)");
  OK(!fired_has(&fired, "bare_past_root"), "bare_past_root not fired");
  sima_doc_free(d);
}

/* ... and with no by-phrase, a partner's with-phrase makes it active */
TEST(bare_past_root) {
  const char *c = "1\telves\telf\tNOUN\tNNS\t_\t2\tnsubj:pass\t_\t_\n"
                  "2\tcooperated\tcooperate\tVERB\tVBN\t_\t0\troot\t_\t_\n"
                  "3\twith\twith\tADP\tIN\t_\t4\tcase\t_\t_\n"
                  "4\tdwarves\tdwarf\tNOUN\tNNS\t_\t2\tobl\t_\t_\n"
                  "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 5);
  OK(r[0] == rel("nsubj"), "elves: nsubj");
  OK(fired_has(&fired, "bare_past_root"), "bare_past_root named as fired");
  sima_doc_free(d);
}

/* h20c: RULE C-REPAIR (there_clause): "There was no way Sauron, the
** dark lord, was going to win" with the existential an advcl */
TEST(there_clause) {
  const char *c = "1\tThere\tthere\tPRON\tEX\t_\t2\texpl\t_\t_\n"
                  "2\twas\tbe\tVERB\tVBD\t_\t12\tadvcl\t_\t_\n"
                  "3\tno\tno\tDET\tDT\t_\t4\tdet\t_\t_\n"
                  "4\tway\tway\tNOUN\tNN\t_\t2\tnsubj\t_\t_\n"
                  "5\teven\teven\tADV\tRB\t_\t6\tadvmod\t_\t_\n"
                  "6\tSauron\tSauron\tPROPN\tNNP\t_\t4\tappos\t_\t_\n"
                  "7\t,\t,\tPUNCT\t,\t_\t9\tpunct\t_\t_\n"
                  "8\tthe\tthe\tDET\tDT\t_\t9\tdet\t_\t_\n"
                  "9\tlord\tlord\tNOUN\tNN\t_\t6\tappos\t_\t_\n"
                  "10\t,\t,\tPUNCT\t,\t_\t2\tpunct\t_\t_\n"
                  "11\twas\tbe\tAUX\tVBD\t_\t12\taux\t_\t_\n"
                  "12\tgoing\tgo\tVERB\tVBG\t_\t0\troot\t_\t_\n"
                  "13\tto\tto\tPART\tTO\t_\t14\tmark\t_\t_\n"
                  "14\twin\twin\tVERB\tVB\t_\t12\txcomp\t_\t_\n"
                  "15\t.\t.\tPUNCT\t.\t_\t12\tpunct\t_\t_\n\n";
  int32_t h[16];
  unsigned r[16];
  uint32_t n;
  repair_set fired;
  sima_doc *d = run(c, h, r, &n, &fired);
  if (!d)
    return;
  INT_EQ(n, 15);
  INT_EQ(h[1], 0); /* was is the root */
  INT_EQ(h[11], 4); /* going --acl--> way */
  OK(r[11] == rel("acl"), "going: acl");
  INT_EQ(h[5], 12); /* Sauron --nsubj--> going */
  OK(r[5] == rel("nsubj"), "Sauron: nsubj");
  INT_EQ(h[14], 2); /* the full stop goes with the root */
  OK(fired_has(&fired, "there_clause"), "there_clause named as fired");
  OK(!repair_set_has(&fired, REPAIR_REVERTED_BIT), "not reverted");
  sima_doc_free(d);
}

/* h20j: RULE C-REPAIR (subordinator read as a preposition): a past
** participle with an object after "before N", the verb's own adverb
** between (the dense parser's shape; the tagger's VBN for a past verb) */
TEST(subordinate_vbn_h20j) {
  int32_t h[32];
  unsigned r[32];
  uint32_t n;
  repair_set fired;
  sima_doc *d;
  { /* "Rebels fled the town before government troops allegedly executed
     * ten prisoners" */
    static const char *const s[] = {
        "Rebels rebel NOUN NNS 2 nsubj",    "fled flee VERB VBD 0 root",
        "the the DET DT 4 det",             "town town NOUN NN 2 obj",
        "before before ADP IN 7 case",      "government government NOUN NN 7 compound",
        "troops troop NOUN NNS 4 nmod",     "allegedly allegedly ADV RB 9 advmod",
        "executed execute VERB VBN 2 advcl", "ten ten NUM CD 11 nummod",
        "prisoners prisoner NOUN NNS 9 obj", ". . PUNCT . 2 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[6], 9);
      OK(r[6] == rel("nsubj"), "troops: nsubj");
      INT_EQ(h[4], 9);
      OK(r[4] == rel("mark"), "before: mark");
      OK(fired_has(&fired, "subordinate_subject"), "subordinate_subject fired");
      sima_doc_free(d);
    }
  }
  { /* "Rebels fled the town before troops trained by the US arrived": a
     * participle with no object modifies its noun; untouched */
    static const char *const s[] = {
        "Rebels rebel NOUN NNS 2 nsubj",  "fled flee VERB VBD 0 root",
        "the the DET DT 4 det",           "town town NOUN NN 2 obj",
        "before before ADP IN 6 case",    "troops troop NOUN NNS 4 nmod",
        "trained train VERB VBN 2 advcl", "by by ADP IN 10 case",
        "the the DET DT 10 det",          "US US PROPN NNP 7 obl",
        ". . PUNCT . 2 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[5], 4);
      OK(!fired_has(&fired, "subordinate_subject"), "subordinate_subject not fired");
      sima_doc_free(d);
    }
  }
}

/* h20j: RULE C-REPAIR (trailing participle of speech): a comma -ing verb
** of naming hung on the verb of a reported clause is the speaker's */
TEST(trailing_speech_h20j) {
  int32_t h[32];
  unsigned r[32];
  uint32_t n;
  repair_set fired;
  sima_doc *d;
  { /* "The envoy said the rebels might have gas, calling the army reckless" */
    static const char *const s[] = {
        "The the DET DT 2 det",              "envoy envoy NOUN NN 3 nsubj",
        "said say VERB VBD 0 root",          "the the DET DT 5 det",
        "rebels rebel NOUN NNS 7 nsubj",     "might might AUX MD 7 aux",
        "have have VERB VB 3 ccomp",         "gas gas NOUN NN 7 obj",
        ", , PUNCT , 10 punct",              "calling call VERB VBG 7 advcl",
        "the the DET DT 12 det",             "army army NOUN NN 10 obj",
        "reckless reckless ADJ JJ 10 xcomp", ". . PUNCT . 3 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[9], 3);
      OK(r[9] == rel("advcl"), "calling: advcl");
      OK(fired_has(&fired, "trailing_speech"), "trailing_speech fired");
      sima_doc_free(d);
    }
  }
  { /* "The envoy said the rebels shelled the town, killing five": an act,
     * untouched */
    static const char *const s[] = {
        "The the DET DT 2 det",          "envoy envoy NOUN NN 3 nsubj",
        "said say VERB VBD 0 root",      "the the DET DT 5 det",
        "rebels rebel NOUN NNS 6 nsubj", "shelled shell VERB VBD 3 ccomp",
        "the the DET DT 8 det",          "town town NOUN NN 6 obj",
        ", , PUNCT , 10 punct",          "killing kill VERB VBG 6 advcl",
        "five five NUM CD 10 obj",       ". . PUNCT . 3 punct"};
    if ((d = H20_RUN(s))) {
      INT_EQ(h[9], 6);
      OK(!fired_has(&fired, "trailing_speech"), "trailing_speech not fired");
      sima_doc_free(d);
    }
  }
}

int main(void) {
  RUN(word_filters);
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
  RUN(passive_subject);
  RUN(coord_subject);
  RUN(reported_subject);
  RUN(title_name);
  RUN(title_name_org);
  RUN(title_two_subjects);
  RUN(number_noun);
  RUN(up_to);
  RUN(cased_subject);
  RUN(stacked_subject);
  RUN(poss_gerund);
  RUN(agent_participle);
  RUN(noun_subject_verb);
  RUN(time_of);
  RUN(final_speaker_participle);
  RUN(demand_today_that_dense);
  RUN(to_subject_poss_conj);
  RUN(sibling_participle);
  RUN(more_than);
  RUN(adv_case_noun);
  RUN(root_name_subject);
  RUN(prep_root);
  RUN(including_subject);
  RUN(suspect_xcomp);
  RUN(reported_phrase);
  RUN(reported_phrase_parataxis);
  RUN(time_subject_after_verb);
  RUN(number_object_comma);
  RUN(participle_gerund);
  RUN(subject_participle_adverb);
  RUN(parse_appos_comma);
  RUN(speech_obl_parse);
  RUN(speech_obl_participle);
  RUN(double_object);
  RUN(agent_paren_climb);
  RUN(ing_adjective);
  RUN(bare_reported);
  RUN(reported_subject_conj);
  RUN(parse_compound_root);
  RUN(parse_place_of_head);
  RUN(crowd_gerund);
  RUN(crowd_gerund_place);
  RUN(of_name);
  RUN(compound_verb_time_that);
  RUN(compound_verb_copula);
  RUN(prep_head);
  RUN(adj_object);
  RUN(weekday_verb);
  RUN(adj_noun_subject_list);
  RUN(preconj_verb);
  RUN(stray_possessive);
  RUN(participle_conj_noun);
  RUN(noun_object_second);
  RUN(adj_series_object);
  RUN(adj_on_verb);
  RUN(according_noun);
  RUN(place_with);
  RUN(ready_to);
  RUN(dense_shapes_h20d);
  RUN(dense_shapes_h20g);
  RUN(sub_prep);
  RUN(day_gerund);
  RUN(dense_shapes2);
  RUN(dense_shapes20e);
  RUN(recipient_of);
  RUN(dense_shapes);
  RUN(appos_conj);
  RUN(object_participle);
  RUN(untouched);
  RUN(tree_check);
  RUN(names);
  RUN(case_participle);
  RUN(content_mark);
  RUN(nmod_conj);
  RUN(accused_gerund);
  RUN(subject_tail);
  RUN(border_with);
  RUN(object_gerund);
  RUN(marked_object_gerund);
  RUN(clause_subject_phrase);
  RUN(comma_participle_late);
  RUN(poss_object);
  RUN(comma_appos);
  RUN(parse_compound_chain);
  RUN(object_gerund_noun);
  RUN(mark_head);
  RUN(case_modifier);
  RUN(fronted_subject);
  RUN(to_hand_nmod);
  RUN(adj_root);
  RUN(verdict_predicate);
  RUN(place_split);
  RUN(relcl_main);
  RUN(coord_modifier);
  RUN(nominal_agent_uncoded);
  RUN(in_case);
  RUN(inverted_were);
  RUN(sub_case);
  RUN(that_content);
  RUN(bare_past_root_by);
  RUN(bare_past_root);
  RUN(there_clause);
  RUN(dense_shapes20h);
  RUN(dense_shapes_h20k);
  RUN(subordinate_vbn_h20j);
  RUN(trailing_speech_h20j);
  return harness_done();
}
