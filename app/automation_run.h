// --screenshot: waits until the window is on screen and no work is pending (the BusyCounter is at zero and stays
// there for a moment), renders the whole window to a PNG and reports the outcome; gives up after a timeout, naming
// what was still pending.
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>

class QWidget;

namespace attnscope::widgets {
class BusyCounter;
}

namespace attnscope::app {

class ScreenshotTaker : public QObject {
    Q_OBJECT
public:
    ScreenshotTaker(QWidget* window, widgets::BusyCounter* busy, QString path, std::chrono::milliseconds timeout,
                    QObject* parent = nullptr);

    // Starts waiting; call after the window was shown.
    void start();

public slots:
    // Ends the wait without a screenshot, e.g. when an error was reported.
    void abort(const QString& message);

signals:
    // Emitted once: exit code 0 and an empty message after the PNG was written, else 1 and the reason.
    void done(int exitCode, const QString& message);

private:
    void settleIfIdle();
    void capture();
    void finish(int exitCode, const QString& message);

    QWidget* window_;
    widgets::BusyCounter* busy_;
    QString path_;
    QTimer settle_;
    QTimer timeout_;
    bool finished_ = false;
};

}  // namespace attnscope::app
