#!/usr/bin/env bash
# Builds AttnScope with its tests and runs the whole suite (README command b). Safe to re-run: ccache and the
# existing build folder make a second run quick.
set -euo pipefail
cd "$(dirname "$0")/.."
./.ci/install-deps.sh
build=${ATTNSCOPE_BUILD_DIR:-build}
source .ci/ccache-env.sh
jobs=$(nproc)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATTNSCOPE_BUILD_TESTS=ON
cmake --build "$build" --parallel "$jobs"
cd "$build"
ctest --output-on-failure --parallel "$jobs" "$@"
