// Drawing, hovering and clicking of the model view's grid of head thumbnails.
#include "model_view_canvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollArea>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

#include "capture_view.h"
#include "keyboard_navigation.h"
#include "style.h"

namespace attnscope::widgets {

namespace {
constexpr int kPreviewSize = 224;
}

int ModelViewCanvas::leftMargin() {
    return static_cast<int>(std::lround(kLeftMargin * screenTheme().fontScale));
}

int ModelViewCanvas::topMargin() {
    return static_cast<int>(std::lround(kTopMargin * screenTheme().fontScale));
}

ModelViewCanvas::ModelViewCanvas(ThumbnailCache* cache, QWidget* parent) : QWidget(parent), cache_(cache) {
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    // Right-click toggles a head's mask here; it must not also open a parent's context menu.
    setContextMenuPolicy(Qt::PreventContextMenu);
    setToolTip(tr("Click: select the head · Right-click or Ctrl+click: mask or unmask it"));
    setFocusPolicy(Qt::StrongFocus);
    focusFrame_ = new FocusFrame(this);
    setAccessibleName(tr("Model view heads"));
    setAccessibleDescription(
        tr("Every head as a small attention map. Arrow keys select a head, Space masks or "
           "unmasks it."));
    connect(&previewWatcher_, &QFutureWatcher<QImage>::finished, this, [this] {
        if (previewCell_ != hovered_ || previewWatcher_.future().resultCount() == 0) return;
        const QImage image = previewWatcher_.result();
        if (!image.isNull()) preview_ = image;
        update();
    });
}

void ModelViewCanvas::setSelectionModel(SelectionModel* selection) {
    if (selection_) disconnect(selection_, nullptr, this, nullptr);
    selection_ = selection;
    if (selection_) {
        connect(selection_, &SelectionModel::headSelected, this, qOverload<>(&QWidget::update));
        connect(selection_, &SelectionModel::maskChanged, this, qOverload<>(&QWidget::update));
    }
    update();
}

void ModelViewCanvas::setSource(std::shared_ptr<const AttentionCapture> capture,
                                std::shared_ptr<const AttentionCapture> before, const ThumbnailSpec& spec) {
    capture_ = std::move(capture);
    before_ = std::move(before);
    spec_ = spec;
    hovered_ = {-1, -1};
    startPreview(hovered_);
    invalidateScaled();
    updateSize();
}

void ModelViewCanvas::fitToWidth(int width) {
    if (heads() == 0) return;
    const int cell = std::clamp((width - leftMargin() - 12) / heads() - kGap, 28, 96);
    if (cell == cell_) return;
    cell_ = cell;
    invalidateScaled();
    updateSize();
}

void ModelViewCanvas::invalidateScaled() {
    scaled_.assign(static_cast<size_t>(layers() * heads()), QPixmap());
    update();
}

void ModelViewCanvas::updateSize() {
    setMinimumSize(leftMargin() + heads() * (cell_ + kGap) + 12, topMargin() + layers() * (cell_ + kGap) + 12);
    updateGeometry();
}

QSize ModelViewCanvas::sizeHint() const {
    return minimumSize();
}

QRect ModelViewCanvas::cellRect(int layer, int head) const {
    return {leftMargin() + head * (cell_ + kGap), topMargin() + layer * (cell_ + kGap), cell_, cell_};
}

std::pair<int, int> ModelViewCanvas::cellAt(const QPoint& position) const {
    const int head = (position.x() - leftMargin()) / (cell_ + kGap);
    const int layer = (position.y() - topMargin()) / (cell_ + kGap);
    if (position.x() < leftMargin() || position.y() < topMargin() || head >= heads() || layer >= layers())
        return {-1, -1};
    if (!cellRect(layer, head).contains(position)) return {-1, -1};
    return {layer, head};
}

const QPixmap* ModelViewCanvas::scaledThumbnail(int layer, int head) {
    QPixmap& scaled = scaled_[static_cast<size_t>(layer * heads() + head)];
    if (scaled.isNull()) {
        const QImage image = cache_->thumbnail(layer, head);
        if (image.isNull()) return nullptr;
        // Downscaling smooths (a max-pooled diagonal survives), upscaling a short input keeps crisp cells.
        const auto mode = image.width() > cell_ ? Qt::SmoothTransformation : Qt::FastTransformation;
        scaled = QPixmap::fromImage(image.scaled(cell_, cell_, Qt::IgnoreAspectRatio, mode));
    }
    return &scaled;
}

void ModelViewCanvas::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    paintRegion(painter, event->rect());
}

