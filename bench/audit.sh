#!/usr/bin/env bash
# Benchmark of what the audit trail costs a write: one assessment changed, then a bulk update
# of 200 assessments, each committed, with the trail's entity listener attached and detached.
# Uses the same database choice as the tests. Figures go to the console and target/bench/audit.md.
# Options: -Dbench.samples=60 -Dbench.bulkSamples=8
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -ntp test -Pbenchmark -Dtest=AuditBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@"
cat target/bench/audit.md
