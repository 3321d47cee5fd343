/*
** sentence.c — groups a document's tokens into sentences.
**
** Runs after the tokenizer.  Marks the title (tokens before doc->body_off)
** as one TITLE sentence (with no title given, a first line in title case:
** a headline glued to the body) and a leading dateline ("BEIJING (Reuters) -",
** "WASHINGTON, Sept. 26 (AP) —") as a DATELINE sentence, then splits the
** body.  A sentence ends after . ! ? or an ellipsis (with any closing quotes
** and brackets that follow) when the next token can start a sentence; after
** an abbreviation only when the next word is a typical sentence opener
** ("in the U.S. The ..."), never after a title (Mr. Gen.) or an initial;
** and always at a blank line.  Very long runs are cut at SENT_MAX tokens so
** later stages stay linear.
*/
#include "arena.h"
#include "sentence.h"
#include "tokenize.h"
#include "utf8.h"

#include <string.h>

#define SENT_SOFT 300 /* past this, cut at the next , ; : */
#define SENT_MAX 500  /* hard cut */

static int tok_is(const sima_token *t, const char *s) {
  return t->nnorm == strlen(s) && memcmp(t->norm, s, t->nnorm) == 0;
}

static int starts_upper(const sima_token *t) {
  return (t->flags & SIMA_TOKF_CAPITAL) != 0;
}

static int starts_lower(const sima_token *t) {
  int32_t cp;
  utf8_decode((const unsigned char *)t->norm, t->nnorm ? t->nnorm : 1, &cp);
  return cp >= 0 && utf8_is_lower(cp);
}

static int is_closer(const sima_token *t) {
  if (t->kind == SIMA_TOK_QUOTE)
    return 1;
  return t->kind == SIMA_TOK_PUNCT && (tok_is(t, ")") || tok_is(t, "]"));
}

/* Words that typically open a sentence: after "U.S." or "Inc." they mean
** the abbreviation also ended the sentence.  (p16g: RULE T-ABBREV-OPENER,
** with adverbs, subordinators and participles that open sentences:
** "migrants making their way to the U.S. Speaking at the opening ...",
** "to the U.S. According to ...", "to the U.S. Earlier this month".) */
static const char *const openers[] = {
    "A", "According", "After", "Also", "Although", "An", "And", "As", "At",
    "Because", "Before", "But", "By", "Despite", "During", "Earlier",
    "Following", "For", "He", "Her", "His", "However", "I", "If", "In", "It",
    "Its", "Last", "Later", "Many", "Meanwhile", "Mr.", "Mrs.", "Ms.", "No",
    "Now", "On", "One", "Our", "Part", "She", "Since", "So", "Some",
    "Speaking", "Still", "That", "The", "Their", "Then", "There", "These",
    "They", "This", "Those", "Though", "To", "Under", "Until", "We", "What",
    "When", "While", "Why", "With", "Yet", "You"};

static int is_opener(const sima_token *t) {
  for (size_t k = 0; k < sizeof openers / sizeof openers[0]; k++)
    if (tok_is(t, openers[k]))
      return 1;
  return 0;
}

static int is_weekday(const sima_token *t) {
  static const char *const days[] = {"Monday",   "Tuesday", "Wednesday",
                                     "Thursday", "Friday",  "Saturday",
                                     "Sunday"};
  for (size_t k = 0; k < 7; k++)
    if (tok_is(t, days[k]))
      return 1;
  return 0;
}

static int all_caps_word(const sima_token *t) {
  if (t->kind != SIMA_TOK_WORD || t->nnorm < 2)
    return 0;
  int letters = 0;
  for (uint32_t k = 0; k < t->nnorm; k++) {
    unsigned char c = (unsigned char)t->norm[k];
    if (c >= 'a' && c <= 'z')
      return 0;
    if (c >= 'A' && c <= 'Z')
      letters++;
  }
  return letters >= 2;
}

