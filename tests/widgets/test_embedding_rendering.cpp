// The CPU pieces of the query-key embedding view, without a GL context: the level-of-detail subsample, the density
// splat (values computed by hand from its definition), the colour rules, and QueryKeyPoints validation.
#include <QtTest>

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "attnscope/qk_embedding_data.h"
#include "embedding/demo_query_keys.h"
#include "embedding/density_splat.h"
#include "embedding/embedding_palette.h"
#include "embedding/level_of_detail.h"
#include "style.h"

using attnscope::EngineError;
using attnscope::FloatMatrix;
using attnscope::QueryKeyPoints;
using namespace attnscope::widgets;

namespace {

QueryKeyPoints demo(int inputs, int tokens) {
    DemoQueryKeyOptions options;
    options.inputs = inputs;
    options.tokensPerInput = tokens;
    return makeDemoQueryKeyPoints(options);
}

// What the tone map gives a pixel of accumulated weight `weight` and mean colour `color` (DensityStyle defaults).
int toneMapped(double weight, int color, int background) {
    const DensityStyle style;
    const double coverage = 1.0 - std::exp(-style.coverageGain * weight);
    const double shade =
        1.0 - style.maxDarkening * std::min(1.0, std::log1p(weight) / std::log1p(style.saturationWeight));
    return static_cast<int>(std::lround(background + coverage * (shade * color - background)));
}

}  // namespace

class TestEmbeddingRendering : public QObject {
    Q_OBJECT
private slots:
    void subsampleHasTheTargetSizeAndKeepsEveryInputAndKind() {
        const QueryKeyPoints points = demo(500, 24);  // 500 inputs of 21-24 tokens: 22,500 points, 1,000 strata
        const auto chosen = stratifiedSubsample(points, 5000, 3);
        QCOMPARE(chosen.size(), size_t(5000));
        QVERIFY(std::is_sorted(chosen.begin(), chosen.end()));
        QCOMPARE(std::set<std::int32_t>(chosen.begin(), chosen.end()).size(), chosen.size());
        std::set<std::pair<int, int>> strata;
        for (const std::int32_t id : chosen)
            strata.emplace(points.input[static_cast<size_t>(id)], points.isKey[static_cast<size_t>(id)]);
        QCOMPARE(strata.size(), size_t(1000));
        // Queries and keys are half the points each, and so half the subsample.
        const auto keys = std::count_if(chosen.begin(), chosen.end(),
                                        [&](std::int32_t id) { return points.isKey[static_cast<size_t>(id)] != 0; });
        QCOMPARE(keys, 2500L);
    }

    void subsampleIsTheSameForTheSameSeedAndDiffersForAnother() {
        const QueryKeyPoints points = demo(200, 30);
        QCOMPARE(stratifiedSubsample(points, 3000, 9), stratifiedSubsample(points, 3000, 9));
        QVERIFY(stratifiedSubsample(points, 3000, 9) != stratifiedSubsample(points, 3000, 10));
    }

    void subsampleKeepsOnePointPerStratumWhenTheBudgetIsSmaller() {
        const QueryKeyPoints points = demo(100, 10);
        const auto chosen = stratifiedSubsample(points, 50, 1);
        QCOMPARE(chosen.size(), size_t(200));  // 100 inputs x {query, key}
        QCOMPARE(stratifiedSubsample(points, points.size() + 5, 1).size(), static_cast<size_t>(points.size()));
    }

