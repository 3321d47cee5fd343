# test/cli/whynot.sh — `sima code --why-not`: a JSON line for every sentence
# that yields no event, saying at which stage it stopped (actors, trigger,
# pattern, drop) and, for a drop, which rule (docs/output.md).  The
# sentences are our own.
. test/cli/lib.sh

# why_has "name" 'SENTENCE' 'WANT': the why-not line of the one-sentence
# input SENTENCE contains WANT.
why_has() {
  n=$1; s=$2; want=$3
  printf '%s\n' "$s" | "$SIMA" code --date 2019-05-01 --why-not - >"$TMP/w" 2>"$TMP/werr"
  if grep -F '"coded":false' "$TMP/w" | grep -qF -- "$want"; then ok
  else bad "$n: no '$want' in"; cat "$TMP/w" "$TMP/werr" | head -5; fi
}

# stage 1: too few coded actors (C-DYAD), with the uncoded candidates
why_has "actors" 'Mexico condemned.' '"why":[{"stage":"actors","rule":"C-DYAD","detail":"1 coded actor (Mexico MEX); 2 needed"}]'
why_has "actors lists the coded actor" 'Mexico condemned.' '"actors":[{"code":"MEX","text":"Mexico","span":[0,6]}]'
why_has "uncoded candidate" 'The Zorgonian Liberation Front attacked Mexico.' '"uncoded":[{"text":"Zorgonian Liberation Front","span":[4,30]}]'
# stage 2: no word heads a pattern that can match
why_has "trigger" 'Mexico and Guatemala are neighbours.' '"why":[{"stage":"trigger","detail":'
# stage 3: patterns tried that did not match, and a match with no target
why_has "pattern: no match" 'Mexico took the fight to Guatemala.' '{"stage":"pattern","verb":{"text":"took","span":[7,11]},"missing":"match","detail":"V-'
why_has "pattern: no target" 'Police arrested Pedro Ramirez in Mexico.' '{"stage":"pattern","rule":"C-DYAD","verb":{"text":"arrested","span":[7,15]},"pattern":"V-173.1","code":"173","missing":"target"}'
# stage 4: an event matched and dropped, by rule
why_has "drop: habit" 'The Sinaloa cartel often kills rivals in Mexico.' '{"stage":"drop","rule":"C-HABIT-PAST","verb":{"text":"kills","span":[25,30]},"pattern":"V-190.54","code":"190"}'
why_has "drop: self" 'The Mexican government criticized Mexico.' '{"stage":"drop","rule":"C-SELF"'
why_has "drop: trip home" 'The Mexican president travelled to Mexico on Tuesday.' '{"stage":"drop","rule":"C-VISIT-HOME"'
why_has "drop: private trip" 'Smugglers traveled to Nicaragua from Mexico.' '{"stage":"drop","rule":"C-VISIT-PRIVATE"'

check_exit 2 "--why-not with --format tsv" "$SIMA" code --why-not --format tsv examples/article.txt
check_err "--why-not with tsv says why" "needs --format jsonl" "$SIMA" code --why-not --format tsv examples/article.txt
check_exit 2 "--why-not with --format gdelt" "$SIMA" code --why-not --format gdelt examples/article.txt

# Without the flag nothing changes: the event lines of --why-not output are
# the plain output, byte for byte; and the output is the same for 1 and 2
# threads.
"$SIMA" code --date 2025-09-15 examples/article.txt examples/articles.jsonl >"$TMP/plain" 2>/dev/null
"$SIMA" code --date 2025-09-15 --why-not --threads 1 examples/article.txt examples/articles.jsonl >"$TMP/why1" 2>/dev/null
"$SIMA" code --date 2025-09-15 --why-not --threads 2 examples/article.txt examples/articles.jsonl >"$TMP/why2" 2>/dev/null
grep -vF '"coded":false' "$TMP/why1" >"$TMP/events"
if cmp -s "$TMP/plain" "$TMP/events"; then ok; else bad "event lines of --why-not differ from plain output"; fi
if cmp -s "$TMP/why1" "$TMP/why2"; then ok; else bad "--why-not differs between 1 and 2 threads"; fi
if grep -qF '"coded":false' "$TMP/why1" && ! grep -qF '"coded":false' "$TMP/plain"; then ok; else bad "why-not lines only with the flag"; fi

# Every sentence is accounted for, in document order: its events or one
# why-not line with a non-empty "why" (checked with python3 where present).
if command -v python3 >/dev/null 2>&1; then
  "$SIMA" sentences --date 2025-09-15 examples/article.txt examples/articles.jsonl >"$TMP/sents" 2>/dev/null
  if python3 - "$TMP/why1" "$TMP/sents" <<'PY'
import json, sys
want = {}   # doc -> number of sentences (`sima sentences`)
for line in open(sys.argv[2], encoding="utf-8"):
    e = json.loads(line)
    want[e["doc"]] = max(want.get(e["doc"], 0), e["sentence"] + 1)
docs = []   # (doc, [sentence indices in output order])
for line in open(sys.argv[1], encoding="utf-8"):
    e = json.loads(line)
    if not docs or docs[-1][0] != e["doc"]:
        docs.append((e["doc"], []))
    s = e["sentence"]
    if e.get("coded") is False:
        assert e["why"], line
        for w in e["why"]:
            assert w["stage"] in ("actors", "trigger", "pattern", "drop"), w
            if w["stage"] == "drop":
                assert "rule" in w or "detail" in w, w
        for a in e["actors"]:
            assert a["code"] and a["span"][0] < a["span"][1], a
        assert docs[-1][1].count(s) == 0, "sentence twice: %s" % line
    docs[-1][1].append(s)
for d, ss in docs:
    seen = sorted(set(ss))
    assert ss == sorted(ss), d                       # document order
    assert seen == list(range(want[d])), d           # no sentence left out
sys.exit(0 if docs and len(docs) == len(want) else 1)
PY
  then ok; else bad "--why-not accounts for every sentence"; fi
else
  echo "skipped: --why-not sentence accounting (python3 absent)"
fi

finish
