// QueryKeyEmbeddingView as a user sees it: colours where queries and keys project, search highlighting, level of
// detail while the camera moves, picking, attention lines, density mode, live coordinate updates, and baseline
// screenshots. Runs under xvfb-run (Mesa). Expected positions come from a hand-made layout whose points are far
// apart, projected with the canvas camera (VtkRenderWidget::worldToWidget is itself tested against a hand
// computation in test_vtk_render_widget).
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>
#include <limits>
#include <memory>
#include <vector>

#include "embedding/demo_query_keys.h"
#include "embedding/embedding_legend.h"
#include "embedding/embedding_palette.h"
#include "embedding/query_key_embedding_view.h"
#include "embedding/query_key_scene.h"
#include "embedding/token_context_panel.h"
#include "render/vtk_render_widget.h"
#include "screenshot_compare.h"
#include "selection_model.h"
#include "style.h"
#include "test_support.h"

using attnscope::AttentionWeightsProvider;
using attnscope::FloatMatrix;
using attnscope::QueryKeyPoints;
using attnscope::testing::grabAtSize;
using namespace attnscope::widgets;
using attnscope::testing::countPixels;

namespace {

// Writes `image` to the test output directory, so a person can look at what a test saw.
void saveForInspection(const QImage& image, const QString& name) {
    QDir().mkpath(attnscope::testing::outputDirectory());
    image.save(attnscope::testing::outputDirectory() + "/" + name + ".png");
}

const QSize kViewSize(640, 480);

// Two inputs of four tokens; query (input i, position p) at (-3 + 2p, 1 + i), its key at (-3 + 2p, -(1 + i)).
QueryKeyPoints handMadePoints() {
    QueryKeyPoints points;
    points.tokens = {{"<s>", "Ġcat", "Ġsat", "Ġcat"}, {"<s>", "Ġdog", "Ġcat", "."}};
    points.coordinates = FloatMatrix(16, 2);
    int row = 0;
    for (int input = 0; input < 2; ++input)
        for (int kind = 0; kind < 2; ++kind)
            for (int position = 0; position < 4; ++position) {
                points.coordinates(row, 0) = static_cast<float>(-3 + 2 * position);
                points.coordinates(row, 1) = static_cast<float>((kind ? -1 : 1) * (1 + input));
                points.isKey.push_back(static_cast<std::uint8_t>(kind));
                points.input.push_back(input);
                points.position.push_back(position);
                ++row;
            }
    return points;
}

// Query q attends to key q - 1 with 0.7 and key 0 with the rest (key 0 alone for q = 0).
class FixedAttention : public AttentionWeightsProvider {
public:
    std::vector<float> attentionRow(int, int query) const override {
        std::vector<float> row(4, 0.0f);
        if (query == 0) {
            row[0] = 1.0f;
        } else {
            row[static_cast<size_t>(query - 1)] += 0.7f;
            row[0] += 0.3f;
        }
        return row;
    }
};

bool near(QRgb pixel, const QColor& color, int tolerance = 3) {
    return attnscope::testing::nearColor(pixel, color, tolerance);
}

QString describe(QRgb pixel) {
    return QColor(pixel).name();
}

// Shows the view at the test size and returns what its canvas drew (device pixels).
QImage showAndGrabCanvas(QueryKeyEmbeddingView& view, const QSize& size = kViewSize) {
    grabAtSize(view, size);
    return view.canvas()->grabFramebuffer().convertToFormat(QImage::Format_ARGB32);
}

// Where point `id` of the view lands on the canvas image.
QPoint pixelOf(const QueryKeyEmbeddingView& view, std::int64_t id) {
    const float* xyz = view.scene().coordinates() + 3 * id;
    const QPointF at = view.canvas()->worldToWidget(xyz[0], xyz[1], xyz[2]);
    const double ratio = view.canvas()->devicePixelRatioF();
    return {static_cast<int>(std::floor(at.x() * ratio)), static_cast<int>(std::floor(at.y() * ratio))};
}

QPointF widgetPosOf(const QueryKeyEmbeddingView& view, std::int64_t id) {
    const float* xyz = view.scene().coordinates() + 3 * id;
    return view.canvas()->worldToWidget(xyz[0], xyz[1], xyz[2]);
}

QueryKeyPoints demo(int inputs, int tokens, int dimensions) {
    DemoQueryKeyOptions options;
    options.inputs = inputs;
    options.tokensPerInput = tokens;
    options.dimensions = dimensions;
    return makeDemoQueryKeyPoints(options);
}

void drag(QWidget* canvas, QPoint from, QPoint to) {
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(canvas, (from + to) / 2);
    QTest::mouseMove(canvas, to);
}

}  // namespace

