/*
** out_petrarch.c — `sima code --format petrarch`: events in PETRARCH2's
** tab-separated event-file layout (PETRwriter.write_events):
**
**   DATE  SOURCE  TARGET  CODE  ISSUES  IDS  URL  STORYSOURCE
**   SOURCE_TEXT  TARGET_TEXT  EVENT_TEXT
**
** DATE is YYYYMMDD, IDS is "<doc>_<sentence>", actors without a code are
** written "---" as PETRARCH does; ISSUES stays empty (sima codes none).
** PETRARCH2 files have no header line, so the header function writes
** nothing.
*/
#include "sima.h"

#include <string.h>

void sima_event_write_petrarch_header(FILE *o) { (void)o; }

static void field(FILE *o, const char *s) {
  if (!s)
    return;
  for (; *s; s++)
    putc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, o);
}

static void actor(FILE *o, const sima_actor_ref *a) {
  if (a->code && a->code[0])
    field(o, a->code);
  else if (a->sector && a->sector[0]) {
    fputs("---", o);
    field(o, a->sector);
  } else
    fputs("---", o);
}

void sima_event_write_petrarch(FILE *o, const sima_doc *doc,
                               const sima_event *ev) {
  const char *date = ev->date ? ev->date : doc->date;
  if (date && strlen(date) >= 10)
    fprintf(o, "%.4s%.2s%.2s", date, date + 5, date + 8);
  putc('\t', o);
  actor(o, &ev->source);
  putc('\t', o);
  actor(o, &ev->target);
  putc('\t', o);
  field(o, ev->code);
  fputs("\t\t", o); /* issues: none */
  field(o, doc->id);
  fprintf(o, "_%u\t", ev->sentence);
  field(o, doc->url);
  putc('\t', o);
  field(o, doc->source ? doc->source : "NULL");
  putc('\t', o);
  field(o, ev->source.text);
  putc('\t', o);
  field(o, ev->target.text);
  putc('\t', o);
  field(o, ev->verb_text);
  putc('\n', o);
}
