// The attention map view: the focused head of the selected layer (or the layer's mean over heads) as an N x N
// heatmap (M target queries x N source keys for cross-attention), on a linear or log colour scale, or as after - before
// on a diverging scale in difference mode. For vision models it can show one row instead, the attention of the selected
// token (else the class token), as a heat overlay on the image (Show: On image; implemented in
// attention_map_image.cpp).
#pragma once

#include <QImage>
#include <memory>
#include <vector>

#include "attention_map_canvas.h"
#include "capture_view.h"
#include "figure.h"
#include "style.h"

class QCheckBox;
class QComboBox;
class QPushButton;
class QStackedWidget;

namespace attnscope::widgets {

class ImageHeatOverlay;

class AttentionMapView : public CaptureView, public FigureSource {
    Q_OBJECT
public:
    explicit AttentionMapView(QWidget* parent = nullptr);

    void setColorScale(ColorScale scale);
    ColorScale colorScale() const { return scale_; }
    void setLayerMean(bool mean);
    bool layerMean() const { return layerMean_; }

    AttentionMapCanvas* canvas() const { return canvas_; }

    // "Show: On image": for a capture of a vision model, the row of the selected token (else the class token) over
    // the image instead of the matrix. The choice is kept across captures; text captures show the matrix and hide
    // the control.
    void setImageMode(bool onImage);
    bool imageMode() const { return imageMode_; }
    // The current capture comes from a model that reads images.
    bool imageModeAvailable() const;
    // The overlay is what the view shows now.
    bool showsImage() const { return imageMode_ && imageModeAvailable(); }
    QComboBox* displayBox() const { return displayBox_; }
    ImageHeatOverlay* imageOverlay() const { return overlay_; }
    // The token whose attention the overlay shows and its attention over every token (empty unless showsImage()).
    int imageQuery() const { return imageQuery_; }
    const std::vector<float>& imageRow() const { return imageRow_; }
    // The image the run saw, as preprocessed (the session reads it on inputImageWanted); ignored unless `of` is the
    // current run. A null image says it could not be read.
    void setInputImage(const QImage& image, const std::shared_ptr<const AttentionCapture>& of);

    // The whole queries x keys map (not just the part zoomed to): cells as rectangles up to kVectorCells tokens, beyond
    // that one image with a pixel per cell (max-pooled past kMaxFigurePixelsPerSide), token labels or indices on both
    // axes and a labelled colour bar. Implemented in attention_map_figure.cpp.
    QString figureSubject() const override;
    QString figureUnavailableReason() const override;
    std::vector<FigurePanel> figurePanels() const override;
    static constexpr int kVectorCells = 96;
    static constexpr int kMaxFigurePixelsPerSide = 4096;

signals:
    // The overlay needs the image `capture` ran on; answer with setInputImage().
    void inputImageWanted(std::shared_ptr<const attnscope::AttentionCapture> capture);

protected:
    void capturesChanged() override;
    void selectionModelChanged() override;

private:
    void rebuild();
    void updateControls();
    void showImageRow();
    // "Layer 2 · Head 1", with the query whose row is shown ("· attention of [CLS]") and what applies (mean,
    // after − before, norm-weighted, masked).
    QString headTitle(bool difference, const QString& query = {}) const;

    AttentionMapCanvas* canvas_;
    ImageHeatOverlay* overlay_;
    QStackedWidget* pages_;
    QWidget* displayControls_;  // "Show" and displayBox_
    QComboBox* displayBox_;
    QComboBox* scaleBox_;
    QCheckBox* meanBox_;
    QCheckBox* differenceBox_;
    QPushButton* fitButton_;
    ColorScale scale_ = ColorScale::Linear;
    bool layerMean_ = false;
    bool imageMode_ = false;
    QImage image_;                                           // what imageFor_ saw
    std::shared_ptr<const AttentionCapture> imageFor_;       // the run image_ belongs to
    std::shared_ptr<const AttentionCapture> imageAskedFor_;  // the run whose image was asked for
    int imageQuery_ = -1;
    std::vector<float> imageRow_;
    QString imageTitle_;
    QString differenceToolTip_;  // the Difference toggle's own, while the matrix shows
};

}  // namespace attnscope::widgets
