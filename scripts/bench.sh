#!/usr/bin/env bash
# Builds the benchmarks (optimised) and runs every tests/bench/bench_* executable. Each prints its
# figures as "name: value unit". Timings on a shared machine are noisy: compare ratios of one run.
set -euo pipefail
PROJECTDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$PROJECTDESK_ROOT/scripts/deps.sh"
source "$PROJECTDESK_ROOT/scripts/pg_cluster.sh"

projectdesk_install_deps
projectdesk_build "$PROJECTDESK_ROOT/build-bench" -DCMAKE_BUILD_TYPE=Release -DPROJECTDESK_WERROR=OFF -DPROJECTDESK_BUILD_TESTS=ON

export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
# bench_team compares PostgreSQL with its references on a throwaway cluster, deleted afterwards.
if [ -z "${PROJECTDESK_TEST_SERVER:-}" ]; then
    PG_DIR="$(mktemp -d /tmp/projectdesk-bench-pg.XXXXXX)"
    [ "$(id -u)" -eq 0 ] && chmod 755 "$PG_DIR"
    PG_PORT="$(projectdesk_pg_free_port)"
    trap 'projectdesk_pg_stop "$PG_DIR/data"; rm -rf "$PG_DIR"' EXIT
    projectdesk_pg_start "$PG_DIR/data" "$PG_PORT"
    export PROJECTDESK_TEST_SERVER="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
fi
status=0
for bench in "$PROJECTDESK_ROOT"/build-bench/tests/bench/bench_*; do
    [ -x "$bench" ] || continue
    echo "== $(basename "$bench")"
    "$bench" || status=1
done
exit $status
