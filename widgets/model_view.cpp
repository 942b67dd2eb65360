// The model view's controls (thumbnail kind, difference) around its scrolling grid.
#include "model_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>

#include "model_view_canvas.h"
#include "style.h"

namespace attnscope::widgets {

ModelView::ModelView(QWidget* parent)
    : CaptureView(parent),
      cache_(new ThumbnailCache(this)),
      canvas_(new ModelViewCanvas(cache_)),
      scroll_(new QScrollArea(this)),
      kindBox_(new QComboBox(this)),
      progressLabel_(new QLabel(this)) {
    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(8, 0, 8, 0);
    controls->addWidget(new QLabel(tr("Thumbnails"), this));
    kindBox_->addItem(tr("Matrix"), int(ThumbnailKind::Matrix));
    kindBox_->addItem(tr("Lines"), int(ThumbnailKind::Lines));
    controls->addWidget(kindBox_);
    controls->addSpacing(12);
    controls->addWidget(createDifferenceToggle(this));
    setTextColor(progressLabel_, screenTheme().mutedText);
    // The shape or progress may be cut in a narrow dock (longer languages); it must not widen the view past the
    // heads, which would then scroll out of sight.
    progressLabel_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    progressLabel_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    controls->addWidget(progressLabel_, 1);
    progressLabel_->installEventFilter(this);

    scroll_->setWidget(canvas_);
    setFocusProxy(canvas_);  // the keyboard goes to the canvas (View › Go to View, Ctrl+number)
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->viewport()->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    // Controls keep a margin; the scrolling canvas runs to the edges.
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(controls);
    layout->addWidget(scroll_, 1);

    connect(kindBox_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int index) { setThumbnailKind(static_cast<ThumbnailKind>(kindBox_->itemData(index).toInt())); });
    connect(cache_, &ThumbnailCache::thumbnailReady, this, [this] {
        canvas_->update();
        showProgress();
    });
    connect(cache_, &ThumbnailCache::finished, this, [this] {
        setBusy(tr("computing model view thumbnails"), false);
        showProgress();
    });
}

void ModelView::setThumbnailKind(ThumbnailKind kind) {
    if (kind == kind_) return;
    kind_ = kind;
    kindBox_->setCurrentIndex(kindBox_->findData(int(kind)));
    restartThumbnails();
}

void ModelView::selectionModelChanged() {
    canvas_->setSelectionModel(selectionModel());
    if (selectionModel())
        connect(selectionModel(), &SelectionModel::modelShapeChanged, canvas_, qOverload<>(&QWidget::update));
}

void ModelView::capturesChanged() {
    restartThumbnails();
}

void ModelView::restartThumbnails() {
    ThumbnailSpec spec;
    spec.kind = kind_;
    spec.difference = differenceMode();
    cache_->start(capture(), differenceMode() ? beforeCapture() : nullptr, spec);
    setBusy(tr("computing model view thumbnails"), cache_->isRunning());
    canvas_->setSource(capture(), differenceMode() ? beforeCapture() : nullptr, spec);
    // Leave room for a vertical scroll bar so its appearing never changes the cell size.
    canvas_->fitToWidth(scroll_->width() - style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    showProgress();
}

bool ModelView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == scroll_->viewport() && event->type() == QEvent::Resize)
        canvas_->fitToWidth(scroll_->width() - style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    if (watched == progressLabel_ && event->type() == QEvent::Resize) showProgress();
    return CaptureView::eventFilter(watched, event);
}

void ModelView::changeEvent(QEvent* event) {
    // Thumbnails are painted with the screen theme's colours and the margins follow its font scale.
    if (event->type() == QEvent::StyleChange && capture()) restartThumbnails();
    CaptureView::changeEvent(event);
}

void ModelView::showProgress() {
    if (!capture()) {
        progressLabel_->clear();
        progressLabel_->setToolTip({});
        return;
    }
    const int total = capture()->layers() * capture()->heads();
    QString text;
    if (!cache_->error().isEmpty())
        text = tr("Some thumbnails failed: %1").arg(cache_->error());
    else if (cache_->readyCount() < total)
        text = tr("Computing thumbnails %1 / %2").arg(cache_->readyCount()).arg(total);
    else
        text = tr("%1 layers × %2 heads").arg(capture()->layers()).arg(capture()->heads());
    // Shortened with an ellipsis where the dock is too narrow (the whole text is the tooltip), not cut mid-word.
    progressLabel_->setToolTip(text);
    progressLabel_->setText(progressLabel_->fontMetrics().elidedText(text, Qt::ElideRight, progressLabel_->width()));
}

}  // namespace attnscope::widgets
