#!/usr/bin/env bash
# Cold-read tails against segyio, alternating in one run: N pairs of `bench read` (GC log on) and
# segyio_window_read.py on the same window shape; prints each run's p50/p99/max, the largest GC pause, and where
# the slowest 1 % of the cold windows spent their time (collection pauses; the calling thread on a core, waiting
# for one, or blocked on its helper threads or a collection).
#   releng/bench/read_tails.sh /dev/shm/p/seislens-demo.seislens /dev/shm/p/seislens-demo.sgy [pairs]
# SEISLENS_CLI names other command lines to measure, separated by ';' (e.g. copies of the product with other
# bundles): "SEISLENS_CLI='cli-a;cli-b --opt' releng/bench/read_tails.sh ..." alternates each against segyio.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
dataset=$1; segy=$2; pairs=${3:-3}
IFS=';' read -r -a clis <<< "${SEISLENS_CLI:-$repo/seislens-cli}"
# The workbench's collector setting (seislens.product vmArgs): with 16 MB regions a 4 MB window is an ordinary
# young allocation, not a humongous one that starts a collection and a marking cycle of its own.
vmargs=${SEISLENS_VMARGS:--XX:G1HeapRegionSize=16m}
log=$(mktemp -d "${TMPDIR:-/tmp}/read-tails.XXXXXX")
for i in $(seq 1 "$pairs"); do
  for c in "${!clis[@]}"; do
    SEISLENS_VMARGS="$vmargs -Xlog:gc:file=$log/gc$i-$c.log" ${clis[$c]} bench read "$dataset" \
      --windows 300 --json > "$log/read$i-$c.json"
  done
  /usr/bin/python3 "$repo/releng/bench/segyio_window_read.py" "$segy" --windows 300 > "$log/segyio$i.json"
  /usr/bin/python3 - "$log" "$i" "${#clis[@]}" <<'PY'
import json, re, sys
d, i, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
s = json.load(open(f"{d}/segyio{i}.json"))
print(f"pair {i}: segyio p50 {s['p50_ms']:.2f} p99 {s['p99_ms']:.2f}")
for c in range(n):
    r = json.load(open(f"{d}/read{i}-{c}.json"))
    pauses = [float(m.group(1)) for m in re.finditer(r"Pause .* ([0-9.]+)ms", open(f"{d}/gc{i}-{c}.log").read())]
    t = r.get("cold_slowest", {})
    print(f"  cli {c}: cold p50 {r['cold_p50_ms']:.2f} p99 {r['cold_p99_ms']:.2f} max {r.get('cold_max_ms', 0):.2f} "
          f"hit p50 {r['hit_p50_ms']:.2f} heap {r['heap_used_mb']:.0f} MB | cold p99 / segyio p50 "
          f"{r['cold_p99_ms'] / s['p50_ms']:.1f} | pauses {len(pauses)}, max {max(pauses, default=0):.1f} ms | slowest "
          f"{t.get('windows', 0)}: {t.get('wall_ms', 0):.1f} ms, gc {t.get('gc_pause_ms', 0):.1f} ms, the caller waiting for a core "
          f"{t.get('run_queue_ms', 0):.1f} ms, on a core {t.get('cpu_ms', 0):.1f} ms, blocked "
          f"{t.get('wall_ms', 0) - t.get('run_queue_ms', 0) - t.get('cpu_ms', 0):.1f} ms | load {r.get('load_average_before', -1):.1f}")
PY
done
echo "logs in $log"
