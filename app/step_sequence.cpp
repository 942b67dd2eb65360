// Running steps across model-session jobs.
#include "step_sequence.h"

#include "busy_counter.h"
#include "model_session.h"

namespace attnscope::app {

StepSequence::StepSequence(ModelSession& session, widgets::BusyCounter& busy, const QString& name, QObject* parent)
    : QObject(parent), session_(session), busy_(busy), reason_(QStringLiteral("steps: ") + name) {
    connect(&session_, &ModelSession::loadEnded, this, &StepSequence::jobEnded);
    connect(&session_, &ModelSession::runEnded, this, &StepSequence::jobEnded);
}

StepSequence::~StepSequence() {
    if (active_) busy_.end(reason_);
}

void StepSequence::start() {
    if (active_) return;
    active_ = true;
    busy_.begin(reason_);
    next();
}

void StepSequence::abort() {
    steps_.clear();
    if (active_) finish(false);
}

void StepSequence::next() {
    while (active_ && !steps_.empty()) {
        Step step = std::move(steps_.front());
        steps_.pop_front();
        const Result result = step();
        if (result == Result::Stop) {
            steps_.clear();
            finish(false);
            return;
        }
        waiting_ = result == Result::Wait;
        if (waiting_) return;
    }
    if (active_) finish(true);
}

void StepSequence::jobEnded(bool succeeded) {
    if (!active_ || !waiting_) return;
    waiting_ = false;
    if (!succeeded) {
        steps_.clear();
        finish(false);
        return;
    }
    next();
}

void StepSequence::finish(bool completed) {
    active_ = false;
    waiting_ = false;
    busy_.end(reason_);
    emit finished(completed);
}

}  // namespace attnscope::app
