#!/usr/bin/env bash
# Throughput under concurrent users (issue 13): the pages people open most, driven by wrk in a
# separate process with 16 connections, against spring-petclinic's owners list as a yardstick.
#
#   bench/throughput.sh                        # demo and force scale, about 12 minutes
#   DATASETS=demo bench/throughput.sh          # one dataset
#   PETCLINIC_DIR=~/spring-petclinic bench/throughput.sh   # with the yardstick (see docs/benchmarks.md)
#
# For each dataset it starts the portal jar at -Xmx1g on a fresh database (demo data; "force" adds
# history rows up to FORCE_ROWS), signs in on the form (board, owner.custody, pmo) and creates a
# personal API token, then runs two passes over the targets with wrk: the first warms the JVM and
# is not reported, the second is. It reports requests/s, p50, p99 and non-2xx per target and the
# portal's resident memory (RSS) after the run. The database is Debian's PostgreSQL when a local
# cluster is running (databases created fresh here; petclinic uses the same server), else the
# portal's embedded PostgreSQL (then petclinic is left out).
# Needs java 17, curl and wrk (apt-get install -y wrk). Options (environment):
#   DATASETS="demo force" FORCE_ROWS=200000 DURATION=20s WARMUP=10s CONNECTIONS=16 THREADS=2
#   XMX=1g PORT=18081 JAR=target/mopi-portal-*.jar PETCLINIC_DIR= PETCLINIC_JAR= LABEL=
#   COMPOSED=yes: then each page again with a new query parameter on every request, so that
#   every request composes its page (what the first requests after a change of the data cost),
#   with the resident memory read again after that pass
# The table goes to the console and to target/bench/throughput.md.
set -euo pipefail
cd "$(dirname "$0")/.."
DATASETS=${DATASETS:-demo force}
FORCE_ROWS=${FORCE_ROWS:-200000}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
XMX=${XMX:-1g}
PORT=${PORT:-18081}
LABEL=${LABEL:-$(git rev-parse --short HEAD 2>/dev/null || echo portal)}
COMPOSED=${COMPOSED:-yes}
BASE="http://127.0.0.1:$PORT"
PASSWORD=mopi-demo-2007
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
source bench/portal-process.sh

# --- the database: a local PostgreSQL cluster if one runs (as in .ci/run), else embedded ---
PG_PORT=
if command -v pg_lsclusters >/dev/null && [[ $(id -u) == 0 ]] && [[ -n $(pg_lsclusters -h) ]]; then
  read -r PG_VERSION PG_CLUSTER PG_PORT PG_STATUS _ < <(pg_lsclusters -h | head -1)
  [[ "$PG_STATUS" == online ]] || pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
fi
psql_admin() { runuser -u postgres -- psql -p "$PG_PORT" -v ON_ERROR_STOP=1 -qtA "$@"; }
fresh_database() { # $1: name; creates role and database bench/bench, empty
  psql_admin -c "select 1 from pg_roles where rolname = 'bench'" | grep -q 1 \
    || psql_admin -c "create role bench login password 'bench'"
  psql_admin -c "drop database if exists $1 with (force)" >/dev/null
  psql_admin -c "create database $1 owner bench"
}

wait_for() { # $1: URL answering 200 when ready, $2: log
  for _ in $(seq 1 300); do
    if curl -fs -o /dev/null "$1"; then return 0; fi
    if [[ -n "$APP_PID" ]] && ! kill -0 "$APP_PID" 2>/dev/null; then break; fi
    sleep 1
  done
  echo "Did not start; see the log:" >&2; tail -50 "$2" >&2; exit 1
}

start_portal() { # $1: dataset
  local args=(--server.port="$PORT" --logging.level.root=WARN)
  if [[ "$1" == force ]]; then args+=(--mopi.demo-data.history-rows="$FORCE_ROWS"); fi
  if [[ -n "$PG_PORT" ]]; then
    fresh_database mopi_bench
    args+=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/mopi_bench"
      --spring.datasource.username=bench --spring.datasource.password=bench --spring.profiles.active=demo)
  else
    args+=(--mopi.embedded-database.data-directory="$WORK/postgres-$1")
  fi
  java -Xmx"$XMX" -jar "$JAR" "${args[@]}" > "$WORK/portal.log" 2>&1 &
  APP_PID=$!
  wait_for "$BASE/actuator/health/readiness" "$WORK/portal.log"
}

