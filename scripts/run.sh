#!/usr/bin/env bash
# Installs what is missing, builds ActLab (Release) and opens the window. Arguments go to `actlab`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
actlab_install_dependencies
actlab_build actlab
if [ $# -eq 0 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "actlab: built $ACTLAB_BUILD_DIR/app/actlab, but there is no display to open the window on."
    echo "actlab: run it under a virtual display with:  xvfb-run -a $ACTLAB_BUILD_DIR/app/actlab"
    exit 2
fi
exec "$ACTLAB_BUILD_DIR/app/actlab" "$@"
