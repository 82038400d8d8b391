#!/bin/sh
# SPDX-License-Identifier: AGPL-3.0-or-later
# run.sh - black-box tests: each tests/blackbox/t_*.sh drives the real
# programs (sanitizer build) on temporary shares.  A test prints what it
# checks and exits non-zero on the first failure.
#
# Usage: [BLACKBOX_JOBS=N] tests/blackbox/run.sh [t_name.sh ...]
set -u
cd "$(dirname "$0")/../.."
EVIDENCECTL=${EVIDENCECTL:-$PWD/build-asan/evidencectl}
EVIDENCED=${EVIDENCED:-$PWD/build-asan/evidenced}
export EVIDENCECTL EVIDENCED
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export TOP="$PWD"

tests=${*:-$(ls tests/blackbox/t_*.sh)}
# BLACKBOX_JOBS tests at a time (default 2, the machine's cores): most of them wait on a
# daemon or a child more than they compute.  Each writes its own output file; the results are
# printed in the order of the list, as if run one by one.
RES=$(mktemp -d)
trap 'rm -rf "$RES"' EXIT INT TERM
for t in $tests; do
	case $t in */*) ;; *) t=tests/blackbox/$t ;; esac
	echo "$t"
done | xargs -P "${BLACKBOX_JOBS:-2}" -I{} sh -c '
	name=$(basename "$1" .sh)
	start=$(date +%s)
	sh "$1" >"$2/$name.out" 2>&1
	echo "$? $(($(date +%s) - start))" >"$2/$name.rc"' sh {} "$RES"
pass=0
fail=0
for t in $tests; do
	name=$(basename "$t" .sh)
	read -r rc secs <"$RES/$name.rc" 2>/dev/null || { rc=127; secs=0; }
	if [ "$rc" -eq 0 ]; then
		pass=$((pass + 1))
		echo "PASS $name (${secs}s)"
	else
		fail=$((fail + 1))
		echo "FAIL $name (${secs}s)"
		sed 's/^/    /' "$RES/$name.out"
	fi
done
echo "blackbox: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
