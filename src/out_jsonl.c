/*
** out_jsonl.c — the JSONL event writer: one JSON object per event, the
** output contract of `sima code` (docs/output.md).  Field order is fixed
** so that output diffs cleanly.
*/
#include "sima.h"

#include <string.h>

static void put_str(FILE *o, const char *s) {
  if (s)
    sima_json_write_str(o, s, strlen(s));
  else
    fputs("null", o);
}

static void put_span(FILE *o, uint32_t a, uint32_t b) {
  fprintf(o, "[%u,%u]", a, b);
}

static void put_actor(FILE *o, const sima_actor_ref *r) {
  if (!r->code && !r->text) {
    fputs("null", o);
    return;
  }
  fputs("{\"code\":", o);
  put_str(o, r->code);
  fputs(",\"country\":", o);
  put_str(o, r->country ? r->country : "");
  fputs(",\"sector\":", o);
  put_str(o, r->sector ? r->sector : "");
  fputs(",\"text\":", o);
  put_str(o, r->text);
  fputs(",\"span\":", o);
  put_span(o, r->start, r->end);
  putc('}', o);
}

/* %.17g round-trips, but Goldstein weights are one decimal: keep them
** short. */
static void put_num(FILE *o, double v) {
  char buf[40];
  snprintf(buf, sizeof buf, "%.6g", v);
  fputs(buf, o);
}

void sima_event_write_json(FILE *o, const sima_doc *doc, const sima_event *ev) {
  fputs("{\"doc\":", o);
  put_str(o, doc->id ? doc->id : "");
  fprintf(o, ",\"sentence\":%u,\"text\":", ev->sentence);
  if (ev->sentence < doc->nsents) {
    size_t a, b;
    sima_sentence_span(doc, ev->sentence, &a, &b);
    sima_json_write_str(o, doc->text + a, b - a);
  } else {
    fputs("null", o);
  }
  fputs(",\"date\":", o);
  put_str(o, ev->date);
  fputs(",\"doc_date\":", o);
  put_str(o, doc->date);
  fputs(",\"time\":", o);
  if (ev->date_precision && ev->date_end > ev->date_start) {
    fputs("{\"text\":", o);
    sima_json_write_str(o, doc->text + ev->date_start,
                        ev->date_end - ev->date_start);
    fputs(",\"precision\":", o);
    put_str(o, ev->date_precision);
    fputs(",\"span\":", o);
    put_span(o, ev->date_start, ev->date_end);
    putc('}', o);
  } else {
    fputs("null", o);
  }
  fputs(",\"source\":", o);
  put_actor(o, &ev->source);
  fputs(",\"target\":", o);
  put_actor(o, &ev->target);
  fputs(",\"code\":", o);
  put_str(o, ev->code);
  fprintf(o, ",\"root\":\"%02d\",\"quad_class\":%d,\"goldstein\":", ev->root,
          ev->quad_class);
  put_num(o, ev->goldstein);
  fputs(",\"plover\":", o);
  put_str(o, ev->plover);
  fputs(",\"mood\":", o);
  put_str(o, sima_mood_name(ev->mood));
  fprintf(o, ",\"negated\":%s,\"attribution\":", ev->negated ? "true" : "false");
  if (ev->has_attribution) {
    fputs("{\"text\":", o);
    put_str(o, ev->attribution.text);
    fputs(",\"code\":", o);
    put_str(o, ev->attribution.code);
    fputs(",\"span\":", o);
    put_span(o, ev->attribution.start, ev->attribution.end);
    putc('}', o);
  } else {
    fputs("null", o);
  }
  fputs(",\"verb\":{\"text\":", o);
  put_str(o, ev->verb_text);
  fputs(",\"lemma\":", o);
  put_str(o, ev->verb_lemma);
  fputs(",\"span\":", o);
  put_span(o, ev->verb_start, ev->verb_end);
  fputs("},\"rule\":", o);
  put_str(o, ev->rule);
  fputs(",\"location\":", o);
  if (ev->location) {
    fputs("{\"text\":", o);
    put_str(o, ev->location);
    fputs(",\"span\":", o);
    put_span(o, ev->loc_start, ev->loc_end);
    putc('}', o);
  } else {
    fputs("null", o);
  }
  fputs(",\"quantities\":[", o);
  for (uint32_t i = 0; i < ev->nquantities; i++) {
    const sima_quantity *q = &ev->quantities[i];
    if (i)
      putc(',', o);
    fputs("{\"text\":", o);
    put_str(o, q->text);
    fputs(",\"value\":", o);
    put_num(o, q->value);
    fputs(",\"unit\":", o);
    put_str(o, q->unit);
    fputs(",\"span\":", o);
    put_span(o, q->start, q->end);
    putc('}', o);
  }
  fputs("]}\n", o);
}
