// The attention map view: the focused head of the selected layer (or the layer's mean over heads) as an N x N
// heatmap, on a linear or log colour scale, or as after - before on a diverging scale in difference mode.
#pragma once

#include "attention_map_canvas.h"
#include "capture_view.h"
#include "colormap.h"

class QCheckBox;
class QComboBox;

namespace attnscope::widgets {

class AttentionMapView : public CaptureView {
    Q_OBJECT
public:
    explicit AttentionMapView(QWidget* parent = nullptr);

    void setColorScale(ColorScale scale);
    ColorScale colorScale() const { return scale_; }
    void setLayerMean(bool mean);
    bool layerMean() const { return layerMean_; }

    AttentionMapCanvas* canvas() const { return canvas_; }

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