sign_in() { # $1: user; prints the session cookie's name=value
  local jar="$WORK/cookies-$1" csrf
  rm -f "$jar"
  csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
  awk '$6 ~ /SESSION/ { print $6 "=" $7 }' "$jar" | tail -1
}

api_token() { # $1: user; creates a personal API token on /account/tokens and prints it
  local jar="$WORK/cookies-$1" csrf page
  csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/account/tokens" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  page=$(curl -s -c "$jar" -b "$jar" --data-urlencode "name=throughput benchmark" --data-urlencode "days=30" \
    --data-urlencode "_csrf=$csrf" "$BASE/account/tokens")
  echo "$page" | sed -n 's/.*id="token-value">\(mopi_[A-Za-z0-9_-]*\)<.*/\1/p' | head -1
}

# A wrk script that adds a query parameter no request repeats: every request composes its page.
cat > "$WORK/composed.lua" <<'LUA'
local counter = 0
local prefix = string.gsub(tostring({}), "table: ", "")
function request()
  counter = counter + 1
  local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. separator .. "composed=" .. prefix .. "-" .. counter)
end
LUA

run_wrk() { # $1: duration, $2: header, $3: URL (a URL ending in " composed" runs the script above)
  local url=${3% composed} script=()
  if [[ "$3" == *" composed" ]]; then script=(-s "$WORK/composed.lua"); fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --timeout 30s --latency "${script[@]}" -H "Accept-Encoding: gzip" -H "$2" "$url"
}

check() { # $1: header, $2: URL: the target must answer 200 with a page or JSON, not the sign-in form
  local code
  code=$(curl -s -o "$WORK/check" -w '%{http_code}' -H "$1" "${2% composed}")
  if [[ "$code" != 200 ]] || grep -q 'name="password"' "$WORK/check"; then
    echo "$2 answered $code (or the sign-in page) with $1" >&2; exit 1
  fi
}

declare -a NAMES HEADERS URLS
measure_all() { # $1: dataset label; two passes over the targets in NAMES/HEADERS/URLS
  local i
  for i in "${!URLS[@]}"; do check "${HEADERS[$i]}" "${URLS[$i]}"; done
  echo "First pass (warm-up, $WARMUP each)..."
  for i in "${!URLS[@]}"; do run_wrk "$WARMUP" "${HEADERS[$i]}" "${URLS[$i]}" > /dev/null; done
  echo "Second pass ($DURATION each)..."
  for i in "${!URLS[@]}"; do
    run_wrk "$DURATION" "${HEADERS[$i]}" "${URLS[$i]}" > "$WORK/wrk.txt"
    local rps p50 p99 non2xx
    rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
    p50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt")
    non2xx=$(awk '/Non-2xx/ {print $NF}' "$WORK/wrk.txt")
    echo "| $1 | ${NAMES[$i]} | $rps | $p50 | $p99 | ${non2xx:-0} |" | tee -a "$WORK/rows.md"
  done
}

rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

REPORT=target/bench/throughput.md
: > "$WORK/rows.md"
: > "$WORK/memory.md"

# --- the yardstick: spring-petclinic's owners list on the same PostgreSQL server ---
PETCLINIC_JAR=${PETCLINIC_JAR:-}
if [[ -z "$PETCLINIC_JAR" && -n "${PETCLINIC_DIR:-}" ]]; then
  PETCLINIC_JAR=$(ls "$PETCLINIC_DIR"/target/spring-petclinic-*.jar 2>/dev/null | head -1 || true)
  if [[ -z "$PETCLINIC_JAR" ]]; then
    (cd "$PETCLINIC_DIR" && ./mvnw -B -ntp -q package -DskipTests -Dcheckstyle.skip -Djacoco.skip \
      -Dcyclonedx.skip -Dmaven.gitcommitid.skip -Dspring-javaformat.skip -Denforcer.skip)
    PETCLINIC_JAR=$(ls "$PETCLINIC_DIR"/target/spring-petclinic-*.jar | head -1)
  fi
