# SPDX-License-Identifier: AGPL-3.0-or-later
# t_badshare.sh - a hostile share is scanned to the end: FIFOs, symlink
# loops, symlinks out of the share, GBK names, empty and corrupt files.
# Each problem is reported once and nothing counts that should not.
. "$(dirname "$0")/lib.sh"

S="$TMP/share"
mkdir -p "$S/SLA" "$S/loop" "$S/.recycle/SLA" "$S/模板"
mkfifo "$S/SLA/服务级别协议-管道.docx"
ln -s .. "$S/loop/up"
ln -s /etc/passwd "$S/SLA/服务级别协议-外部.txt"
ln -s nowhere "$S/SLA/dangling.txt"
: > "$S/SLA/服务级别协议-空.docx"
printf 'PK\003\004truncated' > "$S/SLA/服务级别协议-坏.docx"
# GBK bytes for 服务级别协议.txt
printf '\267\376\316\361\274\266\261\360\320\255\322\351.txt' > "$TMP/gbkname"
printf '服务级别协议 运维方式：驻场值守 核心指标：可用性99.9%%\n' > "$S/SLA/$(cat "$TMP/gbkname")"
cp "$S/SLA/$(cat "$TMP/gbkname")" "$S/.recycle/SLA/服务级别协议.txt"
cp "$S/SLA/$(cat "$TMP/gbkname")" "$S/模板/服务级别协议模板.txt"
cp "$S/SLA/$(cat "$TMP/gbkname")" "$S/SLA/~\$服务级别协议.txt"

timeout 120 "$EVIDENCECTL" --rules "$TOP/rules" --no-site-rules scan "$S" \
	--json > "$TMP/status.json" 2> "$TMP/err" || die "scan failed: $(cat "$TMP/err")"
ok "scan finished"

grep -c "服务级别协议-管道.docx" "$TMP/err" | grep -qx 1 || die "FIFO not reported once: $(cat "$TMP/err")"
grep -q "loop/up" "$TMP/err" || die "symlink loop not reported: $(cat "$TMP/err")"
grep -q "服务级别协议-外部.txt" "$TMP/err" || die "escaping symlink not reported"
grep -q "服务级别协议-坏.docx: unreadable" "$TMP/err" || die "corrupt docx not reported"
ok "problems reported once each"

# The status knows them too.
n=$(json_get "$TMP/status.json" "len(d['problems'])")
[ "$n" -ge 4 ] || die "only $n problems in the status"
# The GBK-named file was decoded and classified; recycle, template, lock never count.
paths=$(json_get "$TMP/status.json" "sorted({f['path'] for c in d['clauses'] for e in c['evidence'] for f in e['files']})")
echo "$paths" | grep -q "SLA/服务级别协议 \[GBK\].txt" || die "GBK name not decoded/counted: $paths"
echo "$paths" | grep -q "recycle" && die "recycle bin counted: $paths"
echo "$paths" | grep -q "模板" && die "template counted: $paths"
echo "$paths" | grep -q '~\$' && die "lock file counted: $paths"
echo "$paths" | grep -q "空.docx" && die "empty file counted: $paths"
echo "$paths" | grep -q "坏.docx" && die "corrupt file counted: $paths"
ok "only the real SLA counts: $paths"

# A GBK name inside UTF-8 folders: the folders stay readable; names whose
# decodings would collide (GBK 服务级别协议 beside UTF-8, a raw 0xff beside
# a literal \xff) are all indexed and shown apart.
C="$TMP/collide/05-服务实施"
mkdir -p "$C"
cp "$S/SLA/$(cat "$TMP/gbkname")" "$C/$(cat "$TMP/gbkname")"
cp "$C/$(cat "$TMP/gbkname")" "$C/服务级别协议.txt"
printf 'x\n' > "$C/$(printf 'x\377.txt')"
printf 'x\n' > "$C/x\\xff.txt"
timeout 60 "$EVIDENCECTL" --rules "$TOP/rules" --no-site-rules scan "$TMP/collide" \
	--json > "$TMP/collide.json" 2> "$TMP/err" || die "scan failed: $(cat "$TMP/err")"
n=$(json_get "$TMP/collide.json" "d['files_indexed']")
[ "$n" = 4 ] || die "$n of 4 colliding names indexed"
paths=$(json_get "$TMP/collide.json" "sorted({f['path'] for c in d['clauses'] for e in c['evidence'] for f in e['files']})")
echo "$paths" | grep -q "05-服务实施/服务级别协议 \[GBK\].txt" || die "GBK name in UTF-8 folder: $paths"
echo "$paths" | grep -q "05-服务实施/服务级别协议.txt" || die "UTF-8 twin missing: $paths"
ok "colliding names indexed apart: $paths"
