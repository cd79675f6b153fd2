#!/usr/bin/env bash
# The main job: a local Mosquitto on loopback (the project's config), the fleet simulator replaying
# NASA C-MAPSS engines, and the console connected to them.
#   scripts/demo.sh [--speed CYCLES_PER_SECOND] [--sites N] [--port PORT] [--check]
# Without a display it runs the console under Xvfb for 60 s and saves a screenshot instead; --check
# then fails (exit 1) unless the console saw at least the 100 replayed engines, over 1000 messages,
# and rejected nothing (CI).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

SPEED=4 SITES=2 PORT=1883 CHECK=0
while [ $# -gt 0 ]; do
    case "$1" in
        --speed) SPEED="$2"; shift 2 ;;
        --sites) SITES="$2"; shift 2 ;;
        --port) PORT="$2"; shift 2 ;;
        --check) CHECK=1; shift ;;
        -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
        *) echo "demo.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done

fw_install_packages
fw_build

RUN_DIR="$(mktemp -d /tmp/fleetwatch-demo.XXXXXX)"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    echo "==> demo stopped; logs in $RUN_DIR"
}
trap cleanup EXIT INT TERM

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if port_taken "$PORT"; then
    echo "==> port $PORT is taken (a broker is already running?): using a free port instead"
    for candidate in $(seq 18830 18929); do port_taken "$candidate" || { PORT=$candidate; break; }; done
fi
sed "s/^listener 1883 /listener $PORT /" "$FW_ROOT/packaging/mosquitto/fleetwatch-demo.conf" > "$RUN_DIR/mosquitto.conf"
echo "==> mosquitto on 127.0.0.1:$PORT"
/usr/sbin/mosquitto -c "$RUN_DIR/mosquitto.conf" >"$RUN_DIR/mosquitto.log" 2>&1 &
PIDS+=($!)
sleep 0.5

echo "==> fleet-sim: replaying C-MAPSS FD001 (100 engines, $SITES sites, $SPEED cycles/s)"
"$BUILD_DIR/tools/fleet-sim/fleet-sim" --broker "mqtt://127.0.0.1:$PORT" --sites "$SITES" --speed "$SPEED" \
    --stats-json "$RUN_DIR/fleet-sim-stats.json" >"$RUN_DIR/fleet-sim.log" 2>&1 &
PIDS+=($!)

# Demo accounts in the demo's own throwaway store (a real site makes its administrator at the first
# start, and the administrator adds the others with `fleetwatch users add`).
DEMO_PASSWORD="fleetwatch-demo"
printf '%s\n' "$DEMO_PASSWORD" | "$BUILD_DIR/app/fleetwatch" users add demo-admin --role administrator \
    --db "$RUN_DIR/fleetwatch.sqlite" >/dev/null
for role in supervisor operator technician manager; do
    printf '%s\n%s\n' "$DEMO_PASSWORD" "$DEMO_PASSWORD" | "$BUILD_DIR/app/fleetwatch" users add "demo-$role" \
        --role "$role" --as demo-admin --db "$RUN_DIR/fleetwatch.sqlite" >/dev/null
done
echo "==> accounts: demo-admin, demo-supervisor, demo-operator, demo-technician, demo-manager;" \
     "password $DEMO_PASSWORD (sign in with Ctrl+L)"

CONSOLE=("$BUILD_DIR/app/fleetwatch" --broker "mqtt://127.0.0.1:$PORT" --client-id "fleetwatch-demo"
         --config "$RUN_DIR/fleetwatch.ini" --db "$RUN_DIR/fleetwatch.sqlite" --log-file "$RUN_DIR/fleetwatch.log")
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "==> fleetwatch: close the window (or Ctrl+Q) to end the demo"
    "${CONSOLE[@]}"
else
    SHOT="$RUN_DIR/fleetwatch.png"
    echo "==> no display: running the console under Xvfb for 60 s; screenshot at $SHOT"
    xvfb-run -a -s "-screen 0 1920x1080x24" "${CONSOLE[@]}" --exit-after 60 --screenshot "$SHOT" \
        --stats-json "$RUN_DIR/fleetwatch-stats.json"
    cat "$RUN_DIR/fleetwatch-stats.json"
    if [ "$CHECK" = 1 ]; then
        figure() { local v; v=$(sed -n "s/^ *\"$1\": *\([0-9]*\).*/\1/p" "$RUN_DIR/fleetwatch-stats.json"); echo "${v:--1}"; }
        if [ "$(figure assets_known)" -lt 100 ] || [ "$(figure messages_accepted)" -lt 1000 ] || [ "$(figure rejected)" != 0 ]; then
            echo "==> demo check FAILED: the console did not see the 100 replayed engines cleanly" >&2
            exit 1
        fi
        echo "==> demo check passed: $(figure assets_known) assets, $(figure messages_accepted) messages, none rejected"
    fi
fi
