/*
** test_dict.c — the actor dictionary loader (src/dict.c) and its trie:
** every kind of entry, dated codes at their boundaries, folding, and every
** error path of the loader in strict and lenient mode.
*/
#include "harness.h"

#include "dict.h"

#include <stdlib.h>

static int nwarn;
static char lastwarn[800];

static void count_warn(void *ud, const char *msg) {
  (void)ud;
  nwarn++;
  snprintf(lastwarn, sizeof lastwarn, "%s", msg);
}

/* Loads `text` as file `name`; returns the dictionary (NULL on failure,
** with err filled). */
static sima_dict *load(const char *name, const char *text, int lenient,
                       sima_error *err) {
  sima_dict_opts o = {lenient, count_warn, NULL};
  nwarn = 0;
  lastwarn[0] = '\0';
  sima_dict *d = sima_dict_new(&o, err);
  if (!d)
    return NULL;
  if (sima_dict_add_mem(d, name, text, strlen(text), err) != SIMA_OK) {
    sima_dict_free(d);
    return NULL;
  }
  return d;
}

/* The senses of a phrase (folded words separated by spaces). */
static const dict_sense *lookup(const sima_dict *d, const char *phrase) {
  uint32_t node = 0;
  char buf[200];
  snprintf(buf, sizeof buf, "%s", phrase);
  for (char *w = strtok(buf, " "); w; w = strtok(NULL, " ")) {
    node = trie_child(d->trie, node, trie_word(d->trie, w, strlen(w)));
    if (node == TRIE_NONE)
      return NULL;
  }
  uint32_t v = trie_value(d->trie, node);
  return v ? &d->senses[v - 1] : NULL;
}

static const char *code_of(const sima_dict *d, const char *phrase,
                           const char *date) {
  const dict_sense *s = lookup(d, phrase);
  if (!s || s->role == DICT_AGENT)
    return NULL;
  return dict_actor_code(d, s->actor, date ? dict_date(date, 10) : 0);
}

static const char countries[] =
    "# comment\n"
    "CHN | China | People's Republic of China | PRC\n"
    "  adj: Chinese | Sino\n"
    "  gov: Beijing | Zhongnanhai\n"
    "\n"
    "USA | United States | US | U.S.\n"
    "  adj: American\n"
    "  mil: Pentagon\n";

TEST(country_block) {
  sima_error err = {0};
  sima_dict *d = load("countries.txt", countries, 0, &err);
  OK(d != NULL, err.msg);
  if (!d)
    return;
  STR_EQ(code_of(d, "china", NULL), "CHN");
  STR_EQ(code_of(d, "people 's republic of china", NULL), "CHN");
  STR_EQ(code_of(d, "prc", NULL), "CHN");
  const dict_sense *s = lookup(d, "chinese");
  OK(s && s->role == DICT_ADJ, "adjective");
  s = lookup(d, "zhongnanhai");
  OK(s && s->role == DICT_METONYM && !strcmp(dict_str(d, s->sector), "GOV"),
     "gov: metonym");
  s = lookup(d, "pentagon");
  OK(s && !strcmp(dict_str(d, s->sector), "MIL"), "mil: metonym");
  s = lookup(d, "us");
  OK(s && (s->allcap & 1) && (s->cap & 1), "US needs capitals");
  OK(lookup(d, "us") == lookup(d, "u.s.") || lookup(d, "us"),
     "U.S. folds to us");
  OK(dict_is_country(d, "CHN") && dict_is_country(d, "USA") &&
         !dict_is_country(d, "GOV"),
     "country set");
  sima_dict_stats st;
  sima_dict_stats_get(d, &st);
  INT_EQ(st.ncountries, 2);
  INT_EQ(nwarn, 0);
  sima_dict_free(d);
}

static const char people[] = "Xi Jinping | ~Xi\n"
                             "  CHNELI ..2012-11-15 ; Vice-President\n"
                             "  CHNGOV 2012-11-15..\n"
                             "Donald Trump | Donald J. Trump | ~Trump\n"
                             "  USABUS ..2015-06-16\n"
                             "  USAELI 2015-06-16..2017-01-20\n"
                             "  USAGOV 2017-01-20..2021-01-20\n"
                             "  USAELI 2021-01-20..2025-01-20\n"
                             "  USAGOV 2025-01-20..\n";

TEST(person_dates_at_boundaries) {
  sima_error err = {0};
  sima_dict *d = load("people.txt", people, 0, &err);
  OK(d != NULL, err.msg);
  if (!d)
    return;
  /* the day before, of and after each boundary ([FROM, TO) half-open) */
  STR_EQ(code_of(d, "xi jinping", "2012-11-14"), "CHNELI");
  STR_EQ(code_of(d, "xi jinping", "2012-11-15"), "CHNGOV");
  STR_EQ(code_of(d, "xi jinping", "2012-11-16"), "CHNGOV");
  STR_EQ(code_of(d, "donald trump", "2025-01-19"), "USAELI");
  STR_EQ(code_of(d, "donald trump", "2025-01-20"), "USAGOV");
  STR_EQ(code_of(d, "donald trump", "2025-01-21"), "USAGOV");
  STR_EQ(code_of(d, "donald trump", "2022-06-01"), "USAELI");
  STR_EQ(code_of(d, "donald trump", "1990-01-01"), "USABUS");
  STR_EQ(code_of(d, "donald j trump", "2017-01-20"), "USAGOV");
  /* unknown date: the latest open-ended code */
  STR_EQ(code_of(d, "donald trump", NULL), "USAGOV");
  const dict_sense *s = lookup(d, "xi");
  OK(s && s->role == DICT_SHORT, "~Xi is a short form");
  INT_EQ(d->actors[s->actor].kind, DICT_KIND_PERSON);
  sima_dict_free(d);
}

