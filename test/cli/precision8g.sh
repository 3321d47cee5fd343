#!/bin/sh
# test/cli/precision8g.sh — actor codes of the precision8g pass: RULE
# A-FROM-REMOVAL, the "from" phrase after the object of a verb of removal
# is where the troops leave, not whose they are ("withdraw its troops from
# Somalia" composes no SOMMIL), with a guard ("troops from Ghana" met by a
# minister stay GHAMIL).  `sima test-spec` compares codes by prefix, so the
# exact codes are checked here on `sima actors --format tsv`.
. test/cli/lib.sh

cat > "$TMP/a.txt" <<'X'
Kenya will withdraw its troops from Somalia.
Ethiopia has begun pulling 2,000 soldiers from Somalia.
Uganda recalled the remaining soldiers from Burundi.
The minister met troops from Ghana.
X
tsv() { $SIMA actors --lines --format tsv "$TMP/a.txt"; }
check_out "withdraw its troops from" '	troops	MIL		MIL	dict	' tsv
check_out "pulling 2,000 soldiers from" '	soldiers	MIL		MIL	dict	' tsv
# guard: no verb of removal before the agent: the from-phrase composes
check_out "troops from Ghana" '	troops from Ghana	GHAMIL	GHA	MIL	composed	' tsv
n=$(tsv | grep -c 'SOMMIL\|BDIMIL')
if [ "$n" -eq 0 ]; then ok; else bad "$n removal objects composed with the country left"; fi
finish
