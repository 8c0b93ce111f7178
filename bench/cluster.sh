#!/usr/bin/env bash
# Two instances behind the load balancer against one instance (issue 16). Starts
# ./convene cluster 2 on PORT (default 8090; instances on PORT+1 and PORT+2), then runs the same
# wrk through nginx (both instances) and straight at the first instance (one instance):
#
#   1. cached / and /c/icsi: requests/s and p99 at 32 connections;
#   2. uncached / ("Cache-Control: no-cache", every request a render): requests/s and p99 at 8
#      connections.
#
# Everything shares this machine's cores (wrk, nginx, both JVMs, PostgreSQL): on 2 cores a second
# instance cannot add cores, so the figures show what the balancer costs and what one more JVM on
# the same cores gives, not how a cluster of machines scales.
#
#   bench/cluster.sh               DURATION=15 (s per wrk run), WARMUP=30
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8090}"
DURATION="${DURATION:-15}"
WORK="$(mktemp -d)"
cluster=""
cleanup() {
  [ -n "$cluster" ] && kill -TERM "$cluster" 2>/dev/null && wait "$cluster" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }

echo "# starting ./convene cluster 2 --port $PORT"
CONVENE_SKIP_BUILD="${CONVENE_SKIP_BUILD:-}" ./convene cluster 2 --port "$PORT" > "$WORK/cluster.log" 2>&1 &
cluster=$!
for _ in $(seq 1 300); do
  grep -q "Convene is ready" "$WORK/cluster.log" && break
  kill -0 "$cluster" 2>/dev/null || { cat "$WORK/cluster.log"; exit 1; }
  sleep 1
done
grep -q "Convene is ready" "$WORK/cluster.log" || { echo "the cluster did not start" >&2; exit 1; }

BALANCER="http://127.0.0.1:$PORT"
ONE="http://127.0.0.1:$((PORT + 1))"
run() { # connections url [header] → "requests/s p99"
  local c="$1" url="$2"; shift 2
  wrk -t2 -c"$c" -d"${DURATION}s" --latency "$@" "$url" | awk '
    /Requests\/sec/ { rps = $2 }
    /^ +99%/ { p99 = $2 }
    END { print rps, p99 }'
}
printf '%-22s %18s %10s %18s %10s\n' request two_behind_nginx p99 one_instance p99
for page in / /c/icsi; do
  wrk -t2 -c32 -d"${WARMUP:-30}s" "$BALANCER$page" > /dev/null
  read -r two tp99 < <(run 32 "$BALANCER$page")
  read -r one op99 < <(run 32 "$ONE$page")
  printf '%-22s %18s %10s %18s %10s\n' "cached $page" "$two" "$tp99" "$one" "$op99"
done
wrk -t2 -c8 -d"${WARMUP:-30}s" -H 'Cache-Control: no-cache' "$BALANCER/" > /dev/null
read -r two tp99 < <(run 8 "$BALANCER/" -H 'Cache-Control: no-cache')
read -r one op99 < <(run 8 "$ONE/" -H 'Cache-Control: no-cache')
printf '%-22s %18s %10s %18s %10s\n' "uncached /" "$two" "$tp99" "$one" "$op99"
