// The attention map view's controls (scale, layer mean, difference, fit) above its canvas.
#include "attention_map_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "style.h"

namespace attnscope::widgets {

AttentionMapView::AttentionMapView(QWidget* parent)
    : CaptureView(parent),
      canvas_(new AttentionMapCanvas(this)),
      scaleBox_(new QComboBox(this)),
      meanBox_(new QCheckBox(tr("Mean of heads"), this)) {
    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(new QLabel(tr("Scale"), this));
    scaleBox_->addItem(tr("Linear"), int(ColorScale::Linear));
    scaleBox_->addItem(tr("Log"), int(ColorScale::Log));
    scaleBox_->setToolTip(tr("Log scale shows weights from 10⁻⁴ to 1"));
    controls->addWidget(scaleBox_);
    controls->addSpacing(12);
    meanBox_->setToolTip(tr("Show the mean over the layer's heads instead of the focused head"));
    controls->addWidget(meanBox_);
    controls->addSpacing(12);
    controls->addWidget(createDifferenceToggle(this));
    controls->addWidget(createNormWeightedToggle(this));
    controls->addStretch(1);
    auto* fitButton = new QPushButton(tr("Fit"), this);
    fitButton->setToolTip(tr("Show the whole map (double-click the map does the same)"));
    controls->addWidget(fitButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(controls);
    layout->addWidget(canvas_, 1);
    setFocusProxy(canvas_);  // the keyboard goes to the canvas (View › Go to View, Ctrl+number)

    connect(scaleBox_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int index) { setColorScale(static_cast<ColorScale>(scaleBox_->itemData(index).toInt())); });
    connect(meanBox_, &QCheckBox::toggled, this, &AttentionMapView::setLayerMean);
    connect(fitButton, &QPushButton::clicked, canvas_, &AttentionMapCanvas::fit);
    connect(&canvas_->tiles(), &AttentionTiles::pendingChanged, this,
            [this](bool pending) { setBusy(tr("rendering attention map tiles"), pending); });
    rebuild();
}

void AttentionMapView::setColorScale(ColorScale scale) {
    if (scale == scale_) return;
    scale_ = scale;
    scaleBox_->setCurrentIndex(scaleBox_->findData(int(scale)));
    rebuild();
}

void AttentionMapView::setLayerMean(bool mean) {
    if (mean == layerMean_) return;
    layerMean_ = mean;
    meanBox_->setChecked(mean);
    rebuild();
}

void AttentionMapView::selectionModelChanged() {
    canvas_->setSelectionModel(selectionModel());
    if (SelectionModel* selection = selectionModel()) {
        connect(selection, &SelectionModel::headSelected, this, &AttentionMapView::rebuild);
        connect(selection, &SelectionModel::modelShapeChanged, this, &AttentionMapView::rebuild);
        connect(selection, &SelectionModel::maskChanged, this, &AttentionMapView::rebuild);
    }
    rebuild();
}

void AttentionMapView::capturesChanged() {
    rebuild();
}

void AttentionMapView::rebuild() {
    // The log scale does not apply to signed differences.
    scaleBox_->setEnabled(!differenceMode());
    AttentionMapSource source;
    QStringList labels;
    QString title;
    if (capture() && selectionModel()) {
        source.capture = capture();
        source.before = differenceMode() ? beforeCapture() : nullptr;
        source.layer = currentLayer();
        source.head = currentHead();
        source.layerMean = layerMean_;
        source.scale = scale_;
        if (source.difference()) {
            try {
                source.differenceRange = AttentionTiles::differenceRange(source);
            } catch (const std::exception&) {
                source.differenceRange = 1.0f;  // the tiles meet the same error and show it
            }
        }
        for (const std::string& token : capture()->input().tokens) labels << tokenLabel(token);
        title = layerMean_ ? tr("Layer %1 · mean of %2 heads").arg(source.layer).arg(capture()->heads())
                           : tr("Layer %1 · Head %2").arg(source.layer).arg(source.head);
        if (source.difference()) title += tr("  ·  after − before");
        if (normWeighted()) title += tr("  ·  norm-weighted");
        if (selectionModel()->mask().contains(source.layer, source.head) && !layerMean_) title += tr("  ·  masked");
    }
    canvas_->setSource(source, labels, title);
}

}  // namespace attnscope::widgets
