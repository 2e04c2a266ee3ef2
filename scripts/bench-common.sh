# What the benchmark scripts share; sourced, not run. After `bench_setup NAME`: $root, $build,
# $work (removed on exit with its cluster and server), $url (the database laoke_bench on a
# throwaway PostgreSQL); `bench_start_server ARGS...` starts laoke-server --demo on it and
# sets $address. LAOKE_BUILD_DIR names the build (default build/); LAOKE_SKIP_BUILD=1 uses it
# as it is instead of installing packages and building.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${LAOKE_BUILD_DIR:-$root/build}
server=""

bench_cleanup() {
  [ -n "$server" ] && kill -TERM "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  "$root/scripts/pg-throwaway.sh" stop "$work/pg"
  rm -rf "$work"
}

bench_setup() {
  if [ -z "${LAOKE_SKIP_BUILD:-}" ]; then
    "$root/scripts/install-deps.sh"
    "$root/scripts/build.sh" "$build"
  fi
  work=$(mktemp -d "/tmp/$1.XXXXXX")
  chmod 0755 "$work"
  trap bench_cleanup EXIT
  "$root/scripts/pg-throwaway.sh" start "$work/pg" >/dev/null
  psql -h "$work/pg" -U postgres -qc 'CREATE DATABASE laoke_bench'
  url="postgresql:///laoke_bench?host=$work/pg&user=postgres"
}

bench_start_server() {
  "$build/server/laoke-server" --database "$url" --demo --data-dir "$work/data" --listen 127.0.0.1:0 \
    --status-file "$work/status.json" --log-level warn "$@" &
  server=$!
  for _ in $(seq 1 120); do [ -f "$work/status.json" ] && break; sleep 0.5; done
  address=$(sed -n 's/.*"listen":"\([^"]*\)".*/\1/p' "$work/status.json")
}
