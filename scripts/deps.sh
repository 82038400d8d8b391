#!/bin/sh
# SPDX-License-Identifier: AGPL-3.0-or-later
# deps.sh - install the Debian packages evidenced needs, only those missing.
#
# Usage: scripts/deps.sh [--verify] [build|check|bench|fixtures|corpus]
#   build     compilers and -dev libraries (default)
#   check     build + cmocka, valgrind, clang with libFuzzer (make
#             fuzz-smoke) and the tools the tests drive
#   bench     check + reference extractors (pdftotext, docx2txt) and
#             recollindex (Recoll's indexer, timed beside a scan)
#   fixtures  what tests/data/regen.sh needs to rebuild the fixtures
#   --verify  install nothing: name what is missing and fail (what a
#             plain `make` does: a build never installs packages)
#   corpus    what make accuracy needs (tests/corpus: generator, faketime)
#
# Idempotent: when everything is present it only asks dpkg-query, no apt.
set -eu

verify=false
if [ "${1:-}" = "--verify" ]; then
	verify=true
	shift
fi

build_pkgs="gcc make pkg-config libc6-dev
libmagic-dev libmagic-mgc libpcre2-dev libjson-c-dev libsqlite3-dev zlib1g-dev
libseccomp-dev
libinotifytools0-dev libsystemd-dev
libinih-dev libarchive-dev libexpat1-dev libglib2.0-dev
libxlsxwriter-dev libuchardet-dev
libmupdf-dev libmujs-dev libgumbo-dev libopenjp2-7-dev libjbig2dec0-dev
libjpeg-dev libfreetype-dev
catdoc antiword"
check_pkgs="libcmocka-dev valgrind python3 python3-openpyxl file samba smbclient samba-vfs-modules
clang libclang-rt-dev"
bench_pkgs="poppler-utils poppler-data docx2txt unzip time
recollcmd python3-recoll python3-lxml xsltproc"
corpus_pkgs="python3-docx python3-openpyxl python3-reportlab faketime"
fixture_pkgs="python3-docx python3-openpyxl python3-reportlab python3-pil fonts-wqy-zenhei libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui zip"

level=${1:-build}
case "$level" in
build) want="$build_pkgs" ;;
check) want="$build_pkgs $check_pkgs" ;;
bench) want="$build_pkgs $check_pkgs $bench_pkgs" ;;
fixtures) want="$build_pkgs $check_pkgs $fixture_pkgs" ;;
corpus) want="$build_pkgs $check_pkgs $corpus_pkgs" ;;
*) echo "usage: $0 [build|check|bench|fixtures|corpus]" >&2; exit 2 ;;
esac

# Not Debian: nothing to check against; the compiler will say.
command -v dpkg-query >/dev/null 2>&1 || exit 0
# One dpkg-query for all: a make that only verifies stays fast.
# shellcheck disable=SC2086
installed=$(dpkg-query -W -f='${Package} ${Status}\n' $want 2>/dev/null |
	awk '$NF == "installed" { print $1 }' || true)
missing=""
for p in $want; do
	echo "$installed" | grep -qx -- "$p" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if $verify; then
	echo "deps: missing Debian packages:$missing" >&2
	echo "deps: run 'make deps DEPS=$level' (make run and make check install them too)" >&2
	exit 1
fi

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
