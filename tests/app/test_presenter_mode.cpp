// Presenter mode on the bundled demo model and demos: the view in front fills a 1920×1080 window in fonts twice the
// normal size with the Demo Guide as a caption strip, the clicker keys step through the demos' steps and the demos,
// and leaving (or closing) puts the user's layout, font and theme back.
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QStackedWidget>
#include <QtTest>

#include "attnscope/capture.h"
#include "command_line.h"
#include "demo_guide.h"
#include "demo_window.h"
#include "head_view_canvas.h"
#include "input_panel.h"
#include "main_window.h"
#include "model_session.h"
#include "presenter_mode.h"
#include "settings.h"
#include "style.h"
#include "view_catalog.h"
#include "workspace.h"

using namespace attnscope;
using attnscope::app::LaunchOptions;
using attnscope::app::MainWindow;
using attnscope::app::Settings;
using attnscope::app::ViewCatalog;
using attnscope::app::Workspace;

namespace {
double fontSize(const QFont& font) {
    return font.pointSizeF() > 0 ? font.pointSizeF() : font.pixelSize();
}
}  // namespace

class TestPresenterMode : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<testing::DemoWindow> demo_;
    MainWindow* window_ = nullptr;
    Workspace* workspace_ = nullptr;

    bool waitIdle() { return demo_->waitIdle(); }
    // The bundled demo model with the first demo shown, in an active 1920×1080 window.
    void startOnTheFirstDemo(LaunchOptions options = {}) {
        QVERIFY(demo_->showActive());  // the clicker keys are the window's shortcuts
        QVERIFY(demo_->launch(options));
        QCOMPARE(workspace_->demoShown(), 0);
    }
    QMap<QString, bool> dockVisibility() const {
        QMap<QString, bool> visible;
        for (auto* dock : window_->findChildren<QDockWidget*>()) visible[dock->objectName()] = dock->isVisible();
        return visible;
    }
    QDockWidget* dock(const char* viewName) const {
        return window_->viewDock(ViewCatalog::dockIdForViewName(QString::fromLatin1(viewName)));
    }

