/*
** tokenize.c — splits a document's text into tokens.
**
** Tokens are spans of doc->text; nothing is copied but the small folded
** `norm` form used for matching.  The scanner looks at one code point at a
** time and picks a rule by its class, in this order:
**
**   URL (http://, www.)   e-mail   @handle   #hashtag
**   currency sign before a digit ($ of $400m: UD keeps it apart)
**   number (1,200  3.5  10:30  400m  1990s), then -compound (110-mile)
**   word (letters/digits with inner ' - . : O'Brien, Biden-era, U.S.)
**     + abbreviation full stop (Mr. Gen. Jan. U.S. J.)
**     + UD clitic split (do|n't  China|'s  can|not  gon|na)
**   punctuation: ellipsis, dash runs, quote, ?!, single marks, other symbol
**
** Clitics follow Universal Dependencies so that the parser trained on EWT
** sees the tokens it was trained on.
*/
#include "tokenize.h"
#include "arena.h"
#include "utf8.h"

#include <string.h>

/* ORDER: sorted for bsearch (strcmp order). */
static const struct {
  const char *w;
  abbr_class c;
} abbrevs[] = {
    {"Adm", ABBR_TITLE}, {"Ala", ABBR_PLAIN}, {"Apr", ABBR_MONTH},
    {"Ariz", ABBR_PLAIN}, {"Ark", ABBR_PLAIN}, {"Assn", ABBR_PLAIN},
    {"Aug", ABBR_MONTH}, {"Ave", ABBR_PLAIN}, {"Blvd", ABBR_PLAIN},
    {"Brig", ABBR_TITLE}, {"Bros", ABBR_PLAIN}, {"Calif", ABBR_PLAIN},
    {"Capt", ABBR_TITLE}, {"Cdr", ABBR_TITLE}, {"Cmdr", ABBR_TITLE},
    {"Co", ABBR_PLAIN}, {"Col", ABBR_TITLE}, {"Colo", ABBR_PLAIN},
    {"Conn", ABBR_PLAIN}, {"Corp", ABBR_PLAIN}, {"Cpl", ABBR_TITLE},
    {"Dec", ABBR_MONTH}, {"Del", ABBR_PLAIN}, {"Dept", ABBR_PLAIN},
    {"Dr", ABBR_TITLE}, {"Feb", ABBR_MONTH}, {"Fla", ABBR_PLAIN},
    {"Fr", ABBR_TITLE}, {"Fri", ABBR_PLAIN}, {"Ft", ABBR_PLAIN},
    {"Ga", ABBR_PLAIN}, {"Gen", ABBR_TITLE}, {"Gov", ABBR_TITLE},
    {"Hon", ABBR_TITLE}, {"Ill", ABBR_PLAIN}, {"Inc", ABBR_PLAIN},
    {"Jan", ABBR_MONTH}, {"Jr", ABBR_PLAIN}, {"Jul", ABBR_MONTH},
    {"Jun", ABBR_MONTH}, {"Kan", ABBR_PLAIN}, {"Ky", ABBR_PLAIN},
    {"La", ABBR_PLAIN}, {"Lt", ABBR_TITLE}, {"Ltd", ABBR_PLAIN},
    {"Maj", ABBR_TITLE}, {"Mar", ABBR_MONTH}, {"Mass", ABBR_PLAIN},
    {"Md", ABBR_PLAIN}, {"Messrs", ABBR_TITLE}, {"Mich", ABBR_PLAIN},
    {"Minn", ABBR_PLAIN}, {"Miss", ABBR_PLAIN}, {"Mo", ABBR_PLAIN},
    {"Mon", ABBR_PLAIN}, {"Mr", ABBR_TITLE}, {"Mrs", ABBR_TITLE},
    {"Ms", ABBR_TITLE}, {"Msgr", ABBR_TITLE}, {"Mt", ABBR_TITLE},
    {"Neb", ABBR_PLAIN}, {"Nev", ABBR_PLAIN}, {"No", ABBR_NUMBER},
    {"Nos", ABBR_NUMBER}, {"Nov", ABBR_MONTH}, {"Oct", ABBR_MONTH},
    {"Okla", ABBR_PLAIN}, {"Ore", ABBR_PLAIN}, {"Pa", ABBR_PLAIN},
    {"Pfc", ABBR_TITLE}, {"Pres", ABBR_TITLE}, {"Prof", ABBR_TITLE},
    {"Pte", ABBR_TITLE}, {"Pvt", ABBR_TITLE}, {"Rep", ABBR_TITLE},
    {"Reps", ABBR_TITLE}, {"Rev", ABBR_TITLE}, {"Sat", ABBR_PLAIN},
    {"Sen", ABBR_TITLE}, {"Sens", ABBR_TITLE}, {"Sep", ABBR_MONTH},
    {"Sept", ABBR_MONTH}, {"Sgt", ABBR_TITLE}, {"Sr", ABBR_PLAIN},
    {"St", ABBR_TITLE}, {"Sun", ABBR_PLAIN}, {"Supt", ABBR_TITLE},
    {"Tenn", ABBR_PLAIN}, {"Tex", ABBR_PLAIN}, {"Thu", ABBR_PLAIN},
    {"Thurs", ABBR_PLAIN}, {"Tue", ABBR_PLAIN}, {"Tues", ABBR_PLAIN},
    {"Va", ABBR_PLAIN}, {"Vol", ABBR_NUMBER}, {"Vt", ABBR_PLAIN},
    {"Wash", ABBR_PLAIN}, {"Wed", ABBR_PLAIN}, {"Wis", ABBR_PLAIN},
    {"approx", ABBR_PLAIN}, {"cf", ABBR_PLAIN}, {"est", ABBR_PLAIN},
    {"etc", ABBR_PLAIN}, {"ft", ABBR_PLAIN}, {"inc", ABBR_PLAIN},
    {"jr", ABBR_PLAIN}, {"mr", ABBR_TITLE}, {"mrs", ABBR_TITLE},
    {"no", ABBR_NUMBER}, {"nos", ABBR_NUMBER}, {"pop", ABBR_PLAIN},
    {"v", ABBR_PLAIN}, {"vol", ABBR_NUMBER}, {"vs", ABBR_PLAIN},
};

