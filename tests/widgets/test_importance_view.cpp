// ImportanceView: colours (diverging around zero for ablation, sequential for the gradient), the top-k action that
// sets the shared mask and asks for a re-run, head selection by click, and the requests and progress it exchanges
// with the session that runs the sweep (the sweep itself: tests/app/test_analysis_session.cpp).
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

#include "analysis/heatmap_plot.h"
#include "analysis/importance_view.h"
#include "screenshot_compare.h"
#include "selection_model.h"
#include "style.h"

using namespace attnscope;
using namespace attnscope::widgets;

namespace {

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
        QCOMPARE(attnscope::testing::colorInside(*map, map->cellRect(0, 2)),
                 Colormap::divergingRdBu().color(0.5));  // zero: the neutral centre
        QCOMPARE(attnscope::testing::colorInside(*map, map->cellRect(0, 0)),
                 Colormap::divergingRdBu().color(1.0));  // the largest loss increase
        QCOMPARE(attnscope::testing::colorInside(*map, map->cellRect(0, 1)), Colormap::divergingRdBu().color(0.25));
    }

    void gradientIsSequentialFromZero() {
        Fixture f;
        f.view.setResult(handMade(ImportanceMethod::Gradient));
        QCOMPARE(f.view.method(), ImportanceMethod::Gradient);
        QCOMPARE(f.view.heatmap()->rangeMin(), 0.0);
        QCOMPARE(attnscope::testing::colorInside(*f.view.heatmap(), f.view.heatmap()->cellRect(0, 0)),
                 Colormap::viridis().color(1.0));
        QCOMPARE(attnscope::testing::colorInside(*f.view.heatmap(), f.view.heatmap()->cellRect(0, 2)),
                 Colormap::viridis().color(0.0));
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

    void computeAsksForTheChosenMethodAndShowsTheSweepsProgress() {
        Fixture f;
        QVERIFY(!f.view.computeButton()->isEnabled());  // nothing to measure yet
        f.view.setSourceAvailable(true);
        QVERIFY(f.view.computeButton()->isEnabled());
        QSignalSpy requested(&f.view, &ImportanceView::computeRequested);
        f.view.methodBox()->setCurrentIndex(1);
        QTest::mouseClick(f.view.computeButton(), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested[0][0].value<ImportanceMethod>(), ImportanceMethod::Gradient);
        f.view.setRunning(true);
        f.view.setProgress(0.5, "6 / 12 runs");
        QVERIFY(f.view.cancelButton()->isEnabled());
        QVERIFY(!f.view.computeButton()->isEnabled());
        QSignalSpy finished(&f.view, &ImportanceView::computationFinished);
        f.view.setResult(handMade(ImportanceMethod::Gradient));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!f.view.running());
        QVERIFY(f.view.maskButton()->isEnabled());
    }

    void aNewSourceDropsTheResultsAndCancelAsks() {
        Fixture f;
        f.view.setSourceAvailable(true);
        f.view.setResult(handMade());
        QVERIFY(f.view.result(ImportanceMethod::Ablation));
        f.view.setSourceAvailable(true);
        QVERIFY(!f.view.result(ImportanceMethod::Ablation));
        QSignalSpy cancel(&f.view, &ImportanceView::cancelRequested);
        f.view.cancel();
        QCOMPARE(cancel.size(), 0);  // nothing runs
        f.view.setRunning(true);
        f.view.cancel();
        QCOMPARE(cancel.size(), 1);
        QSignalSpy finished(&f.view, &ImportanceView::computationFinished);
        f.view.showEndedWithoutResult(QString());
        QCOMPARE(finished.size(), 1);
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
