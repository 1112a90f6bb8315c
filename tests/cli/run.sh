#!/bin/bash
# run.sh - run the CLI tests in tests/cli/*.t (format in tests/cli/README).
# Prints a line per failure with a diff, then "cli: N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
BUILD=${BUILD:-build}
FIX="$ROOT/tests/fixtures"
export ROOT BUILD FIX
[ -x "$ROOT/$BUILD/civcas" ] || { echo "cli: $BUILD/civcas is not built"; exit 1; }
BIN=$(mktemp -d)
ln -s "$ROOT/$BUILD/civcas" "$BIN/civcas"
export PATH="$BIN:$PATH"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
passed=0
failed=0

# match EXPECTED_FILE ACTUAL_FILE: lines equal, or (re) lines matching
match() {
	local -a exp act
	mapfile -t exp < "$1"
	mapfile -t act < "$2"
	while [ ${#exp[@]} -gt 0 ] && [ -z "${exp[-1]}" ]; do unset 'exp[-1]'; done
	while [ ${#act[@]} -gt 0 ] && [ -z "${act[-1]}" ]; do unset 'act[-1]'; done
	[ ${#exp[@]} -eq ${#act[@]} ] || return 1
	local i
	for i in "${!exp[@]}"; do
		local e=${exp[$i]} a=${act[$i]}
		if [[ $e == *" (re)" ]]; then
			[[ $a =~ ^${e% (re)}$ ]] || return 1
		else
			[ "$e" = "$a" ] || return 1
		fi
	done
	return 0
}

run_case() { # file, line, command, expected-file, expected-status
	local t=$1 ln=$2 cmd=$3 expf=$4 want=$5 dir=$6
	local actf status
	actf=$(mktemp)
	(cd "$dir" && bash -c "$cmd") > "$actf" 2>&1 < /dev/null
	status=$?
	if match "$expf" "$actf" && [ "$status" = "$want" ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL $t:$ln: \$ $cmd"
		echo "  exit status $status (want $want)"
		diff -u "$expf" "$actf" | sed '1,2d; s/^/  /' | head -40
	fi
	rm -f "$actf"
}

for t in tests/cli/*.t; do
	[ -f "$t" ] || continue
	dir=$(mktemp -d)
	ln -s "$FIX" "$dir/fixtures"
	cmd="" cmdline=0 want=0
	expf=$(mktemp)
	n=0
	while IFS= read -r line || [ -n "$line" ]; do
		n=$((n + 1))
		case "$line" in
		'$ '*|'#'*)
			if [ -n "$cmd" ]; then run_case "$t" "$cmdline" "$cmd" "$expf" "$want" "$dir"; fi
			: > "$expf"; cmd="" want=0
			case "$line" in '$ '*) cmd=${line#\$ }; cmdline=$n ;; esac
			;;
		'? '*) want=${line#\? } ;;
		*) [ -n "$cmd" ] && printf '%s\n' "$line" >> "$expf" ;;
		esac
	done < "$t"
	if [ -n "$cmd" ]; then run_case "$t" "$cmdline" "$cmd" "$expf" "$want" "$dir"; fi
	rm -rf "$dir" "$expf"
done
rm -rf "$BIN"
echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
