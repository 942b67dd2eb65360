// The outputs of a run under automation (--screenshot, --export, --report, --save-session): waits until the window is
// on screen and no work is pending (the BusyCounter is at zero and stays there for a moment), then writes each output
// in turn and reports the outcome; gives up after a timeout, naming what was still pending.
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>
#include <functional>
#include <vector>

class QWidget;

namespace attnscope::widgets {
class BusyCounter;
}

namespace attnscope::app {

class AutomationRun : public QObject {
    Q_OBJECT
public:
    // Writes something once the window is idle; returns an error message, empty on success.
    using Output = std::function<QString()>;

    // `screenshotPath`, when not empty, is the first output: the whole window as a PNG.
    AutomationRun(QWidget* window, widgets::BusyCounter* busy, QString screenshotPath,
                  std::chrono::milliseconds timeout, QObject* parent = nullptr);

    // Adds an output after the screenshot; call before start().
    void addOutput(Output output) { outputs_.push_back(std::move(output)); }
    // Starts waiting; call after the window was shown.
    void start();

public slots:
    // Ends the wait without a screenshot, e.g. when an error was reported.
    void abort(const QString& message);

signals:
    // Emitted once: exit code 0 and an empty message after every output was written, else 1 and the reason.
    void done(int exitCode, const QString& message);

private:
    void settleIfIdle();
    void capture();
    QString writeScreenshot();
    void finish(int exitCode, const QString& message);

    QWidget* window_;
    widgets::BusyCounter* busy_;
    QString path_;
    std::vector<Output> outputs_;
    QTimer settle_;
    QTimer timeout_;
    bool finished_ = false;
};

}  // namespace attnscope::app
