#!/bin/sh
# bench/bench.sh — `make bench`: runs every bench/*.bench.sh in name order.
# Each prints its own figures (median of several runs, peak RSS).
BUILD=${BUILD:-build}
export BUILD
SIMA=${SIMA:-$BUILD/sima}
export SIMA
SHARED=${SHARED:-../shared}
export SHARED
if [ ! -d "$SHARED/data" ]; then
  echo "bench: skipped: $SHARED/data is absent (the benchmarks use its corpora)"
  exit 0
fi
for b in bench/*.bench.sh; do
  [ -f "$b" ] || continue
  echo "== $(basename "$b" .bench.sh)"
  sh "$b" || exit 1
done
