#!/usr/bin/env bash
# Builds the benchmarks (optimised) and runs every tests/bench/bench_* executable. Each prints its
# figures as "name: value unit". Timings on a shared machine are noisy: compare ratios of one run.
set -euo pipefail
PROJECTDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$PROJECTDESK_ROOT/scripts/deps.sh"

projectdesk_install_deps
projectdesk_build "$PROJECTDESK_ROOT/build-bench" -DCMAKE_BUILD_TYPE=Release -DPROJECTDESK_WERROR=OFF -DPROJECTDESK_BUILD_TESTS=ON

export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
status=0
for bench in "$PROJECTDESK_ROOT"/build-bench/tests/bench/bench_*; do
    [ -x "$bench" ] || continue
    echo "== $(basename "$bench")"
    "$bench" || status=1
done
exit $status
