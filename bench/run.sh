#!/bin/sh
# SPDX-License-Identifier: AGPL-3.0-or-later
# bench/run.sh - benchmarks.  Every figure is a ratio against a baseline
# run in the same command on the same files, because these machines are
# noisy.  Results go to stdout and bench/out/.
#
#   BENCH_FILES=N   size of the standard share (default 5000 files)
set -eu
cd "$(dirname "$0")/.."
TOP=$PWD
OUT=$TOP/bench/out
mkdir -p "$OUT"
N=${BENCH_FILES:-5000}
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

echo "== full scan of the standard share ($N files) vs find"
sync; cat /dev/null
t0=$(now); find "$SHARE" -type f -printf '%s %T@\n' >/dev/null; t1=$(now)
"$CTL" --rules rules --no-site-rules -q scan "$SHARE" --json > "$OUT/scan.json"
t2=$(now)
find "$SHARE" -type f -print0 | xargs -0 file --mime-type -b >/dev/null
t3=$(now)
find_s=$($PY -c "print($t1-$t0)"); scan_s=$($PY -c "print($t2-$t1)")
file_s=$($PY -c "print($t3-$t2)")
echo "scan vs find:    $(ratio "$scan_s" "$find_s") (stat walk only)"
echo "scan vs file(1): $(ratio "$scan_s" "$file_s") (libmagic on every file, no text, no rules)"
/usr/bin/time -f "%M" -o "$OUT/rss" "$CTL" --rules rules --no-site-rules -q scan "$SHARE" --json >/dev/null
echo "peak RSS of the scan: $(cat "$OUT/rss") KiB"
$PY -c "import json; d=json.load(open('$OUT/scan.json')); print('files indexed:', d['files_indexed'], ' per second:', round(d['files_indexed']/$scan_s))"

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
