#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Run a command and report the peak RSS of each process in its tree by name.

usage: rss.py OUTFILE CMD [ARGS...]

Polls /proc every 10 ms for the command and its descendants and keeps each
process's last VmHWM (the kernel's own peak), so a worker's peak is known
even though time(1) only sees the largest process.  Writes "name KiB"
lines (the largest per name) to OUTFILE; the command's stdout is passed on.
"""
import os
import subprocess
import sys
import time


def tree(pid):
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for t in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{t}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return out


def hwm(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            name, kib = None, None
            for line in f:
                if line.startswith("Name:"):
                    name = line.split()[1]
                elif line.startswith("VmHWM:"):
                    kib = int(line.split()[1])
            return name, kib
    except OSError:
        return None, None


def main():
    out, cmd = sys.argv[1], sys.argv[2:]
    proc = subprocess.Popen(cmd)
    peak = {}
    while proc.poll() is None:
        for p in tree(proc.pid):
            name, kib = hwm(p)
            if name and kib:
                peak[(name, p)] = kib
        time.sleep(0.01)
    best = {}
    for (name, _), kib in peak.items():
        best[name] = max(best.get(name, 0), kib)
    with open(out, "w") as f:
        for name, kib in sorted(best.items()):
            f.write(f"{name} {kib}\n")
    sys.exit(proc.returncode)


main()
