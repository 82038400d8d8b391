#!/bin/sh
# SPDX-License-Identifier: AGPL-3.0-or-later
# run.sh - seed and run the libFuzzer targets built by fuzz/fuzz.mk.
#
# Usage: fuzz/run.sh have-libfuzzer          exit 0 when $FUZZ_CC links
#                                            -fsanitize=fuzzer
#        fuzz/run.sh seed NAME...            fill build-fuzz/corpus/NAME
#                                            from the fuzz-seeds: line
#        fuzz/run.sh run SECONDS NAME...     fuzz each NAME for SECONDS
#        fuzz/run.sh smoke SECONDS NAME...   the same from the seeds alone
#
# A run fuzzes build-fuzz/corpus/NAME (new inputs are kept there, so runs
# build on each other) plus fuzz/regress/NAME, one process at a time
# (the machine's other core is someone else's).  A smoke run starts from
# a fresh copy of the seeds (build-fuzz/smoke/NAME), so that its duration
# does not grow with the corpus.  A crash, leak, timeout or sanitizer
# report leaves its input in build-fuzz/crash/NAME/ and the run fails;
# once fixed, the input goes to fuzz/regress/NAME/.
set -u
cd "$(dirname "$0")/.."
FUZZ_CC=${FUZZ_CC:-clang}
FUZZ_TIMEOUT=${FUZZ_TIMEOUT:-20}  # seconds per input: a hang
FUZZ_RSS_MB=${FUZZ_RSS_MB:-2048}
CORPUS=build-fuzz/corpus

# Copy the seeds named in fuzz/fuzz_NAME.c into the corpus, named by
# content so that re-seeding adds nothing twice.
seed() {
	name=$1
	src=fuzz/fuzz_$name.c
	dir=$CORPUS/$name
	mkdir -p "$dir"
	specs=$(sed -n 's/^.*fuzz-seeds:[[:space:]]*//p' "$src")
	for spec in $specs; do
		d=${spec%%:*}
		exts=""
		case $spec in *:*) exts=$(echo "${spec#*:}" | tr ',' ' ') ;; esac
		[ -d "$d" ] || { echo "fuzz: $src: no directory $d" >&2; return 1; }
		find "$d" -type f | while IFS= read -r f; do
			if [ -n "$exts" ]; then
				ok=no
				for e in $exts; do
					case $f in *."$e") ok=yes ;; esac
				done
				[ $ok = yes ] || continue
			fi
			sum=$(sha1sum < "$f" | cut -c1-40)
			[ -e "$dir/$sum" ] || cp "$f" "$dir/$sum"
		done
	done
	echo "fuzz: $name: $(ls "$dir" | wc -l) inputs in $dir"
}

run() {
	secs=$1
	shift
	fail=0
	for name in "$@"; do
		seed "$name" >/dev/null || return 1
		mkdir -p "build-fuzz/crash/$name" build-fuzz/log
		regress=""
		[ -d "fuzz/regress/$name" ] && regress="fuzz/regress/$name"
		dict=""
		[ -f "fuzz/$name.dict" ] && dict="-dict=fuzz/$name.dict"
		log=build-fuzz/log/$name.log
		start=$(date +%s)
		# shellcheck disable=SC2086
		if ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
		    UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
		    "build-fuzz/fuzz_$name" -max_total_time="$secs" \
		    -timeout="$FUZZ_TIMEOUT" -rss_limit_mb="$FUZZ_RSS_MB" \
		    -print_final_stats=1 $dict \
		    -artifact_prefix="build-fuzz/crash/$name/" \
		    "$CORPUS/$name" $regress >"$log" 2>&1; then
			execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
			rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
			echo "fuzz: $name: ok, $execs inputs in $(($(date +%s) - start)) s ($rate/s), corpus $(ls "$CORPUS/$name" | wc -l)"
		else
			fail=1
			echo "FAIL fuzz: $name (log $log; input in build-fuzz/crash/$name/)"
			grep -E 'ERROR|SUMMARY|runtime error|fuzz check failed|Test unit written' "$log" | head -8 | sed 's/^/    /'
		fi
	done
	return $fail
}

case ${1:-} in
have-libfuzzer)
	t=$(mktemp -d)
	printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n);\nint LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n) { (void)d; (void)n; return 0; }\n' >"$t/t.c"
	"$FUZZ_CC" -fsanitize=fuzzer,address,undefined "$t/t.c" -o "$t/t" >/dev/null 2>&1
	rc=$?
	rm -rf "$t"
	exit $rc
	;;
seed)
	shift
	for n in "$@"; do seed "$n" || exit 1; done
	;;
run)
	shift
	run "$@"
	;;
smoke)
	shift
	CORPUS=build-fuzz/smoke
	rm -rf "$CORPUS"
	secs=$1
	shift
	# Two targets at a time (FUZZ_JOBS): each is single-threaded, and the
	# smoke is part of make check's ten minutes.  Targets alternate
	# between the lanes; each lane prints a line per target as it ends.
	jobs=${FUZZ_JOBS:-2}
	lane=0
	pids=""
	while [ "$lane" -lt "$jobs" ]; do
		set_=""
		i=0
		for name in "$@"; do
			[ $((i % jobs)) -eq "$lane" ] && set_="$set_ $name"
			i=$((i + 1))
		done
		# shellcheck disable=SC2086
		[ -n "$set_" ] && { run "$secs" $set_ & pids="$pids $!"; }
		lane=$((lane + 1))
	done
	rc=0
	for p in $pids; do wait "$p" || rc=1; done
	exit $rc
	;;
*)
	sed -n '3,10s/^# \{0,1\}//p' "$0" >&2
	exit 2
	;;
esac
