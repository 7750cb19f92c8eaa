#!/usr/bin/env bash
# The long GUI stress run (issue 8): builds tst_guistress in the release build directory and runs it
# offscreen with 10,000 random actions (ACTLAB_STRESS_ACTIONS to change), seed $1 (default 1). Prints the
# resident memory at action 1,000 and at the end, the actions done of each kind and the wall time; fails
# on any crash, NaN/inf shown or plotted, unanswered window, or more than 10 MB of growth in what the
# program holds (anonymous and shared memory; see tests/ui/tst_guistress.cpp).
#
#   scripts/stress.sh [SEED]
#   ACTLAB_BUILD_DIR=build/stress ACTLAB_BUILD_TYPE=RelWithDebInfo scripts/stress.sh 7
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
seed=${1:-1}
actions=${ACTLAB_STRESS_ACTIONS:-10000}

actlab_install_dependencies
cmake -S "$ACTLAB_ROOT" -B "$ACTLAB_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${ACTLAB_BUILD_TYPE:-Release}" >/dev/null
cmake --build "$ACTLAB_BUILD_DIR" --target tst_guistress -j "$(nproc)"

echo "stress: seed $seed, $actions actions, build $ACTLAB_BUILD_DIR"
start=$(date +%s.%N)
status=0
QT_QPA_PLATFORM=offscreen QTEST_FUNCTION_TIMEOUT=${QTEST_FUNCTION_TIMEOUT:-7200000} ACTLAB_STRESS_SEED=$seed ACTLAB_STRESS_ACTIONS=$actions \
    "$ACTLAB_BUILD_DIR/tests/ui/tst_guistress" -maxwarnings 0 || status=$?
end=$(date +%s.%N)
printf 'stress: seed %s, %s actions, wall time %.1f s, exit status %d\n' "$seed" "$actions" "$(awk -v s="$start" -v e="$end" 'BEGIN { print e - s }')" "$status"
exit $status
