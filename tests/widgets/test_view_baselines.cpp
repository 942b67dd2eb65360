// Baseline screenshots of every view, rendered offscreen from a synthetic capture at fixed sizes and compared with
// tests/baselines/views_*.png (see screenshot_compare.h; ATTNSCOPE_UPDATE_BASELINES=1 writes missing ones). Each
// state is one a user sees: plain, hovered, filtered, masked, difference, long inputs.
#include <QDir>
#include <QScrollArea>
#include <QScrollBar>
#include <QtTest>

#include "attention_map_view.h"
#include "head_grid.h"
#include "head_view.h"
#include "model_view.h"
#include "model_view_canvas.h"
#include "screenshot_compare.h"
#include "style.h"
#include "view_test_support.h"

using namespace attnscope;
using namespace attnscope::testing;
using namespace attnscope::widgets;

namespace {

// Distinct colours in an image: a blank or single-colour picture has one or two.
int distinctColors(const QImage& image) {
    QSet<QRgb> colors;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) colors.insert(image.pixel(x, y));
    return static_cast<int>(colors.size());
}

}  // namespace

// The widget at `size` against baseline views_<name>.png.
#define COMPARE_VIEW(widget, size, name)                                                     \
    do {                                                                                     \
        const QImage image_ = grabAtSize((widget), (size));                                  \
        QVERIFY2(distinctColors(image_) > 20, name);                                         \
        ATTNSCOPE_COMPARE_BASELINE(image_, QStringLiteral("views_") + QStringLiteral(name)); \
    } while (false)

class TestViewBaselines : public QObject {
    Q_OBJECT
    std::shared_ptr<const FakeCapture> gpt_ = FakeCapture::make({12, 12, 24, true});

private slots:
    void initTestCase() { useDeterministicLook(); }

    void emptyViewsAskForARun() {
        SelectionModel selection;
        HeadView view;
        view.setSelectionModel(&selection);
        COMPARE_VIEW(view, QSize(480, 320), "head_view_empty");
    }

    void headView() {
        SelectionModel selection;
        shapeSelectionLike(selection, *gpt_);
        HeadView view;
        view.setSelectionModel(&selection);
        view.setCapture(gpt_);
        selection.setLayer(1);
        COMPARE_VIEW(view, QSize(640, 640), "head_view");
        selection.setToken(17, false);
        COMPARE_VIEW(view, QSize(640, 640), "head_view_hover_query");
        selection.setToken(0, true);
        COMPARE_VIEW(view, QSize(640, 640), "head_view_hover_key");
    }

    void headViewSentencePair() {
        const auto pair = FakeCapture::make({4, 8, 22, false, true});
        SelectionModel selection;
        shapeSelectionLike(selection, *pair);
        HeadView view;
        view.setSelectionModel(&selection);
        view.setCapture(pair);
        view.setPairFilter(PairFilter::AToB);
        COMPARE_VIEW(view, QSize(640, 600), "head_view_pair_a_to_b");
    }

    void headViewLongInput() {
        const auto big = FakeCapture::make({12, 12, 512, true});
        SelectionModel selection;
        shapeSelectionLike(selection, *big);
        HeadView view;
        view.setSelectionModel(&selection);
        view.setCapture(big);
        selection.setLayer(3);
        renderWidget(view, {640, 720});
        view.scrollArea()->verticalScrollBar()->setValue(200 * HeadViewCanvas::kRowHeight);
        COMPARE_VIEW(view, QSize(640, 720), "head_view_512_scrolled");
    }

    void headViewDifference() {
        SelectionModel selection;
        shapeSelectionLike(selection, *gpt_);
        HeadView view;
        view.setSelectionModel(&selection);
        view.setCaptures(FakeCapture::make({12, 12, 24, true, false, 1}), gpt_);
        view.setDifferenceMode(true);
        selection.setLayer(2);
        COMPARE_VIEW(view, QSize(640, 640), "head_view_difference");
    }

