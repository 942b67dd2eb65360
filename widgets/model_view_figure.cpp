// The model view as a figure: every layer x head thumbnail (an image each: pooled attention is raster content),
// with vector headers, masks and the selected head's outline.
#include <QCoreApplication>
#include <algorithm>

#include "model_view.h"
#include "model_view_canvas.h"

namespace attnscope::widgets {

namespace {
constexpr double kCell = 64;
constexpr double kGap = 6;
constexpr double kLeft = 40;
constexpr double kTop = 22;
// Thumbnails rendered for the figure when the view's own are smaller or not ready: sharper in print.
constexpr int kThumbnailPixels = 128;
}  // namespace

QString ModelView::figureSubject() const {
    if (!capture()) return {};
    QString subject = tr("%1 layers × %2 heads").arg(capture()->layers()).arg(capture()->heads());
    if (differenceMode()) subject += tr(", after − before");
    return subject;
}

QString ModelView::figureUnavailableReason() const {
    return capture() && selectionModel() ? QString() : tr("Run a text first.");
}

std::vector<FigurePanel> ModelView::figurePanels() const {
    if (!capture() || !selectionModel()) return {};
    const int layers = capture()->layers(), heads = capture()->heads();
    ThumbnailSpec spec;
    spec.kind = kind_;
    spec.difference = differenceMode();
    spec.size = kThumbnailPixels;
    std::vector<QImage> thumbnails(static_cast<size_t>(layers * heads));
    const AttentionCapture* before = differenceMode() ? beforeCapture().get() : nullptr;
    for (int l = 0; l < layers; ++l)
        for (int h = 0; h < heads; ++h) {
            QImage image = cache_->thumbnail(l, h);
            // (Columns are keys, rows queries: a rectangle for cross-attention.)
            if (image.isNull() || image.width() < std::min(kThumbnailPixels, capture()->keyTokenCount()) ||
                image.height() < std::min(kThumbnailPixels, capture()->tokenCount())) {
                try {
                    image = renderThumbnail(*capture(), before, l, h, spec);
                } catch (const std::exception&) {
                    image = QImage();  // the cell stays empty, as on screen
                }
            }
            thumbnails[static_cast<size_t>(l * heads + h)] = image;
        }
    const HeadMask mask = selectionModel()->mask();
    const int selectedLayer = selectionModel()->layer(), selectedHead = selectionModel()->head();
    const bool pooled = kind_ == ThumbnailKind::Lines ||
                        std::max(capture()->tokenCount(), capture()->keyTokenCount()) > kThumbnailPixels;
    FigurePanel panel;
    panel.name = figureSubject();
    panel.size = QSizeF(kLeft + heads * (kCell + kGap), kTop + layers * (kCell + kGap));
    panel.paint = [thumbnails, layers, heads, mask, selectedLayer, selectedHead, pooled](QPainter& painter,
                                                                                         const Theme& theme) {
        auto cell = [](int l, int h) {
            return QRectF(kLeft + h * (kCell + kGap), kTop + l * (kCell + kGap), kCell, kCell);
        };
        painter.setFont(styleFont(11, false, theme));
        painter.setPen(theme.mutedText);
        for (int h = 0; h < heads; ++h)
            painter.drawText(QRectF(cell(0, h).left(), 0, kCell, kTop - 4), Qt::AlignHCenter | Qt::AlignBottom,
                             QString::number(h));
        for (int l = 0; l < layers; ++l)
            painter.drawText(QRectF(0, cell(l, 0).top(), kLeft - 8, kCell), Qt::AlignRight | Qt::AlignVCenter,
                             QCoreApplication::translate("attnscope::widgets::ModelViewCanvas", "L%1").arg(l));
        painter.setRenderHint(QPainter::SmoothPixmapTransform, pooled);
        for (int l = 0; l < layers; ++l)
            for (int h = 0; h < heads; ++h) {
                const QRectF box = cell(l, h);
                const QImage& image = thumbnails[static_cast<size_t>(l * heads + h)];
                if (image.isNull())
                    painter.fillRect(box, theme.panel);
                else
                    painter.drawImage(box, image);
                painter.setPen(QPen(theme.grid, 0.8));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(box);
                if (mask.contains(l, h)) drawMaskMarker(painter, box, theme);
                if (l == selectedLayer && h == selectedHead) {
                    painter.setPen(QPen(theme.accent, theme.line(2.0)));
                    painter.drawRect(box.adjusted(-2, -2, 2, 2));
                }
            }
    };
    return {panel};
}

}  // namespace attnscope::widgets
