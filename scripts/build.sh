#!/usr/bin/env bash
# Configures and builds socready for development: warnings are errors here (and in CI), never in
# a user's plain cmake build. Usage: scripts/build.sh [BUILD_DIR] [extra cmake args...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
shift || true
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSOCREADY_WERROR=ON "$@" >/dev/null
cmake --build "$build" -j "$(nproc)"
