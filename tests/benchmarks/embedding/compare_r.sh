#!/usr/bin/env bash
# The original embedding comparison, kept for its invocation: the suite (suite.sh) on the gaussian kind alone
# (64-D clusters, the data the tables before the suite in docs/benchmarks.md used), one run per size.
#
#   tests/benchmarks/embedding/compare_r.sh [BUILD_DIR] [SIZES] [TSNE_UP_TO] [THREADS]
#   defaults: build 20000,100000 20000 2   (t-SNE is compared up to TSNE_UP_TO points; UMAP at all sizes)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/suite.sh" "${1:-build}" gaussian "${2:-20000,100000}" "${3:-20000}" "${4:-2}" 1 1