private slots:
    void init() {
        demo_ = std::make_unique<testing::DemoWindow>(QSize(1920, 1080));
        window_ = &demo_->window();
        workspace_ = &demo_->workspace();
        QVERIFY2(!workspace_->demos().demos.empty(), "resources/demos.json was not found");
    }
    void cleanup() { demo_.reset(); }

    void presenterModeFillsTheWindowWithTheViewInFrontInFontsTwiceTheSize() {
        startOnTheFirstDemo();
        const double normalFont = fontSize(QApplication::font());
        QDockWidget* headDock = dock("head");
        QWidget* headView = headDock->widget();
        window_->setActiveView(ViewCatalog::dockIdForViewName("head"));
        window_->actions().presenterMode->trigger();
        QTest::qWait(50);

        QVERIFY(window_->presenter().active());
        QVERIFY(window_->actions().presenterMode->isChecked());
        QCOMPARE(widgets::screenTheme().kind, widgets::Theme::Kind::HighContrast);
        QVERIFY(fontSize(QApplication::font()) >= 2 * normalFont);
        QVERIFY(widgets::styleFont(12).pixelSize() >= 24);
        QCOMPARE(headView->findChild<widgets::HeadViewCanvas*>()->rowHeight(), 2 * widgets::HeadViewCanvas::kRowHeight);

        // The head view sits in the centre and takes most of the window; of the docks only the guide shows, as a
        // strip across the bottom.
        auto* central = qobject_cast<QStackedWidget*>(window_->centralWidget());
        QVERIFY(central);
        QCOMPARE(central->currentWidget(), headView);
        QVERIFY(headView->isVisible());
        const double share = double(headView->width()) * headView->height() / (window_->width() * window_->height());
        QVERIFY2(share > 0.5, qPrintable(QString("the view covers %1 of the window").arg(share)));
        QDockWidget* guide = window_->viewDock(QStringLiteral("demo_guide"));
        for (auto* other : window_->findChildren<QDockWidget*>()) QCOMPARE(other->isVisible(), other == guide);
        QCOMPARE(window_->dockWidgetArea(guide), Qt::BottomDockWidgetArea);
        QVERIFY(guide->width() > window_->width() * 95 / 100);
        QVERIFY(guide->geometry().top() >= headView->mapTo(window_, QPoint(0, headView->height())).y() - 8);
        QCOMPARE(window_->activeViewId(), ViewCatalog::dockIdForViewName("head"));
        // The View menu cannot show a dock whose view is in the centre, nor reset the lecture hall's layout.
        QVERIFY(!headDock->toggleViewAction()->isEnabled());
        QVERIFY(!window_->actions().resetLayout->isEnabled());
        // Go to View (Ctrl+2) presents another view instead.
        QTest::keyClick(window_, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window_->presenter().presentedId(), ViewCatalog::dockIdForViewName("model"));
        QCOMPARE(headDock->widget(), headView);  // the head view went back to its dock
    }

    void leavingPutsTheLayoutTheFontAndTheThemeBack() {
        startOnTheFirstDemo();
        const QMap<QString, bool> before = dockVisibility();
        const QFont font = QApplication::font();
        const QSize size = window_->size();
        QDockWidget* headDock = dock("head");
        QWidget* headView = headDock->widget();
        window_->setActiveView(ViewCatalog::dockIdForViewName("head"));
        window_->actions().presenterMode->trigger();
        QVERIFY(headDock->widget() != headView);
        window_->actions().presenterMode->trigger();
        QTest::qWait(50);

        QVERIFY(!window_->presenter().active());
        QCOMPARE(headDock->widget(), headView);
        QCOMPARE(dockVisibility(), before);
        QCOMPARE(QApplication::font(), font);
        QCOMPARE(widgets::screenTheme().kind, widgets::Theme::Kind::Light);
        QCOMPARE(headView->findChild<widgets::HeadViewCanvas*>()->rowHeight(), widgets::HeadViewCanvas::kRowHeight);
        QCOMPARE(window_->size(), size);
        QVERIFY(!window_->viewDock(QStringLiteral("demo_guide"))->titleBarWidget());
        QVERIFY(headDock->toggleViewAction()->isEnabled());
        QVERIFY(window_->actions().resetLayout->isEnabled());
    }

    void clickerKeysStepThroughTheStepsOfADemoThenTheNextDemo() {
        startOnTheFirstDemo();
        auto& guide = workspace_->demoGuide();
        const auto& demo = workspace_->demos().demos.front();
        QVERIFY(demo.steps.size() >= 2);
        // Outside presenter mode PageDown belongs to the widget with focus, not to the demos.
        QTest::keyClick(window_, Qt::Key_PageDown);
        QCOMPARE(guide.step(), 0);

        window_->actions().presenterMode->trigger();
        QTest::keyClick(window_, Qt::Key_PageDown);
        QCOMPARE(guide.step(), 1);
        QVERIFY(guide.stepLabel()->isVisible());
        QCOMPARE(guide.stepLabel()->text(), demo.steps[0].caption);
        // The first step selects the last token, as the explanation asks the user to.
        QCOMPARE(window_->selection().token(), workspace_->session().capture()->tokenCount() - 1);

        QTest::keyClick(window_, Qt::Key_Right);  // the second step shows the attention map
        QCOMPARE(guide.step(), 2);
        QCOMPARE(window_->presenter().presentedId(), ViewCatalog::dockIdForViewName("map"));
        QCOMPARE(window_->activeViewId(), ViewCatalog::dockIdForViewName("map"));

        QTest::keyClick(window_, Qt::Key_Left);  // back a step
        QCOMPARE(guide.step(), 1);
        QTest::keyClick(window_, Qt::Key_Right);
        QTest::keyClick(window_, Qt::Key_PageDown);  // past the last step: the next demo
        QVERIFY(waitIdle());
        QCOMPARE(workspace_->demoShown(), 1);
        QCOMPARE(guide.index(), 1);
        QCOMPARE(guide.step(), 0);
        QCOMPARE(workspace_->input().text(), workspace_->demos().demos[1].text);
        // Demo 2 is about masking: its step runs with the mask, before and after side by side.
        QTest::keyClick(window_, Qt::Key_PageDown);
        QVERIFY(waitIdle());
        QVERIFY(workspace_->session().beforeCapture());

        QTest::keyClick(window_, Qt::Key_PageUp);  // back to the demo's start
        QVERIFY(waitIdle());
        QCOMPARE(guide.step(), 0);
        QTest::keyClick(window_, Qt::Key_PageUp);  // the previous demo
        QVERIFY(waitIdle());
        QCOMPARE(workspace_->demoShown(), 0);
    }

    void theLaunchFlagStartsInPresenterModeAfterTheOtherFlags() {
        LaunchOptions options;
        options.viewName = QStringLiteral("map");
        options.presenter = true;
        startOnTheFirstDemo(options);
        QVERIFY(window_->presenter().active());
        QCOMPARE(window_->presenter().presentedId(), ViewCatalog::dockIdForViewName("map"));
        QVERIFY(!window_->isFullScreen());  // automation keeps the window's size (--screenshot --size)
    }

    void closingWhilePresentingLeavesFirstSoTheUsersLayoutIsSaved() {
        window_->setAutomation(false);  // so closing writes the layout
        startOnTheFirstDemo();
        const QFont font = QApplication::font();
        window_->actions().presenterMode->trigger();
        QVERIFY(window_->presenter().active());
        window_->close();
        QVERIFY(!window_->presenter().active());
        QCOMPARE(QApplication::font(), font);
        // The layout written is the user's: restored into a fresh window, the head view's dock is not hidden.
        MainWindow fresh(demo_->settings());
        Workspace freshWorkspace(fresh, demo_->settings(), QStringLiteral("en"));
        fresh.restoreWindowSettings(QSize(1280, 800));
        QVERIFY(!fresh.viewDock(ViewCatalog::dockIdForViewName("head"))->isHidden());
    }
};

QTEST_MAIN(TestPresenterMode)
#include "test_presenter_mode.moc"
