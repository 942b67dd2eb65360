// The head view (after BertViz): one layer's heads as lines from each query token (left) to the key tokens it
// attends to (right), one colour per head, opacity following the weight. Hovering a token shows only its attention;
// colour chips show and hide heads; sentence pairs can be filtered (A->B, B->A, ...).
#pragma once

#include <memory>

#include "attention_edges.h"
#include "capture_view.h"
#include "head_view_canvas.h"

class QComboBox;
class QLabel;
class QScrollArea;
class QSpinBox;

namespace attnscope::widgets {

class HeadChips;

class HeadView : public CaptureView, public FigureSource {
    Q_OBJECT
public:
    explicit HeadView(QWidget* parent = nullptr);

    void setPairFilter(PairFilter filter);
    PairFilter pairFilter() const { return filter_; }
    // The input is a sentence pair (token type ids with both 0 and 1), so the pair filter applies.
    bool hasSentencePair() const { return !sentence_.empty(); }

    HeadViewCanvas* canvas() const { return canvas_; }
    QScrollArea* scrollArea() const { return scroll_; }
    HeadChips* headChips() const { return chips_; }
    QSpinBox* layerSelector() const { return layerBox_; }
    // The weights drawn for the current layer (rebuilt when the layer or captures change).
    const LayerEdges* layerEdges() const { return edges_.get(); }

    QString figureSubject() const override;
    QString figureUnavailableReason() const override;
    std::vector<FigurePanel> figurePanels() const override;

protected:
    void capturesChanged() override;
    void selectionModelChanged() override;

private:
    void rebuild();
    void syncLayerSelector();

    HeadViewCanvas* canvas_;
    QScrollArea* scroll_;
    HeadChips* chips_;
    QSpinBox* layerBox_;
    QComboBox* filterBox_;
    QLabel* filterLabel_;
    QLabel* statusLabel_;
    PairFilter filter_ = PairFilter::All;
    std::vector<int> sentence_;
    std::shared_ptr<const LayerEdges> edges_;
    int edgesLayer_ = -1;
};

}  // namespace attnscope::widgets
