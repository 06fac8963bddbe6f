#!/usr/bin/python3
"""Usage: check_cedaw_records.py OUTDIR STEM

The typed records of the CEDAW follow-up sample that issue 4's "Done when" names: 81 records;
9b refers to the status above it (9a); 19b is Aruba, Curaçao and Sint Maarten without
ministries and not applicable; 21c is BES (OCW), AUA, CUR, SXM; 43 is paragraph 43 without a
subparagraph. Also checks that every record is traceable (sha256, table, rows; pages for PDF).
"""
import json
import os
import sys


def main():
    outdir, stem = sys.argv[1], sys.argv[2]
    with open(os.path.join(outdir, stem + ".json"), encoding="utf-8") as f:
        doc = json.load(f)
    records = [r for t in doc["tables"] if t["profile"] for r in t["records"]]
    by_id = {r["id"]: r for r in records}
    problems = []

    def expect(what, got, want):
        if got != want:
            problems.append(f"{what}: got {got!r}, want {want!r}")

    def countries(r):
        return [(x["country"], [m["code"] for m in x["ministries"]]) for x in r["responsible"]]

    expect("records", len(records), 81)
    expect("9b status_kind", by_id["9b"]["status_kind"], "see_above")
    expect("9b refers_to", by_id["9b"]["refers_to"], "9a")
    expect("19b responsible", countries(by_id["19b"]), [("AUA", []), ("CUR", []), ("SXM", [])])
    expect("19b status_kind", by_id["19b"]["status_kind"], "not_applicable")
    expect("21c responsible", countries(by_id["21c"]),
           [("BES", ["OCW"]), ("AUA", []), ("CUR", []), ("SXM", [])])
    expect("43 paragraph", by_id["43"]["paragraph"], 43)
    expect("43 subparagraph", by_id["43"]["subparagraph"], None)
    pdf = doc["metadata"]["source"]["format"] == "pdf"
    sha = doc["metadata"]["source"]["sha256"]
    for r in records:
        s = r["_source"]
        if s["sha256"] != sha or not s["rows"] or (pdf and not s["pages"]):
            problems.append(f"record {r['id']} not traceable: {s}")
    for p in problems:
        print("FAIL:", p)
    if problems:
        sys.exit(1)
    print(f"OK {len(records)} records")


if __name__ == "__main__":
    main()
