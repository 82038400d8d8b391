# SPDX-License-Identifier: AGPL-3.0-or-later
# t_example.sh - the bundled example share: every clause's state at level 2
# is what examples/share.expected says, and the decoys never count.
. "$(dirname "$0")/lib.sh"

# git does not keep mtimes, but a test must not depend on checkout time
# either: copy the share so that mtimes are "now" for every file.
cp -r "$TOP/examples/share" "$TMP/share"
ectl scan "$TMP/share" --level 2 --json > "$TMP/status.json" 2> "$TMP/err" ||
	die "scan failed: $(cat "$TMP/err")"

bad=0
while IFS='	' read -r id want; do
	case "$id" in ''|\#*) continue ;; esac
	got=$(state_of "$TMP/status.json" "$id")
	if [ "$got" != "$want" ]; then
		echo "clause $id: got $got, want $want"
		bad=$((bad + 1))
	fi
done < "$TOP/examples/share.expected"
[ "$bad" -eq 0 ] || die "$bad clauses differ from examples/share.expected"
n=$(grep -c '^[0-9]' "$TOP/examples/share.expected")
[ "$n" -eq 71 ] || die "share.expected lists $n clauses, want 71"
ok "all 71 clauses as expected at level 2"

paths=$(json_get "$TMP/status.json" "sorted({f['path'] for c in d['clauses'] for e in c['evidence'] for f in e['files']})")
for decoy in '.recycle' '#recycle' '模板' '~$' 'template' '草稿'; do
	if echo "$paths" | grep -qF -- "$decoy"; then
		die "decoy '$decoy' counted: $paths"
	fi
done
ok "no template, draft, lock file or recycle-bin copy counts"

# Level 1 differs only where the levels say so.
ectl scan "$TMP/share" --level 1 --json > "$TMP/l1.json" 2>/dev/null
json_get "$TMP/l1.json" "all((c['state']=='not_applicable') == (1 not in c['levels']) for c in d['clauses'])" | grep -qx True ||
	die "level 1: not_applicable does not follow the levels"
ok "level 1: not_applicable exactly where the clause is 仅二级"

# The example site drop-in: rows 72-78 become site clauses after 1-71, and
# its overrides take effect (clause 36 applies at level 1 too).
"$EVIDENCECTL" --rules "$TOP/rules" --site-rules "$TOP/examples/rules.d" \
	scan "$TMP/share" --level 1 --json > "$TMP/site.json" 2>/dev/null
json_get "$TMP/site.json" "[c['id'] for c in d['clauses']][71:]" | grep -q "'obs-1', 'obs-2', 'nc-1'" ||
	die "site clauses not listed after 71: $(json_get "$TMP/site.json" "[c['id'] for c in d['clauses']][68:]")"
[ "$(state_of "$TMP/site.json" obs-1)" = missing ] || die "obs-1 is not missing"
[ "$(state_of "$TMP/site.json" 36)" != not_applicable ] || die "levels override of 36 ignored"
ok "site drop-in: follow-up clauses 72-78 tracked, overrides applied"
