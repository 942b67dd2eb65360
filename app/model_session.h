// The open model and what it produced: loads a model folder as a job (the previous model stays until the new one has
// loaded), tokenizes and runs inputs as capture jobs, keeps the current capture and, after a masked re-run, the plain
// run it is compared with, and publishes both to the views as immutable shared pointers.
#pragma once

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

#include "attnscope/capture.h"
#include "attnscope/model.h"

namespace attnscope::widgets {
class SelectionModel;
}

namespace attnscope::app {

class ErrorReporter;
class JobRunner;

// One input as the user gave it; the session turns it into a ModelInput with the model's tokenizer.
struct RunRequest {
    QString text;
    QString pair;       // the second text of a sentence pair (models with token types); may be empty
    QString imagePath;  // vision models
};

class ModelSession : public QObject {
    Q_OBJECT
public:
    // Jobs go through `jobs` (progress, Cancel, errors in a dialog); the model's shape goes to `selection`, whose mask
    // a masked run uses; input errors found before a job starts are shown through `errors`.
    ModelSession(JobRunner& jobs, widgets::SelectionModel& selection, ErrorReporter& errors, QObject* parent = nullptr);
    ~ModelSession() override;

    void setLoadOptions(const LoadOptions& options) { loadOptions_ = options; }
    const LoadOptions& loadOptions() const { return loadOptions_; }

    // Starts loading `folder`. On success the model and its shape replace the old ones and the captures are
    // cleared; on failure the error is shown and the previous model and results stay.
    void openModel(const QString& folder);
    // Runs `request` on the open model. With `withMask`, the selection's mask is applied and the run is compared
    // with a plain run of the same input (made first when there is none yet). Returns false, after showing why, when
    // the input cannot run (no model, empty, too long, bad mask); then no job starts.
    bool run(const RunRequest& request, bool withMask);

    std::shared_ptr<const Model> model() const { return model_; }
    QString modelFolder() const { return folder_; }
    QString modelName() const;
    std::shared_ptr<const AttentionCapture> capture() const { return capture_; }
    std::shared_ptr<const AttentionCapture> beforeCapture() const { return before_; }
    // The input of the latest run as the user gave it (text, pair, image), for reports and sessions.
    const RunRequest& lastRequest() const { return lastRequest_; }
    bool loading() const { return loading_; }
    bool running() const { return running_; }

    // Tokenizes `request` as a run would; throws EngineError naming what is wrong (no tokenizer, too long, ...).
    ModelInput buildInput(const RunRequest& request) const;

signals:
    void loadStarted(const QString& folder);
    void modelLoaded(std::shared_ptr<const attnscope::Model> model, const QString& folder);
    // The load ended without a new model (failed or cancelled); the error, if any, was already shown.
    void loadEnded(bool loaded);
    void runStarted(bool withMask);
    // Per-layer progress of the run in flight: `stage` reads "Layer k / L".
    void runProgress(double fraction, const QString& stage);
    // The run ended; `succeeded` is false when it failed (error shown) or was cancelled.
    void runEnded(bool succeeded);
    // The capture to show and, after a masked re-run, the plain run before it (else null).
    void capturesChanged(std::shared_ptr<const attnscope::AttentionCapture> capture,
                         std::shared_ptr<const attnscope::AttentionCapture> before);

private:
    // Runs `input` with `mask`; `compare` pairs the result with the latest plain run; `thenMask` starts a masked run
    // of the same input once this one has succeeded.
    void startCapture(const ModelInput& input, const HeadMask& mask, bool compare,
                      const std::optional<HeadMask>& thenMask);
    void publish(std::shared_ptr<const AttentionCapture> capture, std::shared_ptr<const AttentionCapture> before);
    void finishRun(bool succeeded);

    JobRunner& jobs_;
    widgets::SelectionModel& selection_;
    ErrorReporter& errors_;
    LoadOptions loadOptions_;

    std::shared_ptr<const Model> model_;
    QString folder_;
    std::shared_ptr<const AttentionCapture> capture_;
    std::shared_ptr<const AttentionCapture> before_;
    std::shared_ptr<const AttentionCapture> plain_;  // the latest unmasked run, the "before" of a masked one
    RunRequest lastRequest_;
    bool loading_ = false;
    bool running_ = false;
    int runLayers_ = 0;
    int runId_ = 0;   // the latest run this session started; older runs' callbacks are ignored
    int loadId_ = 0;  // the same for loads
};

// A readable name for a model folder: "ORG/NAME" for a Hugging Face cache snapshot, else the folder's name.
QString modelDisplayName(const QString& folder);

}  // namespace attnscope::app
