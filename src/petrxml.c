/*
** petrxml.c — reads PETRARCH XML input and validation records
** (<Sentences><Sentence date= id= category=><EventCoding .../><Text>...
** </Text><Parse>...</Parse></Sentence>), with the <Environment> that names
** the dictionaries and the <Config option= value=> switches that apply to
** the records after them.
**
** The reader is a forgiving tag scanner, not an XML parser: the TABARI-era
** suite (validate-2014) leaves tags unclosed, puts the sentence and its
** tree as bare text after <EventCoding>, and quotes attribute values with
** "" or ''.  Gold <Parse> trees are not used (sima parses the text itself);
** only whether their brackets balance is kept, for the `bad_input_parse`
** error records.
*/
#include "petrdict.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef struct xreader {
  const char *b;
  size_t n, pos;
  sima_petr_records *R;
  size_t caprecs;
  size_t capactors;
  int require_dyad, new_actor_length;
  int comma[6]; /* ORDER sima_petr_record.comma */
  int oom;
} xreader;

static uint32_t line_at(const xreader *x, size_t pos) {
  uint32_t l = 1;
  for (size_t i = 0; i < pos && i < x->n; i++)
    if (x->b[i] == '\n')
      l++;
  return l;
}

/* Copies s[0..n) into the arena with XML entities decoded and runs of
** white space collapsed to one blank; trims both ends. */
static char *xstr(xreader *x, const char *s, size_t n) {
  static char none[1];
  char *o = sima_arena_alloc(x->R->arena, n + 1);
  if (!o) {
    x->oom = 1;
    return none;
  }
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c == '&') {
      static const struct {
        const char *e;
        char c;
      } ents[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'},
                  {"&quot;", '"'}, {"&apos;", '\''}};
      int hit = 0;
      for (size_t e = 0; e < sizeof ents / sizeof ents[0]; e++) {
        size_t el = strlen(ents[e].e);
        if (i + el <= n && !memcmp(s + i, ents[e].e, el)) {
          o[k++] = ents[e].c;
          i += el - 1;
          hit = 1;
          break;
        }
      }
      if (hit)
        continue;
    }
    if (isspace((unsigned char)c)) {
      if (k > 0 && o[k - 1] != ' ')
        o[k++] = ' ';
      continue;
    }
    o[k++] = c;
  }
  while (k > 0 && o[k - 1] == ' ')
    k--;
  o[k] = '\0';
  return o;
}

/* An attribute of the tag text t[0..n) ("name" = "v" | 'v' | v), copied
** with surrounding quotes (also doubled ones: '"NAME"') removed; NULL if
** absent. */
static const char *attr(xreader *x, const char *t, size_t n,
                        const char *name) {
  size_t nl = strlen(name);
  for (size_t i = 0; i + nl < n; i++) {
    if (strncasecmp(t + i, name, nl) != 0 ||
        (i > 0 && !isspace((unsigned char)t[i - 1])))
      continue;
    size_t j = i + nl;
    while (j < n && isspace((unsigned char)t[j]))
      j++;
    if (j >= n || t[j] != '=')
      continue;
    j++;
    while (j < n && isspace((unsigned char)t[j]))
      j++;
    size_t a = j, e;
    if (j < n && (t[j] == '"' || t[j] == '\'')) {
      char q = t[j];
      a = j + 1;
      e = a;
      while (e < n && t[e] != q)
        e++;
    } else {
      e = j;
      while (e < n && !isspace((unsigned char)t[e]) && t[e] != '/' &&
             t[e] != '>')
        e++;
    }
    while (a < e && (t[a] == '"' || t[a] == '\''))
      a++;
    while (e > a && (t[e - 1] == '"' || t[e - 1] == '\''))
      e--;
    return xstr(x, t + a, e - a);
  }
  return NULL;
}

static int truthy(const char *v) {
  return v && (!strcasecmp(v, "true") || !strcmp(v, "1") ||
               !strcasecmp(v, "yes"));
}

