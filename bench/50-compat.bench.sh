# bench/50-compat.bench.sh — load time and memory of the full Phoenix
# dictionaries in their legacy formats (PETRARCH2 verbs CAMEO.2.0.txt, the
# three Phoenix actor files, agents, discards, issues) through
# `sima validate --load-only --lenient`: translation and compilation
# included, models not loaded.  Target: <= 200 ms.  Median of 5 runs, wall
# (the load itself, as `sima validate` times it) and CPU time (the whole
# process, start-up included), minor page faults (~14 us each on this VM:
# the reason for src/arena.c's huge-page tables), peak RSS.
. bench/lib.sh
SHARED=${SHARED:-../shared}
SIMA=${SIMA:-build/sima}
D="$SHARED/data/petrarch2/dictionaries"
if [ ! -d "$D" ]; then
  echo "skipped: ../shared absent"
  exit 0
fi
out=${TMPDIR:-/tmp}/sima-b50
: > "$out.ms"; : > "$out.cpu"; : > "$out.rss"; : > "$out.flt"
for i in 1 2 3 4 5; do
  /usr/bin/time -f 'cpu %U %S %R' -o "$out.time" "$SIMA" validate --load-only --lenient --quiet-warnings \
    --verbs "$D/CAMEO.2.0.txt" --actors "$D/Phoenix.Countries.actors.txt" \
    --actors "$D/Phoenix.International.actors.txt" --actors "$D/Phoenix.MilNonState.actors.txt" \
    --agents "$D/Phoenix.agents.txt" --discards "$D/Phoenix.discards.txt" \
    --issues "$D/Phoenix.IssueCoding.txt" > "$out.txt" 2>/dev/null
  sed -n 's/^load: ms=\([0-9.]*\).*/\1/p' "$out.txt" >> "$out.ms"
  sed -n 's/.*peak_rss_kb=\([0-9]*\).*/\1/p' "$out.txt" >> "$out.rss"
  awk '/^cpu/ {print ($2 + $3) * 1000}' "$out.time" >> "$out.cpu"
  awk '/^cpu/ {print $4}' "$out.time" >> "$out.flt"
done
grep -v '^load:' "$out.txt"
echo "Phoenix dictionaries load, median of 5: $(median "$out.ms") ms wall, $(median "$out.cpu") ms CPU (whole process), $(median "$out.flt") minor page faults, peak RSS $(median "$out.rss") KiB (target 200 ms)"
