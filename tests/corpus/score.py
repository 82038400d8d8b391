#!/usr/bin/python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""score.py - how right is evidenced on the corpus?  Figures per part (dev / held-out).

    /usr/bin/python3 tests/corpus/score.py [--corpus build/corpus] [--truth tests/corpus/truth]
        [--evidencectl build/evidencectl] [--rules rules] [--details] [--show-heldout]

Scans every share with `evidencectl --rules RULES --no-site-rules scan SHARE --json` at
level 1 and at level 2 (so that every clause is measured: each clause is taken from the
level it applies to), under faketime at the corpus's anchor date when faketime is
installed, and compares with the committed ground truth (see tests/corpus/README.md).

The held-out part is neither scanned nor printed unless --show-heldout is given (make
accuracy HELDOUT=1): whoever tunes rules or extractors must not see its figures; it is scored
once, at the end of a piece of work, and reported.
--details lists the dev part's false coverage, misses and false attributions (with
--show-heldout the held-out part's too); --files adds each dev file's wrong or missing
clauses.
Exit status 0 after printing, 2 on a usage or truth error, 3 when a scan fails.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
ANCHOR = "2026-11-30 12:00:00"


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]


def load_truth(tdir):
    files, clauses = {}, {}
    for row in read_tsv(os.path.join(tdir, "files.tsv")):
        share, part, path, verdict, cls, items, _date, fresh, note = row
        files[(share, path)] = {"part": part, "verdict": verdict, "note": note, "fresh": fresh,
                                "clauses": set() if cls == "-" else {int(c) for c in cls.split(",")},
                                "items": set() if items == "-" else set(items.split(","))}
    parts = {}
    for row in read_tsv(os.path.join(tdir, "clauses.tsv")):
        share, part, cl, expected = row[0], row[1], int(row[2]), row[3]
        clauses[(share, cl)] = {"covered": expected == "covered", "missing": row[4]}
        parts[share] = part
    return files, clauses, parts


def scan(ectl, rules, share_dir, level):
    cmd = [ectl, "--rules", rules, "--no-site-rules", "--quiet", "scan", share_dir, "--level", str(level), "--json"]
    if shutil.which("faketime"):
        cmd = ["faketime", "-f", "@" + ANCHOR] + cmd
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode not in (0, 1):
        sys.stderr.write("score: scan of %s failed (%d): %s\n" % (share_dir, p.returncode, p.stderr.decode(errors="replace")))
        sys.exit(3)
    return json.loads(p.stdout)


def observe(docs):
    """Clause states and attributions from the level-1 and level-2 status documents."""
    state, attr, items = {}, defaultdict(set), {}
    for d in docs:
        for c in d["clauses"]:
            if not c["id"].isdigit() or c["state"] == "not_applicable":
                continue
            cl = int(c["id"])
            state[cl] = c["state"]
            items[cl] = c["evidence"]
            for e in c["evidence"]:
                for f in e["files"]:
                    attr[f["path"]].add(cl)
    return state, attr, items


