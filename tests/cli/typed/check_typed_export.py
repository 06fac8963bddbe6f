#!/usr/bin/python3
"""Usage: check_typed_export.py OUTDIR STEM PROFILE MIN_RECORDS

Checks a `tablift convert --profile ... --format csv,json,xml,jsonl --excel --datapackage` run
(issue 4): the JSON validates against <stem>.schema.json, every JSONL line against
$defs/line-<profile>, the XML against <stem>.xsd (xmllint), each CSV against its CSVW metadata
(columns, list separators, required cells, primary key unique, schema:contentSize and
schema:sha256), the spreadsheet copy (BOM, ';', formula guard, same cells otherwise), and the
datapackage (every other file listed once, bytes and sha256 of each). Prints the record count.
Uses Debian's python3-jsonschema and xmllint only.
"""
import csv
import hashlib
import io
import json
import os
import subprocess
import sys

import jsonschema

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def check_json(outdir, stem, profile):
    schema = json.loads(read(os.path.join(outdir, stem + ".schema.json")))
    jsonschema.Draft202012Validator.check_schema(schema)
    doc = json.loads(read(os.path.join(outdir, stem + ".json")))
    jsonschema.Draft202012Validator(schema).validate(doc)
    line_schema = {"$defs": schema["$defs"], "$ref": f"#/$defs/line-{profile}"}
    validator = jsonschema.Draft202012Validator(line_schema)
    lines = read(os.path.join(outdir, stem + ".jsonl")).decode("utf-8").splitlines()
    for line in lines:
        validator.validate(json.loads(line))
    records = [r for t in doc["tables"] if t["profile"] == profile for r in t["records"]]
    if len(lines) != len(records):
        fail(f"{len(lines)} JSONL lines for {len(records)} typed records")
    for line, record in zip(lines, records):
        got = json.loads(line)
        src = got.pop("_source")
        want_src = dict(record["_source"])
        if src.pop("file") != doc["metadata"]["source"]["file"] or src.pop("profile") != profile:
            fail("JSONL line lacks the source file or profile")
        if got != {k: v for k, v in record.items() if k != "_source"} or src != want_src:
            fail(f"JSONL line differs from the JSON record {record.get('id')}")
    return doc, records


def check_xml(outdir, stem):
    r = subprocess.run(["xmllint", "--noout", "--schema", os.path.join(outdir, stem + ".xsd"),
                        os.path.join(outdir, stem + ".xml")], capture_output=True, text=True)
    if r.returncode != 0:
        fail("XML does not validate: " + r.stderr[-2000:])


def csv_rows(data, delimiter):
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline=""), delimiter=delimiter))


def check_csv(outdir, name):
    meta = json.loads(read(os.path.join(outdir, name + "-metadata.json")))
    data = read(os.path.join(outdir, name))
    if meta["url"] != name:
        fail(f"CSVW url {meta['url']} != {name}")
    if meta["schema:contentSize"] != len(data):
        fail(f"CSVW size of {name} wrong")
    if meta["schema:sha256"] != hashlib.sha256(data).hexdigest():
        fail(f"CSVW sha256 of {name} wrong")
    rows = csv_rows(data, ",")
    columns = meta["tableSchema"]["columns"]
    if rows[0] != [c["name"] for c in columns]:
        fail(f"{name}: header differs from the CSVW columns")
    for i, c in enumerate(columns):
        for row in rows[1:]:
            if c["required"] and row[i] == "":
                fail(f"{name}: required column {c['name']} empty")
            if c["datatype"] == "integer" and row[i] and not all(
                    p.isdigit() for p in row[i].split(c.get("separator", "\0"))):
                fail(f"{name}: column {c['name']} not integer: {row[i]!r}")
    key = meta["tableSchema"].get("primaryKey")
    if key:
        k = rows[0].index(key)
        keys = [row[k] for row in rows[1:]]
        if len(set(keys)) != len(keys):
            fail(f"{name}: primary key {key} not unique")
    check_excel(outdir, name, rows)
    return rows


def check_excel(outdir, name, rows):
    data = read(os.path.join(outdir, name[:-4] + ".excel.csv"))
    if not data.startswith(b"\xef\xbb\xbf"):
        fail("spreadsheet copy without BOM")
    excel = csv_rows(data[3:], ";")
    if len(excel) != len(rows):
        fail("spreadsheet copy has other rows")
    for er, row in zip(excel, rows):
        for e, c in zip(er, row):
            want = "'" + c if c.startswith(FORMULA_STARTS) else c
            if e != want:
                fail(f"spreadsheet cell {e[:40]!r} for {c[:40]!r}")


def check_datapackage(outdir):
    dp = json.loads(read(os.path.join(outdir, "datapackage.json")))
    listed = [r["path"] for r in dp["resources"]]
    # .tablift/ holds tablift's own record of what it wrote (docs/cli.md), no published file
    on_disk = sorted(n for n in os.listdir(outdir) if n not in ("datapackage.json", ".tablift"))
    if sorted(listed) != on_disk:
        fail(f"datapackage lists {sorted(listed)}, directory has {on_disk}")
    for r in dp["resources"]:
        data = read(os.path.join(outdir, r["path"]))
        if r["bytes"] != len(data) or r["hash"] != "sha256:" + hashlib.sha256(data).hexdigest():
            fail(f"datapackage size or hash of {r['path']} wrong")
        if r["path"].endswith(".csv") and not r["schema"]["fields"]:
            fail(f"datapackage: no table schema for {r['path']}")
    return len(listed)


def main():
    outdir, stem, profile, min_records = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    doc, records = check_json(outdir, stem, profile)
    if len(records) < min_records:
        fail(f"{len(records)} typed records, expected at least {min_records}")
    check_xml(outdir, stem)
    csvs = [n for n in sorted(os.listdir(outdir)) if n.endswith(".csv") and ".excel." not in n]
    for name in csvs:
        check_csv(outdir, name)
    files = check_datapackage(outdir)
    print(f"OK {len(records)} typed records; {len(csvs)} CSV; {files} files in datapackage")


if __name__ == "__main__":
    main()
