#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang (ASan + UBSan, in build/fuzz or $ACTLAB_FUZZ_BUILD_DIR)
# and runs each for SECONDS on its committed seeds, one process each, one after the other. Prints per
# target the executions, the inputs added to the working corpus and the findings (crash, leak, timeout,
# out-of-memory files in build/fuzz/findings/TARGET/). Exits 1 when anything was found.
#
#   bench/fuzz.sh [SECONDS] [TARGET...]      default 60 s per target; TARGET e.g. fuzz_scene
#
# A finding replays with: build/fuzz/fuzz/TARGET FILE. Not part of the build or of CI: the fuzz build
# needs clang and instruments every library, so it lives in its own build dir.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
build=${ACTLAB_FUZZ_BUILD_DIR:-$root/build/fuzz}
seconds=${1:-60}
shift || true

# clang, and the sanitizer and libFuzzer runtimes (only recommended by clang, so named here).
missing=()
for package in clang libclang-rt-14-dev cmake ninja-build qt6-base-dev qt6-svg-dev libqcustomplot-dev; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
fi

targets=("$@")
if ((${#targets[@]} == 0)); then
    for source in "$root"/fuzz/fuzz_*.cpp; do
        targets+=("$(basename "$source" .cpp)")
    done
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DACTLAB_FUZZ=ON >/dev/null
cmake --build "$build" --target "${targets[@]}" -j "$(nproc)" >&2

export QT_QPA_PLATFORM=offscreen
summary=()
found=0
for target in "${targets[@]}"; do
    name=${target#fuzz_}
    seeds=$root/fuzz/corpus/$name
    corpus=$build/corpus/$name      # the seeds plus what the fuzzer found interesting; kept between runs
    findings=$build/findings/$name
    log=$build/logs/$target.log
    mkdir -p "$corpus" "$findings" "$(dirname "$log")"
    # One plain process (libFuzzer's -jobs/-workers would fork a worker logging to ./fuzz-0.log).
    options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
             -artifact_prefix="$findings/")
    [[ -f $root/fuzz/$name.dict ]] && options+=(-dict="$root/fuzz/$name.dict")
    echo "fuzz: $target for ${seconds} s (log: $log)" >&2
    before=$(find "$findings" -type f | wc -l)
    start=$SECONDS
    status=0
    "$build/fuzz/$target" "${options[@]}" "$corpus" "$seeds" >"$log" 2>&1 || status=$?
    executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
    added=$(grep -o 'stat::new_units_added: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
    files=$(($(find "$findings" -type f | wc -l) - before))
    [[ $status -ne 0 || $files -ne 0 ]] && found=1
    summary+=("$(printf '%-20s %7d s %12s executions %6s new inputs %3d findings (exit %d)' \
                 "$target" $((SECONDS - start)) "${executions:-?}" "${added:-?}" "$files" "$status")")
    if ((status != 0)); then
        grep -E 'ERROR|SUMMARY|property broken|Test unit written' "$log" | head -5 >&2 || true
    fi
done
printf '%s\n' "${summary[@]}"
exit $found
