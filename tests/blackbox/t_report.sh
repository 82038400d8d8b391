# SPDX-License-Identifier: AGPL-3.0-or-later
# t_report.sh - `evidencectl report` on the example share (with the example
# site drop-in, so 观察项/不符合项 rows follow 71): md and csv row by row
# against committed expected files, the xlsx read back with openpyxl, the
# html parsed (and rendered by headless chromium when it is installed);
# `evidencectl check` exit codes on crafted status documents.
#
# UPDATE_EXPECTED=1 sh tests/blackbox/run.sh t_report.sh rewrites the
# expected files after a deliberate change; review the diff.
. "$(dirname "$0")/lib.sh"

EXP="$TOP/tests/blackbox/expected"
export TZ=UTC
# openpyxl comes from Debian (python3-openpyxl): the system python has it
# even where another python3 is first on PATH.
PY=python3
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3

# Deterministic input: every file dated by its mtime gets the same one,
# a few days back so that nothing it dates goes stale as time passes; the
# day is replaced by MTIME below.  Documents dated in their text keep
# their dates.
cp -r "$TOP/examples/share" "$TMP/share"
day=$(date -u -d '10 days ago' +%Y-%m-%d)
find "$TMP/share" -exec touch -h -d "$day 12:00:00 UTC" {} +
"$EVIDENCECTL" --rules "$TOP/rules" --site-rules "$TOP/examples/rules.d" \
	scan "$TMP/share" --level 2 --output "$TMP/status.json" >/dev/null 2>&1 ||
	die "scan failed"
export EVIDENCED_STATUS="$TMP/status.json"
nclauses=$(json_get "$TMP/status.json" "len(d['clauses'])")

# normalise FILE: the share's place and the run's days are not the form's.
normalise() {
	sed -e "s|$TMP/share|SHARE|g" -e "s/$day/MTIME/g" \
	    -e 's/^- 评估时间：.*/- 评估时间：GENERATED/' "$1"
}

# compare NAME: the report against its expected file, row by row.
compare() {
	normalise "$TMP/report.$1" > "$TMP/got.$1"
	if [ "${UPDATE_EXPECTED:-}" = 1 ]; then
		mkdir -p "$EXP"
		cp "$TMP/got.$1" "$EXP/examples-level2.$1"
		echo "updated $EXP/examples-level2.$1"
	fi
	if ! diff -u "$EXP/examples-level2.$1" "$TMP/got.$1" > "$TMP/diff"; then
		cat "$TMP/diff"
		die "$1 report differs from tests/blackbox/expected/examples-level2.$1"
	fi
}

ectl report --format md > "$TMP/report.md" || die "report --format md failed"
compare md
rows=$(grep -c '^| [0-9a-z]' "$TMP/report.md")
[ "$rows" -eq "$nclauses" ] || die "md: $rows rows for $nclauses clauses"
ok "md: one row per clause ($nclauses), as expected"

ectl report --format csv -o "$TMP/report.csv" || die "report --format csv failed"
head -c 3 "$TMP/report.csv" | od -An -tx1 | grep -q 'ef bb bf' || die "csv has no BOM"
compare csv
ok "csv: UTF-8 with BOM, as expected"

# xlsx: read back, compared cell by cell with the csv and the status.
ectl report --format xlsx -o "$TMP/report.xlsx" || die "report --format xlsx failed"
ectl report --format xlsx > "$TMP/stdout.xlsx" || die "report --format xlsx to a pipe failed"
[ "$(head -c 2 "$TMP/stdout.xlsx")" = PK ] || die "xlsx on a pipe is not a zip"
$PY - "$TMP/report.xlsx" "$TMP/report.csv" "$TMP/status.json" <<'PY' || die "xlsx check failed"
import csv, json, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["自评估表"]
rows = [[("" if c is None else str(c)) for c in r] for r in ws.iter_rows(values_only=True)]
with open(sys.argv[2], encoding="utf-8-sig", newline="") as f:
    want = list(csv.reader(f))
doc = json.load(open(sys.argv[3]))
verdict = {"covered": "符合", "partial": "部分符合", "stale": "部分符合",
           "missing": "不符合", "not_applicable": "不适用"}
