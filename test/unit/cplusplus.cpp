// cplusplus.cpp — sima.h must compile as C++ (after cmark's api_test).
#include "sima.h"

int main() {
  sima_error err = {};
  sima_doc *doc = sima_doc_new("Mr. Xi met Mr. Biden.", 21, "cpp", nullptr,
                               nullptr, nullptr);
  if (!doc || sima_tokenize(doc, &err) != SIMA_OK)
    return 1;
  int ok = doc->ntokens == 6;
  sima_doc_free(doc);
  return ok ? 0 : 1;
}
