# test/cli/store.sh — the event store from the command line: ingest,
# query, trend, alerts and their failure modes (docs/store.md).
#
# Covers: the hand-computed trend fixture, idempotent re-ingest, a
# kill -9 in the middle of an ingest then a rerun (same rows as a clean
# run), an invalid event line, a full disk (ulimit -f), a locked and a
# read-only database, a newer schema, a forward migration, day totals
# summing to month totals, a planted shift raising an alert where the
# same data without it raises none, plots, and the article path.
. test/cli/lib.sh
GEN=${BUILD:-build}/tools/gen_events
# sanitizer builds: fontconfig's process-long allocations are not leaks
LSAN_OPTIONS="suppressions=$PWD/test/fixtures/store/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export LSAN_OPTIONS
FIX=test/fixtures/store

# Rows of every table in a fixed order (FTS internals excluded), for
# comparing two databases; without the sqlite3 shell, the query output.
dump() {
  if command -v sqlite3 >/dev/null 2>&1; then
    for t in documents sentences ckeys actors events mentions cday cweek; do
      echo "== $t"
      sqlite3 "$1" "SELECT * FROM $t ORDER BY 1, 2"
    done
  else
    "$SIMA" query --db "$1" --format jsonl
  fi
}

# Counts of event lines per document: "COUNT DOC" lines, sorted.
per_doc() { sed 's/^{"doc":"\([^"]*\)".*/\1/' "$1" | sort | uniq -c | sort; }

# ---- the fixture, computed by hand (test/fixtures/store/README.md)
db=$TMP/fix.db
check "ingest fixture" "$SIMA" ingest -q --db "$db" "$FIX/trend.jsonl"
"$SIMA" trend CHN TWN --db "$db" --format csv >"$TMP/trend.csv"
if cmp -s "$TMP/trend.csv" "$FIX/trend.csv"; then ok; else
  bad "trend differs from the hand-computed fixture"; diff "$TMP/trend.csv" "$FIX/trend.csv"; fi
"$SIMA" trend CHN TWN --db "$db" --format csv --mood asserted >"$TMP/trend2.csv"
if cmp -s "$TMP/trend2.csv" "$FIX/trend-asserted.csv"; then ok; else
  bad "trend --mood asserted differs"; diff "$TMP/trend2.csv" "$FIX/trend-asserted.csv"; fi
check_out "table output" "2025-03-10  CHN>TWN" "$SIMA" trend CHN TWN --db "$db"
# all mentions stay queryable: 6 CHN->TWN mentions, one negated
n=$("$SIMA" query --db "$db" --dyad CHN,TWN --format jsonl | wc -l)
[ "$n" -eq 6 ] && ok || bad "query --dyad CHN,TWN gave $n mentions, want 6"
n=$("$SIMA" query --db "$db" --dyad CHN,TWN --negated no --format csv | tail -n +2 | wc -l)
[ "$n" -eq 5 ] && ok || bad "query --negated no gave $n, want 5"
check_out "duplicate counted once, mentions kept" ",2,d1,0,Beijing accused" \
  "$SIMA" query --db "$db" --code 112 --format csv