    void subsamplePrefixesStayStratified() {
        const QueryKeyPoints points = demo(50, 40);
        const auto ordered = interleaveStrata(points, stratifiedSubsample(points, 2000, 1));
        QCOMPARE(ordered.size(), size_t(2000));
        // Any prefix holds each input's queries and keys in proportion, to within one point.
        for (const size_t prefix : {size_t(100), size_t(700), size_t(1500)}) {
            std::vector<int> perStratum(100, 0);
            for (size_t j = 0; j < prefix; ++j)
                ++perStratum[static_cast<size_t>(2 * points.input[static_cast<size_t>(ordered[j])] +
                                                 points.isKey[static_cast<size_t>(ordered[j])])];
            for (int input = 0; input < 50; ++input)
                for (int kind = 0; kind < 2; ++kind) {
                    const double share = double(prefix) * points.sequenceLength(input) / double(points.size());
                    QVERIFY2(std::abs(perStratum[static_cast<size_t>(2 * input + kind)] - share) <= 1.5,
                             qPrintable(QString("prefix %1, input %2: %3 points, expected about %4")
                                            .arg(prefix)
                                            .arg(input)
                                            .arg(perStratum[static_cast<size_t>(2 * input + kind)])
                                            .arg(share)));
                }
        }
    }

    void densityOfOnePointIsAGaussianSplatToneMappedOverTheBackground() {
        DensityRenderer renderer;
        const float xy[2] = {0.0f, 0.0f};
        const std::uint8_t rgba[4] = {200, 40, 100, 255};
        renderer.setPoints(xy, 2, 1);
        renderer.setColours(rgba, 1);
        DensityFrame frame;
        frame.width = 9;
        frame.height = 7;
        frame.pixelsPerUnit = 1.0;
        // The image centre is at (4.5, 3.5) pixels; the point falls in pixel (4, 3) (rows from the bottom).
        const DensityImage& image = renderer.render(frame);
        QCOMPARE(image.width, 9);
        QCOMPARE(image.height, 7);
        const DensityStyle style;
        const auto at = [&](int x, int y, int c) { return int(image.rgba[static_cast<size_t>(4 * (y * 9 + x) + c)]); };
        // Weight 1 falls on an entry of the tone-map table: exact.
        QCOMPARE(at(4, 3, 0), toneMapped(1.0, 200, style.background.red()));
        QCOMPARE(at(4, 3, 1), toneMapped(1.0, 40, style.background.green()));
        QCOMPARE(at(4, 3, 3), 255);
        // One pixel right: the kernel's exp(-1/2); one pixel diagonally: exp(-1) (the table's step: within 1).
        QVERIFY(std::abs(at(5, 3, 0) - toneMapped(std::exp(-0.5), 200, style.background.red())) <= 1);
        QVERIFY(std::abs(at(5, 4, 2) - toneMapped(std::exp(-1.0), 100, style.background.blue())) <= 1);
        // Four pixels away (beyond 3 sigma): background.
        QCOMPARE(at(0, 3, 0), style.background.red());
        QCOMPARE(at(8, 3, 1), style.background.green());
    }

    void densityCountsPointsJustOutsideTheImageAndIgnoresFarOnes() {
        DensityRenderer renderer;
        // (-5.2, 0) lands one pixel left of the image: its splat reaches column 0. (-50, 0) reaches nothing.
        const float xy[4] = {-5.2f, 0.0f, -50.0f, 0.0f};
        const std::uint8_t rgba[8] = {0, 0, 0, 255, 0, 0, 0, 255};
        renderer.setPoints(xy, 2, 2);
        renderer.setColours(rgba, 2);
        DensityFrame frame;
        frame.width = 9;
        frame.height = 7;
        const DensityImage& image = renderer.render(frame);
        const DensityStyle style;
        QVERIFY(std::abs(int(image.rgba[static_cast<size_t>(4 * (3 * 9 + 0))]) -
                         toneMapped(std::exp(-0.5), 0, style.background.red())) <= 1);
        QCOMPARE(int(image.rgba[static_cast<size_t>(4 * (3 * 9 + 3))]),
                 style.background.red());  // 4 px: beyond the splat
    }

