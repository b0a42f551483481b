#!/usr/bin/env bash
# Start-up time (issue 13): from launching `java -jar` with no database configured (the embedded
# PostgreSQL on a fresh, empty data directory, so initdb, every migration and all demo data run)
# until BOTH /actuator/health/readiness says UP AND a form sign-in as board succeeds (followed by
# an authenticated page). Runs RUNS times and prints each run, the median, and where the time went
# (log timestamps of each phase, relative to the launch), and the CPU time the JVM used until then
# (user + system; the embedded PostgreSQL's own processes are not counted), which a busy machine
# changes far less than the wall time.
# Needs java 17 and curl. Options (environment):
#   RUNS=3 PORT=18090 JAVA_OPTS="-Xmx1g" JAR=target/mopi-portal-*.jar REPORT=target/bench/startup.md
#   PAUSE=20 (seconds of rest before each run, so that a run does not start in the previous one's load)
#   CDS=1  run the extracted jar with a Class Data Sharing archive, as docs/operations.md describes
#          (made once under target/cds-*/ by a training start; CDS=0 runs the uber jar as it is)
#   CDS_TRAINING=full (default, as the Dockerfile does): the training start runs until ready and a
#          sign-in worked, so the classes of the start-up tasks and the first pages are archived too;
#          =refresh: Spring Boot's recipe, the training start stops once the context is refreshed
#   RESTART=1  measure a restart instead: the data directory is made by a first start (not
#          measured) and kept, as `./mvnw spring-boot:run` keeps data/postgres between runs, so no
#          initdb, no migration and no demo data to load (the catalogue and accounts are checked)
# Figures go to the console and to target/bench/startup.md (startup-cds-full.md or
# startup-cds-refresh.md with CDS=1).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
PORT=${PORT:-18090}
CDS=${CDS:-0}
CDS_TRAINING=${CDS_TRAINING:-full}
RESTART=${RESTART:-0}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
BASE="http://127.0.0.1:$PORT"
PASSWORD=mopi-demo-2007
source bench/portal-process.sh
trap 'exit 130' INT TERM
now() { date +%s%3N; }

signed_in() { # a form sign-in as board, then an authenticated page: true when both work
  local jar="$WORK/cookies" csrf status
  rm -f "$jar"
  csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  [[ -n "$csrf" ]] || return 1
  status=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' --data-urlencode "username=board" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login")
  [[ "$status" == 302* && "$status" != *error* ]] || return 1
  [[ $(curl -s -b "$jar" -o /dev/null -w '%{http_code}' "$BASE/dashboard") == 200 ]]
}

await_ready() { # $1: launch epoch ms, $2: log; sets ready (epoch ms of readiness UP), returns once signed in
  ready=
  until [[ -n "$ready" ]]; do
    if ! kill -0 "$APP_PID" 2>/dev/null || (($(now) - $1 > 300000)); then
      echo "The portal did not become ready; see the log:" >&2; tail -40 "$2" >&2; exit 1
    fi
    if curl -fs "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then ready=$(now); else sleep 0.1; fi
  done
  until signed_in; do
    if (($(now) - $1 > 300000)); then echo "The sign-in never worked" >&2; exit 1; fi
    sleep 0.1
  done
}

LAUNCH=(-jar "$JAR")
if [[ "$CDS" == 1 ]]; then # the recipe of docs/operations.md ("Start-up time")
  CDS_DIR=target/cds-$CDS_TRAINING
  APP_JAR="$CDS_DIR/app/$(basename "$JAR")"
  if [[ ! -f "$CDS_DIR/app.jsa" || "$JAR" -nt "$CDS_DIR/app.jsa" ]]; then
    echo "Extracting $JAR and training the CDS archive ($CDS_TRAINING)..."
    rm -rf "$CDS_DIR" && mkdir -p "$CDS_DIR"
    java -Djarmode=tools -jar "$JAR" extract --destination "$CDS_DIR/app" > /dev/null
    if [[ "$CDS_TRAINING" == refresh ]]; then
      # shellcheck disable=SC2086
      java $JAVA_OPTS -XX:ArchiveClassesAtExit="$CDS_DIR/app.jsa" -Dspring.context.exit=onRefresh -jar "$APP_JAR" \
        --server.port="$PORT" --mopi.embedded-database.data-directory="$WORK/training" > "$WORK/training.log" 2>&1 \
        || { tail -30 "$WORK/training.log" >&2; exit 1; }
    else
      # shellcheck disable=SC2086
      java $JAVA_OPTS -XX:ArchiveClassesAtExit="$CDS_DIR/app.jsa" -jar "$APP_JAR" --server.port="$PORT" \
        --mopi.embedded-database.data-directory="$WORK/training" > "$WORK/training.log" 2>&1 &
      APP_PID=$!
      await_ready "$(now)" "$WORK/training.log"
      stop
      [[ -f "$CDS_DIR/app.jsa" ]] || { tail -30 "$WORK/training.log" >&2; exit 1; }
    fi
    rm -rf "$WORK/training"
  fi
  LAUNCH=(-XX:SharedArchiveFile="$CDS_DIR/app.jsa" -jar "$APP_JAR")
