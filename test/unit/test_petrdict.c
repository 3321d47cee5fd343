/*
** test_petrdict.c — the PETRARCH/TABARI compatibility readers and writers
** (src/petrdict.c, src/petrxml.c, src/out_petrarch.c, out_gdelt.c,
** out_plover.c) on small hand-written snippets of each legacy format.
*/
#include "harness.h"

#include <stdlib.h>

#include "dict.h"
#include "petrdict.h"
#include "sima.h"

static int nwarn;
static char lastwarn[800];
static void on_warn(void *ud, const char *m) {
  (void)ud;
  nwarn++;
  snprintf(lastwarn, sizeof lastwarn, "%s", m);
}

/* ---- dates and lines ---- */

TEST(dates) {
  INT_EQ(petr_date("950601", 6), 19950601);
  INT_EQ(petr_date("291231", 6), 20291231); /* YY <= 30 -> 20YY */
  INT_EQ(petr_date("310101", 6), 19310101);
  INT_EQ(petr_date("20121109", 8), 20121109);
  INT_EQ(petr_date("19950230", 8), 0);
  INT_EQ(petr_date("9008223", 7), 0); /* the Phoenix typo: 7 digits */
  INT_EQ(petr_next_day(19991231), 20000101);
  INT_EQ(petr_next_day(20000228), 20000229);
  INT_EQ(petr_next_day(19000228), 19000301);
}

TEST(comment_rules) {
  const char *src = "<!-- a\n b -->\nX # c\n\n<! skip\n  Y <!-- z --> W\n#x\n";
  petr_lines L;
  petr_lines_init(&L, src, strlen(src));
  int ind = 0;
  const char *s = petr_lines_next(&L, &ind);
  STR_EQ(s, "X");
  INT_EQ(L.lineno, 3);
  s = petr_lines_next(&L, &ind);
  STR_EQ(s, "  Y  W");
  INT_EQ(ind, 1);
  OK(petr_lines_next(&L, &ind) == NULL, "end");
}

TEST(kinds) {
  INT_EQ(sima_petr_kind_of("x/CAMEO.2.0.txt"), SIMA_PETR_VERBS);
  INT_EQ(sima_petr_kind_of("PETR.Validate.verbs.txt"), SIMA_PETR_VERBS);
  INT_EQ(sima_petr_kind_of("Phoenix.agents.txt"), SIMA_PETR_AGENTS);
  INT_EQ(sima_petr_kind_of("Phoenix.Countries.actors.txt"), SIMA_PETR_ACTORS);
  INT_EQ(sima_petr_kind_of("Phoenix.discards.txt"), SIMA_PETR_DISCARDS);
  INT_EQ(sima_petr_kind_of("Phoenix.IssueCoding.txt"), SIMA_PETR_ISSUES);
}

TEST(legacy_sniffing) {
  char p1[] = "/tmp/sima-petr-XXXXXX";
  char p2[] = "/tmp/sima-petr-XXXXXX";
  int f1 = mkstemp(p1), f2 = mkstemp(p2);
  OK(f1 >= 0 && f2 >= 0, "temp files");
  if (f1 < 0 || f2 < 0)
    return;
  FILE *a = fdopen(f1, "w"), *b = fdopen(f2, "w");
  fputs("# own\nV-1622.1  1622  block  obj=&AID[amod=military]\n"
        "CHN | China\n  adj: Chinese\nspokesman -> GOV person\n", a);
  fputs("<!-- legacy -->\nARNOR_ [ARN]\n", b);
  fclose(a);
  fclose(b);
  INT_EQ(sima_petr_is_legacy(p1), 0);
  INT_EQ(sima_petr_is_legacy(p2), 1);
  INT_EQ(sima_petr_is_legacy("/nonexistent/x"), 0);
  remove(p1);
  remove(p2);
}

/* ---- actors ---- */

static const char actors_src[] = "<!-- test actors -->\n"           /* 1 */
                                 "ARNOR_ [ARN]\n"                    /* 2 */
                                 "+ARNORIAN\n"                       /* 3 */
                                 "GOLLUM  # a comment\n"             /* 4 */
                                 "+SMEAGOL\n"                        /* 5 */
                                 "\t[HOB < 950601]\n"                /* 6 */
                                 "\t[HOBGOV 19950601 - 19990815]\n"  /* 7 */
                                 "\t[HOBREB > 990816]\n"             /* 8 */
                                 "SAM_GAMGEE [HOB]\n"                /* 9 */
                                 "\t[ORCHOB 20100109-20100112]\n"    /* 10 */
                                 "\t[HOBMIL 20080120-20121109]\n"    /* 11 */
                                 "BOROMIR [---]\n"                   /* 12 */
                                 "GROUP OF 77 [G77]\n"               /* 13 */
                                 "UN_ [IGOUNO]\n";                   /* 14 */

static int32_t find_actor(const sima_dict *d, const char *name) {
  for (uint32_t i = 0; i < d->nactors; i++)
    if (!strcmp(dict_str(d, d->actors[i].name), name))
      return (int32_t)i;
  return -1;
}

