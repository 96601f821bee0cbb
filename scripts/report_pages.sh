#!/usr/bin/env bash
# Remakes the page images of every report in docs/reports (English and Chinese) from the desktop's
# demo portfolio with the built CLI (run scripts/run.sh or scripts/test.sh first). Runs headless.
# Usage: scripts/report_pages.sh [BIN_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${1:-$root/build/bin}"
out="$root/docs/reports"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
rm -f "$out"/*.png

cli() { "$bin/projectdesk-cli" --db "$work/demo.db" "$@"; }
cli demo --scale 10 >/dev/null
today=2026-06-30 # the demo's reference day
# A goods project whose shipments are under way and handed over: a fact sheet with every section.
project="$(cli deliveries list --status handed_over --limit 1 --format csv | sed -n 2p | cut -d, -f2)"

page() { # report name, first page, last page, then the report's arguments
    local name="$1" first="$2" last="$3"
    shift 3
    for lang in en zh; do
        cli report "$@" --lang "$lang" --as-of "$today" --pdf "$work/$name-$lang.pdf" >/dev/null
        pdftoppm -png -r 80 -f "$first" -l "$last" "$work/$name-$lang.pdf" "$out/$name-$lang"
    done
}
page portfolio 1 3 portfolio
page project 1 2 project "$project"
page deliveries 1 2 deliveries --from 2025-01-01 --to 2025-12-31
page finance 1 2 finance --from 2025-01-01 --to 2025-12-31
ls "$out"
