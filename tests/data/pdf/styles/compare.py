#!/usr/bin/python3
"""Prints a border-style fixture's DOCX and PDF exports side by side: for each table its method,
its raw grid (cells placed by row and column, spans marked) and its records.

usage: compare.py STEM [--tablift PATH] [--method auto|lattice|stream|tagged] [--width N]

STEM is a fixture in this folder without extension ("booktabs", "two-pages-none"). tablift is
build/cli/tablift of the repository by default. Standard library only.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))


def convert(tablift, path, method, out):
    args = [tablift, "convert", path, "-o", out, "--format", "json", "--grid"]
    if method and path.endswith(".pdf"):
        args += ["--method", method]
    run = subprocess.run(args, capture_output=True, text=True)
    if run.returncode != 0:
        return None, f"exit {run.returncode}: {run.stderr.strip()}"
    stem = os.path.splitext(os.path.basename(path))[0]
    with open(os.path.join(out, stem + ".json"), encoding="utf-8") as f:
        return json.load(f), run.stderr.strip()


def one_line(text):
    return " ".join((text or "").split())


def grid_lines(table):
    """The grid as lines of ' | '-separated cells; a span shows as '<' (left) or '^' (above)."""
    grid = table.get("grid") or {}
    rows, cols = grid.get("rows", 0), grid.get("cols", 0)
    slots = [["" for _ in range(cols)] for _ in range(rows)]
    for c in grid.get("cells", []):
        for r in range(c["row"], c["row"] + c["rowspan"]):
            for k in range(c["col"], c["col"] + c["colspan"]):
                if r < rows and k < cols:
                    slots[r][k] = "^" if r > c["row"] else "<" if k > c["col"] else None
        text = one_line(c["text"]) + ("*" if c.get("header") else "")
        slots[c["row"]][c["col"]] = text
    return [f"{r:2} " + " | ".join(s or "" for s in row) for r, row in enumerate(slots)]


def table_lines(table):
    names = [c["name"] for c in table["columns"]]
    out = [f"table {table['index']} method={table.get('method', '?')} "
           f"grid={table.get('grid', {}).get('rows')}x{table.get('grid', {}).get('cols')} "
           f"pages={table.get('grid', {}).get('pages', [])} records={len(table['records'])}",
           "grid (* header cell, < spanned from the left, ^ from above):"]
    out += grid_lines(table)
    out.append("columns: " + " | ".join(one_line(c["title"]) for c in table["columns"]))
    for i, rec in enumerate(table["records"]):
        sec = f"[{one_line(rec['section'])}] " if rec.get("section") else ""
        out.append(f"r{i:<2} {sec}" + " | ".join(one_line(rec[n]) for n in names))
    for d in table.get("diagnostics", []):
        out.append(f"diag {d['severity']} {d['code']}: {d['message']} {d['where']}")
    return out


def side_by_side(left, right, width):
    lines = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        mark = " " if a == b else "!"
        lines.append(f"{a[:width]:<{width}} {mark} {b[:width]}")
    return lines


def main():
    args = sys.argv[1:]
    opts = {"--tablift": os.path.join(ROOT, "build", "cli", "tablift"), "--method": None,
            "--width": "100"}
    for key in opts:
        if key in args:
            i = args.index(key)
            opts[key] = args[i + 1]
            del args[i:i + 2]
    if len(args) != 1:
        print(__doc__)
        sys.exit(2)
    stem, width = args[0], int(opts["--width"])
    with tempfile.TemporaryDirectory() as tmp:
        docs = {}
        for ext in ("docx", "pdf"):
            out = os.path.join(tmp, ext)
            docs[ext] = convert(opts["--tablift"], os.path.join(HERE, f"{stem}.{ext}"),
                                opts["--method"], out)
    print(f"{'DOCX':<{width}}   PDF (--method {opts['--method'] or 'auto'})")
    sides = []
    for ext in ("docx", "pdf"):
        doc, err = docs[ext]
        lines = [err] if err and doc is None else []
        for t in (doc or {}).get("tables", []):
            lines += table_lines(t) + [""]
        sides.append(lines)
    print("\n".join(side_by_side(sides[0], sides[1], width)))


if __name__ == "__main__":
    main()
