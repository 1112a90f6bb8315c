#!/bin/sh
# run.sh - run the unit tests (each tests/unit/test_*.c is a cmocka binary) and
# the CLI tests (tests/cli/*.t, see tests/cli/README), then print one summary
# line "check: N passed, N failed". Exit status 1 if anything failed.
#   tests/run.sh [unit|cli|scripts]      BUILD=build-san for the sanitizer build
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
what=${1:-all}
passed=0
failed=0
failures=""

if [ "$what" = all ] || [ "$what" = unit ]; then
	for t in "$BUILD"/tests/test_*; do
		[ -x "$t" ] || continue
		name=$(basename "$t")
		if out=$("$t" 2>&1); then
			n=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test(s)\./\1/p' | tail -1)
			passed=$((passed + ${n:-0}))
			echo "unit $name: ${n:-0} passed"
		else
			printf '%s\n' "$out"
			n=$(printf '%s\n' "$out" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test(s).*/\1/p' | head -1)
			failed=$((failed + ${n:-1}))
			failures="$failures $name"
			echo "unit $name: FAILED"
		fi
	done
fi

if [ "$what" = all ] || [ "$what" = cli ]; then
	out=$(BUILD="$BUILD" tests/cli/run.sh 2>&1)
	status=$?
	printf '%s\n' "$out" | grep -v '^cli: [0-9]* passed' || true
	p=$(printf '%s\n' "$out" | sed -n 's/^cli: \([0-9]*\) passed, \([0-9]*\) failed.*/\1/p' | tail -1)
	f=$(printf '%s\n' "$out" | sed -n 's/^cli: \([0-9]*\) passed, \([0-9]*\) failed.*/\2/p' | tail -1)
	passed=$((passed + ${p:-0}))
	failed=$((failed + ${f:-0}))
	if [ $status -ne 0 ] && [ "${f:-0}" = 0 ]; then failed=$((failed + 1)); failures="$failures cli-runner"; fi
	echo "cli tests: ${p:-0} passed, ${f:-0} failed"
fi

# whole-program checks: each script ends with "NAME: N passed, N failed"
if [ "$what" = all ] || [ "$what" = scripts ]; then
	for s in tests/crash.sh tests/shared-data.sh; do
		out=$(BUILD="$BUILD" "$s" 2>&1)
		status=$?
		printf '%s\n' "$out" | grep -v ': [0-9]* passed, [0-9]* failed$' || true
		p=$(printf '%s\n' "$out" | sed -n 's/^[a-z-]*: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' | tail -1)
		f=$(printf '%s\n' "$out" | sed -n 's/^[a-z-]*: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' | tail -1)
		[ $status -ne 0 ] && [ "${f:-0}" = 0 ] && f=1
		passed=$((passed + ${p:-0}))
		failed=$((failed + ${f:-0}))
		[ "${f:-0}" != 0 ] && failures="$failures $(basename "$s")"
		echo "$(basename "$s"): ${p:-0} passed, ${f:-0} failed"
	done
fi

[ -n "$failures" ] && echo "failed:$failures"
echo "check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
