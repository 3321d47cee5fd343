# test/cli/code.sh — `sima code` end to end: the output contract, the
# metamorphic properties (shuffled input, 1 vs 2 threads), golden articles,
# formats, and errors.
. test/cli/lib.sh

check "code the example" "$SIMA" code --date 2025-09-15 examples/article.txt
check_out "events carry a rule id" '"rule":"' "$SIMA" code --date 2025-09-15 examples/article.txt
check_out "spans" '"span":[' "$SIMA" code --date 2025-09-15 examples/article.txt
check_out "TSV header" "doc	sentence	date	source	target	code" "$SIMA" code --format tsv --date 2025-09-15 examples/article.txt
check_exit 2 "bad --threads" "$SIMA" code --threads 0 examples/article.txt
check_exit 2 "bad --format" "$SIMA" code --format xml examples/article.txt
check_exit 2 "missing --dict file" "$SIMA" code --dict /nonexistent/extra.txt examples/article.txt
check_err "missing --dict named" "/nonexistent/extra.txt" "$SIMA" code --dict /nonexistent/extra.txt examples/article.txt
check_exit 1 "missing input file" "$SIMA" code /nonexistent/news.txt

# Every JSON line parses and has the contract's fields (checked with
# python3 where it is installed; skipped with a message where not).
if command -v python3 >/dev/null 2>&1; then
  "$SIMA" code --date 2025-09-15 examples/article.txt examples/articles.jsonl > "$TMP/ev.jsonl" 2>/dev/null
  if python3 - "$TMP/ev.jsonl" <<'PY'
import json, sys
need = ["doc","sentence","text","date","source","target","code","root","quad_class",
        "goldstein","plover","mood","negated","attribution","verb","rule"]
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    e = json.loads(line); n += 1
    for k in need:
        assert k in e, k
    assert e["mood"] in ("asserted","planned","expected","possible","hypothetical","requested")
    assert e["root"] == e["code"][:2]
    for a in (e["source"], e["target"]):
        if a:
            assert a["span"][0] < a["span"][1]
sys.exit(0 if n > 0 else 1)
PY
  then ok; else bad "JSONL contract"; fi
else
  echo "skipped: JSONL contract check (python3 absent)"
fi

# The README's example article gives the events the README promises: the
# drills (150), the blocked aid (1622, dated summer 2025), the
# condemnation, Russia's support, the expected visit, the meeting in
# Taipei, and no asserted attack from "a possible aerial assault" or
# "would not invade".
if command -v python3 >/dev/null 2>&1; then
  "$SIMA" code --date 2025-09-15 examples/article.txt > "$TMP/art.jsonl" 2>/dev/null
  if python3 - "$TMP/art.jsonl" <<'PY'
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
got = {((e["source"] or {}).get("code"), (e["target"] or {}).get("code"), e["code"], e["mood"]) for e in ev}
want = {("CHN", "TWN", "150", "asserted"), ("USAGOV", "TWN", "1622", "asserted"),
        ("TWNGOV", "CHNGOV", "112", "asserted"), ("RUS", "CHN", "051", "asserted"),
        ("JPNGOV", "CHNGOV", "042", "expected")}
missing = want - got
assert not missing, missing
aid = [e for e in ev if e["code"] == "1622"][0]
assert aid["date"].startswith("2025-0"), aid["date"]
# the amount in full, and the meeting's place with its country
assert aid["quantities"][0]["value"] == 400000000, aid["quantities"]
met = [e for e in ev if e["code"] == "040"]
assert met and met[0]["location"] == {"text": "Taipei", "country": "TWN", "kind": "place", "rule": "C-LOC", "span": [243, 249]}, met
# the meeting was "three days after" the Monday of the drills (D-INTERVAL)
assert met[0]["date"] == "2025-09-12" and met[0]["time"]["text"] == "Monday, three days after", met
assert met[0]["time"]["rule"] == "D-INTERVAL", met
# each mood but a plain assertion names its cue word and rule
for e in ev:
    cue = e["mood_cue"]
    assert (cue is None) == (e["mood"] == "asserted"), e
    if cue:
        s = cue["span"]
        assert e["text"].find(cue["text"]) >= 0 and s[1] - s[0] == len(cue["text"].encode()), e
visit = [x for x in ev if x["code"] == "042"][0]
assert visit["mood_cue"] == {"text": "expected", "rule": "C-MOOD-EXP", "span": [799, 807]}, visit
assert aid["attribution"]["rule"] == "C-ATTR", aid
for e in ev:
    if e["code"][:2] in ("18", "19", "20") and e["mood"] == "asserted":
        assert e["negated"], e
PY
  then ok; else bad "example article events"; fi
else
  echo "skipped: example article events (python3 absent)"
fi

# --explain: the parse, the pattern, and the reasons behind each facet
printf 'Officials said China would not invade Taiwan.\n' > "$TMP/why.txt"
"$SIMA" code --explain --date 2025-09-15 "$TMP/why.txt" > "$TMP/why.out" 2>&1
check_out "explain: event line" "event 192 CHN -> TWN  rule V-192" cat "$TMP/why.out"
check_out "explain: mood and negation with their rules and words" \
  'mood planned (C-MOOD-PLAN: "would"), negated (C-NEG: "not")' cat "$TMP/why.out"
