#!/usr/bin/env bash
# Times converting a folder of PDFs with `tablift convert --format json --grid` (what the
# ICDAR-2013 scoring run does) against `pdftotext -bbox-layout` over the same files, each as
# one pass over the folder, best of N passes, in this one script, and prints the ratio
# (issue 10's target: at most 1.5). See bench/README.md.
# Usage: bench/icdar_vs_pdftotext.sh PDF_DIR [N]   (e.g. ../shared/benchmarks/icdar2013-dev/pdf, 3)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
dir=${1:?usage: bench/icdar_vs_pdftotext.sh PDF_DIR [N]}
runs=${2:-3}
tablift=$(find_tablift)
command -v pdftotext >/dev/null || { echo "pdftotext missing: run scripts/install-deps.sh" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mapfile -t pdfs < <(find "$dir" -maxdepth 1 -name '*.pdf' | sort)
[ ${#pdfs[@]} -gt 0 ] || { echo "no PDF in $dir" >&2; exit 1; }

# One pass: every file converted by the given tool; exit code 4 (no table) is not a failure.
pass_tablift() {
  for f in "${pdfs[@]}"; do "$tablift" convert "$f" -o "$out/t" --format json --grid 2>/dev/null || [ $? -eq 4 ]; done
}
pass_pdftotext() {
  for f in "${pdfs[@]}"; do pdftotext -bbox-layout "$f" "$out/bbox.html"; done
}
export -f pass_tablift pass_pdftotext
export tablift out
export PDFS="${pdfs[*]}"

echo "input: ${#pdfs[@]} PDFs in $dir, best of $runs passes"
read -r wall_t cpu_t < <(best_of "$runs" bash -c 'pdfs=($PDFS); pass_tablift')
read -r wall_p cpu_p < <(best_of "$runs" bash -c 'pdfs=($PDFS); pass_pdftotext')
printf '%-40s %8s %8s\n' "" "wall s" "CPU s" \
  "tablift convert --format json --grid" "$wall_t" "$cpu_t" \
  "pdftotext -bbox-layout" "$wall_p" "$cpu_p"
verdict "time, wall (tablift/pdftotext)" "$(ratio "$wall_t" "$wall_p" 2)" "<=" 1.5
verdict "time, CPU (tablift/pdftotext)" "$(ratio "$cpu_t" "$cpu_p" 2)" "<=" 1.5
