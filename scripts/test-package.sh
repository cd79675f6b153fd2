#!/usr/bin/env bash
# Installs the Debian package into a fresh Debian 12 root, as a plant's IT would on a new workstation
# (apt-get install ./fleetwatch_....deb), and runs it there:
#   fleetwatch --help (names the program, lists `report`), fleet-sim --help, the manual pages,
#   fleet-sim --evaluate (finds the installed C-MAPSS data by itself), and `fleetwatch report` on a
#   fixture store, as CSV (sections and figures checked) and as PDF (headless), and in German and
#   Chinese (--lang: a German message, a PDF with Noto Sans CJK embedded).
#   scripts/test-package.sh [DEB]     default: the newest dist/fleetwatch_*.deb (scripts/package.sh)
# The root is a copy of the pristine debootstrap root that ../shared/tools/fresh-root.sh keeps in
# ${FRESH_DIR:-/var/tmp/fresh-root}/pristine (made once if missing). The fixture store is made here
# with the report benchmark's generator (bench/reportgen.h), built in build-pkg/. Downloaded .debs are
# kept in $FRESH_DIR/apt-archives between runs (apt still checks them against the fresh index).
# Run as root. Exit status: 0 when every step passed, 1 with the failing step named otherwise.
set -euo pipefail
FW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$FW_ROOT}"
BUILD_DIR="$FW_ROOT/build-pkg"
FRESH_DIR="${FRESH_DIR:-/var/tmp/fresh-root}"
FIXTURE_ALERTS=3000

fail() { echo "test-package.sh: FAILED: $*" >&2; exit 1; }
SECONDS=0
step() { echo "==> $* (at ${SECONDS} s)"; }

[ "$(id -u)" -eq 0 ] || fail "run as root (it makes a chroot)"
DEB="${1:-$(ls -t "$FW_ROOT"/dist/fleetwatch_*.deb 2>/dev/null | head -n 1 || true)}"
[ -n "$DEB" ] && [ -f "$DEB" ] || fail "no package: run scripts/package.sh first (or give the .deb)"
DEB="$(cd "$(dirname "$DEB")" && pwd)/$(basename "$DEB")"
[ -f "$BUILD_DIR/CMakeCache.txt" ] || fail "no $BUILD_DIR: run scripts/package.sh first"

pristine="$FRESH_DIR/pristine"
if [ ! -f "$pristine/.ok" ]; then
    step "no pristine Debian 12 root in $pristine: making it with fresh-root.sh"
    fresh_root="$FW_ROOT/../shared/tools/fresh-root.sh"
    [ -f "$fresh_root" ] || fail "$fresh_root not found (it makes the pristine root)"
    (cd "$FW_ROOT" && FRESH_DIR="$FRESH_DIR" bash "$fresh_root" true) || fail "fresh-root.sh could not make the root"
    [ -f "$pristine/.ok" ] || fail "fresh-root.sh ran but $pristine/.ok is missing"
fi

