#!/usr/bin/env bash
# Issue 15's "flat as the network grows": the same uncached pages on the demo database and on the
# generated network (1,000 collaboratives, 100,000 items: ./convene generate), with the same build
# one right after the other. For each database it starts the portal, warms every page (a page
# measured first, with less warm-up, came out 1.5-2x slower), then runs bench/pages.sh twice:
# with the reads every visitor shares kept (ReadCache), and with nothing kept (NOTHING_KEPT=1:
# the first visitor after an edit of everything). Ratios: generated / demo, per page.
#
#   bench/flat.sh          needs port 8080 free, a built WAR (./convene start once) and the
#                          generated network (DEMO_DB=convene_bench ./convene generate)
#   PAGES="/events /" bench/flat.sh      just those addresses; DBS="convene convene_bench"
set -euo pipefail
cd "$(dirname "$0")/.."
BASE="http://127.0.0.1:8080"
DBS="${DBS:-convene convene_bench}"
PAGES="${PAGES:-/events /api/v1/events /events?collaborative=icsi / /c/icsi/events /topics/mental-health-of-healthcare-workers /collaboratives}"
WORK="$(mktemp -d)"
started=""
stop() {
  if [ -n "$started" ]; then
    kill "$started" 2>/dev/null || true
    wait "$started" 2>/dev/null || true
    started=""
  fi
}
trap 'stop; rm -rf "$WORK"' EXIT

if curl -fsS -o /dev/null "$BASE/health/ready" 2>/dev/null; then
  echo "a portal already answers at $BASE: stop it first (this script starts one per database)" >&2
  exit 1
fi
for db in $DBS; do
  echo "# $db: starting the portal"
  CONVENE_SKIP_BUILD="${CONVENE_SKIP_BUILD:-true}" DEMO_DB="$db" ./convene start > "$WORK/portal-$db.log" 2>&1 &
  started=$!
  for _ in $(seq 1 240); do
    curl -fsS "$BASE/health/ready" 2>/dev/null | grep -q '"name":"database","status":"UP"' && break
    sleep 1
  done
  # every page warm before any is measured
  WARMUP=300 ONLY="$PAGES" bench/pages.sh "$BASE" 1 > /dev/null
  DEMO_DB="$db" WARMUP=200 ONLY="$PAGES" bench/pages.sh "$BASE" 100 | tee "$WORK/$db-kept.txt"
  DEMO_DB="$db" NOTHING_KEPT=1 WARMUP=20 ONLY="$PAGES" bench/pages.sh "$BASE" 80 |
    tee "$WORK/$db-none.txt"
  stop
  while curl -fsS -o /dev/null "$BASE/health/ready" 2>/dev/null; do sleep 1; done
done

read -r first second <<< "$DBS"
echo "# $second / $first (medians)"
printf '%-44s %8s %12s\n' "page" "kept" "nothing kept"
for page in $PAGES; do
  ratio() {
    awk -v p="$page" '$1 == p { print $2 }' "$WORK/$1-$3.txt" > "$WORK/a"
    awk -v p="$page" '$1 == p { print $2 }' "$WORK/$2-$3.txt" > "$WORK/b"
    paste "$WORK/a" "$WORK/b" | awk '{ printf "%.2f", $2 / $1 }'
  }
  printf '%-44s %7sx %11sx\n' "$page" "$(ratio "$first" "$second" kept)" \
    "$(ratio "$first" "$second" none)"
done
