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

/* RULE T-HEADLINE: 1 when tokens [first, first+count) of doc are a line in
** title case, as headlines are written ("Honduras Arrests Member of
** Prominent Drug Clan"): three or more words of four letters or more, all
** capitalised, and no e-mail address, path, time or markup (a "Posted by
** X at 8/28/2005 07:18 AM" line is no headline). */
int tok_title_case(const sima_doc *doc, uint32_t first, uint32_t count);

#endif