/* Finds a dateline at tokens [b, e): returns the index one past its dash
** (or colon), or b when there is none. */
static uint32_t find_dateline(const sima_token *tok, uint32_t b, uint32_t e) {
  if (b >= e || !all_caps_word(&tok[b]))
    return b;
  int caps = 0, paren = 0, agency = 0;
  for (uint32_t k = b; k < e && k < b + 16; k++) {
    const sima_token *t = &tok[k];
    if ((t->kind == SIMA_TOK_DASH && !(t->flags & SIMA_TOKF_JOINED)) ||
        (tok_is(t, ":") && caps)) {
      if (k == b || paren)
        return b;
      if (!caps && !agency)
        return b;
      /* The dash must be followed by more text on the same line. */
      if (k + 1 >= e || (tok[k + 1].flags & SIMA_TOKF_NEWLINE_BEFORE))
        return b;
      /* ... and the story starts with a capital: "NATO - the alliance" is
      ** prose, "LONDON - Britain said" a dateline. */
      if (!starts_upper(&tok[k + 1]) && tok[k + 1].kind != SIMA_TOK_QUOTE)
        return b;
      return k + 1;
    }
    if (all_caps_word(t)) {
      caps++;
      continue;
    }
    if (tok_is(t, "(")) {
      paren++;
      continue;
    }
    if (paren && t->kind == SIMA_TOK_WORD)
      continue; /* the agency: "(Reuters)", "(AP)", "(sima example)" */
    if (tok_is(t, ")")) {
      if (!paren)
        return b;
      paren--;
      agency = 1;
      continue;
    }
    if (tok_is(t, ",") || tok_is(t, ".") || t->kind == SIMA_TOK_NUMBER ||
        starts_upper(t) || (t->kind == SIMA_TOK_DASH && (t->flags & SIMA_TOKF_JOINED)))
      continue;
    return b; /* a lower-case word: ordinary prose */
  }
  return b;
}

static int push(sima_doc *doc, uint32_t *cap, uint32_t first, uint32_t end,
                uint32_t kind) {
  if (end <= first)
    return 0;
  if (ARENA_RESERVE(doc->arena, doc->sents, doc->nsents, *cap) != 0)
    return -1;
  sima_sentence *s = &doc->sents[doc->nsents++];
  s->first = first;
  s->count = end - first;
  s->kind = kind;
  return 0;
}

/* Is there a sentence boundary right after token k (k+1 < e)? */
static int boundary_after(const sima_token *tok, uint32_t k, uint32_t e,
                          uint32_t *next) {
  const sima_token *t = &tok[k];
  int term = 0;
  if (t->kind == SIMA_TOK_PUNCT &&
      (tok_is(t, ".") || t->norm[0] == '!' || t->norm[0] == '?'))
    term = 1;
  else if (t->kind == SIMA_TOK_ELLIPSIS)
    term = 2;
  else if (t->flags & SIMA_TOKF_ABBREV)
    term = 3;
  if (!term)
    return 0;
  uint32_t j = k + 1;
  /* Closing quotes and brackets stay with the sentence they close, if
  ** they are attached (no space before) or the next token is on a new
  ** line or space-separated opener. */
  while (j < e && is_closer(&tok[j]) &&
         !(tok[j].flags & SIMA_TOKF_SPACE_BEFORE))
    j++;
  if (j >= e) {
    *next = j;
    return 1;
  }
  const sima_token *n = &tok[j];
  if (n->flags & SIMA_TOKF_PARA_BEFORE) {
    *next = j;
    return 1;
  }
  if (term == 3) {
    /* Abbreviation: Mr./Gen./initials never end a sentence. */
    const char *w = t->norm;
    size_t wl = t->nnorm - 1;
    abbr_class c = tok_abbrev_class(w, wl);
    if (c == ABBR_TITLE || c == ABBR_NUMBER)
      return 0;
    if (c == ABBR_NONE && wl == 1)
      return 0; /* an initial: "J. K. Rowling" */
    if (c == ABBR_MONTH && n->kind == SIMA_TOK_NUMBER)
      return 0;
    if ((tok_is(t, "a.m.") || tok_is(t, "p.m.")) && starts_upper(n) &&
        !is_weekday(n)) {
      *next = j; /* "at 5 p.m. Nobody" */
      return 1;
    }
    if (is_opener(n) || (n->kind == SIMA_TOK_QUOTE && j + 1 < e &&
                         starts_upper(&tok[j + 1]))) {
      *next = j;
      return 1;
    }
    return 0;
  }
  if (starts_lower(n) && n->kind == SIMA_TOK_WORD && term != 1)
    return 0; /* "..." and then */
  if (starts_lower(n) && n->kind == SIMA_TOK_WORD && !tok_is(t, "."))
    return 0; /* "Why?" he asked. */
  if (term == 2 && !starts_upper(n) && n->kind != SIMA_TOK_QUOTE)
    return 0;
  if (n->kind == SIMA_TOK_PUNCT && !tok_is(n, "(") && !tok_is(n, "["))
    return 0; /* ". ," stray punctuation */
  *next = j;
  return 1;
}

