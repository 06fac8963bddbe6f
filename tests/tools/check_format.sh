#!/bin/sh
# The C++ sources are formatted as .clang-format says: lists every tracked .cc/.h file that
# clang-format would change and fails when there is one. Usage: check_format.sh REPO_DIR
# Fix with: git ls-files '*.cc' '*.h' | xargs clang-format -i
set -eu
cd "$1"
command -v clang-format >/dev/null || { echo "clang-format not found: scripts/install-deps.sh installs it"; exit 1; }
bad=$(git ls-files '*.cc' '*.h' 2>/dev/null || find . -name '*.cc' -o -name '*.h' | grep -v '^./build')
out=""
for f in $bad; do
  clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || out="$out $f"
done
if [ -n "$out" ]; then
  echo "not formatted as .clang-format says:$out"
  exit 1
fi
echo "every C++ file is formatted"
