#!/usr/bin/env bash
# The database restarts under load, and nothing acknowledged is lost.
#
# Runs the portal jar against a PostgreSQL cluster of its own (Debian's pg_createcluster; never
# the cluster CI or anyone else uses), signs WRITERS programme-team sessions in, and has each add
# evidence through the page form as fast as it can for DURATION seconds. RESTART_AT seconds in,
# PostgreSQL is restarted (pg_ctlcluster restart), or stopped for DOWN_FOR seconds and started
# again when DOWN_FOR > 0. Then it counts: writes acknowledged (302 back to the assessment),
# refused with 503, other answers; rows found in the database; acknowledged writes not found
# (lost: must be 0); and how long readiness said DOWN. Needs root (or the postgres user) for
# pg_ctlcluster, and curl. The jar is built if missing.
#
#   bench/db-restart.sh                          # restart after 10 s, 8 writers, 30 s
#   DOWN_FOR=8 bench/db-restart.sh               # stop PostgreSQL for 8 s instead
#   WRITERS=16 DURATION=60 RESTART_AT=20 bench/db-restart.sh
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=${PG_VERSION:-$(ls /usr/lib/postgresql | sort -n | tail -n 1)}
CLUSTER=${PG_CLUSTER:-mopibench}
PGPORT=${PG_PORT:-5499}
APP_PORT=${APP_PORT:-8099}
WRITERS=${WRITERS:-8}
DURATION=${DURATION:-30}
RESTART_AT=${RESTART_AT:-10}
DOWN_FOR=${DOWN_FOR:-0}
BASE="http://localhost:${APP_PORT}"
WORK=$(mktemp -d /tmp/mopi-db-restart.XXXXXX)
RUN=$(date +%s)
CELL=/assessments/RRD-07/CUS
echo "Work folder: $WORK"

# PostgreSQL: a cluster of our own, a fresh database and role.
if ! pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c' | grep -q .; then
  pg_createcluster "$VERSION" "$CLUSTER" --port "$PGPORT" >/dev/null
fi
pg_ctlcluster "$VERSION" "$CLUSTER" start 2>/dev/null || true
psql_admin() { runuser -u postgres -- psql -p "$PGPORT" -v ON_ERROR_STOP=1 -qtA "$@"; }
for _ in $(seq 1 30); do psql_admin -c 'select 1' >/dev/null 2>&1 && break; sleep 1; done
if [ "$(psql_admin -c "select count(*) from pg_roles where rolname = 'mopi_bench'")" = "0" ]; then
  psql_admin -c "create role mopi_bench login password 'mopi_bench'"
fi
psql_admin -c "drop database if exists mopi_bench with (force)"
psql_admin -c "create database mopi_bench owner mopi_bench"
psql_bench() { PGPASSWORD=mopi_bench psql -h localhost -p "$PGPORT" -U mopi_bench -d mopi_bench -qtA "$@"; }

# The portal.
jar=$(ls target/mopi-portal-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -ntp package -DskipTests
  jar=$(ls target/mopi-portal-*.jar | grep -v original | head -n 1)
fi
SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:${PGPORT}/mopi_bench" \
SPRING_DATASOURCE_USERNAME=mopi_bench SPRING_DATASOURCE_PASSWORD=mopi_bench \
SPRING_PROFILES_ACTIVE=demo MOPI_DASHBOARD_WARM_UP=false \
  java -jar "$jar" --server.port="$APP_PORT" >"$WORK/portal.log" 2>&1 &
portal=$!
trap 'kill "$portal" 2>/dev/null || true; wait "$portal" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" = "200" ] && break
  sleep 1
done
echo "Portal ready (pid $portal)"

token() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }

# One writer: sign in, wait for the start, then add evidence until the end, logging
# "writer number code [location] sent-millis answered-millis".
writer() {
  local w=$1 jar="$WORK/cookies-$1" log="$WORK/writer-$1.log" end n=0 csrf code sent
  csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | token)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=pmo" \
    --data-urlencode "password=mopi-demo-2007" --data-urlencode "_csrf=$csrf" "$BASE/login"
  csrf=$(curl -s -c "$jar" -b "$jar" "$BASE$CELL" | token)
  touch "$WORK/signed-in-$w" "$log"
  while [ ! -s "$WORK/go" ]; do sleep 0.1; done
  end=$(cat "$WORK/go")
  while [ "$(date +%s)" -lt "$end" ]; do
    n=$((n + 1))
    sent=$(date +%s%3N)
    code=$(curl -s -o /dev/null -m 20 -w '%{http_code} [%{redirect_url}]' -c "$jar" -b "$jar" \
      --data-urlencode "evidenceTitle=bench-$RUN-$w-$n" --data-urlencode "evidenceReference=db-restart run" \
      --data-urlencode "_csrf=$csrf" "$BASE$CELL/evidence" || true)
    echo "$w $n $code $sent $(date +%s%3N)" >>"$log"
  done
}

