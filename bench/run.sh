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
#   CC           C compiler for the generator and bench/places.c, default cc
#
# extract-en and extract-ar make their own corpora, of English news
# (bench/gen_news.c) and of Arabic news and posts (bench/gen_news_ar.c), of
# min(BENCH_MB, 50) MB each.
set -eu

cd "$(dirname "$0")/.."
WORK=bench/work
MB=${BENCH_MB:-200}
SEED=${BENCH_SEED:-42}
CIVCAS=${CIVCAS:-./civcas}
CC=${CC:-cc}
TIME=/usr/bin/time
ROUNDS=${BENCH_ROUNDS:-3}
COMPROMISE=14.17.0   # the npm package the places benchmark compares with
COMPROMISE_DATES=3.9.0   # extract-en: compromise's dates plugin
CHRONO=2.10.3            # extract-en: chrono-node

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
case "$ROUNDS" in
'' | *[!0-9]* | 0) die "BENCH_ROUNDS must be a positive integer, not '$ROUNDS'" ;;
esac

mkdir -p "$WORK"

# The value of KEY in the key=value line FILE holds.
kv() { # FILE KEY
	tr ' ' '\n' <"$1" | sed -n "s/^$2=//p" | head -n 1
}

# A variable of the Makefile as make expands it (CPPFLAGS, LDLIBS, WARN), so
# that what the benchmarks build links like ./civcas does.
make_var() { # NAME
	# shellcheck disable=SC2016
	printf 'bench-print-var:\n\t@echo $(%s)\n' "$1" |
		make --no-print-directory -s -f Makefile -f - bench-print-var
}

# The last line /usr/bin/time -f '%e %M' wrote (it puts "Command exited with
# non-zero status N" before it when the command fails).
time_field() { # FILE FIELD(1=seconds, 2=max RSS KB)
	tail -n 1 "$1" | awk -v f="$2" '{ print $f }'
}

# ------------------------------------------------------------ the corpus

# $WORK/NAME from bench/NAME.c and the code the generators share
# (bench/gen_common.c), rebuilt when one of its sources is newer.
gen_build() { # NAME
	for src in "bench/$1.c" bench/gen_common.c bench/gen_common.h; do
		if [ ! -x "$WORK/$1" ] || [ "$src" -nt "$WORK/$1" ]; then
			echo "building $1: $CC -O2 bench/$1.c bench/gen_common.c"
			$CC -O2 -Wall -Wextra -o "$WORK/$1" "bench/$1.c" bench/gen_common.c -lm
			return
		fi
	done
}

# the checksum of a generator's sources, for the stamps of what it made
gen_sum() { # NAME
	cat "bench/$1.c" bench/gen_common.c bench/gen_common.h | cksum | awk '{ print $1 }'
}

