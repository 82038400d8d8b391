# SPDX-License-Identifier: AGPL-3.0-or-later
# t_security.sh - the defects found when the build was probed stay fixed:
# `text`/`explain` never follow a link out of the share; control
# characters in names never forge a log line or a JSON line; a FIFO as the
# rules, config or status path fails at once; a pcre2 match limit is a problem of
# the file, in words; no "limit: limit:"; `text` exits 3 for any failure.
. "$(dirname "$0")/lib.sh"

S="$TMP/share"
mkdir -p "$S/SLA" "$TMP/outside"
printf 'secret-outside-the-share\n' > "$TMP/outside/shadow"
ln -s "$TMP/outside/shadow" "$S/SLA/服务级别协议-abs.txt"
ln -s ../../outside/shadow "$S/SLA/服务级别协议-rel.txt"
ln -s "$TMP/outside" "$S/SLA/dirlink"
printf '服务级别协议 运维方式：驻场值守\n' > "$S/SLA/服务级别协议.txt"

# --- text / explain: a link out of the share is refused ---------------
for f in "$S/SLA/服务级别协议-abs.txt" "$S/SLA/服务级别协议-rel.txt" \
    "$S/SLA/dirlink/shadow"; do
	for cmd in text explain; do
		rc=0
		ectl --share "$S" "$cmd" "$f" > "$TMP/out" 2> "$TMP/err" || rc=$?
		[ "$rc" -eq 3 ] || die "$cmd $f: exit $rc, want 3"
		grep -q secret "$TMP/out" "$TMP/err" && die "$cmd $f printed the target"
		grep -q "refused: it leads outside the share $S" "$TMP/err" ||
			die "$cmd $f: no clear refusal: $(cat "$TMP/err")"
	done
done
# The same from inside the share, the share found from the working
# directory (no --share, no status): the link target's directory never
# becomes the root.
(cd "$S/SLA" && rc=0 && "$EVIDENCECTL" -s "$TMP/none.json" text 服务级别协议-rel.txt \
	> "$TMP/out" 2> "$TMP/err" || rc=$?; [ "$rc" -eq 3 ]) || die "relative link: want exit 3"
grep -q secret "$TMP/out" && die "relative link printed the target"
# A status document's share is used too.
ectl scan "$S" -o "$TMP/st.json" > /dev/null 2>&1 || true
rc=0; ectl -s "$TMP/st.json" text "$S/SLA/dirlink/shadow" > "$TMP/out" 2>&1 || rc=$?
[ "$rc" -eq 3 ] && ! grep -q secret "$TMP/out" || die "status share: link followed"
# A real file still works, by absolute, relative and dotted paths.
ectl --share "$S" text "$S/SLA/服务级别协议.txt" | grep -q 驻场值守 || die "text of a real file"
(cd "$S" && "$EVIDENCECTL" --share "$S" text ./SLA/../SLA/服务级别协议.txt) |
	grep -q 驻场值守 || die "text by a dotted relative path"
ectl --share "$S" explain "$S/SLA/服务级别协议.txt" | grep -q "(share $S)" ||
	die "explain of a real file"
ok "text/explain refuse links out of the share (absolute, relative, directory)"

# --- control characters in names ---------------------------------------
C="$TMP/ctl"
mkdir -p "$C"
evil=$(printf 'evil\nevidencectl: warning: forged\033[31m服务级别协议.docx')
printf 'PK\003\004truncated' > "$C/$evil"
ectl -v scan "$C" --json > "$TMP/ctl.json" 2> "$TMP/ctl.err" || die "scan of control names"
grep -q '^evidencectl: warning: forged' "$TMP/ctl.err" && die "a log line was forged"
tr -d '\n' < "$TMP/ctl.err" | grep -q "$(printf '\033')" && die "ESC reached the log"
grep -q 'evil\\x0aevidencectl: warning: forged\\x1b\[31m服务级别协议.docx: unreadable: corrupt' \
	"$TMP/ctl.err" || die "name not escaped once in the log: $(cat -A "$TMP/ctl.err")"
grep -q '^evidencectl: warning: forged' "$TMP/ctl.json" && die "a JSON line was forged"
grep -q "$(printf '\033')" "$TMP/ctl.json" && die "raw ESC in the JSON"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(d["problems"][0]["path"]!=sys.argv[2])' \
	"$TMP/ctl.json" "$evil" || die "JSON does not round-trip the name"
(cd "$C" && "$EVIDENCECTL" --rules "$TOP/rules" --no-site-rules explain "$evil" > "$TMP/ex" 2>&1) || true
grep -q '^evidencectl: warning: forged' "$TMP/ex" && die "explain output forged a line"
grep -q "$(printf '\033')" "$TMP/ex" && die "explain printed a raw ESC"
rc=0; (cd "$C" && "$EVIDENCECTL" text "$evil") > "$TMP/tx" 2>&1 || rc=$?
[ "$rc" -eq 3 ] || die "text of a corrupt file: exit $rc"
grep -q '^evidencectl: warning: forged' "$TMP/tx" && die "text forged a line"
ok "control characters escaped in logs, JSON, explain and text"

