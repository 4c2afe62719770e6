#!/usr/bin/env bash
# `qc` against the `import` it follows, alternating in one run: N times, import the SEG-Y into a fresh dataset,
# then run qc on it, both with SEISLENS_VMARGS (default -Xmx256m). Prints each run's in-process seconds (what
# each command's --json reports), wall seconds and CPU seconds (user + system, JVM start included), min and
# median of each, and the ratio of the medians (issue 15: qc no slower than its import). CPU seconds tell more
# than wall seconds on a machine shared with other work.
#   releng/bench/import_vs_qc.sh /dev/shm/p/seislens-demo.sgy /dev/shm/importspeed [runs]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
segy=$1; work=$2; runs=${3:-3}
export SEISLENS_VMARGS="${SEISLENS_VMARGS:--Xmx256m}"
mkdir -p "$work"
results="$work/import_vs_qc.txt"
: > "$results"
seconds() { /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["seconds"])'; }
# Runs a command; prints its in-process seconds, wall seconds and CPU seconds.
measure() {
  local times="$work/time.txt" start s
  start=$(date +%s.%N)
  s=$(/usr/bin/time -o "$times" -f "%U %S" "$@" | seconds)
  echo "$s $(echo "$(date +%s.%N) - $start" | bc) $(awk '{print $1 + $2}' "$times")"
}
for i in $(seq 1 "$runs"); do
  rm -rf "$work/qc.seislens"
  echo "import $(measure "$repo/seislens-cli" import "$segy" "$work/qc.seislens" --json)" | tee -a "$results"
  echo "qc $(measure "$repo/seislens-cli" qc "$work/qc.seislens" --json)" | tee -a "$results"
done
rm -rf "$work/qc.seislens" "$work/time.txt"
/usr/bin/python3 - "$results" <<'PY'
import statistics, sys
runs = {"import": [], "qc": []}
for line in open(sys.argv[1]):
    tool, seconds, wall, cpu = line.split()
    runs[tool].append((float(seconds), float(wall), float(cpu)))
med = {}
for tool, r in runs.items():
    s, w, c = ([x[k] for x in r] for k in range(3))
    med[tool] = (statistics.median(s), statistics.median(w), statistics.median(c))
    print(f"{tool:6s} in-process min {min(s):.2f} median {med[tool][0]:.2f} s | wall min {min(w):.2f} "
          f"median {med[tool][1]:.2f} s | cpu min {min(c):.2f} median {med[tool][2]:.2f} s")
q, i = med["qc"], med["import"]
print(f"ratio of medians qc / import: in-process {q[0] / i[0]:.2f}, wall {q[1] / i[1]:.2f}, cpu {q[2] / i[2]:.2f}")
PY
