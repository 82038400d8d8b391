#!/bin/bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# bench/pdf_backends.sh - poppler-glib against MuPDF as the backend of
# src/extract_pdf.c (issue 3), measured in one command on the same files.
#
# Builds both variants of extract_pdf.c, with the rest of src/ unchanged,
# into $PDFBE (default /tmp/pdfbe) and compares:
#   a) in-process throughput: extract_fd() on every file, many times
#   b) per process: evidencectl text FILE, and pdftotext FILE -
#   c) robustness under ASan/UBSan + LeakSanitizer: truncated and
#      byte-mutated variants of every fixture (crashes, timeouts, leaks)
#   d) agreement with pdftotext: share of pdftotext's non-space chars
#      found, in order, in our text (difflib)
#   e) size of evidencectl and number of shared libraries it loads
# Every figure is a ratio taken in this same run.  Output: stdout and
# bench/out/pdf_backends.txt.  Not run by CI.
#
# The variant not in src/extract_pdf.c comes from git history (read-only
# `git show`): POPPLER_REV, default the commit that added the poppler-glib
# one; or give either source file as POPPLER_SRC / MUPDF_SRC.  Needs
# libpoppler-glib-dev, python3-reportlab, fonts-wqy-zenhei and (for the
# LibreOffice-made PDFs, optional) soffice.
#
#   ITER=N      in-process iterations per file (default 30)
#   RUNS=N      per-process runs per file (default 10)
#   MUTANTS=N   mutated files per fixture (default 40)
set -euo pipefail
cd "$(dirname "$0")/.."
TOP=$PWD
W=${PDFBE:-/tmp/pdfbe}
OUT=$TOP/bench/out
mkdir -p "$W" "$OUT"
ITER=${ITER:-30}
RUNS=${RUNS:-10}
MUTANTS=${MUTANTS:-40}
PY=/usr/bin/python3
POPPLER_REV=${POPPLER_REV:-1f9df7d}
CC=${CC:-cc}
WARN="-Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes"
ASAN="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
COMMON_PKGS="libmagic libpcre2-8 json-c inih libarchive expat glib-2.0"
MUPDF_LIBS="$(pkg-config --static --libs mupdf)"
pkg-config --exists poppler-glib || {
	echo "needs libpoppler-glib-dev (no longer in scripts/deps.sh)" >&2; exit 1; }

exec > >(tee "$OUT/pdf_backends.txt") 2>&1

# --- sources of the two variants --------------------------------------
if grep -q 'mupdf/fitz.h' src/extract_pdf.c; then
	MUPDF_SRC=${MUPDF_SRC:-src/extract_pdf.c}
	if [ -z "${POPPLER_SRC:-}" ]; then
		POPPLER_SRC=$W/extract_pdf_poppler.c
		git show "$POPPLER_REV:src/extract_pdf.c" > "$POPPLER_SRC"
	fi
else
	POPPLER_SRC=${POPPLER_SRC:-src/extract_pdf.c}
	MUPDF_SRC=${MUPDF_SRC:-$W/extract_pdf_mupdf.c}
fi
grep -q 'poppler.h' "$POPPLER_SRC" || { echo "no poppler source" >&2; exit 1; }
grep -q 'mupdf/fitz.h' "$MUPDF_SRC" || { echo "no mupdf source" >&2; exit 1; }

# --- build -----------------------------------------------------------
CF="-std=gnu11 -D_GNU_SOURCE $WARN -Iinclude -Isrc $(pkg-config --cflags $COMMON_PKGS)"
CLIBS="$(pkg-config --libs $COMMON_PKGS)"
libs_of() {
	case $1 in
	poppler) echo "$(pkg-config --libs poppler-glib) $CLIBS" ;;
	mupdf) echo "$MUPDF_LIBS $CLIBS" ;;
	esac
}
cflags_of() {
	case $1 in
	poppler) pkg-config --cflags poppler-glib ;;
	mupdf) echo "" ;;
	esac
}