scratch="$(mktemp -d /var/tmp/fleetwatch-test-package.XXXXXX)"
root="$scratch/root"
archives="$FRESH_DIR/apt-archives"
mounts=()
cleanup() {
    local status=$?
    local m
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        m="${mounts[$i]}"
        umount -R "$m" 2>/dev/null || umount -R -l "$m" 2>/dev/null || true
    done
    # Never delete while anything is still mounted below the root (that would reach the host's /dev).
    if grep -q " $root/" /proc/mounts; then
        echo "test-package.sh: something is still mounted under $root; left $scratch in place" >&2
    else
        rm -rf --one-file-system "$scratch"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "fixture store: $FIXTURE_ALERTS alerts over 2025 (fleetwatch-report-bench)"
cmake --build "$BUILD_DIR" -j2 --target fleetwatch-report-bench >"$scratch/bench-build.log" 2>&1 \
    || { cat "$scratch/bench-build.log" >&2; fail "building fleetwatch-report-bench"; }
"$BUILD_DIR/bench/fleetwatch-report-bench" --alerts "$FIXTURE_ALERTS" --store "$scratch/fixture.sqlite" --runs 1 \
    >"$scratch/bench.log" 2>&1 || { cat "$scratch/bench.log" >&2; fail "making the fixture store"; }

step "copying the pristine root to $root"
cp -a "$pristine" "$root"
mount -t proc proc "$root/proc"
mounts+=("$root/proc")
mount --rbind /dev "$root/dev"
mounts+=("$root/dev")
mount --make-rslave "$root/dev"   # unmounting it later must not reach the host's /dev
mount -t sysfs sys "$root/sys"
mounts+=("$root/sys")
mkdir -p "$archives/partial" "$root/var/cache/apt/archives"
mount --bind "$archives" "$root/var/cache/apt/archives"
mounts+=("$root/var/cache/apt/archives")
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mkdir -p "$root/tmp/pkgtest"
cp "$DEB" "$scratch/fixture.sqlite" "$root/tmp/pkgtest/"
deb_name="$(basename "$DEB")"

# Runs a command in the root as a fresh login would: root, no display, C.UTF-8.
in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /bin/bash -c "$1"
}

step "apt-get install ./$deb_name"
# --force-unsafe-io: dpkg skips its fsync()s, as Debian's own chroot builders do; a throw-away root
# needs no crash safety, and the install takes minutes less on a busy disk.
in_root "cd /tmp/pkgtest && apt-get update -qq && apt-get install -y -q -o Dpkg::Options::=--force-unsafe-io ./$deb_name" \
    >"$scratch/apt.log" 2>&1 \
    || { tail -n 40 "$scratch/apt.log" >&2; fail "apt-get install ./$deb_name"; }
grep -E '^(Need to get|After this operation)' "$scratch/apt.log" || true

step "fleetwatch --help"
help="$(in_root 'fleetwatch --help')" || fail "fleetwatch --help exited non-zero"
grep -q 'fleetwatch' <<<"$help" || fail "fleetwatch --help does not name the program: $help"
grep -qw 'report' <<<"$help" || fail "fleetwatch --help does not list the report sub-command: $help"
head -n 3 <<<"$help"
version="$(in_root 'fleetwatch --version')" || fail "fleetwatch --version exited non-zero"
grep -q '^fleetwatch ' <<<"$version" || fail "fleetwatch --version printed '$version'"

step "fleet-sim --help, fleet-sim --evaluate (default data: /usr/share/fleetwatch/cmapss)"
sim_help="$(in_root 'fleet-sim --help')" || fail "fleet-sim --help exited non-zero"
grep -q -- '--data' <<<"$sim_help" || fail "fleet-sim --help does not list its options: $sim_help"
evaluation="$(in_root 'cd / && fleet-sim --evaluate 2>&1')" || { echo "$evaluation" >&2; fail "fleet-sim --evaluate"; }
grep -q 'test set' <<<"$evaluation" || { echo "$evaluation" >&2; fail "fleet-sim --evaluate printed no figures"; }

step "manual pages"
for page in fleetwatch fleet-sim; do
    if in_root 'command -v man >/dev/null'; then
        in_root "man -w $page" >/dev/null || fail "man -w $page finds no page"
    fi
    in_root "zcat /usr/share/man/man1/$page.1.gz | grep -q '^\\.TH'" || fail "/usr/share/man/man1/$page.1.gz is not a manual page"
done
in_root "zcat /usr/share/man/man1/fleetwatch.1.gz | grep -q '^\\.SH REPORT'" || fail "fleetwatch(1) has no REPORT section"

step "the desktop entry, the icon, the demo configuration"
for f in /usr/share/applications/org.fleetwatch.Fleetwatch.desktop /usr/share/metainfo/org.fleetwatch.Fleetwatch.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/org.fleetwatch.Fleetwatch.svg \
         /usr/share/icons/hicolor/48x48/apps/org.fleetwatch.Fleetwatch.png /usr/share/fleetwatch/fleetwatch-demo.conf; do
    [ -s "$root$f" ] || fail "$f is not installed"
