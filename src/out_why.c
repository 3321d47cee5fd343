/*
** out_why.c — the writer of `sima code --why-not`: for a sentence that
** yields no event, one JSON line with its text, its coded actors and
** uncoded candidate mentions (with spans) and the coder's why-not records
** (doc->why, filled by sima_code_doc with sima_code_opts.why_not).  The
** field list is part of the output contract of docs/output.md.  Reads
** only the document (include/sima.h).
*/
#include "sima.h"

#include <stdio.h>
#include <string.h>

static const char *const why_stage_names[SIMA_NWHY] = {"actors", "trigger",
                                                        "pattern", "drop"};

const char *sima_why_stage_name(sima_why_stage s) {
  return (unsigned)s < SIMA_NWHY ? why_stage_names[s] : "?";
}

/* A string member ",\"key\":..." (null for NULL). */
static void wmember(FILE *f, const char *key, const char *s) {
  fprintf(f, ",\"%s\":", key);
  if (s)
    sima_json_write_str(f, s, strlen(s));
  else
    fputs("null", f);
}

/* {"text":...,"span":[a,b]} of doc->text [a, b). */
static void wspan_text(FILE *f, const sima_doc *doc, uint32_t a, uint32_t b) {
  fputs("{\"text\":", f);
  sima_json_write_str(f, doc->text + a, b - a);
  fprintf(f, ",\"span\":[%u,%u]}", a, b);
}

/* The mentions of sentence s, coded (`coded` 1) or uncoded candidates
** (0), as a JSON array of {"code","text","span"} ({"text","span"} for
** uncoded ones). */
static void wmentions(FILE *f, const sima_doc *doc, const sima_sentence *s,
                      int coded) {
  int first = 1;
  fputc('[', f);
  for (uint32_t m = 0; m < doc->nmentions; m++) {
    const sima_mention *mm = &doc->mentions[m];
    if (mm->first < s->first || mm->first >= s->first + s->count ||
        (mm->code != NULL) != coded || mm->end < mm->start ||
        mm->end > doc->len)
      continue;
    fputs(first ? "{" : ",{", f);
    first = 0;
    if (coded) {
      fputs("\"code\":", f);
      sima_json_write_str(f, mm->code, strlen(mm->code));
      fputc(',', f);
    }
    fputs("\"text\":", f);
    sima_json_write_str(f, doc->text + mm->start, mm->end - mm->start);
    fprintf(f, ",\"span\":[%u,%u]}", mm->start, mm->end);
  }
  fputc(']', f);
}

/* One record: {"stage", "rule", "verb", "pattern", "code", "missing",
** "detail"}; members that do not apply are left out. */
static void wrecord(FILE *f, const sima_doc *doc, const sima_why *w) {
  fputs("{\"stage\":", f);
  const char *st = sima_why_stage_name(w->stage);
  sima_json_write_str(f, st, strlen(st));
  if (w->rule)
    wmember(f, "rule", w->rule);
  if (w->tok >= 0 && (uint32_t)w->tok < doc->ntokens) {
    const sima_token *tk = &doc->tokens[w->tok];
    fputs(",\"verb\":", f);
    wspan_text(f, doc, tk->off, tk->off + tk->len);
  }
  if (w->pattern)
    wmember(f, "pattern", w->pattern);
  if (w->code)
    wmember(f, "code", w->code[0] ? w->code : "---");
  if (w->missing)
    wmember(f, "missing", w->missing);
  if (w->detail)
    wmember(f, "detail", w->detail);
  fputc('}', f);
}

void sima_why_write_json(FILE *f, const sima_doc *doc, uint32_t s) {
  if (!f || !doc || s >= doc->nsents)
    return;
  const sima_sentence *sn = &doc->sents[s];
  size_t a, b;
  sima_sentence_span(doc, s, &a, &b);
  fputs("{\"doc\":", f);
  sima_json_write_str(f, doc->id ? doc->id : "", doc->id ? strlen(doc->id) : 0);
  fprintf(f, ",\"sentence\":%u,\"text\":", s);
  sima_json_write_str(f, doc->text + a, b - a);
  fputs(",\"coded\":false,\"actors\":", f);
  wmentions(f, doc, sn, 1);
  fputs(",\"uncoded\":", f);
  wmentions(f, doc, sn, 0);
  fputs(",\"why\":[", f);
  /* the records are in sentence order: the first of s by bisection */
  uint32_t lo = 0, hi = doc->nwhy;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (doc->why[mid].sentence < s)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (uint32_t i = lo; i < doc->nwhy && doc->why[i].sentence == s; i++) {
    if (i > lo)
      fputc(',', f);
    wrecord(f, doc, &doc->why[i]);
  }
  fputs("]}\n", f);
}
