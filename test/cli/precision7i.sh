#!/bin/sh
# test/cli/precision7i.sh — actor codes of the precision7i pass: RULE
# A-ORG-TITLE, a title between a national organisation's name and a
# person's name gives the organisation's code (MEXCRM, not MEXCRMGOV),
# with guards for a country's title, a known person and an IGO's officer.
# `sima test-spec` compares codes by prefix, so the exact code is checked
# here on `sima actors --format tsv`.
. test/cli/lib.sh

cat > "$TMP/a.txt" <<'X'
Knights Templar leader Servando Gomezo met the mayor.
ARENA legislator Rene Portillo criticized the government.
FARC commander Juan Zorgano attacked the army.
Hamas spokesman Fawzi Zorgan condemned Israel.
Zimbabwean President Robert Zorgabe met the mayor.
UN Secretary-General Antonio Guterres met the mayor.
Venezuelan National Guard commander Juan Zorgez met the mayor.
X
tsv() { $SIMA actors --lines --format tsv "$TMP/a.txt"; }
check_out "gang leader" '	Knights Templar leader Servando Gomezo	MEXCRM	MEX	CRM	composed	' tsv
check_out "party legislator" '	ARENA legislator Rene	SLVPTY	SLV	PTY	composed	' tsv
check_out "armed group commander" '	FARC commander Juan Zorgano	COLPTY	COL	PTY	composed	' tsv
check_out "Hamas spokesman" '	Hamas spokesman Fawzi Zorgan	PSEREB	PSE	REB	composed	' tsv
# guards: a country's title composes; an IGO's officer; a state body
check_out "country title" '	Zimbabwean President Robert Zorgabe	ZWEGOV	ZWE	GOV	composed	' tsv
check_out "IGO officer" '	UN Secretary-General Antonio Guterres	IGOUNO		GOV	' tsv
check_out "state body officer" '	Venezuelan National Guard commander Juan Zorgez	VENMIL	VEN	MIL	composed	' tsv
finish
