/*
** conllu.c — CoNLL-U in and out.
**
** sima_conllu_read turns a tokenized CoNLL-U file into one sima_doc (the
** FORMs joined by spaces, one sentence per block) plus, optionally, the
** file's own annotations; it is how `sima parse --input conllu`, `sima
** eval-conllu` and tools/train.c see treebanks.  sima_conllu_write prints
** a parsed document with byte spans in MISC (TokenRange=START:END).
*/
#include "arena.h"

#include <string.h>

typedef struct cline {
  const char *f[10];
  size_t n[10];
} cline;

/* Splits a line into 10 tab-separated fields; returns 0 on success. */
static int split_fields(const char *s, size_t len, cline *c) {
  size_t k = 0, start = 0;
  for (size_t i = 0; i <= len; i++) {
    if (i == len || s[i] == '\t') {
      if (k >= 10)
        return -1;
      c->f[k] = s + start;
      c->n[k] = i - start;
      k++;
      start = i + 1;
    }
  }
  return k == 10 ? 0 : -1;
}

static int field_is(const cline *c, int i, const char *s) {
  return c->n[i] == strlen(s) && memcmp(c->f[i], s, c->n[i]) == 0;
}

static int parse_uint(const char *s, size_t n, uint32_t *out) {
  if (n == 0 || n > 9)
    return -1;
  uint32_t v = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9')
      return -1;
    v = v * 10 + (uint32_t)(s[i] - '0');
  }
  *out = v;
  return 0;
}

static int space_after_no(const cline *c) {
  const char *m = c->f[9];
  size_t n = c->n[9];
  const char *key = "SpaceAfter=No";
  size_t kl = strlen(key);
  for (size_t i = 0; i + kl <= n; i++)
    if ((i == 0 || m[i - 1] == '|') && memcmp(m + i, key, kl) == 0 &&
        (i + kl == n || m[i + kl] == '|'))
      return 1;
  return 0;
}

static int is_punct_form(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char ch = (unsigned char)s[i];
    if (ch >= 0x80 || (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') ||
        (ch >= 'a' && ch <= 'z'))
      return 0;
  }
  return n > 0;
}

