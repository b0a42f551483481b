#!/usr/bin/env bash
# Benchmark of the dashboards at the two sizes of issue 5, on programmes made by the demo
# generator: force scale (200,000 history rows) and stress scale (2,000,000). Each size runs
# in its own JVM on a fresh embedded PostgreSQL (or on SPRING_DATASOURCE_URL, which must then be
# an empty database for each run). Figures go to the console and to target/bench/dashboard-*.md.
# Options: -Dbench.samples=200 -Dbench.users=16 -Dbench.perUser=25 -Dbench.today=2010-06-30
set -euo pipefail
cd "$(dirname "$0")/.."
for rows in 200000 2000000; do
  ./mvnw -q -ntp test -Pbenchmark -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.historyRows="$rows" "$@"
done
cat target/bench/dashboard-*.md
