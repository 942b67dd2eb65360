// ImportanceView: colours (diverging around zero for ablation, sequential for the gradient), the top-k action that
// sets the shared mask and asks for a re-run, head selection by click, and the real job on a fixture model with
// progress, result and cancellation.
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

#include "analysis/colormaps.h"
#include "analysis/heatmap_plot.h"
#include "analysis/importance_view.h"
#include "attnscope/safetensors.h"
#include "screenshot_compare.h"
#include "selection_model.h"

using namespace attnscope;
using namespace attnscope::widgets;

namespace {

const QString kModels = QStringLiteral(ATTNSCOPE_TEST_DATA_DIR "/fixtures/models");

HeadImportance handMade(ImportanceMethod method = ImportanceMethod::Ablation) {
    HeadImportance importance;
    importance.method = method;
    importance.loss = "next-token cross-entropy";
    importance.layers = 2;
    importance.heads = 3;
    importance.baseLoss = 3.2;
    importance.scores = {0.5, -0.25, 0.0, 0.1, 0.02, 0.3};
    if (method == ImportanceMethod::Gradient) {
        importance.gradients = {-0.5, 0.25, 0.0, -0.1, -0.02, -0.3};
        importance.scores = {0.5, 0.25, 0.0, 0.1, 0.02, 0.3};
    }
    return importance;
}

QColor cellPixel(HeatmapPlot* plot, int row, int column) {
    const QImage image = plot->grab().toImage();
    const QRect cell = plot->cellRect(row, column);
    return image.pixelColor(cell.left() + 4, cell.top() + 4);
}

struct Fixture {
    SelectionModel selection;
    ImportanceView view{&selection};
    Fixture() {
        selection.setModelShape(2, 3);
        selection.selectHead(1, 2);
        view.resize(640, 520);
        view.show();
    }
};

}  // namespace

class TestImportanceView : public QObject {
    Q_OBJECT
private slots:
    void ablationIsDivergingAndCentredAtZero() {
        Fixture f;
        f.view.setResult(handMade());
        HeatmapPlot* map = f.view.heatmap();
        QCOMPARE(map->rangeMin(), -0.5);
        QCOMPARE(map->rangeMax(), 0.5);
        QCOMPARE(cellPixel(map, 0, 2), colormapColor(AnalysisColormap::Diverging, 0.5));  // zero: the neutral centre
        QCOMPARE(cellPixel(map, 0, 0), colormapColor(AnalysisColormap::Diverging, 1.0));  // the largest loss increase
        QCOMPARE(cellPixel(map, 0, 1), colormapColor(AnalysisColormap::Diverging, 0.25));
    }

    void gradientIsSequentialFromZero() {
        Fixture f;
        f.view.setResult(handMade(ImportanceMethod::Gradient));
        QCOMPARE(f.view.method(), ImportanceMethod::Gradient);
        QCOMPARE(f.view.heatmap()->rangeMin(), 0.0);
        QCOMPARE(cellPixel(f.view.heatmap(), 0, 0), colormapColor(AnalysisColormap::Sequential, 1.0));
        QCOMPARE(cellPixel(f.view.heatmap(), 0, 2), colormapColor(AnalysisColormap::Sequential, 0.0));
    }

    void maskingTheLeastImportantSetsTheMaskAndAsksForARerun() {
        Fixture f;
        f.view.setResult(handMade());
        QSignalSpy rerun(&f.view, &ImportanceView::rerunRequested);
        f.view.setLeastImportantCount(3);
        QCOMPARE(f.view.leastImportantMask().toString(), std::string("0:1,0:2,1:1"));
        QCOMPARE(f.view.heatmap()->value(0, 1), -0.25);
        QTest::mouseClick(f.view.maskButton(), Qt::LeftButton);
        QCOMPARE(f.selection.mask().toString(), std::string("0:1,0:2,1:1"));
        QCOMPARE(rerun.count(), 1);
        QCOMPARE(f.selection.undoStack()->count(), 1);  // undoable like any mask edit
        f.selection.undoStack()->undo();
        QVERIFY(f.selection.mask().empty());
    }

    void clickingACellSelectsTheHead() {
        Fixture f;
        f.view.setResult(handMade());
        QTest::mouseClick(f.view.heatmap(), Qt::LeftButton, {}, f.view.heatmap()->cellRect(0, 1).center());
        QCOMPARE(f.selection.layer(), 0);
        QCOMPARE(f.selection.head(), 1);
        QCOMPARE(f.view.heatmap()->outlinedCell(), Cell(0, 1));
    }

    void computeRunsTheJobOnTheModel() {
        Fixture f;
        const auto model = Model::load((kModels + "/gpt2").toStdString());
        const auto ref = safetensors::File::open((kModels + "/gpt2/reference.safetensors").toStdString());
        ModelInput input;
        input.ids = ref->integers("plain0.input_ids");
        f.view.setSource(model, input);
        f.selection.setModelShape(3, 4);
        QVERIFY(f.view.computeButton()->isEnabled());
        QVERIFY(!f.view.maskButton()->isEnabled());
        QSignalSpy finished(&f.view, &ImportanceView::computationFinished);
        QTest::mouseClick(f.view.computeButton(), Qt::LeftButton);
        QVERIFY(f.view.running());
        QVERIFY(f.view.cancelButton()->isEnabled());
        QVERIFY(finished.wait(60000));
        QVERIFY(!f.view.running());
        const HeadImportance* result = f.view.result(ImportanceMethod::Ablation);
        QVERIFY(result);
        QCOMPARE(result->scores.size(), size_t(12));
        QCOMPARE(f.view.heatmap()->value(2, 3), result->score(2, 3));
        QVERIFY(f.view.maskButton()->isEnabled());

        // The gradient runs from the same source; switching methods keeps each result.
        f.view.methodBox()->setCurrentIndex(1);
        QVERIFY(!f.view.result(ImportanceMethod::Gradient));
        f.view.compute();
        QVERIFY(finished.wait(60000));
        QVERIFY(f.view.result(ImportanceMethod::Gradient));
        QVERIFY(f.view.result(ImportanceMethod::Ablation));
    }

    void cancelStopsTheJobAndKeepsNoResult() {
        Fixture f;
        const auto model = Model::load((kModels + "/gpt2").toStdString());
        ModelInput input;
        input.ids = {1, 2, 3, 4, 5, 6, 7, 8};
        f.view.setSource(model, input);
        QSignalSpy finished(&f.view, &ImportanceView::computationFinished);
        f.view.compute();
        f.view.cancel();
        QVERIFY(finished.wait(60000));
        QVERIFY(!f.view.result(ImportanceMethod::Ablation));
        QVERIFY(f.view.computeButton()->isEnabled());
    }

    void matchesItsBaseline() {
        Fixture f;
        f.view.setResult(handMade());
        f.view.setLeastImportantCount(2);
        f.selection.toggleMasked(1, 0);
        const QImage image = attnscope::testing::grabAtSize(f.view, QSize(640, 520));
        ATTNSCOPE_COMPARE_BASELINE(image, "importance_view_synthetic");
    }
};

QTEST_MAIN(TestImportanceView)
#include "test_importance_view.moc"
