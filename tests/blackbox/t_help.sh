# SPDX-License-Identifier: AGPL-3.0-or-later
# t_help.sh - --help and the man page agree with the code: every long
# option of longopts (and its short letter) is in both, and every option
# --help names exists.
. "$(dirname "$0")/lib.sh"

# check_options SRC MAN BINARY: the three agree.
check_options() {
	src=$1 man=$2 bin=$3
	sed -n '/longopts\[\] = {/,/^};/p' "$src" |
		sed -n 's/.*{ "\([a-z-]*\)", [a-z_]*, NULL, \([^ ]*\) }.*/\1 \2/p' > "$TMP/opts"
	n=$(wc -l < "$TMP/opts")
	[ "$n" -ge 10 ] || die "$src: found only $n options in longopts"
	"$bin" --help > "$TMP/help" || die "$bin --help failed"
	while read -r name val; do
		grep -q -- "--$name\b" "$TMP/help" || die "$bin: --$name is not in --help"
		mname=$(printf '%s' "$name" | sed 's/-/\\\\-/g')
		grep -q -- "\\\\-\\\\-$mname\b" "$man" || die "--$name is not in $man"
		case $val in
		\'?\')
			c=$(printf '%s' "$val" | tr -d "'")
			grep -q -- "-$c, --$name" "$TMP/help" || die "$bin: -$c is not in --help with --$name"
			grep -q -- "\\\\-$c[ \"]*, *\\\\-\\\\-$mname" "$man" || die "-$c is not in $man with --$name"
			;;
		esac
	done < "$TMP/opts"
	ok "$(basename "$bin"): $n long options, and their letters, in --help and the man page"

	grep -o -- '--[a-z][a-z-]*' "$TMP/help" | sort -u | while read -r opt; do
		grep -q "^${opt#--} " "$TMP/opts" || die "$bin --help names $opt, which the code does not have"
	done
	ok "$(basename "$bin"): every option --help names exists"
}
check_options "$TOP/src/evidencectl.c" "$TOP/doc/evidencectl.1" "$EVIDENCECTL"
check_options "$TOP/src/evidenced.c" "$TOP/doc/evidenced.8" "$EVIDENCED"

# The configuration installed to /etc has every key commented out with its
# default: uncommented, it must still load.
sed 's/^#\([a-z_]* *=\)/\1/' "$TOP/examples/evidenced.conf" > "$TMP/all.conf"
grep -q '^max_pdf_pages *= *2000' "$TMP/all.conf" || die "example configuration not as expected"
"$EVIDENCECTL" --config "$TMP/all.conf" --rules "$TOP/rules" --no-site-rules lint >/dev/null ||
	die "the example configuration, uncommented, does not load"
ok "examples/evidenced.conf loads with every key uncommented"
