#!/bin/sh
# test/cli/eval.sh — `sima eval`: the scoring method on a small gold file of
# our own (best-matching event, compound actors, the EU as IGO, outcomes),
# usage errors, and, when ../shared is present, the PLOVER gold standard.
. test/cli/lib.sh

cat > "$TMP/gold.json" <<'X'
[
{"id": "T-DOC", "event": "DOCUMENT", "text": "Not an event record."},
{"id": "T-1", "date": "2024-01-15", "event": "FIGHT", "text": "China attacked Taiwan.",
 "source": [{"code": "CHN"}], "target": [{"code": "TWN"}]},
{"id": "T-2", "date": "2024-01-15", "event": "DISAPPROVE", "text": "Russia and China condemned Japan.",
 "source": [{"code": "RUS"}, {"code": "CHN"}], "target": [{"code": "JPN"}]},
{"id": "T-3", "date": "2024-01-15", "event": "DISAPPROVE", "text": "The European Union condemned Russia.",
 "source": [{"code": "IGO"}], "target": [{"code": "RUS"}]},
{"id": "T-4", "date": "2024-01-15", "event": "AGREE", "text": "The weather was fine.",
 "source": [{"code": "USA"}], "target": [{"code": "CAN"}]}
]
X
check_out "records" "records      4" $SIMA eval "$TMP/gold.json"
check_out "type" "type_root    75.0% (3/4)" $SIMA eval "$TMP/gold.json"
check_out "source (EU = IGO)" "source       75.0% (3/4)" $SIMA eval "$TMP/gold.json"
check_out "target" "target       75.0% (3/4)" $SIMA eval "$TMP/gold.json"
# T-2 gives two events, both described by its compound source: not extra
check_out "extra" "extra        0.00 per record" $SIMA eval "$TMP/gold.json"
check_out "extra strict" "extra_strict 0.25 per record" $SIMA eval "$TMP/gold.json"
check_out "outcomes" "records by outcome: ok 3 no-event 1 wrong-type 0" $SIMA eval "$TMP/gold.json"
check_out "verbose outcome" "T-4 AGREE root=NO src=NO tgt=NO no-event" $SIMA eval --verbose "$TMP/gold.json"

# the matched event is the best one, not the first: CHN JPN 111 comes
# first, the gold is RUS KOR
cat > "$TMP/best.json" <<'X'
[{"id": "B-1", "event": "DISAPPROVE", "text": "China condemned Japan and Russia condemned Korea.",
  "source": [{"code": "RUS"}], "target": [{"code": "KOR"}]}]
X
check_out "best event" "all_three    100.0% (1/1" $SIMA eval "$TMP/best.json"

# --ignore-dates: a leader outside the record's date is coded by his title
cat > "$TMP/dated.json" <<'X'
[{"id": "T-5", "date": "2024-01-15", "event": "DISAPPROVE", "text": "King Hassan criticized Algeria.",
 "source": [{"code": "MAR"}], "target": [{"code": "DZA"}]}]
X
check_out "dated: no king in 2024" "records by outcome: ok 0 no-event 1" $SIMA eval "$TMP/dated.json"
check_out "--ignore-dates" "records by outcome: ok 1 no-event 0" $SIMA eval --ignore-dates "$TMP/dated.json"

check_exit 2 "no file" $SIMA eval
check_exit 2 "bad option" $SIMA eval --bogus "$TMP/gold.json"
printf 'not json' > "$TMP/bad.json"
check_exit 1 "bad json" $SIMA eval "$TMP/bad.json"

G=$SHARED/data/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt
if [ -f "$G" ]; then
  # the README figures: at most 0.3 extra events per record
  $SIMA eval "$G" > "$TMP/gsr.txt" 2>&1
  extra=$(sed -n 's/^extra  *\([0-9.]*\) per record.*/\1/p' "$TMP/gsr.txt")
  if [ -n "$extra" ] && awk "BEGIN { exit !($extra <= 0.30) }"; then ok; else bad "GSR extra $extra > 0.30"; fi
else
  echo "skipped: ../shared absent (PLOVER GSR figures)"
fi
finish
