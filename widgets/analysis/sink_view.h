// The attention-sink view: why attention piles onto the first token. Four panels over one capture: the sink score
// of every head (layers x heads; click selects the head everywhere), the attention each token receives, the
// residual-stream norm of every token after every layer with massive activations marked and listed, and the
// selected head's raw against value-weighted attention on one colour scale.
#pragma once

#include <QWidget>
#include <memory>
#include <vector>

#include "attnscope/capture.h"
#include "attnscope/head_metrics.h"
#include "figure.h"

class QComboBox;
class QLabel;
class QListWidget;

namespace attnscope::widgets {

class HeatmapPlot;
class SelectionModel;
class TokenBarChart;

class SinkView : public QWidget, public FigureSource {
    Q_OBJECT
public:
    enum class ReceivedScope { CurrentLayer, AllLayers };

    explicit SinkView(SelectionModel* selection, QWidget* parent = nullptr);

    // The capture to show and its computeHeadScores(); a null capture clears the view.
    void setCapture(std::shared_ptr<const AttentionCapture> capture, std::vector<HeadScores> scores);
    void setReceivedScope(ReceivedScope scope);
    ReceivedScope receivedScope() const { return scope_; }
    // A token is a massive activation when its norm exceeds `factor` x its layer's median (default 10).
    void setMassiveFactor(double factor);
    const std::vector<MassiveActivation>& massiveActivations() const { return massive_; }

    // The panels, for the session's layout and for tests.
    HeatmapPlot* sinkHeatmap() const { return sinkMap_; }
    TokenBarChart* receivedChart() const { return received_; }
    HeatmapPlot* normHeatmap() const { return normMap_; }
    HeatmapPlot* rawAttentionPlot() const { return raw_; }
    HeatmapPlot* valueWeightedPlot() const { return weighted_; }

    QSize sizeHint() const override { return {1200, 800}; }

    // A summary and four panels: sink scores, attention received, residual norms, raw against value-weighted.
    QString figureSubject() const override;
    QString figureUnavailableReason() const override;
    std::vector<FigurePanel> figurePanels() const override;

private:
    void showHeadGrid();
    void showReceived();
    void showNorms();
    void showSelectedHead();
    void showSummary();
    const std::vector<double>& receivedInLayer(int layer);

    SelectionModel* selection_;
    std::shared_ptr<const AttentionCapture> capture_;
    std::vector<HeadScores> scores_;
    std::vector<MassiveActivation> massive_;
    std::vector<std::vector<double>> receivedByLayer_;  // computed on first use: every head's map of the layer
    QStringList tokens_;
    ReceivedScope scope_ = ReceivedScope::CurrentLayer;
    double massiveFactor_ = 10;

    QLabel* summary_;
    HeatmapPlot* sinkMap_;
    QComboBox* scopeBox_;
    TokenBarChart* received_;
    HeatmapPlot* normMap_;
    QListWidget* massiveList_;
    QLabel* headCaption_;
    HeatmapPlot* raw_;
    HeatmapPlot* weighted_;
};

// Token strings as plots label them: byte-level BPE's space marker and SentencePiece's word marker dropped,
// newlines shown as an arrow, and a visible mark for a token that would otherwise be blank.
QStringList plotTokenLabels(const std::vector<std::string>& tokens);

}  // namespace attnscope::widgets
