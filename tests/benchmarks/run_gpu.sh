#!/usr/bin/env bash
# One call on the GPU machine (tool `device`, see docs/benchmarks.md): builds the engine against the machine's CUDA
# LibTorch (.ci/cuda-build.sh, with .carry/debs carried), then runs the stages named, writing logs and results
# under $OUT (default /tmp/out):
#   fixtures[=CASES]  tests/fixtures/models/make_fixtures.py into $OUT/fixtures.tar.gz (CASES: comma-separated)
#   parity[=CASES]    committed model fixtures (default: all) through --device cuda against transformers
#   parity-bf16[=CASES]  the same computed in bfloat16 (--dtype bfloat16), against transformers' own bfloat16 error
#   fresh=CASES       the fixtures just made by the fixtures stage, through --device cuda and cpu
#   bench[=ARGS]      tests/benchmarks/gpu_capture.py (ARGS: its flags, ';'-separated)
#   cpu-profile[=ARGS]  tests/benchmarks/cpu_profile.py: the CPU capture against transformers, operator by operator
#   demo-recipes[=FILE]  tests/fixtures/demo/recipe_grid.sh: demo-model recipes (default recipes.txt) trained on the
#                     GPU side by side and scored; their training logs and model cards come back as
#                     $OUT/demo-recipes.tar.gz (the models stay: together they pass the 16 MB a returned file may hold;
#                     the one with the best worst-sentence sink comes back as $OUT/demo-best-model.tar.gz)
#   embed-gpu[=DOCS]  query-key UMAP of the demo model over DOCS grammar documents (default 11000: about a million
#                     queries and keys) with the neighbour graph on the GPU; first 170 documents (~16k points) with
#                     the CPU's and the GPU's search, whose layouts must be identical
# Usage: tests/benchmarks/run_gpu.sh [STAGE ...]     e.g. run_gpu.sh fixtures=qwen3,gemma2 parity bench
set -uo pipefail
cd "$(dirname "$0")/../.."
out=${OUT:-/tmp/out}
mkdir -p "$out"
build=/tmp/build-cuda
export PYTHONUNBUFFERED=1

