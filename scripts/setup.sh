# Shared by run.sh and test.sh (sourced, not run): install what the build needs, then configure and build.
# Works on a fresh Debian 12 machine as root or with sudo; does nothing that is already done.

ACTLAB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ACTLAB_BUILD_DIR="${ACTLAB_BUILD_DIR:-$ACTLAB_ROOT/build/release}"

# Build tools, Qt 6 with Svg and Linguist, QCustomPlot, a virtual display for widget tests, fonts (a CJK
# one for the Chinese UI and figures), Qt's own Chinese translation for standard buttons and dialogs, and
# GiNaC and Arb for typed functions' symbolic derivatives and rigorous references (core/expression).
ACTLAB_PACKAGES=(cmake ninja-build g++ qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
                 qt6-l10n-tools libqcustomplot-dev xvfb xauth fonts-dejavu-core fonts-noto-cjk
                 qt6-translations-l10n appstream desktop-file-utils
                 pkg-config libginac-dev libflint-arb-dev)

actlab_install_dependencies() {
    local missing=()
    for package in "${ACTLAB_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "actlab: installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# actlab_build TARGET [extra cmake -D options...]   (TARGET "all" builds everything, tests included)
actlab_build() {
    local target=$1
    shift
    cmake -S "$ACTLAB_ROOT" -B "$ACTLAB_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
    cmake --build "$ACTLAB_BUILD_DIR" --target "$target" -j "$(nproc)"
}