assert rows[0] == ["序号", "要点", "条款", "需提供证明材料", "自评估结论", "证明材料清单"], rows[0]
assert len(rows) == len(doc["clauses"]) + 1, (len(rows), len(doc["clauses"]))
for got, w, c in zip(rows[1:], want[1:], doc["clauses"]):
    w = [x.replace("\r\n", "\n").lstrip("'") for x in w]
    assert got == w, (got, w)
    assert got[0] == c["id"], (got[0], c["id"])
    assert got[4] == verdict[c["state"]], (c["id"], got[4], c["state"])
assert ws.freeze_panes == "A2", ws.freeze_panes
rules = [r for cf in ws.conditional_formatting for r in cf.rules]
assert len(rules) == 4, rules
assert ws.cell(row=2, column=3).alignment.wrap_text
print("xlsx rows", len(rows) - 1)
PY
ok "xlsx: read back with openpyxl, same rows as the csv, verdicts match the status"

# html: parsed; links open the share's files; nothing from the network.
ectl report --format html --share-url "file://$TMP/share/" -o "$TMP/report.html" ||
	die "report --format html failed"
$PY - "$TMP/report.html" "$TMP/status.json" "file://$TMP/share/" "$TMP/share" <<'PY' || die "html check failed"
import json, os, sys, urllib.parse
from html.parser import HTMLParser
doc = json.load(open(sys.argv[2]))
base, share = sys.argv[3], sys.argv[4]

