// t-SNE and UMAP on well-separated clusters: neighbourhoods kept, clusters apart, identical output for a seed,
// progress and cancel through JobControl.
#include <QtTest>

#include "attnscope/embedding.h"
#include "attnscope/error.h"
#include "attnscope/job.h"
#include "synthetic_data.h"

using namespace attnscope;

namespace {

// 10 clusters x 200 points in 50-D (see synthetic_data.h): each cluster is locally 2-D, so a good 2-D map keeps
// most of each point's 10 nearest neighbours. Random maps keep ~10/2000; PCA to 2-D, which overlays the
// clusters' planes, keeps about 0.1-0.2. We ask for 0.5: well above PCA, and a margin below what t-SNE and UMAP
// reach here (printed by the tests).
const testing::LabelledPoints& clusters() {
    static const auto data = testing::gaussianClusters(10, 200, 50, 11);
    return data;
}

EmbeddingOptions optionsFor(EmbeddingMethod method, int dims = 2, int threads = 2) {
    EmbeddingOptions options;
    options.method = method;
    options.dims = dims;
    options.threads = threads;
    options.seed = 1234;
    return options;
}

void checkQuality(EmbeddingMethod method, int dims) {
    const auto result = embed(clusters().points, optionsFor(method, dims));
    QCOMPARE(result.coordinates.rows, clusters().points.rows);
    QCOMPARE(result.coordinates.cols, int64_t(dims));
    const double kept = knnPreservation(clusters().points, result.coordinates);
    const double separated = testing::nearestNeighbourSameLabel(result.coordinates, clusters().labels);
    qInfo("%s %dD: kNN preservation %.3f, nearest neighbour in own cluster %.4f", embeddingMethodName(method).c_str(),
          dims, kept, separated);
    QVERIFY(kept > 0.5);
    QVERIFY(separated > 0.95);
}

}  // namespace

// Shorter runs for the determinism checks: differences would show after a few iterations already.
EmbeddingOptions shortRun(EmbeddingMethod method, int threads) {
    auto options = optionsFor(method, 2, threads);
    options.iterations = method == EmbeddingMethod::Tsne ? 300 : 100;
    return options;
}

// 500 of the 2000 points laid out, the others placed among them.
EmbeddingOptions withLandmarks(EmbeddingOptions options) {
    options.landmarksAbove = 1000;
    options.landmarks = 500;
    return options;
}

// The first partial layout cancels the job: embed() throws CancelledError before a second one.
void checkCancelStopsAtTheFirstPartialLayout(const EmbeddingOptions& options) {
    JobControl control;
    int calls = 0;
    QVERIFY_THROWS_EXCEPTION(CancelledError, embed(clusters().points, options, &control, [&](const FloatMatrix&, int) {
                                 ++calls;
                                 control.cancel();
                             }));
    QCOMPARE(calls, 1);
}

class TestEmbeddingMethods : public QObject {
    Q_OBJECT
private slots:
    void tsneKeepsNeighbourhoodsAndSeparatesClusters() { checkQuality(EmbeddingMethod::Tsne, 2); }
    void tsneIn3dKeepsNeighbourhoodsAndSeparatesClusters() { checkQuality(EmbeddingMethod::Tsne, 3); }
    void umapKeepsNeighbourhoodsAndSeparatesClusters() { checkQuality(EmbeddingMethod::Umap, 2); }
    void umapIn3dKeepsNeighbourhoodsAndSeparatesClusters() { checkQuality(EmbeddingMethod::Umap, 3); }
    void pcaKeepsFewerNeighboursThanTheNonlinearMethods() {
        const auto result = embed(clusters().points, optionsFor(EmbeddingMethod::Pca));
        QVERIFY(knnPreservation(clusters().points, result.coordinates) < 0.5);
    }

    void tsneIsIdenticalForASeed() {
        for (int threads : {1, 2}) {
            const auto first = embed(clusters().points, shortRun(EmbeddingMethod::Tsne, threads));
            const auto second = embed(clusters().points, shortRun(EmbeddingMethod::Tsne, threads));
            QVERIFY(first.coordinates.values == second.coordinates.values);
        }
    }
    void umapIsIdenticalForASeed() {
        for (int threads : {1, 2}) {
            const auto first = embed(clusters().points, shortRun(EmbeddingMethod::Umap, threads));
            const auto second = embed(clusters().points, shortRun(EmbeddingMethod::Umap, threads));
            QVERIFY(first.coordinates.values == second.coordinates.values);
        }
    }
    void umapDoesNotDependOnTheThreadCount() {
        const auto one = embed(clusters().points, shortRun(EmbeddingMethod::Umap, 1));
        const auto two = embed(clusters().points, shortRun(EmbeddingMethod::Umap, 2));
        QVERIFY(one.coordinates.values == two.coordinates.values);
    }
    void anotherSeedGivesAnotherLayout() {
        auto options = shortRun(EmbeddingMethod::Umap, 2);
        const auto first = embed(clusters().points, options);
        options.seed = 99;
        QVERIFY(first.coordinates.values != embed(clusters().points, options).coordinates.values);
    }

