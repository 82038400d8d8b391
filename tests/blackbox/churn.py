#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""churn.py - seeded random file operations on a share, the way people
and Samba change one: copy in, rename, move out and back in, delete,
mkdir -p with files at once, directory renames, rm -rf, save via a temp
file and a rename, overwrite in place.

usage: churn.py SHARE OUTSIDE SOURCES_DIR N SEED
Prints one line per operation kind at the end (counts)."""
import os
import random
import shutil
import sys


def files_under(d):
    out = []
    for r, ds, fs in os.walk(d):
        ds[:] = [x for x in ds if not x.startswith(".")]
        out += [os.path.join(r, f) for f in fs]
    return out


def dirs_under(d):
    out = []
    for r, ds, _ in os.walk(d):
        ds[:] = [x for x in ds if not x.startswith(".")]
        out += [os.path.join(r, x) for x in ds]
    return out


def main():
    share, outside, sources, n, seed = sys.argv[1:6]
    n, rng = int(n), random.Random(int(seed))
    srcs = sorted(files_under(sources))
    os.makedirs(outside, exist_ok=True)
    counts = {}
    for i in range(n):
        fs, ds = files_under(share), dirs_under(share) + [share]
        op = rng.choice(["copy", "copy", "rename", "move_out", "move_in",
                         "delete", "mkdirs", "rename_dir", "rmtree",
                         "save_via_rename", "overwrite", "text"])
        try:
            if op == "copy" or not fs and op not in ("mkdirs", "move_in"):
                op = "copy"
                src = rng.choice(srcs)
                shutil.copyfile(src, os.path.join(
                    rng.choice(ds), f"{i:05d}-{os.path.basename(src)}"))
            elif op == "rename":
                f = rng.choice(fs)
                os.rename(f, os.path.join(rng.choice(ds),
                                          f"r{i}-" + os.path.basename(f)))
            elif op == "move_out":
                f = rng.choice(fs)
                os.rename(f, os.path.join(outside, f"{i}-" + os.path.basename(f)))
            elif op == "move_in":
                out = sorted(os.listdir(outside))
                if not out:
                    continue
                os.rename(os.path.join(outside, rng.choice(out)),
                          os.path.join(rng.choice(ds), f"in{i}.docx"))
            elif op == "delete":
                os.unlink(rng.choice(fs))
            elif op == "mkdirs":
                d = os.path.join(rng.choice(ds), f"新建{i}", "子目录", "更深")
                os.makedirs(d)
                for k in range(rng.randrange(1, 4)):
                    src = rng.choice(srcs)
                    shutil.copyfile(src, os.path.join(
                        d, f"{k}-{os.path.basename(src)}"))
            elif op == "rename_dir":
                cand = dirs_under(share)
                if not cand:
                    continue
                d = rng.choice(cand)
                os.rename(d, os.path.join(os.path.dirname(d), f"改名{i}"))
            elif op == "rmtree":
                cand = [d for d in dirs_under(share) if len(files_under(d)) < 6]
                if not cand:
                    continue
                shutil.rmtree(rng.choice(cand))
            elif op == "save_via_rename":
                f = rng.choice(fs)
                d = os.path.dirname(f)
                tmp, bak = os.path.join(d, f"~WRD{i:04d}.tmp"), os.path.join(d, f"~WRL{i:04d}.tmp")
                shutil.copyfile(rng.choice(srcs), tmp)
                os.rename(f, bak)
                os.rename(tmp, f)
                os.unlink(bak)
            elif op == "overwrite":
                shutil.copyfile(rng.choice(srcs), rng.choice(fs))
            elif op == "text":
                with open(os.path.join(rng.choice(ds), f"说明{i}.txt"), "w") as fh:
                    fh.write("服务级别协议 运维方式：驻场值守。\n" * rng.randrange(1, 5))
        except (FileNotFoundError, OSError):
            # A race with our own earlier operation (a moved parent):
            # as on a real share, try something else.
            continue
        counts[op] = counts.get(op, 0) + 1
    print(" ".join(f"{k}={v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
