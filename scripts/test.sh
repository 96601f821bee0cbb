#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors, and runs every test through
# CTest. Exits non-zero when anything fails.
set -euo pipefail
PROJECTDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$PROJECTDESK_ROOT/scripts/deps.sh"
source "$PROJECTDESK_ROOT/scripts/pg_cluster.sh"

projectdesk_install_deps
projectdesk_build "$PROJECTDESK_ROOT/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPROJECTDESK_WERROR=ON -DPROJECTDESK_BUILD_TESTS=ON

# The team-mode tests (label postgresql) run on a throwaway PostgreSQL cluster on a loopback port,
# deleted afterwards. PROJECTDESK_TEST_SERVER tells the tests where it is.
PG_DIR="$(mktemp -d /tmp/projectdesk-test-pg.XXXXXX)"
[ "$(id -u)" -eq 0 ] && chmod 755 "$PG_DIR"
PG_PORT="$(projectdesk_pg_free_port)"
cleanup_pg() {
    projectdesk_pg_stop "$PG_DIR/data"
    rm -rf "$PG_DIR"
}
trap cleanup_pg EXIT
projectdesk_pg_start "$PG_DIR/data" "$PG_PORT"
export PROJECTDESK_TEST_SERVER="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
echo "Test server: $PROJECTDESK_TEST_SERVER"

# Tests run headless: Qt's offscreen platform unless a display is set.
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
cd "$PROJECTDESK_ROOT/build"
ctest --output-on-failure --timeout 300
