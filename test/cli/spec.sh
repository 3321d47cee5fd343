#!/bin/sh
# test/cli/spec.sh — the coding-rule spec (test/spec/*.txt) through the
# binary, every rule of docs/rules.md exemplified, and `sima verbs`: the
# shipped verb dictionaries load, cover every CAMEO code, and bad input is
# reported with file:line.
. test/cli/lib.sh

# verb dictionaries
check "verbs load" $SIMA verbs
check "verbs cover every CAMEO code" $SIMA verbs --check-coverage
check_out "verbs: at least 2000 patterns" "patterns" $SIMA verbs
n=$($SIMA verbs | awk '$1 == "patterns" {print $2}')
if [ "${n:-0}" -ge 2000 ]; then ok; else bad "only ${n:-0} patterns (want >= 2000)"; fi
c=$($SIMA verbs | awk '$1 == "conflicts" {print $2}')
if [ "${c:-1}" -eq 0 ]; then ok; else bad "$c conflicting patterns (sima verbs --report)"; fi
printf 'V-190.1 190 attack\nV-1.1 9999 strike\n' >"$TMP/bad.txt"
check_exit 1 "bad verb file rejected" $SIMA verbs "$TMP/bad.txt"
check_err "bad verb file names file:line" "bad.txt:2: unknown CAMEO code '9999'" $SIMA verbs "$TMP/bad.txt"
check "lenient skips the bad line" $SIMA verbs --lenient "$TMP/bad.txt"
check_exit 2 "unknown option" $SIMA verbs --bogus

# shared CAMEO code list == our table
if have_shared; then
  tail -n +2 "$SHARED/data/cameo/gdelt-lookups/CAMEO.eventcodes.txt" | cut -f1 | tr -d '\r' | sort >"$TMP/theirs"
  grep -v '^#' data/cameo/cameo.txt | awk 'NF {print $1}' | sort >"$TMP/ours"
  if cmp -s "$TMP/theirs" "$TMP/ours"; then ok; else bad "data/cameo/cameo.txt codes differ from CAMEO.eventcodes.txt"; fi
else
  echo "skipped: ../shared absent (CAMEO code list check)"
fi

# the spec: needs the trained models
if [ -f models/parser.bin ] || [ -f models/tagger.bin ]; then
  $SIMA test-spec --rules docs/rules.md test/spec/*.txt >"$TMP/spec" 2>&1
  rc=$?
  tail -3 "$TMP/spec"
  if [ $rc -eq 0 ]; then ok; else bad "sima test-spec (see FAIL lines)"; grep -A6 '^FAIL' "$TMP/spec" | head -60; fi
  total=$(grep -c '^~~~ example' test/spec/*.txt | awk -F: '{s += $2} END {print s}')
  if [ "$total" -ge 200 ]; then ok; else bad "only $total spec examples (want >= 200)"; fi
else
  echo "skipped: models/ not trained (spec examples)"
fi
finish
