#!/bin/sh
# test/cli/golden.sh — compares `sima tokenize` and `sima sentences` (TSV) on
# test/golden/*.txt with the reviewed *.tokens.tsv / *.sentences.tsv.
# UPDATE=1 rewrites the expected files (review the diff before committing).
SIMA=${SIMA:-${BUILD:-build}/sima}
pass=0
fail=0
for f in test/golden/*.txt; do
  b=${f%.txt}
  for what in tokens sentences; do
    cmd=tokenize
    [ "$what" = sentences ] && cmd=sentences
    want="$b.$what.tsv"
    got=$("$SIMA" "$cmd" --format tsv "$f" 2>&1 | sed "s#^$f#FILE#")
    if [ -n "$UPDATE" ]; then
      printf '%s\n' "$got" > "$want"
      pass=$((pass + 1))
    elif [ -f "$want" ] && [ "$got" = "$(cat "$want")" ]; then
      pass=$((pass + 1))
    else
      fail=$((fail + 1))
      echo "FAIL golden $want"
      printf '%s\n' "$got" | diff "$want" - | head -10
    fi
  done
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
