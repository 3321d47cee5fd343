#!/bin/sh
# bench/20-parse.bench.sh — tag+lemmatize+parse throughput on the InSight
# Crime corpus: sentences per CPU-second on one core (median of 3 runs;
# tokenizing and splitting are timed by `sima sentences` and subtracted),
# wall-clock sentences/s end to end, model load time (median of 5) and
# peak RSS.  CPU seconds, not wall time, make "per core" figures
# comparable on a shared machine.  Both parsers are measured: the dense
# one (the default, models/dparser.bin) and the sparse one
# (SIMA_PARSER=sparse), alternating run by run so that both see the same
# load; the sparse figures are a second block.
. bench/lib.sh
SIMA=${SIMA:-build/sima}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
insight_text "$TMP/insight.txt"
: > "$TMP/empty.txt"
parsers="dense sparse"
for p in $parsers; do : > "$TMP/parse.$p"; : > "$TMP/wall.$p"; : > "$TMP/load.$p"; done
field() { sed -nE "s/.* $1=([0-9.]+).*/\\1/p" "$2" | tail -n 1; }
for i in 1 2 3; do
  "$SIMA" sentences --lines --quiet --stats "$TMP/insight.txt" 2> "$TMP/e1"
  c1=$(field cpu_seconds "$TMP/e1")
  for p in $parsers; do
    SIMA_PARSER=$p "$SIMA" parse --lines --quiet --stats "$TMP/insight.txt" 2> "$TMP/e2"
    c2=$(field cpu_seconds "$TMP/e2")
    w2=$(field seconds "$TMP/e2")
    s=$(field sentences "$TMP/e2")
    echo "$s $c1 $c2" | awk '{ d = $3 - $2; if (d <= 0) d = $3; printf "%.0f\n", $1 / d }' >> "$TMP/parse.$p"
    echo "$s $w2" | awk '{ printf "%.0f\n", $1 / $2 }' >> "$TMP/wall.$p"
  done
done
for i in 1 2 3 4 5; do
  for p in $parsers; do
    SIMA_PARSER=$p "$SIMA" parse --quiet --stats "$TMP/empty.txt" 2>&1 | sed -nE 's/.*model_load_ms=([0-9.]+).*/\1/p' >> "$TMP/load.$p"
  done
done
echo "sentences: $s"
for p in $parsers; do
  export SIMA_PARSER=$p
  rss=$(peak_rss "$SIMA" parse --lines --quiet "$TMP/insight.txt")
  unset SIMA_PARSER
  pre=""
  [ "$p" = sparse ] && { echo "sparse parser (SIMA_PARSER=sparse, models/parser.bin):"; pre="sparse "; }
  echo "${pre}tag+parse sentences per CPU-second (1 core, median of 3): $(median "$TMP/parse.$p")"
  echo "${pre}end-to-end parse sentences/s, wall clock (median of 3): $(median "$TMP/wall.$p")"
  echo "${pre}model load ms, wall clock (median of 5): $(median "$TMP/load.$p")"
  echo "${pre}peak RSS KiB: $rss"
done
