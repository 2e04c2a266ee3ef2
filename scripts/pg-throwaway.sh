#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster for the tests and prints its socket directory.
# Usage: pg-throwaway.sh start DIR | pg-throwaway.sh stop DIR
# Unix socket only (no port to collide with), no fsync, wal_level minimal (bulk loads into
# tables truncated in the same transaction write no WAL): for tests, never for data.
set -euo pipefail

pgbin=/usr/lib/postgresql/15/bin
action=$1
dir=$2

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

case "$action" in
  start)
    mkdir -p "$dir"
    chmod 0755 "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir"; fi
    as_pg "$pgbin/initdb" -A trust -U postgres -E UTF8 --locale=C.UTF-8 -N -D "$dir/data" >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_pg "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w start \
      -o "-k $dir -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c wal_level=minimal -c max_wal_senders=0" >/dev/null \
      || { cat "$dir/postgres.log" >&2; exit 1; }
    echo "$dir"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_pg "$pgbin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