# corpus.jsonl and corpus.csv hold the same records; made once per
# (size, seed, generator source) and reused after that.
corpus() {
	gen_build gen_corpus
	stamp="mb=$MB seed=$SEED gen=$(gen_sum gen_corpus)"
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
	while [ $round -lt "$ROUNDS" ]; do
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

# ------------------------------------------------------------ places

# bench/places.c, built against the library with the Makefile's flags (its
# PKGS through CPPFLAGS and LDLIBS) and PCRE2 for the peer.
places_build() {
	lib=build/libcivcas.a
	[ -f "$lib" ] || die "$lib not found: build it first (make)"
	pkg-config --exists libpcre2-8 || die "libpcre2-8 not found (scripts/setup.sh installs it: libpcre2-dev)"
	if [ ! -x "$WORK/places" ] || [ bench/places.c -nt "$WORK/places" ] || [ "$lib" -nt "$WORK/places" ]; then
		echo "building bench/places.c against $lib"
		# shellcheck disable=SC2046
		$CC -O2 -g $(make_var WARN) $(make_var CPPFLAGS) $(pkg-config --cflags libpcre2-8) \
			-o "$WORK/places" bench/places.c "$lib" $(make_var LDLIBS) $(pkg-config --libs libpcre2-8)
	fi
}

# compromise, from npm, into $WORK/npm (git-ignored with the rest of $WORK)
places_npm() {
	need node "Node.js"
	need npm "npm"
	npm_dir=$WORK/npm
	if ! grep -qs "\"version\": \"$COMPROMISE\"" "$npm_dir/node_modules/compromise/package.json"; then
		echo "installing compromise@$COMPROMISE with npm into $npm_dir"
		mkdir -p "$npm_dir"
		npm install --prefix "$npm_dir" --no-audit --no-fund --loglevel=error "compromise@$COMPROMISE" \
			>"$WORK/npm.log" 2>&1 || { tail -n 5 "$WORK/npm.log" >&2; die "npm could not install compromise"; }
	fi
}

# Run `places ours FILE` ROUNDS times under /usr/bin/time; sets best_scan,
# best_start, best_fold (seconds), max_kb, and leaves the last output in
# $WORK/places.out.
places_ours() { # TEXTS LABEL
	best_scan="" best_start="" best_fold="" max_kb=0
	round=0
	while [ $round -lt "$ROUNDS" ]; do
		round=$((round + 1))
		rc=0
		$TIME -f '%e %M' -o "$WORK/places.time" "$WORK/places" ours "$1" >"$WORK/places.out" 2>"$WORK/places.err" || rc=$?
		if [ "$rc" != 0 ]; then
			echo "bench/places.c (ours) failed (exit status $rc); the end of $WORK/places.err:" >&2
			tail -n 5 "$WORK/places.err" >&2
			die "places: no result"
		fi
		scan=$(kv "$WORK/places.out" scan_s)
		start=$(kv "$WORK/places.out" startup_s)
		fold=$(kv "$WORK/places.out" fold_s)
		kb=$(time_field "$WORK/places.time" 2)
		if [ -z "$best_scan" ] || awk -v a="$scan" -v b="$best_scan" 'BEGIN { exit !(a < b) }'; then best_scan=$scan; fi
		if [ -z "$best_start" ] || awk -v a="$start" -v b="$best_start" 'BEGIN { exit !(a < b) }'; then best_start=$start; fi
		if [ -z "$best_fold" ] || awk -v a="$fold" -v b="$best_fold" 'BEGIN { exit !(a < b) }'; then best_fold=$fold; fi
		[ "$kb" -le "$max_kb" ] || max_kb=$kb
		[ -z "$2" ] || echo "round $round: $2 start-up $start s, gaz_find $scan s, peak RSS $((kb / 1024)) MB"
	done
}

bench_places() {
	[ -x "$TIME" ] || die "$TIME not found (scripts/setup.sh installs it: time)"
	places_build
	places_npm
	corpus
	# BENCH_MB scales everything: of the default 200 MB corpus, 100 MB of
	# text; PCRE2 on its first tenth, compromise on English texts from its
	# start worth a fiftieth.
	text_mb=$(awk -v m="$MB" 'BEGIN { printf "%g", m / 2 }')
	pcre2_mb=$(awk -v m="$MB" 'BEGIN { printf "%g", m / 20 }')
	en_mb=$(awk -v m="$MB" 'BEGIN { printf "%g", m / 100 }')
	texts=$WORK/places-text.bin
	en=$WORK/places-en.bin
	stamp="$(sed -n 1p "$WORK/corpus.stamp") text=$text_mb en=$en_mb places=$(cksum <bench/places.c | awk '{ print $1 }')"
	if [ ! -f "$WORK/places.stamp" ] || [ "$(sed -n 1p "$WORK/places.stamp")" != "$stamp" ] ||
		[ ! -f "$texts" ] || [ ! -f "$en" ]; then
		rm -f "$WORK/places.stamp"
		"$WORK/places" extract "$WORK/corpus.jsonl" "$text_mb" "$texts" "$en_mb" "$en" >"$WORK/places.out" ||
			die "places: cannot extract the texts from $WORK/corpus.jsonl"
		printf '%s\n%s\n' "$stamp" "$(cat "$WORK/places.out")" >"$WORK/places.stamp"
	fi
	sed -n 2p "$WORK/places.stamp" >"$WORK/places.extract"
	docs=$(kv "$WORK/places.extract" docs)
	bytes=$(kv "$WORK/places.extract" bytes)
	en_docs=$(kv "$WORK/places.extract" en_docs)
	en_bytes=$(kv "$WORK/places.extract" en_bytes)
	awk -v b="$bytes" -v n="$docs" -v e="$(kv "$WORK/places.extract" en_all)" 'BEGIN {
		printf "texts: %.1f MB of report text, %d texts (%d English, %d Arabic): the \"text\" fields of %s from its start\n",
			b / 1e6, n, e, n - e, "'"$WORK/corpus.jsonl"'" }'

	# ours: the whole text, each round a new process
	places_ours "$texts" "civcas"
	all_scan=$best_scan all_start=$best_start all_fold=$best_fold all_kb=$max_kb
	mentions=$(kv "$WORK/places.out" mentions)
	nplaces=$(kv "$WORK/places.out" places)
	[ "$(kv "$WORK/places.out" docs)" = "$docs" ] || die "places: read $(kv "$WORK/places.out" docs) texts of $docs"
	awk -v s="$all_start" -v n="$nplaces" 'BEGIN {
		printf "start-up: load + compile the gazetteer %.3f s (%d places; best of '"$ROUNDS"'; target < 0.5 s)\n", s, n }'
	awk -v s="$all_scan" -v f="$all_fold" -v b="$bytes" -v n="$docs" -v m="$mentions" -v kb="$all_kb" 'BEGIN {
		if (s < 0.0001) s = 0.0001
		printf "civcas gaz_find, best of '"$ROUNDS"', 1 thread: %.3f s, %.1f MB/s, %.0f docs/s, %d mentions, peak RSS %.1f MB\n",
			s, b / 1e6 / s, n / s, m, kb / 1024
		printf "  of which folding (gaz_fold with its offset map, timed alone): %.3f s, %.0f%%\n", f, 100 * f / s }'

	# PCRE2 JIT on a prefix, with ours on the same texts, in one process
	"$WORK/places" pcre2 "$texts" "$pcre2_mb" "$ROUNDS" >"$WORK/places-pcre2.out" 2>"$WORK/places.err" || {
		tail -n 5 "$WORK/places.err" >&2
		die "places: the PCRE2 run failed"
	}
	p=$WORK/places-pcre2.out
	ver=$(pkg-config --modversion libpcre2-8)
	awk -v v="$ver" -v names="$(kv "$p" names)" -v pat="$(kv "$p" patterns)" -v big="$(kv "$p" largest_kb)" \
		-v c="$(kv "$p" compile_s)" -v n="$(kv "$p" docs)" -v b="$(kv "$p" bytes)" -v all="$bytes" \
		-v ours="$(kv "$p" ours_s)" -v m="$(kv "$p" mentions)" -v peer="$(kv "$p" pcre2_s)" \
		-v pm="$(kv "$p" matches)" -v r="$(kv "$p" pcre2_rounds)" 'BEGIN {
		if (ours < 0.0001) ours = 0.0001
		printf "peer: PCRE2 %s JIT: %d folded names (3+ bytes, deduplicated) as %d alternations (largest %.1f KB compiled; compiled in %.3f s)\n", v, names, pat, big, c
		if (b < all)
			printf "  on the first %.1f MB (%d texts) only: the whole %.1f MB would take about %.0f s a round\n", b / 1e6, n, all / 1e6, peer * all / b
		printf "  PCRE2, best of %d: %.2f s, %.2f MB/s, %d matches (on the folded text, folding not timed)\n", r, peer, b / 1e6 / peer, pm
		printf "  civcas on the same texts, best of '"$ROUNDS"': %.3f s, %.1f MB/s, %d mentions: vs_pcre2_jit = %.1f\n", ours, b / 1e6 / ours, m, peer / ours }'
	vs_pcre2=$(awk -v p="$(kv "$p" pcre2_s)" -v o="$(kv "$p" ours_s)" 'BEGIN { if (o < 0.0001) o = 0.0001; printf "%.2f", p / o }')

	# compromise on the English sample, and ours on the same texts
	node bench/places-compromise.js "$WORK/npm" "$en" "$ROUNDS" >"$WORK/places-compromise.out" 2>"$WORK/places.err" || {
		tail -n 5 "$WORK/places.err" >&2
		die "places: the compromise run failed"
	}
	places_ours "$en" ""
	c=$WORK/places-compromise.out
	awk -v v="$(kv "$c" version)" -v l="$(kv "$c" load_s)" -v peer="$(kv "$c" s)" -v n="$en_docs" -v b="$en_bytes" \
		-v pm="$(kv "$c" places)" -v ours="$best_scan" -v m="$(kv "$WORK/places.out" mentions)" 'BEGIN {
		if (ours < 0.0001) ours = 0.0001
		printf "peer: compromise %s (npm) .places(), English only, on the first %.1f MB of the English texts (%d texts; loaded in %.2f s, not timed)\n", v, b / 1e6, n, l
		printf "  compromise, best of '"$ROUNDS"': %.2f s, %.2f MB/s, %d places\n", peer, b / 1e6 / peer, pm
		printf "  civcas on the same texts, best of '"$ROUNDS"': %.4f s, %.1f MB/s, %d mentions: vs_compromise = %.0f\n", ours, b / 1e6 / ours, m, peer / ours }'
	vs_comp=$(awk -v p="$(kv "$c" s)" -v o="$best_scan" 'BEGIN { if (o < 0.0001) o = 0.0001; printf "%.2f", p / o }')

	awk -v s="$all_scan" -v b="$bytes" -v n="$docs" -v st="$all_start" -v kb="$all_kb" -v vp="$vs_pcre2" -v vc="$vs_comp" 'BEGIN {
		if (s < 0.0001) s = 0.0001
		printf "bench places: mb_s=%.1f docs_s=%.0f startup_s=%.3f peak_rss_mb=%.1f vs_pcre2_jit=%s vs_compromise=%s\n",
			b / 1e6 / s, n / s, st, kb / 1024, vp, vc }'
}

