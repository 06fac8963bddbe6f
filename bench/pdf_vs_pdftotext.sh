#!/usr/bin/env bash
# Times `tablift convert` of a PDF (all three formats) against `pdftotext -bbox-layout` (Debian
# poppler-utils) on the same file, best of N runs each, and prints both times, the ratio and
# tablift's peak RSS. See bench/README.md.
# Usage: bench/pdf_vs_pdftotext.sh [FILE.pdf] [N]   (default samples/cedaw-report.pdf, 10)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
input=${1:-$here/../samples/cedaw-report.pdf}
runs=${2:-10}
tablift=$(find_tablift)
command -v pdftotext >/dev/null || { echo "pdftotext missing: run scripts/install-deps.sh" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "input: $input ($(stat -c %s "$input") bytes), best of $runs runs"
read -r wall_tablift cpu_tablift < <(best_of "$runs" "$tablift" convert "$input" -o "$out" --format csv,json,xml)
read -r wall_pdftotext cpu_pdftotext < <(best_of "$runs" pdftotext -bbox-layout "$input" "$out/bbox.html")
rss=$(peak_rss_mb "$tablift" convert "$input" -o "$out" --format csv,json,xml)
printf '%-34s %8s %8s\n' "" "wall s" "CPU s" \
  "tablift convert (3 formats)" "$wall_tablift" "$cpu_tablift" \
  "pdftotext -bbox-layout" "$wall_pdftotext" "$cpu_pdftotext"
verdict "time, wall (tablift/pdftotext)" "$(ratio "$wall_tablift" "$wall_pdftotext" 2)" "<=" 1.5
verdict "time, CPU (tablift/pdftotext)" "$(ratio "$cpu_tablift" "$cpu_pdftotext" 2)" "<=" 1.5
verdict "tablift peak RSS (MB)" "$rss" "<=" 150
