#!/usr/bin/env bash
# Benchmark of the compliance matrix and assessment history with 200,000 history rows.
# Uses the same database choice as the tests (SPRING_DATASOURCE_URL, else Testcontainers, else
# embedded PostgreSQL). Figures go to the console and to target/bench/assessments.md.
# Options: -Dbench.historyRows=200000 -Dbench.samples=200 -Dbench.warmUp=30
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -ntp test -Pbenchmark -Dtest=AssessmentBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@"
cat target/bench/assessments.md
