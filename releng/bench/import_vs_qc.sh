#!/usr/bin/env bash
# `qc` against the `import` it follows, alternating in one run: N times, import the SEG-Y into a fresh dataset,
# then run qc on it, both with SEISLENS_VMARGS (default -Xmx256m). Prints each run's in-process seconds (what
# each command's --json reports) and wall seconds, min and median of each, and the ratio of the medians
# (issue 15: qc no slower than its import).
#   releng/bench/import_vs_qc.sh /dev/shm/p/seislens-demo.sgy /dev/shm/importspeed [runs]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
segy=$1; work=$2; runs=${3:-3}
export SEISLENS_VMARGS="${SEISLENS_VMARGS:--Xmx256m}"
mkdir -p "$work"
results="$work/import_vs_qc.txt"
: > "$results"
seconds() { /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["seconds"])'; }
for i in $(seq 1 "$runs"); do
  rm -rf "$work/qc.seislens"
  start=$(date +%s.%N)
  s=$("$repo/seislens-cli" import "$segy" "$work/qc.seislens" --json | seconds)
  echo "import $s $(echo "$(date +%s.%N) - $start" | bc)" | tee -a "$results"
  start=$(date +%s.%N)
  s=$("$repo/seislens-cli" qc "$work/qc.seislens" --json | seconds)
  echo "qc $s $(echo "$(date +%s.%N) - $start" | bc)" | tee -a "$results"
done
rm -rf "$work/qc.seislens"
/usr/bin/python3 - "$results" <<'PY'
import statistics, sys
runs = {"import": [], "qc": []}
for line in open(sys.argv[1]):
    tool, seconds, wall = line.split()
    runs[tool].append((float(seconds), float(wall)))
med = {}
for tool, r in runs.items():
    s = [x[0] for x in r]; w = [x[1] for x in r]
    med[tool] = (statistics.median(s), statistics.median(w))
    print(f"{tool:6s} in-process min {min(s):.2f} median {med[tool][0]:.2f} s | wall min {min(w):.2f} median {med[tool][1]:.2f} s")
print(f"ratio of medians qc / import: in-process {med['qc'][0] / med['import'][0]:.2f}, wall {med['qc'][1] / med['import'][1]:.2f}")
PY
