#!/usr/bin/env bash
# Benchmark of the delivery pages (timeline, projects, budget) with the demo programme.
# Figures go to the console and to target/bench/programme.md. Options: -Dbench.samples=200
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -ntp test -Pbenchmark -Dtest=ProgrammeBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@"
cat target/bench/programme.md
