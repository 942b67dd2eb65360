// AttentionViz's joint query-key normalisation: put one head's queries and keys in a common space for a joint
// embedding without changing any attention weight (the derivation is in docs/embedding.md).
#include <cmath>

#include "attnscope/embedding.h"
#include "attnscope/error.h"

namespace attnscope {

namespace {

std::vector<double> centroid(const FloatMatrix& matrix) {
    std::vector<double> mean(static_cast<size_t>(matrix.cols), 0.0);
    for (int64_t i = 0; i < matrix.rows; ++i)
        for (int64_t c = 0; c < matrix.cols; ++c) mean[static_cast<size_t>(c)] += matrix(i, c);
    for (auto& value : mean) value /= static_cast<double>(matrix.rows);
    return mean;
}

double meanNorm(const FloatMatrix& matrix) {
    double sum = 0.0;
    for (int64_t i = 0; i < matrix.rows; ++i) {
        double squared = 0.0;
        for (int64_t c = 0; c < matrix.cols; ++c) squared += static_cast<double>(matrix(i, c)) * matrix(i, c);
        sum += std::sqrt(squared);
    }
    return sum / static_cast<double>(matrix.rows);
}

// Mean norm of the keys after the transform for scale s: |(k - mean k) / s + s mean q|.
double keyMeanNorm(const FloatMatrix& keys, const std::vector<double>& keyMean, const std::vector<double>& queryMean,
                   double s) {
    double sum = 0.0;
    for (int64_t i = 0; i < keys.rows; ++i) {
        double squared = 0.0;
        for (int64_t c = 0; c < keys.cols; ++c) {
            const size_t u = static_cast<size_t>(c);
            const double value = (keys(i, c) - keyMean[u]) / s + s * queryMean[u];
            squared += value * value;
        }
        sum += std::sqrt(squared);
    }
    return sum / static_cast<double>(keys.rows);
}

}  // namespace

QueryKeyNormalisation normaliseQueriesAndKeys(const FloatMatrix& queries, const FloatMatrix& keys) {
    if (queries.cols != keys.cols)
        throw EngineError(
            "queries have " + std::to_string(queries.cols) + " columns, keys " + std::to_string(keys.cols),
            "query-key normalisation");
    if (queries.rows == 0 || keys.rows == 0)
        throw EngineError("needs at least one query and one key", "query-key normalisation");
    const auto queryMean = centroid(queries);
    const auto keyMean = centroid(keys);
    const double queryNorm = meanNorm(queries);
    // mean|s q| = s A must equal the keys' mean norm s g(1/s²), g(t) = mean|t (k - mean k) + mean q|. g is convex
    // with its minimum |mean q| <= A at t = 0, so A - g(1/s²) increases with s and has at most one root.
    const auto excess = [&](double s) { return queryNorm - keyMeanNorm(keys, keyMean, queryMean, s) / s; };
    double scale = 1.0;
    double low = 1e-8, high = 1e8;
    if (queryNorm > 0 && excess(low) < 0 && excess(high) > 0) {
        for (int step = 0; step < 200; ++step) {  // bisection in log s
            const double middle = std::sqrt(low * high);
            (excess(middle) < 0 ? low : high) = middle;
            if (high / low < 1 + 1e-12) break;
        }
        scale = std::sqrt(low * high);
    }
    // Otherwise (all queries equal, or all keys equal) no scale equalises the norms; translation alone is applied.

    QueryKeyNormalisation result;
    result.scale = scale;
    result.queries = queries;
    for (auto& value : result.queries.values) value = static_cast<float>(value * scale);
    result.keyTranslation.resize(static_cast<size_t>(keys.cols));
    for (int64_t c = 0; c < keys.cols; ++c) {
        const size_t u = static_cast<size_t>(c);
        result.keyTranslation[u] = static_cast<float>(scale * queryMean[u] - keyMean[u] / scale);
    }
    result.keys = FloatMatrix(keys.rows, keys.cols);
    for (int64_t i = 0; i < keys.rows; ++i)
        for (int64_t c = 0; c < keys.cols; ++c)
            result.keys(i, c) = static_cast<float>(keys(i, c) / scale + result.keyTranslation[static_cast<size_t>(c)]);
    return result;
}

FloatMatrix stackRows(const FloatMatrix& first, const FloatMatrix& second) {
    if (first.cols != second.cols && !first.empty() && !second.empty())
        throw EngineError(
            "cannot stack " + std::to_string(first.cols) + " and " + std::to_string(second.cols) + " columns",
            "stackRows");
    FloatMatrix stacked(first.rows + second.rows, first.empty() ? second.cols : first.cols);
    std::copy(first.values.begin(), first.values.end(), stacked.values.begin());
    std::copy(second.values.begin(), second.values.end(),
              stacked.values.begin() + static_cast<int64_t>(first.values.size()));
    return stacked;
}

}  // namespace attnscope
