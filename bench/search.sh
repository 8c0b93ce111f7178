#!/usr/bin/env bash
# Search timings against a running portal holding a generated network (./convene generate):
# N requests per query after a warm-up, each a full search with its facet counts, through the
# page (/search) and the API (/api/v1/search); prints median and 95th percentile per query and
# over all requests, as curl sees them on loopback.
#
#   bench/search.sh [BASE_URL] [N]       default http://127.0.0.1:8080 and 50 (WARMUP=20 first)
set -euo pipefail
BASE="${1:-http://127.0.0.1:8080}"
N="${2:-50}"
QUERIES=(
  "/search?q=peer+support"
  "/search?q=depression+screening&sort=date"
  "/search?q=%22moral+distress%22"
  "/search?q=burnout+OR+resilience+-covid"
  "/search?q=care"
  "/search?q=quality&kind=EVENT&when=PAST"
  "/search?q=health&topic=gen-topic-3&format=ONLINE"
  "/search?q=telehealth&c=gen-17&c=gen-42"
  "/search?q=playbook&year=2026&page=3"
  "/api/v1/search?q=rural+equity"
  "/api/v1/search?q=nurses&kind=NEWS&kind=RESOURCE"
)
all="$(mktemp)"
trap 'rm -f "$all"' EXIT
printf '%-52s %8s %10s %8s\n' "query" "results" "median ms" "p95 ms"
for query in "${QUERIES[@]}"; do
  for _ in $(seq 1 "${WARMUP:-20}"); do curl -s -o /dev/null "$BASE$query"; done
  results="$(curl -s "$BASE/api/v1/search?${query#*\?}" | grep -o '"total":[0-9]*' | head -1 | cut -d: -f2)"
  for _ in $(seq 1 "$N"); do
    curl -s -o /dev/null -w '%{time_total}\n' "$BASE$query"
  done | sort -n | tee -a "$all" | awk -v query="$query" -v results="$results" '
    { t[NR] = $1 * 1000 }
    END { printf "%-52s %8s %10.1f %8.1f\n", query, results, t[int((NR + 1) / 2)], t[int(NR * 0.95)] }'
done
sort -n "$all" | awk '
  { t[NR] = $1 * 1000 }
  END { printf "%-52s %8s %10.1f %8.1f\n", "all " NR " searches", "", t[int((NR + 1) / 2)], t[int(NR * 0.95)] }'
