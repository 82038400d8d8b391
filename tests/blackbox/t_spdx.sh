# SPDX-License-Identifier: AGPL-3.0-or-later
# t_spdx.sh - every source file names its licence in its first lines (after
# a #! line) and LICENSE holds the AGPL-3.0 text it refers to.
. "$(dirname "$0")/lib.sh"

cd "$TOP"
grep -q "GNU AFFERO GENERAL PUBLIC LICENSE" LICENSE || die "LICENSE is not the AGPL"
grep -q "Version 3, 19 November 2007" LICENSE || die "LICENSE is not AGPL version 3"
n=0
for f in Makefile .ci/run $(find src include scripts bench examples tests \
	-type f \( -name '*.[ch]' -o -name '*.sh' -o -name '*.py' \) \
	! -path 'tests/data/office/*' ! -path 'tests/data/text/*' \
	! -path 'tests/data/pdf/*' ! -path 'examples/share/*') $(ls scripts/*); do
	line=$(sed -n '1{/^#!/d;p;q};2p' "$f" | head -n 1)
	case $line in
	*"SPDX-License-Identifier: AGPL-3.0-or-later"*) n=$((n + 1)) ;;
	*) die "$f: first line is not the SPDX line: $line" ;;
	esac
done
[ "$n" -gt 60 ] || die "only $n source files found"
ok "$n source files carry the SPDX line; LICENSE is the AGPL-3.0"
