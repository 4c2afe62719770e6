#!/usr/bin/env bash
# Start-up of the command line against the Python peer's: alternating in one run, N times each, the whole
# commands `seislens-cli --version` and `seislens-cli info <dataset>` (a JVM and OSGi start, the command, the
# stop) of each command line, and `python3 -c "import segyio, zarr, numcodecs"` (what the import peer,
# segyio_zarr_import.py, starts with). Prints every run, then min and median wall seconds of each.
#   releng/bench/cli_start.sh [dataset (default /dev/shm/p/seislens-demo.seislens)] [runs (default 7)]
#   SEISLENS_CLI   command lines to compare, separated by ';' (default: this repository's seislens-cli),
#                  e.g. an older checkout's, to measure a change before and after in the same run
# One untimed run of each first (the first run of a new build prepares its start-up state; see README).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
dataset=${1:-/dev/shm/p/seislens-demo.seislens}
runs=${2:-7}
IFS=';' read -r -a clis <<< "${SEISLENS_CLI:-$repo/seislens-cli}"
results=$(mktemp)
trap 'rm -f "$results"' EXIT
timed() { # name command...
  local name=$1 t0 t1
  shift
  t0=$(date +%s.%N)
  "$@" > /dev/null
  t1=$(date +%s.%N)
  echo "$name $(echo "$t1 - $t0" | bc)" | tee -a "$results"
}
for cli in "${clis[@]}"; do "$cli" --version > /dev/null; done
for i in $(seq "$runs"); do
  for c in "${!clis[@]}"; do
    timed "cli$c:--version" "${clis[$c]}" --version
    timed "cli$c:info" "${clis[$c]}" info "$dataset"
  done
  timed "python:import-segyio-zarr" /usr/bin/python3 -c "import segyio, zarr, numcodecs"
done
for c in "${!clis[@]}"; do echo "cli$c = ${clis[$c]}"; done
/usr/bin/python3 - "$results" <<'PY'
import collections, statistics, sys
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    name, seconds = line.split()
    runs[name].append(float(seconds))
for name, v in runs.items():
    print(f"{name:<28} min {min(v):6.2f} s, median {statistics.median(v):6.2f} s  ({len(v)} runs)")
PY
