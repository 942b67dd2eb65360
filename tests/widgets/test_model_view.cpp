// The model view shows every head as a thumbnail, selects a head on click, masks it on right-click or Ctrl+click
// with a visible marker, enlarges the hovered head, shows differences, and computes large grids in the background.
#include <QScrollArea>
#include <QtTest>

#include "model_view.h"
#include "model_view_canvas.h"
#include "style.h"
#include "view_test_support.h"

using namespace attnscope;
using namespace attnscope::testing;
using namespace attnscope::widgets;

class TestModelView : public QObject {
    Q_OBJECT
    std::shared_ptr<const FakeCapture> capture_ = FakeCapture::make({4, 6, 16, true});

    struct Fixture {
        SelectionModel selection;
        ModelView view;
        QImage image;
        explicit Fixture(std::shared_ptr<const AttentionCapture> capture,
                         std::shared_ptr<const AttentionCapture> before = nullptr) {
            shapeSelectionLike(selection, *capture);
            view.setSelectionModel(&selection);
            view.setCaptures(std::move(capture), std::move(before));
            renderWidget(view, {640, 420});
            view.thumbnails()->waitForFinished();
        }
        ModelViewCanvas& canvas() { return *view.canvas(); }
        QImage draw() { return view.canvas()->grab().toImage().convertToFormat(QImage::Format_RGB32); }
    };

private slots:
    void initTestCase() { useDeterministicLook(); }

    void matrixThumbnailOfASinkHeadIsBrightInTheFirstColumn() {
        Fixture f(capture_);
        const int sink = headWith(FakeHeadPattern::FirstTokenSink, 0, 6);
        const QImage image = f.draw();
        const QRect cell = f.canvas().cellRect(0, sink);
        const QColor top(Colormap::viridis().top());
        // Lower half of the thumbnail's first column: every query there attends to token 0.
        const QColor seen = image.pixelColor(cell.left() + 1, cell.top() + cell.height() * 3 / 4);
        QVERIFY2(colorDistance(seen, top) < 30, qPrintable(seen.name()));
        // The middle of a sink head's map is near zero: the bottom of the colour scale.
        const QColor middle = image.pixelColor(cell.left() + cell.width() / 3, cell.top() + cell.height() * 3 / 4);
        QVERIFY2(colorDistance(middle, QColor(Colormap::viridis().bottom())) < 60, qPrintable(middle.name()));
    }

    void clickingACellSelectsThatHead() {
        Fixture f(capture_);
        QTest::mouseClick(&f.canvas(), Qt::LeftButton, {}, f.canvas().cellRect(2, 3).center());
        QCOMPARE(f.selection.layer(), 2);
        QCOMPARE(f.selection.head(), 3);
        const QImage image = f.draw();
        const QRect cell = f.canvas().cellRect(2, 3);
        QCOMPARE(image.pixelColor(cell.center().x(), cell.top() - 2), screenTheme().accent);
    }

    void rightClickMasksAndMarksTheHead() {
        Fixture f(capture_);
        const QRect cell = f.canvas().cellRect(1, 2);
        QTest::mouseClick(&f.canvas(), Qt::RightButton, {}, cell.center());
        QVERIFY(f.selection.mask().contains(1, 2));
        QCOMPARE(f.selection.layer(), 0);  // masking does not change the selection
        const QImage image = f.draw();
        QCOMPARE(image.pixelColor(cell.left() + 1, cell.center().y()), screenTheme().maskMarker);
        QCOMPARE(image.pixelColor(cell.center().x(), cell.bottom() - 1), screenTheme().maskMarker);
        // An unmasked neighbour carries no marker.
        const QRect other = f.canvas().cellRect(1, 3);
        QVERIFY(image.pixelColor(other.left() + 1, other.center().y()) != screenTheme().maskMarker);
        QTest::mouseClick(&f.canvas(), Qt::LeftButton, Qt::ControlModifier, cell.center());
        QVERIFY(!f.selection.mask().contains(1, 2));
        f.selection.undoStack()->undo();
        QVERIFY(f.selection.mask().contains(1, 2));
    }

