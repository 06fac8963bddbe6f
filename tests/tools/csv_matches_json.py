#!/usr/bin/python3
"""Usage: csv_matches_json.py OUTDIR STEM EXPECTED.json

Checks that each OUTDIR/STEM.table-N.csv reads back with the csv module as exactly the records
of table N of OUTDIR/STEM.json: a header row "section" + the column names, then one row per
record with the same texts (a record without a section has an empty first field), and that the
table with the most records has as many as the table in EXPECTED.json. Exit 0 when all holds.
"""
import csv
import json
import sys


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def check_table(outdir, stem, table):
    path = f"{outdir}/{stem}.table-{table['index']}.csv"
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, strict=True))
    names = [c["name"] for c in table["columns"]]
    if not rows or rows[0] != ["section"] + names:
        fail(f"{path}: header row {rows[:1]} is not section + {names}")
    records = table["records"]
    if len(rows) - 1 != len(records):
        fail(f"{path}: {len(rows) - 1} data rows, JSON has {len(records)} records")
    for i, (row, rec) in enumerate(zip(rows[1:], records)):
        want = [rec.get("section") or ""] + [rec.get(n, "") for n in names]
        if row != want:
            fail(f"{path}: row {i + 1} differs from JSON record {i}:\n  {row}\n  {want}")
    print(f"ok {path}: {len(records)} rows match the JSON records")
    return len(records)


def main():
    if len(sys.argv) != 4:
        fail(__doc__)
    outdir, stem, expected_path = sys.argv[1:]
    with open(f"{outdir}/{stem}.json", encoding="utf-8") as f:
        doc = json.load(f)
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    counts = [check_table(outdir, stem, t) for t in doc["tables"]]
    want = len(expected["tables"][0]["records"])
    if not counts or max(counts) != want:
        fail(f"largest table has {max(counts, default=0)} records, expected {want}")
    print(f"PASS {len(counts)} CSV file(s); largest table {want} rows")


main()