# Readiness, twice a second, as "code millis".
watch_readiness() {
  local end=$1
  while [ "$(date +%s)" -lt "$end" ]; do
    echo "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$BASE/actuator/health/readiness") $(date +%s%3N)" \
      >>"$WORK/readiness.log"
    sleep 0.5
  done
}

for w in $(seq 1 "$WRITERS"); do writer "$w" & done
until [ "$(ls "$WORK"/signed-in-* 2>/dev/null | wc -l)" -eq "$WRITERS" ]; do sleep 0.2; done
echo "$WRITERS writers signed in"
start=$(date +%s)
end=$((start + DURATION))
echo "$end" >"$WORK/go"
watch_readiness "$((end + 5))" &
sleep "$RESTART_AT"
restart_ms=$(date +%s%3N)
if [ "$DOWN_FOR" -gt 0 ]; then
  echo "Stopping PostgreSQL for ${DOWN_FOR} s"
  pg_ctlcluster "$VERSION" "$CLUSTER" stop -m fast
  sleep "$DOWN_FOR"
  pg_ctlcluster "$VERSION" "$CLUSTER" start
else
  echo "Restarting PostgreSQL"
  pg_ctlcluster "$VERSION" "$CLUSTER" restart -m fast
fi
back_ms=$(date +%s%3N)
wait $(jobs -p | grep -v "^$portal$") 2>/dev/null || true

cat "$WORK"/writer-*.log >"$WORK/all.log"
awk '$3 == "302" && $4 ~ /\/assessments\/RRD-07\/CUS\]$/ { print "bench-'"$RUN"'-" $1 "-" $2 }' "$WORK/all.log" \
  | sort >"$WORK/acknowledged.txt"
psql_bench -c "select title from assessment_evidence where title like 'bench-$RUN-%'" | sort >"$WORK/found.txt"
total=$(wc -l <"$WORK/all.log")
acknowledged=$(wc -l <"$WORK/acknowledged.txt")
unavailable=$(awk '$3 == "503"' "$WORK/all.log" | wc -l)
other=$((total - acknowledged - unavailable))
found=$(wc -l <"$WORK/found.txt")
lost=$(comm -23 "$WORK/acknowledged.txt" "$WORK/found.txt" | wc -l)
unacknowledged_saved=$(comm -13 "$WORK/acknowledged.txt" "$WORK/found.txt" | wc -l)
after_back=$(awk -v t="$back_ms" '$3 == "302" && $5 > t' "$WORK/all.log" | wc -l)
during=$(awk -v a="$restart_ms" -v b="$back_ms" '$5 < b && $6 > a' "$WORK/all.log" | wc -l)
during_503=$(awk -v a="$restart_ms" -v b="$back_ms" '$3 == "503" && $5 < b && $6 > a' "$WORK/all.log" | wc -l)
recovered=$(awk -v t="$back_ms" '$3 == "302" && $5 > t { print $6 }' "$WORK/all.log" | sort -n | head -n 1)
down=$(awk '$1 != "200"' "$WORK/readiness.log" | wc -l)
stack_traces=$(grep -c '^\s*at ' "$WORK/portal.log" || true)

{
  echo "# Database restart under load ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "PostgreSQL $VERSION, $WRITERS writers for $DURATION s, $( [ "$DOWN_FOR" -gt 0 ] \
    && echo "stopped for $DOWN_FOR s" || echo "restarted") at $RESTART_AT s."
  echo
  echo "| figure | value |"
  echo "|---|---|"
  echo "| requests | $total |"
  echo "| acknowledged (302 to the assessment) | $acknowledged |"
  echo "| failed cleanly during the outage (503) | $unavailable |"
  echo "| other answers | $other |"
  echo "| outage (stop or restart command to PostgreSQL started again) | $((back_ms - restart_ms)) ms |"
  echo "| requests in flight during the outage / of them 503 | $during / $during_503 |"
  echo "| sent after PostgreSQL was back and acknowledged | $after_back |"
  echo "| first acknowledged write sent after it was back, answered after | $(( ${recovered:-$back_ms} - back_ms )) ms |"
  echo "| rows found in the database | $found |"
  echo "| **acknowledged writes lost** | **$lost** |"
  echo "| saved though answered 503 (commit raced the outage) | $unacknowledged_saved |"
  echo "| readiness probes answering DOWN | $down (every 0.5 s) |"
  echo "| stack-trace lines in the portal's log | $stack_traces |"
  echo
  echo "Answers by status: $(awk '{ print $3 }' "$WORK/all.log" | sort | uniq -c | awk '{ printf "%s x %s; ", $2, $1 }')"
} | tee "$WORK/report.md"
mkdir -p target/bench && cp "$WORK/report.md" target/bench/db-restart.md
[ "$lost" -eq 0 ]
