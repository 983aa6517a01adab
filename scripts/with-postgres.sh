#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL 15: initdb into a temp folder, pg_ctl on a
# free port on 127.0.0.1 only, DATABASE_URL exported for the command, server stopped and
# folder removed afterwards (also on failure). About 2 s of set-up.
#   scripts/with-postgres.sh npm run test:pg
# Needs the Debian PostgreSQL 15 server binaries (apt-get install postgresql-15). As root,
# the server runs as the unprivileged user `postgres`; otherwise as the current user.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
[ -x "$PGBIN/initdb" ] || { echo "PostgreSQL 15 server binaries not found in $PGBIN (apt-get install postgresql-15)" >&2; exit 1; }

PGTMP=$(mktemp -d /tmp/bot-pg-XXXXXX)
as_pg() { "$@"; }
if [ "$(id -u)" = 0 ]; then
  chown postgres: "$PGTMP"
  as_pg() { runuser -u postgres -- "$@"; }
fi
stop() {
  as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PGTMP"
}
trap stop EXIT

PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
as_pg "$PGBIN/initdb" -D "$PGTMP/data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
# Throwaway: fsync off for speed; loopback TCP only, socket in the temp folder.
as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/server.log" -w -s \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories=$PGTMP -c fsync=off -c max_connections=200" start \
  || { echo "[with-postgres] PostgreSQL did not start; its log:" >&2; cat "$PGTMP/server.log" >&2; exit 1; }
export DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
echo "[with-postgres] PostgreSQL 15 on 127.0.0.1:$PORT (throwaway)" >&2
set +e
"$@"
status=$?
exit $status
