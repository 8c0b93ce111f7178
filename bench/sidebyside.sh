#!/usr/bin/env bash
# Two builds side by side: the CPU one uncached render of a page costs in each (issue 15's 2 ms).
# Starts both WARs on the demo database (the one ./convene start made; neither seeds it), warms
# both up, then alternates runs of the same wrk between them, so that the machine's own changes of
# speed (a quarter, from one minute to the next on a shared machine) fall on both alike. Prints,
# for each run, the CPU of each portal's request threads and of its whole process per request.
#
#   bench/sidebyside.sh OLD.war NEW.war [PATH] [ROUNDS]     default PATH=/, ROUNDS=8
#   e.g. git stash; ./mvnw -q -DskipTests install; cp web/target/convene.war /tmp/old.war; ...
#   OLD_JAVA_OPTS / NEW_JAVA_OPTS: JVM options for one side (the same WAR twice compares options)
#   TOGETHER=1: both wrk runs at once, each with one connection, so that every change of the
#   machine's pace falls on both within the same seconds (alternating runs differed by up to 15 % a round, these by up to 5.5 %)
set -euo pipefail
cd "$(dirname "$0")/.."
OLD="${1:?usage: bench/sidebyside.sh OLD.war NEW.war [PATH] [ROUNDS]}"
NEW="${2:?usage: bench/sidebyside.sh OLD.war NEW.war [PATH] [ROUNDS]}"
PAGE="${3:-/}"
ROUNDS="${4:-8}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-12}"
WARMUP="${WARMUP:-40}"
MICRO="web/target/payara-micro.jar"
DB="${DEMO_DB:-convene}"
WORK="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }
[ -f "$MICRO" ] || { echo "needs $MICRO: build first (./mvnw -DskipTests install)" >&2; exit 1; }

export DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_USER="${DB_USER:-convene}"
export DB_PASSWORD="${DB_PASSWORD:-convene}" DB_OWNER_USER="${DB_OWNER_USER:-convene_owner}"
export DB_OWNER_PASSWORD="${DB_OWNER_PASSWORD:-convene_owner}" CONVENE_DEMO=false

start() { # war port options → pid
  mkdir -p "$WORK/$2"
  # shellcheck disable=SC2086 # the options are words
  java -Xmx"${CONVENE_HEAP:-1g}" $3 -Djava.io.tmpdir="$WORK/$2" -jar "$MICRO" \
    --deploy "$1" --contextroot / --port "$2" > "$WORK/$2.log" 2>&1 &
  echo $!
}
ready() {
  for _ in $(seq 1 180); do
    curl -fsS "http://127.0.0.1:$1/health/ready" 2>/dev/null | grep -q '"name":"database","status":"UP"' && return 0
    sleep 1
  done
  echo "the portal on port $1 did not start: $WORK/$1.log" >&2; exit 1
}
workers() { # pid → ticks of its request threads
  local sum=0 t
  for t in /proc/"$1"/task/*; do
    if grep -q "http-thread-poo" "$t/comm" 2>/dev/null; then
      sum=$((sum + $(awk '{print $14 + $15}' "$t/stat" 2>/dev/null || echo 0)))
    fi
  done
  echo "$sum"
}
process() { awk '{print $14 + $15}' "/proc/$1/stat"; }
run() { # pid port [connections] → "threads/process" ms of CPU per request
  local w p n
  w="$(workers "$1")"; p="$(process "$1")"
  n="$(wrk -t1 -c"${3:-2}" -d"${SECONDS_PER_RUN}s" -H 'Cache-Control: no-cache' \
    "http://127.0.0.1:$2$PAGE" | awk '/requests in/ {print $1}')"
  echo "$(workers "$1") $w $(process "$1") $p $n $(getconf CLK_TCK)" |
    awk '{printf "%.3f/%.3f", ($1 - $2) * 1000 / $6 / $5, ($3 - $4) * 1000 / $6 / $5}'
}

old_pid="$(start "$OLD" 8091 "${OLD_JAVA_OPTS:-}")"; pids+=("$old_pid")
new_pid="$(start "$NEW" 8092 "${NEW_JAVA_OPTS:-}")"; pids+=("$new_pid")
ready 8091; ready 8092
wrk -t1 -c2 -d"${WARMUP}s" -H 'Cache-Control: no-cache' "http://127.0.0.1:8091$PAGE" > /dev/null
wrk -t1 -c2 -d"${WARMUP}s" -H 'Cache-Control: no-cache' "http://127.0.0.1:8092$PAGE" > /dev/null
echo "## $PAGE, uncached: ms of CPU per request, request threads/whole process"
for round in $(seq 1 "$ROUNDS"); do
  if [ -n "${TOGETHER:-}" ]; then
    run "$old_pid" 8091 1 > "$WORK/old.txt" &
    run "$new_pid" 8092 1 > "$WORK/new.txt"
    wait
    echo "round $round  old $(cat "$WORK/old.txt")  new $(cat "$WORK/new.txt")"
  else
    echo "round $round  old $(run "$old_pid" 8091)  new $(run "$new_pid" 8092)"
  fi
done
