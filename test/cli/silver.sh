#!/bin/sh
# test/cli/silver.sh — tools/dsilver: the RFC 4180 CSV reader (quoted
# fields, doubled quotes, line breaks inside quotes, CRLF, the story column,
# de-duplication, malformed input named by line) and the selection of
# training sentences from `sima parse` output; tools/silver.sh's skip, and
# train_dmodel.sh's refusal to replace the dense model without silver.
. test/cli/lib.sh
DS="$BUILD/tools/dsilver"

# quoted fields, doubled quotes, a newline (and CRLF) inside quotes, empty
# fields, a repeated story dropped, an empty one skipped
printf 'id,text,label\n1,"He said ""no"",\nthen left.",A\r\n2,plain story,B\n3,"He said ""no"",\r\nthen left.",C\n4,,D\n5,"a, b",E' > "$TMP/a.csv"
"$DS" csv < "$TMP/a.csv" > "$TMP/a.out" 2> "$TMP/a.err"
printf 'He said "no", then left.\nplain story\na, b\n' > "$TMP/a.want"
if cmp -s "$TMP/a.out" "$TMP/a.want"; then ok; else bad "csv stories"; cat "$TMP/a.out"; fi
if grep -qF "5 records, 3 stories written, 1 repeated, 1 empty" "$TMP/a.err"; then ok; else bad "csv counts: $(cat "$TMP/a.err")"; fi
check_out "csv column" "E" "$DS" csv --column label < "$TMP/a.csv"
# malformed input: the error names the line
printf 'id,text\n1,ok\n2,bad "quote" here\n' > "$TMP/b.csv"
check_exit 1 "quote in unquoted field exit" "$DS" csv < "$TMP/b.csv"
check_err "quote in unquoted field" "dsilver: line 3: quote inside an unquoted field" "$DS" csv < "$TMP/b.csv"
printf 'id,text\n1,"multi\nline"\n2,"closed" late\n' > "$TMP/c.csv"
check_err "text after closing quote" "dsilver: line 4: ' ' after a closing quote" "$DS" csv < "$TMP/c.csv"
printf 'id,text\n1,ok\n2,"never\nclosed\n' > "$TMP/d.csv"
check_err "unclosed quote" "dsilver: line 3: quoted field not closed at end of input" "$DS" csv < "$TMP/d.csv"
printf 'id,text\n1,ok\n2,one,two\n' > "$TMP/e.csv"
check_err "field count" "dsilver: line 3: record has 3 fields, the header 2" "$DS" csv < "$TMP/e.csv"
check_err "missing column" 'no column "story" in the header ("id", "text")' "$DS" csv --column story < "$TMP/e.csv"
check_err "empty input" "empty input" "$DS" csv < /dev/null
check_exit 2 "usage" "$DS" frobnicate

# selection: a kept sentence (ids renamed), a cut-off one, a too-short one,
# one without a verb, a repeat, one with template junk
printf 'Rebels seized the town on Monday, officials said. The government said it would\nRebels seized the town on Monday, officials said. Talks began.\nThe army of {country_1} attacked the rebels on Monday.\nThe big old house near the river.\n' > "$TMP/s.txt"
"$SIMA" parse --lines "$TMP/s.txt" > "$TMP/s.conllu"
"$DS" select < "$TMP/s.conllu" > "$TMP/s.out" 2> "$TMP/s.err"
if [ "$(grep -c '^# text' "$TMP/s.out")" = 1 ] && grep -qF "# sent_id = ngec-1-1" "$TMP/s.out" &&
   grep -qF "# text = Rebels seized the town on Monday, officials said." "$TMP/s.out"; then ok; else bad "select"; cat "$TMP/s.out" "$TMP/s.err"; fi
if grep -qF "read, 1 kept (10 words), 1 repeated" "$TMP/s.err"; then ok; else bad "select counts: $(cat "$TMP/s.err")"; fi
check_out "select min words" "# text = Talks began." "$DS" select --min-words 2 --prefix x < "$TMP/s.conllu"
check_out "select prefix" "# sent_id = x-2-2" "$DS" select --min-words 2 --prefix x < "$TMP/s.conllu"

# the script skips cleanly without the data
mkdir -p "$TMP/noshared"
check_out "silver.sh skip" "silver: skipped:" env SHARED="$TMP/noshared" sh tools/silver.sh "$TMP/silver.conllu"
if [ ! -e "$TMP/silver.conllu" ]; then ok; else bad "silver.sh wrote a file while skipping"; fi
# and without silver news, train_dmodel.sh stops before training and
# keeps the shipped dense model (a fake EWT train file and jackknifed set:
# it must not get as far as reading them)
mkdir -p "$TMP/noshared/data/ud-english-ewt"
echo x > "$TMP/noshared/data/ud-english-ewt/en_ewt-ud-train.conllu"
echo x > "$TMP/jk.conllu"
before=$(cksum < models/dparser.bin)
check_exit 1 "dmodels without silver: exit" env SHARED="$TMP/noshared" JK="$TMP/jk.conllu" sh tools/train_dmodel.sh
check_err "dmodels without silver: message" "models/dparser.bin not replaced: no silver news" env SHARED="$TMP/noshared" JK="$TMP/jk.conllu" sh tools/train_dmodel.sh
if [ "$(cksum < models/dparser.bin)" = "$before" ]; then ok; else bad "train_dmodel.sh changed models/dparser.bin without silver"; fi
finish
