#!/usr/bin/env bash
# Remakes the pictures in docs/screenshots from a fresh demo portfolio with the built application
# (run scripts/run.sh or scripts/test.sh first). Runs headless.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${1:-$root/build/bin}"
out="$root/docs/screenshots"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"

"$bin/projectdesk-cli" --db "$work/demo.db" demo >/dev/null
for lang in en zh; do
    for page in projects partners; do
        "$bin/projectdesk" --db "$work/demo.db" --page "$page" --lang "$lang" --size 1280x800 \
            --screenshot "$out/main-window-$page-$lang.png"
        echo "wrote $out/main-window-$page-$lang.png"
    done
done
