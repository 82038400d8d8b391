#!/bin/sh
# SPDX-License-Identifier: AGPL-3.0-or-later
# bench/run.sh - benchmarks.  Every figure is a ratio against a baseline
# run in the same command on the same files, because these machines are
# noisy.  Results go to stdout and bench/out/.
#
#   BENCH_FILES=N   size of the standard share (default 10000 files)
#   BENCH_COLD=0    keep the page cache between timed commands
set -eu
cd "$(dirname "$0")/.."
TOP=$PWD
OUT=$TOP/bench/out
mkdir -p "$OUT"
N=${BENCH_FILES:-10000}
CTL=$TOP/build/evidencectl
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3

# The standard share, from our real fixtures and the example share.
DOCS=$OUT/docs
rm -rf "$DOCS"; mkdir -p "$DOCS"
for d in tests/data/office tests/data/pdf tests/data/text examples/share; do
	[ -d "$d" ] && find "$d" -type f \( -name '*.docx' -o -name '*.xlsx' -o -name '*.pptx' \
		-o -name '*.pdf' -o -name '*.odt' -o -name '*.ods' -o -name '*.doc' -o -name '*.xls' \
		-o -name '*.txt' \) -size +0 ! -name '*bomb*' ! -name '*trunc*' ! -name '*laugh*' \
		! -name '*encrypt*' -exec cp {} "$DOCS/" \;
done
SHARE=$OUT/share
$PY ../shared/bench/make-share.py "$DOCS" "$SHARE" "$N" >/dev/null 2>&1 ||
	$PY "$TOP/../shared/bench/make-share.py" "$DOCS" "$SHARE" "$N"

now() { date +%s.%N; }
ratio() { $PY -c "import sys; a,b=float(sys.argv[1]),float(sys.argv[2]); print(f'{a:.3f}s vs {b:.3f}s  ratio {a/b:.2f}x' if b>0 else 'n/a')" "$1" "$2"; }

# Cold means the page cache dropped before each timed command (root only:
# BENCH_COLD=0 keeps it warm).  The machines are shared and noisy, so CPU
# seconds (user+sys, children included) are given beside wall seconds.
COLD=${BENCH_COLD:-1}
[ "$COLD" = 1 ] && [ -w /proc/sys/vm/drop_caches ] || COLD=0
cache() {
	sync
	[ "$COLD" = 1 ] && echo 3 > /proc/sys/vm/drop_caches || :
}
# timed NAME CMD...: run CMD (output discarded), keep "wall cpu" in OUT.
timed() {
	name=$1
	shift
	cache
	/usr/bin/time -f "%e %U %S" -o "$OUT/$name.time" "$@" >/dev/null
	awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$OUT/$name.time" > "$OUT/$name.t"
}
wall() { cut -d' ' -f1 "$OUT/$1.t"; }
cpu() { cut -d' ' -f2 "$OUT/$1.t"; }
row() { printf '%-34s %8.2fs %8.2fs\n' "$1" "$(wall "$2")" "$(cpu "$2")"; }

echo "== scan of the standard share ($N files, $([ "$COLD" = 1 ] && echo cold || echo warm) cache)"
timed find find "$SHARE" -type f -printf '%s %T@\n'
timed file sh -c 'find "$1" -type f -print0 | xargs -0 file --mime-type -b' sh "$SHARE"
timed scan sh -c "\"\$0\" --rules rules --no-site-rules -q scan \"\$1\" --json > \"\$2\"" \
    "$CTL" "$SHARE" "$OUT/scan.json"
timed full sh -c "EVIDENCED_FULL_MAGIC=1 EVIDENCED_NO_PREFILTER=1 \"\$0\" --rules rules --no-site-rules -q scan \"\$1\" --json > \"\$2\"" \
    "$CTL" "$SHARE" "$OUT/scan-full.json"
printf '%-34s %9s %9s\n' "" wall cpu
row "find -printf (stat walk)" find
row "file --mime-type (libmagic only)" file
row "evidencectl scan" scan
row "  EVIDENCED_FULL_MAGIC+NO_PREFILTER" full
echo "scan vs find:    wall $(ratio "$(wall scan)" "$(wall find)"), cpu $(ratio "$(cpu scan)" "$(cpu find)")"
echo "scan vs file(1): wall $(ratio "$(wall scan)" "$(wall file)"), cpu $(ratio "$(cpu scan)" "$(cpu file)")"
echo "full path vs cheap decisions: wall $(ratio "$(wall full)" "$(wall scan)"), cpu $(ratio "$(cpu full)" "$(cpu scan)")"
grep -v '"generated_at"' "$OUT/scan.json" > "$OUT/scan.cmp"
grep -v '"generated_at"' "$OUT/scan-full.json" > "$OUT/scan-full.cmp"
if cmp -s "$OUT/scan.cmp" "$OUT/scan-full.cmp"; then
	echo "status with and without the cheap decisions: identical"
else
	echo "status with and without the cheap decisions: DIFFERENT (diff $OUT/scan.json $OUT/scan-full.json)"