fi
if [[ -n "$PETCLINIC_JAR" && -n "$PG_PORT" ]]; then
  echo "Starting spring-petclinic..."
  fresh_database petclinic
  java -Xmx"$XMX" -jar "$PETCLINIC_JAR" --server.port="$PORT" --spring.profiles.active=postgres \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/petclinic" \
    --spring.datasource.username=bench --spring.datasource.password=bench > "$WORK/petclinic.log" 2>&1 &
  APP_PID=$!
  wait_for "$BASE/owners?lastName=" "$WORK/petclinic.log"
  NAMES=("petclinic \`/owners?lastName=\`"); HEADERS=("Accept: text/html"); URLS=("$BASE/owners?lastName=")
  measure_all "-"
  echo "| petclinic | $(rss_mb "$APP_PID") | - | - |" >> "$WORK/memory.md"
  stop
elif [[ -n "$PETCLINIC_JAR" ]]; then
  echo "No local PostgreSQL cluster: petclinic is left out" >&2
fi

for dataset in $DATASETS; do
  echo "Starting the portal ($dataset)..."
  started=$(date +%s.%N)
  start_portal "$dataset"
  ready=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  BOARD=$(sign_in board); OWNER=$(sign_in owner.custody); PMO=$(sign_in pmo)
  TOKEN=$(api_token board)
  [[ "$TOKEN" == mopi_* ]] || { echo "Could not create an API token" >&2; exit 1; }
  NAMES=("\`/dashboard\` (Board, as board)" "\`/dashboard/areas/CUS\` (owner view, as owner.custody)"
    "\`/assessments\` (matrix, as pmo)" "\`/\` (home, as board)" "\`/api/v1/dashboard\` (API token)")
  HEADERS=("Cookie: $BOARD" "Cookie: $OWNER" "Cookie: $PMO" "Cookie: $BOARD" "Authorization: Bearer $TOKEN")
  URLS=("$BASE/dashboard" "$BASE/dashboard/areas/CUS" "$BASE/assessments" "$BASE/" "$BASE/api/v1/dashboard")
  measure_all "$dataset"
  rss=$(rss_mb "$APP_PID")
  composed_rss=-
  if [[ "$COMPOSED" == yes ]]; then
    # The pages again, each request with a new query parameter (not the API: it has no page to
    # compose anew for an unknown parameter).
    NAMES=("${NAMES[@]:0:4}"); HEADERS=("${HEADERS[@]:0:4}"); URLS=("${URLS[@]:0:4}")
    for i in 0 1 2 3; do
      NAMES[$i]="${NAMES[$i]}, composed on every request"; URLS[$i]="${URLS[$i]} composed"
    done
    measure_all "$dataset"
    composed_rss=$(rss_mb "$APP_PID")
  fi
  echo "| $dataset | $rss | $composed_rss | $ready |" >> "$WORK/memory.md"
  stop
done

{
  echo "# Throughput: $LABEL"
  echo
  echo "$(nproc) cores, $(date -u +%Y-%m-%d), load average at the end $(cut -d" " -f1-3 /proc/loadavg);" \
    "wrk -t$THREADS -c$CONNECTIONS, a pass of $WARMUP per target then the measured pass of $DURATION;" \
    "-Xmx$XMX; database: $([[ -n "$PG_PORT" ]] && echo "local PostgreSQL on port $PG_PORT" || echo embedded PostgreSQL)"
  echo
  echo "| dataset | request | requests/s | p50 | p99 | non-2xx |"
  echo "|---|---|---|---|---|---|"
  cat "$WORK/rows.md"
  echo
  echo "| process | RSS MB after the load | RSS MB after the composed pass | seconds to ready |"
  echo "|---|---|---|---|"
  cat "$WORK/memory.md"
} > "$REPORT"
echo
cat "$REPORT"
