// Polling engine Jobs on the GUI thread and turning their outcome into callbacks and signals.
#include "job_runner.h"

#include <algorithm>
#include <new>

#include "attnscope/error.h"
#include "attnscope/runtime.h"
#include "busy_counter.h"

namespace attnscope::app {

namespace {
// Often enough for a smooth progress bar, rare enough to cost nothing.
constexpr int kPollMilliseconds = 40;
}  // namespace

JobRunner::JobRunner(widgets::BusyCounter* busy, QObject* parent) : QObject(parent), busy_(busy) {
    timer_.setInterval(kPollMilliseconds);
    connect(&timer_, &QTimer::timeout, this, &JobRunner::poll);
}

JobRunner::~JobRunner() {
    for (auto& [channel, watched] : current_) watched.cancel();
    for (auto& old : superseded_) old.cancel();
    // Dropping the last reference joins each thread; the work sees the cancel flag at its next safe point.
    if (busy_)
        for (auto& [channel, watched] : current_) busy_->end(busyReason(watched.title));
}

bool JobRunner::running() const {
    return latestForeground() != nullptr;
}

QString JobRunner::title() const {
    const Watched* latest = latestForeground();
    return latest ? latest->title : QString();
}

const JobRunner::Watched* JobRunner::latestForeground() const {
    const Watched* latest = nullptr;
    for (const auto& [channel, watched] : current_)
        if (watched.foreground && (!latest || watched.order > latest->order)) latest = &watched;
    return latest;
}

void JobRunner::begin(Watched watched) {
    const QString channel = watched.channel;
    std::function<void(JobOutcome)> supersededDone;
    if (auto old = current_.find(channel); old != current_.end()) {
        old->second.cancel();
        supersededDone = std::move(old->second.done);
        if (busy_) busy_->end(busyReason(old->second.title));
        superseded_.push_back(std::move(old->second));
        current_.erase(old);
    }
    watched.order = ++started_;
    const bool foreground = watched.foreground;
    const QString title = watched.title;
    // Raised before the old job's callback runs, so the count never touches zero in between.
    if (busy_) busy_->begin(busyReason(title));
    current_.emplace(channel, std::move(watched));
    updateTimer();
    if (foreground) emit started(title);
    if (running() != wasRunning_) {
        wasRunning_ = running();
        emit runningChanged(wasRunning_);
    }
    if (supersededDone) supersededDone(JobOutcome::Superseded);
}

void JobRunner::cancel() {
    for (auto& [channel, watched] : current_)
        if (watched.foreground) watched.cancel();
}

void JobRunner::cancelChannel(const QString& channel) {
    if (auto it = current_.find(channel); it != current_.end()) it->second.cancel();
}

void JobRunner::updateTimer() {
    if (current_.empty() && superseded_.empty())
        timer_.stop();
    else if (!timer_.isActive())
        timer_.start();
}

void JobRunner::poll() {
    superseded_.erase(
        std::remove_if(superseded_.begin(), superseded_.end(), [](const Watched& w) { return w.finished(); }),
        superseded_.end());
    std::vector<QString> finished;
    for (auto& [channel, watched] : current_) {
        const double fraction = watched.progress();
        if (watched.progressed) watched.progressed(fraction, watched.stage());
        if (watched.finished()) finished.push_back(channel);
    }
    if (const Watched* latest = latestForeground()) emit progressed(latest->progress(), latest->stage());
    // A callback may start another job (of this or another channel); each finished channel is taken out first.
    for (const QString& channel : finished) finish(channel);
    updateTimer();
}

void JobRunner::finish(const QString& channel) {
    auto it = current_.find(channel);
    if (it == current_.end() || !it->second.finished()) return;
    // Take the job out first: a callback may start the next job of this channel, which must not supersede it.
    Watched ended = std::move(it->second);
    current_.erase(it);
    if (running() != wasRunning_) {
        wasRunning_ = running();
        emit runningChanged(wasRunning_);
    }
    JobOutcome outcome = JobOutcome::Succeeded;
    QString problem, where;
    try {
        ended.deliver();
        emit succeeded(ended.title);
    } catch (const CancelledError&) {
        outcome = JobOutcome::Cancelled;
        emit cancelled(ended.title);
    } catch (const EngineError& error) {
        outcome = JobOutcome::Failed;
        problem = QString::fromStdString(error.problem());
        where = QString::fromStdString(error.where());
    } catch (const std::bad_alloc&) {
        outcome = JobOutcome::Failed;
        problem = tr("Out of memory (%1 available). Try a shorter input, a smaller model or a lower precision.")
                      .arg(QString::fromStdString(formatBytes(availableMemoryBytes())));
    } catch (const std::exception& error) {
        outcome = JobOutcome::Failed;
        problem = QString::fromLocal8Bit(error.what());
    } catch (...) {
        outcome = JobOutcome::Failed;
        problem = tr("The work stopped with an error that carries no message.");
    }
    if (outcome == JobOutcome::Failed) {
        if (ended.failed)
            ended.failed(problem, where);
        else
            emit failed(ended.title, problem, where);
    }
    if (ended.done) ended.done(outcome);
    // Lowered only now, so the views have taken the result before --screenshot may fire.
    if (busy_) busy_->end(busyReason(ended.title));
}

QString JobRunner::busyReason(const QString& title) const {
    return QStringLiteral("job: ") + title;
}

}  // namespace attnscope::app
