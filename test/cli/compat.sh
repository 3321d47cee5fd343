#!/bin/sh
# test/cli/compat.sh — `sima validate`: PETRARCH/TABARI dictionaries and
# validation records.  Hand-written files in each legacy format always; the
# PETRARCH2 unit-test suite (284 records) when ../shared is present, whose
# pass count must not fall below FLOOR (the figure reached in docs/compat.md).
. test/cli/lib.sh
FLOOR=${COMPAT_FLOOR:-155}

cat > "$TMP/t.verbs.txt" <<'X'
<!-- a tiny TABARI-style verb file -->
&TIETYPES
+MILITARY
+DIPLOMATIC

--- RESTORE [---] ---
RESTORE
- * &TIETYPES TIES [064]

--- ACCUSE [112] ---
ACCUSE
X
cat > "$TMP/t.actors.txt" <<'X'
ARNOR_ [ARN]
+ARNORIAN
GONDOR [GON]
+MINAS_TIRITH
GOLLUM
	[HOB < 950601]
	[HOBGOV 950601-990815]
X
cat > "$TMP/t.agents.txt" <<'X'
!PERSON! = MAN, WOMAN
GOVERNMENT [~GOV]
CONGRESS!PERSON! [~LEG]
X
printf '+TYPHOON\nMONTHS LATER\n' > "$TMP/t.discards.txt"
cat > "$TMP/t.xml" <<'X'
<Validation>
<Environment>
  <Verbfile>t.verbs.txt</Verbfile>
  <Actorfile>t.actors.txt</Actorfile>
  <Agentfile>t.agents.txt</Agentfile>
  <Discardfile>t.discards.txt</Discardfile>
</Environment>
<Sentences>
<Sentence date="19950101" id="T-1" category="DEMO">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Arnor restored diplomatic ties with Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="T-2" category="ERROR">
<EventCoding error="storydiscard"></EventCoding>
<Text>Arnor restored diplomatic ties with Gondor after a typhoon.</Text>
</Sentence>
<Sentence date="19950101" id="T-3" category="DEMO">
<EventCoding noevents="True"></EventCoding>
<Text>The weather was fine.</Text>
</Sentence>
</Sentences>
X
check_out "validate summary" "passed," $SIMA validate "$TMP/t.xml"
check_out "categories" "ERROR" $SIMA validate "$TMP/t.xml"
check_out "discard record passes" "ERROR          1     1" $SIMA validate "$TMP/t.xml"
check_out "noevents record" "3 passed, 0 failed" $SIMA validate "$TMP/t.xml"
check "events file" $SIMA validate --events "$TMP/ev.jsonl" "$TMP/t.xml"
check_out "events: doc is the record id" '"doc":"T-1"' cat "$TMP/ev.jsonl"
check_out "load-only counts" "actors: 3 entries" \
  $SIMA validate --load-only --verbs "$TMP/t.verbs.txt" --actors "$TMP/t.actors.txt"
check_out "load-only time" "load: ms=" \
  $SIMA validate --load-only --agents "$TMP/t.agents.txt"
# malformed entries: errors naming file:line, or warnings with --lenient
printf 'BAD_ACTOR [AB]\n' >> "$TMP/t.actors.txt"
check_exit 2 "strict: malformed actor" $SIMA validate "$TMP/t.xml"
check_err "strict: file:line" "t.actors.txt:8:" $SIMA validate "$TMP/t.xml"
check_err "lenient: warning" "t.actors.txt:8:" $SIMA validate --lenient "$TMP/t.xml"
check_out "lenient: runs" "passed," $SIMA validate --lenient "$TMP/t.xml"
check_exit 2 "usage: no file" $SIMA validate
check_exit 2 "usage: bad flag" $SIMA validate --bogus "$TMP/t.xml"
printf '<a>nothing</a>\n' > "$TMP/empty.xml"
check_exit 2 "no records" $SIMA validate "$TMP/empty.xml"

# the writers behind `sima code --format petrarch|gdelt|plover`
printf 'The Chinese army attacked Taiwan.\n' > "$TMP/c.txt"
check_out "code --format gdelt header" "GLOBALEVENTID	SQLDATE" \
  $SIMA code --format gdelt --date 2024-05-01 "$TMP/c.txt"
check_out "code --format plover" '"event":["ASSAULT"]' \
  $SIMA code --format plover --date 2024-05-01 "$TMP/c.txt"
check_out "code --format petrarch" "20240501	CHNMIL	TWN	19" \
  $SIMA code --format petrarch --date 2024-05-01 "$TMP/c.txt"
check_exit 2 "code --format bogus" $SIMA code --format bogus "$TMP/c.txt"

if have_shared; then
  U="$SHARED/data/petrarch2/tests/unit/PETR.UnitTest.records.xml"
  out=$($SIMA validate --lenient --quiet-warnings "$U" 2>/dev/null)
  n=$(printf '%s\n' "$out" | sed -n 's/^\([0-9]*\) passed, [0-9]* failed$/\1/p')
  echo "PETR.UnitTest.records.xml: ${n:-?} of 284 passed (floor $FLOOR)"
  if [ -n "$n" ] && [ "$n" -ge "$FLOOR" ]; then ok; else bad "unit records: ${n:-none} < $FLOOR"; fi
  D="$SHARED/data/petrarch2/dictionaries"
  check_err "Phoenix known error reported with file:line" \
    "Phoenix.agents.txt:904:" $SIMA validate --load-only --lenient --agents "$D/Phoenix.agents.txt"
  check_exit 2 "Phoenix strict load fails on its errors" \
    $SIMA validate --load-only --agents "$D/Phoenix.agents.txt"
else
  echo "skipped: ../shared absent (PETRARCH unit records, Phoenix dictionaries)"
fi
finish
