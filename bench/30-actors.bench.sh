# bench/30-actors.bench.sh — the actor recognizer on the InSight Crime
# corpus (1,653 articles, one per line): dictionary load time (wall and
# CPU), mentions/s and sentences/s of sima_actors_find alone (the reader,
# tokenizer and splitter are timed apart in bench 10), and peak RSS of the
# whole run; median of 5 runs.
. bench/lib.sh
CORPUS=${TMPDIR:-/tmp}/sima-insight.txt
insight_text "$CORPUS"
out=${TMPDIR:-/tmp}/sima-b30
: > "$out.load"; : > "$out.loadcpu"; : > "$out.mps"; : > "$out.sps"; : > "$out.rss"
: > "$out.mpc"; : > "$out.spc"
for i in 1 2 3 4 5; do
  "$SIMA" actors --lines --quiet --stats "$CORPUS" 2>"$out.err" >/dev/null
  st=$(grep '^stats:' "$out.err")
  ac=$(grep '^actors:' "$out.err")
  echo "$ac" | sed 's/.* load_ms=\([0-9.]*\).*/\1/' >> "$out.load"
  echo "$ac" | sed 's/.* load_cpu_ms=\([0-9.]*\).*/\1/' >> "$out.loadcpu"
  echo "$ac" | sed 's/.* mentions_per_s=\([0-9.]*\).*/\1/' >> "$out.mps"
  echo "$ac" | sed 's/.* sentences_per_s=\([0-9.]*\).*/\1/' >> "$out.sps"
  echo "$ac" | sed 's/.* mentions_per_cpu_s=\([0-9.]*\).*/\1/' >> "$out.mpc"
  echo "$ac" | sed 's/.* sentences_per_cpu_s=\([0-9.]*\).*/\1/' >> "$out.spc"
  echo "$st" | sed 's/.*peak_rss_kb=\([0-9]*\).*/\1/' >> "$out.rss"
done
echo "$ac" | sed 's/^actors: /dictionaries and corpus: /; s/ actor_seconds=.*//'
echo "actors, median of 5: dictionary load $(median "$out.load") ms wall ($(median "$out.loadcpu") ms CPU; budget 50 ms), recognizer $(median "$out.mpc") mentions/s and $(median "$out.spc") sentences/s per core (wall clock: $(median "$out.mps") mentions/s, $(median "$out.sps") sentences/s), peak RSS $(median "$out.rss") KiB"