    void densityIsTheSameWhateverTheThreadCount() {
        const QueryKeyPoints points = demo(400, 40);
        std::vector<std::uint8_t> rgba(static_cast<size_t>(4 * points.size()), 255);
        for (std::int64_t i = 0; i < points.size(); ++i)
            rgba[static_cast<size_t>(4 * i)] = points.isKey[static_cast<size_t>(i)] ? 230 : 40;
        DensityFrame frame;
        frame.width = 320;
        frame.height = 240;
        frame.pixelsPerUnit = 14.0;
        const int threads = omp_get_max_threads();
        DensityRenderer renderer;
        renderer.setPoints(points.coordinates.values.data(), 2, points.size());
        renderer.setColours(rgba.data(), points.size());
        omp_set_num_threads(1);
        const std::vector<std::uint8_t> one = renderer.render(frame).rgba;
        omp_set_num_threads(3);
        const std::vector<std::uint8_t> three = renderer.render(frame).rgba;
        omp_set_num_threads(threads);
        QVERIFY(one == three);
        // And it drew something: fewer than all pixels are background.
        const DensityStyle style;
        int background = 0;
        for (size_t p = 0; p < one.size(); p += 4) background += one[p + 1] == style.background.green();
        QVERIFY2(background < 320 * 240 * 9 / 10, qPrintable(QString::number(background)));
    }

    void densityFollowsNewCoordinatesAndKeepsTheColours() {
        const float before[4] = {-6.0f, 0.0f, 6.0f, 0.0f};
        const float after[4] = {-6.0f, 0.0f, -6.0f, 4.0f};  // the second point moves 12 px left and 4 px up
        const std::uint8_t rgba[8] = {0, 0, 0, 255, 250, 0, 0, 255};
        DensityFrame frame;
        frame.width = 21;
        frame.height = 11;
        DensityRenderer renderer;
        renderer.setColours(rgba, 2);  // colours may come first
        renderer.setPoints(before, 2, 2);
        const DensityStyle style;
        const auto red = [&](const DensityImage& image, int x, int y) {
            return int(image.rgba[static_cast<size_t>(4 * (y * 21 + x))]);
        };
        QCOMPARE(red(renderer.render(frame), 16, 5), toneMapped(1.0, 250, style.background.red()));
        renderer.setPoints(after, 2, 2);
        const DensityImage& moved = renderer.render(frame);
        QCOMPARE(red(moved, 16, 5), style.background.red());
        QCOMPARE(red(moved, 4, 9), toneMapped(1.0, 250, style.background.red()));
        QCOMPARE(red(moved, 4, 5), toneMapped(1.0, 0, style.background.red()));
    }

    void positionColourIsNormalisedByEachInputsLength() {
        QueryKeyPoints points;
        points.tokens = {{"a", "b", "c"}, {"a", "b", "c", "d", "e"}};
        points.coordinates = FloatMatrix(3, 2);
        points.isKey = {0, 1, 0};
        points.input = {0, 1, 1};
        points.position = {2, 2, 4};
        ColouringRequest request;
        request.colouring = PointColouring::Position;
        const auto rgba = pointColours(points, request);
        const auto colourOf = [&](size_t i) { return QColor(rgba[4 * i], rgba[4 * i + 1], rgba[4 * i + 2]); };
        QCOMPARE(colourOf(0), queryRamp(1.0));        // last of three
        QCOMPARE(colourOf(1), keyRamp(128 / 255.0));  // middle of five, through the 256-entry table
        QCOMPARE(colourOf(2), queryRamp(1.0));
        QCOMPARE(int(rgba[3]), 255);

        request.colouring = PointColouring::Input;
        request.emphasis = {1, 0, 1};
        const auto byInput = pointColours(points, request);
        QCOMPARE(QColor(byInput[0], byInput[1], byInput[2]).rgb(), inputColor(0, false).rgb());
        QCOMPARE(QColor(byInput[4], byInput[5], byInput[6]).rgb(),
                 mixColors(inputColor(1, true), screenTheme().background, EmbeddingPalette::kDimming).rgb());
    }

