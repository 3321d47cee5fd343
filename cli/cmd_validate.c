/*
** cmd_validate.c — `sima validate FILE`: runs a PETRARCH/TABARI validation
** file (PETR.UnitTest.records.xml, PETR.Validate.records.*.txt) from the
** raw <Text> of each record, with sima's own tokenizer, parser and coder
** and the legacy dictionaries its <Environment> names (resolved next to
** the file), and compares the events with the <EventCoding> expectations.
** Gold parses in the file are ignored.  Prints pass counts per category
** and "N passed, N failed" (docs/compat.md).
*/
#include "cli.h"

#include <ctype.h>
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>

const char cmd_validate_summary[] =
    "run a PETRARCH/TABARI validation suite from its raw text";
const char cmd_validate_help[] =
    "usage: sima validate [--events OUT.jsonl] [--verbose] [--lenient]\n"
    "                     [--own] [--verbs F] [--actors F]... [--agents F]\n"
    "                     [--discards F] FILE\n"
    "       sima validate --load-only [--lenient] [--verbs F] [--actors F]...\n"
    "                     [--agents F] [--discards F] [--issues F]\n"
    "\n"
    "Codes every <Sentence> of a PETRARCH XML validation file from its\n"
    "<Text> (the gold <Parse> is ignored) with the dictionaries named by its\n"
    "<Environment>, read in their legacy formats and resolved next to FILE,\n"
    "and compares the events with the record's <EventCoding> lines, its\n"
    "noevents and error expectations.  <Config> switches (require_dyad,\n"
    "new_actor_length: noun phrases of at most N words without an actor\n"
    "are actors coded by their words) apply to the records after them.\n"
    "Prints passes per category (DEMO ACTOR AGENT COMPOUND DATE MODIFY\n"
    "PATTERN SYNSET VERB PARSING ERROR, then any other), the records marked\n"
    "valid=\"true\" separately, and a final \"N passed, N failed\" line.\n"
    "\n"
    "  --events OUT.jsonl   write the events produced (docs/output.md), doc\n"
    "                       being the record id\n"
    "  --verbose            list every failing record with what was wanted\n"
    "                       and what sima coded\n"
    "  --lenient            warn about and skip malformed dictionary entries\n"
    "                       (else they are errors naming file:line; the\n"
    "                       validation dictionaries hold deliberate junk)\n"
    "  --load-only          load the legacy files named by the flags, print\n"
    "                       counts, load time and peak memory, and stop\n"
    "  --own                use sima's own dictionaries instead\n"
    "  --verbs, --actors, --agents, --discards F   use these legacy files\n"
    "                       instead of (or without) an <Environment>\n"
    "  --quiet-warnings     do not print dictionary warnings\n"
    "\n"
    "Exit: 0 when the suite ran (whatever the pass count), 2 usage or\n"
    "unloadable files.\n";

static const char *const categories[] = {
    "DEMO",    "ACTOR",   "AGENT",  "COMPOUND", "DATE", "MODIFY",
    "PATTERN", "SYNSET",  "VERB",   "PARSING",  "ERROR", NULL};

typedef struct cat {
  char name[32];
  unsigned pass, total;
} cat;

typedef struct vctx {
  sima_model *model;
  sima_cameo *cameo;
  sima_verbs *verbs;
  sima_dict *dict;
  sima_petr_discards *discards;
  unsigned nwarn;
  int quiet_warn;
} vctx;

static void on_warn(void *ud, const char *msg) {
  vctx *v = ud;
  v->nwarn++;
  if (!v->quiet_warn)
    fprintf(stderr, "sima validate: warning: %s\n", msg);
}

/* dir of FILE + "/" + name, unless name is absolute. */
static char *beside(const char *file, const char *name) {
  if (name[0] == '/')
    return strdup(name);
  const char *slash = strrchr(file, '/');
  size_t dl = slash ? (size_t)(slash - file) + 1 : 0;
  size_t n = dl + strlen(name) + 1;
  char *p = malloc(n);
  if (p)
    snprintf(p, n, "%.*s%s", (int)dl, file, name);
  return p;
}

static char *read_all(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  size_t cap = 1 << 16, n = 0;
  char *b = malloc(cap);
  size_t k;
  while (b && (k = fread(b + n, 1, cap - n - 1, f)) > 0) {
    n += k;
    if (n + 1 == cap) {
      char *nb = realloc(b, cap *= 2);
      if (!nb) {
        free(b);
        b = NULL;
      }
      b = nb;
    }
  }
  fclose(f);
  if (b)
    b[n] = '\0';
  *len = n;
  return b;
}

/* PETRARCH's dateline check: the record starts with a run of capitals
** ("CEBU CITY:", "MANILA --") that is a place line, not a sentence. */
static int dateline_like(const char *t) {
  size_t i = 0, caps = 0;
  while (t[i] == ' ')
    i++;
  while (t[i] && (isupper((unsigned char)t[i]) || t[i] == ' ' ||
                  t[i] == ',' || t[i] == '.' || t[i] == '\'' || t[i] == '-')) {
    if (t[i] == '-' && t[i + 1] == '-')
      break;
    caps += isupper((unsigned char)t[i]) != 0;
    i++;
  }
  while (t[i] == ' ')
    i++;
  return caps >= 3 && (t[i] == ':' || (t[i] == '-' && t[i + 1] == '-'));
}