static sima_petr_record *cur(xreader *x) {
  return x->R->n ? &x->R->recs[x->R->n - 1] : NULL;
}

static void add_actorfile(xreader *x, const char *v) {
  /* "a.txt, b.txt" */
  const char *p = v;
  while (*p) {
    while (*p == ' ' || *p == ',')
      p++;
    const char *q = p;
    while (*q && *q != ',')
      q++;
    size_t n = (size_t)(q - p);
    while (n > 0 && p[n - 1] == ' ')
      n--;
    if (n > 0) {
      if (x->R->nactorfiles == x->capactors) {
        size_t cap = x->capactors ? x->capactors * 2 : 4;
        const char **na = realloc(x->R->actorfiles, cap * sizeof *na);
        if (!na) {
          x->oom = 1;
          return;
        }
        x->R->actorfiles = na;
        x->capactors = cap;
      }
      x->R->actorfiles[x->R->nactorfiles++] = xstr(x, p, n);
    }
    p = q;
  }
}

/* The body of an element: text up to the next '<'. */
static const char *body(xreader *x, size_t from) {
  size_t e = from;
  while (e < x->n && x->b[e] != '<')
    e++;
  return xstr(x, x->b + from, e - from);
}

static int balanced(const char *s, size_t n) {
  long d = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '(')
      d++;
    else if (s[i] == ')' && --d < 0)
      return 0;
  }
  return d == 0;
}

/* A placeholder tree: nothing but "(ROOT" (the TABARI-era validation file
** gives its records without a parse that way).  A record with it has no
** parse, rather than a malformed one: PETRARCH's bad_input_parse is for
** trees that were given and are broken. */
static int stub_tree(const char *s, size_t n) {
  while (n && isspace((unsigned char)*s)) {
    s++;
    n--;
  }
  while (n && isspace((unsigned char)s[n - 1]))
    n--;
  return n == 0 || (n == 5 && !strncmp(s, "(ROOT", 5)) ||
         (n == 6 && !strncmp(s, "(ROOT)", 6));
}

/* A record's text writes some names as the dictionaries do, their words
** joined by `_` ("the Prince of Dol_Amroth"): a blank for sima's
** tokenizer, between two letters or digits only. */
static void underscores_to_blanks(char *p) {
  if (!p[0])
    return;
  for (size_t i = 1; p[i] && p[i + 1]; i++)
    if (p[i] == '_' && isalnum((unsigned char)p[i - 1]) &&
        isalnum((unsigned char)p[i + 1]))
      p[i] = ' ';
}

/* Loose text inside a <Sentence> (TABARI-era records): the lines before
** the first tree line are the sentence, the rest is the tree. */
static void loose_text(xreader *x, sima_petr_record *r, size_t a, size_t e) {
  if (!r)
    return;
  const char *s = x->b + a;
  size_t n = e - a;
  size_t tree = n;
  for (size_t i = 0; i < n; i++)
    if ((i == 0 || s[i - 1] == '\n')) {
      size_t k = i;
      while (k < n && (s[k] == ' ' || s[k] == '\t'))
        k++;
      if (k < n && s[k] == '(') {
        tree = i;
        break;
      }
    }
  if (!r->text[0]) {
    const char *t = xstr(x, s, tree);
    if (t[0])
      r->text = t;
  }
  if (tree < n && !r->has_parse && !stub_tree(s + tree, n - tree)) {
    r->has_parse = 1;
    r->parse_balanced = balanced(s + tree, n - tree);
  }
}

