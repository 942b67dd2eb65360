// UMAP (McInnes, Healy, Melville 2018): a fuzzy simplicial set on the kNN graph, laid out by SGD with negative
// sampling. The reference implementation moves both ends of an edge at once and reads every position as it is at
// that moment, racing between threads (Hogwild). Here the points are cut into fixed blocks of neighbouring points (a
// Morton order of the starting layout); within its block a thread works as the reference does, live, and a
// neighbour in another block is read as it was when the round began (an epoch has one or more rounds, each a slice
// of every block) and receives its share of the move at the round's end, summed in fixed point so that the order of
// the additions does not matter. Negative samples come from a generator seeded by (seed, epoch, point). Blocks and
// rounds do not depend on the thread count, so a seed gives the same layout for any number of threads.
#include <omp.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include "attnscope/error.h"
#include "attnscope/job.h"
#include "embedding_internal.h"
#include "umap_kernels.h"

namespace attnscope::embedding {

namespace {

// Each column of the starting layout spans [0, 10], as umap-learn scales its initialisation.
void scaleColumnsToTen(FloatMatrix& coordinates) {
    for (int64_t c = 0; c < coordinates.cols; ++c) {
        float low = HUGE_VALF, high = -HUGE_VALF;
        for (int64_t i = 0; i < coordinates.rows; ++i) {
            low = std::min(low, coordinates(i, c));
            high = std::max(high, coordinates(i, c));
        }
        const float scale = high > low ? 10.0f / (high - low) : 0.0f;
        for (int64_t i = 0; i < coordinates.rows; ++i) coordinates(i, c) = (coordinates(i, c) - low) * scale;
    }
}

// Points per block. A thread works live within a block; the larger the block, the more edges stay inside it (a
// Morton order keeps neighbours together), the fewer blocks there are to share between threads.
constexpr int64_t kBlockPoints = 4096;
// Negative samples drawn ahead of the work (sgdBlock), whose positions are prefetched where the layout and its
// snapshot together pass kPrefetchAboveBytes: a cache miss per sample at 100 000 points (SGD 13.6 -> 10.5 s on qk),
// only extra instructions at 20 000 (1.9 -> 2.1 s), whose 320 KB stay in a core's L2 cache.
constexpr size_t kPlannedDraws = 32;
constexpr int64_t kPrefetchAboveBytes = int64_t{1} << 20;

// Bits 0, 1, 2... of a 21-bit `value` moved to bits 0, `stride`, 2 `stride`... (Morton interleaving; 21 bits of
// each of three dimensions fill 63 bits).
constexpr int kMortonBits = 21;
uint64_t spreadBits(uint64_t value, int stride) {
    uint64_t spread = 0;
    for (int bit = 0; bit < kMortonBits; ++bit) spread |= ((value >> bit) & 1u) << (bit * stride);
    return spread;
}

// The points in Morton (Z-curve) order of `layout`: points near each other in the layout come near each other in the
// order, and so do most of a point's graph neighbours, since the starting layout keeps neighbourhoods together.
std::vector<int32_t> mortonOrder(const FloatMatrix& layout) {
    const int64_t n = layout.rows;
    const int dims = static_cast<int>(layout.cols);
    std::vector<float> low(static_cast<size_t>(dims), HUGE_VALF), high(static_cast<size_t>(dims), -HUGE_VALF);
    for (int64_t i = 0; i < n; ++i)
        for (int d = 0; d < dims; ++d) {
            low[static_cast<size_t>(d)] = std::min(low[static_cast<size_t>(d)], layout(i, d));
            high[static_cast<size_t>(d)] = std::max(high[static_cast<size_t>(d)], layout(i, d));
        }
    std::vector<std::pair<uint64_t, int32_t>> keyed(static_cast<size_t>(n));
    const double cells = static_cast<double>((uint64_t{1} << kMortonBits) - 1);
    for (int64_t i = 0; i < n; ++i) {
        uint64_t key = 0;
        for (int d = 0; d < dims; ++d) {
            const double span = high[static_cast<size_t>(d)] - low[static_cast<size_t>(d)];
            const double t = span > 0 ? (layout(i, d) - low[static_cast<size_t>(d)]) / span : 0.0;
            key |= spreadBits(static_cast<uint64_t>(std::clamp(t, 0.0, 1.0) * cells), dims) << d;
        }
        keyed[static_cast<size_t>(i)] = {key, static_cast<int32_t>(i)};
    }
    std::sort(keyed.begin(), keyed.end());
    std::vector<int32_t> order(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) order[static_cast<size_t>(i)] = keyed[static_cast<size_t>(i)].second;
    return order;
}

// Moves for points of other blocks, summed exactly: 2^32 units per layout unit in 64-bit integers, whose sum does
// not depend on the order of the additions (floats' would).
constexpr double kFixedPoint = 4294967296.0;
inline int64_t fixedPoint(float delta) {
    return static_cast<int64_t>(static_cast<double>(delta) * kFixedPoint);
}

// A move of a point in another block, posted by the thread that computed it and applied by the thread that renews
// that block at the round's end: no atomic operation in the SGD's loop (an atomic add there is a full memory fence,
// which stalled every cross-block edge behind its cache misses).
struct DeferredMove {
    int32_t point;
    float step[3];
};

// The state the rounds of SGD work on, shared by the blocks.
struct Sgd {
    const FuzzyGraph& graph;
    const std::vector<float>& perSample;
    std::vector<float>& nextSample;
    const std::vector<float>& perNegative;
    std::vector<float>& nextNegative;
    const std::vector<float>& negativeRate;
    FloatMatrix& current;
    const FloatMatrix& snapshot;  // other blocks' positions as the round began
    // outbox[thread * blocks + block]: moves posted by `thread` for the points of `block` during the round.
    std::vector<std::vector<DeferredMove>>& outbox;
    int64_t blocks;
    bool prefetch;  // the positions outgrow the cache: prefetch the points an edge's work will read
    uint64_t seed;
    float fa, fb, attraction, repulsion;
};

constexpr Floats8 kFirstLane = {1, 0, 0, 0, 0, 0, 0, 0};

// One round of SGD over a slice [begin, end) of one block's points (see the top of the file). Cloned for AVX2, where a
// batch of eight interactions fills one register instead of two; neither clone contracts to FMA, so both compute the
// same floats and a layout does not depend on the CPU.
__attribute__((target_clones("avx2", "default"))) void sgdBlock(Sgd& sgd, int64_t block, int64_t begin, int64_t end,
                                                                int epoch, float alpha) {
    const FuzzyGraph& laid = sgd.graph;
    FloatMatrix& current = sgd.current;
    const FloatMatrix& snapshot = sgd.snapshot;
    const int64_t n = current.rows;
    const int dims = static_cast<int>(current.cols);
    const float now = static_cast<float>(epoch);
    const float fa = sgd.fa, fb = sgd.fb, attraction = sgd.attraction, repulsion = sgd.repulsion;
    auto& nextSample = sgd.nextSample;
    auto& nextNegative = sgd.nextNegative;
    const auto& perSample = sgd.perSample;
    const auto& perNegative = sgd.perNegative;
    const auto& negativeRate = sgd.negativeRate;
    std::vector<DeferredMove>* outbox = &sgd.outbox[static_cast<size_t>(omp_get_thread_num() * sgd.blocks)];
    // A point's sampled edges are planned a few at a time before they are worked: which edges, how many negative
    // samples each, and the points drawn for them (in the order the work uses them, so the layout is the same as
    // drawing them one by one), with those points' positions prefetched. Drawn one by one, each negative sample's
    // position was a cache miss the arithmetic waited for once the layout outgrew the cache (100 000 points).
    struct PlannedEdge {
        int64_t j;
        int negatives;
    };
    std::vector<PlannedEdge> planned;
    std::vector<int64_t> draws;
    planned.reserve(kPlannedDraws);
    draws.reserve(2 * kPlannedDraws);
    const auto position = [&](int64_t point) {
        return point / kBlockPoints == block ? current.row(point) : snapshot.row(point);
    };
    for (int64_t i = begin; i < end; ++i) {
        Random random(mixSeeds(sgd.seed, static_cast<uint64_t>(epoch), static_cast<uint64_t>(i)));
        // This point's position lives in registers while its edges are worked through; no other point of
        // the block reads it meanwhile (edges move only this point and the other end).
        // (Three named registers rather than an array indexed by the dimension, which lived on the stack.)
        float yi0 = current(i, 0), yi1 = current(i, 1), yi2 = dims == 3 ? current(i, 2) : 0.0f;
        const int64_t rowEnd = laid.rowStart[static_cast<size_t>(i + 1)];
        for (int64_t e = laid.rowStart[static_cast<size_t>(i)]; e < rowEnd;) {
            planned.clear();
            draws.clear();
            for (; e < rowEnd && draws.size() < kPlannedDraws; ++e) {
                const size_t s = static_cast<size_t>(e);
                if (nextSample[s] > now) continue;
                const int64_t j = laid.columns[s];
                if (sgd.prefetch) __builtin_prefetch(position(j));
                nextSample[s] += perSample[s];
                const int negatives = static_cast<int>((now - nextNegative[s]) * negativeRate[s]);
                nextNegative[s] += static_cast<float>(negatives) * perNegative[s];
                planned.push_back({j, negatives});
                for (int q = 0; q < negatives; ++q) {
                    draws.push_back(static_cast<int64_t>(random.below(static_cast<uint64_t>(n))));
                    if (sgd.prefetch) __builtin_prefetch(position(draws.back()));
                }
            }
            size_t drawn = 0;
            for (const PlannedEdge& edge : planned) {
                const int64_t j = edge.j;
                int negatives = edge.negatives;
                const bool local = j / kBlockPoints == block;
                float* live = local ? current.row(j) : nullptr;
                const float* yj = local ? live : snapshot.row(j);
                // The edge's attraction (lane 0 of the first batch) and its negative samples (the other lanes, and
                // more batches if they do not fit) are computed in SIMD lanes from the same position and then
                // summed, where the reference moves the point after each of them in turn: one chain of dependent
                // arithmetic per batch instead of one per interaction. The steps are small and clipped, and the
                // layouts score as well (docs/benchmarks.md). Both ends of the edge move, as in the reference
                // ("move_other"): the other end at once when it is in this block, at the round's end otherwise.
                for (bool first = true; first || negatives > 0; first = false) {
                    // Lanes past `count` and the third dimension of a 2-D layout hold zeros.
                    alignas(32) float others[3][kNegativeBatch];
                    int count = 0;
                    if (first) {
                        others[0][0] = yj[0];
                        others[1][0] = yj[1];
                        others[2][0] = dims == 3 ? yj[2] : 0.0f;
                        count = 1;
                    }
                    const int batch = std::min(kNegativeBatch - count, negatives);
                    negatives -= batch;
                    for (int q = 0; q < batch; ++q) {
                        const int64_t other = draws[drawn++];
                        if (other == i) continue;
                        const float* yk = position(other);
                        others[0][count] = yk[0];
                        others[1][count] = yk[1];
                        others[2][count] = dims == 3 ? yk[2] : 0.0f;
                        ++count;
                    }
                    for (int q = count; q < kNegativeBatch; ++q) others[0][q] = others[1][q] = others[2][q] = 0.0f;
                    Floats8 dx, dy, dz;
                    std::memcpy(&dx, others[0], sizeof dx);
                    std::memcpy(&dy, others[1], sizeof dy);
                    std::memcpy(&dz, others[2], sizeof dz);
                    dx = yi0 - dx;
                    dy = yi1 - dy;
                    dz = yi2 - dz;
                    const Floats8 coefficient = gradientCoefficients8(
                        dx * dx + dy * dy + dz * dz, first ? kFirstLane : Floats8{}, fa, fb, attraction, repulsion);
                    alignas(32) float steps[3][kNegativeBatch];
                    const Floats8 stepX = clip8(coefficient * dx) * alpha, stepY = clip8(coefficient * dy) * alpha,
                                  stepZ = clip8(coefficient * dz) * alpha;
                    std::memcpy(steps[0], &stepX, sizeof stepX);
                    std::memcpy(steps[1], &stepY, sizeof stepY);
                    std::memcpy(steps[2], &stepZ, sizeof stepZ);
                    if (first && local)
                        for (int d = 0; d < dims; ++d) live[d] -= steps[d][0];
                    else if (first)
                        outbox[j / kBlockPoints].push_back(
                            {static_cast<int32_t>(j), {steps[0][0], steps[1][0], dims == 3 ? steps[2][0] : 0.0f}});
                    for (int q = 0; q < count; ++q) {
                        yi0 += steps[0][q];
                        yi1 += steps[1][q];
                        if (dims == 3) yi2 += steps[2][q];
                    }
                }
            }
        }
        current(i, 0) = yi0;
        current(i, 1) = yi1;
        if (dims == 3) current(i, 2) = yi2;
    }
}

}  // namespace

}  // namespace attnscope::embedding

