# SPDX-License-Identifier: AGPL-3.0-or-later
# t_units.sh - the shipped systemd units are hardened: systemd-analyze
# security rates each at most 2.0 ("OK"), the daemon's unit is
# Type=notify under a dedicated user with only CAP_DAC_READ_SEARCH.
. "$(dirname "$0")/lib.sh"

command -v systemd-analyze >/dev/null || { echo "skip: no systemd-analyze"; exit 0; }
for u in evidenced.service evidenced-scan.service; do
	systemd-analyze security --offline=true "$TOP/systemd/$u" > "$TMP/sec" 2>&1 ||
		die "$u: systemd-analyze failed: $(tail -3 "$TMP/sec")"
	score=$(sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p' "$TMP/sec")
	[ -n "$score" ] || die "$u: no score: $(tail -3 "$TMP/sec")"
	python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) <= 2.0 else 1)" "$score" ||
		die "$u: exposure $score > 2.0: $(grep '✗' "$TMP/sec" | head)"
	ok "$u: systemd-analyze security $score"
done
u="$TOP/systemd/evidenced.service"
grep -qx 'Type=notify' "$u" || die "evidenced.service is not Type=notify"
grep -qx 'User=evidenced' "$u" || die "evidenced.service does not run as evidenced"
grep -qx 'CapabilityBoundingSet=CAP_DAC_READ_SEARCH' "$u" || die "capabilities"
grep -q '^WatchdogSec=' "$u" || die "no watchdog"
ok "evidenced.service: notify, watchdog, user evidenced, CAP_DAC_READ_SEARCH only"