abbr_class tok_abbrev_class(const char *s, size_t n) {
  size_t lo = 0, hi = sizeof abbrevs / sizeof abbrevs[0];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    const char *w = abbrevs[mid].w;
    int c = strncmp(w, s, n);
    if (c == 0 && w[n] != '\0')
      c = 1;
    if (c == 0)
      return abbrevs[mid].c;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return ABBR_NONE;
}

/* ASCII letters and digits, for the scanner's fast path (SQLite aiClass). */
static const unsigned char ascii_alnum[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1,
    ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1, ['A'] = 1, ['B'] = 1,
    ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
    ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
    ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1,
    ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
    ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
    ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
    ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
    ['y'] = 1, ['z'] = 1};

/* The scanner state: text, position, and the token vector being built. */
typedef struct scan {
  const char *t;
  size_t n;
  sima_arena *a;
  sima_token *tok;
  uint32_t ntok, cap;
  uint16_t pending; /* SPACE/NEWLINE/PARA flags for the next token */
  int oom;
  size_t next_at; /* offset of the next '@' at or after the scan point */
  int nul;        /* t[n] is a readable NUL: loops may skip bound checks */
} scan;

static inline int32_t cp_at(const scan *s, size_t i, size_t *len) {
  if (i >= s->n) {
    *len = 0;
    return -1;
  }
  if ((unsigned char)s->t[i] < 0x80) {
    *len = 1;
    return (unsigned char)s->t[i];
  }
  int32_t cp;
  *len = utf8_decode((const unsigned char *)s->t + i, s->n - i, &cp);
  return cp;
}

static int32_t peek(const scan *s, size_t i) {
  size_t l;
  return cp_at(s, i, &l);
}

static inline int is_alnum_cp(int32_t cp) {
  if (cp >= 0 && cp < 0x80)
    return ascii_alnum[cp];
  return cp >= 0 && (utf8_is_alpha(cp) || utf8_is_digit(cp));
}

static inline int is_space_cp(int32_t cp) {
  if (cp >= 0 && cp < 0x80)
    return cp == ' ' || (cp >= '\t' && cp <= '\r');
  return utf8_is_space(cp);
}

static int is_apos(int32_t cp) { return cp == '\'' || cp == 0x2019; }
static int is_hyphen(int32_t cp) {
  return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

static inline void emit(scan *s, size_t start, size_t end, unsigned kind,
                 uint16_t flags) {
  if (s->oom)
    return;
  if (ARENA_RESERVE(s->a, s->tok, s->ntok, s->cap) != 0) {
    s->oom = 1;
    return;
  }
  sima_token *k = &s->tok[s->ntok++];
  k->off = (uint32_t)start;
  k->len = (uint32_t)(end - start);
  k->kind = (uint16_t)kind;
  k->flags = (uint16_t)(flags | s->pending);
  unsigned char b0 = (unsigned char)s->t[start];
  if (b0 < 0x80) {
    if (b0 >= 'A' && b0 <= 'Z')
      k->flags |= SIMA_TOKF_CAPITAL;
  } else {
    int32_t c0 = peek(s, start);
    if (c0 >= 0 && utf8_is_upper(c0))
      k->flags |= SIMA_TOKF_CAPITAL;
  }
  s->pending = 0;
}

static int ascii_ieq(const char *a, const char *lit, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z')
      c = (char)(c - 'A' + 'a');
    if (c != lit[i])
      return 0;
  }
  return 1;
}