static void new_record(xreader *x, const char *t, size_t n, size_t pos) {
  if (x->R->n == x->caprecs) {
    size_t cap = x->caprecs ? x->caprecs * 2 : 64;
    sima_petr_record *nr = realloc(x->R->recs, cap * sizeof *nr);
    if (!nr) {
      x->oom = 1;
      return;
    }
    x->R->recs = nr;
    x->caprecs = cap;
  }
  sima_petr_record *r = &x->R->recs[x->R->n++];
  memset(r, 0, sizeof *r);
  const char *id = attr(x, t, n, "id");
  r->id = id && id[0] ? id : "";
  const char *d = attr(x, t, n, "date");
  uint32_t ymd = d ? petr_date(d, strlen(d)) : 0;
  if (ymd) {
    char *iso = sima_arena_alloc(x->R->arena, 32);
    if (iso) {
      snprintf(iso, 32, "%04u-%02u-%02u", ymd / 10000, ymd / 100 % 100,
               ymd % 100);
      r->date = iso;
    }
  }
  const char *c = attr(x, t, n, "category");
  r->category = c ? c : "";
  r->valid = truthy(attr(x, t, n, "valid"));
  r->text = "";
  r->parse_balanced = 1;
  r->require_dyad = x->require_dyad;
  r->new_actor_length = x->new_actor_length;
  memcpy(r->comma, x->comma, sizeof r->comma);
  r->line = line_at(x, pos);
}

static void event_coding(xreader *x, sima_petr_record *r, const char *t,
                         size_t n) {
  if (!r)
    return;
  const char *ne = attr(x, t, n, "noevents");
  const char *er = attr(x, t, n, "error");
  if (ne) {
    r->noevents = 1;
    return;
  }
  if (er) {
    r->error = er;
    return;
  }
  sima_petr_event *na =
      sima_arena_alloc(x->R->arena, (r->nexpect + 1) * sizeof *na);
  if (!na) {
    x->oom = 1;
    return;
  }
  if (r->nexpect)
    memcpy(na, r->expect, r->nexpect * sizeof *na);
  const char *s = attr(x, t, n, "sourcecode");
  const char *g = attr(x, t, n, "targetcode");
  const char *c = attr(x, t, n, "eventcode");
  na[r->nexpect].source = s ? s : "";
  na[r->nexpect].target = g ? g : "";
  na[r->nexpect].code = c ? c : "";
  r->expect = na;
  r->nexpect++;
}

void sima_petr_records_free(sima_petr_records *r) {
  if (!r)
    return;
  free(r->recs);
  free(r->actorfiles);
  sima_arena_free(r->arena);
  free(r);
}