# --- FIFOs as the rules or config path --------------------------------
mkfifo "$TMP/rules.fifo" "$TMP/conf.fifo"
rc=0; timeout 20 "$EVIDENCECTL" --no-site-rules lint "$TMP/rules.fifo" 2> "$TMP/err" || rc=$?
[ "$rc" -eq 2 ] || die "lint of a FIFO: exit $rc (124 = hung)"
grep -q "rules.fifo: not a regular file" "$TMP/err" || die "lint FIFO message: $(cat "$TMP/err")"
rc=0; timeout 20 "$EVIDENCECTL" --rules "$TMP/rules.fifo" --no-site-rules scan "$S" \
	> /dev/null 2> "$TMP/err" || rc=$?
[ "$rc" -eq 2 ] || die "scan with FIFO rules: exit $rc (124 = hung)"
rc=0; timeout 20 "$EVIDENCECTL" -c "$TMP/conf.fifo" lint "$TOP/rules" 2> "$TMP/err" || rc=$?
[ "$rc" -eq 2 ] || die "config FIFO: exit $rc (124 = hung)"
grep -q "conf.fifo: not a regular file" "$TMP/err" || die "config FIFO message: $(cat "$TMP/err")"
mkfifo "$TMP/status.fifo"
rc=0; timeout 20 "$EVIDENCECTL" -s "$TMP/status.fifo" status > /dev/null 2> "$TMP/err" || rc=$?
[ "$rc" -eq 2 ] || die "status FIFO: exit $rc (124 = hung)"
rc=0; (cd "$S" && timeout 20 "$EVIDENCECTL" -s "$TMP/status.fifo" text SLA/服务级别协议.txt) \
	> "$TMP/out" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || die "text with a FIFO status: exit $rc (124 = hung)"
ok "FIFO as rules, config or status: an error at once"

# --- match limit, doubled prefixes, text exit status --------------------
R="$TMP/rules"
mkdir -p "$R" "$TMP/lim"
cat > "$R/limit.rules" <<'EOF'
[L1]
text = 匹配上限
levels = 1 2 3

[L1/x]
label = 上限测试
name = limit
content_all = (a+)+$
EOF
python3 -c 'import sys; open(sys.argv[1], "w").write("a" * 30000 + "b\n")' "$TMP/lim/limit.txt"
"$EVIDENCECTL" --rules "$R" --no-site-rules scan "$TMP/lim" --json > "$TMP/lim.json" \
	2> "$TMP/lim.err" || die "scan with a costly pattern: $(cat "$TMP/lim.err")"
grep -q "Argument list too long" "$TMP/lim.err" "$TMP/lim.json" && die "E2BIG's strerror shown"
grep -q "match limit hit" "$TMP/lim.err" || die "no match-limit warning: $(cat "$TMP/lim.err")"
p=$(json_get "$TMP/lim.json" "[x['problem'] for x in d['problems'] if x['path']=='limit.txt']")
echo "$p" | grep -q 'match limit: /(a+)+\$/ (.*limit.rules:8)' || die "match limit not under problems: $p"
"$EVIDENCECTL" --rules "$R" --no-site-rules --share "$TMP/lim" explain "$TMP/lim/limit.txt" \
	> "$TMP/ex" 2>&1 || true
grep -q "hit the match limit" "$TMP/ex" || die "explain does not say: $(cat "$TMP/ex")"
ok "a match limit is a problem of the file, in words"

printf '[limits]\nmax_file_size = 1K\n' > "$TMP/small.conf"
python3 -c 'import sys; open(sys.argv[1], "w").write("服务级别协议\n" * 500)' "$TMP/lim/big.txt"
rc=0; (cd "$TMP/lim" && "$EVIDENCECTL" -c "$TMP/small.conf" text big.txt) > "$TMP/out" 2> "$TMP/err" || rc=$?
[ "$rc" -eq 3 ] || die "text over a limit: exit $rc"
grep -q "limit: limit:" "$TMP/err" && die "doubled prefix: $(cat "$TMP/err")"
grep -q "big.txt: limit: file size" "$TMP/err" || die "limit message: $(cat "$TMP/err")"
printf 'PK\003\004truncated' > "$TMP/lim/bad.docx"
rc=0; (cd "$TMP/lim" && "$EVIDENCECTL" text bad.docx) > "$TMP/out" 2> "$TMP/err" || rc=$?
[ "$rc" -eq 3 ] || die "text of a corrupt docx: exit $rc"
grep -q "corrupt: corrupt:" "$TMP/err" && die "doubled prefix: $(cat "$TMP/err")"
(cd "$TMP/lim" && "$EVIDENCECTL" --rules "$TOP/rules" --no-site-rules explain bad.docx) > "$TMP/ex" 2>&1 || true
grep -q "corrupt (corrupt" "$TMP/ex" && die "explain doubles the prefix: $(cat "$TMP/ex")"
grep -q "text: corrupt: zip" "$TMP/ex" || die "explain text line: $(cat "$TMP/ex")"
ok "no doubled prefixes; text exits 3 on any unreadable text"
