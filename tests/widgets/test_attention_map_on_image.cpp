// The attention map's "Show: On image" for vision models, on real captures of the fixture ViT and DINOv2 with
// registers: the control exists only for images, the overlay shows the chosen head's row of the selected token (the
// class token by default) or the mean over heads, follows the selection, asks for the image once per run, and is what
// Export Figure exports. Writes the overlay it checks to test-output/attention_map_on_image.png.
#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QtTest>
#include <cmath>
#include <map>

#include "analysis/image_heat_overlay.h"
#include "attention_map_view.h"
#include "attnscope/model.h"
#include "test_support.h"
#include "view_test_support.h"

using namespace attnscope;
using namespace attnscope::testing;
using namespace attnscope::widgets;

namespace {

std::shared_ptr<Model> fixtureModel(const QString& name) {
    static std::map<QString, std::shared_ptr<Model>> loaded;
    auto& model = loaded[name];
    if (!model) model = Model::load(modelFixture(name).toStdString());
    return model;
}

QString fixtureImage(const QString& model) {
    return modelFixture(model) + QStringLiteral("/exact32.png");
}

std::shared_ptr<const AttentionCapture> runImage(const QString& model, const HeadMask& mask = {}) {
    ModelInput input;
    input.imagePath = fixtureImage(model).toStdString();
    RunOptions options;
    options.mask = mask;
    return fixtureModel(model)->run(input, options);
}

// The view on an image capture with layer 1, head 2 selected and "On image" chosen the way a user does (the
// combo box); the image is handed over as the session would.
struct ImageFixture {
    SelectionModel selection;
    std::shared_ptr<const AttentionCapture> capture;
    AttentionMapView view;
    int registers = 0;

    explicit ImageFixture(const QString& model = QStringLiteral("vit")) : capture(runImage(model)) {
        registers = capture->modelInfo().registerTokens;
        shapeSelectionLike(selection, *capture);
        view.setSelectionModel(&selection);
        view.setCapture(capture);
        selection.selectHead(1, 2);
        renderWidget(view, {720, 640});
        QSignalSpy wanted(&view, &AttentionMapView::inputImageWanted);
        view.displayBox()->setCurrentIndex(view.displayBox()->findData(true));
        if (wanted.size() == 1) view.setInputImage(QImage(fixtureImage(model)), capture);
    }
    ImageHeatOverlay& overlay() { return *view.imageOverlay(); }
    // Each patch's colour is the row's weight over the brightest patch, on viridis.
    void checkPatchesShow(const std::vector<float>& row) {
        const int side = overlay().gridSide();
        QCOMPARE(side * side, static_cast<int>(row.size()) - 1 - registers);
        float peak = 0;
        for (int p = 0; p < side * side; ++p) peak = std::max(peak, row[static_cast<size_t>(1 + registers + p)]);
        for (int p = 0; p < side * side; ++p)
            QCOMPARE(overlay().patchColor(p / side, p % side),
                     QColor(Colormap::viridis().at(row[static_cast<size_t>(1 + registers + p)] / peak)));
    }
};

}  // namespace

