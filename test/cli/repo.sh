# test/cli/repo.sh — the repository keeps its promises: the README's install
# command names every package CI installs, and CI runs the README's test
# command; the sorted word lists of src/ are in order; models/ holds what
# issue 3 promises (every .bin listed in MANIFEST with its sha256, a
# report and a licence note, at most 15 MB in all).
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
# the closed word lists searched by binary search (src/words.h, CODER_IN)
# are sorted in strcasecmp order: a list out of order would silently miss
# words.  Every array passed to IN, CODER_IN, SIMA_WORDS_IN,
# coder_in_sorted or sima_words_in in src/*.c is checked, and every one
# passed last to CODER_CHILD_IN or CODER_CHILD_IN_MARKED (src/coder_int.h).
nlists=0
for f in ${WORDLIST_SRC:-src}/*.c; do
  names=$( { grep -oE '\b(IN|CODER_IN|SIMA_WORDS_IN|coder_in_sorted|sima_words_in)\( *[A-Za-z_][A-Za-z0-9_]* *,' "$f" |
             sed -E 's/.*\( *([A-Za-z_0-9]+) *,/\1/'
             tr '\n' ' ' <"$f" |
             grep -oE '\bCODER_CHILD_IN(_MARKED)?\(([^()]|\([^()]*\))*\)' |
             sed -E 's/.*, *([A-Za-z_0-9]+) *\)$/\1/'; } | sort -u)
  [ -n "$names" ] || continue
  out=$(LC_ALL=C awk -v names="$names" '
    BEGIN { n = split(names, a, "\n"); for (i = 1; i <= n; i++) want[a[i]] = 1 }
    !inlist {
      for (nm in want)
        if ($0 ~ ("[^A-Za-z0-9_]" nm "\\[[A-Za-z0-9_ ]*\\] *= *\\{")) {
          inlist = 1; cur = nm; prev = ""; found[nm] = 1; lists++
          sub(/.*= *\{/, "")
          break
        }
    }
    inlist {
      line = $0
      while (match(line, /"([^"\\]|\\.)*"/)) {
        w = tolower(substr(line, RSTART + 1, RLENGTH - 2))
        line = substr(line, RSTART + RLENGTH)
        if (prev != "" && index(prev w, "\\") == 0 && !(prev < w))
          printf "%s: list %s: \"%s\" before \"%s\"\n", FILENAME, cur, prev, w
        prev = w
      }
      if ($0 ~ /\};/) inlist = 0
    }
    END { printf "lists %d\n", lists }' "$f")
  bad_lines=$(printf '%s\n' "$out" | grep -v '^lists ')
  if [ -n "$bad_lines" ]; then bad "word list out of strcasecmp order: $bad_lines"; else ok; fi
  nlists=$((nlists + $(printf '%s\n' "$out" | sed -n 's/^lists //p')))
done
# (the scan finds the lists: a broken pattern would check nothing)
if [ "$nlists" -ge 150 ] || [ -n "$WORDLIST_SRC" ]; then ok; else bad "only $nlists sorted word lists found in src/*.c"; fi

# models/: the budget (15 MB = 15,000,000 bytes for all model files), the
# MANIFEST's checksums, one MANIFEST line per .bin and none for a missing
# file, the report and the licence note
total=0
for f in models/*.bin; do
  total=$((total + $(wc -c < "$f")))
  if grep -q "  $(basename "$f")\$" models/MANIFEST; then ok; else bad "$f has no MANIFEST line"; fi
done
if [ "$total" -gt 0 ] && [ "$total" -le 15000000 ]; then ok; else bad "models/*.bin total $total bytes (budget 15,000,000)"; fi
if (cd models && sha256sum -c --quiet MANIFEST) > "$TMP/manifest" 2>&1; then ok; else bad "models/MANIFEST: $(head -3 "$TMP/manifest")"; fi
if [ -s models/REPORT.md ] && [ -s models/LICENSE.md ] && grep -q "CC BY-SA 4.0" models/LICENSE.md; then ok; else bad "models/REPORT.md or LICENSE.md (CC BY-SA 4.0 note) missing"; fi
finish
