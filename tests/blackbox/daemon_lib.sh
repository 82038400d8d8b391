# SPDX-License-Identifier: AGPL-3.0-or-later
# daemon_lib.sh - start, stop and question the real evidenced on a
# temporary share (sourced after lib.sh).
: "${EVIDENCED:?}"

SHARE=$TMP/share
OUTSIDE=$TMP/outside
STATUS=$TMP/status.json
CONF=$TMP/evidenced.conf
mkdir -p "$SHARE" "$OUTSIDE" "$TMP/state"
printf '[daemon]\npid_file = %s\n' "$TMP/pid" > "$CONF"
DPID=
# A test that dies must not leave its daemon running.
trap '[ -n "$DPID" ] && kill -9 "$DPID" 2>/dev/null; chmod -R u+rwx "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT INT TERM

# example_share: the example share in $SHARE; $SLA (in $SLA_DIR) is the
# file that covers clauses 15 and 35, a copy of it in $TMP/sla.docx.
example_share() {
	cp -r "$TOP/examples/share/." "$SHARE/"
	SLA_DIR="04-服务协议/SLA"
	SLA="$SLA_DIR/服务级别协议-XX银行-2026.docx"
	cp "$SHARE/$SLA" "$TMP/sla.docx"
}

# start_daemon [EXTRA ARGS]: start in the foreground (background job),
# wait until it wrote its first status.
start_daemon() {
	rm -f "$STATUS"
	"$EVIDENCED" -f --config "$CONF" --share "$SHARE" \
		--rules "${RULES:-$TOP/rules}" --state-dir "$TMP/state" \
		--status "$STATUS" --pid-file "$TMP/pid" --log-level info \
		"$@" >> "$TMP/log" 2>&1 &
	DPID=$!
	wait_for "d.get('daemon',{}).get('pid')==$DPID" 60 ||
		die "daemon did not start: $(tail -20 "$TMP/log")"
}

stop_daemon() {
	kill -TERM "$DPID" 2>/dev/null || true
	rc=0
	wait "$DPID" || rc=$?
	[ "$rc" -eq 0 ] || die "daemon exited $rc: $(tail -20 "$TMP/log")"
	! grep -q "ERROR: AddressSanitizer\|runtime error:\|LeakSanitizer" "$TMP/log" ||
		die "sanitizer report: $(grep -A20 'ERROR\|runtime error' "$TMP/log" | head -40)"
	DPID=
}

# wait_for PYEXPR [SECONDS]: until PYEXPR holds over the status `d`.
wait_for() {
	python3 - "$STATUS" "$1" "${2:-20}" <<'PY'
import json, sys, time
path, expr, limit = sys.argv[1], sys.argv[2], float(sys.argv[3])
end = time.time() + limit
def clause(d, cid):
    return next(c for c in d["clauses"] if c["id"] == cid)
def state(d, cid):
    return clause(d, cid)["state"]
def files(d, cid, item):
    return [f["path"] for e in clause(d, cid)["evidence"] if e["id"] == item
            for f in e["files"]]
while True:
    try:
        d = json.load(open(path))
        if eval(expr):
            sys.exit(0)
    except (OSError, ValueError, StopIteration, KeyError):
        pass
    if time.time() > end:
        sys.exit(1)
    time.sleep(0.05)
PY
}

# settled: the status file has not changed for 1.5 s.
settled() {
	python3 - "$STATUS" <<'PY'
import os, sys, time
p, last, since = sys.argv[1], None, time.time()
while time.time() - since < 1.5:
    m = os.stat(p).st_mtime_ns
    if m != last:
        last, since = m, time.time()
    time.sleep(0.1)
PY
}

# same_as_scan: the daemon's status equals a one-shot scan of the share:
# every clause, item, file and problem.
same_as_scan() {
	ectl scan "$SHARE" --json > "$TMP/scan.json" 2>/dev/null ||
		die "scan failed"
	python3 - "$STATUS" "$TMP/scan.json" <<'PY' || die "daemon status differs from a scan"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
for d in (a, b):
    for k in ("generated_at", "daemon", "rescanning", "share_unavailable"):
        d.pop(k, None)
    # The daemon's own early warning ([alerts] expiry_warning).
    for c in d.get("clauses", []):
        for e in c.get("evidence", []):
            e.pop("expires_soon", None)
if a != b:
    for k in sorted(set(a) | set(b)):
        if a.get(k) != b.get(k):
            print("differs:", k)
    for ca, cb in zip(a["clauses"], b["clauses"]):
        if ca != cb:
            print("daemon:", json.dumps(ca, ensure_ascii=False)[:1500])
            print("scan:  ", json.dumps(cb, ensure_ascii=False)[:1500])
            break
    pa = {p["path"]: p["problem"] for p in a["problems"]}
    pb = {p["path"]: p["problem"] for p in b["problems"]}
    print("problems only in daemon:", {k: v for k, v in pa.items() if pb.get(k) != v})
    print("problems only in scan:", {k: v for k, v in pb.items() if pa.get(k) != v})
    print("files_indexed", a.get("files_indexed"), b.get("files_indexed"))
    sys.exit(1)
PY
}
