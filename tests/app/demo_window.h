// The whole window with its workspace, over the bundled demo model and demos, for tests that drive it as a user
// would (keys, menus, the tour): settings in a temporary folder, automation on (errors go to stderr, nothing is
// written on close). Needs ATTNSCOPE_RESOURCES, which CTest sets for every test.
#pragma once

#include <QSize>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

#include "command_line.h"
#include "main_window.h"
#include "settings.h"
#include "workspace.h"

namespace attnscope::testing {

class DemoWindow {
public:
    explicit DemoWindow(const QSize& size, const QString& language = QStringLiteral("en"))
        : settings_(std::make_unique<app::Settings>(dir_.filePath(QStringLiteral("settings.ini")))),
          window_(std::make_unique<app::MainWindow>(*settings_)) {
        window_->setAutomation(true);
        workspace_ = std::make_unique<app::Workspace>(*window_, *settings_, language);
        window_->resize(size);
    }
    ~DemoWindow() {
        workspace_.reset();  // before the window it belongs to
    }

    app::MainWindow& window() { return *window_; }
    app::Workspace& workspace() { return *workspace_; }
    app::Settings& settings() { return *settings_; }

    // Shows the window and makes it the active one, as the window's shortcuts need.
    bool showActive() {
        window_->show();
        window_->activateWindow();
        return QTest::qWaitForWindowActive(window_.get());
    }
    // Until no job runs and no sequence of steps is pending.
    bool waitIdle(int milliseconds = 60000) {
        QTest::qWait(1);
        return QTest::qWaitFor([this] { return !window_->busy().busy() && !workspace_->sequenceActive(); },
                               milliseconds);
    }
    // launch(), as main() does: with no flags, the demo model and its first demo.
    bool launch(const app::LaunchOptions& options = {}) {
        workspace_->launch(options);
        return waitIdle();
    }

private:
    QTemporaryDir dir_;
    std::unique_ptr<app::Settings> settings_;
    std::unique_ptr<app::MainWindow> window_;
    std::unique_ptr<app::Workspace> workspace_;
};

}  // namespace attnscope::testing
