/*
** cmd_eval_split.c — `sima eval-split GOLD.conllu`: scores the tokenizer
** and sentence splitter against a UD treebank.
**
** The raw text is rebuilt from the `# text =` lines (sentences of one
** paragraph joined by a space, paragraphs and documents by a blank line),
** tokenized and split by sima, and compared by byte spans: token
** precision/recall/F1 over word spans, and sentence-boundary F1 over the
** sentence end offsets.  A multiword token whose words spell its surface
** form ("don't" = do + n't) is scored as its words; any other (rare) one
** as a single span.
*/
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char cmd_eval_split_summary[] =
    "score tokens and sentence boundaries against CoNLL-U";
const char cmd_eval_split_help[] =
    "usage: sima eval-split [--errors N] GOLD.conllu\n"
    "\n"
    "Rebuilds the raw text of a UD treebank from its '# text =' lines,\n"
    "runs sima's tokenizer and sentence splitter on it, and prints token\n"
    "and sentence-boundary precision, recall and F1 (by byte spans).\n"
    "  --errors N   also print the first N token mismatches\n";

typedef struct span {
  size_t a, b;
} span;

typedef struct vec {
  span *v;
  size_t n, cap;
} vec;

static int vpush(vec *x, size_t a, size_t b) {
  if (x->n == x->cap) {
    size_t cap = x->cap ? x->cap * 2 : 1024;
    span *nv = realloc(x->v, cap * sizeof *nv);
    if (!nv)
      return -1;
    x->v = nv;
    x->cap = cap;
  }
  x->v[x->n].a = a;
  x->v[x->n].b = b;
  x->n++;
  return 0;
}

typedef struct sbuf {
  char *s;
  size_t n, cap;
} sbuf;

static int sput(sbuf *b, const char *s, size_t n) {
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 1 << 16;
    while (cap < b->n + n + 1)
      cap *= 2;
    char *ns = realloc(b->s, cap);
    if (!ns)
      return -1;
    b->s = ns;
    b->cap = cap;
  }
  memcpy(b->s + b->n, s, n);
  b->n += n;
  b->s[b->n] = '\0';
  return 0;
}

static void f1(const char *what, size_t tp, size_t ngold, size_t npred) {
  double p = npred ? (double)tp / (double)npred : 0;
  double r = ngold ? (double)tp / (double)ngold : 0;
  double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
  printf("%-10s gold %7zu  system %7zu  correct %7zu  P %6.2f  R %6.2f  "
         "F1 %6.2f\n",
         what, ngold, npred, tp, 100 * p, 100 * r, 100 * f);
}

/* Counts spans present in both sorted vectors. */
static size_t matches(const vec *g, const vec *p, int ends_only, int show) {
  size_t i = 0, j = 0, tp = 0;
  while (i < g->n && j < p->n) {
    size_t ga = ends_only ? g->v[i].b : g->v[i].a;
    size_t pa = ends_only ? p->v[j].b : p->v[j].a;
    if (ga == pa && (ends_only || g->v[i].b == p->v[j].b)) {
      tp++;
      i++;
      j++;
    } else if (ga < pa || (ga == pa && g->v[i].b < p->v[j].b)) {
      i++;
    } else {
      j++;
    }
  }
  (void)show;
  return tp;
}

