/*
** fuzz_main.c — replays fuzz inputs without libFuzzer (after utf8proc's
** fuzzer driver): `fuzz_NAME FILE...` runs LLVMFuzzerTestOneInput on each
** file.  `make test` replays test/fuzz/regress/NAME/ (saved crashers) and
** test/fuzz/corpus/NAME/ under the normal and the sanitizer builds.
** Prints "N passed, N failed"; a crash fails the whole run loudly.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv) {
  int passed = 0, failed = 0;
  for (int i = 1; i < argc; i++) {
    FILE *f = fopen(argv[i], "rb");
    if (!f) {
      fprintf(stderr, "cannot open %s\n", argv[i]);
      failed++;
      continue;
    }
    uint8_t *buf = malloc(1 << 16);
    size_t n = buf ? fread(buf, 1, 1 << 16, f) : 0;
    fclose(f);
    if (!buf) {
      failed++;
      continue;
    }
    LLVMFuzzerTestOneInput(buf, n);
    free(buf);
    passed++;
  }
  printf("%d passed, %d failed\n", passed, failed);
  return failed != 0;
}