TEST(nearest_period) {
  sima_error err = {0};
  sima_dict *d = load(
      "x.txt", "Some One | ~One\n  AAAGOV 2005-01-01..2010-01-01\n", 0, &err);
  OK(d != NULL, err.msg);
  if (!d)
    return;
  const dict_sense *s = lookup(d, "some one");
  OK(dict_actor_code(d, s->actor, 20000101) == NULL, "not coded before");
  STR_EQ(dict_actor_code_near(d, s->actor, 20000101), "AAAGOV");
  STR_EQ(dict_actor_code(d, s->actor, 0), "AAAGOV");
  sima_dict_free(d);
}

TEST(org_and_agents) {
  sima_error err = {0};
  sima_dict *d = load("orgs.txt",
                      "Taliban | Afghan Taliban\n"
                      "  AFGREB ..2021-08-15\n"
                      "  AFGGOV 2021-08-15..\n"
                      "spokesman | spokeswoman -> GOV person\n"
                      "embassy -> GOV group abroad\n"
                      "riot police -> COP\n"
                      "unit -> MIL group generic\n"
                      "Nationalist Alliance | NATALL | Natal\n"
                      "  SLVPTY\n",
                      0, &err);
  OK(d != NULL, err.msg);
  if (!d)
    return;
  STR_EQ(code_of(d, "taliban", "2021-08-14"), "AFGREB");
  STR_EQ(code_of(d, "taliban", "2021-08-15"), "AFGGOV");
  INT_EQ(d->actors[lookup(d, "taliban")->actor].kind, DICT_KIND_GROUP);
  const dict_sense *s = lookup(d, "spokeswoman");
  OK(s && s->role == DICT_AGENT && (s->flags & DICT_F_PERSON), "agent");
  STR_EQ(dict_str(d, s->sector), "GOV");
  s = lookup(d, "embassy");
  OK(s && (s->flags & DICT_F_ABROAD) && (s->flags & DICT_F_GROUP), "flags");
  s = lookup(d, "riot police");
  OK(s && !strcmp(dict_str(d, s->sector), "COP"), "multiword agent");
  s = lookup(d, "unit");
  OK(s && (s->flags & DICT_F_GENERIC) && (s->flags & DICT_F_GROUP),
     "generic flag");
  /* a one-word name of 4+ capitals is an acronym (A-ACRONYM-NAME); a
  ** capitalised word or a phrase is not */
  s = lookup(d, "natall");
  OK(s && s->acro, "NATALL: acronym");
  s = lookup(d, "natal");
  OK(s && !s->acro, "Natal: no acronym");
  s = lookup(d, "taliban");
  OK(s && !s->acro, "Taliban: no acronym");
  sima_dict_free(d);
}

/* dict_fold as it was before its one-pass ASCII path: the reference for
** folding_agrees. */
static size_t fold_plain(const char *s, size_t len, char *out) {
  size_t n = 0;
  size_t dots = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80 || (c != '.' && n >= DICT_MAXWORD)) {
      n = SIZE_MAX;
      break;
    }
    if (c == '.')
      dots++;
    else
      out[n++] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  }
  if (n != SIZE_MAX && dots < len) {
    out[n] = '\0';
    return n;
  }
  /* the rest (all stops, high bytes, too long) is dict_fold's own code
  ** after its first pass, which these inputs reach unchanged */
  return dict_fold(s, len, out);
}

