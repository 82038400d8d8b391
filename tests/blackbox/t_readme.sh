# SPDX-License-Identifier: AGPL-3.0-or-later
# t_readme.sh - every example of README.md (its ```sh blocks) works as
# written from a checkout: ./build/evidencectl finds the tree's rules/
# without --rules, scan writes $EVIDENCED_STATUS, status reads it.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/readme.sh"

mkdir "$TMP/bin"
ln -s "$EVIDENCECTL" "$TMP/bin/evidencectl"
readme_examples "$TMP/bin" checkout
