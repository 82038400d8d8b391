# SPDX-License-Identifier: AGPL-3.0-or-later
# t_cli.sh - evidencectl over a status file: status, show, missing,
# explain, text, exit codes, --json, --help.
. "$(dirname "$0")/lib.sh"

cp -r "$TOP/examples/share" "$TMP/share"
ectl scan "$TMP/share" --output "$TMP/status.json" > "$TMP/table" 2>/dev/null ||
	die "scan --output failed"
[ -s "$TMP/status.json" ] || die "no status file written"
grep -q "Not covered\|未符合的条款" "$TMP/table" || die "scan table has no 'Not covered' section"
ok "scan --output writes the status document and prints the table"

# With a state directory the second scan reads nothing (ignored lock
# files are judged by name, never opened) and says the same.
for run in 1 2; do
	ectl -v scan "$TMP/share" --state-dir "$TMP/state" --json \
		> "$TMP/s$run.json" 2> "$TMP/s$run.log" || die "scan --state-dir ($run)"
	grep -v generated_at "$TMP/s$run.json" > "$TMP/s$run.cmp"
done
[ -s "$TMP/state/state.db" ] || die "no state database"
cmp -s "$TMP/s1.cmp" "$TMP/s2.cmp" || die "a warm scan says something else"
grep -q ' 0 read, [1-9][0-9]* ignored' "$TMP/s2.log" || die "a warm scan read files: $(cat "$TMP/s2.log")"
grep -Eq ' ([0-9]+) read, \1 ignored' "$TMP/s1.log" && die "the first scan read nothing"
ok "scan --state-dir: the second scan reads no document and says the same"

export EVIDENCED_STATUS="$TMP/status.json"
set +e
"$EVIDENCECTL" status > "$TMP/out"; rc=$?
set -e
[ "$rc" -eq 1 ] || die "status exit $rc, want 1 (not everything covered)"
grep -q "准备阶段" "$TMP/out" || die "status has no phase rows"
esc=$(printf '\033')
grep -q "$esc" "$TMP/out" && die "colour written to a pipe"
ok "status: phases, exit 1, no colour on a pipe"

"$EVIDENCECTL" --json status > "$TMP/out.json" || [ $? -eq 1 ] || die "status --json"
json_get "$TMP/out.json" "d['version']" | grep -qx 1 || die "status --json is not the document"
ok "status --json"

"$EVIDENCECTL" show 35 > "$TMP/out" || die "show 35 failed"
grep -q "服务级别协议" "$TMP/out" || die "show 35 lacks the SLA item"
"$EVIDENCECTL" show 35 --json > "$TMP/c.json"
json_get "$TMP/c.json" "d['id']" | grep -qx 35 || die "show --json"
set +e
"$EVIDENCECTL" show 999 2>/dev/null; rc=$?
set -e
[ "$rc" -eq 2 ] || die "show of an unknown clause: exit $rc, want 2"
ok "show"

set +e
"$EVIDENCECTL" missing --json > "$TMP/m.json"; rc=$?
set -e
[ "$rc" -eq 1 ] || die "missing exit $rc, want 1"
json_get "$TMP/m.json" "all(c['state'] in ('partial','missing','stale') for c in d)" | grep -qx True ||
	die "missing lists covered clauses"
ok "missing"

f=$(find "$TMP/share" -name '*服务级别协议*' ! -path '*模板*' ! -path '*recycle*' ! -name '~$*' | head -n 1)
[ -n "$f" ] || die "example share has no SLA"
"$EVIDENCECTL" --rules "$TOP/rules" --no-site-rules explain "$f" > "$TMP/out" || die "explain failed"
grep -q "counts for" "$TMP/out" || die "explain shows nothing counted for $f: $(cat "$TMP/out")"
"$EVIDENCECTL" --rules "$TOP/rules" --no-site-rules explain --json "$f" > "$TMP/e.json"
json_get "$TMP/e.json" "any(m['counts'] for m in d['matches'])" | grep -qx True || die "explain --json"
ok "explain"

set +e
"$EVIDENCECTL" status --status "$TMP/nope.json" 2>"$TMP/err"; rc=$?
set -e
[ "$rc" -eq 2 ] || die "missing status file: exit $rc, want 2"
"$EVIDENCECTL" --help | grep -q "Exit status" || die "--help lacks exit codes"
set +e
"$EVIDENCECTL" frobnicate 2>/dev/null; rc=$?
set -e
[ "$rc" -eq 2 ] || die "unknown command: exit $rc"
ok "errors and --help"

# The configuration file: limits reach the extractors, a typo is an error
# with file:line, and the command line wins over the file.
mkdir "$TMP/small"
cp "$TOP/tests/data/office/sla.docx" "$TMP/small/服务级别协议.docx"
printf '[scan]\nlevel = 1\n[limits]\nmax_file_size = 1K\n' > "$TMP/ev.conf"
"$EVIDENCECTL" --config "$TMP/ev.conf" --rules "$TOP/rules" --no-site-rules \
	scan "$TMP/small" --json > "$TMP/c.json" 2>/dev/null
json_get "$TMP/c.json" "d['level']" | grep -qx 1 || die "config level not applied"
json_get "$TMP/c.json" "d['problems'][0]['problem']" | grep -q "max_file_bytes" ||
	die "config limit not applied: $(json_get "$TMP/c.json" "d['problems']")"
"$EVIDENCECTL" --config "$TMP/ev.conf" --rules "$TOP/rules" --no-site-rules \
	scan "$TMP/small" --level 2 --json > "$TMP/c.json" 2>/dev/null
json_get "$TMP/c.json" "d['level']" | grep -qx 2 || die "--level does not win over the config"
printf '[limits]\nmax_file_sise = 1K\n' > "$TMP/bad.conf"
set +e
out=$("$EVIDENCECTL" --config "$TMP/bad.conf" status 2>&1); rc=$?
set -e
[ "$rc" -eq 2 ] || die "bad config: exit $rc, want 2"
echo "$out" | grep -q "bad.conf:2: unknown key 'max_file_sise'" || die "bad config message: $out"
"$EVIDENCECTL" --config "$TOP/examples/evidenced.conf" --status "$TMP/status.json" status >/dev/null ||
	[ $? -eq 1 ] || die "the example configuration does not load"
ok "configuration file"