check_out "full-text search" "blockade" "$SIMA" query --db "$db" --text blockade --format jsonl
n=$("$SIMA" query --db "$db" --text 'blockade OR envoy' --format jsonl | wc -l)
[ "$n" -eq 2 ] && ok || bad "FTS OR gave $n, want 2"
check_out "glob actor" "\"USAGOV\"" "$SIMA" query --db "$db" --actor 'USA*' --format jsonl
check_out "date range and root" "2025-03-12" "$SIMA" query --db "$db" --from 2025-03-12 --root 11 --format csv
check_exit 2 "bad FTS query is a usage error" "$SIMA" query --db "$db" --text '"unbalanced'
check_exit 2 "bad --mood" "$SIMA" query --db "$db" --mood sure
# the details of a mention (attribution, location, quantities, strings
# needing escapes) survive the store: ingested, queried, ingested again
cat >"$TMP/detail.jsonl" <<'EOF'
{"doc":"q1","sentence":0,"text":"Officials said \"China\" gave\tTaiwan $400m \\ aid in Taipei.","date":"2025-03-01","source":{"code":"CHNGOV","country":"CHN","sector":"GOV","text":"\"China\"","span":[15,22]},"target":{"code":"TWN","country":"TWN","sector":"","text":"Taiwan\u00e9\u0001","span":[28,34]},"code":"070","root":"07","quad_class":2,"goldstein":7.0,"plover":"AID","mood":"asserted","negated":false,"attribution":{"text":"Officials","code":null,"span":[0,9]},"verb":{"text":"gave","lemma":"give","span":[23,27]},"rule":"V-070.1","location":{"text":"Taipei","country":"TWN","span":[49,55]},"quantities":[{"text":"$400m","value":400000000,"unit":"USD","span":[35,40]}]}
{"doc":"q3","sentence":0,"text":"China would not give Taiwan aid in Taipei, officials said.","date":"2025-03-03","source":{"code":"CHN","country":"CHN","sector":"","text":"China","span":[0,5]},"target":{"code":"TWN","country":"TWN","sector":"","text":"Taiwan","span":[21,27]},"code":"070","root":"07","quad_class":2,"goldstein":7.0,"plover":"AID","mood":"planned","mood_cue":{"text":"would","rule":"C-MOOD-PLAN","span":[6,11]},"negated":true,"negation":{"text":"not","rule":"C-NEG","span":[12,15]},"attribution":{"text":"officials","code":null,"rule":"C-ATTR","span":[43,52]},"verb":{"text":"give","lemma":"give","span":[16,20]},"rule":"V-070.1","location":{"text":"Taipei","country":"TWN","kind":"place","rule":"C-LOC","span":[35,41]},"quantities":[]}
{"doc":"q2","sentence":0,"text":"China gave Taiwan aid in Taipei.","date":"2025-03-02","source":{"code":"CHN","country":"CHN","sector":"","text":"China","span":[0,5]},"target":{"code":"TWN","country":"TWN","sector":"","text":"Taiwan","span":[11,17]},"code":"070","root":"07","quad_class":2,"goldstein":7.0,"plover":"AID","mood":"asserted","negated":false,"attribution":null,"verb":{"text":"gave","lemma":"give","span":[6,10]},"rule":"V-070.1","location":{"text":"Taipei","span":[25,31]},"quantities":[]}
EOF
check "ingest details" "$SIMA" ingest -q --db "$TMP/det.db" "$TMP/detail.jsonl"
"$SIMA" query --db "$TMP/det.db" --format jsonl >"$TMP/det1.jsonl"
"$SIMA" ingest -q --db "$TMP/det2.db" "$TMP/det1.jsonl"
"$SIMA" query --db "$TMP/det2.db" --format jsonl >"$TMP/det2.jsonl"
cmp -s "$TMP/det1.jsonl" "$TMP/det2.jsonl" && ok || { bad "details do not round-trip"; diff "$TMP/det1.jsonl" "$TMP/det2.jsonl"; }
# (a location with its country, and one from before locations had a country)
# (and the rules and cue words of a mood, a negation, an attribution and
# a place, which rows from before them lack: null)
for want in '"attribution":{"text":"Officials"' '"location":{"text":"Taipei","country":"TWN","kind":null,"rule":null,"span":[49,55]}' \
  '"location":{"text":"Taipei","country":null,"kind":null,"rule":null,"span":[25,31]}' \
  '"mood_cue":{"text":"would","rule":"C-MOOD-PLAN","span":[6,11]}' \
  '"negation":{"text":"not","rule":"C-NEG","span":[12,15]}' \
  '"attribution":{"text":"officials","code":null,"rule":"C-ATTR","span":[43,52]}' \
  '"location":{"text":"Taipei","country":"TWN","kind":"place","rule":"C-LOC","span":[35,41]}' \
  '"unit":"USD"' '"span":[35,40]' '\"China\"' 'Taiwan' '"span":[28,34]' '"lemma":"give"' '"rule":"V-070.1"'; do
  grep -qF "$want" "$TMP/det1.jsonl" && ok || { bad "detail lost: $want"; cat "$TMP/det1.jsonl"; }
