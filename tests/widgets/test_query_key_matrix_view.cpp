// QueryKeyMatrixView: placeholders with progress while heads are embedded, thumbnails in the two colour families
// once they arrive, a click on a ready cell naming its head, and a baseline screenshot. Pure QPainter: offscreen.
#include <QDir>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>

#include "embedding/demo_query_keys.h"
#include "embedding/embedding_palette.h"
#include "embedding/query_key_matrix_view.h"
#include "screenshot_compare.h"

using attnscope::QueryKeyPoints;
using attnscope::testing::grabAtSize;
using namespace attnscope::widgets;
using CellState = QueryKeyMatrixView::CellState;

namespace {

// Writes `image` to the test output directory, so a person can look at what a test saw.
void saveForInspection(const QImage& image, const QString& name) {
    QDir().mkpath(attnscope::testing::outputDirectory());
    image.save(attnscope::testing::outputDirectory() + "/" + name + ".png");
}

const QSize kMatrixSize(600, 420);

// The demo cloud, turned and stretched by the seed so that heads look different from one another.
QueryKeyPoints demoHead(std::uint64_t seed, int inputs = 60) {
    DemoQueryKeyOptions options;
    options.inputs = inputs;
    options.seed = seed;
    QueryKeyPoints points = makeDemoQueryKeyPoints(options);
    const double angle = 0.7 * static_cast<double>(seed);
    const double stretch = 0.35 + 0.65 * std::abs(std::sin(1.3 * static_cast<double>(seed)));
    for (std::int64_t i = 0; i < points.size(); ++i) {
        const double x = points.coordinates(i, 0), y = stretch * points.coordinates(i, 1);
        points.coordinates(i, 0) = static_cast<float>(std::cos(angle) * x - std::sin(angle) * y);
        points.coordinates(i, 1) = static_cast<float>(std::sin(angle) * x + std::cos(angle) * y);
    }
    return points;
}

// Pixels of `image` inside `rect` whose hue is closer to `color` than `tolerance` per channel.
int countInside(const QImage& image, const QRect& rect, const QColor& color, int tolerance) {
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor pixel(image.pixel(x, y));
            count += std::abs(pixel.red() - color.red()) <= tolerance &&
                     std::abs(pixel.green() - color.green()) <= tolerance &&
                     std::abs(pixel.blue() - color.blue()) <= tolerance;
        }
    return count;
}

// Greenish (queries) and pinkish (keys) pixels, whatever the density shade.
int countHue(const QImage& image, const QRect& rect, bool pink) {
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor pixel(image.pixel(x, y));
            count += pink ? pixel.red() > pixel.green() + 60 : pixel.green() > pixel.red() + 60;
        }
    return count;
}

}  // namespace

class TestQueryKeyMatrixView : public QObject {
    Q_OBJECT
private slots:
    void newShapeShowsEveryCellWaiting() {
        QueryKeyMatrixView view;
        view.setModelShape(3, 4);
        QCOMPARE(view.layerCount(), 3);
        QCOMPARE(view.headCount(), 4);
        for (int l = 0; l < 3; ++l)
            for (int h = 0; h < 4; ++h) QCOMPARE(view.cellState(l, h), CellState::Waiting);
        QVERIFY_THROWS_EXCEPTION(attnscope::EngineError, view.cellState(3, 0));
    }

