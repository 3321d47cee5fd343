/*
** test_coder.c — the verb-pattern loader (pattern.c), the CAMEO table
** (cameo.c), mood rules (mood.c) and the coder (coder.c) on hand-built
** documents: tokens, parse and mentions are written out here, so these
** tests do not depend on the tagger, parser or actor dictionaries.
*/
#include "coder_int.h"
#include "harness.h"
#include "sima.h"

#include <glob.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* a hand-built document:
**   "word lemma UPOS deprel head; ..." (head 1-based, 0 root), and
**   mentions "i:CODE i-j:CODE" (0-based token indices, inclusive). */

static sima_doc *build(const char *conll, const char *mentions) {
  char text[2048] = "";
  char *copy = strdup(conll);
  char *words[64][5];
  int n = 0;
  char *s1, *s2;
  for (char *tok = strtok_r(copy, ";", &s1); tok && n < 64;
       tok = strtok_r(NULL, ";", &s1)) {
    int k = 0;
    for (char *f = strtok_r(tok, " ", &s2); f && k < 5;
         f = strtok_r(NULL, " ", &s2))
      words[n][k++] = f;
    if (k == 5)
      n++;
  }
  size_t off[64];
  for (int i = 0; i < n; i++) {
    if (i)
      strcat(text, " ");
    off[i] = strlen(text);
    strcat(text, words[i][0]);
  }
  sima_doc *doc = sima_doc_new(text, strlen(text), "t", "2024-05-01", NULL,
                               NULL);
  sima_arena *a = doc->arena;
  doc->tokens = sima_arena_alloc(a, (size_t)n * sizeof *doc->tokens);
  doc->syn = sima_arena_alloc(a, (size_t)n * sizeof *doc->syn);
  doc->sents = sima_arena_alloc(a, sizeof *doc->sents);
  doc->ntokens = (uint32_t)n;
  doc->nsents = 1;
  doc->sents[0].first = 0;
  doc->sents[0].count = (uint32_t)n;
  for (int i = 0; i < n; i++) {
    sima_token *t = &doc->tokens[i];
    t->off = (uint32_t)off[i];
    t->len = (uint32_t)strlen(words[i][0]);
    t->norm = sima_arena_strndup(a, words[i][0], t->len);
    t->nnorm = t->len;
    t->kind = words[i][0][0] == '$' ? SIMA_TOK_MONEY
              : (words[i][0][0] >= '0' && words[i][0][0] <= '9')
                  ? SIMA_TOK_NUMBER
                  : SIMA_TOK_WORD;
    sima_syntax *y = &doc->syn[i];
    y->lemma = sima_arena_strndup(a, words[i][1], strlen(words[i][1]));
    y->upos = (uint16_t)sima_upos_id(words[i][2], strlen(words[i][2]));
    y->deprel = (uint16_t)sima_deprel_id(words[i][3], strlen(words[i][3]));
    y->head = atoi(words[i][4]) - 1;
  }
  free(copy);
  /* mentions */
  sima_mention *ms = sima_arena_alloc(a, 16 * sizeof *ms);
  uint32_t nm = 0;
  char *mc = strdup(mentions ? mentions : "");
  for (char *m = strtok(mc, " "); m && nm < 16; m = strtok(NULL, " ")) {
    int i = 0, j = 0;
    char code[16];
    if (sscanf(m, "%d-%d:%15s", &i, &j, code) != 3) {
      if (sscanf(m, "%d:%15s", &i, code) != 2)
        continue;
      j = i;
    }
    sima_mention *x = &ms[nm++];
    x->first = (uint32_t)i;
    x->count = (uint32_t)(j - i + 1);
    x->start = doc->tokens[i].off;
    x->end = doc->tokens[j].off + doc->tokens[j].len;
    x->code = sima_arena_strndup(a, code, strlen(code));
    x->country = sima_arena_strndup(a, code, strlen(code) >= 3 ? 3 : 0);
    x->sector = sima_arena_strndup(a, strlen(code) > 3 ? code + 3 : "",
                                   strlen(code) > 3 ? strlen(code) - 3 : 0);
    x->antecedent = -1;
  }
  free(mc);
  doc->mentions = ms;
  doc->nmentions = nm;
  return doc;
}

static sima_cameo *cameo(void) {
  sima_error err;
  sima_cameo *c = sima_cameo_load("data/cameo/cameo.txt", &err);
  if (!c)
    fprintf(stderr, "%s\n", err.msg);
  return c;
}

static const char dict[] =
    "# test dictionary\n"
    "&AID = aid | assistance | support\n"
    "&WARGAME = war_game | drill | exercise\n"
    "&MILCOOP = train | equip | arm\n"
    "V-190.1   190   attack\n"
    "V-1622.1  1622  block obj=&AID[amod=military] "
    "tgt=obl(to)|obj>nmod(to)|obj>nmod:poss\n"
    "V-162.1   162   block obj=&AID tgt=obl(to)|obj>nmod(to)|obj>nmod:poss\n"
    "V-0312.1  0312  agree xcomp=&MILCOOP tgt=xcomp>obj\n"
    "V-030.1   030   agree xcomp=*   tgt=xcomp>obj|obl(with)\n"
    "V-012.1   012   express obj=concern tgt=obl(over|about)|obj>nmod(over|about)\n"
    "V-152.1   152   stage obj=&WARGAME tgt=obl(near|around|against)\n"
    "V-043.1   043:042 host obj=*\n"
    "V-040.1   040:040 meet tgt=obj|obl(with)\n"
    "V-000.1   ---   take obj=line[amod=hard]\n"
    "V-1246.1  1246  refuse xcomp=withdraw tgt=-\n"
    "V-042.1   042:043 visit\n"
    "V-161.1   161   cut_off obj=tie tgt=obl(with)\n"
    "V-111.1   111   condemn\n"
    "V-112.1   112   accuse\n"
    "V-190.2   190   attack/NOUN src=nmod:poss|nmod(by) tgt=nmod(on|against)\n"
    "V-020.1   020   urge xcomp=* tgt=obj\n"
    "V-0841.1  0841  release\n";