TEST(actors_strict_error_names_line) {
  sima_error err = {0};
  sima_dict *d = sima_dict_new(NULL, &err);
  sima_status st = sima_petr_dict_add_mem(d, SIMA_PETR_ACTORS, "t.actors",
                                          actors_src, strlen(actors_src),
                                          NULL, &err);
  INT_EQ(st, SIMA_ERR_FORMAT);
  OK(strstr(err.msg, "t.actors:13:") != NULL, "file:line of G77");
  sima_dict_free(d);
}

TEST(actors_dates_and_synonyms) {
  sima_error err = {0};
  sima_dict_opts o = {1, on_warn, NULL};
  sima_dict *d = sima_dict_new(&o, &err);
  sima_petr_stats st = {0};
  nwarn = 0;
  INT_EQ(sima_petr_dict_add_mem(d, SIMA_PETR_ACTORS, "t.actors", actors_src,
                                strlen(actors_src), &st, &err),
         SIMA_OK);
  INT_EQ(nwarn, 1); /* G77 skipped */
  INT_EQ(st.nskipped, 1);
  INT_EQ(st.nnull, 1); /* Boromir */
  int32_t g = find_actor(d, "Gollum");
  OK(g >= 0, "Gollum loaded");
  if (g >= 0) {
    STR_EQ(dict_actor_code(d, (uint32_t)g, 19940101), "HOB");
    STR_EQ(dict_actor_code(d, (uint32_t)g, 19950601), "HOBGOV");
    STR_EQ(dict_actor_code(d, (uint32_t)g, 19990815), "HOBGOV"); /* incl. */
    OK(dict_actor_code(d, (uint32_t)g, 19990816) != NULL, "from 990816");
    STR_EQ(dict_actor_code(d, (uint32_t)g, 20050101), "HOBREB");
  }
  /* overlapping restrictions: the first listed wins, the undated code
  ** fills the rest */
  int32_t s = find_actor(d, "Sam gamgee");
  OK(s >= 0, "Sam Gamgee loaded");
  if (s >= 0) {
    STR_EQ(dict_actor_code(d, (uint32_t)s, 20100110), "ORCHOB");
    STR_EQ(dict_actor_code(d, (uint32_t)s, 20100201), "HOBMIL");
    STR_EQ(dict_actor_code(d, (uint32_t)s, 20000101), "HOB");
  }
  OK(find_actor(d, "Boromir") < 0, "[---] codes nothing");
  OK(find_actor(d, "UN") >= 0, "acronym kept in capitals");
  /* names of a PETRARCH actor file are matched as written: no typo
  ** tolerance (DICT_F_LEGACY on their senses, src/actor.c) */
  uint32_t plain = 0;
  for (uint32_t i = 0; i < d->nsenses; i++)
    if (d->senses[i].role != DICT_AGENT && !(d->senses[i].flags & DICT_F_LEGACY))
      plain++;
  OK(d->nsenses > 0 && plain == 0, "legacy names flagged DICT_F_LEGACY");
  sima_dict_free(d);
}

/* ---- agents ---- */

static const char agents_src[] = "!PERSON! = MAN, WOMAN\n"      /* 1 */
                                 "CONGRESS!PERSON! [~LEG]\n"    /* 2 */
                                 "POLICE {} [~COP]\n"           /* 3 */
                                 "HUMAN_RIGHTS_BODY [NGO~]\n"   /* 4 */
                                 "GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\n" /* 5 */
                                 "AD!PERSON!X!PERSON! [~GOV]\n" /* 6 */
                                 "WIZARD [GOV]\n";              /* 7 */

/* PETRARCH compound codes: each code of [FRO/BIL/SAM] is an actor of its
** own; the actor recognizer gives one mention per code on the same span */
TEST(actors_compound_codes) {
  const char *src = "THE_SHIRE [FRO/BIL/SAM]\n"   /* 1 */
                    "LORIEN [ELR/GAL]\n"          /* 2 */
                    "BREE [BRE]\n";               /* 3 */
  sima_error err = {0};
  sima_dict *d = sima_dict_new(NULL, &err);
  INT_EQ(sima_petr_dict_add_mem(d, SIMA_PETR_ACTORS, "t.actors", src,
                                strlen(src), NULL, &err),
         SIMA_OK);
  int32_t a = find_actor(d, "the Shire");
  OK(a >= 0, "The Shire loaded");
  if (a >= 0) {
    STR_EQ(dict_actor_code(d, (uint32_t)a, 0), "FRO");
    STR_EQ(dict_str(d, d->actors[a].src), "t.actors:1 [FRO/BIL/SAM]");
  }
  int32_t b = find_actor(d, "Bree");
  if (b >= 0)
    STR_EQ(dict_str(d, d->actors[b].src), "t.actors:3");
  const char *text = "The Shire and Bree met Lorien.";
  sima_doc *doc = sima_doc_new(text, strlen(text), "t", NULL, NULL, NULL);
  OK(doc && sima_tokenize(doc, &err) == SIMA_OK &&
         sima_split(doc, &err) == SIMA_OK &&
         sima_actors_find(d, doc, &err) == SIMA_OK,
     "pipeline");
  const char *want[] = {"FRO", "BIL", "SAM", "BRE", "ELR", "GAL"};
  INT_EQ(doc ? doc->nmentions : 0, 6);
  for (uint32_t i = 0; doc && i < doc->nmentions && i < 6; i++)
    STR_EQ(doc->mentions[i].code ? doc->mentions[i].code : "", want[i]);
  if (doc && doc->nmentions >= 3) {
    INT_EQ(doc->mentions[1].first, doc->mentions[0].first);
    INT_EQ(doc->mentions[2].count, doc->mentions[0].count);
  }
  sima_doc_free(doc);
  sima_dict_free(d);
}

