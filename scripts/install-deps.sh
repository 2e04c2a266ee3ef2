#!/usr/bin/env bash
# Installs the Debian packages Laoke needs to build, test and run. Only missing packages
# are installed, so a second run costs a second. Used by demo.sh and test.sh.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config ccache git ca-certificates
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libgl-dev
  libpqxx-dev libpq-dev postgresql-15 postgresql-client-15 postgresql-contrib
  libspdlog-dev libfmt-dev libgtest-dev libgmock-dev
  protobuf-compiler libprotobuf-dev libasio-dev libssl-dev openssl libsodium-dev
  nlohmann-json3-dev libcli11-dev libopencc-dev libicu-dev
  libxlsxwriter-dev libminizip-dev
  xvfb xauth fonts-wqy-microhei
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing Debian packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
