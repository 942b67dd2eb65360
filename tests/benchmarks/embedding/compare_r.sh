#!/usr/bin/env bash
# Embedding benchmark: attnscope-cli embed against R's uwot (UMAP) and Rtsne (Barnes-Hut t-SNE, theta 0.5) on the
# same generated vectors (64-D), both on the same thread count; prints a Markdown table for docs/benchmarks.md.
# R is only needed here, not by AttnScope:
#   apt-get install -y --no-install-recommends r-base-core r-cran-uwot r-cran-rtsne r-cran-rcppannoy
#
#   tests/benchmarks/embedding/compare_r.sh [BUILD_DIR] [SIZES] [TSNE_UP_TO] [THREADS]
#   defaults: build 20000,100000 20000 2   (t-SNE is compared up to TSNE_UP_TO points; UMAP at all sizes)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-build}"
sizes="${2:-20000,100000}"
tsne_up_to="${3:-20000}"
threads="${4:-2}"
cli="$(cd "$build" && pwd)/engine/attnscope-cli"
[ -x "$cli" ] || { echo "compare_r.sh: $cli not found; build the attnscope-cli target first" >&2; exit 1; }
command -v Rscript >/dev/null || { echo "compare_r.sh: Rscript not found (see the apt-get line above)" >&2; exit 1; }
# Both sides use OpenMP (Rtsne and us); passive waiting stops idle threads spinning on a shared, busy machine.
export OMP_NUM_THREADS="$threads" OPENBLAS_NUM_THREADS="$threads" RCPP_PARALLEL_NUM_THREADS="$threads" OMP_WAIT_POLICY=passive
echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
Rscript "$here/compare_r.R" "$cli" "$build/benchmarks/embedding" "$threads" "$sizes" "$tsne_up_to"
