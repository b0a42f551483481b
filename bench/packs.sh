#!/usr/bin/env bash
# Benchmark of Board packs at force scale (issue 12): drafting, publishing, and downloading the PDF
# and the workbook over the API with 200,000 history rows (BoardPackBenchmark, the whole portal on
# a fresh embedded PostgreSQL, or on SPRING_DATASOURCE_URL, which must then be an empty database),
# then the PDF and workbook renderers alone on frozen figures of the same size (PackFormatsBenchmark,
# no database). Figures go to the console and to target/bench/packs.md and pack-formats.md.
# Options: -Dbench.historyRows=200000 -Dbench.rounds=20 -Dbench.warmUp=3 -Dbench.samples=30
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -ntp test -Pbenchmark -Dtest=BoardPackBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@"
./mvnw -q -ntp test -Pbenchmark -Dtest=PackFormatsBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@"
cat target/bench/packs.md target/bench/pack-formats.md
