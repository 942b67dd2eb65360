// The head view's controls (layer, pair filter, head chips) around its scrolling canvas.
#include "head_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

#include "head_chips.h"
#include "style.h"

namespace attnscope::widgets {

HeadView::HeadView(QWidget* parent)
    : CaptureView(parent),
      canvas_(new HeadViewCanvas),
      scroll_(new QScrollArea(this)),
      chips_(new HeadChips(this)),
      layerBox_(new QSpinBox(this)),
      filterBox_(new QComboBox(this)),
      filterLabel_(new QLabel(tr("Sentences"), this)),
      statusLabel_(new QLabel(this)) {
    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(8, 0, 8, 0);
    controls->addWidget(new QLabel(tr("Layer"), this));
    layerBox_->setRange(0, 0);
    layerBox_->setToolTip(tr("The layer whose heads are drawn"));
    controls->addWidget(layerBox_);
    controls->addSpacing(12);
    controls->addWidget(filterLabel_);
    filterBox_->addItem(tr("All"), int(PairFilter::All));
    filterBox_->addItem(tr("A → B"), int(PairFilter::AToB));
    filterBox_->addItem(tr("B → A"), int(PairFilter::BToA));
    filterBox_->addItem(tr("A → A"), int(PairFilter::AToA));
    filterBox_->addItem(tr("B → B"), int(PairFilter::BToB));
    filterBox_->setToolTip(tr("Only lines from one sentence's queries to one sentence's keys"));
    controls->addWidget(filterBox_);
    controls->addSpacing(12);
    controls->addWidget(createDifferenceToggle(this));
    controls->addWidget(createNormWeightedToggle(this));
    statusLabel_->setObjectName(QStringLiteral("status"));
    setTextColor(statusLabel_, screenTheme().mutedText);
    // The status may be cut in a narrow dock (its tooltip has it whole); it must not widen the view past the lines.
    statusLabel_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusLabel_->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    controls->addWidget(statusLabel_, 1);

    scroll_->setWidget(canvas_);
    setFocusProxy(canvas_);  // the keyboard goes to the canvas (View › Go to View, Ctrl+number)
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Rows are a fixed height; scrolling moves by whole rows.
    scroll_->verticalScrollBar()->setSingleStep(HeadViewCanvas::kRowHeight);
    // Lines to rows out of view end at the view's edge, so a scroll repaints everything rather than blitting.
    connect(scroll_->verticalScrollBar(), &QScrollBar::valueChanged, canvas_, qOverload<>(&QWidget::update));

    auto* layout = new QVBoxLayout(this);
    // Controls keep a margin; the scrolling canvas runs to the edges.
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(controls);
    auto* chipsRow = new QHBoxLayout;
    chipsRow->setContentsMargins(8, 0, 8, 0);
    chipsRow->addWidget(chips_);
    layout->addLayout(chipsRow);
    layout->addWidget(scroll_, 1);

    connect(layerBox_, qOverload<int>(&QSpinBox::valueChanged), this, [this](int layer) {
        if (selectionModel()) selectionModel()->setLayer(layer);
    });
    connect(filterBox_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int index) { setPairFilter(static_cast<PairFilter>(filterBox_->itemData(index).toInt())); });
    capturesChanged();
}

void HeadView::setPairFilter(PairFilter filter) {
    filter_ = filter;
    filterBox_->setCurrentIndex(filterBox_->findData(int(filter)));
    canvas_->setPairFilter(filter);
}

void HeadView::selectionModelChanged() {
    SelectionModel* selection = selectionModel();
    canvas_->setSelectionModel(selection);
    chips_->setSelectionModel(selection);
    if (selection) {
        connect(selection, &SelectionModel::headSelected, this, [this](int layer) {
            syncLayerSelector();
            if (layer != edgesLayer_) rebuild();  // the head view shows a whole layer: another head changes nothing
        });
        connect(selection, &SelectionModel::modelShapeChanged, this, [this] {
            syncLayerSelector();
            rebuild();
        });
        // A token chosen in another view (a click on the attention map) is scrolled into view here.
        connect(selection, &SelectionModel::tokenChanged, this, [this](int token, bool isKey) {
            if (token < 0 || !capture() || token >= capture()->tokenCount()) return;
            const QRect row = canvas_->labelRect(token, isKey);
            scroll_->ensureVisible(row.center().x(), row.center().y(), 0, canvas_->rowHeight());
        });
    }
    syncLayerSelector();
    edgesLayer_ = -1;
    rebuild();
}

