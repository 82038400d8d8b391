# SPDX-License-Identifier: AGPL-3.0-or-later
# t_fulldisk.sh - a full disk under the real evidenced: the state
# directory (alerts.jsonl, the alert states, the history), the metrics
# file and the report on a small tmpfs that is then filled.  While it is
# full, changes go on: the previous files stay intact, each failure is
# logged once (not once per status), and once there is room again each
# says once that it is written again.  Needs root (mount); skipped
# otherwise.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/daemon_lib.sh"

FULL=$TMP/full
mkdir -p "$FULL"
if [ "$(id -u)" -ne 0 ] || ! mount -t tmpfs -o size=8m,mode=0755 evidenced-test "$FULL" 2>/dev/null; then
	echo "ok - skipped: cannot mount a tmpfs (not root?)"
	exit 0
fi
trap '[ -n "$DPID" ] && kill -9 "$DPID" 2>/dev/null; umount "$FULL" 2>/dev/null; chmod -R u+rwx "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT INT TERM

example_share
STATE=$FULL/state
ALOG=$STATE/alerts.jsonl
cat > "$CONF" <<CONF
[daemon]
pid_file = $TMP/pid
[alerts]
grace = 1s
metrics_file = $FULL/evidenced.prom
report_file = $FULL/report.html
CONF

# Earlier alerts filling the log to a page boundary, so that the next
# append needs a new block (tmpfs would otherwise take it in the slack
# of its last page, rightly).
mkdir -p "$STATE"
python3 - "$ALOG" <<'PY'
import json, sys
line = lambda pad: json.dumps({"time": "2026-01-01T00:00:00Z", "clause": "0",
                               "item": "", "note": "x" * pad}) + "\n"
out, size = "", 8192
while size - len(out) > 200:
    out += line(100)
out += line(100 - (len(out) + len(line(100)) - size))
assert len(out) == size, len(out)
open(sys.argv[1], "w").write(out)
PY
start_daemon --state-dir "$STATE"
wait_for "state(d,'35')=='covered'" || die "35 not covered at start"
sleep 5.5       # the report is rewritten at most every 5 s
settled
for f in "$ALOG" "$STATE/alerts-state.json" "$FULL/evidenced.prom" "$FULL/report.html"; do
	cp "$f" "$TMP/before.$(basename "$f")"
done
before_rows=$(ectl history --json --state-dir "$STATE" | wc -l)

# Fill it.
dd if=/dev/zero of="$FULL/filler" bs=64k 2>/dev/null || true
[ "$(df --output=avail "$FULL" | tail -1)" -eq 0 ] || die "the tmpfs is not full"
# Three changes that would alert, and as many statuses, metrics and
# reports, while full.
# wait_log TEXT [SECONDS]: until the daemon logged TEXT.
wait_log() {
	i=0; while ! grep -q -- "$1" "$TMP/log" && [ $i -lt $((${2:-8} * 20)) ]; do sleep 0.05; i=$((i + 1)); done
}
for k in 1 2; do
	rm "$SHARE/$SLA"
	wait_for "state(d,'35')!='covered'" || die "rm $k"
	sleep 1.3
	cp "$TMP/sla.docx" "$SHARE/$SLA"
	wait_for "state(d,'35')=='covered'" || die "cp $k"
	sleep 1.3
done
wait_log "the previous report is kept"
settled
for f in "$ALOG" "$STATE/alerts-state.json" "$FULL/evidenced.prom" "$FULL/report.html"; do
	cmp -s "$f" "$TMP/before.$(basename "$f")" || die "$f changed while the disk was full"
done
python3 -c "import json,sys; [json.loads(l) for l in open(sys.argv[1])]" "$ALOG" || die "alerts.jsonl torn"
[ "$(wc -c < "$ALOG")" -eq 8192 ] || die "alerts.jsonl grew on a full disk"
grep -q '</html>' "$FULL/report.html" || die "report cut"
grep -q '^evidenced_alerts_sent_total ' "$FULL/evidenced.prom" || die "metrics cut"
left=$(ls "$FULL" "$STATE" | grep -v -x -e '' -e '.*:' -e state -e filler -e evidenced.prom \
	-e report.html -e alerts.jsonl -e alerts-state.json -e 'history\.db\(-wal\|-shm\)\{0,1\}' \
	-e 'state\.db\(-wal\|-shm\|\.lock\)\{0,1\}' || true)
[ -z "$left" ] || die "temporary files left: $left"
once() {
	n=$(grep -c -- "$1" "$TMP/log" || true)
	[ "$n" -eq 1 ] || die "'$1' logged $n times: $(grep -- "$1" "$TMP/log" | head -5)"
}
once "alerts.jsonl: cannot append the alert"
once "evidenced.prom: cannot write the metrics"
once "the previous report is kept"
once "alerts-state.json: cannot write the alert states"
once "history.db: cannot record the state changes"
ok "full disk: alerts.jsonl, alert states, metrics and report kept intact; each failure logged once"

rm "$FULL/filler"
rm "$SHARE/$SLA"
wait_for "state(d,'35')!='covered'" || die "rm after"
wait_log "alerts appended again"
wait_log "report.html: written again"
settled
once "alerts.jsonl: alerts appended again"
once "evidenced.prom: written again"
once "report.html: written again"
once "alerts-state.json: written again"
once "history.db: state changes recorded again"
cmp -s "$FULL/evidenced.prom" "$TMP/before.evidenced.prom" && die "metrics not rewritten after the disk has room"
[ "$(grep -c '"clause":"35"' "$ALOG")" -gt "$(grep -c '"clause":"35"' "$TMP/before.alerts.jsonl")" ] ||
	die "no alert appended after the disk has room"
# The history was behind, never wrong: what it could not record while
# full is recorded late, as the difference it still was.
after_rows=$(ectl history --json --state-dir "$STATE" | wc -l)
[ "$after_rows" -gt "$before_rows" ] || die "history not recorded after the disk has room"
ok "room again: each says once that it is written again, and writes"
stop_daemon
