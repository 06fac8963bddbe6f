#!/bin/bash
# Submits a tablift batch as a Slurm job array of N shards, plus a job that merges the shard
# reports into OUTDIR/batch-report.json once every shard ended (afterany).
#
#   submit.sh N OUTDIR INPUT... [-- BATCH OPTIONS...]
#
# Prints the two job ids. Extra sbatch options can be given in SBATCH_ARGS (e.g.
# "--partition=short --cpus-per-task=8"). TABLIFT names the executable (default: tablift).
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 N OUTDIR INPUT... [-- BATCH OPTIONS...]" >&2
  exit 2
fi
n=$1 outdir=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
tablift=${TABLIFT:-tablift}
mkdir -p "$outdir"
# shellcheck disable=SC2086
array=$(sbatch --parsable ${SBATCH_ARGS:-} --array=0-$((n - 1)) --export=ALL,TABLIFT="$tablift" \
  --output="$outdir/slurm-%A_%a.out" "$here/tablift-array.sbatch" "$outdir" "$@")
reports=()
for ((i = 0; i < n; i++)); do reports+=("$outdir/batch-report.shard-$i-of-$n.json"); done
# shellcheck disable=SC2086
merge=$(sbatch --parsable ${SBATCH_ARGS:-} --dependency="afterany:$array" --job-name=tablift-merge \
  --output="$outdir/slurm-merge-%j.out" \
  --wrap="$(printf '%q ' "$tablift" batch --merge-reports "${reports[@]}" -o "$outdir")")
echo "$array $merge"
