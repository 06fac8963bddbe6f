#!/usr/bin/env bash
# Usage: typed_runs.sh TABLIFT WORKDIR INPUT
# Issue 4's archival, new-profile and profile-error checks of `tablift convert --profile`:
#  1. two runs (same options, SOURCE_DATE_EPOCH set) write byte-identical files, "created" is
#     the ISO 8601 UTC form of SOURCE_DATE_EPOCH, and without it no file holds a "created";
#  2. bad profile files (invalid JSON, an unknown field type, a regular expression that does not
#     compile, an unknown profile name) exit 8 with one "tablift: <profile>: <problem>" line,
#     before any input is read (the input does not exist) and without creating OUTDIR;
#  3. a new profile given by path (the shipped one renamed) has its schemas at once: its
#     namespace, and every file validates (check_typed_export.py);
#  4. --no-provenance with --profile, an input named like datapackage.json with --datapackage,
#     a --meta key given twice and a bad SOURCE_DATE_EPOCH are
#     usage errors (exit 2) reported before any input is read.
set -uo pipefail
tablift=$1 work=$2 input=$3
rm -rf -- "$work" && mkdir -p "$work"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
run() {
  "$tablift" convert "$input" --profile auto --format csv,json,xml,jsonl --excel --datapackage \
    --meta symbol=CEDAW/C/NLD/CO/7 --meta "publisher=Kingdom of the Netherlands" -o "$1"
}

SOURCE_DATE_EPOCH=1700000000 run "$work/a" || fail "first run"
SOURCE_DATE_EPOCH=1700000000 run "$work/b" || fail "second run"
diff -r "$work/a" "$work/b" >/dev/null || fail "two runs differ"
grep -q '"created": "2023-11-14T22:13:20Z"' "$work/a/"*.json || fail "created missing or wrong"
(unset SOURCE_DATE_EPOCH; run "$work/c") || fail "run without SOURCE_DATE_EPOCH"
! grep -rq '"created": "' "$work/c" || fail "created written without SOURCE_DATE_EPOCH"

bad_profile() {  # NAME JSON EXPECTED-PROBLEM-SUBSTRING
  local file="$work/$1.json" err
  printf '%s' "$2" >"$file"
  err=$("$tablift" convert "$work/missing-input.docx" --profile "$file" -o "$work/out-$1" 2>&1)
  local code=$?
  [ "$code" = 8 ] || fail "$1: exit $code, want 8 ($err)"
  [ "$(printf '%s\n' "$err" | wc -l)" = 1 ] || fail "$1: not one line: $err"
  case "$err" in "tablift: $file: "*"$3"*) ;; *) fail "$1: message '$err'" ;; esac
  [ ! -e "$work/out-$1" ] || fail "$1: output directory created"
}
good="$(dirname "$0")/../../../profiles/builtin/cedaw-followup.json"
bad_profile invalid-json '{"format": 1, "name": ' "JSON"
bad_profile unknown-type "$(sed 's/"type": "integer"/"type": "integr"/' "$good")" "integr"
bad_profile bad-regex "$(sed 's/(?<number>/((?<number>/' "$good")" "regular expression"
err=$("$tablift" convert "$work/missing-input.docx" --profile no-such-profile -o "$work/o" 2>&1)
[ $? = 8 ] && [ ! -e "$work/o" ] || fail "unknown profile name: $err"
usage() {  # NAME ARGS...: a usage error (exit 2) before any input is read, no OUTDIR
  local name=$1
  shift
  "$tablift" convert "$work/missing-input.docx" -o "$work/out-$name" "$@" 2>/dev/null
  local code=$?
  [ "$code" = 2 ] || fail "$name: exit $code, want 2"
  [ ! -e "$work/out-$name" ] || fail "$name: output directory created"
}
usage no-provenance --profile auto --no-provenance
usage stem-clash --datapackage "$work/datapackage.pdf"
usage meta-twice --profile auto --meta a=1 --meta a=2
SOURCE_DATE_EPOCH=yesterday usage bad-epoch --profile auto

sed 's/"name": "cedaw-followup"/"name": "my-followup"/' "$good" >"$work/my.json"
"$tablift" convert "$input" --profile "$work/my.json" --format csv,json,xml,jsonl --excel \
  --datapackage -o "$work/mine" || fail "run with a profile by path"
stem=$(basename "${input%.*}")
grep -q '"origin": "'"$work/my.json"'"' "$work/mine/$stem.json" || fail "profile origin not the path"
grep -q 'urn:tablift:profile:my-followup' "$work/mine/$stem.xsd" || fail "XSD namespace"
/usr/bin/python3 "$(dirname "$0")/check_typed_export.py" "$work/mine" "$stem" my-followup 1 ||
  fail "new profile's files do not validate"
[ "$fails" = 0 ] && echo "OK" || exit 1