    void hoveringACellShowsAnEnlargedPreview() {
        Fixture f(capture_);
        const QImage before = f.draw();
        const QRect cell = f.canvas().cellRect(1, 1);
        QTest::mouseMove(&f.canvas(), cell.center());
        QTRY_COMPARE(f.canvas().hoveredCell(), std::make_pair(1, 1));
        QTRY_VERIFY(!f.canvas().previewPending());
        const QImage after = f.draw();
        // The preview covers the cells to the right of the hovered one.
        const QPoint right = f.canvas().cellRect(1, 3).center();
        QVERIFY(before.pixel(right) != after.pixel(right));
    }

    void linesThumbnailsUseTheHeadColour() {
        Fixture f(capture_);
        f.view.setThumbnailKind(ThumbnailKind::Lines);
        f.view.thumbnails()->waitForFinished();
        const int head = headWith(FakeHeadPattern::PreviousToken, 0, 6);
        const QImage thumbnail = f.view.thumbnails()->thumbnail(0, head).convertToFormat(QImage::Format_RGB32);
        int inHeadColour = 0;
        for (int y = 0; y < thumbnail.height(); ++y)
            for (int x = 0; x < thumbnail.width(); ++x)
                inHeadColour += colorDistance(thumbnail.pixelColor(x, y), headColor(head)) < 40;
        QVERIFY2(inHeadColour > 100, qPrintable(QString::number(inHeadColour)));
    }

    void differenceModeIsNeutralWhereTheRunsAgree() {
        Fixture f(FakeCapture::make({4, 6, 16, true, false, 1}), capture_);
        f.view.setDifferenceMode(true);
        f.view.thumbnails()->waitForFinished();
        const QImage image = f.draw();
        const QColor zero(Colormap::divergingRdBu().at(0.5f));
        // Layer 0 is the same in both runs; layer 2 is not.
        const QRect same = f.canvas().cellRect(0, 2);
        QVERIFY(colorDistance(image.pixelColor(same.center()), zero) < 6);
        bool changed = false;
        const QRect differs = f.canvas().cellRect(2, 2);
        for (int y = differs.top() + 3; y < differs.bottom() - 3; ++y)
            for (int x = differs.left() + 3; x < differs.right() - 3; ++x)
                changed |= colorDistance(image.pixelColor(x, y), zero) > 60;
        QVERIFY(changed);
    }

    void aFailingCaptureLeavesPlaceholdersAndAnError() {
        Fixture f(std::make_shared<const BrokenCapture>(FakeCaptureSpec{2, 3, 16, true}));
        QCOMPARE(f.view.thumbnails()->readyCount(), 0);
        QVERIFY(f.view.thumbnails()->error().contains(QStringLiteral("weights unavailable")));
        const QImage image = f.draw();
        QCOMPARE(image.pixelColor(f.canvas().cellRect(1, 1).center()), screenTheme().panel);
    }

    void largeGridsAreComputedInTheBackground() {
        const auto big = FakeCapture::make({32, 32, 96, true});
        SelectionModel selection;
        shapeSelectionLike(selection, *big);
        BusyCounter busy;
        ModelView view;
        view.setBusyCounter(&busy);
        view.setSelectionModel(&selection);
        view.setCapture(big);
        // 32 x 32 heads of 96 tokens are too many to compute before setCapture returns; meanwhile the view is busy.
        QVERIFY(view.thumbnails()->readyCount() < 32 * 32);
        QVERIFY(busy.busy());
        view.thumbnails()->waitForFinished();
        QCOMPARE(view.thumbnails()->readyCount(), 32 * 32);
        QVERIFY(!view.thumbnails()->thumbnail(31, 31).isNull());
        QTRY_VERIFY(!busy.busy());
    }
};

QTEST_MAIN(TestModelView)
#include "test_model_view.moc"