/* Scans a URL at i if one starts there; returns its end or 0. */
static size_t scan_url(const scan *s, size_t i) {
  size_t rest = s->n - i;
  const char *p = s->t + i;
  if (!((rest > 7 && ascii_ieq(p, "http://", 7)) ||
        (rest > 8 && ascii_ieq(p, "https://", 8)) ||
        (rest > 6 && ascii_ieq(p, "ftp://", 6)) ||
        (rest > 8 && ascii_ieq(p, "mailto:", 7)) ||
        (rest > 4 && ascii_ieq(p, "www.", 4) && rest > 5 &&
         is_alnum_cp(peek(s, i + 4)))))
    return 0;
  size_t j = i, parens = 0;
  while (j < s->n) {
    unsigned char c = (unsigned char)s->t[j];
    if (c <= ' ' || c == '"' || c == '<' || c == '>' || c >= 0x80)
      break;
    if (c == '(')
      parens++;
    j++;
  }
  while (j > i) {
    char c = s->t[j - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' ||
        c == '?' || c == '\'' || (c == ')' && parens == 0) || c == ']')
      j--;
    else
      break;
  }
  return j;
}

static int email_local(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '%' ||
         c == '+' || c == '-';
}

/* Scans an e-mail address at i; returns its end or 0. */
static size_t scan_email(const scan *s, size_t i) {
  size_t j = i;
  while (j < s->n && email_local((unsigned char)s->t[j]))
    j++;
  if (j == i || j >= s->n || s->t[j] != '@')
    return 0;
  size_t d = j + 1, dots = 0, last_dot = 0;
  while (d < s->n) {
    unsigned char c = (unsigned char)s->t[d];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
        (c >= '0' && c <= '9') || c == '-')
      d++;
    else if (c == '.' && d + 1 < s->n &&
             is_alnum_cp((unsigned char)s->t[d + 1])) {
      dots++;
      last_dot = d;
      d++;
    } else
      break;
  }
  if (dots == 0 || d - last_dot < 3)
    return 0;
  return d;
}

/* Scans a number at i (a digit): returns its end. */
static size_t scan_number(const scan *s, size_t i) {
  size_t j = i;
  for (;;) {
    while (j < s->n && s->t[j] >= '0' && s->t[j] <= '9')
      j++;
    if (j + 1 < s->n &&
        (s->t[j] == ',' || s->t[j] == '.' || s->t[j] == ':' ||
         s->t[j] == '/') &&
        s->t[j + 1] >= '0' && s->t[j + 1] <= '9')
      j++;
    else
      break;
  }
  return j;
}

static int is_hyphen_prefix(const char *w, size_t n);

/* Word characters: letters, digits, marks, and _ (rare in news). */
static inline int word_cp(int32_t cp) { return is_alnum_cp(cp) || cp == '_'; }

/* Scans a word starting at i. Inner joiners: apostrophe + letter,
** hyphen + alnum, full stop + letter when the word so far is dotted
** single letters (U.S, e.g), & between capitals (AT&T). */
static size_t scan_word(const scan *s, size_t i, int *dotted, int *apos) {
  size_t j = i, l;
  int letters_since_dot = 0, dots = 0, single = 1;
  *dotted = 0;
  *apos = 0;
  for (;;) {
    size_t j0 = j;
    if (s->nul) {
      /* ascii_alnum['\0'] is 0: the terminator stops the loop */
      const unsigned char *u = (const unsigned char *)s->t;
      while (ascii_alnum[u[j]])
        j++;
    } else {
      while (j < s->n && ascii_alnum[(unsigned char)s->t[j]])
        j++;
    }
    /* (after a run, straight on to the byte that ended it: going round
    ** again would scan no further and come here with j as it is) */
    letters_since_dot += (int)(j - j0);
    if (j >= s->n)
      break;
    unsigned char c = (unsigned char)s->t[j];
    if (c < 0x80 && c != '\'' && c != '-' && c != '&' && c != '.' && c != '_')
      break; /* space or punctuation: the common end of a word */
    int32_t cp = cp_at(s, j, &l);
    if (word_cp(cp)) {
      j += l;
      letters_since_dot++;
      continue;
    }
    if (cp < 0)
      break;
    size_t l2;
    int32_t nx = cp_at(s, j + l, &l2);
    if (is_apos(cp) && nx >= 0 && utf8_is_alpha(nx)) {
      j += l;
      *apos = 1;
      continue;
    }
    if (is_hyphen(cp) && word_cp(nx) && is_hyphen_prefix(s->t + i, j - i)) {
      j += l;
      continue;
    }
    if (cp == '&' && nx >= 'A' && nx <= 'Z' && j > i &&
        utf8_is_upper(peek(s, j - 1))) {
      j += l;
      continue;
    }
    if (cp == '.' && nx >= 0 && utf8_is_alpha(nx) && letters_since_dot == 1) {
      /* U.S  e.g  a.m : only single letters between the dots */
      size_t l3;
      int32_t nx2 = cp_at(s, j + l + l2, &l3);
      if (nx2 == '.' || !word_cp(nx2)) {
        dots++;
        letters_since_dot = 0;
        j += l;
        continue;
      }
    }
    break;
  }
  if (letters_since_dot > 1)
    single = 0;
  *dotted = dots > 0 && single;
  return j;
}

/* Prefixes that UD EWT keeps attached with their hyphen (anti-war,
** e-mail, non-stop).  ORDER: sorted. */
static const char *const hyphen_prefixes[] = {
    "anti", "co", "counter", "cross", "e", "ex", "inter", "intra", "micro",
    "mid",  "multi", "neo", "non", "over", "post", "pre", "pro", "re",
    "semi", "socio", "sub", "un", "vice"};

