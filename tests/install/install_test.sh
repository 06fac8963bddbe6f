#!/bin/bash
# Installs tablift into a fresh prefix and checks it as a user of the library would.
#
#   install_test.sh BUILD_DIR WORKDIR CHECK [CLI_JSON SAMPLE]
#
# CHECK is one of:
#   tree       `cmake --install BUILD_DIR --prefix WORKDIR/prefix` (the fixture of the others) and
#              the files it must hold: bin/tablift (which runs), the headers, the libraries, the
#              CMake package and version file, tablift.pc, the man page and bash completion
#   cmake      a consumer project (consumer-cmake/) configured with find_package(tablift) against
#              the prefix, built, and run on SAMPLE: its record count equals CLI_JSON's
#   pkgconfig  the same program compiled with `pkg-config --cflags --libs tablift` alone
set -euo pipefail
build=$1 work=$2 check=$3 cli_json=${4:-} sample=${5:-}
here=$(cd "$(dirname "$0")" && pwd)
prefix=$work/prefix
fail() { echo "FAIL: $*" >&2; exit 1; }

# The records of the CLI's JSON export of the same sample.
cli_records() {
  /usr/bin/python3 -c 'import json, sys
print(sum(len(t["records"]) for t in json.load(open(sys.argv[1]))["tables"]))' "$cli_json"
}

same_records() {
  local got want
  got=$("$1" "$sample") || fail "$1 failed on $sample"
  want=$(cli_records)
  [ "$want" -gt 0 ] || fail "the CLI's JSON holds no record"
  [ "$got" = "$want" ] || fail "$1 counts $got records, the CLI's JSON $want"
  echo "records: $got (CLI: $want)"
}

check_tree() {
  rm -rf "$work" && mkdir -p "$work"
  cmake --install "$build" --prefix "$prefix" >/dev/null
  for f in bin/tablift include/tablift/convert.h include/tablift/export.h \
           include/tablift/core/record.h lib/cmake/tablift/tabliftConfig.cmake \
           lib/cmake/tablift/tabliftConfigVersion.cmake lib/cmake/tablift/tabliftTargets.cmake \
           lib/pkgconfig/tablift.pc share/man/man1/tablift.1 \
           share/bash-completion/completions/tablift; do
    [ -f "$prefix/$f" ] || fail "not installed: $f"
  done
  local lib
  for lib in tablift normalizer profiles exporters; do
    ls "$prefix"/lib/libtablift_$lib.* >/dev/null 2>&1 || fail "no libtablift_$lib"
  done
  "$prefix/bin/tablift" --version >/dev/null || fail "the installed tablift does not run"
  # Only the package's headers: no source folder other than the model's.
  local other
  other=$(cd "$prefix/include/tablift" && find . -name '*.h' ! -path './core/*' ! -path './*.h')
  [ -z "$other" ] || fail "unexpected headers: $other"
}

check_cmake() {
  local dir=$work/consumer-cmake
  rm -rf "$dir"
  cmake -S "$here/consumer-cmake" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PREFIX_PATH="$prefix" ${CXX_LAUNCHER:+-DCMAKE_CXX_COMPILER_LAUNCHER=$CXX_LAUNCHER} \
    >/dev/null || fail "find_package(tablift) failed"
  cmake --build "$dir" >/dev/null || fail "the find_package consumer does not build"
  same_records "$dir/consumer"
}

check_pkgconfig() {
  local dir=$work/consumer-pkgconfig flags
  rm -rf "$dir" && mkdir -p "$dir"
  flags=$(PKG_CONFIG_PATH=$prefix/lib/pkgconfig pkg-config --cflags --libs tablift) ||
    fail "pkg-config does not know tablift"
  # shellcheck disable=SC2086  # the flags are words
  ${CXX_LAUNCHER:-} c++ -std=c++20 -O1 -o "$dir/consumer" "$here/consumer.cc" $flags ||
    fail "the pkg-config consumer does not build"
  same_records "$dir/consumer"
}

"check_$check"
echo "ok: $check"
