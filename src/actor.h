/*
** actor.h — internals of the actor recognizer (actor.c), shared with its
** unit tests: the country/sector split of a code.
**
** The recognizer itself is public: sima_actors_find() in include/sima.h.
*/
#ifndef SIMA_ACTOR_H
#define SIMA_ACTOR_H

#include "dict.h"

/* Splits a CAMEO-style code into its country (the first three letters when
** they are a country of `d`, else "") and sector (the next three when they
** are a known sector; or the code itself when it is a bare sector).
** country and sector receive NUL-terminated strings of up to 3 bytes. */
void actor_split_code(const sima_dict *d, const char *code, char country[4],
                      char sector[4]);

#endif