TEST(agents) {
  sima_error err = {0};
  sima_dict *d = sima_dict_new(NULL, &err);
  INT_EQ(sima_petr_dict_add_mem(d, SIMA_PETR_AGENTS, "t.agents", agents_src,
                                strlen(agents_src), NULL, &err),
         SIMA_ERR_FORMAT);
  OK(strstr(err.msg, "t.agents:6:") != NULL, "broken marker named");
  sima_dict_free(d);

  sima_dict_opts o = {1, on_warn, NULL};
  d = sima_dict_new(&o, &err);
  sima_petr_stats st = {0};
  nwarn = 0;
  INT_EQ(sima_petr_dict_add_mem(d, SIMA_PETR_AGENTS, "t.agents", agents_src,
                                strlen(agents_src), &st, &err),
         SIMA_OK);
  INT_EQ(nwarn, 2); /* line 6 and line 7 (no '~') */
  INT_EQ(st.nsets, 1);
  /* congressman, congresswoman, police, human rights body, goose, geese */
  sima_dict_stats ds;
  sima_dict_stats_get(d, &ds);
  INT_EQ(ds.nagents, 6);
  sima_dict_free(d);
}

/* ---- verbs ---- */

static const char p2_src[] = "&CURRENCY\n"                      /* 1 */
                             "+DOLLAR\n"                        /* 2 */
                             "+SWISS_FRANC\n"                   /* 3 */
                             "\n"                               /* 4 */
                             "--- GRANT [070] ---\n"            /* 5 */
                             "GRANT\n"                          /* 6 */
                             "GIVE {GAVE GIVEN GIVING}\n"       /* 7 */
                             "+HAND_OVER [071]\n"               /* 8 */
                             "- * &CURRENCY [071]\n"            /* 9 */
                             "- * (TO +) {ARMS SHIPMENT} [072]\n" /* 10 */
                             "- * AID [:073]\n"                 /* 11 */
                             "- &MILITARY * (TO BORDER) [154]\n" /* 12 */
                             "~ a (a b ATTACK) SAY = a b 015\n"; /* 13 */

TEST(verbs_petrarch2) {
  sima_error err = {0};
  char *out = NULL;
  size_t n = 0;
  sima_petr_stats st = {0};
  /* &MILITARY is undefined: an error in strict mode, naming the line */
  INT_EQ(sima_petr_verbs_translate("t.verbs", p2_src, strlen(p2_src), 0, NULL,
                                   NULL, &out, &n, &st, &err),
         SIMA_ERR_FORMAT);
  OK(strstr(err.msg, "t.verbs:12:") != NULL, "undefined set named");
  memset(&st, 0, sizeof st);
  nwarn = 0;
  INT_EQ(sima_petr_verbs_translate("t.verbs", p2_src, strlen(p2_src), 1,
                                   on_warn, NULL, &out, &n, &st, &err),
         SIMA_OK);
  OK(out != NULL, "output");
  if (!out)
    return;
  OK(strstr(out, "&P_CURRENCY = dollar | swiss_franc") != NULL, "set");
  OK(strstr(out, "P-070.6 070 grant") != NULL, "bare verb, block code");
  OK(strstr(out, "P-070.7 070 give") != NULL, "irregular forms dropped");
  OK(strstr(out, "P-071.8 071 hand_over") != NULL, "multi-word verb code");
  OK(strstr(out, "P-071.9 071 grant|give|hand_over obj=&P_CURRENCY") != NULL,
     "set as object, every verb of the block");
  OK(strstr(out, "P-072.10 072 grant|give|hand_over obj=arms_shipment "
                 "tgt=obl(to)") != NULL,
     "noun phrase and prepositional target");
  OK(strstr(out, "tgt=obl(to)") != NULL, "+ in a prepositional phrase");
  INT_EQ(st.ntransforms, 1);
  INT_EQ(st.nsets, 1);
  OK(st.nskipped >= 2, "[:073] and the undefined set skipped");
  /* the translation compiles with sima's own loader */
  sima_verbs *v = sima_verbs_load_mem("t", out, n, NULL, 0, NULL, NULL, &err);
  OK(v != NULL, err.msg);
  if (v) {
    sima_verbs_stats vs;
    sima_verbs_get_stats(v, &vs);
    INT_EQ(vs.npatterns, st.nemitted);
  }
  sima_verbs_free(v);
  free(out);
}

static const char tabari_src[] = "&TIETYPES\n"                   /* 1 */
                                 "+MILITARY\n"                   /* 2 */
                                 "+ECONOMIC\n"                   /* 3 */
                                 "--- RISEN [---] ---\n"         /* 4 */
                                 "RISEN\n"                       /* 5 */
                                 "- DEATH TOLL * [223]\n"        /* 6 */
                                 "--- ABANDON [345] ---\n"       /* 7 */
                                 "ABANDON\n"                     /* 8 */
                                 "- * &TIETYPES TIES [902]\n"    /* 9 */
                                 "- NOT * [112]\n"               /* 10 */
                                 "- * FOR &ECON [07X]\n";        /* 11 */

