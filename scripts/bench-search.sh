#!/usr/bin/env bash
# Measures customer search and 360-view latency on a large customer book: a throwaway
# PostgreSQL, the demo generator's customers (1,000,000 by default), a real laoke-server,
# and laoke-bench-customer-search as an account manager (row-level security applies) and as
# an admin. Prints the tables that docs/performance.md records.
#   scripts/bench-search.sh [CUSTOMERS] [ROUNDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${LAOKE_BUILD_DIR:-$root/build}
customers=${1:-1000000}
rounds=${2:-200}
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$build"

work=$(mktemp -d /tmp/laoke-bench-search.XXXXXX)
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
url="postgresql:///laoke_bench?host=$work/pg&user=postgres"
start=$(date +%s)
"$build/server/laoke-server" demo-data --database "$url" --data-dir "$work/data" --customers "$customers" --log-level warn
echo "generated $customers customers in $(( $(date +%s) - start )) s"
psql -h "$work/pg" -U postgres -d laoke_bench -qc 'VACUUM ANALYZE'
"$build/server/laoke-server" --database "$url" --demo --data-dir "$work/data" --listen 127.0.0.1:0 \
  --status-file "$work/status.json" --log-level warn &
server=$!
for _ in $(seq 1 120); do [ -f "$work/status.json" ] && break; sleep 0.5; done
address=$(sed -n 's/.*"listen":"\([^"]*\)".*/\1/p' "$work/status.json")
echo; echo "as account manager 'account' (branch BJ, row-level security):"
"$build/tests/bench/laoke-bench-customer-search" "$address" account laoke-demo "$rounds"
echo; echo "as admin (all branches):"
"$build/tests/bench/laoke-bench-customer-search" "$address" admin laoke-demo "$rounds"