done

step "fleetwatch report --format csv"
report_args="--db /tmp/pkgtest/fixture.sqlite --from 2024-12-01 --to 2026-02-01"
in_root "cd /tmp/pkgtest && fleetwatch report $report_args --format csv --out report.csv" \
    || fail "fleetwatch report --format csv exited non-zero"
csv="$root/tmp/pkgtest/report.csv"
[ -s "$csv" ] || fail "fleetwatch report wrote no CSV"
sections="$(tr -d '\r' <"$csv" | sed -n 's/^# section: //p' | paste -sd,)"
expected=report,mtta_groups,mtta_trend,mtta_histogram,alarm_health,priority_mix,most_frequent,standing_alerts,chattering_alerts,shelved_alerts,model_quality
[ "$sections" = "$expected" ] || fail "CSV sections are '$sections', expected '$expected'"
tr -d '\r' <"$csv" | sed -n '/^# section: alarm_health$/,/^# section:/p' | grep -qx "alerts,$FIXTURE_ALERTS" \
    || fail "CSV alarm_health does not count the fixture's $FIXTURE_ALERTS alerts"
tr -d '\r' <"$csv" | awk -F, -v n="$FIXTURE_ALERTS" '$1 == "all" { found = 1; if ($3 + $4 != n) exit 1 } END { exit !found }' \
    || fail "CSV mtta_groups 'all': acknowledged + unacknowledged is not $FIXTURE_ALERTS"
[ "$(tr -d '\r' <"$csv" | sed -n '/^# section: model_quality$/,$p' | wc -l)" -gt 2 ] || fail "CSV model_quality has no rows"
echo "report.csv: $(wc -l <"$csv") lines; $(tr -d '\r' <"$csv" | grep -m1 '^all,')"

step "fleetwatch report --format pdf (no display)"
in_root "cd /tmp/pkgtest && fleetwatch report $report_args --format pdf --out report.pdf" \
    || fail "fleetwatch report --format pdf exited non-zero"
pdf="$root/tmp/pkgtest/report.pdf"
[ "$(head -c 4 "$pdf" 2>/dev/null)" = "%PDF" ] || fail "report.pdf does not start with %PDF"
grep -aq 'DejaVu' "$pdf" || fail "report.pdf embeds no DejaVu font (its text would be missing)"
echo "report.pdf: $(du -k "$pdf" | cut -f1) KiB"

step "fleetwatch report --lang de and --lang zh_CN (the translations and the CJK font installed with it)"
set +e
out="$(in_root 'fleetwatch report --lang de --db /tmp/pkgtest/missing.sqlite --from 2026-01-01 --to 2026-02-01 --out - 2>&1')"
set -e
grep -q 'kein Fleetwatch-Speicher' <<<"$out" || fail "report --lang de did not answer in German: $out"
in_root "cd /tmp/pkgtest && fleetwatch report $report_args --lang zh_CN --format pdf --out report-zh.pdf" \
    || fail "fleetwatch report --lang zh_CN --format pdf exited non-zero"
grep -aq 'NotoSansCJK' "$root/tmp/pkgtest/report-zh.pdf" || fail "the Chinese report.pdf embeds no Noto Sans CJK (boxes)"
echo "report-zh.pdf: $(du -k "$root/tmp/pkgtest/report-zh.pdf" | cut -f1) KiB"

step "fleetwatch without a display says so"
set +e
out="$(in_root 'fleetwatch 2>&1')"; status=$?
set -e
[ "$status" -eq 2 ] && grep -q '^fleetwatch: no display' <<<"$out" \
    || fail "fleetwatch without a display: exit $status, '$out' (expected 2 and one line)"

echo "==> the package installs and runs in a fresh Debian 12 root (${SECONDS} s)"
