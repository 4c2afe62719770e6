#!/usr/bin/env bash
# Cold-read tails against segyio, alternating in one run: N pairs of `bench read` (GC log on) and
# segyio_window_read.py on the same window shape; prints each run's p50/p99 and the largest GC pause.
#   releng/bench/read_tails.sh /dev/shm/big/seislens-demo.seislens /dev/shm/big/seislens-demo.sgy [pairs]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
dataset=$1; segy=$2; pairs=${3:-3}
log=$(mktemp -d "${TMPDIR:-/tmp}/read-tails.XXXXXX")
for i in $(seq 1 "$pairs"); do
  SEISLENS_VMARGS="${SEISLENS_VMARGS:-} -Xlog:gc:file=$log/gc$i.log" "$repo/seislens-cli" bench read "$dataset" \
    --windows 300 --json > "$log/read$i.json"
  /usr/bin/python3 "$repo/releng/bench/segyio_window_read.py" "$segy" --windows 300 > "$log/segyio$i.json"
  /usr/bin/python3 - "$log" "$i" <<'PY'
import json, re, sys
d, i = sys.argv[1], sys.argv[2]
r = json.load(open(f"{d}/read{i}.json")); s = json.load(open(f"{d}/segyio{i}.json"))
pauses = [float(m.group(1)) for m in re.finditer(r"Pause Young.* ([0-9.]+)ms", open(f"{d}/gc{i}.log").read())]
print(f"pair {i}: seislens cold p50 {r['cold_p50_ms']:.2f} p99 {r['cold_p99_ms']:.2f} heap {r['heap_used_mb']:.0f} MB | "
      f"segyio p50 {s['p50_ms']:.2f} p99 {s['p99_ms']:.2f} | cold p99 / segyio p50 {r['cold_p99_ms'] / s['p50_ms']:.1f} | "
      f"young pauses {len(pauses)}, max {max(pauses, default=0):.1f} ms")
PY
done
echo "logs in $log"
