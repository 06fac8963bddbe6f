#!/usr/bin/env bash
# Regenerates the golden files in tests/golden/ from the current build (see tests/golden/README.md).
# Goldens are written only when the sample's other checks (score, CSV, XML) pass first.
# Extra arguments go to ctest, e.g. `scripts/update-golden.sh -R docx` for the DOCX sample only.
# BUILD_DIR selects the build tree (default: build); TABLIFT_NO_BUILD=1 skips the build step.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build}
[ "${TABLIFT_NO_BUILD:-0}" = 1 ] || scripts/build.sh
ctest --test-dir "$build_dir" -L sample -LE golden --output-on-failure "$@"
TABLIFT_UPDATE_GOLDEN=1 ctest --test-dir "$build_dir" -L golden --output-on-failure "$@"
git status --short tests/golden