    void modelView() {
        SelectionModel selection;
        shapeSelectionLike(selection, *gpt_);
        ModelView view;
        view.setSelectionModel(&selection);
        view.setCapture(gpt_);
        selection.selectHead(3, 5);
        selection.toggleMasked(1, 2);
        selection.toggleMasked(4, 7);
        view.thumbnails()->waitForFinished();
        COMPARE_VIEW(view, QSize(900, 760), "model_view_matrix");
        view.setThumbnailKind(ThumbnailKind::Lines);
        view.thumbnails()->waitForFinished();
        COMPARE_VIEW(view, QSize(900, 760), "model_view_lines");
        view.setThumbnailKind(ThumbnailKind::Matrix);
        view.thumbnails()->waitForFinished();
        QTest::mouseMove(view.canvas(), view.canvas()->cellRect(2, 3).center());
        QTRY_COMPARE(view.canvas()->hoveredCell(), std::make_pair(2, 3));
        QTRY_VERIFY(!view.canvas()->previewPending());
        COMPARE_VIEW(view, QSize(900, 760), "model_view_hover");
    }

    void modelViewDifference() {
        SelectionModel selection;
        shapeSelectionLike(selection, *gpt_);
        selection.toggleMasked(0, 3);
        ModelView view;
        view.setSelectionModel(&selection);
        view.setCaptures(FakeCapture::make({12, 12, 24, true, false, 1}), gpt_);
        view.setDifferenceMode(true);
        view.thumbnails()->waitForFinished();
        COMPARE_VIEW(view, QSize(900, 760), "model_view_difference");
    }

    void attentionMap() {
        SelectionModel selection;
        shapeSelectionLike(selection, *gpt_);
        AttentionMapView view;
        view.setSelectionModel(&selection);
        view.setCapture(gpt_);
        selection.selectHead(1, 1);
        COMPARE_VIEW(view, QSize(760, 700), "attention_map_linear");
        view.setColorScale(ColorScale::Log);
        selection.setToken(12, false);
        COMPARE_VIEW(view, QSize(760, 700), "attention_map_log");
        view.setColorScale(ColorScale::Linear);
        view.setLayerMean(true);
        COMPARE_VIEW(view, QSize(760, 700), "attention_map_layer_mean");
    }

    void attentionMapDifference() {
        SelectionModel selection;
        shapeSelectionLike(selection, *gpt_);
        AttentionMapView view;
        view.setSelectionModel(&selection);
        view.setCaptures(FakeCapture::make({12, 12, 24, true, false, 1}), gpt_);
        view.setDifferenceMode(true);
        selection.selectHead(2, 3);
        COMPARE_VIEW(view, QSize(760, 700), "attention_map_difference");
    }

    void attentionMapLongInput() {
        const auto longCapture = FakeCapture::make({2, 4, 2048, true});
        SelectionModel selection;
        shapeSelectionLike(selection, *longCapture);
        AttentionMapView view;
        view.setSelectionModel(&selection);
        view.setCapture(longCapture);
        selection.selectHead(0, 2);
        renderWidget(view, {760, 700});
        view.canvas()->tiles().waitForPendingTiles();
        COMPARE_VIEW(view, QSize(760, 700), "attention_map_2048_fitted");
        view.canvas()->zoomBy(40.0, view.canvas()->cellCenter(1000, 1000));
        renderWidget(view, {760, 700});
        view.canvas()->tiles().waitForPendingTiles();
        COMPARE_VIEW(view, QSize(760, 700), "attention_map_2048_zoomed");
    }

    void headGrid() {
        SelectionModel selection;
        selection.setModelShape(12, 12);
        HeadGrid grid;
        grid.setSelectionModel(&selection);
        selection.selectHead(3, 5);
        selection.toggleMasked(1, 2);
        selection.maskLayer(7);
        COMPARE_VIEW(grid, grid.sizeHint(), "head_grid");
    }
};

QTEST_MAIN(TestViewBaselines)
#include "test_view_baselines.moc"
