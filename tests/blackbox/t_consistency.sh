# SPDX-License-Identifier: AGPL-3.0-or-later
# t_consistency.sh - after 2,000 seeded random operations on a share the
# daemon watches (copies, renames, moves out and in, deletes, mkdir -p,
# directory renames, rm -rf, saves via rename, overwrites), once settled,
# its status equals `evidencectl scan` of the same tree: every clause,
# every item, every file, every problem.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/daemon_lib.sh"

cp -r "$TOP/examples/share/." "$SHARE/"
mkdir -p "$TMP/sources"
cp -r "$TOP/examples/share/." "$TMP/sources/"
cp "$TOP/tests/data/office/truncated.docx" "$TOP/tests/data/text/gbk.txt" "$TMP/sources/"
start_daemon
python3 "$TOP/tests/blackbox/churn.py" "$SHARE" "$OUTSIDE" "$TMP/sources" \
	"${CHURN_OPS:-2000}" "${CHURN_SEED:-42}" > "$TMP/churn" || die "churn failed"
settled
same_as_scan
ok "after $(cat "$TMP/churn"): the daemon's status equals a scan"
stop_daemon
