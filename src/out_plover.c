/*
** out_plover.c — `sima code --format plover`: one PLOVER JSON record per
** line, with the field names of the PLOVER manual's "Data Fields" chapter
** (id, date, actor, recipient, event, event_text, quad_code, event_scale,
** mode, context, text, text_info, coder) plus `cameo`, `rule` and
** `duplicate_of` (RULE C-DUP-DOC, as in docs/output.md).
** Negated, hypothetical/possible and planned/expected events carry the
** PLOVER auxiliary modes "negation", "hypothetical" and "future" in
** `context`.  No header.
*/
#include "sima.h"

#include <string.h>

void sima_event_write_plover_header(FILE *o) { (void)o; }

static void str(FILE *o, const char *s) {
  if (s)
    sima_json_write_str(o, s, strlen(s));
  else
    fputs("null", o);
}

static void entity(FILE *o, const sima_actor_ref *a) {
  if (!a->code && !a->text) {
    fputs("[]", o);
    return;
  }
  fputs("[{\"code\":", o);
  if (a->country && a->country[0])
    str(o, a->country);
  else if (a->code)
    fprintf(o, "\"%.3s\"", a->code);
  else
    fputs("null", o);
  fputs(",\"sector\":", o);
  str(o, a->sector && a->sector[0] ? a->sector : NULL);
  fputs(",\"entity_text\":", o);
  str(o, a->text);
  fputs(",\"identifier_text\":", o);
  str(o, a->code);
  fputs("}]", o);
}

void sima_event_write_plover(FILE *o, const sima_doc *doc,
                             const sima_event *ev) {
  fputs("{\"id\":", o);
  char id[512];
  snprintf(id, sizeof id, "%s-%u-%u-%u-%u-%s", doc->id ? doc->id : "-",
           ev->sentence, ev->verb_start, ev->source.start, ev->target.start,
           ev->code);
  str(o, id);
  fputs(",\"date\":", o);
  str(o, ev->date ? ev->date : doc->date);
  fputs(",\"actor\":", o);
  entity(o, &ev->source);
  fputs(",\"recipient\":", o);
  entity(o, &ev->target);
  fputs(",\"event\":[", o);
  if (ev->plover)
    str(o, ev->plover);
  fputs("],\"event_text\":[", o);
  if (ev->verb_text)
    str(o, ev->verb_text);
  fprintf(o, "],\"quad_code\":%d,\"event_scale\":%.1f,\"mode\":[]",
          ev->quad_class, ev->goldstein);
  fputs(",\"context\":[", o);
  int n = 0;
  if (ev->negated)
    fputs(n++ ? ",\"negation\"" : "\"negation\"", o);
  if (ev->mood == SIMA_MOOD_HYPOTHETICAL || ev->mood == SIMA_MOOD_POSSIBLE)
    fputs(n++ ? ",\"hypothetical\"" : "\"hypothetical\"", o);
  if (ev->mood == SIMA_MOOD_PLANNED || ev->mood == SIMA_MOOD_EXPECTED)
    fputs(n++ ? ",\"future\"" : "\"future\"", o);
  fputs("],\"text\":", o);
  if (ev->sentence < doc->nsents) {
    size_t a, b;
    sima_sentence_span(doc, ev->sentence, &a, &b);
    sima_json_write_str(o, doc->text + a, b - a);
    fprintf(o, ",\"text_info\":{\"sequence\":%u,\"start\":%zu,\"end\":%zu}",
            ev->sentence, a, b);
  } else {
    fputs("null", o);
  }
  fputs(",\"cameo\":", o);
  str(o, ev->code);
  fputs(",\"rule\":", o);
  str(o, ev->rule);
  /* RULE C-DUP-DOC: sima's own member, as in the JSONL output */
  if (ev->duplicate)
    fprintf(o, ",\"duplicate_of\":{\"sentence\":%u,\"event\":%u}",
            ev->dup_sentence, ev->dup_event);
  else
    fputs(",\"duplicate_of\":null", o);
  fputs(",\"coder\":\"sima " SIMA_VERSION "\"}\n", o);
}
