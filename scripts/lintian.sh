#!/usr/bin/env bash
# Builds the Debian package with CPack into a temporary directory and checks it with lintian, Debian's
# package checker. Prints lintian's report (errors, warnings and information tags); exits 1 if it holds
# any error (an "E:" line). Not part of the test suite: run it after touching cmake/ActLabInstall.cmake,
# the files in resources/packaging/ or the help texts the manual page is made from.
#
#   scripts/lintian.sh          build dir: build/release (or $ACTLAB_BUILD_DIR)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ACTLAB_PACKAGES+=(lintian dpkg-dev)  # dpkg-dev: dpkg-shlibdeps, which reads the package's dependencies
actlab_install_dependencies
# cpack builds the "all" target before it installs; building it here shows the compiler's output.
actlab_build all

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cpack --config "$ACTLAB_BUILD_DIR/CPackConfig.cmake" -B "$work" >/dev/null
deb=$(find "$work" -maxdepth 1 -name '*.deb' -print -quit)
[ -n "$deb" ] || { echo "lintian.sh: cpack made no .deb" >&2; exit 1; }
echo "lintian: $(basename "$deb")"

status=0
report=$(lintian --display-info "$deb" 2>&1) || status=$?
[ -n "$report" ] && echo "$report"
# lintian exits 1 when it reports an error and 2 or more when it could not check the package.
if [ $status -gt 1 ]; then
    echo "lintian.sh: lintian failed (exit $status)" >&2
    exit 1
fi
if grep -q '^E: ' <<<"$report"; then
    echo "lintian.sh: errors above" >&2
    exit 1
fi
echo "lintian.sh: no errors"