void ModelViewCanvas::paintRegion(QPainter& painter, const QRect& rect) {
    painter.save();
    painter.setClipRect(rect);
    painter.fillRect(rect, screenTheme().background);
    if (!capture_ || !selection_) {
        drawPlaceholderMessage(painter, visibleRegion().isEmpty() ? rect : visibleRegion().boundingRect(),
                               tr("Run a text to see every head"));
        painter.restore();
        return;
    }
    const int selectedLayer = selection_->layer();
    const int selectedHead = selection_->head();
    const HeadMask& mask = selection_->mask();

    painter.setFont(styleFont(11));
    for (int h = 0; h < heads(); ++h) {
        const QRect cell = cellRect(0, h);
        const bool current = h == selectedHead;
        painter.setFont(styleFont(11, current));
        drawText(painter, QRect(cell.left(), 0, cell.width(), topMargin() - 4), Qt::AlignHCenter | Qt::AlignBottom,
                 QString::number(h), current ? screenTheme().accent : screenTheme().mutedText);
    }
    const std::vector<int>& windows = capture_->modelInfo().slidingWindows;
    for (int l = 0; l < layers(); ++l) {
        const QRect cell = cellRect(l, 0);
        const bool current = l == selectedLayer;
        painter.setFont(styleFont(11, current));
        const QColor color = current ? screenTheme().accent : screenTheme().mutedText;
        const int window = l < static_cast<int>(windows.size()) ? windows[static_cast<size_t>(l)] : 0;
        if (window <= 0 || cell.height() < 30) {
            drawText(painter, QRect(0, cell.top(), leftMargin() - 8, cell.height()), Qt::AlignRight | Qt::AlignVCenter,
                     tr("L%1").arg(l), color);
            continue;
        }
        // Sliding-window layers (Mistral, Gemma's local layers) say so under their label, with the window.
        const int middle = cell.top() + cell.height() / 2;
        drawText(painter, QRect(0, middle - 16, leftMargin() - 8, 16), Qt::AlignRight | Qt::AlignBottom,
                 tr("L%1").arg(l), color);
        painter.setFont(styleFont(8));
        drawText(painter, QRect(0, middle, leftMargin() - 8, 14), Qt::AlignRight | Qt::AlignTop, tr("w%1").arg(window),
                 screenTheme().mutedText);
    }

    const int firstLayer = std::max(0, (rect.top() - topMargin()) / (cell_ + kGap));
    const int lastLayer = std::min(layers() - 1, (rect.bottom() - topMargin()) / (cell_ + kGap));
    for (int l = firstLayer; l <= lastLayer; ++l)
        for (int h = 0; h < heads(); ++h) {
            const QRect cell = cellRect(l, h);
            if (!cell.adjusted(-4, -4, 4, 4).intersects(rect)) continue;
            if (const QPixmap* thumbnail = scaledThumbnail(l, h))
                painter.drawPixmap(cell.topLeft(), *thumbnail);
            else
                painter.fillRect(cell, screenTheme().panel);
            painter.setPen(screenTheme().grid);
            painter.drawRect(cell.adjusted(0, 0, -1, -1));
            if (mask.contains(l, h)) drawMaskMarker(painter, cell);
            if (l == selectedLayer && h == selectedHead) {
                painter.setPen(QPen(screenTheme().accent, 2.0));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(QRectF(cell).adjusted(-2, -2, 2, 2));
                if (focusFrame_->shows()) paintFocusFrame(painter, QRectF(cell).adjusted(-5, -5, 5, 5), screenTheme());
            } else if (std::pair(l, h) == hovered_) {
                painter.setPen(QPen(screenTheme().text, 1.0));
                painter.drawRect(cell.adjusted(-2, -2, 1, 1));
            }
        }
    drawPreview(painter, visibleRegion().isEmpty() ? rect : visibleRegion().boundingRect());
    painter.restore();
}

