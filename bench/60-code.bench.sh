# bench/60-code.bench.sh — the full pipeline (raw text -> JSONL events) on
# the InSight Crime corpus with 2 threads: sentences/s (wall clock), load
# time of models and dictionaries, peak RSS; median of 3 runs.
. bench/lib.sh
CORPUS=${TMPDIR:-/tmp}/sima-insight.txt
insight_text "$CORPUS"
out=${TMPDIR:-/tmp}/sima-b60
: > "$out.sps"; : > "$out.rss"; : > "$out.load"
for i in 1 2 3; do
  line=$("$SIMA" code --lines --threads 2 --stats "$CORPUS" 2>&1 >/dev/null | grep '^stats:')
  echo "$line" | sed 's/.* sentences_per_s=\([0-9.]*\).*/\1/' >> "$out.sps"
  echo "$line" | sed 's/.*peak_rss_kb=\([0-9]*\).*/\1/' >> "$out.rss"
  # load time: coding an empty-ish input measures start-up alone
  l=$(echo "Nothing." | "$SIMA" code --stats - 2>&1 >/dev/null | sed -n 's/.* seconds=\([0-9.]*\).*/\1/p')
  echo "$l" >> "$out.load"
done
parsed=$(echo "$line" | sed -n 's/.* parsed_sentences=\([0-9]*\).*/\1/p')
echo "$line" | sed 's/^stats: /corpus: /; s/ seconds=.*//; s/$/ (parsed: '"$parsed"', the sentences that can yield an event)/'
echo "sima code, 2 threads, median of 3: $(median "$out.sps") sentences/s, peak RSS $(median "$out.rss") KiB, start-up (load models+dictionaries, code one sentence) $(median "$out.load") s"
