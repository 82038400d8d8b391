# SPDX-License-Identifier: AGPL-3.0-or-later
"""gen-rules.py N OUT - a rule file of N evidence items (10 per clause),
each with its own name and title pattern, for timing the rule compiler:
compile time must grow linearly with N."""
import sys

n, out = int(sys.argv[1]), sys.argv[2]
with open(out, "w", encoding="utf-8") as f:
    for c in range((n + 9) // 10):
        f.write(f"[g{c}]\ntext = 条款{c}\nlevels = 1 2 3\n")
        for i in range(min(10, n - c * 10)):
            f.write(f"[g{c}/i{i}]\nlabel = 材料{c}-{i}\n"
                    f"name = 材料{c}号{i}\ntitle = 标题{c}号{i}\n"
                    "kinds = record\n")
