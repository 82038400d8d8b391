# SPDX-License-Identifier: AGPL-3.0-or-later
# t_args.sh - the command line's edge cases: colour (NO_COLOR, TERM=dumb,
# --color WHEN), extra arguments, unknown options, an old status document,
# when scan writes the status document, and make run with a share name
# holding a space and CJK.
. "$(dirname "$0")/lib.sh"

esc=$(printf '\033')
cp -r "$TOP/examples/share" "$TMP/share"
ectl scan "$TMP/share" --output "$TMP/st.json" >/dev/null 2>&1 || die "scan --output"
export EVIDENCED_CONFIG="$TMP/none.conf"      # no /etc configuration here
: > "$EVIDENCED_CONFIG"

# tty CMD...: run CMD on a pseudo-terminal (script(1)), output to stdout.
tty() { script -qec "$*" /dev/null < /dev/null; }
st="$EVIDENCECTL --status $TMP/st.json status"
tty "env TERM=xterm NO_COLOR= $st" | grep -q "$esc\[3" || die "empty NO_COLOR turned colour off"
tty "env TERM=xterm NO_COLOR=1 $st" | grep -q "$esc" && die "NO_COLOR=1 still colours"
tty "env TERM=dumb $st" | grep -q "$esc" && die "TERM=dumb still colours"
tty "env TERM=xterm $st --color never" | grep -q "$esc" && die "--color never on a terminal colours"
ok "a terminal: colour unless NO_COLOR is non-empty or TERM=dumb"
for c in "--color always" "--color=always" "--colour always" "--color"; do
	set +e
	# shellcheck disable=SC2086
	$st $c > "$TMP/out" 2>"$TMP/err"; rc=$?
	set -e
	[ "$rc" -eq 1 ] || die "status $c: exit $rc: $(cat "$TMP/err")"
	grep -q "$esc\[3" "$TMP/out" || die "status $c: no colour on a pipe"
done
ok "--color always, --color=always, --colour always and a bare --color colour a pipe"

# Progress: on a terminal's stderr, never in stdout, not with --quiet nor
# on a pipe.
scan="$EVIDENCECTL --rules $TOP/rules --no-site-rules scan $TMP/share --json"
tty "env TERM=xterm $scan > $TMP/p.json" > "$TMP/tty"
grep -q "检查 [0-9]*/[0-9]* 个文件" "$TMP/tty" || die "no progress on a terminal: $(head -c 300 "$TMP/tty")"
grep -q "$esc\[K" "$TMP/tty" || die "the progress line is not erased"
json_get "$TMP/p.json" "d['version']" | grep -qx 1 || die "progress reached stdout"
tty "env TERM=xterm $scan -q > $TMP/p.json" | grep -q "个文件" && die "progress with --quiet"
tty "env TERM=dumb $scan > $TMP/p.json" | grep -q "个文件" && die "progress on TERM=dumb"
$scan > "$TMP/p.json" 2> "$TMP/err" || die "scan to a pipe"
grep -q "个文件" "$TMP/err" && die "progress on a pipe"
ok "progress on a terminal only, on stderr, not with --quiet"

expect_usage() {    # expect_usage WHAT ARGS...: exit 2 and one short message
	what=$1; shift
	set +e
	"$EVIDENCECTL" "$@" > "$TMP/out" 2>"$TMP/err"; rc=$?
	set -e
	[ "$rc" -eq 2 ] || die "$what: exit $rc, want 2"
	[ ! -s "$TMP/out" ] || die "$what: printed to stdout: $(head -n 3 "$TMP/out")"
	lines=$(wc -l < "$TMP/err")
	[ "$lines" -le 2 ] || die "$what: $lines lines on stderr: $(head -n 5 "$TMP/err")"
}
expect_usage "an unknown option" --status "$TMP/st.json" status --frobnicate
grep -q "unrecognized option '--frobnicate'" "$TMP/err" || die "unknown option: $(cat "$TMP/err")"
grep -q "evidencectl --help" "$TMP/err" || die "unknown option: no hint"
grep -q "^status:" "$TMP/err" && die "the message names the command as the program"
expect_usage "an unknown option before the command" --frobnicate status
expect_usage "status with an argument" --status "$TMP/st.json" status extra
grep -q "extra" "$TMP/err" || die "status extra: message does not say what is extra"
expect_usage "missing with an argument" --status "$TMP/st.json" missing 35
expect_usage "show with two ids" --status "$TMP/st.json" show 35 36
expect_usage "scan with two directories" scan "$TMP/share" "$TMP/share"
expect_usage "--color with a bad word" --color=sometimes status
ok "unknown options and extra arguments: exit 2, one line and a hint"

