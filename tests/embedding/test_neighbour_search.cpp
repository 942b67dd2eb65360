// The neighbour graph's paths: the CPU's blocked products find the exact neighbours on either kernel; the blocked,
// chunked top-k search that runs on CUDA (run here on the CPU through the same LibTorch code) finds every exact
// neighbour among its candidates; and neighbourGraph says which path it took.
#include <QtTest>
#include <algorithm>
#include <set>

#include "attnscope/error.h"
#include "attnscope/runtime.h"
#include "embedding/embedding_internal.h"
#include "synthetic_data.h"

using namespace attnscope;
using namespace attnscope::embedding;

namespace {

std::vector<int64_t> allRows(const FloatMatrix& points) {
    std::vector<int64_t> all(static_cast<size_t>(points.rows));
    for (int64_t i = 0; i < points.rows; ++i) all[static_cast<size_t>(i)] = i;
    return all;
}

KnnGraph cpuExact(const FloatMatrix& points, int k) {
    return exactKnn(points, allRows(points), k, 2, nullptr);
}

// The k nearest rows to row `query` by distances in double, one by one (ties by index).
std::vector<int32_t> bruteForceNeighbours(const FloatMatrix& points, int64_t query, int k) {
    std::vector<std::pair<double, int32_t>> all;
    for (int64_t j = 0; j < points.rows; ++j) {
        if (j == query) continue;
        double sum = 0.0;
        for (int64_t c = 0; c < points.cols; ++c) {
            const double d = static_cast<double>(points(query, c)) - points(j, c);
            sum += d * d;
        }
        all.emplace_back(sum, static_cast<int32_t>(j));
    }
    std::partial_sort(all.begin(), all.begin() + k, all.end());
    std::vector<int32_t> nearest;
    for (int n = 0; n < k; ++n) nearest.push_back(all[static_cast<size_t>(n)].second);
    return nearest;
}

// Every exact neighbour of every row is among its candidates, and no row is its own candidate.
void checkCandidates(const FloatMatrix& points, int capacity, int64_t blockValues, int64_t chunk) {
    constexpr int k = 10;
    const auto exact = cpuExact(points, k);
    const auto candidates = neighbourCandidatesOn(false, points, capacity, nullptr, blockValues, chunk);
    QCOMPARE(candidates.size(), static_cast<size_t>(points.rows * capacity));
    for (int64_t i = 0; i < points.rows; ++i) {
        const auto first = candidates.begin() + i * capacity;
        const std::set<int32_t> found(first, first + capacity);
        QCOMPARE(found.size(), static_cast<size_t>(capacity));
        QVERIFY2(!found.count(static_cast<int32_t>(i)), qPrintable(QString("row %1 is its own candidate").arg(i)));
        for (int n = 0; n < k; ++n)
            QVERIFY2(found.count(exact.indices[static_cast<size_t>(i * k + n)]),
                     qPrintable(QString("row %1 misses its neighbour %2").arg(i).arg(n)));
    }
}

}  // namespace

class TestNeighbourSearch : public QObject {
    Q_OBJECT
private slots:
    void theChunkedTopKFindsEveryExactNeighbour() {
        // 700 points, 50 rows a block, rows cut into 64-column chunks (the last one padded): the GPU's path.
        const auto points = testing::gaussianClusters(7, 100, 12, 5).points;
        checkCandidates(points, 14, 700 * 50, 64);
    }

    void shortRowsTakeOneTopK() {
        const auto points = testing::gaussianClusters(4, 60, 6, 9).points;
        checkCandidates(points, 14, 240 * 7, 2048);
    }

    void theBlockedProductsFindTheExactNeighboursOnEitherKernel() {
        // 1000 points (the last tile of 256 part-filled) in 13 dimensions; 37 queries (the last block of 32 and the
        // last group of 4 part-filled), every one checked against a search in double.
        const auto points = testing::gaussianClusters(5, 200, 13, 3).points;
        std::vector<int64_t> queries;
        for (int64_t q = 0; q < 37; ++q) queries.push_back((q * 271) % points.rows);
        for (bool baseline : {false, true}) {
            const auto graph = exactKnn(points, queries, 9, 2, nullptr, baseline);
            for (size_t q = 0; q < queries.size(); ++q) {
                const std::vector<int32_t> found(graph.indices.begin() + static_cast<int64_t>(q) * 9,
                                                 graph.indices.begin() + static_cast<int64_t>(q + 1) * 9);
                QCOMPARE(found, bruteForceNeighbours(points, queries[q], 9));
            }
        }
    }

    void candidatesAreRefusedWhenThereAreTooFewPoints() {
        const auto points = testing::gaussianClusters(1, 5, 3, 1).points;
        QVERIFY_THROWS_EXCEPTION(EngineError, neighbourCandidatesOn(false, points, 5, nullptr));
    }

    void theGraphSaysWhichSearchRan() {
        const auto points = testing::gaussianClusters(3, 40, 6, 3).points;
        EmbeddingOptions options;
        options.neighbourDevice = NeighbourDevice::Cpu;
        QCOMPARE(QString::fromStdString(neighbourGraph(points, 5, options, 2, nullptr).method),
                 QString("exact, cpu (blocked products)"));
        options.exactNeighboursUpTo = 50;
        QCOMPARE(QString::fromStdString(neighbourGraph(points, 5, options, 2, nullptr).method),
                 QString("approximate, cpu (hnswlib)"));
        options.neighbourDevice = NeighbourDevice::Cuda;
        if (runtimeInfo().cudaAvailable) {
            const auto graph = neighbourGraph(points, 5, options, 2, nullptr);
            QCOMPARE(QString::fromStdString(graph.method), QString("exact, cuda (blocked products)"));
            QCOMPARE(graph.indices, cpuExact(points, 5).indices);
        } else {
            QVERIFY_THROWS_EXCEPTION(EngineError, neighbourGraph(points, 5, options, 2, nullptr));
        }
    }
};

QTEST_GUILESS_MAIN(TestNeighbourSearch)
#include "test_neighbour_search.moc"
