#!/usr/bin/env bash
# Installs what is missing, builds in Release mode and runs the whole test suite with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
# --no-tests=error: a build that registered no test must not pass as green.
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure --no-tests=error -j "$(nproc)"
