/*
** test_derive.c — the derived codes of src/derive.c: the longest prefix
** of an act's code wins, each kind maps only the roots it covers, and
** every code it returns is one the CAMEO table knows.
*/
#include "coder_int.h"
#include "harness.h"

#include <stdio.h>
#include <string.h>

TEST(intent) {
  STR_EQ(derive_intent("064"), "0314");  /* share intelligence */
  STR_EQ(derive_intent("0874"), "0356"); /* withdraw: the 087 prefix */
  STR_EQ(derive_intent("042"), "036");   /* a visit: the 04 prefix */
  OK(derive_intent("190") == NULL, "no intent of a fight");
  OK(derive_intent("010") == NULL, "no intent of a statement");
}

TEST(threat) {
  STR_EQ(derive_threat("172"), "132");
  STR_EQ(derive_threat("1721"), "1321"); /* longer prefix wins */
  STR_EQ(derive_threat("190"), "1384");
  STR_EQ(derive_threat("196"), "138"); /* only the root matches */
  OK(derive_threat("057") == NULL, "no threat of an agreement");
}

TEST(reject_demand_appeal) {
  STR_EQ(derive_reject("084"), "1243");
  STR_EQ(derive_reject("057"), "127");
  STR_EQ(derive_demand("084"), "1053");
  STR_EQ(derive_appeal("084"), "0253");
  STR_EQ(derive_appeal("057"), "027");
  OK(derive_reject("190") == NULL, "no refusal code for a fight");
  OK(derive_demand("") == NULL, "empty code");
}

/* Every derived code is in the CAMEO table shipped with sima. */
TEST(known_codes) {
  sima_error err = {0};
  sima_cameo *cm = sima_cameo_load("data/cameo/cameo.txt", &err);
  OK(cm != NULL, "data/cameo/cameo.txt loads");
  if (!cm)
    return;
  const char *(*const kinds[])(const char *) = {derive_intent, derive_threat,
                                                derive_reject, derive_demand,
                                                derive_appeal};
  for (size_t i = 0; i < sima_cameo_count(cm); i++) {
    const char *code = sima_cameo_at(cm, i)->code;
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
      const char *d = kinds[k](code);
      if (d && !sima_cameo_find(cm, d))
        FAILF("kind %zu maps %s to %s, not a CAMEO code", k, code, d);
    }
  }
  sima_cameo_free(cm);
}

int main(void) {
  RUN(intent);
  RUN(threat);
  RUN(reject_demand_appeal);
  RUN(known_codes);
  return harness_done();
}
