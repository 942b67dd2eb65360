// Polling engine Jobs on the GUI thread and turning their outcome into signals.
#include "job_runner.h"

#include <algorithm>

#include "attnscope/error.h"
#include "busy_counter.h"

namespace attnscope::app {

namespace {
// Often enough for a smooth progress bar, rare enough to cost nothing.
constexpr int kPollMilliseconds = 50;
}  // namespace

JobRunner::JobRunner(widgets::BusyCounter* busy, QObject* parent) : QObject(parent), busy_(busy) {
    timer_.setInterval(kPollMilliseconds);
    connect(&timer_, &QTimer::timeout, this, &JobRunner::poll);
}

JobRunner::~JobRunner() {
    if (current_) current_->cancel();
    for (auto& old : superseded_) old.cancel();
    // Dropping the last reference joins each thread; the work sees the cancel flag at its next safe point.
    if (current_ && busy_) busy_->end(busyReason(current_->title));
}

void JobRunner::begin(Watched watched) {
    std::function<void(JobOutcome)> supersededDone;
    if (current_) {
        current_->cancel();
        supersededDone = std::move(current_->done);
        if (busy_) busy_->end(busyReason(current_->title));
        superseded_.push_back(std::move(*current_));
        current_.reset();
    }
    current_ = std::move(watched);
    // Raised before the old job's callback runs, so the count never touches zero in between.
    if (busy_) busy_->begin(busyReason(current_->title));
    timer_.start();
    emit started(current_->title);
    emit runningChanged(true);
    if (supersededDone) supersededDone(JobOutcome::Superseded);
}

void JobRunner::cancel() {
    if (current_) current_->cancel();
}

void JobRunner::poll() {
    superseded_.erase(
        std::remove_if(superseded_.begin(), superseded_.end(), [](const Watched& w) { return w.finished(); }),
        superseded_.end());
    if (!current_) {
        if (superseded_.empty()) timer_.stop();
        return;
    }
    emit progressed(current_->progress(), current_->stage());
    if (current_->finished()) finish();
}

void JobRunner::finish() {
    // Take the job out first: onResult may start the next job, which must not supersede this finished one.
    Watched ended = std::move(*current_);
    current_.reset();
    if (superseded_.empty()) timer_.stop();
    emit runningChanged(false);
    JobOutcome outcome = JobOutcome::Succeeded;
    try {
        ended.deliver();
        emit succeeded(ended.title);
    } catch (const CancelledError&) {
        outcome = JobOutcome::Cancelled;
        emit cancelled(ended.title);
    } catch (const EngineError& error) {
        outcome = JobOutcome::Failed;
        emit failed(ended.title, QString::fromStdString(error.problem()), QString::fromStdString(error.where()));
    } catch (const std::exception& error) {
        outcome = JobOutcome::Failed;
        emit failed(ended.title, QString::fromLocal8Bit(error.what()), QString());
    }
    if (ended.done) ended.done(outcome);
    // Lowered only now, so the views have taken the result before --screenshot may fire.
    if (busy_) busy_->end(busyReason(ended.title));
}

QString JobRunner::busyReason(const QString& title) const {
    return QStringLiteral("job: ") + title;
}

}  // namespace attnscope::app