class TestQueryKeyEmbeddingView : public QObject {
    Q_OBJECT
private slots:
    void queryColourIsDrawnWhereQueriesProjectAndKeyColourWhereKeysProject() {
        QueryKeyEmbeddingView view;
        view.setPoints(handMadePoints());
        const QImage image = showAndGrabCanvas(view);
        for (std::int64_t id = 0; id < 16; ++id) {
            const QPoint pixel = pixelOf(view, id);
            const QColor expected =
                view.points().isKey[static_cast<size_t>(id)] ? EmbeddingPalette::key() : EmbeddingPalette::query();
            QVERIFY2(near(image.pixel(pixel), expected),
                     qPrintable(QString("point %1 at (%2, %3) is %4, expected %5")
                                    .arg(id)
                                    .arg(pixel.x())
                                    .arg(pixel.y())
                                    .arg(describe(image.pixel(pixel)), expected.name())));
        }
        // Between the points: the canvas background.
        const QPoint between = (pixelOf(view, 0) + pixelOf(view, 1)) / 2;
        QVERIFY(near(image.pixel(between), screenTheme().background));
        // Eight 6x6 squares of each colour, nothing else.
        QCOMPARE(countPixels(image, EmbeddingPalette::query(), 0), 8 * 36);
        QCOMPARE(countPixels(image, EmbeddingPalette::key(), 0), 8 * 36);
    }

    void searchKeepsMatchingTokensInColourAndDimsTheOthers() {
        QueryKeyEmbeddingView view;
        view.setPoints(handMadePoints());
        showAndGrabCanvas(view);
        view.setSearchText(QStringLiteral("cat"));
        // "Ġcat" at (0, 1), (0, 3), (1, 2): as query and key, six points.
        QCOMPARE(view.searchMatchCount(), std::int64_t(6));
        const QImage image = view.canvas()->grabFramebuffer().convertToFormat(QImage::Format_ARGB32);
        const QColor dimQuery =
            mixColors(EmbeddingPalette::query(), screenTheme().background, EmbeddingPalette::kDimming);
        const QColor dimKey = mixColors(EmbeddingPalette::key(), screenTheme().background, EmbeddingPalette::kDimming);
        for (std::int64_t id = 0; id < 16; ++id) {
            const auto i = static_cast<size_t>(id);
            const bool match = view.points().token(id) == "Ġcat";
            const bool isKey = view.points().isKey[i] != 0;
            const QColor expected =
                match ? (isKey ? EmbeddingPalette::key() : EmbeddingPalette::query()) : (isKey ? dimKey : dimQuery);
            const QRgb pixel = image.pixel(pixelOf(view, id));
            QVERIFY2(near(pixel, expected), qPrintable(QString("point %1 (%2) is %3, expected %4")
                                                           .arg(id)
                                                           .arg(match ? "match" : "other")
                                                           .arg(describe(pixel), expected.name())));
        }
        // Matches are redrawn on top, two pixels larger: 8x8 squares, three of each kind.
        QCOMPARE(countPixels(image, EmbeddingPalette::query(), 0), 3 * 64);
        QCOMPARE(countPixels(image, EmbeddingPalette::key(), 0), 3 * 64);
        QVERIFY(view.legend()->content().searchNote.contains(QStringLiteral("6 matches")));

        view.setSearchText(QString());
        const QImage cleared = view.canvas()->grabFramebuffer().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(countPixels(cleared, EmbeddingPalette::query(), 0), 8 * 36);
    }

