#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang++ with -DTABLIFT_FUZZ=ON) into ./build-fuzz
# (override with BUILD_DIR) and runs each target, one after another, for SECONDS seconds
# (default 60) on its seed corpus, its dictionary, the samples and the bad inputs of tests/data.
# Exits non-zero as soon as a target reports a finding (crash, leak, timeout, out-of-memory,
# sanitizer report); the input is left in $BUILD_DIR/findings/. See docs/fuzzing.md.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     e.g. scripts/fuzz.sh 600 pdf docx_parts
# Self-contained: installs the build dependencies and clang + the libFuzzer runtime if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(docx_package docx_parts odt_package pdf profile_loader exporters)
build_dir=${BUILD_DIR:-build-fuzz}
jobs=${JOBS:-$(nproc)}

scripts/install-deps.sh
# clang 14 and its libFuzzer/sanitizer runtimes, when missing (install-deps.sh has the rest).
if ! dpkg-query -W -f='${Status}\n' clang-14 libclang-rt-14-dev llvm-14 2>/dev/null |
  [ "$(grep -c "install ok installed")" -eq 3 ]; then
  [ "$(id -u)" -eq 0 ] && as_root=() || as_root=(sudo)
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends \
    clang-14 libclang-rt-14-dev llvm-14
fi

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++-14 -DTABLIFT_FUZZ=ON -DTABLIFT_BUILD_TESTS=OFF \
  -DTABLIFT_BUILD_BENCH=OFF
cmake --build "$build_dir" -j "$jobs" --target fuzzers
[ "${TABLIFT_FUZZ_BUILD_ONLY:-0}" = 1 ] && exit 0

# Per target: the largest input tried, the dictionary, and the extra seeds taken from the tree.
max_len() {
  case $1 in
    pdf) echo 1048576 ;;
    docx_package | odt_package) echo 262144 ;;
    *) echo 65536 ;;
  esac
}
dict() {
  case $1 in
    docx_package | docx_parts) echo fuzz/dict/ooxml.dict ;;
    pdf) echo fuzz/dict/pdf.dict ;;
    profile_loader) echo fuzz/dict/json.dict ;;
  esac
}
extra_seeds() {
  case $1 in
    docx_package) echo samples/cedaw-report.docx ;;
    odt_package) echo samples/cedaw-report.odt ;;
    pdf) echo samples/cedaw-report.pdf samples/cedaw-report-tagged.pdf tests/data/pdf/*.pdf ;;
    profile_loader) echo profiles/builtin/*.json ;;
  esac
}

# One input may take this long (ASan + coverage, a whole sample PDF) and use this much memory.
timeout_s=${TABLIFT_FUZZ_TIMEOUT:-30}
rss_mb=${TABLIFT_FUZZ_RSS_MB:-2048}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
findings="$build_dir/findings"
mkdir -p "$findings"
for t in "${targets[@]}"; do
  work="$build_dir/corpus/$t"  # grows across runs; the committed seeds stay read-only
  mkdir -p "$work"
  for f in $(extra_seeds "$t"); do [ -f "$f" ] && cp -f "$f" "$work/"; done
  args=(-max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout="$timeout_s"
        -rss_limit_mb="$rss_mb" -malloc_limit_mb="$rss_mb" -print_final_stats=1
        -artifact_prefix="$findings/$t-")
  d=$(dict "$t")
  [ -n "$d" ] && args+=(-dict="$d")
  echo "== fuzz $t for ${seconds}s"
  status=0
  "$build_dir/fuzz/${t}_fuzzer" "${args[@]}" "$work" "fuzz/corpus/$t" >"$build_dir/fuzz-$t.log" 2>&1 ||
    status=$?
  grep -aE "^#[0-9]+[[:space:]]+(INITED|DONE)|^stat::|ERROR|^SUMMARY|^tablift fuzz" \
    "$build_dir/fuzz-$t.log" || true
  if [ "$status" -ne 0 ]; then
    echo "fuzz: $t reported a finding (exit $status); see $build_dir/fuzz-$t.log and $findings/" >&2
    exit 1
  fi
done
echo "fuzz: no finding in ${#targets[@]} target(s) x ${seconds}s"
