# Sourced by the benchmark scripts that start the portal jar themselves (api-throughput.sh,
# startup.sh, throughput.sh): finds the jar (JAR, else target/, else builds it), makes a work
# folder ($WORK, removed at exit) and stops the portal started in $APP_PID at exit.
JAR=${JAR:-$(ls target/mopi-portal-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [[ -z "$JAR" ]]; then
  ./mvnw -q -ntp package -DskipTests
  JAR=$(ls target/mopi-portal-*.jar | grep -v original | head -1)
fi
WORK=$(mktemp -d)
mkdir -p target/bench
APP_PID=
stop() { if [[ -n "$APP_PID" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi; APP_PID=; }
trap 'stop; rm -rf "$WORK"' EXIT