# An old status document is still read, with a warning; a fresh one is not.
"$EVIDENCECTL" --status "$TMP/st.json" status >/dev/null 2>"$TMP/err" || true
[ ! -s "$TMP/err" ] || die "a fresh status document warns: $(cat "$TMP/err")"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d["generated_at"]="2023-01-01T00:00:00Z"; json.dump(d,open(sys.argv[2],"w"))' \
	"$TMP/st.json" "$TMP/old.json"
set +e
"$EVIDENCECTL" --status "$TMP/old.json" status >"$TMP/out" 2>"$TMP/err"; rc=$?
set -e
[ "$rc" -eq 1 ] || die "old status: exit $rc"
grep -q "days old (generated 2023-01-01T00:00:00Z)" "$TMP/err" || die "old status: no warning: $(cat "$TMP/err")"
grep -q "Phase" "$TMP/out" || die "old status not shown"
"$EVIDENCECTL" -q --status "$TMP/old.json" missing --json >/dev/null 2>"$TMP/err" || true
[ ! -s "$TMP/err" ] || die "--quiet still warns: $(cat "$TMP/err")"
ok "a status document older than a day is read with a warning"

# When scan writes the status document: for the configured share, or when
# it is named; a scan of another directory only prints.
mkdir "$TMP/other"
cp "$TOP/tests/data/office/sla.docx" "$TMP/other/服务级别协议.docx"
printf '[scan]\nshare = %s\nstatus = %s\n' "$TMP/share" "$TMP/conf-st.json" > "$TMP/ev.conf"
c() { ectl --config "$TMP/ev.conf" "$@" >/dev/null 2>"$TMP/err"; }
c scan "$TMP/other" || die "scan other: $(cat "$TMP/err")"
[ ! -e "$TMP/conf-st.json" ] || die "a scan of another directory wrote the configured status"
c scan || die "scan: $(cat "$TMP/err")"
[ -s "$TMP/conf-st.json" ] || die "scan of the configured share did not write its status"
json_get "$TMP/conf-st.json" "d['share']" | grep -qx "$TMP/share" || die "wrong share in the status"
rm "$TMP/conf-st.json"
c scan "$TMP/share/../share" || die "scan share/../share"
[ -s "$TMP/conf-st.json" ] || die "scan of the configured share, spelt otherwise, did not write"
c scan "$TMP/other" --output "$TMP/o.json" || die "scan --output"
json_get "$TMP/o.json" "d['share']" | grep -qx "$TMP/other" || die "--output not written"
json_get "$TMP/conf-st.json" "d['share']" | grep -qx "$TMP/share" || die "--output also replaced the status"
EVIDENCED_STATUS="$TMP/env.json" c scan "$TMP/other" || die "scan with EVIDENCED_STATUS"
[ -s "$TMP/env.json" ] || die "EVIDENCED_STATUS not written by scan"
ectl --config "$TMP/ev.conf" status >/dev/null 2>&1 || [ $? -eq 1 ] || die "status after scan"
set +e
ectl scan "$TMP/other" --status "$TMP/no/such/dir/st.json" > "$TMP/out" 2>"$TMP/err"; rc=$?
set -e
[ "$rc" -eq 3 ] || die "unwritable status: exit $rc"
grep -q "Phase" "$TMP/out" || die "unwritable status: the table was not printed first"
grep -q "cannot write the status document" "$TMP/err" || die "unwritable status: $(cat "$TMP/err")"
ok "scan writes the status for the configured share or when named, else only prints"

# A share whose name has a space and CJK, through make run.
mkdir "$TMP/资质 材料"
cp "$TOP/tests/data/office/sla.docx" "$TMP/资质 材料/服务级别协议.docx"
# make run starts the daemon in the foreground: wait for its status of
# that share, then stop it as Ctrl-C would.
rm -f "$TOP/build/status.json"
make -s -C "$TOP" run SHARE="$TMP/资质 材料" > "$TMP/out" 2>&1 &
mk=$!
for i in $(seq 600); do
	[ -f "$TOP/build/status.json" ] && json_get "$TOP/build/status.json" "d['share']" 2>/dev/null |
		grep -qxF "$TMP/资质 材料" && break
	kill -0 "$mk" 2>/dev/null || break
	sleep 0.1
done
json_get "$TOP/build/status.json" "d['share']" 2>/dev/null | grep -qxF "$TMP/资质 材料" ||
	{ kill "$mk" 2>/dev/null; die "make run SHARE with a space: $(tail -n 5 "$TMP/out")"; }
kill -INT "$(cat "$TOP/build/evidenced.pid")"
wait "$mk" || die "make run did not stop cleanly on SIGINT: $(tail -n 5 "$TMP/out")"
ok "SHARE=\"…/资质 材料\" make run: the daemon watches it, Ctrl-C stops it"
