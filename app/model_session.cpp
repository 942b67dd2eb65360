// Loading and running as jobs, and the captures they leave behind.
#include "model_session.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <cmath>

#include "attnscope/capture_job.h"
#include "attnscope/error.h"
#include "attnscope/job.h"
#include "attnscope/tokenizer.h"
#include "error_reporter.h"
#include "job_runner.h"
#include "selection_model.h"

namespace attnscope::app {

namespace {

// "layer 1's attention ..." as the start of a sentence.
QString sentence(const std::string& text) {
    QString out = QString::fromStdString(text);
    if (!out.isEmpty()) out[0] = out[0].toUpper();
    return out;
}

EngineError inputError(const QString& problem) {
    return EngineError(problem.toStdString(), "input");
}

}  // namespace

QString modelDisplayName(const QString& folder) {
    const QString clean = QDir::cleanPath(folder);
    // A Hugging Face cache entry: .../models--ORG--NAME/snapshots/<hash>
    static const QRegularExpression cached(QStringLiteral("models--([^/]+?)--([^/]+)/snapshots/[^/]+$"));
    const auto match = cached.match(clean);
    if (match.hasMatch()) return match.captured(1) + QLatin1Char('/') + match.captured(2);
    return QFileInfo(clean).fileName();
}

ModelSession::ModelSession(JobRunner& jobs, widgets::SelectionModel& selection, ErrorReporter& errors, QObject* parent)
    : QObject(parent), jobs_(jobs), selection_(selection), errors_(errors) {}

ModelSession::~ModelSession() = default;

QString ModelSession::modelName() const {
    return folder_.isEmpty() ? QString() : modelDisplayName(folder_);
}

void ModelSession::openModel(const QString& folder) {
    const std::string path = folder.toStdString();
    const LoadOptions options = loadOptions_;
    auto job = Job<std::shared_ptr<Model>>::start([path, options](JobControl& control) {
        // Converting the weights (to float32, or to the GPU) is the long part: it reports each tensor and stops
        // between two when cancelled. A cancel that comes after must still not replace the open model.
        const ProgressCallback progress = [&control](int done, int total) {
            control.setProgress(static_cast<double>(done) / std::max(total, 1),
                                "weights " + std::to_string(done) + " of " + std::to_string(total));
        };
        auto model = Model::load(path, options, progress, control.cancelFlag());
        control.throwIfCancelled();
        return model;
    });
    loading_ = true;
    const int load = ++loadId_;
    ++runId_;  // a run still going belongs to the old model; starting the load cancels it
    if (running_) finishRun(false);
    emit loadStarted(folder);
    QPointer<ModelSession> self(this);
    JobCallbacks<std::shared_ptr<Model>> callbacks;
    callbacks.onResult = [self, folder, load](const std::shared_ptr<Model>& model) {
        if (!self || load != self->loadId_) return;
        self->model_ = model;
        self->folder_ = folder;
        self->capture_.reset();
        self->before_.reset();
        self->plain_.reset();
        const ModelInfo& info = model->info();
        self->selection_.setModelShape(info.layers, info.heads);
        emit self->modelLoaded(self->model_, folder);
        emit self->capturesChanged(nullptr, nullptr);
    };
    callbacks.onDone = [self, load](JobOutcome outcome) {
        // A second folder opened while this one loaded: that load owns the state now.
        if (!self || load != self->loadId_) return;
        self->loading_ = false;
        emit self->loadEnded(outcome == JobOutcome::Succeeded);
    };
    jobs_.watch(channels::model, tr("Loading %1").arg(modelDisplayName(folder)), job, std::move(callbacks));
}

ModelInput ModelSession::buildInput(const RunRequest& request) const {
    if (!model_) throw inputError(tr("Open a model first."));
    const ModelInfo& info = model_->info();
    ModelInput input;
    if (info.imageInput) {
        if (request.imagePath.isEmpty()) throw inputError(tr("Choose an image: this model reads images."));
        input.imagePath = request.imagePath.toStdString();
        return input;
    }
    const auto tokenizer = model_->tokenizer();
    if (!tokenizer)
        throw inputError(
            model_->tokenizerError().empty()
                ? tr("This model folder has no tokenizer, so text cannot be run.")
                : tr("The tokenizer could not be loaded: %1").arg(QString::fromStdString(model_->tokenizerError())));
    if (request.text.trimmed().isEmpty()) throw inputError(tr("The text is empty."));
    const std::string first = request.text.toStdString();
    // Encoder-decoder models read the second text as the decoder's (the target), not as a sentence pair.
    const bool target = info.encoderDecoder;
    const Encoding encoding = request.pair.isEmpty() || target
                                  ? tokenizer->encode(first)
                                  : tokenizer->encodePair(first, request.pair.toStdString());
    if (encoding.size() == 0) throw inputError(tr("The text has no tokens."));
    if (info.maxPositions > 0 && static_cast<int64_t>(encoding.size()) > info.maxPositions)
        throw inputError(
            tr("The text has %1 tokens, but this model takes at most %2.").arg(encoding.size()).arg(info.maxPositions));
    input.ids = encoding.ids;
    if (info.usesTokenTypes) input.typeIds = encoding.typeIds;
    input.tokens.reserve(encoding.size());
    for (const auto& token : encoding.tokens) input.tokens.push_back(tokenizer->displayLabel(token));
    if (target && !request.pair.trimmed().isEmpty()) {
        const Encoding decoder = tokenizer->encode(request.pair.toStdString());
        if (decoder.size() == 0) throw inputError(tr("The target text has no tokens."));
        input.decoderIds = decoder.ids;
        for (const auto& token : decoder.tokens) input.decoderTokens.push_back(tokenizer->displayLabel(token));
    }
    return input;
}

bool ModelSession::run(const RunRequest& request, bool withMask) {
    ModelInput input;
    HeadMask mask;
    try {
        input = buildInput(request);
        if (withMask) {
            mask = selection_.runMask();
            // An encoder-decoder model checks each kind of head against its own stack when it runs.
            if (!model_->info().encoderDecoder) mask.validate(model_->info().layers, model_->info().heads);
        }
    } catch (const EngineError& error) {
        errors_.showError(withMask ? tr("Run with mask failed") : tr("Run failed"), error);
        return false;
    }
    lastRequest_ = request;
    if (!withMask)
        startCapture(input, HeadMask(), false, {});
    else if (plain_ && plain_->runInput() == input)
        startCapture(input, mask, true, {});
    else
        startCapture(input, HeadMask(), false, mask);  // the plain run first, then the masked one
    return true;
}

void ModelSession::startCapture(const ModelInput& input, const HeadMask& mask, bool compare,
                                const std::optional<HeadMask>& thenMask) {
    RunOptions options;
    options.mask = mask;
    const int id = ++runId_;
    running_ = true;
    runLayers_ = model_->info().layers;
    emit runStarted(compare);
    const QString title =
        mask.empty() ? tr("Running") : tr("Running with mask %1").arg(QString::fromStdString(mask.toString()));
    QPointer<ModelSession> self(this);
    JobCallbacks<std::shared_ptr<const AttentionCapture>> callbacks;
    callbacks.onResult = [self, id, input, compare, thenMask](const std::shared_ptr<const AttentionCapture>& capture) {
        if (!self || id != self->runId_) return;
        if (!compare) self->plain_ = capture;
        self->publish(capture, compare ? self->plain_ : nullptr);
        // Broken weights or a broken config show as dark maps and made-up predictions: say so, naming the layer.
        if (const NonFiniteReport report = findNonFinite(*capture); report.any())
            self->errors_.showError(tr("The run produced NaN or infinity"),
                                    tr("%1. The views show them as empty cells and “–”.")
                                        .arg(sentence(report.describe())),
                                    self->folder_);
        if (thenMask) self->startCapture(input, *thenMask, true, std::nullopt);
    };
    callbacks.onDone = [self, id](JobOutcome outcome) {
        // A newer run (the masked half of a pair, or the user's next one) owns the state now.
        if (!self || id != self->runId_) return;
        self->finishRun(outcome == JobOutcome::Succeeded);
    };
    callbacks.onProgress = [self, id](double fraction, const QString&) {
        if (!self || id != self->runId_ || self->runLayers_ <= 0) return;
        const int done = static_cast<int>(std::lround(fraction * self->runLayers_));
        emit self->runProgress(fraction, tr("Layer %1 / %2").arg(done).arg(self->runLayers_));
    };
    jobs_.watch(channels::model, title, attnscope::startCapture(model_, input, options), std::move(callbacks));
}

void ModelSession::publish(std::shared_ptr<const AttentionCapture> capture,
                           std::shared_ptr<const AttentionCapture> before) {
    capture_ = std::move(capture);
    before_ = std::move(before);
    emit capturesChanged(capture_, before_);
}

void ModelSession::finishRun(bool succeeded) {
    running_ = false;
    emit runEnded(succeeded);
}

}  // namespace attnscope::app