# ------------------------------------------------------------ extract-en, extract-ar

# News for extract-en and extract-ar, by a generator of bench/ (gen_news.c:
# English, gen_news_ar.c: Arabic): NAME.jsonl of min(BENCH_MB, 50) MB and
# NAME-small.jsonl, its first quarter (the generators' records do not depend
# on the size, so a smaller corpus of one seed is a prefix of a larger one).
# Remade when the size, seed, generator or gazetteer change. Sets NEWS_MB,
# NEWS (the file), N_DOCS, N_TEXT (bytes of text), N_SMALL_DOCS,
# N_SMALL_TEXT and N_SHARE (of the sentences, those about casualties), and
# prints what it holds.
news_corpus() { # GEN NAME WHAT
	gen_build "$1"
	NEWS_MB=$(awk -v m="$MB" 'BEGIN { printf "%g", m < 50 ? m : 50 }')
	NEWS=$WORK/$2.jsonl
	small=$WORK/$2-small.jsonl
	st=$WORK/$2.stamp
	stamp="mb=$NEWS_MB seed=$SEED gen=$(gen_sum "$1") places=$(cksum <data/places.tsv | awk '{ print $1 }')"
	if [ -f "$st" ] && [ -f "$NEWS" ] && [ -f "$small" ] && [ "$(sed -n 1p "$st")" = "$stamp" ]; then
		echo "corpus: reusing $NEWS and $small ($NEWS_MB MB, seed $SEED)"
	else
		rm -f "$st"
		echo "corpus: generating $NEWS_MB MB of $3, seed $SEED"
		big=$("$WORK/$1" "$NEWS" "$NEWS_MB" "$SEED" data/places.tsv 2>"$WORK/$2.gen") ||
			{ cat "$WORK/$2.gen" >&2; die "$BENCH: $1 failed"; }
		quarter=$("$WORK/$1" "$small" "$(awk -v m="$NEWS_MB" 'BEGIN { printf "%g", m / 4 }')" \
			"$SEED" data/places.tsv 2>/dev/null) || die "$BENCH: $1 failed"
		printf '%s\n%s\n%s\n%s\n' "$stamp" "$big" "$quarter" "$(cat "$WORK/$2.gen")" >"$st"
	fi
	N_DOCS=$(sed -n 2p "$st" | awk '{ print $1 }')
	N_TEXT=$(sed -n 2p "$st" | awk '{ print $2 }')
	N_SMALL_DOCS=$(sed -n 3p "$st" | awk '{ print $1 }')
	N_SMALL_TEXT=$(sed -n 3p "$st" | awk '{ print $2 }')
	N_SHARE=$(sed -n 4p "$st" | sed -n 's/.*(\([0-9.]*%\) about casualties).*/\1/p')
	awk -v n="$N_DOCS" -v t="$N_TEXT" -v j="$(wc -c <"$NEWS")" -v sh="$N_SHARE" -v s="$SEED" -v w="$3" -v f="$NEWS" 'BEGIN {
		printf "corpus: %s %.1f MB, %d texts of %s, %.1f MB of text (%.0f bytes a text; %s of the sentences about casualties; seed %d)\n",
			f, j / 1e6, n, w, t / 1e6, t / n, sh, s }'
}