    void searchMatchesIgnoreCaseAndSpaceMarkers() {
        QueryKeyPoints points = handMadePoints();
        const auto cats = matchTokens(points, QStringLiteral(" CAT "));
        QCOMPARE(std::count(cats.begin(), cats.end(), 1), 6L);
        const auto dots = matchTokens(points, QStringLiteral("."));
        QCOMPARE(std::count(dots.begin(), dots.end(), 1), 2L);
        const auto none = matchTokens(points, QStringLiteral("ca"));
        QCOMPARE(std::count(none.begin(), none.end(), 1), 0L);
    }

    void dragDrawsTheSubsampleAndSettlesToEveryPoint() {
        QueryKeyEmbeddingView view;
        view.setInteractiveBudget(20000);
        view.setInteractiveFrameTarget(0.0);  // the whole budget, however slow this machine is
        view.setSettleInterval(100);
        view.setPoints(demo(2000, 60, 2));  // about 230,000 points
        const std::int64_t all = view.points().size();
        QCOMPARE(view.scene().subsampleSize(), std::int64_t(20000));
        showAndGrabCanvas(view);
        QCOMPARE(view.renderedPointCount(), all);

        drag(view.canvas(), QPoint(300, 200), QPoint(360, 240));
        QVERIFY(view.interacting());
        QCOMPARE(view.renderedPointCount(), std::int64_t(20000));
        // The frame drawn while moving really holds only the subsample: far fewer coloured pixels.
        const QImage moving = view.canvas()->grabFramebuffer().convertToFormat(QImage::Format_ARGB32);
        QVERIFY(view.legend()->content().drawnWhileMoving == 20000);
        QTest::qWait(250);  // the button is still held: no settling while dragging
        QVERIFY(view.interacting());

        QTest::mouseRelease(view.canvas(), Qt::LeftButton, Qt::NoModifier, QPoint(360, 240));
        QVERIFY(view.interacting());
        QTRY_VERIFY_WITH_TIMEOUT(!view.interacting(), 2000);
        QCOMPARE(view.renderedPointCount(), all);
        QCOMPARE(view.legend()->content().drawnWhileMoving, std::int64_t(-1));
        const QImage settled = view.canvas()->grabFramebuffer().convertToFormat(QImage::Format_ARGB32);
        const int background = countPixels(moving, screenTheme().background, 0);
        const int backgroundSettled = countPixels(settled, screenTheme().background, 0);
        QVERIFY2(
            backgroundSettled < background,
            qPrintable(QString("background pixels: %1 moving, %2 settled").arg(background).arg(backgroundSettled)));
    }

    void movingSubsampleShrinksWhenFramesAreSlowAndGrowsBackWhenFast() {
        QueryKeyEmbeddingView view;
        view.setInteractiveBudget(30000);
        view.setPoints(demo(1000, 60, 2));
        showAndGrabCanvas(view);
        QCOMPARE(view.scene().subsampleSize(), std::int64_t(30000));

        // No frame can take under a microsecond: every judgement shrinks the subsample, down to its floor.
        view.setInteractiveFrameTarget(0.001);
        QTest::mousePress(view.canvas(), Qt::LeftButton, Qt::NoModifier, QPoint(300, 200));
        for (int i = 0; i < 40; ++i) {
            QTest::mouseMove(view.canvas(), QPoint(306 + i % 7, 200));
            view.canvas()->grabFramebuffer();
        }
        QCOMPARE(view.scene().subsampleSize(), QueryKeyScene::kMinimumMovingPoints);
        QCOMPARE(view.renderedPointCount(), QueryKeyScene::kMinimumMovingPoints);
        QCOMPARE(view.legend()->content().drawnWhileMoving, QueryKeyScene::kMinimumMovingPoints);

        // Every frame is fast against an hour: it grows back to the whole budget, 25 % per judgement.
        view.setInteractiveFrameTarget(3.6e6);
        for (int i = 0; i < 60; ++i) {
            QTest::mouseMove(view.canvas(), QPoint(306 + i % 7, 200));
            view.canvas()->grabFramebuffer();
        }
        QCOMPARE(view.scene().subsampleSize(), std::int64_t(30000));
        QTest::mouseRelease(view.canvas(), Qt::LeftButton, Qt::NoModifier, QPoint(306, 200));
    }