/* An actor code as the legacy suites write it: the full code, else
** "---" + the sector, else "---". */
static void code_of(const sima_actor_ref *a, char *out, size_t cap) {
  int bare = (!a->country || !a->country[0]) && a->sector && a->sector[0] &&
             a->code && !strcmp(a->code, a->sector);
  if (a->code && a->code[0] && !bare)
    snprintf(out, cap, "%s", a->code);
  else if (a->sector && a->sector[0])
    snprintf(out, cap, "---%s", a->sector);
  else
    snprintf(out, cap, "---");
  for (char *p = out; *p; p++)
    *p = (char)toupper((unsigned char)*p);
}

/* The top of the noun phrase token t is in: up through nominal-internal
** relations to nominal heads. */
static uint32_t np_top(const sima_doc *doc, uint32_t t) {
  for (int g = 0; g < 32; g++) {
    int32_t h = doc->syn[t].head;
    if (h < 0 || (uint32_t)h >= doc->ntokens)
      break;
    unsigned b = sima_deprel_base(doc->syn[t].deprel),
             hu = doc->syn[h].upos;
    if (!(b == SIMA_DEP_DET || b == SIMA_DEP_AMOD || b == SIMA_DEP_COMPOUND ||
          b == SIMA_DEP_FLAT || b == SIMA_DEP_NMOD || b == SIMA_DEP_APPOS ||
          b == SIMA_DEP_CONJ || b == SIMA_DEP_CC || b == SIMA_DEP_NUMMOD ||
          b == SIMA_DEP_CASE || b == SIMA_DEP_PUNCT) ||
        !(hu == SIMA_UPOS_NOUN || hu == SIMA_UPOS_PROPN ||
          hu == SIMA_UPOS_PRON || hu == SIMA_UPOS_ADJ || hu == SIMA_UPOS_NUM))
      break;
    t = (uint32_t)h;
  }
  return t;
}

static int is_comma(const sima_doc *doc, uint32_t k) {
  const sima_token *t = &doc->tokens[k];
  return t->len == 1 && doc->text[t->off] == ',';
}

static int alpha_word(const sima_doc *doc, uint32_t k) {
  const sima_token *t = &doc->tokens[k];
  return t->len > 0 && isalpha((unsigned char)doc->text[t->off]);
}

/* Whether the comma at k separates adjectives of one noun ("complete,
** full diplomatic ties"): an adjective right before it, and after it
** adjectives then a common noun, read as such whatever the parser hung
** them on (one parser makes the first adjective a complement of the
** verb). */
static int adj_series_comma(const sima_doc *doc, uint32_t k, uint32_t fe) {
  if (k == 0 || doc->syn[k - 1].upos != SIMA_UPOS_ADJ ||
      doc->syn[k - 1].xpos != SIMA_XPOS_JJ)
    return 0;
  uint32_t j = k + 1;
  while (j < fe && doc->syn[j].upos == SIMA_UPOS_ADJ)
    j++;
  return j > k + 1 && j < fe && doc->syn[j].upos == SIMA_UPOS_NOUN;
}

