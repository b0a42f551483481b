#!/usr/bin/env bash
# Restores a backup made by bench/backup.sh into an EMPTY database (create it first, owned by
# the portal's role), then prints each table's row count. Stop the portal (or point it at the
# restored database) before it is used. Flyway sees the restored schema history and applies
# only migrations newer than the backup.
#
#   createdb -O mopi mopi_restored
#   PGDATABASE=mopi_restored PGUSER=mopi bench/restore.sh mopi-20090630T180000Z.dump
set -euo pipefail
file=${1:?usage: bench/restore.sh <backup file>}
bin=${PG_BIN:-$(dirname "$(command -v pg_restore || ls /usr/lib/postgresql/*/bin/pg_restore | sort -V | tail -n 1)")}
psql=$([ -x "$bin/psql" ] && echo "$bin/psql" || echo psql)
tables=$("$psql" -qtA -c "select count(*) from pg_tables where schemaname = 'public'")
if [ "$tables" != "0" ]; then
  echo "The database ${PGDATABASE:-} is not empty ($tables tables): restore into a new, empty one." >&2
  exit 1
fi
"$bin/pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction \
  --dbname="${PGDATABASE:?set PGDATABASE to the empty database}" "$file"
echo "Restored $file into $PGDATABASE:"
for table in $("$psql" -qtA -c "select tablename from pg_tables where schemaname = 'public' order by 1"); do
  echo "  $table $("$psql" -qtA -c "select count(*) from \"$table\"")"
done