class TestAttentionMapOnImage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { useDeterministicLook(); }

    void theShowControlIsHiddenForATextCapture() {
        SelectionModel selection;
        AttentionMapView view;
        const auto text = FakeCapture::make({3, 4, 16, true});
        shapeSelectionLike(selection, *text);
        view.setSelectionModel(&selection);
        view.setCapture(text);
        QSignalSpy wanted(&view, &AttentionMapView::inputImageWanted);
        view.setImageMode(true);  // asked for, e.g. by a session saved on a ViT
        renderWidget(view, {720, 640});
        QVERIFY(!view.imageModeAvailable());
        QVERIFY(!view.displayBox()->isVisibleTo(&view));
        QVERIFY(!view.showsImage());
        QVERIFY(view.canvas()->isVisibleTo(&view));
        QVERIFY(!view.imageOverlay()->isVisibleTo(&view));
        QCOMPARE(wanted.size(), 0);
    }

    void anImageCaptureOffersMatrixAndOnImageAndStartsWithTheMatrix() {
        SelectionModel selection;
        AttentionMapView view;
        const auto capture = runImage(QStringLiteral("vit"));
        shapeSelectionLike(selection, *capture);
        view.setSelectionModel(&selection);
        view.setCapture(capture);
        renderWidget(view, {720, 640});
        QVERIFY(view.displayBox()->isVisibleTo(&view));
        QCOMPARE(view.displayBox()->count(), 2);
        QCOMPARE(view.displayBox()->itemText(0), QString("Matrix"));
        QCOMPARE(view.displayBox()->itemText(1), QString("On image"));
        QVERIFY(!view.showsImage());
        QVERIFY(view.canvas()->isVisibleTo(&view));
    }

    void onImageShowsTheClassTokensRowOfTheChosenHead() {
        ImageFixture f;
        QVERIFY(f.view.showsImage());
        QVERIFY(f.overlay().isVisibleTo(&f.view));
        QVERIFY(!f.view.canvas()->isVisibleTo(&f.view));
        QCOMPARE(f.view.imageQuery(), 0);
        const std::vector<float> expected = f.capture->attentionRow(1, 2, 0);
        QCOMPARE(f.view.imageRow(), expected);
        f.checkPatchesShow(expected);
        QCOMPARE(f.overlay().markedPatch(), -1);  // the class token has no place on the image
        QCOMPARE(f.view.figureSubject(), QString("Layer 1 · Head 2 · attention of [CLS]"));
        QVERIFY(f.view.grab().save(outputPath("attention_map_on_image.png")));
    }

    void anotherHeadOrLayerShowsItsRow() {
        ImageFixture f;
        f.selection.selectHead(2, 3);
        QCOMPARE(f.view.imageRow(), f.capture->attentionRow(2, 3, 0));
        QCOMPARE(f.view.figureSubject(), QString("Layer 2 · Head 3 · attention of [CLS]"));
        QVERIFY(f.capture->attentionRow(2, 3, 0) != f.capture->attentionRow(1, 2, 0));
    }

    void selectingAnotherTokenShowsThatTokensRowAndOutlinesItsPatch() {
        ImageFixture f;
        f.selection.setToken(6);
        QCOMPARE(f.view.imageQuery(), 6);
        const std::vector<float> expected = f.capture->attentionRow(1, 2, 6);
        QCOMPARE(f.view.imageRow(), expected);
        QVERIFY(expected != f.capture->attentionRow(1, 2, 0));
        f.checkPatchesShow(expected);
        QCOMPARE(f.overlay().markedPatch(), 5);
        QCOMPARE(f.view.figureSubject(), QString("Layer 1 · Head 2 · attention of patch 1,1"));
        f.selection.setToken(-1);  // no token: the class token again
        QCOMPARE(f.view.imageQuery(), 0);
    }

    void meanOfHeadsShowsTheMeanOverTheLayersHeads() {
        ImageFixture f;
        f.view.setLayerMean(true);
        const FloatMatrix mean = f.capture->layerMeanAttention(1);
        QCOMPARE(f.view.imageRow().size(), static_cast<size_t>(mean.cols));
        for (int k = 0; k < mean.cols; ++k) QVERIFY(std::abs(f.view.imageRow()[size_t(k)] - mean(0, k)) < 1e-6f);
        f.checkPatchesShow(f.view.imageRow());
        QCOMPARE(f.view.figureSubject(), QString("Layer 1 · mean of 4 heads · attention of [CLS]"));
    }

    void clickingAPatchSelectsItsTokenPastTheRegisters() {
        ImageFixture f(QStringLiteral("dinov2_registers"));
        QCOMPARE(f.registers, 4);
        const QRect image = f.overlay().imageRect();
        const int side = f.overlay().gridSide();
        const double cell = double(image.width()) / side;
        const QPoint patch21(image.left() + int(1.5 * cell), image.top() + int(2.5 * cell));  // row 2, column 1
        QTest::mouseClick(&f.overlay(), Qt::LeftButton, {}, patch21);
        QCOMPARE(f.selection.token(), 1 + 4 + 2 * side + 1);
        QCOMPARE(f.view.imageRow(), f.capture->attentionRow(1, 2, f.selection.token()));
        QCOMPARE(f.overlay().markedPatch(), 2 * side + 1);
    }

    void theImageIsAskedForOncePerRunAndAStaleOneIsIgnored() {
        ImageFixture f;
        QSignalSpy wanted(&f.view, &AttentionMapView::inputImageWanted);
        f.selection.selectHead(0, 1);
        f.selection.setToken(3);
        QCOMPARE(wanted.size(), 0);
        // A masked re-run: the mode stays, the new run's image is asked for, the old run's image does not count.
        const auto masked = runImage(QStringLiteral("vit"), HeadMask::parse("0:0"));
        f.view.setCaptures(masked, f.capture);
        f.view.setDifferenceMode(true);
        QVERIFY(f.view.showsImage());
        QCOMPARE(wanted.size(), 1);
        QCOMPARE(wanted.at(0).at(0).value<std::shared_ptr<const AttentionCapture>>(), masked);
        QVERIFY(f.view.imageRow().empty());
        QVERIFY(!f.view.figureUnavailableReason().isEmpty());
        f.view.setInputImage(QImage(fixtureImage("vit")), f.capture);
        QVERIFY(f.view.imageRow().empty());
        f.view.setInputImage(QImage(fixtureImage("vit")), masked);
        QCOMPARE(f.view.imageRow(), masked->attentionRow(0, 1, 3));
        QCOMPARE(wanted.size(), 1);
        // The overlay shows one run: the difference belongs to the matrix, and comes back with it.
        const QCheckBox* difference = nullptr;
        for (const auto* box : f.view.findChildren<QCheckBox*>())
            if (box->text() == QLatin1String("Difference")) difference = box;
        QVERIFY(difference);
        QVERIFY(!difference->isEnabled());
        f.view.setImageMode(false);
        QVERIFY(difference->isEnabled());
        QVERIFY(f.view.canvas()->title().contains(QString("after − before")));
    }

    void anUnreadableImageSaysSo() {
        SelectionModel selection;
        AttentionMapView view;
        const auto capture = runImage(QStringLiteral("vit"));
        shapeSelectionLike(selection, *capture);
        view.setSelectionModel(&selection);
        view.setCapture(capture);
        view.setImageMode(true);
        view.setInputImage(QImage(), capture);
        QCOMPARE(view.imageOverlay()->gridSide(), 0);
        QCOMPARE(view.figureUnavailableReason(), QString("The image this run saw could not be read again."));
        QVERIFY(view.figurePanels().empty());
    }

    void exportFigureExportsTheOverlay() {
        ImageFixture f;
        QCOMPARE(f.view.figureUnavailableReason(), QString());
        const std::vector<FigurePanel> panels = f.view.figurePanels();
        QCOMPARE(panels.size(), size_t(1));
        QCOMPARE(panels[0].name, QString("Layer 1 · Head 2 · attention of [CLS]"));
        // What the panel paints is the overlay: its brightest patch in the scale's top colour, without the heat's
        // blending when painted fully opaque.
        f.overlay().setOpacity(1.0);
        QImage figure(panels[0].size.toSize(), QImage::Format_RGB32);
        QPainter painter(&figure);
        panels[0].paint(painter, Theme::print());
        painter.end();
        const auto& row = f.view.imageRow();
        const auto brightest = std::max_element(row.begin() + 1, row.end()) - (row.begin() + 1);
        const int side = f.overlay().gridSide();
        const QFontMetrics metrics(styleFont(11, false, Theme::print()));
        const int top = metrics.height() + 8, bottom = 2 * metrics.height() + 10;
        const int extent = std::min(figure.width() - 16, figure.height() - top - bottom);
        const double cell = double(extent) / side;
        const QPointF centre((figure.width() - extent) / 2 + (brightest % side + 0.5) * cell,
                             top + (brightest / side + 0.5) * cell);
        QVERIFY(colorDistance(pixelAt(figure, centre), Colormap::viridis().color(1.0)) <= 3);
        // Back on the matrix, the figure is the matrix again.
        f.view.setImageMode(false);
        QCOMPARE(f.view.figureSubject(), QString("Layer 1 · Head 2"));
    }

    void theControlIsReachedWithTabAndHasAnAccessibleName() {
        ImageFixture f;
        QComboBox* box = f.view.displayBox();
        QCOMPARE(box->accessibleName(), QString("Show attention as"));
        QVERIFY(box->focusPolicy() & Qt::TabFocus);
        // In image mode the view's keyboard focus goes to the control (the canvas is hidden).
        f.view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.view));
        f.view.setFocus(Qt::ShortcutFocusReason);
        QCOMPARE(QApplication::focusWidget(), box);
        // From the matrix's canvas, Tab reaches it.
        f.view.setImageMode(false);
        f.view.canvas()->setFocus(Qt::TabFocusReason);
        QCOMPARE(QApplication::focusWidget(), f.view.canvas());
        bool reached = false;
        for (int i = 0; i < 12 && !reached; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached = QApplication::focusWidget() == box;
        }
        QVERIFY(reached);
        // The keyboard switches it.
        QTest::keyClick(box, Qt::Key_Down);
        QVERIFY(f.view.showsImage());
    }
};

QTEST_MAIN(TestAttentionMapOnImage)
#include "test_attention_map_on_image.moc"
