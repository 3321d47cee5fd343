#!/bin/sh
# test/cli/actors.sh — `sima actors`: output formats, dates, dictionaries
# (--dict, --lenient, malformed files), the country list check and, when
# ../shared is present, the PLOVER gold-standard evaluation.
. test/cli/lib.sh
GEN=${BUILD:-build}/tools/gen_countries

printf 'A spokesman at the Chinese Embassy in the US said Chinese paratroopers landed.\n' > "$TMP/a.txt"
check_out "jsonl code" '"code":"CHNGOV"' $SIMA actors "$TMP/a.txt"
check_out "jsonl composed" '"text":"Chinese paratroopers","code":"CHNMIL"' $SIMA actors "$TMP/a.txt"
check_out "jsonl how" '"how":"composed"' $SIMA actors "$TMP/a.txt"
check_out "tsv header" 'doc	mention	start	end	text	code	country	sector	how	antecedent	entry' \
  $SIMA actors --format tsv "$TMP/a.txt"
check_out "tsv row" '	Chinese paratroopers	CHNMIL	CHN	MIL	composed	-1	' \
  $SIMA actors --format tsv "$TMP/a.txt"
check_out "stdin" 'CHNMIL' sh -c "printf 'Chinese paratroopers.\n' | $SIMA actors -"

# dates: a dictionary of our own with a dated person
cat > "$TMP/people.txt" <<'X'
Zed Zorgo | ~Zorgo
  ZZZELI ..2020-01-01
  ZZZGOV 2020-01-01..
X
printf 'ZZZ | Zorgonia\n  adj: Zorgonian\n' > "$TMP/zz.txt"
printf 'Zed Zorgo spoke.\n' > "$TMP/z.txt"
check_out "date before" '"code":"ZZZELI"' $SIMA actors --dict "$TMP/zz.txt" --dict "$TMP/people.txt" --date 2019-12-31 "$TMP/z.txt"
check_out "date of" '"code":"ZZZGOV"' $SIMA actors --dict "$TMP/zz.txt" --dict "$TMP/people.txt" --date 2020-01-01 "$TMP/z.txt"
check_out "no date: latest open" '"code":"ZZZGOV"' $SIMA actors --dict "$TMP/zz.txt" --dict "$TMP/people.txt" "$TMP/z.txt"
printf '{"id":"j1","date":"2019-06-01","text":"Zed Zorgo spoke."}\n' > "$TMP/z.jsonl"
check_out "jsonl input date" '"code":"ZZZELI"' $SIMA actors --dict "$TMP/zz.txt" --dict "$TMP/people.txt" --input jsonl "$TMP/z.jsonl"
check_out "no-default" '"code":"ZZZGOV"' $SIMA actors --no-default --dict "$TMP/zz.txt" --dict "$TMP/people.txt" "$TMP/z.txt"

# uncoded candidates
printf 'The Zorgonian Liberation Front attacked.\n' > "$TMP/u.txt"
check_out "uncoded" '"text":"Zorgonian Liberation Front","code":null' $SIMA actors --uncoded "$TMP/u.txt"

# malformed dictionaries: file:line errors, exit 1; --lenient warns
printf 'China\n  CHN 2020-01-01\n' > "$TMP/bad.txt"
check_exit 1 "bad dict exit" $SIMA actors --dict "$TMP/bad.txt" "$TMP/a.txt"
check_err "bad dict message" "bad.txt:2: expected a date range FROM..TO" $SIMA actors --dict "$TMP/bad.txt" "$TMP/a.txt"
check_exit 0 "lenient exit" $SIMA actors --lenient --dict "$TMP/bad.txt" "$TMP/a.txt"
check_err "lenient warning" "bad.txt:2: expected a date range" $SIMA actors --lenient --dict "$TMP/bad.txt" "$TMP/a.txt"
printf 'Hamas\n  ISRGOV\n' > "$TMP/conflict.txt"
check_err "conflict reported" "conflicting entry: 'Hamas'" $SIMA actors --dict "$TMP/conflict.txt" "$TMP/a.txt"
check_exit 1 "missing dict" $SIMA actors --dict "$TMP/nope.txt" "$TMP/a.txt"

# usage errors
check_exit 2 "bad format" $SIMA actors --format xml "$TMP/a.txt"
check_exit 2 "unknown option" $SIMA actors --bogus "$TMP/a.txt"
check_exit 2 "no-default alone" $SIMA actors --no-default "$TMP/a.txt"
check_exit 2 "bad date" $SIMA actors --date 2020-02-30 "$TMP/a.txt"
check_out "help" "usage: sima actors" $SIMA help actors
check_err "stats" "actors: load_ms=" $SIMA actors --stats --quiet "$TMP/a.txt"

# every ISO 3166 country has a block
if [ -x "$GEN" ] && [ -f /usr/share/iso-codes/json/iso_3166-1.json ]; then
  check_out "iso countries" "0 missing" "$GEN" --check data/dict/countries.txt
else
  echo "skipped: gen_countries or iso-codes absent"
fi

if have_shared; then
  check_out "gsr eval" "country:        recall" $SIMA actors --eval-gsr "$SHARED/data/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt"
  # the targets of issue 4 on the undated records (their dates are all
  # the placeholder 2000-01-01): country >= 90%, country+sector >= 80%
  # (measured 90.2% / 80.2%; the guard allows three actors of slack so that
  # a tokenizer change elsewhere does not fail it by one sentence)
  gsr=$($SIMA actors --ignore-dates --eval-gsr "$SHARED/data/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt")
  c=$(echo "$gsr" | sed -n 's/^country: *recall \([0-9.]*\)%.*/\1/p')
  cs=$(echo "$gsr" | sed -n 's/^country+sector: *recall \([0-9.]*\)%.*/\1/p')
  if awk -v c="$c" -v s="$cs" 'BEGIN { exit !(c >= 89.5 && s >= 79.5) }'; then
    ok
  else
    bad "gsr targets: country recall $c% (>= 89.5), country+sector $cs% (>= 79.5)"
  fi
else
  echo "skipped: ../shared absent (PLOVER gold-standard evaluation)"
fi
finish
