#!/usr/bin/env bash
# A trial team server on this machine: installs what is missing, builds ProjectDesk, starts a
# PostgreSQL cluster of its own on a loopback port (in ~/.local/share/projectdesk-trial-server, or
# PROJECTDESK_TRIAL_DIR), sets up a team portfolio with the demo, adds three users and prints how to
# connect. The cluster keeps running; `scripts/server.sh stop` stops it.
set -euo pipefail
PROJECTDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$PROJECTDESK_ROOT/scripts/deps.sh"
source "$PROJECTDESK_ROOT/scripts/pg_cluster.sh"

TRIAL_DIR="${PROJECTDESK_TRIAL_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/projectdesk-trial-server}"
if [ "$(id -u)" -eq 0 ] && [ -z "${PROJECTDESK_TRIAL_DIR:-}" ]; then
    TRIAL_DIR=/var/tmp/projectdesk-trial-server # the postgres user must reach it
fi
DATA="$TRIAL_DIR/data"

if [ "${1:-}" = "stop" ]; then
    projectdesk_pg_stop "$DATA"
    echo "Trial server stopped (its data stays in $DATA)."
    exit 0
fi

projectdesk_install_deps
projectdesk_build "$PROJECTDESK_ROOT/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPROJECTDESK_WERROR=OFF
cli="$PROJECTDESK_ROOT/build/bin/projectdesk-cli"

mkdir -p "$TRIAL_DIR"
[ "$(id -u)" -eq 0 ] && chmod 755 "$TRIAL_DIR"
if [ -f "$DATA/postmaster.pid" ] && [ -f "$TRIAL_DIR/port" ]; then
    PORT="$(cat "$TRIAL_DIR/port")"
    echo "The trial server is running already on port $PORT."
else
    PORT="$(projectdesk_pg_free_port)"
    echo "$PORT" >"$TRIAL_DIR/port"
    projectdesk_pg_start "$DATA" "$PORT"
fi
ADMIN_URL="postgresql://postgres@127.0.0.1:$PORT"

if ! psql "$ADMIN_URL/postgres" -tAc "SELECT 1 FROM pg_database WHERE datname = 'cicete'" | grep -q 1; then
    psql "$ADMIN_URL/postgres" -qc "CREATE DATABASE cicete"
    "$cli" --server "$ADMIN_URL/cicete" server init
    # The demo portfolio, made as a file and published: every record, id and audit entry.
    demo="$(mktemp -d)/demo.db"
    "$cli" --db "$demo" demo --scale 10 >/dev/null
    "$cli" --server "$ADMIN_URL/cicete" server publish "$demo" >/dev/null
    rm -rf "$(dirname "$demo")"
    PW=admin-pw "$cli" --server "$ADMIN_URL/cicete" server add-user ada --role admin --password-env PW
    PW=officer-pw "$cli" --server "$ADMIN_URL/cicete" server add-user li --role officer --lines goods,sscaf --password-env PW
    PW=viewer-pw "$cli" --server "$ADMIN_URL/cicete" server add-user wang --role viewer --password-env PW
fi

cat <<TEXT

The trial team server is running with the demo portfolio.

  Connect (File > Connect to Team Server, or --server URL):
    admin   postgresql://ada@127.0.0.1:$PORT/cicete    password admin-pw
    officer postgresql://li@127.0.0.1:$PORT/cicete     password officer-pw  (goods and SSCAF lines)
    viewer  postgresql://wang@127.0.0.1:$PORT/cicete   password viewer-pw

  For example:
    PGPASSWORD=officer-pw build/bin/projectdesk --server postgresql://li@127.0.0.1:$PORT/cicete
    PGPASSWORD=viewer-pw build/bin/projectdesk-cli --server postgresql://wang@127.0.0.1:$PORT/cicete watch

  Stop it with: scripts/server.sh stop
TEXT
