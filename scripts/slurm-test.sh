#!/bin/bash
# Slurm integration test of `tablift batch` (issue 5). Self-contained, run as root on a Debian 12
# machine (CI): installs Debian's slurm-wlm and munge when missing, starts a one-node cluster on
# loopback (munged, slurmctld, slurmd; every file under a temporary folder, no cgroups), submits
# a batch over the samples and bad inputs as a job array (contrib/slurm/submit.sh: N shards plus
# the merge job), waits (bounded), and checks that the outputs are byte-identical to a serial
# `tablift batch -j1` run and that the merged report is complete and equal to the serial one
# (durations aside). Stops the daemons it started on exit, whatever happens.
#
#   scripts/slurm-test.sh [TABLIFT_EXECUTABLE]     (default: build/cli/tablift, built if missing)
#
# Environment: SHARDS (default 3), SLURM_TEST_TIMEOUT seconds for the jobs (default 600),
# KEEP=1 keeps the temporary folder.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
tablift=${1:-$repo/build/cli/tablift}
shards=${SHARDS:-3}
job_timeout=${SLURM_TEST_TIMEOUT:-600}
py=/usr/bin/python3

say() { echo "slurm-test: $*" >&2; }
die() { say "FAIL: $*"; exit 1; }

[ "$(id -u)" = 0 ] || die "run as root (it installs packages and starts slurmd)"
if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
  say "installing slurm-wlm and munge"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends slurm-wlm munge
fi
if [ ! -x "$tablift" ]; then
  say "building $tablift"
  cmake -S "$repo" -B "$repo/build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$repo/build" --target tablift -j2 >/dev/null
fi
tablift=$(cd "$(dirname "$tablift")" && pwd)/$(basename "$tablift")

work=$(mktemp -d /tmp/tablift-slurm.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
  local status=$?
  for pidfile in "$work"/run/slurmd.pid "$work"/run/slurmctld.pid "$work"/run/munged.pid; do
    [ -s "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  sleep 1
  for pidfile in "$work"/run/slurmd.pid "$work"/run/slurmctld.pid "$work"/run/munged.pid; do
    [ -s "$pidfile" ] && kill -KILL "$(cat "$pidfile")" 2>/dev/null || true
  done
  if [ $status -ne 0 ]; then
    for log in "$work"/log/*; do
      [ -f "$log" ] && { say "--- $log (tail)"; tail -n 20 "$log" >&2; }
    done
  fi
  if [ "${KEEP:-0}" = 1 ] || [ $status -ne 0 ]; then say "kept $work"; else rm -rf "$work"; fi
  exit $status
}
trap cleanup EXIT INT TERM
mkdir -p "$work"/{run,log,munge,state,spool}
chmod 700 "$work/munge"

# --- munge: its own key and socket, so nothing of the machine's set-up is used or touched.
dd if=/dev/urandom of="$work/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$work/munge/munge.key"
munged --force --key-file="$work/munge/munge.key" --socket="$work/munge/munge.sock" \
  --pid-file="$work/run/munged.pid" --log-file="$work/log/munged.log" \
  --seed-file="$work/munge/munge.seed"
for _ in $(seq 50); do [ -S "$work/munge/munge.sock" ] && break; sleep 0.1; done
munge --socket="$work/munge/munge.sock" -n | unmunge --socket="$work/munge/munge.sock" >/dev/null ||
  die "munge does not work"

# --- slurm.conf: one node (this machine, on loopback), free ports, everything under $work.
free_port() { "$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
ctld_port=$(free_port)
slurmd_port=$(free_port)
cpus=$(nproc)
mem_mb=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 / 2 ))
export SLURM_CONF=$work/slurm.conf
cat > "$SLURM_CONF" <<CONF
ClusterName=tablifttest
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$work/munge/munge.sock
CredType=cred/munge
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/run/slurmctld.pid
SlurmdPidFile=$work/run/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
MpiDefault=none
ReturnToService=2
PlugStackConfig=$work/plugstack.conf
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem_mb State=UNKNOWN
PartitionName=test Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
: > "$work/plugstack.conf"

slurmctld -f "$SLURM_CONF" -i
slurmd -f "$SLURM_CONF" -N localhost
ready=
for _ in $(seq 60); do
  state=$(sinfo -h -N -o '%T' 2>/dev/null | head -1 || true)
  case "$state" in idle*|mixed*|allocated*) ready=1; break ;; esac
  sleep 1
done
[ -n "$ready" ] || die "the node did not become ready (state: ${state:-none})"
say "cluster up: node $(sinfo -h -N -o '%N %T %c CPUs')"

# --- the batch: the small corpus (samples, generated DOCX, every tests/data input, bad files).
"$py" "$repo/tests/batch/batch_corpus.py" "$repo" "$work" --small >/dev/null
cp "$repo"/samples/*.docx "$repo"/samples/*.pdf "$work/corpus/"
cd "$work"
set +e
"$tablift" batch "$work/corpus" -o serial -j1 -q
serial_status=$?
set -e
[ $serial_status = 9 ] || die "serial batch: exit status $serial_status, want 9 (bad inputs)"

read -r array merge < <(TABLIFT=$tablift SBATCH_ARGS="--cpus-per-task=1" \
  "$repo/contrib/slurm/submit.sh" "$shards" "$work/cluster" "$work/corpus")
say "submitted array job $array ($shards shards) and merge job $merge"
deadline=$((SECONDS + job_timeout))
while squeue -h -j "$array,$merge" 2>/dev/null | grep -q .; do
  [ $SECONDS -lt $deadline ] || die "jobs still queued or running after ${job_timeout}s: $(squeue -h)"
  sleep 1
done
merge_out=$(cat "$work"/cluster/slurm-merge-*.out 2>/dev/null || true)
echo "$merge_out" | grep -q "inputs:" || die "the merge job printed no summary: $merge_out"

# --- checks: same bytes, complete report equal to the serial one.
tree() { (cd "$1" && find . -type f ! -name 'batch-report*.json' ! -name 'slurm-*.out' -print0 |
          sort -z | xargs -0 sha256sum); }
diff <(tree serial) <(tree cluster) >&2 || die "cluster outputs differ from the serial run"
strip() { "$py" -c 'import json,sys
r = json.load(open(sys.argv[1]))
for f in r["files"]: f.pop("seconds", None)
print(json.dumps(r, indent=1))' "$1"; }
[ -f cluster/batch-report.json ] || die "no merged report"
diff <(strip serial/batch-report.json) <(strip cluster/batch-report.json) >&2 ||
  die "the merged report differs from the serial one"
files=$("$py" -c 'import json; r=json.load(open("cluster/batch-report.json")); t=r["totals"]; print(t["inputs"], t["converted"], t["failed"], t["skipped"])')
say "ok: $shards shards on Slurm == serial run (inputs converted failed skipped: $files)"
