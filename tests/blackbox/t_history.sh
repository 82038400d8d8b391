# SPDX-License-Identifier: AGPL-3.0-or-later
# t_history.sh - the state history of the real evidenced (history.db):
# the first scan, every clause and item change at once, including a
# delete then restore within the grace period (which does not alert),
# with cause and files; `evidencectl history` by ID, --since (date, time,
# duration), --json and the Chinese table; a restart adds nothing that
# did not happen, and records what changed while the daemon was down; a
# non-root reader of the state directory reads it while the daemon runs;
# SIGHUP applies alert_command, metrics_file, report_file and the
# alerts.jsonl rotation, which never shows a reader a torn line.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/daemon_lib.sh"

example_share
ALOG=$TMP/state/alerts.jsonl
printf '[daemon]\npid_file = %s\n[alerts]\ngrace = 3s\n' "$TMP/pid" > "$CONF"

H() { ectl history --state-dir "$TMP/state" "$@"; }
# rows ID [ARGS]: the JSON lines of the history of ID, one a line.
# ("" for every clause).
rows() {
	id=$1; shift
	H ${id:+"$id"} --json "$@" 2> "$TMP/h.err" || die "history $id: $(cat "$TMP/h.err")"
}
# check FILE PYEXPR MESSAGE: PYEXPR holds over the rows `r` of FILE.
check() {
	python3 - "$1" "$2" <<'PY' || die "$3: $(cat "$1")"
import json, sys
r = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
sys.exit(0 if eval(sys.argv[2]) else 1)
PY
}

start_daemon
wait_for "state(d,'35')=='covered'" || die "35 not covered at start"
settled
# The first scan: every clause and every item, from nothing.
rows "" > "$TMP/all.json"
n_all=$(wc -l < "$TMP/all.json")
n_want=$(json_get "$STATUS" "len(d['clauses']) + sum(len(c['evidence']) for c in d['clauses'])")
[ "$n_all" -eq "$n_want" ] || die "first scan: $n_all rows, want $n_want"
check "$TMP/all.json" "all(x['from']=='' and x['cause']=='first_scan' for x in r)" "first scan rows"
ok "first scan: one row per clause and item ($n_want)"

# Deleted, then restored within the grace period: four rows, no alert.
rm "$SHARE/$SLA"
wait_for "state(d,'35')!='covered'" || die "rm: 35 still covered"
cp "$TMP/sla.docx" "$SHARE/$SLA"
wait_for "state(d,'35')=='covered'" || die "cp: 35 not covered again"
settled
rows 35 > "$TMP/35.json"
check "$TMP/35.json" "([(x['item'],x['from'],x['to'],x['cause']) for x in r[2:]] == [
    ('','covered','missing','deleted'), ('sla','found','missing','deleted'),
    ('','missing','covered','added'), ('sla','missing','found','added')]
    and r[3]['files'] == ['$SLA'] and r[5]['files'] == ['$SLA'])" \
	"35: delete and restore, clause and item"
rows 15/agreement > "$TMP/15.json"
check "$TMP/15.json" "len(r) == 3 and r[1]['to'] == 'missing' and r[2]['to'] == 'found'" "15/agreement"
sleep 3
! grep -q '"clause":"35"' "$ALOG" 2>/dev/null || die "a revert within the grace alerted: $(cat "$ALOG")"
ok "delete then restore within the grace: clause and item rows with cause and file, no alert"

# Human output: Chinese by default, aligned by display width; LANG=C.
H 35 --lang zh > "$TMP/35.txt" 2>&1 || die "history 35: $(cat "$TMP/35.txt")"
grep -q "^时间 .*条款/证据项 .*变化 .*原因 .*文件$" "$TMP/35.txt" || die "zh head: $(cat "$TMP/35.txt")"
grep -q " 35/sla  *已有 -> 缺失  *已删除  *$SLA$" "$TMP/35.txt" || die "zh rows: $(cat "$TMP/35.txt")"
python3 - "$TMP/35.txt" <<'PY' || die "zh table not aligned: $(cat "$TMP/35.txt")"
import sys, unicodedata
def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
# The cause column: after the change column's last "-> STATE" and its
# padding; every row's cause starts where the head's 原因 does.
head = width(lines[0][:lines[0].index("原因")])
for l in lines[1:]:
    i = l.index(" -> ")
    j = l.index(" ", i + 4)
    while l[j] == " ":
        j += 1
    assert width(l[:j]) == head, (l, width(l[:j]), head)
PY
LANG=C H 35 > "$TMP/35en.txt" 2>&1 || die "LANG=C history"
grep -q "^TIME .*CAUSE" "$TMP/35en.txt" && grep -q " 35  *covered -> missing  *deleted " "$TMP/35en.txt" || die "LANG=C: $(cat "$TMP/35en.txt")"
ok "the table speaks Chinese, lines up by display width; LANG=C English"

