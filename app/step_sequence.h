// A few steps that must happen one after the other across jobs: open a model, then run a text, then run it with a
// mask, then select a head. Each step either finishes at once or starts a job and waits for the model session to
// say it ended; a failed or cancelled job stops the sequence. While it lasts, the busy counter stays raised, so
// --screenshot waits for the last step.
#pragma once

#include <QObject>
#include <QString>
#include <deque>
#include <functional>

namespace attnscope::widgets {
class BusyCounter;
}

namespace attnscope::app {

class ModelSession;

class StepSequence : public QObject {
    Q_OBJECT
public:
    // What a step did: finished at once, started a job to wait for, or found a problem (already shown) that ends
    // the sequence.
    enum class Result { Done, Wait, Stop };
    using Step = std::function<Result()>;

    StepSequence(ModelSession& session, widgets::BusyCounter& busy, const QString& name, QObject* parent = nullptr);
    ~StepSequence() override;

    void add(Step step) { steps_.push_back(std::move(step)); }
    // Runs the steps; finished() follows the last (possibly at once).
    void start();
    // Drops the remaining steps (a newer sequence replaces this one); finished(false) follows.
    void abort();
    bool active() const { return active_; }

signals:
    void finished(bool completed);

private:
    void next();
    void jobEnded(bool succeeded);
    void finish(bool completed);

    ModelSession& session_;
    widgets::BusyCounter& busy_;
    QString reason_;
    std::deque<Step> steps_;
    bool active_ = false;
    bool waiting_ = false;
};

}  // namespace attnscope::app
