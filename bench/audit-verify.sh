#!/usr/bin/env bash
# Verifies the audit trail's hash chain with psql, using the one formula the portal uses
# (audit_event_verify() and audit_event_hash(), defined in db/migration/V14__audit_event.sql).
#
# Usage: bench/audit-verify.sh [--expect ID:HASH] [connection]
#   connection  a psql connection string or URI; default: the portal's SPRING_DATASOURCE_URL
#               (jdbc: prefix dropped) with SPRING_DATASOURCE_USERNAME and _PASSWORD
#   --expect    a row number and hash noted earlier (the verification page and this script
#               print the last row's): fails if that row is gone or changed, which catches rows
#               removed from the end of the chain
# Exit status: 0 intact, 1 broken, 2 usage or connection error.
set -euo pipefail

expect=""
if [ "${1:-}" = "--expect" ]; then
  expect="${2:?--expect needs ID:HASH}"
  shift 2
fi
connection="${1:-${SPRING_DATASOURCE_URL:-}}"
if [ -z "$connection" ]; then
  echo "Give a connection (e.g. postgresql://mopi@db:5432/mopi) or set SPRING_DATASOURCE_URL." >&2
  exit 2
fi
connection="${connection#jdbc:}"
if [ -n "${SPRING_DATASOURCE_USERNAME:-}" ]; then export PGUSER="$SPRING_DATASOURCE_USERNAME"; fi
if [ -n "${SPRING_DATASOURCE_PASSWORD:-}" ]; then export PGPASSWORD="$SPRING_DATASOURCE_PASSWORD"; fi

query() {
  psql "$connection" -X -q -A -t -F '|' -v ON_ERROR_STOP=1 -c "$1" || exit 2
}

IFS='|' read -r rows broken problem head hash <<<"$(query "select rows_checked, broken_id, problem, head_id, head_hash from audit_event_verify()")"

status=0
if [ -z "$broken" ]; then
  echo "Intact: ${rows} rows checked. Last row ${head:-none}, hash ${hash:-none}."
else
  case "$problem" in
    CONTENT) what="its content does not match its hash: the row was edited" ;;
    LINK) what="it does not follow the hash of the row before it: a row before it was deleted, inserted or rewritten" ;;
    GAP) what="its number does not follow the row before it: a row was deleted or inserted" ;;
    *) what="$problem" ;;
  esac
  echo "BROKEN at row ${broken}: ${what}. ${rows} rows checked."
  status=1
fi

if [ -n "$expect" ]; then
  id="${expect%%:*}"
  want="${expect#*:}"
  if ! [[ "$id" =~ ^[0-9]+$ && "$want" =~ ^[0-9a-f]{64}$ ]]; then
    echo "--expect takes ID:HASH, e.g. 1234:9f86d0...; got ${expect}" >&2
    exit 2
  fi
  got="$(query "select hash from audit_event where id = ${id}")"
  if [ "$got" = "$want" ]; then
    echo "Row ${id} still has the hash noted earlier."
  else
    echo "Row ${id} is missing or changed (hash now '${got}'): rows were removed or rewritten."
    status=1
  fi
fi
exit "$status"