/* PETRARCH1's deletion of comma-delimited clauses (its documented
** comma_min/max, comma_emin/emax, comma_bmin/bmax options, docs/compat.md):
** an initial clause of bmin..bmax words (bmax 0: never), the terminal one
** of emin..emax words, and each clause between two commas of min..max
** words are dropped before coding.  Commas inside a noun phrase ("complete,
** full diplomatic ties", "Osgiliath, the state's fiercest foe,") do not
** delimit clauses; a comma before a finite verb's clause does.  Returns
** the remaining text (malloc'ed) or NULL when nothing is deleted. */
static char *comma_strip(const sima_doc *doc, const int *cm) {
  uint32_t n = doc->ntokens;
  if (!doc->syn || n < 3)
    return NULL;
  uint32_t fe = n; /* the final punctuation */
  if (doc->syn[n - 1].upos == SIMA_UPOS_PUNCT && !is_comma(doc, n - 1))
    fe = n - 1;
  uint32_t cl[64], nc = 0;
  for (uint32_t k = 1; k + 1 < fe && nc < 64; k++) {
    if (!is_comma(doc, k))
      continue;
    int finite = 0; /* a finite verb before the next comma */
    for (uint32_t j = k + 1; j < fe && !is_comma(doc, j) && !finite; j++)
      finite = doc->syn[j].upos == SIMA_UPOS_VERB &&
               (doc->syn[j].xpos == SIMA_XPOS_VBD ||
                doc->syn[j].xpos == SIMA_XPOS_VBZ ||
                doc->syn[j].xpos == SIMA_XPOS_VBP);
    uint32_t a = np_top(doc, k - 1), b = np_top(doc, k + 1);
    unsigned au = doc->syn[a].upos;
    if (!finite && a == b &&
        (au == SIMA_UPOS_NOUN || au == SIMA_UPOS_PROPN || au == SIMA_UPOS_PRON))
      continue; /* inside a noun phrase */
    if (!finite && adj_series_comma(doc, k, fe))
      continue; /* between the adjectives of a noun, however parsed */
    cl[nc++] = k;
  }
  if (nc == 0)
    return NULL;
  uint8_t *del = calloc(n, 1);
  if (!del)
    return NULL;
  int words;
  if (cm[5] > 0) { /* initial */
    words = 0;
    for (uint32_t k = 0; k < cl[0]; k++)
      words += alpha_word(doc, k);
    if (words >= cm[4] && words <= cm[5])
      memset(del, 1, cl[0]);
  }
  if (cm[3] > 0) { /* terminal */
    words = 0;
    for (uint32_t k = cl[nc - 1] + 1; k < fe; k++)
      words += alpha_word(doc, k) && !del[k];
    if (words >= cm[2] && words <= cm[3])
      memset(del + cl[nc - 1] + 1, 1, fe - cl[nc - 1] - 1);
  }
  if (cm[1] > 0) /* internal */
    for (uint32_t i = 0; i + 1 < nc; i++) {
      words = 0;
      for (uint32_t k = cl[i] + 1; k < cl[i + 1]; k++)
        words += alpha_word(doc, k) && !del[k];
      if (words >= cm[0] && words <= cm[1])
        memset(del + cl[i], 1, cl[i + 1] - cl[i]);
    }
  /* a comma left with nothing before it, or nothing after it */
  for (uint32_t i = 0; i < nc; i++) {
    if (del[cl[i]])
      continue;
    int before = 0, after = 0;
    for (uint32_t k = 0; k < cl[i]; k++)
      before |= !del[k] && alpha_word(doc, k);
    for (uint32_t k = cl[i] + 1; k < fe; k++)
      after |= !del[k] && alpha_word(doc, k);
    if (!before || !after)
      del[cl[i]] = 1;
  }
  int any = 0;
  for (uint32_t k = 0; k < n; k++)
    any |= del[k];
  char *out = any ? malloc(doc->len + 1) : NULL;
  if (out) {
    size_t o = 0;
    for (uint32_t k = 0; k < n; k++) {
      if (del[k])
        continue;
      const sima_token *t = &doc->tokens[k];
      if (o && (t->flags & SIMA_TOKF_SPACE_BEFORE))
        out[o++] = ' ';
      memcpy(out + o, doc->text + t->off, t->len);
      o += t->len;
    }
    out[o] = '\0';
  }
  free(del);
  return out;
}

/* Whether token k belongs to the noun phrase of its head under
** new_actor_length: determiners, adjectives, numbers, compounds, names,
** possessors (with their 's), a title before a name, prepositional
** phrases on the noun. */
static int np_part(const sima_doc *doc, uint32_t k) {
  unsigned r = doc->syn[k].deprel, b = sima_deprel_base(r);
  if (b == SIMA_DEP_DET || b == SIMA_DEP_AMOD || b == SIMA_DEP_NUMMOD ||
      b == SIMA_DEP_COMPOUND || b == SIMA_DEP_FLAT ||
      r == SIMA_DEP_NMOD_POSS || r == SIMA_DEP_NMOD_DESC)
    return 1;
  /* 's of a possessor, the preposition of a noun's own phrase ("the
  ** Ministry of Magic", "the dispute with Osgiliath": PETRARCH's noun
  ** phrase holds its prepositional phrases) */
  return b == SIMA_DEP_CASE || b == SIMA_DEP_NMOD;
}

static int is_time_noun(const sima_doc *doc, uint32_t k) {
  static const char *const w[] = {
      "monday", "tuesday",  "wednesday", "thursday", "friday", "saturday",
      "sunday", "today",    "yesterday", "tomorrow", "week",   "month",
      "year",   "day",      "night",     "morning",  "evening", NULL};
  const char *l = doc->syn[k].lemma ? doc->syn[k].lemma : "";
  for (int i = 0; w[i]; i++)
    if (!strcasecmp(l, w[i]))
      return 1;
  return 0;
}

