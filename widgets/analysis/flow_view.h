// The Information Flow view (Abnar & Zuidema's rollout and flow beside raw attention): the relevance matrices
// (positions x input tokens) side by side, the selected position's relevance over the input (a bar per token, or a heat
// overlay on the image for vision models) and its layered graph. It computes nothing itself: it asks for a position
// and a method (computeRequested) and shows the FlowViewData it is handed.
#pragma once

#include <QImage>
#include <QStringList>
#include <memory>
#include <vector>

#include "attnscope/information_flow.h"
#include "capture_view.h"
#include "figure.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace attnscope::widgets {

class FlowGraphPlot;
class HeatmapPlot;
class ImageHeatOverlay;
class TokenBarChart;
class TokenStrip;

// Whole relevance matrices are computed and drawn up to this many tokens; longer inputs show the selected position.
inline constexpr int kFlowViewMatrixTokens = 128;

struct FlowViewData {
    std::shared_ptr<const AttentionCapture> capture;
    int position = -1;
    FlowMethod method = FlowMethod::Rollout;  // of `relevance` and `graph`
    bool skipMaskedHeads = false;
    FloatMatrix raw, rollout, flow;  // [tokens, tokens]; empty when the input is too long for them
    std::vector<float> relevance;    // the position's row of `method`
    LayeredFlow graph;
    QImage image;  // what a vision model saw, for the overlay; null for text
    double seconds = 0;
};

class FlowView : public CaptureView, public FigureSource {
    Q_OBJECT
public:
    explicit FlowView(QWidget* parent = nullptr);

    // The result for the current capture; data for another capture is ignored.
    void setData(const FlowViewData& data);
    // Running shows "computing…" with the share done when `fraction` is in [0, 1].
    void setRunning(bool running, double fraction = -1);
    void showFailure(const QString& message);

    // The position asked for: the selected token, else the last token (the class token for images).
    int requestedPosition() const;
    FlowMethod graphMethod() const;
    void setGraphMethod(FlowMethod method);  // Rollout or Flow
    bool skipMaskedHeads() const;
    const FlowViewData& data() const { return data_; }

    HeatmapPlot* matrixPlot(FlowMethod method) const;  // Raw, Rollout or Flow
    TokenBarChart* relevanceChart() const { return relevanceChart_; }
    // The input as chips filled by their relevance for the position (text models).
    TokenStrip* relevanceStrip() const { return strip_; }
    ImageHeatOverlay* imageOverlay() const { return overlay_; }
    FlowGraphPlot* graphPlot() const { return graph_; }

    QSize sizeHint() const override { return {1200, 820}; }

    QString figureSubject() const override;
    QString figureUnavailableReason() const override;
    std::vector<FigurePanel> figurePanels() const override;

signals:
    void computeRequested(int position, attnscope::FlowMethod method, bool skipMaskedHeads);
    void cancelRequested();

protected:
    void capturesChanged() override;
    void selectionModelChanged() override;
    void showEvent(QShowEvent* event) override;

private:
    void request();
    void showMatrices();
    void showPosition();
    QString positionLabel(int position) const;

    FlowViewData data_;
    QStringList tokens_;
    bool pending_ = false;  // a request waits for the view to be shown

    QLabel* summary_;
    QComboBox* methodBox_;
    QCheckBox* skipMasked_;
    QLabel* status_;
    QPushButton* cancel_;
    QLabel* matrixNote_;
    QWidget* matrixRow_;
    HeatmapPlot* raw_;
    HeatmapPlot* rollout_;
    HeatmapPlot* flow_;
    QStackedWidget* inputPanel_;
    TokenBarChart* relevanceChart_;
    TokenStrip* strip_;
    ImageHeatOverlay* overlay_;
    FlowGraphPlot* graph_;
};

}  // namespace attnscope::widgets
