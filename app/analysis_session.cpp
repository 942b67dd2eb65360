// Head scores and the importance sweep as jobs, handed to the analysis views as results.
#include "analysis_session.h"

#include <QPointer>

#include "attnscope/job.h"
#include "flow_computation.h"
#include "job_runner.h"

namespace attnscope::app {

AnalysisSession::AnalysisSession(JobRunner& jobs, QObject* parent)
    : QObject(parent), jobs_(jobs), flowCache_(std::make_shared<FlowMatrixCache>()) {}

AnalysisSession::~AnalysisSession() = default;

void AnalysisSession::setModel(std::shared_ptr<const Model> model) {
    if (model == model_) return;
    cancelImportance();
    model_ = std::move(model);
    importanceInput_.reset();
    importance_.clear();
    emit importanceSourceChanged(importanceAvailable());
}

void AnalysisSession::setCaptures(const std::shared_ptr<const AttentionCapture>& capture,
                                  const std::shared_ptr<const AttentionCapture>& before) {
    // The sweep measures the unmasked model on the plain input: after a masked run, its "before" is that run.
    const auto& plain = before ? before : capture;
    if (!plain) {
        if (importanceInput_) {
            cancelImportance();
            importanceInput_.reset();
            importance_.clear();
            emit importanceSourceChanged(false);
        }
    } else if (!importanceInput_ || !(*importanceInput_ == plain->input())) {
        cancelImportance();
        importanceInput_ = plain->input();
        importance_.clear();
        emit importanceSourceChanged(importanceAvailable());
    }

    const int generation = ++scoresGeneration_;
    if (!capture) {
        scored_.reset();
        scores_.clear();
        jobs_.cancelChannel(channels::headScores);
        emit headScoresChanged(nullptr, scores_);
        return;
    }
    QPointer<AnalysisSession> self(this);
    auto job = Job<std::vector<HeadScores>>::start([capture](JobControl&) {
        const auto probe = detectInductionProbe(capture->input().ids);
        return computeHeadScores(*capture, probe ? &*probe : nullptr);
    });
    JobCallbacks<std::vector<HeadScores>> callbacks;
    callbacks.foreground = false;
    callbacks.onResult = [self, generation, capture](const std::vector<HeadScores>& scores) {
        if (!self || generation != self->scoresGeneration_) return;
        self->scored_ = capture;
        self->scores_ = scores;
        emit self->headScoresChanged(capture, self->scores_);
    };
    // A capture that cannot be scored (e.g. one without attention) leaves the views empty rather than a dialog.
    callbacks.onFailed = [self, generation, capture](const QString&, const QString&) {
        if (!self || generation != self->scoresGeneration_) return;
        self->scored_ = capture;
        self->scores_.clear();
        emit self->headScoresChanged(capture, self->scores_);
    };
    jobs_.watch(channels::headScores, tr("Scoring heads"), job, std::move(callbacks));
}

void AnalysisSession::computeImportance(ImportanceMethod method) {
    if (!importanceAvailable() || importanceRunning_) return;
    ImportanceOptions options;
    options.method = method;
    importanceRunning_ = true;
    emit importanceStarted();
    QPointer<AnalysisSession> self(this);
    JobCallbacks<HeadImportance> callbacks;
    callbacks.foreground = false;
    callbacks.onResult = [self](const HeadImportance& result) {
        if (!self) return;
        self->importanceRunning_ = false;
        self->importance_[result.method] = result;
        emit self->importanceFinished(result);
    };
    callbacks.onFailed = [self](const QString& problem, const QString& where) {
        if (!self) return;
        self->importanceRunning_ = false;
        emit self->importanceEndedWithoutResult(where.isEmpty() ? problem : where + QStringLiteral(": ") + problem);
    };
    callbacks.onDone = [self](JobOutcome outcome) {
        if (!self || (outcome != JobOutcome::Cancelled && outcome != JobOutcome::Superseded)) return;
        self->importanceRunning_ = false;
        emit self->importanceEndedWithoutResult(QString());
    };
    callbacks.onProgress = [self](double fraction, const QString& stage) {
        if (self) emit self->importanceProgressed(fraction, stage);
    };
    jobs_.watch(channels::importance,
                tr("Head importance (%1)").arg(QString::fromStdString(importanceMethodName(method))),
                startHeadImportance(model_, *importanceInput_, options), std::move(callbacks));
}

void AnalysisSession::restoreImportance(const HeadImportance& result) {
    importance_[result.method] = result;
    emit importanceFinished(result);
}

void AnalysisSession::cancelImportance() {
    jobs_.cancelChannel(channels::importance);
}

void AnalysisSession::computeFlow(std::shared_ptr<const AttentionCapture> capture, int position, FlowMethod method,
                                  bool skipMaskedHeads) {
    if (!capture) return;
    emit flowStarted();
    QPointer<AnalysisSession> self(this);
    auto job = Job<widgets::FlowViewData>::start(
        [capture, position, method, skipMaskedHeads, cache = flowCache_](JobControl& control) {
            return computeFlowViewData(capture, position, method, skipMaskedHeads, *cache, control);
        });
    JobCallbacks<widgets::FlowViewData> callbacks;
    callbacks.foreground = false;
    callbacks.onResult = [self](const widgets::FlowViewData& data) {
        if (self) emit self->flowFinished(data);
    };
    callbacks.onFailed = [self](const QString& problem, const QString& where) {
        if (self) emit self->flowEndedWithoutResult(where.isEmpty() ? problem : where + QStringLiteral(": ") + problem);
    };
    callbacks.onDone = [self](JobOutcome outcome) {
        if (self && outcome == JobOutcome::Cancelled) emit self->flowEndedWithoutResult(tr("Cancelled"));
    };
    callbacks.onProgress = [self](double fraction, const QString& stage) {
        if (self) emit self->flowProgressed(fraction, stage);
    };
    jobs_.watch(channels::flow, tr("Information flow"), job, std::move(callbacks));
}

}  // namespace attnscope::app
