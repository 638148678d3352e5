#!/usr/bin/env bash
# Installs the Debian 12 packages socready needs to build, test and benchmark.
# Idempotent and quiet when everything is already there. Run as root.
set -euo pipefail

packages=(
  cmake g++ make pkg-config
  libsqlitecpp-dev libsqlite3-dev sqlite3
  libboost-program-options-dev libfmt-dev nlohmann-json3-dev libsimdjson-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  python3 python3-jsonschema # the OSCAL export is validated against the NIST schemas
  dpkg-dev file man-db       # cpack's dpkg-shlibdeps and the package check
)
# Sanitizer/fuzzing builds need clang and its runtime; install them only when asked.
if [[ "${SOCREADY_WITH_CLANG:-0}" == 1 ]]; then
  packages+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
  echo "install-deps: missing packages: ${missing[*]} (run as root to install them)" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
