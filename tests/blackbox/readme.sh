# SPDX-License-Identifier: AGPL-3.0-or-later
# readme.sh - run the README's examples (sourced by t_readme.sh and
# t_install.sh): every ```sh block of README.md, line by line, in a copy
# of the checkout's examples/ and rules/, with `evidencectl` found in PATH.

# readme_examples BINDIR NAME: BINDIR holds the evidencectl to run.
readme_examples() {
	work="$TMP/readme-$2"
	mkdir "$work"
	cp -r "$TOP/examples" "$TOP/rules" "$work/"
	: > "$TMP/empty.conf"
	awk '/^```sh$/ { on = 1; next } /^```/ { on = 0 } on' "$TOP/README.md" \
		> "$TMP/examples-$2.txt"
	n=$(grep -c . "$TMP/examples-$2.txt") || die "README has no \`\`\`sh block"
	[ "$n" -ge 8 ] || die "README has only $n example lines"
	# One shell for the block, as a reader would type it; each line is
	# checked on its own.  Exit 1 is an answer (not everything covered)
	# only where the README says so: status, missing.
	{
		echo 'set -u; cd "$1"'
		while IFS= read -r line; do
			[ -n "$line" ] || continue
			q=$(printf '%s' "$line" | sed "s/'/'\\\\''/g")
			# The line may end in a comment: the redirection
			# goes on the next line.
			printf '%s\n' "{ $line" "} >>\"\$2/out\" 2>>\"\$2/err\""
			printf '%s\n' "rc=\$?; case '$q' in *' status'*|*' missing'*) ok=1 ;; *) ok=0 ;; esac"
			printf '%s\n' "[ \$rc -le \$ok ] || { echo \"exit \$rc:\" '$q'; tail -n 5 \"\$2/err\"; exit 1; }"
		done < "$TMP/examples-$2.txt"
	} > "$TMP/examples-$2.sh"
	PATH="$1:$PATH" EVIDENCED_CONFIG="$TMP/empty.conf" \
		sh "$TMP/examples-$2.sh" "$work" "$TMP" ||
		die "a README example failed ($2)"
	[ -s "$work/status.json" ] || die "README: the scan wrote no \$EVIDENCED_STATUS ($2)"
	grep -q "rules ok: 71 clauses" "$TMP/out" || die "README: lint printed no summary ($2)"
	grep -q "counts for" "$TMP/out" || die "README: explain counted nothing ($2)"
	rm -f "$TMP/out" "$TMP/err"
	ok "$n README example lines work ($2)"
}