/* PETRARCH's `new_actor_length` (a <Config> option): a noun phrase that
** names no actor, of at most `maxw` words, is an actor coded by its own
** words in capitals ("Gryffindor's head Minerva McGonagall" -> GRYFFINDOR
** HEAD MINERVA MCGONAGALL; "'s" is no word).  The phrases are the
** subjects, objects and obliques of verbs (not times: "on Wednesday")
** with the words np_part() keeps, when they are consecutive and no coded
** mention touches them; uncoded candidates inside are replaced.  The new
** mention array goes to doc->mentions and *own (the caller restores the
** old one and frees *own and *codes after coding); 0, or -1 on OOM. */
static int new_actors(sima_doc *doc, int maxw, sima_mention **own,
                      char **codes) {
  *own = NULL;
  *codes = NULL;
  if (!doc->syn || maxw <= 0)
    return 0;
  uint32_t n = doc->ntokens, nm = doc->nmentions, cap = nm + n;
  sima_mention *m = malloc((size_t)cap * sizeof *m);
  char *pool = malloc((size_t)doc->len + n + 1);
  uint8_t *in = calloc(n ? n : 1, 1);
  if (!m || !pool || !in) {
    free(m);
    free(pool);
    free(in);
    return -1;
  }
  size_t np = 0;
  uint32_t k = 0;
  int32_t *map = malloc((size_t)(nm ? nm : 1) * sizeof *map);
  if (!map) {
    free(m);
    free(pool);
    free(in);
    return -1;
  }
  for (uint32_t i = 0; i < nm; i++) {
    map[i] = -1;
    if (doc->mentions[i].code) {
      m[k] = doc->mentions[i];
      m[k].flags = (uint16_t)(k + 1); /* its new index + 1, until sorted */
      map[i] = (int32_t)k++;
    }
  }
  uint32_t ncoded = k;
  for (uint32_t h = 0; h < n; h++) {
    unsigned up = doc->syn[h].upos, b = sima_deprel_base(doc->syn[h].deprel);
    if ((up != SIMA_UPOS_NOUN && up != SIMA_UPOS_PROPN) ||
        (b != SIMA_DEP_NSUBJ && b != SIMA_DEP_OBJ && b != SIMA_DEP_IOBJ &&
         b != SIMA_DEP_OBL) ||
        is_time_noun(doc, h))
      continue;
    /* the phrase: h and the tokens whose path up to h is np_part */
    memset(in, 0, n);
    in[h] = 1;
    uint32_t a = h, z = h;
    for (uint32_t t = 0; t < n; t++) {
      uint32_t x = t;
      int okp = 1;
      for (int g = 0; g < 32 && x != h && okp; g++) {
        if (doc->syn[x].head < 0 || !np_part(doc, x))
          okp = 0;
        else
          x = (uint32_t)doc->syn[x].head;
      }
      if (okp && x == h && t != h && doc->syn[t].head == (int32_t)h &&
          sima_deprel_base(doc->syn[t].deprel) == SIMA_DEP_CASE)
        okp = 0; /* the phrase's own preposition ("for the Ministry") */
      if (okp && x == h) {
        in[t] = 1;
        a = t < a ? t : a;
        z = t > z ? t : z;
      }
    }
    int words = 0, ok = 1;
    for (uint32_t t = a; t <= z && ok; t++) {
      const sima_token *tk = &doc->tokens[t];
      if (!in[t] && !(doc->syn[t].deprel == SIMA_DEP_CASE && t > a))
        ok = 0; /* not consecutive (a case of a kept word is fine) */
      else if (tk->kind == SIMA_TOK_WORD && !(tk->flags & SIMA_TOKF_CLITIC))
        words++;
    }
    for (uint32_t i = 0; i < ncoded && ok; i++)
      if (m[i].first <= z && m[i].first + m[i].count > a)
        ok = 0; /* a coded actor in it: it is coded */
    if (!ok || words == 0 || words > maxw || k == cap)
      continue;
    /* the code: the words in capitals */
    char *code = pool + np;
    for (uint32_t t = a; t <= z; t++) {
      const sima_token *tk = &doc->tokens[t];
      if (tk->kind != SIMA_TOK_WORD || (tk->flags & SIMA_TOKF_CLITIC))
        continue;
      if (pool + np != code)
        pool[np++] = ' ';
      for (uint32_t c = 0; c < tk->len; c++)
        pool[np++] = (char)toupper((unsigned char)doc->text[tk->off + c]);
    }
    pool[np++] = '\0';
    sima_mention *nw = &m[k++];
    memset(nw, 0, sizeof *nw);
    nw->first = a;
    nw->count = z - a + 1;
    nw->start = doc->tokens[a].off;
    nw->end = doc->tokens[z].off + doc->tokens[z].len;
    nw->code = code;
    nw->country = "";
    nw->sector = "";
    nw->entry = "new_actor_length";
    nw->how = SIMA_RES_DICT;
    nw->antecedent = -1;
  }
  free(in);
  if (k == ncoded) {
    free(map);
    free(m);
    free(pool);
    return 0;
  }
  /* the coder wants mentions in text order (a stable sort); antecedents
  ** follow their mentions to the new indices */
  for (uint32_t i = ncoded; i < k; i++)
    m[i].flags = 0;
  for (uint32_t i = 1; i < k; i++)
    for (uint32_t j = i; j > 0 && m[j - 1].first > m[j].first; j--) {
      sima_mention t = m[j];
      m[j] = m[j - 1];
      m[j - 1] = t;
    }
  int32_t *pos = malloc((size_t)(ncoded ? ncoded : 1) * sizeof *pos);
  if (!pos) {
    free(map);
    free(m);
    free(pool);
    return -1;
  }
  for (uint32_t i = 0; i < k; i++)
    if (m[i].flags)
      pos[m[i].flags - 1] = (int32_t)i;
  for (uint32_t i = 0; i < k; i++) {
    uint16_t f = m[i].flags;
    m[i].flags = 0;
    if (f) /* restore the flags of the original */
      for (uint32_t o = 0; o < nm; o++)
        if (map[o] == (int32_t)(f - 1))
          m[i].flags = doc->mentions[o].flags;
    int32_t an = m[i].antecedent;
    m[i].antecedent = an >= 0 && (uint32_t)an < nm && map[an] >= 0
                          ? pos[map[an]]
                          : -1;
  }
  free(pos);
  free(map);
  *own = m;
  *codes = pool;
  doc->mentions = m;
  doc->nmentions = k;
  return 0;
}

