// SinkView on a hand-made capture whose head (0, 0) is a perfect sink: pixel facts of the sink heatmap and the
// attention-received bars, head selection by click, the layer toggle, massive activations, value weighting, masked
// heads, and a baseline image of the whole view.
#include <QSignalSpy>
#include <QtTest>
#include <cmath>

#include "analysis/heatmap_plot.h"
#include "analysis/sink_view.h"
#include "analysis/token_bar_chart.h"
#include "screenshot_compare.h"
#include "selection_model.h"
#include "style.h"
#include "synthetic_capture.h"

using namespace attnscope;
using namespace attnscope::widgets;

namespace {

struct Fixture {
    SelectionModel selection;
    std::shared_ptr<const AttentionCapture> capture = std::make_shared<attnscope::testing::SyntheticCapture>();
    SinkView view{&selection};

    Fixture() {
        selection.setModelShape(capture->layers(), capture->heads());
        view.setCapture(capture, computeHeadScores(*capture));
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }
};

}  // namespace

class TestSinkView : public QObject {
    Q_OBJECT
private slots:
    void sinkHeadCellIsTheColormapsTopColour() {
        Fixture f;
        f.selection.selectHead(1, 2);  // keep the selection outline off the cells under test
        QCOMPARE(f.view.sinkHeatmap()->value(0, 0), 1.0);
        QCOMPARE(attnscope::testing::colorInside(*f.view.sinkHeatmap(), f.view.sinkHeatmap()->cellRect(0, 0)),
                 Colormap::viridis().color(1.0));
        // A uniform head's sink is the mean of 1/(i+1) over queries 1..5.
        const double uniform = (1.0 / 2 + 1.0 / 3 + 1.0 / 4 + 1.0 / 5 + 1.0 / 6) / 5;
        QVERIFY(std::abs(f.view.sinkHeatmap()->value(0, 1) - uniform) < 1e-6);
        QCOMPARE(attnscope::testing::colorInside(*f.view.sinkHeatmap(), f.view.sinkHeatmap()->cellRect(0, 1)),
                 Colormap::viridis().color(uniform));
    }

    void firstTokensBarIsTallestOnASinkModel() {
        Fixture f;
        TokenBarChart* chart = f.view.receivedChart();
        const QRect first = chart->barRect(0);
        for (int t = 1; t < 6; ++t) QVERIFY(chart->barRect(t).height() < first.height());
        // In pixels: just under the top of the first bar, the first bar is drawn and the second is not.
        const QImage image = chart->grab().toImage();
        const int y = first.top() + 2;
        QCOMPARE(image.pixelColor(first.center().x(), y), Colormap::viridis().color(0.35));
        QCOMPARE(image.pixelColor(chart->barRect(1).center().x(), y), screenTheme().background);
    }

    void clickingASinkCellSelectsTheHeadEverywhere() {
        Fixture f;
        QSignalSpy heads(&f.selection, &SelectionModel::headSelected);
        HeatmapPlot* map = f.view.sinkHeatmap();
        QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(1, 2).center());
        QCOMPARE(f.selection.layer(), 1);
        QCOMPARE(f.selection.head(), 2);
        QCOMPARE(heads.count(), 1);
        QCOMPARE(map->outlinedCell(), Cell(1, 2));
        // The outline is drawn: a dark ring just inside the cell's edge.
        const QImage image = map->grab().toImage();
        const QRect cell = map->cellRect(1, 2);
        QVERIFY(image.pixelColor(cell.left() + 1, cell.center().y()).lightness() < 40);
    }

    void receivedFollowsTheLayerOrSumsAllLayers() {
        Fixture f;
        auto near = [](const std::vector<double>& a, const std::vector<double>& b) {
            if (a.size() != b.size()) return false;
            for (size_t i = 0; i < a.size(); ++i)
                if (std::abs(a[i] - b[i]) > 1e-9) return false;
            return true;
        };
        f.selection.setLayer(1);
        QVERIFY(near(f.view.receivedChart()->values(), attentionReceived(*f.capture, 1)));
        f.view.setReceivedScope(SinkView::ReceivedScope::AllLayers);
        QVERIFY(near(f.view.receivedChart()->values(), attentionReceived(*f.capture, -1)));
        f.selection.setLayer(0);  // the sum over all layers does not change with the layer
        QVERIFY(near(f.view.receivedChart()->values(), attentionReceived(*f.capture, -1)));
        QVERIFY(!near(attentionReceived(*f.capture, 0), attentionReceived(*f.capture, 1)));
    }

    void massiveActivationsAreMarkedAndListed() {
        Fixture f;
        QCOMPARE(f.view.massiveActivations().size(), size_t(1));
        QCOMPARE(f.view.massiveActivations()[0].row, 1);
        QCOMPARE(f.view.massiveActivations()[0].token, 0);
        HeatmapPlot* norms = f.view.normHeatmap();
        QCOMPARE(norms->rows(), 3);
        QCOMPARE(norms->value(1, 0), 400.0);
        const QImage image = norms->grab().toImage();
        const QRect cell = norms->cellRect(1, 0);
        QCOMPARE(image.pixelColor(cell.left() + 1, cell.center().y()), QColor(224, 33, 138));
        f.view.setMassiveFactor(1000);
        QVERIFY(f.view.massiveActivations().empty());
    }

    void valueWeightingShrinksAShortValuedSinkOnTheSameScale() {
        Fixture f;
        f.selection.selectHead(0, 1);  // uniform over the visible keys; key 0's value is 14x shorter
        HeatmapPlot* raw = f.view.rawAttentionPlot();
        HeatmapPlot* weighted = f.view.valueWeightedPlot();
        QVERIFY(std::abs(raw->value(2, 0) - 1.0 / 3) < 1e-6);
        const double norm = std::sqrt(2.0);
        QVERIFY(std::abs(weighted->value(2, 0) - 0.1 / (0.1 + 2 * norm)) < 1e-6);
        QCOMPARE(raw->rangeMax(), weighted->rangeMax());
        QCOMPARE(raw->rangeMin(), weighted->rangeMin());
    }

    void maskedHeadsAreCrossedOut() {
        Fixture f;
        f.selection.selectHead(1, 2);
        QVERIFY(
            attnscope::testing::colorInside(*f.view.sinkHeatmap(), f.view.sinkHeatmap()->cellRect(0, 0)).lightness() >
            120);  // the sink's light yellow
        f.selection.toggleMasked(0, 0);
        const QImage image = f.view.sinkHeatmap()->grab().toImage();
        const QRect cell = f.view.sinkHeatmap()->cellRect(0, 0);
        // The cross runs along the (square) cell's diagonals, so a pixel on the diagonal turns dark.
        QVERIFY(image.pixelColor(cell.left() + 6, cell.top() + 6).lightness() < 80);
    }

    void tokenLabelsDropSubwordMarkers() {
        QCOMPARE(plotTokenLabels({"Ġcat", "▁dog", "Ċ", "Ġ", "ab"}), QStringList({"cat", "dog", "↵", "␣", "ab"}));
    }

    void matchesItsBaseline() {
        Fixture f;
        f.selection.selectHead(0, 1);
        const QImage image = attnscope::testing::grabAtSize(f.view, QSize(1200, 800));
        ATTNSCOPE_COMPARE_BASELINE(image, "sink_view_synthetic");
    }
};

QTEST_MAIN(TestSinkView)
#include "test_sink_view.moc"
