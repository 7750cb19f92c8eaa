#!/usr/bin/env bash
# Leak check: every command-line subcommand (good and bad input) and a scripted GUI session under
# valgrind --leak-check=full, in a RelWithDebInfo build (build/leakcheck) so stacks name their source.
# Fails if any definite leak has a frame in ActLab's own code (core/, ui/, app/); definite leaks that
# are entirely inside system libraries (fontconfig, Qt's platform plugins) are counted and listed.
#   scripts/leakcheck.sh [GUI_ACTIONS]     GUI_ACTIONS: stress-test actions in the GUI session (default 150)
# Logs: build/leakcheck/valgrind/*.log. Takes ~10 minutes on 2 cores after the build.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ACTLAB_PACKAGES+=(valgrind)
actlab_install_dependencies
ACTLAB_BUILD_DIR=$ACTLAB_ROOT/build/leakcheck
cmake -S "$ACTLAB_ROOT" -B "$ACTLAB_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$ACTLAB_BUILD_DIR" --target actlab tst_guistress -j "$(nproc)" >/dev/null

actions=${1:-150}
actlab=$ACTLAB_BUILD_DIR/app/actlab
logs=$ACTLAB_BUILD_DIR/valgrind
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -rf "$logs" && mkdir -p "$logs"
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$work/config
printf '{"actlab_scene": 1, "view": "softmax", "size": [800, 500]}\n' >"$work/scene.json"

failed=0
# check NAME STDIN COMMAND...: runs COMMAND under valgrind with STDIN, then reads its log.
check() {
    local name=$1 input=$2
    shift 2
    local log=$logs/$name.log
    printf '%s' "$input" | valgrind --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite \
        --trace-children=yes --num-callers=40 --fullpath-after="$ACTLAB_ROOT/" --log-file="$log" "$@" >/dev/null 2>&1 || true
    local lost ours
    lost=$(grep -oP 'definitely lost: \K[0-9,]+ bytes in [0-9,]+ blocks' "$log" || echo "0 bytes in 0 blocks")
    # A definite-leak record runs from its "are definitely lost" line to the next blank line.
    ours=$(awk '/are definitely lost/ {record = 1; text = ""} record {text = text "\n" $0}
                record && /^==[0-9]+== $/ {record = 0; if (text ~ /\((core|ui|app)\/[^)]*:[0-9]+\)/) n++}
                END {print n + 0}' "$log")
    printf '%-28s definitely lost: %-26s records with ActLab frames: %s\n' "$name" "$lost" "$ours"
    [ "$ours" -eq 0 ] || failed=1
}

check list "" "$actlab" list
check list-json "" "$actlab" list --json
check help "" "$actlab" --help
check version "" "$actlab" --version
check eval $'-40\n-1\n0\n1\n40\n' "$actlab" eval softplus --param beta=2
check eval-bad-number $'1\nfoo\n' "$actlab" eval relu
check sample-csv "" "$actlab" sample gelu --from -6 --to 6 --points 1001 --format csv --with-kinks
check sample-json "" "$actlab" sample mish --from -6 --to 6 --points 101 --format json
check sample-unknown-function "" "$actlab" sample swishy --from -1 --to 1 --points 5
check softmax $'1 2 3\n1000 -1000\n' "$actlab" softmax --temperature 0.5 --jacobian
check softmax-bad-temperature $'1 2\n' "$actlab" softmax --temperature 0
check maxout $'-2\n0\n2\n' "$actlab" maxout --units 1:0,-1:0,0.5:1 --group-size 2
check maxout-bad-units $'1\n' "$actlab" maxout --units 1 --group-size 1
for view in curves maxout softmax depth; do
    check "export-$view-png" "" "$actlab" export --view "$view" --size 800x500 -o "$work/$view.png"
done
check export-svg "" "$actlab" export --view curves --function sigmoid --function tanh -o "$work/curves.svg"
check export-pdf "" "$actlab" export --view curves --theme print -o "$work/curves.pdf"
check export-scene "" "$actlab" export --scene "$work/scene.json" -o "$work/scene.png"
check export-missing-folder "" "$actlab" export --view curves -o "$work/no/such/folder.png"
check window-first-paint "" env ACTLAB_EXIT_AFTER_FIRST_PAINT=1 "$actlab"
check gui-session "" env ACTLAB_STRESS_ACTIONS="$actions" "$ACTLAB_BUILD_DIR/tests/ui/tst_guistress"

echo "logs: $logs"
[ $failed -eq 0 ] && echo "leakcheck: no definite leak from ActLab's own code" && exit 0
echo "leakcheck: definite leaks with ActLab frames: see the logs above" && exit 1