# The fixtures need no build; make them first so a failed build still returns them.
for stage in "$@"; do
  case $stage in
    fixtures*)
      cases=${stage#fixtures}
      cases=${cases#=}
      rm -rf /tmp/fixtures && mkdir -p /tmp/fixtures
      python3 tests/fixtures/models/make_fixtures.py /tmp/fixtures $cases > "$out/fixtures.log" 2>&1
      grep -E "^==|FAILED|MISMATCH|Error" "$out/fixtures.log"
      tar czf "$out/fixtures.tar.gz" -C /tmp/fixtures .
      ;;
  esac
done

start=$(date +%s)
if ! .ci/cuda-build.sh "$build" > "$out/build.log" 2>&1; then
  grep -E "error|Error" "$out/build.log" | head -40
  exit 1
fi
echo "build: $(($(date +%s) - start)) s"
export LD_LIBRARY_PATH=/tmp/attnscope-deps/usr/lib/x86_64-linux-gnu:${LD_LIBRARY_PATH:-}
cli=$build/engine/attnscope-cli
$cli version
# The built program comes back too, so a later call can skip the build (carry it, run it with LD_LIBRARY_PATH).
tar czf "$out/cuda-build.tar.gz" -C "$build/engine" attnscope-cli $(cd "$build/engine" && ls libattnscope_engine.so*)

# benchmark SCRIPT NAME "=ARGS" OUT TABLE: tests/benchmarks/SCRIPT with ARGS (';'-separated) into $out/NAME.log;
# prints the log from its table on.
benchmark() {
  local args=${3#=} extra
  IFS=';' read -r -a extra <<< "$args"
  python3 "tests/benchmarks/$1" --cli "$cli" --work /tmp/bench --out "$4" "${extra[@]}" > "$out/$2.log" 2>&1
  sed -n "/$5/,\$p" "$out/$2.log"
  grep -E "Error|error|failed" "$out/$2.log" | head -10
}

for stage in "$@"; do
  case $stage in
    parity-bf16*)
      cases=${stage#parity-bf16}
      cases=${cases#=}
      # transformers' own bfloat16 differences first: the yardstick of ours
      python3 tests/fixtures/models/bf16_baseline.py tests/fixtures/models "$out/bf16-baseline.json" "$cases" \
        > "$out/bf16-baseline.log" 2>&1
      grep FAILED "$out/bf16-baseline.log"
      python3 tests/fixtures/models/check_cuda_capture.py "$cli" tests/fixtures/models "$out/parity-bf16.json" \
        "$cases" cuda/bfloat16 "$out/bf16-baseline.json" > "$out/parity-bf16.log" 2>&1
      grep -E "^OUTSIDE|TOLERANCE" "$out/parity-bf16.log" | head -30
      ;;
    parity*)
      cases=${stage#parity}
      cases=${cases#=}
      python3 tests/fixtures/models/check_cuda_capture.py "$cli" tests/fixtures/models "$out/parity.json" \
        "$cases" cuda > "$out/parity.log" 2>&1
      grep -E "^OUTSIDE|TOLERANCE" "$out/parity.log" | head -30
      ;;
    fresh=*)
      python3 tests/fixtures/models/check_cuda_capture.py "$cli" /tmp/fixtures "$out/fresh.json" "${stage#fresh=}" \
        cuda,cpu > "$out/fresh.log" 2>&1
      grep -E "^OUTSIDE|TOLERANCE" "$out/fresh.log" | head -30
      ;;
    demo-recipes*)
      recipes=${stage#demo-recipes}
      recipes=${recipes#=}
      start=$(date +%s)
      tests/fixtures/demo/recipe_grid.sh "$cli" "${recipes:-tests/fixtures/demo/recipes.txt}" /tmp/demo-recipes \
        > "$out/demo-recipes.log" 2>&1
      cat "$out/demo-recipes.log"
      echo "demo-recipes: $(($(date +%s) - start)) s"
      (cd /tmp && find demo-recipes \( -name '*.log' -o -name '*.jsonl' -o -name training_log.csv -o -name README.md \
        -o -name config.json \) -print0 | tar czf "$out/demo-recipes.tar.gz" --null -T -)
      # The variant whose sink head has the best worst sentence comes back whole (a model folder is 1-3 MB).
      best=$(python3 -c 'import json, sys; rows = [json.loads(l) for l in open(sys.argv[1]) if l.startswith("{")]
print(max(rows, key=lambda r: r["sink_min"])["model"] if rows else "")' /tmp/demo-recipes/scores.jsonl)
      [ -n "$best" ] && tar czf "$out/demo-best-model.tar.gz" -C "$(dirname "$best")" "$(basename "$best")" \
        && echo "demo-recipes: returned $(basename "$best")"
      ;;
    embed-gpu*)
      docs=${stage#embed-gpu}
      docs=${docs#=}
      $cli train-demo --write-corpus /tmp/qk-corpus.txt --documents "${docs:-11000}" --seed 7 > /dev/null
      head -n 170 /tmp/qk-corpus.txt > /tmp/qk-small.txt
      for where in cpu cuda; do
        $cli embed --corpus /tmp/qk-small.txt --layer 1 --head 0 --neighbour-device $where --verbose \
          --out "/tmp/qk-small-$where.csv" > "$out/embed-small-$where.log" 2>&1
        tail -n 3 "$out/embed-small-$where.log"
      done
      cmp /tmp/qk-small-cpu.csv /tmp/qk-small-cuda.csv && echo "embed-gpu: the same layout from either search"
      # The whole million laid out (no landmarks), so the search runs over all of it on the GPU.
      /usr/bin/time -v $cli embed --corpus /tmp/qk-corpus.txt --layer 1 --head 0 --neighbour-device cuda \
        --landmarks-above 0 --memory-limit-mb 0 --verbose --no-quality --out /tmp/qk-big.csv > "$out/embed-gpu.log" 2>&1
      grep -E "captured|neighbours|UMAP|seconds|Elapsed|Maximum resident|error" "$out/embed-gpu.log"
      ;;
    cpu-profile*)
      benchmark cpu_profile.py cpu-profile "${stage#cpu-profile}" "$out" "^| setting"
      ;;
    bench*)
      benchmark gpu_capture.py bench "${stage#bench}" "$out/bench.json" "^| model"
      ;;
  esac
done