static int is_hyphen_prefix(const char *w, size_t n) {
  if (n > 7)
    return 0;
  for (size_t k = 0; k < sizeof hyphen_prefixes / sizeof hyphen_prefixes[0];
       k++)
    if (strlen(hyphen_prefixes[k]) == n && ascii_ieq(w, hyphen_prefixes[k], n))
      return 1;
  return 0;
}

/* A phone or reference number: digit groups joined by hyphens, the last
** at least 3 digits long (713-654-0365, 20006-3700).  Returns its end, or
** 0.  Score-like pairs (5-3) and ranges of years are split as UD does. */
static size_t scan_phone(const scan *s, size_t i) {
  size_t j = i, groups = 0, last = 0;
  for (;;) {
    size_t g = j;
    while (j < s->n && s->t[j] >= '0' && s->t[j] <= '9')
      j++;
    if (j == g)
      return 0;
    last = j - g;
    groups++;
    if (j + 1 < s->n && s->t[j] == '-' && s->t[j + 1] >= '0' &&
        s->t[j + 1] <= '9')
      j++;
    else
      break;
  }
  if (groups < 2 || last < 4 || (groups == 2 && j - i == 9 &&
                                 s->t[i + 4] == '-'))
    return 0; /* 2016-2017 is a range of years */
  return j;
}

/* Length of a UD clitic at the end of word [i, j): n't, 's, 'll, 're, 've,
** 'd, 'm (straight or curly apostrophe); 0 if none. */
static size_t clitic_len(const scan *s, size_t i, size_t j) {
  const char *w = s->t + i;
  size_t n = j - i;
  /* n't / n’t */
  if (n > 3 && ascii_ieq(w + n - 3, "n't", 3))
    return 3;
  if (n > 5 && (w[n - 5] == 'n' || w[n - 5] == 'N') &&
      memcmp(w + n - 4, "\xE2\x80\x99", 3) == 0 && (w[n - 1] == 't' || w[n - 1] == 'T'))
    return 5;
  static const char *const tails[] = {"s", "ll", "re", "ve", "d", "m"};
  for (size_t k = 0; k < sizeof tails / sizeof tails[0]; k++) {
    size_t tl = strlen(tails[k]);
    if (n > tl + 1 && w[n - tl - 1] == '\'' && ascii_ieq(w + n - tl, tails[k], tl))
      return tl + 1;
    if (n > tl + 3 && memcmp(w + n - tl - 3, "\xE2\x80\x99", 3) == 0 &&
        ascii_ieq(w + n - tl, tails[k], tl))
      return tl + 3;
  }
  return 0;
}

/* Web-text contractions written without an apostrophe, split as UD EWT
** does: dont = do|nt, Ive = I|ve.  {word, length of the first part}. */
static const struct {
  const char *w;
  unsigned len, head;
} bare_clitics[] = {
    {"alot", 4, 1},     {"arent", 5, 3},   {"cant", 4, 2},
    {"couldnt", 7, 5},  {"didnt", 5, 3},   {"doesnt", 6, 4},
    {"dont", 4, 2},     {"hadnt", 5, 3},   {"hasnt", 5, 3},
    {"havent", 6, 4},   {"im", 2, 1},      {"isnt", 4, 2},
    {"ive", 3, 1},      {"shouldnt", 8, 6}, {"thats", 5, 4},
    {"theres", 6, 5},   {"wasnt", 5, 3},   {"werent", 6, 4},
    {"wont", 4, 2},     {"wouldnt", 7, 5}, {"youre", 5, 3},
};

/* Emits a word [i, j), splitting UD clitics and fused forms. */
static void emit_word(scan *s, size_t i, size_t j, uint16_t flags, int apos) {
  size_t n = j - i;
  const char *w = s->t + i;
  size_t cl = apos ? clitic_len(s, i, j) : 0;
  if (cl && j - cl > i && !(w[0] >= '0' && w[0] <= '9')) {
    emit(s, i, j - cl, SIMA_TOK_WORD, flags);
    emit(s, j - cl, j, SIMA_TOK_WORD, SIMA_TOKF_CLITIC);
    return;
  }
  char l1 = n >= 2 ? (char)(w[n - 2] | 0x20) : 0;
  char l2 = n >= 2 ? (char)(w[n - 1] | 0x20) : 0;
  if (n >= 2 && n <= 8 &&
      ((l1 == 'n' && l2 == 't') || (l1 == 't' && l2 == 's') ||
       (l1 == 'e' && l2 == 's') || (l1 == 'v' && l2 == 'e') ||
       (l1 == 'i' && l2 == 'm') || (l1 == 'r' && l2 == 'e') ||
       (l1 == 'o' && l2 == 't')))
  for (size_t k = 0; k < sizeof bare_clitics / sizeof bare_clitics[0]; k++)
    if (bare_clitics[k].len == n && ascii_ieq(w, bare_clitics[k].w, n) &&
        !(n == 2 && w[0] == 'I' && w[1] == 'M')) {
      emit(s, i, i + bare_clitics[k].head, SIMA_TOK_WORD, flags);
      emit(s, i + bare_clitics[k].head, j, SIMA_TOK_WORD, SIMA_TOKF_CLITIC);
      return;
    }
  if (n == 6 && ascii_ieq(w, "cannot", 6)) {
    emit(s, i, i + 3, SIMA_TOK_WORD, flags);
    emit(s, i + 3, j, SIMA_TOK_WORD, SIMA_TOKF_CLITIC);
    return;
  }
  if (n == 5 && (ascii_ieq(w, "gonna", 5) || ascii_ieq(w, "wanna", 5) ||
                 ascii_ieq(w, "gotta", 5))) {
    emit(s, i, i + 3, SIMA_TOK_WORD, flags);
    emit(s, i + 3, j, SIMA_TOK_WORD, SIMA_TOKF_CLITIC);
    return;
  }
  emit(s, i, j, SIMA_TOK_WORD, flags);
}

