#!/usr/bin/env bash
# Import against the Python peer, alternating in one run: N pairs of `seislens-cli import` (SEISLENS_VMARGS,
# default -Xmx256m) and segyio_zarr_import.py (segyio reads blocks of traces, zarr-python writes the same
# 128 x 256 chunks with LZ4, one thread) on the same file; each output is deleted before its run, outside the
# timing. Prints each run, then min and median of each side, in-process seconds (what each tool reports; the
# JVM's and OSGi's start excluded, as the interpreter's start is for Python), wall seconds with the start, and
# CPU seconds (user + system of the whole command, all threads: the figure least moved by other load on a
# shared machine), and the ratios of the medians (issue 16: in-process import at most 1.0 x Python).
#   releng/bench/import_vs_python.sh /dev/shm/p/seislens-demo.sgy /dev/shm/importspeed [pairs]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
segy=$1; work=$2; pairs=${3:-5}
export SEISLENS_VMARGS="${SEISLENS_VMARGS:--Xmx256m}"
mkdir -p "$work"
results="$work/import_vs_python.txt"
cpu=/usr/bin/time  # GNU time: the CPU seconds of a command and all its threads and children
: > "$results"
for i in $(seq 1 "$pairs"); do
  rm -rf "$work/seislens.seislens" "$work/python.zarr"
  start=$(date +%s.%N)
  "$cpu" -f "%U %S" -o "$work/cpu.txt" "$repo/seislens-cli" import "$segy" "$work/seislens.seislens" --json \
      > "$work/out.json"
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  s=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["seconds"])' "$work/out.json")
  echo "seislens $s $wall $(awk '{print $1 + $2}' "$work/cpu.txt")" | tee -a "$results"
  rm -rf "$work/seislens.seislens"
  start=$(date +%s.%N)
  "$cpu" -f "%U %S" -o "$work/cpu.txt" /usr/bin/python3 "$repo/releng/bench/segyio_zarr_import.py" "$segy" \
      "$work/python.zarr" > "$work/out.json"
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  p=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["seconds"])' "$work/out.json")
  echo "python $p $wall $(awk '{print $1 + $2}' "$work/cpu.txt")" | tee -a "$results"
  rm -rf "$work/python.zarr"
done
rm -f "$work/cpu.txt" "$work/out.json"
/usr/bin/python3 - "$results" <<'PY'
import statistics, sys
runs = {"seislens": [], "python": []}
for line in open(sys.argv[1]):
    tool, seconds, wall, cpu = line.split()
    runs[tool].append((float(seconds), float(wall), float(cpu)))
med = {}
for tool, r in runs.items():
    s = [x[0] for x in r]; w = [x[1] for x in r]; c = [x[2] for x in r]
    med[tool] = (statistics.median(s), statistics.median(w), statistics.median(c))
    print(f"{tool:8s} in-process min {min(s):.2f} median {med[tool][0]:.2f} s | wall min {min(w):.2f} "
          f"median {med[tool][1]:.2f} s | cpu min {min(c):.2f} median {med[tool][2]:.2f} s")
print(f"ratio of medians seislens / python: in-process {med['seislens'][0] / med['python'][0]:.2f}, "
      f"wall {med['seislens'][1] / med['python'][1]:.2f}, cpu {med['seislens'][2] / med['python'][2]:.2f}")
PY
