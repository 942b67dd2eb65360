// Every view reachable and operable from the keyboard, on the bundled demo model: Ctrl+1…9 bring a view to the
// front with the keyboard in it; the head view, model view, attention map, head mask and token strip select tokens,
// heads and masks with the arrow keys and Space; each view has an accessible name; focus is drawn.
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QtTest>

#include "attention_map_canvas.h"
#include "attnscope/capture.h"
#include "command_line.h"
#include "demo_window.h"
#include "head_grid.h"
#include "head_view_canvas.h"
#include "input_panel.h"
#include "main_window.h"
#include "model_session.h"
#include "model_view_canvas.h"
#include "settings.h"
#include "token_strip.h"
#include "view_catalog.h"
#include "workspace.h"

using namespace attnscope;
using attnscope::app::LaunchOptions;
using attnscope::app::MainWindow;
using attnscope::app::Settings;
using attnscope::app::ViewCatalog;
using attnscope::app::Workspace;

class TestKeyboardOperation : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<testing::DemoWindow> demo_;
    MainWindow* window_ = nullptr;
    Workspace* workspace_ = nullptr;

    // Ctrl+`number`, then the widget that has the keyboard.
    QWidget* goToView(int number) {
        QTest::keyClick(window_, static_cast<Qt::Key>(Qt::Key_0 + number), Qt::ControlModifier);
        QApplication::processEvents();
        return QApplication::focusWidget();
    }
    void press(Qt::Key key) { QTest::keyClick(QApplication::focusWidget(), key); }
    int tokenCount() const { return workspace_->session().capture()->tokenCount(); }

private slots:
    void initTestCase() {
        demo_ = std::make_unique<testing::DemoWindow>(QSize(1600, 1000));
        window_ = &demo_->window();
        workspace_ = &demo_->workspace();
        QVERIFY(demo_->showActive());
        QVERIFY(demo_->launch());  // the demo model and its first demo
        QVERIFY(workspace_->session().capture());
    }
    void cleanupTestCase() { demo_.reset(); }

    void everyViewIsReachedWithControlAndItsNumberAndHasAnAccessibleName() {
        const QStringList names = ViewCatalog::viewNames();
        QVERIFY(names.size() >= 9);
        for (int number = 1; number <= 9; ++number) {
            const QString id = ViewCatalog::dockIdForViewName(names[number - 1]);
            QWidget* focus = goToView(number);
            QDockWidget* dock = window_->viewDock(id);
            QVERIFY2(focus && dock->isAncestorOf(focus),
                     qPrintable(QString("Ctrl+%1 left the keyboard outside %2").arg(number).arg(id)));
            QVERIFY(dock->isVisible());
            QCOMPARE(window_->activeViewId(), id);
            QWidget* view = workspace_->views().view(id);
            QVERIFY2(!view->accessibleName().isEmpty(), qPrintable(id));
            QVERIFY2(!view->accessibleDescription().isEmpty(), qPrintable(id));
        }
    }

    void theHeadViewMovesTheTokenWithTheArrowsAndEscapeClearsIt() {
        auto* canvas = qobject_cast<widgets::HeadViewCanvas*>(goToView(1));
        QVERIFY(canvas);
        auto& selection = window_->selection();
        selection.setToken(-1);
        press(Qt::Key_Down);
        QCOMPARE(selection.token(), 0);
        press(Qt::Key_Down);
        QCOMPARE(selection.token(), 1);
        press(Qt::Key_Right);  // the same token's key
        QCOMPARE(selection.token(), 1);
        QVERIFY(selection.tokenIsKey());
        press(Qt::Key_End);
        QCOMPARE(selection.token(), tokenCount() - 1);
        press(Qt::Key_Escape);
        QCOMPARE(selection.token(), -1);
    }

    void theModelViewSelectsHeadsWithTheArrowsAndMasksWithSpace() {
        QVERIFY(qobject_cast<widgets::ModelViewCanvas*>(goToView(2)));
        auto& selection = window_->selection();
        selection.selectHead(0, 0);
        press(Qt::Key_Right);
        QCOMPARE(selection.head(), 1);
        press(Qt::Key_Down);
        QCOMPARE(selection.layer(), 1);
        QCOMPARE(selection.head(), 1);
        press(Qt::Key_Space);
        QVERIFY(selection.mask().contains(1, 1));
        press(Qt::Key_Space);
        QVERIFY(!selection.mask().contains(1, 1));
    }

    void theAttentionMapMovesTheQueryRow() {
        QVERIFY(qobject_cast<widgets::AttentionMapCanvas*>(goToView(3)));
        auto& selection = window_->selection();
        selection.setToken(-1);
        press(Qt::Key_Down);
        QCOMPARE(selection.token(), 0);
        QVERIFY(!selection.tokenIsKey());
        press(Qt::Key_End);
        QCOMPARE(selection.token(), tokenCount() - 1);
        press(Qt::Key_Up);
        QCOMPARE(selection.token(), tokenCount() - 2);
    }

    void theHeadMaskGridMasksAHeadWithSpaceAndALayerWithL() {
        QVERIFY(qobject_cast<widgets::HeadGrid*>(goToView(4)));
        auto& selection = window_->selection();
        selection.clearMask();
        selection.selectHead(0, 0);
        press(Qt::Key_Right);
        press(Qt::Key_Space);
        QVERIFY(selection.mask().contains(0, 1));
        press(Qt::Key_L);
        for (int head = 0; head < selection.headCount(); ++head) QVERIFY(selection.mask().contains(0, head));
        selection.clearMask();
    }

    void tablesTakeTheKeyboardInTheHeadRolesView() {
        QWidget* focus = goToView(6);
        QVERIFY(qobject_cast<QAbstractItemView*>(focus) ||
                (focus && focus->parentWidget() && qobject_cast<QAbstractItemView*>(focus->parentWidget())));
    }

    void theTokenStripSelectsTokensWithLeftAndRight() {
        widgets::TokenStrip* strip = workspace_->input().tokenStrip();
        strip->setFocus(Qt::TabFocusReason);
        QVERIFY(strip->hasFocus());
        window_->selection().setToken(-1);
        press(Qt::Key_Right);
        QCOMPARE(window_->selection().token(), 0);
        press(Qt::Key_Right);
        QCOMPARE(window_->selection().token(), 1);
        press(Qt::Key_Home);
        QCOMPARE(window_->selection().token(), 0);
    }

    void aViewWithTheKeyboardDrawsItsFocus() {
        QWidget* canvas = goToView(2);
        QVERIFY(canvas->hasFocus());
        const QImage focused = canvas->grab().toImage();
        workspace_->input().textEdit()->setFocus();
        QVERIFY(!canvas->hasFocus());
        const QImage unfocused = canvas->grab().toImage();
        QVERIFY(focused != unfocused);
    }
};

QTEST_MAIN(TestKeyboardOperation)
#include "test_keyboard_operation.moc"
