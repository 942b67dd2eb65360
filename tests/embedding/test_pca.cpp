// PCA against a decomposition known by construction: points along orthogonal directions with chosen variances.
#include <QtTest>

#include <cmath>
#include <random>

#include "attnscope/embedding.h"
#include "attnscope/error.h"

using namespace attnscope;

namespace {

constexpr int kDims = 20;
constexpr int kPoints = 4000;
const double kDeviations[3] = {5.0, 2.0, 0.5};  // variances 25, 4, 0.25 along three orthonormal directions

// Orthonormal directions e_a = rotation of the unit vectors, data = mean + sum_a z_a s_a e_a with z_a ~ N(0,1)
// normalised so the sample variance along e_a is exactly s_a² and the z are exactly uncorrelated.
struct KnownData {
    FloatMatrix points;
    std::vector<std::vector<double>> directions;
    double totalVariance = 0.0;
};

KnownData knownData() {
    std::mt19937 engine(7);
    std::normal_distribution<double> normal(0.0, 1.0);
    KnownData data;
    // Three orthonormal directions by Gram-Schmidt on random vectors.
    for (int a = 0; a < 3; ++a) {
        std::vector<double> v(kDims);
        for (auto& x : v) x = normal(engine);
        for (const auto& u : data.directions) {
            double dot = 0;
            for (int d = 0; d < kDims; ++d) dot += v[d] * u[d];
            for (int d = 0; d < kDims; ++d) v[d] -= dot * u[d];
        }
        double norm = 0;
        for (double x : v) norm += x * x;
        for (auto& x : v) x /= std::sqrt(norm);
        data.directions.push_back(v);
    }
    // Latent coordinates: centred, orthogonalised and scaled columns, so the covariance is exactly diagonal.
    std::vector<std::vector<double>> z(3, std::vector<double>(kPoints));
    for (int a = 0; a < 3; ++a) {
        for (auto& x : z[a]) x = normal(engine);
        double mean = 0;
        for (double x : z[a]) mean += x / kPoints;
        for (auto& x : z[a]) x -= mean;
        for (int b = 0; b < a; ++b) {
            double dot = 0, norm = 0;
            for (int i = 0; i < kPoints; ++i) dot += z[a][i] * z[b][i], norm += z[b][i] * z[b][i];
            for (int i = 0; i < kPoints; ++i) z[a][i] -= dot / norm * z[b][i];
        }
        double squares = 0;
        for (double x : z[a]) squares += x * x;
        for (auto& x : z[a]) x *= kDeviations[a] / std::sqrt(squares / (kPoints - 1));
        data.totalVariance += kDeviations[a] * kDeviations[a];
    }
    data.points = FloatMatrix(kPoints, kDims);
    for (int i = 0; i < kPoints; ++i)
        for (int d = 0; d < kDims; ++d) {
            double value = 3.0 + d;  // a mean that PCA must remove
            for (int a = 0; a < 3; ++a) value += z[a][i] * data.directions[a][d];
            data.points(i, d) = static_cast<float>(value);
        }
    return data;
}

double absoluteCosine(const FloatMatrix& components, int row, const std::vector<double>& direction) {
    double dot = 0;
    for (int d = 0; d < kDims; ++d) dot += components(row, d) * direction[d];
    return std::abs(dot);
}

}  // namespace

class TestPca : public QObject {
    Q_OBJECT
private slots:
    void exactSolverRecoversDirectionsAndVariances() {
        const auto data = knownData();
        const auto pca = principalComponents(data.points, 3, PcaSolver::Exact);
        for (int a = 0; a < 3; ++a) {
            QVERIFY2(absoluteCosine(pca.components, a, data.directions[a]) > 0.99999, qPrintable(QString::number(a)));
            QVERIFY(std::abs(pca.explainedVariance[a] - kDeviations[a] * kDeviations[a]) < 1e-3 * kDeviations[a]);
            QVERIFY(std::abs(pca.explainedVarianceRatio[a] - kDeviations[a] * kDeviations[a] / data.totalVariance) <
                    1e-5);
        }
        QVERIFY(std::abs(pca.mean[4] - 7.0f) < 1e-3f);
    }
    void randomisedSolverAgreesWithExact() {
        const auto data = knownData();
        const auto exact = principalComponents(data.points, 3, PcaSolver::Exact);
        const auto randomised = principalComponents(data.points, 3, PcaSolver::Randomised, 3);
        for (int a = 0; a < 3; ++a) {
            QVERIFY(std::abs(randomised.explainedVariance[a] - exact.explainedVariance[a]) <
                    1e-6 * exact.explainedVariance[0]);
            // The sign convention (largest entry positive) makes the components equal, not just parallel.
            for (int d = 0; d < kDims; ++d)
                QVERIFY(std::abs(randomised.components(a, d) - exact.components(a, d)) < 1e-4f);
        }
    }
    void projectionHasTheComponentVariances() {
        const auto data = knownData();
        const auto pca = principalComponents(data.points, 2);
        for (int a = 0; a < 2; ++a) {
            double mean = 0, squares = 0;
            for (int i = 0; i < kPoints; ++i) mean += pca.projected(i, a) / kPoints;
            for (int i = 0; i < kPoints; ++i) squares += (pca.projected(i, a) - mean) * (pca.projected(i, a) - mean);
            QVERIFY(std::abs(mean) < 1e-4);
            QVERIFY(std::abs(squares / (kPoints - 1) - kDeviations[a] * kDeviations[a]) < 1e-3 * kDeviations[a]);
        }
    }
    void embedWithPcaReportsExplainedVariance() {
        const auto data = knownData();
        EmbeddingOptions options;
        options.method = EmbeddingMethod::Pca;
        options.dims = 3;
        const auto result = embed(data.points, options);
        QCOMPARE(result.coordinates.cols, int64_t(3));
        QCOMPARE(result.explainedVariance.size(), size_t(3));
        QVERIFY(std::abs(result.explainedVariance[1] - 4.0) < 4e-3);
    }
    void rejectsMoreComponentsThanDimensions() {
        QVERIFY_THROWS_EXCEPTION(EngineError, principalComponents(FloatMatrix(10, 2), 3));
    }
};

QTEST_GUILESS_MAIN(TestPca)
#include "test_pca.moc"
