#!/usr/bin/env bash
# README command (a): installs what is missing, builds the attnscope GUI (tests off) and opens it. Arguments go to the
# app: ./run.sh --model ~/models/gpt2, ./run.sh --lang de, ./run.sh --help. Safe to re-run: ccache and the existing
# build folder make a second run quick.
set -euo pipefail
cd "$(dirname "$0")"
./.ci/install-deps.sh
build=${ATTNSCOPE_BUILD_DIR:-build}
source .ci/ccache-env.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATTNSCOPE_BUILD_TESTS=OFF
cmake --build "$build" --parallel "$(nproc)" --target attnscope
exec "$build/app/attnscope" "$@"
