#!/bin/bash
# crash.sh - kill -9 in the middle of an ingest must leave a consistent
# database in which every committed document is intact. Generates a large
# JSON-lines file, starts an ingest, kills it once some batches are committed,
# then checks the database (integrity_check), that what was committed is
# there, that every document re-hashes to its address (civcas verify), and that a second ingest of the
# same file completes the archive without duplicates.
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
CIVCAS="$PWD/$BUILD/civcas"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "crash: FAIL: $*"; exit 1; }

command -v sqlite3 >/dev/null || fail "sqlite3 command-line tool missing (scripts/setup.sh installs it)"
# 120,000 records of about 1.5 KB: long enough that the kill lands mid-way
awk 'BEGIN {
	pad = "";
	for (i = 0; i < 30; i++) pad = pad "Residents said the strike hit the market at dawn. ";
	for (i = 1; i <= 120000; i++)
		printf "{\"text\":\"Report %d. %s\",\"url\":\"https://example.org/r/%d\",\"published\":\"2024-03-%02d\"}\n", i, pad, i, i % 28 + 1;
}' > "$work/big.jsonl"
total=$(wc -l < "$work/big.jsonl")

"$CIVCAS" --db "$work/c.db" ingest --quiet "$work/big.jsonl" > /dev/null 2>&1 &
pid=$!
n=0
for _ in $(seq 1 600); do
	n=$(sqlite3 "$work/c.db" "select count(*) from documents" 2>/dev/null || echo 0)
	[ "${n:-0}" -ge 4000 ] && break
	kill -0 $pid 2>/dev/null || break
	sleep 0.02
done
kill -9 $pid 2>/dev/null || fail "the ingest finished before it could be killed (n=$n)"
wait $pid 2>/dev/null

check=$(sqlite3 "$work/c.db" "pragma integrity_check")
[ "$check" = ok ] || fail "integrity_check: $check"
n=$(sqlite3 "$work/c.db" "select count(*) from documents")
[ "$n" -ge 4000 ] || fail "only $n documents survived"
[ "$n" -lt "$total" ] || fail "the kill came after the end ($n of $total)"
orphans=$(sqlite3 "$work/c.db" "select count(*) from documents d left join archive a on a.document_id = d.id where a.raw is null")
[ "$orphans" = 0 ] || fail "$orphans documents without their archived bytes"
# committed documents are whole: every one re-hashes to its address
out=$("$CIVCAS" --db "$work/c.db" verify 2>&1)
[ "$out" = "verify: $n documents, 0 damaged" ] || fail "verify said: $out"
# the interrupted ingest can simply be run again
out=$("$CIVCAS" --db "$work/c.db" ingest --quiet "$work/big.jsonl")
[ "$out" = "ingest: $((total - n)) new, $n already archived, 0 same text, 0 rejected, 0 files failed" ] ||
	fail "re-ingest said: $out"
echo "crash: killed after $n of $total documents; database intact, re-ingest completed it"
echo "crash: 1 passed, 0 failed"
