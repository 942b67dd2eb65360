// k-nearest-neighbour graphs for t-SNE, UMAP and the quality score. Exact search uses blocked matrix products
// (||x||² + ||y||² - 2 x·y, blocked for the caches) and re-ranks the survivors with exact distances; large inputs
// use hnswlib, built single-threaded per fixed partition so the graph does not depend on thread timing.
#include <omp.h>

#include <hnswlib/hnswlib.h>
#include <algorithm>
#include <chrono>
#include <cstring>
#include <memory>

#include "attnscope/error.h"
#include "attnscope/job.h"
#include "embedding_internal.h"
#include "simd_vectors.h"

namespace attnscope::embedding {

namespace {

using Candidate = std::pair<float, int32_t>;  // (squared distance, index); ordered by distance, then index

double exactSquaredDistance(const float* a, const float* b, int64_t dims) {
    double sum = 0.0;
    for (int64_t c = 0; c < dims; ++c) {
        const double d = static_cast<double>(a[c]) - b[c];
        sum += d * d;
    }
    return sum;
}

// Keeps the `capacity` best candidates in a max-heap; most candidates are rejected by one comparison.
inline void offer(std::vector<Candidate>& heap, size_t capacity, Candidate candidate) {
    if (heap.size() < capacity) {
        heap.push_back(candidate);
        std::push_heap(heap.begin(), heap.end());
    } else if (candidate < heap.front()) {
        std::pop_heap(heap.begin(), heap.end());
        heap.back() = candidate;
        std::push_heap(heap.begin(), heap.end());
    }
}

// Re-ranks candidates (rows of `data`) by exact (double) distances to `query` and stores the best k of them in row
// `slot` of `graph`.
void storeNeighbours(const float* query, const FloatMatrix& data, std::vector<Candidate>& heap, KnnGraph& graph,
                     int64_t slot) {
    std::vector<std::pair<double, int32_t>> exact;
    exact.reserve(heap.size());
    for (const auto& [approximate, index] : heap)
        exact.emplace_back(exactSquaredDistance(query, data.row(index), data.cols), index);
    std::sort(exact.begin(), exact.end());
    for (int n = 0; n < graph.k; ++n) {
        graph.indices[static_cast<size_t>(slot * graph.k + n)] = exact[static_cast<size_t>(n)].second;
        graph.distances[static_cast<size_t>(slot * graph.k + n)] =
            static_cast<float>(std::sqrt(exact[static_cast<size_t>(n)].first));
    }
}

constexpr int64_t kQueryBlock = 32;  // a multiple of kKernelRows
constexpr int64_t kDataTile = 256;
constexpr int64_t kKernelRows = 4;

// The data in tiles of kDataTile points, each tile transposed (dimension by dimension, kDataTile values each, zeros
// past the last point), so that the products below read a vector of consecutive points' values of one dimension at
// once.
std::vector<float> transposedTiles(const FloatMatrix& data, int threads) {
    const int64_t n = data.rows, dims = data.cols;
    const int64_t tiles = (n + kDataTile - 1) / kDataTile;
    std::vector<float> packed(static_cast<size_t>(tiles * dims * kDataTile), 0.0f);
#pragma omp parallel for schedule(static) num_threads(threads)
    for (int64_t tile = 0; tile < tiles; ++tile) {
        float* out = packed.data() + tile * dims * kDataTile;
        for (int64_t j = 0; j < kDataTile && tile * kDataTile + j < n; ++j) {
            const float* row = data.row(tile * kDataTile + j);
            for (int64_t c = 0; c < dims; ++c) out[c * kDataTile + j] = row[c];
        }
    }
    return packed;
}

// out[q * kDataTile + j] = queries[q] · point j of a transposed tile, for `count` (a multiple of kKernelRows) queries
// and every kDataTile points. Each step of the inner loop broadcasts one value of four queries and multiplies it with
// two vectors of consecutive points' values: eight products per two loads, no horizontal sums (the register blocking
// of GEMM kernels). `Vector` is as wide as the CPU's registers, so that the eight sums stay in registers.
template <typename Vector>
__attribute__((always_inline)) inline void dotsKernel(const float* queries, int64_t count, const float* tile,
                                                      int64_t dims, float* out) {
    constexpr int64_t lanes = sizeof(Vector) / sizeof(float);
    static_assert(kDataTile % (2 * lanes) == 0);
    for (int64_t q = 0; q < count; q += kKernelRows) {
        const float* x = queries + q * dims;
        for (int64_t j = 0; j < kDataTile; j += 2 * lanes) {
            Vector sum[kKernelRows][2] = {};
            const float* column = tile + j;
            for (int64_t c = 0; c < dims; ++c) {
                Vector low, high;
                std::memcpy(&low, column + c * kDataTile, sizeof low);
                std::memcpy(&high, column + c * kDataTile + lanes, sizeof high);
#pragma GCC unroll 4
                for (int64_t r = 0; r < kKernelRows; ++r) {
                    const float value = x[r * dims + c];
                    sum[r][0] += value * low;
                    sum[r][1] += value * high;
                }
            }
#pragma GCC unroll 4
            for (int64_t r = 0; r < kKernelRows; ++r) {
                std::memcpy(out + (q + r) * kDataTile + j, &sum[r][0], sizeof sum[r][0]);
                std::memcpy(out + (q + r) * kDataTile + j + lanes, &sum[r][1], sizeof sum[r][1]);
            }
        }
    }
}

// The kernel compiled twice: for CPUs with AVX2 and FMA (the build targets baseline x86-64) and for any other.
// Candidates are re-ranked with exact distances afterwards, so the two roundings do not reach the result.
__attribute__((target("avx2,fma"))) void dotsWithFma(const float* queries, int64_t count, const float* tile,
                                                     int64_t dims, float* out) {
    dotsKernel<Floats8>(queries, count, tile, dims, out);
}
void dotsBaseline(const float* queries, int64_t count, const float* tile, int64_t dims, float* out) {
    dotsKernel<Floats4>(queries, count, tile, dims, out);
}
using DotsFunction = void (*)(const float*, int64_t, const float*, int64_t, float*);
DotsFunction blockDots(bool baseline) {
    static const bool fma = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return fma && !baseline ? dotsWithFma : dotsBaseline;
}

void checkK(const FloatMatrix& data, int k, const char* where) {
    if (k < 1 || k >= data.rows)
        throw EngineError(
            "needs 1 <= k < points, got k = " + std::to_string(k) + " for " + std::to_string(data.rows) + " points",
            where);
}

}  // namespace

KnnGraph exactKnn(const FloatMatrix& data, const std::vector<int64_t>& queries, int k, int threads, JobControl* control,
                  bool baselineKernel) {
    checkK(data, k, "exact neighbour search");
    KnnGraph graph;
    graph.points = static_cast<int64_t>(queries.size());
    graph.k = k;
    graph.indices.resize(queries.size() * static_cast<size_t>(k));
    graph.distances.resize(queries.size() * static_cast<size_t>(k));
    const int64_t n = data.rows;
    const int64_t dims = data.cols;
    const int64_t queryCount = graph.points;
    // A few spare candidates absorb the rounding of the matrix-product distances before the exact re-ranking.
    const size_t capacity = static_cast<size_t>(std::min<int64_t>(k + 4, n - 1));

    if (dims <= 8) {  // embeddings: direct differences are cheaper than a product and exact
#pragma omp parallel for schedule(dynamic, 64) num_threads(threads)
        for (int64_t q = 0; q < queryCount; ++q) {
            std::vector<Candidate> heap;
            heap.reserve(capacity + 1);
            const float* x = data.row(queries[static_cast<size_t>(q)]);
            for (int64_t j = 0; j < n; ++j) {
                if (j == queries[static_cast<size_t>(q)]) continue;
                const float* y = data.row(j);
                float sum = 0.0f;
                for (int64_t c = 0; c < dims; ++c) sum += (x[c] - y[c]) * (x[c] - y[c]);
                offer(heap, capacity, {sum, static_cast<int32_t>(j)});
            }
            storeNeighbours(data.row(queries[static_cast<size_t>(q)]), data, heap, graph, q);
        }
        return graph;
    }

    std::vector<float> norms(static_cast<size_t>(n));
    for (int64_t j = 0; j < n; ++j) {
        float sum = 0.0f;
        for (int64_t c = 0; c < dims; ++c) sum += data(j, c) * data(j, c);
        norms[static_cast<size_t>(j)] = sum;
    }
    const std::vector<float> tiles = transposedTiles(data, threads);
    // Each thread takes a block of queries through the whole data set, tile by tile: the tile stays in L1/L2 while
    // the block's queries meet it, and no query's result depends on how blocks were assigned.
    const int64_t blocks = (queryCount + kQueryBlock - 1) / kQueryBlock;
    int64_t done = 0;
#pragma omp parallel num_threads(threads)
    {
        std::vector<float> packed(static_cast<size_t>(kQueryBlock * dims), 0.0f);  // rows past `count`: ignored
        std::vector<float> products(static_cast<size_t>(kQueryBlock * kDataTile));
        const DotsFunction dots = blockDots(baselineKernel);
        std::vector<std::vector<Candidate>> heaps(kQueryBlock);
#pragma omp for schedule(dynamic, 1)
        for (int64_t block = 0; block < blocks; ++block) {
            if (control && control->cancelled()) continue;
            const int64_t first = block * kQueryBlock;
            const int64_t count = std::min(kQueryBlock, queryCount - first);
            for (int64_t q = 0; q < count; ++q) {
                std::copy_n(data.row(queries[static_cast<size_t>(first + q)]), dims, packed.data() + q * dims);
                heaps[static_cast<size_t>(q)].clear();
            }
            const int64_t rows = (count + kKernelRows - 1) / kKernelRows * kKernelRows;  // whole kernel groups
            for (int64_t tile = 0; tile < n; tile += kDataTile) {
                const int64_t width = std::min(kDataTile, n - tile);
                dots(packed.data(), rows, tiles.data() + tile * dims, dims, products.data());
                for (int64_t q = 0; q < count; ++q) {
                    const int64_t self = queries[static_cast<size_t>(first + q)];
                    const float selfNorm = norms[static_cast<size_t>(self)];
                    auto& heap = heaps[static_cast<size_t>(q)];
                    const float* dot = products.data() + q * kDataTile;
                    for (int64_t j = 0; j < width; ++j) {
                        const float distance = selfNorm + norms[static_cast<size_t>(tile + j)] - 2.0f * dot[j];
                        if (heap.size() == capacity && distance > heap.front().first) continue;
                        if (tile + j != self) offer(heap, capacity, {distance, static_cast<int32_t>(tile + j)});
                    }
                }
            }
            for (int64_t q = 0; q < count; ++q)
                storeNeighbours(data.row(queries[static_cast<size_t>(first + q)]), data, heaps[static_cast<size_t>(q)],
                                graph, first + q);
            if (control && omp_get_thread_num() == 0) {
                int64_t finished;
#pragma omp atomic read
                finished = done;
                control->setProgress(static_cast<double>(finished) / static_cast<double>(blocks));
            }
#pragma omp atomic
            ++done;
        }
    }
    if (control) control->throwIfCancelled();
    return graph;
}

namespace {

using Partitions = std::vector<std::unique_ptr<hnswlib::HierarchicalNSW<float>>>;

// hnswlib graphs over fixed partitions of `data`'s rows, each built by one thread. Partitions depend only on the
// row count, so the graphs are the same for any thread count.
Partitions buildPartitions(const FloatMatrix& data, hnswlib::L2Space& space, int k, uint64_t seed, int threads) {
    constexpr int64_t kPartitionSize = 50000;
    const int64_t n = data.rows;
    const int64_t partitions = (n + kPartitionSize - 1) / kPartitionSize;
    const int64_t partitionSize = (n + partitions - 1) / partitions;
    Partitions indexes(static_cast<size_t>(partitions));
    const size_t ef = static_cast<size_t>(std::max(k + 2, 32));
#pragma omp parallel for schedule(dynamic, 1) num_threads(threads)
    for (int64_t p = 0; p < partitions; ++p) {
        const int64_t begin = p * partitionSize;
        const int64_t end = std::min(n, begin + partitionSize);
        auto index = std::make_unique<hnswlib::HierarchicalNSW<float>>(&space, static_cast<size_t>(end - begin), 16,
                                                                       100, mixSeeds(seed, 0x6e6e, p) % 1000003);
        for (int64_t i = begin; i < end; ++i) index->addPoint(data.row(i), static_cast<size_t>(i));
        index->setEf(ef);
        indexes[static_cast<size_t>(p)] = std::move(index);
    }
    return indexes;
}

// The k nearest rows of `base` to each row of `queries`, searched in every partition and re-ranked exactly. With
// `excludeSelf`, `queries` is `base` and a row is not its own neighbour.
KnnGraph searchPartitions(const Partitions& indexes, const FloatMatrix& base, const FloatMatrix& queries, int k,
                          bool excludeSelf, int threads, JobControl* control, const ProgressSpan& span) {
    KnnGraph graph;
    graph.points = queries.rows;
    graph.k = k;
    graph.indices.resize(static_cast<size_t>(queries.rows * k));
    graph.distances.resize(static_cast<size_t>(queries.rows * k));
    const size_t wanted = static_cast<size_t>(excludeSelf ? k + 1 : k);
    const int64_t blocks = (queries.rows + 255) / 256;
    int64_t done = 0;
#pragma omp parallel for schedule(dynamic, 1) num_threads(threads)
    for (int64_t block = 0; block < blocks; ++block) {
        if (control && control->cancelled()) continue;
        std::vector<Candidate> heap;
        for (int64_t i = block * 256; i < std::min(queries.rows, (block + 1) * 256); ++i) {
            heap.clear();
            for (const auto& index : indexes) {
                auto found = index->searchKnn(queries.row(i), wanted);
                for (; !found.empty(); found.pop()) {
                    const auto [distance, label] = found.top();
                    if (!excludeSelf || static_cast<int64_t>(label) != i)
                        heap.emplace_back(distance, static_cast<int32_t>(label));
                }
            }
            std::sort(heap.begin(), heap.end());
            heap.resize(static_cast<size_t>(k));
            storeNeighbours(queries.row(i), base, heap, graph, i);
        }
        if (control) {
            int64_t finished;
#pragma omp atomic capture
            finished = ++done;
            if (omp_get_thread_num() == 0)
                span.report(control, static_cast<double>(finished) / static_cast<double>(blocks), "");
        }
    }
    if (control) control->throwIfCancelled();
    return graph;
}

}  // namespace

KnnGraph approximateKnn(const FloatMatrix& data, int k, uint64_t seed, int threads, JobControl* control) {
    checkK(data, k, "approximate neighbour search");
    hnswlib::L2Space space(static_cast<size_t>(data.cols));
    const Partitions indexes = buildPartitions(data, space, k, seed, threads);
    if (control) control->throwIfCancelled();
    return searchPartitions(indexes, data, data, k, /*excludeSelf=*/true, threads, control, {});
}

KnnGraph approximateKnnAmong(const FloatMatrix& base, const FloatMatrix& queries, int k, uint64_t seed, int threads,
                             JobControl* control, const ProgressSpan& span) {
    if (k < 1 || k > base.rows || queries.cols != base.cols)
        throw EngineError("needs 1 <= k <= base points and queries of the base's dimension, got k = " +
                              std::to_string(k) + " for " + std::to_string(base.rows) + " x " +
                              std::to_string(base.cols) + " and queries of " + std::to_string(queries.cols),
                          "approximate neighbour search");
    hnswlib::L2Space space(static_cast<size_t>(base.cols));
    const Partitions indexes = buildPartitions(base, space, k, seed, threads);
    if (control) control->throwIfCancelled();
    return searchPartitions(indexes, base, queries, k, /*excludeSelf=*/false, threads, control, span);
}

namespace {

// Exact neighbours from the GPU's candidates, re-ranked on the CPU with exact distances.
KnnGraph cudaExactKnn(const FloatMatrix& data, int k, int threads, JobControl* control) {
    checkK(data, k, "exact neighbour search on cuda");
    const int capacity = static_cast<int>(std::min<int64_t>(k + 4, data.rows - 1));
    const auto candidates = neighbourCandidatesOn(true, data, capacity, control, int64_t{1} << 29);
    KnnGraph graph;
    graph.points = data.rows;
    graph.k = k;
    graph.indices.resize(static_cast<size_t>(data.rows * k));
    graph.distances.resize(static_cast<size_t>(data.rows * k));
#pragma omp parallel for schedule(dynamic, 256) num_threads(threads)
    for (int64_t i = 0; i < data.rows; ++i) {
        std::vector<Candidate> heap(static_cast<size_t>(capacity));
        for (int c = 0; c < capacity; ++c)
            heap[static_cast<size_t>(c)] = {0.0f, candidates[static_cast<size_t>(i * capacity + c)]};
        storeNeighbours(data.row(i), data, heap, graph, i);
    }
    return graph;
}

}  // namespace

KnnGraph neighbourGraph(const FloatMatrix& data, int k, const EmbeddingOptions& options, int threads,
                        JobControl* control) {
    const auto started = std::chrono::steady_clock::now();
    KnnGraph graph;
    if (options.neighbourDevice == NeighbourDevice::Cuda ||
        (options.neighbourDevice == NeighbourDevice::Automatic && cudaNeighbourSearchAvailable())) {
        graph = cudaExactKnn(data, k, threads, control);
        graph.method = "exact, cuda (blocked products)";
    } else if (data.rows <= options.exactNeighboursUpTo) {
        std::vector<int64_t> all(static_cast<size_t>(data.rows));
        for (int64_t i = 0; i < data.rows; ++i) all[static_cast<size_t>(i)] = i;
        graph = exactKnn(data, all, k, threads, control);
        graph.method = "exact, cpu (blocked products)";
    } else {
        graph = approximateKnn(data, k, options.seed, threads, control);
        graph.method = "approximate, cpu (hnswlib)";
    }
    graph.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return graph;
}

}  // namespace attnscope::embedding