static sima_verbs *verbs(sima_cameo *c) {
  sima_error err;
  sima_verbs *v =
      sima_verbs_load_mem("test.txt", dict, sizeof dict - 1, c, 0, NULL, NULL,
                          &err);
  if (!v)
    fprintf(stderr, "%s\n", err.msg);
  return v;
}

static sima_cameo *C;
static sima_verbs *V;

/* Codes doc and returns "SRC TGT CODE;..." in a static buffer. */
static const char *code(sima_doc *doc, int single) {
  static char out[512];
  sima_code_opts o = {single, 0};
  sima_error err;
  out[0] = 0;
  if (sima_code_doc(V, C, &o, doc, &err) != SIMA_OK)
    return "ERROR";
  for (uint32_t i = 0; i < doc->nevents; i++) {
    const sima_event *e = &doc->events[i];
    char one[64];
    snprintf(one, sizeof one, "%s%s %s %s", i ? ";" : "",
             e->source.code ? e->source.code : "-",
             e->target.code ? e->target.code : "-", e->code);
    strcat(out, one);
  }
  return out;
}

/* ------------------------------------------------------------------ */

TEST(cameo_table) {
  OK(C != NULL, "cameo loads");
  INT_EQ(sima_cameo_count(C), 311);
  const sima_cameo_code *e = sima_cameo_find(C, "1622");
  OK(e != NULL, "1622");
  if (e) {
    INT_EQ(e->root, 16);
    INT_EQ(e->quad_class, 4);
    OK(e->goldstein < -5.5 && e->goldstein > -5.7, "goldstein -5.6");
    STR_EQ(e->plover, "SANCTION");
  }
  e = sima_cameo_find(C, "010");
  OK(e && e->plover == NULL, "root 01 has no PLOVER category");
  OK(sima_cameo_find(C, "999") == NULL, "unknown code");
}

TEST(cameo_errors) {
  sima_error err;
  OK(sima_cameo_load("/nonexistent/cameo.txt", &err) == NULL, "missing");
  INT_EQ(err.status, SIMA_ERR_IO);
  FILE *f = fopen("build/test/bad_cameo.txt", "w");
  if (!f)
    return;
  fputs("010 1 0.0 - ok\n011 7 0.0 - bad quad\n", f);
  fclose(f);
  OK(sima_cameo_load("build/test/bad_cameo.txt", &err) == NULL, "bad quad");
  INT_EQ(err.status, SIMA_ERR_FORMAT);
  OK(strstr(err.msg, "bad_cameo.txt:2:") != NULL, "names file:line");
}

TEST(verbs_load) {
  OK(V != NULL, "dictionary loads");
  sima_verbs_stats st;
  sima_verbs_get_stats(V, &st);
  INT_EQ(st.npatterns, 18);
  INT_EQ(st.nsets, 3);
  INT_EQ(st.nnull, 1);
  INT_EQ(st.npaired, 3);
  INT_EQ(sima_verbs_code_count(V, "042"), 2); /* visit and host's pair */
  INT_EQ(sima_verbs_code_count(V, "1622"), 1);
}

static sima_status load_err(const char *text, int lenient, sima_error *err,
                            size_t *skipped) {
  sima_verbs *v = sima_verbs_load_mem("x.txt", text, strlen(text), C, lenient,
                                      NULL, NULL, err);
  if (v) {
    sima_verbs_stats st;
    sima_verbs_get_stats(v, &st);
    if (skipped)
      *skipped = st.nskipped;
    sima_verbs_free(v);
    return SIMA_OK;
  }
  return err->status;
}

static void quiet(void *ud, const char *msg) {
  (void)msg;
  (*(int *)ud)++;
}

