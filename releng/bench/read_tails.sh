#!/usr/bin/env bash
# Cold-read tails against segyio, alternating in one run: N rounds of `bench read` (GC log on) for each command
# line and collector setting, then segyio_window_read.py on the same window shape; prints each run's p50/p99/max,
# the largest GC pause, and where the slowest 1 % of the cold windows spent their time (collection pauses; the
# calling thread on a core, waiting for one, or blocked on its helper threads or a collection), then per setting
# the min / median over the rounds and cold p99 over the same round's segyio p50.
#   releng/bench/read_tails.sh /dev/shm/p/seislens-demo.seislens /dev/shm/p/seislens-demo.sgy [rounds]
# SEISLENS_CLI names other command lines to measure, separated by ';' (e.g. copies of the product with other
# bundles): "SEISLENS_CLI='cli-a;cli-b --opt' releng/bench/read_tails.sh ..." alternates each against segyio.
# SEISLENS_GC names collector settings, separated by ';', each run with every command line, e.g.
# SEISLENS_GC='-XX:+UseG1GC -XX:G1HeapRegionSize=16m;-XX:+UseZGC;-XX:+UseParallelGC;-XX:+UseSerialGC'; by default
# none: the command line's own (seislens-cli's gc_options for bench read, the parallel collector, which give way
# to a collector named in SEISLENS_VMARGS, as these are).
# SEISLENS_VMARGS (default -Xmx256m -XX:MaxDirectMemorySize=1g) is given to every run: the heap of the issue's
# memory bound; direct memory of its own, since bench read's 512 MB cache budget lives outside the heap and
# Java's direct-memory limit defaults to the heap's size.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
dataset=$1; segy=$2; rounds=${3:-3}
IFS=';' read -r -a clis <<< "${SEISLENS_CLI:-$repo/seislens-cli}"
IFS=';' read -r -a gcs <<< "${SEISLENS_GC:-}"
[ ${#gcs[@]} -eq 0 ] && gcs=("")
vmargs=${SEISLENS_VMARGS:--Xmx256m -XX:MaxDirectMemorySize=1g}
log=$(mktemp -d "${TMPDIR:-/tmp}/read-tails.XXXXXX")
names=()
for c in "${!clis[@]}"; do
  for g in "${!gcs[@]}"; do
    names+=("${clis[$c]##*/} ${gcs[$g]:-(own collector)}")
  done
done
printf '%s\n' "${names[@]}" > "$log/names"
for i in $(seq 1 "$rounds"); do
  k=0
  for c in "${!clis[@]}"; do
    for g in "${!gcs[@]}"; do
      SEISLENS_VMARGS="$vmargs ${gcs[$g]} -Xlog:gc:file=$log/gc$i-$k.log" ${clis[$c]} bench read "$dataset" \
        --windows 300 --json > "$log/read$i-$k.json"
      k=$((k + 1))
    done
  done
  /usr/bin/python3 "$repo/releng/bench/segyio_window_read.py" "$segy" --windows 300 > "$log/segyio$i.json"
  /usr/bin/python3 - "$log" "$i" "$k" <<'PY'
import json, re, sys
d, i, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
names = open(f"{d}/names").read().splitlines()
s = json.load(open(f"{d}/segyio{i}.json"))
print(f"round {i}: segyio p50 {s['p50_ms']:.2f} p99 {s['p99_ms']:.2f}")
for c in range(n):
    r = json.load(open(f"{d}/read{i}-{c}.json"))
    pauses = [float(m.group(1)) for m in re.finditer(r"Pause .* ([0-9.]+)ms", open(f"{d}/gc{i}-{c}.log").read())]
    t = r.get("cold_slowest", {})
    print(f"  {names[c]}: cold p50 {r['cold_p50_ms']:.2f} p99 {r['cold_p99_ms']:.2f} max {r.get('cold_max_ms', 0):.2f} "
          f"hit p50 {r['hit_p50_ms']:.2f} heap {r['heap_used_mb']:.0f} MB | cold p99 / segyio p50 "
          f"{r['cold_p99_ms'] / s['p50_ms']:.1f} | pauses {len(pauses)}, max {max(pauses, default=0):.1f} ms | slowest "
          f"{t.get('windows', 0)}: {t.get('wall_ms', 0):.1f} ms, gc {t.get('gc_pause_ms', 0):.1f} ms, the caller waiting for a core "
          f"{t.get('run_queue_ms', 0):.1f} ms, on a core {t.get('cpu_ms', 0):.1f} ms, blocked "
          f"{t.get('wall_ms', 0) - t.get('run_queue_ms', 0) - t.get('cpu_ms', 0):.1f} ms | load {r.get('load_average_before', -1):.1f}")
PY
done
/usr/bin/python3 - "$log" "$rounds" <<'PY'
import json, statistics, sys
d, rounds = sys.argv[1], int(sys.argv[2])
names = open(f"{d}/names").read().splitlines()
seg = [json.load(open(f"{d}/segyio{i}.json"))["p50_ms"] for i in range(1, rounds + 1)]
mm = lambda v: f"{min(v):.2f} / {statistics.median(v):.2f}"
print(f"min / median over {rounds} rounds: segyio p50 {mm(seg)} ms")
for c, name in enumerate(names):
    runs = [json.load(open(f"{d}/read{i}-{c}.json")) for i in range(1, rounds + 1)]
    p50 = [r["cold_p50_ms"] for r in runs]
    p99 = [r["cold_p99_ms"] for r in runs]
    mx = [r["cold_max_ms"] for r in runs]
    ratio = [r["cold_p99_ms"] / s for r, s in zip(runs, seg)]
    print(f"  {name}: cold p50 {mm(p50)}, p99 {mm(p99)}, max {mm(mx)} ms; p99 / segyio p50 {mm(ratio)}")
PY
echo "logs in $log"
