/*
** dedup.c — RULE C-DUP-DOC: events that repeat an earlier event of the
** same document.
**
** News tells an act more than once: a headline and its lead sentence
** ("Honduras Arrests Clan Member." then "Honduran police arrested ..."),
** or a later paragraph that comes back to it.  Both are coded, and a
** store that counted both would count the act twice.  This pass marks the
** later event (sima_event.duplicate, dup_sentence, dup_event) and keeps it:
** users see every event, the store (src/store.c) counts a group once.
**
** The key is deliberately narrow (docs/output.md, "duplicate_of"): a
** false merge hides a real event, a missed one only counts an act twice.
*/
#include "arena.h"
#include "calendar.h"
#include "timex.h"
#include "words.h"

#include <string.h>

/* 1 when both codes are absent or equal. */
static int same_code(const char *a, const char *b) {
  if (!a || !b)
    return a == b;
  return strcmp(a, b) == 0;
}

/* Stand-in reference day for a document without a date (2000-01-01):
** only whether two events' own dates are equal matters here. */
#define STANDIN_DAY 10957

/* What C-DUP-DOC compares of one event. */
typedef struct dupinfo {
  uint32_t pos;  /* index among its sentence's events */
  int own;       /* a time expression of its own dates it */
  int32_t day, end; /* that period, [day, end) in days since 1970-01-01 */
  const char *src, *tgt; /* named actor of each side (an entry), or NULL */
  int another;   /* its clause tells one more act ("again", "other") */
  /* its group, when it is a group's first event: the group's period */
  int gown;
  int32_t gday, gend;
} dupinfo;

/* The first day after the period of `precision` that starts on day. */
static int32_t period_end(int32_t day, const char *precision) {
  static const struct {
    const char *name;
    int months;
  } len[] = {{"month", 1}, {"season", 3}, {"year", 12}, {"decade", 120}};
  if (!precision || !strcmp(precision, "day"))
    return day + 1;
  if (!strcmp(precision, "week"))
    return day + 7;
  for (size_t i = 0; i < sizeof len / sizeof len[0]; i++)
    if (!strcmp(precision, len[i].name)) {
      int y, m, d;
      calendar_date(day, &y, &m, &d);
      m += len[i].months - 1; /* (0-based, past December) */
      if (y < 1 || y + m / 12 > 9999) /* (outside the output's years) */
        return day + 1;
      int32_t end = calendar_days(y + m / 12, m % 12 + 1, 1);
      return end > day ? end : day + 1;
    }
  return day + 1;
}

/* 1 and the period [*day, *end) when a time expression of the event's own
** dates it: the one sima_dates_resolve used (date_rule set), or, without a
** document date, the one it would have used, resolved against a stand-in
** day. */
static int own_period(const sima_doc *doc, const sima_event *e, int32_t *day,
                      int32_t *end) {
  const char *precision = e->date_precision;
  int own;
  if (doc->date)
    own = e->date_rule && e->date &&
          sima_day_parse(e->date, strlen(e->date), day);
  else
    own = timex_event_day(doc, e, STANDIN_DAY, day, &precision);
  *end = own ? period_end(*day, precision) : 0;
  return own;
}

/* 1 when one period holds the other's first day ("in January 2016" and
** "on January 8, 2016"; "Thursday" and "Thursday"). */
static int periods_meet(int32_t a, int32_t aend, int32_t b, int32_t bend) {
  return (b >= a && b < aend) || (a >= b && a < bend);
}

/* The named actor (a group or person of the actor dictionaries, the
** mention's entry "orgs.txt:516") that the event side at token tok with
** code `code` is, through a pronoun's antecedent; NULL when the side is
** no such actor of that very code (an agent, "police"; a country; a
** composed or nominal actor; a code the coder changed). */
static const char *side_actor(const sima_doc *doc, int32_t tok,
                              const char *code) {
  if (tok < 0 || !code)
    return NULL;
  int32_t m = -1;
  for (uint32_t i = 0; i < doc->nmentions; i++) {
    const sima_mention *x = &doc->mentions[i];
    if ((uint32_t)tok >= x->first && (uint32_t)tok < x->first + x->count) {
      m = (int32_t)i;
      break;
    }
  }
  for (int hops = 0; m >= 0 && hops < 8; hops++) {
    const sima_mention *x = &doc->mentions[m];
    if (x->how != SIMA_RES_PRONOUN || x->antecedent < 0 ||
        (uint32_t)x->antecedent >= doc->nmentions)
      break;
    m = x->antecedent;
  }
  if (m < 0)
    return NULL;
  const sima_mention *x = &doc->mentions[m];
  if ((x->how != SIMA_RES_DICT && x->how != SIMA_RES_TITLE) || !x->entry ||
      !x->code || strcmp(x->code, code) != 0)
    return NULL;
  if (strncmp(x->entry, "orgs.txt:", 9) && strncmp(x->entry, "people.txt:", 11))
    return NULL;
  return x->entry;
}

/* 1 when token t is the event's verb, source or target. */
static int event_word(const sima_event *e, int32_t t) {
  return t >= 0 && (t == e->verb_tok || t == e->source_tok ||
                    t == e->target_tok);
}

