#!/usr/bin/env bash
# Installs what is missing, builds socready, and runs the main job on the example data,
# writing the quarterly reports to reports/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/install-deps.sh"
bash "$root/scripts/build.sh" "$root/build" -DSOCREADY_TESTS=OFF
bash "$root/scripts/main-job.sh" "$root/build/src/socready" "$root/reports"
