/*
** test_fips.c — the ISO alpha-3 -> FIPS 10-4 table of the GDELT writer:
** sorted and well formed, one code for every country of our dictionary
** that FIPS has, the codes GDELT users know, and agreement with
** CountryInfo's FIPS column (../shared, skipped when absent) except where
** that file is known to be wrong.
*/
#include "fips.h"
#include "harness.h"

#include <stdlib.h>
#include <string.h>

#define COUNTRYINFO "../shared/data/countryinfo/CountryInfo.140728.txt"

static int upper(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] < 'A' || s[i] > 'Z')
      return 0;
  return s[n] == 0;
}

TEST(table_well_formed) {
  const char *iso, *f, *prev = "";
  size_t n = fips_table(0, &iso, &f);
  OK(n > 240, "about 250 countries");
  for (size_t i = 0; i < n; i++) {
    fips_table(i, &iso, &f);
    if (!upper(iso, 3) || !upper(f, 2))
      FAILF("row %zu: %s %s", i, iso, f);
    if (strcmp(prev, iso) >= 0)
      FAILF("row %zu: %s after %s (sorted, unique)", i, iso, prev);
    prev = iso;
  }
}

TEST(known_codes) {
  STR_EQ(fips_country("DEU", NULL), "GM");
  STR_EQ(fips_country("GBR", NULL), "UK");
  STR_EQ(fips_country("CHN", NULL), "CH");
  STR_EQ(fips_country("TWN", "Taipei"), "TW");
  STR_EQ(fips_country("IRQ", NULL), "IZ");
  STR_EQ(fips_country("ZAF", NULL), "SF");
  STR_EQ(fips_country("COD", NULL), "CG");
  STR_EQ(fips_country("COG", NULL), "CF");
  STR_EQ(fips_country("ABW", NULL), "AA"); /* first row */
  STR_EQ(fips_country("ZWE", NULL), "ZI"); /* last row */
  STR_EQ(fips_country("PSE", "Gaza City"), "GZ");
  STR_EQ(fips_country("PSE", "Ramallah"), "WE");
  STR_EQ(fips_country("PSE", NULL), "WE");
  OK(fips_country("EUR", NULL) == NULL, "the EU has no FIPS code");
  OK(fips_country("USAGOV", NULL) == NULL, "a full actor code is no country");
  OK(fips_country("", NULL) == NULL && fips_country(NULL, NULL) == NULL,
     "no country");
}

/* Every header code of data/dict/countries.txt ("CODE | name ...") has a
** FIPS code, but for the ones FIPS 10-4 has no country for. */
TEST(every_dictionary_country) {
  size_t len;
  char *buf = h_slurp("data/dict/countries.txt", &len);
  OK(buf != NULL, "data/dict/countries.txt");
  if (!buf)
    return;
  static const char *const none[] = {"ALA", "BES", "UMI", "EUR"};
  int seen = 0;
  for (char *line = buf; line && *line;) {
    char *nl = strchr(line, '\n');
    if (nl)
      *nl = 0;
    if (strlen(line) > 5 && upper((char[4]){line[0], line[1], line[2], 0}, 3) &&
        !strncmp(line + 3, " |", 2)) {
      char code[4] = {line[0], line[1], line[2], 0};
      int skip = 0;
      for (size_t k = 0; k < sizeof none / sizeof none[0]; k++)
        skip |= !strcmp(code, none[k]);
      seen++;
      if (!skip && !fips_country(code, NULL))
        FAILF("%s: no FIPS code", code);
      if (skip && fips_country(code, NULL))
        FAILF("%s: has a FIPS code, drop it from the test's list", code);
    }
    line = nl ? nl + 1 : NULL;
  }
  OK(seen > 240, "countries read");
  free(buf);
}

/* The first s in [p, top), or NULL (the file has a NUL byte, after which
** strstr sees nothing). */
static char *find(char *p, const char *top, const char *s) {
  size_t n = strlen(s);
  for (; p + n <= top; p++)
    if (*p == *s && !memcmp(p, s, n))
      return p;
  return NULL;
}

/* CountryInfo.140728's <FIPS-10> against the table.  That file has these
** wrong (FIPS 10-4, and GDELT, say otherwise): Congo (Brazzaville) CF not
** CG, the Cook Islands CW not CK (the Cocos Islands), Kyrgyzstan KG not
** KY, Pitcairn PC not PV, Tokelau TL not TK (Turks and Caicos), South
** Africa SF not SA (Saudi Arabia); it gives Cyprus no code, and Japan the
** ISO code JON (JPN) and Israel IL (ISR). */
TEST(countryinfo_agrees) {
  size_t len;
  char *buf = h_slurp(COUNTRYINFO, &len);
  if (!buf) {
    printf("countryinfo_agrees: skipped: ../shared absent\n");
    return;
  }
  static const char *const wrong[] = {"COG", "COK", "KGZ", "PCN",
                                      "TKL", "ZAF", "CYP", "JON"};
  int compared = 0;
  char *top = buf + len;
#define FIND(from, s) find(from, top, s)
  for (char *c = FIND(buf, "<Country>"); c; c = FIND(c + 1, "<Country>")) {
    char *end = FIND(c, "</Country>");
    if (!end)
      break;
    char *f = FIND(c, "<FIPS-10>"), *i = FIND(c, "<ISO3166-alpha3>");
    if (!f || !i || f > end || i > end)
      continue;
    f += 9;
    i += 16;
    char iso[4] = {0}, fips[3] = {0};
    if (!upper((char[4]){i[0], i[1], i[2], 0}, 3) || i[3] != '<' ||
        !upper((char[3]){f[0], f[1], 0}, 2) || f[2] != '<')
      continue; /* no code, "--", or a dated code */
    memcpy(iso, i, 3);
    memcpy(fips, f, 2);
    int skip = 0;
    for (size_t k = 0; k < sizeof wrong / sizeof wrong[0]; k++)
      skip |= !strcmp(iso, wrong[k]);
    const char *mine = fips_country(iso, NULL);
    if (skip || !strcmp(iso, "PSE"))
      continue;
    compared++;
    if (!mine || strcmp(mine, fips))
      FAILF("%s: CountryInfo says %s, the table %s", iso, fips,
            mine ? mine : "nothing");
  }
  OK(compared > 200, "CountryInfo countries compared");
  printf("countryinfo_agrees: %d countries agree\n", compared);
  free(buf);
}

int main(void) {
  RUN(table_well_formed);
  RUN(known_codes);
  RUN(every_dictionary_country);
  RUN(countryinfo_agrees);
  return harness_done();
}
