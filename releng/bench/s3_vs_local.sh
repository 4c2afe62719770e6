#!/usr/bin/env bash
# Window reads from object storage against the same dataset on local disk (issue 18), alternated in one run.
# Starts s3proxy 4.1.0 (filesystem storage under the work directory, anonymous access) on a free loopback port,
# generates a survey (<shots> x 500 channels x 1500 samples, IEEE), imports it locally and into
# s3://bench/demo.seislens (through seislens-cli import, i.e. the staged multipart upload), then runs N rounds of:
#   bench read <local>; bench read s3://...; bench read s3://... --added-latency-ms 50; bare GETs (S3BareGet.java:
#   40 distinct chunks, 48 threads, kept-alive sockets, with the CPU time s3proxy spent per batch)
# and prints every round, then min and median of each figure and the ratios to local of the medians. The server's
# CPU time per 40 GETs over the machine's cores is what no client can go below.
#   releng/bench/s3_vs_local.sh [work dir (default /dev/shm/s3/bench)] [rounds (default 3)] [shots (default 150)]
# Needs ./seislens-cli (./mvnw -B -o -q verify -DskipTests -pl releng/org.seislens.product -am) and the s3proxy
# jar (.ci/setup puts it in ~/.m2; or S3PROXY_JAR). The work directory is deleted at the end.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
dir=${1:-/dev/shm/s3/bench}
rounds=${2:-3}
shots=${3:-150}
jar=${S3PROXY_JAR:-$HOME/.m2/repository/org/gaul/s3proxy/4.1.0/s3proxy-4.1.0-jar-with-dependencies.jar}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
windows=${WINDOWS:-50}
mkdir -p "$dir/s3" "$dir/staging"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$dir/s3proxy.properties" <<PROPS
s3proxy.endpoint=http://127.0.0.1:$port
s3proxy.authorization=none
jclouds.provider=filesystem
jclouds.filesystem.basedir=$dir/s3
jclouds.identity=unused
jclouds.credential=unused
PROPS
"$java" -Xmx512m -jar "$jar" --properties "$dir/s3proxy.properties" > "$dir/s3proxy.log" 2>&1 &
proxy=$!
trap 'kill "$proxy" 2> /dev/null || true; wait "$proxy" 2> /dev/null || true; rm -rf "$dir"' EXIT
until curl -s -o /dev/null "http://127.0.0.1:$port/"; do
  kill -0 "$proxy" || { cat "$dir/s3proxy.log"; exit 1; }
  sleep 0.2
done
endpoint=http://127.0.0.1:$port
# Anonymous requests: no key in the environment or the profile files.
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_PROFILE
export AWS_ENDPOINT_URL=$endpoint AWS_REGION=us-east-1 AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_CONFIG_FILE=/dev/null
export SEISLENS_STAGING=$dir/staging
curl -sf -X PUT "$endpoint/bench" > /dev/null

"$repo/seislens-cli" demo "$dir" --shots "$shots" --channels 500 --samples 1500 --import > /dev/null
local_dataset=$dir/seislens-demo.seislens
remote=s3://bench/demo.seislens
start=$(date +%s.%N)
"$repo/seislens-cli" import "$dir/seislens-demo.sgy" "$remote" --json > "$dir/import-s3.json"
echo "import into $remote: $(echo "$(date +%s.%N) - $start" | bc) s (whole command)"
rm -f "$dir/seislens-demo.sgy"

bench() {
  "$repo/seislens-cli" bench read "$@" --windows "$windows" --heap-windows 0 --pan-steps 5 --json \
    | python3 -c 'import json, sys; j = json.load(sys.stdin); print(j["cold_p50_ms"], j["cold_p99_ms"])'
}
local_p50=(); s3_p50=(); lat_p50=(); get_p50=(); batch_p50=(); cpu_batch=(); cpu_window=()
cores=$(nproc)
for i in $(seq "$rounds"); do
  read -r l l99 <<< "$(bench "$local_dataset")"
  c0=$(awk '{print ($14 + $15) * 10}' "/proc/$proxy/stat")
  read -r s s99 <<< "$(bench "$remote")"
  # Every window is read cold twice (an untimed pass, then the timed one): s3proxy's CPU time per cold window
  # (the open and the pan counted in too, a few per cent).
  w=$(python3 -c "print(f'{($(awk '{print ($14 + $15) * 10}' "/proc/$proxy/stat") - $c0) / (2 * $windows):.2f}')")
  read -r a a99 <<< "$(bench "$remote" --added-latency-ms 50)"
  bare=$("$java" "$repo/releng/bench/S3BareGet.java" "$endpoint" bench demo.seislens 40 48 30 "$proxy")
  read -r g b c <<< "$(python3 -c 'import json, sys; j = json.loads(sys.argv[1])
print(j["get_p50_ms"], j["batch_p50_ms"], j["server_cpu_ms_per_batch"])' "$bare")"
  local_p50+=("$l"); s3_p50+=("$s"); lat_p50+=("$a"); get_p50+=("$g"); batch_p50+=("$b"); cpu_batch+=("$c"); cpu_window+=("$w")
  echo "round $i: cold 1000x1000 p50 (p99) local $l ($l99) ms, s3 $s ($s99) ms (s3proxy CPU $w ms per window)," \
    "s3 +50 ms $a ($a99) ms;" \
    "bare GET p50 $g ms, 40 GETs 48 in flight p50 $b ms, s3proxy CPU per 40 GETs $c ms"
done
# What more requests in flight buy against this server (batches of 40 distinct chunk GETs, 1 to 48 at once), and
# what java.net.http costs beside kept-alive sockets.
for n in 1 4 8 16 48; do
  echo "bare GETs, 40 per batch, $n in flight: $("$java" "$repo/releng/bench/S3BareGet.java" "$endpoint" bench demo.seislens 40 "$n" 30 "$proxy")"
done
echo "bare GETs, java.net.http: $("$java" "$repo/releng/bench/S3BareGet.java" "$endpoint" bench demo.seislens 40 48 30 "$proxy" jdk)"
python3 - "$cores" "${local_p50[*]}" "${s3_p50[*]}" "${lat_p50[*]}" "${get_p50[*]}" "${batch_p50[*]}" "${cpu_batch[*]}" "${cpu_window[*]}" <<'PY'
import statistics, sys
cores = int(sys.argv[1])
names = ["local cold p50", "s3 cold p50", "s3 +50 ms cold p50", "bare GET p50", "40 GETs p50",
         "s3proxy CPU / 40 GETs", "s3proxy CPU / window"]
series = [[float(x) for x in a.split()] for a in sys.argv[2:]]
for n, s in zip(names, series):
    print(f"{n:22s} min {min(s):8.2f} ms, median {statistics.median(s):8.2f} ms")
m = [statistics.median(s) for s in series]
print(f"s3 / local: {m[1] / m[0]:.1f} x (medians); 40 bare GETs / local: {m[4] / m[0]:.1f} x; "
      f"s3proxy CPU per window over {cores} cores / local: {m[6] / cores / m[0]:.1f} x")
PY