    void densityWhileMovingCoarsensWhenSlowAndIsFullAgainWhenStill() {
        QueryKeyEmbeddingView view;
        view.setSettleInterval(80);
        view.setPoints(demo(400, 40, 2));
        view.setDensityEnabled(true);
        const QImage before = showAndGrabCanvas(view);
        QCOMPARE(view.scene().densityDivisor(), 1);

        view.setInteractiveFrameTarget(0.001);  // every frame is too slow: down to a quarter of the resolution
        QTest::mousePress(view.canvas(), Qt::LeftButton, Qt::NoModifier, QPoint(300, 200));
        for (int i = 0; i < 24; ++i) {
            QTest::mouseMove(view.canvas(), QPoint(310 + i % 5, 200));
            view.canvas()->grabFramebuffer();
        }
        QCOMPARE(view.scene().densityDivisor(), QueryKeyScene::kMaximumDensityDivisor);
        saveForInspection(view.canvas()->grabFramebuffer(), "query_key_density_moving");
        QCOMPARE(view.renderedPointCount(), view.points().size());  // density still splats every point
        // Back where it started, release, settle: the full-resolution image again, as before the drag.
        QTest::mouseMove(view.canvas(), QPoint(300, 200));
        QTest::mouseRelease(view.canvas(), Qt::LeftButton, Qt::NoModifier, QPoint(300, 200));
        QTRY_VERIFY_WITH_TIMEOUT(!view.interacting(), 2000);
        const QImage after = view.canvas()->grabFramebuffer().convertToFormat(QImage::Format_ARGB32);
        const auto comparison = attnscope::testing::compareImages(after, before);
        QVERIFY2(comparison.matches, qPrintable(comparison.message));
    }

    void wheelZoomDrawsTheSubsampleUntilTheTimerFires() {
        QueryKeyEmbeddingView view;
        view.setInteractiveBudget(5000);
        view.setSettleInterval(80);
        view.setPoints(demo(300, 40, 3));
        showAndGrabCanvas(view);
        QWheelEvent wheel(QPointF(320, 200), view.canvas()->mapToGlobal(QPointF(320, 200)), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view.canvas(), &wheel);
        QVERIFY(view.interacting());
        QCOMPARE(view.renderedPointCount(), view.scene().subsampleSize());
        QTRY_VERIFY_WITH_TIMEOUT(!view.interacting(), 2000);
        QCOMPARE(view.renderedPointCount(), view.points().size());
    }

    void clickingAPointEmitsItsInputPositionAndKind() {
        QueryKeyEmbeddingView view;
        view.setPoints(handMadePoints());
        showAndGrabCanvas(view);
        QSignalSpy selected(&view, &QueryKeyEmbeddingView::tokenSelected);

        const std::int64_t key = view.pointId(1, 2, true);  // input 1, position 2, key: at (1, -2)
        QCOMPARE(key, std::int64_t(14));
        QTest::mouseClick(view.canvas(), Qt::LeftButton, Qt::NoModifier, widgetPosOf(view, key).toPoint());
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toInt(), 1);
        QCOMPARE(selected.at(0).at(1).toInt(), 2);
        QCOMPARE(selected.at(0).at(2).toBool(), true);
        QCOMPARE(view.selection().input, 1);
        QVERIFY(view.tokenPanel()->text().contains(QStringLiteral("key")));

        const std::int64_t query = view.pointId(0, 3, false);
        QTest::mouseClick(view.canvas(), Qt::LeftButton, Qt::NoModifier, widgetPosOf(view, query).toPoint());
        QCOMPARE(selected.count(), 2);
        QCOMPARE(selected.at(1).at(0).toInt(), 0);
        QCOMPARE(selected.at(1).at(1).toInt(), 3);
        QCOMPARE(selected.at(1).at(2).toBool(), false);

        // A drag that returns to where it started selects nothing.
        const QPoint onKey = widgetPosOf(view, key).toPoint();
        QTest::mousePress(view.canvas(), Qt::LeftButton, Qt::NoModifier, onKey);
        QTest::mouseMove(view.canvas(), onKey + QPoint(30, 0));
        QTest::mouseMove(view.canvas(), onKey);
        QTest::mouseRelease(view.canvas(), Qt::LeftButton, Qt::NoModifier, onKey);
        QCOMPARE(selected.count(), 2);
        QCOMPARE(view.selection().position, 3);

