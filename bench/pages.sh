#!/usr/bin/env bash
# Page timings against a running portal (./convene start): N sequential requests per page
# after a warm-up, reporting median and 95th percentile of the full response time as curl
# sees it on loopback (server time plus a little transport). Every request is rendered: it asks
# for a fresh copy (Cache-Control: no-cache), which the page cache honours (bench/cache.sh
# measures the cache itself).
#
# With NOTHING_KEPT=1 each measured request follows a notice that every table changed (as
# PostgreSQL sends after commits), so it also keeps no read from earlier renders (ReadCache): the
# first visitor after an edit of everything. DEMO_DB names the database (default convene).
#
#   bench/pages.sh [BASE_URL] [N]        default http://127.0.0.1:8080 and 200 (WARMUP=300 first)
#   ONLY="/events /api/v1/events" bench/pages.sh …      just those addresses
set -euo pipefail
BASE="${1:-http://127.0.0.1:8080}"
N="${2:-200}"
# the first upcoming event of the network, whatever its id in this database
EVENT="$(curl -s "$BASE/api/v1/events" | grep -o '"page":"[^"]*"' | head -1 | sed 's|.*/c/|/c/|; s|"$||')"
PAGES=("/" "/collaboratives" "/collaboratives?state=MN" "/c/icsi" "/login" "/health/ready"
  "/events" "/c/icsi/events" "/c/icsi/series/mental-health-support-2020" ${EVENT:+"$EVENT"}
  "/api/v1/events" "/events.ics" "/topics/mental-health-of-healthcare-workers"
  "/c/icsi/resources" "/c/icsi/news")
# ONLY="/events /api/v1/events" measures just those addresses
if [ -n "${ONLY:-}" ]; then read -r -a PAGES <<< "$ONLY"; fi

forget() {
  if [ -n "${NOTHING_KEPT:-}" ]; then
    psql -h 127.0.0.1 -U postgres -d "${DEMO_DB:-convene}" -qAtc "SELECT count(pg_notify('convene_changes:public', tablename)) FROM pg_tables WHERE schemaname = 'public'" > /dev/null
    sleep 0.02
  fi
}
printf '%-44s %10s %10s\n' "page" "median ms" "p95 ms"
for page in "${PAGES[@]}"; do
  for _ in $(seq 1 "${WARMUP:-300}"); do curl -s -o /dev/null -H 'Cache-Control: no-cache' "$BASE$page"; done
  for _ in $(seq 1 "$N"); do
    forget
    curl -s -o /dev/null -H 'Cache-Control: no-cache' -w '%{time_total}\n' "$BASE$page"
  done | sort -n | awk -v page="$page" '
    { t[NR] = $1 * 1000 }
    END {
      median = t[int((NR + 1) / 2)]
      p95 = t[int(NR * 0.95)]
      printf "%-44s %10.1f %10.1f\n", page, median, p95
    }'
done
