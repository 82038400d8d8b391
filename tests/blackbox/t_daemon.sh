# SPDX-License-Identifier: AGPL-3.0-or-later
# t_daemon.sh - the real evidenced on a temporary share: the status
# follows cp, rm, mv within, out of and into the share, mkdir -p with
# files at once, rm -rf, a directory rename, save-via-rename (never a
# transient "missing"), the recycle bin, SIGUSR1, SIGHUP with broken
# rules, and an unmounted (emptied) share.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/daemon_lib.sh"

cp -r "$TOP/examples/share/." "$SHARE/"
SLA_DIR="04-服务协议/SLA"
SLA="$SLA_DIR/服务级别协议-XX银行-2026.docx"
cp "$SHARE/$SLA" "$TMP/sla.docx"
start_daemon
wait_for "state(d,'35')=='covered'" || die "35 not covered at start"
ok "started; 35 covered"

rm "$SHARE/$SLA"
wait_for "state(d,'35')!='covered'" || die "rm: 35 still covered"
ok "rm: the clause loses its evidence"

cp "$TMP/sla.docx" "$SHARE/$SLA"
wait_for "state(d,'35')=='covered'" || die "cp: 35 not covered again"
ok "cp in: covered again"

mv "$SHARE/$SLA" "$SHARE/$SLA_DIR/服务级别协议-2027.docx"
wait_for "files(d,'35','sla')==['$SLA_DIR/服务级别协议-2027.docx']" ||
	die "mv within: $(json_get "$STATUS" "files(d,'35','sla')" 2>&1)"
ok "mv within: the file is listed under its new name"

mv "$SHARE/$SLA_DIR/服务级别协议-2027.docx" "$OUTSIDE/"
wait_for "state(d,'35')!='covered'" || die "mv out: 35 still covered"
mv "$OUTSIDE/服务级别协议-2027.docx" "$SHARE/$SLA"
wait_for "state(d,'35')=='covered'" || die "mv in: 35 not covered"
ok "mv out of and back into the share"

mkdir -p "$SHARE/新目录/二级/三级" && cp "$TMP/sla.docx" "$SHARE/新目录/二级/三级/服务级别协议-副本.docx"
wait_for "'新目录/二级/三级/服务级别协议-副本.docx' in files(d,'35','sla')" ||
	die "mkdir -p + cp: the copy was not found"
ok "mkdir -p with a file written at once"

mv "$SHARE/新目录" "$SHARE/改名目录"
wait_for "'改名目录/二级/三级/服务级别协议-副本.docx' in files(d,'35','sla') and not any(p.startswith('新目录') for p in files(d,'35','sla'))" ||
	die "directory rename not followed"
ok "a directory rename re-keys what is under it"

rm -rf "$SHARE/改名目录"
wait_for "not any(p.startswith('改名目录') for p in files(d,'35','sla'))" ||
	die "rm -rf: files still listed"
ok "rm -rf of a subtree"

# Save via a temporary file and renames, as Word does, while a poller
# records every state the status document shows.
python3 - "$STATUS" > "$TMP/seen" <<'PY' &
import json, sys, time
end, seen = time.time() + 3, set()
while time.time() < end:
    try:
        d = json.load(open(sys.argv[1]))
        seen.add(next(c["state"] for c in d["clauses"] if c["id"] == "35"))
    except (OSError, ValueError):
        pass
    time.sleep(0.01)
print(" ".join(sorted(seen)))
PY
poller=$!
sleep 0.3
cp "$TMP/sla.docx" "$SHARE/$SLA_DIR/~WRD0001.tmp"
mv "$SHARE/$SLA" "$SHARE/$SLA_DIR/~WRL0001.tmp"
mv "$SHARE/$SLA_DIR/~WRD0001.tmp" "$SHARE/$SLA"
rm "$SHARE/$SLA_DIR/~WRL0001.tmp"
wait "$poller"
[ "$(cat "$TMP/seen")" = covered ] || die "save via rename showed: $(cat "$TMP/seen")"
ok "save via a temporary file and a rename never shows the clause missing"

mkdir -p "$SHARE/.recycle"
mv "$SHARE/$SLA" "$SHARE/.recycle/"
wait_for "state(d,'35')!='covered'" || die "recycle: 35 still covered"
ok "deleted to the recycle bin: missing, not covered"
mv "$SHARE/.recycle/服务级别协议-XX银行-2026.docx" "$SHARE/$SLA"
wait_for "state(d,'35')=='covered'" || die "restore from the recycle bin"

ectl --config "$CONF" rescan > "$TMP/out" || die "evidencectl rescan: $(cat "$TMP/out")"
grep -q "pid $DPID" "$TMP/out" || die "evidencectl rescan named another pid: $(cat "$TMP/out")"
for i in $(seq 50); do grep -q "rescan (SIGUSR1)" "$TMP/log" && break; sleep 0.1; done
grep -q "rescan (SIGUSR1)" "$TMP/log" || die "SIGUSR1 did not rescan"
ok "evidencectl rescan (SIGUSR1 through the pid file) rescans"

