# SPDX-License-Identifier: AGPL-3.0-or-later
# t_alerts.sh - alerts from the real evidenced: a deleted file gives one
# line in alerts.jsonl (clause, item, cause) and the hook its env and
# JSON; restoring it resolves; a rename and a delete-then-restore within
# the grace period say nothing; a restart does not alert again; a hook
# that hangs is killed at its timeout while the status keeps following,
# one that prints megabytes costs nothing; the metrics file parses;
# expiry by the clock alerts and is in the history (t_history.sh has
# the rest of the history).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/daemon_lib.sh"

example_share
ALOG=$TMP/state/alerts.jsonl
cat > "$TMP/hook.sh" <<HOOK
#!/bin/sh
env | grep '^EVIDENCED_' | sort > "$TMP/hook.\$EVIDENCED_CLAUSE.env"
cat > "$TMP/hook.\$EVIDENCED_CLAUSE.json"
HOOK
chmod +x "$TMP/hook.sh"
cat > "$CONF" <<CONF
[alerts]
grace = 2s
alert_command = $TMP/hook.sh
alert_timeout = 2s
metrics_file = $TMP/evidenced.prom
report_file = $TMP/report.html
CONF

# The SLA counts for clauses 15 and 35; the test follows 35.
n35() { cat "$ALOG" 2>/dev/null | grep -c '"clause":"35"' || true; }
# alerts N: wait until alerts.jsonl has N alerts on clause 35.
alerts() {
	i=0
	while [ "$(n35)" -lt "$1" ]; do
		i=$((i + 1))
		[ $i -lt 200 ] || die "expected $1 alerts, have: $(cat "$ALOG" 2>/dev/null)"
		sleep 0.05
	done
	[ "$(n35)" -eq "$1" ] || die "more than $1 alerts: $(cat "$ALOG")"
}
# last_alert PYEXPR: it holds over the last alert `a` on clause 35.
last_alert() {
	python3 - "$ALOG" "$1" <<'PY' || die "last alert: not $2: $(tail -1 "$ALOG")"
import json, sys
a = [json.loads(l) for l in open(sys.argv[1]).read().splitlines()
     if '"clause":"35"' in l][-1]
sys.exit(0 if eval(sys.argv[2]) else 1)
PY
}

start_daemon
wait_for "state(d,'35')=='covered'" || die "35 not covered at start"
[ ! -s "$ALOG" ] || die "alerts at the first start: $(cat "$ALOG")"
ok "first start: no alert"

rm "$SHARE/$SLA"
wait_for "state(d,'35')!='covered'" || die "rm: 35 still covered"
alerts 1
last_alert "a['clause']=='35' and a['item']=='sla' and a['from']=='covered' and a['to'] in ('partial','missing') and a['kind']=='degraded' and a['cause']=='deleted' and a['files']==['$SLA']" \
	"clause 35/sla covered -> not covered, deleted $SLA"