    void progressCallbackSeesPartialLayouts() {
        auto options = optionsFor(EmbeddingMethod::Tsne);
        options.iterations = 300;
        options.progressEvery = 100;
        std::vector<int> iterations;
        JobControl control;
        const auto result = embed(clusters().points, options, &control, [&](const FloatMatrix& partial, int iteration) {
            QCOMPARE(partial.rows, clusters().points.rows);
            iterations.push_back(iteration);
        });
        QCOMPARE(iterations, (std::vector<int>{100, 200}));
        QCOMPARE(result.iterations, 300);
        QCOMPARE(control.progress(), 1.0);
    }
    void cancelStopsTheOptimisation() {
        auto options = optionsFor(EmbeddingMethod::Umap);
        options.progressEvery = 10;
        checkCancelStopsAtTheFirstPartialLayout(options);
    }
    // Large inputs: a UMAP of landmarks, the other points placed among them (docs/embedding.md, "A million points").
    void umapOfLandmarksPlacesTheOtherPointsAmongThem() {
        const auto options = withLandmarks(optionsFor(EmbeddingMethod::Umap));
        std::vector<int64_t> partialRows;
        const auto result = embed(clusters().points, options, nullptr,
                                  [&](const FloatMatrix& partial, int) { partialRows.push_back(partial.rows); });
        QCOMPARE(result.landmarks, int64_t(500));
        QCOMPARE(result.coordinates.rows, clusters().points.rows);
        for (float value : result.coordinates.values) QVERIFY(std::isfinite(value));
        // Live layouts begin once every point has a place: all 2000 rows, never the 500 landmarks alone.
        QVERIFY(!partialRows.empty());
        for (int64_t rows : partialRows) QCOMPARE(rows, clusters().points.rows);
        const double kept = knnPreservation(clusters().points, result.coordinates);
        const double separated = testing::nearestNeighbourSameLabel(result.coordinates, clusters().labels);
        qInfo("UMAP of 500 landmarks: kNN preservation %.3f, nearest neighbour in own cluster %.4f", kept, separated);
        QVERIFY(kept > 0.4);
        QVERIFY(separated > 0.95);
    }
    void umapOfLandmarksDoesNotDependOnTheThreadCount() {
        const auto one = withLandmarks(shortRun(EmbeddingMethod::Umap, 1));
        auto two = one;
        two.threads = 2;
        const auto first = embed(clusters().points, one);
        QVERIFY(first.coordinates.values == embed(clusters().points, two).coordinates.values);
        QVERIFY(first.coordinates.values == embed(clusters().points, one).coordinates.values);
    }
    void fewerLandmarksThanNeighboursAreRefused() {
        auto options = withLandmarks(optionsFor(EmbeddingMethod::Umap));
        options.landmarks = 10;
        QVERIFY_THROWS_EXCEPTION(EngineError, embed(clusters().points, options));
    }
    void cancelStopsThePlacement() {
        auto options = withLandmarks(optionsFor(EmbeddingMethod::Umap));
        options.progressEvery = 5;
        checkCancelStopsAtTheFirstPartialLayout(options);
    }
    void rejectsNonFiniteInputNamingTheRow() {
        FloatMatrix points = clusters().points;
        points(17, 3) = NAN;
        try {
            embed(points, optionsFor(EmbeddingMethod::Umap));
            QFAIL("expected an error");
        } catch (const EngineError& error) {
            QVERIFY(std::string(error.what()).find("row 17, column 3") != std::string::npos);
        }
    }
    void rejectsFourDimensions() {
        QVERIFY_THROWS_EXCEPTION(EngineError, embed(clusters().points, optionsFor(EmbeddingMethod::Umap, 4)));
    }
};

QTEST_GUILESS_MAIN(TestEmbeddingMethods)
#include "test_embedding_methods.moc"
