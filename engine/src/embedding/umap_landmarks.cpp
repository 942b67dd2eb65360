// UMAP of inputs too large to lay out whole at interactive speed (a million queries and keys of a corpus): a seeded
// sample of landmarks is laid out by runUmap, then every other point is placed much as umap-learn's transform places
// new points: at the membership-weighted mean of its nearest landmarks, then refined by a few epochs of SGD in which
// only the placed points move, drawn towards their landmarks. Placed points do not move each other, so the
// refinement is deterministic for any thread count without blocks. Where this departs from the transform (fewer
// neighbours, no negative samples) is measured in docs/embedding.md, "A million points".
#include <omp.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>

#include "attnscope/error.h"
#include "attnscope/job.h"
#include "embedding_internal.h"
#include "umap_kernels.h"

namespace attnscope::embedding {

namespace {

constexpr int kPlacementEpochs = 30;     // umap-learn's transform above 10 000 training points
constexpr float kPlacementRate = 0.25f;  // ... and its learning rate, a quarter of the layout's
// Landmarks a placed point is drawn to. The transform uses all `neighbours` (15) and repels each point from random
// landmarks too; on the demo model's queries and keys five and no repulsion kept more neighbours (kNN-10 0.397
// against 0.286), and on a Swiss roll the same (0.509 against 0.489): placed points never repel each other, so
// repulsion from random landmarks only adds noise.
constexpr int kPlacementNeighbours = 5;

// `count` distinct rows of `n`, drawn with the seed (a partial Fisher-Yates shuffle), in increasing order.
std::vector<int64_t> drawLandmarks(int64_t n, int64_t count, uint64_t seed) {
    std::vector<int64_t> rows(static_cast<size_t>(n));
    std::iota(rows.begin(), rows.end(), int64_t{0});
    Random random(mixSeeds(seed, 0x1a4d));
    for (int64_t i = 0; i < count; ++i)
        std::swap(rows[static_cast<size_t>(i)],
                  rows[static_cast<size_t>(i + static_cast<int64_t>(random.below(static_cast<uint64_t>(n - i))))]);
    rows.resize(static_cast<size_t>(count));
    std::sort(rows.begin(), rows.end());
    return rows;
}

// Whether an edge of membership `weight` is sampled in `epoch`: every 1 / weight epochs, as the layout's schedule
// samples it, without a schedule stored per edge (a million points have fifteen million edges).
inline bool sampledIn(int epoch, float weight) {
    return std::floor(static_cast<float>(epoch + 1) * weight) > std::floor(static_cast<float>(epoch) * weight);
}

}  // namespace

EmbeddingResult runUmapWithLandmarks(const FloatMatrix& points, const EmbeddingOptions& options, int threads,
                                     JobControl* control, const EmbeddingProgress& onProgress) {
    const int64_t n = points.rows;
    const int64_t m = options.landmarks;
    const int dims = options.dims;
    if (m <= options.neighbours || m >= n)
        throw EngineError("needs more landmarks than neighbours (" + std::to_string(options.neighbours) +
                              ") and fewer than the points (" + std::to_string(n) + "), got " + std::to_string(m),
                          "UMAP landmarks");
    const std::vector<int64_t> landmarkRows = drawLandmarks(n, m, options.seed);
    std::vector<int64_t> placedRows;
    placedRows.reserve(static_cast<size_t>(n - m));
    for (int64_t i = 0, next = 0; i < n; ++i) {
        if (next < m && landmarkRows[static_cast<size_t>(next)] == i)
            ++next;
        else
            placedRows.push_back(i);
    }
    const int64_t placedCount = n - m;

    EmbeddingOptions inner = options;
    inner.landmarksAbove = 0;
    const std::string what = "UMAP of " + std::to_string(m) + " landmarks: ";
    const FloatMatrix landmarkPoints = selectRows(points, landmarkRows);
    const EmbeddingResult layout = runUmap(landmarkPoints, inner, threads, control, {}, ProgressSpan{0.0, 0.6, what});
    const FloatMatrix& anchor = layout.coordinates;

    const std::string placing = "UMAP: placing " + std::to_string(placedCount) + " points among the landmarks";
    ProgressSpan{0.6, 0.75, ""}.report(control, 0.0, placing);
    const auto started = std::chrono::steady_clock::now();
    const int k = std::min(options.neighbours, kPlacementNeighbours);
    KnnGraph near;
    {
        const FloatMatrix queries = selectRows(points, placedRows);
        near = approximateKnnAmong(landmarkPoints, queries, k, options.seed, threads, control,
                                   ProgressSpan{0.6, 0.75, ""});
    }
    const double searchSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const std::vector<float> weight = memberships(near, k, threads);

    // Start: the membership-weighted mean of the landmarks' positions (the nearest has weight 1, so the sum is > 0).
    FloatMatrix placed(placedCount, dims);
#pragma omp parallel for schedule(static) num_threads(threads)
    for (int64_t p = 0; p < placedCount; ++p) {
        double sum[3] = {0, 0, 0}, total = 0;
        for (int e = 0; e < k; ++e) {
            const size_t edge = static_cast<size_t>(p * k + e);
            const float* y = anchor.row(near.indices[edge]);
            for (int d = 0; d < dims; ++d) sum[d] += weight[edge] * y[d];
            total += weight[edge];
        }
        for (int d = 0; d < dims; ++d) placed(p, d) = static_cast<float>(sum[d] / total);
    }
    const auto assembled = [&] {
        FloatMatrix all(n, dims);
        for (int64_t r = 0; r < m; ++r) std::copy_n(anchor.row(r), dims, all.row(landmarkRows[static_cast<size_t>(r)]));
        for (int64_t p = 0; p < placedCount; ++p)
            std::copy_n(placed.row(p), dims, all.row(placedRows[static_cast<size_t>(p)]));
        return all;
    };
    if (onProgress) onProgress(assembled(), layout.iterations);

    // Refinement: only the placed point moves, drawn towards its fixed landmarks, so each is worked through by one
    // thread.
    const auto [a, b] = umapCurveParameters(options.minDist, options.spread);
    const float fa = static_cast<float>(a), fb = static_cast<float>(b);
    const float attraction = -2.0f * fa * fb;
    for (int epoch = 0; epoch < kPlacementEpochs; ++epoch) {
        if (control) control->throwIfCancelled();
        const float alpha = kPlacementRate * (1.0f - static_cast<float>(epoch) / kPlacementEpochs);
#pragma omp parallel for schedule(dynamic, 1024) num_threads(threads)
        for (int64_t p = 0; p < placedCount; ++p) {
            float yi[3] = {0, 0, 0};
            for (int d = 0; d < dims; ++d) yi[d] = placed(p, d);
            for (int e = 0; e < k; ++e) {
                const size_t edge = static_cast<size_t>(p * k + e);
                if (!sampledIn(epoch, weight[edge])) continue;
                const float* yj = anchor.row(near.indices[edge]);
                float squared = 0.0f;
                for (int d = 0; d < dims; ++d) squared += (yi[d] - yj[d]) * (yi[d] - yj[d]);
                if (squared > 0.0f) {
                    const float coefficient = attractiveCoefficient(squared, fa, fb, attraction);
                    for (int d = 0; d < dims; ++d) yi[d] += clip(coefficient * (yi[d] - yj[d])) * alpha;
                }
            }
            for (int d = 0; d < dims; ++d) placed(p, d) = yi[d];
        }
        ProgressSpan{0.75, 1.0, ""}.report(control, static_cast<double>(epoch + 1) / kPlacementEpochs, placing);
        if (onProgress && options.progressEvery > 0 && (epoch + 1) % options.progressEvery == 0 &&
            epoch + 1 < kPlacementEpochs)
            onProgress(assembled(), layout.iterations + epoch + 1);
    }

    EmbeddingResult result;
    result.coordinates = assembled();
    result.iterations = layout.iterations;
    result.neighbourSearch = layout.neighbourSearch + "; placement: approximate, cpu (hnswlib)";
    result.neighbourSeconds = layout.neighbourSeconds + searchSeconds;
    result.landmarks = m;
    return result;
}

}  // namespace attnscope::embedding
