#!/usr/bin/python3
"""Usage: compare_typed.py DOCX_OUTDIR DOCX_STEM PDF_OUTDIR PDF_STEM MIN_TEXT_RATE

Compares the typed records of the same report converted from DOCX and from PDF, field by field:
the ids (in order) and the fields that carry meaning (paragraph, subparagraph, responsible,
status_kind, refers_to) must be equal; for the text fields it prints the rate of exactly equal
values and fails when the recommendation text's rate is below MIN_TEXT_RATE.
"""
import json
import os
import sys

EXACT_FIELDS = ["paragraph", "subparagraph", "responsible", "status_kind", "refers_to"]
TEXT_FIELDS = ["recommendation", "section", "status", "status_items"]


def records(outdir, stem):
    with open(os.path.join(outdir, stem + ".json"), encoding="utf-8") as f:
        doc = json.load(f)
    return [r for t in doc["tables"] if t["profile"] for r in t["records"]]


def main():
    a, b = records(sys.argv[1], sys.argv[2]), records(sys.argv[3], sys.argv[4])
    min_rate = float(sys.argv[5])
    problems = []
    if [r["id"] for r in a] != [r["id"] for r in b]:
        problems.append("the ids differ")
    pairs = list(zip(a, b))
    for field in EXACT_FIELDS:
        for x, y in pairs:
            if x[field] != y[field]:
                problems.append(f"{x['id']} {field}: DOCX {x[field]!r} PDF {y[field]!r}")
    rates = {}
    for field in TEXT_FIELDS:
        rates[field] = sum(x[field] == y[field] for x, y in pairs) / max(len(pairs), 1)
        print(f"{field}: {rates[field]:.4f} exactly equal ({len(pairs)} records)")
    if rates["recommendation"] < min_rate:
        problems.append(f"recommendation exact rate {rates['recommendation']:.4f} < {min_rate}")
    for p in problems:
        print("FAIL:", p)
    if problems:
        sys.exit(1)
    print(f"OK {len(pairs)} records compared")


if __name__ == "__main__":
    main()
