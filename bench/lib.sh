# Shared helpers of the benchmark scripts (sourced, not run).

# best_of N CMD...: runs CMD N times and prints "WALL CPU": the best wall time and the best CPU
# time (user + system) in seconds. Fails when a run fails.
best_of() {
  /usr/bin/python3 "$(dirname "${BASH_SOURCE[0]}")/run_timed.py" "$@"
}

# ratio A B DECIMALS: A / B.
ratio() {
  awk -v a="$1" -v b="$2" -v d="$3" 'BEGIN { printf "%.*f", d, a / b }'
}

# peak_rss_mb CMD...: the peak resident set size of one run of CMD, in MB (GNU time -v).
peak_rss_mb() {
  local kb
  kb=$(/usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ { print $2 }')
  [ -n "$kb" ] || { echo "could not measure peak RSS of: $*" >&2; return 1; }
  awk -v kb="$kb" 'BEGIN { printf "%.1f\n", kb / 1024 }'
}

# verdict LABEL VALUE OP LIMIT: prints "LABEL VALUE (target OP LIMIT): met|MISSED".
verdict() {
  local ok
  ok=$(awk -v v="$2" -v l="$4" -v op="$3" 'BEGIN { print (op == "<=" ? v <= l : v >= l) ? "met" : "MISSED" }')
  printf '%-34s %8s   (target %s %s): %s\n' "$1" "$2" "$3" "$4" "$ok"
}

# find_tablift: the tablift executable ($TABLIFT, else build/cli/tablift of this checkout).
find_tablift() {
  local exe=${TABLIFT:-$(dirname "${BASH_SOURCE[0]}")/../build/cli/tablift}
  [ -x "$exe" ] || { echo "no tablift executable at $exe: run scripts/build.sh or set TABLIFT" >&2; return 1; }
  echo "$exe"
}
