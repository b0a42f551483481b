#!/usr/bin/env bash
# Backs up the portal's database with pg_dump in its custom format (compressed, restorable
# table by table with pg_restore). Everything the portal keeps is in that one database:
# accounts, assessments and their history, evidence, projects, budgets, imported catalogue
# files (uploads are stored in the database, not on disk) and the audit trail.
#
#   bench/backup.sh [file]        # default: mopi-<UTC date and time>.dump
#
# Connection from the usual libpq variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD or
# ~/.pgpass), e.g. PGHOST=db PGDATABASE=mopi PGUSER=mopi bench/backup.sh. Use a pg_dump of the
# server's major version or newer (PG_BIN=/usr/lib/postgresql/17/bin picks one).
set -euo pipefail
file=${1:-mopi-$(date -u +%Y%m%dT%H%M%SZ).dump}
bin=${PG_BIN:-$(dirname "$(command -v pg_dump || ls /usr/lib/postgresql/*/bin/pg_dump | sort -V | tail -n 1)")}
"$bin/pg_dump" --format=custom --no-owner --no-privileges --file="$file"
"$bin/pg_restore" --list "$file" >/dev/null
echo "Backed up ${PGDATABASE:-the database} to $file ($(du -h "$file" | cut -f1))"
