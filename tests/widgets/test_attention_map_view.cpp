// The attention map colours each weight on viridis (linear or log), shows the layer mean and differences, names
// query, key and weight in its tooltip, zooms about the cursor, pans, and renders long inputs tile by tile.
#include <QtTest>

#include "attention_map_view.h"
#include "style.h"
#include "view_test_support.h"

using namespace attnscope;
using namespace attnscope::testing;
using namespace attnscope::widgets;

class TestAttentionMapView : public QObject {
    Q_OBJECT
    std::shared_ptr<const FakeCapture> capture_ = FakeCapture::make({3, 4, 16, true});

    struct Fixture {
        SelectionModel selection;
        AttentionMapView view;
        explicit Fixture(std::shared_ptr<const AttentionCapture> capture, int head,
                         std::shared_ptr<const AttentionCapture> before = nullptr) {
            shapeSelectionLike(selection, *capture);
            view.setSelectionModel(&selection);
            view.setCaptures(std::move(capture), std::move(before));
            selection.selectHead(0, head);
            renderWidget(view, {720, 640});
        }
        AttentionMapCanvas& canvas() { return *view.canvas(); }
        QImage draw() {
            view.canvas()->grab();  // asks for the tiles in view
            view.canvas()->tiles().waitForPendingTiles();
            return view.canvas()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        }
        QColor at(const QImage& image, int query, int key) { return pixelAt(image, canvas().cellCenter(query, key)); }
    };

private slots:
    void initTestCase() { useDeterministicLook(); }

    void sinkHeadFirstColumnIsTheTopColour() {
        Fixture f(capture_, headWith(FakeHeadPattern::FirstTokenSink, 0, 4));
        const QImage image = f.draw();
        for (int q : {1, 7, 15}) QCOMPARE(f.at(image, q, 0), QColor(Colormap::viridis().top()));
        QCOMPARE(f.at(image, 15, 8), QColor(Colormap::viridis().bottom()));
    }

    void futureKeysOfACausalModelAreNeutral() {
        Fixture f(capture_, 0);
        const QImage image = f.draw();
        QCOMPARE(f.at(image, 2, 9), screenTheme().notAttendable);
        QVERIFY(f.at(image, 9, 2) != screenTheme().notAttendable);
    }

    void logScaleColoursSmallWeightsByTheirDecade() {
        const int broad = headWith(FakeHeadPattern::Broad, 0, 4);
        Fixture f(capture_, broad);
        f.view.setColorScale(ColorScale::Log);
        const QImage image = f.draw();
        const float w = capture_->attention(0, broad)(12, 3);
        QVERIFY(w > 1e-4f && w < 0.2f);
        QCOMPARE(f.at(image, 12, 3).rgb(), Colormap::viridis().at(scalePosition(w, ColorScale::Log)));
        QVERIFY(f.at(image, 12, 3).rgb() != Colormap::viridis().at(w));
    }

    void layerMeanShowsTheMeanOverHeads() {
        Fixture f(capture_, 0);
        f.view.setLayerMean(true);
        const QImage image = f.draw();
        const float mean = capture_->layerMeanAttention(0)(10, 4);
        QCOMPARE(f.at(image, 10, 4).rgb(), Colormap::viridis().at(mean));
    }

    void differenceModeIsWhiteWhereRunsAgreeAndColouredWhereTheyDiffer() {
        const auto after = FakeCapture::make({3, 4, 16, true, false, 1});
        Fixture f(after, 1, capture_);
        f.view.setDifferenceMode(true);
        QImage image = f.draw();
        const QColor zero(Colormap::divergingRdBu().at(0.5f));
        QCOMPARE(f.at(image, 10, 4), zero);  // layer 0 is the same in both runs
        f.selection.setLayer(2);
        image = f.draw();
        const float delta = after->attention(2, 1)(10, 9) - capture_->attention(2, 1)(10, 9);
        const float range = f.canvas().tiles().source().differenceRange;
        QVERIFY(std::abs(delta) > 0.01f);
        QCOMPARE(f.at(image, 10, 9).rgb(), Colormap::divergingRdBu().at(differencePosition(delta, range)));
    }

