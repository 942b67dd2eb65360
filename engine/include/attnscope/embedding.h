// Low-dimensional embeddings of vectors (PCA, t-SNE, UMAP) for the query-key view, their kNN-preservation score,
// and the joint query-key normalisation of AttentionViz. Deterministic for a seed; see docs/embedding.md.
#pragma once

#include "attnscope/engine_export.h"

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "attnscope/arrays.h"

namespace attnscope {

class JobControl;

enum class EmbeddingMethod { Pca, Tsne, Umap };

// "pca", "tsne" (or "t-sne"), "umap"; throws EngineError naming the text otherwise.
ATTNSCOPE_ENGINE_EXPORT EmbeddingMethod parseEmbeddingMethod(const std::string& text);
ATTNSCOPE_ENGINE_EXPORT std::string embeddingMethodName(EmbeddingMethod method);

enum class PcaSolver {
    Automatic,   // exact up to 500 dimensions, randomised above
    Exact,       // eigen-decomposition of the covariance matrix
    Randomised,  // randomised range finder with power iterations (Halko, Martinsson, Tropp 2011)
};

// Where t-SNE's and UMAP's neighbour graph is searched: Automatic takes the GPU when LibTorch has a CUDA device.
enum class NeighbourDevice { Automatic, Cpu, Cuda };
// "auto", "cpu", "cuda"; throws EngineError naming the text otherwise.
ATTNSCOPE_ENGINE_EXPORT NeighbourDevice parseNeighbourDevice(const std::string& text);

struct ATTNSCOPE_ENGINE_EXPORT EmbeddingOptions {
    EmbeddingMethod method = EmbeddingMethod::Umap;
    int dims = 2;            // 2 or 3
    uint64_t seed = 42;      // same seed, same input, same thread count -> identical coordinates
    int iterations = 0;      // 0: the method's default (t-SNE 1000; UMAP 500 up to 10k points, else 200)
    int threads = 0;         // OpenMP threads of the engine's own loops; 0: OpenMP's current setting
    int progressEvery = 50;  // iterations between calls of the progress callback

    // t-SNE
    double perplexity = 30.0;  // affinities use k = 3 * perplexity neighbours
    double earlyExaggeration = 12.0;
    int exaggerationIterations = 250;  // also when momentum goes from 0.5 to 0.8
    double learningRate = 0.0;         // 0: max(200, N / earlyExaggeration)
    double theta = 0.5;                // Barnes-Hut opening angle

    // UMAP
    int neighbours = 15;  // counts the point itself, as umap-learn and uwot do
    double minDist = 0.1;
    double spread = 1.0;
    int negativeSamples = 5;
    // Large inputs: above `landmarksAbove` points (0: never), `landmarks` of them, drawn with the seed, are laid out
    // by UMAP and every other point is then placed among its nearest landmarks and refined against them, as
    // umap-learn's transform places new points (docs/embedding.md, "A million points").
    int64_t landmarksAbove = 250000;
    int64_t landmarks = 100000;

    // PCA (also the initialisation of t-SNE and UMAP)
    PcaSolver pcaSolver = PcaSolver::Automatic;

    // Neighbour search: exact (blocked matrix products) up to this many points, hnswlib above; on a CUDA device
    // (where LibTorch has one, or when asked) always exact.
    int64_t exactNeighboursUpTo = 30000;
    NeighbourDevice neighbourDevice = NeighbourDevice::Automatic;
};

struct ATTNSCOPE_ENGINE_EXPORT EmbeddingResult {
    FloatMatrix coordinates;                     // N x dims
    std::vector<double> explainedVariance;       // PCA only: variance along each component
    std::vector<double> explainedVarianceRatio;  // PCA only: the same over the total variance
    int iterations = 0;                          // iterations (t-SNE) or epochs (UMAP) run
    std::string neighbourSearch;                 // t-SNE and UMAP: how the neighbour graph was found
    double neighbourSeconds = 0;                 // ... and how long that took
    int64_t landmarks = 0;                       // UMAP: points laid out before the others were placed (0: all)
};

// Called from the calling thread every `progressEvery` iterations with the current coordinates (N x dims).
using EmbeddingProgress = std::function<void(const FloatMatrix& partial, int iteration)>;

// Embeds the rows of `points` (N x d, N >= 2). `control` (optional) receives progress and is polled for cancel
// (CancelledError). Throws EngineError on bad options or input (NaN, too few points).
ATTNSCOPE_ENGINE_EXPORT EmbeddingResult embed(const FloatMatrix& points, const EmbeddingOptions& options,
                                              JobControl* control = nullptr, const EmbeddingProgress& onProgress = {});

// UMAP's a, b: the least-squares fit of 1 / (1 + a d^2b) to 1 for d < minDist, exp(-(d - minDist) / spread) after.
ATTNSCOPE_ENGINE_EXPORT std::pair<double, double> umapCurveParameters(double minDist, double spread);

struct ATTNSCOPE_ENGINE_EXPORT PcaResult {
    FloatMatrix projected;                       // N x components, centred data times the components
    FloatMatrix components;                      // components x d, orthonormal rows, largest |entry| positive
    std::vector<float> mean;                     // d
    std::vector<double> explainedVariance;       // per component, with the N - 1 denominator
    std::vector<double> explainedVarianceRatio;  // over the total variance of the data
};

ATTNSCOPE_ENGINE_EXPORT PcaResult principalComponents(const FloatMatrix& points, int components,
                                                      PcaSolver solver = PcaSolver::Automatic, uint64_t seed = 42);

// Mean over points of |kNN_orig(i) ∩ kNN_emb(i)| / k, each point excluded from its own neighbours, ties broken
// by index. Exact over all points up to `exactUpTo` points; above, over `sampleSize` points drawn with `seed`
// (their neighbours still searched exactly among all points).
ATTNSCOPE_ENGINE_EXPORT double knnPreservation(const FloatMatrix& original, const FloatMatrix& embedded, int k = 10,
                                               int64_t exactUpTo = 20000, int64_t sampleSize = 5000, uint64_t seed = 0);

// One head's queries and keys moved into a common space for a joint embedding, without changing any attention
// weight: queries scaled by s, keys scaled by 1/s and translated so both clouds share a centroid and a mean norm.
struct ATTNSCOPE_ENGINE_EXPORT QueryKeyNormalisation {
    FloatMatrix queries;                // q' = s q
    FloatMatrix keys;                   // k' = k / s + t
    double scale = 1.0;                 // s
    std::vector<float> keyTranslation;  // t = mean(q') - mean(k / s)
};

ATTNSCOPE_ENGINE_EXPORT QueryKeyNormalisation normaliseQueriesAndKeys(const FloatMatrix& queries,
                                                                      const FloatMatrix& keys);

// Rows of `first` then rows of `second` (same column count), e.g. normalised queries and keys for one embedding.
ATTNSCOPE_ENGINE_EXPORT FloatMatrix stackRows(const FloatMatrix& first, const FloatMatrix& second);

}  // namespace attnscope
