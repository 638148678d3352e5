#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (unit, end-to-end, golden).
# With --with-sanitizers, also runs the whole suite in an AddressSanitizer+UBSan build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sanitize=0
[[ "${1:-}" == "--with-sanitizers" ]] && sanitize=1

bash "$root/scripts/install-deps.sh"

bash "$root/scripts/build.sh" "$root/build" -DSOCREADY_TESTS=ON -DSOCREADY_WERROR=ON
(cd "$root/build" && ctest --output-on-failure -j "$(nproc)")

if ((sanitize)); then
  bash "$root/scripts/build.sh" "$root/build-asan" -DSOCREADY_TESTS=ON -DSOCREADY_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug \
    -DSOCREADY_WERROR=ON
  (cd "$root/build-asan" &&
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
      ctest --output-on-failure -j "$(nproc)")
fi
