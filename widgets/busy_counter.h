// Counts work that is still in progress (a job running, a view waiting for its first render) so that automation
// such as --screenshot can wait until the window shows its final content instead of sleeping for a guessed time.
// GUI thread only: jobs on other threads are represented by whoever watches them on the GUI thread.
#pragma once

#include <QObject>
#include <QStringList>

namespace attnscope::widgets {

class BusyCounter : public QObject {
    Q_OBJECT
public:
    explicit BusyCounter(QObject* parent = nullptr);

    // One piece of work started; `reason` ("loading model", "rendering head view") names it in timeout errors.
    void begin(const QString& reason);
    // The piece of work begun with `reason` finished.
    void end(const QString& reason);

    int count() const { return static_cast<int>(reasons_.size()); }
    bool busy() const { return !reasons_.isEmpty(); }
    // What is still pending, one entry per begin() without its end().
    const QStringList& reasons() const { return reasons_; }

signals:
    void busyChanged(bool busy);
    void idle();  // the count went back to zero

private:
    QStringList reasons_;
};

// Keeps a BusyCounter raised for its lifetime, e.g. across a function with several exits.
class BusyScope {
public:
    BusyScope(BusyCounter& counter, QString reason) : counter_(&counter), reason_(std::move(reason)) {
        counter_->begin(reason_);
    }
    ~BusyScope() { counter_->end(reason_); }
    BusyScope(const BusyScope&) = delete;
    BusyScope& operator=(const BusyScope&) = delete;

private:
    BusyCounter* counter_;
    QString reason_;
};

}  // namespace attnscope::widgets