void HeadView::capturesChanged() {
    sentence_.clear();
    if (capture()) {
        const auto& types = capture()->input().typeIds;
        const bool pair = static_cast<int>(types.size()) == capture()->tokenCount() &&
                          std::count(types.begin(), types.end(), 0) > 0 &&
                          std::count(types.begin(), types.end(), 1) > 0;
        if (pair) sentence_.assign(types.begin(), types.end());
    }
    filterLabel_->setVisible(hasSentencePair());
    filterBox_->setVisible(hasSentencePair());
    if (!hasSentencePair()) setPairFilter(PairFilter::All);
    syncLayerSelector();
    edgesLayer_ = -1;
    rebuild();
}

QString HeadView::figureSubject() const {
    if (!capture()) return {};
    int visible = 0;
    for (int h = 0; h < capture()->heads(); ++h) visible += selectionModel() && selectionModel()->headVisible(h);
    QString subject = visible == capture()->heads() ? tr("Layer %1, all %2 heads").arg(currentLayer()).arg(visible)
                                                    : tr("Layer %1, %n head(s)", nullptr, visible).arg(currentLayer());
    if (differenceMode()) subject += tr(", after − before");
    if (normWeighted()) subject += tr(", norm-weighted");
    return subject;
}

QString HeadView::figureUnavailableReason() const {
    return canvas_->hasContent() ? QString() : tr("Run a text first.");
}

std::vector<FigurePanel> HeadView::figurePanels() const {
    return {canvas_->figurePanel(figureSubject())};
}

void HeadView::syncLayerSelector() {
    const QSignalBlocker blocker(layerBox_);
    layerBox_->setRange(0, capture() ? std::max(0, capture()->layers() - 1) : 0);
    layerBox_->setValue(currentLayer());
    layerBox_->setEnabled(capture() != nullptr);
}

void HeadView::rebuild() {
    HeadViewCanvas::Content content;
    if (capture() && selectionModel()) {
        const int layer = currentLayer();
        if (!edges_ || edgesLayer_ != layer) {
            const int n = capture()->tokenCount();
            const AttentionCapture* before = differenceMode() ? beforeCapture().get() : nullptr;
            // Differences are smaller than weights; a lower threshold keeps the faint ones that matter.
            const float threshold = before ? lineThreshold(n) / 2.0f : lineThreshold(n);
            try {
                edges_ = std::make_shared<const LayerEdges>(LayerEdges::build(*capture(), before, layer, threshold));
            } catch (const std::exception& error) {
                // The view stays empty and says why; the rest of the window keeps working.
                edges_.reset();
                statusLabel_->setText(tr("Layer %1: %2").arg(layer).arg(QString::fromStdString(error.what())));
                setTextColor(statusLabel_, screenTheme().maskMarker);
                canvas_->setContent({});
                return;
            }
            edgesLayer_ = layer;
        }
        setTextColor(statusLabel_, screenTheme().mutedText);
        content.edges = edges_;
        for (const std::string& token : capture()->input().tokens) content.labels << tokenLabel(token);
        while (content.labels.size() < capture()->tokenCount())
            content.labels << QString::number(content.labels.size());
        if (capture()->kind() == AttentionKind::Cross) {
            // Decoder tokens on the left attend to the source tokens on the right.
            for (const std::string& token : capture()->keyTokens()) content.keyLabels << tokenLabel(token);
            while (content.keyLabels.size() < capture()->keyTokenCount())
                content.keyLabels << QString::number(content.keyLabels.size());
        }
        content.sentence = sentence_;
        content.difference = differenceMode();
        statusLabel_->setText(
            tr("%1 tokens · weights ≥ %2 drawn").arg(capture()->tokenCount()).arg(edges_->threshold(), 0, 'g', 2));
        statusLabel_->setToolTip(statusLabel_->text());
    } else {
        edges_.reset();
        statusLabel_->clear();
    }
    canvas_->setContent(std::move(content));
}

}  // namespace attnscope::widgets
