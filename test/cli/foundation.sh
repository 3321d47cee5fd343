# test/cli/foundation.sh — the CLI of the first stages: help, version, exit
# codes, bad input (missing file, directory, binary, invalid JSON line,
# empty file, 1 MB line, CRLF/BOM/NUL), and the formats of tokenize and
# sentences.
. test/cli/lib.sh

check "--help" "$SIMA" --help
check_out "--version" "sima 0." "$SIMA" --version
check_out "help tokenize" "usage: sima tokenize" "$SIMA" help tokenize
check_out "sentences --help" "usage: sima sentences" "$SIMA" sentences --help
check_exit 2 "no command" "$SIMA"
check_exit 2 "unknown command" "$SIMA" frobnicate
check_exit 2 "help unknown" "$SIMA" help frobnicate
check_exit 2 "unknown option" "$SIMA" tokenize --frob x
check_exit 2 "bad --format" "$SIMA" sentences --format xml examples/article.txt
check_exit 2 "bad --date" "$SIMA" sentences --date 2025-02-30 examples/article.txt
check_exit 2 "--date without value" "$SIMA" sentences --date

# good input
check_out "sentences of the example" '"kind":"title"' "$SIMA" sentences examples/article.txt
check_out "dateline found" '"kind":"dateline"' "$SIMA" sentences examples/article.txt
check_out "jsonl ids" '"doc":"ex-2"' "$SIMA" sentences examples/articles.jsonl
check_out "jsonl dates" '"date":"2025-09-16"' "$SIMA" sentences examples/articles.jsonl
check_out "--date default" '"date":"2025-01-02"' "$SIMA" sentences --date 2025-01-02 examples/article.txt
check_out "tsv header" "doc	sentence	token	start	end	kind	text	norm" "$SIMA" tokenize --format tsv examples/article.txt
check_out "stdin" '"text":"Hello"' sh -c "printf 'Hello world.' | $SIMA tokenize -"
check_out "--lines ids" '"doc":"-:2"' sh -c "printf 'One.\nTwo.\n' | $SIMA sentences --lines -"

# bad input: clear errors naming file and line, no crash, exit 1
check_exit 1 "missing file" "$SIMA" sentences /nonexistent/news.txt
check_err "missing file named" "/nonexistent/news.txt: cannot open" "$SIMA" sentences /nonexistent/news.txt
check_exit 1 "directory" "$SIMA" sentences examples
check_err "directory named" "examples: is a directory" "$SIMA" sentences examples
head -c 4096 /dev/urandom > "$TMP/blob.bin"
printf '\000\001\002\003\004\005\006\007' >> "$TMP/blob.bin"
check_exit 1 "binary" "$SIMA" sentences "$TMP/blob.bin"
check_err "binary named" "blob.bin: looks like a binary file" "$SIMA" sentences "$TMP/blob.bin"
: > "$TMP/empty.txt"
check_exit 1 "empty file" "$SIMA" sentences "$TMP/empty.txt"
check_err "empty named" "empty.txt: empty input" "$SIMA" sentences "$TMP/empty.txt"
printf '{"id":"a","text":"First."}\n{oops\n{"id":"c","text":"Third."}\n' > "$TMP/bad.jsonl"
check_exit 1 "invalid JSON line exits 1" "$SIMA" sentences "$TMP/bad.jsonl"
check_err "invalid JSON line named" "bad.jsonl:2: invalid JSON" "$SIMA" sentences "$TMP/bad.jsonl"
check_out "records after the bad one still read" '"doc":"c"' "$SIMA" sentences "$TMP/bad.jsonl"
check_exit 1 "missing file among good ones" "$SIMA" sentences examples/article.txt /nonexistent/x
check_out "good file still read" '"kind":"title"' "$SIMA" sentences examples/article.txt /nonexistent/x

# CRLF, BOM, NUL
printf '\357\273\277Title here\r\n\r\nFirst sentence.\r\nSecond one.\r\n' > "$TMP/crlf.txt"
check_out "BOM+CRLF title" '"text":"Title here"' "$SIMA" sentences "$TMP/crlf.txt"
printf 'A NUL\000here. And \377 there.\n' > "$TMP/nul.txt"
check_err "NUL/invalid byte warned with offset" "byte 5" "$SIMA" sentences "$TMP/nul.txt"
check_exit 0 "NUL/invalid byte is not fatal" "$SIMA" sentences "$TMP/nul.txt"

# a 1 MB line with no punctuation finishes in under a second
awk 'BEGIN { for (i = 0; i < 150000; i++) printf "word%d ", i % 97; print "" }' > "$TMP/big.txt"
start=$(date +%s%N)
check "1 MB line" "$SIMA" sentences --lines "$TMP/big.txt"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
if [ "$ms" -lt 1000 ] || [ -n "$SANITIZED" ]; then ok; else bad "1 MB line took $ms ms"; fi

# T-HEADLINE: a first line in title case glued to the body is the title,
# unless --no-title says the text has none
printf 'Honduras Arrests Member of Prominent Drug Clan. The police gave no names.\n' > "$TMP/head.txt"
check_out "glued headline is the title" '"sentence":0,"kind":"title"' "$SIMA" sentences --lines "$TMP/head.txt"
check_out "--no-title: no glued headline" '"sentence":0,"kind":"body"' "$SIMA" sentences --lines --no-title "$TMP/head.txt"

# spans point into the document text
check_out "span of Mr" '"span":[' "$SIMA" tokenize examples/article.txt
finish