TEST(verbs_tabari) {
  sima_error err = {0};
  char *out = NULL;
  size_t n = 0;
  INT_EQ(sima_petr_verbs_translate("t.verbs", tabari_src, strlen(tabari_src),
                                   0, NULL, NULL, &out, &n, NULL, &err),
         SIMA_ERR_FORMAT);
  OK(strstr(err.msg, "t.verbs:11:") != NULL, "bad code named");
  nwarn = 0;
  INT_EQ(sima_petr_verbs_translate("t.verbs", tabari_src, strlen(tabari_src),
                                   1, on_warn, NULL, &out, &n, NULL, &err),
         SIMA_OK);
  if (!out)
    return;
  OK(strstr(out, "P-223.6.0.5 223 rise nsubj=toll") != NULL &&
         strstr(out, "form=risen") != NULL,
     "inflected verb lemmatised, as written (form=); noun before the verb "
     "is the subject");
  OK(strstr(out, "obj=military_tie|economic_tie") != NULL,
     "set inside a noun phrase expanded");
  OK(strstr(out, "P-112.10 112 abandon") != NULL && strstr(out, " neg") != NULL,
     "NOT before the verb");
  INT_EQ(nwarn, 1);
  sima_verbs *v = sima_verbs_load_mem("t", out, n, NULL, 0, NULL, NULL, &err);
  OK(v != NULL, err.msg);
  sima_verbs_free(v);
  free(out);
}

/* The legacy formats' word order and word forms (docs/compat.md): `_`
** joins consecutive words (seq=, preseq=, verbseq=), PETRARCH1 words before
** the verb are in the sentence before it (preseq=), a block headed by an
** irregular form codes that form (form=), a multi-word verb's words are
** consecutive (.95). */
TEST(verbs_word_order) {
  const char *src = "&TIETYPES\n"                              /* 1 */
                    "+ECONOMIC\n"                              /* 2 */
                    "--- ABANDON [345] ---\n"                  /* 3 */
                    "ABANDON\n"                                /* 4 */
                    "- * NEW_&TIETYPES_RELATIONS [903]\n"      /* 5 */
                    "- RECENTLY_* [025]\n"                     /* 6 */
                    "- INDICATED SHOULD * [1011]\n"            /* 7 */
                    "- WOULD_*_TALKS [102]\n"                  /* 8 */
                    "--- LEAVE [012] ---\n"                    /* 9 */
                    "LEAVE\n"                                  /* 10 */
                    "--- LEFT [032:033] ---\n"                 /* 11 */
                    "LEFT\n"                                   /* 12 */
                    "- * FOR &TIETYPES [033]\n"                /* 13 */
                    "--- EXCLUDE [1721] ---\n"                 /* 14 */
                    "EXCLUDE\n"                                /* 15 */
                    "+CORDON_OFF\n"                            /* 16 */
                    "- * EFFORT [987]\n";                      /* 17 */
  sima_error err = {0};
  char *out = NULL;
  size_t n = 0;
  INT_EQ(sima_petr_verbs_translate("t.verbs", src, strlen(src), 0, NULL, NULL,
                                   &out, &n, NULL, &err),
         SIMA_OK);
  if (!out)
    return;
  OK(strstr(out, "P-903.5 903 abandon obj=new_economic_relation "
                 "seq=new_economic_relations nomood") != NULL,
     "a `_` run after the verb: seq=");
  OK(strstr(out, "P-025.6 025 abandon advmod=recently verbseq=recently "
                 "nomood") != NULL,
     "a word joined to the verb: verbseq=");
  OK(strstr(out, "P-1011.7 1011 abandon preseq=indicated preseq=should "
                 "nomood") != NULL,
     "words before the verb: preseq=");
  OK(strstr(out, "P-102.8 102 abandon_talk verbseq=would seq=talks nomood") !=
         NULL,
     "a run around the verb split at it");
  OK(strstr(out, "P-012.10 012 leave nomood") != NULL &&
         strstr(out, "P-032.12 032:033 leave form=left nomood") != NULL,
     "an irregular form heading a block: form=");
  OK(strstr(out, "P-033.13.0.12 033 leave obl(for)=&P_TIETYPES nomood "
                 "tabari form=left") != NULL,
     "the form's patterns carry form= too");
  OK(strstr(out, "P-1721.16.95 1721 cordon seq=off nomood") != NULL,
     "a multi-word verb's words in order");
  OK(strstr(out, "P-987.17 987 exclude_effort|cordon_off_effort word=effort "
                 "nomood") != NULL,
     "a noun after the verb as written: word=");
  OK(strstr(out, "P-987.17.0.16 987 cordon_effort word=effort nomood "
                 "tabari seq=off") != NULL,
     "a multi-word verb's patterns: its words in order, one id per verb");
  OK(strstr(out, "|after\n") != NULL,
     "TABARI target: failing the paths, the first actor after the verb");
  sima_verbs *v = sima_verbs_load_mem("t", out, n, NULL, 0, NULL, NULL, &err);
  OK(v != NULL, err.msg);
  sima_verbs_free(v);
  free(out);
  /* word-order tests are constraints, never role paths; `after` (the
  ** first actor after the verb, TABARI's target) a path of its own,
  ** never a constraint */
  const char *bad = "V-010.1 010 say src=preseq\n";
  v = sima_verbs_load_mem("b", bad, strlen(bad), NULL, 0, NULL, NULL, &err);
  OK(v == NULL && strstr(err.msg, "b:1:") != NULL, "preseq as a path rejected");
  sima_verbs_free(v);
  bad = "V-010.1 010 say after=*\n";
  v = sima_verbs_load_mem("b", bad, strlen(bad), NULL, 0, NULL, NULL, &err);
  OK(v == NULL && strstr(err.msg, "b:1:") != NULL, "after as a constraint");
  sima_verbs_free(v);
  bad = "V-010.1 010 say tgt=obj>after\n";
  v = sima_verbs_load_mem("b", bad, strlen(bad), NULL, 0, NULL, NULL, &err);
  OK(v == NULL && strstr(err.msg, "b:1:") != NULL, "after inside a path");
  sima_verbs_free(v);
  const char *good = "V-010.1 010 say tgt=obj|after\n";
  v = sima_verbs_load_mem("g", good, strlen(good), NULL, 0, NULL, NULL, &err);
  OK(v != NULL, err.msg);
  sima_verbs_free(v);
}

