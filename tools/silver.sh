#!/bin/sh
# tools/silver.sh — silver training news for the dense parser (`make silver`;
# tools/train_models.sh can call it the same way):
#
#   sh tools/silver.sh OUT.conllu
#
# unzip -p (the 4,500 MIT-licensed synthetic NGEC stories in
# $SHARED/data/ngec/train_classifiers, see its SOURCE.txt) | dsilver csv
# (one story a line, de-duplicated) | sima parse --parser sparse --lines
# (models/parser.bin, whatever SIMA_PARSER says) | dsilver select
# (training-worthy sentences) > OUT.conllu.
# Deterministic: the same models and data give the same bytes.  When the
# data or `unzip` are absent it prints "silver: skipped: ..." and exits 0
# without writing OUT; a caller tests whether OUT exists.  The silver data
# are built, never committed.
set -e
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
OUT=${1:?usage: sh tools/silver.sh OUT.conllu}
ZIP="$SHARED/data/ngec/train_classifiers/gpt_synthetic_events_2023-10-19_19.csv.zip"
if [ ! -f "$ZIP" ]; then
  echo "silver: skipped: $ZIP is absent"
  exit 0
fi
if ! command -v unzip >/dev/null 2>&1; then
  echo "silver: skipped: unzip is not installed (apt-get install unzip)"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unzip -p "$ZIP" | "$BUILD/tools/dsilver" csv > "$tmp/stories.txt"
"$BUILD/sima" parse --parser sparse --lines "$tmp/stories.txt" > "$tmp/parsed.conllu"
"$BUILD/tools/dsilver" select < "$tmp/parsed.conllu" > "$tmp/silver.conllu"
mv "$tmp/silver.conllu" "$OUT"
echo "silver: wrote $OUT"
