#!/bin/sh
# test/cli/p11c.sh — RULE C-NOUN-BACKGROUND: a nominal event that is the
# time frame of its clause ("during the Pope's visit to Peru") and that the
# document coded before is that event again: no second event.  `sima
# test-spec` compares distinct (source, target, code) triples, so a
# repeat cannot fail there; the events are counted here.  The sentences
# are our own.
. test/cli/lib.sh

count() { $SIMA code --date 2019-06-01 "$1" | grep -c "$2"; }
cat > "$TMP/visit.txt" <<'X'
The Pope visited Peru in January. Clashes continued in Cusco during the Pope's visit to Peru.
X
cat > "$TMP/deal.txt" <<'X'
Peru and Chile signed a border agreement in 2018. Trade grew after the border agreement between Peru and Chile.
X
cat > "$TMP/first.txt" <<'X'
Clashes continued in Cusco during the Pope's visit to Peru.
X
n=$(count "$TMP/visit.txt" '"code":"042"')
if [ "$n" -eq 1 ]; then ok; else bad "visit repeated during its mention: $n 042 events, want 1"; fi
n=$(count "$TMP/deal.txt" '"code":"057"')
if [ "$n" -eq 2 ]; then ok; else bad "agreement repeated after its mention: $n 057 events, want 2"; fi
# guard: a first mention as a time frame is kept
n=$(count "$TMP/first.txt" '"code":"042"')
if [ "$n" -eq 1 ]; then ok; else bad "first mention: $n 042 events, want 1"; fi
finish
