#!/usr/bin/env bash
# Builds the whole project and its tests with AddressSanitizer + UndefinedBehaviorSanitizer
# (GCC, -DTABLIFT_SANITIZE=ON, RelWithDebInfo) into ./build-asan (override with BUILD_DIR) and
# runs the whole ctest suite under them. Any sanitizer report aborts its test, so the run is
# green only when no test leaks, overflows or hits undefined behaviour. Self-contained: installs
# the build dependencies it needs first. Extra arguments go to ctest (e.g. -R docx).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
build_dir=${BUILD_DIR:-build-asan}
jobs=${JOBS:-$(nproc)}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTABLIFT_SANITIZE=ON \
  -DTABLIFT_BUILD_TESTS=ON -DTABLIFT_BUILD_BENCH=OFF
cmake --build "$build_dir" -j "$jobs"
# Leaks are reported (detect_leaks is ASan's default on Linux; stated for clarity); UBSan aborts
# with a stack trace on its first report instead of printing and going on.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:check_initialization_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir "$build_dir" --output-on-failure -j "$jobs" "$@"