TEST(verbs_errors) {
  static const struct {
    const char *in, *want;
  } cases[] = {
      {"V-1.1 9999 attack\n", "x.txt:1: unknown CAMEO code '9999'"},
      {"\nV-190.1 190 attack obj=&NOPE\n", "x.txt:2: undefined set '&NOPE'"},
      {"V-190.1 190 attack foo=bar\n", "x.txt:1: unknown relation 'foo'"},
      {"V-190.1 190 attack obj=[x]\n", "x.txt:1: empty value"},
      {"V-190.1 190 attack obj=a[b\n", "x.txt:1: unbalanced brackets"},
      {"v190 190 attack\n", "x.txt:1: bad rule id 'v190'"},
      {"V-190.1 190\n", "x.txt:1: a pattern needs RULE-ID CODE TRIGGER"},
      {"V-190.1 190 attack\nV-190.1 190 strike\n",
       "x.txt:2: duplicate rule id 'V-190.1'"},
      {"&A = x\n&A = y\n", "x.txt:2: set &A is already defined at x.txt:1"},
      {"&A = &B\n&B = &A\nV-1.1 190 &A\n", "defined in terms of itself"},
      {"V-190.1 190 attack wibble\n", "x.txt:1: unknown item 'wibble'"},
      {"V-190.1 190 attack/FOO\n", "unknown part of speech"},
      {"V-190.1 190:9 attack\n", "bad CAMEO code '9'"},
      {"V-190.1 190 attack pass active\n", "both 'pass' and 'active'"},
      {"V-190.1 190 *\n", "the trigger must name a lemma"},
      {"&bad = x\n", "bad set name '&bad'"},
      {"&B += x\n", "extended with += but never defined"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sima_error err;
    memset(&err, 0, sizeof err);
    sima_status st = load_err(cases[i].in, 0, &err, NULL);
    OK(st == SIMA_ERR_FORMAT, cases[i].in);
    if (!strstr(err.msg, cases[i].want))
      FAILF("case %zu: '%s' lacks '%s'", i, err.msg, cases[i].want);
  }
  /* lenient: the bad line is skipped with a warning, the rest loads */
  int nwarn = 0;
  sima_error err;
  sima_verbs *v = sima_verbs_load_mem(
      "x.txt", "V-1.1 9999 attack\nV-190.1 190 attack\n", 37, C, 1, quiet,
      &nwarn, &err);
  OK(v != NULL, "lenient loads");
  INT_EQ(nwarn, 1);
  if (v) {
    sima_verbs_stats st;
    sima_verbs_get_stats(v, &st);
    INT_EQ(st.npatterns, 1);
    INT_EQ(st.nskipped, 1);
  }
  sima_verbs_free(v);
}

TEST(verbs_duplicates) {
  const char *t = "V-190.1 190 attack obj=city\n"
                  "V-190.2 190 attack obj=city tgt=obj\n"
                  "V-195.1 195 attack obj=city\n";
  sima_error err;
  sima_verbs *v =
      sima_verbs_load_mem("d.txt", t, strlen(t), C, 0, NULL, NULL, &err);
  OK(v != NULL, "duplicates are not fatal");
  if (!v)
    return;
  sima_verbs_stats st;
  sima_verbs_get_stats(v, &st);
  INT_EQ(st.nduplicates, 1);
  INT_EQ(st.nconflicts, 1);
  FILE *f = tmpfile();
  sima_verbs_report(v, f);
  rewind(f);
  char buf[2048] = "";
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  buf[n] = 0;
  fclose(f);
  OK(strstr(buf, "d.txt:2") && strstr(buf, "duplicate"), "duplicate named");
  OK(strstr(buf, "d.txt:3") && strstr(buf, "conflicting") &&
         strstr(buf, "d.txt:1"),
     "conflict names both lines");
  sima_verbs_free(v);
}

/* RULE C-PASSIVE */
TEST(passive) {
  sima_doc *d = build("Taiwan Taiwan PROPN nsubj:pass 3;was be AUX aux:pass 3;"
                      "attacked attack VERB root 0;by by ADP case 5;"
                      "China China PROPN obl 3;. . PUNCT punct 3",
                      "0:TWN 4:CHN");
  STR_EQ(code(d, 0), "CHN TWN 190");
  OK(d->nevents == 1 && !strcmp(d->events[0].rule, "V-190.1"), "rule id");
  sima_doc_free(d);
  d = build("China China PROPN nsubj 2;attacked attack VERB root 0;"
            "Taiwan Taiwan PROPN obj 2",
            "0:CHN 2:TWN");
  STR_EQ(code(d, 0), "CHN TWN 190");
  sima_doc_free(d);
}

/* RULE C-SPECIFIC: nested constraint beats the generic aid pattern */
TEST(specific) {
  sima_doc *d = build("USA USA PROPN nsubj 2;blocked block VERB root 0;"
                      "military military ADJ amod 4;aid aid NOUN obj 2;"
                      "to to ADP case 6;Taiwan Taiwan PROPN obl 2",
                      "0:USA 5:TWN");
  STR_EQ(code(d, 0), "USA TWN 1622");
  sima_doc_free(d);
  d = build("USA USA PROPN nsubj 2;blocked block VERB root 0;"
            "Taiwan Taiwan PROPN nmod:poss 5;'s 's PART case 3;"
            "aid aid NOUN obj 2",
            "0:USA 2:TWN");
  STR_EQ(code(d, 0), "USA TWN 162");
  sima_doc_free(d);
}

/* RULE C-COMPOUND */
TEST(compound) {
  sima_doc *d = build("Russia Russia PROPN nsubj 4;and and CCONJ cc 3;"
                      "China China PROPN conj 1;condemned condemn VERB root 0;"
                      "Japan Japan PROPN obj 4",
                      "0:RUS 2:CHN 4:JPN");
  STR_EQ(code(d, 0), "RUS JPN 111;CHN JPN 111");
  sima_doc_free(d);
}

/* RULE C-XCOMP, C-CONJ-VERB: "agreed to train and equip the army" */
TEST(xcomp_conj) {
  sima_doc *d = build("USA USA PROPN nsubj 2;agreed agree VERB root 0;"
                      "to to PART mark 4;train train VERB xcomp 2;"
                      "and and CCONJ cc 6;equip equip VERB conj 4;"
                      "Iraqi Iraqi ADJ amod 8;army army NOUN obj 6",
                      "0:USA 6-7:IRQMIL");
  STR_EQ(code(d, 0), "USA IRQMIL 0312");
  sima_doc_free(d);
  /* conjoined verbs both coded, sharing the subject */
  d = build("Russia Russia PROPN nsubj 2;attacked attack VERB root 0;"
            "and and CCONJ cc 4;condemned condemn VERB conj 2;"
            "Ukraine Ukraine PROPN obj 4",
            "0:RUS 4:UKR");
  STR_EQ(code(d, 0), "RUS UKR 190;RUS UKR 111");
  sima_doc_free(d);
}

TEST(statement_patterns) {
  sima_doc *d = build("Japan Japan PROPN nsubj 2;expressed express VERB root 0;"
                      "concern concern NOUN obj 2;over over ADP case 5;"
                      "China China PROPN obl 2",
                      "0:JPN 4:CHN");
  STR_EQ(code(d, 0), "JPN CHN 012");
  sima_doc_free(d);
  d = build("China China PROPN nsubj 2;staged stage VERB root 0;"
            "war war NOUN compound 4;games game NOUN obj 2;"
            "near near ADP case 6;Taiwan Taiwan PROPN obl 2",
            "0:CHN 5:TWN");
  STR_EQ(code(d, 0), "CHN TWN 152");
  sima_doc_free(d);
}

/* RULE C-PAIRED */
TEST(paired) {
  sima_doc *d = build("China China PROPN nsubj 2;hosted host VERB root 0;"
                      "Putin Putin PROPN obj 2",
                      "0:CHNGOV 2:RUSGOV");
  STR_EQ(code(d, 0), "CHNGOV RUSGOV 043;RUSGOV CHNGOV 042");
  sima_doc_free(d);
  d = build("Biden Biden PROPN nsubj 2;met meet VERB root 0;with with ADP case 4;"
            "Xi Xi PROPN obl 2",
            "0:USAGOV 3:CHNGOV");
  STR_EQ(code(d, 0), "USAGOV CHNGOV 040;CHNGOV USAGOV 040");
  sima_doc_free(d);
}

/* RULE C-DYAD and the null code */
TEST(dyad_and_null) {
  sima_doc *d = build("China China PROPN nsubj 2;attacked attack VERB root 0;"
                      "yesterday yesterday NOUN obl:tmod 2",
                      "0:CHN");
  STR_EQ(code(d, 0), "");
  STR_EQ(code(d, 1), "CHN - 190");
  sima_doc_free(d);
  d = build("China China PROPN nsubj 2;took take VERB root 0;a a DET det 5;"
            "hard hard ADJ amod 5;line line NOUN obj 2;on on ADP case 7;"
            "Japan Japan PROPN obl 2",
            "0:CHN 6:JPN");
  STR_EQ(code(d, 0), "");
  sima_doc_free(d);
  /* tgt=- : a one-actor pattern, coded with allow_single_actor */
  d = build("Russia Russia PROPN nsubj 2;refused refuse VERB root 0;"
            "to to PART mark 4;withdraw withdraw VERB xcomp 2",
            "0:RUS");
  STR_EQ(code(d, 0), ""); /* a dyad is still required by default */
  STR_EQ(code(d, 1), "RUS - 1246");
  sima_doc_free(d);
}

/* RULE C-SELF: no event of an actor on itself */
TEST(self) {
  sima_doc *d = build("China China PROPN nsubj 2;condemned condemn VERB root 0;"
                      "Beijing Beijing PROPN obj 2",
                      "0:CHN 2:CHN");
  STR_EQ(code(d, 0), "");
  sima_doc_free(d);
}

/* The why-not trace (sima_code_opts.why_not): "stage rule pattern
** missing;..." of doc->why, in a static buffer; "" when there is none. */
static const char *why(sima_doc *doc, int on) {
  static char out[512];
  sima_code_opts o = {0, on};
  sima_error err;
  out[0] = 0;
  if (sima_code_doc(V, C, &o, doc, &err) != SIMA_OK)
    return "ERROR";
  for (uint32_t i = 0; i < doc->nwhy; i++) {
    const sima_why *w = &doc->why[i];
    char one[96];
    snprintf(one, sizeof one, "%s%s %s %s %s", i ? ";" : "",
             sima_why_stage_name(w->stage), w->rule ? w->rule : "-",
             w->pattern ? w->pattern : "-", w->missing ? w->missing : "-");
    strcat(out, one);
  }
  return out;
}

/* `sima code --why-not`: each stage gives its reason, with the rule that
** dropped a matched event; nothing is recorded with the trace off */
TEST(why_not) {
  sima_doc *d = build("China China PROPN nsubj 2;attacked attack VERB root 0;"
                      "yesterday yesterday NOUN obl:tmod 2",
                      "0:CHN");
  STR_EQ(why(d, 1), "actors C-DYAD - -");
  STR_EQ(d->why[0].detail, "1 coded actor (China CHN); 2 needed");
  STR_EQ(why(d, 0), "");
  OK(d->why == NULL && d->nwhy == 0, "no trace when off");
  sima_doc_free(d);
  /* a --- pattern codes nothing, so it makes no sentence worth parsing:
  ** the sentence stops at the trigger stage */
  d = build("China China PROPN nsubj 2;took take VERB root 0;a a DET det 5;"
            "hard hard ADJ amod 5;line line NOUN obj 2;on on ADP case 7;"
            "Japan Japan PROPN obl 2",
            "0:CHN 6:JPN");
  STR_EQ(why(d, 1), "trigger - - -");
  sima_doc_free(d);
  /* an actor on itself: C-SELF */
  d = build("China China PROPN nsubj 2;condemned condemn VERB root 0;"
            "Beijing Beijing PROPN obj 2",
            "0:CHN 2:CHN");
  STR_EQ(why(d, 1), "drop C-SELF V-111.1 -");
  sima_doc_free(d);
  /* two actors and no word that heads a pattern */
  d = build("China China PROPN nsubj 2;likes like VERB root 0;"
            "Japan Japan PROPN obj 2",
            "0:CHN 2:JPN");
  STR_EQ(why(d, 1), "trigger - - -");
  sima_doc_free(d);
  /* a trigger whose pattern needs an object it lacks ("cut off" ties) */
  d = build("Taiwan Taiwan PROPN nsubj 2;cut cut VERB root 0;"
            "off off ADP compound:prt 2;roads road NOUN obj 2;"
            "despite despite ADP case 6;ties tie NOUN obl 2;"
            "with with ADP case 8;Nicaragua Nicaragua PROPN nmod 6",
            "0:TWN 7:NIC");
  STR_EQ(why(d, 1), "pattern - - match");
  OK(d->nwhy == 1 && d->why[0].detail &&
         strstr(d->why[0].detail, "V-161.1: no obj=tie"),
     "names the pattern and what it lacked");
  sima_doc_free(d);
  STR_EQ(sima_why_stage_name(SIMA_WHY_DROP), "drop");
  STR_EQ(sima_why_stage_name(SIMA_NWHY), "?");
}

TEST(particle) {
  sima_doc *d = build("Taiwan Taiwan PROPN nsubj 2;cut cut VERB root 0;"
                      "off off ADP compound:prt 2;ties tie NOUN obj 2;"
                      "with with ADP case 6;Nicaragua Nicaragua PROPN obl 2",
                      "0:TWN 5:NIC");
  STR_EQ(code(d, 0), "TWN NIC 161");
  sima_doc_free(d);
  d = build("Taiwan Taiwan PROPN nsubj 2;cut cut VERB root 0;"
            "ties tie NOUN obj 2;with with ADP case 5;"
            "Nicaragua Nicaragua PROPN obl 2",
            "0:TWN 4:NIC");
  STR_EQ(code(d, 0), "");
  sima_doc_free(d);
}

TEST(noun_trigger_and_mood) {
  /* "a possible aerial assault": never an asserted attack */
  sima_doc *d = build("China China PROPN nmod:poss 5;'s 's PART case 1;"
                      "possible possible ADJ amod 5;aerial aerial ADJ amod 5;"
                      "attack attack NOUN root 0;on on ADP case 7;"
                      "Taiwan Taiwan PROPN nmod 5",
                      "0:CHN 6:TWN");
  STR_EQ(code(d, 0), "CHN TWN 190");
  OK(d->nevents == 1 && d->events[0].mood == SIMA_MOOD_POSSIBLE,
     "possible assault is possible");
  sima_doc_free(d);
  /* "would not invade": negated */
  d = build("Russia Russia PROPN nsubj 4;would would AUX aux 4;not not PART "
            "advmod 4;attack attack VERB root 0;Ukraine Ukraine PROPN obj 4",
            "0:RUS 4:UKR");
  STR_EQ(code(d, 0), "RUS UKR 190");
  OK(d->nevents == 1 && d->events[0].negated, "negated");
  OK(d->nevents == 1 && d->events[0].mood == SIMA_MOOD_PLANNED, "would");
  sima_doc_free(d);
  /* "is expected to visit" */
  d = build("Xi Xi PROPN nsubj:pass 3;is be AUX aux:pass 3;expected expect "
            "VERB root 0;to to PART mark 5;visit visit VERB xcomp 3;"
            "Russia Russia PROPN obj 5",
            "0:CHNGOV 5:RUS");
  STR_EQ(code(d, 0), "CHNGOV RUS 042;RUS CHNGOV 043");
  OK(d->nevents == 2 && d->events[0].mood == SIMA_MOOD_EXPECTED, "expected");
  sima_doc_free(d);
  /* "if ... would": hypothetical */
  d = build("If if SCONJ mark 3;China China PROPN nsubj 3;attacked attack "
            "VERB advcl 7;, , PUNCT punct 7;Japan Japan PROPN nsubj 7;"
            "would would AUX aux 7;condemn condemn VERB root 0;"
            "China China PROPN obj 7",
            "1:CHN 4:JPN 7:CHN");
  const char *got = code(d, 1);
  OK(strstr(got, "JPN CHN 111") != NULL, got);
  for (uint32_t i = 0; i < d->nevents; i++)
    OK(d->events[i].mood == SIMA_MOOD_HYPOTHETICAL, "hypothetical");
  sima_doc_free(d);
}

/* RULE C-ATTR: reported speech keeps the event, attributed */
TEST(attribution) {
  sima_doc *d = build("Sources source NOUN nsubj 2;told tell VERB root 0;"
                      "WSJ WSJ PROPN obj 2;China China PROPN nsubj 5;"
                      "attacked attack VERB ccomp 2;Taiwan Taiwan PROPN obj 5",
                      "3:CHN 5:TWN");
  STR_EQ(code(d, 0), "CHN TWN 190");
  OK(d->nevents == 1 && d->events[0].has_attribution, "attributed");
  if (d->nevents == 1)
    STR_EQ(d->events[0].attribution.text, "Sources");
  sima_doc_free(d);
}

/* RULE C-ATTR-SPAN: the speaker's phrase leaves out "for example" and
** closes the parenthesis it opens */
TEST(attribution_span) {
  sima_doc *d = build("Sources source NOUN nsubj 6;, , PUNCT punct 4;"
                      "for for ADP case 4;example example NOUN nmod 1;"
                      ", , PUNCT punct 1;told tell VERB root 0;"
                      "WSJ WSJ PROPN obj 6;China China PROPN nsubj 9;"
                      "attacked attack VERB ccomp 6;Taiwan Taiwan PROPN obj 9",
                      "7:CHN 9:TWN");
  STR_EQ(code(d, 0), "CHN TWN 190");
  if (d->nevents == 1)
    STR_EQ(d->events[0].attribution.text, "Sources");
  sima_doc_free(d);
  d = build("Officials official NOUN nsubj 5;( ( PUNCT punct 3;"
            "FBI FBI PROPN appos 1;) ) PUNCT punct 3;"
            "said say VERB root 0;China China PROPN nsubj 7;"
            "attacked attack VERB ccomp 5;Taiwan Taiwan PROPN obj 7",
            "5:CHN 7:TWN");
  STR_EQ(code(d, 0), "CHN TWN 190");
  if (d->nevents == 1)
    STR_EQ(d->events[0].attribution.text, "Officials ( FBI )");
  sima_doc_free(d);
}

TEST(quantities_location) {
  sima_doc *d = build("USA USA PROPN nsubj 2;blocked block VERB root 0;"
                      "$400m $400m NOUN nummod 4;aid aid NOUN obj 2;"
                      "to to ADP case 6;Taiwan Taiwan PROPN obl 2;"
                      "in in ADP case 8;Geneva Geneva PROPN obl 2",
                      "0:USA 5:TWN");
  STR_EQ(code(d, 0), "USA TWN 162");
  if (d->nevents == 1) {
    INT_EQ(d->events[0].nquantities, 1);
    if (d->events[0].nquantities)
      OK(d->events[0].quantities[0].value == 400e6, "$400m");
    STR_EQ(d->events[0].location, "Geneva");
  }
  sima_doc_free(d);
}

/* RULE C-DERIVE */
TEST(derive) {
  sima_doc *d = build("USA USA PROPN nsubj 2;urged urge VERB root 0;"
                      "China China PROPN obj 2;to to PART mark 5;"
                      "release release VERB xcomp 2;Britons Briton PROPN obj 5",
                      "0:USA 2:CHN 5:GBR");
  STR_EQ(code(d, 0), "USA CHN 0253");
  sima_doc_free(d);
  d = build("Iran Iran PROPN nsubj 2;agreed agree VERB root 0;to to PART mark 4;"
            "release release VERB xcomp 2;Britons Briton PROPN obj 4",
            "0:IRN 4:GBR");
  STR_EQ(code(d, 0), "IRN GBR 0353");
  sima_doc_free(d);
  /* outside roots 04-08: the intent is dropped and the complement coded;
  ** planned by its own actor, an attack is a threat (RULE C-THREAT) */
  d = build("Russia Russia PROPN nsubj 2;agreed agree VERB root 0;to to PART "
            "mark 4;attack attack VERB xcomp 2;Ukraine Ukraine PROPN obj 4",
            "0:RUS 4:UKR");
  STR_EQ(code(d, 0), "RUS UKR 1384");
  OK(d->nevents == 1 && d->events[0].mood == SIMA_MOOD_ASSERTED, "asserted");
  sima_doc_free(d);
  /* a forecast by someone else stays a planned attack */
  d = build("Analysts analyst NOUN nsubj 2;said say VERB root 0;Russia Russia "
            "PROPN nsubj 5;will will AUX aux 5;attack attack VERB ccomp 2;"
            "Ukraine Ukraine PROPN obj 5",
            "2:RUS 5:UKR");
  STR_EQ(code(d, 0), "RUS UKR 190");
  OK(d->nevents == 1 && d->events[0].mood == SIMA_MOOD_PLANNED, "planned");
  sima_doc_free(d);
  /* an appeal keeps 020 and the complement is requested */
  d = build("USA USA PROPN nsubj 2;urged urge VERB root 0;"
            "China China PROPN obj 2;to to PART mark 5;"
            "condemn condemn VERB xcomp 2;Japan Japan PROPN obj 5",
            "0:USA 2:CHN 5:JPN");
  STR_EQ(code(d, 0), "USA CHN 020;CHN JPN 111");
  OK(d->nevents == 2 && d->events[1].mood == SIMA_MOOD_REQUESTED, "requested");
  sima_doc_free(d);
}

/* RULE C-INTENT and C-MUTUAL */
TEST(intent_mutual) {
  sima_doc *d = build("Japan Japan PROPN nsubj 3;will will AUX aux 3;"
                      "visit visit VERB root 0;Turkey Turkey PROPN obj 3",
                      "0:JPN 3:TUR");
  STR_EQ(code(d, 0), "JPN TUR 036");
  OK(d->nevents == 1 && d->events[0].mood == SIMA_MOOD_ASSERTED, "asserted");
  sima_doc_free(d);
  d = build("Jordan Jordan PROPN nsubj 4;and and CCONJ cc 3;Britain Britain "
            "PROPN conj 1;agreed agree VERB root 0;to to PART mark 6;"
            "train train VERB xcomp 4",
            "0:JOR 2:GBR");
  STR_EQ(code(d, 0), "JOR GBR 0312;GBR JOR 0312");
  sima_doc_free(d);
}

/* RULE C-MUST and the speaker pronoun of RULE C-SPEECH */
TEST(must_and_pronoun) {
  sima_doc *d = build("Britain Britain PROPN nsubj 2;said say VERB root 0;"
                      "Libya Libya PROPN nsubj 5;must must AUX aux 5;"
                      "release release VERB ccomp 2;Britons Briton PROPN obj 5",
                      "0:GBR 2:LBY 5:GBR");
  STR_EQ(code(d, 0), "GBR LBY 1053");
  OK(d->nevents == 1 && !strcmp(d->events[0].rule, "C-MUST"), "rule C-MUST");
  sima_doc_free(d);
  d = build("Iran Iran PROPN nsubj 2;said say VERB root 0;it it PRON nsubj 5;"
            "would would AUX aux 5;release release VERB ccomp 2;"
            "Britons Briton PROPN obj 5",
            "0:IRN 5:GBR");
  STR_EQ(code(d, 0), "IRN GBR 0353");
  sima_doc_free(d);
}

/* RULE C-PURPOSE */
TEST(purpose) {
  sima_doc *d = build("Police police NOUN nsubj 2;attacked attack VERB root 0;"
                      "to to PART mark 4;disperse disperse VERB advcl 2;"
                      "protesters protester NOUN obj 4",
                      "0:EGYCOP 4:EGYOPP");
  STR_EQ(code(d, 0), "EGYCOP EGYOPP 190");
  sima_doc_free(d);
}

/* RULE C-REPAIR: "imposed --amod--> sanctions" is re-headed */
TEST(repair) {
  sima_doc *d = build("EU EU PROPN nsubj 2;condemned condemn VERB amod 3;"
                      "policy policy NOUN root 0;of of ADP case 5;"
                      "Russia Russia PROPN nmod 3",
                      "0:EUR 4:RUS");
  d->syn[1].xpos = (uint16_t)SIMA_XPOS_VBD;
  STR_EQ(code(d, 0), "EUR RUS 111");
  OK(d->syn[1].deprel == SIMA_DEP_AMOD, "doc->syn is not modified");
  sima_doc_free(d);
  /* a true participle adjective is left alone */
  d = build("the the DET det 3;condemned condemn VERB amod 3;"
            "policy policy NOUN root 0;of of ADP case 5;"
            "Russia Russia PROPN nmod 3",
            "4:RUS");
  d->syn[1].xpos = (uint16_t)SIMA_XPOS_VBN;
  STR_EQ(code(d, 1), "");
  sima_doc_free(d);
}

TEST(explain) {
  sima_doc *d = build("China China PROPN nsubj 2;attacked attack VERB root 0;"
                      "Taiwan Taiwan PROPN obj 2",
                      "0:CHN 2:TWN");
  code(d, 0);
  FILE *f = tmpfile();
  if (d->nevents)
    sima_event_explain(f, d, &d->events[0]);
  rewind(f);
  char buf[4096] = "";
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  buf[n] = 0;
  fclose(f);
  OK(strstr(buf, "V-190.1") && strstr(buf, "test.txt:5"), "pattern line");
  OK(strstr(buf, "Taiwan[2] --obj--> attacked[1]") != NULL, "edge");
  sima_doc_free(d);
}

TEST(no_syntax_no_events) {
  sima_doc *d = sima_doc_new("China attacked Taiwan.", 22, "x", NULL, NULL,
                             NULL);
  sima_error err;
  INT_EQ(sima_code_doc(V, C, NULL, d, &err), SIMA_OK);
  INT_EQ(d->nevents, 0);
  sima_doc_free(d);
}

/* the shipped dictionaries load strictly, without conflicts; coverage of
** every code is checked by test/cli/spec.sh (sima verbs --check-coverage) */
TEST(shipped_dictionaries) {
  glob_t g;
  if (glob("data/dict/verbs/*.txt", 0, NULL, &g) != 0) {
    printf("skipped: no data/dict/verbs files\n");
    return;
  }
  sima_error err;
  sima_verbs *v = sima_verbs_load((const char *const *)g.gl_pathv,
                                  g.gl_pathc, C, 0, NULL, NULL, &err);
  globfree(&g);
  OK(v != NULL, err.msg);
  if (!v)
    return;
  sima_verbs_stats st;
  sima_verbs_get_stats(v, &st);
  OK(st.nconflicts == 0, "no conflicting patterns");
  OK(sima_verbs_code_count(v, "012") > 0, "012 has patterns");
  OK(sima_verbs_code_count(v, "043") > 0, "043 has patterns");
  sima_verbs_free(v);
}

/* sima_code_candidates: a sentence is parsed only when a pattern of one of
** its words can match there (its named values, extra words and case
** markers are words of the sentence), or for C-MUST */
TEST(candidates) {
  unsigned char want[1];
  sima_code_opts o = {0};
  /* "express" names its value: no "concern", no candidate */
  sima_doc *d = build("Japan Japan PROPN nsubj 2;expressed express VERB root 0;"
                      "doubts doubt NOUN obj 2;about about ADP case 5;"
                      "Turkey Turkey PROPN obl 2",
                      "0:JPN 4:TUR");
  sima_code_candidates(V, &o, d, want);
  OK(want[0] == 0, "express without concern: not a candidate");
  sima_doc_free(d);
  d = build("Japan Japan PROPN nsubj 2;expressed express VERB root 0;"
            "concern concern NOUN obj 2;about about ADP case 5;"
            "Turkey Turkey PROPN obl 2",
            "0:JPN 4:TUR");
  sima_code_candidates(V, &o, d, want);
  OK(want[0] == 1, "express concern: a candidate");
  STR_EQ(code(d, 0), "JPN TUR 012");
  sima_doc_free(d);
  /* an extra trigger word: "cut off" needs "off" (and "tie") */
  d = build("Japan Japan PROPN nsubj 2;cut cut VERB root 0;"
            "Turkey Turkey PROPN obj 2",
            "0:JPN 2:TUR");
  sima_code_candidates(V, &o, d, want);
  OK(want[0] == 0, "cut without off: not a candidate");
  sima_doc_free(d);
  /* a verb with a pattern of no constraint, and one mention too few */
  d = build("Japan Japan PROPN nsubj 2;attacked attack VERB root 0;"
            "Turkey Turkey PROPN obj 2",
            "0:JPN 2:TUR");
  sima_code_candidates(V, &o, d, want);
  OK(want[0] == 1, "attack: a candidate");
  sima_doc_free(d);
  d = build("Japan Japan PROPN nsubj 2;attacked attack VERB root 0;"
            "Turkey Turkey PROPN obj 2",
            "0:JPN");
  sima_code_candidates(V, &o, d, want);
  OK(want[0] == 0, "one actor: not a candidate");
  sima_doc_free(d);
  /* C-MUST needs no pattern */
  d = build("Japan Japan PROPN nsubj 2;said say VERB root 0;"
            "Turkey Turkey PROPN nsubj 5;must must AUX aux 5;"
            "leave leave VERB ccomp 2",
            "0:JPN 2:TUR");
  sima_code_candidates(V, &o, d, want);
  OK(want[0] == 1, "must: a candidate");
  sima_doc_free(d);
}

/* The base-relation table (src/syntax.c's sima_dep_base_tab, read by
** sima_deprel_base and pattern.h's inline deprel_base) against the names:
** "a:b" has the id of "a" as its base, every other id its own; ids out of
** range have 0; the inline and the library call agree everywhere. */
TEST(deprel_base_inline) {
  for (unsigned id = 0; id < SIMA_NDEP; id++) {
    const char *name = sima_deprel_name(id);
    const char *colon = strchr(name, ':');
    unsigned want =
        colon ? sima_deprel_id(name, (size_t)(colon - name)) : id;
    if (colon && want == 0)
      FAILF("%s: no relation named by its prefix", name);
    if (sima_deprel_base(id) != want)
      FAILF("sima_deprel_base(%u) (%s) %u, want %u", id, name,
            sima_deprel_base(id), want);
  }
  for (unsigned id = 0; id < SIMA_NDEP + 4; id++)
    if (deprel_base(id) != sima_deprel_base(id))
      FAILF("deprel_base(%u) %u, sima_deprel_base %u", id, deprel_base(id),
            sima_deprel_base(id));
  INT_EQ(deprel_base(SIMA_DEP_NSUBJ_PASS), SIMA_DEP_NSUBJ);
  INT_EQ(deprel_base(~0u), 0);
  INT_EQ(sima_deprel_base(~0u), 0);
}

/* the coder's quick filters reject no word of their lists */
TEST(coder_filters) { INT_EQ(coder_check_filters(), 0); }

int main(void) {
  C = cameo();
  V = C ? verbs(C) : NULL;
  RUN(cameo_table);
  RUN(deprel_base_inline);
  RUN(coder_filters);
  RUN(cameo_errors);
  RUN(verbs_load);
  RUN(verbs_errors);
  RUN(verbs_duplicates);
  RUN(passive);
  RUN(specific);
  RUN(compound);
  RUN(xcomp_conj);
  RUN(statement_patterns);
  RUN(paired);
  RUN(dyad_and_null);
  RUN(self);
  RUN(why_not);
  RUN(particle);
  RUN(noun_trigger_and_mood);
  RUN(attribution);
  RUN(attribution_span);
  RUN(quantities_location);
  RUN(derive);
  RUN(intent_mutual);
  RUN(must_and_pronoun);
  RUN(purpose);
  RUN(repair);
  RUN(explain);
  RUN(no_syntax_no_events);
  RUN(shipped_dictionaries);
  RUN(candidates);
  sima_verbs_free(V);
  sima_cameo_free(C);
  return harness_done();
}
