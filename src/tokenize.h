/*
** tokenize.h — what the tokenizer shares with the sentence splitter.
*/
#ifndef SIMA_TOKENIZE_H
#define SIMA_TOKENIZE_H

#include "sima.h"

typedef enum {
  ABBR_NONE = 0,
  ABBR_TITLE,  /* Mr. Dr. Gen. Sen. Lt. Col.: a name follows, never an end */
  ABBR_MONTH,  /* Jan. Sept.: a day number usually follows */
  ABBR_PLAIN,  /* Inc. Corp. etc. a.m.: may end a sentence */
  ABBR_NUMBER  /* No. Nos. Vol.: only before a number */
} abbr_class;

/* Classifies the word s[0..n) (without its full stop) as an abbreviation
** that takes a full stop. Case matters ("No" vs "no"). */
abbr_class tok_abbrev_class(const char *s, size_t n);

#endif
