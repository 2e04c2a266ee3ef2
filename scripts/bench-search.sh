#!/usr/bin/env bash
# Measures customer search and 360-view latency on a large customer book: a throwaway
# PostgreSQL, the demo generator's customers (1,000,000 by default), a real laoke-server,
# and laoke-bench-customer-search as an account manager (row-level security applies) and as
# an admin. Prints the tables that docs/performance.md records.
#   scripts/bench-search.sh [CUSTOMERS] [ROUNDS]
set -euo pipefail
source "$(dirname "$0")/bench-common.sh"
customers=${1:-1000000}
rounds=${2:-200}
bench_setup laoke-bench-search
start=$(date +%s)
"$build/server/laoke-server" demo-data --database "$url" --data-dir "$work/data" --customers "$customers" --log-level warn
echo "generated $customers customers in $(( $(date +%s) - start )) s"
psql -h "$work/pg" -U postgres -d laoke_bench -qc 'VACUUM ANALYZE'
bench_start_server
echo; echo "as account manager 'account' (branch BJ, row-level security):"
"$build/tests/bench/laoke-bench-customer-search" "$address" account laoke-demo "$rounds"
echo; echo "as admin (all branches):"
"$build/tests/bench/laoke-bench-customer-search" "$address" admin laoke-demo "$rounds"
