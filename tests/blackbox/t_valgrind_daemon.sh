# SPDX-License-Identifier: AGPL-3.0-or-later
# t_valgrind_daemon.sh - the daemon (release build, workers in their own
# processes) under valgrind through a start, a copy in, a rename, a
# delete, a reload and a stop: no invalid access, no uninitialised use,
# no leak.
. "$(dirname "$0")/lib.sh"

command -v valgrind >/dev/null || die "valgrind is not installed (scripts/deps.sh check)"
[ -x "$TOP/build/evidenced" ] || die "build/evidenced not built"
# start_daemon runs $EVIDENCED: make it valgrind around the release build
# (EVIDENCED_NO_JIT: see t_valgrind.sh).
cat > "$TMP/vg-evidenced" <<EOS
#!/bin/sh
EVIDENCED_NO_JIT=1 exec valgrind --quiet --error-exitcode=99 --leak-check=full \\
	--show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \\
	--suppressions="$TOP/tests/valgrind.supp" --log-file="$TMP/vg" \\
	"$TOP/build/evidenced" "\$@"
EOS
chmod +x "$TMP/vg-evidenced"
EVIDENCED=$TMP/vg-evidenced
. "$(dirname "$0")/daemon_lib.sh"

cp -r "$TOP/examples/share/." "$SHARE/"
start_daemon
cp "$TOP/examples/share/04-服务协议/SLA/服务级别协议-XX银行-2026.docx" "$SHARE/服务级别协议-副本.docx"
wait_for "'服务级别协议-副本.docx' in files(d,'35','sla')" 120 || die "copy not seen"
mv "$SHARE/服务级别协议-副本.docx" "$SHARE/服务级别协议-改名.docx"
wait_for "'服务级别协议-改名.docx' in files(d,'35','sla')" 120 || die "rename not seen"
rm "$SHARE/服务级别协议-改名.docx"
wait_for "'服务级别协议-改名.docx' not in files(d,'35','sla')" 120 || die "delete not seen"
kill -HUP "$DPID"
for i in $(seq 600); do grep -q "reloaded" "$TMP/log" && break; sleep 0.1; done
grep -q "reloaded" "$TMP/log" || die "no reload"
stop_daemon
[ -e "$TMP/vg" ] || die "the daemon did not run under valgrind"
# Errors are "==PID==" lines; "--PID--" lines are valgrind's own notes
# (it does not know openat2: the walker falls back, as t_valgrind says).
grep -q '^==[0-9]*==' "$TMP/vg" && die "valgrind: $(grep '^==' "$TMP/vg" | head -n 60)"
ok "valgrind-clean daemon: start, copy, rename, delete, reload, stop"