/* Decides whether the full stop right after word [i, j) belongs to it. */
static int takes_stop(const scan *s, size_t i, size_t j, int dotted) {
  if (j >= s->n || s->t[j] != '.')
    return 0;
  if (j + 1 < s->n && s->t[j + 1] == '.')
    return 0; /* an ellipsis follows */
  if (dotted)
    return 1; /* U.S.  e.g.  a.m. */
  size_t n = j - i;
  int32_t c0 = peek(s, i);
  /* An initial: one capital letter ("J. K. Rowling"). */
  size_t l;
  cp_at(s, i, &l);
  if (l == n && utf8_is_upper(c0))
    return 1;
  abbr_class c = tok_abbrev_class(s->t + i, n);
  if (c == ABBR_NONE)
    return 0;
  if (c == ABBR_NUMBER) {
    size_t k = j + 1;
    while (k < s->n && s->t[k] == ' ')
      k++;
    return k < s->n && s->t[k] >= '0' && s->t[k] <= '9';
  }
  return 1;
}

static int is_quote_cp(int32_t cp) {
  return cp == '"' || cp == '\'' || cp == '`' || cp == 0x201C ||
         cp == 0x201D || cp == 0x2018 || cp == 0x2019 || cp == 0x00AB ||
         cp == 0x00BB || cp == 0x201E || cp == 0x2039 || cp == 0x203A;
}

static int is_dash_cp(int32_t cp) {
  return cp == '-' || cp == 0x2012 || cp == 0x2013 || cp == 0x2014 ||
         cp == 0x2015 || cp == 0x2212 || cp == 0x2010 || cp == 0x2011;
}

static int is_currency(int32_t cp) {
  return cp == '$' || cp == 0x00A3 || cp == 0x20AC || cp == 0x00A5 ||
         cp == 0x20B9 || cp == 0x20BD || cp == 0x20A9;
}

/* Emoticons that web text writes as one token. ORDER: longest first. */
static const char *const emoticons[] = {":-)", ":-(", ":-D", ":-P", ";-)",
                                        ":)",  ":(",  ":D",  ":P",  ";)",
                                        "(:",  "):",  "=)",  "=(",  "^^",
                                        ":/",  "<3"};

/* Returns the end of an emoticon at i that stands alone (followed by space,
** punctuation or the end), or 0. */
static size_t scan_emoticon(const scan *s, size_t i) {
  char c0 = s->t[i];
  if (c0 != ':' && c0 != ';' && c0 != '(' && c0 != ')' && c0 != '=' &&
      c0 != '^' && c0 != '<')
    return 0;
  for (size_t k = 0; k < sizeof emoticons / sizeof emoticons[0]; k++) {
    size_t n = strlen(emoticons[k]);
    if (i + n <= s->n && memcmp(s->t + i, emoticons[k], n) == 0) {
      if (i + n < s->n && word_cp(peek(s, i + n)))
        return 0;
      if (emoticons[k][0] == ':' && emoticons[k][1] == '/' && i + n < s->n &&
          s->t[i + n] == '/')
        return 0; /* http:// */
      return i + n;
    }
  }
  return 0;
}

/* Top-level domains and file extensions that keep "x.com" one token. */
static const char *const dot_tails[] = {
    "com", "org", "net", "edu", "gov", "co.uk", "uk", "doc", "docx", "pdf",
    "jpg", "jpeg", "png", "gif", "xls", "xlsx", "txt", "html", "htm", "ppt",
    "zip", "mil", "int", "io", "cat", "animals", "politics"};

/* If word [i, j) is followed by ".tail" (a domain or file extension),
** returns the end of the tail, else j. */
static size_t domain_tail(const scan *s, size_t i, size_t j) {
  (void)i;
  size_t end = j;
  while (end < s->n && s->t[end] == '.') {
    size_t k = end + 1;
    while (k < s->n && ((s->t[k] >= 'a' && s->t[k] <= 'z') ||
                        (s->t[k] >= 'A' && s->t[k] <= 'Z')))
      k++;
    if (k == end + 1 || (k < s->n && word_cp(peek(s, k))))
      break;
    int known = 0;
    for (size_t d = 0; d < sizeof dot_tails / sizeof dot_tails[0]; d++)
      if (strlen(dot_tails[d]) == k - end - 1 &&
          ascii_ieq(s->t + end + 1, dot_tails[d], k - end - 1))
        known = 1;
    if (!known)
      break;
    end = k;
  }
  return end;
}


