// The analyses computed from the open model and its captures, for the views that show them: every head's scores
// (sinks, entropy, previous-token and, on an input ending in a repeated block, induction) for the sink view and the
// head roles table, and the head importance sweep. Both run as jobs of the window's JobRunner; the views receive
// results and never hold the model.
#pragma once

#include <QImage>
#include <QObject>
#include <QString>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "attnscope/capture.h"
#include "attnscope/head_importance.h"
#include "attnscope/head_metrics.h"
#include "attnscope/information_flow.h"
#include "attnscope/model.h"

namespace attnscope::widgets {
struct FlowViewData;
}

namespace attnscope::app {

class FlowMatrixCache;
class JobRunner;

class AnalysisSession : public QObject {
    Q_OBJECT
public:
    explicit AnalysisSession(JobRunner& jobs, QObject* parent = nullptr);
    ~AnalysisSession() override;

    void setModel(std::shared_ptr<const Model> model);
    // The capture shown and, after a masked re-run, the plain run before it. Head scores are computed for
    // `capture`; the importance sweep measures the unmasked model on the plain input (`before`, else `capture`).
    void setCaptures(const std::shared_ptr<const AttentionCapture>& capture,
                     const std::shared_ptr<const AttentionCapture>& before);

    // The scores of the latest capture (empty until computed) and the capture they belong to.
    const std::vector<HeadScores>& headScores() const { return scores_; }
    std::shared_ptr<const AttentionCapture> scoredCapture() const { return scored_; }

    bool importanceAvailable() const { return model_ && importanceInput_.has_value(); }
    bool importanceRunning() const { return importanceRunning_; }
    // The sweeps finished for the current source, by method (a new source drops them).
    const std::map<ImportanceMethod, HeadImportance>& importanceResults() const { return importance_; }
    // A result from elsewhere (a saved session) for the current source.
    void restoreImportance(const HeadImportance& result);

    // The latest Information Flow data (null before any), for File › Export Data.
    const widgets::FlowViewData* latestFlow() const { return flow_.get(); }
    // The latest capture's direct logit attribution per head ([layers * heads]; empty when none) and its description.
    const std::vector<double>& attribution() const { return attribution_; }
    int attributionHeads() const { return attributionHeads_; }
    const QString& attributionDescription() const { return attributionDescription_; }

public slots:
    void computeImportance(attnscope::ImportanceMethod method);
    void cancelImportance();
    // The norm-weighted version of `capture` (normWeightedCapture), for the attention views' toggle.
    void computeNormWeighted(std::shared_ptr<const attnscope::AttentionCapture> capture);
    // The image a vision model's `capture` ran on, as preprocessed (inputImageReady), for the attention map's overlay.
    void computeInputImage(std::shared_ptr<const attnscope::AttentionCapture> capture);
    // Direct logit attribution of the latest capture (attributionChanged), unless it is computed or computing. Runs
    // by itself after a quick run; after a slow one, when the Head Roles table is shown and asks for it.
    void computeAttribution();
    // The Information Flow view's data for `capture` (a newer request replaces a running one).
    void computeFlow(std::shared_ptr<const attnscope::AttentionCapture> capture, int position,
                     attnscope::FlowMethod method, bool skipMaskedHeads);
    void cancelFlow();

signals:
    void headScoresChanged(std::shared_ptr<const attnscope::AttentionCapture> capture,
                           const std::vector<attnscope::HeadScores>& scores);
    // A new model or plain input: earlier importance results no longer apply.
    void importanceSourceChanged(bool available);
    void importanceStarted();
    void importanceProgressed(double fraction, const QString& stage);
    void importanceFinished(const attnscope::HeadImportance& result);
    // Cancelled (empty message) or failed.
    void importanceEndedWithoutResult(const QString& failure);
    // Direct logit attribution for the capture's input and mask ([layers * heads]; empty with the reason why, or
    // with an empty description while it waits for computeAttribution()).
    void attributionChanged(std::shared_ptr<const attnscope::AttentionCapture> capture,
                            const std::vector<double>& terms, int heads, const QString& description);
    void normWeightedReady(std::shared_ptr<const attnscope::AttentionCapture> weighted,
                           std::shared_ptr<const attnscope::AttentionCapture> of);
    void normWeightedUnavailable(std::shared_ptr<const attnscope::AttentionCapture> of, const QString& reason);
    // A null image: the file could not be read again (moved or changed since the run).
    void inputImageReady(const QImage& image, std::shared_ptr<const attnscope::AttentionCapture> of);
    void flowStarted();
    void flowProgressed(double fraction, const QString& stage);
    void flowFinished(const attnscope::widgets::FlowViewData& data);
    void flowEndedWithoutResult(const QString& failure);

private:
    JobRunner& jobs_;
    std::shared_ptr<const Model> model_;
    std::shared_ptr<const AttentionCapture> scored_;
    std::vector<HeadScores> scores_;
    std::optional<ModelInput> importanceInput_;
    std::map<ImportanceMethod, HeadImportance> importance_;
    bool importanceRunning_ = false;
    int scoresGeneration_ = 0;
    std::shared_ptr<FlowMatrixCache> flowCache_;
    std::shared_ptr<const AttentionCapture> weighedCapture_, weighted_;  // the latest norm-weighted capture
    // The latest input image read (computeInputImage) and the capture it was read for.
    std::weak_ptr<const AttentionCapture> imageOf_;
    QImage image_;
    std::shared_ptr<const widgets::FlowViewData> flow_;
    std::shared_ptr<const AttentionCapture> attributionSource_;  // the capture attribution_ is (or will be) for
    bool attributionStarted_ = false;
    std::vector<double> attribution_;
    int attributionHeads_ = 0;
    QString attributionDescription_;
};

}  // namespace attnscope::app