typedef struct triple {
  char s[48], t[48], c[8];
  char rule[40]; /* for --verbose */
  int opt;       /* an expectation written "023?": may or may not occur */
} triple;

static int triple_in(const triple *v, size_t n, const triple *x) {
  for (size_t i = 0; i < n; i++)
    if (!strcmp(v[i].s, x->s) && !strcmp(v[i].t, x->t) &&
        !strcmp(v[i].c, x->c))
      return 1;
  return 0;
}

static cat *cat_get(cat *cats, size_t *ncats, const char *name) {
  char up[32];
  snprintf(up, sizeof up, "%s", name[0] ? name : "(none)");
  for (char *p = up; *p; p++)
    *p = (char)toupper((unsigned char)*p);
  if (!strcmp(up, "AGENTS"))
    snprintf(up, sizeof up, "AGENT");
  for (size_t i = 0; i < *ncats; i++)
    if (!strcmp(cats[i].name, up))
      return &cats[i];
  if (*ncats == 64)
    return &cats[63];
  cat *c = &cats[(*ncats)++];
  snprintf(c->name, sizeof c->name, "%s", up);
  c->pass = c->total = 0;
  return c;
}

static int load_own(vctx *v, int strict, sima_error *err) {
  char *owned[16];
  const char *files[16];
  size_t n = 0;
  for (const char *const *f = sima_dict_default_files; *f && n < 16; f++) {
    owned[n] = strdup(cli_data_path(*f));
    files[n] = owned[n] ? owned[n] : *f;
    n++;
  }
  v->dict = sima_dict_load(files, n, !strict, err);
  for (size_t i = 0; i < n; i++)
    free(owned[i]);
  if (!v->dict)
    return -1;
  char pat[4096];
  snprintf(pat, sizeof pat, "%s/data/dict/verbs/*.txt", cli_data_dir());
  glob_t g;
  if (glob(pat, 0, NULL, &g) != 0) {
    sima_error_set(err, SIMA_ERR_NOTFOUND, "%s: no verb files", pat);
    return -1;
  }
  v->verbs = sima_verbs_load((const char *const *)g.gl_pathv, g.gl_pathc,
                             v->cameo, !strict, on_warn, v, err);
  globfree(&g);
  return v->verbs ? 0 : -1;
}

/* --load-only: the legacy files alone, timed (the Phoenix target is
** 200 ms), with counts and peak memory. */
static int load_only_run(vctx *v, int strict, const char *verbs_f,
                         const char **actors_f, size_t nactors_f,
                         const char *agents_f, const char *discards_f,
                         const char *issues_f) {
  sima_error err = {0};
  sima_petr_stats vst = {0}, ast = {0}, gst = {0}, ist = {0};
  int rc = EXIT_USAGE;
  sima_cameo *cameo = sima_cameo_load(cli_data_path("data/cameo/cameo.txt"),
                                      &err);
  if (!cameo) {
    fprintf(stderr, "sima validate: %s\n", err.msg);
    return EXIT_USAGE;
  }
  double t0 = cli_now();
  sima_dict_opts dopts = {!strict, on_warn, v};
  if (verbs_f && !(v->verbs = sima_petr_verbs_load(verbs_f, cameo, !strict,
                                                   on_warn, v, &vst, &err)))
    goto fail;
  if (!(v->dict = sima_dict_new(&dopts, &err)))
    goto fail;
  for (size_t i = 0; i < nactors_f; i++) {
    char *b;
    size_t bl;
    if (!(b = read_all(actors_f[i], &bl))) {
      sima_error_set(&err, SIMA_ERR_IO, "%s: cannot read", actors_f[i]);
      goto fail;
    }
    sima_status s = sima_petr_dict_add_mem(v->dict, SIMA_PETR_ACTORS,
                                           actors_f[i], b, bl, &ast, &err);
    free(b);
    if (s != SIMA_OK)
      goto fail;
  }
  if (agents_f) {
    char *b;
    size_t bl;
    if (!(b = read_all(agents_f, &bl))) {
      sima_error_set(&err, SIMA_ERR_IO, "%s: cannot read", agents_f);
      goto fail;
    }
    sima_status s = sima_petr_dict_add_mem(v->dict, SIMA_PETR_AGENTS, agents_f,
                                           b, bl, &gst, &err);
    free(b);
    if (s != SIMA_OK)
      goto fail;
  }
  if (discards_f && !(v->discards = sima_petr_discards_load(discards_f, &err)))
    goto fail;
  if (issues_f) {
    char *b;
    size_t bl;
    if (!(b = read_all(issues_f, &bl))) {
      sima_error_set(&err, SIMA_ERR_IO, "%s: cannot read", issues_f);
      goto fail;
    }
    sima_status s = sima_petr_issues_check(issues_f, b, bl, !strict, on_warn,
                                           v, &ist, &err);
    free(b);
    if (s != SIMA_OK)
      goto fail;
  }
  double ms = (cli_now() - t0) * 1000.0;
  sima_dict_stats ds;
  sima_dict_stats_get(v->dict, &ds);
  sima_verbs_stats vs = {0};
  if (v->verbs)
    sima_verbs_get_stats(v->verbs, &vs);
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  printf("verbs: %zu blocks, %zu verbs, %zu legacy patterns, %zu sets -> "
         "%zu sima patterns (%zu compiled); %zu not translated, %zu "
         "transformations\n",
         vst.nentries, vst.nnames, vst.npatterns, vst.nsets, vst.nemitted,
         vs.npatterns, vst.nskipped + vs.nskipped, vst.ntransforms);
  printf("actors: %zu entries, %zu names, %zu skipped, %zu [---] periods\n",
         ast.nentries, ast.nnames, ast.nskipped, ast.nnull);
  printf("agents: %zu entries, %zu phrases, %zu skipped\n", gst.nentries,
         gst.nnames, gst.nskipped);
  if (issues_f)
    printf("issues: %zu entries, %zu sections, %zu skipped\n", ist.nentries,
           ist.nsets, ist.nskipped);
  printf("dict: %u actors, %u agents, %u trie nodes, %zu KiB heap\n",
         ds.nactors, ds.nagents, ds.nnodes, ds.bytes / 1024);
  printf("load: ms=%.1f warnings=%u peak_rss_kb=%ld\n", ms, v->nwarn,
         ru.ru_maxrss);
  rc = EXIT_OK;
  goto done;
fail:
  fprintf(stderr, "sima validate: %s\n", err.msg);
done:
  sima_petr_discards_free(v->discards);
  sima_dict_free(v->dict);
  sima_verbs_free(v->verbs);
  sima_cameo_free(cameo);
  return rc;
}

