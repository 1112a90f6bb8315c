#!/bin/sh
# demo.sh - the main job on the bundled examples, in a fresh database
# (build/demo.db): archive every report in examples/, then show what was stored.
set -eu
cd "$(dirname "$0")/.."
db=build/demo.db
mkdir -p build
rm -f "$db" "$db-wal" "$db-shm"
run() {
	echo "\$ civcas $*"
	./civcas --db "$db" "$@"
	echo
}
run init
run ingest --quiet examples/reports/
echo "# the same folder again: everything is already archived"
run ingest --quiet examples/reports/
run documents
run documents --lang ar --format csv --limit 3
run show 1
echo "# casualty claims: each with its evidence in the sentence it came from"
run extract
run claims --main
run claims --kind admission,estimate,context
NO_COLOR=1 run show 18
echo "# the places the examples' incidents name, in either script"
run gazetteer lookup --limit 2 "al-Mashlab, Raqqa"
run gazetteer lookup --limit 2 "بريف إدلب الجنوبي"
run gazetteer lookup --limit 1 --country SY Qamishli
