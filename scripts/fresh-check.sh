#!/bin/sh
# SPDX-License-Identifier: AGPL-3.0-or-later
# fresh-check.sh - prove that a fresh Debian 12 gets from clone to green
# with the README's commands: debootstrap a minimal bookworm, give it only
# make and git, clone the committed HEAD of this repository there and run,
# exactly as the README says, `make run` (first try) then `make check`.
#
# Usage: sudo scripts/fresh-check.sh [DIR]     (default: a new temp dir)
#   MIRROR=URL   Debian mirror (default: the one apt on this machine uses)
# Needs root and the Debian mirror; takes several minutes and downloads
# ~400 MB, so CI does not run it.  Only committed work is checked.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
root=${1:-$(mktemp -d /tmp/evidenced-fresh.XXXXXX)}
# mktemp makes it 0700, and it becomes the machine's /: the extraction
# workers and catdoc, run as nobody, could not reach /usr/bin.
chmod 0755 "$root"
if [ -z "${MIRROR:-}" ]; then
	MIRROR=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources \
		2>/dev/null | head -n 1)
	MIRROR=${MIRROR:-http://deb.debian.org/debian}
fi
step() { echo "fresh-check: $(date -u +%H:%M:%S) $*"; }

if ! command -v debootstrap >/dev/null; then
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi
if [ ! -x "$root/bin/sh" ]; then
	step "debootstrap bookworm (minbase) from $MIRROR into $root"
	debootstrap --variant=minbase bookworm "$root" "$MIRROR" >"$root.log" 2>&1 ||
		{ tail -n 20 "$root.log"; exit 1; }
fi
cleanup() {
	umount -R "$root/dev" 2>/dev/null || true
	umount "$root/proc" 2>/dev/null || true
}
trap cleanup EXIT INT TERM
mount -t proc proc "$root/proc"
# /dev/pts too: the tests drive evidencectl on a pseudo-terminal.
mount --rbind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/"
# This machine's apt settings that a mirror may need (proxy, snapshots).
apt-config dump 2>/dev/null | grep -E '^Acquire::(https?::)?Proxy |Check-Valid-Until|Check-Date' \
	> "$root/etc/apt/apt.conf.d/90fresh-check" || true

step "the machine of the README: only make and git"
chroot "$root" /bin/sh -c 'apt-get update -qq &&
	apt-get install -y -qq --no-install-recommends make git >/dev/null'
for t in gcc pkg-config cc; do
	if chroot "$root" /bin/sh -c "command -v $t" >/dev/null; then
		echo "fresh-check: $t is already there: not a fresh machine" >&2
		exit 1
	fi
done

rm -rf "$root/srv/evidenced.git" "$root/root/evidenced"
git clone -q --bare "$top" "$root/srv/evidenced.git"
step "git clone && cd && make run  (HEAD $(git -C "$top" rev-parse --short HEAD))"
# make run starts the daemon in the foreground: wait for its first status,
# then stop it as Ctrl-C would.
st="$root/root/evidenced/build/status.json"
chroot "$root" /bin/sh -c 'cd /root && git clone -q /srv/evidenced.git evidenced &&
	cd evidenced && make run' > "$root.run.log" 2>&1 &
run=$!
while kill -0 "$run" 2>/dev/null && ! grep -q '"daemon"' "$st" 2>/dev/null; do sleep 2; done
grep -q '"daemon"' "$st" 2>/dev/null ||
	{ tail -n 30 "$root.run.log"; echo "fresh-check: make run FAILED on the first try"; exit 1; }
kill -INT "$(cat "$root/root/evidenced/build/evidenced.pid")"
wait "$run" || { tail -n 30 "$root.run.log"; echo "fresh-check: make run did not stop cleanly"; exit 1; }
grep -E 'watching' "$root.run.log" | sed 's/^/    /'
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print('    summary:', d['summary'])" "$st"
step "make run: green on the first try (the daemon watched examples/share, Ctrl-C stopped it)"
step "make check"
chroot "$root" /bin/sh -c 'cd /root/evidenced && make check' > "$root.check.log" 2>&1 ||
	{ grep -E 'FAIL|passed' "$root.check.log" | tail -n 30; echo "fresh-check: make check FAILED"; exit 1; }
grep -E '^(unit|blackbox):' "$root.check.log" | sed 's/^/    /'
step "green in $root (logs: $root.run.log, $root.check.log)"
