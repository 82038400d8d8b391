#!/bin/sh
# SPDX-License-Identifier: AGPL-3.0-or-later
# gen-text-pdf.sh - regenerate tests/data/text/ and tests/data/pdf/.
#
# Run from anywhere; needs iconv (glibc), /usr/bin/python3 with
# python3-reportlab and python3-pil (not the pyenv python3 on PATH).
# The outputs are committed: tests never run this.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
T="$here/text"
P="$here/pdf"
mkdir -p "$T" "$P"

zh='信息安全管理制度
本制度适用于信息系统安全运维服务。
Security Operations Policy v2
发布日期：2025年3月15日
'
# The same in traditional characters, for Big5.
zht='資訊安全管理制度
本制度適用於資訊系統安全運維服務。
Security Operations Policy v2
發佈日期：2025年3月15日
'

printf '%s' "$zh" > "$T/utf8.txt"
{ printf '\357\273\277'; printf '%s' "$zh"; } > "$T/utf8-bom.txt"
{ printf '\377\376'; printf '%s' "$zh" | iconv -f UTF-8 -t UTF-16LE; } \
    > "$T/utf16le.txt"
{ printf '\376\377'; printf '%s' "$zh" | iconv -f UTF-8 -t UTF-16BE; } \
    > "$T/utf16be.txt"
printf '%s' "$zh" | iconv -f UTF-8 -t UTF-16LE > "$T/utf16le-nobom.txt"
printf '%s' "$zh" | iconv -f UTF-8 -t GBK > "$T/gbk.txt"
printf '%s' "$zht" | iconv -f UTF-8 -t BIG5 > "$T/big5.txt"
# UTF-8 with one stray Latin-1 byte (caf\351): still UTF-8, not GB18030.
{ printf '%s' "$zh"; printf 'caf\351\n'; } > "$T/utf8-stray.txt"
# GBK cut in the middle of a character, as a truncated copy would be.
head -c $(($(wc -c < "$T/gbk.txt") - 2)) "$T/gbk.txt" > "$T/gbk-cut.txt"
: > "$T/empty.txt"
# Neither UTF-8 nor Chinese: uchardet must name them, not GB18030.
ja='情報セキュリティ管理規程
本規程は、当社の情報システムの運用に適用する。
第1条　目的　この規程は情報資産の保護を目的とする。
'
ko='정보보안 관리 규정
이 규정은 회사의 정보 시스템 운영에 적용한다.
제1조 목적 이 규정은 정보 자산의 보호를 목적으로 한다.
'
fr='Politique de sécurité des systèmes d’information
Cette procédure s’applique à la gestion des incidents, à la continuité
et à la sauvegarde des données. Révisée en février ; approuvée par la
Direction générale. Périmètre : hébergement, exploitation, réseau.
'
printf '%s' "$ja" | iconv -f UTF-8 -t SHIFT_JIS > "$T/shift-jis.txt"
printf '%s' "$ko" | iconv -f UTF-8 -t EUC-KR > "$T/euc-kr.txt"
printf '%s' "$fr" | iconv -f UTF-8 -t CP1252 > "$T/cp1252.txt"
printf '# 运维手册\n\n- 第一章 总则\n- 更新于 2024-11-02\n' > "$T/notes.md"
printf '序号,制度名称,发布日期\n1,信息安全管理制度,2025/3/15\n' \
    > "$T/list.csv"

cat > "$T/page.html" <<'HTML'
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>运维 &amp; 安全</title>
<style>body { color: red; } .x:before { content: "样式文字"; }</style>
<script>var s = "<p>脚本文字</p>";</script></head>
<body><!-- 注释文字 --><h1>信息<b>安全</b>管理</h1>
<p>A &lt;b&gt; &quot;q&quot; &#20013;&#x6587; &nbsp;end</p></body></html>
HTML
# GBK page that says so in a http-equiv meta.
printf '%s' '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>应急响应预案</p></body></html>' \
    | iconv -f UTF-8 -t GBK > "$T/page-gbk.html"

# RTF as Word writes Chinese: \uN? escapes (catdoc handles RTF).
/usr/bin/python3 - "$T/policy.rtf" <<'PY'
import sys
s = "信息安全管理制度\n发布日期 2025年3月15日"
body = "".join(("\\u%d?" % ord(c)) if ord(c) > 127 else
               ("\\par\n" if c == "\n" else c) for c in s)
open(sys.argv[1], "w").write("{\\rtf1\\ansi\\ansicpg936\\deff0"
    "{\\fonttbl{\\f0 SimSun;}}\\f0\\fs24 " + body + "\\par\n}\n")
PY

/usr/bin/python3 "$here/gen-pdf.py" "$P"
head -c 1200 "$P/text-zh.pdf" > "$P/truncated.pdf"
printf 'this is not a pdf at all\n' > "$P/garbage.pdf"

# Legacy Office fixtures need LibreOffice (libreoffice-writer-nogui,
# libreoffice-calc-nogui, fonts-wqy-zenhei); without it the committed
# ones are kept.  No .ppt: LibreOffice's PowerPoint 97 export is ~450 KiB
# and keeps its text where catppt does not look.
if command -v soffice >/dev/null 2>&1; then
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	printf '%s' '<html><head><meta charset="utf-8"><title>运维制度</title></head><body><p>信息安全管理制度</p><p>本制度适用于信息系统安全运维服务。</p><p>发布日期：2025年3月15日</p></body></html>' \
	    > "$tmp/policy.html"
	printf '序号,制度名称,发布日期\n1,信息安全管理制度,2025年3月15日\n2,应急响应预案,2024年12月1日\n' \
	    > "$tmp/register.csv"
	lo="-env:UserInstallation=file://$tmp/profile"
	(cd "$tmp" &&
	    soffice "$lo" --headless --convert-to 'doc:MS Word 97' \
		policy.html >/dev/null 2>&1 &&
	    soffice "$lo" --headless --infilter=CSV:44,34,76 \
		--convert-to 'xls:MS Excel 97' register.csv >/dev/null 2>&1)
	cp "$tmp/policy.doc" "$tmp/register.xls" "$T/"
fi
# Truncated copies, as an interrupted copy to the share leaves them.
head -c 5000 "$T/policy.doc" > "$T/policy-cut.doc"
head -c 3000 "$T/register.xls" > "$T/register-cut.xls"
