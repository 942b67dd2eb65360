// What the embedding sources share: the kNN graph, a seeded random generator that gives the same numbers on
// every platform, and the per-method entry points that embed() dispatches to.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "attnscope/embedding.h"
#include "attnscope/job.h"

namespace attnscope::embedding {

// splitmix64 finaliser: turns (seed, stream) pairs into well-mixed 64-bit seeds.
inline uint64_t mix64(uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

inline uint64_t mixSeeds(uint64_t a, uint64_t b, uint64_t c = 0) {
    return mix64(mix64(mix64(a) ^ b) ^ c);
}

// xorshift64*: small, fast, and ours, so a seed means the same numbers with any standard library.
class Random {
public:
    explicit Random(uint64_t seed) : state_(mix64(seed) | 1) {}
    uint64_t next() {
        state_ ^= state_ >> 12;
        state_ ^= state_ << 25;
        state_ ^= state_ >> 27;
        return state_ * 0x2545f4914f6cdd1dULL;
    }
    // Uniform in [0, bound) for bound < 2^32 by multiply-shift (Lemire), avoiding a 64-bit division.
    uint64_t below(uint64_t bound) { return ((next() >> 32) * bound) >> 32; }
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    double gaussian() {  // Box-Muller, one value per call
        const double u = 1.0 - uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * uniform());
    }

private:
    uint64_t state_;
};

// The rows `rows` of `matrix`, in that order.
inline FloatMatrix selectRows(const FloatMatrix& matrix, const std::vector<int64_t>& rows) {
    if (static_cast<int64_t>(rows.size()) == matrix.rows) return matrix;
    FloatMatrix selected(static_cast<int64_t>(rows.size()), matrix.cols);
    for (size_t r = 0; r < rows.size(); ++r)
        std::copy_n(matrix.row(rows[r]), matrix.cols, selected.row(static_cast<int64_t>(r)));
    return selected;
}

// k nearest neighbours of every point, the point itself excluded, nearest first (ties by index).
struct KnnGraph {
    int64_t points = 0;
    int k = 0;
    std::vector<int32_t> indices;  // points x k
    std::vector<float> distances;  // points x k, Euclidean
    std::string method;            // e.g. "exact, cuda (blocked products)", for the result and the CLI
    double seconds = 0;
};

// A kNN graph's edges in both directions, in rows (t-SNE's symmetric affinities, UMAP's fuzzy union): every edge
// i -> j, the m-th neighbour of i, goes into row i as makeEntry(i, m, true) and into row j as makeEntry(i, m, false),
// in that fixed order; each row is then sorted by column and entries of one column merged, merge(into, from). Row i
// is entries[rowStart[i] .. rowStart[i] + kept[i]).
template <typename Entry>
struct BothDirections {
    std::vector<int64_t> rowStart;
    std::vector<Entry> entries;
    std::vector<int64_t> kept;
};
template <typename Entry, typename MakeEntry, typename Merge>
BothDirections<Entry> bothDirections(const KnnGraph& graph, int threads, MakeEntry makeEntry, Merge merge) {
    const int64_t n = graph.points;
    const int k = graph.k;
    BothDirections<Entry> rows;
    rows.rowStart.assign(static_cast<size_t>(n + 1), 0);
    for (int64_t i = 0; i < n; ++i)
        for (int m = 0; m < k; ++m) {
            ++rows.rowStart[static_cast<size_t>(i + 1)];
            ++rows.rowStart[static_cast<size_t>(graph.indices[static_cast<size_t>(i * k + m)]) + 1];
        }
    for (int64_t i = 0; i < n; ++i) rows.rowStart[static_cast<size_t>(i + 1)] += rows.rowStart[static_cast<size_t>(i)];
    rows.entries.resize(static_cast<size_t>(rows.rowStart.back()));
    std::vector<int64_t> fill(rows.rowStart.begin(), rows.rowStart.end() - 1);
    for (int64_t i = 0; i < n; ++i)
        for (int m = 0; m < k; ++m) {
            const int32_t j = graph.indices[static_cast<size_t>(i * k + m)];
            rows.entries[static_cast<size_t>(fill[static_cast<size_t>(i)]++)] = makeEntry(i, m, true);
            rows.entries[static_cast<size_t>(fill[static_cast<size_t>(j)]++)] = makeEntry(i, m, false);
        }
    rows.kept.assign(static_cast<size_t>(n), 0);
#pragma omp parallel for schedule(dynamic, 256) num_threads(threads)
    for (int64_t i = 0; i < n; ++i) {
        auto begin = rows.entries.begin() + rows.rowStart[static_cast<size_t>(i)];
        auto end = rows.entries.begin() + rows.rowStart[static_cast<size_t>(i + 1)];
        std::sort(begin, end, [](const Entry& a, const Entry& b) { return a.column < b.column; });
        auto out = begin;
        for (auto it = begin; it != end; ++it) {
            if (out != begin && (out - 1)->column == it->column)
                merge(*(out - 1), *it);
            else
                *out++ = *it;
        }
        rows.kept[static_cast<size_t>(i)] = out - begin;
    }
    return rows;
}

// A stretch of a job's progress: fractions 0..1 of one phase land in [from, to], its stage texts get a prefix.
struct ProgressSpan {
    double from = 0.0, to = 1.0;
    std::string prefix;
    void report(JobControl* control, double fraction, const std::string& stage) const {
        if (control) control->setProgress(from + (to - from) * fraction, prefix + stage);
    }
};

// Exact neighbours of the rows `queries` of `data` among all rows of `data` (blocked matrix products for high
// dimensions, direct differences for low ones). The products run in AVX2 and FMA where the CPU has them;
// `baselineKernel` takes the baseline x86-64 kernel anyway (for tests).
KnnGraph exactKnn(const FloatMatrix& data, const std::vector<int64_t>& queries, int k, int threads, JobControl* control,
                  bool baselineKernel = false);
// Approximate neighbours from hnswlib graphs built single-threaded (hence deterministic) on fixed partitions.
KnnGraph approximateKnn(const FloatMatrix& data, int k, uint64_t seed, int threads, JobControl* control);
// Approximate neighbours of every row of `queries` among the rows of `base` (indices into `base`; a query is not
// excluded from its own neighbours, since it is not one of them), from the same fixed hnswlib partitions of `base`.
KnnGraph approximateKnnAmong(const FloatMatrix& base, const FloatMatrix& queries, int k, uint64_t seed, int threads,
                             JobControl* control, const ProgressSpan& span);
// Whether LibTorch has a CUDA device for the neighbour search (knn_cuda.cpp).
bool cudaNeighbourSearchAvailable();
// The `capacity` nearest rows of every row by float32 distances (the row itself excluded, in no particular order;
// points x capacity indices), from blocked matrix products and a chunked top-k through LibTorch, on the GPU
// (`cuda`; EngineError without a CUDA device) or the CPU (for tests). A block of distances holds at most
// `blockValues` floats (2 GiB in the GPU search); rows longer than 4 `chunk`s are selected chunk by chunk first.
std::vector<int32_t> neighbourCandidatesOn(bool cuda, const FloatMatrix& data, int capacity, JobControl* control,
                                           int64_t blockValues = int64_t{1} << 28, int64_t chunk = 2048);
// On the GPU by options.neighbourDevice (always exact there); otherwise exact or approximate by
// options.exactNeighboursUpTo. The graph says which path it took.
KnnGraph neighbourGraph(const FloatMatrix& data, int k, const EmbeddingOptions& options, int threads,
                        JobControl* control);

// Scales `coordinates` so that the standard deviation of its first column is `targetSd`.
void scaleToStandardDeviation(FloatMatrix& coordinates, double targetSd);
// The first `dims` principal components as starting coordinates (columns beyond the data's own dimension are 0).
FloatMatrix pcaInitialisation(const FloatMatrix& points, int dims, const EmbeddingOptions& options);

// t-SNE repulsion for positions `y` (n x dims, row-major): writes the unnormalised forces
// sum_j q_ij^2 (y_i - y_j) with q_ij = 1 / (1 + |y_i - y_j|^2) into `forces`, returns Z = sum_{i != j} q_ij.
double barnesHutRepulsion(const std::vector<double>& y, int dims, double theta, std::vector<double>& forces,
                          int threads);

EmbeddingResult runPca(const FloatMatrix& points, const EmbeddingOptions& options);
EmbeddingResult runTsne(const FloatMatrix& points, const EmbeddingOptions& options, int threads, JobControl* control,
                        const EmbeddingProgress& onProgress);
// UMAP's membership strengths of a kNN graph's edges, exp(-(d - rho_i) / sigma_i), each row summing to
// log2(neighbours) (fuzzy_graph.cpp).
std::vector<float> memberships(const KnnGraph& graph, int neighbours, int threads);
// UMAP's graph in compressed rows: for point i, columns[rowStart[i] .. rowStart[i + 1]) with their weights.
struct FuzzyGraph {
    std::vector<int64_t> rowStart;
    std::vector<int32_t> columns;
    std::vector<float> weights;
};
// The fuzzy union w = a + b - ab of the directed memberships `strength` (fuzzy_graph.cpp); edges too weak to be
// sampled once in `epochs` are left out.
FuzzyGraph fuzzyUnion(const KnnGraph& graph, const std::vector<float>& strength, int epochs, int threads);

EmbeddingResult runUmap(const FloatMatrix& points, const EmbeddingOptions& options, int threads, JobControl* control,
                        const EmbeddingProgress& onProgress, const ProgressSpan& span = {0.0, 1.0, "UMAP: "});
// UMAP of more than options.landmarksAbove points: a layout of options.landmarks of them, the others placed around
// it (umap_landmarks.cpp).
EmbeddingResult runUmapWithLandmarks(const FloatMatrix& points, const EmbeddingOptions& options, int threads,
                                     JobControl* control, const EmbeddingProgress& onProgress);

}  // namespace attnscope::embedding
