#!/usr/bin/env bash
# The curves view's speed: slider moved → replot finished (bench_ui_replot, offscreen), and cold start of
# the real `actlab` binary to its first painted window (offscreen, and under Xvfb when it is installed).
#
#   bench/replot.sh                  build dir: build/bench (or $ACTLAB_BUILD_DIR)
#   bench/replot.sh --steps 400      extra arguments go to bench_ui_replot (--steps, --warmup, --only, --scene)
#   ACTLAB_COLD_RUNS=30 bench/replot.sh
#
# Cold start: each run launches `actlab` with ACTLAB_EXIT_AFTER_FIRST_PAINT=1, which makes the window
# quit right after its first paint (app/firstpaintexit.h); the time is the launch-to-exit wall time
# of the process (so it includes loading the libraries, QApplication, the window and process exit), with
# fresh settings each run. One unmeasured run first brings the libraries into the page cache.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
build=${ACTLAB_BUILD_DIR:-$root/build/bench}
runs=${ACTLAB_COLD_RUNS:-15}

generator=()
if [[ ! -f $build/CMakeCache.txt ]] && command -v ninja >/dev/null; then
    generator=(-G Ninja)
fi
cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release >&2
cmake --build "$build" --target bench_ui_replot actlab -j "${ACTLAB_JOBS:-2}" >&2

scratch=$(mktemp -d)
xvfb_pid=""
cleanup() {
    if [[ -n $xvfb_pid ]]; then kill "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT
mkdir -m 700 "$scratch/runtime"
export XDG_RUNTIME_DIR="$scratch/runtime"

echo "## Slider moved → replot finished (1600×1000 window, four functions, offscreen)"
echo
QT_QPA_PLATFORM=offscreen "$build/bench/bench_ui_replot" "$@" 2>/dev/null
echo
echo "wall: what the user waits, on this machine as loaded now; cpu: CPU time the process spent on the frame,"
echo "roughly the wall time with the machine to itself."
echo

# Prints "median p95 max" of the numbers on stdin, one per line.
stats() {
    sort -n | awk '{ v[NR] = $1 } END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        p = int(0.95 * NR + 0.999999); if (p < 1) p = 1
        printf "%.0f %.0f %.0f\n", m, v[p], v[NR] }'
}

# cold_start <label> <env assignments...>: launches actlab `runs` times and prints a table row.
cold_start() {
    local label=$1
    shift
    local times=()
    for ((i = 0; i <= runs; i++)); do
        rm -rf "$scratch/config"
        local start end
        start=$(date +%s%N)
        env "$@" XDG_CONFIG_HOME="$scratch/config" ACTLAB_EXIT_AFTER_FIRST_PAINT=1 "$build/app/actlab" >/dev/null 2>&1
        end=$(date +%s%N)
        ((i == 0)) || times+=($(((end - start) / 1000000)))
    done
    read -r median p95 max < <(printf '%s\n' "${times[@]}" | stats)
    printf '| %-40s | %4d | %6d | %6d | %6d |\n' "$label" "$runs" "$median" "$p95" "$max"
}

echo "## Cold start to the first painted window (ms)"
echo
printf '| %-40s | %4s | %6s | %6s | %6s |\n' "platform" "runs" "median" "p95" "max"
printf '|%s|-----:|-------:|-------:|-------:|\n' "$(printf -- '-%.0s' {1..42})"
cold_start "offscreen" QT_QPA_PLATFORM=offscreen
if command -v Xvfb >/dev/null; then
    display=""
    for n in $(seq 90 120); do
        if [[ ! -e /tmp/.X11-unix/X$n && ! -e /tmp/.X$n-lock ]]; then display=":$n"; break; fi
    done
    if [[ -n $display ]]; then
        Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
        xvfb_pid=$!
        for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X${display#:} ]] && break; sleep 0.1; done
        cold_start "xcb on Xvfb (a real X server)" DISPLAY="$display" QT_QPA_PLATFORM=xcb
    fi
fi
