// Writing the automation outputs once all pending work is done.
#include "automation_run.h"

#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QWidget>
#include <QWindow>

#include "busy_counter.h"

namespace attnscope::app {

namespace {
// Idle must last this long before the capture: work often starts one event-loop turn after the previous ends
// (a job's result arrives, then the view schedules its render).
constexpr int kSettleMilliseconds = 150;
}  // namespace

AutomationRun::AutomationRun(QWidget* window, widgets::BusyCounter* busy, QString screenshotPath,
                             std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent), window_(window), busy_(busy), path_(std::move(screenshotPath)) {
    settle_.setSingleShot(true);
    settle_.setInterval(kSettleMilliseconds);
    connect(&settle_, &QTimer::timeout, this, &AutomationRun::capture);
    timeout_.setSingleShot(true);
    timeout_.setInterval(timeout);
    connect(&timeout_, &QTimer::timeout, this, [this] {
        const QString pending = busy_ && busy_->busy() ? busy_->reasons().join(QStringLiteral(", "))
                                                       : QStringLiteral("the window was never shown");
        finish(1, QStringLiteral("still waiting after %1 s (%2)").arg(timeout_.interval() / 1000.0).arg(pending));
    });
    if (busy_) {
        connect(busy_, &widgets::BusyCounter::busyChanged, this, [this](bool nowBusy) {
            if (nowBusy)
                settle_.stop();
            else
                settleIfIdle();
        });
    }
}

void AutomationRun::start() {
    timeout_.start();
    settleIfIdle();
}

void AutomationRun::abort(const QString& message) {
    finish(1, message);
}

void AutomationRun::settleIfIdle() {
    if (finished_ || (busy_ && busy_->busy())) return;
    settle_.start();
}

void AutomationRun::capture() {
    if (finished_ || (busy_ && busy_->busy())) return;
    const QWindow* handle = window_->windowHandle();
    if (!window_->isVisible() || !handle || !handle->isExposed()) {
        settle_.start();  // not on screen yet; the timeout ends this if it never gets there
        return;
    }
    if (!path_.isEmpty())
        if (const QString problem = writeScreenshot(); !problem.isEmpty()) return finish(1, problem);
    for (const Output& output : outputs_)
        if (const QString problem = output(); !problem.isEmpty()) return finish(1, problem);
    finish(0, QString());
}

QString AutomationRun::writeScreenshot() {
    const QPixmap pixels = window_->grab();
    if (pixels.isNull()) return QStringLiteral("--screenshot: the window could not be rendered");
    const QFileInfo file(path_);
    if (!file.absoluteDir().exists())
        return QStringLiteral("--screenshot: the folder %1 does not exist").arg(file.absolutePath());
    if (!pixels.save(path_, "PNG")) return QStringLiteral("--screenshot: cannot write %1").arg(path_);
    return {};
}

void AutomationRun::finish(int exitCode, const QString& message) {
    if (finished_) return;
    finished_ = true;
    settle_.stop();
    timeout_.stop();
    emit done(exitCode, message);
}

}  // namespace attnscope::app