sima_status sima_conllu_read(const char *name, const char *buf, size_t len,
                             sima_doc **pdoc, sima_syntax **pgold,
                             sima_error *err) {
  sima_status st = SIMA_OK;
  if (!name)
    name = "conllu";
  *pdoc = NULL;
  if (pgold)
    *pgold = NULL;
  sima_doc *doc = sima_doc_new("", 0, name, NULL, NULL, NULL);
  if (!doc)
    return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  sima_arena *a = doc->arena;
  /* pass 1: count words and text size */
  size_t nwords = 0, nsents = 0, tlen = 0;
  for (size_t pos = 0; pos < len;) {
    const char *e = memchr(buf + pos, '\n', len - pos);
    size_t ll = e ? (size_t)(e - (buf + pos)) : len - pos;
    const char *l = buf + pos;
    if (ll > 0 && l[0] >= '0' && l[0] <= '9') {
      nwords++;
      tlen += ll + 1; /* a form is shorter than its line */
    }
    pos += ll + 1;
  }
  nsents = nwords + 1;
  char *text = sima_arena_alloc(a, tlen + 1);
  sima_token *toks = sima_arena_alloc(a, (nwords ? nwords : 1) * sizeof *toks);
  sima_sentence *sents = sima_arena_alloc(a, nsents * sizeof *sents);
  sima_syntax *gold =
      pgold ? sima_arena_alloc(a, (nwords ? nwords : 1) * sizeof *gold) : NULL;
  uint32_t *rawhead = sima_arena_alloc(a, (nwords ? nwords : 1) * 4);
  if (!text || !toks || !sents || (pgold && !gold) || !rawhead) {
    st = sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
    goto fail;
  }
  size_t tpos = 0;
  uint32_t nt = 0, ns = 0, sfirst = 0;
  int space_pending = 0;
  size_t lineno = 0;
  for (size_t pos = 0; pos <= len;) {
    const char *e = pos < len ? memchr(buf + pos, '\n', len - pos) : NULL;
    size_t ll = pos < len ? (e ? (size_t)(e - (buf + pos)) : len - pos) : 0;
    size_t adv = ll + 1;
    const char *l = buf + pos;
    lineno++;
    if (ll > 0 && l[ll - 1] == '\r')
      ll--;
    int blank = ll == 0;
    if (blank) {
      if (nt > sfirst) {
        /* close the sentence: resolve heads */
        for (uint32_t i = sfirst; i < nt; i++) {
          uint32_t h = rawhead[i];
          if (h > nt - sfirst) {
            st = sima_error_set(err, SIMA_ERR_FORMAT,
                                "%s: sentence ending at line %zu: head %u out "
                                "of range",
                                name, lineno, h);
            goto fail;
          }
          if (gold)
            gold[i].head = h == 0 ? -1 : (int32_t)(sfirst + h - 1);
        }
        sents[ns].first = sfirst;
        sents[ns].count = nt - sfirst;
        sents[ns].kind = SIMA_SENT_BODY;
        ns++;
        sfirst = nt;
        if (tpos > 0)
          text[tpos - (space_pending ? 1 : 0)] = '\n';
        if (!space_pending && tpos > 0)
          tpos++;
        space_pending = 1;
      }
    } else if (l[0] != '#') {
      cline c;
      uint32_t id;
      if (split_fields(l, ll, &c) != 0) {
        st = sima_error_set(err, SIMA_ERR_FORMAT,
                            "%s:%zu: expected 10 tab-separated fields", name,
                            lineno);
        goto fail;
      }
      if (memchr(c.f[0], '-', c.n[0]) || memchr(c.f[0], '.', c.n[0]))
        goto next; /* multiword token or empty node */
      if (parse_uint(c.f[0], c.n[0], &id) != 0 || id != nt - sfirst + 1) {
        st = sima_error_set(err, SIMA_ERR_FORMAT,
                            "%s:%zu: word id '%.*s' out of sequence", name,
                            lineno, (int)c.n[0], c.f[0]);
        goto fail;
      }
      if (c.n[1] == 0 || nt >= nwords) {
        st = sima_error_set(err, SIMA_ERR_FORMAT, "%s:%zu: empty form", name,
                            lineno);
        goto fail;
      }
      sima_token *t = &toks[nt];
      t->off = (uint32_t)tpos;
      t->len = (uint32_t)c.n[1];
      memcpy(text + tpos, c.f[1], c.n[1]);
      for (size_t i = 0; i < c.n[1]; i++)
        if (text[tpos + i] == ' ' || text[tpos + i] == '\n')
          text[tpos + i] = '_';
      t->norm = text + tpos; /* NUL-terminated below via a copy */
      t->nnorm = t->len;
      t->kind = is_punct_form(c.f[1], c.n[1]) ? SIMA_TOK_PUNCT : SIMA_TOK_WORD;
      t->flags = space_pending && tpos > 0 ? SIMA_TOKF_SPACE_BEFORE : 0;
      if (c.f[1][0] >= 'A' && c.f[1][0] <= 'Z')
        t->flags |= SIMA_TOKF_CAPITAL;
      tpos += c.n[1];
      space_pending = !space_after_no(&c);
      if (space_pending)
        text[tpos++] = ' ';
      uint32_t h = 0;
      if (!field_is(&c, 6, "_") && parse_uint(c.f[6], c.n[6], &h) != 0) {
        st = sima_error_set(err, SIMA_ERR_FORMAT, "%s:%zu: bad head '%.*s'",
                            name, lineno, (int)c.n[6], c.f[6]);
        goto fail;
      }
      rawhead[nt] = h;
      if (gold) {
        sima_syntax *g = &gold[nt];
        g->upos = (uint16_t)sima_upos_id(c.f[3], c.n[3]);
        g->xpos = (uint16_t)sima_xpos_id(c.f[4], c.n[4]);
        g->deprel = (uint16_t)sima_deprel_id(c.f[7], c.n[7]);
        g->lemma = sima_arena_strndup(a, c.f[2], c.n[2]);
      }
      nt++;
    }
  next:
    if (pos >= len)
      break;
    pos += adv;
    if (pos > len)
      pos = len;
  }
  if (nt > sfirst) {
    st = sima_error_set(err, SIMA_ERR_FORMAT,
                        "%s: last sentence lacks its closing blank line", name);
    goto fail;
  }
  while (tpos > 0 && (text[tpos - 1] == ' ' || text[tpos - 1] == '\n'))
    tpos--;
  text[tpos] = 0;
  /* norms: NUL-terminated copies */
  for (uint32_t i = 0; i < nt; i++) {
    toks[i].norm = sima_arena_strndup(a, text + toks[i].off, toks[i].len);
    if (!toks[i].norm) {
      st = sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
      goto fail;
    }
  }
  if (sima_arena_failed(a)) {
    st = sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
    goto fail;
  }
  doc->text = text;
  doc->len = tpos;
  doc->tokens = toks;
  doc->ntokens = nt;
  doc->sents = sents;
  doc->nsents = ns;
  *pdoc = doc;
  if (pgold)
    *pgold = gold;
  return SIMA_OK;
fail:
  sima_doc_free(doc);
  return st;
}

