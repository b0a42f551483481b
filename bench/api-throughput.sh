#!/usr/bin/env bash
# API throughput with a personal API token against HTTP Basic (issue 10). Starts the portal jar
# on a fresh embedded PostgreSQL with demo data, signs in as board on the form, creates a token on
# /account/tokens, then drives GET /api/v1/business-areas with wrk:
#   1. Basic with the verified-password cache off (every call runs bcrypt: the API as before issue 10),
#   2. Basic with the cache on (the default: one bcrypt per five minutes per client),
#   3. the token (one SHA-256 and two indexed reads per call).
# Needs java 17, curl and wrk (apt-get install -y wrk). Options (environment):
#   DURATION=20s WARMUP=5s (unmeasured, before each run) CONNECTIONS=8 THREADS=2 PORT=18080 JAR=target/mopi-portal-*.jar
# Figures go to the console and to target/bench/api-throughput.md.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-5s}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
BASE="http://127.0.0.1:$PORT"
URL="$BASE/api/v1/business-areas"
PASSWORD=mopi-demo-2007
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
source bench/portal-process.sh

start() { # $@: extra portal arguments
  java -jar "$JAR" --server.port="$PORT" --mopi.embedded-database.data-directory="$WORK/postgres" "$@" \
    > "$WORK/portal.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 180); do
    if curl -fs -u "board:$PASSWORD" "$URL" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "The portal did not start; see $WORK/portal.log" >&2; tail -50 "$WORK/portal.log" >&2; exit 1
}

measure() { # $1: label, $2: Authorization header
  echo "## $1"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 30s -H "Authorization: $2" "$URL" > /dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 30s --latency -H "Authorization: $2" "$URL" | tee "$WORK/wrk.txt"
  local rps p50 p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$WORK/wrk.txt")
  echo "| $1 | $rps | $p50 | $p99 | ${non2xx:-0} |" >> "$WORK/rows.md"
}

token() { # signs in as board on the form and creates a token; prints it
  local jar="$WORK/cookies" csrf page
  csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=board" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
  csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/account/tokens" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  page=$(curl -s -c "$jar" -b "$jar" --data-urlencode "name=throughput benchmark" --data-urlencode "days=30" \
    --data-urlencode "_csrf=$csrf" "$BASE/account/tokens")
  echo "$page" | sed -n 's/.*id="token-value">\(mopi_[A-Za-z0-9_-]*\)<.*/\1/p' | head -1
}

REPORT=target/bench/api-throughput.md
: > "$WORK/rows.md"
{
  echo "# API throughput: GET /api/v1/business-areas"
  echo
  echo "$(nproc) cores (load average $(cut -d" " -f1-3 /proc/loadavg) at the start), $(date -u +%Y-%m-%d), wrk -t$THREADS -c$CONNECTIONS -d$DURATION after $WARMUP of warm-up, portal and embedded PostgreSQL on this machine"
  echo
} > "$REPORT"
BASIC="Basic $(printf 'board:%s' "$PASSWORD" | base64)"

echo "Starting the portal with the verified-password cache off..."
start --mopi.sign-in.verified-password-lifetime=0s
measure "HTTP Basic, bcrypt on every call (cache off: as before issue 10)" "$BASIC"
stop

echo "Starting the portal as configured..."
start
measure "HTTP Basic, verified password cached (default)" "$BASIC"
TOKEN=$(token)
[[ "$TOKEN" == mopi_* ]] || { echo "Could not create a token" >&2; exit 1; }
measure "Personal API token (Bearer)" "Bearer $TOKEN"
stop

{
  echo
  echo "| authentication | requests/s | p50 | p99 | non-2xx |"
  echo "|---|---|---|---|---|"
  cat "$WORK/rows.md"
} >> "$REPORT"
echo
cat "$REPORT" | sed -n '/^| authentication/,$p'
