#!/usr/bin/env bash
# Runs every Laoke test: installs missing Debian packages, builds, starts a throwaway
# PostgreSQL, and runs the unit, db, gui (offscreen) and e2e tests through ctest.
# Exits non-zero on any failure. Extra arguments go to ctest (e.g. -L db, -R Login).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${LAOKE_BUILD_DIR:-$root/build}

"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$build"

pgdir=$(mktemp -d /tmp/laoke-test-pg.XXXXXX)
cleanup() { "$root/scripts/pg-throwaway.sh" stop "$pgdir"; }
trap cleanup EXIT
"$root/scripts/pg-throwaway.sh" start "$pgdir" >/dev/null

export LAOKE_TEST_PG_HOST=$pgdir
export LAOKE_TEST_PG_USER=postgres
export QT_QPA_PLATFORM=offscreen
export LAOKE_SERVER_BIN=$build/server/laoke-server
export LAOKECTL_BIN=$build/desktop-client/laokectl

cd "$build"
ctest --output-on-failure --no-tests=error -j2 "$@"