/* Scans and emits the word starting at i (with its abbreviation stop or
** domain tail); returns where the next token may start. */
static size_t word_token(scan *s, size_t i) {
  int dotted, apos;
  size_t j = scan_word(s, i, &dotted, &apos);
  if (j < s->n && s->t[j] == '.') {
    size_t d = domain_tail(s, i, j);
    if (d > j) {
      emit(s, i, d, SIMA_TOK_WORD, 0);
      return d;
    }
    if (takes_stop(s, i, j, dotted)) {
      emit(s, i, j + 1, SIMA_TOK_WORD, SIMA_TOKF_ABBREV);
      return j + 1;
    }
  }
  emit_word(s, i, j, 0, apos);
  return j;
}

/* Scans text[0..n) into tokens. */
static void scan_text(scan *s) {
  size_t i = 0, l;
  int nl = 0;
  s->pending = 0;
  while (i < s->n && !s->oom) {
    unsigned char c = (unsigned char)s->t[i];
    if (c == ' ' || c == '\t' || c == '\r') {
      s->pending |= SIMA_TOKF_SPACE_BEFORE;
      i++;
      continue;
    }
    /* The common case first: an ASCII letter that cannot start a URL or
    ** an e-mail address begins a word. */
    if (ascii_alnum[c] && c > '9' && c != 'h' && c != 'w' && c != 'f' &&
        c != 'm' && c != 'H' && c != 'W' && c != 'F' && c != 'M' &&
        (s->next_at >= s->n || s->next_at < i || s->next_at - i >= 128)) {
      if (s->next_at >= i) {
        nl = 0;
        i = word_token(s, i);
        continue;
      }
    }
    int32_t cp = cp_at(s, i, &l);
    if (is_space_cp(cp) || cp < 0x20) {
      s->pending |= SIMA_TOKF_SPACE_BEFORE;
      if (cp == '\n' || cp == 0x2028 || cp == 0x2029) {
        nl++;
        s->pending |= SIMA_TOKF_NEWLINE_BEFORE;
        if (nl >= 2 || cp == 0x2029)
          s->pending |= SIMA_TOKF_PARA_BEFORE;
      }
      i += l;
      continue;
    }
    nl = 0;
    size_t e;
    /* URL, e-mail, handle, hashtag */
    if ((cp == 'h' || cp == 'H' || cp == 'w' || cp == 'W' || cp == 'f' ||
         cp == 'F' || cp == 'm' || cp == 'M') &&
        i + 7 < s->n &&
        (s->t[i + 3] == '.' || s->t[i + 3] == ':' || s->t[i + 4] == ':' ||
         s->t[i + 5] == ':' || s->t[i + 6] == ':') &&
        (e = scan_url(s, i)) > i) {
      emit(s, i, e, SIMA_TOK_URL, 0);
      i = e;
      continue;
    }
    if (s->next_at < i) {
      const char *at = memchr(s->t + i, '@', s->n - i);
      s->next_at = at ? (size_t)(at - s->t) : s->n;
    }
    if (s->next_at < s->n && s->next_at - i < 128 && cp < 0x80 &&
        email_local((unsigned char)cp) && cp != '.' && cp != '-' &&
        (e = scan_email(s, i)) > i) {
      emit(s, i, e, SIMA_TOK_EMAIL, 0);
      i = e;
      continue;
    }
    if (cp == '@' || cp == '#') {
      size_t j = i + 1, l2;
      int32_t c2;
      while ((c2 = cp_at(s, j, &l2)) >= 0 && word_cp(c2))
        j += l2;
      if (j > i + 1 && (cp == '@' || utf8_is_alpha(peek(s, i + 1)))) {
        emit(s, i, j, cp == '@' ? SIMA_TOK_HANDLE : SIMA_TOK_HASHTAG, 0);
        i = j;
        continue;
      }
    }
    if (is_currency(cp) && utf8_is_digit(peek(s, i + l))) {
      emit(s, i, i + l, SIMA_TOK_MONEY, 0);
      i += l;
      continue;
    }
    if (cp >= '0' && cp <= '9') {
      size_t j = scan_phone(s, i);
      if (j) {
        emit(s, i, j, SIMA_TOK_NUMBER, 0);
        i = j;
        continue;
      }
      j = scan_number(s, i);
      int32_t nx = peek(s, j);
      if (nx >= 0 && word_cp(nx)) {
        /* 400m, 1990s, 21st, 110-mile, 3D: continue as a word */
        int dotted, apos;
        size_t k = scan_word(s, j, &dotted, &apos);
        if (k > j) {
          /* 400m 7.6bn 1990s 21st stay numbers; 3D-printed is a word */
          int letters_only = 1;
          for (size_t q = j; q < k; q++)
            if (!((s->t[q] >= 'a' && s->t[q] <= 'z') ||
                  (s->t[q] >= 'A' && s->t[q] <= 'Z')))
              letters_only = 0;
          if (letters_only && k - j <= 3)
            emit(s, i, k, SIMA_TOK_NUMBER, 0);
          else
            emit_word(s, i, k, 0, apos);
          i = k;
          continue;
        }
      }
      emit(s, i, j, SIMA_TOK_NUMBER, 0);
      i = j;
      continue;
    }
    if (word_cp(cp)) {
      i = word_token(s, i);
      continue;
    }
    /* Emoticons and runs of one symbol (***, ====). */
    if ((e = scan_emoticon(s, i)) > i) {
      emit(s, i, e, SIMA_TOK_SYMBOL, 0);
      i = e;
      continue;
    }
    if (cp == '*' || cp == '=' || cp == '^' || cp == '~' || cp == '+' ||
        cp == '_') {
      size_t j = i;
      while (j < s->n && (s->t[j] == (char)cp || (cp == '=' && s->t[j] == '-')))
        j++;
      emit(s, i, j, SIMA_TOK_SYMBOL, 0);
      i = j;
      continue;
    }
    /* '73 '90s: an apostrophe before a two-digit year */
    if (is_apos(cp) && i + l + 1 < s->n && s->t[i + l] >= '0' &&
        s->t[i + l] <= '9' && s->t[i + l + 1] >= '0' && s->t[i + l + 1] <= '9' &&
        !(i + l + 2 < s->n && s->t[i + l + 2] >= '0' && s->t[i + l + 2] <= '9')) {
      size_t j = i + l + 2;
      if (j < s->n && s->t[j] == 's')
        j++;
      emit(s, i, j, SIMA_TOK_NUMBER, 0);
      i = j;
      continue;
    }
    /* Punctuation and symbols. */
    if (cp == '.' || cp == '!' || cp == '?') {
      /* A run of . ! ? is one token: "..." is an ellipsis, "?!" ".?" a mark. */
      size_t j = i, dots = 0;
      while (j < s->n && (s->t[j] == '.' || s->t[j] == '!' || s->t[j] == '?'))
        dots += s->t[j++] == '.';
      emit(s, i, j,
           dots == j - i && j - i >= 2 ? SIMA_TOK_ELLIPSIS : SIMA_TOK_PUNCT, 0);
      i = j;
      continue;
    }
    if (cp == 0x2026) {
      emit(s, i, i + l, SIMA_TOK_ELLIPSIS, 0);
      i += l;
      continue;
    }
    if (is_dash_cp(cp)) {
      size_t j = i + l;
      if (cp == '-')
        while (j < s->n && s->t[j] == '-')
          j++;
      /* A hyphen inside a compound (110-mile, Biden-era): UD splits it off
      ** as its own token; JOINED marks it and the part after it so later
      ** stages can see the compound whole. */
      int joined = j == i + l && is_hyphen(cp) && s->ntok > 0 &&
                   !(s->pending & SIMA_TOKF_SPACE_BEFORE) &&
                   s->tok[s->ntok - 1].kind != SIMA_TOK_PUNCT &&
                   word_cp(peek(s, j));
      emit(s, i, j, SIMA_TOK_DASH, joined ? SIMA_TOKF_JOINED : 0);
      if (joined)
        s->pending |= SIMA_TOKF_JOINED;
      i = j;
      continue;
    }
    if (cp == '`' && i + 1 < s->n && s->t[i + 1] == '`') {
      emit(s, i, i + 2, SIMA_TOK_QUOTE, 0);
      i += 2;
      continue;
    }
    if (cp == '\'' && i + 1 < s->n && s->t[i + 1] == '\'') {
      emit(s, i, i + 2, SIMA_TOK_QUOTE, 0);
      i += 2;
      continue;
    }
    if (is_quote_cp(cp)) {
      /* A clitic after a quoted word or a number: 's alone. */
      size_t l2;
      int32_t nx = cp_at(s, i + l, &l2);
      if ((cp == '\'' || cp == 0x2019) && s->ntok > 0 &&
          !(s->pending & SIMA_TOKF_SPACE_BEFORE) && (nx == 's' || nx == 'S') &&
          !word_cp(peek(s, i + l + l2))) {
        emit(s, i, i + l + l2, SIMA_TOK_WORD, SIMA_TOKF_CLITIC);
        i += l + l2;
        continue;
      }
      emit(s, i, i + l, SIMA_TOK_QUOTE, 0);
      i += l;
      continue;
    }
    if (cp == '%') {
      emit(s, i, i + l, SIMA_TOK_PERCENT, 0);
      i += l;
      continue;
    }
    if (cp == ',' || cp == ';' || cp == ':' || cp == '(' || cp == ')' ||
        cp == '[' || cp == ']' || cp == '{' || cp == '}') {
      emit(s, i, i + l, SIMA_TOK_PUNCT, 0);
      i += l;
      continue;
    }
    emit(s, i, i + (l ? l : 1), SIMA_TOK_SYMBOL, 0);
    i += l ? l : 1;
  }
}

