#!/usr/bin/env bash
# Typed functions against issue 18's targets (bench/bench_expression.cpp): builds Release and runs the
# benchmark three times; a target counts as met on the median of the three runs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
actlab_install_dependencies
actlab_build bench_expression
for run in 1 2 3; do
    echo "## run $run"
    "$ACTLAB_BUILD_DIR/bench/bench_expression" "$@"
done