    void runningCellShowsItsProgressAsABar() {
        QueryKeyMatrixView view;
        view.setModelShape(2, 3);
        view.setCellProgress(1, 2, 0.4);
        QCOMPARE(view.cellState(1, 2), CellState::Running);
        const QImage image = grabAtSize(view, kMatrixSize);
        const QRect running = view.cellRect(1, 2);
        const QRect waiting = view.cellRect(1, 1);
        const QColor accent(0x15, 0x65, 0xc0);
        const int filled = countInside(image, running, accent, 10);
        // The bar's track is the cell width less 14 pixels, 4 high; 40 % of it is filled (rounded ends blur a few).
        const double expected = 0.4 * (running.width() - 14) * 4;
        QVERIFY2(std::abs(filled - expected) < 0.2 * expected,
                 qPrintable(QString("%1 accent pixels, expected about %2").arg(filled).arg(expected)));
        QCOMPARE(countInside(image, waiting, accent, 10), 0);

        view.setCellProgress(1, 2, 0.9);
        const int later = countInside(grabAtSize(view, kMatrixSize), running, accent, 10);
        QVERIFY2(later > 2 * filled, qPrintable(QString("%1 then %2").arg(filled).arg(later)));
    }

    void readyCellShowsQueriesAndKeysInTheirColours() {
        QueryKeyMatrixView view;
        view.setModelShape(2, 2);
        view.setCell(0, 1, demoHead(3));
        QCOMPARE(view.cellState(0, 1), CellState::Ready);
        const QImage image = grabAtSize(view, kMatrixSize);
        const QRect ready = view.cellRect(0, 1);
        QVERIFY(countHue(image, ready, false) > 100);
        QVERIFY(countHue(image, ready, true) > 100);
        QCOMPARE(countHue(image, view.cellRect(0, 0), true), 0);
    }

    void thumbnailKeepsAtMostItsBudgetOfPoints() {
        QueryKeyMatrixView view;
        view.setModelShape(1, 1);
        view.setCell(0, 0, demoHead(5, 1000));  // about 43,000 points
        QCOMPARE(view.cellState(0, 0), CellState::Ready);
        QCOMPARE(QueryKeyMatrixView::kThumbnailPoints, std::int64_t(20000));
    }

    void clickingAReadyCellActivatesItsHead() {
        QueryKeyMatrixView view;
        view.setModelShape(3, 4);
        view.setCell(2, 1, demoHead(1));
        grabAtSize(view, kMatrixSize);
        QSignalSpy activated(&view, &QueryKeyMatrixView::headActivated);

        QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, view.cellRect(2, 1).center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toInt(), 2);
        QCOMPARE(activated.at(0).at(1).toInt(), 1);
        // A cell still waiting, and the space between cells, do nothing.
        QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, view.cellRect(0, 0).center());
        QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, QPoint(3, 3));
        QCOMPARE(activated.count(), 1);
    }

    void failedCellIsMarked() {
        QueryKeyMatrixView view;
        view.setModelShape(1, 2);
        view.setCellFailed(0, 1, QStringLiteral("out of memory"));
        QCOMPARE(view.cellState(0, 1), CellState::Failed);
        const QImage image = grabAtSize(view, kMatrixSize);
        // Tinted red, most of the cell.
        const QRect failed = view.cellRect(0, 1);
        QVERIFY(countInside(image, failed, QColor(0xfb, 0xe9, 0xe7), 2) > failed.width() * failed.height() / 2);
        QCOMPARE(countInside(image, view.cellRect(0, 0), QColor(0xfb, 0xe9, 0xe7), 2), 0);
    }

    void matrixMatchesBaseline() {
        QueryKeyMatrixView view;
        view.setModelShape(4, 6);
        for (int l = 0; l < 4; ++l)
            for (int h = 0; h < 6; ++h) {
                const int index = l * 6 + h;
                if (index < 15)
                    view.setCell(l, h, demoHead(100 + static_cast<std::uint64_t>(index), 20 + 5 * index));
                else if (index == 15)
                    view.setCellProgress(l, h, 0.62);
            }
        view.setCurrentHead(1, 2);
        const QImage image = grabAtSize(view, kMatrixSize);
        saveForInspection(image, "query_key_matrix");
        ATTNSCOPE_COMPARE_BASELINE(image, "query_key_matrix");
    }
};

QTEST_MAIN(TestQueryKeyMatrixView)
#include "test_query_key_matrix_view.moc"