/* TABARI/PETRARCH1 coder semantics (docs/compat.md): every pattern of a
** PETRARCH1 file carries `tabari` (RULE C-TABARI), a PETRARCH2 file's do
** not; `+ WORD *` is the actor before WORD (before(w)), `WORD ^ +` the
** actor after the one after WORD (skip(w)), `WORD ^ ^ $` skip2(w) */
TEST(verbs_tabari_positions) {
  const char *src = "--- CELEBRATE [043] ---\n"                /* 1 */
                    "CELEBRATE\n"                              /* 2 */
                    "- + HOSTING * MAY_DAY $ [046]\n"          /* 3 */
                    "- * IFTAR IN ^ + [045]\n"                 /* 4 */
                    "- * IFTAR AT ^ ^ $ [044]\n";              /* 5 */
  sima_error err = {0};
  char *out = NULL;
  size_t n = 0;
  INT_EQ(sima_petr_verbs_translate("t.verbs", src, strlen(src), 0, NULL, NULL,
                                   &out, &n, NULL, &err),
         SIMA_OK);
  if (!out)
    return;
  OK(strstr(out, "P-043.2 043 celebrate nomood tabari") != NULL,
     "a PETRARCH1 bare verb: tabari");
  OK(strstr(out, "tgt=before(hosting) src=after nomood tabari") != NULL,
     "+ WORD *: the actor before the word");
  OK(strstr(out, "celebrate_iftar seq=in word=iftar tgt=skip(in) nomood "
                 "tabari") != NULL,
     "WORD ^ +: the actor after the next");
  OK(strstr(out, "celebrate_iftar seq=at word=iftar src=skip2(at) nomood "
                 "tabari") != NULL,
     "WORD ^ ^ $: two skipped");
  sima_verbs *v = sima_verbs_load_mem("t", out, n, NULL, 0, NULL, NULL, &err);
  OK(v != NULL, err.msg);
  sima_verbs_free(v);
  free(out);
  /* a PETRARCH2 file: no tabari */
  const char *p2 = "--- GRANT [070] ---\nGRANT\n- * (TO +) [071]\n";
  INT_EQ(sima_petr_verbs_translate("t.verbs", p2, strlen(p2), 0, NULL, NULL,
                                   &out, &n, NULL, &err),
         SIMA_OK);
  OK(out && strstr(out, "nomood") && !strstr(out, "tabari"),
     "PETRARCH2 patterns carry no tabari");
  free(out);
  /* positions are role paths of their own, with a word */
  const char *bad = "V-010.1 010 say before=*\n";
  v = sima_verbs_load_mem("b", bad, strlen(bad), NULL, 0, NULL, NULL, &err);
  OK(v == NULL && strstr(err.msg, "b:1:") != NULL, "before as a constraint");
  sima_verbs_free(v);
  bad = "V-010.1 010 say tgt=skip\n";
  v = sima_verbs_load_mem("b", bad, strlen(bad), NULL, 0, NULL, NULL, &err);
  OK(v == NULL && strstr(err.msg, "b:1:") != NULL, "skip without a word");
  sima_verbs_free(v);
  bad = "V-010.1 010 say tgt=obj>skip(in)\n";
  v = sima_verbs_load_mem("b", bad, strlen(bad), NULL, 0, NULL, NULL, &err);
  OK(v == NULL && strstr(err.msg, "b:1:") != NULL, "skip inside a path");
  sima_verbs_free(v);
}

