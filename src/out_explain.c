/*
** out_explain.c — the writer of `sima code --explain`: for one event, the
** tokens of its sentence with their tags, lemmas, heads and relations
** (the repaired parse the coder read), the parse repairs that changed the
** sentence, the paths from trigger to source and target, the cues of its
** mood, negation and attribution, and the pattern that fired.  Reads only
** the document and the event (include/sima.h) and the repair names.
*/
#include "repair.h"
#include "sima.h"

#include <stdio.h>
#include <string.h>

/* Prints "  what: w[i] --rel--> ... " from token `to` up its heads until
** `from` (the trigger) or the root, at most 12 steps; "none" when to < 0.
** syn is the parse the coder read. */
static void print_path(FILE *out, const sima_doc *doc, const sima_syntax *syn,
                       const char *what, int32_t from, int32_t to) {
  if (to < 0) {
    fprintf(out, "  %s: none\n", what);
    return;
  }
  fprintf(out, "  %s:", what);
  int32_t x = to;
  for (int i = 0; i < 12 && x >= 0 && (uint32_t)x < doc->ntokens; i++) {
    const sima_token *tk = &doc->tokens[x];
    fprintf(out, " %.*s[%d]", (int)tk->len, doc->text + tk->off, x);
    if (x == from)
      break;
    fprintf(out, " --%s-->", sima_deprel_name(syn[x].deprel));
    x = syn[x].head;
  }
  if (x != from)
    fprintf(out, " (not under the verb: inherited)");
  fputc('\n', out);
}

/* " (RULE: \"word\")" for a cue with a rule, nothing otherwise. */
static void print_cue(FILE *out, const sima_cue *q) {
  if (q->rule)
    fprintf(out, " (%s%s%s%s)", q->rule, q->text ? ": \"" : "",
            q->text ? q->text : "", q->text ? "\"" : "");
}

void sima_event_explain(FILE *out, const sima_doc *doc, const sima_event *ev) {
  if (!out || !doc || !ev)
    return;
  fprintf(out, "event %s %s -> %s  rule %s  (sentence %u)\n", ev->code,
          ev->source.code ? ev->source.code : "-",
          ev->target.code ? ev->target.code : "-", ev->rule ? ev->rule : "-",
          ev->sentence);
  /* the parse the coder read: the parser's after the repairs (repair.c) */
  const sima_syntax *syn = doc->csyn ? doc->csyn : doc->syn;
  if (ev->sentence < doc->nsents && syn) {
    const sima_sentence *s = &doc->sents[ev->sentence];
    repair_set fired = {{0}};
    if (doc->repaired)
      memcpy(fired.w, doc->repaired + (size_t)ev->sentence * REPAIR_SET_WORDS,
             sizeof fired.w);
    if (!repair_set_empty(&fired)) {
      /* `sima parse` shows the parse before them */
      fprintf(out, "  parse repairs (RULE C-REPAIR):");
      for (unsigned b = 0; b < 64 * REPAIR_SET_WORDS; b++)
        if (repair_set_has(&fired, b))
          fprintf(out, " %s", repair_name(b) ? repair_name(b) : "?");
      fputc('\n', out);
    }
    for (uint32_t i = s->first; i < s->first + s->count && i < doc->ntokens;
         i++) {
      const sima_token *tk = &doc->tokens[i];
      const sima_syntax *y = &syn[i];
      fprintf(out, "  %4u %-16.*s %-5s %-4s %-14s %5d %s%s\n", i, (int)tk->len,
              doc->text + tk->off, sima_upos_name(y->upos),
              sima_xpos_name(y->xpos), y->lemma ? y->lemma : "_", y->head,
              sima_deprel_name(y->deprel),
              (int32_t)i == ev->verb_tok     ? "   <- verb"
              : (int32_t)i == ev->source_tok ? "   <- source"
              : (int32_t)i == ev->target_tok ? "   <- target"
                                             : "");
    }
    print_path(out, doc, syn, "source", ev->verb_tok, ev->source_tok);
    print_path(out, doc, syn, "target", ev->verb_tok, ev->target_tok);
  }
  fprintf(out, "  mood %s", sima_mood_name(ev->mood));
  print_cue(out, &ev->mood_cue);
  if (ev->negated) {
    fputs(", negated", out);
    print_cue(out, &ev->neg_cue);
  }
  fputc('\n', out);
  if (ev->has_attribution)
    fprintf(out, "  attributed to \"%s\" (%s)\n",
            ev->attribution.text ? ev->attribution.text : "",
            ev->attr_rule ? ev->attr_rule : "-");
  if (ev->date_rule && ev->date_end > ev->date_start &&
      ev->date_end <= doc->len)
    fprintf(out, "  date %s (%s, %s: \"%.*s\")\n", ev->date ? ev->date : "-",
            ev->date_precision ? ev->date_precision : "-", ev->date_rule,
            (int)(ev->date_end - ev->date_start), doc->text + ev->date_start);
  if (ev->location)
    fprintf(out, "  place \"%s\" %s (%s)\n", ev->location,
            ev->loc_country ? ev->loc_country : "-",
            ev->loc_rule ? ev->loc_rule : "-");
  fprintf(out, "  pattern %s\n", ev->pattern ? ev->pattern : "-");
}
