#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""daemon.py - evidenced on the standard share: warm restart against a
stat walk, change-to-status latency of single saves, and peak RSS.

usage: daemon.py EVIDENCED SHARE OUTDIR [SAVES]

Every figure is a ratio against a baseline measured in the same run:
- warm restart (state present, nothing changed; start to first status)
  vs `find -printf '%s %T@'` of the same tree;
- the latency of one save (a copy of an evidence document written into a
  watched directory under a new name) until the status document that
  lists it is in place (seen by stat(), before it is parsed),
  over SAVES saves: median and p99, minus the settle time (target: median
  <= settle + 50 ms, p99 <= settle + 100 ms);
- the daemon's peak RSS (VmHWM)."""
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time


def wait_status(path, pred, limit):
    end = time.time() + limit
    while time.time() < end:
        try:
            with open(path) as f:
                d = json.load(f)
            if pred(d):
                return d
        except (OSError, ValueError):
            pass
        time.sleep(0.002)
    return None


def wait_new_status(path, pred, limit):
    """The time a status document satisfying pred appeared: each new
    file (a rename gives a new inode) is noted when stat() first sees it,
    then parsed, so the parse of a document of megabytes does not count
    as latency.  None after limit seconds."""
    end = time.time() + limit
    last = None
    while time.time() < end:
        try:
            st = os.stat(path)
        except OSError:
            time.sleep(0.001)
            continue
        key = (st.st_ino, st.st_mtime_ns)
        if key == last:
            time.sleep(0.001)
            continue
        seen = time.time()
        last = key
        try:
            with open(path) as f:
                d = json.load(f)
        except (OSError, ValueError):
            continue
        if pred(d):
            return seen
    return None


def start(evd, share, out, settle):
    conf = os.path.join(out, "bench.conf")
    with open(conf, "w") as f:
        f.write(f"[daemon]\nsettle_ms = {settle}\nstatus_interval_ms = 0\n")
    status = os.path.join(out, "status.json")
    if os.path.exists(status):
        os.unlink(status)
    t0 = time.time()
    p = subprocess.Popen([evd, "-f", "--config", conf, "--share", share,
                          "--rules", "rules", "--state-dir", os.path.join(out, "state"),
                          "--status", status, "--pid-file", os.path.join(out, "pid"),
                          "--log-level", "warning"],
                         stdout=subprocess.DEVNULL, stderr=open(os.path.join(out, "log"), "a"))
    if wait_status(status, lambda d: d.get("daemon", {}).get("pid") == p.pid, 3600) is None:
        p.kill()
        sys.exit("daemon did not start")
    return p, time.time() - t0, status


def vmhwm(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def main():
    evd, share, out = sys.argv[1:4]
    saves = int(sys.argv[4]) if len(sys.argv) > 4 else 200
    settle = 200
    os.makedirs(out, exist_ok=True)
    shutil.rmtree(os.path.join(out, "state"), ignore_errors=True)
    # Cold start fills the state; a second start is the warm restart.
    p, cold, status = start(evd, share, out, settle)
    p.send_signal(signal.SIGTERM)
    p.wait()
    t0 = time.time()
    subprocess.run(["find", share, "-type", "f", "-printf", "%s %T@\n"],
                   stdout=subprocess.DEVNULL, check=True)
    find_s = time.time() - t0
    p, warm, status = start(evd, share, out, settle)
    print(f"cold start {cold:.2f}s; warm restart {warm:.2f}s vs find -printf "
          f"{find_s:.2f}s: ratio {warm / find_s:.1f}x (target <= 2x)")

    src = "examples/share/04-服务协议/SLA/服务级别协议-XX银行-2026.docx"
    d = os.path.join(share, "bench-saves")
    os.makedirs(d, exist_ok=True)
    time.sleep(1)
    lat = []
    for i in range(saves):
        name = f"服务级别协议-副本{i:04d}.docx"
        rel = f"bench-saves/{name}"
        t0 = time.time()
        shutil.copyfile(src, os.path.join(d, name))
        seen = wait_new_status(status, lambda s: any(
            f["path"] == rel for c in s["clauses"] if c["id"] == "35"
            for e in c["evidence"] for f in e["files"]), 30)
        if seen is None:
            print(f"save {i}: not seen within 30 s")
            continue
        lat.append((seen - t0) * 1000)
    lat.sort()
    med = statistics.median(lat)
    p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))]
    print(f"change to status over {len(lat)} saves: median {med:.0f} ms = settle + "
          f"{med - settle:.0f} ms (target +50), p99 {p99:.0f} ms = settle + "
          f"{p99 - settle:.0f} ms (target +100)")
    print(f"peak RSS of the daemon: {vmhwm(p.pid) / 1024:.1f} MB")
    p.send_signal(signal.SIGTERM)
    p.wait()
    shutil.rmtree(d, ignore_errors=True)


if __name__ == "__main__":
    main()