namespace attnscope {

// Fits 1 / (1 + a x^2b) to the target curve: 1 up to minDist, exp(-(x - minDist) / spread) after, on [0, 3 spread]
// (Levenberg-Marquardt on the least-squares error at 300 points, as umap-learn's curve_fit does).
std::pair<double, double> umapCurveParameters(double minDist, double spread) {
    constexpr int kSamples = 300;
    std::vector<double> x(kSamples), target(kSamples);
    for (int s = 0; s < kSamples; ++s) {
        x[static_cast<size_t>(s)] = 3.0 * spread * s / (kSamples - 1);
        target[static_cast<size_t>(s)] =
            x[static_cast<size_t>(s)] < minDist ? 1.0 : std::exp(-(x[static_cast<size_t>(s)] - minDist) / spread);
    }
    const auto error = [&](double a, double b) {
        double sum = 0.0;
        for (int s = 0; s < kSamples; ++s) {
            const double r =
                1.0 / (1.0 + a * std::pow(x[static_cast<size_t>(s)], 2 * b)) - target[static_cast<size_t>(s)];
            sum += r * r;
        }
        return sum;
    };
    double a = 1.0, b = 1.0, lambda = 1e-3, current = error(a, b);
    for (int iteration = 0; iteration < 500 && lambda < 1e12; ++iteration) {
        double jaa = 0, jab = 0, jbb = 0, ga = 0, gb = 0;
        for (int s = 1; s < kSamples; ++s) {
            const double xs = x[static_cast<size_t>(s)];
            const double power = std::pow(xs, 2 * b);
            const double g = 1.0 / (1.0 + a * power);
            const double r = g - target[static_cast<size_t>(s)];
            const double da = -power * g * g;
            const double db = -a * power * 2.0 * std::log(xs) * g * g;
            jaa += da * da, jab += da * db, jbb += db * db, ga += da * r, gb += db * r;
        }
        const double maa = jaa * (1 + lambda), mbb = jbb * (1 + lambda);
        const double determinant = maa * mbb - jab * jab;
        const double stepA = -(mbb * ga - jab * gb) / determinant;
        const double stepB = -(maa * gb - jab * ga) / determinant;
        const double candidate = error(a + stepA, b + stepB);
        if (candidate < current) {
            a += stepA, b += stepB, lambda /= 10;
            const bool converged = current - candidate < 1e-15 * (1 + current);
            current = candidate;
            if (converged) break;
        } else {
            lambda *= 10;
        }
    }
    return {a, b};
}

}  // namespace attnscope