/* Splits tokens [b, e) into body sentences. */
static int split_body(sima_doc *doc, uint32_t *cap, uint32_t b, uint32_t e) {
  const sima_token *tok = doc->tokens;
  uint32_t start = b;
  for (uint32_t k = b; k < e; k++) {
    if (k > start && (tok[k].flags & SIMA_TOKF_PARA_BEFORE)) {
      if (push(doc, cap, start, k, SIMA_SENT_BODY))
        return -1;
      start = k;
    }
    uint32_t next;
    if (boundary_after(tok, k, e, &next)) {
      if (push(doc, cap, start, next, SIMA_SENT_BODY))
        return -1;
      start = next;
      k = next - 1;
      continue;
    }
    uint32_t len = k + 1 - start;
    if (len >= SENT_MAX ||
        (len >= SENT_SOFT && tok[k].kind == SIMA_TOK_PUNCT &&
         (tok_is(&tok[k], ",") || tok_is(&tok[k], ";") ||
          tok_is(&tok[k], ":")))) {
      if (push(doc, cap, start, k + 1, SIMA_SENT_BODY))
        return -1;
      start = k + 1;
    }
  }
  return push(doc, cap, start, e, SIMA_SENT_BODY);
}

/* 1 when the last of tokens first..first+count-1 is a "." or "?". */
static int sentence_end(const sima_doc *doc, uint32_t first, uint32_t count) {
  if (count == 0 || first + count > doc->ntokens)
    return 0;
  const sima_token *t = &doc->tokens[first + count - 1];
  char ch = doc->text[t->off];
  return t->len == 1 && (ch == '.' || ch == '?');
}

int sentence_title_case(const sima_doc *doc, uint32_t first,
                        uint32_t count) {
  uint32_t words = 0, caps = 0;
  for (uint32_t i = first; i < first + count && i < doc->ntokens; i++) {
    const sima_token *t = &doc->tokens[i];
    const char *s = doc->text + t->off;
    /* (RULE C-ATTR-HEADLINE: a colon of its own in a line that ends as a
    ** sentence ends is a headline's, "Gangs Arm Rebels: Report."; a time
    ** or an address holds one, a label or a list ends with none) */
    int other = 0, colon = 0; /* one pass for the four bytes */
    for (uint32_t k = 0; k < t->len && !other; k++) {
      other = s[k] == '@' || s[k] == '/' || s[k] == '<';
      colon |= s[k] == ':';
    }
    if (other || (colon && (t->len > 1 || !sentence_end(doc, first, count))))
      return 0;
    if (t->len < 4 ||
        !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')))
      continue;
    if (s[0] >= 'a' && s[0] <= 'z')
      return 0; /* a lower-case word: caps < words, whatever follows */
    words++;
    caps++;
  }
  return words >= 3 && caps == words;
}

sima_status sima_split(sima_doc *doc, sima_error *err) {
  uint32_t cap = 0, b = 0, e = doc->ntokens;
  doc->sents = NULL;
  doc->nsents = 0;
  if (doc->title_len) {
    while (b < e && doc->tokens[b].off < doc->title_len)
      b++;
    if (push(doc, &cap, 0, b, SIMA_SENT_TITLE))
      goto oom;
  }
  uint32_t d = find_dateline(doc->tokens, b, e);
  if (d > b) {
    if (push(doc, &cap, b, d, SIMA_SENT_DATELINE))
      goto oom;
    b = d;
  }
  uint32_t body = doc->nsents;
  if (split_body(doc, &cap, b, e))
    goto oom;
  /* RULE T-HEADLINE: with no title given, a first line in title case
  ** followed by more text is the headline glued to the body (one article
  ** a line: "Honduras Arrests Member of Prominent Drug Clan. Honduran
  ** police arrested ..."): a TITLE sentence, whose capitals are no names
  ** (the actor recognizer) and whose present tense tells news (the
  ** coder) */
  if (!doc->title_len && !doc->no_title && body == 0 && doc->nsents >= 2 &&
      sentence_title_case(doc, doc->sents[0].first, doc->sents[0].count))
    doc->sents[0].kind = SIMA_SENT_TITLE;
  return SIMA_OK;
oom:
  return sima_error_set(err, SIMA_ERR_NOMEM,
                        "%s: out of memory while splitting sentences",
                        doc->id ? doc->id : "(document)");
}

void sima_sentence_span(const sima_doc *doc, uint32_t i, size_t *start,
                        size_t *end) {
  const sima_sentence *s = &doc->sents[i];
  const sima_token *f = &doc->tokens[s->first];
  const sima_token *l = &doc->tokens[s->first + s->count - 1];
  *start = f->off;
  *end = (size_t)l->off + l->len;
}

/* ORDER sima_sent_kind */
const char *sima_sent_kind_name(unsigned kind) {
  static const char *const names[] = {"body", "title", "dateline"};
  return kind < 3 ? names[kind] : "?";
}
