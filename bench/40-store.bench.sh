#!/bin/sh
# bench/40-store.bench.sh — the event store (docs/store.md "Speed"):
#   ingest of already-coded events, events/s (median of 3 runs of 500,000
#   events into a fresh database; wall clock, and per CPU second (user +
#   system, both threads) so that a busy machine does not skew it), peak
#   RSS;
#   trend and alerts over a 10-million-event store built once by
#   build/tools/gen_events (kept in $BUILD/bench/; rebuilt when the
#   generator's source changes or sima cannot read it), seconds, median of
#   3 runs.
# Takes a few minutes the first time (the 10M store); not part of make test.
. bench/lib.sh
BUILD=${BUILD:-build}
SIMA=${SIMA:-$BUILD/sima}
GEN=$BUILD/tools/gen_events
DIR=$BUILD/bench
mkdir -p "$DIR"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
now() { date +%s.%N; }
elapsed() { echo "$1 $2" | awk '{ printf "%.3f\n", $2 - $1 }'; }

# ---- ingest
N=500000
"$GEN" -n $N --seed 11 >"$TMP/ev.jsonl"
: >"$TMP/wall"; : >"$TMP/cpu"; : >"$TMP/rss"
for i in 1 2 3; do
  rm -f "$TMP/i.db" "$TMP/i.db-wal" "$TMP/i.db-shm"
  t0=$(now)
  /usr/bin/time -f '%U %S %M' -o "$TMP/time" "$SIMA" ingest -q --db "$TMP/i.db" "$TMP/ev.jsonl"
  t1=$(now)
  echo "$N $(elapsed "$t0" "$t1")" | awk '{ printf "%.0f\n", $1 / $2 }' >>"$TMP/wall"
  awk -v n=$N '{ printf "%.0f\n", n / ($1 + $2) }' "$TMP/time" >>"$TMP/cpu"
  awk '{ print $3 }' "$TMP/time" >>"$TMP/rss"
done
echo "ingest of coded events ($N events, $(du -k "$TMP/i.db" | cut -f1) KiB database), median of 3: $(median "$TMP/wall") events/s (wall clock), $(median "$TMP/cpu") events/s per CPU second, peak RSS $(median "$TMP/rss") KiB"
rm -f "$TMP/ev.jsonl" "$TMP"/i.db*

# ---- the 10M store
BIG=$DIR/store10m.db
STAMP=$(cat tools/gen_events.c | cksum | cut -d' ' -f1)
# a store of an older schema version is migrated (as any ingest would),
# not rebuilt
if [ -f "$BIG" ] && [ "$(cat "$BIG.stamp" 2>/dev/null)" = "$STAMP" ] &&
  "$SIMA" trend USA CHN --db "$BIG" 2>&1 >/dev/null | grep -q "needs migrating"; then
  echo "migrating $BIG to the current schema..."
  t0=$(now)
  printf '' | "$SIMA" ingest -q --input events --db "$BIG" - || exit 1
  t1=$(now)
  echo "migrated in $(elapsed "$t0" "$t1") s"
fi
if [ ! -f "$BIG" ] || [ "$(cat "$BIG.stamp" 2>/dev/null)" != "$STAMP" ] ||
  ! "$SIMA" trend USA CHN --db "$BIG" >/dev/null 2>&1; then
  rm -f "$BIG" "$BIG-wal" "$BIG-shm" "$BIG.stamp"
  echo "building $BIG (10,000,000 events)..."
  t0=$(now)
  "$GEN" -n 10000000 --seed 1 --plant RUS,UKR,2024-11-04 |
    "$SIMA" ingest -q --input events --db "$BIG" - || exit 1
  echo "$STAMP" >"$BIG.stamp"
  t1=$(now)
  echo "built in $(elapsed "$t0" "$t1") s: $(echo "10000000 $(elapsed "$t0" "$t1")" | awk '{ printf "%.0f", $1 / $2 }') events/s including generation, $(du -k "$BIG" | cut -f1) KiB"
fi
: >"$TMP/tr"; : >"$TMP/trd"; : >"$TMP/al"
for i in 1 2 3; do
  t0=$(now); "$SIMA" trend USA CHN --db "$BIG" >/dev/null; t1=$(now)
  elapsed "$t0" "$t1" >>"$TMP/tr"
  t0=$(now); "$SIMA" trend 'RUS*' UKR --db "$BIG" --by day >/dev/null; t1=$(now)
  elapsed "$t0" "$t1" >>"$TMP/trd"
  t0=$(now); "$SIMA" alerts --db "$BIG" >"$TMP/alerts.txt"; t1=$(now)
  elapsed "$t0" "$t1" >>"$TMP/al"
done
echo "10M-event store, median of 3: trend USA CHN by week $(median "$TMP/tr") s, trend RUS* UKR by day $(median "$TMP/trd") s, alerts (last 4 weeks, all dyads) $(median "$TMP/al") s ($(tail -n 1 "$TMP/alerts.txt"))"