    void displayTokenShowsSpaceAndNewlineMarkersAsText() {
        QCOMPARE(displayToken("Ġcat"), QStringLiteral(" cat"));
        QCOMPARE(displayToken("▁the"), QStringLiteral(" the"));
        QCOMPARE(displayToken("Ċ"), QString(QChar(0x21B5)));
    }

    void validateNamesTheFirstInconsistency() {
        QueryKeyPoints points = demo(3, 5);
        points.validate();
        QueryKeyPoints badPosition = points;
        badPosition.position[4] = 7;
        try {
            badPosition.validate();
            QFAIL("a position beyond the input was accepted");
        } catch (const EngineError& error) {
            QCOMPARE(QString::fromStdString(error.where()), QStringLiteral("QueryKeyPoints"));
            QVERIFY2(QString::fromStdString(error.problem()).contains("point 4 names position 7 of input 0"),
                     error.what());
        }
        QueryKeyPoints shortKinds = points;
        shortKinds.isKey.pop_back();
        QVERIFY_THROWS_EXCEPTION(EngineError, shortKinds.validate());
        QueryKeyPoints notFinite = points;
        notFinite.coordinates(2, 1) = std::nanf("");
        try {
            notFinite.validate();
            QFAIL("NaN accepted");
        } catch (const EngineError& error) {
            QVERIFY2(QString::fromStdString(error.problem()).contains("coordinate 1 of point 2 is not finite"),
                     error.what());
        }
        QueryKeyPoints fourColumns = points;
        fourColumns.coordinates = FloatMatrix(points.size(), 4);
        QVERIFY_THROWS_EXCEPTION(EngineError, fourColumns.validate());
    }

    void stackedRowsAreQueriesOfEveryInputThenKeys() {
        // Two inputs of 2 and 3 tokens: rows 0-4 queries, rows 5-9 keys, each block input by input.
        const QueryKeyPoints points =
            QueryKeyPoints::fromStackedRows(FloatMatrix(10, 2), {{"a", "b"}, {"c", "d", "e"}});
        points.validate();
        QCOMPARE(points.isKey, (std::vector<std::uint8_t>{0, 0, 0, 0, 0, 1, 1, 1, 1, 1}));
        QCOMPARE(points.input, (std::vector<int>{0, 0, 1, 1, 1, 0, 0, 1, 1, 1}));
        QCOMPARE(points.position, (std::vector<int>{0, 1, 0, 1, 2, 0, 1, 0, 1, 2}));
        QCOMPARE(points.token(7), std::string("c"));
        QVERIFY_THROWS_EXCEPTION(EngineError,
                                 QueryKeyPoints::fromStackedRows(FloatMatrix(9, 2), {{"a", "b"}, {"c", "d", "e"}}));
    }

    void demoAttentionRowsAreCausalAndSumToOne() {
        const QueryKeyPoints points = demo(4, 12);
        const DemoAttention attention(points.tokens);
        const std::vector<float> row = attention.attentionRow(1, 6);
        QCOMPARE(row.size(), size_t(11));  // input 1 has 12 - 1 tokens
        double sum = 0.0;
        for (float w : row) sum += w;
        QVERIFY(std::abs(sum - 1.0) < 1e-5);
        for (size_t k = 7; k < row.size(); ++k) QCOMPARE(row[k], 0.0f);
        // The previous token gets the most.
        QCOMPARE(static_cast<int>(std::max_element(row.begin(), row.end()) - row.begin()), 5);
        // The column of key 0 gathers every query's weight on it; query 0 attends to it alone.
        const std::vector<float> column = attention.attentionColumn(1, 0, 11);
        QCOMPARE(column[0], 1.0f);
        QVERIFY_THROWS_EXCEPTION(EngineError, attention.attentionRow(1, 11));
    }
};

QTEST_MAIN(TestEmbeddingRendering)
#include "test_embedding_rendering.moc"
