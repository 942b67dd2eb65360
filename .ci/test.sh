#!/usr/bin/env bash
# Builds AttnScope with its tests and runs the whole suite (README command b). Safe to re-run: ccache and the
# existing build folder make a second run quick.
set -euo pipefail
cd "$(dirname "$0")/.."
./.ci/install-deps.sh
build=${ATTNSCOPE_BUILD_DIR:-build}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/attnscope-ccache}
export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}
jobs=$(nproc)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATTNSCOPE_BUILD_TESTS=ON
cmake --build "$build" --parallel "$jobs"
cd "$build"
ctest --output-on-failure --parallel "$jobs" "$@"
