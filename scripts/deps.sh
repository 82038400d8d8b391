#!/bin/sh
# deps.sh - install the Debian packages evidenced needs, only those missing.
#
# Usage: scripts/deps.sh [build|check|bench|fixtures]
#   build     compilers and -dev libraries (default)
#   check     build + cmocka, valgrind, clang with libFuzzer (make
#             fuzz-smoke) and the tools the tests drive
#   bench     check + reference extractors (pdftotext, docx2txt)
#   fixtures  what tests/data/regen.sh needs to rebuild the fixtures
#
# Idempotent: when everything is present it only asks dpkg-query, no apt.
set -eu

build_pkgs="gcc make pkg-config libc6-dev
libmagic-dev libmagic-mgc libpcre2-dev libjson-c-dev
libinih-dev libarchive-dev libexpat1-dev libglib2.0-dev
libmupdf-dev libmujs-dev libgumbo-dev libopenjp2-7-dev libjbig2dec0-dev
libjpeg-dev libfreetype-dev
catdoc antiword"
check_pkgs="libcmocka-dev valgrind python3 file clang libclang-rt-dev"
bench_pkgs="poppler-utils poppler-data docx2txt unzip time"
fixture_pkgs="python3-docx python3-openpyxl python3-reportlab python3-pil fonts-wqy-zenhei libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui zip"

case "${1:-build}" in
build) want="$build_pkgs" ;;
check) want="$build_pkgs $check_pkgs" ;;
bench) want="$build_pkgs $check_pkgs $bench_pkgs" ;;
fixtures) want="$build_pkgs $check_pkgs $fixture_pkgs" ;;
*) echo "usage: $0 [build|check|bench|fixtures]" >&2; exit 2 ;;
esac

missing=""
for p in $want; do
	st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	case "$st" in
	*" installed") ;;
	*) missing="$missing $p" ;;
	esac
done
[ -z "$missing" ] && exit 0

echo "deps: installing:$missing" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
	if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
		echo "deps: not root and no sudo; install:$missing" >&2; exit 1
	fi
fi
export DEBIAN_FRONTEND=noninteractive
# Refresh the lists first: an old or empty list finds nothing.
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
