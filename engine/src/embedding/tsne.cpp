// t-SNE (van der Maaten 2014): perplexity-calibrated affinities on a kNN graph, then gradient descent with early
// exaggeration, momentum and per-coordinate gains. The repulsion comes from tsne_repulsion.cpp. Every reduction
// is summed in a fixed order, so a seed gives the same coordinates for any thread count.
#include <omp.h>

#include <algorithm>
#include <cmath>

#include "attnscope/error.h"
#include "attnscope/job.h"
#include "embedding_internal.h"

namespace attnscope::embedding {

namespace {

// Symmetric P in compressed rows: P_ij = (p_j|i + p_i|j) / 2N, summing to 1.
struct SparseAffinities {
    std::vector<int64_t> rowStart;  // n + 1
    std::vector<int32_t> columns;
    std::vector<double> values;
};

// p_j|i over the k neighbours of i with the Gaussian width whose perplexity is `perplexity` (binary search on
// beta = 1 / 2σ², as in the reference implementation).
std::vector<double> conditionalAffinities(const KnnGraph& graph, double perplexity, int threads) {
    const int k = graph.k;
    std::vector<double> conditional(static_cast<size_t>(graph.points) * static_cast<size_t>(k));
    const double targetEntropy = std::log(perplexity);
#pragma omp parallel for schedule(dynamic, 256) num_threads(threads)
    for (int64_t i = 0; i < graph.points; ++i) {
        const float* distance = graph.distances.data() + i * k;
        double* p = conditional.data() + i * k;
        const double nearest = static_cast<double>(distance[0]) * distance[0];
        double beta = 1.0, low = 0.0, high = HUGE_VAL;
        for (int step = 0; step < 200; ++step) {
            double sum = 0.0, weighted = 0.0;
            for (int n = 0; n < k; ++n) {
                // Shifting by the nearest distance keeps exp() from underflowing for tight neighbourhoods.
                const double shifted = static_cast<double>(distance[n]) * distance[n] - nearest;
                p[n] = std::exp(-beta * shifted);
                sum += p[n];
                weighted += shifted * p[n];
            }
            const double entropy = std::log(sum) + beta * weighted / sum;
            for (int n = 0; n < k; ++n) p[n] /= sum;
            const double error = entropy - targetEntropy;
            if (std::abs(error) < 1e-5) break;
            if (error > 0) {  // too flat: narrow the kernel
                low = beta;
                beta = std::isinf(high) ? beta * 2.0 : (beta + high) / 2.0;
            } else {
                high = beta;
                beta = (beta + low) / 2.0;
            }
        }
    }
    return conditional;
}

SparseAffinities symmetricAffinities(const KnnGraph& graph, const std::vector<double>& conditional, int threads) {
    const int64_t n = graph.points;
    const int k = graph.k;
    // Each directed edge i -> j contributes p_{j|i} to rows i and j; duplicates merge into p_{j|i} + p_{i|j}.
    struct Entry {
        int32_t column;
        double value;
    };
    const auto rows = bothDirections<Entry>(
        graph, threads,
        [&](int64_t i, int m, bool forward) {
            const double p = conditional[static_cast<size_t>(i * k + m)];
            return Entry{forward ? graph.indices[static_cast<size_t>(i * k + m)] : static_cast<int32_t>(i), p};
        },
        [](Entry& into, const Entry& from) { into.value += from.value; });
    const auto& count = rows.rowStart;
    const auto& kept = rows.kept;
    const auto& entries = rows.entries;
    SparseAffinities affinities;
    affinities.rowStart.assign(static_cast<size_t>(n + 1), 0);
    for (int64_t i = 0; i < n; ++i)
        affinities.rowStart[static_cast<size_t>(i + 1)] =
            affinities.rowStart[static_cast<size_t>(i)] + kept[static_cast<size_t>(i)];
    affinities.columns.resize(static_cast<size_t>(affinities.rowStart.back()));
    affinities.values.resize(affinities.columns.size());
    const double normaliser = 1.0 / (2.0 * static_cast<double>(n));
    for (int64_t i = 0; i < n; ++i)
        for (int64_t e = 0; e < kept[static_cast<size_t>(i)]; ++e) {
            const auto& entry = entries[static_cast<size_t>(count[static_cast<size_t>(i)] + e)];
            const size_t slot = static_cast<size_t>(affinities.rowStart[static_cast<size_t>(i)] + e);
            affinities.columns[slot] = entry.column;
            affinities.values[slot] = entry.value * normaliser;
        }
    return affinities;
}

// sum_j P_ij q_ij (y_i - y_j), the attraction of the gradient.
void attractiveForces(const SparseAffinities& p, const std::vector<double>& y, int dims, std::vector<double>& forces,
                      int threads) {
    const int64_t n = static_cast<int64_t>(p.rowStart.size()) - 1;
#pragma omp parallel for schedule(dynamic, 512) num_threads(threads)
    for (int64_t i = 0; i < n; ++i) {
        double force[3] = {0.0, 0.0, 0.0};
        const double* yi = y.data() + i * dims;
        for (int64_t e = p.rowStart[static_cast<size_t>(i)]; e < p.rowStart[static_cast<size_t>(i + 1)]; ++e) {
            const double* yj = y.data() + static_cast<int64_t>(p.columns[static_cast<size_t>(e)]) * dims;
            double difference[3], squared = 0.0;
            for (int d = 0; d < dims; ++d) {
                difference[d] = yi[d] - yj[d];
                squared += difference[d] * difference[d];
            }
            const double weight = p.values[static_cast<size_t>(e)] / (1.0 + squared);
            for (int d = 0; d < dims; ++d) force[d] += weight * difference[d];
        }
        for (int d = 0; d < dims; ++d) forces[static_cast<size_t>(i * dims + d)] = force[d];
    }
}

FloatMatrix toMatrix(const std::vector<double>& y, int64_t n, int dims) {
    FloatMatrix matrix(n, dims);
    for (size_t i = 0; i < y.size(); ++i) matrix.values[i] = static_cast<float>(y[i]);
    return matrix;
}

}  // namespace

EmbeddingResult runTsne(const FloatMatrix& points, const EmbeddingOptions& options, int threads, JobControl* control,
                        const EmbeddingProgress& onProgress) {
    const int64_t n = points.rows;
    const int dims = options.dims;
    if (options.perplexity < 1.0) throw EngineError("perplexity must be at least 1", "t-SNE");
    const int k = static_cast<int>(std::min<int64_t>(n - 1, static_cast<int64_t>(3.0 * options.perplexity)));
    if (n - 1 < options.perplexity)
        throw EngineError("perplexity " + std::to_string(options.perplexity) + " needs more than " +
                              std::to_string(static_cast<int>(options.perplexity)) + " points, got " +
                              std::to_string(n),
                          "t-SNE");
    const int iterations = options.iterations > 0 ? options.iterations : 1000;
    const double learningRate = options.learningRate > 0
                                    ? options.learningRate
                                    : std::max(200.0, static_cast<double>(n) / options.earlyExaggeration);

    if (control) control->setProgress(0.0, "t-SNE: nearest neighbours");
    const KnnGraph graph = neighbourGraph(points, k, options, threads, nullptr);
    if (control) {
        control->throwIfCancelled();
        control->setProgress(0.1, "t-SNE: affinities");
    }
    const SparseAffinities p =
        symmetricAffinities(graph, conditionalAffinities(graph, options.perplexity, threads), threads);

    // PCA start scaled to a tiny spread (as openTSNE does): deterministic and keeps the global layout.
    FloatMatrix start = pcaInitialisation(points, dims, options);
    scaleToStandardDeviation(start, 1e-4);
    Random random(mixSeeds(options.seed, 0x75e));
    std::vector<double> y(start.values.size());
    for (size_t i = 0; i < y.size(); ++i) y[i] = start.values[i] + 1e-6 * random.gaussian();

    std::vector<double> attraction(y.size()), repulsion(y.size()), update(y.size(), 0.0), gains(y.size(), 1.0);
    for (int iteration = 0; iteration < iterations; ++iteration) {
        if (control) control->throwIfCancelled();
        const bool early = iteration < options.exaggerationIterations;
        const double exaggeration = early ? options.earlyExaggeration : 1.0;
        const double momentum = early ? 0.5 : 0.8;
        attractiveForces(p, y, dims, attraction, threads);
        const double z = barnesHutRepulsion(y, dims, options.theta, repulsion, threads);
        const double inverseZ = 1.0 / std::max(z, 1e-300);
#pragma omp parallel for schedule(static) num_threads(threads)
        for (int64_t c = 0; c < static_cast<int64_t>(y.size()); ++c) {
            const size_t s = static_cast<size_t>(c);
            const double gradient = exaggeration * attraction[s] - repulsion[s] * inverseZ;
            gains[s] = (gradient > 0) != (update[s] > 0) ? gains[s] + 0.2 : std::max(gains[s] * 0.8, 0.01);
            update[s] = momentum * update[s] - learningRate * gains[s] * gradient;
            y[s] += update[s];
        }
        double mean[3] = {0.0, 0.0, 0.0};
        for (int64_t i = 0; i < n; ++i)
            for (int d = 0; d < dims; ++d) mean[d] += y[static_cast<size_t>(i * dims + d)];
        for (int64_t i = 0; i < n; ++i)
            for (int d = 0; d < dims; ++d) y[static_cast<size_t>(i * dims + d)] -= mean[d] / static_cast<double>(n);

        if (control) control->setProgress(0.1 + 0.9 * (iteration + 1) / iterations, "t-SNE: optimising");
        if (onProgress && options.progressEvery > 0 && (iteration + 1) % options.progressEvery == 0 &&
            iteration + 1 < iterations)
            onProgress(toMatrix(y, n, dims), iteration + 1);
    }
    EmbeddingResult result;
    result.coordinates = toMatrix(y, n, dims);
    result.iterations = iterations;
    result.neighbourSearch = graph.method;
    result.neighbourSeconds = graph.seconds;
    return result;
}

}  // namespace attnscope::embedding