done

# round trip: query output ingested again gives the same trend
"$SIMA" query --db "$db" --format jsonl >"$TMP/rt.jsonl"
"$SIMA" ingest -q --db "$TMP/rt.db" "$TMP/rt.jsonl"
"$SIMA" trend CHN TWN --db "$TMP/rt.db" --format csv >"$TMP/rt.csv"
cmp -s "$TMP/rt.csv" "$FIX/trend.csv" && ok || bad "store does not round-trip through query"

# ---- idempotent re-ingest
dump "$db" >"$TMP/d1"
check_err "re-ingest is a no-op" "3 unchanged" "$SIMA" ingest --db "$db" "$FIX/trend.jsonl"
dump "$db" >"$TMP/d2"
cmp -s "$TMP/d1" "$TMP/d2" && ok || bad "re-ingest changed the database"
# changed content replaces the document
sed 's/"goldstein": -10.0/"goldstein": -9.0/; s/"code": "190"/"code": "180"/; s/"root": "19"/"root": "18"/' \
  "$FIX/trend.jsonl" >"$TMP/changed.jsonl"
check_err "changed content replaces" "1 replaced" "$SIMA" ingest --db "$db" "$TMP/changed.jsonl"
check_out "replaced sum" "2025-03-03,CHN>TWN,2,0,0,1,1,-11.00" "$SIMA" trend CHN TWN --db "$db" --format csv
n=$("$SIMA" query --db "$db" --code 190 --format jsonl | wc -l)
[ "$n" -eq 0 ] && ok || bad "old event still there after replacement"

# ---- an invalid event line: its document is rejected, with file:line
sed '5s/"mood": "asserted"/"mood": "surely"/' "$FIX/trend.jsonl" >"$TMP/bad.jsonl"
check_exit 1 "invalid line exits 1" "$SIMA" ingest --db "$TMP/bad.db" "$TMP/bad.jsonl"
grep -q "bad.jsonl:5: field \"mood\"" "$TMP/err" && ok || { bad "error lacks file:line and field"; cat "$TMP/err"; }
grep -q 'document "d2" rejected' "$TMP/err" && ok || bad "error does not name the document"
n=$("$SIMA" query --db "$TMP/bad.db" --format jsonl | grep -c '"doc":"d2"')
[ "$n" -eq 0 ] && ok || bad "half of the rejected document was written"
n=$("$SIMA" query --db "$TMP/bad.db" --format jsonl | wc -l)
[ "$n" -eq 6 ] && ok || bad "the other documents: $n events, want 6"
printf '{"doc": "z", "sentence": 0\n' >"$TMP/broken.jsonl"
check_exit 1 "broken JSON" "$SIMA" ingest --db "$TMP/bad.db" --input events "$TMP/broken.jsonl"
grep -q "broken.jsonl:1: invalid JSON" "$TMP/err" && ok || bad "broken JSON message"

# ---- synthetic data
"$GEN" -n 40000 --days 400 --start 2024-01-01 --seed 5 >"$TMP/gen.jsonl"
"$GEN" -n 40000 --days 400 --start 2024-01-01 --seed 5 --plant RUS,UKR,2024-12-02 >"$TMP/plant.jsonl"
check "clean ingest" "$SIMA" ingest -q --db "$TMP/clean.db" "$TMP/gen.jsonl"
dump "$TMP/clean.db" >"$TMP/clean.dump"

