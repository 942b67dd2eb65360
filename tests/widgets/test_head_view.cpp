// The head view draws each head's weights as lines in that head's colour, follows the hovered token, hides heads
// with its chips, filters sentence pairs, and stays drawable at 512 tokens.
#include <QElapsedTimer>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QtTest>

#include "head_chips.h"
#include "head_view.h"
#include "style.h"
#include "view_test_support.h"

using namespace attnscope;
using namespace attnscope::testing;
using namespace attnscope::widgets;

namespace {
// A point a fraction `t` along the line from query `q` to key `k`.
QPointF along(const HeadViewCanvas& canvas, int q, int k, double t) {
    return canvas.queryAnchor(q) * (1.0 - t) + canvas.keyAnchor(k) * t;
}
}  // namespace

class TestHeadView : public QObject {
    Q_OBJECT
    std::shared_ptr<const FakeCapture> capture_ = FakeCapture::make({4, 4, 12, true});

    // The canvas as drawn, with only `head` visible.
    QImage renderOnly(HeadView& view, SelectionModel& selection, int head) {
        selection.setAllHeadsVisible(false);
        selection.setHeadVisible(head, true);
        renderWidget(view, {640, 480});
        return view.canvas()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    }

private slots:
    void initTestCase() { useDeterministicLook(); }

    void previousTokenHeadDrawsALineInItsColourToThePreviousKey() {
        SelectionModel selection;
        shapeSelectionLike(selection, *capture_);
        HeadView view;
        view.setSelectionModel(&selection);
        view.setCapture(capture_);
        const int head = headWith(FakeHeadPattern::PreviousToken, 0, 4);
        const QImage image = renderOnly(view, selection, head);
        const HeadViewCanvas& canvas = *view.canvas();
        const float weight = capture_->attention(0, head)(6, 5);
        // Where the line is alone (a quarter of the way along), it shows the head colour at the weight's opacity.
        const QColor expected = overWhite(headColor(head), weight);
        QVERIFY(distanceNear(image, along(canvas, 6, 5, 0.25), expected) < 30);
    }

    void hoveringAQueryShowsOnlyItsLines() {
        SelectionModel selection;
        shapeSelectionLike(selection, *capture_);
        HeadView view;
        view.setSelectionModel(&selection);
        view.setCapture(capture_);
        const int head = headWith(FakeHeadPattern::PreviousToken, 0, 4);
        selection.setToken(6, false);
        const QImage image = renderOnly(view, selection, head);
        const HeadViewCanvas& canvas = *view.canvas();
        QVERIFY(distanceNear(image, along(canvas, 6, 5, 0.5), headColor(head)) < 60);
        // Query 9's line to key 8 is not drawn while query 6 is hovered.
        QCOMPARE(pixelAt(image, along(canvas, 9, 8, 0.5)), QColor(Qt::white));
        // Causal: nothing from query 6 to a later key.
        QCOMPARE(pixelAt(image, along(canvas, 6, 8, 0.5)), QColor(Qt::white));
    }

    void hoveringATokenSetsTheSelectionToken() {
        SelectionModel selection;
        shapeSelectionLike(selection, *capture_);
        HeadView view;
        view.setSelectionModel(&selection);
        view.setCapture(capture_);
        renderWidget(view, {640, 480});
        HeadViewCanvas* canvas = view.canvas();
        QTest::mouseMove(canvas, canvas->labelRect(3, false).center());
        QTRY_COMPARE(selection.token(), 3);
        QCOMPARE(selection.tokenIsKey(), false);
        QTest::mouseMove(canvas, canvas->labelRect(7, true).center());
        QTRY_COMPARE(selection.token(), 7);
        QCOMPARE(selection.tokenIsKey(), true);
    }

    void hoveringAKeyShowsTheQueriesThatAttendToIt() {
        SelectionModel selection;
        shapeSelectionLike(selection, *capture_);
        HeadView view;
        view.setSelectionModel(&selection);
        view.setCapture(capture_);
        const int sink = headWith(FakeHeadPattern::FirstTokenSink, 0, 4);
        selection.setToken(0, true);
        const QImage image = renderOnly(view, selection, sink);
        const HeadViewCanvas& canvas = *view.canvas();
        for (int q : {3, 8, 11}) QVERIFY(distanceNear(image, along(canvas, q, 0, 0.1), headColor(sink)) < 40);
    }

    void headChipHidesItsHead() {
        SelectionModel selection;
        shapeSelectionLike(selection, *capture_);
        HeadView view;
        view.setSelectionModel(&selection);
        view.setCapture(capture_);
        const int head = headWith(FakeHeadPattern::PreviousToken, 0, 4);
        renderOnly(view, selection, head);
        QTest::mouseClick(view.headChips(), Qt::LeftButton, {}, view.headChips()->chipRect(head).center());
        QVERIFY(!selection.headVisible(head));
        const QImage image = view.canvas()->grab().toImage();
        QCOMPARE(QColor(image.pixel(along(*view.canvas(), 6, 5, 0.25).toPoint())), QColor(Qt::white));
        QTest::mouseClick(view.headChips(), Qt::LeftButton, {}, view.headChips()->chipRect(head).center());
        QVERIFY(selection.headVisible(head));
    }