# compromise, compromise-dates and chrono-node, from npm, into
# $WORK/npm-extract-en (git-ignored with the rest of $WORK; a folder of its
# own, so that installing them does not prune the places benchmark's)
extract_npm() {
	need node "Node.js"
	need npm "npm"
	npm_dir=$WORK/npm-extract-en
	m=$npm_dir/node_modules
	if ! grep -qs "\"version\": \"$COMPROMISE\"" "$m/compromise/package.json" ||
		! grep -qs "\"version\": \"$COMPROMISE_DATES\"" "$m/compromise-dates/package.json" ||
		! grep -qs "\"version\": \"$CHRONO\"" "$m/chrono-node/package.json"; then
		echo "installing compromise@$COMPROMISE compromise-dates@$COMPROMISE_DATES chrono-node@$CHRONO with npm into $npm_dir"
		mkdir -p "$npm_dir"
		npm install --prefix "$npm_dir" --save-exact --no-audit --no-fund --loglevel=error \
			"compromise@$COMPROMISE" "compromise-dates@$COMPROMISE_DATES" "chrono-node@$CHRONO" \
			>"$WORK/npm.log" 2>&1 || { tail -n 5 "$WORK/npm.log" >&2; die "npm could not install the extract-en peers"; }
	fi
}

# The first lines of JSONL that hold MB megabytes (at least one line) into OUT.
jsonl_head() { # JSONL MB OUT
	LC_ALL=C awk -v lim="$(awk -v m="$2" 'BEGIN { printf "%.0f", m * 1e6 }')" \
		'{ print; n += length($0) + 1; if (n >= lim) exit }' "$1" >"$3"
}

