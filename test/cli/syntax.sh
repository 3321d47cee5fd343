#!/bin/sh
# test/cli/syntax.sh — `sima parse` and `sima eval-conllu`: CoNLL-U output
# with byte spans, re-parsing tokenized CoNLL-U, and the accuracy targets on
# UD English EWT test with gold tokenization (UPOS >= 95.0, XPOS >= 94.5,
# lemma >= 97.0, UAS >= 85.0, LAS >= 81.0).  The accuracy part skips with a
# message when ../shared is absent.
. test/cli/lib.sh

# raw text -> CoNLL-U with TokenRange and SpaceAfter
printf 'Rebels seized the town on Monday, officials said.\n' > "$TMP/a.txt"
check "parse text" "$SIMA" parse "$TMP/a.txt"
check_out "conllu root" "	root	" "$SIMA" parse "$TMP/a.txt"
check_out "token range" "TokenRange=0:6" "$SIMA" parse "$TMP/a.txt"
check_out "space after" "SpaceAfter=No|TokenRange=" "$SIMA" parse "$TMP/a.txt"
check_out "lemma" "	seized	seize	VERB	VBD	" "$SIMA" parse "$TMP/a.txt"
check_out "sentence text" "# text = Rebels seized the town on Monday, officials said." "$SIMA" parse "$TMP/a.txt"
# every token line has 10 fields and a head inside its sentence
"$SIMA" parse "$TMP/a.txt" > "$TMP/a.conllu"
if awk -F'\t' '/^[0-9]/ { if (NF != 10) bad = 1; n++ } END { exit bad || n < 5 }' "$TMP/a.conllu"; then ok; else bad "10 fields per word"; fi

# JSONL input
printf '{"id":"x1","date":"2024-01-02","title":"Talks fail","text":"The talks collapsed. Both sides blamed each other."}\n' > "$TMP/a.jsonl"
check_out "jsonl sent_id" "# sent_id = x1-" "$SIMA" parse "$TMP/a.jsonl"

# --input conllu: annotations ignored, words and sentences kept
printf '# sent_id = 1\n1\tPolice\tX\tX\tX\t_\t0\tdep\t_\t_\n2\tarrested\tX\tX\tX\t_\t1\tdep\t_\t_\n3\thim\tX\tX\tX\t_\t1\tdep\t_\tSpaceAfter=No\n4\t.\tX\tX\tX\t_\t1\tdep\t_\t_\n\n' > "$TMP/g.conllu"
check_out "conllu reparse" "2	arrested	arrest	VERB	" "$SIMA" parse --input conllu "$TMP/g.conllu"
check_out "conllu reparse root" "	0	root	" "$SIMA" parse --input conllu "$TMP/g.conllu"
check_out "conllu reparse span" "SpaceAfter=No|TokenRange=16:19" "$SIMA" parse --input conllu "$TMP/g.conllu"
"$SIMA" parse --input conllu "$TMP/g.conllu" > "$TMP/p.conllu"
check_out "eval self" "UAS    100.00" "$SIMA" eval-conllu "$TMP/p.conllu" "$TMP/p.conllu"
check_out "eval json" '"words":4' "$SIMA" eval-conllu --json "$TMP/g.conllu" "$TMP/p.conllu"
# hand-made gold and prediction: UPOS 3/4, XPOS 2/4, lemma 3/4, heads 3/4
# right, labels right on 2 of those (nsubj:pass vs nsubj counts as right:
# LAS compares the universal part)
printf '1	Police	police	NOUN	NNS	_	2	nsubj:pass	_	_
2	arrested	arrest	VERB	VBN	_	0	root	_	_
3	him	he	PRON	PRP	_	2	obj	_	_
4	.	.	PUNCT	.	_	2	punct	_	_

' > "$TMP/hg.conllu"
printf '1	Police	police	PROPN	NNP	_	2	nsubj	_	_
2	arrested	arrest	VERB	VBD	_	0	root	_	_
3	him	him	PRON	PRP	_	2	iobj	_	_
4	.	.	PUNCT	.	_	3	punct	_	_