i=0; while [ ! -s "$TMP/hook.35.json" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
grep -q '^EVIDENCED_CLAUSE=35$' "$TMP/hook.35.env" && grep -q '^EVIDENCED_CAUSE=deleted$' "$TMP/hook.35.env" &&
	grep -q '^EVIDENCED_ITEM=sla$' "$TMP/hook.35.env" || die "hook env: $(cat "$TMP/hook.35.env")"
python3 -c "import json,sys; a=json.load(open(sys.argv[1])); sys.exit(a['clause']!='35')" "$TMP/hook.35.json" ||
	die "hook stdin: $(cat "$TMP/hook.35.json")"
ok "rm: one alert (35/sla deleted) in alerts.jsonl and to the hook"

cp "$TMP/sla.docx" "$SHARE/$SLA"
wait_for "state(d,'35')=='covered'" || die "cp: 35 not covered again"
alerts 2
last_alert "a['clause']=='35' and a['kind']=='resolved' and a['to']=='covered' and a['cause']=='added'" "resolved"
ok "restored: resolved"

mv "$SHARE/$SLA" "$SHARE/$SLA_DIR/服务级别协议-2027.docx"
wait_for "files(d,'35','sla')==['$SLA_DIR/服务级别协议-2027.docx']" || die "mv within not followed"
mv "$SHARE/$SLA_DIR/服务级别协议-2027.docx" "$SHARE/$SLA"
rm "$SHARE/$SLA"; sleep 0.5; cp "$TMP/sla.docx" "$SHARE/$SLA"
wait_for "files(d,'35','sla')==['$SLA']" || die "restore not followed"
sleep 3
alerts 2
ok "rename, and delete then restore within the grace: no alert"

python3 - "$TMP/evidenced.prom" <<'PY' || die "metrics do not parse: $(head -5 "$TMP/evidenced.prom")"
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
pat = re.compile(r'^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\]|\\.)*",?)*\})? -?[0-9.e+]+$')
series = [l for l in lines if not l.startswith("#")]
assert all(pat.match(l) for l in series), [l for l in series if not pat.match(l)][:3]
assert 'evidenced_clause_state{clause="35",phase="服务协议",state="covered"} 1' in series or \
    any(l.startswith('evidenced_clause_state{clause="35"') and 'state="covered"} 1' in l for l in series), series[:10]
assert any(re.match(r"evidenced_alerts_sent_total [2-9]", l) for l in series)
assert any(l.startswith("evidenced_files_classified ") for l in series)
PY
grep -q '<html' "$TMP/report.html" || die "no report_file"
ok "metrics file parses (every series name{labels} value); report_file kept"

# A restart with 35 missing: no new alert, one summary line.
stop_daemon
rm "$SHARE/$SLA"
start_daemon
wait_for "state(d,'35')!='covered'" || die "35 covered after restart"
sleep 3
alerts 3
last_alert "a['clause']=='35' and a['kind']=='degraded' and a['cause']=='removed'" "degraded while down"
cp "$TMP/sla.docx" "$SHARE/$SLA"
alerts 4
stop_daemon
rm "$SHARE/$SLA"
start_daemon
alerts 5
# Restart again, still missing: said in the summary only.
stop_daemon
start_daemon
sleep 3
alerts 5
grep -q "were already not covered before this start.*35" "$TMP/log" || die "no start-up summary: $(grep alerts: "$TMP/log")"
ok "restart: what changed while down alerts once, what was missing before does not"

# A hook that prints megabytes and then hangs: killed at its timeout,
# the status follows meanwhile.
stop_daemon
cat > "$TMP/hang.sh" <<HOOK
#!/bin/sh
echo \$\$ > "$TMP/hang.pid"
head -c 50000000 /dev/zero
echo started > "$TMP/hang.started"
sleep 60
HOOK
chmod +x "$TMP/hang.sh"
# A timeout long enough that "the status followed while the hook hung" does not depend on how
# fast this machine is: the status must show the copy before the hook is killed.
sed -i -e "s|^alert_command = .*|alert_command = $TMP/hang.sh|" -e "s|^alert_timeout = .*|alert_timeout = 10s|" "$CONF"
start_daemon
cp "$TMP/sla.docx" "$SHARE/$SLA"
alerts 6
i=0; while [ ! -e "$TMP/hang.started" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
[ -e "$TMP/hang.started" ] || die "the hook did not print its megabytes"
cp "$TMP/sla.docx" "$SHARE/$SLA_DIR/服务级别协议-副本.docx"
wait_for "'$SLA_DIR/服务级别协议-副本.docx' in files(d,'35','sla')" 8 ||
	die "the status did not follow while the hook hung"
! grep -q "still running after" "$TMP/log" && kill -0 "$(cat "$TMP/hang.pid")" 2>/dev/null ||
	die "the status followed only after the hook was killed"
i=0; while ! grep -q "alert_command (pid [0-9]*) still running after 10s: killed" "$TMP/log" && [ $i -lt 300 ]; do
	sleep 0.05; i=$((i + 1)); done
grep -q "still running after 10s: killed" "$TMP/log" || die "the hook was not killed: $(tail -5 "$TMP/log")"
# Its own process group: the sleep went with the shell.
! kill -0 -- "-$(cat "$TMP/hang.pid")" 2>/dev/null || die "the hook's process group survives"
ok "a hook printing megabytes then hanging is killed at its timeout; the status follows meanwhile"
i=0; while ! grep -q "服务级别协议-副本" "$TMP/report.html" && [ $i -lt 160 ]; do sleep 0.05; i=$((i + 1)); done
grep -q "服务级别协议-副本" "$TMP/report.html" || die "report_file not brought up to date"
ok "report_file follows the status"
stop_daemon

# Expiry by the clock: clause 56's only file (dated by its mtime, max_age
# 1y) 350 days old warns once; 4 s from its expiry, it goes stale without
# any file event, and alerts as expired.
sed -i -e "s|^alert_command = .*|alert_command = $TMP/hook.sh|" -e "s|^alert_timeout = .*|alert_timeout = 2s|" "$CONF"
start_daemon
F="06-监视评审/运维数据统计表.xlsx"
ITEM="[e for e in clause(d,'56')['evidence'] if e['id']=='data'][0]"
# (mv in: a file whose only change is touch -d makes no event watched)
age_to() { cp "$SHARE/$F" "$OUTSIDE/x.xlsx"; touch -d "@$(( $(date +%s) - $1 ))" "$OUTSIDE/x.xlsx"; mv "$OUTSIDE/x.xlsx" "$SHARE/$F"; }
age_to $((350 * 86400))
wait_for "$ITEM.get('expires_soon') is True and $ITEM['expires_at'] > d['generated_at']" ||
	die "no expires_soon: $(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print([e for c in d['clauses'] if c['id']=='56' for e in c['evidence']])" "$STATUS")"
i=0; while ! grep -q '"clause":"56".*"kind":"expires_soon"' "$ALOG" && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
touch "$SHARE/$SLA"; sleep 1
[ "$(grep -c '"clause":"56".*"kind":"expires_soon"' "$ALOG")" -eq 1 ] ||
	die "expires_soon not said once: $(grep '"clause":"56"' "$ALOG")"
ok "an item within expiry_warning: expires_soon in the status, alerted once"
age_to $((365 * 86400 - 4))
wait_for "state(d,'56')=='covered' and $ITEM['files'][0]['fresh']" || die "56 not fresh"
wait_for "state(d,'56')=='stale'" 15 || die "56 did not go stale by the clock"
i=0; while ! grep -q '"clause":"56".*"kind":"degraded","cause":"expired"' "$ALOG" && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
grep -q '"clause":"56","phase":"[^"]*","item":"data","from":"covered","to":"stale","kind":"degraded","cause":"expired","files":\["'"$F"'"\]' "$ALOG" ||
	die "no expiry alert: $(grep '"clause":"56"' "$ALOG")"
ok "expiry by the clock: stale without a file event, alerted as expired"
stop_daemon

# The history (history.db) has the expiry too, by its cause.
ectl history 56/data --json --state-dir "$TMP/state" > "$TMP/h.json" 2> "$TMP/h.err" ||
	die "history failed: $(cat "$TMP/h.err")"
python3 - "$TMP/h.json" <<'PY' || die "history 56/data: $(cat "$TMP/h.json")"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert all(r["clause"] == "56" and r["item"] == "data" for r in rows), rows
last = rows[-1]
assert (last["from"], last["to"], last["cause"]) == ("found", "stale", "expired"), last
PY
ok "history: the expiry by the clock recorded as expired"
