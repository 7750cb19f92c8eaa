#!/usr/bin/env bash
# Cold, whole-process time and peak memory of `actlab export` writing the lecture figure (sigmoid and its
# derivative on [-8, 8], legend, grid, the 0.25 annotation) as a 1600×1000 PNG at 200 dpi and as a PDF,
# against a matplotlib script drawing the same figure, in the same run. Prints medians and ratios.
#
#   bench/export.sh [RUNS]        RUNS per case, default 15; build dir: build/bench or $ACTLAB_BUILD_DIR
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
build=${ACTLAB_BUILD_DIR:-$root/build/bench}
runs=${1:-15}

missing=()
for package in python3-matplotlib python3-numpy time; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if ((${#missing[@]})); then
    sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target actlab -j "$(nproc)" >&2

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
actlab=("$build/app/actlab" export --view curves --function sigmoid --range -8:8 --size 1600x1000 --dpi 200)
matplotlib=(/usr/bin/python3 "$here/export_matplotlib.py")

# measure NAME COMMAND...: RUNS cold runs, one "seconds kilobytes" line each, via GNU time.
measure() {
    local name=$1
    shift
    for ((i = 0; i < runs; i++)); do
        /usr/bin/time -f "%e %M" -o "$out/$name.$i" "$@" >/dev/null 2>&1
        cat "$out/$name.$i"
    done >"$out/$name"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

for format in png pdf; do
    # Interleave the two tools so a noisy neighbour hurts both alike.
    measure "actlab-$format" "${actlab[@]}" -o "$out/actlab.$format"
    measure "matplotlib-$format" "${matplotlib[@]}" "$out/matplotlib.$format"
done

echo "| figure | ActLab s | matplotlib s | time ratio | ActLab peak MB | matplotlib peak MB | memory ratio |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for format in png pdf; do
    at=$(cut -d' ' -f1 "$out/actlab-$format" | median)
    mt=$(cut -d' ' -f1 "$out/matplotlib-$format" | median)
    am=$(cut -d' ' -f2 "$out/actlab-$format" | median)
    mm=$(cut -d' ' -f2 "$out/matplotlib-$format" | median)
    awk -v f="$format" -v at="$at" -v mt="$mt" -v am="$am" -v mm="$mm" 'BEGIN {
        printf "| 1600×1000 %s, 200 dpi | %.3f | %.3f | %.1f× | %.1f | %.1f | %.1f× |\n",
               toupper(f), at, mt, mt / at, am / 1024, mm / 1024, mm / am }'
done
echo
echo "Medians of $runs cold runs each (GNU time: elapsed seconds, maximum resident set size); ratios are"
echo "matplotlib / ActLab. Files: $(file -b "$out/actlab.png" | cut -d, -f1-2) and $(file -b "$out/actlab.pdf" | cut -d, -f1-2)."
