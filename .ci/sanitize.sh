#!/usr/bin/env bash
# The engine, attnscope-cli and every test suite that needs no GUI, built with AddressSanitizer and
# UndefinedBehaviorSanitizer (ATTNSCOPE_SANITIZE) and run. LibTorch, OpenBLAS and libgomp are not instrumented; the
# leaks LeakSanitizer finds inside them at exit are suppressed by tests/sanitizers/lsan.supp, nothing of ours is.
#   SANITIZE_BUILD_DIR build folder (default build-sanitize)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SANITIZE_BUILD_DIR:-build-sanitize}
source .ci/ccache-env.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATTNSCOPE_SANITIZE=ON -DATTNSCOPE_BUILD_GUI=OFF \
  -DATTNSCOPE_BUILD_TESTS=ON > "$build.configure.log"
cmake --build "$build" --parallel "$(nproc)"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_odr_violation=0:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0
cd "$build"
ctest --output-on-failure --parallel "$(nproc)" -L 'engine|tokenizer|analysis|embedding|cli|fuzz' "$@"