namespace attnscope::embedding {

EmbeddingResult runUmap(const FloatMatrix& points, const EmbeddingOptions& options, int threads, JobControl* control,
                        const EmbeddingProgress& onProgress, const ProgressSpan& span) {
    const int64_t n = points.rows;
    const int dims = options.dims;
    if (options.neighbours < 2) throw EngineError("neighbours must be at least 2", "UMAP");
    if (options.minDist < 0 || options.spread <= 0 || options.minDist > options.spread)
        throw EngineError("needs 0 <= min_dist <= spread, spread > 0", "UMAP");
    const int k = static_cast<int>(std::min<int64_t>(n - 1, options.neighbours - 1));
    const int epochs = options.iterations > 0 ? options.iterations : (n <= 10000 ? 500 : 200);

    span.report(control, 0.0, "nearest neighbours");
    const KnnGraph graph = neighbourGraph(points, k, options, threads, nullptr);
    if (control) {
        control->throwIfCancelled();
        span.report(control, 0.2, "fuzzy graph");
    }
    FuzzyGraph fuzzy = fuzzyUnion(graph, memberships(graph, options.neighbours, threads), epochs, threads);
    const auto [a, b] = umapCurveParameters(options.minDist, options.spread);
    const float fa = static_cast<float>(a), fb = static_cast<float>(b);

    FloatMatrix current = pcaInitialisation(points, dims, options);
    scaleColumnsToTen(current);
    Random noise(mixSeeds(options.seed, 0x0a1a));
    for (auto& value : current.values) value += static_cast<float>(1e-4 * noise.gaussian());

    // Blocks of neighbouring points (see the top of the file). The points are renumbered in that order, graph and
    // layout alike, so that each block's points, edges and schedules lie together in memory and are read in sequence.
    const std::vector<int32_t> order = mortonOrder(current);
    std::vector<int32_t> position(static_cast<size_t>(n));
    for (int64_t p = 0; p < n; ++p)
        position[static_cast<size_t>(order[static_cast<size_t>(p)])] = static_cast<int32_t>(p);
    FuzzyGraph laid;
    laid.rowStart.reserve(fuzzy.rowStart.size());
    laid.columns.reserve(fuzzy.columns.size());
    laid.weights.reserve(fuzzy.weights.size());
    laid.rowStart.push_back(0);
    FloatMatrix ordered(n, dims);
    for (int64_t p = 0; p < n; ++p) {
        const int64_t i = order[static_cast<size_t>(p)];
        for (int d = 0; d < dims; ++d) ordered(p, d) = current(i, d);
        for (int64_t e = fuzzy.rowStart[static_cast<size_t>(i)]; e < fuzzy.rowStart[static_cast<size_t>(i + 1)]; ++e) {
            laid.columns.push_back(position[static_cast<size_t>(fuzzy.columns[static_cast<size_t>(e)])]);
            laid.weights.push_back(fuzzy.weights[static_cast<size_t>(e)]);
        }
        laid.rowStart.push_back(static_cast<int64_t>(laid.columns.size()));
    }
    current = std::move(ordered);
    fuzzy = FuzzyGraph();  // the renumbered copy replaces it
    const auto inOriginalOrder = [&](const FloatMatrix& layout) {
        FloatMatrix original(n, dims);
        for (int64_t p = 0; p < n; ++p)
            for (int d = 0; d < dims; ++d) original(order[static_cast<size_t>(p)], d) = layout(p, d);
        return original;
    };
    const int64_t blocks = (n + kBlockPoints - 1) / kBlockPoints;
    std::vector<int64_t> deferred(static_cast<size_t>(n * dims), 0);

    // Edge schedules: an edge of weight w is sampled every max_w / w epochs, with negativeSamples negatives each.
    float largest = 0.0f;
    for (float w : laid.weights) largest = std::max(largest, w);
    const size_t edges = laid.weights.size();
    std::vector<float> perSample(edges), nextSample(edges), perNegative(edges), nextNegative(edges),
        negativeRate(edges);
    for (size_t e = 0; e < edges; ++e) {
        perSample[e] = largest / laid.weights[e];
        nextSample[e] = perSample[e];
        perNegative[e] = perSample[e] / static_cast<float>(options.negativeSamples);
        nextNegative[e] = perNegative[e];
        negativeRate[e] = 1.0f / perNegative[e];
    }
    std::vector<float>().swap(laid.weights);  // the schedules hold what the SGD needs of them
    const float attraction = -2.0f * fa * fb;
    const float repulsion = 2.0f * fb;

    FloatMatrix snapshot = current;
    std::vector<std::vector<DeferredMove>> outbox(static_cast<size_t>(threads * blocks));
    Sgd sgd{laid,
            perSample,
            nextSample,
            perNegative,
            nextNegative,
            negativeRate,
            current,
            snapshot,
            outbox,
            blocks,
            2 * n * dims * static_cast<int64_t>(sizeof(float)) > kPrefetchAboveBytes,
            options.seed,
            fa,
            fb,
            attraction,
            repulsion};
    // Rounds per epoch: each block works through its points in this many slices, and after each slice the moves
    // deferred to other blocks are applied and the snapshot renewed, so that edges between blocks read positions at
    // most 1/rounds of an epoch old. More blocks mean more such edges; the count depends only on the points.
    const int rounds = static_cast<int>(std::clamp<int64_t>((blocks + 1) / 2, 1, 16));
    for (int epoch = 0; epoch < epochs; ++epoch) {
        if (control) control->throwIfCancelled();
        const float alpha = 1.0f - static_cast<float>(epoch) / static_cast<float>(epochs);
#pragma omp parallel num_threads(threads)
        for (int round = 0; round < rounds; ++round) {
#pragma omp for schedule(dynamic, 1)
            for (int64_t block = 0; block < blocks; ++block) {
                const int64_t start = block * kBlockPoints, size = std::min(n - start, kBlockPoints);
                sgdBlock(sgd, block, start + size * round / rounds, start + size * (round + 1) / rounds, epoch, alpha);
            }
            // Each block's moves from other blocks, exact sums in any order; then the snapshot the next round reads.
#pragma omp for schedule(static)
            for (int64_t block = 0; block < blocks; ++block) {
                for (int t = 0; t < threads; ++t) {
                    auto& moves = outbox[static_cast<size_t>(t * blocks + block)];
                    for (const DeferredMove& move : moves)
                        for (int d = 0; d < dims; ++d)
                            deferred[static_cast<size_t>(move.point * dims + d)] += fixedPoint(-move.step[d]);
                    moves.clear();
                }
                const int64_t first = block * kBlockPoints * dims,
                              last = std::min(n, (block + 1) * kBlockPoints) * dims;
                for (int64_t v = first; v < last; ++v) {
                    const size_t slot = static_cast<size_t>(v);
                    if (deferred[slot] != 0) {
                        current.values[slot] += static_cast<float>(static_cast<double>(deferred[slot]) / kFixedPoint);
                        deferred[slot] = 0;
                    }
                    snapshot.values[slot] = current.values[slot];
                }
            }
        }
        span.report(control, 0.2 + 0.8 * (epoch + 1) / epochs, "optimising");
        if (onProgress && options.progressEvery > 0 && (epoch + 1) % options.progressEvery == 0 && epoch + 1 < epochs)
            onProgress(inOriginalOrder(current), epoch + 1);
    }
    EmbeddingResult result;
    result.coordinates = inOriginalOrder(current);
    result.iterations = epochs;
    result.neighbourSearch = graph.method;
    result.neighbourSeconds = graph.seconds;
    return result;
}

}  // namespace attnscope::embedding