# kill -9 in the middle, then rerun: exactly the rows of the clean run
"$SIMA" ingest -q --batch 20 --db "$TMP/crash.db" "$TMP/gen.jsonl" &
pid=$!
# wait for the first commits, then kill
i=0
while [ ! -s "$TMP/crash.db-wal" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
sleep 0.2
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
part=$("$SIMA" query --db "$TMP/crash.db" --format jsonl 2>/dev/null | wc -l)
total=$(wc -l <"$TMP/gen.jsonl")
[ "$part" -lt "$total" ] || echo "note: the ingest finished before the kill"
# committed documents are whole
"$SIMA" query --db "$TMP/crash.db" --format jsonl 2>/dev/null >"$TMP/part.jsonl"
per_doc "$TMP/part.jsonl" >"$TMP/part.cnt"
per_doc "$TMP/gen.jsonl" >"$TMP/all.cnt"
[ -z "$(comm -23 "$TMP/part.cnt" "$TMP/all.cnt")" ] && ok || bad "a half-written document after kill -9"
check "rerun after kill -9" "$SIMA" ingest -q --db "$TMP/crash.db" "$TMP/gen.jsonl"
dump "$TMP/crash.db" >"$TMP/crash.dump"
cmp -s "$TMP/clean.dump" "$TMP/crash.dump" && ok || bad "kill -9 + rerun differs from a clean run ($part events before the kill)"

# full disk: a file size limit stops the ingest; what is there is whole
(ulimit -f 600; exec "$SIMA" ingest -q --batch 50 --db "$TMP/full.db" "$TMP/gen.jsonl") \
  >"$TMP/out" 2>"$TMP/err"
rc=$?
[ "$rc" -eq 1 ] && ok || bad "full disk: exit $rc, want 1"
grep -qE "write error|disk full" "$TMP/err" && ok || { bad "full disk message"; head -3 "$TMP/err"; }
"$SIMA" query --db "$TMP/full.db" --format jsonl >"$TMP/full.jsonl" 2>"$TMP/err2"
per_doc "$TMP/full.jsonl" >"$TMP/full.cnt"
[ -z "$(comm -23 "$TMP/full.cnt" "$TMP/all.cnt")" ] && ok || bad "a half-written document after a full disk"
check "ingest again with room" "$SIMA" ingest -q --db "$TMP/full.db" "$TMP/gen.jsonl"
dump "$TMP/full.db" >"$TMP/full.dump"
cmp -s "$TMP/clean.dump" "$TMP/full.dump" && ok || bad "full disk + rerun differs from a clean run"

# day totals sum to month totals
"$SIMA" trend USA CHN --db "$TMP/clean.db" --by day --format csv >"$TMP/day.csv"
"$SIMA" trend USA CHN --db "$TMP/clean.db" --by month --format csv >"$TMP/month.csv"
awk -F, 'NR > 1 { k = substr($1, 1, 7) "," $2; n[k] += $3; for (q = 4; q <= 7; q++) c[k, q] += $q; g[k] += $8 }
  END { for (k in n) printf "%s,%d,%d,%d,%d,%d,%.2f\n", k, n[k], c[k,4], c[k,5], c[k,6], c[k,7], g[k] }' \
  "$TMP/day.csv" | sort >"$TMP/sum.txt"
awk -F, 'NR > 1 { printf "%s,%s,%d,%d,%d,%d,%d,%.2f\n", $1, $2, $3, $4, $5, $6, $7, $8 }' \
  "$TMP/month.csv" | sort >"$TMP/mon.txt"
cmp -s "$TMP/sum.txt" "$TMP/mon.txt" && ok || { bad "day totals do not sum to month totals"; diff "$TMP/sum.txt" "$TMP/mon.txt" | head -5; }
n=$(wc -l <"$TMP/mon.txt")
[ "$n" -ge 20 ] && ok || bad "month series too short ($n rows)"

# alerts: the planted shift is found; the same data without it is quiet
check "ingest planted" "$SIMA" ingest -q --db "$TMP/plant.db" "$TMP/plant.jsonl"
check_out "planted shift alert" "conflict" "$SIMA" alerts --db "$TMP/plant.db" --since 2024-11-25 --dyad RUS,UKR
grep -q "^RUS  *UKR  *2024-12-02" "$TMP/out" && ok || { bad "alert not at the planted week"; head -3 "$TMP/out"; }
grep -q "shelled\|attacked\|fought\|bombed" "$TMP/out" && ok || bad "alert lists no driving events"
check_out "no alert without the shift" "(0 alerts)" "$SIMA" alerts --db "$TMP/clean.db" --since 2024-11-25 --dyad RUS,UKR
# the mention scans (--count reports|all) find it too, in the same week
for m in reports all; do
  check_out "planted shift alert, --count $m" "conflict" "$SIMA" alerts --db "$TMP/plant.db" --since 2024-11-25 --dyad RUS,UKR --count $m
  grep -q "^RUS  *UKR  *2024-12-02" "$TMP/out" && ok || { bad "--count $m: alert not at the planted week"; head -3 "$TMP/out"; }
  check_out "no alert without the shift, --count $m" "(0 alerts)" "$SIMA" alerts --db "$TMP/clean.db" --since 2024-11-25 --dyad RUS,UKR --count $m
done
# weeks before 1970 (negative days): the mention scans put an act in the
# same week as the one-a-day count (SQLite's % keeps the sign)
"$GEN" -n 20000 --days 400 --start 1969-01-01 --seed 5 --plant RUS,UKR,1969-12-01 >"$TMP/p69.jsonl"
check "ingest planted 1969" "$SIMA" ingest -q --db "$TMP/p69.db" "$TMP/p69.jsonl"
for m in one-a-day reports all; do
  check_out "1969 shift alert, --count $m" "conflict" "$SIMA" alerts --db "$TMP/p69.db" --since 1969-11-24 --dyad RUS,UKR --count $m
  grep -q "^RUS  *UKR  *1969-12-01" "$TMP/out" && ok || { bad "--count $m: 1969 alert not at the planted week"; head -3 "$TMP/out"; }
done
check_out "alerts as JSONL" '"method":"rolling z-score' "$SIMA" alerts --db "$TMP/plant.db" --since 2024-11-25 --format jsonl
check_exit 2 "alerts bad option" "$SIMA" alerts --db "$TMP/plant.db" --z nope

# plots
check "plot png" "$SIMA" trend RUS UKR --db "$TMP/plant.db" --plot "$TMP/p.png"
[ "$(head -c 4 "$TMP/p.png" | od -An -c | tr -d ' ')" = "211PNG" ] && ok || bad "not a PNG"
check "plot svg" "$SIMA" trend RUS UKR --db "$TMP/plant.db" --by month --plot "$TMP/p.svg"
grep -q "<svg" "$TMP/p.svg" && ok || bad "not an SVG"
check_exit 1 "plot to a bad extension" "$SIMA" trend RUS UKR --db "$TMP/plant.db" --plot "$TMP/p.gif"
check_exit 1 "unknown actor" "$SIMA" trend XXX UKR --db "$TMP/plant.db"
grep -q "no actor" "$TMP/err" && ok || bad "unknown actor message"

# ---- database failures
printf '\000\000\000\011' | dd of="$TMP/fix.db" bs=1 seek=60 conv=notrunc 2>/dev/null
check_exit 1 "newer schema" "$SIMA" query --db "$TMP/fix.db"
grep -q "schema version 9 is newer" "$TMP/err" && ok || { bad "newer schema message"; cat "$TMP/err"; }
check_exit 1 "newer schema, ingest" "$SIMA" ingest --db "$TMP/fix.db" "$FIX/trend.jsonl"
echo "not a database at all, but some text that is long enough to look at" >"$TMP/text.db"
check_exit 1 "not a database" "$SIMA" query --db "$TMP/text.db"
check_exit 1 "missing database for query" "$SIMA" query --db "$TMP/none/x.db"
if command -v sqlite3 >/dev/null 2>&1; then
  # locked: another process holds the write lock
  (echo "BEGIN IMMEDIATE; INSERT INTO ckeys(key) VALUES('LOCK');"; sleep 3) | sqlite3 "$TMP/clean.db" &
  lpid=$!
  sleep 0.5
  check_exit 1 "locked database" "$SIMA" ingest --wait 200 --db "$TMP/clean.db" "$FIX/trend.jsonl"
  grep -q "locked by another process" "$TMP/err" && ok || { bad "locked message"; cat "$TMP/err"; }
  wait $lpid
  # forward migration: a version-1 database (the tables of version 1: no
  # aggregate tables, the mention columns and full-text index of versions
  # 1 and 2, made here from a current one) gets its aggregate tables back,
  # its mentions repacked and its index rebuilt, with the same content
  "$SIMA" trend USA CHN --db "$TMP/plant.db" --format csv >"$TMP/before.csv"
  "$SIMA" query --db "$TMP/plant.db" --text 'attacked' --format csv >"$TMP/fts-before.csv"
  "$SIMA" query --db "$TMP/plant.db" --format jsonl >"$TMP/q-before.jsonl"
  sqlite3 "$TMP/plant.db" "DROP TABLE cday; DROP TABLE cweek; DROP TABLE sentences_fts;
    CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id');
    INSERT INTO sentences_fts(sentences_fts) VALUES('rebuild');
    CREATE TABLE m1(id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, sent INTEGER NOT NULL,
     counted INTEGER NOT NULL, date TEXT, day INTEGER, src INTEGER NOT NULL, src_text TEXT,
     src_start INTEGER, src_end INTEGER, tgt INTEGER NOT NULL, tgt_text TEXT,
     tgt_start INTEGER, tgt_end INTEGER, code TEXT NOT NULL, quad INTEGER NOT NULL,
     goldstein REAL NOT NULL, plover TEXT, mood INTEGER NOT NULL, negated INTEGER NOT NULL,
     attr INTEGER NOT NULL, attr_text TEXT, attr_code TEXT, attr_start INTEGER,
     attr_end INTEGER, verb_text TEXT, verb_lemma TEXT, verb_start INTEGER, verb_end INTEGER,
     rule TEXT, location TEXT, loc_start INTEGER, loc_end INTEGER, quantities TEXT);
    INSERT INTO m1 SELECT id, doc, sent, counted, date, day, src, detail->>'$[0]',
     coalesce(detail->>'$[1]', 0), coalesce(detail->>'$[2]', 0), tgt,
     detail->>'$[3]', coalesce(detail->>'$[4]', 0), coalesce(detail->>'$[5]', 0),
     code, quad, goldstein, detail->>'$[6]', mood, negated, coalesce(detail->>'$[7]', 0),
     detail->>'$[8]', detail->>'$[9]', coalesce(detail->>'$[10]', 0),
     coalesce(detail->>'$[11]', 0), detail->>'$[12]', detail->>'$[13]',
     coalesce(detail->>'$[14]', 0), coalesce(detail->>'$[15]', 0), detail->>'$[16]',
     detail->>'$[17]', coalesce(detail->>'$[18]', 0), coalesce(detail->>'$[19]', 0),
     detail->'$[20]' FROM mentions;
    DROP TABLE mentions; ALTER TABLE m1 RENAME TO mentions;
    CREATE INDEX mentions_day ON mentions(day); PRAGMA user_version = 1;"
  check_exit 1 "old schema read-only" "$SIMA" trend USA CHN --db "$TMP/plant.db"
  grep -q "needs migrating" "$TMP/err" && ok || bad "old schema message"
  printf '' | "$SIMA" ingest -q --db "$TMP/plant.db" --input events - && ok || bad "migration by ingest"
  "$SIMA" trend USA CHN --db "$TMP/plant.db" --format csv >"$TMP/after.csv"
  cmp -s "$TMP/before.csv" "$TMP/after.csv" && ok || bad "migrated aggregates differ"
  [ "$(sqlite3 "$TMP/plant.db" 'PRAGMA user_version')" = 3 ] && ok || bad "user_version after migration"
  sqlite3 "$TMP/plant.db" "SELECT sql FROM sqlite_master WHERE name = 'sentences_fts'" | grep -q 'columnsize=0' &&
    ok || bad "full-text index not rebuilt by the migration"
  "$SIMA" query --db "$TMP/plant.db" --text 'attacked' --format csv >"$TMP/fts-after.csv"
  [ -s "$TMP/fts-before.csv" ] && [ "$(wc -l <"$TMP/fts-before.csv")" -gt 2 ] &&
    cmp -s "$TMP/fts-before.csv" "$TMP/fts-after.csv" && ok || bad "full-text search differs after migration"
  "$SIMA" query --db "$TMP/plant.db" --format jsonl >"$TMP/q-after.jsonl"
  [ "$(wc -l <"$TMP/q-before.jsonl")" -gt 100 ] && cmp -s "$TMP/q-before.jsonl" "$TMP/q-after.jsonl" &&
    ok || bad "mentions differ after migration"
else
  echo "skipped: sqlite3 shell absent (locked database, migration)"
fi
if [ "$(id -u)" -ne 0 ]; then
  cp "$TMP/clean.db" "$TMP/ro.db"
  chmod 444 "$TMP/ro.db"
  check_exit 1 "read-only database" "$SIMA" ingest --db "$TMP/ro.db" "$FIX/trend.jsonl"
  grep -q "read-only" "$TMP/err" && ok || bad "read-only message"
else
  echo "skipped: read-only file test (running as root ignores permissions)"
fi

# ---- articles go through the coding pipeline: same rows as storing the
# output of `sima code`
printf 'China accused Taiwan of provocation on Monday.\n\nRussia attacked Ukraine on Tuesday. The United States criticized Russia.\n' >"$TMP/a.txt"
if "$SIMA" code --date 2025-01-06 "$TMP/a.txt" >"$TMP/coded.jsonl" 2>/dev/null; then
  check "ingest an article" "$SIMA" ingest -q --db "$TMP/art.db" --date 2025-01-06 "$TMP/a.txt"
  "$SIMA" ingest -q --db "$TMP/art2.db" "$TMP/coded.jsonl"
  "$SIMA" query --db "$TMP/art.db" --format jsonl >"$TMP/q1"
  "$SIMA" query --db "$TMP/art2.db" --format jsonl >"$TMP/q2"
  a=$(wc -l <"$TMP/q1")
  c=$(wc -l <"$TMP/coded.jsonl")
  [ "$a" -eq "$c" ] && ok || bad "article ingest stored $a events, sima code gives $c"
  cmp -s "$TMP/q1" "$TMP/q2" && ok || bad "article path and event path differ"
  check_err "article re-ingest is a no-op" "1 unchanged" "$SIMA" ingest --db "$TMP/art.db" --date 2025-01-06 "$TMP/a.txt"
else
  check_exit 1 "article without a pipeline" "$SIMA" ingest --db "$TMP/art.db" "$TMP/a.txt"
  grep -q "cannot code articles" "$TMP/err" && ok || { bad "article error message"; cat "$TMP/err"; }
fi

# ---- RULE C-DUP-DOC: an act an article tells twice (a headline, then its
# lead dated "on Monday") is stored twice and counted once, on the lead's
# day; --count all counts both, --count reports each article's act once.
# Before the rule the two were two one-a-day events (Wednesday and Monday).
printf '%s\n' '{"id":"h1","date":"2024-01-17","title":"Russia Condemns China","text":"Russia condemned China on Monday over a clash on the border."}' \
  '{"id":"h2","date":"2024-01-17","text":"Russia condemned China on Monday over the clash."}' >"$TMP/dup.jsonl"
if "$SIMA" code --input jsonl "$TMP/dup.jsonl" >"$TMP/dupcoded.jsonl" 2>/dev/null; then
  grep -q '"doc":"h1","sentence":1,.*"duplicate_of":{"sentence":0,"event":0}}$' "$TMP/dupcoded.jsonl" \
    && ok || bad "the lead is not marked as the headline's repeat"
  for path in articles events; do
    f=$TMP/dup.jsonl
    [ $path = events ] && f=$TMP/dupcoded.jsonl
    check "ingest repeats ($path)" "$SIMA" ingest -q --db "$TMP/dup-$path.db" --input "$([ $path = events ] && echo events || echo jsonl)" "$f"
    n=$("$SIMA" query --db "$TMP/dup-$path.db" --format jsonl | wc -l)
    [ "$n" -eq 3 ] && ok || bad "$path: $n mentions stored, want 3 (repeats are kept)"
    check_out "$path: a repeat counts once" "2024-01-15,RUS>CHN,1,0,0,1,0,-2.00" \
      "$SIMA" trend RUS CHN --db "$TMP/dup-$path.db" --by day --format csv
    c=$("$SIMA" trend RUS CHN --db "$TMP/dup-$path.db" --by day --format csv | grep -c '^2024-01-17')
    [ "$c" -eq 0 ] && ok || bad "$path: the headline's day is counted"
    check_out "$path: --count reports" "2024-01-15,RUS>CHN,2,0,0,2,0,-4.00" \
      "$SIMA" trend RUS CHN --db "$TMP/dup-$path.db" --by day --format csv --count reports
    check_out "$path: --count all" "2024-01-17,RUS>CHN,1,0,0,1,0,-2.00" \
      "$SIMA" trend RUS CHN --db "$TMP/dup-$path.db" --by day --format csv --count all
    check_out "$path: --count all, Monday" "2024-01-15,RUS>CHN,2,0,0,2,0,-4.00" \
      "$SIMA" trend RUS CHN --db "$TMP/dup-$path.db" --by day --format csv --count all
    check_out "$path: the mark is kept" '"duplicate_of":{"sentence":0,"event":0}' \
      "$SIMA" query --db "$TMP/dup-$path.db" --format jsonl
    check "$path: alerts --count all" "$SIMA" alerts --db "$TMP/dup-$path.db" --count all
  done
  # the first telling has a time of its own, the repeat only the article's
  # date: the act counts on the first one's day alone
  printf '%s\n' '{"id":"h3","date":"2024-01-17","text":"Russia condemned China on Monday over a clash on the border. The foreign ministry said Russia condemned China over the clash."}' >"$TMP/dup3.jsonl"
  check "ingest a dated first telling" "$SIMA" ingest -q --db "$TMP/dup3.db" --input jsonl "$TMP/dup3.jsonl"
  "$SIMA" trend RUS CHN --db "$TMP/dup3.db" --by day --format csv >"$TMP/dup3.csv"
  grep -q '^2024-01-15,RUS>CHN,1,' "$TMP/dup3.csv" && ! grep -q '^2024-01-17' "$TMP/dup3.csv" \
    && ok || { bad "a dated first telling: counted on the repeat's day"; cat "$TMP/dup3.csv"; }
  # a mark is matched by content, not only by index: with the headline's
  # first event (RUS>CHN) left out of the input, the mark {0,1} names the
  # second, and the repeat still counts once (before: twice, on both days)
  printf '%s\n' '{"id":"h4","date":"2024-01-17","title":"Russia Condemns China and Japan","text":"Russia condemned Japan on Monday over a clash on the border."}' >"$TMP/dup4.jsonl"
  "$SIMA" code --input jsonl "$TMP/dup4.jsonl" >"$TMP/dup4all.jsonl" 2>/dev/null
  grep -q '"duplicate_of":{"sentence":0,"event":1}' "$TMP/dup4all.jsonl" \
    && ok || bad "the lead is not marked as the headline's second event"
  grep -v '"target":{"code":"CHN"' "$TMP/dup4all.jsonl" >"$TMP/dup4.ev"
  check "ingest with a line left out" "$SIMA" ingest -q --db "$TMP/dup4.db" --input events "$TMP/dup4.ev"
  "$SIMA" trend RUS JPN --db "$TMP/dup4.db" --by day --format csv >"$TMP/dup4.csv"
  grep -q '^2024-01-15,RUS>JPN,1,' "$TMP/dup4.csv" && ! grep -q '^2024-01-17' "$TMP/dup4.csv" \
    && ok || { bad "a mark shifted by a left-out line: counted twice"; cat "$TMP/dup4.csv"; }
  check_exit 2 "bad --count" "$SIMA" trend RUS CHN --db "$TMP/dup-events.db" --count twice
  check_exit 2 "bad alerts --count" "$SIMA" alerts --db "$TMP/dup-events.db" --count twice
fi
check_exit 2 "usage" "$SIMA" ingest --bogus
finish