# --since: a local time between two changes, a date, a duration.
sleep 1.1
since=$(date +%Y-%m-%dT%H:%M:%S)
sleep 1.1
mv "$SHARE/$SLA" "$OUTSIDE/"
wait_for "state(d,'35')!='covered'" || die "mv out: 35 still covered"
settled
rows 35 --since "$since" > "$TMP/since.json"
check "$TMP/since.json" "[(x['item'],x['to'],x['cause']) for x in r] == [('','missing','moved_out'),('sla','missing','moved_out')]" "--since $since (moved out)"
[ "$(rows 35 --since "$(date +%Y-%m-%d)" | wc -l)" -eq 8 ] || die "--since today"
[ "$(rows 35 --since 1h | wc -l)" -eq 8 ] || die "--since 1h"
[ -z "$(rows "" --since 2999-01-01)" ] || die "--since 2999"
H --since yesterday > /dev/null 2> "$TMP/err" && die "--since yesterday accepted"
grep -q "not a date or a duration" "$TMP/err" || die "--since error: $(cat "$TMP/err")"
ok "--since a local time, a date, 1h; a bad one is a usage error"

# A restart: nothing new when nothing changed; what changed while down
# is recorded once.
stop_daemon
before=$(rows "" | wc -l)
start_daemon
settled
[ "$(rows "" | wc -l)" -eq "$before" ] || die "a restart added rows: $(rows "" | tail -n +$((before + 1)))"
stop_daemon
mv "$OUTSIDE/$(basename "$SLA")" "$SHARE/$SLA"
start_daemon
wait_for "state(d,'35')=='covered'" || die "35 not covered after restart"
settled
[ "$(rows "" | wc -l)" -eq $((before + 6)) ] || die "while down: $(rows "" | tail -n +$((before + 1)))"
rows 35/sla | tail -1 > "$TMP/last.json"
check "$TMP/last.json" "r[0]['from'] == 'missing' and r[0]['to'] == 'found' and r[0]['cause'] == 'added'" "while down"
ok "restart: no row when nothing changed; what changed while down once"

# A reader who is not root and only in the state directory's group, while
# the daemon runs: read-only, through the WAL.
if [ "$(id -u)" -eq 0 ] && command -v setpriv > /dev/null; then
	chmod 711 "$TMP"
	chgrp -R nogroup "$TMP/state"
	chmod 750 "$TMP/state"
	setpriv --reuid=nobody --regid=nogroup --clear-groups \
		"$EVIDENCECTL" history 35/sla --json --state-dir "$TMP/state" > "$TMP/nobody.json" 2> "$TMP/nobody.err" ||
		die "nobody: $(cat "$TMP/nobody.err")"
	[ "$(wc -l < "$TMP/nobody.json")" -eq 5 ] || die "nobody read: $(cat "$TMP/nobody.json")"
	# ... who cannot read the state database with the documents' text.
	setpriv --reuid=nobody --regid=nogroup --clear-groups cat "$TMP/state/state.db" > /dev/null 2>&1 &&
		die "state.db readable by the group"
	ok "a non-root reader in the state directory's group reads the history while the daemon runs"
fi

# SIGHUP applies the alert settings: a hook, the metrics, the report, and
# the rotation of alerts.jsonl.
cat > "$TMP/hook.sh" <<HOOK
#!/bin/sh
cat >> "$TMP/hook.out"
echo >> "$TMP/hook.out"
HOOK
chmod +x "$TMP/hook.sh"
cat > "$CONF" <<CONF
[daemon]
pid_file = $TMP/pid
[alerts]
grace = 1s
alert_command = $TMP/hook.sh
metrics_file = $TMP/ev.prom
report_file = $TMP/report.html
alert_log_max = 600
alert_log_keep = 2
CONF
kill -HUP "$DPID"
i=0; while ! grep -q "reloaded:" "$TMP/log" && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
i=0; while [ ! -s "$TMP/ev.prom" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
[ -s "$TMP/ev.prom" ] || die "metrics_file not written after SIGHUP"
# A reader that reads the log over and over while it rotates.
python3 - "$ALOG" "$TMP/reader.stop" > "$TMP/reader.out" 2>&1 <<'PY' &
import json, os, sys
log, stop = sys.argv[1:3]
n = 0
while not os.path.exists(stop):
    try:
        data = open(log, encoding="utf-8").read()
    except FileNotFoundError:
        continue
    assert data == "" or data.endswith("\n"), "torn: %r" % data[-80:]
    for l in data.splitlines():
        json.loads(l)
    n += 1
print("reads", n)
PY
RPID=$!
for k in 1 2 3; do
	rm "$SHARE/$SLA"
	wait_for "state(d,'35')!='covered'" || die "rm $k"
	sleep 1.2
	cp "$TMP/sla.docx" "$SHARE/$SLA"
	wait_for "state(d,'35')=='covered'" || die "cp $k"
	sleep 1.2
done
touch "$TMP/reader.stop"
wait $RPID || die "a reader saw a torn line: $(cat "$TMP/reader.out")"
grep -q '"clause":"35"' "$TMP/hook.out" || die "alert_command not applied by SIGHUP"
[ -s "$TMP/report.html" ] || die "report_file not applied by SIGHUP"
[ -e "$ALOG.1" ] && [ -e "$ALOG.2" ] && [ ! -e "$ALOG.3" ] || die "rotation: $(ls "$TMP/state")"
for f in "$ALOG" "$ALOG.1" "$ALOG.2"; do
	[ "$(wc -c < "$f")" -le 600 ] || die "$f beyond alert_log_max"
	python3 -c "import json,sys; [json.loads(l) for l in open(sys.argv[1])]" "$f" || die "$f: not JSON lines"
done
ok "SIGHUP: alert_command, metrics_file, report_file and alert_log_max/keep apply; rotation keeps whole lines"
stop_daemon
