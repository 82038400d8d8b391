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

# The shipped pack says which kinds of document prove each item; a drop-in's
# own item may leave kinds out (it then accepts any kind).
mkdir "$TMP/kpack" "$TMP/kdrop"
printf '[1]\ntext = t\nlevels = 1 2\n[1/a]\nlabel = a\nname = abc\n' > "$TMP/kpack/10-a.rules"
set +e
out=$("$EVIDENCECTL" lint "$TMP/kpack" 2>&1)
rc=$?
set -e
[ "$rc" -eq 2 ] || die "pack item without kinds: exit $rc, want 2: $out"
echo "$out" | grep -q "10-a.rules:4: item 1/a has no 'kinds'" ||
	die "no file:line for the item without kinds: $out"
printf 'kinds = record\n' >> "$TMP/kpack/10-a.rules"
printf '[1/b]\nlabel = b\nname = xyz\n' > "$TMP/kdrop/50-site.rules"
out=$("$EVIDENCECTL" lint "$TMP/kpack" "$TMP/kdrop" 2>&1) ||
	die "a drop-in item without kinds was rejected: $out"
ok "pack item without kinds: exit 2 with file:line; a drop-in's item may omit it"

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
