# SPDX-License-Identifier: AGPL-3.0-or-later
# t_fasttype.sh - the cheap decisions change no verdict: a scan with the
# fast type detection and the literal prefilter gives the same status
# document, byte for byte (generated_at aside), as one with
# EVIDENCED_FULL_MAGIC=1 EVIDENCED_NO_PREFILTER=1 (libmagic's full tests
# on every file, the pattern unions on every subject), on the example
# share, on every fixture and on a generated benchmark share.
. "$(dirname "$0")/lib.sh"

# same NAME SHARE [ARGS...]: scan twice, compare.
same() {
	name=$1 share=$2
	shift 2
	"$EVIDENCECTL" --rules "$TOP/rules" "$@" scan "$share" --json \
	    > "$TMP/fast.json" 2> "$TMP/fast.err" ||
		[ $? -le 1 ] || die "$name: fast scan failed: $(cat "$TMP/fast.err")"
	EVIDENCED_FULL_MAGIC=1 EVIDENCED_NO_PREFILTER=1 \
	    "$EVIDENCECTL" --rules "$TOP/rules" "$@" scan "$share" --json \
	    > "$TMP/full.json" 2> "$TMP/full.err" ||
		[ $? -le 1 ] || die "$name: full scan failed: $(cat "$TMP/full.err")"
	grep -v '"generated_at"' "$TMP/fast.json" > "$TMP/fast.cmp"
	grep -v '"generated_at"' "$TMP/full.json" > "$TMP/full.cmp"
	# A comparison of two empty documents would prove nothing.
	n=$(json_get "$TMP/full.json" "d['files_indexed']")
	[ "$n" -gt 0 ] || die "$name: nothing indexed"
	if ! cmp -s "$TMP/fast.cmp" "$TMP/full.cmp"; then
		diff -u "$TMP/full.cmp" "$TMP/fast.cmp" | head -40
		die "$name: the fast path changed the status"
	fi
	ok "$name: $n files, identical status with and without the fast path"
}

cp -r "$TOP/examples/share" "$TMP/example"
same "examples/share" "$TMP/example" --no-site-rules
same "examples/share + examples/rules.d" "$TMP/example" \
    --site-rules "$TOP/examples/rules.d"

# Every fixture, as one share: truncated, encrypted, bombs, GBK, UTF-16.
cp -r "$TOP/tests/data" "$TMP/fixtures"
same "tests/data" "$TMP/fixtures" --no-site-rules

# The standard benchmark share, small: logs, JPEG-like blobs, Chinese
# notes and copies of the real documents.
GEN=$TOP/../shared/bench/make-share.py
if [ ! -f "$GEN" ]; then
	echo "skip - $GEN not found: no generated share"
	exit 0
fi
mkdir -p "$TMP/docs"
for d in tests/data/office tests/data/pdf tests/data/text examples/share; do
	find "$TOP/$d" -type f \( -name '*.docx' -o -name '*.xlsx' \
	    -o -name '*.pptx' -o -name '*.pdf' -o -name '*.odt' \
	    -o -name '*.ods' -o -name '*.doc' -o -name '*.xls' \
	    -o -name '*.txt' \) -size +0 -exec cp {} "$TMP/docs/" \;
done
python3 "$GEN" "$TMP/docs" "$TMP/bench" "${FASTTYPE_FILES:-2000}" >/dev/null ||
	die "make-share.py failed"
same "generated share" "$TMP/bench" --no-site-rules
