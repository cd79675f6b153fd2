#!/usr/bin/env bash
# Installs what Fleetwatch needs from Debian 12 packages (only what is missing), then configures and
# builds with Ninja and ccache. Sourced by demo.sh and test.sh; run as root or with sudo available.
#   BUILD_DIR   build directory (default: build)
#   BUILD_TYPE  CMake build type (default: RelWithDebInfo)
#   CMAKE_EXTRA extra CMake arguments
set -euo pipefail

FW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$FW_ROOT/build}"
BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}"
# Paths under the project root hash as relative ones, and the build directory is left out of the hash
# (ccache hashes it for debug builds by default), so clones in other places (CI's clone, the fresh
# root's /src/main) reuse one compiler cache. The price: a cache hit's debug info names the directory
# of the build that compiled it first.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$FW_ROOT}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"

FW_PACKAGES=(
    build-essential cmake ninja-build ccache pkgconf
    # qt6-charts-dev does not pull libqt6opengl6-dev, whose CMake files Qt6Charts needs.
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-multimedia-dev libgl-dev
    libmosquitto-dev mosquitto mosquitto-clients
    # TLS: the session's own OpenSSL context (libssl-dev); the TLS test makes its certificates with openssl.
    libssl-dev openssl
    libsqlite3-dev libspdlog-dev libfmt-dev libsimdjson-dev libargon2-dev
    xvfb xauth fonts-dejavu-core
    # The MQTT password in the desktop's keyring (app/passwordkeyring.h).
    qtkeychain-qt6-dev
    # Translations: lrelease/lupdate (qt6-l10n-tools), their CMake functions (qt6-tools-dev), Qt's own
    # qtbase_de/qtbase_zh_CN.qm (qt6-translations-l10n), and Noto Sans CJK for Chinese on screen and
    # in the PDF report (DejaVu has no Han characters: they would be boxes).
    qt6-l10n-tools qt6-tools-dev qt6-translations-l10n fonts-noto-cjk
)

fw_sudo() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

fw_install_packages() {
    local missing=()
    for p in "${FW_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "==> installing: ${missing[*]}"
        fw_sudo apt-get update -qq
        fw_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

fw_build() {
    echo "==> configuring $BUILD_DIR ($BUILD_TYPE)"
    cmake -S "$FW_ROOT" -B "$BUILD_DIR" -G Ninja \
        -DCMAKE_BUILD_TYPE="$BUILD_TYPE" -DCMAKE_CXX_COMPILER_LAUNCHER=ccache ${CMAKE_EXTRA:-} >/dev/null
    echo "==> building (-j2)"
    cmake --build "$BUILD_DIR" -j2
}