# The in-process bench and the robustness harness.
cat > "$W/inproc.c" <<'EOF'
/* inproc.c - extract_fd() on each file ITER times; per file: seconds,
 * status, text bytes; then max RSS. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#include "evidenced/extract.h"
int main(int argc, char **argv);
int
main(int argc, char **argv)
{
	struct extract_limits lim;
	struct extract_result *r;
	struct timespec a, b;
	struct rusage ru;
	int i, k, n = atoi(argv[1]), fd;

	extract_limits_default(&lim);
	for (i = 2; i < argc; i++) {
		clock_gettime(CLOCK_MONOTONIC, &a);
		for (k = 0; k < n; k++) {
			if ((fd = open(argv[i], O_RDONLY)) == -1)
				return 2;
			if (extract_fd(fd, "pdf", &lim, &r) != 0)
				return 3;
			close(fd);
			if (k == n - 1)
				printf("%s\t%s\t%zu\t", argv[i],
				    extract_status_name(r->status),
				    r->text_len);
			extract_result_free(r);
		}
		clock_gettime(CLOCK_MONOTONIC, &b);
		printf("%.6f\n", (b.tv_sec - a.tv_sec) +
		    (b.tv_nsec - a.tv_nsec) / 1e9);
	}
	getrusage(RUSAGE_SELF, &ru);
	printf("maxrss_kb\t%ld\n", ru.ru_maxrss);
	return 0;
}
EOF
cat > "$W/harness.c" <<'EOF'
/* harness.c - one extract_fd() on argv[1]; prints status and reason. */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include "evidenced/extract.h"
int main(int argc, char **argv);
int
main(int argc, char **argv)
{
	struct extract_limits lim;
	struct extract_result *r;
	int fd;

	(void)argc;
	extract_limits_default(&lim);
	lim.max_seconds = 20;
	if ((fd = open(argv[1], O_RDONLY)) == -1)
		return 2;
	if (extract_fd(fd, "pdf", &lim, &r) != 0)
		return 3;
	printf("%s\t%s\n", extract_status_name(r->status), r->reason);
	extract_result_free(r);
	close(fd);
	return 0;
}
EOF