void ModelViewCanvas::drawPreview(QPainter& painter, const QRect& visible) {
    if (hovered_.first < 0 || preview_.isNull()) return;
    const auto [layer, head] = hovered_;
    const QRect cell = cellRect(layer, head);
    const QSize box(kPreviewSize + 16, kPreviewSize + 40);
    // Beside the hovered cell, on whichever side has room, and always inside the visible part of the canvas.
    int x = cell.right() + 12;
    if (x + box.width() > visible.right()) x = cell.left() - 12 - box.width();
    x = std::clamp(x, visible.left() + 4, std::max(visible.left() + 4, visible.right() - box.width() - 4));
    const int y =
        std::clamp(cell.top() - 8, visible.top() + 4, std::max(visible.top() + 4, visible.bottom() - box.height() - 4));
    const QRect frame(QPoint(x, y), box);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 40));
    painter.drawRoundedRect(QRectF(frame).translated(0, 2).adjusted(-1, -1, 1, 1), 6, 6);
    painter.setPen(QPen(screenTheme().grid, 1.0));
    painter.setBrush(screenTheme().background);
    painter.drawRoundedRect(QRectF(frame).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter.setRenderHint(QPainter::Antialiasing, false);

    painter.setFont(styleFont(12, true));
    const bool masked = selection_ && selection_->mask().contains(layer, head);
    QString caption =
        masked ? tr("Layer %1 · Head %2 · masked").arg(layer).arg(head) : tr("Layer %1 · Head %2").arg(layer).arg(head);
    const std::vector<int>& windows = capture_->modelInfo().slidingWindows;
    if (layer < static_cast<int>(windows.size()) && windows[static_cast<size_t>(layer)] > 0)
        caption += tr(" · window %1").arg(windows[static_cast<size_t>(layer)]);
    drawText(painter, QRect(frame.left() + 8, frame.top() + 4, kPreviewSize, 24), Qt::AlignLeft | Qt::AlignVCenter,
             caption, masked ? screenTheme().maskMarker : screenTheme().text);
    const QRect image(frame.left() + 8, frame.top() + 32, kPreviewSize, kPreviewSize);
    // A matrix with a pixel per token is scaled up crisply; pooled stand-ins and lines are smoothed.
    const bool pooled = spec_.kind == ThumbnailKind::Lines || capture_->keyTokenCount() > preview_.width() ||
                        capture_->tokenCount() > preview_.height();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, pooled);
    painter.drawImage(image, preview_);
    painter.setPen(screenTheme().grid);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(image.adjusted(0, 0, -1, -1));
    painter.restore();
}

void ModelViewCanvas::mouseMoveEvent(QMouseEvent* event) {
    const auto cell = cellAt(event->position().toPoint());
    if (cell == hovered_) return;
    hovered_ = cell;
    startPreview(cell);
    update();
}

void ModelViewCanvas::startPreview(std::pair<int, int> cell) {
    preview_ = QImage();
    previewCell_ = cell;
    if (cell.first < 0 || !capture_) return;
    // The cached thumbnail stands in at once; the sharp preview (a whole queries x keys map) is rendered off the GUI
    // thread.
    preview_ = cache_->thumbnail(cell.first, cell.second);
    ThumbnailSpec large = spec_;
    large.size = kPreviewSize;
    previewWatcher_.setFuture(QtConcurrent::run([capture = capture_, before = before_, cell, large]() -> QImage {
        try {
            return renderThumbnail(*capture, before.get(), cell.first, cell.second, large);
        } catch (const std::exception&) {
            return {};  // the stand-in thumbnail (or the placeholder) stays
        }
    }));
}

void ModelViewCanvas::mousePressEvent(QMouseEvent* event) {
    const auto [layer, head] = cellAt(event->position().toPoint());
    if (layer < 0 || !selection_) return;
    const bool toggleMask = event->button() == Qt::RightButton ||
                            (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ControlModifier));
    if (toggleMask)
        selection_->toggleMasked(layer, head);
    else if (event->button() == Qt::LeftButton)
        selection_->selectHead(layer, head);
}

void ModelViewCanvas::keyPressEvent(QKeyEvent* event) {
    if (!selection_ || !capture_) return QWidget::keyPressEvent(event);
    const int layer = selection_->layer(), head = selection_->head();
    if (event->key() == Qt::Key_Space || event->key() == Qt::Key_M) {
        selection_->toggleMasked(layer, head);
        return;
    }
    if (const auto h = steppedIndex(head, heads(), event->key(), Qt::Key_Left, Qt::Key_Right, heads());
        h && event->key() != Qt::Key_PageUp && event->key() != Qt::Key_PageDown) {
        selection_->selectHead(layer, *h);
    } else if (const auto l = steppedIndex(layer, layers(), event->key(), Qt::Key_Up, Qt::Key_Down, 4)) {
        selection_->selectHead(*l, head);
    } else {
        return QWidget::keyPressEvent(event);
    }
    const QRect cell = cellRect(selection_->layer(), selection_->head());
    if (auto* scroll = qobject_cast<QScrollArea*>(parentWidget() ? parentWidget()->parentWidget() : nullptr))
        scroll->ensureVisible(cell.center().x(), cell.center().y(), cell.width() / 2 + 8, cell.height() / 2 + 8);
}

void ModelViewCanvas::leaveEvent(QEvent*) {
    hovered_ = {-1, -1};
    startPreview(hovered_);
    update();
}

}  // namespace attnscope::widgets
