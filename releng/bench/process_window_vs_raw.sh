#!/usr/bin/env bash
# Times lazily processed windows against raw windows: alternates `seislens-cli bench read <dataset>` and
# `seislens-cli bench read <dataset> --chain <chain>` (AGC 500 ms, band-pass 5-10-60-80 Hz unless a chain is
# given), the same options for both, and prints each run's cold p50/p99 and then min and median of each and the
# ratio of the medians (issue 12's target: processed cold p50 at most 3 x raw), and the pan steps' p50.
#   releng/bench/process_window_vs_raw.sh <dataset> <work-dir> [runs] [chain.json]
# BENCH_OPTIONS defaults to "--windows 50 --heap-windows 0 --pan-steps 5".
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
dataset=$1
work=$2
runs=${3:-5}
mkdir -p "$work"
chain=${4:-$work/chain.json}
if [ -z "${4:-}" ]; then
  echo '{"steps":[{"op":"agc","window_ms":500},{"op":"bandpass","f1":5,"f2":10,"f3":60,"f4":80}]}' > "$chain"
fi
read -r -a options <<< "${BENCH_OPTIONS:---windows 50 --heap-windows 0 --pan-steps 5}"
results="$work/window-results.txt"
: > "$results"
fields='import json,sys; d=json.load(sys.stdin); print(d["cold_p50_ms"], d["cold_p99_ms"], d["hit_p50_ms"], d["pan_p50_ms"])'
for i in $(seq "$runs"); do
  echo "raw $("$repo/seislens-cli" bench read "$dataset" "${options[@]}" --json | /usr/bin/python3 -c "$fields")" \
    | tee -a "$results"
  echo "processed $("$repo/seislens-cli" bench read "$dataset" "${options[@]}" --chain "$chain" --json \
    | /usr/bin/python3 -c "$fields")" | tee -a "$results"
done
/usr/bin/python3 - "$results" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
median = {}
for who in ("raw", "processed"):
    p50 = [float(r[1]) for r in rows if r[0] == who]
    p99 = [float(r[2]) for r in rows if r[0] == who]
    pan = [float(r[4]) for r in rows if r[0] == who]
    median[who] = statistics.median(p50)
    print(f"{who}: cold p50 min {min(p50):.2f} median {median[who]:.2f} ms; "
          f"cold p99 min {min(p99):.2f} median {statistics.median(p99):.2f} ms; "
          f"pan p50 min {min(pan):.2f} median {statistics.median(pan):.2f} ms ({len(p50)} runs)")
print(f"processed / raw, median cold p50: {median['processed'] / median['raw']:.2f} x")
PY
