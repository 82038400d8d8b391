#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""extract_bench.py CTL DOCS_DIR - extraction throughput per format, and
agreement with reference extractors (pdftotext, docx2txt) on the same files.

For each format: files/s and MB/s of `evidencectl text --raw FILE` run once
per file (process start included, as for the reference tools), and for pdf
and docx the same for the reference tool, their ratio, and the share of the
reference's non-whitespace characters that our text contains (matched in
order, difflib)."""
import collections
import difflib
import os
import shutil
import subprocess
import sys
import time

REPEAT = 3
REFS = {
    "pdf": lambda f: ["pdftotext", "-q", f, "-"],
    "docx": lambda f: ["docx2txt", f, "-"],
}


def run(cmd):
    t = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t, p.stdout.decode("utf-8", "replace")


def squash(s):
    return "".join(s.split())


def agreement(ours, ref):
    a, b = squash(ours), squash(ref)
    if not b:
        return None
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(m.size for m in sm.get_matching_blocks()) / len(b)


def main():
    ctl, docs = sys.argv[1], sys.argv[2]
    by_fmt = collections.defaultdict(list)
    for f in sorted(os.listdir(docs)):
        by_fmt[f.rsplit(".", 1)[-1].lower()].append(os.path.join(docs, f))
    print(f"{'format':7} {'files':>5} {'MB':>7} {'ours f/s':>9} {'ours MB/s':>9} "
          f"{'ref f/s':>8} {'time ratio':>10} {'agreement':>9}")
    for fmt, files in sorted(by_fmt.items()):
        size = sum(os.path.getsize(f) for f in files) / 1e6
        ours_t, ref_t, agree = 0.0, 0.0, []
        ref = REFS.get(fmt)
        if ref and not shutil.which(ref("x")[0]):
            ref = None
        for f in files:
            for _ in range(REPEAT):
                t, ours = run([ctl, "text", "--raw", f])
                ours_t += t
                if ref:
                    t, theirs = run(ref(f))
                    ref_t += t
            if ref:
                a = agreement(ours, theirs)
                if a is not None:
                    agree.append(a)
        n = len(files) * REPEAT
        line = f"{fmt:7} {len(files):5} {size:7.2f} {n / ours_t:9.1f} {size * REPEAT / ours_t:9.2f}"
        if ref:
            ag = f"{100 * sum(agree) / len(agree):8.1f}%" if agree else "      n/a"
            line += f" {n / ref_t:8.1f} {ours_t / ref_t:9.2f}x {ag}"
        print(line)
    print("time ratio = our time / reference time on the same files (< 1: faster)")


if __name__ == "__main__":
    main()