/* dict_fold's one-pass path and dict_fold_is against the plain fold on
** every string of up to 3 bytes over letters of both cases, a full stop,
** NUL, bytes next to the letters and UTF-8 pieces, and on strings of
** DICT_MAXWORD - 1 to DICT_MAXWORD + 2 bytes with and without a stop. */
TEST(folding_agrees) {
  static const char bytes[] = {
      'a',        'Z',        'A',        'z',        '.',       '@',
      '[',        '`',        '{',        '\0',       '\'',      '-',
      (char)0xc3, (char)0xa9, (char)0xe2, (char)0x80, (char)0x99};
  enum { NB = sizeof bytes };
  size_t nbad = 0, nis = 0;
  char w[DICT_MAXWORD + 8], a[DICT_MAXWORD + 1], b[DICT_MAXWORD + 1];
  for (size_t len = 0; len <= 3; len++) {
    for (size_t v = 0, total = h_strings(NB, len); v < total; v++) {
      h_nth_string(bytes, NB, len, v, w);
      size_t na = dict_fold(w, len, a), nb = fold_plain(w, len, b);
      nbad += na != nb || memcmp(a, b, na + 1) != 0;
      /* dict_fold_is: never 1 unless w folds to b; 1 on ASCII without a
      ** stop or a NUL that folds to b; 0 against another word */
      if (nb) {
        int is = dict_fold_is(w, b, nb);
        int plain = 1;
        for (size_t k = 0; k < len; k++)
          if (w[k] == '.' || w[k] == '\0' || (unsigned char)w[k] >= 0x80)
            plain = 0;
        nbad += is != plain;
        nis += (size_t)is;
        char other[DICT_MAXWORD + 1];
        memcpy(other, b, nb + 1);
        other[nb - 1] ^= 1;
        nbad += dict_fold_is(w, other, nb) != 0;
        /* (w as a C string ends at a NUL it holds: "a\0" is "a") */
        nbad += plain && nb > 1 && dict_fold_is(w, b, nb - 1) != 0;
      }
    }
  }
  for (size_t len = DICT_MAXWORD - 1; len <= DICT_MAXWORD + 2; len++)
    for (int dot = -1; dot < (int)len; dot += 7) {
      for (size_t k = 0; k < len; k++)
        w[k] = (char)('A' + k % 26);
      if (dot >= 0)
        w[dot] = '.';
      w[len] = '\0';
      size_t na = dict_fold(w, len, a), nb = fold_plain(w, len, b);
      nbad += na != nb || memcmp(a, b, na + 1) != 0;
      if (nb)
        nbad += dict_fold_is(w, b, nb) != (dot < 0);
    }
  /* every pair of 1- and 2-byte strings: dict_fold_is(w, x) only when w
  ** folds to x */
  for (size_t v = 0; v < NB * NB + NB; v++) {
    size_t lw = v < NB ? 1 : 2, vw = v < NB ? v : v - NB;
    w[0] = bytes[vw % NB];
    w[1] = lw == 2 ? bytes[vw / NB] : '\0';
    w[2] = '\0';
    size_t nf = dict_fold(w, strlen(w), a); /* s is a C string */
    for (size_t u = 0; u < NB * NB + NB; u++) {
      size_t lx = u < NB ? 1 : 2, ux = u < NB ? u : u - NB;
      char xs[3] = {bytes[ux % NB], lx == 2 ? bytes[ux / NB] : '\0', '\0'};
      if (dict_fold_is(w, xs, lx) && (nf != lx || memcmp(a, xs, lx)))
        nbad++;
    }
  }
  INT_EQ(nbad, 0);
  OK(nis > 1000, "dict_fold_is says yes");
  INT_EQ(dict_fold_is("Said", "said", 4), 1);
  INT_EQ(dict_fold_is("said", "said", 3), 0);
  INT_EQ(dict_fold_is("sai", "said", 4), 0);
  INT_EQ(dict_fold_is("U.S", "us", 2), 0);    /* only dict_fold can tell */
  INT_EQ(dict_fold_is("Said", "Said", 4), 0); /* no fold has a capital */
  INT_EQ(dict_fold_is("said", "saiD", 4), 0);
}

TEST(folding) {
  char out[DICT_MAXWORD + 1];
  INT_EQ(dict_fold("U.S.", 4, out), 2);
  STR_EQ(out, "us");
  dict_fold("Côte", strlen("Côte"), out);
  STR_EQ(out, "cote");
  dict_fold("Erdoğan", strlen("Erdoğan"), out);
  STR_EQ(out, "erdogan");
  dict_fold("...", 3, out);
  STR_EQ(out, "...");
  char big[100];
  memset(big, 'a', sizeof big);
  INT_EQ(dict_fold(big, sizeof big, out), 0);
  static const struct {
    const char *in, *want;
  } sg[] = {{"authorities", "authority"}, {"forces", "force"},
            {"spokesmen", "spokesman"},   {"churches", "church"},
            {"israelis", "israeli"},      {"militias", "militia"},
            {"children", "child"},        {"businesses", "business"}};
  for (size_t i = 0; i < sizeof sg / sizeof sg[0]; i++) {
    size_t n = dict_singular(sg[i].in, strlen(sg[i].in), out);
    OK(n > 0, sg[i].in);
    STR_EQ(out, sg[i].want);
  }
  INT_EQ(dict_singular("press", 5, out), 0);
  INT_EQ(dict_singular("us", 2, out), 0);
  INT_EQ(dict_date("2024-02-29", 10), 20240229);
  INT_EQ(dict_date("2023-02-29", 10), 0);
}

TEST(spelling_variants_are_not_duplicates) {
  sima_error err = {0};
  sima_dict *d = load("people.txt",
                      "Recep Tayyip Erdoğan | Recep Tayyip Erdogan | ~Erdoğan "
                      "| ~Erdogan\n  TURGOV 2014-08-28..\n",
                      0, &err);
  OK(d != NULL, err.msg);
  INT_EQ(nwarn, 0);
  sima_dict_free(d);
}

