# SPDX-License-Identifier: AGPL-3.0-or-later
# t_corpus.sh - the accuracy corpus's ground truth (tests/corpus/truth) parses, names only
# clauses 1-71 and the form's items, agrees with itself, and is exactly what the generator
# writes for the files it generates.  make accuracy does the scoring; this only keeps the
# instrument sound, in a second, without generating any document.
. "$(dirname "$0")/lib.sh"

python3 "$TOP/tests/corpus/gen.py" --truth-only "$TMP/truth" ||
	die "gen.py --truth-only failed"
for f in files.tsv clauses.tsv; do
	cmp -s "$TMP/truth/$f" "$TOP/tests/corpus/truth/$f" ||
		die "tests/corpus/truth/$f is not what gen.py writes (make corpus-regen, review, commit)"
done
ok "committed truth = the generator's truth, file for file"

python3 - "$TOP/tests/corpus" <<'PY' || die "truth check failed"
import sys
sys.path.insert(0, sys.argv[1])
import gen
rows = lambda f: [l.rstrip("\n").split("\t") for l in open(sys.argv[1] + "/truth/" + f, encoding="utf-8")
                  if l.strip() and not l.startswith("#")]
items_of = {cl: {"%d/%s" % (cl, s if isinstance(s, str) else s[0]) for s in specs} for cl, specs in gen.REQ.items()}
assert sorted(items_of) == list(range(1, 72)), "REQ must list clauses 1-71"
files, parts, bad = {}, {}, []
for r in rows("files.tsv"):
    assert len(r) == 9, r
    share, part, path, verdict, cls, items = r[:6]
    assert part in ("dev", "heldout") and verdict in ("proves", "none", "decoy"), r
    assert parts.setdefault(share, part) == part, r
    cset = set() if cls == "-" else {int(c) for c in cls.split(",")}
    iset = set() if items == "-" else set(items.split(","))
    assert all(1 <= c <= 71 for c in cset), r
    assert {int(i.split("/")[0]) for i in iset} == cset, r
    assert all(i in items_of[int(i.split("/")[0])] for i in iset), r
    assert (verdict == "proves") == bool(cset), r
    assert (share, path) not in files, r
    files[(share, path)] = (iset, r[7])
shares = sorted(parts)
held = [s for s in shares if parts[s] == "heldout"]
# at least a third: seen held-out parts move to dev, so the next one is written larger
assert len(shares) >= 3 and 3 * len(held) >= len(shares), "at least a third of the shares is held out"
n = {}
for share, _ in files:
    n[share] = n.get(share, 0) + 1
assert sum(n.values()) >= 300, n
# every clause of every share, and its state follows from the files' items; the files are
# counted per (share, item) once, so the check stays linear in the truth's size
proving = {}
for (share, path), (iset, fresh) in files.items():
    for it in iset:
        n_all, n_fresh = proving.get((share, it), (0, 0))
        proving[(share, it)] = (n_all + 1, n_fresh + (fresh == "yes"))
seen = set()
for r in rows("clauses.tsv"):
    share, part, cl, want = r[0], r[1], int(r[2]), r[3]
    assert parts[share] == part and 1 <= cl <= 71 and want in ("covered", "not_covered"), r
    seen.add((share, cl))
    ok = True
    for spec in gen.REQ[cl]:
        spec = (spec, 1) if isinstance(spec, str) else spec
        it = "%d/%s" % (cl, spec[0])
        n_all, n_fresh = proving.get((share, it), (0, 0))
        ok = ok and (n_all if len(spec) > 2 else n_fresh) >= spec[1]
    assert ok == (want == "covered"), r
assert seen == {(s, c) for s in shares for c in range(1, 72)}, "71 clauses per share"
print("truth: %d files in %d shares (%d held out), %d decoys" % (
    len(files), len(shares), len(held), sum(1 for r in rows("files.tsv") if r[3] == "decoy")))
PY
ok "truth parses, clauses 1-71 only, items of the form, states follow from the files, at least a third held out"
