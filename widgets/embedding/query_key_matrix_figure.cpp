// The all-heads matrix as a figure: every ready head's points as vector dots when they are few, else as a density
// image (thousands of points per cell are raster content) at twice the printed cell size; vector labels and the
// current head outlined.
#include <algorithm>
#include <vector>

#include "embedding/embedding_palette.h"
#include "embedding/query_key_matrix_view.h"

namespace attnscope::widgets {

namespace {
constexpr double kCell = 72;
constexpr double kGap = 6;
constexpr double kLeft = 34;
constexpr double kTop = 40;
constexpr size_t kVectorPoints = 2000;  // per cell

// A cell's points fitted into a square of side 1 (the density image fits them the same way), with their colours.
struct CellDots {
    std::vector<QPointF> at;
    std::vector<QRgb> color;
};
}  // namespace

QString QueryKeyMatrixView::figureSubject() const {
    return tr("every head");
}

QString QueryKeyMatrixView::figureUnavailableReason() const {
    for (const Cell& c : cells_)
        if (c.state == CellState::Ready) return {};
    return tr("No head is embedded yet.");
}

std::vector<FigurePanel> QueryKeyMatrixView::figurePanels() const {
    std::vector<QImage> images(cells_.size());
    std::vector<CellDots> dots(cells_.size());
    std::vector<int> states(cells_.size());
    for (size_t i = 0; i < cells_.size(); ++i) {
        const Cell& c = cells_[i];
        states[i] = static_cast<int>(c.state);
        if (c.state != CellState::Ready) continue;
        const size_t count = c.xy.size() / 2;
        if (count > kVectorPoints) {
            images[i] = renderThumbnail(c, static_cast<int>(2 * kCell));
            continue;
        }
        float low[2] = {0, 0}, high[2] = {0, 0};
        for (int axis = 0; axis < 2; ++axis) {
            low[axis] = high[axis] = count > 0 ? c.xy[static_cast<size_t>(axis)] : 0.0f;
            for (size_t p = 0; p < count; ++p) {
                low[axis] = std::min(low[axis], c.xy[2 * p + axis]);
                high[axis] = std::max(high[axis], c.xy[2 * p + axis]);
            }
        }
        const double extent = std::max({double(high[0] - low[0]), double(high[1] - low[1]), 1e-9});
        for (size_t p = 0; p < count; ++p) {
            // Centred, y up as in the view, 6 % margin.
            const double x = 0.5 + (c.xy[2 * p] - 0.5 * (low[0] + high[0])) / extent * 0.88;
            const double y = 0.5 - (c.xy[2 * p + 1] - 0.5 * (low[1] + high[1])) / extent * 0.88;
            dots[i].at.emplace_back(x, y);
            dots[i].color.push_back(qRgb(c.rgba[4 * p], c.rgba[4 * p + 1], c.rgba[4 * p + 2]));
        }
    }
    const int layers = layers_, heads = heads_, current = currentLayer_ * heads_ + currentHead_;
    FigurePanel panel;
    panel.name = figureSubject();
    panel.size = QSizeF(kLeft + heads * (kCell + kGap), kTop + layers * (kCell + kGap));
    panel.paint = [images, dots, states, layers, heads, current](QPainter& painter, const Theme& theme) {
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
                } else if (!dots[i].at.empty()) {
                    painter.setPen(Qt::NoPen);
                    const double radius = dots[i].at.size() > 500 ? 0.8 : 1.4;
                    for (size_t p = 0; p < dots[i].at.size(); ++p) {
                        painter.setBrush(QColor(dots[i].color[p]));
                        painter.drawEllipse(box.topLeft() + QPointF(dots[i].at[p].x() * kCell, dots[i].at[p].y() * kCell),
                                            radius, radius);
                    }
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