# `civcas extract --all` on DB under /usr/bin/time; sets ex_s, ex_kb, ex_cpu
# (user + system seconds), ex_docs, ex_claims; the output is in $WORK/extract.log.
extract_once() { # DB
	rc=0
	$TIME -f '%e %M %U %S' -o "$WORK/extract.time" "$CIVCAS" --db "$1" extract --all >"$WORK/extract.log" 2>&1 || rc=$?
	if [ "$rc" != 0 ]; then
		echo "civcas extract failed (exit status $rc); the end of $WORK/extract.log:" >&2
		tail -n 5 "$WORK/extract.log" >&2
		die "$BENCH: no result (civcas extract failed)"
	fi
	ex_s=$(time_field "$WORK/extract.time" 1)
	ex_kb=$(time_field "$WORK/extract.time" 2)
	ex_cpu=$(tail -n 1 "$WORK/extract.time" | awk '{ print $3 + $4 }')
	line=$(grep '^extract: ' "$WORK/extract.log" | tail -n 1)
	ex_docs=$(echo "$line" | sed -n 's/^extract: \([0-9]*\) documents.*/\1/p')
	ex_claims=$(echo "$line" | sed -n 's/^extract: [0-9]* documents, \([0-9]*\) claims.*/\1/p')
	[ -n "$ex_docs" ] || die "$BENCH: civcas extract did not print 'extract: N documents, M claims' (see $WORK/extract.log)"
}

