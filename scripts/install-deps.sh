#!/usr/bin/env bash
# Installs the Debian 12 packages tablift needs to build, test and benchmark. Idempotent:
# installs only what is missing. Run as root (or with sudo available).
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config
  libpoppler-private-dev libpoppler-cpp-dev poppler-utils
  libzip-dev libpugixml-dev libxml2-dev libxml2-utils
  catch2 libcli11-dev nlohmann-json3-dev libfmt-dev libutf8proc-dev libssl-dev
  libpcre2-dev
  python3 python3-docx python3-jsonschema
  time  # GNU time -v: peak memory in bench/
  clang-format  # the format check (tests/tools/check_format.sh)
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
