/*
** out_tsv.c — the TSV event writer of `sima code --format tsv`: PETRARCH-
** like columns (date, source, target, code first) and a header line.
** Tabs and newlines inside fields are written as \t and \n.
*/
#include "sima.h"

#include <string.h>

void sima_event_write_tsv_header(FILE *o) {
  fputs("doc\tsentence\tdate\tsource\ttarget\tcode\troot\tquad_class\t"
        "goldstein\tplover\tmood\tnegated\tattribution\tverb\trule\t"
        "source_text\ttarget_text\ttext\tduplicate_of\n",
        o);
}

void sima_tsv_write_field(FILE *o, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c == '\t')
      fputs("\\t", o);
    else if (c == '\n')
      fputs("\\n", o);
    else if (c == '\r')
      fputs("\\r", o);
    else if (c == '\\')
      fputs("\\\\", o);
    else
      putc(c, o);
  }
}

static void zfield(FILE *o, const char *s) {
  if (s)
    sima_tsv_write_field(o, s, strlen(s));
}

void sima_event_write_tsv(FILE *o, const sima_doc *doc, const sima_event *ev) {
  zfield(o, doc->id);
  fprintf(o, "\t%u\t", ev->sentence);
  zfield(o, ev->date);
  putc('\t', o);
  zfield(o, ev->source.code);
  putc('\t', o);
  zfield(o, ev->target.code);
  fprintf(o, "\t%s\t%02d\t%d\t%.1f\t", ev->code, ev->root, ev->quad_class,
          ev->goldstein);
  zfield(o, ev->plover);
  fprintf(o, "\t%s\t%d\t", sima_mood_name(ev->mood), ev->negated ? 1 : 0);
  if (ev->has_attribution)
    zfield(o, ev->attribution.code ? ev->attribution.code
                                   : ev->attribution.text);
  putc('\t', o);
  zfield(o, ev->verb_lemma);
  putc('\t', o);
  zfield(o, ev->rule);
  putc('\t', o);
  zfield(o, ev->source.text);
  putc('\t', o);
  zfield(o, ev->target.text);
  putc('\t', o);
  if (ev->sentence < doc->nsents) {
    size_t a, b;
    sima_sentence_span(doc, ev->sentence, &a, &b);
    sima_tsv_write_field(o, doc->text + a, b - a);
  }
  /* RULE C-DUP-DOC, last so that the columns before keep their places */
  putc('\t', o);
  if (ev->duplicate)
    fprintf(o, "%u.%u", ev->dup_sentence, ev->dup_event);
  putc('\n', o);
}