# A new database with the records of JSONL (not timed).
extract_db() { # DB JSONL DOCS
	rm -f "$1" "$1-wal" "$1-shm" "$1-journal"
	"$CIVCAS" --db "$1" ingest --quiet "$2" >"$WORK/ours.log" 2>&1 || {
		tail -n 5 "$WORK/ours.log" >&2
		die "$BENCH: civcas ingest $2 failed"
	}
	n=$(sqlite3 "$1" 'SELECT count(*) FROM documents')
	[ "$n" = "$3" ] || die "$BENCH: $2 has $3 records, the database $n documents"
}

extract_check() {
	need sqlite3
	[ -x "$TIME" ] || die "$TIME not found (scripts/setup.sh installs it: time)"
	[ -x "$CIVCAS" ] || die "$CIVCAS not found: build it first (make)"
	"$CIVCAS" extract --help >/dev/null 2>&1 || die "$CIVCAS has no 'extract' command"
}

# Ours on news_corpus's corpus: ingest (not timed) into $WORK/extract-LANG.db,
# then `extract --all` ROUNDS times on it. Sets best_s, best_cpu (the best
# round's wall and CPU seconds), max_kb (the largest peak RSS), claims, and
# core (MB of text per CPU second).
extract_rounds() { # LANG TARGET(MB/s per core)
	db=$WORK/extract-$1.db
	extract_db "$db" "$NEWS" "$N_DOCS"
	best_s="" best_cpu="" max_kb=0
	round=0
	while [ $round -lt "$ROUNDS" ]; do
		round=$((round + 1))
		extract_once "$db"
		[ "$ex_docs" = "$N_DOCS" ] || die "$BENCH: civcas extract read $ex_docs documents of $N_DOCS"
		if [ -z "$best_s" ] || awk -v a="$ex_s" -v b="$best_s" 'BEGIN { exit !(a < b) }'; then best_s=$ex_s; fi
		if [ -z "$best_cpu" ] || awk -v a="$ex_cpu" -v b="$best_cpu" 'BEGIN { exit !(a < b) }'; then best_cpu=$ex_cpu; fi
		[ "$ex_kb" -le "$max_kb" ] || max_kb=$ex_kb
		echo "round $round: civcas extract --all $ex_s s ($ex_cpu s of CPU), $ex_claims claims, peak RSS $((ex_kb / 1024)) MB"
	done
	claims=$ex_claims
	core=$(awk -v c="$best_cpu" -v b="$N_TEXT" 'BEGIN { if (c < 0.01) c = 0.01; printf "%.1f", b / 1e6 / c }')
	awk -v s="$best_s" -v b="$N_TEXT" -v n="$N_DOCS" -v m="$claims" -v kb="$max_kb" -v core="$core" -v t="$2" 'BEGIN {
		if (s < 0.01) s = 0.01
		printf "civcas extract --all, best of '"$ROUNDS"': %.2f s, %.1f MB/s of text, %.0f docs/s, %d claims, peak RSS %.1f MB\n",
			s, b / 1e6 / s, n / s, m, kb / 1024
		printf "  per core (text MB / CPU seconds, best round): %s MB/s; target: %s MB/s per core\n", core, t }'
}