/* Every malformed input: the strict message (file:line: what) and that
** lenient mode loads with a warning instead. */
static const struct {
  const char *text, *want;
} bad[] = {
    {"  CHNGOV\n", "x.txt:1: indented line outside a block"},
    {"spokesman -> GOV\n  CHNGOV\n",
     "x.txt:2: indented line after an agent line"},
    {"China\n  123\n", "x.txt:2: expected 'CODE [FROM..TO]'"},
    {"China\n  foo bar\n", "x.txt:2: expected 'CODE [FROM..TO]'"},
    {"China\n  CH\n", "x.txt:2: bad code 'CH'"},
    {"China\n  CHNgov\n", "x.txt:2: bad code 'CHNgov'"},
    {"X Y\n  AAA 2020-01-01..2021-01-01 extra\n",
     "x.txt:2: unexpected text after the date range"},
    {"X Y\n  AAA 2020-01-01\n", "x.txt:2: expected a date range"},
    {"X Y\n  AAA 2020-13-01..\n", "x.txt:2: bad date in '2020-13-01..'"},
    {"X Y\n  AAA ..2020-02-30\n", "x.txt:2: bad date"},
    {"X Y\n  AAA 2020-01-02..2020-01-01\n", "x.txt:2: empty date range"},
    {"X Y\n  AAA 2020-01-01..2020-01-01\n", "x.txt:2: empty date range"},
    {"X Y\n  AAA ..2020-01-01\n  BBB 2019-01-01..\n",
     "x.txt:1: date ranges of AAA and BBB overlap"},
    {"X Y\n  AAA\n  kind: robot\n", "x.txt:3: kind must be 'person'"},
    {"CHN | China\n  adj:\n", "x.txt:2: 'adj:' has no names"},
    {"CHN | China\n  capital: Beijing\n", "x.txt:2: unknown attribute"},
    {"UN Security Council\n  IGOUNOSEC\n  sector: gov\n",
     "x.txt:3: bad sector 'gov'"},
    {"UN Security Council\n  IGOUNOSEC\n  sector: GOVERNMENT\n",
     "x.txt:3: bad sector 'GOVERNMENT'"},
    {"ISR | Israel\n  place:\n", "x.txt:2: 'place:' has no names"},
    {"CHN | China\n  adj: ~Chinese\n", "x.txt:2: '~' short forms belong"},
    {"CHN | China || PRC\n", "x.txt:1: empty name"},
    {"CHN | China |\n", "x.txt:1: empty name"},
    {"CHN\n", "x.txt:1: country CHN has no names"},
    {"China\n", "x.txt:1: 'China' has no code line"},
    {"China\n\nspokesman -> GOV\n", "x.txt:1: 'China' has no code line"},
    {"spokesman -> gov\n", "x.txt:1: bad sector 'gov'"},
    {"spokesman -> GO\n", "x.txt:1: bad sector 'GO' after '->'"},
    {"spokesman -> GOVERNMENT\n", "x.txt:1: bad sector 'GOVERNMENT'"},
    {"spokesman -> GOV loud\n", "x.txt:1: unknown agent flag 'loud'"},
    {"spokesman -> ---\n", "x.txt:1: bad sector '---'"},
    {"X Y\n  --\n", "x.txt:2: expected 'CODE [FROM..TO]'"},
    {"spokesman | | aide -> GOV\n", "x.txt:1: empty name"},
    {"A B C D E F G H I J K L M N O P Q\n  AAA\n",
     "x.txt:1: too many words in a name"},
    {"Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "\n  AAA\n",
     "x.txt:1: a word is too long"},
    {"China\n  CHN\nChina\n  TWN\n",
     "x.txt:3: conflicting entry: 'China' as name of 'China' is already"},
    {"spokesman -> GOV\nspokesman -> MIL\n",
     "x.txt:2: conflicting entry: 'spokesman' as agent MIL"},
};

TEST(loader_errors_strict_and_lenient) {
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    if (!bad[i].want)
      continue;
    sima_error err = {0};
    sima_dict *d = load("x.txt", bad[i].text, 0, &err);
    OK(d == NULL, bad[i].want);
    INT_EQ(err.status, SIMA_ERR_FORMAT);
    if (strncmp(err.msg, bad[i].want, strlen(bad[i].want)) != 0)
      FAILF("case %zu: got '%s', want '%s...'", i, err.msg, bad[i].want);
    sima_dict_free(d);
    d = load("x.txt", bad[i].text, 1, &err);
    OK(d != NULL, "lenient mode loads");
    OK(nwarn >= 1, "lenient mode warns");
    if (strncmp(lastwarn, "x.txt:", 6) != 0)
      FAILF("case %zu: warning '%s' names no line", i, lastwarn);
    sima_dict_free(d);
  }
}

/* Limits per block: 96 names, 32 code lines. */
TEST(block_limits) {
  char *text = malloc(20000);
  size_t n = 0;
  n += (size_t)sprintf(text + n, "Name0");
  for (int i = 1; i <= 96; i++)
    n += (size_t)sprintf(text + n, " | Name%d", i);
  n += (size_t)sprintf(text + n, "\n  AAA\n");
  sima_error err = {0};
  sima_dict *d = load("x.txt", text, 0, &err);
  OK(d == NULL && strstr(err.msg, "x.txt:1: too many names") != NULL, err.msg);
  sima_dict_free(d);
  n = (size_t)sprintf(text, "Somebody\n");
  for (int i = 0; i < 33; i++)
    n += (size_t)sprintf(text + n, "  AAA%c %d-01-01..%d-01-01\n", 'A' + i % 26,
                         1900 + 2 * i, 1901 + 2 * i);
  d = load("x.txt", text, 0, &err);
  OK(d == NULL && strstr(err.msg, "x.txt:34: too many code lines") != NULL,
     err.msg);
  sima_dict_free(d);
  free(text);
}

TEST(lenient_keeps_good_entries) {
  sima_error err = {0};
  sima_dict *d = load("x.txt",
                      "China\n  CHN\n  bogus line\nTaiwan\n  TWN\n"
                      "China\n  TWN\nspokesman -> GOV\n",
                      1, &err);
  OK(d != NULL, err.msg);
  if (!d)
    return;
  INT_EQ(nwarn, 2);                         /* the bad line and the conflict */
  STR_EQ(code_of(d, "china", NULL), "CHN"); /* never overwritten */
  STR_EQ(code_of(d, "taiwan", NULL), "TWN");
  OK(lookup(d, "spokesman") != NULL, "later lines still load");
  sima_dict_free(d);
}

