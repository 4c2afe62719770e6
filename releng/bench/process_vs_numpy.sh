#!/usr/bin/env bash
# Times `seislens-cli process` against releng/bench/numpy_process.py on the same dataset and chain (AGC 500 ms,
# band-pass 5-10-60-80 Hz), alternating the two, and prints each run's figures and then min and median of each.
#   releng/bench/process_vs_numpy.sh <dataset> <work-dir> [runs]
# SEISLENS_VMARGS defaults to -Xmx256m. Wall seconds include the JVM's or the interpreter's start.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
dataset=$1
work=$2
runs=${3:-3}
mkdir -p "$work"
chain="$work/chain.json"
echo '{"steps":[{"op":"agc","window_ms":500},{"op":"bandpass","f1":5,"f2":10,"f3":60,"f4":80}]}' > "$chain"
export SEISLENS_VMARGS=${SEISLENS_VMARGS:--Xmx256m}
results="$work/results.txt"
: > "$results"
for i in $(seq "$runs"); do
  start=$(date +%s.%N)
  s=$("$repo/seislens-cli" process "$dataset" "$work/seislens.seislens" --chain "$chain" --force --json \
    | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["seconds"])')
  end=$(date +%s.%N)
  echo "seislens $s $(echo "$end - $start" | bc)" | tee -a "$results"
  start=$(date +%s.%N)
  s=$(/usr/bin/python3 "$repo/releng/bench/numpy_process.py" "$dataset" "$work/numpy.zarr" \
    | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["seconds"])')
  end=$(date +%s.%N)
  echo "numpy $s $(echo "$end - $start" | bc)" | tee -a "$results"
done
/usr/bin/python3 - "$results" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
for who in ("seislens", "numpy"):
    inner = [float(r[1]) for r in rows if r[0] == who]
    wall = [float(r[2]) for r in rows if r[0] == who]
    print(f"{who}: seconds min {min(inner):.2f} median {statistics.median(inner):.2f}; "
          f"wall min {min(wall):.2f} median {statistics.median(wall):.2f} ({len(inner)} runs)")
PY
