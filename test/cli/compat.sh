#!/bin/sh
# test/cli/compat.sh — `sima validate`: PETRARCH/TABARI dictionaries and
# validation records.  Hand-written files in each legacy format always; the
# PETRARCH2 unit-test suite (284 records) when ../shared is present, whose
# pass count must not fall below FLOOR: 256 = 90 %, issue 6's target (257 reached, docs/compat.md).
. test/cli/lib.sh
FLOOR=${COMPAT_FLOOR:-256}

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

# translation of TABARI pattern markers (docs/compat.md "Verb files"), and
# the expectations of the validation files: each record fails without its
# rule (a `%` coded one way, NEITHER read as the subject, `+ ... IN $`
# ignored, THEIR as a trigger word, a set not seen as a modifier, "023?"
# required, "(ROOT" taken for a broken tree)
cat > "$TMP/t2.verbs.txt" <<'X'
--- DELAY [---] ---
DELAY
- % * THEIR MEETING [191]

--- BOYCOTT [191] ---
BOYCOTT
- NEITHER * [081]

--- SHOT [223] ---
SHOT
- + WAS * DEAD IN $ [224]

--- WARN [160] ---
WARN
- * THEIR ^ ABOUT + [162]

--- ADOPT [081] ---
ADOPT
- * &REVOLT [802]

&REVOLT
+REVOLUTION
+REVOLUTIONARY

--- ALLOW [080] ---
ALLOW
- * REALLY_PLEASANT [024]

--- WELCOME [041] ---
WELCOME
X
printf 'ARNOR_ [ARN]\n+ARNORIAN\nGONDOR [GON]\nROHAN [ROH]\nMORDOR [MOR]\nTHE_SHIRE [FRO/BIL/SAM]\n' > "$TMP/t2.actors.txt"
printf 'AMBASSADOR [~GOV]\n' > "$TMP/t2.agents.txt"
cat > "$TMP/t2.xml" <<'X'
<Validation>
<Environment>
  <Verbfile>t2.verbs.txt</Verbfile>
  <Actorfile>t2.actors.txt</Actorfile>
  <Agentfile>t2.agents.txt</Agentfile>
