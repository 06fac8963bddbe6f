#!/bin/bash
# End-to-end tests of `tablift batch` on a corpus built at test time (batch_corpus.py).
#
#   batch_e2e.sh TABLIFT SOURCE_DIR WORKDIR CHECK TABLIFT_TEST_FAULTS
#
# TABLIFT_TEST_FAULTS is the test-only build of tablift that honours TABLIFT_TEST_FAULT
# (tests/batch/fault_injection.cc); TABLIFT, the shipped one, must ignore it.
#
# CHECK is one of:
#   statuses     every file gets the status expected.tsv predicts, the report is complete, the
#                exit status is 9 (some inputs failed), no temporary file is left
#   containment  a crash, a hang and memory exhaustion (TABLIFT_TEST_FAULT) fail only their file
#   jobs         -j1 and -j2 write byte-identical outputs and reports (durations aside), the
#                same bytes as `tablift convert`, whether a worker converts one file
#                (--files-per-worker 1), a few, or all of them
#   resume       a batch killed (SIGKILL) halfway and re-run with --resume ends with the same bytes
#                as an uninterrupted run, and reuses what was done; a changed input or changed
#                options are converted again
#   shard        three shards into one folder + --merge-reports == the unsharded run
#   manifest     --manifest and a quoted glob select and mirror inputs as documented; inputs
#                that would overwrite the report or datapackage.json fail as clashes
#   profile      --profile/--meta/--datapackage give convert's typed files and one datapackage
#   publish      a portal publisher's folder: report.docx and report.pdf both convert with
#                --name-by file, a legacy .doc fails as "unsupported" and empty files as "empty"
#                (not as clashes), the report lists each input's written files, --dcat
#                describes them all, and a re-run with fewer formats removes the files the
#                first run wrote that the second did not
#   nofault      the shipped tablift ignores TABLIFT_TEST_FAULT: every fault kind converts as
#                without it (same outputs, same report)
set -euo pipefail
exe=$1 src=$2 work=$3 check=$4 fault_exe=$5
py=/usr/bin/python3
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work" && mkdir -p "$work"
cd "$work"

fail() { echo "FAIL: $*" >&2; exit 1; }

corpus() { "$py" "$here/batch_corpus.py" "$src" "$work" "$@" >/dev/null; }

# Report without durations, for comparisons.
strip_report() {
  "$py" -c 'import json,sys
r = json.load(open(sys.argv[1]))
for f in r["files"]: f.pop("seconds", None)
print(json.dumps(r, indent=1, sort_keys=True))' "$1"
}

# Outputs only (no report), as "sha256  path" lines.
tree_hash() { (cd "$1" && find . -type f ! -name 'batch-report*.json' -print0 | sort -z |
               xargs -0 sha256sum); }

no_temps() { ! find "$1" -name '*.tmp-*' | grep -q . || fail "temporary files left in $1"; }

check_statuses() {
  corpus
  set +e; "$exe" batch corpus -o out -j2 2>err.txt; rc=$?; set -e
  [ "$rc" = 9 ] || fail "exit status $rc, want 9"
  "$py" - "$work" <<'PY'
import json, sys, os
work = sys.argv[1]
r = json.load(open(os.path.join(work, 'out/batch-report.json')))
exp = dict(l.rstrip('\n').split('\t') for l in open(os.path.join(work, 'expected.tsv')))
got = {f['input'][len('corpus/'):]: f for f in r['files']}
skipped = {s[len('corpus/'):] for s in r['skipped']}
assert len(exp) >= 200, len(exp)  # the issue's batch of at least 200 files
for rel, want in exp.items():
    if want == 'skipped':
        assert rel in skipped, rel
        continue
    f = got.pop(rel)
    if want != 'any':
        assert f['status'] == want, (rel, f)
    if f['status'] == 'failed':
        assert f['code'] not in (0, 1) and f['message'], f
        size = os.path.getsize(os.path.join(work, 'corpus', rel))
        want_reason = ('clash' if rel == 'bad/clash/same.pdf' else 'empty' if size == 0
                       else 'unsupported' if f['message'].startswith('unsupported input: ')
                       else 'error')
        assert f['reason'] == want_reason, f
        assert f['written'] == [], f
    else:
        assert f['tables'] > 0 and f['code'] == 0 and len(f['sha256']) == 64, f
        out = os.path.join(work, 'out', f['output'])
        assert os.path.exists(out + '.json') and os.path.exists(out + '.xml'), out
        assert f['written'] and all(os.path.isfile(os.path.join(work, 'out', w))
                                    for w in f['written']), f
assert not got, got
t = r['totals']
assert t['inputs'] == t['converted'] + t['failed'] == len(r['files']), t
assert t['failed'] > 0 and t['skipped'] == len(skipped), t
assert [f['input'] for f in r['files']] == sorted(f['input'] for f in r['files'])
PY
  grep -q "inputs: .* converted" err.txt || fail "no summary on stderr"
  no_temps out
}

