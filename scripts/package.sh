#!/usr/bin/env bash
# Builds the Debian package dist/fleetwatch_<version>-<revision>_amd64.deb and checks it:
#   1. installs what it needs from Debian 12 packages (scripts/bootstrap.sh's list, plus the tools below)
#   2. a Release build in build-pkg/ (Ninja, ccache, -j2) of what the package holds, nothing else,
#      with Debian's hardening flags (dpkg-buildflags)
#   3. cpack (CPack DEB; the package is described in cmake/FleetwatchPackaging.cmake)
#   4. lintian, desktop-file-validate, appstreamcli validate --no-net: any error fails the script.
# What is in the package and why lintian's remaining warnings stay: packaging/README.md.
# Run as root or with sudo available. Then: scripts/test-package.sh installs it in a fresh Debian 12.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

BUILD_DIR="$FW_ROOT/build-pkg"
DIST_DIR="$FW_ROOT/dist"
APP_ID=org.fleetwatch.Fleetwatch

fail() { echo "package.sh: $*" >&2; exit 1; }
SECONDS=0
step() { echo "==> $* (at ${SECONDS} s)"; }

# Packaging tools on top of the build's packages:
#   dpkg-dev (dpkg-shlibdeps, dpkg-buildflags, dpkg-parsechangelog), file (CPack runs it to find the
#   executables for dpkg-shlibdeps), librsvg2-bin (rsvg-convert: the PNG icons from the SVG), lintian,
#   desktop-file-utils (desktop-file-validate), appstream (appstreamcli).
# No fakeroot: CPack writes the archive's members as root:root itself.
fw_install_packages dpkg-dev file librsvg2-bin lintian desktop-file-utils appstream

# Debian's flags for packages (stack protector, _FORTIFY_SOURCE, format security, full RELRO, BIND_NOW),
# as dpkg-buildpackage would set them, without -g (CPack strips the executables anyway) and without
# the flags that embed this checkout's path (so that every clone shares one compiler cache).
export DEB_BUILD_MAINT_OPTIONS="hardening=+all reproducible=-fixfilepath,-fixdebugpath"
export DEB_CXXFLAGS_MAINT_STRIP="-g"
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
ldflags="$(dpkg-buildflags --get LDFLAGS)"

step "configuring $BUILD_DIR (Release, prefix /usr)"
# CMAKE_SKIP_INSTALL_ALL_DEPENDENCY: cpack installs what fleetwatch-package-contents built, without
# building the tests and benchmarks first.
cmake -S "$FW_ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON \
    -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" >/dev/null
step "building the package's contents (-j2)"
cmake --build "$BUILD_DIR" -j2 --target fleetwatch-package-contents

step "cpack"
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$BUILD_DIR/CPackConfig.cmake")
revision=$(sed -n 's/^set(CPACK_DEBIAN_PACKAGE_RELEASE "\(.*\)")$/\1/p' "$BUILD_DIR/CPackConfig.cmake")
[ -n "$version" ] && [ -n "$revision" ] || fail "cannot read the version from $BUILD_DIR/CPackConfig.cmake"
changelog_version=$(dpkg-parsechangelog -l "$FW_ROOT/packaging/deb/changelog" -S Version)
[ "$changelog_version" = "$version-$revision" ] \
    || fail "packaging/deb/changelog is at $changelog_version but the package is $version-$revision: add a changelog entry"
rm -rf "$BUILD_DIR/cpack"
(cd "$BUILD_DIR" && cpack -G DEB -B "$BUILD_DIR/cpack" >"$BUILD_DIR/cpack.log" 2>&1) \
    || { cat "$BUILD_DIR/cpack.log" >&2; fail "cpack failed (log above)"; }
deb_name="fleetwatch_${version}-${revision}_$(dpkg --print-architecture).deb"
[ -f "$BUILD_DIR/cpack/$deb_name" ] || fail "cpack did not make $deb_name (see $BUILD_DIR/cpack.log)"
mkdir -p "$DIST_DIR"
rm -f "$DIST_DIR"/fleetwatch_*.deb
cp "$BUILD_DIR/cpack/$deb_name" "$DIST_DIR/"
DEB="$DIST_DIR/$deb_name"

step "checking the contents of $deb_name"
dpkg-deb --field "$DEB"
contents=$(dpkg-deb --contents "$DEB")
for f in ./usr/bin/fleetwatch ./usr/bin/fleet-sim \
         "./usr/share/applications/$APP_ID.desktop" "./usr/share/metainfo/$APP_ID.metainfo.xml" \
         "./usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
         "./usr/share/icons/hicolor/16x16/apps/$APP_ID.png" "./usr/share/icons/hicolor/256x256/apps/$APP_ID.png" \
         ./usr/share/man/man1/fleetwatch.1.gz ./usr/share/man/man1/fleet-sim.1.gz \
         ./usr/share/fleetwatch/cmapss/train_FD001.txt ./usr/share/fleetwatch/fleetwatch-demo.conf \
         ./usr/share/doc/fleetwatch/copyright ./usr/share/doc/fleetwatch/changelog.Debian.gz; do
    grep -q " $f\$" <<<"$contents" || fail "$deb_name lacks $f"
done
! grep -v ' root/root ' <<<"$contents" | grep -q . || fail "$deb_name has files not owned by root/root"
depends=$(dpkg-deb --field "$DEB" Depends)
for d in libqt6widgets6 libmosquitto1 fonts-noto-cjk fonts-dejavu-core; do
    grep -q "\b$d\b" <<<"$depends" || fail "Depends lacks $d: $depends"
done

step "desktop-file-validate, appstreamcli validate --no-net"
desktop-file-validate "$FW_ROOT/packaging/linux/$APP_ID.desktop" || fail "desktop-file-validate found errors"
appstreamcli validate --no-net "$FW_ROOT/packaging/linux/$APP_ID.metainfo.xml" || fail "appstreamcli validate found errors"

step "lintian"
# Errors fail; warnings are printed, and each one that stays is explained in packaging/README.md.
# lintian does not need root (and says so): as root, it runs as nobody.
as_user=()
[ "$(id -u)" -ne 0 ] || ! command -v runuser >/dev/null || as_user=(runuser -u nobody --)
lintian_status=0
"${as_user[@]}" lintian --fail-on error "$DEB" || lintian_status=$?
[ "$lintian_status" -eq 0 ] || fail "lintian found errors (above)"

echo "==> $DEB ($(du -k "$DEB" | cut -f1) KiB) in ${SECONDS} s"
