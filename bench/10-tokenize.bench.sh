# bench/10-tokenize.bench.sh — reader + normalisation + tokenizer + sentence
# splitter on the InSight Crime corpus (1,653 articles, one per line), one
# core: MB/s and sentences/s per core (from CPU time, so a busy machine does
# not skew it; wall-clock figures alongside), peak RSS; median of 5 runs.
. bench/lib.sh
CORPUS=${TMPDIR:-/tmp}/sima-insight.txt
insight_text "$CORPUS"
out=${TMPDIR:-/tmp}/sima-b10
: > "$out.mbs"; : > "$out.sps"; : > "$out.rss"; : > "$out.wall"
for i in 1 2 3 4 5; do
  line=$("$SIMA" sentences --lines --quiet --stats "$CORPUS" 2>&1 >/dev/null | grep '^stats:')
  echo "$line" | sed 's/.*mb_per_cpu_s=\([0-9.]*\).*/\1/' >> "$out.mbs"
  echo "$line" | sed 's/.*sentences_per_cpu_s=\([0-9.]*\).*/\1/' >> "$out.sps"
  echo "$line" | sed 's/.*peak_rss_kb=\([0-9]*\).*/\1/' >> "$out.rss"
  echo "$line" | sed 's/.* mb_per_s=\([0-9.]*\).*/\1/' >> "$out.wall"
done
echo "$line" | sed 's/^stats: /corpus: /; s/ seconds=.*//'
echo "tokenize+split, median of 5: $(median "$out.mbs") MB/s per core, $(median "$out.sps") sentences/s per core (wall clock: $(median "$out.wall") MB/s), peak RSS $(median "$out.rss") KiB"