class P(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self.hrefs, self.bad, self.cells = [], [], [], None
        self.in_form = False
        self.td = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for k, v in attrs:
            if v and ("http://" in v or "https://" in v or v.startswith("//")):
                self.bad.append((tag, k, v))
        if tag in ("script", "link", "img", "iframe", "object"):
            self.bad.append((tag, a))
        if tag == "table" and a.get("class") == "form":
            self.in_form = True
        if self.in_form and tag == "tr" and "class" in a:
            self.cells = []
            self.rows.append((a["class"], a.get("id"), self.cells))
        if self.in_form and tag == "td":
            self.td = []
        if tag == "a":
            self.hrefs.append(a["href"])
    def handle_endtag(self, tag):
        if tag == "td" and self.td is not None:
            self.cells.append("".join(self.td))
            self.td = None
        if tag == "table":
            self.in_form = False
    def handle_data(self, data):
        if self.td is not None:
            self.td.append(data)

p = P()
p.feed(open(sys.argv[1], encoding="utf-8").read())
assert not p.bad, p.bad
assert len(p.rows) == len(doc["clauses"]), (len(p.rows), len(doc["clauses"]))
verdict = {"covered": "符合", "partial": "部分符合", "stale": "部分符合",
           "missing": "不符合", "not_applicable": "不适用"}
cls = {"covered": "s-covered", "partial": "s-partial", "stale": "s-stale",
       "missing": "s-missing", "not_applicable": "s-na"}
for (klass, rid, cells), c in zip(p.rows, doc["clauses"]):
    assert rid == "c-" + c["id"], (rid, c["id"])
    assert klass.split()[0] == cls[c["state"]], (c["id"], klass)
    assert cells[0] == c["id"] and cells[4] == verdict[c["state"]], (c["id"], cells)
assert p.hrefs, "no links"
for h in p.hrefs:
    assert h.startswith(base), h
    path = urllib.parse.unquote(h[len(base):])
    assert os.path.isfile(os.path.join(share, path)), ("link to nothing", h)
print("html rows", len(p.rows), "links", len(p.hrefs))
PY
ok "html: one row per clause, verdicts and highlights match, every link opens a file, no network"

if command -v chromium >/dev/null 2>&1; then
	# A real browser, no network at all: a proxy that refuses everything.
	timeout 120 chromium --headless --no-sandbox --disable-gpu \
		--proxy-server=127.0.0.1:9 --dump-dom "file://$TMP/report.html" \
		> "$TMP/dom.html" 2>/dev/null || die "chromium could not render the html"
	n=$(grep -o '<tr class="s-' "$TMP/dom.html" | wc -l)
	[ "$n" -eq "$nclauses" ] || die "chromium DOM has $n rows, want $nclauses"
	ok "html rendered by headless chromium: $n rows"
else
	ok "html not rendered: chromium is not installed (optional)"
fi

# --level 1 from a level-2 status equals the report of a level-1 scan.
ectl report --format md --level 1 > "$TMP/l1-from-2.md"
"$EVIDENCECTL" --rules "$TOP/rules" --site-rules "$TOP/examples/rules.d" \
	scan "$TMP/share" --level 1 --output "$TMP/status1.json" >/dev/null 2>&1 || true
ectl --status "$TMP/status1.json" report --format md > "$TMP/l1.md"
grep '^|' "$TMP/l1.md" > "$TMP/a"
grep '^|' "$TMP/l1-from-2.md" > "$TMP/b"
diff -u "$TMP/a" "$TMP/b" || die "report --level 1 differs from the report of a level-1 scan"
grep -q '申报级别：一级' "$TMP/l1-from-2.md" || die "--level 1 report does not say 一级"
ok "--level 1 of a level-2 status = the level-1 scan's form"

# Usage errors.
set +e
ectl report > /dev/null 2>&1; rc=$?
[ "$rc" -eq 2 ] || die "report without --format: exit $rc, want 2"
ectl report --format pdf > /dev/null 2>&1; rc=$?
[ "$rc" -eq 2 ] || die "report --format pdf: exit $rc, want 2"
ectl --status "$TMP/nonexistent.json" report --format md > /dev/null 2>&1; rc=$?
[ "$rc" -eq 2 ] || die "report of a missing status: exit $rc, want 2"
set -e
ok "report usage errors exit 2"

# ---- terminal views: Chinese by default, aligned by display width ------

env -u LC_ALL -u LC_MESSAGES LANG= "$EVIDENCECTL" status > "$TMP/st.zh" || true
grep -q '^要点 .*符合 .*部分 .*缺失 .*过期 .*不适用$' "$TMP/st.zh" || die "status is not Chinese: $(head -4 "$TMP/st.zh")"
grep -q '^未符合的条款' "$TMP/st.zh" || die "status has no 未符合的条款"
$PY - "$TMP/st.zh" <<'PY' || die "status columns do not line up"
import sys, unicodedata
def width(s):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
start = next(i for i, l in enumerate(lines) if l.startswith("要点"))
table = lines[start:lines.index("", start)]
assert len(table) >= 4, table
widths = {width(l) for l in table}
assert len(widths) == 1, [(width(l), l) for l in table]
# Every count column ends where its header ends.
PY
LC_ALL=C "$EVIDENCECTL" status > "$TMP/st.en" || true
grep -q '^Phase .*covered partial missing   stale     n/a$' "$TMP/st.en" || die "LC_ALL=C status is not English: $(head -4 "$TMP/st.en")"
"$EVIDENCECTL" --lang en missing > "$TMP/mi.en" || true
grep -q '^missing ' "$TMP/mi.en" || die "missing --lang en is not English"
env -u LC_ALL LANG=zh_CN.UTF-8 "$EVIDENCECTL" show 36 > "$TMP/show.zh" || die "show 36"
grep -q '^条款 36  部分$' "$TMP/show.zh" || die "show is not Chinese: $(head -2 "$TMP/show.zh")"
grep -q '^    缺失    系统恢复计划$' "$TMP/show.zh" || die "show item lines: $(cat "$TMP/show.zh")"
set +e
"$EVIDENCECTL" --lang fr status > /dev/null 2>&1; rc=$?
set -e
[ "$rc" -eq 2 ] || die "--lang fr: exit $rc, want 2"
# A file name with an escape sequence reaches the terminal escaped.
$PY - "$TMP/status.json" "$TMP/esc.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
c = next(c for c in d["clauses"] if c["id"] == "36")
c["evidence"][0]["files"][0]["path"] = "SLA/\x1b[31mevil\nline.docx"
json.dump(d, open(sys.argv[2], "w"))
PY
"$EVIDENCECTL" --status "$TMP/esc.json" show 36 > "$TMP/show.esc"
grep -q 'SLA/\\x1b\[31mevil\\x0aline.docx' "$TMP/show.esc" || die "file name not escaped: $(cat -v "$TMP/show.esc")"
esc=$(printf '\033')
grep -q "$esc" "$TMP/show.esc" && die "raw escape sequence printed"
ok "status/show/missing: Chinese by default, English for C or --lang en, columns aligned, names escaped"

# ---- check: the Nagios plugin ------------------------------------------

# craft OUT PYCODE: the status with a live daemon block, then PYCODE
# applied to the document d.
craft() {
	$PY - "$TMP/status.json" "$1" "$$" "$2" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["daemon"] = {"pid": int(sys.argv[3]), "started_at": d["generated_at"]}
for c in d["clauses"]:
    if c["state"] != "not_applicable":
        c["state"] = "covered"
exec(sys.argv[4])
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
}

# expect_check WANT FILE [ARGS...]: exit code and one line of output.
expect_check() {
	want=$1 f=$2
	shift 2
	set +e
	"$EVIDENCECTL" check --status "$f" "$@" > "$TMP/check.out" 2>&1
	rc=$?
	set -e
	[ "$rc" -eq "$want" ] || die "check $f $*: exit $rc, want $want: $(cat "$TMP/check.out")"
	[ "$(wc -l < "$TMP/check.out")" -eq 1 ] || die "check printed more than one line: $(cat "$TMP/check.out")"
}

set_state='next(c for c in d["clauses"] if c["id"] == "35")["state"] = '
craft "$TMP/ok.json" ''
expect_check 0 "$TMP/ok.json"
grep -Eq '^EVIDENCED OK - [0-9]+/[0-9]+ clauses covered \| covered=[0-9]+;;;0;[0-9]+ partial=0 missing=0 stale=0$' "$TMP/check.out" ||
	die "OK line: $(cat "$TMP/check.out")"
craft "$TMP/partial.json" "${set_state}'partial'"
expect_check 1 "$TMP/partial.json"
grep -q '^EVIDENCED WARNING - 1 partial (35)' "$TMP/check.out" || die "WARNING line: $(cat "$TMP/check.out")"
craft "$TMP/missing.json" "${set_state}'missing'"
expect_check 2 "$TMP/missing.json"
grep -q 'missing=1 stale=0$' "$TMP/check.out" || die "CRITICAL perfdata: $(cat "$TMP/check.out")"
craft "$TMP/stale.json" "${set_state}'stale'"
expect_check 2 "$TMP/stale.json"
grep -q '^EVIDENCED CRITICAL - 1 stale (35)' "$TMP/check.out" || die "stale line: $(cat "$TMP/check.out")"
ok "check: covered 0, partial 1, missing 2, stale 2"

craft "$TMP/old.json" 'd["generated_at"] = "2020-01-01T00:00:00Z"'
expect_check 3 "$TMP/old.json" --max-age 1h
grep -q '^EVIDENCED UNKNOWN - the status is [0-9]*s old' "$TMP/check.out" || die "old line: $(cat "$TMP/check.out")"
expect_check 0 "$TMP/old.json"
craft "$TMP/nodaemon.json" 'del d["daemon"]'
expect_check 3 "$TMP/nodaemon.json"
sh -c 'exit 0' & gone=$!
wait "$gone"
craft "$TMP/gone.json" "d['daemon']['pid'] = $gone"
expect_check 3 "$TMP/gone.json"
grep -q "pid $gone) is not running" "$TMP/check.out" || die "gone line: $(cat "$TMP/check.out")"
printf '{"version": 1, "clau' > "$TMP/trunc.json"
expect_check 3 "$TMP/trunc.json"
expect_check 3 "$TMP/nonexistent.json"
grep -q '^EVIDENCED UNKNOWN - cannot read the status' "$TMP/check.out" || die "unreadable line: $(cat "$TMP/check.out")"
expect_check 3 "$TMP/ok.json" --max-age soon
ok "check: old, no daemon, daemon gone, truncated, missing, bad --max-age: 3"
