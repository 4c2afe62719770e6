#!/usr/bin/env bash
# Gather-stepping tails, alternating in one run: N rounds of `bench gathers` (GC log on) for each command line;
# prints next p50/p99/max, the collection pauses from the GC log (count, max, how many exceed two frames at
# 60 Hz = 33.3 ms), the heap after collections by tenth of the run, and where the slowest 1 % of the steps went.
#   releng/bench/gather_tails.sh <dataset> [rounds] [bench gathers options...]
#   releng/bench/gather_tails.sh /dev/shm/p/seislens-demo.seislens 3 --key field_record --steps 60
#   releng/bench/gather_tails.sh /dev/shm/p/seislens-demo.seislens 1 --steps 10000 --rate 0 --wrap
# SEISLENS_CLI names other command lines to measure, separated by ';' (default: this repository's seislens-cli).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
dataset=$1; rounds=${2:-3}; shift 2 || shift $#
IFS=';' read -r -a clis <<< "${SEISLENS_CLI:-$repo/seislens-cli}"
log=$(mktemp -d "${TMPDIR:-/tmp}/gather-tails.XXXXXX")
for i in $(seq 1 "$rounds"); do
  for c in "${!clis[@]}"; do
    SEISLENS_VMARGS="${SEISLENS_VMARGS:-} -Xlog:gc:file=$log/gc$i-$c.log" ${clis[$c]} bench gathers "$dataset" "$@" \
      --json > "$log/gathers$i-$c.json"
    /usr/bin/python3 - "$log" "$i" "$c" <<'PY'
import json, re, sys, statistics
d, i, c = sys.argv[1:4]
r = json.load(open(f"{d}/gathers{i}-{c}.json"))
text = open(f"{d}/gc{i}-{c}.log").read()
pauses = [(float(m.group(1)), float(m.group(2)), float(m.group(3))) for m in
          re.finditer(r"\[([0-9.]+)s\].*Pause (?:Young|Remark|Cleanup|Full).*?->([0-9.]+)M\S* ([0-9.]+)ms", text)]
ms = [p[2] for p in pauses]
after = [p[1] for p in pauses]
tenths = [statistics.median(after[k * len(after) // 10:(k + 1) * len(after) // 10] or [float('nan')]) for k in range(10)]
s = r.get("next_slowest", {})
print(f"round {i} cli {c}: steps {r['steps']} hit_rate {r['hit_rate']:.3f} next p50 {r['next_p50_ms']:.1f} "
      f"p99 {r['next_p99_ms']:.1f} max {r['next_max_ms']:.1f} ms | pauses {len(ms)}, max {max(ms, default=0):.1f} ms, "
      f"> 33.3 ms: {sum(1 for m in ms if m > 1000 / 30)} | heap after GC by tenth (MB, GC log) "
      f"{' '.join(f'{t:.0f}' for t in tenths)} | slowest {s.get('steps', 0)}: {s.get('wall_ms', 0):.1f} ms, gc "
      f"{s.get('gc_pause_ms', 0):.1f}, the caller waiting for a core {s.get('run_queue_ms', 0):.1f}, on a core {s.get('cpu_ms', 0):.1f}, "
      f"blocked {s.get('wall_ms', 0) - s.get('run_queue_ms', 0) - s.get('cpu_ms', 0):.1f}",
      flush=True)
PY
  done
done
echo "logs in $log"