' > "$TMP/hp.conllu"
check_out "eval counts" '{"words":4,"upos":75.00,"xpos":50.00,"lemma":75.00,"uas":75.00,"las":50.00}' "$SIMA" eval-conllu --json "$TMP/hg.conllu" "$TMP/hp.conllu"
# mismatched tokenization and bad files are rejected
printf '1\tPolice\t_\t_\t_\t_\t0\troot\t_\t_\n\n' > "$TMP/short.conllu"
check_exit 1 "eval mismatch" "$SIMA" eval-conllu "$TMP/g.conllu" "$TMP/short.conllu"
printf '1\tPolice\t_\n\n' > "$TMP/bad.conllu"
check_err "bad conllu line" "bad.conllu:1:" "$SIMA" parse --input conllu "$TMP/bad.conllu"
check_exit 2 "eval usage" "$SIMA" eval-conllu "$TMP/g.conllu"
check_exit 2 "missing model" "$SIMA" parse --model /nonexistent "$TMP/a.txt"
check_err "missing model message" "cannot open model" "$SIMA" parse --model /nonexistent "$TMP/a.txt"

# accuracy on EWT test
EWT="$SHARED/data/ud-english-ewt/en_ewt-ud-test.conllu"
if [ -f "$EWT" ]; then
  "$SIMA" parse --input conllu "$EWT" > "$TMP/ewt.conllu"
  "$SIMA" eval-conllu --json "$EWT" "$TMP/ewt.conllu" > "$TMP/ewt.json"
  cat "$TMP/ewt.json"
  for m in "upos 95.0" "xpos 94.5" "lemma 97.0" "uas 85.0" "las 81.0"; do
    set -- $m
    v=$(sed -E "s/.*\"$1\":([0-9.]+).*/\\1/" "$TMP/ewt.json")
    if awk -v v="$v" -v t="$2" 'BEGIN { exit !(v >= t) }'; then ok; else bad "EWT test $1 $v < $2"; fi
  done
else
  echo "syntax accuracy: skipped: ../shared absent"
fi

# the dense parser (opt-in): --parser and SIMA_PARSER, and its accuracy on
# EWT test (UAS >= 85.0, LAS >= 81.0) when models/dparser.bin is there
check_exit 2 "bad --parser" "$SIMA" parse --parser fast "$TMP/a.txt"
check_err "bad SIMA_PARSER" "SIMA_PARSER=fast" env SIMA_PARSER=fast "$SIMA" parse "$TMP/a.txt"
mkdir -p "$TMP/nodense"
for f in tagger lemma parser; do cp "models/$f.bin" "$TMP/nodense/"; done
check_exit 2 "dense without dparser.bin" "$SIMA" parse --model "$TMP/nodense" --parser dense "$TMP/a.txt"
check_err "dense without dparser.bin message" "dparser.bin: missing" "$SIMA" parse --model "$TMP/nodense" --parser dense "$TMP/a.txt"
check "sparse without dparser.bin" "$SIMA" parse --model "$TMP/nodense" --parser sparse "$TMP/a.txt"
if [ -f models/dparser.bin ]; then
  check_out "dense parse" "	root	" "$SIMA" parse --parser dense "$TMP/a.txt"
  check_out "dense via SIMA_PARSER" "	root	" env SIMA_PARSER=dense "$SIMA" parse "$TMP/a.txt"
  if [ -f "$EWT" ]; then
    "$SIMA" parse --parser dense --input conllu "$EWT" > "$TMP/dewt.conllu"
    "$SIMA" eval-conllu --json "$EWT" "$TMP/dewt.conllu" > "$TMP/dewt.json"
    cat "$TMP/dewt.json"
    for m in "uas 85.0" "las 81.0"; do
      set -- $m
      v=$(sed -E "s/.*\"$1\":([0-9.]+).*/\\1/" "$TMP/dewt.json")
      if awk -v v="$v" -v t="$2" 'BEGIN { exit !(v >= t) }'; then ok; else bad "dense EWT test $1 $v < $2"; fi
    done
  else
    echo "dense syntax accuracy: skipped: ../shared absent"
  fi
else
  echo "dense parser checks: skipped: models/dparser.bin absent (make dmodels)"
fi
finish
