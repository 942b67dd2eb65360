// ImageHeatOverlay: the image scaled to fit, patches tinted on the sequential scale relative to the largest patch.
#include "analysis/image_heat_overlay.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace attnscope::widgets {

ImageHeatOverlay::ImageHeatOverlay(QWidget* parent) : QWidget(parent) {}

void ImageHeatOverlay::setRelevance(const QImage& image, const std::vector<float>& relevance, int registers,
                                    const QString& title) {
    const int patches = static_cast<int>(relevance.size()) - 1 - registers;
    const int side = patches > 0 ? static_cast<int>(std::lround(std::sqrt(double(patches)))) : 0;
    if (image.isNull() || side <= 0 || side * side != patches) {
        clear(tr("No image to overlay"));
        return;
    }
    image_ = image;
    registers_ = registers;
    side_ = side;
    title_ = title;
    message_.clear();
    classShare_ = relevance[0];
    registerShare_ = 0;
    for (int r = 0; r < registers; ++r) registerShare_ += relevance[static_cast<size_t>(1 + r)];
    patches_.assign(relevance.begin() + 1 + registers, relevance.end());
    peak_ = 0;
    for (float v : patches_)
        if (std::isfinite(v)) peak_ = std::max(peak_, v);
    update();
}

void ImageHeatOverlay::clear(const QString& message) {
    image_ = QImage();
    patches_.clear();
    side_ = 0;
    message_ = message;
    update();
}

void ImageHeatOverlay::setOpacity(double opacity) {
    opacity_ = std::clamp(opacity, 0.0, 1.0);
    update();
}

void ImageHeatOverlay::setAlignment(Qt::Alignment alignment) {
    alignment_ = alignment;
    update();
}

void ImageHeatOverlay::setMarkedPatch(int patch) {
    if (patch == marked_) return;
    marked_ = patch;
    update();
}

QColor ImageHeatOverlay::patchColor(int row, int column) const {
    if (row < 0 || column < 0 || row >= side_ || column >= side_) return {};
    const float v = patches_[static_cast<size_t>(row * side_ + column)];
    return QColor(Colormap::viridis().at(peak_ > 0 && std::isfinite(v) ? v / peak_ : 0.0f));
}

QRect ImageHeatOverlay::imageRectIn(const QSize& size, const Theme& theme) const {
    const QFontMetrics metrics(styleFont(11, false, theme));
    const int top = metrics.height() + 8, bottom = 2 * metrics.height() + 10;
    const int side = std::max(0, std::min(size.width() - 16, size.height() - top - bottom));
    return {alignment_ & Qt::AlignLeft ? 8 : (size.width() - side) / 2, top, side, side};
}

QRect ImageHeatOverlay::imageRect() const {
    return imageRectIn(size(), screenTheme());
}

int ImageHeatOverlay::patchAt(const QPoint& position) const {
    const QRect target = imageRect();
    if (side_ <= 0 || image_.isNull() || !target.contains(position)) return -1;
    const int column = std::clamp((position.x() - target.left()) * side_ / std::max(1, target.width()), 0, side_ - 1);
    const int row = std::clamp((position.y() - target.top()) * side_ / std::max(1, target.height()), 0, side_ - 1);
    return row * side_ + column;
}

void ImageHeatOverlay::paint(QPainter& painter, const QSize& size, const Theme& theme) const {
    painter.save();
    painter.fillRect(QRect(QPoint(0, 0), size), theme.background);
    const QFont font = styleFont(11, false, theme);
    painter.setFont(font);
    if (image_.isNull()) {
        drawPlaceholderMessage(painter, QRect(QPoint(0, 0), size), message_, theme);
        painter.restore();
        return;
    }
    const QFontMetrics metrics(font);
    const QRect target = imageRectIn(size, theme);
    // The title and the shares are centred in the widget, or start where a left-aligned image does.
    const bool left = alignment_ & Qt::AlignLeft;
    const double textLeft = left ? target.left() : 0;
    const int textAlignment = left ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter;
    drawText(painter, QRectF(textLeft, 2, size.width() - textLeft, metrics.height() + 4), textAlignment, title_,
             theme.text);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(target, image_);
    // Patches as rectangles (shapes in SVG and PDF), blended over the image.
    painter.setOpacity(opacity_);
    const double cell = double(target.width()) / side_;
    for (int r = 0; r < side_; ++r)
        for (int c = 0; c < side_; ++c)
            painter.fillRect(QRectF(target.left() + c * cell, target.top() + r * cell, cell + 0.5, cell + 0.5),
                             patchColor(r, c));
    painter.setOpacity(1.0);
    if (marked_ >= 0 && marked_ < side_ * side_) {
        // Dark and light outlines, so the mark shows on any image and any heat.
        const QRectF box(target.left() + (marked_ % side_) * cell, target.top() + (marked_ / side_) * cell, cell, cell);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::black, 3.0));
        painter.drawRect(box.adjusted(1.5, 1.5, -1.5, -1.5));
        painter.setPen(QPen(Qt::white, 1.5));
        painter.drawRect(box.adjusted(1.5, 1.5, -1.5, -1.5));
    }
    QString shares = tr("class token %1").arg(displayNumber(classShare_, 3));
    if (registers_ > 0) shares += tr(", registers %1").arg(displayNumber(registerShare_, 3));
    shares += tr(", brightest patch %1").arg(displayNumber(peak_, 3));
    drawText(painter, QRectF(textLeft, target.bottom() + 6, size.width() - textLeft, metrics.height() + 2),
             textAlignment, shares, theme.mutedText);
    painter.restore();
}

FigurePanel ImageHeatOverlay::figurePanel(const QString& name) const {
    const QSize whole(420, 460);
    return {name, QSizeF(whole),
            [this, whole](QPainter& painter, const Theme& theme) { paint(painter, whole, theme); }};
}

void ImageHeatOverlay::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paint(painter, size(), screenTheme());
}

void ImageHeatOverlay::mousePressEvent(QMouseEvent* event) {
    const int patch = patchAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || patch < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    event->accept();
    emit patchClicked(patch);
}

}  // namespace attnscope::widgets
