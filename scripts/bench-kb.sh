#!/usr/bin/env bash
# Measures knowledge base search and suggestion latency on a large knowledge base: a
# throwaway PostgreSQL, a real laoke-server started with --demo (its demo articles), then
# generated articles (50,000 by default, laoke-bench-kb load) and laoke-bench-kb as an
# engineer. Prints the table that docs/performance.md records.
#   scripts/bench-kb.sh [ARTICLES] [ROUNDS]     (LAOKE_BUILD_DIR, LAOKE_SKIP_BUILD: bench-common.sh)
set -euo pipefail
source "$(dirname "$0")/bench-common.sh"
articles=${1:-50000}
rounds=${2:-200}
bench_setup laoke-bench-kb
bench_start_server --demo-customers 0
"$build/tests/bench/laoke-bench-kb" load "$url" "$articles"
psql -h "$work/pg" -U postgres -d laoke_bench -qAtc \
  "SELECT 'kb_articles: ' || count(*) || ' rows, table ' || pg_size_pretty(pg_table_size('kb_articles')) || \
   ', search index ' || pg_size_pretty(pg_relation_size('kb_articles_search')) FROM kb_articles"
echo; echo "as engineer 'engineer':"
"$build/tests/bench/laoke-bench-kb" "$address" engineer laoke-demo "$rounds"
