#!/bin/sh
# bench/run.sh - civcas benchmarks with side-by-side peers.
#
#   bench/run.sh [NAME...]        run the named benchmarks (default: all)
#
# Each benchmark prints a few lines for people and then, last, one line
#   bench NAME: key=value ...
# (see "Benchmarks" in DESIGN.md). Inputs are generated here, seeded, into
# bench/work/ (git-ignored) and reused while their size, seed and generator
# are unchanged.
#
# Environment:
#   BENCH_MB     corpus size in MB (1 MB = 1,000,000 bytes of JSON lines), default 200;
#                BENCH_MB=5 is a quick smoke test
#   BENCH_SEED   generator seed, default 42
#   BENCH_ROUNDS runs of each side, the best time counts, default 3
#   CIVCAS       the program to measure, default ./civcas
#   CC           C compiler for the generator, default cc
set -eu

cd "$(dirname "$0")/.."
WORK=bench/work
MB=${BENCH_MB:-200}
SEED=${BENCH_SEED:-42}
CIVCAS=${CIVCAS:-./civcas}
CC=${CC:-cc}
TIME=/usr/bin/time

die() {
	echo "bench: $*" >&2
	exit 1
}

need() {
	command -v "$1" >/dev/null 2>&1 || die "$1 not found (scripts/setup.sh installs it: ${2:-$1})"
}

case "$MB" in
'' | *[!0-9.]* | .* | *.*.*) die "BENCH_MB must be a positive number of megabytes, not '$MB'" ;;
esac
case "$SEED" in
'' | *[!0-9]*) die "BENCH_SEED must be a non-negative integer, not '$SEED'" ;;
esac

mkdir -p "$WORK"

# The last line /usr/bin/time -f '%e %M' wrote (it puts "Command exited with
# non-zero status N" before it when the command fails).
time_field() { # FILE FIELD(1=seconds, 2=max RSS KB)
	tail -n 1 "$1" | awk -v f="$2" '{ print $f }'
}

# ------------------------------------------------------------ the corpus

gen_build() {
	if [ ! -x "$WORK/gen_corpus" ] || [ bench/gen_corpus.c -nt "$WORK/gen_corpus" ]; then
		echo "building the corpus generator: $CC -O2 bench/gen_corpus.c"
		$CC -O2 -Wall -Wextra -o "$WORK/gen_corpus" bench/gen_corpus.c -lm
	fi
}

# corpus.jsonl and corpus.csv hold the same records; made once per
# (size, seed, generator source) and reused after that.
corpus() {
	gen_build
	stamp="mb=$MB seed=$SEED gen=$(cksum <bench/gen_corpus.c | awk '{ print $1 }')"
	if [ -f "$WORK/corpus.stamp" ] && [ -f "$WORK/corpus.jsonl" ] && [ -f "$WORK/corpus.csv" ] &&
		[ "$(sed -n 1p "$WORK/corpus.stamp")" = "$stamp" ]; then
		RECORDS=$(sed -n 2p "$WORK/corpus.stamp")
		echo "corpus: reusing $WORK/corpus.jsonl and corpus.csv ($MB MB, seed $SEED)"
	else
		rm -f "$WORK/corpus.stamp"
		echo "corpus: generating $MB MB, seed $SEED"
		RECORDS=$("$WORK/gen_corpus" "$WORK/corpus.jsonl" "$MB" "$SEED")
		"$WORK/gen_corpus" --csv "$WORK/corpus.csv" "$MB" "$SEED" >/dev/null
		printf '%s\n%s\n' "$stamp" "$RECORDS" >"$WORK/corpus.stamp"
	fi
	JSONL_BYTES=$(wc -c <"$WORK/corpus.jsonl" | tr -d ' ')
	CSV_BYTES=$(wc -c <"$WORK/corpus.csv" | tr -d ' ')
}

# ------------------------------------------------------------ ingest