check_out "explain: attribution rule" 'attributed to "Officials" (C-ATTR)' cat "$TMP/why.out"
check_out "explain: the pattern's line" "verbs/" cat "$TMP/why.out"
"$SIMA" code --explain --date 2025-09-15 examples/article.txt > "$TMP/art.out" 2>&1
check_out "explain: an interval's date" \
  'date 2025-09-12 (day, D-INTERVAL: "Monday, three days after")' cat "$TMP/art.out"
check_out "explain: the place" 'place "Taipei" TWN (C-LOC)' cat "$TMP/art.out"

# Metamorphic 1: shuffling documents does not change each document's events.
i=0
while [ $i -lt 20 ]; do
  sed "s/\"id\":\"\(ex-[0-9]*\)\"/\"id\":\"\1-$i\"/" examples/articles.jsonl
  i=$((i + 1))
done > "$TMP/in.jsonl"
shuf --random-source="$TMP/in.jsonl" "$TMP/in.jsonl" > "$TMP/shuf.jsonl"
if [ "$(wc -l < "$TMP/in.jsonl")" -eq 60 ] && ! cmp -s "$TMP/in.jsonl" "$TMP/shuf.jsonl"; then
  "$SIMA" code --threads 2 "$TMP/in.jsonl" | sort > "$TMP/a"
  "$SIMA" code --threads 2 "$TMP/shuf.jsonl" | sort > "$TMP/b"
  if [ -s "$TMP/a" ] && cmp -s "$TMP/a" "$TMP/b"; then ok; else bad "shuffled input changed events"; fi
else
  bad "could not build the shuffled input"
fi
# Metamorphic 2: one thread and two threads give identical output (in order).
"$SIMA" code --threads 1 "$TMP/in.jsonl" > "$TMP/t1"
"$SIMA" code --threads 2 "$TMP/in.jsonl" > "$TMP/t2"
if [ -s "$TMP/t1" ] && cmp -s "$TMP/t1" "$TMP/t2"; then ok; else bad "1 vs 2 threads differ"; fi

# PETRARCH dictionaries through --dict replace sima's own (docs/compat.md)
if have_shared; then
  D=$SHARED/data/petrarch2/dictionaries
  check_out "--dict Phoenix set codes" '"rule":"P-' "$SIMA" code --lenient \
    --dict "$D/CAMEO.2.0.txt" --dict "$D/Phoenix.Countries.actors.txt" \
    --dict "$D/Phoenix.agents.txt" --date 2025-09-15 examples/article.txt
  check_exit 2 "two legacy verb files" "$SIMA" code --lenient \
    --dict "$D/CAMEO.2.0.txt" --dict "$D/PETR.Validate.verbs.txt" examples/article.txt
else
  echo "skipped: --dict PETRARCH checks ($SHARED absent)"
fi

# --stats counts the sentences parsed: only those with two coded actors
echo "Russia condemned China. The weather was fine." > "$TMP/two.txt"
check_err "stats: parsed sentences" "sentences=2 " "$SIMA" code --stats "$TMP/two.txt"
check_err "stats: one of two parsed" "parsed_sentences=1" "$SIMA" code --stats "$TMP/two.txt"

# PETRARCH XML input: one document per <Sentence>, its id and date
cat > "$TMP/recs.xml" <<'XML'
<Sentences>
<Sentence date="20080806" id="R-1" sentence="true" source="test">
<Text>
Russia condemned China on Monday.
</Text>
</Sentence>
<Sentence date="20090101" id="R-2" sentence="true" source="test">
<Text>Egypt sent humanitarian aid to Sudan.</Text>
</Sentence>
</Sentences>
XML
check_out "petrxml: record id" '"doc":"R-1"' "$SIMA" code "$TMP/recs.xml"
check_out "petrxml: record date" '"doc_date":"2009-01-01"' "$SIMA" code --input petrxml "$TMP/recs.xml"
check_out "petrxml: second record coded" '"code":"073"' "$SIMA" code "$TMP/recs.xml"
printf '<Sentences>\n<Nothing/>\n' > "$TMP/bad.xml"
check_exit 1 "petrxml without <Sentence>" "$SIMA" code "$TMP/bad.xml"
check_err "petrxml error names the file" "bad.xml" "$SIMA" code "$TMP/bad.xml"

# Golden articles: test/golden/code/*.jsonl -> reviewed *.events.tsv
# (`UPDATE=1 sh test/cli/code.sh` rewrites them; review the diff).
for f in test/golden/code/*.jsonl; do
  [ -f "$f" ] || continue
  want=${f%.jsonl}.events.tsv
  got=$("$SIMA" code --format tsv "$f" 2>&1)
  if [ -n "$UPDATE" ]; then printf '%s\n' "$got" > "$want"; ok
  elif [ -f "$want" ] && [ "$got" = "$(cat "$want")" ]; then ok
  else bad "golden $want"; printf '%s\n' "$got" | diff "$want" - | head -10; fi
done
finish
