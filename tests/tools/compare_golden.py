#!/usr/bin/python3
"""Usage: compare_golden.py OUTDIR GOLDENDIR

Compares the files of OUTDIR with GOLDENDIR byte for byte. Fails when GOLDENDIR is missing or
empty, when a file is missing on either side, or when any bytes differ. With the environment
variable TABLIFT_UPDATE_GOLDEN=1 it replaces GOLDENDIR's files with OUTDIR's instead (the
explicit regeneration switch; see tests/golden/README.md).
"""
import os
import shutil
import sys


def files(d):
    return sorted(n for n in os.listdir(d) if os.path.isfile(os.path.join(d, n)))


def update(outdir, golden):
    os.makedirs(golden, exist_ok=True)
    for name in files(golden):
        os.remove(os.path.join(golden, name))
    for name in files(outdir):
        shutil.copyfile(os.path.join(outdir, name), os.path.join(golden, name))
    print(f"UPDATED {golden}: {', '.join(files(golden))}")


def first_difference(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    return min(len(a), len(b))


def compare(outdir, golden):
    if not os.path.isdir(golden) or not files(golden):
        return [f"no golden files in {golden} (generate them with scripts/update-golden.sh)"]
    problems = []
    got, want = files(outdir), files(golden)
    problems += [f"missing golden for output {n}" for n in got if n not in want]
    problems += [f"output lacks golden file {n}" for n in want if n not in got]
    for name in (n for n in want if n in got):
        with open(os.path.join(outdir, name), "rb") as f:
            a = f.read()
        with open(os.path.join(golden, name), "rb") as f:
            b = f.read()
        if a != b:
            i = first_difference(a, b)
            problems.append(f"{name} differs at byte {i}: output {a[i:i + 60]!r} "
                            f"golden {b[i:i + 60]!r}")
    return problems


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    outdir, golden = sys.argv[1:]
    if os.environ.get("TABLIFT_UPDATE_GOLDEN") == "1":
        update(outdir, golden)
        return
    problems = compare(outdir, golden)
    for p in problems:
        print("FAIL: " + p)
    if problems:
        sys.exit(1)
    print(f"PASS {len(files(golden))} file(s) identical to {golden}")


main()
