#!/usr/bin/env bash
# Export throughput against cp (issue 14): a 1.2 GB IEEE survey (200 000 traces x 1500 samples) exported
# with a 256 MB heap, alternating with cp of its source file on the same disk and with a command that only
# starts the command line (the JVM and OSGi start every export pays), N runs each; prints every run, then min
# and median of each and the ratios of the medians, for the whole command and for the export inside the
# process. Checks that every export is byte-identical to its source.
#   releng/bench/export_vs_cp.sh [dir (default /dev/shm/seislens-export-bench)] [runs (default 5)]
#                                [survey.sgy dataset.seislens (default: /dev/shm/p/seislens-demo.*, else
#                                 generated into dir)]
# Outputs are written into dir and deleted at the end; the survey and dataset are only read.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
dir=${1:-/dev/shm/seislens-export-bench}
runs=${2:-5}
source=${3:-/dev/shm/p/seislens-demo.sgy}
dataset=${4:-/dev/shm/p/seislens-demo.seislens}
mkdir -p "$dir"
if [ ! -f "$source" ] || [ ! -d "$dataset" ]; then
  source="$dir/seislens-demo.sgy"
  dataset="$dir/seislens-demo.seislens"
  if [ ! -d "$dataset" ]; then
    "$repo/seislens-cli" demo "$dir" --shots 400 --channels 500 --samples 1500 --import > /dev/null
  fi
fi
trap 'rm -f "$dir/out.sgy" "$dir/copy.sgy" "$dir/export.json"' EXIT
now() { date +%s.%N; }
export_times=()
inside_times=()
cp_times=()
start_times=()
for i in $(seq "$runs"); do
  rm -f "$dir/out.sgy" "$dir/copy.sgy"
  t0=$(now)
  SEISLENS_VMARGS=-Xmx256m "$repo/seislens-cli" export "$dataset" "$dir/out.sgy" --json > "$dir/export.json"
  t1=$(now)
  export_times+=("$(echo "$t1 - $t0" | bc)")
  inside_times+=("$(python3 -c "import json; print(json.load(open('$dir/export.json'))['seconds'])")")
  cmp "$source" "$dir/out.sgy"
  rm -f "$dir/out.sgy"
  t0=$(now)
  cp "$source" "$dir/copy.sgy"
  t1=$(now)
  cp_times+=("$(echo "$t1 - $t0" | bc)")
  rm -f "$dir/copy.sgy"
  t0=$(now)
  SEISLENS_VMARGS=-Xmx256m "$repo/seislens-cli" --help > /dev/null
  t1=$(now)
  start_times+=("$(echo "$t1 - $t0" | bc)")
  echo "run $i: export ${export_times[-1]} s (inside the process ${inside_times[-1]} s), cp ${cp_times[-1]} s," \
    "command line start and stop ${start_times[-1]} s"
done
python3 - "${export_times[*]}" "${inside_times[*]}" "${cp_times[*]}" "${start_times[*]}" <<'PY'
import statistics, sys
e, i, c, s = ([float(x) for x in a.split()] for a in sys.argv[1:5])
def line(name, v):
    print(f"{name:<27} min {min(v):6.2f} s, median {statistics.median(v):6.2f} s")
line("export (whole command):", e)
line("export (inside process):", i)
line("cp:", c)
line("command line start/stop:", s)
print(f"export / cp, whole command:  {statistics.median(e) / statistics.median(c):.2f} (medians), "
      f"{min(e) / min(c):.2f} (minima)")
print(f"export / cp, inside process: {statistics.median(i) / statistics.median(c):.2f} (medians), "
      f"{min(i) / min(c):.2f} (minima)")
PY
