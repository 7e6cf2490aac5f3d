#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for the test suite and print its SQLAlchemy URL on stdout.
#
#   export TRIAGE_TEST_POSTGRES_URL="$(bash .ci/start-postgres.sh)"
#   ...
#   bash .ci/start-postgres.sh stop
#
# The cluster lives in $TRIAGE_PG_DIR (default /var/tmp/triage-test-pg), listens on 127.0.0.1 only, on
# a free port, with trust authentication for the role `triage` (CREATEDB: every test gets its own
# database, copied from a migrated template). It runs as the `postgres` user when we are root (initdb
# refuses root). Durability is switched off (fsync, synchronous_commit, full_page_writes): this is
# throwaway test data, and the benchmarks start their own cluster with the defaults.
# Needs the Debian `postgresql` package (installed by .ci/install-services.sh). Idempotent: a cluster
# already running in that folder is reused.
set -euo pipefail

DIR="${TRIAGE_PG_DIR:-/var/tmp/triage-test-pg}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  BIN="$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")"
fi
if [ ! -x "$BIN/initdb" ]; then
  echo "start-postgres: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    # initdb and postgres refuse to run as root.
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

if [ "${1:-}" = "stop" ]; then
  if [ -f "$DIR/data/postmaster.pid" ]; then
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || true
  fi
  exit 0
fi

if [ -f "$DIR/port" ] && as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
  PORT="$(cat "$DIR/port")"
else
  rm -rf "$DIR"
  mkdir -p "$DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$DIR"
  PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  as_owner "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
  as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 start -o \
    "-p $PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$DIR -c max_connections=400 \
     -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=128MB" >&2 \
    || { tail -20 "$DIR/server.log" >&2; exit 1; }
  as_owner "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE triage LOGIN CREATEDB" -c "CREATE DATABASE triage OWNER triage" >&2
  echo "$PORT" >"$DIR/port"
fi
echo "postgresql+psycopg://triage@127.0.0.1:${PORT}/triage"