    void tooltipNamesQueryKeyAndWeight() {
        Fixture f(capture_, 0);
        const float w = capture_->attention(0, 0)(5, 4);
        const QString text = f.canvas().tooltipText(5, 4);
        QVERIFY2(text.contains(QStringLiteral("Query 5  “␣over”")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Key 4  “␣jumps”")));
        QVERIFY(text.contains(QString::number(w, 'f', 4)));
    }

    void wheelZoomKeepsTheCellUnderTheCursor() {
        Fixture f(capture_, 0);
        const QPointF point = f.canvas().cellCenter(11, 6);
        const double before = f.canvas().cellSize();
        QWheelEvent wheel(point, f.canvas().mapToGlobal(point), {}, QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(&f.canvas(), &wheel);
        QVERIFY(f.canvas().cellSize() > before * 1.4);
        QCOMPARE(f.canvas().cellAt(point), std::make_pair(11, 6));
    }

    void draggingPansTheZoomedMap() {
        Fixture f(capture_, 0);
        f.canvas().zoomBy(3.0, f.canvas().mapArea().topLeft());
        const QPointF start = f.canvas().mapArea().center();
        QTest::mousePress(&f.canvas(), Qt::LeftButton, {}, start.toPoint());
        QTest::mouseMove(&f.canvas(), (start - QPointF(120, 60)).toPoint());
        QTest::mouseRelease(&f.canvas(), Qt::LeftButton, {}, (start - QPointF(120, 60)).toPoint());
        const double cell = f.canvas().cellSize();
        QVERIFY(std::abs(f.canvas().offset().x() - 120 / cell) < 0.5);
        QVERIFY(std::abs(f.canvas().offset().y() - 60 / cell) < 0.5);
    }

    void clickingACellSelectsItsQueryToken() {
        Fixture f(capture_, 0);
        QTest::mouseClick(&f.canvas(), Qt::LeftButton, {}, f.canvas().cellCenter(9, 3).toPoint());
        QCOMPARE(f.selection.token(), 9);
        QCOMPARE(f.selection.tokenIsKey(), false);
    }

    void aFailingCaptureShowsGreyTilesAndTheError() {
        Fixture f(std::make_shared<const BrokenCapture>(FakeCaptureSpec{3, 4, 16, true}), 0);
        const QImage image = f.draw();
        QCOMPARE(f.at(image, 5, 2), screenTheme().panel);
        QVERIFY(f.canvas().tiles().error().contains(QStringLiteral("weights unavailable")));
        QVERIFY(f.canvas().tooltipText(5, 2).contains(QStringLiteral("weights unavailable")));
    }

    void longInputsRenderOnlyTheTilesInView() {
        const auto longCapture = FakeCapture::make({1, 4, 4096, true});
        Fixture f(longCapture, headWith(FakeHeadPattern::PreviousToken, 0, 4));
        // Fitted, 4096 tokens share a few hundred pixels: 8 x 8 tokens per pixel, 4 x 4 tiles, rendered in the
        // background while the view counts as busy.
        BusyCounter busy;
        f.view.setBusyCounter(&busy);
        QVERIFY(f.canvas().tiles().hasPendingTiles());
        QVERIFY(busy.busy());
        f.draw();
        QVERIFY(!busy.busy());
        QVERIFY(f.canvas().tiles().renderedTiles() <= 16);
        f.canvas().zoomBy(64.0, f.canvas().cellCenter(2048, 2048));
        const int before = f.canvas().tiles().renderedTiles();
        QImage image = f.draw();
        QVERIFY(f.canvas().tiles().renderedTiles() - before <= 9);
        // The diagonal below the main one (previous token) shows that head's weight wherever we look.
        const int q = static_cast<int>(f.canvas().offset().y()) + 5;
        const int head = headWith(FakeHeadPattern::PreviousToken, 0, 4);
        const float w = longCapture->attentionRow(0, head, q)[static_cast<size_t>(q - 1)];
        QVERIFY(w > 0.5f);
        QCOMPARE(f.at(image, q, q - 1).rgb(), Colormap::viridis().at(w));
    }
};

QTEST_MAIN(TestAttentionMapView)
#include "test_attention_map_view.moc"
