#!/usr/bin/env bash
# Configures and builds Laoke with Ninja and ccache. Usage: build.sh [BUILD_DIR] [extra cmake args]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
shift || true
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/laoke-ccache}
# Paths below the checkout are hashed relative to it, so a fresh clone anywhere (CI clones
# into a new directory) reuses what any earlier clone compiled.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
mkdir -p "$CCACHE_DIR"
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
fi
cmake --build "$build" -- -k 0