def pct(a, b):
    return "%5.1f%%" % (100.0 * a / b) if b else "   - "


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=os.path.join(TOP, "build", "corpus"))
    ap.add_argument("--truth", default=os.path.join(HERE, "truth"))
    ap.add_argument("--evidencectl", default=os.path.join(TOP, "build", "evidencectl"))
    ap.add_argument("--rules", default=os.path.join(TOP, "rules"))
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--show-heldout", action="store_true",
                    help="also scan and print the held-out part (only at the very end of a piece of work)")
    ap.add_argument("--files", action="store_true", help="per dev file: false and missed clauses")
    a = ap.parse_args()

    tfiles, tclauses, parts = load_truth(a.truth)
    if not shutil.which("faketime"):
        sys.stderr.write("score: faketime not installed: scanning as of today, not %s; "
                         "records may have gone stale (scripts/deps.sh corpus)\n" % ANCHOR[:10])

    totals = {p: defaultdict(int) for p in ("dev", "heldout")}
    detail = {p: [] for p in ("dev", "heldout")}
    falseattr = {p: defaultdict(list) for p in ("dev", "heldout")}
    perfile = []
    # Share ids are a style's letters and a number (a12, aa3): by number, then style.
    for share in sorted(parts, key=lambda s: (parts[s] != "dev", int(re.sub(r"^[a-z]+", "", s)),
                                               re.sub(r"\d+$", "", s))):
        part = parts[share]
        if part != "dev" and not a.show_heldout:
            continue
        sdir = os.path.join(a.corpus, share)
        if not os.path.isdir(sdir):
            sys.stderr.write("score: %s missing; run make accuracy (it generates the corpus)\n" % sdir)
            sys.exit(2)
        on_disk = set()
        for root, dirs, names in os.walk(sdir):
            for n in names:
                on_disk.add(os.path.relpath(os.path.join(root, n), sdir))
        in_truth = {p for (s, p) in tfiles if s == share}
        if on_disk != in_truth:
            sys.stderr.write("score: %s does not match the truth (%d files only on disk, %d only in the truth); "
                             "regenerate with make corpus-regen\n" % (share, len(on_disk - in_truth), len(in_truth - on_disk)))
            sys.exit(2)
        state, attr, items = observe([scan(a.evidencectl, a.rules, sdir, lv) for lv in (1, 2)])
        t = totals[part]
        t["shares"] += 1
        for cl in range(1, 72):
            want = tclauses[(share, cl)]["covered"]
            got = state.get(cl) == "covered"
            t["truth_covered"] += want
            t["truth_not"] += not want
            if want and got:
                t["recall_hit"] += 1
            elif got and not want:
                t["false_cov"] += 1
                why = tclauses[(share, cl)]["missing"]
                made = sorted({f["path"] for e in items[cl] for f in e["files"]})
                detail[part].append("FALSE COVERAGE %s §%d (truth misses %s) by: %s" % (share, cl, why, " | ".join(made)))
            elif want and not got:
                lines = []
                for e in items.get(cl, []):
                    if e["state"] == "found":
                        continue
                    cands = "; ".join("%s: %s" % (c["path"], c.get("reason", "")) for c in e.get("candidates", [])[:3])
                    lines.append("%s=%s%s" % (e["id"], e["state"], (" [" + cands + "]") if cands else ""))
                detail[part].append("MISS %s §%d %s: %s" % (share, cl, state.get(cl), " / ".join(lines)))
        decoys = set()
        for path, cls in attr.items():
            tf = tfiles.get((share, path))
            for cl in cls:
                t["attr"] += 1
                if tf is None or cl not in tf["clauses"]:
                    t["attr_false"] += 1
                    falseattr[part][cl].append("%s:%s (%s)" % (share, path, tf["note"] if tf else "not in truth"))
                    if tf is not None and tf["verdict"] == "decoy":
                        decoys.add(path)
        for (s, path), tf in tfiles.items():
            if s != share:
                continue
            for cl in tf["clauses"]:
                t["pairs"] += 1
                t["pairs_hit"] += cl in attr.get(path, set())
            if part == "dev":
                got = attr.get(path, set())
                wrong, missed = got - tf["clauses"], tf["clauses"] - got
                if wrong or missed:
                    perfile.append("%s:%s (%s)%s%s" % (
                        share, path, tf["note"],
                        " false " + ",".join(map(str, sorted(wrong))) if wrong else "",
                        " missed " + ",".join(map(str, sorted(missed))) if missed else ""))
        t["decoys"] += len(decoys)
        t["decoy_files"] += sum(1 for (s, p), tf in tfiles.items() if s == share and tf["verdict"] == "decoy")
        for p in sorted(decoys):
            detail[part].append("DECOY COUNTED %s:%s (%s) for %s" % (share, p, tfiles[(share, p)]["note"],
                                                                      ",".join(map(str, sorted(attr[p])))))

    print("evidenced accuracy on tests/corpus (rules: %s)" % os.path.relpath(a.rules, TOP))
    print("%-9s %7s %16s %16s %10s %18s %16s" % ("part", "shares", "clause recall", "false coverage",
                                                  "decoys", "false attributions", "file recall"))
    for part in ("dev", "heldout"):
        t = totals[part]
        if part == "heldout" and not a.show_heldout:
            print("%-9s %7s  (hidden: not scanned; --show-heldout, make accuracy HELDOUT=1, only at the end)" % (part, "-"))
            continue
        print("%-9s %7d %16s %16s %10s %18s %16s" % (
            part, t["shares"],
            "%s %d/%d" % (pct(t["recall_hit"], t["truth_covered"]), t["recall_hit"], t["truth_covered"]),
            "%d of %d" % (t["false_cov"], t["truth_not"]),
            "%d of %d" % (t["decoys"], t["decoy_files"]),
            "%s %d/%d" % (pct(t["attr_false"], t["attr"]), t["attr_false"], t["attr"]),
            "%s %d/%d" % (pct(t["pairs_hit"], t["pairs"]), t["pairs_hit"], t["pairs"])))
    shown = ["dev"] + (["heldout"] if a.show_heldout else [])
    if a.details:
        for part in shown:
            print("\n== %s: false coverage, misses, decoys" % part)
            for line in detail[part]:
                print(line)
            print("\n== %s: false attributions by clause" % part)
            for cl in sorted(falseattr[part]):
                print("§%d (%d): %s" % (cl, len(falseattr[part][cl]), " | ".join(falseattr[part][cl])))
    if a.files:
        print("\n== dev: files with false or missed clauses")
        for line in perfile:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
