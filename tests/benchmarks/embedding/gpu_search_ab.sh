#!/usr/bin/env bash
# The GPU neighbour search of an earlier CUDA build of attnscope-cli (the cuda-build.tar.gz that run_gpu.sh returns)
# against this tree's, on the same card and the same million queries and keys (the demo model's head 1:0 over 11 000
# grammar documents); both layouts must be identical. One epoch each, so the search dominates. Run on the GPU
# machine from the repository root (docs/benchmarks.md, "Neighbour graph on the GPU"):
#   tests/benchmarks/embedding/gpu_search_ab.sh .carry/old-cuda-build.tar.gz
set -uo pipefail
old_build=$1
out=${OUT:-/tmp/out}
mkdir -p "$out" /tmp/old
start=$(date +%s)
tar xzf "$old_build" -C /tmp/old
[ -x /tmp/build-cuda/engine/attnscope-cli ] || .ci/cuda-build.sh /tmp/build-cuda > "$out/build.log" 2>&1 ||
  { grep -E "error" "$out/build.log" | head -20; exit 1; }
echo "build $(($(date +%s) - start)) s"
deps=/tmp/attnscope-deps/usr/lib/x86_64-linux-gnu
new() { LD_LIBRARY_PATH=/tmp/build-cuda/engine:$deps:${LD_LIBRARY_PATH:-} /tmp/build-cuda/engine/attnscope-cli "$@"; }
old() {
  ATTNSCOPE_RESOURCES=$PWD/resources LD_LIBRARY_PATH=/tmp/old:$deps:${LD_LIBRARY_PATH:-} /tmp/old/attnscope-cli "$@"
}
new version
new train-demo --write-corpus /tmp/qk.txt --documents 11000 --seed 7 > /dev/null
head -n 170 /tmp/qk.txt > /tmp/qk-small.txt
for v in old new; do
  $v embed --corpus /tmp/qk-small.txt --layer 1 --head 0 --neighbour-device cuda --out "/tmp/small-$v.csv" 2>&1 | tail -2
done
cmp /tmp/small-old.csv /tmp/small-new.csv && echo "small: identical layouts"
for round in 1 2; do
  for v in old new; do
    whole=()
    [ $v = new ] && whole=(--landmarks-above 0)  # the earlier build had no landmarks
    s=$(date +%s)
    $v embed --corpus /tmp/qk.txt --layer 1 --head 0 --neighbour-device cuda --memory-limit-mb 0 --iterations 1 \
      --no-quality "${whole[@]}" --out "/tmp/big-$v.csv" > "/tmp/big-$v.log" 2>&1
    echo "round $round $v: $(grep neighbours: "/tmp/big-$v.log") (process $(($(date +%s) - s)) s)"
  done
  cmp /tmp/big-old.csv /tmp/big-new.csv && echo "big: identical layouts"
  [ $(($(date +%s) - start)) -gt 380 ] && break
done
nvidia-smi --query-gpu=name,memory.total --format=csv