fi

at() { # $1: log file, $2: launch epoch ms, $3: text of the log line; prints seconds since launch
  local line stamp
  line=$(grep -m1 -F "$3" "$1" || true)
  [[ -n "$line" ]] || { echo "-"; return; }
  stamp=$(date -d "${line%% *}" +%s%3N)
  awk -v ms="$((stamp - $2))" 'BEGIN { printf "%.1f", ms / 1000 }'
}

PHASES=("Starting MopiPortalApplication|JVM and launcher: first log line"
  "Bootstrapping Spring Data JPA|configuration classes read, component scan"
  "postmaster startup finished|embedded PostgreSQL up (initdb and start)"
  "Successfully applied|Flyway: migrations applied"
  "Initialized JPA EntityManagerFactory|Hibernate: entity manager factory"
  "Started MopiPortalApplication|Spring: context refreshed (Started ... line)"
  "DecisionsDemoData|demo data loaded (last runner)"
  "Dashboard figures for|dashboard warm-up done")

: > "$WORK/runs.txt"
if [[ "$RESTART" == 1 ]]; then # one start, not measured, that creates the database and the demo data
  echo "A first start to create the data directory (not measured)..."
  java $JAVA_OPTS "${LAUNCH[@]}" --server.port="$PORT" --mopi.embedded-database.data-directory="$WORK/postgres" \
    > "$WORK/portal-0.log" 2>&1 &
  APP_PID=$!
  await_ready "$(now)" "$WORK/portal-0.log"
  stop
fi
for run in $(seq 1 "$RUNS"); do
  [[ "$RESTART" == 1 ]] || rm -rf "$WORK/postgres"
  sleep "${PAUSE:-20}"
  load=$(cut -d" " -f1 /proc/loadavg)
  t0=$(now)
  # shellcheck disable=SC2086
  java $JAVA_OPTS "${LAUNCH[@]}" --server.port="$PORT" --mopi.embedded-database.data-directory="$WORK/postgres" \
    > "$WORK/portal-$run.log" 2>&1 &
  APP_PID=$!
  await_ready "$t0" "$WORK/portal-$run.log"
  done_at=$(now)
  read -r -a stat < "/proc/$APP_PID/stat"
  cpu=$(awk -v t="$((stat[13] + stat[14]))" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }')
  stop
  started=$(grep -m1 -o 'Started MopiPortalApplication in [0-9.]* seconds' "$WORK/portal-$run.log" | awk '{print $4}')
  secs() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }
  row="| $run | $(secs $((done_at - t0))) | $(secs $((ready - t0))) | ${started:-?} |"
  for phase in "${PHASES[@]}"; do row="$row $(at "$WORK/portal-$run.log" "$t0" "${phase%%|*}") |"; done
  echo "$row $cpu | $load |" | tee -a "$WORK/runs.txt"
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
REPORT=${REPORT:-target/bench/startup.md}
[[ "$CDS" == 1 && "$REPORT" == target/bench/startup.md ]] && REPORT=target/bench/startup-cds-$CDS_TRAINING.md
[[ "$RESTART" == 1 ]] && REPORT=${REPORT%.md}-restart.md
{
  if [[ "$RESTART" == 1 ]]; then data="data directory kept from an earlier start"; else data="empty data directory"; fi
  echo "# Start-up: launch until readiness UP and a sign-in works (embedded PostgreSQL, $data)"
  echo
  echo "$(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), java $JAVA_OPTS ${LAUNCH[*]}"
  echo
  echo "**Median: $(cut -d'|' -f3 "$WORK/runs.txt" | median) s to ready and signed in** ($RUNS runs)"
  echo
  echo "Seconds since launch:"
  echo
  header="| run | ready + signed in | readiness UP | Spring's \"Started in\" |"
  rule="|---|---|---|---|"
  for phase in "${PHASES[@]}"; do header="$header ${phase#*|} |"; rule="$rule---|"; done
  echo "$header JVM CPU seconds | load average (1 min) |"
  echo "$rule---|---|"
  cat "$WORK/runs.txt"
  median_row="| median | $(cut -d'|' -f3 "$WORK/runs.txt" | median) | $(cut -d'|' -f4 "$WORK/runs.txt" | median) | $(cut -d'|' -f5 "$WORK/runs.txt" | median) |"
  for i in "${!PHASES[@]}"; do median_row="$median_row $(cut -d'|' -f$((i + 6)) "$WORK/runs.txt" | grep -v -- - | median) |"; done
  echo "$median_row $(cut -d'|' -f$((${#PHASES[@]} + 6)) "$WORK/runs.txt" | median) | |"
} > "$REPORT"
echo
cat "$REPORT"
