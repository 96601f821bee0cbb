# Sourced by run.sh, test.sh and bench.sh: installs the Debian/Ubuntu packages ProjectDesk needs
# when they are missing. On other systems it names what to install and stops.

PROJECTDESK_PACKAGES=(
    build-essential cmake pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
    qt6-charts-dev libqt6opengl6-dev libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libxlsxwriter-dev zlib1g-dev libzip-dev qtkeychain-qt6-dev
    catch2
    fonts-noto-cjk fonts-wqy-microhei
    sqlite3 libsqlite3-dev poppler-utils xvfb xauth
    libxml2-utils
    libreoffice-calc-nogui unzip
    postgresql libpq-dev
)

# What scripts/fuzz.sh needs on top: clang (the default clang-14 on Debian 12) and its libFuzzer.
PROJECTDESK_FUZZ_PACKAGES=(clang libfuzzer-14-dev)

# projectdesk_install_deps [PACKAGE...]: installs those that are missing (PROJECTDESK_PACKAGES by default).
projectdesk_install_deps() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        echo "This script installs packages on Debian or Ubuntu only. On this system, install:" >&2
        echo "  CMake >= 3.25, a C++20 compiler, Qt >= 6.4 (Core, Sql with SQLite, Gui, Widgets, Charts," >&2
        echo "  PrintSupport, LinguistTools, Test), Catch2 v2, libxlsxwriter, qtkeychain for Qt 6," >&2
        echo "  and for the tests LibreOffice Calc and unzip (to read exported workbooks back)," >&2
        echo "  then configure with: cmake -S . -B build && cmake --build build" >&2
        return 1
    fi
    local wanted=("$@")
    if [ ${#wanted[@]} -eq 0 ]; then
        wanted=("${PROJECTDESK_PACKAGES[@]}")
    fi
    local missing=()
    local pkg
    for pkg in "${wanted[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo="sudo"
        else
            echo "Not root and no sudo: install these packages, then run again: ${missing[*]}" >&2
            return 1
        fi
    fi
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# projectdesk_build BUILD_DIR [cmake options...]: configures and builds with two jobs.
projectdesk_build() {
    local dir="$1"
    shift
    cmake -S "$PROJECTDESK_ROOT" -B "$dir" "$@"
    cmake --build "$dir" -j2
}