/* Fills each token's folded `norm` from one arena buffer (folding never
** lengthens text, so len + ntok bytes suffice). */
static int fill_norms(sima_arena *a, const char *text, size_t n, int nul,
                      sima_token *tok, uint32_t ntok) {
  size_t total = 8; /* slack for the 8-byte stores below */
  for (uint32_t k = 0; k < ntok; k++)
    total += tok[k].len + 1;
  char *buf = arena_alloc_raw(a, total);
  if (!buf)
    return -1;
  char *o = buf;
  for (uint32_t k = 0; k < ntok; k++) {
    const char *p = text + tok[k].off, *end = p + tok[k].len;
    char *start = o;
    /* A short ASCII token in one 8-byte load and store, when the 8 bytes
    ** are readable (up to the text's NUL); the store's tail is overwritten
    ** by the next norm or lies in the slack. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (tok[k].len < 8 && nul && tok[k].off + 8 <= n + 1) {
      uint64_t v, mask = (UINT64_C(1) << (8 * tok[k].len)) - 1;
      memcpy(&v, p, 8);
      if ((v & mask & UINT64_C(0x8080808080808080)) == 0) {
        v &= mask; /* little-endian: the token's bytes, then NULs */
        memcpy(o, &v, 8);
        tok[k].norm = start;
        tok[k].nnorm = tok[k].len;
        o += tok[k].len + 1;
        continue;
      }
    }
