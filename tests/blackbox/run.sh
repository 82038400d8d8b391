#!/bin/sh
# SPDX-License-Identifier: AGPL-3.0-or-later
# run.sh - black-box tests: each tests/blackbox/t_*.sh drives the real
# programs (sanitizer build) on temporary shares.  A test prints what it
# checks and exits non-zero on the first failure.
#
# Usage: tests/blackbox/run.sh [t_name.sh ...]
set -u
cd "$(dirname "$0")/../.."
EVIDENCECTL=${EVIDENCECTL:-$PWD/build-asan/evidencectl}
EVIDENCED=${EVIDENCED:-$PWD/build-asan/evidenced}
export EVIDENCECTL EVIDENCED
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export TOP="$PWD"

tests=${*:-$(ls tests/blackbox/t_*.sh)}
pass=0
fail=0
for t in $tests; do
	case $t in */*) ;; *) t=tests/blackbox/$t ;; esac
	name=$(basename "$t" .sh)
	out=$(mktemp)
	if sh "$t" >"$out" 2>&1; then
		pass=$((pass + 1))
		echo "PASS $name"
	else
		fail=$((fail + 1))
		echo "FAIL $name"
		sed 's/^/    /' "$out"
	fi
	rm -f "$out"
done
echo "blackbox: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
