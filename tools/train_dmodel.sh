#!/bin/sh
# tools/train_dmodel.sh — `make dmodels`: trains the dense parser
# (src/dparser.c) with build/tools/dtrain and writes models/dparser.bin,
# its line in models/MANIFEST and the "Dense parser" section of
# models/REPORT.md (dev and test scores through `sima parse --parser
# dense` and `sima eval-conllu`).  Deterministic: fixed seeds and a fixed
# gradient order, so dparser.bin is identical run to run (on the same
# models/tagger.bin, which tags dev, and the same silver file).
#
# Data: UD English EWT train (twice) with jackknifed tags (`train
# --write-tags`, a 4-way jackknife of the tagger, as the sparse parser is
# trained), plus, when there is one, DSILVER sentences of silver news
# (default 13,000): $SILVER if set, else what tools/silver.sh makes from
# the MIT-licensed NGEC synthetic stories (parsed by the sparse parser).
# Without silver it stops with a message and leaves models/dparser.bin as
# it is; DSILVER=0 trains on EWT alone (lower scores: see docs/syntax.md).
# `make models` (tools/train_models.sh) runs this script last, with JK
# naming the jackknifed train set its own run of build/tools/train wrote
# (the same tags: the same folds and iterations), so the taggers are not
# trained twice; `make dmodels` runs it alone and makes the tags itself.
set -e
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
D="$SHARED/data/ud-english-ewt"
DSILVER=${DSILVER:-13000}
# --embed 32: the factored first layer (a word embedding shared by all the
# slots, docs/syntax.md, eighteenth session); 3 epochs fit the time budget
DTRAIN_FLAGS=${DTRAIN_FLAGS:-"--copies 2 --hidden 192 --k 2000,1000,500,100 --embed 32 --qclip 0.9999 --epochs 3 --seed 1 --threads 2"}
if [ ! -f "$D/en_ewt-ud-train.conllu" ]; then
  echo "make dmodels: skipped: $D is absent"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
start=$(date +%s)
: > "$tmp/log"
if [ -n "$JK" ] && [ -s "$JK" ]; then
  cp "$JK" "$tmp/train-jk.conllu"
else
  "$BUILD/tools/train" "$tmp" "$D/en_ewt-ud-train.conllu" \
    "$D/en_ewt-ud-dev.conllu" "$D/en_ewt-ud-test.conllu" --tag-iters 12 \
    --jackknife 4 --only tags --write-tags "$tmp/train-jk.conllu" 2> "$tmp/log" || {
    cat "$tmp/log" >&2
    exit 1
  }
fi
extra=""
silver_note="none (EWT only)"
if [ -n "$SILVER" ] && [ -f "$SILVER" ]; then
  src="$SILVER"
  from="$SILVER"
elif [ -f tools/silver.sh ]; then
  BUILD="$BUILD" sh tools/silver.sh "$tmp/silver-all.conllu" >> "$tmp/log" 2>&1 || true
  src="$tmp/silver-all.conllu"
  from="the silver news of tools/silver.sh (the NGEC synthetic stories, MIT, parsed by the new sparse parser)"
else
  src=""
fi
if [ "$DSILVER" != 0 ] && { [ -z "$src" ] || [ ! -s "$src" ]; }; then
  # the shipped dparser.bin was trained with silver news; one trained on
  # EWT alone is weaker (below the dense bars of test/cli/syntax.sh), so
  # it does not replace it unless asked for with DSILVER=0
  grep '^silver:' "$tmp/log" >&2 || true
  echo "make dmodels: models/dparser.bin not replaced: no silver news (tools/silver.sh needs $SHARED/data/ngec and unzip, or set SILVER=FILE); DSILVER=0 trains on EWT alone" >&2
  exit 1
fi
if [ "$DSILVER" != 0 ] && [ -n "$src" ] && [ -s "$src" ]; then
  awk -v n="$DSILVER" '{ print } /^$/ { if (++k >= n) exit }' "$src" > "$tmp/silver.conllu"
  extra="--extra $tmp/silver.conllu"
  silver_note="the first $DSILVER sentences of $from"
fi
# shellcheck disable=SC2086
"$BUILD/tools/dtrain" "$tmp/dparser.bin" "$tmp/train-jk.conllu" \
  "$D/en_ewt-ud-dev.conllu" --models models $extra $DTRAIN_FLAGS 2>> "$tmp/log" || {
  cat "$tmp/log" >&2
  exit 1
}
end=$(date +%s)
cp "$tmp/dparser.bin" models/dparser.bin
grep -v ' dparser.bin$' models/MANIFEST > "$tmp/manifest" || true
(cd models && sha256sum dparser.bin) >> "$tmp/manifest"
cp "$tmp/manifest" models/MANIFEST
for set in dev test; do
  "$BUILD/sima" parse --model models --parser dense --input conllu \
    "$D/en_ewt-ud-$set.conllu" > "$tmp/$set.conllu"
  "$BUILD/sima" eval-conllu "$D/en_ewt-ud-$set.conllu" "$tmp/$set.conllu" > "$tmp/$set.txt"
done
row() { awk -v s="$1" '/^(UPOS|XPOS|Lemma|UAS|LAS)/ { v[$1] = $2 } END { printf "| %s | %s | %s | %s | %s | %s |\n", s, v["UPOS"], v["XPOS"], v["Lemma"], v["UAS"], v["LAS"] }' "$2"; }
# the section replaces an older one at the end of REPORT.md
awk '/^## Dense parser/ { exit } /^$/ { b = b "\n"; next } { printf "%s", b; b = ""; print }' models/REPORT.md > "$tmp/report"
{
  echo
  echo "## Dense parser (make dmodels)"
  echo
  echo "Produced by \`make models\` (its last step) or \`make dmodels\` alone"
  echo "(tools/train_dmodel.sh -> build/tools/dtrain); used with \`--parser dense\`"
  echo "or SIMA_PARSER=dense (the sparse parser is the default)."
  echo
  echo "- data: EWT train with jackknifed tags; silver: $silver_note"
  echo "- settings: \`$DTRAIN_FLAGS\`"
  echo "- training time: $((end - start)) s (wall clock)"
  echo "- scores: \`sima parse --parser dense --input conllu\`, \`sima eval-conllu\`"
  echo
  echo "| set | UPOS | XPOS | lemma | UAS | LAS |"
  echo "|---|---|---|---|---|---|"
  row dev "$tmp/dev.txt"
  row test "$tmp/test.txt"
  echo
  echo '```'
  ls -l models/dparser.bin | awk '{print $5, $NF}'
  grep -E '^(vocabulary|dtrain|epoch|  written)' "$tmp/log"
  echo '```'
} >> "$tmp/report"
cp "$tmp/report" models/REPORT.md
row dev "$tmp/dev.txt"
row test "$tmp/test.txt"
echo "dmodels: written in $((end - start)) s; see models/REPORT.md"
