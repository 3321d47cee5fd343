# test/cli/repo.sh — the repository keeps its promises: the README's install
# command names every package CI installs, and CI runs the README's test
# command.
. test/cli/lib.sh
for p in $(cat .ci/packages); do
  if grep -q "apt-get install.* $p" README.md; then ok; else bad "README install line lacks $p"; fi
done
test_cmd=$(grep -A2 '^Run the whole test suite' README.md >/dev/null; awk '/^```sh/{f=1;next} /^```/{f=0} f' README.md | sed -n 2p)
if grep -qF -- "$test_cmd" .ci/run; then ok; else bad ".ci/run does not run the README test command '$test_cmd'"; fi
# the public header compiles as C++ and links against the library
if command -v g++ >/dev/null 2>&1; then
  san=""
  [ -n "$SANITIZED" ] && san="-fsanitize=$SANITIZED"
  # shellcheck disable=SC2086
  if g++ -std=c++11 $san -Iinclude -o "$TMP/cpp" test/unit/cplusplus.cpp "$BUILD/libsima.a" \
       $(pkg-config --libs libutf8proc jansson sqlite3 cairo 2>/dev/null) -lpthread -lm 2>"$TMP/cpp.err" &&
     "$TMP/cpp"; then ok; else bad "sima.h as C++"; head -5 "$TMP/cpp.err"; fi
fi
finish
