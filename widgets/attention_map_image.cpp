// The attention map view's image mode (Show: On image): for a vision model, one row of the shown head's attention
// (the selected token's, else the class token's) as a heat overlay on the image the model saw. The overlay is the
// Information Flow view's ImageHeatOverlay; the image comes from the session (inputImageWanted).
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <exception>

#include "analysis/image_heat_overlay.h"
#include "attention_map_view.h"

namespace attnscope::widgets {

bool AttentionMapView::imageModeAvailable() const {
    return runCapture() && runCapture()->modelInfo().imageInput;
}

void AttentionMapView::setImageMode(bool onImage) {
    if (onImage == imageMode_) return;
    imageMode_ = onImage;
    updateControls();
    showImageRow();
}

void AttentionMapView::setInputImage(const QImage& image, const std::shared_ptr<const AttentionCapture>& of) {
    if (!of || of != runCapture()) return;
    image_ = image;
    imageFor_ = of;
    showImageRow();
}

void AttentionMapView::updateControls() {
    const bool available = imageModeAvailable();
    const bool onImage = showsImage();
    // Text models have nothing to overlay: no control at all rather than a dead one.
    displayControls_->setVisible(available);
    {
        const QSignalBlocker blocker(displayBox_);
        displayBox_->setCurrentIndex(displayBox_->findData(imageMode_));
    }
    pages_->setCurrentWidget(onImage ? static_cast<QWidget*>(overlay_) : canvas_);
    setFocusProxy(onImage ? static_cast<QWidget*>(displayBox_) : canvas_);
    // The overlay is linear, relative to the brightest patch, and shows one run: the scale, the difference and
    // fitting belong to the matrix. (The log scale does not apply to signed differences either.)
    scaleBox_->setEnabled(!differenceMode() && !onImage);
    fitButton_->setEnabled(!onImage);
    differenceBox_->setEnabled(differenceAvailable() && !normWeightingRequested() && !onImage);
    differenceBox_->setToolTip(onImage ? tr("The image shows this run's attention; show the matrix for after − before")
                                       : differenceToolTip_);
}

void AttentionMapView::showImageRow() {
    const auto& run = runCapture();
    // Hold no image, and no capture through it, past the run it belongs to.
    if (imageFor_ != run) {
        imageFor_.reset();
        image_ = QImage();
    }
    if (imageAskedFor_ != run) imageAskedFor_.reset();
    imageQuery_ = -1;
    imageRow_.clear();
    imageTitle_.clear();
    if (!showsImage() || !selectionModel()) {
        overlay_->clear(run ? QString() : tr("No capture"));
        return;
    }
    if (imageFor_ != run) {
        overlay_->clear(tr("Reading the image…"));
        if (!imageAskedFor_) {
            imageAskedFor_ = run;
            emit inputImageWanted(run);  // may answer at once (setInputImage), which shows the row
        }
        return;
    }
    if (image_.isNull()) {
        overlay_->clear(tr("The image this run saw could not be read again"));
        return;
    }
    const AttentionCapture& shown = *capture();  // the norm-weighted capture while that is on
    const int tokens = shown.tokenCount();
    const int token = selectionModel()->token();
    const int query = token >= 0 && token < tokens ? token : 0;  // the class token by default
    const int layer = currentLayer();
    try {
        if (layerMean_) {
            imageRow_.assign(static_cast<size_t>(tokens), 0.0f);
            for (int head = 0; head < shown.heads(); ++head) {
                const std::vector<float> row = shown.attentionRow(layer, head, query);
                for (size_t k = 0; k < imageRow_.size() && k < row.size(); ++k) imageRow_[k] += row[k];
            }
            for (float& weight : imageRow_) weight /= static_cast<float>(shown.heads());
        } else {
            imageRow_ = shown.attentionRow(layer, currentHead(), query);
        }
    } catch (const std::exception& error) {
        imageRow_.clear();
        overlay_->clear(tr("Cannot compute the attention: %1").arg(QString::fromUtf8(error.what())));
        return;
    }
    imageQuery_ = query;
    const auto& names = shown.input().tokens;
    // Image tokens are the engine's own labels ("[CLS]", "patch 2,1"), shown as they are.
    const QString name = query < static_cast<int>(names.size()) ? QString::fromStdString(names[size_t(query)])
                                                                : tr("token %1").arg(query);
    imageTitle_ = headTitle(false, name);
    const int registers = shown.modelInfo().registerTokens;
    overlay_->setMarkedPatch(query > registers ? query - 1 - registers : -1);
    overlay_->setRelevance(image_, imageRow_, registers, imageTitle_);
}

}  // namespace attnscope::widgets
