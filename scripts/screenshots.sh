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

# Scale 10 (about 1,000 projects), the desktop's demo: the goods line reaches some 150 countries.
"$bin/projectdesk-cli" --db "$work/demo.db" demo --scale 10 >/dev/null
# The demo is dated 2026-06-30: overdue deliveries are judged on that day.
today=2026-06-30
late="$("$bin/projectdesk-cli" --db "$work/demo.db" deliveries list --overdue --as-of "$today" --limit 1 --format csv | sed -n 2p | cut -d, -f1)"
goods="$("$bin/projectdesk-cli" --db "$work/demo.db" deliveries list --overdue --as-of "$today" --limit 1 --format csv | sed -n 2p | cut -d, -f2)"
shoot() { # name, then the application's arguments
    local name="$1"
    shift
    "$bin/projectdesk" --db "$work/demo.db" --size 1280x800 "$@" --screenshot "$out/$name.png"
    echo "wrote $out/$name.png"
}
for lang in en zh; do
    shoot "dashboard-$lang" --page dashboard --today "$today" --size 1400x2400 --lang "$lang"
    "$bin/projectdesk" --db "$work/demo.db" --size 1400x2400 --today "$today" --lang "$lang" --export-dashboard "$out/dashboard-$lang.pdf"
    pdftoppm -png -r 110 -singlefile "$out/dashboard-$lang.pdf" "$out/dashboard-pdf-$lang" && rm "$out/dashboard-$lang.pdf"
    echo "wrote $out/dashboard-pdf-$lang.png"
    shoot "main-window-projects-$lang" --page projects --lang "$lang"
    shoot "projects-filters-$lang" --page projects --filters --lang "$lang"
    shoot "main-window-partners-$lang" --page partners --lang "$lang"
    shoot "finance-page-$lang" --page finance --lang "$lang"
    for tab in 0 1 2 3 4; do
        shoot "project-editor-$tab-$lang" --page projects --edit SSCAF-2016-001 --tab "$tab" --lang "$lang"
    done
    shoot "deliveries-$lang" --page deliveries --today "$today" --lang "$lang"
    shoot "deliveries-overdue-$lang" --page deliveries --today "$today" --overdue --lang "$lang"
    shoot "delivery-editor-0-$lang" --page deliveries --delivery "$late" --today "$today" --tab 0 --lang "$lang"
    shoot "delivery-editor-1-$lang" --page deliveries --delivery "$late" --today "$today" --tab 1 --lang "$lang"
    shoot "project-editor-deliveries-$lang" --page projects --edit "$goods" --tab 5 --lang "$lang"
done
shoot "dashboard-dark-en" --page dashboard --today "$today" --size 1400x2400 --dark
