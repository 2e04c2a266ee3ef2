#!/usr/bin/env bash
# Measures request latency against a real laoke-server (release build, production argon2id
# cost) on a throwaway PostgreSQL; prints the table that docs/performance.md records.
#   scripts/bench.sh [COUNT] [CONNECTIONS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${LAOKE_BUILD_DIR:-$root/build}
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$build"

work=$(mktemp -d /tmp/laoke-bench.XXXXXX)
chmod 0755 "$work"
server=""
cleanup() {
  [ -n "$server" ] && kill -TERM "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  "$root/scripts/pg-throwaway.sh" stop "$work/pg"
  rm -rf "$work"
}
trap cleanup EXIT
"$root/scripts/pg-throwaway.sh" start "$work/pg" >/dev/null
psql -h "$work/pg" -U postgres -qc 'CREATE DATABASE laoke_bench'
"$build/server/laoke-server" --database "postgresql:///laoke_bench?host=$work/pg&user=postgres" --demo \
  --data-dir "$work/data" --listen 127.0.0.1:0 --status-file "$work/status.json" --log-level warn &
server=$!
for _ in $(seq 1 120); do [ -f "$work/status.json" ] && break; sleep 0.5; done
address=$(sed -n 's/.*"listen":"\([^"]*\)".*/\1/p' "$work/status.json")
"$build/tests/bench/laoke-bench-requests" "$address" admin laoke-demo "${1:-2000}" "${2:-4}"