check_containment() {
  corpus --small
  # AddressSanitizer builds cannot cap memory (batch/worker_pool.h): the oom fault then fails at
  # once as "memory" without allocating, which the check below still sees.
  for fault in crash:report-000.docx hang:doc-001 oom:doc-002; do
    set +e
    TABLIFT_TEST_FAULT=$fault "$fault_exe" batch corpus -o "out-${fault%%:*}" -j2 --timeout 3 \
      --max-memory-mb 512 -q; rc=$?
    set -e
    [ "$rc" = 9 ] || fail "$fault: exit status $rc"
  done
  "$py" - <<'PY'
import json
for kind, name, reason in (('crash', 'report-000.docx', 'crash'), ('hang', 'doc-001', 'timeout'),
                           ('oom', 'doc-002', 'memory')):
    r = json.load(open(f'out-{kind}/batch-report.json'))
    hit = [f for f in r['files'] if name in f['input']]
    assert len(hit) == 1 and hit[0]['status'] == 'failed' and hit[0]['reason'] == reason, hit
    others = [f for f in r['files'] if name not in f['input'] and 'generated/g0' in f['input']
              and 'no-tables' not in f['input']]
    assert others and all(f['status'] == 'converted' for f in others), kind
PY
  no_temps .
}

check_jobs() {
  corpus --small
  set +e
  "$exe" batch corpus -o j1 -j1 -q; "$exe" batch corpus -o j2 -j2 -q
  "$exe" batch corpus -o fresh -j2 -q --files-per-worker 1
  "$exe" batch corpus -o few -j2 -q --files-per-worker 3
  "$exe" batch corpus -o one -j1 -q --files-per-worker 100000
  set -e
  for other in j2 fresh few one; do
    diff <(tree_hash j1) <(tree_hash $other) || fail "j1 and $other outputs differ"
    diff <(strip_report j1/batch-report.json) <(strip_report $other/batch-report.json) ||
      fail "j1 and $other reports differ"
  done
  # and the same bytes as `tablift convert` of those files
  "$exe" convert corpus/generated/g0/doc-000.docx corpus/samples/pdf/report-000.pdf -o conv
  for f in conv/*; do
    name=$(basename "$f")
    case $name in doc-000*) dir=j1/generated/g0 ;; *) dir=j1/samples/pdf ;; esac
    cmp "$f" "$dir/$name" || fail "batch and convert differ on $name"
  done
}

# --profile, --meta and --datapackage: the same typed files as `convert`, one datapackage.json.
check_profile() {
  mkdir -p in/sub
  cp "$src/samples/cedaw-report.docx" in/
  cp "$src/samples/cedaw-report.pdf" in/sub/
  "$exe" batch in -o b -j2 -q --profile auto --meta publisher=test --datapackage ||
    fail "profile batch failed"
  "$exe" convert in/cedaw-report.docx -o c --profile auto --meta publisher=test --datapackage
  for f in c/cedaw-report*; do cmp "$f" "b/$(basename "$f")" || fail "batch and convert differ: $f"; done
  "$py" - <<'PY'
import json
d = json.load(open('b/datapackage.json'))
paths = [r['path'] for r in d['resources']]
assert 'cedaw-report.json' in paths and 'sub/cedaw-report.json' in paths, paths
assert not any('batch' in p for p in paths), paths
PY
  if "$exe" batch in -o s -q --datapackage --shard 0/2 2>err.txt; then fail "--datapackage --shard accepted"; fi
}

check_resume() {
  corpus
  set +e; "$exe" batch corpus -o full -j2 -q; set -e
  total=$(find full/.tablift -name '*.batch-done' | wc -l)
  [ "$total" -gt 0 ] || fail "no marker under full/.tablift"
  # The markers stay out of the published tree: none beside the outputs.
  [ -z "$(find full -path full/.tablift -prune -o -name '*batch-done*' -print)" ] ||
    fail "markers beside the outputs"
  # One file hangs (test fault), so the batch cannot end before the kill however fast the rest is.
  TABLIFT_TEST_FAULT=hang:generated/g0/doc-000.docx "$fault_exe" batch corpus -o part -j2 -q \
    --timeout 600 & pid=$!
  while kill -0 $pid 2>/dev/null && [ "$(find part/.tablift -name '*.batch-done' 2>/dev/null | wc -l)" -lt $((total / 3)) ]; do
    sleep 0.05
  done
  kill -KILL $pid 2>/dev/null || fail "the batch ended before it could be killed"
  wait $pid 2>/dev/null || true
  done_before=$(find part/.tablift -name '*.batch-done' | wc -l)
  [ "$done_before" -lt "$total" ] || fail "killed too late"
  # Whatever the kill interrupted, a file under its final name is complete.
  (cd part && find . -type f ! -name '*.tmp-*' ! -path './.tablift/*' -print0) |
    while IFS= read -r -d '' f; do cmp -s "part/$f" "full/$f" || fail "partial file $f"; done
  set +e; "$exe" batch corpus -o part -j2 --resume 2>err.txt; rc=$?; set -e
  [ "$rc" = 9 ] || fail "resume exit status $rc"
  grep -Eq "\(([1-9][0-9]*) resumed\)" err.txt || fail "nothing was resumed: $(tail -1 err.txt)"
  diff <(tree_hash full) <(tree_hash part) || fail "resumed outputs differ"
  diff <(strip_report full/batch-report.json) <(strip_report part/batch-report.json) ||
    fail "resumed report differs"
  no_temps part
  # A changed input, or changed options, is converted again, never taken from the marker.
  cp corpus/generated/g0/doc-001.docx corpus/generated/g0/doc-000.docx
  set +e; "$exe" batch corpus -o part -j2 --resume 2>err.txt; set -e
  grep -q "tablift batch: .*converted corpus/generated/g0/doc-000.docx" err.txt ||
    fail "a changed input was not converted again"
  [ "$(grep -c '] converted ' err.txt)" = 1 ] || fail "more than the changed input was converted"
  "$py" -c 'import json,hashlib,sys
r = {f["input"]: f for f in json.load(open("part/batch-report.json"))["files"]}
want = hashlib.sha256(open("corpus/generated/g0/doc-000.docx","rb").read()).hexdigest()
assert r["corpus/generated/g0/doc-000.docx"]["sha256"] == want, "report keeps the old sha256"'
  set +e; "$exe" batch corpus -o part -j2 --resume --grid 2>err.txt; set -e
  grep -q "(0 resumed)" err.txt || fail "other options resumed: $(tail -1 err.txt)"
}

check_shard() {
  corpus --small
  set +e
  "$exe" batch corpus -o all -j2 -q
  for i in 0 1 2; do "$exe" batch corpus -o sharded -j2 -q --shard $i/3; done
  set -e
  "$exe" batch --merge-reports sharded/batch-report.shard-{0,1,2}-of-3.json -o merged -q && rc=0 || rc=$?
  [ "$rc" = 9 ] || fail "merge exit status $rc, want 9 (some inputs failed)"
  diff <(strip_report all/batch-report.json) <(strip_report merged/batch-report.json) ||
    fail "merged report differs from the unsharded one"
  diff <(tree_hash all) <(tree_hash sharded) || fail "sharded outputs differ"
  if "$exe" batch --merge-reports sharded/batch-report.shard-{0,2}-of-3.json -o m2 -q 2>err.txt; then
    fail "merging an incomplete set succeeded"
  fi
  grep -q "shard 1 of 3 missing" err.txt || fail "incomplete merge not explained: $(cat err.txt)"
}

check_manifest() {
  corpus --small
  printf '%s\n' corpus/generated/g0/doc-000.docx '# comment' '' corpus/bad/empty.pdf > list.txt
  set +e; "$exe" batch --manifest list.txt -o m -q; rc=$?; set -e
  [ "$rc" = 9 ] || fail "manifest exit status $rc"
  [ -f m/corpus/generated/g0/doc-000.json ] || fail "manifest output not mirrored"
  "$exe" batch 'corpus/generated/*/doc-00[0-2].docx' -o g -q || fail "glob batch failed"
  [ -f g/g0/doc-002.json ] && [ ! -e g/g0/doc-003.json ] || fail "glob not mirrored under its folder"
  # Inputs whose outputs would overwrite the batch's own files fail as clashes.
  mkdir -p res
  for n in batch-report datapackage ok; do cp corpus/generated/g0/doc-000.docx res/$n.docx; done
  set +e; "$exe" batch res -o r -q --datapackage; rc=$?; set -e
  [ "$rc" = 9 ] || fail "reserved names: exit status $rc"
  "$py" -c 'import json
r = {f["input"]: f for f in json.load(open("r/batch-report.json"))["files"]}
assert r["res/batch-report.docx"]["reason"] == "clash", r
assert r["res/datapackage.docx"]["reason"] == "clash", r
assert r["res/ok.docx"]["status"] == "converted", r
json.load(open("r/datapackage.json"))["resources"]'
}

