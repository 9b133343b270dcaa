#!/usr/bin/env python3
"""Run one command and record what it cost, as JSON.

    measure.py --json OUT.json [--label key=value ...] -- CMD [ARG ...]

The command inherits stdin/stdout/stderr. OUT.json gets:

  wall_s            elapsed time from spawn to exit (time.perf_counter)
  user_s, sys_s,    CPU time of the command and every descendant it waited for
  cpu_s             (getrusage(RUSAGE_CHILDREN), as /usr/bin/time reports it)
  maxrss_kib        peak RSS of the largest single process in the tree (ru_maxrss,
                    same number as `/usr/bin/time -v`); for a multi-process program
                    this is NOT the sum over its processes
  tree_rss_peak_kib peak of the RSS summed over the whole process tree, sampled
                    every --interval seconds from /proc (0 disables sampling). It
                    may miss short peaks, and it counts pages shared between
                    forked processes once per process, so it is an upper bound
                    for a forking program.
  returncode        the command's exit status (128+N if killed by signal N)

and the labels given with --label. Exits with the command's status.
Linux only (the sampler reads /proc; everything else is portable POSIX).
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import threading
import time

PAGE_KIB = os.sysconf("SC_PAGE_SIZE") // 1024


def _children(pid):
    """Direct children of pid, from /proc/PID/task/*/children (fallback: scan /proc)."""
    kids = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return kids
    ok = False
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                kids.extend(int(c) for c in f.read().split())
            ok = True
        except OSError:
            pass
    if ok:
        return kids
    # kernels without CONFIG_PROC_CHILDREN: scan every process's parent
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if ppid == pid:
            kids.append(int(entry))
    return kids


def tree_rss_kib(root):
    total, seen, todo = 0, set(), [root]
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        try:
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1]) * PAGE_KIB
        except (OSError, ValueError, IndexError):
            continue
        todo.extend(_children(pid))
    return total


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", required=True, help="where to write the measurement")
    ap.add_argument("--label", action="append", default=[], metavar="KEY=VALUE",
                    help="extra field stored in the JSON (repeatable)")
    ap.add_argument("--interval", type=float,
                    default=float(os.environ.get("SAMPLE_INTERVAL", "0.1")),
                    help="tree RSS sampling interval in seconds, 0 = off (default 0.1)")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
    if not cmd:
        ap.error("no command given")

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd)
    peak = [0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss_kib(proc.pid))
            done.wait(args.interval)

    sampler = None
    if args.interval > 0 and os.path.isdir("/proc"):
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
    rc = proc.wait()
    wall = time.perf_counter() - t0
    done.set()
    if sampler:
        sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)

    user = after.ru_utime - before.ru_utime
    sys_ = after.ru_stime - before.ru_stime
    # ru_maxrss is in KiB on Linux, bytes on macOS
    maxrss = after.ru_maxrss // 1024 if sys.platform == "darwin" else after.ru_maxrss
    result = {
        "cmd": cmd,
        "returncode": rc if rc >= 0 else 128 - rc,
        "wall_s": round(wall, 4),
        "user_s": round(user, 4),
        "sys_s": round(sys_, 4),
        "cpu_s": round(user + sys_, 4),
        "maxrss_kib": maxrss,
        "tree_rss_peak_kib": peak[0] if sampler else None,
    }
    for kv in args.label:
        k, _, v = kv.partition("=")
        result[k] = v
    with open(args.json, "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")
    return result["returncode"]


if __name__ == "__main__":
    sys.exit(main())