fi

echo "== rule compile: 33,000 items vs 1,000 items (linear growth: about 33x)"
$PY "$TOP/bench/gen-rules.py" 1000 "$OUT/rules-1k.rules"
$PY "$TOP/bench/gen-rules.py" 33000 "$OUT/rules-33k.rules"
t0=$(now)
for i in 1 2 3 4 5; do "$CTL" -q lint "$OUT/rules-1k.rules" >/dev/null; done
t1=$(now)
/usr/bin/time -f "%M" -o "$OUT/rules-rss" "$CTL" -q lint "$OUT/rules-33k.rules" >/dev/null
t2=$(now)
small_s=$($PY -c "print(($t1-$t0)/5)"); big_s=$($PY -c "print($t2-$t1)")
echo "33k vs 1k items: $(ratio "$big_s" "$small_s") (peak RSS $(cat "$OUT/rules-rss") KiB)"

/usr/bin/time -f "%M" -o "$OUT/rss" "$CTL" --rules rules --no-site-rules -q scan "$SHARE" --json >/dev/null
echo "peak RSS of the scan: $(cat "$OUT/rss") KiB"
$PY -c "import json; d=json.load(open('$OUT/scan.json')); print('files indexed:', d['files_indexed'], ' per second:', round(d['files_indexed']/$(wall scan)))"

echo "== extraction workers: cold scan with 1 and 2 workers and in process ($N files)"
# Best of three for each, interleaved, so that load from elsewhere on the
# machine hits every variant alike.  Workers start with each scan (cold).
for w in 0 1 2; do printf '[workers]\nworkers = %d\n' "$w" > "$OUT/w$w.conf"; done
minf() { $PY -c "import sys; print(min(float(x) for x in sys.argv[1:] if x))" "$@"; }
best0=; best1=; best2=; cpu0=; cpu1=; cpu2=
for round in 1 2 3; do
	for w in 0 1 2; do
		/usr/bin/time -f "%e %U %S" -o "$OUT/time-w$w" "$CTL" -c "$OUT/w$w.conf" \
		    --rules rules --no-site-rules -q scan "$SHARE" --json > "$OUT/scan-w$w.json"
		t=$(awk '{print $1}' "$OUT/time-w$w")
		c=$(awk '{print $2 + $3}' "$OUT/time-w$w")
		case $w in
		0) best0=$(minf "$t" "$best0"); cpu0=$(minf "$c" "$cpu0") ;;
		1) best1=$(minf "$t" "$best1"); cpu1=$(minf "$c" "$cpu1") ;;
		2) best2=$(minf "$t" "$best2"); cpu2=$(minf "$c" "$cpu2") ;;
		esac
	done
done
echo "2 workers vs 1:          $(ratio "$best1" "$best2") (target >= 1.7x)"
echo "1 worker vs in process:  $(ratio "$best1" "$best0") (wall)"
echo "2 workers vs in process: $(ratio "$best0" "$best2")"
echo "CPU, parent and workers together: 1 worker vs in process $(ratio "$cpu1" "$cpu0"); 2 workers vs in process $(ratio "$cpu2" "$cpu0") (the price of the sandbox)"
for w in 1 2; do
	$PY -c "import json,sys; s=lambda f: (lambda d: (d.pop('generated_at',None), d)[1])(json.load(open(f))); sys.exit(s(sys.argv[1]) != s(sys.argv[2]))" \
	    "$OUT/scan-w0.json" "$OUT/scan-w$w.json" || echo "WARNING: status with $w workers differs from in process"
done
$PY "$TOP/bench/rss.py" "$OUT/rss-w2" "$CTL" -c "$OUT/w2.conf" --rules rules --no-site-rules -q scan "$SHARE" --json > /dev/null
$PY "$TOP/bench/rss.py" "$OUT/rss-w0" "$CTL" -c "$OUT/w0.conf" --rules rules --no-site-rules -q scan "$SHARE" --json > /dev/null
echo "peak RSS with 2 workers: parent $(awk '$1=="evidencectl"{print $2}' "$OUT/rss-w2") KiB, worker $(awk '$1=="evidenced-worke"{print $2}' "$OUT/rss-w2") KiB; in process: $(awk '$1=="evidencectl"{print $2}' "$OUT/rss-w0") KiB"

echo "== extraction per format: evidencectl text vs the reference tool, per file"
$PY "$TOP/bench/extract_bench.py" "$CTL" "$DOCS" | tee "$OUT/extract.txt"

echo "== extraction in process (the daemon's way), same files"
"$TOP/build/extract_inproc" "$DOCS" 20 | tee "$OUT/extract-inproc.txt"

echo "== the state database: warm restart, reload, memory"
sh "$TOP/bench/state.sh" "$SHARE" | tee "$OUT/state.txt"

echo "== the daemon: warm restart vs find, change-to-status latency, memory"
$PY "$TOP/bench/daemon.py" "$TOP/build/evidenced" "$SHARE" "$OUT/daemon" "${BENCH_SAVES:-200}" |
	tee "$OUT/daemon.txt"
