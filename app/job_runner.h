// The one watcher of engine Jobs on the GUI thread: progress, Cancel, results and errors for every long piece of
// work in the window (loading, runs, head scores, the importance sweep, corpus captures, embeddings). Jobs run on
// their own threads; each belongs to a channel, and a new job supersedes the running one of its channel only, so a
// run, an embedding and an ablation sweep can go on side by side (see docs/architecture.md, Threading).
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>
#include <map>
#include <memory>
#include <vector>

#include "attnscope/job.h"

namespace attnscope::widgets {
class BusyCounter;
}

namespace attnscope::app {

// How a watched job ended, for callers that must know even when there is no result (to re-enable a button, to
// continue a sequence of steps).
enum class JobOutcome { Succeeded, Failed, Cancelled, Superseded };

// The channels of the window's work. Jobs of one channel replace each other; different channels run side by side.
namespace channels {
inline const QString model = QStringLiteral("model");  // loading a model, running an input
inline const QString headScores = QStringLiteral("head scores");
inline const QString importance = QStringLiteral("importance");
inline const QString corpus = QStringLiteral("corpus");
inline const QString embedding = QStringLiteral("embedding");
inline const QString embeddingMatrix = QStringLiteral("embedding matrix");
inline const QString flow = QStringLiteral("flow");
inline const QString normWeighted = QStringLiteral("norm-weighted");
inline const QString attribution = QStringLiteral("attribution");
inline const QString inputImage = QStringLiteral("input image");  // the image a vision run saw, for overlays
}  // namespace channels

// What the caller wants to hear about one job. Every callback runs on the GUI thread.
template <class Result>
struct JobCallbacks {
    std::function<void(const Result&)> onResult;
    // When set, a failure is reported here (a dock's status line) instead of through failed() (a dialog).
    std::function<void(const QString& problem, const QString& where)> onFailed;
    // How the job ended, however it ended; after onResult/onFailed. A Superseded callback must not start a job of
    // the same channel.
    std::function<void(JobOutcome)> onDone;
    // Progress of this job, for a panel's own progress bar.
    std::function<void(double fraction, const QString& stage)> onProgress;
    // Shown in the status bar (with its Cancel) and cancelled by Run › Cancel; background jobs with a panel of their
    // own (embeddings, the importance sweep) set this to false.
    bool foreground = true;
};

class JobRunner : public QObject {
    Q_OBJECT
public:
    // `busy` (may be null) stays raised while any job runs, so --screenshot waits for it.
    explicit JobRunner(widgets::BusyCounter* busy, QObject* parent = nullptr);
    // Cancels what still runs and waits for it: a Job's thread must not outlive the objects its work refers to.
    ~JobRunner() override;

    // Watches `job` in `channel`. A job already running in that channel is cancelled, its result dropped (its onDone
    // hears Superseded), and it is released once its thread has stopped. A CancelledError ends as Cancelled, any
    // other exception as Failed.
    template <class Result>
    void watch(const QString& channel, const QString& title, std::shared_ptr<Job<Result>> job,
               JobCallbacks<Result> callbacks);

    // A foreground job is running.
    bool running() const;
    bool running(const QString& channel) const { return current_.count(channel) > 0; }
    // The title of the latest foreground job still running (the status bar's).
    QString title() const;

public slots:
    // Cancels every foreground job (Run › Cancel, Escape, the status bar's Cancel).
    void cancel();
    // Cancels the job of one channel, foreground or not.
    void cancelChannel(const QString& channel);

signals:
    // Foreground jobs only: the status bar follows these.
    void started(const QString& title);
    void progressed(double fraction, const QString& stage);
    void runningChanged(bool running);
    // Every job.
    void succeeded(const QString& title);
    void cancelled(const QString& title);
    // A failed job without an onFailed callback; the window shows it in a dialog.
    void failed(const QString& title, const QString& problem, const QString& where);

private:
    // A job with its result type erased, so one runner can watch jobs of any result.
    struct Watched {
        QString channel;
        QString title;
        bool foreground = true;
        int order = 0;              // when it started, to find the latest foreground job
        std::shared_ptr<void> job;  // owns the Job, whose destructor joins its thread
        std::function<double()> progress;
        std::function<QString()> stage;
        std::function<bool()> finished;
        std::function<void()> cancel;
        std::function<void()> deliver;  // passes the result to onResult, or rethrows the work's exception
        std::function<void(const QString&, const QString&)> failed;
        std::function<void(JobOutcome)> done;
        std::function<void(double, const QString&)> progressed;
    };

    void begin(Watched watched);
    void poll();
    void finish(const QString& channel);
    const Watched* latestForeground() const;
    void updateTimer();
    QString busyReason(const QString& title) const;

    widgets::BusyCounter* busy_;
    std::map<QString, Watched> current_;  // by channel
    std::vector<Watched> superseded_;     // cancelled, waiting for their threads to stop
    int started_ = 0;
    bool wasRunning_ = false;
    QTimer timer_;
};

template <class Result>
void JobRunner::watch(const QString& channel, const QString& title, std::shared_ptr<Job<Result>> job,
                      JobCallbacks<Result> callbacks) {
    Job<Result>* raw = job.get();
    Watched watched;
    watched.channel = channel;
    watched.title = title;
    watched.foreground = callbacks.foreground;
    watched.job = std::move(job);
    watched.progress = [raw] { return raw->progress(); };
    watched.stage = [raw] { return QString::fromStdString(raw->stage()); };
    watched.finished = [raw] { return raw->finished(); };
    watched.cancel = [raw] { raw->cancel(); };
    watched.deliver = [raw, onResult = std::move(callbacks.onResult)] {
        const Result& result = raw->result();
        if (onResult) onResult(result);
    };
    watched.failed = std::move(callbacks.onFailed);
    watched.done = std::move(callbacks.onDone);
    watched.progressed = std::move(callbacks.onProgress);
    begin(std::move(watched));
}

}  // namespace attnscope::app