    void aTokenChosenElsewhereIsScrolledIntoView() {
        const auto big = FakeCapture::make({1, 4, 200, true});
        SelectionModel selection;
        shapeSelectionLike(selection, *big);
        HeadView view;
        view.setSelectionModel(&selection);
        view.setCapture(big);
        renderWidget(view, {640, 480});
        QCOMPARE(view.scrollArea()->verticalScrollBar()->value(), 0);
        selection.setToken(150, false);
        const QRect row = view.canvas()->labelRect(150, false);
        const int top = view.scrollArea()->verticalScrollBar()->value();
        QVERIFY(row.top() >= top && row.bottom() <= top + view.scrollArea()->viewport()->height());
    }

    void aFailingCaptureLeavesTheViewEmptyAndSaysWhy() {
        SelectionModel selection;
        shapeSelectionLike(selection, *capture_);
        HeadView view;
        view.setSelectionModel(&selection);
        view.setCapture(std::make_shared<const BrokenCapture>(FakeCaptureSpec{4, 4, 12, true}));
        QVERIFY(view.layerEdges() == nullptr);
        const auto* status = view.findChild<QLabel*>(QStringLiteral("status"));
        QVERIFY(status != nullptr);
        QVERIFY2(status->text().contains(QStringLiteral("weights unavailable")), qPrintable(status->text()));
        selection.setLayer(1);  // still responsive
        QVERIFY(view.layerEdges() == nullptr);
    }

    void layerSelectorFollowsAndSetsTheSelectionLayer() {
        SelectionModel selection;
        shapeSelectionLike(selection, *capture_);
        HeadView view;
        view.setSelectionModel(&selection);
        view.setCapture(capture_);
        selection.setLayer(2);
        QCOMPARE(view.layerSelector()->value(), 2);
        view.layerSelector()->setValue(3);
        QCOMPARE(selection.layer(), 3);
        QCOMPARE(view.layerEdges()->edges(0).empty(), false);
    }

    void pairFilterBToAKeepsOnlyLinesFromTheSecondSentence() {
        const auto pair = FakeCapture::make({1, 4, 16, false, true});
        SelectionModel selection;
        shapeSelectionLike(selection, *pair);
        HeadView view;
        view.setSelectionModel(&selection);
        view.setCapture(pair);
        QVERIFY(view.hasSentencePair());
        view.setPairFilter(PairFilter::BToA);
        const int sink = headWith(FakeHeadPattern::FirstTokenSink, 0, 4);
        const QImage image = renderOnly(view, selection, sink);
        const HeadViewCanvas& canvas = *view.canvas();
        // Token 2 is in sentence A, token 13 in sentence B; both attend to [CLS].
        QCOMPARE(pixelAt(image, along(canvas, 2, 0, 0.5)), QColor(Qt::white));
        QVERIFY(distanceNear(image, along(canvas, 13, 0, 0.1), headColor(sink)) < 40);
    }

    void differenceModeNeedsABeforeCaptureOfTheSameShape() {
        SelectionModel selection;
        shapeSelectionLike(selection, *capture_);
        HeadView view;
        view.setSelectionModel(&selection);
        view.setCaptures(FakeCapture::make({4, 4, 12, true, false, 1}), capture_);
        QVERIFY(view.differenceAvailable());
        view.setDifferenceMode(true);
        QVERIFY(view.differenceMode());
        selection.setLayer(2);
        // Later layers differ between the runs, so some signed differences are drawn.
        QVERIFY(view.layerEdges()->edgeCount() > 0);
        bool negative = false;
        for (int h = 0; h < 4; ++h)
            for (const auto& e : view.layerEdges()->edges(h)) negative |= e.weight < 0.0f;
        QVERIFY(negative);
        view.setCaptures(capture_, FakeCapture::make({4, 4, 10, true}));
        QVERIFY(!view.differenceAvailable());
        QVERIFY(!view.differenceMode());
    }

    void drawsFiveHundredTwelveTokensWhileHovering() {
        const auto big = FakeCapture::make({12, 12, 512, true});
        SelectionModel selection;
        shapeSelectionLike(selection, *big);
        HeadView view;
        view.setSelectionModel(&selection);
        view.setCapture(big);
        renderWidget(view, {720, 800});
        HeadViewCanvas* canvas = view.canvas();
        QCOMPARE(canvas->height() >= 512 * HeadViewCanvas::kRowHeight, true);
        QImage frame(canvas->width(), 760, QImage::Format_RGB32);
        QElapsedTimer timer;
        timer.start();
        for (int token = 0; token < 20; ++token) {
            selection.setToken(token * 7, false);
            QPainter painter(&frame);
            canvas->paintRegion(painter, QRect(0, 0, frame.width(), frame.height()));
        }
        qInfo("20 hover frames at 512 tokens x 12 heads: %lld ms", static_cast<long long>(timer.elapsed()));
        // Hovering query 14 draws its previous-token line.
        selection.setToken(14, false);
        selection.setAllHeadsVisible(false);
        const int head = headWith(FakeHeadPattern::PreviousToken, 0, 12);
        selection.setHeadVisible(head, true);
        QPainter painter(&frame);
        canvas->paintRegion(painter, QRect(0, 0, frame.width(), frame.height()));
        painter.end();
        QVERIFY(distanceNear(frame, along(*canvas, 14, 13, 0.5), headColor(head)) < 60);
    }
};

QTEST_MAIN(TestHeadView)
#include "test_head_view.moc"
