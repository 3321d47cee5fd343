# bench/60-code.bench.sh — the full pipeline (raw text -> JSONL events) on
# the InSight Crime corpus with 2 threads: sentences/s (wall clock), load
# time of models and dictionaries, peak RSS; median of 5 runs (the shared
# VM's speed varies by a quarter from minute to minute; 5 runs steady the
# median).  The default (dense) parser's figures come first, then the same
# with SIMA_PARSER=sparse (the slower parser the coder used before the
# twentieth session), the two alternating run by run so that both see the
# same load.
. bench/lib.sh
CORPUS=${TMPDIR:-/tmp}/sima-insight.txt
insight_text "$CORPUS"
out=${TMPDIR:-/tmp}/sima-b60
parsers="dense sparse"
for p in $parsers; do : > "$out.$p.sps"; : > "$out.$p.rss"; : > "$out.$p.load"; done
for i in 1 2 3 4 5; do
  for p in $parsers; do
    line=$(SIMA_PARSER=$p "$SIMA" code --lines --threads 2 --stats "$CORPUS" 2>&1 >/dev/null | grep '^stats:')
    echo "$line" | sed 's/.* sentences_per_s=\([0-9.]*\).*/\1/' >> "$out.$p.sps"
    echo "$line" | sed 's/.*peak_rss_kb=\([0-9]*\).*/\1/' >> "$out.$p.rss"
    # load time: coding an empty-ish input measures start-up alone
    l=$(echo "Nothing." | SIMA_PARSER=$p "$SIMA" code --stats - 2>&1 >/dev/null | sed -n 's/.* seconds=\([0-9.]*\).*/\1/p')
    echo "$l" >> "$out.$p.load"
    [ "$p" = dense ] && dense_line=$line
  done
done
parsed=$(echo "$dense_line" | sed -n 's/.* parsed_sentences=\([0-9]*\).*/\1/p')
echo "$dense_line" | sed 's/^stats: /corpus: /; s/ seconds=.*//; s/$/ (parsed: '"$parsed"', the sentences that can yield an event)/'
for p in $parsers; do
  label="sima code, 2 threads"
  [ "$p" = sparse ] && label="sima code --parser sparse, 2 threads"
  echo "$label, median of 5: $(median "$out.$p.sps") sentences/s (runs $(range "$out.$p.sps")), peak RSS $(median "$out.$p.rss") KiB, start-up (load models+dictionaries, code one sentence) $(median "$out.$p.load") s"
done
