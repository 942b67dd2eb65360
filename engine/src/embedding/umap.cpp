// UMAP (McInnes, Healy, Melville 2018): a fuzzy simplicial set on the kNN graph, laid out by SGD with negative
// sampling. The reference implementation updates coordinates Hogwild-style, racing between threads; here each
// epoch reads the other points from a snapshot taken at its start, each point's own updates are applied in
// sequence by the one thread that owns it, and negative samples come from a generator seeded by (seed, epoch,
// point), so a seed gives the same layout for any number of threads.
#include <omp.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include "attnscope/error.h"
#include "attnscope/job.h"
#include "embedding_internal.h"

namespace attnscope::embedding {

namespace {

struct FuzzyGraph {
    std::vector<int64_t> rowStart;
    std::vector<int32_t> columns;
    std::vector<float> weights;
};

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
    std::vector<int64_t> start(static_cast<size_t>(n + 1), 0);
    for (int64_t i = 0; i < n; ++i)
        for (int m = 0; m < k; ++m) {
            ++start[static_cast<size_t>(i + 1)];
            ++start[static_cast<size_t>(graph.indices[static_cast<size_t>(i * k + m)]) + 1];
        }
    for (int64_t i = 0; i < n; ++i) start[static_cast<size_t>(i + 1)] += start[static_cast<size_t>(i)];
    std::vector<Entry> entries(static_cast<size_t>(start.back()));
    std::vector<int64_t> fill(start.begin(), start.end() - 1);
    for (int64_t i = 0; i < n; ++i)
        for (int m = 0; m < k; ++m) {
            const int32_t j = graph.indices[static_cast<size_t>(i * k + m)];
            const float w = strength[static_cast<size_t>(i * k + m)];
            entries[static_cast<size_t>(fill[static_cast<size_t>(i)]++)] = {j, w, 0.0f};
            entries[static_cast<size_t>(fill[static_cast<size_t>(j)]++)] = {static_cast<int32_t>(i), 0.0f, w};
        }
    std::vector<int64_t> kept(static_cast<size_t>(n));
#pragma omp parallel for schedule(dynamic, 256) num_threads(threads)
    for (int64_t i = 0; i < n; ++i) {
        auto begin = entries.begin() + start[static_cast<size_t>(i)];
        auto end = entries.begin() + start[static_cast<size_t>(i + 1)];
        std::sort(begin, end, [](const Entry& a, const Entry& b) { return a.column < b.column; });
        auto out = begin;
        for (auto it = begin; it != end; ++it) {
            if (out != begin && (out - 1)->column == it->column) {
                (out - 1)->outgoing += it->outgoing;
                (out - 1)->incoming += it->incoming;
            } else {
                *out++ = *it;
            }
        }
        kept[static_cast<size_t>(i)] = out - begin;
    }
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

inline float clip(float value) {
    return std::min(4.0f, std::max(-4.0f, value));
}

// x^p for x > 0 as 2^(p log2 x), each by a short series: relative error below 1e-5, which the SGD's noise dwarfs,
// at a fraction of powf's cost (powf took a fifth of the run time).
inline float fastPow(float x, float p) {
    uint32_t bits;
    std::memcpy(&bits, &x, sizeof bits);
    const float exponent = static_cast<float>(static_cast<int>((bits >> 23) & 0xff) - 127);
    bits = (bits & 0x007fffffu) | 0x3f800000u;
    float mantissa;  // in [1, 2)
    std::memcpy(&mantissa, &bits, sizeof mantissa);
    // log2 m = (2 / ln 2) atanh(u), u = (m - 1) / (m + 1) in [0, 1/3]: four odd terms leave < 6e-6.
    const float u = (mantissa - 1.0f) / (mantissa + 1.0f);
    const float u2 = u * u;
    const float log2x =
        exponent + 2.8853900817779268f * u * (1.0f + u2 * (1.0f / 3 + u2 * (1.0f / 5 + u2 * (1.0f / 7))));
    const float v = std::min(126.0f, std::max(-126.0f, p * log2x));
    // 2^v = 2^i e^(f ln 2), i = round(v), |f| <= 1/2: Taylor to the 6th power leaves < 3e-7.
    const float i = std::nearbyint(v);
    const float z = (v - i) * 0.6931471805599453f;
    const float e =
        1.0f + z * (1.0f + z * (0.5f + z * (1.0f / 6 + z * (1.0f / 24 + z * (1.0f / 120 + z * (1.0f / 720))))));
    const uint32_t scaleBits = static_cast<uint32_t>(static_cast<int>(i) + 127) << 23;
    float scale;
    std::memcpy(&scale, &scaleBits, sizeof scale);
    return e * scale;
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
                        const EmbeddingProgress& onProgress) {
    const int64_t n = points.rows;
    const int dims = options.dims;
    if (options.neighbours < 2) throw EngineError("neighbours must be at least 2", "UMAP");
    if (options.minDist < 0 || options.spread <= 0 || options.minDist > options.spread)
        throw EngineError("needs 0 <= min_dist <= spread, spread > 0", "UMAP");
    const int k = static_cast<int>(std::min<int64_t>(n - 1, options.neighbours - 1));
    const int epochs = options.iterations > 0 ? options.iterations : (n <= 10000 ? 500 : 200);

    if (control) control->setProgress(0.0, "UMAP: nearest neighbours");
    const KnnGraph graph = neighbourGraph(points, k, options, threads, nullptr);
    if (control) {
        control->throwIfCancelled();
        control->setProgress(0.2, "UMAP: fuzzy graph");
    }
    const FuzzyGraph fuzzy = fuzzyUnion(graph, memberships(graph, options.neighbours, threads), epochs, threads);
    const auto [a, b] = umapCurveParameters(options.minDist, options.spread);
    const float fa = static_cast<float>(a), fb = static_cast<float>(b);

    FloatMatrix current = pcaInitialisation(points, dims, options);
    scaleColumnsToTen(current);
    Random noise(mixSeeds(options.seed, 0x0a1a));
    for (auto& value : current.values) value += static_cast<float>(1e-4 * noise.gaussian());

    // Edge schedules: an edge of weight w is sampled every max_w / w epochs, with negativeSamples negatives each.
    float largest = 0.0f;
    for (float w : fuzzy.weights) largest = std::max(largest, w);
    const size_t edges = fuzzy.weights.size();
    std::vector<float> perSample(edges), nextSample(edges), perNegative(edges), nextNegative(edges);
    for (size_t e = 0; e < edges; ++e) {
        perSample[e] = largest / fuzzy.weights[e];
        nextSample[e] = perSample[e];
        perNegative[e] = perSample[e] / static_cast<float>(options.negativeSamples);
        nextNegative[e] = perNegative[e];
    }

    FloatMatrix snapshot;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        if (control) control->throwIfCancelled();
        const float alpha = 1.0f - static_cast<float>(epoch) / static_cast<float>(epochs);
        const float now = static_cast<float>(epoch);
        snapshot = current;
#pragma omp parallel for schedule(dynamic, 256) num_threads(threads)
        for (int64_t i = 0; i < n; ++i) {
            Random random(mixSeeds(options.seed, static_cast<uint64_t>(epoch), static_cast<uint64_t>(i)));
            float yi[3];
            for (int d = 0; d < dims; ++d) yi[d] = current(i, d);
            for (int64_t e = fuzzy.rowStart[static_cast<size_t>(i)]; e < fuzzy.rowStart[static_cast<size_t>(i + 1)];
                 ++e) {
                const size_t s = static_cast<size_t>(e);
                if (nextSample[s] > now) continue;
                const float* yj = snapshot.row(fuzzy.columns[s]);
                // Twice: once as this edge's head and once as the tail of its mirror j -> i, which the reference
                // implementation moves too ("move_other").
                for (int twice = 0; twice < 2; ++twice) {
                    float squared = 0.0f;
                    for (int d = 0; d < dims; ++d) squared += (yi[d] - yj[d]) * (yi[d] - yj[d]);
                    if (squared <= 0.0f) break;
                    const float power = fastPow(squared, fb);
                    const float coefficient = -2.0f * fa * fb * power / squared / (fa * power + 1.0f);
                    for (int d = 0; d < dims; ++d) yi[d] += clip(coefficient * (yi[d] - yj[d])) * alpha;
                }
                nextSample[s] += perSample[s];
                const int negatives = static_cast<int>((now - nextNegative[s]) / perNegative[s]);
                nextNegative[s] += static_cast<float>(negatives) * perNegative[s];
                for (int p = 0; p < negatives; ++p) {
                    const int64_t other = static_cast<int64_t>(random.below(static_cast<uint64_t>(n)));
                    if (other == i) continue;
                    const float* yk = snapshot.row(other);
                    float squared = 0.0f;
                    for (int d = 0; d < dims; ++d) squared += (yi[d] - yk[d]) * (yi[d] - yk[d]);
                    if (squared <= 0.0f) continue;
                    const float coefficient = 2.0f * fb / ((0.001f + squared) * (fa * fastPow(squared, fb) + 1.0f));
                    for (int d = 0; d < dims; ++d) yi[d] += clip(coefficient * (yi[d] - yk[d])) * alpha;
                }
            }
            for (int d = 0; d < dims; ++d) current(i, d) = yi[d];
        }
        if (control) control->setProgress(0.2 + 0.8 * (epoch + 1) / epochs, "UMAP: optimising");
        if (onProgress && options.progressEvery > 0 && (epoch + 1) % options.progressEvery == 0 && epoch + 1 < epochs)
            onProgress(current, epoch + 1);
    }
    EmbeddingResult result;
    result.coordinates = std::move(current);
    result.iterations = epochs;
    return result;
}

}  // namespace attnscope::embedding
