# test/cli/lib.sh — helpers for CLI test scripts (sourced).
#   check "name" CMD...        passes if CMD exits 0
#   check_exit N "name" CMD... passes if CMD exits N
#   check_out "name" "want" CMD...   passes if stdout contains want
#   finish                     prints "N passed, N failed"
BUILD=${BUILD:-build}
SIMA=${SIMA:-$BUILD/sima}
unset SIMA_PARSER # expectations are the default parser's (see test/run.sh)
SHARED=${SHARED:-../shared}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() {
  n=$1; shift
  if "$@" >"$TMP/out" 2>"$TMP/err"; then ok; else bad "$n (exit $?)"; cat "$TMP/err" | head -5; fi
}
check_exit() {
  want=$1; n=$2; shift 2
  "$@" >"$TMP/out" 2>"$TMP/err"; rc=$?
  if [ "$rc" -eq "$want" ]; then ok; else bad "$n: exit $rc, want $want"; head -5 "$TMP/err"; fi
}
check_out() {
  n=$1; want=$2; shift 2
  "$@" >"$TMP/out" 2>"$TMP/err"
  if grep -qF -- "$want" "$TMP/out"; then ok; else bad "$n: output lacks '$want'"; head -5 "$TMP/out"; head -5 "$TMP/err"; fi
}
check_err() {
  n=$1; want=$2; shift 2
  "$@" >"$TMP/out" 2>"$TMP/err"
  if grep -qF -- "$want" "$TMP/err"; then ok; else bad "$n: stderr lacks '$want'"; head -5 "$TMP/err"; fi
}
have_shared() { [ -d "$SHARED/data" ]; }
finish() { echo "$pass passed, $fail failed"; [ "$fail" -eq 0 ]; }