static void put_clean(FILE *out, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    fputc(c == '\t' || c == '\n' || c == '\r' ? ' ' : c, out);
  }
}

void sima_conllu_write(FILE *out, const sima_doc *doc) {
  sima_sentence whole = {0, doc->ntokens, 0};
  const sima_sentence *sents = doc->sents;
  uint32_t nsents = doc->nsents;
  if (nsents == 0 && doc->ntokens > 0) {
    sents = &whole;
    nsents = 1;
  }
  for (uint32_t s = 0; s < nsents; s++) {
    uint32_t first = sents[s].first, count = sents[s].count;
    if (count == 0 || first >= doc->ntokens || count > doc->ntokens - first)
      continue;
    const sima_token *t0 = &doc->tokens[first], *tn = &doc->tokens[first + count - 1];
    if (doc->id)
      fprintf(out, "# sent_id = %s-%u\n", doc->id, s + 1);
    else
      fprintf(out, "# sent_id = %u\n", s + 1);
    fputs("# text = ", out);
    put_clean(out, doc->text + t0->off, (size_t)(tn->off + tn->len - t0->off));
    fputc('\n', out);
    for (uint32_t i = 0; i < count; i++) {
      const sima_token *t = &doc->tokens[first + i];
      const sima_syntax *y = doc->syn ? &doc->syn[first + i] : NULL;
      fprintf(out, "%u\t", i + 1);
      put_clean(out, doc->text + t->off, t->len);
      fputc('\t', out);
      if (y && y->lemma && y->lemma[0])
        put_clean(out, y->lemma, strlen(y->lemma));
      else
        fputc('_', out);
      if (y) {
        long h = y->head < 0 || (uint32_t)y->head < first ||
                         (uint32_t)y->head >= first + count
                     ? 0
                     : (long)((uint32_t)y->head - first + 1);
        fprintf(out, "\t%s\t%s\t_\t%ld\t%s\t_\t", sima_upos_name(y->upos),
                sima_xpos_name(y->xpos), h,
                h == 0 && y->deprel == 0 ? "root" : sima_deprel_name(y->deprel));
      } else {
        fputs("\t_\t_\t_\t_\t_\t_\t", out);
      }
      uint32_t end = t->off + t->len;
      /* as in UD, also on a sentence's last word when the next sentence
      ** follows without a space */
      if (end < doc->len && doc->text[end] != ' ' && doc->text[end] != '\n' &&
          doc->text[end] != '\t' && doc->text[end] != '\r')
        fputs("SpaceAfter=No|", out);
      fprintf(out, "TokenRange=%u:%u\n", t->off, end);
    }
    fputc('\n', out);
  }
}

sima_status sima_conllu_compare(const sima_doc *gdoc, const sima_syntax *gold,
                                const sima_doc *pdoc, const sima_syntax *pred,
                                sima_conllu_scores *sc, sima_error *err) {
  if (!gdoc || !pdoc || !gold || !pred || !sc)
    return sima_error_set(err, SIMA_ERR_USAGE, "compare: NULL argument");
  if (gdoc->ntokens != pdoc->ntokens)
    return sima_error_set(err, SIMA_ERR_FORMAT,
                          "gold has %u words, prediction %u", gdoc->ntokens,
                          pdoc->ntokens);
  for (uint32_t i = 0; i < gdoc->ntokens; i++) {
    const sima_token *a = &gdoc->tokens[i], *b = &pdoc->tokens[i];
    if (a->len != b->len ||
        memcmp(gdoc->text + a->off, pdoc->text + b->off, a->len) != 0)
      return sima_error_set(err, SIMA_ERR_FORMAT,
                            "word %u differs: gold '%.*s', prediction '%.*s'",
                            i + 1, (int)a->len, gdoc->text + a->off,
                            (int)b->len, pdoc->text + b->off);
  }
  for (uint32_t i = 0; i < gdoc->ntokens; i++) {
    const sima_syntax *g = &gold[i], *p = &pred[i];
    sc->words++;
    sc->upos += g->upos == p->upos;
    sc->xpos += g->xpos == p->xpos;
    sc->lemma += g->lemma && p->lemma && strcmp(g->lemma, p->lemma) == 0;
    if (g->head == p->head) {
      sc->uas++;
      sc->las += sima_deprel_base(g->deprel) == sima_deprel_base(p->deprel);
    }
  }
  return SIMA_OK;
}