TEST(duplicates_warn) {
  sima_error err = {0};
  sima_dict *d = load("x.txt",
                      "spokesman -> GOV\nspokesman -> GOV\n"
                      "CHN | China\nCHN | China\n",
                      0, &err);
  /* the second CHN block is another actor: a conflict, an error */
  OK(d == NULL, "second country block conflicts");
  OK(strstr(err.msg, "x.txt:4: conflicting entry") != NULL, err.msg);
  INT_EQ(nwarn, 1);
  OK(strstr(lastwarn, "x.txt:2: duplicate agent 'spokesman' (first at "
                      "x.txt:1)") != NULL,
     lastwarn);
  sima_dict_free(d);
}

TEST(null_code) {
  sima_error err = {0};
  sima_dict *d =
      load("x.txt", "Latin America | the Americas\n  ---\n", 0, &err);
  OK(d != NULL, err.msg);
  if (!d)
    return;
  STR_EQ(code_of(d, "latin america", NULL), DICT_NULL_CODE);
  OK(!dict_is_country(d, "---"), "--- is no country");
  sima_dict_free(d);
}

TEST(case_classes_do_not_conflict) {
  sima_error err = {0};
  sima_dict *d = load("x.txt", "Turkey\n  TUR\nturkey -> AGR\n", 0, &err);
  OK(d != NULL, err.msg);
  INT_EQ(nwarn, 0);
  sima_dict_free(d);
}

TEST(nul_byte) {
  static const char text[] = "China\n  C\0HN\n";
  sima_error err = {0};
  sima_dict_opts o = {0, count_warn, NULL};
  sima_dict *d = sima_dict_new(&o, &err);
  OK(sima_dict_add_mem(d, "x.txt", text, sizeof text - 1, &err) ==
         SIMA_ERR_FORMAT,
     "NUL rejected");
  OK(strstr(err.msg, "x.txt:2: NUL byte") != NULL, err.msg);
  sima_dict_free(d);
}

TEST(api_errors) {
  sima_error err = {0};
  sima_dict *d = sima_dict_new(NULL, &err);
  OK(d != NULL, "new");
  dict_name n = {"Foo", 3, DICT_NAME, NULL, NULL};
  dict_code c = {"FOO", 0, DICT_OPEN};
  INT_EQ(dict_add_actor(d, DICT_KIND_GROUP, &n, 1, &c, 0, "api", &err),
         SIMA_ERR_FORMAT);
  OK(strstr(err.msg, "api: an actor needs a name and a code") != NULL, err.msg);
  dict_name m = {"Bar", 3, DICT_METONYM, NULL, NULL};
  INT_EQ(dict_add_actor(d, DICT_KIND_GROUP, &m, 1, &c, 1, "api2", &err),
         SIMA_ERR_FORMAT);
  OK(strstr(err.msg, "a metonym needs a 3-letter sector") != NULL, err.msg);
  INT_EQ(dict_add_agent(d, "x", 1, "GO", 0, "api3", &err), SIMA_ERR_FORMAT);
  dict_code badc = {"x1", 0, DICT_OPEN};
  INT_EQ(dict_add_actor(d, DICT_KIND_GROUP, &n, 1, &badc, 1, "api4", &err),
         SIMA_ERR_FORMAT);
  OK(strstr(err.msg, "api4: bad code 'x1'") != NULL, err.msg);
  dict_code empty = {"FOO", 20200101, 20200101};
  INT_EQ(dict_add_actor(d, DICT_KIND_GROUP, &n, 1, &empty, 1, "api5", &err),
         SIMA_ERR_FORMAT);
  OK(strstr(err.msg, "api5: empty date range for FOO") != NULL, err.msg);
  INT_EQ(sima_dict_add_file(d, "/", &err), SIMA_ERR_IO);
  OK(strstr(err.msg, "/: read error") != NULL ||
         strstr(err.msg, "cannot open") != NULL,
     err.msg);
  INT_EQ(sima_dict_add_file(d, "/nonexistent/dict.txt", &err), SIMA_ERR_IO);
  OK(strstr(err.msg, "/nonexistent/dict.txt: cannot open") != NULL, err.msg);
  INT_EQ(sima_dict_add_mem(NULL, "x", "", 0, &err), SIMA_ERR_USAGE);
  sima_dict_free(d);
  sima_dict_free(NULL);
  const char *paths[] = {"/nonexistent/a.txt"};
  OK(sima_dict_load(paths, 1, 0, &err) == NULL, "load fails");
}

/* The shipped dictionaries load cleanly, fast, with the promised sizes. */
TEST(places_and_org_sectors) {
  sima_error err = {0};
  sima_dict *d = load("x.txt",
                      "ISR | Israel\n  adj: Israeli\n  place: Tel Aviv | Sderot\n"
                      "UN Security Council | UNSC\n  IGOUNOSEC\n  sector: GOV\n"
                      "UN\n  IGOUNO\n",
                      0, &err);
  OK(d != NULL, "d != NULL");
  if (!d)
    return;
  /* a place is the country's metonym with sector CVL */
  const dict_sense *s = lookup(d, "tel aviv");
  OK(s && s->role == DICT_METONYM, "s && s->role == DICT_METONYM");
  if (s)
    STR_EQ(dict_str(d, s->sector), "CVL");
  STR_EQ(code_of(d, "sderot", NULL), "ISR");
  s = lookup(d, "unsc");
  OK(s && d->actors[s->actor].sector != 0, "s && d->actors[s->actor].sector != 0");
  if (s && d->actors[s->actor].sector)
    STR_EQ(dict_str(d, d->actors[s->actor].sector), "GOV");
  s = lookup(d, "un");
  OK(s && d->actors[s->actor].sector == 0, "s && d->actors[s->actor].sector == 0");
  sima_dict_free(d);
}