bench_ingest() {
	need sqlite3
	[ -x "$TIME" ] || die "$TIME not found (scripts/setup.sh installs it: time)"
	[ -x "$CIVCAS" ] || die "$CIVCAS not found: build it first (make)"
	corpus
	awk -v j="$JSONL_BYTES" -v c="$CSV_BYTES" -v n="$RECORDS" -v s="$SEED" 'BEGIN {
		printf "corpus: %s/corpus.jsonl %.1f MB, %d records (seed %d); corpus.csv %.1f MB\n",
			"'"$WORK"'", j / 1e6, n, s, c / 1e6 }'

	# Both sides run ROUNDS times, alternating, each into a fresh database
	# after a sync (so that one run's write-back does not land on the
	# next), and the best time of each side counts.
	db="$WORK/bench.db"
	peer="$WORK/peer.db"
	ours_s="" ours_kb="" peer_s="" peer_kb="" wal_peak=0
	round=0
	while [ $round -lt "${BENCH_ROUNDS:-3}" ]; do
		round=$((round + 1))
		rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
		sync
		ours_rc=0
		$TIME -f '%e %M' -o "$WORK/ours.time" \
			"$CIVCAS" --db "$db" ingest --quiet "$WORK/corpus.jsonl" >"$WORK/ours.log" 2>&1 || ours_rc=$?
		if [ "$ours_rc" != 0 ]; then
			echo "civcas ingest failed (exit status $ours_rc); the end of $WORK/ours.log:" >&2
			tail -n 5 "$WORK/ours.log" >&2
			die "ingest: no result (civcas ingest failed)"
		fi
		s=$(time_field "$WORK/ours.time" 1)
		kb=$(time_field "$WORK/ours.time" 2)
		if [ -z "$ours_s" ] || awk -v a="$s" -v b="$ours_s" 'BEGIN { exit !(a < b) }'; then ours_s=$s; fi
		if [ -z "$ours_kb" ] || [ "$kb" -gt "$ours_kb" ]; then ours_kb=$kb; fi

		rm -f "$peer" "$peer-wal" "$peer-shm" "$peer-journal"
		sync
		$TIME -f '%e %M' -o "$WORK/peer.time" sqlite3 "$peer" <<EOF
.mode csv
.import $WORK/corpus.csv docs
EOF
		s=$(time_field "$WORK/peer.time" 1)
		kb=$(time_field "$WORK/peer.time" 2)
		if [ -z "$peer_s" ] || awk -v a="$s" -v b="$peer_s" 'BEGIN { exit !(a < b) }'; then peer_s=$s; fi
		if [ -z "$peer_kb" ] || [ "$kb" -gt "$peer_kb" ]; then peer_kb=$kb; fi
		echo "round $round: civcas $(time_field "$WORK/ours.time" 1) s, sqlite3 $s s"
	done
	peer_rows=$(sqlite3 "$peer" 'SELECT count(*) FROM docs')
	[ "$peer_rows" = "$RECORDS" ] || die "sqlite3 imported $peer_rows rows, the corpus has $RECORDS"
	awk -v s="$peer_s" -v kb="$peer_kb" -v n="$peer_rows" 'BEGIN {
		printf "peer: sqlite3 .import (csv), best run: %.2f s, peak RSS %.1f MB, %d rows\n", s, kb / 1024, n }'

	# One more run, not timed (sampling forks, and forks are slow enough
	# on a small VM to cost a fifth of the time): the WAL must stay bounded
	# however long the ingest.
	rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
	"$CIVCAS" --db "$db" ingest --quiet "$WORK/corpus.jsonl" >"$WORK/ours.log" 2>&1 &
	pid=$!
	while kill -0 "$pid" 2>/dev/null; do
		w=$(stat -c %s "$db-wal" 2>/dev/null || echo 0)
		[ "$w" -le "$wal_peak" ] || wal_peak=$w
		sleep 0.05
	done
	wait "$pid" || die "civcas ingest failed in the WAL run; see $WORK/ours.log"

	# the documents stored, when the schema has a documents table (information only)
	stored=$(sqlite3 "$db" 'SELECT count(*) FROM documents' 2>/dev/null || echo "?")
	awk -v s="$ours_s" -v kb="$ours_kb" -v b="$JSONL_BYTES" -v n="$RECORDS" -v st="$stored" -v w="$wal_peak" 'BEGIN {
		if (s < 0.01) s = 0.01
		printf "civcas ingest (jsonl), best run: %.2f s, peak RSS %.1f MB, %.1f MB/s, %.0f docs/s, %s documents stored, largest WAL seen %.0f MB\n",
			s, kb / 1024, b / 1e6 / s, n / s, st, w / 1e6 }'
	awk -v s="$ours_s" -v kb="$ours_kb" -v b="$JSONL_BYTES" -v n="$RECORDS" -v p="$peer_s" 'BEGIN {
		if (s < 0.01) s = 0.01
		printf "bench ingest: mb_s=%.1f docs_s=%.0f peak_rss_mb=%.1f vs_sqlite3_import=%.2f\n",
			b / 1e6 / s, n / s, kb / 1024, p / s }'
}

# ------------------------------------------------------------ dispatch

ALL="ingest"
[ $# -gt 0 ] || set -- $ALL
for name in "$@"; do
	case "$name" in
	ingest) bench_ingest ;;
	*) die "unknown benchmark '$name' (known: $ALL)" ;;
	esac
done
