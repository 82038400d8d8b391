# SPDX-License-Identifier: AGPL-3.0-or-later
# t_lint.sh - `evidencectl lint`: the shipped pack and the example drop-in
# are clean; broken rules give file:line errors and exit 2, never a crash.
. "$(dirname "$0")/lib.sh"

out=$(ectl lint 2>&1) || die "shipped pack does not lint: $out"
echo "$out" | grep -q "rules ok: 71 clauses" || die "pack is not 71 clauses: $out"
ok "shipped pack: $out"

out=$("$EVIDENCECTL" lint "$TOP/rules" "$TOP/examples/rules.d" 2>&1) ||
	die "pack + example drop-in do not lint: $out"
ok "pack + example drop-in: $out"

mkdir "$TMP/bad"
cat > "$TMP/bad/10-bad.rules" <<'R'
# a comment
[1]
text = 条款
levels = 1 2
[1/a]
label = 甲
name = (unclosed
nmae = typo
[2]
text = 条款
levels = 4
[2/b]
label = 乙
R
set +e
out=$("$EVIDENCECTL" lint "$TMP/bad" 2>&1)
rc=$?
set -e
[ "$rc" -eq 2 ] || die "lint exit $rc, want 2: $out"
echo "$out" | grep -q "10-bad.rules:7: .*missing closing parenthesis" ||
	die "no file:line for the bad regex: $out"
echo "$out" | grep -q "10-bad.rules:8: .*unknown key 'nmae'" ||
	die "no file:line for the unknown key: $out"
echo "$out" | grep -q "10-bad.rules:11: .*level" ||
	die "no file:line for levels out of range: $out"
echo "$out" | grep -q "10-bad.rules:12: .*no pattern" ||
	die "no file:line for an item without pattern: $out"
ok "bad rules: exit 2 with file:line for each error"

printf '[1\ntext = x\n' > "$TMP/bad/20-syntax.rules"
set +e
out=$("$EVIDENCECTL" lint "$TMP/bad/20-syntax.rules" 2>&1)
rc=$?
set -e
[ "$rc" -eq 2 ] || die "syntax error: exit $rc, want 2"
echo "$out" | grep -q "20-syntax.rules:1:" || die "syntax error not at line 1: $out"
ok "syntax error: $out"

# A scan with broken rules refuses to run rather than guess.
set +e
"$EVIDENCECTL" --rules "$TMP/bad" scan "$TMP" >/dev/null 2>&1
rc=$?
set -e
[ "$rc" -eq 2 ] || die "scan with bad rules: exit $rc, want 2"
ok "scan with broken rules exits 2"