check_nofault() {
  corpus --small
  set +e; "$exe" batch corpus -o plain -j2 --timeout 20 --max-memory-mb 512 -q; plain_rc=$?; set -e
  for fault in crash hang oom; do
    set +e
    TABLIFT_TEST_FAULT=$fault "$exe" batch corpus -o "out-$fault" -j2 --timeout 20 \
      --max-memory-mb 512 -q; rc=$?
    set -e
    [ "$rc" = "$plain_rc" ] || fail "TABLIFT_TEST_FAULT=$fault: exit status $rc, not $plain_rc"
    diff <(tree_hash plain) <(tree_hash "out-$fault") || fail "$fault: outputs differ"
    diff <(strip_report plain/batch-report.json) <(strip_report "out-$fault/batch-report.json") ||
      fail "$fault: report differs"
  done
  # The test build does honour it (so the check above is not vacuous).
  set +e; TABLIFT_TEST_FAULT=crash "$fault_exe" batch corpus -o faulty -j2 -q; set -e
  [ "$(tree_hash plain)" != "$(tree_hash faulty)" ] || fail "the test build ignored the fault"
}

check_publish() {
  mkdir -p pub
  cp "$src/samples/cedaw-report.docx" pub/report.docx
  cp "$src/samples/cedaw-report.pdf" pub/report.pdf
  # An OLE2 file with a "WordDocument" stream name (UTF-16LE), as Word 97-2003 writes one.
  "$py" -c 'import sys; open(sys.argv[1], "wb").write(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 504 + "WordDocument".encode("utf-16-le"))' pub/old.doc
  : > pub/empty.docx
  : > pub/empty.pdf
  echo "a note" > pub/notes.txt
  set +e
  "$exe" batch pub -o out --name-by file --dcat -f csv,json -j2 -q; rc=$?
  set -e
  [ "$rc" = 9 ] || fail "publish: exit status $rc, not 9"
  "$py" - <<'PY'
import json, os
r = json.load(open('out/batch-report.json'))
f = {e['input']: e for e in r['files']}
assert r['skipped'] == ['pub/notes.txt'], r['skipped']
for name in ('report.docx', 'report.pdf'):
    e = f['pub/' + name]
    assert e['status'] == 'converted', e
    assert sorted(e['written']) == [name + '.json', name + '.table-1.csv'], e
    assert all(os.path.isfile('out/' + w) for w in e['written']), e
assert f['pub/old.doc']['reason'] == 'unsupported', f['pub/old.doc']
assert 'legacy .doc' in f['pub/old.doc']['message'], f['pub/old.doc']
for name in ('empty.docx', 'empty.pdf'):
    assert f['pub/' + name]['reason'] == 'empty', f['pub/' + name]
d = json.load(open('out/dcat.jsonld'))
titles = sorted(x['dct:title'] for x in d['dcat:distribution'])
assert titles == sorted(w for e in r['files'] for w in e['written']), titles
PY
  # Fewer formats: the CSVs of the first run go; its JSON is rewritten.
  set +e; "$exe" batch pub -o out --name-by file -f json -j2 -q; set -e
  [ ! -e out/report.docx.table-1.csv ] && [ ! -e out/report.pdf.table-1.csv ] ||
    fail "publish: the stale CSVs of the first run are still there"
  [ -f out/report.docx.json ] && [ -f out/report.pdf.json ] || fail "publish: JSON missing"
  [ -f out/dcat.jsonld ] || fail "publish: dcat.jsonld of the first run was removed"
  no_temps out
}

"check_$check"
echo "ok: $check"
