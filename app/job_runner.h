// Watches engine Jobs from the GUI thread: reports progress, offers Cancel, and hands the result to a callback on the
// GUI thread. The work itself runs on the Job's own thread, so the window stays responsive (see docs/architecture.md).
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "attnscope/job.h"

namespace attnscope::widgets {
class BusyCounter;
}

namespace attnscope::app {

// How a watched job ended, for callers that must know even when there is no result (to re-enable a button, to
// continue a sequence of steps).
enum class JobOutcome { Succeeded, Failed, Cancelled, Superseded };

class JobRunner : public QObject {
    Q_OBJECT
public:
    // `busy` (may be null) stays raised while a job runs, so --screenshot waits for it.
    explicit JobRunner(widgets::BusyCounter* busy, QObject* parent = nullptr);
    // Cancels what still runs and waits for it: a Job's thread must not outlive the objects its work refers to.
    ~JobRunner() override;

    // Watches `job`. `onResult` runs on the GUI thread when it succeeds; a CancelledError becomes cancelled(), any
    // other exception failed(). Starting a job while one runs supersedes the old one: it is cancelled, its result is
    // dropped, and it is released once its thread has stopped. `onDone`, when given, runs on the GUI thread once the
    // job has ended however it ended (after onResult and the succeeded/failed/cancelled signal); a Superseded
    // callback must not start another job.
    template <class Result>
    void watch(const QString& title, std::shared_ptr<Job<Result>> job, std::function<void(const Result&)> onResult,
               std::function<void(JobOutcome)> onDone = {});

    bool running() const { return current_.has_value(); }
    QString title() const { return current_ ? current_->title : QString(); }

public slots:
    void cancel();

signals:
    void started(const QString& title);
    void progressed(double fraction, const QString& stage);
    void succeeded(const QString& title);
    void cancelled(const QString& title);
    void failed(const QString& title, const QString& problem, const QString& where);
    void runningChanged(bool running);

private:
    // A job with its result type erased, so one runner can watch jobs of any result.
    struct Watched {
        QString title;
        std::shared_ptr<void> job;  // owns the Job, whose destructor joins its thread
        std::function<double()> progress;
        std::function<QString()> stage;
        std::function<bool()> finished;
        std::function<void()> cancel;
        std::function<void()> deliver;  // passes the result to onResult, or rethrows the work's exception
        std::function<void(JobOutcome)> done;
    };

    void begin(Watched watched);
    void poll();
    void finish();
    QString busyReason(const QString& title) const;

    widgets::BusyCounter* busy_;
    std::optional<Watched> current_;
    std::vector<Watched> superseded_;  // cancelled, waiting for their threads to stop
    QTimer timer_;
};

template <class Result>
void JobRunner::watch(const QString& title, std::shared_ptr<Job<Result>> job,
                      std::function<void(const Result&)> onResult, std::function<void(JobOutcome)> onDone) {
    Job<Result>* raw = job.get();
    Watched watched;
    watched.title = title;
    watched.job = std::move(job);
    watched.progress = [raw] { return raw->progress(); };
    watched.stage = [raw] { return QString::fromStdString(raw->stage()); };
    watched.finished = [raw] { return raw->finished(); };
    watched.cancel = [raw] { raw->cancel(); };
    watched.deliver = [raw, onResult = std::move(onResult)] { onResult(raw->result()); };
    watched.done = std::move(onDone);
    begin(std::move(watched));
}

}  // namespace attnscope::app
