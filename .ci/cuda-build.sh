#!/usr/bin/env bash
# Builds the engine and attnscope-cli against a CUDA LibTorch (e.g. pip's torch) on a machine without Debian's
# packages. The engine's other dependencies come from Debian .deb files unpacked into a private prefix:
#   .carry/debs/*.deb  (apt-get download libboost1.74-dev libboost-program-options1.74-dev
#                       libboost-program-options1.74.0 libicu-dev libicu72 nlohmann-json3-dev libstb-dev libhnswlib-dev)
# Usage: .ci/cuda-build.sh BUILD_DIR      (prints the LD_LIBRARY_PATH to use at run time)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-/tmp/build-cuda}
deps=${ATTNSCOPE_DEPS_PREFIX:-/tmp/attnscope-deps}
mkdir -p "$deps"
for deb in .carry/debs/*.deb; do dpkg -x "$deb" "$deps"; done
torch_prefix=$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)')
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DATTNSCOPE_BUILD_GUI=OFF -DATTNSCOPE_BUILD_TESTS=OFF -DATTNSCOPE_OPENMP_PASSIVE_WAIT=OFF \
  -DATTNSCOPE_TORCH_PREFIX="$torch_prefix" \
  -DCMAKE_PREFIX_PATH="$deps/usr;$deps/usr/lib/x86_64-linux-gnu/cmake" \
  -DICU_ROOT="$deps/usr" -DBoost_ROOT="$deps/usr" -DBoost_NO_SYSTEM_PATHS=ON \
  -DCMAKE_INCLUDE_PATH="$deps/usr/include" -DCMAKE_LIBRARY_PATH="$deps/usr/lib/x86_64-linux-gnu"
export LD_LIBRARY_PATH="$deps/usr/lib/x86_64-linux-gnu:${LD_LIBRARY_PATH:-}"  # the man pages run the built CLI
cmake --build "$build" --parallel "$(nproc)"
echo "LD_LIBRARY_PATH=$deps/usr/lib/x86_64-linux-gnu"