int cmd_eval_split(int argc, char **argv) {
  const char *path = NULL;
  int show = 0;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--errors") && i + 1 < argc)
      show = atoi(argv[++i]);
    else if (argv[i][0] == '-' && argv[i][1])
      return cli_usage_error("eval-split", "unknown option '%s'", argv[i]);
    else if (!path)
      path = argv[i];
    else
      return cli_usage_error("eval-split", "one GOLD file only");
  }
  if (!path)
    return cli_usage_error("eval-split", "missing GOLD.conllu");
  FILE *f = fopen(path, "r");
  if (!f) {
    fprintf(stderr, "sima eval-split: %s: cannot open\n", path);
    return EXIT_REJECTED;
  }
  sbuf text = {0};
  vec gtok = {0}, gsent = {0};
  char *line = NULL;
  size_t cap = 0, lineno = 0;
  ssize_t len;
  size_t sent_start = 0, cursor = 0; /* cursor: search position in text */
  int newpar = 1, have_text = 0, bad = 0;
  size_t mwt_end = 0, mwt_a = 0, mwt_b = 0, mwt_pos = 0;
  char mwt_form[512] = "";
  while ((len = getline(&line, &cap, f)) >= 0) {
    lineno++;
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
      line[--len] = '\0';
    if (!strncmp(line, "# newdoc", 8) || !strncmp(line, "# newpar", 8)) {
      newpar = 1;
      continue;
    }
    if (!strncmp(line, "# text = ", 9)) {
      if (text.n)
        sput(&text, newpar ? "\n\n" : " ", newpar ? 2 : 1);
      newpar = 0;
      sent_start = text.n;
      cursor = text.n;
      sput(&text, line + 9, (size_t)len - 9);
      have_text = 1;
      continue;
    }
    if (len == 0) {
      if (have_text)
        vpush(&gsent, sent_start, text.n);
      have_text = 0;
      continue;
    }
    if (line[0] == '#')
      continue;
    char *tab1 = strchr(line, '\t');
    if (!tab1)
      continue;
    char *form = tab1 + 1, *tab2 = strchr(form, '\t');
    if (!tab2)
      continue;
    *tab2 = '\0';
    size_t flen = strlen(form);
    int is_range = strchr(line, '-') && strchr(line, '-') < tab1;
    if (strchr(line, '.') && strchr(line, '.') < tab1)
      continue; /* empty node */
    /* locate form at or after cursor */
    size_t pos = cursor;
    while (pos < text.n && (text.s[pos] == ' ' || text.s[pos] == '\t'))
      pos++;
    int found = pos + flen <= text.n && !memcmp(text.s + pos, form, flen);
    if (is_range) {
      int lo = atoi(line), hi = atoi(strchr(line, '-') + 1);
      if (!found) {
        bad++;
        continue;
      }
      mwt_end = (size_t)hi;
      (void)lo;
      mwt_a = pos;
      mwt_b = pos + flen;
      mwt_pos = pos;
      snprintf(mwt_form, sizeof mwt_form, "%s", form);
      cursor = mwt_b;
      /* Check that the words spell the surface: peek ahead is costly, so
      ** words are matched inside the surface one by one below. */
      continue;
    }
    size_t id = (size_t)atoi(line);
    if (mwt_end && id <= mwt_end) {
      /* A word of a multiword token: match inside the surface. */
      if (mwt_pos + flen <= mwt_b && !memcmp(text.s + mwt_pos, form, flen)) {
        vpush(&gtok, mwt_pos, mwt_pos + flen);
        mwt_pos += flen;
      } else if (mwt_pos < mwt_b) {
        /* Words do not spell the surface: score the whole token once. */
        while (gtok.n && gtok.v[gtok.n - 1].a >= mwt_a)
          gtok.n--;
        vpush(&gtok, mwt_a, mwt_b);
        mwt_pos = mwt_b;
      }
      if (id == mwt_end) {
        if (mwt_pos != mwt_b) {
          while (gtok.n && gtok.v[gtok.n - 1].a >= mwt_a)
            gtok.n--;
          vpush(&gtok, mwt_a, mwt_b);
        }
        mwt_end = 0;
      }
      continue;
    }
    if (!found) {
      bad++;
      continue;
    }
    vpush(&gtok, pos, pos + flen);
    cursor = pos + flen;
  }
  if (have_text)
    vpush(&gsent, sent_start, text.n);
  free(line);
  fclose(f);
  (void)mwt_form;
  sima_doc *doc = sima_doc_new(text.s ? text.s : "", text.n, path, NULL, NULL,
                               NULL);
  sima_error err = {0};
  if (!doc || sima_tokenize(doc, &err) || sima_split(doc, &err)) {
    fprintf(stderr, "sima eval-split: %s\n", doc ? err.msg : "out of memory");
    sima_doc_free(doc);
    free(text.s);
    return EXIT_REJECTED;
  }
  vec ptok = {0}, psent = {0};
  for (uint32_t k = 0; k < doc->ntokens; k++)
    vpush(&ptok, doc->tokens[k].off, doc->tokens[k].off + doc->tokens[k].len);
  for (uint32_t s = 0; s < doc->nsents; s++) {
    size_t a, b;
    sima_sentence_span(doc, s, &a, &b);
    vpush(&psent, a, b);
  }
  size_t ttp = matches(&gtok, &ptok, 0, show);
  size_t stp = matches(&gsent, &psent, 1, 0);
  printf("%s: %zu sentences, %zu bytes of text", path, gsent.n, text.n);
  if (bad)
    printf(" (%d gold forms not found in their text, skipped)", bad);
  printf("\n");
  f1("tokens", ttp, gtok.n, ptok.n);
  f1("sentences", stp, gsent.n, psent.n);
  if (show) {
    size_t i = 0, j = 0;
    int shown = 0;
    while (i < gtok.n && j < ptok.n && shown < show) {
      if (gtok.v[i].a == ptok.v[j].a && gtok.v[i].b == ptok.v[j].b) {
        i++;
        j++;
        continue;
      }
      size_t a = gtok.v[i].a < ptok.v[j].a ? gtok.v[i].a : ptok.v[j].a;
      size_t ctx = a > 20 ? a - 20 : 0;
      printf("gold [%.*s] sys [%.*s]   ...%.*s...\n",
             (int)(gtok.v[i].b - gtok.v[i].a), text.s + gtok.v[i].a,
             (int)(ptok.v[j].b - ptok.v[j].a), text.s + ptok.v[j].a, 50,
             text.s + ctx);
      shown++;
      size_t ge = gtok.v[i].b, pe = ptok.v[j].b;
      size_t end = ge > pe ? ge : pe;
      while (i < gtok.n && gtok.v[i].a < end)
        i++;
      while (j < ptok.n && ptok.v[j].a < end)
        j++;
    }
  }
  sima_doc_free(doc);
  free(text.s);
  free(gtok.v);
  free(gsent.v);
  free(ptok.v);
  free(psent.v);
  return EXIT_OK;
}
