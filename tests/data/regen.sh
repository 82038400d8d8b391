#!/bin/sh
# SPDX-License-Identifier: AGPL-3.0-or-later
# regen.sh - regenerate every committed fixture and the example share.
#
#   sh tests/data/regen.sh
#
# Installs what the generators need (scripts/deps.sh fixtures: python3-docx,
# openpyxl, reportlab, PIL, LibreOffice for .doc/.xls), then runs each
# generator.  Outputs are deterministic; commit them.  Tests never run this.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
sh "$top/scripts/deps.sh" fixtures
/usr/bin/python3 "$top/tests/data/gen-office.py"
/usr/bin/python3 "$top/tests/data/gen-sections.py"
sh "$top/tests/data/gen-text-pdf.sh"
/usr/bin/python3 "$top/examples/make-share.py"
echo "fixtures regenerated; review with: git status tests/data examples"