build() {	# variant mode(opt|asan)
	v=$1; m=$2; d=$W/$v-$m
	case $m in opt) f="-O2 -g" ;; asan) f=$ASAN ;; esac
	mkdir -p "$d/obj"
	for s in src/*.c; do
		b=$(basename "$s" .c)
		case $b in evidencectl|extract_pdf) continue ;; esac
		o=$W/common-$m/$b.o
		mkdir -p "$W/common-$m"
		[ "$o" -nt "$s" ] || $CC $CF $f -c "$s" -o "$o"
	done
	$CC $CF $(cflags_of "$v") $f -c "$(eval echo \$$(echo "$v" | tr a-z A-Z)_SRC)" -o "$d/obj/extract_pdf.o"
	rm -f "$d/libevidenced.a"
	ar rcs "$d/libevidenced.a" "$W"/common-$m/*.o "$d/obj/extract_pdf.o"
	if [ "$m" = opt ]; then
		$CC $CF $f -c src/evidencectl.c -o "$d/obj/evidencectl.o"
		$CC $f -o "$d/evidencectl" "$d/obj/evidencectl.o" "$d/libevidenced.a" $(libs_of "$v")
		$CC $CF $f -o "$d/inproc" "$W/inproc.c" "$d/libevidenced.a" $(libs_of "$v")
	else
		$CC $CF $f -o "$d/harness" "$W/harness.c" "$d/libevidenced.a" $(libs_of "$v")
	fi
}
echo "== building both variants into $W"
for v in poppler mupdf; do build $v opt; build $v asan; done

# --- corpus ----------------------------------------------------------
C=$W/corpus
if [ ! -f "$C/.done" ]; then
	rm -rf "$C"; mkdir -p "$C"
	$PY - "$C" /work/shared/seed/000_001df41bd469e7cc.txt <<'EOF'
# Multi-page Chinese PDFs the way reportlab writes them: an embedded
# TrueType subset (as Word/WPS exports do) and a non-embedded CID font.
import sys, re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
out, seed = sys.argv[1], sys.argv[2]
lines = [l.strip() for l in open(seed, encoding="utf-8") if l.strip()]
pdfmetrics.registerFont(TTFont("zh", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
def make(path, font, pages):
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("信息安全运维服务自评估")
    k = 0
    for p in range(pages):
        c.setFont(font, 10)
        y = 800
        c.drawString(50, y, "第%d页 运维记录 2025年3月%d日 PAGE-%d" % (p + 1, p % 28 + 1, p + 1))
        y -= 16
        while y > 50:
            s = lines[k % len(lines)]; k += 1
            while s and y > 50:
                c.drawString(50, y, s[:45]); s = s[45:]; y -= 14
        c.showPage()
    c.save()
make(out + "/zh-ttf-30p.pdf", "zh", 30)
make(out + "/zh-cid-30p.pdf", "STSong-Light", 30)
make(out + "/zh-ttf-300p.pdf", "zh", 300)
EOF
	if command -v soffice >/dev/null 2>&1; then
		for f in tests/data/office/sla.docx tests/data/office/python-docx.docx \
		    tests/data/office/policy.odt tests/data/office/assets.xlsx; do
			[ -f "$f" ] && timeout 120 soffice --headless --convert-to pdf \
			    --outdir "$C" "$f" >/dev/null 2>&1 || true
		done
		for f in "$C"/*.pdf; do
			case $f in *zh-*) ;; *) mv "$f" "$C/lo-$(basename "$f")" ;; esac
		done
	fi
	touch "$C/.done"
fi
FILES="$(ls tests/data/pdf/*.pdf) $(ls "$C"/*.pdf)"
echo "== corpus"
for f in $FILES; do printf '  %8d  %s\n' "$(wc -c < "$f")" "$f"; done

# --- measurements ----------------------------------------------------
cat > "$W/measure.py" <<'EOF'
import os, random, re, shutil, subprocess, sys, time, difflib
W, ITER, RUNS, MUTANTS = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
files = sys.argv[5:]
V = ("poppler", "mupdf")
def ctl(v): return os.path.join(W, v + "-opt", "evidencectl")
def ratio(a, b): return "%.2fx" % (a / b) if b > 0 else "n/a"

print("\n== a) in-process: extract_fd() x%d per file, best of 2 rounds "
      "(mupdf/poppler: below 1 means MuPDF is faster)" % ITER)
best = {v: {} for v in V}; rss = {v: 0 for v in V}; st = {v: {} for v in V}
for rnd in range(2):
    for v in (V if rnd == 0 else V[::-1]):
        out = subprocess.run([os.path.join(W, v + "-opt", "inproc"), str(ITER)] + files,
                             capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            f = line.split("\t")
            if f[0] == "maxrss_kb":
                rss[v] = max(rss[v], int(f[1])); continue
            t = float(f[3])
            best[v][f[0]] = min(best[v].get(f[0], t), t)
            st[v][f[0]] = (f[1], int(f[2]))
print("%-44s %10s %10s %7s  %s" % ("file", "poppler ms", "mupdf ms", "ratio", "status poppler / mupdf (text bytes)"))
for f in files:
    p, m = best["poppler"][f] / ITER * 1e3, best["mupdf"][f] / ITER * 1e3
    print("%-44s %10.3f %10.3f %7s  %s(%d) / %s(%d)" % (os.path.basename(f), p, m, ratio(m, p),
          st["poppler"][f][0], st["poppler"][f][1], st["mupdf"][f][0], st["mupdf"][f][1]))
tp, tm = sum(best["poppler"].values()), sum(best["mupdf"].values())
print("TOTAL in-process: mupdf/poppler %s (%.3f s vs %.3f s)" % (ratio(tm, tp), tm, tp))
print("max RSS of the bench process: mupdf/poppler %s (%d KiB vs %d KiB)" % (
    ratio(rss["mupdf"], rss["poppler"]), rss["mupdf"], rss["poppler"]))

print("\n== b) per process: evidencectl text FILE vs pdftotext FILE -, %d runs per file, "
      "interleaved" % RUNS)
tot = {"poppler": 0.0, "mupdf": 0.0, "pdftotext": 0.0}
ver = {"poppler": 0.0, "mupdf": 0.0, "pdftotext": 0.0}
cmds = {"poppler": lambda f: [ctl("poppler"), "text", "--raw", f],
        "mupdf": lambda f: [ctl("mupdf"), "text", "--raw", f],
        "pdftotext": lambda f: ["pdftotext", f, "-"]}
vcmd = {"poppler": [ctl("poppler"), "--version"], "mupdf": [ctl("mupdf"), "--version"],
        "pdftotext": ["pdftotext", "-v"]}
for r in range(RUNS):
    for f in files:
        for k in tot:
            t0 = time.perf_counter()
            subprocess.run(cmds[k](f), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            tot[k] += time.perf_counter() - t0
    for k in ver:
        t0 = time.perf_counter()
        subprocess.run(vcmd[k], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        ver[k] += time.perf_counter() - t0
n = RUNS * len(files)
for k in ("poppler", "mupdf"):
    print("evidencectl text (%s) vs pdftotext: %s  (%.1f ms vs %.1f ms per file)" % (
        k, ratio(tot[k], tot["pdftotext"]), tot[k] / n * 1e3, tot["pdftotext"] / n * 1e3))
print("mupdf/poppler per process: %s" % ratio(tot["mupdf"], tot["poppler"]))
for k in ("poppler", "mupdf"):
    print("evidencectl --version (%s) vs pdftotext -v: %s  (%.1f ms vs %.1f ms)" % (
        k, ratio(ver[k], ver["pdftotext"]), ver[k] / RUNS * 1e3, ver["pdftotext"] / RUNS * 1e3))

print("\n== d) agreement with pdftotext: share of pdftotext's non-space chars found in "
      "order in ours (first 30000 chars); in brackets found in any order (a table read "
      "row by row instead of column by column loses order, not text)")
from collections import Counter
def nows(s): return re.sub(r"\s+", "", s)
agg = {v: [0, 0, 0] for v in V}
print("%-44s %8s %18s %18s" % ("file", "chars", "poppler", "mupdf"))
for f in files:
    ref = subprocess.run(["pdftotext", f, "-"], capture_output=True, text=True, errors="replace")
    if ref.returncode != 0 or not nows(ref.stdout):
        continue
    a = nows(ref.stdout)[:30000]
    row = []
    for v in V:
        ours = subprocess.run(cmds[v](f), capture_output=True, text=True, errors="replace").stdout
        b = nows(ours)[:33000]
        sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
        got = sum(x.size for x in sm.get_matching_blocks())
        bag = sum((Counter(a) & Counter(b)).values())
        agg[v][0] += got; agg[v][1] += len(a); agg[v][2] += bag
        row.append("%7.2f%% (%6.2f%%)" % (100.0 * got / len(a), 100.0 * bag / len(a)))
    print("%-44s %8d %18s %18s" % (os.path.basename(f), len(a), row[0], row[1]))
for v in V:
    print("overall %s: %.2f%% in order (%.2f%% any order)" % (v,
          100.0 * agg[v][0] / max(1, agg[v][1]), 100.0 * agg[v][2] / max(1, agg[v][1])))

print("\n== c) robustness: truncated and byte-mutated fixtures, one ASan/UBSan/LSan "
      "process each, 60 s timeout")
M = os.path.join(W, "mutants")
shutil.rmtree(M, ignore_errors=True); os.makedirs(M)
rng = random.Random(20250315)
srcs = [f for f in files if os.path.getsize(f) < 200000]
for f in srcs:
    d = open(f, "rb").read(); base = os.path.basename(f)[:-4]
    for i in range(MUTANTS):
        x = bytearray(d)
        kind = i % 4
        if kind == 0 and len(x) > 1:            # truncation
            x = x[:rng.randrange(1, len(x))]
        elif kind == 1:                          # random bytes
            for _ in range(rng.choice((1, 2, 4, 8, 16, 64))):
                if x: x[rng.randrange(len(x))] = rng.randrange(256)
        elif kind == 2:                          # digits changed (lengths, xref, refs)
            pos = [m.start() for m in re.finditer(rb"\d", bytes(x))]
            for _ in range(rng.choice((1, 2, 4, 8))):
                if pos: x[rng.choice(pos)] = ord(str(rng.randrange(10)))
        else:                                    # chunk deleted or duplicated
            if len(x) > 2:
                a0 = rng.randrange(len(x)); a1 = min(len(x), a0 + rng.randrange(1, 512))
                x = x[:a0] + x[a1:] if rng.random() < 0.5 else x[:a1] + x[a0:]
        open(os.path.join(M, "%s-%03d.pdf" % (base, i)), "wb").write(bytes(x))
mut = sorted(os.listdir(M))
env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1:abort_on_error=0",
           UBSAN_OPTIONS="print_stacktrace=1")
res = {v: {"ok": 0, "crash": 0, "asan": 0, "leak": 0, "timeout": 0, "other": 0} for v in V}
stat = {v: {} for v in V}; secs = {v: 0.0 for v in V}; worst = {v: (0, "") for v in V}
bad = []
for m in mut:
    for v in V:
        t0 = time.perf_counter()
        try:
            p = subprocess.run([os.path.join(W, v + "-asan", "harness"), os.path.join(M, m)],
                               capture_output=True, text=True, errors="replace",
                               env=env, timeout=60)
        except subprocess.TimeoutExpired:
            res[v]["timeout"] += 1; bad.append((v, m, "timeout")); continue
        dt = time.perf_counter() - t0; secs[v] += dt
        if dt > worst[v][0]: worst[v] = (dt, m)
        if "LeakSanitizer" in p.stderr: k = "leak"
        elif "AddressSanitizer" in p.stderr or "runtime error" in p.stderr: k = "asan"
        elif p.returncode < 0: k = "crash"
        elif p.returncode != 0: k = "other"
        else: k = "ok"
        res[v][k] += 1
        if k != "ok":
            bad.append((v, m, k + " rc=%d " % p.returncode + p.stderr[-300:]))
        else:
            s = p.stdout.split("\t")[0]
            stat[v][s] = stat[v].get(s, 0) + 1
print("%d mutants of %d files" % (len(mut), len(srcs)))
for v in V:
    print("%-8s %s; statuses %s; %.1f s total, slowest %.2f s (%s)" % (v,
          ", ".join("%s %d" % kv for kv in res[v].items()),
          ", ".join("%s %d" % kv for kv in sorted(stat[v].items())), secs[v], worst[v][0], worst[v][1]))
print("mupdf/poppler wall time under ASan: %s" % ratio(secs["mupdf"], secs["poppler"]))
for b in bad[:20]:
    print("  %s %s: %s" % b)
EOF
$PY "$W/measure.py" "$W" "$ITER" "$RUNS" "$MUTANTS" $FILES

echo
echo "== e) evidencectl: size and shared libraries"
for v in poppler mupdf; do
	e=$W/$v-opt/evidencectl
	strip -o "$e.stripped" "$e"
	printf '%-8s %9d bytes (%9d stripped), %3d shared libraries\n' "$v" \
	    "$(stat -c %s "$e")" "$(stat -c %s "$e.stripped")" "$(ldd "$e" | wc -l)"
done
