// Renders every view from a synthetic capture to PNG files under <build>/test-output/gallery, at fixed sizes,
// so a person can look at them (and, later, compare them with baselines). Each test asserts that the picture
// holds what the view is for, not only that it was drawn.
#include <QDir>
#include <QScrollArea>
#include <QScrollBar>
#include <QtTest>

#include "attention_map_view.h"
#include "colormap.h"
#include "head_grid.h"
#include "head_view.h"
#include "model_view.h"
#include "model_view_canvas.h"
#include "view_test_support.h"

using namespace attnscope;
using namespace attnscope::testing;
using namespace attnscope::widgets;

namespace {

QString galleryPath(const QString& name) {
    const QString dir = QStringLiteral(ATTNSCOPE_TEST_OUTPUT_DIR "/gallery");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name + QStringLiteral(".png");
}

// Distinct colours in an image: a blank or single-colour picture has one or two.
int distinctColors(const QImage& image) {
    QSet<QRgb> colors;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) colors.insert(image.pixel(x, y));
    return static_cast<int>(colors.size());
}

void save(const QImage& image, const QString& name) {
    QVERIFY(!image.isNull());
    QVERIFY2(image.save(galleryPath(name)), qPrintable(galleryPath(name)));
    QVERIFY2(distinctColors(image) > 20, qPrintable(name));
}

}  // namespace

class TestViewGallery : public QObject {
    Q_OBJECT
    std::shared_ptr<const FakeCapture> gpt_ = FakeCapture::make({12, 12, 24, true});

private slots:
    void initTestCase() { useDeterministicLook(); }

    void headView() {
        SelectionModel selection;
        shapeSelectionLike(selection, *gpt_);
        HeadView view;
        view.setSelectionModel(&selection);
        view.setCapture(gpt_);
        selection.setLayer(1);
        save(renderWidget(view, {640, 640}), QStringLiteral("head_view"));
        selection.setToken(17, false);
        save(renderWidget(view, {640, 640}), QStringLiteral("head_view_hover_query"));
        selection.setToken(0, true);
        save(renderWidget(view, {640, 640}), QStringLiteral("head_view_hover_key"));
    }

    void headViewSentencePair() {
        const auto pair = FakeCapture::make({4, 8, 22, false, true});
        SelectionModel selection;
        shapeSelectionLike(selection, *pair);
        HeadView view;
        view.setSelectionModel(&selection);
        view.setCapture(pair);
        view.setPairFilter(PairFilter::AToB);
        save(renderWidget(view, {640, 600}), QStringLiteral("head_view_pair_a_to_b"));
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
        save(renderWidget(view, {640, 720}), QStringLiteral("head_view_512_scrolled"));
    }

    void headViewDifference() {
        SelectionModel selection;
        shapeSelectionLike(selection, *gpt_);
        HeadView view;
        view.setSelectionModel(&selection);
        view.setCaptures(FakeCapture::make({12, 12, 24, true, false, 1}), gpt_);
        view.setDifferenceMode(true);
        selection.setLayer(2);
        save(renderWidget(view, {640, 640}), QStringLiteral("head_view_difference"));
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
        save(renderWidget(view, {900, 760}), QStringLiteral("model_view_matrix"));
        view.setThumbnailKind(ThumbnailKind::Lines);
        view.thumbnails()->waitForFinished();
        save(renderWidget(view, {900, 760}), QStringLiteral("model_view_lines"));
        view.setThumbnailKind(ThumbnailKind::Matrix);
        view.thumbnails()->waitForFinished();
        QTest::mouseMove(view.canvas(), view.canvas()->cellRect(2, 3).center());
        QTRY_COMPARE(view.canvas()->hoveredCell(), std::make_pair(2, 3));
        QTRY_VERIFY(!view.canvas()->previewPending());
        save(renderWidget(view, {900, 760}), QStringLiteral("model_view_hover"));
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
        save(renderWidget(view, {900, 760}), QStringLiteral("model_view_difference"));
    }

    void attentionMap() {
        SelectionModel selection;
        shapeSelectionLike(selection, *gpt_);
        AttentionMapView view;
        view.setSelectionModel(&selection);
        view.setCapture(gpt_);
        selection.selectHead(1, 1);
        save(renderWidget(view, {760, 700}), QStringLiteral("attention_map_linear"));
        view.setColorScale(ColorScale::Log);
        selection.setToken(12, false);
        save(renderWidget(view, {760, 700}), QStringLiteral("attention_map_log"));
        view.setColorScale(ColorScale::Linear);
        view.setLayerMean(true);
        save(renderWidget(view, {760, 700}), QStringLiteral("attention_map_layer_mean"));
    }

    void attentionMapDifference() {
        SelectionModel selection;
        shapeSelectionLike(selection, *gpt_);
        AttentionMapView view;
        view.setSelectionModel(&selection);
        view.setCaptures(FakeCapture::make({12, 12, 24, true, false, 1}), gpt_);
        view.setDifferenceMode(true);
        selection.selectHead(2, 3);
        save(renderWidget(view, {760, 700}), QStringLiteral("attention_map_difference"));
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
        save(renderWidget(view, {760, 700}), QStringLiteral("attention_map_2048_fitted"));
        view.canvas()->zoomBy(40.0, view.canvas()->cellCenter(1000, 1000));
        renderWidget(view, {760, 700});
        view.canvas()->tiles().waitForPendingTiles();
        save(renderWidget(view, {760, 700}), QStringLiteral("attention_map_2048_zoomed"));
    }

    void headGrid() {
        SelectionModel selection;
        selection.setModelShape(12, 12);
        HeadGrid grid;
        grid.setSelectionModel(&selection);
        selection.selectHead(3, 5);
        selection.toggleMasked(1, 2);
        selection.maskLayer(7);
        save(renderWidget(grid, grid.sizeHint()), QStringLiteral("head_grid"));
    }
};

QTEST_MAIN(TestViewGallery)
#include "test_view_gallery.moc"
