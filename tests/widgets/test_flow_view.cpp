// The Information Flow view on real captures of the fixture models (a text model and DINOv2 with registers): what it
// asks the session for, the matrices, the relevance bars, the image overlay and the layered graph it then shows,
// clicks that move the position, and the norm-weighted toggle of the attention map. Writes the views it checks to
// test-output/flow_*.png.
#include <QCheckBox>
#include <QSignalSpy>
#include <QtTest>
#include <cmath>

#include "analysis/flow_graph_plot.h"
#include "analysis/flow_view.h"
#include "analysis/heatmap_plot.h"
#include "analysis/image_heat_overlay.h"
#include "analysis/token_bar_chart.h"
#include "attention_map_view.h"
#include "attnscope/information_flow.h"
#include "attnscope/model.h"
#include "test_support.h"
#include "token_strip.h"
#include "view_test_support.h"

using namespace attnscope;
using namespace attnscope::widgets;

namespace {

std::shared_ptr<Model> fixtureModel(const QString& name) {
    static std::map<QString, std::shared_ptr<Model>> loaded;
    auto& model = loaded[name];
    if (!model) model = Model::load(testing::modelFixture(name).toStdString());
    return model;
}

// What the session computes for a request, done here in the test's thread.
FlowViewData answer(const std::shared_ptr<const AttentionCapture>& capture, int position, FlowMethod method,
                    const QImage& image = {}) {
    FlowViewData data;
    data.capture = capture;
    data.position = position;
    data.method = method;
    data.raw = relevanceMatrix(*capture, FlowMethod::Raw);
    data.rollout = relevanceMatrix(*capture, FlowMethod::Rollout);
    data.flow = relevanceMatrix(*capture, FlowMethod::Flow);
    data.graph = layeredFlow(*capture, method, position, {}, 1e-3);
    data.relevance.assign(data.graph.nodes.row(0), data.graph.nodes.row(0) + data.graph.nodes.cols);
    data.image = image;
    return data;
}

struct TextFixture {
    SelectionModel selection;
    std::shared_ptr<const AttentionCapture> capture;
    FlowView view;

    TextFixture() {
        ModelInput input;
        input.ids = {5, 17, 23, 42, 17, 23, 9, 11};
        capture = fixtureModel("gpt2")->run(input);
        selection.setModelShape(capture->layers(), capture->heads());
        view.setSelectionModel(&selection);
        view.resize(1200, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }
};

}  // namespace

class TestFlowView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { attnscope::testing::useDeterministicLook(); }