# The same on the corpus's first quarter, once: memory must not grow with
# the corpus. Sets small_kb.
extract_small() { # LANG
	small=$WORK/extract-$1-small.db
	extract_db "$small" "${NEWS%.jsonl}-small.jsonl" "$N_SMALL_DOCS"
	extract_once "$small"
	small_kb=$ex_kb
	awk -v s="$ex_s" -v b="$N_SMALL_TEXT" -v n="$N_SMALL_DOCS" -v kb="$small_kb" -v big="$max_kb" -v f="${NEWS%.jsonl}-small.jsonl" \
		-v db="$(stat -c %s "$db")" -v sdb="$(stat -c %s "$small")" 'BEGIN {
		if (s < 0.01) s = 0.01
		printf "  on a quarter of the corpus (%s, %d texts, %.1f MB of text): %.2f s, peak RSS %.1f MB; 4x the text adds %.1f MB (%+.0f%%)\n",
			f, n, b / 1e6, s, kb / 1024, (big - kb) / 1024, 100 * (big - kb) / kb
		printf "  (databases: %.0f MB and %.0f MB; SQLite'"'"'s page cache grows with the pages read until it reaches its cache_size)\n",
			db / 1e6, sdb / 1e6 }'
}

# A peer: `extract-en-peers.js PEER` on a sample; sets p_s, p_load, p_docs,
# p_bytes, p_kb, and leaves its line in $WORK/extract-PEER.out.
extract_peer() { # PEER SAMPLE
	$TIME -f '%e %M' -o "$WORK/peer.time" node bench/extract-en-peers.js "$1" "$npm_dir" "$2" "$ROUNDS" \
		>"$WORK/extract-$1.out" 2>"$WORK/extract-peer.err" || {
		tail -n 5 "$WORK/extract-peer.err" >&2
		die "extract-en: the $1 run failed"
	}
	p=$WORK/extract-$1.out
	p_s=$(kv "$p" s)
	p_load=$(kv "$p" load_s)
	p_docs=$(kv "$p" docs)
	p_bytes=$(kv "$p" bytes)
	p_kb=$(time_field "$WORK/peer.time" 2)
}

bench_extract_en() {
	BENCH=extract-en
	extract_check
	extract_npm
	# min(BENCH_MB, 50) MB of news; the peers on samples of its start (see bench/README.md)
	news_corpus gen_news news "English news"
	extract_rounds en 50
	EN_CORE=$core # for extract-ar's English figure
	extract_small en

	# the peers: chrono-node on the whole of news.jsonl; compromise (some
	# 30 KB/s) on its first 1% (0.1 to 0.5 MB), scaled to the whole text by
	# bytes of text
	c_mb=$(awk -v m="$NEWS_MB" 'BEGIN { x = m / 100; if (x < 0.1) x = 0.1; if (x > 0.5) x = 0.5; printf "%g", x }')
	jsonl_head "$WORK/news.jsonl" "$c_mb" "$WORK/news-compromise.jsonl"
	vs=""
	for peer in compromise chrono; do
		if [ "$peer" = compromise ]; then sample=$WORK/news-compromise.jsonl; else sample=$WORK/news.jsonl; fi
		extract_peer "$peer" "$sample"
		if [ "$peer" = compromise ]; then
			label="compromise $COMPROMISE + compromise-dates $COMPROMISE_DATES (npm): per text nlp(), .numbers(), .places(), .people(), .dates() resolved against the published day"
			found="$(kv "$p" numbers) numbers, $(kv "$p" places) places, $(kv "$p" people) people, $(kv "$p" dates) dates"
		else
			label="chrono-node $CHRONO (npm): chrono.parse(text, published day), dates only"
			found="$(kv "$p" dates) dates"
		fi
		r=$(awk -v p="$p_s" -v l="$p_load" -v pb="$p_bytes" -v b="$N_TEXT" -v o="$best_s" 'BEGIN {
			if (o < 0.01) o = 0.01
			printf "%.2f", (l + p * b / pb) / o }')
		vs="$vs vs_$peer=$r"
		echo "peer: $label"
		awk -v p="$p_s" -v l="$p_load" -v pb="$p_bytes" -v pn="$p_docs" -v b="$N_TEXT" -v o="$best_s" -v kb="$p_kb" \
			-v f="$found" -v r="$r" -v peer="$peer" -v nr="$(kv "$p" rounds)" 'BEGIN {
			if (o < 0.01) o = 0.01
			if (pb < b)
				printf "  on the first %d texts only (%.2f MB of text of %.1f MB), reading and parsing the JSONL included; scaled to the whole text by bytes\n", pn, pb / 1e6, b / 1e6
			printf "  best of %d: %.2f s, %.3f MB/s of text, %s; loading the library %.2f s; peak RSS %.1f MB\n", nr, p, pb / 1e6 / p, f, l, kb / 1024
			if (pb < b)
				printf "  the whole text: about %.1f s (load + %.0f x the sample) against civcas %.2f s: vs_%s = %s\n", l + p * b / pb, b / pb, o, peer, r
			else
				printf "  load + best round: %.2f s against civcas %.2f s: vs_%s = %s\n", l + p, o, peer, r }'
	done

	awk -v s="$best_s" -v b="$N_TEXT" -v n="$N_DOCS" -v kb="$max_kb" -v skb="$small_kb" -v vs="$vs" 'BEGIN {
		if (s < 0.01) s = 0.01
		printf "bench extract-en: mb_s=%.1f docs_s=%.0f peak_rss_mb=%.1f rss_small_mb=%.1f%s\n",
			b / 1e6 / s, n / s, kb / 1024, skb / 1024, vs }'
}