        // Empty canvas clears the selection.
        QSignalSpy cleared(&view, &QueryKeyEmbeddingView::selectionCleared);
        QTest::mouseClick(view.canvas(), Qt::LeftButton, Qt::NoModifier, QPoint(5, 5));
        QCOMPARE(cleared.count(), 1);
        QVERIFY(!view.selection().valid());
    }

    void selectionModelWiringFollowsBothWaysWithoutALoop() {
        // The wiring the app makes: a click sets the app's current input and the shared token; a token chosen
        // elsewhere (the head view) selects that token of the current input here.
        QueryKeyEmbeddingView view;
        SelectionModel selection;
        selection.setModelShape(2, 4);
        view.setPoints(handMadePoints());
        connect(&view, &QueryKeyEmbeddingView::tokenSelected, &selection, [&](int input, int position, bool isKey) {
            view.setCurrentInput(input);
            selection.setToken(position, isKey);
        });
        connect(&selection, &SelectionModel::tokenChanged, &view, &QueryKeyEmbeddingView::showToken);
        showAndGrabCanvas(view);
        QSignalSpy emitted(&view, &QueryKeyEmbeddingView::tokenSelected);

        QTest::mouseClick(view.canvas(), Qt::LeftButton, Qt::NoModifier,
                          widgetPosOf(view, view.pointId(1, 2, true)).toPoint());
        QCOMPARE(emitted.count(), 1);
        QCOMPARE(selection.token(), 2);
        QCOMPARE(selection.tokenIsKey(), true);
        QCOMPARE(view.currentInput(), 1);

        selection.setToken(3, false);  // from another view: query 3 of the current input
        QCOMPARE(view.selection().input, 1);
        QCOMPARE(view.selection().position, 3);
        QCOMPARE(view.selection().isKey, false);
        QCOMPARE(emitted.count(), 1);  // programmatic selection does not echo back
        selection.setToken(-1);
        QVERIFY(!view.selection().valid());
    }

    void selectedQueryDrawsLinesToTheKeysItAttendsTo() {
        QueryKeyEmbeddingView view;
        view.setPoints(handMadePoints());
        view.setAttentionProvider(std::make_shared<FixedAttention>());
        showAndGrabCanvas(view);
        // Query 2 of input 0 at (1, 1) attends to key 1 at (-1, -1) with 0.7 and key 0 at (-3, -1) with 0.3.
        view.selectToken(0, 2, false);
        QCOMPARE(view.lineCount(), std::int64_t(2));
        const QImage image = view.canvas()->grabFramebuffer().convertToFormat(QImage::Format_ARGB32);
        const QPoint from = pixelOf(view, view.pointId(0, 2, false));
        const QPoint strongest = pixelOf(view, view.pointId(0, 1, true));
        const QPoint weaker = pixelOf(view, view.pointId(0, 0, true));
        // The strongest line is opaque: exactly the line colour half-way; the weaker one a blend.
        const QRgb middle = image.pixel((from + strongest) / 2);
        QVERIFY2(near(middle, EmbeddingPalette::linesToKeys(), 8), qPrintable(describe(middle)));
        const QRgb weakMiddle = image.pixel((from + weaker) / 2);
        const QColor expectedBlend =
            mixColors(EmbeddingPalette::linesToKeys(), screenTheme().background, 1.0 - 0.3 / 0.7);
        QVERIFY2(near(weakMiddle, expectedBlend, 12),
                 qPrintable(describe(weakMiddle) + " expected about " + expectedBlend.name()));
        // No line where there is no attention (towards key 3, which query 2 cannot see).
        const QPoint future = pixelOf(view, view.pointId(0, 3, true));
        QVERIFY(near(image.pixel((from + future) / 2), screenTheme().background));
        // The selected point is marked by a dark ring.
        QVERIFY(countPixels(image, screenTheme().text, 40) > 30);

        view.clearSelection();
        const QImage cleared = view.canvas()->grabFramebuffer().convertToFormat(QImage::Format_ARGB32);
        QVERIFY(near(cleared.pixel((from + strongest) / 2), screenTheme().background));
    }

    void attentionColouringShadesTheKeysOfTheSelectedQuery() {
        QueryKeyEmbeddingView view;
        view.setPoints(handMadePoints());
        view.setAttentionProvider(std::make_shared<FixedAttention>());
        view.setColouring(PointColouring::AttentionWeight);
        view.setMaxLines(0);  // lines would cross the keys' pixels
        showAndGrabCanvas(view);
        view.selectToken(0, 2, false);
        const QImage image = view.canvas()->grabFramebuffer().convertToFormat(QImage::Format_ARGB32);
        // Key 1 has the largest weight (ramp end), key 0 gets 0.3 / 0.7 of it, key 2 nothing.
        QVERIFY(near(image.pixel(pixelOf(view, view.pointId(0, 1, true))), keyRamp(1.0)));
        QVERIFY(near(image.pixel(pixelOf(view, view.pointId(0, 0, true))), keyRamp(0.15 + 0.85 * 0.3 / 0.7), 4));
        QVERIFY(near(image.pixel(pixelOf(view, view.pointId(0, 2, true))), keyRamp(0.15)));
        // Another input's key is dimmed.
        const QColor dimKey = mixColors(EmbeddingPalette::key(), screenTheme().background, EmbeddingPalette::kDimming);
        QVERIFY(near(image.pixel(pixelOf(view, view.pointId(1, 1, true))), dimKey));
        QVERIFY(view.legend()->content().attentionSource.contains(QStringLiteral("“sat”")));
    }

    void positionColouringRunsAlongTheRampsBySequenceLength() {
        QueryKeyEmbeddingView view;
        view.setPoints(handMadePoints());
        view.setColouring(PointColouring::Position);
        const QImage image = showAndGrabCanvas(view);
        QVERIFY(near(image.pixel(pixelOf(view, view.pointId(0, 0, false))), queryRamp(0.0)));
        QVERIFY(near(image.pixel(pixelOf(view, view.pointId(0, 3, false))), queryRamp(1.0)));
        QVERIFY(near(image.pixel(pixelOf(view, view.pointId(1, 1, true))), keyRamp(1.0 / 3.0)));
    }

    void densityModeDrawsAnImageOfEveryPoint() {
        QueryKeyEmbeddingView view;
        view.setPoints(demo(400, 40, 2));
        view.setDensityEnabled(true);
        const QImage image = showAndGrabCanvas(view);
        QVERIFY(view.scene().densityShown());
        QCOMPARE(view.renderedPointCount(), view.points().size());
        QVERIFY(view.scene().lastDensityMilliseconds() > 0.0);
        // The canvas corner is background; the centre of a word's query cluster is greenish, of its key cluster
        // pinkish (the density shades colours, so compare hues, not exact values).
        QVERIFY(near(image.pixel(2, 2), screenTheme().background));
        for (int word = 0; word < demoVocabularySize(); word += 5) {
            for (const bool isKey : {false, true}) {
                double x = 0, y = 0;
                demoClusterCentre(word, isKey, x, y);
                const QPointF at = view.canvas()->worldToWidget(x, y, 0.0);
                const QColor pixel(image.pixel(at.toPoint()));
                if (isKey)
                    QVERIFY2(pixel.red() > pixel.green() + 40, qPrintable(pixel.name()));
                else
                    QVERIFY2(pixel.green() > pixel.red() + 40, qPrintable(pixel.name()));
            }
        }
        // Points mode again: the point actors are back.
        view.setDensityEnabled(false);
        QVERIFY(!view.scene().densityShown());
    }

    void liveCoordinateUpdatesMoveThePointsInPlace() {
        QueryKeyEmbeddingView view;
        view.setPoints(handMadePoints());
        showAndGrabCanvas(view);
        const float* coordinatesBefore = view.scene().coordinates();
        // Move query (0, 0) from (-3, 1) to (-2, 0): a chunk of one row.
        FloatMatrix chunk(1, 2);
        chunk(0, 0) = -2.0f;
        chunk(0, 1) = 0.0f;
        view.updateCoordinates(0, chunk);
        QCOMPARE(view.scene().coordinates(), coordinatesBefore);  // the same VTK array, written in place
        const QImage image = view.canvas()->grabFramebuffer().convertToFormat(QImage::Format_ARGB32);
        const QPointF moved = view.canvas()->worldToWidget(-2.0, 0.0, 0.0);
        QVERIFY(near(image.pixel(moved.toPoint()), EmbeddingPalette::query()));
        QCOMPARE(view.points().coordinates(0, 0), -2.0f);

        FloatMatrix tooWide(1, 3);
        QVERIFY_THROWS_EXCEPTION(attnscope::EngineError, view.updateCoordinates(0, tooWide));
        QVERIFY_THROWS_EXCEPTION(attnscope::EngineError, view.updateCoordinates(16, chunk));
        FloatMatrix notFinite(1, 2);
        notFinite(0, 1) = std::numeric_limits<float>::infinity();
        QVERIFY_THROWS_EXCEPTION(attnscope::EngineError, view.updateCoordinates(0, notFinite));
        QCOMPARE(view.points().coordinates(0, 1), 0.0f);
    }

    void invalidPointsAreRefusedAndThePreviousOnesKept() {
        QueryKeyEmbeddingView view;
        view.setPoints(handMadePoints());
        QueryKeyPoints bad = handMadePoints();
        bad.position[3] = 9;
        QVERIFY_THROWS_EXCEPTION(attnscope::EngineError, view.setPoints(bad));
        QCOMPARE(view.points().size(), std::int64_t(16));
        QCOMPARE(view.points().position[3], 3);
    }

    void embedding2DMatchesBaseline() {
        QueryKeyEmbeddingView view;
        view.setTitle(QStringLiteral("layer 2 · head 5 · UMAP"));
        view.setPoints(demo(300, 32, 2));
        const QImage image = grabAtSize(view, kViewSize);
        saveForInspection(image, "query_key_embedding_2d");
        if (view.devicePixelRatioF() != 1.0) QSKIP("baselines are for a device pixel ratio of 1");
        ATTNSCOPE_COMPARE_BASELINE(image, "query_key_embedding_2d");
    }

    void embedding3DMatchesBaseline() {
        QueryKeyEmbeddingView view;
        view.setTitle(QStringLiteral("layer 2 · head 5 · UMAP 3D"));
        view.setColouring(PointColouring::Position);
        view.setPoints(demo(300, 32, 3));
        const QImage image = grabAtSize(view, kViewSize);
        saveForInspection(image, "query_key_embedding_3d");
        if (view.devicePixelRatioF() != 1.0) QSKIP("baselines are for a device pixel ratio of 1");
        ATTNSCOPE_COMPARE_BASELINE(image, "query_key_embedding_3d");
    }

    void selectedQueryWithAttentionLinesMatchesBaseline() {
        QueryKeyEmbeddingView view;
        view.setTitle(QStringLiteral("layer 2 · head 5 · UMAP"));
        QueryKeyPoints points = demo(300, 32, 2);
        view.setAttentionProvider(std::make_shared<DemoAttention>(points.tokens));
        view.setPoints(std::move(points));
        view.setSearchText(QStringLiteral("cat"));
        view.selectToken(7, 20, false);
        const QImage image = grabAtSize(view, kViewSize);
        saveForInspection(image, "query_key_embedding_selection");
        if (view.devicePixelRatioF() != 1.0) QSKIP("baselines are for a device pixel ratio of 1");
        ATTNSCOPE_COMPARE_BASELINE(image, "query_key_embedding_selection");
    }

    void densityMatchesBaseline() {
        QueryKeyEmbeddingView view;
        view.setTitle(QStringLiteral("layer 2 · head 5 · UMAP"));
        view.setColouring(PointColouring::Position);
        view.setPoints(demo(2000, 60, 2));
        view.setDensityEnabled(true);
        const QImage image = grabAtSize(view, kViewSize);
        saveForInspection(image, "query_key_embedding_density");
        if (view.devicePixelRatioF() != 1.0) QSKIP("baselines are for a device pixel ratio of 1");
        ATTNSCOPE_COMPARE_BASELINE(image, "query_key_embedding_density");
    }
};

QTEST_MAIN(TestQueryKeyEmbeddingView)
#include "test_query_key_embedding_view.moc"
