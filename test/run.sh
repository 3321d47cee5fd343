#!/bin/sh
# test/run.sh — runs the whole suite and prints "N passed, N failed" last.
#
# Every suite (a unit-test binary in $BUILD/test/, or a script test/cli/*.sh)
# ends its output with its own "N passed, N failed" line; this adds them up.
# Suites needing ../shared skip themselves with a message when it is absent.
BUILD=${BUILD:-build}
export BUILD
# the suite's expectations are the default (dense) parser's; suites that
# test the sparse one ask for it themselves
unset SIMA_PARSER
SIMA=${SIMA:-$BUILD/sima}
export SIMA
total_p=0
total_f=0
failed_suites=""
run_suite() {
  name=$1
  shift
  out=$("$@" 2>&1)
  rc=$?
  last=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -n 1)
  if [ -z "$last" ]; then
    printf '%s\n' "$out" | tail -n 20
    echo "[$name] no summary line (exit $rc)"
    total_f=$((total_f + 1))
    failed_suites="$failed_suites $name"
    return
  fi
  p=$(echo "$last" | sed -E 's/^([0-9]+) passed.*/\1/')
  f=$(echo "$last" | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/')
  if [ "$f" -ne 0 ] || [ "$rc" -ne 0 ]; then
    printf '%s\n' "$out" | grep -v '^ok ' | tail -n 40
    [ "$f" -eq 0 ] && f=1
    failed_suites="$failed_suites $name"
  fi
  # say what was skipped (../shared absent, root, ...) even when it passed
  printf '%s\n' "$out" | grep -i 'skipped' | sed "s/^/  [$name] /" | head -n 5
  printf '%-28s %s\n' "[$name]" "$last"
  total_p=$((total_p + p))
  total_f=$((total_f + f))
}
for t in "$BUILD"/test/test_*; do
  [ -x "$t" ] || continue
  run_suite "$(basename "$t")" "$t"
done
for fz in "$BUILD"/fuzz-replay/fuzz_*; do
  [ -x "$fz" ] || continue
  n=$(basename "$fz")
  set -- test/fuzz/regress/"$n"/* test/fuzz/corpus/"$n"/*
  files=""
  for x in "$@"; do [ -f "$x" ] && files="$files $x"; done
  [ -n "$files" ] || continue
  # shellcheck disable=SC2086
  run_suite "replay-$n" "$fz" $files
done
for s in test/cli/*.sh; do
  [ -f "$s" ] || continue
  [ "$(basename "$s")" = lib.sh ] && continue
  run_suite "$(basename "$s" .sh)" sh "$s"
done
[ -n "$failed_suites" ] && echo "failing suites:$failed_suites"
echo "$total_p passed, $total_f failed"
[ "$total_f" -eq 0 ]
