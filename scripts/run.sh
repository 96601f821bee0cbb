#!/usr/bin/env bash
# Installs what is missing, builds ProjectDesk, and opens it on the demo portfolio (made in the
# user's data directory on first run). Extra arguments go to the application, e.g. --lang zh.
set -euo pipefail
PROJECTDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$PROJECTDESK_ROOT/scripts/deps.sh"

projectdesk_install_deps
projectdesk_build "$PROJECTDESK_ROOT/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPROJECTDESK_WERROR=OFF

app="$PROJECTDESK_ROOT/build/bin/projectdesk"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
    echo "No display found: starting ProjectDesk under a virtual X server (xvfb-run)." >&2
    echo "Use scripts/run.sh --screenshot FILE.png to see it, or run it on a desktop." >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --demo "$@"
fi
exec "$app" --demo "$@"
