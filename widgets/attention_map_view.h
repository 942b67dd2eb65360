// The attention map view: the focused head of the selected layer (or the layer's mean over heads) as an N x N
// heatmap, on a linear or log colour scale, or as after - before on a diverging scale in difference mode.
#pragma once

#include "attention_map_canvas.h"
#include "capture_view.h"
#include "figure.h"
#include "style.h"

class QCheckBox;
class QComboBox;

namespace attnscope::widgets {

class AttentionMapView : public CaptureView, public FigureSource {
    Q_OBJECT
public:
    explicit AttentionMapView(QWidget* parent = nullptr);

    void setColorScale(ColorScale scale);
    ColorScale colorScale() const { return scale_; }
    void setLayerMean(bool mean);
    bool layerMean() const { return layerMean_; }

    AttentionMapCanvas* canvas() const { return canvas_; }

    // The whole N x N map (not just the part zoomed to): cells as rectangles up to kVectorCells tokens, beyond that
    // one image with a pixel per cell (max-pooled past kMaxFigurePixelsPerSide), token labels or indices on both axes
    // and a labelled colour bar. Implemented in attention_map_figure.cpp.
    QString figureSubject() const override;
    QString figureUnavailableReason() const override;
    std::vector<FigurePanel> figurePanels() const override;
    static constexpr int kVectorCells = 96;
    static constexpr int kMaxFigurePixelsPerSide = 4096;

protected:
    void capturesChanged() override;
    void selectionModelChanged() override;

private:
    void rebuild();

    AttentionMapCanvas* canvas_;
    QComboBox* scaleBox_;
    QCheckBox* meanBox_;
    ColorScale scale_ = ColorScale::Linear;
    bool layerMean_ = false;
};

}  // namespace attnscope::widgets
