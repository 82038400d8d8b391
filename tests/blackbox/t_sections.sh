# SPDX-License-Identifier: AGPL-3.0-or-later
# t_sections.sh - a combined document proves what its chapters and columns
# are: text --sections shows the split, explain and the status document
# name the section that proved an item.
. "$(dirname "$0")/lib.sh"

S="$TMP/share"
mkdir -p "$S"
cp "$TOP/tests/data/sections/manual.txt" "$S/手册.txt"
ectl text --sections "$S/手册.txt" > "$TMP/split" || die "text --sections failed"
grep -q '^== §2 第三章 问题管理程序 (level 1)$' "$TMP/split" || die "no chapter 3: $(cat "$TMP/split")"
grep -q '^== §3 3.1 问题分类 (level 2)$' "$TMP/split" || die "no 3.1: $(cat "$TMP/split")"
grep -q '问题记录应包括根本原因分析' "$TMP/split" || die "chapter text missing"
grep -q '目录\|2025年3月15日发布 (level' "$TMP/split" && die "a decoy became a heading: $(cat "$TMP/split")"
ok "text --sections shows the chapters, not the TOC or dates"

ectl text --sections "$TOP/tests/data/sections/log.xlsx" > "$TMP/log" || die "xlsx split failed"
grep -q '^== sheet 维护记录, column 病毒查杀 (level 2, data rows)$' "$TMP/log" || die "column: $(cat "$TMP/log")"
grep -q '^== sheet 维护记录, column 补丁更新 (level 2, no data rows)$' "$TMP/log" || die "empty column: $(cat "$TMP/log")"
ok "a sheet's columns say whether data rows follow"

ectl text --sections "$TOP/tests/data/sections/register.txt" > "$TMP/reg" || die "txt split failed"
grep -q '^== table 1 (cells: mentions, never the title)$' "$TMP/reg" || die "no table: $(cat "$TMP/reg")"
grep -q '^== §2' "$TMP/reg" && die "a table row became a heading: $(cat "$TMP/reg")"
grep -q '^== §1 第一章 说明 (level 1)$' "$TMP/reg" || die "chapter lost: $(cat "$TMP/reg")"
ok "text --sections shows a register's table, and no row of it as a heading"

# A rule pack whose only item a chapter proves.
mkdir -p "$TMP/rules"
cat > "$TMP/rules/10.rules" <<'R'
[1]
text = 问题管理
levels = 1 2
[1/procedure]
label = 问题管理程序
title = 问题管理程序
content_all = 根本原因
R
"$EVIDENCECTL" --rules "$TMP/rules" --no-site-rules explain "$S/手册.txt" > "$TMP/explain" ||
	die "explain failed"
grep -q 'counts for clause 1/procedure' "$TMP/explain" || die "no count: $(cat "$TMP/explain")"
grep -q 'section §2 第三章 问题管理程序' "$TMP/explain" || die "section not named: $(cat "$TMP/explain")"
"$EVIDENCECTL" --rules "$TMP/rules" --no-site-rules scan "$S" --json > "$TMP/status.json" ||
	die "scan failed"
sec=$(json_get "$TMP/status.json" "[f.get('section') for c in d['clauses'] for e in c['evidence'] for f in e['files']]")
echo "$sec" | grep -q '§2 第三章 问题管理程序' || die "status lacks the section: $sec"
ok "explain and the status document name the section"