/* TABARI matches words in order after the verb: each pattern with words
** after `*` also gets a `below=` variant (id .93) whose words may lie
** anywhere under the verb; a lone noun keeps its .91/.92 variants only */
TEST(verbs_tabari_below) {
  const char *src = "&TIETYPES\n"                          /* 1 */
                    "+ECONOMIC\n"                          /* 2 */
                    "--- ALLOW [080] ---\n"                /* 3 */
                    "ALLOW\n"                              /* 4 */
                    "- * REALLY_PLEASANT [024]\n"          /* 5 */
                    "- * LEAVE [066]\n"                    /* 6 */
                    "--- WELCOME [041] ---\n"              /* 7 */
                    "WELCOME\n"                            /* 8 */
                    "- * &TIETYPES_MEMOS ABOUT [915]\n"    /* 9 */
                    "- * ASSURANCES_ON &TIETYPES FROM [913]\n"; /* 10 */
  sima_error err = {0};
  char *out = NULL;
  size_t n = 0;
  INT_EQ(sima_petr_verbs_translate("t.verbs", src, strlen(src), 0, NULL, NULL,
                                   &out, &n, NULL, &err),
         SIMA_OK);
  if (!out)
    return;
  OK(strstr(out, "P-024.5.93 024 allow below=really_pleasant "
                 "seq=really_pleasant nomood") != NULL,
     "a phrase below the verb, its `_` words in order");
  OK(strstr(out, "P-024.5.94 024 allow below=pleasant seq=really_pleasant "
                 "nomood") != NULL,
     "a `_` run that is no dependency phrase: its head and the run");
  OK(strstr(out, "P-066.6.93") == NULL, "no .93 for a lone noun");
  OK(strstr(out, "P-915.9.93 915 welcome below=about below=economic_memo") !=
         NULL,
     "a nested preposition flattened");
  OK(strstr(out, "P-913.10.93 913 welcome below=assurance "
                 "below=&P_TIETYPES below=on below=from seq=assurances_on "
                 "nomood") != NULL,
     "trigger words and prepositional phrases below the verb");
  sima_verbs *v = sima_verbs_load_mem("t", out, n, NULL, 0, NULL, NULL, &err);
  OK(v != NULL, err.msg);
  sima_verbs_free(v);
  free(out);
  /* `below` is a constraint, never a role path */
  const char *bad = "V-010.1 010 say tgt=below\n";
  v = sima_verbs_load_mem("b", bad, strlen(bad), NULL, 0, NULL, NULL, &err);
  OK(v == NULL && strstr(err.msg, "b:1:") != NULL, "below as a path rejected");
  sima_verbs_free(v);
}

TEST(verbs_tabari_old_format) {
  /* a TABARI .verbs file: no "---" headers, ';' comments, { | } groups */
  const char *src = "ABANDON  [345] ;pas 15 Jul 2003\n"    /* 1 */
                    "- * { EFFORTS | ATTEMPTS }  [987]\n"  /* 2 */
                    "ACT_ [100]\n"                         /* 3 */
                    "{ ACTING_ ACTXD_ }\n"                 /* 4 */
                    "- * RESOLUTION  [102] ; tony\n"       /* 5 */
                    "BANNED  [191]\n";                     /* 6 */
  sima_error err = {0};
  char *out = NULL;
  size_t n = 0;
  INT_EQ(sima_petr_verbs_translate("t.verbs", src, strlen(src), 0, NULL, NULL,
                                   &out, &n, NULL, &err),
         SIMA_OK);
  if (!out)
    return;
  OK(strstr(out, "P-345.1 345 abandon ") != NULL, "verb line opens a block");
  OK(strstr(out, "&P_ALT2N1 = effort | attempt") != NULL,
     "{ | } as a set, head nouns singular");
  OK(strstr(out, "P-100.3 100 act ") != NULL, "final _ dropped");
  OK(strstr(out, "P-102.5 102 act_resolution") != NULL, "second block");
  /* braces of a TABARI file are no PETRARCH2 markup: inflected verbs
  ** still get their lemma candidates */
  OK(strstr(out, "P-191.6 191 banned|ban") != NULL,
     "inflected verb lemmatised");
  sima_verbs *v = sima_verbs_load_mem("t", out, n, NULL, 0, NULL, NULL, &err);
  OK(v != NULL, err.msg);
  sima_verbs_free(v);
  free(out);
}

/* PETRARCH's verb lookup and codes (docs/compat.md): each pattern of a
** PETRARCH file carries the surface forms of its block's verbs (forms= a
** set of the listed {FORMS}, else the generated regular ones) and
** `petrnp`; a
** TABARI .verbs file neither; a code may end in a letter ("174K") when
** the loader has no CAMEO table. */
TEST(verbs_petrarch_forms) {
  const char *src = "--- DEPART [032] ---\n"                      /* 1 */
                    "DEPART\n"                                    /* 2 */
                    "LEAVE {LEFT LEAVES LEAVING}\n"               /* 3 */
                    "WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}\n"    /* 4 */
                    "- * FOR_ASYLUM [174K]\n"                     /* 5 */
                    "--- ARGUE [---] ---\n"                       /* 6 */
                    "ARGUE\n";                                    /* 7 */
  sima_error err = {0};
  char *out = NULL;
  size_t n = 0;
  INT_EQ(sima_petr_verbs_translate("t.verbs", src, strlen(src), 0, NULL, NULL,
                                   &out, &n, NULL, &err),
         SIMA_OK);
  if (!out)
    return;
  OK(strstr(out, " = depart | departs | departed | departing | leave | left | "
                 "leaves | leaving | tap | tapped | tapping\n") != NULL,
     "generated regular forms, listed ones instead, '+' word of a "
     "multi-word form: one set per block");
  OK(strstr(out, " forms=&P_VF") != NULL && strstr(out, " petrnp\n") != NULL,
     "each pattern tests the block's set");
  OK(strstr(out, "P-174.5 174K ") != NULL, "code with a letter kept");
  OK(strstr(out, "argues") == NULL && strstr(out, "arguing") == NULL,
     "a block without patterns or code writes nothing");
  sima_verbs *v = sima_verbs_load_mem("t", out, n, NULL, 0, NULL, NULL, &err);
  OK(v != NULL, err.msg);
  sima_verbs_free(v);
  /* with a CAMEO table the letter code is an error */
  sima_cameo *cm = sima_cameo_load("data/cameo/cameo.txt", &err);
  if (cm) {
    v = sima_verbs_load_mem("t", out, n, cm, 0, NULL, NULL, &err);
    OK(v == NULL && strstr(err.msg, "174K") != NULL, "174K not CAMEO");
    sima_verbs_free(v);
    sima_cameo_free(cm);
  }
  free(out);
  /* a TABARI .verbs file: no forms, no petrnp */
  const char *old = "DEPART  [032] ;jw\n"
                    "- * EMBASSY [033]\n";
  out = NULL;
  INT_EQ(sima_petr_verbs_translate("t.verbs", old, strlen(old), 0, NULL, NULL,
                                   &out, &n, NULL, &err),
         SIMA_OK);
  if (!out)
    return;
  OK(strstr(out, "forms=") == NULL && strstr(out, "petrnp") == NULL,
     "TABARI file left alone");
  free(out);
}

