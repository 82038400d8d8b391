# SPDX-License-Identifier: AGPL-3.0-or-later
# lib.sh - helpers for black-box tests (sourced).
set -eu
: "${EVIDENCECTL:?}" "${TOP:?}"
TMP=$(mktemp -d)
# KEEP_TMP=1 keeps the test's files to look at after a failure.
if [ "${KEEP_TMP:-0}" = 1 ]; then
	trap 'echo "kept $TMP" >&2' EXIT INT TERM
else
	trap 'chmod -R u+rwx "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT INT TERM
fi

die() { echo "FAILED: $*" >&2; exit 1; }
ok() { echo "ok - $*"; }

# ectl ARGS...: run evidencectl with the repository's rules, no site dir.
ectl() { "$EVIDENCECTL" --rules "$TOP/rules" --no-site-rules "$@"; }

# json_get FILE PYEXPR: evaluate a Python expression over the document `d`.
json_get() {
	python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$1" "$2"
}

# state_of FILE ID: a clause's state in a status document.
state_of() {
	json_get "$1" "next(c['state'] for c in d['clauses'] if c['id']=='$2')"
}
