#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL server on 127.0.0.1, installed and started here.
# usage: scripts/with-postgres.sh COMMAND...   (DATABASE_URL is set for the command)
set -euo pipefail
if [ -z "${PGPORT:-}" ]; then
  # A free port, so that several runs on one machine never collide.
  PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
fi
if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq -o DPkg::Lock::Timeout=300 postgresql >/dev/null
  else
    echo "PostgreSQL is not installed and cannot be installed here (needs root on Debian)." >&2
    exit 1
  fi
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
WORK=$(mktemp -d /tmp/pgtest.XXXXXX)
chmod 755 "$WORK"
PGDATA="$WORK/data"
RUNAS=()
if [ "$(id -u)" = "0" ]; then RUNAS=(runuser -u postgres --); fi
mkdir -p "$PGDATA"
[ "$(id -u)" = "0" ] && chown postgres:postgres "$PGDATA"
chmod 700 "$PGDATA"
cleanup() {
  "${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
"${RUNAS[@]}" "$PGBIN/initdb" -D "$PGDATA" -U postgres -E UTF8 --locale=C.UTF-8 \
  --auth-local=trust --auth-host=scram-sha-256 >/dev/null
"${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDATA -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
"${RUNAS[@]}" psql -h "$PGDATA" -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -q \
  -c "CREATE ROLE newsroom LOGIN PASSWORD 'newsroom' CREATEDB" \
  -c "CREATE DATABASE newsroom OWNER newsroom"
export DATABASE_URL="postgres://newsroom:newsroom@127.0.0.1:$PGPORT/newsroom"
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT"
"$@"
