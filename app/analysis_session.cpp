// Head scores and the importance sweep as jobs, handed to the analysis views as results.
#include "analysis_session.h"

#include <QPointer>
#include <numeric>

#include "attnscope/job.h"
#include "attnscope/tokenizer.h"
#include "flow_computation.h"
#include "job_runner.h"

namespace attnscope::app {

namespace {

// Runs whose forward pass took longer than this wait for the Head Roles table before paying for another one.
constexpr double kAutomaticAttributionSeconds = 1.0;

}  // namespace

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

    // Attribution is one more forward pass: at once when the run was quick, else when the table asks for it.
    attributionSource_ = capture;
    attributionStarted_ = false;
    attribution_.clear();
    attributionHeads_ = 0;
    attributionDescription_.clear();
    jobs_.cancelChannel(channels::attribution);
    if (capture->seconds() <= kAutomaticAttributionSeconds)
        computeAttribution();
    else
        emit attributionChanged(capture, {}, 0, QString());
}

void AnalysisSession::computeAttribution() {
    if (!model_ || !attributionSource_ || attributionStarted_) return;
    attributionStarted_ = true;
    const auto capture = attributionSource_;
    attributionDescription_ = tr("Computing…");
    emit attributionChanged(capture, {}, 0, attributionDescription_);
    struct Result {
        LogitAttribution terms;
        QString target;
    };
    QPointer<AnalysisSession> self(this);
    auto job = Job<Result>::start([model = model_, capture](JobControl&) {
        AttributionOptions options;
        options.mask = capture->mask();
        Result result{attributeLogit(*model, capture->input(), options), {}};
        const auto tokenizer = model->tokenizer();
        result.target = tokenizer && !capture->modelInfo().imageInput
                            ? QString::fromStdString(tokenizer->decode({result.terms.target}, false))
                            : QString::number(result.terms.target);
        return result;
    });
    JobCallbacks<Result> callbacks;
    callbacks.foreground = false;
    callbacks.onResult = [self, capture](const Result& result) {
        if (!self || capture != self->attributionSource_) return;
        const LogitAttribution& a = result.terms;
        const QString description =
            tr("Terms of the logit of “%1” at position %2 (logit %3; the heads add up to %4, the MLPs to %5, "
               "embeddings and biases to %6)")
                .arg(result.target)
                .arg(a.position)
                .arg(a.logit, 0, 'f', 3)
                .arg(std::accumulate(a.headTerms.begin(), a.headTerms.end(), 0.0), 0, 'f', 3)
                .arg(std::accumulate(a.mlpTerms.begin(), a.mlpTerms.end(), 0.0), 0, 'f', 3)
                .arg(a.embeddings + a.constant + std::accumulate(a.attentionBias.begin(), a.attentionBias.end(), 0.0),
                     0, 'f', 3);
        self->attribution_ = a.headTerms;
        self->attributionHeads_ = a.heads;
        self->attributionDescription_ = description;
        emit self->attributionChanged(capture, a.headTerms, a.heads, description);
    };
    callbacks.onFailed = [self, capture](const QString& problem, const QString&) {
        if (!self || capture != self->attributionSource_) return;
        self->attributionDescription_ = problem;
        emit self->attributionChanged(capture, {}, 0, problem);
    };
    jobs_.watch(channels::attribution, tr("Logit attribution"), job, std::move(callbacks));
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

void AnalysisSession::computeNormWeighted(std::shared_ptr<const AttentionCapture> capture) {
    if (!capture) return;
    if (capture == weighedCapture_ && weighted_) {
        emit normWeightedReady(weighted_, capture);
        return;
    }
    if (!model_) {
        emit normWeightedUnavailable(capture, tr("no model is open"));
        return;
    }
    QPointer<AnalysisSession> self(this);
    auto job = Job<std::shared_ptr<const AttentionCapture>>::start(
        [model = model_, capture](JobControl&) { return normWeightedCapture(*model, capture); });
    JobCallbacks<std::shared_ptr<const AttentionCapture>> callbacks;
    callbacks.foreground = false;
    callbacks.onResult = [self, capture](const std::shared_ptr<const AttentionCapture>& weighted) {
        if (!self) return;
        self->weighedCapture_ = capture;
        self->weighted_ = weighted;
        emit self->normWeightedReady(weighted, capture);
    };
    callbacks.onFailed = [self, capture](const QString& problem, const QString&) {
        if (self) emit self->normWeightedUnavailable(capture, problem);
    };
    jobs_.watch(channels::normWeighted, tr("Norm-weighted attention"), job, std::move(callbacks));
}

void AnalysisSession::computeInputImage(std::shared_ptr<const AttentionCapture> capture) {
    if (!capture) return;
    if (imageOf_.lock() == capture) {
        emit inputImageReady(image_, capture);
        return;
    }
    // Decoding and resizing a large photo can take longer than the GUI thread may wait.
    QPointer<AnalysisSession> self(this);
    auto job = Job<QImage>::start([capture](JobControl&) { return modelInputImage(*capture); });
    JobCallbacks<QImage> callbacks;
    callbacks.foreground = false;
    callbacks.onResult = [self, capture](const QImage& image) {
        if (!self) return;
        self->imageOf_ = capture;
        self->image_ = image;
        emit self->inputImageReady(image, capture);
    };
    callbacks.onFailed = [self, capture](const QString&, const QString&) {
        if (self) emit self->inputImageReady(QImage(), capture);
    };
    jobs_.watch(channels::inputImage, tr("Reading the input image"), job, std::move(callbacks));
}

void AnalysisSession::cancelFlow() {
    jobs_.cancelChannel(channels::flow);
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
    // The view shows its progress and has its own Cancel (a flow row of a long input can take minutes).
    callbacks.foreground = false;
    callbacks.onResult = [self](const widgets::FlowViewData& data) {
        if (!self) return;
        self->flow_ = std::make_shared<const widgets::FlowViewData>(data);
        emit self->flowFinished(data);
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
