#!/usr/bin/env bash
# Measures knowledge base search and suggestion latency on a large knowledge base: a
# throwaway PostgreSQL, a real laoke-server started with --demo (its demo articles), then
# generated articles (50,000 by default, laoke-bench-kb load) and laoke-bench-kb as an
# engineer. Prints the table that docs/performance.md records.
#   scripts/bench-kb.sh [ARTICLES] [ROUNDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${LAOKE_BUILD_DIR:-$root/build}
articles=${1:-50000}
rounds=${2:-200}
if [ -z "${LAOKE_SKIP_BUILD:-}" ]; then
  "$root/scripts/install-deps.sh"
  "$root/scripts/build.sh" "$build"
fi

work=$(mktemp -d /tmp/laoke-bench-kb.XXXXXX)
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
"$build/server/laoke-server" --database "$url" --demo --demo-customers 0 --data-dir "$work/data" \
  --listen 127.0.0.1:0 --status-file "$work/status.json" --log-level warn &
server=$!
for _ in $(seq 1 120); do [ -f "$work/status.json" ] && break; sleep 0.5; done
address=$(sed -n 's/.*"listen":"\([^"]*\)".*/\1/p' "$work/status.json")
"$build/tests/bench/laoke-bench-kb" load "$url" "$articles"
psql -h "$work/pg" -U postgres -d laoke_bench -qAtc \
  "SELECT 'kb_articles: ' || count(*) || ' rows, table ' || pg_size_pretty(pg_table_size('kb_articles')) || \
   ', search index ' || pg_size_pretty(pg_relation_size('kb_articles_search')) FROM kb_articles"
echo; echo "as engineer 'engineer':"
"$build/tests/bench/laoke-bench-kb" "$address" engineer laoke-demo "$rounds"
