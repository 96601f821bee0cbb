#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors, and runs every test through
# CTest. Exits non-zero when anything fails.
set -euo pipefail
PROJECTDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$PROJECTDESK_ROOT/scripts/deps.sh"

projectdesk_install_deps
projectdesk_build "$PROJECTDESK_ROOT/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPROJECTDESK_WERROR=ON -DPROJECTDESK_BUILD_TESTS=ON

# Tests run headless: Qt's offscreen platform unless a display is set.
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
cd "$PROJECTDESK_ROOT/build"
ctest --output-on-failure --timeout 300
