#!/usr/bin/env bash
# How interactive the maxout view's two-input figure is: the redraw of its 400×400 colour maps after a
# slider move, p50/p95/max over 240 moves per scenario (issue 4's target: p95 ≤ 30 ms).
#
#   bench/maxout_map.sh [--moves N] [--size WxH]   build dir: build/bench (or $ACTLAB_BUILD_DIR)
#
# Runs on the offscreen platform, so it needs no display; the paint goes to an in-memory backing store,
# as on a real screen minus the compositor's flush.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
build=${ACTLAB_BUILD_DIR:-$root/build/bench}

generator=()
if [[ ! -f $build/CMakeCache.txt ]] && command -v ninja >/dev/null; then
    generator=(-G Ninja)
fi
cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release >&2
cmake --build "$build" --target bench_ui_maxout_map -j "${ACTLAB_JOBS:-2}" >&2

QT_QPA_PLATFORM=offscreen "$build/bench/bench_ui_maxout_map" "$@"