TEST(undated_and_titled_periods) {
  sima_error err = {0};
  sima_dict *d = load("people.txt",
                      "Boris Yeltsin | Yeltsin\n"
                      "  RUSELI ..1990-05-29\n"
                      "  RUSGOV 1990-05-29..1999-12-31\n"
                      "  RUSELI 1999-12-31..\n"
                      "Ann Oldfield | ~Oldfield\n"
                      "  USAGOV 1990-01-01..1995-01-01\n"
                      "  USALEG 1995-01-01..\n"
                      "Only Formerly\n"
                      "  FRAELI ..\n",
                      0, &err);
  OK(d != NULL, "d != NULL");
  if (!d)
    return;
  /* dated: the date decides, ELI included */
  STR_EQ(code_of(d, "boris yeltsin", "2000-06-01"), "RUSELI");
  STR_EQ(code_of(d, "yeltsin", "1995-06-01"), "RUSGOV");
  /* undated: the latest open code, unless ELI: then the latest in office */
  STR_EQ(code_of(d, "boris yeltsin", NULL), "RUSGOV");
  STR_EQ(code_of(d, "ann oldfield", NULL), "USALEG");
  STR_EQ(code_of(d, "only formerly", NULL), "FRAELI");
  /* the period with a given sector (and country) */
  const dict_sense *s = lookup(d, "ann oldfield");
  OK(s != NULL, "s != NULL");
  if (s) {
    STR_EQ(dict_actor_code_as(d, s->actor, NULL, "GOV"), "USAGOV");
    STR_EQ(dict_actor_code_as(d, s->actor, "USA", "LEG"), "USALEG");
    OK(dict_actor_code_as(d, s->actor, "GBR", "GOV") == NULL, "dict_actor_code_as(d, s->actor, \"GBR\",");
    OK(dict_actor_code_as(d, s->actor, NULL, "MIL") == NULL, "dict_actor_code_as(d, s->actor, NULL, \"");
  }
  sima_dict_free(d);
}

TEST(fuzzy_names) {
  sima_error err = {0};
  sima_dict *d = load("x.txt",
                      "AFG | Afghanistan\n  adj: Afghan\n"
                      "ETH | Ethiopia\n"
                      "POL | Poland\n"
                      "QAT | Qatar\n"
                      "Laurent Gbagbo | Gbagbo\n  CIVGOV\n"
                      "Amy Mitterrand | ~Mitterrand\n  FRAGOV\n"
                      "Bob Mitterand | ~Mitterand\n  FRAGOV\n",
                      0, &err);
  OK(d != NULL, "d != NULL");
  if (!d)
    return;
  uint32_t node = 0;
  /* one deletion, insertion, substitution, adjacent swap */
  INT_EQ(dict_fuzzy(d, "afganistan", 10, &node), 1);
  OK(node == trie_child(d->trie, 0, trie_word(d->trie, "afghanistan", 11)), "node == trie_child(d->trie, 0, trie_word");
  INT_EQ(dict_fuzzy(d, "ethiiopia", 9, &node), 1);
  INT_EQ(dict_fuzzy(d, "ethiopoa", 8, &node), 1);
  INT_EQ(dict_fuzzy(d, "etihopia", 8, &node), 1);
  INT_EQ(dict_fuzzy(d, "gbago", 5, &node), 1);
  INT_EQ(dict_fuzzy(d, "quatar", 6, &node), 1); /* actor.c: 6+ letters */
  /* two edits, another first letter, too short: nothing */
  INT_EQ(dict_fuzzy(d, "afganistaan", 11, &node), 0);
  INT_EQ(dict_fuzzy(d, "roland", 6, &node), 0);
  INT_EQ(dict_fuzzy(d, "afghanistani", 12, &node), 0); /* last letter */
  INT_EQ(dict_fuzzy(d, "gbag", 4, &node), 0);
  /* an exact word is no typo of itself; two candidates are ambiguous */
  INT_EQ(dict_fuzzy(d, "poland", 6, &node), 0);
  INT_EQ(dict_fuzzy(d, "mittterand", 10, &node), 1);
  INT_EQ(dict_fuzzy(d, "mitterarnd", 10, &node), 2); /* swap or deletion */
  sima_dict_free(d);
  /* the longest word (DICT_MAXWORD bytes) and typos one byte longer and
  ** shorter, which fall outside the word lengths kept */
  char name[DICT_MAXWORD + 1], text[200], typo[DICT_MAXWORD + 2];
  name[0] = 'Z';
  memset(name + 1, 'q', DICT_MAXWORD - 2);
  name[DICT_MAXWORD - 1] = 'x';
  name[DICT_MAXWORD] = '\0';
  snprintf(text, sizeof text, "ZZZ | %s\n", name);
  d = load("x.txt", text, 0, &err);
  OK(d != NULL, err.msg);
  if (!d)
    return;
  for (size_t k = 0; k < DICT_MAXWORD; k++)
    name[k] = (char)(name[k] >= 'A' && name[k] <= 'Z' ? name[k] + 32 : name[k]);
  memcpy(typo, name, DICT_MAXWORD);
  typo[DICT_MAXWORD] = 'x'; /* "...qx" -> "...qxx": one byte more */
  typo[DICT_MAXWORD - 1] = 'q';
  typo[DICT_MAXWORD + 1] = '\0';
  node = 0;
  INT_EQ(dict_fuzzy(d, typo, DICT_MAXWORD + 1, &node), 1);
  OK(node == trie_child(d->trie, 0, trie_word(d->trie, name, DICT_MAXWORD)),
     "the longest word found from a longer typo");
  INT_EQ(dict_fuzzy(d, name, DICT_MAXWORD - 1, &node), 0); /* last letter */
  memcpy(typo, name, DICT_MAXWORD);
  memmove(typo + 2, typo + 3, DICT_MAXWORD - 3); /* drop an inner q */
  INT_EQ(dict_fuzzy(d, typo, DICT_MAXWORD - 1, &node), 1);
  sima_dict_free(d);
}

