// kNN preservation: how many of each point's nearest neighbours in the original space stay its nearest
// neighbours in the embedding. Exact for small inputs, on a fixed random sample (still exact per point) above.
#include <omp.h>

#include <algorithm>
#include <cmath>

#include "attnscope/error.h"
#include "embedding_internal.h"

namespace attnscope {

double knnPreservation(const FloatMatrix& original, const FloatMatrix& embedded, int k, int64_t exactUpTo,
                       int64_t sampleSize, uint64_t seed) {
    if (original.rows != embedded.rows)
        throw EngineError(
            "original has " + std::to_string(original.rows) + " points, embedding " + std::to_string(embedded.rows),
            "kNN preservation");
    if (k < 1 || k >= original.rows)
        throw EngineError("needs 1 <= k < points, got k = " + std::to_string(k), "kNN preservation");
    // Distances to NaN are neither near nor far: a score over them would be a number that means nothing.
    for (const FloatMatrix* points : {&original, &embedded})
        for (size_t i = 0; i < points->values.size(); ++i)
            if (!std::isfinite(points->values[i]))
                throw EngineError("point " + std::to_string(i / static_cast<size_t>(std::max<int64_t>(1, points->cols))) +
                                      " of the " + (points == &original ? "original" : "embedded") +
                                      " vectors is NaN or infinite",
                                  "kNN preservation");
    const int64_t n = original.rows;
    std::vector<int64_t> queries;
    if (n <= exactUpTo || sampleSize >= n) {
        queries.resize(static_cast<size_t>(n));
        for (int64_t i = 0; i < n; ++i) queries[static_cast<size_t>(i)] = i;
    } else {
        // Partial Fisher-Yates with our own generator: the same sample for a seed on every platform.
        std::vector<int64_t> all(static_cast<size_t>(n));
        for (int64_t i = 0; i < n; ++i) all[static_cast<size_t>(i)] = i;
        embedding::Random random(embedding::mixSeeds(seed, 0x9a11));
        for (int64_t i = 0; i < sampleSize; ++i)
            std::swap(all[static_cast<size_t>(i)],
                      all[static_cast<size_t>(i + static_cast<int64_t>(random.below(static_cast<uint64_t>(n - i))))]);
        queries.assign(all.begin(), all.begin() + sampleSize);
        std::sort(queries.begin(), queries.end());
    }
    const int threads = omp_get_max_threads();
    const auto before = embedding::exactKnn(original, queries, k, threads, nullptr);
    const auto after = embedding::exactKnn(embedded, queries, k, threads, nullptr);
    int64_t kept = 0;
    for (size_t q = 0; q < queries.size(); ++q) {
        std::vector<int32_t> a(before.indices.begin() + static_cast<int64_t>(q) * k,
                               before.indices.begin() + static_cast<int64_t>(q + 1) * k);
        std::vector<int32_t> b(after.indices.begin() + static_cast<int64_t>(q) * k,
                               after.indices.begin() + static_cast<int64_t>(q + 1) * k);
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        std::vector<int32_t> common;
        std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
        kept += static_cast<int64_t>(common.size());
    }
    return static_cast<double>(kept) / (static_cast<double>(queries.size()) * k);
}

}  // namespace attnscope