int cmd_validate(int argc, char **argv) {
  const char *file = NULL, *events_path = NULL, *verbs_f = NULL,
             *agents_f = NULL, *discards_f = NULL, *issues_f = NULL;
  int load_only = 0;
  const char **actors_f = calloc((size_t)argc, sizeof *actors_f);
  size_t nactors_f = 0;
  int verbose = 0, strict = 1, own = 0, rc = EXIT_USAGE;
  vctx v;
  memset(&v, 0, sizeof v);
  if (!actors_f)
    return EXIT_USAGE;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    int val = !strcmp(a, "--events") || !strcmp(a, "--verbs") ||
              !strcmp(a, "--actors") || !strcmp(a, "--agents") ||
              !strcmp(a, "--discards") || !strcmp(a, "--issues");
    if (val) {
      if (i + 1 >= argc) {
        cli_usage_error("validate", "%s needs a value", a);
        goto out;
      }
      const char *x = argv[++i];
      if (!strcmp(a, "--events"))
        events_path = x;
      else if (!strcmp(a, "--verbs"))
        verbs_f = x;
      else if (!strcmp(a, "--actors"))
        actors_f[nactors_f++] = x;
      else if (!strcmp(a, "--agents"))
        agents_f = x;
      else if (!strcmp(a, "--issues"))
        issues_f = x;
      else
        discards_f = x;
    } else if (!strcmp(a, "--verbose")) {
      verbose = 1;
    } else if (!strcmp(a, "--lenient")) {
      strict = 0;
    } else if (!strcmp(a, "--load-only")) {
      load_only = 1;
    } else if (!strcmp(a, "--own")) {
      own = 1;
    } else if (!strcmp(a, "--quiet-warnings")) {
      v.quiet_warn = 1;
    } else if (a[0] == '-' && a[1]) {
      cli_usage_error("validate", "unknown option '%s'", a);
      goto out;
    } else if (!file) {
      file = a;
    } else {
      cli_usage_error("validate", "one FILE only");
      goto out;
    }
  }
  if (load_only) {
    rc = load_only_run(&v, strict, verbs_f, actors_f, nactors_f, agents_f,
                       discards_f, issues_f);
    goto out;
  }
  if (!file) {
    cli_usage_error("validate", "no FILE");
    goto out;
  }
  size_t len = 0;
  char *buf = read_all(file, &len);
  if (!buf) {
    fprintf(stderr, "sima validate: %s: cannot read\n", file);
    goto out;
  }
  sima_error err = {0};
  sima_petr_records *R = NULL;
  if (sima_petr_records_read(file, buf, len, &R, &err) != SIMA_OK) {
    fprintf(stderr, "sima validate: %s\n", err.msg);
    free(buf);
    goto out;
  }
  FILE *evo = NULL;
  char *path = NULL;
  /* resources */
  v.model = sima_model_load(cli_data_path("models"), &err);
  if (!v.model)
    goto fail;
  v.cameo = sima_cameo_load(cli_data_path("data/cameo/cameo.txt"), &err);
  if (!v.cameo)
    goto fail;
  if (own) {
    if (load_own(&v, strict, &err))
      goto fail;
  } else {
    const char *vf = verbs_f ? verbs_f : R->verbfile;
    if (!vf) {
      sima_error_set(&err, SIMA_ERR_NOTFOUND,
                     "%s: no <Verbfile> in <Environment> (use --verbs)", file);
      goto fail;
    }
    path = verbs_f ? strdup(vf) : beside(file, vf);
    sima_petr_stats vst = {0};
    /* codes of the legacy test dictionaries are not all CAMEO: no check */
    v.verbs = sima_petr_verbs_load(path, NULL, !strict, on_warn, &v, &vst,
                                   &err);
    free(path);
    path = NULL;
    if (!v.verbs)
      goto fail;
    sima_dict_opts dopts = {!strict, on_warn, &v};
    if (!(v.dict = sima_dict_new(&dopts, &err)))
      goto fail;
    size_t na = nactors_f ? nactors_f : R->nactorfiles;
    for (size_t i = 0; i < na; i++) {
      path = nactors_f ? strdup(actors_f[i]) : beside(file, R->actorfiles[i]);
      char *b;
      size_t bl;
      b = path ? read_all(path, &bl) : NULL;
      if (!b) {
        sima_error_set(&err, SIMA_ERR_IO, "%s: cannot read",
                       path ? path : "(actor file)");
        goto fail;
      }
      sima_status s = sima_petr_dict_add_mem(v.dict, SIMA_PETR_ACTORS, path,
                                             b, bl, NULL, &err);
      free(b);
      if (s != SIMA_OK)
        goto fail;
      free(path);
      path = NULL;
    }
    const char *af = agents_f ? agents_f : R->agentfile;
    if (af) {
      path = agents_f ? strdup(af) : beside(file, af);
      char *b;
      size_t bl;
      b = path ? read_all(path, &bl) : NULL;
      if (!b) {
        sima_error_set(&err, SIMA_ERR_IO, "%s: cannot read",
                       path ? path : "(agent file)");
        goto fail;
      }
      sima_status s = sima_petr_dict_add_mem(v.dict, SIMA_PETR_AGENTS, path, b,
                                             bl, NULL, &err);
      free(b);
      free(path);
      path = NULL;
      if (s != SIMA_OK)
        goto fail;
    }
    const char *df = discards_f ? discards_f : R->discardfile;
    if (df) {
      path = discards_f ? strdup(df) : beside(file, df);
      v.discards = path ? sima_petr_discards_load(path, &err) : NULL;
      free(path);
      path = NULL;
      if (!v.discards)
        goto fail;
    }
  }
  if (events_path && !(evo = fopen(events_path, "w"))) {
    sima_error_set(&err, SIMA_ERR_IO, "%s: cannot write", events_path);
    goto fail;
  }

  cat cats[64];
  size_t ncats = 0;
  for (const char *const *c = categories; *c; c++)
    cat_get(cats, &ncats, *c);
  unsigned pass = 0, fail_n = 0, vpass = 0, vtotal = 0;
  unsigned long nevents = 0;
  for (size_t i = 0; i < R->n; i++) {
    const sima_petr_record *r = &R->recs[i];
    const char *got_error = NULL;
    triple got[64];
    size_t ngot = 0;
    sima_doc *doc = NULL;
    sima_mention *newmen = NULL, *saved = NULL; /* new_actor_length */
    char *newcodes = NULL;
    uint32_t nsaved = 0;
    int disc = sima_petr_discards_match(v.discards, r->text, strlen(r->text));
    if (disc == SIMA_PETR_DISCARD_STORY)
      got_error = "storydiscard";
    else if (disc == SIMA_PETR_DISCARD_SENTENCE)
      got_error = "sentencediscard";
    else if (r->has_parse && !r->parse_balanced)
      got_error = "bad_input_parse";
    if (!got_error) {
      doc = sima_doc_new(r->text, strlen(r->text), r->id, r->date, NULL, NULL);
      sima_code_opts o = {!r->require_dyad, 0};
      sima_status s = doc ? SIMA_OK : SIMA_ERR_NOMEM;
      if (s == SIMA_OK)
        s = sima_tokenize(doc, &err);
      if (s == SIMA_OK)
        s = sima_split(doc, &err);
      if (s == SIMA_OK && ((doc->nsents > 0 &&
                            doc->sents[0].kind == SIMA_SENT_DATELINE) ||
                           dateline_like(r->text)))
        got_error = "dateline";
      if (s == SIMA_OK)
        s = sima_parse_doc(v.model, doc, &err);
      /* PETRARCH1's comma clauses, in a file that sets their options
      ** (the unit suite; not the TABARI-era file), with legacy
      ** dictionaries: the rest of the sentence is coded afresh */
      char *stripped = s == SIMA_OK && !own && R->comma_config
                           ? comma_strip(doc, r->comma)
                           : NULL;
      if (stripped) {
        sima_doc_free(doc);
        doc = sima_doc_new(stripped, strlen(stripped), r->id, r->date, NULL,
                           NULL);
        free(stripped);
        s = doc ? SIMA_OK : SIMA_ERR_NOMEM;
        if (s == SIMA_OK)
          s = sima_tokenize(doc, &err);
        if (s == SIMA_OK)
          s = sima_split(doc, &err);
        if (s == SIMA_OK)
          s = sima_parse_doc(v.model, doc, &err);
      }
      if (s == SIMA_OK)
        s = sima_actors_find(v.dict, doc, &err);
      saved = doc ? doc->mentions : NULL;
      nsaved = doc ? doc->nmentions : 0;
      if (s == SIMA_OK && r->new_actor_length > 0 &&
          new_actors(doc, r->new_actor_length, &newmen, &newcodes) != 0)
        s = sima_error_set(&err, SIMA_ERR_NOMEM, "out of memory");
      if (s == SIMA_OK && !got_error)
        s = sima_code_doc(v.verbs, v.cameo, &o, doc, &err);
      if (s == SIMA_OK && !got_error)
        s = sima_dates_resolve(doc, &err);
      if (s != SIMA_OK) {
        fprintf(stderr, "sima validate: %s: %s\n", r->id, err.msg);
        got_error = "sima_error";
      }
      for (uint32_t e = 0; doc && !got_error && e < doc->nevents; e++) {
        const sima_event *ev = &doc->events[e];
        triple t;
        code_of(&ev->source, t.s, sizeof t.s);
        code_of(&ev->target, t.t, sizeof t.t);
        snprintf(t.c, sizeof t.c, "%s", ev->code);
        snprintf(t.rule, sizeof t.rule, "%s", ev->rule ? ev->rule : "");
        t.opt = 0;
        if (evo)
          sima_event_write_json(evo, doc, ev);
        nevents++;
        if (ngot < 64 && !triple_in(got, ngot, &t))
          got[ngot++] = t;
      }
    }
    /* compare */
    int ok;
    triple want[64];
    size_t nwant = 0;
    for (size_t k = 0; k < r->nexpect && nwant < 64; k++) {
      triple t;
      snprintf(t.s, sizeof t.s, "%s", r->expect[k].source);
      snprintf(t.t, sizeof t.t, "%s", r->expect[k].target);
      snprintf(t.c, sizeof t.c, "%s", r->expect[k].code);
      t.rule[0] = '\0';
      size_t cl = strlen(t.c);
      t.opt = cl > 0 && t.c[cl - 1] == '?';
      if (t.opt)
        t.c[cl - 1] = '\0';
      for (char *p = t.s; *p; p++)
        *p = (char)toupper((unsigned char)*p);
      for (char *p = t.t; *p; p++)
        *p = (char)toupper((unsigned char)*p);
      if (!triple_in(want, nwant, &t))
        want[nwant++] = t;
    }
    if (r->error)
      ok = got_error && !strcmp(got_error, r->error);
    else if (got_error)
      ok = 0;
    else if (r->noevents)
      ok = ngot == 0;
    else {
      /* every required event coded, nothing coded beyond the expected
      ** (optional "023?" ones included) */
      ok = 1;
      for (size_t k = 0; ok && k < nwant; k++)
        ok = want[k].opt || triple_in(got, ngot, &want[k]);
      for (size_t k = 0; ok && k < ngot; k++)
        ok = triple_in(want, nwant, &got[k]);
    }
    cat *c = cat_get(cats, &ncats, r->category);
    c->total++;
    if (ok) {
      c->pass++;
      pass++;
    } else {
      fail_n++;
    }
    if (r->valid) {
      vtotal++;
      vpass += ok ? 1u : 0u;
    }
    if (verbose && !ok) {
      printf("FAIL %s [%s] (line %u): want", r->id, r->category, r->line);
      if (r->error)
        printf(" error=%s", r->error);
      else if (r->noevents)
        printf(" no events");
      for (size_t k = 0; k < nwant; k++)
        printf(" %s>%s:%s%s", want[k].s, want[k].t, want[k].c,
               want[k].opt ? "?" : "");
      printf("; got");
      if (got_error)
        printf(" error=%s", got_error);
      else if (ngot == 0)
        printf(" nothing");
      for (size_t k = 0; k < ngot; k++)
        printf(" %s>%s:%s (%s)", got[k].s, got[k].t, got[k].c, got[k].rule);
      printf("\n");
    }
    if (doc && newmen) {
      doc->mentions = saved;
      doc->nmentions = nsaved;
    }
    free(newmen);
    free(newcodes);
    sima_doc_free(doc);
  }
  printf("%-10s %5s %5s\n", "category", "pass", "total");
  for (size_t k = 0; k < ncats; k++)
    if (cats[k].total)
      printf("%-10s %5u %5u\n", cats[k].name, cats[k].pass, cats[k].total);
  if (vtotal)
    printf("valid=\"true\" records: %u passed of %u\n", vpass, vtotal);
  printf("events: %lu; dictionary warnings: %u\n", nevents, v.nwarn);
  printf("%u passed, %u failed\n", pass, fail_n);
  rc = EXIT_OK;
  if (evo && fclose(evo) != 0) {
    fprintf(stderr, "sima validate: %s: write error\n", events_path);
    rc = EXIT_REJECTED;
  }
  evo = NULL;
  goto done;
fail:
  fprintf(stderr, "sima validate: %s\n", err.msg);
  free(path);
done:
  if (evo)
    fclose(evo);
  sima_petr_discards_free(v.discards);
  sima_dict_free(v.dict);
  sima_verbs_free(v.verbs);
  sima_cameo_free(v.cameo);
  sima_model_free(v.model);
  sima_petr_records_free(R);
  free(buf);
out:
  free(actors_f);
  return rc;
}
