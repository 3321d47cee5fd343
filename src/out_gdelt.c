/*
** out_gdelt.c — `sima code --format gdelt`: one row per event in the 61
** tab-separated columns of the GDELT 2.0 event table, with a header line.
** sima fills what it codes (dates, actor codes, countries, sectors, CAMEO
** code, base and root, quad class, Goldstein, root-event flag, action
** location name and its FIPS 10-4 country, source URL); columns it has no
** data for (ethnicity, religion, tone, geocoordinates, mention counts
** beyond 1) stay empty.
*/
#include "fips.h"
#include "sima.h"

#include <string.h>

/* ORDER GDELT: the 61 columns of the GDELT 2.0 event codebook */
static const char *const cols[] = {
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
    "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code",
    "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code", "Actor2Code",
    "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
    "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code",
    "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code", "IsRootEvent",
    "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat",
    "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type",
    "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long",
    "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName",
    "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED",
    "SOURCEURL", NULL};

void sima_event_write_gdelt_header(FILE *o) {
  for (int i = 0; cols[i]; i++) {
    if (i)
      putc('\t', o);
    fputs(cols[i], o);
  }
  putc('\n', o);
}

static void field(FILE *o, const char *s) {
  if (!s)
    return;
  for (; *s; s++)
    putc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, o);
}

static void upper_field(FILE *o, const char *s) {
  if (!s)
    return;
  for (; *s; s++) {
    char c = *s;
    if (c == '\t' || c == '\n' || c == '\r')
      c = ' ';
    else if (c >= 'a' && c <= 'z')
      c = (char)(c - 'a' + 'A');
    putc(c, o);
  }
}

/* Actor code, name, country, known group, ethnic, religion x2, type x3. */
static void actor(FILE *o, const sima_actor_ref *a) {
  field(o, a->code);
  putc('\t', o);
  upper_field(o, a->text);
  putc('\t', o);
  field(o, a->country);
  putc('\t', o);
  /* known groups: IGO/NGO codes (IGOUNO -> UNO) */
  if (a->code && (!strncmp(a->code, "IGO", 3) || !strncmp(a->code, "NGO", 3) ||
                  !strncmp(a->code, "IMG", 3)) &&
      strlen(a->code) >= 6)
    fprintf(o, "%.3s", a->code + 3);
  fputs("\t\t\t\t", o);
  field(o, a->sector);
  fputs("\t\t\t", o);
}

static int day_of_year(int y, int m, int d) {
  static const int cum[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273,
                              304, 334};
  int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return cum[m - 1] + d + (leap && m > 2 ? 1 : 0);
}

void sima_event_write_gdelt(FILE *o, const sima_doc *doc,
                            const sima_event *ev) {
  /* a stable id: hash of document, sentence, verb and code */
  uint64_t h = sima_hash64(0, doc->id ? doc->id : "", doc->id ? strlen(doc->id) : 0);
  uint32_t key[3] = {ev->sentence, ev->verb_start, ev->source.start};
  h = sima_hash64(h, key, sizeof key);
  h = sima_hash64(h, ev->code, strlen(ev->code));
  fprintf(o, "%llu\t", (unsigned long long)(h >> 1));
  const char *date = ev->date ? ev->date : doc->date;
  int y = 0, m = 0, d = 0;
  if (date && sima_date_valid(date, strlen(date)) &&
      sscanf(date, "%4d-%2d-%2d", &y, &m, &d) == 3)
    fprintf(o, "%04d%02d%02d\t%04d%02d\t%04d\t%.4f\t", y, m, d, y, m, y,
            (double)y + (double)day_of_year(y, m, d) / 365.0);
  else
    fputs("\t\t\t\t", o);
  actor(o, &ev->source);
  actor(o, &ev->target);
  fprintf(o, "%d\t", ev->sentence == 0 ? 1 : 0);
  fprintf(o, "%s\t%.3s\t%02d\t%d\t%.1f\t1\t1\t1\t\t", ev->code, ev->code,
          ev->root, ev->quad_class, ev->goldstein);
  /* Actor1Geo and Actor2Geo: 8 empty columns each */
  fputs("\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t", o);
  /* ActionGeo: type, full name, country (FIPS 10-4), then 5 empty.  The
  ** type is 1 (COUNTRY) for a country's own name; any other place is
  ** written as a city, 3 (USCITY) in the United States, else 4
  ** (WORLDCITY): without a gazetteer a region is not told from a town */
  if (ev->location) {
    int country = ev->loc_kind && !strcmp(ev->loc_kind, "country");
    int usa = ev->loc_country && !strcmp(ev->loc_country, "USA");
    fputs(country ? "1" : usa ? "3" : "4", o);
  }
  putc('\t', o);
  field(o, ev->location);
  putc('\t', o);
  const char *fips = fips_country(ev->loc_country, ev->location);
  if (fips)
    fputs(fips, o);
  fputs("\t\t\t\t\t\t", o);
  if (y)
    fprintf(o, "%04d%02d%02d000000", y, m, d);
  putc('\t', o);
  field(o, doc->url ? doc->url : doc->id);
  putc('\n', o);
}