    void aNewCaptureAsksForTheLastPositionByRollout() {
        TextFixture f;
        QSignalSpy spy(&f.view, &FlowView::computeRequested);
        f.view.setCapture(f.capture);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), f.capture->tokenCount() - 1);
        QCOMPARE(spy.at(0).at(1).value<FlowMethod>(), FlowMethod::Rollout);
    }

    void theDataFillsTheMatricesBarsAndGraph() {
        TextFixture f;
        f.view.setCapture(f.capture);
        const int n = f.capture->tokenCount(), position = n - 1;
        f.view.setData(answer(f.capture, position, FlowMethod::Rollout));
        for (FlowMethod method : {FlowMethod::Raw, FlowMethod::Rollout, FlowMethod::Flow}) {
            QCOMPARE(f.view.matrixPlot(method)->rows(), n);
            QVERIFY(f.view.matrixPlot(method)->isVisible());
        }
        const FloatMatrix rollout = relevanceMatrix(*f.capture, FlowMethod::Rollout);
        QVERIFY(std::abs(f.view.matrixPlot(FlowMethod::Rollout)->value(2, 1) - rollout(2, 1)) < 1e-6);
        QCOMPARE(f.view.relevanceChart()->values().size(), size_t(n));
        for (int j = 0; j < n; ++j)
            QVERIFY(std::abs(f.view.relevanceChart()->values()[j] - rollout(position, j)) < 1e-5);
        QVERIFY(f.view.graphPlot()->drawnEdges() > 0);
        // The input as chips, the most relevant one in the scale's top colour.
        QCOMPARE(f.view.relevanceStrip()->count(), n);
        int top = 0;
        for (int j = 0; j < n; ++j)
            if (rollout(position, j) > rollout(position, top)) top = j;
        QCOMPARE(f.view.relevanceStrip()->chips()[top].heat, 1.0);
        QVERIFY(f.view.figureUnavailableReason().isEmpty());
        QVERIFY(f.view.grab().save(testing::outputPath("flow_text.png")));
    }

    void clickingAMatrixRowMovesThePosition() {
        TextFixture f;
        f.view.setCapture(f.capture);
        f.view.setData(answer(f.capture, f.capture->tokenCount() - 1, FlowMethod::Rollout));
        QSignalSpy spy(&f.view, &FlowView::computeRequested);
        HeatmapPlot* plot = f.view.matrixPlot(FlowMethod::Rollout);
        QTest::mouseClick(plot, Qt::LeftButton, {}, plot->cellRect(3, 1).center());
        QCOMPARE(f.selection.token(), 3);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 3);
    }

    void choosingFlowAsksForFlow() {
        TextFixture f;
        f.view.setCapture(f.capture);
        QSignalSpy spy(&f.view, &FlowView::computeRequested);
        f.view.setGraphMethod(FlowMethod::Flow);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).value<FlowMethod>(), FlowMethod::Flow);
    }

    void dataForAnotherCaptureIsIgnored() {
        TextFixture f;
        f.view.setCapture(f.capture);
        ModelInput other;
        other.ids = {7, 8, 9};
        f.view.setData(answer(fixtureModel("gpt2")->run(other), 2, FlowMethod::Rollout));
        QVERIFY(!f.view.data().capture);
        QVERIFY(!f.view.figureUnavailableReason().isEmpty());
    }

    void aVisionModelsClassTokenRelevanceIsAnOverlayOnItsImage() {
        SelectionModel selection;
        const auto model = fixtureModel("dinov2_registers");
        ModelInput input;
        input.imagePath = testing::modelFixture("dinov2_registers").toStdString() + "/exact32.png";
        const auto capture = model->run(input);
        selection.setModelShape(capture->layers(), capture->heads());
        FlowView view;
        view.setSelectionModel(&selection);
        view.resize(1200, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &FlowView::computeRequested);
        view.setCapture(capture);
        QCOMPARE(spy.at(0).at(0).toInt(), 0);  // the class token
        QImage image(32, 32, QImage::Format_RGB888);
        image.fill(Qt::gray);
        view.setData(answer(capture, 0, FlowMethod::Rollout, image));
        QVERIFY(view.imageOverlay()->isVisible());
        const int registers = capture->modelInfo().registerTokens;
        const int patches = capture->tokenCount() - 1 - registers;
        QCOMPARE(view.imageOverlay()->gridSide() * view.imageOverlay()->gridSide(), patches);
        // The brightest patch is drawn in the scale's top colour.
        const auto& relevance = view.data().relevance;
        const auto brightest = std::max_element(relevance.begin() + 1 + registers, relevance.end());
        const int index = static_cast<int>(brightest - relevance.begin()) - 1 - registers;
        const int side = view.imageOverlay()->gridSide();
        QCOMPARE(view.imageOverlay()->patchColor(index / side, index % side), Colormap::viridis().color(1.0));
        QVERIFY(view.grab().save(testing::outputPath("flow_image.png")));
    }

    void theMapsNormWeightedToggleShowsTheWeightedCapture() {
        const auto model = fixtureModel("gpt2");
        ModelInput input;
        input.ids = {5, 17, 23, 42, 17, 23, 9, 11};
        const auto capture = model->run(input);
        SelectionModel selection;
        selection.setModelShape(capture->layers(), capture->heads());
        AttentionMapView view;
        view.setSelectionModel(&selection);
        view.setCapture(capture);
        QSignalSpy wanted(&view, &CaptureView::normWeightingWanted);
        const QImage plain = attnscope::testing::renderWidget(view, QSize(700, 600));
        auto* toggle = view.findChild<QCheckBox*>(QString(), Qt::FindChildrenRecursively);
        QCheckBox* normToggle = nullptr;
        for (QCheckBox* box : view.findChildren<QCheckBox*>())
            if (box->text().contains("Norm")) normToggle = box;
        QVERIFY(toggle && normToggle);
        normToggle->click();
        QCOMPARE(wanted.count(), 1);
        QVERIFY(!view.normWeighted());  // nothing to show until the session answers
        view.setNormWeightedCapture(normWeightedCapture(*model, capture), capture);
        QVERIFY(view.normWeighted());
        QCOMPARE(view.capture()->attention(1, 0).values, normWeightedCapture(*model, capture)->attention(1, 0).values);
        QApplication::processEvents();
        const QImage weighted = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
        QVERIFY(weighted != plain);
        QVERIFY(weighted.save(testing::outputPath("flow_norm_weighted_map.png")));
        normToggle->click();
        QVERIFY(!view.normWeighted());
        QCOMPARE(view.capture(), capture);
    }
};

QTEST_MAIN(TestFlowView)
#include "test_flow_view.moc"
