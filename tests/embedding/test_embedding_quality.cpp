// The kNN-preservation score on hand-checked examples, UMAP's curve fit, and the joint query-key normalisation.
#include <QtTest>

#include <cmath>
#include <random>

#include "attnscope/embedding.h"
#include "attnscope/error.h"

using namespace attnscope;

namespace {

FloatMatrix column(std::initializer_list<float> values) {
    FloatMatrix matrix(static_cast<int64_t>(values.size()), 1);
    matrix.values.assign(values);
    return matrix;
}

FloatMatrix randomMatrix(int rows, int cols, double offset, double scale, uint32_t seed) {
    std::mt19937 engine(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    FloatMatrix matrix(rows, cols);
    for (int i = 0; i < rows; ++i)
        for (int c = 0; c < cols; ++c) matrix(i, c) = static_cast<float>(offset * (c + 1) + scale * normal(engine));
    return matrix;
}

// Softmax over keys of q·k for every query: what the head computes (the 1/sqrt(d) scale changes nothing here).
std::vector<double> attention(const FloatMatrix& queries, const FloatMatrix& keys) {
    std::vector<double> weights;
    for (int64_t i = 0; i < queries.rows; ++i) {
        std::vector<double> logits;
        for (int64_t j = 0; j < keys.rows; ++j) {
            double dot = 0;
            for (int64_t c = 0; c < keys.cols; ++c) dot += static_cast<double>(queries(i, c)) * keys(j, c);
            logits.push_back(dot);
        }
        const double largest = *std::max_element(logits.begin(), logits.end());
        double sum = 0;
        for (auto& logit : logits) sum += (logit = std::exp(logit - largest));
        for (double logit : logits) weights.push_back(logit / sum);
    }
    return weights;
}

std::vector<double> centroid(const FloatMatrix& m) {
    std::vector<double> mean(static_cast<size_t>(m.cols));
    for (int64_t i = 0; i < m.rows; ++i)
        for (int64_t c = 0; c < m.cols; ++c) mean[static_cast<size_t>(c)] += m(i, c) / static_cast<double>(m.rows);
    return mean;
}

double meanNorm(const FloatMatrix& m) {
    double sum = 0;
    for (int64_t i = 0; i < m.rows; ++i) {
        double squared = 0;
        for (int64_t c = 0; c < m.cols; ++c) squared += static_cast<double>(m(i, c)) * m(i, c);
        sum += std::sqrt(squared) / static_cast<double>(m.rows);
    }
    return sum;
}

}  // namespace

class TestEmbeddingQuality : public QObject {
    Q_OBJECT
private slots:
    // Points at 0, 1, 3, 6, 10; the embedding moves the last to 7, so point 3's nearest becomes 4 instead of 2.
    void nearestNeighbourKeptByFourOfFivePoints() {
        QCOMPARE(knnPreservation(column({0, 1, 3, 6, 10}), column({0, 1, 3, 6, 7}), 1), 0.8);
    }
    // k = 2, last point moved to 2. Original sets {1,2} {0,2} {1,0} {2,4} {3,2} (point 2's tie at distance 3
    // between 0 and 3 goes to the lower index); embedded {1,4} {0,4} {4,1} {2,4} {1,2}: 1+1+1+2+1 = 6 of 10.
    void twoNeighboursWithTiesBrokenByIndex() {
        QCOMPARE(knnPreservation(column({0, 1, 3, 6, 10}), column({0, 1, 3, 6, 2}), 2), 0.6);
    }
    void sampledScoreIsOneForAnIdenticalEmbedding() {
        const auto points = randomMatrix(300, 2, 0.0, 1.0, 5);
        QCOMPARE(knnPreservation(points, points, 10, 100, 50, 1), 1.0);
        const auto noisy = randomMatrix(300, 2, 0.0, 1.0, 6);
        QCOMPARE(knnPreservation(points, noisy, 10, 100, 50, 1), knnPreservation(points, noisy, 10, 100, 50, 1));
    }
    void rejectsMismatchedPointCounts() {
        QVERIFY_THROWS_EXCEPTION(EngineError, knnPreservation(column({0, 1, 2}), column({0, 1}), 1));
    }
    // umap-learn's find_ab_params(spread=1, min_dist=0.1) gives a = 1.5769, b = 0.8951.
    void curveFitMatchesUmapLearnForDefaultMinDist() {
        const auto [a, b] = umapCurveParameters(0.1, 1.0);
        QVERIFY2(std::abs(a - 1.5769) < 2e-3, qPrintable(QString::number(a)));
        QVERIFY2(std::abs(b - 0.8951) < 1e-3, qPrintable(QString::number(b)));
    }
    void jointNormalisationKeepsEveryAttentionWeight() {
        const auto queries = randomMatrix(30, 8, 2.0, 1.0, 1);
        const auto keys = randomMatrix(40, 8, -5.0, 3.0, 2);
        const auto normalised = normaliseQueriesAndKeys(queries, keys);
        const auto before = attention(queries, keys);
        const auto after = attention(normalised.queries, normalised.keys);
        for (size_t w = 0; w < before.size(); ++w) QVERIFY(std::abs(before[w] - after[w]) < 1e-5);
    }
    void jointNormalisationAlignsCentroidsAndMeanNorms() {
        const auto queries = randomMatrix(30, 8, 2.0, 1.0, 1);
        const auto keys = randomMatrix(40, 8, -5.0, 3.0, 2);
        const auto normalised = normaliseQueriesAndKeys(queries, keys);
        const auto q = centroid(normalised.queries), k = centroid(normalised.keys);
        for (size_t c = 0; c < q.size(); ++c) QVERIFY(std::abs(q[c] - k[c]) < 1e-4);
        QVERIFY(std::abs(meanNorm(normalised.queries) - meanNorm(normalised.keys)) < 1e-4 * meanNorm(normalised.keys));
        QVERIFY(normalised.scale != 1.0);
        QCOMPARE(normalised.queries(3, 2), static_cast<float>(queries(3, 2) * normalised.scale));
        QCOMPARE(normalised.keys(5, 1),
                 static_cast<float>(keys(5, 1) / normalised.scale + normalised.keyTranslation[1]));
    }
    void stackRowsPutsQueriesBeforeKeys() {
        const auto stacked = stackRows(column({1, 2}), column({3}));
        QCOMPARE(stacked.rows, int64_t(3));
        QCOMPARE(stacked(2, 0), 3.0f);
    }
};

QTEST_GUILESS_MAIN(TestEmbeddingQuality)
#include "test_embedding_quality.moc"
