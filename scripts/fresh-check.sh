#!/bin/sh
# SPDX-License-Identifier: AGPL-3.0-or-later
# fresh-check.sh - prove that a fresh Debian 12 gets from clone to green
# with the README's commands: debootstrap a minimal bookworm, give it make
# (as every Debian machine here has), clone this repository into it and run
# `make check` (and `make run`) there.  Needs root and the Debian mirror.
#
# Usage: sudo scripts/fresh-check.sh [DIR]     (default: a new temp dir)
# Not run by CI: it takes a few minutes and downloads ~300 MB.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
root=${1:-$(mktemp -d /tmp/evidenced-fresh.XXXXXX)}
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
[ -x "$root/bin/sh" ] || debootstrap --variant=minbase bookworm "$root" \
	http://deb.debian.org/debian
cleanup() { umount "$root/proc" "$root/dev" 2>/dev/null || true; }
trap cleanup EXIT INT TERM
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/"
rm -rf "$root/root/evidenced"
git clone -q "$top" "$root/root/evidenced"
chroot "$root" /bin/sh -c 'apt-get update -qq &&
	apt-get install -y -qq --no-install-recommends make >/dev/null'
chroot "$root" /bin/sh -c 'cd /root/evidenced && make check && make run'
echo "fresh-check: green in $root"
