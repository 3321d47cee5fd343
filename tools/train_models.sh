#!/bin/sh
# tools/train_models.sh — `make models`: retrains models/tagger.bin,
# models/lemma.bin and models/parser.bin from UD English EWT in ../shared
# (plus WordNet's exception lists from Debian's wordnet-base), then writes
# models/MANIFEST (sha256) and models/REPORT.md (scores on dev and test);
# then the dense parser, models/dparser.bin, through tools/train_dmodel.sh
# (silver news parsed with the new models, and the jackknifed train set
# this run writes), unless DENSE=0.  Deterministic: fixed seeds, so the
# .bin files are identical run to run.
set -e
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
WORDNET=${WORDNET:-/usr/share/wordnet}
D="$SHARED/data/ud-english-ewt"
if [ ! -f "$D/en_ewt-ud-train.conllu" ]; then
  echo "make models: skipped: $D is absent"
  exit 0
fi
TRAIN_FLAGS=${TRAIN_FLAGS:-"--tag-iters 12 --parse-iters 16 --jackknife 4 --parse-prune 1"}
mkdir -p models
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
start=$(date +%s)
# the jackknifed train set, for the dense parser's trainer
jk=""
case "$TRAIN_FLAGS" in *--jackknife*) jk="--write-tags $tmp/train-jk.conllu" ;; esac
# shellcheck disable=SC2086
"$BUILD/tools/train" "$tmp" "$D/en_ewt-ud-train.conllu" \
  "$D/en_ewt-ud-dev.conllu" "$D/en_ewt-ud-test.conllu" \
  --wordnet "$WORDNET" $TRAIN_FLAGS $jk > "$tmp/scores.md" 2> "$tmp/log" || {
  cat "$tmp/log" >&2
  exit 1
}
end=$(date +%s)
cp "$tmp/tagger.bin" "$tmp/lemma.bin" "$tmp/parser.bin" models/
# models/dparser.bin (`make dmodels`) keeps its MANIFEST line and its
# REPORT.md section; retrain it after a new tagger (it was trained on tags)
dense=""
[ -f models/dparser.bin ] && dense=dparser.bin
[ -f models/REPORT.md ] && awk '/^## Dense parser/ { p = 1 } p' models/REPORT.md > "$tmp/dense-section"
(cd models && sha256sum tagger.bin lemma.bin parser.bin $dense > MANIFEST)
{
  echo "# Training report: tagger, lemmatizer, parser"
  echo
  echo "Produced by \`make models\` (tools/train_models.sh -> build/tools/train)."
  echo
  echo "- data: UD English EWT (\`$D\`), train for training, dev and test"
  echo "  for scoring; WordNet's exception lists (\`$WORDNET/*.exc\`) and lemma"
  echo "  lists (\`$WORDNET/index.{noun,verb,adj}\`) for the lemmatizer"
  echo "- settings: \`$TRAIN_FLAGS\`"
  echo "- training time: $((end - start)) s (wall clock, 2 threads for the taggers)"
  echo "- scores: gold tokenization, predicted tags for the parser, computed"
  echo "  through the public API after loading the files back (the same counts"
  echo "  as \`sima eval-conllu\`, CoNLL 2018 style: every word, LAS on the"
  echo "  universal relation)"
  echo
  cat "$tmp/scores.md"
  echo
  echo "Targets (issue 3): UPOS >= 95.0, XPOS >= 94.5, lemma >= 97.0,"
  echo "UAS >= 85.0, LAS >= 81.0 on test."
  echo
  echo "## Files"
  echo
  echo '```'
  ls -l models/tagger.bin models/lemma.bin models/parser.bin | awk '{print $5, $NF}'
  echo '```'
  echo
  echo "## Training log"
  echo
  echo '```'
  cat "$tmp/log"
  echo '```'
  if [ -s "$tmp/dense-section" ]; then
    echo
    cat "$tmp/dense-section"
  fi
} > models/REPORT.md
cat "$tmp/scores.md"
echo "models: written in $((end - start)) s; see models/REPORT.md"
if [ "${DENSE:-1}" != 0 ]; then
  JK="$tmp/train-jk.conllu" BUILD="$BUILD" SHARED="$SHARED" sh tools/train_dmodel.sh
  echo "models: all written in $(($(date +%s) - start)) s"
fi
