#!/usr/bin/env bash
# README command (c), optional: builds the Debian package <build>/package/attnscope_<version>_amd64.deb and tests it
# with tests/packaging/test_package.sh (extracted to a moved throw-away root, run under Xvfb, desktop files checked).
# In CI it runs after .ci/test.sh and reuses that build, so packing and testing are the only new work.
set -euo pipefail
cd "$(dirname "$0")/.."
./.ci/install-deps.sh
build=${ATTNSCOPE_BUILD_DIR:-build}
source .ci/ccache-env.sh
# An existing build folder keeps its options (tests on after .ci/test.sh); a new one builds only what is installed.
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATTNSCOPE_BUILD_TESTS=OFF
fi
cmake --build "$build" --parallel "$(nproc)"
rm -rf "$build/package"
cpack --config "$build/CPackConfig.cmake" -B "$build/package"
deb=$(ls "$build"/package/attnscope_*.deb)
./tests/packaging/test_package.sh "$deb"
echo "package: $deb (sudo apt install ./$deb)"
