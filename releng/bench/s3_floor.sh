#!/usr/bin/env bash
# What s3proxy itself costs per chunk GET, without SeisLens (issue 18): the same chunk objects served by four
# s3proxy 4.1.0 processes at once (storage filesystem or transient, i.e. in memory; anonymous or with a key),
# each fetched by minimal clients, the four alternated in each round:
#   java: S3BareGet.java (kept-alive sockets): batches of 40 distinct chunks, 48 in flight (anonymous only)
#   curl: one curl --parallel of 400 distinct chunks, 8 connections kept alive, signed with --aws-sigv4 when the
#         server has a key; the figure is the whole command's time / 10, i.e. per window's 40 GETs
# and the CPU time the server spent per 40 GETs in each (from /proc), which does not depend on the client.
# Prints every round, then min and median of each figure per server.
#   releng/bench/s3_floor.sh [work dir (default /dev/shm/s3floor)] [rounds (default 3)] [dataset]
# The dataset (default /dev/shm/p/seislens-demo.seislens, read only) gives the chunk files; the work directory
# is deleted at the end. S3PROXY_JAR, JETTY_THREADS (s3proxy.jetty.max-threads) and CONFIGS may be set; a config is
# <filesystem|transient>-<none|key>[-<jetty threads>].
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
dir=${1:-/dev/shm/s3floor}
rounds=${2:-3}
dataset=${3:-/dev/shm/p/seislens-demo.seislens}
jar=${S3PROXY_JAR:-$HOME/.m2/repository/org/gaul/s3proxy/4.1.0/s3proxy-4.1.0-jar-with-dependencies.jar}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
configs=${CONFIGS:-filesystem-none filesystem-key transient-none transient-key}
key=floor-access secret=floor-secret-key
mkdir -p "$dir"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2> /dev/null || true; wait "$p" 2> /dev/null || true; done; rm -rf "$dir"' EXIT
declare -A endpoint pid
for c in $configs; do
  provider=${c%%-*} rest=${c#*-}
  auth=${rest%%-*} threads=${JETTY_THREADS:-}
  if [ "$rest" != "$auth" ]; then threads=${rest#*-}; fi
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  mkdir -p "$dir/$c/data"
  {
    echo "s3proxy.endpoint=http://127.0.0.1:$port"
    if [ "$auth" = none ]; then echo "s3proxy.authorization=none"; else
      echo "s3proxy.authorization=aws-v2-or-v4"; echo "s3proxy.identity=$key"; echo "s3proxy.credential=$secret"; fi
    echo "jclouds.provider=$provider"
    echo "jclouds.filesystem.basedir=$dir/$c/data"
    echo "jclouds.identity=unused"
    echo "jclouds.credential=unused"
    if [ -n "$threads" ]; then echo "s3proxy.jetty.max-threads=$threads"; fi
  } > "$dir/$c/s3proxy.properties"
  "$java" -Xmx1g -jar "$jar" --properties "$dir/$c/s3proxy.properties" > "$dir/$c/s3proxy.log" 2>&1 &
  pids+=($!)
  pid[$c]=$!
  endpoint[$c]=http://127.0.0.1:$port
done
auth_of() { local rest=${1#*-}; echo "${rest%%-*}"; }
sign() {
  if [ "$(auth_of "$1")" = key ]; then
    echo "--aws-sigv4 aws:amz:us-east-1:s3 --user $key:$secret -H x-amz-content-sha256:UNSIGNED-PAYLOAD"
  fi
}
# The chunks rows 0..299 x columns 0..3 of the samples array: what S3BareGet asks for (40 per batch, 30 batches).
for c in $configs; do
  until curl -s -o /dev/null "${endpoint[$c]}/"; do sleep 0.2; done
  # shellcheck disable=SC2046
  curl -sf -X PUT $(sign "$c") "${endpoint[$c]}/bench" > /dev/null
  : > "$dir/$c/upload.cfg"
  for row in $(seq 0 299); do
    for col in 0 1 2 3; do
      printf 'upload-file = "%s"\nurl = "%s"\noutput = "/dev/null"\n' "$dataset/samples.zarr/$row.$col" \
        "${endpoint[$c]}/bench/demo.seislens/samples.zarr/$row.$col" >> "$dir/$c/upload.cfg"
    done
  done
  # shellcheck disable=SC2046
  curl -sf -Z --no-progress-meter --parallel-max 8 $(sign "$c") -K "$dir/$c/upload.cfg"
  : > "$dir/$c/get.cfg"
  for row in $(seq 0 99); do
    for col in 0 1 2 3; do
      printf 'url = "%s"\noutput = "/dev/null"\n' "${endpoint[$c]}/bench/demo.seislens/samples.zarr/$row.$col" \
        >> "$dir/$c/get.cfg"
    done
  done
done
cpu() { awk '{print ($14 + $15) * 10}' "/proc/$1/stat"; }
curl_batch() {
  local c=$1 t0 t1 s0 s1
  # shellcheck disable=SC2046
  curl -sf -Z --no-progress-meter --parallel-max 8 $(sign "$c") -K "$dir/$c/get.cfg" # warm: JIT of the server, connections
  s0=$(cpu "${pid[$c]}")
  t0=$(date +%s%N)
  # shellcheck disable=SC2046
  curl -sf -Z --no-progress-meter --parallel-max 8 $(sign "$c") -K "$dir/$c/get.cfg"
  t1=$(date +%s%N)
  s1=$(cpu "${pid[$c]}")
  python3 -c "print(f'{($t1 - $t0) / 1e7:.2f} {($s1 - $s0) / 10:.2f}')"
}
declare -A series
for i in $(seq "$rounds"); do
  line="round $i:"
  for c in $configs; do
    read -r cu cc <<< "$(curl_batch "$c")"
    series[$c-curl]+="$cu "
    series[$c-curl-server-cpu]+="$cc "
    line+=" $c curl ${cu} ms (server CPU $cc ms)"
    if [ "$(auth_of "$c")" = none ]; then
      bare=$("$java" "$repo/releng/bench/S3BareGet.java" "${endpoint[$c]}" bench demo.seislens 40 48 30 "${pid[$c]}")
      read -r b g bc <<< "$(python3 -c 'import json, sys; j = json.loads(sys.argv[1])
print(j["batch_p50_ms"], j["get_p50_ms"], j["server_cpu_ms_per_batch"])' "$bare")"
      series[$c-java]+="$b "
      series[$c-java-server-cpu]+="$bc "
      series[$c-get]+="$g "
      line+=", java 40 GETs $b ms (server CPU $bc ms, one GET $g ms);"
    else
      line+=";"
    fi
  done
  echo "$line"
done
for k in $(printf '%s\n' "${!series[@]}" | sort); do
  python3 -c 'import statistics, sys; s = [float(x) for x in sys.argv[2].split()]
print(f"{sys.argv[1]:28s} min {min(s):7.2f} ms, median {statistics.median(s):7.2f} ms")' "$k" "${series[$k]}"
done
echo "(per 40 GETs; curl: 8 kept-alive connections; java: 48 in flight; server-cpu: s3proxy's; get: one sequential GET)"
