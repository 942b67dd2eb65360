// The guided tour on the bundled demo model: every stop outlines its part of the window with the callout beside it,
// Back/Next/Skip and the keys move through it, a closed dock is brought back for its stop, the tour waits for a model
// that is still loading, and finishing or skipping it is remembered.
#include <QAction>
#include <QDockWidget>
#include <QPushButton>
#include <QtTest>

#include "command_line.h"
#include "demo_window.h"
#include "guided_tour.h"
#include "main_window.h"
#include "settings.h"
#include "view_catalog.h"
#include "workspace.h"

using namespace attnscope;
using attnscope::app::GuidedTour;
using attnscope::app::LaunchOptions;
using attnscope::app::MainWindow;
using attnscope::app::Settings;
using attnscope::app::ViewCatalog;
using attnscope::app::Workspace;

class TestGuidedTour : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<testing::DemoWindow> demo_;
    MainWindow* window_ = nullptr;
    Workspace* workspace_ = nullptr;
    Settings* settings_ = nullptr;

    bool waitIdle() { return demo_->waitIdle(); }
    void openTheDemoModel() { QVERIFY(demo_->launch()); }

private slots:
    void init() {
        demo_ = std::make_unique<testing::DemoWindow>(QSize(1280, 800));
        window_ = &demo_->window();
        workspace_ = &demo_->workspace();
        settings_ = &demo_->settings();
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_));
    }
    void cleanup() { demo_.reset(); }

    void everyStopOutlinesItsPartWithTheCalloutBesideIt() {
        openTheDemoModel();
        GuidedTour& tour = workspace_->tour();
        QVERIFY(!settings_->tourSeen());
        QSignalSpy finished(&tour, &GuidedTour::finished);
        workspace_->startTour();
        QVERIFY(tour.isVisible());
        QCOMPARE(tour.geometry(), window_->rect());
        QCOMPARE(tour.count(), 9);
        for (int stop = 0; stop < tour.count(); ++stop) {
            QCOMPARE(tour.current(), stop);
            const QRect outline = tour.highlight();
            QVERIFY2(!outline.isEmpty(), qPrintable(QString("stop %1 outlines nothing").arg(stop)));
            QVERIFY(window_->rect().contains(outline));
            const QRect callout = tour.callout()->geometry();
            QVERIFY(window_->rect().contains(callout));
            // Beside the part, not over it, wherever the window leaves room (the head view's dock fills a side).
            if (outline.width() < window_->width() * 6 / 10 && outline.height() < window_->height() * 6 / 10)
                QVERIFY2(!callout.intersects(outline),
                         qPrintable(QString("stop %1's callout covers its part").arg(stop)));
            // ATTNSCOPE_SCREENSHOT_DIR=folder keeps a picture of each stop, to look at.
            if (const QString folder = qEnvironmentVariable("ATTNSCOPE_SCREENSHOT_DIR"); !folder.isEmpty()) {
                QTest::qWait(20);
                window_->grab().save(QDir(folder).filePath(QString("tour_stop_%1.png").arg(stop + 1)));
            }
            tour.nextButton()->click();
        }
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.front().front().toBool(), true);
        QVERIFY(!tour.isVisible());
        QVERIFY(settings_->tourSeen());
    }

    void theKeysMoveThroughItAndEscapeSkipsIt() {
        openTheDemoModel();
        GuidedTour& tour = workspace_->tour();
        QSignalSpy finished(&tour, &GuidedTour::finished);
        workspace_->startTour();
        QTest::keyClick(&tour, Qt::Key_Right);
        QTest::keyClick(&tour, Qt::Key_Return);
        QCOMPARE(tour.current(), 2);
        QTest::keyClick(&tour, Qt::Key_Left);
        QCOMPARE(tour.current(), 1);
        QVERIFY(tour.backButton()->isEnabled());
        QTest::keyClick(&tour, Qt::Key_Escape);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.front().front().toBool(), false);
        QVERIFY(!tour.isVisible());
        QVERIFY(settings_->tourSeen());  // skipped counts as seen: it does not come back by itself
    }

    void aClosedDockIsBroughtBackForItsStop() {
        openTheDemoModel();
        QDockWidget* sinks = window_->viewDock(ViewCatalog::dockIdForViewName("sinks"));
        sinks->close();
        GuidedTour& tour = workspace_->tour();
        workspace_->startTour();
        while (tour.current() >= 0 && !tour.highlight().contains(sinks->geometry().center())) tour.next();
        QVERIFY2(tour.current() >= 0, "no stop outlined the sinks view");
        QVERIFY(sinks->isVisible());
    }

    void helpGuidedTourStartsItAgain() {
        openTheDemoModel();
        settings_->setTourSeen(true);
        window_->actions().guidedTour->trigger();
        QVERIFY(workspace_->tour().isVisible());
        QCOMPARE(workspace_->tour().current(), 0);
    }

    void aTourAskedForWhileTheModelLoadsWaitsForIt() {
        workspace_->launch(LaunchOptions());
        workspace_->startTour();
        QVERIFY(!workspace_->tour().isVisible());
        QVERIFY(waitIdle());
        QVERIFY(QTest::qWaitFor([this] { return workspace_->tour().isVisible(); }, 5000));
        QVERIFY(!workspace_->tour().highlight().isEmpty());  // the input it points at is there now
    }
};

QTEST_MAIN(TestGuidedTour)
#include "test_guided_tour.moc"
