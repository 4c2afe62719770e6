#!/usr/bin/env bash
# Gather-stepping tails, alternating in one run: N rounds of `bench gathers` for each command line (or each JVM
# option set); prints next p50/p99/max, every stop-the-world pause of the run from the JVM's safepoint log whatever
# the collector (count, max, how many exceed two frames at 60 Hz = 33.3 ms, and the kinds of those), the heap after
# collections by tenth of the run (GC log), and where the slow steps went (`slow_steps` of the JSON: collection
# pauses, the caller waiting for a core, on a core, blocked). ZGC's allocation stalls (a thread that allocates
# faster than the concurrent collection frees waits; not a safepoint) are counted when there are any.
#   releng/bench/gather_tails.sh <dataset> [rounds] [bench gathers options...]
#   releng/bench/gather_tails.sh /dev/shm/p/seislens-demo.seislens 3 --key field_record --steps 60
#   releng/bench/gather_tails.sh /dev/shm/p/seislens-demo.seislens 1 --steps 10000 --rate 0 --wrap
# SEISLENS_CLI names other command lines to measure, separated by ';' (default: this repository's seislens-cli).
# GATHER_VMARGS names JVM option sets to alternate, separated by ';', each added to SEISLENS_VMARGS, e.g.
#   GATHER_VMARGS='-XX:+UseG1GC -XX:G1HeapRegionSize=16m;-XX:+UseZGC' releng/bench/gather_tails.sh <dataset> 3
# GATHER_LOGS keeps the logs in that directory (default: a new temporary one, printed at the end).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
dataset=$1; rounds=${2:-3}; shift 2 || shift $#
IFS=';' read -r -a clis <<< "${SEISLENS_CLI:-$repo/seislens-cli}"
IFS=';' read -r -a vmargs <<< "${GATHER_VMARGS:- }"
log=${GATHER_LOGS:-$(mktemp -d "${TMPDIR:-/tmp}/gather-tails.XXXXXX")}
mkdir -p "$log"
for i in $(seq 1 "$rounds"); do
  for c in "${!clis[@]}"; do
    for v in "${!vmargs[@]}"; do
      run="$i-$c-$v"
      SEISLENS_VMARGS="${SEISLENS_VMARGS:-} ${vmargs[$v]} -Xlog:gc,safepoint:file=$log/gc$run.log" \
        ${clis[$c]} bench gathers "$dataset" "$@" --json > "$log/gathers$run.json"
      /usr/bin/python3 - "$log" "$run" "${vmargs[$v]}" <<'PY'
import json, re, sys, statistics
d, run, vm = sys.argv[1:4]
r = json.load(open(f"{d}/gathers{run}.json"))
text = open(f"{d}/gc{run}.log").read()
# Every safepoint is a stop of all Java threads: the collectors' pauses and the JVM's own operations.
# Only those of the run (JSON run_from_s .. run_to_s, JVM uptime like the log's stamps), not the start-up's.
t0, t1 = r.get("run_from_s", 0), r.get("run_to_s", float("inf"))
stops = [(m.group(2), int(m.group(3)) / 1e6) for m in
         re.finditer(r'\[([0-9.]+)s\].*?Safepoint "([^"]+)".*?Total: (\d+) ns', text) if t0 <= float(m.group(1)) <= t1]
ms = [s[1] for s in stops]
# ZGC blocks a thread that allocates faster than the concurrent collection frees (not a safepoint): count those too.
stalls = [float(m.group(1)) for m in re.finditer(r"Allocation Stall \([^)]*\) ([0-9.]+)ms", text)]
over = sorted({s[0] for s in stops if s[1] > 1000 / 30})
# Heap after each collection: G1/Parallel/Serial "30M->20M(256M)", ZGC "60M(23%)->14M(5%)".
after = [float(m.group(1)) for m in re.finditer(r"\[gc\s*\].*?\d+M(?:\(\d+%\))?->(\d+)M", text)]
tenths = [statistics.median(after[k * len(after) // 10:(k + 1) * len(after) // 10] or [float('nan')]) for k in range(10)]
slow = r.get("slow_steps", [])
def mean(key):
    return sum(s[key] for s in slow) / len(slow) if slow else 0.0
print(f"round {run} [{vm.strip() or 'default'}]: steps {r['steps']} hit_rate {r['hit_rate']:.3f} next p50 "
      f"{r['next_p50_ms']:.1f} p99 {r['next_p99_ms']:.1f} max {r['next_max_ms']:.1f} ms | stops {len(ms)}, max "
      f"{max(ms, default=0):.1f} ms, > 33.3 ms: {sum(1 for m in ms if m > 1000 / 30)} {over or ''}"
      f"{f' | allocation stalls {len(stalls)}, max {max(stalls):.1f} ms' if stalls else ''} | heap after GC by "
      f"tenth (MB) {' '.join(f'{t:.0f}' for t in tenths)} | steps > 33.3 ms: {len(slow)}, mean {mean('ms'):.1f} ms: "
      f"draw {mean('draw_ms'):.1f}, read {mean('read_ms'):.1f}, gc {mean('gc_pause_ms'):.1f}, waiting for a core "
      f"{mean('run_queue_ms'):.1f}, on a core {mean('cpu_ms'):.1f}, misses {sum(1 for s in slow if not s['hit'])}",
      flush=True)
PY
    done
  done
done
echo "logs in $log"