#else
    (void)n;
    (void)nul;
#endif
    /* Fast path: eight ASCII bytes at a time (most tokens are short ASCII
    ** words); the folding loop below takes whatever is left. */
    while (end - p >= 8) {
      uint64_t v;
      memcpy(&v, p, 8);
      if (v & 0x8080808080808080ull)
        break;
      memcpy(o, &v, 8);
      o += 8;
      p += 8;
    }
    while (p < end) {
      if ((unsigned char)*p < 0x80) {
        *o++ = *p++;
        continue;
      }
      size_t adv = 1;
      const char *f = sima_fold_char(p, (size_t)(end - p), &adv);
      if (f) {
        size_t fl = strlen(f);
        if (fl <= adv) {
          memcpy(o, f, fl);
          o += fl;
        } else {
          memcpy(o, p, adv);
          o += adv;
        }
      } else {
        memcpy(o, p, adv);
        o += adv;
      }
      p += adv;
    }
    *o++ = '\0';
    tok[k].norm = start;
    tok[k].nnorm = (uint32_t)(o - start - 1);
  }
  return 0;
}

/* Tokenizes text[0..len); `nul` says text[len] may be read and is 0. */
static sima_status tokenize(sima_arena *a, const char *text, size_t len,
                            int nul, sima_token **out, uint32_t *n) {
  if (len > UINT32_MAX - 1)
    return SIMA_ERR_LIMIT;
  scan s = {text, len, a, NULL, 0, 0, 0, 0, 0, nul};
  /* News runs about 5.5 bytes a token: reserve that much up front so the
  ** vector rarely grows. */
  s.cap = (uint32_t)(len / 4 + 16);
  s.tok = arena_alloc_raw(a, (size_t)s.cap * sizeof *s.tok);
  if (!s.tok)
    return SIMA_ERR_NOMEM;
  {
    const char *at = memchr(text, '@', len);
    s.next_at = at ? (size_t)(at - text) : len;
  }
  scan_text(&s);
  if (s.oom || fill_norms(a, text, len, nul, s.tok, s.ntok) != 0)
    return SIMA_ERR_NOMEM;
  *out = s.tok;
  *n = s.ntok;
  return SIMA_OK;
}

sima_status sima_tokenize_buf(sima_arena *a, const char *text, size_t len,
                              sima_token **out, uint32_t *n) {
  return tokenize(a, text, len, 0, out, n);
}

sima_status sima_tokenize(sima_doc *doc, sima_error *err) {
  if (doc->len > UINT32_MAX - 1)
    return sima_error_set(err, SIMA_ERR_LIMIT,
                          "%s: document of %zu bytes exceeds the 4 GiB limit",
                          doc->id ? doc->id : "(document)", doc->len);
  sima_status st = tokenize(doc->arena, doc->text, doc->len,
                            doc->text[doc->len] == '\0', &doc->tokens,
                            &doc->ntokens);
  if (st != SIMA_OK)
    return sima_error_set(err, st, "%s: out of memory while tokenizing",
                          doc->id ? doc->id : "(document)");
  return SIMA_OK;
}

/* ORDER SIMA_TOK */
static const char *const tok_kind_names[SIMA_TOK_NKIND] = {
    "word",  "number", "money",  "percent", "punct",   "quote",  "dash",
    "ellipsis", "url", "email",  "handle",  "hashtag", "symbol"};

const char *sima_tok_kind_name(unsigned kind) {
  return kind < SIMA_TOK_NKIND ? tok_kind_names[kind] : "?";
}