</Environment>
<Sentences>
<Sentence date="19950101" id="M-1" category="COMPOUND">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="191"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="191"></EventCoding>
<Text>Arnor and Gondor delayed their meeting.</Text>
</Sentence>
<Sentence date="19950101" id="M-2" category="COMPOUND">
<EventCoding sourcecode="ARN" targetcode="ROH" eventcode="081"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ROH" eventcode="081"></EventCoding>
<Text>Neither Arnor nor Gondor boycotted Rohan.</Text>
</Sentence>
<Sentence date="19950101" id="M-3" category="PATTERN">
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="224"></EventCoding>
<Text>An Arnorian was shot dead in Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="M-4" category="PATTERN">
<EventCoding sourcecode="ARN" targetcode="ROH" eventcode="162"></EventCoding>
<Text>Arnor warned its citizens about Rohan.</Text>
</Sentence>
<Sentence date="19950101" id="M-5" category="SYNSET">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="802"></EventCoding>
<Text>Arnor adopted a revolutionary manifesto with Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="M-6" category="DEMO">
<EventCoding sourcecode="ARN" targetcode="ROH" eventcode="191"></EventCoding>
<EventCoding sourcecode="---" targetcode="---" eventcode="023?"></EventCoding>
<Text>Arnor boycotted Rohan.</Text>
<Parse>
(ROOT
</Parse>
</Sentence>
<Sentence date="19950101" id="M-7" category="PATTERN">
<EventCoding sourcecode="ARN" targetcode="MOR" eventcode="024"></EventCoding>
<Text>Arnor allowed that Mordor is not a really pleasant place to visit.</Text>
</Sentence>
<Sentence date="19950101" id="M-8" category="COMPOUND">
<EventCoding sourcecode="FRO" targetcode="GON" eventcode="041"></EventCoding>
<EventCoding sourcecode="BIL" targetcode="GON" eventcode="041"></EventCoding>
<EventCoding sourcecode="SAM" targetcode="GON" eventcode="041"></EventCoding>
<Text>The Shire welcomed Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="M-9" category="AGENT">
<EventCoding sourcecode="ARNGOV" targetcode="MOR" eventcode="041"></EventCoding>
<EventCoding sourcecode="ROHGOV" targetcode="MOR" eventcode="041"></EventCoding>
<EventCoding sourcecode="GONGOV" targetcode="MOR" eventcode="041"></EventCoding>
<Text>The ambassadors of Arnor, Rohan and Gondor welcomed Mordor.</Text>
</Sentence>
<Sentence date="19950101" id="M-10" category="COMPOUND">
<EventCoding sourcecode="MOR" targetcode="GON" eventcode="041"></EventCoding>
<EventCoding sourcecode="ROH" targetcode="GON" eventcode="041"></EventCoding>
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="041"></EventCoding>
<EventCoding sourcecode="FRO" targetcode="GON" eventcode="041"></EventCoding>
<EventCoding sourcecode="BIL" targetcode="GON" eventcode="041"></EventCoding>
<EventCoding sourcecode="SAM" targetcode="GON" eventcode="041"></EventCoding>
<Text>Mordor, Rohan, Arnor and the Shire welcomed Gondor.</Text>
</Sentence>
</Sentences>
</Validation>
X
$SIMA validate --verbose "$TMP/t2.xml" > "$TMP/t2.out" 2>&1
# M-7: a TABARI phrase somewhere below the verb (`below=`); M-8: a
# compound actor code, one actor per code; M-9: an agent distributed over
# coordinated countries; M-10: a list of four parsed as two subjects
for id in M-1 M-2 M-3 M-4 M-5 M-6 M-7 M-8 M-9 M-10; do
  if grep -q "^FAIL $id " "$TMP/t2.out"; then bad "TABARI marker record $id: $(grep "^FAIL $id " "$TMP/t2.out")"; else ok; fi
done
check_out "TABARI marker records" "10 passed, 0 failed" cat "$TMP/t2.out"
# the semantics of the legacy formats (docs/compat.md "Word order, word
# forms and agents"), each record failing without its rule: an irregular
# form heading its own block (form=), `_` runs in order (seq=, verbseq=),
# PETRARCH1 words before the verb (preseq=), a multi-word verb's words in
# order, `NGO~` prefix agents and stacked agent codes, the first actor
# after the verb as the target (`after`), a noun matched as written
# (`word=`)
cat > "$TMP/t3.verbs.txt" <<'X'
&TIETYPES
+ECONOMIC
--- LEAVE [012] ---
LEAVE
--- LEFT [032:033] ---
LEFT
--- ABANDON [345] ---
ABANDON
- * NEW_&TIETYPES_RELATIONS [903]
- * EFFORT [987]
--- ALLOW [080] ---
ALLOW
- RECENTLY_* [025]
--- DEPLORE [122] ---
DEPLORE
- INDICATED * [123]
--- EXCLUDE [1721] ---
EXCLUDE
+CORDON_OFF
--- RESTORE [---] ---
RESTORE
- * &TIETYPES TIES [064]
--- LAUNCH [---] ---
LAUNCH
- * OFFENSIVE [223]
X
printf 'ARNOR_ [ARN]\n+ARNORIAN\nGONDOR [GON]\nROHAN [ROH]\n' > "$TMP/t3.actors.txt"
printf 'MSF {} [NGO~]\nSOLDIER [~MIL]\nISLAMIST [~MUS]\nMEDIA {} [~MED]\n' > "$TMP/t3.agents.txt"
cat > "$TMP/t3.xml" <<'X'
<Validation>
<Environment>
  <Verbfile>t3.verbs.txt</Verbfile>
  <Actorfile>t3.actors.txt</Actorfile>
  <Agentfile>t3.agents.txt</Agentfile>
</Environment>
<Sentences>
<Sentence date="19950101" id="W-1" category="VERB">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="032"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="033"></EventCoding>
<Text>Arnor left for Gondor on Monday.</Text>
</Sentence>
<Sentence date="19950101" id="W-2" category="SYNSET">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="345"></EventCoding>
<Text>Arnor abandoned new global economic relations with Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="W-3" category="PATTERN">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="080"></EventCoding>
<Text>Arnor recently did allow Gondor to trade.</Text>
</Sentence>
<Sentence date="19950101" id="W-4" category="VERB">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="123"></EventCoding>
<Text>Arnor indicated it deplored Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="W-5" category="DEMO">
<EventCoding sourcecode="ARNMIL" targetcode="GON" eventcode="1721"></EventCoding>
<Text>Soldiers from Arnor have cordoned off the roads leading into Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="W-6" category="AGENT">
<EventCoding sourcecode="NGOARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>MSF Arnor restored economic ties with Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="W-7" category="AGENT">
<EventCoding sourcecode="ARNMUSMED" targetcode="GON" eventcode="064"></EventCoding>
<Text>Arnorian Islamist media restored economic ties with Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="W-9" category="PATTERN">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="345"></EventCoding>
<Text>Arnor abandoned efforts to trade with Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="W-8" category="PATTERN">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="223"></EventCoding>
<Text>Arnor launched a fresh rocket and artillery offensive against encircled Gondor.</Text>
</Sentence>
</Sentences>
</Validation>
X
$SIMA validate --verbose "$TMP/t3.xml" > "$TMP/t3.out" 2>&1
for id in W-1 W-2 W-3 W-4 W-5 W-6 W-7 W-8 W-9; do
  if grep -q "^FAIL $id " "$TMP/t3.out"; then bad "legacy semantics record $id: $(grep "^FAIL $id " "$TMP/t3.out")"; else ok; fi
done
check_out "legacy semantics records" "9 passed, 0 failed" cat "$TMP/t3.out"
# TABARI/PETRARCH1 coder semantics and this round's parse repairs
# (docs/compat.md "Coder semantics of TABARI/PETRARCH1 files"), each
# record failing without its rule: names matched as written (no typo
# tolerance), a matched verb covers its phrase, an event without a target
# needs a noun phrase after the verb, the final speaker after a comma,
# a passive needs a by-phrase, `+ WORD *` and `WORD ^ +` positions,
# new_actor_length (X-9: and its switching off)
cat > "$TMP/t4.verbs.txt" <<'X'
--- RESTORE [064] ---
RESTORE
--- BURN [222] ---
BURN
--- SAY [023] ---
SAY {SAID SAYS SAYING}
--- CRITICIZE [121] ---
CRITICIZE
--- VISIT [042] ---
VISIT
--- CELEBRATE [043] ---
CELEBRATE
- + HOSTING * MAY_DAY $ [046]
- * IFTAR IN ^ + [045]
X
printf 'ARNOR_ [ARN]\nGONDOR [GON]\nROHAN [ROH]\nMORDOR [MOR]\nERIADOR [ERI]\nOSGILIATH [OSG]\n' > "$TMP/t4.actors.txt"
printf 'OFFICIAL [~GOV]\nLEADER [~GOV]\n' > "$TMP/t4.agents.txt"
cat > "$TMP/t4.xml" <<'X'
<Validation>
<Environment>
  <Verbfile>t4.verbs.txt</Verbfile>
  <Actorfile>t4.actors.txt</Actorfile>
  <Agentfile>t4.agents.txt</Agentfile>
</Environment>
<Sentences>
<Sentence date="19950101" id="X-1" category="ACTOR">
<EventCoding noevents="True"></EventCoding>
<Text>Arnor restored ties with Gxndor.</Text>
</Sentence>
<Sentence date="19950101" id="X-2" category="MODIFY">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Arnor will restore full ties with Gondor almost two years after Rohan crowds burned down the Mordor embassy.</Text>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date="19950101" id="X-3" category="MODIFY">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Arnor is about to restore full ties with Gondor almost two years after rioters burned down its consulate, a senior Rohan official said today.</Text>
</Sentence>
<Sentence date="19950101" id="X-4" category="MODIFY">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode="ROHGOV" targetcode="---" eventcode="023"></EventCoding>
<Text>Arnor is about to restore full ties with Gondor almost two years after rioters burned down its consulate, a senior Rohan official said on Saturday.</Text>
</Sentence>
<Config option="require_dyad" value="true"></Config>
<Sentence date="19950101" id="X-5" category="MODIFY">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="121"></EventCoding>
<Text>Arnor was criticized over its dispute with Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="X-6" category="PATTERN">
<EventCoding sourcecode="ARN" targetcode="ROH" eventcode="046"></EventCoding>
<Text>Rohan will be hosting Gondor to celebrate May Day with Arnor next month.</Text>
</Sentence>
<Sentence date="19950101" id="X-7" category="PATTERN">
<EventCoding sourcecode="ROH" targetcode="MORGOV" eventcode="045"></EventCoding>
<Text>Rohan has celebrated Iftar in Eriador with the leaders of Mordor.</Text>
</Sentence>
<Config option="new_actor_length" value="4"></Config>
<Sentence date="19950101" id="X-8" category="ACTOR">
<EventCoding sourcecode='"GRYFFINDOR HEAD MINERVA MCGONAGALL"' targetcode='"THE MINISTRY OF MAGIC"' eventcode="042"></EventCoding>
<Text>Gryffindor's head Minerva McGonagall visited the Ministry of Magic.</Text>
</Sentence>
<Config option="new_actor_length" value="0"></Config>
<Sentence date="19950101" id="X-9" category="ACTOR">
<EventCoding noevents="True"></EventCoding>
<Text>Gryffindor's head Minerva McGonagall visited the Ministry of Magic.</Text>
</Sentence>
</Sentences>
</Validation>
X
$SIMA validate --verbose "$TMP/t4.xml" > "$TMP/t4.out" 2>&1
for id in X-1 X-2 X-3 X-4 X-5 X-6 X-7 X-8 X-9; do
  if grep -q "^FAIL $id " "$TMP/t4.out"; then bad "TABARI coder record $id: $(grep "^FAIL $id " "$TMP/t4.out")"; else ok; fi
done
check_out "TABARI coder records" "9 passed, 0 failed" cat "$TMP/t4.out"
# PETRARCH1's comma-clause deletion, on in a file that sets a comma_*
# option: C-1's terminal clause (6 words, emax 8) is dropped, the comma
# inside "complete, full ties" is no clause's; C-2: emax 0 switches it off
printf -- '--- RESTORE [064] ---\nRESTORE\n--- SAY [023] ---\nSAY {SAID SAYS SAYING}\n' > "$TMP/t5.verbs.txt"
printf 'ARNOR_ [ARN]\nGONDOR [GON]\nROHAN [ROH]\n' > "$TMP/t5.actors.txt"
printf 'OFFICIAL [~GOV]\n' > "$TMP/t5.agents.txt"
cat > "$TMP/t5.xml" <<'X'
<Validation>
<Environment>
  <Verbfile>t5.verbs.txt</Verbfile>
  <Actorfile>t5.actors.txt</Actorfile>
  <Agentfile>t5.agents.txt</Agentfile>
</Environment>
<Sentences>
<Config option="require_dyad" value="false"></Config>
<Config option="comma_emax" value="8"></Config>
<Sentence date="19950101" id="C-1" category="MODIFY">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Arnor restored complete, full ties with Gondor, a senior Rohan official said on Saturday.</Text>
</Sentence>
<Config option="comma_emax" value="0"></Config>
<Sentence date="19950101" id="C-2" category="MODIFY">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode="ROHGOV" targetcode="---" eventcode="023"></EventCoding>
<Text>Arnor restored complete, full ties with Gondor, a senior Rohan official said on Saturday.</Text>
</Sentence>
</Sentences>
</Validation>
X
$SIMA validate --verbose "$TMP/t5.xml" > "$TMP/t5.out" 2>&1
check_out "comma-clause records" "2 passed, 0 failed" cat "$TMP/t5.out"
# PETRARCH verb-file semantics (SAY lists its forms above: PETRARCH looks
# "said" up as written): a code of the file's own ("174K", Y-1);
# a verb is looked up under its listed or generated regular forms only
# (Y-2 "departes" is no form of DEPART, Y-3 a regular one, Y-4 a listed
# one); an actor is the first actor of its noun phrase plus its agents
# (Y-5 "Rohan's ... minister Calimehtar" ROHGOV, not the name's ARNGOV;
# Y-6 "The evil Rohan awful Arnor")
cat > "$TMP/t6.verbs.txt" <<'X'
--- REQUEST [020] ---
REQUEST
- * ASYLUM [174K]
--- DEPART [032] ---
DEPART
--- FLEE [033] ---
FLEE {FLED FLEES FLEEING}
--- CRITICIZE [121] ---
CRITICIZE
X
printf 'ARNOR_ [ARN]\n+CALIMEHTAR\nGONDOR [GON]\nROHAN [ROH]\n' > "$TMP/t6.actors.txt"
printf 'MINISTER [~GOV]\n' > "$TMP/t6.agents.txt"
cat > "$TMP/t6.xml" <<'X'
<Validation>
<Environment>
  <Verbfile>t6.verbs.txt</Verbfile>
  <Actorfile>t6.actors.txt</Actorfile>
  <Agentfile>t6.agents.txt</Agentfile>
</Environment>
<Sentences>
<Sentence date="19950101" id="Y-1" category="PATTERN">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="174K"></EventCoding>
<Text>Arnor requested asylum in Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="Y-2" category="VERB">
<EventCoding noevents="True"></EventCoding>
<Text>Arnor departes from Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="Y-3" category="VERB">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="032"></EventCoding>
<Text>Arnor departed from Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="Y-4" category="VERB">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="033"></EventCoding>
<Text>Arnor fled to Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="Y-5" category="COMPOUND">
<EventCoding sourcecode="ROHGOV" targetcode="GON" eventcode="121"></EventCoding>
<Text>Rohan's awful and evil minister Calimehtar criticized Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="Y-6" category="COMPOUND">
<EventCoding sourcecode="ROH" targetcode="GON" eventcode="121"></EventCoding>
<Text>The evil Rohan awful Arnor criticized Gondor.</Text>
</Sentence>
</Sentences>
</Validation>
X
$SIMA validate --verbose "$TMP/t6.xml" > "$TMP/t6.out" 2>&1
for id in Y-1 Y-2 Y-3 Y-4 Y-5 Y-6; do
  if grep -q "^FAIL $id " "$TMP/t6.out"; then bad "PETRARCH record $id: $(grep "^FAIL $id " "$TMP/t6.out")"; else ok; fi
done
check_out "PETRARCH semantics records" "6 passed, 0 failed" cat "$TMP/t6.out"
# translated verb files start with `%default tgt=` (src/pattern.c); any
# other directive is an error naming its line
printf 'The Chinese army attacked Taiwan.\n' > "$TMP/c.txt"
printf '%%bogus tgt=obj\nV-999.1 042 stand\n' > "$TMP/d.verbs.txt"
check_exit 2 "unknown verb-file directive" \
  $SIMA code --dict "$TMP/d.verbs.txt" "$TMP/c.txt"
check_err "directive error names file:line" "d.verbs.txt:1: unknown directive" \
  $SIMA code --dict "$TMP/d.verbs.txt" "$TMP/c.txt"

# the writers behind `sima code --format petrarch|gdelt|plover`
printf 'The Chinese army attacked Taiwan.\n' > "$TMP/c.txt"
check_out "code --format gdelt header" "GLOBALEVENTID	SQLDATE" \
  $SIMA code --format gdelt --date 2024-05-01 "$TMP/c.txt"
# ActionGeo_Type (1 a country, 4 a place elsewhere, 3 in the US) and
# ActionGeo_CountryCode (column 54) in FIPS 10-4, as GDELT writes them
printf 'Chinese troops attacked Taiwanese soldiers in Taipei.\nChinese troops attacked Indian soldiers in India.\nMexican police arrested Colombian traffickers in Miami.\n' > "$TMP/g.txt"
$SIMA code --lines --format gdelt --date 2024-05-01 "$TMP/g.txt" | cut -f52-54 > "$TMP/g.out"
check_out "code --format gdelt ActionGeo, a town" "4	Taipei	TW" cat "$TMP/g.out"
check_out "code --format gdelt ActionGeo, a country" "1	India	IN" cat "$TMP/g.out"
check_out "code --format gdelt ActionGeo, a US town" "3	Miami	US" cat "$TMP/g.out"
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
  # `%` (compound subject acting on itself): the conjuncts are each
  # other's targets, not dropped as the source's own subject
  v=$($SIMA validate --lenient --quiet-warnings --verbose "$U" 2>/dev/null)
  for r in DEMO-26 DEMO-27 DEMO-28; do
    if printf '%s\n' "$v" | grep -q "FAIL $r "; then bad "$r (%) fails"; else ok; fi
  done
  D="$SHARED/data/petrarch2/dictionaries"
  check_err "Phoenix known error reported with file:line" \
    "Phoenix.agents.txt:904:" $SIMA validate --load-only --lenient --agents "$D/Phoenix.agents.txt"
  check_exit 2 "Phoenix strict load fails on its errors" \
    $SIMA validate --load-only --agents "$D/Phoenix.agents.txt"
else
  echo "skipped: ../shared absent (PETRARCH unit records, Phoenix dictionaries)"
fi
finish
