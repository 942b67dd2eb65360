// The attention map view's controls (what to show, scale, layer mean, difference, fit) above its canvas or, for
// vision models, the image overlay.
#include "attention_map_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "analysis/image_heat_overlay.h"
#include "style.h"

namespace attnscope::widgets {

AttentionMapView::AttentionMapView(QWidget* parent)
    : CaptureView(parent),
      canvas_(new AttentionMapCanvas(this)),
      overlay_(new ImageHeatOverlay(this)),
      pages_(new QStackedWidget(this)),
      displayControls_(new QWidget(this)),
      displayBox_(new QComboBox(displayControls_)),
      scaleBox_(new QComboBox(this)),
      meanBox_(new QCheckBox(tr("Mean of heads"), this)),
      differenceBox_(createDifferenceToggle(this)),
      fitButton_(new QPushButton(tr("Fit"), this)) {
    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    // Vision models only: the matrix, or the selected token's row over the image. One widget, so that hiding it
    // leaves no gap.
    auto* displayLabel = new QLabel(tr("Show"), displayControls_);
    displayBox_->addItem(tr("Matrix"), false);
    displayBox_->addItem(tr("On image"), true);
    displayBox_->setToolTip(
        tr("Show the whole attention matrix, or the attention of the selected token (else the "
           "class token) as a heat overlay on the image"));
    displayBox_->setAccessibleName(tr("Show attention as"));
    displayLabel->setBuddy(displayBox_);
    auto* display = new QHBoxLayout(displayControls_);
    display->setContentsMargins(0, 0, 12, 0);
    display->addWidget(displayLabel);
    display->addWidget(displayBox_);
    controls->addWidget(displayControls_);
    controls->addWidget(new QLabel(tr("Scale"), this));
    scaleBox_->addItem(tr("Linear"), int(ColorScale::Linear));
    scaleBox_->addItem(tr("Log"), int(ColorScale::Log));
    scaleBox_->setToolTip(tr("Log scale shows weights from 10⁻⁴ to 1"));
    controls->addWidget(scaleBox_);
    controls->addSpacing(12);
    meanBox_->setToolTip(tr("Show the mean over the layer's heads instead of the focused head"));
    controls->addWidget(meanBox_);
    controls->addSpacing(12);
    differenceToolTip_ = differenceBox_->toolTip();
    controls->addWidget(differenceBox_);
    controls->addWidget(createNormWeightedToggle(this));
    controls->addStretch(1);
    fitButton_->setToolTip(tr("Show the whole map (double-click the map does the same)"));
    controls->addWidget(fitButton_);
    setTabOrder(displayBox_, scaleBox_);

    overlay_->setAlignment(Qt::AlignLeft);  // as the matrix, which starts at the left
    overlay_->setAccessibleName(tr("Attention on the image"));
    overlay_->setToolTip(tr("Click a patch to show its attention"));
    pages_->addWidget(canvas_);
    pages_->addWidget(overlay_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(controls);
    layout->addWidget(pages_, 1);
    setFocusProxy(canvas_);  // the keyboard goes to the canvas (View › Go to View, Ctrl+number)

    connect(displayBox_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int index) { setImageMode(displayBox_->itemData(index).toBool()); });
    connect(scaleBox_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int index) { setColorScale(static_cast<ColorScale>(scaleBox_->itemData(index).toInt())); });
    connect(meanBox_, &QCheckBox::toggled, this, &AttentionMapView::setLayerMean);
    connect(fitButton_, &QPushButton::clicked, canvas_, &AttentionMapCanvas::fit);
    connect(overlay_, &ImageHeatOverlay::patchClicked, this, [this](int patch) {
        if (selectionModel() && capture())
            selectionModel()->setToken(1 + capture()->modelInfo().registerTokens + patch);
    });
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
        connect(selection, &SelectionModel::tokenChanged, this, &AttentionMapView::showImageRow);
    }
    rebuild();
}

void AttentionMapView::capturesChanged() {
    rebuild();
}

QString AttentionMapView::headTitle(bool difference, const QString& query) const {
    const int layer = currentLayer(), head = currentHead(), heads = capture()->heads();
    QString title;
    if (query.isEmpty())
        title = layerMean_ ? tr("Layer %1 · mean of %2 heads").arg(layer).arg(heads)
                           : tr("Layer %1 · Head %2").arg(layer).arg(head);
    else
        title = layerMean_ ? tr("Layer %1 · mean of %2 heads · attention of %3").arg(layer).arg(heads).arg(query)
                           : tr("Layer %1 · Head %2 · attention of %3").arg(layer).arg(head).arg(query);
    if (difference) title += tr("  ·  after − before");
    if (normWeighted()) title += tr("  ·  norm-weighted");
    if (selectionModel()->mask().contains(layer, head) && !layerMean_) title += tr("  ·  masked");
    return title;
}

void AttentionMapView::rebuild() {
    updateControls();
    AttentionMapSource source;
    QStringList labels, keyLabels;
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
        if (capture()->kind() == AttentionKind::Cross) {
            // Cross-attention: target queries down, source keys across (a rectangle).
            for (const std::string& token : capture()->keyTokens()) keyLabels << tokenLabel(token);
            while (keyLabels.size() < capture()->keyTokenCount()) keyLabels << QString::number(keyLabels.size());
        }
        title = headTitle(source.difference());
    }
    canvas_->setSource(source, labels, title, keyLabels);
    showImageRow();
}

}  // namespace attnscope::widgets