sima_status sima_petr_records_read(const char *name, const char *buf,
                                   size_t len, sima_petr_records **out,
                                   sima_error *err) {
  *out = NULL;
  xreader x;
  memset(&x, 0, sizeof x);
  x.b = buf;
  x.n = len;
  x.require_dyad = 1;
  static const int comma_default[6] = {2, 8, 2, 8, 0, 0}; /* PETRARCH1 */
  memcpy(x.comma, comma_default, sizeof x.comma);
  x.R = calloc(1, sizeof *x.R);
  if (!x.R || !(x.R->arena = sima_arena_new(NULL))) {
    free(x.R);
    return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  }
  int in_sentence = 0, in_env = 0, seen_text = 0;
  size_t loose_from = 0;
  while (x.pos < x.n && !x.oom) {
    const char *lt = memchr(x.b + x.pos, '<', x.n - x.pos);
    size_t tpos = lt ? (size_t)(lt - x.b) : x.n;
    if (in_sentence && !seen_text)
      loose_text(&x, cur(&x), loose_from, tpos);
    if (!lt)
      break;
    if (tpos + 4 <= x.n && !memcmp(lt, "<!--", 4)) {
      const char *e = NULL;
      for (size_t i = tpos + 4; i + 3 <= x.n; i++)
        if (!memcmp(x.b + i, "-->", 3)) {
          e = x.b + i;
          break;
        }
      x.pos = e ? (size_t)(e - x.b) + 3 : x.n;
      loose_from = x.pos;
      continue;
    }
    const char *gt = memchr(lt, '>', x.n - tpos);
    size_t tend = gt ? (size_t)(gt - x.b) : x.n;
    const char *t = lt + 1;
    size_t tn = tend - tpos - 1;
    int close = tn > 0 && t[0] == '/';
    if (close)
      t++, tn--;
    size_t nl = 0;
    while (nl < tn && (isalnum((unsigned char)t[nl]) || t[nl] == '_'))
      nl++;
    x.pos = gt ? tend + 1 : x.n;
    loose_from = x.pos;
#define IS(s) (nl == strlen(s) && !strncasecmp(t, s, nl))
    if (IS("Sentence")) {
      if (close) {
        in_sentence = 0;
      } else {
        new_record(&x, t, tn, tpos);
        in_sentence = 1;
        seen_text = 0;
      }
    } else if (IS("Environment")) {
      in_env = !close;
    } else if (IS("Stop") && !close) {
      break;
    } else if (IS("Config") && !close) {
      const char *o = attr(&x, t, tn, "option");
      const char *v = attr(&x, t, tn, "value");
      if (o && v && !strcasecmp(o, "require_dyad"))
        x.require_dyad = truthy(v);
      else if (o && v && !strcasecmp(o, "new_actor_length"))
        x.new_actor_length = atoi(v);
      static const char *const copt[6] = {"comma_min",  "comma_max",
                                          "comma_emin", "comma_emax",
                                          "comma_bmin", "comma_bmax"};
      for (int k = 0; o && v && k < 6; k++)
        if (!strcasecmp(o, copt[k])) {
          x.comma[k] = atoi(v);
          x.R->comma_config = 1;
        }
    } else if (IS("EventCoding") && !close) {
      event_coding(&x, in_sentence ? cur(&x) : NULL, t, tn);
    } else if (IS("Text") && !close) {
      const char *e = NULL;
      for (size_t i = x.pos; i + 7 <= x.n; i++)
        if (!strncasecmp(x.b + i, "</Text>", 7)) {
          e = x.b + i;
          break;
        }
      size_t tl = e ? (size_t)(e - x.b) : x.n;
      if (in_sentence && cur(&x)) {
        char *text = xstr(&x, x.b + x.pos, tl - x.pos);
        underscores_to_blanks(text);
        cur(&x)->text = text;
        seen_text = 1;
      }
      x.pos = e ? tl + 7 : x.n;
      loose_from = x.pos;
    } else if (IS("Parse") && !close) {
      const char *e = NULL;
      for (size_t i = x.pos; i + 8 <= x.n; i++)
        if (!strncasecmp(x.b + i, "</Parse>", 8)) {
          e = x.b + i;
          break;
        }
      size_t pl = e ? (size_t)(e - x.b) : x.n;
      sima_petr_record *r = in_sentence ? cur(&x) : NULL;
      if (r && !stub_tree(x.b + x.pos, pl - x.pos)) {
        r->has_parse = 1;
        r->parse_balanced = balanced(x.b + x.pos, pl - x.pos);
      }
      x.pos = e ? pl + 8 : x.n;
      loose_from = x.pos;
    } else if (in_env && !close) {
      const char *v = attr(&x, t, tn, "name");
      if (!v && gt)
        v = body(&x, x.pos);
      if (v && v[0]) {
        if (IS("Verbfile"))
          x.R->verbfile = v;
        else if (IS("Actorfile"))
          add_actorfile(&x, v);
        else if (IS("Agentfile"))
          x.R->agentfile = v;
        else if (IS("Discardfile"))
          x.R->discardfile = v;
        else if (IS("Issuefile"))
          x.R->issuefile = v;
      }
    }
#undef IS
  }
  if (x.oom) {
    sima_petr_records_free(x.R);
    return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  }
  if (x.R->n == 0) {
    sima_petr_records_free(x.R);
    return sima_error_set(err, SIMA_ERR_FORMAT, "%s: no <Sentence> records",
                          name ? name : "-");
  }
  *out = x.R;
  return SIMA_OK;
}
