#!/usr/bin/env bash
# Fuzzes every parser of a user's file (tests/fuzz) for a bounded time: clang's libFuzzer with ASan and UBSan, over
# the LibTorch-free engine sources, so it builds in about a minute. Each target starts from its seeds and saved
# findings; memory is capped at 1 GB (-rss_limit_mb, -malloc_limit_mb). A finding fails the run and names the file
# to copy into tests/fuzz/regressions/<target>/, where the normal test suite replays it from then on.
#   FUZZ_SECONDS   seconds per target (default 60)
#   FUZZ_BUILD_DIR build folder (default build-fuzz)
#   FUZZ_SEED      libFuzzer's random seed (default 1: the same mutations in the same order on every run, so a
#                  finding is not a matter of luck; set 0 for a fresh seed each run when hunting)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
seed=${FUZZ_SEED:-1}
build=${FUZZ_BUILD_DIR:-build-fuzz}
source .ci/ccache-env.sh
cmake -S . -B "$build" -G Ninja -DATTNSCOPE_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 > "$build.configure.log"
cmake --build "$build" --parallel "$(nproc)"

fuzz="$build/tests/fuzz"
findings="$build/findings"
rm -rf "$findings" && mkdir -p "$findings"
targets=$(cd "$fuzz" && ls fuzz_* | sed 's/^fuzz_//')

run_target() {
  local target=$1 corpus="$build/corpus/$1"
  mkdir -p "$corpus"
  # New inputs go to the first folder; the seeds (fixtures, seeds/, regressions/) are read from the second.
  "$fuzz/fuzz_$target" "$corpus" "$fuzz/seeds/$target" -max_total_time="$seconds" -seed="$seed" -timeout=10 \
    -rss_limit_mb=1024 -malloc_limit_mb=1024 -print_final_stats=1 \
    -artifact_prefix="$findings/$target-" > "$build/fuzz_$target.log" 2>&1 || true
  local runs
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/fuzz_$target.log" | grep -o '[0-9]*$' || echo 0)
  printf '%-18s %9s runs in %ss, corpus %s inputs\n' "$target" "${runs:-0}" "$seconds" "$(ls "$corpus" | wc -l)"
}

# As many targets at once as there are cores.
jobs=$(nproc)
for target in $targets; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do sleep 1; done
  run_target "$target" &
done
wait

if [ -n "$(ls -A "$findings")" ]; then
  echo "fuzz: findings (each log is $build/fuzz_<target>.log):"
  ls -la "$findings"
  for log in "$build"/fuzz_*.log; do
    grep -q -e '^==[0-9]*==ERROR' -e 'runtime error' -e 'ERROR: libFuzzer' "$log" || continue
    echo "--- $log"
    grep -m1 -A24 -e '^==[0-9]*==ERROR' -e 'runtime error' -e 'ERROR: libFuzzer' "$log"
    grep -m1 '^Base64:' "$log" || true
  done
  echo "fuzz: fix them, then copy each into tests/fuzz/regressions/<target>/"
  exit 1
fi
echo "fuzz: no findings"
