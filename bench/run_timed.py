#!/usr/bin/python3
"""Usage: run_timed.py N CMD [ARGS...]

Runs CMD N times (stdout and stderr discarded) and prints two numbers in seconds: the best wall
time and the best CPU time (user + system, from wait4's rusage, so it is exact to the
microsecond and barely moved by other processes on a busy machine). Exit 1 if a run fails.
"""
import os
import subprocess
import sys
import time


def run_once(cmd):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"benchmark command failed ({proc.returncode}): {' '.join(cmd)}")
    return wall, usage.ru_utime + usage.ru_stime


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    runs = [run_once(sys.argv[2:]) for _ in range(int(sys.argv[1]))]
    print(f"{min(w for w, _ in runs):.4f} {min(c for _, c in runs):.4f}")


main()
