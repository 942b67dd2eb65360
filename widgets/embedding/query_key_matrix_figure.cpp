// The all-heads matrix as a figure: every ready head as a density image (thousands of points per cell are raster
// content) at twice the printed cell size, with vector labels and the current head outlined.
#include <algorithm>

#include "embedding/embedding_palette.h"
#include "embedding/query_key_matrix_view.h"

namespace attnscope::widgets {

namespace {
constexpr double kCell = 72;
constexpr double kGap = 6;
constexpr double kLeft = 34;
constexpr double kTop = 40;
}  // namespace

QString QueryKeyMatrixView::figureSubject() const {
    return tr("Query–key embeddings of every head");
}

QString QueryKeyMatrixView::figureUnavailableReason() const {
    for (const Cell& c : cells_)
        if (c.state == CellState::Ready) return {};
    return tr("No head is embedded yet.");
}

std::vector<FigurePanel> QueryKeyMatrixView::figurePanels() const {
    std::vector<QImage> images(cells_.size());
    std::vector<int> states(cells_.size());
    for (size_t i = 0; i < cells_.size(); ++i) {
        states[i] = static_cast<int>(cells_[i].state);
        if (cells_[i].state == CellState::Ready) images[i] = renderThumbnail(cells_[i], static_cast<int>(2 * kCell));
    }
    const int layers = layers_, heads = heads_, current = currentLayer_ * heads_ + currentHead_;
    FigurePanel panel;
    panel.name = figureSubject();
    panel.size = QSizeF(kLeft + heads * (kCell + kGap), kTop + layers * (kCell + kGap));
    panel.paint = [images, states, layers, heads, current](QPainter& painter, const Theme& theme) {
        painter.setRenderHint(QPainter::Antialiasing, true);
        // The two colour families, as in the view's header.
        painter.setFont(styleFont(11, false, theme));
        double x = kLeft;
        for (const auto& [color, label] :
             {std::pair{EmbeddingPalette::query(), tr("queries")}, std::pair{EmbeddingPalette::key(), tr("keys")}}) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawEllipse(QRectF(x, 6, 9, 9));
            painter.setPen(theme.text);
            painter.drawText(QRectF(x + 14, 0, 100, 20), Qt::AlignLeft | Qt::AlignVCenter, label);
            x += 14 + QFontMetricsF(painter.font()).horizontalAdvance(label) + 16;
        }
        painter.setFont(styleFont(10, false, theme));
        painter.setPen(theme.mutedText);
        auto cell = [](int l, int h) {
            return QRectF(kLeft + h * (kCell + kGap), kTop + l * (kCell + kGap), kCell, kCell);
        };
        for (int h = 0; h < heads; ++h)
            painter.drawText(QRectF(cell(0, h).left(), kTop - 18, kCell, 16), Qt::AlignCenter,
                             QStringLiteral("H%1").arg(h));
        for (int l = 0; l < layers; ++l)
            painter.drawText(QRectF(0, cell(l, 0).top(), kLeft - 6, kCell), Qt::AlignRight | Qt::AlignVCenter,
                             QStringLiteral("L%1").arg(l));
        for (int l = 0; l < layers; ++l)
            for (int h = 0; h < heads; ++h) {
                const size_t i = static_cast<size_t>(l * heads + h);
                const QRectF box = cell(l, h);
                if (!images[i].isNull()) {
                    painter.drawImage(box, images[i]);
                } else {
                    painter.fillRect(box,
                                     states[i] == static_cast<int>(CellState::Failed) ? theme.failed : theme.panel);
                }
                painter.setBrush(Qt::NoBrush);
                painter.setPen(static_cast<int>(i) == current ? QPen(theme.accent, theme.line(2.0))
                                                              : QPen(theme.grid, 0.8));
                painter.drawRect(box);
            }
    };
    return {panel};
}

}  // namespace attnscope::widgets