/* One edit between a[0..m) and b[0..n), written plainly: the same length
** with one byte replaced or two adjacent bytes swapped, or one byte more
** in one of them. */
static int one_edit_plain(const char *a, size_t m, const char *b, size_t n) {
  if (m == n) {
    size_t diff = 0, first = 0, last = 0;
    for (size_t i = 0; i < m; i++)
      if (a[i] != b[i]) {
        if (!diff)
          first = i;
        last = i;
        diff++;
      }
    return diff == 1 || (diff == 2 && last == first + 1 &&
                         a[first] == b[last] && a[last] == b[first]);
  }
  if (m + 1 == n || n + 1 == m) {
    const char *s = m < n ? a : b, *l = m < n ? b : a;
    size_t ns = m < n ? m : n;
    for (size_t k = 0; k <= ns; k++) /* drop byte k of the longer */
      if (!memcmp(l, s, k) && !memcmp(l + k + 1, s + k, ns - k))
        return 1;
  }
  return 0;
}

/* dict_fuzzy as it was before the candidates were bucketed by length:
** every candidate of the first letter, whatever its length, with the
** length tested on the word's text. */
static int fuzzy_plain(const sima_dict *d, const char *w, size_t len,
                       uint32_t *node) {
  if (len < DICT_FUZZY_MIN)
    return 0;
  unsigned char c0 = (unsigned char)w[0];
  int bk = c0 >= 'a' && c0 <= 'z' ? c0 - 'a' : 26;
  int found = 0;
  for (size_t l = 0; l <= DICT_MAXWORD; l++) {
    size_t z = DICT_FZ(bk, l);
    for (uint32_t i = 0; i < d->nfz[z]; i++) {
      const char *x = trie_word_text(d->trie, d->fz[z][i].word);
      size_t xl = strlen(x);
      if (xl + 1 < len || xl > len + 1 || x[0] != w[0] ||
          x[xl - 1] != w[len - 1] || !one_edit_plain(w, len, x, xl))
        continue;
      uint32_t nd = trie_child(d->trie, 0, d->fz[z][i].word);
      if (nd == TRIE_NONE || !trie_value(d->trie, nd))
        continue;
      if (found && nd == *node)
        continue;
      if (++found > 1)
        return 2;
      *node = nd;
    }
  }
  return found;
}

/* dict_fuzzy, which looks only at the three lengths one edit away,
** against fuzzy_plain on every candidate word of the shipped
** dictionaries, each with a byte dropped, doubled, replaced or swapped
** at each inner position; and each bucket holds words of its length. */
static void fuzzy_agrees(const sima_dict *d) {
  size_t nbad = 0, tried = 0, found = 0, misfiled = 0;
  for (size_t z = 0; z < sizeof d->fz / sizeof d->fz[0]; z++)
    for (uint32_t i = 0; i < d->nfz[z]; i++) {
      const char *x = trie_word_text(d->trie, d->fz[z][i].word);
      size_t xl = strlen(x);
      misfiled += z % (DICT_MAXWORD + 1) != xl;
      misfiled += (unsigned char)x[xl - 1] != d->fz[z][i].last;
      for (size_t p = 1; p + 1 < xl && xl + 1 <= DICT_MAXWORD; p++)
        for (int op = 0; op < 4; op++) {
          char w[DICT_MAXWORD + 2];
          size_t n = xl;
          memcpy(w, x, xl);
          if (op == 0) { /* drop */
            memmove(w + p, w + p + 1, xl - p - 1);
            n--;
          } else if (op == 1) { /* double */
            memmove(w + p + 1, w + p, xl - p);
            n++;
          } else if (op == 2) { /* replace */
            w[p] = w[p] == 'e' ? 'a' : 'e';
          } else { /* swap */
            char t = w[p];
            w[p] = w[p - 1];
            w[p - 1] = t;
          }
          w[n] = '\0';
          uint32_t n1 = 0, n2 = 0;
          int r1 = dict_fuzzy(d, w, n, &n1), r2 = fuzzy_plain(d, w, n, &n2);
          nbad += r1 != r2 || (r1 == 1 && n1 != n2);
          tried++;
          found += r2 == 1;
        }
    }
  INT_EQ(misfiled, 0);
  INT_EQ(nbad, 0);
  OK(tried > 1000 && found > 100, "the typos are tried and found");
}

