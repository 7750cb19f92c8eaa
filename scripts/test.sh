#!/usr/bin/env bash
# Installs what is missing, builds ActLab and runs the whole CTest suite (widget tests offscreen).
# Exits non-zero on any failure. With CI=true, compiler warnings are errors.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
actlab_install_dependencies
warnings=OFF
[ "${CI:-}" = "true" ] && warnings=ON
actlab_build all -DACTLAB_WARNINGS_AS_ERRORS=$warnings
ctest --test-dir "$ACTLAB_BUILD_DIR" --output-on-failure -j "$(nproc)"
