#!/bin/sh
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
# `git show`): POPPLER_REV, default the commit that added it; or give
# either source file as POPPLER_SRC / MUPDF_SRC.
#
#   ITER=N      in-process iterations per file (default 30)
#   RUNS=N      per-process runs per file (default 10)
#   MUTANTS=N   mutated files per fixture (default 40)
set -eu
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
MUPDF_LIBS="-lmupdf -lmupdf-third -lmujs -lgumbo -lopenjp2 -ljbig2dec -ljpeg -lharfbuzz -lfreetype -lz -lm"

exec > >(tee "$OUT/pdf_backends.txt") 2>&1 || true

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
