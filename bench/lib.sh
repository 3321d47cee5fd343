# bench/lib.sh — helpers for bench scripts (sourced).
SHARED=${SHARED:-../shared}
# median FILE: the median of the numbers in FILE, one per line.
median() { sort -g "$1" | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
# range FILE: "lowest-highest" of the numbers in FILE, one per line.
range() { sort -g "$1" | awk 'NR == 1 {lo = $1} {hi = $1} END {print lo "-" hi}'; }
# insight_text OUT: the InSight Crime corpus as one article per line (labels cut).
insight_text() {
  [ -s "$1" ] || cat "$SHARED"/data/corpora/insightcrime/insightCrime/*.tsv | cut -f1 | sed 's/^"//; s/"$//' > "$1"
}
# peak RSS in KiB of a command: peak_rss CMD... (prints KiB on stdout of its own)
peak_rss() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1; }