/* ---- discards and issues ---- */

TEST(discards) {
  const char *src = "# comment\n+TYPHOON\nMONTHS LATER\nBASEBALL_\n";
  sima_error err = {0};
  sima_petr_discards *d = sima_petr_discards_load_mem("t", src, strlen(src),
                                                      &err);
  OK(d != NULL, "loaded");
  const char *a = "A typhoon hit the coast.";
  const char *b = "Months  later, talks resumed.";
  const char *c = "Baseballs were thrown.";
  const char *e = "Typhoons again.";
  const char *f = "The seasons were later.";
  INT_EQ(sima_petr_discards_match(d, a, strlen(a)), SIMA_PETR_DISCARD_STORY);
  INT_EQ(sima_petr_discards_match(d, b, strlen(b)),
         SIMA_PETR_DISCARD_SENTENCE);
  INT_EQ(sima_petr_discards_match(d, c, strlen(c)), SIMA_PETR_KEEP);
  INT_EQ(sima_petr_discards_match(d, e, strlen(e)), SIMA_PETR_DISCARD_STORY);
  INT_EQ(sima_petr_discards_match(d, f, strlen(f)), SIMA_PETR_KEEP);
  sima_petr_discards_free(d);
}

TEST(issues) {
  const char *src = "<ISSUE CATEGORY=\"ID_ATROCITY\">\n"
                    "n:atrocity [ID_ATROCITY]\n"
                    "~Saturday Night massacre\n"
                    "ethnic cleansing\n"
                    "</ISSUE>\n";
  sima_error err = {0};
  sima_petr_stats st = {0};
  INT_EQ(sima_petr_issues_check("t.issues", src, strlen(src), 0, NULL, NULL,
                                &st, &err),
         SIMA_ERR_FORMAT);
  OK(strstr(err.msg, "t.issues:4:") != NULL, "line of the entry without code");
  memset(&st, 0, sizeof st);
  nwarn = 0;
  INT_EQ(sima_petr_issues_check("t.issues", src, strlen(src), 1, on_warn,
                                NULL, &st, &err),
         SIMA_OK);
  INT_EQ(st.nentries, 2);
  INT_EQ(nwarn, 1);
}

/* ---- XML records ---- */

static const char xml_src[] =
    "<Validation>\n"
    "<Environment>\n"
    "  <Verbfile>v.txt</Verbfile>\n"
    "  <Actorfile>a.txt, b.txt</Actorfile>\n"
    "  <Agentfile name=\"g.txt\">\n"
    "</Environment>\n"
    "<Sentences>\n"
    "<!--Stop></Stop-->\n"
    "<Sentence date=\"19950101\" id=\"DEMO-00\" category=\"DEMO\">\n"
    "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" "
    "eventcode=\"064\"></EventCoding>\n"
    "<EventCoding sourcecode='\"THE MINISTRY\"' targetcode=\"GON\" "
    "eventcode=\"033\"></EventCoding>\n"
    "<Text>\nArnor is about to restore\n ties &amp; trade.\n</Text>\n"
    "<Parse>(ROOT (S (NP x)))</Parse>\n"
    "</Sentence>\n"
    "<Config option=\"require_dyad\" value=\"False\"></Config>\n"
    "<Config option=\"comma_emax\" value=\"6\"></Config>\n"
    "<Sentence date = \"950102\" id =\"X-1\" category=\"ERROR\" valid=\"true\">\n"
    "<EventCoding noevents = \"True\">\n"
    "Gondor wept.\n"
    "(ROOT (S (NP Gondor) (VP wept))\n"
    "<Sentence date=\"bad\" id=\"X-2\">\n"
    "<EventCoding error=\"storydiscard\"></EventCoding>\n"
    "<Text>A typhoon.</Text>\n"
    "</Sentence>\n";

