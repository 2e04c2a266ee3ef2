#!/usr/bin/env bash
# Measures request latency against a real laoke-server (release build, production argon2id
# cost) on a throwaway PostgreSQL; prints the table that docs/performance.md records.
#   scripts/bench.sh [COUNT] [CONNECTIONS]
set -euo pipefail
source "$(dirname "$0")/bench-common.sh"
bench_setup laoke-bench
bench_start_server
"$build/tests/bench/laoke-bench-requests" "$address" admin laoke-demo "${1:-2000}" "${2:-4}"
