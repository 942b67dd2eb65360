// What the model predicts at the selected position (the next token for causal models, the token itself for masked
// LMs, the class for image classifiers): the top candidates as probability bars. After a masked re-run it shows
// before and after side by side, the change in loss on the input, and the KL divergence at every position.
// All numbers come from the engine (attnscope/predictions.h) applied to the captures' logits.
#pragma once

#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

#include "attnscope/capture.h"
#include "attnscope/predictions.h"
#include "attnscope/tokenizer.h"
#include "figure.h"

class QLabel;
class QScrollArea;

namespace attnscope::widgets {

class PositionChart;
class ProbabilityBars;
class SelectionModel;

class PredictionPanel : public QWidget, public FigureSource {
    Q_OBJECT
public:
    static constexpr int kTopCount = 10;

    explicit PredictionPanel(QWidget* parent = nullptr);

    // The selected token decides the position shown; clicking a bar of the KL chart selects a token.
    void setSelectionModel(SelectionModel* selection);
    // Names predicted ids; without one they are shown as "#id".
    void setTokenizer(std::shared_ptr<const Tokenizer> tokenizer);
    // The run to show and, after a masked re-run, the plain run of the same input it is compared with.
    void setCaptures(std::shared_ptr<const AttentionCapture> capture,
                     std::shared_ptr<const AttentionCapture> before = nullptr);

    // The position whose predictions are shown (-1 without logits), and what is shown there.
    int position() const { return position_; }
    const std::vector<TokenPrediction>& predictions() const { return after_; }
    const std::vector<TokenPrediction>& beforePredictions() const { return before_; }
    const std::optional<PredictionComparison>& comparison() const { return comparison_; }
    InputLossKind lossKind() const;

    ProbabilityBars* afterBars() const { return afterBars_; }
    ProbabilityBars* beforeBars() const { return beforeBars_; }
    PositionChart* klChart() const { return klChart_; }
    QLabel* headline() const { return headline_; }
    QLabel* lossLabel() const { return loss_; }

    // The headline, the bars (before and after when compared), the loss line and the KL chart.
    QString figureSubject() const override;
    QString figureUnavailableReason() const override;
    std::vector<FigurePanel> figurePanels() const override;

private:
    void refresh();
    int defaultPosition() const;
    QString tokenLabel(int64_t id) const;
    QString inputTokenLabel(int position) const;
    void showComparison();

    QPointer<SelectionModel> selection_;
    std::shared_ptr<const Tokenizer> tokenizer_;
    std::shared_ptr<const AttentionCapture> capture_;
    std::shared_ptr<const AttentionCapture> beforeCapture_;
    std::optional<PredictionComparison> comparison_;
    std::vector<TokenPrediction> after_;
    std::vector<TokenPrediction> before_;
    int position_ = -1;

    QLabel* headline_;
    QLabel* message_;
    ProbabilityBars* beforeBars_;
    ProbabilityBars* afterBars_;
    QLabel* loss_;
    QLabel* klTitle_;
    PositionChart* klChart_;
    QScrollArea* klScroll_;
};

}  // namespace attnscope::widgets
