#!/usr/bin/env bash
# Export throughput against cp (issue 14): a 1.2 GB IEEE survey (200 000 traces x 1500 samples) exported
# with a 256 MB heap, alternating with cp of its source file on the same disk, N runs each; prints every
# run, then min and median of each and the ratio of the medians. Checks that the export is byte-identical.
#   releng/bench/export_vs_cp.sh [dir (default /dev/shm/seislens-export-bench)] [runs (default 5)]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
dir=${1:-/dev/shm/seislens-export-bench}
runs=${2:-5}
mkdir -p "$dir"
source="$dir/seislens-demo.sgy"
if [ ! -d "$dir/seislens-demo.seislens" ]; then
  "$repo/seislens-cli" demo "$dir" --shots 400 --channels 500 --samples 1500 --import > /dev/null
fi
export_times=()
cp_times=()
for i in $(seq "$runs"); do
  rm -f "$dir/out.sgy" "$dir/copy.sgy"
  start=$(date +%s.%N)
  SEISLENS_VMARGS=-Xmx256m "$repo/seislens-cli" export "$dir/seislens-demo.seislens" "$dir/out.sgy" --json > "$dir/export.json"
  end=$(date +%s.%N)
  inside=$(python3 -c "import json; print(json.load(open('$dir/export.json'))['seconds'])")
  export_times+=("$(echo "$end - $start" | bc)")
  cmp "$source" "$dir/out.sgy"
  start=$(date +%s.%N)
  cp "$source" "$dir/copy.sgy"
  end=$(date +%s.%N)
  cp_times+=("$(echo "$end - $start" | bc)")
  echo "run $i: export ${export_times[-1]} s (inside the process $inside s), cp ${cp_times[-1]} s"
done
rm -f "$dir/out.sgy" "$dir/copy.sgy"
python3 - "${export_times[*]}" "${cp_times[*]}" <<'PY'
import statistics, sys
e = [float(x) for x in sys.argv[1].split()]
c = [float(x) for x in sys.argv[2].split()]
print(f"export: min {min(e):.2f} s, median {statistics.median(e):.2f} s (whole command, JVM start included)")
print(f"cp:     min {min(c):.2f} s, median {statistics.median(c):.2f} s")
print(f"export / cp: {statistics.median(e) / statistics.median(c):.2f} (medians)")
PY
