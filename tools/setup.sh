# Shared by tools/run, tools/test and tools/bench (sourced, not run): installs what is missing
# from Debian's packages and configures the build folder. Safe to run again: a second run
# installs nothing and reuses the build folder.

SEPAKAT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Build tools, Qt 6 (Widgets, Charts, Svg, SQLite driver, translation tools), the sqlite3 shell
# (benchmark baseline, checks), and what headless tests and screenshots need (poppler-utils:
# the PDF tests read exported proposals back with pdftotext and pdfinfo).
SEPAKAT_PACKAGES=(
    g++ cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libqt6sql6-sqlite libqt6opengl6-dev
    libgl-dev libvulkan-dev
    sqlite3 fonts-dejavu-core poppler-utils
)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_missing_packages() {
    local missing=() package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null; then
        say "Missing packages: ${missing[*]}; this script installs them on Debian or Ubuntu only."
        return 1
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { say "Run as root or install sudo: need ${missing[*]}"; return 1; }
        sudo=(sudo)
    fi
    say "Installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

# configure_build DIR [extra cmake args...]: configures once; later runs only rebuild.
configure_build() {
    local dir=$1; shift
    if [ ! -f "$dir/build.ninja" ]; then
        say "Configuring $dir"
        cmake -S "$SEPAKAT_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
    fi
}
