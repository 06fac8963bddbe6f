#!/usr/bin/env bash
# Usage: convert-fresh.sh TABLIFT OUTDIR INPUT [convert options...]
# Removes OUTDIR, then runs `TABLIFT convert INPUT -o OUTDIR [options]` into it.
set -euo pipefail
tablift=$1 outdir=$2 input=$3
shift 3
rm -rf -- "$outdir"
exec "$tablift" convert "$input" -o "$outdir" "$@"