# Arabic news and posts (bench/gen_news_ar.c), measured as extract-en
# measures English; beside it the English figure: extract-en's, when it ran
# before in this invocation, else ours alone on extract-en's corpus (no
# peers). vs_en is Arabic MB/s per core divided by English MB/s per core.
bench_extract_ar() {
	BENCH=extract-ar
	extract_check
	news_corpus gen_news_ar news-ar "Arabic news and posts"
	extract_rounds ar 30
	extract_small ar
	ar_s=$best_s ar_kb=$max_kb ar_core=$core ar_docs=$N_DOCS ar_text=$N_TEXT
	awk -v m="$claims" -v b="$N_TEXT" 'BEGIN {
		printf "  %d claims, %.1f per MB of text (the extractor reads closely only the sentences around what it finds: its time grows with what it learns to find)\n",
			m, m / (b / 1e6) }'

	if [ -z "${EN_CORE:-}" ]; then
		echo "the English figure: civcas extract --all on extract-en's corpus (ours alone, no peers)"
		news_corpus gen_news news "English news"
		extract_rounds en 50
		EN_CORE=$core
	else
		echo "the English figure: extract-en's, above"
	fi
	vs_en=$(awk -v a="$ar_core" -v e="$EN_CORE" 'BEGIN { if (e < 0.01) e = 0.01; printf "%.2f", a / e }')
	echo "per core: Arabic $ar_core MB/s (target 30), English $EN_CORE MB/s (target 50): vs_en = $vs_en (Arabic / English)"
	awk -v s="$ar_s" -v b="$ar_text" -v n="$ar_docs" -v kb="$ar_kb" -v skb="$small_kb" -v vs="$vs_en" 'BEGIN {
		if (s < 0.01) s = 0.01
		printf "bench extract-ar: mb_s=%.1f docs_s=%.0f peak_rss_mb=%.1f rss_small_mb=%.1f vs_en=%s\n",
			b / 1e6 / s, n / s, kb / 1024, skb / 1024, vs }'
}

# ------------------------------------------------------------ dispatch

ALL="ingest places extract-en extract-ar"
[ $# -gt 0 ] || set -- $ALL
for name in "$@"; do
	case "$name" in
	ingest) bench_ingest ;;
	places) bench_places ;;
	extract-en) bench_extract_en ;;
	extract-ar) bench_extract_ar ;;
	*) die "unknown benchmark '$name' (known: $ALL)" ;;
	esac
done
