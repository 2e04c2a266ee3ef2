#!/usr/bin/env bash
# Runs Laoke with demo data: installs missing Debian packages, builds (Release, Ninja,
# ccache), starts laoke-server with its embedded PostgreSQL and demo users, and opens
# laoke-desktop connected to it.
#
#   scripts/demo.sh              server + desktop client
#   scripts/demo.sh --headless   server only; prints address, fingerprint and logins
#
# Environment: LAOKE_DEMO_DIR (data directory, default ./laoke-data in the checkout),
# LAOKE_DEMO_LISTEN (default 127.0.0.1:7443).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${LAOKE_BUILD_DIR:-$root/build}
data=${LAOKE_DEMO_DIR:-$root/laoke-data}
listen=${LAOKE_DEMO_LISTEN:-127.0.0.1:7443}

headless=0
case "${1:-}" in
  --headless) headless=1 ;;
  "") ;;
  -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "usage: $0 [--headless]" >&2; exit 2 ;;
esac

"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$build"

mkdir -p "$data"
status="$data/status.json"
rm -f "$status"
"$build/server/laoke-server" --data-dir "$data" --listen "$listen" --demo --status-file "$status" \
  >"$data/server.log" 2>&1 &
server=$!
stop_server() {
  if kill -0 "$server" 2>/dev/null; then
    kill -TERM "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
}
trap stop_server EXIT
trap 'exit 130' INT TERM

for _ in $(seq 1 120); do
  [ -f "$status" ] && break
  if ! kill -0 "$server" 2>/dev/null; then
    echo "laoke-server did not start; its log ($data/server.log) ends with:" >&2
    tail -n 20 "$data/server.log" >&2
    exit 1
  fi
  sleep 0.5
done
if [ ! -f "$status" ]; then
  echo "laoke-server did not become ready within 60 s; see $data/server.log" >&2
  exit 1
fi

address=$(sed -n 's/.*"listen":"\([^"]*\)".*/\1/p' "$status")
fingerprint=$(sed -n 's/.*"fingerprint":"\([^"]*\)".*/\1/p' "$status")
cat <<INFO

  Laoke demo server is running.
    address      $address
    fingerprint  $fingerprint   (SHA-256; compare it when the client asks)
    logins       admin / manager / account / engineer, password laoke-demo
    data         $data   (log: $data/server.log)

  Command line:  $build/desktop-client/laokectl --server $address --user admin \\
                   --trust-fingerprint $fingerprint whoami

INFO

if [ "$headless" -eq 1 ]; then
  echo "  Press Ctrl-C to stop."
  wait "$server"
  exit $?
fi

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found (DISPLAY is not set). Run 'scripts/demo.sh --headless' for the server only," >&2
  echo "or start a desktop session and run this again." >&2
  exit 1
fi
"$build/desktop-client/laoke-desktop" --server "$address" --user admin || true