# A reload with a broken rules file keeps the old rules and runs on.
stop_daemon
cp -r "$TOP/rules" "$TMP/rules"
RULES=$TMP/rules
start_daemon
printf '[35/sla]\nlabel =\nname = (unclosed\n' >> "$TMP/rules/40-prepare-agreement.rules"
kill -HUP "$DPID"
for i in $(seq 50); do grep -q "reload failed" "$TMP/log" && break; sleep 0.1; done
grep -q "reload failed" "$TMP/log" || die "broken rules: no 'reload failed'"
grep -q "40-prepare-agreement.rules:[0-9]*:" "$TMP/log" || die "no file:line for the broken rule"
kill -0 "$DPID" || die "the daemon died on a broken reload"
wait_for "state(d,'35')=='covered'" || die "old rules not kept"
ok "SIGHUP with a broken rules file: file:line logged, old rules kept"
cp "$TOP/rules/40-prepare-agreement.rules" "$TMP/rules/"
ectl --config "$CONF" reload > /dev/null || die "evidencectl reload failed"
for i in $(seq 50); do grep -q "reloaded" "$TMP/log" && break; sleep 0.1; done
grep -q "reloaded" "$TMP/log" || die "good rules: not reloaded"
ok "SIGHUP with the rules fixed: reloaded"

# An emptied (unmounted) share never turns into "everything missing".
mkdir "$TMP/keep"
mv "$SHARE"/* "$TMP/keep/"
kill -USR1 "$DPID"
wait_for "d.get('share_unavailable') is True and state(d,'35')=='covered'" ||
	die "empty share: $(json_get "$STATUS" "(d.get('share_unavailable'), d['summary'])")"
mv "$TMP/keep"/* "$SHARE/"
kill -USR1 "$DPID"
wait_for "d.get('share_unavailable') is False and state(d,'35')=='covered'" ||
	die "share back: not recovered"
ok "an emptied share keeps the last known state, marked share_unavailable"

same_as_scan
ok "status equals a one-shot scan of the same tree"
stop_daemon
ok "SIGTERM: clean exit"
ectl --status "$STATUS" status > /dev/null 2> "$TMP/err" || true
grep -q "evidenced is not running" "$TMP/err" || die "status of a stopped daemon: $(cat "$TMP/err")"
ectl --config "$CONF" reload > /dev/null 2>&1 && die "reload with no daemon succeeded"
ok "status says the daemon is not running; reload without it fails"

# A clean restart reads nothing: everything comes from the state.
start_daemon
grep "watching" "$TMP/log" | tail -1 | grep -q ": [0-9]* files, 0 read," ||
	die "warm restart read files: $(grep watching "$TMP/log" | tail -1)"
ok "a restart with nothing changed reads no file"

# Facts another build's extraction made (an upgrade) are read again once,
# though no file changed: the stored build name (facts tag 27, 16 hex
# characters) of every record is made someone else's.
stop_daemon
python3 - "$TMP/state/state.db" <<'PY' || die "could not age the stored facts"
import re, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
n = 0
for rid, facts in db.execute("SELECT id, facts FROM file").fetchall():
    aged, k = re.subn(rb"\x1b\x10\x00\x00\x00[0-9a-f]{16}",
                      b"\x1b\x10\x00\x00\x00" + b"0" * 16, facts)
    n += k
    db.execute("UPDATE file SET facts = ? WHERE id = ?", (aged, rid))
db.commit()
sys.exit(0 if n > 0 else 1)
PY
start_daemon
settled
grep -q "read by another build's extraction: reading them again" "$TMP/log" ||
	die "facts of another build not noticed: $(tail -5 "$TMP/log")"
grep "watching" "$TMP/log" | tail -1 | grep -q " files, \([1-9][0-9]*\) read, \1 restored" ||
	die "another build's facts: not every stored file read again: $(grep watching "$TMP/log" | tail -1)"
same_as_scan
stop_daemon
start_daemon
grep "watching" "$TMP/log" | tail -1 | grep -q ": [0-9]* files, 0 read," ||
	die "read again twice: $(grep watching "$TMP/log" | tail -1)"
ok "facts another build made are read again once, then restored"

# kill -9 in the middle of churn, then a restart converges.
python3 "$TOP/tests/blackbox/churn.py" "$SHARE" "$OUTSIDE" "$TOP/examples/share" 300 7 > "$TMP/churn1" &
churn=$!
sleep 1
kill -9 "$DPID"
wait "$DPID" 2>/dev/null || true
DPID=
wait "$churn" || die "churn failed"
start_daemon
settled
same_as_scan
ok "kill -9 during churn, restart: the status equals a scan ($(cat "$TMP/churn1"))"
stop_daemon
