/*
** fips.h — ISO 3166-1 alpha-3 to FIPS 10-4 country codes (internal), for
** the GDELT writer's geography columns.
*/
#ifndef SIMA_FIPS_H
#define SIMA_FIPS_H

#include <stddef.h>

/* The FIPS 10-4 code of ISO alpha-3 code iso3 ("DEU" -> "GM"), or NULL
** when it has none.  place, the place's name or NULL, splits Palestine
** as GDELT does (a name with "Gaza" -> GZ, else WE). */
const char *fips_country(const char *iso3, const char *place);

/* The table's size; with i below it, stores row i's codes (for tests). */
size_t fips_table(size_t i, const char **iso3, const char **fips);

#endif
