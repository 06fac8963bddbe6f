#!/usr/bin/env bash
# Times `tablift convert` of a DOCX (all three formats) against python-docx reading every cell's
# text of the same file, best of N runs each (whole processes, start-up included), and prints
# both times, the ratio and tablift's peak RSS. See bench/README.md.
# Usage: bench/docx_vs_python_docx.sh [FILE.docx] [N]   (default samples/cedaw-report.docx, 20)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
input=${1:-$here/../samples/cedaw-report.docx}
runs=${2:-20}
tablift=$(find_tablift)
python=/usr/bin/python3  # Debian's, which has python3-docx (a pyenv python3 may not)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$python" -c 'import docx' || { echo "python3-docx missing: run scripts/install-deps.sh" >&2; exit 1; }
echo "input: $input ($(stat -c %s "$input") bytes), best of $runs runs"
echo "python-docx reads: $("$python" "$here/python_docx_read.py" "$input")"
read -r wall_tablift cpu_tablift < <(best_of "$runs" "$tablift" convert "$input" -o "$out" --format csv,json,xml)
read -r wall_python cpu_python < <(best_of "$runs" "$python" "$here/python_docx_read.py" "$input")
rss=$(peak_rss_mb "$tablift" convert "$input" -o "$out" --format csv,json,xml)
printf '%-34s %8s %8s\n' "" "wall s" "CPU s" \
  "tablift convert (3 formats)" "$wall_tablift" "$cpu_tablift" \
  "python-docx (every cell)" "$wall_python" "$cpu_python"
verdict "speed-up, wall (python/tablift)" "$(ratio "$wall_python" "$wall_tablift" 1)" ">=" 20
verdict "speed-up, CPU (python/tablift)" "$(ratio "$cpu_python" "$cpu_tablift" 1)" ">=" 20
verdict "tablift peak RSS (MB)" "$rss" "<=" 50
