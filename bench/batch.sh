#!/bin/bash
# Batch benchmark (issue 5): files/s at -j1 and -j2 on the >= 200-file test corpus, the -j2/-j1
# ratio and the per-file overhead of isolation; bench/batch.py explains the method.
#   bench/batch.sh [TABLIFT_EXECUTABLE] [--repeat N]     (default: build/cli/tablift)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
exe=${1:-$repo/build/cli/tablift}
shift || true
[ -x "$exe" ] || { echo "bench/batch.sh: $exe not built (cmake --build build --target tablift)" >&2; exit 2; }
exec /usr/bin/python3 "$repo/bench/batch.py" "$exe" "$@"
