#!/usr/bin/env bash
# The whole test suite through CTest (unit, gui, integration against a real mosquitto).
#   scripts/test.sh              the suite, in build/
#   scripts/test.sh --sanitize   the suite built with AddressSanitizer and UBSan, in build-asan/
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

if [ "${1:-}" = "--sanitize" ]; then
    BUILD_DIR="$FW_ROOT/build-asan"
    BUILD_TYPE=Debug
    CMAKE_EXTRA="-DFLEETWATCH_SANITIZE=ON"
    export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
fi

fw_install_packages
fw_build
echo "==> ctest"
cd "$BUILD_DIR"
ctest -j2 --output-on-failure --timeout 600
