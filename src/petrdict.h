/*
** petrdict.h — internals shared by the PETRARCH/TABARI compatibility
** readers: src/petrdict.c (dictionaries) and src/petrxml.c (XML records).
**
** Both read the legacy files the way PETRARCH's read_FIN_line() does: '#'
** starts a comment anywhere on a line, `<!-- ... -->` comments may span
** lines, a line starting with `<!` is skipped, blank lines are skipped.
*/
#ifndef SIMA_PETRDICT_H
#define SIMA_PETRDICT_H

#include "sima.h"

/* A growable byte buffer; `oom` is sticky. */
typedef struct petr_buf {
  char *p;
  size_t n, cap;
  int oom;
} petr_buf;

void petr_buf_put(petr_buf *b, const char *s, size_t n);
void petr_buf_puts(petr_buf *b, const char *s);
void petr_buf_printf(petr_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void petr_buf_free(petr_buf *b);

/* Reads lines of a legacy dictionary with PETRARCH's comment rules. */
typedef struct petr_lines {
  const char *buf;
  size_t len, pos;
  uint32_t lineno;  /* 1-based number of the line last returned */
  int in_comment;   /* inside a multi-line <!-- --> comment */
  int semicolon;    /* TABARI .verbs files: ';' also starts a comment */
  char line[4096];  /* the cleaned line (truncated at 4095 bytes) */
} petr_lines;

void petr_lines_init(petr_lines *L, const char *buf, size_t len);
/* Returns the next non-blank cleaned line (NUL-terminated, comments and
** the trailing blanks removed, leading blanks kept), or NULL at the end.
** *indented is set when the raw line began with a space or a tab. */
const char *petr_lines_next(petr_lines *L, int *indented);

/* A PETRARCH/TABARI date: YYYYMMDD, or YYMMDD with YY <= 30 read as 20YY
** and otherwise 19YY.  Returns yyyymmdd, or 0 when not a valid date. */
uint32_t petr_date(const char *s, size_t n);

/* The day after yyyymmdd (calendar arithmetic). */
uint32_t petr_next_day(uint32_t ymd);

/* Reads a whole file into a malloc'ed, NUL-terminated buffer. */
sima_status petr_read_file(const char *path, char **buf, size_t *len,
                           sima_error *err);

#endif