TEST(xml_records) {
  sima_error err = {0};
  sima_petr_records *R = NULL;
  INT_EQ(sima_petr_records_read("t.xml", xml_src, strlen(xml_src), &R, &err),
         SIMA_OK);
  if (!R)
    return;
  STR_EQ(R->verbfile, "v.txt");
  INT_EQ(R->nactorfiles, 2);
  if (R->nactorfiles == 2)
    STR_EQ(R->actorfiles[1], "b.txt");
  STR_EQ(R->agentfile, "g.txt");
  INT_EQ(R->n, 3);
  if (R->n == 3) {
    const sima_petr_record *r = &R->recs[0];
    STR_EQ(r->id, "DEMO-00");
    STR_EQ(r->date, "1995-01-01");
    STR_EQ(r->text, "Arnor is about to restore ties & trade.");
    INT_EQ(r->nexpect, 2);
    if (r->nexpect == 2) {
      STR_EQ(r->expect[0].code, "064");
      STR_EQ(r->expect[1].source, "THE MINISTRY");
    }
    INT_EQ(r->require_dyad, 1);
    INT_EQ(r->parse_balanced, 1);
    /* PETRARCH1's comma defaults, then a <Config> changing one */
    INT_EQ(r->comma[0], 2);
    INT_EQ(r->comma[3], 8);
    INT_EQ(r->comma[5], 0);
    INT_EQ(R->recs[1].comma[3], 6);
    INT_EQ(R->comma_config, 1);
    r = &R->recs[1];
    STR_EQ(r->date, "1995-01-02");
    STR_EQ(r->text, "Gondor wept.");
    INT_EQ(r->noevents, 1);
    INT_EQ(r->valid, 1);
    INT_EQ(r->require_dyad, 0);
    INT_EQ(r->has_parse, 1);
    INT_EQ(r->parse_balanced, 0);
    r = &R->recs[2];
    OK(r->date == NULL, "invalid date");
    STR_EQ(r->error, "storydiscard");
  }
  sima_petr_records_free(R);
  INT_EQ(sima_petr_records_read("t.xml", "<a>no records</a>", 17, &R, &err),
         SIMA_ERR_FORMAT);
}

/* ---- writers ---- */

static char *render(void (*fn)(FILE *, const sima_doc *, const sima_event *),
                    const sima_doc *doc, const sima_event *ev) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  if (!f)
    return NULL;
  if (fn)
    fn(f, doc, ev);
  else
    sima_event_write_gdelt_header(f);
  fclose(f);
  return buf;
}

static int count_tabs(const char *s) {
  int n = 0;
  for (; *s; s++)
    n += *s == '\t';
  return n;
}

TEST(writers) {
  const char *text = "Arnor met Gondor.";
  sima_doc *doc = sima_doc_new(text, strlen(text), "D1", "1995-01-01", NULL,
                               NULL);
  sima_error err = {0};
  OK(doc && sima_tokenize(doc, &err) == SIMA_OK &&
         sima_split(doc, &err) == SIMA_OK,
     "doc");
  if (!doc)
    return;
  sima_event ev;
  memset(&ev, 0, sizeof ev);
  ev.date = "1995-01-01";
  ev.source = (sima_actor_ref){"ARN", "ARN", "", "Arnor", 0, 5};
  ev.target = (sima_actor_ref){"GONGOV", "GON", "GOV", "Gondor", 10, 16};
  snprintf(ev.code, sizeof ev.code, "040");
  ev.root = 4;
  ev.quad_class = 1;
  ev.goldstein = 1.0;
  ev.plover = "CONSULT";
  ev.verb_text = "met";
  ev.negated = 1;
  ev.rule = "P-040.1";
  char *p = render(sima_event_write_petrarch, doc, &ev);
  OK(p && !strncmp(p, "19950101\tARN\tGONGOV\t040\t\tD1_0\t", 30),
     "PETRARCH columns");
  free(p);
  char *h = render(NULL, doc, &ev);
  OK(h && count_tabs(h) == 60, "61 GDELT columns in the header");
  free(h);
  char *g = render(sima_event_write_gdelt, doc, &ev);
  OK(g && count_tabs(g) == 60, "61 GDELT columns in a row");
  OK(g && strstr(g, "\t19950101\t199501\t1995\t") != NULL, "GDELT dates");
  OK(g && strstr(g, "\t040\t040\t04\t1\t1.0\t1\t1\t1\t") != NULL,
     "GDELT event columns");
  free(g);
  char *j = render(sima_event_write_plover, doc, &ev);
  OK(j && strstr(j, "\"event\":[\"CONSULT\"]") != NULL, "PLOVER event");
  OK(j && strstr(j, "\"recipient\":[{\"code\":\"GON\",\"sector\":\"GOV\"") !=
              NULL,
     "PLOVER recipient");
  OK(j && strstr(j, "\"context\":[\"negation\"]") != NULL, "negation mode");
  free(j);
  sima_doc_free(doc);
}

int main(void) {
  RUN(dates);
  RUN(comment_rules);
  RUN(kinds);
  RUN(legacy_sniffing);
  RUN(actors_strict_error_names_line);
  RUN(actors_dates_and_synonyms);
  RUN(actors_compound_codes);
  RUN(agents);
  RUN(verbs_petrarch2);
  RUN(verbs_tabari);
  RUN(verbs_word_order);
  RUN(verbs_tabari_positions);
  RUN(verbs_tabari_below);
  RUN(verbs_tabari_old_format);
  RUN(verbs_petrarch_forms);
  RUN(discards);
  RUN(issues);
  RUN(xml_records);
  RUN(writers);
  return harness_done();
}
