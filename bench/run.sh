#!/usr/bin/env bash
# Benchmarks core's sampling of f and f′ against NumPy and PyTorch in one run and prints a Markdown table.
#
#   bench/run.sh                     build dir: build/bench (or $ACTLAB_BUILD_DIR)
#   bench/run.sh --repeats 31        extra arguments go to bench/peers_activations.py
#                                    (--points, --warmups, --repeats, --rounds, --torch-derivative)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
build=${ACTLAB_BUILD_DIR:-$root/build/bench}
python=/usr/bin/python3  # Debian's python: the one that sees python3-numpy and python3-torch

# 1. The peers, from Debian's archive, only when missing.
missing=()
for package in python3-numpy python3-torch python3-scipy python3-mpmath; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if ((${#missing[@]})); then
    sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    echo "installing ${missing[*]}" >&2
    "${sudo[@]}" apt-get install -y "${missing[@]}" >&2 ||
        { "${sudo[@]}" apt-get update >&2 && "${sudo[@]}" apt-get install -y "${missing[@]}" >&2; }
fi

# 2. bench_sampling, optimised.
generator=()
if [[ ! -f $build/CMakeCache.txt ]] && command -v ninja >/dev/null; then
    generator=(-G Ninja)
fi
cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release >&2
cmake --build "$build" --target bench_sampling -j "${ACTLAB_JOBS:-2}" >&2

# 3. The peers' script runs bench_sampling function by function, each just before NumPy's and PyTorch's
#    timing of the same function, and prints the combined table.
# The environment may pin OpenBLAS to a core type or cache size meant for other jobs; the peers run
# with OpenBLAS choosing for itself, as it would on a user's machine.
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$python" "$here/peers_activations.py" \
    --core-binary "$build/bench/bench_sampling" "$@"