/* The position in a message ("file:line") is "%s:%zu" cut to 299 bytes,
** as snprintf cut it, for file names around that length: the cut falls
** in the name, on the colon, and in the line number.  Both a line error
** (the loader's own position) and an entry error (the position copied
** with each name) are checked, strict and lenient. */
TEST(long_file_names) {
  static const char text[] = "# 1\n# 2\n# 3\n# 4\n# 5\n# 6\n# 7\n# 8\n"
                             "# 9\n# 10\nCHN | China\n  CHNGOV\n"
                             "ABC | China\n  ABCGOV\n";
  static const char bad_line[] = "# 1\n# 2\n# 3\n# 4\n# 5\n# 6\n# 7\n"
                                 "# 8\n# 9\n# 10\n# 11\n  CHNGOV\n";
  for (size_t len = 290; len <= 302; len++) {
    char name[400], want[420], got[420];
    memset(name, 'n', len);
    memcpy(name + len - 4, ".txt", 4);
    name[len] = '\0';
    for (int lenient = 0; lenient <= 1; lenient++)
      for (int which = 0; which < 2; which++) {
        sima_error err = {0};
        snprintf(want, sizeof want, "%s:%zu", name, which ? (size_t)12 : 13);
        want[299] = '\0'; /* the loader's 300-byte position */
        sima_dict *d = load(name, which ? bad_line : text, lenient, &err);
        const char *msg = lenient ? lastwarn : err.msg;
        snprintf(got, sizeof got, "%.*s", (int)strlen(want), msg);
        if (strcmp(got, want) || strncmp(msg + strlen(want), ": ", 2))
          FAILF("name of %zu bytes, %s: '%s'", len,
                lenient ? "lenient" : "strict", msg);
        sima_dict_free(d);
      }
  }
}

TEST(shipped_dictionaries) {
  const char *paths[8];
  size_t n = 0;
  for (; sima_dict_default_file(n); n++)
    paths[n] = sima_dict_default_file(n);
  sima_error err = {0};
  sima_dict_opts o = {0, count_warn, NULL};
  nwarn = 0;
  sima_dict *d = sima_dict_new(&o, &err);
  for (size_t i = 0; d && i < n; i++)
    if (sima_dict_add_file(d, paths[i], &err) != SIMA_OK) {
      FAILF("%s", err.msg);
      break;
    }
  OK(d != NULL, err.msg);
  if (!d)
    return;
  INT_EQ(nwarn, 0);
  sima_dict_stats st;
  sima_dict_stats_get(d, &st);
  OK(st.ncountries >= 251, "every ISO country + KSV + EUR");
  OK(st.nagents >= 300, "at least 300 agent phrases");
  uint32_t ngroups = 0;
  for (uint32_t i = 0; i < d->nactors; i++)
    ngroups += d->actors[i].kind == DICT_KIND_GROUP;
  OK(ngroups >= 150, "at least 150 organisations");
  STR_EQ(code_of(d, "taiwan", NULL), "TWN");
  STR_EQ(code_of(d, "kosovo", NULL), "KSV");
  STR_EQ(code_of(d, "palestine", NULL), "PSE");
  STR_EQ(code_of(d, "hamas", NULL), "PSEREB");
  STR_EQ(code_of(d, "nato", NULL), "IGOWSTNAT");
  STR_EQ(code_of(d, "united nations", NULL), "IGOUNO");
  fuzzy_agrees(d);
  /* trie_word_hashed with the hash made a byte at a time finds what
  ** trie_word finds, for every word of the trie and a miss beside each */
  size_t nbad = 0;
  for (uint32_t id = 0; id < trie_nwords(d->trie); id++) {
    const char *w = trie_word_text(d->trie, id);
    char miss[DICT_MAXWORD + 2];
    size_t wl = strlen(w);
    uint64_t h = TRIE_HASH_INIT;
    for (size_t k = 0; k < wl; k++)
      h = trie_hash_byte(h, (unsigned char)w[k]);
    nbad += trie_word_hashed(d->trie, w, wl, h) != id ||
            trie_word(d->trie, w, wl) != id;
    memcpy(miss, w, wl);
    miss[wl] = '#';
    h = trie_hash_byte(h, '#');
    nbad += trie_word_hashed(d->trie, miss, wl + 1, h) !=
            trie_word(d->trie, miss, wl + 1);
  }
  INT_EQ(nbad, 0);
  sima_dict_free(d);
}

int main(void) {
  RUN(country_block);
  RUN(person_dates_at_boundaries);
  RUN(nearest_period);
  RUN(org_and_agents);
  RUN(folding);
  RUN(folding_agrees);
  RUN(spelling_variants_are_not_duplicates);
  RUN(loader_errors_strict_and_lenient);
  RUN(block_limits);
  RUN(lenient_keeps_good_entries);
  RUN(duplicates_warn);
  RUN(null_code);
  RUN(case_classes_do_not_conflict);
  RUN(nul_byte);
  RUN(api_errors);
  RUN(places_and_org_sectors);
  RUN(undated_and_titled_periods);
  RUN(fuzzy_names);
  RUN(long_file_names);
  RUN(shipped_dictionaries);
  return harness_done();
}