/* 1 when the event's clause says it is one more act of its kind: an
** adverb of `more_adverbs` on its verb ("arrested them again", "have also
** captured"), or an adjective or determiner of `more_adjs` on its source
** or target ("members of other groups") or on a noun that is an object or
** oblique of one of the three ("on several other occasions"). */
static int another_act(const sima_doc *doc, const sima_event *e) {
  static const char *const more_adverbs[] = {"again", "also", "further"};
  static const char *const more_adjs[] = {"additional", "another", "further",
                                          "other"};
  if (!doc->syn || e->verb_tok < 0 || e->sentence >= doc->nsents)
    return 0;
  uint32_t b = doc->sents[e->sentence].first;
  uint32_t end = b + doc->sents[e->sentence].count;
  for (uint32_t t = b; t < end && t < doc->ntokens; t++) {
    const sima_syntax *x = &doc->syn[t];
    unsigned rel = sima_deprel_base(x->deprel);
    if (rel == SIMA_DEP_ADVMOD && x->head == e->verb_tok &&
        SIMA_WORDS_IN(more_adverbs, x->lemma))
      return 1;
    if ((rel != SIMA_DEP_AMOD && rel != SIMA_DEP_DET) ||
        !SIMA_WORDS_IN(more_adjs, x->lemma) || x->head < 0 ||
        (uint32_t)x->head >= doc->ntokens)
      continue;
    if (event_word(e, x->head) && x->head != e->verb_tok)
      return 1;
    const sima_syntax *n = &doc->syn[x->head];
    unsigned nrel = sima_deprel_base(n->deprel);
    if ((nrel == SIMA_DEP_OBJ || nrel == SIMA_DEP_OBL ||
         nrel == SIMA_DEP_NMOD) &&
        event_word(e, n->head))
      return 1;
  }
  return 0;
}

/* The duplicate key without the date (include/sima.h): source, target and
** CAMEO code exactly (a root-level agreement, 173 and 1731, is no repeat:
** docs/output.md), mood and negation. */
int sima_events_same_act(const sima_event *e, const sima_event *o) {
  return !strcmp(e->code, o->code) && e->mood == o->mood &&
         (e->negated != 0) == (o->negated != 0) &&
         same_code(e->source.code, o->source.code) &&
         same_code(e->target.code, o->target.code);
}

/* 1 when two named actors differ: both sides name dictionary groups or
** people and they are not the same ("FARC" and "AUC", both COLREB). */
static int actors_apart(const char *a, const char *b) {
  return a && b && strcmp(a, b) != 0;
}

/* 1 when both events count something in the same unit and no count of
** the one equals a count of the other ("arrested eight people", "arrested
** 1,553 people"): two acts. */
static int counts_apart(const sima_event *e, const sima_event *o) {
  int shared = 0;
  for (uint32_t i = 0; i < e->nquantities; i++)
    for (uint32_t k = 0; k < o->nquantities; k++) {
      const sima_quantity *a = &e->quantities[i], *b = &o->quantities[k];
      if (!same_code(a->unit, b->unit))
        continue;
      if (a->value == b->value)
        return 0;
      shared = 1;
    }
  return shared;
}

sima_status sima_events_mark_duplicates(sima_doc *doc, sima_error *err) {
  uint32_t n = doc->nevents;
  for (uint32_t i = 0; i < n; i++) {
    doc->events[i].duplicate = 0;
    doc->events[i].dup_sentence = doc->events[i].dup_event = 0;
  }
  if (n < 2)
    return SIMA_OK;
  dupinfo *di = sima_arena_alloc(doc->arena, n * sizeof *di);
  if (!di)
    return sima_error_set(err, SIMA_ERR_NOMEM, "%s: out of memory",
                          doc->id ? doc->id : "(document)");
  for (uint32_t i = 0; i < n; i++) {
    const sima_event *e = &doc->events[i];
    dupinfo *d = &di[i];
    d->pos = i > 0 && doc->events[i - 1].sentence == e->sentence
                 ? di[i - 1].pos + 1
                 : 0;
    d->own = own_period(doc, e, &d->day, &d->end);
    d->src = side_actor(doc, e->source_tok, e->source.code);
    d->tgt = side_actor(doc, e->target_tok, e->target.code);
    d->another = another_act(doc, e);
    d->gown = d->own;
    d->gday = d->day;
    d->gend = d->end;
  }
  for (uint32_t j = 1; j < n; j++) {
    sima_event *e = &doc->events[j];
    dupinfo *dj = &di[j];
    for (uint32_t i = 0; i < j; i++) {
      const sima_event *o = &doc->events[i];
      dupinfo *g = &di[i];
      if (o->duplicate || !sima_events_same_act(e, o))
        continue;
      /* dates: equal, or one of the two only the document's */
      if (dj->own && g->gown && !periods_meet(dj->day, dj->end, g->gday, g->gend))
        continue;
      if (actors_apart(dj->src, g->src) || actors_apart(dj->tgt, g->tgt) ||
          counts_apart(e, o) || dj->another)
        continue;
      e->duplicate = 1;
      e->dup_sentence = o->sentence;
      e->dup_event = g->pos;
      if (!g->gown && dj->own) { /* the group takes the act's own date */
        g->gown = 1;
        g->gday = dj->day;
        g->gend = dj->end;
      }
      break;
    }
  }
  return SIMA_OK;
}
