/*
** sentence.h — what the sentence splitter shares with the tagger.
*/
#ifndef SIMA_SENTENCE_H
#define SIMA_SENTENCE_H

#include "sima.h"

/* RULE T-HEADLINE: 1 when tokens [first, first+count) of doc are a line in
** title case, as headlines are written ("Honduras Arrests Member of
** Prominent Drug Clan"): three or more words of four bytes or more that
** start with an ASCII letter, all of them with a capital, and no e-mail
** address, path, time or markup (a "Posted by X at 8/28/2005 07:18 AM"
** line is no headline); a colon only as a token of its own in a line
** that ends with "." or "?" (C-ATTR-HEADLINE: "Gangs Arm Rebels:
** Report."). */
int sentence_title_case(const sima_doc *doc, uint32_t first, uint32_t count);

#endif
