// UMAP's fuzzy simplicial set (McInnes, Healy, Melville 2018): membership strengths of a kNN graph's edges and their
// fuzzy union, the graph umap.cpp lays out.
#include <algorithm>
#include <cmath>

#include "embedding_internal.h"

namespace attnscope::embedding {

// Membership strengths exp(-(d - rho_i) / sigma_i): rho_i is the nearest distance (every point is fully connected
// to its nearest neighbour) and sigma_i makes the memberships sum to log2(neighbours).
std::vector<float> memberships(const KnnGraph& graph, int neighbours, int threads) {
    const int k = graph.k;
    double meanDistance = 0.0;
    for (float d : graph.distances) meanDistance += d;
    meanDistance /= static_cast<double>(graph.distances.size());
    const double target = std::log2(static_cast<double>(neighbours));
    std::vector<float> strength(graph.distances.size());
#pragma omp parallel for schedule(dynamic, 256) num_threads(threads)
    for (int64_t i = 0; i < graph.points; ++i) {
        const float* distance = graph.distances.data() + i * k;
        double rho = 0.0, rowMean = 0.0;
        for (int n = 0; n < k; ++n) {
            rowMean += distance[n];
            if (rho == 0.0 && distance[n] > 0) rho = distance[n];
        }
        rowMean /= k;
        double low = 0.0, high = HUGE_VAL, sigma = 1.0;
        for (int step = 0; step < 64; ++step) {
            double sum = 0.0;
            for (int n = 0; n < k; ++n) sum += std::exp(-std::max(0.0, distance[n] - rho) / sigma);
            if (std::abs(sum - target) < 1e-5) break;
            if (sum > target) {
                high = sigma;
                sigma = (low + high) / 2;
            } else {
                low = sigma;
                sigma = std::isinf(high) ? sigma * 2 : (low + high) / 2;
            }
        }
        // A floor on sigma, as in umap-learn, keeps duplicates and very tight neighbourhoods finite.
        sigma = std::max(sigma, 1e-3 * (rho > 0 ? rowMean : meanDistance));
        for (int n = 0; n < k; ++n)
            strength[static_cast<size_t>(i * k + n)] =
                static_cast<float>(std::exp(-std::max(0.0, distance[n] - rho) / sigma));
    }
    return strength;
}

// Fuzzy union w = a + b - ab of the directed memberships a (i -> j) and b (j -> i).
FuzzyGraph fuzzyUnion(const KnnGraph& graph, const std::vector<float>& strength, int epochs, int threads) {
    const int64_t n = graph.points;
    const int k = graph.k;
    struct Entry {
        int32_t column;
        float outgoing, incoming;
    };
    auto rows = bothDirections<Entry>(
        graph, threads,
        [&](int64_t i, int m, bool forward) {
            const float w = strength[static_cast<size_t>(i * k + m)];
            return forward ? Entry{graph.indices[static_cast<size_t>(i * k + m)], w, 0.0f}
                           : Entry{static_cast<int32_t>(i), 0.0f, w};
        },
        [](Entry& into, const Entry& from) {
            into.outgoing += from.outgoing;
            into.incoming += from.incoming;
        });
    const auto& start = rows.rowStart;
    const auto& kept = rows.kept;
    auto& entries = rows.entries;
    float largest = 0.0f;
    for (int64_t i = 0; i < n; ++i)
        for (int64_t e = 0; e < kept[static_cast<size_t>(i)]; ++e) {
            auto& entry = entries[static_cast<size_t>(start[static_cast<size_t>(i)] + e)];
            entry.outgoing = entry.outgoing + entry.incoming - entry.outgoing * entry.incoming;
            largest = std::max(largest, entry.outgoing);
        }
    // Edges too weak to be sampled once in the whole run are dropped (umap-learn does the same).
    const float threshold = largest / static_cast<float>(epochs);
    FuzzyGraph fuzzy;
    fuzzy.rowStart.push_back(0);
    for (int64_t i = 0; i < n; ++i) {
        for (int64_t e = 0; e < kept[static_cast<size_t>(i)]; ++e) {
            const auto& entry = entries[static_cast<size_t>(start[static_cast<size_t>(i)] + e)];
            if (entry.outgoing < threshold) continue;
            fuzzy.columns.push_back(entry.column);
            fuzzy.weights.push_back(entry.outgoing);
        }
        fuzzy.rowStart.push_back(static_cast<int64_t>(fuzzy.columns.size()));
    }
    return fuzzy;
}

}  // namespace attnscope::embedding
